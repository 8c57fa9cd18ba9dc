"""A village library moving in from INLISLite 3.3 with the three reports its librarian downloads (read from
INLISLite-Perpusnas/INLISLIteV33: LaporanKatalog, LaporanEksemplar, LaporanAnggota), written here as 3.3 writes
them: PhpSpreadsheet's setCellValue (a numeric text without a 0 in front becomes a number: a NIK, a barcode
``100002``, a year), dates through ``date('d-m-Y', strtotime(...))`` (MySQL's zero date comes out ``30-11--0001``),
prices through ``number_format($v, 2)``, every column the librarian ticked, ``Dibuat Oleh`` included."""

from __future__ import annotations

import re
from datetime import date

from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, member_import
from pustaka_desktop.core.store.models import Item, Member, Record

_NUMERIC = re.compile(r"^[+-]?(\d+\.?\d*|\d*\.?\d+)([Ee][-+]?[0-2]?\d{1,3})?$")


def _as_phpspreadsheet(value):
    """DefaultValueBinder: a numeric text becomes a number unless it starts with 0 (``00012`` stays text)."""
    if value in ("", None):
        return None
    if isinstance(value, str) and _NUMERIC.match(value) and not (value[0] == "0" and value[1:2] not in ("", ".")):
        return float(value) if "." in value else int(value)
    return value


def inlislite_report(path, sheet, headers, rows):
    book = Workbook()
    book.active.title = sheet
    book.active.append(headers)
    for row in rows:
        book.active.append([_as_phpspreadsheet(v) for v in row])
    book.save(path)
    return path


KATALOG = ["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Edisi", "Penerbit", "Tempat Terbit", "Tahun Terbit",
           "Subjek", "Deskripsi Fisik", "ISBN", "No. Panggil", "Bahasa", "Klas DDC", "Abstrak", "Status OPAC",
           "Status BNI", "Status KIN", "Status RDA", "Dibuat Oleh", "Tanggal Dibuat", "Diperbarui Oleh",
           "Tanggal Diperbarui"]
EKSEMPLAR = ["No. Barcode", "Tanggal Pengadaan", "No. Induk", "Judul", "Pengarang", "Edisi", "Penerbit",
             "Tempat Terbit", "Tahun Terbit", "Subjek", "ISBN", "No. Panggil", "Bahasa", "No. Dewey", "No. RFID",
             "Jenis Sumber", "Bentuk Fisik", "Kategori", "Akses", "Lokasi Ruang", "Nama Sumber", "Ketersediaan",
             "Status OPAC", "Status DRM", "Mata Uang", "Harga", "Satuan Harga", "Lokasi Perpustakaan", "Dibuat Oleh",
             "Tanggal Dibuat", "Diperbarui Oleh", "Tanggal Diperbarui"]
ANGGOTA = ["Nomor Anggota", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Alamat", "Telepon", "Email", "Provinsi",
           "Kota", "Kecamatan", "Kelurahan", "RT", "RW", "Nama Institusi", "Nomor Identitas", "Tanggal Registrasi",
           "Tanggal Berakhir", "Dibuat Oleh", "Diperbarui Oleh", "Jenis Kelamin", "Jenis Anggota"]
LASKAR = ["Laskar pelangi : sebuah novel / Andrea Hirata", "Hirata, Andrea", "Cet. 5", "Bentang Pustaka", "Yogyakarta",
          "c2008"]


def _katalog(tmp_path, abstract="Kisah sepuluh anak Belitung yang bersekolah di SD Muhammadiyah."):
    return inlislite_report(tmp_path / "Laporan_Katalog_05-12-2026_101500.xlsx", "Laporan Katalog", KATALOG, [
        ["INLIS000000000000001", "0010-0319000001", *LASKAR, "Fiksi Indonesia -- Novel", "xii, 529 hlm. ; 20 cm",
         "978-979-1227-00-6", "899.221 3 HIR l", "ind", "899.221 3", abstract, "Ya", "Tidak", "Tidak", "Ya", "admin",
         "12-03-2019", "admin", "12-03-2019"]])


