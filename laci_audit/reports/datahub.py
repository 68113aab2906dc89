"""The inventory as DataHub metadata change proposals, in the JSON its file source ingests.

One glossary node for the policy with a term per category and purpose (the policy's English label
as name, its Indonesian text as definition); one tag for UU PDP specific data (Pasal 4(2)) and one
for personal data nobody registered; per table a dataset (`<source>.<table>` on the platform of the
source's kind) with its properties and its schema: every field with its native type, key flag and
comment, the glossary terms of its registered categories and effective purposes, and the tags.
Written without DataHub's SDK (the core install stays light); tests check it with the SDK.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from laci_audit.store.catalog import Catalog, CatalogField, CatalogSource

ACTOR = "urn:li:corpuser:laci-audit"
SPECIFIC_TAG = "urn:li:tag:uu-pdp-data-spesifik"
UNREGISTERED_TAG = "urn:li:tag:laci-audit-unregistered-personal"
# DataHub's platform for each source kind; a DDL or sqlalchemy source names its engine in its URL or dialect.
PLATFORMS = {"postgres": "postgres", "mysql": "mysql", "sqlite": "sqlite", "parquet": "s3", "csv": "file",
             "jsonschema": "json-schema", "openapi": "openapi", "ddl": "laci-audit-ddl"}
URL_PLATFORMS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mariadb", "mssql": "mssql",
                 "oracle": "oracle", "snowflake": "snowflake", "bigquery": "bigquery", "trino": "trino",
                 "databricks": "databricks", "clickhouse": "clickhouse", "duckdb": "duckdb", "sqlite": "sqlite",
                 "redshift": "redshift", "presto": "presto", "hive": "hive"}
_NUMBER = re.compile(r"int|numeric|decimal|float|double|real|number|money|serial", re.IGNORECASE)
_TIME = re.compile(r"timestamp|datetime", re.IGNORECASE)


def platform_of(source: CatalogSource) -> str:
    """The DataHub platform name of a source: its URL's engine for a live source, else its kind's."""
    scheme = source.location.split(":", 1)[0].split("+", 1)[0] if "://" in source.location else ""
    return URL_PLATFORMS.get(scheme) or PLATFORMS.get(source.kind, source.kind)


def term_urn(policy_id: str) -> str:
    """The glossary term of a policy item."""
    return f"urn:li:glossaryTerm:laci-audit.policy.{policy_id}"


def dataset_urn(source: CatalogSource, table: str, env: str) -> str:
    """A table's dataset URN: `<source>.<table>` on the source's platform."""
    return f"urn:li:dataset:(urn:li:dataPlatform:{platform_of(source)},{source.name}.{table},{env})"


def _proposal(entity_type: str, urn: str, aspect_name: str, aspect: dict) -> dict:
    return {"entityType": entity_type, "entityUrn": urn, "changeType": "UPSERT", "aspectName": aspect_name,
            "aspect": {"json": aspect}}


def glossary_proposals(catalog: Catalog) -> Iterator[dict]:
    """The policy's node, its categories and purposes as terms, and the two tags."""
    node = "urn:li:glossaryNode:laci-audit.policy"
    yield _proposal("glossaryNode", node, "glossaryNodeInfo", {
        "name": "LaciMartKTUM Kebijakan Privasi",
        "definition": f"Categories (section A) and purposes (section B) of policy {catalog.policy_sha256[:12]}"})
    for label in sorted(catalog.labels.values(), key=lambda item: item.id):
        if label.kind not in ("category", "purpose"):
            continue
        yield _proposal("glossaryTerm", term_urn(label.id), "glossaryTermInfo", {
            "name": f"{label.id} {label.label_en}".strip(), "definition": label.text, "termSource": "INTERNAL",
            "parentNode": node, "customProperties": {"policy_id": label.id, "kind": label.kind,
                                                     "uu_pdp_spesifik": str(label.spesifik).lower()}})
    yield _proposal("tag", SPECIFIC_TAG, "tagProperties", {
        "name": "UU PDP data spesifik", "description": "Specific personal data, UU PDP Pasal 4(2): impact assessment due"})
    yield _proposal("tag", UNREGISTERED_TAG, "tagProperties", {
        "name": "laci-audit: unregistered personal data",
        "description": "The classifier calls it personal data and nobody registered it in inventory/fields/"})


