-- Telemetri perangkat aplikasi mobile (SQLite), kind: sqlite di sources.yaml.
-- Sumber untuk data/perangkat.sqlite; bangun ulang dengan:
--   python3 -c "import sqlite3; sqlite3.connect('perangkat.sqlite').executescript(open('perangkat.sqlite.sql').read())"
-- SEMUA DATA DI BAWAH PALSU: email example.com, nomor 0812-0000-xxxx, IMEI karangan (lolos Luhn),
-- alamat IP dari blok dokumentasi RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).

PRAGMA foreign_keys = ON;

CREATE TABLE perangkat (
    id                 INTEGER PRIMARY KEY,
    device_id          TEXT    NOT NULL UNIQUE,   -- pengenal perangkat unik (install id dari SDK)
    user_id            INTEGER,                   -- akun terakhir yang login di perangkat ini
    imei               TEXT,                      -- hanya Android; NULL di iOS
    advertising_id     TEXT,                      -- GAID / IDFA; NULL bila pengguna menolak pelacakan
    nomor_seri         TEXT,
    merek              TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    os                 TEXT    NOT NULL,
    os_versi           TEXT    NOT NULL,
    versi_aplikasi     TEXT    NOT NULL,
    bahasa             TEXT,
    operator_seluler   TEXT,
    jenis_jaringan     TEXT,
    pertama_terlihat   TEXT    NOT NULL,
    terakhir_terlihat  TEXT    NOT NULL
);

CREATE TABLE akun_perangkat (
    id                   INTEGER PRIMARY KEY,
    perangkat_id         INTEGER NOT NULL REFERENCES perangkat (id),
    user_id              INTEGER NOT NULL,
    email_login          TEXT    NOT NULL,
    no_hp                TEXT,
    push_token           TEXT    NOT NULL,            -- token FCM/APNs untuk notifikasi
    perangkat_tepercaya  INTEGER NOT NULL DEFAULT 0,  -- 1 bila lolos OTP; login berikutnya tanpa OTP
    didaftarkan_pada     TEXT    NOT NULL
);

CREATE TABLE event_aplikasi (
    id              INTEGER PRIMARY KEY,
    perangkat_id    INTEGER NOT NULL REFERENCES perangkat (id),
    nama_event      TEXT    NOT NULL,             -- app_open, screen_view, search, add_to_cart, ...
    layar           TEXT,
    ip_address      TEXT,
    jenis_jaringan  TEXT,
    waktu           TEXT    NOT NULL
);

CREATE TABLE laporan_crash (
    id                INTEGER PRIMARY KEY,
    perangkat_id      INTEGER NOT NULL REFERENCES perangkat (id),
    versi_aplikasi    TEXT    NOT NULL,
    nama_file         TEXT    NOT NULL,           -- file/modul tempat crash terjadi
    versi_file        TEXT,
    jenis_error       TEXT    NOT NULL,
    sidik_stacktrace  TEXT    NOT NULL,           -- hash stacktrace untuk pengelompokan
    sisa_memori_mb    INTEGER,
    waktu             TEXT    NOT NULL
);

