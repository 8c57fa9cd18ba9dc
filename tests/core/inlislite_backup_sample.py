"""A village library's INLISLite 3 database backup, written the way INLISLite writes it (pizaini/inlislite
``backend/modules/setting/umum/controllers/BackupDataController.php``, *Setting → Umum → Backup Data*):

- a header of ``SET`` lines, then every table's ``DROP TABLE IF EXISTS`` and ``SHOW CREATE TABLE`` (made
  ``CREATE TABLE IF NOT EXISTS``, its ``AUTO_INCREMENT=n`` taken out), in ``SHOW FULL TABLES`` order (by name);
- then every table's rows, one ``INSERT INTO `t` (`A`,`B`) VALUES`` a row, the row on the next line: every value
  quoted and passed through PHP's ``addslashes`` (a quote, a double quote and a backslash escaped with a backslash,
  a line break written as it is), a NULL written ``'NULL'`` and then unquoted by a regular expression;
- then the triggers and functions INLISLite keeps (``DELIMITER $$`` blocks), and the closing ``SET``/``COMMIT``.

The catalogue keeps each record twice: its columns (``catalogs``: Title in ISBD form, Author ``;``-joined...) and
its MARC fields (``catalog_ruas``: one row a field, the value as stored, ``$a Laskar pelangi :$b sebuah novel``;
``catalog_subruas``: the same split into subfields). A record deleted in INLISLite goes to its quarantine
(``QUARANTINEDDATE`` set), and stays in the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

T = "2019-03-12 09:15:00"

COLUMNS: dict[str, tuple[str, ...]] = {
    "catalog_ruas": ("ID", "CatalogId", "Tag", "Indicator1", "Indicator2", "Value", "Sequence", "CreateBy",
                     "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal"),
    "catalog_subruas": ("ID", "RuasID", "SubRuas", "Value", "Sequence", "CreateBy", "CreateDate", "CreateTerminal",
                        "UpdateBy", "UpdateDate", "UpdateTerminal"),
    "catalogfiles": ("ID", "Catalog_id", "FileURL", "FileFlash", "IsPublish", "CreateBy", "CreateDate",
                     "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal", "IsFromMember", "Member_id"),
    "catalogs": ("ID", "ControlNumber", "BIBID", "Title", "Author", "Edition", "Publisher", "PublishLocation",
                 "PublishYear", "Publikasi", "Subject", "PhysicalDescription", "ISBN", "CallNumber", "Note",
                 "Languages", "DeweyNo", "ApproveDateOPAC", "IsOPAC", "IsBNI", "IsKIN", "IsRDA", "CoverURL",
                 "Branch_id", "Worksheet_id", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                 "UpdateTerminal", "MARC_LOC", "PRESERVASI_ID", "QUARANTINEDBY", "QUARANTINEDDATE",
                 "QUARANTINEDTERMINAL", "Member_id", "KIILastUploadDate"),
    "collectioncategorys": ("ID", "Code", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy",
                            "UpdateDate", "UpdateTerminal", "KIILastUploadDate"),
    "collectionloanitems": ("ID", "CollectionLoan_id", "LoanDate", "DueDate", "ActualReturn", "LateDays",
                            "LoanStatus", "Collection_id", "member_id", "CreateBy", "CreateDate", "CreateTerminal",
                            "UpdateBy", "UpdateDate", "UpdateTerminal", "KIILastUploadDate"),
    "collectionloans": ("ID", "CollectionCount", "LateCount", "ExtendCount", "LoanCount", "ReturnCount", "Member_id",
                        "Branch_id", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                        "UpdateTerminal", "KIILastUploadDate"),
    "collectionmedias": ("ID", "Code", "Name", "Worksheet_id", "CreateBy", "CreateDate", "CreateTerminal",
                         "UpdateBy", "UpdateDate", "UpdateTerminal", "KIILastUploadDate"),
    "collectionrules": ("ID", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                        "UpdateTerminal", "KIILastUploadDate"),
    "collections": ("ID", "NomorBarcode", "NoInduk", "Currency", "RFID", "Price", "PriceType", "TanggalPengadaan",
                    "CallNumber", "Branch_id", "Catalog_id", "Partner_id", "Location_id", "Rule_id", "Category_id",
                    "Media_id", "Source_id", "Status_id", "Location_Library_id", "Keterangan_Sumber", "CreateBy",
                    "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal", "IsVerified",
                    "QUARANTINEDBY", "QUARANTINEDDATE", "QUARANTINEDTERMINAL", "ISREFERENSI", "EDISISERIAL",
                    "NOJILID", "TANGGAL_TERBIT_EDISI_SERIAL", "BAHAN_SERTAAN", "KETERANGAN_LAIN", "TGLENTRYJILID",
                    "IDJILID", "NOMORPANGGILJILID", "ISOPAC", "JILIDCREATEBY", "KIILastUploadDate",
                    "BookingMemberID", "BookingExpiredDate"),
    "collectionsources": ("ID", "Code", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                          "UpdateTerminal", "KIILastUploadDate"),
    "collectionstatus": ("ID", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                         "UpdateTerminal", "KIILastUploadDate"),
    "locations": ("ID", "Code", "Name", "Description", "ISPUSTELING", "UrlLogo", "IsPrintBarcode",
                  "IsGenerateVisitorNumber", "IsInformationSought", "IsVisitsDestination", "LocationLibrary_id",
                  "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal",
                  "KIILastUploadDate"),
    "memberguesses": ("ID", "NoAnggota", "Nama", "Status_id", "MasaBerlaku_id", "Profesi_id", "PendidikanTerakhir_id",
                      "JenisKelamin_id", "Alamat", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                      "UpdateTerminal", "Deskripsi", "LOCATIONLOANS_ID", "Location_Id", "TujuanKunjungan_Id",
                      "Information", "NoPengunjung"),
    "tujuan_kunjungan": ("ID", "Code", "TujuanKunjungan", "Member", "CreateBy", "CreateDate", "CreateTerminal",
                         "UpdateBy", "UpdateDate", "UpdateTerminal"),
    "members": ("ID", "MemberNo", "Fullname", "PlaceOfBirth", "DateOfBirth", "Address", "AddressNow", "Phone",
                "InstitutionName", "InstitutionAddress", "InstitutionPhone", "IdentityType_id", "IdentityNo",
                "EducationLevel_id", "Sex_id", "MaritalStatus_id", "Job_id", "RegisterDate", "EndDate",
                "MotherMaidenName", "Email", "JenisPermohonan_id", "JenisAnggota_id", "StatusAnggota_id",
                "LoanReturnLateCount", "Branch_id", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy",
                "UpdateDate", "UpdateTerminal", "NoHp", "NamaDarurat", "TelpDarurat", "AlamatDarurat",
                "StatusHubunganDarurat", "City", "Province", "CityNow", "ProvinceNow", "Kecamatan", "Kelurahan", "RT",
                "RW", "KecamatanNow", "KelurahanNow", "RTNow", "RWNow", "Kelas_id", "TahunAjaran", "Agama_id",
                "Jurusan_id", "Fakultas_id", "UnitKerja_id", "KeteranganLain", "IsLunasBiayaPendaftaran",
                "BiayaPendaftaran", "TanggalBebasPustaka", "KIILastUploadDate"),
    "jenis_anggota": ("id", "jenisanggota", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                      "UpdateTerminal", "BiayaPendaftaran", "BiayaPerpanjangan", "MaxPinjamKoleksi",
                      "UploadDokumenKeanggotaanOnline", "MaxLoanDays", "DendaTenorJumlah", "DendaTenorSatuan",
                      "DendaPerTenor", "DendaTenorMultiply", "SuspendMember", "WarningLoanDueDay", "DaySuspend",
                      "DayPerpanjang", "CountPerpanjang", "KIILastUploadDate"),
    "jenis_kelamin": ("ID", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                      "UpdateTerminal"),
    "status_anggota": ("id", "Nama", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                       "UpdateTerminal"),
    "master_jenis_identitas": ("id", "Nama", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                               "UpdateTerminal", "IsNIK", "KIILastUploadDate"),
    "master_pendidikan": ("id", "Nama", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                          "UpdateTerminal", "KIILastUploadDate"),
    "master_pekerjaan": ("id", "Pekerjaan", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                         "UpdateTerminal", "KIILastUploadDate"),
    "kelas_siswa": ("id", "namakelassiswa", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                    "UpdateTerminal", "KIILastUploadDate"),
    "agama": ("ID", "Name", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal",
              "KIILastUploadDate"),
    "partners": ("ID", "Name", "Address", "Phone", "Fax", "Province", "City", "CreateBy", "CreateDate",
                 "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal", "KIILastUploadDate"),
    "worksheets": ("ID", "Name", "Format_id", "CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate",
                   "UpdateTerminal", "NoUrut", "DEPOSITFORMAT_CODE", "ISSERIAL", "ISMUSIK", "CODE", "Keterangan"),
}


def _stamp(row: dict[str, Any], table: str) -> tuple[Any, ...]:
    """The row in the table's column order; the bookkeeping columns filled as INLISLite fills them."""
    filler = {"CreateBy": 1, "CreateDate": T, "CreateTerminal": "192.168.1.10", "UpdateBy": 1, "UpdateDate": T,
              "UpdateTerminal": "192.168.1.10"}
    return tuple(row.get(c, filler.get(c)) for c in COLUMNS[table])


