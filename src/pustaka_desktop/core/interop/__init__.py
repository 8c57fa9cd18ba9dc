"""Import and export of other systems' formats: SLiMS CSV, MARC 21 (ISO 2709 and MARCXML) and
spreadsheets (xlsx, CSV). ``importer`` holds the shared parse -> plan -> apply machinery; each format
lives in its own module and only turns a file into ``Incoming`` rows (and the catalogue back into a
file)."""
