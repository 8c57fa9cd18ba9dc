"""Word lists for realistic Indonesian demo data."""

FIRST_NAMES_M = ["Budi", "Agus", "Slamet", "Joko", "Andi", "Rudi", "Hendra", "Wahyu", "Dedi", "Eko", "Bayu",
                 "Fajar", "Rizki", "Dimas", "Arif", "Yusuf", "Ahmad", "Imam", "Bambang", "Sutrisno", "Teguh",
                 "Gilang", "Rangga", "Putu", "Made", "Ketut", "Nyoman", "Asep", "Ujang", "Dadang"]
FIRST_NAMES_F = ["Siti", "Sri", "Dewi", "Rina", "Wati", "Ani", "Nur", "Fitri", "Lestari", "Ayu", "Indah",
                 "Putri", "Ratna", "Yuni", "Endang", "Kartini", "Sari", "Dian", "Nining", "Rahmawati",
                 "Aisyah", "Nabila", "Salsabila", "Intan", "Wulan", "Kadek", "Luh", "Neng", "Euis", "Tuti"]
SURNAMES = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Pratama", "Nugroho",
            "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sihombing", "Lubis", "Rahman", "Hakim",
            "Susanto", "Gunawan", "Purnomo", "Wibowo", "Suryadi", "Halim", "Pohan", "Tanjung", "Manurung",
            "Situmorang", "Daulay", "Ginting", "Tarigan", "Sembiring", "Putra", "Sari", "Utami", "Anggraini"]
AUTHORS = ["Pramoedya Ananta Toer", "Andrea Hirata", "Tere Liye", "Dee Lestari", "Ahmad Tohari",
           "Habiburrahman El Shirazy", "Asma Nadia", "Eka Kurniawan", "Leila S. Chudori", "Ayu Utami",
           "Sapardi Djoko Damono", "Chairil Anwar", "Seno Gumira Ajidarma", "Okky Madasari", "Raditya Dika",
           "Buya Hamka", "Marah Rusli", "Abdul Muis", "N.H. Dini", "Umar Kayam", "Y.B. Mangunwijaya",
           "Kuntowijoyo", "Remy Sylado", "Iwan Simatupang", "Taufiq Ismail", "W.S. Rendra", "Joko Pinurbo",
           "Helvy Tiana Rosa", "Fira Basuki", "Ika Natassa", "Dewi Kharisma Michellia", "Norman Erikson Pasaribu"]
PUBLISHERS = [("Gramedia Pustaka Utama", "Jakarta"), ("Balai Pustaka", "Jakarta"), ("Mizan", "Bandung"),
              ("Erlangga", "Jakarta"), ("Kanisius", "Yogyakarta"), ("Bentang Pustaka", "Yogyakarta"),
              ("Republika", "Jakarta"), ("Grasindo", "Jakarta"), ("Elex Media Komputindo", "Jakarta"),
              ("Penebar Swadaya", "Jakarta"), ("Yrama Widya", "Bandung"), ("Tiga Serangkai", "Solo"),
              ("Kepustakaan Populer Gramedia", "Jakarta"), ("Marjin Kiri", "Tangerang"), ("Diva Press", "Yogyakarta"),
              ("Agromedia Pustaka", "Jakarta"), ("Bumi Aksara", "Jakarta"), ("Pustaka Jaya", "Bandung")]

