"""The overdue list: loans past their due date with days late and the fine so far, per loan or per
member, and the reminder a librarian sends (``reminders`` makes it a WhatsApp link or a letter)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import OperationalError

from ..community.members import home_address
from ..formatting import format_day, format_money
from ..service import Library
from ..store.clock import local_today
from ..store.models import Item, Loan, Member, Record
from .member_loans import loan_lines


@dataclass
class OverdueLine:
    loan_id: int
    member_id: int
    member_number: str
    member_name: str
    phone: str
    barcode: str
    title: str
    due_on: date
    days_late: int
    fine_so_far: int


@dataclass
class OverdueMember:
    member_id: int
    number: str
    name: str
    phone: str
    address: str
    lines: list[OverdueLine]

    @property
    def total_fine(self) -> int:
        return sum(line.fine_so_far for line in self.lines)

    @property
    def most_days_late(self) -> int:
        return max(line.days_late for line in self.lines)


def _open_loan_ids(lib: Library, where: str, params: tuple, order: str = "", tail: str = "") -> list:
    """Open loans through the partial index ``loan_open_due`` (a few thousand open loans among
    hundreds of thousands returned); falls back to a plain scan on a database without it."""
    sql = ("SELECT {what} FROM loan {hint} WHERE returned_at IS NULL AND deleted = 0 AND " + where
           + (" ORDER BY " + order if order else "") + tail)
    try:
        return lib.db.execute_sql(sql.format(what="id" if order else "COUNT(*)",
                                             hint="INDEXED BY loan_open_due"), params).fetchall()
    except OperationalError:
        return lib.db.execute_sql(sql.format(what="id" if order else "COUNT(*)", hint=""), params).fetchall()


def overdue(lib: Library, offset: int = 0, limit: int | None = None, min_days: int = 1) -> list[OverdueLine]:
    """Loans past their due date, most late first, with days late and the fine so far (paged with
    ``offset``/``limit``)."""
    today = local_today(lib.clock)
    tail = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    ids = [i for (i,) in _open_loan_ids(lib, "due_on <= ?", ((today - timedelta(days=min_days)).isoformat(),),
                                        order="due_on, id", tail=tail)]
    if not ids:
        return []
    query = (Loan.select(Loan, Item.barcode, Record.title, Member.member_type.alias("mtype_id"), Member.number,
                         Member.name, Member.phone, Item.collection_type.alias("ctype_id"))
             .join(Item, on=(Loan.item == Item.id))
             .join(Record, on=(Item.record == Record.id))
             .switch(Loan).join(Member, on=(Loan.member == Member.id))
             .where(Loan.id.in_(ids))
             .order_by(Loan.due_on, Loan.id))
    out = []
    for row, line, _ in loan_lines(lib, query, today):
        out.append(OverdueLine(row.id, row.member_id, row.number, row.name, row.phone, line.barcode, line.title,
                               line.due_on, line.days_late, line.fine_so_far))
    return out


def overdue_count(lib: Library) -> int:
    """How many loans are past their due date."""
    today = local_today(lib.clock)
    return _open_loan_ids(lib, "due_on < ?", (today.isoformat(),))[0][0]


def overdue_by_member(lib: Library) -> list[OverdueMember]:
    """The overdue list grouped per member (for reminders), the latest borrowers first."""
    groups: dict[int, OverdueMember] = {}
    lines = overdue(lib)
    # (the letter goes to their home: the address with its RT/RW and village, kept in fields of their own)
    addresses = {member_id: home_address(address, rt_rw, village) for member_id, address, rt_rw, village in
                 Member.select(Member.id, Member.address, Member.rt_rw, Member.village)
                 .where(Member.id.in_({line.member_id for line in lines})).tuples()} if lines else {}
    for line in lines:
        group = groups.get(line.member_id)
        if group is None:
            group = groups[line.member_id] = OverdueMember(line.member_id, line.member_number, line.member_name,
                                                           line.phone, addresses.get(line.member_id, ""), [])
        group.lines.append(line)
    return sorted(groups.values(), key=lambda g: (-g.most_days_late, g.name))


def reminder_text(lib: Library, entry: OverdueMember) -> str:
    """A polite, ready-to-send WhatsApp/SMS reminder in Indonesian (patrons read Indonesian)."""
    library = lib.profile.name if lib.profile else "Perpustakaan"
    phone = lib.profile.phone if lib.profile and lib.profile.phone else ""
    # the due day with its weekday: "Sabtu, 21 November" is a day the patron remembers, a date alone is not
    books = "\n".join(f"- {line.title} (batas kembali {format_day(line.due_on, 'id')}; terlambat {line.days_late} hari)"
                      for line in entry.lines)
    text = (f"Yth. {entry.name},\n"
            f"Kami dari {library} ingin mengingatkan dengan hormat bahwa buku berikut sudah melewati "
            f"tanggal kembali:\n{books}\n")
    if entry.total_fine:
        text += f"Denda sampai hari ini: {format_money(entry.total_fine)}.\n"
    text += "Mohon buku dikembalikan atau diperpanjang di perpustakaan pada jam buka. "
    if phone:
        text += f"Pertanyaan dapat disampaikan ke {phone}. "
    text += "Terima kasih atas perhatiannya."
    return text
