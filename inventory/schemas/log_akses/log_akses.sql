-- Log akses web dan aplikasi di data warehouse (BigQuery, dataset `log_akses`).
-- Diisi pipeline streaming dari load balancer dan SDK aplikasi; partisi dihapus setelah 400 hari.

CREATE TABLE log_akses.akses_web (
  event_id        STRING    NOT NULL,
  waktu_akses     TIMESTAMP NOT NULL OPTIONS(description='Waktu server menerima request'),
  user_id         INT64     OPTIONS(description='Kosong bila pengunjung belum login'),
  session_id      STRING,
  ip_address      STRING,
  user_agent      STRING,
  jenis_peramban  STRING    OPTIONS(description='Hasil parsing user_agent: Chrome, Safari, ...'),
  url_halaman     STRING,
  referrer        STRING    OPTIONS(description='Situs asal sebelum masuk ke LaciMartKTUM'),
  status_http     INT64,
  durasi_ms       INT64,
  negara          STRING    OPTIONS(description='GeoIP dari ip_address'),
  kota            STRING    OPTIONS(description='GeoIP dari ip_address')
)
PARTITION BY DATE(waktu_akses)
CLUSTER BY user_id
OPTIONS(description='Request HTTP ke situs web', partition_expiration_days=400);

CREATE TABLE log_akses.akses_aplikasi (
  event_id        STRING    NOT NULL,
  waktu_event     TIMESTAMP NOT NULL,
  user_id         INT64,
  device_id       STRING    OPTIONS(description='Pengenal perangkat unik dari SDK'),
  ip_address      STRING,
  nama_layar      STRING    OPTIONS(description='Layar aplikasi yang dibuka, mis. PDP, Cart'),
  nama_event      STRING    OPTIONS(description='screen_view, tap, search, add_to_cart, ...'),
  versi_aplikasi  STRING,
  platform        STRING    OPTIONS(description='android atau ios'),
  latitude        FLOAT64   OPTIONS(description='Hanya bila izin lokasi diberikan'),
  longitude       FLOAT64   OPTIONS(description='Hanya bila izin lokasi diberikan')
)
PARTITION BY DATE(waktu_event)
CLUSTER BY user_id, nama_event
OPTIONS(description='Event aplikasi mobile', partition_expiration_days=400);
