"""The audit log read by a village head or a new librarian ("who did what last month?"): every action the
program can write has words, every detail it writes has words, who did it and what it is about are named,
never shown as codes, JSON or uids; and a barcode, a member or a volunteer's name finds their entries."""

from __future__ import annotations

import ast
import dataclasses
import functools
from pathlib import Path

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core import audit_log, auth
from pustaka_desktop.core.audit_describe import (
    HIDDEN,
    PARTS_OF,
    PHRASES,
    SENTENCES,
    YES_NO,
    _fields,
    describe,
)
from pustaka_desktop.core.audit_names import (
    ACTION_NAMES,
    ATTEMPT_NAMES,
    ENTITY_NAMES,
    PREFIX_NAMES,
    actor_name,
    attempt_name,
)
from pustaka_desktop.core.catalog import copies
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.circulation import fines
from pustaka_desktop.core.circulation.loan_rules import CirculationOptions
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.interop import import_undo

SRC = Path(__file__).resolve().parents[2] / "src" / "pustaka_desktop"

# The codes written with a value in them, and every value that value can take.
EXPANSIONS = {
    "session.{change}": [f"session.{change}" for change in auth.SIGN_IN_AGAIN],
    "{kind}.throttled": ["login.throttled", "pin.throttled", "recovery.throttled"],  # log-in, PIN (the kiosk too), recovery
}
# Details passed as **a_dict: the keys that dict can hold.
SPREAD = {"changes": [f.name for f in dataclasses.fields(CirculationOptions)],
          "removed": list(import_undo._AUDITED.values()),  # (an import undo's counts)
          "moved": ["moved_loans", "moved_holds"]}  # (a closure's loans and holds moved past it, when any)


@pytest.fixture(autouse=True)
def in_english():
    i18n.install("en")  # the source words; the Indonesian ones are in translations/
    yield
    i18n.install("id")


@functools.cache  # (every source file read and parsed once a run, not once for each test that asks)
def _calls() -> tuple[list[tuple[str, ast.Call]], list[tuple[str, ast.Call]]]:
    """``_audit_calls`` and ``_recorded_details``, from one reading of the program."""
    audits, recorded = [], []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) >= 3:
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "audit":
                    audits.append((f"{path.relative_to(SRC)}:{node.lineno}", node))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "detail":
                spread = [ast.keyword(arg=None, value=arg) for arg in node.args]  # (a dict passed whole)
                recorded.append((f"{path.relative_to(SRC)}:{node.lineno}",
                                 ast.Call(node.func, [], [*node.keywords, *spread])))
    return audits, recorded


def _audit_calls() -> list[tuple[str, ast.Call]]:
    """Every call of auth.audit in the program, as (file:line, its call node)."""
    return _calls()[0]


def _codes(node: ast.AST, where: str) -> list[str]:
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _codes(node.body, where) + _codes(node.orelse, where)
    if isinstance(node, ast.JoinedStr):
        pattern = "".join(v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}"
                          for v in node.values)
        if pattern.startswith("catalog.item."):
            return [pattern]  # PREFIX_NAMES: "Copy marked as {value}"
        assert pattern in EXPANSIONS, f"{where}: say in EXPANSIONS what {pattern} can be"
        return EXPANSIONS[pattern]
    if isinstance(node, ast.Name):
        return []  # a code passed on (auth.audit itself)
    raise AssertionError(f"{where}: the audit action {ast.unparse(node)} cannot be read by this test")


def _detail_keys(node: ast.Call, where: str) -> list[str]:
    keys = []
    for keyword in node.keywords:
        if keyword.arg is not None:
            keys.append(keyword.arg)
        elif isinstance(keyword.value, ast.DictComp):  # **{k: v for ... if k in ("a", "b")}
            tuples = [n for n in ast.walk(keyword.value) if isinstance(n, ast.Tuple)]
            keys += [e.value for t in tuples for e in t.elts if isinstance(e, ast.Constant)]
        elif isinstance(keyword.value, ast.Name) and keyword.value.id in SPREAD:
            keys += SPREAD[keyword.value.id]
        elif not (isinstance(keyword.value, ast.Name) and keyword.value.id == "detail"):
            raise AssertionError(f"{where}: say in SPREAD which details **{ast.unparse(keyword.value)} holds")
    return keys


def test_every_action_the_program_writes_has_a_name():
    written = {code for where, call in _audit_calls() for code in _codes(call.args[2], where)}
    assert {"denied", "staff.disable", "pin.failed", "member_pin.failed", "session.role",
            "programs.cancel_session", "stocktake.decide", "circulation.holiday_add"} <= written  # the scan sees them
    unnamed = sorted(c for c in written
                     if c not in ACTION_NAMES and not any(c.startswith(p) for p in PREFIX_NAMES))
    assert not unnamed, f"add these to core/audit_names.py ACTION_NAMES: {unnamed}"


def _recorded_details() -> list[tuple[str, ast.Call]]:
    """The counts an import gives its audit line through ``undoable_import.recorded`` (``detail.update(...)``), as
    the keywords of one call."""
    return _calls()[1]


def test_the_imports_written_through_recorded_are_seen():
    assert len({where.split(":")[0] for where, _ in _recorded_details()}) == 4  # members, loans, history, visits


