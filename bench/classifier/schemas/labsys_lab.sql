-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Dec 25, 2025 at 02:41 PM
-- Server version: 10.4.32-MariaDB
-- PHP Version: 8.2.12

START TRANSACTION;

--
-- Database: `labsy`
--

DELIMITER $$
--
-- Procedures
--
CREATE DEFINER=`root`@`localhost` PROCEDURE `GetDailyInventoryReport` (IN `report_date` DATE)   BEGIN
    SELECT 
        'Inventory Summary' as category,
        (SELECT COUNT(*) FROM alat_laboratorium) as total_alat,
        (SELECT COUNT(*) FROM reagen) as total_reagen,
        (SELECT COUNT(*) FROM v_inventory_status WHERE alert_level IN ('Warning', 'Urgent', 'Low Stock')) as items_need_attention,
        (SELECT COUNT(*) FROM reagen WHERE expired_date <= DATE_ADD(report_date, INTERVAL 30 DAY) AND expired_date >= report_date) as expiring_soon,
        (SELECT COUNT(*) FROM alat_laboratorium WHERE jadwal_kalibrasi <= DATE_ADD(report_date, INTERVAL 30 DAY) AND jadwal_kalibrasi >= report_date) as calibration_due;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `GetDailyLabStats` (IN `target_date` DATE)   BEGIN
    SELECT 
        'Today Statistics' as category,
        SUM(CASE WHEN status_pemeriksaan = 'pending' THEN 1 ELSE 0 END) as pending,
        SUM(CASE WHEN status_pemeriksaan = 'progress' THEN 1 ELSE 0 END) as in_progress,
        SUM(CASE WHEN status_pemeriksaan = 'selesai' AND DATE(completed_at) = target_date THEN 1 ELSE 0 END) as completed_today,
        COUNT(*) as total_examinations
    FROM pemeriksaan_lab 
    WHERE DATE(tanggal_pemeriksaan) = target_date;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `GetItemsNeedingAttention` ()   BEGIN
    -- Items with urgent alerts
    SELECT 
        'urgent' as priority,
        tipe_inventory,
        kode_unik,
        nama_item,
        status,
        alert_level,
        CASE 
            WHEN tipe_inventory = 'reagen' AND expired_date IS NOT NULL 
            THEN CONCAT('Expires in ', DATEDIFF(expired_date, CURDATE()), ' days')
            WHEN tipe_inventory = 'alat' AND jadwal_kalibrasi IS NOT NULL
            THEN CONCAT('Calibration due in ', DATEDIFF(expired_date, CURDATE()), ' days')
            ELSE alert_level
        END as description
    FROM v_inventory_status 
    WHERE alert_level = 'Urgent'
    
    UNION ALL
    
    -- Items with warning alerts
    SELECT 
        'warning' as priority,
        tipe_inventory,
        kode_unik,
        nama_item,
        status,
        alert_level,
        CASE 
            WHEN tipe_inventory = 'reagen' AND expired_date IS NOT NULL 
            THEN CONCAT('Expires in ', DATEDIFF(expired_date, CURDATE()), ' days')
            WHEN tipe_inventory = 'alat' AND jadwal_kalibrasi IS NOT NULL
            THEN CONCAT('Calibration due in ', DATEDIFF(expired_date, CURDATE()), ' days')
            ELSE alert_level
        END as description
    FROM v_inventory_status 
    WHERE alert_level IN ('Warning', 'Low Stock')
    
    ORDER BY 
        CASE priority 
            WHEN 'urgent' THEN 1 
            WHEN 'warning' THEN 2 
            ELSE 3 
        END,
        nama_item;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `sp_calculate_examination_cost` (IN `p_pemeriksaan_id` INT, OUT `p_total_biaya` DECIMAL(10,2))   BEGIN
    DECLARE v_jenis_pemeriksaan VARCHAR(100);
    
    SELECT jenis_pemeriksaan INTO v_jenis_pemeriksaan
    FROM pemeriksaan_lab
    WHERE pemeriksaan_id = p_pemeriksaan_id;
    
    SET p_total_biaya = 0;
    
    CASE LOWER(TRIM(v_jenis_pemeriksaan))
        WHEN 'tbc' THEN
            SELECT IFNULL(total_harga_tbc, 0) INTO p_total_biaya
            FROM tbc WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'kimia darah' THEN
            SELECT IFNULL(total_harga_kimia, 0) INTO p_total_biaya
            FROM kimia_darah WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'hematologi' THEN
            SELECT IFNULL(total_harga_hematologi, 0) INTO p_total_biaya
            FROM hematologi WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'urinologi' THEN
            SELECT IFNULL(total_harga_urinologi, 0) INTO p_total_biaya
            FROM urinologi WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'urine' THEN
            SELECT IFNULL(total_harga_urinologi, 0) INTO p_total_biaya
            FROM urinologi WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'serologi' THEN
            SELECT IFNULL(total_harga_serologi, 0) INTO p_total_biaya
            FROM serologi_imunologi WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'serologi imunologi' THEN
            SELECT IFNULL(total_harga_serologi, 0) INTO p_total_biaya
            FROM serologi_imunologi WHERE pemeriksaan_id = p_pemeriksaan_id;
        WHEN 'ims' THEN
            SELECT IFNULL(total_harga_ims, 0) INTO p_total_biaya
            FROM ims WHERE pemeriksaan_id = p_pemeriksaan_id;
        ELSE
            SET p_total_biaya = 0;
    END CASE;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `sp_check_sampel_expired` ()   BEGIN
    -- Get all samples yang akan/sudah expired
    SELECT 
        ps.sampel_id,
        ps.jenis_sampel,
        pl.nomor_pemeriksaan,
        p.nama AS nama_pasien,
        ps.tanggal_pengambilan,
        DATE_ADD(ps.tanggal_pengambilan, INTERVAL se.masa_berlaku_hari DAY) AS tanggal_kadaluarsa,
        DATEDIFF(DATE_ADD(ps.tanggal_pengambilan, INTERVAL se.masa_berlaku_hari DAY), NOW()) AS hari_tersisa,
        ss.lokasi_penyimpanan
    FROM pemeriksaan_sampel ps
    LEFT JOIN sampel_storage ss ON ps.sampel_id = ss.sampel_id AND ss.status_penyimpanan = 'tersimpan'
    LEFT JOIN sampel_expiry se ON ps.jenis_sampel = se.jenis_sampel
    LEFT JOIN pemeriksaan_lab pl ON ps.pemeriksaan_id = pl.pemeriksaan_id
    LEFT JOIN pasien p ON pl.pasien_id = p.pasien_id
    WHERE ps.tanggal_pengambilan IS NOT NULL
    AND DATE_ADD(ps.tanggal_pengambilan, INTERVAL se.masa_berlaku_hari DAY) <= DATE_ADD(NOW(), INTERVAL 2 DAY)
    AND ss.status_penyimpanan = 'tersimpan'
    ORDER BY tanggal_kadaluarsa ASC;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `sp_get_qc_summary` (IN `p_start_date` DATE, IN `p_end_date` DATE)   BEGIN
    SELECT 
        COUNT(DISTINCT qc.alat_id) as total_alat_tested,
        COUNT(*) as total_qc_performed,
        SUM(CASE WHEN qc.hasil_qc = 'Passed' THEN 1 ELSE 0 END) as total_passed,
        SUM(CASE WHEN qc.hasil_qc = 'Failed' THEN 1 ELSE 0 END) as total_failed,
        SUM(CASE WHEN qc.hasil_qc = 'Conditional' THEN 1 ELSE 0 END) as total_conditional,
        ROUND(AVG(CASE WHEN qc.hasil_qc = 'Passed' THEN 100 ELSE 0 END), 2) as pass_rate,
        COUNT(DISTINCT qc.teknisi) as total_teknisi
    FROM quality_control qc
    WHERE qc.tanggal_qc BETWEEN p_start_date AND p_end_date
    AND qc.status = 'Active';
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `sp_terima_sampel_dan_storage` (IN `p_sampel_id` INT, IN `p_petugas_id` INT, IN `p_kondisi_sampel` JSON, IN `p_lokasi_storage` VARCHAR(100), IN `p_volume` DECIMAL(10,2), IN `p_catatan_kondisi` TEXT)   BEGIN
    DECLARE v_pemeriksaan_id INT;
    DECLARE v_jenis_sampel VARCHAR(50);
    DECLARE v_masa_berlaku INT;
    DECLARE v_suhu_optimal DECIMAL(5,2);
    
    -- Ambil data sampel
    SELECT pemeriksaan_id, jenis_sampel 
    INTO v_pemeriksaan_id, v_jenis_sampel
    FROM pemeriksaan_sampel
    WHERE sampel_id = p_sampel_id;
    
    -- Ambil parameter penyimpanan
    SELECT masa_berlaku_hari, suhu_optimal_min
    INTO v_masa_berlaku, v_suhu_optimal
    FROM sampel_expiry
    WHERE jenis_sampel = v_jenis_sampel;
    
    -- Update status sampel
    UPDATE pemeriksaan_sampel
    SET status_sampel = 'diterima',
        tanggal_evaluasi = NOW(),
        petugas_evaluasi_id = p_petugas_id,
        kondisi_sampel = p_kondisi_sampel,
        catatan_kondisi = p_catatan_kondisi
    WHERE sampel_id = p_sampel_id;
    
    -- Insert ke storage
    INSERT INTO sampel_storage (
        sampel_id,
        lokasi_penyimpanan,
        suhu_penyimpanan,
        tanggal_masuk,
        status_penyimpanan,
        volume_sampel,
        satuan_volume,
        petugas_id,
        keterangan
    ) VALUES (
        p_sampel_id,
        p_lokasi_storage,
        v_suhu_optimal,
        NOW(),
        'tersimpan',
        p_volume,
        CASE v_jenis_sampel
            WHEN 'whole_blood' THEN 'ml'
            WHEN 'serum' THEN 'ml'
            WHEN 'plasma' THEN 'ml'
            WHEN 'urin' THEN 'ml'
            WHEN 'feses' THEN 'gram'
            WHEN 'sputum' THEN 'ml'
        END,
        p_petugas_id,
        CONCAT('Stored on acceptance. Valid until: ', 
               DATE_ADD(NOW(), INTERVAL v_masa_berlaku DAY))
    );
    
    -- Insert timeline
    INSERT INTO timeline_progres (
        pemeriksaan_id,
        status,
        keterangan,
        petugas_id
    ) VALUES (
        v_pemeriksaan_id,
        'Sampel Disimpan',
        CONCAT('Sampel ', v_jenis_sampel, ' disimpan di ', p_lokasi_storage),
        p_petugas_id
    );
    
    -- Log activity
    INSERT INTO activity_log (
        user_id,
        activity,
        table_affected,
        record_id
    ) VALUES (
        p_petugas_id,
        CONCAT('Sampel diterima dan disimpan: ', v_jenis_sampel),
        'sampel_storage',
        LAST_INSERT_ID()
    );
    
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `sp_update_invoice_from_examination` (IN `p_pemeriksaan_id` INT)   BEGIN
    DECLARE v_total_biaya DECIMAL(10,2);
    DECLARE v_invoice_id INT;
    DECLARE v_nomor_invoice VARCHAR(50);
    DECLARE v_max_id INT;
    DECLARE v_tanggal_pemeriksaan DATE;
    
    -- Hitung total biaya menggunakan OUT parameter
    CALL sp_calculate_examination_cost(p_pemeriksaan_id, v_total_biaya);
    
    -- Update biaya di pemeriksaan_lab
    UPDATE pemeriksaan_lab 
    SET biaya = v_total_biaya 
    WHERE pemeriksaan_id = p_pemeriksaan_id;
    
    -- Cek apakah invoice sudah ada
    SELECT invoice_id INTO v_invoice_id
    FROM invoice
    WHERE pemeriksaan_id = p_pemeriksaan_id
    LIMIT 1;
    
    IF v_invoice_id IS NOT NULL THEN
        -- Update invoice yang ada
        UPDATE invoice 
        SET total_biaya = v_total_biaya
        WHERE invoice_id = v_invoice_id;
    ELSE
        -- Buat invoice baru
        SELECT MAX(invoice_id) INTO v_max_id FROM invoice;
        SET v_max_id = IFNULL(v_max_id, 0);
        SET v_nomor_invoice = CONCAT('INV-', YEAR(CURDATE()), '-', LPAD(v_max_id + 1, 4, '0'));
        
        SELECT tanggal_pemeriksaan INTO v_tanggal_pemeriksaan
        FROM pemeriksaan_lab
        WHERE pemeriksaan_id = p_pemeriksaan_id;
        
        INSERT INTO invoice (
            pemeriksaan_id, 
            nomor_invoice, 
            tanggal_invoice, 
            jenis_pembayaran, 
            total_biaya, 
            status_pembayaran,
            created_at
        ) VALUES (
            p_pemeriksaan_id,
            v_nomor_invoice,
            v_tanggal_pemeriksaan,
            'umum',
            v_total_biaya,
            'belum_bayar',
            NOW()
        );
    END IF;
END$$

