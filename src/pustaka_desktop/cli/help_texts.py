"""pustaka-cli's own help texts, listed for translation: the program's description, the global options
and every command's one-line summary (help_language prints them in the user's language). The options
inside each command are in help_catalog.py; tests/core/test_cli_language.py keeps every text listed: run
``python scripts/cli_help_catalog.py`` after changing a help text, then translate.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP

# The program's description, the global options and every command's one-line summary.
HELP_TEXTS = [
    QT_TRANSLATE_NOOP("CliHelp", "Pustaka Desktop, headless."),
    QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CliHelp", "library database file (default: $PUSTAKA_DB, else the user data dir)"),
    QT_TRANSLATE_NOOP("CliHelp", "language of messages (default: the library's)"),
    QT_TRANSLATE_NOOP("CliHelp", "act as this staff account (password from $PUSTAKA_PASSWORD or a prompt)"),
    QT_TRANSLATE_NOOP("CliHelp", "create a library in a new database (first run, headless)"),
    QT_TRANSLATE_NOOP("CliHelp", "fill the database with a realistic demo library"),
    QT_TRANSLATE_NOOP("CliHelp", "row counts per table"),
    QT_TRANSLATE_NOOP("CliHelp", "the library's settings: class-numbers"),
    QT_TRANSLATE_NOOP("CliHelp", "make a checked backup copy now (to a file or folder, e.g. a USB stick)"),
    QT_TRANSLATE_NOOP("CliHelp", "list the automatic backups, newest first"),
    QT_TRANSLATE_NOOP("CliHelp", "replace the database with a backup (the current one is backed up first)"),
    QT_TRANSLATE_NOOP("CliHelp", "check the database (quick check) and the computer's clock"),
    QT_TRANSLATE_NOOP("CliHelp", "a librarian confirms the computer's date and time are right"),
    QT_TRANSLATE_NOOP("CliHelp", "pack the whole library (and its sync key) into one file for a new PC"),
    QT_TRANSLATE_NOOP("CliHelp", "on the new PC: open a library packed with move-out (at --db or the default)"),
    QT_TRANSLATE_NOOP("CliHelp", "import a catalogue file (SLiMS CSV or database backup, MARC, MARCXML, INLISLite, xlsx, "
                                 "CSV)"),
    QT_TRANSLATE_NOOP("CliHelp", "the review list (Perlu diperiksa): imported fields kept as written"),
    QT_TRANSLATE_NOOP("CliHelp", "export the catalogue (SLiMS CSV, MARC, MARCXML, xlsx)"),
    QT_TRANSLATE_NOOP("CliHelp", "the accession register (buku induk) as PDF or xlsx"),
    QT_TRANSLATE_NOOP("CliHelp", "search the catalogue (title, author, subject, ISBN, barcode...)"),
    QT_TRANSLATE_NOOP("CliHelp", "catalogue records"),
    QT_TRANSLATE_NOOP("CliHelp", "a copy's status: in repair, back, lost, withdrawn, damaged"),
    QT_TRANSLATE_NOOP("CliHelp", "spine, barcode or combined labels on a label sheet (PDF)"),
    QT_TRANSLATE_NOOP("CliHelp", "member cards (PDF)"),
    QT_TRANSLATE_NOOP("CliHelp", "promotion posters (PDF or PNG)"),
    QT_TRANSLATE_NOOP("CliHelp", "a test page with rulers and label outlines, for calibration"),
    QT_TRANSLATE_NOOP("CliHelp", "list the label sheet templates"),
    QT_TRANSLATE_NOOP("CliHelp", "add a label sheet template by its measurements (mm)"),
    QT_TRANSLATE_NOOP("CliHelp", "remove a label sheet template you added"),
    QT_TRANSLATE_NOOP("CliHelp", "set a template's offset and scale for a printer"),
    QT_TRANSLATE_NOOP("CliHelp", "set the logo printed on member cards"),
    QT_TRANSLATE_NOOP("CliHelp", "sync bundles with the district office"),
    QT_TRANSLATE_NOOP("CliHelp", "district office: report, union catalogue, grants"),
    QT_TRANSLATE_NOOP("CliHelp", "lend a copy to a member (exit code 3 when a rule refuses)"),
    QT_TRANSLATE_NOOP("CliHelp", "return a copy"),
    QT_TRANSLATE_NOOP("CliHelp", "renew a loan"),
    QT_TRANSLATE_NOOP("CliHelp", "a copy lost on loan: close the loan, mark the copy lost, charge the member (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "take back the last check-out, return or renewal (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "loans past their due date, with days late and fine so far"),
    QT_TRANSLATE_NOOP("CliHelp", "reserve the title of a copy for a member"),
    QT_TRANSLATE_NOOP("CliHelp", "active reservations with queue positions; the hold shelf"),
    QT_TRANSLATE_NOOP("CliHelp", "cancel a reservation (its number from 'reservations')"),
    QT_TRANSLATE_NOOP("CliHelp", "release reserved copies nobody collected in time"),
    QT_TRANSLATE_NOOP("CliHelp", "members: add, show, search, schools"),
    QT_TRANSLATE_NOOP("CliHelp", "import members: a SLiMS members CSV or database backup, INLISLite's member report or a list "
                                 "kept in Excel (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "import the loans (those still out and those returned), fines, visitor book, reservations and "
                                 "holidays of a SLiMS database backup, after its catalogue and members (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "import the loans of INLISLite's loan report (Laporan Peminjaman) or a loan notebook "
                                 "kept in Excel: the books still out on the day of the move, and the loans returned "
                                 "before it, for this year's reports; after the catalogue and the members (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "import the visitor book (buku tamu) and activities (kegiatan) kept in Excel before the "
                                 "move, INLISLite's Laporan Buku Tamu or its database backup, so this year's reports "
                                 "count those months (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "export members as a SLiMS members CSV (personal data: librarian): the RT/RW and "
                                 "village at the end of the address, occupation, education and guardian in the notes"),
    QT_TRANSLATE_NOOP("CliHelp", "stock-take: start, scan, status, finish, abandon, not-seen, decide, report"),
    QT_TRANSLATE_NOOP("CliHelp", "record a visit in the visitor book"),
    QT_TRANSLATE_NOOP("CliHelp", "monthly report, IPLM sheet, TPBIS report"),
    QT_TRANSLATE_NOOP("CliHelp", "community programmes (kegiatan)"),
    QT_TRANSLATE_NOOP("CliHelp", "run the patrons' web catalogue on the library Wi-Fi (Ctrl+C stops it)"),
    QT_TRANSLATE_NOOP("CliHelp", "give a member a PIN for 'My account' in the web catalogue"),
    QT_TRANSLATE_NOOP("CliHelp", "the digital shelf: PDF/EPUB files patrons read on their phones"),
    QT_TRANSLATE_NOOP("CliHelp", "a poster with the web catalogue's address and QR code (PDF or PNG)"),
    QT_TRANSLATE_NOOP("CliHelp", "the practice library (Mode latihan) beside this database"),
    QT_TRANSLATE_NOOP("CliHelp", "staff accounts: list, add, reset a password, deactivate; the recovery code"),
    QT_TRANSLATE_NOOP("CliHelp", "the library's closing days: national holidays of a year"),
    QT_TRANSLATE_NOOP("CliHelp", "sync bundles over the network with the district hub"),
    QT_TRANSLATE_NOOP("CliHelp", "the audit log, newest first: who did what, in sentences (librarian)"),
    QT_TRANSLATE_NOOP("CliHelp", "undo an import made by mistake: catalogue, members, loans, SLiMS history, visitor "
                                 "book (without ID: list the imports)"),
]
