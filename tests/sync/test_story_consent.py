"""A programme's story told without consent to show it ("Bu Sri's son was ill, the class paid for the
medicine") stays in the village: its teller and photo stayed home already, but its title and text went to the
district in every bundle. A story told with consent goes whole, but for its teller's name and photo."""

from __future__ import annotations

import json

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Program, Story, SyncReplica
from pustaka_desktop.core.sync import changes


def _stories(pair):
    village, district = pair
    with village:
        club = store.insert(village.lib, Program, name="Kelas Ibu Membaca")
        private = store.insert(village.lib, Story, program=club.id, title="Anak Bu Sri sakit",
                               text="Kelas patungan untuk obat anaknya.", author="Bu Sri", consent=False)
        public = store.insert(village.lib, Story, program=club.id, title="Keripik lewat WhatsApp",
                              text="Bu Sri kini menjual keripik lewat WhatsApp.", author="Bu Sri", consent=True)
    return private, public


def test_a_story_told_without_consent_keeps_its_words_home(pair):
    village, district = pair
    private, public = _stories(pair)
    district.import_file(village.export_to(district))
    with district:
        sent = {row.uid: json.loads(row.data) for row in SyncReplica.select().where(SyncReplica.entity == "story")}
    assert "title" not in sent[private.uid] and "text" not in sent[private.uid] and "author" not in sent[private.uid]
    assert sent[public.uid]["text"] == "Bu Sri kini menjual keripik lewat WhatsApp." and "author" not in sent[public.uid]
    with village:  # what the village would send, row by row and as SQLite builds it, agree
        by_rows = [d for d in changes.Encoder(village.lib, full_members=False).rows(Story)]
        by_lines = [json.loads(line) for line in changes.Encoder(village.lib, full_members=False).lines(Story)]
    assert by_rows == by_lines and [sorted(d["f"]) for d in by_rows][0] == ["consent", "program_id", "told_on"]


def test_consent_given_later_sends_the_words_then(pair):
    village, district = pair
    private, _ = _stories(pair)
    district.import_file(village.export_to(district))
    with village:
        store.update(village.lib, Story.get_by_id(private.id), consent=True)
    district.import_file(village.export_to(district))
    with district:
        data = json.loads(SyncReplica.get(SyncReplica.uid == private.uid).data)
    assert data["text"] == "Kelas patungan untuk obat anaknya." and data["title"] == "Anak Bu Sri sakit"