INSERT INTO perangkat (id, device_id, user_id, imei, advertising_id, nomor_seri, merek, model, os, os_versi, versi_aplikasi, bahasa, operator_seluler, jenis_jaringan, pertama_terlihat, terakhir_terlihat) VALUES
    (1, '00000000-0000-4000-a000-000000000001', 1001, '350000000000014', 'ffffffff-0000-4000-8000-000000000001', 'FAKESN000001', 'Xiaomi', 'Redmi Note 12', 'Android', '13', '5.12.1', 'id-ID', 'XL Axiata', '4G', '2024-04-10T22:29:00Z', '2024-05-03T23:17:00Z'),
    (2, '00000000-0000-4000-a000-000000000002', 1002, '350000000000022', 'ffffffff-0000-4000-8000-000000000002', 'FAKESN000002', 'OPPO', 'CPH2565', 'Android', '14', '5.13.0', 'en-US', 'Telkomsel', '5G', '2024-04-06T00:09:00Z', '2024-04-25T04:40:00Z'),
    (3, '00000000-0000-4000-a000-000000000003', 1003, NULL, 'ffffffff-0000-4000-8000-000000000003', 'FAKESN000003', 'vivo', 'V2247', 'Android', '13', '5.12.1', 'en-GB', 'Smartfren', '3G', '2024-03-10T01:16:00Z', '2024-03-23T05:28:00Z'),
    (4, '00000000-0000-4000-a000-000000000004', 1004, NULL, 'ffffffff-0000-4000-8000-000000000004', NULL, 'Apple', 'iPhone14,5', 'iOS', '17.4', '5.13.0', 'en-US', 'Telkomsel', 'wifi', '2024-03-15T23:29:00Z', '2024-03-28T23:33:00Z'),
    (5, '00000000-0000-4000-a000-000000000005', 1005, '350000000000055', NULL, 'FAKESN000005', 'realme', 'RMX3630', 'Android', '13', '5.12.0', 'jv-ID', NULL, 'wifi', '2024-03-22T09:49:00Z', '2024-04-19T11:26:00Z'),
    (6, '00000000-0000-4000-a000-000000000006', 1006, NULL, 'ffffffff-0000-4000-8000-000000000006', 'FAKESN000006', 'Infinix', 'X6831', 'Android', '12', '5.12.0', 'en-GB', 'Indosat Ooredoo Hutchison', '3G', '2024-03-23T20:15:00Z', '2024-03-23T21:25:00Z'),
    (7, '00000000-0000-4000-a000-000000000007', NULL, NULL, 'ffffffff-0000-4000-8000-000000000007', NULL, 'Apple', 'iPhone12,1', 'iOS', '16.7', '5.13.0', 'jv-ID', 'Telkomsel', 'wifi', '2024-03-19T04:20:00Z', '2024-03-28T12:07:00Z'),
    (8, '00000000-0000-4000-a000-000000000008', 1008, '350000000000089', 'ffffffff-0000-4000-8000-000000000008', 'FAKESN000008', 'Samsung', 'SM-A145F', 'Android', '13', '5.13.0', 'id-ID', 'Indosat Ooredoo Hutchison', 'wifi', '2024-04-03T20:55:00Z', '2024-04-19T21:44:00Z'),
    (9, '00000000-0000-4000-a000-000000000009', 1009, NULL, 'ffffffff-0000-4000-8000-000000000009', 'FAKESN000009', 'Xiaomi', 'Redmi Note 12', 'Android', '13', '5.12.1', 'en-US', 'XL Axiata', 'wifi', '2024-04-02T12:42:00Z', '2024-04-11T17:21:00Z'),
    (10, '00000000-0000-4000-a000-000000000010', 1010, '350000000000105', NULL, 'FAKESN000010', 'OPPO', 'CPH2565', 'Android', '14', '5.13.0', 'id-ID', 'Indosat Ooredoo Hutchison', 'wifi', '2024-03-30T02:45:00Z', '2024-04-14T06:00:00Z'),
    (11, '00000000-0000-4000-a000-000000000011', 1011, '350000000000113', 'ffffffff-0000-4000-8000-000000000011', 'FAKESN000011', 'vivo', 'V2247', 'Android', '13', '5.11.2', 'jv-ID', 'Telkomsel', '3G', '2024-03-04T06:54:00Z', '2024-03-18T13:54:00Z'),
    (12, '00000000-0000-4000-a000-000000000012', 1012, NULL, 'ffffffff-0000-4000-8000-000000000012', NULL, 'Apple', 'iPhone14,5', 'iOS', '17.4', '5.11.2', 'id-ID', 'Telkomsel', 'wifi', '2024-04-08T14:43:00Z', '2024-05-03T16:49:00Z'),
    (13, '00000000-0000-4000-a000-000000000013', 1013, '350000000000139', 'ffffffff-0000-4000-8000-000000000013', 'FAKESN000013', 'realme', 'RMX3630', 'Android', '13', '5.13.0', 'id-ID', 'Telkomsel', '3G', '2024-03-16T10:21:00Z', '2024-03-20T14:27:00Z'),
    (14, '00000000-0000-4000-a000-000000000014', NULL, '350000000000147', 'ffffffff-0000-4000-8000-000000000014', 'FAKESN000014', 'Infinix', 'X6831', 'Android', '12', '5.12.0', 'id-ID', 'Telkomsel', 'wifi', '2024-04-04T23:51:00Z', '2024-04-07T05:55:00Z'),
    (15, '00000000-0000-4000-a000-000000000015', 1015, NULL, NULL, NULL, 'Apple', 'iPhone12,1', 'iOS', '16.7', '5.13.0', 'en-GB', 'Telkomsel', 'wifi', '2024-03-10T18:23:00Z', '2024-04-03T03:22:00Z'),
    (16, '00000000-0000-4000-a000-000000000016', 1016, '350000000000162', 'ffffffff-0000-4000-8000-000000000016', 'FAKESN000016', 'Samsung', 'SM-A145F', 'Android', '13', '5.12.1', 'en-US', 'Indosat Ooredoo Hutchison', '3G', '2024-03-30T17:04:00Z', '2024-04-01T21:29:00Z'),
    (17, '00000000-0000-4000-a000-000000000017', 1017, '350000000000170', 'ffffffff-0000-4000-8000-000000000017', 'FAKESN000017', 'Xiaomi', 'Redmi Note 12', 'Android', '13', '5.12.1', 'en-US', 'XL Axiata', 'wifi', '2024-04-02T20:13:00Z', '2024-04-14T22:10:00Z'),
    (18, '00000000-0000-4000-a000-000000000018', 1018, NULL, 'ffffffff-0000-4000-8000-000000000018', 'FAKESN000018', 'OPPO', 'CPH2565', 'Android', '14', '5.12.0', 'jv-ID', 'Indosat Ooredoo Hutchison', '5G', '2024-04-05T18:06:00Z', '2024-04-25T00:38:00Z'),
    (19, '00000000-0000-4000-a000-000000000019', 1019, '350000000000196', 'ffffffff-0000-4000-8000-000000000019', 'FAKESN000019', 'vivo', 'V2247', 'Android', '13', '5.13.0', 'id-ID', 'Telkomsel', '3G', '2024-03-21T22:46:00Z', '2024-04-21T03:06:00Z'),
    (20, '00000000-0000-4000-a000-000000000020', 1020, NULL, NULL, NULL, 'Apple', 'iPhone14,5', 'iOS', '17.4', '5.12.1', 'en-GB', 'Indosat Ooredoo Hutchison', '5G', '2024-03-25T01:50:00Z', '2024-04-11T04:46:00Z');

