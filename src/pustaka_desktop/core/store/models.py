"""The schema, in one readable place.

Two kinds of table:
- ``SyncModel`` tables can leave the PC (records, copies, members, loans, visits, ...). Each row has
  a global id (``uid``), the site that created it (``origin``), a hybrid-logical-clock ``version``,
  a ``deleted`` tombstone and created/updated times. They are written only through ``core.store``,
  which stamps the version and logs the change in the same transaction.
- ``LocalModel`` tables stay on this PC (settings, staff accounts, audit log, the change log itself).

Foreign keys are local integer ids; sync translates them to ``uid`` on the way out and back.
Times are stored in UTC; money in whole rupiah (integers).
"""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

# Bound to a real SqliteDatabase by core.db.open_database (or Database.bind_ctx for tests that
# hold several libraries at once, like the sync tests).
database = DatabaseProxy()


class UtcDateTimeField(TextField):
    """A timezone-aware datetime stored as UTC text ``YYYY-MM-DD HH:MM:SS`` (sortable, and readable
    by SQLite's date functions)."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC times only")
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")

    def python_value(self, value):
        if value is None:
            return None
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class LocalModel(BaseModel):
    """A table that never leaves this PC."""

    id = AutoField()


class SyncModel(BaseModel):
    """A table whose rows can travel to the district office and back. Write it only via core.store."""

    id = AutoField()
    uid = CharField(unique=True)
    origin = CharField(index=True)  # site id of the library that created the row
    version = CharField(index=True)  # hybrid logical clock, see core.hlc
    deleted = BooleanField(default=False, index=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    # Per-field versions for per-field last-writer-wins (core.sync.conflicts): JSON
    # {"*": insert version, field: version, ...}; "" while the row was never updated.
    field_versions = TextField(default="")


# --- this PC -------------------------------------------------------------------------------------


class Setting(LocalModel):
    """Key/value settings (JSON values). Site id, language, desk options, label calibration..."""

    key = CharField(unique=True)
    value = TextField()


class Staff(LocalModel):
    username = CharField(unique=True)
    full_name = CharField(default="")
    role = CharField()  # see core.auth.ROLES
    password_hash = TextField()
    pin_hash = TextField(null=True)  # short PIN for overrides and unlocking the kiosk
    active = BooleanField(default=True)
    created_at = UtcDateTimeField()
    last_login_at = UtcDateTimeField(null=True)


class AuditLog(LocalModel):
    at = UtcDateTimeField(index=True)
    username = CharField(index=True)  # text, not a key: the log outlives disabled accounts
    action = CharField(index=True)
    entity = CharField(default="")
    entity_uid = CharField(default="")
    detail = TextField(default="")  # JSON


class ChangeLog(LocalModel):
    """Every change to a synced table, in order. ``origin``/``seq`` form the change id
    ``<site>:<seq>``; local changes get the next seq of this site, imported ones keep theirs."""

    origin = CharField()
    seq = IntegerField()
    entity = CharField()
    row_uid = CharField()  # not indexed: nothing looks changes up by row (migration 0009)
    op = CharField()  # insert | update | delete | insert_range (a bulk insert's rows: store.log_lines)
    version = CharField(index=True)
    fields = TextField(default="")  # JSON list of changed field names ("" = whole row); a range's ids
    at = UtcDateTimeField()

    class Meta:
        indexes = ((("origin", "seq"), True),)


# --- the library ---------------------------------------------------------------------------------


class LibraryProfile(SyncModel):
    """One row per library site. A village database holds its own; a district holds every village's."""

    site = CharField(unique=True)  # the site id this profile describes
    kind = CharField(default="village")  # village | district
    name = CharField()
    code = CharField()  # short library code, barcode prefix
    npp = CharField(default="")  # Nomor Pokok Perpustakaan (national library number)
    village = CharField(default="")
    kecamatan = CharField(default="")
    kabupaten = CharField(default="")
    province = CharField(default="")
    address = TextField(default="")
    population = IntegerField(null=True)  # village population, for reports
    phone = CharField(default="")
    email = CharField(default="")
    head_name = CharField(default="")  # kepala perpustakaan, for signatures on reports
    rules_text = TextField(default="")  # printed on the back of member cards
    logo = BlobField(null=True)  # small PNG for member cards and posters (core.printing.branding)
    closed_weekdays = CharField(default="7")  # ISO weekdays the library is closed, comma separated


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


