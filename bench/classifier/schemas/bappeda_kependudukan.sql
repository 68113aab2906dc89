-- origin: gedelumbung/sim-kependudukan bappeda.sql at 0bb07b515b677a60b7f45d6d80972e65eed10746 (phpMyAdmin dump of `bappeda`, a regional planning agency's (BAPPEDA) population and household socio-economic survey system: households and their members, individual health, education, work, fertility and family-planning answers, deaths, housing, sanitation, land, food and non-food expenditure, social aid and credit, ICT use; schema part: the 20 CREATE TABLE statements; INSERT rows left out)

-- phpMyAdmin SQL Dump
-- version 3.4.11.1deb2
-- http://www.phpmyadmin.net
--
-- Host: localhost
-- Generation Time: Aug 25, 2014 at 11:37 AM
-- Server version: 5.5.35
-- PHP Version: 5.4.4-14+deb7u5

SET SQL_MODE="NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+00:00";

--
-- Database: `bappeda`
--

-- --------------------------------------------------------

--
-- Table structure for table `tbl_art`
--

CREATE TABLE IF NOT EXISTS `tbl_art` (
  `id_art` int(10) NOT NULL AUTO_INCREMENT,
  `id_rt` int(10) NOT NULL,
  `nik` varchar(100) NOT NULL,
  `nama_art` varchar(150) NOT NULL,
  `hubungan_krt` varchar(10) NOT NULL,
  `jk` varchar(15) NOT NULL,
  `tmp_lahir` varchar(10) NOT NULL,
  `tgl_lahir` varchar(30) NOT NULL,
  `status_kawin` varchar(75) NOT NULL,
  `gol_darah` varchar(2) NOT NULL,
  `kartu_kk` varchar(10) NOT NULL,
  `kartu_ak` varchar(10) NOT NULL,
  `buku_nikah` varchar(10) NOT NULL,
  `gambar` varchar(100) NOT NULL,
  PRIMARY KEY (`id_art`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

--
-- Dumping data for table `tbl_art`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_art_perorangan`
--

CREATE TABLE IF NOT EXISTS `tbl_art_perorangan` (
  `id_art_perorangan` int(10) NOT NULL AUTO_INCREMENT,
  `id_art` int(10) NOT NULL,
  `no_urut_ibu_kandung` varchar(150) NOT NULL,
  `kehadiran_wawancara` varchar(150) NOT NULL,
  `kurang_gizi` varchar(50) NOT NULL,
  `keluhan_panas` varchar(150) NOT NULL,
  `keluhan_batuk` varchar(150) NOT NULL,
  `keluhan_pilek` varchar(150) NOT NULL,
  `keluhan_asma` varchar(150) NOT NULL,
  `keluhan_diare` varchar(150) NOT NULL,
  `keluhan_sakit_kepala` varchar(150) NOT NULL,
  `keluhan_sakit_gigi` varchar(150) NOT NULL,
  `keluhan_lainnya` varchar(150) NOT NULL,
  `implikasi_keluhan` varchar(150) NOT NULL,
  `lama_implikasi` varchar(150) NOT NULL,
  `masih_implikasi` varchar(150) NOT NULL,
  `pengobatan_sendiri` varchar(150) NOT NULL,
  `jenis_pengobatan_sendiri` varchar(150) NOT NULL,
  `pengobatan_jalan` varchar(150) NOT NULL,
  `berobat_jalan_rs_pemerintah` varchar(150) NOT NULL,
  `berobat_jalan_rs_swasta` varchar(150) NOT NULL,
  `berobat_jalan_poliklinik` varchar(150) NOT NULL,
  `berobat_jalan_puskesmas` varchar(150) NOT NULL,
  `berobat_jalan_nakes` varchar(150) NOT NULL,
  `berobat_jalan_batra` varchar(150) NOT NULL,
  `berobat_jalan_dukun` varchar(150) NOT NULL,
  `berobat_jalan_lainnya` varchar(150) NOT NULL,
  `rawat_inap` varchar(150) NOT NULL,
  `rawat_inap_rs_pemerintah` varchar(150) NOT NULL,
  `rawat_inap_rs_swasta` varchar(150) NOT NULL,
  `rawat_inap_puskesmas` varchar(150) NOT NULL,
  `rawat_inap_nakes` varchar(150) NOT NULL,
  `rawat_inap_batra` varchar(150) NOT NULL,
  `rawat_inap_lainnya` varchar(150) NOT NULL,
  `jamkesmas` varchar(150) NOT NULL,
  `jamkesda` varchar(150) NOT NULL,
  `jampersal` varchar(150) NOT NULL,
  `bpjs` varchar(150) NOT NULL,
  `umur_balita` varchar(150) NOT NULL,
  `penolong_kelahiran_1` varchar(150) NOT NULL,
  `penolong_kelahiran_2` varchar(150) NOT NULL,
  `imunisasi_bcg` varchar(150) NOT NULL,
  `imunisasi_dpt` varchar(150) NOT NULL,
  `imunisasi_polio` varchar(150) NOT NULL,
  `imunisasi_campak` varchar(150) NOT NULL,
  `imunisasi_hepatitis_b` varchar(150) NOT NULL,
  `asi` varchar(150) NOT NULL,
  `lama_pemberian_asi` varchar(150) NOT NULL,
  `diberi_asi_saja` varchar(150) NOT NULL,
  `asi_24_jam` varchar(150) NOT NULL,
  `pemeriksaan_kehamilan` varchar(150) NOT NULL,
  `pemeriksaan_kehamilan_trisemester_1` varchar(150) NOT NULL,
  `pemeriksaan_kehamilan_trisemester_2` varchar(150) NOT NULL,
  `pemeriksaan_kehamilan_trisemester_3` varchar(150) NOT NULL,
  `partisipasi_sekolah` varchar(150) NOT NULL,
  `berhenti_sekolah` varchar(150) NOT NULL,
  `pendidikan_tertinggi` varchar(150) NOT NULL,
  `penyelenggara_pendidikan` varchar(150) NOT NULL,
  `tingkat_tertinggi` varchar(150) NOT NULL,
  `ijazah_tertinggi` varchar(150) NOT NULL,
  `membaca_menulis` varchar(150) NOT NULL,
  `bekerja` varchar(150) NOT NULL,
  `sekolah` varchar(150) NOT NULL,
  `mengurus_rt` varchar(150) NOT NULL,
  `lainnya` varchar(150) NOT NULL,
  `kegiatan_terbanyak` varchar(150) NOT NULL,
  `tidak_bekerja_sementara` varchar(150) NOT NULL,
  `mencari_pekerjaan` varchar(150) NOT NULL,
  `membuat_usaha` varchar(150) NOT NULL,
  `alasan_tidak_bekerja` varchar(150) NOT NULL,
  `jika_ada_tawaran` varchar(150) NOT NULL,
  `hari_kerja` varchar(150) NOT NULL,
  `jumlah_jam_kerja_seminggu` varchar(150) NOT NULL,
  `lapangan_usaha` varchar(150) NOT NULL,
  `jenis_pekerjaan` varchar(150) NOT NULL,
  `jabatan_pekerjaan` varchar(150) NOT NULL,
  `gaji` varchar(150) NOT NULL,
  `umur_saat_nikah` varchar(150) NOT NULL,
  `jumlah_tahun_nikah` varchar(150) NOT NULL,
  `anak_lahir_hidup_laki` varchar(150) NOT NULL,
  `anak_lahir_hidup_perempuan` varchar(150) NOT NULL,
  `anak_lahir_masih_hidup_laki` varchar(150) NOT NULL,
  `anak_lahir_masih_hidup_perempuan` varchar(150) NOT NULL,
  `anak_meninggal_laki` varchar(150) NOT NULL,
  `anak_meninggal_perempuan` varchar(150) NOT NULL,
  `alat_kb` varchar(150) NOT NULL,
  `memakai_alat_kb` varchar(150) NOT NULL,
  `alat_kb_dipakai` varchar(150) NOT NULL,
  PRIMARY KEY (`id_art_perorangan`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

--
-- Dumping data for table `tbl_art_perorangan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_desa_kelurahan`
--

CREATE TABLE IF NOT EXISTS `tbl_desa_kelurahan` (
  `id_desa_kelurahan` int(10) NOT NULL AUTO_INCREMENT,
  `id_provinsi` int(10) NOT NULL,
  `id_kabupaten` int(10) NOT NULL,
  `id_kecamatan` int(10) NOT NULL,
  `desa_kelurahan` varchar(100) NOT NULL,
  PRIMARY KEY (`id_desa_kelurahan`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=63 ;

--
-- Dumping data for table `tbl_desa_kelurahan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_informasi_tambahan_survey`
--

CREATE TABLE IF NOT EXISTS `tbl_informasi_tambahan_survey` (
  `id_informasi_tambahan_survey` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `drainase` varchar(150) DEFAULT NULL,
  `bentuk_drainase` varchar(150) DEFAULT NULL,
  `fungsi_drainase` varchar(150) DEFAULT NULL,
  `kualitas_drainase` varchar(150) DEFAULT NULL,
  `klasifikasi_drainase` varchar(150) DEFAULT NULL,
  `penanganan_limbah_rt` varchar(150) DEFAULT NULL,
  `status_jalan_rumah` varchar(150) DEFAULT NULL,
  `bentuk_fisik_permukaan_jalan` varchar(150) DEFAULT NULL,
  `kualitas_jalan` varchar(150) DEFAULT NULL,
  `fungsi_jalan` varchar(150) DEFAULT NULL,
  `nama_jalan` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id_informasi_tambahan_survey`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_informasi_tambahan_survey`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_kabupaten`
--

CREATE TABLE IF NOT EXISTS `tbl_kabupaten` (
  `id_kabupaten` int(10) NOT NULL AUTO_INCREMENT,
  `id_provinsi` int(10) NOT NULL,
  `kabupaten` varchar(100) NOT NULL,
  PRIMARY KEY (`id_kabupaten`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

--
-- Dumping data for table `tbl_kabupaten`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_kebersihan_survey`
--

CREATE TABLE IF NOT EXISTS `tbl_kebersihan_survey` (
  `id_kebersihan_survey` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `tps` varchar(150) DEFAULT NULL,
  `bentuk_tps` varchar(150) DEFAULT NULL,
  `pemilihan_sampah` varchar(150) DEFAULT NULL,
  `tps_alternatif` varchar(150) DEFAULT NULL,
  `layanan_tps_keliling` varchar(150) DEFAULT NULL,
  `intensitas_pengangkutan_sampah` varchar(150) DEFAULT NULL,
  `alasan_tidak_berlangganan` varchar(150) DEFAULT NULL,
  `keanggotaan_urusan_sampah` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id_kebersihan_survey`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_kebersihan_survey`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_kecamatan`
--

CREATE TABLE IF NOT EXISTS `tbl_kecamatan` (
  `id_kecamatan` int(10) NOT NULL AUTO_INCREMENT,
  `id_provinsi` int(10) NOT NULL,
  `id_kabupaten` int(10) NOT NULL,
  `kecamatan` varchar(100) NOT NULL,
  PRIMARY KEY (`id_kecamatan`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=18 ;

--
-- Dumping data for table `tbl_kecamatan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_kematian`
--

CREATE TABLE IF NOT EXISTS `tbl_kematian` (
  `id_kematian` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(10) NOT NULL,
  `nama` varchar(150) NOT NULL,
  `tahun` int(4) NOT NULL,
  `jenis_kelamin` varchar(10) NOT NULL,
  `umur` varchar(30) NOT NULL,
  `sebab_kematian` text NOT NULL,
  `masa_kehamilan` varchar(5) NOT NULL,
  `persalinan` varchar(5) NOT NULL,
  `nifas` varchar(5) NOT NULL,
  PRIMARY KEY (`id_kematian`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

--
-- Dumping data for table `tbl_kematian`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_keterangan_keluarga`
--

CREATE TABLE IF NOT EXISTS `tbl_keterangan_keluarga` (
  `id_keterangan_keluarga` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `nama_kepala_rt` varchar(150) NOT NULL,
  `jenis_kelamin_rt` varchar(20) NOT NULL,
  `jumlah_keluarga` int(10) NOT NULL,
  `jumlah_anggota_keluarga` int(10) NOT NULL,
  `jenis_lantai_bangunan` varchar(100) NOT NULL,
  `jenis_dinding_bangunan` varchar(100) NOT NULL,
  `fasilitas_buang_air` varchar(100) NOT NULL,
  `sumber_air` varchar(100) NOT NULL,
  `sumber_penerangan` varchar(100) NOT NULL,
  `jenis_bahan_bakar_memasak` varchar(100) NOT NULL,
  `frekuensi_membeli_daging_seminggu` varchar(100) NOT NULL,
  `frekuensi_makan_perhari` varchar(100) NOT NULL,
  `kuantitas_membeli_pakaian_pertahun` varchar(100) NOT NULL,
  `kemampuan_berobat` varchar(100) NOT NULL,
  `pekerjaan_kepala_rt` varchar(100) NOT NULL,
  `pendidikan_kepala_rt` varchar(100) NOT NULL,
  `tabungan` varchar(5) NOT NULL,
  `emas` varchar(5) NOT NULL,
  `televisi` varchar(5) NOT NULL,
  `ternak` varchar(5) NOT NULL,
  `sepeda_motor` varchar(5) NOT NULL,
  `art_balita` varchar(50) NOT NULL,
  `art_7_18` varchar(50) NOT NULL,
  `art_7_18_sd` varchar(50) NOT NULL,
  `art_7_18_smp` varchar(50) NOT NULL,
  `art_7_18_sma` varchar(50) NOT NULL,
  `art_7_18_tidak_sekolah` varchar(50) NOT NULL,
  `art_10_49` varchar(100) NOT NULL,
  `kredit_usaha` varchar(50) NOT NULL,
  PRIMARY KEY (`id_keterangan_keluarga`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_keterangan_keluarga`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_lahan_pertanian`
--

CREATE TABLE IF NOT EXISTS `tbl_lahan_pertanian` (
  `id_lahan_pertanian` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `lahan_pertanian` varchar(150) DEFAULT NULL,
  `milik_sendiri_pencacahan_luas_sawah` varchar(150) DEFAULT NULL,
  `milik_sendiri_pencacahan_lahan_kering` varchar(150) DEFAULT NULL,
  `milik_sendiri_setahun_lalu_luas_sawah` varchar(150) DEFAULT NULL,
  `milik_sendiri_setahun_lalu_lahan_kering` varchar(150) DEFAULT NULL,
  `pihak_lain_pencacahan_luas_sawah` varchar(150) DEFAULT NULL,
  `pihak_lain_pencacahan_lahan_kering` varchar(150) DEFAULT NULL,
  `pihak_lain_setahun_lalu_luas_sawah` varchar(150) DEFAULT NULL,
  `pihak_lain_setahun_lalu_lahan_kering` varchar(150) DEFAULT NULL,
  `sendiri_pihak_lain_pencacahan_luas_sawah` varchar(150) DEFAULT NULL,
  `sendiri_pihak_lain_pencacahan_lahan_kering` varchar(150) DEFAULT NULL,
  `sendiri_pihak_lain_setahun_lalu_luas_sawah` varchar(150) DEFAULT NULL,
  `sendiri_pihak_lain_setahun_lalu_lahan_kering` varchar(150) DEFAULT NULL,
  `dikuasai_pencacahan_luas_swah` varchar(150) DEFAULT NULL,
  `dikuasai_pencacahan_lahan_kering` varchar(150) DEFAULT NULL,
  `dikuasai_setahun_lalu_luas_swah` varchar(150) DEFAULT NULL,
  `dikuasai_setahun_lalu_lahan_kering` varchar(150) DEFAULT NULL,
  `pertanian_pencacahan_luas_sawah` varchar(150) DEFAULT NULL,
  `pertanian_pencacahan_lahan_kering` varchar(150) DEFAULT NULL,
  `pertanian_setahun_lalu_luas_sawah` varchar(150) DEFAULT NULL,
  `pertanian_setahun_lalu_lahan_kering` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id_lahan_pertanian`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_lahan_pertanian`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_pengeluaran_makanan`
--

CREATE TABLE IF NOT EXISTS `tbl_pengeluaran_makanan` (
  `id_pengeluaran_rt` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `beras` int(11) NOT NULL,
  `padi_lainnya` int(11) NOT NULL,
  `umbi_umbian` int(11) NOT NULL,
  `ikan_segar` int(11) NOT NULL,
  `ikan_diawetkan` int(11) NOT NULL,
  `daging` int(11) NOT NULL,
  `telur` int(11) NOT NULL,
  `susu` int(11) NOT NULL,
  `sayur` int(11) NOT NULL,
  `kacang` int(11) NOT NULL,
  `buah` int(11) NOT NULL,
  `minyak_lemak` int(11) NOT NULL,
  `bahan_minuman` int(11) NOT NULL,
  `bumbu_bumbuan` int(11) NOT NULL,
  `mie` int(11) NOT NULL,
  `konsumsi_lainnya` int(11) NOT NULL,
  `makanan_jadi` int(11) NOT NULL,
  `minuman_non_alkohol` int(11) NOT NULL,
  `minuman_alkohol` int(11) NOT NULL,
  `rokok` int(11) NOT NULL,
  `tembakau_lainnya` int(11) NOT NULL,
  PRIMARY KEY (`id_pengeluaran_rt`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_pengeluaran_makanan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_pengeluaran_non_makanan`
--

CREATE TABLE IF NOT EXISTS `tbl_pengeluaran_non_makanan` (
  `id_pengeluaran_non_makanan` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `sewa_rumah` int(11) NOT NULL,
  `pemeliharaan_rumah` int(11) NOT NULL,
  `rekening_rt` int(11) NOT NULL,
  `rekening_elektrik` int(11) NOT NULL,
  `sabun_kosmetik` int(11) NOT NULL,
  `biaya_kesehatan` int(11) NOT NULL,
  `biaya_pendidikan` int(11) NOT NULL,
  `jasa_lainnya` int(11) NOT NULL,
  `pakaian` int(11) NOT NULL,
  `barang_tahan_lama` int(11) NOT NULL,
  `pbb` int(11) NOT NULL,
  `retribusi` int(11) NOT NULL,
  `askes` int(11) NOT NULL,
  `pajak_lainnya` int(11) NOT NULL,
  `keperluan_pesta` int(11) NOT NULL,
  `sumber_penghasilan_utama_rt` text NOT NULL,
  `kode_status_pekerjaan` int(11) NOT NULL,
  `sewa_rumah_setahun` int(11) NOT NULL,
  `pemeliharaan_rumah_setahun` int(11) NOT NULL,
  `rekening_rt_setahun` int(11) NOT NULL,
  `rekening_elektrik_setahun` int(11) NOT NULL,
  `sabun_kosmetik_setahun` int(11) NOT NULL,
  `biaya_kesehatan_setahun` int(11) NOT NULL,
  `biaya_pendidikan_setahun` int(11) NOT NULL,
  `jasa_lainnya_setahun` int(11) NOT NULL,
  `pakaian_setahun` int(11) NOT NULL,
  `barang_tahan_lama_setahun` int(11) NOT NULL,
  `pbb_setahun` int(11) NOT NULL,
  `retribusi_setahun` int(11) NOT NULL,
  `askes_setahun` int(11) NOT NULL,
  `pajak_lainnya_setahun` int(11) NOT NULL,
  `keperluan_pesta_setahun` int(11) NOT NULL,
  PRIMARY KEY (`id_pengeluaran_non_makanan`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_pengeluaran_non_makanan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_perumahan`
--

CREATE TABLE IF NOT EXISTS `tbl_perumahan` (
  `id_perumahan` int(10) NOT NULL AUTO_INCREMENT,
  `id_rt` int(10) NOT NULL,
  `status_penguasaan_bangunan` varchar(100) NOT NULL,
  `luas_lantai` varchar(50) NOT NULL,
  `sumber_air_minum` varchar(75) NOT NULL,
  `jarak_sumber_air_sepiteng` varchar(75) NOT NULL,
  `penggunaan_tempat_buang_air` varchar(75) NOT NULL,
  PRIMARY KEY (`id_perumahan`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_perumahan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_perumahan_survey`
--

CREATE TABLE IF NOT EXISTS `tbl_perumahan_survey` (
  `id_perumahan_survey` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `jenis_rumah` varchar(150) DEFAULT NULL,
  `konstruksi_rumah` varchar(150) DEFAULT NULL,
  `kepemilikan_rumah` varchar(150) DEFAULT NULL,
  `fungsi_rumah` varchar(150) DEFAULT NULL,
  `tahun_pembuatan_rumah` varchar(150) DEFAULT NULL,
  `jumlah_lantai` varchar(150) DEFAULT NULL,
  `luas_lantai_1` varchar(150) DEFAULT NULL,
  `luas_lantai_2` varchar(150) DEFAULT NULL,
  `luas_lantai_3` varchar(150) DEFAULT NULL,
  `luas_pekarangan` varchar(150) DEFAULT NULL,
  `bagian_terluas_atap` varchar(150) DEFAULT NULL,
  `kondisi_atap_rumah` varchar(150) DEFAULT NULL,
  `bagian_terluas_dinding` varchar(150) DEFAULT NULL,
  `kondisi_dinding_rumah` varchar(150) DEFAULT NULL,
  `bagian_terluas_lantai` varchar(150) DEFAULT NULL,
  `kondisi_lantai_rumah` varchar(150) DEFAULT NULL,
  `jumlah_kepemilikan_rumah_lainnya` varchar(150) DEFAULT NULL,
  `alamat_rumah_lainnya` text NOT NULL,
  `kepemilikan_imb` varchar(150) DEFAULT NULL,
  `penertiban_imb` varchar(150) DEFAULT NULL,
  `kepemilikan_surat_tanah` varchar(150) DEFAULT NULL,
  `jarak_sempadan_jalan` varchar(150) DEFAULT NULL,
  `jarak_sempadan_sungai` varchar(150) DEFAULT NULL,
  `jarak_sempadan_pantai` varchar(150) DEFAULT NULL,
  `jarak_sempadan_irigasi` varchar(150) DEFAULT NULL,
  `gambar` varchar(100) NOT NULL,
  `gambar_2` varchar(100) NOT NULL,
  `gambar_3` varchar(100) NOT NULL,
  PRIMARY KEY (`id_perumahan_survey`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

--
-- Dumping data for table `tbl_perumahan_survey`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_provinsi`
--

CREATE TABLE IF NOT EXISTS `tbl_provinsi` (
  `id_provinsi` int(10) NOT NULL AUTO_INCREMENT,
  `provinsi` varchar(100) NOT NULL,
  PRIMARY KEY (`id_provinsi`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

--
-- Dumping data for table `tbl_provinsi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_rt`
--

CREATE TABLE IF NOT EXISTS `tbl_rt` (
  `id_rt` int(10) NOT NULL AUTO_INCREMENT,
  `id_desa_kelurahan` int(11) NOT NULL,
  `nama_krt` varchar(150) NOT NULL,
  `suku_krt` varchar(150) NOT NULL,
  `jumlah_art` int(5) NOT NULL,
  `jumlah_anak` int(5) NOT NULL,
  `jumlah_art_meninggal` int(5) NOT NULL,
  `tahun` int(4) NOT NULL,
  PRIMARY KEY (`id_rt`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=5 ;

--
-- Dumping data for table `tbl_rt`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_sanitasi_penerangan_survey`
--

CREATE TABLE IF NOT EXISTS `tbl_sanitasi_penerangan_survey` (
  `id_sanitasi_penerangan_survey` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `kepemilikan_jamban` varchar(150) DEFAULT NULL,
  `jumlah_kepemilikan_jamban` varchar(150) DEFAULT NULL,
  `jenis_jamban` varchar(150) DEFAULT NULL,
  `jamban_alternatif` varchar(150) DEFAULT NULL,
  `sumber_penerangan` varchar(150) DEFAULT NULL,
  `sumber_air_bersih` varchar(150) DEFAULT NULL,
  `kualitas_air_bersih` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id_sanitasi_penerangan_survey`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_sanitasi_penerangan_survey`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_sosial_ekonomi`
--

CREATE TABLE IF NOT EXISTS `tbl_sosial_ekonomi` (
  `id_sosial_ekonomi` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `kategori_miskin` varchar(150) DEFAULT NULL,
  `kartu_kesehatan` varchar(150) DEFAULT NULL,
  `memperoleh_kartu_kesehatan` varchar(150) DEFAULT NULL,
  `rawat_jalan_inap_kartu_kesehatan_3_bulan` varchar(150) DEFAULT NULL,
  `biaya_rawat_jalan_inap` varchar(150) DEFAULT NULL,
  `melahirkan_kehamilan_kartu_kesehatan_3_bulan` varchar(150) DEFAULT NULL,
  `biaya_melahirkan_kehamilan` varchar(150) DEFAULT NULL,
  `keperluan_kb_kartu_kesehatan_3_bulan` varchar(150) DEFAULT NULL,
  `biaya_keperluan_kb` varchar(150) DEFAULT NULL,
  `beras_murah` varchar(150) DEFAULT NULL,
  `jumlah_beras_murah` varchar(150) DEFAULT NULL,
  `harga_beras_murah` varchar(150) DEFAULT NULL,
  `kredit_usaha` varchar(150) DEFAULT NULL,
  `jumlah_kredit_usaha` varchar(150) DEFAULT NULL,
  `bunga_kredit_usaha` varchar(150) DEFAULT NULL,
  `sumber_kredit_usaha` varchar(150) DEFAULT NULL,
  `art_sebagai_tki` varchar(150) DEFAULT NULL,
  `tki_perawat_jumlah` varchar(150) DEFAULT NULL,
  `tki_perawat_tahun` varchar(150) DEFAULT NULL,
  `tki_pembantu_jumlah` varchar(150) DEFAULT NULL,
  `tki_pembantu_tahun` varchar(150) DEFAULT NULL,
  `tki_supir_jumlah` varchar(150) DEFAULT NULL,
  `tki_supir_tahun` varchar(150) DEFAULT NULL,
  `tki_tukang_bangunan_jumlah` varchar(150) DEFAULT NULL,
  `tki_tukang_bangunan_tahun` varchar(150) DEFAULT NULL,
  `tki_buruh_perkebunan_jumlah` varchar(150) DEFAULT NULL,
  `tki_buruh_perkebunan_tahun` varchar(150) DEFAULT NULL,
  `tki_buruh_pabrik_jumlah` varchar(150) DEFAULT NULL,
  `tki_buruh_pabrik_tahun` varchar(150) DEFAULT NULL,
  `beasiswa_pemerintah_jps` varchar(150) DEFAULT NULL,
  `beasiswa_pemerintah_non_jps` varchar(150) DEFAULT NULL,
  `beasiswa_gn_ota` varchar(150) DEFAULT NULL,
  `beasiswa_swasta` varchar(150) DEFAULT NULL,
  `beasiswa_sekolah` varchar(150) DEFAULT NULL,
  `beasiswa_perorangan` varchar(150) DEFAULT NULL,
  `beasiswa_lainnya` varchar(150) DEFAULT NULL,
  `beasiswa_sd_jumlah` varchar(150) DEFAULT NULL,
  `beasiswa_sd_tahun` varchar(150) DEFAULT NULL,
  `beasiswa_smp_jumlah` varchar(150) DEFAULT NULL,
  `beasiswa_smp_tahun` varchar(150) DEFAULT NULL,
  `beasiswa_sma_jumlah` varchar(150) DEFAULT NULL,
  `beasiswa_sma_tahun` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id_sosial_ekonomi`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

--
-- Dumping data for table `tbl_sosial_ekonomi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_tik`
--

CREATE TABLE IF NOT EXISTS `tbl_tik` (
  `id_tik` int(11) NOT NULL AUTO_INCREMENT,
  `id_rt` int(11) NOT NULL,
  `telepon` varchar(50) NOT NULL,
  `handphone` varchar(50) NOT NULL,
  `jumlah_no_handphone` varchar(50) NOT NULL,
  `komputer` varchar(50) NOT NULL,
  `internet` varchar(50) NOT NULL,
  `jumlah_pengguna_internet` varchar(50) NOT NULL,
  `internet_warnet` varchar(50) NOT NULL,
  `jumlah_pengguna_internet_warnet` varchar(50) NOT NULL,
  `internet_kantor_sekolah` varchar(50) NOT NULL,
  `jumlah_pengguna_internet_kantor_sekolah` varchar(50) NOT NULL,
  `internet_lainnya` varchar(50) NOT NULL,
  `jumlah_pengguna_internet_lainnya` varchar(50) NOT NULL,
  PRIMARY KEY (`id_tik`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

--
-- Dumping data for table `tbl_tik`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_user_cms`
--

CREATE TABLE IF NOT EXISTS `tbl_user_cms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(128) COLLATE utf8_unicode_ci NOT NULL,
  `password` varchar(128) COLLATE utf8_unicode_ci NOT NULL,
  `nama` varchar(100) COLLATE utf8_unicode_ci NOT NULL,
  `email` varchar(128) COLLATE utf8_unicode_ci NOT NULL,
  `status` varchar(50) COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci AUTO_INCREMENT=8 ;

--
-- Dumping data for table `tbl_user_cms`
--

