"""The district's union catalogue, built again: when a village leaves (its holdings go), after the
schema changed (``ensure_current``: once, when migration 0005 or a move to PostgreSQL asks for it),
and when the word index's folding rule changed. The catalogue follows each bundle in ``union``."""

from __future__ import annotations

from ..service import Library
from ..store.batches import marks, parts
from ..store.postgres import REBUILD_SETTING
from . import dialect
from .union import refresh
from .union_join import join_rekeyed
from .union_write import Changes, load_links, show


def withdraw_site(lib: Library, site: str) -> int:
    """A revoked village's holdings leave the catalogue and its counts (its replicas, and its figures
    for the periods it reported, stay). Returns the village records taken out."""
    conn = dialect.conn(lib)
    out = Changes(conn)
    uids = [u for (u,) in conn.execute("SELECT record_uid FROM union_link WHERE site = ? ORDER BY record_uid",
                                       (site,))]
    for part in parts(uids):
        for link in load_links(conn, part).values():
            out.detach(link, tally=False)
    conn.execute("DELETE FROM union_link WHERE site = ?", (site,))
    conn.execute("DELETE FROM union_copy WHERE site = ?", (site,))
    out.flush()
    return len(uids)


def rebuild(lib: Library) -> None:
    """Everything derived from the replicas made again (after the schema changed, or the time zone):
    links keep their union records, their keys, forms and counts are made again; revoked villages left out."""
    from . import tally

    conn, uconn = lib.db.connection(), dialect.conn(lib)
    for table in ("union_key", "union_form", "district_tally"):
        uconn.execute(f"DELETE FROM {table}")
    uconn.execute("UPDATE union_record SET copies = 0, available = 0, villages = 0, form = ''")
    uconn.execute("UPDATE union_link SET keys = '', form = '', copies = 0, available = 0, stock = ''")
    revoked = [s for (s,) in conn.execute("SELECT site FROM sync_peer WHERE status = 'revoked'")]
    for site in revoked:
        uconn.execute("DELETE FROM union_link WHERE site = ?", (site,))
        uconn.execute("DELETE FROM union_copy WHERE site = ?", (site,))
    tally.rebuild(lib)
    out = Changes(uconn)
    for (site,) in conn.execute("SELECT site FROM sync_peer WHERE kind = 'village' AND status = 'active' "
                                "ORDER BY id").fetchall():
        records = [u for (u,) in conn.execute("SELECT uid FROM sync_replica WHERE entity = 'record' AND site = ?",
                                              (site,))]
        items = [u for (u,) in conn.execute("SELECT uid FROM sync_replica WHERE entity = 'item' AND site = ?",
                                            (site,))]
        refresh(lib, site, records, items, out)
    out.flush()
    show(uconn, [u for (u,) in uconn.execute("SELECT id FROM union_record").fetchall()])
    reindex_words(lib)  # the file kept may hold words folded by an older rule (a catalogue moved back here)


