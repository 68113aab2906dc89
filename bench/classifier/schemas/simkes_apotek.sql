-- origin: adhanchaniago/master-apotek database/apotek.sql at 57c3a1acfff6d0be1f32605ac99fed8af7269ed5 (Sequel Pro dump of `simkes_apotek`, a pharmacy (apotek) system: drug catalogue and batches, stock in/out and stock-takes, purchases and orders from wholesalers (PBF), over-the-counter and prescription sales to named patients, compounded-drug recipes, staff users, sessions; schema part: the 28 CREATE TABLE statements; the INSERT rows, DROP TABLE, LOCK/UNLOCK TABLES and DISABLE/ENABLE KEYS lines left out)

# ************************************************************
# Sequel Pro SQL dump
# Version 4541
#
# http://www.sequelpro.com/
# https://github.com/sequelpro/sequelpro
#
# Host: 127.0.0.1 (MySQL 5.5.5-10.1.31-MariaDB)
# Database: simkes_apotek
# Generation Time: 2018-05-06 17:54:18 +0000
# ************************************************************


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;


# Dump of table ak_data_barang
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang` (
  `id_barang` char(20) NOT NULL COMMENT 'BRG0000001',
  `id_jenis` char(20) NOT NULL,
  `nm_barang` char(45) NOT NULL,
  `id_pabrik` char(50) NOT NULL,
  `id_kemasan` char(20) NOT NULL,
  `id_satuan` char(20) NOT NULL,
  `isi_satuan` int(11) NOT NULL,
  `golongan_obat` enum('Generik','Non Generik') NOT NULL,
  `harga_dasar` decimal(8,2) NOT NULL DEFAULT '0.00',
  `margin` decimal(8,2) DEFAULT '0.00',
  `dosis` text,
  `komposisi` text,
  `indikasi` text,
  `efek_samping` text,
  `konsinyasi` tinyint(1) NOT NULL DEFAULT '0',
  `formularium` tinyint(1) NOT NULL DEFAULT '0',
  `stok_maksimum` int(11) NOT NULL DEFAULT '0',
  `stok_minimum` int(11) NOT NULL DEFAULT '0',
  `stok` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_barang`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_barang_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang_detail` (
  `id_detail_barang` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_pembelian` char(50) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `batch` char(25) DEFAULT NULL,
  `kadaluarsa` date DEFAULT NULL,
  `stok_tersedia` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_detail_barang`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_barang_stok_keluar
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang_stok_keluar` (
  `id_stok_barang_keluar` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_barang` bigint(20) NOT NULL,
  `id_penjualan` char(20) DEFAULT NULL,
  `id_opname` char(50) DEFAULT NULL,
  `tanggal_keluar` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `stok_keluar` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_stok_barang_keluar`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_barang_stok_masuk
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang_stok_masuk` (
  `id_stok_barang_masuk` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_barang` bigint(20) NOT NULL,
  `id_pembelian` char(20) DEFAULT NULL,
  `tanggal_masuk` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `stok_masuk` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_stok_barang_masuk`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_barang_stok_opname
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang_stok_opname` (
  `id_opname` char(50) NOT NULL DEFAULT '',
  `id_barang` bigint(20) NOT NULL,
  `tanggal_opname` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `stok_fisik` int(11) NOT NULL DEFAULT '0',
  `penyesuaian` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_opname`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_barang_stok_tersedia
# ------------------------------------------------------------


CREATE TABLE `ak_data_barang_stok_tersedia` (
  `id_stok_tersedia` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_pembelian` char(50) DEFAULT NULL,
  `id_penjualan` char(50) DEFAULT NULL,
  `id_opname` char(50) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `stok_tersedia` int(11) NOT NULL DEFAULT '0',
  `updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `fixed` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id_stok_tersedia`),
  KEY `id_barang` (`id_barang`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_instansi
# ------------------------------------------------------------


CREATE TABLE `ak_data_instansi` (
  `id_instansi` int(11) NOT NULL,
  `nm_instansi` char(45) NOT NULL,
  `alamat_instansi` text NOT NULL,
  `kontak_instansi` char(20) NOT NULL,
  `tuslah_racik` decimal(8,2) NOT NULL,
  `emblase_racik` decimal(8,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_jenis_obat
# ------------------------------------------------------------


CREATE TABLE `ak_data_jenis_obat` (
  `id_jenis` char(20) NOT NULL COMMENT 'JEN00001',
  `nm_jenis` char(45) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_jenis`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_kemasan
# ------------------------------------------------------------


CREATE TABLE `ak_data_kemasan` (
  `id_kemasan` char(20) NOT NULL COMMENT 'KEM00001',
  `nm_kemasan` char(45) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_kemasan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_level
# ------------------------------------------------------------


CREATE TABLE `ak_data_level` (
  `id_level` int(11) NOT NULL,
  `nm_level` char(45) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_level`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_log
# ------------------------------------------------------------


CREATE TABLE `ak_data_log` (
  `id` varchar(128) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `timestamp` int(10) unsigned NOT NULL DEFAULT '0',
  `data` longblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_margin
# ------------------------------------------------------------


CREATE TABLE `ak_data_margin` (
  `id_margin` char(20) NOT NULL COMMENT 'MAR00001',
  `nm_margin` char(45) NOT NULL,
  `persentase_margin` int(11) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_margin`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_pabrik
# ------------------------------------------------------------


CREATE TABLE `ak_data_pabrik` (
  `id_pabrik` char(20) NOT NULL COMMENT 'PAB0001',
  `nm_pabrik` char(45) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pabrik`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_pbf
# ------------------------------------------------------------


CREATE TABLE `ak_data_pbf` (
  `id_pbf` char(20) NOT NULL COMMENT 'PBF00001',
  `nm_pbf` char(45) NOT NULL,
  `alamat_pbf` text NOT NULL,
  `kota_pbf` char(45) NOT NULL,
  `kontak_kantor_pbf` char(20) DEFAULT NULL,
  `kontak_person_pbf` char(20) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pbf`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_pembelian
# ------------------------------------------------------------


CREATE TABLE `ak_data_pembelian` (
  `id_pembelian` char(20) NOT NULL COMMENT 'FK2101180001',
  `id_pesanan` char(20) DEFAULT NULL,
  `id_pbf` char(20) NOT NULL,
  `id_user` char(20) NOT NULL,
  `tanggal_pembelian` date DEFAULT NULL,
  `tanggal_jatuh_tempo` date DEFAULT NULL,
  `diskon` int(11) NOT NULL DEFAULT '0',
  `subtotal` decimal(20,2) NOT NULL DEFAULT '0.00',
  `konsinyasi` tinyint(1) NOT NULL DEFAULT '0',
  `jenis` enum('Supplier','Gudang') NOT NULL DEFAULT 'Supplier',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  `lunas` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pembelian`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_pembelian_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_pembelian_detail` (
  `id_pembelian_detail` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_pembelian` char(20) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `id_komputer` int(11) NOT NULL DEFAULT '1',
  `qty` int(11) NOT NULL DEFAULT '0',
  `diskon` tinyint(100) DEFAULT '0',
  `subtotal_barang` decimal(10,2) NOT NULL DEFAULT '0.00',
  `checked` tinyint(1) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pembelian_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_penjualan
# ------------------------------------------------------------


CREATE TABLE `ak_data_penjualan` (
  `id_penjualan` char(20) NOT NULL COMMENT 'TR12101180001',
  `id_user` char(20) NOT NULL,
  `nm_pasien` char(45) NOT NULL,
  `tanggal_penjualan` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tanggal_pelunasan` datetime DEFAULT NULL,
  `grandtotal` decimal(10,2) NOT NULL DEFAULT '0.00',
  `pembulatan` decimal(10,2) NOT NULL DEFAULT '0.00',
  `bayar` decimal(10,2) NOT NULL DEFAULT '0.00',
  `kembalian` decimal(10,2) NOT NULL DEFAULT '0.00',
  `status` tinyint(1) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_penjualan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_penjualan_bebas
# ------------------------------------------------------------


CREATE TABLE `ak_data_penjualan_bebas` (
  `id_penjualan_bebas` char(20) NOT NULL COMMENT 'TRB21011800001',
  `id_penjualan` char(20) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `id_user` char(20) NOT NULL DEFAULT '',
  `nm_pasien` char(50) NOT NULL DEFAULT 'Tanpa Nama',
  `qty` int(11) NOT NULL,
  `diskon` int(11) NOT NULL DEFAULT '0',
  `pembulatan` decimal(10,0) NOT NULL DEFAULT '0',
  `subtotal` decimal(10,0) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_penjualan_bebas`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_penjualan_bebas_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_penjualan_bebas_detail` (
  `id_penjualan_bebas_detail` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_penjualan` char(20) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `id_barang_detail` bigint(20) NOT NULL,
  `qty` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_penjualan_bebas_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_penjualan_resep
# ------------------------------------------------------------


CREATE TABLE `ak_data_penjualan_resep` (
  `id_penjualan_resep` char(20) NOT NULL DEFAULT '' COMMENT 'R00001',
  `id_penjualan` char(20) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `id_user` char(20) NOT NULL,
  `nomor_resep` char(20) DEFAULT NULL COMMENT 'R2101180001 / NR2101180001',
  `nm_pasien` char(45) NOT NULL,
  `nm_dokter` char(45) NOT NULL,
  `etiket` char(20) DEFAULT NULL,
  `alamat_pasien` text NOT NULL,
  `kontak_pasien` char(20) DEFAULT NULL,
  `qty` int(11) NOT NULL DEFAULT '1',
  `biaya_resep` decimal(10,2) NOT NULL DEFAULT '0.00',
  `diskon` int(11) NOT NULL DEFAULT '0',
  `pembulatan` decimal(10,2) NOT NULL DEFAULT '0.00',
  `subtotal` decimal(10,2) NOT NULL DEFAULT '0.00',
  `deleted` tinyint(1) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;



# Dump of table ak_data_penjualan_resep_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_penjualan_resep_detail` (
  `id_penjualan_resep_detail` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `id_penjualan` char(20) DEFAULT NULL,
  `id_barang` int(11) DEFAULT NULL,
  `id_barang_detail` bigint(20) NOT NULL,
  `qty` int(11) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_penjualan_resep_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;



# Dump of table ak_data_pesanan
# ------------------------------------------------------------


CREATE TABLE `ak_data_pesanan` (
  `id_pesanan` char(50) NOT NULL COMMENT 'SP21011800001',
  `id_pbf` char(20) NOT NULL,
  `id_user` char(20) NOT NULL,
  `tanggal_pembuatan` date NOT NULL,
  `jenis` enum('Supplier','Gudang') NOT NULL DEFAULT 'Supplier',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pesanan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_pesanan_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_pesanan_detail` (
  `id_pesanan_detail` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_pesanan` char(20) DEFAULT NULL,
  `id_barang` bigint(20) NOT NULL,
  `qty` int(11) NOT NULL DEFAULT '0',
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_pesanan_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_racikan
# ------------------------------------------------------------


CREATE TABLE `ak_data_racikan` (
  `id_racikan` char(20) NOT NULL COMMENT 'RCK00001',
  `nm_racikan` char(50) NOT NULL,
  `qty` int(11) NOT NULL DEFAULT '0',
  `harga_satuan` decimal(8,2) NOT NULL DEFAULT '0.00',
  `subtotal` decimal(8,2) NOT NULL DEFAULT '0.00'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;



# Dump of table ak_data_racikan_detail
# ------------------------------------------------------------


CREATE TABLE `ak_data_racikan_detail` (
  `id_racikan_detail` bigint(20) NOT NULL,
  `id_racikan` char(20) NOT NULL,
  `id_barang` bigint(20) NOT NULL,
  `qty_racikan_detail` int(11) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;



# Dump of table ak_data_racikan_detail_batch
# ------------------------------------------------------------


CREATE TABLE `ak_data_racikan_detail_batch` (
  `id_racikan_detail_batch` bigint(20) NOT NULL,
  `id_racikan_detail` bigint(20) NOT NULL,
  `id_barang_detail` bigint(20) NOT NULL,
  `qty_racikan_batch` int(11) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;



# Dump of table ak_data_satuan
# ------------------------------------------------------------


CREATE TABLE `ak_data_satuan` (
  `id_satuan` char(20) NOT NULL COMMENT 'SAT0001',
  `nm_satuan` char(45) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_satuan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;





# Dump of table ak_data_user
# ------------------------------------------------------------


CREATE TABLE `ak_data_user` (
  `id_user` char(20) NOT NULL COMMENT 'USR00001',
  `nm_user` char(45) NOT NULL,
  `login_user` char(45) NOT NULL,
  `pass_user` varchar(60) NOT NULL,
  `level_user` int(11) NOT NULL,
  `login_terakhir` char(20) DEFAULT NULL,
  `created_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;






/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
