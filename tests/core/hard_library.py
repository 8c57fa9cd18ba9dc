"""A small library of hard, real-looking records and copies for the round-trip audit
(``test_round_trip_audit``): Arabic script and aksara Jawa, old spellings, volumes and editions of one title,
two books sharing one wrong ISBN, author roles, a series with its number, notes with line breaks, class numbers
segmented, prefixed and of another scheme; copies in every status and from every source, barcodes as written.
``build(lib, by)`` stores it as the catalogue does; ``catalogue()`` reads it back field by field."""

from __future__ import annotations

from datetime import date

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import CollectionType, Item, Record


def _author(name: str, role: str = "primary", kind: str = "person") -> dict:
    return {"name": name, "role": role, "kind": kind}


RECORDS = {
    "bukhari": dict(title="صحيح البخاري", subtitle="الجزء الأول", language="ara", ddc="2X4.1",
                    publisher="Dar al-Fikr", place="Beirut", year_text="1994",
                    notes="Shahih al-Bukhari. Juz 1 (judul dalam huruf Latin).",
                    authors=[_author("البخاري، محمد بن إسماعيل"),
                             _author("Hamidy, Zainuddin", "translator")],
                    subjects=["Hadis", "Hadis -- Kritik dan tafsir"]),
    "wedhatama": dict(title="ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ", language="jav", ddc="899.2221",
                      notes="Serat Wedhatama (aksara Jawa).", year_text="1937", place="Surakarta",
                      authors=[_author("Mangkunagara IV")]),
    "kantjil": dict(title="Tjerita si Kantjil", place="Djakarta", publisher="Balai Pustaka", year_text="1953",
                    language="ind", ddc="899.221 3", audience="children", material_type="book",
                    authors=[_author("Sastrawinata, Soetan")]),
    "laskar": dict(title="Laskar pelangi", subtitle="sebuah novel",
                   responsibility="Andrea Hirata ; penyunting, Imam Risdiyanto", ddc="F 899.221 3",
                   publisher="Bentang Pustaka", place="Yogyakarta", year_text="2008", audience="teen",
                   collation="xiv, 529 hlm. : ilus. ; 20 cm",
                   authors=[_author("Hirata, Andrea"), _author("Risdiyanto, Imam", "editor")]),
    "misbah1": dict(title="Tafsir al-Mishbah Jilid 1", publisher="Lentera Hati", place="Jakarta",
                    year_text="2002", ddc="2X1.3", authors=[_author("Shihab, M. Quraish")]),
    "misbah2": dict(title="Tafsir al-Mishbah Jilid 2", publisher="Lentera Hati", place="Jakarta",
                    year_text="2002", ddc="2X1.3", authors=[_author("Shihab, M. Quraish")]),
    "bumi1": dict(title="Bumi manusia", edition="Cet. 1", publisher="Hasta Mitra", place="Jakarta",
                  year_text="1980", ddc="899.2213", authors=[_author("Toer, Pramoedya Ananta")]),
    "bumi12": dict(title="Bumi manusia", edition="Cet. 12", publisher="Lentera Dipantara", place="Jakarta",
                   year_text="2011", ddc="899.2213", authors=[_author("Toer, Pramoedya Ananta")]),
    # two different books, one ISBN printed wrongly in the second
    "lele": dict(title="Budidaya lele di kolam terpal", isbn="9789793062792", publisher="Penebar Swadaya",
                 year_text="2015", ddc="639.3752", authors=[_author("Susanto, Heru")]),
    "pkk": dict(title="Pedoman kader PKK", isbn="9789793062792", publisher="Tim Penggerak PKK",
                year_text="2017", ddc="307.72",
                authors=[_author("Tim Penggerak PKK Pusat", kind="organisation")]),
    "tani": dict(title="Pertanian organik untuk desa", subtitle="panduan praktis", edition="Ed. revisi",
                 responsibility="disunting oleh Budi Santosa ; diterjemahkan oleh Dewi Sari",
                 publisher="Kanisius", place="Yogyakarta", year_text="c2019", ddc="631.584", audience="adult",
                 series="Seri Pertanian Desa ; 3", collation="96 hlm. ; 21 cm",
                 notes="Baris satu.\nBaris dua.\n\nBaris empat setelah baris kosong.",
                 authors=[_author("Santosa, Budi", "editor"), _author("Sari, Dewi", "translator"),
                          _author("Dinas Pertanian Kabupaten", "additional", "organisation")],
                 subjects=["Pertanian organik", "Pupuk kompos", "Pertanian -- Indonesia"]),
    "ensiklopedi": dict(title="Ensiklopedi nasional Indonesia", ddc="R 030", publisher="Cipta Adi Pustaka",
                        year_text="1990", language="ind", authors=[_author("Tim Redaksi", kind="organisation")]),
    "tatanen": dict(title="Tatanén di Tatar Sunda", class_other="udc 631.5", language="sun", year_text="1985",
                    publisher="Rahmat Cijulang", authors=[_author("Rusyana, Yus")]),
    "village": dict(title="Village libraries in Indonesia", subtitle="a field study", language="eng",
                    ddc="027.0598", year_text="2012", publisher="Routledge", place="London", audience="teen",
                    authors=[_author("Smith, Jane"), _author("Wibowo, Ari", "additional")]),
    "trubus": dict(title="Trubus", subtitle="majalah pertanian", material_type="magazine", issn="0126-0472",
                   publisher="Yayasan Sosial Tani Membangun", year_text="2020", hidden=True, language="ind",
                   notes="Edisi 600, November 2020."),
    "kabayan": dict(title='Kisah "Si Kabayan", jilid khusus', subtitle="cerita rakyat Sunda; bergambar",
                    material_type="ebook", language="sun", ddc="398.2", year_text="[2010?]",
                    authors=[_author("ꦱꦸꦫꦺꦴ, ꦧꦸꦢꦶ"), _author("Lembaga Basa Sunda", "illustrator", "organisation")],
                    subjects=["Cerita rakyat -- Jawa Barat", "حكايات شعبية"]),
    # two books described alike (title, author, year, publisher): a local history typed and one written by hand
    "sejarah_a": dict(title="Sejarah desa Sukamaju", year_text="2019", publisher="Pemerintah Desa Sukamaju",
                      authors=[_author("Tim Penyusun", kind="organisation")], notes="Naskah ketikan untuk HUT desa."),
    "sejarah_b": dict(title="Sejarah desa Sukamaju", year_text="2019", publisher="Pemerintah Desa Sukamaju",
                      authors=[_author("Tim Penyusun", kind="organisation")],
                      notes="Naskah tulisan tangan Karang Taruna."),
}

