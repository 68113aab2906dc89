--
-- PostgreSQL database dump
--

-- Dumped from database version 17.10 (986efc8)
-- Dumped by pg_dump version 18.3 (Ubuntu 18.3-1.pgdg24.04+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ActivityLog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ActivityLog" (
    id text NOT NULL,
    aksi text NOT NULL,
    modul text NOT NULL,
    deskripsi text NOT NULL,
    "userId" text,
    "namaUser" text NOT NULL,
    "targetId" text,
    metadata text,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

--
-- Name: ApiKey; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ApiKey" (
    id text NOT NULL,
    key text NOT NULL,
    "namaProject" text NOT NULL,
    "roleId" text NOT NULL,
    "isActive" boolean DEFAULT true NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL
);

--
-- Name: Dufah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Dufah" (
    id integer NOT NULL,
    nama text NOT NULL,
    "isActive" boolean DEFAULT false NOT NULL,
    "tanggalBuka" timestamp(3) without time zone,
    "tanggalTutup" timestamp(3) without time zone,
    "isTahunBaru" boolean DEFAULT false NOT NULL
);

--
-- Name: Dufah_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Dufah_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: Dufah_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Dufah_id_seq" OWNED BY public."Dufah".id;

--
-- Name: Kamar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Kamar" (
    id text NOT NULL,
    nama text NOT NULL,
    "sakanId" text NOT NULL,
    "isLocked" boolean DEFAULT false NOT NULL,
    keterangan text
);

--
-- Name: Lemari; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Lemari" (
    id text NOT NULL,
    nomor text NOT NULL,
    "kamarId" text NOT NULL,
    "isLocked" boolean DEFAULT false NOT NULL,
    "isPriority" boolean DEFAULT false NOT NULL,
    keterangan text
);

--
-- Name: Notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Notification" (
    id text NOT NULL,
    title text NOT NULL,
    message text NOT NULL,
    link text,
    "permissionRequired" text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

--
-- Name: Pengajar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Pengajar" (
    id text NOT NULL,
    nama text NOT NULL,
    foto text,
    "trackRecord" text[] DEFAULT ARRAY[]::text[],
    urutan integer DEFAULT 0 NOT NULL,
    "isActive" boolean DEFAULT true NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL
);

--
-- Name: Permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Permission" (
    id text NOT NULL,
    "namaAksi" text NOT NULL,
    deskripsi text,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL
);

--
-- Name: Program; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Program" (
    id text NOT NULL,
    nama text NOT NULL,
    harga double precision NOT NULL,
    "durasiBulan" integer DEFAULT 1 NOT NULL,
    "isActive" boolean DEFAULT true NOT NULL,
    "tanggalMulaiDefault" text,
    "tanggalTutupDefault" text,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "kategoriProgram" text DEFAULT 'REGULER'::text NOT NULL,
    "targetDufahId" integer
);

--
-- Name: RiwayatDufah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RiwayatDufah" (
    id text NOT NULL,
    "santriId" text NOT NULL,
    "dufahId" integer NOT NULL,
    "lemariId" text,
    status text DEFAULT 'PRE_LIST'::text NOT NULL,
    "isIdCardTaken" boolean DEFAULT false NOT NULL,
    "bulanKe" integer DEFAULT 1 NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "waktuAmbilKartu" timestamp(3) without time zone,
    "nomorIdCard" integer,
    "isDresscodeTaken" boolean DEFAULT false NOT NULL,
    "isMalzamahTaken" boolean DEFAULT false NOT NULL,
    "isPinTaken" boolean DEFAULT false NOT NULL,
    "isSongkokKhimarTaken" boolean DEFAULT false NOT NULL,
    "isTabirotTaken" boolean DEFAULT false NOT NULL,
    "isToteBagTaken" boolean DEFAULT false NOT NULL,
    "ukuranDresscode" text,
    "ukuranSongkok" text,
    "isLunas" boolean DEFAULT true NOT NULL,
    "kelasRekomendasi" text,
    "nilaiTauzi" integer
);

--
-- Name: Role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Role" (
    id text NOT NULL,
    nama text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL
);

--
-- Name: RolePermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RolePermission" (
    "roleId" text NOT NULL,
    "permissionId" text NOT NULL
);

--
-- Name: Rombongan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Rombongan" (
    id text NOT NULL,
    nama text NOT NULL,
    "isMouSigned" boolean DEFAULT false NOT NULL,
    "diskonPersen" double precision DEFAULT 0 NOT NULL,
    "totalTagihan" double precision NOT NULL,
    "statusPembayaran" text DEFAULT 'PENDING'::text NOT NULL,
    "diverifikasiOleh" text,
    "waktuLunas" timestamp(3) without time zone,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "dufahTujuanId" integer
);

