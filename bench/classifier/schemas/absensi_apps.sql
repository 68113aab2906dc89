-- origin: toekangpeci/absensiApps absensi_apps (4).sql at e805fc3ce9b86a59e90928062554b23114f6892a (phpMyAdmin dump of database `absensi_apps`, employee leave, overtime, business trips, reimbursement and salary history; schema part: all 10 tables with their keys; INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE `cuti_jml` (
  `id_user` varchar(25) NOT NULL,
  `cuti_tahunan` int(25) DEFAULT NULL,
  `cuti_sisa` int(25) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `cuti_trans` (
  `id` varchar(15) NOT NULL,
  `id_user` varchar(25) NOT NULL,
  `jenis_cuti` varchar(50) NOT NULL,
  `alasan` varchar(250) NOT NULL,
  `jumlah_cuti` int(10) NOT NULL,
  `mulai_cuti` date NOT NULL,
  `akhir_cuti` date NOT NULL,
  `delegasi` varchar(25) DEFAULT NULL,
  `status` varchar(50) NOT NULL,
  `keterangan_status` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `department` (
  `kode` varchar(10) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `keterangan` varchar(250) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dinas_luar` (
  `id_dinas` varchar(15) NOT NULL,
  `id_user` varchar(25) NOT NULL,
  `alasan_dinas` varchar(250) NOT NULL,
  `lama_dinas` int(10) NOT NULL,
  `pendapatan_dinas` bigint(20) NOT NULL,
  `mulai_dinas` date NOT NULL,
  `selesai_dinas` date NOT NULL,
  `status` varchar(25) NOT NULL,
  `ket_status` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gaji_logs` (
  `id` int(11) NOT NULL,
  `id_user` varchar(25) NOT NULL,
  `gaji` bigint(20) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `periode` varchar(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jabatan` (
  `kode_jabatan` varchar(10) NOT NULL,
  `nama_jabatan` varchar(50) NOT NULL,
  `keterangan` varchar(250) DEFAULT NULL,
  `upah_lembur` bigint(20) NOT NULL,
  `upah_dinas` bigint(20) NOT NULL,
  `panelAppRep` varchar(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `karyawan` (
  `id` varchar(25) NOT NULL DEFAULT '0',
  `password` varchar(50) NOT NULL,
  `nik` varchar(25) NOT NULL,
  `nama` varchar(30) NOT NULL,
  `department` varchar(10) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `agama` varchar(25) NOT NULL,
  `no_telp` varchar(25) NOT NULL,
  `jabatan` varchar(25) NOT NULL,
  `gaji` bigint(20) NOT NULL,
  `id_atasan` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lembur_trans` (
  `id` varchar(15) NOT NULL,
  `id_user` varchar(25) NOT NULL,
  `durasi` int(10) NOT NULL,
  `tanggal` date NOT NULL,
  `mulai` time NOT NULL,
  `akhir` time NOT NULL,
  `alasan_lembur` varchar(250) NOT NULL,
  `total_lembur` bigint(20) NOT NULL,
  `status` varchar(25) NOT NULL,
  `ket_status` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_transaksi` (
  `id_user` varchar(25) NOT NULL,
  `id_transaksi` varchar(15) NOT NULL,
  `jenis` varchar(25) NOT NULL,
  `tanggal` date NOT NULL,
  `total` bigint(20) NOT NULL,
  `lama` int(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reimburse` (
  `id` varchar(15) NOT NULL,
  `id_user` varchar(25) NOT NULL,
  `nama_kegiatan` varchar(250) NOT NULL,
  `alasan` varchar(250) NOT NULL,
  `total` bigint(20) NOT NULL,
  `date` date NOT NULL,
  `status` varchar(25) NOT NULL,
  `ket_status` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `cuti_trans`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `department`
  ADD PRIMARY KEY (`kode`);

ALTER TABLE `gaji_logs`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `jabatan`
  ADD PRIMARY KEY (`kode_jabatan`);

ALTER TABLE `karyawan`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `lembur_trans`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `reimburse`
  ADD PRIMARY KEY (`id`);