INSERT INTO akun_perangkat (id, perangkat_id, user_id, email_login, no_hp, push_token, perangkat_tepercaya, didaftarkan_pada) VALUES
    (1, 1, 1001, 'pengguna1001@example.com', '0812-0000-0001', 'fake-push-token-0001', 1, '2024-04-10T22:29:00Z'),
    (2, 2, 1002, 'pengguna1002@example.com', '0812-0000-0002', 'fake-push-token-0002', 0, '2024-04-06T00:09:00Z'),
    (3, 3, 1003, 'pengguna1003@example.com', '0812-0000-0003', 'fake-push-token-0003', 1, '2024-03-10T01:16:00Z'),
    (4, 4, 1004, 'pengguna1004@example.com', '0812-0000-0004', 'fake-push-token-0004', 0, '2024-03-15T23:29:00Z'),
    (5, 5, 1005, 'pengguna1005@example.com', '0812-0000-0005', 'fake-push-token-0005', 1, '2024-03-22T09:49:00Z'),
    (6, 6, 1006, 'pengguna1006@example.com', NULL, 'fake-push-token-0006', 0, '2024-03-23T20:15:00Z'),
    (7, 7, 1107, 'pengguna1107@example.com', '0812-0000-0007', 'fake-push-token-0007', 1, '2024-03-19T04:20:00Z'),
    (8, 8, 1008, 'pengguna1008@example.com', '0812-0000-0008', 'fake-push-token-0008', 0, '2024-04-03T20:55:00Z'),
    (9, 9, 1009, 'pengguna1009@example.com', '0812-0000-0009', 'fake-push-token-0009', 1, '2024-04-02T12:42:00Z'),
    (10, 10, 1010, 'pengguna1010@example.com', '0812-0000-0010', 'fake-push-token-0010', 0, '2024-03-30T02:45:00Z'),
    (11, 11, 1011, 'pengguna1011@example.com', '0812-0000-0011', 'fake-push-token-0011', 1, '2024-03-04T06:54:00Z'),
    (12, 12, 1012, 'pengguna1012@example.com', NULL, 'fake-push-token-0012', 0, '2024-04-08T14:43:00Z'),
    (13, 13, 1013, 'pengguna1013@example.com', '0812-0000-0013', 'fake-push-token-0013', 1, '2024-03-16T10:21:00Z'),
    (14, 14, 1114, 'pengguna1114@example.com', '0812-0000-0014', 'fake-push-token-0014', 0, '2024-04-04T23:51:00Z'),
    (15, 15, 1015, 'pengguna1015@example.com', '0812-0000-0015', 'fake-push-token-0015', 1, '2024-03-10T18:23:00Z'),
    (16, 16, 1016, 'pengguna1016@example.com', '0812-0000-0016', 'fake-push-token-0016', 0, '2024-03-30T17:04:00Z'),
    (17, 17, 1017, 'pengguna1017@example.com', '0812-0000-0017', 'fake-push-token-0017', 1, '2024-04-02T20:13:00Z'),
    (18, 18, 1018, 'pengguna1018@example.com', NULL, 'fake-push-token-0018', 0, '2024-04-05T18:06:00Z'),
    (19, 19, 1019, 'pengguna1019@example.com', '0812-0000-0019', 'fake-push-token-0019', 1, '2024-03-21T22:46:00Z'),
    (20, 20, 1020, 'pengguna1020@example.com', '0812-0000-0020', 'fake-push-token-0020', 0, '2024-03-25T01:50:00Z');