WORDS_SETTING = "district.union_words"  # the folding rule the word index was made with
# 5: an apostrophe is no word break (a search for quran finds Al-Qur'an, ``union_match._plain``)
# 4: Javanese, Balinese, Sundanese words whole with their vowel signs, cut at a pangkon (virama), in a table whose
# tokenizer keeps them (migration 0022); 3: Arabic and Javanese letters kept (``union_match.fold``); 2: old Indonesian spellings folded too
# (``dialect.searchable``); 1: plain words
WORDS_RULE = 5
# true once the union's words in Arabic letters are listed (``union_arabic_word``, migration 0026: a Latin name finds
# a kitab in Arabic letters); a catalogue from before lists them once, from its records that have any
ARABIC_SETTING = "district.union_arabic_words"
MATCH_SETTING = "district.union_match"  # the rules the stored match keys and copy counts were made with
# 7: a volume written as a village register writes it (Jld. 2, Jilid ke-2, Jilid Dua, Bagian Kedua) and a roman edition
# (Edisi II) are one; a printing's number is not an edition's ("Edisi revisi, cet. 2" is the revised edition); an
# apostrophe is no word break (Al-Qur'an = Al-Quran, ``union_match._plain``)
# 6: a Javanese pangkon (a virama) ends a word, written with a space after it or not (ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ = ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ:
# ``union_match._plain``), and a Buginese vowel sign stays in its word (``accents.without_accents``)
# 5: a record with an author has the title-publisher-year key too (the same book without its author meets it)
# 4: a publisher key without the place and year written in the publisher ("Djakarta: Balai Pustaka" = "Balai
# Pustaka": ``catalog.imprint``); 3: a copy without a date received arrived before every period (``union._copies``; it counted from the day it
# was catalogued, so a district's stock before a village's move-in missed what the village's own report counts);
# 2: Arabic and Javanese titles have keys, old spellings meet (Tjerita = Cerita); 1: ASCII only
# 8: numbers written out are digits (SD Negeri Lima = SD Negeri 5, Sepuluh = 10), a grade or semester in roman numerals
# too (Kelas IV = Kelas 4), school subjects written short are written out (IPA = Ilmu Pengetahuan Alam, SDN = SD
# Negeri: ``title_words``), a school book's curriculum is part of its keys (Kurikulum 2013 and Kurikulum Merdeka are
# two editions); and union records that now share a key are joined (``union_join.join_rekeyed``)
# 9: a publisher written with slashes or dashes between it, its place and year ("Gramedia/Jakarta/2010") is the
# publisher alone (``catalog.imprint``)
MATCH_RULE = 9


def ensure_current(lib: Library) -> None:
    """Make the derived tables once after the schema changed (migration 0005 sets the flag) or the
    matching rule changed (the stored keys were made by the older one, so a new village record would
    miss the union record it belongs to), and the word index once after its folding rule changed."""
    from ..settings import get_setting, set_setting

    if get_setting(REBUILD_SETTING) or get_setting(MATCH_SETTING, 1) != MATCH_RULE:
        with lib.transaction():
            rebuild(lib)
            join_rekeyed(lib)  # what a newer rule finds to be one book, made one (never what the officer split)
            set_setting(REBUILD_SETTING, False)
            set_setting(MATCH_SETTING, MATCH_RULE)
            set_setting(WORDS_SETTING, WORDS_RULE)  # rebuild made the word index too
            set_setting(ARABIC_SETTING, True)  # (and listed its words in Arabic letters)
    if get_setting(WORDS_SETTING, 1) != WORDS_RULE:
        with lib.transaction():
            reindex_words(lib)
            set_setting(WORDS_SETTING, WORDS_RULE)
            set_setting(ARABIC_SETTING, True)
    if not get_setting(ARABIC_SETTING, False):
        with lib.transaction():
            list_arabic_words(lib)
            set_setting(ARABIC_SETTING, True)


def list_arabic_words(lib: Library) -> None:
    """The words in Arabic letters of the union records that have any, listed (``dialect.note_arabic_words``): a
    catalogue from before migration 0026 reads those records once, not every record's words made again (a
    120,000-title hub on PostgreSQL: half a second, where making its words again took ten)."""
    conn = dialect.conn(lib)
    written = dialect.holds_arabic(conn, "title || ' ' || authors || ' ' || publisher")
    rows = conn.execute(f"SELECT title, authors, publisher FROM union_record WHERE {written}").fetchall()
    dialect.note_arabic_words(conn, (dialect.searchable(str(text or "")) for row in rows for text in row))


def reindex_words(lib: Library) -> None:
    """Every union record's searchable words made again (SQLite's FTS5 rows, PostgreSQL's ``words``)."""
    conn = dialect.conn(lib)
    ids = [union_id for (union_id,) in conn.execute("SELECT id FROM union_record").fetchall()]
    for part in parts(ids):
        dialect.index_words(conn, conn.execute("SELECT id, title, authors, isbn, publisher FROM union_record "
                                f"WHERE id IN ({marks(part)})", part).fetchall())