def _eksemplar(tmp_path, received):
    rows = []
    for barcode, induk, when in (("00000001", "0001/PD-MJ/2019", "12-03-2019"), ("100002", "2/INV/2019", received)):
        rows.append([barcode, when, induk, *LASKAR, "Fiksi Indonesia -- Novel", "978-979-1227-00-6", "899.221 3 HIR l",
                     "ind", "899.221 3", barcode, "Pembelian", "Buku", "Umum", "Dapat dipinjam", "Ruang Baca Umum",
                     "Dana Desa 2019", "Tersedia", "Ya", "Tidak", "IDR", "79,000.00", "Per eksemplar",
                     "Perpustakaan Desa Maju Jaya", "admin", when, "admin", when])
    return inlislite_report(tmp_path / "Laporan_Eksemplar_05-12-2026_101700.xlsx", "Worksheet", EKSEMPLAR, rows)


def test_a_copy_inlislite_has_no_date_for_comes_in_without_one_and_is_not_listed(lib, librarian, tmp_path):
    # a copy whose TanggalPengadaan MySQL keeps as 0000-00-00 (entered before the date was asked, or moved in from
    # INLISLite 2): the report writes PHP's reading of it, a date in the year -1
    importer.import_file(lib, librarian, "inlislite", _katalog(tmp_path))
    result = importer.import_file(lib, librarian, "inlislite", _eksemplar(tmp_path, received="30-11--0001"))
    assert (result.items_add, result.bad) == (2, [])
    dated, undated = Item.get(Item.barcode == "00000001"), Item.get(Item.barcode == "100002")
    assert (dated.received_on, undated.received_on) == (date(2019, 3, 12), None)
    assert "30-11--0001" not in undated.condition_note  # (no "date as written" for a date nobody wrote)
    assert [e for e in review.open_flags(lib) if e.field == "received_on"] == []  # nothing to correct on the list
    assert (undated.accession_no, undated.price, undated.source_detail) == ("2/INV/2019", 79000, "Dana Desa 2019")


def test_the_abstract_keeps_its_last_full_stop(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "inlislite", _katalog(tmp_path))
    laskar = Record.get(Record.title == "Laskar pelangi")
    assert laskar.notes == "Kisah sepuluh anak Belitung yang bersekolah di SD Muhammadiyah."
    assert (laskar.subtitle, laskar.responsibility, laskar.year, laskar.ddc) == (
        "sebuah novel", "Andrea Hirata", 2008, "899.2213")
    again = importer.import_file(lib, librarian, "inlislite", _katalog(tmp_path))
    assert (again.records_add, again.records_update) == (0, 0)


def _member(number, name, nik, born="05-06-1990", **over):
    row = {"Nomor Anggota": number, "Nama Lengkap": name, "Tempat Lahir": "Sleman", "Tanggal Lahir": born,
           "Alamat": "Dusun Krajan", "Telepon": "081234567890", "Email": "", "Provinsi": "DI Yogyakarta",
           "Kota": "Sleman", "Kecamatan": "Mlati", "Kelurahan": "Sendangadi", "RT": "002", "RW": "5",
           "Nama Institusi": "", "Nomor Identitas": nik, "Tanggal Registrasi": "12-03-2019",
           "Tanggal Berakhir": "12-03-2027", "Dibuat Oleh": "admin", "Diperbarui Oleh": "petugas2",
           "Jenis Kelamin": "Perempuan", "Jenis Anggota": "Umum"} | over
    return [row[h] for h in ANGGOTA]


def test_inlislite_nik_ending_in_0_is_the_members_own_when_the_report_holds_whole_niks(lib, librarian, tmp_path):
    # INLISLite's card number may be the NIK (TipePenomoranAnggota 4), and PhpSpreadsheet writes a NIK as a whole
    # number: one NIK in ten really ends in 0. Excel would have cut the others too (15 digits): they are whole.
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("3404014506900001", "Siti Aminah", "3404014506900001"),
        _member("3404011708110010", "Budi Santoso", "3404011708110010"),
        _member("19031200003", "Dewi Lestari", "3404015203850007")])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (3, [])
    budi = Member.get(Member.name == "Budi Santoso")
    assert budi.nik == "3404011708110010"
    assert "perlu dicek" not in budi.notes and "3404011708110010" not in budi.notes
    assert result.set_aside == []  # (nothing said of it in the report either)


