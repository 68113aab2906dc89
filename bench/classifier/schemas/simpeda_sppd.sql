-- origin: mugiarthur24/simpedaberkah db/sppd32.sql (phpMyAdmin dump, database `sppd32`: a regional civil-service agency's staff register (SIMPEG: employees, rank/position/salary history, family, sanctions, appraisals) and official travel orders (SPPD); schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `tbl_data_dp3` (
  `id_dp3` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `tahun` varchar(30) NOT NULL,
  `kesetiaan` varchar(100) NOT NULL,
  `prestasi` varchar(100) NOT NULL,
  `tanggung_jawab` varchar(100) NOT NULL,
  `ketaatan` varchar(100) NOT NULL,
  `kejujuran` varchar(100) NOT NULL,
  `kerjasama` varchar(100) NOT NULL,
  `prakarsa` varchar(100) NOT NULL,
  `kepemimpinan` varchar(100) NOT NULL,
  `rata_rata` varchar(100) NOT NULL,
  `pejabat_penilai` varchar(100) NOT NULL,
  `atasan_pejabat_penilai` varchar(100) NOT NULL,
  `mengetahui` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_gaji_pokok` (
  `id_gaji_pokok` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_golongan` int(50) NOT NULL,
  `nomor_sk` varchar(100) NOT NULL,
  `tanggal_sk` varchar(100) NOT NULL,
  `dasar_perubahan` varchar(100) NOT NULL,
  `gaji_pokok` varchar(50) NOT NULL,
  `tanggal_mulai` varchar(50) NOT NULL,
  `tanggal_selesai` varchar(50) NOT NULL,
  `masa_kerja` varchar(50) NOT NULL,
  `pejabat_menetapkan` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_hukuman` (
  `id_hukuman` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_master_hukuman` int(50) NOT NULL,
  `uraian` text NOT NULL,
  `nomor_sk` varchar(100) NOT NULL,
  `tanggal_sk` varchar(100) NOT NULL,
  `tanggal_mulai` varchar(50) NOT NULL,
  `tanggal_selesai` varchar(50) NOT NULL,
  `no_sk_pembatalan` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_keluarga` (
  `id_data_keluarga` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `nama_anggota_keluarga` varchar(150) NOT NULL,
  `tanggal_lahir` varchar(100) NOT NULL,
  `status_keluarga` varchar(20) NOT NULL,
  `status_kawin` varchar(50) NOT NULL,
  `tanggal_nikah` varchar(100) NOT NULL,
  `tanggal_cerai_meninggal` text NOT NULL,
  `tanggal_meninggal` varchar(110) DEFAULT NULL,
  `pekerjaan` varchar(50) NOT NULL,
  `no_kartu` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_organisasi` (
  `id_organisasi` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_satuan_kerja` int(11) NOT NULL,
  `nomor` varchar(100) NOT NULL,
  `tanggal` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_pegawai` (
  `id_pegawai` int(50) NOT NULL,
  `nip` varchar(100) NOT NULL,
  `nip_lama` varchar(100) NOT NULL,
  `no_kartu_pegawai` varchar(100) NOT NULL,
  `nama_pegawai` varchar(150) NOT NULL,
  `agama` int(11) NOT NULL DEFAULT '1',
  `tempat_lahir` varchar(150) NOT NULL,
  `tanggal_lahir` varchar(50) NOT NULL,
  `nomor_kk` varchar(114) NOT NULL,
  `nomor_ktp` varchar(114) NOT NULL,
  `jenis_kelamin` varchar(20) NOT NULL,
  `usia` varchar(10) NOT NULL,
  `status_pegawai` varchar(50) NOT NULL,
  `tanggal_pengangkatan_cpns` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `no_hp` varchar(114) DEFAULT NULL,
  `email` varchar(114) DEFAULT NULL,
  `no_npwp` varchar(75) NOT NULL,
  `kartu_askes_pegawai` varchar(100) NOT NULL,
  `status_pegawai_pangkat` varchar(50) NOT NULL,
  `id_golongan` int(20) DEFAULT NULL,
  `nomor_sk_pangkat` varchar(50) NOT NULL,
  `tanggal_sk_pangkat` varchar(50) NOT NULL,
  `tanggal_mulai_pangkat` varchar(50) NOT NULL,
  `tanggal_selesai_pangkat` varchar(50) NOT NULL,
  `id_status_jabatan` int(20) NOT NULL,
  `id_jabatan` int(20) NOT NULL,
  `id_unit_kerja` int(20) NOT NULL,
  `id_satuan_kerja` int(20) NOT NULL,
  `nomor_sk_jabatan` varchar(50) NOT NULL,
  `tanggal_sk_jabatan` varchar(50) NOT NULL,
  `tanggal_mulai_jabatan` varchar(50) NOT NULL,
  `tanggal_selesai_jabatan` varchar(50) NOT NULL,
  `id_eselon` int(20) NOT NULL,
  `tmt_eselon` varchar(50) NOT NULL,
  `tmt_cpns` varchar(50) NOT NULL,
  `gaji_pokok` varchar(110) NOT NULL,
  `tmt_pns` varchar(50) NOT NULL,
  `foto` varchar(100) NOT NULL DEFAULT 'avatar.png',
  `gelar_dpn` varchar(114) DEFAULT NULL,
  `gelar_belakang` varchar(114) DEFAULT NULL,
  `no_rek` varchar(114) NOT NULL DEFAULT 'tidak diisi'
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_pelatihan` (
  `id_pelatihan` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_master_pelatihan` int(50) NOT NULL,
  `nama_kursus` varchar(114) NOT NULL,
  `lama_kursus` varchar(114) NOT NULL,
  `tanggal` varchar(50) NOT NULL,
  `no_sertifikat` varchar(50) NOT NULL,
  `instansi` varchar(100) NOT NULL,
  `instansi_penyelenggara` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_pendidikan` (
  `id_pendidikan` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `tingkat_pendidikan` int(12) NOT NULL,
  `jurusan` varchar(50) NOT NULL,
  `sekolah` varchar(100) NOT NULL,
  `tempat_sekolah` text NOT NULL,
  `tanggal_lulus` varchar(50) NOT NULL,
  `nomor_ijazah` varchar(114) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_penghargaan` (
  `id_penghargaan` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `jenis_penghargaan` varchar(114) NOT NULL,
  `no_keputusan` varchar(114) NOT NULL,
  `tanggal` varchar(100) NOT NULL,
  `tahun` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_riwayat_eselon` (
  `id_riwayat_eselon` int(11) NOT NULL,
  `id_pegawai` int(11) NOT NULL,
  `id_eselon` int(11) NOT NULL,
  `id_jenis_jabatan` int(11) NOT NULL,
  `nm_jabatan` varchar(114) NOT NULL,
  `nomor_sk` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_riwayat_golongan` (
  `id_riwayat_golongan` int(100) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_golongan` int(50) DEFAULT NULL,
  `nomor_sk` varchar(50) NOT NULL,
  `tanggal_sk` varchar(50) NOT NULL,
  `tmt_golongan` varchar(50) NOT NULL,
  `nomor_bkn` varchar(100) NOT NULL,
  `tanggal_bkn` varchar(50) NOT NULL,
  `masa_kerja` varchar(110) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_riwayat_jabatan` (
  `id_riwayat_jabatan` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_jenis_jabatan` int(11) NOT NULL,
  `nm_jabatan` varchar(114) DEFAULT NULL,
  `id_jabatan` int(11) NOT NULL,
  `id_satuan_kerja` int(11) NOT NULL,
  `id_eselon` int(11) NOT NULL,
  `tmt_jabatan_rj` date NOT NULL,
  `tanggal_sk_rj` date NOT NULL,
  `tmt_pelantikan_rj` date DEFAULT NULL,
  `nomor_sk` varchar(114) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_riwayat_pangkat` (
  `id_riwayat_pangkat` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `id_pangkat` int(11) NOT NULL,
  `status` varchar(50) NOT NULL,
  `nomor_sk` varchar(50) NOT NULL,
  `tanggal_sk` varchar(50) NOT NULL,
  `tanggal_mulai` varchar(50) NOT NULL,
  `tanggal_selesai` varchar(50) NOT NULL,
  `masa_kerja` varchar(30) NOT NULL,
  `masa_kerja_bulan` int(11) NOT NULL,
  `masa_kerja_tahun` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_data_seminar` (
  `id_seminar` int(50) NOT NULL,
  `id_pegawai` int(50) NOT NULL,
  `uraian` text NOT NULL,
  `lokasi` varchar(100) NOT NULL,
  `tanggal` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_groups` (
  `id` mediumint(8) UNSIGNED NOT NULL,
  `name` varchar(20) NOT NULL,
  `description` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbl_honorer` (
  `id_honorer` int(5) NOT NULL,
  `kode_honorer` varchar(11) DEFAULT NULL,
  `nama` varchar(114) NOT NULL,
  `alamat` varchar(114) NOT NULL,
  `nomor_sk` varchar(50) NOT NULL,
  `id_lokasi_kerja` varchar(50) DEFAULT NULL,
  `tmt` varchar(50) DEFAULT NULL,
  `no_hp` varchar(15) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_info_pt` (
  `id_info_pt` int(11) NOT NULL,
  `nama_info_pt` varchar(114) DEFAULT NULL,
  `alias_pt` varchar(114) DEFAULT NULL,
  `kode_pt` varchar(114) DEFAULT NULL,
  `kontak_1` varchar(50) DEFAULT NULL,
  `kontak_2` varchar(50) DEFAULT NULL,
  `kontak_3` varchar(50) DEFAULT NULL,
  `kontak_4` varchar(114) DEFAULT NULL,
  `header_pt` varchar(114) DEFAULT NULL,
  `alamat_pt` varchar(114) DEFAULT NULL,
  `slogan` varchar(114) DEFAULT NULL,
  `logo_pt` varchar(114) DEFAULT NULL,
  `logo_kecil_pt` varchar(114) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_jk` (
  `id_jk` int(11) NOT NULL,
  `kode_jk` varchar(12) NOT NULL,
  `nm_jk` varchar(12) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_login_attempts` (
  `id` int(11) NOT NULL,
  `ip_address` varchar(15) DEFAULT NULL,
  `login` varchar(100) DEFAULT NULL,
  `time` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_agama` (
  `id_agama` int(11) NOT NULL,
  `nm_agama` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_angkutan` (
  `id_angkutan` int(11) NOT NULL,
  `nm_angutan` varchar(114) NOT NULL,
  `kode` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_biaya_harian` (
  `id_biaya_harian` int(11) NOT NULL,
  `id_provinsi` int(11) NOT NULL,
  `id_jabatan` int(11) NOT NULL,
  `biaya` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_biaya_hotel` (
  `id_biaya_hotel` int(11) NOT NULL,
  `id_provinsi` int(11) NOT NULL,
  `id_jabatan` int(11) NOT NULL,
  `biaya` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_eselon` (
  `id_eselon` int(50) NOT NULL,
  `nama_eselon` varchar(150) NOT NULL,
  `level` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_golongan` (
  `id_golongan` int(50) NOT NULL,
  `golongan` varchar(100) NOT NULL,
  `uraian` text NOT NULL,
  `level` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_hukuman` (
  `id_hukuman` int(50) NOT NULL,
  `nama_hukuman` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_jabatan` (
  `id_jabatan` int(50) NOT NULL,
  `nama_jabatan` text NOT NULL,
  `level` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_jenis_jabatan` (
  `id_jenis_jabatan` int(11) NOT NULL,
  `nama_jenis_jabatan` varchar(114) NOT NULL,
  `kode_jenis_jabatan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_jenis_perjadin` (
  `id_jenis_perjadin` int(11) NOT NULL,
  `jenis_perjadin` varchar(114) NOT NULL,
  `keterangan` varchar(114) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_lokasi_kerja` (
  `id_lokasi_kerja` int(10) NOT NULL,
  `lokasi_kerja` varchar(100) NOT NULL,
  `unit_kerja_induk` varchar(100) DEFAULT NULL,
  `alamat_loker` varchar(114) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_lokasi_pelatihan` (
  `id_lokasi_pelatihan` int(50) NOT NULL,
  `nama_lokasi` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_mata_anggaran` (
  `id_mata_anggaran` int(11) NOT NULL,
  `kode_anggaran` varchar(50) NOT NULL,
  `mata_anggaran` int(11) NOT NULL,
  `tahun` int(11) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_pangkat` (
  `id_pangkat` int(11) NOT NULL,
  `nm_pangkat` varchar(114) NOT NULL,
  `kode_pangkat` varchar(114) NOT NULL,
  `ket_pangkat` varchar(114) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_pelatihan` (
  `id_pelatihan` int(50) NOT NULL,
  `nama_pelatihan` varchar(150) NOT NULL,
  `level` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_pendidikan` (
  `id` int(11) NOT NULL,
  `pendidikan` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_penghargaan` (
  `id_penghargaan` int(50) NOT NULL,
  `nama_penghargaan` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_pengikut` (
  `id_pengikut` int(11) NOT NULL,
  `id_sppd` int(11) NOT NULL,
  `id_pegawai` int(11) NOT NULL,
  `lvl` varchar(10) NOT NULL DEFAULT 'pegawai'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_ppk` (
  `id_ppk` int(50) NOT NULL,
  `nama_ppk` varchar(150) NOT NULL,
  `parent_satuan_kerja` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_provinsi` (
  `id_provinsi` int(11) NOT NULL,
  `nm_provinsi` varchar(114) NOT NULL,
  `kode_provinsi` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_satuan_kerja` (
  `id_satuan_kerja` int(50) NOT NULL,
  `nama_satuan_kerja` varchar(150) NOT NULL,
  `parent_unit` varchar(50) NOT NULL,
  `alamat` varchar(114) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_status_dalam_keluarga` (
  `id` int(11) NOT NULL,
  `status_keluarga` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_status_jabatan` (
  `id_status_jabatan` int(50) NOT NULL,
  `nama_jabatan` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_status_kawin` (
  `id` int(11) NOT NULL,
  `status_kawin` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_status_pegawai` (
  `id_status_pegawai` int(50) NOT NULL,
  `nama_status` varchar(150) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_master_unit_kerja` (
  `id_unit_kerja` int(50) NOT NULL,
  `nama_unit_kerja` varchar(150) NOT NULL,
  `eselon` varchar(50) NOT NULL,
  `parent_unit` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_mata_anggaran` (
  `id_mata_anggaran` int(11) NOT NULL,
  `mata_anggaran` int(11) NOT NULL,
  `jumlah_anggaran` int(11) NOT NULL,
  `tahun_anggaran` varchar(5) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_rincian_biaya` (
  `id_rincian_biaya` int(11) NOT NULL,
  `id_sppd` int(11) NOT NULL,
  `tgl_ta_berangkat` varchar(114) NOT NULL,
  `pesawat_berangkat` varchar(114) NOT NULL,
  `no_tiket_berangkat` varchar(114) NOT NULL,
  `kode_book_berangkat` int(11) NOT NULL,
  `harga_berangkat` int(20) NOT NULL,
  `tgl_ta_kembali` int(11) NOT NULL,
  `pesawat_kembali` varchar(50) NOT NULL,
  `no_tiket_kembali` varchar(50) NOT NULL,
  `kode_book_kembali` varchar(114) NOT NULL,
  `harga_kembali` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_sppd_honorer` (
  `id_sppd_honorer` int(11) NOT NULL,
  `id_jenis_perjadin` int(11) NOT NULL,
  `tgl_sppd` varchar(114) NOT NULL,
  `tahun` int(4) NOT NULL,
  `id_honorer` int(11) NOT NULL,
  `no_perjadin` varchar(114) NOT NULL,
  `nomor` varchar(114) NOT NULL,
  `tgl_bukti` varchar(114) NOT NULL,
  `maksud_perjadin` text NOT NULL,
  `tujuan_perjadin` text NOT NULL,
  `kd_anggaran` varchar(114) DEFAULT NULL,
  `id_jabatan` int(11) NOT NULL,
  `tujuan` varchar(114) NOT NULL,
  `tgl_berangkat` varchar(114) NOT NULL,
  `tgl_kembali` varchar(114) NOT NULL,
  `lama_hari` varchar(114) NOT NULL,
  `uang_perhari` int(20) NOT NULL,
  `nama_hotel` varchar(114) NOT NULL,
  `uang_hotel` int(11) NOT NULL,
  `total_uang_hotel` int(11) NOT NULL,
  `total_uang_harian` int(11) NOT NULL,
  `keterangan_anggaran` text NOT NULL,
  `uraian_kas` text NOT NULL,
  `tempat_berangkat` varchar(114) NOT NULL,
  `pejabat_yang_memerintah` varchar(114) NOT NULL,
  `no_rek` varchar(114) NOT NULL,
  `id_pengikut` int(11) NOT NULL,
  `instansi` varchar(114) NOT NULL,
  `id_bendahara` varchar(114) NOT NULL,
  `nip_bendahara` varchar(114) NOT NULL,
  `pejabat_mengetahui` varchar(114) NOT NULL,
  `nip_pejabat_mengetahui` varchar(114) NOT NULL,
  `dasar_pelaksanaan` text NOT NULL,
  `dasar_pelaksanaan_2` text NOT NULL,
  `dasar_pelaksanaan_3` text NOT NULL,
  `isi_laporan` text NOT NULL,
  `alat_angkutan` varchar(114) NOT NULL,
  `biaya_pergi` int(11) NOT NULL,
  `biaya_pulang` int(11) NOT NULL,
  `biaya_lain` int(11) NOT NULL,
  `biaya_akomodasi_hotel` int(11) NOT NULL,
  `biaya_representasi` int(11) NOT NULL,
  `jumlah_biaya` int(11) NOT NULL,
  `tgl_ta_berangkat` varchar(114) NOT NULL,
  `pesawat_berangkat` varchar(114) NOT NULL,
  `no_tiket_berangkat` varchar(114) NOT NULL,
  `kode_book_berangkat` varchar(114) NOT NULL,
  `harga_berangkat` int(11) NOT NULL,
  `tgl_ta_kembali` varchar(114) NOT NULL,
  `pesawat_kembali` varchar(114) NOT NULL,
  `no_tiket_kembali` varchar(114) NOT NULL,
  `kode_book_kembali` varchar(114) NOT NULL,
  `harga_kembali` int(11) NOT NULL,
  `jumlah_dibayarkan` int(11) NOT NULL,
  `biaya_sisa` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_sppd_ld` (
  `id_sppd_ld` int(11) NOT NULL,
  `id_jenis_perjadin` int(11) NOT NULL,
  `tgl_sppd` varchar(114) NOT NULL,
  `tahun` int(4) NOT NULL,
  `id_pegawai` int(11) NOT NULL,
  `no_perjadin` varchar(114) DEFAULT NULL,
  `nomor` varchar(114) NOT NULL,
  `tgl_bukti` varchar(114) DEFAULT NULL,
  `maksud_perjadin` text,
  `tujuan_perjadin` text NOT NULL,
  `kd_anggaran` varchar(114) DEFAULT NULL,
  `id_golongan` int(11) DEFAULT NULL,
  `id_jabatan` int(11) NOT NULL,
  `id_pangkat` int(11) NOT NULL,
  `tujuan` varchar(114) DEFAULT NULL,
  `tgl_berangkat` varchar(114) DEFAULT NULL,
  `tgl_kembali` varchar(114) DEFAULT NULL,
  `lama_hari` varchar(114) DEFAULT NULL,
  `uang_perhari` int(20) DEFAULT NULL,
  `nama_hotel` varchar(114) NOT NULL,
  `uang_hotel` int(11) NOT NULL,
  `total_uang_hotel` int(11) NOT NULL,
  `total_uang_harian` int(11) NOT NULL,
  `keterangan_anggaran` text,
  `uraian_kas` text NOT NULL,
  `tempat_berangkat` varchar(114) NOT NULL,
  `pejabat_yang_memerintah` varchar(114) NOT NULL,
  `id_eselon` int(11) NOT NULL,
  `no_rek` varchar(114) NOT NULL,
  `id_pengikut` int(11) NOT NULL,
  `instansi` varchar(114) NOT NULL,
  `id_bendahara` varchar(114) NOT NULL,
  `nip_bendahara` varchar(114) NOT NULL,
  `pejabat_mengetahui` varchar(114) NOT NULL,
  `nip_pejabat_mengetahui` varchar(114) NOT NULL,
  `biaya_riil` int(11) NOT NULL,
  `dasar_pelaksanaan` text NOT NULL,
  `dasar_pelaksanaan_2` text,
  `dasar_pelaksanaan_3` text,
  `isi_laporan` text NOT NULL,
  `alat_angkutan` varchar(114) NOT NULL,
  `biaya_pergi` int(11) NOT NULL,
  `biaya_pulang` int(11) NOT NULL,
  `biaya_lain` int(11) NOT NULL,
  `biaya_akomodasi_hotel` int(11) DEFAULT NULL,
  `biaya_representasi` int(11) NOT NULL,
  `jumlah_biaya` int(11) NOT NULL,
  `tgl_ta_berangkat` varchar(114) DEFAULT NULL,
  `pesawat_berangkat` varchar(114) DEFAULT NULL,
  `no_tiket_berangkat` varchar(114) DEFAULT NULL,
  `kode_book_berangkat` varchar(114) DEFAULT NULL,
  `harga_berangkat` int(11) DEFAULT NULL,
  `tgl_ta_kembali` varchar(114) DEFAULT NULL,
  `pesawat_kembali` varchar(114) DEFAULT NULL,
  `no_tiket_kembali` varchar(114) DEFAULT NULL,
  `kode_book_kembali` varchar(114) DEFAULT NULL,
  `harga_kembali` int(11) DEFAULT NULL,
  `jumlah_dibayarkan` int(11) DEFAULT NULL,
  `biaya_sisa` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tbl_users` (
  `id` int(11) UNSIGNED NOT NULL,
  `id_mhs_pt` int(11) DEFAULT NULL,
  `ip_address` varchar(15) NOT NULL,
  `username` varchar(100) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `repassword` varchar(114) DEFAULT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `activation_code` varchar(40) DEFAULT NULL,
  `forgotten_password_code` varchar(40) DEFAULT NULL,
  `forgotten_password_time` int(11) UNSIGNED DEFAULT NULL,
  `remember_code` varchar(40) DEFAULT NULL,
  `created_on` int(11) UNSIGNED NOT NULL,
  `last_login` int(11) UNSIGNED DEFAULT NULL,
  `active` tinyint(1) UNSIGNED DEFAULT NULL,
  `first_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) DEFAULT NULL,
  `company` varchar(100) DEFAULT NULL,
  `lvl` int(11) NOT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `hostname` varchar(20) DEFAULT NULL,
  `port` varchar(20) DEFAULT NULL,
  `userfeeder` varchar(114) DEFAULT NULL,
  `passfeeder` varchar(114) DEFAULT NULL,
  `jabatan` int(11) NOT NULL,
  `id_pegawai` int(11) DEFAULT NULL,
  `profile` varchar(114) NOT NULL DEFAULT 'avatar.jpg'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbl_users_groups` (
  `id` int(11) UNSIGNED NOT NULL,
  `user_id` int(11) UNSIGNED NOT NULL,
  `group_id` mediumint(8) UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbl_user_login` (
  `id_user_login` int(10) NOT NULL,
  `username` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `nama_lengkap` varchar(150) NOT NULL,
  `stts` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `tbl_data_dp3`
  ADD PRIMARY KEY (`id_dp3`);

ALTER TABLE `tbl_data_gaji_pokok`
  ADD PRIMARY KEY (`id_gaji_pokok`);

ALTER TABLE `tbl_data_hukuman`
  ADD PRIMARY KEY (`id_hukuman`);

ALTER TABLE `tbl_data_keluarga`
  ADD PRIMARY KEY (`id_data_keluarga`);

ALTER TABLE `tbl_data_organisasi`
  ADD PRIMARY KEY (`id_organisasi`);

ALTER TABLE `tbl_data_pegawai`
  ADD PRIMARY KEY (`id_pegawai`);

ALTER TABLE `tbl_data_pelatihan`
  ADD PRIMARY KEY (`id_pelatihan`);

ALTER TABLE `tbl_data_pendidikan`
  ADD PRIMARY KEY (`id_pendidikan`);

ALTER TABLE `tbl_data_penghargaan`
  ADD PRIMARY KEY (`id_penghargaan`);

ALTER TABLE `tbl_data_riwayat_eselon`
  ADD PRIMARY KEY (`id_riwayat_eselon`);

ALTER TABLE `tbl_data_riwayat_golongan`
  ADD PRIMARY KEY (`id_riwayat_golongan`);

ALTER TABLE `tbl_data_riwayat_jabatan`
  ADD PRIMARY KEY (`id_riwayat_jabatan`);

ALTER TABLE `tbl_data_riwayat_pangkat`
  ADD PRIMARY KEY (`id_riwayat_pangkat`);

ALTER TABLE `tbl_data_seminar`
  ADD PRIMARY KEY (`id_seminar`);

ALTER TABLE `tbl_groups`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_honorer`
  ADD PRIMARY KEY (`id_honorer`);

ALTER TABLE `tbl_info_pt`
  ADD PRIMARY KEY (`id_info_pt`);

ALTER TABLE `tbl_jk`
  ADD PRIMARY KEY (`id_jk`);

ALTER TABLE `tbl_login_attempts`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_master_agama`
  ADD PRIMARY KEY (`id_agama`);

ALTER TABLE `tbl_master_angkutan`
  ADD PRIMARY KEY (`id_angkutan`);

ALTER TABLE `tbl_master_biaya_harian`
  ADD PRIMARY KEY (`id_biaya_harian`);

ALTER TABLE `tbl_master_biaya_hotel`
  ADD PRIMARY KEY (`id_biaya_hotel`);

ALTER TABLE `tbl_master_eselon`
  ADD PRIMARY KEY (`id_eselon`);

ALTER TABLE `tbl_master_golongan`
  ADD PRIMARY KEY (`id_golongan`);

ALTER TABLE `tbl_master_hukuman`
  ADD PRIMARY KEY (`id_hukuman`);

ALTER TABLE `tbl_master_jabatan`
  ADD PRIMARY KEY (`id_jabatan`);

ALTER TABLE `tbl_master_jenis_jabatan`
  ADD PRIMARY KEY (`id_jenis_jabatan`);

ALTER TABLE `tbl_master_jenis_perjadin`
  ADD PRIMARY KEY (`id_jenis_perjadin`);

ALTER TABLE `tbl_master_lokasi_kerja`
  ADD PRIMARY KEY (`id_lokasi_kerja`);

ALTER TABLE `tbl_master_lokasi_pelatihan`
  ADD PRIMARY KEY (`id_lokasi_pelatihan`);

ALTER TABLE `tbl_master_mata_anggaran`
  ADD PRIMARY KEY (`id_mata_anggaran`);

ALTER TABLE `tbl_master_pangkat`
  ADD PRIMARY KEY (`id_pangkat`);

ALTER TABLE `tbl_master_pelatihan`
  ADD PRIMARY KEY (`id_pelatihan`);

ALTER TABLE `tbl_master_pendidikan`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_master_penghargaan`
  ADD PRIMARY KEY (`id_penghargaan`);

ALTER TABLE `tbl_master_pengikut`
  ADD PRIMARY KEY (`id_pengikut`);

ALTER TABLE `tbl_master_ppk`
  ADD PRIMARY KEY (`id_ppk`);

ALTER TABLE `tbl_master_provinsi`
  ADD PRIMARY KEY (`id_provinsi`);

ALTER TABLE `tbl_master_satuan_kerja`
  ADD PRIMARY KEY (`id_satuan_kerja`);

ALTER TABLE `tbl_master_status_dalam_keluarga`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_master_status_jabatan`
  ADD PRIMARY KEY (`id_status_jabatan`);

ALTER TABLE `tbl_master_status_kawin`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_master_status_pegawai`
  ADD PRIMARY KEY (`id_status_pegawai`);

ALTER TABLE `tbl_master_unit_kerja`
  ADD PRIMARY KEY (`id_unit_kerja`);

ALTER TABLE `tbl_mata_anggaran`
  ADD PRIMARY KEY (`id_mata_anggaran`);

ALTER TABLE `tbl_rincian_biaya`
  ADD PRIMARY KEY (`id_rincian_biaya`);

ALTER TABLE `tbl_sppd_honorer`
  ADD PRIMARY KEY (`id_sppd_honorer`);

ALTER TABLE `tbl_sppd_ld`
  ADD PRIMARY KEY (`id_sppd_ld`);

ALTER TABLE `tbl_users`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_users_groups`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tbl_user_login`
  ADD PRIMARY KEY (`id_user_login`);
