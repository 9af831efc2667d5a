"""Google's own contract for the Sheets API v4, read from its discovery document, so the local
server (tests/sheets_server.py) refuses what Google would refuse.

The discovery document ships inside google-api-python-client (a test dependency only):
every method's HTTP verb and path, its query parameters (with types and enums), and the
schema of every request body and answer. `Contract.check` holds one request against it:
the path and verb, each query parameter (unknown names, repeats, booleans, integers and
enums), the `fields` mask of the answer, the body against its schema (unknown fields,
wrong JSON types, enum values, one kind per batchUpdate request), and each field mask a
body carries (`updateCells.fields` and the like, whose root the schema's own description
names); and `check_answer` holds the local server's own answers to the answer schema.
What it refuses raises `Refused` with Google's error shape: code, message, status
and a BadRequest field violation, worded after Google's own answers (not byte for byte).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import googleapiclient

DOCUMENT = (
    Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" / "sheets.v4.json"
)


class Refused(Exception):
    """A request Google would refuse: `status` and the JSON error answer it would send."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.field = field

    def answer(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "code": self.status,
            "message": str(self),
            "status": _STATUS.get(self.status, "UNKNOWN"),
        }
        if self.field is not None:
            error["details"] = [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": self.field, "description": str(self)}],
                }
            ]
        return {"error": error}


_STATUS = {400: "INVALID_ARGUMENT", 404: "NOT_FOUND"}


@dataclass(frozen=True)
class Method:
    id: str  # spreadsheets.batchUpdate, spreadsheets.values.batchGet, ...
    http: str
    pattern: re.Pattern[str]
    parameters: dict[str, dict[str, Any]]  # query parameters, the document's global ones included
    request: str | None  # the body's schema
    response: str | None


