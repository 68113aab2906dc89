-- phpMyAdmin SQL Dump
-- version 4.9.5
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Waktu pembuatan: 31 Jul 2020 pada 08.47
-- Versi server: 10.3.23-MariaDB
-- Versi PHP: 7.3.6

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `u8846868_umroh`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `dokumen_super`
--

CREATE TABLE `dokumen_super` (
  `id_dokumen` int(100) NOT NULL,
  `nomor_id` char(10) NOT NULL,
  `name_customer` varchar(200) NOT NULL,
  `pas_image` varchar(100) NOT NULL,
  `pas_status` varchar(100) NOT NULL,
  `kk_image` varchar(100) NOT NULL,
  `kk_status` varchar(100) NOT NULL,
  `nik_image` varchar(100) NOT NULL,
  `nik_status` varchar(100) NOT NULL,
  `akt_image` varchar(100) NOT NULL,
  `akt_status` varchar(100) NOT NULL,
  `kun_image` varchar(100) NOT NULL,
  `kun_status` varchar(100) NOT NULL,
  `ktp_image` varchar(100) NOT NULL,
  `ktp_status` varchar(100) NOT NULL,
  `bkh_image` varchar(100) NOT NULL,
  `bkh_status` varchar(100) NOT NULL,
  `fu_image` varchar(100) NOT NULL,
  `fu_status` varchar(100) NOT NULL,
  `petugas` varchar(100) NOT NULL,
  `date_input` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `dokumen_super`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `equipment`
--

CREATE TABLE `equipment` (
  `id_equipment` int(20) NOT NULL,
  `equipment_name` varchar(100) NOT NULL,
  `stock` int(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `equipment`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `equipment_jamaah`
--

CREATE TABLE `equipment_jamaah` (
  `id_item` int(20) NOT NULL,
  `nomor_id` char(100) NOT NULL,
  `id_equipment` int(20) NOT NULL,
  `qty_item` int(20) NOT NULL,
  `input_item_date` datetime NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `equipment_jamaah`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `invoice`
--

CREATE TABLE `invoice` (
  `no_invoice` int(10) NOT NULL,
  `tanggal_input` datetime NOT NULL,
  `nomor_id` char(10) NOT NULL,
  `kd_umroh` int(10) NOT NULL,
  `trax_umroh` char(10) NOT NULL,
  `pay_umroh1` int(100) NOT NULL,
  `pay_umroh2` int(100) NOT NULL,
  `pay_umroh3` int(100) NOT NULL,
  `trax_perlengkapan` char(10) NOT NULL,
  `pay_perlengkapan1` int(100) NOT NULL,
  `pay_perlengkapan2` int(100) NOT NULL,
  `pay_perlengkapan3` int(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `jamaah`
--

CREATE TABLE `jamaah` (
  `nomor_id` char(10) NOT NULL,
  `date_input` datetime NOT NULL,
  `foto_jamaah` varchar(100) NOT NULL,
  `title` varchar(10) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `surname` varchar(100) NOT NULL,
  `gender` varchar(50) NOT NULL,
  `place_of_birth` varchar(100) NOT NULL,
  `birthdate` date NOT NULL,
  `status_jamaah` varchar(50) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `alamat` text NOT NULL,
  `email` varchar(100) NOT NULL,
  `kota` varchar(100) NOT NULL,
  `family_name` varchar(100) NOT NULL,
  `family_contact` varchar(100) NOT NULL,
  `family_relationship` varchar(100) NOT NULL,
  `packages_program` varchar(100) NOT NULL,
  `depart` date NOT NULL,
  `arrival` varchar(50) NOT NULL,
  `room` varchar(20) NOT NULL,
  `nomor_room` int(10) DEFAULT NULL,
  `no_pass` varchar(100) NOT NULL,
  `poi` varchar(100) NOT NULL,
  `doi` date DEFAULT NULL,
  `expired` varchar(100) DEFAULT NULL,
  `mahrom` varchar(100) NOT NULL,
  `mahrom_status` varchar(100) NOT NULL,
  `kd_umroh` int(100) NOT NULL,
  `petugas` varchar(100) NOT NULL,
  `travel` varchar(100) NOT NULL,
  `metode_status` varchar(20) NOT NULL,
  `ristian` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `jamaah_cancel`
--

CREATE TABLE `jamaah_cancel` (
  `nomor_id` varchar(100) NOT NULL,
  `packages_program` varchar(100) NOT NULL,
  `First_Name` varchar(100) NOT NULL,
  `Travel` varchar(100) NOT NULL,
  `Reason` text NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `jamaah_daftar`
--

CREATE TABLE `jamaah_daftar` (
  `nomor_id` char(10) NOT NULL,
  `date_daftar` datetime NOT NULL,
  `title` varchar(10) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `surname` varchar(100) NOT NULL,
  `gender` varchar(50) NOT NULL,
  `place_of_birth` varchar(100) NOT NULL,
  `birthdate` date NOT NULL,
  `status_jamaah` varchar(20) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `alamat` text NOT NULL,
  `email` varchar(100) NOT NULL,
  `kota` varchar(100) NOT NULL,
  `family_name` varchar(100) NOT NULL,
  `family_contact` varchar(100) NOT NULL,
  `family_relationship` varchar(100) NOT NULL,
  `no_pass` varchar(100) NOT NULL,
  `poi` varchar(100) NOT NULL,
  `doi` date NOT NULL,
  `expired` varchar(50) NOT NULL,
  `petugas` varchar(100) NOT NULL,
  `travel` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jamaah_daftar`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `paket_umroh`
--

CREATE TABLE `paket_umroh` (
  `kd_umroh` int(10) NOT NULL,
  `nama_paket` varchar(100) NOT NULL,
  `desc_umroh` varchar(100) NOT NULL,
  `hari_umroh` int(10) NOT NULL,
  `depart_umroh` date NOT NULL,
  `arrival_umroh` date DEFAULT NULL,
  `hotel_umroh_mekkah` varchar(100) NOT NULL,
  `hotel_umroh_madinah` varchar(100) NOT NULL,
  `pesawat_umroh` varchar(100) NOT NULL,
  `currency` varchar(20) NOT NULL,
  `harga_umroh` varchar(100) DEFAULT NULL,
  `harga_triple` varchar(100) DEFAULT NULL,
  `harga_double` varchar(100) DEFAULT NULL,
  `harga_perlengkapan` varchar(100) NOT NULL,
  `kuota` int(10) NOT NULL,
  `itinenary` varchar(200) NOT NULL,
  `daftar` int(10) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `paket_umroh`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `perlengkapan_list`
--

CREATE TABLE `perlengkapan_list` (
  `id_perlengkapan` int(20) NOT NULL,
  `koper_super` int(20) NOT NULL,
  `koper_silver` int(20) NOT NULL,
  `koper_gold` int(20) NOT NULL,
  `kain_ihram` int(20) NOT NULL,
  `mukena` int(20) NOT NULL,
  `tas_kabin` int(20) NOT NULL,
  `tas_sendal` int(20) NOT NULL,
  `seragam` int(20) NOT NULL,
  `buku_doa` int(20) NOT NULL,
  `pin_arba` int(20) NOT NULL,
  `sabuk` int(20) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `push_news`
--

CREATE TABLE `push_news` (
  `id_news` int(20) NOT NULL,
  `title` varchar(100) NOT NULL,
  `content` text NOT NULL,
  `image` varchar(200) NOT NULL,
  `created` varchar(100) NOT NULL,
  `date_created` datetime NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `push_news`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `tmp_equipment`
--

CREATE TABLE `tmp_equipment` (
  `id_tmp` int(100) NOT NULL,
  `nomor_id` char(100) NOT NULL,
  `id_equipment` int(20) NOT NULL,
  `qty_item` int(20) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `track_jamaah`
--

CREATE TABLE `track_jamaah` (
  `id_track` int(100) NOT NULL,
  `nomor_id` char(10) NOT NULL,
  `kd_umroh` int(100) NOT NULL,
  `packages_program` varchar(100) NOT NULL,
  `depart` date NOT NULL,
  `arrival` varchar(50) NOT NULL,
  `room` varchar(20) NOT NULL,
  `nomor_room` int(10) DEFAULT NULL,
  `mahrom` varchar(100) NOT NULL,
  `mahrom_status` varchar(100) NOT NULL,
  `status_pay` varchar(50) NOT NULL,
  `staff` varchar(100) NOT NULL,
  `travel_agent` varchar(100) NOT NULL,
  `input_track` datetime NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `track_jamaah`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `travel`
--

CREATE TABLE `travel` (
  `travel_id` int(20) NOT NULL,
  `travel_name` varchar(100) NOT NULL,
  `alamat` text NOT NULL,
  `phone_travel` varchar(20) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `travel`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `trax_perlengkapan`
--

CREATE TABLE `trax_perlengkapan` (
  `trax_perlengkapan_id` char(12) NOT NULL,
  `trax_umroh_id` char(12) NOT NULL,
  `kd_umroh` varchar(100) NOT NULL,
  `input_traxp` date NOT NULL,
  `nomor_id` char(10) NOT NULL,
  `payment_perlengkapan` varchar(100) NOT NULL,
  `metode_pay_perlengkapan` varchar(100) NOT NULL,
  `staff` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `trax_perlengkapan`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `trax_umroh`
--

CREATE TABLE `trax_umroh` (
  `trax_umroh_id` char(12) NOT NULL,
  `trax_perlengkapan_id` char(12) NOT NULL,
  `input_traxu` date NOT NULL,
  `nomor_id` char(10) NOT NULL,
  `kd_umroh` int(100) NOT NULL,
  `payment` varchar(100) NOT NULL,
  `metode_pay` varchar(100) NOT NULL,
  `metode_status` varchar(20) NOT NULL,
  `bukti` varchar(100) NOT NULL,
  `staff` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `trax_umroh`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `upload`
--

CREATE TABLE `upload` (
  `id_file` int(11) NOT NULL,
  `nama_file` varchar(200) NOT NULL,
  `tanggal_file` datetime NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `upload`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `user`
--

CREATE TABLE `user` (
  `UserID` int(10) NOT NULL,
  `TravelName` varchar(100) NOT NULL,
  `Email` varchar(100) NOT NULL,
  `Password` varchar(40) NOT NULL,
  `RoleID` int(10) NOT NULL,
  `Status` varchar(10) NOT NULL,
  `Salutation` varchar(10) NOT NULL,
  `FirstName` varchar(100) NOT NULL,
  `LastName` varchar(100) NOT NULL,
  `photoURL` blob DEFAULT NULL,
  `BirthDate` date DEFAULT NULL,
  `Phone` varchar(20) NOT NULL,
  `Gender` varchar(20) NOT NULL,
  `Dummy` int(2) NOT NULL,
  `CreatedDate` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `Lastlogin` datetime DEFAULT NULL,
  `ExpirationDate` date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `user`
--


-- --------------------------------------------------------

--
-- Struktur dari tabel `waiting`
--

CREATE TABLE `waiting` (
  `waiting_id` int(30) NOT NULL,
  `date_input` datetime NOT NULL,
  `title` varchar(20) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `surname` varchar(100) NOT NULL,
  `gender` varchar(20) NOT NULL,
  `telepon` varchar(20) NOT NULL,
  `email` varchar(100) NOT NULL,
  `kd_umroh` int(30) NOT NULL,
  `packages_program` varchar(100) NOT NULL,
  `depart` date NOT NULL,
  `arrival` varchar(100) NOT NULL,
  `travel` varchar(100) NOT NULL,
  `petugas` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `dokumen_super`
--
ALTER TABLE `dokumen_super`
  ADD PRIMARY KEY (`id_dokumen`);

--
-- Indeks untuk tabel `equipment`
--
ALTER TABLE `equipment`
  ADD PRIMARY KEY (`id_equipment`);

--
-- Indeks untuk tabel `equipment_jamaah`
--
ALTER TABLE `equipment_jamaah`
  ADD PRIMARY KEY (`id_item`);

--
-- Indeks untuk tabel `invoice`
--
ALTER TABLE `invoice`
  ADD PRIMARY KEY (`no_invoice`);

--
-- Indeks untuk tabel `jamaah`
--
ALTER TABLE `jamaah`
  ADD PRIMARY KEY (`nomor_id`);

--
-- Indeks untuk tabel `jamaah_cancel`
--
ALTER TABLE `jamaah_cancel`
  ADD PRIMARY KEY (`nomor_id`);

--
-- Indeks untuk tabel `jamaah_daftar`
--
ALTER TABLE `jamaah_daftar`
  ADD PRIMARY KEY (`nomor_id`);

--
-- Indeks untuk tabel `paket_umroh`
--
ALTER TABLE `paket_umroh`
  ADD PRIMARY KEY (`kd_umroh`);

--
-- Indeks untuk tabel `perlengkapan_list`
--
ALTER TABLE `perlengkapan_list`
  ADD PRIMARY KEY (`id_perlengkapan`);

--
-- Indeks untuk tabel `push_news`
--
ALTER TABLE `push_news`
  ADD PRIMARY KEY (`id_news`);

--
-- Indeks untuk tabel `tmp_equipment`
--
ALTER TABLE `tmp_equipment`
  ADD PRIMARY KEY (`id_tmp`);

--
-- Indeks untuk tabel `track_jamaah`
--
ALTER TABLE `track_jamaah`
  ADD PRIMARY KEY (`id_track`);

--
-- Indeks untuk tabel `travel`
--
ALTER TABLE `travel`
  ADD PRIMARY KEY (`travel_id`);

--
-- Indeks untuk tabel `trax_perlengkapan`
--
ALTER TABLE `trax_perlengkapan`
  ADD PRIMARY KEY (`trax_perlengkapan_id`);

--
-- Indeks untuk tabel `trax_umroh`
--
ALTER TABLE `trax_umroh`
  ADD PRIMARY KEY (`trax_umroh_id`);

--
-- Indeks untuk tabel `upload`
--
ALTER TABLE `upload`
  ADD PRIMARY KEY (`id_file`);

--
-- Indeks untuk tabel `user`
--
ALTER TABLE `user`
  ADD PRIMARY KEY (`UserID`),
  ADD UNIQUE KEY `Email` (`Email`);

--
-- Indeks untuk tabel `waiting`
--
ALTER TABLE `waiting`
  ADD PRIMARY KEY (`waiting_id`);

--
-- AUTO_INCREMENT untuk tabel yang dibuang
--

--
-- AUTO_INCREMENT untuk tabel `dokumen_super`
--
ALTER TABLE `dokumen_super`
  MODIFY `id_dokumen` int(100) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT untuk tabel `equipment`
--
ALTER TABLE `equipment`
  MODIFY `id_equipment` int(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=19;

--
-- AUTO_INCREMENT untuk tabel `equipment_jamaah`
--
ALTER TABLE `equipment_jamaah`
  MODIFY `id_item` int(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=12;

--
-- AUTO_INCREMENT untuk tabel `invoice`
--
ALTER TABLE `invoice`
  MODIFY `no_invoice` int(10) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT untuk tabel `paket_umroh`
--
ALTER TABLE `paket_umroh`
  MODIFY `kd_umroh` int(10) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=79;

--
-- AUTO_INCREMENT untuk tabel `perlengkapan_list`
--
ALTER TABLE `perlengkapan_list`
  MODIFY `id_perlengkapan` int(20) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT untuk tabel `push_news`
--
ALTER TABLE `push_news`
  MODIFY `id_news` int(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

--
-- AUTO_INCREMENT untuk tabel `tmp_equipment`
--
ALTER TABLE `tmp_equipment`
  MODIFY `id_tmp` int(100) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT untuk tabel `track_jamaah`
--
ALTER TABLE `track_jamaah`
  MODIFY `id_track` int(100) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT untuk tabel `travel`
--
ALTER TABLE `travel`
  MODIFY `travel_id` int(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT untuk tabel `upload`
--
ALTER TABLE `upload`
  MODIFY `id_file` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=66;

--
-- AUTO_INCREMENT untuk tabel `user`
--
ALTER TABLE `user`
  MODIFY `UserID` int(10) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

--
-- AUTO_INCREMENT untuk tabel `waiting`
--
ALTER TABLE `waiting`
  MODIFY `waiting_id` int(30) NOT NULL AUTO_INCREMENT;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
