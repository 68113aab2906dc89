CREATE TABLE `biaya_admin` (
  `id` int(11) NOT NULL,
  `payment` varchar(128) NOT NULL,
  `nominal` int(11) DEFAULT NULL,
  `persen` float DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `donasi` (
  `id` varchar(255) NOT NULL,
  `program_id` varchar(128) DEFAULT NULL,
  `nominal` bigint(20) DEFAULT NULL,
  `biaya_admin` int(11) NOT NULL,
  `biaya_dpd` int(11) NOT NULL,
  `donatur` varchar(255) DEFAULT NULL,
  `alias` tinyint(1) NOT NULL,
  `email` varchar(128) DEFAULT NULL,
  `no_hp` char(15) DEFAULT NULL,
  `ket` text DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  `payment_type` varchar(50) DEFAULT NULL,
  `timestamp` datetime NOT NULL,
  `expired_time` datetime DEFAULT NULL,
  `panduan` varchar(255) DEFAULT NULL,
  `ref_id` varchar(128) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `program` (
  `id` varchar(128) NOT NULL,
  `kategori_id` varchar(255) NOT NULL,
  `nama_program` text NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `deskripsi` text DEFAULT NULL,
  `created_by` char(128) DEFAULT NULL,
  `tgl_akhir` date DEFAULT NULL,
  `target_donasi` bigint(20) DEFAULT NULL,
  `status` char(20) DEFAULT NULL,
  `image` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `program_info` (
  `id` int(11) NOT NULL,
  `program_id` varchar(128) DEFAULT NULL,
  `type` varchar(128) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `deskripsi` text DEFAULT NULL,
  `tanggal` date NOT NULL,
  `nominal` bigint(20) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `program_kategori` (
  `id` int(11) NOT NULL,
  `kategori` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `icon` varchar(45) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `slide` (
  `id` int(11) NOT NULL,
  `source` enum('url','file') DEFAULT NULL,
  `link` varchar(255) NOT NULL,
  `image` varchar(255) NOT NULL,
  `is_active` int(1) NOT NULL DEFAULT 1,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `transaksi` (
  `id` varchar(255) NOT NULL,
  `program_id` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `jenis` varchar(30) NOT NULL,
  `nominal` bigint(20) NOT NULL,
  `ket` text NOT NULL,
  `created_by` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users` (
  `id` varchar(128) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `jk` enum('L','P') DEFAULT NULL,
  `email` varchar(128) NOT NULL,
  `no_hp` varchar(15) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `status` int(1) NOT NULL DEFAULT 1,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users_access_menu` (
  `id` int(11) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  `menu_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users_menu` (
  `id` int(11) NOT NULL,
  `menu` varchar(125) DEFAULT NULL,
  `icon` varchar(125) DEFAULT NULL,
  `num_order` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users_role` (
  `id` int(11) NOT NULL,
  `role` varchar(128) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users_role_access` (
  `id` int(11) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  `user_id` char(128) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users_sub_menu` (
  `id` int(11) NOT NULL,
  `menu_id` int(11) DEFAULT NULL,
  `title` varchar(125) DEFAULT NULL,
  `url` varchar(125) DEFAULT NULL,
  `icon` varchar(125) DEFAULT NULL,
  `is_active` int(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `va_number` (
  `id` int(11) NOT NULL,
  `va_number` varchar(50) NOT NULL,
  `bank` varchar(50) NOT NULL,
  `donasi_id` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `withdraw` (
  `id` int(11) NOT NULL,
  `program_id` varchar(255) NOT NULL,
  `nominal` bigint(20) NOT NULL,
  `timestamp` datetime DEFAULT NULL,
  `nama_bank` varchar(255) NOT NULL,
  `cabang_bank` varchar(255) NOT NULL,
  `pemilik_rek` varchar(255) NOT NULL,
  `no_rek` varchar(50) NOT NULL,
  `deskripsi` text NOT NULL,
  `status` varchar(30) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `biaya_admin`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `donasi`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `program`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `program_info`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `program_kategori`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `slide`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `transaksi`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users_access_menu`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users_menu`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users_role`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users_role_access`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `users_sub_menu`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `va_number`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `withdraw`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `biaya_admin`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

ALTER TABLE `program_info`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

ALTER TABLE `program_kategori`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `slide`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

ALTER TABLE `users_access_menu`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=98;

ALTER TABLE `users_menu`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

ALTER TABLE `users_role`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `users_role_access`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

ALTER TABLE `users_sub_menu`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

ALTER TABLE `va_number`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `withdraw`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;