CREATE DEFINER=`root`@`localhost` PROCEDURE `UpdateExpiredReagentStatus` ()   BEGIN
    DECLARE affected_rows INT DEFAULT 0;
    
    -- Update expired reagents
    UPDATE reagen 
    SET status = 'Kadaluarsa', updated_at = NOW()
    WHERE expired_date < CURDATE() 
    AND status != 'Kadaluarsa';
    
    SET affected_rows = ROW_COUNT();
    
    -- Return result
    SELECT 
        affected_rows as updated_items,
        'Reagents marked as expired' as message,
        NOW() as updated_at;
END$$

DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `activity_log`
--

CREATE TABLE `activity_log` (
  `log_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activity` varchar(255) NOT NULL,
  `table_affected` varchar(100) DEFAULT NULL,
  `record_id` int(11) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `activity_log`
--

-- --------------------------------------------------------

--
-- Table structure for table `administrasi`
--

CREATE TABLE `administrasi` (
  `administrasi_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `nama_admin` varchar(100) NOT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `administrasi`
--

-- --------------------------------------------------------

--
-- Table structure for table `administrator`
--

CREATE TABLE `administrator` (
  `admin_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `nama_admin` varchar(100) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `administrator`
--

-- --------------------------------------------------------

--
-- Table structure for table `alat_laboratorium`
--

CREATE TABLE `alat_laboratorium` (
  `alat_id` int(11) NOT NULL,
  `nama_alat` varchar(100) NOT NULL,
  `kode_unik` varchar(50) DEFAULT NULL,
  `merek_model` varchar(100) DEFAULT NULL,
  `lokasi` varchar(100) DEFAULT NULL,
  `status_alat` enum('Normal','Perlu Kalibrasi','Rusak','Sedang Kalibrasi') DEFAULT 'Normal',
  `jadwal_kalibrasi` date DEFAULT NULL,
  `tanggal_kalibrasi_terakhir` date DEFAULT NULL,
  `riwayat_perbaikan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `alat_laboratorium`
--

-- --------------------------------------------------------

--
-- Table structure for table `calibration_history`
--

CREATE TABLE `calibration_history` (
  `calibration_id` int(11) NOT NULL,
  `alat_id` int(11) NOT NULL,
  `tanggal_kalibrasi` date NOT NULL,
  `hasil_kalibrasi` text DEFAULT NULL,
  `teknisi` varchar(100) DEFAULT NULL,
  `sertifikat_no` varchar(100) DEFAULT NULL,
  `next_calibration_date` date DEFAULT NULL,
  `status` enum('Passed','Failed','Conditional') DEFAULT 'Passed',
  `catatan` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `calibration_history`
--

-- --------------------------------------------------------

--
-- Table structure for table `hematologi`
--

CREATE TABLE `hematologi` (
  `hematologi_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `hemoglobin` decimal(5,2) DEFAULT NULL,
  `hematokrit` decimal(5,2) DEFAULT NULL,
  `leukosit` decimal(5,2) DEFAULT NULL,
  `trombosit` decimal(8,2) DEFAULT NULL,
  `eritrosit` decimal(5,2) DEFAULT NULL,
  `mcv` decimal(5,2) DEFAULT NULL,
  `mch` decimal(5,2) DEFAULT NULL,
  `mchc` decimal(5,2) DEFAULT NULL,
  `eosinofil` decimal(5,2) DEFAULT NULL,
  `basofil` decimal(5,2) DEFAULT NULL,
  `neutrofil` decimal(5,2) DEFAULT NULL,
  `limfosit` decimal(5,2) DEFAULT NULL,
  `monosit` decimal(5,2) DEFAULT NULL,
  `laju_endap_darah` decimal(5,2) DEFAULT NULL,
  `clotting_time` int(11) DEFAULT NULL COMMENT 'dalam detik',
  `bleeding_time` int(11) DEFAULT NULL COMMENT 'dalam detik',
  `golongan_darah` enum('A','B','AB','O') DEFAULT NULL,
  `rhesus` enum('+','-') DEFAULT NULL,
  `malaria` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_paket_darah_rutin` decimal(10,2) DEFAULT 40000.00 COMMENT 'Harga Paket Darah Rutin',
  `harga_led` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Laju Endap Darah',
  `harga_clotting` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Clotting Time',
  `harga_bleeding` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Bleeding Time',
  `harga_goldar` decimal(10,2) DEFAULT 20000.00 COMMENT 'Harga Golongan Darah + Rhesus',
  `harga_malaria` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Tes Malaria',
  `total_harga_hematologi` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga Hematologi'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `hematologi`
--

--
-- Triggers `hematologi`
--
DELIMITER $$
CREATE TRIGGER `tr_hematologi_calculate_total` BEFORE INSERT ON `hematologi` FOR EACH ROW BEGIN
    SET NEW.total_harga_hematologi = 0;
    
    -- Paket Darah Rutin (jika ada hemoglobin atau hematokrit)
    IF NEW.hemoglobin IS NOT NULL OR NEW.hematokrit IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_paket_darah_rutin;
    END IF;
    
    -- Laju Endap Darah
    IF NEW.laju_endap_darah IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_led;
    END IF;
    
    -- Clotting Time
    IF NEW.clotting_time IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_clotting;
    END IF;
    
    -- Bleeding Time
    IF NEW.bleeding_time IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_bleeding;
    END IF;
    
    -- Golongan Darah + Rhesus
    IF NEW.golongan_darah IS NOT NULL OR NEW.rhesus IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_goldar;
    END IF;
    
    -- Malaria
    IF NEW.malaria IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_malaria;
    END IF;
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_hematologi_calculate_total_update` BEFORE UPDATE ON `hematologi` FOR EACH ROW BEGIN
    SET NEW.total_harga_hematologi = 0;
    
    -- Paket Darah Rutin
    IF NEW.hemoglobin IS NOT NULL OR NEW.hematokrit IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_paket_darah_rutin;
    END IF;
    
    -- Laju Endap Darah
    IF NEW.laju_endap_darah IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_led;
    END IF;
    
    -- Clotting Time
    IF NEW.clotting_time IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_clotting;
    END IF;
    
    -- Bleeding Time
    IF NEW.bleeding_time IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_bleeding;
    END IF;
    
    -- Golongan Darah + Rhesus
    IF NEW.golongan_darah IS NOT NULL OR NEW.rhesus IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_goldar;
    END IF;
    
    -- Malaria
    IF NEW.malaria IS NOT NULL THEN
        SET NEW.total_harga_hematologi = NEW.total_harga_hematologi + NEW.harga_malaria;
    END IF;
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_hematologi_update_invoice` AFTER INSERT ON `hematologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_hematologi_update_invoice_on_update` AFTER UPDATE ON `hematologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `ims`
--

CREATE TABLE `ims` (
  `ims_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `sifilis` enum('Reaktif','Non-Reaktif') DEFAULT NULL,
  `duh_tubuh` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_sifilis` decimal(10,2) DEFAULT 100000.00 COMMENT 'Harga Tes Sifilis',
  `harga_duh_tubuh` decimal(10,2) DEFAULT 50000.00 COMMENT 'Harga Tes Duh Tubuh',
  `total_harga_ims` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga IMS'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `ims`
--

--
-- Triggers `ims`
--
DELIMITER $$
CREATE TRIGGER `tr_ims_calculate_total` BEFORE INSERT ON `ims` FOR EACH ROW BEGIN
    SET NEW.total_harga_ims = 
        (CASE WHEN NEW.sifilis IS NOT NULL THEN NEW.harga_sifilis ELSE 0 END) +
        (CASE WHEN NEW.duh_tubuh IS NOT NULL THEN NEW.harga_duh_tubuh ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_ims_calculate_total_update` BEFORE UPDATE ON `ims` FOR EACH ROW BEGIN
    SET NEW.total_harga_ims = 
        (CASE WHEN NEW.sifilis IS NOT NULL THEN NEW.harga_sifilis ELSE 0 END) +
        (CASE WHEN NEW.duh_tubuh IS NOT NULL THEN NEW.harga_duh_tubuh ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_ims_update_invoice` AFTER INSERT ON `ims` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_ims_update_invoice_on_update` AFTER UPDATE ON `ims` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `inventory_maintenance_logs`
--

CREATE TABLE `inventory_maintenance_logs` (
  `log_id` int(11) NOT NULL,
  `item_id` int(11) NOT NULL,
  `item_type` enum('alat','reagen') NOT NULL,
  `action` varchar(100) NOT NULL,
  `status` varchar(50) NOT NULL,
  `notes` text DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `inventory_notifications`
--

CREATE TABLE `inventory_notifications` (
  `notification_id` int(11) NOT NULL,
  `type` enum('low_stock','expiry','calibration','maintenance') NOT NULL,
  `title` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `item_id` int(11) DEFAULT NULL,
  `item_type` enum('alat','reagen') DEFAULT NULL,
  `priority` enum('low','medium','high','critical') DEFAULT 'medium',
  `is_read` tinyint(1) DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `expires_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `invoice`
--

CREATE TABLE `invoice` (
  `invoice_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `nomor_invoice` varchar(50) NOT NULL,
  `tanggal_invoice` date NOT NULL,
  `jenis_pembayaran` enum('umum','bpjs') NOT NULL,
  `total_biaya` decimal(10,2) NOT NULL,
  `status_pembayaran` enum('belum_bayar','lunas','cicilan') DEFAULT 'belum_bayar',
  `metode_pembayaran` varchar(50) DEFAULT NULL,
  `nomor_kartu_bpjs` varchar(50) DEFAULT NULL,
  `nomor_sep` varchar(50) DEFAULT NULL,
  `tanggal_pembayaran` date DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `invoice`
--

-- --------------------------------------------------------

--
-- Table structure for table `kimia_darah`
--

CREATE TABLE `kimia_darah` (
  `kimia_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `gula_darah_sewaktu` decimal(5,2) DEFAULT NULL,
  `gula_darah_puasa` decimal(5,2) DEFAULT NULL,
  `gula_darah_2jam_pp` decimal(5,2) DEFAULT NULL,
  `cholesterol_total` decimal(5,2) DEFAULT NULL,
  `cholesterol_hdl` decimal(5,2) DEFAULT NULL,
  `cholesterol_ldl` decimal(5,2) DEFAULT NULL,
  `trigliserida` decimal(5,2) DEFAULT NULL,
  `asam_urat` decimal(5,2) DEFAULT NULL,
  `ureum` decimal(5,2) DEFAULT NULL,
  `creatinin` decimal(5,2) DEFAULT NULL,
  `sgpt` decimal(5,2) DEFAULT NULL,
  `sgot` decimal(5,2) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_gds` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Gula Darah Sewaktu',
  `harga_gdp` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Gula Darah Puasa',
  `harga_gd2pp` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Gula Darah 2 Jam PP',
  `harga_chol_total` decimal(10,2) DEFAULT 25000.00 COMMENT 'Harga Cholesterol Total',
  `harga_chol_hdl` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga Cholesterol HDL',
  `harga_chol_ldl` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga Cholesterol LDL',
  `harga_trigliserida` decimal(10,2) DEFAULT 25000.00 COMMENT 'Harga Trigliserida',
  `harga_asam_urat` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Asam Urat',
  `harga_ureum` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga Ureum',
  `harga_creatinin` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga Creatinin',
  `harga_sgpt` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga SGPT',
  `harga_sgot` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga SGOT',
  `total_harga_kimia` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga Kimia Darah'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `kimia_darah`
--

--
-- Triggers `kimia_darah`
--
DELIMITER $$
CREATE TRIGGER `tr_kimia_darah_calculate_total` BEFORE INSERT ON `kimia_darah` FOR EACH ROW BEGIN
    SET NEW.total_harga_kimia = 
        (CASE WHEN NEW.gula_darah_sewaktu IS NOT NULL THEN NEW.harga_gds ELSE 0 END) +
        (CASE WHEN NEW.gula_darah_puasa IS NOT NULL THEN NEW.harga_gdp ELSE 0 END) +
        (CASE WHEN NEW.gula_darah_2jam_pp IS NOT NULL THEN NEW.harga_gd2pp ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_total IS NOT NULL THEN NEW.harga_chol_total ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_hdl IS NOT NULL THEN NEW.harga_chol_hdl ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_ldl IS NOT NULL THEN NEW.harga_chol_ldl ELSE 0 END) +
        (CASE WHEN NEW.trigliserida IS NOT NULL THEN NEW.harga_trigliserida ELSE 0 END) +
        (CASE WHEN NEW.asam_urat IS NOT NULL THEN NEW.harga_asam_urat ELSE 0 END) +
        (CASE WHEN NEW.ureum IS NOT NULL THEN NEW.harga_ureum ELSE 0 END) +
        (CASE WHEN NEW.creatinin IS NOT NULL THEN NEW.harga_creatinin ELSE 0 END) +
        (CASE WHEN NEW.sgpt IS NOT NULL THEN NEW.harga_sgpt ELSE 0 END) +
        (CASE WHEN NEW.sgot IS NOT NULL THEN NEW.harga_sgot ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_kimia_darah_calculate_total_update` BEFORE UPDATE ON `kimia_darah` FOR EACH ROW BEGIN
    SET NEW.total_harga_kimia = 
        (CASE WHEN NEW.gula_darah_sewaktu IS NOT NULL THEN NEW.harga_gds ELSE 0 END) +
        (CASE WHEN NEW.gula_darah_puasa IS NOT NULL THEN NEW.harga_gdp ELSE 0 END) +
        (CASE WHEN NEW.gula_darah_2jam_pp IS NOT NULL THEN NEW.harga_gd2pp ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_total IS NOT NULL THEN NEW.harga_chol_total ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_hdl IS NOT NULL THEN NEW.harga_chol_hdl ELSE 0 END) +
        (CASE WHEN NEW.cholesterol_ldl IS NOT NULL THEN NEW.harga_chol_ldl ELSE 0 END) +
        (CASE WHEN NEW.trigliserida IS NOT NULL THEN NEW.harga_trigliserida ELSE 0 END) +
        (CASE WHEN NEW.asam_urat IS NOT NULL THEN NEW.harga_asam_urat ELSE 0 END) +
        (CASE WHEN NEW.ureum IS NOT NULL THEN NEW.harga_ureum ELSE 0 END) +
        (CASE WHEN NEW.creatinin IS NOT NULL THEN NEW.harga_creatinin ELSE 0 END) +
        (CASE WHEN NEW.sgpt IS NOT NULL THEN NEW.harga_sgpt ELSE 0 END) +
        (CASE WHEN NEW.sgot IS NOT NULL THEN NEW.harga_sgot ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_kimia_update_invoice` AFTER INSERT ON `kimia_darah` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_kimia_update_invoice_on_update` AFTER UPDATE ON `kimia_darah` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `lab`
--

CREATE TABLE `lab` (
  `lab_id` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `alamat` text DEFAULT NULL,
  `telephone` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `lab`
--

-- --------------------------------------------------------

--
-- Table structure for table `laporan`
--

CREATE TABLE `laporan` (
  `laporan_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `jenis_laporan` varchar(100) DEFAULT NULL,
  `isi_laporan` text DEFAULT NULL,
  `file_path` varchar(255) DEFAULT NULL,
  `dibuat_oleh` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `master_kondisi_sampel`
--

CREATE TABLE `master_kondisi_sampel` (
  `kondisi_id` int(11) NOT NULL,
  `jenis_sampel` enum('whole_blood','serum','plasma','urin','feses','sputum') NOT NULL,
  `kode_kondisi` varchar(50) NOT NULL COMMENT 'Kode unik, misal: WB_HEMOLISIS',
  `nama_kondisi` varchar(100) NOT NULL COMMENT 'Label yang ditampilkan',
  `kategori` enum('normal','warning','critical') DEFAULT 'normal',
  `deskripsi` text DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `urutan` int(11) DEFAULT 0 COMMENT 'Untuk sorting display',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `master_kondisi_sampel`
--

-- --------------------------------------------------------

--
-- Table structure for table `mls`
--

CREATE TABLE `mls` (
  `mls_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `jenis_tes` varchar(100) DEFAULT NULL,
  `hasil` varchar(500) DEFAULT NULL,
  `nilai_rujukan` varchar(100) DEFAULT NULL,
  `satuan` varchar(50) DEFAULT NULL,
  `metode` varchar(100) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pasien`
--

CREATE TABLE `pasien` (
  `pasien_id` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `nik` varchar(20) DEFAULT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL,
  `tempat_lahir` varchar(50) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `umur` int(11) DEFAULT NULL,
  `alamat_domisili` text DEFAULT NULL,
  `pekerjaan` varchar(100) DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `kontak_darurat` varchar(100) DEFAULT NULL,
  `riwayat_pasien` text DEFAULT NULL,
  `permintaan_pemeriksaan` text DEFAULT NULL,
  `dokter_perujuk` varchar(100) DEFAULT NULL COMMENT 'Nama dokter yang memberikan rujukan',
  `asal_rujukan` varchar(100) DEFAULT NULL COMMENT 'Asal rumah sakit/klinik rujukan',
  `nomor_rujukan` varchar(50) DEFAULT NULL COMMENT 'Nomor surat rujukan',
  `tanggal_rujukan` date DEFAULT NULL COMMENT 'Tanggal surat rujukan',
  `diagnosis_awal` text DEFAULT NULL COMMENT 'Diagnosis awal dari dokter perujuk',
  `rekomendasi_pemeriksaan` text DEFAULT NULL COMMENT 'Rekomendasi pemeriksaan dari dokter perujuk',
  `nomor_registrasi` varchar(50) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `pasien`
--

-- --------------------------------------------------------

--
-- Table structure for table `patient_requests`
--

CREATE TABLE `patient_requests` (
  `permintaan_id` int(11) NOT NULL,
  `pasien_id` int(11) DEFAULT NULL,
  `judul_permintaan` varchar(200) NOT NULL,
  `deskripsi_permintaan` text NOT NULL,
  `prioritas` enum('low','medium','high','urgent') DEFAULT 'medium',
  `status` enum('pending','approved','rejected','completed') DEFAULT 'pending',
  `catatan` text DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `processed_by` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `processed_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemeriksaan_detail`
--

CREATE TABLE `pemeriksaan_detail` (
  `detail_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `jenis_pemeriksaan` varchar(100) NOT NULL,
  `sub_pemeriksaan` text DEFAULT NULL COMMENT 'JSON array sub pemeriksaan',
  `urutan` int(11) DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `pemeriksaan_detail`
--

--
-- Triggers `pemeriksaan_detail`
--
DELIMITER $$
CREATE TRIGGER `tr_update_jenis_pemeriksaan_main` AFTER INSERT ON `pemeriksaan_detail` FOR EACH ROW BEGIN
    DECLARE jenis_list TEXT;
    
    SELECT GROUP_CONCAT(jenis_pemeriksaan ORDER BY urutan SEPARATOR ', ')
    INTO jenis_list
    FROM pemeriksaan_detail
    WHERE pemeriksaan_id = NEW.pemeriksaan_id;
    
    UPDATE pemeriksaan_lab 
    SET jenis_pemeriksaan = jenis_list
    WHERE pemeriksaan_id = NEW.pemeriksaan_id;
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_update_jenis_pemeriksaan_main_after_delete` AFTER DELETE ON `pemeriksaan_detail` FOR EACH ROW BEGIN
    DECLARE jenis_list TEXT;
    
    SELECT GROUP_CONCAT(jenis_pemeriksaan ORDER BY urutan SEPARATOR ', ')
    INTO jenis_list
    FROM pemeriksaan_detail
    WHERE pemeriksaan_id = OLD.pemeriksaan_id;
    
    UPDATE pemeriksaan_lab 
    SET jenis_pemeriksaan = IFNULL(jenis_list, '')
    WHERE pemeriksaan_id = OLD.pemeriksaan_id;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `pemeriksaan_lab`
--

CREATE TABLE `pemeriksaan_lab` (
  `pemeriksaan_id` int(11) NOT NULL,
  `pasien_id` int(11) NOT NULL,
  `petugas_id` int(11) DEFAULT NULL,
  `lab_id` int(11) DEFAULT NULL,
  `nomor_pemeriksaan` varchar(50) NOT NULL,
  `tanggal_pemeriksaan` date NOT NULL,
  `jenis_pemeriksaan` varchar(100) DEFAULT NULL,
  `status_pasien` enum('puasa','belum_puasa','minum_obat') DEFAULT NULL COMMENT 'Status kondisi pasien saat pemeriksaan',
  `keterangan_obat` text DEFAULT NULL COMMENT 'Nama obat jika status_pasien = minum_obat',
  `status_pemeriksaan` enum('pending','progress','selesai','cancelled') DEFAULT 'pending',
  `keterangan` text DEFAULT NULL,
  `biaya` decimal(10,2) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT NULL ON UPDATE current_timestamp(),
  `completed_at` timestamp NULL DEFAULT NULL,
  `started_at` timestamp NULL DEFAULT NULL,
  `sub_pemeriksaan` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `pemeriksaan_lab`
--

--
-- Triggers `pemeriksaan_lab`
--
DELIMITER $$
CREATE TRIGGER `tr_pemeriksaan_status_update` BEFORE UPDATE ON `pemeriksaan_lab` FOR EACH ROW BEGIN
    -- Always update the updated_at timestamp
    SET NEW.updated_at = NOW();
    
    -- Set started_at when status changes to 'progress'
    IF NEW.status_pemeriksaan = 'progress' AND OLD.status_pemeriksaan = 'pending' THEN
        SET NEW.started_at = NOW();
    END IF;
    
    -- Set completed_at when status changes to 'selesai'
    IF NEW.status_pemeriksaan = 'selesai' AND OLD.status_pemeriksaan != 'selesai' THEN
        SET NEW.completed_at = NOW();
    END IF;
    
    -- Clear completed_at if status changes from 'selesai' to something else
    IF NEW.status_pemeriksaan != 'selesai' AND OLD.status_pemeriksaan = 'selesai' THEN
        SET NEW.completed_at = NULL;
    END IF;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `pemeriksaan_sampel`
--

CREATE TABLE `pemeriksaan_sampel` (
  `sampel_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `jenis_sampel` varchar(50) NOT NULL,
  `keterangan_sampel` text DEFAULT NULL COMMENT 'Untuk sampel lain',
  `diambil_oleh` int(11) DEFAULT NULL COMMENT 'user_id petugas',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `tanggal_pengambilan` datetime DEFAULT NULL COMMENT 'Waktu sampel diambil',
  `petugas_pengambil_id` int(11) DEFAULT NULL COMMENT 'Petugas yang mengambil sampel',
  `status_sampel` enum('belum_diambil','sudah_diambil','diterima','ditolak') DEFAULT 'belum_diambil',
  `tanggal_evaluasi` datetime DEFAULT NULL COMMENT 'Waktu sampel dievaluasi',
  `petugas_evaluasi_id` int(11) DEFAULT NULL COMMENT 'Petugas yang evaluasi kondisi',
  `catatan_penolakan` text DEFAULT NULL COMMENT 'Alasan jika sampel ditolak',
  `kondisi_sampel` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Array kondisi_id dari master' CHECK (json_valid(`kondisi_sampel`)),
  `catatan_kondisi` text DEFAULT NULL COMMENT 'Catatan kondisi'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `pemeriksaan_sampel`
--

--
-- Triggers `pemeriksaan_sampel`
--
DELIMITER $$
CREATE TRIGGER `tr_sampel_auto_storage` AFTER UPDATE ON `pemeriksaan_sampel` FOR EACH ROW BEGIN
    -- ✅ DECLARE harus di paling awal sebelum statement lain
    DECLARE v_masa_berlaku INT;
    DECLARE v_suhu_min DECIMAL(5,2);
    DECLARE v_suhu_max DECIMAL(5,2);
    
    -- Sekarang baru IF statement
    IF NEW.status_sampel = 'diterima' AND OLD.status_sampel != 'diterima' THEN
        
        -- Ambil informasi masa berlaku sampel
        SELECT masa_berlaku_hari, suhu_optimal_min, suhu_optimal_max
        INTO v_masa_berlaku, v_suhu_min, v_suhu_max
        FROM sampel_expiry
        WHERE jenis_sampel = NEW.jenis_sampel
        LIMIT 1;
        
        -- Insert ke sampel_storage dengan default values
        INSERT INTO sampel_storage (
            sampel_id,
            lokasi_penyimpanan,
            suhu_penyimpanan,
            tanggal_masuk,
            status_penyimpanan,
            petugas_id,
            keterangan
        ) VALUES (
            NEW.sampel_id,
            -- Default lokasi berdasarkan jenis sampel
            CASE NEW.jenis_sampel
                WHEN 'whole_blood' THEN 'Kulkas Lab Hematologi - Rak A'
                WHEN 'serum' THEN 'Kulkas Lab Kimia - Rak B'
                WHEN 'plasma' THEN 'Kulkas Lab Kimia - Rak C'
                WHEN 'urin' THEN 'Kulkas Lab Urinologi - Rak D'
                WHEN 'feses' THEN 'Kulkas Lab Mikrobiologi - Rak E'
                WHEN 'sputum' THEN 'Kulkas Lab TBC - Rak F'
                ELSE 'Storage Umum'
            END,
            -- Default suhu berdasarkan jenis sampel
            COALESCE(v_suhu_min, 4.00),
            NOW(),
            'tersimpan',
            NEW.petugas_evaluasi_id,
            CONCAT('Auto-stored after sample acceptance. Valid until: ', 
                   DATE_FORMAT(DATE_ADD(NEW.tanggal_evaluasi, INTERVAL COALESCE(v_masa_berlaku, 7) DAY), '%Y-%m-%d %H:%i:%s'))
        );
        
        -- Log ke activity_log
        INSERT INTO activity_log (
            user_id,
            activity,
            table_affected,
            record_id,
            ip_address
        ) VALUES (
            NEW.petugas_evaluasi_id,
            CONCAT('Sampel auto-stored: ', NEW.jenis_sampel),
            'sampel_storage',
            LAST_INSERT_ID(),
            '::1'
        );
        
    END IF;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `petugas_lab`
--

CREATE TABLE `petugas_lab` (
  `petugas_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `nama_petugas` varchar(100) NOT NULL,
  `jenis_keahlian` varchar(100) DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `alamat` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `petugas_lab`
--

-- --------------------------------------------------------

--
-- Table structure for table `qc_parameters`
--

CREATE TABLE `qc_parameters` (
  `parameter_id` int(11) NOT NULL,
  `alat_id` int(11) DEFAULT NULL COMMENT 'FK ke alat, NULL jika parameter umum',
  `parameter_name` varchar(200) NOT NULL,
  `parameter_code` varchar(50) DEFAULT NULL,
  `unit` varchar(50) DEFAULT NULL COMMENT 'Satuan pengukuran',
  `min_value` decimal(10,2) DEFAULT NULL,
  `max_value` decimal(10,2) DEFAULT NULL,
  `target_value` decimal(10,2) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `qc_parameters`
--

-- --------------------------------------------------------

--
-- Table structure for table `quality_control`
--

CREATE TABLE `quality_control` (
  `qc_id` int(11) NOT NULL,
  `alat_id` int(11) NOT NULL COMMENT 'FK ke alat_laboratorium',
  `tanggal_qc` date NOT NULL COMMENT 'Tanggal QC dilakukan',
  `waktu_qc` time DEFAULT NULL COMMENT 'Waktu QC dilakukan',
  `parameter_qc` varchar(200) DEFAULT NULL COMMENT 'Parameter yang diuji',
  `nilai_hasil` text DEFAULT NULL COMMENT 'Nilai hasil pengujian',
  `nilai_standar` varchar(100) DEFAULT NULL COMMENT 'Nilai standar/rujukan',
  `hasil_qc` enum('Passed','Failed','Conditional','Under Review') DEFAULT 'Passed',
  `teknisi` varchar(100) DEFAULT NULL COMMENT 'Nama teknisi yang melakukan QC',
  `supervisor` varchar(100) DEFAULT NULL COMMENT 'Nama supervisor yang mereview',
  `catatan` text DEFAULT NULL COMMENT 'Catatan hasil QC',
  `tindakan_korektif` text DEFAULT NULL COMMENT 'Tindakan jika QC failed',
  `status` enum('Active','Archived','Cancelled') DEFAULT 'Active',
  `qc_type` enum('Internal','External','Proficiency') DEFAULT 'Internal' COMMENT 'Jenis QC',
  `batch_number` varchar(50) DEFAULT NULL COMMENT 'Nomor batch reagen yang digunakan',
  `user_id` int(11) DEFAULT NULL COMMENT 'User yang input data',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `quality_control`
--

--
-- Triggers `quality_control`
--
DELIMITER $$
CREATE TRIGGER `tr_qc_update_alat_status` AFTER INSERT ON `quality_control` FOR EACH ROW BEGIN
    IF NEW.hasil_qc = 'Failed' THEN
        UPDATE alat_laboratorium 
        SET status_alat = 'Perlu Kalibrasi',
            updated_at = NOW()
        WHERE alat_id = NEW.alat_id;
    END IF;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `reagen`
--

CREATE TABLE `reagen` (
  `reagen_id` int(11) NOT NULL,
  `nama_reagen` varchar(100) NOT NULL,
  `kode_unik` varchar(50) DEFAULT NULL,
  `jumlah_stok` int(11) NOT NULL DEFAULT 0,
  `satuan` varchar(20) DEFAULT NULL,
  `lokasi_penyimpanan` varchar(100) DEFAULT NULL,
  `tanggal_dipakai` date DEFAULT NULL,
  `expired_date` date DEFAULT NULL,
  `stok_minimal` int(11) DEFAULT 10,
  `status` enum('Tersedia','Hampir Habis','Dipesan','Kadaluarsa') DEFAULT 'Tersedia',
  `catatan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `reagen`
--

--
-- Triggers `reagen`
--
DELIMITER $$
CREATE TRIGGER `tr_reagen_auto_status_insert` BEFORE INSERT ON `reagen` FOR EACH ROW BEGIN
    -- Auto update status based on stock and expiry
    IF NEW.expired_date IS NOT NULL AND NEW.expired_date < CURDATE() THEN
        SET NEW.status = 'Kadaluarsa';
    ELSEIF NEW.expired_date IS NOT NULL AND NEW.expired_date <= DATE_ADD(CURDATE(), INTERVAL 30 DAY) THEN
        SET NEW.status = 'Hampir Habis';
    ELSEIF NEW.jumlah_stok <= NEW.stok_minimal THEN
        SET NEW.status = 'Hampir Habis';
    ELSEIF NEW.status IS NULL OR NEW.status = '' THEN
        SET NEW.status = 'Tersedia';
    END IF;
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_reagen_auto_status_update` BEFORE UPDATE ON `reagen` FOR EACH ROW BEGIN
    -- Auto update status based on stock and expiry
    IF NEW.expired_date IS NOT NULL AND NEW.expired_date < CURDATE() THEN
        SET NEW.status = 'Kadaluarsa';
    ELSEIF NEW.expired_date IS NOT NULL AND NEW.expired_date <= DATE_ADD(CURDATE(), INTERVAL 30 DAY) THEN
        SET NEW.status = 'Hampir Habis';
    ELSEIF NEW.jumlah_stok <= NEW.stok_minimal THEN
        SET NEW.status = 'Hampir Habis';
    ELSEIF NEW.jumlah_stok > NEW.stok_minimal AND (NEW.expired_date IS NULL OR NEW.expired_date > DATE_ADD(CURDATE(), INTERVAL 30 DAY)) THEN
        SET NEW.status = 'Tersedia';
    END IF;
    
    -- Set updated_at
    SET NEW.updated_at = NOW();
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_reagen_stock_movement` AFTER UPDATE ON `reagen` FOR EACH ROW BEGIN
    -- Log stock movement if stock changed
    IF NEW.jumlah_stok != OLD.jumlah_stok THEN
        INSERT INTO stock_movements (
            reagen_id, 
            movement_type, 
            quantity_changed, 
            stock_before, 
            stock_after, 
            notes, 
            movement_date
        ) VALUES (
            NEW.reagen_id,
            CASE 
                WHEN NEW.jumlah_stok > OLD.jumlah_stok THEN 'add'
                WHEN NEW.jumlah_stok < OLD.jumlah_stok THEN 'subtract'
                ELSE 'adjust'
            END,
            ABS(NEW.jumlah_stok - OLD.jumlah_stok),
            OLD.jumlah_stok,
            NEW.jumlah_stok,
            'Auto-logged stock change',
            NOW()
        );
    END IF;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `sampel_expiry`
--

CREATE TABLE `sampel_expiry` (
  `expiry_id` int(11) NOT NULL,
  `jenis_sampel` varchar(50) NOT NULL,
  `masa_berlaku_hari` int(11) NOT NULL COMMENT 'Masa berlaku dalam hari',
  `suhu_optimal_min` decimal(5,2) DEFAULT NULL,
  `suhu_optimal_max` decimal(5,2) DEFAULT NULL,
  `catatan_penyimpanan` text DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Master data masa berlaku setiap jenis sampel';

--
-- Dumping data for table `sampel_expiry`
--

-- --------------------------------------------------------

--
-- Table structure for table `sampel_kondisi`
--

CREATE TABLE `sampel_kondisi` (
  `id` int(11) NOT NULL,
  `sampel_id` int(11) NOT NULL,
  `kondisi_id` int(11) DEFAULT NULL COMMENT 'NULL jika kondisi custom',
  `kondisi_custom` varchar(200) DEFAULT NULL COMMENT 'Isi manual jika pilih "Lainnya"',
  `tingkat_keparahan` enum('ringan','sedang','berat') DEFAULT NULL,
  `keterangan` text DEFAULT NULL COMMENT 'Catatan tambahan',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sampel_storage`
--

CREATE TABLE `sampel_storage` (
  `storage_id` int(11) NOT NULL,
  `sampel_id` int(11) NOT NULL,
  `lokasi_penyimpanan` varchar(100) NOT NULL COMMENT 'Freezer/kulkas/rak nomor berapa',
  `suhu_penyimpanan` decimal(5,2) DEFAULT NULL COMMENT 'Suhu dalam Celsius',
  `tanggal_masuk` datetime NOT NULL DEFAULT current_timestamp(),
  `tanggal_keluar` datetime DEFAULT NULL,
  `status_penyimpanan` enum('tersimpan','diproses','dibuang','dikembalikan') DEFAULT 'tersimpan',
  `volume_sampel` decimal(10,2) DEFAULT NULL COMMENT 'Volume dalam ml/gram',
  `satuan_volume` varchar(20) DEFAULT 'ml',
  `keterangan` text DEFAULT NULL,
  `petugas_id` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Tracking lokasi dan kondisi penyimpanan sampel';

--
-- Dumping data for table `sampel_storage`
--

--
-- Triggers `sampel_storage`
--
DELIMITER $$
CREATE TRIGGER `tr_sampel_storage_check` AFTER INSERT ON `sampel_storage` FOR EACH ROW BEGIN
    -- Check suhu dan update status jika tidak sesuai
    DECLARE v_suhu_min DECIMAL(5,2);
    DECLARE v_suhu_max DECIMAL(5,2);
    DECLARE v_jenis_sampel VARCHAR(50);
    
    -- Get jenis sampel
    SELECT ps.jenis_sampel INTO v_jenis_sampel
    FROM pemeriksaan_sampel ps
    WHERE ps.sampel_id = NEW.sampel_id;
    
    -- Get suhu optimal
    SELECT suhu_optimal_min, suhu_optimal_max 
    INTO v_suhu_min, v_suhu_max
    FROM sampel_expiry
    WHERE jenis_sampel = v_jenis_sampel;
    
    -- Create notification if suhu tidak sesuai
    IF NEW.suhu_penyimpanan IS NOT NULL AND (
        NEW.suhu_penyimpanan < v_suhu_min OR 
        NEW.suhu_penyimpanan > v_suhu_max
    ) THEN
        INSERT INTO inventory_notifications (
            type,
            title,
            message,
            item_id,
            item_type,
            priority
        ) VALUES (
            'maintenance',
            'Suhu Penyimpanan Sampel Tidak Optimal',
            CONCAT('Sampel ', v_jenis_sampel, ' di ', NEW.lokasi_penyimpanan, 
                   ' memiliki suhu ', NEW.suhu_penyimpanan, 
                   '°C (optimal: ', v_suhu_min, '-', v_suhu_max, '°C)'),
            NEW.sampel_id,
            'sampel',
            'high'
        );
    END IF;
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `serologi_imunologi`
--

CREATE TABLE `serologi_imunologi` (
  `serologi_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `rdt_antigen` enum('Positif','Negatif') DEFAULT NULL,
  `widal` text DEFAULT NULL,
  `hbsag` enum('Reaktif','Non-Reaktif') DEFAULT NULL,
  `ns1` enum('Positif','Negatif') DEFAULT NULL,
  `hiv` enum('Reaktif','Non-Reaktif') DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_rdt_antigen` decimal(10,2) DEFAULT 75000.00 COMMENT 'Harga RDT Antigen',
  `harga_widal` decimal(10,2) DEFAULT 33000.00 COMMENT 'Harga Widal',
  `harga_hbsag` decimal(10,2) DEFAULT 35000.00 COMMENT 'Harga HbsAg',
  `harga_ns1` decimal(10,2) DEFAULT 100000.00 COMMENT 'Harga NS1',
  `harga_hiv` decimal(10,2) DEFAULT 125000.00 COMMENT 'Harga HIV',
  `total_harga_serologi` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga Serologi'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `serologi_imunologi`
--

--
-- Triggers `serologi_imunologi`
--
DELIMITER $$
CREATE TRIGGER `tr_serologi_calculate_total` BEFORE INSERT ON `serologi_imunologi` FOR EACH ROW BEGIN
    SET NEW.total_harga_serologi = 
        (CASE WHEN NEW.rdt_antigen IS NOT NULL THEN NEW.harga_rdt_antigen ELSE 0 END) +
        (CASE WHEN NEW.widal IS NOT NULL THEN NEW.harga_widal ELSE 0 END) +
        (CASE WHEN NEW.hbsag IS NOT NULL THEN NEW.harga_hbsag ELSE 0 END) +
        (CASE WHEN NEW.ns1 IS NOT NULL THEN NEW.harga_ns1 ELSE 0 END) +
        (CASE WHEN NEW.hiv IS NOT NULL THEN NEW.harga_hiv ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_serologi_calculate_total_update` BEFORE UPDATE ON `serologi_imunologi` FOR EACH ROW BEGIN
    SET NEW.total_harga_serologi = 
        (CASE WHEN NEW.rdt_antigen IS NOT NULL THEN NEW.harga_rdt_antigen ELSE 0 END) +
        (CASE WHEN NEW.widal IS NOT NULL THEN NEW.harga_widal ELSE 0 END) +
        (CASE WHEN NEW.hbsag IS NOT NULL THEN NEW.harga_hbsag ELSE 0 END) +
        (CASE WHEN NEW.ns1 IS NOT NULL THEN NEW.harga_ns1 ELSE 0 END) +
        (CASE WHEN NEW.hiv IS NOT NULL THEN NEW.harga_hiv ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_serologi_update_invoice` AFTER INSERT ON `serologi_imunologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_serologi_update_invoice_on_update` AFTER UPDATE ON `serologi_imunologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `stock_movements`
--

CREATE TABLE `stock_movements` (
  `movement_id` int(11) NOT NULL,
  `reagen_id` int(11) NOT NULL,
  `movement_type` enum('add','subtract','adjust','use','expired','damaged') NOT NULL,
  `quantity_changed` int(11) NOT NULL,
  `stock_before` int(11) NOT NULL,
  `stock_after` int(11) NOT NULL,
  `notes` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `movement_date` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `storage_temperature_log`
--

CREATE TABLE `storage_temperature_log` (
  `log_id` int(11) NOT NULL,
  `lokasi_storage` varchar(100) NOT NULL,
  `suhu_tercatat` decimal(5,2) NOT NULL,
  `kelembaban` decimal(5,2) DEFAULT NULL COMMENT 'Kelembaban dalam %',
  `tanggal_pencatatan` datetime NOT NULL DEFAULT current_timestamp(),
  `status_suhu` enum('normal','warning','critical') DEFAULT 'normal',
  `petugas_id` int(11) DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Log monitoring suhu ruang penyimpanan sampel';

-- --------------------------------------------------------

--
-- Table structure for table `supervisor`
--

CREATE TABLE `supervisor` (
  `supervisor_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `nama_supervisor` varchar(100) NOT NULL,
  `jenis_keahlian` varchar(100) DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `alamat` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tbc`
--

CREATE TABLE `tbc` (
  `tbc_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `dahak` enum('Negatif','Scanty','+1','+2','+3') DEFAULT NULL,
  `tcm` enum('Detected','Not Detected') DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_dahak` decimal(10,2) DEFAULT 30000.00 COMMENT 'Harga Tes Dahak',
  `harga_tcm` decimal(10,2) DEFAULT 450000.00 COMMENT 'Harga TCM',
  `total_harga_tbc` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga TBC'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tbc`
--

--
-- Triggers `tbc`
--
DELIMITER $$
CREATE TRIGGER `tr_tbc_calculate_total` BEFORE INSERT ON `tbc` FOR EACH ROW BEGIN
    SET NEW.total_harga_tbc = 
        (CASE WHEN NEW.dahak IS NOT NULL THEN NEW.harga_dahak ELSE 0 END) +
        (CASE WHEN NEW.tcm IS NOT NULL THEN NEW.harga_tcm ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_tbc_calculate_total_update` BEFORE UPDATE ON `tbc` FOR EACH ROW BEGIN
    SET NEW.total_harga_tbc = 
        (CASE WHEN NEW.dahak IS NOT NULL THEN NEW.harga_dahak ELSE 0 END) +
        (CASE WHEN NEW.tcm IS NOT NULL THEN NEW.harga_tcm ELSE 0 END);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_tbc_update_invoice` AFTER INSERT ON `tbc` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_tbc_update_invoice_on_update` AFTER UPDATE ON `tbc` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `timeline_progres`
--

CREATE TABLE `timeline_progres` (
  `timeline_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `status` varchar(100) DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `petugas_id` int(11) DEFAULT NULL,
  `tanggal_update` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `timeline_progres`
--

-- --------------------------------------------------------

--
-- Table structure for table `urinologi`
--

CREATE TABLE `urinologi` (
  `urinologi_id` int(11) NOT NULL,
  `pemeriksaan_id` int(11) NOT NULL,
  `makroskopis` text DEFAULT NULL,
  `mikroskopis` text DEFAULT NULL,
  `kimia_ph` decimal(3,1) DEFAULT NULL,
  `protein_regular` varchar(50) DEFAULT NULL,
  `berat_jenis` decimal(3,1) DEFAULT NULL COMMENT 'Berat jenis dalam satuan desimal',
  `glukosa` enum('Negatif','+1','+2','+3','+4') DEFAULT NULL COMMENT 'Hasil pemeriksaan glukosa',
  `keton` enum('Negatif','+1','+2','+3','+4') DEFAULT NULL COMMENT 'Hasil pemeriksaan keton',
  `bilirubin` enum('Negatif','+1','+2','+3','+4') DEFAULT NULL COMMENT 'Hasil pemeriksaan bilirubin',
  `urobilinogen` enum('Negatif','+1','+2','+3','+4') DEFAULT NULL COMMENT 'Hasil pemeriksaan urobilinogen',
  `protein` text DEFAULT NULL,
  `tes_kehamilan` enum('Positif','Negatif') DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_urin_rutin` decimal(10,2) DEFAULT 25000.00 COMMENT 'Harga Urin Rutin',
  `harga_protein` decimal(10,2) DEFAULT 10000.00 COMMENT 'Harga Tes Protein',
  `harga_tes_kehamilan` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Tes Kehamilan',
  `total_harga_urinologi` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga Urinologi'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `urinologi`
--

--
-- Triggers `urinologi`
--
DELIMITER $$
CREATE TRIGGER `tr_urinologi_update_invoice` AFTER INSERT ON `urinologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER `tr_urinologi_update_invoice_on_update` AFTER UPDATE ON `urinologi` FOR EACH ROW BEGIN
    CALL sp_update_invoice_from_examination(NEW.pemeriksaan_id);
END
$$
DELIMITER ;

-- --------------------------------------------------------

--
-- Table structure for table `urinologi_backup`
--

CREATE TABLE `urinologi_backup` (
  `urinologi_id` int(11) NOT NULL DEFAULT 0,
  `pemeriksaan_id` int(11) NOT NULL,
  `makroskopis` text DEFAULT NULL,
  `mikroskopis` text DEFAULT NULL,
  `kimia_ph` decimal(3,1) DEFAULT NULL,
  `protein_regular` varchar(50) DEFAULT NULL,
  `berat_jenis` varchar(20) DEFAULT NULL,
  `glukosa` varchar(50) DEFAULT NULL,
  `keton` varchar(50) DEFAULT NULL,
  `bilirubin` varchar(50) DEFAULT NULL,
  `urobilinogen` varchar(50) DEFAULT NULL,
  `protein` text DEFAULT NULL,
  `tes_kehamilan` enum('Positif','Negatif') DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga_urin_rutin` decimal(10,2) DEFAULT 25000.00 COMMENT 'Harga Urin Rutin',
  `harga_protein` decimal(10,2) DEFAULT 10000.00 COMMENT 'Harga Tes Protein',
  `harga_tes_kehamilan` decimal(10,2) DEFAULT 15000.00 COMMENT 'Harga Tes Kehamilan',
  `total_harga_urinologi` decimal(10,2) DEFAULT 0.00 COMMENT 'Total Harga Urinologi'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `urinologi_backup`
--

-- --------------------------------------------------------

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `user_id` int(11) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` enum('admin','administrasi','dokter','petugas_lab','supervisor') NOT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `users`
--

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_examination_stats`
-- (See below for the actual view)
--
CREATE TABLE `v_examination_stats` (
`exam_date` date
,`status_pemeriksaan` enum('pending','progress','selesai','cancelled')
,`count` bigint(21)
,`avg_processing_hours` decimal(24,4)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_inventory_sampel`
-- (See below for the actual view)
--
CREATE TABLE `v_inventory_sampel` (
`storage_id` int(11)
,`sampel_id` int(11)
,`jenis_sampel` varchar(50)
,`pemeriksaan_id` int(11)
,`nomor_pemeriksaan` varchar(50)
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`lokasi_penyimpanan` varchar(100)
,`suhu_penyimpanan` decimal(5,2)
,`volume_sampel` decimal(10,2)
,`satuan_volume` varchar(20)
,`tanggal_masuk` datetime
,`status_penyimpanan` enum('tersimpan','diproses','dibuang','dikembalikan')
,`masa_berlaku_hari` int(11)
,`tanggal_kadaluarsa` datetime
,`hari_tersisa` int(7)
,`status_masa_berlaku` varchar(17)
,`petugas_penyimpan` varchar(50)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_inventory_status`
-- (See below for the actual view)
--
CREATE TABLE `v_inventory_status` (
`tipe_inventory` varchar(6)
,`item_id` int(11)
,`nama_item` varchar(100)
,`kode_unik` varchar(50)
,`jumlah_stok` int(11)
,`stok_minimal` int(11)
,`status` varchar(16)
,`expired_date` date
,`alert_level` varchar(15)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_invoice_cetak`
-- (See below for the actual view)
--
CREATE TABLE `v_invoice_cetak` (
`nomor_invoice` varchar(50)
,`tanggal_invoice` date
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`umur` int(11)
,`alamat_domisili` text
,`telepon` varchar(20)
,`nomor_pemeriksaan` varchar(50)
,`jenis_pemeriksaan` varchar(100)
,`tanggal_pemeriksaan` date
,`total_biaya` decimal(10,2)
,`metode_pembayaran` varchar(50)
,`status_pembayaran` enum('belum_bayar','lunas','cicilan')
,`tanggal_pembayaran` date
,`keterangan` text
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_invoice_detail`
-- (See below for the actual view)
--
CREATE TABLE `v_invoice_detail` (
`invoice_id` int(11)
,`nomor_invoice` varchar(50)
,`tanggal_invoice` date
,`jenis_pembayaran` enum('umum','bpjs')
,`total_biaya` decimal(10,2)
,`status_pembayaran` enum('belum_bayar','lunas','cicilan')
,`metode_pembayaran` varchar(50)
,`nomor_kartu_bpjs` varchar(50)
,`nomor_sep` varchar(50)
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`nomor_pemeriksaan` varchar(50)
,`jenis_pemeriksaan` varchar(100)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_pemeriksaan_detail`
-- (See below for the actual view)
--
CREATE TABLE `v_pemeriksaan_detail` (
`pemeriksaan_id` int(11)
,`nomor_pemeriksaan` varchar(50)
,`tanggal_pemeriksaan` date
,`jenis_pemeriksaan` varchar(100)
,`status_pemeriksaan` enum('pending','progress','selesai','cancelled')
,`biaya` decimal(10,2)
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`riwayat_pasien` text
,`dokter_perujuk` varchar(100)
,`asal_rujukan` varchar(100)
,`nomor_rujukan` varchar(50)
,`tanggal_rujukan` date
,`diagnosis_awal` text
,`rekomendasi_pemeriksaan` text
,`nama_petugas` varchar(100)
,`nama_lab` varchar(100)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_pemeriksaan_lengkap`
-- (See below for the actual view)
--
CREATE TABLE `v_pemeriksaan_lengkap` (
`pemeriksaan_id` int(11)
,`nomor_pemeriksaan` varchar(50)
,`tanggal_pemeriksaan` date
,`status_pemeriksaan` enum('pending','progress','selesai','cancelled')
,`status_pasien` enum('puasa','belum_puasa','minum_obat')
,`keterangan_obat` text
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`nomor_registrasi` varchar(50)
,`jenis_pemeriksaan_list` mediumtext
,`sampel_list` mediumtext
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_qc_detail`
-- (See below for the actual view)
--
CREATE TABLE `v_qc_detail` (
`qc_id` int(11)
,`tanggal_qc` date
,`waktu_qc` time
,`parameter_qc` varchar(200)
,`nilai_hasil` text
,`nilai_standar` varchar(100)
,`hasil_qc` enum('Passed','Failed','Conditional','Under Review')
,`teknisi` varchar(100)
,`supervisor` varchar(100)
,`catatan` text
,`tindakan_korektif` text
,`status` enum('Active','Archived','Cancelled')
,`qc_type` enum('Internal','External','Proficiency')
,`batch_number` varchar(50)
,`nama_alat` varchar(100)
,`kode_alat` varchar(50)
,`merek_model` varchar(100)
,`status_alat` enum('Normal','Perlu Kalibrasi','Rusak','Sedang Kalibrasi')
,`created_by` varchar(50)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_qc_statistics`
-- (See below for the actual view)
--
CREATE TABLE `v_qc_statistics` (
`period` varchar(7)
,`total_qc` bigint(21)
,`passed_count` decimal(22,0)
,`failed_count` decimal(22,0)
,`conditional_count` decimal(22,0)
,`pass_rate` decimal(28,2)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_sampel_dashboard`
-- (See below for the actual view)
--
CREATE TABLE `v_sampel_dashboard` (
`total_sampel` bigint(21)
,`belum_diambil` decimal(22,0)
,`sudah_diambil` decimal(22,0)
,`diterima` decimal(22,0)
,`ditolak` decimal(22,0)
,`sedang_disimpan` decimal(22,0)
,`jumlah_lokasi_storage` bigint(21)
,`sampel_akan_expired` decimal(22,0)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_sampel_status`
-- (See below for the actual view)
--
CREATE TABLE `v_sampel_status` (
`sampel_id` int(11)
,`pemeriksaan_id` int(11)
,`jenis_sampel` varchar(50)
,`status_sampel` enum('belum_diambil','sudah_diambil','diterima','ditolak')
,`tanggal_pengambilan` datetime
,`tanggal_evaluasi` datetime
,`nomor_pemeriksaan` varchar(50)
,`nama_pasien` varchar(100)
,`nik` varchar(20)
,`lokasi_penyimpanan` varchar(100)
,`suhu_penyimpanan` decimal(5,2)
,`volume_sampel` decimal(10,2)
,`satuan_volume` varchar(20)
,`status_penyimpanan` enum('tersimpan','diproses','dibuang','dikembalikan')
,`masa_berlaku_hari` int(11)
,`status_berlaku` varchar(13)
,`tanggal_kadaluarsa` datetime
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `v_user_details`
-- (See below for the actual view)
--
CREATE TABLE `v_user_details` (
`user_id` int(11)
,`username` varchar(50)
,`role` enum('admin','administrasi','dokter','petugas_lab','supervisor')
,`is_active` tinyint(1)
,`created_at` timestamp
,`nama_lengkap` varchar(100)
);

-- --------------------------------------------------------

--
-- Structure for view `v_examination_stats`
--
DROP TABLE IF EXISTS `v_examination_stats`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_examination_stats`  AS SELECT cast(`pemeriksaan_lab`.`tanggal_pemeriksaan` as date) AS `exam_date`, `pemeriksaan_lab`.`status_pemeriksaan` AS `status_pemeriksaan`, count(0) AS `count`, avg(case when `pemeriksaan_lab`.`started_at` is not null and `pemeriksaan_lab`.`completed_at` is not null then timestampdiff(HOUR,`pemeriksaan_lab`.`started_at`,`pemeriksaan_lab`.`completed_at`) else NULL end) AS `avg_processing_hours` FROM `pemeriksaan_lab` WHERE `pemeriksaan_lab`.`tanggal_pemeriksaan` >= curdate() - interval 30 day GROUP BY cast(`pemeriksaan_lab`.`tanggal_pemeriksaan` as date), `pemeriksaan_lab`.`status_pemeriksaan` ORDER BY cast(`pemeriksaan_lab`.`tanggal_pemeriksaan` as date) DESC, `pemeriksaan_lab`.`status_pemeriksaan` ASC ;

-- --------------------------------------------------------

--
-- Structure for view `v_inventory_sampel`
--
DROP TABLE IF EXISTS `v_inventory_sampel`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_inventory_sampel`  AS SELECT `ss`.`storage_id` AS `storage_id`, `ss`.`sampel_id` AS `sampel_id`, `ps`.`jenis_sampel` AS `jenis_sampel`, `ps`.`pemeriksaan_id` AS `pemeriksaan_id`, `pl`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `p`.`nama` AS `nama_pasien`, `p`.`nik` AS `nik`, `ss`.`lokasi_penyimpanan` AS `lokasi_penyimpanan`, `ss`.`suhu_penyimpanan` AS `suhu_penyimpanan`, `ss`.`volume_sampel` AS `volume_sampel`, `ss`.`satuan_volume` AS `satuan_volume`, `ss`.`tanggal_masuk` AS `tanggal_masuk`, `ss`.`status_penyimpanan` AS `status_penyimpanan`, `se`.`masa_berlaku_hari` AS `masa_berlaku_hari`, `ss`.`tanggal_masuk`+ interval `se`.`masa_berlaku_hari` day AS `tanggal_kadaluarsa`, to_days(`ss`.`tanggal_masuk` + interval `se`.`masa_berlaku_hari` day) - to_days(current_timestamp()) AS `hari_tersisa`, CASE WHEN to_days(`ss`.`tanggal_masuk` + interval `se`.`masa_berlaku_hari` day) - to_days(current_timestamp()) < 0 THEN 'Kadaluarsa' WHEN to_days(`ss`.`tanggal_masuk` + interval `se`.`masa_berlaku_hari` day) - to_days(current_timestamp()) <= 1 THEN 'Segera Kadaluarsa' WHEN to_days(`ss`.`tanggal_masuk` + interval `se`.`masa_berlaku_hari` day) - to_days(current_timestamp()) <= 3 THEN 'Perlu Perhatian' ELSE 'Normal' END AS `status_masa_berlaku`, `u`.`username` AS `petugas_penyimpan` FROM (((((`sampel_storage` `ss` left join `pemeriksaan_sampel` `ps` on(`ss`.`sampel_id` = `ps`.`sampel_id`)) left join `pemeriksaan_lab` `pl` on(`ps`.`pemeriksaan_id` = `pl`.`pemeriksaan_id`)) left join `pasien` `p` on(`pl`.`pasien_id` = `p`.`pasien_id`)) left join `sampel_expiry` `se` on(`ps`.`jenis_sampel` = `se`.`jenis_sampel`)) left join `users` `u` on(`ss`.`petugas_id` = `u`.`user_id`)) WHERE `ss`.`status_penyimpanan` = 'tersimpan' ORDER BY to_days(`ss`.`tanggal_masuk` + interval `se`.`masa_berlaku_hari` day) - to_days(current_timestamp()) ASC ;

-- --------------------------------------------------------

--
-- Structure for view `v_inventory_status`
--
DROP TABLE IF EXISTS `v_inventory_status`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_inventory_status`  AS SELECT 'reagen' AS `tipe_inventory`, `reagen`.`reagen_id` AS `item_id`, `reagen`.`nama_reagen` AS `nama_item`, coalesce(`reagen`.`kode_unik`,concat('REA',lpad(`reagen`.`reagen_id`,3,'0'))) AS `kode_unik`, `reagen`.`jumlah_stok` AS `jumlah_stok`, `reagen`.`stok_minimal` AS `stok_minimal`, `reagen`.`status` AS `status`, `reagen`.`expired_date` AS `expired_date`, CASE WHEN `reagen`.`status` = 'Kadaluarsa' THEN 'Urgent' WHEN `reagen`.`status` = 'Hampir Habis' THEN 'Warning' WHEN `reagen`.`jumlah_stok` <= `reagen`.`stok_minimal` THEN 'Low Stock' ELSE 'OK' END AS `alert_level` FROM `reagen`union all select 'alat' AS `tipe_inventory`,`alat_laboratorium`.`alat_id` AS `item_id`,`alat_laboratorium`.`nama_alat` AS `nama_item`,coalesce(`alat_laboratorium`.`kode_unik`,concat('ALT',lpad(`alat_laboratorium`.`alat_id`,3,'0'))) AS `kode_unik`,NULL AS `jumlah_stok`,NULL AS `stok_minimal`,`alat_laboratorium`.`status_alat` AS `status`,`alat_laboratorium`.`jadwal_kalibrasi` AS `expired_date`,case when `alat_laboratorium`.`status_alat` = 'Rusak' then 'Urgent' when `alat_laboratorium`.`status_alat` = 'Perlu Kalibrasi' then 'Warning' when `alat_laboratorium`.`jadwal_kalibrasi` <= curdate() then 'Calibration Due' else 'OK' end AS `alert_level` from `alat_laboratorium`  ;

-- --------------------------------------------------------

--
-- Structure for view `v_invoice_cetak`
--
DROP TABLE IF EXISTS `v_invoice_cetak`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_invoice_cetak`  AS SELECT `i`.`nomor_invoice` AS `nomor_invoice`, `i`.`tanggal_invoice` AS `tanggal_invoice`, `p`.`nama` AS `nama_pasien`, `p`.`nik` AS `nik`, `p`.`umur` AS `umur`, `p`.`alamat_domisili` AS `alamat_domisili`, `p`.`telepon` AS `telepon`, `pe`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `pe`.`jenis_pemeriksaan` AS `jenis_pemeriksaan`, `pe`.`tanggal_pemeriksaan` AS `tanggal_pemeriksaan`, `i`.`total_biaya` AS `total_biaya`, `i`.`metode_pembayaran` AS `metode_pembayaran`, `i`.`status_pembayaran` AS `status_pembayaran`, `i`.`tanggal_pembayaran` AS `tanggal_pembayaran`, `i`.`keterangan` AS `keterangan` FROM ((`invoice` `i` join `pemeriksaan_lab` `pe` on(`i`.`pemeriksaan_id` = `pe`.`pemeriksaan_id`)) join `pasien` `p` on(`pe`.`pasien_id` = `p`.`pasien_id`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_invoice_detail`
--
DROP TABLE IF EXISTS `v_invoice_detail`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_invoice_detail`  AS SELECT `i`.`invoice_id` AS `invoice_id`, `i`.`nomor_invoice` AS `nomor_invoice`, `i`.`tanggal_invoice` AS `tanggal_invoice`, `i`.`jenis_pembayaran` AS `jenis_pembayaran`, `i`.`total_biaya` AS `total_biaya`, `i`.`status_pembayaran` AS `status_pembayaran`, `i`.`metode_pembayaran` AS `metode_pembayaran`, `i`.`nomor_kartu_bpjs` AS `nomor_kartu_bpjs`, `i`.`nomor_sep` AS `nomor_sep`, `p`.`nama` AS `nama_pasien`, `p`.`nik` AS `nik`, `pe`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `pe`.`jenis_pemeriksaan` AS `jenis_pemeriksaan` FROM ((`invoice` `i` left join `pemeriksaan_lab` `pe` on(`i`.`pemeriksaan_id` = `pe`.`pemeriksaan_id`)) left join `pasien` `p` on(`pe`.`pasien_id` = `p`.`pasien_id`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_pemeriksaan_detail`
--
DROP TABLE IF EXISTS `v_pemeriksaan_detail`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_pemeriksaan_detail`  AS SELECT `p`.`pemeriksaan_id` AS `pemeriksaan_id`, `p`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `p`.`tanggal_pemeriksaan` AS `tanggal_pemeriksaan`, `p`.`jenis_pemeriksaan` AS `jenis_pemeriksaan`, `p`.`status_pemeriksaan` AS `status_pemeriksaan`, `p`.`biaya` AS `biaya`, `pas`.`nama` AS `nama_pasien`, `pas`.`nik` AS `nik`, `pas`.`riwayat_pasien` AS `riwayat_pasien`, `pas`.`dokter_perujuk` AS `dokter_perujuk`, `pas`.`asal_rujukan` AS `asal_rujukan`, `pas`.`nomor_rujukan` AS `nomor_rujukan`, `pas`.`tanggal_rujukan` AS `tanggal_rujukan`, `pas`.`diagnosis_awal` AS `diagnosis_awal`, `pas`.`rekomendasi_pemeriksaan` AS `rekomendasi_pemeriksaan`, `pl`.`nama_petugas` AS `nama_petugas`, `l`.`nama` AS `nama_lab` FROM (((`pemeriksaan_lab` `p` left join `pasien` `pas` on(`p`.`pasien_id` = `pas`.`pasien_id`)) left join `petugas_lab` `pl` on(`p`.`petugas_id` = `pl`.`petugas_id`)) left join `lab` `l` on(`p`.`lab_id` = `l`.`lab_id`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_pemeriksaan_lengkap`
--
DROP TABLE IF EXISTS `v_pemeriksaan_lengkap`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_pemeriksaan_lengkap`  AS SELECT `pl`.`pemeriksaan_id` AS `pemeriksaan_id`, `pl`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `pl`.`tanggal_pemeriksaan` AS `tanggal_pemeriksaan`, `pl`.`status_pemeriksaan` AS `status_pemeriksaan`, `pl`.`status_pasien` AS `status_pasien`, `pl`.`keterangan_obat` AS `keterangan_obat`, `p`.`nama` AS `nama_pasien`, `p`.`nik` AS `nik`, `p`.`nomor_registrasi` AS `nomor_registrasi`, group_concat(distinct `pd`.`jenis_pemeriksaan` order by `pd`.`urutan` ASC separator ', ') AS `jenis_pemeriksaan_list`, group_concat(distinct `ps`.`jenis_sampel` order by `ps`.`jenis_sampel` ASC separator ', ') AS `sampel_list` FROM (((`pemeriksaan_lab` `pl` left join `pasien` `p` on(`pl`.`pasien_id` = `p`.`pasien_id`)) left join `pemeriksaan_detail` `pd` on(`pl`.`pemeriksaan_id` = `pd`.`pemeriksaan_id`)) left join `pemeriksaan_sampel` `ps` on(`pl`.`pemeriksaan_id` = `ps`.`pemeriksaan_id`)) GROUP BY `pl`.`pemeriksaan_id` ;

-- --------------------------------------------------------

--
-- Structure for view `v_qc_detail`
--
DROP TABLE IF EXISTS `v_qc_detail`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_qc_detail`  AS SELECT `qc`.`qc_id` AS `qc_id`, `qc`.`tanggal_qc` AS `tanggal_qc`, `qc`.`waktu_qc` AS `waktu_qc`, `qc`.`parameter_qc` AS `parameter_qc`, `qc`.`nilai_hasil` AS `nilai_hasil`, `qc`.`nilai_standar` AS `nilai_standar`, `qc`.`hasil_qc` AS `hasil_qc`, `qc`.`teknisi` AS `teknisi`, `qc`.`supervisor` AS `supervisor`, `qc`.`catatan` AS `catatan`, `qc`.`tindakan_korektif` AS `tindakan_korektif`, `qc`.`status` AS `status`, `qc`.`qc_type` AS `qc_type`, `qc`.`batch_number` AS `batch_number`, `al`.`nama_alat` AS `nama_alat`, `al`.`kode_unik` AS `kode_alat`, `al`.`merek_model` AS `merek_model`, `al`.`status_alat` AS `status_alat`, `u`.`username` AS `created_by` FROM ((`quality_control` `qc` left join `alat_laboratorium` `al` on(`qc`.`alat_id` = `al`.`alat_id`)) left join `users` `u` on(`qc`.`user_id` = `u`.`user_id`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_qc_statistics`
--
DROP TABLE IF EXISTS `v_qc_statistics`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_qc_statistics`  AS SELECT date_format(`qc`.`tanggal_qc`,'%Y-%m') AS `period`, count(0) AS `total_qc`, sum(case when `qc`.`hasil_qc` = 'Passed' then 1 else 0 end) AS `passed_count`, sum(case when `qc`.`hasil_qc` = 'Failed' then 1 else 0 end) AS `failed_count`, sum(case when `qc`.`hasil_qc` = 'Conditional' then 1 else 0 end) AS `conditional_count`, round(sum(case when `qc`.`hasil_qc` = 'Passed' then 1 else 0 end) / count(0) * 100,2) AS `pass_rate` FROM `quality_control` AS `qc` WHERE `qc`.`status` = 'Active' GROUP BY date_format(`qc`.`tanggal_qc`,'%Y-%m') ORDER BY date_format(`qc`.`tanggal_qc`,'%Y-%m') DESC ;

-- --------------------------------------------------------

--
-- Structure for view `v_sampel_dashboard`
--
DROP TABLE IF EXISTS `v_sampel_dashboard`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_sampel_dashboard`  AS SELECT count(distinct `ps`.`sampel_id`) AS `total_sampel`, sum(case when `ps`.`status_sampel` = 'belum_diambil' then 1 else 0 end) AS `belum_diambil`, sum(case when `ps`.`status_sampel` = 'sudah_diambil' then 1 else 0 end) AS `sudah_diambil`, sum(case when `ps`.`status_sampel` = 'diterima' then 1 else 0 end) AS `diterima`, sum(case when `ps`.`status_sampel` = 'ditolak' then 1 else 0 end) AS `ditolak`, sum(case when `ss`.`status_penyimpanan` = 'tersimpan' then 1 else 0 end) AS `sedang_disimpan`, count(distinct `ss`.`lokasi_penyimpanan`) AS `jumlah_lokasi_storage`, sum(case when `ps`.`tanggal_pengambilan` is not null and `ps`.`tanggal_pengambilan` + interval `se`.`masa_berlaku_hari` day < current_timestamp() + interval 2 day then 1 else 0 end) AS `sampel_akan_expired` FROM ((`pemeriksaan_sampel` `ps` left join `sampel_storage` `ss` on(`ps`.`sampel_id` = `ss`.`sampel_id` and `ss`.`status_penyimpanan` = 'tersimpan')) left join `sampel_expiry` `se` on(`ps`.`jenis_sampel` = `se`.`jenis_sampel`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_sampel_status`
--
DROP TABLE IF EXISTS `v_sampel_status`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_sampel_status`  AS SELECT `ps`.`sampel_id` AS `sampel_id`, `ps`.`pemeriksaan_id` AS `pemeriksaan_id`, `ps`.`jenis_sampel` AS `jenis_sampel`, `ps`.`status_sampel` AS `status_sampel`, `ps`.`tanggal_pengambilan` AS `tanggal_pengambilan`, `ps`.`tanggal_evaluasi` AS `tanggal_evaluasi`, `pl`.`nomor_pemeriksaan` AS `nomor_pemeriksaan`, `p`.`nama` AS `nama_pasien`, `p`.`nik` AS `nik`, `ss`.`lokasi_penyimpanan` AS `lokasi_penyimpanan`, `ss`.`suhu_penyimpanan` AS `suhu_penyimpanan`, `ss`.`volume_sampel` AS `volume_sampel`, `ss`.`satuan_volume` AS `satuan_volume`, `ss`.`status_penyimpanan` AS `status_penyimpanan`, `se`.`masa_berlaku_hari` AS `masa_berlaku_hari`, CASE WHEN `ps`.`tanggal_pengambilan` is null THEN NULL WHEN `ps`.`tanggal_pengambilan` + interval `se`.`masa_berlaku_hari` day < current_timestamp() THEN 'expired' WHEN `ps`.`tanggal_pengambilan` + interval `se`.`masa_berlaku_hari` day < current_timestamp() + interval 1 day THEN 'expiring_soon' ELSE 'valid' END AS `status_berlaku`, `ps`.`tanggal_pengambilan`+ interval `se`.`masa_berlaku_hari` day AS `tanggal_kadaluarsa` FROM ((((`pemeriksaan_sampel` `ps` left join `sampel_storage` `ss` on(`ps`.`sampel_id` = `ss`.`sampel_id` and `ss`.`status_penyimpanan` = 'tersimpan')) left join `sampel_expiry` `se` on(`ps`.`jenis_sampel` = `se`.`jenis_sampel`)) left join `pemeriksaan_lab` `pl` on(`ps`.`pemeriksaan_id` = `pl`.`pemeriksaan_id`)) left join `pasien` `p` on(`pl`.`pasien_id` = `p`.`pasien_id`)) ;

-- --------------------------------------------------------

--
-- Structure for view `v_user_details`
--
DROP TABLE IF EXISTS `v_user_details`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_user_details`  AS SELECT `u`.`user_id` AS `user_id`, `u`.`username` AS `username`, `u`.`role` AS `role`, `u`.`is_active` AS `is_active`, `u`.`created_at` AS `created_at`, CASE WHEN `u`.`role` = 'admin' THEN `a`.`nama_admin` WHEN `u`.`role` = 'administrasi' THEN `adm`.`nama_admin` WHEN `u`.`role` = 'petugas_lab' THEN `pl`.`nama_petugas` WHEN `u`.`role` = 'supervisor' THEN `s`.`nama_supervisor` ELSE NULL END AS `nama_lengkap` FROM ((((`users` `u` left join `administrator` `a` on(`u`.`user_id` = `a`.`user_id`)) left join `administrasi` `adm` on(`u`.`user_id` = `adm`.`user_id`)) left join `petugas_lab` `pl` on(`u`.`user_id` = `pl`.`user_id`)) left join `supervisor` `s` on(`u`.`user_id` = `s`.`user_id`)) ;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `activity_log`
--
ALTER TABLE `activity_log`
  ADD PRIMARY KEY (`log_id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `administrasi`
--
ALTER TABLE `administrasi`
  ADD PRIMARY KEY (`administrasi_id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `administrator`
--
ALTER TABLE `administrator`
  ADD PRIMARY KEY (`admin_id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `alat_laboratorium`
--
ALTER TABLE `alat_laboratorium`
  ADD PRIMARY KEY (`alat_id`),
  ADD UNIQUE KEY `kode_unik` (`kode_unik`),
  ADD KEY `idx_alat_status` (`status_alat`),
  ADD KEY `idx_status_jadwal` (`status_alat`,`jadwal_kalibrasi`),
  ADD KEY `idx_lokasi` (`lokasi`);

--
-- Indexes for table `calibration_history`
--
ALTER TABLE `calibration_history`
  ADD PRIMARY KEY (`calibration_id`),
  ADD KEY `idx_alat_id` (`alat_id`),
  ADD KEY `idx_tanggal_kalibrasi` (`tanggal_kalibrasi`),
  ADD KEY `idx_user_id` (`user_id`);

--
-- Indexes for table `hematologi`
--
ALTER TABLE `hematologi`
  ADD PRIMARY KEY (`hematologi_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `ims`
--
ALTER TABLE `ims`
  ADD PRIMARY KEY (`ims_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `inventory_maintenance_logs`
--
ALTER TABLE `inventory_maintenance_logs`
  ADD PRIMARY KEY (`log_id`),
  ADD KEY `item_id` (`item_id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `item_type` (`item_type`),
  ADD KEY `created_at` (`created_at`);

--
-- Indexes for table `inventory_notifications`
--
ALTER TABLE `inventory_notifications`
  ADD PRIMARY KEY (`notification_id`),
  ADD KEY `type` (`type`),
  ADD KEY `priority` (`priority`),
  ADD KEY `is_read` (`is_read`),
  ADD KEY `created_at` (`created_at`),
  ADD KEY `item_reference` (`item_id`,`item_type`);

--
-- Indexes for table `invoice`
--
ALTER TABLE `invoice`
  ADD PRIMARY KEY (`invoice_id`),
  ADD UNIQUE KEY `nomor_invoice` (`nomor_invoice`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`),
  ADD KEY `idx_invoice_status` (`status_pembayaran`),
  ADD KEY `idx_invoice_jenis` (`jenis_pembayaran`);

--
-- Indexes for table `kimia_darah`
--
ALTER TABLE `kimia_darah`
  ADD PRIMARY KEY (`kimia_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `lab`
--
ALTER TABLE `lab`
  ADD PRIMARY KEY (`lab_id`);

--
-- Indexes for table `laporan`
--
ALTER TABLE `laporan`
  ADD PRIMARY KEY (`laporan_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`),
  ADD KEY `dibuat_oleh` (`dibuat_oleh`);

--
-- Indexes for table `master_kondisi_sampel`
--
ALTER TABLE `master_kondisi_sampel`
  ADD PRIMARY KEY (`kondisi_id`),
  ADD UNIQUE KEY `uk_jenis_kode` (`jenis_sampel`,`kode_kondisi`),
  ADD KEY `idx_jenis_sampel` (`jenis_sampel`),
  ADD KEY `idx_kondisi_kategori` (`kategori`),
  ADD KEY `idx_kondisi_active` (`is_active`);

--
-- Indexes for table `mls`
--
ALTER TABLE `mls`
  ADD PRIMARY KEY (`mls_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `pasien`
--
ALTER TABLE `pasien`
  ADD PRIMARY KEY (`pasien_id`),
  ADD UNIQUE KEY `nik` (`nik`),
  ADD UNIQUE KEY `nomor_registrasi` (`nomor_registrasi`),
  ADD KEY `idx_pasien_nik` (`nik`);

--
-- Indexes for table `patient_requests`
--
ALTER TABLE `patient_requests`
  ADD PRIMARY KEY (`permintaan_id`),
  ADD KEY `pasien_id` (`pasien_id`),
  ADD KEY `status` (`status`),
  ADD KEY `prioritas` (`prioritas`);

--
-- Indexes for table `pemeriksaan_detail`
--
ALTER TABLE `pemeriksaan_detail`
  ADD PRIMARY KEY (`detail_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`),
  ADD KEY `idx_detail_pemeriksaan` (`pemeriksaan_id`,`urutan`);

--
-- Indexes for table `pemeriksaan_lab`
--
ALTER TABLE `pemeriksaan_lab`
  ADD PRIMARY KEY (`pemeriksaan_id`),
  ADD UNIQUE KEY `nomor_pemeriksaan` (`nomor_pemeriksaan`),
  ADD KEY `petugas_id` (`petugas_id`),
  ADD KEY `lab_id` (`lab_id`),
  ADD KEY `idx_pemeriksaan_pasien` (`pasien_id`),
  ADD KEY `idx_pemeriksaan_tanggal` (`tanggal_pemeriksaan`),
  ADD KEY `idx_pemeriksaan_status` (`status_pemeriksaan`),
  ADD KEY `idx_pemeriksaan_updated` (`updated_at`),
  ADD KEY `idx_pemeriksaan_completed` (`completed_at`),
  ADD KEY `idx_pemeriksaan_started` (`started_at`);

--
-- Indexes for table `pemeriksaan_sampel`
--
ALTER TABLE `pemeriksaan_sampel`
  ADD PRIMARY KEY (`sampel_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`),
  ADD KEY `diambil_oleh` (`diambil_oleh`),
  ADD KEY `idx_sampel_pemeriksaan` (`pemeriksaan_id`),
  ADD KEY `idx_sampel_jenis` (`jenis_sampel`),
  ADD KEY `idx_sampel_status` (`status_sampel`),
  ADD KEY `idx_sampel_evaluasi` (`tanggal_evaluasi`);

--
-- Indexes for table `petugas_lab`
--
ALTER TABLE `petugas_lab`
  ADD PRIMARY KEY (`petugas_id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `qc_parameters`
--
ALTER TABLE `qc_parameters`
  ADD PRIMARY KEY (`parameter_id`),
  ADD KEY `idx_param_alat` (`alat_id`);

--
-- Indexes for table `quality_control`
--
ALTER TABLE `quality_control`
  ADD PRIMARY KEY (`qc_id`),
  ADD KEY `idx_qc_alat` (`alat_id`),
  ADD KEY `idx_qc_tanggal` (`tanggal_qc`),
  ADD KEY `idx_qc_hasil` (`hasil_qc`),
  ADD KEY `idx_qc_status` (`status`),
  ADD KEY `fk_qc_user` (`user_id`),
  ADD KEY `idx_qc_composite` (`tanggal_qc`,`hasil_qc`,`status`),
  ADD KEY `idx_qc_user_date` (`user_id`,`tanggal_qc`);

--
-- Indexes for table `reagen`
--
ALTER TABLE `reagen`
  ADD PRIMARY KEY (`reagen_id`),
  ADD UNIQUE KEY `kode_unik` (`kode_unik`),
  ADD KEY `idx_reagen_status` (`status`),
  ADD KEY `idx_reagen_expired` (`expired_date`),
  ADD KEY `idx_status_stock` (`status`,`jumlah_stok`),
  ADD KEY `idx_expired_status` (`expired_date`,`status`),
  ADD KEY `idx_lokasi_penyimpanan` (`lokasi_penyimpanan`);

--
-- Indexes for table `sampel_expiry`
--
ALTER TABLE `sampel_expiry`
  ADD PRIMARY KEY (`expiry_id`),
  ADD UNIQUE KEY `uk_jenis_sampel` (`jenis_sampel`);

--
-- Indexes for table `sampel_kondisi`
--
ALTER TABLE `sampel_kondisi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `idx_sampel_id` (`sampel_id`),
  ADD KEY `idx_kondisi_id` (`kondisi_id`);

--
-- Indexes for table `sampel_storage`
--
ALTER TABLE `sampel_storage`
  ADD PRIMARY KEY (`storage_id`),
  ADD KEY `idx_sampel_storage` (`sampel_id`),
  ADD KEY `idx_storage_lokasi` (`lokasi_penyimpanan`),
  ADD KEY `idx_storage_status` (`status_penyimpanan`),
  ADD KEY `fk_storage_petugas` (`petugas_id`);

--
-- Indexes for table `serologi_imunologi`
--
ALTER TABLE `serologi_imunologi`
  ADD PRIMARY KEY (`serologi_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `stock_movements`
--
ALTER TABLE `stock_movements`
  ADD PRIMARY KEY (`movement_id`),
  ADD KEY `idx_reagen_id` (`reagen_id`),
  ADD KEY `idx_user_id` (`user_id`),
  ADD KEY `idx_movement_date` (`movement_date`);

--
-- Indexes for table `storage_temperature_log`
--
ALTER TABLE `storage_temperature_log`
  ADD PRIMARY KEY (`log_id`),
  ADD KEY `idx_temp_lokasi` (`lokasi_storage`),
  ADD KEY `idx_temp_tanggal` (`tanggal_pencatatan`),
  ADD KEY `idx_temp_status` (`status_suhu`),
  ADD KEY `fk_temp_petugas` (`petugas_id`);

--
-- Indexes for table `supervisor`
--
ALTER TABLE `supervisor`
  ADD PRIMARY KEY (`supervisor_id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `tbc`
--
ALTER TABLE `tbc`
  ADD PRIMARY KEY (`tbc_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `timeline_progres`
--
ALTER TABLE `timeline_progres`
  ADD PRIMARY KEY (`timeline_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`),
  ADD KEY `petugas_id` (`petugas_id`);

--
-- Indexes for table `urinologi`
--
ALTER TABLE `urinologi`
  ADD PRIMARY KEY (`urinologi_id`),
  ADD KEY `pemeriksaan_id` (`pemeriksaan_id`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`user_id`),
  ADD UNIQUE KEY `username` (`username`),
  ADD KEY `idx_users_username` (`username`),
  ADD KEY `idx_users_role` (`role`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `activity_log`
--
ALTER TABLE `activity_log`
  MODIFY `log_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2171;

--
-- AUTO_INCREMENT for table `administrasi`
--
ALTER TABLE `administrasi`
  MODIFY `administrasi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `administrator`
--
ALTER TABLE `administrator`
  MODIFY `admin_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `alat_laboratorium`
--
ALTER TABLE `alat_laboratorium`
  MODIFY `alat_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT for table `calibration_history`
--
ALTER TABLE `calibration_history`
  MODIFY `calibration_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=12;

--
-- AUTO_INCREMENT for table `hematologi`
--
ALTER TABLE `hematologi`
  MODIFY `hematologi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=24;

--
-- AUTO_INCREMENT for table `ims`
--
ALTER TABLE `ims`
  MODIFY `ims_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `inventory_maintenance_logs`
--
ALTER TABLE `inventory_maintenance_logs`
  MODIFY `log_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `inventory_notifications`
--
ALTER TABLE `inventory_notifications`
  MODIFY `notification_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `invoice`
--
ALTER TABLE `invoice`
  MODIFY `invoice_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=26;

--
-- AUTO_INCREMENT for table `kimia_darah`
--
ALTER TABLE `kimia_darah`
  MODIFY `kimia_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `lab`
--
ALTER TABLE `lab`
  MODIFY `lab_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `laporan`
--
ALTER TABLE `laporan`
  MODIFY `laporan_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `master_kondisi_sampel`
--
ALTER TABLE `master_kondisi_sampel`
  MODIFY `kondisi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=47;

--
-- AUTO_INCREMENT for table `mls`
--
ALTER TABLE `mls`
  MODIFY `mls_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `pasien`
--
ALTER TABLE `pasien`
  MODIFY `pasien_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

--
-- AUTO_INCREMENT for table `patient_requests`
--
ALTER TABLE `patient_requests`
  MODIFY `permintaan_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `pemeriksaan_detail`
--
ALTER TABLE `pemeriksaan_detail`
  MODIFY `detail_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

--
-- AUTO_INCREMENT for table `pemeriksaan_lab`
--
ALTER TABLE `pemeriksaan_lab`
  MODIFY `pemeriksaan_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=40;

--
-- AUTO_INCREMENT for table `pemeriksaan_sampel`
--
ALTER TABLE `pemeriksaan_sampel`
  MODIFY `sampel_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=25;

--
-- AUTO_INCREMENT for table `petugas_lab`
--
ALTER TABLE `petugas_lab`
  MODIFY `petugas_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `qc_parameters`
--
ALTER TABLE `qc_parameters`
  MODIFY `parameter_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=135;

--
-- AUTO_INCREMENT for table `quality_control`
--
ALTER TABLE `quality_control`
  MODIFY `qc_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `reagen`
--
ALTER TABLE `reagen`
  MODIFY `reagen_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `sampel_expiry`
--
ALTER TABLE `sampel_expiry`
  MODIFY `expiry_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `sampel_kondisi`
--
ALTER TABLE `sampel_kondisi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `sampel_storage`
--
ALTER TABLE `sampel_storage`
  MODIFY `storage_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `serologi_imunologi`
--
ALTER TABLE `serologi_imunologi`
  MODIFY `serologi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `stock_movements`
--
ALTER TABLE `stock_movements`
  MODIFY `movement_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `storage_temperature_log`
--
ALTER TABLE `storage_temperature_log`
  MODIFY `log_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `supervisor`
--
ALTER TABLE `supervisor`
  MODIFY `supervisor_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tbc`
--
ALTER TABLE `tbc`
  MODIFY `tbc_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `timeline_progres`
--
ALTER TABLE `timeline_progres`
  MODIFY `timeline_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=99;

--
-- AUTO_INCREMENT for table `urinologi`
--
ALTER TABLE `urinologi`
  MODIFY `urinologi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=12;

--
-- AUTO_INCREMENT for table `users`
--
ALTER TABLE `users`
  MODIFY `user_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=12;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `activity_log`
--
ALTER TABLE `activity_log`
  ADD CONSTRAINT `activity_log_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`);

--
-- Constraints for table `administrasi`
--
ALTER TABLE `administrasi`
  ADD CONSTRAINT `administrasi_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE;

--
-- Constraints for table `administrator`
--
ALTER TABLE `administrator`
  ADD CONSTRAINT `administrator_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE;

--
-- Constraints for table `calibration_history`
--
ALTER TABLE `calibration_history`
  ADD CONSTRAINT `fk_calibration_alat` FOREIGN KEY (`alat_id`) REFERENCES `alat_laboratorium` (`alat_id`) ON DELETE CASCADE,
  ADD CONSTRAINT `fk_calibration_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL;

--
-- Constraints for table `hematologi`
--
ALTER TABLE `hematologi`
  ADD CONSTRAINT `hematologi_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `ims`
--
ALTER TABLE `ims`
  ADD CONSTRAINT `ims_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `invoice`
--
ALTER TABLE `invoice`
  ADD CONSTRAINT `invoice_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `kimia_darah`
--
ALTER TABLE `kimia_darah`
  ADD CONSTRAINT `kimia_darah_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `laporan`
--
ALTER TABLE `laporan`
  ADD CONSTRAINT `laporan_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`),
  ADD CONSTRAINT `laporan_ibfk_2` FOREIGN KEY (`dibuat_oleh`) REFERENCES `users` (`user_id`);

--
-- Constraints for table `mls`
--
ALTER TABLE `mls`
  ADD CONSTRAINT `mls_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `patient_requests`
--
ALTER TABLE `patient_requests`
  ADD CONSTRAINT `fk_patient_requests_pasien` FOREIGN KEY (`pasien_id`) REFERENCES `pasien` (`pasien_id`) ON DELETE CASCADE;

--
-- Constraints for table `pemeriksaan_detail`
--
ALTER TABLE `pemeriksaan_detail`
  ADD CONSTRAINT `fk_pemeriksaan_detail` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`) ON DELETE CASCADE;

--
-- Constraints for table `pemeriksaan_lab`
--
ALTER TABLE `pemeriksaan_lab`
  ADD CONSTRAINT `pemeriksaan_lab_ibfk_1` FOREIGN KEY (`pasien_id`) REFERENCES `pasien` (`pasien_id`),
  ADD CONSTRAINT `pemeriksaan_lab_ibfk_3` FOREIGN KEY (`petugas_id`) REFERENCES `petugas_lab` (`petugas_id`),
  ADD CONSTRAINT `pemeriksaan_lab_ibfk_4` FOREIGN KEY (`lab_id`) REFERENCES `lab` (`lab_id`);

--
-- Constraints for table `pemeriksaan_sampel`
--
ALTER TABLE `pemeriksaan_sampel`
  ADD CONSTRAINT `fk_pemeriksaan_sampel` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`) ON DELETE CASCADE,
  ADD CONSTRAINT `fk_sampel_petugas` FOREIGN KEY (`diambil_oleh`) REFERENCES `users` (`user_id`) ON DELETE SET NULL;

--
-- Constraints for table `petugas_lab`
--
ALTER TABLE `petugas_lab`
  ADD CONSTRAINT `petugas_lab_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE;

--
-- Constraints for table `qc_parameters`
--
ALTER TABLE `qc_parameters`
  ADD CONSTRAINT `fk_param_alat` FOREIGN KEY (`alat_id`) REFERENCES `alat_laboratorium` (`alat_id`) ON DELETE CASCADE;

--
-- Constraints for table `quality_control`
--
ALTER TABLE `quality_control`
  ADD CONSTRAINT `fk_qc_alat` FOREIGN KEY (`alat_id`) REFERENCES `alat_laboratorium` (`alat_id`) ON DELETE CASCADE,
  ADD CONSTRAINT `fk_qc_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL;

--
-- Constraints for table `sampel_kondisi`
--
ALTER TABLE `sampel_kondisi`
  ADD CONSTRAINT `fk_sk_kondisi` FOREIGN KEY (`kondisi_id`) REFERENCES `master_kondisi_sampel` (`kondisi_id`) ON DELETE SET NULL,
  ADD CONSTRAINT `fk_sk_sampel` FOREIGN KEY (`sampel_id`) REFERENCES `pemeriksaan_sampel` (`sampel_id`) ON DELETE CASCADE;

--
-- Constraints for table `sampel_storage`
--
ALTER TABLE `sampel_storage`
  ADD CONSTRAINT `fk_storage_petugas` FOREIGN KEY (`petugas_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL,
  ADD CONSTRAINT `fk_storage_sampel` FOREIGN KEY (`sampel_id`) REFERENCES `pemeriksaan_sampel` (`sampel_id`) ON DELETE CASCADE;

--
-- Constraints for table `serologi_imunologi`
--
ALTER TABLE `serologi_imunologi`
  ADD CONSTRAINT `serologi_imunologi_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `stock_movements`
--
ALTER TABLE `stock_movements`
  ADD CONSTRAINT `fk_stock_movements_reagen` FOREIGN KEY (`reagen_id`) REFERENCES `reagen` (`reagen_id`) ON DELETE CASCADE,
  ADD CONSTRAINT `fk_stock_movements_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL;

--
-- Constraints for table `storage_temperature_log`
--
ALTER TABLE `storage_temperature_log`
  ADD CONSTRAINT `fk_temp_petugas` FOREIGN KEY (`petugas_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL;

--
-- Constraints for table `supervisor`
--
ALTER TABLE `supervisor`
  ADD CONSTRAINT `supervisor_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE;

--
-- Constraints for table `tbc`
--
ALTER TABLE `tbc`
  ADD CONSTRAINT `tbc_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);

--
-- Constraints for table `timeline_progres`
--
ALTER TABLE `timeline_progres`
  ADD CONSTRAINT `timeline_progres_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`),
  ADD CONSTRAINT `timeline_progres_ibfk_2` FOREIGN KEY (`petugas_id`) REFERENCES `petugas_lab` (`petugas_id`);

--
-- Constraints for table `urinologi`
--
ALTER TABLE `urinologi`
  ADD CONSTRAINT `urinologi_ibfk_1` FOREIGN KEY (`pemeriksaan_id`) REFERENCES `pemeriksaan_lab` (`pemeriksaan_id`);
COMMIT;