def test_every_detail_the_program_writes_has_words():
    unworded = set()
    for where, call in _recorded_details():
        unworded |= {f"{key} ({where})" for key in _detail_keys(call, where)
                     if key not in PHRASES and key not in YES_NO and key not in HIDDEN and key not in PARTS_OF}
    for where, call in _audit_calls():
        sentence_fields = set().union(*(_fields(SENTENCES[c]) for c in _codes(call.args[2], where) if c in SENTENCES))
        for key in _detail_keys(call, where):
            if key not in PHRASES and key not in YES_NO and key not in HIDDEN and key not in PARTS_OF \
                    and key not in sentence_fields:
                unworded.add(f"{key} ({where})")
    assert not unworded, f"add phrases to core/audit_describe.py PHRASES: {sorted(unworded)}"


def test_every_kind_of_thing_an_entry_is_about_has_a_name():
    kinds = {call.args[3].value for _where, call in _audit_calls()
             if len(call.args) > 3 and isinstance(call.args[3], ast.Constant) and call.args[3].value}
    assert {"member", "stocktake", "participant"} <= kinds
    assert sorted(kinds - ENTITY_NAMES.keys()) == []


def test_every_guarded_action_has_words_for_a_refusal():
    assert sorted(set(auth.PERMISSIONS) - ATTEMPT_NAMES.keys()) == []
    assert attempt_name("circulation.checkout", i18n.translate) == "lend a book"


def test_who_did_it_reads_as_a_person_or_a_place():
    known = {"sari": "Sari Wulandari", "patron:SKM-A00014": "Andi Sembiring"}
    assert actor_name("cli:perpus", i18n.translate, known) == "command line (computer account perpus)"
    assert actor_name("sari", i18n.translate, known) == "Sari Wulandari (sari)"
    assert actor_name("patron:SKM-A00014", i18n.translate, known) == \
        "member SKM-A00014 Andi Sembiring on the web catalogue"
    assert actor_name("web:door", i18n.translate, known) == "door sign-in tablet"
    assert actor_name("", i18n.translate, known) == "nobody signed in"
    assert actor_name("tamu", i18n.translate, known) == "tamu"  # a wrong user name typed at the log-in


def _a_day(lib, librarian, volunteer):
    """Volunteer Sari tries to waive a fine; the librarian marks a copy lost, lends it against the rules,
    blocks a member; a member reserves on the web catalogue."""
    record = catalog.add_record(lib, librarian, title="Laskar Pelangi").record
    item = copies.add_item(lib, librarian, record, barcode="UJI000777")
    member = members.register(lib, librarian, name="Andi Sembiring", member_type="Umum")
    with pytest.raises(PustakaError):
        fines.waive(lib, volunteer, member, 1000, "kasihan")
    copies.mark_lost(lib, librarian, item, note="hilang di rak")
    members.block(lib, librarian, member, "belum mengembalikan buku")
    auth.audit(lib, librarian, "circulation.override", "item", item.uid, what="checkout",
               reasons=["member_blocked", "copy_lost"], desk="relawan", barcode=item.barcode, member=member.number)
    auth.audit(lib, f"patron:{member.number}", "web.hold", "record", record.uid, record=record.uid)
    return member, item


def test_refusals_and_overrides_read_as_sentences(lib, librarian, volunteer):
    member, _item = _a_day(lib, librarian, volunteer)
    rows = {row.action: row for row in audit_log.page(lib, librarian)}
    said = {action: describe(action, row.detail, i18n.translate) for action, row in rows.items()}
    assert said["denied"] == "Refused: waive a fine is not allowed for the role Volunteer."
    assert said["circulation.override"] == ("A librarian allowed a loan that the rules refused; the rules said: "
                                            "member blocked, copy marked lost, at the desk: relawan, copy UJI000777, "
                                            f"member {member.number}.")
    assert rows["web.hold"].entity_uid not in said["web.hold"]  # never a uid


def test_each_entry_names_what_it_is_about_and_who_did_it(lib, librarian, volunteer):
    member, item = _a_day(lib, librarian, volunteer)
    rows = {row.action: row for row in audit_log.page(lib, librarian)}
    assert rows["members.block"].about == f"{member.number} Andi Sembiring"
    assert rows["catalog.item.lost"].about == "UJI000777 “Laskar Pelangi”"
    assert rows["web.hold"].about == "“Laskar Pelangi”"
    assert rows["denied"].full_name == "Relawan Satu"
    assert rows["web.hold"].full_name == "Andi Sembiring"
    assert actor_name(rows["web.hold"].username, i18n.translate, {rows["web.hold"].username: "Andi Sembiring"}) == \
        f"member {member.number} Andi Sembiring on the web catalogue"


def test_a_barcode_a_member_or_a_volunteers_name_finds_their_entries(lib, librarian, volunteer):
    member, item = _a_day(lib, librarian, volunteer)

    def found(text):
        return sorted(row.action for row in audit_log.page(lib, librarian, audit_log.AuditFilter(text=text)))

    assert found("UJI000777") == ["catalog.item.lost", "circulation.override"]  # who let this book go?
    assert found("andi sembiring") == ["members.block"]
    assert found(member.number) == ["circulation.override", "members.block", "web.hold"]
    assert found("Relawan Satu") == ["circulation.override", "denied", "staff.create"]  # what did she do?
