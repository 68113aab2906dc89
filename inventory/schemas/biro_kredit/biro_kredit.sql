-- Paylater dan penilaian kredit (SQL Server 2019, database LaciFintech).
-- Skor dan riwayat kredit diambil dari LPIP mitra setelah pengguna memberi persetujuan.

CREATE SCHEMA paylater;

CREATE TABLE [dbo].[permintaan_skor] (
    [id]               BIGINT IDENTITY(1,1) NOT NULL,
    [user_id]          BIGINT            NOT NULL,
    [nik]              CHAR(16)          NOT NULL,
    [nama_sesuai_ktp]  NVARCHAR(150)     NOT NULL,
    [tanggal_lahir]    DATE              NOT NULL,
    [tujuan]           NVARCHAR(30)      NOT NULL,
    [persetujuan_id]   UNIQUEIDENTIFIER  NOT NULL,
    [diminta_pada]     DATETIME2(3)      NOT NULL CONSTRAINT [df_permintaan_skor_diminta] DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT [pk_permintaan_skor] PRIMARY KEY CLUSTERED ([id])
);

CREATE NONCLUSTERED INDEX [ix_permintaan_skor_user] ON [dbo].[permintaan_skor] ([user_id], [diminta_pada]);

CREATE TABLE [dbo].[hasil_skor_kredit] (
    [permintaan_id]            BIGINT         NOT NULL,
    [skor]                     SMALLINT       NULL,
    [grade]                    CHAR(2)        NULL,
    [jumlah_fasilitas_aktif]   INT            NULL,
    [total_plafon]             DECIMAL(18,2)  NULL,
    [kolektibilitas_terburuk]  TINYINT        NULL,
    [ada_tunggakan]            BIT            NOT NULL DEFAULT 0,
    [respons_mentah]           NVARCHAR(MAX)  NULL,
    [diterima_pada]            DATETIME2(3)   NOT NULL DEFAULT SYSUTCDATETIME(),
    CONSTRAINT [pk_hasil_skor_kredit] PRIMARY KEY CLUSTERED ([permintaan_id]),
    CONSTRAINT [fk_hasil_permintaan] FOREIGN KEY ([permintaan_id]) REFERENCES [dbo].[permintaan_skor] ([id])
);

CREATE TABLE [paylater].[limit_kredit] (
    [user_id]              BIGINT         NOT NULL,
    [limit_disetujui]      DECIMAL(18,2)  NOT NULL,
    [limit_terpakai]       DECIMAL(18,2)  NOT NULL DEFAULT 0,
    [status]               NVARCHAR(20)   NOT NULL,
    [dasar_permintaan_id]  BIGINT         NULL,
    [ditinjau_ulang_pada]  DATE           NULL,
    [diperbarui_pada]      DATETIME2(3)   NOT NULL DEFAULT SYSUTCDATETIME(),
    CONSTRAINT [pk_limit_kredit] PRIMARY KEY CLUSTERED ([user_id]),
    CONSTRAINT [fk_limit_permintaan] FOREIGN KEY ([dasar_permintaan_id]) REFERENCES [dbo].[permintaan_skor] ([id])
);
