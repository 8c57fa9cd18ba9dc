"""Circulation's tables: loan rules, holidays, loans, reservations, the fines ledger, who was reminded, and who took
each book back or renewed it."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from .models_base import LocalModel, SyncModel, UtcDateTimeField
from .models_catalogue import CollectionType, Item, Record
from .models_community import Member, MemberType


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


class ReminderLog(LocalModel):
    """Who was reminded when (an overdue loan, a reservation ready), by which way; stays on this PC
    (it says who owes books: personal data)."""

    member = ForeignKeyField(Member, backref="reminders", index=True)
    kind = CharField()  # overdue | hold_ready
    channel = CharField()  # whatsapp | copied | letter
    at = UtcDateTimeField(index=True)
    staff = CharField(default="")
    detail = TextField(default="")  # JSON: the loans' or the reservation's barcodes and titles


class LoanEvent(LocalModel):
    """Who took a loan's book back, or renewed it, and when (core/circulation/loan_events.py). A local table, keyed
    by the loan's uid: the loan row travels to the district, and a new field on it would make a hub not yet
    updated refuse the village's bundles; who was at the desk is this library's own bookkeeping."""

    loan_uid = CharField(index=True)
    kind = CharField()  # return | renew
    at = UtcDateTimeField()
    staff = CharField(default="")  # the account as Loan.staff names it ("sari", "cli:perpus", "patron:0012")
