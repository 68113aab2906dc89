-- phpMyAdmin SQL Dump
-- version 5.0.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Waktu pembuatan: 26 Okt 2022 pada 00.42
-- Versi server: 10.4.11-MariaDB
-- Versi PHP: 7.2.28

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_apotek`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `apotek_profile`
--

CREATE TABLE `apotek_profile` (
  `id_apotek` int(11) NOT NULL,
  `nama_apotek` varchar(128) NOT NULL,
  `alamat_apotek` text NOT NULL,
  `no_hp` varchar(128) NOT NULL,
  `image` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `barang_rusak`
--

CREATE TABLE `barang_rusak` (
  `id_barang_rusak` varchar(20) NOT NULL,
  `tanggal_transaksi` date NOT NULL,
  `jam_transaksi` varchar(128) NOT NULL,
  `total_barangrusak` double NOT NULL,
  `kasir` varchar(128) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `barang_rusak_detail`
--

CREATE TABLE `barang_rusak_detail` (
  `id_barang_rusak_detail` varchar(20) NOT NULL,
  `id_barang_rusak` varchar(20) NOT NULL,
  `id_obat` varchar(20) NOT NULL,
  `jumlah_rusak` double NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `harga_obat`
--

CREATE TABLE `harga_obat` (
  `id_obat` varchar(20) NOT NULL,
  `id_satuan` varchar(20) NOT NULL,
  `jumlah` double NOT NULL,
  `harga` double NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kategori_obat`
--

