"""The key graph of one source: each table's primary key and the keys its columns hold to other
tables of the same source. Declared keys come first (REFERENCES, FOREIGN KEY, a reflected
constraint, PRIMARY KEY); then keys known only by name (`customer_id`, `id_pelanggan`, `siswa_id`,
`userid`, or a column named as another table's key, `nis` beside `siswa.nis`), resolved to a table
of the same source. Built once per scan of a source; the classifier's table pass and `where`
read it."""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from sys import intern

from laci_audit.records import Field

ID_WORDS = frozenset({"id", "no", "nomor", "kode", "code", "key", "fk", "nr", "num", "number"})
# Name prefixes a schema puts on every table (tb_siswa, tbl_user, m_pasien, wp_posts), dropped to
# find the table a key names.
TABLE_SUFFIXES = ("table", "tbl", "tab")  # words an application puts after every table's name
TABLE_PREFIXES = ("tbl", "tb", "t", "m", "ms", "mst", "tr", "trx", "data", "tabel", "table", "master", "ref")
# Words before what a column counts or sums (jumlah_donatur, jml_siswa, total_customers,
# num_students): a number of rows, not a key to one; `per` (coupon_per_customer) makes it a limit.
COUNT_WORDS = frozenset({"jumlah", "jml", "total", "count", "num", "banyak", "banyaknya", "sum", "qty", "max", "min",
                         "avg", "per"})
# Primary-key names too general to stand for their table in another: projects.token is the
# project's own token, not a key to password_reset (keyed by token).
_GENERIC_KEYS = frozenset({"id", "uuid", "guid", "code", "kode", "no", "token", "hash", "slug", "key", "name", "nama",
                           "title", "judul", "value", "url", "tag"})
