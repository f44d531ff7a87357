"""Media upload v2: one-shot, initialize → append → finalize → status, and alt text."""

from __future__ import annotations

import base64
import binascii
import re
import struct
from datetime import timedelta
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from medtweet.platform import X
from medtweet.sandbox import _problems as P
from medtweet.sandbox._app import Call, json_response
from medtweet.sandbox._http import Request, Response
from medtweet.sandbox._schema import CREATE_MEDIA_METADATA, INITIALIZE_UPLOAD, check
from medtweet.sandbox._state import MediaItem

__all__ = ["append", "finalize", "initialize", "metadata", "status", "upload"]

EXPIRES = timedelta(hours=24)
_ID = re.compile(r"^[0-9]{1,19}$")
_CATEGORIES = (
    "tweet_image",
    "tweet_video",
    "tweet_gif",
    "dm_image",
    "dm_video",
    "dm_gif",
    "subtitles",
)


def _form(request: Request) -> dict[str, Any]:
    """The fields of a JSON or multipart body (file parts as bytes)."""
    if request.content_type == "multipart/form-data":
        head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + request.body)
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(payload, bytes):
                continue
            fields[name] = (
                payload if part.get_filename() or name == "media" else payload.decode("utf-8")
            )
        return fields
    body = request.json()
    if not isinstance(body, dict):
        raise P.bad_param("body", str(body)[:40], "$: expected type: object")
    return body


def _bytes(value: Any, name: str = "media") -> bytes:
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise P.bad_param(name, repr(value)[:40], f"$.{name}: expected base64 text or a file")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise P.bad_param(name, value[:40], f"$.{name}: is not valid base64") from exc


