"""The breach report as Markdown: what the inventory says is exposed, then a pre-filled notice
with the three parts UU PDP Pasal 46(2) requires, in Indonesian with an English copy. Brackets
[...] mark what only the people handling the breach can fill in."""

from __future__ import annotations

import re
from datetime import date

from tabulate import tabulate

from laci_audit.answers.breach import BreachScope
from laci_audit.classify.sensitive import legal_name
from laci_audit.result import AuditResult


def render_breach(result: AuditResult, scope: BreachScope) -> str:
    """Summary for the privacy officer, then the notice in Indonesian and in English."""
    return "\n".join([_summary(result, scope), _notice(result, scope, "id"), _notice(result, scope, "en")])


def _summary(result: AuditResult, scope: BreachScope) -> str:
    taxonomy = result.taxonomy
    spesifik = scope.specific_data(result.taxonomy)
    unregistered = [f for f in scope.fields if not f.registered]
    rows = []
    for category in scope.categories():
        exposed = [f"{f.table}.{f.name}" if len(scope.tables) > 1 else f.name
                   for f in scope.fields if category in f.categories]
        rows.append([category, taxonomy.label(category), "yes" if category in spesifik else "",
                     ", ".join(exposed)])
    lines = [
        f"# Breach of `{scope.source}`: what the inventory says is exposed",
        "",
        f"System `{scope.source}` ({scope.kind}), owner {scope.owner}; tables: {', '.join(scope.tables)}. "
        f"Prepared {date.today().isoformat()} with laci-audit, policy {taxonomy.version}.",
        "UU PDP Pasal 46(1): notify the data subjects and the supervising agency within 3 x 24 hours.",
        *([f"**The source could not be read ({scope.unreadable}): the fields below are its registrations, "
           "not what the system holds today.**"] if scope.unreadable else []),
        "",
        tabulate(rows, headers=["category", "label", "spesifik", "fields"], tablefmt="github") if rows
        else "No personal fields are registered or suggested in these tables.",
        "",
        f"- Specific data (Pasal 4(2)): {', '.join(spesifik) or 'none registered'}",
        f"- Data subjects: {', '.join(scope.data_subjects) or 'UNKNOWN: no data_subjects declared'}",
        f"- Whose rows (the keys `locate` and a deletion follow): "
        f"{'; '.join(scope.person_paths.values()) or 'no key to a person found: find the people by hand'}",
        f"- Purposes: {', '.join(f'{p} ({taxonomy.label(p)})' for p in scope.purposes) or 'none'}",
        f"- Recipients: {', '.join(scope.recipients) or 'none declared'}; partners: {', '.join(scope.partners) or 'none'}",
    ]
    if unregistered:
        lines.append(f"- Not registered, guessed personal by the classifier: "
                     f"{', '.join(f'{f.table}.{f.name}' for f in unregistered)}")
    return "\n".join(lines) + "\n"


def short_text(text: str, given_by_user: bool) -> str:
    """The first clause of a policy item as a noun phrase, for a notice the reader can follow
    (data the user gives is said to be so)."""
    clause = re.split(r",\s*(?:termasuk|diantaranya|seperti)|;|\.\s|\s(?:pada saat|melalui|sehubungan dengan)\s",
                      text, maxsplit=1)[0].strip().rstrip(".;,")
    if given_by_user:
        clause = "data yang diserahkan saat Pengguna " + clause
    clause = clause if len(clause) <= 110 else clause[:107].rsplit(" ", 1)[0] + " ..."
    return clause[:1].upper() + clause[1:]


