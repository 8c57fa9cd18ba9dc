"""The programs the installed app opens (a PDF viewer, the browser) get the PC's libraries, not its own folder's."""

import os
import sys

import pytest

from pustaka_desktop.gui import outside_programs, self_test


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """This process as the installed Linux program started it: frozen, its folder first on the search path."""
    folder = tmp_path / "pustaka" / "_internal"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    return folder


def test_the_installed_program_gives_what_it_opens_the_pcs_own_search_path(installed, monkeypatch):
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{installed}:/opt/printer-driver/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/printer-driver/lib")
    outside_programs.restore_pc_libraries()
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/printer-driver/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_a_pc_without_a_search_path_of_its_own_gets_none(installed, monkeypatch):
    monkeypatch.setenv("LD_LIBRARY_PATH", str(installed))
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    outside_programs.restore_pc_libraries()
    assert "LD_LIBRARY_PATH" not in os.environ


def test_run_from_the_source_the_search_path_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{tmp_path}:/usr/local/lib")
    outside_programs.restore_pc_libraries()
    assert os.environ["LD_LIBRARY_PATH"] == f"{tmp_path}:/usr/local/lib"


def test_only_entries_inside_the_folder_go(installed):
    environ = {"LD_LIBRARY_PATH": f"{installed}/PySide6/Qt/lib:{installed.parent}-old/lib::/usr/lib/extra",
               "LANG": "id_ID.UTF-8"}
    assert outside_programs.outside_environment(environ, installed) == {
        "LD_LIBRARY_PATH": f"{installed.parent}-old/lib:/usr/lib/extra", "LANG": "id_ID.UTF-8"}


def test_the_self_test_fails_while_programs_it_opens_would_load_the_folders_libraries(installed, lib, monkeypatch):
    monkeypatch.setenv("LD_LIBRARY_PATH", str(installed))
    with pytest.raises(RuntimeError, match="installed folder's libraries"):
        self_test._programs_it_opens(lib, None, installed)
    outside_programs.restore_pc_libraries()
    assert "holds nothing" in self_test._programs_it_opens(lib, None, installed)
