"""What a partner does in a programme: the PKK brings the mothers, the puskesmas sends a speaker, the BUMDes pays
for the snacks. A TPBIS report asks for it ("peran mitra"); the role was kept since the first plan
(``ProgramPartner.role``) but nothing asked for it or showed it.

The role is the librarian's own words (kept as typed, like a name); ``ROLE_SUGGESTIONS`` are the usual ones,
offered in the user's language.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..store.lookup import live
from ..store.models import Program, ProgramPartner

ROLE_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("Programs", "Speaker or trainer"),
    QT_TRANSLATE_NOOP("Programs", "Venue"),
    QT_TRANSLATE_NOOP("Programs", "Funding or sponsor"),
    QT_TRANSLATE_NOOP("Programs", "Brings participants"),
    QT_TRANSLATE_NOOP("Programs", "Equipment or materials"),
    QT_TRANSLATE_NOOP("Programs", "Publicity"),
)


def roles_of(program: Program) -> dict[int, str]:
    """Each linked partner's role in ``program`` by partner id ("" when none was given)."""
    rows = live(ProgramPartner).select(ProgramPartner.partner, ProgramPartner.role).where(
        ProgramPartner.program == program).tuples()
    return {partner_id: role or "" for partner_id, role in rows}
