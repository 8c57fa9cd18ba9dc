"""Label sheet templates (data, not code) and per-printer calibration.

Built-in sheets are JSON files in ``pustaka_desktop/resources/label_sheets/`` (inside the package, so
they are found from a checkout, an installed wheel and a frozen build alike). A librarian adds more by
typing the measurements; those are stored in the database settings under ``printing.templates``.
Calibration (x/y offset in mm, scale in %) is stored per template and printer under
``printing.calibration``.

All measurements are millimetres; the page origin is the top-left corner, as on a ruler held
against the sheet.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from importlib import resources
from typing import Any

from .. import auth
from ..errors import NotFound, ValidationError
from ..formatting import format_measure
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.models import Staff

TEMPLATES_KEY = "printing.templates"
CALIBRATION_KEY = "printing.calibration"
DEFAULT_PRINTER = "default"
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}$")

# Sanity limits: a label smaller than this holds nothing readable; a page bigger than A3 is no sheet.
MIN_LABEL_MM = (15.0, 10.0)
MAX_PAGE_MM = 420.0
TOLERANCE_MM = 0.05

MEASUREMENTS = ("page_width_mm", "page_height_mm", "label_width_mm", "label_height_mm", "margin_left_mm",
                "margin_top_mm", "gap_x_mm", "gap_y_mm", "corner_radius_mm")


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    title: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int
    rows: int
    margin_left_mm: float
    margin_top_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    corner_radius_mm: float = 0.0
    description: str = ""
    builtin: bool = False
    # Where each measurement comes from (a pack, a label tool's preset, a ruler on a real sheet);
    # built-in sheets name theirs, so a librarian knows what was measured and what was assumed.
    sources: tuple[str, ...] = ()

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of label ``index`` (0-based, row by row)."""
        row, column = divmod(index % self.per_page, self.columns)
        return (self.margin_left_mm + column * (self.label_width_mm + self.gap_x_mm),
                self.margin_top_mm + row * (self.label_height_mm + self.gap_y_mm))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("builtin")
        data["sources"] = list(self.sources)
        return data


def _readable(key: str) -> str:
    return key.removesuffix("_mm").replace("_", " ")


def _number(data: dict[str, Any], key: str, *, positive: bool) -> float:
    value = data.get(key, 0.0 if key in ("gap_x_mm", "gap_y_mm", "corner_radius_mm") else None)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The measurement {measurement} must be a number of millimetres."),
                              field=key, measurement=_readable(key)) from None
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The measurement {measurement} must be more than zero."),
                              field=key, measurement=_readable(key))
    return round(number, 3)


def validate(data: dict[str, Any], builtin: bool = False) -> LabelTemplate:
    """Check a template's measurements (all labels must fit on the page) and build it."""
    name = str(data.get("name", "")).strip().lower()
    if not NAME_PATTERN.match(name):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A template name needs 1 to 32 small letters, digits, dots, dashes or underscores."),
            field="name")
    values: dict[str, Any] = {}
    for key in MEASUREMENTS:
        values[key] = _number(data, key, positive=key.startswith(("page_", "label_")))
    for key in ("columns", "rows"):
        try:
            count = int(data.get(key))
            if count != float(data.get(key)):
                raise ValueError
        except (TypeError, ValueError):
            count = 0
        if not 1 <= count <= 50:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of {measurement} must be between 1 and 50."),
                                  field=key, measurement=key)
        values[key] = count
    if max(values["page_width_mm"], values["page_height_mm"]) > MAX_PAGE_MM:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A label sheet may be at most {limit} mm long."),
                              field="page_width_mm", limit=int(MAX_PAGE_MM))
    if values["label_width_mm"] < MIN_LABEL_MM[0] or values["label_height_mm"] < MIN_LABEL_MM[1]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A label must be at least {width} × {height} mm to hold readable text."),
            field="label_width_mm", width=int(MIN_LABEL_MM[0]), height=int(MIN_LABEL_MM[1]))
    used_width = (values["margin_left_mm"] + values["columns"] * values["label_width_mm"]
                  + (values["columns"] - 1) * values["gap_x_mm"])
    used_height = (values["margin_top_mm"] + values["rows"] * values["label_height_mm"]
                   + (values["rows"] - 1) * values["gap_y_mm"])
    if used_width > values["page_width_mm"] + TOLERANCE_MM:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The labels do not fit across the page: they need {needed} mm but the page is {page} mm wide."),
            field="columns", needed=format_measure(used_width), page=format_measure(values["page_width_mm"]))
    if used_height > values["page_height_mm"] + TOLERANCE_MM:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The labels do not fit down the page: they need {needed} mm but the page is {page} mm high."),
            field="rows", needed=format_measure(used_height), page=format_measure(values["page_height_mm"]))
    radius_limit = min(values["label_width_mm"], values["label_height_mm"]) / 2
    values["corner_radius_mm"] = min(values["corner_radius_mm"], radius_limit)
    title = str(data.get("title", "")).strip() or name
    raw_sources = data.get("sources") or []
    sources = tuple(str(x).strip() for x in (raw_sources if isinstance(raw_sources, list) else [raw_sources])
                    if str(x).strip())
    return LabelTemplate(name=name, title=title, description=str(data.get("description", "")).strip(),
                         builtin=builtin, sources=sources, **values)


def _sheet_files():
    folder = resources.files("pustaka_desktop").joinpath("resources", "label_sheets")
    return sorted((entry for entry in folder.iterdir() if entry.name.endswith(".json")), key=lambda e: e.name)