CREATE TABLE `kategori_obat` (
  `id_kategori` varchar(20) NOT NULL,
  `nama_kategori_obat` varchar(128) NOT NULL,
  `is_active` int(11) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `obat`
--

CREATE TABLE `obat` (
  `id_obat` varchar(20) NOT NULL,
  `nama_obat` varchar(128) NOT NULL,
  `tipe_obat` varchar(128) NOT NULL DEFAULT 'Obat Bebas',
  `id_kategori` varchar(20) NOT NULL,
  `id_satuan` varchar(20) NOT NULL,
  `id_satuan_konversi_1` varchar(20) NOT NULL,
  `jumlah_konversi_1` double NOT NULL,
  `id_satuan_konversi_2` varchar(20) NOT NULL,
  `jumlah_konversi_2` double NOT NULL,
  `id_satuan_konversi_3` varchar(20) NOT NULL,
  `jumlah_konversi_3` double NOT NULL,
  `min_stok` double NOT NULL,
  `max_stok` double NOT NULL,
  `stok` double NOT NULL,
  `tanggal_expired` date NOT NULL,
  `nomor_beds` varchar(128) NOT NULL,
  `image` varchar(300) NOT NULL,
  `is_active` int(11) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `pembelian`
--

CREATE TABLE `pembelian` (
  `id_pembelian` varchar(20) NOT NULL,
  `id_supplier` varchar(20) NOT NULL,
  `nama_pembeli` varchar(128) NOT NULL,
  `total_pembelian` double NOT NULL,
  `tanggal_pembelian` date NOT NULL,
  `jam_pembelian` varchar(128) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `pembelian_detail`
--

CREATE TABLE `pembelian_detail` (
  `id_pembelian_detail` varchar(20) NOT NULL,
  `id_pembelian` varchar(20) NOT NULL,
  `id_obat` varchar(20) NOT NULL,
  `jumlah_beli` int(11) NOT NULL,
  `harga_beli` double NOT NULL,
  `expired_date` date NOT NULL,
  `nomor_batch` varchar(128) NOT NULL,
  `ppn` double NOT NULL,
  `diskon` double NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `penjualan`
--

CREATE TABLE `penjualan` (
  `id_penjualan` varchar(20) NOT NULL,
  `nama_pembeli` varchar(128) NOT NULL,
  `total_penjualan` double NOT NULL,
  `tanggal_penjualan` date NOT NULL,
  `jam_penjualan` varchar(128) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `penjualan_detail`
--

CREATE TABLE `penjualan_detail` (
  `id_penjualan_detail` varchar(20) NOT NULL,
  `id_penjualan` varchar(20) NOT NULL,
  `id_obat` varchar(20) NOT NULL,
  `id_satuan` varchar(20) NOT NULL,
  `jumlah_jual` double NOT NULL,
  `harga_jual` double NOT NULL,
  `ppn` double NOT NULL,
  `diskon` double NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `retur_pembelian`
--

CREATE TABLE `retur_pembelian` (
  `id_retur` varchar(20) NOT NULL,
  `id_pembelian` varchar(20) NOT NULL,
  `id_pembelian_detail` varchar(20) NOT NULL,
  `id_obat` varchar(20) NOT NULL,
  `jumlah_retur` double NOT NULL,
  `tanggal_retur` date NOT NULL,
  `jam_retur` varchar(128) NOT NULL,
  `kasir` varchar(128) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `retur_penjualan`
--

CREATE TABLE `retur_penjualan` (
  `id_retur` varchar(20) NOT NULL,
  `id_penjualan` varchar(20) NOT NULL,
  `id_penjualan_detail` varchar(20) NOT NULL,
  `id_obat` varchar(20) NOT NULL,
  `jumlah_retur` double NOT NULL,
  `tanggal_retur` date NOT NULL,
  `jam_retur` varchar(128) NOT NULL,
  `kasir` varchar(128) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `satuan_obat`
--

CREATE TABLE `satuan_obat` (
  `id_satuan` varchar(20) NOT NULL,
  `nama_satuan_obat` varchar(128) NOT NULL,
  `kode_satuan_obat` varchar(128) NOT NULL,
  `is_active` int(11) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `supplier`
--

CREATE TABLE `supplier` (
  `id_supplier` varchar(20) NOT NULL,
  `nama_supplier` varchar(128) NOT NULL,
  `kota_supplier` varchar(128) NOT NULL,
  `telp_supplier` varchar(128) NOT NULL,
  `email_supplier` varchar(128) NOT NULL,
  `alamat_supplier` text NOT NULL,
  `is_active` int(11) NOT NULL,
  `created_datetime` varchar(128) NOT NULL,
  `modified_datetime` varchar(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `user`
--

CREATE TABLE `user` (
  `user_id` varchar(20) NOT NULL,
  `username` varchar(200) NOT NULL,
  `password` varchar(200) NOT NULL,
  `image` varchar(200) NOT NULL,
  `created_datetime` text NOT NULL,
  `modified_datetime` text NOT NULL,
  `role_id` int(11) NOT NULL,
  `is_active` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `user_role`
--

CREATE TABLE `user_role` (
  `role_id` int(11) NOT NULL,
  `role_name` varchar(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `apotek_profile`
--
ALTER TABLE `apotek_profile`
  ADD PRIMARY KEY (`id_apotek`);

--
-- Indeks untuk tabel `barang_rusak`
--
ALTER TABLE `barang_rusak`
  ADD PRIMARY KEY (`id_barang_rusak`);

--
-- Indeks untuk tabel `barang_rusak_detail`
--
ALTER TABLE `barang_rusak_detail`
  ADD PRIMARY KEY (`id_barang_rusak_detail`);

--
-- Indeks untuk tabel `harga_obat`
--
ALTER TABLE `harga_obat`
  ADD PRIMARY KEY (`id_obat`,`id_satuan`,`jumlah`);

--
-- Indeks untuk tabel `obat`
--
ALTER TABLE `obat`
  ADD PRIMARY KEY (`id_obat`);

--
-- Indeks untuk tabel `pembelian`
--
ALTER TABLE `pembelian`
  ADD PRIMARY KEY (`id_pembelian`);

--
-- Indeks untuk tabel `pembelian_detail`
--
ALTER TABLE `pembelian_detail`
  ADD PRIMARY KEY (`id_pembelian_detail`);

--
-- Indeks untuk tabel `penjualan`
--
ALTER TABLE `penjualan`
  ADD PRIMARY KEY (`id_penjualan`);

--
-- Indeks untuk tabel `penjualan_detail`
--
ALTER TABLE `penjualan_detail`
  ADD PRIMARY KEY (`id_penjualan_detail`);

--
-- Indeks untuk tabel `retur_pembelian`
--
ALTER TABLE `retur_pembelian`
  ADD PRIMARY KEY (`id_retur`);

--
-- Indeks untuk tabel `retur_penjualan`
--
ALTER TABLE `retur_penjualan`
  ADD PRIMARY KEY (`id_retur`);

--
-- Indeks untuk tabel `satuan_obat`
--
ALTER TABLE `satuan_obat`
  ADD PRIMARY KEY (`id_satuan`);

--
-- Indeks untuk tabel `supplier`
--
ALTER TABLE `supplier`
  ADD PRIMARY KEY (`id_supplier`);

--
-- Indeks untuk tabel `user`
--
ALTER TABLE `user`
  ADD PRIMARY KEY (`user_id`);

--
-- Indeks untuk tabel `user_role`
--
ALTER TABLE `user_role`
  ADD PRIMARY KEY (`role_id`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
