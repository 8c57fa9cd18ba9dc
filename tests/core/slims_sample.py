"""SLiMS's own sample catalogue, the one every SLiMS installs with (slims9_bulian
``install/install_sample_data.sql.php``: 15 English computing and development titles, 10 copies), written the way
SLiMS's export pages write it. The values are the sample's; the writers are ours and imitate what the PHP does:

- biblio CSV (``admin/modules/bibliography/export.php`` with ``lib/Csv/Row.php``): the newest ``last_update``
  first, every field quoted, a quote doubled, CR and LF each written as the two letters ``\\n``, authors, topics
  and item codes as ``<a><b>``; the header row when "Put columns names in the first row" is ticked;
- item CSV (``item_export.php``): items in table order, the header ending with a separator, nothing escaped
  (MySQL's escapes put in, then taken out again by ``stripslashes``), the title as the only link to its record;
- MARC (``biblio.inc.php`` ``marc_export`` with PEAR File_MARC): no 001 and no copies; 005 written as a data
  field; 245 split at the title's colon (``$b`` starts " : "); 041 the language's *name*; 084 the class with its
  DDC edition; 300 split at ":" and ";" by variables that keep their value from the record before when a
  collation has no ":" or ";" (SLiMS's own slip, kept here as SLiMS writes it); an empty subfield left out in
  ISO 2709, written empty in MARCXML; the leader's status, type and coding left blank in ISO 2709;
- MARCJSON (the same, File_MARC's ``toJSON``): every value passed through PHP's ``utf8_encode`` (its UTF-8 bytes
  read as Latin-1 and encoded again), then ``json_encode``'s ``\\u`` escapes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

GMD = {1: "Text"}
LANGUAGES = {"en": "English", "id": "Indonesia"}
COLL_TYPES = {1: "Reference", 2: "Textbook", 3: "Fiction"}
LOCATIONS = {"SL": "My Library"}
PLACES = {1: "Hoboken, NJ", 2: "Sebastopol, CA", 3: "Indianapolis", 4: "Upper Saddle River, NJ",
          5: "Westport, Conn.", 6: "Cambridge, Mass", 7: "London", 8: "New York"}
PUBLISHERS = {1: "Wiley", 2: "OReilly", 3: "Apress", 4: "Sams", 5: "John Wiley", 6: "Prentice Hall",
              7: "Libraries Unlimited", 8: "Taylor & Francis Inc.", 9: "Palgrave Macmillan", 10: "Crown publishers",
              11: "Atlantic Monthly Press"}
AUTHORS = {1: "Valade, Janet", 2: "Siever, Ellen", 3: "Love, Robert", 4: "Robbins, Arnold", 5: "Figgins, Stephen",
           6: "Weber, Aaron", 7: "Kofler, Michael", 8: "Kramer, David", 9: "Raymond, Eric", 10: "Fogel, Karl",
           11: "Douglas, Korry", 12: "Douglas, Susan", 13: "Shklar, Leon", 14: "Rosen, Richard",
           15: "Woychowsky, Edmond", 16: "Taylor, Arlene G.", 17: "Stueart, Robert D.", 18: "Moran, Barbara B.",
           19: "Morville, Peter", 20: "Rosenfeld, Louis", 21: "Robinson, Mark", 22: "Bracking, Sarah",
           23: "Huffington, Arianna Stassinopoulos", 24: "Hancock, Graham"}
TOPICS = {1: "Programming", 2: "Website", 3: "Operating System", 4: "Linux", 5: "Computer", 6: "Database",
          7: "RDBMS", 8: "Open Source", 9: "Project", 10: "Design", 11: "Information", 12: "Organization",
          13: "Metadata", 14: "Library", 15: "Corruption", 16: "Development", 17: "Poverty"}
# biblio_author (biblio, author, level) and biblio_topic (biblio, topic, level), in table order
BIBLIO_AUTHOR = [(1, 1, 1), (2, 2, 1), (2, 3, 2), (2, 4, 2), (2, 5, 2), (2, 6, 2), (3, 7, 1), (3, 8, 2), (4, 9, 1),
                 (5, 10, 1), (6, 11, 1), (6, 12, 2), (7, 13, 1), (7, 14, 2), (8, 15, 1), (9, 16, 1), (10, 17, 1),
                 (10, 18, 2), (11, 19, 1), (11, 20, 2), (12, 21, 1), (13, 22, 1), (14, 23, 1), (15, 24, 1)]
BIBLIO_TOPIC = [(1, 1), (1, 2), (2, 3), (2, 4), (2, 5), (3, 1), (3, 6), (3, 7), (4, 4), (4, 8), (5, 8), (5, 9),
                (6, 1), (6, 7), (7, 2), (7, 10), (8, 1), (8, 2), (9, 11), (9, 12), (9, 13), (10, 11), (10, 14),
                (12, 15), (12, 16), (13, 15), (14, 15), (15, 15), (15, 17)]

EXPORTED_AT = "2026-12-07 09:00:00"  # the sample's NOW() (records 6 and 8): the day of the export

_B = ("biblio_id", "gmd_id", "title", "edition", "isbn_issn", "publisher_id", "publish_year", "collation",
      "series_title", "call_number", "language_id", "publish_place_id", "classification", "notes", "image",
      "last_update")
BIBLIOS = [dict(zip(_B, row, strict=True)) for row in [
    (1, 1, "PHP 5 for dummies", None, "0764541668", 1, 2004, "xiv, 392 p. : ill. ; 24 cm.", "For dummies",
     "005.13/3-22 Jan p", "en", 1, "005.13/3 22", None, "php5_dummies.jpg", "2007-11-29 16:26:59"),
    (2, 1, "Linux In a Nutshell", "Fifth Edition", "9780596009304", 2, 2005, "xiv, 925 p. : ill. ; 23 cm.",
     "In a Nutshell", "005.4/32-22 Ell l", "en", 2, "005.4/32 22", None, "linux_in_a_nutshell.jpg",
     "2007-11-29 16:26:10"),
    (3, 1, "The Definitive Guide to MySQL 5", None, "9781590595350", 3, 2005, "784p.", "Definitive Guide Series",
     "005.75/85-22 Kof d", "en", None, "005.75/85 22", None, "mysql_def_guide.jpg", "2007-11-29 16:26:33"),
    (4, 1, "Cathedral and the Bazaar: Musings on Linux and Open Source by an Accidental Revolutionary", None,
     "0-596-00108-8", 2, 2001, "208p.", None, "005.4/3222 Ray c", "en", 2, "005.4/32 22",
     "The Cathedral & the Bazaar is a must for anyone who cares about the future of the computer industry or the "
     "dynamics of the information economy. This revised and expanded paperback edition includes new material on "
     "open source developments in 1999 and 2000. Raymond's clear and effective writing style accurately "
     "describing the benefits of open source software has been key to its success. "
     "(Source: http://safari.oreilly.com/0596001088)", "cathedral_bazaar.jpg", "2007-11-29 16:25:43"),
    (5, 1, "Producing open source software : how to run a successful free software project", "1st ed.",
     "9780596007591", 2, 2005, "xx, 279 p. ; 24 cm.", None, "005.1-22 Fog p", "en", 2, "005.1 22",
     "Includes index.", "producing_oss.jpg", "2007-11-29 16:31:21"),
    (6, 1, "PostgreSQL : a comprehensive guide to building, programming, and administering PostgreSQL databases",
     "1st ed.", "0735712573", 4, 2003, "xvii, 790 p. : ill. ; 23cm.", "DeveloperÃ¢â‚¬â„¢s library",
     "005.75/85-22 Kor p", "en", 3, "005.75/85 22",
     "PostgreSQL is the world's most advanced open-source database. PostgreSQL is the most comprehensive, "
     "in-depth, and easy-to-read guide to this award-winning database. This book starts with a thorough overview "
     "of SQL, a description of all PostgreSQL data types, and a complete explanation of PostgreSQL commands.",
     "postgresql.jpg", EXPORTED_AT),
    (7, 1, "Web application architecture : principles, protocols, and practices", None, "0471486566", 5, 2003,
     "xi, 357 p. : ill. ; 23 cm.", None, "005.7/2-21 Leo w", "en", 1, "005.7/2 21",
     "An in-depth examination of the core concepts and general principles of Web application development.\r\n"
     "This book uses examples from specific technologies (e.g., servlet API or XSL), without promoting or "
     "endorsing particular platforms or APIs. Such knowledge is critical when designing and debugging complex "
     "systems. This conceptual understanding makes it easier to learn new APIs that arise in the rapidly "
     "changing Internet environment.", "webapp_arch.jpg", "2007-11-29 16:32:46"),
    (8, 1, "Ajax : creating Web pages with asynchronous JavaScript and XML", None, "9780132272674", 6, 2007,
     "xxii, 384 p. : ill. ; 24 cm.", "Bruce PerensÃ¢â‚¬â„¢ Open Source series", "006.7/86-22 Woy a", "en", 4,
     "006.7/86 22",
     "Using Ajax, you can build Web applications with the sophistication and usability of traditional desktop "
     "applications and you can do it using standards and open source software. Now, for the first time, "
     "there's an easy, example-driven guide to Ajax for every Web and open source developer, regardless of "
     "experience.", "ajax.jpg", EXPORTED_AT),
    (9, 1, "The organization of information", "2nd ed.", "1563089769", 7, 2004, "xxvii, 417 p. : ill. ; 27 cm.",
     "Library and information science text series", "025-22 Tay o", "en", 5, "025 22",
     "A basic textbook for students of library and information studies, and a guide for practicing school "
     "library media specialists. Describes the impact of global forces and the school district on the development "
     "and operation of a media center, the technical and human side of management, programmatic activities, "
     "supportive services to students, and the quality and quantity of resources available to support programs.",
     "organization_information.jpg", "2007-11-29 16:27:20"),
    (10, 1, "Library and Information Center Management", "7th ed.", "9781591584063", 7, 2007,
     "xxviii, 492 p. : ill. ; 27 cm.", "Library and information science text series", "025.1-22 Stu l", "en", 5,
     "025.1 22", None, "library_info_center.JPG", "2007-11-29 16:27:40"),
    (11, 1, "Information Architecture for the World Wide Web: Designing Large-Scale Web Sites", "2nd ed.",
     "9780596000356", 2, 2002, "500p.", None, "006.7-22 Mor i", "en", 6, "006.7 22",
     "Information Architecture for the World Wide Web is about applying the principles of architecture and "
     "library science to web site design. Each website is like a public building, available for tourists and "
     "regulars alike to breeze through at their leisure. The job of the architect is to set up the framework for "
     "the site to make it comfortable and inviting for people to visit, relax in, and perhaps even return to "
     "someday.", "information_arch.jpg", "2007-11-29 16:32:25"),
    (12, 1, "Corruption and development", None, "9780714649023", 8, 1998, "166 p. : ill. ; 22 cm.", None,
     "364.1 Rob c", "en", 7, "364.1/322/091724 21",
     "The articles assembled in this volume offer a fresh approach to analysing the problem of corruption in "
     "developing countries and the k means to tackle the phenomenon.", "corruption_development.jpg",
     "2007-11-29 16:20:53"),
    (13, 1, "Corruption and development : the anti-corruption campaigns", None, "0230525504", 9, 2007, "310p.",
     None, "364.1 Bra c", "en", 8, "364.1/323091724 22",
     "This book provides a multidisciplinary interrogation of the global anti-corruption campaigns of the last "
     "ten years, arguing that while some positive change is observable, the period is also replete with perverse "
     "consequences and unintended outcomes", "corruption_development_anti_campaign.jpg", "2007-11-29 16:19:48"),
    (14, 1, "Pigs at the trough : how corporate greed and political corruption are undermining America", None,
     "1400047714", 10, 2003, "275 p. ; 22 cm.", None, "364.1323 Huf p", "en", 8, "364.1323", None,
     "pigs_at_trough.jpg", "2007-11-29 16:18:33"),
    (15, 1, "Lords of poverty : the power, prestige, and corruption of the international aid business", None,
     "9780871134691", 11, 1994, "xvi, 234 p. ; 22 cm.", None, "338.9 Han l", "en", 8, "338.9/1/091724 20",
     "Lords of Poverty is a case study in betrayals of a public trust. The shortcomings of aid are numerous, and "
     "serious enough to raise questions about the viability of the practice at its most fundamental levels. "
     "Hancocks report is thorough, deeply shocking, and certain to cause critical reevaluation of the governments "
     "motives in giving foreign aid, and of the true needs of our intended beneficiaries.", "lords_of_poverty.jpg",
     "2007-11-29 16:13:11"),
]]

_I = ("item_id", "biblio_id", "coll_type_id", "item_code", "inventory_code", "received_date", "location_id",
      "order_date", "item_status_id", "source", "price", "price_currency", "invoice_date", "input_date",
      "last_update")
ITEMS = [dict(zip(_I, row, strict=True)) for row in [
    (1, 8, 1, "B00001", "INV/B00001", "2007-11-29", "SL", "2007-11-29", "0", 1, 500000, "Rupiah", "2007-11-29",
     "2008-12-26 22:11:10", "2008-12-26 22:14:13"),
    (2, 6, 1, "B00002", "INV/B00002", "2007-11-29", "SL", "2007-11-29", "0", 1, 700000, "Rupiah", "2007-11-29",
     "2008-12-26 22:11:45", "2008-12-26 22:13:45"),
    (3, 15, 1, "B00003", "INV/B00003", "2007-11-29", "SL", "2007-11-29", "0", 1, 300000, "Rupiah", "2007-11-29",
     "2008-12-26 22:15:09", "2008-12-26 22:15:09"),
    (4, 14, 1, "B00004", "INV/B00004", "2007-11-29", "SL", "2007-11-29", "0", 1, 250000, "Rupiah", "2007-11-29",
     "2008-12-26 22:15:49", "2008-12-26 22:15:49"),
    (5, 13, 1, "B00005", "INV/B00005", "2007-11-29", "SL", "2007-11-29", "0", 2, 0, None, "2007-11-29",
     "2008-12-26 22:17:04", "2008-12-26 22:17:04"),
    (6, 12, 1, "B00006", "INV/B00006", "2007-11-29", "SL", "2007-11-29", "0", 1, 350000, "Rupiah", "2007-11-29",
     "2008-12-26 22:17:52", "2008-12-26 22:17:52"),
    (7, 4, 1, "B00007", "INV/B00007", "2007-11-29", "SL", "2007-11-29", "0", 1, 450000, "Rupiah", "2007-11-29",
     "2008-12-26 22:18:29", "2008-12-26 22:18:29"),
    (8, 4, 1, "B00008", "INV/B00008", "2007-11-29", "SL", "2007-11-29", "0", 2, 0, None, "2007-11-29",
     "2008-12-26 22:18:51", "2008-12-26 22:18:51"),
    (9, 2, 1, "B00009", "INV/B00009", "2007-11-29", "SL", "2007-11-29", "0", 1, 630000, "Rupiah", "2007-11-29",
     "2008-12-26 22:19:28", "2008-12-26 22:19:28"),
    (10, 2, 1, "B00010", "INV/B00010", "2007-11-29", "SL", "2007-11-29", "0", 1, 630000, "Rupiah", "2007-11-29",
     "2008-12-26 22:19:57", "2008-12-26 22:19:57"),
]]


def biblio(biblio_id: int) -> dict:
    return BIBLIOS[biblio_id - 1]


def authors_of(biblio_id: int) -> list[tuple[str, int]]:
    return [(AUTHORS[a], level) for b, a, level in BIBLIO_AUTHOR if b == biblio_id]


def topics_of(biblio_id: int) -> list[str]:
    return [TOPICS[t] for b, t in BIBLIO_TOPIC if b == biblio_id]


def items_of(biblio_id: int) -> list[dict]:
    return [item for item in ITEMS if item["biblio_id"] == biblio_id]


def _text(value) -> str:
    return "" if value is None else str(value)


def _listed(values) -> str:
    return "".join(f"<{v}>" for v in values if v)


# --- the biblio CSV ---------------------------------------------------------------------------------------

BIBLIO_COLUMNS = ("title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation",
                  "series_title", "call_number", "language_name", "place_name", "classification", "notes", "image",
                  "sor")


def biblio_fields(b: dict) -> dict[str, str]:
    return {"title": b["title"], "gmd_name": GMD.get(b["gmd_id"]), "edition": b["edition"],
            "isbn_issn": b["isbn_issn"], "publisher_name": PUBLISHERS.get(b["publisher_id"]),
            "publish_year": b["publish_year"], "collation": b["collation"], "series_title": b["series_title"],
            "call_number": b["call_number"], "language_name": LANGUAGES.get(b["language_id"]),
            "place_name": PLACES.get(b["publish_place_id"]), "classification": b["classification"],
            "notes": b["notes"], "image": b["image"], "sor": None}


def biblio_csv(header: bool = True, sep: str = ",", quote: str = '"') -> str:
    rows = []
    if header:
        rows.append(sep.join(quote + c + quote for c in (*BIBLIO_COLUMNS, "authors", "topics", "item_code")))
    for b in sorted(BIBLIOS, key=lambda b: b["last_update"], reverse=True):
        values = {c: _text(v).replace("\n", "\\n").replace("\r", "\\n").strip()
                  for c, v in biblio_fields(b).items()}
        values["authors"] = _listed(name for name, _ in authors_of(b["biblio_id"]))
        values["topics"] = _listed(topics_of(b["biblio_id"]))
        values["item_code"] = _listed(i["item_code"] for i in items_of(b["biblio_id"]))
        rows.append(sep.join(quote + v.replace(quote, quote * 2) + quote for v in values.values()))
    return "".join(row + "\n" for row in rows)


# --- the item CSV -----------------------------------------------------------------------------------------

ITEM_COLUMNS = ("item_code", "call_number", "coll_type_name", "inventory_code", "received_date", "supplier_name",
                "order_no", "location_name", "order_date", "item_status_name", "site", "source", "invoice", "price",
                "price_currency", "invoice_date", "input_date", "last_update", "title")


def item_fields(i: dict) -> dict[str, str]:
    return {"item_code": i["item_code"], "call_number": None, "coll_type_name": COLL_TYPES.get(i["coll_type_id"]),
            "inventory_code": i["inventory_code"], "received_date": i["received_date"], "supplier_name": None,
            "order_no": "", "location_name": LOCATIONS.get(i["location_id"]), "order_date": i["order_date"],
            "item_status_name": None,  # ("0": no such status, the LEFT JOIN finds none)
            "site": "", "source": i["source"], "invoice": "", "price": i["price"],
            "price_currency": i["price_currency"], "invoice_date": i["invoice_date"], "input_date": i["input_date"],
            "last_update": i["last_update"], "title": biblio(i["biblio_id"])["title"]}


def item_csv(header: bool = True, sep: str = ",", quote: str = '"') -> str:
    lines = [sep.join(quote + _text(v) + quote for v in item_fields(i).values()) for i in ITEMS]
    head = "".join(quote + c + quote + sep for c in ITEM_COLUMNS) + "\n" if header else ""
    return head + "".join(line + "\n" for line in lines)


# --- MARC ---------------------------------------------------------------------------------------------------

def marc_records() -> list[list[tuple]]:
    """Each record's fields as SLiMS appends them: (tag, [(code, value), ...]), biblio_id order."""
    records = []
    other_details = dimensions = None  # (PHP variables living on from one record to the next)
    for b in BIBLIOS:
        f = biblio_fields(b)
        fields: list[tuple] = []
        title = b["title"]
        main, rest = re.sub(r":.+$", "", title), re.sub(r"^.+:", "", title)
        t245 = [("a", main), ("b", " : " + rest)] if main != rest else [("a", title)]
        fields.append(("245", [*t245, ("h", f["gmd_name"])]))
        fields.append(("020", [("a", b["isbn_issn"])]))
        if b["edition"]:
            fields.append(("250", [("a", b["edition"])]))
        for name, level in authors_of(b["biblio_id"]):
            fields.append(("100" if level == 1 else "700", [("a", name)]))
        for topic in topics_of(b["biblio_id"]):
            fields.append(("650", [("a", topic)]))
        fields.append(("005", [("a", re.sub(r"[-: ]", "", b["last_update"]))]))
        fields.append(("260", [("a", _text(f["place_name"])), ("b", _text(f["publisher_name"])),
                               ("c", _text(b["publish_year"]))]))
        fields.append(("041", [("a", _text(f["language_name"]))]))
        fields.append(("084", [("a", _text(b["classification"]))]))
        collation = b["collation"]
        if collation:
            parts = re.split(r"[:;]", collation)
            if ":" in collation:
                other_details = parts[1].strip() + " ;"
            if ";" in collation:
                dimensions = collation.split(";")[1].strip()
            fields.append(("300", [("a", parts[0].strip() + " :"), ("b", _text(other_details)),
                                   ("c", _text(dimensions))]))
        if b["notes"]:
            fields.append(("500", [("a", b["notes"].replace("\n", "").replace("\r", ""))]))
        if b["series_title"]:
            fields.append(("490", [("a", b["series_title"])]))
        records.append(fields)
    return records


