"""OpenAPI 3.0 and 3.1 documents (YAML or JSON): what each operation collects and returns.

Each operation is a container named like `POST /users`. Its fields are its parameters
(`query.email`, `path.user_id`, `header.X-Device-Id`, `cookie.session`), its request body
(`body.address.postal_code`, `body.items[].sku`) and its successful (2xx) responses
(`response.user.email`), walked with the JSON Schema walker, $refs into components followed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, Source
from laci_audit.sources import resolve_paths
from laci_audit.sources.jsonschema import Documents, SchemaWalker
from laci_audit.yamlio import line_of

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the fields of every operation of every OpenAPI file of the source."""
    problems = []
    for path in resolve_paths(source, inventory_dir):
        documents = Documents(inventory_dir, source.options.get("allow_outside") is True)
        root = documents.load(path)
        _check_version(root, path)
        for walker in operation_walkers(root, path.resolve(), source.name, documents, problems):
            yield from walker.fields.values()
            problems.extend(p for p in walker.problems if p not in problems)
    if problems:
        raise SourceError("; ".join(problems))


def operation_walkers(
    root: dict, file: Path, source: str, documents: Documents, problems: list[str]
) -> Iterator[SchemaWalker]:
    """One walker per operation, in document order, holding that operation's fields; $refs that
    lead nowhere are added to problems (schema $refs to the walker's own problems)."""
    paths = root.get("paths") or {}
    if not isinstance(paths, dict):
        raise SourceError(f"{display_path(file)}:{line_of(root, 'paths')}: 'paths' must be a mapping")
    for api_path, path_item in paths.items():
        path_item, item_file = _resolved(path_item, file, documents, problems)
        if not isinstance(path_item, dict):
            continue
        for method in METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                walker = SchemaWalker(source, f"{method.upper()} {api_path}", documents)
                _walk_parameters([*_listed(path_item, "parameters"), *_listed(operation, "parameters")],
                                 item_file, walker, documents)
                _walk_request_body(operation.get("requestBody"), item_file, walker, documents)
                _walk_responses(_mapped(operation, "responses"), item_file, walker, documents)
                yield walker


def _walk_parameters(parameters: list, file: Path, walker: SchemaWalker, documents: Documents) -> None:
    """Operation parameters override path parameters with the same name and place."""
    by_place: dict[tuple[str, str], tuple[dict, Path]] = {}
    for parameter in parameters:
        parameter, parameter_file = _resolved(parameter, file, documents, walker.problems)
        if isinstance(parameter, dict) and "name" in parameter:
            by_place[(str(parameter.get("in", "query")), str(parameter["name"]))] = (parameter, parameter_file)
    for (place, name), (parameter, parameter_file) in by_place.items():
        schema = parameter.get("schema")
        if schema is None:
            media = next(iter(_mapped(parameter, "content").values()), None)
            schema = media.get("schema") if isinstance(media, dict) else None
        description = " ".join(str(parameter.get("description", "")).split())
        walker.walk(schema, parameter_file, f"{place}.{name}", line_of(parameter, "name"), description)


def _walk_request_body(body: Any, file: Path, walker: SchemaWalker, documents: Documents) -> None:
    body, body_file = _resolved(body, file, documents, walker.problems)
    if isinstance(body, dict):
        _walk_content(body, body_file, "body", walker)


def _walk_responses(responses: dict, file: Path, walker: SchemaWalker, documents: Documents) -> None:
    for status, response in responses.items():
        if str(status).startswith("2"):
            response, response_file = _resolved(response, file, documents, walker.problems)
            if isinstance(response, dict):
                _walk_content(response, response_file, "response", walker)


def _walk_content(holder: dict, file: Path, prefix: str, walker: SchemaWalker) -> None:
    """Every media type's schema under one prefix: the first definition of a path wins."""
    for media in _mapped(holder, "content").values():
        if isinstance(media, dict) and "schema" in media:
            walker.walk(media["schema"], file, prefix, line_of(media, "schema"))


def _resolved(node: Any, file: Path, documents: Documents, problems: list[str]) -> tuple[Any, Path]:
    """A $ref'd path item, parameter, request body or response, followed (a chain of refs too);
    a $ref that leads nowhere is added to problems and gives None."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        try:
            node, file, _ref_id = documents.resolve(node["$ref"], file)
        except SourceError as exc:
            problems.append(f"{display_path(file)}:{line_of(node, '$ref')}: {exc}")
            return None, file
    return node, file


def _listed(node: dict, key: str) -> list:
    value = node.get(key)
    return value if isinstance(value, list) else []


def _mapped(node: dict, key: str) -> dict:
    value = node.get(key)
    return value if isinstance(value, dict) else {}


def _check_version(root: Any, path: Path) -> None:
    if not isinstance(root, dict):
        raise SourceError(f"{display_path(path)}: not an OpenAPI document (expected a mapping at the top)")
    version = str(root.get("openapi", ""))
    if not version.startswith("3."):
        found = f"swagger {root['swagger']}" if "swagger" in root else f"openapi {version or '(missing)'}"
        raise SourceError(f"{display_path(path)}:{line_of(root)}: {found}: only OpenAPI 3.0 and 3.1 are read")