def builtin_templates() -> list[LabelTemplate]:
    """The sheets shipped with the app, read from their data files (a broken file is a bug: it raises)."""
    out = []
    for entry in _sheet_files():
        data = json.loads(entry.read_text(encoding="utf-8"))
        template = validate(data, builtin=True)
        if template.name != entry.name[: -len(".json")]:
            raise ValueError(f"label sheet {entry.name} names itself {template.name}")
        out.append(template)
    return out


# The built-in sheets' titles are English data ("A4 · 63.5 × 38.1 mm · 3 × 7"); a person sees them made
# again from the sheet's name and its measurements, in their language and number format
# ("A4 · 63,5 × 38,1 mm · 3 × 7"). The names with words to translate are listed here for the translators.
SHEET_NAMES = (QT_TRANSLATE_NOOP("LabelSheets", "Tom & Jerry No. 108 (other layout)"),)


def _no_translation(context: str, text: str) -> str:
    return text


def sheet_name(template: LabelTemplate, translate: Callable[[str, str], str] = _no_translation) -> str:
    """The name on the pack without the measurements ("Tom & Jerry No. 103"), in the user's language; a
    librarian's own template's title exactly as they typed it."""
    return translate("LabelSheets", template.title.split(" · ")[0]) if template.builtin else template.title


def shown_title(template: LabelTemplate, translate: Callable[[str, str], str] = _no_translation) -> str:
    """The sheet's name as people read it: a built-in sheet in their language and number format; a
    librarian's own template exactly as they typed it."""
    if not template.builtin:
        return template.title
    return translate("LabelSheets", "{sheet} · {width} × {height} mm · {columns} × {rows}").format(
        sheet=sheet_name(template, translate), width=format_measure(template.label_width_mm), height=format_measure(template.label_height_mm),
        columns=template.columns, rows=template.rows)


def custom_templates() -> list[LabelTemplate]:
    return [validate(data) for data in get_setting(TEMPLATES_KEY, [])]


def all_templates() -> list[LabelTemplate]:
    return builtin_templates() + custom_templates()


def get_template(name: str) -> LabelTemplate:
    wanted = name.strip().lower()
    for template in all_templates():
        if template.name == wanted:
            return template
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no label sheet template called {name}."), name=name)


def save_template(lib: Library, by: Staff, data: dict[str, Any]) -> LabelTemplate:
    """Add a librarian's template, or replace one they added earlier (built-ins cannot be replaced)."""
    auth.require(by, "settings.edit")
    template = validate(data)
    if any(t.name == template.name for t in builtin_templates()):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is a built-in template; give your template another name."), field="name",
            name=template.name)
    with lib.transaction():
        kept = [d for d in get_setting(TEMPLATES_KEY, []) if d.get("name") != template.name]
        set_setting(TEMPLATES_KEY, [*kept, template.to_dict()])
        auth.audit(lib, by, "printing.template", "label_template", template.name)
    return template


def delete_template(lib: Library, by: Staff, name: str) -> None:
    auth.require(by, "settings.edit")
    kept = [d for d in get_setting(TEMPLATES_KEY, []) if d.get("name") != name]
    if len(kept) == len(get_setting(TEMPLATES_KEY, [])):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no label sheet template called {name}."), name=name)
    with lib.transaction():
        set_setting(TEMPLATES_KEY, kept)
        auth.audit(lib, by, "printing.template_delete", "label_template", name)


# --- calibration ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    """How a printer misplaces a sheet: move everything right/down by ``dx``/``dy`` mm and scale it
    by ``scale`` % around the page's top-left corner (where the printer grips the sheet)."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale_pct: float = 100.0

    @property
    def is_identity(self) -> bool:
        return self.dx_mm == 0 and self.dy_mm == 0 and self.scale_pct == 100

    def apply(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """A point measured from the top-left of the page, where it lands after calibration."""
        factor = self.scale_pct / 100.0
        return x_mm * factor + self.dx_mm, y_mm * factor + self.dy_mm


IDENTITY = Calibration()
MAX_OFFSET_MM = 20.0
SCALE_RANGE = (90.0, 110.0)


def _calibration_key(template: str, printer: str) -> str:
    return f"{template}|{printer or DEFAULT_PRINTER}"


def get_calibration(template: str, printer: str = DEFAULT_PRINTER) -> Calibration:
    stored = get_setting(CALIBRATION_KEY, {})
    data = stored.get(_calibration_key(template, printer)) or stored.get(_calibration_key(template, DEFAULT_PRINTER))
    if not data:
        return IDENTITY
    return Calibration(**{f.name: float(data[f.name]) for f in fields(Calibration) if f.name in data})


def set_calibration(lib: Library, by: Staff, template: str, printer: str, dx_mm: float, dy_mm: float,
                    scale_pct: float = 100.0) -> Calibration:
    auth.require(by, "settings.edit")
    get_template(template)  # must exist
    try:
        dx, dy, scale = float(dx_mm), float(dy_mm), float(scale_pct)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The calibration needs numbers."), field="dx_mm") from None
    if not all(map(math.isfinite, (dx, dy, scale))) or abs(dx) > MAX_OFFSET_MM or abs(dy) > MAX_OFFSET_MM:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "An offset must be between -{limit} and {limit} mm."), field="dx_mm", limit=int(MAX_OFFSET_MM))
    if not SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The scale must be between {low} and {high} %."), field="scale_pct",
            low=int(SCALE_RANGE[0]), high=int(SCALE_RANGE[1]))
    calibration = Calibration(round(dx, 2), round(dy, 2), round(scale, 2))
    with lib.transaction():
        stored = dict(get_setting(CALIBRATION_KEY, {}))
        stored[_calibration_key(template, printer)] = asdict(calibration)
        set_setting(CALIBRATION_KEY, stored)
    return calibration
