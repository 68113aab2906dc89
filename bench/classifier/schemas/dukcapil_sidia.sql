CREATE TABLE `ci_sessions` (
  `id` varchar(40) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `timestamp` int(10) UNSIGNED NOT NULL DEFAULT 0,
  `data` blob NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `file_tokens` (
  `id` int(11) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `identitas` (
  `id_identitas` int(11) NOT NULL,
  `nama_website` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `url` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `facebook` text CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `twitter` varchar(255) NOT NULL,
  `instagram` varchar(255) NOT NULL,
  `youtube` varchar(255) NOT NULL,
  `rekening` varchar(100) NOT NULL,
  `no_telp` varchar(20) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `telp` varchar(50) NOT NULL,
  `meta_deskripsi` varchar(250) NOT NULL,
  `meta_keyword` varchar(250) NOT NULL,
  `favicon` varchar(50) NOT NULL,
  `maps` text NOT NULL,
  `waktu` varchar(255) NOT NULL,
  `alamat` text NOT NULL,
  `type` varchar(100) NOT NULL,
  `credits` varchar(100) NOT NULL,
  `kabupaten` varchar(100) NOT NULL,
  `propinsi` varchar(100) NOT NULL,
  `kadis` varchar(100) NOT NULL,
  `nip_kadis` varchar(100) NOT NULL,
  `kepala_seksi` varchar(100) NOT NULL,
  `nip_kepala_seksi` varchar(100) NOT NULL,
  `kabid` varchar(100) DEFAULT NULL,
  `nip_kabid` varchar(100) DEFAULT NULL,
  `tahun_awal` int(11) DEFAULT NULL,
  `tahun_akhir` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `im_ibu` (
  `id_ibu` int(11) NOT NULL,
  `no_kia` varchar(16) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `jk` enum('L','P') NOT NULL DEFAULT 'P',
  `tempat_lahir` varchar(100) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `golda` varchar(2) NOT NULL,
  `id_agama` int(11) NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `tempat_pelayanan` varchar(100) NOT NULL,
  `id_pekerjaan_ibu` int(11) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `tahun` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `im_pekerjaan` (
  `id_pekerjaan` int(11) NOT NULL,
  `pekerjaan` varchar(255) DEFAULT NULL,
  `deleted` int(11) DEFAULT 0,
  `id_sektor` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `im_reg` (
  `id_reg` char(60) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `no_wa` varchar(12) NOT NULL,
  `id_desa` varchar(50) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `id_permohonan` int(11) DEFAULT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `update_time` datetime DEFAULT NULL,
  `no_registrasi` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `logo` (
  `id_logo` int(11) NOT NULL,
  `gambar` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `master_desa` (
  `id_desa` char(39) NOT NULL,
  `desa` varchar(300) DEFAULT NULL,
  `id_kecamatan` char(39) DEFAULT NULL,
  `id_kota` char(39) DEFAULT NULL,
  `id_provinsi` char(39) DEFAULT NULL,
  `id_dusun` int(11) NOT NULL,
  `username` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `master_dusun` (
  `id_dusun` int(11) NOT NULL,
  `nama_dusun` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `username` varchar(50) NOT NULL,
  `nama_petugas_dusun` varchar(255) NOT NULL,
  `no_hp` varchar(255) NOT NULL,
  `id_desa` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `master_kecamatan` (
  `id_kecamatan` char(39) NOT NULL,
  `kecamatan` varchar(900) DEFAULT NULL,
  `id_kota` char(39) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `master_penyakit` (
  `id_penyakit` int(11) NOT NULL,
  `nama_penyakit` varchar(100) NOT NULL,
  `username` varchar(50) NOT NULL,
  `penyakit_seo` varchar(100) NOT NULL,
  `urutan` int(11) DEFAULT NULL,
  `bentuk` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `master_permohonan` (
  `id_permohonan` int(11) NOT NULL,
  `nama_permohonan` varchar(255) NOT NULL,
  `nama_tabel` varchar(50) DEFAULT NULL,
  `deskripsi` text DEFAULT NULL,
  `nama_file_balasan` varchar(255) DEFAULT NULL,
  `file_balasan` varchar(255) DEFAULT NULL,
  `peringatan` varchar(255) DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  `penjelasan` text DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `master_sekolah` (
  `id_sekolah` int(11) NOT NULL,
  `sekolah` varchar(100) NOT NULL,
  `id_desa` varchar(100) NOT NULL,
  `desa` varchar(300) DEFAULT NULL,
  `id_kecamatan` char(39) DEFAULT NULL,
  `kecamatan` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `username` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `master_syarat` (
  `id` int(11) NOT NULL,
  `syarat` text DEFAULT NULL,
  `id_permohonan` int(11) DEFAULT 0,
  `kode_file` varchar(255) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `peringatan` int(11) DEFAULT NULL,
  `download` varchar(255) DEFAULT NULL,
  `penjelasan` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `master_tt` (
  `id_penyakit` int(11) NOT NULL,
  `nama_penyakit` varchar(100) NOT NULL,
  `username` varchar(50) NOT NULL,
  `penyakit_seo` varchar(100) NOT NULL,
  `urutan` int(11) DEFAULT NULL,
  `bentuk` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `modul` (
  `id_modul` int(11) NOT NULL,
  `nama_modul` varchar(50) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `username` varchar(50) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `link` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `static_content` text CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `gambar` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `publish` enum('Y','N') CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT 'Y',
  `status` enum('user','admin') CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `aktif` enum('Y','N') CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT 'Y',
  `urutan` int(11) NOT NULL,
  `link_seo` varchar(50) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `operator` (
  `id_operator` int(11) NOT NULL,
  `username` varchar(99) DEFAULT NULL,
  `password` char(255) DEFAULT NULL,
  `nama` varchar(50) DEFAULT NULL,
  `level` varchar(100) DEFAULT NULL,
  `staff` varchar(100) DEFAULT NULL,
  `user_akses` varchar(255) DEFAULT NULL,
  `no_hp` varchar(50) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `id_desa` char(255) DEFAULT NULL,
  `foto` varchar(255) DEFAULT NULL,
  `rah` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `paket_a` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_registrasi_pemohon` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `nik` varchar(16) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `no_kk` varchar(16) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `file_ktpsaksi` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_kk` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_skl` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_ktppelapor` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_bukunikah` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_f101` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `file_f106` varchar(255) DEFAULT NULL,
  `file_f103` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `file_f201` varbinary(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `status` int(11) NOT NULL DEFAULT 0,
  `file_kkbaru` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_aktalahirbaru` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_kiabaru` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `update_time` datetime NOT NULL,
  `alasan_penolakan` text NOT NULL,
  `username` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `paket_b` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `file_aktamatibaru` varchar(255) DEFAULT NULL,
  `file_laindukcapil` varchar(255) DEFAULT NULL,
  `file_kk` varchar(255) DEFAULT NULL,
  `file_mati` varchar(255) DEFAULT NULL,
  `file_ktppelapor` varchar(255) DEFAULT NULL,
  `file_ktpsaksi` varchar(255) DEFAULT NULL,
  `file_f101` varchar(255) DEFAULT NULL,
  `file_f201` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_c` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkkhilang` varchar(255) DEFAULT NULL,
  `file_ktpkhilang` varchar(255) DEFAULT NULL,
  `file_suratpindahwni` varchar(255) DEFAULT NULL,
  `file_formulirpindahf103` varchar(255) DEFAULT NULL,
  `file_biodataf101` varchar(255) DEFAULT NULL,
  `file_suratpernyataanf106` varchar(255) DEFAULT NULL,
  `file_bukunikahcerai` varchar(255) DEFAULT NULL,
  `file_suratalamatpendatang` varchar(255) DEFAULT NULL,
  `file_suratpendatangalamatrumah` varchar(255) DEFAULT NULL,
  `file_suratpendatangnumpangkk` varchar(255) DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `file_laindukca` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_d` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kartukeluarga` varchar(255) DEFAULT NULL,
  `file_aktalahir` varchar(255) DEFAULT NULL,
  `file_ijazah` varchar(255) DEFAULT NULL,
  `file_bukunikah` varchar(255) DEFAULT NULL,
  `file_aktakematian` varchar(255) DEFAULT NULL,
  `file_formf106` varchar(255) DEFAULT NULL,
  `file_formf101` varchar(255) DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_e` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_aktakelahiran` varchar(255) DEFAULT NULL,
  `file_kartukeluarga` varchar(255) DEFAULT NULL,
  `file_pasfoto3x4` varchar(255) DEFAULT NULL,
  `file_kianya` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_f` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kk` varchar(255) DEFAULT NULL,
  `file_ktp` varchar(255) DEFAULT NULL,
  `file_sktt` varchar(255) DEFAULT NULL,
  `file_f103` varchar(255) DEFAULT NULL,
  `file_f101` varchar(255) DEFAULT NULL,
  `file_f106` varchar(255) DEFAULT NULL,
  `file_pernyataan_alamat_dipakai` varchar(255) DEFAULT NULL,
  `file_pernyataan_rumah_sendiri` varchar(255) DEFAULT NULL,
  `file_pernyataan_numpang_kk` varchar(255) DEFAULT NULL,
  `file_skpwni` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_g` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_f0107` varchar(255) DEFAULT NULL,
  `file_f0207` varchar(255) DEFAULT NULL,
  `file_f0307` varchar(255) DEFAULT NULL,
  `file_f0407` varchar(255) DEFAULT NULL,
  `file_f0507` varchar(255) DEFAULT NULL,
  `file_f0607` varchar(255) DEFAULT NULL,
  `file_f0707` varchar(255) DEFAULT NULL,
  `file_f0807` varchar(255) DEFAULT NULL,
  `file_f0907` varchar(255) DEFAULT NULL,
  `file_f1007` varchar(255) DEFAULT NULL,
  `file_f1107` varchar(255) DEFAULT NULL,
  `file_skpd` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_h` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_suratpengantarsponsor` varchar(255) DEFAULT NULL,
  `file_formulirbiodatawna` varchar(255) DEFAULT NULL,
  `file_formulirpindahf103` varchar(255) DEFAULT NULL,
  `file_paspor` varchar(255) DEFAULT NULL,
  `file_kitasataukitap` varchar(255) DEFAULT NULL,
  `file_perkawinancampuran` varchar(255) DEFAULT NULL,
  `file_kartukeluargawnakitap` varchar(255) DEFAULT NULL,
  `file_sktlkesbangpol` varchar(255) DEFAULT NULL,
  `file_skttl` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_i` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_bukunikahsptjm` varchar(255) DEFAULT NULL,
  `file_suratlahirsptjm` varchar(255) DEFAULT NULL,
  `file_ktppelapor` varchar(255) DEFAULT NULL,
  `file_ktpsaksi` varchar(255) DEFAULT NULL,
  `file_kkkehilangan` varchar(255) DEFAULT NULL,
  `file_formulirf201` varchar(255) DEFAULT NULL,
  `file_aktalahir` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_j` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_suratkematiandokterrsdesakelurahanrtrw` varchar(255) DEFAULT NULL,
  `file_ktppelapor` varchar(255) DEFAULT NULL,
  `file_ktpsaksi` varchar(255) DEFAULT NULL,
  `file_kkkehilangan` varchar(255) DEFAULT NULL,
  `file_formulirf201` varchar(255) DEFAULT NULL,
  `file_sptjmkematian` varchar(255) DEFAULT NULL,
  `file_aktamati` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_k` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkkehilangan` varchar(255) DEFAULT NULL,
  `file_ktppelapor` varchar(255) DEFAULT NULL,
  `file_ktpsaksi` varchar(255) DEFAULT NULL,
  `file_suratnikahortu` varchar(255) DEFAULT NULL,
  `file_aktalahirasaliralat` varchar(255) DEFAULT NULL,
  `file_kehilanganaktatidakbarcode` varchar(255) DEFAULT NULL,
  `file_formralatakta` varchar(255) DEFAULT NULL,
  `file_ralatlahir` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_l` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_ktpelpelapor` varchar(255) DEFAULT NULL,
  `file_suratkehilanganpolisi` varchar(255) DEFAULT NULL,
  `file_ktpelsaksi` varchar(255) DEFAULT NULL,
  `file_formduplikataktakematian` varchar(255) DEFAULT NULL,
  `file_ralatmati` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_m` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_suratnikahlegalisir` varchar(255) DEFAULT NULL,
  `file_kkcalonpengantin` varchar(255) DEFAULT NULL,
  `file_aktalahircalonpengantin` varchar(255) DEFAULT NULL,
  `file_ktpcalonpengantin` varchar(255) DEFAULT NULL,
  `file_ktpsaksi` varchar(255) DEFAULT NULL,
  `file_pasfotobersama` varchar(255) DEFAULT NULL,
  `file_suratbaptissidhi` varchar(255) DEFAULT NULL,
  `file_aktaceraiataukematian` varchar(255) DEFAULT NULL,
  `file_suratizinkesatuan` varchar(255) DEFAULT NULL,
  `file_formulirf201` varchar(255) DEFAULT NULL,
  `file_aktakawin` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_n` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_suratpengantardesa` varchar(255) DEFAULT NULL,
  `file_kartukeluargakehilangan` varchar(255) DEFAULT NULL,
  `file_ktpel` varchar(255) DEFAULT NULL,
  `file_keteranganperkawinanasing` varchar(255) DEFAULT NULL,
  `file_suratketeranganri` varchar(255) DEFAULT NULL,
  `file_buktipencatatansetempat` varchar(255) DEFAULT NULL,
  `file_formulf201` varchar(255) DEFAULT NULL,
  `file_kawino` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_o` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_ktppelapor` varchar(255) DEFAULT NULL,
  `file_kartukeluargakehilangan` varchar(255) DEFAULT NULL,
  `file_ktpbersangkutan` varchar(255) DEFAULT NULL,
  `file_aktaperkawinan` varchar(255) DEFAULT NULL,
  `file_putusanpengadilan` varchar(255) DEFAULT NULL,
  `file_suratpanitera` varchar(255) DEFAULT NULL,
  `file_formulf201` varchar(255) DEFAULT NULL,
  `file_aktacerai` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_p` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_aktalahrursuratlahirfromdesakelurahan` varchar(255) DEFAULT NULL,
  `file_ijazahterakhir` varchar(255) DEFAULT NULL,
  `file_bukunikahaktakawinaktacerei` varchar(255) DEFAULT NULL,
  `file_aktakematianrursuratkematiandaridesakelurahan` varchar(255) DEFAULT NULL,
  `file_suratpernyataantidakmemilikidokumenkependudukan` varchar(255) DEFAULT NULL,
  `file_formulirf101` varchar(255) DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_q` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `file_kkhilangrusak` varchar(255) DEFAULT NULL,
  `file_ktp` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_r` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `file_suratpermohonan` varchar(255) DEFAULT NULL,
  `file_kartukeluarga` varchar(255) DEFAULT NULL,
  `file_ktp` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_s` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_kkbaru` varchar(255) DEFAULT NULL,
  `file_kartukeluarga` varchar(255) DEFAULT NULL,
  `file_f169` varchar(255) DEFAULT NULL,
  `file_f171` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `paket_t` (
  `id_paket` varchar(100) NOT NULL,
  `id_pemohon` char(60) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `nik` varchar(255) DEFAULT NULL,
  `no_kk` varchar(255) DEFAULT NULL,
  `no_registrasi_pemohon` varchar(255) DEFAULT NULL,
  `nama_pemohon` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `no_wa_pemohon` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL,
  `id_desa` varchar(50) NOT NULL,
  `create_date` date NOT NULL,
  `create_time` varchar(20) NOT NULL,
  `username` varchar(100) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `update_time` datetime NOT NULL,
  `status` int(11) DEFAULT 0,
  `alasan_penolakan` text DEFAULT NULL,
  `status_baca` int(11) DEFAULT 0,
  `alasan_permohonan` text DEFAULT NULL,
  `file_skpln` varchar(255) DEFAULT NULL,
  `file_formulirskplnf103` varchar(255) DEFAULT NULL,
  `file_kartukeluarga` varchar(255) DEFAULT NULL,
  `file_ktpel` varchar(255) DEFAULT NULL,
  `file_aktakelahiran` varchar(255) DEFAULT NULL,
  `file_suratnikahatauaktacerai` varchar(255) DEFAULT NULL,
  `file_suratizin` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `templates` (
  `id_templates` int(11) NOT NULL,
  `judul` varchar(100) NOT NULL,
  `username` varchar(50) NOT NULL,
  `pembuat` varchar(50) NOT NULL,
  `folder` varchar(50) NOT NULL,
  `aktif` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `tiger_desa` (
  `id` char(13) NOT NULL,
  `desa` varchar(100) NOT NULL,
  `kode_desa` varchar(10) DEFAULT NULL,
  `id_kecamatan` char(13) NOT NULL,
  `kelompok` int(11) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tiger_desa2` (
  `id` varchar(20) NOT NULL,
  `desa` varchar(100) NOT NULL,
  `kode_desa` varchar(10) DEFAULT NULL,
  `id_kecamatan` varchar(20) NOT NULL,
  `kelompok` int(11) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tiger_desax` (
  `id` char(13) NOT NULL,
  `desa` varchar(100) NOT NULL,
  `kode_desa` varchar(10) DEFAULT NULL,
  `id_kecamatan` char(13) NOT NULL,
  `kelompok` int(11) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tiger_kecamatan` (
  `id` char(13) NOT NULL,
  `kecamatan` varchar(300) NOT NULL DEFAULT '',
  `kode_kecamatan` varchar(10) DEFAULT NULL,
  `id_kota` char(13) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tiger_kota` (
  `id` char(13) NOT NULL,
  `kota` varchar(100) NOT NULL,
  `kode_kota` varchar(10) DEFAULT NULL,
  `id_provinsi` char(13) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tiger_provinsi` (
  `id` char(13) NOT NULL,
  `provinsi` varchar(100) DEFAULT NULL,
  `kode_prov` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `users` (
  `username` varchar(50) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `password` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `nama_lengkap` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `email` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `no_telp` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `foto` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL,
  `level` varchar(20) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT 'user',
  `blokir` enum('Y','N','P') CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT 'N',
  `id_session` bigint(20) UNSIGNED NOT NULL,
  `permission_publish` enum('Y','N') NOT NULL DEFAULT 'N',
  `attack` varchar(255) NOT NULL,
  `tanggal_reg` date NOT NULL,
  `deleted` enum('Y','N') NOT NULL DEFAULT 'N',
  `valid_reset` date NOT NULL,
  `id_reset` varchar(255) NOT NULL,
  `id_dusun` int(11) NOT NULL,
  `pimpinan` varchar(100) NOT NULL,
  `nip_pimpinan` varchar(100) NOT NULL,
  `nip_operator_dinas` varchar(100) NOT NULL,
  `id_desa` varchar(255) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `users_capil` (
  `id` int(11) NOT NULL,
  `id_session` varchar(255) NOT NULL,
  `id_permohonan` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `users_modul` (
  `id_umod` int(11) NOT NULL,
  `id_session` varchar(255) NOT NULL,
  `id_modul` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

ALTER TABLE `ci_sessions`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ci_sessions_timestamp` (`timestamp`);

ALTER TABLE `file_tokens`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `identitas`
  ADD PRIMARY KEY (`id_identitas`);

ALTER TABLE `im_ibu`
  ADD PRIMARY KEY (`id_ibu`);

ALTER TABLE `im_pekerjaan`
  ADD PRIMARY KEY (`id_pekerjaan`);

ALTER TABLE `im_reg`
  ADD PRIMARY KEY (`id_reg`);

ALTER TABLE `logo`
  ADD PRIMARY KEY (`id_logo`);

ALTER TABLE `master_desa`
  ADD PRIMARY KEY (`id_desa`),
  ADD UNIQUE KEY `id_desa` (`id_desa`);

ALTER TABLE `master_dusun`
  ADD PRIMARY KEY (`id_dusun`) USING BTREE;

ALTER TABLE `master_kecamatan`
  ADD PRIMARY KEY (`id_kecamatan`),
  ADD UNIQUE KEY `id` (`id_kecamatan`),
  ADD UNIQUE KEY `id_kecamatan` (`id_kecamatan`),
  ADD UNIQUE KEY `id_kecamatan_2` (`id_kecamatan`);

ALTER TABLE `master_penyakit`
  ADD PRIMARY KEY (`id_penyakit`);

ALTER TABLE `master_permohonan`
  ADD PRIMARY KEY (`id_permohonan`) USING BTREE;

ALTER TABLE `master_sekolah`
  ADD PRIMARY KEY (`id_sekolah`);

ALTER TABLE `master_syarat`
  ADD PRIMARY KEY (`id`) USING BTREE;

ALTER TABLE `master_tt`
  ADD PRIMARY KEY (`id_penyakit`);

ALTER TABLE `modul`
  ADD PRIMARY KEY (`id_modul`);

ALTER TABLE `operator`
  ADD PRIMARY KEY (`id_operator`),
  ADD KEY `lokasi_id_desa` (`id_desa`);

ALTER TABLE `paket_a`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_b`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_c`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_d`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_e`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_f`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_g`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_h`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_i`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_j`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_k`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_l`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_m`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_n`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_o`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_p`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_q`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_r`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_s`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `paket_t`
  ADD PRIMARY KEY (`id_paket`) USING BTREE;

ALTER TABLE `templates`
  ADD PRIMARY KEY (`id_templates`);

ALTER TABLE `tiger_desa`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kecamatan` (`id_kecamatan`);

ALTER TABLE `tiger_desax`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kecamatan` (`id_kecamatan`);

ALTER TABLE `tiger_kecamatan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kotaidx` (`id_kota`);

ALTER TABLE `tiger_kota`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `kota` (`kota`,`id_provinsi`),
  ADD KEY `idx_id_provinsi` (`id_provinsi`);

ALTER TABLE `tiger_provinsi`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `prov` (`provinsi`);

ALTER TABLE `users`
  ADD PRIMARY KEY (`username`) USING BTREE;

ALTER TABLE `users_capil`
  ADD PRIMARY KEY (`id`) USING BTREE;

ALTER TABLE `users_modul`
  ADD PRIMARY KEY (`id_umod`);

ALTER TABLE `file_tokens`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=66;

ALTER TABLE `identitas`
  MODIFY `id_identitas` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `im_ibu`
  MODIFY `id_ibu` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=147;

ALTER TABLE `im_pekerjaan`
  MODIFY `id_pekerjaan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=131161;

ALTER TABLE `logo`
  MODIFY `id_logo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

ALTER TABLE `master_dusun`
  MODIFY `id_dusun` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=78;

ALTER TABLE `master_penyakit`
  MODIFY `id_penyakit` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=156;

ALTER TABLE `master_permohonan`
  MODIFY `id_permohonan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=30;

ALTER TABLE `master_sekolah`
  MODIFY `id_sekolah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=148;

ALTER TABLE `master_syarat`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=134;

ALTER TABLE `master_tt`
  MODIFY `id_penyakit` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=155;

ALTER TABLE `modul`
  MODIFY `id_modul` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=149;

ALTER TABLE `operator`
  MODIFY `id_operator` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5385;

ALTER TABLE `templates`
  MODIFY `id_templates` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=26;

ALTER TABLE `users_capil`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

ALTER TABLE `users_modul`
  MODIFY `id_umod` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=227;
