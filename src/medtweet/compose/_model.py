"""The thread model: ``Media``, ``Reference``, ``Post``, ``OptOut`` and ``ThreadFinding``.

``Thread`` itself lives in :mod:`medtweet.compose._thread`; these are the values it holds.
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from medtweet.poll import Poll

__all__ = [
    "Media",
    "OptOut",
    "Post",
    "Reference",
    "ReferenceKind",
    "Role",
    "ThreadFinding",
    "media_type_for",
    "require_str",
]

ReferenceKind = Literal["doi", "pmid", "url"]
Role = Literal["body", "references", "disclosure"]

_MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
}


def require_str(value: object, name: str) -> str:
    """Return ``value`` if it is a ``str``, else raise ``TypeError`` naming ``name``."""
    if not isinstance(value, str):
        msg = f"{name} must be str, not {type(value).__name__}"
        raise TypeError(msg)
    return value


def media_type_for(path: str) -> str:
    """Guess a media type from a file name (``ecg.png`` → ``image/png``)."""
    suffix = Path(path).suffix.lower()
    if suffix in _MEDIA_TYPES:
        return _MEDIA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def _check_media(instance: Media, attribute: attrs.Attribute[Any], value: object) -> None:
    if (instance.data is None) == (instance.path is None):
        msg = "Media needs exactly one of data (bytes) or path (a file name)"
        raise TypeError(msg)


@attrs.frozen(kw_only=True)
class Media:
    """An image or video attached to a post.

    Attributes:
        data: the file's bytes, or ``None`` when ``path`` names the file.
        path: the file name, or ``None`` when ``data`` holds the bytes.
        media_type: a MIME type such as ``image/png`` (guessed from ``path`` if omitted).
        alt_text: the description read to screen-reader users; ``None`` means missing,
            which :meth:`Thread.check` reports.
    """

    data: bytes | None = attrs.field(default=None, validator=_check_media)
    path: str | None = None
    media_type: str = attrs.field()
    alt_text: str | None = None

    @media_type.default
    def _default_media_type(self) -> str:
        return media_type_for(self.path) if self.path is not None else "application/octet-stream"

    @property
    def is_image(self) -> bool:
        """Whether this is a still image (PHI image checks apply)."""
        return self.media_type.startswith("image/")

    def read(self) -> bytes:
        """Return the bytes: ``data``, or the content of the file at ``path``."""
        if self.data is not None:
            return self.data
        assert self.path is not None  # noqa: S101 - guaranteed by the validator
        return Path(self.path).read_bytes()

    @property
    def source(self) -> str:
        """Where the media comes from, as written in a draft: the path or a ``data:`` URI."""
        if self.path is not None:
            return self.path
        assert self.data is not None  # noqa: S101 - guaranteed by the validator
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


@attrs.frozen
class Reference:
    """A cited work: a DOI, a PubMed ID or a URL, with an optional short label.

    Attributes:
        kind: ``"doi"``, ``"pmid"`` or ``"url"``.
        id: the identifier (``10.1056/NEJMoa1911303``, ``31475794``, or the URL).
        label: a short citation (``McMurray 2019, DAPA-HF``); the identifier stands in
            when it is ``None``.
    """

    kind: ReferenceKind
    id: str
    label: str | None = None

    @property
    def url(self) -> str:
        """The link: ``https://doi.org/…``, ``https://pubmed.ncbi.nlm.nih.gov/…/`` or the URL."""
        if self.kind == "doi":
            return f"https://doi.org/{self.id}"
        if self.kind == "pmid":
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.id}/"
        return self.id

    @property
    def marker(self) -> str:
        """The inline marker a draft uses for this reference (``[@pmid:31475794]``)."""
        return f"[@{self.kind}:{self.id}]"

    def citation(self) -> str:
        """A short citation line: the label (or the identifier) and the link."""
        if self.label:
            return f"{self.label} {self.url}"
        if self.kind == "url":
            return self.url
        name = "doi" if self.kind == "doi" else "PMID"
        return f"{name}:{self.id} {self.url}"


@attrs.frozen(kw_only=True)
class Post:
    """One post of a thread.

    ``body`` is the author's text; ``prefix`` and ``suffix`` are what the thread adds
    (the numbering label, carried hashtags). ``text`` is what gets posted.

    Attributes:
        body: the post's own text.
        prefix: added before ``body`` (a ``1/12`` label and its space).
        suffix: added after ``body`` (`` #ESC2026 3/12``).
        media: images or videos, in order.
        poll: a poll, or ``None``.
        references: the references the post cites, in order of their numbers.
        role: ``"body"``, ``"references"`` (the closing list) or ``"disclosure"``.
        reveal: the post answers a poll and goes out after the poll closes.
        continued: the post ends inside a token too long for one post, which the next
            post continues (the only case where a word is cut).
    """

    body: str
    prefix: str = ""
    suffix: str = ""
    media: tuple[Media, ...] = ()
    poll: Poll | None = None
    references: tuple[Reference, ...] = ()
    role: Role = "body"
    reveal: bool = False
    continued: bool = False

    @property
    def text(self) -> str:
        """The text as posted: ``prefix + body + suffix``."""
        return f"{self.prefix}{self.body}{self.suffix}"


@attrs.frozen(kw_only=True)
class OptOut:
    """A speaker who asked not to be photographed and/or quoted (live-tweeting).

    Attributes:
        handle: the speaker's ``@handle``, if known.
        name: the speaker's name as it would appear in a post, if known.
        photo: no photos of this speaker or their slides.
        quote: no quoting or attributing their words.
    """

    handle: str | None = None
    name: str | None = None
    photo: bool = True
    quote: bool = True

    def __attrs_post_init__(self) -> None:
        if not self.handle and not self.name:
            msg = "OptOut needs a handle or a name"
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class ThreadFinding:
    """A problem :meth:`Thread.check` found.

    Attributes:
        path: where it is (``posts[3].media[0].alt_text``, ``posts[1].text``, ``thread``).
        message: what is wrong and what to do, in plain English.
        blocking: ``True`` when the thread must not be posted as it is; ``False`` for advice.
        rule: a stable identifier (``length``, ``alt_text.missing``, ``phi.mrn``...).
        phi: the underlying PHI finding for PHI rules, else ``None``.
    """

    path: str
    message: str
    blocking: bool
    rule: str
    phi: Any = None

    def __str__(self) -> str:
        kind = "blocking" if self.blocking else "advice"
        return f"{self.path}: {self.message} [{self.rule}, {kind}]"
