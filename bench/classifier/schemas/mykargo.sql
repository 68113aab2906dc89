-- origin: Facetozvers/mykargo database/databases_2021_mykargo.sql (Sequel Pro dump, database `databases_2021_mykargo`; schema part, DROP/LOCK/INSERT lines left out)

CREATE TABLE `data_admin` (
  `id_admin` varchar(50) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_berita` (
  `id_berita` varchar(15) NOT NULL,
  `tanggal` date NOT NULL,
  `judul` varchar(50) NOT NULL,
  `foto` varchar(100) NOT NULL,
  `isi` text NOT NULL,
  PRIMARY KEY (`id_berita`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_buku_tamu` (
  `id_buku_tamu` varchar(50) NOT NULL,
  `tanggal` date NOT NULL,
  `nama` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `no_telepon` varchar(50) NOT NULL DEFAULT '',
  `komentar_dan_saran` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_driver` (
  `id_driver` varchar(50) DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `no_telepon` varchar(50) DEFAULT NULL,
  `no_ktp` varchar(50) DEFAULT NULL,
  `detail_informasi_driver` text,
  `username` varchar(100) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `data_informasi` (
  `id_informasi` varchar(50) NOT NULL,
  `judul` varchar(100) NOT NULL,
  `tanggal` date NOT NULL,
  `isi` text NOT NULL,
  `foto` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_kategori` (
  `id_kategori` varchar(50) NOT NULL,
  `kategori` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_pelanggan` (
  `id_pelanggan` varchar(50) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `no_telepon` varchar(50) NOT NULL DEFAULT '',
  `alamat_lengkap` text NOT NULL,
  `username` varchar(100) DEFAULT '',
  `password` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_pengiriman` (
  `nomor_resi` varchar(50) NOT NULL,
  `tanggal_pengiriman` date NOT NULL,
  `pengirim` varchar(50) NOT NULL,
  `no_telepon_pengirim` varchar(50) NOT NULL DEFAULT '',
  `wilayah_pengiriman` varchar(50) NOT NULL,
  `alamat_lengkap_pengiriman` text NOT NULL,
  `penerima` varchar(50) NOT NULL,
  `no_telepon_penerima` varchar(50) NOT NULL DEFAULT '',
  `wilayah_tujuan` varchar(50) NOT NULL,
  `alamat_lengkap_tujuan` text NOT NULL,
  `kategori` varchar(20) NOT NULL,
  `berat` int(10) NOT NULL,
  `tarif` int(20) NOT NULL,
  `keterangan_isi_paket` text NOT NULL,
  `status` varchar(100) NOT NULL DEFAULT '',
  `keterangan` text NOT NULL,
  `total_bayar` int(100) NOT NULL,
  `cabang_agen` varchar(50) DEFAULT NULL,
  `asal_origin` varchar(50) DEFAULT NULL,
  `tujuan_destination` varchar(50) DEFAULT NULL,
  `kepada_consigne` varchar(50) DEFAULT NULL,
  `telp_hp` varchar(50) DEFAULT NULL,
  `dari_shipper` varchar(50) DEFAULT NULL,
  `jumlah_pieces` varchar(50) DEFAULT NULL,
  `berat_weight` varchar(50) DEFAULT NULL,
  `isi_kiriman_description` varchar(50) DEFAULT NULL,
  `catatan_instruction` varchar(50) DEFAULT NULL,
  `biaya_kiriman_chargers` varchar(50) DEFAULT NULL,
  `jumlah` varchar(50) DEFAULT NULL,
  `asuransi_admin` varchar(50) DEFAULT NULL,
  `nilai_declare_value` varchar(50) DEFAULT NULL,
  `kode_kota_tujuan` varchar(50) NOT NULL,
  `jenis_layanan` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_profil` (
  `id_profil` varchar(100) DEFAULT NULL,
  `home` text,
  `profil` text
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `data_tarif` (
  `id_tarif` varchar(50) NOT NULL,
  `dari` varchar(100) NOT NULL,
  `tujuan` varchar(100) NOT NULL,
  `id_kategori` varchar(50) NOT NULL,
  `tarif_biasa` int(20) NOT NULL,
  `estimasi_waktu_pengiriman_biasa` varchar(100) NOT NULL,
  `tarif_cepat` int(11) DEFAULT NULL,
  `estimasi_waktu_pengiriman_cepat` varchar(100) NOT NULL,
  `tarif_cargo` int(11) DEFAULT NULL,
  `estimasi_waktu_pengiriman_cargo` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_tracking_pengiriman` (
  `id_tracking_pengiriman` varchar(50) DEFAULT NULL,
  `nomor_resi` varchar(50) DEFAULT NULL,
  `id_driver` varchar(50) DEFAULT NULL,
  `lat` varchar(50) DEFAULT NULL,
  `lng` varchar(50) DEFAULT NULL,
  `keterangan` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `data_wilayah` (
  `id_wilayah` varchar(50) DEFAULT NULL,
  `wilayah` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
