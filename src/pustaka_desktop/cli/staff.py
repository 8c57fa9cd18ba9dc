"""Staff accounts from the command line: ``pustaka-cli staff list|add|reset|role|deactivate|activate|recovery-code``
(a librarian, logged in with --user), ``staff password`` (anyone logged in with --user: her own) and ``pustaka-cli staff recover --code CODE --user NAME`` (anyone holding
the library's recovery code, when no librarian can log in; core.recovery).

A new password is asked twice on a terminal, or read from $PUSTAKA_NEW_PASSWORD ($PUSTAKA_PASSWORD is the
acting librarian's own, as for every command). Unlike other commands, managing staff needs a real librarian
login: the PC's operator (no --user) may be a volunteer at the shared Windows account, who must not be able
to make herself a librarian.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..core import auth, handover, recovery
from ..core.errors import PermissionDenied
from ..core.formatting import format_datetime
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.store.models import Staff
from . import common
from .common import translate

NEW_PASSWORD_ENV = "PUSTAKA_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="staff accounts: list, add, reset a password, deactivate; the recovery code")
    actions = p.add_subparsers(dest="staff_action", required=True, metavar="ACTION")
    common.command(actions, "list", cmd_list, json=True, help="every staff account, its role and whether it is active")
    q = common.command(actions, "add", cmd_add, help="a new account (the password asked twice, or "
                                                     "$PUSTAKA_NEW_PASSWORD)")
    q.add_argument("username", metavar="USER")
    q.add_argument("--role", choices=auth.ROLES, default=auth.VOLUNTEER)
    q.add_argument("--full-name", default="")
    q.add_argument("--pin", help="a PIN for librarian overrides (digits)")
    q = common.command(actions, "reset", cmd_reset, help="a new password for an account (asked twice, or "
                                                         "$PUSTAKA_NEW_PASSWORD)")
    q.add_argument("username", metavar="USER")
    q.add_argument("--pin", help="a new PIN as well (digits)")
    q = common.command(actions, "role", cmd_role, help="make an account a librarian or a volunteer (a new "
                                                       "librarian taking over, a volunteer trusted with more)")
    q.add_argument("username", metavar="USER")
    q.add_argument("role", choices=auth.ROLES, metavar="ROLE", help="librarian or volunteer")
    common.command(actions, "password", cmd_password,
                   help="choose your own password (the account given with --user; the new one asked twice, or "
                        "$PUSTAKA_NEW_PASSWORD)")
    q = common.command(actions, "deactivate", cmd_deactivate,
                       help="someone who left: no more log-ins, their name stays on what they did")
    q.add_argument("username", metavar="USER")
    q = common.command(actions, "activate", cmd_activate, help="let a deactivated account log in again")
    q.add_argument("username", metavar="USER")
    common.command(actions, "recovery-code", cmd_recovery_code,
                   help="make a new recovery code (the old one stops working); print it and keep it with the "
                        "village office")
    q = common.command(actions, "recover", cmd_recover,
                       help="no librarian can log in: with the recovery code, a new password for a librarian "
                            "account (or a new librarian account)")
    q.add_argument("--code", required=True, help="the library's recovery code")
    q.add_argument("--user", dest="account", required=True, metavar="NAME", help="the librarian account")
    q.add_argument("--new-account", action="store_true", help="make NAME as a new librarian account")
    q.add_argument("--full-name", default="", help="the new account's full name")


def _librarian(args: argparse.Namespace) -> Staff:
    """The librarian logged in with --user; the PC's operator alone is not enough here (see the docstring)."""
    lib = common.open_library(args)
    common.require_initialised(lib)
    if not args.user:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "Staff accounts are managed by a librarian: add --user NAME (the password from "
                      "$PUSTAKA_PASSWORD or asked). No librarian can log in? See: pustaka-cli staff recover --help"))
    by = common.acting_user(lib, args)
    auth.require(by, "staff.manage")
    return by


