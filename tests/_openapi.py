"""Validate X API bodies against the pinned OpenAPI spec (``../shared/specs/x-api-v2``).

Reusable by any test that speaks the X API (sandbox and client)::

    from tests._openapi import load_openapi

    api = load_openapi(shared)                    # the ``shared`` fixture's Path
    api.validate_request("/2/tweets", "post", {"text": "hi"})
    api.validate_response("/2/tweets/123", "get", 200, body)

``$ref``s are resolved against the whole document; OpenAPI's ``nullable`` is honoured.
Response bodies in the classic dialect (``edit_history_tweet_ids``, ``includes.tweets``,
``retweet_count`` ...) are renamed to the spec's 2.167 names before validation, and
problem ``type`` URIs on ``api.twitter.com`` are read as ``api.x.com``. Error bodies are
checked against the problem schema their ``type`` names (or a generic problem shape), and
400 bodies' ``errors[]`` against X's ``{parameters, message}`` shape.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

__all__ = ["OpenApi", "load_openapi", "to_2026_names"]

_URI = "urn:x-api-v2"

_RENAMES = {
    "edit_history_tweet_ids": "edit_history_post_ids",
    "referenced_tweets": "referenced_posts",
    "retweet_count": "repost_count",
    "tweet_count": "post_count",
    "total_tweet_count": "total_post_count",
}

_GENERIC_PROBLEM: dict[str, Any] = {
    "type": "object",
    "required": ["title", "type"],
    "properties": {
        "title": {"type": "string"},
        "type": {"type": "string"},
        "detail": {"type": "string"},
        "status": {"type": "integer"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string"},
                    "parameters": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
    },
}


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` → JSON Schema ``type: [T, "null"]``, recursively."""
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items()}
        if out.pop("nullable", False) and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


def to_2026_names(body: Any, *, in_includes: bool = False) -> Any:
    """A copy of ``body`` with classic dialect keys renamed to the 2.167 spec's names."""
    if isinstance(body, list):
        return [to_2026_names(item) for item in body]
    if not isinstance(body, dict):
        return body
    out: dict[str, Any] = {}
    for key, value in body.items():
        name: str = _RENAMES.get(key, key) if isinstance(key, str) else str(key)
        if in_includes and key == "tweets":
            name = "posts"
        out[name] = to_2026_names(value, in_includes=(key == "includes"))
    return out


def _host_agnostic(body: Any) -> Any:
    if isinstance(body, dict):
        return {
            k: (
                v.replace("https://api.twitter.com/", "https://api.x.com/")
                if k == "type" and isinstance(v, str)
                else _host_agnostic(v)
            )
            for k, v in body.items()
        }
    if isinstance(body, list):
        return [_host_agnostic(v) for v in body]
    return body


class OpenApi:
    """The pinned spec, ready to validate request and response bodies."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = _nullable(document)
        resource = Resource.from_contents(self.document, default_specification=DRAFT7)
        self._registry: Registry[Any] = Registry().with_resource(_URI, resource)
        self._templates = [
            (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path)
            for path in self.document["paths"]
        ]

    def operation(self, path: str, method: str) -> dict[str, Any]:
        """The operation object for a concrete path (``/2/tweets/123``) and method."""
        for regex, template in self._templates:
            if regex.match(path):
                ops = self.document["paths"][template]
                if method.lower() in ops:
                    return dict(ops[method.lower()])
        raise LookupError(f"the spec has no operation {method.upper()} {path}")

    def _validate(self, schema: dict[str, Any], instance: Any) -> None:
        wrapped = {"$ref": f"{_URI}#{schema['$ref'][1:]}"} if "$ref" in schema else schema
        validator = jsonschema.Draft7Validator(wrapped, registry=self._registry)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        if errors:
            lines = [
                f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in errors[:10]
            ]
            raise jsonschema.ValidationError("body does not match the spec:\n" + "\n".join(lines))

    def validate_request(
        self, path: str, method: str, body: Any, content_type: str = "application/json"
    ) -> None:
        """Raise ``jsonschema.ValidationError`` when ``body`` breaks the request schema."""
        operation = self.operation(path, method)
        content = operation.get("requestBody", {}).get("content", {})
        if content_type not in content:
            raise LookupError(f"{method.upper()} {path} takes no {content_type} body")
        self._validate(content[content_type]["schema"], body)

    def validate_response(self, path: str, method: str, status: int, body: Any) -> None:
        """Raise ``jsonschema.ValidationError`` when ``body`` breaks the response schema.

        Successful bodies are checked against the operation's schema for ``status``
        (after :func:`to_2026_names`); error bodies against the problem schemas.
        """
        operation = self.operation(path, method)
        responses = operation["responses"]
        if 200 <= status < 300:
            if str(status) not in responses:
                raise jsonschema.ValidationError(
                    f"{method.upper()} {path} does not answer {status} in the spec "
                    f"(it answers {sorted(responses)})"
                )
            schema = responses[str(status)]["content"]["application/json"]["schema"]
            self._validate(schema, _host_agnostic(to_2026_names(body)))
            return
        body = _host_agnostic(body)
        mapping = self.document["components"]["schemas"]["Problem"]["discriminator"]["mapping"]
        kind = body.get("type") if isinstance(body, dict) else None
        if isinstance(kind, str) and kind in mapping:
            self._validate({"$ref": mapping[kind]}, body)
        self._validate(_GENERIC_PROBLEM, body)


@functools.cache
def _load(path: str) -> OpenApi:
    return OpenApi(json.loads(Path(path).read_text(encoding="utf-8")))


def load_openapi(shared: Path) -> OpenApi:
    """The spec under ``shared`` (cached per process)."""
    return _load(str(shared / "specs" / "x-api-v2" / "openapi.json"))
