--
-- PostgreSQL database dump
--

-- Dumped from database version 9.1.4
-- Dumped by pg_dump version 9.1.4
-- Started on 2014-06-09 23:23:00 BRT

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET client_min_messages = warning;

--
-- TOC entry 8 (class 2615 OID 729290)
-- Name: bib4template; Type: SCHEMA; Schema: -; Owner: biblivre
--

CREATE SCHEMA bib4template;


ALTER SCHEMA bib4template OWNER TO biblivre;

SET search_path = bib4template, pg_catalog;

--
-- TOC entry 169 (class 1259 OID 729293)
-- Dependencies: 8
-- Name: access_cards_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE access_cards_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.access_cards_id_seq OWNER TO biblivre;

--
-- TOC entry 170 (class 1259 OID 729295)
-- Dependencies: 2462 2463 2464 8
-- Name: access_cards; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE access_cards (
    id integer DEFAULT nextval('access_cards_id_seq'::regclass) NOT NULL,
    code character varying NOT NULL,
    status character varying NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.access_cards OWNER TO biblivre;

--
-- TOC entry 171 (class 1259 OID 729304)
-- Dependencies: 8
-- Name: access_control_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE access_control_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.access_control_id_seq OWNER TO biblivre;

--
-- TOC entry 172 (class 1259 OID 729306)
-- Dependencies: 2465 2466 2467 2468 8
-- Name: access_control; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE access_control (
    id integer DEFAULT nextval('access_control_id_seq'::regclass) NOT NULL,
    access_card_id integer NOT NULL,
    user_id integer NOT NULL,
    arrival_time timestamp without time zone DEFAULT now() NOT NULL,
    departure_time timestamp without time zone,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.access_control OWNER TO biblivre;

--
-- TOC entry 173 (class 1259 OID 729313)
-- Dependencies: 2469 2470 8
-- Name: authorities_brief_formats; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_brief_formats (
    datafield character(3) NOT NULL,
    format text NOT NULL,
    sort_order integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.authorities_brief_formats OWNER TO biblivre;

--
-- TOC entry 174 (class 1259 OID 729321)
-- Dependencies: 2471 2472 2473 2474 8
-- Name: authorities_form_datafields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_form_datafields (
    datafield character(3) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    indicator_1 character varying,
    indicator_2 character varying,
    material_type character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.authorities_form_datafields OWNER TO biblivre;

--
-- TOC entry 175 (class 1259 OID 729331)
-- Dependencies: 2475 2476 2477 2478 2479 8
-- Name: authorities_form_subfields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_form_subfields (
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    autocomplete_type character varying DEFAULT 'disabled'::character varying NOT NULL
);


ALTER TABLE bib4template.authorities_form_subfields OWNER TO biblivre;

--
-- TOC entry 176 (class 1259 OID 729342)
-- Dependencies: 8
-- Name: authorities_idx_autocomplete; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_idx_autocomplete (
    id integer NOT NULL,
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    word character varying NOT NULL,
    phrase character varying NOT NULL,
    record_id integer
);


ALTER TABLE bib4template.authorities_idx_autocomplete OWNER TO biblivre;

--
-- TOC entry 177 (class 1259 OID 729348)
-- Dependencies: 8 176
-- Name: authorities_idx_autocomplete_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE authorities_idx_autocomplete_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.authorities_idx_autocomplete_id_seq OWNER TO biblivre;

--
-- TOC entry 2824 (class 0 OID 0)
-- Dependencies: 177
-- Name: authorities_idx_autocomplete_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE authorities_idx_autocomplete_id_seq OWNED BY authorities_idx_autocomplete.id;


--
-- TOC entry 178 (class 1259 OID 729350)
-- Dependencies: 8
-- Name: authorities_idx_fields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_idx_fields (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    word character varying NOT NULL,
    datafield integer NOT NULL
);


ALTER TABLE bib4template.authorities_idx_fields OWNER TO biblivre;

--
-- TOC entry 179 (class 1259 OID 729356)
-- Dependencies: 8
-- Name: authorities_idx_sort; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_idx_sort (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    phrase character varying,
    ignore_chars_count integer
);


ALTER TABLE bib4template.authorities_idx_sort OWNER TO biblivre;

--
-- TOC entry 180 (class 1259 OID 729362)
-- Dependencies: 2481 2482 2483 2484 8
-- Name: authorities_indexing_groups; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_indexing_groups (
    id integer NOT NULL,
    translation_key character varying NOT NULL,
    datafields text,
    sortable boolean DEFAULT false NOT NULL,
    default_sort boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.authorities_indexing_groups OWNER TO biblivre;

--
-- TOC entry 181 (class 1259 OID 729372)
-- Dependencies: 8 180
-- Name: authorities_indexing_groups_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE authorities_indexing_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.authorities_indexing_groups_id_seq OWNER TO biblivre;

--
-- TOC entry 2826 (class 0 OID 0)
-- Dependencies: 181
-- Name: authorities_indexing_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE authorities_indexing_groups_id_seq OWNED BY authorities_indexing_groups.id;


--
-- TOC entry 182 (class 1259 OID 729374)
-- Dependencies: 2486 2487 2488 8
-- Name: authorities_records; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_records (
    id integer NOT NULL,
    iso2709 text NOT NULL,
    material character varying(20),
    database character varying(10) DEFAULT 'main'::character varying NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.authorities_records OWNER TO biblivre;

--
-- TOC entry 183 (class 1259 OID 729383)
-- Dependencies: 8 182
-- Name: authorities_records_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE authorities_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.authorities_records_id_seq OWNER TO biblivre;

--
-- TOC entry 2828 (class 0 OID 0)
-- Dependencies: 183
-- Name: authorities_records_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE authorities_records_id_seq OWNED BY authorities_records.id;


--
-- TOC entry 184 (class 1259 OID 729385)
-- Dependencies: 8
-- Name: authorities_search_results; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_search_results (
    search_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    record_id integer NOT NULL
);


ALTER TABLE bib4template.authorities_search_results OWNER TO biblivre;

--
-- TOC entry 185 (class 1259 OID 729388)
-- Dependencies: 2490 8
-- Name: authorities_searches; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE authorities_searches (
    id integer NOT NULL,
    parameters text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.authorities_searches OWNER TO biblivre;

--
-- TOC entry 186 (class 1259 OID 729395)
-- Dependencies: 8 185
-- Name: authorities_searches_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE authorities_searches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.authorities_searches_id_seq OWNER TO biblivre;

--
-- TOC entry 2830 (class 0 OID 0)
-- Dependencies: 186
-- Name: authorities_searches_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE authorities_searches_id_seq OWNED BY authorities_searches.id;


--
-- TOC entry 187 (class 1259 OID 729397)
-- Dependencies: 2492 2493 8
-- Name: backups; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE backups (
    id integer NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    path character varying,
    schemas character varying NOT NULL,
    type character varying NOT NULL,
    scope character varying NOT NULL,
    downloaded boolean DEFAULT false NOT NULL,
    steps integer,
    current_step integer
);


ALTER TABLE bib4template.backups OWNER TO biblivre;

--
-- TOC entry 188 (class 1259 OID 729405)
-- Dependencies: 8 187
-- Name: backups_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE backups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.backups_id_seq OWNER TO biblivre;

--
-- TOC entry 2832 (class 0 OID 0)
-- Dependencies: 188
-- Name: backups_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE backups_id_seq OWNED BY backups.id;


--
-- TOC entry 189 (class 1259 OID 729407)
-- Dependencies: 2495 2496 8
-- Name: biblio_brief_formats; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_brief_formats (
    datafield character(3) NOT NULL,
    format text NOT NULL,
    sort_order integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.biblio_brief_formats OWNER TO biblivre;

--
-- TOC entry 190 (class 1259 OID 729415)
-- Dependencies: 2497 2498 2499 2500 8
-- Name: biblio_form_datafields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_form_datafields (
    datafield character(3) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    indicator_1 character varying,
    indicator_2 character varying,
    material_type character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.biblio_form_datafields OWNER TO biblivre;

--
-- TOC entry 191 (class 1259 OID 729425)
-- Dependencies: 2501 2502 2503 2504 2505 8
-- Name: biblio_form_subfields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_form_subfields (
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    autocomplete_type character varying DEFAULT 'disabled'::character varying NOT NULL
);


ALTER TABLE bib4template.biblio_form_subfields OWNER TO biblivre;

--
-- TOC entry 192 (class 1259 OID 729436)
-- Dependencies: 2506 2507 2508 2509 2510 8
-- Name: biblio_holdings; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_holdings (
    id integer NOT NULL,
    record_id integer NOT NULL,
    iso2709 text NOT NULL,
    database character varying(10) DEFAULT 'main'::character varying NOT NULL,
    accession_number character varying NOT NULL,
    location_d character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    material character varying(20),
    availability character varying DEFAULT 'available'::character varying NOT NULL,
    label_printed boolean DEFAULT false
);


ALTER TABLE bib4template.biblio_holdings OWNER TO biblivre;

--
-- TOC entry 193 (class 1259 OID 729447)
-- Dependencies: 8 192
-- Name: biblio_holdings_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE biblio_holdings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.biblio_holdings_id_seq OWNER TO biblivre;

--
-- TOC entry 2834 (class 0 OID 0)
-- Dependencies: 193
-- Name: biblio_holdings_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE biblio_holdings_id_seq OWNED BY biblio_holdings.id;


--
-- TOC entry 194 (class 1259 OID 729449)
-- Dependencies: 8
-- Name: biblio_idx_autocomplete; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_idx_autocomplete (
    id integer NOT NULL,
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    word character varying NOT NULL,
    phrase character varying NOT NULL,
    record_id integer
);


ALTER TABLE bib4template.biblio_idx_autocomplete OWNER TO biblivre;

--
-- TOC entry 195 (class 1259 OID 729455)
-- Dependencies: 8 194
-- Name: biblio_idx_autocomplete_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE biblio_idx_autocomplete_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.biblio_idx_autocomplete_id_seq OWNER TO biblivre;

--
-- TOC entry 2836 (class 0 OID 0)
-- Dependencies: 195
-- Name: biblio_idx_autocomplete_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE biblio_idx_autocomplete_id_seq OWNED BY biblio_idx_autocomplete.id;

--
-- TOC entry 196 (class 1259 OID 729457)
-- Dependencies: 8
-- Name: biblio_idx_fields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_idx_fields (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    word character varying NOT NULL,
    datafield integer NOT NULL
);


ALTER TABLE bib4template.biblio_idx_fields OWNER TO biblivre;

--
-- TOC entry 197 (class 1259 OID 729463)
-- Dependencies: 8
-- Name: biblio_idx_sort; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_idx_sort (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    phrase character varying,
    ignore_chars_count integer
);


ALTER TABLE bib4template.biblio_idx_sort OWNER TO biblivre;

--
-- TOC entry 198 (class 1259 OID 729469)
-- Dependencies: 2513 2514 2515 2516 8
-- Name: biblio_indexing_groups; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_indexing_groups (
    id integer NOT NULL,
    translation_key character varying NOT NULL,
    datafields text,
    sortable boolean DEFAULT false NOT NULL,
    default_sort boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.biblio_indexing_groups OWNER TO biblivre;

--
-- TOC entry 199 (class 1259 OID 729479)
-- Dependencies: 8 198
-- Name: biblio_indexing_groups_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE biblio_indexing_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.biblio_indexing_groups_id_seq OWNER TO biblivre;

--
-- TOC entry 2838 (class 0 OID 0)
-- Dependencies: 199
-- Name: biblio_indexing_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE biblio_indexing_groups_id_seq OWNED BY biblio_indexing_groups.id;


--
-- TOC entry 200 (class 1259 OID 729481)
-- Dependencies: 2518 2519 2520 8
-- Name: biblio_records; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_records (
    id integer NOT NULL,
    iso2709 text NOT NULL,
    material character varying(20),
    database character varying(10) DEFAULT 'main'::character varying NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.biblio_records OWNER TO biblivre;

--
-- TOC entry 201 (class 1259 OID 729490)
-- Dependencies: 8 200
-- Name: biblio_records_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE biblio_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.biblio_records_id_seq OWNER TO biblivre;

--
-- TOC entry 2840 (class 0 OID 0)
-- Dependencies: 201
-- Name: biblio_records_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE biblio_records_id_seq OWNED BY biblio_records.id;


--
-- TOC entry 202 (class 1259 OID 729492)
-- Dependencies: 8
-- Name: biblio_search_results; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_search_results (
    search_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    record_id integer NOT NULL
);


ALTER TABLE bib4template.biblio_search_results OWNER TO biblivre;

--
-- TOC entry 203 (class 1259 OID 729495)
-- Dependencies: 2522 8
-- Name: biblio_searches; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE biblio_searches (
    id integer NOT NULL,
    parameters text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.biblio_searches OWNER TO biblivre;

--
-- TOC entry 204 (class 1259 OID 729502)
-- Dependencies: 8 203
-- Name: biblio_searches_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE biblio_searches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.biblio_searches_id_seq OWNER TO biblivre;

--
-- TOC entry 2842 (class 0 OID 0)
-- Dependencies: 204
-- Name: biblio_searches_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE biblio_searches_id_seq OWNED BY biblio_searches.id;


--
-- TOC entry 205 (class 1259 OID 729504)
-- Dependencies: 2524 2525 2526 8
-- Name: configurations; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE configurations (
    key character varying NOT NULL,
    value character varying NOT NULL,
    type character varying DEFAULT 'string'::character varying NOT NULL,
    required boolean DEFAULT false NOT NULL,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.configurations OWNER TO biblivre;

--
-- TOC entry 206 (class 1259 OID 729513)
-- Dependencies: 2527 8
-- Name: digital_media; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE digital_media (
    id integer NOT NULL,
    name character varying,
    blob oid NOT NULL,
    content_type character varying,
    size bigint,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.digital_media OWNER TO biblivre;

--
-- TOC entry 207 (class 1259 OID 729520)
-- Dependencies: 8 206
-- Name: digital_media_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE digital_media_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.digital_media_id_seq OWNER TO biblivre;

--
-- TOC entry 2844 (class 0 OID 0)
-- Dependencies: 207
-- Name: digital_media_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE digital_media_id_seq OWNED BY digital_media.id;


--
-- TOC entry 208 (class 1259 OID 729522)
-- Dependencies: 2529 8
-- Name: holding_creation_counter; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE holding_creation_counter (
    id integer NOT NULL,
    user_name character varying(255) NOT NULL,
    user_login character varying(100),
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer NOT NULL
);


ALTER TABLE bib4template.holding_creation_counter OWNER TO biblivre;

--
-- TOC entry 209 (class 1259 OID 729526)
-- Dependencies: 8 208
-- Name: holding_creation_counter_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE holding_creation_counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.holding_creation_counter_id_seq OWNER TO biblivre;

--
-- TOC entry 2846 (class 0 OID 0)
-- Dependencies: 209
-- Name: holding_creation_counter_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE holding_creation_counter_id_seq OWNED BY holding_creation_counter.id;


--
-- TOC entry 210 (class 1259 OID 729528)
-- Dependencies: 2531 2532 2533 2534 8
-- Name: holding_form_datafields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE holding_form_datafields (
    datafield character(3) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    indicator_1 character varying,
    indicator_2 character varying,
    material_type character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.holding_form_datafields OWNER TO biblivre;

--
-- TOC entry 211 (class 1259 OID 729538)
-- Dependencies: 2535 2536 2537 2538 2539 8
-- Name: holding_form_subfields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE holding_form_subfields (
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    autocomplete_type character varying DEFAULT 'disabled'::character varying NOT NULL
);


ALTER TABLE bib4template.holding_form_subfields OWNER TO biblivre;

--
-- TOC entry 212 (class 1259 OID 729549)
-- Dependencies: 2540 8
-- Name: lending_fines; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE lending_fines (
    id integer NOT NULL,
    lending_id integer NOT NULL,
    user_id integer NOT NULL,
    fine_value real NOT NULL,
    payment_date timestamp without time zone,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.lending_fines OWNER TO biblivre;

--
-- TOC entry 213 (class 1259 OID 729553)
-- Dependencies: 212 8
-- Name: lending_fines_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE lending_fines_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.lending_fines_id_seq OWNER TO biblivre;

--
-- TOC entry 2848 (class 0 OID 0)
-- Dependencies: 213
-- Name: lending_fines_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE lending_fines_id_seq OWNED BY lending_fines.id;


--
-- TOC entry 214 (class 1259 OID 729555)
-- Dependencies: 2542 8
-- Name: lendings; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE lendings (
    id integer NOT NULL,
    holding_id integer NOT NULL,
    user_id integer NOT NULL,
    previous_lending_id integer,
    expected_return_date timestamp without time zone,
    return_date timestamp without time zone,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.lendings OWNER TO biblivre;

--
-- TOC entry 215 (class 1259 OID 729559)
-- Dependencies: 8 214
-- Name: lendings_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE lendings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.lendings_id_seq OWNER TO biblivre;

--
-- TOC entry 2850 (class 0 OID 0)
-- Dependencies: 215
-- Name: lendings_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE lendings_id_seq OWNED BY lendings.id;


--
-- TOC entry 216 (class 1259 OID 729561)
-- Dependencies: 2544 2545 2546 8
-- Name: logins; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE logins (
    id integer NOT NULL,
    login character varying NOT NULL,
    employee boolean DEFAULT false NOT NULL,
    password text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.logins OWNER TO biblivre;

--
-- TOC entry 217 (class 1259 OID 729570)
-- Dependencies: 8 216
-- Name: logins_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE logins_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.logins_id_seq OWNER TO biblivre;

--
-- TOC entry 2852 (class 0 OID 0)
-- Dependencies: 217
-- Name: logins_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE logins_id_seq OWNED BY logins.id;


--
-- TOC entry 218 (class 1259 OID 729572)
-- Dependencies: 2548 2549 2550 2551 8
-- Name: orders; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE orders (
    id integer NOT NULL,
    info text,
    status character varying,
    invoice_number character varying,
    receipt_date timestamp without time zone DEFAULT now(),
    total_value numeric,
    delivered_quantity integer,
    terms_of_payment character varying,
    deadline_date timestamp without time zone DEFAULT now() NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    quotation_id integer NOT NULL
);


ALTER TABLE bib4template.orders OWNER TO biblivre;

--
-- TOC entry 219 (class 1259 OID 729582)
-- Dependencies: 8 218
-- Name: orders_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.orders_id_seq OWNER TO biblivre;

--
-- TOC entry 2854 (class 0 OID 0)
-- Dependencies: 219
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE orders_id_seq OWNED BY orders.id;


--
-- TOC entry 220 (class 1259 OID 729584)
-- Dependencies: 8
-- Name: permissions; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE permissions (
    login_id integer NOT NULL,
    permission character varying(80) NOT NULL
);


ALTER TABLE bib4template.permissions OWNER TO biblivre;

--
-- TOC entry 221 (class 1259 OID 729587)
-- Dependencies: 8
-- Name: quotations_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE quotations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.quotations_id_seq OWNER TO biblivre;

--
-- TOC entry 222 (class 1259 OID 729589)
-- Dependencies: 2553 2554 2555 8
-- Name: quotations; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE quotations (
    id integer DEFAULT nextval('quotations_id_seq'::regclass) NOT NULL,
    supplier_id integer NOT NULL,
    response_date timestamp without time zone,
    expiration_date timestamp without time zone,
    delivery_time integer,
    info text,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.quotations OWNER TO biblivre;

--
-- TOC entry 223 (class 1259 OID 729598)
-- Dependencies: 8
-- Name: request_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE request_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.request_id_seq OWNER TO biblivre;

--
-- TOC entry 224 (class 1259 OID 729600)
-- Dependencies: 8
-- Name: request_quotation; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE request_quotation (
    request_id integer NOT NULL,
    quotation_id integer NOT NULL,
    quotation_quantity integer,
    unit_value numeric,
    response_quantity integer
);


ALTER TABLE bib4template.request_quotation OWNER TO biblivre;

--
-- TOC entry 225 (class 1259 OID 729606)
-- Dependencies: 2556 2557 2558 8
-- Name: requests; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE requests (
    id integer DEFAULT nextval('request_id_seq'::regclass) NOT NULL,
    requester character varying,
    author character varying,
    item_title character varying,
    item_subtitle character varying,
    edition_number character varying,
    publisher character varying,
    info text,
    status character varying,
    quantity integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.requests OWNER TO biblivre;

--
-- TOC entry 226 (class 1259 OID 729615)
-- Dependencies: 2559 8
-- Name: reservations; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE reservations (
    id integer NOT NULL,
    record_id integer NOT NULL,
    user_id integer NOT NULL,
    expires timestamp without time zone,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.reservations OWNER TO biblivre;

--
-- TOC entry 227 (class 1259 OID 729619)
-- Dependencies: 226 8
-- Name: reservations_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE reservations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.reservations_id_seq OWNER TO biblivre;

--
-- TOC entry 2858 (class 0 OID 0)
-- Dependencies: 227
-- Name: reservations_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE reservations_id_seq OWNED BY reservations.id;


--
-- TOC entry 228 (class 1259 OID 729621)
-- Dependencies: 8
-- Name: supplier_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE supplier_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.supplier_id_seq OWNER TO biblivre;

--
-- TOC entry 229 (class 1259 OID 729623)
-- Dependencies: 2561 2562 2563 8
-- Name: suppliers; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE suppliers (
    id integer DEFAULT nextval('supplier_id_seq'::regclass) NOT NULL,
    trademark character varying NOT NULL,
    supplier_name character varying,
    supplier_number character varying NOT NULL,
    vat_registration_number character varying,
    address character varying,
    address_number character varying,
    address_complement character varying,
    area character varying,
    city character varying,
    state character varying,
    country character varying,
    zip_code character varying,
    telephone_1 character varying,
    telephone_2 character varying,
    telephone_3 character varying,
    telephone_4 character varying,
    contact_1 character varying,
    contact_2 character varying,
    contact_3 character varying,
    contact_4 character varying,
    info character varying,
    url character varying,
    email character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.suppliers OWNER TO biblivre;

--
-- TOC entry 230 (class 1259 OID 729632)
-- Dependencies: 2564 2565 2566 8
-- Name: translations; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE translations (
    language character varying NOT NULL,
    key character varying NOT NULL,
    text text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    user_created boolean DEFAULT false NOT NULL
);


ALTER TABLE bib4template.translations OWNER TO biblivre;

--
-- TOC entry 231 (class 1259 OID 729641)
-- Dependencies: 2567 2568 2569 8
-- Name: users; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE users (
    id integer NOT NULL,
    name character varying NOT NULL,
    type integer,
    photo_id character varying,
    status character varying NOT NULL,
    login_id integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    user_card_printed boolean DEFAULT false,
	name_ascii character varying
);


ALTER TABLE bib4template.users OWNER TO biblivre;

--
-- TOC entry 232 (class 1259 OID 729650)
-- Dependencies: 2571 2572 2573 2574 8
-- Name: users_fields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE users_fields (
    key character varying NOT NULL,
    type character varying NOT NULL,
    required boolean DEFAULT false NOT NULL,
    max_length integer DEFAULT 0 NOT NULL,
    sort_order integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.users_fields OWNER TO biblivre;

--
-- TOC entry 233 (class 1259 OID 729660)
-- Dependencies: 8 231
-- Name: users_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.users_id_seq OWNER TO biblivre;

--
-- TOC entry 2861 (class 0 OID 0)
-- Dependencies: 233
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE users_id_seq OWNED BY users.id;


--
-- TOC entry 234 (class 1259 OID 729662)
-- Dependencies: 2575 2576 2577 8
-- Name: users_types; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE users_types (
    id integer NOT NULL,
    name character varying NOT NULL,
    description character varying,
    lending_limit integer,
    reservation_limit integer,
    lending_time_limit integer,
    reservation_time_limit integer,
    fine_value real DEFAULT 0.00 NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.users_types OWNER TO biblivre;

--
-- TOC entry 235 (class 1259 OID 729671)
-- Dependencies: 234 8
-- Name: users_types_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE users_types_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.users_types_id_seq OWNER TO biblivre;

--
-- TOC entry 2863 (class 0 OID 0)
-- Dependencies: 235
-- Name: users_types_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE users_types_id_seq OWNED BY users_types.id;


--
-- TOC entry 236 (class 1259 OID 729673)
-- Dependencies: 8
-- Name: users_values; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE users_values (
    user_id integer NOT NULL,
    key character varying NOT NULL,
    value character varying NOT NULL,
    ascii character varying
);


ALTER TABLE bib4template.users_values OWNER TO biblivre;

--
-- TOC entry 237 (class 1259 OID 729679)
-- Dependencies: 2579 2580 8
-- Name: vocabulary_brief_formats; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_brief_formats (
    datafield character(3) NOT NULL,
    format text NOT NULL,
    sort_order integer,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.vocabulary_brief_formats OWNER TO biblivre;

--
-- TOC entry 238 (class 1259 OID 729687)
-- Dependencies: 2581 2582 2583 2584 8
-- Name: vocabulary_form_datafields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_form_datafields (
    datafield character(3) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    indicator_1 character varying,
    indicator_2 character varying,
    material_type character varying,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.vocabulary_form_datafields OWNER TO biblivre;

--
-- TOC entry 239 (class 1259 OID 729697)
-- Dependencies: 2585 2586 2587 2588 2589 8
-- Name: vocabulary_form_subfields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_form_subfields (
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    collapsed boolean DEFAULT false NOT NULL,
    repeatable boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer,
    autocomplete_type character varying DEFAULT 'disabled'::character varying NOT NULL
);


ALTER TABLE bib4template.vocabulary_form_subfields OWNER TO biblivre;

--
-- TOC entry 240 (class 1259 OID 729708)
-- Dependencies: 8
-- Name: vocabulary_idx_autocomplete; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_idx_autocomplete (
    id integer NOT NULL,
    datafield character(3) NOT NULL,
    subfield character(1) NOT NULL,
    word character varying NOT NULL,
    phrase character varying NOT NULL,
    record_id integer
);


ALTER TABLE bib4template.vocabulary_idx_autocomplete OWNER TO biblivre;

--
-- TOC entry 241 (class 1259 OID 729714)
-- Dependencies: 8 240
-- Name: vocabulary_idx_autocomplete_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE vocabulary_idx_autocomplete_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.vocabulary_idx_autocomplete_id_seq OWNER TO biblivre;

--
-- TOC entry 2865 (class 0 OID 0)
-- Dependencies: 241
-- Name: vocabulary_idx_autocomplete_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE vocabulary_idx_autocomplete_id_seq OWNED BY vocabulary_idx_autocomplete.id;


--
-- TOC entry 242 (class 1259 OID 729716)
-- Dependencies: 8
-- Name: vocabulary_idx_fields; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_idx_fields (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    word character varying NOT NULL,
    datafield integer NOT NULL
);


ALTER TABLE bib4template.vocabulary_idx_fields OWNER TO biblivre;

--
-- TOC entry 243 (class 1259 OID 729722)
-- Dependencies: 8
-- Name: vocabulary_idx_sort; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_idx_sort (
    record_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    phrase character varying,
    ignore_chars_count integer
);


ALTER TABLE bib4template.vocabulary_idx_sort OWNER TO biblivre;

--
-- TOC entry 244 (class 1259 OID 729728)
-- Dependencies: 2591 2592 2593 2594 8
-- Name: vocabulary_indexing_groups; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_indexing_groups (
    id integer NOT NULL,
    translation_key character varying NOT NULL,
    datafields text,
    sortable boolean DEFAULT false NOT NULL,
    default_sort boolean DEFAULT false NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.vocabulary_indexing_groups OWNER TO biblivre;

--
-- TOC entry 245 (class 1259 OID 729738)
-- Dependencies: 244 8
-- Name: vocabulary_indexing_groups_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE vocabulary_indexing_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.vocabulary_indexing_groups_id_seq OWNER TO biblivre;

--
-- TOC entry 2867 (class 0 OID 0)
-- Dependencies: 245
-- Name: vocabulary_indexing_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE vocabulary_indexing_groups_id_seq OWNED BY vocabulary_indexing_groups.id;


--
-- TOC entry 246 (class 1259 OID 729740)
-- Dependencies: 2596 2597 2598 8
-- Name: vocabulary_records; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_records (
    id integer NOT NULL,
    iso2709 text NOT NULL,
    material character varying(20),
    database character varying(10) DEFAULT 'main'::character varying NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer,
    modified timestamp without time zone DEFAULT now() NOT NULL,
    modified_by integer
);


ALTER TABLE bib4template.vocabulary_records OWNER TO biblivre;

--
-- TOC entry 247 (class 1259 OID 729749)
-- Dependencies: 8 246
-- Name: vocabulary_records_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE vocabulary_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.vocabulary_records_id_seq OWNER TO biblivre;

--
-- TOC entry 2869 (class 0 OID 0)
-- Dependencies: 247
-- Name: vocabulary_records_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE vocabulary_records_id_seq OWNED BY vocabulary_records.id;


--
-- TOC entry 248 (class 1259 OID 729751)
-- Dependencies: 8
-- Name: vocabulary_search_results; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_search_results (
    search_id integer NOT NULL,
    indexing_group_id integer NOT NULL,
    record_id integer NOT NULL
);


ALTER TABLE bib4template.vocabulary_search_results OWNER TO biblivre;

--
-- TOC entry 249 (class 1259 OID 729754)
-- Dependencies: 2600 8
-- Name: vocabulary_searches; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE vocabulary_searches (
    id integer NOT NULL,
    parameters text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by integer
);


ALTER TABLE bib4template.vocabulary_searches OWNER TO biblivre;

--
-- TOC entry 250 (class 1259 OID 729761)
-- Dependencies: 8 249
-- Name: vocabulary_searches_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE vocabulary_searches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.vocabulary_searches_id_seq OWNER TO biblivre;

--
-- TOC entry 2871 (class 0 OID 0)
-- Dependencies: 250
-- Name: vocabulary_searches_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE vocabulary_searches_id_seq OWNED BY vocabulary_searches.id;


--
-- TOC entry 251 (class 1259 OID 729763)
-- Dependencies: 2602 8
-- Name: z3950_addresses; Type: TABLE; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE TABLE z3950_addresses (
    id integer NOT NULL,
    name character varying NOT NULL,
    url character varying NOT NULL,
    port integer NOT NULL,
    collection character varying DEFAULT 'default'::character varying NOT NULL
);


ALTER TABLE bib4template.z3950_addresses OWNER TO biblivre;

--
-- TOC entry 252 (class 1259 OID 729770)
-- Dependencies: 8 251
-- Name: z3950_addresses_id_seq; Type: SEQUENCE; Schema: bib4template; Owner: biblivre
--

CREATE SEQUENCE z3950_addresses_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE bib4template.z3950_addresses_id_seq OWNER TO biblivre;

--
-- TOC entry 2873 (class 0 OID 0)
-- Dependencies: 252
-- Name: z3950_addresses_id_seq; Type: SEQUENCE OWNED BY; Schema: bib4template; Owner: biblivre
--

ALTER SEQUENCE z3950_addresses_id_seq OWNED BY z3950_addresses.id;


--
-- TOC entry 2480 (class 2604 OID 729772)
-- Dependencies: 177 176
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY authorities_idx_autocomplete ALTER COLUMN id SET DEFAULT nextval('authorities_idx_autocomplete_id_seq'::regclass);


--
-- TOC entry 2485 (class 2604 OID 729773)
-- Dependencies: 181 180
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY authorities_indexing_groups ALTER COLUMN id SET DEFAULT nextval('authorities_indexing_groups_id_seq'::regclass);


--
-- TOC entry 2489 (class 2604 OID 729774)
-- Dependencies: 183 182
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY authorities_records ALTER COLUMN id SET DEFAULT nextval('authorities_records_id_seq'::regclass);


--
-- TOC entry 2491 (class 2604 OID 729775)
-- Dependencies: 186 185
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY authorities_searches ALTER COLUMN id SET DEFAULT nextval('authorities_searches_id_seq'::regclass);


--
-- TOC entry 2494 (class 2604 OID 729776)
-- Dependencies: 188 187
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY backups ALTER COLUMN id SET DEFAULT nextval('backups_id_seq'::regclass);


--
-- TOC entry 2511 (class 2604 OID 729777)
-- Dependencies: 193 192
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_holdings ALTER COLUMN id SET DEFAULT nextval('biblio_holdings_id_seq'::regclass);


--
-- TOC entry 2512 (class 2604 OID 729778)
-- Dependencies: 195 194
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_idx_autocomplete ALTER COLUMN id SET DEFAULT nextval('biblio_idx_autocomplete_id_seq'::regclass);


--
-- TOC entry 2517 (class 2604 OID 729779)
-- Dependencies: 199 198
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_indexing_groups ALTER COLUMN id SET DEFAULT nextval('biblio_indexing_groups_id_seq'::regclass);


--
-- TOC entry 2521 (class 2604 OID 729780)
-- Dependencies: 201 200
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_records ALTER COLUMN id SET DEFAULT nextval('biblio_records_id_seq'::regclass);


--
-- TOC entry 2523 (class 2604 OID 729781)
-- Dependencies: 204 203
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_searches ALTER COLUMN id SET DEFAULT nextval('biblio_searches_id_seq'::regclass);


--
-- TOC entry 2528 (class 2604 OID 729782)
-- Dependencies: 207 206
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY digital_media ALTER COLUMN id SET DEFAULT nextval('digital_media_id_seq'::regclass);


--
-- TOC entry 2530 (class 2604 OID 729783)
-- Dependencies: 209 208
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY holding_creation_counter ALTER COLUMN id SET DEFAULT nextval('holding_creation_counter_id_seq'::regclass);


--
-- TOC entry 2541 (class 2604 OID 729784)
-- Dependencies: 213 212
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lending_fines ALTER COLUMN id SET DEFAULT nextval('lending_fines_id_seq'::regclass);


--
-- TOC entry 2543 (class 2604 OID 729785)
-- Dependencies: 215 214
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lendings ALTER COLUMN id SET DEFAULT nextval('lendings_id_seq'::regclass);


--
-- TOC entry 2547 (class 2604 OID 729786)
-- Dependencies: 217 216
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY logins ALTER COLUMN id SET DEFAULT nextval('logins_id_seq'::regclass);


--
-- TOC entry 2552 (class 2604 OID 729787)
-- Dependencies: 219 218
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY orders ALTER COLUMN id SET DEFAULT nextval('orders_id_seq'::regclass);


--
-- TOC entry 2560 (class 2604 OID 729788)
-- Dependencies: 227 226
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY reservations ALTER COLUMN id SET DEFAULT nextval('reservations_id_seq'::regclass);


--
-- TOC entry 2570 (class 2604 OID 729789)
-- Dependencies: 233 231
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY users ALTER COLUMN id SET DEFAULT nextval('users_id_seq'::regclass);


--
-- TOC entry 2578 (class 2604 OID 729790)
-- Dependencies: 235 234
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY users_types ALTER COLUMN id SET DEFAULT nextval('users_types_id_seq'::regclass);


--
-- TOC entry 2590 (class 2604 OID 729791)
-- Dependencies: 241 240
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY vocabulary_idx_autocomplete ALTER COLUMN id SET DEFAULT nextval('vocabulary_idx_autocomplete_id_seq'::regclass);


--
-- TOC entry 2595 (class 2604 OID 729792)
-- Dependencies: 245 244
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY vocabulary_indexing_groups ALTER COLUMN id SET DEFAULT nextval('vocabulary_indexing_groups_id_seq'::regclass);


--
-- TOC entry 2599 (class 2604 OID 729793)
-- Dependencies: 247 246
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY vocabulary_records ALTER COLUMN id SET DEFAULT nextval('vocabulary_records_id_seq'::regclass);


--
-- TOC entry 2601 (class 2604 OID 729794)
-- Dependencies: 250 249
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY vocabulary_searches ALTER COLUMN id SET DEFAULT nextval('vocabulary_searches_id_seq'::regclass);


--
-- TOC entry 2603 (class 2604 OID 729795)
-- Dependencies: 252 251
-- Name: id; Type: DEFAULT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY z3950_addresses ALTER COLUMN id SET DEFAULT nextval('z3950_addresses_id_seq'::regclass);


--
-- TOC entry 2605 (class 2606 OID 729797)
-- Dependencies: 170 170
-- Name: PK_access_cards; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY access_cards
    ADD CONSTRAINT "PK_access_cards" PRIMARY KEY (id);


--
-- TOC entry 2611 (class 2606 OID 729799)
-- Dependencies: 172 172
-- Name: PK_access_control; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY access_control
    ADD CONSTRAINT "PK_access_control" PRIMARY KEY (id);


--
-- TOC entry 2614 (class 2606 OID 729801)
-- Dependencies: 173 173
-- Name: PK_authorities_brief_formats; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_brief_formats
    ADD CONSTRAINT "PK_authorities_brief_formats" PRIMARY KEY (datafield);


--
-- TOC entry 2616 (class 2606 OID 729803)
-- Dependencies: 174 174
-- Name: PK_authorities_form_datafields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_form_datafields
    ADD CONSTRAINT "PK_authorities_form_datafields" PRIMARY KEY (datafield);


--
-- TOC entry 2618 (class 2606 OID 729805)
-- Dependencies: 175 175 175
-- Name: PK_authorities_form_subfields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_form_subfields
    ADD CONSTRAINT "PK_authorities_form_subfields" PRIMARY KEY (datafield, subfield);


--
-- TOC entry 2622 (class 2606 OID 729807)
-- Dependencies: 176 176
-- Name: PK_authorities_idx_autocomplete; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_idx_autocomplete
    ADD CONSTRAINT "PK_authorities_idx_autocomplete" PRIMARY KEY (id);


--
-- TOC entry 2625 (class 2606 OID 729809)
-- Dependencies: 178 178 178 178 178
-- Name: PK_authorities_idx_fields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_idx_fields
    ADD CONSTRAINT "PK_authorities_idx_fields" PRIMARY KEY (record_id, indexing_group_id, word, datafield);


--
-- TOC entry 2627 (class 2606 OID 729811)
-- Dependencies: 179 179 179
-- Name: PK_authorities_idx_sort; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_idx_sort
    ADD CONSTRAINT "PK_authorities_idx_sort" PRIMARY KEY (record_id, indexing_group_id);


--
-- TOC entry 2629 (class 2606 OID 729813)
-- Dependencies: 180 180
-- Name: PK_authorities_indexing_groups; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_indexing_groups
    ADD CONSTRAINT "PK_authorities_indexing_groups" PRIMARY KEY (id);


--
-- TOC entry 2631 (class 2606 OID 729815)
-- Dependencies: 182 182
-- Name: PK_authorities_records; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_records
    ADD CONSTRAINT "PK_authorities_records" PRIMARY KEY (id);


--
-- TOC entry 2634 (class 2606 OID 729817)
-- Dependencies: 184 184 184 184
-- Name: PK_authorities_search_results; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_search_results
    ADD CONSTRAINT "PK_authorities_search_results" PRIMARY KEY (search_id, indexing_group_id, record_id);


--
-- TOC entry 2636 (class 2606 OID 729819)
-- Dependencies: 185 185
-- Name: PK_authorities_searches; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY authorities_searches
    ADD CONSTRAINT "PK_authorities_searches" PRIMARY KEY (id);


--
-- TOC entry 2638 (class 2606 OID 729821)
-- Dependencies: 187 187
-- Name: PK_backups; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY backups
    ADD CONSTRAINT "PK_backups" PRIMARY KEY (id);


--
-- TOC entry 2640 (class 2606 OID 729823)
-- Dependencies: 189 189
-- Name: PK_biblio_brief_formats; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_brief_formats
    ADD CONSTRAINT "PK_biblio_brief_formats" PRIMARY KEY (datafield);


--
-- TOC entry 2642 (class 2606 OID 729825)
-- Dependencies: 190 190
-- Name: PK_biblio_form_datafields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_form_datafields
    ADD CONSTRAINT "PK_biblio_form_datafields" PRIMARY KEY (datafield);


--
-- TOC entry 2644 (class 2606 OID 729827)
-- Dependencies: 191 191 191
-- Name: PK_biblio_form_subfields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_form_subfields
    ADD CONSTRAINT "PK_biblio_form_subfields" PRIMARY KEY (datafield, subfield);


--
-- TOC entry 2653 (class 2606 OID 729829)
-- Dependencies: 194 194
-- Name: PK_biblio_idx_autocomplete; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_idx_autocomplete
    ADD CONSTRAINT "PK_biblio_idx_autocomplete" PRIMARY KEY (id);


--
-- TOC entry 2656 (class 2606 OID 729831)
-- Dependencies: 196 196 196 196 196
-- Name: PK_biblio_idx_fields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_idx_fields
    ADD CONSTRAINT "PK_biblio_idx_fields" PRIMARY KEY (record_id, indexing_group_id, word, datafield);


--
-- TOC entry 2658 (class 2606 OID 729833)
-- Dependencies: 197 197 197
-- Name: PK_biblio_idx_sort; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_idx_sort
    ADD CONSTRAINT "PK_biblio_idx_sort" PRIMARY KEY (record_id, indexing_group_id);


--
-- TOC entry 2660 (class 2606 OID 729835)
-- Dependencies: 198 198
-- Name: PK_biblio_indexing_groups; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_indexing_groups
    ADD CONSTRAINT "PK_biblio_indexing_groups" PRIMARY KEY (id);


--
-- TOC entry 2662 (class 2606 OID 729837)
-- Dependencies: 200 200
-- Name: PK_biblio_records; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_records
    ADD CONSTRAINT "PK_biblio_records" PRIMARY KEY (id);


--
-- TOC entry 2665 (class 2606 OID 729839)
-- Dependencies: 202 202 202 202
-- Name: PK_biblio_search_results; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_search_results
    ADD CONSTRAINT "PK_biblio_search_results" PRIMARY KEY (search_id, indexing_group_id, record_id);


--
-- TOC entry 2667 (class 2606 OID 729841)
-- Dependencies: 203 203
-- Name: PK_biblio_searches; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_searches
    ADD CONSTRAINT "PK_biblio_searches" PRIMARY KEY (id);


--
-- TOC entry 2669 (class 2606 OID 729843)
-- Dependencies: 205 205
-- Name: PK_configurations; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY configurations
    ADD CONSTRAINT "PK_configurations" PRIMARY KEY (key);


--
-- TOC entry 2671 (class 2606 OID 729845)
-- Dependencies: 206 206
-- Name: PK_digital_media; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY digital_media
    ADD CONSTRAINT "PK_digital_media" PRIMARY KEY (id);


--
-- TOC entry 2673 (class 2606 OID 729847)
-- Dependencies: 208 208
-- Name: PK_holding_creation_counter; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY holding_creation_counter
    ADD CONSTRAINT "PK_holding_creation_counter" PRIMARY KEY (id);


--
-- TOC entry 2675 (class 2606 OID 729849)
-- Dependencies: 210 210
-- Name: PK_holding_form_datafields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY holding_form_datafields
    ADD CONSTRAINT "PK_holding_form_datafields" PRIMARY KEY (datafield);


--
-- TOC entry 2677 (class 2606 OID 729851)
-- Dependencies: 211 211 211
-- Name: PK_holding_form_subfields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY holding_form_subfields
    ADD CONSTRAINT "PK_holding_form_subfields" PRIMARY KEY (datafield, subfield);


--
-- TOC entry 2679 (class 2606 OID 729853)
-- Dependencies: 212 212
-- Name: PK_lending_fines; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY lending_fines
    ADD CONSTRAINT "PK_lending_fines" PRIMARY KEY (id);


--
-- TOC entry 2683 (class 2606 OID 729855)
-- Dependencies: 216 216
-- Name: PK_logins; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY logins
    ADD CONSTRAINT "PK_logins" PRIMARY KEY (id);


--
-- TOC entry 2687 (class 2606 OID 729857)
-- Dependencies: 218 218
-- Name: PK_order; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY orders
    ADD CONSTRAINT "PK_order" PRIMARY KEY (id);


--
-- TOC entry 2689 (class 2606 OID 729859)
-- Dependencies: 220 220 220
-- Name: PK_permissions; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY permissions
    ADD CONSTRAINT "PK_permissions" PRIMARY KEY (login_id, permission);


--
-- TOC entry 2691 (class 2606 OID 729861)
-- Dependencies: 222 222
-- Name: PK_quotations; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY quotations
    ADD CONSTRAINT "PK_quotations" PRIMARY KEY (id);


--
-- TOC entry 2695 (class 2606 OID 729863)
-- Dependencies: 225 225
-- Name: PK_request; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY requests
    ADD CONSTRAINT "PK_request" PRIMARY KEY (id);


--
-- TOC entry 2693 (class 2606 OID 729865)
-- Dependencies: 224 224 224
-- Name: PK_request_quotation; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY request_quotation
    ADD CONSTRAINT "PK_request_quotation" PRIMARY KEY (request_id, quotation_id);


--
-- TOC entry 2699 (class 2606 OID 729867)
-- Dependencies: 229 229
-- Name: PK_supplier; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY suppliers
    ADD CONSTRAINT "PK_supplier" PRIMARY KEY (id);


--
-- TOC entry 2701 (class 2606 OID 729869)
-- Dependencies: 230 230 230
-- Name: PK_translations; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY translations
    ADD CONSTRAINT "PK_translations" PRIMARY KEY (language, key);


--
-- TOC entry 2706 (class 2606 OID 729871)
-- Dependencies: 232 232
-- Name: PK_users_fields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY users_fields
    ADD CONSTRAINT "PK_users_fields" PRIMARY KEY (key);


--
-- TOC entry 2708 (class 2606 OID 729873)
-- Dependencies: 234 234
-- Name: PK_users_types; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY users_types
    ADD CONSTRAINT "PK_users_types" PRIMARY KEY (id);


--
-- TOC entry 2710 (class 2606 OID 729875)
-- Dependencies: 236 236 236
-- Name: PK_users_values; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY users_values
    ADD CONSTRAINT "PK_users_values" PRIMARY KEY (user_id, key);


--
-- TOC entry 2712 (class 2606 OID 729877)
-- Dependencies: 237 237
-- Name: PK_vocabulary_brief_formats; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_brief_formats
    ADD CONSTRAINT "PK_vocabulary_brief_formats" PRIMARY KEY (datafield);


--
-- TOC entry 2714 (class 2606 OID 729879)
-- Dependencies: 238 238
-- Name: PK_vocabulary_form_datafields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_form_datafields
    ADD CONSTRAINT "PK_vocabulary_form_datafields" PRIMARY KEY (datafield);


--
-- TOC entry 2716 (class 2606 OID 729881)
-- Dependencies: 239 239 239
-- Name: PK_vocabulary_form_subfields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_form_subfields
    ADD CONSTRAINT "PK_vocabulary_form_subfields" PRIMARY KEY (datafield, subfield);


--
-- TOC entry 2720 (class 2606 OID 729883)
-- Dependencies: 240 240
-- Name: PK_vocabulary_idx_autocomplete; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_idx_autocomplete
    ADD CONSTRAINT "PK_vocabulary_idx_autocomplete" PRIMARY KEY (id);


--
-- TOC entry 2723 (class 2606 OID 729885)
-- Dependencies: 242 242 242 242 242
-- Name: PK_vocabulary_idx_fields; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_idx_fields
    ADD CONSTRAINT "PK_vocabulary_idx_fields" PRIMARY KEY (record_id, indexing_group_id, word, datafield);


--
-- TOC entry 2725 (class 2606 OID 729887)
-- Dependencies: 243 243 243
-- Name: PK_vocabulary_idx_sort; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_idx_sort
    ADD CONSTRAINT "PK_vocabulary_idx_sort" PRIMARY KEY (record_id, indexing_group_id);


--
-- TOC entry 2727 (class 2606 OID 729889)
-- Dependencies: 244 244
-- Name: PK_vocabulary_indexing_groups; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_indexing_groups
    ADD CONSTRAINT "PK_vocabulary_indexing_groups" PRIMARY KEY (id);


--
-- TOC entry 2729 (class 2606 OID 729891)
-- Dependencies: 246 246
-- Name: PK_vocabulary_records; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_records
    ADD CONSTRAINT "PK_vocabulary_records" PRIMARY KEY (id);


--
-- TOC entry 2732 (class 2606 OID 729893)
-- Dependencies: 248 248 248 248
-- Name: PK_vocabulary_search_results; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_search_results
    ADD CONSTRAINT "PK_vocabulary_search_results" PRIMARY KEY (search_id, indexing_group_id, record_id);


--
-- TOC entry 2734 (class 2606 OID 729895)
-- Dependencies: 249 249
-- Name: PK_vocabulary_searches; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY vocabulary_searches
    ADD CONSTRAINT "PK_vocabulary_searches" PRIMARY KEY (id);


--
-- TOC entry 2736 (class 2606 OID 729897)
-- Dependencies: 251 251
-- Name: PK_z3950_addresses; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY z3950_addresses
    ADD CONSTRAINT "PK_z3950_addresses" PRIMARY KEY (id);


--
-- TOC entry 2607 (class 2606 OID 729899)
-- Dependencies: 170 170
-- Name: UN_access_cards; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY access_cards
    ADD CONSTRAINT "UN_access_cards" UNIQUE (code);


--
-- TOC entry 2685 (class 2606 OID 729901)
-- Dependencies: 216 216
-- Name: UN_logins; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY logins
    ADD CONSTRAINT "UN_logins" UNIQUE (login);


--
-- TOC entry 2649 (class 2606 OID 729903)
-- Dependencies: 192 192
-- Name: pk_biblio_holdings; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY biblio_holdings
    ADD CONSTRAINT pk_biblio_holdings PRIMARY KEY (id);


--
-- TOC entry 2681 (class 2606 OID 729905)
-- Dependencies: 214 214
-- Name: pk_lendings; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY lendings
    ADD CONSTRAINT pk_lendings PRIMARY KEY (id);


--
-- TOC entry 2697 (class 2606 OID 729907)
-- Dependencies: 226 226
-- Name: pk_reservations; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY reservations
    ADD CONSTRAINT pk_reservations PRIMARY KEY (id);


--
-- TOC entry 2704 (class 2606 OID 729909)
-- Dependencies: 231 231
-- Name: users_pkey; Type: CONSTRAINT; Schema: bib4template; Owner: biblivre; Tablespace: 
--

ALTER TABLE ONLY users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- TOC entry 2608 (class 1259 OID 729910)
-- Dependencies: 172
-- Name: FKI_access_control_access_cards; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "FKI_access_control_access_cards" ON access_control USING btree (access_card_id);


--
-- TOC entry 2609 (class 1259 OID 729911)
-- Dependencies: 172
-- Name: FKI_access_control_users; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "FKI_access_control_users" ON access_control USING btree (user_id);


--
-- TOC entry 2619 (class 1259 OID 729912)
-- Dependencies: 176
-- Name: IX_authorities_idx_autocomplete_record_id; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_authorities_idx_autocomplete_record_id" ON authorities_idx_autocomplete USING btree (record_id);


--
-- TOC entry 2620 (class 1259 OID 729913)
-- Dependencies: 176 176 176
-- Name: IX_authorities_idx_autocomplete_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_authorities_idx_autocomplete_word" ON authorities_idx_autocomplete USING btree (datafield, subfield, word varchar_pattern_ops);


--
-- TOC entry 2623 (class 1259 OID 729914)
-- Dependencies: 178
-- Name: IX_authorities_idx_fields_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_authorities_idx_fields_word" ON authorities_idx_fields USING btree (word varchar_pattern_ops);


--
-- TOC entry 2632 (class 1259 OID 729915)
-- Dependencies: 184 184
-- Name: IX_authorities_search_results; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_authorities_search_results" ON authorities_search_results USING btree (search_id, record_id);


--
-- TOC entry 2645 (class 1259 OID 729916)
-- Dependencies: 192
-- Name: IX_biblio_holdings_accession_number; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE UNIQUE INDEX "IX_biblio_holdings_accession_number" ON biblio_holdings USING btree (accession_number);


--
-- TOC entry 2646 (class 1259 OID 729917)
-- Dependencies: 192 192
-- Name: IX_biblio_holdings_biblio_record; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_holdings_biblio_record" ON biblio_holdings USING btree (record_id, database);


--
-- TOC entry 2647 (class 1259 OID 729918)
-- Dependencies: 192 192
-- Name: IX_biblio_holdings_location_d; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_holdings_location_d" ON biblio_holdings USING btree (record_id, location_d);


--
-- TOC entry 2650 (class 1259 OID 729919)
-- Dependencies: 194
-- Name: IX_biblio_idx_autocomplete_record_id; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_idx_autocomplete_record_id" ON biblio_idx_autocomplete USING btree (record_id);


--
-- TOC entry 2651 (class 1259 OID 729920)
-- Dependencies: 194 194 194
-- Name: IX_biblio_idx_autocomplete_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_idx_autocomplete_word" ON biblio_idx_autocomplete USING btree (datafield, subfield, word varchar_pattern_ops);


--
-- TOC entry 2654 (class 1259 OID 729921)
-- Dependencies: 196
-- Name: IX_biblio_idx_fields_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_idx_fields_word" ON biblio_idx_fields USING btree (word varchar_pattern_ops);


--
-- TOC entry 2663 (class 1259 OID 729922)
-- Dependencies: 202 202
-- Name: IX_biblio_search_results; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_biblio_search_results" ON biblio_search_results USING btree (search_id, record_id);


--
-- TOC entry 2702 (class 1259 OID 729923)
-- Dependencies: 231
-- Name: IX_users_name; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_users_name" ON users USING btree (name varchar_pattern_ops);


--
-- TOC entry 2717 (class 1259 OID 729924)
-- Dependencies: 240
-- Name: IX_vocabulary_idx_autocomplete_record_id; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_vocabulary_idx_autocomplete_record_id" ON vocabulary_idx_autocomplete USING btree (record_id);


--
-- TOC entry 2718 (class 1259 OID 729925)
-- Dependencies: 240 240 240
-- Name: IX_vocabulary_idx_autocomplete_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_vocabulary_idx_autocomplete_word" ON vocabulary_idx_autocomplete USING btree (datafield, subfield, word varchar_pattern_ops);


--
-- TOC entry 2721 (class 1259 OID 729926)
-- Dependencies: 242
-- Name: IX_vocabulary_idx_fields_word; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_vocabulary_idx_fields_word" ON vocabulary_idx_fields USING btree (word varchar_pattern_ops);


--
-- TOC entry 2730 (class 1259 OID 729927)
-- Dependencies: 248 248
-- Name: IX_vocabulary_search_results; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX "IX_vocabulary_search_results" ON vocabulary_search_results USING btree (search_id, record_id);


--
-- TOC entry 2612 (class 1259 OID 729928)
-- Dependencies: 172 172
-- Name: ix_access_control_departure_time_user_id; Type: INDEX; Schema: bib4template; Owner: biblivre; Tablespace: 
--

CREATE INDEX ix_access_control_departure_time_user_id ON access_control USING btree (departure_time, user_id);


--
-- TOC entry 2737 (class 2606 OID 729936)
-- Dependencies: 170 172 2604
-- Name: FK_access_control_access_cards; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY access_control
    ADD CONSTRAINT "FK_access_control_access_cards" FOREIGN KEY (access_card_id) REFERENCES access_cards(id) ON DELETE CASCADE;


--
-- TOC entry 2738 (class 2606 OID 729941)
-- Dependencies: 231 2703 172
-- Name: FK_access_control_users; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY access_control
    ADD CONSTRAINT "FK_access_control_users" FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;


--
-- TOC entry 2739 (class 2606 OID 729946)
-- Dependencies: 2615 174 175
-- Name: FK_authorities_form_subfields_authorities_form_datafields; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY authorities_form_subfields
    ADD CONSTRAINT "FK_authorities_form_subfields_authorities_form_datafields" FOREIGN KEY (datafield) REFERENCES authorities_form_datafields(datafield) ON DELETE CASCADE;


--
-- TOC entry 2740 (class 2606 OID 729951)
-- Dependencies: 2641 191 190
-- Name: FK_biblio_form_subfields_biblio_form_datafields; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_form_subfields
    ADD CONSTRAINT "FK_biblio_form_subfields_biblio_form_datafields" FOREIGN KEY (datafield) REFERENCES biblio_form_datafields(datafield) ON DELETE CASCADE;


--
-- TOC entry 2742 (class 2606 OID 729956)
-- Dependencies: 211 2674 210
-- Name: FK_holding_form_subfields_holding_form_datafields; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY holding_form_subfields
    ADD CONSTRAINT "FK_holding_form_subfields_holding_form_datafields" FOREIGN KEY (datafield) REFERENCES holding_form_datafields(datafield) ON DELETE CASCADE;


--
-- TOC entry 2743 (class 2606 OID 729961)
-- Dependencies: 212 214 2680
-- Name: FK_lending_fines_lendings; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lending_fines
    ADD CONSTRAINT "FK_lending_fines_lendings" FOREIGN KEY (lending_id) REFERENCES lendings(id) ON DELETE CASCADE;


--
-- TOC entry 2744 (class 2606 OID 729966)
-- Dependencies: 2703 231 212
-- Name: FK_lending_fines_users; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lending_fines
    ADD CONSTRAINT "FK_lending_fines_users" FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;


--
-- TOC entry 2749 (class 2606 OID 729971)
-- Dependencies: 216 2682 220
-- Name: FK_permissions_logins; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY permissions
    ADD CONSTRAINT "FK_permissions_logins" FOREIGN KEY (login_id) REFERENCES logins(id) ON DELETE CASCADE;


--
-- TOC entry 2750 (class 2606 OID 729976)
-- Dependencies: 229 2698 222
-- Name: FK_quotations_suppliers; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY quotations
    ADD CONSTRAINT "FK_quotations_suppliers" FOREIGN KEY (supplier_id) REFERENCES suppliers(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- TOC entry 2751 (class 2606 OID 729981)
-- Dependencies: 222 224 2690
-- Name: FK_request_quotation_quotations; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY request_quotation
    ADD CONSTRAINT "FK_request_quotation_quotations" FOREIGN KEY (quotation_id) REFERENCES quotations(id) ON DELETE CASCADE;


--
-- TOC entry 2752 (class 2606 OID 729986)
-- Dependencies: 225 224 2694
-- Name: FK_request_quotation_requests; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY request_quotation
    ADD CONSTRAINT "FK_request_quotation_requests" FOREIGN KEY (request_id) REFERENCES requests(id) ON DELETE CASCADE;


--
-- TOC entry 2755 (class 2606 OID 729991)
-- Dependencies: 236 2703 231
-- Name: FK_users_values_users; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY users_values
    ADD CONSTRAINT "FK_users_values_users" FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- TOC entry 2756 (class 2606 OID 729996)
-- Dependencies: 236 232 2705
-- Name: FK_users_values_users_fields; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY users_values
    ADD CONSTRAINT "FK_users_values_users_fields" FOREIGN KEY (key) REFERENCES users_fields(key) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- TOC entry 2757 (class 2606 OID 730001)
-- Dependencies: 238 2713 239
-- Name: FK_vocabulary_form_subfields_vocabulary_form_datafields; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY vocabulary_form_subfields
    ADD CONSTRAINT "FK_vocabulary_form_subfields_vocabulary_form_datafields" FOREIGN KEY (datafield) REFERENCES vocabulary_form_datafields(datafield) ON DELETE CASCADE;


--
-- TOC entry 2748 (class 2606 OID 730205)
-- Dependencies: 2690 222 218
-- Name: PK_orders_quotations; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY orders
    ADD CONSTRAINT "FK_orders_quotations" FOREIGN KEY (quotation_id) REFERENCES quotations(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- TOC entry 2741 (class 2606 OID 730011)
-- Dependencies: 200 2661 192
-- Name: fk_biblio_holdings_biblio_records; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY biblio_holdings
    ADD CONSTRAINT fk_biblio_holdings_biblio_records FOREIGN KEY (record_id) REFERENCES biblio_records(id) ON DELETE CASCADE;


--
-- TOC entry 2745 (class 2606 OID 730016)
-- Dependencies: 2648 192 214
-- Name: fk_lendings_biblio_holdings; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lendings
    ADD CONSTRAINT fk_lendings_biblio_holdings FOREIGN KEY (holding_id) REFERENCES biblio_holdings(id) ON DELETE CASCADE;


--
-- TOC entry 2746 (class 2606 OID 730021)
-- Dependencies: 214 214 2680
-- Name: fk_lendings_lendings; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lendings
    ADD CONSTRAINT fk_lendings_lendings FOREIGN KEY (previous_lending_id) REFERENCES lendings(id) ON DELETE CASCADE;


--
-- TOC entry 2747 (class 2606 OID 730026)
-- Dependencies: 2703 231 214
-- Name: fk_lendings_users; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY lendings
    ADD CONSTRAINT fk_lendings_users FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;


--
-- TOC entry 2753 (class 2606 OID 730031)
-- Dependencies: 231 226 2703
-- Name: fk_lendings_users; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY reservations
    ADD CONSTRAINT fk_lendings_users FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;


--
-- TOC entry 2754 (class 2606 OID 730036)
-- Dependencies: 226 200 2661
-- Name: fk_reservations_biblio_records; Type: FK CONSTRAINT; Schema: bib4template; Owner: biblivre
--

ALTER TABLE ONLY reservations
    ADD CONSTRAINT fk_reservations_biblio_records FOREIGN KEY (record_id) REFERENCES biblio_records(id) ON DELETE CASCADE;


