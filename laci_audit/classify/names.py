"""Judging a field by its name, its table's meaning and its type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from laci_audit.classify.sensitive import CHILDREN, HEALTH, is_sensitive, legal_name
from laci_audit.classify.tokens import canonical_tokens, split_name
from laci_audit.classify.vocabulary import Concept, Vocabulary
from laci_audit.keys import COUNT_WORDS, name_tokens

_ID_WORDS = frozenset({"id", "key", "pk", "fk", "no", "kode", "code", "uuid", "guid", "ref", "nr"})
_PREFERENCE_WORDS = frozenset({"type", "tipe", "segment", "segmen", "tier", "group", "grup", "level", "membership",
                               "plan", "preference", "preferensi", "kategori", "category", "class", "kelas"})
_ROLE_QUALIFIERS = frozenset({"support", "sales", "assigned", "primary", "main", "utama", "handling", "responsible"})
_BOOLEAN_TYPE = re.compile(r"^(bool|boolean|bit|bit\(1\)|tinyint\(1\))(\s+unsigned)?$", re.IGNORECASE)  # TINYINT(1) UNSIGNED too
_TIME_TYPE = re.compile(r"date|time|year", re.IGNORECASE)
_INTEGER_TYPE = re.compile(r"int|serial", re.IGNORECASE)
_TEXT_TYPE = re.compile(r"char|text", re.IGNORECASE)
_ONE_CHARACTER = re.compile(r"^(?:var)?char\s*\(\s*1\s*\)$", re.IGNORECASE)
# Concepts whose data cannot be written in one character: a one-character column named for one holds
# a flag or a setting about it (a survey's `ipaddr` Y/N), not the data. Codes fit: gender L/P.
_TEXT_CONCEPTS = frozenset({"email", "phone", "person_name", "username", "password", "identity_number", "ip_address",
                            "geo", "device", "user_agent", "session", "card", "bank_account", "address_line",
                            "postal_code", "photo_person", "photo", "contact_person", "login_time"})
_PLACE_CONCEPTS = frozenset({"region", "address_line", "postal_code"})
_PERSONAL_KINDS = ("transaction", "support", "interaction", "survey")
# A shop, stall or outlet may be one person trading: its phone and e-mail may be theirs.
_SOLE_TRADER_WORDS = frozenset({"toko", "store", "stores", "shop", "shops", "outlet", "outlets", "gerai", "lapak",
                                "warung", "merchant", "merchants"})
# Concepts an organisation has of its own: its phone and fax, its e-mail, where it stands.
_ORGANISATION_CONTACT = frozenset({"phone", "email", "geo"})
# Concepts that describe a person only inside a person's record: outside one, a product's weight,
# a salary scale, a branch's balance, a shop's bank account.
_PERSONS_RECORD_ONLY = {"health": "health", "financial": "money", "bank_account": "bank account", "salary": "pay",
                        "income": "income"}
# Concepts that identify a person on their own: two of them make a table a person table; in a
# record of what a person did (an order, a log entry, a message) they describe the person first.
IDENTITY_CONCEPTS = frozenset({"email", "phone", "person_name", "username", "password", "identity_number", "birth",
                               "gender", "family", "photo_person"})
# Kinds of record a person is a party to, whose columns identifying them are account data first;
# not the login name, which in a log or a post records who signed in or wrote (the record's data).
_PARTY_KINDS = frozenset({"transaction", "log", "interaction"})
_PARTY_IDENTITY = IDENTITY_CONCEPTS - {"username"}
# Words naming the site or application itself: its e-mail and phone are an organisation's.
SITE_WORDS = frozenset({"web", "website", "situs", "aplikasi"})


@dataclass(frozen=True)
class TableContext:
    """What a table's name says about the records it holds."""

    tokens: tuple[str, ...]
    person: bool
    person_main: bool
    organisation: bool
    line: bool
    lookup: bool
    address_book: bool
    kind: str | None
    category: str | None
    children: bool = False
    contact_person: bool = False  # an organisation's record naming its contact person (set by the table pass)

    def describe(self) -> str:
        """A short phrase for evidence: 'table holds people', 'table of transaction records', ..."""
        if self.person_main:
            return "table holds people"
        if self.address_book:
            return "table holds addresses"
        if self.kind and not self.line:
            return f"{self.kind} table"
        if self.person:
            return "table links people to other records"
        if self.lookup or self.organisation:
            return "table holds things, not people"
        return "table is not about people"


@dataclass(frozen=True)
class NameVerdict:
    """The name rules' judgement of one field."""

    personal: bool
    categories: tuple[str, ...]
    confidence: float
    sensitive: bool = False
    uncovered: str = ""
    evidence: tuple[str, ...] = ()


HTTP_METHOD = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+(?=/)")


def table_context(table: str, vocabulary: Vocabulary) -> TableContext:
    """Read a table's name (and its schema's, for the kind of records) into a TableContext. An API
    operation (`POST /users`) is read by its path: its method says nothing about the data."""
    parts = HTTP_METHOD.sub("", table).split(".")
    written = canonical_tokens(parts[-1], vocabulary.aliases)
    tokens = tuple(t for t in _unglued(written, vocabulary) if t not in vocabulary.table_noise)
    # A glued word is an English compound, its head last: threadsubscriptions are subscriptions.
    heads = tuple(pieces[-1] for token in written if len(pieces := _unglued_token(token, vocabulary)) > 1)
    schema_tokens = tuple(t for part in parts[:-1] for t in canonical_tokens(part, vocabulary.aliases))
    person_tokens = [t for t in tokens if t in vocabulary.person_words]
    lookup = any(t in vocabulary.lookup_words for t in tokens)
    head_is_lookup = bool(tokens) and (tokens[-1] in vocabulary.lookup_words or tokens[0] in vocabulary.lookup_words)
    person = bool(person_tokens) and not (head_is_lookup and tokens[-1] not in vocabulary.person_words)
    others = [t for t in tokens if t not in vocabulary.person_words]
    person_main = person and not others
    kind, category = (_table_kind(heads, vocabulary) or _saved_setting_head(tokens, vocabulary)
                      or _table_kind(tokens, vocabulary) or _table_kind(_as_written(parts[-1], vocabulary), vocabulary)
                      or _table_kind(schema_tokens, vocabulary) or (None, None))
    organisation = any(t in vocabulary.organisation_words for t in tokens) and not person
    address_book = "address" in tokens and not organisation and not lookup
    if person_main and kind in ("log", "device", "location"):
        person_main = False
    return TableContext(
        tokens=tokens, person=person, person_main=person_main or (person and kind is None and not lookup),
        organisation=organisation, line=any(t in vocabulary.line_words for t in tokens),
        lookup=lookup and not person, address_book=address_book, kind=kind, category=category,
        children=person and any(t in vocabulary.children_words for t in person_tokens),
    )