def _masters() -> dict[str, list[dict[str, Any]]]:
    return {
        "worksheets": [{"ID": 1, "Name": "Monograf", "Format_id": 1, "NoUrut": 1, "CODE": "MONO"},
                       {"ID": 4, "Name": "Bahan Kartografis", "Format_id": 1, "NoUrut": 4, "CODE": "KART"}],
        "collectionsources": [{"ID": 1, "Code": "1", "Name": "Pembelian"}, {"ID": 2, "Code": "2", "Name": "Hadiah"},
                              {"ID": 3, "Code": "3", "Name": "Tukar Menukar"}],
        "partners": [{"ID": 1, "Name": "Perpustakaan Nasional RI", "City": "Jakarta"},
                     {"ID": 2, "Name": "Bapak H. Sutrisno", "City": "Sleman"}],
        "collectioncategorys": [{"ID": 1, "Code": "UM", "Name": "Umum"}, {"ID": 2, "Code": "RF", "Name": "Referensi"},
                                {"ID": 3, "Code": "AN", "Name": "Anak"}],
        "collectionrules": [{"ID": 1, "Name": "Dapat dipinjam"}, {"ID": 2, "Name": "Tidak dapat dipinjam"}],
        "collectionstatus": [{"ID": 1, "Name": "Tersedia"}, {"ID": 2, "Name": "Dipinjam"}, {"ID": 3, "Name": "Rusak"},
                             {"ID": 4, "Name": "Hilang"}],
        "collectionmedias": [{"ID": 1, "Code": "BK", "Name": "Buku", "Worksheet_id": 1}],
        "locations": [{"ID": 1, "Code": "RBU", "Name": "Ruang Baca Umum", "LocationLibrary_id": 1},
                      {"ID": 2, "Code": "RA", "Name": "Ruang Anak", "LocationLibrary_id": 1}],
    }