# --- members and circulation ---------------------------------------------------------------------


class MemberType(SyncModel):
    name = CharField(index=True)
    loan_limit = IntegerField(default=3)
    loan_days = IntegerField(default=7)
    renewals = IntegerField(default=1)
    fine_per_day = IntegerField(default=0)  # rupiah
    grace_days = IntegerField(default=0)
    reservations = BooleanField(default=True)
    reservation_limit = IntegerField(default=2)
    validity_days = IntegerField(default=365)


class Member(SyncModel):
    number = CharField(unique=True)  # member number = card barcode
    name = CharField(index=True)
    gender = CharField(default="")  # M | F
    birth_date = DateField(null=True)
    member_type = ForeignKeyField(MemberType, backref="members")
    address = TextField(default="")
    village = CharField(default="")
    rt_rw = CharField(default="")
    postal_code = CharField(default="")
    phone = CharField(default="", index=True)
    email = CharField(default="")
    nik = CharField(default="", index=True)  # national ID number, optional
    occupation = CharField(default="")
    education = CharField(default="")
    institution = CharField(default="")  # school / institution
    guardian = CharField(default="")
    photo = BlobField(null=True)
    registered_on = DateField()
    expires_on = DateField()
    notes = TextField(default="")
    blocked = BooleanField(default=False)
    blocked_reason = TextField(default="")


class LoanRule(SyncModel):
    """Overrides a member type's defaults for a collection type. Any of member_type /
    collection_type may be empty (= any); the most specific rule wins (see core.circulation)."""

    member_type = ForeignKeyField(MemberType, null=True, backref="loan_rules")
    collection_type = ForeignKeyField(CollectionType, null=True, backref="loan_rules")
    loanable = BooleanField(default=True)
    loan_days = IntegerField(null=True)
    loan_limit = IntegerField(null=True)
    renewals = IntegerField(null=True)
    fine_per_day = IntegerField(null=True)


class Holiday(SyncModel):
    """A dated closing: one day (``ends_on`` = ``starts_on``) or a range."""

    starts_on = DateField(index=True)
    ends_on = DateField()
    name = CharField(default="")


class Loan(SyncModel):
    """A loan event, owned by the library that made it. ``returned_at`` empty = still out."""

    version = CharField()  # not indexed: nothing looks a loan up by version (migration 0010)
    item = ForeignKeyField(Item, backref="loans", index=True)
    member = ForeignKeyField(Member, backref="loans", index=True)
    loaned_at = UtcDateTimeField(index=True)
    due_on = DateField(index=True)
    returned_at = UtcDateTimeField(null=True, index=True)
    renewals = IntegerField(default=0)
    staff = CharField(default="")


class Hold(SyncModel):
    """A reservation in a record's queue."""

    record = ForeignKeyField(Record, backref="holds", index=True)
    member = ForeignKeyField(Member, backref="holds", index=True)
    placed_at = UtcDateTimeField()
    status = CharField(default="waiting", index=True)  # waiting | ready | fulfilled | cancelled | expired
    item = ForeignKeyField(Item, null=True, backref="holds")  # the copy held on the shelf
    ready_until = DateField(null=True)


class FineEntry(SyncModel):
    """The fines ledger: charges are positive, payments and waivers reduce the balance."""

    member = ForeignKeyField(Member, backref="fines", index=True)
    loan = ForeignKeyField(Loan, null=True, backref="fines")
    kind = CharField()  # charge | payment | waiver
    amount = IntegerField()  # rupiah, always positive
    at = UtcDateTimeField()
    note = TextField(default="")
    staff = CharField(default="")


# --- visitors and programmes ---------------------------------------------------------------------


