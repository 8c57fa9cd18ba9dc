"""The storage room: everything about the one SQLite file and nothing about libraries.

- ``models``      the schema as peewee models (every synced row: uid, origin, HLC version, tombstone),
                  gathered from ``models_base`` and one ``models_*`` file per domain
- ``migrations``  numbered migrations; version 1 is the frozen ``schema/0001_initial.sql``
- ``db``          open the file (pragmas, migrate after a snapshot), statistics
- ``snapshots``   file-level copies of the database: naming, rotation, checking (no roles)
- ``batches``     long lists a part at a time (SQLite caps the parameters of one statement)
- ``write``       the one write path for synced tables (row + version stamp + change log, one transaction)
- ``lookup``      a live row by what people type: a code (card number, barcode) in any case, a name
- ``backup``      backups and restore as staff actions (roles, audit), previews, the USB copy
- ``backup_status``, ``backup_reminder``  when a copy last left this PC and whether the daily backup failed
                  (kept in settings), and the reminder every face shows from it
- ``disks``       which physical disk a folder is on (a copy on the database's own disk dies with it)
- ``health``      start-up checks and the clock sanity rules
- ``running``     a marker per program that has the library open, so the next start knows a power cut happened
- ``locks``       the OS lock a program holds on its marker while it runs (``running``, ``unfinished``)
- ``unfinished``  a marker beside the database while an import runs, so the next start tells one a power cut cut off
- ``clock``, ``hlc``  wall clocks passed in, and the hybrid logical clock that orders changes
- ``paths``, ``files``  where data lives, and files that never look complete when they are not
- ``postgres``, ``postgres_errors``  a district's second database (PostgreSQL), and its failures in an officer's words
- ``pgpass``      that database's password, in the PC user's own password file where libpq finds it (not in settings)

May import: ``core.errors``, ``core.i18n``, ``core.settings``, ``core.formatting`` (dates as people read them),
``core.service`` (the Library object),
``core.auth`` (backup/restore and clock confirmation are staff actions). Nothing from the domain
packages (catalog, circulation, community, reports, printing, interop, sync) — they build on this room.
"""
