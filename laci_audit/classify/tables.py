"""The table pass: before any field is judged, decide for each table of a source whether its rows
are about a person (the person table itself, or a table whose rows hold a key to one, directly or
through a chain of keys), what kind of record they are, and so which policy category their fields
start from. Lookup, catalogue, configuration and company tables are not about people, even when
person records point at them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from laci_audit.classify.names import (
    HTTP_METHOD,
    IDENTITY_CONCEPTS,
    SITE_WORDS,
    TableContext,
    concept_matches,
    names_an_organisation,
    table_context,
)
from laci_audit.classify.sensitive import HEALTH
from laci_audit.classify.vocabulary import Vocabulary
from laci_audit.keys import KeyGraph, Link, counts_people, name_tokens, named_target, table_names

# Kinds of record that are data from partners only where the source declares one: a library's loan
# is the member's transaction, a newsletter list the subscriber's preference.
WITHOUT_PARTNER = {"credit": "transaction", "marketing": "preference"}
# Words of a table of discounts a shop offers (coupons, vouchers), of what it sells (plans) or
# charges (rates, tariffs): with no key to a person, the offer's definition, not anyone's transaction.
_OFFER_WORDS = frozenset({"coupon", "coupons", "kupon", "voucher", "vouchers", "promo", "promos", "promotion",
                          "promotions", "diskon", "discount", "discounts", "plan", "plans",  # billing_plans: what is sold
                          "rate", "rates", "tarif", "tariff", "tariffs"})  # billing_rates, tarif_delivery: what it costs
# Words of a table of what the organisation buys in (pembelian, purchase orders): with no key to
# a person, its stock purchase, not a sale to someone unnamed.
_PURCHASE_WORDS = frozenset({"purch", "pembelian", "kulakan", "restock", "procurement", "pengadaan"})
# Kinds of record that are a person's even when no key to them is found (a cash sale, a session).
KEYLESS_PERSONAL_KINDS = frozenset({"transaction", "payment", "support", "log"})
# Kinds of record of what a person did: the person in charge of the row (a post's author, a sale's
# cashier) is the one it is about. A survey's owner is not its respondent.
ACTIVITY_KINDS = KEYLESS_PERSONAL_KINDS | {"interaction", "preference", "device", "location"}
# Numbers that identify a person wherever they stand: NIK, NIS/NISN (pupils), NIP (civil servants), NIM.
PERSON_IDENTIFIERS = frozenset({"nik", "nis", "nisn", "nip", "nim", "nipd", "npwp", "no_ktp", "ktp", "nuptk", "no_rm",
                                "norm", "no_rekam_medis", "no_rekam_medik", "no_pasien", "no_anggota", "no_induk",
                                "nomor_induk", "mrn", "no_pegawai", "no_karyawan"})
# Words beside a person word in a key's name that leave it a key to the person (sales_rep_id,
# secondary_teacher_id, id_user_baru); any other makes it a key to a thing (customer_group_id).
KEY_QUALIFIERS = frozenset({"support", "sales", "assigned", "primary", "main", "utama", "secondary", "second", "other",
                            "parent", "last", "first", "new", "old", "baru", "lama", "handling", "responsible",
                            "from", "to", "dari", "kepada"})  # a message's two ends: from_member_id, to_user_id
# Columns that identify a person wherever the same column of a person table stands (users.email);
# a user name only in a row of no kind or a preference (a text an admin wrote, a user's notification rules): a
# sale names the staff member who recorded it by theirs.
SHARED_IDENTITIES = frozenset({"email", "identity_number"})
# A number naming whom a row belongs to or who put it there (an API token's owner, a photo's
# added_by): in a table of no kind, not a catalogue or configuration table, the row is theirs.
OWNER_KEYS = frozenset({"owner", "owner_id", "owner_guid", "owner_uid", "pemilik", "id_pemilik", "added_by", "uploaded_by", "uploader",
                        "submitted_by", "posted_by", "diupload_oleh"})
_INTEGER = re.compile(r"int|serial|number|numeric", re.IGNORECASE)
_FLAG_TYPE = re.compile(r"^(bool|boolean|bit|tinyint\s*\(\s*1\s*\))$", re.IGNORECASE)
_UNSIGNED = re.compile(r"\s+unsigned$", re.IGNORECASE)


@dataclass(frozen=True)
class Record:
    """What a table's rows are, as the fields in it need to know (shared by tables that read alike)."""

    kind: str  # person, transaction, payment, interaction, support, survey, preference, device, log,
    #            location, record (about a person, of no other kind), lookup, catalogue, organisation, other
    about_person: bool
    category: str = ""  # the policy id every field of the record starts from ('' when not personal)
    children: bool = False  # the person is a child: every column is UU PDP specific data
    uncovered: str = ""  # a kind of record no policy category covers (health data, education record, ...)
    sensitive: bool = False  # the record's kind is UU PDP specific data (health, payroll)
    line: bool = False  # a line of another record (order_items)
    contact_person: bool = False  # an organisation's record with a column for its contact person
    patient: bool = False  # the person is a patient: the record (a visit, a test) is health data, specific data
    finance: bool = False  # a person's loan or savings: its amounts are personal financial data


@dataclass(frozen=True)
class TableJudgement:
    """The table pass's answer for one table: its record, and the evidence (the chain of keys)."""

    record: Record
    context: TableContext
    evidence: str
    own_key: str = ""  # the table's own key column (casefolded): personal only in a person's record
    person_keys: frozenset[str] = frozenset()  # columns (casefolded) holding a key to a person table
    organisation_keys: frozenset[str] = frozenset()  # columns (casefolded) holding a key to an organisation's table


def judge_tables(graph: KeyGraph, vocabulary: Vocabulary, partners: bool = False,
                 context_of: Callable[[str], TableContext] | None = None,
                 identity_of: Callable[[str], str] | None = None) -> dict[str, TableJudgement]:
    """A TableJudgement for every table of the source (keyed by the table's casefolded name).
    context_of and identity_of may be given cached (the Classifier does)."""
    context_of = context_of or (lambda name: table_context(name, vocabulary))
    identity_of = identity_of or (lambda name: identity_concept(name, vocabulary))
    prefix = application_prefix(graph.names.values(), vocabulary)
    contexts = {table: context_of(without_prefix(graph.table(table), prefix)) for table in graph.columns}
    people = {table for table in graph.columns if _is_person_table(table, contexts[table], graph, vocabulary, identity_of)}
    organisations = {table for table in graph.columns if (not _named_for_people(contexts[table], vocabulary)
                                                          or _has_a_contact_person(table, graph, vocabulary))
                     and _an_organisations_own(table, people, graph, vocabulary)}
    tenants = {table for table in people if _a_tenant(table, contexts[table], people, graph)}
    clients = {table for table in people if contexts[table].tokens and set(contexts[table].tokens) <= _SAAS_TENANT_WORDS
               and _keyed_throughout(table, people, graph)}
    organisations |= tenants | clients
    people -= organisations
    excluded = organisations | {table for table, context in contexts.items() if table not in people
                                and _excluded(context, vocabulary) and not _party_columns(table, graph, vocabulary)
                                and not _a_thing_identifying_someone(table, context, graph, vocabulary)
                                and not _a_piece_someone_wrote(table, context, people, graph, vocabulary)
                                and not _posted_from_an_ip(table, people, graph, vocabulary)
                                and not _a_piece_of_a_case(table, context, contexts, graph)
                                and not _a_sale_to_someone(table, context, contexts, people, graph, vocabulary)}
    person_columns = _PersonColumns(people, graph)
    kept = {table for table in graph.columns if table not in people and table not in excluded
            and (_kept_by_operators(table, contexts[table], people, graph, vocabulary, partners)
                 or _a_tenants_own(table, tenants, people, graph, vocabulary)
                 or _a_tenants_own(table, clients, people, graph, vocabulary, staff_only=True))}
    barred = excluded | kept
    judged_apart = people | barred
    direct = {table: why for table in graph.columns if table not in judged_apart
              and (why := _direct_evidence(table, contexts, person_columns, graph, vocabulary, identity_of,
                                           organisations))}
    # A chain does not pass through a catalogue, lookup or company table, nor through a row the
    # operators keep: a discount on a product is not about the product's seller, a mountain's
    # climbing route not about the admin who entered the mountain. How far each table is from a
    # person, found once.
    def passes(through: str) -> bool:
        return through not in barred

    follows = _follows_stamps(contexts, _login_stamps(people, graph))
    reach = (graph.distances(people.__contains__, passes=passes, follows=follows),
             graph.distances(direct.__contains__, passes=passes, follows=follows))
    ledgers = _own_ledgers(people, barred, reach[0], contexts, graph, vocabulary, partners)
    if ledgers:  # a journal's lines or a depreciation posted to the journal reach its clerk through it
        barred |= ledgers
        direct = {table: why for table, why in direct.items() if table not in ledgers}
        reach = (graph.distances(people.__contains__, passes=passes, follows=follows),
                 graph.distances(direct.__contains__, passes=passes, follows=follows))
    children = {table for table in people if _of_children(table, contexts[table], graph, vocabulary)}
    judged = {}
    for table, context in contexts.items():
        judgement = _judge(table, context, people, barred, direct, graph, vocabulary, contexts, partners,
                           reach, follows, children, table in organisations, table in kept, table in ledgers)
        if not judgement.record.about_person:  # in a person's record every column is personal anyway
            judgement = replace(judgement, own_key=graph.own_key(table), person_keys=frozenset(
                link.column.casefold() for link in graph.links[table] if link.target in people),
                organisation_keys=frozenset(link.column.casefold() for link in graph.links[table]
                                            if link.target in organisations and link.target != table))
        judged[table] = judgement
    details = _details_of_patients(judged, graph, vocabulary)
    described = {table: _detail_keys(table, details, judged, graph) for table in details}
    for table in details:
        judged[table] = TableJudgement(
            Record("record", True, vocabulary.id("account"), uncovered=HEALTH, sensitive=True, patient=True),
            judged[table].context, f"a detail of a patient's record: {described[table]}")
    return judged


def _details_of_patients(judged: dict[str, TableJudgement], graph: KeyGraph, vocabulary: Vocabulary) -> set[str]:
    """Tables no key from which reaches a person, that list no named things, and whose rows a
    patient's record holds a key to (remed_poli_umum.id_diare -> diare: the visit's diarrhoea
    assessment), or a detail of one does (pemeriksaan_lab reached from a visit's lab line, its hiv
    result keyed to it): parts of the patient's medical record, health data."""
    details: set[str] = set()
    def patients(table: str) -> bool:
        return table in details or judged[table].record.patient

    def a_detail(table: str) -> bool:
        return judged[table].record.kind == "other" and not judged[table].context.lookup and not any(
            _NAME_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in graph.columns[table])

    grown = any(judgement.record.patient for judgement in judged.values())
    while grown:
        found = {table for table in graph.columns if table not in details and (
            any(patients(link.table) and link.table != table and _an_id_key(link)
                for link in graph.keyed_from(table)) or any(link.target in details for link in graph.links[table])) and a_detail(table)}
        details |= found
        grown = bool(found)
    return details


def _a_flag(data_type: str | None) -> bool:
    """A yes-or-no column's type (BOOLEAN, TINYINT(1) UNSIGNED): it says whether a rule applies to
    someone with a tax id (rule_individuals_with_tax_id), it holds no number of anyone's."""
    return bool(data_type) and bool(_FLAG_TYPE.match(_UNSIGNED.sub("", data_type.strip())))


def _an_id_key(link: Link) -> bool:
    """The key is by a row's id (id_diare), not by a code or number that stands for a listed thing
    (kd_penyakit, an ICD code; no_ambulance)."""
    tokens = name_tokens(link.column)
    return "id" in tokens and not _CODE_WORDS.intersection(tokens) and "no" not in tokens


def _detail_keys(table: str, details: set[str], judged: dict[str, TableJudgement], graph: KeyGraph) -> str:
    """The keys that make the table a detail of a patient's record (two at most), described."""
    keys = [link for link in graph.keyed_from(table) if link.table != table and _an_id_key(link)
            and (judged[link.table].record.patient or link.table in details)]
    keys += [link for link in graph.links[table] if link.target in details]
    return ", ".join(link.describe() for link in keys[:2])


def application_prefix(tables, vocabulary: Vocabulary) -> str:
    """The word an application puts before the names of at least half of its source's tables
    (CubeCart_, mybb_, piwigo_), casefolded, read as no part of what a table holds:
    CubeCart_customer is a customer table, not a cart. A word the vocabulary knows (user_profile,
    user_logs), a schema prefix (tbl_, tb_) or a person word is a table's own word, never a prefix."""
    firsts: dict[str, int] = {}
    names = [table.split(".")[-1] for table in tables if not HTTP_METHOD.match(table)]
    for name in names:
        first, underscore, rest = name.partition("_")
        if underscore and rest:
            firsts[first.casefold()] = firsts.get(first.casefold(), 0) + 1
    for word, count in firsts.items():
        words = name_tokens(word)
        if count >= max(3, len(names) / 2) and words and not any(
                w in vocabulary.known_words or w in vocabulary.table_noise or w in vocabulary.person_words
                for w in words[:1]):
            return word
    return ""


def without_prefix(table: str, prefix: str) -> str:
    """The table's name without the application's prefix (its schema kept, the rest as written)."""
    schema, dot, name = table.rpartition(".")
    first, _underscore, rest = name.partition("_")
    if not prefix or first.casefold() != prefix or not rest:
        return table
    return f"{schema}{dot}{rest}"


def identity_concept(name: str, vocabulary: Vocabulary) -> str:
    """The concept of a column name that identifies a person on its own (email, phone, ...), or ''."""
    for concept, _phrase in concept_matches(vocabulary.field_tokens(name), vocabulary):
        if concept.name in IDENTITY_CONCEPTS:
            return concept.name
    return ""


