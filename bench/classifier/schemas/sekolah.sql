-- phpMyAdmin SQL Dump, database `sekolah` (schema part)

CREATE TABLE `guru` (
  `NIP` varchar(11) NOT NULL,
  `Nama` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mapel` (
  `Kode_mapel` varchar(5) NOT NULL,
  `Mapel` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `siswa` (
  `nisn` varchar(13) NOT NULL,
  `nama` varchar(25) NOT NULL,
  `tempat_lahir` varchar(25) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `guru`
  ADD PRIMARY KEY (`NIP`);
ALTER TABLE `mapel`
  ADD PRIMARY KEY (`Kode_mapel`);
ALTER TABLE `siswa`
  ADD PRIMARY KEY (`nisn`);