# Words glued before a key's word naming a message's two ends (id_fromuser, touser): the key is the user's.
_ENDS = ("from", "to")
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_INTEGER = re.compile(r"int|serial", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """A column of `table` holding a key to `target` (`target_column`, '' when unknown)."""

    table: str
    column: str
    target: str
    target_column: str
    declared: bool

    def describe(self) -> str:
        """`orders.customer_id -> customers`."""
        return f"{self.table}.{self.column} -> {self.target}"


@lru_cache(maxsize=4096)
def _integer(data_type: str) -> bool:
    """An integer column type (a source repeats a few types over all its columns)."""
    return bool(_INTEGER.search(data_type))


@lru_cache(maxsize=4096)
def _same_type(one: str, other: str | None) -> bool:
    """Two column types written alike, case and spaces aside (CHAR(19), char(19))."""
    return bool(other) and one.replace(" ", "").casefold() == other.replace(" ", "").casefold()


@lru_cache(maxsize=262144)
def name_tokens(name: str) -> tuple[str, ...]:
    """A name's lowercase words: snake_case, camelCase, numbers dropped."""
    return tuple(t.lower() for t in _TOKEN.findall(name) if not t.isdigit())


def table_names(table: str) -> frozenset[str]:
    """The names a key may give a table by: `tb_pelanggan` -> pelanggan; `customers` -> customer;
    `order_details` -> order_detail; a schema or prefix (`shop.orders`, `wp_posts`) left out."""
    return _prefixed_names(table, True)


# A placeholder an installer replaces with the source's own prefix ({{db_prefix}}tickets,
# {databaseOwner}.{objectQualifier}BannedName): no word of the table's name.
_PLACEHOLDER = re.compile(r"\{+[^{}]*\}+")


def _written_name(table: str) -> str:
    """The table's own name: its schema and any installer's placeholder left out."""
    return (_PLACEHOLDER.sub("", table) if "{" in table else table).split(".")[-1]


@lru_cache(maxsize=65536)
def _unprefixed(table: str) -> tuple[str, ...]:
    """A table name's words, a schema and the prefixes every schema may use (tb_, tbl_, m_) left out."""
    tokens = name_tokens(_written_name(table))
    while len(tokens) > 1 and tokens[0] in TABLE_PREFIXES:
        tokens = tokens[1:]
    return tokens


@lru_cache(maxsize=65536)
def _prefixed_names(table: str, application_prefix: bool = False) -> frozenset[str]:
    """The names a key may give a table by in a source: with application_prefix, the name's first
    word is the prefix the source puts on its tables (wp_posts, ost_ticket, phpbb_users) and is
    left out too."""
    tokens = list(name_tokens(_written_name(table)))
    forms = {"_".join(tokens)}
    while len(tokens) > 1 and tokens[0] in TABLE_PREFIXES:
        tokens = tokens[1:]
        forms.add("_".join(tokens))
    if application_prefix and len(tokens) > 1:
        forms.add("_".join(tokens[1:]))
    for form in list(forms):  # MantisBT's mantis_bug_table, OpenClinic's problem_tbl: bug, problem
        words = form.split("_")
        if len(words) > 1 and words[-1] in TABLE_SUFFIXES:
            forms.add("_".join(words[:-1]))
    for form in list(forms):
        forms.update(_singulars(form))
    forms.discard("")
    return frozenset(forms)


def droppable_first_words(tables: Iterable[str]) -> frozenset[str]:
    """The first words a key may leave out of a table's name: an application's prefix, shared by
    at least half the tables of the source (wp_, mybb_, piwigo_), or a word that names no table of
    the source (perjalanan_dinas is what `id_dinas` names). A table whose first word is another
    table's name is that table's (presence_stream beside presence is not what `stream_id` names)."""
    tables = list(tables)
    firsts: dict[str, int] = {}
    named = set()
    for table in tables:
        tokens = _unprefixed(table)
        named.update(_prefixed_names(table))
        if len(tokens) > 1:
            firsts[tokens[0]] = firsts.get(tokens[0], 0) + 1
    return frozenset(word for word, count in firsts.items()
                     if count >= max(2, len(tables) / 2) or not ({word} | _singulars(word)) & named)


def _singulars(name: str) -> set[str]:
    """customers -> customer, categories -> category, addresses -> address."""
    found = set()
    if name.endswith("ies") and len(name) > 4:
        found.add(name[:-3] + "y")
    if name.endswith("ses") or name.endswith("xes") or name.endswith("ches") or name.endswith("shes"):
        found.add(name[:-2])
    if name.endswith("s") and len(name) > 3 and not name.endswith("ss"):
        found.add(name[:-1])
    return found


def counts_people(name: str) -> bool:
    """The column counts, sums or limits what its last word names (jml_siswa, coupon_per_customer);
    the word right before a key's id names what it keys (ChurchCRM's mb_per_ID: person_per), no count."""
    tokens = name_tokens(name)
    return bool(COUNT_WORDS.intersection(tokens[:-2] if tokens[-1:] and tokens[-1] in ID_WORDS else tokens[:-1]))


@lru_cache(maxsize=262144)
def named_target(column: str) -> str:
    """What a key column's name says it points to: `customer_id`, `id_pelanggan`, `siswa_id`,
    `userid`, `kode_barang`, `PatientID`, `fromuid` -> customer, pelanggan, siswa, user, barang,
    patient, user; '' for a name that is no key."""
    tokens = name_tokens(column)
    if tokens and (tokens[-1] == "uid" or (len(tokens) == 1 and tokens[0].endswith("uid") and len(tokens[0]) <= 8
                                           and tokens[0] not in ("uuid", "guid"))):
        return "user"  # uid, user_uid, fromuid, touid: a user's id (PHP applications' convention)
    if len(tokens) >= 2 and tokens[-1] in ID_WORDS:
        return "_".join(tokens[:-1])
    if len(tokens) >= 2 and tokens[0] in ID_WORDS:
        return "_".join(tokens[1:])
    if len(tokens) == 1 and len(tokens[0]) > 4 and tokens[0].endswith("id"):
        return tokens[0][:-2]  # userid, customerid, memberid: one word
    if len(tokens) >= 2 and tokens[-1] in _GLUED_PERSON_KEYS:
        return tokens[-1][:-2]  # a topic's first_post_userid, last_post_userid: a user's id
    return ""


# Person keys written as one word (userid, memberid), last in a longer name.
_GLUED_PERSON_KEYS = frozenset({"userid", "memberid", "customerid", "authorid", "posterid"})


class KeyGraph:
    """Primary keys and keys between the tables of one source."""

    def __init__(self, fields: Iterable[Field]):
        self.columns: dict[str, list[Field]] = {}
        declaring = []  # the fields that declare a key
        for found in fields:
            self.columns.setdefault(found.table.casefold(), []).append(found)
            if found.references:
                declaring.append(found)
        self.names = {key: columns[0].table for key, columns in self.columns.items()}
        # A name two tables may be given by names neither; the first word of a table's name is
        # left out only where droppable_first_words allows.
        by_name: dict[str, list[str]] = {}
        droppable = droppable_first_words(self.columns)
        allowed = {}
        for table in self.columns:
            for form in table_names(table):
                by_name.setdefault(form, []).append(table)
            tokens = _unprefixed(table)
            allowed[table] = _prefixed_names(table, len(tokens) > 1 and tokens[0] in droppable)
        self._by_name = {form: tables[0] for form, tables in by_name.items()
                         if len(tables) == 1 and form in allowed[tables[0]]}
        self._ambiguous = frozenset(form for form, tables in by_name.items() if len(tables) > 1)  # search: whose?
        self._resolved: dict[str, str] = {}
        self.primary_keys = {table: self._primary_key(table) for table in self.columns}
        key_columns: dict[str, list[str]] = {}
        for table, key in self.primary_keys.items():
            if len(key) == 1 and key[0] not in _GENERIC_KEYS:
                key_columns.setdefault(key[0], []).append(table)
        self._tables_keyed_by = {column: tables[0] for column, tables in key_columns.items() if len(tables) == 1}
        self._shared_keys = {column: tables for column, tables in key_columns.items() if len(tables) > 1}
        self._referenced_keys = self._keys_declared_elsewhere(declaring)
        self.column_codes = {table: code for table in self.columns if (code := self._column_code(table))}
        coded: dict[str, list[str]] = {}
        for table, code in self.column_codes.items():
            coded.setdefault(code, []).append(table)
        self._coded = {code: tables[0] for code, tables in coded.items() if len(tables) == 1}
        self.links = {table: self._links(table) for table in self.columns}
        self._keyed_from: dict[str, list[Link]] | None = None  # table -> the keys other tables hold to it
        self._last_words: frozenset[tuple[str, ...]] | None = None  # the last words of the tables' names

    def a_conventional_key(self, table: str, column: str) -> bool:
        """The column (casefolded) is the table's primary key under the name the source gives the
        keys of a quarter of its tables at least, three or more (Dolibarr's rowid, Osclass's pk_i_id):
        its key by the application's convention."""
        return self.primary_keys[table] == (column,) and \
            len(self._shared_keys.get(column, ())) >= max(3, len(self.columns) / 4)

    def _keys_declared_elsewhere(self, declaring: list[Field]) -> dict[str, str]:
        """Columns other than a table's primary key that a declared key references (t_void.noso ->
        t_penjualan.noso, a sales order's number), each to the one table every declared key of
        that name leads to: a column of that name is a key to it wherever it stands. A name
        declared to lead to two tables (nomor_faktur to the sales and to the returns) is no one
        table's."""
        referenced: dict[str, set[str]] = {}
        declared: dict[str, set[str]] = {}
        for found in declaring:
            target_name, dot, column = found.references.rpartition(".")
            target = self.resolve(target_name) if dot else ""
            lowered = column.casefold()
            if target:
                declared.setdefault(found.name.casefold(), set()).add(target)
            if target and lowered not in _GENERIC_KEYS and (lowered,) != self.primary_keys[target]:
                referenced.setdefault(lowered, set()).add(target)
        return {column: next(iter(tables)) for column, tables in referenced.items()
                if len(tables | declared.get(column, set())) == 1}

    def named_by_last_words(self, words: tuple[str, ...]) -> bool:
        """Some table's name ends with these words, after one of its own at least (set_member names
        CubeCart_option_set_member); the tables' last words are gathered once."""
        if self._last_words is None:
            self._last_words = frozenset(tokens[start:] for tokens in map(name_tokens, self.names.values())
                                         for start in range(1, len(tokens)))
        return words in self._last_words

    @cached_property
    def column_names(self) -> dict[str, set[str]]:
        """Each table's column names, casefolded (one object per repeated name)."""
        return {key: {intern(f.name.casefold()) for f in columns} for key, columns in self.columns.items()}

    def compact(self) -> None:
        """Forget what the table pass needed and the answers do not (the column-name sets: made
        again if asked)."""
        self.__dict__.pop("column_names", None)

    def fields(self) -> list[Field]:
        """Every field of the source, table by table."""
        return [found for columns in self.columns.values() for found in columns]

    def table(self, name: str) -> str:
        """The table's name as the source writes it."""
        return self.names.get(name.casefold(), name)

    def resolve(self, name: str) -> str:
        """The table (casefolded) a table name or a key's word names in this source, or ''
        (remembered: an estate's columns name the same few words again and again)."""
        lowered = name.casefold()
        if lowered in self.columns:
            return lowered
        found = self._resolved.get(lowered)
        if found is None:
            found = self._resolved[lowered] = self._by_name.get(lowered, "") or next(
                (self._by_name[form] for form in sorted(table_names(lowered)) if form in self._by_name), "")
        return found

    def _primary_key(self, table: str) -> tuple[str, ...]:
        """Declared primary-key columns; else the column named as the table's own key (`id`,
        `customer_id` in customers, `id_pelanggan` in pelanggan)."""
        columns = self.columns[table]
        declared = tuple(f.name.casefold() for f in columns if getattr(f, "primary_key", False))
        if declared:
            return declared
        own = table_names(table)
        for found in columns:
            lowered = found.name.casefold()
            if lowered in ("id", "uuid", "guid") or named_target(found.name) in own:
                return (lowered,)
        first = columns[0].name
        return (first.casefold(),) if named_target(first) else ()  # a dump's first column is mostly its key

    def _links(self, table: str) -> list[Link]:
        links = []
        for found in self.columns[table]:
            lowered = found.name.casefold()
            if found.references:
                target_name, _dot, target_column = found.references.rpartition(".")
                target = self.resolve(target_name or found.references)
                if target:
                    links.append(Link(table, found.name, target, target_column, True))
                    continue
            if lowered.endswith("_uid") and self.a_texts_uid(table, lowered):
                continue
            target = self._tables_keyed_by.get(lowered, "") or self._referenced_keys.get(lowered, "")
            if target == table:
                target = ""  # its own key may still name another table (user_infos keyed by user_id -> users)
            if not target:
                word = named_target(found.name)
                target = self.resolve(word) if word else ""
                if not target and word.startswith(_ENDS):
                    end = next(e for e in _ENDS if word.startswith(e))
                    target = self.resolve(word[len(end):]) if len(word) >= len(end) + 4 else ""  # id_fromuser -> user
                if not target and word in self._ambiguous:
                    target = self._in_its_module(word, table)  # biblio_search_results.search_id -> biblio_searches
            if not target:
                target = self._keyed_by_suffix(found.name, table)  # ADM_PAT_ID -> PATIENT (keyed by PAT_ID)
            if not target and lowered in self._shared_keys:
                target = self._keyed_by_its_stem(lowered, table)  # quote_item_amounts.item_id -> quote_items
            if not target and self._coded:
                target = self._keyed_by_code(lowered, table)  # mb_per_ID, per_ID -> person_per (coded per_)
            if not target and "id" in lowered:
                target = self._glued_to_id(lowered, table)  # idsiswa, t_idwpobjek -> t_wpobjek
            if not target and not lowered.endswith("s") and _integer(found.data_type or ""):
                target = self._named_as_table(lowered, table)  # a number named as a table, keranjang.costumer
                #                                                -> costumer (a plural, forums.threads, counts them)
            if not target and (lowered in self.columns or lowered in self._by_name) and found.data_type \
                    and not _integer(found.data_type):
                target = self._typed_as_its_key(found, table)  # anamnesis.KUNJUNGAN CHAR(19) -> kunjungan.NOMOR
            if target and counts_people(found.name):
                continue  # jumlah_donatur counts donors, max_uses_per_customer limits a use
            if target and target != table:
                links.append(Link(table, found.name, target, self.key_column(target), False))
        return sorted(links, key=lambda link: not link.declared)  # a declared key is followed first

    def a_texts_uid(self, table: str, column: str) -> bool:
        """The column is the markup id of a text beside it, not a user's id: phpBB's forum_desc_uid
        beside forum_desc, forum_rules_uid beside forum_rules (column casefolded)."""
        text, underscore, uid = column.rpartition("_")
        return uid == "uid" and bool(underscore) and text in self.column_names[table]

    def _keyed_by_suffix(self, column: str, table: str) -> str:
        """The table another table's key names when the column is that key behind the prefix its
        own table puts on its columns (Open Hospital's ADMISSION.ADM_PAT_ID beside ADM_ID and
        ADM_NOTE: PATIENT, keyed by PAT_ID), or ''."""
        tokens = name_tokens(column)
        if len(tokens) < 3 or tokens[-1] not in ID_WORDS:
            return ""
        for start in range(1, len(tokens) - 1):
            target = self._tables_keyed_by.get("_".join(tokens[start:]), "")
            if target and target != table and self.column_prefix(table, tokens[:start]):
                return target
        return ""

    def _keyed_by_its_stem(self, column: str, table: str) -> str:
        """Of the tables keyed by this column (InvoicePlane's ip_quote_items and ip_invoice_items,
        both by item_id), the one the table's name extends (ip_quote_item_amounts: ip_quote_items),
        or ''."""
        name = "_".join(name_tokens(self.names[table]))
        stems = [other for other in self._shared_keys[column] if other != table and any(
            name.startswith(f"{form}_") for form in _prefixed_names(other) | {"_".join(name_tokens(other))})]
        return stems[0] if len(stems) == 1 else ""

    def _in_its_module(self, word: str, table: str) -> str:
        """The table a key's word names with the first word of the table's own name before it, the
        module both belong to, where the word alone names several tables
        (biblio_search_results.search_id: biblio_searches, not authorities_searches; not the table
        itself, nor by a prefix every table has), or ''."""
        if word not in self._ambiguous:
            return ""
        tokens = name_tokens(self.names[table].rpartition(".")[2])
        if len(tokens) < 2 or tokens[0] in TABLE_PREFIXES:
            return ""  # tb_, tbl_: every table's prefix, no module
        target = self.resolve(f"{tokens[0]}_{word}")
        return target if target != table else ""

    def _column_code(self, table: str) -> str:
        """The code a table's name ends with and most of its columns start with (ChurchCRM's
        person_per with per_ID and per_FirstName, multibuy_mb with mb_per_ID), casefolded, or ''."""
        _head, underscore, code = table.rpartition(".")[2].rpartition("_")
        if not underscore or len(code) < 2 or code in ID_WORDS:
            return ""
        columns, start = self.columns[table], f"{code}_"
        coded = sum(1 for name in self.column_names[table] if name.startswith(start))
        return code if coded >= max(2, len(columns) / 2) else ""

    def _keyed_by_code(self, column: str, table: str) -> str:
        """The table a key names by its column code, the key's word before its id (mb_per_id,
        per_id: person_per, whose columns are coded per_), or ''."""
        parts = column.split("_")
        if len(parts) < 2 or parts[-1] not in ID_WORDS:
            return ""
        target = self._coded.get(parts[-2], "")
        return target if target != table else ""

    def _named_as_table(self, column: str, table: str) -> str:
        """The table a number is named as, whole (keranjang.costumer -> costumer, tb_costumer) or
        behind the word most columns of its table start with (MediaWiki's revision.rev_actor ->
        actor), or '': not a table its last word names (Zen Cart's sort_order is no key to orders)."""
        target = self.resolve(column)
        if not target:
            return self._named_behind_a_letter(column, table)
        if column in _prefixed_names(target):
            return target
        first, _underscore, rest = column.partition("_")
        return target if rest in _prefixed_names(target) and self.column_prefix(table, (first,)) else ""

    def _lettered(self, table: str) -> str:
        """The letter three in four of the table's columns at least, three or more, are glued
        behind, none of them with an underscore (Nucleus CMS's comment: cnumber, cbody, cmember,
        citem; its member: mnumber, mname ... beside deflang), or ''."""
        names = self.column_names[table]
        if len(names) < 3 or any("_" in name for name in names):
            return ""
        letter, count = Counter(name[:1] for name in names).most_common(1)[0]
        return letter if 4 * count >= 3 * len(names) else ""

    def _named_behind_a_letter(self, column: str, table: str) -> str:
        """The table a number names behind its table's glued letter, where the table it names is
        lettered so too (nucleus_comment.cmember -> nucleus_member, whose columns are mnumber,
        mname ...; citem -> nucleus_item, tmember in nucleus_team), or ''."""
        if len(column) < 5 or "_" in column:
            return ""
        letter = self._lettered(table)
        if not letter or column[0] != letter:
            return ""
        target = self.resolve(column[1:])
        return target if target and target != table and self._lettered(target) else ""

    def _typed_as_its_key(self, found: Field, table: str) -> str:
        """The table a text column is named as, whole, when its type is that table's one key's
        and no other column of that table has it (SIMGOS's anamnesis.KUNJUNGAN CHAR(19) beside
        kunjungan.NOMOR CHAR(19): a visit's record number, joined by value; not a `user`
        VARCHAR(255) where every text of master_user is one), or ''."""
        target = self.resolve(found.name)
        key = self.primary_keys[target]
        if target == table or len(key) != 1:
            return ""
        typed = [f for f in self.columns[target] if _same_type(found.data_type, f.data_type)]
        return target if len(typed) == 1 and typed[0].name.casefold() == key[0] else ""

    def _glued_to_id(self, column: str, table: str) -> str:
        """The table a key names glued behind its id (idsiswa, idpelanggan; SIMPATDA's
        t_keberatan.t_idwpobjek behind the t_ every column of its table starts with): t_wpobjek,
        or ''."""
        last = column.rpartition("_")[2]  # casefolded: a camelCase idPelanggan is named_target's
        if len(last) < 5 or not last.startswith("id"):
            return ""
        tokens = name_tokens(column)
        if tokens[-1:] != (last,) or (len(tokens) > 1 and not self.column_prefix(table, tokens[:-1])):
            return ""
        target = self.resolve(last[2:])
        return target if target != table else ""

    def column_prefix(self, table: str, prefix: tuple[str, ...]) -> bool:
        """Most of the table's columns start with these words (ADM_ in ADMISSION)."""
        columns = self.columns[table]
        starting = sum(1 for found in columns if name_tokens(found.name)[:len(prefix)] == prefix)
        return starting >= max(2, len(columns) / 2)

    def own_key(self, table: str) -> str:
        """The table's one primary-key column (casefolded) when declared or named as the table's own
        (`id`, `customer_id` in customers or hs_hr_customer), not a dump's first column taken for one
        (`customer_id` first in orders); else ''."""
        lowered = table.casefold()
        key = self.primary_keys.get(lowered, ())
        if len(key) != 1:
            return ""
        declared = any(getattr(f, "primary_key", False) for f in self.columns[lowered])
        target = named_target(key[0])
        named = key[0] in ("id", "uuid", "guid") or bool(target) and (
            target in table_names(lowered) or "_".join(name_tokens(lowered)).endswith(target))
        return key[0] if declared or named else ""

    def key_column(self, table: str) -> str:
        """The table's one primary-key column as the source writes it ('' for none or a compound key)."""
        key = self.primary_keys.get(table.casefold(), ())
        if len(key) != 1:
            return ""
        return next((f.name for f in self.columns[table.casefold()] if f.name.casefold() == key[0]), "")

    def chain(self, table: str, reaches: Callable[[str], bool], longest: int = 4,
              passes: Callable[[str], bool] = lambda _table: True,
              distances: dict[str, int] | None = None,
              follows: Callable[[Link], bool] | None = None) -> list[Link] | None:
        """The shortest chain of keys from table to a table for which reaches() is true ([] when
        table itself is one), through tables for which passes() is true, by keys for which
        follows() is true (every key when None), or None; cycles are walked once. distances,
        from distances() with the same reaches, passes, follows and longest, lets
        the walk leave out every table that reaches nothing in the keys left (the same chain,
        found without walking a dense graph that leads nowhere once per table)."""
        start = table.casefold()
        if reaches(start):
            return []
        seen = {start}
        queue: deque[tuple[str, list[Link]]] = deque([(start, [])])
        while queue:
            current, path = queue.popleft()
            if len(path) >= longest:
                continue
            for link in self.links.get(current, ()):
                if link.target in seen or (follows is not None and not follows(link)):
                    continue
                if distances is not None and link.target not in distances:
                    continue  # it neither reaches nor leads to a table that does
                seen.add(link.target)
                if reaches(link.target):
                    return [*path, link]
                if passes(link.target) and (distances is None or len(path) + 1 + distances[link.target] <= longest):
                    queue.append((link.target, [*path, link]))
        return None

    def keyed_from(self, table: str) -> list[Link]:
        """The keys other tables hold to the table (casefolded), gathered once for the graph."""
        if self._keyed_from is None:
            self._keyed_from = {}
            for links in self.links.values():
                for link in links:
                    self._keyed_from.setdefault(link.target, []).append(link)
        return self._keyed_from.get(table, [])

    def distances(self, reaches: Callable[[str], bool], longest: int = 4,
                  passes: Callable[[str], bool] = lambda _table: True,
                  follows: Callable[[Link], bool] | None = None) -> dict[str, int]:
        """For every table with a chain of keys to one for which reaches() is true, through tables
        for which passes() is true, by keys for which follows() is true (every key when None), no
        longer than longest: the fewest keys it takes (0 for such a table itself), found once for
        the whole graph by walking the keys backwards."""
        found = {table: 0 for table in self.columns if reaches(table)}
        queue = deque(found)
        while queue:
            current = queue.popleft()
            hops = found[current] + 1
            if hops >= longest:
                continue  # a table this far may start a chain, but lead none through it
            for link in self.keyed_from(current):
                table = link.table
                if table not in found and passes(table) and (follows is None or follows(link)):
                    found[table] = hops
                    queue.append(table)
        return found
