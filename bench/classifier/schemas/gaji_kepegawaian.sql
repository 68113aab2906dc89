CREATE TABLE `absensi_berkas` (
  `id_surat` int(11) NOT NULL,
  `id_absensi` varchar(20) NOT NULL,
  `nama_surat` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `absensi_pegawai` (
  `id_absensi` varchar(20) NOT NULL,
  `id_karyawan` varchar(20) NOT NULL,
  `tgl_absen` date NOT NULL,
  `jam_masuk_1` time NOT NULL,
  `jam_keluar_1` time NOT NULL,
  `jam_masuk_2` time NOT NULL,
  `jam_keluar_2` time NOT NULL,
  `keterangan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `asuransi` (
  `id_asuransi` varchar(20) NOT NULL,
  `nama_asuransi` varchar(50) NOT NULL,
  `jumlah_asuransi` varchar(50) NOT NULL,
  `id_status` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `deposit_koperasi` (
  `id_deposit` varchar(20) NOT NULL,
  `nama_deposit` varchar(50) NOT NULL,
  `jumlah` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gaji_lembur_pegawai` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_master_lembur` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gaji_pegawai` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_master_gaji` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `generator` (
  `param` varchar(50) NOT NULL,
  `header` varchar(5) NOT NULL,
  `auto_inc` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jabatan_pegawai` (
  `id_jabatan` varchar(50) NOT NULL,
  `nama_jabatan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal` (
  `id_jadwal` varchar(20) NOT NULL,
  `jam_datang` time NOT NULL,
  `jam_keluar` time NOT NULL,
  `jam_masuk` time NOT NULL,
  `jam_pulang` time NOT NULL,
  `batas_terlambat` time NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jenjang_karir` (
  `id_jjk` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `tanggal` date NOT NULL,
  `Keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `karyawan` (
  `id_karyawan` varchar(20) NOT NULL,
  `nip` varchar(200) DEFAULT NULL,
  `nama_karyawan` varchar(200) DEFAULT NULL,
  `jk_karyawan` varchar(200) DEFAULT NULL,
  `tmpt_lahir` varchar(200) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `agama` varchar(200) DEFAULT NULL,
  `tgl_masuk` date DEFAULT NULL,
  `alamat` varchar(200) DEFAULT NULL,
  `no_telpn` varchar(200) DEFAULT NULL,
  `pend_terakhir` varchar(200) DEFAULT NULL,
  `id_jabatan` varchar(20) DEFAULT NULL,
  `id_bagian` varchar(20) DEFAULT NULL,
  `id_status` varchar(20) NOT NULL,
  `no_npwp` varchar(20) NOT NULL,
  `anggota_koperasi` char(1) NOT NULL COMMENT '1 = anggota, 0 = bukan',
  `status_pernikahan` char(1) NOT NULL,
  `jml_anak` char(1) NOT NULL,
  `foto_pegawai` varchar(50) NOT NULL,
  `id_rfid` varchar(50) NOT NULL,
  `status` varchar(1) NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lembur_pegawai` (
  `id_lembur` varchar(20) NOT NULL,
  `tgl_lembur` date NOT NULL,
  `bulan` varchar(10) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `jam_mulai` time NOT NULL,
  `jam_selesai` time NOT NULL,
  `acc` char(1) NOT NULL DEFAULT '0' COMMENT '1 = setuju , 0 = belum setuju',
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `log_login` (
  `tanggal_in` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `user` varchar(20) NOT NULL,
  `ip` varchar(50) NOT NULL,
  `user_server` varchar(50) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_bagian` (
  `id_bagian` varchar(20) NOT NULL,
  `nama_bagian` varchar(200) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_gaji_pokok` (
  `id_master_gaji` varchar(20) NOT NULL,
  `nama_gaji` varchar(50) NOT NULL,
  `jml_gaji_pokok` varchar(50) NOT NULL,
  `id_status` varchar(20) NOT NULL,
  `id_bagian` varchar(20) NOT NULL,
  `pend_terakhir` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_lembur` (
  `id_master_lembur` varchar(20) NOT NULL,
  `nama_lembur` varchar(50) NOT NULL,
  `gaji_lembur` varchar(20) NOT NULL,
  `id_status` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_pendidikan` (
  `id_pend` varchar(20) NOT NULL,
  `nama_pend` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_potongan` (
  `id_potongan` varchar(50) NOT NULL,
  `nama_potongan` varchar(50) NOT NULL,
  `jumlah_potongan` varchar(50) NOT NULL,
  `id_status` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_status` (
  `id_status` varchar(20) NOT NULL,
  `nama_status` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_tunjangan` (
  `id_tunjangan` varchar(20) NOT NULL,
  `nama_tunjangan` varchar(50) NOT NULL,
  `jumlah_tunjangan` varchar(50) NOT NULL,
  `status` char(1) NOT NULL DEFAULT '0' COMMENT '0  = tnjngn fleksibel, 1 = tnjngn tetap',
  `id_jabatan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `perjalanan_dinas` (
  `id_dinas` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_berangkat` date NOT NULL,
  `tgl_pulang` date NOT NULL,
  `jumlah_pengeluaran` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL,
  `status` char(1) NOT NULL COMMENT '1 = sudah , 0 = belum'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `perjalanan_dinas_berkas` (
  `id_dinas` varchar(20) NOT NULL,
  `nama_berkas` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `piutang_pegawai` (
  `id_piutang` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `tanggal` date NOT NULL,
  `j_pinjaman` varchar(50) NOT NULL,
  `j_cicilan` varchar(50) NOT NULL,
  `keterangan` varchar(65) NOT NULL,
  `acc` char(1) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `potongan_bpjs` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_potongan` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `potongan_koperasi` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_potongan` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `potongan_pegawai` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_potongan` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `potongan_piutang` (
  `id_transaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_potongan` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekap_alpha` (
  `id_rekap` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `jml_alpha` int(11) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekap_cuti` (
  `id_rekap` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `jml_cuti` int(11) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekap_kerja` (
  `id_rekap` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `bulan` varchar(50) NOT NULL,
  `jml_hadir` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekap_sakit` (
  `id_rekap` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `jml_sakit` int(11) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekap_terlambat` (
  `id_rekap` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `jml_terlambat` int(11) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tunjangan_pegawai` (
  `id_tansaksi` varchar(20) NOT NULL,
  `id_pegawai` varchar(20) NOT NULL,
  `id_tunjangan` varchar(20) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user` (
  `id_user` varchar(20) NOT NULL,
  `nama_user` varchar(200) DEFAULT NULL,
  `password` varchar(200) NOT NULL,
  `level` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `absensi_berkas`
  ADD PRIMARY KEY (`id_surat`),
  ADD KEY `id_absensi` (`id_absensi`);

ALTER TABLE `absensi_pegawai`
  ADD PRIMARY KEY (`id_absensi`),
  ADD KEY `id_karyawan` (`id_karyawan`);

ALTER TABLE `asuransi`
  ADD PRIMARY KEY (`id_asuransi`),
  ADD KEY `id_status` (`id_status`);

ALTER TABLE `deposit_koperasi`
  ADD PRIMARY KEY (`id_deposit`);

ALTER TABLE `gaji_lembur_pegawai`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`),
  ADD KEY `id_master_lembur` (`id_master_lembur`);

ALTER TABLE `gaji_pegawai`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`),
  ADD KEY `id_master_gaji` (`id_master_gaji`);

ALTER TABLE `generator`
  ADD PRIMARY KEY (`param`);

ALTER TABLE `jabatan_pegawai`
  ADD PRIMARY KEY (`id_jabatan`);

ALTER TABLE `jadwal`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `jenjang_karir`
  ADD PRIMARY KEY (`id_jjk`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `karyawan`
  ADD PRIMARY KEY (`id_karyawan`),
  ADD KEY `FK_karyawan_jabatan` (`id_jabatan`),
  ADD KEY `FK_karyawan_bagian` (`id_bagian`),
  ADD KEY `pend_terakhir` (`pend_terakhir`),
  ADD KEY `id_status` (`id_status`);

ALTER TABLE `lembur_pegawai`
  ADD PRIMARY KEY (`id_lembur`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `master_bagian`
  ADD PRIMARY KEY (`id_bagian`);

ALTER TABLE `master_gaji_pokok`
  ADD PRIMARY KEY (`id_master_gaji`),
  ADD KEY `id_status` (`id_status`,`id_bagian`,`pend_terakhir`),
  ADD KEY `id_bagian` (`id_bagian`),
  ADD KEY `pend_terakhir` (`pend_terakhir`);

ALTER TABLE `master_lembur`
  ADD PRIMARY KEY (`id_master_lembur`),
  ADD KEY `id_status` (`id_status`);

ALTER TABLE `master_pendidikan`
  ADD PRIMARY KEY (`id_pend`);

ALTER TABLE `master_potongan`
  ADD PRIMARY KEY (`id_potongan`);

ALTER TABLE `master_status`
  ADD PRIMARY KEY (`id_status`);

ALTER TABLE `master_tunjangan`
  ADD PRIMARY KEY (`id_tunjangan`),
  ADD KEY `id_jabatan` (`id_jabatan`);

ALTER TABLE `perjalanan_dinas`
  ADD PRIMARY KEY (`id_dinas`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `perjalanan_dinas_berkas`
  ADD PRIMARY KEY (`id_dinas`);

ALTER TABLE `piutang_pegawai`
  ADD PRIMARY KEY (`id_piutang`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `potongan_bpjs`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `potongan_koperasi`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`,`id_potongan`);

ALTER TABLE `potongan_pegawai`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`,`id_potongan`),
  ADD KEY `id_potongan` (`id_potongan`);

ALTER TABLE `potongan_piutang`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`,`id_potongan`),
  ADD KEY `id_potongan` (`id_potongan`);

ALTER TABLE `rekap_alpha`
  ADD PRIMARY KEY (`id_rekap`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `rekap_cuti`
  ADD PRIMARY KEY (`id_rekap`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `rekap_kerja`
  ADD PRIMARY KEY (`id_rekap`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `rekap_sakit`
  ADD PRIMARY KEY (`id_rekap`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `rekap_terlambat`
  ADD PRIMARY KEY (`id_rekap`),
  ADD KEY `id_pegawai` (`id_pegawai`);

ALTER TABLE `tunjangan_pegawai`
  ADD PRIMARY KEY (`id_tansaksi`),
  ADD KEY `id_pegawai` (`id_pegawai`,`id_tunjangan`),
  ADD KEY `id_tunjangan` (`id_tunjangan`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);

ALTER TABLE `absensi_berkas`
  ADD CONSTRAINT `absensi_berkas_ibfk_1` FOREIGN KEY (`id_absensi`) REFERENCES `absensi_pegawai` (`id_absensi`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `absensi_pegawai`
  ADD CONSTRAINT `absensi_pegawai_ibfk_1` FOREIGN KEY (`id_karyawan`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `asuransi`
  ADD CONSTRAINT `asuransi_ibfk_1` FOREIGN KEY (`id_status`) REFERENCES `master_status` (`id_status`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `gaji_lembur_pegawai`
  ADD CONSTRAINT `gaji_lembur_pegawai_ibfk_1` FOREIGN KEY (`id_master_lembur`) REFERENCES `master_lembur` (`id_master_lembur`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `gaji_lembur_pegawai_ibfk_2` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `gaji_pegawai`
  ADD CONSTRAINT `gaji_pegawai_ibfk_1` FOREIGN KEY (`id_master_gaji`) REFERENCES `master_gaji_pokok` (`id_master_gaji`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `gaji_pegawai_ibfk_2` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `jenjang_karir`
  ADD CONSTRAINT `jenjang_karir_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `karyawan`
  ADD CONSTRAINT `karyawan_ibfk_1` FOREIGN KEY (`id_bagian`) REFERENCES `master_bagian` (`id_bagian`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `karyawan_ibfk_2` FOREIGN KEY (`id_jabatan`) REFERENCES `jabatan_pegawai` (`id_jabatan`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `karyawan_ibfk_3` FOREIGN KEY (`pend_terakhir`) REFERENCES `master_pendidikan` (`id_pend`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `karyawan_ibfk_4` FOREIGN KEY (`id_status`) REFERENCES `master_status` (`id_status`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `lembur_pegawai`
  ADD CONSTRAINT `lembur_pegawai_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`);

ALTER TABLE `master_gaji_pokok`
  ADD CONSTRAINT `master_gaji_pokok_ibfk_1` FOREIGN KEY (`id_status`) REFERENCES `master_status` (`id_status`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `master_gaji_pokok_ibfk_2` FOREIGN KEY (`id_bagian`) REFERENCES `master_bagian` (`id_bagian`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `master_gaji_pokok_ibfk_3` FOREIGN KEY (`pend_terakhir`) REFERENCES `master_pendidikan` (`id_pend`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `master_lembur`
  ADD CONSTRAINT `master_lembur_ibfk_1` FOREIGN KEY (`id_status`) REFERENCES `master_status` (`id_status`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `master_tunjangan`
  ADD CONSTRAINT `master_tunjangan_ibfk_1` FOREIGN KEY (`id_jabatan`) REFERENCES `jabatan_pegawai` (`id_jabatan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `perjalanan_dinas`
  ADD CONSTRAINT `perjalanan_dinas_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `piutang_pegawai`
  ADD CONSTRAINT `piutang_pegawai_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `potongan_bpjs`
  ADD CONSTRAINT `potongan_bpjs_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `potongan_koperasi`
  ADD CONSTRAINT `potongan_koperasi_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `potongan_pegawai`
  ADD CONSTRAINT `potongan_pegawai_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `potongan_pegawai_ibfk_2` FOREIGN KEY (`id_potongan`) REFERENCES `master_potongan` (`id_potongan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `potongan_piutang`
  ADD CONSTRAINT `potongan_piutang_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `potongan_piutang_ibfk_2` FOREIGN KEY (`id_potongan`) REFERENCES `piutang_pegawai` (`id_piutang`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `rekap_alpha`
  ADD CONSTRAINT `rekap_alpha_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `rekap_cuti`
  ADD CONSTRAINT `rekap_cuti_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `rekap_kerja`
  ADD CONSTRAINT `rekap_kerja_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `rekap_sakit`
  ADD CONSTRAINT `rekap_sakit_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `rekap_terlambat`
  ADD CONSTRAINT `rekap_terlambat_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE `tunjangan_pegawai`
  ADD CONSTRAINT `tunjangan_pegawai_ibfk_1` FOREIGN KEY (`id_pegawai`) REFERENCES `karyawan` (`id_karyawan`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `tunjangan_pegawai_ibfk_2` FOREIGN KEY (`id_tunjangan`) REFERENCES `master_tunjangan` (`id_tunjangan`) ON DELETE NO ACTION ON UPDATE NO ACTION;
