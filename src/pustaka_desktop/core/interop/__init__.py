"""Import and export of other systems' formats: SLiMS CSV, MARC 21 (ISO 2709 and MARCXML) and
spreadsheets (xlsx, CSV).

Direction: ``types`` (the rows a format hands over, and the shared cleaning helpers) <- each format
module (``slims``, ``slims_members``, ``marc_reader``/``marc_writer``, ``spreadsheet``: a file into
``Incoming`` rows, and the catalogue back into a file) <- ``importer`` (the engine: parse -> plan (dry
run) -> apply in one transaction; ``import_session`` matches the rows' records, ``import_copies`` their
copies, ``import_writing`` writes them); the members' own engine is ``member_import`` (SLiMS's members CSV,
``member_sheets``, a SLiMS backup's members; ``member_identity`` says who a row without a card number
is; ``member_plan`` is what it found and its report). Formats never import an engine. ``slims_pictures`` brings the covers and member photos a SLiMS file
names, after the import, from SLiMS's ``images`` folder. ``import_undo`` takes back a catalogue or members import
made by mistake (what it added, what it changed), keeping what was done since.
``sheets`` reads a spreadsheet's rows and ``sheet_values`` the values hand-kept sheets write (accession
ranges, authors in one cell, Excel's error cells), both for ``spreadsheet`` and ``member_sheets``;
``merged_cells`` fills a cell merged down into the rows under it, for ``sheets``; ``title_totals`` reads a
book's count of copies written beside its copies numbered one a row as the book's total, for ``spreadsheet``. ``near_duplicates`` finds
the record a new one may be (the same book described with less), for the engine's "possible duplicate" flag;
``later_rows`` what a later row of a book a sheet lists on several rows adds to its record, for the engine;
``zeros_dropped`` asks about a copy's number written without the zeros the rows above write, for ``spreadsheet``.
"""