def test_a_nik_ending_in_0_in_a_file_excel_saved_is_still_to_be_checked(lib, librarian, tmp_path):
    # (every long number of the file ends in 0: Excel may have cut them all, as before)
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("A-001", "Siti Aminah", "3404014506900000"), _member("A-002", "Budi Santoso", "3404011708110010")])
    result = member_import.import_members(lib, librarian, path)
    assert "3404011708110010" in Member.get(Member.name == "Budi Santoso").notes  # kept, with a word to check it
    assert len(result.set_aside) == 2


def test_inlislite_staff_accounts_are_not_kept_in_the_members_notes(lib, librarian, tmp_path):
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200001", "Siti Aminah", "3404014506900001")])
    member_import.import_members(lib, librarian, path)
    siti = Member.get()
    assert "admin" not in siti.notes and "petugas2" not in siti.notes and "Dibuat Oleh" not in siti.notes
    assert (siti.registered_on, siti.expires_on, siti.birth_date) == (date(2019, 3, 12), date(2027, 3, 12),
                                                                       date(1990, 6, 5))


def test_a_member_inlislite_has_no_birth_date_for_comes_in_without_one_and_nothing_said(lib, librarian, tmp_path):
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200001", "Siti Aminah", "3404014506900001", born="30-11--0001")])
    result = member_import.import_members(lib, librarian, path)
    siti = Member.get()
    assert (result.add, siti.birth_date) == (1, None)
    assert "30-11--0001" not in siti.notes


def test_the_catalogue_report_chosen_as_a_spreadsheet_says_its_copies_are_in_the_copy_report(lib, librarian, tmp_path):
    # the wizard takes any .xlsx as a spreadsheet and reads INLISLite's by its headers: what it says of the missing
    # copies is INLISLite's (its Laporan Eksemplar), not a sheet's ("add a Jumlah column", "add them by hand")
    result = importer.import_file(lib, librarian, "xlsx", _katalog(tmp_path))
    said = [notice.template for notice in result.notices if "without copies" in notice.template]
    assert said == [importer._NO_COPIES["inlislite"]]


def test_the_members_kelurahan_and_rt_rw_are_their_village_and_rt_rw(lib, librarian, tmp_path):
    # the Members page's Village column and the desk's choice between two "Siti Aminah" read the member's village:
    # INLISLite's Kelurahan, RT and RW were only inside the address
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200001", "Siti Aminah", "3404014506900001"),
        _member("19031200002", "Siti Aminah", "3404014506900002", Kelurahan="Tirtoadi", RT="007", RW="12")])
    member_import.import_members(lib, librarian, path)
    first, second = Member.select().order_by(Member.number)
    assert (first.village, first.rt_rw, second.village, second.rt_rw) == ("Sendangadi", "002/5", "Tirtoadi", "007/12")
    assert "Sendangadi" in first.address  # (the address stays as it was written)
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged) == (0, 0, 2)


def test_members_moved_in_before_get_their_village_from_the_same_report(lib, librarian, tmp_path):
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200001", "Siti Aminah", "3404014506900001")])
    member_import.import_members(lib, librarian, path)
    Member.update(village="", rt_rw="").execute()  # (as the import wrote them before it kept them)
    again = member_import.import_members(lib, librarian, path)
    assert again.update == 1 and (Member.get().village, Member.get().rt_rw) == ("Sendangadi", "002/5")


def test_copies_inlislite_had_out_on_loan_are_said_with_where_their_loans_are(lib, librarian, tmp_path):
    # Ketersediaan "Dipinjam": the book is in a reader's hands; the copy report does not say whose, so the copy comes
    # in on the shelf, and the librarian is told which file brings the loans (before: nothing was said)
    importer.import_file(lib, librarian, "inlislite", _katalog(tmp_path))
    path = _eksemplar(tmp_path, received="12-03-2019")
    book = __import__("openpyxl").load_workbook(path)
    book.active.cell(row=3, column=EKSEMPLAR.index("Ketersediaan") + 1, value="Dipinjam")
    book.save(path)
    result = importer.import_file(lib, librarian, "inlislite", path)
    said = [notice for notice in result.notices if "Laporan Peminjaman" in notice.template]
    assert len(said) == 1 and said[0].params["count"] == 1
    assert Item.get(Item.barcode == "100002").status == "available"  # (on the shelf until its loan comes in)