# each catalogue's MARC fields as catalog_ruas keeps them: (tag, indicators, value); a control field's
# indicators None
LASKAR_RUAS = [
    ("001", None, "INLIS000000000000012"),
    ("005", None, "20190312091500"),
    ("008", None, "190312s2008    io a          000 1 ind  "),
    ("035", "##", "$a 0010-0319000012"),
    ("020", "##", "$a 9789793062792"),
    ("041", "0#", "$a ind"),
    ("082", "04", "$a 899.221 3"),
    ("084", "##", "$a 899.221 3 HIR l"),
    ("100", "0#", "$a Andrea Hirata"),
    ("245", "10", "$a Laskar pelangi :$b sebuah novel /$c Andrea Hirata"),
    ("250", "##", "$a Cet. 12"),
    ("260", "##", "$a Yogyakarta :$b Bentang Pustaka,$c 2008"),
    ("300", "##", "$a xiv, 529 hlm. ;$c 20 cm"),
    ("490", "0#", "$a Tetralogi laskar pelangi ;$v 1"),
    ("520", "##", "$a Kisah sepuluh anak Belitung yang bersekolah di SD Muhammadiyah."),
    ("650", "#4", "$a Novel Indonesia"),
]
RIYADH_RUAS = [
    ("001", None, "INLIS000000000000013"),
    ("035", "##", "$a 0010-0319000013"),
    ("041", "0#", "$a ara"),
    ("082", "04", "$a 2X4.1"),
    ("100", "0#", "$a An-Nawawi"),
    ("245", "10", "$a رياض الصالحين /$c An-Nawawi"),
    ("260", "##", "$a Beirut :$b Dar al-Fikr,$c 1994"),
    ("650", "#4", "$a Hadis"),
    ("938", "##", "$a Toko Buku Al-Ikhlas$n 12345"),
]