def iso2709() -> bytes:
    out = b""
    for fields in marc_records():
        data, directory, start = [], b"", 0
        for tag, subfields in fields:
            written = b"".join(b"\x1f" + code.encode() + value.encode("utf-8") for code, value in subfields if value)
            if not written:
                continue
            field = b"  " + written + b"\x1e"
            directory += f"{tag}{len(field):04d}{start:05d}".encode()
            data.append(field)
            start += len(field)
        base = 24 + len(directory) + 1
        length = base + start + 1
        leader = f"{length:05d}     22{base:05d}   4500".encode()
        out += leader + directory + b"\x1e" + b"".join(data) + b"\x1d"
    return out


def marcxml() -> str:
    out = ('<?xml version="1.0" encoding="UTF-8"?><marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/MARC21/slim '
           'http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd">')
    for fields in marc_records():
        out += '\n<record xmlns="http://www.loc.gov/MARC21/slim">\n <leader>' + "     na" + " " * 17 + "</leader>\n"
        for tag, subfields in fields:
            if not any(value for _, value in subfields):
                continue
            out += f' <datafield tag="{tag}" ind1=" " ind2=" ">\n'
            for code, value in subfields:
                out += f"  <subfield code={quoteattr(code)}>{escape(value)}</subfield>\n"
            out += " </datafield>\n"
        out += "</record>\n"
    return out + "</marc:collection>"


