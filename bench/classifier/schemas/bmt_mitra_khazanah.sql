CREATE TABLE `admin` (
  `id_admin` int(11) NOT NULL,
  `nama_admin` varchar(80) NOT NULL,
  `email` varchar(120) NOT NULL,
  `username` varchar(120) NOT NULL,
  `pass_admin` varchar(120) NOT NULL,
  `level_admin` enum('Administrator','Petugas','Kepala') NOT NULL,
  `alamat_admin` text NOT NULL,
  `no_hp` varchar(15) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `anggota` (
  `id_anggota` varchar(20) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `nama_panggilan` varchar(50) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `alamat` text NOT NULL,
  `telp_rumah` varchar(20) NOT NULL,
  `no_hp` varchar(20) NOT NULL,
  `pekerjaan` varchar(150) NOT NULL,
  `jenis_kelamin` enum('Perempuan','Laki-laki') NOT NULL,
  `status_kawin` enum('Belum Menikah','Menikah','Janda','Duda') NOT NULL,
  `email_anggota` varchar(120) NOT NULL,
  `username` varchar(120) NOT NULL,
  `pass_anggota` varchar(110) NOT NULL,
  `tgl_daftar` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gallery` (
  `id_gallery` int(11) NOT NULL,
  `foto_gallery` varchar(80) NOT NULL,
  `judul_gallery` varchar(100) NOT NULL,
  `caption_gallery` varchar(150) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jenis_produk` (
  `id_jenis_produk` int(11) NOT NULL,
  `jenis_produk` varchar(120) NOT NULL,
  `desk_jenis` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kas_bmt` (
  `id_kas_bmt` int(11) NOT NULL,
  `jenis_kas` enum('Masuk','Keluar') NOT NULL,
  `jumlah_masuk` decimal(20,3) NOT NULL,
  `jumlah_keluar` decimal(20,3) NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_transaksi` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konfigurasi_web` (
  `id_konfigurasi` int(11) NOT NULL,
  `link_fb` varchar(250) NOT NULL,
  `no_wa` varchar(15) NOT NULL,
  `link_ig` varchar(100) NOT NULL,
  `alamat` text NOT NULL,
  `deskripsi_singkat` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `nasabah` (
  `id_nasabah` varchar(20) NOT NULL,
  `nm_lengkap` varchar(100) NOT NULL,
  `nm_panggilan` varchar(50) NOT NULL,
  `nik_nasabah` varchar(20) NOT NULL,
  `almt` text NOT NULL,
  `tel_rumah` varchar(20) NOT NULL,
  `nohp` varchar(20) NOT NULL,
  `kerjaan` varchar(100) NOT NULL,
  `j_kelamin` enum('Perempuan','Laki-laki') NOT NULL,
  `sts_kawin` enum('Belum Menikah','Menikah','Janda','Duda') NOT NULL,
  `email_nasabah` varchar(120) NOT NULL,
  `username` varchar(120) NOT NULL,
  `pass_nasabah` varchar(110) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembiayaan_anggota` (
  `id_pembiayaan` varchar(20) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `jumlah_pembiayaan` decimal(10,3) NOT NULL,
  `tgl_pembiayaan` date NOT NULL,
  `jangka_waktu` int(11) NOT NULL,
  `bayar_perbulan` decimal(10,3) NOT NULL,
  `total_bayar` decimal(10,3) NOT NULL,
  `tgl_selesai` date NOT NULL,
  `status_pembiayaan` enum('Belum Lunas','Lunas') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembiayaan_nasabah` (
  `id_pembiayaan` varchar(20) NOT NULL,
  `id_nasabah` varchar(20) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `jumlah_pembiayaan` decimal(10,3) NOT NULL,
  `tgl_pembiayaan` date NOT NULL,
  `jangka_waktu` int(11) NOT NULL,
  `bayar_perbulan` decimal(10,3) NOT NULL,
  `total_bayar` decimal(10,3) NOT NULL,
  `tgl_selesai` date NOT NULL,
  `status_pembayaran` enum('Belum Lunas','Lunas') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengurus` (
  `id_pengurus` int(11) NOT NULL,
  `nama_pengurus` varchar(100) NOT NULL,
  `poto_pengurus` varchar(100) NOT NULL,
  `jabatan_pengurus` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `produk_bmt` (
  `id_produk` int(11) NOT NULL,
  `nama_produk` varchar(120) NOT NULL,
  `id_jenis_produk` int(11) NOT NULL,
  `desk_produk` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `profil` (
  `id_profil` int(11) NOT NULL,
  `sejarah` text NOT NULL,
  `visi_misi` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `simpanan_anggota` (
  `id_simpanan_anggota` int(11) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `jumlah` int(11) NOT NULL,
  `periode_bulan` varchar(15) NOT NULL,
  `periode_tahun` varchar(5) NOT NULL,
  `Tglsetor` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `simpanan_pokok` (
  `id_simpanan_pokok` int(11) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `jumlah_pokok` int(11) NOT NULL,
  `tglsetor` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `simpanan_utama` (
  `id_simpanan_utama` int(11) NOT NULL,
  `total_simpanan` decimal(10,3) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tabungan_anggota` (
  `id_tabungan` int(11) NOT NULL,
  `rek_tabungan` varchar(20) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `nominal` int(11) NOT NULL,
  `nominal_tarik` int(11) NOT NULL,
  `status` enum('Setor','Tarik') NOT NULL,
  `tgl_setor` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tabungan_nasabah` (
  `id_tabungan` int(11) NOT NULL,
  `rek_tabungan` varchar(20) NOT NULL,
  `id_nasabah` varchar(20) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `nominal` int(11) NOT NULL,
  `nominal_tarik` int(11) NOT NULL,
  `status` enum('Setor','Tarik') NOT NULL,
  `tgl_setor` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `total_tabungan_anggota` (
  `id_total_tabungan_anggota` int(11) NOT NULL,
  `rek_tabungan` varchar(20) NOT NULL,
  `total_simpanan` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `total_tabungan_nasabah` (
  `id_total_tabungan_nasabah` int(11) NOT NULL,
  `rek_tabungan` varchar(20) NOT NULL,
  `total` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tr_pembiayaan_anggota` (
  `id_tr_pembiayaan` int(11) NOT NULL,
  `id_pembiayaan` varchar(20) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `setor_bayar` decimal(10,3) NOT NULL,
  `keterangan_setor` text NOT NULL,
  `tgl_bayar` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tr_pembiayaan_nasabah` (
  `id_tr_pembiayaan` int(11) NOT NULL,
  `id_pembiayaan` varchar(20) NOT NULL,
  `id_anggota` varchar(20) NOT NULL,
  `setor_bayar` decimal(10,3) NOT NULL,
  `keterangan_setor` text NOT NULL,
  `tgl_bayar` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `admin`
  ADD PRIMARY KEY (`id_admin`);

ALTER TABLE `anggota`
  ADD PRIMARY KEY (`id_anggota`),
  ADD UNIQUE KEY `nik` (`nik`);

ALTER TABLE `gallery`
  ADD PRIMARY KEY (`id_gallery`);

ALTER TABLE `jenis_produk`
  ADD PRIMARY KEY (`id_jenis_produk`);

ALTER TABLE `kas_bmt`
  ADD PRIMARY KEY (`id_kas_bmt`);

ALTER TABLE `konfigurasi_web`
  ADD PRIMARY KEY (`id_konfigurasi`);

ALTER TABLE `nasabah`
  ADD PRIMARY KEY (`id_nasabah`);

ALTER TABLE `pembiayaan_anggota`
  ADD PRIMARY KEY (`id_pembiayaan`);

ALTER TABLE `pembiayaan_nasabah`
  ADD PRIMARY KEY (`id_pembiayaan`);

ALTER TABLE `pengurus`
  ADD PRIMARY KEY (`id_pengurus`);

ALTER TABLE `produk_bmt`
  ADD PRIMARY KEY (`id_produk`),
  ADD KEY `id_jenis_produk` (`id_jenis_produk`),
  ADD KEY `id_jenis_produk_2` (`id_jenis_produk`);

ALTER TABLE `profil`
  ADD PRIMARY KEY (`id_profil`);

ALTER TABLE `simpanan_anggota`
  ADD PRIMARY KEY (`id_simpanan_anggota`);

ALTER TABLE `simpanan_pokok`
  ADD PRIMARY KEY (`id_simpanan_pokok`);

ALTER TABLE `simpanan_utama`
  ADD PRIMARY KEY (`id_simpanan_utama`);

ALTER TABLE `tabungan_anggota`
  ADD PRIMARY KEY (`id_tabungan`),
  ADD KEY `id_anggota` (`id_anggota`),
  ADD KEY `id_produk` (`id_produk`);

ALTER TABLE `tabungan_nasabah`
  ADD PRIMARY KEY (`id_tabungan`),
  ADD KEY `id_produk` (`id_produk`),
  ADD KEY `id_nasabah` (`id_nasabah`);

ALTER TABLE `total_tabungan_anggota`
  ADD PRIMARY KEY (`id_total_tabungan_anggota`),
  ADD KEY `id_anggota` (`rek_tabungan`);

ALTER TABLE `total_tabungan_nasabah`
  ADD PRIMARY KEY (`id_total_tabungan_nasabah`),
  ADD KEY `id_nasabah` (`rek_tabungan`);

ALTER TABLE `tr_pembiayaan_anggota`
  ADD PRIMARY KEY (`id_tr_pembiayaan`);

ALTER TABLE `tr_pembiayaan_nasabah`
  ADD PRIMARY KEY (`id_tr_pembiayaan`);

ALTER TABLE `admin`
  MODIFY `id_admin` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

ALTER TABLE `gallery`
  MODIFY `id_gallery` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `jenis_produk`
  MODIFY `id_jenis_produk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `kas_bmt`
  MODIFY `id_kas_bmt` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=97;

ALTER TABLE `konfigurasi_web`
  MODIFY `id_konfigurasi` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `pengurus`
  MODIFY `id_pengurus` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

ALTER TABLE `produk_bmt`
  MODIFY `id_produk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

ALTER TABLE `profil`
  MODIFY `id_profil` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `simpanan_anggota`
  MODIFY `id_simpanan_anggota` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=24;

ALTER TABLE `simpanan_pokok`
  MODIFY `id_simpanan_pokok` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

ALTER TABLE `simpanan_utama`
  MODIFY `id_simpanan_utama` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `tabungan_anggota`
  MODIFY `id_tabungan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=32;

ALTER TABLE `tabungan_nasabah`
  MODIFY `id_tabungan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

ALTER TABLE `total_tabungan_anggota`
  MODIFY `id_total_tabungan_anggota` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

ALTER TABLE `total_tabungan_nasabah`
  MODIFY `id_total_tabungan_nasabah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `tr_pembiayaan_anggota`
  MODIFY `id_tr_pembiayaan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=39;

ALTER TABLE `tr_pembiayaan_nasabah`
  MODIFY `id_tr_pembiayaan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

ALTER TABLE `produk_bmt`
  ADD CONSTRAINT `produk_bmt_ibfk_1` FOREIGN KEY (`id_jenis_produk`) REFERENCES `jenis_produk` (`id_jenis_produk`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `tabungan_anggota`
  ADD CONSTRAINT `tabungan_anggota_ibfk_1` FOREIGN KEY (`id_anggota`) REFERENCES `anggota` (`id_anggota`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tabungan_anggota_ibfk_2` FOREIGN KEY (`id_produk`) REFERENCES `produk_bmt` (`id_produk`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `tabungan_nasabah`
  ADD CONSTRAINT `tabungan_nasabah_ibfk_2` FOREIGN KEY (`id_produk`) REFERENCES `produk_bmt` (`id_produk`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tabungan_nasabah_ibfk_3` FOREIGN KEY (`id_nasabah`) REFERENCES `nasabah` (`id_nasabah`) ON DELETE CASCADE ON UPDATE CASCADE;
