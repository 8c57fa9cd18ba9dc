"""What a members import found and will do (``MemberImportPlan``: the counts, the members to add and the
changes to write), and its report: the figures for --json and the audit log, the sentences the librarian
reads (``notes``). ``member_import`` makes the plan and writes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from . import changed_here, slims_backup_members, slims_pictures
from .member_values import SET_ASIDE
from .types import BadRow, Translate


@dataclass
class MemberImportPlan:
    path: str
    rows: int = 0
    add: int = 0
    update: int = 0
    unchanged: int = 0
    bad: list[BadRow] = field(default_factory=list)
    set_aside: list[BadRow] = field(default_factory=list)  # a value kept in the member's notes (the member came in)
    notices: list[BadRow] = field(default_factory=list)  # said of the file, not of a member: a sheet not read, totals
    # a member of their own who shares a NIK, phone or address (or the name alone) with somebody of another birth
    # date or name: possibly one person, for the librarian to look at (``member_identity``)
    possible_duplicates: list[BadRow] = field(default_factory=list)
    merged: list[BadRow] = field(default_factory=list)  # a row of a member an earlier row lists: folded into it
    zeros_put_back: list[tuple[str, str]] = field(default_factory=list)  # (as written, the member's number)
    short_numbers: list[str] = field(default_factory=list)  # new, shorter than the library's numbers with zeros
    # (name, number) of each row that is somebody already a member here: named in the report, so the librarian
    # knows whose card she has not to print again (a class list's pupils registered last year)
    already_members: list[tuple[str, str]] = field(default_factory=list)
    kept_here: list[tuple[str, str]] = field(default_factory=list)  # (name, number): details changed here kept
    numbering: str = ""  # a number of the library's (six digits with zeros in front), for the report
    inactive: int = 0  # new members INLISLite did not lend to (its Status Keanggotaan): they come in blocked
    pending: int = 0  # new members whose membership SLiMS held pending (it lends them nothing): they come in blocked
    # new members the file gives no registration date: members from before Pustaka, never new (members_from_before)
    from_before: int = 0
    new_member_types: list[str] = field(default_factory=list)
    untyped: int = 0  # new members the file gives no member type: they come in as ``untyped_as`` (said)
    untyped_as: str = ""
    # each member type's loan terms as the file gives them (a SLiMS backup), by name
    type_terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    adopted_member_types: list[str] = field(default_factory=list)  # starting rules replaced by the file's
    terms_from: str = "SLiMS"  # whose loan terms they are: "INLISLite" from its backup
    loan_rules: list[slims_backup_members.SlimsRule] = field(default_factory=list)  # SLiMS's, new here
    applied: bool = False
    new_rows: list[dict[str, Any]] = field(default_factory=list, repr=False)
    photo_files: list[tuple[str, str]] = field(default_factory=list, repr=False)  # (member number, SLiMS's file)
    photos: slims_pictures.PictureReport | None = None  # with a pictures folder
    updates: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def changes(self) -> int:
        return (self.add + self.update + len(self.adopted_member_types) + len(self.loan_rules)
                + (self.photos.attached if self.photos is not None else 0))

    @property
    def left_out(self) -> int:
        """The rows refused (as a history import's ``left_out``, for the CLI's exit code)."""
        return len(self.bad)

    def summary(self) -> dict[str, Any]:
        """Its figures, for --json and the audit log: counts and codes only. The notices are sentences, which
        the caller adds in the user's language (``notice.line(translate)``): here they came out in English."""
        return {"format": "slims-members", "file": self.path, "rows": self.rows, "add": self.add,
                "update": self.update, "unchanged": self.unchanged, "bad_rows": len(self.bad),
                "set_aside": len(self.set_aside), "possible_duplicates": len(self.possible_duplicates),
                "merged": len(self.merged), "zeros_put_back": len(self.zeros_put_back),
                "short_numbers": len(self.short_numbers), "kept_here": len(self.kept_here),
                "from_before": self.from_before,
                "already_members": [{"number": number, "name": name} for name, number in self.already_members],
                "new_member_types": self.new_member_types, "untyped": self.untyped,
                "adopted_member_types": self.adopted_member_types,
                "loan_rules": len(self.loan_rules), "applied": self.applied,
                "photos": self.photos.summary() if self.photos is not None else None}

    def notes(self, translate: Translate) -> list[str]:
        """What the import does to member types and loan rules, one line each (the CLI and the page)."""
        lines = [self.already_line(translate)] if self.already_members else []
        if self.new_member_types:
            lines.append(translate("Import", NEW_TYPES).format(names=", ".join(self.new_member_types)))
        if self.adopted_member_types:
            adopted = INLIS_ADOPTED_TYPES if self.terms_from == "INLISLite" else ADOPTED_TYPES
            lines.append(translate("Import", adopted).format(names=", ".join(self.adopted_member_types)))
        if self.loan_rules:
            lines.append(translate("Import", LOAN_RULES).format(
                rules=", ".join(f"{r.member_type} – {r.collection_type}" for r in self.loan_rules)))
        if self.kept_here:
            lines.append(translate("Import", changed_here.MEMBERS_KEPT).format(
                count=format_number(len(self.kept_here)),
                names=", ".join(f"{name} ({number})" for name, number in self.kept_here[:ROWS_LISTED])))
        if self.zeros_put_back:
            written, number = self.zeros_put_back[0]
            lines.append(translate("Import", ZEROS_PUT_BACK).format(
                count=format_number(len(self.zeros_put_back)), written=written, number=number))
        if self.short_numbers:
            lines.append(translate("Import", SHORT_NUMBERS).format(
                count=format_number(len(self.short_numbers)), written=", ".join(self.short_numbers[:3]),
                number=self.numbering))
        if self.merged:
            lines.append(translate("Import", MERGED_ROWS).format(count=format_number(len(self.merged))))
            lines += _listed(self.merged, translate)
        if self.set_aside:
            lines.append(translate("Import", SET_ASIDE).format(count=format_number(len(self.set_aside))))
            lines += _listed(self.set_aside, translate)
        if self.possible_duplicates:
            lines.append(translate("Import", POSSIBLE_DUPLICATES).format(
                count=format_number(len(self.possible_duplicates))))
            lines += [row.line(translate) for row in self.possible_duplicates]
        if self.untyped:
            lines.append(translate("Import", UNTYPED).format(count=format_number(self.untyped), type=self.untyped_as))
        if self.from_before:
            lines.append(translate("Import", FROM_BEFORE).format(count=format_number(self.from_before)))
        lines += [notice.line(translate) for notice in self.notices]
        if self.photos is not None:
            lines += self.photos.notes(translate, "photos")
        elif self.photo_files:
            lines.append(translate("Import", NAMED_PHOTOS).format(count=format_number(len(self.photo_files))))
        return lines

    def already_line(self, translate: Translate) -> str:
        """Who of the list was a member here already, by name and card number; a long list is cut short."""
        names = ", ".join(f"{name} ({number})" for name, number in self.already_members[:ROWS_LISTED])
        if len(self.already_members) > ROWS_LISTED:
            names += " " + translate("Import", AND_MORE).format(
                count=format_number(len(self.already_members) - ROWS_LISTED))
        return translate("Import", ALREADY_MEMBERS).format(count=format_number(len(self.already_members)),
                                                          names=names)


