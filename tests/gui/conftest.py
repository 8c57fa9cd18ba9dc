"""GUI tests must never stop on a modal message box nobody will click (a finished background job
announcing "Saved" would otherwise block the whole run). Boxes are recorded, not shown."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    shown: list[str] = []

    def record_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.NoButton

    def record_static(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record_exec)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record_static))
    return shown


@pytest.fixture(autouse=True, scope="session")
def workers_stop_when_the_run_ends():
    """What quitting the app does: the desk's and the stock-take's scan workers stop (their threads
    would otherwise still run when Python exits: "QThread: Destroyed while thread is still running")."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.emit()
