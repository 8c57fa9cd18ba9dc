"""The tables of this PC's own bookkeeping (settings, staff, the audit log, the change log sync reads)
and the library's profile."""

from __future__ import annotations

from peewee import BlobField, BooleanField, CharField, IntegerField, TextField

from .models_base import LocalModel, SyncModel, UtcDateTimeField

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

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # the library file this account was read from: with two libraries open at once (the district, a test),
        # the check that it is still active (core.auth.account_change) asks that file, not the one bound now
        self.read_from = type(self)._meta.database


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
