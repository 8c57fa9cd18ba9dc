<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Pustaka</source>
            <translation>Tentang Pustaka</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Pustaka Desktop&lt;/h2&gt;&lt;p&gt;The library system for Indonesian village libraries: catalogue, circulation desk, members, visitor book, activities, reports and sync with the district office — all without internet.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Pustaka Desktop&lt;/h2&gt;&lt;p&gt;Sistem perpustakaan untuk perpustakaan desa di Indonesia: katalog, layanan sirkulasi, anggota, buku tamu, kegiatan, laporan, dan sinkronisasi dengan dinas perpustakaan kabupaten — semuanya tanpa internet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versi:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Basis data:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Cadangan:</translation>
        </message>
        <message>
            <source>Logs:</source>
            <translation>Log:</translation>
        </message>
        <message>
            <source>Site id:</source>
            <translation>ID situs:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Pustaka cannot start</source>
            <translation>Pustaka tidak dapat dijalankan</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Terjadi kesalahan</translation>
        </message>
        <message>
            <source>Pustaka hit an unexpected problem. Your data is safe: every change is saved as soon as it is made. If this happens again, copy the details and send them to whoever supports your library.</source>
            <translation>Pustaka mengalami masalah yang tidak terduga. Data Anda aman: setiap perubahan langsung disimpan. Jika hal ini terjadi lagi, salin rinciannya dan kirimkan kepada pendamping perpustakaan Anda.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This database has no library yet. Run: pustaka-cli --db {path} init ...</source>
            <translation>Basis data ini belum berisi perpustakaan. Jalankan: pustaka-cli --db {path} init ...</translation>
        </message>
        <message>
            <source>Your account ({role}) may not do this. Ask a librarian.</source>
            <translation>Akun Anda ({role}) tidak boleh melakukan ini. Mintalah bantuan pustakawan.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>Kata sandi harus terdiri dari sedikitnya {n} karakter.</translation>
        </message>
        <message>
            <source>The PIN must be at least {n} digits.</source>
            <translation>PIN harus terdiri dari sedikitnya {n} angka.</translation>
        </message>
        <message>
            <source>A user name needs letters or digits only (no spaces).</source>
            <translation>Nama pengguna hanya boleh berisi huruf atau angka (tanpa spasi).</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Peran {role} tidak dikenal.</translation>
        </message>
        <message>
            <source>The user name {username} is already taken.</source>
            <translation>Nama pengguna {username} sudah dipakai.</translation>
        </message>
        <message>
            <source>This library already has staff accounts.</source>
            <translation>Perpustakaan ini sudah memiliki akun petugas.</translation>
        </message>
        <message>
            <source>The last active librarian cannot be disabled.</source>
            <translation>Pustakawan aktif terakhir tidak dapat dinonaktifkan.</translation>
        </message>
        <message>
            <source>The last active librarian must stay a librarian.</source>
            <translation>Pustakawan aktif terakhir harus tetap menjadi pustakawan.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nama pengguna atau kata sandi salah.</translation>
        </message>
        <message>
            <source>That is not a librarian's PIN.</source>
            <translation>Itu bukan PIN pustakawan.</translation>
        </message>
        <message>
            <source>The file {path} is not a Pustaka database or is damaged ({error}).</source>
            <translation>Berkas {path} bukan basis data Pustaka atau sudah rusak ({error}).</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Pustaka (schema {found}, this version knows {known}). Please update the application.</source>
            <translation>Basis data ini dibuat oleh versi Pustaka yang lebih baru (skema {found}, versi ini mengenal {known}). Silakan perbarui aplikasi.</translation>
        </message>
        <message>
            <source>The backup copy failed its integrity check.</source>
            <translation>Salinan cadangan gagal dalam pemeriksaan keutuhan.</translation>
        </message>
        <message>
            <source>This database already holds a catalogue; demo data is only loaded into an empty library.</source>
            <translation>Basis data ini sudah berisi katalog; data contoh hanya dimuat ke perpustakaan yang masih kosong.</translation>
        </message>
        <message>
            <source>The disk or USB stick is full; {path} was not saved.</source>
            <translation>Disk atau flashdisk penuh; {path} tidak tersimpan.</translation>
        </message>
        <message>
            <source>The disk or USB stick is read-only; {path} was not saved.</source>
            <translation>Disk atau flashdisk hanya bisa dibaca; {path} tidak tersimpan.</translation>
        </message>
        <message>
            <source>The folder for {path} is not there any more (was the USB stick removed?). Nothing was saved.</source>
            <translation>Folder untuk {path} sudah tidak ada (apakah flashdisk dicabut?). Tidak ada yang tersimpan.</translation>
        </message>
        <message>
            <source>No permission to write {path}. Nothing was saved.</source>
            <translation>Tidak ada izin untuk menulis {path}. Tidak ada yang tersimpan.</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>Tidak dapat menyimpan {path}: {error}</translation>
        </message>
        <message>
            <source>{isbn} is not a valid ISBN (check the digits).</source>
            <translation>{isbn} bukan ISBN yang sah (periksa angkanya).</translation>
        </message>
        <message>
            <source>The library needs a name.</source>
            <translation>Perpustakaan harus diberi nama.</translation>
        </message>
        <message>
            <source>The library code must be 2 to 8 capital letters or digits, e.g. SKM01.</source>
            <translation>Kode perpustakaan harus 2 sampai 8 huruf kapital atau angka, misalnya SKM01.</translation>
        </message>
        <message>
            <source>The village population must be a whole number.</source>
            <translation>Jumlah penduduk desa harus berupa bilangan bulat.</translation>
        </message>
        <message>
            <source>This database already holds a library ({name}).</source>
            <translation>Basis data ini sudah berisi perpustakaan ({name}).</translation>
        </message>
        <message>
            <source>Unknown language {language}.</source>
            <translation>Bahasa {language} tidak dikenal.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Pustaka</source>
            <translation>Selamat datang di Pustaka</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Selamat datang</translation>
        </message>
        <message>
            <source>Pustaka manages your library's books, members, loans, visitors and activities, without internet. Three short steps set it up.</source>
            <translation>Pustaka mengelola buku, anggota, peminjaman, pengunjung, dan kegiatan perpustakaan Anda, tanpa internet. Tiga langkah singkat untuk memulainya.</translation>
        </message>
        <message>
            <source>Language of the application:</source>
            <translation>Bahasa aplikasi:</translation>
        </message>
        <message>
            <source>This is a village library</source>
            <translation>Ini perpustakaan desa</translation>
        </message>
        <message>
            <source>This is a district library office (receives the villages' data)</source>
            <translation>Ini dinas perpustakaan kabupaten (menerima data dari desa-desa)</translation>
        </message>
        <message>
            <source>Your library</source>
            <translation>Perpustakaan Anda</translation>
        </message>
        <message>
            <source>You can change these later under Settings.</source>
            <translation>Semua ini dapat diubah nanti di Pengaturan.</translation>
        </message>
        <message>
            <source>Library name:</source>
            <translation>Nama perpustakaan:</translation>
        </message>
        <message>
            <source>Library code:</source>
            <translation>Kode perpustakaan:</translation>
        </message>
        <message>
            <source>NPP (optional):</source>
            <translation>NPP (jika ada):</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Desa/kelurahan:</translation>
        </message>
        <message>
            <source>Kecamatan:</source>
            <translation>Kecamatan:</translation>
        </message>
        <message>
            <source>Kabupaten:</source>
            <translation>Kabupaten/kota:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Provinsi:</translation>
        </message>
        <message>
            <source>2 to 8 capital letters or digits; printed at the start of every barcode.</source>
            <translation>2 sampai 8 huruf kapital atau angka; dicetak di awal setiap barkode.</translation>
        </message>
        <message>
            <source>The first librarian</source>
            <translation>Pustakawan pertama</translation>
        </message>
        <message>
            <source>This account may do everything. Volunteers get their own, more limited accounts later.</source>
            <translation>Akun ini boleh melakukan semuanya. Relawan nanti mendapat akun sendiri dengan hak yang lebih terbatas.</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Nama lengkap:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nama pengguna:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Kata sandi:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Ulangi kata sandi:</translation>
        </message>
        <message>
            <source>PIN for overrides:</source>
            <translation>PIN untuk persetujuan:</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Mohon periksa</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>&amp;Apply language</source>
            <translation>&amp;Terapkan bahasa</translation>
        </message>
        <message>
            <source>Apply language</source>
            <translation>Terapkan bahasa</translation>
        </message>
        <message>
            <source>Language of the application:</source>
            <translation>Bahasa aplikasi:</translation>
        </message>
        <message>
            <source>Indonesian is the default. The window reopens in the new language.</source>
            <translation>Bahasa Indonesia adalah bawaan. Jendela dibuka ulang dalam bahasa yang baru.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — Pustaka</source>
            <translation>Masuk — Pustaka</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pustaka — {library}</source>
            <translation>Pustaka — {library}</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigasi</translation>
        </message>
        <message>
            <source>&amp;Application</source>
            <translation>&amp;Aplikasi</translation>
        </message>
        <message>
            <source>&amp;Switch user / log out</source>
            <translation>&amp;Ganti pengguna / keluar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Tutup aplikasi</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>&amp;About Pustaka</source>
            <translation>&amp;Tentang Pustaka</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <translation>Pengguna: {name} ({role})</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Cannot continue</source>
            <translation>Tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Library name:</source>
            <translation>Nama perpustakaan:</translation>
        </message>
        <message>
            <source>Library code:</source>
            <translation>Kode perpustakaan:</translation>
        </message>
        <message>
            <source>NPP:</source>
            <translation>NPP:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Desa/kelurahan:</translation>
        </message>
        <message>
            <source>Kecamatan:</source>
            <translation>Kecamatan:</translation>
        </message>
        <message>
            <source>Kabupaten:</source>
            <translation>Kabupaten/kota:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Provinsi:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>Village population:</source>
            <translation>Jumlah penduduk desa:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Surel:</translation>
        </message>
        <message>
            <source>Head of the library:</source>
            <translation>Kepala perpustakaan:</translation>
        </message>
        <message>
            <source>Rules (back of member cards):</source>
            <translation>Tata tertib (di balik kartu anggota):</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>belum diisi</translation>
        </message>
        <message>
            <source>Changing the code does not change barcodes already printed.</source>
            <translation>Mengganti kode tidak mengubah barkode yang sudah dicetak.</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Simpan profil</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Simpan profil</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>The library profile was saved.</source>
            <translation>Profil perpustakaan sudah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Librarian</source>
            <translation>Pustakawan</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Relawan</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Library profile</source>
            <translation>Profil perpustakaan</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>New staff account</source>
            <translation>Akun petugas baru</translation>
        </message>
        <message>
            <source>Reset password / PIN of {name}</source>
            <translation>Atur ulang kata sandi / PIN {name}</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nama pengguna:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Nama lengkap:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Peran:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Kata sandi:</translation>
        </message>
        <message>
            <source>New password (empty: keep):</source>
            <translation>Kata sandi baru (kosong: tetap):</translation>
        </message>
        <message>
            <source>PIN (optional):</source>
            <translation>PIN (opsional):</translation>
        </message>
        <message>
            <source>New PIN (empty: keep):</source>
            <translation>PIN baru (kosong: tetap):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <source>Staff accounts</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>&amp;Tambah akun…</translation>
        </message>
        <message>
            <source>&amp;Reset password / PIN…</source>
            <translation>&amp;Atur ulang kata sandi / PIN…</translation>
        </message>
        <message>
            <source>Change r&amp;ole</source>
            <translation>Ubah &amp;peran</translation>
        </message>
        <message>
            <source>&amp;Disable / enable</source>
            <translation>&amp;Nonaktifkan / aktifkan</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Nonaktifkan akun</translation>
        </message>
        <message>
            <source>Disable the account {name}? It can be enabled again later.</source>
            <translation>Nonaktifkan akun {name}? Akun dapat diaktifkan lagi nanti.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Error: {message}</source>
            <translation>Galat: {message}</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Kata sandi: </translation>
        </message>
        <message>
            <source>Give the librarian's password with --password or $PUSTAKA_PASSWORD.</source>
            <translation>Berikan kata sandi pustakawan dengan --password atau $PUSTAKA_PASSWORD.</translation>
        </message>
        <message>
            <source>Library {name} ({code}) created in {path}.</source>
            <translation>Perpustakaan {name} ({code}) dibuat di {path}.</translation>
        </message>
        <message>
            <source>Demo library ready: {counts}.</source>
            <translation>Perpustakaan contoh siap: {counts}.</translation>
        </message>
        <message>
            <source>Log in as {user} with password {password}.</source>
            <translation>Masuk sebagai {user} dengan kata sandi {password}.</translation>
        </message>
    </context>
</TS>
