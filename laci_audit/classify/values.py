"""Value detectors: test a bounded sample of a field's values and keep only counts.

Each detector says whether one value looks like an email, a phone number, an NIK, ...; a column
detector (dates of birth) judges the sample as a whole. Nothing here stores, logs or returns a
value: the result is a ValueEvidence with counts and a ratio.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from laci_audit.classify.sensitive import is_sensitive

if TYPE_CHECKING:
    from laci_audit.classify import Suggestion
    from laci_audit.classify.vocabulary import Vocabulary
    from laci_audit.records import Field

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_SEPARATORS = re.compile(r"[\s().\-/]")
_INDONESIAN_MOBILE = re.compile(r"^(\+62|62|0)8[1-9]\d{6,11}$")
_INDONESIAN_LANDLINE = re.compile(r"^(\+62|0)[2-9]\d{1,3}\d{5,8}$")
_INTERNATIONAL = re.compile(r"^\+[1-9]\d{7,14}$")
_NORTH_AMERICAN = re.compile(r"^[2-9]\d{2}[2-9]\d{6}$")
_DIGITS_ONLY = re.compile(r"^\d+$")
_NPWP = re.compile(r"^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$")
_CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[5]|6011|65|62)")
_LAT_LNG_PAIR = re.compile(r"^\s*\(?\s*(-?\d{1,2}\.\d{3,})\s*[,; ]\s*(-?\d{1,3}\.\d{3,})\s*\)?\s*$")
_USER_AGENT = re.compile(r"^Mozilla/\d|\b(Android \d|iPhone OS|Windows NT|Macintosh;|X11; Linux|okhttp/|Dalvik/|CFNetwork/|curl/)")
_STREET = re.compile(
    r"\b(jl|jln|jalan|gg|gang|komplek|kompleks|perum|perumahan|blok|rt|rw|dusun|desa|kampung|kelurahan|kel|"
    r"kecamatan|kec|street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|"
    r"square|sq|parkway|rue|rua|via|calle|strasse|straße|gade|vej|veien|gatan|utca|ulica|weg|laan|plein|"
    r"straat|gracht|gasse|platz|allee)\b\.?|\w+(straße|strasse|straat|gracht|gasse|platz|allee|veien|gatan|gade|"
    r"vej|weg)\b",
    re.IGNORECASE,
)
_LEADING_HOUSE_NUMBER = re.compile(r"^\d{1,5}[A-Za-z]?(\s*-)?\s+[^\W\d]{2,}")
_MEASURE = re.compile(r"\b\d+\s*(x|kg|g|gr|mg|ml|l|oz|lb|lbs|cm|mm|pcs|pc|pkg|pkgs|pack|packs|boxes|bags|bottles|"
                      r"jars|cans|tins|units|pieces|buah|biji|lembar)\b|\sx\s", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%m/%d/%Y")
# First two digits of an NIK: the province codes of Indonesia.
_NIK_PROVINCES = frozenset({
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
    71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
})
MINIMUM_SAMPLE = 3
STRONG_RATIO = 0.6


@dataclass(frozen=True)
class Detector:
    """A test of one value, and what a column of such values holds."""

    name: str
    label: str
    category: str  # a concept of data/policy_concepts.yaml, resolved to the policy's id when judged
    test: Callable[[str], bool]
    strong: bool = True
    sensitive: bool = False
    needs_name: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueEvidence:
    """What the sample showed: counts only, never a value."""

    detector: Detector
    matched: int
    tested: int

    @property
    def ratio(self) -> float:
        """Share of the tested values the detector matched."""
        return self.matched / self.tested if self.tested else 0.0

    def describe(self) -> str:
        """'values: 18/20 match email'."""
        return f"values: {self.matched}/{self.tested} match {self.detector.label}"


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by payment cards and IMEI numbers."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        number = int(char)
        if position % 2 == 1:
            number *= 2
            if number > 9:
                number -= 9
        total += number
    return total % 10 == 0


def is_email(value: str) -> bool:
    """An email address."""
    return len(value) <= 254 and bool(_EMAIL.match(value))


def is_phone(value: str) -> bool:
    """An Indonesian mobile or landline number, an international number with +, or a formatted
    North American number."""
    compact = _PHONE_SEPARATORS.sub("", value)
    if _INDONESIAN_MOBILE.match(compact) or _INTERNATIONAL.match(compact):
        return True
    if compact != value and _INDONESIAN_LANDLINE.match(compact):
        return True
    return compact != value and bool(_NORTH_AMERICAN.match(compact))


def is_ip_address(value: str) -> bool:
    """An IPv4 or IPv6 address."""
    try:
        ipaddress.ip_address(value.strip())
    except ValueError:
        return False
    return True


def is_imei(value: str) -> bool:
    """A 15-digit IMEI with a valid Luhn check digit."""
    compact = value.replace("-", "").replace(" ", "")
    return len(compact) == 15 and luhn_valid(compact) and not compact.startswith(("34", "37"))


def is_nik(value: str) -> bool:
    """An Indonesian NIK: 16 digits, a province code, regency and district, a birth date
    (day + 40 for women) and a serial number that is not 0000."""
    if len(value) != 16 or not value.isdigit():
        return False
    province, regency, district = int(value[0:2]), int(value[2:4]), int(value[4:6])
    day, month, serial = int(value[6:8]), int(value[8:10]), int(value[12:16])
    if province not in _NIK_PROVINCES or regency == 0 or district == 0 or serial == 0:
        return False
    if day > 40:
        day -= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def is_npwp(value: str) -> bool:
    """An Indonesian tax number written the usual way: 01.234.567.8-901.234."""
    return bool(_NPWP.match(value.strip()))


def is_card_number(value: str) -> bool:
    """A payment card number: 13 to 19 digits, a known network prefix and a valid Luhn digit."""
    compact = value.replace(" ", "").replace("-", "")
    if not 13 <= len(compact) <= 19 or not compact.isdigit() or not _CARD_PREFIX.match(compact):
        return False
    if len(compact) == 15 and not compact.startswith(("34", "37")):
        return False
    return luhn_valid(compact)


def is_account_number(value: str) -> bool:
    """A bank account number: 8 to 18 digits (counted only when the name speaks of accounts)."""
    compact = value.replace("-", "").replace(" ", "").replace(".", "")
    return 8 <= len(compact) <= 18 and bool(_DIGITS_ONLY.match(compact))


def is_coordinate_pair(value: str) -> bool:
    """A 'latitude, longitude' pair within range."""
    match = _LAT_LNG_PAIR.match(value)
    return bool(match) and abs(float(match.group(1))) <= 90 and abs(float(match.group(2))) <= 180


def is_coordinate(value: str) -> bool:
    """One latitude or longitude with at least four decimals (counted only when the name says so)."""
    try:
        number = float(value)
    except ValueError:
        return False
    decimals = value.split(".")[1] if "." in value else ""
    return abs(number) <= 180 and len(decimals) >= 4


def is_user_agent(value: str) -> bool:
    """A browser or app user agent string."""
    return bool(_USER_AGENT.search(value))


def is_person_name(value: str) -> bool:
    """One to five words, the first or second of them a given name from the lists shipped in the package."""
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or not all(w.replace(".", "").replace("'", "").replace("-", "").isalpha() for w in words):
        return False
    return any(word.casefold() in given_names() for word in words[:2])


def is_street_address(value: str) -> bool:
    """A street address: a street word (Jl., Gg., RT/RW, Desa, Street, Avenue, rue, -straat, ...), or
    a house number before a street name; quantities ('24 - 12 oz bottles') are not addresses, nor
    a name with a number after it ('Redmi Note 12', 'Kamar 5'): a street word says that one."""
    if len(value) < 6 or len(value) > 200:
        return False
    if _MEASURE.search(value):
        return False
    return bool(_STREET.search(value) or _LEADING_HOUSE_NUMBER.match(value))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Indonesian and English given names shipped in laci_audit/data/given_names.txt."""
    text = resources.files("laci_audit").joinpath("data/given_names.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


DETECTORS: tuple[Detector, ...] = (
    Detector("email", "email", "account", is_email),
    Detector("nik", "NIK", "account", is_nik),
    Detector("npwp", "NPWP", "account", is_npwp),
    Detector("card", "payment card number (Luhn)", "payment", is_card_number, sensitive=True),
    Detector("imei", "IMEI (Luhn)", "device", is_imei),
    Detector("phone", "phone number", "account", is_phone),
    Detector("ip", "IP address", "location", is_ip_address),
    Detector("geo_pair", "latitude/longitude pair", "location", is_coordinate_pair),
    Detector("user_agent", "user agent", "log", is_user_agent),
    Detector("account", "bank account number", "payment", is_account_number, sensitive=True,
             needs_name=("rekening", "account", "iban", "virtual")),
    Detector("coordinate", "coordinate", "location", is_coordinate, needs_name=("latitude", "longitude", "geo", "gps")),
    Detector("person_name", "person name (name lists)", "account", is_person_name, strong=False),
    Detector("street", "street address", "account", is_street_address, strong=False),
)


def detect(values: Iterable, name_tokens: tuple[str, ...] = ()) -> list[ValueEvidence]:
    """Run every detector over the sample; the best match first. Values are only counted."""
    texts = [text for text in (_as_text(v) for v in values) if text]
    if not texts:
        return []
    found = []
    for detector in DETECTORS:
        if detector.needs_name and not set(detector.needs_name) & set(name_tokens):
            continue
        matched = sum(1 for text in texts if detector.test(text))
        if matched:
            found.append(ValueEvidence(detector, matched, len(texts)))
    birth = _birth_dates(texts)
    if birth is not None:
        found.append(birth)
    found.sort(key=lambda e: (-e.ratio, not e.detector.strong))
    return found


# Judged on the whole column by _birth_dates: a single date says nothing, so its value test never matches.
_BIRTH_DATE = Detector("birth_date", "dates of birth (ages up to 110, spread over 15+ years)", "account", lambda _v: False)


def _birth_dates(texts: list[str]) -> ValueEvidence | None:
    """Dates in the past, ages up to 110, spread over at least fifteen years and mostly fifteen or
    more years ago: what a column of birth dates looks like, and a column of order dates does not."""
    today = date.today()
    dates = [d for d in (_as_date(t) for t in texts) if d is not None]
    if len(dates) < MINIMUM_SAMPLE:
        return None
    plausible = sorted(d for d in dates if d <= today and today.year - d.year <= 110)
    if not plausible or plausible[-1].year - plausible[0].year < 15:
        return None
    if today.year - plausible[len(plausible) // 2].year < 15:
        return None
    return ValueEvidence(_BIRTH_DATE, len(plausible), len(texts))


def _as_date(text: str) -> date | None:
    head = text.strip()[:10]
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(head, pattern).date()
        except ValueError:
            continue
    return None


def _as_text(value) -> str:
    if value is None or isinstance(value, (bytes, bytearray, memoryview, bool)):
        return ""
    return str(value).strip()


def combine_with_values(suggestion: Suggestion, field: Field, values: list, vocabulary: Vocabulary) -> Suggestion:
    """The name's suggestion, confirmed or raised by what the sample showed (or made personal when
    a strong detector convinces and the name said nothing)."""
    from laci_audit.classify.tokens import canonical_tokens

    tokens = canonical_tokens(field.name, vocabulary.aliases)
    found = detect(values, tokens)
    tested = sum(1 for v in values if _as_text(v))
    if not found:
        if tested >= MINIMUM_SAMPLE and suggestion.personal:
            return replace(suggestion, reasons=suggestion.evidence + (f"values: no detector matched {tested} values",),
                           table_evidence="")
        return suggestion
    best = found[0]
    category = vocabulary.id(best.detector.category)
    evidence = suggestion.evidence + (best.describe(),)
    convincing = best.tested >= MINIMUM_SAMPLE and best.ratio >= STRONG_RATIO
    if not convincing:
        return replace(suggestion, reasons=evidence, table_evidence="")
    if suggestion.personal:
        categories = suggestion.categories
        if not categories and not suggestion.uncovered and category:
            categories = (category,)
        confidence = max(suggestion.confidence, 0.6 + 0.35 * best.ratio)
        return replace(suggestion, categories=categories, confidence=round(min(confidence, 0.99), 2),
                       sensitive=suggestion.sensitive or best.detector.sensitive, reasons=evidence, table_evidence="",
                       values_convincing=True)
    if not best.detector.strong and suggestion.confidence >= 0.7:
        return replace(suggestion, reasons=evidence, table_evidence="", values_convincing=True)
    sensitive = is_sensitive(best.detector.sensitive, (category,), vocabulary.spesifik_categories)
    return replace(suggestion, personal=True, categories=(category,) if category else (),
                   confidence=round(0.5 + 0.4 * best.ratio, 2), sensitive=sensitive, reasons=evidence, table_evidence="",
                   values_convincing=True)
