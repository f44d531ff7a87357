"""Media upload on API v2 only: one-shot for small images, chunked for the rest, then alt text."""

from __future__ import annotations

import base64
import logging
import mimetypes
import os
from pathlib import Path

from medtweet._errors import ApiError, ValidationError
from medtweet.platform import Platform, X
from medtweet.x._core import ClientCore

__all__ = ["DEFAULT_CHUNK_SIZE", "MediaMixin", "sniff_mime_type"]

log = logging.getLogger("medtweet.x")

DEFAULT_CHUNK_SIZE = 1024 * 1024
"""Bytes per appended segment; images up to this size go in one request."""

_MEDIA_SCOPES = ("media.write",)
_MAX_STATUS_CHECKS = 120

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_mime_type(data: bytes) -> str | None:
    """The media type of ``data`` from its first bytes (PNG, JPEG, GIF, WebP, BMP, MP4)."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    return None


def _category(mime_type: str) -> str:
    if mime_type == "image/gif":
        return "tweet_gif"
    if mime_type.startswith("video/"):
        return "tweet_video"
    if mime_type.startswith("text/"):
        return "subtitles"
    return "tweet_image"


class MediaMixin(ClientCore):
    """``upload_media`` for :class:`medtweet.XClient`."""

    def upload_media(
        self,
        media: bytes | str | os.PathLike[str],
        *,
        alt_text: str | None = None,
        mime_type: str | None = None,
        category: str | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        platform: Platform = X,
    ) -> str:
        """Upload an image or video and attach its alt text; return the media id.

        Images no larger than ``chunk_size`` go in one ``POST /2/media/upload``; anything
        else goes through ``initialize`` → ``append`` (one segment per ``chunk_size`` bytes)
        → ``finalize`` and, while X processes it, ``GET /2/media/upload?command=STATUS``.
        Alt text is then set with ``POST /2/media/metadata``. Media ids expire, so upload
        right before posting (``post_thread`` does).

        Args:
            media: the file's bytes, or a path to it.
            alt_text: the description for screen-reader users (up to the platform's limit).
            mime_type: e.g. ``"image/png"``; guessed from the bytes or the file name.
            category: X's ``media_category``; derived from ``mime_type`` by default.
            chunk_size: bytes per segment, and the one-shot limit for images.
            platform: where the alt-text limit comes from.

        Raises:
            ValidationError: empty media, unknown type or alt text too long.
            UnsupportedAuthError: without a user-context token with ``media.write``.
        """
        if isinstance(media, bytes | bytearray):
            data, name = bytes(media), None
        else:
            path = Path(media)
            data, name = path.read_bytes(), path.name
        problems = []
        if not data:
            problems.append("media is empty")
        mime = mime_type or sniff_mime_type(data) or (name and mimetypes.guess_type(name)[0])
        if not mime:
            problems.append("cannot tell the media type; pass mime_type='image/png' or similar")
        if alt_text is not None and len(alt_text) > platform.max_alt_text:
            problems.append(
                f"alt text is {len(alt_text)} characters; {platform.name} allows "
                f"{platform.max_alt_text}"
            )
        if chunk_size < 1:
            problems.append("chunk_size must be positive")
        if problems:
            raise ValidationError("cannot upload media: " + "; ".join(problems), problems=problems)
        assert mime  # noqa: S101 - checked above
        self._require("user", _MEDIA_SCOPES, what="uploading media")
        kind = category or _category(mime)
        if kind == "tweet_image" and len(data) <= chunk_size:
            body = self._request(
                "POST",
                "/2/media/upload",
                json={"media": base64.b64encode(data).decode("ascii"), "media_category": kind},
                need="user",
                scopes=_MEDIA_SCOPES,
            )
            media_id = str((body.get("data") or {})["id"])
            self._wait_processed(media_id, (body.get("data") or {}).get("processing_info"))
        else:
            media_id = self._upload_chunked(data, mime, kind, chunk_size)
        if alt_text:
            self.set_alt_text(media_id, alt_text, platform=platform)
        return media_id

    def set_alt_text(self, media_id: str, alt_text: str, *, platform: Platform = X) -> None:
        """Attach alt text to uploaded media (``POST /2/media/metadata``)."""
        if len(alt_text) > platform.max_alt_text:
            raise ValidationError(
                f"alt text is {len(alt_text)} characters; {platform.name} allows "
                f"{platform.max_alt_text}"
            )
        self._request(
            "POST",
            "/2/media/metadata",
            json={"id": media_id, "metadata": {"alt_text": {"text": alt_text}}},
            need="user",
            scopes=_MEDIA_SCOPES,
        )

    def _upload_chunked(self, data: bytes, mime: str, kind: str, chunk_size: int) -> str:
        init = self._request(
            "POST",
            "/2/media/upload/initialize",
            json={"media_type": mime, "total_bytes": len(data), "media_category": kind},
            need="user",
            scopes=_MEDIA_SCOPES,
        )
        media_id = str((init.get("data") or {})["id"])
        for index, start in enumerate(range(0, len(data), chunk_size)):
            chunk = data[start : start + chunk_size]
            self._request(
                "POST",
                f"/2/media/upload/{media_id}/append",
                json={"media": base64.b64encode(chunk).decode("ascii"), "segment_index": index},
                need="user",
                scopes=_MEDIA_SCOPES,
            )
        final = self._request(
            "POST", f"/2/media/upload/{media_id}/finalize", need="user", scopes=_MEDIA_SCOPES
        )
        self._wait_processed(media_id, (final.get("data") or {}).get("processing_info"))
        return media_id

    def _wait_processed(self, media_id: str, info: object) -> None:
        """Poll the upload status until X has processed the media."""
        for _ in range(_MAX_STATUS_CHECKS):
            if not isinstance(info, dict):
                return
            state = info.get("state")
            if state == "succeeded":
                return
            if state == "failed":
                error = info.get("error") or {}
                detail = error.get("message") if isinstance(error, dict) else None
                raise ApiError(
                    f"X could not process media {media_id}: {detail or 'processing failed'}",
                    status=200,
                )
            self.sleep(float(info.get("check_after_secs") or 1))
            body = self._request(
                "GET",
                "/2/media/upload",
                params={"command": "STATUS", "media_id": media_id},
                need="user",
                scopes=_MEDIA_SCOPES,
            )
            info = (body.get("data") or {}).get("processing_info")
        raise ApiError(f"media {media_id} was still processing after many checks", status=200)