def catalogues() -> list[dict[str, Any]]:
    return [
        {"ID": 12, "ControlNumber": "INLIS000000000000012", "BIBID": "0010-0319000012",
         "Title": "Laskar pelangi : sebuah novel / Andrea Hirata", "Author": "Andrea Hirata", "Edition": "Cet. 12",
         "Publisher": "Bentang Pustaka", "PublishLocation": "Yogyakarta", "PublishYear": "2008",
         "Publikasi": "Yogyakarta : Bentang Pustaka, 2008", "Subject": "Novel Indonesia",
         "PhysicalDescription": "xiv, 529 hlm. ; 20 cm", "ISBN": "9789793062792", "CallNumber": "899.221 3 HIR l",
         "Note": "Kisah sepuluh anak Belitung yang bersekolah di SD Muhammadiyah.", "Languages": "ind",
         "DeweyNo": "899.221 3", "IsOPAC": 1, "IsBNI": 0, "IsKIN": 0, "IsRDA": 0, "Branch_id": 1, "Worksheet_id": 1},
        {"ID": 13, "ControlNumber": "INLIS000000000000013", "BIBID": "0010-0319000013",
         "Title": "رياض الصالحين / An-Nawawi", "Author": "An-Nawawi", "Publisher": "Dar al-Fikr",
         "PublishLocation": "Beirut", "PublishYear": "1994", "Subject": "Hadis", "ISBN": None, "CallNumber": "2X4.1 NAW r",
         "Languages": "ara", "DeweyNo": "2X4.1", "IsOPAC": 1, "Branch_id": 1, "Worksheet_id": 1},
        # typed in INLISLite 3.0's form before it kept MARC fields: the columns only
        {"ID": 14, "ControlNumber": "INLIS000000000000014", "BIBID": "0010-0319000014",
         "Title": "Budidaya ikan lele di kolam terpal / Tim Penyusun", "Author": "Tim Penyusun",
         "Publisher": "Penebar Swadaya", "PublishLocation": "Jakarta", "PublishYear": "c2015",
         "Subject": "Perikanan ; Ikan lele", "PhysicalDescription": "80 hlm. : ilus. ; 21 cm",
         "ISBN": "978-979-002-600-1", "CallNumber": "639.3 TIM b", "Note": "Bantuan Perpusnas 2019.\nDari O'Neil \\ Co.",
         "Languages": "Indonesia", "DeweyNo": "639.3", "IsOPAC": 0, "Branch_id": 1, "Worksheet_id": 1,
         "CoverURL": "lele.jpg"},
        # a map, no copy yet (ordered)
        {"ID": 15, "ControlNumber": "INLIS000000000000015", "BIBID": "0010-0319000015",
         "Title": "Peta Kabupaten Sleman", "Author": "Badan Informasi Geospasial", "PublishYear": "2018",
         "Languages": "ind", "DeweyNo": "912.598", "IsOPAC": 1, "Branch_id": 1, "Worksheet_id": 4},
        # deleted in INLISLite: in its quarantine
        {"ID": 16, "ControlNumber": "INLIS000000000000016", "BIBID": "0010-0319000016",
         "Title": "Buku rusak dihapus", "Author": "Anonim", "PublishYear": "1999", "Languages": "ind", "IsOPAC": 0,
         "Branch_id": 1, "Worksheet_id": 1, "QUARANTINEDBY": 1, "QUARANTINEDDATE": "2021-01-05 10:00:00",
         "QUARANTINEDTERMINAL": "192.168.1.10"},
    ]