INSERT INTO event_aplikasi (id, perangkat_id, nama_event, layar, ip_address, jenis_jaringan, waktu) VALUES
    (1, 11, 'search', 'Chat', '192.0.2.19', '3G', '2024-03-18T10:02:00Z'),
    (2, 11, 'add_to_cart', 'Search', '192.0.2.31', '3G', '2024-03-18T10:22:00Z'),
    (3, 13, 'checkout', 'Chat', '203.0.113.16', '3G', '2024-03-20T13:20:00Z'),
    (4, 3, 'push_open', 'Cart', '192.0.2.36', '3G', '2024-03-23T00:36:00Z'),
    (5, 6, 'add_to_cart', 'Checkout', '198.51.100.10', '3G', '2024-03-23T16:40:00Z'),
    (6, 6, 'add_to_cart', 'Home', '192.0.2.26', '3G', '2024-03-23T17:30:00Z'),
    (7, 7, 'screen_view', 'Checkout', '192.0.2.21', 'wifi', '2024-03-28T08:30:00Z'),
    (8, 4, 'push_open', 'Cart', '192.0.2.29', 'wifi', '2024-03-28T19:43:00Z'),
    (9, 14, 'search', 'Checkout', '192.0.2.38', 'wifi', '2024-04-07T00:56:00Z'),
    (10, 20, 'screen_view', 'Chat', '203.0.113.25', '5G', '2024-04-11T02:20:00Z'),
    (11, 9, 'search', 'PDP', '203.0.113.11', 'wifi', '2024-04-11T13:13:00Z'),
    (12, 10, 'screen_view', 'Home', '203.0.113.12', 'wifi', '2024-04-14T03:53:00Z'),
    (13, 10, 'screen_view', 'Home', '203.0.113.13', 'wifi', '2024-04-14T04:28:00Z'),
    (14, 10, 'search', 'PDP', '203.0.113.23', 'wifi', '2024-04-14T04:28:00Z'),
    (15, 17, 'screen_view', 'Home', '192.0.2.31', 'wifi', '2024-04-14T18:01:00Z'),
    (16, 5, 'app_open', 'Chat', '203.0.113.8', 'wifi', '2024-04-19T11:17:00Z'),
    (17, 19, 'search', 'Search', '203.0.113.29', '3G', '2024-04-20T23:11:00Z'),
    (18, 19, 'screen_view', 'Home', '192.0.2.23', '3G', '2024-04-20T23:45:00Z'),
    (19, 19, 'checkout', 'Cart', '198.51.100.6', '3G', '2024-04-21T02:09:00Z'),
    (20, 18, 'add_to_cart', 'Chat', '203.0.113.10', '5G', '2024-04-24T19:46:00Z'),
    (21, 18, 'screen_view', 'Search', '203.0.113.28', '5G', '2024-04-24T19:50:00Z'),
    (22, 2, 'add_to_cart', 'OrderList', '192.0.2.11', '5G', '2024-04-25T04:06:00Z'),
    (23, 2, 'screen_view', 'Home', '192.0.2.17', '5G', '2024-04-25T04:26:00Z'),
    (24, 1, 'app_open', 'Home', '198.51.100.4', '4G', '2024-05-03T22:25:00Z');