# DDC classes with subject words and title patterns a village library really holds.
TOPICS = [
    ("004", "Komputer", ["Belajar Komputer untuk Pemula", "Mahir Microsoft Word", "Internet Sehat dan Aman",
                         "Dasar-Dasar Pemrograman", "Membuat Blog Desa", "Literasi Digital"]),
    ("028.5", "Minat baca", ["Gemar Membaca", "Cerita Sebelum Tidur", "Taman Bacaan Masyarakat"]),
    ("158.1", "Pengembangan diri", ["Jalan Menuju Sukses", "Berpikir Positif", "Mengelola Waktu"]),
    ("297", "Islam", ["Kisah Para Nabi", "Tuntunan Shalat Lengkap", "Akhlak Mulia", "Sejarah Islam Nusantara"]),
    ("306", "Kebudayaan", ["Adat Istiadat Nusantara", "Budaya Jawa", "Tradisi Lisan Batak"]),
    ("330", "Ekonomi", ["Koperasi Desa", "Mengelola Keuangan Keluarga", "BUMDes yang Berhasil"]),
    ("346.07", "Hukum", ["Hak dan Kewajiban Warga", "Hukum Pertanahan untuk Petani"]),
    ("363.7", "Lingkungan", ["Mengolah Sampah Rumah Tangga", "Bank Sampah Desa", "Air Bersih untuk Semua"]),
    ("371.3", "Pendidikan", ["Metode Belajar Menyenangkan", "Pendidikan Anak Usia Dini", "Guru Kreatif"]),
    ("398.2", "Cerita rakyat", ["Malin Kundang", "Legenda Danau Toba", "Timun Mas", "Bawang Merah Bawang Putih",
                                "Sangkuriang", "Roro Jonggrang", "Si Kancil dan Buaya", "Keong Mas"]),
    ("499.221", "Bahasa Indonesia", ["Tata Bahasa Baku", "Kamus Besar Bahasa Indonesia", "Pandai Menulis"]),
    ("510", "Matematika", ["Matematika Asyik", "Berhitung Cepat", "Latihan Soal Matematika SD"]),
    ("570", "Biologi", ["Keanekaragaman Hayati Indonesia", "Mengenal Tumbuhan Obat"]),
    ("613", "Kesehatan", ["Hidup Sehat", "Gizi Seimbang untuk Balita", "Mencegah Stunting", "Posyandu Kita"]),
    ("630", "Pertanian", ["Budidaya Padi Organik", "Bertanam Cabai di Pekarangan", "Beternak Kambing",
                          "Budidaya Ikan Lele", "Pupuk Kompos", "Hidroponik Sederhana", "Budidaya Jamur Tiram"]),
    ("641.5", "Masakan", ["Resep Masakan Nusantara", "Kue Tradisional", "Olahan Singkong", "Aneka Sambal"]),
    ("646.4", "Menjahit", ["Menjahit Busana Muslim", "Teknik Dasar Menjahit", "Membuat Pola Baju"]),
    ("658", "Usaha kecil", ["Memulai Usaha Kecil", "Pemasaran Online untuk UMKM", "Kewirausahaan Desa"]),
    ("746", "Kerajinan", ["Kerajinan Tangan dari Bambu", "Membatik", "Anyaman Pandan"]),
    ("796", "Olahraga", ["Sepak Bola untuk Anak", "Pencak Silat", "Bulu Tangkis"]),
    ("899.221", "Sastra Indonesia", ["Laskar Pelangi", "Bumi Manusia", "Ronggeng Dukuh Paruk", "Negeri 5 Menara",
                                     "Ayat-Ayat Cinta", "Hujan", "Pulang", "Cantik Itu Luka", "Siti Nurbaya",
                                     "Salah Asuhan", "Perahu Kertas", "Sang Pemimpi", "Rumah Kaca", "Burung-Burung Manyar"]),
    ("959.8", "Sejarah Indonesia", ["Sejarah Indonesia Modern", "Pahlawan Nasional", "Perjuangan Kemerdekaan",
                                    "Kerajaan Majapahit", "Sriwijaya"]),
]
TITLE_SUFFIXES = ["", "", "", "Jilid 1", "Jilid 2", "untuk Anak", "untuk Remaja", "Edisi Revisi",
                  "Panduan Praktis", "Kumpulan Cerita", "dan Masyarakat", "di Desa", "Tingkat Lanjut"]
OCCUPATIONS = ["Pelajar", "Mahasiswa", "Petani", "Pedagang", "Ibu rumah tangga", "Guru", "Buruh",
               "Nelayan", "Wiraswasta", "PNS", "Perangkat desa", "Tidak bekerja"]
EDUCATION = ["Belum sekolah", "SD", "SMP", "SMA", "D3", "S1"]
SCHOOLS = ["SDN 1 Sukamaju", "SDN 2 Sukamaju", "MI Al-Hidayah", "SMPN 1 Cibeureum", "MTs Nurul Huda",
           "SMAN 1 Cibeureum", "SMK Bina Karya"]
VILLAGES = ["Sukamaju", "Sukamaju", "Sukamaju", "Cibeureum", "Mekarsari", "Sindangrasa"]
LOCATIONS = ["Rak A", "Rak B", "Rak C", "Rak D", "Rak Anak", "Rak Referensi"]
