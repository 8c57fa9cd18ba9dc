-- 0026: the union catalogue's words in Arabic letters (core/sync/dialect.py, ``arabic_words``): a kitab a village
-- catalogued in Arabic letters is found by the district by its name typed in Latin letters, as the village's own
-- catalogue finds it (core/catalog/arabic_letters.py). Kept as a list, on SQLite as on PostgreSQL (whose word index
-- has no vocabulary to read but the whole table). Filled as the words are indexed; a district's union catalogue
-- from before lists the words of its records in Arabic letters once (union_rebuild.list_arabic_words).
CREATE TABLE IF NOT EXISTS "union_arabic_word" ("id" INTEGER NOT NULL PRIMARY KEY, "word" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS "union_arabic_word_word" ON "union_arabic_word" ("word");