# The notice's words in each language; {source}, {owner}, {tables}, {subjects} and {spesifik} are filled in.
_NOTICE = {
    "id": {
        "title": "## Pemberitahuan kegagalan pelindungan Data Pribadi (Bahasa Indonesia)",
        "to": "Kepada: Subjek Data Pribadi ({subjects}) dan lembaga penyelenggara pelindungan Data Pribadi.",
        "deadline": "Dikirim paling lambat 3 x 24 jam sejak kegagalan pelindungan diketahui (UU PDP Pasal 46 ayat 1).",
        "part1": "### 1. Data Pribadi yang terungkap",
        "held": "Sistem {source} milik {owner} LaciMartKTUM. Data yang tersimpan pada tabel {tables}:",
        "spesifik": "Data Pribadi yang bersifat spesifik: {spesifik}.",
        "no spesifik": "tidak tercatat",
        "part2": "### 2. Kapan dan bagaimana Data Pribadi terungkap",
        "when": ["Waktu kejadian: [tanggal dan jam, WIB]; diketahui pada: [tanggal dan jam, WIB]",
                 "Cara terungkap: [mis. akses tidak sah ke basis data, salah konfigurasi, perangkat hilang]",
                 "Jumlah Subjek Data yang terdampak: [perkiraan]"],
        "part3": "### 3. Upaya penanganan dan pemulihan",
        "efforts": ["Akses ke sistem {source} telah [dibatasi/ditutup] pada [tanggal dan jam]; kredensial diganti.",
                    "Investigasi oleh [tim keamanan/pihak ketiga] sedang berjalan; temuan akan disampaikan.",
                    "Langkah yang kami sarankan kepada Pengguna: [mis. ganti password, waspadai pesan yang "
                    "mengatasnamakan LaciMartKTUM].",
                    "Kontak: Pejabat Pelindungan Data Pribadi LaciMartKTUM, [email dan telepon]."],
        "subjects": "[subjek data]",
        "unregistered": " (belum terdaftar)",
        "not in policy": "Kategori yang tidak ada dalam kebijakan",
        "none": "- [tidak ada yang terdaftar: jelaskan datanya]",
        "uncovered": "tidak tercakup kebijakan privasi",
        "unknown kind": "data pribadi lain",
    },
    "en": {
        "title": "## Notice of a personal data protection failure (English copy)",
        "to": "To: the data subjects ({subjects}) and the personal data protection agency.",
        "deadline": "Sent no later than 3 x 24 hours after the failure became known (UU PDP Article 46(1)).",
        "part1": "### 1. The personal data disclosed",
        "held": "System {source}, owned by LaciMartKTUM's {owner}. Data held in the tables {tables}:",
        "spesifik": "Specific personal data: {spesifik}.",
        "no spesifik": "none recorded",
        "part2": "### 2. When and how the personal data was disclosed",
        "when": ["Time of the incident: [date and time, WIB]; discovered on: [date and time, WIB]",
                 "How: [e.g. unauthorised database access, misconfiguration, lost device]",
                 "Number of data subjects affected: [estimate]"],
        "part3": "### 3. Efforts to handle and recover",
        "efforts": ["Access to system {source} was [restricted/closed] on [date and time]; credentials rotated.",
                    "An investigation by [security team/third party] is under way; findings will follow.",
                    "What we advise users to do: [e.g. change their password, beware of messages in "
                    "LaciMartKTUM's name].",
                    "Contact: LaciMartKTUM's personal data protection officer, [email and phone]."],
        "subjects": "[data subjects]",
        "unregistered": " (not registered)",
        "not in policy": "A category the policy does not have",
        "none": "- [none registered: describe the data]",
        "uncovered": "not covered by the privacy policy",
        "unknown kind": "other personal data",
    },
}


def _data_lines(result: AuditResult, scope: BreachScope, words: dict, english: bool) -> list[str]:
    lines = []
    several = len(scope.tables) > 1
    for category in scope.categories():
        item = result.taxonomy.items.get(category)
        if item is None:
            label = words["not in policy"]
        else:
            label = item.label_en if english else short_text(
                item.text, result.taxonomy.section_of(category) == "given_by_user")
        fields = ", ".join((f"{f.table}.{f.name}" if several else f.name) + ("" if f.registered else words["unregistered"])
                           for f in scope.fields if category in f.categories)
        lines.append(f"- {label} ({category}): {fields}")
    uncovered: dict[str, list[str]] = {}
    for f in scope.fields:
        if not f.categories:
            name = (f"{f.table}.{f.name}" if several else f.name) + ("" if f.registered else words["unregistered"])
            uncovered.setdefault(f.uncovered or words["unknown kind"], []).append(name)
    for kind, names in uncovered.items():
        lines.append(f"- {legal_name(kind)}, {words['uncovered']}: {', '.join(names)}")
    return lines or [words["none"]]


def _notice(result: AuditResult, scope: BreachScope, language: str) -> str:
    """The notice in one language, its three parts as Pasal 46(2) lists them."""
    words = _NOTICE[language]
    spesifik = scope.specific_data(result.taxonomy)
    values = dict(source=scope.source, owner=scope.owner, tables=", ".join(scope.tables),
                  subjects=", ".join(scope.data_subjects) or words["subjects"],
                  spesifik=", ".join(spesifik) or words["no spesifik"])
    lines = [
        words["title"], "", words["to"].format(**values), words["deadline"], "",
        words["part1"], "", words["held"].format(**values), "",
        *_data_lines(result, scope, words, english=language == "en"), "",
        words["spesifik"].format(**values), "",
        words["part2"], "", *(f"- {line}" for line in words["when"]), "",
        words["part3"], "", *(f"- {line.format(**values)}" for line in words["efforts"]), "",
    ]
    return "\n".join(lines)
