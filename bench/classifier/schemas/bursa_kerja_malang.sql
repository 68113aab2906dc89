-- origin: adherwp/Web-bursakerja db/bursamalang.sql (phpMyAdmin dump, database `bursamalang`: a regency job fair / job-seeker registration portal (pencaker AK1 card data, company accounts, job posts, applications, messages); schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `admin` (
  `id_admin` int(11) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `bahasa` (
  `id_bahasa` int(11) NOT NULL,
  `bahasa` varchar(255) NOT NULL,
  `id_pencaker` int(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `berita` (
  `id_berita` int(11) NOT NULL,
  `id_company` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `status` int(11) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `buat_artikel` (
  `id_berita` int(11) NOT NULL,
  `id_company` int(11) NOT NULL,
  `judul_berita` varchar(255) NOT NULL,
  `deskripsi` text NOT NULL,
  `pict_article` varchar(255) NOT NULL,
  `createdat` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `buat_lowongan` (
  `id_jobpost` int(11) NOT NULL,
  `id_company` int(11) NOT NULL,
  `jobtitle` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `minimumsalary` varchar(255) NOT NULL,
  `maximumsalary` varchar(255) NOT NULL,
  `experience` varchar(255) NOT NULL,
  `qualification` varchar(255) NOT NULL,
  `createdat` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `company` (
  `id_company` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `companyname` varchar(255) NOT NULL,
  `kecamatan` varchar(255) NOT NULL,
  `kelurahan_desa` varchar(255) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `contactno` varchar(255) NOT NULL,
  `website` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `aboutme` varchar(255) DEFAULT NULL,
  `logo` varchar(255) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `active` int(11) NOT NULL DEFAULT '2',
  `id_pengusaha` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `desa` (
  `id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `id_kecamatan` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kecamatan` (
  `id` int(11) NOT NULL,
  `name` varchar(150) NOT NULL,
  `phonecode` int(11) NOT NULL,
  `kode_kec` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lowongan` (
  `id_apply` int(11) NOT NULL,
  `id_jobpost` int(11) NOT NULL,
  `id_company` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `status` int(11) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mailbox` (
  `id_mailbox` int(11) NOT NULL,
  `id_fromuser` int(11) NOT NULL,
  `fromuser` varchar(255) NOT NULL,
  `id_touser` int(11) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pencaker` (
  `id` int(11) NOT NULL,
  `nik` varchar(16) NOT NULL,
  `no_pendaftaran` varchar(4) NOT NULL,
  `tgl_pendaftaran` date NOT NULL,
  `no_antrian` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `tmpt_lahir` varchar(100) NOT NULL,
  `jenis_kelamin` varchar(10) NOT NULL,
  `kecamatan` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `desa` varchar(50) NOT NULL,
  `agama` varchar(20) NOT NULL,
  `kewarganegaraan` varchar(20) NOT NULL,
  `tinggi_badan` int(3) NOT NULL,
  `berat_badan` int(3) NOT NULL,
  `cacat_badan` varchar(50) NOT NULL,
  `cacat_lainnya` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `penghasil` varchar(10) NOT NULL,
  `pd_formal` varchar(100) NOT NULL,
  `penyelenggara` varchar(100) NOT NULL,
  `lama` int(11) NOT NULL,
  `bahasa` varchar(50) NOT NULL,
  `kerja_sekarang` varchar(50) NOT NULL,
  `j_kerja_pokok` varchar(20) NOT NULL,
  `j_kerja_sampingan` varchar(20) NOT NULL,
  `kerja1` varchar(50) NOT NULL,
  `jabatan1` varchar(50) NOT NULL,
  `lama1` varchar(100) NOT NULL,
  `upah1` varchar(20) NOT NULL,
  `alasan1` varchar(50) NOT NULL,
  `usaha2` varchar(50) NOT NULL,
  `jabatan2` varchar(50) NOT NULL,
  `lama2` varchar(100) NOT NULL,
  `upah2` varchar(20) NOT NULL,
  `alasan2` varchar(50) NOT NULL,
  `ingin_jabatan` varchar(50) NOT NULL,
  `penempatan` varchar(50) NOT NULL,
  `bersedia_upah` varchar(100) NOT NULL,
  `ingin_upah` int(11) NOT NULL,
  `bersedia_waktu` varchar(100) NOT NULL,
  `keadaan` varchar(50) NOT NULL,
  `pas_foto` varchar(200) NOT NULL,
  `ijazah` varchar(200) NOT NULL,
  `ktp` varchar(250) DEFAULT NULL,
  `akte` varchar(200) NOT NULL,
  `sertifikat` varchar(255) NOT NULL,
  `id_user` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pendidikan` (
  `id` int(100) NOT NULL,
  `tidak_tamat` varchar(200) DEFAULT NULL,
  `sd` varchar(200) DEFAULT NULL,
  `smp` varchar(200) DEFAULT NULL,
  `sma` varchar(200) DEFAULT NULL,
  `sm` varchar(200) DEFAULT NULL,
  `akta_dua` varchar(200) DEFAULT NULL,
  `akta_tiga` varchar(200) DEFAULT NULL,
  `sarjana` varchar(200) DEFAULT NULL,
  `doktor` varchar(200) DEFAULT NULL,
  `thn_tidak_tamat` varchar(100) DEFAULT NULL,
  `thn_sd` varchar(100) DEFAULT NULL,
  `thn_smp` varchar(100) DEFAULT NULL,
  `thn_sma` varchar(100) DEFAULT NULL,
  `thn_sm` varchar(100) DEFAULT NULL,
  `thn_akta_dua` varchar(100) DEFAULT NULL,
  `thn_akta_tiga` varchar(100) DEFAULT NULL,
  `thn_sarjana` varchar(100) DEFAULT NULL,
  `thn_doktor` varchar(100) DEFAULT NULL,
  `id_pencaker` int(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pendidikan_non_formal` (
  `id` int(11) NOT NULL,
  `penyelenggara` varchar(225) NOT NULL,
  `lama_kursus` varchar(225) NOT NULL,
  `thn_kursus` varchar(225) NOT NULL,
  `id_pencaker` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengusaha` (
  `id_pengusaha` int(11) NOT NULL,
  `nik` int(11) NOT NULL,
  `nib` varchar(13) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `gender` varchar(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `active` int(2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reply_mailbox` (
  `id_reply` int(11) NOT NULL,
  `id_mailbox` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `usertype` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `skill` (
  `id` int(250) NOT NULL,
  `skill` varchar(200) NOT NULL,
  `id_pencaker` int(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users` (
  `id_user` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `resume` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `active` int(11) NOT NULL DEFAULT '0',
  `aboutme` text,
  `komentar` varchar(1000) DEFAULT NULL,
  `activation_code` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `admin`
  ADD PRIMARY KEY (`id_admin`);

ALTER TABLE `bahasa`
  ADD PRIMARY KEY (`id_bahasa`);

ALTER TABLE `buat_artikel`
  ADD PRIMARY KEY (`id_berita`);

ALTER TABLE `buat_lowongan`
  ADD PRIMARY KEY (`id_jobpost`);

ALTER TABLE `company`
  ADD PRIMARY KEY (`id_company`),
  ADD UNIQUE KEY `email` (`email`);

ALTER TABLE `desa`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `kecamatan`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `lowongan`
  ADD PRIMARY KEY (`id_apply`);

ALTER TABLE `mailbox`
  ADD PRIMARY KEY (`id_mailbox`);

ALTER TABLE `pencaker`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `pendidikan`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `pendidikan_non_formal`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `pengusaha`
  ADD PRIMARY KEY (`id_pengusaha`);

ALTER TABLE `reply_mailbox`
  ADD PRIMARY KEY (`id_reply`);

ALTER TABLE `skill`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users`
  ADD PRIMARY KEY (`id_user`),
  ADD UNIQUE KEY `email` (`email`);
