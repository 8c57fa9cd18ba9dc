"""The catalogue's full-text index as it is now: the FTS5 table over live records and the triggers
that keep it in step with ``record``, so ``store.insert_many``, imports and sync all stay indexed.

Migration 0001 created these; migration 0002 (``schema/0002_search_old_spellings.sql``) made the text
columns hold the *folded* text (old Indonesian spellings and today's meet at one key, see
``spelling``; the query is folded the same way) and added ``record_fts_vocab`` (the index's words,
for typo suggestions) and ``catalog_pack_fts`` (the district's records by title, for the offer
while a title is typed): those two are the migrations' alone, nothing here re-creates them.
``core.catalog.search`` uses the same text to rebuild the index and to put a trigger back after a bulk import. A later migration that changes the index must change this module
too (and the test in tests/core/test_schema.py checks that the database and this module agree).
Migration 0011 put the class digit after a collection prefix into the facets (``F 899.2213`` -> 8).
Migration 0020 split words at the ayn and hamza letters of romanised Arabic (``TOKENIZER``).
Migration 0022 kept the vowel signs of Javanese, Balinese, Sundanese... in their words and split at their virama.
"""

from __future__ import annotations

from ..accents import VIRAMAS
from .spelling import fold_sql


def _folded(expression: str, json_text: str = "") -> str:
    return fold_sql(expression, json_text)


# The main-class digit of a stored class number: its first character, or the first after a collection
# prefix ("F 899.2213", "R 030" file under 8 and 0: migration 0011); a number kept as written with a
# call number's tail ("899.221 3 HIR l") files under its own first digit (migration 0014).
CLASS_DIGIT_SQL = ("CASE WHEN substr({r}.ddc, 1, 1) BETWEEN '0' AND '9' THEN substr({r}.ddc, 1, 1) "
                   "ELSE substr({r}.ddc, instr({r}.ddc, ' ') + 1, 1) END")

FTS_VALUES = (
    _folded("{r}.title") + ", " + _folded("{r}.subtitle") + ", "
    + _folded("CASE WHEN json_valid({r}.authors) THEN (SELECT group_concat(json_extract(value, '$.name'), ' ') "
              "FROM json_each({r}.authors)) ELSE {r}.authors END", "{r}.authors") + ", "
    + _folded("CASE WHEN json_valid({r}.subjects) THEN (SELECT group_concat(value, ' ') "
              "FROM json_each({r}.subjects)) ELSE {r}.subjects END", "{r}.subjects") + ", "
    + _folded("{r}.series") + ", " + _folded("{r}.publisher") + ", {r}.isbn, " + _folded("{r}.notes") + ", "
    # facets: the record-level search filters as tokens, so a filter is an FTS term (fast to count
    # and to intersect with words) instead of a scan of the record table; never folded
    "'xall xm' || {r}.material_type || ' xd' || " + CLASS_DIGIT_SQL + " || ' xa' || "
    "{r}.audience || "
    "' xl' || {r}.language || CASE WHEN {r}.hidden THEN ' xh1' ELSE '' END"
)
# Words split at the apostrophe-like letters of romanised Arabic as at an apostrophe (migration 0020): catalogues
# (MARC from Perpusnas or the Library of Congress) write ayn and hamza as modifier letters, Tafsīr al-Qurʼān
# al-ʻaẓīm, which the tokenizer kept inside the word: "qurʼan" and "ʻazim" were found by no query typed
# (Quran, Qur'an, azim). ʻ U+02BB, ʼ U+02BC, ʾ U+02BE, ʿ U+02BF.
AYN_HAMZA_LETTERS = "\u02bb\u02bc\u02be\u02bf"
# Marks are a word's letters (migration 0022): unicode61 counts only letters and digits (L* N* Co), so it cut a
# Javanese, Balinese or Sundanese word at every vowel sign (ꦱꦼꦫꦠ꧀ serat was "ꦱ ꦫꦠ", as surat and sarat were);
# Latin accents still go (remove_diacritics), Arabic harakat before (``spelling``). A virama (pangkon) ends a word,
# as in ``accents.fold``.
TOKENIZER = (f"\"unicode61 remove_diacritics 2 categories 'L* N* Co M*' "
             f"separators '{AYN_HAMZA_LETTERS}{VIRAMAS}'\"")
FTS_COLUMNS = "title, subtitle, authors, subjects, series, publisher, isbn, notes, facets"
FTS_DDL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS record_fts USING fts5({FTS_COLUMNS}, "
    f"tokenize={TOKENIZER}, prefix='2 3')",
    "CREATE TRIGGER IF NOT EXISTS record_fts_ai AFTER INSERT ON record WHEN new.deleted = 0 BEGIN "
    f"INSERT INTO record_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {FTS_VALUES.format(r='new')}); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS record_fts_ad AFTER DELETE ON record BEGIN "
    "DELETE FROM record_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS record_fts_au AFTER UPDATE OF title, subtitle, authors, subjects, series, "
    "publisher, isbn, notes, material_type, ddc, audience, language, hidden, deleted ON record BEGIN "
    "DELETE FROM record_fts WHERE rowid = old.id; "
    f"INSERT INTO record_fts(rowid, {FTS_COLUMNS}) SELECT new.id, {FTS_VALUES.format(r='new')} "
    "WHERE new.deleted = 0; END",
]
