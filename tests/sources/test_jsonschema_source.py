"""The jsonschema source: dotted paths, $ref with cycle protection, descriptions, line numbers."""

from __future__ import annotations

import pytest
from helpers import write

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources import jsonschema
from laci_audit.sources.scan import scan_source

EVENT_2020 = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Order placed",
  "type": "object",
  "properties": {
    "email": {"type": "string", "format": "email", "description": "Buyer's  email"},
    "shipping": {"$ref": "#/$defs/Address", "description": "Where the parcel goes"},
    "items": {
      "type": "array",
      "items": {"type": "object", "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}}}
    },
    "tags": {"type": "array", "items": {"type": "string"}},
    "note": {"type": ["string", "null"], "title": "Free text"},
    "extra": {"allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": {"enum": [1, 2]}}}]}
  },
  "$defs": {
    "Address": {
      "type": "object",
      "properties": {
        "postal_code": {"type": "string", "description": "Kode pos"},
        "city": {"type": "string"}
      }
    }
  }
}
"""


def _source(path: str) -> Source:
    return Source(name="events", kind="jsonschema", owner="tim-data", options={"path": path})


def _fields(tmp_path, path="*.json"):
    return {f.name: f for f in jsonschema.scan(_source(path), tmp_path)}


def test_draft_2020_paths_types_lines_and_descriptions(tmp_path):
    write(tmp_path / "order_placed.schema.json", EVENT_2020)
    fields = _fields(tmp_path)
    assert list(fields) == ["email", "shipping.postal_code", "shipping.city", "items[].sku", "items[].qty", "tags",
                            "note", "extra.a", "extra.b"]
    assert {f.table for f in fields.values()} == {"order_placed"}
    assert (fields["email"].data_type, fields["email"].line, fields["email"].comment) == ("string (email)", 6, "Buyer's email")
    assert (fields["shipping.postal_code"].line, fields["shipping.postal_code"].comment) == (20, "Kode pos")
    assert fields["items[].sku"].line == 10
    assert fields["tags"].data_type == "array of string"
    assert (fields["note"].data_type, fields["note"].comment) == ("string|null", "Free text")
    assert fields["extra.b"].data_type == "enum"
    assert fields["email"].file.endswith("order_placed.schema.json")


def test_draft_07_definitions_in_yaml_and_a_ref_to_another_file(tmp_path):
    write(tmp_path / "profile.yaml", """
        $schema: http://json-schema.org/draft-07/schema#
        type: object
        properties:
          user:
            $ref: '#/definitions/User'
          phone:
            $ref: common/contact.yaml#/definitions/Phone
        definitions:
          User:
            type: object
            properties:
              full_name:
                type: string
                description: Nama lengkap
        """)
    write(tmp_path / "common" / "contact.yaml", """
        definitions:
          Phone:
            type: object
            properties:
              number: {type: string, description: Nomor HP}
        """)
    fields = _fields(tmp_path, "profile.yaml")
    assert list(fields) == ["user.full_name", "phone.number"]
    assert (fields["user.full_name"].line, fields["user.full_name"].comment) == (12, "Nama lengkap")
    number = fields["phone.number"]
    assert (number.file.endswith("common/contact.yaml"), number.line, number.comment) == (True, 5, "Nomor HP")


def test_cycles_stop_at_the_second_visit(tmp_path):
    write(tmp_path / "tree.schema.json", """
        {"$ref": "#/$defs/Category",
         "$defs": {
           "Category": {"type": "object", "properties": {
             "name": {"type": "string"},
             "children": {"type": "array", "items": {"$ref": "#/$defs/Category"}},
             "owner": {"$ref": "#/$defs/Person"}}},
           "Person": {"type": "object", "properties": {
             "email": {"type": "string"},
             "favourite": {"$ref": "#/$defs/Category"}}}}}
        """)
    fields = _fields(tmp_path)
    assert list(fields) == ["name", "children", "owner.email", "owner.favourite"]
    assert fields["children"].data_type == "array of object (recursive #/$defs/Category)"
    assert fields["owner.favourite"].data_type == "object (recursive #/$defs/Category)"


def test_a_ref_to_nothing_keeps_the_other_fields_and_names_the_line(tmp_path):
    write(tmp_path / "broken.schema.json", """
        {"type": "object",
         "properties": {
           "email": {"type": "string"},
           "address": {"$ref": "#/$defs/Missing"},
           "remote": {"$ref": "https://example.com/schemas/address.json"}}}
        """)
    scan = scan_source(_source("*.json"), tmp_path)
    assert [f.name for f in scan.fields] == ["email", "address", "remote"]
    assert "broken.schema.json:4: $ref '#/$defs/Missing' points at nothing" in scan.error
    assert "broken.schema.json:5: $ref 'https://example.com/schemas/address.json' is not supported" in scan.error


def test_invalid_json_is_a_source_error_with_its_line(tmp_path):
    write(tmp_path / "bad.schema.json", '{\n  "type": "object",\n  "properties": {"a": }\n}\n')
    with pytest.raises(SourceError, match=r"bad.schema.json:3: not valid JSON: Expecting value"):
        list(jsonschema.scan(_source("*.json"), tmp_path))


def test_a_document_that_is_not_an_object_is_a_source_error(tmp_path):
    write(tmp_path / "list.json", "[1, 2]\n")
    with pytest.raises(SourceError, match="not a JSON Schema"):
        list(jsonschema.scan(_source("list.json"), tmp_path))