class Visit(SyncModel):
    """One line in the visitor book: a member, a guest, or a group (``headcount`` > 1)."""

    at = UtcDateTimeField(index=True)
    member = ForeignKeyField(Member, null=True, backref="visits")
    name = CharField(default="")
    gender = CharField(default="")  # M | F | "" (group or unknown)
    age_band = CharField(default="")
    occupation = CharField(default="")
    origin_place = CharField(default="")  # this village | elsewhere
    purpose = CharField(default="read")
    headcount = IntegerField(default=1)
    group_name = CharField(default="")
    breakdown = TextField(default="")  # JSON counts for a group: {"M": 10, "F": 12, "sd": 22, ...}


class InLibraryUse(SyncModel):
    """A copy read on site (baca di tempat), counted when scanned from the reading-room trolley."""

    item = ForeignKeyField(Item, backref="uses")
    at = UtcDateTimeField(index=True)


class Partner(SyncModel):
    name = CharField()
    kind = CharField(default="")  # village government, PKK, school, health post, company, NGO...
    contact = CharField(default="")
    mou_date = DateField(null=True)
    notes = TextField(default="")


class Program(SyncModel):
    name = CharField()
    kind = CharField(default="other")  # book_club | digital | storytelling | skills | literacy | other
    skill = CharField(default="")
    description = TextField(default="")
    outcomes = TextField(default="")
    starts_on = DateField(null=True)
    ends_on = DateField(null=True)


class ProgramPartner(SyncModel):
    program = ForeignKeyField(Program, backref="partner_links")
    partner = ForeignKeyField(Partner, backref="program_links")
    role = CharField(default="")


class ProgramSession(SyncModel):
    program = ForeignKeyField(Program, backref="sessions")
    starts_at = UtcDateTimeField(index=True)
    place = CharField(default="")
    facilitator = CharField(default="")
    topic = CharField(default="")


class Participant(SyncModel):
    """Someone enrolled in a programme: a member, or a guest described by gender and age band."""

    program = ForeignKeyField(Program, backref="participants")
    member = ForeignKeyField(Member, null=True, backref="participations")
    name = CharField(default="")
    gender = CharField(default="")
    age_band = CharField(default="")


class Attendance(SyncModel):
    session = ForeignKeyField(ProgramSession, backref="attendance")
    participant = ForeignKeyField(Participant, backref="attendance")

    class Meta:
        indexes = ((("session", "participant"), False),)


class Story(SyncModel):
    """A story or testimonial from a programme, for advocacy."""

    program = ForeignKeyField(Program, backref="stories")
    title = CharField(default="")
    text = TextField(default="")
    author = CharField(default="")
    photo = BlobField(null=True)
    told_on = DateField(null=True)
    consent = BooleanField(default=False)  # the teller agreed that it (and its photo) be shown in public


# --- stock-take ----------------------------------------------------------------------------------


class StockTake(LocalModel):
    started_at = UtcDateTimeField()
    finished_at = UtcDateTimeField(null=True)
    location = CharField(default="")
    ddc_from = CharField(default="")
    ddc_to = CharField(default="")
    staff = CharField(default="")


class StockTakeScan(LocalModel):
    stocktake = ForeignKeyField(StockTake, backref="scans", on_delete="CASCADE")
    item = ForeignKeyField(Item, backref="stocktake_scans")
    at = UtcDateTimeField()

    class Meta:
        indexes = ((("stocktake", "item"), True),)


# --- sync with the district (core.sync): peers, conflicts, exceptions, district replicas ------------


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


class SyncPeer(LocalModel):
    """A site this one exchanges bundles with (the district, or at the district: each village)."""

    site = CharField(unique=True)
    kind = CharField(default="village")  # village | district
    code = CharField(default="")
    name = CharField(default="")
    kabupaten = CharField(default="")
    public_key = TextField()  # raw Ed25519 public key, base64
    status = CharField(default="active")  # pending | active | revoked
    enrolled_at = UtcDateTimeField()
    revoked_at = UtcDateTimeField(null=True)
    acked_seq = IntegerField(default=0)  # the highest of OUR change seqs the peer says it holds
    received_seq = IntegerField(default=0)  # the highest of the PEER's change seqs we hold
    snapshot_sent = BooleanField(default=False)
    last_bundle_at = UtcDateTimeField(null=True)  # when its last bundle was imported here
    last_bundle_made = UtcDateTimeField(null=True)  # when that bundle was made (sender's clock)
    last_bundle_id = CharField(default="")
    full_members = BooleanField(default=False)  # consent recorded: send full member records
    consent_note = TextField(default="")