def copies() -> list[dict[str, Any]]:
    base = {"Currency": "IDR", "PriceType": "Per eksemplar", "Branch_id": 1, "Location_Library_id": 1,
            "Media_id": 1, "IsVerified": 1, "ISREFERENSI": 0, "ISOPAC": 1}
    return [base | row for row in [
        {"ID": 101, "NomorBarcode": "00001", "NoInduk": "0001/PDS/2019", "Price": "79000.00",
         "TanggalPengadaan": "2019-03-12 00:00:00", "CallNumber": "899.221 3 HIR l", "Catalog_id": 12,
         "Location_id": 1, "Rule_id": 1, "Category_id": 1, "Source_id": 1, "Status_id": 1},
        {"ID": 102, "NomorBarcode": "00002", "NoInduk": "0002/PDS/2019", "Price": "79000.00",
         "TanggalPengadaan": "2019-03-12 00:00:00", "CallNumber": "899.221 3 HIR l", "Catalog_id": 12,
         "Location_id": 1, "Rule_id": 1, "Category_id": 1, "Source_id": 1, "Status_id": 2},
        {"ID": 103, "NomorBarcode": "00003", "NoInduk": "0003/PDS/2019", "Price": "0", "Currency": None,
         "TanggalPengadaan": "2019-04-01 00:00:00", "CallNumber": "2X4.1 NAW r", "Catalog_id": 13, "Partner_id": 2,
         "Location_id": 1, "Rule_id": 2, "Category_id": 2, "Source_id": 2, "Status_id": 1,
         "Keterangan_Sumber": "Wakaf keluarga"},
        {"ID": 104, "NomorBarcode": "00004", "NoInduk": "0004/PDS/2019", "Price": "35000.00", "PriceType": "Per judul",
         "TanggalPengadaan": "2019-05-20 00:00:00", "CallNumber": "639.3 TIM b", "Catalog_id": 14, "Partner_id": 1,
         "Location_id": 2, "Rule_id": 1, "Category_id": 3, "Source_id": 2, "Status_id": 4},
        {"ID": 105, "NomorBarcode": "00005", "NoInduk": "0005/PDS/2019", "Price": "35000.00",
         "TanggalPengadaan": "2019-05-20 00:00:00", "CallNumber": "639.3 TIM b", "Catalog_id": 14, "Partner_id": 1,
         "Location_id": 2, "Rule_id": 1, "Category_id": 3, "Source_id": 2, "Status_id": 3,
         "BAHAN_SERTAAN": "1 CD", "KETERANGAN_LAIN": "Sampul sobek, dilem", "RFID": "E2003412DC03011912345678"},
        # the deleted book's copy, in the quarantine with it
        {"ID": 106, "NomorBarcode": "00006", "NoInduk": "0006/PDS/2019", "Price": "10000.00", "Catalog_id": 16,
         "Location_id": 1, "Rule_id": 1, "Category_id": 1, "Source_id": 1, "Status_id": 1, "QUARANTINEDBY": 1,
         "QUARANTINEDDATE": "2021-01-05 10:00:00"},
        # a copy whose catalogue is gone from the database (deleted past the quarantine)
        {"ID": 107, "NomorBarcode": "00007", "NoInduk": "0007/PDS/2019", "Price": "20000.00", "Catalog_id": 99,
         "Location_id": 1, "Rule_id": 1, "Category_id": 1, "Source_id": 1, "Status_id": 1},
    ]]


