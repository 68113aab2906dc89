-- origin: belajarbersama/registrasi-kelulusan database/pa.sql (phpMyAdmin dump, database `pa`: new-pupil admissions (PPDB) of a primary school: applicant children, parents, guardians, documents, selection schedule, re-registration payments; schema part, procedures, functions, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `akun` (
  `username` varchar(100) NOT NULL,
  `password` varchar(100) DEFAULT NULL,
  `privilege` enum('Pendaftar','Orang Tua','Panitia','Tata Usaha Bagian Keuangan','Tata Usaha Bagian Kesiswaan','Operator','Kepala Sekolah') DEFAULT NULL,
  `status` enum('Aktif','Tidak_Aktif','Proses') DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `asal_mula` (
  `asal_anak` enum('PG','TK','RA','PAUD','Lainnya') DEFAULT NULL,
  `nama_asal` varchar(50) DEFAULT NULL,
  `no_tahun_sk` varchar(50) DEFAULT NULL,
  `lama_belajar` int(11) DEFAULT NULL,
  `tgl_terima` date DEFAULT NULL,
  `no_pendaftaran` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `buku_tamu` (
  `id_buku_tamu` varchar(16) NOT NULL,
  `nama` varchar(50) DEFAULT NULL,
  `alamat` text,
  `no_hp` varchar(13) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `asal` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dokumen_daftar_ulang` (
  `no_pendaftaran` varchar(20) NOT NULL,
  `nama_akta` varchar(100) DEFAULT NULL,
  `akta_kelahiran` blob,
  `nama_ktp` varchar(100) DEFAULT NULL,
  `ktp` blob,
  `nama_kk` varchar(100) DEFAULT NULL,
  `kk` blob,
  `nama_sk` varchar(100) DEFAULT NULL,
  `surat_keterangan` blob,
  `nama_foto` varchar(100) DEFAULT NULL,
  `foto` blob,
  `status` enum('Sudah','Belum') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `formulir` (
  `no_pendaftaran` varchar(20) NOT NULL,
  `tgl` date DEFAULT NULL,
  `tahun` varchar(4) DEFAULT NULL,
  `status` enum('Terima','Tidak','Waiting List','Proses') DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal_daftar_ulang` (
  `id_jadwal` int(11) NOT NULL,
  `nama_kegiatan` varchar(255) DEFAULT NULL,
  `keterangan` text,
  `tgl_mulai` date DEFAULT NULL,
  `tgl_selesai` date DEFAULT NULL,
  `ta` varchar(9) DEFAULT NULL,
  `status` enum('Terlaksana','Berlangsung','Belum') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal_ppdb` (
  `id_jadwal` int(11) NOT NULL,
  `nama_kegiatan` varchar(255) DEFAULT NULL,
  `keterangan` text,
  `tgl_mulai` date DEFAULT NULL,
  `tgl_selesai` date DEFAULT NULL,
  `ta` varchar(9) DEFAULT NULL,
  `status` enum('Terlaksana','Berlangsung','Belum') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal_seleksi` (
  `id_seleksi` int(11) NOT NULL,
  `nama_seleksi` varchar(20) DEFAULT NULL,
  `sesi` char(2) DEFAULT NULL,
  `kelompok` char(1) NOT NULL,
  `tgl` date DEFAULT NULL,
  `waktu_mulai` time DEFAULT NULL,
  `waktu_selesai` time DEFAULT NULL,
  `id_ruangan` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ket_ortu` (
  `id_ortu` varchar(16) NOT NULL,
  `nama_ayah` varchar(50) DEFAULT NULL,
  `nama_ibu` varchar(50) DEFAULT NULL,
  `pdd_ayah` enum('SD','SMP','SMA','D1','D2','D3','S1','S2','S3') DEFAULT NULL,
  `pdd_ibu` enum('SD','SMP','SMA','D1','D2','D3','S1','S2','S3') DEFAULT NULL,
  `pekerjaan_ayah` varchar(50) DEFAULT NULL,
  `nama_perusahaan_ayah` varchar(50) DEFAULT NULL,
  `alamat_perusahaan_ayah` text,
  `email_kantor_ayah` varchar(100) DEFAULT NULL,
  `pekerjaan_ibu` varchar(50) DEFAULT NULL,
  `nama_perusahaan_ibu` varchar(50) DEFAULT NULL,
  `alamat_perusahaan_ibu` text,
  `email_kantor_ibu` varchar(100) DEFAULT NULL,
  `penghasilan` int(11) DEFAULT NULL,
  `no_pendaftaran` varchar(20) DEFAULT NULL,
  `no_hp` char(13) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ket_siswa` (
  `nik` varchar(16) NOT NULL,
  `nama_lengkap` varchar(50) DEFAULT NULL,
  `nama_panggilan` varchar(10) DEFAULT NULL,
  `jekel` enum('L','P') DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `tempat_lahir` varchar(50) DEFAULT NULL,
  `agama` enum('Islam','Katolik','Protestan','Hindu','Budha','Lain - Lain') DEFAULT NULL,
  `kewarganegaraan` enum('WNI','WNA') DEFAULT NULL,
  `anak_ke` int(11) DEFAULT NULL,
  `jumlah_saudara_kandung` int(11) DEFAULT NULL,
  `jumlah_saudara_tiri` int(11) DEFAULT NULL,
  `jumlah_saudara_angkat` int(11) DEFAULT NULL,
  `bahasa_sehari` varchar(20) DEFAULT NULL,
  `berat_badan` int(11) DEFAULT NULL,
  `tinggi_badan` int(11) DEFAULT NULL,
  `goda` enum('A','B','AB','O') DEFAULT NULL,
  `penyakit_derita` text,
  `alamat_rumah` text,
  `rt` char(3) DEFAULT NULL,
  `rw` char(3) DEFAULT NULL,
  `kelurahan` varchar(20) DEFAULT NULL,
  `kecamatan` varchar(20) DEFAULT NULL,
  `kota_kabupaten` varchar(20) DEFAULT NULL,
  `provinsi` varchar(30) NOT NULL,
  `kode_area` varchar(6) DEFAULT NULL,
  `telp_rumah` varchar(13) DEFAULT NULL,
  `no_hp` char(13) DEFAULT NULL,
  `kode_pos` char(5) DEFAULT NULL,
  `tempat_tinggal` enum('Orang Tua','Wali','Menumpang','Asrama') DEFAULT NULL,
  `jarak_rumah_sekolah` int(11) DEFAULT NULL,
  `no_pendaftaran` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ket_wali` (
  `id_wali` varchar(16) NOT NULL,
  `nama_wali` varchar(50) DEFAULT NULL,
  `pdd_wali` enum('SD','SMP','SMA','D1','D2','D3','S1','S2','S3') DEFAULT NULL,
  `hubungan_keluarga` varchar(20) DEFAULT NULL,
  `alamat_rumah` text,
  `rt` varchar(3) DEFAULT NULL,
  `rw` varchar(3) DEFAULT NULL,
  `kelurahan` varchar(20) DEFAULT NULL,
  `kecamatan` varchar(20) DEFAULT NULL,
  `kota_kabupaten` varchar(20) DEFAULT NULL,
  `provinsi` varchar(30) NOT NULL,
  `kode_area` varchar(5) NOT NULL,
  `telp_rumah` varchar(13) DEFAULT NULL,
  `no_hp` varchar(13) DEFAULT NULL,
  `kode_pos` varchar(5) DEFAULT NULL,
  `pekerjaan_wali` varchar(50) DEFAULT NULL,
  `nama_perusahaan` varchar(50) DEFAULT NULL,
  `alamat_perusahaan` text,
  `email_wali` varchar(100) DEFAULT NULL,
  `no_pendaftaran` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `notifikasi_pendaftar` (
  `id_notifikasi` int(11) NOT NULL,
  `no_pendaftaran` varchar(20) DEFAULT NULL,
  `no_hp` varchar(13) DEFAULT NULL,
  `keterangan` text,
  `jenis` enum('Pembayaran','Seleksi','Daftar Ulang','Her-Registrasi','SPP','Alumni') DEFAULT NULL,
  `status` enum('Belum','Sudah') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran_daftar_ulang` (
  `no_pendaftaran` varchar(20) NOT NULL,
  `sdp` int(11) DEFAULT NULL,
  `sdp_bukti` blob,
  `dpp` int(11) DEFAULT NULL,
  `dpp_bukti` blob,
  `seragam` int(11) DEFAULT NULL,
  `seragam_bukti` blob,
  `spp` int(11) DEFAULT NULL,
  `spp_bukti` blob,
  `status` enum('Lunas','Belum','Kredit') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran_psikotest` (
  `id_pembayaran` int(11) NOT NULL,
  `nama_pembayaran` varchar(100) DEFAULT NULL,
  `bukti_bayar` blob,
  `no_pendaftaran` varchar(20) DEFAULT NULL,
  `status` enum('Sudah','Belum','Proses') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ruangan` (
  `id_ruangan` int(11) NOT NULL,
  `nama_ruangan` varchar(50) DEFAULT NULL,
  `kapasitas` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `akun`
  ADD PRIMARY KEY (`username`);

ALTER TABLE `asal_mula`
  ADD PRIMARY KEY (`no_pendaftaran`);

ALTER TABLE `buku_tamu`
  ADD PRIMARY KEY (`id_buku_tamu`),
  ADD KEY `no_hp` (`no_hp`);

ALTER TABLE `dokumen_daftar_ulang`
  ADD PRIMARY KEY (`no_pendaftaran`);

ALTER TABLE `formulir`
  ADD PRIMARY KEY (`no_pendaftaran`),
  ADD KEY `username` (`email`);

ALTER TABLE `jadwal_daftar_ulang`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `jadwal_ppdb`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `jadwal_seleksi`
  ADD PRIMARY KEY (`id_seleksi`),
  ADD KEY `id_ruangan` (`id_ruangan`);

ALTER TABLE `ket_ortu`
  ADD PRIMARY KEY (`id_ortu`),
  ADD KEY `no_pendaftaran` (`no_pendaftaran`),
  ADD KEY `no_hp` (`no_hp`);

ALTER TABLE `ket_siswa`
  ADD PRIMARY KEY (`nik`),
  ADD KEY `no_pendaftaran` (`no_pendaftaran`);

ALTER TABLE `ket_wali`
  ADD PRIMARY KEY (`id_wali`),
  ADD KEY `no_pendaftaran` (`no_pendaftaran`);

ALTER TABLE `notifikasi_pendaftar`
  ADD PRIMARY KEY (`id_notifikasi`);

ALTER TABLE `pembayaran_daftar_ulang`
  ADD PRIMARY KEY (`no_pendaftaran`);

ALTER TABLE `pembayaran_psikotest`
  ADD PRIMARY KEY (`id_pembayaran`),
  ADD KEY `no_pendaftaran_pembayaran_psikotest_fk` (`no_pendaftaran`);

ALTER TABLE `ruangan`
  ADD PRIMARY KEY (`id_ruangan`);

ALTER TABLE `asal_mula`
  ADD CONSTRAINT `no_pendaftaran_asal_mula_formulir_fk` FOREIGN KEY (`no_pendaftaran`) REFERENCES `formulir` (`no_pendaftaran`);

ALTER TABLE `formulir`
  ADD CONSTRAINT `username_formulir_akun_fk` FOREIGN KEY (`email`) REFERENCES `akun` (`username`) ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE `jadwal_seleksi`
  ADD CONSTRAINT `id_ruangan_jadwal_seleksi_ruangan_fk` FOREIGN KEY (`id_ruangan`) REFERENCES `ruangan` (`id_ruangan`) ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE `ket_ortu`
  ADD CONSTRAINT `no_hp_ket_ortu_buku_tamu_fk` FOREIGN KEY (`no_hp`) REFERENCES `buku_tamu` (`no_hp`) ON UPDATE CASCADE,
  ADD CONSTRAINT `no_pendaftaran_ket_ortu_formulir_fk` FOREIGN KEY (`no_pendaftaran`) REFERENCES `formulir` (`no_pendaftaran`) ON UPDATE CASCADE;

ALTER TABLE `ket_siswa`
  ADD CONSTRAINT `no_pendaftaran_ket_siswa_formulir_fk` FOREIGN KEY (`no_pendaftaran`) REFERENCES `formulir` (`no_pendaftaran`);

ALTER TABLE `ket_wali`
  ADD CONSTRAINT `no_pendaftaran_ket_wali_formulir_fk` FOREIGN KEY (`no_pendaftaran`) REFERENCES `formulir` (`no_pendaftaran`) ON UPDATE CASCADE;

ALTER TABLE `pembayaran_psikotest`
  ADD CONSTRAINT `no_pendaftaran_pembayaran_psikotest_fk` FOREIGN KEY (`no_pendaftaran`) REFERENCES `formulir` (`no_pendaftaran`);
