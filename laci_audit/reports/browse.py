"""The inventory database in Datasette: what its tables and columns hold, the policy's labels, and
the questions a privacy officer asks as canned queries (each on the latest scan)."""

from __future__ import annotations

from laci_audit.store.catalog import PolicyLabel

LATEST = "(SELECT max(id) FROM scans)"
PREVIOUS = "(SELECT max(id) FROM scans WHERE id < (SELECT max(id) FROM scans))"
POLICY = "(SELECT policy_sha256 FROM scans ORDER BY id DESC LIMIT 1)"

TABLES = {
    "scans": ("One row per recorded scan (`laci-audit scan`): when, how long, against which policy.", {
        "policy_sha256": "The policy text's SHA-256 the fields were judged against"}),
    "sources": ("The declared sources as each scan found them (sources.yaml).", {
        "location": "Path or connection URL, never with a password",
        "status": "ok, or unreadable (then see error)", "purposes": "The source's default purposes (section B ids)"}),
    "fields": ("Every field (column, property, parameter) each scan found.", {
        "table_name": "Table, file, operation or dataset the field belongs to",
        "registered": "1 when inventory/fields/ registers it", "personal": "Registered as personal data (1) or not (0)",
        "primary_key": "1 when part of its table's primary key", "references_to": "table.column its foreign key names",
        "file": "Where it is defined", "comment": "The source's own description of the field"}),
    "registrations": ("What engineers registered for each field (inventory/fields/*.yaml).", {
        "categories": "Policy categories (section A ids)", "purposes": "The field's own purposes (section B ids)"}),
    "field_categories": ("A field's registered categories, one row each.", {
        "category": "A section A id of the policy (see policy_items)"}),
    "field_purposes": ("A field's effective purposes, one row each, with where each comes from.", {
        "purpose": "A section B id of the policy (see policy_items)", "origin": "field, table or source"}),
    "suggestions": ("The classifier's view of every field; never a sampled value.", {
        "sensitive": "1 when UU PDP specific data (Pasal 4(2))", "evidence": "Why (name words, table, value counts)"}),
    "findings": ("Every gap each scan found, with its rule and stable fingerprint.", {
        "fingerprint": "Rule plus source, table and field: what a baseline accepts"}),
    "policies": ("Every policy text a scan was judged against.", {}),
    "policy_items": ("The policy's categories (A) and purposes (B): ids, Indonesian text, English labels.", {
        "spesifik": "1 when the policy flags it UU PDP specific data", "label_en": "English label",
        "text": "The policy's own wording (Indonesian)", "terms": "The data words the policy names"}),
}