def member_masters() -> dict[str, list[dict[str, Any]]]:
    """INLISLite's lists a member points into: the member types with their loan terms (Setting → Keanggotaan →
    Jenis Anggota), and the names of sexes, statuses, identity cards, schooling, jobs, classes, religions."""
    return {
        "jenis_anggota": [
            {"id": 1, "jenisanggota": "Umum", "MaxPinjamKoleksi": 4, "MaxLoanDays": 10, "DendaTenorJumlah": 1,
             "DendaTenorSatuan": "Hari", "DendaPerTenor": "1000", "DendaTenorMultiply": 1, "SuspendMember": 1,
             "DaySuspend": 3, "DayPerpanjang": 7, "CountPerpanjang": 1, "BiayaPendaftaran": "5000.00"},
            {"id": 2, "jenisanggota": "Pelajar", "MaxPinjamKoleksi": 2, "MaxLoanDays": 7, "DendaTenorJumlah": 1,
             "DendaTenorSatuan": "Minggu", "DendaPerTenor": "2000", "DendaTenorMultiply": 1, "SuspendMember": 0,
             "DayPerpanjang": 7, "CountPerpanjang": 0},
            # nobody holds it
            {"id": 3, "jenisanggota": "Mahasiswa", "MaxPinjamKoleksi": 5, "MaxLoanDays": 14, "DendaTenorJumlah": 1,
             "DendaTenorSatuan": "Hari", "DendaPerTenor": "500", "DayPerpanjang": 7, "CountPerpanjang": 2}],
        "jenis_kelamin": [{"ID": 1, "Name": "Laki-laki"}, {"ID": 2, "Name": "Perempuan"}],
        "status_anggota": [{"id": 1, "Nama": "Tidak Aktif"}, {"id": 3, "Nama": "Aktif"}, {"id": 4, "Nama": "Suspend"}],
        "master_jenis_identitas": [{"id": 1, "Nama": "KTP", "IsNIK": 1}, {"id": 2, "Nama": "Kartu Pelajar", "IsNIK": 0}],
        "master_pendidikan": [{"id": 1, "Nama": "SD"}, {"id": 4, "Nama": "SMA"}],
        "master_pekerjaan": [{"id": 1, "Pekerjaan": "Petani"}, {"id": 2, "Pekerjaan": "Pelajar/Mahasiswa"}],
        "kelas_siswa": [{"id": 1, "namakelassiswa": "5A"}],
        "agama": [{"ID": 1, "Name": "Islam"}],
    }


def members() -> list[dict[str, Any]]:
    base = {"JenisPermohonan_id": 1, "LoanReturnLateCount": 0, "Branch_id": 1, "IsLunasBiayaPendaftaran": 1}
    return [base | row for row in [
        {"ID": 1, "MemberNo": "AG-0001", "Fullname": "Siti Aminah", "PlaceOfBirth": "Sleman",
         "DateOfBirth": "1985-08-17 00:00:00", "Address": "Dusun Krajan", "AddressNow": "Dusun Krajan",
         "IdentityType_id": 1, "IdentityNo": "3404015708850001", "EducationLevel_id": 4, "Sex_id": 2,
         "MaritalStatus_id": 2, "Job_id": 1, "RegisterDate": "2019-01-02 00:00:00", "EndDate": "2027-01-02 00:00:00",
         "MotherMaidenName": "Sumiyati", "Email": "siti@example.id", "JenisAnggota_id": 1, "StatusAnggota_id": 3,
         "NoHp": "081234567890", "Phone": None, "City": "Sleman", "Province": "DI Yogyakarta",
         "Kecamatan": "Depok", "Kelurahan": "Sukamaju", "RT": "002", "RW": "005", "Agama_id": 1},
        {"ID": 2, "MemberNo": "AG-0002", "Fullname": "Budi Santoso", "PlaceOfBirth": "Sleman",
         "DateOfBirth": "2014-02-03", "Address": "Dusun Krajan RT 03", "AddressNow": "Asrama Pondok Al-Ikhlas",
         "InstitutionName": "SD Negeri 1 Sukamaju", "IdentityType_id": 2, "IdentityNo": "1234", "EducationLevel_id": 1,
         "Sex_id": 1, "Job_id": 2, "RegisterDate": "2023-07-01", "EndDate": "2024-06-30", "JenisAnggota_id": 2,
         "StatusAnggota_id": 3, "NoHp": "-", "NamaDarurat": "Sri Wahyuni", "TelpDarurat": "085600001111",
         "StatusHubunganDarurat": "Ibu", "Kelas_id": 1, "TahunAjaran": "2023/2024",
         "KeteranganLain": "Suka buku cerita.\nPinjam bersama kakaknya"},
        {"ID": 3, "MemberNo": "AG-0003", "Fullname": "Joko Widodo", "Sex_id": 1, "RegisterDate": "2020-05-05",
         "EndDate": "2028-05-05", "JenisAnggota_id": 1, "StatusAnggota_id": 1, "Phone": "0274 123456"},
    ]]