def _sniff(data: bytes) -> tuple[str | None, int | None, int | None]:
    """Image type and size from the file header (PNG, GIF, JPEG); Nones when unknown."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                break
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return "image/jpeg", width, height
            i += 2 + length
        return "image/jpeg", None, None
    return None, None, None


def _owned(call: Call, media_id: str) -> MediaItem:
    host = call.dialect.problems_host
    if not _ID.match(media_id):
        raise P.bad_param(
            "id", media_id, f"The media id [{media_id}] does not match ^[0-9]{{1,19}}$", host=host
        )
    item = call.store.media.get(media_id)
    if item is None or item.owner_id != call.user_id:
        raise P.problem(
            404,
            "Not Found Error",
            f"Could not find media with id: [{media_id}].",
            "resource-not-found",
            host=host,
            resource_type="media",
            resource_id=media_id,
            parameter="id",
            value=media_id,
        )
    return item


def _describe(call: Call, item: MediaItem) -> dict[str, Any]:
    now = call.app.clock.now()
    data: dict[str, Any] = {
        "id": item.id,
        "media_key": item.key,
        "size": item.size,
        "expires_after_secs": max(int((item.expires_at - now).total_seconds()), 0),
    }
    if item.kind == "photo" and item.width is not None:
        data["image"] = {"image_type": item.media_type, "w": item.width, "h": item.height}
    if item.kind == "video":
        data["video"] = {"video_type": item.media_type}
    state = item.state(now)
    if item.ready_at is not None or state == "failed":
        info: dict[str, Any] = {"state": state}
        if state in ("pending", "in_progress") and item.ready_at is not None:
            info["check_after_secs"] = max(int((item.ready_at - now).total_seconds()), 1)
            info["progress_percent"] = 0 if state == "pending" else 50
        elif state == "succeeded":
            info["progress_percent"] = 100
        data["processing_info"] = info
    return data


def _needs_processing(category: str) -> bool:
    return category.endswith(("video", "gif"))


def _new_item(call: Call, category: str, media_type: str, owners: Any = None) -> MediaItem:
    now = call.app.clock.now()
    if isinstance(owners, str):
        owners = [o.strip() for o in owners.split(",") if o.strip()]
    return MediaItem(
        id=call.store.new_id(),
        owner_id=call.user_id,
        category=category,
        media_type=media_type,
        created_at=now,
        expires_at=now + EXPIRES,
        additional_owners=frozenset(str(o) for o in owners or ()),
    )


def upload(call: Call) -> Response:
    """``POST /2/media/upload`` (one shot; JSON base64 or multipart)."""
    fields = _form(call.request)
    problems = []
    for name in ("media", "media_category"):
        if name not in fields:
            problems.append(({name: [""]}, f"$.{name}: is missing but it is required"))
    category = fields.get("media_category")
    if category is not None and category not in _CATEGORIES:
        problems.append(
            (
                {"media_category": [str(category)]},
                f"$.media_category: does not have a value in the enumeration "
                f"[{', '.join(_CATEGORIES)}]",
            )
        )
    unknown = set(fields) - {"media", "media_category", "media_type", "additional_owners", "shared"}
    problems += [
        ({name: [str(fields[name])[:40]]}, f"$.{name}: is not defined in the schema")
        for name in sorted(unknown)
    ]
    if problems:
        raise P.invalid_request(problems)
    data = _bytes(fields["media"])
    sniffed, width, height = _sniff(data)
    with call.store.lock:
        item = _new_item(
            call,
            str(category),
            str(fields.get("media_type") or sniffed or "application/octet-stream"),
            fields.get("additional_owners"),
        )
        item.segments[0] = data
        item.total_bytes = len(data)
        item.width, item.height = width, height
        item.finalized = True
        if _needs_processing(item.category):
            item.ready_at = call.app.clock.now() + call.app.settings.media_processing
        call.store.media[item.id] = item
        return json_response({"data": _describe(call, item)})


def initialize(call: Call) -> Response:
    """``POST /2/media/upload/initialize``."""
    body = call.request.json()
    problems = [({n: [v]}, m) for n, v, m in check(INITIALIZE_UPLOAD, body)]
    if isinstance(body, dict):
        for name in ("media_type", "total_bytes"):
            if name not in body:
                problems.append(({name: [""]}, f"$.{name}: is missing but it is required"))
    if problems:
        raise P.invalid_request(problems)
    category = body.get("media_category") or (
        "tweet_video"
        if body["media_type"].startswith("video/")
        else "tweet_gif"
        if body["media_type"] == "image/gif"
        else "tweet_image"
    )
    with call.store.lock:
        item = _new_item(call, category, body["media_type"], body.get("additional_owners"))
        item.total_bytes = int(body["total_bytes"])
        call.store.media[item.id] = item
        return json_response(
            {
                "data": {
                    "id": item.id,
                    "media_key": item.key,
                    "expires_after_secs": int(EXPIRES.total_seconds()),
                }
            }
        )


def append(call: Call) -> Response:
    """``POST /2/media/upload/{id}/append`` (JSON base64 or multipart)."""
    fields = _form(call.request)
    raw_index = fields.get("segment_index")
    try:
        index = int(raw_index) if raw_index is not None and not isinstance(raw_index, bool) else -1
    except (TypeError, ValueError):
        index = -1
    problems = []
    if "media" not in fields:
        problems.append(({"media": [""]}, "$.media: is missing but it is required"))
    if not 0 <= index <= 999:
        problems.append(
            (
                {"segment_index": [str(raw_index)]},
                "$.segment_index: is required and must be between 0 and 999",
            )
        )
    if problems:
        raise P.invalid_request(problems)
    chunk = _bytes(fields["media"])
    with call.store.lock:
        item = _owned(call, call.path_params["id"])
        if item.finalized:
            raise P.bad_param(
                "id", item.id, "This upload was already finalized; start a new one with initialize."
            )
        item.segments[index] = chunk
        return json_response({"data": {"expires_at": int(item.expires_at.timestamp())}})


def finalize(call: Call) -> Response:
    """``POST /2/media/upload/{id}/finalize``."""
    with call.store.lock:
        item = _owned(call, call.path_params["id"])
        if not item.finalized:
            indices = sorted(item.segments)
            if not indices or indices != list(range(len(indices))):
                raise P.bad_param(
                    "id",
                    item.id,
                    f"Segments {indices} are not contiguous from 0; "
                    "append the missing segments first.",
                )
            if item.total_bytes is not None and item.size != item.total_bytes:
                raise P.bad_param(
                    "id",
                    item.id,
                    f"File size mismatch: received {item.size} "
                    f"bytes, initialize said {item.total_bytes}.",
                )
            joined = b"".join(item.segments[i] for i in indices)
            _, item.width, item.height = _sniff(joined)
            item.finalized = True
            if _needs_processing(item.category):
                item.ready_at = call.app.clock.now() + call.app.settings.media_processing
        return json_response({"data": _describe(call, item)})


def status(call: Call) -> Response:
    """``GET /2/media/upload?command=STATUS&media_id=``."""
    media_id = call.param("media_id")
    command = call.param("command")
    if media_id is None or command not in (None, "STATUS"):
        raise P.invalid_request(
            [
                (
                    {"media_id": [media_id or ""], "command": [command or ""]},
                    "GET /2/media/upload needs media_id (and command=STATUS if given)",
                )
            ]
        )
    with call.store.lock:
        item = _owned(call, media_id)
        return json_response({"data": _describe(call, item)})


def metadata(call: Call) -> Response:
    """``POST /2/media/metadata`` (alt text up to 1,000 characters)."""
    body = call.request.json()
    problems = [({n: [v]}, m) for n, v, m in check(CREATE_MEDIA_METADATA, body)]
    alt = ((body.get("metadata") or {}).get("alt_text") or {}) if isinstance(body, dict) else {}
    text = alt.get("text") if isinstance(alt, dict) else None
    if isinstance(text, str) and len(text) > X.max_alt_text and not problems:
        problems.append(
            (
                {"metadata.alt_text.text": [text]},
                f"$.metadata.alt_text.text: may only be {X.max_alt_text} characters",
            )
        )
    if problems:
        raise P.invalid_request(problems)
    with call.store.lock:
        item = _owned(call, body["id"])
        if isinstance(text, str):
            item.alt_text = text
        associated = {k: v for k, v in (body.get("metadata") or {}).items()}
        return json_response({"data": {"id": item.id, "associated_metadata": associated}})
