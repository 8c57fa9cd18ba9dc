"""Class numbers as Indonesian catalogues write them: the KDT's segmentation, MARC's slashes,
Perpusnas's Islam expansion and the collection prefixes all read into one stored form."""

import pytest

from pustaka_desktop.core.catalog import classnumber
from pustaka_desktop.core.errors import ValidationError


@pytest.mark.parametrize(("written", "stored"), [
    ("899.221 3", "899.2213"),        # KDT: Indonesian novels, segmentation space
    ("899.221'3", "899.2213"),        # the prime some catalogues print instead
    ("297.122 7", "297.1227"),
    ("297,122 7", "297.1227"),        # a comma for the point (Indonesian decimals)
    ("005.13/3", "005.133"),          # Library of Congress 082 with a prime slash
    ("302.23/1", "302.231"),
    ("811/.5/4", "811.54"),
    ("2X4.1", "2X4.1"),               # Perpusnas's Islam expansion
    ("2x7", "2X7"),
    ("F 899.221 3", "F 899.2213"),    # collection prefixes in front of a class
    ("FIK", "FIK"),                   # ... or instead of one
    ("R 030", "R 030"),
    ("REF. 030", "REF 030"),
    ("AN 398.2", "AN 398.2"),
    ("", ""),
])
def test_written_forms_read_into_one_stored_form(written: str, stored: str) -> None:
    assert classnumber.normalise(written) == stored


@pytest.mark.parametrize("written", ["Fiksi", "Agama", "899 221", "8992213", "Bahasa"])
def test_what_is_not_a_class_number_is_refused_with_the_value_named(written: str) -> None:
    with pytest.raises(ValidationError) as caught:
        classnumber.normalise(written)
    assert written in caught.value.message()


def test_a_bad_value_gets_a_suggestion_when_one_can_be_seen() -> None:
    assert classnumber.suggest("899.221 3 HIR l") == "899.2213"  # a whole call number in the class field
    assert classnumber.suggest("8992213") == "899.2213"  # the point forgotten
    assert classnumber.suggest("[Fic]") == "F"  # LC's fiction mark
    assert classnumber.suggest("Sejarah") == ""


def test_a_call_number_of_a_slims_export_gets_its_class_whatever_its_author_mark() -> None:
    """SLiMS call numbers typed into its class field, as a move-in of 3,000 books had them: fiction with no number,
    an author mark of initials with points (Abdul Hadi W.M.), an Arabic book's title letter. The review list had no
    suggestion for them, and "Use all suggestions" left 69 of 500 to be typed one by one."""
    assert classnumber.suggest("F DIN a") == "F"
    assert classnumber.suggest("005.13/3 W.M p") == "005.133"
    assert classnumber.suggest("333.7 PEN ر") == "333.7"
    assert classnumber.suggest("R 030 DIN p") == "R 030"
    assert classnumber.suggest("Buku Paket") == "" and classnumber.suggest("Kelas 5") == ""  # no class in them


def test_the_class_part_of_a_call_number() -> None:
    assert classnumber.from_call_number("899.221 3 HIR l") == "899.2213"
    assert classnumber.from_call_number("F HIR l") == "F"
    assert classnumber.from_call_number("R 030 ENS e") == "R 030"
    assert classnumber.from_call_number("HIR l") == ""


def test_a_call_number_typed_with_slashes_gives_its_whole_class() -> None:
    """A buku induk's "No. Panggil" typed as one cell with slashes: the class was cut at the segmentation space
    (899.221 instead of 899.2213), a reference book lost its number (R for R 030), and the others had none."""
    assert classnumber.from_call_number("899.221 3/HIR/l") == "899.2213"
    assert classnumber.from_call_number("899.2213/HIR/l/c.2") == "899.2213"
    assert classnumber.from_call_number("R 030/ENS/e") == "R 030"
    assert classnumber.from_call_number("2X4.1/NAW/r") == "2X4.1"
    assert classnumber.from_call_number("F/ANO/s") == "F"
    assert classnumber.from_call_number("899.221 3 - HIR - l") == "899.2213"
    # MARC's segmentation slashes are no parts
    assert classnumber.from_call_number("811/.5/4 FRO r") == "811.54"
    assert classnumber.suggest("005.13/3 W.M p") == "005.133"
    assert classnumber.suggest("899.221 3/HIR/l") == "899.2213"
    assert classnumber.suggest("899.2213/HIR/l") == "899.2213"


def test_main_class_display_and_other_schemes() -> None:
    assert classnumber.main_class("F 899.2213") == "800"
    assert classnumber.main_class("2X4.1") == "200"
    assert classnumber.main_class("FIK") == ""
    assert classnumber.display("899.2213", segmented=True) == "899.221 3"
    assert classnumber.display("F 899.2213") == "F 899.2213"
    assert classnumber.parse("A 899").collection == "children"
    assert not classnumber.is_ddc_scheme("udc")
    assert classnumber.is_ddc_scheme("23")
    assert classnumber.other_scheme("821.161.1", "UDC") == "udc 821.161.1"
    assert classnumber.split_other("udc 821.161.1") == ("udc", "821.161.1")


@pytest.mark.parametrize(("written", "stored"), [
    ("005.13/3 22", "005.133"),             # SLiMS's sample: LC's 082 $a005.13/3 $222 pasted as one
    ("364.1/322/091724 21", "364.1322091724"),
    ("005.1 22", "005.1"),                  # no slash, but the space does not follow a third decimal
    ("025 22", "025"),
    ("899.221 32", "899.22132"),            # after the third decimal: the KDT's segmentation, digits of the class
    ("364.132 209 17", "364.13220917"),     # ... after the sixth
    ("899.221 3 22", "899.2213"),           # the KDT's segmentation and then the edition
    ("899.221 3", "899.2213"),
])
def test_the_ddc_edition_after_a_class_is_no_part_of_it(written: str, stored: str) -> None:
    """SLiMS's own sample catalogue has "005.13/3 22" in its class field for 12 of 15 titles: read as a
    segmentation space it was class 005.13322, a different subject, and "025 22" was refused."""
    assert classnumber.normalise(written) == stored


def test_a_slims_call_number_with_its_ddc_edition_gives_the_class() -> None:
    """SLiMS's sample call numbers join the edition with a dash: with the class field empty, the class is read
    from them."""
    assert classnumber.from_call_number("005.13/3-22 Jan p") == "005.133"
    assert classnumber.from_call_number("025-22 Tay o") == "025"
    assert classnumber.from_call_number("006.7-22 Mor i") == "006.7"
