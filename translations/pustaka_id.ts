<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