INSERT INTO laporan_crash (id, perangkat_id, versi_aplikasi, nama_file, versi_file, jenis_error, sidik_stacktrace, sisa_memori_mb, waktu) VALUES
    (1, 6, '5.12.0', 'libimagepipeline.so', '2.5.0', 'NullPointerException', 'e91183e6aea9ec6e', 512, '2024-03-23T03:43:00Z'),
    (2, 6, '5.12.0', 'CheckoutActivity.kt', NULL, 'SIGSEGV', 'dc396468e0da6ce8', 256, '2024-03-23T03:50:00Z'),
    (3, 6, '5.12.0', 'libflutter.so', '3.19.2', 'SIGSEGV', 'e444eac19b3449f6', 512, '2024-03-23T05:31:00Z'),
    (4, 6, '5.12.0', 'libimagepipeline.so', '2.5.0', 'OutOfMemoryError', '8f88bb2497a95128', 380, '2024-03-23T19:58:00Z'),
    (5, 7, '5.13.0', 'Flutter.framework', '3.19.2', 'SIGABRT', '28fae85c22833c6b', NULL, '2024-03-27T07:28:00Z'),
    (6, 4, '5.13.0', 'PaymentWebView.swift', NULL, 'SIGABRT', 'd2b1978c8fb116dc', 256, '2024-03-27T23:45:00Z'),
    (7, 7, '5.13.0', 'PaymentWebView.swift', NULL, 'SIGABRT', '1cdf29bc13c08a7a', 256, '2024-03-28T07:10:00Z'),
    (8, 15, '5.13.0', 'Flutter.framework', '3.19.2', 'SIGABRT', '81474db973bd88ba', 380, '2024-04-02T15:06:00Z'),
    (9, 9, '5.12.1', 'CheckoutActivity.kt', NULL, 'NullPointerException', '51444f73d1aa009c', 256, '2024-04-10T15:49:00Z'),
    (10, 20, '5.12.1', 'Flutter.framework', '3.19.2', 'SIGABRT', 'b7315ed6b6158a07', 512, '2024-04-11T04:04:00Z'),
    (11, 10, '5.13.0', 'CheckoutActivity.kt', NULL, 'NullPointerException', 'f14b3f9f7e755739', 256, '2024-04-14T01:06:00Z'),
    (12, 10, '5.13.0', 'libflutter.so', '3.19.2', 'IllegalStateException', '995a391182abad5f', 512, '2024-04-14T04:18:00Z'),
    (13, 17, '5.12.1', 'libflutter.so', '3.19.2', 'SIGSEGV', 'c3bfa7989dc2d779', 380, '2024-04-14T07:07:00Z'),
    (14, 5, '5.12.0', 'libimagepipeline.so', '2.5.0', 'NullPointerException', 'af97a17f4f60e4fb', 740, '2024-04-18T14:20:00Z'),
    (15, 5, '5.12.0', 'CheckoutActivity.kt', NULL, 'SIGSEGV', '58e0c81711edfb1e', 380, '2024-04-18T18:01:00Z'),
    (16, 8, '5.13.0', 'libimagepipeline.so', '2.5.0', 'IllegalStateException', '79eb43ead6268477', 256, '2024-04-19T02:52:00Z'),
    (17, 18, '5.12.0', 'libsqlcipher.so', '4.5.6', 'IllegalStateException', '9c81f07ab403b9f1', 256, '2024-04-24T03:10:00Z'),
    (18, 2, '5.13.0', 'libimagepipeline.so', '2.5.0', 'SIGSEGV', '15fb31469ebe3aae', NULL, '2024-04-24T06:05:00Z'),
    (19, 18, '5.12.0', 'libsqlcipher.so', '4.5.6', 'SIGSEGV', 'ddeb0731188d7797', 112, '2024-04-24T23:13:00Z'),
    (20, 1, '5.12.1', 'libsqlcipher.so', '4.5.6', 'NullPointerException', '92ab7905343c2a8c', 112, '2024-05-03T08:52:00Z');