# Words beside a person word that leave a table the person table itself (biodata_siswa, user_profile).
_PERSON_TABLE_WORDS = frozenset({"data", "info", "detail", "details", "biodata", "identitas", "identity", "profile",
                                 "profiles", "profil", "master", "list", "daftar", "account", "accounts", "akun",
                                 "baru", "new", "all", "personal", "pribadi"})


# Words of columns only an organisation's own record has: its logo, vision and mission, stock
# ticker (a village's or a school's profile, an invoicing business, a CRM's company account).
_ORGANISATION_COLUMN_WORDS = frozenset({"logo", "visi", "misi", "vision", "mission", "ticker", "favicon"})
_PROFILE_WORDS = frozenset({"profile", "profiles", "profil"})  # a user's profile, or a school's
# Columns that describe a business (its industry, revenue, head count, legal form, SIC code): two
# of them, and no column naming a person (a lead's first and last name), make the record a company's.
_BUSINESS_COLUMNS = frozenset({"industry", "revenue", "annualrevenue", "annual_revenue", "siccode", "sic_code",
                               "employees", "no_of_employees", "number_of_employees", "numberofemployees",
                               "legal_form", "legalform", "ownership"})  # casefolded: annualRevenue, LegalForm
_BANK_ACCOUNT_WORDS = frozenset({"account", "accounts", "akun", "rekening"})  # an account number is no person's key
_CODE_WORDS = frozenset({"code", "kode", "kd"})  # an account keyed by its code is a ledger's


def _named_for_people(context: TableContext, vocabulary: Vocabulary) -> bool:
    """The table's name has a person word other than an account's or a profile's (sellers,
    pelanggan; not a CRM's accounts, companies as often as people, nor a school's profil)."""
    return bool(_words(context.tokens, vocabulary.person_words) - _BANK_ACCOUNT_WORDS - _PROFILE_WORDS)


