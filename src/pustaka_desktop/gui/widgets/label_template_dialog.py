"""A dialog to add a label sheet template by typing its measurements (millimetres)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...core.errors import PustakaError
from ...core.printing import templates
from ..context import AppContext
from .messages import error_text


class LabelTemplateDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, start: templates.LabelTemplate | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: templates.LabelTemplate | None = None
        self.setWindowTitle(self.tr("New label sheet template"))
        names = {
            "page_width_mm": self.tr("Sheet width:"), "page_height_mm": self.tr("Sheet height:"),
            "label_width_mm": self.tr("Label width:"), "label_height_mm": self.tr("Label height:"),
            "margin_left_mm": self.tr("Left margin (to the first label):"),
            "margin_top_mm": self.tr("Top margin (to the first label):"),
            "gap_x_mm": self.tr("Gap between columns:"), "gap_y_mm": self.tr("Gap between rows:"),
            "corner_radius_mm": self.tr("Corner rounding:"),
        }
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setPlaceholderText(self.tr("e.g. toko-abc"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("Short name:"), self.name)
        form.addRow(self.tr("Description:"), self.title)
        self.columns = QSpinBox()
        self.columns.setRange(1, 50)
        self.columns.setAccessibleName(self.tr("Labels across"))
        self.rows = QSpinBox()
        self.rows.setRange(1, 50)
        self.rows.setAccessibleName(self.tr("Labels down"))
        form.addRow(self.tr("Labels across:"), self.columns)
        form.addRow(self.tr("Labels down:"), self.rows)
        self.measures: dict[str, QDoubleSpinBox] = {}
        for key in templates.MEASUREMENTS:
            spin = QDoubleSpinBox()
            spin.setRange(0, templates.MAX_PAGE_MM)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
            spin.setAccessibleName(names[key].rstrip(":"))
            spin.valueChanged.connect(self.check)
            self.measures[key] = spin
            form.addRow(names[key], spin)
        self.columns.valueChanged.connect(self.check)
        self.rows.valueChanged.connect(self.check)
        self.name.textChanged.connect(self.check)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the measurements"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        base = start or templates.builtin_templates()[0]
        for key, spin in self.measures.items():
            spin.setValue(getattr(base, key))
        self.columns.setValue(base.columns)
        self.rows.setValue(base.rows)
        self.check()

    def data(self) -> dict:
        return {"name": self.name.text(), "title": self.title.text(), "columns": self.columns.value(),
                "rows": self.rows.value(), **{k: s.value() for k, s in self.measures.items()}}

    def check(self) -> bool:
        try:
            templates.validate(self.data())
        except PustakaError as exc:
            self.problem.setText(error_text(exc))
            self.save_button.setEnabled(False)
            return False
        self.problem.setText(self.tr("The labels fit on the sheet."))
        self.save_button.setEnabled(True)
        return True

    def save(self) -> None:
        try:
            self.saved = templates.save_template(self.ctx.lib, self.ctx.user, self.data())
        except PustakaError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
