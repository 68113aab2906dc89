CREATE TABLE IF NOT EXISTS `agama` (
  `kd_agama` int(5) NOT NULL AUTO_INCREMENT,
  `nm_agama` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_agama`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=8 ;

CREATE TABLE IF NOT EXISTS `akses` (
  `id_akses` int(5) NOT NULL AUTO_INCREMENT,
  `akses` varchar(40) NOT NULL,
  PRIMARY KEY (`id_akses`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=8 ;

CREATE TABLE IF NOT EXISTS `asal_pasien` (
  `kd_asal` int(3) NOT NULL AUTO_INCREMENT,
  `asl_pasien` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_asal`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `barang_keluar_detail` (
  `id_keluar` int(11) NOT NULL AUTO_INCREMENT,
  `kd_keluar` char(20) DEFAULT NULL,
  `kd_obat` char(20) NOT NULL,
  `nama_obat` varchar(50) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `harga_beli` int(11) NOT NULL,
  `sat_kecil_obat` char(20) NOT NULL,
  `tgl_keluar` date NOT NULL,
  `kd_milik_obat` char(20) NOT NULL,
  PRIMARY KEY (`id_keluar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=9 ;

CREATE TABLE IF NOT EXISTS `barang_keluar_header` (
  `id_keluar` int(11) NOT NULL AUTO_INCREMENT,
  `kd_keluar` char(20) DEFAULT NULL,
  `tgl_keluar` date NOT NULL,
  `keterangan` varchar(50) NOT NULL,
  `kd_unit_farmasi` char(20) NOT NULL,
  PRIMARY KEY (`id_keluar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `bed` (
  `kd_bed` int(13) NOT NULL AUTO_INCREMENT,
  `no_bed` int(3) NOT NULL,
  `kd_kamar` int(13) NOT NULL,
  `kelas` int(3) NOT NULL,
  `status` int(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`kd_bed`),
  KEY `kd_kamar` (`kd_kamar`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `bobat_detail` (
  `id_bayar` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_bayar` date NOT NULL,
  `kd_bayar` char(20) NOT NULL,
  `kd_obat` char(20) NOT NULL,
  `nama_obat` varchar(100) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `sat_kecil_obat` varchar(100) NOT NULL,
  `harga_jual` int(11) NOT NULL,
  `nik` varchar(30) NOT NULL,
  PRIMARY KEY (`id_bayar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=28 ;

CREATE TABLE IF NOT EXISTS `bobat_header` (
  `id_bayar` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_bayar` date NOT NULL,
  `kd_bayar` char(20) NOT NULL,
  `nik` varchar(30) NOT NULL,
  `nama_pasien` varchar(200) NOT NULL,
  `total` double NOT NULL,
  `bayar` double NOT NULL,
  `kembalian` double NOT NULL,
  PRIMARY KEY (`id_bayar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=13 ;

CREATE TABLE IF NOT EXISTS `brg_apotek_keluar_detail` (
  `id_keluar` int(11) NOT NULL AUTO_INCREMENT,
  `kd_keluar` char(20) DEFAULT NULL,
  `kd_obat` char(20) NOT NULL,
  `nama_obat` varchar(50) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `harga_beli` int(11) NOT NULL,
  `sat_kecil_obat` char(20) NOT NULL,
  `tgl_keluar` date NOT NULL,
  `kd_milik_obat` char(20) NOT NULL,
  PRIMARY KEY (`id_keluar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=8 ;

CREATE TABLE IF NOT EXISTS `brg_apotek_keluar_header` (
  `id_keluar` int(11) NOT NULL AUTO_INCREMENT,
  `kd_keluar` char(20) DEFAULT NULL,
  `tgl_keluar` date NOT NULL,
  `keterangan` varchar(50) NOT NULL,
  `kd_unit_farmasi` char(20) NOT NULL,
  PRIMARY KEY (`id_keluar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=33 ;

CREATE TABLE IF NOT EXISTS `brg_masuk_apotek_detail` (
  `id_beli` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_terima` date NOT NULL,
  `kd_masuk` char(20) NOT NULL,
  `kd_obat` char(20) NOT NULL,
  `nama_obat` varchar(50) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `sat_kecil_obat` char(20) NOT NULL,
  `tgl_kadaluarsa` date NOT NULL,
  `kd_milik_obat` char(20) NOT NULL,
  `kd_unit_farmasi` char(20) NOT NULL,
  PRIMARY KEY (`id_beli`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=23 ;

CREATE TABLE IF NOT EXISTS `brg_masuk_apotek_header` (
  `id_beli` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_terima` date NOT NULL,
  `kd_masuk` char(20) NOT NULL,
  `no_sbbk` char(20) NOT NULL,
  `tgl_kadaluarsa` date NOT NULL,
  PRIMARY KEY (`id_beli`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=19 ;

CREATE TABLE IF NOT EXISTS `brg_masuk_detail` (
  `id_beli` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_terima` date NOT NULL,
  `kd_masuk` char(20) NOT NULL,
  `kd_obat` char(20) NOT NULL,
  `nama_obat` varchar(50) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `harga_beli` int(11) NOT NULL,
  `sat_kecil_obat` char(20) NOT NULL,
  `sat_besar_obat` char(20) NOT NULL,
  `no_faktur` char(20) NOT NULL,
  `tgl_tempo` date NOT NULL,
  `tgl_kadaluarsa` date NOT NULL,
  `kd_milik_obat` char(20) NOT NULL,
  `kd_unit_farmasi` char(20) NOT NULL,
  PRIMARY KEY (`id_beli`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=20 ;

CREATE TABLE IF NOT EXISTS `brg_masuk_header` (
  `id_beli` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_terima` date NOT NULL,
  `kd_masuk` char(20) NOT NULL,
  `no_sbbk` char(20) NOT NULL,
  `tgl_tempo` date NOT NULL,
  `tgl_kadaluarsa` date NOT NULL,
  `kd_milik_obat` char(20) NOT NULL,
  `kd_unit_farmasi` char(20) NOT NULL,
  PRIMARY KEY (`id_beli`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=35 ;

CREATE TABLE IF NOT EXISTS `btindakan_detail` (
  `id_bayar` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_bayar` date NOT NULL,
  `kd_bayar` char(20) NOT NULL,
  `kd_produk` char(20) NOT NULL,
  `produk` varchar(50) NOT NULL,
  `jml` smallint(6) NOT NULL,
  `harga_jual` int(11) NOT NULL,
  `nik` varchar(30) NOT NULL,
  PRIMARY KEY (`id_bayar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=39 ;

CREATE TABLE IF NOT EXISTS `btindakan_header` (
  `id_bayar` int(11) NOT NULL AUTO_INCREMENT,
  `tgl_bayar` date NOT NULL,
  `kd_bayar` char(20) NOT NULL,
  `nik` varchar(30) NOT NULL,
  `nama_pasien` varchar(200) NOT NULL,
  `total` double NOT NULL,
  `bayar` double NOT NULL,
  `kembalian` double NOT NULL,
  PRIMARY KEY (`id_bayar`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=19 ;

CREATE TABLE IF NOT EXISTS `cara_bayar` (
  `kd_bayar` char(5) NOT NULL,
  `cara_bayar` varchar(35) NOT NULL,
  `kd_customer` char(10) NOT NULL,
  PRIMARY KEY (`kd_bayar`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `cara_masuk` (
  `kd_cara_masuk` int(3) NOT NULL AUTO_INCREMENT,
  `cara_masuk` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_cara_masuk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `dokter` (
  `kd_dokter` varchar(10) NOT NULL,
  `nm_dokter` varchar(30) NOT NULL,
  `nip_dokter` varchar(30) NOT NULL,
  `jabatan_dokter` varchar(30) NOT NULL,
  `status_dokter` varchar(30) NOT NULL,
  `kd_puskesmas` varchar(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`kd_dokter`),
  KEY `kd_puskesmas` (`kd_puskesmas`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `golongan_darah` (
  `kd_gol_darah` int(3) NOT NULL AUTO_INCREMENT,
  `gol_darah` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_gol_darah`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=14 ;

CREATE TABLE IF NOT EXISTS `golongan_obat` (
  `kd_gol_obat` char(5) NOT NULL,
  `gol_obat` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_gol_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `golongan_petugas` (
  `kd_gol` varchar(10) NOT NULL,
  `nama_gol` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_gol`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `golongan_umur` (
  `kd_gol_umur` int(2) NOT NULL AUTO_INCREMENT,
  `gol_umur` varchar(50) NOT NULL,
  `min_hr` int(6) NOT NULL,
  `max_hr` int(6) NOT NULL,
  PRIMARY KEY (`kd_gol_umur`),
  KEY `kd_gol_umur` (`kd_gol_umur`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=13 ;

CREATE TABLE IF NOT EXISTS `harga_obat` (
  `kd_tarif` varchar(10) NOT NULL,
  `kd_obat` int(5) NOT NULL,
  `harga_beli` int(10) NOT NULL,
  `harga_jual` int(10) NOT NULL,
  `kd_milik_obat` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_tarif`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `h_beli` (
  `kodebeli` char(15) NOT NULL,
  `tglbeli` date NOT NULL,
  `kode_supplier` char(5) NOT NULL,
  `username` varchar(50) NOT NULL,
  PRIMARY KEY (`kodebeli`),
  KEY `kode_supplier` (`kode_supplier`),
  KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `icd` (
  `kd_penyakit` varchar(10) NOT NULL,
  `penyakit` varchar(100) NOT NULL,
  `deskripsi` text,
  `kd_icd_induk` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_penyakit`),
  KEY `kd_icd_induk` (`kd_icd_induk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `icd_induk` (
  `kd_icd_induk` varchar(10) NOT NULL,
  `icd_min` varchar(3) NOT NULL,
  `icd_max` varchar(3) NOT NULL,
  `nm_icd_induk` varchar(100) NOT NULL,
  `chapter` int(3) NOT NULL,
  PRIMARY KEY (`kd_icd_induk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `jenis_diagnosa` (
  `kd_jenis_diagnosa` int(3) NOT NULL AUTO_INCREMENT,
  `jenis_diagnosa` varchar(30) NOT NULL,
  PRIMARY KEY (`kd_jenis_diagnosa`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=3 ;

CREATE TABLE IF NOT EXISTS `jenis_kasus` (
  `kd_jenis_kasus` int(3) NOT NULL AUTO_INCREMENT,
  `jenis_kasus` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_jenis_kasus`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=3 ;

CREATE TABLE IF NOT EXISTS `jenis_kelamin` (
  `kd_jenis_kelamin` int(3) NOT NULL AUTO_INCREMENT,
  `jenis_kelamin` varchar(20) NOT NULL,
  PRIMARY KEY (`kd_jenis_kelamin`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=3 ;

CREATE TABLE IF NOT EXISTS `jenis_layanan` (
  `kd_jenis_layanan` int(3) NOT NULL AUTO_INCREMENT,
  `jenis_layanan` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_jenis_layanan`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `jenis_obat` (
  `kd_jenis_obat` char(5) NOT NULL,
  `jenis_obat` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_jenis_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `jenis_pasien` (
  `kd_jenis_pasien` int(100) NOT NULL AUTO_INCREMENT,
  `jenis_pasien` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`kd_jenis_pasien`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `jenis_puskesmas` (
  `id_jenis_puskesmas` int(3) NOT NULL AUTO_INCREMENT,
  `jenis_puskesmas` varchar(40) NOT NULL,
  PRIMARY KEY (`id_jenis_puskesmas`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `kamar` (
  `kd_kamar` int(13) NOT NULL AUTO_INCREMENT,
  `no_kamar` varchar(4) NOT NULL,
  `kd_ruangan` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_kamar`),
  KEY `kd_ruangan` (`kd_ruangan`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `kasus` (
  `kd_jenis_kasus` varchar(10) NOT NULL,
  `variabel_id` varchar(10) NOT NULL,
  `parent_id` varchar(30) NOT NULL,
  `variabel_name` varchar(50) NOT NULL,
  `variabel_definisi` varchar(100) NOT NULL,
  `keterangan` varchar(100) NOT NULL,
  `pilihan_value` varchar(30) NOT NULL,
  `i_row` varchar(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `kecamatan` (
  `kd_kecamatan` char(7) NOT NULL,
  `nm_kecamatan` varchar(200) NOT NULL,
  PRIMARY KEY (`kd_kecamatan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `kelompok_pasien` (
  `kd_kelompok_pasien` varchar(10) NOT NULL,
  `customer` varchar(30) NOT NULL,
  `telepon` varchar(20) NOT NULL,
  PRIMARY KEY (`kd_kelompok_pasien`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `kelurahan` (
  `kd_kelurahan` char(10) NOT NULL,
  `nm_kelurahan` varchar(200) NOT NULL,
  PRIMARY KEY (`kd_kelurahan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `kota` (
  `kd_kota` char(4) NOT NULL,
  `nm_kota` varchar(200) NOT NULL,
  PRIMARY KEY (`kd_kota`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `milik_obat` (
  `kd_milik_obat` char(5) NOT NULL,
  `kepemilikan` varchar(30) NOT NULL,
  PRIMARY KEY (`kd_milik_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `obat` (
  `kd_obat` char(10) NOT NULL,
  `nama_obat` varchar(100) NOT NULL,
  `harga_beli` double NOT NULL,
  `harga_jual` double NOT NULL,
  `stok_awal` int(11) NOT NULL,
  `kd_tarif` varchar(10) NOT NULL,
  `kd_gol_obat` char(5) NOT NULL,
  `kd_sat_kecil_obat` char(10) NOT NULL,
  `kd_sat_besar_obat` char(10) NOT NULL,
  `kd_terapi_obat` char(10) NOT NULL,
  `generik` char(5) NOT NULL,
  `fraction` char(5) NOT NULL,
  `singkatan` char(20) DEFAULT NULL,
  `is_default` char(5) NOT NULL,
  `kd_milik_obat` char(5) NOT NULL,
  `obat_stok` int(10) NOT NULL,
  `pabrik` varchar(30) NOT NULL,
  `expired` date NOT NULL,
  `apotek_stok` int(3) NOT NULL,
  PRIMARY KEY (`kd_obat`),
  KEY `kd_gol_obat` (`kd_gol_obat`),
  KEY `kd_milik_obat` (`kd_milik_obat`),
  KEY `kd_tarif` (`kd_tarif`),
  KEY `kd_terapi_obat` (`kd_terapi_obat`),
  KEY `kd_gol_obat_2` (`kd_gol_obat`),
  KEY `kd_sat_kecil_obat` (`kd_sat_kecil_obat`),
  KEY `kd_sat_besar_obat` (`kd_sat_besar_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `pasien` (
  `kd_rekam_medis` varchar(20) NOT NULL,
  `nm_lengkap` varchar(20) NOT NULL,
  `tanggal_daftar` date NOT NULL,
  `tempat_lahir` varchar(20) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `kd_jenis_kelamin` int(3) NOT NULL,
  `kd_jenis_pasien` int(100) NOT NULL,
  `kd_bayar` varchar(5) NOT NULL,
  `no_kk` varchar(20) DEFAULT NULL,
  `nm_kk` varchar(20) NOT NULL,
  `asuransi` varchar(20) DEFAULT NULL,
  `no_asuransi` varchar(20) DEFAULT NULL,
  `nik` varchar(50) NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `kd_propinsi` char(2) NOT NULL,
  `kd_kota` char(4) NOT NULL,
  `kd_kecamatan` char(7) NOT NULL,
  `kd_kelurahan` char(10) NOT NULL,
  `kd_pos` varchar(10) DEFAULT NULL,
  `no_telepon` varchar(20) DEFAULT NULL,
  `no_hp` varchar(20) DEFAULT NULL,
  `kd_agama` int(5) NOT NULL,
  `kd_gol_darah` int(3) NOT NULL,
  `kd_pendidikan` int(3) NOT NULL,
  `kd_pekerjaan` int(5) NOT NULL,
  `kd_status_marital` int(3) NOT NULL,
  `nm_ayah` varchar(50) NOT NULL,
  `nm_ibu` varchar(50) NOT NULL,
  `nm_orang` varchar(50) DEFAULT NULL,
  `rincian_penanggung` varchar(30) DEFAULT NULL,
  `umur` int(10) DEFAULT NULL,
  `detail_waktu_daftar` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `kd_puskesmas` varchar(15) NOT NULL,
  PRIMARY KEY (`kd_rekam_medis`),
  KEY `kd_jenis_kelamin` (`kd_jenis_kelamin`),
  KEY `kd_jenis_pasien` (`kd_jenis_pasien`),
  KEY `kd_bayar` (`kd_bayar`),
  KEY `kd_propinsi` (`kd_propinsi`),
  KEY `kd_kota` (`kd_kota`),
  KEY `kd_kecamatan` (`kd_kecamatan`),
  KEY `kd_kelurahan` (`kd_kelurahan`),
  KEY `kd_agama` (`kd_agama`),
  KEY `kd_gol_darah` (`kd_gol_darah`),
  KEY `kd_pendidikan` (`kd_pendidikan`),
  KEY `kd_pekerjaan` (`kd_pekerjaan`),
  KEY `kd_status_marital` (`kd_status_marital`),
  KEY `kd_puskesmas` (`kd_puskesmas`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `pekerjaan` (
  `kd_pekerjaan` int(5) NOT NULL AUTO_INCREMENT,
  `pekerjaan` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_pekerjaan`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=90 ;

CREATE TABLE IF NOT EXISTS `pelayanan` (
  `kd_trans_pelayanan` varchar(13) NOT NULL,
  `kd_rekam_medis` varchar(20) NOT NULL,
  `tgl_pelayanan` date NOT NULL,
  `kd_jenis_layanan` int(3) NOT NULL,
  `kd_unit_pelayanan` int(15) NOT NULL,
  `kd_puskesmas` varchar(15) NOT NULL,
  `kd_dokter` varchar(10) DEFAULT NULL,
  `kd_petugas` varchar(10) NOT NULL,
  `kd_status_pasien` varchar(30) NOT NULL DEFAULT 'SKP-1',
  `anamnesa` varchar(100) DEFAULT NULL,
  `cat_fisik` varchar(100) DEFAULT NULL,
  `cat_dokter` varchar(100) NOT NULL,
  `kd_bed` int(13) DEFAULT NULL,
  `no_rujukan` varchar(15) DEFAULT NULL,
  `tempat_rujukan` varchar(50) DEFAULT NULL,
  `umur` bigint(20) NOT NULL,
  PRIMARY KEY (`kd_trans_pelayanan`),
  KEY `kd_rekam_medis` (`kd_rekam_medis`),
  KEY `kd_jenis_layanan` (`kd_jenis_layanan`),
  KEY `kd_unit_pelayanan` (`kd_unit_pelayanan`),
  KEY `kd_puskesmas` (`kd_puskesmas`),
  KEY `kd_dokter` (`kd_dokter`),
  KEY `kd_petugas` (`kd_petugas`),
  KEY `kd_status_pasien` (`kd_status_pasien`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `pelayanan_obat` (
  `kd_trans_obat` int(13) NOT NULL AUTO_INCREMENT,
  `kd_trans_pelayanan` varchar(13) NOT NULL,
  `kd_obat` char(10) NOT NULL,
  `dosis` varchar(20) NOT NULL,
  `kd_sat_kecil_obat` char(10) NOT NULL,
  `qty` int(10) NOT NULL,
  PRIMARY KEY (`kd_trans_obat`),
  KEY `kd_trans_pelayanan` (`kd_trans_pelayanan`),
  KEY `kd_obat` (`kd_obat`),
  KEY `kd_sat_kecil_obat` (`kd_sat_kecil_obat`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=16 ;

CREATE TABLE IF NOT EXISTS `pelayanan_penyakit` (
  `kd_trans_penyakit` int(13) NOT NULL AUTO_INCREMENT,
  `kd_trans_pelayanan` varchar(13) NOT NULL,
  `kd_penyakit` varchar(10) NOT NULL,
  `kd_jenis_kasus` int(3) DEFAULT NULL,
  `kd_jenis_diagnosa` int(3) NOT NULL,
  `kd_gol_umur` int(10) NOT NULL,
  PRIMARY KEY (`kd_trans_penyakit`),
  KEY `kd_penyakit` (`kd_penyakit`,`kd_jenis_kasus`,`kd_jenis_diagnosa`),
  KEY `kd_jenis_kasus` (`kd_jenis_kasus`),
  KEY `kd_jenis_diagnosa` (`kd_jenis_diagnosa`),
  KEY `kd_trans_pelayanan` (`kd_trans_pelayanan`),
  KEY `kd_gol_umur` (`kd_gol_umur`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=22 ;

CREATE TABLE IF NOT EXISTS `pelayanan_tindakan` (
  `kd_trans_tindakan` int(13) NOT NULL AUTO_INCREMENT,
  `kd_trans_pelayanan` varchar(13) NOT NULL,
  `kd_produk` varchar(10) NOT NULL,
  `qty` int(3) NOT NULL,
  `ket_tindakan` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`kd_trans_tindakan`),
  KEY `kd_trans_pelayanan` (`kd_trans_pelayanan`,`kd_produk`),
  KEY `kd_produk` (`kd_produk`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=11 ;

CREATE TABLE IF NOT EXISTS `pendidikan` (
  `kd_pendidikan` int(3) NOT NULL AUTO_INCREMENT,
  `pendidikan` varchar(35) NOT NULL,
  PRIMARY KEY (`kd_pendidikan`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=11 ;

CREATE TABLE IF NOT EXISTS `pendidikan_kesehatan` (
  `kd_pendidikan` varchar(10) NOT NULL,
  `pendidikan` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_pendidikan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `petugas` (
  `kd_petugas` varchar(10) NOT NULL,
  `nama_petugas` varchar(200) NOT NULL,
  `kd_unit_pelayanan` int(15) NOT NULL,
  `kd_gol` varchar(10) NOT NULL,
  `kd_posisi` varchar(10) NOT NULL,
  `kd_spesialisasi` varchar(10) DEFAULT NULL,
  `kd_pendidikan` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_petugas`),
  KEY `kd_unit_pelayanan` (`kd_unit_pelayanan`),
  KEY `kd_gol` (`kd_gol`),
  KEY `kd_posisi` (`kd_posisi`),
  KEY `kd_spesialisasi` (`kd_spesialisasi`),
  KEY `kd_pendidikan` (`kd_pendidikan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `posisi` (
  `kd_posisi` varchar(10) NOT NULL,
  `posisi` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_posisi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `propinsi` (
  `kd_propinsi` char(2) NOT NULL,
  `nm_propinsi` varchar(200) NOT NULL,
  PRIMARY KEY (`kd_propinsi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `puskesmas` (
  `kd_puskesmas` varchar(15) NOT NULL,
  `nm_puskesmas` varchar(50) NOT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `id_jenis_puskesmas` int(3) NOT NULL,
  `kd_kecamatan` char(7) NOT NULL,
  `puskesmas_induk` varchar(12) DEFAULT NULL,
  `obat_prev` char(50) DEFAULT NULL,
  PRIMARY KEY (`kd_puskesmas`),
  KEY `kd_kecamatan` (`kd_kecamatan`),
  KEY `id_jenis_puskesmas` (`id_jenis_puskesmas`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `ruangan` (
  `kd_ruangan` varchar(10) NOT NULL,
  `kd_puskesmas` varchar(15) NOT NULL,
  `nm_ruangan` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_ruangan`),
  KEY `kd_puskesmas` (`kd_puskesmas`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `satuan_besar` (
  `kd_sat_besar_obat` char(10) NOT NULL,
  `sat_besar_obat` varchar(30) NOT NULL,
  PRIMARY KEY (`kd_sat_besar_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `satuan_kecil` (
  `kd_sat_kecil_obat` char(10) NOT NULL,
  `sat_kecil_obat` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_sat_kecil_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `session` (
  `session_id` varchar(40) NOT NULL DEFAULT '0',
  `ip_address` varchar(45) NOT NULL DEFAULT '0',
  `user_agent` varchar(120) NOT NULL,
  `last_activity` int(10) unsigned NOT NULL DEFAULT '0',
  `user_data` text NOT NULL,
  PRIMARY KEY (`session_id`),
  KEY `last_activity_idx` (`last_activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `spesialisasi` (
  `kd_spesialisasi` varchar(10) NOT NULL,
  `spesialisasi` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_spesialisasi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `status_keluar_pasien` (
  `kd_status_pasien` varchar(30) NOT NULL,
  `keterangan` varchar(100) NOT NULL,
  PRIMARY KEY (`kd_status_pasien`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `status_marital` (
  `kd_status_marital` int(3) NOT NULL AUTO_INCREMENT,
  `status_marital` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_status_marital`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `terapi_obat` (
  `kd_terapi_obat` char(10) NOT NULL,
  `terapi_obat` varchar(30) NOT NULL,
  PRIMARY KEY (`kd_terapi_obat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `tindakan` (
  `kd_produk` varchar(10) NOT NULL,
  `produk` varchar(100) NOT NULL,
  `harga` int(50) NOT NULL,
  `kd_jenis_tindakan` int(5) NOT NULL,
  `keterangan_tindakan` varchar(50) NOT NULL,
  PRIMARY KEY (`kd_produk`),
  KEY `kd_jenis_tindakan` (`kd_jenis_tindakan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `unit_farmasi` (
  `kd_unit_farmasi` varchar(10) NOT NULL,
  `nama_unit_farmasi` varchar(50) NOT NULL,
  `farmasi_utama` varchar(10) NOT NULL,
  PRIMARY KEY (`kd_unit_farmasi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `unit_pelayanan` (
  `kd_unit_pelayanan` int(15) NOT NULL AUTO_INCREMENT,
  `nm_unit` varchar(150) NOT NULL,
  `kd_puskesmas` varchar(15) NOT NULL,
  PRIMARY KEY (`kd_unit_pelayanan`),
  KEY `kd_puskesmas` (`kd_puskesmas`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=23 ;

CREATE TABLE IF NOT EXISTS `user` (
  `id_user` int(10) NOT NULL AUTO_INCREMENT,
  `email` varchar(50) NOT NULL,
  `password` text NOT NULL,
  `nip` varchar(18) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `id_akses` int(5) NOT NULL,
  `kd_puskesmas` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id_user`),
  UNIQUE KEY `email` (`email`),
  KEY `id_akses` (`id_akses`),
  KEY `kd_puskesmas` (`kd_puskesmas`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=41 ;

ALTER TABLE `bed`
  ADD CONSTRAINT `KAMAR_BED` FOREIGN KEY (`kd_kamar`) REFERENCES `kamar` (`kd_kamar`) ON UPDATE CASCADE;

ALTER TABLE `dokter`
  ADD CONSTRAINT `PUSKESMAS_DOKTER` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE;

ALTER TABLE `icd`
  ADD CONSTRAINT `ICD_INDUK` FOREIGN KEY (`kd_icd_induk`) REFERENCES `icd_induk` (`kd_icd_induk`) ON UPDATE CASCADE;

ALTER TABLE `kamar`
  ADD CONSTRAINT `RUANGAN_KAMAR` FOREIGN KEY (`kd_ruangan`) REFERENCES `ruangan` (`kd_ruangan`) ON UPDATE CASCADE;

ALTER TABLE `obat`
  ADD CONSTRAINT `GO_OBAT` FOREIGN KEY (`kd_gol_obat`) REFERENCES `golongan_obat` (`kd_gol_obat`) ON UPDATE CASCADE,
  ADD CONSTRAINT `HO_OBAT` FOREIGN KEY (`kd_tarif`) REFERENCES `harga_obat` (`kd_tarif`) ON UPDATE CASCADE,
  ADD CONSTRAINT `MO_OBAT` FOREIGN KEY (`kd_milik_obat`) REFERENCES `milik_obat` (`kd_milik_obat`) ON UPDATE CASCADE,
  ADD CONSTRAINT `SB_OBAT` FOREIGN KEY (`kd_sat_besar_obat`) REFERENCES `satuan_besar` (`kd_sat_besar_obat`) ON UPDATE CASCADE,
  ADD CONSTRAINT `SK_OBAT` FOREIGN KEY (`kd_sat_kecil_obat`) REFERENCES `satuan_kecil` (`kd_sat_kecil_obat`) ON UPDATE CASCADE,
  ADD CONSTRAINT `TO_OBAT` FOREIGN KEY (`kd_terapi_obat`) REFERENCES `terapi_obat` (`kd_terapi_obat`) ON UPDATE CASCADE;

ALTER TABLE `pasien`
  ADD CONSTRAINT `JK_PASIEN` FOREIGN KEY (`kd_jenis_kelamin`) REFERENCES `jenis_kelamin` (`kd_jenis_kelamin`) ON UPDATE CASCADE,
  ADD CONSTRAINT `KECAMATAN_PASIEN` FOREIGN KEY (`kd_kecamatan`) REFERENCES `kecamatan` (`kd_kecamatan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `KELURAHAN_PASIEN` FOREIGN KEY (`kd_kelurahan`) REFERENCES `kelurahan` (`kd_kelurahan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `KOTA_PASIEN` FOREIGN KEY (`kd_kota`) REFERENCES `kota` (`kd_kota`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PKM_PASIEN` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PROPINSI_PASIEN` FOREIGN KEY (`kd_propinsi`) REFERENCES `propinsi` (`kd_propinsi`) ON UPDATE CASCADE;

ALTER TABLE `pelayanan`
  ADD CONSTRAINT `JL_PELAYANAN` FOREIGN KEY (`kd_jenis_layanan`) REFERENCES `jenis_layanan` (`kd_jenis_layanan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PASIEN_PELAYANAN` FOREIGN KEY (`kd_rekam_medis`) REFERENCES `pasien` (`kd_rekam_medis`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PETUGAS_PELAYANAN` FOREIGN KEY (`kd_petugas`) REFERENCES `petugas` (`kd_petugas`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PKM_PELAYANAN` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE,
  ADD CONSTRAINT `SKP_PELAYANAN` FOREIGN KEY (`kd_status_pasien`) REFERENCES `status_keluar_pasien` (`kd_status_pasien`) ON UPDATE CASCADE,
  ADD CONSTRAINT `UP_PELAYANAN` FOREIGN KEY (`kd_unit_pelayanan`) REFERENCES `unit_pelayanan` (`kd_unit_pelayanan`) ON UPDATE CASCADE;

ALTER TABLE `pelayanan_obat`
  ADD CONSTRAINT `OBAT_PO` FOREIGN KEY (`kd_obat`) REFERENCES `obat` (`kd_obat`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PELAYANAN_PO` FOREIGN KEY (`kd_trans_pelayanan`) REFERENCES `pelayanan` (`kd_trans_pelayanan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `SK_PO` FOREIGN KEY (`kd_sat_kecil_obat`) REFERENCES `satuan_kecil` (`kd_sat_kecil_obat`) ON UPDATE CASCADE;

ALTER TABLE `pelayanan_penyakit`
  ADD CONSTRAINT `GU_PP` FOREIGN KEY (`kd_gol_umur`) REFERENCES `golongan_umur` (`kd_gol_umur`) ON UPDATE CASCADE,
  ADD CONSTRAINT `ICD_PP` FOREIGN KEY (`kd_penyakit`) REFERENCES `icd` (`kd_penyakit`) ON UPDATE CASCADE,
  ADD CONSTRAINT `JD_PP` FOREIGN KEY (`kd_jenis_diagnosa`) REFERENCES `jenis_diagnosa` (`kd_jenis_diagnosa`) ON UPDATE CASCADE,
  ADD CONSTRAINT `JK_PP` FOREIGN KEY (`kd_jenis_kasus`) REFERENCES `jenis_kasus` (`kd_jenis_kasus`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  ADD CONSTRAINT `PELAYANAN_PP` FOREIGN KEY (`kd_trans_pelayanan`) REFERENCES `pelayanan` (`kd_trans_pelayanan`) ON UPDATE CASCADE;

ALTER TABLE `pelayanan_tindakan`
  ADD CONSTRAINT `PELAYANAN_PT` FOREIGN KEY (`kd_trans_pelayanan`) REFERENCES `pelayanan` (`kd_trans_pelayanan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `TINDAKAN_PT` FOREIGN KEY (`kd_produk`) REFERENCES `tindakan` (`kd_produk`) ON UPDATE CASCADE;

ALTER TABLE `petugas`
  ADD CONSTRAINT `GP_PETUGAS` FOREIGN KEY (`kd_gol`) REFERENCES `golongan_petugas` (`kd_gol`) ON UPDATE CASCADE,
  ADD CONSTRAINT `PEND_PETUGAS` FOREIGN KEY (`kd_pendidikan`) REFERENCES `pendidikan_kesehatan` (`kd_pendidikan`) ON UPDATE CASCADE,
  ADD CONSTRAINT `POSISI_PETUGAS` FOREIGN KEY (`kd_posisi`) REFERENCES `posisi` (`kd_posisi`) ON UPDATE CASCADE,
  ADD CONSTRAINT `UP_PETUGAS` FOREIGN KEY (`kd_unit_pelayanan`) REFERENCES `unit_pelayanan` (`kd_unit_pelayanan`) ON UPDATE CASCADE;

ALTER TABLE `puskesmas`
  ADD CONSTRAINT `puskesmas_ibfk_3` FOREIGN KEY (`id_jenis_puskesmas`) REFERENCES `jenis_puskesmas` (`id_jenis_puskesmas`),
  ADD CONSTRAINT `puskesmas_ibfk_4` FOREIGN KEY (`kd_kecamatan`) REFERENCES `kecamatan` (`kd_kecamatan`);

ALTER TABLE `ruangan`
  ADD CONSTRAINT `PKM_RUANGAN` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE;

ALTER TABLE `unit_pelayanan`
  ADD CONSTRAINT `PUS_UP` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE;

ALTER TABLE `user`
  ADD CONSTRAINT `user_akses` FOREIGN KEY (`id_akses`) REFERENCES `akses` (`id_akses`) ON UPDATE CASCADE,
  ADD CONSTRAINT `user_puskesmas` FOREIGN KEY (`kd_puskesmas`) REFERENCES `puskesmas` (`kd_puskesmas`) ON UPDATE CASCADE;
