"""The catalogue's tables: subjects, collection types, records and their copies; the stock-take, the
review list of imported fields, and the digital shelf's files."""

from __future__ import annotations

from peewee import BlobField, BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from .models_base import LocalModel, SyncModel, UtcDateTimeField

# --- catalogue -----------------------------------------------------------------------------------


class Subject(SyncModel):
    """The reusable subject list (tajuk subjek)."""

    term = CharField(index=True)


class CollectionType(SyncModel):
    """Circulation, reference, children's, local content...; loan rules can target one."""

    name = CharField(index=True)
    loanable = BooleanField(default=True)


class Record(SyncModel):
    """A bibliographic record (judul). Authors and subjects are stored with the record as JSON so a
    record travels as one document: authors ``[{"name", "role", "kind"}]`` in order, subjects
    ``["term", ...]``."""

    title = TextField()
    subtitle = TextField(default="")
    responsibility = TextField(default="")  # statement of responsibility
    edition = CharField(default="")
    isbn = CharField(default="", index=True)  # normalised ISBN-13, or "" when none
    issn = CharField(default="")
    material_type = CharField(default="book")  # book | magazine | newspaper | av | ebook | other
    publisher = CharField(default="")
    place = CharField(default="")
    year_text = CharField(default="")  # as written, e.g. "c2010"
    year = IntegerField(null=True, index=True)
    collation = CharField(default="")
    series = CharField(default="")
    language = CharField(default="ind")  # ISO 639-2/B
    ddc = CharField(default="", index=True)
    notes = TextField(default="")
    audience = CharField(default="adult")  # children | teen | adult
    authors = TextField(default="[]")
    subjects = TextField(default="[]")
    cover = BlobField(null=True)  # a small JPEG/PNG, optional
    hidden = BooleanField(default=False)  # hidden from the patron kiosk
    match_key = CharField(default="", index=True)  # normalised title + first author, for duplicates
    slims_id = CharField(default="")  # the record's id in the system it came from ("inlislite:123", "marc:...")
    class_other = CharField(default="")  # a class number of another scheme, as "udc 821.161.1" (core.catalog.classnumber)


class Item(SyncModel):
    """A copy (eksemplar)."""

    version = CharField()  # not indexed: nothing looks a copy up by version (migration 0010)
    record = ForeignKeyField(Record, backref="items", index=True)
    barcode = CharField(unique=True)  # item code, <= 20 characters
    accession_no = CharField(default="", index=True)  # nomor induk
    call_number = CharField(default="")
    collection_type = ForeignKeyField(CollectionType, null=True, backref="items")
    location = CharField(default="", index=True)  # room / shelf
    source = CharField(default="purchase")  # purchase | grant | donation | other
    source_detail = CharField(default="")  # donor name, grant programme...
    supplier = CharField(default="")
    order_no = CharField(default="")
    order_date = DateField(null=True)
    invoice = CharField(default="")
    invoice_date = DateField(null=True)
    price = IntegerField(null=True)  # rupiah
    received_on = DateField(null=True, index=True)
    status = CharField(default="available", index=True)  # see core.catalog.ITEM_STATUSES
    condition_note = TextField(default="")


# --- stock-take ----------------------------------------------------------------------------------


class StockTake(LocalModel):
    started_at = UtcDateTimeField()
    finished_at = UtcDateTimeField(null=True)
    location = CharField(default="")
    ddc_from = CharField(default="")
    ddc_to = CharField(default="")
    staff = CharField(default="")
    result = TextField(default="")  # when finished: its counts and the copies not seen (JSON)


class StockTakeScan(LocalModel):
    stocktake = ForeignKeyField(StockTake, backref="scans", on_delete="CASCADE")
    item = ForeignKeyField(Item, backref="stocktake_scans")
    at = UtcDateTimeField()
    found = BooleanField(default=False)  # the copy was marked lost or missing: found again by this scan
    staff = CharField(default="")  # who scanned it (username; '' for scans before migration 0024)
    shelf = CharField(default="")  # the shelf (location) being scanned then; '' when none was chosen
    unlabelled = BooleanField(default=False)  # no label to scan: picked from the list of copies not seen

    class Meta:
        indexes = ((("stocktake", "item"), True),)


# --- the review list (core.catalog.review) -------------------------------------------------------


class ReviewFlag(LocalModel):
    """The review list (core.catalog.review): a field an import kept as written although it failed a
    check, with why and a suggested correction; open until a librarian fixes or keeps it."""

    reason = CharField()
    field_name = CharField(default="")  # the record's (or with ``item``, the copy's) field a fix writes
    value = TextField(default="")  # as written in the file
    template = TextField()
    params = TextField(default="{}")
    context = CharField(default="Review")
    suggestion = TextField(default="")
    record = ForeignKeyField(Record, null=True, index=True)
    item = ForeignKeyField(Item, null=True, index=True)
    origin = CharField(default="")  # which import: "format · file · time"
    row = IntegerField(default=0)
    created_at = UtcDateTimeField()
    resolved_at = UtcDateTimeField(null=True)
    resolved_by = CharField(default="")
    resolution = CharField(default="")  # fixed | kept


# --- the digital shelf of the web catalogue (core.catalog.digital) -------------------------------


class DigitalFile(LocalModel):
    """A file of the digital shelf (PDF/EPUB) attached to a catalogue record; the file itself lives in
    the ``<database name>-files`` folder beside the database, named by its SHA-256."""

    record = ForeignKeyField(Record, backref="digital_files", index=True)
    file_name = CharField()  # the name patrons see and download
    stored_name = CharField()
    kind = CharField()  # pdf | epub
    size = IntegerField()
    sha256 = CharField(index=True)
    added_at = UtcDateTimeField()
    added_by = CharField(default="")
    deleted = BooleanField(default=False)


class DigitalView(LocalModel):
    """One opening (read) or download of a digital-shelf file, counted for the reports."""

    file = ForeignKeyField(DigitalFile, backref="views", index=True)
    at = UtcDateTimeField(index=True)
    kind = CharField(default="read")  # read | download
