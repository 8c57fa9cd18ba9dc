"""The tables of sync with the district (core.sync), all on this PC only: peers, bundles, conflicts,
exceptions, the district's replicas of village rows, its union catalogue and tallies, catalogue packs
and book grants."""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from .models_base import LocalModel, UtcDateTimeField


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


class UnionArabicWord(LocalModel):
    """A word in Arabic letters of the union catalogue's word index (core.sync.dialect.arabic_words): a name typed
    in Latin letters is looked up among them. Added as the words are indexed, never taken out."""

    word = CharField(unique=True)


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
