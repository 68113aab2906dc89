-- Online retail database (Indonesian names): the four CREATE TABLE files of the repository,
-- in the order they are run (SHOW/DESCRIBE lines left out).

CREATE TABLE kategori_produk (
id VARCHAR(5) PRIMARY KEY,
kategori VARCHAR(100) NOT NULL UNIQUE,
deskripsi VARCHAR(100)
);

CREATE TABLE pelanggan (
id VARCHAR(5) PRIMARY KEY,
nama VARCHAR(100) NOT NULL,
email VARCHAR(100) NOT NULL UNIQUE,
no_hp VARCHAR(100) NOT NULL,
jenis_kelamin ENUM('laki-laki', 'perempuan'),
alamat VARCHAR(100)
);

CREATE TABLE produk (
id VARCHAR(5) PRIMARY KEY,
nama VARCHAR(100) NOT NULL UNIQUE,
kategori VARCHAR(5) NOT NULL,
harga INT NOT NULL,
stok INT NOT NULL DEFAULT(0),
FOREIGN KEY (kategori) REFERENCES kategori_produk(id)
);

CREATE TABLE transaksi (
id INT PRIMARY KEY AUTO_INCREMENT,
id_pelanggan VARCHAR(5) NOT NULL,
id_produk VARCHAR(100) NOT NULL,
qty INT NOT NULL,
total_harga INT NOT NULL,
tanggal DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
FOREIGN KEY (id_pelanggan) REFERENCES pelanggan(id),
FOREIGN KEY (id_produk) REFERENCES produk(id)
);