def _table_named_for(phrase: tuple[str, ...], context: TableContext) -> bool:
    """Each word of the phrase is a word of the table's name or begins one glued to another: a
    table of religions or of ethnic groups (ethnic_race, main_ethniccode) lists kinds of them."""
    return all(any(t == word or _begins_with(t, word) for t in context.tokens) for word in phrase)


def _begins_with(table_word: str, word: str) -> bool:
    """The table word is the word glued to another of three letters or more (ethniccode, ethnic)."""
    return table_word.startswith(word) and len(table_word) > len(word) + 2


def _as_written(table: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """A table name's last word as written, before aliases, and its last two words joined: a
    record named by a word the aliases read as another (rodex_mail's mail as email, saldo as
    balance) or by two words (kas_masuk) is still of that kind."""
    words = [t for t in split_name(table) if not t.isdigit() and t not in vocabulary.table_noise]
    return (*words[-1:], *(f"{a}_{b}" for a, b in zip(words[-2:-1], words[-1:])))


# Endings that make one word of a table word and its suffix: membership is not members + hip.
_ONE_WORD_SUFFIXES = ("ship", "ships", "hood", "hoods")


def _unglued(tokens: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, ...]:
    """Table words glued to another split off it: datapasiens -> data pasiens, orderdetails ->
    order details, basicsalary -> basic salary (a word the vocabulary knows whole is left alone)."""
    return tuple(word for token in tokens for word in _unglued_token(token, vocabulary))


@lru_cache(maxsize=65536)
def _unglued_token(token: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    if len(token) < 7 or token in vocabulary.person_words or token in vocabulary.catalogue_words \
            or token in vocabulary.lookup_words or token.endswith(_ONE_WORD_SUFFIXES) \
            or any(token in words for _kind, _category, words in vocabulary.table_kinds):
        return (token,)  # followups, personalization, authorizenet: a kind of record's own word
    glue = vocabulary.glue_set
    stem = token[:-1] if token.endswith("s") else token
    for cut in range(3, len(stem) - 2):  # the longest known word at the end, then at the start
        if stem[cut:] in glue and _a_word(stem[:cut], vocabulary):
            return stem[:cut], stem[cut:]
    starts = [cut for cut in range(len(token) - 3, 2, -1) if token[:cut] in glue]
    for cut in starts:  # the rest a known word first: contactstatus is contact status, not contacts tatus
        if token[cut:] in vocabulary.known_words:
            return token[:cut], token[cut:]
    if starts:
        return token[:starts[0]], token[starts[0]:]
    for cut in range(4, len(stem) - 2):  # a short word of a kind of record, after four letters (searchlog;
        if stem[cut:] in vocabulary.glue_heads:  # not house+hold: keyed_kind_words are no glue heads)
            return stem[:cut], stem[cut:]
    return (token,)


def _saved_setting_head(tokens: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The preference kind when the name ends with a word of a person's saved choice, its head:
    forums_watch, privmsgs_rules, topic_subscriptions are settings about forums and messages."""
    last = tokens[-1:]
    for kind, category, words in vocabulary.table_kinds:
        if kind == "preference" and last and (last[0] in words or _singular_word(last[0]) in words):
            return kind, category
    return None


def _a_word(piece: str, vocabulary: Vocabulary) -> bool:
    """A piece cut off a glued table word is a word of its own: one the vocabulary knows, a
    schema prefix (tbl), or four letters or more (disposisi is no dis + posisi, nor pengurus pen + guru)."""
    return len(piece) >= 4 or piece in vocabulary.known_words or piece in vocabulary.table_noise


def _table_kind(tokens: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The first kind of record (in the vocabulary's order of priority) the tokens name; when none
    does, a word in an English plural of it (a Laravel application's resis, surat_jalans, pesanans)."""
    singulars = tuple(t[:-1] for t in tokens if len(t) > 3 and t.endswith("s"))
    for words_of_name in (tokens, singulars):
        for kind, category, words in vocabulary.table_kinds:
            if words.intersection(words_of_name):
                return kind, category
    return None


def column_prefix(table: str, tokens_of_columns: list[tuple[str, ...]]) -> str:
    """The abbreviation of its table's name that the table's columns begin with: the initials of
    its words (dst_id, dst_teknisi_id in data_servis_teknisi) or the head of one of them (pin_pengajuan,
    pin_tglpengajuan in pinjaman), borne by at least two columns and half of them. It says which
    table the column is of, no word of its own: pin is no PIN, dst no daylight saving time. '' when none."""
    words = [w for w in name_tokens(table) if w.isalpha()]
    if not words:
        return ""
    candidates = {w[:size] for w in words for size in range(3, len(w))} - {  # forum_password in forums: its own word
        w.removesuffix(ending) for w in words for ending in ("s", "es")}
    for start in range(len(words) - 1):
        candidates.add("".join(w[0] for w in words[start:]))
    counts: dict[str, int] = {}
    for tokens in tokens_of_columns:
        if len(tokens) > 1 and tokens[0] in candidates:
            counts[tokens[0]] = counts.get(tokens[0], 0) + 1
    best = max(counts, key=counts.get, default="")
    return best if best and counts[best] >= max(2, len(tokens_of_columns) / 2) else ""


def judge_name(context: TableContext, tokens: tuple[str, ...], data_type: str, vocabulary: Vocabulary) -> NameVerdict:
    """Personal or not, categories, confidence and evidence for one field, by its name's canonical
    tokens, its table's context and its type; personal data of children is always sensitive."""
    verdict = _judge(context, tokens, data_type, vocabulary)
    if context.children and verdict.personal and not verdict.sensitive:
        return NameVerdict(True, verdict.categories, verdict.confidence, True, verdict.uncovered,
                           verdict.evidence + (f"table holds {legal_name(CHILDREN)}",))
    return verdict


def met_tokens(context: TableContext, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the table's name judge_name can find a field's words among (the same word or
    its singular), or that make the table a shop's: judge_name gives the same judgement with only
    these, so tables whose names meet the field alike can share it (2,000 tables of an archive
    about no person, each named apart, judge `status` once)."""
    met = {_singular_word(t) for t in tokens}
    return tuple(t for t in context.tokens if _singular_word(t) in met or t in _SOLE_TRADER_WORDS
                 or any(_begins_with(t, word) for word in tokens))


def _judge(context: TableContext, tokens: tuple[str, ...], data_type: str, vocabulary: Vocabulary) -> NameVerdict:
    name = "_".join(tokens)
    where = context.describe()
    matches = field_concepts(tokens, data_type, vocabulary)
    is_flag = bool(_BOOLEAN_TYPE.match(data_type.strip())) or (bool(tokens) and tokens[0] in ("is", "has"))
    if is_flag and matches:
        flagged = ", ".join(" ".join(p) for _c, p in matches)
        matches = []
        flag_note = (f"boolean flag about '{flagged}', not the data itself",)
    else:
        flag_note = ()
    strong = [(c, p) for c, p in matches if c.strong]
    if strong:
        concept, phrase = strong[0]
        if context.organisation and concept.name in _ORGANISATION_CONTACT and _organisations_own(
                tokens, context, vocabulary, concept.name):
            return NameVerdict(False, (), 0.7,
                               evidence=(f"'{name}' is the organisation's own {concept.name} ({where})",))
        if concept.name in _ORGANISATION_CONTACT and not context.person and names_an_organisation(tokens, vocabulary):
            return NameVerdict(False, (), 0.7,
                               evidence=(f"'{name}' is the site's or an organisation's own {concept.name} ({where})",))
        if concept.uncovered and _table_named_for(phrase, context) and not context.person:
            return NameVerdict(False, (), 0.7, evidence=(f"'{name}' lists kinds of {concept.uncovered} ({where})",))
        if concept.name == "password" and not context.person and _SERVICE_WORDS.intersection(tokens):
            return NameVerdict(False, (), 0.7, evidence=(  # smtp_password, password_gateway, snmp_v3_auth_pass
                f"'{name}' is the password of a service or a machine, no person's ({where})",))
        if concept.name == "birth" and phrase in _AGE_WORDS and not context.person \
                and _AGE_OF_A_THING.intersection(tokens):  # umur_aset, sisa_umur, from_age, gol_umur
            return NameVerdict(False, (), 0.7, evidence=(
                f"'{name}' is the age of a thing or a bound of an age range, no person's ({where})",))
        if concept.name in _PERSONS_RECORD_ONLY and not context.person:  # a product's weight, a salary scale
            return NameVerdict(False, (), 0.7, evidence=(
                f"'{name}': {_PERSONS_RECORD_ONLY[concept.name]} words only in a person's record ({where})",))
        return _from_concept(concept, phrase, context, vocabulary, 0.9, where)
    person_ref = None if is_flag else _person_reference(tokens, context, vocabulary, data_type)
    if person_ref is not None:  # a flag about a person (`profile TINYINT(1)`, has_customer) names nobody
        return _with_note(person_ref, flag_note)
    if _is_own_key(tokens, context):
        if context.person_main:
            return NameVerdict(True, _categories(context, vocabulary, vocabulary.id("account")), 0.75,
                               evidence=(f"'{name}' is the key of a person record ({where})",))
        return NameVerdict(False, (), 0.8, evidence=(f"'{name}' is the table's own key ({where})",))
    if matches:
        concept, phrase = matches[0]
        if _context_is_personal(context) or (concept.from_policy and not context.lookup and len(phrase) > 1):
            if context.organisation and concept.category == vocabulary.id("account"):
                return NameVerdict(False, (), 0.7, evidence=(f"'{' '.join(phrase)}' of an organisation ({where})",))
            return _from_concept(concept, phrase, context, vocabulary, 0.75, where)
    verdict = _by_context(tokens, name, data_type, context, vocabulary, where)
    return _with_note(verdict, flag_note)


def names_an_organisation(tokens: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """The column's words name the site or an organisation (email_web, telp_instansi), not a person;
    a shop's (telp_toko) may be a sole trader's own (LABELLING.md) and is not counted."""
    if _SOLE_TRADER_WORDS.intersection(tokens):
        return False
    return bool(SITE_WORDS.intersection(tokens)) or any(t in vocabulary.organisation_words for t in tokens)


def _organisations_own(tokens: tuple[str, ...], context: TableContext, vocabulary: Vocabulary, concept: str) -> bool:
    """A phone, e-mail or position in an organisation's record is the organisation's own unless the
    name says it is a contact person's (contact_phone, no_telp_cp), or a phone or e-mail is the
    record's only one beside a contact person (Northwind Suppliers: ContactName, Phone; where the
    organisation stands is still its own); `no_telpon_supplier` names the organisation. A shop's
    phone may be a sole trader's own (LABELLING.md): it stays personal."""
    if any(t in vocabulary.person_words for t in tokens) or _SOLE_TRADER_WORDS.intersection(context.tokens):
        return False
    return not context.contact_person or concept == "geo" or any(t in vocabulary.organisation_words for t in tokens)


@lru_cache(maxsize=65536)
def field_concepts(tokens: tuple[str, ...], data_type: str,
                   vocabulary: Vocabulary) -> list[tuple[Concept, tuple[str, ...]]]:
    """The concepts a field's name points to that its type and words leave standing: none of text
    in a one-character column; no e-mail address where words after it name a part of a message
    (`email_invite`, `email_subject`: the text of an e-mail). Cached: every kind of record asks
    again about the same name (the list is not to be changed)."""
    matches = concept_matches(tokens, vocabulary)
    if not matches:
        return matches
    if len(matches) > 1:  # a relative's religion, income or nationality (ayah_agama) is that data of theirs
        matches = sorted(matches, key=lambda match: match[0].name == "family")
    if _ONE_CHARACTER.match(data_type.strip()):
        matches = [(c, p) for c, p in matches if c.name not in _TEXT_CONCEPTS]
    if _a_tax_key_or_label(tokens, data_type):  # default_tax_id INT, tax_id_label: a tax rate's key, a label
        matches = [(c, p) for c, p in matches if p != ("tax", "id")]
    if _DIGEST_WORDS.intersection(tokens):  # insert_fingerprint, api_fingerprint: a digest of data or a key
        matches = [(c, p) for c, p in matches if p != ("fingerprint",)]
    if _NUMBER_TYPE.search(data_type) and _PLACE_AND_DATE_OF_BIRTH in zip(tokens, tokens[1:], tokens[2:]):
        matches = [(c, p) for c, p in matches if c.name != "birth"]  # ttl INT: a time to live in seconds
    if any(a == "longitude" and b in _LONG_TEXT_WORDS for a, b in zip(tokens, tokens[1:])):
        matches = [(c, p) for c, p in matches if p != ("longitude",)]  # long_description, long_name: a long text
    return [(c, p) for c, p in matches if c.name != "email" or not _names_a_message(tokens, p, vocabulary)]


# Indonesian 'ttl' (tempat, tanggal lahir: 'Bandung, 1 Mei 1990'), text; a number of that name is
# a time to live (a cache entry's, a token's, a DNS record's).
_PLACE_AND_DATE_OF_BIRTH = ("birth", "place", "date")
_NUMBER_TYPE = re.compile(r"int|serial|number|numeric|decimal|float|double|real", re.IGNORECASE)

# Words beside a password word that make it a service's or a machine's credential (outside a
# person's record: a mail server's, a gateway's, a device's SNMP), a rule about passwords, or a
# passing mark (passscore).
_SERVICE_WORDS = frozenset({"smtp", "imap", "pop3", "ftp", "sftp", "snmp", "ldap", "proxy", "gateway", "api",
                            "server", "db", "database", "wifi", "forum", "policy", "generator", "score", "feedback"})

# A person's age written alone, and words beside it that make it, outside a person's record, the
# age of a thing (an asset's umur_aset, its sisa_umur, a copy's age_protect) or a bound or a
# bracket of ages (a tariff's from_age and to_age, an age group's gol_umur).
_AGE_WORDS = frozenset({("umur",), ("usia",), ("age",)})
_AGE_OF_A_THING = frozenset({"aset", "asset", "assets", "sisa", "protect", "from", "to", "gol", "golongan", "min",
                             "max", "minimum", "maximum", "range", "batas", "group", "ekonomis"})

# Words after `tax id` that name what is written of a tax number, not the number: tax_id_name_1,
# tax_id_label, tax_id_format.
_TAX_ID_LABEL_WORDS = frozenset({"name", "label", "format", "type", "caption"})
# Integer types of a key to another row (not BIGINT, which a 15-digit tax number fits).
_SHORT_INTEGER_TYPE = re.compile(r"^(tiny|small|medium)?int(eger)?\b(?!.*big)", re.IGNORECASE)


def _a_tax_key_or_label(tokens: tuple[str, ...], data_type: str) -> bool:
    """`tax id` as a key to a tax rate (default_tax_id INT: a tax number does not fit an INT) or as
    the label of a tax number's field (tax_id_name_1, tax_id_format): no one's tax number."""
    for start in range(len(tokens) - 1):
        if tokens[start:start + 2] == ("tax", "id"):
            return bool(_SHORT_INTEGER_TYPE.match(data_type.strip())) \
                or bool(_TAX_ID_LABEL_WORDS.intersection(tokens[start + 2:]))
    return False


# Words after `long` (read as longitude) that make it the long form of a text, no coordinate:
# long_description, long_name, long_title.
_LONG_TEXT_WORDS = frozenset({"description", "desc", "name", "title", "text", "label", "content", "term", "form"})

# Words beside `fingerprint` that make it a digest of data, of a key or of a browser, no finger's
# print: a message's insert_fingerprint, an API key's api_fingerprint, an SSH key's.
_DIGEST_WORDS = frozenset({"insert", "api", "key", "ssh", "gpg", "pgp", "cert", "certificate", "tls", "ssl", "hash",
                           "md5", "sha", "sha1", "sha256", "file", "content", "browser", "token"})


def _names_a_message(tokens: tuple[str, ...], phrase: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """A word after the phrase names a part or a kind of message (subject, body, invite, template)."""
    for start in range(len(tokens) - len(phrase) + 1):
        if tokens[start:start + len(phrase)] == phrase:
            return bool(set(tokens[start + len(phrase):]) & vocabulary.message_words)
    return False


def concept_matches(tokens: tuple[str, ...], vocabulary: Vocabulary) -> list[tuple[Concept, tuple[str, ...]]]:
    """Concepts whose words occur in the tokens, longest phrase first."""
    found = []
    for size in range(min(vocabulary.longest_phrase, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            phrase = tokens[start:start + size]
            concept = vocabulary.phrases.get(phrase)
            if concept is not None:
                found.append((concept, phrase))
    return found


def _from_concept(concept: Concept, phrase: tuple[str, ...], context: TableContext, vocabulary: Vocabulary,
                  confidence: float, where: str) -> NameVerdict:
    """Personal data of the concept's kind, placed under its category in this table's light."""
    words = " ".join(phrase)
    source = "policy term" if concept.from_policy else "name words"
    if concept.uncovered:
        return NameVerdict(True, (), confidence, sensitive=concept.sensitive, uncovered=concept.uncovered,
                           evidence=(f"{source} '{words}' -> {legal_name(concept.uncovered)}, "
                                     "which no policy category covers",))
    categories = _categories(context, vocabulary, concept.category, *concept.also)
    if concept.name in _PLACE_CONCEPTS and context.kind in ("log", "location") and not context.person_main:
        categories = _known(vocabulary.id("location"), *categories)
    sensitive = is_sensitive(concept.sensitive, categories, vocabulary.spesifik_categories)
    return NameVerdict(True, categories, confidence, sensitive=sensitive,
                       evidence=(f"{source} '{words}' -> {concept.category}", where))


def _known(*ids: str | None) -> tuple[str, ...]:
    """The ids in order, each once, without those of concepts the policy lacks ('' or None)."""
    return tuple(dict.fromkeys(i for i in ids if i))


def _categories(context: TableContext, vocabulary: Vocabulary, category: str | None, *also: str) -> tuple[str, ...]:
    """A concept's category, put after the table's own category when the table is a person's
    transaction, support case, message or survey answer (a phone in a ticket is A.1.2)."""
    ordered = []
    if category and category == vocabulary.id("account") and context.category and context.kind in _PERSONAL_KINDS and not context.line:
        ordered.append(context.category)
    if category:
        ordered.append(category)
    ordered.extend(also)
    return tuple(dict.fromkeys(ordered))


def _person_reference(tokens: tuple[str, ...], context: TableContext, vocabulary: Vocabulary,
                      data_type: str = "") -> NameVerdict | None:
    """A column naming a person (pembeli_id, SupportRepId, nama_penerima, created_by, a number
    named after a person: link_owner, post_author): personal. A count or a limit of people
    (jumlah_donatur, coupon_per_customer) names nobody."""
    if COUNT_WORDS.intersection(tokens[:-1]):  # canonical tokens: num_students reads as no_students, a key
        return None
    people = [t for t in tokens if t in vocabulary.person_words]
    rest = [t for t in tokens if t not in vocabulary.person_words]
    by_someone = bool(tokens) and len(tokens) > 1 and (tokens[-1] in ("by", "oleh") or (
        tokens[-1] in vocabulary.person_words and bool(_INTEGER_TYPE.search(data_type))))
    if len(tokens) == 1 and tokens[0] in vocabulary.in_charge_words and _INTEGER_TYPE.search(data_type) \
            and not _BOOLEAN_TYPE.match(data_type.strip()):
        people, by_someone = [tokens[0]], True  # a lone Creator or Owner number: a person's id
    if not people and not by_someone:
        return None
    if people and tokens[-1] in people and _INTEGER_TYPE.search(data_type) and tokens[-1] != _singular_word(tokens[-1]):
        return None  # a plural last as a number counts people (employees INT, registered-users), a key is singular
    if context.organisation and set(people) <= set(context.tokens) and not by_someone:
        return None  # accountname in a company's accounts: the organisation's own name and number
    who = " ".join(people) or " ".join(tokens)
    if people and "name" in rest:
        return NameVerdict(True, _categories(context, vocabulary, vocabulary.id("account")), 0.9,
                           evidence=(f"name of a person ('{who}')", context.describe()))
    if not by_someone and not set(rest) <= _ID_WORDS | _ROLE_QUALIFIERS:
        return None
    if context.person_main and set(people) <= set(context.tokens) and set(rest) <= _ID_WORDS:
        return None
    if set(tokens) & {"support", "cs", "helpdesk"}:
        categories = _known(vocabulary.id("customer_service"), vocabulary.id("account"))
    elif context.kind in _PERSONAL_KINDS and not context.line:
        categories = _known(context.category, vocabulary.id("account"))
    else:
        categories = _known(vocabulary.id("account"), _context_category(context))
    return NameVerdict(True, categories, 0.85,
                       evidence=(f"refers to a person ('{who}')", context.describe()))


def _context_category(context: TableContext) -> str | None:
    """The category a table of this kind gives its columns (none for line items)."""
    if context.line:
        return None
    if context.kind:
        return context.category
    return None


def _is_own_key(tokens: tuple[str, ...], context: TableContext) -> bool:
    """'id', 'customer_id' in customers, 'id_pelanggan' in pelanggan: the table's own key."""
    if not tokens or not set(tokens) & _ID_WORDS:
        return False
    rest = [t for t in tokens if t not in _ID_WORDS]
    return not rest or set(rest) <= set(context.tokens) or _singular(rest) <= {_singular_word(t) for t in context.tokens}


def _singular(words: list[str]) -> set[str]:
    return {_singular_word(w) for w in words}


def _singular_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _context_is_personal(context: TableContext) -> bool:
    """A table whose every column is about a person or their transaction."""
    return context.person or context.address_book or (context.kind in _PERSONAL_KINDS and not context.line)


def _by_context(tokens: tuple[str, ...], name: str, data_type: str, context: TableContext, vocabulary: Vocabulary,
                where: str) -> NameVerdict:
    """No telling word in the name: the table decides (names, times, keys, the rest)."""
    is_time = any(t in vocabulary.time_words for t in tokens) or bool(_TIME_TYPE.search(data_type))
    is_key = bool(set(tokens) & _ID_WORDS)
    if context.person_main or context.address_book:
        return _in_person_table(tokens, name, is_time, is_key, context, vocabulary, where)
    kind = None if context.line else context.kind
    if "name" in tokens:
        if kind == "transaction":
            return NameVerdict(True, _known(vocabulary.id("transaction"), vocabulary.id("account")), 0.7, evidence=(f"'{name}' on a person's transaction", where))
        if kind in ("log", "device"):
            return NameVerdict(True, (context.category,), 0.6, evidence=(f"'{name}' names what a person used", where))
        return NameVerdict(False, (), 0.75, evidence=(f"'{name}' names a thing", where))
    if is_time:
        return _time_verdict(name, context, vocabulary, where)
    if is_key:
        if context.person and set(tokens) & _PREFERENCE_WORDS:
            return NameVerdict(True, _known(vocabulary.id("preference")), 0.6, evidence=(f"'{name}' is a person's segment", where))
        if kind == "transaction" and not set(tokens) & vocabulary.reference_words:
            return NameVerdict(True, _known(vocabulary.id("transaction")), 0.6, evidence=(f"'{name}' is part of a person's transaction", where))
        return NameVerdict(False, (), 0.65, evidence=(f"'{name}' points to another record", where))
    if kind and context.category and kind != "marketing":
        return NameVerdict(True, (context.category,), 0.6, evidence=(f"'{name}' is part of a {kind} record", where))
    return NameVerdict(False, (), 0.7 if (context.lookup or context.organisation or context.line) else 0.6,
                       evidence=(where,))


def _in_person_table(tokens: tuple[str, ...], name: str, is_time: bool, is_key: bool, context: TableContext,
                     vocabulary: Vocabulary, where: str) -> NameVerdict:
    """In a table of people (or their addresses) nearly every column describes the person."""
    if "name" in tokens or set(tokens) <= set(context.tokens):
        return NameVerdict(True, _known(vocabulary.id("account")), 0.8, evidence=(f"'{name}' names a person", where))
    if is_time:
        return _time_verdict(name, context, vocabulary, where)
    if set(tokens) <= vocabulary.technical_words:
        return NameVerdict(False, (), 0.55, evidence=(f"technical column '{name}'", where))
    if is_key and set(tokens) & _PREFERENCE_WORDS:
        return NameVerdict(True, _known(vocabulary.id("preference"), vocabulary.id("account")), 0.6, evidence=(f"'{name}' is the person's segment", where))
    return NameVerdict(True, _known(vocabulary.id("account")), 0.6, evidence=(f"'{name}' describes the person", where))


def _time_verdict(name: str, context: TableContext, vocabulary: Vocabulary, where: str) -> NameVerdict:
    """A point in time is personal when it dates something a person did."""
    if context.person_main or (context.person and context.kind is None):
        return NameVerdict(True, _known(vocabulary.id("activity_time"), vocabulary.id("account")), 0.7, evidence=(f"'{name}' dates a person's activity", where))
    if context.address_book:
        return NameVerdict(True, _known(vocabulary.id("account"), vocabulary.id("activity_time")), 0.6, evidence=(f"'{name}' dates a person's address", where))
    if context.kind and not context.line and context.category:
        first = context.category if context.kind in _PERSONAL_KINDS else vocabulary.id("activity_time")
        categories = _known(first, vocabulary.id("activity_time"))
        return NameVerdict(True, categories, 0.7, evidence=(f"'{name}' dates a {context.kind} record", where))
    return NameVerdict(False, (), 0.7, evidence=(f"'{name}' dates a record that is not about a person", where))


def _with_note(verdict: NameVerdict, note: tuple[str, ...]) -> NameVerdict:
    if not note:
        return verdict
    return NameVerdict(verdict.personal, verdict.categories, verdict.confidence, verdict.sensitive,
                       verdict.uncovered, note + verdict.evidence)


# Measures that are a person's health data only in the person's own record or a health record.
_MEASURES = frozenset({("height",), ("weight",)})

# Words that rank the languages a person speaks (languageFirst, second_language_id).
_ORDINAL_WORDS = frozenset({"first", "second", "third", "primary", "native", "spoken"})

# Payment words that name only a number on a card or an account, in a person's row as likely a
# library card, a health card or their customer account as a payment instrument.
_BARE_NUMBERS = frozenset({"no kartu", "card no", "account no"})

# Concepts of where a person lives (alamat, rt, rw, kodepos): in a patient's, a pupil's or an
# employee's record, which no category covers, still the person's identity data, A.1.1.
_HOME_ADDRESS_CONCEPTS = frozenset({"address_line", "postal_code"})

# Setting words that outside the person's own row name a notice sent or a way something works
# (a notifications row's notifikasi, a reporting_mode), not a choice the person saved.
_NOTICE_OR_MODE = frozenset({"mode", "notification", "notifications", "notifikasi", "notify"})

# Names of a message's body or subject alone: in a person's row (a contact form's), what the
# person wrote to the site, a customer-service message first.
_MESSAGE_PARTS = frozenset({"pesan", "message", "subject", "subjek", "perihal"})

# Concepts the site records of a visit, in whatever record they sit: its browser, its session.
_VISIT_CONCEPTS = frozenset({"user_agent", "session"})

# Concepts of data recorded while a person uses the site: in the person's own record they refine
# its category (registration time A.2.2, settings A.2.3, IP A.2.1, user agent and device A.2.4).
_RECORDED_SECTION = "recorded_automatically"


def judge_in_record(record, tokens: tuple[str, ...], data_type: str, vocabulary: Vocabulary) -> NameVerdict:
    """A field of a record about a person: personal whatever its name, under the record's
    category refined by what the name says (LABELLING.md section 2). `record` is a tables.Record."""
    matches = field_concepts(tokens, data_type, vocabulary)
    if record.kind != "person" and not record.uncovered:  # a parcel's weight, a photo's height
        matches = [(c, p) for c, p in matches if p not in _MEASURES]
    if record.kind not in ("person", "record"):  # a repair order's upah is its labour charge, not pay
        matches = [(c, p) for c, p in matches if c.name != "salary"]
    is_flag = bool(_BOOLEAN_TYPE.match(data_type.strip())) or (bool(tokens) and tokens[0] in ("is", "has"))
    if is_flag and any(c.name == "health" for c, _p in matches):  # merokok BOOLEAN, ada_gejala_sakit: a yes or
        matches, is_flag = [(c, p) for c, p in matches if c.name == "health"], False  # no about their health is it
    strong = [(c, p) for c, p in matches if c.strong and not is_flag]
    if len(strong) > 1:  # last_login_ip, s_pass_ip: an IP, named for when it was recorded
        strong.sort(key=lambda match: match[0].name != "ip_address")
    concept = strong[0][0] if strong else (matches[0][0] if matches and not is_flag else None)
    words = " ".join(strong[0][1] if strong else matches[0][1]) if concept else ""
    base = record.category
    if concept is not None and concept.uncovered:
        # no_rm, nomor_rekam_medis in the person's own row: the number they are filed under names them
        filed_under = record.kind == "person" and words.endswith("record") and bool(set(tokens) & _ID_WORDS) \
            or record.kind in ("person", "record") and _a_persons_children(concept, tokens)
        return NameVerdict(True, (vocabulary.id("account"),) if filed_under else (), 0.9,
                           sensitive=concept.sensitive or record.children or record.sensitive or record.patient,
                           uncovered=concept.uncovered,
                           evidence=(f"'{words}' -> {legal_name(concept.uncovered)}, which no policy category covers",))
    concept_category = concept.category if concept is not None else None
    is_time = any(t in vocabulary.time_words for t in tokens) or bool(_TIME_TYPE.search(data_type)) or (
        concept is None and len(tokens) > 1 and tokens[0] in ("last", "first")  # lastvisit, last_post as a number;
        and (not _TEXT_TYPE.search(data_type) or tokens[1] in _JOINED_OR_BACK_WORDS))  # not lastSchool as text
    if tokens and (tokens[-1] in ("by", "oleh") or tokens[-1] in _ID_WORDS or tokens[-1] in vocabulary.person_words) \
            or (concept is not None and concept.name == "birth"):
        is_time = False  # created_by, last_change_userid name who did it, not when; a birth date is no activity
    payment, activity_time = vocabulary.id("payment"), vocabulary.id("activity_time")
    if record.kind in ("person", "record") and (concept is None and _setting_flag(tokens, matches)
                                                or _a_switch(tokens)):  # hide_email is a choice, not the e-mail
        categories = _known(vocabulary.id("preference"), base)
    elif record.kind == "person":
        recorded = concept_category and vocabulary.section_of(concept_category) == _RECORDED_SECTION
        if concept is None and len(tokens) == 1 and tokens[0] in _MESSAGE_PARTS:  # a contact form's pesan
            categories = _known(vocabulary.id("customer_service"), base)  # and subject: what they asked the site
        elif concept is not None and concept.name in ("session", "geo"):  # a cookie kept on the account signs them
            categories = _known(base, concept_category)  # in; coordinates beside an address are where they live
        elif concept_category == payment and words not in _BARE_NUMBERS:  # no_rekening, paymentmethod: an
            categories = _known(payment, base)  # instrument they pay or are paid with, kept in their row
        elif _of_a_payment(tokens, concept):  # payment_mode, lastPaymentDate, tanggal_bayar: how or when they paid
            categories = _known(payment, base)
        elif words in ("language", "lang") and _ORDINAL_WORDS.intersection(tokens):  # languageSecond: one they speak
            categories = _known(base, concept_category)
        elif not is_time and _a_count_of_logins(tokens, data_type):  # number_of_logons sums their access log
            categories = _known(vocabulary.id("log"), base)
        elif strong and _a_setting_named_last(tokens, matches):  # customers_email_format: how they want e-mail
            categories = _known(vocabulary.id("preference"), base)
        elif recorded and concept.name == "saved_setting" and _TIME_TYPE.search(data_type):
            categories = _known(base, activity_time)  # last_notification TIMESTAMP: when a notice went out
        elif recorded:
            categories = _known(concept_category, *concept.also, base)
        elif is_time:
            categories = _known(activity_time, base) if _registration_or_login(tokens) else _known(base, activity_time)
        else:
            categories = _known(base, concept_category, *(concept.also if concept else ()))
    elif concept_category == payment and record.kind in ("transaction", "record") \
            or record.kind == "record" and _of_a_payment(tokens, concept):  # a booking's metode_pay, status_pay
        categories = _known(payment, base)
    elif record.kind == "transaction" and (concept is None and (_PAYMENT_WORDS.intersection(tokens)
                                                                 or _a_pay_state_or_method(tokens))
                                           or not strong and bool(tokens) and tokens[0] in _PAYMENT_WORDS):
        categories = _known(payment, base, *((activity_time,) if is_time else ()), concept_category)  # nama_bank,
        #                payment_status, payer_address_city, payment_note: of how it was paid, then of the order
    elif concept_category == vocabulary.id("location") and concept.strong:
        categories = _known(concept_category, *concept.also, base)  # an order's or a session's IP: A.2.1;A.2.5
    elif concept is not None and concept.name in _VISIT_CONCEPTS and record.kind not in ("log", "device"):
        categories = _known(concept_category, *concept.also, base)  # a reset request's user agent, an order's session
    elif is_time and not concept_category:
        categories = _known(base, activity_time)
    elif record.kind == "record" and concept is not None and concept.name == "saved_setting" \
            and words not in _NOTICE_OR_MODE and not _ID_WORDS.intersection(tokens):
        categories = _known(concept_category, base)  # a user's infos row's theme, language, per_page: their choice
    elif record.kind in _PARTY_KINDS and strong and concept.name in _PARTY_IDENTITY and tokens[-1] not in _ID_WORDS:
        categories = _known(concept_category, base)  # the buyer's phone, the sender's e-mail: who they are (a name
        #                                              column, nama_donatur, stays the record's first: the labels' reading)
    else:
        categories = _known(base, concept_category)
    if record.uncovered and not (concept is not None and concept.strong and concept_category
                                 and vocabulary.section_of(concept_category) != "from_partners"
                                 or concept is not None and concept.name in _HOME_ADDRESS_CONCEPTS
                                 or concept is None and _a_persons_name(tokens, vocabulary)):
        categories = ()  # a grade, an examination, a payslip, its salary and allowances: no category covers it
    sensitive = (record.children or record.sensitive or record.patient or bool(concept and concept.sensitive)
                 or bool(concept_category and concept.strong and concept_category in vocabulary.spesifik_categories)
                 or (record.finance and _an_amount(tokens, data_type, vocabulary)))  # a payment method alone is not
    why = f"'{words}' -> {concept_category}" if concept_category else f"'{'_'.join(tokens)}' in the record"
    notes = ((f"boolean flag about '{' '.join(matches[0][1])}', not the data itself",) if is_flag and matches else ())
    notes += (f"row of {legal_name(CHILDREN)}",) if record.children else ()
    notes += (f"a patient's record: {legal_name(HEALTH)}",) if record.patient and not record.children else ()
    return NameVerdict(True, categories, 0.9 if strong else 0.8, sensitive=sensitive, uncovered=record.uncovered,
                       evidence=(why, *notes))


# Words of a payment, in a name with no concept of its own: payment_received, total_pembayaran,
# tanggal_bayar; pay alone only beside a word of its state or its method (status_pay, metode_pay:
# a pay_class is a salary scale).
_PAYMENT_NAME_WORDS = frozenset({"payment", "payments", "pembayaran", "bayar"})
_PAY_STATE_OR_METHOD = frozenset({"status", "metode", "method", "mode", "cara", "jenis", "type", "tipe"})


def _of_a_payment(tokens: tuple[str, ...], concept: Concept | None) -> bool:
    """The column says how, whether or when a person paid: a payment word in a name no concept
    claims, or claims only as a mode (payment_mode is no setting of theirs)."""
    if concept is not None and concept.name != "saved_setting":
        return False
    return bool(_PAYMENT_NAME_WORDS.intersection(tokens)) or _a_pay_state_or_method(tokens)


def _a_pay_state_or_method(tokens: tuple[str, ...]) -> bool:
    """status_pay, metode_pay: pay beside a word of its state or its method."""
    return "pay" in tokens and bool(_PAY_STATE_OR_METHOD.intersection(tokens))


def _a_persons_name(tokens: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """The column is a person's name: a name word beside a word for the person (nama_pasien,
    nm_petugas, nama_dokter); in a record no category covers, who they are is still identity data."""
    return "name" in tokens and any(t in vocabulary.person_words for t in tokens)


def _a_persons_children(concept: Concept, tokens: tuple[str, ...]) -> bool:
    """A child word with a count, an ordinal ke or a key word, in a person's row or a record of
    theirs: how many children they have, which child of their family they are, a children's
    table's own key (jumlah_anak, anak_ke, id_anak); each names the row's person, as a key does."""
    return concept.name == "child" and bool(set(tokens) & (COUNT_WORDS | _ID_WORDS | {"ke"}))


def _an_amount(tokens: tuple[str, ...], data_type: str, vocabulary: Vocabulary) -> bool:
    """The name is of an amount of money (jumlah_pinjaman, sisa_angsuran, principal_amount): an
    amount word it begins or ends with, not a key, a state, a method, a count of months or a date
    (id_pinjaman, status_bayar, metode_bayar, lama_angsuran, waktu_bayar DATETIME)."""
    if not tokens or _TIME_TYPE.search(data_type) or _BOOLEAN_TYPE.match(data_type.strip()) \
            or {tokens[0], tokens[-1]} & (_ID_WORDS | _NOT_AMOUNTS) or any(t in vocabulary.time_words for t in tokens):
        return False
    amounts = vocabulary.money_words | vocabulary.finance_amount_words
    return tokens[0] in amounts or tokens[-1] in amounts


# Words of how a person paid for what they bought: in a transaction, the column is payment data
# first (nama_bank, payment_status, payer_status, gateway). Not a bank alone outside one: a
# question bank (bank soal) in a pupil's record.
_PAYMENT_WORDS = frozenset({"payment", "payer", "bank", "gateway", "wallet", "struk"})


# First or last words of a column about a payment that is no amount: its state, method, kind or length.
_NOT_AMOUNTS = frozenset({"status", "metode", "method", "cara", "jenis", "type", "tipe", "lama", "tenor", "bulan",
                          "waktu", "tgl", "tanggal", "date", "keterangan", "ket", "note", "notes", "bukti"})


# How a person's saved choices are named: showavatars, hideemail, allownotices, receivepms, pmnotify.
_SETTING_PREFIXES = ("show", "hide", "allow", "receive", "notify", "subscribe", "tampil", "disable", "enable",
                     "donot")  # disablephonelinks, enabletwofactor, donotcall: not enabled or disabled, a state
_SETTING_SUFFIXES = ("mode", "format", "notify", "notice", "notices", "optout", "prefs", "privacy")  # birthdayprivacy
_STATE_WORDS = frozenset({"enabled", "disabled", "received"})  # payment_received: a state, no choice
# Words that name a person's settings as such: pm_prefs, user_options (not pref: a preferred name);
# and what a person sets up for themselves, the calendar they view, the digest they get by e-mail;
# who may see what of them (privacy, invisible), whom they ignore, how the screens they use are
# laid out (a separator of numbers, a popup, the page or tab they start on).
_SETTING_WORDS = frozenset({"prefs", "preference", "preferences", "option", "options", "setting", "settings",
                            "calendar", "digest", "privacy", "invisible", "ignore", "ignored", "separator",
                            "popup", "startup"})
# A verb of a choice, or a default, first in a name of several words or after the person's own
# word: show_nb_comments, user_allow_pm, default_paper_size (not sort_order or default_branch_id).
_SETTING_VERBS = frozenset({"show", "hide", "allow", "receive", "notify", "tampilkan", "sort", "sortby", "default",
                            "def", "ignore", "disable", "enable"})


def _setting_flag(tokens: tuple[str, ...], matches: list[tuple[Concept, tuple[str, ...]]]) -> bool:
    """A column of a person's record that names a choice they saved: a flag to show, hide, allow,
    receive or be notified of something glued to what (showavatars, pmnotify; `is_disable` is the
    account's state), or a flag about a setting (dst)."""
    if any(c.name == "saved_setting" for c, _p in matches) or _a_choice(tokens) \
            or _SETTING_WORDS.intersection(tokens) and tokens[-1] not in _ID_WORDS:  # not a calendarKey
        return True
    return any(t not in _STATE_WORDS and (any(t.startswith(p) and len(t) > len(p) for p in _SETTING_PREFIXES)
                                          or any(t.endswith(p) and len(t) > len(p) for p in _SETTING_SUFFIXES))
               for t in tokens)


# Verbs that turn something on or off for the person: leading a name, they make it a choice
# whatever it names (disablePhoneLinks, hide_email, allow_sms).
_SWITCH_VERBS = frozenset({"show", "hide", "allow", "receive", "notify", "tampilkan", "disable", "enable", "ignore"})


def _a_switch(tokens: tuple[str, ...]) -> bool:
    """A name that turns something on or off, opts in or out, or gives consent (disablePhoneLinks,
    emailOptOut, doNotCall, cookieConsent): the person's choice, whatever the thing it names."""
    words = tokens[1:] if tokens and tokens[0] in ("user", "usr") else tokens
    return (len(words) > 1 and words[0] in _SWITCH_VERBS and words[-1] not in _ID_WORDS) \
        or "optout" in words or "optin" in words or ("opt" in words and ("out" in words or "in" in words)) \
        or words[:2] == ("do", "not") or bool(words) and words[0] in ("donot", "dont") \
        or "consent" in words  # cookieConsent, consent_ts: what they agreed to, not the cookie


def _a_setting_named_last(tokens: tuple[str, ...], matches: list[tuple[Concept, tuple[str, ...]]]) -> bool:
    """The name ends with a word of a saved setting, after what the setting is about
    (customers_email_format, mailNotify): the setting, not the e-mail it names first."""
    return any(c.name == "saved_setting" and tokens[-len(p):] == p for c, p in matches)


def _a_choice(tokens: tuple[str, ...]) -> bool:
    """A verb of a choice or a default leads the name (or follows a leading user_): show_nb_comments,
    user_allow_pm, user_topic_sortby_dir; not a row's sort_order, a name written for sorting
    (sort_name) nor a key such as default_branch_id."""
    words = tokens[1:] if tokens and tokens[0] in ("user", "usr") else tokens
    return len(words) > 1 and words[0] in _SETTING_VERBS and words[-1] not in _ID_WORDS | {"order", "name"} \
        or len(words) > 2 and words[1] in _SETTING_VERBS  # user_topic_sortby_dir


# Words of a moment a person signed up or came back (created_at, last_login, tanggal_daftar), and
# of an edit to their row, which is neither (last_updated, date_last_edited); not the day they
# joined a company or a cooperative (joined_date, join_date), which their own record holds.
_JOINED_OR_BACK_WORDS = frozenset({"created", "registered", "register", "registration", "daftar", "login", "signup",
                                   "seen", "active", "visit", "logged", "loggedin", "online"})
_EDIT_WORDS = frozenset({"updated", "edited", "edit", "changed", "change", "diubah"})


# Words of signing in, and of counting: number_of_logons, failed_login_counter, usr_LoginCount.
_LOGIN_WORDS = frozenset({"login", "logins", "logon", "logons", "logged", "loggedin"})
_TALLY_WORDS = COUNT_WORDS | {"counter", "attempts", "attempt", "nb"}


def _a_count_of_logins(tokens: tuple[str, ...], data_type: str) -> bool:
    """A number of times the person signed in or failed to: a sign-in word with a count word, or
    one in the plural, of an integer type (logincount, number_of_logons; not a login name)."""
    words = set(tokens)
    return bool(words & _LOGIN_WORDS) and bool(_INTEGER_TYPE.search(data_type)) and (
        bool(words & _TALLY_WORDS) or bool(words & {"logins", "logons"}))


def _registration_or_login(tokens: tuple[str, ...]) -> bool:
    """created_at, registered, last_login, tanggal_daftar: when the person joined or came back; a
    last moment of an edit (last_updated, per_DateLastEdited) is the row's, not the person's."""
    words = set(tokens)
    return bool(words & _JOINED_OR_BACK_WORDS) or ("last" in words and not words & _EDIT_WORDS)
