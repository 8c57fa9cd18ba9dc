"""Text size: a restart for a new size takes the new size (the old process's QT_SCALE_FACTOR is not
inherited), while a scale factor the person set themselves is respected."""

import os

from pustaka_desktop.gui import appearance


def test_a_new_text_size_replaces_the_one_this_app_set(monkeypatch):
    # in a copy of the environment: QT_SCALE_FACTOR=1.50 left in this process's own made Qt lay out the windows of
    # later tests at 150 % (the reservations page's last buttons out of Tab's reach) and went to every program they ran
    monkeypatch.setattr(os, "environ", os.environ.copy())
    os.environ.pop("QT_SCALE_FACTOR", None)
    os.environ.pop(appearance.OWN_SCALE_MARK, None)
    appearance.prepare_scale(150)

    assert os.environ["QT_SCALE_FACTOR"] == "1.50"
    # Settings -> 100 %, restart: the child must not start at 150 % again
    child = appearance.restart_environment(dict(os.environ))
    assert "QT_SCALE_FACTOR" not in child and appearance.OWN_SCALE_MARK not in child
    monkeypatch.setattr(os, "environ", child)
    appearance.prepare_scale(100)
    assert "QT_SCALE_FACTOR" not in os.environ
    appearance.prepare_scale(200)
    assert os.environ["QT_SCALE_FACTOR"] == "2.00"


def test_a_scale_factor_set_by_the_person_is_kept(monkeypatch):
    monkeypatch.setenv("QT_SCALE_FACTOR", "1.25")
    monkeypatch.delenv(appearance.OWN_SCALE_MARK, raising=False)
    appearance.prepare_scale(200)

    assert os.environ["QT_SCALE_FACTOR"] == "1.25"
    assert appearance.restart_environment(dict(os.environ))["QT_SCALE_FACTOR"] == "1.25"


def test_both_themes_meet_the_contrast_they_promise():
    from PySide6.QtGui import QColor

    from .pixels import contrast

    for theme in (appearance.NORMAL, appearance.HIGH_CONTRAST):
        c = {k: QColor(v) for k, v in theme.colors.items()}
        for text, ground in (("text", "window"), ("text", "base"), ("muted", "window"), ("muted", "base"),
                             ("button_text", "button"), ("accent_text", "accent"), ("link", "base"),
                             ("highlight_text", "highlight"), ("late_text", "late_bg")):
            assert contrast(c[text], c[ground]) >= 4.5, (theme.name, text, ground)
        for tone in appearance.TONES:
            assert contrast(c[tone], c[tone + "_bg"]) >= 4.5, (theme.name, tone)
            assert contrast(c[tone + "_border"], c["window"]) >= 3 or not theme.high_contrast, (theme.name, tone)
        assert contrast(c["focus"], c["window"]) >= 3 and contrast(c["focus"], c["base"]) >= 3, theme.name
        assert contrast(c["border"], c["window"]) >= 3 or contrast(c["border"], c["base"]) >= 3, theme.name