def _new_password() -> str | None:
    """The new password from $PUSTAKA_NEW_PASSWORD, or typed twice on a terminal; None (after saying why)
    when neither is possible or the two differ."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        print(translate("cli", "Give the new password in $PUSTAKA_NEW_PASSWORD, or run this on a terminal to "
                               "type it."), file=sys.stderr)
        return None
    password = getpass.getpass(translate("cli", "New password: "))
    if getpass.getpass(translate("cli", "The new password again: ")) != password:
        print(translate("cli", "The two passwords are not the same. Nothing was changed."), file=sys.stderr)
        return None
    return password


def _role_name(role: str) -> str:
    return translate("Roles", auth.ROLE_NAMES.get(role, role))


def cmd_list(args: argparse.Namespace) -> int:
    _librarian(args)

    def as_json(staff: Staff) -> dict:
        return {"username": staff.username, "full_name": staff.full_name, "role": staff.role,
                "active": staff.active, "created_at": staff.created_at.isoformat(),
                "last_login_at": staff.last_login_at.isoformat() if staff.last_login_at else None}

    def show(staff: Staff) -> None:
        state = translate("cli", "active") if staff.active else translate("cli", "deactivated")
        last = format_datetime(staff.last_login_at) if staff.last_login_at else "-"
        print(translate("cli", "{user}  {name}  {role}, {state}, last log-in {last}").format(
            user=staff.username, name=staff.full_name or "-", role=_role_name(staff.role), state=state, last=last))

    return common.print_rows(args, auth.staff_list(), as_json, translate("cli", "No staff accounts."), show)


def cmd_add(args: argparse.Namespace) -> int:
    by = _librarian(args)
    password = _new_password()
    if password is None:
        return 2
    lib = common.open_library(args)
    staff = auth.add_staff(lib, by, args.username, password, args.role, full_name=args.full_name, pin=args.pin)
    print(translate("cli", "Account {user} made ({role}).").format(user=staff.username, role=_role_name(staff.role)))
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    by = _librarian(args)
    staff = auth.account_named(args.username)
    password = _new_password()
    if password is None:
        return 2
    auth.reset_secret(common.open_library(args), by, staff, password=password, pin=args.pin)
    print(translate("cli", "New password set for {user}.").format(user=staff.username))
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    by = _librarian(args)
    staff = auth.account_named(args.username)
    auth.set_role(common.open_library(args), by, staff, args.role)
    print(translate("cli", "{user} is now: {role}.").format(user=staff.username, role=_role_name(args.role)))
    return 0


def cmd_password(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    if not args.user:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Whose password? Add --user NAME (the current password "
                                                           "from $PUSTAKA_PASSWORD or asked)."))
    current = os.environ.get("PUSTAKA_PASSWORD")
    if current is None:
        current = common.typed_password(args.user)
    staff = auth.login(lib, args.user, current)
    password = _new_password()
    if password is None:
        return 2
    auth.choose_own_password(lib, staff, current, password)
    print(translate("cli", "Your new password is saved, {user}.").format(user=staff.username))
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    by = _librarian(args)
    staff = auth.account_named(args.username)
    lib = common.open_library(args)
    auth.set_active(lib, by, staff, False)
    print(common.hint(args, translate("cli", "{user} can no longer log in; their name stays on what they did. Undo with: "
                                             "pustaka-cli staff activate {user}").format(user=staff.username)))
    for message, values in handover.notes(lib, staff):  # a librarian replaced: what is left to do
        print(translate("Handover", message).format(**values))
    return 0


def cmd_activate(args: argparse.Namespace) -> int:
    by = _librarian(args)
    staff = auth.account_named(args.username)
    auth.set_active(common.open_library(args), by, staff, True)
    print(translate("cli", "{user} can log in again.").format(user=staff.username))
    return 0


def print_code(code: str) -> None:
    """The recovery code, shown once, with what to do with it."""
    print(translate("cli", "Recovery code: {code}").format(code=code))
    print(translate("cli", "Write it down or print it now and keep it with the village office (kepala desa), away "
                           "from the desk: it is shown only once. With it, a new librarian can get back in when "
                           "no librarian can log in."))


def cmd_recovery_code(args: argparse.Namespace) -> int:
    by = _librarian(args)
    print_code(recovery.make_code(common.open_library(args), by))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    password = _new_password()
    if password is None:
        return 2
    done = recovery.recover(lib, args.code, args.account, password, new_account=args.new_account,
                            full_name=args.full_name)
    print(translate("cli", "New password set for the librarian {user}. Log in with it now.").format(
        user=done.staff.username))
    if not args.new_account:
        print(translate("cli", "The account's PIN was removed; set a new one under Settings → Staff accounts."))
    print(translate("cli", "The old recovery code no longer works."))
    print_code(done.new_code)
    return 0
