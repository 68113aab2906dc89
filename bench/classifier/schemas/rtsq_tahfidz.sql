-- origin: DWP-Software/ashhabulquran rtsq.sql (phpMyAdmin dump, database `rtsq`, a rumah tahfidz (Quran memorisation school); schema part, data rows left out)

CREATE TABLE IF NOT EXISTS `absenpengajar` (
  `id_absen` int(11) NOT NULL AUTO_INCREMENT,
  `id_pengajar` int(11) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `keterangan` enum('hadir','alfa','sakit','izin') NOT NULL,
  `foto` varchar(255) NOT NULL,
  PRIMARY KEY (`id_absen`),
  KEY `absen` (`id_pengajar`),
  KEY `kelas` (`id_kelas`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `absensantri` (
  `id_absen` int(11) NOT NULL AUTO_INCREMENT,
  `id_santri` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `keterangan` enum('hadir','alfa','sakit','izin') NOT NULL,
  PRIMARY KEY (`id_absen`),
  KEY `absens` (`id_santri`)
) ENGINE=InnoDB AUTO_INCREMENT=256 DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `galeri` (
  `id_galeri` int(11) NOT NULL AUTO_INCREMENT,
  `nama_kegiatan` text NOT NULL,
  `tgl` date NOT NULL,
  `foto` varchar(100) NOT NULL,
  PRIMARY KEY (`id_galeri`)
) ENGINE=MyISAM AUTO_INCREMENT=8 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `hafalan` (
  `id_hafalan` int(11) NOT NULL AUTO_INCREMENT,
  `id_santri` int(11) NOT NULL,
  `tgl_setor` date NOT NULL,
  `id_surah` int(11) NOT NULL,
  `awal_hafalan` int(11) NOT NULL,
  `akhir_hafalan` int(11) NOT NULL,
  `keterangan` text,
  `status` enum('Selesai','Belum Selesai') NOT NULL DEFAULT 'Belum Selesai',
  `dibuat` varchar(10) NOT NULL,
  PRIMARY KEY (`id_hafalan`),
  KEY `santrihaf` (`id_santri`),
  KEY `surahhaf` (`id_surah`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kelas` (
  `id_kelas` int(11) NOT NULL AUTO_INCREMENT,
  `nama_kelas` varchar(100) NOT NULL,
  `id_pengajar` int(11) NOT NULL,
  `keterangan_kelas` text NOT NULL,
  PRIMARY KEY (`id_kelas`),
  KEY `pengajar_kelas` (`id_pengajar`)
) ENGINE=InnoDB AUTO_INCREMENT=30 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kelassantri` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas` int(11) NOT NULL,
  `id_santri` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idkelas` (`id_kelas`),
  KEY `idsantri` (`id_santri`)
) ENGINE=InnoDB AUTO_INCREMENT=99 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `pengajar` (
  `id_pengajar` int(11) NOT NULL AUTO_INCREMENT,
  `no_pengajar` varchar(20) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `jk` varchar(12) NOT NULL,
  `pendidikan_terakhir` varchar(100) DEFAULT NULL,
  `alamat` text,
  `jml_hafalan` varchar(10) DEFAULT NULL,
  `thn_masuk` varchar(4) DEFAULT NULL,
  `nohp` varchar(13) DEFAULT NULL,
  `foto` varchar(100) DEFAULT NULL,
  `keterangan` varchar(15) NOT NULL,
  `status` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id_pengajar`)
) ENGINE=InnoDB AUTO_INCREMENT=36 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `rumahtahfidz` (
  `id_rumahtahfidz` int(11) NOT NULL,
  `namart` varchar(100) NOT NULL,
  `pemilik` varchar(100) NOT NULL,
  `alamat` text NOT NULL,
  `email` varchar(100) NOT NULL,
  `telp1` varchar(15) NOT NULL,
  `telp2` varchar(15) NOT NULL,
  `maps` text NOT NULL,
  `foto` varchar(100) NOT NULL,
  PRIMARY KEY (`id_rumahtahfidz`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `santri` (
  `id_santri` int(11) NOT NULL AUTO_INCREMENT,
  `no_santri` varchar(20) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `jk` varchar(15) NOT NULL,
  `pendidikan` varchar(100) DEFAULT NULL,
  `alamat` text,
  `nohp` varchar(15) DEFAULT NULL,
  `jml_hafalan` int(11) DEFAULT NULL,
  `tgl_masuk` date DEFAULT NULL,
  `nama_ayah` varchar(100) DEFAULT NULL,
  `pekerjaan_ayah` varchar(100) DEFAULT NULL,
  `nama_ibu` varchar(100) DEFAULT NULL,
  `pekerjaan_ibu` varchar(100) DEFAULT NULL,
  `nohp_ortu` varchar(15) DEFAULT NULL,
  `foto` varchar(100) DEFAULT 'default.jpg',
  PRIMARY KEY (`id_santri`)
) ENGINE=InnoDB AUTO_INCREMENT=105 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `surah` (
  `id_surah` int(11) NOT NULL AUTO_INCREMENT,
  `nama_surah` varchar(100) NOT NULL,
  `juz` varchar(3) NOT NULL,
  `jumlah_ayat` int(11) NOT NULL,
  `awal` int(11) NOT NULL,
  `akhir` int(11) NOT NULL,
  PRIMARY KEY (`id_surah`)
) ENGINE=InnoDB AUTO_INCREMENT=136 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `user` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `id_data` int(11) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `telp` varchar(20) DEFAULT NULL,
  `role` enum('Admin','Pengajar','Santri','Pemilik') NOT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB AUTO_INCREMENT=124 DEFAULT CHARSET=latin1;

ALTER TABLE `absenpengajar`
  ADD CONSTRAINT `absen` FOREIGN KEY (`id_pengajar`) REFERENCES `pengajar` (`id_pengajar`),
  ADD CONSTRAINT `kelas` FOREIGN KEY (`id_kelas`) REFERENCES `kelas` (`id_kelas`);

ALTER TABLE `hafalan`
  ADD CONSTRAINT `santrihaf` FOREIGN KEY (`id_santri`) REFERENCES `santri` (`id_santri`),
  ADD CONSTRAINT `surahhaf` FOREIGN KEY (`id_surah`) REFERENCES `surah` (`id_surah`);

ALTER TABLE `kelas`
  ADD CONSTRAINT `pengajar_kelas` FOREIGN KEY (`id_pengajar`) REFERENCES `pengajar` (`id_pengajar`);

ALTER TABLE `kelassantri`
  ADD CONSTRAINT `idkelas` FOREIGN KEY (`id_kelas`) REFERENCES `kelas` (`id_kelas`),
  ADD CONSTRAINT `idsantri` FOREIGN KEY (`id_santri`) REFERENCES `santri` (`id_santri`);