def loans() -> list[dict[str, Any]]:
    return [{"ID": "201903120001", "CollectionCount": 2, "LateCount": 0, "ExtendCount": 0, "LoanCount": 2,
             "ReturnCount": 1, "Member_id": 1, "Branch_id": 1},
            {"ID": "202611300002", "CollectionCount": 2, "LateCount": 0, "ExtendCount": 0, "LoanCount": 2,
             "ReturnCount": 0, "Member_id": 2, "Branch_id": 1}]


def loan_items() -> list[dict[str, Any]]:
    return [
        # out now: Siti has 00002 (Dipinjam in its copy), Budi 00001 (overdue on the day of the move)
        {"ID": 1, "CollectionLoan_id": "201903120001", "LoanDate": "2026-02-23 10:00:00",
         "DueDate": "2026-03-05 10:00:00", "LoanStatus": "Loan", "Collection_id": 102, "member_id": 1, "LateDays": 0},
        {"ID": 2, "CollectionLoan_id": "202611300002", "LoanDate": "2026-02-20 11:00:00",
         "DueDate": "2026-02-27 11:00:00", "LoanStatus": "Loan", "Collection_id": 101, "member_id": 2, "LateDays": 0},
        # brought back
        {"ID": 3, "CollectionLoan_id": "201903120001", "LoanDate": "2019-04-10 10:00:00",
         "DueDate": "2019-04-20 10:00:00", "ActualReturn": "2019-04-18 09:00:00", "LoanStatus": "Return",
         "Collection_id": 103, "member_id": 1, "LateDays": 0},
        # out to a member the backup does not have, and of a copy it does not have
        {"ID": 4, "CollectionLoan_id": "202611300003", "LoanDate": "2026-11-30 12:00:00",
         "DueDate": "2026-12-07 12:00:00", "LoanStatus": "Loan", "Collection_id": 103, "member_id": 77, "LateDays": 0},
        {"ID": 5, "CollectionLoan_id": "202611300002", "LoanDate": "2026-11-30 11:00:00",
         "DueDate": "2026-12-07 11:00:00", "LoanStatus": "Loan", "Collection_id": 999, "member_id": 2, "LateDays": 0},
    ]


def tables() -> dict[str, list[dict[str, Any]]]:
    ruas, subruas, number = [], [], 0
    for catalogue, fields in ((12, LASKAR_RUAS), (13, RIYADH_RUAS)):
        for sequence, (tag, indicators, value) in enumerate(fields, start=1):
            number += 1
            ind = indicators or "  "
            ruas.append({"ID": number, "CatalogId": catalogue, "Tag": tag, "Indicator1": ind[0] if indicators else None,
                         "Indicator2": ind[1] if indicators else None, "Value": value, "Sequence": sequence})
            for n, piece in enumerate(value.split("$")[1:] if indicators else [], start=1):
                subruas.append({"ID": len(subruas) + 1, "RuasID": number, "SubRuas": piece[0],
                                "Value": piece[1:].strip(), "Sequence": n})
    return {
        "catalog_ruas": ruas, "catalog_subruas": subruas, "catalogs": catalogues(), **_masters(),
        "catalogfiles": [{"ID": 1, "Catalog_id": 14, "FileURL": "budidaya-lele.pdf", "IsPublish": 1}],
        "collections": copies(),
        **member_masters(), "members": members(), "collectionloans": loans(), "collectionloanitems": loan_items(),
        "memberguesses": visits(),
        "tujuan_kunjungan": [{"ID": 1, "Code": "BACA", "TujuanKunjungan": "Membaca", "Member": 1},
                             {"ID": 2, "Code": "PINJAM", "TujuanKunjungan": "Meminjam/Mengembalikan", "Member": 1},
                             {"ID": 3, "Code": "INET", "TujuanKunjungan": "Internet", "Member": 0}],
    }


