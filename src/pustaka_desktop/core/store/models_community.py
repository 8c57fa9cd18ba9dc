"""The community's tables: members and their types, the visitor book, programmes (partners, sessions,
participants, attendance, stories), and members' web PINs."""

from __future__ import annotations

from peewee import BlobField, BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from .models_base import LocalModel, SyncModel, UtcDateTimeField
from .models_catalogue import Item

# --- members -------------------------------------------------------------------------------------


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


class MemberFromBefore(LocalModel):
    """A member an import brought without a registration date (``core.community.members_from_before``): a member
    from before Pustaka, never a new one. ``stand_in`` is the date the import wrote in ``registered_on`` (the card
    needs one); once the member's date is another (the real one typed), the row says nothing any more. A local
    table: a new field on the synced member would make a hub not yet updated refuse the village's bundles."""

    member_uid = CharField(unique=True)
    stand_in = DateField()


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
    cancelled = BooleanField(default=False)  # called off (rain, a funeral): kept to be reported, never held
    cancel_reason = CharField(default="")


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


# --- the patrons' web catalogue (core.community.member_pin) --------------------------------------


class MemberPin(LocalModel):
    """A member's PIN for "Akun saya" in the web catalogue; stays on this PC, never synced."""

    member = ForeignKeyField(Member, unique=True, backref="web_pin")
    pin_hash = TextField()
    set_at = UtcDateTimeField()
    set_by = CharField(default="")
    failures = IntegerField(default=0)  # wrong PINs in a row
    locked_until = UtcDateTimeField(null=True)
    show_history = BooleanField(default=False)  # the member's choice: show my loan history on the web
