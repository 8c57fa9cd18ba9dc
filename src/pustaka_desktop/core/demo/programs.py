"""Demo community programmes: partners, programmes with sessions, participants, attendance and
stories, spread over the last year so every TPBIS report and dashboard chart has something to show."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from ..community.demographics import age_band
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import (
    Attendance,
    Member,
    Participant,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Story,
)
from .names import FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES
from .sizes import DemoSize, Progress

PARTNERS = [
    ("Pemerintah Desa Sukamaju", "village_government", "Kantor Desa, Bpk. Kepala Desa", 400),
    ("PKK Desa Sukamaju", "pkk", "Ibu Ketua PKK", 380),
    ("SDN 1 Sukamaju", "school", "Kepala Sekolah", 300),
    ("Posyandu Melati", "health_post", "Bidan Desa", 250),
    ("Kelompok Tani Harapan", "community", "Ketua Poktan", 200),
    ("Koperasi Sinar Jaya", "company", "Pengurus", None),
]

PROGRAMS = [
    # name, kind, skill, description, outcomes, partners, place, facilitator, weeks between sessions
    ("Klub Baca Anak Sabtu", "storytelling", "Membaca nyaring dan bercerita",
     "Mendongeng dan membaca bersama untuk anak usia SD setiap Sabtu pagi.",
     "Anak-anak lebih sering meminjam buku cerita; 12 anak kini membaca sendiri dengan lancar.",
     [2], "Ruang baca anak", "Ibu Rina", 1, ("7-12", "0-6")),
    ("Pelatihan Literasi Digital", "digital", "Memakai ponsel dan internet dengan aman",
     "Belajar WhatsApp, mencari informasi, menghindari hoaks dan penipuan daring.",
     "Peserta bisa mencari harga pasar dan informasi kesehatan sendiri.",
     [0, 5], "Ruang komputer", "Bpk. Andi (relawan TIK)", 2, ("19-35", "36-59", "13-18")),
    ("Pelatihan Menjahit", "skills", "Menjahit pakaian dan masker",
     "Kursus menjahit untuk ibu-ibu bersama PKK, memakai buku keterampilan dari perpustakaan.",
     "Lima peserta menerima pesanan jahitan dari tetangga; satu membuka usaha kecil.",
     [1, 5], "Balai Desa", "Ibu Warsih", 2, ("19-35", "36-59")),
    ("Sekolah Lapang Bertani Organik", "skills", "Membuat pupuk kompos dan pestisida nabati",
     "Praktik bertani organik berdasarkan buku pertanian di perpustakaan.",
     "Kelompok tani membuat kompos sendiri dan menghemat biaya pupuk.",
     [4, 0], "Kebun percontohan", "Penyuluh pertanian", 3, ("36-59", "60+", "19-35")),
    ("Kelas Keaksaraan Fungsional", "literacy", "Membaca, menulis dan berhitung",
     "Kelas membaca dan menulis untuk warga dewasa yang belum lancar membaca.",
     "Delapan peserta lulus ujian keaksaraan dasar.",
     [0, 3], "Ruang baca", "Ibu Siti", 1, ("36-59", "60+")),
    ("Klub Buku Remaja", "book_club", "Diskusi buku dan menulis resensi",
     "Remaja membaca satu buku sebulan lalu berdiskusi dan menulis resensi.",
     "Resensi peserta dimuat di papan informasi desa.",
     [2], "Ruang baca", "Kak Dimas", 4, ("13-18",)),
]

STORIES = [
    ("Bu Warsih kini menerima pesanan", "Setelah ikut pelatihan menjahit, saya bisa menjahit seragam anak sendiri "
     "dan sekarang menerima pesanan dari tetangga. Penghasilan tambahan ini membantu biaya sekolah anak.", "Ibu Warsih"),
    ("Pak Darto membaca surat sendiri", "Dulu saya minta tolong anak untuk membaca surat dari desa. Sekarang saya "
     "bisa membaca sendiri, bahkan membaca koran di perpustakaan.", "Bpk. Darto"),
    ("Kompos dari buku perpustakaan", "Kelompok tani kami membuat kompos dari buku panduan di perpustakaan. Biaya "
     "pupuk turun hampir separuh musim ini.", "Ketua Kelompok Tani Harapan"),
    ("Anak-anak rebutan buku cerita", "Sejak ada klub baca Sabtu, anak-anak datang sebelum perpustakaan buka dan "
     "berebut buku cerita rakyat.", "Ibu Rina, relawan"),
    ("Tidak tertipu lagi", "Di pelatihan literasi digital saya belajar mengenali pesan penipuan. Minggu lalu saya "
     "tidak jadi mentransfer uang ke nomor asing.", "Ibu Yanti"),
]


def _photo(rng: random.Random, hue: int) -> bytes:
    """A small, simple picture (a sunny scene) so the report shows how a real photo would sit."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (150 + hue % 60, 200, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 210, 480, 320], fill=(90, 160 - hue % 40, 80))
    draw.ellipse([360, 30, 430, 100], fill=(250, 215, 80))
    for n in range(6):
        x = 40 + n * 70 + rng.randint(-10, 10)
        draw.ellipse([x, 150, x + 40, 190], fill=(200 - n * 10, 140, 110))
        draw.rectangle([x + 8, 188, x + 32, 250], fill=(60 + n * 25, 80, 150 - n * 10))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    partners = []
    for name, kind, contact, days_ago in PARTNERS:
        partners.append(store.insert(lib, Partner, name=name, kind=kind, contact=contact,
                                     mou_date=today - timedelta(days=days_ago) if days_ago else None))
    members = list(Member.select(Member.id, Member.gender, Member.birth_date, Member.registered_on)
                   .where(Member.deleted == False).limit(2000))  # noqa: E712
    sessions_made = attendance_made = people = stories = 0
    for index, (name, kind, skill, description, outcomes, links, place, facilitator, weeks, bands) in enumerate(PROGRAMS):
        starts = today - timedelta(days=rng.randint(200, 340))
        program = store.insert(lib, Program, name=name, kind=kind, skill=skill, description=description,
                               outcomes=outcomes, starts_on=starts, ends_on=None)
        for n, link in enumerate(links):
            store.insert(lib, ProgramPartner, program=program, partner=partners[link],
                         role="penyelenggara" if n == 0 else "pendukung")
        enrolled = []
        joined = [m for m in members if m.registered_on <= starts]  # members enrol once registered
        for _ in range(rng.randint(12, 22)):
            if joined and rng.random() < 0.5:
                member = rng.choice(joined)
                row = {"program": program.id, "member": member.id, "name": "", "gender": member.gender,
                       "age_band": age_band(member.birth_date, today) or rng.choice(bands)}
            else:
                gender = "F" if kind == "skills" and "Jahit" in name else rng.choice("MF")
                first = rng.choice(FIRST_NAMES_F if gender == "F" else FIRST_NAMES_M)
                row = {"program": program.id, "member": None, "name": f"{first} {rng.choice(SURNAMES)}",
                       "gender": gender, "age_band": rng.choice(bands)}
            enrolled.append(row)
        ids = store.insert_many(lib, Participant, enrolled)
        participant_ids = [pid for (pid,) in Participant.select(Participant.id).where(Participant.uid.in_(ids)).tuples()]
        people += len(participant_ids)
        day = starts
        attendance_rows = []
        while day <= today:
            if day.isoweekday() == 7:
                day += timedelta(days=1)
            at = datetime.combine(day, time(2 + index % 5, 0), tzinfo=UTC)  # 09:00-13:00 WIB
            session = store.insert(lib, ProgramSession, program=program, starts_at=at, place=place,
                                   facilitator=facilitator, topic=f"{skill} ({sessions_made % 7 + 1})")
            sessions_made += 1
            for pid in participant_ids:
                if rng.random() < 0.75:
                    attendance_rows.append({"session": session.id, "participant": pid})
            day += timedelta(weeks=weeks)
        store.insert_many(lib, Attendance, attendance_rows)
        attendance_made += len(attendance_rows)
        progress((index + 1) / len(PROGRAMS), QT_TRANSLATE_NOOP("Progress", "Making programmes"))
    programs = list(Program.select().order_by(Program.id))
    for n, (title, text, author) in enumerate(STORIES):
        program = programs[[2, 4, 3, 0, 1][n]]
        store.insert(lib, Story, program=program, title=title, text=text, author=author,
                     told_on=today - timedelta(days=rng.randint(3, 150)),
                     photo=_photo(rng, n * 37) if n < 2 else None)
        stories += 1
    return {"programmes": len(PROGRAMS), "sessions": sessions_made, "participants": people,
            "attendance": attendance_made, "partners": len(partners), "stories": stories}

