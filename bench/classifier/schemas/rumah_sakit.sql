-- phpMyAdmin SQL Dump (schema part)
-- Database: `rumah_sakit`

CREATE TABLE `dokter` (
  `id_dokter` int(11) NOT NULL,
  `dokter` varchar(50) NOT NULL,
  `spesialisasi` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `klinik` (
  `id_klinik` int(11) NOT NULL,
  `klinik` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pasien` (
  `no_rm` int(9) NOT NULL,
  `nik` varchar(16) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `jenis_kelamin` char(1) NOT NULL,
  `tempat_lahir` varchar(20) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `goldar` varchar(2) NOT NULL,
  `agama` varchar(15) NOT NULL,
  `negara` varchar(20) NOT NULL,
  `status_kawin` varchar(11) NOT NULL,
  `no_wa` varchar(15) NOT NULL,
  `email` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `dokter`
  ADD PRIMARY KEY (`id_dokter`);
ALTER TABLE `klinik`
  ADD PRIMARY KEY (`id_klinik`);
ALTER TABLE `pasien`
  ADD PRIMARY KEY (`no_rm`);
