CREATE TABLE IF NOT EXISTS `absensi_guru` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `guru_nip` varchar(111) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `keterangan` varchar(111) NOT NULL,
  `tanggal` varchar(111) NOT NULL,
  `bulan` varchar(111) NOT NULL,
  `selesai` varchar(111) NOT NULL,
  `waktu` varchar(111) NOT NULL,
  `terlambat` varchar(111) NOT NULL,
  `in_out` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=44 ;

CREATE TABLE IF NOT EXISTS `absensi_karyawan` (
  `id` int(50) NOT NULL AUTO_INCREMENT,
  `karyawan_nup` int(50) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `keterangan` varchar(100) NOT NULL,
  `tanggal` varchar(100) NOT NULL,
  `bulan` varchar(100) NOT NULL,
  `selesai` varchar(100) NOT NULL,
  `waktu` varchar(100) NOT NULL,
  `terlambat` varchar(100) NOT NULL,
  `in_out` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=33 ;

CREATE TABLE IF NOT EXISTS `absensi_siswa` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `no_siswa` int(111) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `keterangan` text NOT NULL,
  `tanggal` varchar(222) NOT NULL,
  `bulan` varchar(222) NOT NULL,
  `tahun` varchar(111) DEFAULT NULL,
  `kd_kelas` int(222) NOT NULL,
  `selesai` varchar(222) DEFAULT NULL,
  `waktu` varchar(222) NOT NULL,
  `terlambat` varchar(222) NOT NULL,
  `in_out` varchar(50) NOT NULL,
  `tahun_ajaran` varchar(111) NOT NULL,
  `semester` varchar(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=93 ;

CREATE TABLE IF NOT EXISTS `admin` (
  `id` int(11) NOT NULL,
  `user` varchar(111) NOT NULL,
  `pass` varchar(111) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user` (`user`),
  UNIQUE KEY `pass` (`pass`),
  UNIQUE KEY `pass_2` (`pass`),
  UNIQUE KEY `pass_3` (`pass`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `fp` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `ip` varchar(111) NOT NULL,
  `key` int(111) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=6 ;

CREATE TABLE IF NOT EXISTS `guru` (
  `No` int(50) NOT NULL AUTO_INCREMENT,
  `nip` bigint(50) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `pasword` varchar(50) NOT NULL,
  `id_pel` int(244) DEFAULT NULL,
  `foto` varchar(200) NOT NULL,
  PRIMARY KEY (`No`),
  UNIQUE KEY `nip` (`nip`),
  UNIQUE KEY `pelajaran` (`id_pel`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=20 ;

CREATE TABLE IF NOT EXISTS `hari_libur` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `tanggal_mulai` varchar(111) NOT NULL,
  `tanggal_akhir` varchar(111) NOT NULL,
  `keterangan` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

CREATE TABLE IF NOT EXISTS `jurusan` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `nama` varchar(111) NOT NULL,
  `keterangan` varchar(222) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nama` (`nama`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=20 ;

CREATE TABLE IF NOT EXISTS `karyawan` (
  `id` int(222) NOT NULL AUTO_INCREMENT,
  `nup` bigint(222) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `nama` varchar(222) NOT NULL,
  `tempat_lahir` varchar(222) NOT NULL,
  `tanggal_lahir` varchar(222) NOT NULL,
  `alamat` text NOT NULL,
  `agama` varchar(222) NOT NULL,
  `foto` varchar(222) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nup` (`nup`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=10 ;

CREATE TABLE IF NOT EXISTS `kelas` (
  `id` int(222) NOT NULL AUTO_INCREMENT,
  `Nama_Kelas` varchar(222) NOT NULL,
  `id_jurusan` varchar(111) NOT NULL,
  `id_guru` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=51 ;

CREATE TABLE IF NOT EXISTS `mp_kabkot` (
  `id_prov` int(2) NOT NULL,
  `id_kabkot` int(4) NOT NULL,
  `nama_kabkot` char(40) NOT NULL,
  PRIMARY KEY (`id_kabkot`),
  KEY `id_prov` (`id_prov`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `pel` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `buku` varchar(255) NOT NULL,
  `id_guru` int(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `pengumuman` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `isi` text NOT NULL,
  `tanggal_mulai` varchar(111) NOT NULL,
  `tanggal_akhir` varchar(111) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `semester` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nama_semester` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `siswa` (
  `id` int(50) NOT NULL AUTO_INCREMENT,
  `nis` bigint(111) NOT NULL,
  `id_finger` int(5) NOT NULL,
  `Nama_siswa` varchar(50) NOT NULL,
  `nama_panggilan` varchar(111) NOT NULL,
  `kelamin` varchar(1) NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tgl_lahir` varchar(100) NOT NULL,
  `agama` varchar(22) NOT NULL,
  `alamat` text NOT NULL,
  `password` varchar(100) NOT NULL,
  `id_kelas` int(50) NOT NULL,
  `absen` int(111) NOT NULL,
  `foto` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nis` (`nis`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=74 ;

CREATE TABLE IF NOT EXISTS `tahun_ajaran` (
  `id` int(50) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=31 ;

CREATE TABLE IF NOT EXISTS `title` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `label` text NOT NULL,
  `logo` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

CREATE TABLE IF NOT EXISTS `top_telat` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `value` varchar(111) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `waktu_telat` (
  `id` int(111) NOT NULL AUTO_INCREMENT,
  `waktu` varchar(111) NOT NULL,
  `jam` varchar(111) NOT NULL,
  `menit` varchar(111) NOT NULL,
  `detik` varchar(111) NOT NULL,
  `waktu_pulang` varchar(111) NOT NULL,
  `jam_pulang` varchar(111) NOT NULL,
  `menit_pulang` varchar(111) NOT NULL,
  `detik_pulang` varchar(111) NOT NULL,
  `masuk` varchar(111) NOT NULL,
  `hari` varchar(111) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=9 ;
