"""The catalogue: bibliographic records and their copies, as a librarian knows them.

- ``records``     bibliographic records: validation, add/update/delete, duplicates
- ``finding``     a record or a copy by what is typed or scanned: record number, ISBN, barcode
- ``copies``      copies: validation, add/update/delete, barcodes, accession numbers, lost/damaged/withdrawn
- ``covers``      a record's cover picture (any image file, kept as one small JPEG)
- ``callnumber``  call numbers from class number, author and title
- ``classnumber``  class numbers as librarians write them (segmented, primes, MARC slashes, prefixes)
- ``class_style``  the library's way of showing a class number (``899.221 3`` or ``899.2213``), the same everywhere
- ``imprint``     the imprint written whole in the publisher (``Djakarta: Balai Pustaka, 1950``) taken apart into
                  place, publisher and year; the publisher without them, for matching keys
- ``review``      the review list (Perlu diperiksa): imported fields kept as written and flagged
- ``isbn``        ISBN-10/13 forms and check digits
- ``isbn_first``  ISBN-first cataloguing: a scanned ISBN or barcode prefills the form (this catalogue, the
                  district's pack, the publisher prefix); a title and its copies saved at once
- ``spelling``    search that forgives: old Indonesian spellings folded, typo suggestions
- ``typos``       a query that found nothing corrected, its words together (``kancil dan buwaya``)
- ``search``, ``search_index``  the FTS5 catalogue search and the index definition it relies on
- ``fewer_words`` when a patron's words find nothing together, the books that have most of them
- ``shelf_search`` the search by class or call number (``899.221 3``, ``2X4.1 SUR``), beside the FTS5 words
- ``accession_register``  the buku induk (accession register)
- ``stocktake``   stock-take sessions (inventarisasi); ``stocktake_scope`` what one covers and expects,
  ``stocktake_tally`` its figures by shelf and class, who scanned when
- ``opac``        what patrons may see of a record (web catalogue, kiosk), new arrivals
- ``digital``     the digital shelf: PDF/EPUB files attached to records, views counted

May import: ``core.store``, the top-level core modules (auth, errors, i18n, settings, service,
formatting). Not circulation, community, reports, printing, interop or sync.
"""