# (record, copy): every status, every source with its note, price with and without, buku induk numbers
COPIES = [
    ("bukhari", dict(barcode="000123", accession_no="001/PD/2019", call_number="2X4.1 BUK s",
                     collection_type="Referensi", location="Rak Agama", source="grant",
                     source_detail="Hibah Perpusnas 2019", price=250000, received_on=date(2019, 7, 1),
                     status="not_for_loan")),
    ("wedhatama", dict(barcode="b0042x", accession_no="002/PD/2019", call_number="899.2221 MAN s",
                       collection_type="Koleksi Lokal", location="Lemari Naskah", source="donation",
                       source_detail="Keluarga Mbah Karto", received_on=date(2019, 8, 17), status="in_repair")),
    ("kantjil", dict(barcode="PD-0007", accession_no="003/PD/2019", call_number="899.221 3 SAS t",
                     collection_type="Sirkulasi", location="Pojok Anak", source="other",
                     source_detail="Tukar dengan TBM Cahaya", status="damaged",
                     condition_note="Halaman 5-8 lepas.")),
    ("laskar", dict(barcode="0000451", accession_no="004/PD/2020", call_number="F HIR l",
                    collection_type="Sirkulasi", location="Ruang Baca", source="purchase",
                    supplier="Toko Buku Gramedia", price=89000, received_on=date(2020, 1, 15),
                    status="on_loan")),
    ("laskar", dict(barcode="0000452", accession_no="005/PD/2020", call_number="F HIR l c.2",
                    collection_type="Sirkulasi", location="Ruang Baca", source="purchase", price=0,
                    received_on=date(2020, 1, 15), status="withdrawn")),
    ("misbah1", dict(barcode="mis001", accession_no="006/PD/2021", call_number="2X1.3 SHI t 1",
                     location="Rak Agama", source="grant", source_detail="Program Bantuan Buku Kemendes 2021",
                     price=120000, received_on=date(2021, 3, 2), status="lost")),
    ("misbah2", dict(barcode="mis002", accession_no="007/PD/2021", call_number="2X1.3 SHI t 2",
                     location="Rak Agama", source="grant", source_detail="Program Bantuan Buku Kemendes 2021",
                     price=120000, received_on=date(2021, 3, 2), status="missing")),
    ("bumi1", dict(barcode="BM1980", accession_no="008/PD/2021", call_number="899.2213 TOE b",
                   location="Ruang Baca", source="donation", source_detail="Pak Lurah Sukamaju",
                   received_on=date(2021, 5, 20))),
    ("bumi12", dict(barcode="BM2011", accession_no="009/PD/2022", call_number="899.2213 TOE b",
                    location="Ruang Baca", source="purchase", price=132000, received_on=date(2022, 2, 1))),
    ("lele", dict(barcode="0100", accession_no="010/PD/2022", location="Rak Terampil", source="purchase",
                  price=45000, received_on=date(2022, 6, 6))),
    ("pkk", dict(barcode="0101", accession_no="011/PD/2022", location="Rak Terampil", source="grant",
                 source_detail="Hibah TP PKK Kabupaten", received_on=date(2022, 6, 6))),
    ("tani", dict(barcode="tn-01", accession_no="012/PD/2023", call_number="631.584 SAN p",
                  collection_type="Sirkulasi", location="Rak Terampil", source="purchase", supplier="CV Tani Makmur",
                  order_no="PO-04/2023", order_date=date(2023, 1, 10), invoice="INV 0031",
                  invoice_date=date(2023, 1, 20), price=56000, received_on=date(2023, 1, 25))),
    ("ensiklopedi", dict(barcode="R030-01", accession_no="013/PD/2023", call_number="R 030 ENS",
                         collection_type="Referensi", location="Meja Referensi", source="donation",
                         source_detail="Alumni SMPN 1", status="not_for_loan")),
    ("tatanen", dict(barcode="0000999", accession_no="014/PD/2024", location="Pojok Sunda", source="purchase",
                     price=15000, received_on=date(2024, 4, 4))),
    ("village", dict(barcode="eng-7", accession_no="015/PD/2024", location="Ruang Baca", source="donation",
                     source_detail="Peneliti tamu", received_on=date(2024, 9, 9))),
    ("trubus", dict(barcode="MJ-600", accession_no="016/PD/2020", call_number="630.5 TRU", location="Rak Majalah",
                    source="purchase", price=35000, received_on=date(2020, 11, 5), status="not_for_loan")),
    ("kabayan", dict(barcode="eb/01", accession_no="017/PD/2024", location="Komputer Baca", source="other")),
    ("sejarah_a", dict(barcode="SJ-01", accession_no="018/PD/2019", location="Lemari Naskah", source="donation",
                       source_detail="Kantor Desa", status="not_for_loan")),
    ("sejarah_b", dict(barcode="SJ-02", accession_no="019/PD/2019", location="Lemari Naskah", source="donation",
                       source_detail="Karang Taruna", status="not_for_loan")),
]


