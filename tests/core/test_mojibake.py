"""Text an old SLiMS stored twice as UTF-8 is mended; text typed as it is stays exactly so."""

import pytest

from pustaka_desktop.core.interop.mojibake import undo_double_utf8

TYPED = ["الفقه الإسلامي", "ꦗꦮ ꦧꦱ", "«café» – naïve", "Riyāḍ aṣ-Ṣāliḥīn", "Pendidikan · Agama", "Rp 45.000,-",
         "Tjerita Djakarta", "Â propos", "ÉTÉ ¡olé!"]


def _stored_twice(text: str) -> str:
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                   for b in text.encode("utf-8"))


@pytest.mark.parametrize("typed", TYPED)
def test_text_stored_twice_is_mended_and_text_as_typed_stays(typed):
    assert undo_double_utf8(typed) == typed
    assert undo_double_utf8(_stored_twice(typed)) == typed


def test_text_stored_so_again_and_again_is_mended_each_time():
    """SLiMS's own sample catalogue ships "DeveloperÃ¢â‚¬â„¢s library": mended once, "Developerâ€™s library" was
    still not what was typed."""
    assert undo_double_utf8("DeveloperÃ¢â‚¬â„¢s library") == "Developer’s library"
    assert undo_double_utf8(_stored_twice(_stored_twice("الفقه"))) == "الفقه"
