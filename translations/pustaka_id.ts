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
        <name>AccessionRegisterPage</name>
        <message>
            <source>Accession register (buku induk): every copy in the order it was received.</source>
            <translation>Buku induk: setiap eksemplar menurut urutan diterima.</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Diterima dari</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>TTTT-BB-HH</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Accession no. from</source>
            <translation>No. induk dari</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Tamp&amp;ilkan</translation>
        </message>
        <message>
            <source>Show the register</source>
            <translation>Tampilkan buku induk</translation>
        </message>
        <message>
            <source>Accession register</source>
            <translation>Buku induk</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Simpan sebagai &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the register as PDF</source>
            <translation>Simpan buku induk sebagai PDF</translation>
        </message>
        <message>
            <source>Save as E&amp;xcel…</source>
            <translation>Simpan sebagai E&amp;xcel…</translation>
        </message>
        <message>
            <source>Save the register as an Excel file</source>
            <translation>Simpan buku induk sebagai berkas Excel</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>{count} copies</source>
            <translation>{count} eksemplar</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Berkas Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving the register</source>
            <translation>Menyimpan buku induk</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>{count} copies saved to the file.</source>
            <translation>{count} eksemplar disimpan ke berkas.</translation>
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
        <name>AppearanceTab</name>
        <message>
            <source>Text size</source>
            <translation>Ukuran teks</translation>
        </message>
        <message>
            <source>&amp;High contrast (light text on black)</source>
            <translation>&amp;Kontras tinggi (teks terang di atas hitam)</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>Apply and &amp;restart</source>
            <translation>Terapkan dan &amp;mulai ulang</translation>
        </message>
        <message>
            <source>Apply and restart</source>
            <translation>Terapkan dan mulai ulang</translation>
        </message>
        <message>
            <source>Text size:</source>
            <translation>Ukuran teks:</translation>
        </message>
        <message>
            <source>Pustaka restarts to show the new size; nothing is lost.</source>
            <translation>Pustaka dimulai ulang untuk menampilkan ukuran baru; tidak ada yang hilang.</translation>
        </message>
    </context>
    <context>
        <name>AttentionLine</name>
        <message>
            <source>Needs attention:</source>
            <translation>Perlu perhatian:</translation>
        </message>
        <message>
            <source>no backup on a USB stick yet</source>
            <translation>belum ada cadangan di flashdisk</translation>
        </message>
        <message>
            <source>backup to a USB stick {days} days ago</source>
            <translation>cadangan ke flashdisk {days} hari lalu</translation>
        </message>
        <message>
            <source>last backup to a USB stick {date}</source>
            <translation>cadangan terakhir ke flashdisk {date}</translation>
        </message>
        <message>
            <source>the automatic backup failed</source>
            <translation>cadangan otomatis gagal</translation>
        </message>
        <message>
            <source>{count} lost in the restore</source>
            <translation>{count} data hilang karena pemulihan</translation>
        </message>
        <message>
            <source>{count} to check</source>
            <translation>{count} perlu diperiksa</translation>
        </message>
        <message>
            <source>{shortcut} puts the keyboard here; Tab moves between the links, Enter opens one.</source>
            <translation>{shortcut} membawa kursor ke sini; Tab berpindah antartautan, Enter membukanya.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Objek</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Tentang</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>Audit log exported</source>
            <translation>Log audit diekspor</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Cadangan dibuat</translation>
        </message>
        <message>
            <source>Library moved to another PC</source>
            <translation>Perpustakaan dipindah ke PC lain</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Cadangan dipulihkan</translation>
        </message>
        <message>
            <source>Catalogue record deleted</source>
            <translation>Cantuman katalog dihapus</translation>
        </message>
        <message>
            <source>Catalogue exported</source>
            <translation>Katalog diekspor</translation>
        </message>
        <message>
            <source>Catalogue imported</source>
            <translation>Katalog diimpor</translation>
        </message>
        <message>
            <source>Lost copy found</source>
            <translation>Eksemplar hilang ditemukan</translation>
        </message>
        <message>
            <source>Holiday added</source>
            <translation>Hari libur ditambahkan</translation>
        </message>
        <message>
            <source>Holiday removed</source>
            <translation>Hari libur dihapus</translation>
        </message>
        <message>
            <source>Circulation options changed</source>
            <translation>Pilihan sirkulasi diubah</translation>
        </message>
        <message>
            <source>Librarian override at the desk</source>
            <translation>Izin pustakawan di meja layanan</translation>
        </message>
        <message>
            <source>Loan rule deleted</source>
            <translation>Aturan peminjaman dihapus</translation>
        </message>
        <message>
            <source>Desk action undone</source>
            <translation>Kegiatan meja layanan dibatalkan</translation>
        </message>
        <message>
            <source>Computer clock confirmed</source>
            <translation>Jam komputer dikonfirmasi</translation>
        </message>
        <message>
            <source>Volunteer mode switched</source>
            <translation>Mode relawan diubah</translation>
        </message>
        <message>
            <source>Digital file attached</source>
            <translation>Berkas digital dilampirkan</translation>
        </message>
        <message>
            <source>Digital file removed</source>
            <translation>Berkas digital dihapus</translation>
        </message>
        <message>
            <source>Fine waived</source>
            <translation>Denda dihapuskan</translation>
        </message>
        <message>
            <source>Failed log-in</source>
            <translation>Gagal masuk</translation>
        </message>
        <message>
            <source>Account locked after wrong passwords</source>
            <translation>Akun dikunci setelah kata sandi salah</translation>
        </message>
        <message>
            <source>Log-in slowed down after wrong passwords</source>
            <translation>Masuk diperlambat setelah kata sandi salah</translation>
        </message>
        <message>
            <source>Member PIN removed</source>
            <translation>PIN anggota dihapus</translation>
        </message>
        <message>
            <source>Member PIN set</source>
            <translation>PIN anggota dibuat</translation>
        </message>
        <message>
            <source>Member blocked</source>
            <translation>Anggota diblokir</translation>
        </message>
        <message>
            <source>Member deleted</source>
            <translation>Anggota dihapus</translation>
        </message>
        <message>
            <source>Members exported</source>
            <translation>Anggota diekspor</translation>
        </message>
        <message>
            <source>Members imported</source>
            <translation>Anggota diimpor</translation>
        </message>
        <message>
            <source>Membership renewed</source>
            <translation>Keanggotaan diperpanjang</translation>
        </message>
        <message>
            <source>Member unblocked</source>
            <translation>Blokir anggota dibuka</translation>
        </message>
        <message>
            <source>Member cards printed</source>
            <translation>Kartu anggota dicetak</translation>
        </message>
        <message>
            <source>Labels printed</source>
            <translation>Label dicetak</translation>
        </message>
        <message>
            <source>Label sheet saved</source>
            <translation>Lembar label disimpan</translation>
        </message>
        <message>
            <source>Label sheet deleted</source>
            <translation>Lembar label dihapus</translation>
        </message>
        <message>
            <source>Programme deleted</source>
            <translation>Kegiatan dihapus</translation>
        </message>
        <message>
            <source>Programme session deleted</source>
            <translation>Sesi kegiatan dihapus</translation>
        </message>
        <message>
            <source>Programme session cancelled</source>
            <translation>Pertemuan kegiatan dibatalkan</translation>
        </message>
        <message>
            <source>Programme participant removed</source>
            <translation>Peserta kegiatan dihapus</translation>
        </message>
        <message>
            <source>Programme participants merged (one person)</source>
            <translation>Peserta kegiatan digabung (satu orang)</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Laporan disimpan</translation>
        </message>
        <message>
            <source>New recovery code made</source>
            <translation>Kode pemulihan baru dibuat</translation>
        </message>
        <message>
            <source>Wrong recovery code</source>
            <translation>Kode pemulihan salah</translation>
        </message>
        <message>
            <source>Recovery locked after wrong codes</source>
            <translation>Pemulihan dikunci setelah kode salah</translation>
        </message>
        <message>
            <source>Recovery slowed down after wrong codes</source>
            <translation>Pemulihan diperlambat setelah kode salah</translation>
        </message>
        <message>
            <source>Impact report figures entered</source>
            <translation>Angka laporan dampak diisi</translation>
        </message>
        <message>
            <source>Refused: account deactivated while still signed in</source>
            <translation>Ditolak: akun dinonaktifkan saat masih masuk</translation>
        </message>
        <message>
            <source>Refused: password changed since signing in</source>
            <translation>Ditolak: kata sandi diganti sejak masuk</translation>
        </message>
        <message>
            <source>Refused: role lowered since signing in</source>
            <translation>Ditolak: peran diturunkan sejak masuk</translation>
        </message>
        <message>
            <source>Way of writing class numbers changed</source>
            <translation>Cara menulis nomor kelas diubah</translation>
        </message>
        <message>
            <source>Screen lock setting changed</source>
            <translation>Pengaturan kunci layar diubah</translation>
        </message>
        <message>
            <source>Library logo changed</source>
            <translation>Logo perpustakaan diubah</translation>
        </message>
        <message>
            <source>Library profile changed</source>
            <translation>Profil perpustakaan diubah</translation>
        </message>
        <message>
            <source>Web catalogue setting changed</source>
            <translation>Pengaturan katalog web diubah</translation>
        </message>
        <message>
            <source>Staff account created</source>
            <translation>Akun petugas dibuat</translation>
        </message>
        <message>
            <source>Loan history imported</source>
            <translation>Riwayat peminjaman diimpor</translation>
        </message>
        <message>
            <source>Copy moved to another title</source>
            <translation>Eksemplar dipindahkan ke judul lain</translation>
        </message>
        <message>
            <source>Corrected on the review list</source>
            <translation>Dibetulkan di daftar Perlu diperiksa</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Impor dibatalkan</translation>
        </message>
        <message>
            <source>Suggestions of the review list used at once</source>
            <translation>Saran daftar Perlu diperiksa dipakai sekaligus</translation>
        </message>
        <message>
            <source>Refused: not allowed for this account</source>
            <translation>Ditolak: tidak diizinkan untuk akun ini</translation>
        </message>
        <message>
            <source>Wrong member PIN on the web catalogue</source>
            <translation>PIN anggota salah di katalog web</translation>
        </message>
        <message>
            <source>Member chose whether the web catalogue shows their loans</source>
            <translation>Anggota memilih apakah katalog web menampilkan pinjamannya</translation>
        </message>
        <message>
            <source>Member PIN locked after wrong tries</source>
            <translation>PIN anggota dikunci setelah salah berkali-kali</translation>
        </message>
        <message>
            <source>Refused: member PIN still locked</source>
            <translation>Ditolak: PIN anggota masih terkunci</translation>
        </message>
        <message>
            <source>Wrong librarian PIN</source>
            <translation>PIN pustakawan salah</translation>
        </message>
        <message>
            <source>Librarian PIN slowed down after wrong tries</source>
            <translation>PIN pustakawan diperlambat setelah salah berkali-kali</translation>
        </message>
        <message>
            <source>Staff account deactivated</source>
            <translation>Akun petugas dinonaktifkan</translation>
        </message>
        <message>
            <source>Staff account activated again</source>
            <translation>Akun petugas diaktifkan lagi</translation>
        </message>
        <message>
            <source>Librarian account recovered with the recovery code</source>
            <translation>Akun pustakawan dipulihkan dengan kode pemulihan</translation>
        </message>
        <message>
            <source>Password or PIN reset</source>
            <translation>Kata sandi atau PIN diatur ulang</translation>
        </message>
        <message>
            <source>Staff role changed</source>
            <translation>Peran petugas diubah</translation>
        </message>
        <message>
            <source>Decision on a copy not seen at the stock-take</source>
            <translation>Keputusan atas eksemplar yang tidak terlihat pada inventarisasi</translation>
        </message>
        <message>
            <source>Stock-take finished</source>
            <translation>Inventarisasi selesai</translation>
        </message>
        <message>
            <source>Lost copy found at the stock-take</source>
            <translation>Eksemplar hilang ditemukan saat inventarisasi</translation>
        </message>
        <message>
            <source>Copy not seen at the stock-take marked</source>
            <translation>Eksemplar yang tidak terlihat saat inventarisasi ditandai</translation>
        </message>
        <message>
            <source>Stock-take started</source>
            <translation>Inventarisasi dimulai</translation>
        </message>
        <message>
            <source>Sync conflict kept</source>
            <translation>Konflik sinkronisasi dipertahankan</translation>
        </message>
        <message>
            <source>Sync conflict reversed</source>
            <translation>Konflik sinkronisasi dibalik</translation>
        </message>
        <message>
            <source>Village enrolment accepted</source>
            <translation>Pendaftaran desa diterima</translation>
        </message>
        <message>
            <source>Enrolment finished</source>
            <translation>Pendaftaran selesai</translation>
        </message>
        <message>
            <source>Enrolment requested</source>
            <translation>Pendaftaran diminta</translation>
        </message>
        <message>
            <source>Sync exception resolved</source>
            <translation>Pengecualian sinkronisasi diselesaikan</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Paket ditulis</translation>
        </message>
        <message>
            <source>Book grant made</source>
            <translation>Hibah buku dibuat</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Paket diimpor</translation>
        </message>
        <message>
            <source>Line of what a restore lost dismissed</source>
            <translation>Baris yang hilang karena pemulihan disingkirkan</translation>
        </message>
        <message>
            <source>What a village's restore lost listed for it</source>
            <translation>Yang hilang karena pemulihan cadangan desa didaftar untuknya</translation>
        </message>
        <message>
            <source>Fine lost in a restore re-entered</source>
            <translation>Denda yang hilang karena pemulihan dimasukkan kembali</translation>
        </message>
        <message>
            <source>Lost loans a village dismissed closed</source>
            <translation>Pinjaman hilang yang disingkirkan desa ditutup</translation>
        </message>
        <message>
            <source>Loan lost in a restore re-entered</source>
            <translation>Peminjaman yang hilang karena pemulihan dimasukkan kembali</translation>
        </message>
        <message>
            <source>District's list of what the restore lost received</source>
            <translation>Daftar dinas tentang yang hilang karena pemulihan diterima</translation>
        </message>
        <message>
            <source>Return lost in a restore re-entered</source>
            <translation>Pengembalian yang hilang karena pemulihan dimasukkan kembali</translation>
        </message>
        <message>
            <source>Member sharing with the district changed</source>
            <translation>Berbagi data anggota dengan kabupaten diubah</translation>
        </message>
        <message>
            <source>Restored or copied database noticed</source>
            <translation>Basis data yang dipulihkan atau disalin terdeteksi</translation>
        </message>
        <message>
            <source>Copied database confirmed or re-enrolled</source>
            <translation>Basis data salinan dikonfirmasi atau didaftarkan ulang</translation>
        </message>
        <message>
            <source>Partner key revoked</source>
            <translation>Kunci mitra dicabut</translation>
        </message>
        <message>
            <source>Village time zone set</source>
            <translation>Zona waktu desa diatur</translation>
        </message>
        <message>
            <source>District database changed</source>
            <translation>Basis data kabupaten diganti</translation>
        </message>
        <message>
            <source>Union catalogue record edited</source>
            <translation>Cantuman katalog induk diubah</translation>
        </message>
        <message>
            <source>Union catalogue records merged</source>
            <translation>Cantuman katalog induk digabung</translation>
        </message>
        <message>
            <source>Union catalogue records split</source>
            <translation>Cantuman katalog induk dipisah</translation>
        </message>
        <message>
            <source>Failed unlock of the screen</source>
            <translation>Gagal membuka kunci layar</translation>
        </message>
        <message>
            <source>Visitor book line corrected</source>
            <translation>Baris buku tamu dikoreksi</translation>
        </message>
        <message>
            <source>Visitor book and activities imported</source>
            <translation>Buku tamu dan kegiatan diimpor</translation>
        </message>
        <message>
            <source>Visitor book line removed</source>
            <translation>Baris buku tamu dihapus</translation>
        </message>
        <message>
            <source>Visit signed in on the web catalogue</source>
            <translation>Kunjungan dicatat di katalog web</translation>
        </message>
        <message>
            <source>Reservation from the web catalogue</source>
            <translation>Pemesanan dari katalog web</translation>
        </message>
        <message>
            <source>Reservation cancelled on the web catalogue</source>
            <translation>Pemesanan dibatalkan di katalog web</translation>
        </message>
        <message>
            <source>Loan renewed on the web catalogue</source>
            <translation>Peminjaman diperpanjang di katalog web</translation>
        </message>
        <message>
            <source>Copy marked as {value}</source>
            <translation>Eksemplar ditandai {value}</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Log audit</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>Sirkulasi</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Meja layanan</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>Denda</translation>
        </message>
        <message>
            <source>Log-in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Librarian PIN</source>
            <translation>PIN pustakawan</translation>
        </message>
        <message>
            <source>Member PIN</source>
            <translation>PIN anggota</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Pencetakan</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Kode pemulihan</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>Inventarisasi</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkronisasi</translation>
        </message>
        <message>
            <source>Visitor book</source>
            <translation>Buku tamu</translation>
        </message>
        <message>
            <source>Web catalogue</source>
            <translation>Katalog web</translation>
        </message>
        <message>
            <source>import</source>
            <translation>impor</translation>
        </message>
        <message>
            <source>member</source>
            <translation>anggota</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>kunjungan</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>peminjaman</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>eksemplar</translation>
        </message>
        <message>
            <source>catalogue record</source>
            <translation>cantuman katalog</translation>
        </message>
        <message>
            <source>library profile</source>
            <translation>profil perpustakaan</translation>
        </message>
        <message>
            <source>reservation</source>
            <translation>pemesanan</translation>
        </message>
        <message>
            <source>programme session</source>
            <translation>sesi kegiatan</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>kegiatan</translation>
        </message>
        <message>
            <source>loan rule</source>
            <translation>aturan peminjaman</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>hari libur</translation>
        </message>
        <message>
            <source>book grant</source>
            <translation>hibah buku</translation>
        </message>
        <message>
            <source>staff account</source>
            <translation>akun petugas</translation>
        </message>
        <message>
            <source>computer clock</source>
            <translation>jam komputer</translation>
        </message>
        <message>
            <source>stock-take</source>
            <translation>inventarisasi</translation>
        </message>
        <message>
            <source>programme participant</source>
            <translation>peserta kegiatan</translation>
        </message>
        <message>
            <source>fine</source>
            <translation>denda</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>cadangan</translation>
        </message>
        <message>
            <source>library</source>
            <translation>perpustakaan</translation>
        </message>
        <message>
            <source>period</source>
            <translation>periode</translation>
        </message>
        <message>
            <source>union catalogue record</source>
            <translation>cantuman katalog induk</translation>
        </message>
        <message>
            <source>impact report</source>
            <translation>laporan dampak</translation>
        </message>
        <message>
            <source>report</source>
            <translation>laporan</translation>
        </message>
        <message>
            <source>label sheet</source>
            <translation>lembar label</translation>
        </message>
        <message>
            <source>list</source>
            <translation>daftar</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>pengaturan</translation>
        </message>
        <message>
            <source>sync exception</source>
            <translation>pengecualian sinkronisasi</translation>
        </message>
        <message>
            <source>look at the catalogue</source>
            <translation>melihat katalog</translation>
        </message>
        <message>
            <source>lend a book</source>
            <translation>meminjamkan buku</translation>
        </message>
        <message>
            <source>take back a book</source>
            <translation>menerima buku kembali</translation>
        </message>
        <message>
            <source>renew a loan</source>
            <translation>memperpanjang peminjaman</translation>
        </message>
        <message>
            <source>reserve a book</source>
            <translation>memesan buku</translation>
        </message>
        <message>
            <source>take a fine payment</source>
            <translation>menerima pembayaran denda</translation>
        </message>
        <message>
            <source>look up a member</source>
            <translation>mencari anggota</translation>
        </message>
        <message>
            <source>list all members</source>
            <translation>menampilkan semua anggota</translation>
        </message>
        <message>
            <source>register a member</source>
            <translation>mendaftarkan anggota</translation>
        </message>
        <message>
            <source>renew a membership</source>
            <translation>memperpanjang keanggotaan</translation>
        </message>
        <message>
            <source>write in the visitor book</source>
            <translation>mencatat di buku tamu</translation>
        </message>
        <message>
            <source>look at the dashboard</source>
            <translation>melihat dasbor</translation>
        </message>
        <message>
            <source>tick programme attendance</source>
            <translation>mencentang kehadiran kegiatan</translation>
        </message>
        <message>
            <source>scan at the stock-take</source>
            <translation>memindai saat inventarisasi</translation>
        </message>
        <message>
            <source>edit the catalogue</source>
            <translation>mengubah katalog</translation>
        </message>
        <message>
            <source>withdraw a copy or mark it lost or damaged</source>
            <translation>menyiangi eksemplar atau menandainya hilang atau rusak</translation>
        </message>
        <message>
            <source>delete from the catalogue</source>
            <translation>menghapus dari katalog</translation>
        </message>
        <message>
            <source>import a catalogue</source>
            <translation>mengimpor katalog</translation>
        </message>
        <message>
            <source>export the catalogue</source>
            <translation>mengekspor katalog</translation>
        </message>
        <message>
            <source>edit or block a member</source>
            <translation>mengubah atau memblokir anggota</translation>
        </message>
        <message>
            <source>delete a member</source>
            <translation>menghapus anggota</translation>
        </message>
        <message>
            <source>export the members</source>
            <translation>mengekspor anggota</translation>
        </message>
        <message>
            <source>import members</source>
            <translation>mengimpor anggota</translation>
        </message>
        <message>
            <source>import a loan history</source>
            <translation>mengimpor riwayat peminjaman</translation>
        </message>
        <message>
            <source>override a loan rule</source>
            <translation>mengesampingkan aturan peminjaman</translation>
        </message>
        <message>
            <source>undo a desk action</source>
            <translation>membatalkan tindakan di meja layanan</translation>
        </message>
        <message>
            <source>change the loan rules</source>
            <translation>mengubah aturan peminjaman</translation>
        </message>
        <message>
            <source>waive a fine</source>
            <translation>menghapuskan denda</translation>
        </message>
        <message>
            <source>correct the visitor book</source>
            <translation>membetulkan buku tamu</translation>
        </message>
        <message>
            <source>change a programme</source>
            <translation>mengubah kegiatan</translation>
        </message>
        <message>
            <source>save a report</source>
            <translation>menyimpan laporan</translation>
        </message>
        <message>
            <source>print labels or cards</source>
            <translation>mencetak label atau kartu</translation>
        </message>
        <message>
            <source>start or finish a stock-take</source>
            <translation>memulai atau menyelesaikan inventarisasi</translation>
        </message>
        <message>
            <source>change the settings</source>
            <translation>mengubah pengaturan</translation>
        </message>
        <message>
            <source>manage staff accounts</source>
            <translation>mengelola akun petugas</translation>
        </message>
        <message>
            <source>sync with the district</source>
            <translation>sinkronisasi dengan kabupaten</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>memulihkan cadangan</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>membuat cadangan</translation>
        </message>
        <message>
            <source>confirm the computer clock</source>
            <translation>menyatakan jam komputer benar</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>membaca log audit</translation>
        </message>
        <message>
            <source>command line (computer account {value})</source>
            <translation>baris perintah (akun komputer {value})</translation>
        </message>
        <message>
            <source>member {value} on the web catalogue</source>
            <translation>anggota {value} di katalog web</translation>
        </message>
        <message>
            <source>library {value}, sending to the district</source>
            <translation>perpustakaan {value}, mengirim ke kabupaten</translation>
        </message>
        <message>
            <source>someone on the web catalogue (member number not known)</source>
            <translation>seseorang di katalog web (nomor anggota tidak dikenal)</translation>
        </message>
        <message>
            <source>door sign-in tablet</source>
            <translation>tablet buku tamu di pintu</translation>
        </message>
        <message>
            <source>nobody signed in</source>
            <translation>tanpa akun yang masuk</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Fines of {amount} waived, reason: {reason}.</source>
            <translation>Denda {amount} dihapuskan, alasan: {reason}.</translation>
        </message>
        <message>
            <source>Member blocked, reason: {reason}.</source>
            <translation>Anggota diblokir, alasan: {reason}.</translation>
        </message>
        <message>
            <source>Membership renewed until {expires_on}.</source>
            <translation>Keanggotaan diperpanjang sampai {expires_on}.</translation>
        </message>
        <message>
            <source>Member {number} deleted.</source>
            <translation>Anggota {number} dihapus.</translation>
        </message>
        <message>
            <source>“{title}” deleted with its {copies} copies.</source>
            <translation>“{title}” dihapus beserta {copies} eksemplarnya.</translation>
        </message>
        <message>
            <source>Copy {barcode} moved from “{from_title}” (record {from_record}) to “{title}” (record {to_record}).</source>
            <translation>Eksemplar {barcode} dipindahkan dari “{from_title}” (judul {from_record}) ke “{title}” (judul {to_record}).</translation>
        </message>
        <message>
            <source>A librarian allowed {what} that the rules refused.</source>
            <translation>Pustakawan mengizinkan {what} yang ditolak aturan.</translation>
        </message>
        <message>
            <source>{what} of copy {barcode} undone.</source>
            <translation>{what} eksemplar {barcode} dibatalkan.</translation>
        </message>
        <message>
            <source>Copy {barcode} found (it was {status}).</source>
            <translation>Eksemplar {barcode} ditemukan (sebelumnya {status}).</translation>
        </message>
        <message>
            <source>Copy {barcode} found on the shelf at stock-take {stocktake} (it was {before}).</source>
            <translation>Eksemplar {barcode} ditemukan di rak pada inventarisasi {stocktake} (sebelumnya {before}).</translation>
        </message>
        <message>
            <source>Copy {barcode} not seen at stock-take {stocktake}: now {status} (it was {before}).</source>
            <translation>Eksemplar {barcode} tidak terlihat pada inventarisasi {stocktake}: kini {status} (sebelumnya {before}).</translation>
        </message>
        <message>
            <source>Copy {barcode} not seen at stock-take {stocktake}: decided, now {status} (it was {before}).</source>
            <translation>Eksemplar {barcode} tidak terlihat pada inventarisasi {stocktake}: diputuskan, kini {status} (sebelumnya {before}).</translation>
        </message>
        <message>
            <source>{checked} corrected on the review list: {old} is now {new}.</source>
            <translation>{checked} dibetulkan di daftar Perlu diperiksa: {old} sekarang {new}.</translation>
        </message>
        <message>
            <source>{fixed} suggestions of the review list used at once, {not_fixed} left on the list.</source>
            <translation>{fixed} saran daftar Perlu diperiksa dipakai sekaligus, {not_fixed} tetap di daftar.</translation>
        </message>
        <message>
            <source>{marked} copies not seen marked {mark}.</source>
            <translation>{marked} eksemplar yang tidak terlihat ditandai {mark}.</translation>
        </message>
        <message>
            <source>New account with the role {role}.</source>
            <translation>Akun baru dengan peran {role}.</translation>
        </message>
        <message>
            <source>Role changed from {old} to {new}.</source>
            <translation>Peran diubah dari {old} menjadi {new}.</translation>
        </message>
        <message>
            <source>Wrong password, {failures} time(s) in a row.</source>
            <translation>Kata sandi salah, {failures} kali berturut-turut.</translation>
        </message>
        <message>
            <source>Account locked for {minutes} minutes.</source>
            <translation>Akun dikunci selama {minutes} menit.</translation>
        </message>
        <message>
            <source>Wrong recovery code, {failures} time(s) in a row.</source>
            <translation>Kode pemulihan salah, {failures} kali berturut-turut.</translation>
        </message>
        <message>
            <source>Recovery locked for {minutes} minutes.</source>
            <translation>Pemulihan dikunci selama {minutes} menit.</translation>
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation>Cadangan ditulis ke {file}.</translation>
        </message>
        <message>
            <source>Import of {file} undone: {records} records, {copies} copies and {members} members removed, {restored} put back as they were, {kept} kept.</source>
            <translation>Impor {file} dibatalkan: {records} cantuman, {copies} eksemplar dan {members} anggota dihapus, {restored} dikembalikan seperti semula, {kept} dibiarkan.</translation>
        </message>
        <message>
            <source>Restored from {file}; the database before it was kept as {safety_copy}.</source>
            <translation>Dipulihkan dari {file}; basis data sebelumnya disimpan sebagai {safety_copy}.</translation>
        </message>
        <message>
            <source>Screen lock after {new} minutes (was {old}).</source>
            <translation>Layar terkunci setelah {new} menit (sebelumnya {old}).</translation>
        </message>
        <message>
            <source>Volunteer mode {on}.</source>
            <translation>Mode relawan {on}.</translation>
        </message>
        <message>
            <source>Line of {at} removed ({headcount} people).</source>
            <translation>Baris {at} dihapus ({headcount} orang).</translation>
        </message>
        <message>
            <source>Bundle {bundle}: {rows} changes, {changed} applied, {conflicts} conflicts.</source>
            <translation>Paket {bundle}: {rows} perubahan, {changed} diterapkan, {conflicts} konflik.</translation>
        </message>
        <message>
            <source>Bundle {bundle}: {rows} changes.</source>
            <translation>Paket {bundle}: {rows} perubahan.</translation>
        </message>
        <message>
            <source>{labels} {kind} labels printed, {skipped} skipped.</source>
            <translation>{labels} label {kind} dicetak, {skipped} dilewati.</translation>
        </message>
        <message>
            <source>{count} member cards printed.</source>
            <translation>{count} kartu anggota dicetak.</translation>
        </message>
        <message>
            <source>Copy {barcode} renewed until {due}.</source>
            <translation>Eksemplar {barcode} diperpanjang sampai {due}.</translation>
        </message>
        <message>
            <source>Closed from {starts_on} to {ends_on}: {name}.</source>
            <translation>Tutup dari {starts_on} sampai {ends_on}: {name}.</translation>
        </message>
        <message>
            <source>No longer closed from {starts_on} to {ends_on}: {name}.</source>
            <translation>Tidak lagi tutup dari {starts_on} sampai {ends_on}: {name}.</translation>
        </message>
        <message>
            <source>Refused: {attempted} is not allowed for the role {role}.</source>
            <translation>Ditolak: {attempted} tidak diizinkan untuk peran {role}.</translation>
        </message>
        <message>
            <source>Refused: {attempted}. The account was deactivated while it was still signed in.</source>
            <translation>Ditolak: {attempted}. Akun ini dinonaktifkan saat masih masuk.</translation>
        </message>
        <message>
            <source>Refused: {attempted}. The account's role was lowered since it signed in.</source>
            <translation>Ditolak: {attempted}. Peran akun ini diturunkan sejak masuk.</translation>
        </message>
        <message>
            <source>Refused: {attempted}. The account's password was changed since it signed in.</source>
            <translation>Ditolak: {attempted}. Kata sandi akun ini diganti sejak masuk.</translation>
        </message>
        <message>
            <source>Session of “{program}” on {starts_at} cancelled.</source>
            <translation>Pertemuan “{program}” pada {starts_at} dibatalkan.</translation>
        </message>
        <message>
            <source>{name} removed from “{program}”.</source>
            <translation>{name} dikeluarkan dari “{program}”.</translation>
        </message>
        <message>
            <source>{name} merged into {into} in “{program}”.</source>
            <translation>{name} digabung ke {into} di “{program}”.</translation>
        </message>
        <message>
            <source>Account deactivated: it can no longer sign in.</source>
            <translation>Akun dinonaktifkan: tidak bisa masuk lagi.</translation>
        </message>
        <message>
            <source>Account active again: it can sign in.</source>
            <translation>Akun aktif lagi: bisa masuk.</translation>
        </message>
        <message>
            <source>file {value}</source>
            <translation>berkas {value}</translation>
        </message>
        <message>
            <source>backup made before it: {value}</source>
            <translation>cadangan sebelumnya: {value}</translation>
        </message>
        <message>
            <source>copy {value}</source>
            <translation>eksemplar {value}</translation>
        </message>
        <message>
            <source>title “{value}”</source>
            <translation>judul “{value}”</translation>
        </message>
        <message>
            <source>{value} copies</source>
            <translation>{value} eksemplar</translation>
        </message>
        <message>
            <source>format {value}</source>
            <translation>format {value}</translation>
        </message>
        <message>
            <source>status {value}</source>
            <translation>status {value}</translation>
        </message>
        <message>
            <source>amount {value}</source>
            <translation>jumlah {value}</translation>
        </message>
        <message>
            <source>reason: {value}</source>
            <translation>alasan: {value}</translation>
        </message>
        <message>
            <source>member {value}</source>
            <translation>anggota {value}</translation>
        </message>
        <message>
            <source>valid until {value}</source>
            <translation>berlaku sampai {value}</translation>
        </message>
        <message>
            <source>{value} failed attempts</source>
            <translation>{value} kali gagal</translation>
        </message>
        <message>
            <source>{value} minutes</source>
            <translation>{value} menit</translation>
        </message>
        <message>
            <source>wait {value} seconds</source>
            <translation>tunggu {value} detik</translation>
        </message>
        <message>
            <source>{value} in all</source>
            <translation>{value} seluruhnya</translation>
        </message>
        <message>
            <source>kind {value}</source>
            <translation>jenis {value}</translation>
        </message>
        <message>
            <source>{value} labels</source>
            <translation>{value} label</translation>
        </message>
        <message>
            <source>{value} skipped</source>
            <translation>{value} dilewati</translation>
        </message>
        <message>
            <source>fields: {value}</source>
            <translation>ruas: {value}</translation>
        </message>
        <message>
            <source>field {value}</source>
            <translation>ruas {value}</translation>
        </message>
        <message>
            <source>role {value}</source>
            <translation>peran {value}</translation>
        </message>
        <message>
            <source>clock read {value}</source>
            <translation>jam menunjukkan {value}</translation>
        </message>
        <message>
            <source>{value} bytes</source>
            <translation>{value} bita</translation>
        </message>
        <message>
            <source>library code {value}</source>
            <translation>kode perpustakaan {value}</translation>
        </message>
        <message>
            <source>name “{value}”</source>
            <translation>nama “{value}”</translation>
        </message>
        <message>
            <source>bundle {value}</source>
            <translation>paket {value}</translation>
        </message>
        <message>
            <source>{value} changes</source>
            <translation>{value} perubahan</translation>
        </message>
        <message>
            <source>member records: {value}</source>
            <translation>data anggota: {value}</translation>
        </message>
        <message>
            <source>site {value}</source>
            <translation>tempat {value}</translation>
        </message>
        <message>
            <source>consent: {value}</source>
            <translation>persetujuan: {value}</translation>
        </message>
        <message>
            <source>kept site {value}</source>
            <translation>tempat yang dipertahankan {value}</translation>
        </message>
        <message>
            <source>time zone {value}</source>
            <translation>zona waktu {value}</translation>
        </message>
        <message>
            <source>period {value}</source>
            <translation>periode {value}</translation>
        </message>
        <message>
            <source>report {value}</source>
            <translation>laporan {value}</translation>
        </message>
        <message>
            <source>{value} people</source>
            <translation>{value} orang</translation>
        </message>
        <message>
            <source>group “{value}”</source>
            <translation>rombongan “{value}”</translation>
        </message>
        <message>
            <source>at {value}</source>
            <translation>pada {value}</translation>
        </message>
        <message>
            <source>due {value}</source>
            <translation>jatuh tempo {value}</translation>
        </message>
        <message>
            <source>from {value}</source>
            <translation>dari {value}</translation>
        </message>
        <message>
            <source>to {value}</source>
            <translation>sampai {value}</translation>
        </message>
        <message>
            <source>record {value}</source>
            <translation>judul {value}</translation>
        </message>
        <message>
            <source>from record {value}</source>
            <translation>dari judul {value}</translation>
        </message>
        <message>
            <source>from “{value}”</source>
            <translation>dari “{value}”</translation>
        </message>
        <message>
            <source>to record {value}</source>
            <translation>ke judul {value}</translation>
        </message>
        <message>
            <source>before: {value}</source>
            <translation>sebelumnya: {value}</translation>
        </message>
        <message>
            <source>now: {value}</source>
            <translation>sekarang: {value}</translation>
        </message>
        <message>
            <source>safety copy {value}</source>
            <translation>salinan pengaman {value}</translation>
        </message>
        <message>
            <source>{value} applied</source>
            <translation>{value} diterapkan</translation>
        </message>
        <message>
            <source>{value} conflicts</source>
            <translation>{value} konflik</translation>
        </message>
        <message>
            <source>on: {value}</source>
            <translation>aktif: {value}</translation>
        </message>
        <message>
            <source>port {value}</source>
            <translation>port {value}</translation>
        </message>
        <message>
            <source>parts: {value}</source>
            <translation>bagian: {value}</translation>
        </message>
        <message>
            <source>{value}</source>
            <translation>{value}</translation>
        </message>
        <message>
            <source>was {value}</source>
            <translation>sebelumnya {value}</translation>
        </message>
        <message>
            <source>note: {value}</source>
            <translation>catatan: {value}</translation>
        </message>
        <message>
            <source>location {value}</source>
            <translation>lokasi {value}</translation>
        </message>
        <message>
            <source>DDC from {value}</source>
            <translation>DDC dari {value}</translation>
        </message>
        <message>
            <source>DDC to {value}</source>
            <translation>DDC sampai {value}</translation>
        </message>
        <message>
            <source>{value} copies marked</source>
            <translation>{value} eksemplar ditandai</translation>
        </message>
        <message>
            <source>stock-take {value}</source>
            <translation>inventarisasi {value}</translation>
        </message>
        <message>
            <source>tried: {value}</source>
            <translation>yang dicoba: {value}</translation>
        </message>
        <message>
            <source>programme “{value}”</source>
            <translation>kegiatan “{value}”</translation>
        </message>
        <message>
            <source>session of {value}</source>
            <translation>pertemuan {value}</translation>
        </message>
        <message>
            <source>{value} attendance ticks removed</source>
            <translation>{value} centang kehadiran dihapus</translation>
        </message>
        <message>
            <source>age {value}</source>
            <translation>umur {value}</translation>
        </message>
        <message>
            <source>kept as {value}</source>
            <translation>disimpan sebagai {value}</translation>
        </message>
        <message>
            <source>{value} moved</source>
            <translation>{value} dipindahkan</translation>
        </message>
        <message>
            <source>the rules said: {value}</source>
            <translation>aturan menolak karena: {value}</translation>
        </message>
        <message>
            <source>at the desk: {value}</source>
            <translation>di meja layanan: {value}</translation>
        </message>
        <message>
            <source>{value} loans still out</source>
            <translation>{value} pinjaman masih di luar</translation>
        </message>
        <message>
            <source>{value} of them overdue</source>
            <translation>{value} di antaranya terlambat</translation>
        </message>
        <message>
            <source>{value} rows left out</source>
            <translation>{value} baris tidak dimasukkan</translation>
        </message>
        <message>
            <source>{value} returned loans</source>
            <translation>{value} pinjaman yang sudah kembali</translation>
        </message>
        <message>
            <source>{value} loans closed</source>
            <translation>{value} pinjaman ditutup</translation>
        </message>
        <message>
            <source>{value} fines</source>
            <translation>{value} denda</translation>
        </message>
        <message>
            <source>{value} visits</source>
            <translation>{value} kunjungan</translation>
        </message>
        <message>
            <source>{value} holidays</source>
            <translation>{value} hari libur</translation>
        </message>
        <message>
            <source>{value} programmes</source>
            <translation>{value} kegiatan</translation>
        </message>
        <message>
            <source>{value} sessions</source>
            <translation>{value} pertemuan</translation>
        </message>
        <message>
            <source>{value} closed days</source>
            <translation>{value} hari tutup</translation>
        </message>
        <message>
            <source>{value} reservations</source>
            <translation>{value} pemesanan</translation>
        </message>
        <message>
            <source>catalogue records: {value}</source>
            <translation>cantuman katalog: {value}</translation>
        </message>
        <message>
            <source>{value} new</source>
            <translation>{value} baru</translation>
        </message>
        <message>
            <source>{value} updated</source>
            <translation>{value} diperbarui</translation>
        </message>
        <message>
            <source>{value} with more details</source>
            <translation>{value} dengan rincian tambahan</translation>
        </message>
        <message>
            <source>{value} rows with problems</source>
            <translation>{value} baris bermasalah</translation>
        </message>
        <message>
            <source>{value} put on the review list</source>
            <translation>{value} masuk daftar Perlu diperiksa</translation>
        </message>
        <message>
            <source>layout {value}</source>
            <translation>tata letak {value}</translation>
        </message>
        <message>
            <source>first card {value}</source>
            <translation>kartu pertama {value}</translation>
        </message>
        <message>
            <source>budget received {value}</source>
            <translation>anggaran diterima {value}</translation>
        </message>
        <message>
            <source>budget asked for {value}</source>
            <translation>anggaran diajukan {value}</translation>
        </message>
        <message>
            <source>stored in {value}</source>
            <translation>disimpan di {value}</translation>
        </message>
        <message>
            <source>merged with union record {value}</source>
            <translation>digabung dengan cantuman induk {value}</translation>
        </message>
        <message>
            <source>lent {value}</source>
            <translation>dipinjam {value}</translation>
        </message>
        <message>
            <source>returned {value}</source>
            <translation>dikembalikan {value}</translation>
        </message>
        <message>
            <source>by {value}</source>
            <translation>oleh {value}</translation>
        </message>
        <message>
            <source>{value} loans</source>
            <translation>{value} peminjaman</translation>
        </message>
        <message>
            <source>library {value}</source>
            <translation>perpustakaan {value}</translation>
        </message>
        <message>
            <source>renewals counted from {value}</source>
            <translation>perpanjangan dihitung dari {value}</translation>
        </message>
        <message>
            <source>no loans with unpaid fines above {value}</source>
            <translation>tidak boleh meminjam bila denda belum dibayar lebih dari {value}</translation>
        </message>
        <message>
            <source>fine per loan at most {value}</source>
            <translation>denda per peminjaman paling banyak {value}</translation>
        </message>
        <message>
            <source>reservations kept {value} days</source>
            <translation>pesanan disimpan {value} hari</translation>
        </message>
        <message>
            <source>receipts {value} mm wide</source>
            <translation>struk selebar {value} mm</translation>
        </message>
        <message>
            <source>purpose {value}</source>
            <translation>keperluan {value}</translation>
        </message>
        <message>
            <source>occupation {value}</source>
            <translation>pekerjaan {value}</translation>
        </message>
        <message>
            <source>counts: {value}</source>
            <translation>jumlah: {value}</translation>
        </message>
        <message>
            <source>kind: {value}</source>
            <translation>jenis: {value}</translation>
        </message>
        <message>
            <source>{value} corrected</source>
            <translation>{value} dibetulkan</translation>
        </message>
        <message>
            <source>{value} left on the list</source>
            <translation>{value} tetap di daftar</translation>
        </message>
        <message>
            <source>{value} put back as they were</source>
            <translation>{value} dikembalikan seperti semula</translation>
        </message>
        <message>
            <source>{value} kept as they are</source>
            <translation>{value} dibiarkan seperti sekarang</translation>
        </message>
        <message>
            <source>copies: {value}</source>
            <translation>eksemplar: {value}</translation>
        </message>
        <message>
            <source>switched on</source>
            <translation>dinyalakan</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>dimatikan</translation>
        </message>
        <message>
            <source>logo removed</source>
            <translation>logo dihapus</translation>
        </message>
        <message>
            <source>new logo</source>
            <translation>logo baru</translation>
        </message>
        <message>
            <source>full member records</source>
            <translation>data anggota lengkap</translation>
        </message>
        <message>
            <source>pseudonymised member records</source>
            <translation>data anggota dengan nama samaran</translation>
        </message>
        <message>
            <source>the old code no longer works</source>
            <translation>kode lama tidak berlaku lagi</translation>
        </message>
        <message>
            <source>the library's first code</source>
            <translation>kode pertama perpustakaan</translation>
        </message>
        <message>
            <source>a new librarian account</source>
            <translation>akun pustakawan baru</translation>
        </message>
        <message>
            <source>a new password (the account's PIN was removed)</source>
            <translation>kata sandi baru (PIN akun dihapus)</translation>
        </message>
        <message>
            <source>new password</source>
            <translation>kata sandi baru</translation>
        </message>
        <message>
            <source>password not changed</source>
            <translation>kata sandi tidak diubah</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>PIN baru</translation>
        </message>
        <message>
            <source>PIN not changed</source>
            <translation>PIN tidak diubah</translation>
        </message>
        <message>
            <source>the clock had looked wrong</source>
            <translation>jam sebelumnya tampak salah</translation>
        </message>
        <message>
            <source>the clock looked right</source>
            <translation>jam tampak benar</translation>
        </message>
        <message>
            <source>no fines for closed days</source>
            <translation>tanpa denda untuk hari tutup</translation>
        </message>
        <message>
            <source>fines for closed days too</source>
            <translation>denda juga untuk hari tutup</translation>
        </message>
        <message>
            <source>no fines for closed days, as at SLiMS</source>
            <translation>tanpa denda untuk hari tutup, seperti di SLiMS</translation>
        </message>
        <message>
            <source>fine rules left as they were</source>
            <translation>aturan denda tidak diubah</translation>
        </message>
        <message>
            <source>made with the recovery code</source>
            <translation>dibuat dengan kode pemulihan</translation>
        </message>
        <message>
            <source>made by a librarian</source>
            <translation>dibuat oleh pustakawan</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>a loan</source>
            <translation>peminjaman</translation>
        </message>
        <message>
            <source>a return</source>
            <translation>pengembalian</translation>
        </message>
        <message>
            <source>a renewal</source>
            <translation>perpanjangan</translation>
        </message>
        <message>
            <source>guest</source>
            <translation>tamu</translation>
        </message>
        <message>
            <source>group</source>
            <translation>rombongan</translation>
        </message>
        <message>
            <source>spine</source>
            <translation>punggung</translation>
        </message>
        <message>
            <source>combined</source>
            <translation>gabungan</translation>
        </message>
        <message>
            <source>pseudonymised</source>
            <translation>nama samaran</translation>
        </message>
        <message>
            <source>barcode</source>
            <translation>barkode</translation>
        </message>
        <message>
            <source>member</source>
            <translation>anggota</translation>
        </message>
        <message>
            <source>the due date</source>
            <translation>tanggal batas kembali</translation>
        </message>
        <message>
            <source>the day of renewal</source>
            <translation>hari perpanjangan</translation>
        </message>
        <message>
            <source>plain (899.2213)</source>
            <translation>biasa (899.2213)</translation>
        </message>
        <message>
            <source>segmented (899.221 3)</source>
            <translation>bersegmen (899.221 3)</translation>
        </message>
        <message>
            <source>loan list (INLISLite or Excel)</source>
            <translation>daftar peminjaman (INLISLite atau Excel)</translation>
        </message>
        <message>
            <source>SLiMS titles</source>
            <translation>judul SLiMS</translation>
        </message>
        <message>
            <source>SLiMS copies</source>
            <translation>eksemplar SLiMS</translation>
        </message>
        <message>
            <source>membership ended</source>
            <translation>keanggotaan sudah berakhir</translation>
        </message>
        <message>
            <source>member blocked</source>
            <translation>anggota diblokir</translation>
        </message>
        <message>
            <source>unpaid fines</source>
            <translation>denda belum dibayar</translation>
        </message>
        <message>
            <source>loan limit reached</source>
            <translation>batas pinjaman tercapai</translation>
        </message>
        <message>
            <source>copy not for loan</source>
            <translation>eksemplar tidak untuk dipinjamkan</translation>
        </message>
        <message>
            <source>copy marked lost</source>
            <translation>eksemplar ditandai hilang</translation>
        </message>
        <message>
            <source>copy in repair</source>
            <translation>eksemplar sedang diperbaiki</translation>
        </message>
        <message>
            <source>reserved for another member</source>
            <translation>dipesan anggota lain</translation>
        </message>
        <message>
            <source>no renewals left</source>
            <translation>jatah perpanjangan habis</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>From date</source>
            <translation>Dari tanggal</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Sampai tanggal</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>Barcode, member number or name, a word…</source>
            <translation>Barkode, nomor atau nama anggota, sebuah kata…</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Tamp&amp;ilkan</translation>
        </message>
        <message>
            <source>Show the entries</source>
            <translation>Tampilkan catatan</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Export the entries shown to CSV or xlsx</source>
            <translation>Ekspor catatan yang tampil ke CSV atau xlsx</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Sampai:</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Pengguna:</translation>
        </message>
        <message>
            <source>Acti&amp;on:</source>
            <translation>&amp;Tindakan:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Tentang</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Audit log entries</source>
            <translation>Catatan log audit</translation>
        </message>
        <message>
            <source>◀ &amp;Newer</source>
            <translation>◀ Lebi&amp;h baru</translation>
        </message>
        <message>
            <source>Newer entries</source>
            <translation>Catatan yang lebih baru</translation>
        </message>
        <message>
            <source>Ol&amp;der ▶</source>
            <translation>Lebih &amp;lama ▶</translation>
        </message>
        <message>
            <source>Older entries</source>
            <translation>Catatan yang lebih lama</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Semua pengguna</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Semua tindakan</translation>
        </message>
        <message>
            <source>Entries {first}–{last} of {total}</source>
            <translation>Catatan {first}–{last} dari {total}</translation>
        </message>
        <message>
            <source>No entries for these filters.</source>
            <translation>Tidak ada catatan untuk saringan ini.</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Ekspor log audit</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Ekspor selesai</translation>
        </message>
        <message>
            <source>{count} entries were saved to {path}.</source>
            <translation>{count} catatan disimpan ke {path}.</translation>
        </message>
        <message>
            <source>Exporting the audit log</source>
            <translation>Mengekspor log audit</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>first start of the day</source>
            <translation>pembukaan pertama hari itu</translation>
        </message>
        <message>
            <source>before an update of the database</source>
            <translation>sebelum pembaruan basis data</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>sebelum impor</translation>
        </message>
        <message>
            <source>before a sync bundle import</source>
            <translation>sebelum impor paket sinkronisasi</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>sebelum pemulihan</translation>
        </message>
        <message>
            <source>before an import was undone</source>
            <translation>sebelum impor dibatalkan</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>dibuat manual</translation>
        </message>
        <message>
            <source>titles</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>eksemplar</translation>
        </message>
        <message>
            <source>members</source>
            <translation>anggota</translation>
        </message>
        <message>
            <source>loans</source>
            <translation>peminjaman</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>kunjungan</translation>
        </message>
        <message>
            <source>A backup does not hold the old PC's sync key. Before sending bundles: on the Sync page choose "It is the original library", then enrol with the district again. The digital shelf's files (PDF, EPUB) are not in a backup either: add them again from the originals.</source>
            <translation>Cadangan tidak memuat kunci sinkronisasi PC lama. Sebelum mengirim paket: di halaman Sinkronisasi pilih "Ini perpustakaan asli", lalu daftarkan lagi ke dinas kabupaten. Berkas rak digital (PDF, EPUB) juga tidak ada dalam cadangan: tambahkan lagi dari berkas aslinya.</translation>
        </message>
    </context>
    <context>
        <name>BackupNotice</name>
        <message>
            <source>Back up to a &amp;USB stick…</source>
            <translation>Cadangkan ke &amp;flashdisk…</translation>
        </message>
        <message>
            <source>Back up to a USB stick</source>
            <translation>Cadangkan ke flashdisk</translation>
        </message>
        <message>
            <source>Ask a librarian: only a librarian may copy the library.</source>
            <translation>Minta pustakawan: hanya pustakawan yang boleh menyalin data perpustakaan.</translation>
        </message>
    </context>
    <context>
        <name>BackupReminder</name>
        <message>
            <source>No backup has been copied to a USB stick yet. The automatic backups are on this PC's disk and are lost with it. Back up to a USB stick now.</source>
            <translation>Belum pernah ada cadangan yang disalin ke flashdisk. Cadangan otomatis ada di hard disk PC ini dan ikut hilang bila disk itu rusak. Cadangkan ke flashdisk sekarang.</translation>
        </message>
        <message>
            <source>Last backup to a USB stick: {ago} ({date}). Back up now.</source>
            <translation>Cadangan terakhir ke flashdisk: {ago} ({date}). Cadangkan sekarang.</translation>
        </message>
        <message>
            <source>Last backup to a USB stick: {ago} ({date}).</source>
            <translation>Cadangan terakhir ke flashdisk: {ago} ({date}).</translation>
        </message>
        <message>
            <source>Last backup to a USB stick: {date}. The computer's date is or was wrong, so how long ago cannot be told. Back up now.</source>
            <translation>Cadangan terakhir ke flashdisk: {date}. Tanggal komputer sedang atau pernah salah, jadi tidak bisa diketahui sudah berapa lama. Cadangkan sekarang.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hari ini</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>kemarin</translation>
        </message>
        <message>
            <source>{days} days ago</source>
            <translation>{days} hari lalu</translation>
        </message>
        <message>
            <source>The automatic backup of {date} failed: {reason} Until it works again, back up to a USB stick every day.</source>
            <translation>Cadangan otomatis tanggal {date} gagal: {reason} Selama belum berhasil lagi, cadangkan ke flashdisk setiap hari.</translation>
        </message>
        <message>
            <source>This folder is on the same disk as the library: if the disk breaks, this copy is lost with it. It does not count as a copy off this PC, so the reminder stays. Back up to a USB stick too.</source>
            <translation>Folder ini ada di disk yang sama dengan perpustakaan: jika disk rusak, salinan ini ikut hilang. Salinan ini tidak dihitung sebagai salinan di luar PC ini, jadi pengingat tetap muncul. Cadangkan juga ke flashdisk.</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>{library} ({code}), saved {date}: {counts}; {open} loans still out.</source>
            <translation>{library} ({code}), disimpan {date}: {counts}; {open} pinjaman belum kembali.</translation>
        </message>
        <message>
            <source>The date and time are &amp;right</source>
            <translation>Tanggal dan jam sudah &amp;benar</translation>
        </message>
        <message>
            <source>Confirm the computer's date and time</source>
            <translation>Konfirmasi tanggal dan jam komputer</translation>
        </message>
        <message>
            <source>Computer clock</source>
            <translation>Jam komputer</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Disimpan</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Cadangan otomatis</translation>
        </message>
        <message>
            <source>Automatic backups are kept in {folder} (the last 14 days and one a month for a year).</source>
            <translation>Cadangan otomatis disimpan di {folder} (14 hari terakhir dan satu per bulan selama setahun).</translation>
        </message>
        <message>
            <source>Disk used by backups</source>
            <translation>Ruang disk untuk cadangan</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <source>Make a backup now in the backups folder</source>
            <translation>Buat cadangan sekarang di folder cadangan</translation>
        </message>
        <message>
            <source>Back up to a USB stick or another folder</source>
            <translation>Cadangkan ke flashdisk USB atau folder lain</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>Pulihkan &amp;yang dipilih…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Pulihkan cadangan yang dipilih</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Pulihkan &amp;dari berkas…</translation>
        </message>
        <message>
            <source>Restore a backup from a file</source>
            <translation>Pulihkan cadangan dari sebuah berkas</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source>Lock the screen after this many idle minutes</source>
            <translation>Kunci layar setelah sekian menit tidak dipakai</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save the idle lock time</source>
            <translation>Simpan waktu kunci layar</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>Kunci layar otomatis</translation>
        </message>
        <message>
            <source>Move to another PC</source>
            <translation>Pindahkan ke PC lain</translation>
        </message>
        <message>
            <source>Copying the library file by hand can miss the latest loans and leaves the sync key behind. This puts the whole library and its key into one file on a USB stick; on the new PC choose "Move from the old PC" on the first screen. This PC stops sending sync bundles afterwards.</source>
            <translation>Menyalin berkas perpustakaan secara manual bisa melewatkan peminjaman terakhir dan meninggalkan kunci sinkronisasi. Tombol ini memasukkan seluruh perpustakaan beserta kuncinya ke satu berkas di flashdisk; di PC baru pilih "Pindahan dari PC lama" pada layar pertama. Sesudah itu PC ini tidak lagi mengirim bundel sinkronisasi.</translation>
        </message>
        <message>
            <source>Back up to a &amp;USB stick…</source>
            <translation>Cadangkan ke &amp;flashdisk…</translation>
        </message>
        <message>
            <source>Lock &amp;the screen after:</source>
            <translation>&amp;Kunci layar setelah:</translation>
        </message>
        <message>
            <source>&amp;Move to another PC…</source>
            <translation>&amp;Pindahkan ke PC lain…</translation>
        </message>
        <message>
            <source>Pack the whole library into one file for a new PC</source>
            <translation>Kemas seluruh perpustakaan menjadi satu berkas untuk PC baru</translation>
        </message>
        <message>
            <source>The {count} backups use {used} of their {budget} budget (the database itself: {db}; free on this disk: {free}). The oldest go first when a new backup would not fit.</source>
            <translation>{count} cadangan memakai {used} dari jatah {budget} (basis datanya sendiri: {db}; sisa ruang di disk ini: {free}). Cadangan tertua dihapus lebih dulu bila cadangan baru tidak muat.</translation>
        </message>
        <message>
            <source>Warning: the disk has less free space than one more backup needs.</source>
            <translation>Peringatan: sisa ruang disk kurang untuk satu cadangan lagi.</translation>
        </message>
        <message>
            <source>The union catalogue and the district figures are kept in PostgreSQL ({where}): these backups do not hold them. Back that database up with its own tool (pg_dump). From the villages' data in these backups the counts can be made again, but not the district's merges, splits and edits.</source>
            <translation>Katalog induk dan angka kabupaten disimpan di PostgreSQL ({where}): cadangan ini tidak memuatnya. Cadangkan basis data itu dengan alatnya sendiri (pg_dump). Dari data desa dalam cadangan ini jumlahnya dapat dibuat ulang, tetapi tidak penggabungan, pemisahan, dan suntingan kabupaten.</translation>
        </message>
        <message>
            <source>No automatic backups yet.</source>
            <translation>Belum ada cadangan otomatis.</translation>
        </message>
        <message>
            <source>The computer's clock looks right.</source>
            <translation>Jam komputer tampak benar.</translation>
        </message>
        <message>
            <source>A librarian has confirmed the date and time.</source>
            <translation>Pustakawan sudah mengonfirmasi tanggal dan jam.</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>Membaca cadangan…</translation>
        </message>
        <message>
            <source>Making a backup</source>
            <translation>Membuat cadangan</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Cadangan dibuat</translation>
        </message>
        <message>
            <source>The backup was saved and checked: {path}</source>
            <translation>Cadangan sudah disimpan dan diperiksa: {path}</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder</source>
            <translation>Pilih flashdisk USB atau folder</translation>
        </message>
        <message>
            <source>Backing up to USB</source>
            <translation>Mencadangkan ke USB</translation>
        </message>
        <message>
            <source>The backup was saved to {path} and checked.</source>
            <translation>Cadangan sudah disimpan ke {path} dan diperiksa.</translation>
        </message>
        <message>
            <source>The backup was saved to {path} and checked. You can remove the USB stick now.</source>
            <translation>Cadangan sudah disimpan ke {path} dan diperiksa. Flashdisk USB boleh dicabut sekarang.</translation>
        </message>
        <message>
            <source>Move to another PC?</source>
            <translation>Pindahkan ke PC lain?</translation>
        </message>
        <message>
            <source>The whole library goes into one file for the new PC. After that, this PC no longer sends sync bundles (two PCs must never sync as one library). Go on?</source>
            <translation>Seluruh perpustakaan dikemas menjadi satu berkas untuk PC baru. Sesudah itu PC ini tidak lagi mengirim bundel sinkronisasi (dua PC tidak boleh bersinkronisasi sebagai satu perpustakaan). Lanjutkan?</translation>
        </message>
        <message>
            <source>Packing the library</source>
            <translation>Mengemas perpustakaan</translation>
        </message>
        <message>
            <source>Ready to move</source>
            <translation>Siap dipindahkan</translation>
        </message>
        <message>
            <source>The whole library is in {path}. On the new PC, install Pustaka and choose "Move from the old PC" on the first screen, then log in with the same account.</source>
            <translation>Seluruh perpustakaan ada di {path}. Di PC baru, pasang Pustaka lalu pilih "Pindahan dari PC lama" pada layar pertama, kemudian masuk dengan akun yang sama.</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Pilih cadangan</translation>
        </message>
        <message>
            <source>Pustaka backups (*.sqlite3);;All files (*)</source>
            <translation>Cadangan Pustaka (*.sqlite3);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Pulihkan cadangan ini?</translation>
        </message>
        <message>
            <source>{summary}

Everything entered after this backup was made will be replaced by the backup. The current database is backed up first, so this can be undone.</source>
            <translation>{summary}

Semua yang dimasukkan setelah cadangan ini dibuat akan diganti isi cadangan. Basis data saat ini dicadangkan dulu, jadi langkah ini bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Sudah dipulihkan</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Cadangan sudah dipulihkan.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Memulihkan cadangan</translation>
        </message>
        <message>
            <source>The idle lock time was saved.</source>
            <translation>Waktu kunci layar sudah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>BatchCopiesDialog</name>
        <message>
            <source>Add copies</source>
            <translation>Tambah eksemplar</translation>
        </message>
        <message>
            <source>Barcodes and accession numbers the copies will get</source>
            <translation>Barkode dan nomor induk yang akan diberikan</translation>
        </message>
        <message>
            <source>&amp;Number of copies</source>
            <translation>Jumlah &amp;eksemplar</translation>
        </message>
        <message>
            <source>Will get</source>
            <translation>Akan mendapat</translation>
        </message>
        <message>
            <source>Sa&amp;ve and print labels</source>
            <translation>Simpan dan cetak &amp;label</translation>
        </message>
        <message>
            <source>Save, then print the labels of the new copies</source>
            <translation>Simpan, lalu cetak label eksemplar baru</translation>
        </message>
        <message>
            <source>{first} … {last}  (accession numbers {first_no} … {last_no})</source>
            <translation>{first} … {last}  (nomor induk {first_no} … {last_no})</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>Ambil foto</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Gambar kamera</translation>
        </message>
        <message>
            <source>The camera cannot be used.</source>
            <translation>Kamera tidak dapat digunakan.</translation>
        </message>
        <message>
            <source>Ask the member to look at the camera, then press Take photo.</source>
            <translation>Minta anggota melihat ke kamera, lalu tekan Ambil foto.</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Ambil foto</translation>
        </message>
        <message>
            <source>Take photo</source>
            <translation>Ambil foto</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Book</source>
            <translation>Buku</translation>
        </message>
        <message>
            <source>Magazine</source>
            <translation>Majalah</translation>
        </message>
        <message>
            <source>Newspaper</source>
            <translation>Surat kabar</translation>
        </message>
        <message>
            <source>Audio-visual</source>
            <translation>Audio-visual</translation>
        </message>
        <message>
            <source>E-book</source>
            <translation>Buku elektronik</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Anak-anak</translation>
        </message>
        <message>
            <source>Teens</source>
            <translation>Remaja</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Dewasa</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>Javanese</source>
            <translation>Bahasa Jawa</translation>
        </message>
        <message>
            <source>Sundanese</source>
            <translation>Bahasa Sunda</translation>
        </message>
        <message>
            <source>Madurese</source>
            <translation>Bahasa Madura</translation>
        </message>
        <message>
            <source>Minangkabau</source>
            <translation>Bahasa Minangkabau</translation>
        </message>
        <message>
            <source>Balinese</source>
            <translation>Bahasa Bali</translation>
        </message>
        <message>
            <source>Buginese</source>
            <translation>Bahasa Bugis</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Bahasa Arab</translation>
        </message>
        <message>
            <source>Malay</source>
            <translation>Bahasa Melayu</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Bahasa Tionghoa</translation>
        </message>
        <message>
            <source>Primary author</source>
            <translation>Pengarang utama</translation>
        </message>
        <message>
            <source>Additional author</source>
            <translation>Pengarang tambahan</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Penyunting</translation>
        </message>
        <message>
            <source>Translator</source>
            <translation>Penerjemah</translation>
        </message>
        <message>
            <source>Illustrator</source>
            <translation>Ilustrator</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Tersedia</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>Diperbaiki</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Hilang</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Tidak ditemukan</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <source>Not for loan</source>
            <translation>Tidak dipinjamkan</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Dihapus dari koleksi</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <source>Grant (hibah)</source>
            <translation>Hibah</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Sumbangan</translation>
        </message>
        <message>
            <source>Other source</source>
            <translation>Sumber lain</translation>
        </message>
        <message>
            <source>000 General works</source>
            <translation>000 Karya Umum</translation>
        </message>
        <message>
            <source>100 Philosophy and psychology</source>
            <translation>100 Filsafat dan Psikologi</translation>
        </message>
        <message>
            <source>200 Religion</source>
            <translation>200 Agama</translation>
        </message>
        <message>
            <source>300 Social sciences</source>
            <translation>300 Ilmu Sosial</translation>
        </message>
        <message>
            <source>400 Language</source>
            <translation>400 Bahasa</translation>
        </message>
        <message>
            <source>500 Science</source>
            <translation>500 Ilmu Murni</translation>
        </message>
        <message>
            <source>600 Technology (applied sciences)</source>
            <translation>600 Ilmu Terapan</translation>
        </message>
        <message>
            <source>700 Arts and recreation</source>
            <translation>700 Kesenian dan Olahraga</translation>
        </message>
        <message>
            <source>800 Literature</source>
            <translation>800 Kesusastraan</translation>
        </message>
        <message>
            <source>900 History and geography</source>
            <translation>900 Geografi dan Sejarah</translation>
        </message>
        <message>
            <source>Already in this catalogue: saving adds new copies of this title.</source>
            <translation>Sudah ada di katalog ini: menyimpan akan menambah eksemplar baru judul ini.</translation>
        </message>
        <message>
            <source>Filled in from the district's catalogue: check it and save.</source>
            <translation>Diisi dari katalog kabupaten: periksa lalu simpan.</translation>
        </message>
        <message>
            <source>Filled in from the union catalogue: check it and save.</source>
            <translation>Diisi dari katalog induk: periksa lalu simpan.</translation>
        </message>
        <message>
            <source>A new ISBN: the publisher is guessed from other books with the same publisher prefix.</source>
            <translation>ISBN baru: penerbit ditebak dari buku lain dengan awalan penerbit yang sama.</translation>
        </message>
        <message>
            <source>A new ISBN that nobody here knows yet: fill in the form.</source>
            <translation>ISBN baru yang belum dikenal di sini: isi formulirnya.</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <source>Search the catalogue</source>
            <translation>Cari di katalog</translation>
        </message>
        <message>
            <source>Number of titles found</source>
            <translation>Jumlah judul yang ditemukan</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Maksud Anda</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>Material type filter</source>
            <translation>Saring jenis bahan</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>Semua kelas</translation>
        </message>
        <message>
            <source>DDC class filter</source>
            <translation>Saring kelas DDC</translation>
        </message>
        <message>
            <source>All readers</source>
            <translation>Semua pembaca</translation>
        </message>
        <message>
            <source>Audience filter</source>
            <translation>Saring pembaca sasaran</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Semua bahasa</translation>
        </message>
        <message>
            <source>Language filter</source>
            <translation>Saring bahasa</translation>
        </message>
        <message>
            <source>Location filter</source>
            <translation>Saring lokasi</translation>
        </message>
        <message>
            <source>Only titles with a copy on the shelf now</source>
            <translation>Hanya judul yang eksemplarnya ada di rak sekarang</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Hasil pencarian</translation>
        </message>
        <message>
            <source>Record details</source>
            <translation>Rincian judul</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <source>Accession no.</source>
            <translation>No. induk</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Copies of this title</source>
            <translation>Eksemplar judul ini</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Judul baru</translation>
        </message>
        <message>
            <source>Catalogue a new title</source>
            <translation>Katalogkan judul baru</translation>
        </message>
        <message>
            <source>&amp;Edit record</source>
            <translation>&amp;Ubah judul</translation>
        </message>
        <message>
            <source>Edit the selected record</source>
            <translation>Ubah judul yang dipilih</translation>
        </message>
        <message>
            <source>Add c&amp;opy</source>
            <translation>Tambah &amp;eksemplar</translation>
        </message>
        <message>
            <source>Add one copy</source>
            <translation>Tambah satu eksemplar</translation>
        </message>
        <message>
            <source>Add cop&amp;ies…</source>
            <translation>Ta&amp;mbah beberapa eksemplar…</translation>
        </message>
        <message>
            <source>Add several copies at once</source>
            <translation>Tambah beberapa eksemplar sekaligus</translation>
        </message>
        <message>
            <source>Edi&amp;t copy</source>
            <translation>Ubah ek&amp;semplar</translation>
        </message>
        <message>
            <source>Edit the selected copy</source>
            <translation>Ubah eksemplar yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Hapus dari koleksi</translation>
        </message>
        <message>
            <source>Withdraw the selected copy</source>
            <translation>Hapus eksemplar yang dipilih dari koleksi</translation>
        </message>
        <message>
            <source>Mark the selected copy lost</source>
            <translation>Tandai eksemplar yang dipilih hilang</translation>
        </message>
        <message>
            <source>Availa&amp;ble now</source>
            <translation>&amp;Tersedia sekarang</translation>
        </message>
        <message>
            <source>Search title, author, subject, ISBN, barcode or call number (Ctrl+F)</source>
            <translation>Cari judul, pengarang, subjek, ISBN, barkode atau nomor panggil (Ctrl+F)</translation>
        </message>
        <message>
            <source>About the search</source>
            <translation>Tentang pencarian</translation>
        </message>
        <message>
            <source>&amp;Mark lost</source>
            <translation>Tanda&amp;i hilang</translation>
        </message>
        <message>
            <source>Mark the selected copy damaged</source>
            <translation>Tandai eksemplar yang dipilih rusak</translation>
        </message>
        <message>
            <source>Mark &amp;damaged</source>
            <translation>Tandai &amp;rusak</translation>
        </message>
        <message>
            <source>Delete cop&amp;y…</source>
            <translation>Hapus eksemplar &amp;yang salah…</translation>
        </message>
        <message>
            <source>Delete the selected copy, entered by mistake</source>
            <translation>Hapus eksemplar terpilih yang salah dimasukkan</translation>
        </message>
        <message>
            <source>Bac&amp;k on the shelf</source>
            <translation>&amp;Kembali ke rak</translation>
        </message>
        <message>
            <source>Put the selected copy back in circulation</source>
            <translation>Kembalikan eksemplar yang dipilih ke sirkulasi</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>Cetak &amp;label…</translation>
        </message>
        <message>
            <source>Print labels for every copy of the chosen titles</source>
            <translation>Cetak label untuk semua eksemplar judul yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Reserve…</source>
            <translation>&amp;Pesan…</translation>
        </message>
        <message>
            <source>Reserve this title for a member</source>
            <translation>Pesan judul ini untuk anggota</translation>
        </message>
        <message>
            <source>Co&amp;ver…</source>
            <translation>&amp;Gambar sampul…</translation>
        </message>
        <message>
            <source>See or change the cover picture</source>
            <translation>Lihat atau ganti gambar sampul</translation>
        </message>
        <message>
            <source>History of this copy…</source>
            <translation>Riwayat eksemplar ini…</translation>
        </message>
        <message>
            <source>Print labels for the chosen copies</source>
            <translation>Cetak label untuk eksemplar yang dipilih</translation>
        </message>
        <message>
            <source>History… (Ctrl+H)</source>
            <translation>Riwayat… (Ctrl+H)</translation>
        </message>
        <message>
            <source>The selected copy's loans, status changes and origin</source>
            <translation>Peminjaman, perubahan status dan asal eksemplar yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>Eksemplar:</translation>
        </message>
        <message>
            <source>All shelves</source>
            <translation>Semua rak</translation>
        </message>
        <message>
            <source>{n} titles</source>
            <translation>{n} judul</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}”.</source>
            <translation>Tidak ada hasil untuk “{typed}”.</translation>
        </message>
        <message>
            <source>Did you mean: {better}?</source>
            <translation>Maksud Anda: {better}?</translation>
        </message>
        <message>
            <source>Its results are shown.</source>
            <translation>Hasilnya ditampilkan.</translation>
        </message>
        <message>
            <source>Class or call number {shelf}: sorted by class number, then title.</source>
            <translation>Nomor kelas atau nomor panggil {shelf}: diurutkan menurut nomor kelas, lalu judul.</translation>
        </message>
        <message>
            <source>No title has the class number or call number {shelf}.</source>
            <translation>Tidak ada judul dengan nomor kelas atau nomor panggil {shelf}.</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}” in titles, authors, subjects, series, publishers, ISBNs, barcodes, class numbers or call numbers.</source>
            <translation>Tidak ada hasil untuk “{typed}” di judul, pengarang, subjek, seri, penerbit, ISBN, barkode, nomor kelas atau nomor panggil.</translation>
        </message>
        <message>
            <source>A filter is on: try again without it.</source>
            <translation>Ada saringan yang aktif: coba lagi tanpa saringan.</translation>
        </message>
        <message>
            <source>Choose a title to see its details and copies.</source>
            <translation>Pilih sebuah judul untuk melihat rincian dan eksemplarnya.</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Pernyataan tanggung jawab</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edisi</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Penerbitan</translation>
        </message>
        <message>
            <source>Collation</source>
            <translation>Kolasi</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>ISSN</source>
            <translation>ISSN</translation>
        </message>
        <message>
            <source>Material type</source>
            <translation>Jenis bahan</translation>
        </message>
        <message>
            <source>DDC class</source>
            <translation>Kelas DDC</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Pembaca sasaran</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Hidden from the patron kiosk</source>
            <translation>Disembunyikan dari kios pemustaka</translation>
        </message>
        <message>
            <source>Cover picture</source>
            <translation>Gambar sampul</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Dipesan</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>These titles have no copies to label yet.</source>
            <translation>Judul ini belum punya eksemplar untuk diberi label.</translation>
        </message>
        <message>
            <source>Labels are printed on the Print page.</source>
            <translation>Label dicetak di halaman Cetak.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mungkin ganda</translation>
        </message>
        <message>
            <source>Saved. The catalogue already has a title with the same ISBN or title and author:
{records}</source>
            <translation>Tersimpan. Katalog sudah memiliki judul dengan ISBN atau judul dan pengarang yang sama:
{records}</translation>
        </message>
        <message>
            <source>Delete copy</source>
            <translation>Hapus eksemplar</translation>
        </message>
        <message>
            <source>Delete copy {barcode} ({accession}) of “{title}”? Only for a copy entered by mistake: a copy that left the library is withdrawn instead.</source>
            <translation>Hapus eksemplar {barcode} ({accession}) dari “{title}”? Hanya untuk eksemplar yang salah dimasukkan: eksemplar yang sudah keluar dari perpustakaan dihapus dari koleksi (tarik) saja.</translation>
        </message>
        <message>
            <source>Copy {barcode} becomes “{status}”. Note (optional):</source>
            <translation>Eksemplar {barcode} menjadi “{status}”. Catatan (boleh kosong):</translation>
        </message>
    </context>
    <context>
        <name>ChartAxis</name>
        <message>
            <source>etc.</source>
            <translation>dll.</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Show numbers</source>
            <translation>Tampilkan angka</translation>
        </message>
        <message>
            <source>Show the numbers of: {title}</source>
            <translation>Tampilkan angka: {title}</translation>
        </message>
        <message>
            <source>Numbers of: {title}</source>
            <translation>Angka: {title}</translation>
        </message>
        <message>
            <source>Show chart</source>
            <translation>Tampilkan grafik</translation>
        </message>
    </context>
    <context>
        <name>ChooseFilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Pilih berkas</translation>
        </message>
        <message>
            <source>Nothing is changed until you confirm the import on the last step.</source>
            <translation>Tidak ada yang berubah sampai Anda mengonfirmasi impor pada langkah terakhir.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Format berkas</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Berkas yang diimpor</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>Cari berkas</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>Ber&amp;kas:</translation>
        </message>
        <message>
            <source>SLiMS item file (copies), optional</source>
            <translation>Berkas eksemplar SLiMS, tidak wajib</translation>
        </message>
        <message>
            <source>senayan_item_export.csv — optional</source>
            <translation>senayan_item_export.csv — tidak wajib</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>C&amp;ari…</translation>
        </message>
        <message>
            <source>Browse for the SLiMS item file</source>
            <translation>Cari berkas eksemplar SLiMS</translation>
        </message>
        <message>
            <source>I&amp;tem file (copies):</source>
            <translation>Berkas &amp;eksemplar:</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>&amp;Cari…</translation>
        </message>
        <message>
            <source>SLiMS writes the copies in a second export (Bibliography → Item Export). Choose it here and both files come in together, each copy with its details.</source>
            <translation>SLiMS menulis eksemplar dalam ekspor kedua (Bibliografi → Ekspor Eksemplar). Pilih di sini, maka kedua berkas masuk bersama, setiap eksemplar dengan rinciannya.</translation>
        </message>
        <message>
            <source>Co&amp;ver pictures folder:</source>
            <translation>Folder gambar sam&amp;pul:</translation>
        </message>
        <message>
            <source>Folder of SLiMS's cover pictures, optional</source>
            <translation>Folder gambar sampul SLiMS, tidak wajib</translation>
        </message>
        <message>
            <source>Choose fol&amp;der…</source>
            <translation>Pilih fol&amp;der…</translation>
        </message>
        <message>
            <source>Choose the folder of SLiMS's cover pictures</source>
            <translation>Pilih folder gambar sampul SLiMS</translation>
        </message>
        <message>
            <source>SLiMS's images folder (or images/docs) — optional</source>
            <translation>Folder images SLiMS (atau images/docs) — tidak wajib</translation>
        </message>
        <message>
            <source>Copy the images folder from the SLiMS computer (in the SLiMS folder) and choose it here: each book gets the cover SLiMS showed.</source>
            <translation>Salin folder images dari komputer SLiMS (di dalam folder SLiMS) lalu pilih di sini: setiap buku mendapat sampul yang ditampilkan SLiMS.</translation>
        </message>
        <message>
            <source>&amp;Attached files folder:</source>
            <translation>Folder berka&amp;s lampiran:</translation>
        </message>
        <message>
            <source>Folder of SLiMS's attached files, optional</source>
            <translation>Folder berkas lampiran SLiMS, tidak wajib</translation>
        </message>
        <message>
            <source>Choo&amp;se folder…</source>
            <translation>Pili&amp;h folder…</translation>
        </message>
        <message>
            <source>Choose SLiMS's repository folder</source>
            <translation>Pilih folder repository SLiMS</translation>
        </message>
        <message>
            <source>SLiMS's repository folder — optional</source>
            <translation>Folder repository SLiMS — tidak wajib</translation>
        </message>
        <message>
            <source>Files ({patterns})</source>
            <translation>Berkas ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Looking at the file to tell its format</source>
            <translation>Memeriksa berkas untuk mengenali formatnya</translation>
        </message>
        <message>
            <source>Format changed to “{format}” to fit this file.</source>
            <translation>Format diganti menjadi “{format}” agar sesuai dengan berkas ini.</translation>
        </message>
        <message>
            <source>Choose the SLiMS item file</source>
            <translation>Pilih berkas eksemplar SLiMS</translation>
        </message>
    </context>
    <context>
        <name>Circulation</name>
        <message>
            <source>Lent: {title}. Due back {due}.</source>
            <translation>Dipinjam: {title}. Kembali paling lambat {due}.</translation>
        </message>
        <message>
            <source>Renewed: {title}. Now due back {due}.</source>
            <translation>Diperpanjang: {title}. Sekarang kembali paling lambat {due}.</translation>
        </message>
        <message>
            <source>Found: {title} is back on the shelf.</source>
            <translation>Ditemukan: {title} kembali ke rak.</translation>
        </message>
        <message>
            <source>Returned: {title}. RESERVED for {hold_name} - put it on the hold shelf!</source>
            <translation>Dikembalikan: {title}. DIPESAN oleh {hold_name} - simpan di rak pesanan!</translation>
        </message>
        <message>
            <source>Returned: {title}. {days} day(s) late: fine {fine}.</source>
            <translation>Dikembalikan: {title}. Terlambat {days} hari: denda {fine}.</translation>
        </message>
        <message>
            <source>Returned: {title}.</source>
            <translation>Dikembalikan: {title}.</translation>
        </message>
        <message>
            <source>Undone: the loan of {title} was cancelled.</source>
            <translation>Dibatalkan: peminjaman {title} dibatalkan.</translation>
        </message>
        <message>
            <source>Undone: {title} is on loan again.</source>
            <translation>Dibatalkan: {title} tercatat dipinjam lagi.</translation>
        </message>
        <message>
            <source>Undone: the renewal of {title} was cancelled.</source>
            <translation>Dibatalkan: perpanjangan {title} dibatalkan.</translation>
        </message>
        <message>
            <source>Take back the loan of “{title}” ({barcode}) to {name} ({number})? The copy goes back on the shelf.</source>
            <translation>Batalkan peminjaman “{title}” ({barcode}) oleh {name} ({number})? Eksemplar kembali ke rak.</translation>
        </message>
        <message>
            <source>Take back the return of “{title}” ({barcode})? It is on loan to {name} ({number}) again and any fine charged is removed.</source>
            <translation>Batalkan pengembalian “{title}” ({barcode})? Buku kembali dipinjam {name} ({number}) dan denda yang dikenakan dihapus.</translation>
        </message>
        <message>
            <source>Take back the renewal of “{title}” ({barcode}) for {name} ({number})? The old due date comes back.</source>
            <translation>Batalkan perpanjangan “{title}” ({barcode}) untuk {name} ({number})? Batas kembali yang lama berlaku lagi.</translation>
        </message>
        <message>
            <source>Reserved for {name}: a copy is on the shelf. Put {barcode} on the hold shelf; it waits until {date}.</source>
            <translation>Dipesan untuk {name}: ada eksemplar di rak. Taruh {barcode} di rak pesanan; menunggu sampai {date}.</translation>
        </message>
        <message>
            <source>Reserved: {title} for {name}, number {position} in line.</source>
            <translation>Dipesan: {title} untuk {name}, antrean nomor {position}.</translation>
        </message>
        <message>
            <source>No phone number: print a letter, or ask at the next visit.</source>
            <translation>Tidak ada nomor telepon: cetak surat, atau sampaikan saat kunjungan berikutnya.</translation>
        </message>
        <message>
            <source>The phone number {phone} is not an Indonesian phone number: correct it on the Members page.</source>
            <translation>Nomor telepon {phone} bukan nomor Indonesia: perbaiki di halaman Anggota.</translation>
        </message>
    </context>
    <context>
        <name>CirculationRulesPage</name>
        <message>
            <source>Circulation rules</source>
            <translation>Aturan sirkulasi</translation>
        </message>
        <message>
            <source>&amp;Member types</source>
            <translation>&amp;Jenis anggota</translation>
        </message>
        <message>
            <source>&amp;Loan rules</source>
            <translation>Aturan &amp;pinjam</translation>
        </message>
        <message>
            <source>Opening &amp;days and holidays</source>
            <translation>&amp;Hari buka dan hari libur</translation>
        </message>
        <message>
            <source>Fines and &amp;options</source>
            <translation>&amp;Denda dan pilihan</translation>
        </message>
    </context>
    <context>
        <name>ClassNumbersTab</name>
        <message>
            <source>&amp;Without a space: {example}</source>
            <translation>&amp;Tanpa spasi: {example}</translation>
        </message>
        <message>
            <source>Class numbers without a space, like {example}</source>
            <translation>Nomor kelas tanpa spasi, contohnya {example}</translation>
        </message>
        <message>
            <source>With a space as in the &amp;KDT: {example}</source>
            <translation>Dengan spasi seperti di &amp;KDT: {example}</translation>
        </message>
        <message>
            <source>Class numbers with a space as in the KDT, like {example}</source>
            <translation>Nomor kelas dengan spasi seperti di KDT, contohnya {example}</translation>
        </message>
        <message>
            <source>Class numbers are written</source>
            <translation>Cara menulis nomor kelas</translation>
        </message>
        <message>
            <source>Class numbers are written:</source>
            <translation>Nomor kelas ditulis:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save the way class numbers are written</source>
            <translation>Simpan cara menulis nomor kelas</translation>
        </message>
        <message>
            <source>Only how a class number is shown on the screens and on new spine labels; the catalogue keeps it the same either way.
Until you save a choice here, a catalogue moved in from SLiMS or INLISLite takes the way its copies' call numbers were written.</source>
            <translation>Ini hanya cara nomor kelas ditampilkan di layar dan di label punggung yang baru; katalog menyimpannya sama saja.
Selama belum ada pilihan yang disimpan di sini, katalog yang dipindahkan dari SLiMS atau INLISLite mengikuti cara nomor panggil eksemplarnya ditulis.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>Class numbers are now written like {example}.</source>
            <translation>Nomor kelas sekarang ditulis seperti {example}.</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>Pustaka Desktop, headless.</source>
            <translation>Pustaka Desktop, tanpa layar.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tampilkan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <source>library database file (default: $PUSTAKA_DB, else the user data dir)</source>
            <translation>berkas basis data perpustakaan (bawaan: $PUSTAKA_DB, jika tidak ada: folder data pengguna)</translation>
        </message>
        <message>
            <source>language of messages (default: the library's)</source>
            <translation>bahasa pesan (bawaan: bahasa perpustakaan)</translation>
        </message>
        <message>
            <source>act as this staff account (password from $PUSTAKA_PASSWORD or a prompt)</source>
            <translation>bertindak sebagai akun petugas ini (kata sandi dari $PUSTAKA_PASSWORD atau ditanyakan)</translation>
        </message>
        <message>
            <source>create a library in a new database (first run, headless)</source>
            <translation>buat perpustakaan di basis data baru (pertama kali, tanpa layar)</translation>
        </message>
        <message>
            <source>fill the database with a realistic demo library</source>
            <translation>isi basis data dengan perpustakaan contoh yang realistis</translation>
        </message>
        <message>
            <source>row counts per table</source>
            <translation>jumlah baris per tabel</translation>
        </message>
        <message>
            <source>the library's settings: class-numbers</source>
            <translation>pengaturan perpustakaan: class-numbers</translation>
        </message>
        <message>
            <source>make a checked backup copy now (to a file or folder, e.g. a USB stick)</source>
            <translation>buat cadangan yang diperiksa sekarang (ke berkas atau folder, mis. flashdisk)</translation>
        </message>
        <message>
            <source>list the automatic backups, newest first</source>
            <translation>daftar cadangan otomatis, yang terbaru dulu</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current one is backed up first)</source>
            <translation>ganti basis data dengan cadangan (yang sekarang dicadangkan dulu)</translation>
        </message>
        <message>
            <source>check the database (quick check) and the computer's clock</source>
            <translation>periksa basis data (pemeriksaan cepat) dan jam komputer</translation>
        </message>
        <message>
            <source>a librarian confirms the computer's date and time are right</source>
            <translation>pustakawan menyatakan tanggal dan jam komputer benar</translation>
        </message>
        <message>
            <source>pack the whole library (and its sync key) into one file for a new PC</source>
            <translation>kemas seluruh perpustakaan (dan kunci sinkronisasinya) dalam satu berkas untuk PC baru</translation>
        </message>
        <message>
            <source>on the new PC: open a library packed with move-out (at --db or the default)</source>
            <translation>di PC baru: buka perpustakaan yang dikemas dengan move-out (di --db atau tempat bawaan)</translation>
        </message>
        <message>
            <source>the review list (Perlu diperiksa): imported fields kept as written</source>
            <translation>daftar Perlu diperiksa: isian impor yang disimpan apa adanya</translation>
        </message>
        <message>
            <source>export the catalogue (SLiMS CSV, MARC, MARCXML, xlsx)</source>
            <translation>ekspor katalog (SLiMS CSV, MARC, MARCXML, xlsx)</translation>
        </message>
        <message>
            <source>the accession register (buku induk) as PDF or xlsx</source>
            <translation>buku induk sebagai PDF atau xlsx</translation>
        </message>
        <message>
            <source>search the catalogue (title, author, subject, ISBN, barcode...)</source>
            <translation>cari di katalog (judul, pengarang, subjek, ISBN, barkode...)</translation>
        </message>
        <message>
            <source>catalogue records</source>
            <translation>cantuman katalog</translation>
        </message>
        <message>
            <source>a copy's status: in repair, back, lost, withdrawn, damaged</source>
            <translation>status eksemplar: diperbaiki, kembali, hilang, disiangi, rusak</translation>
        </message>
        <message>
            <source>spine, barcode or combined labels on a label sheet (PDF)</source>
            <translation>label punggung, barkode atau gabungan pada lembar label (PDF)</translation>
        </message>
        <message>
            <source>member cards (PDF)</source>
            <translation>kartu anggota (PDF)</translation>
        </message>
        <message>
            <source>promotion posters (PDF or PNG)</source>
            <translation>poster promosi (PDF atau PNG)</translation>
        </message>
        <message>
            <source>a test page with rulers and label outlines, for calibration</source>
            <translation>halaman uji dengan penggaris dan garis tepi label, untuk kalibrasi</translation>
        </message>
        <message>
            <source>list the label sheet templates</source>
            <translation>daftar templat lembar label</translation>
        </message>
        <message>
            <source>add a label sheet template by its measurements (mm)</source>
            <translation>tambah templat lembar label menurut ukurannya (mm)</translation>
        </message>
        <message>
            <source>remove a label sheet template you added</source>
            <translation>hapus templat lembar label yang Anda tambahkan</translation>
        </message>
        <message>
            <source>set a template's offset and scale for a printer</source>
            <translation>atur geser dan skala templat untuk sebuah printer</translation>
        </message>
        <message>
            <source>set the logo printed on member cards</source>
            <translation>atur logo yang dicetak di kartu anggota</translation>
        </message>
        <message>
            <source>sync bundles with the district office</source>
            <translation>paket sinkronisasi dengan dinas kabupaten</translation>
        </message>
        <message>
            <source>district office: report, union catalogue, grants</source>
            <translation>dinas kabupaten: laporan, katalog induk, hibah</translation>
        </message>
        <message>
            <source>lend a copy to a member (exit code 3 when a rule refuses)</source>
            <translation>pinjamkan eksemplar kepada anggota (kode keluar 3 bila aturan menolak)</translation>
        </message>
        <message>
            <source>return a copy</source>
            <translation>kembalikan eksemplar</translation>
        </message>
        <message>
            <source>renew a loan</source>
            <translation>perpanjang peminjaman</translation>
        </message>
        <message>
            <source>take back the last check-out, return or renewal (librarian)</source>
            <translation>batalkan peminjaman, pengembalian atau perpanjangan terakhir (pustakawan)</translation>
        </message>
        <message>
            <source>loans past their due date, with days late and fine so far</source>
            <translation>peminjaman yang lewat batas kembali, dengan hari terlambat dan denda sejauh ini</translation>
        </message>
        <message>
            <source>reserve the title of a copy for a member</source>
            <translation>pesan judul sebuah eksemplar untuk anggota</translation>
        </message>
        <message>
            <source>active reservations with queue positions; the hold shelf</source>
            <translation>pemesanan aktif dengan nomor antrean; rak pesanan</translation>
        </message>
        <message>
            <source>cancel a reservation (its number from 'reservations')</source>
            <translation>batalkan pemesanan (nomornya dari 'reservations')</translation>
        </message>
        <message>
            <source>release reserved copies nobody collected in time</source>
            <translation>lepaskan eksemplar pesanan yang tidak diambil tepat waktu</translation>
        </message>
        <message>
            <source>members: add, show, search, schools</source>
            <translation>anggota: tambah, lihat, cari, sekolah</translation>
        </message>
        <message>
            <source>import members: a SLiMS members CSV or database backup, INLISLite's member report or a list kept in Excel (librarian)</source>
            <translation>impor anggota: CSV anggota atau cadangan basis data SLiMS, laporan anggota INLISLite, atau daftar yang disimpan di Excel (pustakawan)</translation>
        </message>
        <message>
            <source>import the loans (those still out and those returned), fines, visitor book, reservations and holidays of a SLiMS database backup, after its catalogue and members (librarian)</source>
            <translation>impor peminjaman (yang masih dipinjam dan yang sudah kembali), denda, buku tamu, pemesanan, dan hari libur dari cadangan basis data SLiMS, sesudah katalog dan anggotanya (pustakawan)</translation>
        </message>
        <message>
            <source>import the visitor book (buku tamu) and activities (kegiatan) kept in Excel before the move, or INLISLite's Laporan Buku Tamu, so this year's reports count those months (librarian)</source>
            <translation>impor buku tamu dan kegiatan yang dicatat di Excel sebelum pindah, atau Laporan Buku Tamu INLISLite, agar laporan tahun ini menghitung bulan-bulan itu (pustakawan)</translation>
        </message>
        <message>
            <source>export members as a SLiMS members CSV (personal data: librarian)</source>
            <translation>ekspor anggota sebagai CSV anggota SLiMS (data pribadi: pustakawan)</translation>
        </message>
        <message>
            <source>stock-take: start, scan, status, finish, not-seen, decide, report</source>
            <translation>inventarisasi: mulai, pindai, status, selesai, yang tidak terlihat, putuskan, laporan</translation>
        </message>
        <message>
            <source>record a visit in the visitor book</source>
            <translation>catat kunjungan di buku tamu</translation>
        </message>
        <message>
            <source>monthly report, IPLM sheet, TPBIS report</source>
            <translation>laporan bulanan, lembar IPLM, laporan TPBIS</translation>
        </message>
        <message>
            <source>community programmes (kegiatan)</source>
            <translation>kegiatan masyarakat</translation>
        </message>
        <message>
            <source>run the patrons' web catalogue on the library Wi-Fi (Ctrl+C stops it)</source>
            <translation>jalankan katalog web untuk pemustaka di Wi-Fi perpustakaan (Ctrl+C menghentikan)</translation>
        </message>
        <message>
            <source>give a member a PIN for 'My account' in the web catalogue</source>
            <translation>beri anggota PIN untuk 'Akun saya' di katalog web</translation>
        </message>
        <message>
            <source>the digital shelf: PDF/EPUB files patrons read on their phones</source>
            <translation>rak digital: berkas PDF/EPUB yang dibaca pemustaka di ponselnya</translation>
        </message>
        <message>
            <source>a poster with the web catalogue's address and QR code (PDF or PNG)</source>
            <translation>poster dengan alamat katalog web dan kode QR (PDF atau PNG)</translation>
        </message>
        <message>
            <source>the practice library (Mode latihan) beside this database</source>
            <translation>perpustakaan latihan (Mode latihan) di samping basis data ini</translation>
        </message>
        <message>
            <source>staff accounts: list, add, reset a password, deactivate; the recovery code</source>
            <translation>akun petugas: daftar, tambah, atur ulang kata sandi, nonaktifkan; kode pemulihan</translation>
        </message>
        <message>
            <source>the library's closing days: national holidays of a year</source>
            <translation>hari tutup perpustakaan: libur nasional suatu tahun</translation>
        </message>
        <message>
            <source>sync bundles over the network with the district hub</source>
            <translation>paket sinkronisasi lewat jaringan dengan server kabupaten</translation>
        </message>
        <message>
            <source>the audit log, newest first: who did what, in sentences (librarian)</source>
            <translation>log audit, terbaru lebih dulu: siapa melakukan apa, dalam kalimat (pustakawan)</translation>
        </message>
        <message>
            <source>undo an import made by mistake: catalogue, members, loans, SLiMS history, visitor book (without ID: list the imports)</source>
            <translation>batalkan impor yang keliru: katalog, anggota, peminjaman, riwayat SLiMS, buku tamu (tanpa ID: daftar impor)</translation>
        </message>
        <message>
            <source>'this month at the library': visitors, loans, new books, next programme</source>
            <translation>'bulan ini di perpustakaan': pengunjung, peminjaman, buku baru, kegiatan berikutnya</translation>
        </message>
        <message>
            <source>(district) accept villages' bundles over HTTP and publish the union catalogue online; Ctrl+C stops it</source>
            <translation>(dinas) terima paket desa lewat HTTP dan terbitkan katalog induk secara daring; Ctrl+C menghentikannya</translation>
        </message>
        <message>
            <source>(village) send waiting bundles to the hub and fetch its own</source>
            <translation>(desa) kirim paket yang menunggu ke hub dan ambil paket untuk desa ini</translation>
        </message>
        <message>
            <source>2-8 capitals/digits, the barcode prefix</source>
            <translation>2-8 huruf kapital/angka, awalan barkode</translation>
        </message>
        <message>
            <source>2026, 2026-Q1, 2026-03 or FROM..TO</source>
            <translation>2026, 2026-Q1, 2026-03 atau DARI..SAMPAI</translation>
        </message>
        <message>
            <source>2026, 2026-Q1, 2026-03 or FROM..TO (local days)</source>
            <translation>2026, 2026-Q1, 2026-03 atau DARI..SAMPAI (hari setempat)</translation>
        </message>
        <message>
            <source>2026-03-02, 2026-03, 2026-Q1, 2026 or FROM..TO</source>
            <translation>2026-03-02, 2026-03, 2026-Q1, 2026 atau DARI..SAMPAI</translation>
        </message>
        <message>
            <source>DDC main class, e.g. 300</source>
            <translation>kelas utama DDC, mis. 300</translation>
        </message>
        <message>
            <source>FILE.pdf or FILE.png</source>
            <translation>BERKAS.pdf atau BERKAS.png</translation>
        </message>
        <message>
            <source>FILE.pdf or FILE.xlsx</source>
            <translation>BERKAS.pdf atau BERKAS.xlsx</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.xlsx or FILE.csv</source>
            <translation>BERKAS.pdf, BERKAS.xlsx atau BERKAS.csv</translation>
        </message>
        <message>
            <source>FILE.png or FILE.pdf</source>
            <translation>BERKAS.png atau BERKAS.pdf</translation>
        </message>
        <message>
            <source>ISBN (any form) or the barcode of a copy already here</source>
            <translation>ISBN (bentuk apa pun) atau barkode eksemplar yang sudah ada di sini</translation>
        </message>
        <message>
            <source>SLiMS's images folder (or its docs folder): the covers the file names are added to their records</source>
            <translation>folder images SLiMS (atau folder docs di dalamnya): sampul yang disebut berkas ditambahkan ke cantumannya</translation>
        </message>
        <message>
            <source>SLiMS's images folder (or its persons folder): the members' photos the file names</source>
            <translation>folder images SLiMS (atau folder persons di dalamnya): foto anggota yang disebut berkas</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>TTTT-BB</translation>
        </message>
        <message>
            <source>YYYY-MM (default: this month)</source>
            <translation>TTTT-BB (bawaan: bulan ini)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>TTTT-BB-HH</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM (local time)</source>
            <translation>TTTT-BB-HH JJ:MM (waktu setempat)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM (local time), today or later</source>
            <translation>TTTT-BB-HH JJ:MM (waktu setempat), hari ini atau sesudahnya</translation>
        </message>
        <message>
            <source>YYYY-MM-DD of the session</source>
            <translation>TTTT-BB-HH sesi itu</translation>
        </message>
        <message>
            <source>a community programme: title, date, place, partners, QR link</source>
            <translation>kegiatan masyarakat: judul, tanggal, tempat, mitra, tautan QR</translation>
        </message>
        <message>
            <source>a copy read on site (scanned from the reading-room trolley)</source>
            <translation>eksemplar yang dibaca di tempat (dipindai dari troli ruang baca)</translation>
        </message>
        <message>
            <source>a group visit (rombongan)</source>
            <translation>kunjungan rombongan</translation>
        </message>
        <message>
            <source>a guest entered twice: move their attendance to the other entry</source>
            <translation>tamu yang tercatat dua kali: pindahkan kehadirannya ke catatan yang lain</translation>
        </message>
        <message>
            <source>a librarian's PIN to override an overridable refusal</source>
            <translation>PIN pustakawan untuk mengecualikan penolakan yang boleh dikecualikan</translation>
        </message>
        <message>
            <source>a member with loans, fines and reservations</source>
            <translation>anggota beserta pinjaman, denda dan pemesanannya</translation>
        </message>
        <message>
            <source>a member's card scan (counts once a day)</source>
            <translation>pindaian kartu anggota (dihitung sekali sehari)</translation>
        </message>
        <message>
            <source>a new programme</source>
            <translation>kegiatan baru</translation>
        </message>
        <message>
            <source>a partner's name (repeatable)</source>
            <translation>nama mitra (boleh diulang)</translation>
        </message>
        <message>
            <source>a picture file</source>
            <translation>berkas gambar</translation>
        </message>
        <message>
            <source>a picture file (JPEG, PNG...): made small and kept</source>
            <translation>berkas gambar (JPEG, PNG...): diperkecil lalu disimpan</translation>
        </message>
        <message>
            <source>a picture file (PNG, JPEG...)</source>
            <translation>berkas gambar (PNG, JPEG...)</translation>
        </message>
        <message>
            <source>a programme's participants and how many sessions each attended</source>
            <translation>peserta suatu kegiatan dan berapa pertemuan yang dihadiri masing-masing</translation>
        </message>
        <message>
            <source>a programme's sessions, cancelled ones too</source>
            <translation>pertemuan suatu kegiatan, termasuk yang dibatalkan</translation>
        </message>
        <message>
            <source>a text file with one barcode per line</source>
            <translation>berkas teks dengan satu barkode per baris</translation>
        </message>
        <message>
            <source>a visitor who is not a member</source>
            <translation>pengunjung yang bukan anggota</translation>
        </message>
        <message>
            <source>a4: 10 per page with cut marks; single: one card per page (card printers)</source>
            <translation>a4: 10 per halaman dengan tanda potong; single: satu kartu per halaman (printer kartu)</translation>
        </message>
        <message>
            <source>add a partner and link it to a programme</source>
            <translation>tambah mitra dan kaitkan dengan kegiatan</translation>
        </message>
        <message>
            <source>add a session to a programme</source>
            <translation>tambah sesi pada kegiatan</translation>
        </message>
        <message>
            <source>add a story or testimonial</source>
            <translation>tambah cerita atau testimoni</translation>
        </message>
        <message>
            <source>add guests (not members), marked present at the session</source>
            <translation>tambah tamu (bukan anggota), ditandai hadir di pertemuan</translation>
        </message>
        <message>
            <source>address to listen on (default: every network of this PC)</source>
            <translation>alamat yang didengarkan (bawaan: semua jaringan PC ini)</translation>
        </message>
        <message>
            <source>another person with a name already enrolled (add, do not tick the first)</source>
            <translation>orang lain dengan nama yang sudah terdaftar (tambahkan, jangan tandai yang pertama)</translation>
        </message>
        <message>
            <source>assign this library code (default: the village's own)</source>
            <translation>berikan kode perpustakaan ini (bawaan: kode desa itu sendiri)</translation>
        </message>
        <message>
            <source>attach to this record (number, ISBN or copy barcode)</source>
            <translation>lampirkan pada judul ini (nomor, ISBN atau barkode eksemplar)</translation>
        </message>
        <message>
            <source>author, main author first (repeat for more)</source>
            <translation>pengarang, pengarang utama lebih dulu (ulangi untuk yang lain)</translation>
        </message>
        <message>
            <source>bandwidth cap in kilobytes per second</source>
            <translation>batas kecepatan dalam kilobyte per detik</translation>
        </message>
        <message>
            <source>barcode of any copy of the title</source>
            <translation>barkode eksemplar mana pun dari judul itu</translation>
        </message>
        <message>
            <source>book-grant packages for villages</source>
            <translation>paket hibah buku untuk desa</translation>
        </message>
        <message>
            <source>cancel a session (kept as cancelled with its reason, never counted as held)</source>
            <translation>batalkan pertemuan (tetap tercatat sebagai dibatalkan beserta alasannya, tidak pernah dihitung sebagai diadakan)</translation>
        </message>
        <message>
            <source>catalogue a title and its copies; an ISBN fills in the rest from this catalogue, the district's catalogue pack or the publisher prefix (options given override it)</source>
            <translation>katalogkan judul beserta eksemplarnya; ISBN mengisi sisanya dari katalog ini, paket katalog dinas atau awalan penerbit (pilihan yang diberikan lebih diutamakan)</translation>
        </message>
        <message>
            <source>class number as written, e.g. '899.221 3' or 'F'</source>
            <translation>nomor kelas seperti tertulis, mis. '899.221 3' atau 'F'</translation>
        </message>
        <message>
            <source>close the member's web account</source>
            <translation>tutup akun web anggota</translation>
        </message>
        <message>
            <source>columns: title,author,isbn,publisher,year,ddc,copies,price,barcode,accession_no,call_number (or judul, pengarang, jumlah, harga...); or MARC (.mrc) / MARCXML (.xml): copies and prices from 852/876 or 952</source>
            <translation>kolom: judul, pengarang, isbn, penerbit, tahun, ddc, jumlah, harga, barkode, no induk, no panggil (atau title,author,isbn,publisher,year,ddc,copies,price,barcode,accession_no,call_number); atau MARC (.mrc) / MARCXML (.xml): eksemplar dan harga dari 852/876 atau 952</translation>
        </message>
        <message>
            <source>comma-separated parts to open: catalogue,account,shelf,door (default: as in Settings)</source>
            <translation>bagian yang dibuka, dipisah koma: catalogue,account,shelf,door (bawaan: seperti di Pengaturan)</translation>
        </message>
        <message>
            <source>copy barcode</source>
            <translation>barkode eksemplar</translation>
        </message>
        <message>
            <source>copy the catalogue this file holds into the (empty) PostgreSQL database</source>
            <translation>salin katalog dalam berkas ini ke basis data PostgreSQL (yang masih kosong)</translation>
        </message>
        <message>
            <source>date and time, as it should be printed</source>
            <translation>tanggal dan jam, seperti yang akan dicetak</translation>
        </message>
        <message>
            <source>district: accept a village's request and write the answer</source>
            <translation>dinas kabupaten: terima permintaan desa dan tulis jawabannya</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>jangan minta konfirmasi</translation>
        </message>
        <message>
            <source>e.g. 'xii, 240 hlm. ; 21 cm'</source>
            <translation>mis. 'xii, 240 hlm. ; 21 cm'</translation>
        </message>
        <message>
            <source>e.g. M=10,F=12,sd=22 (genders, age bands or paud/sd/smp/sma)</source>
            <translation>mis. M=10,F=12,sd=22 (jenis kelamin L=M/P=F, kelompok umur atau paud/sd/smp/sma)</translation>
        </message>
        <message>
            <source>every record of this village code</source>
            <translation>semua cantuman dengan kode desa ini</translation>
        </message>
        <message>
            <source>file or folder for the copy (default: the automatic backups folder)</source>
            <translation>berkas atau folder untuk salinan (bawaan: folder cadangan otomatis)</translation>
        </message>
        <message>
            <source>finish: list copies not seen and mark them</source>
            <translation>selesai: daftar eksemplar yang tidak terlihat dan tandai</translation>
        </message>
        <message>
            <source>first accession number</source>
            <translation>nomor induk pertama</translation>
        </message>
        <message>
            <source>fix items: the suggestion, or --value; --keep keeps the value as written</source>
            <translation>perbaiki butir: dengan saran, atau --value; --keep mempertahankan nilai seperti tertulis</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <source>folder, e.g. a USB stick</source>
            <translation>folder, mis. flashdisk</translation>
        </message>
        <message>
            <source>from this day (DD-MM-YYYY or YYYY-MM-DD)</source>
            <translation>mulai tanggal ini (HH-BB-TTTT atau TTTT-BB-HH)</translation>
        </message>
        <message>
            <source>give a record its cover picture (shown on patrons' phones, the kiosk and posters)</source>
            <translation>beri cantuman gambar sampul (tampil di ponsel pemustaka, kios, dan poster)</translation>
        </message>
        <message>
            <source>grant packages and whether they arrived</source>
            <translation>paket hibah dan apakah sudah sampai</translation>
        </message>
        <message>
            <source>how class numbers are written: plain (899.2213) or segmented (899.221 3, the space of the KDT); without a value: the way now (changing it: librarian)</source>
            <translation>cara nomor kelas ditulis: plain (899.2213) atau segmented (899.221 3, spasi seperti di KDT); tanpa nilai: cara yang berlaku sekarang (mengubahnya: pustakawan)</translation>
        </message>
        <message>
            <source>how many entries (default: 50)</source>
            <translation>berapa catatan (bawaan: 50)</translation>
        </message>
        <message>
            <source>import a bundle file, or every bundle in a folder</source>
            <translation>impor berkas paket, atau semua paket dalam folder</translation>
        </message>
        <message>
            <source>import a catalogue file (SLiMS CSV or database backup, MARC, MARCXML, INLISLite, xlsx, CSV)</source>
            <translation>impor berkas katalog (CSV atau cadangan basis data SLiMS, MARC, MARCXML, INLISLite, xlsx, CSV)</translation>
        </message>
        <message>
            <source>item ids (see review list)</source>
            <translation>id butir (lihat review list)</translation>
        </message>
        <message>
            <source>keep the union catalogue and figures in PostgreSQL (postgresql://USER@HOST/DATABASE; kept for next time, see 'district db')</source>
            <translation>simpan katalog induk dan angka-angka di PostgreSQL (postgresql://PENGGUNA@HOST/BASISDATA; disimpan untuk lain kali, lihat 'district db')</translation>
        </message>
        <message>
            <source>label sheet, e.g. tj103, tj121, tj107, tj108, a4-3x7</source>
            <translation>lembar label, mis. tj103, tj121, tj107, tj108, a4-3x7</translation>
        </message>
        <message>
            <source>labels already used on the first sheet</source>
            <translation>label yang sudah terpakai di lembar pertama</translation>
        </message>
        <message>
            <source>labels per copy</source>
            <translation>label per eksemplar</translation>
        </message>
        <message>
            <source>last accession number</source>
            <translation>nomor induk terakhir</translation>
        </message>
        <message>
            <source>link to this programme</source>
            <translation>kaitkan dengan kegiatan ini</translation>
        </message>
        <message>
            <source>list what this import flagged for review</source>
            <translation>daftar yang ditandai impor ini untuk diperiksa</translation>
        </message>
        <message>
            <source>look an ISBN up in the district's catalogue pack</source>
            <translation>cari ISBN di paket katalog dinas</translation>
        </message>
        <message>
            <source>make a random 6-digit PIN and print it</source>
            <translation>buat PIN acak 6 angka dan tampilkan</translation>
        </message>
        <message>
            <source>make the practice library (if there is none yet)</source>
            <translation>buat perpustakaan latihan (bila belum ada)</translation>
        </message>
        <message>
            <source>make the practice library anew from today's catalogue</source>
            <translation>buat ulang perpustakaan latihan dari katalog hari ini</translation>
        </message>
        <message>
            <source>mark members present at a programme's session (by card number)</source>
            <translation>tandai anggota yang hadir pada sesi kegiatan (menurut nomor kartu)</translation>
        </message>
        <message>
            <source>material type</source>
            <translation>jenis bahan</translation>
        </message>
        <message>
            <source>member number</source>
            <translation>nomor anggota</translation>
        </message>
        <message>
            <source>member number (card barcode)</source>
            <translation>nomor anggota (barkode kartu)</translation>
        </message>
        <message>
            <source>member type name, e.g. Umum</source>
            <translation>nama jenis anggota, mis. Umum</translation>
        </message>
        <message>
            <source>merge two union records the matching missed (kept through later bundles)</source>
            <translation>gabungkan dua cantuman katalog induk yang terlewat pencocokan (tetap berlaku untuk paket berikutnya)</translation>
        </message>
        <message>
            <source>mm down (negative: up)</source>
            <translation>mm ke bawah (negatif: ke atas)</translation>
        </message>
        <message>
            <source>mm to the right (negative: left)</source>
            <translation>mm ke kanan (negatif: ke kiri)</translation>
        </message>
        <message>
            <source>new copies (barcodes and accession numbers follow the library's patterns); 0 for the record only</source>
            <translation>eksemplar baru (barkode dan nomor induk mengikuti pola perpustakaan); 0 untuk judulnya saja</translation>
        </message>
        <message>
            <source>no library name band on spine labels</source>
            <translation>tanpa pita nama perpustakaan pada label punggung</translation>
        </message>
        <message>
            <source>one action code, or an area with a dot, e.g. backup.</source>
            <translation>satu kode tindakan, atau bidang dengan titik, mis. backup.</translation>
        </message>
        <message>
            <source>one record and its copies, by number, ISBN or copy barcode</source>
            <translation>satu judul beserta eksemplarnya, menurut nomor, ISBN atau barkode eksemplar</translation>
        </message>
        <message>
            <source>only report what would be added, updated or skipped</source>
            <translation>hanya laporkan apa yang akan ditambah, diperbarui atau dilewati</translation>
        </message>
        <message>
            <source>only report what would change</source>
            <translation>hanya laporkan apa yang akan berubah</translation>
        </message>
        <message>
            <source>only this member's reservations (card number)</source>
            <translation>hanya pemesanan anggota ini (nomor kartu)</translation>
        </message>
        <message>
            <source>only titles with a copy at this location</source>
            <translation>hanya judul yang eksemplarnya ada di lokasi ini</translation>
        </message>
        <message>
            <source>only titles with a copy on the shelf now</source>
            <translation>hanya judul yang eksemplarnya ada di rak sekarang</translation>
        </message>
        <message>
            <source>only what this user did</source>
            <translation>hanya yang dilakukan pengguna ini</translation>
        </message>
        <message>
            <source>open items: id, record, field, value as written, reason, suggestion</source>
            <translation>butir terbuka: id, judul, ruas, nilai seperti tertulis, alasan, saran</translation>
        </message>
        <message>
            <source>other support in words: book grants, equipment... (kept)</source>
            <translation>dukungan lain dalam kata-kata: hibah buku, peralatan... (disimpan)</translation>
        </message>
        <message>
            <source>partner site id or library code</source>
            <translation>id tempat mitra atau kode perpustakaan</translation>
        </message>
        <message>
            <source>partners, waiting changes, recent bundles</source>
            <translation>mitra, perubahan yang menunggu, paket terakhir</translation>
        </message>
        <message>
            <source>percent</source>
            <translation>persen</translation>
        </message>
        <message>
            <source>place of publication</source>
            <translation>kota terbit</translation>
        </message>
        <message>
            <source>plain: 899.2213; segmented: 899.221 3</source>
            <translation>plain: 899.2213; segmented: 899.221 3</translation>
        </message>
        <message>
            <source>port (default: the one set in Settings, else 8080)</source>
            <translation>port (bawaan: yang diatur di Pengaturan, selain itu 8080)</translation>
        </message>
        <message>
            <source>postgresql://USER@HOST/DATABASE (password in ~/.pgpass), or 'here' to keep them in this file again</source>
            <translation>postgresql://PENGGUNA@HOST/BASISDATA (kata sandi di ~/.pgpass), atau 'here' untuk kembali menyimpannya di berkas ini</translation>
        </message>
        <message>
            <source>print the WhatsApp/SMS reminder for each member</source>
            <translation>cetak pengingat WhatsApp/SMS untuk tiap anggota</translation>
        </message>
        <message>
            <source>print the figures as JSON</source>
            <translation>tampilkan angka-angka sebagai JSON</translation>
        </message>
        <message>
            <source>print the result as JSON (for scripts)</source>
            <translation>tampilkan hasil sebagai JSON (untuk skrip)</translation>
        </message>
        <message>
            <source>programme name</source>
            <translation>nama kegiatan</translation>
        </message>
        <message>
            <source>programmes with their counts</source>
            <translation>kegiatan beserta jumlahnya</translation>
        </message>
        <message>
            <source>progress of the open session</source>
            <translation>kemajuan sesi yang terbuka</translation>
        </message>
        <message>
            <source>put a PDF/EPUB on the shelf (a new record, or --record for an existing one)</source>
            <translation>taruh PDF/EPUB di rak (judul baru, atau --record untuk judul yang sudah ada)</translation>
        </message>
        <message>
            <source>received on or after YYYY-MM-DD</source>
            <translation>diterima pada atau sesudah TTTT-BB-HH</translation>
        </message>
        <message>
            <source>received on or before YYYY-MM-DD</source>
            <translation>diterima pada atau sebelum TTTT-BB-HH</translation>
        </message>
        <message>
            <source>record barcodes seen on the shelf</source>
            <translation>catat barkode yang terlihat di rak</translation>
        </message>
        <message>
            <source>record number, ISBN or copy barcode</source>
            <translation>nomor cantuman, ISBN, atau barkode eksemplar</translation>
        </message>
        <message>
            <source>refuse all further bundles from a partner</source>
            <translation>tolak semua paket berikutnya dari mitra</translation>
        </message>
        <message>
            <source>register a member</source>
            <translation>daftarkan anggota</translation>
        </message>
        <message>
            <source>register even when a likely duplicate exists</source>
            <translation>tetap daftarkan meski ada yang tampaknya ganda</translation>
        </message>
        <message>
            <source>rupiah the library received for the period (kept for next time)</source>
            <translation>rupiah yang diterima perpustakaan dalam periode itu (disimpan untuk lain kali)</translation>
        </message>
        <message>
            <source>rupiah the library asks for the next period (kept)</source>
            <translation>rupiah yang diusulkan perpustakaan untuk periode berikutnya (disimpan)</translation>
        </message>
        <message>
            <source>a PIN for librarian overrides (digits)</source>
            <translation>PIN untuk izin pustakawan (angka)</translation>
        </message>
        <message>
            <source>a new PIN as well (digits)</source>
            <translation>sekaligus PIN baru (angka)</translation>
        </message>
        <message>
            <source>a new account (the password asked twice, or $PUSTAKA_NEW_PASSWORD)</source>
            <translation>akun baru (kata sandi ditanyakan dua kali, atau $PUSTAKA_NEW_PASSWORD)</translation>
        </message>
        <message>
            <source>a new password for an account (asked twice, or $PUSTAKA_NEW_PASSWORD)</source>
            <translation>kata sandi baru untuk sebuah akun (ditanyakan dua kali, atau $PUSTAKA_NEW_PASSWORD)</translation>
        </message>
        <message>
            <source>add the days without asking</source>
            <translation>tambahkan hari-hari itu tanpa bertanya</translation>
        </message>
        <message>
            <source>after finishing: decide for copies not seen (lost, found, or keep looking)</source>
            <translation>sesudah selesai: putuskan eksemplar yang tidak terlihat (hilang, ditemukan, atau tetap dicari)</translation>
        </message>
        <message>
            <source>also the government's joint leave days (cuti bersama), as the village office keeps them</source>
            <translation>juga cuti bersama yang ditetapkan pemerintah, seperti yang diikuti kantor desa</translation>
        </message>
        <message>
            <source>back on the shelf (from repair, or found)</source>
            <translation>kembali ke rak (selesai diperbaiki, atau ditemukan)</translation>
        </message>
        <message>
            <source>catalogue a grant shipment once, from a CSV, xlsx or MARC/MARCXML file</source>
            <translation>katalogkan kiriman hibah sekali, dari berkas CSV, xlsx atau MARC/MARCXML</translation>
        </message>
        <message>
            <source>change the status of copies (librarian, audited)</source>
            <translation>ubah status eksemplar (pustakawan, tercatat di log audit)</translation>
        </message>
        <message>
            <source>damaged, but still on the shelf</source>
            <translation>rusak, tetapi masih di rak</translation>
        </message>
        <message>
            <source>every staff account, its role and whether it is active</source>
            <translation>semua akun petugas, perannya dan apakah masih aktif</translation>
        </message>
        <message>
            <source>found after all: back on the shelf (or the hold shelf)</source>
            <translation>ternyata ditemukan: kembali ke rak (atau ke rak pesanan)</translation>
        </message>
        <message>
            <source>import the loans of INLISLite's loan report (Laporan Peminjaman) or a loan notebook kept in Excel: the books still out on the day of the move, and the loans returned before it, for this year's reports; after the catalogue and the members (librarian)</source>
            <translation>impor peminjaman dari laporan peminjaman INLISLite (Laporan Peminjaman) atau buku catatan peminjaman di Excel: buku yang masih dipinjam pada hari pindah, dan peminjaman yang sudah kembali sebelumnya, untuk laporan tahun ini; sesudah katalog dan anggotanya (pustakawan)</translation>
        </message>
        <message>
            <source>its number in 'program participants', a name only one has, or its id</source>
            <translation>nomornya di 'program participants', nama yang hanya dimiliki satu peserta, atau id-nya</translation>
        </message>
        <message>
            <source>its number in 'program participants', a name only one has, or its id (the one kept)</source>
            <translation>nomornya di 'program participants', nama yang hanya dimiliki satu peserta, atau id-nya (yang disimpan)</translation>
        </message>
        <message>
            <source>its number in 'program participants', a name only one has, or its id (the one removed)</source>
            <translation>nomornya di 'program participants', nama yang hanya dimiliki satu peserta, atau id-nya (yang dihapus)</translation>
        </message>
        <message>
            <source>its number in 'program sessions', its day YYYY-MM-DD, day and time, or its id</source>
            <translation>nomornya di 'program sessions', tanggalnya TTTT-BB-HH, tanggal dan jam, atau id-nya</translation>
        </message>
        <message>
            <source>its number in 'program sessions', its day YYYY-MM-DD, day and time, or its id (default: today's session)</source>
            <translation>nomornya di 'program sessions', tanggalnya TTTT-BB-HH, tanggal dan jam, atau id-nya (bawaan: pertemuan hari ini)</translation>
        </message>
        <message>
            <source>keep an ISBN whose check digit is wrong as the book prints it (it goes on the review list)</source>
            <translation>pertahankan ISBN yang angka pemeriksanya salah seperti tercetak di buku (masuk daftar Perlu diperiksa)</translation>
        </message>
        <message>
            <source>leave out these days (dd-mm-yyyy or yyyy-mm-dd, separated by commas)</source>
            <translation>lewati hari-hari ini (dd-mm-yyyy atau yyyy-mm-dd, dipisah koma)</translation>
        </message>
        <message>
            <source>let a deactivated account log in again</source>
            <translation>izinkan akun yang dinonaktifkan masuk lagi</translation>
        </message>
        <message>
            <source>list Indonesia's national holidays of a year and add them as closing days (librarian)</source>
            <translation>daftar libur nasional Indonesia suatu tahun, lalu tambahkan sebagai hari tutup (pustakawan)</translation>
        </message>
        <message>
            <source>lost (written off)</source>
            <translation>hilang (dihapusbukukan)</translation>
        </message>
        <message>
            <source>make NAME as a new librarian account</source>
            <translation>buat NAMA sebagai akun pustakawan baru</translation>
        </message>
        <message>
            <source>make a new recovery code (the old one stops working); print it and keep it with the village office</source>
            <translation>buat kode pemulihan baru (yang lama tidak berlaku lagi); cetak dan simpan di kantor desa</translation>
        </message>
        <message>
            <source>move a session to another day, hour or place</source>
            <translation>pindahkan pertemuan ke hari, jam atau tempat lain</translation>
        </message>
        <message>
            <source>no librarian can log in: with the recovery code, a new password for a librarian account (or a new librarian account)</source>
            <translation>tidak ada pustakawan yang bisa masuk: dengan kode pemulihan, kata sandi baru untuk akun pustakawan (atau akun pustakawan baru)</translation>
        </message>
        <message>
            <source>only list the days, add nothing</source>
            <translation>hanya tampilkan daftar hari, tidak menambahkan apa pun</translation>
        </message>
        <message>
            <source>put this loan, return or fine back (original dates)</source>
            <translation>masukkan kembali peminjaman, pengembalian atau denda ini (tanggal aslinya)</translation>
        </message>
        <message>
            <source>remove a participant entered by mistake (no attendance left)</source>
            <translation>hapus peserta yang salah dicatat (tanpa kehadiran tersisa)</translation>
        </message>
        <message>
            <source>search by name, number or phone</source>
            <translation>cari menurut nama, nomor atau telepon</translation>
        </message>
        <message>
            <source>the members' schools, each once with the ways the records write it (librarian)</source>
            <translation>sekolah para anggota, masing-masing sekali beserta cara penulisannya di data anggota (pustakawan)</translation>
        </message>
        <message>
            <source>search the union catalogue (words, or an ISBN-10/13 with or without hyphens)</source>
            <translation>cari di katalog induk (kata, atau ISBN-10/13 dengan atau tanpa tanda hubung)</translation>
        </message>
        <message>
            <source>a copy's history: its loans (to whom, lent by whom, dates, fines), status changes and where it came from (a volunteer sees only the last borrower)</source>
            <translation>riwayat eksemplar: peminjamannya (kepada siapa, dipinjamkan oleh siapa, tanggal, denda), perubahan status dan asalnya (relawan hanya melihat peminjam terakhir)</translation>
        </message>
        <message>
            <source>another number makes another library of the same size</source>
            <translation>angka lain membuat perpustakaan lain dengan ukuran yang sama</translation>
        </message>
        <message>
            <source>entries about or mentioning this: a barcode, a member's number or name, a word</source>
            <translation>entri tentang atau yang menyebut ini: barkode, nomor atau nama anggota, sebuah kata</translation>
        </message>
        <message>
            <source>every open item (with --reason: of that kind); ISBN suggestions only with --reason isbn</source>
            <translation>semua butir yang terbuka (dengan --reason: jenis itu); saran ISBN hanya dengan --reason isbn</translation>
        </message>
        <message>
            <source>how many items to show (default: 200)</source>
            <translation>berapa butir yang ditampilkan (bawaan: 200)</translation>
        </message>
        <message>
            <source>just-added[:DAYS] | new-barcodes | dates:FROM..TO | accession:A..B | barcodes:X,Y | ids:1,2 | search:WORDS</source>
            <translation>just-added[:HARI] | new-barcodes | dates:DARI..SAMPAI | accession:A..B | barcodes:X,Y | ids:1,2 | search:KATA</translation>
        </message>
        <message>
            <source>make it even though a programme of that name exists (a new season kept apart)</source>
            <translation>tetap buat walau sudah ada kegiatan bernama sama (musim/angkatan baru yang dipisah)</translation>
        </message>
        <message>
            <source>new[:DAYS] | dates:FROM..TO | numbers:A,B | ids:1,2 | search:WORDS (name, number, school, class, dusun: search:SD NEGERI 1 SUKAMAJU 4A) | all | imported (moved in from the old system) | unprinted (no card made here yet)</source>
            <translation>new[:HARI] | dates:DARI..SAMPAI | numbers:A,B | ids:1,2 | search:KATA (nama, nomor, sekolah, kelas, dusun: search:SD NEGERI 1 SUKAMAJU 4A) | all | imported (pindahan dari sistem lama) | unprinted (belum dibuatkan kartu di sini)</translation>
        </message>
        <message>
            <source>only one kind: ddc, isbn, issn, language, year, material_type, audience, collection_type, duplicate, copy, date, price, status, encoding, changed_here, formula, publisher</source>
            <translation>hanya satu jenis: ddc, isbn, issn, language, year, material_type, audience, collection_type, duplicate, copy, date, price, status, encoding, changed_here, formula, publisher</translation>
        </message>
        <message>
            <source>only say what would be removed, put back and kept</source>
            <translation>hanya sebutkan apa yang akan dihapus, dikembalikan dan dibiarkan</translation>
        </message>
        <message>
            <source>send pseudonymised (default) or full member records to a partner</source>
            <translation>kirim data anggota dengan nama samaran (bawaan) atau lengkap ke mitra</translation>
        </message>
        <message>
            <source>set it (the day-based figures are counted again)</source>
            <translation>tetapkan (angka per hari dihitung ulang)</translation>
        </message>
        <message>
            <source>several unnamed guests alike at once</source>
            <translation>beberapa tamu tanpa nama yang serupa sekaligus</translation>
        </message>
        <message>
            <source>shelf of the new copies</source>
            <translation>rak eksemplar baru</translation>
        </message>
        <message>
            <source>skip this many items first (the next page)</source>
            <translation>lewati sekian butir dulu (halaman berikutnya)</translation>
        </message>
        <message>
            <source>someone who left: no more log-ins, their name stays on what they did</source>
            <translation>petugas yang sudah pergi: tidak bisa masuk lagi, namanya tetap tercatat pada apa yang pernah dikerjakannya</translation>
        </message>
        <message>
            <source>split village records off a wrongly merged union record</source>
            <translation>pisahkan cantuman desa dari cantuman katalog induk yang salah gabung</translation>
        </message>
        <message>
            <source>spreadsheet columns: 'Header=field,...' (fields: title, subtitle, authors, responsibility, edition, isbn, issn, publisher, place, year, collation, series, language, ddc, class_other, subjects, notes, material_type, audience, hidden, barcode, accession_no, call_number, location, collection_type, source, source_detail, supplier, order_no, order_date, invoice, invoice_date, price, received_on, acquired_year, status, condition_note, copies)</source>
            <translation>kolom lembar kerja: 'Judul kolom=ruas,...' (ruas: title, subtitle, authors, responsibility, edition, isbn, issn, publisher, place, year, collation, series, language, ddc, class_other, subjects, notes, material_type, audience, hidden, barcode, accession_no, call_number, location, collection_type, source, source_detail, supplier, order_no, order_date, invoice, invoice_date, price, received_on, acquired_year, status, condition_note, copies)</translation>
        </message>
        <message>
            <source>square and story are 1080-pixel-wide posts to share; a4/a3 print</source>
            <translation>square dan story: unggahan selebar 1080 piksel untuk dibagikan; a4/a3: cetak</translation>
        </message>
        <message>
            <source>start a session (optionally one location / DDC range)</source>
            <translation>mulai sesi (boleh untuk satu lokasi / rentang DDC)</translation>
        </message>
        <message>
            <source>statistics per village and totals for a year or any period</source>
            <translation>statistik per desa dan jumlahnya untuk setahun atau periode apa pun</translation>
        </message>
        <message>
            <source>still missing (also undoes --lost or --found)</source>
            <translation>masih belum ditemukan (juga membatalkan --lost atau --found)</translation>
        </message>
        <message>
            <source>stock-take number</source>
            <translation>nomor inventarisasi</translation>
        </message>
        <message>
            <source>subject (repeat for more)</source>
            <translation>subjek (ulangi untuk yang lain)</translation>
        </message>
        <message>
            <source>take a file off the shelf (its view counts stay)</source>
            <translation>ambil berkas dari rak (jumlah bacaannya tetap)</translation>
        </message>
        <message>
            <source>take the cover away</source>
            <translation>hapus sampul</translation>
        </message>
        <message>
            <source>take this line off the list (dealt with otherwise)</source>
            <translation>singkirkan baris ini dari daftar (sudah diurus dengan cara lain)</translation>
        </message>
        <message>
            <source>the IPLM data sheet for a year</source>
            <translation>lembar data IPLM untuk setahun</translation>
        </message>
        <message>
            <source>the PIN the member chose (4-8 digits)</source>
            <translation>PIN pilihan anggota (4-8 angka)</translation>
        </message>
        <message>
            <source>the TPBIS activity report for a period</source>
            <translation>laporan kegiatan TPBIS untuk suatu periode</translation>
        </message>
        <message>
            <source>the Wi-Fi network's name, printed on the poster</source>
            <translation>nama jaringan Wi-Fi, dicetak pada poster</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>berkas cadangan</translation>
        </message>
        <message>
            <source>the books added lately, with their covers</source>
            <translation>buku yang baru ditambahkan, dengan sampulnya</translation>
        </message>
        <message>
            <source>the copies a finished stock-take did not see, with their status now</source>
            <translation>eksemplar yang tidak terlihat pada inventarisasi yang sudah selesai, dengan statusnya sekarang</translation>
        </message>
        <message>
            <source>the files on the shelf and how often each was opened</source>
            <translation>berkas di rak dan berapa kali masing-masing dibuka</translation>
        </message>
        <message>
            <source>the guest's name (a name already enrolled is ticked, not added)</source>
            <translation>nama tamu (nama yang sudah terdaftar ditandai hadir, tidak ditambahkan)</translation>
        </message>
        <message>
            <source>the hold shelf: copies waiting to be picked up</source>
            <translation>rak pesanan: eksemplar yang menunggu diambil</translation>
        </message>
        <message>
            <source>the hub's address, e.g. http://192.168.1.10:8765 (kept for next time)</source>
            <translation>alamat hub, mis. http://192.168.1.10:8765 (disimpan untuk lain kali)</translation>
        </message>
        <message>
            <source>the impact sheet for the village deliberation (PDF to print, PNG to share)</source>
            <translation>lembar dampak untuk musyawarah desa (PDF untuk dicetak, PNG untuk dibagikan)</translation>
        </message>
        <message>
            <source>the import's number (see the list)</source>
            <translation>nomor impor (lihat daftarnya)</translation>
        </message>
        <message>
            <source>the librarian account</source>
            <translation>akun pustakawan</translation>
        </message>
        <message>
            <source>the librarian's PIN for overrides (digits)</source>
            <translation>PIN pustakawan untuk pengecualian (angka)</translation>
        </message>
        <message>
            <source>the librarian's password (default: $PUSTAKA_PASSWORD)</source>
            <translation>kata sandi pustakawan (bawaan: $PUSTAKA_PASSWORD)</translation>
        </message>
        <message>
            <source>the library's plans for the next period (kept)</source>
            <translation>rencana perpustakaan untuk periode berikutnya (disimpan)</translation>
        </message>
        <message>
            <source>the library's recovery code</source>
            <translation>kode pemulihan perpustakaan</translation>
        </message>
        <message>
            <source>the link on the poster (default: this PC's address on its network)</source>
            <translation>tautan pada poster (bawaan: alamat PC ini di jaringannya)</translation>
        </message>
        <message>
            <source>the monthly village library report</source>
            <translation>laporan bulanan perpustakaan desa</translation>
        </message>
        <message>
            <source>the new account's full name</source>
            <translation>nama lengkap akun baru</translation>
        </message>
        <message>
            <source>the new place (default: the same)</source>
            <translation>tempat baru (bawaan: tetap)</translation>
        </message>
        <message>
            <source>the pustaka-pindah-*.zip file</source>
            <translation>berkas pustaka-pindah-*.zip</translation>
        </message>
        <message>
            <source>the queue of this copy's title</source>
            <translation>antrean judul dari eksemplar ini</translation>
        </message>
        <message>
            <source>the right value (one item)</source>
            <translation>nilai yang benar (satu butir)</translation>
        </message>
        <message>
            <source>the same report for any period</source>
            <translation>laporan yang sama untuk periode apa pun</translation>
        </message>
        <message>
            <source>the teller agreed that it may be shown in public (impact sheet, posts)</source>
            <translation>pencerita setuju ceritanya ditampilkan untuk umum (lembar dampak, unggahan)</translation>
        </message>
        <message>
            <source>the time zone days and years are cut in (WIB, WITA, WIT)</source>
            <translation>zona waktu pemotongan hari dan tahun (WIB, WITA, WIT)</translation>
        </message>
        <message>
            <source>the value is right as it is: close the items</source>
            <translation>nilainya sudah benar: tutup butir-butir itu</translation>
        </message>
        <message>
            <source>the village records on one union record (for a split)</source>
            <translation>cantuman desa pada satu cantuman katalog induk (untuk dipisah)</translation>
        </message>
        <message>
            <source>the year, e.g. 2027</source>
            <translation>tahunnya, mis. 2027</translation>
        </message>
        <message>
            <source>this database is a district office</source>
            <translation>basis data ini milik kantor dinas kabupaten</translation>
        </message>
        <message>
            <source>this site's key fingerprint, to compare by phone</source>
            <translation>sidik kunci tempat ini, untuk dicocokkan lewat telepon</translation>
        </message>
        <message>
            <source>three-letter code, e.g. ind</source>
            <translation>kode tiga huruf, mis. ind</translation>
        </message>
        <message>
            <source>title (needed when nobody knows the ISBN)</source>
            <translation>judul (wajib bila ISBN tidak diketahui)</translation>
        </message>
        <message>
            <source>title of the new record (required without --record)</source>
            <translation>judul untuk katalog baru (wajib tanpa --record)</translation>
        </message>
        <message>
            <source>to the binder's or in repair</source>
            <translation>ke tukang jilid atau sedang diperbaiki</translation>
        </message>
        <message>
            <source>today's visitor count and lines</source>
            <translation>jumlah dan daftar pengunjung hari ini</translation>
        </message>
        <message>
            <source>up to and including this day</source>
            <translation>sampai dengan tanggal ini</translation>
        </message>
        <message>
            <source>user name of the first librarian</source>
            <translation>nama pengguna pustakawan pertama</translation>
        </message>
        <message>
            <source>village code or site id</source>
            <translation>kode desa atau id tempat</translation>
        </message>
        <message>
            <source>village record ids (see 'district records')</source>
            <translation>id cantuman desa (lihat 'district records')</translation>
        </message>
        <message>
            <source>village: 3,000 titles and 400 members, as a village library (the default); tiny: 60 titles, to try things quickly; stress: 100,000 titles and 20,000 members, to test speed</source>
            <translation>village: 3.000 judul dan 400 anggota, seperti perpustakaan desa (bawaan); tiny: 60 judul, untuk mencoba dengan cepat; stress: 100.000 judul dan 20.000 anggota, untuk menguji kecepatan</translation>
        </message>
        <message>
            <source>village: read the district's answer</source>
            <translation>desa: baca jawaban dinas kabupaten</translation>
        </message>
        <message>
            <source>village: what a restored backup lost, as the district still holds it</source>
            <translation>desa: yang hilang karena pemulihan cadangan, menurut data yang masih ada di dinas</translation>
        </message>
        <message>
            <source>village: write an enrolment request for the district</source>
            <translation>desa: tulis permintaan pendaftaran untuk dinas kabupaten</translation>
        </message>
        <message>
            <source>web link printed as a QR code</source>
            <translation>tautan web yang dicetak sebagai kode QR</translation>
        </message>
        <message>
            <source>where it is, what it holds, who finished which task</source>
            <translation>di mana letaknya, apa isinya, siapa menyelesaikan tugas apa</translation>
        </message>
        <message>
            <source>where the union catalogue and figures live: this file, or PostgreSQL (a district that outgrew one PC)</source>
            <translation>tempat katalog induk dan angka-angka disimpan: berkas ini, atau PostgreSQL (dinas yang sudah melampaui satu PC)</translation>
        </message>
        <message>
            <source>who agreed, and when (required with --full)</source>
            <translation>siapa yang menyetujui, dan kapan (wajib dengan --full)</translation>
        </message>
        <message>
            <source>whole rupiah</source>
            <translation>rupiah bulat</translation>
        </message>
        <message>
            <source>whose calibration to apply</source>
            <translation>kalibrasi printer mana yang dipakai</translation>
        </message>
        <message>
            <source>why, e.g. 'spine torn' (kept with the copy)</source>
            <translation>alasannya, mis. 'punggung sobek' (disimpan bersama eksemplar)</translation>
        </message>
        <message>
            <source>why, for the report: e.g. banjir, listrik padam</source>
            <translation>alasannya, untuk laporan: mis. banjir, listrik padam</translation>
        </message>
        <message>
            <source>with a SLiMS database backup: the SLiMS database to read of a server's backup that holds several</source>
            <translation>dengan cadangan basis data SLiMS: basis data SLiMS yang dibaca dari cadangan server yang memuat beberapa</translation>
        </message>
        <message>
            <source>with slims-biblio: SLiMS's items export too, imported together in one go (each copy written once: much faster for a large library)</source>
            <translation>dengan slims-biblio: ekspor eksemplar SLiMS juga, diimpor bersama sekaligus (tiap eksemplar ditulis sekali: jauh lebih cepat untuk perpustakaan besar)</translation>
        </message>
        <message>
            <source>with slims-biblio: write the covers into this folder (copy its files into SLiMS's images/docs)</source>
            <translation>dengan slims-biblio: tulis gambar sampul ke folder ini (salin isinya ke folder images/docs SLiMS)</translation>
        </message>
        <message>
            <source>with slims-sql: SLiMS's repository folder: the PDFs and EPUBs attached to its records go on the digital shelf</source>
            <translation>dengan slims-sql: folder repository SLiMS: PDF dan EPUB yang dilampirkan pada cantumannya masuk ke rak digital</translation>
        </message>
        <message>
            <source>with slims-sql: the SLiMS database to read of a server's backup that holds several</source>
            <translation>dengan slims-sql: basis data SLiMS yang dibaca dari cadangan server yang memuat beberapa</translation>
        </message>
        <message>
            <source>withdrawn (weeded; stays in the accession register)</source>
            <translation>disiangi (tetap tercatat di buku induk)</translation>
        </message>
        <message>
            <source>words, an ISBN or a copy barcode</source>
            <translation>kata, ISBN atau barkode eksemplar</translation>
        </message>
        <message>
            <source>write a bundle for a partner into a folder (USB stick)</source>
            <translation>tulis paket untuk mitra ke folder (flashdisk)</translation>
        </message>
        <message>
            <source>write a printable .pdf (tables and charts) or an .xlsx file</source>
            <translation>tulis berkas .pdf siap cetak (tabel dan grafik) atau berkas .xlsx</translation>
        </message>
        <message>
            <source>write a stock-take's report (PDF)</source>
            <translation>tulis laporan inventarisasi (PDF)</translation>
        </message>
        <message>
            <source>write printable reminder letters</source>
            <translation>tulis surat pengingat siap cetak</translation>
        </message>
        <message>
            <source>write the stock-take report</source>
            <translation>tulis laporan inventarisasi</translation>
        </message>
        <message>
            <source>written off as lost (what the district counts as lost)</source>
            <translation>dihapusbukukan sebagai hilang (yang dihitung hilang oleh dinas)</translation>
        </message>
        <message>
            <source>year as printed, e.g. 2010 or c2010</source>
            <translation>tahun seperti tercetak, mis. 2010 atau c2010</translation>
        </message>
        <message>
            <source>Pustaka Desktop: the village library's catalogue, desk, members, reports and sync.</source>
            <translation>Pustaka Desktop: katalog, layanan sirkulasi, anggota, laporan dan sinkronisasi perpustakaan desa.</translation>
        </message>
        <message>
            <source>language (default: the library's setting)</source>
            <translation>bahasa (bawaan: pengaturan perpustakaan)</translation>
        </message>
        <message>
            <source>full-screen patron catalogue search</source>
            <translation>pencarian katalog layar penuh untuk pengunjung</translation>
        </message>
        <message>
            <source>set up a new database as a district office</source>
            <translation>siapkan basis data baru sebagai kantor kabupaten</translation>
        </message>
        <message>
            <source>log in as this account, password from $PUSTAKA_PASSWORD (for demos)</source>
            <translation>masuk dengan akun ini, kata sandi dari $PUSTAKA_PASSWORD (untuk demo)</translation>
        </message>
        <message>
            <source>open this page first (e.g. desk, catalog, settings)</source>
            <translation>buka halaman ini lebih dulu (mis. desk, catalog, settings)</translation>
        </message>
        <message>
            <source>check this installation on a temporary demo library, then exit</source>
            <translation>periksa pemasangan ini dengan perpustakaan demo sementara, lalu keluar</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>tampilkan nomor versi lalu keluar</translation>
        </message>
    </context>
    <context>
        <name>CliMetavar</name>
        <message>
            <source>ACTION</source>
            <translation>TINDAKAN</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>ALAMAT</translation>
        </message>
        <message>
            <source>AT</source>
            <translation>WAKTU</translation>
        </message>
        <message>
            <source>AUTHOR</source>
            <translation>PENGARANG</translation>
        </message>
        <message>
            <source>BARCODE</source>
            <translation>BARKODE</translation>
        </message>
        <message>
            <source>BIRTH_DATE</source>
            <translation>TANGGAL_LAHIR</translation>
        </message>
        <message>
            <source>BUDGET</source>
            <translation>ANGGARAN</translation>
        </message>
        <message>
            <source>REQUEST</source>
            <translation>USULAN</translation>
        </message>
        <message>
            <source>BY</source>
            <translation>PENGGUNA</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>KODE</translation>
        </message>
        <message>
            <source>COLLATION</source>
            <translation>KOLASI</translation>
        </message>
        <message>
            <source>COLUMNS</source>
            <translation>KOLOM</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>PERINTAH</translation>
        </message>
        <message>
            <source>CONSENT</source>
            <translation>PERSETUJUAN</translation>
        </message>
        <message>
            <source>COPIES</source>
            <translation>EKSEMPLAR</translation>
        </message>
        <message>
            <source>CORNER_RADIUS_MM</source>
            <translation>JARI_SUDUT_MM</translation>
        </message>
        <message>
            <source>COUNT</source>
            <translation>JUMLAH</translation>
        </message>
        <message>
            <source>COUNTS</source>
            <translation>JUMLAH</translation>
        </message>
        <message>
            <source>DATES</source>
            <translation>TANGGAL</translation>
        </message>
        <message>
            <source>DAYS</source>
            <translation>HARI</translation>
        </message>
        <message>
            <source>DB</source>
            <translation>BASISDATA</translation>
        </message>
        <message>
            <source>DDC</source>
            <translation>DDC</translation>
        </message>
        <message>
            <source>DDC_FROM</source>
            <translation>DDC_DARI</translation>
        </message>
        <message>
            <source>DDC_TO</source>
            <translation>DDC_SAMPAI</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>URAIAN</translation>
        </message>
        <message>
            <source>DSN</source>
            <translation>DSN</translation>
        </message>
        <message>
            <source>DX</source>
            <translation>DX</translation>
        </message>
        <message>
            <source>DY</source>
            <translation>DY</translation>
        </message>
        <message>
            <source>EDITION</source>
            <translation>EDISI</translation>
        </message>
        <message>
            <source>EDUCATION</source>
            <translation>PENDIDIKAN</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>SUREL</translation>
        </message>
        <message>
            <source>END</source>
            <translation>AKHIR</translation>
        </message>
        <message>
            <source>FACILITATOR</source>
            <translation>PEMANDU</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>BERKAS</translation>
        </message>
        <message>
            <source>FILE.pdf</source>
            <translation>BERKAS.pdf</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>FOLDER</translation>
        </message>
        <message>
            <source>FROM_DATE</source>
            <translation>DARI_TANGGAL</translation>
        </message>
        <message>
            <source>FROM_NUMBER</source>
            <translation>DARI_NOMOR</translation>
        </message>
        <message>
            <source>FULL_NAME</source>
            <translation>NAMA_LENGKAP</translation>
        </message>
        <message>
            <source>GAP_X_MM</source>
            <translation>JARAK_X_MM</translation>
        </message>
        <message>
            <source>GAP_Y_MM</source>
            <translation>JARAK_Y_MM</translation>
        </message>
        <message>
            <source>GENDER</source>
            <translation>JENIS_KELAMIN</translation>
        </message>
        <message>
            <source>GUARDIAN</source>
            <translation>WALI</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>HOST</translation>
        </message>
        <message>
            <source>HUB</source>
            <translation>HUB</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>INSTITUTION</source>
            <translation>LEMBAGA</translation>
        </message>
        <message>
            <source>INTO</source>
            <translation>KE</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>ITEMS</source>
            <translation>BERKAS_EKSEMPLAR</translation>
        </message>
        <message>
            <source>KABUPATEN</source>
            <translation>KABUPATEN</translation>
        </message>
        <message>
            <source>KECAMATAN</source>
            <translation>KECAMATAN</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>JENIS</translation>
        </message>
        <message>
            <source>LABEL_HEIGHT_MM</source>
            <translation>TINGGI_LABEL_MM</translation>
        </message>
        <message>
            <source>LABEL_WIDTH_MM</source>
            <translation>LEBAR_LABEL_MM</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>BAHASA</translation>
        </message>
        <message>
            <source>LIBRARIAN</source>
            <translation>PUSTAKAWAN</translation>
        </message>
        <message>
            <source>LIBRARY_CODE</source>
            <translation>KODE_PERPUSTAKAAN</translation>
        </message>
        <message>
            <source>LIBRARY_NAME</source>
            <translation>NAMA_PERPUSTAKAAN</translation>
        </message>
        <message>
            <source>LIMIT</source>
            <translation>BATAS</translation>
        </message>
        <message>
            <source>LIMIT_KBPS</source>
            <translation>BATAS_KBPS</translation>
        </message>
        <message>
            <source>LINK</source>
            <translation>TAUTAN</translation>
        </message>
        <message>
            <source>LOCATION</source>
            <translation>LOKASI</translation>
        </message>
        <message>
            <source>MAP</source>
            <translation>PETA</translation>
        </message>
        <message>
            <source>MARGIN_LEFT_MM</source>
            <translation>MARGIN_KIRI_MM</translation>
        </message>
        <message>
            <source>MARGIN_TOP_MM</source>
            <translation>MARGIN_ATAS_MM</translation>
        </message>
        <message>
            <source>MEMBER</source>
            <translation>ANGGOTA</translation>
        </message>
        <message>
            <source>MEMBER_TYPE</source>
            <translation>JENIS_ANGGOTA</translation>
        </message>
        <message>
            <source>MONTH</source>
            <translation>BULAN</translation>
        </message>
        <message>
            <source>MOU_DATE</source>
            <translation>TANGGAL_MOU</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAMA</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>CATATAN</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>CATATAN</translation>
        </message>
        <message>
            <source>NPP</source>
            <translation>NPP</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>NOMOR</translation>
        </message>
        <message>
            <source>OCCUPATION</source>
            <translation>PEKERJAAN</translation>
        </message>
        <message>
            <source>OFFSET</source>
            <translation>GESER</translation>
        </message>
        <message>
            <source>OUTPUT</source>
            <translation>KELUARAN</translation>
        </message>
        <message>
            <source>OVERRIDE_PIN</source>
            <translation>PIN_PENGECUALIAN</translation>
        </message>
        <message>
            <source>PAGE_HEIGHT_MM</source>
            <translation>TINGGI_HALAMAN_MM</translation>
        </message>
        <message>
            <source>PAGE_WIDTH_MM</source>
            <translation>LEBAR_HALAMAN_MM</translation>
        </message>
        <message>
            <source>PARTNER</source>
            <translation>MITRA</translation>
        </message>
        <message>
            <source>PARTS</source>
            <translation>BAGIAN</translation>
        </message>
        <message>
            <source>PASSWORD</source>
            <translation>KATA_SANDI</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERIODE</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>TELEPON</translation>
        </message>
        <message>
            <source>PHOTO</source>
            <translation>FOTO</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PLACE</source>
            <translation>TEMPAT</translation>
        </message>
        <message>
            <source>PLANS</source>
            <translation>RENCANA</translation>
        </message>
        <message>
            <source>PORT</source>
            <translation>PORT</translation>
        </message>
        <message>
            <source>PRICE</source>
            <translation>HARGA</translation>
        </message>
        <message>
            <source>PRINTER</source>
            <translation>PRINTER</translation>
        </message>
        <message>
            <source>PROGRAM</source>
            <translation>KEGIATAN</translation>
        </message>
        <message>
            <source>PROVINCE</source>
            <translation>PROVINSI</translation>
        </message>
        <message>
            <source>PUBLISHER</source>
            <translation>PENERBIT</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>ALASAN</translation>
        </message>
        <message>
            <source>RECEIVED</source>
            <translation>DITERIMA</translation>
        </message>
        <message>
            <source>RECORD</source>
            <translation>JUDUL</translation>
        </message>
        <message>
            <source>REPORT</source>
            <translation>LAPORAN</translation>
        </message>
        <message>
            <source>ROWS</source>
            <translation>BARIS</translation>
        </message>
        <message>
            <source>RT_RW</source>
            <translation>RT_RW</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>SKALA</translation>
        </message>
        <message>
            <source>SEARCH</source>
            <translation>CARI</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>BENIH</translation>
        </message>
        <message>
            <source>SELECT</source>
            <translation>PILIHAN</translation>
        </message>
        <message>
            <source>SESSION</source>
            <translation>PERTEMUAN</translation>
        </message>
        <message>
            <source>SESSION_DATE</source>
            <translation>TANGGAL_SESI</translation>
        </message>
        <message>
            <source>SETTING</source>
            <translation>PENGATURAN</translation>
        </message>
        <message>
            <source>SINCE</source>
            <translation>DARI</translation>
        </message>
        <message>
            <source>SKILL</source>
            <translation>KETERAMPILAN</translation>
        </message>
        <message>
            <source>SKIP</source>
            <translation>LEWATI</translation>
        </message>
        <message>
            <source>START</source>
            <translation>MULAI</translation>
        </message>
        <message>
            <source>STARTS_ON</source>
            <translation>MULAI_TANGGAL</translation>
        </message>
        <message>
            <source>SUBJECT</source>
            <translation>SUBJEK</translation>
        </message>
        <message>
            <source>SUBTITLE</source>
            <translation>ANAK_JUDUL</translation>
        </message>
        <message>
            <source>TEMPLATE</source>
            <translation>TEMPLAT</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEKS</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>JUDUL</translation>
        </message>
        <message>
            <source>TO</source>
            <translation>KE</translation>
        </message>
        <message>
            <source>TOPIC</source>
            <translation>TOPIK</translation>
        </message>
        <message>
            <source>TO_DATE</source>
            <translation>SAMPAI_TANGGAL</translation>
        </message>
        <message>
            <source>TO_NUMBER</source>
            <translation>SAMPAI_NOMOR</translation>
        </message>
        <message>
            <source>UNTIL</source>
            <translation>SAMPAI</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>PENGGUNA</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>NILAI</translation>
        </message>
        <message>
            <source>VILLAGE</source>
            <translation>DESA</translation>
        </message>
        <message>
            <source>WHEN</source>
            <translation>KAPAN</translation>
        </message>
        <message>
            <source>WIFI</source>
            <translation>WIFI</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>TAHUN</translation>
        </message>
        <message>
            <source>YEAR_TEXT</source>
            <translation>TAHUN_TERTULIS</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>jawaban</translation>
        </message>
        <message>
            <source>barcode</source>
            <translation>barkode</translation>
        </message>
        <message>
            <source>barcodes</source>
            <translation>barkode</translation>
        </message>
        <message>
            <source>csv</source>
            <translation>csv</translation>
        </message>
        <message>
            <source>dsn</source>
            <translation>dsn</translation>
        </message>
        <message>
            <source>file</source>
            <translation>berkas</translation>
        </message>
        <message>
            <source>file_id</source>
            <translation>id_berkas</translation>
        </message>
        <message>
            <source>hold_id</source>
            <translation>id_pemesanan</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>id</translation>
        </message>
        <message>
            <source>isbn</source>
            <translation>isbn</translation>
        </message>
        <message>
            <source>keep_id</source>
            <translation>id_dipertahankan</translation>
        </message>
        <message>
            <source>key</source>
            <translation>kunci</translation>
        </message>
        <message>
            <source>member</source>
            <translation>anggota</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nomor</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>nomor</translation>
        </message>
        <message>
            <source>other_id</source>
            <translation>id_lain</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>peserta</translation>
        </message>
        <message>
            <source>path</source>
            <translation>lokasi_berkas</translation>
        </message>
        <message>
            <source>program</source>
            <translation>kegiatan</translation>
        </message>
        <message>
            <source>query</source>
            <translation>pencarian</translation>
        </message>
        <message>
            <source>records</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>request</source>
            <translation>permintaan</translation>
        </message>
        <message>
            <source>session</source>
            <translation>pertemuan</translation>
        </message>
        <message>
            <source>site</source>
            <translation>tempat</translation>
        </message>
        <message>
            <source>text</source>
            <translation>teks</translation>
        </message>
        <message>
            <source>union_id</source>
            <translation>id_induk</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zona</translation>
        </message>
        <message>
            <source>PAGE</source>
            <translation>HALAMAN</translation>
        </message>
    </context>
    <context>
        <name>ClockBanner</name>
        <message>
            <source>The date and time are &amp;right</source>
            <translation>Tanggal dan jam sudah &amp;benar</translation>
        </message>
        <message>
            <source>Confirm the computer's date and time</source>
            <translation>Konfirmasi tanggal dan jam komputer</translation>
        </message>
        <message>
            <source>Ask a librarian.</source>
            <translation>Minta bantuan pustakawan.</translation>
        </message>
        <message>
            <source>Confirm the date and time</source>
            <translation>Konfirmasi tanggal dan jam</translation>
        </message>
        <message>
            <source>Is it really {now} now? Due dates and the order of changes depend on it.</source>
            <translation>Benarkah sekarang {now}? Tanggal kembali dan urutan perubahan bergantung padanya.</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>Recovery code — write it down</source>
            <translation>Kode pemulihan — catat sekarang</translation>
        </message>
        <message>
            <source>Recovery code {code}</source>
            <translation>Kode pemulihan {code}</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Cetak kode pemulihan</translation>
        </message>
        <message>
            <source>I have written it down</source>
            <translation>Sudah saya catat</translation>
        </message>
        <message>
            <source>This is the library's recovery code. If one day no librarian can log in (the librarian moved away or forgot the password), it lets a new librarian set a new password.</source>
            <translation>Ini kode pemulihan perpustakaan. Jika suatu hari tidak ada pustakawan yang bisa masuk (pustakawan pindah tugas atau lupa kata sandi), kode ini memungkinkan pustakawan baru memasang kata sandi baru.</translation>
        </message>
        <message>
            <source>Write it down or print it now: it is shown only this once. Keep it with the village office (kepala desa), away from the desk, so that a volunteer cannot make herself a librarian.</source>
            <translation>Catat atau cetak sekarang: kode ini hanya ditampilkan sekali ini. Simpan di kantor desa (kepala desa), jauh dari meja layanan, agar relawan tidak bisa menjadikan dirinya pustakawan.</translation>
        </message>
        <message>
            <source>Any older recovery code no longer works.</source>
            <translation>Kode pemulihan yang lebih lama tidak berlaku lagi.</translation>
        </message>
        <message>
            <source>Close without the recovery code? It is not shown again. Without it, nobody can get back in when no librarian can log in (a new code can be made later under Settings → Staff accounts).</source>
            <translation>Tutup tanpa mencatat kode pemulihan? Kode ini tidak akan ditampilkan lagi. Tanpa kode ini, tidak ada yang bisa masuk kembali bila tidak ada pustakawan yang bisa masuk (kode baru dapat dibuat nanti di Pengaturan → Akun petugas).</translation>
        </message>
        <message>
            <source>Back to the code</source>
            <translation>Kembali ke kode</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>&lt;h2&gt;{library}&lt;/h2&gt;&lt;p&gt;Pustaka recovery code:&lt;/p&gt;&lt;h1 style='font-family: monospace'&gt;{code}&lt;/h1&gt;&lt;p&gt;Keep this sheet with the village office (kepala desa). If no librarian can log in: on the log-in window choose “Forgot password?” and type this code.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;{library}&lt;/h2&gt;&lt;p&gt;Kode pemulihan Pustaka:&lt;/p&gt;&lt;h1 style='font-family: monospace'&gt;{code}&lt;/h1&gt;&lt;p&gt;Simpan lembar ini di kantor desa (kepala desa). Jika tidak ada pustakawan yang bisa masuk: di jendela masuk pilih “Lupa kata sandi?” lalu ketik kode ini.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>CopyForm</name>
        <message>
            <source>whole rupiah, e.g. 45000</source>
            <translation>rupiah bulat, mis. 45000</translation>
        </message>
        <message>
            <source>Collection &amp;type</source>
            <translation>&amp;Jenis koleksi</translation>
        </message>
        <message>
            <source>&amp;Location / shelf</source>
            <translation>Lokas&amp;i / rak</translation>
        </message>
        <message>
            <source>Sourc&amp;e</source>
            <translation>Sumbe&amp;r</translation>
        </message>
        <message>
            <source>Date rece&amp;ived</source>
            <translation>&amp;Tanggal diterima</translation>
        </message>
        <message>
            <source>Source &amp;detail</source>
            <translation>&amp;Keterangan sumber</translation>
        </message>
        <message>
            <source>Dana Desa {year}, donor name, grant programme...</source>
            <translation>Dana Desa {year}, nama donatur, program hibah...</translation>
        </message>
        <message>
            <source>Su&amp;pplier</source>
            <translation>Pe&amp;masok</translation>
        </message>
        <message>
            <source>P&amp;rice (Rp)</source>
            <translation>&amp;Harga (Rp)</translation>
        </message>
        <message>
            <source>Problem with the input</source>
            <translation>Masalah pada isian</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>CopyHistory</name>
        <message>
            <source>imported from SLiMS</source>
            <translation>diimpor dari SLiMS</translation>
        </message>
        <message>
            <source>imported from INLISLite</source>
            <translation>diimpor dari INLISLite</translation>
        </message>
        <message>
            <source>imported from a loan notebook (Excel)</source>
            <translation>diimpor dari buku peminjaman (Excel)</translation>
        </message>
        <message>
            <source>the member, on the web catalogue</source>
            <translation>anggota sendiri, di katalog web</translation>
        </message>
        <message>
            <source>{who} on {date}</source>
            <translation>{who} pada {date}</translation>
        </message>
        <message>
            <source>a member (only librarians see who)</source>
            <translation>seorang anggota (hanya pustakawan yang melihat siapa)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <source>A grant (hibah)</source>
            <translation>Hibah</translation>
        </message>
        <message>
            <source>A donation</source>
            <translation>Sumbangan</translation>
        </message>
        <message>
            <source>Other source</source>
            <translation>Sumber lain</translation>
        </message>
        <message>
            <source>from {supplier}</source>
            <translation>dari {supplier}</translation>
        </message>
        <message>
            <source>invoice {invoice}</source>
            <translation>faktur {invoice}</translation>
        </message>
        <message>
            <source>price {price}</source>
            <translation>harga {price}</translation>
        </message>
        <message>
            <source>no price written</source>
            <translation>harga tidak dicatat</translation>
        </message>
        <message>
            <source>received {date}</source>
            <translation>diterima {date}</translation>
        </message>
        <message>
            <source>Imported from the file {file} on {date} by {who}.</source>
            <translation>Diimpor dari berkas {file} pada {date} oleh {who}.</translation>
        </message>
        <message>
            <source>Entered by the library {code}; here since {date}.</source>
            <translation>Dicatat oleh perpustakaan {code}; ada di sini sejak {date}.</translation>
        </message>
        <message>
            <source>Entered in this catalogue on {date}.</source>
            <translation>Dicatat di katalog ini pada {date}.</translation>
        </message>
        <message>
            <source>still out, {days} day(s) late</source>
            <translation>masih dipinjam, terlambat {days} hari</translation>
        </message>
        <message>
            <source>still out</source>
            <translation>masih dipinjam</translation>
        </message>
        <message>
            <source>returned {days} day(s) late</source>
            <translation>dikembalikan terlambat {days} hari</translation>
        </message>
        <message>
            <source>renewed {count}× (by {who})</source>
            <translation>diperpanjang {count}× (oleh {who})</translation>
        </message>
        <message>
            <source>renewed {count}×</source>
            <translation>diperpanjang {count}×</translation>
        </message>
        <message>
            <source>fine {amount}, charged at the return by {who}</source>
            <translation>denda {amount}, dicatat saat dikembalikan oleh {who}</translation>
        </message>
        <message>
            <source>fine {amount}</source>
            <translation>denda {amount}</translation>
        </message>
        <message>
            <source>the rules said no; allowed by {who}</source>
            <translation>aturan menolak; diizinkan oleh {who}</translation>
        </message>
    </context>
    <context>
        <name>CopyHistoryDialog</name>
        <message>
            <source>History of copy {barcode}</source>
            <translation>Riwayat eksemplar {barcode}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Copy {barcode} · accession no. {accession} · call number {call_number} · now: &lt;b&gt;{status}&lt;/b&gt; · {location}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Eksemplar {barcode} · no. induk {accession} · nomor panggil {call_number} · sekarang: &lt;b&gt;{status}&lt;/b&gt; · {location}</translation>
        </message>
        <message>
            <source>Where the copy came from</source>
            <translation>Asal eksemplar</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>Dipinjamkan oleh</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Batas kembali</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Taken back by</source>
            <translation>Diterima kembali oleh</translation>
        </message>
        <message>
            <source>Loans of this copy</source>
            <translation>Peminjaman eksemplar ini</translation>
        </message>
        <message>
            <source>not returned</source>
            <translation>belum kembali</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Other events of this copy</source>
            <translation>Kejadian lain pada eksemplar ini</translation>
        </message>
        <message>
            <source>&amp;Loans ({count}), newest first:</source>
            <translation>&amp;Peminjaman ({count}), terbaru di atas:</translation>
        </message>
        <message>
            <source>&amp;Loans: never lent.</source>
            <translation>&amp;Peminjaman: belum pernah dipinjam.</translation>
        </message>
        <message>
            <source>Other &amp;events ({count}): status changes, stock-takes, overrides</source>
            <translation>&amp;Kejadian lain ({count}): perubahan status, inventarisasi, izin pustakawan</translation>
        </message>
        <message>
            <source>Other events: none recorded.</source>
            <translation>Kejadian lain: tidak ada yang tercatat.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Only the last borrower is named: who borrowed a book before is personal data, for librarians.</source>
            <translation>Hanya peminjam terakhir yang disebut namanya: siapa yang meminjam buku sebelumnya adalah data pribadi, hanya untuk pustakawan.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>tidak tercatat</translation>
        </message>
        <message>
            <source>History of a copy</source>
            <translation>Riwayat eksemplar</translation>
        </message>
        <message>
            <source>Scan or type the copy's barcode:</source>
            <translation>Pindai atau ketik barkode eksemplar:</translation>
        </message>
    </context>
    <context>
        <name>CopyMoveDialog</name>
        <message>
            <source>Move copy {barcode} to another title</source>
            <translation>Pindahkan eksemplar {barcode} ke judul lain</translation>
        </message>
        <message>
            <source>Copy {barcode} (accession no. {accession}) is now a copy of “{title}” (record {record}). Type the title it belongs to, or the record number the review list names, then choose it in the list.</source>
            <translation>Eksemplar {barcode} (no. induk {accession}) sekarang termasuk “{title}” (judul {record}). Ketik judul yang benar, atau nomor judul yang disebut daftar Perlu diperiksa, lalu pilih di daftar.</translation>
        </message>
        <message>
            <source>Title or record number</source>
            <translation>Judul atau nomor judul</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Judul no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Titles to move the copy to</source>
            <translation>Judul tujuan pemindahan eksemplar</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&amp;Title or record number:</source>
            <translation>&amp;Judul atau nomor judul:</translation>
        </message>
        <message>
            <source>No other title found.</source>
            <translation>Tidak ada judul lain yang ditemukan.</translation>
        </message>
        <message>
            <source>Choose the title in the list first.</source>
            <translation>Pilih dulu judulnya di daftar.</translation>
        </message>
        <message>
            <source>Move to another title…</source>
            <translation>Pindahkan ke judul lain…</translation>
        </message>
        <message>
            <source>Move… (Ctrl+M)</source>
            <translation>Pindahkan… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Move the selected copy to another title</source>
            <translation>Pindahkan eksemplar terpilih ke judul lain</translation>
        </message>
    </context>
    <context>
        <name>CorrectDialog</name>
        <message>
            <source>Correct a visit</source>
            <translation>Koreksi kunjungan</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
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
        <name>CoverDialog</name>
        <message>
            <source>Cover picture: {title}</source>
            <translation>Gambar sampul: {title}</translation>
        </message>
        <message>
            <source>&amp;Choose picture…</source>
            <translation>&amp;Pilih gambar…</translation>
        </message>
        <message>
            <source>Choose a picture file for the cover</source>
            <translation>Pilih berkas gambar untuk sampul</translation>
        </message>
        <message>
            <source>&amp;Remove cover</source>
            <translation>&amp;Hapus sampul</translation>
        </message>
        <message>
            <source>Take the cover away</source>
            <translation>Hapus sampul</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cover picture</source>
            <translation>Gambar sampul</translation>
        </message>
        <message>
            <source>No cover yet. Choose a picture: a photo of the book taken with a phone is enough.</source>
            <translation>Belum ada sampul. Pilih gambar: foto buku yang diambil dengan ponsel sudah cukup.</translation>
        </message>
        <message>
            <source>No cover yet</source>
            <translation>Belum ada sampul</translation>
        </message>
        <message>
            <source>Choose the cover picture</source>
            <translation>Pilih gambar sampul</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation>Gambar ({patterns})</translation>
        </message>
        <message>
            <source>Remove cover</source>
            <translation>Hapus sampul</translation>
        </message>
        <message>
            <source>Take the cover of {title} away?</source>
            <translation>Hapus sampul {title}?</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Open the list of imported fields to check</source>
            <translation>Buka daftar isian hasil impor yang perlu diperiksa</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Visitors, last 30 days</source>
            <translation>Pengunjung, 30 hari terakhir</translation>
        </message>
        <message>
            <source>Loans per month</source>
            <translation>Peminjaman per bulan</translation>
        </message>
        <message>
            <source>Collection by subject (DDC class)</source>
            <translation>Koleksi menurut subjek (kelas DDC)</translation>
        </message>
        <message>
            <source>Community activities per month</source>
            <translation>Kegiatan masyarakat per bulan</translation>
        </message>
        <message>
            <source>Needs checking (Perlu diperiksa): {count}</source>
            <translation>Perlu diperiksa: {count}</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>Counting the collection…</source>
            <translation>Menghitung koleksi…</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Total: {n}</source>
            <translation>Jumlah: {n}</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Peminjaman</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <source>Copies: {n}</source>
            <translation>Eksemplar: {n}</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Pertemuan</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Attendances: {n}</source>
            <translation>Kehadiran: {n}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseChooser</name>
        <message>
            <source>{titles} titles, {copies} copies</source>
            <translation>{titles} judul, {copies} eksemplar</translation>
        </message>
        <message>
            <source>catalogue empty</source>
            <translation>katalog kosong</translation>
        </message>
        <message>
            <source>{members} members</source>
            <translation>{members} anggota</translation>
        </message>
        <message>
            <source>with loans</source>
            <translation>ada data peminjaman</translation>
        </message>
        <message>
            <source>{name} — {holds}</source>
            <translation>{name} — {holds}</translation>
        </message>
        <message>
            <source>Choose the library to import</source>
            <translation>Pilih perpustakaan yang akan diimpor</translation>
        </message>
        <message>
            <source>SLiMS libraries in the backup</source>
            <translation>Perpustakaan SLiMS dalam cadangan</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>Pi&amp;lih</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>{file} is a backup of a whole server: it holds the databases of {count} SLiMS libraries. Only one is imported; the others stay out.</source>
            <translation>{file} adalah cadangan seluruh server: berkas ini memuat basis data {count} perpustakaan SLiMS. Hanya satu yang diimpor; yang lain tidak ikut masuk.</translation>
        </message>
        <message>
            <source>&amp;Library to import:</source>
            <translation>&amp;Perpustakaan yang diimpor:</translation>
        </message>
        <message>
            <source>Reading the backup</source>
            <translation>Membaca cadangan</translation>
        </message>
    </context>
    <context>
        <name>DemoCounts</name>
        <message>
            <source>{n} titles</source>
            <translation>{n} judul</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>{n} eksemplar</translation>
        </message>
        <message>
            <source>{n} members</source>
            <translation>{n} anggota</translation>
        </message>
        <message>
            <source>{n} loan rules</source>
            <translation>{n} aturan peminjaman</translation>
        </message>
        <message>
            <source>{n} holidays</source>
            <translation>{n} hari libur</translation>
        </message>
        <message>
            <source>{n} loans</source>
            <translation>{n} peminjaman</translation>
        </message>
        <message>
            <source>{n} fines</source>
            <translation>{n} denda</translation>
        </message>
        <message>
            <source>{n} reservations</source>
            <translation>{n} pemesanan</translation>
        </message>
        <message>
            <source>{n} visits</source>
            <translation>{n} kunjungan</translation>
        </message>
        <message>
            <source>{n} group visits</source>
            <translation>{n} kunjungan rombongan</translation>
        </message>
        <message>
            <source>{n} books read on site</source>
            <translation>{n} buku dibaca di tempat</translation>
        </message>
        <message>
            <source>{n} programmes</source>
            <translation>{n} kegiatan</translation>
        </message>
        <message>
            <source>{n} sessions</source>
            <translation>{n} sesi</translation>
        </message>
        <message>
            <source>{n} participants</source>
            <translation>{n} peserta</translation>
        </message>
        <message>
            <source>{n} attendances</source>
            <translation>{n} kehadiran</translation>
        </message>
        <message>
            <source>{n} partners</source>
            <translation>{n} mitra</translation>
        </message>
        <message>
            <source>{n} stories</source>
            <translation>{n} cerita</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Waiting: another job is writing to the library (an import or a sync bundle). The scan goes through as soon as it ends ({attempt})…</source>
            <translation>Menunggu: pekerjaan lain sedang menulis ke perpustakaan (impor atau bundel sinkronisasi). Pindaian diproses begitu pekerjaan itu selesai ({attempt})…</translation>
        </message>
        <message>
            <source>Ready. Scan a member card to lend, or scan a book to return it.</source>
            <translation>Siap. Pindai kartu anggota untuk meminjamkan, atau pindai buku untuk mengembalikannya.</translation>
        </message>
        <message>
            <source>F2  Lend</source>
            <translation>F2  Pinjam</translation>
        </message>
        <message>
            <source>Lend mode</source>
            <translation>Mode pinjam</translation>
        </message>
        <message>
            <source>Scan a member card, then books to lend them</source>
            <translation>Pindai kartu anggota, lalu buku yang akan dipinjam</translation>
        </message>
        <message>
            <source>F3  Return</source>
            <translation>F3  Pengembalian</translation>
        </message>
        <message>
            <source>Return mode</source>
            <translation>Mode pengembalian</translation>
        </message>
        <message>
            <source>Every scanned book is returned</source>
            <translation>Setiap buku yang dipindai dikembalikan</translation>
        </message>
        <message>
            <source>F4  Renew</source>
            <translation>F4  Perpanjang</translation>
        </message>
        <message>
            <source>Renew mode</source>
            <translation>Mode perpanjangan</translation>
        </message>
        <message>
            <source>Every scanned book is renewed</source>
            <translation>Setiap buku yang dipindai diperpanjang</translation>
        </message>
        <message>
            <source>Esc  Next member</source>
            <translation>Esc  Ganti anggota</translation>
        </message>
        <message>
            <source>Clear the member</source>
            <translation>Tutup anggota ini</translation>
        </message>
        <message>
            <source>Close this member and start with the next one</source>
            <translation>Tutup anggota ini dan mulai dengan anggota berikutnya</translation>
        </message>
        <message>
            <source>Scan box</source>
            <translation>Kotak pindai</translation>
        </message>
        <message>
            <source>Scan or type a barcode, then Enter</source>
            <translation>Pindai atau ketik barkode, lalu Enter</translation>
        </message>
        <message>
            <source>Result of the last scan</source>
            <translation>Hasil pindaian terakhir</translation>
        </message>
        <message>
            <source>F8  Librarian override…</source>
            <translation>F8  Izin pustakawan…</translation>
        </message>
        <message>
            <source>Librarian override</source>
            <translation>Izin pustakawan</translation>
        </message>
        <message>
            <source>Last actions</source>
            <translation>Riwayat terakhir</translation>
        </message>
        <message>
            <source>Undo last action (Ctrl+Z)</source>
            <translation>Batalkan kegiatan terakhir (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo last action</source>
            <translation>Batalkan kegiatan terakhir</translation>
        </message>
        <message>
            <source>F9  Receipt (PDF)</source>
            <translation>F9  Struk (PDF)</translation>
        </message>
        <message>
            <source>Copy history (Ctrl+H)</source>
            <translation>Riwayat eksemplar (Ctrl+H)</translation>
        </message>
        <message>
            <source>History of a copy</source>
            <translation>Riwayat eksemplar</translation>
        </message>
        <message>
            <source>Who borrowed a copy and when it came back, without returning it</source>
            <translation>Siapa yang meminjam eksemplar dan kapan kembali, tanpa mengembalikannya</translation>
        </message>
        <message>
            <source>No program on this computer opens PDF files. The receipt is saved in {path}</source>
            <translation>Tidak ada program di komputer ini yang dapat membuka berkas PDF. Struk tersimpan di {path}</translation>
        </message>
        <message>
            <source>Receipt saved: {name} (in the folder {folder}). “Open receipt” shows it to print.</source>
            <translation>Struk disimpan: {name} (di folder {folder}). “Buka struk” menampilkannya untuk dicetak.</translation>
        </message>
        <message>
            <source>Receipt for this visit</source>
            <translation>Struk kunjungan ini</translation>
        </message>
        <message>
            <source>Saves the receipt of this visit in the receipts folder</source>
            <translation>Menyimpan struk kunjungan ini di folder struk</translation>
        </message>
        <message>
            <source>Open receipt</source>
            <translation>Buka struk</translation>
        </message>
        <message>
            <source>Open the last receipt to print it</source>
            <translation>Buka struk terakhir untuk mencetaknya</translation>
        </message>
        <message>
            <source>Opens the receipt saved last in the PDF viewer, to print it</source>
            <translation>Membuka struk yang terakhir disimpan di penampil PDF, untuk dicetak</translation>
        </message>
        <message>
            <source>Only a librarian can undo. A book lent by mistake: press F3 and scan it (it is returned), then F2 to go on lending.</source>
            <translation>Hanya pustakawan yang dapat membatalkan. Buku yang keliru dipinjamkan: tekan F3 lalu pindai bukunya (buku dikembalikan), kemudian F2 untuk lanjut meminjamkan.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Tidak ada yang bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Nothing undone: a scan came while the question was open.</source>
            <translation>Tidak ada yang dibatalkan: ada pindaian masuk saat pertanyaan masih terbuka.</translation>
        </message>
        <message>
            <source>Renew membership</source>
            <translation>Perpanjang keanggotaan</translation>
        </message>
        <message>
            <source>Renew the membership of {name} ({number})? It now ends on {date}.</source>
            <translation>Perpanjang keanggotaan {name} ({number})? Sekarang berakhir pada {date}.</translation>
        </message>
        <message>
            <source>Membership of {name} not renewed.</source>
            <translation>Keanggotaan {name} tidak diperpanjang.</translation>
        </message>
        <message>
            <source>{name} owes no fines.</source>
            <translation>{name} tidak punya denda.</translation>
        </message>
        <message>
            <source>No payment recorded for {name}.</source>
            <translation>Tidak ada pembayaran yang dicatat untuk {name}.</translation>
        </message>
        <message>
            <source>Nothing reserved for {name}.</source>
            <translation>Tidak ada pemesanan untuk {name}.</translation>
        </message>
        <message>
            <source>Go ahead despite:
{reasons}</source>
            <translation>Tetap lanjutkan walaupun:
{reasons}</translation>
        </message>
        <message>
            <source>Not approved: a scan came while the override question was open.</source>
            <translation>Tidak diizinkan: ada pindaian masuk saat pertanyaan izin pustakawan masih terbuka.</translation>
        </message>
        <message>
            <source>{reasons}

A librarian may approve this. Librarian's PIN:</source>
            <translation>{reasons}

Pustakawan boleh mengizinkan ini. PIN pustakawan:</translation>
        </message>
        <message>
            <source>Writing the receipt…</source>
            <translation>Membuat struk…</translation>
        </message>
        <message>
            <source>Who is “{text}”? Choose the member in the list.</source>
            <translation>Siapa “{text}”? Pilih anggota di daftar.</translation>
        </message>
        <message>
            <source>Ready for the next member. Scan a member card, or a book to return it.</source>
            <translation>Siap untuk anggota berikutnya. Pindai kartu anggota, atau pindai buku untuk mengembalikannya.</translation>
        </message>
        <message>
            <source>Not approved: a card or a book was scanned into the PIN box.</source>
            <translation>Tidak diizinkan: kartu atau buku terpindai ke kotak PIN.</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Terjadi masalah: {error}</translation>
        </message>
        <message>
            <source>NOT DONE</source>
            <translation>TIDAK BISA</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Tidak bisa dilakukan</translation>
        </message>
        <message>
            <source>A librarian can approve it: press F8.</source>
            <translation>Pustakawan dapat mengizinkannya: tekan F8.</translation>
        </message>
        <message>
            <source>{name}: cannot borrow now. {problems}</source>
            <translation>{name}: belum bisa meminjam. {problems}</translation>
        </message>
        <message>
            <source>an unexpected problem (the details are in the log file: Help, About Pustaka).</source>
            <translation>masalah tak terduga (rinciannya ada di berkas log: Bantuan, Tentang Pustaka).</translation>
        </message>
        <message>
            <source>Not done: {code}. Scan it again. Reason: {reason}</source>
            <translation>Belum dikerjakan: {code}. Pindai lagi. Sebabnya: {reason}</translation>
        </message>
        <message>
            <source>Overdue: {count} book(s), the oldest due {date}.</source>
            <translation>Terlambat: {count} buku, yang paling lama jatuh tempo {date}.</translation>
        </message>
        <message>
            <source>F5: renew the membership.</source>
            <translation>F5: perpanjang keanggotaan.</translation>
        </message>
        <message>
            <source>To lend more: a book comes back first (F3), or scan the book and a librarian approves it with F8.</source>
            <translation>Untuk meminjam lagi: kembalikan satu buku dulu (F3), atau pindai bukunya lalu pustakawan mengizinkan dengan F8.</translation>
        </message>
        <message>
            <source>{name} — scan the books to lend.</source>
            <translation>{name} — pindai buku yang akan dipinjam.</translation>
        </message>
        <message>
            <source>F6: pay the fine.</source>
            <translation>F6: bayar dendanya.</translation>
        </message>
        <message>
            <source>Unpaid fines: {amount} (F6 to pay).</source>
            <translation>Denda belum dibayar: {amount} (F6 untuk membayar).</translation>
        </message>
        <message>
            <source>Scan {code} again after signing in.</source>
            <translation>Pindai {code} lagi setelah masuk.</translation>
        </message>
        <message>
            <source>Or a book comes back first: F3, scan it, then F2 to lend.</source>
            <translation>Atau kembalikan satu buku dulu: F3, pindai bukunya, lalu F2 untuk meminjam.</translation>
        </message>
        <message>
            <source>Membership of {name} renewed until {date}.</source>
            <translation>Keanggotaan {name} diperpanjang sampai {date}.</translation>
        </message>
        <message>
            <source>Paid: {amount} from {name}. Still owed: {owed}.</source>
            <translation>Dibayar: {amount} dari {name}. Sisa denda: {owed}.</translation>
        </message>
        <message>
            <source>{barcode} — {name} ({number})</source>
            <translation>{barcode} — {name} ({number})</translation>
        </message>
        <message>
            <source>Waiting: {name} ({number}), keep it until {date}.</source>
            <translation>Ditunggu: {name} ({number}), simpan sampai {date}.</translation>
        </message>
        <message>
            <source>Approved by {librarian}.</source>
            <translation>Diizinkan oleh {librarian}.</translation>
        </message>
        <message>
            <source>Working on {count} scan(s)…</source>
            <translation>Sedang memproses {count} pindaian…</translation>
        </message>
        <message>
            <source>RETURN: scan each book that comes back.</source>
            <translation>PENGEMBALIAN: pindai setiap buku yang dikembalikan.</translation>
        </message>
        <message>
            <source>RENEW: scan each book to give it more time.</source>
            <translation>PERPANJANGAN: pindai setiap buku yang ingin diperpanjang.</translation>
        </message>
        <message>
            <source>LEND to {name}: scan the books. Esc when done.</source>
            <translation>PINJAM untuk {name}: pindai bukunya. Tekan Esc bila selesai.</translation>
        </message>
        <message>
            <source>Scan a member card to lend. A book scanned now is returned.</source>
            <translation>Pindai kartu anggota untuk meminjam. Buku yang dipindai sekarang akan dikembalikan.</translation>
        </message>
    </context>
    <context>
        <name>DeskQuestion</name>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>{yes_key}: yes · Enter or Esc: no</source>
            <translation>{yes_key}: ya · Enter/Esc: tidak</translation>
        </message>
    </context>
    <context>
        <name>DistrictDatabaseTab</name>
        <message>
            <source>Where the union catalogue is kept</source>
            <translation>Tempat katalog induk disimpan</translation>
        </message>
        <message>
            <source>Bring it ba&amp;ck into this file…</source>
            <translation>Kemba&amp;likan ke berkas ini…</translation>
        </message>
        <message>
            <source>Bring the union catalogue back into this file</source>
            <translation>Kembalikan katalog induk ke berkas ini</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>Server PostgreSQL</translation>
        </message>
        <message>
            <source>When the district outgrows one PC, the union catalogue and the district figures can live on a PostgreSQL server. Ask whoever looks after the server for an empty database and a user that owns it.</source>
            <translation>Bila data kabupaten sudah terlalu besar untuk satu PC, katalog induk dan angka kabupaten dapat disimpan di server PostgreSQL. Mintalah kepada pengelola server sebuah basis data kosong dan pengguna yang memilikinya.</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10 or server-dinas</source>
            <translation>mis. 192.168.1.10 atau server-dinas</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>&amp;Server (name or IP address):</source>
            <translation>&amp;Server (nama atau alamat IP):</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database name:</source>
            <translation>Nama basis &amp;data:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nama &amp;pengguna:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Uji sambungan</translation>
        </message>
        <message>
            <source>&amp;Move the union catalogue there…</source>
            <translation>Pindahkan katalo&amp;g induk ke sana…</translation>
        </message>
        <message>
            <source>Move the union catalogue to this PostgreSQL server</source>
            <translation>Pindahkan katalog induk ke server PostgreSQL ini</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Hasil uji sambungan</translation>
        </message>
        <message>
            <source>On the PostgreSQL server: {where}
Backups of this file do not hold the union catalogue: back it up on the server (pg_dump). The village replicas, settings and accounts stay in this file.</source>
            <translation>Di server PostgreSQL: {where}
Cadangan berkas ini tidak memuat katalog induk: cadangkan di server itu (pg_dump). Data desa, pengaturan, dan akun petugas tetap di berkas ini.</translation>
        </message>
        <message>
            <source>In this library's own file ({path}), with everything else: its backups hold it.</source>
            <translation>Di berkas perpustakaan ini sendiri ({path}), bersama semua data lain: cadangannya ikut memuatnya.</translation>
        </message>
        <message>
            <source>Bring the catalogue back into this file first.</source>
            <translation>Kembalikan dulu katalog induk ke berkas ini.</translation>
        </message>
        <message>
            <source>The password is kept on this PC in the PostgreSQL password file of this PC's user account ({path}), where PostgreSQL looks for it; never in the library's settings or its backups. Leave it empty when that file already holds it.</source>
            <translation>Kata sandi disimpan di PC ini, dalam berkas kata sandi PostgreSQL milik akun pengguna PC ini ({path}), tempat PostgreSQL mencarinya; tidak pernah di pengaturan perpustakaan atau cadangannya. Biarkan kosong bila berkas itu sudah memuatnya.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menyambung…</translation>
        </message>
        <message>
            <source>Connected. This database already holds a union catalogue of {count} records: move into an empty one.</source>
            <translation>Tersambung. Basis data ini sudah berisi katalog induk dengan {count} cantuman: pindahkan ke basis data yang kosong.</translation>
        </message>
        <message>
            <source>Connected. The database is empty and ready to take the union catalogue.</source>
            <translation>Tersambung. Basis data masih kosong dan siap menerima katalog induk.</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Menguji sambungan</translation>
        </message>
        <message>
            <source>• The password typed is kept in {pgpass}.</source>
            <translation>• Kata sandi yang diketik disimpan di {pgpass}.</translation>
        </message>
        <message>
            <source>• No password typed: the one kept in {pgpass} is used.</source>
            <translation>• Tidak ada kata sandi yang diketik: dipakai kata sandi yang tersimpan di {pgpass}.</translation>
        </message>
        <message>
            <source>Move the union catalogue</source>
            <translation>Pindahkan katalog induk</translation>
        </message>
        <message>
            <source>Move the union catalogue to this PostgreSQL database?
{where}

• The union catalogue built so far ({records} titles) and the district figures are copied there; from then on the villages' bundles update it there.
• The village replicas, the settings and the staff accounts stay in this library's file.
• Backups of this file do NOT hold the part in PostgreSQL: it must be backed up on the server (pg_dump).</source>
            <translation>Pindahkan katalog induk ke basis data PostgreSQL ini?
{where}

• Katalog induk yang sudah terbentuk ({records} judul) dan angka kabupaten disalin ke sana; sejak itu paket kiriman desa memperbaruinya di sana.
• Data desa, pengaturan, dan akun petugas tetap di berkas perpustakaan ini.
• Cadangan berkas ini TIDAK memuat bagian yang ada di PostgreSQL: bagian itu harus dicadangkan di server (pg_dump).</translation>
        </message>
        <message>
            <source>Moved: {records} union records are now kept on the PostgreSQL server.</source>
            <translation>Selesai dipindahkan: {records} cantuman katalog induk kini disimpan di server PostgreSQL.</translation>
        </message>
        <message>
            <source>Moving the union catalogue to PostgreSQL</source>
            <translation>Memindahkan katalog induk ke PostgreSQL</translation>
        </message>
        <message>
            <source>Cancelled: nothing was moved; the union catalogue stays in this file.</source>
            <translation>Dibatalkan: tidak ada yang dipindahkan; katalog induk tetap di berkas ini.</translation>
        </message>
        <message>
            <source>Bring the union catalogue back</source>
            <translation>Kembalikan katalog induk</translation>
        </message>
        <message>
            <source>Keep the union catalogue in this library's file again?

• It is made again here from the village replicas this file holds.
• Nothing is deleted on the PostgreSQL server.
• From then on the backups of this file hold the whole district again.</source>
            <translation>Simpan lagi katalog induk di berkas perpustakaan ini?

• Katalog induk dibuat ulang di sini dari data desa yang ada di berkas ini.
• Tidak ada yang dihapus di server PostgreSQL.
• Sejak itu cadangan berkas ini kembali memuat seluruh data kabupaten.</translation>
        </message>
        <message>
            <source>Union catalogue</source>
            <translation>Katalog induk</translation>
        </message>
        <message>
            <source>The union catalogue is kept in this file again.</source>
            <translation>Katalog induk kembali disimpan di berkas ini.</translation>
        </message>
        <message>
            <source>Bringing the union catalogue back into this file</source>
            <translation>Mengembalikan katalog induk ke berkas ini</translation>
        </message>
    </context>
    <context>
        <name>DistrictGrantsPage</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Penerbit</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>DDC</source>
            <translation>DDC</translation>
        </message>
        <message>
            <source>Price (Rp)</source>
            <translation>Harga (Rp)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <source>Accession no.</source>
            <translation>No. induk</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>New grant package</source>
            <translation>Paket hibah baru</translation>
        </message>
        <message>
            <source>For which village</source>
            <translation>Untuk desa mana</translation>
        </message>
        <message>
            <source>&amp;Village:</source>
            <translation>Desa:</translation>
        </message>
        <message>
            <source>e.g. Bantuan Perpusnas 2026</source>
            <translation>mis. Bantuan Perpusnas 2026</translation>
        </message>
        <message>
            <source>Grant name</source>
            <translation>Nama hibah</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Lists (*.csv *.xlsx);;MARC or MARCXML (*.mrc *.marc *.iso *.xml *.marcxml);;All files (*)</source>
            <translation>Daftar (*.csv *.xlsx);;MARC atau MARCXML (*.mrc *.marc *.iso *.xml *.marcxml);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>A&amp;dd row</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <source>&amp;Remove row</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation>&amp;Periksa</translation>
        </message>
        <message>
            <source>Fill in one row per title with how many copies (the village numbers them and prints their labels), or one row per copy with its barcode; then Check.</source>
            <translation>Isi satu baris per judul dengan jumlah eksemplarnya (desa yang memberi nomor dan mencetak labelnya), atau satu baris per eksemplar dengan barkodenya; lalu Periksa.</translation>
        </message>
        <message>
            <source>Grant check</source>
            <translation>Hasil pemeriksaan hibah</translation>
        </message>
        <message>
            <source>Grant packages</source>
            <translation>Paket hibah</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>&amp;Load list (CSV, Excel or MARC)…</source>
            <translation>&amp;Muat daftar (CSV, Excel atau MARC)…</translation>
        </message>
        <message>
            <source>Books in the grant (one row per title, or per copy with its barcode)</source>
            <translation>Buku dalam hibah (satu baris per judul, atau per eksemplar dengan barkodenya)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>waiting for the next bundle to the village</source>
            <translation>menunggu bundel berikutnya ke desa</translation>
        </message>
        <message>
            <source>sent on {date}, not yet confirmed by the village</source>
            <translation>dikirim {date}, belum dikonfirmasi desa</translation>
        </message>
        <message>
            <source>received by the village on {date}</source>
            <translation>diterima desa pada {date}</translation>
        </message>
        <message>
            <source>&amp;Include in the next bundle to {village}</source>
            <translation>&amp;Sertakan dalam bundel berikutnya ke {village}</translation>
        </message>
        <message>
            <source>Include in the next bundle to the village</source>
            <translation>Sertakan dalam bundel berikutnya ke desa</translation>
        </message>
        <message>
            <source>No village is enrolled yet: enrol villages on the Sync page first.</source>
            <translation>Belum ada desa yang terdaftar: daftarkan desa dulu di halaman Sinkronisasi.</translation>
        </message>
        <message>
            <source>Open the shipment list</source>
            <translation>Buka daftar kiriman</translation>
        </message>
        <message>
            <source>Not ready: {problem}</source>
            <translation>Belum siap: {problem}</translation>
        </message>
        <message>
            <source>Ready: {copies} copies of {titles} titles for {code} – {village}. The village gets them with its next bundle, ready to lend.</source>
            <translation>Siap: {copies} eksemplar dari {titles} judul untuk {code} – {village}. Desa menerimanya bersama bundel berikutnya, siap dipinjamkan.</translation>
        </message>
        <message>
            <source>Lines with a value to check (an ISBN with a wrong check digit, a year, a price): {lines}. They go as written; the village finds them on its Needs checking (Perlu diperiksa) list.</source>
            <translation>Baris dengan isian yang perlu diperiksa (ISBN dengan angka pemeriksa salah, tahun, harga): {lines}. Dikirim apa adanya; desa menemukannya di daftar Perlu diperiksa.</translation>
        </message>
        <message>
            <source>Grant package</source>
            <translation>Paket hibah</translation>
        </message>
        <message>
            <source>Include “{name}” ({copies} copies) in the next bundle written for {code}?</source>
            <translation>Sertakan “{name}” ({copies} eksemplar) dalam bundel berikutnya yang ditulis untuk {code}?</translation>
        </message>
        <message>
            <source>The grant waits for the next bundle to {code}: write it on the Sync page (Write bundle to USB stick).</source>
            <translation>Hibah menunggu bundel berikutnya ke {code}: tulis bundelnya di halaman Sinkronisasi (Tulis bundel ke flashdisk).</translation>
        </message>
    </context>
    <context>
        <name>DistrictInboxPage</name>
        <message>
            <source>Put the USB stick with the villages' bundles in, choose its folder and import them all. Each bundle is applied completely or not at all; a bundle read before is skipped.</source>
            <translation>Pasang flashdisk berisi bundel dari desa-desa, pilih foldernya, lalu impor semuanya. Setiap bundel diterapkan utuh atau tidak sama sekali; bundel yang sudah pernah dibaca dilewati.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Folder with bundles (pustaka-….zip)</source>
            <translation>Folder berisi bundel (pustaka-….zip)</translation>
        </message>
        <message>
            <source>Folder with bundles</source>
            <translation>Folder berisi bundel</translation>
        </message>
        <message>
            <source>&amp;Choose folder…</source>
            <translation>&amp;Pilih folder…</translation>
        </message>
        <message>
            <source>Choose folder</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>&amp;Import all bundles</source>
            <translation>&amp;Impor semua bundel</translation>
        </message>
        <message>
            <source>Import all bundles</source>
            <translation>Impor semua bundel</translation>
        </message>
        <message>
            <source>No bundles imported yet in this session.</source>
            <translation>Belum ada bundel yang diimpor pada sesi ini.</translation>
        </message>
        <message>
            <source>Inbox summary</source>
            <translation>Ringkasan kotak masuk</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Berkas bundel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Rows applied</source>
            <translation>Baris diterapkan</translation>
        </message>
        <message>
            <source>Rows in bundle</source>
            <translation>Baris dalam bundel</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Result per bundle</source>
            <translation>Hasil per bundel</translation>
        </message>
        <message>
            <source>Choose the folder with the villages' bundles</source>
            <translation>Pilih folder berisi bundel dari desa</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist (is the USB stick in?).</source>
            <translation>Folder {folder} tidak ada (apakah flashdisk sudah terpasang?).</translation>
        </message>
        <message>
            <source>Importing the villages' bundles</source>
            <translation>Mengimpor bundel dari desa</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>diterapkan</translation>
        </message>
        <message>
            <source>already applied</source>
            <translation>sudah diterapkan</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>ignored (written by this office)</source>
            <translation>dilewati (dibuat kantor ini)</translation>
        </message>
        <message>
            <source>{n} bundles: {applied} applied, {already} already applied, {rejected} rejected.</source>
            <translation>{n} bundel: {applied} diterapkan, {already} sudah diterapkan sebelumnya, {rejected} ditolak.</translation>
        </message>
        <message>
            <source>{ignored} written by this office (for the villages) left as they are.</source>
            <translation>{ignored} paket buatan kantor ini (untuk desa) dibiarkan apa adanya.</translation>
        </message>
        <message>
            <source>No bundles (pustaka-….zip) in that folder.</source>
            <translation>Tidak ada bundel (pustaka-….zip) di folder itu.</translation>
        </message>
        <message>
            <source>Cancelled. The bundles listed were imported; import the folder again to read the rest.</source>
            <translation>Dibatalkan. Bundel yang tercantum sudah diimpor; impor folder itu lagi untuk membaca sisanya.</translation>
        </message>
    </context>
    <context>
        <name>DistrictReport</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Perpustakaan</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Anggota baru</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <source>Open days</source>
            <translation>Hari buka</translation>
        </message>
        <message>
            <source>Visitors per open day</source>
            <translation>Pengunjung per hari buka</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Peminjaman</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Activity sessions</source>
            <translation>Sesi kegiatan</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>Perlu diperiksa</translation>
        </message>
        <message>
            <source>Last bundle arrived</source>
            <translation>Paket terakhir diterima</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>Hari sejak itu</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Not recorded in Pustaka all the period</source>
            <translation>Tidak tercatat di Pustaka sepanjang periode</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Late with their bundle</source>
            <translation>Terlambat kirim paket</translation>
        </message>
        <message>
            <source>{recorded} of {villages} villages recorded</source>
            <translation>{recorded} dari {villages} desa tercatat</translation>
        </message>
        <message>
            <source>{recorded} of {villages} villages recorded, {part} only part of the period</source>
            <translation>{recorded} dari {villages} desa tercatat, {part} hanya sebagian periode</translation>
        </message>
        <message>
            <source>Not in the chart, as they have no visitor record in this period: {villages}.</source>
            <translation>Tidak ada di grafik karena pengunjungnya tidak tercatat pada periode ini: {villages}.</translation>
        </message>
        <message>
            <source>{mark} Not every village recorded that month in Pustaka (a village before it moved in, or one that keeps no such record): the bars add up those that did.</source>
            <translation>{mark} Tidak semua desa mencatat bulan itu di Pustaka (desa yang belum pindah ke Pustaka, atau yang tidak mencatatnya): batang grafik hanya menjumlahkan desa yang mencatat.</translation>
        </message>
        <message>
            <source>{figure}: the {count} highest</source>
            <translation>{figure}: {count} tertinggi</translation>
        </message>
        <message>
            <source>Visitors per month, all villages</source>
            <translation>Pengunjung per bulan, semua desa</translation>
        </message>
        <message>
            <source>Loans per month, all villages</source>
            <translation>Peminjaman per bulan, semua desa</translation>
        </message>
        <message>
            <source>Days counted in {zone}; made on {date}. Visitors per open day count each village's own opening days (closing days and holidays left out), as in its own report.</source>
            <translation>Hari dihitung dalam {zone}; dibuat pada {date}. Pengunjung per hari buka dihitung dengan hari buka masing-masing desa (hari tutup dan hari libur tidak dihitung), sama seperti laporan desa itu sendiri.</translation>
        </message>
        <message>
            <source>Titles are each village's own: a book held by several villages counts in each. The union catalogue holds {titles} different titles today.</source>
            <translation>Judul dihitung per desa: buku yang dimiliki beberapa desa terhitung di tiap desa. Katalog induk memuat {titles} judul berbeda hari ini.</translation>
        </message>
        <message>
            <source>No village has sent a bundle for this period yet.</source>
            <translation>Belum ada desa yang mengirim paket untuk periode ini.</translation>
        </message>
        <message>
            <source>District library statistics {period}</source>
            <translation>Statistik perpustakaan kabupaten {period}</translation>
        </message>
        <message>
            <source>visitors</source>
            <translation>pengunjung</translation>
        </message>
        <message>
            <source>loans</source>
            <translation>peminjaman</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>kegiatan</translation>
        </message>
        <message>
            <source>{figures} recorded only from {date}</source>
            <translation>{figures} baru dicatat sejak {date}</translation>
        </message>
        <message>
            <source>{figures} not recorded in Pustaka</source>
            <translation>{figures} tidak tercatat di Pustaka</translation>
        </message>
        <message>
            <source>visitors per open day over the {days} open days from {date}</source>
            <translation>pengunjung per hari buka dihitung dari {days} hari buka sejak {date}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>tidak tercatat</translation>
        </message>
        <message>
            <source> and </source>
            <translation> dan </translation>
        </message>
        <message>
            <source>{figure}: {recorded} of {villages} villages recorded</source>
            <translation>{figure}: {recorded} dari {villages} desa tercatat</translation>
        </message>
        <message>
            <source>{part} of them only from a day inside the period</source>
            <translation>{part} di antaranya hanya sebagian periode</translation>
        </message>
        <message>
            <source>{unknown} of the villages run an older version that does not say since when it recorded (counted as before)</source>
            <translation>{unknown} desa memakai versi lama yang tidak menyebutkan sejak kapan mencatat (dihitung seperti sebelumnya)</translation>
        </message>
    </context>
    <context>
        <name>DistrictStatsPage</name>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Part of the year</source>
            <translation>Bagian tahun</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Setahun penuh</translation>
        </message>
        <message>
            <source>Quarter {q}</source>
            <translation>Triwulan {q}</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <source>Time zone the days are cut in</source>
            <translation>Zona waktu untuk memotong hari</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Bahasa laporan</translation>
        </message>
        <message>
            <source>&amp;Save as spreadsheet…</source>
            <translation>&amp;Simpan sebagai spreadsheet…</translation>
        </message>
        <message>
            <source>Save as spreadsheet</source>
            <translation>Simpan sebagai spreadsheet</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Simpan sebagai &amp;PDF…</translation>
        </message>
        <message>
            <source>Save as PDF to print</source>
            <translation>Simpan sebagai PDF untuk dicetak</translation>
        </message>
        <message>
            <source>Language of the &amp;report:</source>
            <translation>Bahasa &amp;laporan:</translation>
        </message>
        <message>
            <source>Late villages</source>
            <translation>Desa yang terlambat</translation>
        </message>
        <message>
            <source>Villages with entries to check</source>
            <translation>Desa yang masih punya data perlu diperiksa</translation>
        </message>
        <message>
            <source>Figures not recorded in Pustaka all the period</source>
            <translation>Angka yang tidak tercatat di Pustaka sepanjang periode</translation>
        </message>
        <message>
            <source>Titles, copies and members as at the end of the period (copies weeded, lost or withdrawn left out); visitors per open day of each village. To check: what is open on the village's review list as its last bundle said (empty: its version does not say).</source>
            <translation>Judul, eksemplar dan anggota per akhir periode (eksemplar yang disiangi, hilang atau ditarik tidak dihitung); pengunjung per hari buka tiap desa. Perlu diperiksa: yang masih terbuka di daftar Perlu diperiksa desa menurut paket terakhirnya (kosong: versi desa itu belum mengirimnya).</translation>
        </message>
        <message>
            <source>Statistics per village</source>
            <translation>Statistik per desa</translation>
        </message>
        <message>
            <source>late</source>
            <translation>terlambat</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>... and {n} more villages (the printed report and the spreadsheet list them all)</source>
            <translation>... dan {n} desa lagi (laporan cetak dan lembar kerja mencantumkan semuanya)</translation>
        </message>
        <message>
            <source>{mark} Not recorded in Pustaka all the period (before a village moved in, or not kept there), never counted as 0:</source>
            <translation>{mark} Tidak tercatat di Pustaka sepanjang periode (sebelum desa pindah ke Pustaka, atau memang tidak dicatat di sana), tidak dihitung sebagai 0:</translation>
        </message>
        <message>
            <source>Late (no bundle for over {days} days): {codes}</source>
            <translation>Terlambat (tidak ada paket lebih dari {days} hari): {codes}</translation>
        </message>
        <message>
            <source>No village is late.</source>
            <translation>Tidak ada desa yang terlambat.</translation>
        </message>
        <message>
            <source>Still to check on the villages' review lists: {villages}</source>
            <translation>Masih perlu diperiksa di daftar desa: {villages}</translation>
        </message>
        <message>
            <source>Save the district report</source>
            <translation>Simpan laporan kabupaten</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx)</source>
            <translation>Spreadsheet (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report</source>
            <translation>Membuat laporan</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Laporan disimpan</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Disimpan ke {path}.</translation>
        </message>
    </context>
    <context>
        <name>DistrictUnionPage</name>
        <message>
            <source>Title, author, publisher, or an ISBN (10 or 13 digits, hyphens or not)</source>
            <translation>Judul, pengarang, penerbit, atau ISBN (10 atau 13 angka, dengan atau tanpa tanda hubung)</translation>
        </message>
        <message>
            <source>Search the union catalogue</source>
            <translation>Cari di katalog induk</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>Union catalogue size</source>
            <translation>Ukuran katalog induk</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Tersedia</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Kept by</source>
            <translation>Dikelola oleh</translation>
        </message>
        <message>
            <source>Union catalogue records</source>
            <translation>Judul di katalog induk</translation>
        </message>
        <message>
            <source>What the list shows</source>
            <translation>Isi daftar</translation>
        </message>
        <message>
            <source>Holdings per village (as of each village's last bundle)</source>
            <translation>Koleksi per desa (menurut paket terakhir tiap desa)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Perpustakaan</translation>
        </message>
        <message>
            <source>Holdings per village</source>
            <translation>Koleksi per desa</translation>
        </message>
        <message>
            <source>&amp;Edit record…</source>
            <translation>&amp;Ubah cantuman…</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Ubah cantuman</translation>
        </message>
        <message>
            <source>A&amp;dopt into the union catalogue</source>
            <translation>Ambil alih ke &amp;katalog induk</translation>
        </message>
        <message>
            <source>Adopt into the union catalogue</source>
            <translation>Ambil alih ke katalog induk</translation>
        </message>
        <message>
            <source>&amp;Merge the two selected duplicates…</source>
            <translation>&amp;Gabungkan dua duplikat yang dipilih…</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Gabungkan duplikat</translation>
        </message>
        <message>
            <source>S&amp;plit off village records…</source>
            <translation>&amp;Pisahkan cantuman desa…</translation>
        </message>
        <message>
            <source>Split off village records that are another book</source>
            <translation>Pisahkan cantuman desa yang sebenarnya buku lain</translation>
        </message>
        <message>
            <source>{records} titles, {copies} copies in the union catalogue.</source>
            <translation>{records} judul, {copies} eksemplar di katalog induk.</translation>
        </message>
        <message>
            <source>Records matching the search, most widely held first.</source>
            <translation>Cantuman yang cocok dengan pencarian, yang paling banyak dimiliki desa lebih dulu.</translation>
        </message>
        <message>
            <source>The titles that arrived last from the villages (search to find others).</source>
            <translation>Judul yang terakhir datang dari desa (cari untuk menemukan judul lain).</translation>
        </message>
        <message>
            <source>district</source>
            <translation>kabupaten</translation>
        </message>
        <message>
            <source>village</source>
            <translation>desa</translation>
        </message>
        <message>
            <source>Adopt the record</source>
            <translation>Ambil alih cantuman</translation>
        </message>
        <message>
            <source>Adopt “{title}” into the union catalogue? From then on the district keeps this record, and its corrections go to every village holding it.</source>
            <translation>Ambil alih “{title}” ke katalog induk? Sejak itu kabupaten yang mengelola cantuman ini, dan perbaikannya dikirim ke setiap desa yang memilikinya.</translation>
        </message>
        <message>
            <source>Merge “{other}” into “{keep}”?</source>
            <translation>Gabungkan “{other}” ke dalam “{keep}”?</translation>
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
            <source>A librarian has deactivated the account {username}, so this was not done. Sign in with an active account to go on.</source>
            <translation>Pustakawan telah menonaktifkan akun {username}, jadi ini belum dilakukan. Masuk dengan akun yang aktif untuk melanjutkan.</translation>
        </message>
        <message>
            <source>A librarian has changed the role of {username}, so this was not done. Sign in again to go on.</source>
            <translation>Pustakawan telah mengubah peran {username}, jadi ini belum dilakukan. Masuk lagi untuk melanjutkan.</translation>
        </message>
        <message>
            <source>The password of {username} was changed, so this was not done. Sign in again with the new password to go on.</source>
            <translation>Kata sandi {username} telah diganti, jadi ini belum dilakukan. Masuk lagi dengan kata sandi baru untuk melanjutkan.</translation>
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
            <source>Too many wrong attempts. Wait {seconds} seconds, then try again.</source>
            <translation>Terlalu banyak percobaan yang salah. Tunggu {seconds} detik, lalu coba lagi.</translation>
        </message>
        <message>
            <source>Too many wrong attempts: locked for {minutes} minutes (until {until}). A librarian can see the attempts in the audit log.</source>
            <translation>Terlalu banyak percobaan yang salah: dikunci selama {minutes} menit (sampai {until}). Pustakawan dapat melihat percobaan itu di log audit.</translation>
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
            <source>{path} is open in another program (Excel, a PDF reader). Close it there, then try again. Nothing was changed.</source>
            <translation>{path} sedang dibuka di program lain (Excel, pembaca PDF). Tutup berkas ini di program itu, lalu coba lagi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>{path} cannot be replaced: it is open in another program (Excel, a PDF reader) or marked read-only. Close it there, or save under another name, then try again. Nothing was saved.</source>
            <translation>{path} tidak dapat ditimpa: berkas ini sedang dibuka di program lain (Excel, pembaca PDF) atau ditandai hanya-baca. Tutup berkas itu, atau simpan dengan nama lain, lalu coba lagi. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The USB stick, memory card or CD of {path} is write-protected. Slide the lock switch on its side off, or choose another place, then try again. Nothing was saved.</source>
            <translation>Flashdisk, kartu memori atau CD tempat {path} dikunci tulis. Geser sakelar kunci di sisinya, atau pilih tempat lain, lalu coba lagi. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>This Windows user may not write in the folder of {path} (such as C:\Program Files). Choose another folder, such as Documents or a USB stick. Nothing was saved.</source>
            <translation>Pengguna Windows ini tidak boleh menulis di folder {path} (misalnya C:\Program Files). Pilih folder lain, misalnya Dokumen atau flashdisk. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: another program (Excel?) holds it, or this Windows user may not read it. Close it in that program, or copy it to Documents, then try again.</source>
            <translation>{path} tidak dapat dibuka: berkas ini sedang dipakai program lain (Excel?), atau pengguna Windows ini tidak boleh membacanya. Tutup berkas itu di program tersebut, atau salin ke Dokumen, lalu coba lagi.</translation>
        </message>
        <message>
            <source>Windows refused {path}: it is open in another program (Excel, a PDF reader), or this user may not use that folder. Close it there or choose another folder, then try again. Nothing was changed.</source>
            <translation>Windows menolak {path}: berkas ini sedang dibuka di program lain (Excel, pembaca PDF), atau pengguna ini tidak boleh memakai folder itu. Tutup berkas itu atau pilih folder lain, lalu coba lagi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Windows does not allow the file name {name}: CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are reserved, and a name may not hold : * ? " &lt; &gt; | or end in a space or a dot. Choose another name. Nothing was saved.</source>
            <translation>Windows tidak mengizinkan nama berkas {name}: CON, PRN, AUX, NUL, COM1-COM9 dan LPT1-LPT9 adalah nama khusus, dan nama tidak boleh berisi : * ? " &lt; &gt; | atau diakhiri spasi atau titik. Pilih nama lain. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Windows could not read or write the USB stick or disk of {path}: it is failing, or was pulled out while in use. Put it in again and try again; if it fails again, use another USB stick. Nothing was changed.</source>
            <translation>Windows tidak bisa membaca atau menulis flashdisk atau disk tempat {path}: mungkin rusak, atau dicabut saat sedang dipakai. Pasang lagi lalu coba lagi; kalau gagal lagi, pakai flashdisk lain. Tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file: choose a file name in it. Nothing was saved.</source>
            <translation>{path} adalah folder, bukan berkas: pilih nama berkas di dalamnya. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The name of {path} is too long (with its folders, Windows takes about 260 characters). Choose a shorter file name, or a folder nearer the top such as Documents or the USB stick itself. Nothing was saved.</source>
            <translation>Nama {path} terlalu panjang (bersama nama foldernya, Windows hanya menerima sekitar 260 karakter). Pilih nama berkas yang lebih pendek, atau folder yang lebih dekat ke atas seperti Dokumen atau flashdisk itu sendiri. Tidak ada yang tersimpan.</translation>
        </message>
        <message>
            <source>{path} is too large for that disk: a USB stick formatted as FAT32 takes no file over 4 GB. Save it on the computer's disk, or on a stick formatted as exFAT or NTFS. Nothing was saved.</source>
            <translation>{path} terlalu besar untuk disk itu: flashdisk berformat FAT32 tidak menerima berkas lebih dari 4 GB. Simpan di disk komputer, atau di flashdisk berformat exFAT atau NTFS. Tidak ada yang tersimpan.</translation>
        </message>
        <message>
            <source>{path} is not there: was the USB stick taken out, or the name typed differently? Nothing was changed.</source>
            <translation>{path} tidak ada: apakah flashdisk sudah dicabut, atau namanya diketik berbeda? Tidak ada yang diubah.</translation>
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
            <source>{path} would unpack to {size} MB: far more than a real spreadsheet (a damaged or hostile file). Nothing was imported.</source>
            <translation>{path} akan terurai menjadi {size} MB: jauh lebih besar daripada lembar kerja sungguhan (berkas rusak atau berbahaya). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The disk or USB stick is too full for the backup: it needs about {needed} MB, {free} MB are free. Delete files you no longer need from it (old backups too) or use another USB stick. Nothing was saved.</source>
            <translation>Disk atau flashdisk terlalu penuh untuk cadangan: perlu sekitar {needed} MB, yang kosong {free} MB. Hapus berkas yang tidak diperlukan lagi darinya (juga cadangan lama) atau pakai flashdisk lain. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>Tidak dapat menyimpan {path}: {error}</translation>
        </message>
        <message>
            <source>{path} is not a Pustaka backup, or it is damaged.</source>
            <translation>{path} bukan cadangan Pustaka, atau sudah rusak.</translation>
        </message>
        <message>
            <source>{path} is a folder: choose the file in it to import.</source>
            <translation>{path} adalah folder: pilih berkas di dalamnya untuk diimpor.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Berkas {path} tidak ada.</translation>
        </message>
        <message>
            <source>{path} is a PDF document, not a file of records: a printed list cannot be read back. Choose the file the old system exported (SLiMS, INLISLite), or the Excel or CSV file of the catalogue.</source>
            <translation>{path} adalah dokumen PDF, bukan berkas data: daftar yang sudah dicetak tidak bisa dibaca kembali. Pilih berkas ekspor dari sistem lama (SLiMS, INLISLite), atau berkas Excel atau CSV katalog.</translation>
        </message>
        <message>
            <source>{path} is a text document (Word or similar), not a file of records. Copy its table into Excel, save it as a workbook and import that; or choose the file the old system exported.</source>
            <translation>{path} adalah dokumen teks (Word atau sejenisnya), bukan berkas data. Salin tabelnya ke Excel, simpan sebagai buku kerja Excel lalu impor berkas itu; atau pilih berkas ekspor dari sistem lama.</translation>
        </message>
        <message>
            <source>{path} is a picture, not a file of records. Choose the file the old system exported (SLiMS, INLISLite), or the Excel or CSV file of the catalogue.</source>
            <translation>{path} adalah gambar, bukan berkas data. Pilih berkas ekspor dari sistem lama (SLiMS, INLISLite), atau berkas Excel atau CSV katalog.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's bibliography export (its columns are SLiMS's: gmd_name, isbn_issn, authors...): import it as "SLiMS bibliography CSV" (pustaka-cli import slims-biblio), which reads its lists of authors and copies. Nothing was imported.</source>
            <translation>{path} adalah ekspor bibliografi SLiMS (kolom-kolomnya milik SLiMS: gmd_name, isbn_issn, authors...): impor dengan format "CSV bibliografi SLiMS" (pustaka-cli import slims-biblio), yang membaca daftar pengarang dan eksemplarnya. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's item (copies) export (its columns are SLiMS's: item_code, coll_type_name...): import it as "SLiMS item (copies) CSV" (pustaka-cli import slims-item). Nothing was imported.</source>
            <translation>{path} adalah ekspor eksemplar SLiMS (kolom-kolomnya milik SLiMS: item_code, coll_type_name...): impor dengan format "CSV eksemplar (item) SLiMS" (pustaka-cli import slims-item). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} could not be read ({error}). Nothing was imported.</source>
            <translation>{path} tidak dapat dibaca ({error}). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} could not be read to its end: was the USB stick or disk it is on taken out, or is it damaged? Nothing was imported, the library is as it was. Copy the file to this computer, then import it again.</source>
            <translation>{path} tidak dapat dibaca sampai habis: apakah flashdisk atau disk tempat berkas itu dicabut, atau rusak? Tidak ada yang diimpor, perpustakaan tetap seperti semula. Salin berkas itu ke komputer ini, lalu impor lagi.</translation>
        </message>
        <message>
            <source>{path} declares a character encoding this program does not know ({error}). Save it as UTF-8 and import it again. Nothing was imported.</source>
            <translation>{path} menyatakan pengodean karakter yang tidak dikenal program ini ({error}). Simpan sebagai UTF-8 lalu impor lagi. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Pustaka (schema {found}); update the application first.</source>
            <translation>Cadangan ini dibuat oleh versi Pustaka yang lebih baru (skema {found}); perbarui aplikasi dulu.</translation>
        </message>
        <message>
            <source>That is the database in use, not a backup.</source>
            <translation>Itu basis data yang sedang dipakai, bukan cadangan.</translation>
        </message>
        <message>
            <source>{isbn} is an ISBN that a spreadsheet turned into a number: its last digits are lost. Type it again from the book (in Excel, format the ISBN column as Text first).</source>
            <translation>{isbn} adalah ISBN yang diubah menjadi angka oleh program lembar kerja: angka-angka terakhirnya hilang. Ketik ulang dari bukunya (di Excel, jadikan kolom ISBN berformat Teks dulu).</translation>
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
        <message>
            <source>The text size must be between 100 and 200 %.</source>
            <translation>Ukuran teks harus antara 100 dan 200 %.</translation>
        </message>
        <message>
            <source>There is no kind of review item called {reason}. The kinds: {kinds}.</source>
            <translation>Tidak ada jenis butir periksa bernama {reason}. Jenisnya: {kinds}.</translation>
        </message>
        <message>
            <source>--limit is at least 1 and --offset at least 0.</source>
            <translation>--limit paling sedikit 1 dan --offset paling sedikit 0.</translation>
        </message>
        <message>
            <source>Name the items to fix (their numbers from the review list) or --all.</source>
            <translation>Sebutkan butir yang akan diperbaiki (nomornya dari daftar periksa) atau --all.</translation>
        </message>
        <message>
            <source>--value fixes one item at a time.</source>
            <translation>--value memperbaiki satu butir sekali jalan.</translation>
        </message>
        <message>
            <source>{value} is not a date (use YYYY-MM-DD).</source>
            <translation>{value} bukan tanggal (tulis TTTT-BB-HH).</translation>
        </message>
        <message>
            <source>The first date is after the last date.</source>
            <translation>Tanggal awal sesudah tanggal akhir.</translation>
        </message>
        <message>
            <source>Save the register as .pdf or .xlsx, not {suffix}.</source>
            <translation>Simpan buku induk sebagai .pdf atau .xlsx, bukan {suffix}.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>Tanggal awal jatuh setelah tanggal akhir.</translation>
        </message>
        <message>
            <source>Unknown file format {format}; use CSV or xlsx.</source>
            <translation>Format berkas {format} tidak dikenal; gunakan CSV atau xlsx.</translation>
        </message>
        <message>
            <source>{text} is not a year (write it like 2010 or c2010).</source>
            <translation>{text} bukan tahun (tulis seperti 2010 atau c2010).</translation>
        </message>
        <message>
            <source>The year {year} is not possible.</source>
            <translation>Tahun {year} tidak mungkin.</translation>
        </message>
        <message>
            <source>The price must be whole rupiah.</source>
            <translation>Harga harus dalam rupiah bulat.</translation>
        </message>
        <message>
            <source>The price must be whole rupiah, e.g. 45000.</source>
            <translation>Harga harus dalam rupiah bulat, mis. 45000.</translation>
        </message>
        <message>
            <source>The price cannot be negative.</source>
            <translation>Harga tidak boleh negatif.</translation>
        </message>
        <message>
            <source>The price {price} is impossibly large; whole rupiah, e.g. 45000.</source>
            <translation>Harga {price} terlalu besar untuk masuk akal; isi rupiah bulat, mis. 45000.</translation>
        </message>
        <message>
            <source>Unknown author role {role}.</source>
            <translation>Peran pengarang {role} tidak dikenal.</translation>
        </message>
        <message>
            <source>Unknown author kind {kind}.</source>
            <translation>Jenis pengarang {kind} tidak dikenal.</translation>
        </message>
        <message>
            <source>The record needs a title.</source>
            <translation>Judul wajib diisi.</translation>
        </message>
        <message>
            <source>The title is too long (at most {n} characters).</source>
            <translation>Judul terlalu panjang (paling banyak {n} karakter).</translation>
        </message>
        <message>
            <source>{issn} is not a valid ISSN.</source>
            <translation>{issn} bukan ISSN yang sah.</translation>
        </message>
        <message>
            <source>Unknown material type {value}.</source>
            <translation>Jenis bahan {value} tidak dikenal.</translation>
        </message>
        <message>
            <source>Unknown audience {value}.</source>
            <translation>Pembaca sasaran {value} tidak dikenal.</translation>
        </message>
        <message>
            <source>The language is a three-letter code such as ind or eng.</source>
            <translation>Bahasa ditulis dengan kode tiga huruf, seperti ind atau eng.</translation>
        </message>
        <message>
            <source>The year must be a number.</source>
            <translation>Tahun harus berupa angka.</translation>
        </message>
        <message>
            <source>Unknown collection type {name}.</source>
            <translation>Jenis koleksi {name} tidak dikenal.</translation>
        </message>
        <message>
            <source>The copy needs a barcode.</source>
            <translation>Eksemplar memerlukan barkode.</translation>
        </message>
        <message>
            <source>A barcode has at most {n} characters.</source>
            <translation>Barkode paling banyak {n} karakter.</translation>
        </message>
        <message>
            <source>A barcode has only letters, digits, - . or /, no spaces.</source>
            <translation>Barkode hanya berisi huruf, angka, - . atau /, tanpa spasi.</translation>
        </message>
        <message>
            <source>The barcode {barcode} is already used.</source>
            <translation>Barkode {barcode} sudah dipakai.</translation>
        </message>
        <message>
            <source>The accession number {number} is already used.</source>
            <translation>Nomor induk {number} sudah dipakai.</translation>
        </message>
        <message>
            <source>Unknown source {value}.</source>
            <translation>Sumber {value} tidak dikenal.</translation>
        </message>
        <message>
            <source>The date received is in the future.</source>
            <translation>Tanggal diterima ada di masa depan.</translation>
        </message>
        <message>
            <source>Unknown copy status {value}.</source>
            <translation>Status eksemplar {value} tidak dikenal.</translation>
        </message>
        <message>
            <source>A copy of {title} is on loan: check it in first.</source>
            <translation>Satu eksemplar {title} sedang dipinjam: kembalikan dahulu.</translation>
        </message>
        <message>
            <source>No record number {id} in the catalogue.</source>
            <translation>Tidak ada judul nomor {id} di katalog.</translation>
        </message>
        <message>
            <source>Nothing in the catalogue matches {key}.</source>
            <translation>Tidak ada yang cocok dengan {key} di katalog.</translation>
        </message>
        <message>
            <source>No copy with barcode {barcode}.</source>
            <translation>Tidak ada eksemplar dengan barkode {barcode}.</translation>
        </message>
        <message>
            <source>The accession number pattern needs {{seq}} for the running number.</source>
            <translation>Pola nomor induk memerlukan {{seq}} untuk nomor urut.</translation>
        </message>
        <message>
            <source>The accession number pattern {pattern} is not valid.</source>
            <translation>Pola nomor induk {pattern} tidak sah.</translation>
        </message>
        <message>
            <source>A new copy cannot start as {status}.</source>
            <translation>Eksemplar baru tidak dapat berstatus {status}.</translation>
        </message>
        <message>
            <source>Scan or type an ISBN or the barcode of a copy.</source>
            <translation>Pindai atau ketik ISBN atau barkode eksemplar.</translation>
        </message>
        <message>
            <source>{code} is neither an ISBN nor the barcode of a copy here.</source>
            <translation>{code} bukan ISBN dan bukan barkode eksemplar di sini.</translation>
        </message>
        <message>
            <source>The district's catalogue has no record for {isbn}.</source>
            <translation>Katalog kabupaten tidak punya data untuk {isbn}.</translation>
        </message>
        <message>
            <source>Add between 1 and {n} copies at a time.</source>
            <translation>Tambahkan 1 sampai {n} eksemplar sekaligus.</translation>
        </message>
        <message>
            <source>Loans change this status: use the desk to check it out or in.</source>
            <translation>Status ini diubah oleh peminjaman: gunakan meja layanan untuk meminjamkan atau mengembalikan.</translation>
        </message>
        <message>
            <source>Copy {barcode} is on loan: check it in first.</source>
            <translation>Eksemplar {barcode} sedang dipinjam: kembalikan dahulu.</translation>
        </message>
        <message>
            <source>Copy {barcode} has loan history: withdraw it instead.</source>
            <translation>Eksemplar {barcode} punya riwayat pinjam: hapus dari koleksi saja.</translation>
        </message>
        <message>
            <source>No copy has the barcode {barcode}.</source>
            <translation>Tidak ada eksemplar dengan kode {barcode}.</translation>
        </message>
        <message>
            <source>No member has the number {number}.</source>
            <translation>Tidak ada anggota dengan nomor {number}.</translation>
        </message>
        <message>
            <source>{name} is blocked: {why}</source>
            <translation>{name} diblokir: {why}</translation>
        </message>
        <message>
            <source>The membership of {name} ended on {date}. Renew it first.</source>
            <translation>Keanggotaan {name} berakhir pada {date}. Perpanjang dulu keanggotaannya.</translation>
        </message>
        <message>
            <source>{name} has unpaid fines of {amount}; pay first.</source>
            <translation>{name} masih punya denda {amount}; bayar dulu.</translation>
        </message>
        <message>
            <source>Copy {barcode} is marked lost or missing.</source>
            <translation>Eksemplar {barcode} tercatat hilang.</translation>
        </message>
        <message>
            <source>Copy {barcode} is marked as in repair.</source>
            <translation>Eksemplar {barcode} tercatat sedang diperbaiki.</translation>
        </message>
        <message>
            <source>Copy {barcode} is not for loan (read it here).</source>
            <translation>Eksemplar {barcode} tidak untuk dipinjam (baca di tempat).</translation>
        </message>
        <message>
            <source>This title is reserved for {name} ({number}).</source>
            <translation>Judul ini sudah dipesan oleh {name} ({number}).</translation>
        </message>
        <message>
            <source>{name} already has this copy on loan (due {due}). Use Renew to extend it.</source>
            <translation>{name} sudah meminjam eksemplar ini (kembali {due}). Pakai Perpanjang untuk menambah waktunya.</translation>
        </message>
        <message>
            <source>Copy {barcode} is still on loan to {name} ({number}). Return it first, then lend it.</source>
            <translation>Eksemplar {barcode} masih tercatat dipinjam oleh {name} ({number}). Kembalikan dulu, lalu pinjamkan.</translation>
        </message>
        <message>
            <source>{name} already has {count} book(s) on loan; the limit is {limit}.</source>
            <translation>{name} sudah meminjam {count} buku; batasnya {limit}.</translation>
        </message>
        <message>
            <source>{name} already has {count} book(s) of type {type} on loan; the limit is {limit}.</source>
            <translation>{name} sudah meminjam {count} buku jenis {type}; batasnya {limit}.</translation>
        </message>
        <message>
            <source>Copy {barcode} ({title}) is not on loan.</source>
            <translation>Eksemplar {barcode} ({title}) tidak sedang dipinjam.</translation>
        </message>
        <message>
            <source>Copy {barcode} ({title}) waits on the hold shelf for {name} ({number}). To lend it: scan {name}'s card, then the copy.</source>
            <translation>Eksemplar {barcode} ({title}) menunggu di rak pesanan untuk {name} ({number}). Untuk meminjamkannya: pindai kartu {name}, lalu eksemplarnya.</translation>
        </message>
        <message>
            <source>No renewals are allowed for this member type and collection.</source>
            <translation>Jenis anggota ini tidak boleh memperpanjang pinjaman koleksi ini.</translation>
        </message>
        <message>
            <source>This loan was already renewed {count} time(s), the most allowed.</source>
            <translation>Pinjaman ini sudah diperpanjang {count} kali, batas yang diizinkan.</translation>
        </message>
        <message>
            <source>Renewing gives no more time: the membership of {name} ends on {date}.</source>
            <translation>Perpanjangan tidak menambah waktu: keanggotaan {name} berakhir pada {date}.</translation>
        </message>
        <message>
            <source>Renewing today gives no more time: the copy is already due on {due}.</source>
            <translation>Perpanjangan hari ini tidak menambah waktu: buku baru harus kembali pada {due}.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>Tidak ada yang bisa dibatalkan.</translation>
        </message>
        <message>
            <source>The last action cannot be undone: the loan changed since.</source>
            <translation>Tindakan terakhir tidak bisa dibatalkan: pinjamannya sudah berubah sejak itu.</translation>
        </message>
        <message>
            <source>The amount must be a whole number of rupiah above 0.</source>
            <translation>Jumlahnya harus bilangan bulat rupiah lebih dari 0.</translation>
        </message>
        <message>
            <source>{name} owes only Rp {owed}; the payment cannot be more.</source>
            <translation>Denda {name} hanya Rp {owed}; pembayaran tidak boleh lebih.</translation>
        </message>
        <message>
            <source>Give a reason for the waiver.</source>
            <translation>Tuliskan alasan pembebasan denda.</translation>
        </message>
        <message>
            <source>{name} owes only Rp {owed}; the waiver cannot be more.</source>
            <translation>Denda {name} hanya Rp {owed}; pembebasan tidak boleh lebih.</translation>
        </message>
        <message>
            <source>The membership of {name} ended on {date}.</source>
            <translation>Keanggotaan {name} berakhir pada {date}.</translation>
        </message>
        <message>
            <source>Members of type {type} cannot reserve books.</source>
            <translation>Anggota jenis {type} tidak bisa memesan buku.</translation>
        </message>
        <message>
            <source>{name} already reserved this title.</source>
            <translation>{name} sudah memesan judul ini.</translation>
        </message>
        <message>
            <source>{name} already has {limit} reservation(s), the most allowed.</source>
            <translation>{name} sudah punya {limit} pesanan, batas yang diizinkan.</translation>
        </message>
        <message>
            <source>{name} has this title on loan already.</source>
            <translation>{name} sedang meminjam judul ini.</translation>
        </message>
        <message>
            <source>That reservation is no longer active.</source>
            <translation>Pesanan itu sudah tidak aktif.</translation>
        </message>
        <message>
            <source>That title is no longer in the catalogue.</source>
            <translation>Judul itu sudah tidak ada di katalog.</translation>
        </message>
        <message>
            <source>A holiday cannot end before it starts.</source>
            <translation>Hari libur tidak bisa berakhir sebelum dimulai.</translation>
        </message>
        <message>
            <source>A holiday can last at most one year.</source>
            <translation>Hari libur paling lama satu tahun.</translation>
        </message>
        <message>
            <source>That holiday no longer exists.</source>
            <translation>Hari libur itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>Choose the weekdays the library is closed (not all).</source>
            <translation>Pilih hari perpustakaan tutup (tidak boleh semua hari).</translation>
        </message>
        <message>
            <source>Renewals count from the due date or from today.</source>
            <translation>Perpanjangan dihitung dari tanggal kembali atau dari hari ini.</translation>
        </message>
        <message>
            <source>{field} must be a whole number, 0 or more.</source>
            <translation>{field} harus bilangan bulat, 0 atau lebih.</translation>
        </message>
        <message>
            <source>Receipt printers are 58 or 80 mm wide.</source>
            <translation>Printer struk lebarnya 58 atau 80 mm.</translation>
        </message>
        <message>
            <source>The member type needs a name.</source>
            <translation>Jenis anggota perlu nama.</translation>
        </message>
        <message>
            <source>A loan lasts at least one day.</source>
            <translation>Masa pinjam paling sedikit satu hari.</translation>
        </message>
        <message>
            <source>There is already a rule for this member type and collection type.</source>
            <translation>Sudah ada aturan untuk jenis anggota dan jenis koleksi ini.</translation>
        </message>
        <message>
            <source>That loan rule no longer exists.</source>
            <translation>Aturan peminjaman itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>The member number pattern needs {{seq}} for the running number.</source>
            <translation>Pola nomor anggota perlu {{seq}} untuk nomor urut.</translation>
        </message>
        <message>
            <source>The member number pattern {pattern} is not valid.</source>
            <translation>Pola nomor anggota {pattern} tidak sah.</translation>
        </message>
        <message>
            <source>{value} is not a date (use DD-MM-YYYY, e.g. 17-08-2012).</source>
            <translation>{value} bukan tanggal (gunakan HH-BB-TTTT, misalnya 17-08-2012).</translation>
        </message>
        <message>
            <source>Unknown member type {name}. The member types are: {names}.</source>
            <translation>Jenis anggota {name} tidak dikenal. Jenis anggota yang ada: {names}.</translation>
        </message>
        <message>
            <source>Unknown member type {name}. Did you mean {closest}? The member types are: {names}.</source>
            <translation>Jenis anggota {name} tidak dikenal. Maksud Anda {closest}? Jenis anggota yang ada: {names}.</translation>
        </message>
        <message>
            <source>The member needs a name.</source>
            <translation>Anggota perlu nama.</translation>
        </message>
        <message>
            <source>A member number has up to 30 letters, digits, - or /, no spaces.</source>
            <translation>Nomor anggota berisi paling banyak 30 huruf, angka, - atau /, tanpa spasi.</translation>
        </message>
        <message>
            <source>The member number {number} is already used.</source>
            <translation>Nomor anggota {number} sudah dipakai.</translation>
        </message>
        <message>
            <source>Gender must be male or female.</source>
            <translation>Jenis kelamin harus laki-laki atau perempuan.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>Tanggal lahir ada di masa depan.</translation>
        </message>
        <message>
            <source>The birth date is too long ago.</source>
            <translation>Tanggal lahir terlalu lama.</translation>
        </message>
        <message>
            <source>The NIK (national ID number) has exactly 16 digits.</source>
            <translation>NIK (Nomor Induk Kependudukan) terdiri dari tepat 16 angka.</translation>
        </message>
        <message>
            <source>The phone number {phone} does not look right (e.g. 081234567890).</source>
            <translation>Nomor telepon {phone} sepertinya salah (contoh: 081234567890).</translation>
        </message>
        <message>
            <source>The e-mail address {email} does not look right.</source>
            <translation>Alamat surel {email} sepertinya salah.</translation>
        </message>
        <message>
            <source>The membership cannot end before it starts.</source>
            <translation>Keanggotaan tidak bisa berakhir sebelum dimulai.</translation>
        </message>
        <message>
            <source>Choose a member type.</source>
            <translation>Pilih jenis anggota.</translation>
        </message>
        <message>
            <source>{name} may already be a member: {numbers}. Register anyway?</source>
            <translation>{name} mungkin sudah menjadi anggota: {numbers}. Tetap daftarkan?</translation>
        </message>
        <message>
            <source>The renewal period must be at least one day.</source>
            <translation>Masa perpanjangan paling sedikit satu hari.</translation>
        </message>
        <message>
            <source>Give a reason for the block.</source>
            <translation>Tuliskan alasan pemblokiran.</translation>
        </message>
        <message>
            <source>{name} still has {count} book(s) on loan; return them first.</source>
            <translation>{name} masih meminjam {count} buku; kembalikan dulu.</translation>
        </message>
        <message>
            <source>That file is not a picture this program can read.</source>
            <translation>Berkas itu bukan gambar yang bisa dibaca program ini.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read (is the USB stick in?).</source>
            <translation>Berkas {path} tidak bisa dibaca (apakah flashdisk terpasang?).</translation>
        </message>
        <message>
            <source>No member with number {number}.</source>
            <translation>Tidak ada anggota dengan nomor {number}.</translation>
        </message>
        <message>
            <source>That member no longer exists.</source>
            <translation>Anggota itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>Type at least two letters of the member's name, the card number or the phone number. Volunteers look members up one at a time; the full list is for librarians.</source>
            <translation>Ketik sedikitnya dua huruf nama anggota, nomor kartu, atau nomor telepon. Relawan mencari anggota satu per satu; daftar lengkap hanya untuk pustakawan.</translation>
        </message>
        <message>
            <source>The card number {code} is too long for the bars on a card: they need {needed} mm, a card has {room} mm. Give the member a shorter card number.</source>
            <translation>Nomor anggota {code} terlalu panjang untuk barkode di kartu: perlu {needed} mm, kartu hanya {room} mm. Beri anggota ini nomor anggota yang lebih pendek.</translation>
        </message>
        <message>
            <source>Unknown card layout {layout}.</source>
            <translation>Tata letak kartu {layout} tidak dikenal.</translation>
        </message>
        <message>
            <source>Nothing to print: the selection is empty.</source>
            <translation>Tidak ada yang dicetak: pilihannya kosong.</translation>
        </message>
        <message>
            <source>Copy {code} has no call number, class, author or title: its spine label would be blank. Fill them in the catalogue, then print it.</source>
            <translation>Eksemplar {code} tidak punya nomor panggil, nomor kelas, pengarang, maupun judul: label punggungnya akan kosong. Lengkapi di katalog, lalu cetak.</translation>
        </message>
        <message>
            <source>The label is too small for a barcode that scanners can read; choose a bigger label.</source>
            <translation>Label terlalu kecil untuk barkode yang bisa dibaca pemindai; pilih label yang lebih besar.</translation>
        </message>
        <message>
            <source>A {width} × {height} mm label is too narrow for the barcode {code} and a call number side by side; print barcode and spine labels separately, or choose a wider sheet.</source>
            <translation>Label {width} × {height} mm terlalu sempit untuk barkode {code} dan nomor panggil berdampingan; cetak label barkode dan label punggung terpisah, atau pilih lembar label yang lebih lebar.</translation>
        </message>
        <message>
            <source>Unknown label kind {kind}.</source>
            <translation>Jenis label {kind} tidak dikenal.</translation>
        </message>
        <message>
            <source>Copies must be between 1 and {limit}, and the start position cannot be negative.</source>
            <translation>Jumlah label per eksemplar harus antara 1 dan {limit}, dan posisi mulai tidak boleh negatif.</translation>
        </message>
        <message>
            <source>No label of this selection fits the sheet: {reason}</source>
            <translation>Tidak ada label dari pilihan ini yang muat di lembar label: {reason}</translation>
        </message>
        <message>
            <source>The code {code} cannot be printed as a barcode (plain letters, digits and signs only).</source>
            <translation>Kode {code} tidak bisa dicetak sebagai barkode (hanya huruf, angka, dan tanda biasa).</translation>
        </message>
        <message>
            <source>The barcode {code} needs {needed} mm but the label leaves only {room} mm: choose a wider label.</source>
            <translation>Barkode {code} butuh {needed} mm tetapi label hanya menyisakan {room} mm: pilih label yang lebih lebar.</translation>
        </message>
        <message>
            <source>The poster needs a title.</source>
            <translation>Poster perlu judul.</translation>
        </message>
        <message>
            <source>Save the poster as a .pdf or a .png file.</source>
            <translation>Simpan poster sebagai berkas .pdf atau .png.</translation>
        </message>
        <message>
            <source>Unknown paper size {size}.</source>
            <translation>Ukuran kertas {size} tidak dikenal.</translation>
        </message>
        <message>
            <source>No books were added in the last {days} days.</source>
            <translation>Tidak ada buku yang ditambahkan dalam {days} hari terakhir.</translation>
        </message>
        <message>
            <source>The poster needs the catalogue's address (http://...).</source>
            <translation>Poster memerlukan alamat katalog (http://...).</translation>
        </message>
        <message>
            <source>I do not understand the selection {selection}. Use e.g. just-added, new-barcodes, dates:2026-01-01..2026-01-31, accession:1..50, barcodes:B1,B2 or search:words.</source>
            <translation>Pilihan {selection} tidak dipahami. Gunakan misalnya just-added, new-barcodes, dates:2026-01-01..2026-01-31, accession:1..50, barcodes:B1,B2 atau search:kata.</translation>
        </message>
        <message>
            <source>{value} is not a date (write it as 2026-01-31).</source>
            <translation>{value} bukan tanggal (tulis seperti 2026-01-31).</translation>
        </message>
        <message>
            <source>That selection holds more than {limit} copies; choose a smaller range.</source>
            <translation>Pilihan itu berisi lebih dari {limit} eksemplar; pilih rentang yang lebih kecil.</translation>
        </message>
        <message>
            <source>Nothing to print: no copy was received in the last {days} days. The {count} copies an import gave new barcodes of this library keep the dates they were received in the old system: choose "New barcodes from an import" (new-barcodes) to print their labels.</source>
            <translation>Tidak ada yang dicetak: tidak ada eksemplar yang diterima dalam {days} hari terakhir. {count} eksemplar yang diberi barkode baru perpustakaan ini oleh impor tetap memakai tanggal terima dari sistem lama: pilih "Barkode baru dari impor" (new-barcodes) untuk mencetak labelnya.</translation>
        </message>
        <message>
            <source>Nothing to print: no import gave copies a new barcode of this library. An import gives one only to a copy its file lists without a barcode.</source>
            <translation>Tidak ada yang dicetak: belum ada impor yang memberi eksemplar barkode baru perpustakaan ini. Impor hanya memberinya kepada eksemplar yang tercantum tanpa barkode di berkasnya.</translation>
        </message>
        <message>
            <source>Nothing to print: no copy was received or entered in the last {days} days. Choose the copies another way: received between dates, accession numbers, or a catalogue search.</source>
            <translation>Tidak ada yang dicetak: tidak ada eksemplar yang diterima atau dimasukkan dalam {days} hari terakhir. Pilih eksemplarnya dengan cara lain: diterima antara tanggal, nomor induk, atau cari di katalog.</translation>
        </message>
        <message>
            <source>Nothing to print: no copy was received in the last {days} days. The {count} copies imported in that time keep the dates they were received in the old system (their books most likely carry labels already), so they are not "just added". To print labels for some of them, choose "Catalogue search" (a title, an author, a shelf), "Chosen in the catalogue" or "Accession numbers".</source>
            <translation>Tidak ada yang dicetak: tidak ada eksemplar yang diterima dalam {days} hari terakhir. {count} eksemplar yang diimpor dalam waktu itu tetap memakai tanggal terima dari sistem lama (bukunya kemungkinan besar sudah berlabel), jadi tidak termasuk "Baru ditambahkan". Untuk mencetak label sebagian dari eksemplar itu, pilih "Cari di katalog" (judul, pengarang, rak), "Dipilih di katalog" atau "Nomor induk".</translation>
        </message>
        <message>
            <source>Nothing to print: no member registered in the last {days} days. The {count} members moved in from the old system keep the dates they registered there: choose "Moved in from the old system" (imported) to print their cards.</source>
            <translation>Tidak ada yang dicetak: tidak ada anggota yang mendaftar dalam {days} hari terakhir. {count} anggota pindahan dari sistem lama tetap memakai tanggal daftar di sana: pilih "Pindahan dari sistem lama" (imported) untuk mencetak kartunya.</translation>
        </message>
        <message>
            <source>Nothing to print: every member whose card is still valid has had a card made here.</source>
            <translation>Tidak ada yang dicetak: semua anggota yang kartunya masih berlaku sudah dibuatkan kartu di sini.</translation>
        </message>
        <message>
            <source>Nothing to print: no members import brought in a member whose card is still valid.</source>
            <translation>Tidak ada yang dicetak: belum ada impor anggota yang membawa anggota dengan kartu yang masih berlaku.</translation>
        </message>
        <message>
            <source>That selection holds more than {limit} members; choose a smaller range.</source>
            <translation>Pilihan itu berisi lebih dari {limit} anggota; pilih rentang yang lebih kecil.</translation>
        </message>
        <message>
            <source>A template name needs 1 to 32 small letters, digits, dots, dashes or underscores.</source>
            <translation>Nama templat perlu 1 sampai 32 huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
        </message>
        <message>
            <source>The measurement {measurement} must be a number of millimetres.</source>
            <translation>Ukuran {measurement} harus berupa angka dalam milimeter.</translation>
        </message>
        <message>
            <source>The measurement {measurement} must be more than zero.</source>
            <translation>Ukuran {measurement} harus lebih dari nol.</translation>
        </message>
        <message>
            <source>The number of {measurement} must be between 1 and 50.</source>
            <translation>Jumlah {measurement} harus antara 1 dan 50.</translation>
        </message>
        <message>
            <source>A label sheet may be at most {limit} mm long.</source>
            <translation>Lembar label paling panjang {limit} mm.</translation>
        </message>
        <message>
            <source>A label must be at least {width} × {height} mm to hold readable text.</source>
            <translation>Label minimal {width} × {height} mm agar tulisannya terbaca.</translation>
        </message>
        <message>
            <source>The labels do not fit across the page: they need {needed} mm but the page is {page} mm wide.</source>
            <translation>Label tidak muat melintang: butuh {needed} mm, padahal lebar lembar {page} mm.</translation>
        </message>
        <message>
            <source>The labels do not fit down the page: they need {needed} mm but the page is {page} mm high.</source>
            <translation>Label tidak muat ke bawah: butuh {needed} mm, padahal tinggi lembar {page} mm.</translation>
        </message>
        <message>
            <source>There is no label sheet template called {name}.</source>
            <translation>Tidak ada templat lembar label bernama {name}.</translation>
        </message>
        <message>
            <source>{name} is a built-in template; give your template another name.</source>
            <translation>{name} adalah templat bawaan; beri templat Anda nama lain.</translation>
        </message>
        <message>
            <source>The calibration needs numbers.</source>
            <translation>Kalibrasi perlu angka.</translation>
        </message>
        <message>
            <source>An offset must be between -{limit} and {limit} mm.</source>
            <translation>Pergeseran harus antara -{limit} dan {limit} mm.</translation>
        </message>
        <message>
            <source>The scale must be between {low} and {high} %.</source>
            <translation>Skala harus antara {low} dan {high} %.</translation>
        </message>
        <message>
            <source>The programme needs a name.</source>
            <translation>Kegiatan perlu nama.</translation>
        </message>
        <message>
            <source>Unknown programme type: {value}.</source>
            <translation>Jenis kegiatan tidak dikenal: {value}.</translation>
        </message>
        <message>
            <source>A programme cannot end before it starts.</source>
            <translation>Kegiatan tidak bisa selesai sebelum dimulai.</translation>
        </message>
        <message>
            <source>A programme named {name} already exists (since {since}, {count} sessions): add a session to it instead.</source>
            <translation>Kegiatan bernama {name} sudah ada (sejak {since}, {count} pertemuan): tambahkan pertemuan pada kegiatan itu saja.</translation>
        </message>
        <message>
            <source>That programme no longer exists.</source>
            <translation>Kegiatan itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>The partner needs a name.</source>
            <translation>Mitra perlu nama.</translation>
        </message>
        <message>
            <source>Unknown partner type: {value}.</source>
            <translation>Jenis mitra tidak dikenal: {value}.</translation>
        </message>
        <message>
            <source>A partner named {name} already exists.</source>
            <translation>Mitra bernama {name} sudah ada.</translation>
        </message>
        <message>
            <source>No partner is named {name}.</source>
            <translation>Tidak ada mitra bernama {name}.</translation>
        </message>
        <message>
            <source>{value} is not a date and time (use YYYY-MM-DD HH:MM).</source>
            <translation>{value} bukan tanggal dan jam (gunakan TTTT-BB-HH JJ:MM).</translation>
        </message>
        <message>
            <source>The session of {when} was cancelled ({reason}).</source>
            <translation>Pertemuan {when} sudah dibatalkan ({reason}).</translation>
        </message>
        <message>
            <source>{program} has {count} sessions on {value}: name one by its number or its time (YYYY-MM-DD HH:MM).</source>
            <translation>{program} punya {count} pertemuan pada {value}: sebut salah satunya dengan nomornya atau jamnya (TTTT-BB-HH JJ:MM).</translation>
        </message>
        <message>
            <source>{program} has no session {value} (see its list of sessions).</source>
            <translation>{program} tidak punya pertemuan {value} (lihat daftar pertemuannya).</translation>
        </message>
        <message>
            <source>No member has the card number {number}.</source>
            <translation>Tidak ada anggota dengan nomor kartu {number}.</translation>
        </message>
        <message>
            <source>Unknown gender: {value} (M or F).</source>
            <translation>Jenis kelamin tidak dikenal: {value} (M atau F).</translation>
        </message>
        <message>
            <source>Unknown age band: {value}.</source>
            <translation>Kelompok umur tidak dikenal: {value}.</translation>
        </message>
        <message>
            <source>The number of guests must be 1 to {most}.</source>
            <translation>Jumlah tamu harus 1 sampai {most}.</translation>
        </message>
        <message>
            <source>{name} is marked present at {count} sessions: untick them first, or merge with the right participant.</source>
            <translation>{name} ditandai hadir di {count} pertemuan: hapus dulu tanda hadirnya, atau gabungkan dengan peserta yang benar.</translation>
        </message>
        <message>
            <source>Choose two different participants of the same programme.</source>
            <translation>Pilih dua peserta berbeda dari kegiatan yang sama.</translation>
        </message>
        <message>
            <source>{name} has a member card: merge the guest into the member, not the member into the guest.</source>
            <translation>{name} punya kartu anggota: gabungkan tamunya ke anggota, bukan anggotanya ke tamu.</translation>
        </message>
        <message>
            <source>{count} participants of {program} are named {value}: name one by its number in the list.</source>
            <translation>{count} peserta {program} bernama {value}: sebut salah satunya dengan nomornya di daftar.</translation>
        </message>
        <message>
            <source>{program} has no participant {value} (see its list of participants).</source>
            <translation>{program} tidak punya peserta {value} (lihat daftar pesertanya).</translation>
        </message>
        <message>
            <source>That participant is not enrolled in this programme.</source>
            <translation>Peserta itu tidak terdaftar di kegiatan ini.</translation>
        </message>
        <message>
            <source>A story needs some text.</source>
            <translation>Kisah perlu diisi teksnya.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Periode berakhir sebelum dimulai.</translation>
        </message>
        <message>
            <source>{value} is not a period (use 2026-03, 2026-Q1, 2026, 2026-03-02 or FROM..TO).</source>
            <translation>{value} bukan periode (gunakan 2026-03, 2026-Q1, 2026, 2026-03-02 atau DARI..SAMPAI).</translation>
        </message>
        <message>
            <source>The idle lock must be between 0 (never) and {max} minutes.</source>
            <translation>Kunci layar harus antara 0 (tidak pernah) dan {max} menit.</translation>
        </message>
        <message>
            <source>The bundle file {name} was altered.</source>
            <translation>Berkas {name} dalam paket sudah diubah orang.</translation>
        </message>
        <message>
            <source>The bundle is damaged or incomplete (truncated file).</source>
            <translation>Paket rusak atau tidak lengkap (berkas terpotong).</translation>
        </message>
        <message>
            <source>The bundle holds an unexpected file {name}; refused.</source>
            <translation>Paket berisi berkas tak terduga {name}; ditolak.</translation>
        </message>
        <message>
            <source>The bundle file {name} is impossibly large; refused.</source>
            <translation>Berkas {name} dalam paket terlalu besar untuk masuk akal; ditolak.</translation>
        </message>
        <message>
            <source>This is not a Pustaka sync bundle (no signed manifest).</source>
            <translation>Ini bukan paket sinkronisasi Pustaka (tidak ada manifes bertanda tangan).</translation>
        </message>
        <message>
            <source>Copy {barcode} is not in this catalogue (it was added after the backup). Catalogue it again first, then re-enter the loan.</source>
            <translation>Eksemplar {barcode} tidak ada di katalog ini (ditambahkan setelah cadangan dibuat). Katalogkan lagi dulu, lalu masukkan kembali peminjamannya.</translation>
        </message>
        <message>
            <source>Member {number} is not in this database (registered after the backup). Register them again with the number on their card, then re-enter the loan.</source>
            <translation>Anggota {number} tidak ada di basis data ini (didaftarkan setelah cadangan dibuat). Daftarkan lagi dengan nomor di kartunya, lalu masukkan kembali peminjamannya.</translation>
        </message>
        <message>
            <source>Member {number} is not in this database (registered after the backup). Register them again with the number on their card, then re-enter the fine.</source>
            <translation>Anggota {number} tidak ada di basis data ini (didaftarkan setelah cadangan dibuat). Daftarkan lagi dengan nomor di kartunya, lalu masukkan kembali dendanya.</translation>
        </message>
        <message>
            <source>That loan is already here.</source>
            <translation>Peminjaman itu sudah ada di sini.</translation>
        </message>
        <message>
            <source>Copy {barcode} ({title}) is on loan now to {name} ({number}). Check the shelf and that loan first.</source>
            <translation>Eksemplar {barcode} ({title}) sekarang sedang dipinjam {name} ({number}). Periksa rak dan peminjaman itu dulu.</translation>
        </message>
        <message>
            <source>That row no longer exists.</source>
            <translation>Data itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>That fine is already here.</source>
            <translation>Denda itu sudah ada di sini.</translation>
        </message>
        <message>
            <source>{name} owes only Rp {owed} here: re-enter the lost fine charged first, then this payment.</source>
            <translation>Di sini {name} hanya berutang Rp {owed}: masukkan kembali dulu denda yang hilang, lalu pembayaran ini.</translation>
        </message>
        <message>
            <source>That exception is not in the list.</source>
            <translation>Pengecualian itu tidak ada di daftar.</translation>
        </message>
        <message>
            <source>That conflict is not in the list.</source>
            <translation>Konflik itu tidak ada di daftar.</translation>
        </message>
        <message>
            <source>That conflict was already dealt with.</source>
            <translation>Konflik itu sudah ditangani.</translation>
        </message>
        <message>
            <source>{path} is not a Pustaka enrolment file of the right kind.</source>
            <translation>{path} bukan berkas pendaftaran Pustaka yang sesuai.</translation>
        </message>
        <message>
            <source>The enrolment file {path} has been altered (bad signature).</source>
            <translation>Berkas pendaftaran {path} sudah diubah (tanda tangan tidak cocok).</translation>
        </message>
        <message>
            <source>Only a district office can accept enrolment requests.</source>
            <translation>Hanya dinas kabupaten yang dapat menerima permintaan pendaftaran.</translation>
        </message>
        <message>
            <source>A library cannot enrol itself.</source>
            <translation>Perpustakaan tidak dapat mendaftarkan dirinya sendiri.</translation>
        </message>
        <message>
            <source>The library code {code} is already used by {name}.</source>
            <translation>Kode perpustakaan {code} sudah dipakai oleh {name}.</translation>
        </message>
        <message>
            <source>This enrolment answer is meant for another library.</source>
            <translation>Jawaban pendaftaran ini untuk perpustakaan lain.</translation>
        </message>
        <message>
            <source>Unknown library site {site}.</source>
            <translation>Situs perpustakaan {site} tidak dikenal.</translation>
        </message>
        <message>
            <source>Write down who agreed to share full member records, and when (the consent).</source>
            <translation>Tuliskan siapa yang menyetujui pengiriman data anggota lengkap, dan kapan (persetujuan).</translation>
        </message>
        <message>
            <source>No partner library {site} is enrolled here.</source>
            <translation>Tidak ada perpustakaan mitra {site} yang terdaftar di sini.</translation>
        </message>
        <message>
            <source>The library {site} was revoked; no bundles for it.</source>
            <translation>Perpustakaan {site} sudah dicabut; tidak ada paket untuknya.</translation>
        </message>
        <message>
            <source>The USB stick was taken out while the bundle {path} was being checked, so it may be incomplete. Put the stick back and write the bundle again (the district refuses an incomplete bundle by itself, and nothing is lost).</source>
            <translation>Flashdisk dicabut saat paket {path} sedang diperiksa, jadi paket itu mungkin tidak lengkap. Pasang lagi flashdisk-nya dan tulis paketnya sekali lagi (dinas menolak paket yang tidak lengkap dengan sendirinya, dan tidak ada yang hilang).</translation>
        </message>
        <message>
            <source>The folder {path} does not exist (is the USB stick in?).</source>
            <translation>Folder {path} tidak ada (apakah flashdisk sudah dicolok?).</translation>
        </message>
        <message>
            <source>{path} is not a Pustaka move file, or it is damaged.</source>
            <translation>{path} bukan berkas pindahan Pustaka, atau berkas itu rusak.</translation>
        </message>
        <message>
            <source>There is already a library at {path}. Move into an empty place (another --db), or back that library up and remove it first.</source>
            <translation>Sudah ada perpustakaan di {path}. Pindahkan ke tempat yang kosong (--db lain), atau cadangkan perpustakaan itu lalu hapus dulu.</translation>
        </message>
        <message>
            <source>The bundle written to {path} did not read back correctly (bad USB stick?). It was removed; try again or use another stick.</source>
            <translation>Paket yang ditulis ke {path} tidak terbaca kembali dengan benar (flashdisk rusak?). Paket dihapus; coba lagi atau pakai flashdisk lain.</translation>
        </message>
        <message>
            <source>Lines of the list that cannot be read: {count}. Nothing was saved; fix them and check again:</source>
            <translation>Baris daftar yang tidak bisa dibaca: {count}. Belum ada yang disimpan; perbaiki lalu periksa lagi:</translation>
        </message>
        <message>
            <source>… and {count} more lines.</source>
            <translation>… dan {count} baris lagi.</translation>
        </message>
        <message>
            <source>Give the grant a name (programme and year).</source>
            <translation>Beri nama bantuan buku ini (program dan tahun).</translation>
        </message>
        <message>
            <source>The grant has no copies.</source>
            <translation>Bantuan buku ini tidak berisi eksemplar.</translation>
        </message>
        <message>
            <source>Line {line}: every line needs a title.</source>
            <translation>Baris {line}: setiap baris perlu judul.</translation>
        </message>
        <message>
            <source>Line {line}: a barcode or accession number names one copy: give each copy its own line, or leave them empty and the village numbers the copies.</source>
            <translation>Baris {line}: barkode atau nomor induk menandai satu eksemplar: tulis setiap eksemplar pada barisnya sendiri, atau kosongkan dan desa yang memberi nomor eksemplarnya.</translation>
        </message>
        <message>
            <source>Line {line}: barcode {barcode} is already used in that library.</source>
            <translation>Baris {line}: barkode {barcode} sudah dipakai di perpustakaan itu.</translation>
        </message>
        <message>
            <source>Line {line}: {value} is not a number of copies (1 to {most}).</source>
            <translation>Baris {line}: {value} bukan jumlah eksemplar (1 sampai {most}).</translation>
        </message>
        <message>
            <source>{path} needs at least the column title (judul).</source>
            <translation>{path} minimal harus memiliki kolom judul (title).</translation>
        </message>
        <message>
            <source>That belongs to the village; the district cannot change it.</source>
            <translation>Data itu milik desa; dinas tidak dapat mengubahnya.</translation>
        </message>
        <message>
            <source>This bundle has format {found}; this version reads format {known}. Update Pustaka.</source>
            <translation>Paket ini berformat {found}; versi ini membaca format {known}. Perbarui Pustaka.</translation>
        </message>
        <message>
            <source>The bundle comes from a library that is not enrolled here ({code}).</source>
            <translation>Paket berasal dari perpustakaan yang tidak terdaftar di sini ({code}).</translation>
        </message>
        <message>
            <source>The bundle comes from {code}, which was revoked; refused.</source>
            <translation>Paket berasal dari {code}, yang sudah dicabut; ditolak.</translation>
        </message>
        <message>
            <source>The bundle's signature is wrong: it was altered or not made by {code}. Refused.</source>
            <translation>Tanda tangan paket salah: paket diubah atau tidak dibuat oleh {code}. Ditolak.</translation>
        </message>
        <message>
            <source>This bundle is addressed to another library ({code}).</source>
            <translation>Paket ini ditujukan untuk perpustakaan lain ({code}).</translation>
        </message>
        <message>
            <source>This bundle was made by a newer Pustaka (schema {found}; this version knows {known}). Update Pustaka, then import it again.</source>
            <translation>Paket ini dibuat oleh Pustaka yang lebih baru (skema {found}; versi ini mengenal {known}). Perbarui Pustaka, lalu impor lagi.</translation>
        </message>
        <message>
            <source>The bundle holds rows this version cannot read; refused.</source>
            <translation>Paket berisi data yang tidak dapat dibaca versi ini; ditolak.</translation>
        </message>
        <message>
            <source>The bundle changes data the district does not own; refused.</source>
            <translation>Paket mengubah data yang bukan milik dinas; ditolak.</translation>
        </message>
        <message>
            <source>The bundle refers to a row that is not here; refused.</source>
            <translation>Paket merujuk data yang tidak ada di sini; ditolak.</translation>
        </message>
        <message>
            <source>This library was moved to another PC on {date} ({file}). Sync from the new PC: two PCs must never send bundles as one library.</source>
            <translation>Perpustakaan ini sudah dipindahkan ke PC lain pada {date} ({file}). Lakukan sinkronisasi dari PC baru: dua PC tidak boleh mengirim bundel sebagai satu perpustakaan.</translation>
        </message>
        <message>
            <source>This database looks like a copy or a restored backup ({problem}). Before it syncs, a librarian must confirm it is the original library, or make it a new site.</source>
            <translation>Basis data ini tampaknya salinan atau cadangan yang dipulihkan ({problem}). Sebelum sinkronisasi, pustakawan harus memastikan ini perpustakaan asli, atau menjadikannya situs baru.</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>Pilih dua judul berbeda untuk digabungkan.</translation>
        </message>
        <message>
            <source>That union catalogue record does not exist.</source>
            <translation>Judul itu tidak ada di katalog induk.</translation>
        </message>
        <message>
            <source>A record needs a title.</source>
            <translation>Cantuman harus memiliki judul.</translation>
        </message>
        <message>
            <source>Choose some, not all, of the village records of this union record to split off.</source>
            <translation>Pilih sebagian (bukan semua) cantuman desa dari cantuman katalog induk ini untuk dipisahkan.</translation>
        </message>
        <message>
            <source>Unknown purpose of visit: {value}.</source>
            <translation>Keperluan kunjungan tidak dikenal: {value}.</translation>
        </message>
        <message>
            <source>Unknown origin: {value} (this village or elsewhere).</source>
            <translation>Asal tidak dikenal: {value} (desa ini atau luar desa).</translation>
        </message>
        <message>
            <source>Unknown group count {key} (use M, F, an age band or paud/sd/smp/sma).</source>
            <translation>Jumlah rombongan {key} tidak dikenal (gunakan M, F, kelompok umur atau paud/sd/smp/sma).</translation>
        </message>
        <message>
            <source>The count for {key} must be a whole number.</source>
            <translation>Jumlah untuk {key} harus bilangan bulat.</translation>
        </message>
        <message>
            <source>The group counts do not agree: {genders} by gender but {others} by age or school level.</source>
            <translation>Jumlah rombongan tidak cocok: {genders} menurut jenis kelamin tetapi {others} menurut umur atau jenjang sekolah.</translation>
        </message>
        <message>
            <source>A group visit needs at least one person.</source>
            <translation>Kunjungan rombongan perlu paling sedikit satu orang.</translation>
        </message>
        <message>
            <source>A group of more than {n} people? Check the counts.</source>
            <translation>Rombongan lebih dari {n} orang? Periksa jumlahnya.</translation>
        </message>
        <message>
            <source>Give the group a name (e.g. the school and class).</source>
            <translation>Beri nama rombongan (mis. sekolah dan kelas).</translation>
        </message>
        <message>
            <source>That visit is not in the book (any more).</source>
            <translation>Kunjungan itu tidak (lagi) ada di buku tamu.</translation>
        </message>
        <message>
            <source>That file is not a picture I can read.</source>
            <translation>Berkas itu bukan gambar yang bisa dibaca.</translation>
        </message>
        <message>
            <source>Save the report as .pdf, .xlsx or .csv (not {name}).</source>
            <translation>Simpan laporan sebagai .pdf, .xlsx atau .csv (bukan {name}).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Tidak dapat membaca {path}: {error}</translation>
        </message>
        <message>
            <source>{name} is not a PDF or EPUB file.</source>
            <translation>{name} bukan berkas PDF atau EPUB.</translation>
        </message>
        <message>
            <source>{name} is larger than {mb} MB.</source>
            <translation>{name} lebih besar dari {mb} MB.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} kosong.</translation>
        </message>
        <message>
            <source>That file is not on the digital shelf (any more).</source>
            <translation>Berkas itu tidak (lagi) ada di rak digital.</translation>
        </message>
        <message>
            <source>The file {name} is missing from the files folder {folder}.</source>
            <translation>Berkas {name} tidak ada di folder berkas {folder}.</translation>
        </message>
        <message>
            <source>{path} is not a text (CSV) file. Check that you chose the right file and format.</source>
            <translation>{path} bukan berkas teks (CSV). Periksa apakah berkas dan formatnya sudah benar.</translation>
        </message>
        <message>
            <source>Unknown import format {format}.</source>
            <translation>Format impor {format} tidak dikenal.</translation>
        </message>
        <message>
            <source>{path} is not a MARC (ISO 2709) file. For MARCXML choose the MARCXML format.</source>
            <translation>{path} bukan berkas MARC (ISO 2709). Untuk MARCXML pilih format MARCXML.</translation>
        </message>
        <message>
            <source>{path} is not a readable MARC file.</source>
            <translation>{path} bukan berkas MARC yang dapat dibaca.</translation>
        </message>
        <message>
            <source>{path} is not a MARCXML file: it does not begin with XML.</source>
            <translation>{path} bukan berkas MARCXML: awalnya bukan XML.</translation>
        </message>
        <message>
            <source>{path} is not a readable MARCXML file: its XML breaks at line {line}, column {column}.</source>
            <translation>{path} bukan berkas MARCXML yang dapat dibaca: XML-nya rusak di baris {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>{path} holds no MARC records.</source>
            <translation>{path} tidak berisi cantuman MARC.</translation>
        </message>
        <message>
            <source>{path} is damaged: its rows cannot be read from row {row} on ({error}). Open it in Excel and save it again, or copy it again. Nothing was imported.</source>
            <translation>{path} rusak: baris-barisnya tidak dapat dibaca mulai baris {row} ({error}). Buka di Excel lalu simpan lagi, atau salin ulang berkasnya. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} cannot be opened as an Excel workbook (xlsx): it is damaged or cut short (copied from a stick pulled out too early?), or it is another kind of file with an Excel name. Open it in Excel, save it again as Excel Workbook (.xlsx), and import that file.</source>
            <translation>{path} tidak bisa dibuka sebagai buku kerja Excel (xlsx): berkasnya rusak atau terpotong (disalin dari flashdisk yang dicabut terlalu cepat?), atau berkas jenis lain yang diberi nama Excel. Buka di Excel, simpan lagi sebagai Excel Workbook (.xlsx), lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{path} cannot be opened as an Excel 97-2003 workbook (xls): it is damaged or cut short, or it is another kind of file with an Excel name. Open it in Excel, save it again as Excel Workbook (.xlsx), and import that file.</source>
            <translation>{path} tidak bisa dibuka sebagai buku kerja Excel 97-2003 (xls): berkasnya rusak atau terpotong, atau berkas jenis lain yang diberi nama Excel. Buka di Excel, simpan lagi sebagai Excel Workbook (.xlsx), lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} kosong.</translation>
        </message>
        <message>
            <source>{path} is not a SLiMS {kind} file: the columns {missing} are missing or out of order. Expected, in this order: {expected}.</source>
            <translation>{path} bukan berkas SLiMS {kind}: kolom {missing} tidak ada atau urutannya salah. Yang diharapkan, dengan urutan ini: {expected}.</translation>
        </message>
        <message>
            <source>The columns {columns} are all given the field {target}, which takes one column: the values of all but one would be lost. Give one of them another field, or leave it out.</source>
            <translation>Kolom {columns} semuanya diberi ruas {target}, padahal ruas itu hanya mengambil satu kolom: isi kolom selain satu akan hilang. Beri salah satunya ruas lain, atau jangan dipetakan.</translation>
        </message>
        <message>
            <source>Unknown field {name}. Known fields: {fields}.</source>
            <translation>Ruas {name} tidak dikenal. Ruas yang dikenal: {fields}.</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>Berkas tidak memiliki kolom {column}.</translation>
        </message>
        <message>
            <source>This is a member list (its columns: {columns}), not a catalogue: import it with Import &amp; Export → Import members…, or with pustaka-cli members-import.</source>
            <translation>Ini daftar anggota (kolomnya: {columns}), bukan katalog: impor lewat Impor &amp; Ekspor → Impor anggota…, atau dengan pustaka-cli members-import.</translation>
        </message>
        <message>
            <source>No column is mapped to the title. Choose which column holds the title.</source>
            <translation>Tidak ada kolom yang dipetakan ke judul. Pilih kolom yang berisi judul.</translation>
        </message>
        <message>
            <source>{path} is not a CSV file this program can read ({error}).</source>
            <translation>{path} bukan berkas CSV yang dapat dibaca program ini ({error}).</translation>
        </message>
        <message>
            <source>No member has overdue books: there is no letter to print.</source>
            <translation>Tidak ada anggota yang terlambat mengembalikan buku: tidak ada surat untuk dicetak.</translation>
        </message>
        <message>
            <source>A stock-take is already running; finish it before starting another.</source>
            <translation>Inventarisasi sedang berjalan; selesaikan dulu sebelum memulai yang baru.</translation>
        </message>
        <message>
            <source>The DDC range ends before it starts.</source>
            <translation>Rentang DDC berakhir sebelum awalnya.</translation>
        </message>
        <message>
            <source>This stock-take is finished already.</source>
            <translation>Inventarisasi ini sudah selesai.</translation>
        </message>
        <message>
            <source>No stock-take number {number}.</source>
            <translation>Tidak ada inventarisasi nomor {number}.</translation>
        </message>
        <message>
            <source>{barcode} is not among the copies stock-take {number} did not see: nothing changed.</source>
            <translation>{barcode} tidak termasuk eksemplar yang tidak terlihat pada inventarisasi {number}: tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Finish the stock-take first: then decide about the copies it did not see.</source>
            <translation>Selesaikan inventarisasi dahulu: sesudah itu putuskan eksemplar yang tidak terlihat.</translation>
        </message>
        <message>
            <source>No stock-take is running. Start one first.</source>
            <translation>Tidak ada inventarisasi yang berjalan. Mulai dulu.</translation>
        </message>
        <message>
            <source>Write group counts like M=10,F=12 (not {value}).</source>
            <translation>Tulis jumlah rombongan seperti M=10,F=12 (bukan {value}).</translation>
        </message>
        <message>
            <source>A programme named {name} already exists (since {since}, {count} sessions). Add a session to it: pustaka-cli program session "{name}" --at "YYYY-MM-DD HH:MM". To make a new programme anyway (a new season), add --new-anyway.</source>
            <translation>Kegiatan bernama {name} sudah ada (sejak {since}, {count} pertemuan). Tambahkan pertemuan pada kegiatan itu: pustaka-cli program session "{name}" --at "TTTT-BB-HH JJ:MM". Untuk tetap membuat kegiatan baru (misalnya musim/angkatan baru), tambahkan --new-anyway.</translation>
        </message>
        <message>
            <source>{value} is not a month (use YYYY-MM).</source>
            <translation>{value} bukan bulan (gunakan TTTT-BB).</translation>
        </message>
        <message>
            <source>No programme is named {name}.</source>
            <translation>Tidak ada kegiatan bernama {name}.</translation>
        </message>
        <message>
            <source>Leave the name empty to add several guests at once.</source>
            <translation>Kosongkan nama untuk menambah beberapa tamu sekaligus.</translation>
        </message>
        <message>
            <source>The programme has no session on {date}.</source>
            <translation>Kegiatan itu tidak punya pertemuan pada {date}.</translation>
        </message>
        <message>
            <source>{ddc} is not a DDC class number (e.g. 899.221 3, 2X4.1 or F 899.221).</source>
            <translation>{ddc} bukan nomor kelas DDC (mis. 899.221 3, 2X4.1 atau F 899.221).</translation>
        </message>
        <message>
            <source>No open review item {id}.</source>
            <translation>Tidak ada butir periksa {id} yang masih terbuka.</translation>
        </message>
        <message>
            <source>Type the number of copies as digits, for example 2.</source>
            <translation>Ketik jumlah eksemplar dengan angka, misalnya 2.</translation>
        </message>
        <message>
            <source>This item has nothing to write back (a possible duplicate, a new collection type): keep it when it is right, or change the record itself.</source>
            <translation>Butir ini tidak punya isian untuk ditulis kembali (mungkin duplikat, jenis koleksi baru): biarkan bila sudah benar, atau ubah judulnya sendiri.</translation>
        </message>
        <message>
            <source>There is no suggested correction for this item: type the right value, or keep the value as it is.</source>
            <translation>Butir ini tidak punya saran perbaikan: ketik nilai yang benar, atau biarkan nilainya seperti tertulis.</translation>
        </message>
        <message>
            <source>{code} looks like a member card number, but no member has it. Check the card, or find the member by name.</source>
            <translation>{code} tampak seperti nomor kartu anggota, tetapi tidak ada anggota dengan nomor itu. Periksa kartunya, atau cari anggota berdasarkan nama.</translation>
        </message>
        <message>
            <source>{code} looks like a book barcode, but no copy has it. Check the label, or add the copy in the catalogue.</source>
            <translation>{code} tampak seperti barkode buku, tetapi tidak ada eksemplar dengan barkode itu. Periksa labelnya, atau tambahkan eksemplar di katalog.</translation>
        </message>
        <message>
            <source>No member is called “{code}”. Check the spelling, or register them on the Members page.</source>
            <translation>Tidak ada anggota bernama “{code}”. Periksa ejaannya, atau daftarkan di halaman Anggota.</translation>
        </message>
        <message>
            <source>No member has the phone number {code}.</source>
            <translation>Tidak ada anggota dengan nomor telepon {code}.</translation>
        </message>
        <message>
            <source>No member has the NIK {code}.</source>
            <translation>Tidak ada anggota dengan NIK {code}.</translation>
        </message>
        <message>
            <source>Your membership ended on {date}. Renew it at the desk.</source>
            <translation>Keanggotaan Anda berakhir pada {date}. Perpanjang keanggotaan di meja layanan.</translation>
        </message>
        <message>
            <source>Your card is blocked: {why}. Please ask at the desk.</source>
            <translation>Kartu Anda diblokir: {why}. Silakan tanya di meja layanan.</translation>
        </message>
        <message>
            <source>You have unpaid fines of {amount}: pay them at the desk before you borrow.</source>
            <translation>Anda masih punya denda {amount}: bayar di meja layanan sebelum meminjam lagi.</translation>
        </message>
        <message>
            <source>You have {count} book(s) on loan, the most your card allows ({limit}).</source>
            <translation>Anda sedang meminjam {count} buku, batas terbanyak untuk kartu Anda ({limit}).</translation>
        </message>
        <message>
            <source>Renewing gives no more time: your membership ends on {date}.</source>
            <translation>Perpanjangan tidak menambah waktu: keanggotaan Anda berakhir pada {date}.</translation>
        </message>
        <message>
            <source>Another member is waiting for this title: bring it back by its due date.</source>
            <translation>Anggota lain sedang menunggu judul ini: kembalikan paling lambat pada tanggal kembalinya.</translation>
        </message>
        <message>
            <source>You already reserved this title.</source>
            <translation>Anda sudah memesan judul ini.</translation>
        </message>
        <message>
            <source>You already have {limit} reservation(s), the most your card allows.</source>
            <translation>Anda sudah punya {limit} pesanan, batas terbanyak untuk kartu Anda.</translation>
        </message>
        <message>
            <source>You have this title on loan already.</source>
            <translation>Anda sedang meminjam judul ini.</translation>
        </message>
        <message>
            <source>Not renewed: {title}. {why}</source>
            <translation>Tidak diperpanjang: {title}. {why}</translation>
        </message>
        <message>
            <source>That loan is not on your card (or it was returned already).</source>
            <translation>Pinjaman itu bukan atas kartu Anda (atau sudah dikembalikan).</translation>
        </message>
        <message>
            <source>This title has no copies to reserve.</source>
            <translation>Judul ini tidak punya eksemplar untuk dipesan.</translation>
        </message>
        <message>
            <source>A member's PIN is {min} to {max} digits.</source>
            <translation>PIN anggota terdiri dari {min} sampai {max} angka.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess (like 1111 or 1234).</source>
            <translation>PIN itu terlalu mudah ditebak (seperti 1111 atau 1234).</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Try again after {minutes} minutes, or ask at the desk for a new PIN.</source>
            <translation>Terlalu banyak PIN salah. Coba lagi setelah {minutes} menit, atau minta PIN baru di meja layanan.</translation>
        </message>
        <message>
            <source>Wrong member number or PIN.</source>
            <translation>Nomor anggota atau PIN salah.</translation>
        </message>
        <message>
            <source>The disk is full: {path} could not be saved to. Nothing was lost and the library is not damaged. Free some space (empty the recycle bin, move old files), then try again.</source>
            <translation>Disk penuh: {path} tidak dapat ditulisi. Tidak ada yang hilang dan perpustakaan tidak rusak. Kosongkan sebagian ruang (kosongkan Recycle Bin, pindahkan berkas lama), lalu coba lagi.</translation>
        </message>
        <message>
            <source>The library file {path} is on a read-only disk or folder (a locked USB stick, a CD, a folder without write permission). The library is not damaged: copy it to the computer's disk or remove the write protection, then open it again.</source>
            <translation>Berkas perpustakaan {path} berada di disk atau folder yang hanya bisa dibaca (flashdisk terkunci, CD, folder tanpa izin menulis). Perpustakaan tidak rusak: salin ke disk komputer atau lepaskan proteksi tulis, lalu buka lagi.</translation>
        </message>
        <message>
            <source>Another program is holding the library file {path} (a second Pustaka window, an antivirus scan or a cloud-sync program). The library is not damaged: close the other program, then try again.</source>
            <translation>Program lain sedang memegang berkas perpustakaan {path} (jendela Pustaka kedua, pemindaian antivirus, atau program sinkronisasi awan). Perpustakaan tidak rusak: tutup program itu, lalu coba lagi.</translation>
        </message>
        <message>
            <source>The library is busy with another job (an import or a sync bundle). Nothing was saved yet and nothing is damaged: wait until that job ends, then try again.</source>
            <translation>Perpustakaan sedang sibuk dengan pekerjaan lain (impor atau bundel sinkronisasi). Belum ada yang disimpan dan tidak ada yang rusak: tunggu sampai pekerjaan itu selesai, lalu coba lagi.</translation>
        </message>
        <message>
            <source>The library file {path} cannot be opened (the folder is missing or not allowed). Is the USB stick or network drive still there? The library is not damaged.</source>
            <translation>Berkas perpustakaan {path} tidak dapat dibuka (foldernya tidak ada atau tidak diizinkan). Apakah flashdisk atau drive jaringan masih terpasang? Perpustakaan tidak rusak.</translation>
        </message>
        <message>
            <source>{zone} is not a time zone here; choose WIB, WITA or WIT.</source>
            <translation>{zone} bukan zona waktu yang dikenal; pilih WIB, WITA atau WIT.</translation>
        </message>
        <message>
            <source>The port must be a number from {low} to {high}.</source>
            <translation>Port harus berupa angka dari {low} sampai {high}.</translation>
        </message>
        <message>
            <source>Unknown part of the web catalogue: {part}.</source>
            <translation>Bagian katalog web tidak dikenal: {part}.</translation>
        </message>
        <message>
            <source>Open at least one part of the web catalogue.</source>
            <translation>Buka setidaknya satu bagian katalog web.</translation>
        </message>
        <message>
            <source>If phones cannot open the address: on Windows, open Control Panel &gt; Windows Defender Firewall &gt; Allow an app through Windows Firewall, and tick Pustaka for Private networks (the library Wi-Fi must be set as a private network).</source>
            <translation>Jika HP tidak dapat membuka alamat itu: di Windows, buka Control Panel &gt; Windows Defender Firewall &gt; Allow an app through Windows Firewall, lalu centang Pustaka untuk Private networks (Wi-Fi perpustakaan harus diatur sebagai jaringan pribadi).</translation>
        </message>
        <message>
            <source>Port {port} is already in use by another program. Choose another port (for example 8081) in Settings &gt; Wi-Fi catalogue, or close the other program.</source>
            <translation>Port {port} sudah dipakai program lain. Pilih port lain (misalnya 8081) di Pengaturan &gt; Katalog di Wi-Fi, atau tutup program lain itu.</translation>
        </message>
        <message>
            <source>This computer does not allow Pustaka to open port {port}. Choose a port above 1024; on Windows, allow Pustaka in the firewall for private networks.</source>
            <translation>Komputer ini tidak mengizinkan Pustaka membuka port {port}. Pilih port di atas 1024; di Windows, izinkan Pustaka di firewall untuk jaringan pribadi.</translation>
        </message>
        <message>
            <source>This computer has no network address {host}.</source>
            <translation>Komputer ini tidak punya alamat jaringan {host}.</translation>
        </message>
        <message>
            <source>The web catalogue could not start on port {port}. Restart the computer and try again; if it still fails, choose another port (for example 8081) in Settings &gt; Wi-Fi catalogue. The system's own words are in the log file.</source>
            <translation>Katalog web tidak bisa dijalankan di port {port}. Nyalakan ulang komputer lalu coba lagi; kalau masih gagal, pilih port lain (misalnya 8081) di Pengaturan &gt; Katalog di Wi-Fi. Pesan asli dari sistem ada di file log.</translation>
        </message>
        <message>
            <source>This is the practice library (LATIHAN): it is never enrolled or synced with the district.</source>
            <translation>Ini perpustakaan latihan (LATIHAN): tidak pernah didaftarkan atau disinkronkan dengan dinas.</translation>
        </message>
        <message>
            <source>This is already the practice library.</source>
            <translation>Ini sudah perpustakaan latihan.</translation>
        </message>
        <message>
            <source>There is no library at {path}.</source>
            <translation>Tidak ada perpustakaan di {path}.</translation>
        </message>
        <message>
            <source>Set up the library first; then practise.</source>
            <translation>Siapkan perpustakaan dulu; sesudah itu berlatih.</translation>
        </message>
        <message>
            <source>Practice mode is for a village library's desk, not for a district office.</source>
            <translation>Mode latihan untuk meja layanan perpustakaan desa, bukan untuk dinas kabupaten.</translation>
        </message>
        <message>
            <source>{path} is not a practice library.</source>
            <translation>{path} bukan perpustakaan latihan.</translation>
        </message>
        <message>
            <source>There is no practice task {task}.</source>
            <translation>Tidak ada tugas latihan {task}.</translation>
        </message>
        <message>
            <source>Save the district report as .pdf or .xlsx (not {name}).</source>
            <translation>Simpan laporan kabupaten sebagai .pdf atau .xlsx (bukan {name}).</translation>
        </message>
        <message>
            <source>Unknown way of sending a reminder: {channel}.</source>
            <translation>Cara pengiriman pengingat tidak dikenal: {channel}.</translation>
        </message>
        <message>
            <source>Save the impact sheet as a .pdf or a .png file.</source>
            <translation>Simpan lembar dampak sebagai berkas .pdf atau .png.</translation>
        </message>
        <message>
            <source>{value} is not an amount in rupiah.</source>
            <translation>{value} bukan jumlah dalam rupiah.</translation>
        </message>
        <message>
            <source>The hub's address must start with http:// or https://.</source>
            <translation>Alamat hub harus diawali http:// atau https://.</translation>
        </message>
        <message>
            <source>This library is not enrolled with a district office yet.</source>
            <translation>Perpustakaan ini belum terdaftar di dinas kabupaten.</translation>
        </message>
        <message>
            <source>The answer did not come from the district hub this library enrolled with (wrong signature). Nothing was changed.</source>
            <translation>Jawaban itu tidak datang dari hub dinas tempat perpustakaan ini terdaftar (tanda tangan salah). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The district hub refused: {message}</source>
            <translation>Hub dinas menolak: {message}</translation>
        </message>
        <message>
            <source>The district hub does not know this library (not enrolled there, or the enrolment was withdrawn). Ask the district office; meanwhile, use a USB stick.</source>
            <translation>Hub dinas tidak mengenal perpustakaan ini (belum terdaftar di sana, atau pendaftarannya dicabut). Tanyakan ke dinas perpustakaan kabupaten; sementara itu, gunakan flashdisk.</translation>
        </message>
        <message>
            <source>The district hub refused a piece as too large. Nothing was lost; use a USB stick this time.</source>
            <translation>Hub dinas menolak satu potongan karena terlalu besar. Tidak ada yang hilang; kali ini gunakan flashdisk.</translation>
        </message>
        <message>
            <source>The connection dropped while sending. Nothing was lost; try again.</source>
            <translation>Sambungan terputus saat mengirim. Tidak ada yang hilang; coba lagi.</translation>
        </message>
        <message>
            <source>The district hub refused a request it had already seen. Nothing was lost; try again.</source>
            <translation>Hub dinas menolak permintaan yang sudah pernah diterimanya. Tidak ada yang hilang; coba lagi.</translation>
        </message>
        <message>
            <source>The district hub does not understand this request (one of the two programs is older). Ask the district office; meanwhile, use a USB stick.</source>
            <translation>Hub dinas tidak memahami permintaan ini (salah satu dari kedua program versinya lebih lama). Tanyakan ke dinas perpustakaan kabupaten; sementara itu, gunakan flashdisk.</translation>
        </message>
        <message>
            <source>The district hub ran into an error. Nothing was lost; tell the district office and try again later, or use a USB stick.</source>
            <translation>Hub dinas mengalami galat. Tidak ada yang hilang; beri tahu dinas perpustakaan kabupaten dan coba lagi nanti, atau gunakan flashdisk.</translation>
        </message>
        <message>
            <source>The district's database is not reachable right now (a problem at the district office, not here). Nothing was lost: the changes are sent again next time. Tell the district office, or use a USB stick.</source>
            <translation>Basis data dinas kabupaten sedang tidak dapat dihubungi (masalahnya di kantor dinas, bukan di sini). Tidak ada yang hilang: perubahan dikirim lagi lain kali. Beri tahu kantor dinas, atau gunakan flashdisk.</translation>
        </message>
        <message>
            <source>The district hub refused this computer's clock: it differs from the district server's by more than 5 minutes (or the time zone is wrong).</source>
            <translation>Hub dinas menolak jam komputer ini: selisihnya dengan jam server kabupaten lebih dari 5 menit (atau zona waktunya salah).</translation>
        </message>
        <message>
            <source>The district hub refuses a clock that far off.</source>
            <translation>Hub dinas menolak jam yang selisihnya sejauh itu.</translation>
        </message>
        <message>
            <source>Meanwhile, a USB stick works as always.</source>
            <translation>Sementara itu, flashdisk tetap bisa dipakai seperti biasa.</translation>
        </message>
        <message>
            <source>The exchange went through with the district server's time, but due dates, visits and the order of changes use this clock.</source>
            <translation>Pertukaran berhasil memakai jam server kabupaten, tetapi tanggal kembali, kunjungan, dan urutan perubahan memakai jam komputer ini.</translation>
        </message>
        <message>
            <source>The hub offered a file that is not a bundle.</source>
            <translation>Hub menawarkan berkas yang bukan paket sinkronisasi.</translation>
        </message>
        <message>
            <source>A bundle from the hub arrived damaged; it will be fetched again next time.</source>
            <translation>Paket dari hub tiba dalam keadaan rusak; paket akan diambil lagi lain kali.</translation>
        </message>
        <message>
            <source>No district hub address is set (Settings or --hub).</source>
            <translation>Alamat hub dinas belum diisi (halaman Sinkronisasi atau --hub).</translation>
        </message>
        <message>
            <source>{name} is not a bundle name this village may send.</source>
            <translation>{name} bukan nama paket yang boleh dikirim desa ini.</translation>
        </message>
        <message>
            <source>That piece of the bundle does not fit its size.</source>
            <translation>Potongan paket itu tidak cocok dengan ukurannya.</translation>
        </message>
        <message>
            <source>A piece of the bundle was damaged on the way; send it again.</source>
            <translation>Sepotong paket rusak di perjalanan; kirim lagi.</translation>
        </message>
        <message>
            <source>The bundle is not complete yet.</source>
            <translation>Paket belum lengkap.</translation>
        </message>
        <message>
            <source>The bundle arrived damaged; it will be sent again.</source>
            <translation>Paket tiba dalam keadaan rusak; paket akan dikirim lagi.</translation>
        </message>
        <message>
            <source>No bundle {name} waits for this village.</source>
            <translation>Tidak ada paket {name} yang menunggu untuk desa ini.</translation>
        </message>
        <message>
            <source>PostgreSQL support is not installed on this PC (pip install 'pustaka-desktop[hub]').</source>
            <translation>Dukungan PostgreSQL belum terpasang di PC ini (pip install 'pustaka-desktop[hub]').</translation>
        </message>
        <message>
            <source>The district database server ({host}, port {port}) refused the connection: PostgreSQL is not running on that computer, or the port number is wrong. Start the PostgreSQL service there, or correct the address.</source>
            <translation>Server basis data kabupaten ({host}, port {port}) menolak sambungan: PostgreSQL tidak berjalan di komputer itu, atau nomor port-nya salah. Jalankan layanan PostgreSQL di sana, atau perbaiki alamatnya.</translation>
        </message>
        <message>
            <source>The district database server ({host}) does not answer: it may be switched off, the address may be wrong, or a firewall blocks port {port}.</source>
            <translation>Server basis data kabupaten ({host}) tidak menjawab: mungkin komputernya mati, alamatnya salah, atau port {port} diblokir firewall.</translation>
        </message>
        <message>
            <source>The computer name {host} in the district database's address cannot be found: check how it is written, or use the server's IP address.</source>
            <translation>Nama komputer {host} pada alamat basis data kabupaten tidak ditemukan: periksa penulisannya, atau pakai alamat IP server.</translation>
        </message>
        <message>
            <source>The district database's address is not written right: it looks like postgresql://USER@HOST:5432/DATABASE (the port a number).</source>
            <translation>Alamat basis data kabupaten tidak ditulis dengan benar: bentuknya postgresql://PENGGUNA@HOST:5432/BASISDATA (port berupa angka).</translation>
        </message>
        <message>
            <source>The district database refused the user name or password of {user}. Check the password kept in the .pgpass file (pgpass.conf on Windows), or ask whoever looks after the database server.</source>
            <translation>Basis data kabupaten menolak nama pengguna atau kata sandi {user}. Periksa kata sandi di berkas .pgpass (pgpass.conf di Windows), atau tanyakan kepada pengelola server basis data.</translation>
        </message>
        <message>
            <source>The district database server does not let this computer in as {user} (its pg_hba.conf has no line for it). Ask whoever looks after the database server to allow this computer.</source>
            <translation>Server basis data kabupaten tidak mengizinkan komputer ini masuk sebagai {user} (pg_hba.conf-nya tidak memuat baris untuk komputer ini). Minta pengelola server basis data mengizinkan komputer ini.</translation>
        </message>
        <message>
            <source>There is no database named {database} on the district database server. Create it (an empty database, e.g. createdb {database}) or correct the name at the end of the address.</source>
            <translation>Tidak ada basis data bernama {database} di server basis data kabupaten. Buatlah (basis data kosong, misalnya createdb {database}) atau perbaiki nama di ujung alamat.</translation>
        </message>
        <message>
            <source>The database user {user} may not do this in the district database (permission denied). Ask whoever looks after the database server to make {user} the owner of the database {database}.</source>
            <translation>Pengguna basis data {user} tidak berhak melakukan ini di basis data kabupaten (permission denied). Minta pengelola server basis data menjadikan {user} pemilik basis data {database}.</translation>
        </message>
        <message>
            <source>The district database server is full: it takes no more connections now. Wait a moment and try again; if it happens often, ask for its connection limit (max_connections) to be raised.</source>
            <translation>Server basis data kabupaten sedang penuh: tidak menerima sambungan baru saat ini. Tunggu sebentar lalu coba lagi; bila sering terjadi, minta batas sambungannya (max_connections) dinaikkan.</translation>
        </message>
        <message>
            <source>The secure (SSL) connection to the district database failed. Check the sslmode in the address (sslmode=require only works when the server has SSL switched on).</source>
            <translation>Sambungan aman (SSL) ke basis data kabupaten gagal. Periksa sslmode pada alamat (sslmode=require hanya bisa bila SSL di server dinyalakan).</translation>
        </message>
        <message>
            <source>The disk of the district database server ({host}) is full. Nothing was saved. Free some space on that computer, then try again.</source>
            <translation>Disk server basis data kabupaten ({host}) penuh. Tidak ada yang tersimpan. Kosongkan sebagian ruang di komputer itu, lalu coba lagi.</translation>
        </message>
        <message>
            <source>The connection to the district database ({host}) was cut: the server was stopped or restarted. Nothing was saved. Check that PostgreSQL is running there, then try again.</source>
            <translation>Sambungan ke basis data kabupaten ({host}) terputus: servernya dimatikan atau dinyalakan ulang. Tidak ada yang tersimpan. Pastikan PostgreSQL berjalan di sana, lalu coba lagi.</translation>
        </message>
        <message>
            <source>The district database accepts no changes (a read-only copy of the server, or a server in recovery). Use the address of the main server.</source>
            <translation>Basis data kabupaten tidak menerima perubahan (salinan server yang hanya-baca, atau server yang sedang dipulihkan). Pakai alamat server utama.</translation>
        </message>
        <message>
            <source>The district database server is PostgreSQL {version}; Pustaka needs PostgreSQL 10 or newer. Ask whoever looks after the server to update it.</source>
            <translation>Server basis data kabupaten memakai PostgreSQL {version}; Pustaka memerlukan PostgreSQL 10 atau yang lebih baru. Minta pengelola server memperbaruinya.</translation>
        </message>
        <message>
            <source>What answers at {host}, port {port} is not PostgreSQL (another program, such as a web server, uses that port): the port number is probably wrong. PostgreSQL usually listens on port 5432.</source>
            <translation>Yang menjawab di {host}, port {port} bukan PostgreSQL (program lain, misalnya server web, memakai port itu): nomor port-nya mungkin salah. PostgreSQL biasanya memakai port 5432.</translation>
        </message>
        <message>
            <source>The district database (PostgreSQL) cannot be used: {detail}</source>
            <translation>Basis data kabupaten (PostgreSQL) tidak dapat dipakai: {detail}</translation>
        </message>
        <message>
            <source>Only a district office keeps a union catalogue.</source>
            <translation>Hanya kantor dinas kabupaten yang menyimpan katalog induk.</translation>
        </message>
        <message>
            <source>{dsn} is not a PostgreSQL address (postgresql://USER@HOST/DATABASE).</source>
            <translation>{dsn} bukan alamat PostgreSQL (postgresql://PENGGUNA@HOST/BASISDATA).</translation>
        </message>
        <message>
            <source>That PostgreSQL database already holds a union catalogue ({count} records): move into an empty one.</source>
            <translation>Basis data PostgreSQL itu sudah berisi katalog induk ({count} cantuman): pindahkan ke basis data yang kosong.</translation>
        </message>
        <message>
            <source>This file holds a union catalogue of {count} records: add --move to copy it into PostgreSQL.</source>
            <translation>Berkas ini berisi katalog induk {count} cantuman: tambahkan --move untuk menyalinnya ke PostgreSQL.</translation>
        </message>
        <message>
            <source>Type only the server's name or IP address (e.g. 192.168.1.10), without postgresql://, a user or a port: those have their own fields.</source>
            <translation>Ketik hanya nama atau alamat IP server (mis. 192.168.1.10), tanpa postgresql://, nama pengguna, atau port: semuanya punya kolom sendiri.</translation>
        </message>
        <message>
            <source>Type the name or IP address of the database server.</source>
            <translation>Ketik nama atau alamat IP server basis data.</translation>
        </message>
        <message>
            <source>Type the name of the database on the server.</source>
            <translation>Ketik nama basis data di server.</translation>
        </message>
        <message>
            <source>Type the database user name.</source>
            <translation>Ketik nama pengguna basis data.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL usually listens on 5432).</source>
            <translation>Port berupa angka 1 sampai 65535 (PostgreSQL biasanya memakai 5432).</translation>
        </message>
        <message>
            <source>{path} holds no .sql backup file.</source>
            <translation>{path} tidak berisi berkas cadangan .sql.</translation>
        </message>
        <message>
            <source>{path} holds no database named {database}. It holds: {names}. Nothing was imported.</source>
            <translation>{path} tidak memuat basis data bernama {database}. Isinya: {names}. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} holds the databases of several SLiMS libraries: {names}. Choose the one to import (pustaka-cli: --database NAME), or back up only that database (SLiMS: System → Database Backup). Nothing was imported.</source>
            <translation>{path} memuat basis data beberapa perpustakaan SLiMS: {names}. Pilih yang akan diimpor (pustaka-cli: --database NAMA), atau cadangkan hanya basis data itu (SLiMS: Sistem → Cadangan Basis Data). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The backup {path} is incomplete: it ends in the middle of a table, and the tables {tables} are missing. Copy the whole file again from the SLiMS computer. Nothing was imported.</source>
            <translation>Cadangan {path} tidak lengkap: berkas berakhir di tengah sebuah tabel, dan tabel {tables} tidak ada. Salin lagi seluruh berkas dari komputer SLiMS. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} has no {table} table: it is not a whole SLiMS database backup (only some of its tables were exported, or another database). Make the backup in SLiMS (System → Database Backup), or export the whole SLiMS database. Nothing was imported.</source>
            <translation>{path} tidak punya tabel {table}: ini bukan cadangan utuh basis data SLiMS (hanya sebagian tabelnya yang diekspor, atau basis data lain). Buat cadangan di SLiMS (Sistem → Cadangan Basis Data), atau ekspor seluruh basis data SLiMS. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is not a SLiMS database backup (a .sql file from System → Database Backup).</source>
            <translation>{path} bukan cadangan basis data SLiMS (berkas .sql dari Sistem → Cadangan Basis Data).</translation>
        </message>
        <message>
            <source>The backup {path} is incomplete: the file ends before its end. Copy the whole file again from the SLiMS computer. Nothing was imported.</source>
            <translation>Cadangan {path} tidak lengkap: berkasnya terpotong sebelum akhirnya. Salin lagi seluruh berkas dari komputer SLiMS. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>This library holds no copies or no members yet: import the catalogue and the members of {path} first, then its history. Nothing was imported.</source>
            <translation>Perpustakaan ini belum punya eksemplar atau anggota: impor dulu katalog dan anggota dari {path}, baru riwayatnya. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>This is a catalogue (it has a title column), not a member list: import it with Import &amp; Export → Import a file…, or with pustaka-cli import.</source>
            <translation>Ini katalog (ada kolom judulnya), bukan daftar anggota: impor lewat Impor &amp; Ekspor → Impor berkas…, atau dengan pustaka-cli import.</translation>
        </message>
        <message>
            <source>{path} has no column of names (a header such as "Nama" or "Nama Lengkap"): it is not a member list this program can read.</source>
            <translation>{path} tidak punya kolom nama (judul kolom seperti "Nama" atau "Nama Lengkap"): berkas ini bukan daftar anggota yang dapat dibaca program ini.</translation>
        </message>
        <message>
            <source>{path} cannot be read as an INLISLite export: its first row has no title column ("Judul" or "Title"), only: {columns}.</source>
            <translation>{path} tidak dapat dibaca sebagai ekspor INLISLite: baris pertamanya tidak punya kolom judul ("Judul" atau "Title"), hanya: {columns}.</translation>
        </message>
        <message>
            <source>{path} is INLISLite's Periodik report saved with "Excel-data": INLISLite writes each copy's barcode in its "Nomer Induk" column there, so the copies' accession numbers (No. Induk) are not in it. In INLISLite open Laporan Koleksi → Periodik again, show the same data and choose Export → "Open-Office-Excel-data": that file (.ods) has both numbers; import it after the Buku Induk, and the copies get their barcodes. Nothing was imported.</source>
            <translation>{path} adalah laporan Periodik INLISLite yang disimpan dengan "Excel-data": di sana INLISLite menulis barcode tiap eksemplar di kolom "Nomer Induk", jadi nomor induk eksemplar tidak ada di dalamnya. Di INLISLite buka lagi Laporan Koleksi → Periodik, tampilkan data yang sama lalu pilih Export → "Open-Office-Excel-data": berkas itu (.ods) memuat kedua nomor; impor setelah Buku Induk, dan eksemplarnya mendapat barcode-nya. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's bibliography export (its columns are SLiMS's: gmd_name, isbn_issn, authors...), not INLISLite's: import it as "SLiMS bibliography CSV" (pustaka-cli import slims-biblio). Nothing was imported.</source>
            <translation>{path} adalah ekspor bibliografi SLiMS (kolom-kolomnya milik SLiMS: gmd_name, isbn_issn, authors...), bukan ekspor INLISLite: impor dengan format "CSV bibliografi SLiMS" (pustaka-cli import slims-biblio). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's item (copies) export (its columns are SLiMS's: item_code, coll_type_name...), not INLISLite's: import it as "SLiMS item (copies) CSV" (pustaka-cli import slims-item). Nothing was imported.</source>
            <translation>{path} adalah ekspor eksemplar SLiMS (kolom-kolomnya milik SLiMS: item_code, coll_type_name...), bukan ekspor INLISLite: impor dengan format "CSV eksemplar (item) SLiMS" (pustaka-cli import slims-item). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>No line {key} in the list of what the restore lost.</source>
            <translation>Tidak ada baris {key} dalam daftar yang hilang karena pemulihan cadangan.</translation>
        </message>
        <message>
            <source>This line cannot be re-entered in one step; enter it as usual and dismiss it.</source>
            <translation>Baris ini tidak bisa dimasukkan kembali dalam satu langkah; masukkan seperti biasa, lalu singkirkan barisnya.</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Kesalahan tak terduga: {error}</translation>
        </message>
        <message>
            <source>The receipt could not be saved in {path}. The loans are recorded; ask the librarian to look at that folder, then press F9 again.</source>
            <translation>Struk tidak dapat disimpan di {path}. Peminjamannya sudah tercatat; minta pustakawan memeriksa folder itu, lalu tekan F9 lagi.</translation>
        </message>
        <message>
            <source>“{value}” is not a year: type a year such as 2027.</source>
            <translation>“{value}” bukan tahun: ketik tahun seperti 2027.</translation>
        </message>
        <message>
            <source>National holidays are known for the years {first} to {last}, not {value}.</source>
            <translation>Libur nasional tersedia untuk tahun {first} sampai {last}, bukan {value}.</translation>
        </message>
        <message>
            <source>This copy of Pustaka has no list of national holidays (the “holidays” package is missing). Add the holidays by hand.</source>
            <translation>Salinan Pustaka ini tidak memiliki daftar libur nasional (paket “holidays” tidak ada). Tambahkan hari libur satu per satu.</translation>
        </message>
        <message>
            <source>Staff accounts are managed by a librarian: add --user NAME (the password from $PUSTAKA_PASSWORD or asked). No librarian can log in? See: pustaka-cli staff recover --help</source>
            <translation>Akun petugas dikelola oleh pustakawan: tambahkan --user NAMA (kata sandinya dari $PUSTAKA_PASSWORD atau ditanyakan). Tidak ada pustakawan yang bisa masuk? Lihat: pustaka-cli staff recover --help</translation>
        </message>
        <message>
            <source>There is no staff account {username}.</source>
            <translation>Tidak ada akun petugas {username}.</translation>
        </message>
        <message>
            <source>This library has no recovery code yet. A librarian who can log in makes one under Settings → Staff accounts. If no librarian can log in, only someone who can open the database file itself can help: take the PC (or a backup copy) to the district library office or to your Pustaka support.</source>
            <translation>Perpustakaan ini belum punya kode pemulihan. Pustakawan yang masih bisa masuk dapat membuatnya di Pengaturan → Akun petugas. Jika tidak ada pustakawan yang bisa masuk, hanya orang yang dapat membuka berkas basis data itu sendiri yang bisa membantu: bawa PC (atau salinan cadangannya) ke Dinas Perpustakaan Kabupaten atau ke pendamping Pustaka Anda.</translation>
        </message>
        <message>
            <source>That is not this library's recovery code.</source>
            <translation>Itu bukan kode pemulihan perpustakaan ini.</translation>
        </message>
        <message>
            <source>{username} is not an active librarian account. Choose one of: {names}; or make a new librarian account.</source>
            <translation>{username} bukan akun pustakawan yang aktif. Pilih salah satu: {names}; atau buat akun pustakawan baru.</translation>
        </message>
        <message>
            <source>This is the practice library (LATIHAN): go back to the real library to use or make a recovery code.</source>
            <translation>Ini perpustakaan latihan (LATIHAN): kembali ke perpustakaan sebenarnya untuk memakai atau membuat kode pemulihan.</translation>
        </message>
        <message>
            <source>This database has no library yet. Run: pustaka-cli --db "{path}" init --library-name NAME --library-code CODE --librarian USER</source>
            <translation>Basis data ini belum berisi perpustakaan. Jalankan: pustaka-cli --db "{path}" init --library-name NAMA --library-code KODE --librarian PENGGUNA</translation>
        </message>
        <message>
            <source>No password for {user}: give it in $PUSTAKA_PASSWORD, or run this on a terminal to type it.</source>
            <translation>Tidak ada kata sandi untuk {user}: berikan lewat $PUSTAKA_PASSWORD, atau jalankan ini di terminal untuk mengetiknya.</translation>
        </message>
        <message>
            <source>{path} is not a list of loans: it needs a loan date column ("Tgl Pinjam", "Tanggal Peminjaman"), the member ("No. Anggota" or "Nama Peminjam") and the book ("Kode Buku", "No. Induk" or "Judul Buku"). Its columns: {columns}. Nothing was imported.</source>
            <translation>{path} bukan daftar peminjaman: perlu kolom tanggal pinjam ("Tgl Pinjam", "Tanggal Peminjaman"), anggota ("No. Anggota" atau "Nama Peminjam") dan buku ("Kode Buku", "No. Induk" atau "Judul Buku"). Kolomnya: {columns}. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>This is a list of loans (its columns: {columns}), not a catalogue or a member list: import it with Import &amp; Export → Import loans (INLISLite, Excel)…, or with pustaka-cli loans-import. Nothing was imported.</source>
            <translation>Ini daftar peminjaman (kolomnya: {columns}), bukan katalog atau daftar anggota: impor dengan Impor &amp; Ekspor → Impor peminjaman (INLISLite, Excel)…, atau dengan pustaka-cli loans-import. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's item export (the copies), not its bibliography export: import the bibliography file first, then this one as "SLiMS item (copies) CSV" (pustaka-cli import slims-item). Nothing was imported.</source>
            <translation>{path} adalah ekspor eksemplar (item) SLiMS, bukan ekspor bibliografinya: impor dulu berkas bibliografinya, lalu berkas ini dengan format "CSV eksemplar (item) SLiMS" (pustaka-cli import slims-item). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's bibliography export (the books), not its item export: import it as "SLiMS bibliography CSV" (pustaka-cli import slims-biblio). Nothing was imported.</source>
            <translation>{path} adalah ekspor bibliografi SLiMS (data buku), bukan ekspor eksemplarnya: impor dengan format "CSV bibliografi SLiMS" (pustaka-cli import slims-biblio). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's member export, not a catalogue: import it with Import &amp; Export → Import members… (pustaka-cli members-import). Nothing was imported.</source>
            <translation>{path} adalah ekspor anggota SLiMS, bukan katalog: impor lewat Impor &amp; Ekspor → Impor anggota… (pustaka-cli members-import). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's bibliography export (the books), not its member export: import it with Import &amp; Export → Import a file… (pustaka-cli import slims-biblio). No member was added.</source>
            <translation>{path} adalah ekspor bibliografi SLiMS (data buku), bukan ekspor anggotanya: impor lewat Impor &amp; Ekspor → Impor berkas… (pustaka-cli import slims-biblio). Tidak ada anggota yang ditambahkan.</translation>
        </message>
        <message>
            <source>{path} is SLiMS's item export (the copies), not its member export: import it with Import &amp; Export → Import a file… (pustaka-cli import slims-item), after the bibliography. No member was added.</source>
            <translation>{path} adalah ekspor eksemplar (item) SLiMS, bukan ekspor anggotanya: impor lewat Impor &amp; Ekspor → Impor berkas… (pustaka-cli import slims-item), setelah bibliografinya. Tidak ada anggota yang ditambahkan.</translation>
        </message>
        <message>
            <source>{path} cannot be opened as an OpenDocument spreadsheet (ods): it is damaged or cut short. Open it in LibreOffice, save it again, and import that file.</source>
            <translation>{path} tidak dapat dibuka sebagai lembar kerja OpenDocument (ods): berkasnya rusak atau terpotong. Buka di LibreOffice, simpan lagi, lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>{path} has no visitor book and no activities: a sheet needs a date column ("Tanggal") and the visitor ("Nama", "L/P"), the day's counts ("Laki-laki", "Perempuan", "Jumlah") or the activity ("Nama Kegiatan"). Its columns: {columns}. Nothing was imported.</source>
            <translation>{path} tidak berisi buku tamu maupun kegiatan: sebuah lembar perlu kolom tanggal ("Tanggal") dan pengunjungnya ("Nama", "L/P"), jumlah harian ("Laki-laki", "Perempuan", "Jumlah") atau kegiatannya ("Nama Kegiatan"). Kolomnya: {columns}. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The district computer refused the connection: the hub program is not running on it, or the port number in the hub's address is wrong. Ask the district office.</source>
            <translation>Komputer dinas menolak sambungan: program hub tidak berjalan di sana, atau nomor port di alamat hub salah. Tanyakan ke kantor dinas.</translation>
        </message>
        <message>
            <source>The district computer does not answer: it may be switched off, or the hub's address is wrong.</source>
            <translation>Komputer dinas tidak menjawab: mungkin mati, atau alamat hub salah.</translation>
        </message>
        <message>
            <source>The name in the hub's address cannot be found: check the address on the Sync page, and whether this computer is connected to the internet.</source>
            <translation>Nama di alamat hub tidak ditemukan: periksa alamatnya di halaman Sinkronisasi, dan apakah komputer ini tersambung ke internet.</translation>
        </message>
        <message>
            <source>The hub's address is not written right: check it on the Sync page (it looks like http://192.168.1.10:8765, the port a number after the colon).</source>
            <translation>Alamat hub tidak ditulis dengan benar: periksa di halaman Sinkronisasi (bentuknya seperti http://192.168.1.10:8765, port berupa angka sesudah titik dua).</translation>
        </message>
        <message>
            <source>This computer has no way to the district computer: check the cable, the Wi-Fi or the phone's internet connection.</source>
            <translation>Komputer ini tidak punya jalan ke komputer dinas: periksa kabel, Wi-Fi, atau sambungan internet dari HP.</translation>
        </message>
        <message>
            <source>The connection to the district computer dropped in the middle.</source>
            <translation>Sambungan ke komputer dinas terputus di tengah jalan.</translation>
        </message>
        <message>
            <source>The district computer's security certificate cannot be trusted (made by itself, or for another name). Ask the district office for the right https:// address.</source>
            <translation>Sertifikat keamanan komputer dinas tidak bisa dipercaya (dibuat sendiri, atau untuk nama lain). Tanyakan alamat https:// yang benar ke kantor dinas.</translation>
        </message>
        <message>
            <source>The district computer's security certificate does not fit this computer's date: check the date and time of this computer (or ask the district office to renew the certificate).</source>
            <translation>Sertifikat keamanan komputer dinas tidak cocok dengan tanggal komputer ini: periksa tanggal dan jam komputer ini (atau minta kantor dinas memperbarui sertifikatnya).</translation>
        </message>
        <message>
            <source>The secure (https) connection to the district computer failed. Ask the district office whether the hub's address should start with http:// or https://.</source>
            <translation>Sambungan aman (https) ke komputer dinas gagal. Tanyakan ke kantor dinas apakah alamat hub harus diawali http:// atau https://.</translation>
        </message>
        <message>
            <source>The district computer cannot be reached.</source>
            <translation>Komputer dinas tidak bisa dihubungi.</translation>
        </message>
        <message>
            <source>Nothing was lost; it is sent again next time, or use a USB stick.</source>
            <translation>Tidak ada yang hilang; nanti dikirim lagi, atau pakai flashdisk.</translation>
        </message>
        <message>
            <source>There is no record {record} in the catalogue.</source>
            <translation>Tidak ada judul {record} di katalog.</translation>
        </message>
        <message>
            <source>Copy {barcode} is already a copy of this title.</source>
            <translation>Eksemplar {barcode} sudah termasuk judul ini.</translation>
        </message>
        <message>
            <source>Copy {barcode} is on the hold shelf for a member who reserved its title: lend it or cancel the reservation first.</source>
            <translation>Eksemplar {barcode} ada di rak pesanan untuk anggota yang memesan judulnya: pinjamkan atau batalkan pesanannya dulu.</translation>
        </message>
        <message>
            <source>A password cannot hold a line break.</source>
            <translation>Kata sandi tidak boleh berisi ganti baris.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>The file from the old PC</source>
            <translation>Berkas dari PC lama</translation>
        </message>
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
            <source>Pustaka move file or backup (pustaka-pindah-*.zip *.sqlite3);;All files (*)</source>
            <translation>Berkas pindahan atau cadangan Pustaka (pustaka-pindah-*.zip *.sqlite3);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Moving from an old PC? Choose the file made there with "Move to another PC" (Backups page) instead of setting up a new library. Old PC's disk broken? Choose its newest backup (.sqlite3, e.g. on a USB stick).</source>
            <translation>Pindahan dari PC lama? Pilih berkas yang dibuat di sana dengan "Pindahkan ke PC lain" (halaman Cadangan), bukan menyiapkan perpustakaan baru. Disk PC lama rusak? Pilih cadangannya yang terbaru (.sqlite3, mis. di flashdisk).</translation>
        </message>
        <message>
            <source>Move from the &amp;old PC…</source>
            <translation>Pindahan dari PC &amp;lama…</translation>
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
        <message>
            <source>The library was not moved</source>
            <translation>Perpustakaan tidak dipindahkan</translation>
        </message>
        <message>
            <source>Library moved</source>
            <translation>Perpustakaan dipindahkan</translation>
        </message>
        <message>
            <source>{name} ({code}) is on this PC now. Log in with the same account as on the old PC.</source>
            <translation>{name} ({code}) sekarang ada di PC ini. Masuk dengan akun yang sama seperti di PC lama.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Bring in the catalogue: import it from SLiMS, INLISLite or Excel, or add the first book.</source>
            <translation>Masukkan katalog: impor dari SLiMS, INLISLite atau Excel, atau tambahkan buku pertama.</translation>
        </message>
        <message>
            <source>Set the opening days and holidays (Circulation rules → Opening days and holidays, Add national holidays…), so no book is due on a day the library is closed.</source>
            <translation>Atur hari buka dan hari libur (Aturan sirkulasi → Hari buka dan hari libur, Tambah libur nasional…), agar tidak ada buku yang jatuh tempo pada hari perpustakaan tutup.</translation>
        </message>
        <message>
            <source>Register the members, or import a member list.</source>
            <translation>Daftarkan anggota, atau impor daftar anggota.</translation>
        </message>
        <message>
            <source>Print the spine labels and stick them on the books.</source>
            <translation>Cetak label punggung dan tempelkan pada buku.</translation>
        </message>
        <message>
            <source>Make the first backup on a USB stick and keep it away from this PC: the automatic backups are on this PC's disk and are lost with it.</source>
            <translation>Buat cadangan pertama di flashdisk dan simpan jauh dari PC ini: cadangan otomatis ada di disk PC ini dan ikut hilang bersamanya.</translation>
        </message>
        <message>
            <source>First steps</source>
            <translation>Langkah pertama</translation>
        </message>
        <message>
            <source>This library is still being set up. Each step ticks itself when it is done.</source>
            <translation>Perpustakaan ini masih disiapkan. Setiap langkah tercentang sendiri bila sudah dikerjakan.</translation>
        </message>
        <message>
            <source>Hide this &amp;list</source>
            <translation>&amp;Tutup daftar ini</translation>
        </message>
        <message>
            <source>Hide the first steps list</source>
            <translation>Tutup daftar langkah pertama</translation>
        </message>
        <message>
            <source>&amp;Import a catalogue…</source>
            <translation>&amp;Impor katalog…</translation>
        </message>
        <message>
            <source>Add a &amp;book</source>
            <translation>Tambah b&amp;uku</translation>
        </message>
        <message>
            <source>Opening &amp;days…</source>
            <translation>&amp;Hari buka dan libur…</translation>
        </message>
        <message>
            <source>&amp;Members…</source>
            <translation>An&amp;ggota…</translation>
        </message>
        <message>
            <source>&amp;Print labels…</source>
            <translation>&amp;Cetak label…</translation>
        </message>
        <message>
            <source>Back up to a &amp;USB stick…</source>
            <translation>Cadangkan ke &amp;flashdisk…</translation>
        </message>
        <message>
            <source>Done: {step}</source>
            <translation>Selesai: {step}</translation>
        </message>
        <message>
            <source>To do: {step}</source>
            <translation>Belum: {step}</translation>
        </message>
    </context>
    <context>
        <name>ForgotPasswordDialog</name>
        <message>
            <source>Forgot password — recovery code</source>
            <translation>Lupa kata sandi — kode pemulihan</translation>
        </message>
        <message>
            <source>New librarian account…</source>
            <translation>Akun pustakawan baru…</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Kata sandi baru sekali lagi</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>&amp;Kode pemulihan:</translation>
        </message>
        <message>
            <source>&amp;Librarian account:</source>
            <translation>Akun &amp;pustakawan:</translation>
        </message>
        <message>
            <source>New user &amp;name:</source>
            <translation>&amp;Nama pengguna baru:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nama &amp;lengkap:</translation>
        </message>
        <message>
            <source>New pass&amp;word:</source>
            <translation>Kata &amp;sandi baru:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Kata sandi baru sekali l&amp;agi:</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>Pasang kata sandi baru</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>The recovery code was shown when the library was set up (or when a librarian last made one); it is usually kept with the village office (kepala desa). Choose the librarian account to get back, or make a new librarian account.</source>
            <translation>Kode pemulihan ditampilkan saat perpustakaan pertama kali disiapkan (atau saat pustakawan terakhir membuatnya); biasanya disimpan di kantor desa (kepala desa). Pilih akun pustakawan yang ingin dipulihkan, atau buat akun pustakawan baru.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <source>Forgot password</source>
            <translation>Lupa kata sandi</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
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
        <name>Grants</name>
        <message>
            <source>waiting for the next bundle to the village</source>
            <translation>menunggu paket berikutnya ke desa</translation>
        </message>
        <message>
            <source>sent, not yet confirmed by the village</source>
            <translation>terkirim, belum dikonfirmasi desa</translation>
        </message>
        <message>
            <source>received by the village</source>
            <translation>sudah diterima desa</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Group visit</source>
            <translation>Kunjungan rombongan</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nama rombongan</translation>
        </message>
        <message>
            <source>e.g. Class 4 SDN 1 Sukamaju</source>
            <translation>mis. Kelas 4 SDN 1 Sukamaju</translation>
        </message>
        <message>
            <source>Boys / men</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Girls / women</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>School level: {name}</source>
            <translation>Jenjang sekolah: {name}</translation>
        </message>
        <message>
            <source>Age {band}</source>
            <translation>Umur {band}</translation>
        </message>
        <message>
            <source>Purpose of the visit</source>
            <translation>Keperluan kunjungan</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <source>Count by gender, and if you like also by school level or age: the two totals must agree.</source>
            <translation>Hitung menurut jenis kelamin, dan bila perlu juga menurut jenjang sekolah atau umur: kedua jumlah harus sama.</translation>
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
        <name>GuestEntry</name>
        <message>
            <source>Guest's name</source>
            <translation>Nama tamu</translation>
        </message>
        <message>
            <source>name (empty when adding several)</source>
            <translation>nama (kosongkan bila menambah beberapa)</translation>
        </message>
        <message>
            <source>Guest's gender</source>
            <translation>Jenis kelamin tamu</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Guest's age</source>
            <translation>Umur tamu</translation>
        </message>
        <message>
            <source>How many guests</source>
            <translation>Jumlah tamu</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Tambah tamu</translation>
        </message>
        <message>
            <source>Guest without a card:</source>
            <translation>Tamu tanpa kartu:</translation>
        </message>
        <message>
            <source>How many:</source>
            <translation>Jumlah:</translation>
        </message>
        <message>
            <source>Remove participant…</source>
            <translation>Hapus peserta…</translation>
        </message>
        <message>
            <source>Same person as…</source>
            <translation>Orang yang sama dengan…</translation>
        </message>
        <message>
            <source>Present: {name}</source>
            <translation>Hadir: {name}</translation>
        </message>
        <message>
            <source>Guest added: {guest}</source>
            <translation>Tamu ditambahkan: {guest}</translation>
        </message>
        <message>
            <source>Leave the name empty to add several guests at once.</source>
            <translation>Kosongkan nama untuk menambah beberapa tamu sekaligus.</translation>
        </message>
        <message>
            <source>{count} guests added: {gender}, {band}</source>
            <translation>{count} tamu ditambahkan: {gender}, {band}</translation>
        </message>
        <message>
            <source>Already a participant</source>
            <translation>Sudah menjadi peserta</translation>
        </message>
        <message>
            <source>{who} is already a participant of this programme.</source>
            <translation>{who} sudah menjadi peserta kegiatan ini.</translation>
        </message>
        <message>
            <source>She or he is already marked present at this session.</source>
            <translation>Ia sudah ditandai hadir di pertemuan ini.</translation>
        </message>
        <message>
            <source>Is this the same person?</source>
            <translation>Apakah ini orang yang sama?</translation>
        </message>
        <message>
            <source>Same person: mark present</source>
            <translation>Orang yang sama: tandai hadir</translation>
        </message>
        <message>
            <source>Another person: add a new guest</source>
            <translation>Orang lain: tambah tamu baru</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose a participant in the list first.</source>
            <translation>Pilih dulu seorang peserta di daftar.</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Hapus peserta</translation>
        </message>
        <message>
            <source>Remove {who} from this programme's participants?</source>
            <translation>Hapus {who} dari daftar peserta kegiatan ini?</translation>
        </message>
        <message>
            <source>Removed: {who}</source>
            <translation>Dihapus: {who}</translation>
        </message>
        <message>
            <source>Choose the guest entered twice (not the member with a card) in the list first.</source>
            <translation>Pilih dulu di daftar tamu yang tercatat dua kali (bukan anggota yang berkartu).</translation>
        </message>
        <message>
            <source>The same person as</source>
            <translation>Orang yang sama dengan</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Orang yang sama</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gabungkan</translation>
        </message>
        <message>
            <source>{who} and the participant chosen below are one person: the attendance of {who} moves to that participant, and {who} leaves the list.</source>
            <translation>{who} dan peserta yang dipilih di bawah adalah satu orang: kehadiran {who} dipindahkan ke peserta itu, dan {who} keluar dari daftar.</translation>
        </message>
        <message>
            <source>{who} merged into {into}.</source>
            <translation>{who} digabungkan ke {into}.</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>The computer's clock ({now}) is earlier than changes already saved in this library (up to {latest}). Check the date and time; a librarian must confirm them before books can be lent or returned.</source>
            <translation>Jam komputer ({now}) lebih awal daripada perubahan yang sudah tersimpan di perpustakaan ini (sampai {latest}). Periksa tanggal dan jam; pustakawan harus mengonfirmasinya sebelum buku bisa dipinjam atau dikembalikan.</translation>
        </message>
        <message>
            <source>The computer's clock says {now}, which cannot be right (is the clock battery flat?). Set the date and time; a librarian must confirm them before books can be lent or returned.</source>
            <translation>Jam komputer menunjukkan {now}, dan itu tidak mungkin benar (baterai jam habis?). Atur tanggal dan jam; pustakawan harus mengonfirmasinya sebelum buku bisa dipinjam atau dikembalikan.</translation>
        </message>
        <message>
            <source>The computer's clock says {now}, long after the last change saved in this library ({latest}). Check the date and time; a librarian must confirm them before books can be lent or returned.</source>
            <translation>Jam komputer menunjukkan {now}, jauh setelah perubahan terakhir yang tersimpan di perpustakaan ini ({latest}). Periksa tanggal dan jam; pustakawan harus mengonfirmasinya sebelum buku bisa dipinjam atau dikembalikan.</translation>
        </message>
        <message>
            <source>Set the date, the time and the time zone (WIB, WITA or WIT) in Windows' date and time settings.</source>
            <translation>Atur tanggal, jam, dan zona waktu (WIB, WITA, atau WIT) di pengaturan tanggal dan waktu Windows.</translation>
        </message>
        <message>
            <source>This computer's clock is {amount} behind the district server.</source>
            <translation>Jam komputer ini {amount} di belakang server kabupaten.</translation>
        </message>
        <message>
            <source>This computer's clock is {amount} ahead of the district server.</source>
            <translation>Jam komputer ini {amount} lebih cepat dari server kabupaten.</translation>
        </message>
        <message>
            <source>{count} year(s)</source>
            <translation>{count} tahun</translation>
        </message>
        <message>
            <source>{count} day(s)</source>
            <translation>{count} hari</translation>
        </message>
        <message>
            <source>{count} hour(s)</source>
            <translation>{count} jam</translation>
        </message>
        <message>
            <source>{count} minute(s)</source>
            <translation>{count} menit</translation>
        </message>
        <message>
            <source>The import of {file} started on {time} did not finish (the computer was switched off or the program was stopped). Nothing of it was saved: import the file again.</source>
            <translation>Impor {file} yang dimulai pada {time} tidak selesai (komputer mati atau program dihentikan). Tidak ada satu pun yang tersimpan: impor berkas itu lagi.</translation>
        </message>
        <message>
            <source>An import of {file} did not finish (the computer was switched off or the program was stopped). Nothing of it was saved: import the file again.</source>
            <translation>Impor {file} tidak selesai (komputer mati atau program dihentikan). Tidak ada satu pun yang tersimpan: impor berkas itu lagi.</translation>
        </message>
        <message>
            <source>An import did not finish</source>
            <translation>Impor tidak selesai</translation>
        </message>
    </context>
    <context>
        <name>HolidayDialog</name>
        <message>
            <source>New holiday</source>
            <translation>Hari libur baru</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Hari pertama</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Hari terakhir</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Nama hari libur</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>Hari &amp;pertama:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>Hari &amp;terakhir:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nama:</translation>
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
        <name>HolidaysTab</name>
        <message>
            <source>Monday</source>
            <translation>Senin</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Selasa</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Rabu</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Kamis</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Jumat</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <source>Closed on {day}</source>
            <translation>Tutup pada hari {day}</translation>
        </message>
        <message>
            <source>&amp;Save closing days</source>
            <translation>&amp;Simpan hari tutup</translation>
        </message>
        <message>
            <source>Save closing days</source>
            <translation>Simpan hari tutup</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Hari pertama</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Hari terakhir</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Hari libur</translation>
        </message>
        <message>
            <source>&amp;Add holiday…</source>
            <translation>&amp;Tambah hari libur…</translation>
        </message>
        <message>
            <source>Add holiday</source>
            <translation>Tambah hari libur</translation>
        </message>
        <message>
            <source>Add &amp;national holidays…</source>
            <translation>Tambah libur &amp;nasional…</translation>
        </message>
        <message>
            <source>Add national holidays</source>
            <translation>Tambah libur nasional</translation>
        </message>
        <message>
            <source>&amp;Remove holiday</source>
            <translation>Hapus hari &amp;libur</translation>
        </message>
        <message>
            <source>Remove holiday</source>
            <translation>Hapus hari libur</translation>
        </message>
        <message>
            <source>The library is closed every week on:</source>
            <translation>Perpustakaan tutup setiap minggu pada hari:</translation>
        </message>
        <message>
            <source>Holidays and other closing days (a due date never falls on them):</source>
            <translation>Hari libur dan hari tutup lainnya (batas kembali tidak pernah jatuh pada hari ini):</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>The weekly closing days were saved.</source>
            <translation>Hari tutup mingguan sudah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>HubWatch</name>
        <message>
            <source>Synced with the district hub: {sent} bundle(s) sent, {fetched} received.</source>
            <translation>Tersinkron dengan hub dinas: {sent} paket terkirim, {fetched} diterima.</translation>
        </message>
        <message>
            <source>Sync with the district hub did not finish: {why}</source>
            <translation>Sinkronisasi dengan hub dinas belum selesai: {why}</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Locked by {name}. Type your password or PIN to go on.</source>
            <translation>Dikunci oleh {name}. Ketik kata sandi atau PIN Anda untuk melanjutkan.</translation>
        </message>
    </context>
    <context>
        <name>Impact</name>
        <message>
            <source>Library impact {period}</source>
            <translation>Dampak perpustakaan {period}</translation>
        </message>
        <message>
            <source>Compared with {previous}</source>
            <translation>Dibandingkan dengan {previous}</translation>
        </message>
        <message>
            <source>Counted up to {date}, compared with {previous}</source>
            <translation>Dihitung sampai {date}, dibandingkan dengan {previous}</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <source>{per_day} per open day</source>
            <translation>{per_day} per hari buka</translation>
        </message>
        <message>
            <source>{per_day} per open day from {date}</source>
            <translation>{per_day} per hari buka sejak {date}</translation>
        </message>
        <message>
            <source>not recorded in Pustaka</source>
            <translation>tidak tercatat di Pustaka</translation>
        </message>
        <message>
            <source>Pustaka has no record of the activities of this period.</source>
            <translation>Kegiatan pada periode ini tidak tercatat di Pustaka.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>{new} new, {active} active</source>
            <translation>{new} baru, {active} aktif</translation>
        </message>
        <message>
            <source>{new} new, {active} active from {date}</source>
            <translation>{new} baru, {active} aktif sejak {date}</translation>
        </message>
        <message>
            <source>{new} new; active: not recorded in Pustaka</source>
            <translation>{new} baru; yang aktif: tidak tercatat di Pustaka</translation>
        </message>
        <message>
            <source>Books borrowed</source>
            <translation>Buku dipinjam</translation>
        </message>
        <message>
            <source>by {borrowers} borrowers</source>
            <translation>oleh {borrowers} peminjam</translation>
        </message>
        <message>
            <source>by {borrowers} borrowers; digital shelf used {digital} times</source>
            <translation>oleh {borrowers} peminjam; rak digital dibuka {digital} kali</translation>
        </message>
        <message>
            <source>Programme participants</source>
            <translation>Peserta kegiatan</translation>
        </message>
        <message>
            <source>{programmes} programmes, {sessions} sessions</source>
            <translation>{programmes} kegiatan, {sessions} pertemuan</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>working with the library</source>
            <translation>bekerja sama dengan perpustakaan</translation>
        </message>
        <message>
            <source>New books</source>
            <translation>Buku baru</translation>
        </message>
        <message>
            <source>collection now: {copies} books, {titles} titles</source>
            <translation>koleksi kini: {copies} eksemplar, {titles} judul</translation>
        </message>
        <message>
            <source>before: {value}</source>
            <translation>sebelumnya: {value}</translation>
        </message>
        <message>
            <source>before: {value} (recorded only from {date})</source>
            <translation>sebelumnya: {value} (baru dicatat sejak {date})</translation>
        </message>
        <message>
            <source>before: not recorded in Pustaka</source>
            <translation>sebelumnya: tidak tercatat di Pustaka</translation>
        </message>
        <message>
            <source>{label} (recorded from {date})</source>
            <translation>{label} (dicatat sejak {date})</translation>
        </message>
        <message>
            <source>Who the library serves</source>
            <translation>Siapa yang dilayani</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>tidak dicatat</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Children and young people (0–18): {share} of visitors</source>
            <translation>Anak dan remaja (0–18 tahun): {share} pengunjung</translation>
        </message>
        <message>
            <source>Children and young people (0–18): {share} of visitors whose age was recorded</source>
            <translation>Anak dan remaja (0–18 tahun): {share} pengunjung yang dicatat umurnya</translation>
        </message>
        <message>
            <source>The visitor book of this period did not record ages.</source>
            <translation>Buku tamu periode ini tidak mencatat umur pengunjung.</translation>
        </message>
        <message>
            <source>School groups: {groups} visits, {pupils} pupils</source>
            <translation>Rombongan sekolah: {groups} kunjungan, {pupils} siswa</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>{name}: {sessions} sessions, {participants} participants</source>
            <translation>{name}: {sessions} pertemuan, {participants} peserta</translation>
        </message>
        <message>
            <source>No programme sessions in this period.</source>
            <translation>Tidak ada pertemuan kegiatan pada periode ini.</translation>
        </message>
        <message>
            <source>With: {names}</source>
            <translation>Bersama: {names}</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Kisah</translation>
        </message>
        <message>
            <source>What the library received</source>
            <translation>Yang diterima perpustakaan</translation>
        </message>
        <message>
            <source>Budget: {amount}</source>
            <translation>Anggaran: {amount}</translation>
        </message>
        <message>
            <source>That is {amount} per visit.</source>
            <translation>Artinya {amount} per kunjungan.</translation>
        </message>
        <message>
            <source>Budget: not entered.</source>
            <translation>Anggaran: belum diisi.</translation>
        </message>
        <message>
            <source>{copies} new books:</source>
            <translation>{copies} buku baru:</translation>
        </message>
        <message>
            <source>• bought: {copies}</source>
            <translation>• dibeli: {copies}</translation>
        </message>
        <message>
            <source>• grants: {copies}</source>
            <translation>• hibah: {copies}</translation>
        </message>
        <message>
            <source>• donated: {copies}</source>
            <translation>• sumbangan: {copies}</translation>
        </message>
        <message>
            <source>• other: {copies}</source>
            <translation>• lainnya: {copies}</translation>
        </message>
        <message>
            <source>– from {fund}: {copies}</source>
            <translation>– dari {fund}: {copies}</translation>
        </message>
        <message>
            <source>{line}, worth {amount}</source>
            <translation>{line}, senilai {amount}</translation>
        </message>
        <message>
            <source>{line}, worth {amount} (price written on {priced} of them)</source>
            <translation>{line}, senilai {amount} (harga tercatat pada {priced} eksemplar)</translation>
        </message>
        <message>
            <source>We ask for: {amount}</source>
            <translation>Usulan anggaran: {amount}</translation>
        </message>
        <message>
            <source>Spent on books, that is about {books} new books at {price} each (the average price paid in {period}).</source>
            <translation>Bila untuk buku, cukup untuk sekitar {books} buku baru seharga {price} per buku (harga rata-rata yang dibayar pada {period}).</translation>
        </message>
        <message>
            <source>Our plans</source>
            <translation>Rencana kami</translation>
        </message>
        <message>
            <source>Not entered yet.</source>
            <translation>Belum diisi.</translation>
        </message>
        <message>
            <source>Figures from the same calculations as the IPLM report · made {date} with Pustaka</source>
            <translation>Angka dari perhitungan yang sama dengan laporan IPLM · dibuat {date} dengan Pustaka</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Sheet {sheet}</source>
            <translation>Lembar {sheet}</translation>
        </message>
        <message>
            <source>Sheet {sheet}, row {row}</source>
            <translation>Lembar {sheet}, baris {row}</translation>
        </message>
        <message>
            <source>{column}: {value} is not a date (write it day first, e.g. 17-08-2012).</source>
            <translation>{column}: {value} bukan tanggal (tulis tanggal lalu bulan dan tahun, mis. 17-08-2012).</translation>
        </message>
        <message>
            <source>{column}: {value} is not a date (use YYYY-MM-DD).</source>
            <translation>{column}: {value} bukan tanggal (tulis TTTT-BB-HH).</translation>
        </message>
        <message>
            <source>{column}: {value} is not a price in rupiah.</source>
            <translation>{column}: {value} bukan harga dalam rupiah.</translation>
        </message>
        <message>
            <source>The same book with the same accession number {number} as row {first}: read once, so its copies came in once (a row copied twice?).</source>
            <translation>Buku yang sama dengan nomor induk yang sama {number} seperti baris {first}: dibaca sekali, jadi eksemplarnya masuk sekali (baris tersalin dua kali?).</translation>
        </message>
        <message>
            <source>No record titled {title} in the catalogue: import the biblio file first.</source>
            <translation>Tidak ada judul {title} di katalog: impor berkas biblio terlebih dahulu.</translation>
        </message>
        <message>
            <source>Copy {barcode}: its record has no title, and a record without a title is left out. Give it its title in SLiMS, then import again.</source>
            <translation>Eksemplar {barcode}: cantumannya tidak berjudul, dan cantuman tanpa judul dilewati. Beri judul di SLiMS, lalu impor lagi.</translation>
        </message>
        <message>
            <source>The copy {barcode} was left out: row {first} of this file has the same barcode.</source>
            <translation>Eksemplar {barcode} tidak diimpor: baris {first} berkas ini memakai barkode yang sama.</translation>
        </message>
        <message>
            <source>The copy {barcode} was left out: the barcode belonged to a deleted copy and cannot be used again.</source>
            <translation>Eksemplar {barcode} tidak diimpor: barkode itu milik eksemplar yang sudah dihapus dan tidak bisa dipakai lagi.</translation>
        </message>
        <message>
            <source>The title (245 $a) is empty.</source>
            <translation>Judul (245 $a) kosong.</translation>
        </message>
        <message>
            <source>This MARC record is damaged and cannot be read.</source>
            <translation>Cantuman MARC ini rusak dan tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} kosong.</translation>
        </message>
        <message>
            <source>The row has {found} columns instead of {expected}.</source>
            <translation>Baris ini memiliki {found} kolom, seharusnya {expected}.</translation>
        </message>
        <message>
            <source>The fields of this row cannot be told apart: SLiMS wrote the file without a field separator (a tab typed on its export page is left out). Export it again from SLiMS with , as the field separator.</source>
            <translation>Kolom-kolom baris ini tidak dapat dipisahkan: SLiMS menulis berkas ini tanpa pemisah kolom (tab yang diketik di halaman ekspornya dibuang). Ekspor ulang dari SLiMS dengan , sebagai pemisah kolom (Field Separator).</translation>
        </message>
        <message>
            <source>Columns of the INLISLite export with no place here, not imported: {columns}.</source>
            <translation>Kolom ekspor INLISLite yang tidak punya tempat di sini, tidak diimpor: {columns}.</translation>
        </message>
        <message>
            <source>{count} copies were out on loan in INLISLite when this report was made (Ketersediaan: Dipinjam); this report does not say to whom. Import INLISLite's loan report (Laporan Peminjaman) too, with Import &amp; Export → Import loans (INLISLite, Excel)…, or with pustaka-cli loans-import Laporan_Peminjaman.xlsx. Until then these books show as on the shelf.</source>
            <translation>{count} eksemplar sedang dipinjam di INLISLite saat laporan ini dibuat (Ketersediaan: Dipinjam); laporan ini tidak menyebut siapa peminjamnya. Impor juga laporan peminjaman INLISLite (Laporan Peminjaman) lewat Impor &amp; Ekspor → Impor peminjaman (INLISLite, Excel)…, atau dengan pustaka-cli loans-import Laporan_Peminjaman.xlsx. Sampai saat itu buku-buku ini tampak ada di rak.</translation>
        </message>
        <message>
            <source>Class number {value}: the last number ({edition}) may be the DDC edition that INLISLite adds to class numbers it took from MARC; then the class is {suggestion}. Kept as written ({kept}).</source>
            <translation>Nomor kelas {value}: angka terakhir ({edition}) mungkin edisi DDC yang ditambahkan INLISLite pada nomor kelas yang diambilnya dari MARC; bila begitu, kelasnya {suggestion}. Disimpan seperti tertulis ({kept}).</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>Judul kosong.</translation>
        </message>
        <message>
            <source>The item code (barcode) is empty.</source>
            <translation>Kode eksemplar (barkode) kosong.</translation>
        </message>
        <message>
            <source>{column}: {value} is an error Excel showed for a formula, not a value: the field was left empty.</source>
            <translation>{column}: {value} adalah tanda galat yang ditampilkan Excel untuk rumus, bukan isian: kolom ini dibiarkan kosong.</translation>
        </message>
        <message>
            <source>The title is {value}, an error Excel showed for a formula, not a title: type the title in the sheet and import the row again.</source>
            <translation>Judulnya {value}, tanda galat yang ditampilkan Excel untuk rumus, bukan judul: ketik judulnya di lembar kerja, lalu impor lagi baris ini.</translation>
        </message>
        <message>
            <source>{column}: {value} gives the month but not the day: {day} was taken. Correct the day if you know it.</source>
            <translation>{column}: {value} hanya menyebut bulan, tanpa tanggalnya: diambil {day}. Perbaiki tanggalnya bila Anda mengetahuinya.</translation>
        </message>
        <message>
            <source>{column}: {value} is not a whole number.</source>
            <translation>{column}: {value} bukan bilangan bulat.</translation>
        </message>
        <message>
            <source>Not read: none of its columns holds titles.</source>
            <translation>Tidak dibaca: tidak ada kolomnya yang berisi judul.</translation>
        </message>
        <message>
            <source>Columns not imported (no field of ours was chosen for them): {columns}. Choose a field for each in the wizard's preview, or --map on the command line.</source>
            <translation>Kolom yang tidak diimpor (belum dipilihkan isian kami): {columns}. Pilih isian untuk masing-masing di pratinjau wizard, atau --map di baris perintah.</translation>
        </message>
        <message>
            <source>The sheet's name was taken as the location of its {count} rows that give none: {location}.</source>
            <translation>Nama lembar dipakai sebagai lokasi {count} barisnya yang tidak menyebut lokasi: {location}.</translation>
        </message>
        <message>
            <source>Rows {rows} have no title: each was read as another copy of the book in the row above it. If one of them is another book, move its copy to that book's record.</source>
            <translation>Baris {rows} tidak berjudul: masing-masing dibaca sebagai eksemplar lain dari buku di baris atasnya. Jika salah satunya buku lain, pindahkan eksemplarnya ke cantuman buku itu.</translation>
        </message>
        <message>
            <source>{count} rows are hidden in Excel (hidden by hand or by a filter): rows {rows}. They are imported like every other row, so the catalogue gets more than Excel shows. If they should not come in, delete them in Excel, save, and import the file again.</source>
            <translation>{count} baris disembunyikan di Excel (disembunyikan langsung atau oleh filter): baris {rows}. Baris itu tetap diimpor seperti baris lain, jadi katalog mendapat lebih banyak daripada yang tampil di Excel. Jika tidak boleh ikut masuk, hapus baris itu di Excel, simpan, lalu impor berkasnya lagi.</translation>
        </message>
        <message>
            <source>Rows {rows}: text that is only question marks (????). Excel's plain "CSV" turns Arabic and Javanese script into question marks, and the script cannot be read back from this file. In Excel, save the sheet again as "CSV UTF-8" or "Unicode Text" and import that file instead.</source>
            <translation>Baris {rows}: teks yang hanya berisi tanda tanya (????). "CSV" biasa dari Excel mengubah aksara Arab dan Jawa menjadi tanda tanya, dan aksara itu tidak dapat dibaca kembali dari berkas ini. Di Excel, simpan lagi lembar itu sebagai "CSV UTF-8" atau "Unicode Text", lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Baris {row}: {message}</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… dan {count} lagi.</translation>
        </message>
        <message>
            <source>Already members here ({count}): {names}.</source>
            <translation>Sudah menjadi anggota di sini ({count}): {names}.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>dan {count} lainnya</translation>
        </message>
        <message>
            <source>{count} member number(s) had lost the zeros in front ({written} → {number}): taken as those members.</source>
            <translation>{count} nomor anggota kehilangan angka nol di depannya ({written} → {number}): diambil sebagai anggota tersebut.</translation>
        </message>
        <message>
            <source>{count} new member number(s) are shorter than this library's (as {number}), as if a spreadsheet had dropped their zeros in front: {written}. Kept as written; check them against the members' cards.</source>
            <translation>{count} nomor anggota baru lebih pendek daripada nomor perpustakaan ini (seperti {number}), seolah-olah angka nol di depannya dibuang oleh spreadsheet: {written}. Disimpan sesuai tulisan; cocokkan dengan kartu anggotanya.</translation>
        </message>
        <message>
            <source>{name} ({number}) may be member {others}: the number may have lost its zeros in front, and more than one member's number fits; came in as a member of their own.</source>
            <translation>{name} ({number}) mungkin anggota {others}: nomornya mungkin kehilangan angka nol di depan, dan lebih dari satu nomor anggota cocok; masuk sebagai anggota tersendiri.</translation>
        </message>
        <message>
            <source>{count} row(s) list a member an earlier row lists too: each was taken into that member (what only it had fills the empty fields, what differs is kept in the member's notes).</source>
            <translation>{count} baris mencantumkan anggota yang juga ada di baris sebelumnya: masing-masing digabung ke anggota itu (yang hanya ada di baris itu mengisi kolom yang kosong, yang berbeda disimpan di catatan anggota).</translation>
        </message>
        <message>
            <source>The same member as row {first} ({name}): taken as one member.</source>
            <translation>Anggota yang sama dengan baris {first} ({name}): diambil sebagai satu anggota.</translation>
        </message>
        <message>
            <source>member_id {number} is also {name}'s, on row {first}: two people under one number are never made one, so this row is left out. Give one of them another number and import the file again.</source>
            <translation>member_id {number} juga milik {name} di baris {first}: dua orang dengan satu nomor tidak pernah disatukan, jadi baris ini tidak dimasukkan. Beri salah satunya nomor lain, lalu impor berkas ini lagi.</translation>
        </message>
        <message>
            <source>New member types: {names}</source>
            <translation>Jenis anggota baru: {names}</translation>
        </message>
        <message>
            <source>Member types that take SLiMS's loan terms (books, days, fines) instead of the starting rules: {names}</source>
            <translation>Jenis anggota yang memakai aturan pinjam SLiMS (jumlah buku, lama pinjam, denda) sebagai ganti aturan awal: {names}</translation>
        </message>
        <message>
            <source>The file names {count} member photos: they come in when SLiMS's images folder (images/persons) is chosen too.</source>
            <translation>Berkas menyebut {count} foto anggota: foto ikut masuk bila folder images SLiMS (images/persons) juga dipilih.</translation>
        </message>
        <message>
            <source>{count} member(s) are possibly the same person as another (the same name with the same NIK, phone or address, but another birth date; or the same NIK under another name): each came in as a member of their own, never merged. Check them on the Members page.</source>
            <translation>{count} anggota mungkin orang yang sama dengan anggota lain (nama sama dengan NIK, telepon atau alamat yang sama, tetapi tanggal lahir lain; atau NIK sama dengan nama lain): masing-masing masuk sebagai anggota tersendiri, tidak digabung. Periksa di halaman Anggota.</translation>
        </message>
        <message>
            <source>{name} may be {other} of row {first}: came in as a member of their own.</source>
            <translation>{name} mungkin sama dengan {other} di baris {first}: masuk sebagai anggota tersendiri.</translation>
        </message>
        <message>
            <source>{name} may be member {first} ({other}): came in as a member of their own.</source>
            <translation>{name} mungkin sama dengan anggota {first} ({other}): masuk sebagai anggota tersendiri.</translation>
        </message>
        <message>
            <source>SLiMS's loan rules (a member type borrowing a collection type on other terms): {rules}</source>
            <translation>Aturan pinjam SLiMS (jenis anggota yang meminjam satu jenis koleksi dengan ketentuan lain): {rules}</translation>
        </message>
        <message>
            <source>member_id is empty.</source>
            <translation>member_id kosong.</translation>
        </message>
        <message>
            <source>The NIK {value} was turned into a number by a spreadsheet, and its last digits are lost: it is kept in the member's notes as it is; ask the member for the number.</source>
            <translation>NIK {value} diubah menjadi angka oleh program lembar kerja, dan angka-angka terakhirnya hilang: disimpan apa adanya di catatan anggota; tanyakan nomornya kepada anggota.</translation>
        </message>
        <message>
            <source>The NIK {value} was kept as a number in a spreadsheet, and Excel keeps 15 digits of 16: its last digit may not be the one typed. It is the member's NIK, with a note to check it; ask the member for the number.</source>
            <translation>NIK {value} disimpan sebagai angka di lembar kerja, dan Excel hanya menyimpan 15 dari 16 angka: angka terakhirnya mungkin bukan yang diketik. NIK itu tetap menjadi NIK anggota, dengan catatan untuk memeriksanya; tanyakan nomornya kepada anggota.</translation>
        </message>
        <message>
            <source>{column}: {value} is not a gender (L or P): kept as written in the member's notes.</source>
            <translation>{column}: {value} bukan jenis kelamin (L atau P): disimpan seperti tertulis di catatan anggota.</translation>
        </message>
        <message>
            <source>{column}: {value} is not a date: kept as written in the member's notes.</source>
            <translation>{column}: {value} bukan tanggal: disimpan seperti tertulis di catatan anggota.</translation>
        </message>
        <message>
            <source>{column}: {value} gives the month but not the day: the 1st was taken, and the date as written is kept in the member's notes.</source>
            <translation>{column}: {value} hanya menyebut bulan, tanpa tanggalnya: diambil tanggal 1, dan tanggal seperti tertulis disimpan di catatan anggota.</translation>
        </message>
        <message>
            <source>The phone {value} is not a phone number: kept as written in the member's notes.</source>
            <translation>Telepon {value} bukan nomor telepon: disimpan seperti tertulis di catatan anggota.</translation>
        </message>
        <message>
            <source>The e-mail {value} is not an e-mail address: kept as written in the member's notes.</source>
            <translation>Email {value} bukan alamat email: disimpan seperti tertulis di catatan anggota.</translation>
        </message>
        <message>
            <source>The membership ends ({value}) before it starts: the end is kept as written in the member's notes, and the membership lasts as its type says.</source>
            <translation>Keanggotaan berakhir ({value}) sebelum dimulai: tanggal akhirnya disimpan seperti tertulis di catatan anggota, dan keanggotaan berlaku selama yang ditetapkan jenisnya.</translation>
        </message>
        <message>
            <source>The birth date {value} cannot be right (after today or before 1900): kept as written in the member's notes.</source>
            <translation>Tanggal lahir {value} tidak mungkin benar (sesudah hari ini atau sebelum 1900): disimpan seperti tertulis di catatan anggota.</translation>
        </message>
        <message>
            <source>{count} value(s) did not look right (a phone, an e-mail, a date): each member came in, and the value is kept as written in the member's notes.</source>
            <translation>{count} isian tampak tidak benar (telepon, email, tanggal): setiap anggota tetap masuk, dan isian itu disimpan seperti tertulis di catatan anggotanya.</translation>
        </message>
        <message>
            <source>member_type_name is empty.</source>
            <translation>member_type_name kosong.</translation>
        </message>
        <message>
            <source>{count} members were not active in INLISLite (Status Keanggotaan other than Aktif): they came in blocked, as INLISLite would not lend to them. Unblock a member on the Anggota page when the membership is active again.</source>
            <translation>{count} anggota tidak aktif di INLISLite (Status Keanggotaan selain Aktif): mereka masuk dalam keadaan diblokir, sebagaimana INLISLite tidak meminjamkan kepada mereka. Buka blokir anggota di halaman Anggota bila keanggotaannya aktif lagi.</translation>
        </message>
        <message>
            <source>SLiMS's loan rule for {member_type} and the material {gmd} is left out: loan rules here are per collection type. Set one on the Settings page if it is still needed.</source>
            <translation>Aturan pinjam SLiMS untuk {member_type} dan bahan {gmd} tidak dibawa: aturan pinjam di sini per jenis koleksi. Buat aturannya di halaman Pengaturan bila masih diperlukan.</translation>
        </message>
        <message>
            <source>Reservations waiting: {count}.</source>
            <translation>Pemesanan yang menunggu: {count}.</translation>
        </message>
        <message>
            <source>{count} reserved copy(ies) are on the shelf: SLiMS kept each for the member who reserved it, so it waits on the hold shelf here for them. Take these copies to the hold shelf:</source>
            <translation>{count} eksemplar yang dipesan ada di rak: SLiMS menyimpan masing-masing untuk anggota yang memesannya, jadi di sini eksemplar itu menunggu mereka di rak pesanan. Pindahkan eksemplar ini ke rak pesanan:</translation>
        </message>
        <message>
            <source>Copy {barcode}: for {member}.</source>
            <translation>Eksemplar {barcode}: untuk {member}.</translation>
        </message>
        <message>
            <source>Holidays from SLiMS's calendar: {count}.</source>
            <translation>Hari libur dari kalender SLiMS: {count}.</translation>
        </message>
        <message>
            <source>Closed every week, as at SLiMS: {days}.</source>
            <translation>Tutup setiap minggu, seperti di SLiMS: {days}.</translation>
        </message>
        <message>
            <source>The reserved title is not in the catalogue: import the catalogue from this backup first.</source>
            <translation>Judul yang dipesan tidak ada di katalog: impor dulu katalog dari cadangan ini.</translation>
        </message>
        <message>
            <source>The reservation has no usable date ({value}).</source>
            <translation>Pemesanan ini tidak punya tanggal yang dapat dipakai ({value}).</translation>
        </message>
        <message>
            <source>The holiday has no usable date ({value}).</source>
            <translation>Hari libur ini tidak punya tanggal yang dapat dipakai ({value}).</translation>
        </message>
        <message>
            <source>Member {member} is not in the member list: import the members from this backup first.</source>
            <translation>Anggota {member} tidak ada di daftar anggota: impor dulu anggota dari cadangan ini.</translation>
        </message>
        <message>
            <source>{count} copy(ies) are still out at SLiMS to members SLiMS had deleted (they are not in this backup's member list): each is on loan here to a member made from what the backup knows, blocked until you complete their details on the Members page.</source>
            <translation>{count} eksemplar masih dipinjam di SLiMS oleh anggota yang sudah dihapus SLiMS (tidak ada di daftar anggota cadangan ini): masing-masing tercatat dipinjam di sini oleh anggota yang dibuat dari data yang ada di cadangan, diblokir sampai datanya Anda lengkapi di halaman Anggota.</translation>
        </message>
        <message>
            <source>{count} line(s) of the visitor book are here already (the same name on the same day, from a visitor book sheet): not added again, so they are not counted twice.</source>
            <translation>{count} baris buku tamu sudah ada di sini (nama yang sama pada hari yang sama, dari lembar buku tamu): tidak ditambahkan lagi, jadi tidak dihitung dua kali.</translation>
        </message>
        <message>
            <source>{count} day(s) of SLiMS's visitor book already have visits in the book here (from {first} to {last}), from the desk or a sheet: check that those days are not counted twice.</source>
            <translation>{count} hari dari buku tamu SLiMS sudah punya kunjungan di buku tamu di sini (dari {first} sampai {last}), dari meja layanan atau lembar Excel: periksa agar hari-hari itu tidak terhitung dua kali.</translation>
        </message>
        <message>
            <source>Copy {barcode}: on loan to {member} ({name}).</source>
            <translation>Eksemplar {barcode}: dipinjam oleh {member} ({name}).</translation>
        </message>
        <message>
            <source>{count} row(s) of {people} member(s) SLiMS had deleted (they are not in this backup's member list), such as {examples}: their returned loans, fines and reservations are left out.</source>
            <translation>{count} baris milik {people} anggota yang sudah dihapus SLiMS (tidak ada di daftar anggota cadangan ini), misalnya {examples}: peminjaman yang sudah kembali, denda, dan reservasinya tidak dimasukkan.</translation>
        </message>
        <message>
            <source>Member {member} is not in the member list, and this backup has no member list to tell who it was: import the members first.</source>
            <translation>Anggota {member} tidak ada di daftar anggota, dan cadangan ini tidak memuat daftar anggota untuk mengetahui siapa dia: impor anggota terlebih dahulu.</translation>
        </message>
        <message>
            <source>Member {member} was deleted in this library: left out.</source>
            <translation>Anggota {member} sudah dihapus di perpustakaan ini: tidak dimasukkan.</translation>
        </message>
        <message>
            <source>Late fines count open days only, as at SLiMS (its "Ignore Holidays Fine Calculation" was on): days the library is closed are not charged.</source>
            <translation>Denda keterlambatan hanya menghitung hari buka, seperti di SLiMS (pengaturan "Ignore Holidays Fine Calculation"-nya aktif): hari perpustakaan tutup tidak didenda.</translation>
        </message>
        <message>
            <source>Member {member} reserved a title that has a copy on the shelf here ({title}): reserve it at the desk if it is still wanted.</source>
            <translation>Anggota {member} memesan judul yang eksemplarnya ada di rak di sini ({title}): pesankan di meja layanan bila masih diinginkan.</translation>
        </message>
        <message>
            <source>Copy {barcode} is not in the catalogue: its record in this backup (line {line}) has no title, so it did not come in with the catalogue. Give that record a title in SLiMS, then import the catalogue and this history again.</source>
            <translation>Eksemplar {barcode} tidak ada di katalog: cantumannya di cadangan ini (baris {line}) tanpa judul, jadi tidak ikut masuk bersama katalog. Beri judul cantuman itu di SLiMS, lalu impor lagi katalog dan riwayat ini.</translation>
        </message>
        <message>
            <source>Copy {barcode} is not in the catalogue, nor among this backup's copies (SLiMS had deleted it): left out.</source>
            <translation>Eksemplar {barcode} tidak ada di katalog, juga tidak ada di daftar eksemplar cadangan ini (sudah dihapus di SLiMS): dilewati.</translation>
        </message>
        <message>
            <source>The reserved title is not in the catalogue: its record in this backup (line {line}) has no title, so it did not come in with the catalogue. Give that record a title in SLiMS, then import the catalogue and this history again.</source>
            <translation>Judul yang dipesan tidak ada di katalog: cantumannya di cadangan ini (baris {line}) tanpa judul, jadi tidak ikut masuk bersama katalog. Beri judul cantuman itu di SLiMS, lalu impor lagi katalog dan riwayat ini.</translation>
        </message>
        <message>
            <source>The loan has no date it was lent ({value}).</source>
            <translation>Peminjaman ini tidak punya tanggal pinjam ({value}).</translation>
        </message>
        <message>
            <source>The loan is dated {date}, after today: left out (check the date of the SLiMS computer).</source>
            <translation>Peminjaman ini bertanggal {date}, sesudah hari ini: tidak diambil (periksa tanggal komputer SLiMS).</translation>
        </message>
        <message>
            <source>Copy {barcode} is not in the catalogue: import the catalogue from this backup first.</source>
            <translation>Eksemplar {barcode} tidak ada di katalog: impor dulu katalog dari cadangan ini.</translation>
        </message>
        <message>
            <source>Copy {barcode} is also out on the loan of line {first}: left out.</source>
            <translation>Eksemplar {barcode} juga sedang dipinjam pada baris {first}: tidak diambil.</translation>
        </message>
        <message>
            <source>{count} returned loan(s) have no return date: taken as returned on their due date (they count in the month they were lent).</source>
            <translation>{count} peminjaman yang sudah kembali tidak mencantumkan tanggal dikembalikan: dianggap kembali pada batas kembalinya (tetap dihitung pada bulan dipinjamnya).</translation>
        </message>
        <message>
            <source>{count} returned loan(s) are here already (the same copy and member at the same time, from a SLiMS history or the desk): not added again, so they are not counted twice.</source>
            <translation>{count} peminjaman yang sudah kembali sudah ada di sini (eksemplar dan anggota yang sama pada waktu yang sama, dari riwayat SLiMS atau meja layanan): tidak ditambahkan lagi, agar tidak terhitung dua kali.</translation>
        </message>
        <message>
            <source>{count} loan(s) still out here (from a SLiMS backup or the desk) came back by the file: returned on the day it says, so the desk shows the copies on the shelf.</source>
            <translation>{count} peminjaman yang masih tercatat dipinjam di sini (dari cadangan SLiMS atau meja layanan) sudah kembali menurut berkas: dicatat kembali pada tanggal di berkas, jadi meja layanan menampilkan eksemplarnya di rak.</translation>
        </message>
        <message>
            <source>{count} returned loan(s) are left out because their member or copy is not here, so the reports of their months do not count them (the rows are listed below): register the member or import the catalogue, then import this file again; only those rows come in.</source>
            <translation>{count} peminjaman yang sudah kembali tidak diimpor karena anggota atau eksemplarnya tidak ada di sini, sehingga laporan bulan-bulan itu tidak menghitungnya (barisnya tercantum di bawah): daftarkan anggotanya atau impor katalognya, lalu impor berkas ini lagi; hanya baris-baris itu yang masuk.</translation>
        </message>
        <message>
            <source>{count} loan(s) are already past their due date: the desk shows them overdue, and a return charges the fine by this library's rules from the due date (waive it on the member's page if the library forgives the days before the move).</source>
            <translation>{count} peminjaman sudah lewat batas kembalinya: meja layanan menampilkannya sebagai terlambat, dan saat dikembalikan denda dihitung menurut aturan perpustakaan ini sejak batas kembali (bebaskan di halaman anggota bila perpustakaan memaafkan hari-hari sebelum pindah).</translation>
        </message>
        <message>
            <source>The file has no column that says a loan came back ("Tgl Dikembalikan", "Ket."): every row is taken as a book still out. Check the count before importing.</source>
            <translation>Berkas ini tidak punya kolom yang menyatakan buku sudah kembali ("Tgl Dikembalikan", "Ket."): setiap baris dianggap buku yang masih dipinjam. Periksa jumlahnya sebelum mengimpor.</translation>
        </message>
        <message>
            <source>{count} members are named {name}: write the card number in the row.</source>
            <translation>{count} anggota bernama {name}: tuliskan nomor kartunya di baris ini.</translation>
        </message>
        <message>
            <source>No member has card number {number}: register the member (or import the members) first.</source>
            <translation>Tidak ada anggota dengan nomor kartu {number}: daftarkan anggotanya (atau impor anggota) lebih dulu.</translation>
        </message>
        <message>
            <source>No member is named {name}: register the member (or import the members) first, or write the card number in the row.</source>
            <translation>Tidak ada anggota bernama {name}: daftarkan anggotanya (atau impor anggota) lebih dulu, atau tuliskan nomor kartunya di baris ini.</translation>
        </message>
        <message>
            <source>The row names no member.</source>
            <translation>Baris ini tidak menyebut anggota.</translation>
        </message>
        <message>
            <source>{code} is the number of {count} copies: write the copy's barcode.</source>
            <translation>{code} adalah nomor {count} eksemplar: tuliskan barkode eksemplarnya.</translation>
        </message>
        <message>
            <source>The title {title} has {count} copies: write the copy's barcode or accession number, so the loan is counted on the right one.</source>
            <translation>Judul {title} punya {count} eksemplar: tuliskan barkode atau nomor induk eksemplarnya, agar peminjaman tercatat pada eksemplar yang benar.</translation>
        </message>
        <message>
            <source>The title {title} has {count} copies on the shelf: write the copy's barcode or accession number, so the right one is marked as lent.</source>
            <translation>Judul {title} punya {count} eksemplar di rak: tuliskan barkode atau nomor induk eksemplarnya, agar yang benar yang ditandai dipinjam.</translation>
        </message>
        <message>
            <source>The title {title} has no copy on the shelf here to be this loan.</source>
            <translation>Judul {title} tidak punya eksemplar di rak di sini untuk peminjaman ini.</translation>
        </message>
        <message>
            <source>{count} titles are called {title}: write the copy's barcode or accession number.</source>
            <translation>Ada {count} judul bernama {title}: tuliskan barkode atau nomor induk eksemplarnya.</translation>
        </message>
        <message>
            <source>No copy has the barcode or accession number {code}: import the catalogue first.</source>
            <translation>Tidak ada eksemplar dengan barkode atau nomor induk {code}: impor katalog lebih dulu.</translation>
        </message>
        <message>
            <source>No title {title} is in the catalogue: import the catalogue first.</source>
            <translation>Judul {title} tidak ada di katalog: impor katalog lebih dulu.</translation>
        </message>
        <message>
            <source>The row names no book.</source>
            <translation>Baris ini tidak menyebut buku.</translation>
        </message>
        <message>
            <source>The loan has no date it was lent.</source>
            <translation>Peminjaman ini tidak punya tanggal pinjam.</translation>
        </message>
        <message>
            <source>The loan is dated {date}, after today: left out (check the date).</source>
            <translation>Peminjaman ini bertanggal {date}, setelah hari ini: tidak diimpor (periksa tanggalnya).</translation>
        </message>
        <message>
            <source>Copy {barcode} came to the library on {received}, after this loan of {date}: check the dates (or the copy's date received).</source>
            <translation>Eksemplar {barcode} diterima perpustakaan tanggal {received}, sesudah peminjaman tanggal {date} ini: periksa tanggalnya (atau tanggal terima eksemplarnya).</translation>
        </message>
        <message>
            <source>Copy {barcode} is also out on the loan of row {first}: left out.</source>
            <translation>Eksemplar {barcode} juga sedang dipinjam pada baris {first}: tidak diimpor.</translation>
        </message>
        <message>
            <source>Copy {barcode} is already on loan here: left out.</source>
            <translation>Eksemplar {barcode} sudah dipinjam di sini: tidak diambil.</translation>
        </message>
        <message>
            <source>Copy {barcode} was lent here again after this loan of {date}: it came back, and the loan is left out.</source>
            <translation>Eksemplar {barcode} sudah dipinjamkan lagi di sini setelah peminjaman tanggal {date} ini: berarti sudah kembali, dan peminjaman ini tidak diimpor.</translation>
        </message>
        <message>
            <source>Copy {barcode} is marked "{status}" here, not on the shelf: correct the copy first.</source>
            <translation>Eksemplar {barcode} di sini berstatus "{status}", bukan di rak: perbaiki data eksemplarnya lebih dulu.</translation>
        </message>
        <message>
            <source>The loan of {date} was returned on {back}, before it was lent: check the dates; left out.</source>
            <translation>Peminjaman tanggal {date} tercatat dikembalikan tanggal {back}, sebelum dipinjam: periksa tanggalnya; tidak diimpor.</translation>
        </message>
        <message>
            <source>The loan of {date} was returned on {back}, after today: check the date; left out.</source>
            <translation>Peminjaman tanggal {date} tercatat dikembalikan tanggal {back}, sesudah hari ini: periksa tanggalnya; tidak diimpor.</translation>
        </message>
        <message>
            <source>Copy {barcode} was out on the loan of row {first} (lent {date}) at the same time: check the dates; left out.</source>
            <translation>Eksemplar {barcode} pada waktu yang sama sedang dipinjam menurut baris {first} (dipinjam {date}): periksa tanggalnya; tidak diimpor.</translation>
        </message>
        <message>
            <source>Copy {barcode} was out to another member at the same time (a loan here, lent {date}): check the dates; left out.</source>
            <translation>Eksemplar {barcode} pada waktu yang sama sedang dipinjam anggota lain (peminjaman di sini, dipinjam {date}): periksa tanggalnya; tidak diimpor.</translation>
        </message>
        <message>
            <source>Copy {barcode} was lent here again after this SLiMS loan of {date}: it came back, and the loan is left out.</source>
            <translation>Eksemplar {barcode} sudah dipinjamkan lagi di sini sesudah peminjaman SLiMS tanggal {date}: buku itu sudah kembali, jadi peminjaman ini tidak diambil.</translation>
        </message>
        <message>
            <source>The fine has no usable date ({value}).</source>
            <translation>Denda ini tidak punya tanggal yang dapat dipakai ({value}).</translation>
        </message>
        <message>
            <source>The visit has no usable date ({value}).</source>
            <translation>Kunjungan ini tidak punya tanggal yang dapat dipakai ({value}).</translation>
        </message>
        <message>
            <source>The backup has no {tables} table(s) (only some tables were exported?): what they hold does not come in. A whole backup (SLiMS: System → Database Backup) brings it.</source>
            <translation>Cadangan ini tidak punya tabel {tables} (hanya sebagian tabel yang diekspor?): isinya tidak ikut masuk. Cadangan utuh (SLiMS: Sistem → Cadangan Basis Data) membawanya.</translation>
        </message>
        <message>
            <source>This INSERT statement of the backup could not be read; its rows are left out.</source>
            <translation>Perintah INSERT ini dalam cadangan tidak dapat dibaca; baris-barisnya tidak diimpor.</translation>
        </message>
        <message>
            <source>A loan rule of the backup names a member type it does not have; the rule is left out.</source>
            <translation>Sebuah aturan pinjam di cadangan menyebut jenis anggota yang tidak ada di cadangan itu; aturan tersebut tidak dibawa.</translation>
        </message>
        <message>
            <source>Digital shelf: {attached} of SLiMS's {named} attached files added ({already} were on the shelf already).</source>
            <translation>Rak digital: {attached} dari {named} berkas lampiran SLiMS ditambahkan ({already} sudah ada di rak).</translation>
        </message>
        <message>
            <source>Digital shelf: {attached} of SLiMS's {named} attached files would be added.</source>
            <translation>Rak digital: {attached} dari {named} berkas lampiran SLiMS akan ditambahkan.</translation>
        </message>
        <message>
            <source>Not in the folder ({count}): {names}</source>
            <translation>Tidak ada di folder ({count}): {names}</translation>
        </message>
        <message>
            <source>Not a PDF or EPUB, left out ({count}): {names}</source>
            <translation>Bukan PDF atau EPUB, tidak dimasukkan ({count}): {names}</translation>
        </message>
        <message>
            <source>Shown by SLiMS to signed-in members only, left out: the digital shelf is open to everyone on the library's Wi-Fi ({count}): {names}</source>
            <translation>Di SLiMS hanya untuk anggota yang masuk log, tidak dimasukkan: rak digital terbuka bagi siapa saja di Wi-Fi perpustakaan ({count}): {names}</translation>
        </message>
        <message>
            <source>Web links, not files ({count}): {names}</source>
            <translation>Tautan web, bukan berkas ({count}): {names}</translation>
        </message>
        <message>
            <source>Their record is not in the catalogue: import the backup's catalogue first ({count}): {names}</source>
            <translation>Cantumannya tidak ada di katalog: impor dulu katalog dari cadangan ini ({count}): {names}</translation>
        </message>
        <message>
            <source>Not a picture ({count}): {names}</source>
            <translation>Bukan gambar ({count}): {names}</translation>
        </message>
        <message>
            <source>Stopped before the rest: import again with the folder to add them.</source>
            <translation>Dihentikan sebelum selesai: impor lagi dengan folder yang sama untuk menambahkan sisanya.</translation>
        </message>
        <message>
            <source>Cover pictures: {attached} of {named} added ({kept} records kept the cover they had).</source>
            <translation>Gambar sampul: {attached} dari {named} ditambahkan ({kept} cantuman tetap memakai sampul yang sudah ada).</translation>
        </message>
        <message>
            <source>Member photos: {attached} of {named} added ({kept} members kept the photo they had).</source>
            <translation>Foto anggota: {attached} dari {named} ditambahkan ({kept} anggota tetap memakai foto yang sudah ada).</translation>
        </message>
        <message>
            <source>Pictures: {attached} of the {named} the file names are in the folder.</source>
            <translation>Gambar: {attached} dari {named} yang disebut berkas ada di folder.</translation>
        </message>
        <message>
            <source>Not read: none of its columns holds names.</source>
            <translation>Tidak dibaca: tidak ada kolomnya yang berisi nama.</translation>
        </message>
        <message>
            <source>Totals ("{text}") left out, not data: row {rows}.</source>
            <translation>Baris jumlah ("{text}") dilewati, bukan data: baris {rows}.</translation>
        </message>
        <message>
            <source>The signature block under the table ("{text}") left out, not data: rows {rows}.</source>
            <translation>Blok tanda tangan di bawah tabel ("{text}") dilewati, bukan data: baris {rows}.</translation>
        </message>
        <message>
            <source>Rows {rows} look like a signature block ("{text}"), but data comes after them: they were read as data. Check them.</source>
            <translation>Baris {rows} tampak seperti blok tanda tangan ("{text}"), tetapi ada data sesudahnya: baris itu dibaca sebagai data. Periksalah.</translation>
        </message>
        <message>
            <source>Rows {rows} hold nothing but their number (a list numbered ahead): left out, no data.</source>
            <translation>Baris {rows} hanya berisi nomornya (daftar yang sudah dinomori lebih dulu): dilewati, tidak ada data.</translation>
        </message>
        <message>
            <source>Ditto marks (sda, idem, ") read as the value of the row above: row {rows}.</source>
            <translation>Tanda "sama dengan di atas" (sda, idem, ") dibaca sebagai isi baris di atasnya: baris {rows}.</translation>
        </message>
        <message>
            <source>{column} is one cell merged down over rows {rows}. A number belongs to one book or one member, so it was kept for the first of those rows only; the rows under it came in without it. Check their numbers.</source>
            <translation>{column} adalah satu sel yang digabung ke bawah pada baris {rows}. Satu nomor hanya untuk satu buku atau satu anggota, jadi nomor itu hanya dipakai untuk baris pertamanya; baris-baris di bawahnya masuk tanpa nomor itu. Periksa nomor mereka.</translation>
        </message>
        <message>
            <source>{count} records came in without copies: INLISLite's catalogue report lists none. A book without a copy cannot be lent and does not count in the reports' collection: import INLISLite's copy report (Laporan Eksemplar) too, whose rows become these books' copies.</source>
            <translation>{count} cantuman masuk tanpa eksemplar: laporan katalog INLISLite tidak memuat eksemplar. Buku tanpa eksemplar tidak bisa dipinjamkan dan tidak dihitung dalam koleksi di laporan: impor juga laporan eksemplar INLISLite (Laporan Eksemplar), yang barisnya menjadi eksemplar buku-buku ini.</translation>
        </message>
        <message>
            <source>{count} records came in without copies: the file names none (its item_code column is empty). A book without a copy cannot be lent and does not count in the reports' collection: import SLiMS's item export too.</source>
            <translation>{count} cantuman masuk tanpa eksemplar: berkas ini tidak menyebut eksemplar (kolom item_code kosong). Buku tanpa eksemplar tidak bisa dipinjamkan dan tidak dihitung dalam koleksi di laporan: impor juga ekspor eksemplar (item) SLiMS.</translation>
        </message>
        <message>
            <source>{count} records came in without copies: the file holds no holdings (852/876, 952 or INLISLite's 990; SLiMS's MARC export writes none). A book without a copy cannot be lent and does not count in the reports' collection: import the old system's copies too (SLiMS: its item export; INLISLite: its Laporan Eksemplar, or Laporan Koleksi → Periodik as .ods), or add copies on the Katalog page.</source>
            <translation>{count} cantuman masuk tanpa eksemplar: berkas ini tidak memuat data eksemplar (852/876, 952, atau 990 INLISLite; ekspor MARC SLiMS tidak menuliskannya). Buku tanpa eksemplar tidak bisa dipinjamkan dan tidak dihitung dalam koleksi di laporan: impor juga eksemplar dari sistem lama (SLiMS: ekspor eksemplarnya; INLISLite: Laporan Eksemplar, atau Laporan Koleksi → Periodik sebagai .ods), atau tambahkan eksemplar di halaman Katalog.</translation>
        </message>
        <message>
            <source>{count} records came in without copies: the sheet has no barcode, accession number (No. Induk) or number of copies (Jumlah) column. A book without a copy cannot be lent and does not count in the reports' collection: add copies on the Katalog page, or import a sheet with one of those columns.</source>
            <translation>{count} cantuman masuk tanpa eksemplar: lembar kerja ini tidak punya kolom barkode, nomor induk (No. Induk) atau jumlah eksemplar (Jumlah). Buku tanpa eksemplar tidak bisa dipinjamkan dan tidak dihitung dalam koleksi di laporan: tambahkan eksemplar di halaman Katalog, atau impor lembar kerja yang punya salah satu kolom itu.</translation>
        </message>
        <message>
            <source>Row {row} names no MARC tag (Tag: {tag}): left out of its catalogue.</source>
            <translation>Baris {row} tidak berisi tag MARC (Tag: {tag}): tidak dimasukkan ke katalognya.</translation>
        </message>
        <message>
            <source>The column {column} holds topics ({examples}) rather than material types: on {count} rows it was read as the book's subject, and those books came in as books. Material types in it (Majalah, CD...) were read as material types.</source>
            <translation>Kolom {column} berisi topik ({examples}), bukan jenis bahan: pada {count} baris isinya dibaca sebagai subjek buku, dan buku-buku itu masuk sebagai buku. Jenis bahan yang ada di kolom itu (Majalah, CD...) tetap dibaca sebagai jenis bahan.</translation>
        </message>
        <message>
            <source>The activity {name} on {date} has no number of participants: its session counts, nobody in it.</source>
            <translation>Kegiatan {name} pada {date} tidak mencatat jumlah peserta: pertemuannya dihitung, tanpa peserta.</translation>
        </message>
        <message>
            <source>{name} already has a session here on {date}: the row is that session, not added again (its attendance is the one ticked here).</source>
            <translation>{name} sudah punya pertemuan di sini pada {date}: baris ini adalah pertemuan itu, tidak ditambahkan lagi (kehadirannya yang dicentang di sini).</translation>
        </message>
        <message>
            <source>The row names no activity: left out.</source>
            <translation>Baris ini tidak menyebut kegiatan: tidak diimpor.</translation>
        </message>
        <message>
            <source>{column}: "{value}" read as {count}.</source>
            <translation>{column}: "{value}" dibaca sebagai {count}.</translation>
        </message>
        <message>
            <source>{count} day(s) of the file already have visits in the book here (from {first} to {last}): check that those days are not counted twice (the book here and the sheet).</source>
            <translation>{count} hari dalam berkas sudah ada kunjungannya di buku tamu di sini (dari {first} sampai {last}): periksa agar hari-hari itu tidak terhitung dua kali (buku tamu di sini dan lembar ini).</translation>
        </message>
        <message>
            <source>{count} month total(s) of the file fall in months the book here already has visits in ({months}): they are added to those visits. Check that those months are not counted twice (import only the months the book here lacks).</source>
            <translation>{count} jumlah bulanan dalam berkas jatuh pada bulan yang sudah punya kunjungan di buku tamu di sini ({months}): jumlah itu ditambahkan ke kunjungan tersebut. Periksa agar bulan-bulan itu tidak terhitung dua kali (impor hanya bulan yang belum ada di sini).</translation>
        </message>
        <message>
            <source>The sheet is not a visitor book nor a list of activities (its columns: {columns}): not read.</source>
            <translation>Lembar ini bukan buku tamu dan bukan daftar kegiatan (kolomnya: {columns}): tidak dibaca.</translation>
        </message>
        <message>
            <source>The row has no date (and no dated row above it): left out.</source>
            <translation>Baris ini tidak bertanggal (dan tidak ada baris bertanggal di atasnya): tidak diimpor.</translation>
        </message>
        <message>
            <source>The row has no date, and the date above it cannot be used: left out (correct that date and import the file again).</source>
            <translation>Baris ini tidak bertanggal, dan tanggal di atasnya tidak dapat dipakai: tidak diimpor (betulkan tanggal itu lalu impor berkasnya lagi).</translation>
        </message>
        <message>
            <source>The row is dated {date}, after today: left out (check the date).</source>
            <translation>Baris ini bertanggal {date}, sesudah hari ini: tidak diimpor (periksa tanggalnya).</translation>
        </message>
        <message>
            <source>{count} row(s) without a date were taken on the day of the dated row above them (rows {rows}).</source>
            <translation>{count} baris tanpa tanggal dihitung pada tanggal baris bertanggal di atasnya (baris {rows}).</translation>
        </message>
        <message>
            <source>Tanggal: {value} names no day: counted on {date}, the month's first day.</source>
            <translation>Tanggal: {value} tidak menyebut harinya: dihitung pada {date}, hari pertama bulan itu.</translation>
        </message>
        <message>
            <source>Only a name ({name}): counted as one visitor on {date}.</source>
            <translation>Hanya nama ({name}): dihitung sebagai satu pengunjung pada {date}.</translation>
        </message>
        <message>
            <source>The row counts nobody (no number in it): left out.</source>
            <translation>Baris ini tidak menghitung siapa pun (tidak ada angkanya): tidak diimpor.</translation>
        </message>
        <message>
            <source>The total {total} is less than the men and women written ({men} + {women}): counted {counted}.</source>
            <translation>Jumlah {total} lebih kecil daripada laki-laki dan perempuan yang ditulis ({men} + {women}): dihitung {counted}.</translation>
        </message>
        <message>
            <source>Children and adults are counted in the day's total, not by age band (the sheet gives no ages).</source>
            <translation>Anak dan dewasa dihitung dalam jumlah harian, bukan menurut kelompok umur (lembar ini tidak mencatat umur).</translation>
        </message>
        <message>
            <source>Member {card} is already in the book on {date}: counted once that day, as at the door.</source>
            <translation>Anggota {card} sudah tercatat di buku tamu pada {date}: dihitung sekali pada hari itu, seperti di pintu masuk.</translation>
        </message>
        <message>
            <source>{name} is already in the book on {date} (from the backup or the desk): not counted twice.</source>
            <translation>{name} sudah ada di buku tamu pada {date} (dari cadangan atau dari meja layanan): tidak dihitung dua kali.</translation>
        </message>
        <message>
            <source>No member has card number {card}: counted as a visitor by name (nobody is registered by this import).</source>
            <translation>Tidak ada anggota bernomor kartu {card}: dihitung sebagai pengunjung menurut namanya (impor ini tidak mendaftarkan siapa pun).</translation>
        </message>
        <message>
            <source>L/P: {value} is neither L nor P (left empty).</source>
            <translation>L/P: {value} bukan L atau P (dibiarkan kosong).</translation>
        </message>
        <message>
            <source>Age: {value} is not an age in years (left empty).</source>
            <translation>Umur: {value} bukan umur dalam tahun (dibiarkan kosong).</translation>
        </message>
        <message>
            <source>{column}: {value} is not a number of people.</source>
            <translation>{column}: {value} bukan jumlah orang.</translation>
        </message>
        <message>
            <source>The copies {barcodes} were deleted here earlier: the row was left out, so the book does not come back. If the library has it again, add it on the Katalog page.</source>
            <translation>Eksemplar {barcodes} sudah dihapus di sini sebelumnya: baris ini dilewati, jadi bukunya tidak muncul lagi. Bila perpustakaan memilikinya lagi, tambahkan di halaman Katalog.</translation>
        </message>
        <message>
            <source>The copy {barcode} was left out: a copy of another book here, {title}, has this barcode (each system gave it to a book of its own). Give one of them another barcode, then import again.</source>
            <translation>Eksemplar {barcode} dilewati: eksemplar buku lain di sini, {title}, memakai barkode ini (tiap sistem memberikannya ke bukunya sendiri). Beri salah satunya barkode lain, lalu impor lagi.</translation>
        </message>
        <message>
            <source>Members whose details were changed here since they came in (a renewal, a new phone or address): {count}. What was changed here was kept, not the file's older values: {names}.</source>
            <translation>Anggota yang datanya sudah diubah di sini sejak masuk (diperpanjang, nomor telepon atau alamat baru): {count}. Yang diubah di sini dipertahankan, bukan nilai lama dari berkas: {names}.</translation>
        </message>
        <message>
            <source>{count} copies INLISLite lent are of the collection type {name}, which this library does not lend: they cannot be borrowed here until you allow it (Circulation rules → Loan rules: a rule for {name} with "May be borrowed"). Listed under Collection type in the review list. Nothing of the library's rules was changed.</source>
            <translation>{count} eksemplar yang dipinjamkan INLISLite berjenis koleksi {name}, yang tidak dipinjamkan di perpustakaan ini: eksemplar itu tidak bisa dipinjam di sini sampai Anda mengizinkannya (Aturan sirkulasi → Aturan pinjam: aturan untuk {name} dengan "Boleh dipinjam"). Tercantum di daftar Perlu diperiksa pada Jenis koleksi. Aturan perpustakaan tidak diubah sama sekali.</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <source>changed since the import</source>
            <translation>diubah sesudah impor</translation>
        </message>
        <message>
            <source>lent or borrowed since the import</source>
            <translation>dipinjam atau meminjam sesudah impor</translation>
        </message>
        <message>
            <source>reserved since the import</source>
            <translation>dipesan sesudah impor</translation>
        </message>
        <message>
            <source>it has a copy that stays</source>
            <translation>punya eksemplar yang tetap ada</translation>
        </message>
        <message>
            <source>in the visitor book since the import</source>
            <translation>tercatat di buku tamu sesudah impor</translation>
        </message>
        <message>
            <source>has a fine since the import</source>
            <translation>kena denda sesudah impor</translation>
        </message>
        <message>
            <source>used in the library since the import</source>
            <translation>dibaca di tempat sesudah impor</translation>
        </message>
        <message>
            <source>seen at a stock-take since the import</source>
            <translation>terpindai saat inventarisasi sesudah impor</translation>
        </message>
        <message>
            <source>it has a file on the digital shelf</source>
            <translation>punya berkas di rak digital</translation>
        </message>
        <message>
            <source>it has a session that stays</source>
            <translation>punya pertemuan yang tetap ada</translation>
        </message>
        <message>
            <source>someone was enrolled in it since the import</source>
            <translation>ada peserta yang didaftarkan sesudah impor</translation>
        </message>
        <message>
            <source>attendance was taken since the import</source>
            <translation>ada yang diabsen hadir sesudah impor</translation>
        </message>
        <message>
            <source>used since the import</source>
            <translation>dipakai sesudah impor</translation>
        </message>
        <message>
            <source>its record stays</source>
            <translation>cantumannya tetap ada</translation>
        </message>
        <message>
            <source>changed since the import: what was changed since stays, the rest is put back</source>
            <translation>diubah sesudah impor: yang diubah sesudahnya tetap, sisanya dikembalikan</translation>
        </message>
        <message>
            <source>changed by the import; how it was before is not known (the backup made just before the import is gone, or other changes came between)</source>
            <translation>diubah oleh impor; keadaan sebelumnya tidak diketahui (cadangan yang dibuat tepat sebelum impor sudah tidak ada, atau ada perubahan lain di antaranya)</translation>
        </message>
        <message>
            <source>No import number {id} in the audit log.</source>
            <translation>Tidak ada impor bernomor {id} di log audit.</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>sudah dibatalkan</translation>
        </message>
        <message>
            <source>cannot be undone (made by an older Pustaka)</source>
            <translation>tidak bisa dibatalkan (dibuat oleh Pustaka versi lama)</translation>
        </message>
        <message>
            <source>{members} members added, {changed} changed</source>
            <translation>{members} anggota ditambahkan, {changed} diubah</translation>
        </message>
        <message>
            <source>{records} records and {copies} copies added, {changed} changed</source>
            <translation>{records} cantuman dan {copies} eksemplar ditambahkan, {changed} diubah</translation>
        </message>
        <message>
            <source>{out} loans still out and {returned} returned loans</source>
            <translation>{out} peminjaman yang masih dipinjam dan {returned} yang sudah kembali</translation>
        </message>
        <message>
            <source>{loans} loans, {fines} fines, {reservations} reservations and {visits} visits</source>
            <translation>{loans} peminjaman, {fines} denda, {reservations} pesanan dan {visits} kunjungan</translation>
        </message>
        <message>
            <source>{visits} visitor book lines and {sessions} activity sessions</source>
            <translation>{visits} baris buku tamu dan {sessions} pertemuan kegiatan</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>{count} cantuman</translation>
        </message>
        <message>
            <source>{count} copies</source>
            <translation>{count} eksemplar</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>{count} anggota</translation>
        </message>
        <message>
            <source>{count} loans</source>
            <translation>{count} peminjaman</translation>
        </message>
        <message>
            <source>{count} fine entries</source>
            <translation>{count} catatan denda</translation>
        </message>
        <message>
            <source>{count} reservations</source>
            <translation>{count} pesanan</translation>
        </message>
        <message>
            <source>{count} visitor book lines</source>
            <translation>{count} baris buku tamu</translation>
        </message>
        <message>
            <source>{count} holidays</source>
            <translation>{count} hari libur</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>{count} kegiatan</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} pertemuan</translation>
        </message>
        <message>
            <source>{count} attendance ticks</source>
            <translation>{count} tanda hadir</translation>
        </message>
        <message>
            <source>The import of {file} was made by an older Pustaka, which did not note what it wrote: it cannot be undone. Restore the backup made before it (Cadangan), or delete its records by hand.</source>
            <translation>Impor {file} dibuat oleh Pustaka versi lama, yang tidak mencatat apa yang ditulisnya: impor itu tidak bisa dibatalkan. Pulihkan cadangan yang dibuat sebelumnya (Cadangan), atau hapus cantumannya satu per satu.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone on {when} by {who}.</source>
            <translation>Impor {file} sudah dibatalkan pada {when} oleh {who}.</translation>
        </message>
        <message>
            <source>returned at the desk since the import</source>
            <translation>dikembalikan di meja layanan sesudah impor</translation>
        </message>
        <message>
            <source>renewed since the import</source>
            <translation>diperpanjang sesudah impor</translation>
        </message>
        <message>
            <source>the reservation was fulfilled since the import</source>
            <translation>pesanan ini sudah dipenuhi sesudah impor</translation>
        </message>
        <message>
            <source>the member paid fines or was let off since the import</source>
            <translation>anggota ini membayar denda atau dibebaskan dari denda sesudah impor</translation>
        </message>
        <message>
            <source>To the hold shelf, for members who reserved the title since the import ({count}):</source>
            <translation>Ke rak pesanan, untuk anggota yang memesan judulnya sesudah impor ({count}):</translation>
        </message>
        <message>
            <source>still out; how its copy stood before the import is not known (the backup made just before the import is gone), so the loan stays: return it at the desk if the book is on the shelf</source>
            <translation>masih dipinjam; keadaan eksemplarnya sebelum impor tidak diketahui (cadangan yang dibuat tepat sebelum impor sudah tidak ada), jadi peminjaman ini tetap: kembalikan di meja layanan kalau bukunya ada di rak</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>SLiMS bibliography CSV</source>
            <translation>CSV bibliografi SLiMS</translation>
        </message>
        <message>
            <source>SLiMS item (copies) CSV</source>
            <translation>CSV eksemplar (item) SLiMS</translation>
        </message>
        <message>
            <source>SLiMS database backup (.sql, .sql.tar.gz): catalogue and copies</source>
            <translation>Cadangan basis data SLiMS (.sql, .sql.tar.gz): katalog dan eksemplar</translation>
        </message>
        <message>
            <source>MARC 21 (ISO 2709, .mrc)</source>
            <translation>MARC 21 (ISO 2709, .mrc)</translation>
        </message>
        <message>
            <source>MARCXML (.xml)</source>
            <translation>MARCXML (.xml)</translation>
        </message>
        <message>
            <source>INLISLite catalogue or copy report (.xlsx, .xls, .csv)</source>
            <translation>Laporan katalog atau eksemplar INLISLite (.xlsx, .xls, .csv)</translation>
        </message>
        <message>
            <source>Excel spreadsheet (.xlsx, .xls)</source>
            <translation>Lembar kerja Excel (.xlsx, .xls)</translation>
        </message>
        <message>
            <source>Spreadsheet as CSV</source>
            <translation>Lembar kerja sebagai CSV</translation>
        </message>
        <message>
            <source>{came} of {read} copies came in.</source>
            <translation>{came} dari {read} eksemplar berhasil masuk.</translation>
        </message>
        <message>
            <source>{came} of {read} copies can come in.</source>
            <translation>{came} dari {read} eksemplar bisa masuk.</translation>
        </message>
        <message>
            <source>{came} of {read} records came in.</source>
            <translation>{came} dari {read} judul berhasil masuk.</translation>
        </message>
        <message>
            <source>{came} of {read} records can come in.</source>
            <translation>{came} dari {read} judul bisa masuk.</translation>
        </message>
        <message>
            <source>Rows describing the same book as an earlier row, taken as its record with their copies (Perlu diperiksa): {count}.</source>
            <translation>Baris yang menggambarkan buku yang sama dengan baris sebelumnya, digabung ke cantumannya beserta eksemplarnya (Perlu diperiksa): {count}.</translation>
        </message>
        <message>
            <source>Records: {add} to add, {update} to update, {skip} already the same.</source>
            <translation>Cantuman: {add} ditambah, {update} diperbarui, {skip} sudah sama.</translation>
        </message>
        <message>
            <source>Records and copies changed here since they came in, left as they are here (the file's values are not taken; where they differ: Perlu diperiksa): {count}.</source>
            <translation>Cantuman dan eksemplar yang sudah diubah di sini sejak masuk, dibiarkan seperti di sini (nilai dari berkas tidak dipakai; yang berbeda ada di Perlu diperiksa): {count}.</translation>
        </message>
        <message>
            <source>Copies given a new barcode of this library (the file has none for them): {count}. Stick labels on their books before they are lent: Print → Labels → “New barcodes from an import”.</source>
            <translation>Eksemplar yang diberi barkode baru perpustakaan ini (berkasnya tidak mencantumkan barkodenya): {count}. Tempelkan label pada bukunya sebelum dipinjamkan: Cetak → Label → “Barkode baru dari impor”.</translation>
        </message>
        <message>
            <source>Copies to get a new barcode of this library (the file has none for them): {count}. Their books will need labels before they can be lent.</source>
            <translation>Eksemplar yang akan diberi barkode baru perpustakaan ini (berkasnya tidak mencantumkan barkodenya): {count}. Bukunya perlu diberi label sebelum bisa dipinjamkan.</translation>
        </message>
        <message>
            <source>Copies: {add} to add, {update} to update, {skip} already the same.</source>
            <translation>Eksemplar: {add} ditambah, {update} diperbarui, {skip} sudah sama.</translation>
        </message>
        <message>
            <source>Copies the records file listed, with their details from this file: {count}.</source>
            <translation>Eksemplar dari berkas cantuman, dengan rinciannya dari berkas ini: {count}.</translation>
        </message>
        <message>
            <source>Rows left out: {count}.</source>
            <translation>Baris yang dilewati: {count}.</translation>
        </message>
        <message>
            <source>Copies left out (their records came in): {count}.</source>
            <translation>Eksemplar yang tidak diimpor (judulnya tetap masuk): {count}.</translation>
        </message>
        <message>
            <source>Fields kept as written, to check afterwards (Perlu diperiksa): {flags} in {rows} rows.</source>
            <translation>Isian yang disimpan seperti tertulis, untuk diperiksa sesudahnya (Perlu diperiksa): {flags} di {rows} baris.</translation>
        </message>
        <message>
            <source>Other copies in this file: {add} to add, {update} to update, {skip} already the same.</source>
            <translation>Eksemplar lain di berkas ini: {add} ditambah, {update} diperbarui, {skip} sudah sama.</translation>
        </message>
        <message>
            <source>records</source>
            <translation>cantuman</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>eksemplar</translation>
        </message>
        <message>
            <source>Import a catalogue file</source>
            <translation>Impor berkas katalog</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; Kem&amp;bali</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <source>Pictures and files</source>
            <translation>Gambar dan berkas</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Mengimpor</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Ask {code} for a new bundle: the next one carries the same changes again, so nothing is lost. The other bundles went in.</source>
            <translation>Minta paket baru dari {code}: paket berikutnya membawa perubahan yang sama lagi, jadi tidak ada yang hilang. Paket lainnya sudah masuk.</translation>
        </message>
        <message>
            <source>Ask {code} for a new bundle, and compare the key fingerprints by phone (sync fingerprint) before importing it.</source>
            <translation>Minta paket baru dari {code}, dan cocokkan sidik jari kunci lewat telepon (sync fingerprint) sebelum mengimpornya.</translation>
        </message>
        <message>
            <source>Enrol {code} at this office (again, if a restored backup lost its enrolment), then import this bundle again.</source>
            <translation>Daftarkan {code} di kantor ini (ulangi bila pendaftarannya hilang karena cadangan yang dipulihkan), lalu impor paket ini lagi.</translation>
        </message>
        <message>
            <source>It belongs to {receiver}, not this office: give it back to {code} or pass it on; it changes nothing here.</source>
            <translation>Paket ini untuk {receiver}, bukan untuk kantor ini: kembalikan ke {code} atau teruskan; paket ini tidak mengubah apa pun di sini.</translation>
        </message>
        <message>
            <source>Update Pustaka on this PC, then import this bundle again.</source>
            <translation>Perbarui Pustaka di PC ini, lalu impor paket ini lagi.</translation>
        </message>
        <message>
            <source>Ask {code} for a new bundle: the next one carries the same changes again, so nothing is lost.</source>
            <translation>Minta paket baru dari {code}: paket berikutnya membawa perubahan yang sama lagi, jadi tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>Ask the library that wrote it for a new bundle (its file name was changed, so it does not say which): the next one carries the same changes again, so nothing is lost. The other bundles went in.</source>
            <translation>Minta paket baru dari perpustakaan yang membuatnya (nama berkasnya sudah diubah, jadi tidak tertulis perpustakaan mana): paket berikutnya membawa perubahan yang sama lagi, jadi tidak ada yang hilang. Paket lainnya sudah masuk.</translation>
        </message>
        <message>
            <source>Ask the library that wrote it for a new bundle (its file name was changed, so it does not say which): the next one carries the same changes again, so nothing is lost.</source>
            <translation>Minta paket baru dari perpustakaan yang membuatnya (nama berkasnya sudah diubah, jadi tidak tertulis perpustakaan mana): paket berikutnya membawa perubahan yang sama lagi, jadi tidak ada yang hilang.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>New copy</source>
            <translation>Eksemplar baru</translation>
        </message>
        <message>
            <source>Edit copy</source>
            <translation>Ubah eksemplar</translation>
        </message>
        <message>
            <source>empty = next: {barcode}</source>
            <translation>kosong = berikutnya: {barcode}</translation>
        </message>
        <message>
            <source>empty = next from the pattern</source>
            <translation>kosong = berikutnya menurut pola</translation>
        </message>
        <message>
            <source>&amp;Barcode</source>
            <translation>&amp;Barkode</translation>
        </message>
        <message>
            <source>&amp;Accession number</source>
            <translation>&amp;Nomor induk</translation>
        </message>
        <message>
            <source>&amp;Call number</source>
            <translation>Nomor &amp;panggil</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Co&amp;ndition note</source>
            <translation>&amp;Catatan kondisi</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Library catalogue</source>
            <translation>Katalog perpustakaan</translation>
        </message>
        <message>
            <source>Find a book in {library}</source>
            <translation>Cari buku di {library}</translation>
        </message>
        <message>
            <source>Type a title, an author or a subject</source>
            <translation>Ketik judul, pengarang atau subjek</translation>
        </message>
        <message>
            <source>Search the catalogue</source>
            <translation>Cari di katalog</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Hapus pencarian</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>Number of books found</source>
            <translation>Jumlah buku yang ditemukan</translation>
        </message>
        <message>
            <source>Books found</source>
            <translation>Buku yang ditemukan</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>Tampilkan lagi</translation>
        </message>
        <message>
            <source>Show more books</source>
            <translation>Tampilkan buku lainnya</translation>
        </message>
        <message>
            <source>Touch a book to see where it stands and to reserve it. Ask us if you need help!</source>
            <translation>Sentuh sebuah buku untuk melihat letaknya dan memesannya. Tanyakan kami jika perlu bantuan!</translation>
        </message>
        <message>
            <source>← Back to the search</source>
            <translation>← Kembali ke pencarian</translation>
        </message>
        <message>
            <source>Back to the search</source>
            <translation>Kembali ke pencarian</translation>
        </message>
        <message>
            <source>Reserve this book</source>
            <translation>Pesan buku ini</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Sampul</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Rak</translation>
        </message>
        <message>
            <source>Copies on the shelf</source>
            <translation>Eksemplar di rak</translation>
        </message>
        <message>
            <source>More by this author:</source>
            <translation>Buku lain dari pengarang ini:</translation>
        </message>
        <message>
            <source>More books by this author</source>
            <translation>Buku lain dari pengarang ini</translation>
        </message>
        <message>
            <source>Call number: {call_number}</source>
            <translation>Nomor panggil: {call_number}</translation>
        </message>
        <message>
            <source>Shelf: {shelf}</source>
            <translation>Rak: {shelf}</translation>
        </message>
        <message>
            <source>(the first is due back {date})</source>
            <translation>(yang pertama kembali {date})</translation>
        </message>
        <message>
            <source>no cover</source>
            <translation>tanpa sampul</translation>
        </message>
        <message>
            <source>Newest books in the library</source>
            <translation>Buku terbaru di perpustakaan</translation>
        </message>
        <message>
            <source>Reserve</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}”. Did you mean “{better}”? {n} books found.</source>
            <translation>Tidak ada hasil untuk “{typed}”. Maksud Anda “{better}”? {n} buku ditemukan.</translation>
        </message>
        <message>
            <source>{n} books found</source>
            <translation>{n} buku ditemukan</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or other words.</source>
            <translation>Tidak ditemukan. Coba kata yang lebih sedikit atau kata lain.</translation>
        </message>
        <message>
            <source>{available} of {copies} on the shelf</source>
            <translation>{available} dari {copies} ada di rak</translation>
        </message>
        <message>
            <source>All {copies} copies are out on loan</source>
            <translation>Semua {copies} eksemplar sedang dipinjam</translation>
        </message>
        <message>
            <source>No copy to lend</source>
            <translation>Tidak ada eksemplar untuk dipinjam</translation>
        </message>
    </context>
    <context>
        <name>LabelSheets</name>
        <message>
            <source>Tom &amp; Jerry No. 108 (other layout)</source>
            <translation>Tom &amp; Jerry No. 108 (susunan lain)</translation>
        </message>
        <message>
            <source>{sheet} · {width} × {height} mm · {columns} × {rows}</source>
            <translation>{sheet} · {width} × {height} mm · {columns} × {rows}</translation>
        </message>
    </context>
    <context>
        <name>LabelTemplateDialog</name>
        <message>
            <source>New label sheet template</source>
            <translation>Templat lembar label baru</translation>
        </message>
        <message>
            <source>Sheet width:</source>
            <translation>Lebar lembar:</translation>
        </message>
        <message>
            <source>Sheet height:</source>
            <translation>Tinggi lembar:</translation>
        </message>
        <message>
            <source>Label width:</source>
            <translation>Lebar label:</translation>
        </message>
        <message>
            <source>Label height:</source>
            <translation>Tinggi label:</translation>
        </message>
        <message>
            <source>Left margin (to the first label):</source>
            <translation>Margin kiri (sampai label pertama):</translation>
        </message>
        <message>
            <source>Top margin (to the first label):</source>
            <translation>Margin atas (sampai label pertama):</translation>
        </message>
        <message>
            <source>Gap between columns:</source>
            <translation>Jarak antarkolom:</translation>
        </message>
        <message>
            <source>Gap between rows:</source>
            <translation>Jarak antarbaris:</translation>
        </message>
        <message>
            <source>Corner rounding:</source>
            <translation>Lengkung sudut:</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Nama templat</translation>
        </message>
        <message>
            <source>e.g. toko-abc</source>
            <translation>mis. toko-abc</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Short name:</source>
            <translation>Nama singkat:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Keterangan:</translation>
        </message>
        <message>
            <source>Labels across</source>
            <translation>Label melintang</translation>
        </message>
        <message>
            <source>Labels down</source>
            <translation>Label ke bawah</translation>
        </message>
        <message>
            <source>Labels across:</source>
            <translation>Label melintang:</translation>
        </message>
        <message>
            <source>Labels down:</source>
            <translation>Label ke bawah:</translation>
        </message>
        <message>
            <source>Problem with the measurements</source>
            <translation>Masalah pada ukuran</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>The labels fit on the sheet.</source>
            <translation>Label muat di lembar.</translation>
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
        <name>LoanRulesTab</name>
        <message>
            <source>Member type</source>
            <translation>Jenis anggota</translation>
        </message>
        <message>
            <source>Collection type</source>
            <translation>Jenis koleksi</translation>
        </message>
        <message>
            <source>Loanable</source>
            <translation>Boleh dipinjam</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Batas</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Perpanjangan</translation>
        </message>
        <message>
            <source>Fine/day</source>
            <translation>Denda/hari</translation>
        </message>
        <message>
            <source>Loan rules</source>
            <translation>Aturan pinjam</translation>
        </message>
        <message>
            <source>&amp;New rule…</source>
            <translation>Aturan &amp;baru…</translation>
        </message>
        <message>
            <source>New loan rule</source>
            <translation>Aturan pinjam baru</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Edit loan rule</source>
            <translation>Ubah aturan pinjam</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Delete loan rule</source>
            <translation>Hapus aturan pinjam</translation>
        </message>
        <message>
            <source>Loan rules change a member type's defaults for one collection type (for example: reference books are not lent).</source>
            <translation>Aturan pinjam mengubah ketentuan jenis anggota untuk satu jenis koleksi (misalnya: buku referensi tidak dipinjamkan).</translation>
        </message>
        <message>
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>Delete the selected loan rule?</source>
            <translation>Hapus aturan pinjam yang dipilih?</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Locked — Pustaka</source>
            <translation>Terkunci — Pustaka</translation>
        </message>
        <message>
            <source>&lt;h2&gt;The screen is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Layar terkunci&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Locked after a while without use. {name}, type your password or PIN to go on.</source>
            <translation>Terkunci karena lama tidak dipakai. {name}, ketik kata sandi atau PIN Anda untuk melanjutkan.</translation>
        </message>
        <message>
            <source>Password or PIN</source>
            <translation>Kata sandi atau PIN</translation>
        </message>
        <message>
            <source>&amp;Password or PIN:</source>
            <translation>&amp;Kata sandi atau PIN:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Buka kunci</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Ganti pengguna</translation>
        </message>
        <message>
            <source>Someone else (for example a volunteer) logs in at this desk</source>
            <translation>Orang lain (misalnya relawan) masuk di meja ini</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>That is not the password or PIN of {name}.</source>
            <translation>Itu bukan kata sandi atau PIN milik {name}.</translation>
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
        <message>
            <source>Back to the real &amp;library</source>
            <translation>Kembali ke &amp;perpustakaan sebenarnya</translation>
        </message>
        <message>
            <source>P&amp;ractice mode</source>
            <translation>Mode &amp;latihan</translation>
        </message>
        <message>
            <source>The real library, as you left it</source>
            <translation>Perpustakaan yang sebenarnya, seperti saat Anda tinggalkan</translation>
        </message>
        <message>
            <source>Try lending, returning and cataloguing on a practice copy: nothing reaches the real library</source>
            <translation>Coba meminjamkan, menerima kembali dan mengatalog di salinan latihan: tidak ada yang sampai ke perpustakaan yang sebenarnya</translation>
        </message>
        <message>
            <source>PRACTICE (LATIHAN) — log in with your usual account</source>
            <translation>LATIHAN — masuk dengan akun Anda yang biasa</translation>
        </message>
        <message>
            <source>&amp;Forgot password?</source>
            <translation>L&amp;upa kata sandi?</translation>
        </message>
        <message>
            <source>New password set for {name}: log in with it now.</source>
            <translation>Kata sandi baru dipasang untuk {name}: masuklah dengan kata sandi itu sekarang.</translation>
        </message>
    </context>
    <context>
        <name>Lost</name>
        <message>
            <source>Loans still out (the desk shows these copies on the shelf)</source>
            <translation>Pinjaman yang masih di luar (di meja layanan eksemplar ini tampak ada di rak)</translation>
        </message>
        <message>
            <source>Returns (the desk shows these copies still out)</source>
            <translation>Pengembalian (di meja layanan eksemplar ini tampak masih dipinjam)</translation>
        </message>
        <message>
            <source>Fines charged, paid and waived (the payments are money in the cash box)</source>
            <translation>Denda yang dikenakan, dibayar dan dibebaskan (pembayarannya adalah uang di kas)</translation>
        </message>
        <message>
            <source>Members registered</source>
            <translation>Anggota yang didaftarkan</translation>
        </message>
        <message>
            <source>Visits counted</source>
            <translation>Kunjungan yang dicatat</translation>
        </message>
        <message>
            <source>Catalogue records added</source>
            <translation>Cantuman katalog yang ditambahkan</translation>
        </message>
        <message>
            <source>Copies added</source>
            <translation>Eksemplar yang ditambahkan</translation>
        </message>
        <message>
            <source>Loans lent and returned (for the figures)</source>
            <translation>Pinjaman yang sudah dipinjam dan dikembalikan (untuk angka laporan)</translation>
        </message>
        <message>
            <source>Edits</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Other rows</source>
            <translation>Data lain</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>jenis kelamin</translation>
        </message>
        <message>
            <source>age</source>
            <translation>umur</translation>
        </message>
        <message>
            <source>member until</source>
            <translation>anggota sampai</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>keperluan</translation>
        </message>
        <message>
            <source>people</source>
            <translation>orang</translation>
        </message>
        <message>
            <source>title</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>author</source>
            <translation>pengarang</translation>
        </message>
        <message>
            <source>call number</source>
            <translation>nomor panggil</translation>
        </message>
        <message>
            <source>due</source>
            <translation>batas kembali</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lokasi</translation>
        </message>
        <message>
            <source>copy {barcode} ({title}), member {number}, lent {lent}, due {due}</source>
            <translation>eksemplar {barcode} ({title}), anggota {number}, dipinjam {lent}, kembali paling lambat {due}</translation>
        </message>
        <message>
            <source>returned {day}</source>
            <translation>dikembalikan {day}</translation>
        </message>
        <message>
            <source>{count} more field(s)</source>
            <translation>{count} isian lain</translation>
        </message>
        <message>
            <source>fine of Rp {amount} charged</source>
            <translation>denda Rp {amount} dikenakan</translation>
        </message>
        <message>
            <source>Rp {amount} paid, taken by {staff}</source>
            <translation>Rp {amount} dibayar, diterima oleh {staff}</translation>
        </message>
        <message>
            <source>Rp {amount} waived by {staff}</source>
            <translation>Rp {amount} dibebaskan oleh {staff}</translation>
        </message>
        <message>
            <source>member {number}, {day}: {done}</source>
            <translation>anggota {number}, {day}: {done}</translation>
        </message>
        <message>
            <source>Fine payments since the backup (money in the cash box): {taken} taken, {reentered} of it re-entered.</source>
            <translation>Pembayaran denda sejak cadangan (uang di kas): {taken} diterima, {reentered} di antaranya sudah dimasukkan lagi.</translation>
        </message>
        <message>
            <source>{staff}: {taken} ({reentered} re-entered)</source>
            <translation>{staff}: {taken} ({reentered} sudah dimasukkan lagi)</translation>
        </message>
        <message>
            <source>for copy {barcode} ({title})</source>
            <translation>untuk eksemplar {barcode} ({title})</translation>
        </message>
    </context>
    <context>
        <name>LostNotice</name>
        <message>
            <source>A restored backup lost what the district still holds</source>
            <translation>Cadangan yang dipulihkan kehilangan data yang masih ada di dinas</translation>
        </message>
        <message>
            <source>Open the &amp;list</source>
            <translation>Lihat &amp;daftar</translation>
        </message>
        <message>
            <source>Open the list of what the restore lost</source>
            <translation>Buka daftar yang hilang karena pemulihan cadangan</translation>
        </message>
        <message>
            <source>{lines} line(s) to check, sent back by the district.</source>
            <translation>{lines} baris perlu diperiksa, dikirim balik oleh dinas.</translation>
        </message>
        <message>
            <source>{loans} loan(s) still out: those books are in patrons' houses while the desk shows them on the shelf.</source>
            <translation>{loans} pinjaman masih di luar: buku-buku itu ada di rumah peminjam, padahal di meja layanan tampak ada di rak.</translation>
        </message>
    </context>
    <context>
        <name>LostTab</name>
        <message>
            <source>returned {day}</source>
            <translation>dikembalikan {day}</translation>
        </message>
        <message>
            <source>Your PC went back to an older backup; the district still held what was done since. Loans still out come first. Choose lines: Re-enter lends a copy again with its original dates (or records a return on its day, or puts a fine paid or charged back in the ledger with its day and who took it). Members, visits and books added: enter them again as usual, then dismiss the line.</source>
            <translation>PC ini kembali ke cadangan yang lebih lama; dinas masih menyimpan apa yang dikerjakan sesudahnya. Pinjaman yang masih di luar ada paling atas. Pilih baris: Masukkan lagi mencatat eksemplar dipinjam lagi dengan tanggal aslinya (atau mencatat pengembalian pada harinya, atau mencatat lagi denda yang dibayar atau dikenakan di buku denda dengan harinya dan siapa yang menerima uangnya). Anggota, kunjungan dan buku yang ditambahkan: masukkan lagi seperti biasa, lalu abaikan barisnya.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Lent / date</source>
            <translation>Dipinjam / tanggal</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Batas kembali</translation>
        </message>
        <message>
            <source>Returned / details</source>
            <translation>Dikembalikan / rincian</translation>
        </message>
        <message>
            <source>What the restore lost</source>
            <translation>Yang hilang karena pemulihan</translation>
        </message>
        <message>
            <source>&amp;Re-enter…</source>
            <translation>&amp;Masukkan lagi…</translation>
        </message>
        <message>
            <source>Re-enter the chosen lines</source>
            <translation>Masukkan lagi baris yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>Abai&amp;kan…</translation>
        </message>
        <message>
            <source>Dismiss the chosen lines</source>
            <translation>Abaikan baris yang dipilih</translation>
        </message>
        <message>
            <source>Only a librarian may re-enter or dismiss lines.</source>
            <translation>Hanya pustakawan yang boleh memasukkan lagi atau mengabaikan baris.</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… dan {count} lagi</translation>
        </message>
        <message>
            <source>{count} loan(s) lent again with their original lent and due dates: the desk will show these copies on loan to these members.</source>
            <translation>{count} pinjaman dicatat lagi dengan tanggal pinjam dan batas kembali aslinya: meja layanan akan menampilkan eksemplar ini sedang dipinjam anggota tersebut.</translation>
        </message>
        <message>
            <source>{count} return(s) recorded on the day they came back (no fine is charged): the desk will show these copies on the shelf.</source>
            <translation>{count} pengembalian dicatat pada hari bukunya kembali (tanpa denda): meja layanan akan menampilkan eksemplar ini ada di rak.</translation>
        </message>
        <message>
            <source>{count} fine line(s) put back in the members' ledgers with their original day, amount and the staff who took the money.</source>
            <translation>{count} baris denda dimasukkan kembali ke buku denda anggota dengan hari, jumlah dan petugas penerima uang yang asli.</translation>
        </message>
        <message>
            <source>Re-enter</source>
            <translation>Masukkan lagi</translation>
        </message>
        <message>
            <source>Re-entering</source>
            <translation>Memasukkan lagi</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Take {count} line(s) off the list? Nothing in the catalogue, the members or the loans changes: do it only when you have dealt with them another way.</source>
            <translation>Keluarkan {count} baris dari daftar? Katalog, anggota dan peminjaman tidak berubah: lakukan hanya bila sudah Anda tangani dengan cara lain.</translation>
        </message>
        <message>
            <source>Dismissing</source>
            <translation>Mengabaikan</translation>
        </message>
        <message>
            <source>Re-entered: {count}</source>
            <translation>Dimasukkan lagi: {count}</translation>
        </message>
        <message>
            <source>Dismissed: {count}</source>
            <translation>Diabaikan: {count}</translation>
        </message>
        <message>
            <source>Not done: {count}</source>
            <translation>Tidak dilakukan: {count}</translation>
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
            <source>Loc&amp;k the screen</source>
            <translation>&amp;Kunci layar</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>Show page names</source>
            <translation>Tampilkan nama halaman</translation>
        </message>
        <message>
            <source>Icons only</source>
            <translation>Ikon saja</translation>
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
            <source>Navigation list</source>
            <translation>Daftar navigasi</translation>
        </message>
        <message>
            <source>Navigation as icons only</source>
            <translation>Navigasi ikon saja</translation>
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
        <name>MemberCard</name>
        <message>
            <source>F5  Renew membership…</source>
            <translation>F5  Perpanjang keanggotaan…</translation>
        </message>
        <message>
            <source>Renew this membership</source>
            <translation>Perpanjang keanggotaan ini</translation>
        </message>
        <message>
            <source>F7  Reserve a title…</source>
            <translation>F7  Pesan judul…</translation>
        </message>
        <message>
            <source>Reserve a title for this member</source>
            <translation>Pesan judul untuk anggota ini</translation>
        </message>
        <message>
            <source>F6  Pay fine…</source>
            <translation>F6  Bayar denda…</translation>
        </message>
        <message>
            <source>Record a payment of this member's fines</source>
            <translation>Catat pembayaran denda anggota ini</translation>
        </message>
        <message>
            <source>Books on loan to this member</source>
            <translation>Buku yang sedang dipinjam anggota ini</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Batas kembali</translation>
        </message>
        <message>
            <source>Late / fine</source>
            <translation>Terlambat / denda</translation>
        </message>
        <message>
            <source>No member</source>
            <translation>Belum ada anggota</translation>
        </message>
        <message>
            <source>No member open</source>
            <translation>Belum ada anggota</translation>
        </message>
        <message>
            <source>Scan a member card to see their loans.</source>
            <translation>Pindai kartu anggota untuk melihat pinjamannya.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Tanpa foto</translation>
        </message>
        <message>
            <source>{age} years</source>
            <translation>{age} tahun</translation>
        </message>
        <message>
            <source>member until {date}</source>
            <translation>anggota sampai {date}</translation>
        </message>
        <message>
            <source>{count} book(s) overdue, fine so far {amount}.</source>
            <translation>{count} buku terlambat, denda sampai hari ini {amount}.</translation>
        </message>
        <message>
            <source>Unpaid fines: {amount}.</source>
            <translation>Denda belum dibayar: {amount}.</translation>
        </message>
        <message>
            <source>Reserved: {title} — READY, on the hold shelf</source>
            <translation>Dipesan: {title} — SIAP, di rak pesanan</translation>
        </message>
        <message>
            <source>Reserved: {title} (number {position} in line)</source>
            <translation>Dipesan: {title} (antrean ke-{position})</translation>
        </message>
        <message>
            <source>{days} day(s) late, {amount}</source>
            <translation>terlambat {days} hari, {amount}</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <source>&amp;Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Tanggal &amp;lahir:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>&amp;Jenis kelamin:</translation>
        </message>
        <message>
            <source>Member &amp;type:</source>
            <translation>Jenis an&amp;ggota:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>N&amp;IK (optional):</source>
            <translation>N&amp;IK (boleh kosong):</translation>
        </message>
        <message>
            <source>Phone / &amp;WhatsApp:</source>
            <translation>Tele&amp;pon / WhatsApp:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alama&amp;t:</translation>
        </message>
        <message>
            <source>&amp;Village:</source>
            <translation>Desa:</translation>
        </message>
        <message>
            <source>RT/RW:</source>
            <translation>RT/RW:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Kode pos:</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>Peke&amp;rjaan:</translation>
        </message>
        <message>
            <source>&amp;Education:</source>
            <translation>Pendidikan:</translation>
        </message>
        <message>
            <source>&amp;School / institution:</source>
            <translation>&amp;Sekolah / lembaga:</translation>
        </message>
        <message>
            <source>G&amp;uardian (for children):</source>
            <translation>&amp;Wali (untuk anak):</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(tidak diisi)</translation>
        </message>
        <message>
            <source>DD-MM-YYYY, e.g. 17-08-2012</source>
            <translation>HH-BB-TTTT, misalnya 17-08-2012</translation>
        </message>
        <message>
            <source>Problem with the form</source>
            <translation>Masalah pada formulir</translation>
        </message>
    </context>
    <context>
        <name>MemberPicker</name>
        <message>
            <source>Which member?</source>
            <translation>Anggota yang mana?</translation>
        </message>
        <message>
            <source>Members matching “{text}”: choose one and press Enter.</source>
            <translation>Anggota yang cocok dengan “{text}”: pilih satu lalu tekan Enter.</translation>
        </message>
        <message>
            <source>Matching members</source>
            <translation>Anggota yang cocok</translation>
        </message>
        <message>
            <source>born {year}</source>
            <translation>lahir {year}</translation>
        </message>
        <message>
            <source>membership ended {date}</source>
            <translation>keanggotaan berakhir {date}</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>diblokir</translation>
        </message>
        <message>
            <source>{shown} of {total} shown: type more of the name to narrow the list.</source>
            <translation>{shown} dari {total} ditampilkan: ketik nama lebih lengkap untuk mempersempit daftar.</translation>
        </message>
        <message>
            <source>Open at the desk</source>
            <translation>Buka di meja layanan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>“{text}” is not a member card or a book label. Choose a member with the arrow keys, then Enter.</source>
            <translation>“{text}” bukan kartu anggota atau label buku. Pilih anggota dengan tombol panah, lalu Enter.</translation>
        </message>
    </context>
    <context>
        <name>MemberTypeDialog</name>
        <message>
            <source>New member type</source>
            <translation>Jenis anggota baru</translation>
        </message>
        <message>
            <source>Edit member type</source>
            <translation>Ubah jenis anggota</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Loan limit</source>
            <translation>Batas pinjam</translation>
        </message>
        <message>
            <source>Loan days</source>
            <translation>Lama pinjam</translation>
        </message>
        <message>
            <source>Renewals allowed</source>
            <translation>Perpanjangan yang boleh</translation>
        </message>
        <message>
            <source>Fine per day</source>
            <translation>Denda per hari</translation>
        </message>
        <message>
            <source>Grace days</source>
            <translation>Hari tenggang</translation>
        </message>
        <message>
            <source>May reserve books</source>
            <translation>Boleh memesan buku</translation>
        </message>
        <message>
            <source>Reservation limit</source>
            <translation>Batas pemesanan</translation>
        </message>
        <message>
            <source>Membership valid for (days)</source>
            <translation>Masa berlaku keanggotaan (hari)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Loan &amp;limit (books at once):</source>
            <translation>&amp;Batas pinjam (buku sekaligus):</translation>
        </message>
        <message>
            <source>Loan &amp;days:</source>
            <translation>&amp;Lama pinjam (hari):</translation>
        </message>
        <message>
            <source>&amp;Renewals allowed:</source>
            <translation>&amp;Perpanjangan yang boleh:</translation>
        </message>
        <message>
            <source>&amp;Fine per day (Rp):</source>
            <translation>&amp;Denda per hari (Rp):</translation>
        </message>
        <message>
            <source>&amp;Grace days:</source>
            <translation>Hari &amp;tenggang:</translation>
        </message>
        <message>
            <source>Reservation li&amp;mit:</source>
            <translation>Batas pe&amp;mesanan:</translation>
        </message>
        <message>
            <source>Membership &amp;valid for (days):</source>
            <translation>Masa berlaku keanggotaan (&amp;hari):</translation>
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
        <name>MemberTypesTab</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Batas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Perpanjangan</translation>
        </message>
        <message>
            <source>Fine/day</source>
            <translation>Denda/hari</translation>
        </message>
        <message>
            <source>Grace</source>
            <translation>Tenggang</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Pemesanan</translation>
        </message>
        <message>
            <source>Valid (days)</source>
            <translation>Berlaku (hari)</translation>
        </message>
        <message>
            <source>Member types</source>
            <translation>Jenis anggota</translation>
        </message>
        <message>
            <source>&amp;New type…</source>
            <translation>J&amp;enis baru…</translation>
        </message>
        <message>
            <source>New member type</source>
            <translation>Jenis anggota baru</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Edit member type</source>
            <translation>Ubah jenis anggota</translation>
        </message>
        <message>
            <source>Each member belongs to a type; its defaults apply unless a loan rule says otherwise.</source>
            <translation>Setiap anggota memiliki jenis; ketentuannya berlaku kecuali ada aturan pinjam yang berbeda.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Not at school yet</source>
            <translation>Belum sekolah</translation>
        </message>
        <message>
            <source>Kindergarten (TK)</source>
            <translation>TK</translation>
        </message>
        <message>
            <source>Primary school (SD)</source>
            <translation>SD</translation>
        </message>
        <message>
            <source>Junior high school (SMP)</source>
            <translation>SMP</translation>
        </message>
        <message>
            <source>Senior high school (SMA)</source>
            <translation>SMA</translation>
        </message>
        <message>
            <source>Diploma (D3)</source>
            <translation>D3</translation>
        </message>
        <message>
            <source>Bachelor's degree (S1)</source>
            <translation>S1</translation>
        </message>
        <message>
            <source>Master's degree (S2)</source>
            <translation>S2</translation>
        </message>
        <message>
            <source>Doctorate (S3)</source>
            <translation>S3</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Search members</source>
            <translation>Cari anggota</translation>
        </message>
        <message>
            <source>Search by name, member number, phone, school or class (SD NEGERI 1 4A)</source>
            <translation>Cari nama, nomor anggota, nomor telepon, sekolah atau kelas (SD NEGERI 1 4A)</translation>
        </message>
        <message>
            <source>Search by name, member number or phone</source>
            <translation>Cari nama, nomor anggota, atau nomor telepon</translation>
        </message>
        <message>
            <source>Register a new member</source>
            <translation>Daftarkan anggota baru</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Berlaku sampai</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Members found</source>
            <translation>Anggota yang ditemukan</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Sebelumnya</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Halaman sebelumnya</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Berikutnya ▶</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Halaman berikutnya</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save member</source>
            <translation>Simpan anggota</translation>
        </message>
        <message>
            <source>&amp;Photo from file…</source>
            <translation>&amp;Foto dari berkas…</translation>
        </message>
        <message>
            <source>Photo from file</source>
            <translation>Foto dari berkas</translation>
        </message>
        <message>
            <source>Ta&amp;ke photo…</source>
            <translation>Am&amp;bil foto…</translation>
        </message>
        <message>
            <source>Take a photo with the camera</source>
            <translation>Ambil foto dengan kamera</translation>
        </message>
        <message>
            <source>&amp;Renew membership</source>
            <translation>Perpanjang keangg&amp;otaan</translation>
        </message>
        <message>
            <source>Renew membership</source>
            <translation>Perpanjang keanggotaan</translation>
        </message>
        <message>
            <source>Block or unblock</source>
            <translation>Blokir atau buka blokir</translation>
        </message>
        <message>
            <source>Open this member at the circulation desk</source>
            <translation>Buka anggota ini di meja layanan</translation>
        </message>
        <message>
            <source>Serve at the des&amp;k</source>
            <translation>La&amp;yani di meja layanan</translation>
        </message>
        <message>
            <source>Print card…</source>
            <translation>Cetak kartu…</translation>
        </message>
        <message>
            <source>Print this member's card</source>
            <translation>Cetak kartu anggota ini</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Batas kembali</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Books on loan</source>
            <translation>Buku yang dipinjam</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>Loan history</source>
            <translation>Riwayat peminjaman</translation>
        </message>
        <message>
            <source>Taken back by</source>
            <translation>Diterima kembali oleh</translation>
        </message>
        <message>
            <source>On loan now:</source>
            <translation>Sedang dipinjam:</translation>
        </message>
        <message>
            <source>History (newest first):</source>
            <translation>Riwayat (terbaru di atas):</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <source>Fines ledger</source>
            <translation>Buku denda</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>Catat &amp;pembayaran…</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>Catat pembayaran</translation>
        </message>
        <message>
            <source>&amp;Waive…</source>
            <translation>&amp;Hapuskan…</translation>
        </message>
        <message>
            <source>Waive fines</source>
            <translation>Hapuskan denda</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Data diri</translation>
        </message>
        <message>
            <source>&amp;Loans</source>
            <translation>Pinjaman</translation>
        </message>
        <message>
            <source>&amp;Fines</source>
            <translation>D&amp;enda</translation>
        </message>
        <message>
            <source>{first}–{last} of {total} members</source>
            <translation>{first}–{last} dari {total} anggota</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Daftarkan</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Anggota baru</translation>
        </message>
        <message>
            <source>Blo&amp;ck…</source>
            <translation>Blo&amp;kir…</translation>
        </message>
        <message>
            <source>Choose a member from the list</source>
            <translation>Pilih anggota dari daftar</translation>
        </message>
        <message>
            <source>Fill in the form and press Register.</source>
            <translation>Isi formulir lalu tekan Daftarkan.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Tanpa foto</translation>
        </message>
        <message>
            <source>Member until {date}</source>
            <translation>Anggota sampai {date}</translation>
        </message>
        <message>
            <source>MEMBERSHIP EXPIRED</source>
            <translation>KEANGGOTAAN HABIS</translation>
        </message>
        <message>
            <source>BLOCKED: {reason}</source>
            <translation>DIBLOKIR: {reason}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} terlambat</translation>
        </message>
        <message>
            <source>unpaid fines {amount}</source>
            <translation>denda belum dibayar {amount}</translation>
        </message>
        <message>
            <source>Un&amp;block</source>
            <translation>Buka blo&amp;kir</translation>
        </message>
        <message>
            <source>{days} day(s), {amount}</source>
            <translation>{days} hari, {amount}</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Denda</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pembayaran</translation>
        </message>
        <message>
            <source>Waiver</source>
            <translation>Penghapusan</translation>
        </message>
        <message>
            <source>Unpaid: {amount}</source>
            <translation>Belum dibayar: {amount}</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mungkin sudah terdaftar</translation>
        </message>
        <message>
            <source>Registered. Card number: {number}</source>
            <translation>Terdaftar. Nomor kartu: {number}</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Pilih foto</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
            <translation>Gambar (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
        </message>
        <message>
            <source>Membership renewed</source>
            <translation>Keanggotaan diperpanjang</translation>
        </message>
        <message>
            <source>{name} is a member until {date}.</source>
            <translation>{name} menjadi anggota sampai {date}.</translation>
        </message>
        <message>
            <source>Block member</source>
            <translation>Blokir anggota</translation>
        </message>
        <message>
            <source>Why may {name} not borrow?</source>
            <translation>Mengapa {name} tidak boleh meminjam?</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Catat pembayaran</translation>
        </message>
        <message>
            <source>Amount paid (Rp), owed {amount}:</source>
            <translation>Jumlah dibayar (Rp), utang denda {amount}:</translation>
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
        <message>
            <source>The import was stopped: nothing was changed. Import the file again when you are ready.</source>
            <translation>Impor dihentikan: tidak ada yang diubah. Impor berkas itu lagi bila Anda sudah siap.</translation>
        </message>
        <message>
            <source>Cancel came as the import was being saved: the import is complete.</source>
            <translation>Batal ditekan saat impor sedang disimpan: impor sudah selesai dan lengkap.</translation>
        </message>
    </context>
    <context>
        <name>NationalHolidaysDialog</name>
        <message>
            <source>Add national holidays</source>
            <translation>Tambah libur nasional</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Also the &amp;cuti bersama (the government's joint leave days)</source>
            <translation>Juga &amp;cuti bersama (yang ditetapkan pemerintah)</translation>
        </message>
        <message>
            <source>Also the cuti bersama</source>
            <translation>Juga cuti bersama</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>National holidays to add</source>
            <translation>Libur nasional yang akan ditambahkan</translation>
        </message>
        <message>
            <source>Add the ticked days</source>
            <translation>Tambahkan hari yang dicentang</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Tahun:</translation>
        </message>
        <message>
            <source>Tick the days the library is closed. A due date never falls on them, and fines can leave them out.</source>
            <translation>Centang hari-hari perpustakaan tutup. Batas kembali tidak pernah jatuh pada hari itu, dan denda dapat tidak menghitungnya.</translation>
        </message>
        <message>
            <source>cuti bersama</source>
            <translation>cuti bersama</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>perkiraan</translation>
        </message>
        <message>
            <source>already entered</source>
            <translation>sudah ada</translation>
        </message>
        <message>
            <source>An estimate is a lunar date the government has not fixed yet: check it when the government announces the year's holidays.</source>
            <translation>Perkiraan adalah tanggal menurut kalender bulan yang belum ditetapkan pemerintah: periksa lagi saat pemerintah mengumumkan hari libur tahun itu.</translation>
        </message>
        <message>
            <source>The government has not announced the cuti bersama of {year} yet (usually late in the year before).</source>
            <translation>Pemerintah belum mengumumkan cuti bersama {year} (biasanya menjelang akhir tahun sebelumnya).</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Desk</source>
            <translation>Meja Layanan</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Visitor book</source>
            <translation>Buku tamu</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Koleksi</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Komunitas</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistem</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Keterlambatan</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Pemesanan</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>Inventarisasi</translation>
        </message>
        <message>
            <source>Accession register</source>
            <translation>Buku induk</translation>
        </message>
        <message>
            <source>Import &amp; Export</source>
            <translation>Impor &amp; Ekspor</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Backups &amp; safety</source>
            <translation>Cadangan &amp; keamanan</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Log audit</translation>
        </message>
        <message>
            <source>Circulation rules</source>
            <translation>Aturan sirkulasi</translation>
        </message>
        <message>
            <source>Sync with district</source>
            <translation>Sinkronisasi dengan dinas</translation>
        </message>
        <message>
            <source>Bundle inbox</source>
            <translation>Kotak masuk bundel</translation>
        </message>
        <message>
            <source>Book grants</source>
            <translation>Hibah buku</translation>
        </message>
        <message>
            <source>Union catalogue</source>
            <translation>Katalog induk</translation>
        </message>
        <message>
            <source>District statistics</source>
            <translation>Statistik kabupaten</translation>
        </message>
    </context>
    <context>
        <name>OptionsTab</name>
        <message>
            <source>A renewal counts from</source>
            <translation>Perpanjangan dihitung dari</translation>
        </message>
        <message>
            <source>the due date</source>
            <translation>tanggal batas kembali</translation>
        </message>
        <message>
            <source>the day of the renewal</source>
            <translation>hari perpanjangan</translation>
        </message>
        <message>
            <source>Do not count days the library is closed as late days</source>
            <translation>Hari perpustakaan tutup tidak dihitung sebagai hari terlambat</translation>
        </message>
        <message>
            <source>Do not count closed days in fines</source>
            <translation>Hari tutup tidak dihitung dalam denda</translation>
        </message>
        <message>
            <source>Unpaid fines that block new loans</source>
            <translation>Denda belum dibayar yang menghalangi pinjaman baru</translation>
        </message>
        <message>
            <source>Highest fine per loan</source>
            <translation>Denda tertinggi per pinjaman</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <source>Days a reserved copy waits</source>
            <translation>Lama buku pesanan disimpan</translation>
        </message>
        <message>
            <source>Receipt printer width</source>
            <translation>Lebar printer struk</translation>
        </message>
        <message>
            <source>A &amp;renewal counts from:</source>
            <translation>&amp;Perpanjangan dihitung dari:</translation>
        </message>
        <message>
            <source>&amp;Unpaid fines above this block new loans (Rp):</source>
            <translation>Denda belum dibayar di atas jumlah ini &amp;menghalangi pinjaman baru (Rp):</translation>
        </message>
        <message>
            <source>&amp;Highest fine per loan (Rp):</source>
            <translation>Denda &amp;tertinggi per pinjaman (Rp):</translation>
        </message>
        <message>
            <source>&amp;Days a reserved copy waits on the shelf:</source>
            <translation>&amp;Lama buku pesanan disimpan di rak (hari):</translation>
        </message>
        <message>
            <source>Receipt &amp;printer width:</source>
            <translation>Lebar printer &amp;struk:</translation>
        </message>
        <message>
            <source>&amp;Save options</source>
            <translation>&amp;Simpan pilihan</translation>
        </message>
        <message>
            <source>Save options</source>
            <translation>Simpan pilihan</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>The circulation options were saved.</source>
            <translation>Pilihan sirkulasi sudah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>OutputLanguageBox</name>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
    </context>
    <context>
        <name>OverduePage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Muat ulang daftar</translation>
        </message>
        <message>
            <source>Print &amp;letters for everyone (PDF)…</source>
            <translation>Cetak surat &amp;untuk semua (PDF)…</translation>
        </message>
        <message>
            <source>Print reminder letters for everyone</source>
            <translation>Cetak surat pengingat untuk semua</translation>
        </message>
        <message>
            <source>Members with overdue books</source>
            <translation>Anggota dengan buku terlambat</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Buku</translation>
        </message>
        <message>
            <source>Most days late</source>
            <translation>Terlambat terlama (hari)</translation>
        </message>
        <message>
            <source>Fine so far</source>
            <translation>Denda sampai hari ini</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>Diingatkan</translation>
        </message>
        <message>
            <source>Overdue books of this member</source>
            <translation>Buku terlambat anggota ini</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Batas kembali</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Hari terlambat</translation>
        </message>
        <message>
            <source>Looking for overdue books…</source>
            <translation>Mencari buku yang terlambat…</translation>
        </message>
        <message>
            <source>The list could not be made: {error}</source>
            <translation>Daftar tidak dapat dibuat: {error}</translation>
        </message>
        <message>
            <source>Letter for this &amp;member (PDF)…</source>
            <translation>Surat untuk anggota &amp;ini (PDF)…</translation>
        </message>
        <message>
            <source>Print a reminder letter for this member</source>
            <translation>Cetak surat pengingat untuk anggota ini</translation>
        </message>
        <message>
            <source>{members} member(s), {books} book(s), fines so far {amount} — {date}</source>
            <translation>{members} anggota, {books} buku, denda sampai hari ini {amount} — {date}</translation>
        </message>
        <message>
            <source>Nobody has overdue books.</source>
            <translation>Tidak ada buku yang terlambat.</translation>
        </message>
        <message>
            <source>Save reminder letters</source>
            <translation>Simpan surat pengingat</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{count} letter(s) saved to {path}</source>
            <translation>{count} surat disimpan ke {path}</translation>
        </message>
        <message>
            <source>Writing reminder letters</source>
            <translation>Membuat surat pengingat</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Pay fine</source>
            <translation>Bayar denda</translation>
        </message>
        <message>
            <source>{name} owes {amount}. Amount paid (Rp):</source>
            <translation>Denda {name}: {amount}. Jumlah yang dibayar (Rp):</translation>
        </message>
        <message>
            <source>Amount paid (Rp)</source>
            <translation>Jumlah yang dibayar (Rp)</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Catat pembayaran</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Type the amount in rupiah, for example 5000 or 5.000.</source>
            <translation>Ketik jumlahnya dalam rupiah, misalnya 5000 atau 5.000.</translation>
        </message>
        <message>
            <source>{name} owes only {amount}; the payment cannot be more.</source>
            <translation>Denda {name} hanya {amount}; pembayaran tidak boleh lebih.</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>The printer could not be started.</source>
            <translation>Printer tidak bisa dimulai.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave the kiosk</source>
            <translation>Keluar dari kios</translation>
        </message>
        <message>
            <source>Librarian PIN</source>
            <translation>PIN pustakawan</translation>
        </message>
        <message>
            <source>A librarian's PIN is needed to leave the kiosk.</source>
            <translation>PIN pustakawan diperlukan untuk keluar dari kios.</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Tetap di sini</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
    </context>
    <context>
        <name>PostersTab</name>
        <message>
            <source>Kind of poster</source>
            <translation>Jenis poster</translation>
        </message>
        <message>
            <source>New arrivals</source>
            <translation>Buku baru</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>This month at the library</source>
            <translation>Bulan ini di perpustakaan</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Ukuran kertas</translation>
        </message>
        <message>
            <source>Square post (1080 × 1080 pixels)</source>
            <translation>Unggahan persegi (1080 × 1080 piksel)</translation>
        </message>
        <message>
            <source>Phone story / WhatsApp status (1080 × 1920 pixels)</source>
            <translation>Story / status WhatsApp (1080 × 1920 piksel)</translation>
        </message>
        <message>
            <source>Language of the poster</source>
            <translation>Bahasa poster</translation>
        </message>
        <message>
            <source>Books added in the last days</source>
            <translation>Buku yang ditambahkan dalam beberapa hari terakhir</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>e.g. Saturday 14 March, 09.00-11.00</source>
            <translation>mis. Sabtu 14 Maret, 09.00-11.00</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>pisahkan dengan koma</translation>
        </message>
        <message>
            <source>&amp;Poster:</source>
            <translation>Jenis &amp;poster:</translation>
        </message>
        <message>
            <source>Paper si&amp;ze:</source>
            <translation>&amp;Ukuran kertas:</translation>
        </message>
        <message>
            <source>Lang&amp;uage:</source>
            <translation>Ba&amp;hasa:</translation>
        </message>
        <message>
            <source>&amp;New books from:</source>
            <translation>Buku baru &amp;dari:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Programme title</source>
            <translation>Judul kegiatan</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Waktu:</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Tanggal dan jam</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Keterangan:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Pa&amp;rtners:</source>
            <translation>&amp;Mitra:</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>&amp;Link (QR code):</source>
            <translation>Tautan (&amp;QR):</translation>
        </message>
        <message>
            <source>Link printed as a QR code</source>
            <translation>Tautan yang dicetak sebagai kode QR</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>{count} new books on the poster.</source>
            <translation>{count} buku baru di poster.</translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <source>&amp;Practice mode (for new volunteers)…</source>
            <translation>Mode &amp;latihan (untuk relawan baru)…</translation>
        </message>
        <message>
            <source>Practice tasks &amp;done per staff account</source>
            <translation>&amp;Tugas latihan yang selesai per akun petugas</translation>
        </message>
        <message>
            <source>PRACTICE (LATIHAN): made-up members and loans. Nothing you do here reaches the real library, its reports or the district.</source>
            <translation>LATIHAN: anggota dan peminjaman karangan. Apa pun yang Anda lakukan di sini tidak sampai ke perpustakaan yang sebenarnya, laporannya, atau dinas.</translation>
        </message>
        <message>
            <source>Practice &amp;tasks</source>
            <translation>&amp;Tugas latihan</translation>
        </message>
        <message>
            <source>&amp;Leave practice</source>
            <translation>&amp;Keluar dari latihan</translation>
        </message>
        <message>
            <source>Practice tasks</source>
            <translation>Tugas latihan</translation>
        </message>
        <message>
            <source>&amp;Start this task again</source>
            <translation>&amp;Mulai tugas ini lagi</translation>
        </message>
        <message>
            <source>{task}: done</source>
            <translation>{task}: selesai</translation>
        </message>
        <message>
            <source>{task}: not done yet</source>
            <translation>{task}: belum selesai</translation>
        </message>
        <message>
            <source>{done} of {total} tasks done.</source>
            <translation>{done} dari {total} tugas selesai.</translation>
        </message>
        <message>
            <source>Started: do it now; the tick comes by itself.</source>
            <translation>Dimulai: kerjakan sekarang; tanda centang muncul sendiri.</translation>
        </message>
        <message>
            <source>Well done! Finished: {tasks}.</source>
            <translation>Bagus! Selesai: {tasks}.</translation>
        </message>
        <message>
            <source>Practice: tasks done per staff account</source>
            <translation>Latihan: tugas yang selesai per akun petugas</translation>
        </message>
        <message>
            <source>Staff account</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <source>Practice tasks done per staff account</source>
            <translation>Tugas latihan yang selesai per akun petugas</translation>
        </message>
        <message>
            <source>done</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>No practice library yet.</source>
            <translation>Belum ada perpustakaan latihan.</translation>
        </message>
        <message>
            <source>Practice library made {when}.</source>
            <translation>Perpustakaan latihan dibuat {when}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Make the practice library &amp;anew</source>
            <translation>&amp;Buat ulang perpustakaan latihan</translation>
        </message>
        <message>
            <source>Make the practice library anew</source>
            <translation>Buat ulang perpustakaan latihan</translation>
        </message>
        <message>
            <source>Everything done in practice is removed and the practice library is made again from today's catalogue. The real library is not changed. The list of who finished which task stays.</source>
            <translation>Semua yang dikerjakan saat latihan dihapus dan perpustakaan latihan dibuat lagi dari katalog hari ini. Perpustakaan yang sebenarnya tidak berubah. Daftar siapa menyelesaikan tugas apa tetap disimpan.</translation>
        </message>
        <message>
            <source>Work in the background (a sync with the district, a count for the dashboard) is still finishing. Nothing was changed: try again in a minute.</source>
            <translation>Pekerjaan di latar belakang (sinkronisasi dengan kabupaten, penghitungan untuk dasbor) masih berjalan. Belum ada yang diubah: coba lagi sebentar lagi.</translation>
        </message>
    </context>
    <context>
        <name>PracticeTask</name>
        <message>
            <source>Lend a book</source>
            <translation>Meminjamkan buku</translation>
        </message>
        <message>
            <source>Open the Desk page (Ctrl+1). Scan or type a member number, for example {member}, press Enter, then scan or type the barcode of a copy on the shelf, for example {copy}, and press Enter.</source>
            <translation>Buka halaman Meja Layanan (Ctrl+1). Pindai atau ketik nomor anggota, misalnya {member}, tekan Enter, lalu pindai atau ketik barkode eksemplar yang ada di rak, misalnya {copy}, dan tekan Enter.</translation>
        </message>
        <message>
            <source>Return a late book and take the fine</source>
            <translation>Menerima buku yang terlambat dan menerima dendanya</translation>
        </message>
        <message>
            <source>On the Desk page press F3 (Return) and scan the late copy {late_copy} (it was due {due}). If the desk shows a fine, take the payment for it.</source>
            <translation>Di halaman Meja Layanan tekan F3 (Pengembalian) dan pindai eksemplar yang terlambat {late_copy} (batas kembalinya {due}). Jika muncul denda, terima pembayarannya.</translation>
        </message>
        <message>
            <source>Renew a loan</source>
            <translation>Memperpanjang peminjaman</translation>
        </message>
        <message>
            <source>On the Desk page press F4 (Renew) and scan a copy that is out, for example {out_copy}.</source>
            <translation>Di halaman Meja Layanan tekan F4 (Perpanjang) dan pindai eksemplar yang sedang dipinjam, misalnya {out_copy}.</translation>
        </message>
        <message>
            <source>Register a new member</source>
            <translation>Mendaftarkan anggota baru</translation>
        </message>
        <message>
            <source>Open the Members page, choose New member, fill in the name, gender and birth date of a made-up person and save.</source>
            <translation>Buka halaman Anggota, pilih Anggota baru, isi nama, jenis kelamin dan tanggal lahir seseorang karangan, lalu simpan.</translation>
        </message>
        <message>
            <source>Sign in a visitor</source>
            <translation>Mencatat pengunjung</translation>
        </message>
        <message>
            <source>Open the Visitor book page and sign in a guest (gender, age and purpose) or scan a member number, for example {member}.</source>
            <translation>Buka halaman Buku tamu dan catat seorang tamu (jenis kelamin, umur dan keperluan) atau pindai nomor anggota, misalnya {member}.</translation>
        </message>
        <message>
            <source>Add a new title by its ISBN</source>
            <translation>Menambah judul baru lewat ISBN-nya</translation>
        </message>
        <message>
            <source>Open the Catalogue page, choose New title, scan or type the ISBN from the back of a book, check the title and author, add a copy and save.</source>
            <translation>Buka halaman Katalog, pilih Judul baru, pindai atau ketik ISBN dari sampul belakang buku, periksa judul dan pengarang, tambahkan eksemplar lalu simpan.</translation>
        </message>
        <message>
            <source>Print the labels of the new title</source>
            <translation>Mencetak label judul baru itu</translation>
        </message>
        <message>
            <source>Open the Printing page (or Save and print labels in the catalogue), choose spine or combined labels for the new copies and print or save the PDF.</source>
            <translation>Buka halaman Cetak (atau Simpan dan cetak label di katalog), pilih label punggung atau label gabungan untuk eksemplar baru, lalu cetak atau simpan PDF-nya.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>&amp;Column contents, left to right (Tab goes to the next column):</source>
            <translation>Isi &amp;kolom, dari kiri ke kanan (Tab: ke kolom berikutnya):</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Baris pertama berkas</translation>
        </message>
        <message>
            <source>Reading the first rows for the preview</source>
            <translation>Membaca baris-baris pertama untuk pratinjau</translation>
        </message>
        <message>
            <source>Recognised as an INLISLite export: read as INLISLite writes it. The first rows:</source>
            <translation>Dikenali sebagai ekspor INLISLite: dibaca seperti INLISLite menulisnya. Baris-baris pertama:</translation>
        </message>
        <message>
            <source>Choose what each column holds. The guess comes from the column names; columns set to “(ignore)” are not imported.</source>
            <translation>Pilih isi setiap kolom. Tebakan diambil dari nama kolom; kolom yang diatur “(abaikan)” tidak diimpor.</translation>
        </message>
        <message>
            <source>The workbook has {count} sheets ({names}): this is the first; every sheet with titles is imported, its columns read by these choices.</source>
            <translation>Buku kerja ini punya {count} lembar ({names}): ini yang pertama; setiap lembar yang berisi judul ikut diimpor, kolom-kolomnya dibaca menurut pilihan ini.</translation>
        </message>
        <message>
            <source>Some rows of the sheet are hidden in Excel (hidden, or filtered out): they are imported too. The check on the next step counts them.</source>
            <translation>Sebagian baris lembar ini disembunyikan di Excel (disembunyikan atau tersaring filter): baris itu ikut diimpor. Pemeriksaan di langkah berikut menghitungnya.</translation>
        </message>
        <message>
            <source>Field for column {column}</source>
            <translation>Ruas untuk kolom {column}</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(abaikan)</translation>
        </message>
        <message>
            <source>{value}
In the file: {written}</source>
            <translation>{value}
Di berkas: {written}</translation>
        </message>
        <message>
            <source>{value} (to check)</source>
            <translation>{value} (perlu diperiksa)</translation>
        </message>
        <message>
            <source>The columns {columns} all go to “{field}”: each row's values are joined, one after another.</source>
            <translation>Kolom {columns} semuanya masuk ke “{field}”: isi setiap baris digabung, satu sesudah yang lain.</translation>
        </message>
        <message>
            <source>The columns {columns} are all set to “{field}”, which takes one column: only one column's values could come in. Choose another field for all but one of them, or “(ignore)”.</source>
            <translation>Kolom {columns} semuanya diatur ke “{field}”, padahal ruas itu hanya mengambil satu kolom: hanya isi satu kolom yang bisa masuk. Pilih ruas lain untuk semua kecuali satu, atau “(abaikan)”.</translation>
        </message>
        <message>
            <source>The first rows of the library {database}:</source>
            <translation>Baris-baris pertama perpustakaan {database}:</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>Baris-baris pertama berkas:</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>1. Bring this card whenever you borrow books.
2. Return books on time and look after them.
3. A lost or damaged book must be replaced.
4. This card may not be lent to anyone else.</source>
            <translation>1. Bawa kartu ini setiap kali meminjam buku.
2. Kembalikan buku tepat waktu dan jaga baik-baik.
3. Buku yang hilang atau rusak wajib diganti.
4. Kartu ini tidak boleh dipinjamkan kepada orang lain.</translation>
        </message>
        <message>
            <source>Member card</source>
            <translation>Kartu anggota</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>Parent/guardian: {name}</source>
            <translation>Orang tua/wali: {name}</translation>
        </message>
        <message>
            <source>Valid until {date}</source>
            <translation>Berlaku s.d. {date}</translation>
        </message>
        <message>
            <source>Library rules</source>
            <translation>Tata tertib perpustakaan</translation>
        </message>
        <message>
            <source>If found, please return to {library}.</source>
            <translation>Jika menemukan kartu ini, mohon kembalikan ke {library}.</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Kartu anggota</translation>
        </message>
        <message>
            <source>Spine label</source>
            <translation>Label punggung</translation>
        </message>
        <message>
            <source>Barcode label</source>
            <translation>Label barkode</translation>
        </message>
        <message>
            <source>Barcode and call number</source>
            <translation>Barkode dan nomor panggil</translation>
        </message>
        <message>
            <source>Test page: {title}</source>
            <translation>Halaman uji: {title}</translation>
        </message>
        <message>
            <source>Printer: {printer} · offset x {dx} mm, y {dy} mm · scale {scale} % · first label at {x} × {y} mm from the top-left corner</source>
            <translation>Printer: {printer} · geser x {dx} mm, y {dy} mm · skala {scale} % · label pertama di {x} × {y} mm dari sudut kiri atas</translation>
        </message>
        <message>
            <source>Print at actual size (100 %, no 'fit to page') on plain paper, lay it on a label sheet against the light and measure how far the outlines miss the labels. Enter that as the offset; if the error grows across the sheet, correct the scale. The rulers start 6 mm in from the edge; their numbers are millimetres from the paper's edge.</source>
            <translation>Cetak dengan ukuran sebenarnya (100 %, bukan 'fit to page') di kertas biasa, tempelkan pada lembar label di depan cahaya, lalu ukur seberapa jauh garis tepi meleset dari label. Masukkan selisih itu sebagai offset; bila selisihnya makin besar ke ujung lembar, perbaiki skalanya. Penggaris dimulai 6 mm dari tepi; angkanya adalah milimeter dari tepi kertas.</translation>
        </message>
        <message>
            <source>New arrivals</source>
            <translation>Buku baru</translation>
        </message>
        <message>
            <source>Come and borrow them at the library</source>
            <translation>Ayo pinjam di perpustakaan</translation>
        </message>
        <message>
            <source>You are invited!</source>
            <translation>Anda diundang!</translation>
        </message>
        <message>
            <source>A community programme at the library</source>
            <translation>Kegiatan masyarakat di perpustakaan</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Together with: {partners}</source>
            <translation>Bersama: {partners}</translation>
        </message>
        <message>
            <source>Scan for details:</source>
            <translation>Pindai untuk info lengkap:</translation>
        </message>
        <message>
            <source>The catalogue on your phone</source>
            <translation>Katalog di HP Anda</translation>
        </message>
        <message>
            <source>Search books, see your loans, renew and reserve: free, no internet needed</source>
            <translation>Cari buku, lihat pinjaman, perpanjang dan pesan: gratis, tanpa internet</translation>
        </message>
        <message>
            <source>1. Connect to the Wi-Fi: {name}</source>
            <translation>1. Sambungkan ke Wi-Fi: {name}</translation>
        </message>
        <message>
            <source>1. Connect to the library's Wi-Fi</source>
            <translation>1. Sambungkan ke Wi-Fi perpustakaan</translation>
        </message>
        <message>
            <source>2. Scan this code with your phone's camera</source>
            <translation>2. Pindai kode ini dengan kamera HP Anda</translation>
        </message>
        <message>
            <source>3. Or type this address in the browser:</source>
            <translation>3. Atau ketik alamat ini di peramban:</translation>
        </message>
        <message>
            <source>This month at the library</source>
            <translation>Bulan ini di perpustakaan</translation>
        </message>
        <message>
            <source>visitors</source>
            <translation>pengunjung</translation>
        </message>
        <message>
            <source>books borrowed</source>
            <translation>buku dipinjam</translation>
        </message>
        <message>
            <source>new books</source>
            <translation>buku baru</translation>
        </message>
        <message>
            <source>Next programme</source>
            <translation>Kegiatan berikutnya</translation>
        </message>
        <message>
            <source>Come and read with us!</source>
            <translation>Ayo membaca bersama kami!</translation>
        </message>
        <message>
            <source>{when} · {place}</source>
            <translation>{when} · {place}</translation>
        </message>
        <message>
            <source>Cancelled: {reason}</source>
            <translation>Dibatalkan: {reason}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Not printed ({count}), the card number cannot be a barcode: {numbers}</source>
            <translation>Tidak dicetak ({count}), nomor anggotanya tidak bisa dijadikan barkode: {numbers}</translation>
        </message>
        <message>
            <source>{count} of these cards show a membership that has run out (renew it first, F5 at the desk): {numbers}</source>
            <translation>{count} kartu ini mencantumkan keanggotaan yang sudah habis masa berlakunya (perpanjang dulu, F5 di Meja Layanan): {numbers}</translation>
        </message>
        <message>
            <source>Not included: {count} members whose membership has run out. Renew a membership (F5 at the desk) and its card can be printed.</source>
            <translation>Tidak termasuk: {count} anggota yang masa keanggotaannya sudah habis. Perpanjang keanggotaannya (F5 di Meja Layanan), lalu kartunya bisa dicetak.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>dan {count} lainnya</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>What to print</source>
            <translation>Yang dicetak</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <source>&amp;Member cards</source>
            <translation>Kartu anggota</translation>
        </message>
        <message>
            <source>P&amp;osters</source>
            <translation>P&amp;oster</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Pratinjau halaman pertama</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Cetak...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>&amp;Save as PDF...</source>
            <translation>&amp;Simpan sebagai PDF...</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Simpan sebagai PDF</translation>
        </message>
        <message>
            <source>Save as P&amp;NG...</source>
            <translation>Simpan seba&amp;gai PNG...</translation>
        </message>
        <message>
            <source>Save as PNG for social media</source>
            <translation>Simpan sebagai PNG untuk media sosial</translation>
        </message>
        <message>
            <source>First page:</source>
            <translation>Halaman pertama:</translation>
        </message>
        <message>
            <source>Kind of label</source>
            <translation>Jenis label</translation>
        </message>
        <message>
            <source>Label sheet</source>
            <translation>Lembar label</translation>
        </message>
        <message>
            <source>Add a label sheet template</source>
            <translation>Tambah templat lembar label</translation>
        </message>
        <message>
            <source>Just added</source>
            <translation>Baru ditambahkan</translation>
        </message>
        <message>
            <source>New barcodes from an import</source>
            <translation>Barkode baru dari impor</translation>
        </message>
        <message>
            <source>Received between dates</source>
            <translation>Diterima antara tanggal</translation>
        </message>
        <message>
            <source>Accession numbers</source>
            <translation>Nomor induk</translation>
        </message>
        <message>
            <source>Hand-picked barcodes</source>
            <translation>Barkode pilihan</translation>
        </message>
        <message>
            <source>Catalogue search</source>
            <translation>Cari di katalog</translation>
        </message>
        <message>
            <source>Start at label number</source>
            <translation>Mulai di label nomor</translation>
        </message>
        <message>
            <source>On a partly used sheet, the first free label (counted row by row).</source>
            <translation>Pada lembar yang sudah terpakai sebagian: label kosong pertama (dihitung baris demi baris).</translation>
        </message>
        <message>
            <source>Labels per copy</source>
            <translation>Label tiap eksemplar</translation>
        </message>
        <message>
            <source>Library name band on spine labels</source>
            <translation>Pita nama perpustakaan pada label punggung</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>Eksemplar:</translation>
        </message>
        <message>
            <source>Labels per cop&amp;y:</source>
            <translation>Label &amp;tiap eksemplar:</translation>
        </message>
        <message>
            <source>Calibration for this sheet and printer</source>
            <translation>Kalibrasi untuk lembar dan printer ini</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Any printer</source>
            <translation>Printer mana pun</translation>
        </message>
        <message>
            <source>Move right (mm)</source>
            <translation>Geser ke kanan (mm)</translation>
        </message>
        <message>
            <source>Move down (mm)</source>
            <translation>Geser ke bawah (mm)</translation>
        </message>
        <message>
            <source>Scale (%)</source>
            <translation>Skala (%)</translation>
        </message>
        <message>
            <source>Save calibration</source>
            <translation>Simpan kalibrasi</translation>
        </message>
        <message>
            <source>Print a &amp;test page...</source>
            <translation>Cetak &amp;halaman uji...</translation>
        </message>
        <message>
            <source>Print a test page with rulers and label outlines</source>
            <translation>Cetak halaman uji dengan penggaris dan garis tepi label</translation>
        </message>
        <message>
            <source>P&amp;rinter:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>The library name and the rules on the back come from Settings.</source>
            <translation>Nama perpustakaan dan tata tertib di bagian belakang diambil dari Pengaturan.</translation>
        </message>
        <message>
            <source>Choose the &amp;logo...</source>
            <translation>&amp;Pilih logo...</translation>
        </message>
        <message>
            <source>Choose the library logo for the cards</source>
            <translation>Pilih logo perpustakaan untuk kartu</translation>
        </message>
        <message>
            <source>Remove the logo</source>
            <translation>Hapus logo</translation>
        </message>
        <message>
            <source>Remove the library logo</source>
            <translation>Hapus logo perpustakaan</translation>
        </message>
        <message>
            <source>Thin bars (print at 300 dpi or more, or choose a wider label): {copies}</source>
            <translation>Garis barkode tipis (cetak dengan 300 dpi atau lebih, atau pilih label yang lebih lebar): {copies}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Pratinjau sedang diperbarui…</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Mencetak</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Pilih logo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>Chosen in the catalogue</source>
            <translation>Dipilih di katalog</translation>
        </message>
        <message>
            <source>Move &amp;down:</source>
            <translation>Geser ke ba&amp;wah:</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Anggota baru</translation>
        </message>
        <message>
            <source>Registered between dates</source>
            <translation>Terdaftar antara tanggal</translation>
        </message>
        <message>
            <source>Hand-picked member numbers</source>
            <translation>Nomor anggota pilihan</translation>
        </message>
        <message>
            <source>All valid members</source>
            <translation>Semua anggota yang masih berlaku</translation>
        </message>
        <message>
            <source>A4, 10 cards with cut marks</source>
            <translation>A4, 10 kartu dengan tanda potong</translation>
        </message>
        <message>
            <source>One card per page (card printer)</source>
            <translation>Satu kartu per halaman (printer kartu)</translation>
        </message>
        <message>
            <source>Card layout</source>
            <translation>Tata letak kartu</translation>
        </message>
        <message>
            <source>Front and back (duplex)</source>
            <translation>Depan dan belakang (bolak-balik)</translation>
        </message>
        <message>
            <source>Front only</source>
            <translation>Depan saja</translation>
        </message>
        <message>
            <source>Back only</source>
            <translation>Belakang saja</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Sisi</translation>
        </message>
        <message>
            <source>M&amp;embers:</source>
            <translation>Ang&amp;gota:</translation>
        </message>
        <message>
            <source>La&amp;yout:</source>
            <translation>Tata le&amp;tak:</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>S&amp;isi:</translation>
        </message>
        <message>
            <source>Ne&amp;w sheet...</source>
            <translation>Ta&amp;mbah lembar...</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Lemba&amp;r:</translation>
        </message>
        <message>
            <source>Start at la&amp;bel:</source>
            <translation>Mulai di label &amp;ke:</translation>
        </message>
        <message>
            <source>Sa&amp;ve calibration</source>
            <translation>Simpan kal&amp;ibrasi</translation>
        </message>
        <message>
            <source>Move r&amp;ight:</source>
            <translation>G&amp;eser ke kanan:</translation>
        </message>
        <message>
            <source>Scal&amp;e:</source>
            <translation>&amp;Ukuran (skala):</translation>
        </message>
        <message>
            <source>Name, school, class or dusun</source>
            <translation>Nama, sekolah, kelas atau dusun</translation>
        </message>
        <message>
            <source>Moved in from the old system</source>
            <translation>Pindahan dari sistem lama</translation>
        </message>
        <message>
            <source>Without a card printed here</source>
            <translation>Belum dicetakkan kartu di sini</translation>
        </message>
        <message>
            <source>Chosen on the Members page</source>
            <translation>Dipilih di halaman Anggota</translation>
        </message>
        <message>
            <source>a name or card number, a school and class (SD NEGERI 1 SUKAMAJU 4A), or a dusun</source>
            <translation>nama atau nomor kartu, sekolah dan kelas (SD NEGERI 1 SUKAMAJU 4A), atau dusun</translation>
        </message>
        <message>
            <source>{count} copies chosen in the catalogue</source>
            <translation>{count} eksemplar dipilih di katalog</translation>
        </message>
        <message>
            <source>{copies} copies, {labels} labels on {pages} sheets.</source>
            <translation>{copies} eksemplar, {labels} label pada {pages} lembar.</translation>
        </message>
        <message>
            <source>Not printed: {copies}</source>
            <translation>Tidak dicetak: {copies}</translation>
        </message>
        <message>
            <source>Barcode only, no call number, class, author or title: {copies}</source>
            <translation>Hanya barkode, tanpa nomor panggil, nomor kelas, pengarang, maupun judul: {copies}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>{count} member cards.</source>
            <translation>{count} kartu anggota.</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Kartu anggota</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the PDF</source>
            <translation>Membuat PDF</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Disimpan ke {path}.</translation>
        </message>
        <message>
            <source>Save as PNG</source>
            <translation>Simpan sebagai PNG</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <source>Making the picture</source>
            <translation>Membuat gambar</translation>
        </message>
        <message>
            <source>{pages} pages sent to the printer.</source>
            <translation>{pages} halaman dikirim ke printer.</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Kalibrasi</translation>
        </message>
        <message>
            <source>The calibration is saved for this sheet and printer.</source>
            <translation>Kalibrasi disimpan untuk lembar dan printer ini.</translation>
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
        <name>Programs</name>
        <message>
            <source>Book club</source>
            <translation>Klub buku</translation>
        </message>
        <message>
            <source>Digital-skills training</source>
            <translation>Pelatihan keterampilan digital</translation>
        </message>
        <message>
            <source>Storytelling</source>
            <translation>Mendongeng</translation>
        </message>
        <message>
            <source>Skills workshop</source>
            <translation>Pelatihan keterampilan</translation>
        </message>
        <message>
            <source>Literacy class</source>
            <translation>Kelas keaksaraan</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Village government</source>
            <translation>Pemerintah desa</translation>
        </message>
        <message>
            <source>PKK (women's group)</source>
            <translation>PKK</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Sekolah</translation>
        </message>
        <message>
            <source>Health post</source>
            <translation>Posyandu / Puskesmas</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>LSM</translation>
        </message>
        <message>
            <source>Community group</source>
            <translation>Kelompok masyarakat</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>New programme…</source>
            <translation>Kegiatan baru…</translation>
        </message>
        <message>
            <source>Programme details</source>
            <translation>Rincian kegiatan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Skill taught</source>
            <translation>Keterampilan yang diajarkan</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Simpan perubahan</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Pertemuan</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Tanggal dan jam</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Fasilitator</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Add session…</source>
            <translation>Tambah pertemuan…</translation>
        </message>
        <message>
            <source>Member card (marks present):</source>
            <translation>Kartu anggota (tandai hadir):</translation>
        </message>
        <message>
            <source>Scan a member card to mark present</source>
            <translation>Pindai kartu anggota untuk menandai hadir</translation>
        </message>
        <message>
            <source>Change session…</source>
            <translation>Ubah pertemuan…</translation>
        </message>
        <message>
            <source>Cancel session…</source>
            <translation>Batalkan pertemuan…</translation>
        </message>
        <message>
            <source>Participants: tick who was present</source>
            <translation>Peserta: centang yang hadir</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Sessions and attendance</source>
            <translation>Pertemuan dan kehadiran</translation>
        </message>
        <message>
            <source>Partners of this programme</source>
            <translation>Mitra kegiatan ini</translation>
        </message>
        <message>
            <source>Partner to add</source>
            <translation>Mitra yang ditambahkan</translation>
        </message>
        <message>
            <source>Add to programme</source>
            <translation>Tambahkan ke kegiatan</translation>
        </message>
        <message>
            <source>New partner…</source>
            <translation>Mitra baru…</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Stories and testimonials</source>
            <translation>Kisah dan testimoni</translation>
        </message>
        <message>
            <source>Add story…</source>
            <translation>Tambah kisah…</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Kisah</translation>
        </message>
        <message>
            <source>CANCELLED: {reason}</source>
            <translation>DIBATALKAN: {reason}</translation>
        </message>
        <message>
            <source>MoU {date}</source>
            <translation>MoU {date}</translation>
        </message>
        <message>
            <source>may be shown in public</source>
            <translation>boleh ditampilkan untuk umum</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Kegiatan baru</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Pertemuan baru</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <source>Choose a session first.</source>
            <translation>Pilih pertemuan dulu.</translation>
        </message>
        <message>
            <source>Change session</source>
            <translation>Ubah pertemuan</translation>
        </message>
        <message>
            <source>The session of {when} stays in the list as cancelled, with the reason; the web calendar shows it as cancelled on its day and the reports count it as cancelled, not held.</source>
            <translation>Pertemuan {when} tetap ada di daftar sebagai dibatalkan, beserta alasannya; kalender web menampilkannya sebagai dibatalkan pada harinya dan laporan menghitungnya sebagai dibatalkan, bukan diadakan.</translation>
        </message>
        <message>
            <source>{count} people were marked present at it; that attendance is removed too.</source>
            <translation>{count} orang sudah ditandai hadir di pertemuan itu; kehadiran itu ikut dihapus.</translation>
        </message>
        <message>
            <source>e.g. heavy rain</source>
            <translation>mis. hujan deras</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Batalkan pertemuan</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Batalkan pertemuan</translation>
        </message>
        <message>
            <source>Present: {name}</source>
            <translation>Hadir: {name}</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Mitra baru</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Agreement (MoU) date</source>
            <translation>Tanggal kesepakatan (MoU)</translation>
        </message>
        <message>
            <source>optional: a photo file</source>
            <translation>boleh kosong: berkas foto</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Pilih foto…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Gambar (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>The teller agreed that it may be shown in public (impact sheet, posts)</source>
            <translation>Pencerita setuju kisahnya boleh ditampilkan untuk umum (lembar dampak, unggahan)</translation>
        </message>
        <message>
            <source>New story</source>
            <translation>Kisah baru</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>Diceritakan oleh</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Kisah</translation>
        </message>
        <message>
            <source>Photo file</source>
            <translation>Berkas foto</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Reading the register</source>
            <translation>Membaca buku induk</translation>
        </message>
        <message>
            <source>Laying out pages</source>
            <translation>Menyusun halaman</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Menulis PDF</translation>
        </message>
        <message>
            <source>Writing the sheet</source>
            <translation>Menulis lembar kerja</translation>
        </message>
        <message>
            <source>Reading barcodes</source>
            <translation>Membaca kode</translation>
        </message>
        <message>
            <source>Marking copies</source>
            <translation>Menandai eksemplar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Making records</source>
            <translation>Membuat cantuman</translation>
        </message>
        <message>
            <source>Making copies</source>
            <translation>Membuat eksemplar</translation>
        </message>
        <message>
            <source>Making loans</source>
            <translation>Membuat peminjaman</translation>
        </message>
        <message>
            <source>Making members</source>
            <translation>Membuat anggota</translation>
        </message>
        <message>
            <source>Making programmes</source>
            <translation>Membuat kegiatan</translation>
        </message>
        <message>
            <source>Making visits</source>
            <translation>Membuat kunjungan</translation>
        </message>
        <message>
            <source>Saving records</source>
            <translation>Menyimpan cantuman</translation>
        </message>
        <message>
            <source>Updating the search index</source>
            <translation>Memperbarui indeks pencarian</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Membaca berkas</translation>
        </message>
        <message>
            <source>Writing records</source>
            <translation>Menulis cantuman</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Menyimpan</translation>
        </message>
        <message>
            <source>Writing copies</source>
            <translation>Menulis eksemplar</translation>
        </message>
        <message>
            <source>Adding files to the digital shelf</source>
            <translation>Menambahkan berkas ke rak digital</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Menulis</translation>
        </message>
        <message>
            <source>Adding pictures</source>
            <translation>Menambahkan gambar</translation>
        </message>
        <message>
            <source>Saving the file</source>
            <translation>Menyimpan berkas</translation>
        </message>
        <message>
            <source>Writing letters</source>
            <translation>Menulis surat</translation>
        </message>
        <message>
            <source>Counting the collection</source>
            <translation>Menghitung koleksi</translation>
        </message>
        <message>
            <source>Counting members</source>
            <translation>Menghitung anggota</translation>
        </message>
        <message>
            <source>Counting visits</source>
            <translation>Menghitung kunjungan</translation>
        </message>
        <message>
            <source>Counting programmes</source>
            <translation>Menghitung kegiatan</translation>
        </message>
        <message>
            <source>Backing up the current database</source>
            <translation>Mencadangkan basis data saat ini</translation>
        </message>
        <message>
            <source>Packing the changes</source>
            <translation>Mengemas perubahan</translation>
        </message>
        <message>
            <source>Checking the bundle</source>
            <translation>Memeriksa paket</translation>
        </message>
        <message>
            <source>Applying the changes</source>
            <translation>Menerapkan perubahan</translation>
        </message>
        <message>
            <source>Updating the union catalogue</source>
            <translation>Memperbarui katalog induk</translation>
        </message>
        <message>
            <source>{done} of {total} fields</source>
            <translation>{done} dari {total} isian</translation>
        </message>
        <message>
            <source>Undoing the import</source>
            <translation>Membatalkan impor</translation>
        </message>
        <message>
            <source>Copying the union catalogue to PostgreSQL…</source>
            <translation>Menyalin katalog induk ke PostgreSQL…</translation>
        </message>
        <message>
            <source>Making the search words in PostgreSQL…</source>
            <translation>Membuat kata pencarian di PostgreSQL…</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Pilih semua</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Naik</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>T&amp;urun</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Cari di:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cari di:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis berkas:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Cari folder</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rinci</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer saya</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan rincian...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan ke bawaan</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin &amp;alamat tautan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>New record</source>
            <translation>Judul baru</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Ubah judul</translation>
        </message>
        <message>
            <source>Scan or type the ISBN (or a copy's barcode), then Enter</source>
            <translation>Pindai atau ketik ISBN (atau barkode eksemplar), lalu Enter</translation>
        </message>
        <message>
            <source>ISBN or barcode to look up</source>
            <translation>ISBN atau barkode yang dicari</translation>
        </message>
        <message>
            <source>Where the data came from</source>
            <translation>Asal data</translation>
        </message>
        <message>
            <source>The district's catalogue knows this title</source>
            <translation>Katalog kabupaten mengenal judul ini</translation>
        </message>
        <message>
            <source>Main author first; separate names with ;</source>
            <translation>Pengarang utama dahulu; pisahkan nama dengan ;</translation>
        </message>
        <message>
            <source>ISBN-10 or ISBN-13, hyphens allowed</source>
            <translation>ISBN-10 atau ISBN-13, boleh dengan tanda hubung</translation>
        </message>
        <message>
            <source>Keep this ISBN as printed in the book (it goes on the review list)</source>
            <translation>Pertahankan ISBN ini seperti tercetak di buku (masuk daftar Perlu diperiksa)</translation>
        </message>
        <message>
            <source>as printed, e.g. 2010 or c2010</source>
            <translation>seperti tercetak, mis. 2010 atau c2010</translation>
        </message>
        <message>
            <source>e.g. xii, 240 hlm. ; 21 cm</source>
            <translation>mis. xii, 240 hlm. ; 21 cm</translation>
        </message>
        <message>
            <source>e.g. 899.221</source>
            <translation>mis. 899.221</translation>
        </message>
        <message>
            <source>separate subjects with ;</source>
            <translation>pisahkan subjek dengan ;</translation>
        </message>
        <message>
            <source>Hide from the patron kiosk</source>
            <translation>Sembunyikan dari kios pemustaka</translation>
        </message>
        <message>
            <source>&amp;Title *</source>
            <translation>&amp;Judul *</translation>
        </message>
        <message>
            <source>S&amp;ubtitle</source>
            <translation>&amp;Anak judul</translation>
        </message>
        <message>
            <source>Statement of &amp;responsibility</source>
            <translation>Pernyataan tanggung ja&amp;wab</translation>
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation>&amp;Pengarang</translation>
        </message>
        <message>
            <source>&amp;Edition</source>
            <translation>&amp;Edisi</translation>
        </message>
        <message>
            <source>&amp;ISBN</source>
            <translation>&amp;ISBN</translation>
        </message>
        <message>
            <source>ISS&amp;N</source>
            <translation>ISS&amp;N</translation>
        </message>
        <message>
            <source>&amp;Material type</source>
            <translation>Jenis bahan</translation>
        </message>
        <message>
            <source>&amp;Publisher</source>
            <translation>Penerbit</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Tahun</translation>
        </message>
        <message>
            <source>&amp;Collation</source>
            <translation>K&amp;olasi</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Ba&amp;hasa</translation>
        </message>
        <message>
            <source>Su&amp;bjects</source>
            <translation>S&amp;ubjek</translation>
        </message>
        <message>
            <source>Au&amp;dience</source>
            <translation>Pe&amp;mbaca sasaran</translation>
        </message>
        <message>
            <source>DDC class</source>
            <translation>Kelas &amp;DDC</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <source>Hidden from kiosk</source>
            <translation>Disembunyikan dari kios</translation>
        </message>
        <message>
            <source>Call number (derived)</source>
            <translation>Nomor panggil (otomatis)</translation>
        </message>
        <message>
            <source>Loo&amp;k up ISBN / barcode:</source>
            <translation>Ca&amp;ri ISBN / barkode:</translation>
        </message>
        <message>
            <source>Save and ne&amp;xt title</source>
            <translation>Simpan dan judul berikutn&amp;ya</translation>
        </message>
        <message>
            <source>Save this title and empty the form for the next book of the box</source>
            <translation>Simpan judul ini lalu kosongkan formulir untuk buku berikutnya dari kardus</translation>
        </message>
        <message>
            <source>Ctrl+Enter: saves, then waits for the next ISBN scan (shelf, collection type, source and date received stay)</source>
            <translation>Ctrl+Enter: menyimpan, lalu menunggu pindaian ISBN berikutnya (rak, jenis koleksi, sumber dan tanggal diterima tetap)</translation>
        </message>
        <message>
            <source>Sa&amp;ve and print labels</source>
            <translation>Simpan dan cetak &amp;label</translation>
        </message>
        <message>
            <source>Delete this wron&amp;g record…</source>
            <translation>Hapus judul yan&amp;g salah ini…</translation>
        </message>
        <message>
            <source>Delete this record and its copies, saved by mistake</source>
            <translation>Hapus judul ini beserta eksemplarnya (salah simpan)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Saved: “{title}” ({n} new copies). Scan the next book.</source>
            <translation>Tersimpan: “{title}” ({n} eksemplar baru). Pindai buku berikutnya.</translation>
        </message>
        <message>
            <source>The catalogue already has a title with the same ISBN or title and author: {records}</source>
            <translation>Katalog sudah punya judul dengan ISBN yang sama atau judul dan pengarang yang sama: {records}</translation>
        </message>
        <message>
            <source>Copies to add with this title</source>
            <translation>Eksemplar yang ditambahkan bersama judul ini</translation>
        </message>
        <message>
            <source>Dana Desa {year}, donor name, grant programme...</source>
            <translation>Dana Desa {year}, nama donatur, program hibah...</translation>
        </message>
        <message>
            <source>Ne&amp;w copies:</source>
            <translation>Eksemplar &amp;baru:</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Hapus judul</translation>
        </message>
        <message>
            <source>Delete “{title}” and its {n} copies from the catalogue? Only for a record saved by mistake: a book that left the library is withdrawn copy by copy instead.</source>
            <translation>Hapus “{title}” dan {n} eksemplarnya dari katalog? Hanya untuk judul yang salah disimpan: buku yang sudah keluar dari perpustakaan dihapus dari koleksi per eksemplar.</translation>
        </message>
        <message>
            <source>Problem with the input</source>
            <translation>Masalah pada isian</translation>
        </message>
        <message>
            <source>Place o&amp;f publication</source>
            <translation>&amp;Kota terbit</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mungkin ganda</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Save, then print the labels of the new copies</source>
            <translation>Simpan, lalu cetak label eksemplar baru</translation>
        </message>
        <message>
            <source>Number of new copies</source>
            <translation>Jumlah eksemplar baru</translation>
        </message>
        <message>
            <source>Shelf of the new copies</source>
            <translation>Rak eksemplar baru</translation>
        </message>
        <message>
            <source>Collection type of the new copies</source>
            <translation>Jenis koleksi eksemplar baru</translation>
        </message>
        <message>
            <source>Source of the new copies</source>
            <translation>Sumber eksemplar baru</translation>
        </message>
        <message>
            <source>Source detail of the new copies</source>
            <translation>Keterangan sumber eksemplar baru</translation>
        </message>
        <message>
            <source>Date the new copies were received</source>
            <translation>Tanggal eksemplar baru diterima</translation>
        </message>
        <message>
            <source>Barcodes and accession numbers the copies will get</source>
            <translation>Barkode dan nomor induk yang akan diberikan</translation>
        </message>
        <message>
            <source>Shelf:</source>
            <translation>Rak:</translation>
        </message>
        <message>
            <source>Collection type:</source>
            <translation>Jenis koleksi:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Diterima:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Sumber:</translation>
        </message>
        <message>
            <source>Source detail:</source>
            <translation>Keterangan sumber:</translation>
        </message>
        <message>
            <source>Will get:</source>
            <translation>Akan mendapat:</translation>
        </message>
        <message>
            <source>no copies now (add them later)</source>
            <translation>belum ada eksemplar (tambahkan nanti)</translation>
        </message>
        <message>
            <source>{first} … {last}  (accession numbers {first_no} … {last_no})</source>
            <translation>{first} … {last}  (nomor induk {first_no} … {last_no})</translation>
        </message>
        <message>
            <source>Another copy of this title: {n} copies will be added.</source>
            <translation>Satu eksemplar lagi dari judul ini: {n} eksemplar akan ditambahkan.</translation>
        </message>
        <message>
            <source>{code} was scanned while this title is still open: nothing was saved. Save this title first (or cancel it), then scan the next book.</source>
            <translation>{code} dipindai saat judul ini masih terbuka: belum ada yang disimpan. Simpan judul ini dulu (atau batalkan), lalu pindai buku berikutnya.</translation>
        </message>
        <message>
            <source>New copies of a title already here</source>
            <translation>Eksemplar baru untuk judul yang sudah ada</translation>
        </message>
        <message>
            <source>Guessed from the ISBN's publisher prefix: check it.</source>
            <translation>Ditebak dari awalan penerbit pada ISBN: periksa.</translation>
        </message>
        <message>
            <source>use this record</source>
            <translation>pakai cantuman ini</translation>
        </message>
        <message>
            <source>The district's catalogue has:</source>
            <translation>Katalog kabupaten punya:</translation>
        </message>
        <message>
            <source>The check digit of ISBN {isbn} does not fit: with these digits the ISBN would be {right}. Check the number on the book. If the book really prints it so, tick “Keep this ISBN as printed”.</source>
            <translation>Angka pemeriksa ISBN {isbn} tidak cocok: dengan angka-angka ini ISBN-nya seharusnya {right}. Periksa nomor di buku. Jika buku memang mencetaknya begitu, centang “Pertahankan ISBN ini seperti tercetak”.</translation>
        </message>
        <message>
            <source>Already in the catalogue? {records}</source>
            <translation>Sudah ada di katalog? {records}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The library database is damaged</source>
            <translation>Basis data perpustakaan rusak</translation>
        </message>
        <message>
            <source>&lt;h3&gt;The library database is damaged&lt;/h3&gt;&lt;p&gt;Pustaka checked {path} at start-up and found it damaged (often after a power cut or a failing disk). Working on it could lose more data.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Basis data perpustakaan rusak&lt;/h3&gt;&lt;p&gt;Pustaka memeriksa {path} saat mulai dan mendapatinya rusak (sering terjadi setelah listrik padam atau disk bermasalah). Terus memakainya bisa menghilangkan lebih banyak data.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The newest good backup is from &lt;b&gt;{date}&lt;/b&gt;:&lt;br&gt;{summary}&lt;/p&gt;&lt;p&gt;Restore it? The damaged file is kept beside it, so nothing is thrown away. Anything entered after the backup was made must be entered again.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cadangan baik terbaru berasal dari &lt;b&gt;{date}&lt;/b&gt;:&lt;br&gt;{summary}&lt;/p&gt;&lt;p&gt;Pulihkan cadangan ini? Berkas yang rusak tetap disimpan di sebelahnya, jadi tidak ada yang dibuang. Apa pun yang dimasukkan setelah cadangan dibuat harus dimasukkan lagi.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Pulihkan cadangan</translation>
        </message>
        <message>
            <source>&lt;p&gt;No good backup was found in {folder}. If you have a backup on a USB stick, restore it with: pustaka-cli restore FILE&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tidak ditemukan cadangan yang baik di {folder}. Jika Anda punya cadangan di flashdisk USB, pulihkan dengan: pustaka-cli restore BERKAS&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Details: {problem}</source>
            <translation>Rincian: {problem}</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Tanggal terima</translation>
        </message>
        <message>
            <source>Accession no.</source>
            <translation>No. induk</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Kota terbit</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Penerbit</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Asal</translation>
        </message>
        <message>
            <source>Price (Rp)</source>
            <translation>Harga (Rp)</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klas</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Hibah</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Sumbangan</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>Diperbaiki</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Hilang</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <source>Not for loan</source>
            <translation>Tidak dipinjamkan</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ditarik</translation>
        </message>
        <message>
            <source>Received {start} to {end}</source>
            <translation>Diterima {start} sampai {end}</translation>
        </message>
        <message>
            <source>Accession numbers {start} to {end}</source>
            <translation>Nomor induk {start} sampai {end}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Halaman {page} dari {pages}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Dicetak {date}</translation>
        </message>
        <message>
            <source>ACCESSION REGISTER (BUKU INDUK)</source>
            <translation>BUKU INDUK PERPUSTAKAAN</translation>
        </message>
        <message>
            <source>No copies match.</source>
            <translation>Tidak ada eksemplar yang cocok.</translation>
        </message>
        <message>
            <source>Accession register</source>
            <translation>Buku induk</translation>
        </message>
    </context>
    <context>
        <name>ReminderPanel</name>
        <message>
            <source>Reminder message</source>
            <translation>Pesan pengingat</translation>
        </message>
        <message>
            <source>QR code of the WhatsApp link: scan it with the library's phone</source>
            <translation>Kode QR tautan WhatsApp: pindai dengan ponsel perpustakaan</translation>
        </message>
        <message>
            <source>Scan with the library's phone: WhatsApp opens with the message ready to send</source>
            <translation>Pindai dengan ponsel perpustakaan: WhatsApp terbuka dengan pesan siap dikirim</translation>
        </message>
        <message>
            <source>Open in &amp;WhatsApp</source>
            <translation>Buka di &amp;WhatsApp</translation>
        </message>
        <message>
            <source>Open the reminder in WhatsApp on this computer</source>
            <translation>Buka pengingat di WhatsApp pada komputer ini</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>&amp;Salin pesan</translation>
        </message>
        <message>
            <source>Copy the reminder message</source>
            <translation>Salin pesan pengingat</translation>
        </message>
        <message>
            <source>Sent from the library &amp;phone</source>
            <translation>Sudah dikirim dari &amp;ponsel perpustakaan</translation>
        </message>
        <message>
            <source>Note that the reminder was sent from the library's phone</source>
            <translation>Catat bahwa pengingat sudah dikirim dari ponsel perpustakaan</translation>
        </message>
        <message>
            <source>Message to send by WhatsApp or SMS:</source>
            <translation>Pesan untuk dikirim lewat WhatsApp atau SMS:</translation>
        </message>
        <message>
            <source>WhatsApp: {phone}</source>
            <translation>WhatsApp: {phone}</translation>
        </message>
        <message>
            <source>Making the QR code…</source>
            <translation>Membuat kode QR…</translation>
        </message>
        <message>
            <source>Not reminded yet.</source>
            <translation>Belum pernah diingatkan.</translation>
        </message>
        <message>
            <source>Last reminded {when}.</source>
            <translation>Terakhir diingatkan {when}.</translation>
        </message>
        <message>
            <source>Copied. Paste it into WhatsApp or an SMS to {phone}.</source>
            <translation>Tersalin. Tempelkan ke WhatsApp atau SMS ke {phone}.</translation>
        </message>
        <message>
            <source>Noted: {name} was reminded.</source>
            <translation>Tercatat: {name} sudah diingatkan.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Periksa sebelum mengimpor</translation>
        </message>
        <message>
            <source>Rows that will be left out</source>
            <translation>Baris yang akan dilewati</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Why it is left out</source>
            <translation>Alasan dilewati</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Memeriksa berkas…</translation>
        </message>
        <message>
            <source>Checking the files…</source>
            <translation>Memeriksa berkas-berkas…</translation>
        </message>
        <message>
            <source>Checking the file</source>
            <translation>Memeriksa berkas</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>January</source>
            <translation>Januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Maret</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Agustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Desember</translation>
        </message>
        <message>
            <source>Quarter {q} {year}</source>
            <translation>Triwulan {q} {year}</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Tidak tercatat</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Anak-anak</translation>
        </message>
        <message>
            <source>Teenagers</source>
            <translation>Remaja</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Dewasa</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Buku</translation>
        </message>
        <message>
            <source>Magazines</source>
            <translation>Majalah</translation>
        </message>
        <message>
            <source>Newspapers</source>
            <translation>Surat kabar</translation>
        </message>
        <message>
            <source>Audio-visual</source>
            <translation>Audio-visual</translation>
        </message>
        <message>
            <source>E-books</source>
            <translation>Buku elektronik</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <source>Grant (book aid)</source>
            <translation>Hibah (bantuan buku)</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Sumbangan</translation>
        </message>
        <message>
            <source>000 General works</source>
            <translation>000 Karya umum</translation>
        </message>
        <message>
            <source>100 Philosophy, psychology</source>
            <translation>100 Filsafat, psikologi</translation>
        </message>
        <message>
            <source>200 Religion</source>
            <translation>200 Agama</translation>
        </message>
        <message>
            <source>300 Social sciences</source>
            <translation>300 Ilmu sosial</translation>
        </message>
        <message>
            <source>400 Language</source>
            <translation>400 Bahasa</translation>
        </message>
        <message>
            <source>500 Science</source>
            <translation>500 Ilmu murni</translation>
        </message>
        <message>
            <source>600 Applied sciences</source>
            <translation>600 Ilmu terapan</translation>
        </message>
        <message>
            <source>700 Arts, sport</source>
            <translation>700 Kesenian, olahraga</translation>
        </message>
        <message>
            <source>800 Literature</source>
            <translation>800 Kesusastraan</translation>
        </message>
        <message>
            <source>900 History, geography</source>
            <translation>900 Sejarah, geografi</translation>
        </message>
        <message>
            <source>Other (fiction, unclassified)</source>
            <translation>Lainnya (fiksi, belum diklasifikasi)</translation>
        </message>
        <message>
            <source>Librarians</source>
            <translation>Pustakawan</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Relawan</translation>
        </message>
        <message>
            <source>not recorded in Pustaka</source>
            <translation>tidak tercatat di Pustaka</translation>
        </message>
        <message>
            <source>{value} (recorded only from {date})</source>
            <translation>{value} (baru dicatat sejak {date})</translation>
        </message>
        <message>
            <source>{value} (over the {days} open days from {date})</source>
            <translation>{value} (dari {days} hari buka sejak {date})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Village {name}</source>
            <translation>Desa {name}</translation>
        </message>
        <message>
            <source>District {name}</source>
            <translation>Kecamatan {name}</translation>
        </message>
        <message>
            <source>NPP: {npp}</source>
            <translation>NPP: {npp}</translation>
        </message>
        <message>
            <source>Visitors (people)</source>
            <translation>Pengunjung (orang)</translation>
        </message>
        <message>
            <source>Open days</source>
            <translation>Hari buka</translation>
        </message>
        <message>
            <source>Average visitors per open day</source>
            <translation>Rata-rata pengunjung per hari buka</translation>
        </message>
        <message>
            <source>Visits by members</source>
            <translation>Kunjungan anggota</translation>
        </message>
        <message>
            <source>Visitors who are not members</source>
            <translation>Pengunjung bukan anggota</translation>
        </message>
        <message>
            <source>Group visits</source>
            <translation>Kunjungan rombongan</translation>
        </message>
        <message>
            <source>People in group visits</source>
            <translation>Orang dalam kunjungan rombongan</translation>
        </message>
        <message>
            <source>School groups</source>
            <translation>Rombongan sekolah</translation>
        </message>
        <message>
            <source>Pupils in school groups</source>
            <translation>Pelajar dalam rombongan sekolah</translation>
        </message>
        <message>
            <source>Books read on site</source>
            <translation>Buku dibaca di tempat</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <source>Visitor figures</source>
            <translation>Angka kunjungan</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Visitors by gender</source>
            <translation>Pengunjung menurut jenis kelamin</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Visitors by age group</source>
            <translation>Pengunjung menurut kelompok umur</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Kelompok umur</translation>
        </message>
        <message>
            <source>Visitors by purpose</source>
            <translation>Pengunjung menurut keperluan</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <source>Visitors who are not members, by origin</source>
            <translation>Pengunjung bukan anggota menurut asal</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Asal</translation>
        </message>
        <message>
            <source>Visitors per day</source>
            <translation>Pengunjung per hari</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Peminjaman</translation>
        </message>
        <message>
            <source>Borrowers</source>
            <translation>Peminjam</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Pengembalian</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>Dikembalikan terlambat</translation>
        </message>
        <message>
            <source>Loan figures</source>
            <translation>Angka peminjaman</translation>
        </message>
        <message>
            <source>Loans by subject (DDC class)</source>
            <translation>Peminjaman menurut subjek (kelas DDC)</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <source>Loans by audience</source>
            <translation>Peminjaman menurut sasaran pembaca</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Sasaran pembaca</translation>
        </message>
        <message>
            <source>Most borrowed titles</source>
            <translation>Judul paling banyak dipinjam</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>{period}, counted up to {date}</source>
            <translation>{period}, dihitung sampai {date}</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Anggota baru</translation>
        </message>
        <message>
            <source>Active members (borrowed or visited)</source>
            <translation>Anggota aktif (meminjam atau berkunjung)</translation>
        </message>
        <message>
            <source>Village population</source>
            <translation>Jumlah penduduk desa</translation>
        </message>
        <message>
            <source>Members as a share of the population</source>
            <translation>Anggota dibanding jumlah penduduk</translation>
        </message>
        <message>
            <source>Member figures</source>
            <translation>Angka keanggotaan</translation>
        </message>
        <message>
            <source>Members by gender</source>
            <translation>Anggota menurut jenis kelamin</translation>
        </message>
        <message>
            <source>Members by age group</source>
            <translation>Anggota menurut kelompok umur</translation>
        </message>
        <message>
            <source>Members by occupation</source>
            <translation>Anggota menurut pekerjaan</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>New titles in the period</source>
            <translation>Judul baru dalam periode</translation>
        </message>
        <message>
            <source>New copies in the period</source>
            <translation>Eksemplar baru dalam periode</translation>
        </message>
        <message>
            <source>Titles published in the last five years</source>
            <translation>Judul terbitan lima tahun terakhir</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Koleksi</translation>
        </message>
        <message>
            <source>Collection figures</source>
            <translation>Angka koleksi</translation>
        </message>
        <message>
            <source>Collection by subject (DDC class)</source>
            <translation>Koleksi menurut subjek (kelas DDC)</translation>
        </message>
        <message>
            <source>Collection by audience</source>
            <translation>Koleksi menurut sasaran pembaca</translation>
        </message>
        <message>
            <source>Collection by material type</source>
            <translation>Koleksi menurut jenis bahan</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Jenis bahan</translation>
        </message>
        <message>
            <source>Copies by source</source>
            <translation>Eksemplar menurut sumber</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Community activities</source>
            <translation>Kegiatan masyarakat</translation>
        </message>
        <message>
            <source>Compared with earlier years</source>
            <translation>Dibandingkan dengan tahun-tahun sebelumnya</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Tenaga perpustakaan</translation>
        </message>
        <message>
            <source>Library staff</source>
            <translation>Tenaga perpustakaan</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Pustaka has no record of the visitors of this period.</source>
            <translation>Pengunjung pada periode ini tidak tercatat di Pustaka.</translation>
        </message>
        <message>
            <source>Pustaka has no record of the loans of this period.</source>
            <translation>Peminjaman pada periode ini tidak tercatat di Pustaka.</translation>
        </message>
        <message>
            <source>Pustaka has no record of the activities of this period.</source>
            <translation>Kegiatan pada periode ini tidak tercatat di Pustaka.</translation>
        </message>
        <message>
            <source>1 January to {date} of each year</source>
            <translation>1 Januari sampai {date} setiap tahun</translation>
        </message>
        <message>
            <source>Whole years</source>
            <translation>Setahun penuh</translation>
        </message>
        <message>
            <source>No fund written</source>
            <translation>Sumber dana tidak ditulis</translation>
        </message>
        <message>
            <source>New copies by fund</source>
            <translation>Eksemplar baru menurut sumber dana</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>With a price</source>
            <translation>Ada harganya</translation>
        </message>
        <message>
            <source>Value (Rp)</source>
            <translation>Nilai (Rp)</translation>
        </message>
        <message>
            <source>Members who visited</source>
            <translation>Anggota berkunjung</translation>
        </message>
        <message>
            <source>Members who borrowed</source>
            <translation>Anggota meminjam</translation>
        </message>
        <message>
            <source>Books borrowed</source>
            <translation>Buku dipinjam</translation>
        </message>
        <message>
            <source>In visiting groups</source>
            <translation>Dalam rombongan</translation>
        </message>
        <message>
            <source>{caption} (visits and loans not recorded in Pustaka)</source>
            <translation>{caption} (kunjungan dan peminjaman tidak tercatat di Pustaka)</translation>
        </message>
        <message>
            <source>Pupils by school</source>
            <translation>Pelajar menurut sekolah</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Sekolah</translation>
        </message>
        <message>
            <source>Files on the digital shelf</source>
            <translation>Berkas di rak digital</translation>
        </message>
        <message>
            <source>Digital shelf: files opened to read</source>
            <translation>Rak digital: berkas dibuka untuk dibaca</translation>
        </message>
        <message>
            <source>Digital shelf: files downloaded</source>
            <translation>Rak digital: berkas diunduh</translation>
        </message>
        <message>
            <source>Digital shelf</source>
            <translation>Rak digital</translation>
        </message>
        <message>
            <source>Most used titles of the digital shelf</source>
            <translation>Judul rak digital yang paling sering dibuka</translation>
        </message>
        <message>
            <source>Uses</source>
            <translation>Dibuka</translation>
        </message>
        <message>
            <source>Sessions cancelled</source>
            <translation>Pertemuan yang dibatalkan</translation>
        </message>
        <message>
            <source>Activities (programmes)</source>
            <translation>Kegiatan (program)</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Pertemuan yang diadakan</translation>
        </message>
        <message>
            <source>Participants (people)</source>
            <translation>Peserta (orang)</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>Denda</translation>
        </message>
        <message>
            <source>{value} (the whole period)</source>
            <translation>{value} (sepanjang periode)</translation>
        </message>
        <message>
            <source>Participants who are members</source>
            <translation>Peserta yang anggota</translation>
        </message>
        <message>
            <source>Participants who are not members</source>
            <translation>Peserta bukan anggota</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Skills taught</source>
            <translation>Keterampilan yang diajarkan</translation>
        </message>
        <message>
            <source>Activity figures</source>
            <translation>Angka kegiatan</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Keterampilan</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Pertemuan</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Participants by gender</source>
            <translation>Peserta menurut jenis kelamin</translation>
        </message>
        <message>
            <source>Participants by age group</source>
            <translation>Peserta menurut kelompok umur</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Agreement (MoU) date</source>
            <translation>Tanggal kesepakatan (MoU)</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>{count} more stories are not shown: the teller did not agree that they be shown in public.</source>
            <translation>{count} kisah lain tidak ditampilkan: penuturnya tidak setuju kisahnya ditampilkan di depan umum.</translation>
        </message>
        <message>
            <source>Stories and testimonials</source>
            <translation>Kisah dan testimoni</translation>
        </message>
        <message>
            <source>Told by</source>
            <translation>Diceritakan oleh</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Kisah</translation>
        </message>
        <message>
            <source>Collection: titles</source>
            <translation>Koleksi: judul</translation>
        </message>
        <message>
            <source>Collection: copies</source>
            <translation>Koleksi: eksemplar</translation>
        </message>
        <message>
            <source>New copies this year</source>
            <translation>Eksemplar baru tahun ini</translation>
        </message>
        <message>
            <source>Copies per resident</source>
            <translation>Eksemplar per penduduk</translation>
        </message>
        <message>
            <source>New members this year</source>
            <translation>Anggota baru tahun ini</translation>
        </message>
        <message>
            <source>Members as a share of the population (%)</source>
            <translation>Anggota dibanding jumlah penduduk (%)</translation>
        </message>
        <message>
            <source>Visitors this year</source>
            <translation>Pengunjung tahun ini</translation>
        </message>
        <message>
            <source>Open days this year</source>
            <translation>Hari buka tahun ini</translation>
        </message>
        <message>
            <source>Community activities held</source>
            <translation>Kegiatan masyarakat yang diadakan</translation>
        </message>
        <message>
            <source>Activity sessions</source>
            <translation>Pertemuan kegiatan</translation>
        </message>
        <message>
            <source>People taking part in activities</source>
            <translation>Warga yang ikut kegiatan</translation>
        </message>
        <message>
            <source>Partners involved in activities</source>
            <translation>Mitra yang terlibat dalam kegiatan</translation>
        </message>
        <message>
            <source>IPLM data</source>
            <translation>Data IPLM</translation>
        </message>
        <message>
            <source>IPLM data sheet {year}</source>
            <translation>Lembar data IPLM {year}</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Library use</source>
            <translation>Pemanfaatan perpustakaan</translation>
        </message>
        <message>
            <source>Village library report</source>
            <translation>Laporan Perpustakaan Desa</translation>
        </message>
        <message>
            <source>IPLM data sheet</source>
            <translation>Lembar Data IPLM</translation>
        </message>
        <message>
            <source>TPBIS activity report</source>
            <translation>Laporan Kegiatan TPBIS</translation>
        </message>
        <message>
            <source>decimal separator: .</source>
            <translation>decimal separator: ,</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Tidak ada yang tercatat pada periode ini.</translation>
        </message>
        <message>
            <source>Visitors per week</source>
            <translation>Pengunjung per minggu</translation>
        </message>
        <message>
            <source>Visitors per month</source>
            <translation>Pengunjung per bulan</translation>
        </message>
        <message>
            <source>Loans per day</source>
            <translation>Peminjaman per hari</translation>
        </message>
        <message>
            <source>Loans per week</source>
            <translation>Peminjaman per minggu</translation>
        </message>
        <message>
            <source>Loans per month</source>
            <translation>Peminjaman per bulan</translation>
        </message>
        <message>
            <source>{caption} (recorded only from {date})</source>
            <translation>{caption} (baru dicatat sejak {date})</translation>
        </message>
        <message>
            <source>Not recorded in Pustaka in this period.</source>
            <translation>Tidak tercatat di Pustaka pada periode ini.</translation>
        </message>
        <message>
            <source>{caption}, counted up to {date}</source>
            <translation>{caption}, dihitung sampai {date}</translation>
        </message>
        <message>
            <source>Acknowledged by,</source>
            <translation>Mengetahui,</translation>
        </message>
        <message>
            <source>Village Head</source>
            <translation>Kepala Desa</translation>
        </message>
        <message>
            <source>stamp</source>
            <translation>cap</translation>
        </message>
        <message>
            <source>Head of the library</source>
            <translation>Kepala Perpustakaan</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto kegiatan</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>Periode: {period}</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Halaman {n}</translation>
        </message>
        <message>
            <source>the SLiMS backup</source>
            <translation>cadangan data SLiMS</translation>
        </message>
        <message>
            <source>the loan notebook</source>
            <translation>buku catatan peminjaman</translation>
        </message>
        <message>
            <source>the old visitor book and activity list</source>
            <translation>buku tamu serta daftar kegiatan lama</translation>
        </message>
        <message>
            <source>Figures before {date} come from {sources}, imported when the library moved to Pustaka.</source>
            <translation>Angka sebelum {date} berasal dari {sources}, yang diimpor saat perpustakaan pindah ke Pustaka.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> dan </translation>
        </message>
        <message>
            <source>Pustaka has no record of the fines of this period.</source>
            <translation>Denda pada periode ini tidak tercatat di Pustaka.</translation>
        </message>
        <message>
            <source>No fines were charged, paid or waived in this period, and nobody owes any.</source>
            <translation>Pada periode ini tidak ada denda yang dikenakan, dibayar atau dibebaskan, dan tidak ada anggota yang masih berutang denda.</translation>
        </message>
        <message>
            <source>Fines charged</source>
            <translation>Denda yang dikenakan</translation>
        </message>
        <message>
            <source>Fines paid</source>
            <translation>Denda yang dibayar</translation>
        </message>
        <message>
            <source>Fines waived (forgiven)</source>
            <translation>Denda yang dibebaskan (dimaafkan)</translation>
        </message>
        <message>
            <source>of which from the SLiMS backup (before the move)</source>
            <translation>di antaranya dari cadangan SLiMS (sebelum pindah)</translation>
        </message>
        <message>
            <source>Still owed on {date}</source>
            <translation>Denda belum dibayar per {date}</translation>
        </message>
        <message>
            <source>Members who still owe fines</source>
            <translation>Anggota yang masih berutang denda</translation>
        </message>
        <message>
            <source>Fine figures</source>
            <translation>Angka denda</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Make the reports the district office and the National Library ask for. Every report can be saved as PDF, Excel (xlsx) or CSV.</source>
            <translation>Buat laporan yang diminta Dinas Perpustakaan kabupaten dan Perpustakaan Nasional. Setiap laporan dapat disimpan sebagai PDF, Excel (xlsx) atau CSV.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Village library report (monthly or any period)</source>
            <translation>Laporan perpustakaan desa (bulanan atau periode lain)</translation>
        </message>
        <message>
            <source>IPLM data sheet (a year)</source>
            <translation>Lembar data IPLM (satu tahun)</translation>
        </message>
        <message>
            <source>TPBIS activity report</source>
            <translation>Laporan Kegiatan TPBIS</translation>
        </message>
        <message>
            <source>Impact sheet for the village deliberation (Musyawarah Desa)</source>
            <translation>Lembar dampak untuk Musyawarah Desa</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Triwulan</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>From … to …</source>
            <translation>Dari … sampai …</translation>
        </message>
        <message>
            <source>Quarter {q}</source>
            <translation>Triwulan {q}</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Yang mana</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Jenis berkas</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Bahasa laporan</translation>
        </message>
        <message>
            <source>e.g. 15.000.000</source>
            <translation>mis. 15.000.000</translation>
        </message>
        <message>
            <source>Budget received (rupiah)</source>
            <translation>Anggaran yang diterima (rupiah)</translation>
        </message>
        <message>
            <source>e.g. 120 books from a TPBIS grant, 2 computers</source>
            <translation>mis. 120 buku hibah TPBIS, 2 komputer</translation>
        </message>
        <message>
            <source>Other support received</source>
            <translation>Dukungan lain yang diterima</translation>
        </message>
        <message>
            <source>Plans for next year</source>
            <translation>Rencana tahun depan</translation>
        </message>
        <message>
            <source>e.g. 20.000.000</source>
            <translation>mis. 20.000.000</translation>
        </message>
        <message>
            <source>Budget asked for next year (rupiah)</source>
            <translation>Anggaran yang diusulkan untuk tahun depan (rupiah)</translation>
        </message>
        <message>
            <source>&amp;Budget received (Rp)</source>
            <translation>&amp;Anggaran diterima (Rp)</translation>
        </message>
        <message>
            <source>Other &amp;support</source>
            <translation>&amp;Dukungan lain</translation>
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation>&amp;Rencana</translation>
        </message>
        <message>
            <source>Budget &amp;asked for (Rp)</source>
            <translation>&amp;Usulan anggaran (Rp)</translation>
        </message>
        <message>
            <source>Make report…</source>
            <translation>Buat laporan…</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Buka berkas</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>Status laporan</translation>
        </message>
        <message>
            <source>PNG picture (to share on WhatsApp)</source>
            <translation>Gambar PNG (untuk dibagikan di WhatsApp)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Simpan laporan</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Sedang membuat laporan…</translation>
        </message>
        <message>
            <source>Making the report</source>
            <translation>Membuat laporan</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Tersimpan: {path}</translation>
        </message>
        <message>
            <source>The report was not made: {error}</source>
            <translation>Laporan tidak dibuat: {error}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>Dibatalkan; tidak ada yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>ReservationsPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Release copies &amp;not collected</source>
            <translation>Lepaskan buku yang tidak &amp;diambil</translation>
        </message>
        <message>
            <source>Copies whose pick-up day has passed go to the next member in line, or back on the shelf</source>
            <translation>Buku yang batas pengambilannya lewat diberikan ke pemesan berikutnya, atau kembali ke rak</translation>
        </message>
        <message>
            <source>Pick up by</source>
            <translation>Ambil paling lambat</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Copies on the hold shelf</source>
            <translation>Buku di rak pesanan</translation>
        </message>
        <message>
            <source>Cancel this reservation…</source>
            <translation>Batalkan pemesanan ini…</translation>
        </message>
        <message>
            <source>In line</source>
            <translation>Antrean</translation>
        </message>
        <message>
            <source>Reserved on</source>
            <translation>Dipesan pada</translation>
        </message>
        <message>
            <source>Reservations waiting for a copy</source>
            <translation>Pemesanan yang menunggu eksemplar</translation>
        </message>
        <message>
            <source>Hold shelf</source>
            <translation>Rak pesanan</translation>
        </message>
        <message>
            <source>Waiting for a copy</source>
            <translation>Menunggu eksemplar</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>{shelf} on the hold shelf ({late} not collected in time), {waiting} waiting</source>
            <translation>{shelf} di rak pesanan ({late} tidak diambil tepat waktu), {waiting} menunggu</translation>
        </message>
        <message>
            <source>The pick-up day has passed</source>
            <translation>Batas pengambilan sudah lewat</translation>
        </message>
        <message>
            <source>No copies are waiting on the hold shelf.</source>
            <translation>Tidak ada buku yang menunggu di rak pesanan.</translation>
        </message>
        <message>
            <source>Cancel reservation</source>
            <translation>Batalkan pemesanan</translation>
        </message>
        <message>
            <source>Cancel the reservation of “{title}” for {name} ({number})?</source>
            <translation>Batalkan pemesanan “{title}” untuk {name} ({number})?</translation>
        </message>
        <message>
            <source>Cancelled: “{title}” for {name}.</source>
            <translation>Dibatalkan: “{title}” untuk {name}.</translation>
        </message>
        <message>
            <source>Keep {barcode} on the hold shelf for {name} ({number}) until {date}.</source>
            <translation>Simpan {barcode} di rak pesanan untuk {name} ({number}) sampai {date}.</translation>
        </message>
        <message>
            <source>Put {barcode} back on the shelf.</source>
            <translation>Kembalikan {barcode} ke rak.</translation>
        </message>
        <message>
            <source>{count} reservation(s) were not collected in time; their copies went to the next in line or back on the shelf (see the list).</source>
            <translation>{count} pemesanan tidak diambil tepat waktu; bukunya diberikan ke pemesan berikutnya atau kembali ke rak (lihat daftar).</translation>
        </message>
    </context>
    <context>
        <name>ReserveDialog</name>
        <message>
            <source>Reserve this book</source>
            <translation>Pesan buku ini</translation>
        </message>
        <message>
            <source>Reserve “{title}”</source>
            <translation>Pesan “{title}”</translation>
        </message>
        <message>
            <source>Member card number</source>
            <translation>Nomor kartu anggota</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No PIN yet? Ask at the desk: we set one for your card.</source>
            <translation>Belum punya PIN? Tanyakan di meja layanan: kami buatkan untuk kartu Anda.</translation>
        </message>
        <message>
            <source>Reserve</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Card &amp;number:</source>
            <translation>&amp;Nomor kartu:</translation>
        </message>
        <message>
            <source>P&amp;IN:</source>
            <translation>P&amp;IN:</translation>
        </message>
        <message>
            <source>Reserved. A copy is on the shelf: the desk puts it aside for you until {date}.</source>
            <translation>Sudah dipesan. Ada eksemplar di rak: petugas menyimpannya untuk Anda sampai {date}.</translation>
        </message>
        <message>
            <source>Reserved. The desk keeps the next copy that comes back for you; we will tell you.</source>
            <translation>Sudah dipesan. Eksemplar berikutnya yang kembali kami simpan untuk Anda; kami akan memberi tahu.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Now type your PIN.</source>
            <translation>Sekarang ketik PIN Anda.</translation>
        </message>
        <message>
            <source>Type or scan your card number first.</source>
            <translation>Ketik atau pindai nomor kartu Anda dulu.</translation>
        </message>
        <message>
            <source>Your card is read. Now type your PIN with the keys.</source>
            <translation>Kartu Anda sudah terbaca. Sekarang ketik PIN Anda dengan tombol angka.</translation>
        </message>
        <message>
            <source>That was a book's label, not a PIN. Type your PIN with the keys.</source>
            <translation>Itu label buku, bukan PIN. Ketik PIN Anda dengan tombol angka.</translation>
        </message>
        <message>
            <source>A PIN is {min} to {max} digits. Type it with the keys.</source>
            <translation>PIN terdiri dari {min} sampai {max} angka. Ketik dengan tombol angka.</translation>
        </message>
        <message>
            <source>Your card is blocked. Please ask at the desk.</source>
            <translation>Kartu Anda diblokir. Silakan tanya di meja layanan.</translation>
        </message>
    </context>
    <context>
        <name>ReserveForMemberDialog</name>
        <message>
            <source>Reserve “{title}”</source>
            <translation>Pesan “{title}”</translation>
        </message>
        <message>
            <source>Reserve “{title}” ({waiting} waiting now). Scan the member card or type a name, phone number or NIK.</source>
            <translation>Pesan “{title}” ({waiting} sedang menunggu). Pindai kartu anggota atau ketik nama, nomor telepon atau NIK.</translation>
        </message>
        <message>
            <source>Member card, name, phone or NIK</source>
            <translation>Kartu anggota, nama, telepon atau NIK</translation>
        </message>
        <message>
            <source>On the hold shelf for {name} ({number}) until {date}</source>
            <translation>Di rak pesanan untuk {name} ({number}) sampai {date}</translation>
        </message>
        <message>
            <source>{position}. {name} ({number}), since {date}</source>
            <translation>{position}. {name} ({number}), sejak {date}</translation>
        </message>
        <message>
            <source>Nobody is waiting for this title.</source>
            <translation>Belum ada yang menunggu judul ini.</translation>
        </message>
        <message>
            <source>Choose a member in the list first.</source>
            <translation>Pilih anggota di daftar terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>ReserveTitleDialog</name>
        <message>
            <source>Reserve a title</source>
            <translation>Pesan judul</translation>
        </message>
        <message>
            <source>Reserve a title for {name}: type words of the title or author.</source>
            <translation>Pesan judul untuk {name}: ketik kata dari judul atau pengarang.</translation>
        </message>
        <message>
            <source>Title, author or ISBN</source>
            <translation>Judul, pengarang atau ISBN</translation>
        </message>
        <message>
            <source>“{text}” is not a member card or a book label. Choose a title with the arrow keys, then Enter.</source>
            <translation>“{text}” bukan kartu anggota atau label buku. Pilih judul dengan tombol panah, lalu Enter.</translation>
        </message>
        <message>
            <source>{free} of {copies} on the shelf</source>
            <translation>{free} dari {copies} ada di rak</translation>
        </message>
        <message>
            <source>no copies</source>
            <translation>tidak ada eksemplar</translation>
        </message>
        <message>
            <source>Nothing in the catalogue matches “{text}”.</source>
            <translation>Tidak ada di katalog yang cocok dengan “{text}”.</translation>
        </message>
        <message>
            <source>Choose a title in the list first.</source>
            <translation>Pilih judul di daftar terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Class number</source>
            <translation>Nomor kelas</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>ISSN</source>
            <translation>ISSN</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Material type</source>
            <translation>Jenis bahan</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Pembaca sasaran</translation>
        </message>
        <message>
            <source>Collection type</source>
            <translation>Jenis koleksi</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mungkin duplikat</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Status eksemplar</translation>
        </message>
        <message>
            <source>Changed here, the file differs</source>
            <translation>Diubah di sini, berkas berbeda</translation>
        </message>
        <message>
            <source>(leave empty)</source>
            <translation>(kosongkan)</translation>
        </message>
        <message>
            <source>ISBN {isbn} was kept as printed in the book, but its check digit does not fit: check the book. With the right check digit it would be {suggestion}.</source>
            <translation>ISBN {isbn} dipertahankan seperti tercetak di buku, tetapi angka pemeriksanya tidak cocok: periksa bukunya. Dengan angka pemeriksa yang benar, ISBN-nya {suggestion}.</translation>
        </message>
        <message>
            <source>Spreadsheet formula</source>
            <translation>Rumus lembar kerja</translation>
        </message>
        <message>
            <source>{value} looks like a spreadsheet formula. It was kept as text (it will never run), but check it: a real title or name rarely starts like that.</source>
            <translation>{value} tampak seperti rumus lembar kerja. Isian ini disimpan sebagai teks (tidak akan pernah dijalankan), tetapi periksalah: judul atau nama sungguhan jarang diawali seperti itu.</translation>
        </message>
        <message>
            <source>{labels}: the file says {value}, but this was changed here after the book came in, so the value here ({ours}) was kept. If the file's value is the right one, use it.</source>
            <translation>{labels}: berkas menulis {value}, tetapi ruas ini sudah diubah di sini setelah buku masuk, jadi nilai di sini ({ours}) dipertahankan. Bila nilai dari berkas yang benar, pakai nilai itu.</translation>
        </message>
        <message>
            <source>The file says this copy is {value}, but it is on loan here: it stays on loan. Check it in first if the file is right.</source>
            <translation>Berkas menyebut eksemplar ini {value}, tetapi di sini eksemplar sedang dipinjam: tetap tercatat dipinjam. Bila berkas benar, kembalikan eksemplar dulu.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Anak judul</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Penerbit</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edisi</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat terbit</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>Collation</source>
            <translation>Kolasi</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Accession number</source>
            <translation>Nomor induk</translation>
        </message>
        <message>
            <source>The publisher {publisher} may start with its place of publication ({place}), but {place} is not a place Pustaka knows. If it is a place, open the record and write it as the place of publication and the rest as the publisher; if not, keep the publisher as it is.</source>
            <translation>Penerbit {publisher} mungkin diawali tempat terbitnya ({place}), tetapi {place} bukan tempat yang dikenal Pustaka. Bila itu nama tempat, buka judulnya lalu tulis sebagai tempat terbit dan sisanya sebagai penerbit; bila bukan, pertahankan penerbitnya apa adanya.</translation>
        </message>
        <message>
            <source>The publisher was written with a year ({other}) and the year of publication says {year}: the year {year} was kept, {other} taken out of the publisher, and the publisher as written kept in the record's notes. Use {other} if it is the right year.</source>
            <translation>Penerbit ditulis dengan tahun ({other}), sedangkan tahun terbit berisi {year}: tahun {year} dipertahankan, {other} dikeluarkan dari penerbit, dan penerbit seperti tertulis disimpan di catatan cantuman. Pakai {other} bila itu tahun yang benar.</translation>
        </message>
        <message>
            <source>{value} is no material type Pustaka knows: the record came in as Other, and {value} is kept in its notes. Type its type (book, magazine, newspaper, audio-visual, e-book or other), or keep it.</source>
            <translation>{value} bukan jenis bahan yang dikenal Pustaka: cantuman masuk sebagai Lainnya, dan {value} disimpan di catatannya. Ketik jenisnya (buku, majalah, surat kabar, audio-visual, buku elektronik atau lainnya), atau biarkan.</translation>
        </message>
        <message>
            <source>{value} names no readers Pustaka knows: the record came in for adults, and {value} is kept in its notes. Choose its readers (children, teens or adults), or keep it.</source>
            <translation>{value} bukan kelompok pembaca yang dikenal Pustaka: cantuman masuk sebagai bacaan Dewasa, dan {value} disimpan di catatannya. Pilih pembacanya (Anak-anak, Remaja atau Dewasa), atau biarkan.</translation>
        </message>
        <message>
            <source>No printed book of this library is from the year {year}, unless {year} is a Hijri year, as Islamic books print it: {year} H is about {gregorian}. If it is, write it with H; if not, correct the year.</source>
            <translation>Tidak ada buku cetak perpustakaan ini dari tahun {year}, kecuali {year} adalah tahun Hijriah, seperti yang dicetak buku-buku Islam: {year} H kira-kira tahun {gregorian} M. Jika benar, tulis dengan H; jika tidak, perbaiki tahunnya.</translation>
        </message>
        <message>
            <source>Row {row} describes the same book as row {first} (title, edition, year, publisher, authors): both were taken as this one record, with the copies of both.</source>
            <translation>Baris {row} menggambarkan buku yang sama dengan baris {first} (judul, edisi, tahun, penerbit, pengarang): keduanya dijadikan satu judul ini, dengan eksemplar dari keduanya.</translation>
        </message>
        <message>
            <source>{title} was deleted from this catalogue earlier and came in again with this file: it is a new record now. Delete it again if the library no longer has the book.</source>
            <translation>{title} dulu sudah dihapus dari katalog ini dan masuk lagi lewat berkas ini: kini menjadi judul baru. Hapus lagi bila perpustakaan sudah tidak memiliki buku ini.</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title, edition, year, publisher and authors but another material type (a print book and its e-book, say): the two were kept apart. Merge them by hand if they are one book.</source>
            <translation>Mungkin duplikat: {other_title} (judul {other}) memiliki judul, edisi, tahun, penerbit dan pengarang yang sama tetapi jenis bahannya lain (misalnya buku cetak dan e-book-nya): keduanya tetap terpisah. Gabungkan sendiri bila ternyata satu buku.</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same ISBN {isbn}. Different books with one ISBN stay apart; merge them by hand if they are the same.</source>
            <translation>Mungkin duplikat: {other_title} (judul {other}) memakai ISBN yang sama, {isbn}. Buku berbeda dengan satu ISBN tetap terpisah; gabungkan sendiri bila ternyata buku yang sama.</translation>
        </message>
        <message>
            <source>The number {number} this file gives the book is also that of {other_title} (record {other}), a different book: the two were kept apart. Numbers from two systems can be the same.</source>
            <translation>Nomor {number} yang diberikan berkas ini pada buku tersebut juga nomor {other_title} (cantuman {other}), buku yang lain: keduanya dipisahkan. Nomor dari dua sistem bisa sama.</translation>
        </message>
        <message>
            <source>The accession number {number} is also used by another copy: this copy came in with it as written. If the buku induk started its numbering again (a new year, a new librarian), keep it; otherwise give this copy its own number.</source>
            <translation>Nomor induk {number} juga dipakai eksemplar lain: eksemplar ini masuk dengan nomor itu seperti tertulis. Jika buku induk mulai lagi dari nomor 1 (tahun baru, pustakawan baru), pertahankan; jika tidak, beri eksemplar ini nomornya sendiri.</translation>
        </message>
        <message>
            <source>{count} records are titled {title}: this copy was put under the first one. Check that it belongs there.</source>
            <translation>Ada {count} judul bernama {title}: eksemplar ini dimasukkan ke judul yang pertama. Periksa apakah memang miliknya.</translation>
        </message>
        <message>
            <source>The collection type {name} was new to this library and has been added. Rename or merge it on the settings page if it means one you already have.</source>
            <translation>Jenis koleksi {name} belum ada di perpustakaan ini dan sudah ditambahkan. Ganti nama atau gabungkan di halaman pengaturan bila maksudnya jenis yang sudah ada.</translation>
        </message>
        <message>
            <source>The copy status {status} is not one this program knows: the copy is available (members can borrow and reserve it), with the status kept in its remarks. If it is not on the shelf to lend, change its status in the catalogue.</source>
            <translation>Status eksemplar {status} tidak dikenal program ini: eksemplar dianggap tersedia (anggota dapat meminjam dan memesannya), dan statusnya disimpan di keterangan. Bila eksemplar ini tidak ada di rak untuk dipinjamkan, ubah statusnya di katalog.</translation>
        </message>
        <message>
            <source>The barcode {barcode} has spaces or other signs, or more than {n} characters: a scanner may not read it from a new label.</source>
            <translation>Barkode {barcode} memuat spasi atau tanda lain, atau lebih dari {n} karakter: pemindai mungkin tidak bisa membacanya dari label baru.</translation>
        </message>
        <message>
            <source>The barcode {barcode} was taken as {known}, a copy of the same book: a spreadsheet drops the zeros in front of a number.</source>
            <translation>Barkode {barcode} dianggap {known}, eksemplar dari buku yang sama: program lembar kerja membuang angka nol di depan sebuah bilangan.</translation>
        </message>
        <message>
            <source>{value} is question marks where letters were: the file was saved as a plain CSV, which turns Arabic and Javanese script into question marks. Type it again, or import the sheet saved as "CSV UTF-8" or "Unicode Text".</source>
            <translation>{value} berisi tanda tanya di tempat huruf: berkas ini disimpan sebagai CSV biasa, yang mengubah aksara Arab dan Jawa menjadi tanda tanya. Ketik ulang, atau impor lembar itu setelah disimpan sebagai "CSV UTF-8" atau "Unicode Text".</translation>
        </message>
        <message>
            <source>{column}: {value} is not a number of copies Pustaka can read, so no copies were made from it; it is kept in the record's notes. Type how many copies the library has: the missing ones are added with new barcodes.</source>
            <translation>{column}: {value} bukan jumlah eksemplar yang bisa dibaca Pustaka, jadi tidak ada eksemplar yang dibuat darinya; isinya disimpan di catatan cantuman. Ketik berapa eksemplar yang dimiliki perpustakaan: yang kurang ditambahkan dengan barkode baru.</translation>
        </message>
        <message>
            <source>The accession numbers {numbers} name {named} copies, but the row counts {count}: the numbers are kept as written on the first copy. Give each copy its own number on the copy form.</source>
            <translation>Nomor induk {numbers} menyebut {named} eksemplar, tetapi baris ini mencatat {count}: nomor itu disimpan seperti tertulis pada eksemplar pertama. Beri setiap eksemplar nomornya sendiri di formulir eksemplar.</translation>
        </message>
        <message>
            <source>The row counts {count} copies but gives one number ({number}): the other {more} came in with new barcodes and no accession number. Give each its own number on the copy form.</source>
            <translation>Baris ini mencatat {count} eksemplar tetapi hanya satu nomor ({number}): {more} eksemplar lainnya masuk dengan barkode baru tanpa nomor induk. Beri masing-masing nomornya sendiri di formulir eksemplar.</translation>
        </message>
        <message>
            <source>The price {price} is in {currency}, not rupiah: it is kept in the copy's remarks, and the copy has no price in rupiah yet.</source>
            <translation>Harga {price} dalam {currency}, bukan rupiah: disimpan di keterangan eksemplar, dan eksemplar ini belum punya harga dalam rupiah.</translation>
        </message>
        <message>
            <source>The record says its text is UTF-8, but fields {tags} were written in the Windows code page: read so. Check the letters with accents.</source>
            <translation>Cantuman ini mengaku teksnya UTF-8, tetapi ruas {tags} ditulis dalam kode halaman Windows: dibaca demikian. Periksa huruf-huruf beraksennya.</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Pengodean teks</translation>
        </message>
        <message>
            <source>subtitle</source>
            <translation>anak judul</translation>
        </message>
        <message>
            <source>edition</source>
            <translation>edisi</translation>
        </message>
        <message>
            <source>year</source>
            <translation>tahun terbit</translation>
        </message>
        <message>
            <source>publisher</source>
            <translation>penerbit</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>jilid</translation>
        </message>
        <message>
            <source>series</source>
            <translation>seri</translation>
        </message>
        <message>
            <source>authors</source>
            <translation>pengarang</translation>
        </message>
        <message>
            <source>author's given name (an initial)</source>
            <translation>nama depan pengarang (inisial)</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title and authors, and nothing else that both give differs; given by only one of the two, or shortened: {labels}. The two were kept apart: merge them by hand if they are one book.</source>
            <translation>Mungkin duplikat: {other_title} (judul {other}) memiliki judul dan pengarang yang sama, dan tidak ada data lain yang diisi keduanya yang berbeda; hanya diisi salah satunya, atau disingkat: {labels}. Keduanya tetap terpisah: gabungkan sendiri bila ternyata satu buku.</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title, edition, year, publisher and authors, written another way. The two were kept apart: merge them by hand if they are one book.</source>
            <translation>Mungkin duplikat: {other_title} (judul {other}) memiliki judul, edisi, tahun, penerbit dan pengarang yang sama, hanya ditulis dengan cara lain. Keduanya tetap terpisah: gabungkan sendiri bila ternyata satu buku.</translation>
        </message>
        <message>
            <source>The letters rn or n glued between two words here look like line breaks that SLiMS's export wrote as letters (SLiMS 7 to 9.6.0): the suggestion puts the breaks back. Keep the text if the letters belong to a word or name.</source>
            <translation>Huruf rn atau n yang menempel di antara dua kata di sini tampaknya pindah baris yang ditulis sebagai huruf oleh ekspor SLiMS (SLiMS 7 sampai 9.6.0): sarannya mengembalikan pindah baris itu. Pertahankan teksnya bila huruf itu memang bagian dari kata atau nama.</translation>
        </message>
        <message>
            <source>Copies INLISLite lent (its Akses "Dapat dipinjam", or out on loan when the report was made) came in with the collection type {name}, which this library does not lend: here they cannot be borrowed. To lend them as before, add a loan rule under Circulation rules → Loan rules → New rule…: any member type, collection type {name}, "May be borrowed" ticked. If {name} is for reading in the library only, keep this as it is.</source>
            <translation>Eksemplar yang dipinjamkan INLISLite (Akses "Dapat dipinjam", atau sedang dipinjam saat laporan dibuat) masuk dengan jenis koleksi {name}, yang tidak dipinjamkan di perpustakaan ini: di sini eksemplar itu tidak bisa dipinjam. Agar bisa dipinjam seperti dulu, buat aturan pinjam di Aturan sirkulasi → Aturan pinjam → Aturan baru…: semua jenis anggota, jenis koleksi {name}, centang "Boleh dipinjam". Jika {name} memang hanya untuk dibaca di tempat, biarkan seperti ini.</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): the old system has this book twice, as this record and as {other_title} (record {other}), and its list of copies does not say which record a copy is of (INLISLite's copy report has no BIB ID, and the two records' title, author, publisher, year, ISBN and subjects are the same): all its copies came to this record. Check each copy's accession number (No. Induk) in the old system or the buku induk. To move a copy to the other record: Catalogue page, this title, select the copy, Move… (Ctrl+M), choose record {other}. If the two are one book entered twice, the other record can be deleted.</source>
            <translation>Mungkin duplikat: sistem lama mencatat buku ini dua kali, sebagai judul ini dan sebagai {other_title} (judul {other}), dan daftar eksemplarnya tidak menyebut eksemplar mana milik judul yang mana (laporan eksemplar INLISLite tidak memuat BIB ID, dan judul, pengarang, penerbit, tahun, ISBN serta subjek kedua judul sama): semua eksemplarnya masuk ke judul ini. Periksa nomor induk tiap eksemplar di sistem lama atau di buku induk. Untuk memindahkan eksemplar ke judul yang lain: halaman Katalog, judul ini, pilih eksemplarnya, Pindahkan… (Ctrl+M), pilih judul {other}. Jika keduanya satu buku yang tercatat dua kali, judul yang lain boleh dihapus.</translation>
        </message>
        <message>
            <source>Possible duplicate (mungkin duplikat): the old system has this book twice, as this record and as {other_title} (record {other}). Its list of copies, imported before, does not say which record a copy is of (INLISLite's copy report has no BIB ID): all the copies went to record {other}, none to this one. Check each copy's accession number (No. Induk) in the old system or the buku induk. To move a copy here: Catalogue page, record {other}, select the copy, Move… (Ctrl+M), choose this record. If the two are one book entered twice, this record can be deleted.</source>
            <translation>Mungkin duplikat: sistem lama mencatat buku ini dua kali, sebagai judul ini dan sebagai {other_title} (judul {other}). Daftar eksemplarnya, yang diimpor lebih dulu, tidak menyebut eksemplar mana milik judul yang mana (laporan eksemplar INLISLite tidak memuat BIB ID): semua eksemplar masuk ke judul {other}, tidak ada yang ke judul ini. Periksa nomor induk tiap eksemplar di sistem lama atau di buku induk. Untuk memindahkan eksemplar ke sini: halaman Katalog, judul {other}, pilih eksemplarnya, Pindahkan… (Ctrl+M), pilih judul ini. Jika keduanya satu buku yang tercatat dua kali, judul ini boleh dihapus.</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Needs checking (Perlu diperiksa)</source>
            <translation>Perlu diperiksa</translation>
        </message>
        <message>
            <source>Enter: use the correction · F2, or just type: another correction · Delete: keep the value as written. Select several rows to do the same for all of them.</source>
            <translation>Enter: pakai perbaikan · F2, atau langsung ketik: perbaikan lain · Delete: biarkan nilai seperti tertulis. Pilih beberapa baris untuk melakukan hal yang sama pada semuanya.</translation>
        </message>
        <message>
            <source>Show which kind</source>
            <translation>Tampilkan jenis</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Tampil&amp;kan:</translation>
        </message>
        <message>
            <source>Fields to check</source>
            <translation>Isian yang perlu diperiksa</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>As written</source>
            <translation>Seperti tertulis</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Perbaikan</translation>
        </message>
        <message>
            <source>&amp;Use the correction</source>
            <translation>&amp;Pakai perbaikan</translation>
        </message>
        <message>
            <source>&amp;Keep as written</source>
            <translation>&amp;Biarkan seperti tertulis</translation>
        </message>
        <message>
            <source>Use &amp;all suggestions</source>
            <translation>Pakai &amp;semua saran</translation>
        </message>
        <message>
            <source>Un&amp;do keeping</source>
            <translation>&amp;Urungkan biarkan</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>All kinds ({count})</source>
            <translation>Semua jenis ({count})</translation>
        </message>
        <message>
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <source>{count} of the {total} fields to check are of this kind. Each was kept as the file wrote it; nothing was lost.</source>
            <translation>{count} dari {total} isian yang perlu diperiksa berjenis ini. Semuanya disimpan seperti tertulis di berkas; tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>{count} fields to check. Each was kept as the file wrote it; nothing was lost.</source>
            <translation>{count} isian perlu diperiksa. Semuanya disimpan seperti tertulis di berkas; tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>Nothing left to check.</source>
            <translation>Tidak ada lagi yang perlu diperiksa.</translation>
        </message>
        <message>
            <source>The first {shown} are listed; the others come as these are done.</source>
            <translation>Yang tampil baru {shown} yang pertama; sisanya muncul setelah ini selesai diperiksa.</translation>
        </message>
        <message>
            <source>Keep as written</source>
            <translation>Biarkan seperti tertulis</translation>
        </message>
        <message>
            <source>Keep the {count} selected fields as written? They leave the list; Undo keeping brings them back.</source>
            <translation>Biarkan {count} isian terpilih seperti tertulis? Isian itu keluar dari daftar; Urungkan biarkan mengembalikannya.</translation>
        </message>
        <message>
            <source>{count} fields are on the list again.</source>
            <translation>{count} isian kembali ada di daftar.</translation>
        </message>
        <message>
            <source>all kinds</source>
            <translation>semua jenis</translation>
        </message>
        <message>
            <source>Write the suggested correction into {count} fields ({kind})? What the file wrote is replaced; fields without a suggestion stay on the list.</source>
            <translation>Tulis perbaikan yang disarankan ke {count} isian ({kind})? Yang tertulis di berkas diganti; isian tanpa saran tetap di daftar.</translation>
        </message>
        <message>
            <source>ISBNs are left for you to check one by one: their suggestion only recomputes the check digit, and many books are printed with a wrong one.</source>
            <translation>ISBN dibiarkan untuk Anda periksa satu per satu: sarannya hanya menghitung ulang angka pemeriksa, dan banyak buku dicetak dengan angka pemeriksa yang salah.</translation>
        </message>
        <message>
            <source>An ISBN's suggestion only recomputes its check digit: many books are printed with a wrong one, and then the record no longer matches the barcode on the book. Best checked one by one with the book in hand.</source>
            <translation>Saran ISBN hanya menghitung ulang angka pemeriksanya: banyak buku dicetak dengan angka pemeriksa yang salah, dan setelah diganti cantuman tidak lagi cocok dengan barcode di buku. Sebaiknya diperiksa satu per satu sambil memegang bukunya.</translation>
        </message>
        <message>
            <source>Use all suggestions</source>
            <translation>Pakai semua saran</translation>
        </message>
        <message>
            <source>Using the suggestions</source>
            <translation>Memakai saran</translation>
        </message>
        <message>
            <source>{used} suggested corrections used; {left} fields are left to check.</source>
            <translation>{used} saran perbaikan dipakai; tinggal {left} isian yang perlu diperiksa.</translation>
        </message>
        <message>
            <source>{used} suggested corrections used; nothing is left to check.</source>
            <translation>{used} saran perbaikan dipakai; tidak ada lagi yang perlu diperiksa.</translation>
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
        <name>RuleDialog</name>
        <message>
            <source>New loan rule</source>
            <translation>Aturan pinjam baru</translation>
        </message>
        <message>
            <source>Edit loan rule</source>
            <translation>Ubah aturan pinjam</translation>
        </message>
        <message>
            <source>Member type</source>
            <translation>Jenis anggota</translation>
        </message>
        <message>
            <source>Any member type</source>
            <translation>Semua jenis anggota</translation>
        </message>
        <message>
            <source>Collection type</source>
            <translation>Jenis koleksi</translation>
        </message>
        <message>
            <source>Any collection type</source>
            <translation>Semua jenis koleksi</translation>
        </message>
        <message>
            <source>May be borrowed</source>
            <translation>Boleh dipinjam</translation>
        </message>
        <message>
            <source>same as the member type</source>
            <translation>sama dengan jenis anggota</translation>
        </message>
        <message>
            <source>&amp;Member type:</source>
            <translation>Jenis an&amp;ggota:</translation>
        </message>
        <message>
            <source>&amp;Collection type:</source>
            <translation>Jenis &amp;koleksi:</translation>
        </message>
        <message>
            <source>Loan &amp;days:</source>
            <translation>&amp;Lama pinjam (hari):</translation>
        </message>
        <message>
            <source>Loan &amp;limit:</source>
            <translation>&amp;Batas pinjam:</translation>
        </message>
        <message>
            <source>&amp;Renewals:</source>
            <translation>&amp;Perpanjangan:</translation>
        </message>
        <message>
            <source>&amp;Fine per day (Rp):</source>
            <translation>&amp;Denda per hari (Rp):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>The most specific rule wins: member type and collection type, then collection type only, then member type only, then any.</source>
            <translation>Aturan yang paling khusus yang berlaku: jenis anggota dan jenis koleksi, lalu jenis koleksi saja, lalu jenis anggota saja, lalu semua.</translation>
        </message>
    </context>
    <context>
        <name>SameNameDialog</name>
        <message>
            <source>Programme already exists</source>
            <translation>Kegiatan sudah ada</translation>
        </message>
        <message>
            <source>A programme named {name} already exists (since {since}, {count} sessions): add a session to it instead?</source>
            <translation>Kegiatan bernama {name} sudah ada (sejak {since}, {count} pertemuan): tambahkan pertemuan pada kegiatan itu saja?</translation>
        </message>
        <message>
            <source>A new season or another group may be a programme of its own: then make a new one.</source>
            <translation>Musim/angkatan baru atau kelompok lain boleh menjadi kegiatan tersendiri: kalau begitu, buat yang baru.</translation>
        </message>
        <message>
            <source>&amp;Open it and add a session</source>
            <translation>&amp;Buka dan tambah pertemuan</translation>
        </message>
        <message>
            <source>Make a &amp;new programme anyway</source>
            <translation>&amp;Tetap buat kegiatan baru</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>ScanList</name>
        <message>
            <source>Codes in the list</source>
            <translation>Kode dalam daftar</translation>
        </message>
        <message>
            <source>Number of codes in the list</source>
            <translation>Jumlah kode dalam daftar</translation>
        </message>
        <message>
            <source>Code not added</source>
            <translation>Kode tidak ditambahkan</translation>
        </message>
        <message>
            <source>&amp;Remove chosen</source>
            <translation>&amp;Hapus yang dipilih</translation>
        </message>
        <message>
            <source>Remove the chosen codes from the list</source>
            <translation>Hapus kode yang dipilih dari daftar</translation>
        </message>
        <message>
            <source>Empty the list</source>
            <translation>Kosongkan daftar</translation>
        </message>
        <message>
            <source>{n} in the list</source>
            <translation>{n} dalam daftar</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Rak</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Tersedia</translation>
        </message>
        <message>
            <source>{available} of {copies}</source>
            <translation>{available} dari {copies}</translation>
        </message>
    </context>
    <context>
        <name>SelectionBox</name>
        <message>
            <source>Which to print</source>
            <translation>Yang dicetak</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>Added in the last days</source>
            <translation>Ditambahkan dalam beberapa hari terakhir</translation>
        </message>
        <message>
            <source>in the last</source>
            <translation>dalam</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Dari tanggal</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Sampai tanggal</translation>
        </message>
        <message>
            <source>First accession number</source>
            <translation>Nomor induk pertama</translation>
        </message>
        <message>
            <source>Last accession number</source>
            <translation>Nomor induk terakhir</translation>
        </message>
        <message>
            <source>every member whose card is still valid</source>
            <translation>semua anggota yang kartunya masih berlaku</translation>
        </message>
        <message>
            <source>copies the file listed without a barcode: their books have no label yet</source>
            <translation>eksemplar yang tercantum tanpa barkode di berkas impor: bukunya belum berlabel</translation>
        </message>
        <message>
            <source>members brought in from SLiMS, INLISLite or a list, whose card is still valid</source>
            <translation>anggota yang dibawa dari SLiMS, INLISLite atau daftar Excel, yang kartunya masih berlaku</translation>
        </message>
        <message>
            <source>valid members whose card was never printed or saved as PDF here</source>
            <translation>anggota yang kartunya masih berlaku dan belum pernah dicetak atau disimpan sebagai PDF di sini</translation>
        </message>
        <message>
            <source>scan a barcode (Enter after each)</source>
            <translation>pindai barkode (Enter setelah setiap kode)</translation>
        </message>
        <message>
            <source>scan a member card or type its number, then Enter</source>
            <translation>pindai kartu anggota atau ketik nomornya, lalu Enter</translation>
        </message>
        <message>
            <source>words from the title or author, a class or call number (899.221 3 HIR), an ISBN or barcode...</source>
            <translation>kata dari judul atau pengarang, nomor kelas atau nomor panggil (899.221 3 HIR), ISBN atau barkode...</translation>
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
        <message>
            <source>Text size and contrast</source>
            <translation>Ukuran teks dan kontras</translation>
        </message>
        <message>
            <source>Wi-Fi catalogue</source>
            <translation>Katalog di Wi-Fi</translation>
        </message>
        <message>
            <source>Class numbers</source>
            <translation>Nomor kelas</translation>
        </message>
        <message>
            <source>Union catalogue database</source>
            <translation>Basis data katalog induk</translation>
        </message>
    </context>
    <context>
        <name>SignInAgain</name>
        <message>
            <source>This window is open with a librarian's rights. A volunteer goes on after logging out: press “Log out” and sign in there.</source>
            <translation>Jendela ini terbuka dengan hak pustakawan. Relawan melanjutkan setelah keluar: tekan “Keluar” lalu masuk di sana.</translation>
        </message>
    </context>
    <context>
        <name>SignInAgainDialog</name>
        <message>
            <source>Sign in again — Pustaka</source>
            <translation>Masuk lagi — Pustaka</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sign in again&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Masuk lagi&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>What is open in this window stays as it is.</source>
            <translation>Yang terbuka di jendela ini tetap seperti semula.</translation>
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
            <source>&amp;Sign in</source>
            <translation>&amp;Masuk</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>Kel&amp;uar</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>Split off village records</source>
            <translation>Pisahkan cantuman desa</translation>
        </message>
        <message>
            <source>“{title}”: tick the village records that are a different book. They get a union record of their own and will not rejoin this one by themselves.</source>
            <translation>“{title}”: centang cantuman desa yang sebenarnya buku lain. Cantuman itu mendapat cantuman katalog induk sendiri dan tidak akan bergabung kembali ke sini dengan sendirinya.</translation>
        </message>
        <message>
            <source>Village records</source>
            <translation>Cantuman desa</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>{n} eksemplar</translation>
        </message>
        <message>
            <source>Split off</source>
            <translation>Pisahkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Anak judul</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Pengarang</translation>
        </message>
        <message>
            <source>Statement of responsibility</source>
            <translation>Pernyataan tanggung jawab</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edisi</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>ISSN</source>
            <translation>ISSN</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Penerbit</translation>
        </message>
        <message>
            <source>Place of publication</source>
            <translation>Kota terbit</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Collation</source>
            <translation>Kolasi</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Other classification</source>
            <translation>Klasifikasi lain</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Material type</source>
            <translation>Jenis bahan</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Pembaca sasaran</translation>
        </message>
        <message>
            <source>Hidden from patrons</source>
            <translation>Tersembunyi dari pemustaka</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Accession number</source>
            <translation>No. induk</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>No. panggil</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Collection type</source>
            <translation>Jenis koleksi</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Rincian sumber</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Pemasok</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>No. pesanan</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Tanggal pesanan</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>No. faktur</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Tanggal faktur</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Tanggal terima</translation>
        </message>
        <message>
            <source>Year acquired</source>
            <translation>Tahun pengadaan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
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
            <source>Make a re&amp;covery code…</source>
            <translation>Buat &amp;kode pemulihan…</translation>
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
            <source>No recovery code yet: if every librarian forgets the password (or leaves), nobody can get back in. Make one and keep it with the village office.</source>
            <translation>Belum ada kode pemulihan: jika semua pustakawan lupa kata sandi (atau pindah), tidak ada yang bisa masuk kembali. Buat satu dan simpan di kantor desa.</translation>
        </message>
        <message>
            <source>Recovery code made {when} by {name}; only the last one made works.</source>
            <translation>Kode pemulihan dibuat {when} oleh {name}; hanya kode yang terakhir dibuat yang berlaku.</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Kode pemulihan baru</translation>
        </message>
        <message>
            <source>Make a new recovery code? The one kept at the village office stops working: replace it there with the new one.</source>
            <translation>Buat kode pemulihan baru? Kode yang disimpan di kantor desa tidak berlaku lagi: ganti di sana dengan yang baru.</translation>
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
        <name>Stocktake</name>
        <message>
            <source>{barcode} is a member card, not a book: nothing recorded.</source>
            <translation>{barcode} adalah kartu anggota, bukan buku: tidak dicatat.</translation>
        </message>
        <message>
            <source>Unknown barcode {barcode}.</source>
            <translation>Kode {barcode} tidak dikenal.</translation>
        </message>
        <message>
            <source>Found again: {title} was marked lost or missing; it is back in the catalogue.</source>
            <translation>Ditemukan kembali: {title} tadinya ditandai hilang atau tidak ditemukan; kini kembali tersedia di katalog.</translation>
        </message>
        <message>
            <source>Already scanned: {title}.</source>
            <translation>Sudah dipindai: {title}.</translation>
        </message>
        <message>
            <source>{title} belongs elsewhere ({location}): put it back there.</source>
            <translation>{title} seharusnya di tempat lain ({location}): kembalikan ke sana.</translation>
        </message>
        <message>
            <source>{title} is recorded as on loan: return it at the desk.</source>
            <translation>{title} tercatat sedang dipinjam: kembalikan di meja layanan.</translation>
        </message>
        <message>
            <source>Seen: {title}.</source>
            <translation>Terlihat: {title}.</translation>
        </message>
    </context>
    <context>
        <name>StocktakePage</name>
        <message>
            <source>Location (empty: everywhere)</source>
            <translation>Lokasi (kosong: semua)</translation>
        </message>
        <message>
            <source>empty = the whole library</source>
            <translation>kosong = seluruh perpustakaan</translation>
        </message>
        <message>
            <source>DDC from</source>
            <translation>DDC dari</translation>
        </message>
        <message>
            <source>DDC to</source>
            <translation>DDC sampai</translation>
        </message>
        <message>
            <source>&amp;Start stock-take</source>
            <translation>&amp;Mulai inventarisasi</translation>
        </message>
        <message>
            <source>Start stock-take</source>
            <translation>Mulai inventarisasi</translation>
        </message>
        <message>
            <source>&amp;Location / shelf:</source>
            <translation>&amp;Lokasi / rak:</translation>
        </message>
        <message>
            <source>DDC &amp;from:</source>
            <translation>DDC &amp;dari:</translation>
        </message>
        <message>
            <source>DDC &amp;to:</source>
            <translation>DDC &amp;sampai:</translation>
        </message>
        <message>
            <source>New stock-take</source>
            <translation>Inventarisasi baru</translation>
        </message>
        <message>
            <source>Shelf scan box</source>
            <translation>Kotak pindai rak</translation>
        </message>
        <message>
            <source>Scan each book on the shelf</source>
            <translation>Pindai setiap buku di rak</translation>
        </message>
        <message>
            <source>Result of the last scan</source>
            <translation>Hasil pindaian terakhir</translation>
        </message>
        <message>
            <source>Stock-take progress</source>
            <translation>Kemajuan inventarisasi</translation>
        </message>
        <message>
            <source>%v of %m copies seen</source>
            <translation>%v dari %m eksemplar ditemukan</translation>
        </message>
        <message>
            <source>Recent shelf scans</source>
            <translation>Pindaian rak terakhir</translation>
        </message>
        <message>
            <source>&amp;Import barcodes from a text file…</source>
            <translation>&amp;Ambil barkode dari berkas teks…</translation>
        </message>
        <message>
            <source>Import barcodes from a text file</source>
            <translation>Ambil barkode dari berkas teks</translation>
        </message>
        <message>
            <source>Mark copies not seen as</source>
            <translation>Tandai eksemplar yang tidak ditemukan sebagai</translation>
        </message>
        <message>
            <source>mark them missing</source>
            <translation>tandai hilang dari rak</translation>
        </message>
        <message>
            <source>mark them lost</source>
            <translation>tandai hilang</translation>
        </message>
        <message>
            <source>do not mark them</source>
            <translation>jangan ditandai</translation>
        </message>
        <message>
            <source>&amp;Finish…</source>
            <translation>&amp;Selesai…</translation>
        </message>
        <message>
            <source>Finish the stock-take</source>
            <translation>Selesaikan inventarisasi</translation>
        </message>
        <message>
            <source>Copies not seen:</source>
            <translation>Eksemplar tidak ditemukan:</translation>
        </message>
        <message>
            <source>Scanning</source>
            <translation>Pemindaian</translation>
        </message>
        <message>
            <source>Copies not seen</source>
            <translation>Eksemplar tidak ditemukan</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Save PDF &amp;report…</source>
            <translation>Simpan laporan &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the stock-take report as PDF</source>
            <translation>Simpan laporan inventarisasi sebagai PDF</translation>
        </message>
        <message>
            <source>L&amp;ost (write off)</source>
            <translation>&amp;Hilang (dihapusbukukan)</translation>
        </message>
        <message>
            <source>Mark the selected copies lost</source>
            <translation>Tandai eksemplar terpilih hilang</translation>
        </message>
        <message>
            <source>Fo&amp;und</source>
            <translation>Dit&amp;emukan</translation>
        </message>
        <message>
            <source>The selected copies were found: back on the shelf</source>
            <translation>Eksemplar terpilih ditemukan: kembali ke rak</translation>
        </message>
        <message>
            <source>&amp;Keep looking</source>
            <translation>Tetap &amp;cari</translation>
        </message>
        <message>
            <source>Keep looking for the selected copies (missing)</source>
            <translation>Tetap cari eksemplar terpilih (tidak ditemukan)</translation>
        </message>
        <message>
            <source>What was decided</source>
            <translation>Yang diputuskan</translation>
        </message>
        <message>
            <source>Selected copies:</source>
            <translation>Eksemplar terpilih:</translation>
        </message>
        <message>
            <source>location {location}</source>
            <translation>lokasi {location}</translation>
        </message>
        <message>
            <source>DDC {start}–{end}</source>
            <translation>DDC {start}–{end}</translation>
        </message>
        <message>
            <source>the whole library</source>
            <translation>seluruh perpustakaan</translation>
        </message>
        <message>
            <source>Stock-take {number} of {scope}, started {date}. Scan every book on the shelves.</source>
            <translation>Inventarisasi {number} untuk {scope}, dimulai {date}. Pindai setiap buku di rak.</translation>
        </message>
        <message>
            <source>The last stock-take ({scope}) was finished on {date}.</source>
            <translation>Inventarisasi terakhir ({scope}) selesai pada {date}.</translation>
        </message>
        <message>
            <source>No stock-take yet. Choose what to check and press Start.</source>
            <translation>Belum ada inventarisasi. Pilih yang akan diperiksa lalu tekan Mulai.</translation>
        </message>
        <message>
            <source>Not seen yet (first {count} shown; copies on loan are not expected):</source>
            <translation>Belum ditemukan ({count} pertama ditampilkan; eksemplar yang dipinjam tidak dihitung):</translation>
        </message>
        <message>
            <source>Not seen in this stock-take (first {count} shown):</source>
            <translation>Tidak ditemukan dalam inventarisasi ini ({count} pertama ditampilkan):</translation>
        </message>
        <message>
            <source>Decided since: {lost} lost, {found} found, {missing} still looked for.</source>
            <translation>Diputuskan sesudahnya: {lost} hilang, {found} ditemukan, {missing} masih dicari.</translation>
        </message>
        <message>
            <source>{count} copies written off as lost.</source>
            <translation>{count} eksemplar dihapusbukukan sebagai hilang.</translation>
        </message>
        <message>
            <source>{count} copies found: back in the catalogue.</source>
            <translation>{count} eksemplar ditemukan: kembali ada di katalog.</translation>
        </message>
        <message>
            <source>{count} copies still missing: keep looking.</source>
            <translation>{count} eksemplar masih belum ditemukan: terus dicari.</translation>
        </message>
        <message>
            <source>{barcode} is {status} now: left as it is.</source>
            <translation>{barcode} kini berstatus {status}: dibiarkan apa adanya.</translation>
        </message>
        <message>
            <source>Barcodes from a text file</source>
            <translation>Barkode dari berkas teks</translation>
        </message>
        <message>
            <source>Text files (*.txt *.csv);;All files (*)</source>
            <translation>Berkas teks (*.txt *.csv);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Read {ok} copies; {unknown} unknown, {elsewhere} from elsewhere, {on_loan} on loan, {dupes} already scanned.</source>
            <translation>Terbaca {ok} eksemplar; {unknown} tidak dikenal, {elsewhere} dari tempat lain, {on_loan} sedang dipinjam, {dupes} sudah dipindai.</translation>
        </message>
        <message>
            <source>{found} copies marked lost or missing were found again: they are back in the catalogue.</source>
            <translation>{found} eksemplar yang ditandai hilang atau tidak ditemukan ditemukan kembali: kini kembali tersedia di katalog.</translation>
        </message>
        <message>
            <source>Reading barcodes</source>
            <translation>Membaca barkode</translation>
        </message>
        <message>
            <source>{missing} of {expected} copies were not seen.</source>
            <translation>{missing} dari {expected} eksemplar tidak ditemukan.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>hilang dari rak</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>hilang</translation>
        </message>
        <message>
            <source>They will be marked {mark}. Finish the stock-take?</source>
            <translation>Eksemplar itu akan ditandai {mark}. Selesaikan inventarisasi?</translation>
        </message>
        <message>
            <source>Finish the stock-take?</source>
            <translation>Selesaikan inventarisasi?</translation>
        </message>
        <message>
            <source>Finished. {count} copies marked.</source>
            <translation>Selesai. {count} eksemplar ditandai.</translation>
        </message>
        <message>
            <source>Finishing the stock-take</source>
            <translation>Menyelesaikan inventarisasi</translation>
        </message>
        <message>
            <source>Save the stock-take report</source>
            <translation>Simpan laporan inventarisasi</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Membuat laporan</translation>
        </message>
        <message>
            <source>Report saved to {path}</source>
            <translation>Laporan disimpan ke {path}</translation>
        </message>
    </context>
    <context>
        <name>SyncExceptions</name>
        <message>
            <source>Book grant</source>
            <translation>Hibah buku</translation>
        </message>
        <message>
            <source>Grant “{grant}”: barcode {barcode} is already used here; the copy was numbered {given}.</source>
            <translation>Hibah “{grant}”: barkode {barcode} sudah dipakai di sini; eksemplar diberi nomor {given}.</translation>
        </message>
        <message>
            <source>Clock ahead</source>
            <translation>Jam terlalu maju</translation>
        </message>
        <message>
            <source>The bundle from {sender} was written on a PC whose clock is {ahead_days} days ahead. Set the date and time on that PC.</source>
            <translation>Paket dari {sender} dibuat di komputer yang jamnya {ahead_days} hari terlalu maju. Betulkan tanggal dan jam di komputer itu.</translation>
        </message>
        <message>
            <source>Not its own row</source>
            <translation>Bukan datanya sendiri</translation>
        </message>
        <message>
            <source>{sender} sent a change to a row of {owner} ({entity} …{short}); it was not applied.</source>
            <translation>{sender} mengirim perubahan atas data milik {owner} ({entity} …{short}); perubahan itu tidak diterapkan.</translation>
        </message>
        <message>
            <source>Loaned twice</source>
            <translation>Dipinjam dua kali</translation>
        </message>
        <message>
            <source>{site}: copy {barcode} is on two open loans at once (lent {loaned_at}). Check at that library which loan is right.</source>
            <translation>{site}: eksemplar {barcode} tercatat dua kali sedang dipinjam (dipinjam {loaned_at}). Periksa di perpustakaan itu peminjaman mana yang benar.</translation>
        </message>
        <message>
            <source>Grant “{grant}”: barcode {barcode} is already used here; the copy got this library's next number.</source>
            <translation>Hibah “{grant}”: barkode {barcode} sudah dipakai di sini; eksemplar diberi nomor berikutnya dari perpustakaan ini.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync summary</source>
            <translation>Ringkasan sinkronisasi</translation>
        </message>
        <message>
            <source>This database looks like a copy or a restored backup</source>
            <translation>Basis data ini tampaknya salinan atau cadangan yang dipulihkan</translation>
        </message>
        <message>
            <source>It is the original library (confirm)</source>
            <translation>Ini perpustakaan asli (konfirmasi)</translation>
        </message>
        <message>
            <source>Make it a new site (enrol again)</source>
            <translation>Jadikan situs baru (daftar ulang)</translation>
        </message>
        <message>
            <source>Sync sections</source>
            <translation>Bagian sinkronisasi</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Perpustakaan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Perubahan menunggu</translation>
        </message>
        <message>
            <source>Last bundle arrived</source>
            <translation>Paket terakhir diterima</translation>
        </message>
        <message>
            <source>Members sent</source>
            <translation>Data anggota dikirim</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Sidik jari kunci</translation>
        </message>
        <message>
            <source>Partner libraries</source>
            <translation>Perpustakaan mitra</translation>
        </message>
        <message>
            <source>&amp;Write bundle to USB stick…</source>
            <translation>&amp;Tulis paket ke flashdisk…</translation>
        </message>
        <message>
            <source>&amp;Import bundle file…</source>
            <translation>&amp;Impor berkas paket…</translation>
        </message>
        <message>
            <source>Import a &amp;folder of bundles…</source>
            <translation>Impor &amp;folder berisi paket…</translation>
        </message>
        <message>
            <source>District hub address</source>
            <translation>Alamat hub dinas</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Kirim sekarang</translation>
        </message>
        <message>
            <source>Send and fetch bundles over the network now</source>
            <translation>Kirim dan ambil paket lewat jaringan sekarang</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Bundle results</source>
            <translation>Hasil paket</translation>
        </message>
        <message>
            <source>Recent bundles</source>
            <translation>Paket terakhir</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>This library's key fingerprint</source>
            <translation>Sidik jari kunci perpustakaan ini</translation>
        </message>
        <message>
            <source>Read a village's enrolment request, compare its fingerprint with the village librarian by phone, then give them the answer file.</source>
            <translation>Baca permintaan pendaftaran dari desa, cocokkan sidik jarinya dengan pustakawan desa lewat telepon, lalu berikan berkas jawabannya.</translation>
        </message>
        <message>
            <source>&amp;Accept an enrolment request…</source>
            <translation>&amp;Terima permintaan pendaftaran…</translation>
        </message>
        <message>
            <source>1. Write an enrolment request and take it to the district office. 2. Read the answer they give you. Compare both fingerprints by phone.</source>
            <translation>1. Tulis permintaan pendaftaran dan bawa ke dinas kabupaten. 2. Baca jawaban yang mereka berikan. Cocokkan kedua sidik jari lewat telepon.</translation>
        </message>
        <message>
            <source>&amp;Write enrolment request…</source>
            <translation>&amp;Tulis permintaan pendaftaran…</translation>
        </message>
        <message>
            <source>&amp;Read the district's answer…</source>
            <translation>&amp;Baca jawaban dinas…</translation>
        </message>
        <message>
            <source>Read the district's answer</source>
            <translation>Baca jawaban dinas</translation>
        </message>
        <message>
            <source>Member records sent to the district…</source>
            <translation>Data anggota yang dikirim ke dinas…</translation>
        </message>
        <message>
            <source>Member records sent to the district</source>
            <translation>Data anggota yang dikirim ke dinas</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Pendaftaran</translation>
        </message>
        <message>
            <source>Edits made in two places at once: the later one was kept. Reverse to use the other value instead.</source>
            <translation>Perubahan yang dibuat di dua tempat sekaligus: yang terakhir disimpan. Balikkan untuk memakai nilai yang lain.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Isian</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Disimpan</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Kalah</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflik</translation>
        </message>
        <message>
            <source>&amp;Keep as it is</source>
            <translation>Biarkan &amp;seperti ini</translation>
        </message>
        <message>
            <source>&amp;Reverse (use the lost value)</source>
            <translation>Balikkan (&amp;pakai nilai yang kalah)</translation>
        </message>
        <message>
            <source>Impossible states found while importing (e.g. the same copy lent out twice). Check them, fix the data at the library, then mark them resolved.</source>
            <translation>Keadaan mustahil yang ditemukan saat impor (mis. eksemplar yang sama dipinjam dua kali). Periksa, perbaiki datanya di perpustakaan, lalu tandai selesai.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>&amp;District hub:</source>
            <translation>&amp;Hub dinas:</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Pengecualian</translation>
        </message>
        <message>
            <source>Mark &amp;resolved</source>
            <translation>Tandai &amp;selesai</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Tandai selesai</translation>
        </message>
        <message>
            <source>Not enrolled with a district office yet: see Enrolment.</source>
            <translation>Belum terdaftar di dinas kabupaten: lihat Pendaftaran.</translation>
        </message>
        <message>
            <source>No village is enrolled yet: see Enrolment.</source>
            <translation>Belum ada desa yang terdaftar: lihat Pendaftaran.</translation>
        </message>
        <message>
            <source>{n} partner libraries. Open conflicts: {c}. Open exceptions: {e}.</source>
            <translation>{n} perpustakaan mitra. Konflik terbuka: {c}. Pengecualian terbuka: {e}.</translation>
        </message>
        <message>
            <source>This library's key fingerprint: {fingerprint}</source>
            <translation>Sidik jari kunci perpustakaan ini: {fingerprint}</translation>
        </message>
        <message>
            <source>village</source>
            <translation>desa</translation>
        </message>
        <message>
            <source>district</source>
            <translation>dinas</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>dicabut</translation>
        </message>
        <message>
            <source>full records</source>
            <translation>data lengkap</translation>
        </message>
        <message>
            <source>pseudonymised</source>
            <translation>disamarkan</translation>
        </message>
        <message>
            <source>written</source>
            <translation>ditulis</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>diterapkan</translation>
        </message>
        <message>
            <source>already applied</source>
            <translation>sudah diterapkan</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>terkirim</translation>
        </message>
        <message>
            <source>received</source>
            <translation>diterima</translation>
        </message>
        <message>
            <source>What the restore lost</source>
            <translation>Yang hilang karena pemulihan</translation>
        </message>
        <message>
            <source>Is this the original library's database (for example restored after a broken disk)? The old PC must then never sync again.</source>
            <translation>Apakah ini basis data perpustakaan yang asli (misalnya dipulihkan setelah disk rusak)? PC lama tidak boleh sinkronisasi lagi.</translation>
        </message>
        <message>
            <source>Make this database a new site? It must be enrolled with the district again.</source>
            <translation>Jadikan basis data ini situs baru? Situs ini harus didaftarkan ulang ke dinas.</translation>
        </message>
        <message>
            <source>Copied database</source>
            <translation>Basis data salinan</translation>
        </message>
        <message>
            <source>Write bundle</source>
            <translation>Tulis paket</translation>
        </message>
        <message>
            <source>Enrol with a partner library first.</source>
            <translation>Daftarkan dulu ke perpustakaan mitra.</translation>
        </message>
        <message>
            <source>For which library?</source>
            <translation>Untuk perpustakaan mana?</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder</source>
            <translation>Pilih flashdisk atau folder</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Paket ditulis</translation>
        </message>
        <message>
            <source>The bundle {name} was written and read back correctly ({rows} rows). You can remove the USB stick now.</source>
            <translation>Paket {name} sudah ditulis dan terbaca kembali dengan benar ({rows} baris). Flashdisk boleh dicabut sekarang.</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>Menulis paket</translation>
        </message>
        <message>
            <source>fetched</source>
            <translation>diambil</translation>
        </message>
        <message>
            <source>The computer's clock is wrong</source>
            <translation>Jam komputer salah</translation>
        </message>
        <message>
            <source>Sending to the district hub</source>
            <translation>Mengirim ke hub dinas</translation>
        </message>
        <message>
            <source>Book grant {name}: {copies} copies added, numbered by this library.</source>
            <translation>Hibah buku {name}: {copies} eksemplar ditambahkan, diberi nomor oleh perpustakaan ini.</translation>
        </message>
        <message>
            <source>Print their labels on the Print page: choose Just added.</source>
            <translation>Cetak labelnya di halaman Cetak: pilih Baru ditambahkan.</translation>
        </message>
        <message>
            <source>Book grant received</source>
            <translation>Hibah buku diterima</translation>
        </message>
        <message>
            <source>Choose a bundle</source>
            <translation>Pilih paket</translation>
        </message>
        <message>
            <source>Sync bundles (*.zip)</source>
            <translation>Paket sinkronisasi (*.zip)</translation>
        </message>
        <message>
            <source>Choose the folder with bundles</source>
            <translation>Pilih folder berisi paket</translation>
        </message>
        <message>
            <source>Importing bundles</source>
            <translation>Mengimpor paket</translation>
        </message>
        <message>
            <source>Save the enrolment request</source>
            <translation>Simpan permintaan pendaftaran</translation>
        </message>
        <message>
            <source>Enrolment files (*.json)</source>
            <translation>Berkas pendaftaran (*.json)</translation>
        </message>
        <message>
            <source>Enrolment request written</source>
            <translation>Permintaan pendaftaran ditulis</translation>
        </message>
        <message>
            <source>Take the file to the district office. Read this fingerprint to them by phone when they ask:

{fingerprint}</source>
            <translation>Bawa berkas ini ke dinas kabupaten. Bacakan sidik jari ini kepada mereka lewat telepon bila diminta:

{fingerprint}</translation>
        </message>
        <message>
            <source>Open the district's answer</source>
            <translation>Buka jawaban dinas</translation>
        </message>
        <message>
            <source>Check the fingerprint</source>
            <translation>Periksa sidik jari</translation>
        </message>
        <message>
            <source>District: {name}
Fingerprint: {fingerprint}

Does the district office read you the same fingerprint on the phone?</source>
            <translation>Dinas: {name}
Sidik jari: {fingerprint}

Apakah dinas membacakan sidik jari yang sama lewat telepon?</translation>
        </message>
        <message>
            <source>Open a village's enrolment request</source>
            <translation>Buka permintaan pendaftaran desa</translation>
        </message>
        <message>
            <source>Library code</source>
            <translation>Kode perpustakaan</translation>
        </message>
        <message>
            <source>{name}
Fingerprint: {fingerprint}

Compare the fingerprint with the village by phone. Library code:</source>
            <translation>{name}
Sidik jari: {fingerprint}

Cocokkan sidik jari dengan desa lewat telepon. Kode perpustakaan:</translation>
        </message>
        <message>
            <source>Save the answer for the village</source>
            <translation>Simpan jawaban untuk desa</translation>
        </message>
        <message>
            <source>Village enrolled</source>
            <translation>Desa terdaftar</translation>
        </message>
        <message>
            <source>Give the answer file to the village. Read them this district fingerprint:

{fingerprint}</source>
            <translation>Berikan berkas jawaban kepada desa. Bacakan sidik jari dinas ini kepada mereka:

{fingerprint}</translation>
        </message>
        <message>
            <source>Member records</source>
            <translation>Data anggota</translation>
        </message>
        <message>
            <source>Pseudonymised (no names, phones, addresses or NIK)</source>
            <translation>Disamarkan (tanpa nama, telepon, alamat atau NIK)</translation>
        </message>
        <message>
            <source>Full member records (needs recorded consent)</source>
            <translation>Data anggota lengkap (perlu persetujuan tercatat)</translation>
        </message>
        <message>
            <source>What goes to the district?</source>
            <translation>Apa yang dikirim ke dinas?</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <source>Who agreed to share full member records, and when?</source>
            <translation>Siapa yang menyetujui pengiriman data anggota lengkap, dan kapan?</translation>
        </message>
    </context>
    <context>
        <name>SyncResult</name>
        <message>
            <source>applied</source>
            <translation>diterapkan</translation>
        </message>
        <message>
            <source>already there (not applied twice)</source>
            <translation>sudah ada (tidak diterapkan dua kali)</translation>
        </message>
        <message>
            <source>refused by the other side</source>
            <translation>ditolak oleh pihak lain</translation>
        </message>
    </context>
    <context>
        <name>TransferPage</name>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Bring records and copies in from SLiMS (bibliography and item CSV files, or its database backup .sql), INLISLite (its catalogue report, Buku Induk, copy report or MARC export), MARC 21 or MARCXML, or a spreadsheet such as a buku induk kept in Excel. You see a preview and a check of every row before anything is saved; importing the same file again adds nothing twice.</source>
            <translation>Masukkan cantuman dan eksemplar dari SLiMS (berkas CSV bibliografi dan item, atau cadangan basis datanya .sql), INLISLite (laporan katalog, Buku Induk, laporan eksemplar atau ekspor MARC-nya), MARC 21 atau MARCXML, atau lembar kerja seperti buku induk di Excel. Anda melihat pratinjau dan pemeriksaan setiap baris sebelum ada yang disimpan; mengimpor berkas yang sama lagi tidak menambah apa pun dua kali.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Impor berkas…</translation>
        </message>
        <message>
            <source>Import a catalogue file</source>
            <translation>Impor berkas katalog</translation>
        </message>
        <message>
            <source>Open the list of imported fields to check</source>
            <translation>Buka daftar isian hasil impor yang perlu diperiksa</translation>
        </message>
        <message>
            <source>Print labels for the &amp;new barcodes…</source>
            <translation>&amp;Cetak label barkode baru…</translation>
        </message>
        <message>
            <source>Print the labels of the copies the import gave new barcodes</source>
            <translation>Cetak label eksemplar yang diberi barkode baru oleh impor</translation>
        </message>
        <message>
            <source>&amp;Undo an import…</source>
            <translation>Bata&amp;lkan impor…</translation>
        </message>
        <message>
            <source>Take back an import made by mistake: what it added is removed, what it changed put back</source>
            <translation>Batalkan impor yang keliru: yang ditambahkannya dihapus, yang diubahnya dikembalikan</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Save the whole catalogue as a file for SLiMS (first the bibliography file, then the item file), as MARC for other library systems, or as an Excel sheet (one row per copy).</source>
            <translation>Simpan seluruh katalog sebagai berkas untuk SLiMS (pertama berkas bibliografi, lalu berkas item), sebagai MARC untuk sistem perpustakaan lain, atau sebagai lembar Excel (satu baris per eksemplar).</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Format ekspor</translation>
        </message>
        <message>
            <source>SLiMS bibliography CSV</source>
            <translation>CSV bibliografi SLiMS</translation>
        </message>
        <message>
            <source>SLiMS item (copies) CSV</source>
            <translation>CSV eksemplar (item) SLiMS</translation>
        </message>
        <message>
            <source>MARC 21 (ISO 2709, .mrc)</source>
            <translation>MARC 21 (ISO 2709, .mrc)</translation>
        </message>
        <message>
            <source>MARCXML (.xml)</source>
            <translation>MARCXML (.xml)</translation>
        </message>
        <message>
            <source>Excel spreadsheet (.xlsx)</source>
            <translation>Lembar kerja Excel (.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Bring members in from SLiMS (its members CSV or database backup), from INLISLite's member report, or from a list kept in Excel (Nama, No. Anggota, L/P, Alamat, No. HP…; a list without card numbers gets new ones). You see what would change before anything is saved. Export writes SLiMS's members CSV.</source>
            <translation>Masukkan anggota dari SLiMS (CSV anggotanya atau cadangan basis datanya), dari laporan anggota INLISLite, atau dari daftar yang disimpan di Excel (Nama, No. Anggota, L/P, Alamat, No. HP…; daftar tanpa nomor kartu mendapat nomor baru). Anda melihat apa yang akan berubah sebelum ada yang disimpan. Ekspor menulis CSV anggota SLiMS.</translation>
        </message>
        <message>
            <source>Import the loans, fines and visitor book of a SLiMS backup</source>
            <translation>Impor peminjaman, denda, dan buku tamu dari cadangan SLiMS</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Labels are printed on the Print page.</source>
            <translation>Label dicetak di halaman Cetak.</translation>
        </message>
        <message>
            <source>Moving in from SLiMS</source>
            <translation>Pindah dari SLiMS</translation>
        </message>
        <message>
            <source>Choose SLiMS's members export now?</source>
            <translation>Pilih berkas ekspor anggota SLiMS sekarang?</translation>
        </message>
        <message>
            <source>The backup also holds the members, and the loans, fines and visitor book. Import the members now, then the history? You see what would change before each is saved.</source>
            <translation>Cadangan ini juga berisi anggota, serta peminjaman, denda, dan buku tamu. Impor anggota sekarang, lalu riwayatnya? Anda melihat apa yang akan berubah sebelum masing-masing disimpan.</translation>
        </message>
        <message>
            <source>Needs &amp;checking (Perlu diperiksa): {count}…</source>
            <translation>Perlu &amp;diperiksa: {count}…</translation>
        </message>
        <message>
            <source>Cover pictures</source>
            <translation>Gambar sampul</translation>
        </message>
        <message>
            <source>{count} record(s) have a cover picture. Save the pictures too, in the folder “{folder}” beside the file? (Copy its files into SLiMS's images/docs folder.)</source>
            <translation>{count} cantuman memiliki gambar sampul. Simpan juga gambarnya, di folder “{folder}” di samping berkas? (Salin isinya ke folder images/docs SLiMS.)</translation>
        </message>
        <message>
            <source>Member lists ({patterns})</source>
            <translation>Daftar anggota ({patterns})</translation>
        </message>
        <message>
            <source>Member photos</source>
            <translation>Foto anggota</translation>
        </message>
        <message>
            <source>The list names {count} member photos. SLiMS keeps them in its images folder (images/persons): choose that folder to bring the photos in too?</source>
            <translation>Daftar ini menyebut {count} foto anggota. SLiMS menyimpannya di folder images (images/persons): pilih folder itu agar foto ikut masuk?</translation>
        </message>
        <message>
            <source>Choose SLiMS's images folder</source>
            <translation>Pilih folder images SLiMS</translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Impor anggota</translation>
        </message>
        <message>
            <source>Import these members now?</source>
            <translation>Impor anggota ini sekarang?</translation>
        </message>
        <message>
            <source>Importing members</source>
            <translation>Mengimpor anggota</translation>
        </message>
        <message>
            <source>Checking the member list</source>
            <translation>Memeriksa daftar anggota</translation>
        </message>
        <message>
            <source>Loans, fines and visitor book</source>
            <translation>Peminjaman, denda dan buku tamu</translation>
        </message>
        <message>
            <source>Import the history of a SLiMS backup</source>
            <translation>Impor riwayat dari cadangan SLiMS</translation>
        </message>
        <message>
            <source>SLiMS database backups ({patterns})</source>
            <translation>Cadangan basis data SLiMS ({patterns})</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Impor riwayat</translation>
        </message>
        <message>
            <source>Import this history now?</source>
            <translation>Impor riwayat ini sekarang?</translation>
        </message>
        <message>
            <source>Importing the history</source>
            <translation>Mengimpor riwayat</translation>
        </message>
        <message>
            <source>Checking the backup</source>
            <translation>Memeriksa cadangan</translation>
        </message>
        <message>
            <source>Spreadsheets ({patterns})</source>
            <translation>Lembar kerja ({patterns})</translation>
        </message>
        <message>
            <source>Checking the file</source>
            <translation>Memeriksa berkas</translation>
        </message>
        <message>
            <source>Import loans</source>
            <translation>Impor peminjaman</translation>
        </message>
        <message>
            <source>Import these loans now?</source>
            <translation>Impor peminjaman ini sekarang?</translation>
        </message>
        <message>
            <source>Importing the loans</source>
            <translation>Mengimpor peminjaman</translation>
        </message>
        <message>
            <source>Import the visitor book and activities</source>
            <translation>Impor buku tamu dan kegiatan</translation>
        </message>
        <message>
            <source>Import the visitor book</source>
            <translation>Impor buku tamu</translation>
        </message>
        <message>
            <source>Import this visitor book and these activities now?</source>
            <translation>Impor buku tamu dan kegiatan ini sekarang?</translation>
        </message>
        <message>
            <source>Importing the visitor book</source>
            <translation>Mengimpor buku tamu</translation>
        </message>
        <message>
            <source>{file}: {visits} line(s) of the visitor book ({people} people) and {sessions} session(s) of {programmes} new activity(ies) with {attendance} attendance(s) to add; {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {visits} baris buku tamu ({people} orang) dan {sessions} pertemuan dari {programmes} kegiatan baru dengan {attendance} kehadiran akan ditambahkan; {unchanged} sudah ada; {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>{file}: {visits} line(s) of the visitor book ({people} people) and {sessions} session(s) of {programmes} new activity(ies) with {attendance} attendance(s) added; {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {visits} baris buku tamu ({people} orang) dan {sessions} pertemuan dari {programmes} kegiatan baru dengan {attendance} kehadiran ditambahkan; {unchanged} sudah ada; {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>… and {count} more row(s) to check.</source>
            <translation>… dan {count} baris lagi yang perlu diperiksa.</translation>
        </message>
        <message>
            <source>{file}: {out} loan(s) still out and {returned} returned loan(s) to add, {closed} to close; {fines} fine line(s); {visits} visit(s); {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {out} peminjaman yang masih berjalan dan {returned} peminjaman yang sudah kembali akan ditambahkan, {closed} akan ditutup; {fines} baris denda; {visits} kunjungan; {unchanged} sudah ada; {bad} baris tidak diambil.</translation>
        </message>
        <message>
            <source>{file}: {out} loan(s) still out and {returned} returned loan(s) added, {closed} closed; {fines} fine line(s); {visits} visit(s); {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {out} peminjaman yang masih berjalan dan {returned} peminjaman yang sudah kembali ditambahkan, {closed} ditutup; {fines} baris denda; {visits} kunjungan; {unchanged} sudah ada; {bad} baris tidak diambil.</translation>
        </message>
        <message>
            <source>{file}: {add} to add, {update} to update, {unchanged} unchanged, {bad} row(s) refused.</source>
            <translation>{file}: {add} akan ditambah, {update} akan diperbarui, {unchanged} tidak berubah, {bad} baris ditolak.</translation>
        </message>
        <message>
            <source>{file}: {add} added, {update} updated, {unchanged} unchanged, {bad} row(s) refused.</source>
            <translation>{file}: {add} ditambah, {update} diperbarui, {unchanged} tidak berubah, {bad} baris ditolak.</translation>
        </message>
        <message>
            <source>… and {count} more refused row(s).</source>
            <translation>… dan {count} baris lain yang ditolak.</translation>
        </message>
        <message>
            <source>Import loans (INLISLite, Excel)</source>
            <translation>Impor peminjaman (INLISLite, Excel)</translation>
        </message>
        <message>
            <source>{file}: {out} loan(s) still out and {returned} returned loan(s) to add; {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {out} peminjaman yang masih di luar dan {returned} peminjaman yang sudah kembali akan ditambahkan; {unchanged} sudah ada; {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>{file}: {out} loan(s) still out and {returned} returned loan(s) added; {unchanged} already here; {bad} row(s) left out.</source>
            <translation>{file}: {out} peminjaman yang masih di luar dan {returned} peminjaman yang sudah kembali ditambahkan; {unchanged} sudah ada; {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>Export the members</source>
            <translation>Ekspor anggota</translation>
        </message>
        <message>
            <source>{count} member(s) saved to {path}.</source>
            <translation>{count} anggota disimpan ke {path}.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Next steps of the move from SLiMS: the members, from SLiMS's members export (Import members…), then the loans: those of a SLiMS database backup (Import history…) or of a loan notebook kept in Excel (Import loans…).</source>
            <translation>Langkah berikutnya pindah dari SLiMS: anggota, dari ekspor anggota SLiMS (Impor anggota…), lalu peminjaman: dari cadangan basis data SLiMS (Impor riwayat…) atau dari buku catatan peminjaman di Excel (Impor peminjaman…).</translation>
        </message>
        <message>
            <source>The wrong file? Undo an import… takes this import back; loans and returns made meanwhile stay.</source>
            <translation>Berkas yang keliru? Batalkan impor… membatalkan impor ini; peminjaman dan pengembalian sementara itu tetap ada.</translation>
        </message>
        <message>
            <source>Export the catalogue</source>
            <translation>Ekspor katalog</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Import &amp;members…</source>
            <translation>Impor an&amp;ggota…</translation>
        </message>
        <message>
            <source>Import a member list</source>
            <translation>Impor daftar anggota</translation>
        </message>
        <message>
            <source>Export mem&amp;bers…</source>
            <translation>Ekspor anggo&amp;ta…</translation>
        </message>
        <message>
            <source>Export the members as SLiMS CSV</source>
            <translation>Ekspor anggota sebagai CSV SLiMS</translation>
        </message>
        <message>
            <source>From SLiMS's database backup: the books still out (with their due dates), past loans, fines owed and paid, the visitor book, reservations and holidays, so the desk and this year's reports carry on. From INLISLite's loan report or a loan notebook kept in Excel: the books still out and the loans returned before the move. Import the catalogue and the members first. The visitor book and activities kept in Excel (or INLISLite's Laporan Buku Tamu) before the move: the months before it, for this year's reports.</source>
            <translation>Dari cadangan basis data SLiMS: buku yang masih dipinjam (dengan batas kembalinya), peminjaman lalu, denda terutang dan terbayar, buku tamu, pemesanan dan hari libur, agar meja layanan dan laporan tahun ini berlanjut. Dari laporan peminjaman INLISLite atau buku peminjaman di Excel: buku yang masih dipinjam dan peminjaman yang sudah kembali sebelum pindah. Impor katalog dan anggota lebih dulu. Buku tamu dan kegiatan yang dicatat di Excel (atau Laporan Buku Tamu INLISLite) sebelum pindah: bulan-bulan sebelumnya, untuk laporan tahun ini.</translation>
        </message>
        <message>
            <source>Import hi&amp;story…</source>
            <translation>Impor &amp;riwayat…</translation>
        </message>
        <message>
            <source>Import &amp;loans (INLISLite, Excel)…</source>
            <translation>Impor &amp;peminjaman (INLISLite, Excel)…</translation>
        </message>
        <message>
            <source>The loans of INLISLite's loan report (Laporan Peminjaman) or a loan notebook kept in Excel (Tgl Pinjam, Nama Peminjam or No. Anggota, Judul Buku or Kode Buku, Tgl Kembali, Tgl Dikembalikan, Ket.): the books still out on the day of the move, and the loans returned before it, so this year's reports count them. Import the catalogue and the members first.</source>
            <translation>Peminjaman dari laporan peminjaman INLISLite (Laporan Peminjaman) atau buku peminjaman di Excel (Tgl Pinjam, Nama Peminjam atau No. Anggota, Judul Buku atau Kode Buku, Tgl Kembali, Tgl Dikembalikan, Ket.): buku yang masih dipinjam pada hari pindah, dan peminjaman yang sudah kembali sebelumnya, agar laporan tahun ini menghitungnya. Impor katalog dan anggota lebih dulu.</translation>
        </message>
        <message>
            <source>Import &amp;visitor book and activities…</source>
            <translation>Impor buku tamu dan &amp;kegiatan…</translation>
        </message>
        <message>
            <source>The visitor book kept before the move (a buku tamu copied into Excel: Tanggal, Nama, Alamat, L/P, Umur, Pekerjaan, Keperluan; or a day's counts: Tanggal, Laki-laki, Perempuan, Jumlah; or INLISLite's Laporan Buku Tamu) and the activities (Tanggal, Nama Kegiatan, Jumlah Peserta, Mitra), so this year's reports count the months before the move. Nobody is made a member.</source>
            <translation>Buku tamu sebelum pindah (buku tamu yang disalin ke Excel: Tanggal, Nama, Alamat, L/P, Umur, Pekerjaan, Keperluan; atau jumlah harian: Tanggal, Laki-laki, Perempuan, Jumlah; atau Laporan Buku Tamu INLISLite) dan kegiatannya (Tanggal, Nama Kegiatan, Jumlah Peserta, Mitra), agar laporan tahun ini menghitung bulan-bulan sebelum pindah. Tidak ada yang dijadikan anggota.</translation>
        </message>
        <message>
            <source>Last import:</source>
            <translation>Impor terakhir:</translation>
        </message>
        <message>
            <source>Files ({patterns})</source>
            <translation>Berkas ({patterns})</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Mengekspor</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Selesai diekspor</translation>
        </message>
        <message>
            <source>{count} rows saved to {path}.</source>
            <translation>{count} baris disimpan ke {path}.</translation>
        </message>
    </context>
    <context>
        <name>UndoImportDialog</name>
        <message>
            <source>Undo an import</source>
            <translation>Batalkan impor</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>What it brought</source>
            <translation>Yang dibawanya</translation>
        </message>
        <message>
            <source>Imports, newest first</source>
            <translation>Impor, yang terbaru dulu</translation>
        </message>
        <message>
            <source>&amp;Undo this import…</source>
            <translation>&amp;Batalkan impor ini…</translation>
        </message>
        <message>
            <source>Undo the chosen import</source>
            <translation>Batalkan impor yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>The practice library keeps none of the real library's imports: import a file here (Import &amp; Export) to try undoing it. The real library's imports are undone in the real library.</source>
            <translation>Perpustakaan latihan tidak menyimpan impor perpustakaan yang sebenarnya: impor sebuah berkas di sini (Impor &amp; Ekspor) untuk mencoba membatalkannya. Impor perpustakaan yang sebenarnya dibatalkan di perpustakaan yang sebenarnya.</translation>
        </message>
        <message>
            <source>Choose the import that was a mistake: a catalogue, a members list, a loan notebook, SLiMS's history or a visitor book. Only what it added is removed and what it changed is put back; the loans, returns and everything else done since stay. What was lent, returned, renewed, paid, reserved or edited since the import stays too, and is named below.</source>
            <translation>Pilih impor yang keliru: katalog, daftar anggota, buku peminjaman, riwayat SLiMS atau buku tamu. Hanya yang ditambahkannya yang dihapus dan yang diubahnya dikembalikan; peminjaman, pengembalian dan semua yang dikerjakan sesudahnya tetap. Yang dipinjam, dikembalikan, diperpanjang, dibayar, dipesan atau diubah sesudah impor juga tetap, dan disebutkan di bawah.</translation>
        </message>
        <message>
            <source>No imports to undo yet.</source>
            <translation>Belum ada impor yang bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Nothing to undo: what the import of {file} added or changed is gone already, or was used or changed since.</source>
            <translation>Tidak ada yang bisa dibatalkan: yang ditambahkan atau diubah oleh impor {file} sudah tidak ada, atau sudah dipakai atau diubah sesudahnya.</translation>
        </message>
        <message>
            <source>The import of {file} is undone: {what} removed, {restored} put back as they were.</source>
            <translation>Impor {file} dibatalkan: {what} dihapus, {restored} dikembalikan seperti semula.</translation>
        </message>
        <message>
            <source>Undoing the import of {file} removes {what}, and puts back {restored} that it changed.</source>
            <translation>Membatalkan impor {file} menghapus {what}, dan mengembalikan {restored} yang diubahnya.</translation>
        </message>
        <message>
            <source>The import of {file} is undone: {records} records, {copies} copies and {members} members removed, {restored} put back as they were.</source>
            <translation>Impor {file} dibatalkan: {records} cantuman, {copies} eksemplar dan {members} anggota dihapus, {restored} dikembalikan seperti semula.</translation>
        </message>
        <message>
            <source>Undoing the import of {file} removes {records} records, {copies} copies and {members} members, and puts back {restored} that it changed.</source>
            <translation>Membatalkan impor {file} menghapus {records} cantuman, {copies} eksemplar dan {members} anggota, dan mengembalikan {restored} yang diubahnya.</translation>
        </message>
        <message>
            <source>Kept as they are ({count}):</source>
            <translation>Dibiarkan seperti sekarang ({count}):</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>dan {count} lainnya</translation>
        </message>
        <message>
            <source>Part of this import had already gone to the district in a bundle: the next bundle takes the removal there.</source>
            <translation>Sebagian impor ini sudah terkirim ke dinas dalam paket sinkronisasi: paket berikutnya membawa penghapusannya ke sana.</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Batalkan impor ini</translation>
        </message>
        <message>
            <source>Undo the import of {file}? A backup is made first.</source>
            <translation>Batalkan impor {file}? Cadangan dibuat lebih dulu.</translation>
        </message>
        <message>
            <source>Undoing the import</source>
            <translation>Membatalkan impor</translation>
        </message>
        <message>
            <source>The undo was stopped: nothing was changed.</source>
            <translation>Pembatalan dihentikan: tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Impor dibatalkan</translation>
        </message>
    </context>
    <context>
        <name>UnionRecordDialog</name>
        <message>
            <source>Union catalogue record</source>
            <translation>Cantuman katalog induk</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Judul</translation>
        </message>
        <message>
            <source>S&amp;ubtitle</source>
            <translation>S&amp;ubjudul</translation>
        </message>
        <message>
            <source>Statement of &amp;responsibility</source>
            <translation>Pern&amp;yataan tanggung jawab</translation>
        </message>
        <message>
            <source>&amp;Edition</source>
            <translation>&amp;Edisi</translation>
        </message>
        <message>
            <source>&amp;ISBN</source>
            <translation>&amp;ISBN</translation>
        </message>
        <message>
            <source>&amp;Publisher</source>
            <translation>&amp;Penerbit</translation>
        </message>
        <message>
            <source>Pla&amp;ce</source>
            <translation>Te&amp;mpat terbit</translation>
        </message>
        <message>
            <source>&amp;DDC</source>
            <translation>&amp;DDC</translation>
        </message>
        <message>
            <source>&amp;Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>T&amp;ahun</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Saving adopts the record into the union catalogue: the district keeps it from now on, and the changes go to the villages holding it with their next bundle. A village that wrote a field otherwise (another printing, an ISBN kept as printed) keeps its own.</source>
            <translation>Menyimpan berarti mengambil alih cantuman ke katalog induk: sejak itu kabupaten yang mengelolanya, dan perubahannya dikirim ke desa-desa yang memilikinya bersama bundel berikutnya. Desa yang menulis suatu isian secara lain (cetakan lain, ISBN yang disimpan seperti tercetak) tetap memakai isiannya sendiri.</translation>
        </message>
    </context>
    <context>
        <name>VisitorBookPage</name>
        <message>
            <source>Visitors today</source>
            <translation>Pengunjung hari ini</translation>
        </message>
        <message>
            <source>Full screen (F11)</source>
            <translation>Layar penuh (F11)</translation>
        </message>
        <message>
            <source>Scan a member card</source>
            <translation>Pindai kartu anggota</translation>
        </message>
        <message>
            <source>Books read here</source>
            <translation>Buku dibaca di sini</translation>
        </message>
        <message>
            <source>Switch the scanner to books read on site</source>
            <translation>Alihkan pemindai ke buku yang dibaca di tempat</translation>
        </message>
        <message>
            <source>Result of the last entry</source>
            <translation>Hasil isian terakhir</translation>
        </message>
        <message>
            <source>Today's visitor book</source>
            <translation>Buku tamu hari ini</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Pengunjung</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Koreksi…</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Cancel the guest entry</source>
            <translation>Batalkan isian tamu</translation>
        </message>
        <message>
            <source>Not a member? Tap here to sign the book</source>
            <translation>Bukan anggota? Sentuh di sini untuk mengisi buku tamu</translation>
        </message>
        <message>
            <source>Sign the book as a guest</source>
            <translation>Isi buku tamu sebagai tamu</translation>
        </message>
        <message>
            <source>Group visit</source>
            <translation>Kunjungan rombongan</translation>
        </message>
        <message>
            <source>Record a group visit</source>
            <translation>Catat kunjungan rombongan</translation>
        </message>
        <message>
            <source>You are:</source>
            <translation>Anda:</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Your age:</source>
            <translation>Umur Anda:</translation>
        </message>
        <message>
            <source>{band} years</source>
            <translation>{band} tahun</translation>
        </message>
        <message>
            <source>Your occupation:</source>
            <translation>Pekerjaan Anda:</translation>
        </message>
        <message>
            <source>You live:</source>
            <translation>Tempat tinggal Anda:</translation>
        </message>
        <message>
            <source>In this village</source>
            <translation>Di desa ini</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Luar desa</translation>
        </message>
        <message>
            <source>You came to:</source>
            <translation>Keperluan Anda:</translation>
        </message>
        <message>
            <source>Thank you, welcome to the library!</source>
            <translation>Terima kasih, selamat datang di perpustakaan!</translation>
        </message>
        <message>
            <source>Scan books read here:</source>
            <translation>Pindai buku yang dibaca di sini:</translation>
        </message>
        <message>
            <source>Scan a book read on site</source>
            <translation>Pindai buku yang dibaca di tempat</translation>
        </message>
        <message>
            <source>Members, scan your card:</source>
            <translation>Anggota, pindai kartu Anda:</translation>
        </message>
        <message>
            <source>Read on site: {title} (today: {n})</source>
            <translation>Dibaca di tempat: {title} (hari ini: {n})</translation>
        </message>
        <message>
            <source>Welcome back, {name}! You are already in today's book.</source>
            <translation>Selamat datang kembali, {name}! Anda sudah tercatat hari ini.</translation>
        </message>
        <message>
            <source>Welcome, {name}!</source>
            <translation>Selamat datang, {name}!</translation>
        </message>
        <message>
            <source>Group {name} recorded: {n} people.</source>
            <translation>Rombongan {name} tercatat: {n} orang.</translation>
        </message>
        <message>
            <source>Take this line out of the visitor book?</source>
            <translation>Hapus baris ini dari buku tamu?</translation>
        </message>
        <message>
            <source>Group: {name}</source>
            <translation>Rombongan: {name}</translation>
        </message>
        <message>
            <source>Guest ({gender}, {band})</source>
            <translation>Tamu ({gender}, {band})</translation>
        </message>
        <message>
            <source>Visitors today: {n}</source>
            <translation>Pengunjung hari ini: {n}</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>Read</source>
            <translation>Membaca</translation>
        </message>
        <message>
            <source>Borrow or return</source>
            <translation>Meminjam atau mengembalikan</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Belajar</translation>
        </message>
        <message>
            <source>Internet</source>
            <translation>Internet</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Mengikuti kegiatan</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>This village</source>
            <translation>Desa ini</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Luar desa</translation>
        </message>
        <message>
            <source>School pupil</source>
            <translation>Pelajar</translation>
        </message>
        <message>
            <source>University student</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Farmer</source>
            <translation>Petani</translation>
        </message>
        <message>
            <source>Trader</source>
            <translation>Pedagang</translation>
        </message>
        <message>
            <source>Homemaker</source>
            <translation>Ibu rumah tangga</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Guru</translation>
        </message>
        <message>
            <source>Labourer</source>
            <translation>Buruh</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Wiraswasta</translation>
        </message>
        <message>
            <source>Civil servant (PNS)</source>
            <translation>PNS</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Tidak bekerja</translation>
        </message>
        <message>
            <source>Other occupation</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Pre-school</source>
            <translation>PAUD/TK</translation>
        </message>
        <message>
            <source>Primary school</source>
            <translation>SD</translation>
        </message>
        <message>
            <source>Junior high</source>
            <translation>SMP</translation>
        </message>
        <message>
            <source>Senior high</source>
            <translation>SMA</translation>
        </message>
    </context>
    <context>
        <name>VolunteerMode</name>
        <message>
            <source>Leave &amp;volunteer mode…</source>
            <translation>Keluar dari mode &amp;relawan…</translation>
        </message>
        <message>
            <source>Desk in &amp;volunteer mode</source>
            <translation>Meja dalam mode &amp;relawan</translation>
        </message>
        <message>
            <source>Leave volunteer mode</source>
            <translation>Keluar dari mode relawan</translation>
        </message>
        <message>
            <source>{name}, type your password or PIN to give the desk back its librarian rights.</source>
            <translation>{name}, ketik kata sandi atau PIN Anda untuk mengembalikan hak pustakawan ke meja ini.</translation>
        </message>
    </context>
    <context>
        <name>WaiverDialog</name>
        <message>
            <source>Waive fines</source>
            <translation>Hapuskan denda</translation>
        </message>
        <message>
            <source>Amount to waive</source>
            <translation>Jumlah yang dihapuskan</translation>
        </message>
        <message>
            <source>Reason for the waiver</source>
            <translation>Alasan penghapusan</translation>
        </message>
        <message>
            <source>&amp;Amount (Rp):</source>
            <translation>&amp;Jumlah (Rp):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>Waive</source>
            <translation>Hapuskan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Web</name>
        <message>
            <source>You were logged out: the library computer was restarted, or your account was not used for a while. Log in again to see your account.</source>
            <translation>Anda otomatis keluar: komputer perpustakaan dinyalakan ulang, atau akun Anda lama tidak dipakai. Masuk lagi untuk melihat akun Anda.</translation>
        </message>
        <message>
            <source>Not done yet: you were logged out (the library computer was restarted, or the page was not used for a while). Log in again, then try once more.</source>
            <translation>Belum dilakukan: Anda otomatis keluar (komputer perpustakaan dinyalakan ulang, atau halaman lama tidak dipakai). Masuk lagi, lalu coba sekali lagi.</translation>
        </message>
        <message>
            <source>This page was opened before the library computer restarted, or long ago, so you are not logged in yet. Type your PIN again and press Log in.</source>
            <translation>Halaman ini dibuka sebelum komputer perpustakaan dinyalakan ulang, atau sudah lama, jadi Anda belum masuk. Ketik PIN Anda lagi lalu tekan Masuk.</translation>
        </message>
        <message>
            <source>Not sent yet: this page was opened before the library computer restarted, or long ago. Please fill it in and send it again.</source>
            <translation>Belum terkirim: halaman ini dibuka sebelum komputer perpustakaan dinyalakan ulang, atau sudah lama. Silakan isi dan kirim lagi.</translation>
        </message>
        <message>
            <source>That request cannot be read</source>
            <translation>Permintaan itu tidak dapat dibaca</translation>
        </message>
        <message>
            <source>The address or the form had something this catalogue does not understand. Go back and try again.</source>
            <translation>Alamat atau formulir berisi sesuatu yang tidak dipahami katalog ini. Kembali dan coba lagi.</translation>
        </message>
        <message>
            <source>That is too long</source>
            <translation>Terlalu panjang</translation>
        </message>
        <message>
            <source>The text or address is longer than this catalogue accepts. Try something shorter.</source>
            <translation>Teks atau alamat lebih panjang dari yang diterima katalog ini. Coba yang lebih pendek.</translation>
        </message>
        <message>
            <source>That search cannot be done</source>
            <translation>Pencarian itu tidak dapat dilakukan</translation>
        </message>
        <message>
            <source>A filter or page number in the address is not one this catalogue offers. Start a new search.</source>
            <translation>Saringan atau nomor halaman di alamat tidak tersedia di katalog ini. Mulai pencarian baru.</translation>
        </message>
        <message>
            <source>Page not found</source>
            <translation>Halaman tidak ditemukan</translation>
        </message>
        <message>
            <source>There is no such page in this catalogue.</source>
            <translation>Tidak ada halaman seperti itu di katalog ini.</translation>
        </message>
        <message>
            <source>Book not found</source>
            <translation>Buku tidak ditemukan</translation>
        </message>
        <message>
            <source>This book is not (or no longer) in the catalogue. Search again.</source>
            <translation>Buku ini tidak (atau tidak lagi) ada di katalog. Cari lagi.</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Berkas tidak ditemukan</translation>
        </message>
        <message>
            <source>This document is not (or no longer) on the digital shelf.</source>
            <translation>Dokumen ini tidak (atau tidak lagi) ada di rak digital.</translation>
        </message>
        <message>
            <source>This part is closed</source>
            <translation>Bagian ini ditutup</translation>
        </message>
        <message>
            <source>The library has not opened this part of the catalogue on the Wi-Fi. Ask at the desk.</source>
            <translation>Perpustakaan belum membuka bagian katalog ini di Wi-Fi. Tanyakan di meja layanan.</translation>
        </message>
        <message>
            <source>That does not work here</source>
            <translation>Itu tidak bisa di sini</translation>
        </message>
        <message>
            <source>This page cannot be used that way. Go back and use the buttons on the page.</source>
            <translation>Halaman ini tidak dapat dipakai dengan cara itu. Kembali dan gunakan tombol di halaman.</translation>
        </message>
        <message>
            <source>Please try again</source>
            <translation>Silakan coba lagi</translation>
        </message>
        <message>
            <source>The form was too old or came from another page. Go back, reload the page and send it again.</source>
            <translation>Formulir sudah terlalu lama atau berasal dari halaman lain. Kembali, muat ulang halaman, lalu kirim lagi.</translation>
        </message>
        <message>
            <source>Too many requests</source>
            <translation>Terlalu banyak permintaan</translation>
        </message>
        <message>
            <source>Your phone sent a lot of requests in a short time. Wait a minute and try again.</source>
            <translation>HP Anda mengirim banyak permintaan dalam waktu singkat. Tunggu satu menit lalu coba lagi.</translation>
        </message>
        <message>
            <source>The library computer is busy</source>
            <translation>Komputer perpustakaan sedang sibuk</translation>
        </message>
        <message>
            <source>Please wait a few seconds and try again.</source>
            <translation>Mohon tunggu beberapa detik lalu coba lagi.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Terjadi kesalahan</translation>
        </message>
        <message>
            <source>Sorry, the catalogue could not show this page. Try again; if it happens again, tell the librarian.</source>
            <translation>Maaf, katalog tidak dapat menampilkan halaman ini. Coba lagi; jika terjadi lagi, beri tahu pustakawan.</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>Rak</translation>
        </message>
        <message>
            <source>{available} of {copies} copies on the shelf</source>
            <translation>{available} dari {copies} eksemplar ada di rak</translation>
        </message>
        <message>
            <source>{count} titles found</source>
            <translation>{count} judul ditemukan</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>halaman {page} dari {pages}</translation>
        </message>
        <message>
            <source>Result pages</source>
            <translation>Halaman hasil</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or other words, or remove a filter.</source>
            <translation>Tidak ada yang ditemukan. Coba lebih sedikit kata atau kata lain, atau hapus saringan.</translation>
        </message>
        <message>
            <source>My account</source>
            <translation>Akun saya</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>Halo, {name}</translation>
        </message>
        <message>
            <source>Card {number} · {type} · valid until {date}</source>
            <translation>Kartu {number} · {type} · berlaku sampai {date}</translation>
        </message>
        <message>
            <source>My loans</source>
            <translation>Pinjaman saya</translation>
        </message>
        <message>
            <source>Was due back {date}: {days} days late</source>
            <translation>Seharusnya kembali {date}: terlambat {days} hari</translation>
        </message>
        <message>
            <source>fine so far {amount}</source>
            <translation>denda sejauh ini {amount}</translation>
        </message>
        <message>
            <source>Due back {date}</source>
            <translation>Kembali paling lambat {date}</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
        <message>
            <source>Renewed {used} of {allowed} time(s)</source>
            <translation>Sudah diperpanjang {used} dari {allowed} kali</translation>
        </message>
        <message>
            <source>Renewed {used} of {allowed} time(s): no more renewals.</source>
            <translation>Sudah diperpanjang {used} dari {allowed} kali: tidak bisa diperpanjang lagi.</translation>
        </message>
        <message>
            <source>This book is not renewed on your card.</source>
            <translation>Buku ini tidak bisa diperpanjang dengan kartu Anda.</translation>
        </message>
        <message>
            <source>You have no books on loan.</source>
            <translation>Anda tidak sedang meminjam buku.</translation>
        </message>
        <message>
            <source>Unpaid fines: {amount}. Pay at the desk.</source>
            <translation>Denda belum dibayar: {amount}. Bayar di meja layanan.</translation>
        </message>
        <message>
            <source>My reservations</source>
            <translation>Pemesanan saya</translation>
        </message>
        <message>
            <source>Ready for you at the desk until {date}</source>
            <translation>Siap diambil di meja layanan sampai {date}</translation>
        </message>
        <message>
            <source>Waiting: number {n} in the queue</source>
            <translation>Menunggu: nomor {n} dalam antrean</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>No reservations. Find a book and press Reserve.</source>
            <translation>Tidak ada pemesanan. Cari buku lalu tekan Pesan.</translation>
        </message>
        <message>
            <source>My history</source>
            <translation>Riwayat saya</translation>
        </message>
        <message>
            <source>Stop showing my history</source>
            <translation>Jangan tampilkan riwayat saya</translation>
        </message>
        <message>
            <source>Your past loans are only shown when you allow it.</source>
            <translation>Pinjaman lama Anda hanya ditampilkan jika Anda mengizinkan.</translation>
        </message>
        <message>
            <source>Show my history</source>
            <translation>Tampilkan riwayat saya</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>No loans yet.</source>
            <translation>Belum ada pinjaman.</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Skip to content</source>
            <translation>Langsung ke isi</translation>
        </message>
        <message>
            <source>Main menu</source>
            <translation>Menu utama</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>New arrivals</source>
            <translation>Baru datang</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Digital shelf</source>
            <translation>Rak digital</translation>
        </message>
        <message>
            <source>Visitor book</source>
            <translation>Buku tamu</translation>
        </message>
        <message>
            <source>Library catalogue on the library Wi-Fi</source>
            <translation>Katalog perpustakaan di Wi-Fi perpustakaan</translation>
        </message>
        <message>
            <source>The library computer is not answering. Check the Wi-Fi, then try again.</source>
            <translation>Komputer perpustakaan tidak menjawab. Periksa Wi-Fi, lalu coba lagi.</translation>
        </message>
        <message>
            <source>Welcome! Please sign the visitor book</source>
            <translation>Selamat datang! Silakan isi buku tamu</translation>
        </message>
        <message>
            <source>I am a member</source>
            <translation>Saya anggota</translation>
        </message>
        <message>
            <source>Member number (type it or scan your card)</source>
            <translation>Nomor anggota (ketik atau pindai kartu Anda)</translation>
        </message>
        <message>
            <source>I came to</source>
            <translation>Saya datang untuk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Isi buku tamu</translation>
        </message>
        <message>
            <source>I am a guest</source>
            <translation>Saya tamu</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Saya</translation>
        </message>
        <message>
            <source>My age</source>
            <translation>Usia saya</translation>
        </message>
        <message>
            <source>I live</source>
            <translation>Saya tinggal di</translation>
        </message>
        <message>
            <source>We are a group or a family</source>
            <translation>Kami rombongan atau keluarga</translation>
        </message>
        <message>
            <source>We came to</source>
            <translation>Kami datang untuk</translation>
        </message>
        <message>
            <source>Name of the group or family (e.g. school and class, or Ibu Sari and her children)</source>
            <translation>Nama rombongan atau keluarga (mis. sekolah dan kelas, atau Ibu Sari dan anak-anaknya)</translation>
        </message>
        <message>
            <source>Number of women and girls</source>
            <translation>Jumlah perempuan</translation>
        </message>
        <message>
            <source>Number of men and boys</source>
            <translation>Jumlah laki-laki</translation>
        </message>
        <message>
            <source>Sign in the group</source>
            <translation>Catat rombongan</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Terima kasih</translation>
        </message>
        <message>
            <source>Thank you! Your visit is in the visitor book.</source>
            <translation>Terima kasih! Kunjungan Anda sudah tercatat di buku tamu.</translation>
        </message>
        <message>
            <source>This page goes back to the visitor book by itself.</source>
            <translation>Halaman ini kembali ke buku tamu dengan sendirinya.</translation>
        </message>
        <message>
            <source>Next visitor</source>
            <translation>Pengunjung berikutnya</translation>
        </message>
        <message>
            <source>Stay on this page</source>
            <translation>Tetap di halaman ini</translation>
        </message>
        <message>
            <source>Error code {code}</source>
            <translation>Kode kesalahan {code}</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Kembali ke awal</translation>
        </message>
        <message>
            <source>See your loans, renew them and reserve books. You get your PIN at the library desk.</source>
            <translation>Lihat pinjaman Anda, perpanjang, dan pesan buku. PIN Anda didapat di meja layanan perpustakaan.</translation>
        </message>
        <message>
            <source>Member number (on your card)</source>
            <translation>Nomor anggota (di kartu Anda)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>No new books in the last two months.</source>
            <translation>Tidak ada buku baru dalam dua bulan terakhir.</translation>
        </message>
        <message>
            <source>Programmes at the library</source>
            <translation>Kegiatan di perpustakaan</translation>
        </message>
        <message>
            <source>Led by {name}</source>
            <translation>Dipandu oleh {name}</translation>
        </message>
        <message>
            <source>Together with {partners}</source>
            <translation>Bersama {partners}</translation>
        </message>
        <message>
            <source>No sessions planned for the next two months yet.</source>
            <translation>Belum ada pertemuan yang direncanakan untuk dua bulan ke depan.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>How to join</source>
            <translation>Cara ikut</translation>
        </message>
        <message>
            <source>Everyone is welcome and it is free. Come to the library, or ask at the desk to sign up.</source>
            <translation>Semua orang boleh ikut dan gratis. Datang ke perpustakaan, atau daftar di meja layanan.</translation>
        </message>
        <message>
            <source>Questions: {phone}.</source>
            <translation>Pertanyaan: {phone}.</translation>
        </message>
        <message>
            <source>Back to the search</source>
            <translation>Kembali ke pencarian</translation>
        </message>
        <message>
            <source>Back to new arrivals</source>
            <translation>Kembali ke buku baru datang</translation>
        </message>
        <message>
            <source>Back to the book</source>
            <translation>Kembali ke buku</translation>
        </message>
        <message>
            <source>Back to the catalogue</source>
            <translation>Kembali ke katalog</translation>
        </message>
        <message>
            <source>Cover of {title}</source>
            <translation>Sampul {title}</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edisi</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Terbit</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Seri</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi fisik</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Nomor panggil</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>{n} waiting in the reservation queue</source>
            <translation>{n} menunggu dalam antrean pemesanan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>On loan, due back {date}</source>
            <translation>Dipinjam, kembali {date}</translation>
        </message>
        <message>
            <source>Put aside for a reservation</source>
            <translation>Disisihkan untuk pemesan</translation>
        </message>
        <message>
            <source>Read it here</source>
            <translation>Baca di tempat</translation>
        </message>
        <message>
            <source>Reserve this book</source>
            <translation>Pesan buku ini</translation>
        </message>
        <message>
            <source>You are logged in. To reserve {title}, press Reserve this book.</source>
            <translation>Anda sudah masuk. Untuk memesan {title}, tekan Pesan buku ini.</translation>
        </message>
        <message>
            <source>Read on your phone</source>
            <translation>Baca di HP Anda</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Baca</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Unduh</translation>
        </message>
        <message>
            <source>Search the catalogue</source>
            <translation>Cari di katalog</translation>
        </message>
        <message>
            <source>Title, author, subject or ISBN</source>
            <translation>Judul, pengarang, subjek atau ISBN</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Saringan</translation>
        </message>
        <message>
            <source>Subject class</source>
            <translation>Kelas subjek</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>Semua kelas</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua umur</translation>
        </message>
        <message>
            <source>Only books on the shelf now</source>
            <translation>Hanya buku yang ada di rak sekarang</translation>
        </message>
        <message>
            <source>All new arrivals</source>
            <translation>Semua buku baru</translation>
        </message>
        <message>
            <source>The library's own documents: read them on your phone or download them.</source>
            <translation>Dokumen milik perpustakaan: baca di HP Anda atau unduh.</translation>
        </message>
        <message>
            <source>There are no documents on the digital shelf yet.</source>
            <translation>Belum ada dokumen di rak digital.</translation>
        </message>
        <message>
            <source>Please log in first.</source>
            <translation>Silakan masuk dulu.</translation>
        </message>
        <message>
            <source>Type your member number and your PIN.</source>
            <translation>Ketik nomor anggota dan PIN Anda.</translation>
        </message>
        <message>
            <source>You are logged out.</source>
            <translation>Anda sudah keluar.</translation>
        </message>
        <message>
            <source>Renewed: {title}. Now due back {due}.</source>
            <translation>Diperpanjang: {title}. Sekarang kembali paling lambat {due}.</translation>
        </message>
        <message>
            <source>The late fine so far, {amount}, is now owed: pay it at the desk.</source>
            <translation>Denda keterlambatan sejauh ini, {amount}, sekarang menjadi tanggungan Anda: bayar di meja layanan.</translation>
        </message>
        <message>
            <source>Log in to reserve this book.</source>
            <translation>Masuk untuk memesan buku ini.</translation>
        </message>
        <message>
            <source>Reserved. A copy is put aside for you: collect it at the desk by {date}.</source>
            <translation>Sudah dipesan. Satu eksemplar disisihkan untuk Anda: ambil di meja layanan paling lambat {date}.</translation>
        </message>
        <message>
            <source>Reserved. We will keep a copy for you when one comes back.</source>
            <translation>Sudah dipesan. Kami sisihkan satu eksemplar untuk Anda begitu ada yang kembali.</translation>
        </message>
        <message>
            <source>Your reservation is cancelled.</source>
            <translation>Pemesanan Anda dibatalkan.</translation>
        </message>
        <message>
            <source>Type or scan your member number.</source>
            <translation>Ketik atau pindai nomor anggota Anda.</translation>
        </message>
        <message>
            <source>Welcome back! You are already in today's visitor book.</source>
            <translation>Selamat datang kembali! Anda sudah tercatat di buku tamu hari ini.</translation>
        </message>
        <message>
            <source>Choose male or female and your age, then press Sign in.</source>
            <translation>Pilih laki-laki atau perempuan dan usia Anda, lalu tekan Isi buku tamu.</translation>
        </message>
        <message>
            <source>Counts are whole numbers.</source>
            <translation>Jumlah harus bilangan bulat.</translation>
        </message>
        <message>
            <source>Thank you! {count} people are in the visitor book.</source>
            <translation>Terima kasih! {count} orang tercatat di buku tamu.</translation>
        </message>
    </context>
    <context>
        <name>WebParts</name>
        <message>
            <source>Catalogue search, new arrivals and programmes</source>
            <translation>Pencarian katalog, buku baru dan kegiatan</translation>
        </message>
        <message>
            <source>My account (loans, renewals, reservations)</source>
            <translation>Akun saya (pinjaman, perpanjangan, pemesanan)</translation>
        </message>
        <message>
            <source>Digital shelf</source>
            <translation>Rak digital</translation>
        </message>
        <message>
            <source>Door sign-in (visitor book)</source>
            <translation>Buku tamu di pintu masuk</translation>
        </message>
    </context>
    <context>
        <name>WifiCatalogueTab</name>
        <message>
            <source>Catalogue on the library Wi-Fi</source>
            <translation>Katalog di Wi-Fi perpustakaan</translation>
        </message>
        <message>
            <source>Patrons open the catalogue on their own phones over the library's Wi-Fi or a phone hotspot, with no internet. Off until you switch it on.</source>
            <translation>Pemustaka membuka katalog di HP mereka sendiri lewat Wi-Fi perpustakaan atau hotspot HP, tanpa internet. Mati sampai Anda menyalakannya.</translation>
        </message>
        <message>
            <source>Open the web catalogue (starts with the app, stops with it)</source>
            <translation>Buka katalog web (menyala bersama aplikasi, berhenti bersamanya)</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Open parts:</source>
            <translation>Bagian yang dibuka:</translation>
        </message>
        <message>
            <source>&amp;Save and apply</source>
            <translation>&amp;Simpan dan terapkan</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>e.g. Perpus-Desa</source>
            <translation>mis. Perpus-Desa</translation>
        </message>
        <message>
            <source>Wi-Fi name on the poster</source>
            <translation>Nama Wi-Fi di poster</translation>
        </message>
        <message>
            <source>Wi-Fi name on the poster:</source>
            <translation>Nama Wi-Fi di poster:</translation>
        </message>
        <message>
            <source>Language of the poster</source>
            <translation>Bahasa poster</translation>
        </message>
        <message>
            <source>Language of the poster:</source>
            <translation>Bahasa poster:</translation>
        </message>
        <message>
            <source>Save QR &amp;poster…</source>
            <translation>Simpan &amp;poster QR…</translation>
        </message>
        <message>
            <source>Open. Phones on the same Wi-Fi can open:</source>
            <translation>Terbuka. HP di Wi-Fi yang sama dapat membuka:</translation>
        </message>
        <message>
            <source>Closed.</source>
            <translation>Tertutup.</translation>
        </message>
        <message>
            <source>QR poster</source>
            <translation>Poster QR</translation>
        </message>
        <message>
            <source>This PC has no network address yet: connect it to the Wi-Fi first.</source>
            <translation>Komputer ini belum punya alamat jaringan: sambungkan dulu ke Wi-Fi.</translation>
        </message>
        <message>
            <source>Address for the poster:</source>
            <translation>Alamat untuk poster:</translation>
        </message>
        <message>
            <source>Save QR poster</source>
            <translation>Simpan poster QR</translation>
        </message>
        <message>
            <source>PDF or PNG (*.pdf *.png)</source>
            <translation>PDF atau PNG (*.pdf *.png)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Tersimpan: {path}</translation>
        </message>
        <message>
            <source>Members' PINs for 'My account'</source>
            <translation>PIN anggota untuk 'Akun saya'</translation>
        </message>
        <message>
            <source>A member logs in on the web catalogue with their card number and a PIN of 4 to 8 digits. Five wrong PINs lock the account for 15 minutes; a new PIN unlocks it.</source>
            <translation>Anggota masuk ke katalog web dengan nomor kartu dan PIN 4 sampai 8 angka. Lima kali PIN salah mengunci akun selama 15 menit; PIN baru membukanya.</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Nomor anggota</translation>
        </message>
        <message>
            <source>Set PIN…</source>
            <translation>Atur PIN…</translation>
        </message>
        <message>
            <source>New random PIN</source>
            <translation>PIN acak baru</translation>
        </message>
        <message>
            <source>Close web account</source>
            <translation>Tutup akun web</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Atur PIN</translation>
        </message>
        <message>
            <source>PIN chosen by {name} (4-8 digits):</source>
            <translation>PIN pilihan {name} (4-8 angka):</translation>
        </message>
        <message>
            <source>The PIN of {name} is set.</source>
            <translation>PIN {name} sudah diatur.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN baru</translation>
        </message>
        <message>
            <source>New PIN for {name}: {pin}
Write it down for the member; it is not shown again.</source>
            <translation>PIN baru untuk {name}: {pin}
Tuliskan untuk anggota; PIN ini tidak ditampilkan lagi.</translation>
        </message>
        <message>
            <source>Close the web account of {name}?</source>
            <translation>Tutup akun web {name}?</translation>
        </message>
        <message>
            <source>Digital shelf</source>
            <translation>Rak digital</translation>
        </message>
        <message>
            <source>The library's own PDF and EPUB files (village regulations, farming guides, local history...). Each becomes a catalogue record patrons can read on their phones. The files are kept in the folder {folder}: keep the originals too.</source>
            <translation>Berkas PDF dan EPUB milik perpustakaan (peraturan desa, panduan bertani, sejarah lokal...). Masing-masing menjadi cantuman katalog yang dapat dibaca pemustaka di HP. Berkas disimpan di folder {folder}: simpan juga berkas aslinya.</translation>
        </message>
        <message>
            <source>Files on the digital shelf</source>
            <translation>Berkas di rak digital</translation>
        </message>
        <message>
            <source>Add PDF/EPUB…</source>
            <translation>Tambah PDF/EPUB…</translation>
        </message>
        <message>
            <source>Remove from the shelf</source>
            <translation>Keluarkan dari rak</translation>
        </message>
        <message>
            <source>{title} — {file} ({kind}), opened {views} times</source>
            <translation>{title} — {file} ({kind}), dibuka {views} kali</translation>
        </message>
        <message>
            <source>Add to the digital shelf</source>
            <translation>Tambah ke rak digital</translation>
        </message>
        <message>
            <source>PDF or EPUB (*.pdf *.epub)</source>
            <translation>PDF atau EPUB (*.pdf *.epub)</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Judul:</translation>
        </message>
        <message>
            <source>Take this file off the digital shelf? Its view counts stay for the reports.</source>
            <translation>Keluarkan berkas ini dari rak digital? Jumlah pembacaannya tetap untuk laporan.</translation>
        </message>
    </context>
    <context>
        <name>_ReserveBase</name>
        <message>
            <source>Reserve</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>pemakaian: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumen wajib</translation>
        </message>
        <message>
            <source>options</source>
            <translation>pilihan</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tampilkan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: galat: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diisi: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>perlu satu nilai</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak sah: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak boleh bersama argumen %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diisi</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>pilihan ambigu: %(option)s bisa berarti %(matches)s</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>tampilkan nomor versi program lalu keluar</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>paling banyak satu argumen</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>paling sedikit satu argumen</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>perlu %s argumen</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>perlu %s argumen</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen %r diabaikan</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>pilihan tidak terduga: %s</translation>
        </message>
        <message>
            <source>argument "-" with mode %r</source>
            <translation>argumen "-" dengan mode %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>tidak dapat membuka '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Error: {message}</source>
            <translation>Galat: {message}</translation>
        </message>
        <message>
            <source>The import was stopped (Ctrl+C): nothing was changed. Run the command again to import the file.</source>
            <translation>Impor dihentikan (Ctrl+C): tidak ada yang diubah. Jalankan perintah itu lagi untuk mengimpor berkasnya.</translation>
        </message>
        <message>
            <source>Ctrl+C came after the import was saved: the import is complete.</source>
            <translation>Ctrl+C ditekan sesudah impor tersimpan: impor sudah selesai dan lengkap.</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Kata sandi: </translation>
        </message>
        <message>
            <source>A path with spaces must be in double quotes, like this: "{path}"</source>
            <translation>Path yang berisi spasi harus diapit tanda kutip ganda, seperti ini: "{path}"</translation>
        </message>
        <message>
            <source>Give the librarian's password with --password or $PUSTAKA_PASSWORD.</source>
            <translation>Berikan kata sandi pustakawan dengan --password atau $PUSTAKA_PASSWORD.</translation>
        </message>
        <message>
            <source>{name} ({code}) created in {path}.</source>
            <translation>{name} ({code}) dibuat di {path}.</translation>
        </message>
        <message>
            <source>Demo library ready: {counts}.</source>
            <translation>Perpustakaan contoh siap: {counts}.</translation>
        </message>
        <message>
            <source>Log in as {user} with password {password}.</source>
            <translation>Masuk sebagai {user} dengan kata sandi {password}.</translation>
        </message>
        <message>
            <source>Log in with this library's own librarian account (the demo did not add one).</source>
            <translation>Masuk dengan akun pustakawan perpustakaan ini sendiri (contoh tidak menambahkan akun).</translation>
        </message>
        <message>
            <source>Class numbers are written like {example} (not chosen yet: a catalogue moved in takes the way of its copies' call numbers).</source>
            <translation>Nomor kelas ditulis seperti {example} (belum dipilih: katalog yang dipindahkan masuk mengikuti cara nomor panggil eksemplarnya ditulis).</translation>
        </message>
        <message>
            <source>Class numbers are written like {example}.</source>
            <translation>Nomor kelas ditulis seperti {example}.</translation>
        </message>
        <message>
            <source>Backup saved and checked: {path}</source>
            <translation>Cadangan disimpan dan diperiksa: {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Belum ada cadangan.</translation>
        </message>
        <message>
            <source>Backup of {library} ({code}) from {date}: {counts}; {open} loans still out.</source>
            <translation>Cadangan {library} ({code}) dari {date}: {counts}; {open} pinjaman belum kembali.</translation>
        </message>
        <message>
            <source>Add --yes to restore without a question.</source>
            <translation>Tambahkan --yes untuk memulihkan tanpa pertanyaan.</translation>
        </message>
        <message>
            <source>Replace the current database with this backup? Type yes: </source>
            <translation>Ganti basis data saat ini dengan cadangan ini? Ketik ya: </translation>
        </message>
        <message>
            <source>Restored into {path}.</source>
            <translation>Sudah dipulihkan ke {path}.</translation>
        </message>
        <message>
            <source>Restored. The damaged database was kept as {path}.</source>
            <translation>Sudah dipulihkan. Basis data yang rusak disimpan sebagai {path}.</translation>
        </message>
        <message>
            <source>Restored. The database as it was before is in {folder}.</source>
            <translation>Sudah dipulihkan. Basis data sebelum pemulihan ada di {folder}.</translation>
        </message>
        <message>
            <source>The database is damaged: {problem}</source>
            <translation>Basis data rusak: {problem}</translation>
        </message>
        <message>
            <source>Newest good backup: {path}. Restore it with: pustaka-cli restore "{path}"</source>
            <translation>Cadangan baik terbaru: {path}. Pulihkan dengan: pustaka-cli restore "{path}"</translation>
        </message>
        <message>
            <source>No good backup was found.</source>
            <translation>Tidak ditemukan cadangan yang baik.</translation>
        </message>
        <message>
            <source>Database check: ok.</source>
            <translation>Pemeriksaan basis data: baik.</translation>
        </message>
        <message>
            <source>A librarian has confirmed the date and time.</source>
            <translation>Pustakawan sudah mengonfirmasi tanggal dan jam.</translation>
        </message>
        <message>
            <source>Clock: ok.</source>
            <translation>Jam: baik.</translation>
        </message>
        <message>
            <source>Date and time confirmed; circulation may go on.</source>
            <translation>Tanggal dan jam dikonfirmasi; sirkulasi boleh berjalan.</translation>
        </message>
        <message>
            <source>The whole library is in {path}. On the new PC: pustaka-cli move-in FILE (or "Move from the old PC" on the first screen). This PC will not send sync bundles any more.</source>
            <translation>Seluruh perpustakaan ada di {path}. Di PC baru: pustaka-cli move-in BERKAS (atau "Pindahan dari PC lama" pada layar pertama). PC ini tidak akan mengirim bundel sinkronisasi lagi.</translation>
        </message>
        <message>
            <source>{name} ({code}) moved in: {path}. Log in with the same librarian account as on the old PC.</source>
            <translation>{name} ({code}) sudah dipindahkan ke: {path}. Masuk dengan akun pustakawan yang sama seperti di PC lama.</translation>
        </message>
        <message>
            <source>--items goes with slims-biblio (SLiMS's two exports together).</source>
            <translation>--items dipakai bersama slims-biblio (kedua ekspor SLiMS sekaligus).</translation>
        </message>
        <message>
            <source>records</source>
            <translation>cantuman</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>eksemplar</translation>
        </message>
        <message>
            <source>No imports to undo.</source>
            <translation>Belum ada impor yang bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Nothing to undo: what the import of {file} added or changed is gone already, or was used or changed since.</source>
            <translation>Tidak ada yang bisa dibatalkan: yang ditambahkan atau diubah oleh impor {file} sudah tidak ada, atau sudah dipakai atau diubah sesudahnya.</translation>
        </message>
        <message>
            <source>Undoing the import of {file} removes {what}, and puts back {restored} that it changed.</source>
            <translation>Membatalkan impor {file} menghapus {what}, dan mengembalikan {restored} yang diubahnya.</translation>
        </message>
        <message>
            <source>The import of {file} is undone: {what} removed, {restored} put back as they were.</source>
            <translation>Impor {file} dibatalkan: {what} dihapus, {restored} dikembalikan seperti semula.</translation>
        </message>
        <message>
            <source>Undoing the import of {file} removes {records} records, {copies} copies and {members} members, and puts back {restored} that it changed.</source>
            <translation>Membatalkan impor {file} menghapus {records} cantuman, {copies} eksemplar dan {members} anggota, dan mengembalikan {restored} yang diubahnya.</translation>
        </message>
        <message>
            <source>The import of {file} is undone: {records} records, {copies} copies and {members} members removed, {restored} put back as they were.</source>
            <translation>Impor {file} dibatalkan: {records} cantuman, {copies} eksemplar dan {members} anggota dihapus, {restored} dikembalikan seperti semula.</translation>
        </message>
        <message>
            <source>Kept as they are ({count}):</source>
            <translation>Dibiarkan seperti sekarang ({count}):</translation>
        </message>
        <message>
            <source>  and {count} more</source>
            <translation>  dan {count} lainnya</translation>
        </message>
        <message>
            <source>Part of this import had already gone to the district in a bundle: the next bundle takes the removal there.</source>
            <translation>Sebagian impor ini sudah terkirim ke dinas dalam paket sinkronisasi: paket berikutnya membawa penghapusannya ke sana.</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed.</source>
            <translation>Uji coba, tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>A backup was made first (pustaka-cli backups).</source>
            <translation>Cadangan dibuat lebih dulu (pustaka-cli backups).</translation>
        </message>
        <message>
            <source>{came} of {read} copies came in ({refused} rows refused).</source>
            <translation>{came} dari {read} eksemplar berhasil masuk ({refused} baris ditolak).</translation>
        </message>
        <message>
            <source>{came} of {read} records came in ({refused} rows refused).</source>
            <translation>{came} dari {read} judul berhasil masuk ({refused} baris ditolak).</translation>
        </message>
        <message>
            <source>Records: {add} to add, {update} to update, {skip} unchanged.</source>
            <translation>Cantuman: {add} ditambah, {update} diperbarui, {skip} tidak berubah.</translation>
        </message>
        <message>
            <source>Copies: {add} to add, {update} to update, {skip} unchanged.</source>
            <translation>Eksemplar: {add} ditambah, {update} diperbarui, {skip} tidak berubah.</translation>
        </message>
        <message>
            <source>Copies the records file listed, with their details from this file: {count}.</source>
            <translation>Eksemplar dari berkas cantuman, dengan rinciannya dari berkas ini: {count}.</translation>
        </message>
        <message>
            <source>{rows} rows have {flags} fields kept as written for review (pustaka-cli review list).</source>
            <translation>{rows} baris punya {flags} isian yang disimpan seperti tertulis untuk diperiksa (pustaka-cli review list).</translation>
        </message>
        <message>
            <source>{count} rows were left out:</source>
            <translation>{count} baris dilewati:</translation>
        </message>
        <message>
            <source>{count} copies were left out (their records came in):</source>
            <translation>{count} eksemplar tidak diimpor (judulnya tetap masuk):</translation>
        </message>
        <message>
            <source>--repository and --database go with slims-sql (a SLiMS database backup).</source>
            <translation>--repository dan --database dipakai bersama slims-sql (cadangan basis data SLiMS).</translation>
        </message>
        <message>
            <source>{came} of {read} copies can come in ({refused} rows refused).</source>
            <translation>{came} dari {read} eksemplar bisa masuk ({refused} baris ditolak).</translation>
        </message>
        <message>
            <source>{came} of {read} records can come in ({refused} rows refused).</source>
            <translation>{came} dari {read} judul bisa masuk ({refused} baris ditolak).</translation>
        </message>
        <message>
            <source>Other copies in this file: {add} to add, {update} to update, {skip} unchanged.</source>
            <translation>Eksemplar lain di berkas ini: {add} ditambah, {update} diperbarui, {skip} tidak berubah.</translation>
        </message>
        <message>
            <source>Records and copies changed here since they came in, left as they are here (the file's values are not taken; where they differ: pustaka-cli review list): {count}.</source>
            <translation>Cantuman dan eksemplar yang sudah diubah di sini sejak masuk, dibiarkan seperti di sini (nilai dari berkas tidak dipakai; yang berbeda: pustaka-cli review list): {count}.</translation>
        </message>
        <message>
            <source>Imported.</source>
            <translation>Selesai diimpor.</translation>
        </message>
        <message>
            <source>Imported, but not every row came in (see above).</source>
            <translation>Selesai diimpor, tetapi tidak semua baris masuk (lihat di atas).</translation>
        </message>
        <message>
            <source>{count} copies will get a new barcode of this library (the file has none for them): their books will need labels before they can be lent.</source>
            <translation>{count} eksemplar akan diberi barkode baru perpustakaan ini (berkasnya tidak mencantumkan barkodenya): bukunya perlu diberi label sebelum bisa dipinjamkan.</translation>
        </message>
        <message>
            <source>{count} copies got a new barcode of this library (the file has none for them): stick labels on their books before they are lent. Print the labels: pustaka-cli labels --kind combined --template tj121 --select new-barcodes -o label-baru.pdf</source>
            <translation>{count} eksemplar diberi barkode baru perpustakaan ini (berkasnya tidak mencantumkan barkodenya): tempelkan label pada bukunya sebelum dipinjamkan. Cetak labelnya: pustaka-cli labels --kind combined --template tj121 --select new-barcodes -o label-baru.pdf</translation>
        </message>
        <message>
            <source>Next steps of the move from SLiMS: the members of the same backup ({members}), then its loans, fines and visitor book ({history}).</source>
            <translation>Langkah berikutnya pindah dari SLiMS: anggota dari cadangan yang sama ({members}), lalu peminjaman, denda, dan buku tamunya ({history}).</translation>
        </message>
        <message>
            <source>Next steps of the move from SLiMS: the members, from SLiMS's members export (pustaka-cli members-import anggota.csv); then the loans, from a SLiMS database backup (pustaka-cli history-import backup.sql) or a loan notebook kept in Excel (pustaka-cli loans-import buku-pinjaman.xlsx).</source>
            <translation>Langkah berikutnya pindah dari SLiMS: anggota, dari ekspor anggota SLiMS (pustaka-cli members-import anggota.csv); lalu peminjaman, dari cadangan basis data SLiMS (pustaka-cli history-import backup.sql) atau buku catatan peminjaman di Excel (pustaka-cli loans-import buku-pinjaman.xlsx).</translation>
        </message>
        <message>
            <source>Nothing to review.</source>
            <translation>Tidak ada yang perlu diperiksa.</translation>
        </message>
        <message>
            <source>As written: {value}</source>
            <translation>Tertulis: {value}</translation>
        </message>
        <message>
            <source>Suggestion: {value}</source>
            <translation>Saran: {value}</translation>
        </message>
        <message>
            <source>  {count}  {label} (--reason {reason})</source>
            <translation>  {count}  {label} (--reason {reason})</translation>
        </message>
        <message>
            <source>{count} items to review of this kind: {label}.</source>
            <translation>{count} butir jenis ini perlu diperiksa: {label}.</translation>
        </message>
        <message>
            <source>{count} items to review.</source>
            <translation>{count} butir perlu diperiksa.</translation>
        </message>
        <message>
            <source>Items {first}-{last} of {count} shown.</source>
            <translation>Butir {first}-{last} dari {count} ditampilkan.</translation>
        </message>
        <message>
            <source>The next ones: {command} --offset {offset}</source>
            <translation>Berikutnya: {command} --offset {offset}</translation>
        </message>
        <message>
            <source>{count} ISBNs were left as written: the suggestion only recomputes the check digit, and the book may print it so. Check each against the book (review fix ID, or --all --reason isbn).</source>
            <translation>{count} ISBN dibiarkan seperti tertulis: sarannya hanya menghitung ulang angka pemeriksa, dan bukunya mungkin memang tercetak begitu. Periksa masing-masing dengan bukunya (review fix ID, atau --all --reason isbn).</translation>
        </message>
        <message>
            <source>No item of these has a suggestion: fix them one by one (--value) or keep them (--keep).</source>
            <translation>Tidak ada butir ini yang punya saran: perbaiki satu per satu (--value) atau biarkan (--keep).</translation>
        </message>
        <message>
            <source>{count} items kept as written.</source>
            <translation>{count} butir dibiarkan seperti tertulis.</translation>
        </message>
        <message>
            <source>{count} items fixed.</source>
            <translation>{count} butir diperbaiki.</translation>
        </message>
        <message>
            <source>  #{id}: {reason}</source>
            <translation>  #{id}: {reason}</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} baris ditulis ke {path}.</translation>
        </message>
        <message>
            <source>{count} copies written to {path}.</source>
            <translation>{count} eksemplar ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}”. Did you mean: {better}? Showing its results.</source>
            <translation>Tidak ada hasil untuk “{typed}”. Maksud Anda: {better}? Hasilnya ditampilkan.</translation>
        </message>
        <message>
            <source>Class or call number {shelf}: sorted by class number, then title.</source>
            <translation>Nomor kelas atau nomor panggil {shelf}: diurutkan menurut nomor kelas, lalu judul.</translation>
        </message>
        <message>
            <source>{total} titles found.</source>
            <translation>{total} judul ditemukan.</translation>
        </message>
        <message>
            <source>{available} of {copies} copies available; shelf: {location}</source>
            <translation>{available} dari {copies} eksemplar tersedia; rak: {location}</translation>
        </message>
        <message>
            <source>Call number: {call_number}</source>
            <translation>Nomor panggil: {call_number}</translation>
        </message>
        <message>
            <source>{n} copies:</source>
            <translation>{n} eksemplar:</translation>
        </message>
        <message>
            <source>Cover removed: {title}.</source>
            <translation>Sampul dihapus: {title}.</translation>
        </message>
        <message>
            <source>Cover saved: {title}.</source>
            <translation>Sampul disimpan: {title}.</translation>
        </message>
        <message>
            <source>The check digit of ISBN {isbn} does not fit: with these digits the ISBN would be {right}. Check the number on the book. If the book really prints it so, add --isbn-as-printed.</source>
            <translation>Angka pemeriksa ISBN {isbn} tidak cocok: dengan angka-angka ini ISBN-nya seharusnya {right}. Periksa nomor di buku. Jika buku memang mencetaknya begitu, tambahkan --isbn-as-printed.</translation>
        </message>
        <message>
            <source>Record {id} added: {title}</source>
            <translation>Data {id} ditambahkan: {title}</translation>
        </message>
        <message>
            <source>Record {id} already here: {title}</source>
            <translation>Data {id} sudah ada: {title}</translation>
        </message>
        <message>
            <source>Possible duplicate: record {id} {title}</source>
            <translation>Mungkin duplikat: data {id} {title}</translation>
        </message>
        <message>
            <source>Labels: pustaka-cli labels --kind combined --template tj121 --select barcodes:{codes} -o labels.pdf</source>
            <translation>Label: pustaka-cli labels --kind combined --template tj121 --select barcodes:{codes} -o label.pdf</translation>
        </message>
        <message>
            <source>{barcode} ({title}) is now “{status}”.</source>
            <translation>{barcode} ({title}) kini “{status}”.</translation>
        </message>
        <message>
            <source>Accession no. {accession} · call number {call_number} · {status} · {location}</source>
            <translation>No. induk {accession} · nomor panggil {call_number} · {status} · {location}</translation>
        </message>
        <message>
            <source>Loans ({count}):</source>
            <translation>Peminjaman ({count}):</translation>
        </message>
        <message>
            <source>{lent} → {back} (due {due}) · {member} · lent by {by}</source>
            <translation>{lent} → {back} (batas {due}) · {member} · dipinjamkan oleh {by}</translation>
        </message>
        <message>
            <source> · taken back by {who}</source>
            <translation> · diterima kembali oleh {who}</translation>
        </message>
        <message>
            <source>Never lent.</source>
            <translation>Belum pernah dipinjam.</translation>
        </message>
        <message>
            <source>Other events ({count}):</source>
            <translation>Kejadian lain ({count}):</translation>
        </message>
        <message>
            <source>Wrote {labels} labels on {pages} pages to {path}.</source>
            <translation>{labels} label pada {pages} halaman ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Skipped {count} copies whose label cannot be printed:</source>
            <translation>{count} eksemplar dilewati karena labelnya tidak bisa dicetak:</translation>
        </message>
        <message>
            <source>{count} labels have bars thinner than 0.33 mm (the code is long for this label): print them at 300 dpi or more, or choose a wider label: {codes}</source>
            <translation>{count} label bergaris barkode lebih tipis dari 0,33 mm (kodenya panjang untuk label ini): cetak dengan 300 dpi atau lebih, atau pilih label yang lebih lebar: {codes}</translation>
        </message>
        <message>
            <source>{count} labels have the barcode only: these copies have no call number, class, author or title (fill them in the catalogue): {codes}</source>
            <translation>{count} label hanya berisi barkode: eksemplar ini tidak punya nomor panggil, nomor kelas, pengarang, maupun judul (lengkapi di katalog): {codes}</translation>
        </message>
        <message>
            <source>Wrote {cards} member cards on {pages} pages to {path}.</source>
            <translation>{cards} kartu anggota pada {pages} halaman ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Wrote a poster of {count} new books to {path}.</source>
            <translation>Poster berisi {count} buku baru ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Wrote the poster to {path}.</source>
            <translation>Poster ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Wrote the test page to {path}. Print it at actual size (100 %).</source>
            <translation>Halaman uji ditulis ke {path}. Cetak dengan ukuran sebenarnya (100 %).</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Susunan</translation>
        </message>
        <message>
            <source>Label size</source>
            <translation>Ukuran label</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <source>Saved the label sheet template {name}.</source>
            <translation>Templat lembar label {name} disimpan.</translation>
        </message>
        <message>
            <source>Removed the label sheet template {name}.</source>
            <translation>Templat lembar label {name} dihapus.</translation>
        </message>
        <message>
            <source>Calibration saved: x {dx} mm, y {dy} mm, scale {scale} %.</source>
            <translation>Kalibrasi disimpan: x {dx} mm, y {dy} mm, skala {scale} %.</translation>
        </message>
        <message>
            <source>Give a picture file, or --remove.</source>
            <translation>Berikan berkas gambar, atau --remove.</translation>
        </message>
        <message>
            <source>The logo is saved.</source>
            <translation>Logo disimpan.</translation>
        </message>
        <message>
            <source>Enrolment request written to {path}.</source>
            <translation>Permintaan pendaftaran ditulis ke {path}.</translation>
        </message>
        <message>
            <source>This library's key fingerprint: {fingerprint}</source>
            <translation>Sidik jari kunci perpustakaan ini: {fingerprint}</translation>
        </message>
        <message>
            <source>Enrolled {name} as {code}. Answer written to {path}.</source>
            <translation>{name} terdaftar sebagai {code}. Jawaban ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Village key fingerprint (compare by phone): {fingerprint}</source>
            <translation>Sidik jari kunci desa (cocokkan lewat telepon): {fingerprint}</translation>
        </message>
        <message>
            <source>District key fingerprint: {fingerprint}</source>
            <translation>Sidik jari kunci dinas: {fingerprint}</translation>
        </message>
        <message>
            <source>Enrolled with {name}; this library's code is {code}.</source>
            <translation>Terdaftar di {name}; kode perpustakaan ini {code}.</translation>
        </message>
        <message>
            <source>District key fingerprint (compare by phone): {fingerprint}</source>
            <translation>Sidik jari kunci dinas (cocokkan lewat telepon): {fingerprint}</translation>
        </message>
        <message>
            <source>Bundle {path} written and verified ({rows} rows). You can remove the USB stick now.</source>
            <translation>Paket {path} ditulis dan diperiksa ({rows} baris). Flashdisk boleh dicabut sekarang.</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>diterapkan</translation>
        </message>
        <message>
            <source>already applied</source>
            <translation>sudah diterapkan</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>ignored (written by this office)</source>
            <translation>dilewati (dibuat kantor ini)</translation>
        </message>
        <message>
            <source>{count} rows applied</source>
            <translation>{count} baris diterapkan</translation>
        </message>
        <message>
            <source>No bundles (pustaka-….zip) in {folder} or its sub-folders.</source>
            <translation>Tidak ada paket (pustaka-….zip) di {folder} atau subfoldernya.</translation>
        </message>
        <message>
            <source>{n} bundles: {applied} applied, {already} already applied, {rejected} rejected.</source>
            <translation>{n} paket: {applied} diterapkan, {already} sudah diterapkan sebelumnya, {rejected} ditolak.</translation>
        </message>
        <message>
            <source>Not imported: {file} ({code}). {advice}</source>
            <translation>Tidak diimpor: {file} ({code}). {advice}</translation>
        </message>
        <message>
            <source>Not imported: {file}. {advice}</source>
            <translation>Tidak diimpor: {file}. {advice}</translation>
        </message>
        <message>
            <source>Book grant {name}: {copies} copies added, numbered by this library.</source>
            <translation>Hibah buku {name}: {copies} eksemplar ditambahkan, diberi nomor oleh perpustakaan ini.</translation>
        </message>
        <message>
            <source>Print their labels: pustaka-cli labels --kind combined --template tj121 --select just-added -o labels.pdf</source>
            <translation>Cetak labelnya: pustaka-cli labels --kind combined --template tj121 --select just-added -o label.pdf</translation>
        </message>
        <message>
            <source>Warning: this database looks like a copy or a restored backup; sync is blocked.</source>
            <translation>Peringatan: basis data ini tampaknya salinan atau cadangan yang dipulihkan; sinkronisasi diblokir.</translation>
        </message>
        <message>
            <source>Site {site}; key fingerprint {fingerprint}</source>
            <translation>Situs {site}; sidik jari kunci {fingerprint}</translation>
        </message>
        <message>
            <source>… and {count} more (the Sync page lists them all)</source>
            <translation>… dan {count} lainnya (halaman Sinkronisasi memuat semuanya)</translation>
        </message>
        <message>
            <source>Title · edition · publisher, year</source>
            <translation>Judul · edisi · penerbit, tahun</translation>
        </message>
        <message>
            <source>Lines with a value to check (an ISBN with a wrong check digit, a year, a price): {lines}. They go as written; the village finds them on its Needs checking (Perlu diperiksa) list.</source>
            <translation>Baris dengan isian yang perlu diperiksa (ISBN dengan angka pemeriksa salah, tahun, harga): {lines}. Dikirim apa adanya; desa menemukannya di daftar Perlu diperiksa.</translation>
        </message>
        <message>
            <source>Give the new password in $PUSTAKA_NEW_PASSWORD, or run this on a terminal to type it.</source>
            <translation>Berikan kata sandi baru di $PUSTAKA_NEW_PASSWORD, atau jalankan perintah ini di terminal untuk mengetiknya.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Kata sandi baru: </translation>
        </message>
        <message>
            <source>The new password again: </source>
            <translation>Kata sandi baru sekali lagi: </translation>
        </message>
        <message>
            <source>The two passwords are not the same. Nothing was changed.</source>
            <translation>Kedua kata sandi tidak sama. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>{user}  {name}  {role}, {state}, last log-in {last}</source>
            <translation>{user}  {name}  {role}, {state}, terakhir masuk {last}</translation>
        </message>
        <message>
            <source>No staff accounts.</source>
            <translation>Tidak ada akun petugas.</translation>
        </message>
        <message>
            <source>Account {user} made ({role}).</source>
            <translation>Akun {user} dibuat ({role}).</translation>
        </message>
        <message>
            <source>New password set for {user}.</source>
            <translation>Kata sandi baru dipasang untuk {user}.</translation>
        </message>
        <message>
            <source>{user} can no longer log in; their name stays on what they did. Undo with: pustaka-cli staff activate {user}</source>
            <translation>{user} tidak bisa masuk lagi; namanya tetap tercatat pada apa yang pernah dikerjakannya. Batalkan dengan: pustaka-cli staff activate {user}</translation>
        </message>
        <message>
            <source>{user} can log in again.</source>
            <translation>{user} bisa masuk lagi.</translation>
        </message>
        <message>
            <source>Recovery code: {code}</source>
            <translation>Kode pemulihan: {code}</translation>
        </message>
        <message>
            <source>Write it down or print it now and keep it with the village office (kepala desa), away from the desk: it is shown only once. With it, a new librarian can get back in when no librarian can log in.</source>
            <translation>Catat atau cetak sekarang dan simpan di kantor desa (kepala desa), jauh dari meja layanan: kode ini hanya ditampilkan sekali. Dengan kode ini, pustakawan baru bisa masuk kembali jika tidak ada pustakawan yang bisa masuk.</translation>
        </message>
        <message>
            <source>New password set for the librarian {user}. Log in with it now.</source>
            <translation>Kata sandi baru dipasang untuk pustakawan {user}. Masuklah dengan kata sandi itu sekarang.</translation>
        </message>
        <message>
            <source>The account's PIN was removed; set a new one under Settings → Staff accounts.</source>
            <translation>PIN akun ini dihapus; pasang PIN baru di Pengaturan → Akun petugas.</translation>
        </message>
        <message>
            <source>The old recovery code no longer works.</source>
            <translation>Kode pemulihan yang lama tidak berlaku lagi.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>dicabut</translation>
        </message>
        <message>
            <source>{code} {name} ({status}): {waiting} changes waiting, last bundle {last}</source>
            <translation>{code} {name} ({status}): {waiting} perubahan menunggu, paket terakhir {last}</translation>
        </message>
        <message>
            <source>Open conflicts: {conflicts}; open exceptions: {exceptions}</source>
            <translation>Konflik terbuka: {conflicts}; pengecualian terbuka: {exceptions}</translation>
        </message>
        <message>
            <source>A restored backup lost {count} thing(s) the district still holds ({loans} loan(s) still out). See: pustaka-cli sync lost</source>
            <translation>Pemulihan cadangan menghilangkan {count} data yang masih ada di dinas ({loans} pinjaman masih di luar). Lihat: pustaka-cli sync lost</translation>
        </message>
        <message>
            <source>{code} restored an older backup: the list of {count} row(s) it lost goes with the next bundle to it.</source>
            <translation>{code} memulihkan cadangan lama: daftar {count} baris yang hilang di sana ikut dalam paket berikutnya untuknya.</translation>
        </message>
        <message>
            <source>Re-entered: {line}</source>
            <translation>Dimasukkan kembali: {line}</translation>
        </message>
        <message>
            <source>Dismissed: {line}</source>
            <translation>Disingkirkan: {line}</translation>
        </message>
        <message>
            <source>Nothing lost to a restored backup is waiting here.</source>
            <translation>Tidak ada data yang hilang karena pemulihan cadangan yang menunggu di sini.</translation>
        </message>
        <message>
            <source>What the restored backup lost, as the district still holds it (--reenter ID puts a loan, return or fine back, --dismiss ID takes a line off):</source>
            <translation>Yang hilang karena pemulihan cadangan, menurut data yang masih ada di dinas (--reenter ID memasukkan kembali peminjaman, pengembalian atau denda, --dismiss ID menyingkirkan baris):</translation>
        </message>
        <message>
            <source>{code} revoked: its bundles will be refused.</source>
            <translation>{code} dicabut: paketnya akan ditolak.</translation>
        </message>
        <message>
            <source>Full member records will be sent.</source>
            <translation>Data anggota lengkap akan dikirim.</translation>
        </message>
        <message>
            <source>Members will be sent pseudonymised.</source>
            <translation>Data anggota akan dikirim dalam bentuk disamarkan.</translation>
        </message>
        <message>
            <source>Not in the catalogue pack.</source>
            <translation>Tidak ada di paket katalog.</translation>
        </message>
        <message>
            <source>District library statistics {period} (days in {zone})</source>
            <translation>Statistik perpustakaan kabupaten {period} (hari menurut {zone})</translation>
        </message>
        <message>
            <source>Refused ({reason}): {message}</source>
            <translation>Ditolak ({reason}): {message}</translation>
        </message>
        <message>
            <source>A librarian can override this with --override-pin.</source>
            <translation>Pustakawan bisa mengizinkan dengan --override-pin.</translation>
        </message>
        <message>
            <source>The library is busy with another job (an import or a bundle); waiting and trying again ({attempt})...</source>
            <translation>Perpustakaan sedang sibuk dengan pekerjaan lain (impor atau bundel); menunggu lalu mencoba lagi ({attempt})...</translation>
        </message>
        <message>
            <source>Reserved for {name} ({number}, {phone}) until {date}.</source>
            <translation>Dipesan oleh {name} ({number}, {phone}) sampai {date}.</translation>
        </message>
        <message>
            <source>{count} letter(s) written to {path}.</source>
            <translation>{count} surat ditulis ke {path}.</translation>
        </message>
        <message>
            <source>No overdue loans.</source>
            <translation>Tidak ada pinjaman yang terlambat.</translation>
        </message>
        <message>
            <source>{barcode}  {title}  due {due}, {days} day(s) late, {fine}</source>
            <translation>{barcode}  {title}  kembali {due}, terlambat {days} hari, {fine}</translation>
        </message>
        <message>
            <source>Reserved; a copy is on the shelf: put {barcode} aside until {date}.</source>
            <translation>Dipesan; ada eksemplar di rak: sisihkan {barcode} sampai {date}.</translation>
        </message>
        <message>
            <source>Reserved; {name} is number {position} in the queue.</source>
            <translation>Dipesan; {name} di antrean nomor {position}.</translation>
        </message>
        <message>
            <source>No active reservations.</source>
            <translation>Tidak ada pemesanan aktif.</translation>
        </message>
        <message>
            <source>ON THE HOLD SHELF ({barcode}) until {date}</source>
            <translation>DI RAK PESANAN ({barcode}) sampai {date}</translation>
        </message>
        <message>
            <source>number {position} in line</source>
            <translation>antrean nomor {position}</translation>
        </message>
        <message>
            <source>Reservation {id} ({title}) cancelled.</source>
            <translation>Pemesanan {id} ({title}) dibatalkan.</translation>
        </message>
        <message>
            <source>The copy {barcode} now waits for {name} ({number}) until {date}.</source>
            <translation>Eksemplar {barcode} sekarang menunggu {name} ({number}) sampai {date}.</translation>
        </message>
        <message>
            <source>{count} reservation(s) expired.</source>
            <translation>{count} pesanan kedaluwarsa.</translation>
        </message>
        <message>
            <source>Use --force to register anyway.</source>
            <translation>Pakai --force untuk tetap mendaftarkan.</translation>
        </message>
        <message>
            <source>Registered {name} as {number} (until {date}).</source>
            <translation>{name} terdaftar dengan nomor {number} (sampai {date}).</translation>
        </message>
        <message>
            <source>Member until {date}; phone {phone}</source>
            <translation>Anggota sampai {date}; telepon {phone}</translation>
        </message>
        <message>
            <source>, {days} day(s) late</source>
            <translation>, terlambat {days} hari</translation>
        </message>
        <message>
            <source>Unpaid fines: {amount}</source>
            <translation>Denda belum dibayar: {amount}</translation>
        </message>
        <message>
            <source>Reserved: {title} — {place}</source>
            <translation>Dipesan: {title} — {place}</translation>
        </message>
        <message>
            <source>{shown} of {total} member(s).</source>
            <translation>{shown} dari {total} anggota.</translation>
        </message>
        <message>
            <source>{school}: {count} member(s)</source>
            <translation>{school}: {count} anggota</translation>
        </message>
        <message>
            <source>No member has a school written in their record.</source>
            <translation>Belum ada anggota yang sekolahnya tertulis di datanya.</translation>
        </message>
        <message>
            <source>Dry run: would add {add}, update {update}; {unchanged} unchanged, {bad} bad row(s).</source>
            <translation>Uji coba: akan menambah {add}, memperbarui {update}; {unchanged} tidak berubah, {bad} baris salah.</translation>
        </message>
        <message>
            <source>Imported: added {add}, updated {update}; {unchanged} unchanged, {bad} bad row(s).</source>
            <translation>Diimpor: ditambah {add}, diperbarui {update}; {unchanged} tidak berubah, {bad} baris salah.</translation>
        </message>
        <message>
            <source>Dry run: would add {out} loan(s) still out, {returned} returned loan(s), {fines} fine line(s) and {visits} visit(s); would close {closed} loan(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Uji coba: akan menambahkan {out} peminjaman yang masih berjalan, {returned} peminjaman yang sudah kembali, {fines} baris denda, dan {visits} kunjungan; akan menutup {closed} peminjaman; {unchanged} sudah ada, {bad} baris tidak diambil.</translation>
        </message>
        <message>
            <source>Imported: {out} loan(s) still out, {returned} returned loan(s), {fines} fine line(s) and {visits} visit(s); closed {closed} loan(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Diimpor: {out} peminjaman yang masih berjalan, {returned} peminjaman yang sudah kembali, {fines} baris denda, dan {visits} kunjungan; {closed} peminjaman ditutup; {unchanged} sudah ada, {bad} baris tidak diambil.</translation>
        </message>
        <message>
            <source>Dry run: would add {out} loan(s) still out and {returned} returned loan(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Uji coba: akan menambah {out} peminjaman yang masih di luar dan {returned} peminjaman yang sudah kembali; {unchanged} sudah ada, {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>Imported: {out} loan(s) still out and {returned} returned loan(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Diimpor: {out} peminjaman yang masih di luar dan {returned} peminjaman yang sudah kembali; {unchanged} sudah ada, {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>Dry run: would add {visits} line(s) to the visitor book ({people} people) and {sessions} session(s) of {programmes} new activity(ies) with {attendance} attendance(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Uji coba: akan menambah {visits} baris buku tamu ({people} orang) dan {sessions} pertemuan dari {programmes} kegiatan baru dengan {attendance} kehadiran; {unchanged} sudah ada, {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>Imported: {visits} line(s) of the visitor book ({people} people) and {sessions} session(s) of {programmes} new activity(ies) with {attendance} attendance(s); {unchanged} already here, {bad} row(s) left out.</source>
            <translation>Diimpor: {visits} baris buku tamu ({people} orang) dan {sessions} pertemuan dari {programmes} kegiatan baru dengan {attendance} kehadiran; {unchanged} sudah ada, {bad} baris tidak diimpor.</translation>
        </message>
        <message>
            <source>{count} member(s) written to {path}.</source>
            <translation>{count} anggota ditulis ke {path}.</translation>
        </message>
        <message>
            <source>Stock-take {number} started: {expected} copies expected on the shelves.</source>
            <translation>Inventarisasi {number} dimulai: {expected} eksemplar diharapkan ada di rak.</translation>
        </message>
        <message>
            <source>Seen {seen} of {expected} ({percent}%); {missing} not seen yet.</source>
            <translation>Terlihat {seen} dari {expected} ({percent}%); {missing} belum terlihat.</translation>
        </message>
        <message>
            <source>Stock-take finished: {count} copies not seen; {marked} marked.</source>
            <translation>Inventarisasi selesai: {count} eksemplar tidak terlihat; {marked} ditandai.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Laporan ditulis ke {path}.</translation>
        </message>
        <message>
            <source>{count} copies written off as lost.</source>
            <translation>{count} eksemplar dihapusbukukan sebagai hilang.</translation>
        </message>
        <message>
            <source>{count} copies found: back in the catalogue.</source>
            <translation>{count} eksemplar ditemukan: kembali ada di katalog.</translation>
        </message>
        <message>
            <source>{count} copies still missing: keep looking.</source>
            <translation>{count} eksemplar masih belum ditemukan: terus dicari.</translation>
        </message>
        <message>
            <source>{barcode} is {status} now: left as it is.</source>
            <translation>{barcode} kini berstatus {status}: dibiarkan apa adanya.</translation>
        </message>
        <message>
            <source>Copied {records} union records, {links} village records and {sums} figures.</source>
            <translation>Disalin: {records} cantuman katalog induk, {links} cantuman desa, dan {sums} angka statistik.</translation>
        </message>
        <message>
            <source>No village record is on this union record.</source>
            <translation>Tidak ada cantuman desa pada cantuman induk ini.</translation>
        </message>
        <message>
            <source>placed by the district</source>
            <translation>ditempatkan oleh dinas</translation>
        </message>
        <message>
            <source>Village record</source>
            <translation>Cantuman desa</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Eksemplar</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Merged into [{id}] {title}.</source>
            <translation>Digabung ke [{id}] {title}.</translation>
        </message>
        <message>
            <source>Split off as [{id}] {title}.</source>
            <translation>Dipisah menjadi [{id}] {title}.</translation>
        </message>
        <message>
            <source>Grant package {name} ready: {copies} copies; it goes with the next bundle.</source>
            <translation>Paket bantuan {name} siap: {copies} eksemplar; ikut dengan paket berikutnya.</translation>
        </message>
        <message>
            <source>{name} is already in today's book.</source>
            <translation>{name} sudah tercatat di buku tamu hari ini.</translation>
        </message>
        <message>
            <source>Welcome, {name}. Visitors today: {count}.</source>
            <translation>Selamat datang, {name}. Pengunjung hari ini: {count}.</translation>
        </message>
        <message>
            <source>Guest recorded. Visitors today: {count}.</source>
            <translation>Tamu tercatat. Pengunjung hari ini: {count}.</translation>
        </message>
        <message>
            <source>Group {name} recorded: {n} people. Visitors today: {count}.</source>
            <translation>Rombongan {name} tercatat: {n} orang. Pengunjung hari ini: {count}.</translation>
        </message>
        <message>
            <source>Read on site: {title}. Today: {n}.</source>
            <translation>Dibaca di tempat: {title}. Hari ini: {n}.</translation>
        </message>
        <message>
            <source>Visitors today: {count}.</source>
            <translation>Pengunjung hari ini: {count}.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Tersimpan: {path}.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Programme {name} added.</source>
            <translation>Kegiatan {name} ditambahkan.</translation>
        </message>
        <message>
            <source>Session added.</source>
            <translation>Pertemuan ditambahkan.</translation>
        </message>
        <message>
            <source>Partner {name} added.</source>
            <translation>Mitra {name} ditambahkan.</translation>
        </message>
        <message>
            <source>Present: {name}.</source>
            <translation>Hadir: {name}.</translation>
        </message>
        <message>
            <source>Story added.</source>
            <translation>Kisah ditambahkan.</translation>
        </message>
        <message>
            <source>Unknown part(s): {parts}. Choose from {known}.</source>
            <translation>Bagian tidak dikenal: {parts}. Pilih dari {known}.</translation>
        </message>
        <message>
            <source>The web catalogue is open. Phones on the same Wi-Fi can open:</source>
            <translation>Katalog web terbuka. HP di Wi-Fi yang sama dapat membuka:</translation>
        </message>
        <message>
            <source>Open parts: {parts}. Press Ctrl+C to stop.</source>
            <translation>Bagian terbuka: {parts}. Tekan Ctrl+C untuk berhenti.</translation>
        </message>
        <message>
            <source>The web account of {number} is closed.</source>
            <translation>Akun web {number} ditutup.</translation>
        </message>
        <message>
            <source>New PIN for {number}: {pin} (give it to the member; it is not shown again).</source>
            <translation>PIN baru untuk {number}: {pin} (berikan kepada anggota; tidak ditampilkan lagi).</translation>
        </message>
        <message>
            <source>The PIN of {number} is set.</source>
            <translation>PIN {number} sudah diatur.</translation>
        </message>
        <message>
            <source>Give a --title for the new record, or --record to attach to one.</source>
            <translation>Berikan --title untuk cantuman baru, atau --record untuk melampirkan ke cantuman yang ada.</translation>
        </message>
        <message>
            <source>On the digital shelf: file {id} ({name}) of record {record}.</source>
            <translation>Di rak digital: berkas {id} ({name}) dari cantuman {record}.</translation>
        </message>
        <message>
            <source>{count} files; opened or downloaded {views} times in all.</source>
            <translation>{count} berkas; dibuka atau diunduh {views} kali seluruhnya.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Dibuka</translation>
        </message>
        <message>
            <source>Title (file name)</source>
            <translation>Judul (nama berkas)</translation>
        </message>
        <message>
            <source>File {id} is off the digital shelf.</source>
            <translation>Berkas {id} sudah dikeluarkan dari rak digital.</translation>
        </message>
        <message>
            <source>Poster saved: {path} ({link})</source>
            <translation>Poster tersimpan: {path} ({link})</translation>
        </message>
        <message>
            <source>The practice library already exists: {path}</source>
            <translation>Perpustakaan latihan sudah ada: {path}</translation>
        </message>
        <message>
            <source>Practice library ready: {path} ({records} titles, {members} made-up members, {loans} copies out).</source>
            <translation>Perpustakaan latihan siap: {path} ({records} judul, {members} anggota karangan, {loans} eksemplar dipinjam).</translation>
        </message>
        <message>
            <source>No practice library yet. Make one with: pustaka-cli practice create</source>
            <translation>Belum ada perpustakaan latihan. Buat dengan: pustaka-cli practice create</translation>
        </message>
        <message>
            <source>Practice library: {path}, made {created}; {records} titles, {members} members, {loans} copies out.</source>
            <translation>Perpustakaan latihan: {path}, dibuat {created}; {records} judul, {members} anggota, {loans} eksemplar dipinjam.</translation>
        </message>
        <message>
            <source>{user}: {count} of {total} tasks done ({tasks})</source>
            <translation>{user}: {count} dari {total} tugas selesai ({tasks})</translation>
        </message>
        <message>
            <source>Only a district office database runs the hub.</source>
            <translation>Hanya basis data dinas kabupaten yang menjalankan hub.</translation>
        </message>
        <message>
            <source>Union catalogue in {where} ({kind}): {records} titles in stock.</source>
            <translation>Katalog induk di {where} ({kind}): {records} judul tersedia.</translation>
        </message>
        <message>
            <source>District hub listening on {host}:{port}. Ctrl+C stops it.</source>
            <translation>Hub dinas mendengarkan di {host}:{port}. Ctrl+C untuk berhenti.</translation>
        </message>
        <message>
            <source>Sent {name}: {result}</source>
            <translation>Terkirim {name}: {result}</translation>
        </message>
        <message>
            <source>Fetched {name}: {result}</source>
            <translation>Diambil {name}: {result}</translation>
        </message>
        <message>
            <source>The connection dropped {count} time(s); each time the transfer went on from where it stopped.</source>
            <translation>Sambungan terputus {count} kali; setiap kali pengiriman dilanjutkan dari tempat terhenti.</translation>
        </message>
        <message>
            <source>No audit log entries.</source>
            <translation>Tidak ada catatan di log audit.</translation>
        </message>
        <message>
            <source>{n} to check</source>
            <translation>{n} perlu diperiksa</translation>
        </message>
        <message>
            <source>LATE</source>
            <translation>TERLAMBAT</translation>
        </message>
        <message>
            <source>{name} has no sessions yet.</source>
            <translation>{name} belum punya pertemuan.</translation>
        </message>
        <message>
            <source>CANCELLED: {reason}</source>
            <translation>DIBATALKAN: {reason}</translation>
        </message>
        <message>
            <source>Session moved from {old} to {new}.</source>
            <translation>Pertemuan dipindah dari {old} ke {new}.</translation>
        </message>
        <message>
            <source>That day is past: the reports count the session as held then.</source>
            <translation>Hari itu sudah lewat: laporan menghitung pertemuan itu sebagai terlaksana pada hari itu.</translation>
        </message>
        <message>
            <source>The session of {when} is cancelled ({reason}). It stays in the list as cancelled and is not counted as held.</source>
            <translation>Pertemuan {when} dibatalkan ({reason}). Pertemuan ini tetap ada di daftar sebagai dibatalkan dan tidak dihitung sebagai diadakan.</translation>
        </message>
        <message>
            <source>{name} has no participants yet.</source>
            <translation>{name} belum punya peserta.</translation>
        </message>
        <message>
            <source>(guest)</source>
            <translation>(tamu)</translation>
        </message>
        <message>
            <source>present {count}x</source>
            <translation>hadir {count}x</translation>
        </message>
        <message>
            <source>{name} is already a participant: marked present, not added twice.</source>
            <translation>{name} sudah menjadi peserta: ditandai hadir, tidak ditambahkan dua kali.</translation>
        </message>
        <message>
            <source>{name} is already a participant; nothing added (--new-person adds another person of that name).</source>
            <translation>{name} sudah menjadi peserta; tidak ada yang ditambahkan (--new-person menambah orang lain dengan nama itu).</translation>
        </message>
        <message>
            <source>{count} guests added.</source>
            <translation>{count} tamu ditambahkan.</translation>
        </message>
        <message>
            <source>Guest added: {name}.</source>
            <translation>Tamu ditambahkan: {name}.</translation>
        </message>
        <message>
            <source>Present at the session of {when}.</source>
            <translation>Hadir di pertemuan {when}.</translation>
        </message>
        <message>
            <source>Not marked present: the programme has no session today (name one with --session).</source>
            <translation>Tidak ditandai hadir: kegiatan ini tidak punya pertemuan hari ini (sebut pertemuannya dengan --session).</translation>
        </message>
        <message>
            <source>{name} removed from {program}.</source>
            <translation>{name} dihapus dari {program}.</translation>
        </message>
        <message>
            <source>{name} merged into {into}: {count} attendances moved, counted as one person.</source>
            <translation>{name} digabung ke {into}: {count} kehadiran dipindah, dihitung satu orang.</translation>
        </message>
        <message>
            <source>Nothing to add: the library is already closed on every one of these days.</source>
            <translation>Tidak ada yang perlu ditambahkan: perpustakaan sudah tutup pada semua hari ini.</translation>
        </message>
        <message>
            <source>Would add {count} closing day(s).</source>
            <translation>Akan menambahkan {count} hari tutup.</translation>
        </message>
        <message>
            <source>Added {count} closing day(s).</source>
            <translation>{count} hari tutup ditambahkan.</translation>
        </message>
        <message>
            <source>National holidays {year}:</source>
            <translation>Libur nasional {year}:</translation>
        </message>
        <message>
            <source>cuti bersama</source>
            <translation>cuti bersama</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>perkiraan</translation>
        </message>
        <message>
            <source>already entered</source>
            <translation>sudah ada</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>dilewati</translation>
        </message>
        <message>
            <source>An estimate is a lunar date the government has not fixed yet: check it when the government announces the year's holidays.</source>
            <translation>Perkiraan adalah tanggal menurut kalender bulan yang belum ditetapkan pemerintah: periksa lagi saat pemerintah mengumumkan hari libur tahun itu.</translation>
        </message>
        <message>
            <source>The government has not announced the cuti bersama of {year} yet (usually late in the year before).</source>
            <translation>Pemerintah belum mengumumkan cuti bersama {year} (biasanya menjelang akhir tahun sebelumnya).</translation>
        </message>
        <message>
            <source>Add --yes to add these {count} day(s), or --dry-run to only list them.</source>
            <translation>Tambahkan --yes untuk menambahkan {count} hari ini, atau --dry-run untuk hanya menampilkan daftarnya.</translation>
        </message>
        <message>
            <source>Add these {count} day(s) as closing days? Type yes: </source>
            <translation>Tambahkan {count} hari ini sebagai hari tutup? Ketik ya: </translation>
        </message>
    </context>
</TS>