QUERIES = {
    "unregistered_personal_data": ("Personal data nobody registered", """
        SELECT f.source, f.table_name, f.name AS field, f.data_type, s.categories AS suggested_categories,
               s.confidence, s.sensitive, s.evidence
        FROM fields f JOIN suggestions s ON s.field_id = f.id
        WHERE f.scan_id = {latest} AND f.registered = 0 AND s.personal = 1
        ORDER BY s.sensitive DESC, f.source, f.table_name, f.name"""),
    "fields_per_category_and_purpose": ("Fields per policy category and purpose", """
        SELECT c.category, ci.label_en AS category_label, p.purpose, pi.label_en AS purpose_label,
               count(*) AS fields, group_concat(f.source || '.' || f.table_name || '.' || f.name, ', ') AS which
        FROM field_categories c JOIN fields f ON f.id = c.field_id
        JOIN field_purposes p ON p.field_id = f.id
        LEFT JOIN policy_items ci ON ci.id = c.category AND ci.policy_sha256 = {policy}
        LEFT JOIN policy_items pi ON pi.id = p.purpose AND pi.policy_sha256 = {policy}
        WHERE f.scan_id = {latest}
        GROUP BY c.category, p.purpose ORDER BY c.category, p.purpose"""),
    "sensitive_data": ("UU PDP specific data (Pasal 4(2)): where it is and why", """
        SELECT f.source, f.table_name, f.name AS field, f.registered,
               (SELECT group_concat(c.category, ', ') FROM field_categories c WHERE c.field_id = f.id) AS categories,
               (SELECT group_concat(p.purpose, ', ') FROM field_purposes p WHERE p.field_id = f.id) AS purposes,
               CASE WHEN EXISTS (SELECT 1 FROM field_categories c JOIN policy_items i ON i.id = c.category
                                 AND i.policy_sha256 = {policy} WHERE c.field_id = f.id AND i.spesifik = 1)
                    THEN 'registered under a spesifik category' ELSE 'the classifier' END AS why
        FROM fields f LEFT JOIN suggestions s ON s.field_id = f.id
        WHERE f.scan_id = {latest} AND coalesce(f.personal, s.personal) = 1 AND (s.sensitive = 1 OR EXISTS (
            SELECT 1 FROM field_categories c JOIN policy_items i ON i.id = c.category AND i.policy_sha256 = {policy}
            WHERE c.field_id = f.id AND i.spesifik = 1))
        ORDER BY f.source, f.table_name, f.name"""),
    "changes_since_last_scan": ("What changed since the scan before the latest", """
        WITH now AS MATERIALIZED (SELECT *, source || char(0) || lower(table_name) || char(0) || lower(name) AS k
                                  FROM fields WHERE scan_id = {latest}),
             before AS MATERIALIZED (SELECT *, source || char(0) || lower(table_name) || char(0) || lower(name) AS k
                                     FROM fields WHERE scan_id = {previous}),
             reg_now AS MATERIALIZED (SELECT *, source || char(0) || lower(table_name) || char(0) || lower(field) AS k
                                      FROM registrations WHERE scan_id = {latest}),
             reg_before AS MATERIALIZED (SELECT *, source || char(0) || lower(table_name) || char(0) || lower(field)
                                         AS k FROM registrations WHERE scan_id = {previous})
        SELECT 'field added' AS change, n.source, n.table_name, n.name AS field, n.data_type AS detail
        FROM now n WHERE {previous} IS NOT NULL AND n.k NOT IN (SELECT k FROM before)
        UNION ALL
        SELECT 'field removed', b.source, b.table_name, b.name, b.data_type
        FROM before b WHERE b.k NOT IN (SELECT k FROM now)
        UNION ALL
        SELECT 'field retyped', n.source, n.table_name, n.name, b.data_type || ' -> ' || n.data_type
        FROM now n JOIN before b ON b.k = n.k WHERE b.data_type IS NOT n.data_type
        UNION ALL
        SELECT 'registration changed', r.source, r.table_name, r.field,
               coalesce(o.categories, '[]') || ' for ' || coalesce(o.purposes, '[]') || ' -> '
               || coalesce(r.categories, '[]') || ' for ' || coalesce(r.purposes, '[]')
        FROM reg_now r JOIN reg_before o ON o.k = r.k
        WHERE o.categories IS NOT r.categories OR o.purposes IS NOT r.purposes OR o.personal IS NOT r.personal
        UNION ALL
        SELECT 'finding opened', f.source, f.table_name, f.field, f.rule || ': ' || f.message
        FROM findings f WHERE f.scan_id = {latest} AND {previous} IS NOT NULL AND f.fingerprint NOT IN (
            SELECT fingerprint FROM findings WHERE scan_id = {previous})
        UNION ALL
        SELECT 'finding closed', f.source, f.table_name, f.field, f.rule || ': ' || f.message
        FROM findings f WHERE f.scan_id = {previous} AND f.fingerprint NOT IN (
            SELECT fingerprint FROM findings WHERE scan_id = {latest})"""),
}


def canned_queries() -> dict[str, dict]:
    """The privacy officer's questions, as Datasette canned queries on the latest scan."""
    return {name: {"title": title, "sql": " ".join(sql.format(latest=LATEST, previous=PREVIOUS, policy=POLICY).split())}
            for name, (title, sql) in QUERIES.items()}


def policy_description(labels: dict[str, PolicyLabel]) -> str:
    """The policy's categories and purposes as one line each, for the policy_items table's description."""
    return "; ".join(f"{label.id} {label.label_en}{' (spesifik)' if label.spesifik else ''}"
                     for label in sorted(labels.values(), key=lambda item: item.id) if label.label_en)


def datasette_metadata(database_name: str, labels: dict[str, PolicyLabel]) -> dict:
    """Datasette metadata: the tables' and columns' descriptions, the policy's labels, the canned queries."""
    tables = {name: {"description": description, "columns": columns} for name, (description, columns) in TABLES.items()}
    tables["policy_items"] = {**tables["policy_items"], "label_column": "label_en",
                              "description": f"{TABLES['policy_items'][0]} {policy_description(labels)}"}
    return {
        "title": "laci-audit inventory",
        "description": "LaciMartKTUM's data held against its privacy policy (UU PDP No. 27/2022). "
                       "Canned queries answer on the latest scan.",
        "databases": {database_name: {"tables": tables, "queries": canned_queries()}},
    }