def build(lib, by) -> None:
    """The records (through ``add_record``, as the catalogue form saves them) and copies (written as an import
    keeps them: barcodes exactly as written, lower case and leading zeros)."""
    types: dict[str, int] = {}
    made = {key: records.add_record(lib, by, **dict(spec)).record for key, spec in RECORDS.items()}
    for key, spec in COPIES:
        fields = dict(spec)
        name = fields.pop("collection_type", "")
        if name:
            if name not in types:
                types[name] = write.insert(lib, CollectionType, name=name).id
            fields["collection_type"] = types[name]
        write.insert(lib, Item, record=made[key].id, **fields)


def catalogue() -> dict[tuple[str, ...], dict]:
    """Every live record with its copies, field by field, keyed by its copies' barcodes (so two records merged
    into one, or a copy under another record, show as a different key)."""
    from tests.core.test_round_trips import described

    out = {}
    for record in Record.select().where(Record.deleted == False):  # noqa: E712
        fields = described(record)
        out[tuple(sorted(fields["items"]))] = fields
    return out


def differences(before: dict, after: dict) -> list[tuple]:
    """(record key, field[, barcode], before, after) for every value that differs; a record missing or new."""
    out: list[tuple] = [(key, "record missing") for key in before if key not in after]
    out += [(key, "record new") for key in after if key not in before]
    for key in before.keys() & after.keys():
        was, now = before[key], after[key]
        out += [(key, name, was[name], now[name]) for name in was if name != "items" and was[name] != now[name]]
        for barcode, copy in was["items"].items():
            got = now["items"][barcode]
            out += [(key, name, barcode, copy[name], got[name]) for name in copy if copy[name] != got[name]]
    return sorted(out, key=repr)
