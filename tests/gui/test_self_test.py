from pustaka_desktop.gui import self_test


def test_self_test_passes_and_reports_every_check(capsys):
    assert self_test.run() == 0
    out = capsys.readouterr().out
    assert "self-test passed" in out
    for name in ("main window and every page", "label sheet PDF", "monthly report PDF",
                 "bundles read in a second process"):
        assert f"[ok] {name}" in out