class Contract:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, dict[str, Any]] = document["schemas"]
        self.methods = list(_methods(document["resources"], document["parameters"]))

    @classmethod
    @cache
    def google(cls) -> Contract:
        """The contract of the discovery document google-api-python-client ships."""
        return cls(json.loads(DOCUMENT.read_text(encoding="utf-8")))

    def check(self, verb: str, path: str, query: dict[str, list[str]], body: Any) -> Method:
        """The method a request calls, or `Refused` saying why Google would not take it."""
        method = self.route(verb, path)
        for name, values in query.items():
            self._parameter(method, name, values)
        if "fields" in query:
            if method.response is None:
                raise Refused(400, f"Invalid field selection {query['fields'][0]}")
            self._mask(query["fields"][0], method.response, "fields")
        if method.request is None:
            if body not in (None, {}):
                raise Refused(400, "Invalid JSON payload received. Unexpected request body.")
        else:
            self._value(body if body is not None else {}, {"$ref": method.request}, "")
        return method

    def check_answer(self, method: Method, answer: Any) -> None:
        """`Refused` when an answer of the local server has a field or value Google's answer
        schema does not: the stand-in itself is held to the contract too."""
        if method.response is not None:
            self._value(answer, {"$ref": method.response}, "")

    def route(self, verb: str, path: str) -> Method:
        known = [m for m in self.methods if m.pattern.fullmatch(path.lstrip("/"))]
        if not known:
            raise Refused(404, f"The requested URL {path} was not found on this server.")
        method = next((m for m in known if m.http == verb), None)
        if method is None:
            raise Refused(404, f"The requested URL {path} does not take {verb}.")
        return method

    # --- query parameters ---------------------------------------------------------------------
    def _parameter(self, method: Method, name: str, values: list[str]) -> None:
        spec = method.parameters.get(name)
        if spec is None:
            raise Refused(
                400,
                f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query'
                f" parameter. Field '{name}' could not be found in request message.",
                name,
            )
        if len(values) > 1 and not spec.get("repeated"):
            raise Refused(
                400,
                f"Invalid JSON payload received. Cannot bind query parameter '{name}'."
                " It is not repeated but has multiple values.",
                name,
            )
        for value in values:
            if not _query_value_ok(value, spec):
                raise Refused(
                    400, f"Invalid value at '{_snake(name)}' ({_kind(spec)}), \"{value}\"", name
                )

    # --- field masks ----------------------------------------------------------------------------
    def _mask(self, text: str, root: str, where: str) -> None:
        try:
            tree = parse_mask(text)
        except ValueError:
            raise Refused(400, f"Invalid field mask at '{where}': {text}", where) from None
        for path in _paths(tree):
            self._mask_path(path, root, text, where)

    def _mask_path(self, path: tuple[str, ...], root: str, text: str, where: str) -> None:
        schema: dict[str, Any] = self.schemas[root]
        for name in path:
            if name == "*":
                return
            schema = self._deref(schema)
            while schema.get("type") == "array":
                schema = self._deref(schema["items"])
            if "additionalProperties" in schema:
                return  # a map: its keys are data, not fields
            if name not in schema.get("properties", {}):
                field = ".".join(path)
                raise Refused(
                    400,
                    f"Invalid field mask at '{where}': field '{field}' not found in {root}"
                    if where != "fields"
                    else f"Invalid field selection {field}",
                    where,
                )
            schema = schema["properties"][name]

    def _mask_root(self, spec: dict[str, Any], siblings: dict[str, Any]) -> str | None:
        """The schema a body's field mask names fields of, as its description says."""
        text = spec.get("description", "")
        m = re.search(r"fields of (\w+)|root is the (\w+)|root [`'](\w+)[`'] is implied", text)
        if not m:
            return None
        named = next(g for g in m.groups() if g)
        if named in self.schemas:
            return named
        sibling = siblings.get(named, {})
        ref = sibling.get("$ref") or sibling.get("items", {}).get("$ref")
        return ref if isinstance(ref, str) else None

    # --- bodies ---------------------------------------------------------------------------------
    def _deref(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        return schema

    def _value(self, value: Any, spec: dict[str, Any], at: str) -> None:
        schema = self._deref(spec)
        kind = schema.get("type")
        if kind == "any" or value is None:
            return
        if kind == "object":
            self._object(value, schema, spec.get("$ref"), at)
        elif kind == "array":
            if not isinstance(value, list):
                raise _invalid(at, "list", value)
            for i, item in enumerate(value):
                self._value(item, schema["items"], f"{at}[{i}]")
        elif not _scalar_ok(value, schema):
            raise _invalid(at, _kind(schema), value)

    def _object(self, value: Any, schema: dict[str, Any], name: str | None, at: str) -> None:
        if not isinstance(value, dict):
            raise _invalid(at, f"type.googleapis.com/google.apps.sheets.v4.{name}", value)
        if "additionalProperties" in schema:
            for key, item in value.items():
                self._value(item, schema["additionalProperties"], f"{at}[{key}]")
            return
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key not in properties:
                where = f" at '{at}'" if at else ""
                raise Refused(
                    400,
                    f'Invalid JSON payload received. Unknown name "{key}"{where}:'
                    " Cannot find field.",
                    at or key,
                )
            inner = _join(at, key)
            self._value(item, properties[key], inner)
            if properties[key].get("format") == "google-fieldmask" and name is not None:
                root = self._mask_root(properties[key], properties)
                if root is not None:
                    self._mask(item, root, inner)
        if name == "Request" and len(value) != 1:
            kinds = ", ".join(sorted(value)) or "none"
            raise Refused(
                400,
                f"Invalid value at '{at}' (oneof), each request sets exactly one kind;"
                f" this one sets {kinds}",
                at,
            )


def parse_mask(text: str) -> dict[str, dict[str, Any]]:
    """'a,b(c,d.e),f.g' -> {'a': {}, 'b': {'c': {}, 'd': {'e': {}}}, 'f': {'g': {}}}.
    ValueError on anything else (unbalanced parentheses, empty names, stray characters)."""
    tree: dict[str, dict[str, Any]] = {}
    pos = 0
    name = re.compile(r"\s*([A-Za-z0-9_*]+(?:\.[A-Za-z0-9_*]+)*)\s*")

    def parse_list(into: dict[str, Any], depth: int) -> None:
        nonlocal pos
        while True:
            m = name.match(text, pos)
            if not m:
                raise ValueError(text)
            pos = m.end()
            node = into
            for part in m.group(1).split("."):
                node = node.setdefault(part, {})
            if pos < len(text) and text[pos] == "(":
                pos += 1
                parse_list(node, depth + 1)
                if pos >= len(text) or text[pos] != ")":
                    raise ValueError(text)
                pos += 1
            if pos < len(text) and text[pos] == ",":
                pos += 1
                continue
            if pos == len(text) or (depth and text[pos] == ")"):
                return
            raise ValueError(text)

    parse_list(tree, 0)
    return tree


def mask_paths(text: str) -> list[tuple[str, ...]]:
    """'a,b(c,d.e)' -> [('a',), ('b', 'c'), ('b', 'd', 'e')]."""
    return _paths(parse_mask(text))


def _paths(tree: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for key, sub in tree.items():
        out += _paths(sub, (*prefix, key)) if sub else [(*prefix, key)]
    return out


def _methods(resources: dict[str, Any], common: dict[str, Any]) -> list[Method]:
    out: list[Method] = []
    for resource in resources.values():
        for spec in resource.get("methods", {}).values():
            template = re.escape(spec["flatPath"])
            # A range may hold a colon (A1:C9); an ID never does.
            pattern = re.sub(
                r"\\\{\\?\+?(\w+)\\\}",
                lambda m: f"(?P<{m[1]}>[^/]+?)" if m[1] == "range" else f"(?P<{m[1]}>[^/:]+)",
                template,
            )
            query = {
                k: v for k, v in spec.get("parameters", {}).items() if v["location"] == "query"
            }
            out.append(
                Method(
                    spec["id"],
                    spec["httpMethod"],
                    re.compile(pattern),
                    {**common, **query},
                    spec.get("request", {}).get("$ref"),
                    spec.get("response", {}).get("$ref"),
                )
            )
        out += _methods(resource.get("resources", {}), common)
    return out


def _query_value_ok(value: str, spec: dict[str, Any]) -> bool:
    if "enum" in spec:
        return value in spec["enum"]
    if spec["type"] == "boolean":
        return value in ("true", "false")
    if spec["type"] == "integer":
        return re.fullmatch(r"-?\d+", value) is not None
    return True


def _scalar_ok(value: Any, schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "boolean":
        return isinstance(value, bool)
    # Protobuf's JSON reading takes numbers written as strings too ("3", "NaN").
    if kind == "integer":
        if isinstance(value, str):
            return re.fullmatch(r"-?\d+", value) is not None
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        if isinstance(value, str):
            return re.fullmatch(r"-?\d+(\.\d*)?([eE][-+]?\d+)?|NaN|-?Infinity", value) is not None
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str) and ("enum" not in schema or value in schema["enum"])
    return False


def _kind(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "enum"
    return {
        "boolean": "TYPE_BOOL",
        "integer": "TYPE_INT32" if schema.get("format") != "int64" else "TYPE_INT64",
        "number": "TYPE_DOUBLE",
        "string": "TYPE_STRING",
    }.get(schema.get("type", ""), str(schema.get("type")))


def _invalid(at: str, kind: str, value: Any) -> Refused:
    shown = json.dumps(value, ensure_ascii=False)[:60]
    return Refused(400, f"Invalid value at '{at}' ({kind}), {shown}", at)


def _join(at: str, key: str) -> str:
    """Google names a body's fields in snake case: requests[0].update_cells.start.row_index."""
    return f"{at}.{_snake(key)}" if at else _snake(key)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