--
-- Name: Sakan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sakan" (
    id text NOT NULL,
    nama text NOT NULL,
    kategori text DEFAULT 'BANIN'::text NOT NULL,
    "isLocked" boolean DEFAULT false NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

--
-- Name: Santri; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Santri" (
    id text NOT NULL,
    nama text NOT NULL,
    kategori text NOT NULL,
    gender text DEFAULT 'BANIN'::text NOT NULL,
    "isAktif" boolean DEFAULT true NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "batasAktifDufah" integer DEFAULT 1 NOT NULL,
    desa text,
    "detailAlamat" text,
    "expiredDufahId" integer,
    "isCuti" boolean DEFAULT false NOT NULL,
    kabupaten text,
    kecamatan text,
    "namaOrtu" text,
    nis text,
    "noWaOrtu" text,
    "noWaSantri" text,
    provinsi text,
    "saldoDufah" integer DEFAULT 0 NOT NULL,
    "tanggalLahir" timestamp(3) without time zone,
    "tempatLahir" text,
    "isDataVerified" boolean DEFAULT false NOT NULL,
    "programId" text
);

--
-- Name: TransaksiPendaftaran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TransaksiPendaftaran" (
    id text NOT NULL,
    "noKwitansi" text NOT NULL,
    "santriId" text NOT NULL,
    "programId" text NOT NULL,
    "nominalProgram" double precision NOT NULL,
    "kodeUnik" integer NOT NULL,
    "totalTagihan" double precision NOT NULL,
    "statusPembayaran" text DEFAULT 'PENDING'::text NOT NULL,
    "diverifikasiOleh" text,
    "dufahTujuanId" integer,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "waktuLunas" timestamp(3) without time zone,
    "rombonganId" text
);

--
-- Name: User; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."User" (
    id text NOT NULL,
    username text NOT NULL,
    password text NOT NULL,
    nama text NOT NULL,
    "roleId" text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL
);

--
-- Name: Dufah id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dufah" ALTER COLUMN id SET DEFAULT nextval('public."Dufah_id_seq"'::regclass);

--
-- Name: ActivityLog ActivityLog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ActivityLog"
    ADD CONSTRAINT "ActivityLog_pkey" PRIMARY KEY (id);

--
-- Name: ApiKey ApiKey_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApiKey"
    ADD CONSTRAINT "ApiKey_pkey" PRIMARY KEY (id);

--
-- Name: Dufah Dufah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dufah"
    ADD CONSTRAINT "Dufah_pkey" PRIMARY KEY (id);

--
-- Name: Kamar Kamar_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Kamar"
    ADD CONSTRAINT "Kamar_pkey" PRIMARY KEY (id);

--
-- Name: Lemari Lemari_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Lemari"
    ADD CONSTRAINT "Lemari_pkey" PRIMARY KEY (id);

--
-- Name: Notification Notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Notification"
    ADD CONSTRAINT "Notification_pkey" PRIMARY KEY (id);

--
-- Name: Pengajar Pengajar_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Pengajar"
    ADD CONSTRAINT "Pengajar_pkey" PRIMARY KEY (id);

--
-- Name: Permission Permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Permission"
    ADD CONSTRAINT "Permission_pkey" PRIMARY KEY (id);

--
-- Name: Program Program_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Program"
    ADD CONSTRAINT "Program_pkey" PRIMARY KEY (id);

--
-- Name: RiwayatDufah RiwayatDufah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RiwayatDufah"
    ADD CONSTRAINT "RiwayatDufah_pkey" PRIMARY KEY (id);

--
-- Name: RolePermission RolePermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RolePermission"
    ADD CONSTRAINT "RolePermission_pkey" PRIMARY KEY ("roleId", "permissionId");

--
-- Name: Role Role_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Role"
    ADD CONSTRAINT "Role_pkey" PRIMARY KEY (id);

--
-- Name: Rombongan Rombongan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rombongan"
    ADD CONSTRAINT "Rombongan_pkey" PRIMARY KEY (id);

--
-- Name: Sakan Sakan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sakan"
    ADD CONSTRAINT "Sakan_pkey" PRIMARY KEY (id);

--
-- Name: Santri Santri_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Santri"
    ADD CONSTRAINT "Santri_pkey" PRIMARY KEY (id);

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_pkey" PRIMARY KEY (id);

--
-- Name: User User_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."User"
    ADD CONSTRAINT "User_pkey" PRIMARY KEY (id);

--
-- Name: ApiKey_key_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "ApiKey_key_key" ON public."ApiKey" USING btree (key);

--
-- Name: Permission_namaAksi_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Permission_namaAksi_key" ON public."Permission" USING btree ("namaAksi");

--
-- Name: RiwayatDufah_dufahId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "RiwayatDufah_dufahId_idx" ON public."RiwayatDufah" USING btree ("dufahId");

