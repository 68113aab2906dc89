-- origin: febi007/mesjid_new database/db_masjid.sql at 42023f45b9c34d81dec71c6304a5c2e02474a0e0 (phpMyAdmin dump of database `db_masjid`, mosque management: congregation, board, zakat, cash book, assets, schedules; schema part: all 15 tables with their keys; INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE IF NOT EXISTS `assets` (
  `id_assets` int(11) NOT NULL,
  `id_kel_assets` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `nama_assets` varchar(255) NOT NULL,
  `tgl_beli_assets` date NOT NULL,
  `qty_assets` varchar(64) NOT NULL,
  `harga_assets` varchar(64) NOT NULL,
  `total_assets` varchar(64) NOT NULL,
  `umur_assets` date NOT NULL,
  `supplier` varchar(64) NOT NULL,
  `foto_assets` varchar(255) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=45 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `formulir_pemesanan` (
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `kd_pemesan` varchar(15) DEFAULT NULL,
  `nama_pemesan` varchar(255) NOT NULL,
  `alamat_pemesan` text NOT NULL,
  `jumlah_uang` varchar(32) NOT NULL,
  `jumlah_infaq` varchar(32) NOT NULL,
  `catatan_khusus` text,
  `tgl_pemesanan` date NOT NULL,
  `id_formulir_pemesanan` int(11) NOT NULL,
  `no_pemesanan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `jadwal` (
  `id_jadwal` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_kegiatan` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `kd_jadwal` varchar(15) DEFAULT NULL,
  `uang_transport` varchar(20) NOT NULL,
  `nama_imam` varchar(32) NOT NULL,
  `waktu` date NOT NULL,
  `tgl_insert` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=51 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `jamaah` (
  `id_jamaah` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `no_jamaah` varchar(11) NOT NULL,
  `status_jamaah` varchar(32) NOT NULL,
  `nama_jamaah` varchar(64) NOT NULL,
  `alamat_jamaah` text NOT NULL,
  `pendidikan_jamaah` varchar(32) NOT NULL,
  `tgl_lahir_jamaah` date NOT NULL,
  `jenis_kelamin_jamaah` varchar(20) NOT NULL,
  `pekerjaan_jamaah` varchar(20) NOT NULL,
  `no_telepon_jamaah` varchar(20) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=175 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kas` (
  `id_kas` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `kd_kas` varchar(20) NOT NULL,
  `jenis_kas` varchar(64) NOT NULL,
  `kas_in` varchar(32) NOT NULL,
  `kas_out` varchar(32) NOT NULL,
  `keterangan` text NOT NULL,
  `tanggal` date NOT NULL,
  `saldo` varchar(32) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=79 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kegiatan` (
  `id_kegiatan` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `nama_kegiatan` varchar(64) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kel_assets` (
  `id_kel_assets` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `nama_kel_assets` varchar(255) NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_kel_assets` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log` (
  `id_log` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `aksi` text NOT NULL,
  `keterangan` text NOT NULL,
  `data` text NOT NULL,
  `tanggal` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `masjid` (
  `id_masjid` int(11) NOT NULL,
  `no_masjid` varchar(20) NOT NULL,
  `nama_masjid` varchar(255) NOT NULL,
  `alamat_masjid` text NOT NULL,
  `thn_berdiri` datetime NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `pengurus` (
  `id_pengurus` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `nama_pengurus` varchar(64) NOT NULL,
  `jk_pengurus` varchar(20) NOT NULL,
  `tgl_lahir_pengurus` date NOT NULL,
  `pendidikan_pengurus` varchar(32) NOT NULL,
  `no_hp_pengurus` varchar(20) NOT NULL,
  `photo_pengurus` varchar(255) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=54 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `project` (
  `id_project` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `kd_project` varchar(15) DEFAULT NULL,
  `nama_project` varchar(255) NOT NULL,
  `keterangan_project` text NOT NULL,
  `tgl_mulai` date NOT NULL,
  `tgl_akhir` date NOT NULL,
  `status_project` varchar(32) NOT NULL,
  `kas` varchar(32) NOT NULL,
  `donatur` varchar(32) NOT NULL,
  `sumbangan` varchar(32) NOT NULL,
  `biaya_anggaran` varchar(32) NOT NULL,
  `total_realisasi` varchar(32) NOT NULL,
  `total_sumber_dana` varchar(32) NOT NULL,
  `total_biaya_project` varchar(32) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `tgl_insert` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=22 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `undangan` (
  `id_undangan` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `no_hp` varchar(20) NOT NULL,
  `pesan` text NOT NULL,
  `tanggal` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `user_akun` (
  `id_user_akun` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `username` varchar(64) NOT NULL,
  `password` varchar(64) NOT NULL,
  `hak_akses` varchar(32) NOT NULL,
  `akses` text NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=50 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `user_lvl` (
  `id_level` int(11) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `level` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `zakat` (
  `id_zakat` int(11) NOT NULL,
  `id_masjid` int(11) NOT NULL,
  `id_pengurus` int(11) NOT NULL,
  `kd_zakat` varchar(20) NOT NULL,
  `jenis_zakat` varchar(20) NOT NULL,
  `nama` varchar(35) NOT NULL,
  `alamat` text NOT NULL,
  `jumlah_jiwa` varchar(20) NOT NULL,
  `bentuk_zakat` varchar(20) NOT NULL,
  `shodaqoh` varchar(20) NOT NULL,
  `total_zakat` varchar(20) NOT NULL,
  `tgl_bayar` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB AUTO_INCREMENT=74 DEFAULT CHARSET=latin1;

ALTER TABLE `assets`
  ADD PRIMARY KEY (`id_assets`);

ALTER TABLE `formulir_pemesanan`
  ADD PRIMARY KEY (`id_formulir_pemesanan`);

ALTER TABLE `jadwal`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `jamaah`
  ADD PRIMARY KEY (`id_jamaah`);

ALTER TABLE `kas`
  ADD PRIMARY KEY (`id_kas`);

ALTER TABLE `kegiatan`
  ADD PRIMARY KEY (`id_kegiatan`);

ALTER TABLE `kel_assets`
  ADD PRIMARY KEY (`id_kel_assets`);

ALTER TABLE `log`
  ADD PRIMARY KEY (`id_log`);

ALTER TABLE `masjid`
  ADD PRIMARY KEY (`id_masjid`);

ALTER TABLE `pengurus`
  ADD PRIMARY KEY (`id_pengurus`);

ALTER TABLE `project`
  ADD PRIMARY KEY (`id_project`);

ALTER TABLE `undangan`
  ADD PRIMARY KEY (`id_undangan`);

ALTER TABLE `user_akun`
  ADD PRIMARY KEY (`id_user_akun`);

ALTER TABLE `user_lvl`
  ADD PRIMARY KEY (`id_level`);

ALTER TABLE `zakat`
  ADD PRIMARY KEY (`id_zakat`);
