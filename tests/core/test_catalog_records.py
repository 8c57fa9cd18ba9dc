"""Catalogue rules: validation of every field, call numbers, ISBN forms, duplicates, copies."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import finding
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import (
    add_copies,
    add_item,
    availability,
    mark_damaged,
    mark_lost,
    restore_item,
    set_accession_pattern,
    update_item,
    withdraw,
)
from pustaka_desktop.core.errors import PermissionDenied, Refused, ValidationError
from pustaka_desktop.core.store.models import AuditLog, Item, Subject

HIRATA = [{"name": "Andrea Hirata", "role": "primary", "kind": "person"}]


def add(lib, by, **fields):
    fields.setdefault("title", "Laskar Pelangi")
    return catalog.add_record(lib, by, **fields).record


@pytest.mark.parametrize("typed", ["979-3062-79-7", "9793062797", "978-979-3062-79-2", "9789793062792",
                                   " 978 979 3062 79 2 "])
def test_isbn_forms_are_stored_as_isbn13(lib, librarian, typed):
    assert add(lib, librarian, isbn=typed).isbn == "9789793062792"


def test_isbn10_with_x_and_979_prefix(lib, librarian):
    assert add(lib, librarian, isbn="0-8044-2957-X").isbn == "9780804429573"
    assert add(lib, librarian, title="Buku 979", isbn="979-10-90636-07-1").isbn == "9791090636071"


@pytest.mark.parametrize("bad", ["978-979-3062-79-3", "12345", "979306279X"])
def test_wrong_isbn_is_refused_with_its_field(lib, librarian, bad):
    with pytest.raises(ValidationError) as err:
        add(lib, librarian, isbn=bad)
    assert err.value.field == "isbn"


@pytest.mark.parametrize(("fields", "field"), [
    ({"title": "   "}, "title"),
    ({"title": "x" * 501}, "title"),
    ({"material_type": "scroll"}, "material_type"),
    ({"audience": "elders"}, "audience"),
    ({"language": "indonesia"}, "language"),
    ({"ddc": "89a"}, "ddc"),
    ({"year_text": "2099"}, "year_text"),
    ({"year_text": "12"}, "year_text"),
    ({"issn": "1234-5678"}, "issn"),
    ({"authors": [{"name": "A", "role": "ghostwriter"}]}, "authors"),
    ({"authors": [{"name": "A", "kind": "robot"}]}, "authors"),
])
def test_each_field_is_validated(lib, librarian, fields, field):
    with pytest.raises(ValidationError) as err:
        add(lib, librarian, **fields)
    assert err.value.field == field


def test_fields_are_normalised(lib, librarian):
    record = add(lib, librarian, title="  Laskar   Pelangi ", year_text="c2005", ddc="899,221", language="IND",
                 issn="0317-8471", authors="Andrea Hirata; Bentang Pustaka",
                 subjects=["Novel", "novel", " Fiksi Indonesia "])
    assert record.title == "Laskar Pelangi"
    assert (record.year_text, record.year) == ("c2005", 2005)
    assert record.ddc == "899.221" and record.language == "ind" and record.issn == "0317-8471"
    assert [a["name"] for a in json.loads(record.authors)] == ["Andrea Hirata", "Bentang Pustaka"]
    assert [a["role"] for a in json.loads(record.authors)] == ["primary", "additional"]
    assert json.loads(record.subjects) == ["Novel", "Fiksi Indonesia"]
    assert record.match_key == "laskar pelangi|andrea hirata"
    assert catalog.subject_terms(lib, "Fik") == ["Fiksi Indonesia"]
    assert Subject.select().count() == 2


def test_year_without_digits_is_allowed(lib, librarian):
    record = add(lib, librarian, year_text="t.t.")
    assert record.year is None


@pytest.mark.parametrize(("written", "year"), [
    ("1429 H / 2008 M", 2008), ("2008 M/1429 H", 2008), ("1429H/2008M", 2008),  # both calendars: the Masehi one
    ("1445 H", 2024), ("1405 H.", 1985),  # a Hijri year alone: the Gregorian year it mostly falls in
    # as Arabic imprints write the calendars: ha' (Hijri) and mim (Miladi), in Arabic-Indic digits too
    ("١٤٠٥هـ - ١٩٨٥م", 1985), ("1405 هـ / 1985 م", 1985), ("١٤٠٥ هـ", 1985), ("1985 م", 1985),
    ("2005 Medan", 2005),  # (a word after the year that begins with M is no calendar)
    ("c2010", 2010), ("[2019]", 2019), ("Cet. 2, 2010", 2010), ("t.t.", None),
    ("197-", None), ("[197-?]", None), ("19--", None), ("197u", None),  # a decade or century: no one year
])
def test_the_year_of_a_book_printed_with_both_calendars(lib, librarian, written, year):
    record = add(lib, librarian, year_text=written)
    assert (record.year_text, record.year) == (written, year)


@pytest.mark.parametrize(("ddc", "title", "author", "expected"), [
    ("899.221", "Laskar Pelangi", "Andrea Hirata", "899.221 HIR l"),
    ("899.221", "Bumi Manusia", "Toer, Pramoedya Ananta", "899.221 TOE b"),
    ("297", "Al-Qur'an dan Terjemahnya", "", "297 QUR q"),  # Arabic article skipped
    ("2X4.1", "Ekonomi Syariah", "Bin Ahmad", "2X4.1 AHM e"),
])
def test_call_number_derivation(lib, librarian, ddc, title, author, expected):
    record = add(lib, librarian, title=title, ddc=ddc, authors=[{"name": author}] if author else [])
    assert catalog.call_number_for(record) == expected
    item = add_item(lib, librarian, record)
    assert item.call_number == expected
    edited = update_item(lib, librarian, item, call_number="R 899.221 HIR l")
    assert edited.call_number == "R 899.221 HIR l"


def test_duplicates_are_warned_not_refused(lib, librarian):
    first = add(lib, librarian, isbn="9789793062792", authors=HIRATA)
    by_isbn = catalog.add_record(lib, librarian, title="Laskar Pelangi (cetakan 2)", isbn="979-3062-79-7")
    assert [r.id for r in by_isbn.duplicates] == [first.id]
    by_key = catalog.add_record(lib, librarian, title="LASKAR  pelangi", authors="Andrea Hirata")
    assert first.id in [r.id for r in by_key.duplicates]
    other = catalog.add_record(lib, librarian, title="Sang Pemimpi", authors=HIRATA)
    assert other.duplicates == []
    # editing a record never lists itself
    again = catalog.update_record(lib, librarian, first, title="Laskar Pelangi")
    assert first.id not in [r.id for r in again.duplicates]


def test_update_keeps_match_key_and_refuses_bad_values(lib, librarian):
    record = add(lib, librarian, authors=HIRATA)
    catalog.update_record(lib, librarian, record, title="Edensor")
    assert record.match_key == "edensor|andrea hirata"
    with pytest.raises(ValidationError):
        catalog.update_record(lib, librarian, record, title="")
    assert record.title == "Edensor"


def test_item_validation(lib, librarian):
    record = add(lib, librarian)
    add_item(lib, librarian, record, barcode="uji-1")
    cases = [({"barcode": "X" * 21}, "barcode"), ({"barcode": "UJI-1"}, "barcode"), ({"barcode": "A B"}, "barcode"),
             ({"price": -5}, "price"), ({"price": "lima ribu"}, "price"), ({"received_on": "2026-13-01"}, "received_on"),
             ({"received_on": "2027-01-01"}, "received_on"), ({"source": "theft"}, "source"),
             ({"status": "borrowed"}, "status"), ({"collection_type": "Tidak Ada"}, "collection_type")]
    for fields, field in cases:
        with pytest.raises(ValidationError) as err:
            add_item(lib, librarian, record, **fields)
        assert err.value.field == field, fields
    item = add_item(lib, librarian, record, price="Rp 45.000", received_on="2026-02-01", source="donation",
                            source_detail="Ibu Sari")
    assert item.price == 45000 and item.received_on.isoformat() == "2026-02-01"


def test_batch_copies_continue_barcodes_and_accession_numbers(lib, librarian):
    record = add(lib, librarian, ddc="899.221", authors=HIRATA)
    add_item(lib, librarian, record, barcode="UJI000041", accession_no="00007/P/2025")
    items = add_copies(lib, librarian, record, 3, source="grant", location="Rak A")
    assert [i.barcode for i in items] == ["UJI000042", "UJI000043", "UJI000044"]
    assert [i.accession_no for i in items] == ["00008/G/2026", "00009/G/2026", "00010/G/2026"]
    assert {i.call_number for i in items} == {"899.221 HIR l"}
    assert {i.location for i in items} == {"Rak A"}
    with pytest.raises(ValidationError):
        add_copies(lib, librarian, record, 0)


def test_accession_pattern_is_a_setting(lib, librarian):
    record = add(lib, librarian)
    set_accession_pattern(lib, librarian, "{code}/{year}/{seq:03}")
    items = add_copies(lib, librarian, record, 2)
    assert [i.accession_no for i in items] == ["UJI/2026/001", "UJI/2026/002"]
    with pytest.raises(ValidationError):
        set_accession_pattern(lib, librarian, "no running number")


def test_withdraw_lost_damaged_are_librarian_only_and_audited(lib, librarian, volunteer):
    record = add(lib, librarian)
    item = add_item(lib, librarian, record)
    with pytest.raises(PermissionDenied):
        withdraw(lib, volunteer, item)
    with pytest.raises(PermissionDenied):
        catalog.add_record(lib, volunteer, title="Buku")
    with pytest.raises(PermissionDenied):
        add_copies(lib, volunteer, record, 2)
    mark_lost(lib, librarian, item, "hilang di rak")
    assert Item.get_by_id(item.id).status == "lost"
    assert AuditLog.select().where(AuditLog.action == "catalog.item.lost").count() == 1
    restore_item(lib, librarian, item)
    mark_damaged(lib, librarian, item)
    withdraw(lib, librarian, item)
    assert Item.get_by_id(item.id).status == "withdrawn"
    assert availability([record.id]) == {}


def test_on_loan_copy_cannot_be_withdrawn(lib, librarian):
    from pustaka_desktop.core.store import write as store

    record = add(lib, librarian)
    item = add_item(lib, librarian, record)
    store.update(lib, item, status="on_loan")  # what circulation does
    with pytest.raises(Refused):
        withdraw(lib, librarian, item)
    with pytest.raises(Refused):
        update_item(lib, librarian, item, status="available")
    with pytest.raises(Refused):
        catalog.delete_record(lib, librarian, record)


def test_find_record_by_id_isbn_or_barcode(lib, librarian):
    record = add(lib, librarian, isbn="9789793062792")
    add_item(lib, librarian, record, barcode="UJI000777")
    for key in (str(record.id), "979-3062-79-7", "uji000777"):
        assert finding.find_record(lib, key).id == record.id
    catalog.delete_record(lib, librarian, record)
    assert AuditLog.select().where(AuditLog.action == "catalog.delete").count() == 1
    with pytest.raises(finding.NotFound):
        finding.find_record(lib, "979-3062-79-7")


def test_permissions_table_knows_the_actions():
    for action in ("catalog.view", "catalog.edit", "catalog.withdraw", "catalog.delete"):
        assert action in auth.PERMISSIONS
    assert auth.VOLUNTEER not in auth.PERMISSIONS["catalog.withdraw"]