--
-- Name: RiwayatDufah_santriId_dufahId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RiwayatDufah_santriId_dufahId_key" ON public."RiwayatDufah" USING btree ("santriId", "dufahId");

--
-- Name: RiwayatDufah_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "RiwayatDufah_status_idx" ON public."RiwayatDufah" USING btree (status);

--
-- Name: Role_nama_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Role_nama_key" ON public."Role" USING btree (nama);

--
-- Name: Santri_batasAktifDufah_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Santri_batasAktifDufah_idx" ON public."Santri" USING btree ("batasAktifDufah");

--
-- Name: Santri_isAktif_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Santri_isAktif_idx" ON public."Santri" USING btree ("isAktif");

--
-- Name: Santri_kategori_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Santri_kategori_idx" ON public."Santri" USING btree (kategori);

--
-- Name: Santri_nama_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Santri_nama_idx" ON public."Santri" USING btree (nama);

--
-- Name: Santri_nis_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Santri_nis_key" ON public."Santri" USING btree (nis);

--
-- Name: TransaksiPendaftaran_noKwitansi_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TransaksiPendaftaran_noKwitansi_key" ON public."TransaksiPendaftaran" USING btree ("noKwitansi");

--
-- Name: User_username_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "User_username_key" ON public."User" USING btree (username);

--
-- Name: ApiKey ApiKey_roleId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApiKey"
    ADD CONSTRAINT "ApiKey_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES public."Role"(id) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Name: Kamar Kamar_sakanId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Kamar"
    ADD CONSTRAINT "Kamar_sakanId_fkey" FOREIGN KEY ("sakanId") REFERENCES public."Sakan"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: Lemari Lemari_kamarId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Lemari"
    ADD CONSTRAINT "Lemari_kamarId_fkey" FOREIGN KEY ("kamarId") REFERENCES public."Kamar"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: Program Program_targetDufahId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Program"
    ADD CONSTRAINT "Program_targetDufahId_fkey" FOREIGN KEY ("targetDufahId") REFERENCES public."Dufah"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: RiwayatDufah RiwayatDufah_dufahId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RiwayatDufah"
    ADD CONSTRAINT "RiwayatDufah_dufahId_fkey" FOREIGN KEY ("dufahId") REFERENCES public."Dufah"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: RiwayatDufah RiwayatDufah_lemariId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RiwayatDufah"
    ADD CONSTRAINT "RiwayatDufah_lemariId_fkey" FOREIGN KEY ("lemariId") REFERENCES public."Lemari"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: RiwayatDufah RiwayatDufah_santriId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RiwayatDufah"
    ADD CONSTRAINT "RiwayatDufah_santriId_fkey" FOREIGN KEY ("santriId") REFERENCES public."Santri"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: RolePermission RolePermission_permissionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RolePermission"
    ADD CONSTRAINT "RolePermission_permissionId_fkey" FOREIGN KEY ("permissionId") REFERENCES public."Permission"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: RolePermission RolePermission_roleId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RolePermission"
    ADD CONSTRAINT "RolePermission_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES public."Role"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: Rombongan Rombongan_diverifikasiOleh_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rombongan"
    ADD CONSTRAINT "Rombongan_diverifikasiOleh_fkey" FOREIGN KEY ("diverifikasiOleh") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: Rombongan Rombongan_dufahTujuanId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rombongan"
    ADD CONSTRAINT "Rombongan_dufahTujuanId_fkey" FOREIGN KEY ("dufahTujuanId") REFERENCES public."Dufah"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: Santri Santri_programId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Santri"
    ADD CONSTRAINT "Santri_programId_fkey" FOREIGN KEY ("programId") REFERENCES public."Program"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_diverifikasiOleh_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_diverifikasiOleh_fkey" FOREIGN KEY ("diverifikasiOleh") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_dufahTujuanId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_dufahTujuanId_fkey" FOREIGN KEY ("dufahTujuanId") REFERENCES public."Dufah"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_programId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_programId_fkey" FOREIGN KEY ("programId") REFERENCES public."Program"(id) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_rombonganId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_rombonganId_fkey" FOREIGN KEY ("rombonganId") REFERENCES public."Rombongan"(id) ON UPDATE CASCADE ON DELETE SET NULL;

--
-- Name: TransaksiPendaftaran TransaksiPendaftaran_santriId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransaksiPendaftaran"
    ADD CONSTRAINT "TransaksiPendaftaran_santriId_fkey" FOREIGN KEY ("santriId") REFERENCES public."Santri"(id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: User User_roleId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."User"
    ADD CONSTRAINT "User_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES public."Role"(id) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE cloud_admin IN SCHEMA public GRANT ALL ON SEQUENCES TO neon_superuser WITH GRANT OPTION;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE cloud_admin IN SCHEMA public GRANT ALL ON TABLES TO neon_superuser WITH GRANT OPTION;

--
-- PostgreSQL database dump complete
--