class SyncBundleLog(LocalModel):
    """Every bundle made or read here, with its outcome (the inbox result table)."""

    bundle_id = CharField(index=True)
    direction = CharField()  # out | in
    peer = CharField(default="")
    file_name = CharField(default="")
    at = UtcDateTimeField()
    result = CharField()  # made | applied | already | rejected
    detail = TextField(default="")
    rows = IntegerField(default=0)


class SyncConflict(LocalModel):
    """A concurrent edit that lost under last-writer-wins; a librarian can reverse it."""

    at = UtcDateTimeField(index=True)
    entity = CharField()
    row_uid = CharField(index=True)
    field = CharField()
    kept_value = TextField(null=True)  # JSON
    kept_version = CharField()
    lost_value = TextField(null=True)  # JSON
    lost_version = CharField()
    peer = CharField(default="")
    status = CharField(default="open", index=True)  # open | accepted | reversed


class SyncException(LocalModel):
    """An impossible state found while importing (the same copy lent out twice): for a human."""

    at = UtcDateTimeField(index=True)
    kind = CharField()
    key = CharField(unique=True)
    detail = TextField(default="")
    status = CharField(default="open", index=True)  # open | resolved


class SyncReplica(LocalModel):
    """District side: the rows each village sent, as documents (FKs as uids, personal data only
    when that village opted in). Village data never mixes with the district's own tables."""

    uid = CharField(unique=True)
    site = CharField()
    entity = CharField()
    origin = CharField()
    version = CharField()
    deleted = BooleanField(default=False)
    data = TextField()  # JSON fields
    field_versions = TextField(default="")
    created = CharField(default="")  # the row's created_at / updated_at at the village (UTC text)
    updated = CharField(default="")
    received_at = UtcDateTimeField()

    class Meta:
        indexes = ((("entity", "site"), False),)


class UnionRecord(LocalModel):
    """District union catalogue: one row per distinct title (by ISBN, else title + author)."""

    key = CharField(unique=True)
    isbn = CharField(default="", index=True)
    title = TextField()
    authors = TextField(default="")
    publisher = CharField(default="")
    year = IntegerField(null=True)
    ddc = CharField(default="")
    data = TextField(default="{}")  # record fields for catalogue packs
    adopted = BooleanField(default=False)  # the district owns and edits it
    copies = IntegerField(default=0)
    available = IntegerField(default=0)
    villages = IntegerField(default=0)
    form = TextField(default="")  # the form shown (core.sync.union rule 6)
    district_fields = TextField(default="")  # JSON: the fields the district edited (they win)


class UnionLink(LocalModel):
    """A village record belonging to a union record (after dedup or a manual merge), with its match
    keys, its form, and its copies in stock (counts kept incrementally, see core.sync.union). A
    village's holding of a union record is the sum of its links' counts (migration 0013)."""

    record_uid = CharField(unique=True)
    union = ForeignKeyField(UnionRecord, backref="links", index=False)
    site = CharField(index=True)
    keys = TextField(default="")  # match keys, one a line
    form = TextField(default="")
    pinned = BooleanField(default=False)  # placed by a district merge/split: never re-keyed on its own
    copies = IntegerField(default=0)  # copies in stock
    available = IntegerField(default=0)
    stock = TextField(default="")  # JSON {arrival day: copies in stock}

    class Meta:
        # a union record's links and each village's holding of it, read from the index alone (0013)
        indexes = ((("union", "site", "copies", "available"), False),)


class UnionKey(LocalModel):
    """A match key held by a union record, with how many of its village records carry it."""

    key = CharField()
    union_id = IntegerField(index=True)
    n = IntegerField()

    class Meta:
        indexes = ((("key", "union_id"), True),)


class UnionForm(LocalModel):
    """A way a union record's village records are written, with its votes and its most complete data."""

    union_id = IntegerField()
    form = TextField()
    n = IntegerField()
    score = IntegerField()
    data = TextField()

    class Meta:
        indexes = ((("union_id", "form"), True),)