def visits() -> list[dict[str, Any]]:
    """INLISLite's guest book: a guest signing in at the door (name, address, sex, job, purpose), a member by card."""
    guest = {"Status_id": None, "LOCATIONLOANS_ID": None, "Location_Id": 1}
    return [guest | row for row in [
        {"ID": 1, "Nama": "Budi Santoso", "Alamat": "Dusun Krajan RT 02", "JenisKelamin_id": 1, "Profesi_id": 1,
         "PendidikanTerakhir_id": 1, "TujuanKunjungan_Id": 1, "CreateDate": "2026-02-23 09:00:00",
         "NoPengunjung": "GST20260000001"},
        {"ID": 2, "NoAnggota": "AG-0001", "Nama": "Siti Aminah", "JenisKelamin_id": 2, "TujuanKunjungan_Id": 2,
         "Status_id": 3, "CreateDate": "2026-02-23 10:30:00", "Information": "Mengembalikan dua buku"},
        {"ID": 3, "Nama": "Rina", "Alamat": "Desa Sukamaju", "JenisKelamin_id": 2, "Profesi_id": 2,
         "TujuanKunjungan_Id": 3, "CreateDate": "2026-02-24 15:00:00", "NoPengunjung": "GST20260000002"},
    ]]


def _addslashes(value: Any) -> str:
    return str(value).replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\x00", "\\0")


def _create(table: str) -> str:
    lines = [f"  `{c}` varchar(255) DEFAULT NULL," for c in COLUMNS[table]]
    return (f"CREATE TABLE IF NOT EXISTS `{table}` (\n" + "\n".join(lines) + "\n  PRIMARY KEY (`ID`)\n"
            ") ENGINE=InnoDB  DEFAULT CHARSET=utf8;")


def _comment(text: str) -> str:
    return f"-- -------------------------------------------\n-- {text}\n-- -------------------------------------------\n"


TRIGGERS = """ /* TRIGGER */
DELIMITER $$

DROP TRIGGER IF EXISTS `inbox_timestamp`$$

CREATE
    /*[DEFINER = { user | CURRENT_USER }]*/
    TRIGGER `inbox_timestamp` BEFORE INSERT ON `inbox`
    FOR EACH ROW BEGIN
    IF NEW.ReceivingDateTime = '0000-00-00 00:00:00' THEN
        SET NEW.ReceivingDateTime = CURRENT_TIMESTAMP();
    END IF;
END;
$$

DELIMITER ;

DELIMITER $$

DROP FUNCTION IF EXISTS `get_next_no_pemijaman_id`$$

CREATE DEFINER=`root`@`localhost` FUNCTION `get_next_no_pemijaman_id`() RETURNS VARCHAR(20) CHARSET latin1
BEGIN
 DECLARE next_no_pemijaman VARCHAR(20);
 SELECT COUNT(No_pinjaman) INTO pemijaman_count FROM lockers WHERE LEFT(No_pinjaman, 6) = DATE_FORMAT(NOW(),'%Y%m') ;
 RETURN next_no_pemijaman;
END$$

DELIMITER ;
"""


def write(path: Path, data: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    data = tables() if data is None else data
    names = sorted(data)  # (SHOW FULL TABLES: by name)
    out = ["-- -------------------------------------------\n", "SET AUTOCOMMIT=0;\n", "START TRANSACTION;\n",
           "SET SQL_QUOTE_SHOW_CREATE = 1;\n", "SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0;\n",
           "SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0;\n",
           "-- -------------------------------------------\n", _comment("START BACKUP")]
    for table in names:
        out.append(_comment(f"TABLE `{table}`"))
        out.append(f"DROP TABLE IF EXISTS `{table}`;\n{_create(table)}\n\n")
    for table in names:
        if not data[table]:
            continue
        out.append(_comment(f"TABLE DATA {table}"))
        for row in data[table]:
            values = "','".join(_addslashes("NULL" if v is None else v) for v in _stamp(row, table))
            text = f"('{values}'),".replace("'NULL'", "NULL")
            out.append(f"INSERT INTO `{table}` (`{'`,`'.join(COLUMNS[table])}`) VALUES\n{text.rstrip(',')};\n")
        out.append("\n\n\n")
    out += [TRIGGERS, "\n-- -------------------------------------------\n",
            "SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS;\n", "SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS;\n", "COMMIT;\n",
            "-- -------------------------------------------\n", _comment("END BACKUP")]
    path.write_text("".join(out), encoding="utf-8")
    return path
