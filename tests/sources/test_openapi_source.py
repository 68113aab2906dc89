"""The openapi source: operations as containers, parameters, request bodies and 2xx responses as fields."""

from __future__ import annotations

import json

import pytest
from helpers import write

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources import openapi
from laci_audit.sources.scan import scan_source

API_30 = """
openapi: 3.0.3
info: {title: Toko, version: "1"}
paths:
  /users/{user_id}:
    parameters:
      - {name: user_id, in: path, required: true, schema: {type: integer}}
      - $ref: '#/components/parameters/DeviceId'
    get:
      parameters:
        - name: user_id
          in: path
          required: true
          description: The user's id, again
          schema: {type: string}
      responses:
        "200":
          description: the user
          content:
            application/json:
              schema: {$ref: '#/components/schemas/User'}
        "404":
          description: not found
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
  /users:
    post:
      requestBody:
        $ref: '#/components/requestBodies/NewUser'
      responses:
        "201":
          $ref: '#/components/responses/Created'
components:
  parameters:
    DeviceId:
      name: X-Device-Id
      in: header
      description: Advertising id of the app
      schema: {type: string}
  schemas:
    User:
      type: object
      properties:
        email: {type: string, format: email, description: Login email}
        alamat:
          type: object
          properties:
            kode_pos: {type: string, nullable: true}
  requestBodies:
    NewUser:
      content:
        application/json:
          schema:
            allOf:
              - $ref: '#/components/schemas/User'
              - type: object
                properties:
                  password: {type: string, format: password}
        application/x-www-form-urlencoded:
          schema:
            type: object
            properties:
              password: {type: integer}
              referral: {type: string}
  responses:
    Created:
      description: created
      content:
        application/json:
          schema: {type: object, properties: {id: {type: integer}}}
"""


def _source(path: str) -> Source:
    return Source(name="api", kind="openapi", owner="tim-platform", options={"path": path})


def _by_operation(tmp_path, path):
    operations: dict[str, dict] = {}
    for found in openapi.scan(_source(path), tmp_path):
        operations.setdefault(found.table, {})[found.name] = found
    return operations


def test_openapi_30_operations_parameters_bodies_and_responses(tmp_path):
    write(tmp_path / "api" / "openapi.yaml", API_30)
    operations = _by_operation(tmp_path, "api/openapi.yaml")
    assert list(operations) == ["GET /users/{user_id}", "POST /users"]
    get = operations["GET /users/{user_id}"]
    assert list(get) == ["path.user_id", "header.X-Device-Id", "response.email", "response.alamat.kode_pos"]
    assert (get["path.user_id"].data_type, get["path.user_id"].line, get["path.user_id"].comment) == (
        "string", 10, "The user's id, again"), "an operation parameter overrides the path's"
    assert (get["header.X-Device-Id"].line, get["header.X-Device-Id"].comment) == (36, "Advertising id of the app")
    assert (get["response.email"].data_type, get["response.email"].line) == ("string (email)", 44)
    assert get["response.alamat.kode_pos"].data_type == "string|null"
    post = operations["POST /users"]
    assert list(post) == ["body.email", "body.alamat.kode_pos", "body.password", "body.referral", "response.id"]
    assert post["body.password"].data_type == "string (password)", "the first media type defines a path"
    assert post["body.email"].file.endswith("api/openapi.yaml")


def test_openapi_31_json_with_type_lists(tmp_path):
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/login": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {"phone": {"type": ["string", "null"]}, "otp": {"type": "string"}}}}}},
            "responses": {"204": {"description": "ok"}},
        }}},
        "webhooks": {"paid": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}}}}},
    }
    write(tmp_path / "api.json", json.dumps(document, indent=2))
    fields = list(openapi.scan(_source("api.json"), tmp_path))
    assert [(f.table, f.name, f.data_type) for f in fields] == [
        ("POST /login", "body.phone", "string|null"), ("POST /login", "body.otp", "string")]
    assert fields[0].line == 16


def test_swagger_2_is_refused_by_name(tmp_path):
    write(tmp_path / "old.yaml", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    with pytest.raises(SourceError, match=r"old.yaml:1: swagger 2.0: only OpenAPI 3.0 and 3.1 are read"):
        list(openapi.scan(_source("old.yaml"), tmp_path))


def test_a_ref_to_nothing_keeps_the_other_operations(tmp_path):
    write(tmp_path / "api.yaml", """
        openapi: 3.0.0
        info: {title: t, version: "1"}
        paths:
          /a:
            post:
              requestBody: {$ref: '#/components/requestBodies/Gone'}
              responses: {}
          /b:
            get:
              parameters: [{name: q, in: query, schema: {type: string}}]
              responses: {}
        """)
    scan = scan_source(_source("api.yaml"), tmp_path)
    assert [(f.table, f.name) for f in scan.fields] == [("GET /b", "query.q")]
    assert "api.yaml:6: $ref '#/components/requestBodies/Gone' points at nothing" in scan.error