class UnionApart(LocalModel):
    """A district split: this village record must not rejoin that union record automatically."""

    record_uid = CharField()
    union_id = IntegerField()

    class Meta:
        indexes = ((("record_uid", "union_id"), True),)


class DistrictTally(LocalModel):
    """The district's figures as running sums per village, metric and local day (core.sync.tally)."""

    site = CharField()
    metric = CharField()
    day = CharField()
    key = CharField()
    value = IntegerField()

    class Meta:
        indexes = ((("site", "metric", "day", "key"), True),)  # read by village (migration 0012)


class UnionCopy(LocalModel):
    """A copy in a village, as of that village's last bundle (holdings and availability)."""

    item_uid = CharField(unique=True)
    record_uid = CharField(index=True)
    site = CharField(index=True)
    barcode = CharField(default="")
    status = CharField(default="available")
    deleted = BooleanField(default=False)
    arrived = CharField(default="")  # received_on, else the day it was catalogued (stock as of a day)


class CatalogPackEntry(LocalModel):
    """Village side: a union-catalogue record from the district, to copy when an ISBN is new here."""

    isbn = CharField(unique=True)
    data = TextField()


class GrantPackage(LocalModel):
    """A book-grant shipment catalogued once at the district (or received in a village)."""

    uid = CharField(unique=True)
    name = CharField()
    site = CharField(index=True)  # the receiving village
    created_at = UtcDateTimeField()
    data = TextField()  # JSON {"records": [...], "items": [...]}
    status = CharField(default="ready")  # ready | received (district) ; applied (village)
    received_at = UtcDateTimeField(null=True)


# --- the patrons' web catalogue (core.community.member_pin, core.catalog.digital) -----------------


class MemberPin(LocalModel):
    """A member's PIN for "Akun saya" in the web catalogue; stays on this PC, never synced."""

    member = ForeignKeyField(Member, unique=True, backref="web_pin")
    pin_hash = TextField()
    set_at = UtcDateTimeField()
    set_by = CharField(default="")
    failures = IntegerField(default=0)  # wrong PINs in a row
    locked_until = UtcDateTimeField(null=True)
    show_history = BooleanField(default=False)  # the member's choice: show my loan history on the web


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


WEB_LOCAL_MODELS: list[type[LocalModel]] = [MemberPin, DigitalFile, DigitalView]


class ReminderLog(LocalModel):
    """Who was reminded when (an overdue loan, a reservation ready), by which way; stays on this PC
    (it says who owes books: personal data)."""

    member = ForeignKeyField(Member, backref="reminders", index=True)
    kind = CharField()  # overdue | hold_ready
    channel = CharField()  # whatsapp | copied | letter
    at = UtcDateTimeField(index=True)
    staff = CharField(default="")
    detail = TextField(default="")  # JSON: the loans' or the reservation's barcodes and titles

SYNC_LOCAL_MODELS: list[type[LocalModel]] = [SyncPeer, SyncBundleLog, SyncConflict, SyncException, SyncReplica,
                                             UnionRecord, UnionLink, UnionCopy, UnionKey, UnionForm,
                                             UnionApart, DistrictTally, CatalogPackEntry, GrantPackage]

LOCAL_MODELS: list[type[LocalModel]] = [Setting, Staff, AuditLog, ChangeLog, StockTake, StockTakeScan, ReviewFlag,
                                        *SYNC_LOCAL_MODELS, *WEB_LOCAL_MODELS, ReminderLog]

# In dependency order: a row's foreign keys point to tables earlier in this list.
SYNC_MODELS: list[type[SyncModel]] = [
    LibraryProfile,
    Subject,
    CollectionType,
    Record,
    Item,
    MemberType,
    Member,
    LoanRule,
    Holiday,
    Loan,
    Hold,
    FineEntry,
    Visit,
    InLibraryUse,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Participant,
    Attendance,
    Story,
]

ALL_MODELS: list[type[BaseModel]] = [Setting, Staff, AuditLog, ChangeLog, *SYNC_MODELS, StockTake, StockTakeScan,
                                     ReviewFlag,
                                     *SYNC_LOCAL_MODELS, *WEB_LOCAL_MODELS, ReminderLog]

ENTITY: dict[str, type[SyncModel]] = {m._meta.table_name: m for m in SYNC_MODELS}
