"""Key/value settings kept in the database (JSON values), for options that belong to this PC's
library: language, desk options, label calibration..."""

from __future__ import annotations

import json
from typing import Any

from .store.models import Setting


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    """Settings are local to this PC (never synced), so they bypass core.store."""
    payload = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=payload).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: payload}
    ).execute()
