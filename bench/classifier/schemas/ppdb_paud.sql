CREATE TABLE `dokumen` (
  `iddokumen` int(11) NOT NULL,
  `siswa_id` int(11) NOT NULL,
  `nama_file` varchar(256) DEFAULT NULL,
  `keterangan` varchar(256) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `orang_tua` (
  `idorang_tua` int(11) NOT NULL,
  `ayah_nama` varchar(128) DEFAULT NULL,
  `ayah_nik` varchar(32) DEFAULT NULL,
  `ayah_tmp_lahir` varchar(128) DEFAULT NULL,
  `ayah_tgl_lahir` date DEFAULT NULL,
  `ayah_negara` varchar(64) DEFAULT NULL,
  `ayah_agama` enum('Islam','Kristen Protestan','Kristen Katolik','Hindu','Budha','Konghucu') DEFAULT NULL,
  `ayah_hp` varchar(16) DEFAULT NULL,
  `ayah_pend_terakhir` enum('Tidak Sekolah','SD Sederajat','SMP Sederajat','SMA Sederajat','D1','D2','D3','D4','S1','S2','Doktor') DEFAULT NULL,
  `ayah_pekerjaan` varchar(32) DEFAULT NULL,
  `ayah_penghasilan` varchar(16) DEFAULT NULL,
  `ayah_nama_ibu` varchar(128) DEFAULT NULL,
  `ibu_nama` varchar(128) DEFAULT NULL,
  `ibu_nik` varchar(32) DEFAULT NULL,
  `ibu_tmp_lahir` varchar(128) DEFAULT NULL,
  `ibu_tgl_lahir` date DEFAULT NULL,
  `ibu_negara` varchar(64) DEFAULT NULL,
  `ibu_agama` enum('Islam','Kristen Protestan','Kristen Katolik','Hindu','Budha','Konghucu') DEFAULT NULL,
  `ibu_hp` varchar(16) DEFAULT NULL,
  `ibu_pend_terakhir` enum('Tidak Sekolah','SD Sederajat','SMP Sederajat','SMA Sederajat','D1','D2','D3','D4','S1','S2','Doktor') DEFAULT NULL,
  `ibu_pekerjaan` varchar(32) DEFAULT NULL,
  `ibu_penghasilan` varchar(16) DEFAULT NULL,
  `ibu_nama_ibu` varchar(128) DEFAULT NULL,
  `pengguna_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pembayaran` (
  `idpembayaran` int(11) NOT NULL,
  `siswa_id` int(11) NOT NULL,
  `file_bukti` varchar(256) DEFAULT NULL,
  `keterangan` varchar(256) DEFAULT NULL,
  `status` enum('Belum Bayar','Sudah Bayar') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pengguna` (
  `idpengguna` int(11) NOT NULL,
  `nama_lengkap` varchar(128) DEFAULT NULL,
  `username` varchar(64) DEFAULT NULL,
  `password` varchar(256) DEFAULT NULL,
  `level` enum('Admin','Siswa') DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `profil_sekolah` (
  `idprofil_sekolah` int(11) NOT NULL,
  `nama` varchar(128) DEFAULT NULL,
  `email` varchar(32) DEFAULT NULL,
  `alamat` varchar(256) DEFAULT NULL,
  `website` varchar(64) DEFAULT NULL,
  `telp` varchar(16) DEFAULT NULL,
  `prov` varchar(64) DEFAULT NULL,
  `kab` varchar(64) DEFAULT NULL,
  `kode_pos` varchar(5) DEFAULT NULL,
  `logo` varchar(256) DEFAULT NULL,
  `dash_info` longtext DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `siswa` (
  `idsiswa` int(11) NOT NULL,
  `orang_tua_id` int(11) NOT NULL,
  `no_kk` varchar(32) DEFAULT NULL,
  `nik` varchar(32) DEFAULT NULL,
  `nama_alias` varchar(32) DEFAULT NULL,
  `nama_lengkap` varchar(128) DEFAULT NULL,
  `jk` enum('L','P') DEFAULT NULL,
  `tmp_lahir` varchar(64) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `no_akta` varchar(32) DEFAULT NULL,
  `agama` enum('Islam','Kristen Protestan','Kristen Katolik','Hindu','Budha','Konghucu') DEFAULT NULL,
  `warga_negara` varchar(64) DEFAULT NULL,
  `anak_ke` int(11) DEFAULT NULL,
  `sdr_kandung` int(11) DEFAULT NULL,
  `jml_orang` int(11) DEFAULT NULL,
  `tinggi_badan` int(11) DEFAULT NULL,
  `berat_badan` int(11) DEFAULT NULL,
  `alamat` varchar(256) DEFAULT NULL,
  `jarak_sekolah` varchar(32) DEFAULT NULL,
  `berat_lahir` int(11) DEFAULT NULL,
  `h_penyakit` varchar(256) DEFAULT NULL,
  `alergi` varchar(128) DEFAULT NULL,
  `k_khusus` varchar(128) DEFAULT NULL,
  `kelas` varchar(32) DEFAULT NULL,
  `u_baju` varchar(16) DEFAULT NULL,
  `no_daftar` varchar(16) DEFAULT NULL,
  `status` enum('Baru','Diterima','Ditolak') DEFAULT NULL,
  `wali_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `wali` (
  `idwali` int(11) NOT NULL,
  `wali_nama` varchar(128) DEFAULT NULL,
  `wali_nik` varchar(32) DEFAULT NULL,
  `wali_tmp_lahir` varchar(128) DEFAULT NULL,
  `wali_tgl_lahir` date DEFAULT NULL,
  `wali_negara` varchar(64) DEFAULT NULL,
  `wali_agama` enum('Islam','Kristen Protestan','Kristen Katolik','Hindu','Budha','Konghucu') DEFAULT NULL,
  `wali_hp` varchar(16) DEFAULT NULL,
  `wali_pend_terakhir` enum('Tidak Sekolah','SD Sederajat','SMP Sederajat','SMA Sederajat','D1','D2','D3','D4','S1','S2','Doktor') DEFAULT NULL,
  `wali_pekerjaan` varchar(32) DEFAULT NULL,
  `wali_penghasilan` varchar(16) DEFAULT NULL,
  `wali_nama_ibu` varchar(128) DEFAULT NULL,
  `pengguna_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

ALTER TABLE `dokumen`
  ADD PRIMARY KEY (`iddokumen`),
  ADD KEY `fk_dokumen_siswa1_idx` (`siswa_id`);

ALTER TABLE `orang_tua`
  ADD PRIMARY KEY (`idorang_tua`),
  ADD KEY `fk_orang_tua_pengguna1_idx` (`pengguna_id`);

ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`idpembayaran`),
  ADD KEY `fk_pembayaran_siswa1_idx` (`siswa_id`);

ALTER TABLE `pengguna`
  ADD PRIMARY KEY (`idpengguna`);

ALTER TABLE `profil_sekolah`
  ADD PRIMARY KEY (`idprofil_sekolah`);

ALTER TABLE `siswa`
  ADD PRIMARY KEY (`idsiswa`),
  ADD KEY `fk_siswa_orang_tua1_idx` (`orang_tua_id`),
  ADD KEY `fk_siswa_wali1_idx` (`wali_id`);

ALTER TABLE `wali`
  ADD PRIMARY KEY (`idwali`),
  ADD KEY `fk_wali_pengguna1_idx` (`pengguna_id`);

ALTER TABLE `dokumen`
  MODIFY `iddokumen` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

ALTER TABLE `orang_tua`
  MODIFY `idorang_tua` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

ALTER TABLE `pembayaran`
  MODIFY `idpembayaran` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `pengguna`
  MODIFY `idpengguna` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

ALTER TABLE `profil_sekolah`
  MODIFY `idprofil_sekolah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `siswa`
  MODIFY `idsiswa` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

ALTER TABLE `wali`
  MODIFY `idwali` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `dokumen`
  ADD CONSTRAINT `fk_dokumen_siswa1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`idsiswa`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `orang_tua`
  ADD CONSTRAINT `fk_orang_tua_pengguna1` FOREIGN KEY (`pengguna_id`) REFERENCES `pengguna` (`idpengguna`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `pembayaran`
  ADD CONSTRAINT `fk_pembayaran_siswa1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`idsiswa`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `siswa`
  ADD CONSTRAINT `fk_siswa_orang_tua1` FOREIGN KEY (`orang_tua_id`) REFERENCES `orang_tua` (`idorang_tua`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `fk_siswa_wali1` FOREIGN KEY (`wali_id`) REFERENCES `wali` (`idwali`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `wali`
  ADD CONSTRAINT `fk_wali_pengguna1` FOREIGN KEY (`pengguna_id`) REFERENCES `pengguna` (`idpengguna`) ON DELETE NO ACTION ON UPDATE NO ACTION;