def test_a_book_entered_twice_in_inlislite_stays_two_records_when_the_copy_report_came_first(lib, librarian, tmp_path):
    # a volunteer typed Laskar pelangi twice (two BIB IDs, the same description): the copy report, which has no BIB
    # ID, makes one record of both; the catalogue report's two rows then gave that one record both BIB IDs in turn,
    # and the first catalogue record was gone without a word (1,999 of 2,000 in the walk)
    importer.import_file(lib, librarian, "inlislite", _eksemplar(tmp_path, received="12-03-2019"))
    assert Record.select().count() == 1
    row = ["INLIS000000000000001", "0010-0319000001", *LASKAR, "Fiksi Indonesia -- Novel", "xii, 529 hlm. ; 20 cm",
           "978-979-1227-00-6", "899.221 3 HIR l", "ind", "899.221 3", "", "Ya", "Tidak", "Tidak", "Ya", "admin",
           "12-03-2019", "admin", "12-03-2019"]
    twice = [row, ["INLIS000000000000002", "0010-0319000002", *row[2:]]]
    path = inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, twice)
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_update, result.records_add) == (1, 1)
    assert sorted(r.slims_id for r in Record.select()) == ["inlislite:0010-0319000001", "inlislite:0010-0319000002"]
    assert "duplicate" in [e.reason for e in review.open_flags(lib)]  # (same ISBN: said, for her to merge)
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.records_update, again.records_skip) == (0, 0, 2)


def test_reports_brought_again_are_each_their_own_line_in_the_list_of_imports(lib, librarian, tmp_path):
    # the walk's second import of the three reports changed nothing: the list showed one line "Laporan_Katalog... +
    # Laporan_Eksemplar... + Laporan_Anggota...: 0 members added", as if one import of three files had brought members
    from pustaka_desktop.core.interop import import_list

    katalog = _katalog(tmp_path)
    members = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200001", "Siti Aminah", "3404014506900001")])
    importer.import_file(lib, librarian, "inlislite", katalog)
    member_import.import_members(lib, librarian, members)
    importer.import_file(lib, librarian, "inlislite", katalog)  # again: nothing to write
    member_import.import_members(lib, librarian, members)
    listed = [(entry.action, entry.file) for entry in import_list.recent_imports(lib, librarian)]
    assert listed == [("members.import", members.name), ("catalog.import", katalog.name),
                      ("members.import", members.name), ("catalog.import", katalog.name)]
    newest = import_list.recent_imports(lib, librarian)[0]
    assert import_list.files_of(newest.detail["log"], newest.file) == members.name


def test_a_dash_typed_for_nothing_is_nothing_not_a_value_to_check(lib, librarian, tmp_path):
    # INLISLite's member form wants its fields filled, so "-" is typed for no e-mail, no NIK, no birth date: each
    # was kept in the notes ("Email: -") and listed as not looking right, the address began "-, RT/RW ..."
    path = inlislite_report(tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [
        _member("19031200004", "Tukiyem", "-", Telepon="-", Email="\u2013", Alamat="-", **{
            "Tanggal Lahir": "-", "Nama Institusi": "--", "Tempat Lahir": "-"})])
    result = member_import.import_members(lib, librarian, path)
    tukiyem = Member.get()
    assert (result.add, result.set_aside, result.bad) == (1, [], [])
    assert (tukiyem.notes, tukiyem.email, tukiyem.phone, tukiyem.nik, tukiyem.institution, tukiyem.birth_date) == (
        "", "", "", "", "", None)
    assert tukiyem.address == "RT/RW 002/5, Sendangadi, Mlati, Sleman, DI Yogyakarta"


def test_a_dash_typed_in_inlislite_for_no_publisher_or_author_is_none(lib, librarian, tmp_path):
    row = ["INLIS000000000000009", "0010-0319000009", "Bertani Cabai", "-", "-", "-", "-", "2015", "-", "-", "-",
           "635 BER", "ind", "635", "-", "Ya", "Tidak", "Tidak", "Ya", "admin", "12-03-2019", "admin", "12-03-2019"]
    importer.import_file(lib, librarian, "inlislite", inlislite_report(
        tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, [row]))
    cabai = Record.get()
    assert (cabai.authors, cabai.subjects, cabai.publisher, cabai.place, cabai.edition, cabai.notes, cabai.year) == (
        "[]", "[]", "", "", "", "", 2015)