def _field_type(data_type: str) -> str:
    if _TIME.search(data_type) or data_type.lower() == "date":
        return "com.linkedin.schema.DateType" if data_type.lower() == "date" else "com.linkedin.schema.TimeType"
    if data_type.lower().startswith(("bool", "tinyint(1)")):
        return "com.linkedin.schema.BooleanType"
    if _NUMBER.search(data_type):
        return "com.linkedin.schema.NumberType"
    if data_type.startswith(("list<", "array")) or data_type.endswith("[]"):
        return "com.linkedin.schema.ArrayType"
    return "com.linkedin.schema.StringType"


def schema_field(found: CatalogField, stamp: dict, policy_ids: set[str]) -> dict:
    """One field of a dataset's schemaMetadata, with the terms of its categories and purposes the
    policy has (an id it lacks is an audit finding, not a term) and its tags."""
    aspect: dict = {"fieldPath": found.name, "nullable": not found.primary_key,
                    "type": {"type": {_field_type(found.data_type): {}}},
                    "nativeDataType": found.data_type or "unknown", "recursive": False,
                    "isPartOfKey": found.primary_key}
    if found.comment:
        aspect["description"] = found.comment
    terms = [term for term in (*found.categories, *found.purposes) if term in policy_ids]
    if terms:
        aspect["glossaryTerms"] = {"terms": [{"urn": term_urn(term)} for term in dict.fromkeys(terms)],
                                   "auditStamp": stamp}
    tags = ([SPECIFIC_TAG] if found.specific else []) + ([UNREGISTERED_TAG] if found.personal and not found.registered
                                                         else [])
    if tags:
        aspect["globalTags"] = {"tags": [{"tag": tag} for tag in tags]}
    return aspect


def dataset_proposals(catalog: Catalog, env: str) -> Iterator[dict]:
    """Per table of every source: its properties and its schema."""
    stamp = {"time": 0, "actor": ACTOR}
    sources = {source.name: source for source in catalog.sources}
    tables: dict[tuple[str, str], list[CatalogField]] = {}
    for found in catalog.fields:
        tables.setdefault((found.source, found.table), []).append(found)
    for (source_name, table), fields in tables.items():
        source = sources[source_name]
        urn = dataset_urn(source, table, env)
        yield _proposal("dataset", urn, "datasetProperties", {
            "name": table, "qualifiedName": f"{source.name}.{table}",
            "description": source.description or f"{table} of {source.name}",
            "customProperties": {"laci_audit_source": source.name, "kind": source.kind, "owner": source.owner,
                                 "location": source.location, "scan": str(catalog.scan_id),
                                 "scanned_at": catalog.started_at, "policy": catalog.policy_sha256[:12]}})
        yield _proposal("dataset", urn, "schemaMetadata", {
            "schemaName": f"{source.name}.{table}", "platform": f"urn:li:dataPlatform:{platform_of(source)}",
            "version": 0, "created": stamp, "lastModified": stamp, "hash": "",
            "platformSchema": {"com.linkedin.schema.OtherSchema": {"rawSchema": ""}},
            "fields": [schema_field(found, stamp, set(catalog.labels)) for found in fields]})


def render_datahub(catalog: Catalog, env: str = "PROD") -> str:
    """Every proposal as one JSON list, the file DataHub's `file` source reads."""
    proposals = [*glossary_proposals(catalog), *dataset_proposals(catalog, env)]
    return json.dumps(proposals, indent=2, ensure_ascii=False) + "\n"
