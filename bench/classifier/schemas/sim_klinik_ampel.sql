CREATE TABLE `akomodasi_rawat_inap` (
  `no_akomodasi_rawat_i` char(13) NOT NULL,
  `tgl_transaksi` datetime NOT NULL,
  `grand_total` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ambulance` (
  `no_ambulance` tinyint(2) NOT NULL,
  `tujuan` varchar(50) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `antrian_bp` (
  `id_antri_bp` int(11) NOT NULL,
  `kode_antrian_bp` char(6) NOT NULL,
  `tanggal_antrian` date NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tipe_antrian` enum('Dewasa','Anak-Anak') NOT NULL,
  `waktu_antrian` enum('Pagi','Sore') NOT NULL,
  `status_antrian` enum('0','1') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `antrian_kia` (
  `id_antri_kia` int(11) NOT NULL,
  `kode_antrian_kia` char(5) NOT NULL,
  `tanggal_antrian` date NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tipe_antrian` enum('Dewasa','Anak-Anak') NOT NULL,
  `status_antrian` enum('0','1') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `antrian_lab` (
  `id_antri_lab` int(11) NOT NULL,
  `kode_antrian_lab` char(5) NOT NULL,
  `tanggal_antrian` date NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tipe_antrian` enum('Dewasa','Anak-Anak') NOT NULL,
  `status_antrian` enum('0','1') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `bp_penanganan` (
  `no_bp_p` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_penanganan` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `bp_tindakan` (
  `no_bp_t` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `harga` int(9) NOT NULL,
  `status_paket` enum('0','1') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_akomodasi_rawat_inap_lain` (
  `no_detail_akomodasi_rawat_inap_l` int(10) NOT NULL,
  `no_akomodasi_rawat_i` char(13) NOT NULL,
  `no_lain` int(5) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_akomodasi_rawat_inap_logistik` (
  `no_detail_akomodasi_rawat_inap_l` int(10) NOT NULL,
  `no_akomodasi_rawat_i` char(13) NOT NULL,
  `kode_obat` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_bp_penanganan` (
  `no_detail_bp_p` int(7) NOT NULL,
  `no_bp_p` char(13) NOT NULL,
  `no_bp_t` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_kia_penanganan` (
  `no_detail_kia_p` int(7) NOT NULL,
  `no_kia_p` char(13) NOT NULL,
  `no_kia_t` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_lab_transaksi` (
  `no_detail_lab_t` int(7) NOT NULL,
  `no_lab_t` char(13) NOT NULL,
  `no_lab_c` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_obat_keluar_internal` (
  `id_detail_obat_keluar_internal` int(7) NOT NULL,
  `no_obat_keluar_i` char(13) NOT NULL,
  `kode_obat` char(4) NOT NULL,
  `qty` mediumint(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_pelayanan_ambulan` (
  `no_detail_pelayanan_ambulan` int(11) NOT NULL,
  `no_pelayanan_a` char(13) NOT NULL,
  `no_ambulance` tinyint(2) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_penerimaan_obat` (
  `id_detail_penerimaan_o` int(8) NOT NULL,
  `no_penerimaan_o` char(13) NOT NULL,
  `kode_obat` char(4) NOT NULL,
  `harga_supplier` int(9) NOT NULL,
  `qty` mediumint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_penjualan_obat_apotik` (
  `no_detail_penjualan_obat_a` int(7) NOT NULL,
  `no_penjualan_obat_a` char(13) NOT NULL,
  `kode_obat` varchar(5) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga_jual` int(9) NOT NULL,
  `status_paket` enum('Ya','Tidak') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_return_obat` (
  `no_detail_return_obat` int(9) NOT NULL,
  `no_return_obat` char(13) NOT NULL,
  `kode_obat` char(4) NOT NULL,
  `qty` mediumint(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_transaksi_lain` (
  `no_detail_transaksi_l` int(10) NOT NULL,
  `no_transaksi_lain` char(13) NOT NULL,
  `no_lain` int(5) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_transaksi_rawat_inap_kamar` (
  `no_detail_transaksi_rawat_inap_k` int(7) NOT NULL,
  `no_transaksi_rawat_i` char(13) NOT NULL,
  `no_kamar_rawat_i` char(4) NOT NULL,
  `tanggal_cek_in` datetime NOT NULL,
  `tanggal_cek_out` datetime NOT NULL,
  `jumlah_hari` float NOT NULL,
  `harga_harian` int(9) NOT NULL,
  `sub_total_harga` int(10) NOT NULL,
  `status_kamar` enum('Belum Cek Out','Sudah Cek Out') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_transaksi_rawat_inap_obat` (
  `no_detail_transaksi_rawat_inap_o` int(7) NOT NULL,
  `no_transaksi_rawat_i` char(13) NOT NULL,
  `kode_obat` varchar(5) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga_jual` int(10) NOT NULL,
  `status_paket` enum('Ya','Tidak') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_transaksi_rawat_inap_tindakan` (
  `no_detail_transaksi_rawat_inap_t` int(7) NOT NULL,
  `no_transaksi_rawat_i` char(13) NOT NULL,
  `no_rawat_inap_t` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_ugd_penanganan` (
  `no_detail_ugd_p` int(7) NOT NULL,
  `no_ugd_p` char(13) NOT NULL,
  `no_ugd_t` char(4) NOT NULL,
  `qty` int(3) NOT NULL,
  `harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kamar_rawat_inap` (
  `no_kamar_rawat_i` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `harga_harian` int(9) NOT NULL,
  `tipe` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kategori_obat` (
  `no_kat_obat` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kia_penanganan` (
  `no_kia_p` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_penanganan` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kia_tindakan` (
  `no_kia_t` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lab_checkup` (
  `no_lab_c` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lab_transaksi` (
  `no_lab_t` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_transaksi` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lain` (
  `no_lain` int(5) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `tipe` enum('Koperasi','EKG','Lain') NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `master_pasien` (
  `no_rm` varchar(15) NOT NULL,
  `nama` varchar(100) DEFAULT 'NULL',
  `tgl_lahir` date NOT NULL,
  `alamat` varchar(100) DEFAULT 'NULL',
  `nama_kk` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `obat` (
  `kode_obat` char(4) NOT NULL,
  `no_kat_obat` char(4) DEFAULT NULL,
  `nama` varchar(50) NOT NULL,
  `min_stok` int(3) NOT NULL,
  `harga_jual` int(9) NOT NULL,
  `tipe` enum('Alkes','Obat') NOT NULL,
  `stok_gudang` mediumint(5) NOT NULL,
  `stok_rawat_inap` mediumint(5) NOT NULL,
  `stok_rawat_jalan` mediumint(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `obat_keluar_internal` (
  `no_obat_keluar_i` char(13) NOT NULL,
  `tujuan` varchar(30) NOT NULL,
  `tgl_obat_keluar_i` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pelayanan` (
  `no_ref_pelayanan` char(10) NOT NULL,
  `no_rm` varchar(25) NOT NULL,
  `no_user_pegawai` char(4) NOT NULL,
  `tgl_pelayanan` datetime NOT NULL,
  `status` enum('belum_finish','finish') NOT NULL,
  `tipe_pelayanan` enum('Rawat Jalan','Rawat Inap','IGD') NOT NULL,
  `grand_total` int(10) NOT NULL,
  `tgl_keluar` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pelayanan_ambulan` (
  `no_pelayanan_a` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tanggal` datetime NOT NULL,
  `total_harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `penerimaan_obat` (
  `no_penerimaan_o` char(13) NOT NULL,
  `no_supplier` char(4) NOT NULL,
  `tgl_penerimaan_o` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `penjualan_obat_apotik` (
  `no_penjualan_obat_a` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tanggal_penjualan` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rawat_inap_tindakan` (
  `no_rawat_inap_t` char(4) NOT NULL,
  `nama` varchar(30) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `return_obat` (
  `no_return_obat` char(13) NOT NULL,
  `tanggal` datetime NOT NULL,
  `asal` varchar(10) NOT NULL,
  `tujuan` varchar(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `setoran_rawat_inap` (
  `id_setoran` int(10) NOT NULL,
  `tanggal_setor` datetime NOT NULL,
  `jumlah_setor` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `supplier` (
  `no_supplier` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `cp` varchar(15) NOT NULL,
  `alamat` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `temp_saldo` (
  `id_temp_saldo` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `saldo_ri` float NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `transaksi_lain` (
  `no_transaksi_lain` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_transaksi` datetime NOT NULL,
  `total_harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `transaksi_rawat_inap` (
  `no_transaksi_rawat_i` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_transaksi` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ugd_penanganan` (
  `no_ugd_p` char(13) NOT NULL,
  `no_ref_pelayanan` char(10) NOT NULL,
  `tgl_penanganan` datetime NOT NULL,
  `total_harga` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ugd_tindakan` (
  `no_ugd_t` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `harga` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_pegawai` (
  `no_user_pegawai` char(4) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `jenis_akses` enum('Loket','Apotek','Administrasi','Rawat Inap','Manager','Admin') NOT NULL,
  `username` varchar(30) NOT NULL,
  `password` varchar(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `akomodasi_rawat_inap`
  ADD PRIMARY KEY (`no_akomodasi_rawat_i`);

ALTER TABLE `ambulance`
  ADD PRIMARY KEY (`no_ambulance`);

ALTER TABLE `antrian_bp`
  ADD PRIMARY KEY (`id_antri_bp`);

ALTER TABLE `antrian_kia`
  ADD PRIMARY KEY (`id_antri_kia`);

ALTER TABLE `antrian_lab`
  ADD PRIMARY KEY (`id_antri_lab`);

ALTER TABLE `bp_penanganan`
  ADD PRIMARY KEY (`no_bp_p`);

ALTER TABLE `bp_tindakan`
  ADD PRIMARY KEY (`no_bp_t`);

ALTER TABLE `detail_akomodasi_rawat_inap_lain`
  ADD PRIMARY KEY (`no_detail_akomodasi_rawat_inap_l`);

ALTER TABLE `detail_akomodasi_rawat_inap_logistik`
  ADD PRIMARY KEY (`no_detail_akomodasi_rawat_inap_l`);

ALTER TABLE `detail_bp_penanganan`
  ADD PRIMARY KEY (`no_detail_bp_p`);

ALTER TABLE `detail_kia_penanganan`
  ADD PRIMARY KEY (`no_detail_kia_p`);

ALTER TABLE `detail_lab_transaksi`
  ADD PRIMARY KEY (`no_detail_lab_t`);

ALTER TABLE `detail_obat_keluar_internal`
  ADD PRIMARY KEY (`id_detail_obat_keluar_internal`);

ALTER TABLE `detail_pelayanan_ambulan`
  ADD PRIMARY KEY (`no_detail_pelayanan_ambulan`);

ALTER TABLE `detail_penerimaan_obat`
  ADD PRIMARY KEY (`id_detail_penerimaan_o`);

ALTER TABLE `detail_penjualan_obat_apotik`
  ADD PRIMARY KEY (`no_detail_penjualan_obat_a`);

ALTER TABLE `detail_return_obat`
  ADD PRIMARY KEY (`no_detail_return_obat`);

ALTER TABLE `detail_transaksi_lain`
  ADD PRIMARY KEY (`no_detail_transaksi_l`);

ALTER TABLE `detail_transaksi_rawat_inap_kamar`
  ADD PRIMARY KEY (`no_detail_transaksi_rawat_inap_k`);

ALTER TABLE `detail_transaksi_rawat_inap_obat`
  ADD PRIMARY KEY (`no_detail_transaksi_rawat_inap_o`);

ALTER TABLE `detail_transaksi_rawat_inap_tindakan`
  ADD PRIMARY KEY (`no_detail_transaksi_rawat_inap_t`);

ALTER TABLE `detail_ugd_penanganan`
  ADD PRIMARY KEY (`no_detail_ugd_p`);

ALTER TABLE `kamar_rawat_inap`
  ADD PRIMARY KEY (`no_kamar_rawat_i`);

ALTER TABLE `kategori_obat`
  ADD PRIMARY KEY (`no_kat_obat`);

ALTER TABLE `kia_penanganan`
  ADD PRIMARY KEY (`no_kia_p`);

ALTER TABLE `kia_tindakan`
  ADD PRIMARY KEY (`no_kia_t`);

ALTER TABLE `lab_checkup`
  ADD PRIMARY KEY (`no_lab_c`);

ALTER TABLE `lab_transaksi`
  ADD PRIMARY KEY (`no_lab_t`);

ALTER TABLE `lain`
  ADD PRIMARY KEY (`no_lain`);

ALTER TABLE `master_pasien`
  ADD PRIMARY KEY (`no_rm`);

ALTER TABLE `obat`
  ADD PRIMARY KEY (`kode_obat`);

ALTER TABLE `obat_keluar_internal`
  ADD PRIMARY KEY (`no_obat_keluar_i`);

ALTER TABLE `pelayanan`
  ADD PRIMARY KEY (`no_ref_pelayanan`);

ALTER TABLE `pelayanan_ambulan`
  ADD PRIMARY KEY (`no_pelayanan_a`);

ALTER TABLE `penerimaan_obat`
  ADD PRIMARY KEY (`no_penerimaan_o`);

ALTER TABLE `penjualan_obat_apotik`
  ADD PRIMARY KEY (`no_penjualan_obat_a`);

ALTER TABLE `rawat_inap_tindakan`
  ADD PRIMARY KEY (`no_rawat_inap_t`);

ALTER TABLE `return_obat`
  ADD PRIMARY KEY (`no_return_obat`);

ALTER TABLE `setoran_rawat_inap`
  ADD PRIMARY KEY (`id_setoran`);

ALTER TABLE `supplier`
  ADD PRIMARY KEY (`no_supplier`);

ALTER TABLE `temp_saldo`
  ADD PRIMARY KEY (`id_temp_saldo`);

ALTER TABLE `transaksi_lain`
  ADD PRIMARY KEY (`no_transaksi_lain`);

ALTER TABLE `transaksi_rawat_inap`
  ADD PRIMARY KEY (`no_transaksi_rawat_i`);

ALTER TABLE `ugd_penanganan`
  ADD PRIMARY KEY (`no_ugd_p`);

ALTER TABLE `ugd_tindakan`
  ADD PRIMARY KEY (`no_ugd_t`);

ALTER TABLE `user_pegawai`
  ADD PRIMARY KEY (`no_user_pegawai`);

ALTER TABLE `ambulance`
  MODIFY `no_ambulance` tinyint(2) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

ALTER TABLE `antrian_bp`
  MODIFY `id_antri_bp` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `antrian_kia`
  MODIFY `id_antri_kia` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `antrian_lab`
  MODIFY `id_antri_lab` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_akomodasi_rawat_inap_lain`
  MODIFY `no_detail_akomodasi_rawat_inap_l` int(10) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_akomodasi_rawat_inap_logistik`
  MODIFY `no_detail_akomodasi_rawat_inap_l` int(10) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_bp_penanganan`
  MODIFY `no_detail_bp_p` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_kia_penanganan`
  MODIFY `no_detail_kia_p` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_lab_transaksi`
  MODIFY `no_detail_lab_t` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_obat_keluar_internal`
  MODIFY `id_detail_obat_keluar_internal` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_pelayanan_ambulan`
  MODIFY `no_detail_pelayanan_ambulan` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_penerimaan_obat`
  MODIFY `id_detail_penerimaan_o` int(8) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_penjualan_obat_apotik`
  MODIFY `no_detail_penjualan_obat_a` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_return_obat`
  MODIFY `no_detail_return_obat` int(9) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_transaksi_lain`
  MODIFY `no_detail_transaksi_l` int(10) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_transaksi_rawat_inap_kamar`
  MODIFY `no_detail_transaksi_rawat_inap_k` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_transaksi_rawat_inap_obat`
  MODIFY `no_detail_transaksi_rawat_inap_o` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_transaksi_rawat_inap_tindakan`
  MODIFY `no_detail_transaksi_rawat_inap_t` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_ugd_penanganan`
  MODIFY `no_detail_ugd_p` int(7) NOT NULL AUTO_INCREMENT;

ALTER TABLE `lain`
  MODIFY `no_lain` int(5) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `setoran_rawat_inap`
  MODIFY `id_setoran` int(10) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

ALTER TABLE `temp_saldo`
  MODIFY `id_temp_saldo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=43;
