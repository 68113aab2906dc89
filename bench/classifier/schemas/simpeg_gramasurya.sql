-- origin: FadelNurAkhmad/Simpeg_PT_Gramasurya assets/backup/20220530_BackupDB.sql (employee information system backup; schema part, DROP TABLE and INSERT rows left out)

CREATE TABLE `tb_anak` (
  `id_anak` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `nik` varchar(16) NOT NULL,
  `nama` varchar(64) NOT NULL,
  `tmp_lhr` varchar(64) NOT NULL,
  `tgl_lhr` date NOT NULL,
  `jk` varchar(12) NOT NULL,
  `pendidikan` varchar(8) NOT NULL,
  `pekerjaan` varchar(32) NOT NULL,
  `status_hub` varchar(16) NOT NULL,
  `date_reg` date NOT NULL,
  PRIMARY KEY (`id_anak`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_bahasa` (
  `id_bhs` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `jns_bhs` varchar(32) NOT NULL,
  `bahasa` varchar(32) NOT NULL,
  `kemampuan` varchar(8) NOT NULL,
  PRIMARY KEY (`id_bhs`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_cuti` (
  `id_cuti` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `jns_cuti` varchar(32) NOT NULL,
  `no_suratcuti` varchar(32) NOT NULL,
  `tgl_suratcuti` date NOT NULL,
  `tgl_mulai` date NOT NULL,
  `tgl_selesai` date NOT NULL,
  `lama` int(11) NOT NULL,
  `lama_terbilang` varchar(255) NOT NULL,
  `lama_satuan` varchar(255) NOT NULL,
  `point1` varchar(2) NOT NULL,
  `ket1` varchar(255) NOT NULL,
  `point2` varchar(2) NOT NULL,
  `ket2` varchar(255) NOT NULL,
  `point3` varchar(2) NOT NULL,
  `ket3` varchar(255) NOT NULL,
  `tembusan1` varchar(255) NOT NULL,
  `tembusan2` varchar(255) NOT NULL,
  PRIMARY KEY (`id_cuti`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_diklat` (
  `id_diklat` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `diklat` varchar(128) NOT NULL,
  `jml_jam` int(4) NOT NULL,
  `penyelenggara` varchar(64) NOT NULL,
  `tempat` varchar(32) NOT NULL,
  `angkatan` varchar(4) NOT NULL,
  `tahun` varchar(4) NOT NULL,
  `no_sttpp` varchar(32) NOT NULL,
  `tgl_sttpp` date NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id_diklat`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_dokumen` (
  `id_dokumen` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `dokumen` varchar(128) NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id_dokumen`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_gaji_jabatan` (
  `id_jabatan` int(11) NOT NULL AUTO_INCREMENT,
  `nama_jabatan` varchar(35) NOT NULL,
  `gapok` double NOT NULL,
  `tunjangan` double NOT NULL,
  PRIMARY KEY (`id_jabatan`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1;

CREATE TABLE `tb_hukuman` (
  `id_hukuman` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `hukuman` varchar(64) NOT NULL,
  `pejabat_sk` varchar(64) NOT NULL,
  `no_sk` varchar(32) NOT NULL,
  `tgl_sk` date NOT NULL,
  `pejabat_pulih` varchar(64) NOT NULL,
  `no_pulih` varchar(32) NOT NULL,
  `tgl_pulih` date NOT NULL,
  `gol` varchar(6) NOT NULL,
  `pangkat` varchar(32) NOT NULL,
  `eselon` varchar(16) NOT NULL,
  PRIMARY KEY (`id_hukuman`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_jabatan` (
  `id_jab` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `jabatan` varchar(64) NOT NULL,
  `eselon` varchar(16) NOT NULL,
  `no_sk` varchar(255) NOT NULL,
  `tgl_sk` date NOT NULL,
  `tmt_jabatan` date NOT NULL,
  `sampai_tgl` date NOT NULL,
  `file` varchar(255) NOT NULL,
  `status_jab` varchar(5) NOT NULL,
  `jk_jab` varchar(12) NOT NULL,
  PRIMARY KEY (`id_jab`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_kawin` (
  `id_kawin` int(11) NOT NULL,
  `no_kawin` varchar(32) NOT NULL,
  `tgl_izin` date NOT NULL,
  `id_peg` int(11) NOT NULL,
  `bangsa1` varchar(255) NOT NULL,
  `nama_wali_bapak1` varchar(255) NOT NULL,
  `kerja_wali_bapak1` varchar(255) NOT NULL,
  `alamat_wali_bapak1` varchar(255) NOT NULL,
  `nama_wali_ibu1` varchar(255) NOT NULL,
  `kerja_wali_ibu1` varchar(255) NOT NULL,
  `alamat_wali_ibu1` varchar(255) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `tmp_lahir` varchar(255) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `pekerjaan` varchar(255) NOT NULL,
  `nik` varchar(255) NOT NULL,
  `pangkat` varchar(255) NOT NULL,
  `gol` varchar(255) NOT NULL,
  `jab` varchar(255) NOT NULL,
  `instansi` varchar(255) NOT NULL,
  `bangsa2` varchar(255) NOT NULL,
  `agama` varchar(255) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `nama_wali_bapak2` varchar(255) NOT NULL,
  `kerja_wali_bapak2` varchar(255) NOT NULL,
  `alamat_wali_bapak2` varchar(255) NOT NULL,
  `nama_wali_ibu2` varchar(255) NOT NULL,
  `kerja_wali_ibu2` varchar(255) NOT NULL,
  `alamat_wali_ibu2` varchar(255) NOT NULL,
  `tmp_kawin` varchar(255) NOT NULL,
  `tgl_kawin` date NOT NULL,
  `tgl_ditetapkan` date NOT NULL,
  PRIMARY KEY (`id_kawin`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_kgb` (
  `id_peg` int(11) NOT NULL,
  `tgl_kgb` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_kpb` (
  `id_peg` int(11) NOT NULL,
  `tgl_kpb` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_lat_jabatan` (
  `id_lat_jabatan` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `nama_pelatih` varchar(64) NOT NULL,
  `tahun_lat` varchar(4) NOT NULL,
  `jml_jam` varchar(3) NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id_lat_jabatan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_masteresl` (
  `id_masteresl` int(11) NOT NULL,
  `nama_masteresl` varchar(6) NOT NULL,
  PRIMARY KEY (`id_masteresl`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_mastergol` (
  `id_mastergol` int(11) NOT NULL,
  `nama_mastergol` varchar(6) NOT NULL,
  PRIMARY KEY (`id_mastergol`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_masterjab` (
  `id_masterjab` int(11) NOT NULL,
  `nama_masterjab` varchar(64) NOT NULL,
  PRIMARY KEY (`id_masterjab`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_mutasi` (
  `id_mutasi` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `jns_mutasi` varchar(32) NOT NULL,
  `tgl_mutasi` date NOT NULL,
  `no_mutasi` varchar(32) NOT NULL,
  `gol` varchar(6) NOT NULL,
  `pangkat` varchar(32) NOT NULL,
  `eselon` varchar(16) NOT NULL,
  PRIMARY KEY (`id_mutasi`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_ortu` (
  `id_ortu` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `nik` varchar(16) NOT NULL,
  `nama` varchar(64) NOT NULL,
  `tmp_lhr` varchar(64) NOT NULL,
  `tgl_lhr` date NOT NULL,
  `pendidikan` varchar(8) NOT NULL,
  `pekerjaan` varchar(32) NOT NULL,
  `status_hub` varchar(16) NOT NULL,
  `date_reg` date NOT NULL,
  PRIMARY KEY (`id_ortu`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_pangkat` (
  `id_pangkat` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `pangkat` varchar(64) NOT NULL,
  `gol` varchar(6) NOT NULL,
  `jns_pangkat` varchar(32) NOT NULL,
  `tmt_pangkat` date NOT NULL,
  `pejabat_sk` varchar(32) NOT NULL,
  `no_sk` varchar(32) NOT NULL,
  `tgl_sk` date NOT NULL,
  `file` varchar(255) NOT NULL,
  `status_pan` varchar(5) NOT NULL,
  `jk_pan` varchar(12) NOT NULL,
  PRIMARY KEY (`id_pangkat`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_pegawai` (
  `id_peg` int(11) NOT NULL,
  `nip` varchar(24) NOT NULL,
  `nama` varchar(64) NOT NULL,
  `tempat_lhr` varchar(64) NOT NULL,
  `tgl_lhr` date NOT NULL,
  `agama` varchar(16) NOT NULL,
  `jk` varchar(12) NOT NULL,
  `gol_darah` varchar(2) NOT NULL,
  `status_nikah` varchar(16) NOT NULL,
  `status_kepeg` varchar(8) NOT NULL,
  `tgl_naikpangkat` date NOT NULL,
  `tgl_naikgaji` date NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `telp` varchar(12) NOT NULL,
  `email` varchar(64) NOT NULL,
  `unit_kerja` int(11) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `tgl_pensiun` date NOT NULL,
  `date_reg` date NOT NULL,
  `urut_pangkat` varchar(6) NOT NULL,
  `pangkat` varchar(255) NOT NULL,
  `jabatan` varchar(64) NOT NULL,
  `sekolah` varchar(16) NOT NULL,
  `status_mut` varchar(255) NOT NULL,
  PRIMARY KEY (`id_peg`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_penghargaan` (
  `id_penghargaan` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `penghargaan` varchar(64) NOT NULL,
  `tahun` varchar(4) NOT NULL,
  `pemberi` varchar(64) NOT NULL,
  PRIMARY KEY (`id_penghargaan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_penugasan` (
  `id_penugasan` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `tujuan` varchar(32) NOT NULL,
  `tahun` varchar(4) NOT NULL,
  `lama` varchar(3) NOT NULL,
  `alasan` varchar(128) NOT NULL,
  PRIMARY KEY (`id_penugasan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_presensi` (
  `id_presensi` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `bulan` varchar(11) NOT NULL,
  `tahun` year(4) NOT NULL,
  `hadir` varchar(10) NOT NULL,
  `sakit` varchar(10) NOT NULL,
  `ijin` varchar(10) NOT NULL,
  `tanpa_keterangan` varchar(10) NOT NULL,
  PRIMARY KEY (`id_presensi`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_sekolah` (
  `id_sekolah` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `tingkat` varchar(16) NOT NULL,
  `nama_sekolah` varchar(64) NOT NULL,
  `lokasi` varchar(32) NOT NULL,
  `jurusan` varchar(32) NOT NULL,
  `no_ijazah` varchar(32) NOT NULL,
  `tgl_ijazah` date NOT NULL,
  `kepala` varchar(64) NOT NULL,
  `status` varchar(5) NOT NULL,
  `gol` varchar(6) NOT NULL,
  `pangkat` varchar(32) NOT NULL,
  `eselon` varchar(16) NOT NULL,
  PRIMARY KEY (`id_sekolah`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_seminar` (
  `id_seminar` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `seminar` varchar(128) NOT NULL,
  `tempat` varchar(32) NOT NULL,
  `penyelenggara` varchar(64) NOT NULL,
  `tgl_mulai` date NOT NULL,
  `tgl_selesai` date NOT NULL,
  `no_piagam` varchar(32) NOT NULL,
  `tgl_piagam` date NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id_seminar`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_setup_bkd` (
  `id_setup_bkd` int(11) NOT NULL,
  `kab` varchar(255) NOT NULL,
  `alamat` text NOT NULL,
  `kepala` int(11) NOT NULL,
  PRIMARY KEY (`id_setup_bkd`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_setup_sekda` (
  `id_setup_sekda` int(11) NOT NULL,
  `kab` varchar(255) NOT NULL,
  `alamat` text NOT NULL,
  `sekda` int(11) NOT NULL,
  PRIMARY KEY (`id_setup_sekda`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_skp` (
  `id_skp` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `periode_awal` date NOT NULL,
  `periode_akhir` date NOT NULL,
  `penilai` varchar(64) NOT NULL,
  `atasan_penilai` varchar(64) NOT NULL,
  `nilai_orientasi` double NOT NULL,
  `nilai_integritas` double NOT NULL,
  `nilai_komitmen` double NOT NULL,
  `nilai_disiplin` double NOT NULL,
  `nilai_kerjasama` double NOT NULL,
  `nilai_kepemimpinan` double NOT NULL,
  `hasil_penilaian` varchar(12) NOT NULL,
  PRIMARY KEY (`id_skp`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_spkgb` (
  `id_spkgb` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `no_kgb` varchar(32) NOT NULL,
  `tgl` date NOT NULL,
  `pejabat_lama` varchar(255) NOT NULL,
  `no_lama` varchar(32) NOT NULL,
  `tgl_lama` date NOT NULL,
  `tgl_berlaku_lama` date NOT NULL,
  `mk_lama` varchar(32) NOT NULL,
  `gaji_lama` double NOT NULL,
  `gaji_baru` double NOT NULL,
  `terbilang_gajibaru` varchar(255) NOT NULL,
  `mk_baru` varchar(32) NOT NULL,
  `gol_baru` varchar(32) NOT NULL,
  `tgl_terhitung` date NOT NULL,
  `tembusan1` varchar(255) NOT NULL,
  `tembusan2` varchar(255) NOT NULL,
  `tembusan3` varchar(255) NOT NULL,
  `tembusan4` varchar(255) NOT NULL,
  `tembusan5` varchar(255) NOT NULL,
  `tembusan6` varchar(255) NOT NULL,
  `tembusan7` varchar(255) NOT NULL,
  `tembusan8` varchar(255) NOT NULL,
  `tembusan9` varchar(255) NOT NULL,
  `tembusan10` varchar(255) NOT NULL,
  `tembusan11` varchar(255) NOT NULL,
  `tembusan12` varchar(255) NOT NULL,
  PRIMARY KEY (`id_spkgb`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_suamiistri` (
  `id_si` int(11) NOT NULL,
  `id_peg` int(11) NOT NULL,
  `nik` varchar(16) NOT NULL,
  `nama` varchar(64) NOT NULL,
  `tmp_lhr` varchar(64) NOT NULL,
  `tgl_lhr` date NOT NULL,
  `pendidikan` varchar(8) NOT NULL,
  `pekerjaan` varchar(32) NOT NULL,
  `status_hub` varchar(8) NOT NULL,
  `date_reg` date NOT NULL,
  PRIMARY KEY (`id_si`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_tunjangan` (
  `id_tunjangan` int(11) NOT NULL,
  `no_tunjangan` varchar(32) NOT NULL,
  `tgl_tunjangan` date NOT NULL,
  `id_peg` int(11) NOT NULL,
  `jns_tunjangan` varchar(32) NOT NULL,
  `tgl_terhitung` date NOT NULL,
  `akta_kawin` varchar(255) NOT NULL,
  `no_akta_kawin` varchar(32) NOT NULL,
  `tgl_akta_kawin` date NOT NULL,
  `akta_lahir` varchar(255) NOT NULL,
  `no_akta_lahir` varchar(32) NOT NULL,
  `tgl_akta_lahir` date NOT NULL,
  `tembusan1` varchar(255) NOT NULL,
  `tembusan2` varchar(255) NOT NULL,
  `tembusan3` varchar(255) NOT NULL,
  `tembusan4` varchar(255) NOT NULL,
  `tembusan5` varchar(255) NOT NULL,
  PRIMARY KEY (`id_tunjangan`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_unit` (
  `id_unit` int(11) NOT NULL,
  `nama` varchar(255) NOT NULL,
  PRIMARY KEY (`id_unit`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tb_user` (
  `id_user` varchar(32) NOT NULL,
  `nama_user` varchar(64) NOT NULL,
  `password` varchar(255) NOT NULL,
  `hak_akses` varchar(16) NOT NULL,
  `avatar` varchar(255) NOT NULL,
  `id_peg` int(11) NOT NULL,
  PRIMARY KEY (`id_user`),
  KEY `id_peg` (`id_peg`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
