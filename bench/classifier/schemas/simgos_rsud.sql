-- var/tmp/simgos2/db/new/pendaftaran/tables/antrian_ruangan.sql
CREATE TABLE IF NOT EXISTS `antrian_ruangan` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `RUANGAN` char(10) NOT NULL,
  `TANGGAL` date NOT NULL,
  `NOMOR` smallint(6) NOT NULL,
  `JENIS` tinyint(4) NOT NULL COMMENT '1=Melalui Pendaftaran; 2=Konsul',
  `REF` char(21) NOT NULL COMMENT 'Tujuan Pasien / Konsul',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT '0=Batal; 1=Belum diterima; 2=Diterima',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `RUANGAN_TANGGAL_NOMOR` (`RUANGAN`,`TANGGAL`,`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/jawaban_konsul.sql
CREATE TABLE IF NOT EXISTS `jawaban_konsul` (
  `NOMOR` char(21) NOT NULL,
  `TANGGAL` datetime NOT NULL,
  `JAWABAN` varchar(2000) NOT NULL,
  `ANJURAN` varchar(2000) NOT NULL,
  `DOKTER` smallint(6) NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`NOMOR`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/kartu_identitas_penanggung_jawab.sql
CREATE TABLE IF NOT EXISTS `kartu_identitas_penanggung_jawab` (
  `JENIS` tinyint(4) NOT NULL,
  `ID` int(11) NOT NULL,
  `NOMOR` varchar(16) NOT NULL,
  `ALAMAT` varchar(150) NOT NULL,
  `RT` char(3) DEFAULT NULL,
  `RW` char(3) DEFAULT NULL,
  `KODEPOS` char(5) DEFAULT NULL,
  `WILAYAH` char(10) NOT NULL,
  PRIMARY KEY (`JENIS`,`ID`),
  KEY `NOMOR` (`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/kecelakaan.sql
CREATE TABLE IF NOT EXISTS `kecelakaan` (
  `NOMOR` char(10) NOT NULL,
  `NOPEN` char(10) NOT NULL,
  `PENJAMIN` tinyint(4) NOT NULL COMMENT 'REF(80)',
  `LOKASI` varchar(150) DEFAULT NULL COMMENT 'Diubah menjadi Keterangan',
  `TANGGAL_KEJADIAN` date DEFAULT NULL,
  `SUPLESI` tinyint(4) NOT NULL DEFAULT '0',
  `NO_SEP_SUPLESI` varchar(25) DEFAULT NULL,
  `KODE_PROPINSI` char(2) DEFAULT NULL,
  `KODE_KABUPATEN` char(4) DEFAULT NULL,
  `KODE_KECAMATAN` char(4) DEFAULT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`NOMOR`),
  KEY `NOPEN` (`NOPEN`),
  KEY `PENJAMIN` (`PENJAMIN`),
  KEY `STATUS` (`STATUS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/konsul.sql
CREATE TABLE IF NOT EXISTS `konsul` (
  `NOMOR` char(21) NOT NULL,
  `KUNJUNGAN` char(19) NOT NULL,
  `TANGGAL` datetime NOT NULL,
  `DOKTER_ASAL` smallint(6) NOT NULL,
  `ALASAN` varchar(2000) NOT NULL,
  `PERMINTAAN_TINDAKAN` varchar(2000) NOT NULL COMMENT 'Konsul yg diminta',
  `TUJUAN` char(10) NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Ambil Pasien',
  PRIMARY KEY (`NOMOR`),
  KEY `TUJUAN` (`TUJUAN`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`),
  KEY `DOKTER_ASAL` (`DOKTER_ASAL`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/kontak_penanggung_jawab.sql
CREATE TABLE IF NOT EXISTS `kontak_penanggung_jawab` (
  `JENIS` tinyint(4) NOT NULL,
  `ID` int(11) NOT NULL,
  `NOMOR` varchar(35) NOT NULL,
  PRIMARY KEY (`JENIS`,`ID`,`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/kunjungan.sql
CREATE TABLE IF NOT EXISTS `kunjungan` (
  `NOMOR` char(19) NOT NULL,
  `NOPEN` char(10) NOT NULL,
  `RUANGAN` char(10) NOT NULL,
  `MASUK` datetime NOT NULL,
  `KELUAR` datetime DEFAULT NULL,
  `RUANG_KAMAR_TIDUR` smallint(6) DEFAULT NULL,
  `REF` char(21) DEFAULT NULL COMMENT 'Ref. Konsul / Mutas / Order dll',
  `DITERIMA_OLEH` smallint(6) NOT NULL COMMENT 'Petugas',
  `BARU` tinyint(4) NOT NULL DEFAULT '0' COMMENT 'Status Kunjungan',
  `TITIPAN` tinyint(4) NOT NULL DEFAULT '0',
  `TITIPAN_KELAS` tinyint(4) DEFAULT NULL,
  `STATUS` smallint(6) NOT NULL DEFAULT '1' COMMENT 'Status Aktifitas Kunjungan',
  `FINAL_HASIL` TINYINT NOT NULL DEFAULT '0',
  `FINAL_HASIL_OLEH` SMALLINT NULL,
  `FINAL_HASIL_TANGGAL` DATETIME NULL,
  PRIMARY KEY (`NOMOR`),
  UNIQUE KEY `NOPEN_RUANGAN_MASUK` (`NOPEN`,`RUANGAN`,`MASUK`),
  KEY `REF` (`REF`),
  KEY `BARU` (`BARU`),
  KEY `KELUAR` (`KELUAR`),
  KEY `NOPEN` (`NOPEN`),
  KEY `RUANGAN` (`RUANGAN`),
  KEY `MASUK` (`MASUK`),
  KEY `RUANG_KAMAR_TIDUR` (`RUANG_KAMAR_TIDUR`),
  KEY `STATUS` (`STATUS`),
  KEY `FINAL_HASIL` (`FINAL_HASIL`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/mutasi.sql
CREATE TABLE IF NOT EXISTS `mutasi` (
  `NOMOR` char(21) NOT NULL,
  `KUNJUNGAN` char(19) NOT NULL,
  `TANGGAL` datetime NOT NULL,
  `TUJUAN` char(10) NOT NULL,
  `RESERVASI` char(10) DEFAULT NULL,
  `IKUT_IBU` tinyint(19) NOT NULL DEFAULT '0' COMMENT '0=Tdk; 1=Ya',
  `KUNJUNGAN_IBU` char(19) DEFAULT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL COMMENT 'Status Ambil Pasien',
  PRIMARY KEY (`NOMOR`),
  KEY `TUJUAN` (`TUJUAN`),
  KEY `RESERVASI` (`RESERVASI`),
  KEY `STATUS` (`STATUS`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `IKUT_IBU` (`IKUT_IBU`),
  KEY `KUNJUNGAN_IBU` (`KUNJUNGAN_IBU`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/panggilan_antrian_ruangan.sql
CREATE TABLE IF NOT EXISTS `panggilan_antrian_ruangan` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ANTRIAN_RUANGAN` bigint(20) unsigned NOT NULL COMMENT 'ID Antrian Ruangan',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT '0=Belum di panggil; 1=di panggil',
  PRIMARY KEY (`ID`),
  KEY `ANTRIAN_RUANGAN` (`ANTRIAN_RUANGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/pembatalan_kunjungan.sql
CREATE TABLE IF NOT EXISTS `pembatalan_kunjungan` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `JENIS` tinyint(4) NOT NULL COMMENT 'Alasan Pembatalan(REF57)',
  `TANGGAL` datetime NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL COMMENT '1=Dalam Proses;2=Selesai',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `JENIS` (`JENIS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/penanggung_jawab_pasien.sql
CREATE TABLE IF NOT EXISTS `penanggung_jawab_pasien` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `NOPEN` char(10) NOT NULL,
  `REF` tinyint(4) DEFAULT NULL,
  `SHDK` tinyint(4) NOT NULL,
  `JENIS_KELAMIN` tinyint(4) NOT NULL DEFAULT '1',
  `NAMA` varchar(75) NOT NULL,
  `ALAMAT` varchar(150) DEFAULT NULL,
  `PENDIDIKAN` tinyint(4) DEFAULT NULL,
  `PEKERJAAN` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `NOPEN` (`NOPEN`),
  KEY `REF` (`REF`),
  KEY `SHDK` (`SHDK`),
  KEY `JENIS_KELAMIN` (`JENIS_KELAMIN`),
  KEY `NAMA` (`NAMA`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/pendaftaran.sql
CREATE TABLE IF NOT EXISTS `pendaftaran` (
  `NOMOR` char(10) NOT NULL COMMENT 'yymmdd9999',
  `NORM` int(11) NOT NULL,
  `TANGGAL` datetime NOT NULL,
  `DIAGNOSA_MASUK` int(6) DEFAULT NULL COMMENT 'Diagnosa Masuk',
  `RUJUKAN` varchar(25) DEFAULT NULL,
  `PAKET` smallint(6) DEFAULT NULL,
  `BERAT_BAYI` mediumint(9) DEFAULT NULL,
  `PANJANG_BAYI` mediumint(9) DEFAULT NULL,
  `OLEH` smallint(6) NOT NULL COMMENT 'Pengguna / Pencatat / Petugas',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status 0 = Batal / Non Aktif 1 = Aktif',
  PRIMARY KEY (`NOMOR`),
  KEY `NORM` (`NORM`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`),
  KEY `DIAGNOSA_MASUK` (`DIAGNOSA_MASUK`),
  KEY `RUJUKAN` (`RUJUKAN`),
  KEY `PAKET` (`PAKET`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Pendaftaran / Penerimaan';

-- var/tmp/simgos2/db/new/pendaftaran/tables/penjamin.sql
CREATE TABLE IF NOT EXISTS `penjamin` (
  `JENIS` smallint(4) NOT NULL COMMENT 'Jenis Kartu Asuransi',
  `NOPEN` char(10) NOT NULL,
  `NOMOR` varchar(25) DEFAULT NULL,
  `KELAS` tinyint(4) DEFAULT NULL COMMENT '1 Kelas 3 2 Kelas 2 3 Kelas 1',
  `JENIS_PESERTA` TINYINT(4) NULL DEFAULT '0',
  `COB` tinyint(4) NOT NULL DEFAULT '0',
  `KATARAK` tinyint(4) NOT NULL DEFAULT '0',
  `NO_SURAT` char(35) NOT NULL,
  `DPJP` char(10) NOT NULL,
  `CATATAN` varchar(250) NOT NULL DEFAULT '-',
  PRIMARY KEY (`JENIS`,`NOPEN`),
  KEY `NOMOR` (`NOMOR`),
  KEY `KELAS` (`KELAS`),
  KEY `NOPEN` (`NOPEN`),
  KEY `JENIS_PESERTA` (`JENIS_PESERTA`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Penjamin & Kelayakan Pasien / Surat Jaminan Pasien (Eligibilitas)';

-- var/tmp/simgos2/db/new/pendaftaran/tables/perubahan_tanggal_kunjungan.sql
CREATE TABLE IF NOT EXISTS `perubahan_tanggal_kunjungan` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `TANGGAL_LAMA` datetime NOT NULL,
  `TANGGAL_BARU` datetime NOT NULL,
  `JENIS` tinyint(4) NOT NULL DEFAULT '1' COMMENT '1 = Tanggal Masuk; 2 = Tanggal Keluar',
  `TANGGAL` datetime NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Perubahan (1=Dalam Proses; 2=Selesai)',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `JENIS` (`JENIS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/reservasi.sql
CREATE TABLE IF NOT EXISTS `reservasi` (
  `NOMOR` char(10) NOT NULL,
  `TANGGAL` datetime NOT NULL,
  `RUANG_KAMAR_TIDUR` smallint(6) NOT NULL,
  `BERAKHIR` datetime DEFAULT NULL COMMENT 'Batas Reservasi jika belum melakukan pendaftaran',
  `ATAS_NAMA` varchar(75) DEFAULT NULL COMMENT 'Nama yang meminta reservasi',
  `KONTAK_INFO` varchar(100) DEFAULT NULL COMMENT 'Kontak Informasi',
  `OLEH` smallint(6) NOT NULL COMMENT 'Petugas yg melakukan reservasi',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Reservasi',
  PRIMARY KEY (`NOMOR`),
  KEY `RUANG_KAMAR_TIDUR` (`RUANG_KAMAR_TIDUR`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/rujukan_keluar.sql
CREATE TABLE IF NOT EXISTS `rujukan_keluar` (
  `NOMOR` char(10) NOT NULL,
  `NOPEN` char(10) NOT NULL,
  `KUNJUNGAN` char(19) NOT NULL,
  `JENIS` tinyint(4) NOT NULL COMMENT 'REF (86)',
  `TANGGAL` datetime NOT NULL,
  `TUJUAN` int(11) NOT NULL COMMENT 'PPK (ID)',
  `TUJUAN_RUANGAN` smallint(6) NOT NULL COMMENT 'REF70',
  `DIAGNOSA` char(6) NOT NULL,
  `DOKTER` smallint(6) NOT NULL,
  `KETERANGAN` varchar(250) NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`NOMOR`),
  KEY `JENIS` (`JENIS`),
  KEY `NOPEN` (`NOPEN`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `TUJUAN` (`TUJUAN`),
  KEY `TUJUAN_RUANGAN` (`TUJUAN_RUANGAN`),
  KEY `STATUS` (`STATUS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/surat_rujukan_pasien.sql
CREATE TABLE IF NOT EXISTS `surat_rujukan_pasien` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `PPK` int(11) NOT NULL,
  `NORM` int(11) NOT NULL,
  `NOMOR` varchar(35) NOT NULL,
  `TANGGAL` datetime DEFAULT NULL,
  `DOKTER` varchar(75) DEFAULT NULL,
  `BAGIAN_DOKTER` varchar(100) DEFAULT NULL,
  `DIAGNOSA_MASUK` int(6) DEFAULT NULL COMMENT 'Diagnosa Masuk',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Rujukan',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `PPK_NORM_NOMOR` (`PPK`,`NORM`,`NOMOR`),
  KEY `DIAGNOSA_MASUK` (`DIAGNOSA_MASUK`),
  KEY `NORM` (`NORM`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`),
  KEY `PPK` (`PPK`),
  KEY `NOMOR` (`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/pendaftaran/tables/tujuan_pasien.sql
CREATE TABLE IF NOT EXISTS `tujuan_pasien` (
  `NOPEN` char(10) NOT NULL,
  `RUANGAN` char(10) NOT NULL COMMENT 'Optional Jika Rawat Inap',
  `RESERVASI` char(10) DEFAULT NULL,
  `SMF` tinyint(4) NOT NULL,
  `DOKTER` smallint(6) NOT NULL,
  `IKUT_IBU` tinyint(4) NOT NULL DEFAULT '0' COMMENT '0=Tdk; 1 = Ya',
  `KUNJUNGAN_IBU` char(19) DEFAULT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Ambil Pasien 1 = Belum 2 = Sudah',
  PRIMARY KEY (`NOPEN`),
  KEY `RUANGAN` (`RUANGAN`),
  KEY `RESERVASI` (`RESERVASI`),
  KEY `SMF` (`SMF`),
  KEY `DOKTER` (`DOKTER`),
  KEY `STATUS` (`STATUS`),
  KEY `IKUT_IBU` (`IKUT_IBU`),
  KEY `KUNJUNGAN_IBU` (`KUNJUNGAN_IBU`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/anamnesis.sql
CREATE TABLE IF NOT EXISTS `anamnesis` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `PENDAFTARAN` char(10) NOT NULL COMMENT 'NOPEN',
  `DESKRIPSI` text NOT NULL COMMENT 'Anamnesis Deskripsi',
  `RPP` text NOT NULL COMMENT 'Riwayat Perjalanan Penyakit (depricated)',
  `KELUHAN_UTAMA` text COMMENT ' (depricated)',
  `RPS` text COMMENT 'Riwayat Penyakit Sekarang  (depricated)',
  `RPT` text COMMENT 'Riwayat Penyakit Terdahulu  (depricated)',
  `RPK` text COMMENT 'Riwayat Penyakit Keluarga  (depricated)',
  `RL` text COMMENT 'Riwayat Lainnya  (depricated)',
  `RIWAYAT_ALERGI` text,
  `REAKSI_ALERGI` text,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN_PENDAFTARAN` (`KUNJUNGAN`,`PENDAFTARAN`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `PENDAFTARAN` (`PENDAFTARAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/diagnosa.sql
CREATE TABLE IF NOT EXISTS `diagnosa` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `NOPEN` char(10) NOT NULL,
  `KODE` char(6) NOT NULL,
  `DIAGNOSA` varchar(250) NOT NULL COMMENT 'Diagnosa Dokter',
  `UTAMA` tinyint(4) NOT NULL DEFAULT '1',
  `INACBG` tinyint(4) NOT NULL DEFAULT '1',
  `BARU` tinyint(4) NOT NULL DEFAULT '0' COMMENT 'Kasus Diagnosa',
  `TANGGAL` datetime NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  `INA_GROUPER` TINYINT(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`ID`),
  KEY `KODE` (`KODE`),
  KEY `NOPEN` (`NOPEN`),
  KEY `INA_GROUPER` (`INA_GROUPER`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/diagnosa_meninggal.sql
CREATE TABLE IF NOT EXISTS `diagnosa_meninggal` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `NOPEN` char(10) NOT NULL,
  `KODE` char(6) NOT NULL,
  `DIAGNOSA` varchar(250) NOT NULL COMMENT 'Diagnosa Dokter',
  `UTAMA` tinyint(4) NOT NULL DEFAULT '1',
  `TANGGAL` datetime NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KODE` (`KODE`),
  KEY `NOPEN` (`NOPEN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/diagnosis.sql
CREATE TABLE IF NOT EXISTS `diagnosis` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DIAGNOSIS` text NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `STATUS` (`STATUS`),
  CONSTRAINT `FK_diagnosis_pendaftaran.kunjungan` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Penilaian:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/edukasi_emergency.sql
CREATE TABLE IF NOT EXISTS `edukasi_emergency` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `EDUKASI` text NOT NULL,
  `KEMBALI_KE_UGD` text NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/edukasi_pasien_keluarga.sql
CREATE TABLE IF NOT EXISTS `edukasi_pasien_keluarga` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `KESEDIAAN` int(11) DEFAULT NULL,
  `HAMBATAN` int(11) DEFAULT NULL,
  `HAMBATAN_PENDENGARAN` int(11) DEFAULT NULL,
  `HAMBATAN_PENGLIHATAN` int(11) DEFAULT NULL,
  `HAMBATAN_KOGNITIF` int(11) DEFAULT NULL,
  `HAMBATAN_FISIK` int(11) DEFAULT NULL,
  `HAMBATAN_BUDAYA` int(11) DEFAULT NULL,
  `HAMBATAN_EMOSI` int(11) DEFAULT NULL,
  `HAMBATAN_BAHASA` int(11) DEFAULT NULL,
  `HAMBATAN_LAINNYA` text,
  `PENERJEMAH` smallint(6) DEFAULT NULL,
  `BAHASA` char(50) DEFAULT NULL,
  `EDUKASI_DIAGNOSA` smallint(6) DEFAULT NULL,
  `EDUKASI_PENYAKIT` smallint(6) DEFAULT NULL,
  `EDUKASI_REHAB_MEDIK` smallint(6) DEFAULT NULL,
  `EDUKASI_HKP` smallint(6) DEFAULT NULL,
  `EDUKASI_OBAT` smallint(6) DEFAULT NULL,
  `EDUKASI_NYERI` smallint(6) DEFAULT NULL,
  `EDUKASI_NUTRISI` smallint(6) DEFAULT NULL,
  `EDUKASI_PENGGUNAAN_ALAT` smallint(6) DEFAULT NULL,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `STATUS` smallint(6) DEFAULT NULL,
  `OLEH` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/fungsional.sql
CREATE TABLE IF NOT EXISTS `fungsional` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `ALAT_BANTU` text NOT NULL,
  `PROTHESA` text NOT NULL,
  `CACAT_TUBUH` text NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `OLEH` (`OLEH`),
  KEY `STATUS` (`STATUS`),
  CONSTRAINT `fungsional_ibfk_1` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT COMMENT='Pemeriksaan->Umum:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/jadwal_kontrol.sql
CREATE TABLE IF NOT EXISTS `jadwal_kontrol` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `NOMOR` CHAR(6) NOT NULL DEFAULT '' COMMENT 'Nomor Surat Kontrol',
  `TANGGAL` date NOT NULL,
  `JAM` time NOT NULL,
  `DESKRIPSI` text,
  `DIBUAT_TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) DEFAULT NULL,
  `STATUS` int(1) DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `STATUS` (`STATUS`),
  KEY `NOMOR` (`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Perencanaan:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/keluhan_utama.sql
CREATE TABLE IF NOT EXISTS `keluhan_utama` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DESKRIPSI` text NOT NULL COMMENT 'Deskripsi Keluhan Utama',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/kondisi_sosial.sql
CREATE TABLE IF NOT EXISTS `kondisi_sosial` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` varchar(19) DEFAULT NULL,
  `MARAH` tinyint(4) DEFAULT '0',
  `CEMAS` tinyint(4) DEFAULT '0',
  `TAKUT` tinyint(4) DEFAULT '0',
  `BUNUH_DIRI` tinyint(4) DEFAULT '0',
  `LAINNYA` varchar(100) DEFAULT NULL,
  `MASALAH_PERILAKU` text,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/nutrisi.sql
CREATE TABLE IF NOT EXISTS `nutrisi` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `BERAT_BADAN` decimal(10,2) NOT NULL,
  `TINGGI_BADAN` decimal(10,2) NOT NULL,
  `INDEX_MASSA_TUBUH` decimal(10,2) NOT NULL,
  `LINGKAR_KEPALA` decimal(10,2) NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `OLEH` (`OLEH`),
  KEY `STATUS` (`STATUS`),
  CONSTRAINT `FK_pemeriksaan_umum_pendaftaran.kunjungan` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Pemeriksaan->Umum:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/operasi.sql
CREATE TABLE IF NOT EXISTS `operasi` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DOKTER` smallint(6) NOT NULL COMMENT 'Dokter Operator',
  `ASISTEN_DOKTER` varchar(75) NOT NULL COMMENT 'Asisten Dokter Operator',
  `ANASTESI` smallint(6) NOT NULL COMMENT 'Dokter Anastesi',
  `ASISTEN_ANASTESI` varchar(75) NOT NULL COMMENT 'Asisten Dokter Anastesi / Perawat',
  `JENIS_ANASTESI` tinyint(4) NOT NULL COMMENT 'Jenis Anastesi (Jenis Referensi=52)',
  `GOLONGAN_OPERASI` tinyint(4) NOT NULL COMMENT 'Golongan Operasi (Jenis Referensi=53)',
  `JENIS_OPERASI` tinyint(4) NOT NULL COMMENT 'Jenis Operasi (Jenis Referensi=87)',
  `PRA_BEDAH` varchar(50) NOT NULL COMMENT 'Diagnosa Pra Bedah',
  `PASCA_BEDAH` varchar(50) NOT NULL COMMENT 'Diagnosa Pasca Bedah',
  `INDIKASI` varchar(50) NOT NULL COMMENT 'Indikasi Operasi',
  `NAMA_OPERASI` varchar(50) NOT NULL COMMENT 'Nama Operasi',
  `PA` tinyint(4) NOT NULL COMMENT 'Pemeriksaan PA (1=Ya,2=Tidak)',
  `JARINGAN_DIEKSISI` varchar(50) NOT NULL COMMENT 'Jaringan Yg Dieksisi',
  `TANGGAL` date NOT NULL COMMENT 'Tanggal Operasi',
  `WAKTU_MULAI` time NOT NULL COMMENT 'Waktu Mulai Operasi',
  `WAKTU_SELESAI` time NOT NULL COMMENT 'Waktu Selesai Operasi',
  `DURASI` time NOT NULL COMMENT 'Durasi Operasi',
  `KOMPLIKASI` varchar(50) NOT NULL COMMENT 'Komplikasi Operasi',
  `PERDARAHAN` varchar(15) NOT NULL COMMENT 'Jumlah Perdarahan',
  `RUANGAN_PASCA_OPERASI` varchar(50) NOT NULL COMMENT 'Perawatan Pasca Operasi',
  `LAPORAN_OPERASI` text NOT NULL COMMENT 'Laporan Operasi',
  `DIBUAT_TANGGAL` datetime NOT NULL COMMENT 'Dibuat Tanggal',
  `OLEH` smallint(6) NOT NULL COMMENT 'Dibuat Oleh',
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status',
  PRIMARY KEY (`ID`),
  KEY `TANGGAL` (`TANGGAL`),
  KEY `STATUS` (`STATUS`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/operasi_di_tindakan.sql
CREATE TABLE IF NOT EXISTS `operasi_di_tindakan` (
  `ID` int(10) NOT NULL,
  `TINDAKAN_MEDIS` char(11) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`,`TINDAKAN_MEDIS`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/pemeriksaan_fisik.sql
CREATE TABLE IF NOT EXISTS `pemeriksaan_fisik` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `PENDAFTARAN` char(10) NOT NULL COMMENT 'NOPEN',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DESKRIPSI` text NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN_PENDAFTARAN` (`KUNJUNGAN`,`PENDAFTARAN`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `PENDAFTARAN` (`PENDAFTARAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Pemeriksaan:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/penanda_gambar.sql
CREATE TABLE IF NOT EXISTS `penanda_gambar` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `TEMPLATE` int DEFAULT NULL,
  `KETERANGAN` varchar(100) DEFAULT NULL,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `FINAL` tinyint DEFAULT '0',
  `OLEH` int DEFAULT NULL,
  `STATUS` tinyint DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `TEMPLATE` (`TEMPLATE`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/penanda_gambar_detail.sql
CREATE TABLE IF NOT EXISTS `penanda_gambar_detail` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `PENANDA` int NOT NULL,
  `NOMOR` int NOT NULL,
  `TIPE` int NOT NULL DEFAULT '1' COMMENT '1. Kordinat 2. Free Draw',
  `NAMA_TIPE` varchar(15) DEFAULT NULL,
  `KORDINATX` int DEFAULT NULL,
  `KORDINATY` int DEFAULT NULL,
  `WARNA` varchar(15) DEFAULT NULL,
  `PATH` longtext,
  `WARNA_LATAR` varchar(15) DEFAULT 'none',
  `KETERANGAN` text,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int DEFAULT NULL,
  `STATUS` tinyint DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `PENANDA_NOMOR` (`PENANDA`,`NOMOR`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/penilaian_fisik.sql
CREATE TABLE IF NOT EXISTS `penilaian_fisik` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `DESKRIPSI` text,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Penilaian:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/penilaian_nyeri.sql
CREATE TABLE IF NOT EXISTS `penilaian_nyeri` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `NYERI` smallint(6) DEFAULT NULL,
  `ONSET` smallint(6) DEFAULT NULL,
  `SKALA` decimal(10,2) DEFAULT NULL,
  `METODE` smallint(6) DEFAULT NULL COMMENT 'Ref = 71',
  `PENCETUS` char(150) DEFAULT NULL,
  `GAMBARAN` text,
  `DURASI` char(50) DEFAULT NULL,
  `LOKASI` char(150) DEFAULT NULL,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Penilaian:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/permasalahan_gizi.sql
CREATE TABLE IF NOT EXISTS `permasalahan_gizi` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `BERAT_BADAN_SIGNIFIKAN` int(1) NOT NULL COMMENT '"Ya (1)" "TIdak (0)"',
  `PERUBAHAN_BERAT_BADAN` int(1) NOT NULL COMMENT '"0,5-5 kg (1)", ">5-10 kg (2)", ">10-15 kg (3)", ">15 kg (4)"',
  `INTAKE_MAKANAN` int(1) NOT NULL COMMENT '"Ya (1)" "Tidak Dalam 3 hari terakhir (0)"',
  `KONDISI_KHUSUS` text NOT NULL,
  `SKOR` int(2) NOT NULL,
  `STATUS_SKOR` int(1) NOT NULL COMMENT '"Ya (skor â‰¥ 2) (1)" "Tidak(0)"',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `OLEH` (`OLEH`),
  KEY `STATUS` (`STATUS`),
  CONSTRAINT `` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`),
  CONSTRAINT `FK_permasalahan_gizi_pasien_pendaftaran.kunjungan` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/prosedur.sql
CREATE TABLE IF NOT EXISTS `prosedur` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `NOPEN` char(10) NOT NULL,
  `KODE` char(6) NOT NULL,
  `TINDAKAN` varchar(250) NOT NULL COMMENT 'Tindakan Dokter',
  `INACBG` tinyint(4) NOT NULL DEFAULT '1',
  `TANGGAL` datetime NOT NULL,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  `INA_GROUPER` TINYINT(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`ID`),
  KEY `NOPEN` (`NOPEN`),
  KEY `KODE` (`KODE`),
  KEY `INA_GROUPER` (`INA_GROUPER`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/medicalrecord/tables/rencana_terapi.sql
CREATE TABLE IF NOT EXISTS `rencana_terapi` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` varchar(19) DEFAULT NULL,
  `DESKRIPSI` text,
  `TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Perencanaan:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/riwayat_alergi.sql
CREATE TABLE IF NOT EXISTS `riwayat_alergi` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DESKRIPSI` text NOT NULL COMMENT 'Deskripsi Keluhan Utama',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/riwayat_pemberian_obat.sql
CREATE TABLE IF NOT EXISTS `riwayat_pemberian_obat` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `OBAT` char(150) NOT NULL,
  `DOSIS` char(50) NOT NULL,
  `LAMA_PENGGUNAAN` char(50) NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/rpk.sql
CREATE TABLE IF NOT EXISTS `rpk` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DESKRIPSI` text NOT NULL COMMENT 'Riwayat Penyakit Keluarga Deskripsi',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/rpp.sql
CREATE TABLE IF NOT EXISTS `rpp` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DESKRIPSI` text NOT NULL COMMENT 'Deskripsi Riwayat Perjalan Penyakit',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/rps.sql
CREATE TABLE IF NOT EXISTS `rps` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `DESKRIPSI` text NOT NULL COMMENT 'Deskripsi Riwayat Penyakit Sekarang',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/status_fungsional.sql
CREATE TABLE IF NOT EXISTS `status_fungsional` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `TANPA_ALAT_BANTU` int(1) NOT NULL,
  `TONGKAT` int(1) NOT NULL,
  `KURSI_RODA` int(1) NOT NULL,
  `BRANKARD` int(1) NOT NULL,
  `WALKER` int(1) NOT NULL,
  `ALAT_BANTU` text,
  `CACAT_TUBUH_TIDAK` int(1) NOT NULL,
  `CACAT_TUBUH_YA` int(1) NOT NULL,
  `KET_CACAT_TUBUH` text NOT NULL,
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` smallint(6) NOT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Anamnesis:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/status_pediatric.sql
CREATE TABLE IF NOT EXISTS `status_pediatric` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) NOT NULL,
  `STATUS_PEDIATRIC` int(1) NOT NULL DEFAULT '0' COMMENT '1. GIZI KURANG 2. GIZI CUKUP 3. LENGKAP',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `KUNJUNGAN` (`KUNJUNGAN`),
  KEY `STATUS` (`STATUS`),
  CONSTRAINT `FK__pendaftaran.kunjungan` FOREIGN KEY (`KUNJUNGAN`) REFERENCES `pendaftaran`.`kunjungan` (`nomor`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Penilaian:';

-- var/tmp/simgos2/db/new/medicalrecord/tables/tanda_vital.sql
CREATE TABLE IF NOT EXISTS `tanda_vital` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `KUNJUNGAN` char(19) DEFAULT NULL,
  `KEADAAN_UMUM` text NOT NULL,
  `KESADARAN` text NOT NULL,
  `SISTOLIK` decimal(10,2) NOT NULL COMMENT 'TEKANAN DARAH : y',
  `DISTOLIK` decimal(10,2) NOT NULL COMMENT 'TEKANAN DARAH : x',
  `FREKUENSI_NADI` decimal(10,2) NOT NULL,
  `FREKUENSI_NAFAS` decimal(10,2) NOT NULL,
  `SUHU` decimal(10,2) NOT NULL,
  `WAKTU_PEMERIKSAAN` datetime NOT NULL COMMENT 'WAKTU PEMERIKSAAN TANDA VITAL PASIEN',
  `TANGGAL` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OLEH` int(11) NOT NULL,
  `STATUS` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ID`),
  KEY `OLEH` (`OLEH`),
  KEY `STATUS` (`STATUS`),
  KEY `KUNJUNGAN` (`KUNJUNGAN`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT COMMENT='Pemeriksaan->Umum:';

-- var/tmp/simgos2/db/new/master/tables/pasien.sql
CREATE TABLE IF NOT EXISTS `pasien` (
  `NORM` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Nomor Rekam Medis',
  `NAMA` varchar(75) NOT NULL,
  `PANGGILAN` varchar(15) DEFAULT NULL COMMENT 'Nama Panggilan',
  `GELAR_DEPAN` varchar(25) DEFAULT NULL,
  `GELAR_BELAKANG` varchar(35) DEFAULT NULL,
  `TEMPAT_LAHIR` varchar(35) DEFAULT NULL,
  `TANGGAL_LAHIR` datetime NOT NULL,
  `JENIS_KELAMIN` tinyint(4) NOT NULL DEFAULT '1',
  `ALAMAT` varchar(150) DEFAULT NULL,
  `RT` char(3) DEFAULT NULL,
  `RW` char(3) DEFAULT NULL,
  `KODEPOS` char(5) DEFAULT NULL,
  `WILAYAH` char(10) DEFAULT NULL,
  `AGAMA` tinyint(4) DEFAULT NULL,
  `PENDIDIKAN` tinyint(4) DEFAULT '1',
  `PEKERJAAN` tinyint(4) DEFAULT '1',
  `STATUS_PERKAWINAN` tinyint(4) DEFAULT '1',
  `GOLONGAN_DARAH` tinyint(4) DEFAULT NULL,
  `KEWARGANEGARAAN` smallint(6) NOT NULL DEFAULT '71' COMMENT '71-Indonesia',
  `SUKU` smallint(6) NOT NULL DEFAULT '0' COMMENT '0 - Tidak Tahu',
  `TANGGAL` datetime NOT NULL COMMENT 'Tanggal Pendaftaran',
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Pasien',
  PRIMARY KEY (`NORM`),
  KEY `STATUS` (`STATUS`),
  KEY `NAMA` (`NAMA`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/master/tables/kartu_identitas_pasien.sql
CREATE TABLE IF NOT EXISTS `kartu_identitas_pasien` (
  `JENIS` tinyint(4) NOT NULL,
  `NORM` int(11) NOT NULL,
  `NOMOR` varchar(16) NOT NULL,
  `ALAMAT` varchar(150) NOT NULL,
  `RT` char(3) DEFAULT NULL,
  `RW` char(3) DEFAULT NULL,
  `KODEPOS` char(5) DEFAULT NULL,
  `WILAYAH` char(10) DEFAULT NULL,
  PRIMARY KEY (`JENIS`,`NORM`),
  KEY `NOMOR` (`NOMOR`),
  KEY `NORM` (`NORM`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='KIP';

-- var/tmp/simgos2/db/new/master/tables/kartu_asuransi_pasien.sql
CREATE TABLE IF NOT EXISTS `kartu_asuransi_pasien` (
  `JENIS` smallint(4) NOT NULL,
  `NORM` int(11) NOT NULL,
  `NOMOR` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`JENIS`,`NORM`),
  KEY `NORM` (`NORM`),
  KEY `NOMOR` (`NOMOR`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='KAP';

-- var/tmp/simgos2/db/new/master/tables/keluarga_pasien.sql
CREATE TABLE IF NOT EXISTS `keluarga_pasien` (
  `SHDK` tinyint(4) NOT NULL COMMENT 'Status Hubungan Dalam Keluarga',
  `NORM` int(11) NOT NULL,
  `JENIS_KELAMIN` tinyint(4) NOT NULL DEFAULT '1',
  `ID` smallint(11) NOT NULL,
  `NAMA` varchar(75) NOT NULL,
  `ALAMAT` varchar(150) DEFAULT NULL,
  `PENDIDIKAN` tinyint(4) DEFAULT NULL,
  `PEKERJAAN` tinyint(4) NOT NULL,
  PRIMARY KEY (`SHDK`,`NORM`,`JENIS_KELAMIN`,`ID`),
  KEY `NORM` (`NORM`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/master/tables/kontak_pasien.sql
CREATE TABLE IF NOT EXISTS `kontak_pasien` (
  `JENIS` tinyint(4) NOT NULL COMMENT 'Jenis Kontak',
  `NORM` int(11) NOT NULL,
  `NOMOR` varchar(35) NOT NULL,
  PRIMARY KEY (`JENIS`,`NORM`,`NOMOR`),
  KEY `NORM` (`NORM`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/master/tables/kontak_keluarga_pasien.sql
CREATE TABLE IF NOT EXISTS `kontak_keluarga_pasien` (
  `SHDK` tinyint(4) NOT NULL,
  `JENIS` tinyint(4) NOT NULL,
  `NORM` int(11) NOT NULL,
  `NOMOR` varchar(35) NOT NULL,
  PRIMARY KEY (`SHDK`,`JENIS`,`NORM`,`NOMOR`),
  KEY `NORM` (`NORM`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- var/tmp/simgos2/db/new/master/tables/pasien_log.sql
CREATE TABLE IF NOT EXISTS `pasien_log` (
  `LOG_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `LOG_TANGGAL` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `NORM` int(11) NOT NULL COMMENT 'Nomor Rekam Medis',
  `NAMA` varchar(75) NOT NULL,
  `PANGGILAN` varchar(15) DEFAULT NULL COMMENT 'Nama Panggilan',
  `GELAR_DEPAN` varchar(25) DEFAULT NULL,
  `GELAR_BELAKANG` varchar(35) DEFAULT NULL,
  `TEMPAT_LAHIR` varchar(35) DEFAULT NULL,
  `TANGGAL_LAHIR` datetime NOT NULL,
  `JENIS_KELAMIN` tinyint(4) NOT NULL DEFAULT '1',
  `ALAMAT` varchar(150) DEFAULT NULL,
  `RT` char(3) DEFAULT NULL,
  `RW` char(3) DEFAULT NULL,
  `KODEPOS` char(5) DEFAULT NULL,
  `WILAYAH` char(10) DEFAULT NULL,
  `AGAMA` tinyint(4) DEFAULT NULL,
  `PENDIDIKAN` tinyint(4) DEFAULT '1',
  `PEKERJAAN` tinyint(4) DEFAULT '1',
  `STATUS_PERKAWINAN` tinyint(4) DEFAULT '1',
  `GOLONGAN_DARAH` tinyint(4) DEFAULT NULL,
  `KEWARGANEGARAAN` smallint(6) NOT NULL DEFAULT '71' COMMENT '71-Indonesia',
  `TANGGAL` datetime NOT NULL COMMENT 'Tanggal Pendaftaran',
  `OLEH` smallint(6) DEFAULT NULL,
  `STATUS` tinyint(4) NOT NULL DEFAULT '1' COMMENT 'Status Pasien',
  PRIMARY KEY (`LOG_ID`),
  KEY `STATUS` (`STATUS`),
  KEY `NAMA` (`NAMA`),
  KEY `NORM` (`NORM`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