def marcjson() -> str:
    def utf8_encode(text: str) -> str:
        return text.encode("utf-8").decode("latin-1")

    records = []
    for fields in marc_records():
        written = [{tag: {"ind1": " ", "ind2": " ", "subfields": [{code: utf8_encode(v)} for code, v in subfields]}}
                   for tag, subfields in fields if any(value for _, value in subfields)]
        records.append(json.dumps({"leader": " " * 24, "fields": written}, separators=(",", ":")))
    return "[" + ",".join(records) + "]"


# --- a database dump (phpMyAdmin's, complete inserts) -------------------------------------------------------

def _sql_value(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace("\r", "\\r").replace("\n", "\\n")
    return f"'{escaped}'"


def _insert(table: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
    names = ", ".join(f"`{c}`" for c in columns)
    values = ",\n".join("(" + ", ".join(map(_sql_value, row)) + ")" for row in rows)
    return f"INSERT INTO `{table}` ({names}) VALUES\n{values};\n"


def sql_dump(details: dict[int, str] | None = None) -> str:
    """The sample as it sits in SLiMS's database once installed (the installer's own rows and master tables);
    ``details``: a biblio's *Specific Detail Info* as a librarian typed it since (the sample has none), which the
    backup carries and the CSV export does not."""
    day = "2007-11-29"
    details = details or {}
    return "".join([
        "-- phpMyAdmin SQL Dump\n",
        _insert("biblio", (*_B[:-1], "sor", "spec_detail_info", "opac_hide", "input_date", "last_update"),
                [(*(b[c] for c in _B[:-1]), None, details.get(b["biblio_id"]), 0, day + " 15:36:50", b["last_update"])
                 for b in BIBLIOS]),
        _insert("biblio_author", ("biblio_id", "author_id", "level"), BIBLIO_AUTHOR),
        _insert("biblio_topic", ("biblio_id", "topic_id", "level"),
                [(b, t, 1 if i == 0 or BIBLIO_TOPIC[i - 1][0] != b else 2) for i, (b, t) in enumerate(BIBLIO_TOPIC)]),
        _insert("item", (*_I[:-2], "call_number", "supplier_id", "order_no", "site", "invoice", "input_date",
                         "last_update"),
                [(*(i[c] for c in _I[:-2]), None, "0", "", "", "", i["input_date"], i["last_update"]) for i in ITEMS]),
        _insert("mst_author", ("author_id", "author_name", "authority_type", "input_date", "last_update"),
                [(k, v, "p", day, day) for k, v in AUTHORS.items()]),
        _insert("mst_coll_type", ("coll_type_id", "coll_type_name", "input_date", "last_update"),
                [(k, v, day, day) for k, v in COLL_TYPES.items()]),
        _insert("mst_gmd", ("gmd_id", "gmd_code", "gmd_name", "input_date", "last_update"), [(1, "TE", "Text", day, day)]),
        _insert("mst_item_status", ("item_status_id", "item_status_name", "no_loan", "skip_stock_take", "input_date",
                                    "last_update"),
                [("R", "Repair", 1, 1, day, day), ("NL", "No Loan", 1, 1, day, day), ("MIS", "Missing", 1, 1, day, day)]),
        _insert("mst_language", ("language_id", "language_name", "input_date", "last_update"),
                [(k, v, day, day) for k, v in LANGUAGES.items()]),
        _insert("mst_location", ("location_id", "location_name", "input_date", "last_update"),
                [(k, v, day, day) for k, v in LOCATIONS.items()]),
        _insert("mst_place", ("place_id", "place_name", "input_date", "last_update"),
                [(k, v, day, day) for k, v in PLACES.items()]),
        _insert("mst_publisher", ("publisher_id", "publisher_name", "input_date", "last_update"),
                [(k, v, day, day) for k, v in PUBLISHERS.items()]),
        _insert("mst_topic", ("topic_id", "topic", "topic_type", "input_date", "last_update"),
                [(k, v, "t", day, day) for k, v in TOPICS.items()]),
    ])


def write_all(folder: Path) -> dict[str, Path]:
    """The files a librarian takes from the sample SLiMS (its exports and a backup), by the names SLiMS gives them."""
    files = {"slims-biblio": folder / "senayan_biblio_export.csv", "slims-item": folder / "senayan_item_export.csv",
             "marc": folder / "slims-marc-export.mrc", "marcxml": folder / "slims-marc-export.xml",
             "marcjson": folder / "slims-marc-export.json", "slims-sql": folder / "backup_20261207_090000.sql"}
    files["slims-biblio"].write_bytes(biblio_csv().encode("utf-8"))
    files["slims-item"].write_bytes(item_csv().encode("utf-8"))
    files["marc"].write_bytes(iso2709())
    files["marcxml"].write_bytes(marcxml().encode("utf-8"))
    files["marcjson"].write_bytes(marcjson().encode("ascii"))
    files["slims-sql"].write_bytes(sql_dump().encode("utf-8"))
    return files
