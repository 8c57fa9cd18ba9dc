"""Every kind of review flag has its label in ``review.REASONS`` itself. Kinds added by the module that raises them
("formula", "publisher" by the row checks) showed as their codes on the review list and its filter after a restart:
the app loads an import's modules only when an import starts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pustaka_desktop
from pustaka_desktop.core.catalog import review

_RAISED = re.compile(r'Flag\(reason="([a-z_]+)"')


def test_every_kind_a_module_raises_is_labelled_by_the_review_module_alone():
    source = Path(pustaka_desktop.__file__).parent
    raised = {kind for path in source.rglob("*.py") for kind in _RAISED.findall(path.read_text(encoding="utf-8"))}
    assert {"formula", "publisher", "quote", "copy", "isbn"} <= raised
    assert raised <= set(review.REASONS), raised - set(review.REASONS)


def test_the_labels_are_there_before_any_import_module_is_loaded():
    code = ("import sys\nfrom pustaka_desktop.core.catalog import review\n"
            "assert not any(name.startswith('pustaka_desktop.core.interop') for name in sys.modules)\n"
            "print(sorted(review.REASONS))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert all(f"'{kind}'" in out for kind in ("formula", "publisher", "quote"))
