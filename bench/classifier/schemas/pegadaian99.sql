-- origin: haidi20/pegadaian99 pegadaian99.sql at 91dce63d4ef55a09d946532ab160f1d29fd3867a (HeidiSQL dump of database `citra99`, a pawnshop (gadai) chain: customers, pawn contracts (akad), storage fees (bea titip), extensions, auctions, branches, investors and their capital, branch cash books and debts, staff logins; schema part: the 30 CREATE TABLE statements; data rows and SET lines left out)

CREATE TABLE IF NOT EXISTS `administrasi` (
  `id_adm` int(11) NOT NULL AUTO_INCREMENT,
  `no_id` varchar(100) DEFAULT NULL,
  `tanggal_transaksi` date NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_adm`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `admin_cabang` (
  `id_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `total_kas` varchar(100) NOT NULL,
  PRIMARY KEY (`id_kas`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `akad` (
  `id_akad` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `no_id` varchar(100) NOT NULL,
  `key_nasabah` varchar(100) NOT NULL,
  `nama_barang` varchar(255) NOT NULL,
  `jenis_barang` enum('Elektronik','Kendaraan') NOT NULL,
  `kelengkapan` text NOT NULL,
  `kekurangan` text NOT NULL,
  `jangka_waktu_akad` enum('30','60') NOT NULL,
  `tanggal_akad` date NOT NULL,
  `tanggal_jatuh_tempo` date NOT NULL,
  `nilai_tafsir` varchar(100) NOT NULL,
  `nilai_pencairan` varchar(100) NOT NULL,
  `bt_7_hari` varchar(100) NOT NULL,
  `biaya_admin` varchar(100) NOT NULL,
  `terbilang` text NOT NULL,
  `status` enum('Lunas','Belum Lunas','Lelang','Perpanjang') NOT NULL,
  PRIMARY KEY (`id_akad`)
) ENGINE=InnoDB AUTO_INCREMENT=1964 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `atk` (
  `id_atk` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `tanggal_atk` date NOT NULL,
  `jumlah_atk` varchar(100) NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_atk`)
) ENGINE=InnoDB AUTO_INCREMENT=417 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `bea_titip` (
  `id_bt` int(11) NOT NULL AUTO_INCREMENT,
  `no_id` varchar(100) NOT NULL,
  `uniq_key` varchar(100) NOT NULL,
  `pembayaran` varchar(100) NOT NULL,
  `tanggal_pembayaran` date NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_bt`)
) ENGINE=InnoDB AUTO_INCREMENT=3290 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `bku` (
  `id_bku` int(11) NOT NULL AUTO_INCREMENT,
  `jenis` enum('umum','kas') NOT NULL,
  `tanggal` date NOT NULL,
  `uraian` text NOT NULL,
  `debit` varchar(100) NOT NULL,
  `kredit` varchar(100) NOT NULL,
  `saldo` varchar(100) NOT NULL,
  `id_cabang` varchar(100) NOT NULL,
  PRIMARY KEY (`id_bku`)
) ENGINE=InnoDB AUTO_INCREMENT=15385 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `cabang` (
  `id_cabang` varchar(100) NOT NULL,
  `no_cabang` varchar(100) NOT NULL,
  `investor` varchar(100) NOT NULL,
  `nama_cabang` text NOT NULL,
  `telp_cabang` varchar(100) NOT NULL,
  `alamat_cabang` text NOT NULL,
  PRIMARY KEY (`id_cabang`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `hutang` (
  `id_hutang` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `tanggal_hutang` date NOT NULL,
  `jumlah_hutang` varchar(100) NOT NULL,
  `keterangan_hutang` text NOT NULL,
  `status_hutang` enum('Lunas','Belum Lunas') NOT NULL,
  PRIMARY KEY (`id_hutang`)
) ENGINE=InnoDB AUTO_INCREMENT=138 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `hutang_cabang` (
  `id_hutang_cabang` int(11) NOT NULL AUTO_INCREMENT,
  `id_hutang` varchar(100) NOT NULL,
  `id_piutang` varchar(100) NOT NULL,
  `tanggal_transaksi` date NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `uraian_hutang` text NOT NULL,
  `uraian_piutang` text NOT NULL,
  `keterangan` text NOT NULL,
  `status` enum('Lunas','Belum Lunas') NOT NULL DEFAULT 'Belum Lunas',
  PRIMARY KEY (`id_hutang_cabang`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `hutang_kas` (
  `id_hutang_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `jumlah` int(11) NOT NULL,
  `uraian` text NOT NULL,
  `tanggal_hutang` date NOT NULL,
  `status_hutang` enum('Lunas','Belum Lunas') NOT NULL DEFAULT 'Belum Lunas',
  PRIMARY KEY (`id_hutang_kas`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `investor` (
  `id_investor` int(11) NOT NULL AUTO_INCREMENT,
  `kode_investor` varchar(100) NOT NULL,
  `nama_investor` varchar(100) NOT NULL,
  `no_investor` varchar(100) NOT NULL,
  `alamat_investor` text NOT NULL,
  PRIMARY KEY (`id_investor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `kas_cabang` (
  `id_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `total_kas` varchar(100) NOT NULL,
  PRIMARY KEY (`id_kas`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `login` (
  `id_login` int(11) NOT NULL AUTO_INCREMENT,
  `username_login` varchar(100) NOT NULL,
  `sesi_login` varchar(100) NOT NULL,
  `waktu_login` datetime NOT NULL,
  `waktu_logout` datetime NOT NULL,
  `ip_addr` varchar(100) NOT NULL,
  `status` enum('IN','OUT') NOT NULL,
  PRIMARY KEY (`id_login`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_akad` (
  `id_log_akad` int(11) NOT NULL AUTO_INCREMENT,
  `no_id` varchar(100) NOT NULL,
  `tanggal_log` date NOT NULL,
  `status` enum('Belum Lunas','Lunas','Lelang','Perpanjang') NOT NULL DEFAULT 'Belum Lunas',
  PRIMARY KEY (`id_log_akad`)
) ENGINE=InnoDB AUTO_INCREMENT=1964 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_hutang` (
  `id_log_hutang` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal_log_hutang` date NOT NULL,
  `jumlah_log_hutang` varchar(100) NOT NULL,
  `keterangan_log_hutang` text NOT NULL,
  `hutang` varchar(100) NOT NULL,
  `pelunasan` varchar(100) NOT NULL,
  PRIMARY KEY (`id_log_hutang`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_hutang_kas` (
  `id_log_hutang_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `uraian` text NOT NULL,
  `tanggal_transaksi` date NOT NULL,
  PRIMARY KEY (`id_log_hutang_kas`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_kas_cabang` (
  `id_log_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `jenis` enum('debit','kredit') NOT NULL,
  `keterangan` text NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `tanggal_log_kas` date NOT NULL,
  PRIMARY KEY (`id_log_kas`)
) ENGINE=InnoDB AUTO_INCREMENT=2570 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_lelang` (
  `id_log_lelang` int(11) NOT NULL AUTO_INCREMENT,
  `no_id` varchar(100) NOT NULL,
  `tunggakan` varchar(100) NOT NULL,
  `nilai_lelang` varchar(100) NOT NULL,
  `admin_lelang` varchar(100) NOT NULL,
  `pengembalian` varchar(100) NOT NULL,
  `tanggal` date NOT NULL,
  `status` enum('Lelang','Refund') NOT NULL DEFAULT 'Lelang',
  PRIMARY KEY (`id_log_lelang`)
) ENGINE=InnoDB AUTO_INCREMENT=171 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_modal_investor` (
  `id_log_modal_investor` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal_transaksi` date NOT NULL,
  `jumlah_transaksi` varchar(100) NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_log_modal_investor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `log_saldo_cabang` (
  `id_log_kas` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `jenis` enum('debit','kredit') NOT NULL,
  `keterangan` text NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `tanggal_log_saldo` date NOT NULL,
  PRIMARY KEY (`id_log_kas`)
) ENGINE=InnoDB AUTO_INCREMENT=12731 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `modal_investor` (
  `id_modal` int(11) NOT NULL AUTO_INCREMENT,
  `id_investor` int(11) NOT NULL,
  `id_cabang` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `keterangan` text NOT NULL,
  `jumlah_modal` varchar(100) NOT NULL,
  PRIMARY KEY (`id_modal`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `nasabah` (
  `id_nasabah` int(11) NOT NULL AUTO_INCREMENT,
  `key_nasabah` varchar(100) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `jenis_kelamin` enum('Pria','Wanita') NOT NULL,
  `kota` varchar(100) NOT NULL,
  `no_telp` varchar(100) NOT NULL,
  `jenis_id` enum('KTP','SIM','KK') NOT NULL,
  `no_identitas` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `tanggal_daftar` date NOT NULL,
  `alamat` text NOT NULL,
  PRIMARY KEY (`id_nasabah`)
) ENGINE=InnoDB AUTO_INCREMENT=961 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `notif` (
  `id_notif` int(11) NOT NULL AUTO_INCREMENT,
  `uniq_key` varchar(100) NOT NULL,
  `no_id` varchar(100) NOT NULL,
  `pesan` text NOT NULL,
  `status` enum('Belum Dibaca','Sudah Dibaca') NOT NULL DEFAULT 'Belum Dibaca',
  `tanggal_notif` date NOT NULL,
  PRIMARY KEY (`id_notif`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `penambahan_modal` (
  `id_penambahan_modal` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `tanggal` date NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_penambahan_modal`)
) ENGINE=InnoDB AUTO_INCREMENT=134 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `peralihan_modal` (
  `id_peralihan` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang_sumber` varchar(100) NOT NULL,
  `id_cabang_tujuan` varchar(100) NOT NULL,
  `tanggal_peralihan` date NOT NULL,
  `jumlah_peralihan` varchar(100) NOT NULL,
  PRIMARY KEY (`id_peralihan`)
) ENGINE=InnoDB AUTO_INCREMENT=31 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `perpanjangan_akad` (
  `id_perpanjangan` int(11) NOT NULL AUTO_INCREMENT,
  `no_id` varchar(100) NOT NULL,
  `jangka_waktu_perpanjangan` varchar(10) NOT NULL,
  `tanggal_perpanjangan` date NOT NULL,
  `tanggal_jatuh_tempo_perpanjangan` date NOT NULL,
  PRIMARY KEY (`id_perpanjangan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `refund` (
  `id_refund` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `tanggal` date NOT NULL,
  `jumlah` varchar(100) NOT NULL,
  `uraian` text NOT NULL,
  PRIMARY KEY (`id_refund`)
) ENGINE=MyISAM AUTO_INCREMENT=10 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `saldo_cabang` (
  `id_saldo_cabang` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `total_saldo` varchar(100) NOT NULL,
  PRIMARY KEY (`id_saldo_cabang`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `user` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `level` enum('admin','moderator','investor') NOT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB AUTO_INCREMENT=51 DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `user_cabang` (
  `id_user_cabang` int(11) NOT NULL AUTO_INCREMENT,
  `id_cabang` varchar(100) NOT NULL,
  `username` varchar(100) NOT NULL,
  PRIMARY KEY (`id_user_cabang`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=latin1;
