"""Request-body checks in the spirit of the OpenAPI spec.

Types, patterns, enums, bounds and unknown keys; every problem is reported in X's
``errors[].parameters/message`` form.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["CREATE_POST", "CREATE_MEDIA_METADATA", "INITIALIZE_UPLOAD", "check"]

_ID = {"type": "string", "pattern": r"^[0-9]{1,19}$"}
_REPLY_SETTINGS = {
    "type": "string",
    "enum": ["following", "mentionedUsers", "subscribers", "verified"],
}

CREATE_POST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "card_uri": {"type": "string"},
        "community_id": _ID,
        "direct_message_deep_link": {"type": "string"},
        "edit_options": {
            "type": "object",
            "additionalProperties": False,
            "required": ["previous_post_id"],
            "properties": {"previous_post_id": _ID},
        },
        "for_super_followers_only": {"type": "boolean"},
        "geo": {
            "type": "object",
            "additionalProperties": False,
            "required": ["place_id"],
            "properties": {"place_id": {"type": "string"}},
        },
        "made_with_ai": {"type": "boolean"},
        "media": {
            "type": "object",
            "additionalProperties": False,
            "required": ["media_ids"],
            "properties": {
                "media_ids": {"type": "array", "minItems": 1, "maxItems": 4, "items": _ID},
                "tagged_user_ids": {"type": "array", "maxItems": 10, "items": _ID},
                "description": {"type": "string"},
                "title": {"type": "string"},
                "embeddable": {"type": "boolean"},
                "preview_media_id": _ID,
                "call_to_actions": {"type": "object"},
            },
        },
        "nullcast": {"type": "boolean"},
        "paid_partnership": {"type": "boolean"},
        "poll": {
            "type": "object",
            "additionalProperties": False,
            "required": ["options", "duration_minutes"],
            "properties": {
                "options": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 4,
                    "items": {"type": "string", "minLength": 1, "maxLength": 25},
                },
                "duration_minutes": {"type": "integer", "minimum": 5, "maximum": 10080},
                "reply_settings": _REPLY_SETTINGS,
            },
        },
        "quote_tweet_id": _ID,
        "reply": {
            "type": "object",
            "additionalProperties": False,
            "required": ["in_reply_to_tweet_id"],
            "properties": {
                "in_reply_to_tweet_id": _ID,
                "exclude_reply_user_ids": {"type": "array", "items": {"type": "string"}},
                "auto_populate_reply_metadata": {"type": "boolean"},
            },
        },
        "reply_settings": _REPLY_SETTINGS,
        "share_with_followers": {"type": "boolean"},
        "text": {"type": "string"},
    },
}

INITIALIZE_UPLOAD: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "additional_owners": {"type": "array", "items": _ID},
        "media_category": {
            "type": "string",
            "enum": [
                "amplify_video",
                "tweet_gif",
                "tweet_image",
                "tweet_video",
                "dm_gif",
                "dm_image",
                "dm_video",
                "subtitles",
            ],
        },
        "media_type": {
            "type": "string",
            "enum": [
                "video/mp4",
                "video/webm",
                "video/mp2t",
                "video/quicktime",
                "text/srt",
                "text/vtt",
                "image/jpeg",
                "image/gif",
                "image/bmp",
                "image/png",
                "image/webp",
                "image/pjpeg",
                "image/tiff",
                "model/gltf-binary",
                "model/vnd.usdz+zip",
            ],
        },
        "shared": {"type": "boolean"},
        "total_bytes": {"type": "integer", "minimum": 0, "maximum": 17179869184},
    },
}

CREATE_MEDIA_METADATA: dict[str, Any] = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": _ID,
        "metadata": {
            "type": "object",
            "properties": {
                "alt_text": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {"text": {"type": "string", "maxLength": 1000}},
                },
            },
        },
    },
}

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
}


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else repr(value)


def check(schema: dict[str, Any], value: Any, path: str = "") -> list[tuple[str, str, str]]:
    """Every violation as ``(parameter path, offending value, message)``."""
    name = path or "body"
    expected = schema.get("type")
    if expected is not None:
        ok = isinstance(value, _TYPES[expected]) and not (
            expected in ("integer", "number") and isinstance(value, bool)
        )
        if not ok:
            return [
                (
                    name,
                    _shown(value),
                    f"$.{name}: expected type: {expected}, found: {type(value).__name__}",
                )
            ]
    problems: list[tuple[str, str, str]] = []
    if isinstance(value, dict):
        props: dict[str, Any] = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                where = f"{path}.{key}" if path else key
                problems.append((where, "", f"$.{where}: is missing but it is required"))
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key in props:
                problems += check(props[key], item, where)
            elif schema.get("additionalProperties") is False:
                problems.append(
                    (
                        where,
                        _shown(item),
                        f"$.{where}: is not defined in the schema and the schema "
                        "does not allow additional properties",
                    )
                )
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(
                (
                    name,
                    _shown(value),
                    f"$.{name}: there must be a minimum of {schema['minItems']} items in the array",
                )
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append(
                (
                    name,
                    _shown(value),
                    f"$.{name}: there must be a maximum of {schema['maxItems']} items in the array",
                )
            )
        for index, item in enumerate(value):
            problems += check(schema.get("items", {}), item, f"{name}[{index}]")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(
                (name, value, f"$.{name}: does not match the regex pattern {schema['pattern']}")
            )
        if "enum" in schema and value not in schema["enum"]:
            problems.append(
                (
                    name,
                    value,
                    f"$.{name}: does not have a value in the enumeration "
                    f"[{', '.join(schema['enum'])}]",
                )
            )
        if len(value) < schema.get("minLength", 0):
            problems.append(
                (name, value, f"$.{name}: must be at least {schema['minLength']} characters long")
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append(
                (name, value, f"$.{name}: may only be {schema['maxLength']} characters long")
            )
    if isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(
                (name, str(value), f"$.{name}: must have a minimum value of {schema['minimum']}")
            )
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(
                (name, str(value), f"$.{name}: must have a maximum value of {schema['maximum']}")
            )
    return problems
