-- origin: danielpangemanan/henri-php database/rs_kirana.sql (phpMyAdmin dump, database `rs_kirana`; schema part, data rows left out)

CREATE TABLE `arsip` (
  `id` int(11) NOT NULL,
  `jenis` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dataobat` (
  `id_obat` int(11) NOT NULL,
  `kode_obt` varchar(30) NOT NULL,
  `nama_obt` varchar(155) NOT NULL,
  `jenis_obt` varchar(100) NOT NULL,
  `satuan_obt` varchar(50) NOT NULL,
  `harga_obt` varchar(50) NOT NULL,
  `stok` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `dataobatpasien` (
  `id` int(11) NOT NULL,
  `no_rekamedis` varchar(50) NOT NULL,
  `id_registrasi` int(11) NOT NULL,
  `dataobat` varchar(50) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `data_file` (
  `id` int(11) NOT NULL,
  `judul` varchar(150) NOT NULL,
  `nama_file` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `data_icd` (
  `id_icd` int(11) NOT NULL,
  `kode_icd` varchar(22) NOT NULL,
  `keterangan_icd` varchar(100) NOT NULL,
  `user` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `data_ruangan` (
  `id_data` int(11) NOT NULL,
  `jumlah_ruangan` varchar(50) NOT NULL,
  `keterangan` varchar(100) NOT NULL,
  `jmasuk` time(6) NOT NULL,
  `jkeluar` time(6) NOT NULL,
  `harga` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_backup` (
  `id_backup` int(15) NOT NULL,
  `nama_file` varchar(50) NOT NULL,
  `tanggal_backup` varchar(20) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `history_tutup_buku` (
  `id_backup` int(15) NOT NULL,
  `nama_file` varchar(50) NOT NULL,
  `tanggal_backup` varchar(20) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `inputdak` (
  `id` int(11) NOT NULL,
  `kode_dak` varchar(11) NOT NULL,
  `jenis_dak` varchar(100) NOT NULL,
  `jumlah_dak` varchar(50) NOT NULL,
  `tanggal_dak` date NOT NULL,
  `tahun_dak` year(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `inputdau` (
  `id` int(11) NOT NULL,
  `kode_dau` varchar(11) NOT NULL,
  `jenis_dau` varchar(100) NOT NULL,
  `jumlah_dau` varchar(50) NOT NULL,
  `tanggal_dau` date NOT NULL,
  `tahun_dau` year(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `inputdpa` (
  `id_dpa` int(11) NOT NULL,
  `kode_dpa` varchar(11) NOT NULL,
  `uraian_dpa` varchar(100) NOT NULL,
  `jumlah_dpa` varchar(50) NOT NULL,
  `tanggal_dpa` date NOT NULL,
  `tahun_dpa` year(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `inputpad` (
  `id_pad` int(11) NOT NULL,
  `uraian` varchar(100) NOT NULL,
  `target` varchar(100) NOT NULL,
  `realisasi` varchar(50) NOT NULL,
  `persentase` int(11) NOT NULL,
  `tanggal_pad` date NOT NULL,
  `tahun_pad` year(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `jurnal_keluar` (
  `id` int(15) NOT NULL,
  `nomor_kredit` int(50) NOT NULL,
  `jenis_kredit` varchar(100) NOT NULL,
  `jumlah_kredit` int(50) NOT NULL,
  `kode_kredit` varchar(15) NOT NULL,
  `tanggal_kredit` date NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jurnal_masuk` (
  `id` int(11) NOT NULL,
  `nomor_jurnal` int(15) NOT NULL,
  `jenis` varchar(155) NOT NULL,
  `jumlah` int(100) NOT NULL,
  `kode_transaksi` varchar(15) NOT NULL,
  `tanggal_masuk` varchar(50) NOT NULL,
  `bulan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jurnal_umum` (
  `id` int(15) NOT NULL,
  `keterangan` varchar(15) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ket1` (
  `id` int(11) NOT NULL,
  `kompetensi` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ket2` (
  `id` int(11) NOT NULL,
  `pendidikan` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ket3` (
  `id` int(11) NOT NULL,
  `golongan` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ket4` (
  `id` int(11) NOT NULL,
  `jabatan` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ket5` (
  `id` int(11) NOT NULL,
  `diklat` varchar(50) NOT NULL,
  `keterangan` varchar(50) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login` (
  `id` int(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `username` varchar(20) NOT NULL,
  `password` varchar(50) NOT NULL,
  `level` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `obat_apotik` (
  `id` int(11) NOT NULL,
  `nama_obt` varchar(50) NOT NULL,
  `jumlah` varchar(10) NOT NULL,
  `harga` varchar(50) NOT NULL,
  `tgl_keluar` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `obat_apotik1` (
  `id` int(11) NOT NULL,
  `id_obat` varchar(11) NOT NULL,
  `jumlah` varchar(10) NOT NULL,
  `tgl_masuk` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pasien` (
  `id` int(11) NOT NULL,
  `nama_pasien` varchar(50) NOT NULL,
  `alamat` varchar(50) NOT NULL,
  `ttl` varchar(50) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `jam_datang` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservasi_ruangan` (
  `id` int(11) NOT NULL,
  `pesan_ruangan` varchar(50) NOT NULL,
  `nama_pasien` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ruangan` (
  `id_ruangan` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `id_data` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stafsdm` (
  `id` int(11) NOT NULL,
  `nis` varchar(255) DEFAULT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `pendidikan` varchar(255) DEFAULT NULL,
  `kompetensi` varchar(255) NOT NULL,
  `jenjang_karir` varchar(100) NOT NULL,
  `masa_kerja` varchar(50) NOT NULL,
  `diklat` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `alamat` text DEFAULT NULL,
  `wnegara` varchar(50) NOT NULL,
  `gambar` varchar(255) DEFAULT NULL,
  `gambar_code` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tabel_pesan` (
  `nomor` int(10) NOT NULL,
  `waktu` varchar(20) NOT NULL,
  `dari` varchar(50) NOT NULL,
  `kepada` varchar(50) NOT NULL,
  `pesan` text NOT NULL,
  `sudahbaca` varchar(10) NOT NULL,
  `jumlah` varchar(50) NOT NULL,
  `keterangan` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tabel_pesan1` (
  `nomor` int(10) NOT NULL,
  `waktu` varchar(20) NOT NULL,
  `dari` varchar(50) NOT NULL,
  `kepada` varchar(50) NOT NULL,
  `pesan` text NOT NULL,
  `sudahbaca` varchar(10) NOT NULL,
  `jumlah` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tabel_trnobatpasien` (
  `id` int(11) NOT NULL,
  `no_rekamedis` varchar(20) NOT NULL,
  `id_registrasi` varchar(20) NOT NULL,
  `nik` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `id_obat` varchar(11) NOT NULL,
  `jumlah` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tabel_trnruangpasien` (
  `id` int(11) NOT NULL,
  `id_registrasi` varchar(20) NOT NULL,
  `no_rekamedis` varchar(20) NOT NULL,
  `nik` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `id_data` varchar(11) NOT NULL,
  `jumlah` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_pasien` (
  `id` int(11) NOT NULL,
  `id_registrasi` bigint(6) NOT NULL,
  `no_rekamedis` varchar(6) NOT NULL,
  `status_pasien` varchar(20) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `tanggal_masuk` varchar(8) NOT NULL,
  `nama_pasien` varchar(30) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` varchar(8) NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `umur` int(6) NOT NULL,
  `agama` varchar(50) NOT NULL,
  `status_menikah` varchar(30) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` varchar(100) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `jaminan_pasien` varchar(20) NOT NULL,
  `suku` varchar(100) NOT NULL,
  `pendidikan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_pasien1` (
  `id_registrasi` varchar(20) NOT NULL,
  `no_rekamedis` varchar(6) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama_pasien` varchar(50) NOT NULL,
  `jenis_kelamin` varchar(50) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `agama` varchar(50) NOT NULL,
  `status_menikah` varchar(30) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` varchar(100) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `ruangan` varchar(50) NOT NULL,
  `dokter_lain` varchar(50) NOT NULL,
  `triage` varchar(50) NOT NULL,
  `ruang_inap` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_pasienrgd` (
  `id_registrasi` varchar(20) NOT NULL,
  `no_rekamedis` varchar(12) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama_pasien` varchar(30) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `agama` varchar(50) NOT NULL,
  `status_menikah` varchar(30) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` varchar(100) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `ruangan` varchar(50) NOT NULL,
  `dokter_lain` varchar(50) NOT NULL,
  `triage` varchar(50) NOT NULL,
  `tglperiksa` varchar(20) NOT NULL,
  `keluhan` varchar(240) NOT NULL,
  `rpenyakit` varchar(100) NOT NULL,
  `hasilpempasien` varchar(100) NOT NULL,
  `diagnosa` varchar(100) NOT NULL,
  `pertindakan` varchar(100) NOT NULL,
  `pelain` varchar(100) NOT NULL,
  `konpasien` varchar(100) NOT NULL,
  `transpasien` varchar(50) NOT NULL,
  `namapengantar` varchar(50) NOT NULL,
  `hubdgnpasien` varchar(100) NOT NULL,
  `nohpengantar` varchar(25) NOT NULL,
  `kosong` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_pasienrinap` (
  `id_registrasi` varchar(20) NOT NULL,
  `no_rekamedis` varchar(12) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama_pasien` varchar(30) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `agama` varchar(50) NOT NULL,
  `status_menikah` varchar(30) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` varchar(100) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `ruangan` varchar(50) NOT NULL,
  `dokter_lain` varchar(50) NOT NULL,
  `triage` varchar(50) NOT NULL,
  `tglperiksa` varchar(20) NOT NULL,
  `keluhan` varchar(240) NOT NULL,
  `rpenyakit` varchar(100) NOT NULL,
  `hasilpempasien` varchar(100) NOT NULL,
  `diagnosa` varchar(100) NOT NULL,
  `pertindakan` varchar(100) NOT NULL,
  `pelain` varchar(100) NOT NULL,
  `kosong` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_pasienrjalan` (
  `id_registrasi` varchar(20) NOT NULL,
  `no_rekamedis` varchar(12) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama_pasien` varchar(30) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `agama` varchar(50) NOT NULL,
  `status_menikah` varchar(30) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` varchar(100) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `pembiayaan` varchar(50) NOT NULL,
  `ruangan` varchar(50) NOT NULL,
  `dokter_lain` varchar(50) NOT NULL,
  `triage` varchar(50) NOT NULL,
  `tglperiksa` varchar(20) NOT NULL,
  `keluhan` varchar(240) NOT NULL,
  `rpenyakit` varchar(100) NOT NULL,
  `hasilpempasien` varchar(100) NOT NULL,
  `diagnosa` varchar(100) NOT NULL,
  `pertindakan` varchar(100) NOT NULL,
  `pelain` varchar(100) NOT NULL,
  `kosong` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tujuan_pasien` (
  `id` int(11) NOT NULL,
  `nama_tujuan` varchar(100) NOT NULL,
  `gedung` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `useradmin` (
  `id` int(11) NOT NULL,
  `username` varchar(50) DEFAULT NULL,
  `password` varchar(50) DEFAULT NULL,
  `nama` varchar(50) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

ALTER TABLE `arsip` ADD PRIMARY KEY (`id`);
ALTER TABLE `dataobat` ADD PRIMARY KEY (`id_obat`);
ALTER TABLE `dataobatpasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `data_file` ADD PRIMARY KEY (`id`);
ALTER TABLE `data_icd` ADD PRIMARY KEY (`id_icd`);
ALTER TABLE `data_ruangan` ADD PRIMARY KEY (`id_data`);
ALTER TABLE `jurnal_masuk` ADD PRIMARY KEY (`id`);
ALTER TABLE `ket1` ADD PRIMARY KEY (`id`);
ALTER TABLE `ket2` ADD PRIMARY KEY (`id`);
ALTER TABLE `ket3` ADD PRIMARY KEY (`id`);
ALTER TABLE `ket4` ADD PRIMARY KEY (`id`);
ALTER TABLE `ket5` ADD PRIMARY KEY (`id`);
ALTER TABLE `login` ADD PRIMARY KEY (`id`);
ALTER TABLE `obat_apotik` ADD PRIMARY KEY (`id`);
ALTER TABLE `obat_apotik1` ADD PRIMARY KEY (`id`);
ALTER TABLE `pasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `reservasi_ruangan` ADD PRIMARY KEY (`id`);
ALTER TABLE `ruangan` ADD PRIMARY KEY (`id_ruangan`);
ALTER TABLE `stafsdm` ADD PRIMARY KEY (`id`);
ALTER TABLE `tabel_pesan` ADD PRIMARY KEY (`nomor`);
ALTER TABLE `tabel_pesan1` ADD PRIMARY KEY (`nomor`);
ALTER TABLE `tabel_trnobatpasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `tabel_trnruangpasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `tbl_pasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `tbl_pasien1` ADD PRIMARY KEY (`no_rekamedis`);
ALTER TABLE `tbl_pasienrgd` ADD PRIMARY KEY (`no_rekamedis`);
ALTER TABLE `tbl_pasienrinap` ADD PRIMARY KEY (`no_rekamedis`);
ALTER TABLE `tbl_pasienrjalan` ADD PRIMARY KEY (`no_rekamedis`);
ALTER TABLE `tujuan_pasien` ADD PRIMARY KEY (`id`);
ALTER TABLE `useradmin` ADD PRIMARY KEY (`id`);
