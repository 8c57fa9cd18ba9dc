"""A volunteer refused something (writing a programme's outcome, linking a partner) is told so in her language:
"Akun Anda (Relawan) tidak boleh…", not the role's code word "(volunteer)" inside an Indonesian sentence."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.errors import PermissionDenied
from pustaka_desktop.i18n import translator_for


def test_a_volunteer_refused_is_told_in_indonesian_words(lib, librarian, volunteer):
    club = programs.create_program(lib, librarian, name="Klub Buku Bulanan", kind="book_club")
    with pytest.raises(PermissionDenied) as refused:
        programs.update_program(lib, volunteer, club, outcomes="3 ibu mulai jualan online")

    said = refused.value.message(translator_for("id"))
    assert "(Relawan)" in said and "volunteer" not in said.lower()
    assert "(Volunteer)" in refused.value.message(translator_for("en"))
