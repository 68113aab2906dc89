"""export datahub: the proposals DataHub's own SDK reads back, validates and ingests with its file source."""

from __future__ import annotations

import json

import pytest
from datahub.emitter.mcp import MetadataChangeProposalWrapper
from datahub.ingestion.run.pipeline import Pipeline
from datahub.ingestion.source.file import read_metadata_file
from datahub.metadata.schema_classes import GlossaryTermInfoClass, SchemaMetadataClass, TagPropertiesClass
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory

USERS = "urn:li:dataset:(urn:li:dataPlatform:laci-audit-ddl,akun.users,PROD)"
TOKENS = "urn:li:dataset:(urn:li:dataPlatform:laci-audit-ddl,pembayaran.pembayaran.token_kartu,PROD)"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The bundled inventory scanned, then exported with the CLI."""
    folder = tmp_path_factory.mktemp("datahub")
    db = folder / "inventory.db"
    audit_inventory(BUNDLED_INVENTORY, db)
    result = CliRunner().invoke(app, ["export", "datahub", "-i", str(BUNDLED_INVENTORY), "--db", str(db),
                                      "-o", str(folder / "mcps.json")])
    assert result.exit_code == 0, result.output
    return folder / "mcps.json"


def _aspects(path, kind):
    return {item.entityUrn: item.aspect for item in read_metadata_file(path)
            if isinstance(item, MetadataChangeProposalWrapper) and isinstance(item.aspect, kind)}


def test_every_proposal_is_one_datahub_reads_and_validates(exported):
    items = list(read_metadata_file(exported))
    assert len(items) == len(json.loads(exported.read_text()))
    assert all(isinstance(item, MetadataChangeProposalWrapper) and item.validate() for item in items)


def test_datahub_file_source_ingests_it_all(exported, tmp_path):
    pipeline = Pipeline.create({"source": {"type": "file", "config": {"path": str(exported)}},
                                "sink": {"type": "file", "config": {"filename": str(tmp_path / "out.json")}}})
    pipeline.run()
    pipeline.raise_from_status()
    assert len(json.loads((tmp_path / "out.json").read_text())) == len(json.loads(exported.read_text()))


def test_schema_fields_carry_category_and_purpose_terms_and_the_specific_data_tag(exported):
    schemas = _aspects(exported, SchemaMetadataClass)
    email = next(f for f in schemas[USERS].fields if f.fieldPath == "email")
    terms = {term.urn for term in email.glossaryTerms.terms}
    assert "urn:li:glossaryTerm:laci-audit.policy.A.1.1" in terms and "urn:li:glossaryTerm:laci-audit.policy.B.3.6" in terms
    assert email.globalTags is None
    token = next(f for f in schemas[TOKENS].fields if f.fieldPath == "token")
    assert [tag.tag for tag in token.globalTags.tags] == ["urn:li:tag:uu-pdp-data-spesifik"]
    unregistered = next(f for f in schemas[USERS].fields if f.fieldPath == "nama_ibu_kandung")
    assert [tag.tag for tag in unregistered.globalTags.tags] == ["urn:li:tag:laci-audit-unregistered-personal"]


def test_every_term_and_tag_a_field_names_is_defined(exported):
    terms = _aspects(exported, GlossaryTermInfoClass)
    tags = _aspects(exported, TagPropertiesClass)
    for schema in _aspects(exported, SchemaMetadataClass).values():
        for found in schema.fields:
            assert {term.urn for term in (found.glossaryTerms.terms if found.glossaryTerms else [])} <= set(terms)
            assert {tag.tag for tag in (found.globalTags.tags if found.globalTags else [])} <= set(tags)
    assert terms["urn:li:glossaryTerm:laci-audit.policy.A.1.6"].customProperties["uu_pdp_spesifik"] == "true"


def test_no_scan_yet_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "datahub", "-i", str(BUNDLED_INVENTORY), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "no inventory database yet" in result.output
