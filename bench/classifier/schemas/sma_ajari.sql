-- origin: DwiAnnda/TA_Dwi_Ananda skripsi_dwianandadb.sql (phpMyAdmin dump, database `skripsi_dwianandadb`: interactive learning and lesson-fee application of a senior high school (SMA): pupils, parents, teachers, staff, lessons, exercises, grades, attendance, payments; schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `absensi` (
  `id_absensi` int(11) NOT NULL,
  `id_kalenderpendidikan` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `jam` varchar(20) DEFAULT '07:00',
  `id_siswa` int(11) NOT NULL,
  `id_status` int(11) NOT NULL DEFAULT '1' COMMENT '1=hadir,2=izin/sakit,3=tidak hadir',
  `keterangan` varchar(100) DEFAULT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `aksesmenu` (
  `id_aksesmenu` int(11) NOT NULL,
  `id_level` int(11) NOT NULL,
  `id_menu` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `bank` (
  `id_bank` int(11) NOT NULL,
  `namabank` varchar(50) NOT NULL,
  `norekening` varchar(100) NOT NULL,
  `atasnama` varchar(50) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `biaya` (
  `id_biaya` int(11) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `nominal` double NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `biayapendaftaran` (
  `id_biayapendaftaran` int(11) NOT NULL,
  `kode` varchar(10) NOT NULL,
  `tanggal` date NOT NULL,
  `biaya` double NOT NULL,
  `keterangan` varchar(100) DEFAULT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `daftarnilai` (
  `id_daftarnilai` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `id_kelassiswa` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `id_tema` int(11) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `daftarsiswa` (
  `id_daftarsiswa` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `id_les` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detailkelassiswa` (
  `id_detailkelassiswa` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `id_kelassiswa` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `aktif` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `golpangkat` (
  `id_golpangkat` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_gol` varchar(100) NOT NULL,
  `nama_pangkat` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `guru` (
  `id_guru` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(5) NOT NULL,
  `nip` varchar(50) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `id_jeniskelamin` int(1) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `nohp` varchar(15) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `password` text,
  `id_status` int(11) NOT NULL DEFAULT '1',
  `token` text,
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jabatan` (
  `id_jabatan` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_jabatan` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jawabanlatihanganda` (
  `id_jawabanlatihanganda` int(11) NOT NULL,
  `id_latihansoalganda` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `jawaban` char(1) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jawabanlatihanisian` (
  `id_jawabanlatihanisian` int(11) NOT NULL,
  `id_latihansoalisian` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `jawaban` text,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jenistagihan` (
  `id_jenistagihan` int(11) NOT NULL,
  `kode` varchar(5) NOT NULL,
  `nama_jenistagihan` varchar(100) NOT NULL,
  `nominal` double NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kalenderpendidikan` (
  `id_kalenderpendidikan` int(11) NOT NULL,
  `id_tahunajaran` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kategoriortuwali` (
  `id_kategoriortuwali` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_kategoriortuwali` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelas` (
  `id_kelas` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_kelas` varchar(100) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelasguru` (
  `id_kelasguru` int(11) NOT NULL,
  `id_guru` int(11) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelassiswa` (
  `id_kelassiswa` int(11) NOT NULL,
  `id_tahunajaran` int(11) NOT NULL,
  `id_guru` int(11) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `aktif` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `komentar` (
  `id_komentar` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_les` int(11) NOT NULL,
  `id_jenispengirim` int(1) NOT NULL DEFAULT '1',
  `id_pengirim` int(11) NOT NULL,
  `isi_komentar` text,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `latihan` (
  `id_latihan` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_les` int(11) NOT NULL,
  `judul` text NOT NULL,
  `keterangan` text,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `latihansoalganda` (
  `id_latihansoalganda` int(11) NOT NULL,
  `id_latihan` int(11) NOT NULL,
  `id_soalganda` int(11) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `latihansoalisian` (
  `id_latihansoalisian` int(11) NOT NULL,
  `id_latihan` int(11) NOT NULL,
  `id_soalisian` int(11) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `les` (
  `id_les` int(11) NOT NULL,
  `kode` varchar(5) NOT NULL,
  `id_tahunajaran` int(11) NOT NULL,
  `id_matapelajaran` int(11) NOT NULL,
  `id_kelasguru` int(11) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif;2=tidak',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `level` (
  `id_level` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_level` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `matapelajaran` (
  `id_matapelajaran` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_matapelajaran` varchar(100) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `materi` (
  `id_materi` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_les` int(11) NOT NULL,
  `nama_materi` varchar(100) NOT NULL,
  `file` text,
  `link` text,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `menu` (
  `id_menu` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_menu` varchar(100) NOT NULL,
  `url` varchar(100) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `keterangan` varchar(50) NOT NULL DEFAULT 'admin',
  `aktif` int(11) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL DEFAULT '2022-05-21 10:00:00',
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `nilai` (
  `id_nilai` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `id_latihan` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `nilaiangka` double NOT NULL,
  `keterangan` text,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ortuwali` (
  `id_ortuwali` int(11) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `id_kategoriortuwali` int(1) NOT NULL DEFAULT '1' COMMENT '1=ayah,2=ibu,3=wali',
  `nik` varchar(50) DEFAULT NULL,
  `nama_ortuwali` varchar(100) NOT NULL,
  `id_jeniskelamin` int(1) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `pekerjaan` varchar(100) DEFAULT 'Tidak Bekerja',
  `nohp` varchar(13) DEFAULT NULL,
  `aktif` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pegawai` (
  `id_pegawai` int(11) NOT NULL,
  `nip` varchar(50) DEFAULT NULL,
  `nama_pegawai` varchar(100) NOT NULL,
  `id_jeniskelamin` int(1) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `id_jabatan` int(11) DEFAULT NULL,
  `id_golpangkat` int(11) DEFAULT NULL,
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `nohp` varchar(13) DEFAULT NULL,
  `foto` varchar(225) NOT NULL DEFAULT 'default.jpg',
  `ktp` text,
  `kk` text,
  `ijazah` text,
  `id_pendidikan` int(11) DEFAULT NULL,
  `tmt` date DEFAULT NULL,
  `aktif` int(1) NOT NULL DEFAULT '1' COMMENT '1=aktif,2=tidak',
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pejabat_ttd` (
  `id_pegawai` int(11) NOT NULL,
  `nip` varchar(50) DEFAULT NULL,
  `nama_pegawai` varchar(100) NOT NULL,
  `id_jabatan` int(11) DEFAULT NULL,
  `id_golpangkat` int(11) DEFAULT NULL,
  `aktif` int(11) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemasukan` (
  `id_pemasukan` int(11) NOT NULL,
  `kode_pemasukan` varchar(20) NOT NULL,
  `tanggal` date NOT NULL,
  `id_sumberpemasukan` int(11) NOT NULL,
  `nominal` double NOT NULL,
  `keterangan` varchar(200) DEFAULT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran` (
  `id_pembayaran` int(11) NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_siswa` int(11) NOT NULL,
  `id_les` int(11) NOT NULL,
  `id_biaya` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `nominal` double NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `atasnama` varchar(100) DEFAULT NULL,
  `namabank` varchar(100) DEFAULT NULL,
  `norekening` varchar(100) DEFAULT NULL,
  `file` text,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pendaftaranguru` (
  `id_pendaftaranguru` int(11) NOT NULL,
  `kode` varchar(5) NOT NULL,
  `tanggal` date NOT NULL,
  `nip` varchar(50) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `id_jeniskelamin` int(1) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `nohp` varchar(15) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `password` text,
  `id_status` int(11) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pendidikan` (
  `id_pendidikan` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_pendidikan` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengeluaran` (
  `id_pengeluaran` int(11) NOT NULL,
  `kode_pengeluaran` varchar(20) NOT NULL,
  `tanggal` date NOT NULL,
  `id_sumberpengeluaran` int(11) NOT NULL,
  `nominal` double NOT NULL,
  `keterangan` varchar(200) DEFAULT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengguna` (
  `id_pengguna` int(11) NOT NULL,
  `id_pegawai` int(11) NOT NULL,
  `nama_pengguna` varchar(100) NOT NULL,
  `username` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `id_level` int(11) NOT NULL,
  `aktif` int(1) NOT NULL,
  `token` varchar(50) NOT NULL,
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengumuman` (
  `id_pengumuman` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `nomor_surat` varchar(100) DEFAULT NULL,
  `perihal` varchar(100) DEFAULT NULL,
  `tanggal_pendaftaran` date DEFAULT NULL,
  `tanggal_akhir` date NOT NULL,
  `tempat` varchar(100) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `syarat` text,
  `kontak` varchar(20) DEFAULT NULL,
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `profil` (
  `id_profil` int(11) NOT NULL,
  `nama_aplikasi` text,
  `singkatan` varchar(50) DEFAULT NULL,
  `nama_profil` varchar(100) NOT NULL,
  `alamat` text NOT NULL,
  `fax` varchar(15) DEFAULT NULL,
  `telepon` varchar(15) NOT NULL,
  `kodepos` varchar(50) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `website` varchar(100) DEFAULT NULL,
  `logo` varchar(100) NOT NULL DEFAULT 'logo.png'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `siswa` (
  `id_siswa` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(5) NOT NULL,
  `nis` varchar(50) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `id_jeniskelamin` int(1) NOT NULL DEFAULT '1' COMMENT '1=Laki-laki,2=Perempuan',
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `nohp` varchar(15) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `password` text,
  `id_status` int(11) NOT NULL DEFAULT '1',
  `token` text,
  `user_input` varchar(100) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(100) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `soalganda` (
  `id_soalganda` int(11) NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_les` int(11) NOT NULL,
  `pertanyaan` text NOT NULL,
  `a` text NOT NULL,
  `b` text NOT NULL,
  `c` text NOT NULL,
  `d` text NOT NULL,
  `e` text NOT NULL,
  `jawaban` char(1) NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `soalisian` (
  `id_soalisian` int(11) NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_les` int(11) NOT NULL,
  `pertanyaan` text NOT NULL,
  `jawaban` text NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `status` (
  `id_status` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_status` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL DEFAULT '2022-05-20 10:00:00',
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `submenu` (
  `id_submenu` int(11) NOT NULL,
  `id_menu` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_submenu` varchar(100) NOT NULL,
  `url` varchar(100) NOT NULL,
  `icon` varchar(100) NOT NULL DEFAULT 'far fa-circle nav-icon',
  `aktif` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL DEFAULT 'system',
  `tgl_input` datetime NOT NULL DEFAULT '2022-05-21 10:00:00',
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sumberpemasukan` (
  `id_sumberpemasukan` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_sumberpemasukan` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL DEFAULT 'System',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sumberpengeluaran` (
  `id_sumberpengeluaran` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_sumberpengeluaran` varchar(100) NOT NULL,
  `user_input` varchar(50) NOT NULL DEFAULT 'System',
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tagihan` (
  `id_tagihan` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `id_pendaftaran` int(11) NOT NULL,
  `id_jenistagihan` int(11) NOT NULL,
  `nominal` double NOT NULL,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tahunajaran` (
  `id_tahunajaran` int(11) NOT NULL,
  `urutan` int(11) NOT NULL,
  `nama_tahunajaran` varchar(100) NOT NULL,
  `smester` int(1) NOT NULL DEFAULT '1',
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tugas` (
  `id_tugas` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `kode` varchar(10) NOT NULL,
  `id_matapelajaran` int(11) NOT NULL,
  `judul` text NOT NULL,
  `keterangan` text,
  `id_status` int(1) NOT NULL DEFAULT '1',
  `user_input` varchar(50) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `user_ubah` varchar(50) DEFAULT NULL,
  `tgl_ubah` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `absensi`
  ADD PRIMARY KEY (`id_absensi`);

ALTER TABLE `aksesmenu`
  ADD PRIMARY KEY (`id_aksesmenu`);

ALTER TABLE `bank`
  ADD PRIMARY KEY (`id_bank`);

ALTER TABLE `biaya`
  ADD PRIMARY KEY (`id_biaya`);

ALTER TABLE `biayapendaftaran`
  ADD PRIMARY KEY (`id_biayapendaftaran`);

ALTER TABLE `daftarnilai`
  ADD PRIMARY KEY (`id_daftarnilai`);

ALTER TABLE `daftarsiswa`
  ADD PRIMARY KEY (`id_daftarsiswa`);

ALTER TABLE `detailkelassiswa`
  ADD PRIMARY KEY (`id_detailkelassiswa`);

ALTER TABLE `golpangkat`
  ADD PRIMARY KEY (`id_golpangkat`);

ALTER TABLE `guru`
  ADD PRIMARY KEY (`id_guru`);

ALTER TABLE `jabatan`
  ADD PRIMARY KEY (`id_jabatan`);

ALTER TABLE `jawabanlatihanganda`
  ADD PRIMARY KEY (`id_jawabanlatihanganda`);

ALTER TABLE `jawabanlatihanisian`
  ADD PRIMARY KEY (`id_jawabanlatihanisian`);

ALTER TABLE `jenistagihan`
  ADD PRIMARY KEY (`id_jenistagihan`);

ALTER TABLE `kalenderpendidikan`
  ADD PRIMARY KEY (`id_kalenderpendidikan`);

ALTER TABLE `kategoriortuwali`
  ADD PRIMARY KEY (`id_kategoriortuwali`);

ALTER TABLE `kelas`
  ADD PRIMARY KEY (`id_kelas`);

ALTER TABLE `kelasguru`
  ADD PRIMARY KEY (`id_kelasguru`);

ALTER TABLE `kelassiswa`
  ADD PRIMARY KEY (`id_kelassiswa`);

ALTER TABLE `komentar`
  ADD PRIMARY KEY (`id_komentar`);

ALTER TABLE `latihan`
  ADD PRIMARY KEY (`id_latihan`);

ALTER TABLE `latihansoalganda`
  ADD PRIMARY KEY (`id_latihansoalganda`);

ALTER TABLE `latihansoalisian`
  ADD PRIMARY KEY (`id_latihansoalisian`);

ALTER TABLE `les`
  ADD PRIMARY KEY (`id_les`);

ALTER TABLE `level`
  ADD PRIMARY KEY (`id_level`);

ALTER TABLE `matapelajaran`
  ADD PRIMARY KEY (`id_matapelajaran`);

ALTER TABLE `materi`
  ADD PRIMARY KEY (`id_materi`);

ALTER TABLE `menu`
  ADD PRIMARY KEY (`id_menu`);

ALTER TABLE `nilai`
  ADD PRIMARY KEY (`id_nilai`);

ALTER TABLE `ortuwali`
  ADD PRIMARY KEY (`id_ortuwali`);

ALTER TABLE `pegawai`
  ADD PRIMARY KEY (`id_pegawai`);

ALTER TABLE `pejabat_ttd`
  ADD PRIMARY KEY (`id_pegawai`);

ALTER TABLE `pemasukan`
  ADD PRIMARY KEY (`id_pemasukan`);

ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`id_pembayaran`);

ALTER TABLE `pendaftaranguru`
  ADD PRIMARY KEY (`id_pendaftaranguru`);

ALTER TABLE `pendidikan`
  ADD PRIMARY KEY (`id_pendidikan`);

ALTER TABLE `pengeluaran`
  ADD PRIMARY KEY (`id_pengeluaran`);

ALTER TABLE `pengguna`
  ADD PRIMARY KEY (`id_pengguna`);

ALTER TABLE `pengumuman`
  ADD PRIMARY KEY (`id_pengumuman`);

ALTER TABLE `profil`
  ADD PRIMARY KEY (`id_profil`);

ALTER TABLE `siswa`
  ADD PRIMARY KEY (`id_siswa`);

ALTER TABLE `soalganda`
  ADD PRIMARY KEY (`id_soalganda`);

ALTER TABLE `soalisian`
  ADD PRIMARY KEY (`id_soalisian`);

ALTER TABLE `status`
  ADD PRIMARY KEY (`id_status`);

ALTER TABLE `submenu`
  ADD PRIMARY KEY (`id_submenu`);

ALTER TABLE `sumberpemasukan`
  ADD PRIMARY KEY (`id_sumberpemasukan`);

ALTER TABLE `sumberpengeluaran`
  ADD PRIMARY KEY (`id_sumberpengeluaran`);

ALTER TABLE `tagihan`
  ADD PRIMARY KEY (`id_tagihan`);

ALTER TABLE `tahunajaran`
  ADD PRIMARY KEY (`id_tahunajaran`);

ALTER TABLE `tugas`
  ADD PRIMARY KEY (`id_tugas`);
