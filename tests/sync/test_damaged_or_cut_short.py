"""A bundle that cannot be read says why, where the file can tell: a byte flipped on a failing USB stick (the file is
whole, its contents do not check) is "damaged"; a copy that stopped early (the stick pulled out too soon, its tail
never written) is "incomplete". Both are refused, nothing changed, in the app and in pustaka-cli."""

from __future__ import annotations

import zipfile

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record, SyncReplica
from pustaka_desktop.core.sync import bundle

DAMAGED = "The bundle is damaged: the file is whole"
CUT_SHORT = "The bundle is incomplete: the file ends too early"


@pytest.fixture
def good(pair):
    village, district = pair
    with village:
        for n in range(40):
            store.insert(village.lib, Record, title=f"Buku ke-{n} tentang sawah dan ladang")
    return village.export_to(district)


def refusal(district, path) -> str:
    with district:
        before = SyncReplica.select().count()
    with pytest.raises(Refused) as err:
        district.import_file(path)
    with district:
        assert SyncReplica.select().count() == before  # nothing changed
    assert err.value.reason == "damaged"
    return err.value.message()


def flipped(path, offset: int, out):
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x20
    out.write_bytes(bytes(raw))
    return out


def data_offset(path, name: str) -> int:
    """Where ``name``'s compressed bytes begin in the zip (after its local header)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = path.read_bytes()
    at = info.header_offset
    name_length = int.from_bytes(raw[at + 26:at + 28], "little")
    extra_length = int.from_bytes(raw[at + 28:at + 30], "little")
    return at + 30 + name_length + extra_length


def test_a_byte_flipped_in_the_rows_is_damaged(pair, good, tmp_path):
    _village, district = pair
    with zipfile.ZipFile(good) as zf:
        size = zf.getinfo(bundle.CHANGES).compress_size
    bad = flipped(good, data_offset(good, bundle.CHANGES) + size // 2, tmp_path / "flipped-rows.zip")
    assert refusal(district, bad).startswith(DAMAGED)


def test_a_byte_flipped_in_the_manifest_or_the_zip_s_directory_is_damaged(pair, good, tmp_path):
    _village, district = pair
    bad = flipped(good, data_offset(good, bundle.MANIFEST) + 3, tmp_path / "flipped-manifest.zip")
    assert refusal(district, bad).startswith(DAMAGED)
    directory = good.read_bytes().rfind(b"PK\x01\x02")  # the last entry of the zip's directory
    bad = flipped(good, directory + 2, tmp_path / "flipped-directory.zip")
    assert refusal(district, bad).startswith(DAMAGED)


@pytest.mark.parametrize("cut", ["half", "last bytes", "zeros", "empty"])
def test_a_copy_that_stopped_early_is_incomplete(pair, good, tmp_path, cut):
    _village, district = pair
    raw = good.read_bytes()
    short = {"half": raw[: len(raw) // 2], "last bytes": raw[:-6],
             "zeros": raw[: len(raw) // 2] + bytes(len(raw) - len(raw) // 2),  # the stick's tail never written
             "empty": b""}[cut]
    bad = tmp_path / "cut.zip"
    bad.write_bytes(short)
    assert refusal(district, bad).startswith(CUT_SHORT)


def test_pustaka_cli_tells_the_two_apart(pair, good, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    _village, district = pair
    district_path = str(district.lib.path)
    district.close()
    raw = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(raw[: len(raw) // 2])
    with zipfile.ZipFile(good) as zf:
        size = zf.getinfo(bundle.CHANGES).compress_size
    damaged = flipped(good, data_offset(good, bundle.CHANGES) + size // 2, tmp_path / "flipped.zip")
    capsys.readouterr()
    assert main(["--db", district_path, "sync", "import", str(cut)]) == 1
    said = capsys.readouterr()
    assert CUT_SHORT in said.out + said.err and DAMAGED not in said.out + said.err
    assert main(["--db", district_path, "sync", "import", str(damaged)]) == 1
    said = capsys.readouterr()
    assert DAMAGED in said.out + said.err and CUT_SHORT not in said.out + said.err