def _an_organisations_own(table: str, people: set[str], graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The table describes the organisation itself, not people, whatever its name and its other
    columns: a column only an organisation's record has (logo, visi, ticker_symbol), and no key
    to a person, declared or named (a member's group or a user's sponsorship with its logo is theirs)."""
    columns = graph.columns[table]
    listing = _a_partners_business(table, graph, vocabulary)
    if not any(_ORGANISATION_COLUMN_WORDS.intersection(name_tokens(found.name)) for found in columns) \
            and not _describes_a_business(table, graph, vocabulary) \
            and not _has_a_contact_person(table, graph, vocabulary) and not listing:
        return False
    if any(link.target in people and link.target != table and not (listing and _PARTNER_WORDS.intersection(
            name_tokens(link.column))) and not _OPERATOR_WORDS.intersection(name_tokens(graph.table(link.target)))
           for link in graph.links[table]):
        return False  # a key to an admin who keeps the profile leaves it the organisation's
    own_key = graph.primary_keys[table]
    for found in columns:
        target = named_target(found.name)
        if target and (found.name.casefold(),) != own_key and graph.resolve(target) in people | {""} \
                and _words(name_tokens(target), vocabulary.person_words) - _BANK_ACCOUNT_WORDS - _OPERATOR_WORDS:
            return False  # member_id of a table the source lacks; not bank_account_number
    return True


_PARTNER_WORDS = frozenset({"partner", "mitra"})  # a business partner: a person or a company
_WEBSITE_WORDS = frozenset({"website", "homepage", "web_site"})


def _a_partners_business(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A place of business a partner runs (a hotel a booking site lists, with its partner_id):
    a key named for a partner, and the row's own name, address, phone or e-mail and website,
    none naming a person (a person's first and last name, a full name)."""
    columns = graph.columns[table]
    if not any(_PARTNER_WORDS.intersection(name_tokens(found.name)) and named_target(found.name)
               for found in columns):
        return False
    concepts = {_first_concept(found.name, vocabulary) for found in columns}
    return bool(graph.column_names[table] & _WEBSITE_WORDS) and "name" in graph.column_names[table] \
        and bool(concepts & {"phone", "email"}) and "person_name" not in concepts \
        and not _named_in_parts(table, graph, vocabulary)


def _describes_a_business(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """Two columns describe a business (industry and annualrevenue, employees and legal_form) and
    none names a person (a CRM's lead has both, and a first and last name)."""
    described = {name.replace("_", "") for name in graph.column_names[table] & _BUSINESS_COLUMNS}
    return len(described) >= 2 and not any(
        concept.name == "person_name" for found in graph.columns[table]
        for concept, _phrase in concept_matches(vocabulary.field_tokens(found.name), vocabulary))


def _has_a_contact_person(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A column names the row's contact person (contact_person, ContactName, cp_name) and none
    names a person of its own (a full name, or a first and a last: Care2x's care_person with its
    name_first, name_last and the contact_person of a patient): only an organisation has a contact
    person, so a table of customers or clients holding one is of companies (phpIPAM's customers)."""
    concepts = {_first_concept(found.name, vocabulary) for found in graph.columns[table]}
    return ("contact_person" in concepts or any(_a_contact_persons_name(found.name, vocabulary)
                                                for found in graph.columns[table])) \
        and "person_name" not in concepts and not _named_in_parts(table, graph, vocabulary)


_CONTACT_WORDS = frozenset({"contact", "kontak"})


@lru_cache(maxsize=262144)
def _a_contact_persons_name(name: str, vocabulary: Vocabulary) -> bool:
    """The words 'contact person' in either language, anywhere in the name (customer_kontak_person,
    kontak_person_pbf: Indonesian borrows the English 'person')."""
    if "person" not in name.casefold():
        return False
    tokens = vocabulary.field_tokens(name)
    return any(first in _CONTACT_WORDS and second == "person" for first, second in zip(tokens, tokens[1:]))


def _names_a_contact_person(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A column names the row's contact person (contact, contact_name): the row is an
    organisation's or a place's (a warehouse location, an advertiser), its e-mail theirs."""
    return any(name_tokens(found.name) == ("contact",) or _first_concept(found.name, vocabulary) == "contact_person"
               for found in graph.columns[table])


@lru_cache(maxsize=262144)
def _first_concept(name: str, vocabulary: Vocabulary) -> str:
    """The concept of a column name's longest phrase ('' when it has none)."""
    found = concept_matches(vocabulary.field_tokens(name), vocabulary)
    return found[0][0].name if found else ""


def _words(tokens, words: frozenset[str]) -> set[str]:
    """The tokens (or their singulars) that are among words."""
    return {t for t in tokens if t in words or (t.endswith("s") and t[:-1] in words)}


_TENANT_WORDS = frozenset({"account", "accounts"})


def _a_tenant(table: str, context: TableContext, people: set[str], graph: KeyGraph) -> bool:
    """A table named only for accounts, in a source whose rows hold keys both to an account and to
    the people of another person table (Hi.Events' account_users: account_id, user_id, role; its
    events, created by a user in an account): each account is a tenant, an organiser's workspace
    its users share, not one person."""
    if not context.tokens or not set(context.tokens) <= _TENANT_WORDS:
        return False
    return any(table in targets and bool(targets & people - {table})
               for other in graph.columns if other != table
               for targets in [{link.target for link in graph.links[other]}])


_SAAS_TENANT_WORDS = frozenset({"tenant", "tenants"})


def _keyed_throughout(table: str, people: set[str], graph: KeyGraph) -> bool:
    """Half the source's other tables at least (eight or more) hold a key to the table, the people
    of another person table among them (a co-operative application sold as a service: its users,
    members, employees, chart of accounts, journals and settings each keyed tenant_id -> tenants):
    each row is a client organisation the whole application is partitioned by, not a renter, whom
    only the leases, bills and complaints about them would name."""
    holders = {link.table for link in graph.keyed_from(table) if link.table != table}
    return (len(holders) >= 8 and 2 * len(holders) >= len(graph.columns) - 1
            and bool(holders & people - {table}))


def _a_tenants_own(table: str, tenants: set[str], people: set[str], graph: KeyGraph, vocabulary: Vocabulary,
                   staff_only: bool = False) -> bool:
    """A row held by a tenant's workspace (Hi.Events' events: account_id -> accounts), every other
    key of it to the tenant's staff (the user who created it) or to the tenant's own people (its
    organiser profiles, keyed to the account themselves), and naming no person itself: the
    tenant's, what its staff set up, not theirs. An order or a payment keyed to an attendee's order
    is not held so. A client organisation of a service (tenants, staff_only) has members and
    customers of its own keyed to it too: there only a key to its staff or its user accounts is
    the tenant's (a cash book's user_id), a member's savings are the member's."""
    links = graph.links[table]
    if not any(link.target in tenants for link in links) or _names_its_person(table, graph, vocabulary):
        return False
    tokens = name_tokens(graph.table(table))
    if _words(tokens, vocabulary.person_words) - _TENANT_WORDS:
        return False  # account_user_assoc: a user's membership of the account, theirs
    if any(kind == "log" and _words(tokens, words) - _EVENT_WORDS for kind, _category, words in vocabulary.table_kinds):
        return False  # an audit trail of what the users did in the account: theirs
    return all(link.target in tenants or link.target == table
               or (link.target in people and (_STAFF_WORDS.intersection(name_tokens(graph.table(link.target)))
                                              or (not staff_only and _keyed_to(link.target, tenants, graph))))
               for link in links)


def _is_person_table(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary,
                     identity_of: Callable[[str], str]) -> bool:
    """The person table itself: its name is people (users, data_siswa, pelanggan), or, for a table
    of no other kind, two of its columns identify a person (a name and an email, ...) other than
    one in charge of the row (a hotspot's owner_name and owner_email name its owner, not it)."""
    by_name = _person_table_by_name(context, vocabulary)
    if by_name is False and context.tokens and set(context.tokens) <= _ACCESS_WORDS:
        return _access_accounts(table, graph, identity_of)  # akses: the accounts that hold access
    if by_name is not None:
        return by_name
    if context.kind is None and SITE_WORDS.intersection(context.tokens):
        return False  # biodata_web, profil_aplikasi: the site's own profile
    in_charge = vocabulary.in_charge_words  # but guru_mapel's nama_guru names its own teacher
    if in_charge.intersection(context.tokens):
        in_charge = in_charge.difference(context.tokens)
    identity = {concept for found in graph.columns[table] if (concept := identity_of(found.name))
                and not names_an_organisation(name_tokens(found.name), vocabulary)
                and not _words(name_tokens(found.name), in_charge)}
    if len(identity) == 1:  # a religion or a marital status beside it: two
        identity |= {concept for found in graph.columns[table]
                     if (concept := _first_concept(found.name, vocabulary)) in _PERSONS_OWN_CONCEPTS}
    if len(identity) >= 2 or _named_in_parts(table, graph, vocabulary):
        return not _a_server_connection(table, graph)  # a mailbox the application sends from: smtp_host, smtp_port
    return _names_a_household_head(table, graph)


def _access_accounts(table: str, graph: KeyGraph, identity_of: Callable[[str], str]) -> bool:
    """A table named only for access (akses) holding a password and another column that
    identifies someone (an e-mail, a name), and no key to another table: the accounts that are
    given access themselves (a co-operative's staff accounts), not a log of access."""
    identity = {identity_of(found.name) for found in graph.columns[table]} - {""}
    return "password" in identity and len(identity) >= 2 and not graph.links[table]


# Concepts only a person has (a religion, a marital status): beside one that identifies someone (a
# spouse's name, a birth date), the row is a person's profile, whatever the table is called (a
# council's members listed by the body they sit in).
_PERSONS_OWN_CONCEPTS = frozenset({"religion", "marital"})


# Words of the head of a household (kepala keluarga, kepala rumah tangga, abbreviated krt) and of
# the household itself.
_HEAD_WORDS = frozenset({"kepala", "head"})
_HOUSEHOLD_WORDS = frozenset({"keluarga", "rt", "kk", "household", "family", "rumah_tangga"})
_HOUSEHOLD_HEAD_WORDS = frozenset({"krt", "kk", "householder"})
_NAME_WORDS = frozenset({"nama", "name"})


def _names_a_household_head(table: str, graph: KeyGraph) -> bool:
    """A column gives the name of the head of a household (nama_krt, nama_kepala_keluarga,
    head_of_household_name): the row is a household, a family under its named head, a person's
    record (a census's rumah tangga, whose members, answers and expenses hold its key)."""
    for found in graph.columns[table]:
        tokens = set(name_tokens(found.name))
        if tokens & _NAME_WORDS and (tokens & _HOUSEHOLD_HEAD_WORDS
                                     or (tokens & _HEAD_WORDS and tokens & _HOUSEHOLD_WORDS)):
            return True
    return False


# Words of the columns of a connection to a server (a mail account's smtp_host and imap_port, an
# NNTP server's address): a name, an e-mail and a password beside two of them are a service account's.
_CONNECTION_WORDS = frozenset({"smtp", "imap", "pop3", "host", "hostname", "port", "server", "ssl", "tls",
                               "encryption"})


def _a_server_connection(table: str, graph: KeyGraph) -> bool:
    """Two of the table's columns are of a connection to a server (smtp_host, imap_port)."""
    return sum(bool(_CONNECTION_WORDS.intersection(name_tokens(found.name))) for found in graph.columns[table]) >= 2


# The parts of a person's name (first_name and last_name, firstname and surname, nama_depan and
# nama_belakang): only a person has a first name, a company or a thing has a name.
_FIRST_NAME_WORDS, _LAST_NAME_WORDS = frozenset({"first", "depan"}), frozenset({"last", "belakang"})


def _named_in_parts(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A column gives a first name and another a last name: the row names a person (OrangeHRM's
    hs_hr_developer, Fineract's m_client), whatever else it holds."""
    parts = set()
    for found in graph.columns[table]:
        tokens = vocabulary.field_tokens(found.name)
        if "name" in tokens:
            parts |= {"first"} if _FIRST_NAME_WORDS.intersection(tokens) else set()
            parts |= {"last"} if _LAST_NAME_WORDS.intersection(tokens) else set()
    return len(parts) == 2


@lru_cache(maxsize=65536)
def _person_table_by_name(context: TableContext, vocabulary: Vocabulary) -> bool | None:
    """Whether the table's name makes it the person table (True), rules it out (False), or leaves
    it to its columns (None)."""
    tokens = set(context.tokens)
    if "_".join(context.tokens) in vocabulary.person_words:
        return True  # a person word of several (account_holder, an organisation's nasabah_prioritas)
    if _people_of_an_organisation(context.tokens, vocabulary):
        return True  # bank_lulusans, toko_pelanggan: the people, an organisation's word before them
    if _head_of_an_organisation(context.tokens, vocabulary):
        return True  # kepala_sekolah, kepala_desa: the heads themselves, not the school or the village
    if not tokens or _words(tokens, vocabulary.organisation_words) or context.kind is not None \
            or _words(tokens, vocabulary.configuration_words):  # account_configuration: settings, not people
        return False
    people = _words(tokens, vocabulary.person_words)
    if people and tokens <= people | _PERSON_TABLE_WORDS:
        return True
    if _all_things(context, vocabulary) or _words(tokens, vocabulary.aggregate_words):
        return False
    return None


def _people_of_an_organisation(tokens: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """The name's last word is people (not accounts nor profiles, a bank's or a school's), every
    word before it an organisation's (bank_lulusans, a pool of graduates; toko_pelanggan)."""
    return len(tokens) > 1 and bool(_words(tokens[-1:], vocabulary.person_words) - _BANK_ACCOUNT_WORDS
                                    - _PROFILE_WORDS) \
        and set(tokens[:-1]) <= _words(tokens[:-1], vocabulary.organisation_words)


# Indonesian titles of the person who heads something (kepala sekolah, ketua koperasi): unlike
# English "head" (head_office), never a place or a body.
_HEAD_TITLE_WORDS = frozenset({"kepala", "ketua"})


def _head_of_an_organisation(tokens: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """The name is a head's title and, after it, only an organisation's words (kepala_sekolah,
    ketua_koperasi): a table of the heads, people."""
    return len(tokens) > 1 and tokens[0] in _HEAD_TITLE_WORDS \
        and set(tokens[1:]) <= _words(tokens[1:], vocabulary.organisation_words)


@lru_cache(maxsize=65536)  # by the table's name: sources repeat their tables' names
def _all_things(context: TableContext, vocabulary: Vocabulary) -> bool:
    """Every word of the table's name is a thing or reference data (products, kategori_produk, status)."""
    if "_".join(context.tokens) in vocabulary.catalogue_words:
        return True
    return bool(context.tokens) and set(context.tokens) <= (
        _words(context.tokens, vocabulary.catalogue_words) | _words(context.tokens, vocabulary.lookup_words))


@lru_cache(maxsize=65536)  # by the table's name: sources repeat their tables' names
def _excluded(context: TableContext, vocabulary: Vocabulary) -> bool:
    """A company, lookup, catalogue or configuration table by its name: not about people, whoever
    it points at."""
    tokens = context.tokens
    people = _words(tokens, vocabulary.person_words) - _PERSON_TABLE_WORDS
    organisation = bool(_words(tokens, vocabulary.organisation_words) or (
        context.kind is None and SITE_WORDS.intersection(tokens))) and not people  # biodata_web: the site's own
    configuration = bool(_words(tokens, vocabulary.configuration_words)) and not people
    reference = bool(tokens) and tokens[0] in _REFERENCE_PREFIXES and not people and context.kind is None
    return organisation or configuration or reference or "_".join(tokens) in vocabulary.catalogue_words or (
        context.kind is None and _all_things(context, vocabulary)) or (bool(tokens) and tokens[0] in _TARIFF_WORDS) \
        or (bool(tokens) and len(tokens[-1]) > 10 and tokens[-1].endswith(_GLUED_CATEGORY_ENDINGS) and not people)


def _a_sale_to_someone(table: str, context: TableContext, contexts: dict[str, TableContext], people: set[str],
                       graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A transaction of a shop or store named for it (toko_penjualan: the co-operative shop's
    sales), holding a key to a person table not of its staff (anggota_id -> anggota), or a line of
    one (toko_penjualan_detail): a member's or customer's purchase, theirs, though the shop's word
    heads the name. The shop's restocking purchases and stock moves, keyed only to the user who
    entered them, stay the shop's. A tariff or a lookup is no sale, whatever key it holds."""
    if not _words(context.tokens, vocabulary.organisation_words) or context.tokens[0] in _TARIFF_WORDS:
        return False
    return _sold_to_someone(table, contexts, people, graph) or (context.line and any(
        link.target != table and _sold_to_someone(link.target, contexts, people, graph) for link in graph.links[table]))


def _sold_to_someone(table: str, contexts: dict[str, TableContext], people: set[str], graph: KeyGraph) -> bool:
    """The table is a transaction keyed to a person not of its staff (a sale's head row)."""
    return contexts[table].kind in ("transaction", "payment") and any(
        link.target in people and link.target != table
        and not _STAFF_WORDS.intersection(name_tokens(graph.table(link.target))) for link in graph.links[table])


# Endings of a last word glued to "categories" (GLPI's itilcategories, knowbaseitemcategories):
# a table of categories of something, a lookup.
_GLUED_CATEGORY_ENDINGS = ("categories", "category")
# First words of a table of tariffs (tarif_pelayanan, tarif_kurir_wilayah): the Indonesian head
# word first, the price list of what follows, whoever it is for and whoever entered it.
_TARIFF_WORDS = frozenset({"tarif", "tariff", "tariffs"})
# First words of a table a schema names as reference data (ref_desa, ref_agama, reference_zones):
# whatever follows is a lookup, even a place or a kind the vocabulary does not know.
_REFERENCE_PREFIXES = frozenset({"ref", "reference", "referensi"})


def _a_thing_identifying_someone(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A table named for a thing (paket, a civil registry's request package) holds a person's
    identity number of its own (nik, nis, no_ktp): no thing has one, the row is about that person.
    Not an organisation's table (a school's nip of its head names its contact person)."""
    return not _words(context.tokens, vocabulary.organisation_words) and not SITE_WORDS.intersection(context.tokens) \
        and bool(graph.column_names[table] & PERSON_IDENTIFIERS)


# Words of a table of pieces written for the site (articles, news): the site's content, unless a
# key names the person who wrote one (LABELLING.md 1: a row holding a key to a person).
_WRITTEN_PIECE_WORDS = frozenset({"artikel", "article", "articles", "berita", "news", "blog", "blogs"})
_PIECE_TEXT_WORDS = frozenset({"content", "konten", "body", "text", "isi", "fulltext", "introtext"})  # what it says


def _a_piece_someone_wrote(table: str, context: TableContext, people: set[str], graph: KeyGraph,
                           vocabulary: Vocabulary) -> bool:
    """The table is named only for written pieces (artikel, berita, news), holds what was written
    (isi_berita, konten, body) and a key to a person table, not an operators' and not an audit
    stamp (berita.id_user -> users, artikel.penulis_id -> pengguna), or a number named for its
    poster (MantisBT's news.poster_id, in a source that holds people): each row is a piece that
    person wrote, not the site's catalogue. An article an admin put up stays the site's, and a row
    linking an article to a user, with no text, is no article."""
    return bool(context.tokens) and set(context.tokens) <= _WRITTEN_PIECE_WORDS and (any(
        link.target in people and link.target != table and not _an_audit_stamp(link.column)
        and not _OPERATOR_WORDS.intersection(name_tokens(graph.table(link.target))) for link in graph.links[table])
        or (bool(people) and any(_a_poster_number(found.name, found.data_type) for found in graph.columns[table]))) \
        and any(_PIECE_TEXT_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in graph.columns[table])


def _posted_from_an_ip(table: str, people: set[str], graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A thing's row keeps the IP address it was put up from and a key to a person table (not an
    operators', not an audit stamp): a listing someone posted (a classifieds site's t_item with
    fk_i_user_id and s_ip), theirs, not the site's catalogue."""
    return any(link.target in people and link.target != table and not _an_audit_stamp(link.column)
               and not _OPERATOR_WORDS.intersection(name_tokens(graph.table(link.target))) for link in graph.links[table]) \
        and any(_an_ip_address(found.name, vocabulary) for found in graph.columns[table])


# Kinds of record a written piece may be a part of: a ticket's articles are its messages.
_CASE_KINDS = frozenset({"support", "interaction"})


def _a_piece_of_a_case(table: str, context: TableContext, contexts: dict[str, TableContext], graph: KeyGraph) -> bool:
    """The table is named only for written pieces (article) and holds a key to a ticket or a
    conversation (OTRS's article.ticket_id -> ticket): each row is a message in that case, whoever
    the case is about, not the site's catalogue."""
    return bool(context.tokens) and set(context.tokens) <= _WRITTEN_PIECE_WORDS and any(
        link.target != table and contexts[link.target].kind in _CASE_KINDS for link in graph.links[table])


def _case_record(table: str, contexts: dict[str, TableContext], graph: KeyGraph, vocabulary: Vocabulary,
                 partners: bool) -> Record | None:
    """A piece of a support ticket (OTRS's article.ticket_id -> ticket) is a message of that
    ticket, customer-service data like the ticket itself; None for any other table."""
    if not _a_piece_of_a_case(table, contexts[table], contexts, graph):
        return None
    return next((_record_of(contexts[link.target], vocabulary, partners) for link in graph.links[table]
                 if link.target != table and contexts[link.target].kind == "support"), None)


def shown_table(name: str) -> str:
    """A table as evidence names it: an API operation by its path (its method says nothing of the data)."""
    return HTTP_METHOD.sub("", name)


def _direct_evidence(table: str, contexts: dict[str, TableContext], person_columns: _PersonColumns, graph: KeyGraph,
                     vocabulary: Vocabulary, identity_of: Callable[[str], str],
                     organisations: set[str] = frozenset()) -> str:
    """Why a table's rows are about a person without following a key ('' when nothing says so).
    contexts: every table's; organisations: the tables that describe an organisation itself (a
    CRM's company accounts)."""
    context = contexts[table]
    name = shown_table(graph.table(table))
    def shared_thing() -> bool:
        return context.kind is None and _shared_by_members(table, contexts, person_columns.people, graph, vocabulary)

    named = _named_person_key(table, context, graph, vocabulary, organisations, person_columns.people, shared_thing)
    if named is not None:
        return f"row of a person: {name}.{named} names a person"
    keyed_to_organisation = _keyed_to(table, organisations, graph)
    if context.address_book and not (keyed_to_organisation and _keys_only_to(table, organisations, graph)):
        return f"{name} holds people's addresses"
    if context.person and not context.lookup and not _kinds_of_people(context) \
            and _names_someone(table, graph, vocabulary, identity_of):
        return f"{name} is named for the {_person_word(table, graph, vocabulary)} its rows are about"
    parties = _party_columns(table, graph, vocabulary)
    if parties:
        return f"{name} names and reaches people ({', '.join(parties[:3])})"
    polymorphic = _polymorphic_key(table, graph, vocabulary)
    if polymorphic and person_columns.account_table():
        return (f"row of a person: {name}.{polymorphic} is a polymorphic key (with its _type) to the "
                f"application's {graph.table(person_columns.account_table())}")
    shared = _shared_identifier(table, person_columns, graph, vocabulary, identity_of,
                                context.kind in (None, "preference"))
    if shared and not _a_server_connection(table, graph) and not shared_thing() \
            and not _names_a_contact_person(table, graph, vocabulary):
        return (f"row of a {_person_word(shared[1], graph, vocabulary)}: {name}.{shared[0]} is "
                f"{graph.table(shared[1])}.{shared[2]}")
    addressed = _addressed_message(table, graph, vocabulary, identity_of)
    if addressed and not context.lookup:
        return f"a message to or from a person's address: {name}.{addressed}"
    ends = _message_ends(table, context, graph)
    if ends:
        return f"a message between people: {name}.{ends[0]} and {ends[1]} name its two ends"
    writer = _named_writer(table, context, graph, vocabulary)
    if writer:
        return f"a message naming the person who wrote it: {name}.{writer}"
    identified = next((found.name for found in graph.columns[table]
                       if identity_of(found.name) == "identity_number" and not _a_flag(found.data_type)), "")
    if identified and not context.lookup:
        return f"row of a person: {name}.{identified} is a person's identity number"
    visitor = _visitor_column(table, context, graph, vocabulary, identity_of)
    if visitor:
        return f"{VISITOR_EVIDENCE}: {name}.{visitor} records where someone came from"
    searcher = _who_searched(table, context, graph)
    if searcher:
        return f"{SEARCH_EVIDENCE}: {name}.{searcher} names who ran it"
    if context.kind in KEYLESS_PERSONAL_KINDS and not context.lookup and not _words(context.tokens,
                                                                                  vocabulary.aggregate_words) \
            and not _words(context.tokens, _OFFER_WORDS | _PURCHASE_WORDS) \
            and not (_named_only_by_keyed_words(context, vocabulary)
                     and not _names_someone(table, graph, vocabulary, identity_of)) \
            and (context.kind != "log" or _a_session_store(context)
                 or _traces_someone(table, graph, vocabulary, identity_of)) \
            and not (context.kind == "payment" and _keyed_to_organisation(table, graph, vocabulary)) \
            and not (context.kind in ("payment", "transaction") and keyed_to_organisation) \
            and not _a_picklist(table, graph, vocabulary) \
            and not (context.kind == "payment" and _a_list_of_charges(table, graph, vocabulary)) \
            and not (context.kind in ("payment", "transaction") and _buying_in(table, contexts, graph)):
        return f"a {context.kind} record: a person's, though no key names them"
    return ""


VISITOR_EVIDENCE = "a log of visitors"
# Indonesian words a lookup's name begins with, before what it sorts (jenis_peserta, the kinds of
# participant; kelompok_pasien, asal_pasien): the head comes first, unlike English participant_types.
_HEAD_FIRST_LOOKUP_WORDS = frozenset({"jenis", "jns", "kategori", "tipe", "kelompok", "golongan", "asal"})


def _kinds_of_people(context: TableContext) -> bool:
    """The table's name begins with an Indonesian word of a lookup, people after it (jenis_peserta,
    kategori_pasien): the kinds of people it sorts them into, not the people."""
    return len(context.tokens) > 1 and context.tokens[0] in _HEAD_FIRST_LOOKUP_WORDS
SEARCH_EVIDENCE = "a search a person ran, saved"
# Words of the column naming who made a row, in a table of searches: the one who searched.
_CREATOR_WORDS = frozenset({"created", "create", "creator", "createdby"})


def _who_searched(table: str, context: TableContext, graph: KeyGraph) -> str:
    """In a table of searches (its name's last word search or searches: a catalogue's
    biblio_searches, a gallery's search), the number naming who created the row (created_by,
    creator_id): the search is that person's, what they looked for and when; or ''."""
    if not context.tokens or context.tokens[-1] not in _SEARCH_STORE:
        return ""
    return next((found.name for found in graph.columns[table] if _CREATOR_WORDS.intersection(name_tokens(found.name))
                 and _a_number(found.data_type)), "")
_MACHINE_WORDS = frozenset({"server", "host", "hostname", "machine", "mac", "port", "gateway", "subnet", "token",
                            "permissions", "allowed", "whitelist", "allowlist"})  # a machine's address, a key's limits
# Words of a column telling more of a visitor than an IP: the attempts they made, their agent or device.
_VISIT_WORDS = frozenset({"attempt", "attempts", "percobaan", "tries", "agent", "device", "browser", "platform"})


def _visitor_column(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary,
                    identity_of: Callable[[str], str]) -> str:
    """A table of no kind, no lookup and no person's, that records an IP address and, beside it,
    something else of whoever came from it: their user agent or device (a visitor counter's
    pengunjung_ip and pengunjung_agent, pengunjung_device), a user name or an e-mail (a login's ip_addr and
    username_login, a ban's ban_ip and ban_email), the attempts they made (a form firewall's
    ip_address and attempts): each row is a trace of that visitor, a log (A.2.5), though no key
    names them. Not a machine's address (server_ip, a network inventory's IPs beside their
    hostname and mac, an API key's allowed IPs beside its token), nor an IP alone (a system log's,
    a queue run's). The IP column, or ''."""
    if context.kind is not None or context.lookup or context.person or not any(
            "ip" in name or "addr" in name for name in graph.column_names[table]):  # every IP's name says so
        return ""
    columns = graph.columns[table]
    ip = next((found.name for found in columns if _an_ip_address(found.name, vocabulary)), "")
    if not ip or any(_MACHINE_WORDS.intersection(name_tokens(found.name)) for found in columns):
        return ""
    return ip if any(found.name != ip and (_recorded_concept(found.name, vocabulary) or identity_of(found.name)
                                           or _VISIT_WORDS.intersection(name_tokens(found.name)))
                     for found in columns) else ""


@lru_cache(maxsize=262144)
def _an_ip_address(name: str, vocabulary: Vocabulary) -> bool:
    return any(concept.name == "ip_address" for concept, _phrase in concept_matches(vocabulary.field_tokens(name),
                                                                                    vocabulary))


_SALE_WORDS = frozenset({"sale", "sales", "penjualan", "jual"})  # words of what the organisation sells


def _buying_in(table: str, contexts: dict[str, TableContext], graph: KeyGraph) -> bool:
    """The row, or the transaction or payment it holds a key to (a purchase order's line, the
    payment of a debt), is the organisation's buying in: named so (pembelian, restock) or naming a
    supplier. With no key to a person, not a sale to someone unnamed; a row named for a sale
    (FrontAccounting's sales_order_details, whose order_no is also the purchase orders' key) is one."""
    if _SALE_WORDS.intersection(contexts[table].tokens):
        return False
    return _a_supplier_deal(table, contexts[table], graph) or any(
        link.target != table and contexts[link.target].kind in ("transaction", "payment")
        and _a_supplier_deal(link.target, contexts[link.target], graph) for link in graph.links[table])


def _a_purchase_order(tokens: tuple[str, ...]) -> bool:
    """A purchase order (purchase_order, detail_purchase_order, po_detail): what the organisation
    orders from a supplier, in any ERP."""
    return "po" in tokens or ("purchase" in tokens and bool({"order", "orders"}.intersection(tokens)))


def _a_supplier_deal(table: str, context: TableContext, graph: KeyGraph) -> bool:
    """Named for buying in (pembelian, purch), or a column or a key of the row names a supplier
    (supplier, id_supplier, kode_pemasok, a key to a suppliers' table)."""
    return bool(_PURCHASE_WORDS.intersection(context.tokens)) or _a_purchase_order(context.tokens) \
        or any(_SUPPLIER_WORDS.intersection(name_tokens(found.name)) for found in graph.columns[table]) \
        or any(_SUPPLIER_WORDS.intersection(name_tokens(graph.table(link.target))) for link in graph.links[table])


# Columns that say how a value of a picklist is shown (its colour, its place in a list, whether it
# is offered): a table of ticket priorities or payment terms, not anyone's ticket or payment.
_PRESENTATION_WORDS = frozenset({"color", "colour", "warna", "sort", "sortorder", "ordering", "urutan", "presence",
                                 "ispublic"})
_PICKLIST_WIDTH = 8  # a picklist's columns: its key, the value and its label, how it is shown, its stamps


def _a_picklist(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The table is a short list of values with how each is shown (ticket_priority with its
    color, payment_terms with its sort_order, sumber_pemasukan with its urutan), its keys only to
    tables that hold none (a validity list)."""
    columns = graph.columns[table]
    return len(columns) <= _PICKLIST_WIDTH and not any(graph.links[link.target] for link in graph.links[table]) and any(
        _PRESENTATION_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in columns)


def _a_list_of_charges(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A payment table with no moment and no key to another row (t_biaya with its nama_biaya and
    harga_biaya, cara_bayar, payment_methods) lists what may be charged or how to pay: a payment
    someone made happens at a time, or names what it settles (id_booking, no_pendaftaran)."""
    own_words = set(name_tokens(graph.table(table)))
    return not graph.links[table] and not any(
        _a_time(found, vocabulary) or not own_words.issuperset(_words_of_target(found.name))
        for found in graph.columns[table])


def _words_of_target(column: str) -> tuple[str, ...]:
    """The words of what a key column's name says it points to (id_booking: booking), () for no key."""
    target = named_target(column)
    return tuple(target.split("_")) if target else ()


# Words of an address column naming whom a message went to (toEmail, no_tujuan, recipient_phone);
# a sender's address may be the organisation's own (a newsletter's from address).
_DIRECTION_WORDS = frozenset({"to", "recipient", "recipients", "penerima", "tujuan", "receiver", "destination", "cc",
                              "bcc"})


def _addressed_message(table: str, graph: KeyGraph, vocabulary: Vocabulary, identity_of: Callable[[str], str]) -> str:
    """The column of the e-mail address or phone number a message went to (toEmail, no_tujuan,
    DestinationNumber), in a table that also holds a message's text (a mail queue, a failed-mail
    log, an SMS gateway's outbox), or ''."""
    columns = graph.columns[table]
    address = next((found.name for found in columns if _DIRECTION_WORDS.intersection(tokens := vocabulary.field_tokens(
        found.name)) and (identity_of(found.name) in ("email", "phone") or tokens[-1] in ("no", "phone"))
        or _an_addressee(tokens, found.data_type)), "")
    if address and any(_CONTENT_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in columns):
        return address
    return ""


@lru_cache(maxsize=64)
def _record_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Every word that names a kind of record, those of records no category covers included (diagnosa)."""
    return _kind_words(vocabulary) | frozenset(word for _kind, _sensitive, words in vocabulary.uncovered_records
                                               for word in words)


def _named_only_by_keyed_words(context: TableContext, vocabulary: Vocabulary) -> bool:
    """The table's kind is named only by words that make a record a person's when a key or a
    column names them (bugs, program_donasi, stock_holds): with neither, the organisation's own."""
    keyed = _words(context.tokens, vocabulary.keyed_kind_words)
    return bool(keyed) and not (_words(context.tokens, _kind_words(vocabulary)) - keyed)


@lru_cache(maxsize=64)
def _kind_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Every word that names a kind of record."""
    return frozenset(word for _kind, _category, words in vocabulary.table_kinds for word in words)


# Words of a column holding what a person wrote to the site (a comment, a review, a question), not
# a description of a thing (a forum's or a category's description).
_WRITTEN_WORDS = frozenset({"comment", "comments", "komentar", "review", "ulasan", "message", "pesan", "pertanyaan",
                            "question", "testimoni", "testimonial", "kritik", "saran", "feedback"})


def _named_writer(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary) -> str:
    """The bare name column (nama, name) of a message, review or comment that holds what someone
    wrote (komentar, message, pertanyaan): the writer's name, though no key names them; '' else."""
    if context.kind != "interaction" or context.lookup:
        return ""
    columns = graph.columns[table]
    if not any(_WRITTEN_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in columns):
        return ""
    return next((found.name for found in columns if vocabulary.field_tokens(found.name) == ("name",)), "")


def _message_ends(table: str, context: TableContext, graph: KeyGraph) -> tuple[str, str] | None:
    """A message's two ends named by columns of the same words ending in from and to, one of them
    a number (message_from INT, message_to): the sender's and the recipients' keys, though no id
    word says so; None else."""
    if context.lookup:
        return None
    if context.kind == "log":  # a chat log: the messages sent, by a sender to a recipient
        return _sending_and_receiving_ends(table, graph) if any(
            "message" in name_tokens(found.name) for found in graph.columns[table]) else None
    if context.kind != "interaction":
        return None
    ends = {}
    for found in graph.columns[table]:
        tokens = name_tokens(found.name)
        if len(tokens) > 1 and tokens[-1] in ("from", "to"):
            ends.setdefault(tokens[:-1], {})[tokens[-1]] = found
    pair = next(((pair["from"].name, pair["to"].name) for pair in ends.values() if len(pair) == 2
                 and (_a_number(pair["from"].data_type) or _a_number(pair["to"].data_type))), None)
    return pair or _sending_and_receiving_ends(table, graph)


# First words of the columns of a message's sending and receiving ends (send_id and dest_id,
# src_charid and dst_charname): a game's or a switch's abbreviations.
_SENDING_WORDS = frozenset({"send", "src", "source"})
_RECEIVING_WORDS = frozenset({"dest", "dst", "destination"})


def _sending_and_receiving_ends(table: str, graph: KeyGraph) -> tuple[str, str] | None:
    """A column that begins with a sending word and one that begins with a receiving word, one of
    them a number naming whose it is (send_id INT, src_charid INT): the sender's and the
    recipient's, in a table of messages."""
    sending = [found for found in graph.columns[table] if len(tokens := name_tokens(found.name)) > 1
               and tokens[0] in _SENDING_WORDS]
    receiving = [found for found in graph.columns[table] if len(tokens := name_tokens(found.name)) > 1
                 and tokens[0] in _RECEIVING_WORDS]
    keyed = [found for found in sending + receiving if _a_number(found.data_type)
             and name_tokens(found.name)[-1].endswith("id")]
    if sending and receiving and keyed:
        return (sending[0].name, receiving[0].name)
    return None


# A column of its own naming whom a message went to (recipient, kepada, ke, target): its address,
# written as text; glued to what it holds (mailto, toaddress). Not a place (tujuan of a journey).
_ADDRESSEE_WORDS = frozenset({"to", "ke", "kepada", "recipient", "recipients", "receiver", "penerima", "target"})
_GLUED_ADDRESSEES = frozenset({"mailto", "sendto", "toaddress", "toaddr", "tomail", "tophone", "tonumber"})


def _an_addressee(tokens: tuple[str, ...], data_type: str | None) -> bool:
    """The column is the address a message went to by its name alone (recipient VARCHAR, mailto,
    toaddress), not a key to the person (recipient INT)."""
    return len(tokens) == 1 and (tokens[0] in _GLUED_ADDRESSEES or (
        tokens[0] in _ADDRESSEE_WORDS and not _a_number(data_type)))


def _keyed_to(table: str, tables: set[str], graph: KeyGraph) -> bool:
    """The table holds a key to one of the tables (an invoice's accountid to a company account)."""
    return any(link.target in tables for link in graph.links[table])


def _keys_only_to(table: str, tables: set[str], graph: KeyGraph) -> bool:
    """Every key the table holds leads to one of the tables (a company account's addresses)."""
    return all(link.target in tables for link in graph.links[table])


def _keyed_to_organisation(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The table's rows hold a key to an organisation (a branch, a supplier, a company): a branch's
    debt or a payment to a supplier, when no key names a person."""
    return any(_words(name_tokens(graph.table(link.target)), vocabulary.organisation_words)
               for link in graph.links[table])


def _traces_someone(table: str, graph: KeyGraph, vocabulary: Vocabulary,
                    identity_of: Callable[[str], str]) -> bool:
    """A log with no key to a person is a person's when a column records who or from where (a user
    name, an IP, a user agent, a session, a device); a system's backup history records nobody."""
    return _names_someone(table, graph, vocabulary, identity_of) or any(
        _recorded_concept(found.name, vocabulary) for found in graph.columns[table])


# The name of a web application's session store (sessions, session_tbl, matomo_session, Elgg's
# users_sessions): one
# row per visitor's session, whatever it keeps of them (an id, an expiry, serialised data). Not a
# session of something else (TrainingSessions, ConfSession, shu_session, an exam's sesi).
_SESSION_STORE = frozenset({"session", "sessions"})


def _a_session_store(context: TableContext) -> bool:
    """Named for sessions alone, or for the sessions of the site's accounts (users_sessions, member_session)."""
    return bool(_SESSION_STORE.intersection(context.tokens)) and set(context.tokens) <= _SESSION_STORE | _ACCOUNT_NAMES


# The name of a table of searches alone (search, searches, piwigo_search): one row per search a
# person saved, with its rules. Not a search index of something else (event_search, log_search).
_SEARCH_STORE = frozenset({"search", "searches"})


def _a_search_store(context: TableContext) -> bool:
    return bool(context.tokens) and set(context.tokens) <= _SEARCH_STORE


@lru_cache(maxsize=262144)
def _recorded_concept(name: str, vocabulary: Vocabulary) -> bool:
    """The name is of data recorded while a person uses a site (IP, user agent, session, device, position)."""
    return any(concept.strong and concept.category
               and vocabulary.section_of(concept.category) == "recorded_automatically"
               for concept, _phrase in concept_matches(vocabulary.field_tokens(name), vocabulary))


# Numbers only pupils have (NIS, NISN): a person table holding one is of pupils, mostly children.
_PUPIL_NUMBERS = frozenset({"nis", "nisn", "nipd"})


def _of_children(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A person table of children: named for them (siswa, balita, tb_anak); keyed by a pupil's key
    (a school's buku_induk, one row per id_siswa); or, named for no other kind of person than an
    account, holding a pupil's number (a pupils' user table with its nis; alumni keep theirs)."""
    if context.children or _words(context.tokens, vocabulary.children_words):
        return True
    own_key = graph.primary_keys[table]
    if len(own_key) == 1 and named_target(own_key[0]) in vocabulary.children_words:
        return True
    if _words(context.tokens, vocabulary.person_words) - _words(context.tokens, _ACCOUNT_NAMES):
        return False
    return any("_".join(name_tokens(found.name)) in _PUPIL_NUMBERS for found in graph.columns[table])


def _judge(table: str, context: TableContext, people: set[str], excluded: set[str], direct: dict[str, str],
           graph: KeyGraph, vocabulary: Vocabulary, contexts: dict[str, TableContext], partners: bool,
           reach: tuple[dict[str, int], dict[str, int]], follows: Callable[[Link], bool], children: set[str],
           organisation: bool = False, kept: bool = False, ledger: bool = False) -> TableJudgement:
    name = shown_table(graph.table(table))
    if table in people:
        uncovered, sensitive = _uncovered_kind(context, vocabulary)  # data_kesehatan_ibu, gaji_pegawai
        return TableJudgement(Record("person", True, vocabulary.id("account"), table in children, uncovered, sensitive),
                              context, f"{name} holds people")
    if kept:
        return TableJudgement(Record("other", False), context,
                              f"{name} is the organisation's, kept by the operator its key names")
    if ledger:
        return TableJudgement(Record("other", False), context,
                              f"{name} is the organisation's own ledger, kept by staff")
    if table in excluded:
        kind = "organisation" if organisation or _words(context.tokens, vocabulary.organisation_words) \
            or SITE_WORDS.intersection(context.tokens) else (
            "lookup" if context.lookup else "catalogue")
        own_words = {word.removesuffix("s") for word in name_tokens(graph.table(table))}
        contact = kind == "organisation" and any(  # not account_no in accounts, nor its head count: employees
            {word.removesuffix("s") for word in _words(name_tokens(f.name), vocabulary.person_words)} - own_words
            and "_".join(name_tokens(f.name)) not in _BUSINESS_COLUMNS and not named_target(f.name)
            for f in graph.columns[table])  # nor a key to the admin who keeps it
        return TableJudgement(Record(kind, False, contact_person=contact), context,
                              f"{name} holds {_things(kind)}, not people")
    def passes(through: str) -> bool:
        return through not in excluded

    chain = graph.chain(table, people.__contains__, passes=passes, distances=reach[0], follows=follows) or graph.chain(
        table, lambda t: t != table and t in direct, passes=passes, distances=reach[1], follows=follows)
    if chain:
        target = chain[-1].target
        evidence = f"row of a {_person_word(target, graph, vocabulary)}: {_describe(chain, graph)}"
        if target not in people:
            evidence += f" ({direct[target]})"
    elif table in direct:
        evidence = direct[table]
        if evidence.startswith((VISITOR_EVIDENCE, SEARCH_EVIDENCE)):
            return TableJudgement(Record("log", True, vocabulary.id("log")), context, evidence)
    else:
        return TableJudgement(Record("other", False), context, f"no key from {name} reaches a person")
    record = _own_record(table, context, graph, vocabulary, partners)
    record = _case_record(table, contexts, graph, vocabulary, partners) or record
    if record.kind in ("transaction", "payment", "record") and not record.uncovered and not context.person \
            and chain and _staff_only(table, chain, people, graph) and _a_purchase(table, graph, excluded, contexts):
        return TableJudgement(Record("other", False), context,
                              f"{name} is the organisation's dealing with a supplier, entered by staff "
                              f"({chain[0].column})")
    if record.kind in ("transaction", "payment", "record", "preference") and not record.uncovered \
            and not context.person and _between_own_places(table, graph, vocabulary) \
            and _keyed_only_to_staff(table, chain, people, graph, vocabulary):
        return TableJudgement(Record("other", False), context,
                              f"{name} is the organisation's move of its goods between its own places, entered by staff")
    if record.kind in ("transaction", "payment", "record") and not record.uncovered and not context.person \
            and chain and _LEDGER_WORDS.intersection(context.tokens) and _staff_only(table, chain, people, graph) \
            and all(link.target in people or link.target in excluded for link in graph.links[table]) \
            and not _names_its_person(table, graph, vocabulary):  # not income booked from a pupil's payment
        return TableJudgement(Record("other", False), context,
                              f"{name} is the organisation's own ledger, kept by staff ({chain[0].column})")
    first = chain[0].target if chain else ""
    if record.kind == "log" and first and first not in people and _EVENT_WORDS.intersection(context.tokens) \
            and _own_record(first, contexts[first], graph, vocabulary, partners).kind == "interaction":
        record = _message_record(record, vocabulary)  # event_json -> events, a chat's messages
    if record.kind == "record" and not record.uncovered and chain and _MAIL_WORDS.intersection(context.tokens) \
            and _mail_sent(table, graph, vocabulary):
        record = _message_record(record, vocabulary)  # a person's mailbox in the application: their messages
    if record.kind == "record" and not record.uncovered and chain:
        record = _inherited(record, chain, people, contexts, graph, vocabulary, partners)
    elif record.kind == "log" and chain and not _changes_values(table, graph, vocabulary):  # an audit trail stays a log
        record = _history_of(record, [t for t in (chain[0].target, *(link.target for link in graph.links[table]))
                                      if t not in people and t != table], contexts, graph, vocabulary, partners)
        if record.kind == "log" and _a_persons_past(graph.table(table), context, vocabulary):
            record = Record("record", True, vocabulary.id("account"), record.children, line=record.line)
    if record.kind == "record" and not record.uncovered and chain and _a_dealing_with_a_customer(
            table, chain[-1].target, graph, vocabulary):
        record = Record("transaction", True, vocabulary.id("transaction"), line=record.line)
    if chain and chain[-1].target in children:
        record = replace(record, about_person=True, children=True)
    elif _holds_a_child_key(table, graph, vocabulary) or _holds_a_pupil_number(table, chain, contexts, graph, vocabulary):
        record = replace(record, children=True)
    if record.kind != "payment" and _of_a_patient(table, chain, people, contexts, graph, vocabulary):
        record = replace(record, patient=True)  # a payment is the payer's; a visit, a test, a bill for them, health
        if record.kind == "log" and _HISTORY_WORDS.intersection(context.tokens):  # riwayat_pasien: no access log
            record = Record("record", True, vocabulary.id("account"), record.children, line=record.line, patient=True)
        if record.kind == "record" and not record.uncovered:  # an admission, a problem list: a medical record
            record = replace(record, uncovered=HEALTH, sensitive=True)
    if _words(context.tokens, vocabulary.finance_words) and not _a_book_loan(table, context, graph, contexts):
        record = replace(record, finance=True)
    return TableJudgement(record, context, evidence)


# Words of the people an organisation sells to or serves for money, and of a column counting
# what passed between them (qty, jumlah, a meter's stand).
_CUSTOMER_WORDS = frozenset({"customer", "customers", "cust", "pelanggan", "konsumen", "pembeli", "buyer", "buyers",
                             "client", "clients", "nasabah"})
_QUANTITY_WORDS = frozenset({"qty", "quantity", "quantities", "jumlah", "jml", "kuantitas", "volume", "stand"})
# Words of a table of what happened to a person over time: of a patient, their medical history.
_HISTORY_WORDS = frozenset({"history", "histories", "histori"})


def _a_dealing_with_a_customer(table: str, person_table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A row of no kind of its own, kept of a customer, that counts something or holds an amount of
    money (goods sent out to them, a water meter's reading, a production run for their order) is
    a dealing with them: their transaction. A customer's group, token or vehicle counts nothing."""
    if not _words(name_tokens(graph.table(person_table)), _CUSTOMER_WORDS):
        return False
    return _money_columns(table, graph, vocabulary) >= 1 or any(
        _QUANTITY_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in graph.columns[table])


_KEY_WORDS = frozenset({"id", "no", "nomor", "kode"})
# Children's words that name a child in a key (id_siswa, anak_id); child_id and kid are tree links.
_CHILD_KEY_WORDS = frozenset({"siswa", "murid", "pelajar", "pupil", "santri", "anak", "balita", "bayi"})
# Words of a library's catalogue: a loan of one of its books is no money lent.
_BOOK_WORDS = frozenset({"buku", "book", "books", "biblio", "pustaka", "koleksi"})


def _holds_a_child_key(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The row holds a pupil's or a child's key (id_siswa, anak_id) to a table the source does not
    hold (a dump of part of a school system): a child's record all the same."""
    for found in graph.columns[table]:
        tokens = name_tokens(found.name)
        if len(tokens) == 2 and _KEY_WORDS.intersection(tokens) and _CHILD_KEY_WORDS.intersection(tokens) \
                and not graph.resolve(named_target(found.name)):
            return True
    return False


def _holds_a_pupil_number(table: str, chain: list[Link], contexts: dict[str, TableContext], graph: KeyGraph,
                          vocabulary: Vocabulary) -> bool:
    """The row holds a pupil's number (nis, nisn: a grade, a counselling point, an internship's
    evaluation) and its keys reach no person of another kind (an alumni's tracer study keeps
    their old NIS; a guru's row is the teacher's)."""
    if not any("_".join(name_tokens(found.name)) in _PUPIL_NUMBERS for found in graph.columns[table]):
        return False
    if not chain:
        return True
    tokens = contexts[chain[-1].target].tokens
    return bool(_words(tokens, vocabulary.children_words)) or not (
        _words(tokens, vocabulary.person_words) - _words(tokens, _ACCOUNT_NAMES))


def _of_a_patient(table: str, chain: list[Link], people: set[str], contexts: dict[str, TableContext],
                  graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The row is a patient's: the person its chain reaches, or any person it holds a key to, is a
    patient (janji_temu with id_dokter before id_pasien is still the patient's appointment)."""
    targets = {link.target for link in graph.links[table] if link.target in people}
    targets |= {chain[-1].target} if chain else set()
    return any(_words(contexts[target].tokens, vocabulary.patient_words) for target in targets)


def _a_book_loan(table: str, context: TableContext, graph: KeyGraph, contexts: dict[str, TableContext]) -> bool:
    """A loan of a library's book (pinjam_buku, a loans table keyed to a book), not money lent."""
    return bool(_BOOK_WORDS.intersection(context.tokens)) or any(
        _BOOK_WORDS.intersection(contexts[link.target].tokens) for link in graph.links[table])


# Kinds of record whose history (a log keyed to one) is that record's data: an order's tracking
# log says what was bought and sent, a ticket's history what was asked.
_HISTORY_KINDS = frozenset({"transaction", "payment", "support"})


def _history_of(record: Record, keyed: list[str], contexts: dict[str, TableContext], graph: KeyGraph,
                vocabulary: Vocabulary, partners: bool) -> Record:
    """A log keyed to a transaction, a payment or a ticket (by the first key of its chain to the
    person, or by another key it holds beside the person's) is that record's history
    (log_tracking -> pengiriman, log_akad -> akad, history_service.transaksi_servis_id): of its category."""
    for keyed_to in keyed:
        found = _own_record(keyed_to, contexts[keyed_to], graph, vocabulary, partners)
        if found.kind in _HISTORY_KINDS:
            return Record(found.kind, True, found.category, record.children, line=record.line)
    return record


# Indonesian for a person's own history (riwayat hidup, a CV; riwayat pendidikan, riwayat
# penyakit): unlike English "history" (a page-view or login history), not an application's log.
_PAST_WORDS = frozenset({"riwayat"})


def _a_persons_past(name: str, context: TableContext, vocabulary: Vocabulary) -> bool:
    """The table is named a riwayat (riwayat_pendidikan, riwayat_mutasi) and by no other word of
    a kind of record: a person's past of their own, their schooling, postings or awards, no log of
    what they did in the application."""
    return bool(_PAST_WORDS.intersection(name_tokens(name))) \
        and not (_words(context.tokens, _kind_words(vocabulary)) - _HISTORY_WORDS)


# Person tables of the people who operate the system (admins, operators, petugas): a row of no
# kind that only they are keyed in is the organisation's, kept by them (a site text, a gallery
# picture, a branch's cash book); the key itself stays personal.
_OPERATOR_WORDS = frozenset({"admin", "admins", "administrator", "administrators", "operator", "operators", "petugas"})


# Person tables of an organisation's own staff or of its system's accounts, as opposed to its
# customers, members, patients or pupils.
_STAFF_WORDS = _OPERATOR_WORDS | {"user", "users", "pengguna", "staff", "staf", "pegawai", "karyawan", "kasir",
                                  "employee", "employees", "login"}
_SUPPLIER_WORDS = frozenset({"supplier", "suppliers", "suplier", "supliers", "pemasok", "distributor",
                             "distributors", "pbf"})  # pedagang besar farmasi: a pharmacy's wholesaler
# Words of the organisation's own books (a cash book, a journal, its income and expenses): rows
# keyed only to the staff who entered them are the organisation's, not the staff member's.
_LEDGER_WORDS = frozenset({"kas", "buku_kas", "jurnal", "journal", "ledger", "cashbook", "pengeluaran", "expense",
                           "expenses", "pemasukan", "pendapatan", "operasional", "modal"})
# Words of what an organisation buys in or receives from a supplier.
_BUYING_IN_WORDS = frozenset({"pembelian", "purch", "kulakan", "restock", "procurement", "pengadaan", "receiving",
                              "receivings", "penerimaan", "grn"})


def _own_ledgers(people: set[str], barred: set[str], reach: dict[str, int], contexts: dict[str, TableContext],
                 graph: KeyGraph, vocabulary: Vocabulary, partners: bool) -> set[str]:
    """The organisation's own books: tables named for them (kas, jurnal, buku_kas, a cash count's
    kas_opname, a journal's jurnal_detail) whose rows are of a transaction, a payment or no kind,
    name no one themselves, and hold keys only to its staff or user accounts (the clerk who entered
    or posted them), to tables barred from chains, to other such books (a cash movement's kas_id
    and jurnal_id) or to tables that reach no person, one of them at least to the staff or a book.
    A cash book row booked from a member's payment (anggota_id) is the member's."""
    candidates = {table for table, context in contexts.items() if table not in people and table not in barred
                  and _LEDGER_WORDS.intersection(context.tokens) and not context.person}
    candidates = {table for table in candidates if not _names_its_person(table, graph, vocabulary)
                  and (record := _own_record(table, contexts[table], graph, vocabulary, partners)).kind
                  in ("transaction", "payment", "record") and not record.uncovered}
    ledgers: set[str] = set()
    grown = bool(candidates)
    while grown:
        grown = False
        for table in candidates - ledgers:
            links = [link for link in graph.links[table] if link.target != table]
            held = [link.target in ledgers or (link.target in people and _named_for_staff(graph.table(link.target)))
                    for link in links]
            if any(held) and all(h or (link.target not in people and (link.target in barred or link.target not in reach))
                                 for h, link in zip(held, links)):
                ledgers.add(table)
                grown = True
    return ledgers


def _staff_only(table: str, chain: list[Link], people: set[str], graph: KeyGraph) -> bool:
    """The person the chain reaches (a person table, or one named for the person its rows are
    about: kpg_pegawai), and every person the table holds a key to, is staff or an account."""
    targets = {chain[-1].target} | {link.target for link in graph.links[table] if link.target in people}
    return all(_named_for_staff(graph.table(t)) for t in targets)


@lru_cache(maxsize=65536)
def _named_for_staff(table: str) -> bool:
    """The table's name has a staff or account word, alone or glued to another (users, kasir,
    userlogin, adminuser)."""
    tokens = name_tokens(table)
    return bool(_STAFF_WORDS.intersection(tokens)) or any(
        token.startswith(word) or token.endswith(word) for token in tokens for word in _STAFF_WORDS if len(word) >= 4)


# Words of the two ends of a move (the sending and the receiving branch, a transfer's source and
# destination warehouse).
_MOVE_END_WORDS = frozenset({"pengirim", "penerima", "asal", "tujuan", "sumber", "from", "to", "source", "destination",
                             "dest", "dari", "ke"})


def _between_own_places(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """Two columns name the organisation's places a thing moved between, by two ends of a move
    (transfer_pengirim_cabang and transfer_penerima_cabang, id_cabang_sumber and id_cabang_tujuan,
    warehouse_from and warehouse_to): a stock transfer inside the organisation."""
    ends: set[str] = set()
    for found in graph.columns[table]:
        tokens = name_tokens(found.name)
        if _words(tokens, vocabulary.organisation_words):
            ends |= _MOVE_END_WORDS.intersection(tokens)
    return len(ends) >= 2


def _keyed_only_to_staff(table: str, chain: list[Link], people: set[str], graph: KeyGraph,
                         vocabulary: Vocabulary) -> bool:
    """Every person the row is keyed to, by a chain or a key's name (tpk_user -> user,
    keranjang_id_kasir), is staff or an account, and one is."""
    named = [words for found in graph.columns[table] if _words(words := name_tokens(found.name), vocabulary.person_words)
             and not _words(words, vocabulary.organisation_words)]  # not penerima_cabang, the receiving branch
    return bool(chain or named) and (not chain or _staff_only(table, chain, people, graph)) \
        and all(_STAFF_WORDS.intersection(words) for words in named)


def _a_purchase(table: str, graph: KeyGraph, excluded: set[str], contexts: dict[str, TableContext]) -> bool:
    """The table is a purchase or a receipt of goods from a supplier (pembelian with id_supplier),
    or a line of one: named so, itself or its header, and holding a key to a supplier; or holding
    a supplier's key by name (a pharmacy's apt_faktur with id_supplier: a supplier's invoice)."""
    tables = [table, *(link.target for link in graph.links[table] if link.target not in excluded)]
    return any((_BUYING_IN_WORDS.intersection(contexts[t].tokens) and any(
        _SUPPLIER_WORDS.intersection(name_tokens(graph.table(link.target))) for link in graph.links[t]))
        or any(_SUPPLIER_WORDS.intersection(_words_of_target(found.name)) for found in graph.columns[t])
        for t in tables)


def _names_its_person(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The row names the person it is about itself: a party's name, address or phone
    (nama_pelanggan, alamat_penerima) or an identity number (nik, nis)."""
    return bool(_party_columns(table, graph, vocabulary)) or any(
        found.name.casefold() in PERSON_IDENTIFIERS for found in graph.columns[table])


def _kept_by_operators(table: str, context: TableContext, people: set[str], graph: KeyGraph, vocabulary: Vocabulary,
                       partners: bool) -> bool:
    """A row of no kind, not named for people, that only operators are keyed in and that names
    no person itself: the organisation's (a site text, a gallery picture, a mountain an admin entered)."""
    if context.person or not _operators_only(table, people, graph):
        return False
    record = _own_record(table, context, graph, vocabulary, partners)
    return record.kind == "record" and not record.uncovered and not _names_its_person(table, graph, vocabulary)


def _operators_only(table: str, people: set[str], graph: KeyGraph) -> bool:
    """Every key from the table to a person table leads to an operators' table or is named for an
    operator (a mountain's admin_id -> users)."""
    keys = [link for link in graph.links[table] if link.target in people]
    return bool(keys) and all(_OPERATOR_WORDS.intersection(name_tokens(graph.table(link.target)))
                              or _OPERATOR_WORDS.intersection(name_tokens(link.column)) for link in keys)


def _inherited(record: Record, chain: list[Link], people: set[str], contexts: dict[str, TableContext],
               graph: KeyGraph, vocabulary: Vocabulary, partners: bool) -> Record:
    """A record of no kind of its own takes the kind of the nearest record its keys pass through
    on the way to the person: a key of a person's device is device data (e2e_keys -> devices ->
    users), a result of an examination is health data (hasil_lab -> pemeriksaan -> pasien); or,
    keyed to the person directly, of the record it also holds a key to (e2e_keys.device_id -> devices).
    A key beside the chain to a place says where the thing is (GLPI's computers.locations_id): the
    row is no location trace of the person."""
    on_chain = [link.target for link in chain if link.target not in people]
    beside = [link.target for link in graph.links[chain[0].table] if link.target not in people]
    for table in on_chain + beside:
        found = _case_record(table, contexts, graph, vocabulary, partners) or _own_record(
            table, contexts[table], graph, vocabulary, partners)
        if found.kind == "location" and table not in on_chain:
            continue
        if found.kind != "record" or found.uncovered:
            return Record(found.kind, True, found.category, False, found.uncovered, found.sensitive, record.line)
    return record


@lru_cache(maxsize=65536)  # by the table's name: sources repeat their tables' names
def _record_of(context: TableContext, vocabulary: Vocabulary, partners: bool) -> Record:
    """The kind of a record about a person, by its table's words; of no kind: 'record' (A.1.1).
    Credit and marketing records are data from partners (A.3.x) only where a partner is declared."""
    kind = context.kind
    if kind in WITHOUT_PARTNER and not partners:
        kind = WITHOUT_PARTNER[kind]
    uncovered, sensitive = _uncovered_kind(context, vocabulary)
    if kind in _BOUGHT_KINDS and uncovered in _SET_BY_STAFF:  # apt_transaksi_resep, pembayaran_ujian: what was bought
        return Record(kind, True, vocabulary.id(kind), False, "", sensitive, context.line)
    if kind is None or uncovered:
        return Record("record", True, vocabulary.id("account"), False, uncovered, sensitive, context.line)
    category = vocabulary.id(_KIND_CONCEPTS.get(kind, "")) or context.category or vocabulary.id("account")
    return Record(kind, True, category, False, "", False, context.line)


# Kinds of record of what a person bought or paid: named also for an examination, a prescription
# or a course (a record the staff keep), they are first the transaction; a payslip stays payroll.
_BOUGHT_KINDS = frozenset({"transaction", "payment"})
_KIND_CONCEPTS = {"transaction": "transaction", "payment": "payment", "preference": "preference",
                  "location": "location", "device": "device", "log": "log", "support": "customer_service",
                  "survey": "survey", "interaction": "interaction"}


@lru_cache(maxsize=65536)  # by the table's name: sources repeat their tables' names
def _uncovered_kind(context: TableContext, vocabulary: Vocabulary) -> tuple[str, bool]:
    """A kind of record no policy category covers, by the table's words (grades, medical records, payslips)."""
    pairs = {f"{a}_{b}" for a, b in zip(context.tokens, context.tokens[1:])}
    for kind, sensitive, words in vocabulary.uncovered_records:
        if _words(context.tokens, words) or pairs & words:
            return kind, sensitive
    glued = [t for t in context.tokens if len(t) >= _LONG_GLUED and t not in vocabulary.known_words]
    for kind, sensitive, words in vocabulary.uncovered_records if glued else ():
        if any(len(word) >= _INFIX and word in token for word in words for token in glued):
            return kind, sensitive  # Sentrifugo's main_empmedicalclaims, main_empsalarydetails
    return "", False


# A table word this long that the vocabulary does not know is several glued together; a word of a
# kind of record at least _INFIX letters long found inside it names the record (emp+medical+claims).
_LONG_GLUED = 12
_INFIX = 6


def _names_someone(table: str, graph: KeyGraph, vocabulary: Vocabulary, identity_of: Callable[[str], str]) -> bool:
    """Some column identifies or names a person (nama_lengkap, nik, no_rm, nama_pasien; the table's
    own key, customer_id in hs_hr_customer, names the table, not a person): a table named
    for people whose columns name nobody (member_fields_dm, tujuan_pasien, attribute names of
    participants) defines or lists things about them, and is not one person's record. A column
    named as its table (a lookup's label, driver_job.driver_job) names the table's value, no one."""
    own_key, own_name = graph.primary_keys[table], graph.table(table).rpartition(".")[2].casefold()
    return any(identity_of(found.name) or found.name.casefold() in PERSON_IDENTIFIERS
               or (_words(name_tokens(found.name), vocabulary.person_words)
                   and own_key != (found.name.casefold(),) and found.name.casefold() != own_name)
               for found in graph.columns[table])


# An event is a log entry, unless it carries what someone wrote (a chat server's events, a forum's
# calendar): then it is a message, and so is what is kept of it (event_json, event_relations).
_EVENT_WORDS = frozenset({"event", "events"})
_CONTENT_WORDS = frozenset({"content", "body", "message", "msg", "description", "subject", "text", "isi", "pesan"})
# A receipt records a payment only when a column holds money; else it is a message's read receipt.
_RECEIPT_WORDS = frozenset({"receipt", "receipts"})
# What a column about a party to a record gives of them (nama_pengirim, alamat_penerima, telepon_pengirim).
_PARTY_DETAILS = {"name": "name", "address": "address", "phone": "contact", "email": "contact"}


def _party_columns(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The columns giving a named person's address with their name or phone (a parcel's sender
    and recipient): a row that says who someone is and where to reach them is about them,
    whatever thing its table is named for. A book's author names, a product's seller's phone, do not."""
    columns, details = _parties(table, graph, vocabulary)
    return columns if "address" in details and len(details) >= 2 else ()


def _parties(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> tuple[tuple[str, ...], frozenset[str]]:
    """The columns naming a person with a detail of them, and the details given (name, address, contact)."""
    columns, details = [], set()
    for found in graph.columns[table]:
        given = _party_details(found.name, vocabulary)
        if given:
            columns.append(found.name)
            details |= given
    return tuple(columns), frozenset(details)


@lru_cache(maxsize=262144)
def _party_details(name: str, vocabulary: Vocabulary) -> frozenset[str]:
    """What a column naming a person gives of them (nama_pengirim: name), empty for any other column
    and for one of the person in charge of the row (a hotspot's owner_phone: its contact person)."""
    tokens = vocabulary.field_tokens(name)
    if not any(t in vocabulary.person_words for t in tokens) or _words(tokens, vocabulary.in_charge_words):
        return frozenset()
    return frozenset(_PARTY_DETAILS[t] for t in tokens if t in _PARTY_DETAILS)


def _own_record(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary, partners: bool) -> Record:
    """The kind of record a table about a person is by its own name and columns: a thing named
    with the address of the people it names (paket_barang with its sender's and recipient's) is
    sent to them, a shipment."""
    record = _record_of(context, vocabulary, partners)
    if record.kind == "record" and not record.uncovered and context.tokens \
            and set(context.tokens) <= _WRITTEN_PIECE_WORDS:
        return _message_record(record, vocabulary)  # an article or a news item a person wrote: their post
    if record.kind == "record" and not record.uncovered and _excluded(context, vocabulary):
        columns, details = _parties(table, graph, vocabulary)
        if "address" in details and len(details) >= 2:
            return Record("transaction", True, vocabulary.id("transaction"), line=record.line)
    if record.kind == "log" and context.tokens and _ACCESS_WORDS.intersection(context.tokens) \
            and not (_words(context.tokens, _kind_words(vocabulary)) - _ACCESS_WORDS) \
            and not {"token", "tokens"}.intersection(context.tokens) \
            and not any(_a_time(found, vocabulary) for found in graph.columns[table]):
        return Record("record", True, vocabulary.id("account"), line=record.line)  # access rights, not an access log
    if record.kind in ("transaction", "record") and not record.uncovered and _changes_values(table, graph, vocabulary):
        return Record("log", True, vocabulary.id("log"), line=record.line)  # an audit trail: who changed what
    if record.kind == "record" and not record.uncovered and _who_searched(table, context, graph):
        return Record("log", True, vocabulary.id("log"), line=record.line)  # a search someone ran: what they looked for
    if record.kind == "payment" and _RECEIPT_WORDS.intersection(context.tokens) \
            and not _money_columns(table, graph, vocabulary):
        return Record("log", True, vocabulary.id("log"), line=record.line)  # a read receipt: what someone read
    if record.kind == "log" and _EVENT_WORDS.intersection(context.tokens) and any(
            _CONTENT_WORDS.intersection(vocabulary.field_tokens(found.name)) for found in graph.columns[table]):
        return _message_record(record, vocabulary)  # an event someone posted: a chat message, a calendar entry
    if record.kind == "log" and _MAIL_WORDS.intersection(context.tokens) and _mail_sent(table, graph, vocabulary):
        return _message_record(record, vocabulary)  # a log of e-mails sent: the messages themselves
    if record.kind == "location" and not any(_places_someone(found.name, vocabulary) for found in graph.columns[table]):
        return Record("record", True, vocabulary.id("account"), line=record.line)  # a member's job position
    if record.kind == "record" and not record.uncovered and _names_notices(context):
        if _notice_sent(table, context, graph, vocabulary):  # an alert with its text, read or not: a message
            return _message_record(record, vocabulary)
        return Record("preference", True, vocabulary.id("preference"), line=record.line)  # what to be told of
    if record.kind == "record" and not record.uncovered and _a_search_store(context):
        return Record("preference", True, vocabulary.id("preference"), line=record.line)  # a person's saved searches
    if record.kind == "record" and not record.uncovered and _money_columns(table, graph, vocabulary) >= 2:
        return Record("transaction", True, vocabulary.id("transaction"), line=record.line)  # what it cost them
    if record.kind == "support" and _money_columns(table, graph, vocabulary) >= 1:
        return Record("transaction", True, vocabulary.id("transaction"), line=record.line)  # a ticket bought
    return record


# Words of a table that may be a log of access or the access a person is granted (matomo_access, akses).
_ACCESS_WORDS = frozenset({"access", "akses"})
_TIME_TYPES = re.compile(r"date|time|year", re.IGNORECASE)


def _a_time(found: Field, vocabulary: Vocabulary) -> bool:
    """The column holds a moment (a date or time type, or a time word in its name)."""
    return bool(_TIME_TYPES.search(found.data_type or "")) or bool(
        vocabulary.time_words.intersection(vocabulary.field_tokens(found.name)))


@lru_cache(maxsize=262144)
def _places_someone(name: str, vocabulary: Vocabulary) -> bool:
    """The column says where someone was (a latitude, coordinates, an IP): a table named for
    positions or locations with none of them (a member's job positions: title, company, from,
    to) is no location trace."""
    location = vocabulary.id("location")
    return any(concept.strong and concept.category == location
               for concept, _phrase in concept_matches(vocabulary.field_tokens(name), vocabulary))


_COUNTING_MONEY_WORDS = frozenset({"total", "subtotal", "jumlah"})  # money only when the type says so
_MONEY_TYPE = re.compile(r"decimal|numeric|money|currency|float|double|real", re.IGNORECASE)


def _money_columns(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> int:
    """How many of the table's columns hold an amount of money: named by a money word last (harga,
    biaya, amount, total_bayar), a bare total or jumlah only of a money type (total_posts counts)."""
    count = 0
    for found in graph.columns[table]:
        last = vocabulary.field_tokens(found.name)[-1:]
        if last and last[0] in vocabulary.money_words and (
                last[0] not in _COUNTING_MONEY_WORDS or _MONEY_TYPE.search(found.data_type or "")):
            count += 1
    return count


def _changes_values(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The table records a change of a value, old and new side by side (OldValue and NewValue,
    old_status and new_status, nilai_lama and nilai_baru): an audit trail, whatever it is named
    (a helpdesk's Transactions are its tickets' history, not purchases)."""
    old, new = set(), set()
    for found in graph.columns[table]:
        side = _change_side(found.name, vocabulary)
        if side:
            (old if side[0] else new).add(side[1])
    return bool(old & new)


@lru_cache(maxsize=262144)
def _change_side(name: str, vocabulary: Vocabulary) -> tuple[bool, tuple[str, ...]] | None:
    """(True for the old side, what changed) for old_status, nilai_lama, NewValue; else None."""
    tokens = vocabulary.field_tokens(name)
    if len(tokens) > 1 and tokens[0] in _OLD | _NEW:
        return tokens[0] in _OLD, tokens[1:]
    if len(tokens) > 1 and tokens[-1] in _OLD | _NEW:
        return tokens[-1] in _OLD, tokens[:-1]
    return None


_OLD, _NEW = frozenset({"old", "previous", "prev", "lama", "sebelum"}), frozenset({"new", "baru", "sesudah"})


# Words of a table of e-mails (mail_log, email_history, maillogs).
_MAIL_WORDS = frozenset({"email", "emails", "mail", "mails"})
# Words of a column naming whom a message went to or came from (to, toemail, recipients, from_address).
_ADDRESSING_WORDS = _DIRECTION_WORDS | {"from", "sender", "dari", "pengirim"}


def _mail_sent(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """The table holds what an e-mail said (a subject, a body) and whom it went to or came from:
    a log of e-mails sent is of messages (A.1.4); a log of addresses alone (name, email, when) is not."""
    tokens = [vocabulary.field_tokens(found.name) for found in graph.columns[table]]
    return any(_CONTENT_WORDS.intersection(words) for words in tokens) and any(
        _ADDRESSING_WORDS.intersection(words) for words in tokens)


# Endings of an English table word for notices (notifications, mailnotifications, user_alerts).
_NOTICE_ENDINGS = ("notification", "notifications", "alert", "alerts", "notify")
# Words of a notice that has been sent: someone reads it or has not yet.
_READ_WORDS = frozenset({"read", "unread", "viewed", "seen"})


def _names_notices(context: TableContext) -> bool:
    return any(token.endswith(_NOTICE_ENDINGS) for token in context.tokens)


def _notice_sent(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A table of notifications holds notices sent to someone (a message, A.1.4) when it keeps
    what they said or whether they were read (icehrm's Notifications.message, kanboard's
    user_has_unread_notifications); with neither (a user, a kind of notice, a flag), it holds what
    the person chose to be notified of (A.2.3)."""
    if _READ_WORDS.intersection(context.tokens):
        return True
    return any((_CONTENT_WORDS | _READ_WORDS).intersection(vocabulary.field_tokens(found.name))
               for found in graph.columns[table])


def _message_record(record: Record, vocabulary: Vocabulary) -> Record:
    return Record("interaction", True, vocabulary.id("interaction"), record.children, line=record.line)


class _PersonColumns:
    """The columns of a source's person tables, to find the person table a row shares an
    identifying column with; built once per table pass, each answer remembered."""

    def __init__(self, people: set[str], graph: KeyGraph):
        self.graph = graph
        self.holding: dict[str, list[str]] = {}
        for person in people:
            for column in graph.column_names[person]:
                self.holding.setdefault(column, []).append(person)
        self._answers: dict[tuple[str, bool], str] = {}
        self.people = people

    def account_table(self) -> str:
        """The person table an application's polymorphic keys mostly point to: its users' table
        (users, pengguna) when it has one, else its accounts' or members', else its only person
        table, else ''."""
        for words in _ACCOUNT_WORDS:
            accounts = sorted(p for p in self.people if words.intersection(name_tokens(self.graph.table(p))))
            if accounts:
                return accounts[0]
        return next(iter(self.people)) if len(self.people) == 1 else ""

    def _second_key(self, person: str, column: str) -> bool:
        """The person table's column is an id of its own beside its primary key (OpenEMR's
        patient_data.pid beside id): an integer named as an id (not `paid`), not a key to another
        table, held by no other person table."""
        if len(self.holding.get(column, ())) != 1 or not column.endswith("id"):
            return False
        tokens, target = name_tokens(column), named_target(column)
        if not (tokens[-1] == "id" or (len(tokens) == 1 and len(tokens[0]) <= 6)) or (
                target and target not in table_names(person)):
            return False
        found = next(f for f in self.graph.columns[person] if f.name.casefold() == column)
        return _a_number(found.data_type) and not any(link.column.casefold() == column
                                                      for link in self.graph.links[person])

    def holder(self, column: str, identifying: bool) -> str:
        """The person table with the most columns that holds the column (an identifying one, or
        one that keys the person table alone), '' for none."""
        answer = self._answers.get((column, identifying))
        if answer is None:
            tables = self.holding.get(column, ())
            if not identifying:
                tables = [p for p in tables if self.graph.primary_keys[p] == (column,) or self._second_key(p, column)]
            answer = max(tables, key=lambda p: (len(self.graph.columns[p]), p), default="")
            self._answers[(column, identifying)] = answer
        return answer


# Words of an audit stamp (sys_create_user, created_by, createdby_id, user_input, entry_user,
# dibuat_oleh, ditutup_oleh): who typed a row in, not whose record it is; the column itself is
# still a key to that person.
_AUDIT_STAMP_WORDS = frozenset({"create", "created", "update", "updated", "modify", "modified", "entry", "input",
                                "insert", "inserted", "edit", "edited", "delete", "deleted", "change", "changed", "sys",
                                "createdby", "updatedby", "modifiedby", "lastmodifiedby", "dibuat", "diinput",
                                "diubah", "diupdate", "diedit", "diperbarui", "dihapus", "ditutup"})
# Kinds of record whose audit stamp names the person it is about: a message's or a notice's
# creator wrote it, a log's actor did what it records.
_STAMPED_BY_ITS_PERSON = frozenset({"interaction", "support", "log", "preference", "device", "location"})


def _follows_stamps(contexts: dict[str, TableContext],
                    stamps: frozenset[tuple[str, str]] = frozenset()) -> Callable[[Link], bool]:
    """Which keys a chain to a person follows: not an audit stamp (created_by, id_user_input, or
    one of the source's login stamps) of a row whose kind is not what a person wrote or did (a
    bill, a batch, a cash book the staff member typed in is not theirs), nor a pointer to the latest
    row of something kept for display (a forum category's last_topic_id, last_post_id), every other key."""
    def follows(link: Link) -> bool:
        if name_tokens(link.column)[:1] and name_tokens(link.column)[0] in _LATEST_WORDS:
            return False
        return contexts[link.table].kind in _STAMPED_BY_ITS_PERSON or not (
            _an_audit_stamp(link.column) or (link.table, link.column) in stamps)
    return follows


# First words of a key to the latest row of something, kept beside a row to show it (a forum
# category's last_topic_id): no owner of the row.
_LATEST_WORDS = frozenset({"last", "latest", "newest", "terakhir"})
_LOGIN_STAMP_SHARE = 4  # a quarter of the source's tables, four at least


def _login_stamps(people: set[str], graph: KeyGraph) -> frozenset[tuple[str, str]]:
    """The keys (table, column) of the source's login stamp: one column name, holding a user's
    login as text (vcUserID VARCHAR -> tbl_user), keying a quarter of the source's tables at least
    (four or more) to its users table: who typed each row in, stamped on the books throughout (a
    cooperative's chart of accounts, vouchers and cash book), not whose rows they are. A key by
    number (user_id INT in every table of a forum) is no such stamp."""
    holding: dict[tuple[str, str], list[Link]] = {}
    for table, links in graph.links.items():
        if table in people:
            continue
        for link in links:
            if link.target in people and _STAFF_WORDS.intersection(name_tokens(graph.table(link.target))):
                holding.setdefault((link.column.casefold(), link.target), []).append(link)
    stamps = set()
    for (_column, _target), links in holding.items():
        if len(links) >= max(4, len(graph.columns) / _LOGIN_STAMP_SHARE) and all(
                not _a_number(found.data_type) for link in links for found in graph.columns[link.table]
                if found.name == link.column):
            stamps |= {(link.table, link.column) for link in links}
    return frozenset(stamps)


@lru_cache(maxsize=262144)
def _an_audit_stamp(column: str) -> bool:
    return bool(_AUDIT_STAMP_WORDS.intersection(name_tokens(column)))


# A polymorphic key (Laravel's tokenable_id beside tokenable_type, osTicket's object_id beside
# object_type, X2CRM's recordId beside recordType): the row belongs to a model of the application,
# its users above all.
_ACCOUNT_WORDS = (frozenset({"user", "users", "pengguna"}), frozenset({"account", "accounts", "akun"}),
                  frozenset({"member", "members"}))  # in this order
_ACCOUNT_NAMES = frozenset().union(*_ACCOUNT_WORDS)


def _names_things(tokens: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """Every word names reference data, a catalogue or an organisation (zone, product, branch;
    not data_item)."""
    return bool(tokens) and set(tokens) <= _words(tokens, vocabulary.lookup_words | vocabulary.catalogue_words
                                                  | vocabulary.organisation_words)


def _polymorphic_key(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> str:
    """The column of a polymorphic key to the application's models, an id beside the type of
    what it points to (tokenable_id with tokenable_type, data_item_id with data_item_type,
    recordId with recordType; Laravel's model_id with model_type, in model_has_roles too), or ''."""
    names, own_key = graph.column_names[table], graph.primary_keys[table]
    own_words = {word.removesuffix("s") for word in name_tokens(graph.table(table))}
    for found in graph.columns[table]:
        name = found.name.casefold()
        stem, separator = (name[:-3], "_") if name.endswith("_id") else (name[:-2], "") if name.endswith("id") else ("", "")
        if stem and f"{stem}{separator}type" in names and (name,) != own_key and _an_id_type(found.data_type) \
                and (stem == "model" or not {word.removesuffix("s") for word in name_tokens(stem)} <= own_words) \
                and not _names_things(name_tokens(stem), vocabulary):  # zone_id beside zone_type: a lookup's
            return found.name  # not attribute_id with attribute_type in attribute_names: the row's own type
    return ""


_UUID_TYPE = re.compile(r"uuid|uniqueidentifier|^char\s*\(\s*36\s*\)$", re.IGNORECASE)


def _an_id_type(data_type: str | None) -> bool:
    """A type a key to another row has: a number or a UUID (or none given); not a text of a
    hundred characters (a video's vast_video_id beside its vast_video_type, a MIME type)."""
    return not data_type or _a_number(data_type) or bool(_UUID_TYPE.search(data_type.strip()))


def _shared_identifier(table: str, person_columns: _PersonColumns, graph: KeyGraph, vocabulary: Vocabulary,
                       identity_of: Callable[[str], str], by_user_name: bool = False) -> tuple[str, str, str] | None:
    """A column that also identifies the people of a person table (no_rm, nis, nik, or an email
    beside the same column of the patients', pupils' or users' table: a password reset keyed by
    `email`; with by_user_name, a `username`), as it is or behind its table's column prefix
    (pc_pid): (column, the person table with the most columns, the column's name there). The table
    is no person table."""
    for found in graph.columns[table]:
        lowered = found.name.casefold()
        if lowered not in person_columns.holding:
            lowered = _behind_column_prefix(lowered, table, person_columns.holding, graph) \
                if lowered.endswith("id") else ""
        if lowered in ("", "id", "uuid", "guid") or _every_tables_key(table, lowered, graph, vocabulary, identity_of):
            continue
        concept = identity_of(found.name)
        identifying = lowered in PERSON_IDENTIFIERS or concept in SHARED_IDENTITIES or (
            by_user_name and concept == "username")
        holder = person_columns.holder(lowered, identifying)
        if holder:
            return found.name, holder, lowered
    return None


def _every_tables_key(table: str, column: str, graph: KeyGraph, vocabulary: Vocabulary,
                      identity_of: Callable[[str], str]) -> bool:
    """The column (casefolded) is the table's own key under the name the source gives the keys of
    many tables, naming neither a person, a table nor an identity (Dolibarr's rowid, Osclass's
    pk_i_id): llx_usergroup.rowid beside llx_user.rowid is each table's own key, not a user's."""
    if not graph.a_conventional_key(table, column):
        return False
    target = named_target(column)
    return not (target and graph.resolve(target)) and not _words(name_tokens(column), vocabulary.person_words) \
        and not identity_of(column)


def _behind_column_prefix(column: str, table: str, names: dict[str, list[str]], graph: KeyGraph) -> str:
    """The id the column names behind the word most columns of its table start with, when that is
    a name of the given ones (OpenEMR's openemr_postcalendar_events.pc_pid, beside pc_eid and
    pc_title: pid, patient_data's second id), or ''."""
    first, underscore, rest = column.partition("_")
    return rest if underscore and rest.endswith("id") and rest in names and graph.column_prefix(table, (first,)) \
        else ""


# Words of the staff member at a till or a counter who enters a row (the cashier, the officer on
# duty): a key naming one says who rang the row up, not whose it is.
_CLERK_WORDS = frozenset({"kasir", "cashier", "petugas", "operator"})


def _named_person_key(table: str, context: TableContext, graph: KeyGraph, vocabulary: Vocabulary,
                      organisations: set[str] = frozenset(), people: set[str] = frozenset(),
                      shared_thing: Callable[[], bool] = lambda: False) -> str | None:
    """A column whose name is a key to a person the source does not hold (`userid` in a chat
    server's posts when users live elsewhere), or a number named after a person (`post_author`):
    the row is that person's all the same. A key to the person in charge of the row (a survey's
    `owner_id`, a class's `teacher_id`) makes it theirs only in a record of what a person did (a
    post's author; never a cashier or an officer on duty, who rang a sale up: the sale is not
    theirs); in a table of no kind, only a number naming who owns the row
    or put it there (OWNER_KEYS: an API token's Owner, a photo's added_by; not in a thing people
    belong to, shared_thing: a project with its members) or who wrote it (a test
    case's author_id) does; a number that is a
    key to a table of the source holding no people names that thing (phpIPAM's scanAgent, a key to
    its scan agents, programs), whatever its last word. An audit stamp
    (created_by, sys_create_user) and a count (jml_siswa) name nobody's row, and neither does a key
    to a table describing an organisation (an invoice's accountid to a CRM's company accounts)."""
    own_key = graph.primary_keys[table]
    activity = context.kind in ACTIVITY_KINDS
    table_words = KEY_QUALIFIERS | (_record_words(vocabulary) & (set(context.tokens) | set(name_tokens(graph.table(table)))))
    for found in graph.columns[table]:
        if own_key == (found.name.casefold(),):
            continue  # the table's own key names what the table is, not whose rows they are
        target = named_target(found.name)
        if target == "user" and graph.a_texts_uid(table, found.name.casefold()):
            target = ""  # forum_desc_uid beside forum_desc: the text's markup id
        tokens = name_tokens(found.name)
        if counts_people(found.name) or _AUDIT_STAMP_WORDS.intersection(tokens):
            continue  # jumlah_siswa counts people; sys_create_user says who typed the row in
        words = target.split("_") if target else []
        if words and set(words) <= _BANK_ACCOUNT_WORDS and _CODE_WORDS.intersection(tokens):
            continue  # a chart of accounts' kode_akun, account_code2: a ledger account, no user's
        if len(words) > 1 and words[0] == graph.column_codes.get(table):
            words = words[1:]  # ChurchCRM's donateditem_di.di_donor_ID: its own code, then a donor
        if words and organisations and graph.resolve(target) in organisations:
            continue
        if words and _words(words, vocabulary.person_words) and (not (
                set(words) - _words(words, vocabulary.person_words) - table_words)
                or _qualified_person(words, graph, vocabulary)):
            who = words  # customer_id, id_pelanggan, sales_rep_id, tb_diagnosa's id_pasien_diagnosa;
            #              not representative_picture_id, nor group_discounts' customer_group_id
        elif _a_number(found.data_type) and (
                (len(tokens) > 1 and tokens[-1] in vocabulary.person_words - _BANK_ACCOUNT_WORDS
                 and not _a_plural_of_people(tokens[-1], vocabulary))
                or (len(tokens) == 1 and tokens[0] in vocabulary.in_charge_words)
                or (people and len(tokens) == 1 and _a_lone_person_word(tokens[0], vocabulary))) and not any(
                link.column == found.name and link.target not in people for link in graph.links[table]):
            who = [tokens[-1]]  # post_author, link_owner, a lone Creator or Owner number, Jorani's leaves.employee;
            #                     not fk_bank_account
        elif people and tokens and (tokens[-1] in _POSTER_WORDS or tokens[-2:-1] and tokens[-2] in _POSTER_WORDS) \
                and _a_poster_number(found.name, found.data_type):
            who = [_POSTER_WORDS_SAY]  # phpBB's topic_poster, attachments.poster_id, a news item's poster_id
        else:
            continue
        if set(who) <= _CLERK_WORDS:
            continue  # keranjang_id_kasir, hutang_kasir: the cashier who rang the row up, not whose it is
        if activity or not _in_charge(who, vocabulary) or (
                context.kind is None and _a_number(found.data_type) and _AUTHOR_WORDS.intersection(who)
                and _uncovered_kind(context, vocabulary)[0] not in _SET_BY_STAFF):
            return found.name
    if context.kind is None or context.kind == "interaction":  # a comment's owner_guid: who wrote it
        owner = next((found.name for found in graph.columns[table]
                      if "_".join(name_tokens(found.name)) in OWNER_KEYS and _a_number(found.data_type)), None)
        return None if owner is None or shared_thing() else owner
    return None


_MEMBERSHIP_WIDTH = 5  # a membership's columns: its two keys, a role, when it began and changed


def _shared_by_members(table: str, contexts: dict[str, TableContext], people: set[str], graph: KeyGraph,
                       vocabulary: Vocabulary) -> bool:
    """A table of no kind and a few columns, named for its members, holds keys both to the table
    and to a person table (Kanboard's project_has_users, phpList's listuser: a membership): the
    rows are things several people belong to (a project, a mailing list), whose owner is in charge
    of them and whose e-mail is their own, not things about one person. A picture someone marked a
    favourite, or commented on, is no one's membership, nor is a list a person keeps of things
    (a real-estate site's comparison_list of apartments: the apartments stay their owners')."""
    return any(link.table != table and len(graph.columns[link.table]) <= _MEMBERSHIP_WIDTH
               and contexts[link.table].kind is None
               and _words(contexts[link.table].tokens, vocabulary.person_words)
               and any(other.target in people for other in graph.links[link.table])
               for link in graph.keyed_from(table))


# Words of a number naming who posted or put up a row (phpBB's topic_poster, MantisBT's
# news.poster_id), in a source that holds people: a key to one of them, whose post the row is,
# though no table is named so. Not the latest poster a forum keeps a copy of for showing
# (forum_last_poster_id, LastUserID): the newest post's, not the forum's.
_POSTER_WORDS = frozenset({"poster", "submitter", "writer"})
_POSTER_WORDS_SAY = "poster"
_LATEST_WORDS = frozenset({"last", "latest", "terakhir"})


@lru_cache(maxsize=262144)
def _a_poster_number(name: str, data_type: str | None) -> bool:
    """The column is a number named for who posted the row (topic_poster, poster_id), not the latest poster."""
    tokens, target = name_tokens(name), named_target(name)
    word = target.rpartition("_")[2] if target else (tokens[-1] if tokens else "")
    return word in _POSTER_WORDS and not _LATEST_WORDS.intersection(tokens) and _a_number(data_type)

# Words naming who wrote a row (a test case's author_id, an article's penulis): in a row of no kind,
# a number so named makes the row that person's work, unlike one naming who is in charge of a thing
# (a department's manager_id, a class's teacher_id) or who typed it in (RT's Creator on every table).
# Not in an education or health record (a course's test, a grade, a medical note): its author is the
# teacher or clinician who set it or wrote it down, and the record is about the pupil or patient it
# names. An employee's expense report or leave request is the author's own.
_AUTHOR_WORDS = frozenset({"author", "authors", "penulis"})
_SET_BY_STAFF = frozenset({"education record", HEALTH})  # kinds of uncovered_records in vocabulary.yaml


def _a_lone_person_word(word: str, vocabulary: Vocabulary) -> bool:
    """A column named only by one person word (employee, user, patient): a number so named, in a
    source that holds people, is a key to one of them (Jorani's leaves.employee to its users);
    not a plural (a count), nor an account's or a profile's word (a ledger's account, a profile type),
    nor an operator's (phpList's bounceregex.admin: the admin who keeps a setting)."""
    return word in vocabulary.person_words and not _a_plural_of_people(word, vocabulary) \
        and word not in _BANK_ACCOUNT_WORDS | _PROFILE_WORDS | _OPERATOR_WORDS


def _a_plural_of_people(word: str, vocabulary: Vocabulary) -> bool:
    """The word is the plural of a person word (users, members): a number named so counts people
    (Friendica's gserver.registered-users), it is no key to one."""
    return word.endswith("s") and word[:-1] in vocabulary.person_words


def _qualified_person(words: list[str], graph: KeyGraph, vocabulary: Vocabulary) -> bool:
    """A key's words name a person last, behind words saying which one (HotCRP's leadContactId,
    shepherdContactId, approver_user_id): a key to that person, unless a table of the source is
    named by these words (CubeCart's set_member_id names option_set_member) or a qualifier is a
    code's stub (x12_sender_id), or the person word is an account's (a bank or ledger account:
    Dolibarr's fk_bank_account)."""
    if len(words) < 2 or not _words(words[-1:], vocabulary.person_words) or words[-1] in _BANK_ACCOUNT_WORDS \
            or any(len(word) < 3 for word in words[:-1]):
        return False
    return not graph.named_by_last_words(tuple(words))


@lru_cache(maxsize=4096)
def _a_number(data_type: str | None) -> bool:
    """An integer type that is no boolean flag (TINYINT(1) profile in a profile field's definition)."""
    return bool(data_type) and bool(_INTEGER.search(data_type)) and not _FLAG_TYPE.match(data_type.strip())


def _in_charge(words: list[str], vocabulary: Vocabulary) -> bool:
    """The words name the person in charge of a thing (owner, teacher, pemilik, penanggung_jawab)."""
    return "_".join(words) in vocabulary.in_charge_words or bool(_words(words, vocabulary.in_charge_words))


def _person_word(table: str, graph: KeyGraph, vocabulary: Vocabulary) -> str:
    """The person a table holds, for evidence: `users` -> user, `data_pelanggan` -> pelanggan."""
    words = [t for t in name_tokens(graph.table(table)) if t in vocabulary.person_words]
    if not words:
        return "person"
    word = words[-1]
    return word[:-1] if word.endswith("s") and word[:-1] in vocabulary.person_words else word


def _describe(chain: list[Link], graph: KeyGraph) -> str:
    """`order_id -> orders.customer_id -> customers`."""
    parts = [chain[0].column]
    for link, following in zip(chain, [*chain[1:], None], strict=True):
        target = graph.table(link.target)
        parts.append(f"{target}.{following.column}" if following else target)
    return " -> ".join(parts)


def _things(kind: str) -> str:
    return {"organisation": "an organisation's data", "lookup": "reference data", "catalogue": "things"}[kind]