def _listed(rows: list[BadRow], translate: Translate) -> list[str]:
    lines = [row.line(translate) for row in rows[:ROWS_LISTED]]
    if len(rows) > ROWS_LISTED:
        lines.append(translate("Import", "… and {count} more.").format(count=format_number(len(rows) - ROWS_LISTED)))
    return lines


ROWS_LISTED = 10  # the values set aside named one by one in the report; the rest counted
ALREADY_MEMBERS = QT_TRANSLATE_NOOP("Import", "Already members here ({count}): {names}.")
FROM_BEFORE = QT_TRANSLATE_NOOP(
    "Import", "{count} member(s) in the list have no registration date: they count as members from before Pustaka, "
              "never as new members of a month (their card shows the import day until the real date is typed on "
              "the Members page).")
AND_MORE = QT_TRANSLATE_NOOP("Import", "and {count} more")
ZEROS_PUT_BACK = QT_TRANSLATE_NOOP("Import", "{count} member number(s) had lost the zeros in front ({written} → {number}): "
                                             "taken as those members.")
SHORT_NUMBERS = QT_TRANSLATE_NOOP(
    "Import", "{count} new member number(s) are shorter than this library's (as {number}), as if a spreadsheet had "
              "dropped their zeros in front: {written}. Kept as written; check them against the members' cards.")
MERGED_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{count} row(s) list a member an earlier row lists too: each was taken into that member (what only it "
              "had fills the empty fields, what differs is kept in the member's notes).")
NEW_TYPES = QT_TRANSLATE_NOOP("Import", "New member types: {names}")
UNTYPED = QT_TRANSLATE_NOOP(
    "Import", "{count} new member(s) have no member type in the file: they come in as {type}, with its loan terms. "
              "Change the type on the Members page where it is not right.")
ADOPTED_TYPES = QT_TRANSLATE_NOOP("Import", "Member types that take SLiMS's loan terms (books, days, fines) instead of "
                                            "the starting rules: {names}")
INLIS_ADOPTED_TYPES = QT_TRANSLATE_NOOP("Import", "Member types that take INLISLite's loan terms (books, days, fines) "
                                                  "instead of the starting rules: {names}")
NAMED_PHOTOS = QT_TRANSLATE_NOOP("Import", "The file names {count} member photos: they come in when SLiMS's images "
                                           "folder (images/persons) is chosen too.")
POSSIBLE_DUPLICATES = QT_TRANSLATE_NOOP(
    "Import", "{count} member(s) are possibly the same person as another (the same name with the same NIK, phone or "
              "address, but another birth date; or the same NIK under another name): each came in as a member of "
              "their own, never merged. Check them on the Members page.")
LOAN_RULES = QT_TRANSLATE_NOOP("Import", "SLiMS's loan rules (a member type borrowing a collection type on other "
                                         "terms): {rules}")
