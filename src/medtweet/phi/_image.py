"""Image metadata that identifies a patient, and its lossless removal (JPEG, PNG).

EXIF GPS, capture dates, serials, owners and text are reported; DICOM is refused.

The parsers read only the container (JPEG segments, PNG chunks, the TIFF structure inside
EXIF); pixel data is never decoded, and :func:`strip_metadata` copies it byte for byte.
Finding offsets (``start``/``end``) are byte offsets of the segment or chunk in the file.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator

from medtweet._errors import ValidationError
from medtweet.phi._messages import message
from medtweet.phi._model import Category, Finding

__all__ = ["check_image", "strip_metadata"]

_JPEG = b"\xff\xd8"
_PNG = b"\x89PNG\r\n\x1a\n"
_SOS, _EOI, _COM, _APP0, _APP1, _APP2, _APP13, _APP14 = (
    0xDA,
    0xD9,
    0xFE,
    0xE0,
    0xE1,
    0xE2,
    0xED,
    0xEE,
)
_KEEP_APP = frozenset({_APP0, _APP2, _APP14})  # JFIF, ICC profile, Adobe colour transform
_PNG_DROP = frozenset({b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"})

# EXIF/TIFF tags: (category, rule, label)
_TAGS: dict[int, tuple[Category, str, str]] = {
    0x010E: (Category.OTHER_ID, "image.text", "ImageDescription"),
    0x0132: (Category.DATE, "image.date", "DateTime"),
    0x013B: (Category.NAME, "image.owner", "Artist"),
    0x8298: (Category.NAME, "image.owner", "Copyright"),
    0x9003: (Category.DATE, "image.date", "DateTimeOriginal"),
    0x9004: (Category.DATE, "image.date", "DateTimeDigitized"),
    0x9286: (Category.OTHER_ID, "image.text", "UserComment"),
    0x9C9B: (Category.OTHER_ID, "image.text", "XPTitle"),
    0x9C9C: (Category.OTHER_ID, "image.text", "XPComment"),
    0x9C9D: (Category.NAME, "image.owner", "XPAuthor"),
    0x9C9F: (Category.OTHER_ID, "image.text", "XPSubject"),
    0xA420: (Category.DEVICE, "image.serial", "ImageUniqueID"),
    0xA430: (Category.NAME, "image.owner", "CameraOwnerName"),
    0xA431: (Category.DEVICE, "image.serial", "BodySerialNumber"),
    0xA435: (Category.DEVICE, "image.serial", "LensSerialNumber"),
}
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_PNG_KEYS = {
    "author": (Category.NAME, "image.owner"),
    "artist": (Category.NAME, "image.owner"),
    "copyright": (Category.NAME, "image.owner"),
    "creation time": (Category.DATE, "image.date"),
    "date": (Category.DATE, "image.date"),
}
_XMP_FIELDS = (
    (re.compile(rb"GPS(?:Latitude|Longitude)"), Category.GEOGRAPHIC, "image.gps", "XMP GPS"),
    (re.compile(rb"(?:CreateDate|DateTimeOriginal|DateCreated)"), Category.DATE, "image.date",
     "XMP date"),
    (re.compile(rb"(?:dc:creator|Artist|OwnerName|Credit)"), Category.NAME, "image.owner",
     "XMP creator"),
    (re.compile(rb"SerialNumber"), Category.DEVICE, "image.serial", "XMP serial number"),
)  # fmt: skip


def _bytes(data: object, func: str) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    msg = f"{func}() argument 'data' must be bytes, not {type(data).__name__}"
    raise TypeError(msg)


def _finding(category: Category, rule: str, value: str, start: int, end: int) -> Finding:
    label = value if len(value) <= 80 else value[:77] + "..."
    text = f"image metadata {label}"
    return Finding(
        category=category,
        start=start,
        end=end,
        text=label,
        rule=rule,
        message=message(category.value, rule, text) + " strip_metadata() removes it.",
    )


_FACES = Finding(
    category=Category.BIOMETRIC,
    start=0,
    end=0,
    text="",
    rule="image.faces",
    message=message("biometric", "image.faces", ""),
    blocking=False,
)


# --- TIFF (EXIF) --------------------------------------------------------------------------


def _tiff_value(tiff: bytes, endian: str, typ: int, count: int, raw: bytes) -> str:
    size = _TYPE_SIZES.get(typ, 1) * count
    if size > 4:
        (offset,) = struct.unpack(endian + "I", raw)
        blob = tiff[offset : offset + size]
    else:
        blob = raw[:size]
    if typ == 2:
        return blob.split(b"\0", 1)[0].decode("latin-1").strip()
    if typ in (1, 7):
        if blob[:8] in (b"ASCII\0\0\0", b"UNICODE\0", b"\0" * 8):
            blob = blob[8:]
        try:
            return blob.decode("utf-16-le" if b"\0" in blob[1::2] else "latin-1").strip("\0 ")
        except UnicodeDecodeError:
            return blob.hex()
    return "(binary)"


def _ifd_entries(tiff: bytes, endian: str, offset: int) -> Iterator[tuple[int, int, int, bytes]]:
    if offset + 2 > len(tiff):
        return
    (count,) = struct.unpack(endian + "H", tiff[offset : offset + 2])
    for i in range(min(count, 512)):
        at = offset + 2 + 12 * i
        entry = tiff[at : at + 12]
        if len(entry) < 12:
            return
        tag, typ, n = struct.unpack(endian + "HHI", entry[:8])
        yield tag, typ, n, entry[8:12]


def _exif_findings(tiff: bytes, base: int, end: int) -> list[Finding]:
    if tiff[:2] not in (b"II", b"MM") or len(tiff) < 8:
        return [_finding(Category.OTHER_ID, "image.exif", "EXIF block (unreadable)", base, end)]
    endian = "<" if tiff[:2] == b"II" else ">"
    (ifd0,) = struct.unpack(endian + "I", tiff[4:8])
    found: list[Finding] = []
    queue, seen = [ifd0], set()
    while queue:
        offset = queue.pop()
        if offset in seen or offset >= len(tiff):
            continue
        seen.add(offset)
        for tag, typ, count, raw in _ifd_entries(tiff, endian, offset):
            if tag in (_EXIF_IFD, _GPS_IFD):
                (pointer,) = struct.unpack(endian + "I", raw)
                if tag == _GPS_IFD:
                    if any(True for _ in _ifd_entries(tiff, endian, pointer)):
                        found.append(
                            _finding(Category.GEOGRAPHIC, "image.gps", "EXIF GPS position",
                                     base, end)
                        )  # fmt: skip
                else:
                    queue.append(pointer)
            elif tag in _TAGS:
                category, rule, label = _TAGS[tag]
                value = _tiff_value(tiff, endian, typ, count, raw)
                if value and value != "(binary)":
                    found.append(_finding(category, rule, f"EXIF {label} {value!r}", base, end))
    return found


# --- JPEG ---------------------------------------------------------------------------------


def _jpeg_segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, segment start, segment end) up to and including SOS; raises on damage."""
    at = 2
    while at < len(data):
        if data[at] != 0xFF:
            raise ValidationError("JPEG is damaged: expected a marker; re-export the image")
        while at < len(data) and data[at] == 0xFF:
            at += 1
        if at >= len(data):
            break
        marker = data[at]
        start = at - 1
        at += 1
        if marker in (0x01, *range(0xD0, 0xD8)):
            yield marker, start, at
            continue
        if marker == _EOI:
            yield marker, start, at
            return
        if at + 2 > len(data):
            raise ValidationError("JPEG is truncated; re-export the image")
        (length,) = struct.unpack(">H", data[at : at + 2])
        end = at + length
        if length < 2 or end > len(data):
            raise ValidationError("JPEG is truncated; re-export the image")
        yield marker, start, end
        if marker == _SOS:
            return
        at = end


def _jpeg_check(data: bytes) -> list[Finding]:
    found: list[Finding] = []
    last_end = 2
    for marker, start, end in _jpeg_segments(data):
        last_end = end
        body = data[start + 4 : end]
        if marker == _APP1 and body.startswith(b"Exif\0"):
            found += _exif_findings(body[6:], start, end)
        elif marker == _APP1 and b"adobe" in body[:40].lower() and b"xap" in body[:40].lower():
            found += _xmp_findings(body, start, end)
        elif marker == _APP13:
            found.append(_finding(Category.OTHER_ID, "image.iptc", "IPTC/Photoshop block",
                                  start, end))  # fmt: skip
        elif marker == _COM:
            text = body.decode("latin-1").strip()
            if text:
                found.append(_finding(Category.OTHER_ID, "image.text", f"comment {text!r}",
                                      start, end))  # fmt: skip
        elif 0xE0 <= marker <= 0xEF and marker not in _KEEP_APP:
            found.append(_finding(Category.OTHER_ID, "image.app", f"APP{marker - 0xE0} block",
                                  start, end))  # fmt: skip
    eoi = data.find(b"\xff\xd9", last_end)
    if eoi != -1 and data[eoi + 2 :].strip(b"\0"):
        found.append(_finding(Category.OTHER_ID, "image.trailer", "data after end of image",
                              eoi + 2, len(data)))  # fmt: skip
    return found


def _xmp_findings(body: bytes, start: int, end: int) -> list[Finding]:
    found = [
        _finding(category, rule, label, start, end)
        for pattern, category, rule, label in _XMP_FIELDS
        if pattern.search(body)
    ]
    return found or [_finding(Category.OTHER_ID, "image.xmp", "XMP packet", start, end)]


def _jpeg_strip(data: bytes) -> bytes:
    out = bytearray(_JPEG)
    last_end = 2
    for marker, start, end in _jpeg_segments(data):
        last_end = end
        if marker in (_COM, _APP13) or (224 <= marker <= 239 and marker not in _KEEP_APP):
            continue
        if marker == _SOS:
            eoi = data.find(b"\xff\xd9", end)
            out += data[start : len(data) if eoi == -1 else eoi + 2]
            return bytes(out)
        out += data[start:end]
    out += data[last_end:]
    return bytes(out)


# --- PNG ----------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, int, int, bytes]]:
    at = len(_PNG)
    while at < len(data):
        if at + 8 > len(data):
            raise ValidationError("PNG is truncated; re-export the image")
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        end = at + 12 + length
        if end > len(data):
            raise ValidationError("PNG is truncated; re-export the image")
        yield kind, at, end, data[at + 8 : at + 8 + length]
        at = end
        if kind == b"IEND":
            return


def _png_text(kind: bytes, body: bytes) -> tuple[str, str]:
    key, _, rest = body.partition(b"\0")
    if kind == b"zTXt":
        try:
            rest = zlib.decompress(rest[1:], bufsize=1 << 16)[:4096]
        except zlib.error:
            rest = b"(compressed)"
    elif kind == b"iTXt":
        compressed = rest[:1] == b"\1"
        rest = rest[2:].split(b"\0", 2)[-1]
        if compressed:
            try:
                rest = zlib.decompress(rest)[:4096]
            except zlib.error:
                rest = b"(compressed)"
    return key.decode("latin-1"), rest.decode("utf-8", "replace").strip()


def _png_check(data: bytes) -> list[Finding]:
    found: list[Finding] = []
    for kind, start, end, body in _png_chunks(data):
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            key, value = _png_text(kind, body)
            if key == "XML:com.adobe.xmp":
                found += _xmp_findings(value.encode(), start, end)
                continue
            category, rule = _PNG_KEYS.get(key.lower(), (Category.OTHER_ID, "image.text"))
            found.append(_finding(category, rule, f"PNG text {key!r}: {value!r}", start, end))
        elif kind == b"eXIf":
            found += _exif_findings(body, start, end)
        elif kind == b"tIME" and len(body) == 7:
            year, month, day, hour, minute, second = struct.unpack(">HBBBBB", body)
            stamp = f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"
            found.append(_finding(Category.DATE, "image.date", f"PNG time {stamp}", start, end))
    return found


def _png_strip(data: bytes) -> bytes:
    out = bytearray(_PNG)
    end = len(_PNG)
    for kind, start, end, _body in _png_chunks(data):
        if kind not in _PNG_DROP:
            out += data[start:end]
    return bytes(out)


# --- public -------------------------------------------------------------------------------


def _is_dicom(data: bytes) -> bool:
    return data[128:132] == b"DICM"


def check_image(data: bytes) -> tuple[Finding, ...]:
    """Report image metadata that could identify a patient.

    JPEG (EXIF incl. GPS, capture dates, camera serials, artist/owner, XMP, IPTC,
    comments) and PNG (text chunks, eXIf, tIME) are read without decoding pixels. DICOM
    files are refused with a finding; other formats get a finding asking for JPEG or PNG.
    The last item is always a non-blocking note (``rule == "image.faces"``): faces,
    tattoos and burned-in labels cannot be judged from bytes.

    Args:
        data: the image file's bytes.

    Returns:
        Blocking findings first (offsets are byte offsets in ``data``), then the note.

    Raises:
        TypeError: if ``data`` is not bytes-like.
    """
    raw = _bytes(data, "check_image")
    found: list[Finding]
    try:
        if _is_dicom(raw):
            found = [
                Finding(
                    category=Category.OTHER_ID,
                    start=0,
                    end=len(raw),
                    text="DICOM",
                    rule="image.dicom",
                    message=message("other_id", "image.dicom", ""),
                )
            ]
        elif raw.startswith(_JPEG):
            found = _jpeg_check(raw)
        elif raw.startswith(_PNG):
            found = _png_check(raw)
        else:
            found = [
                _finding(Category.OTHER_ID, "image.unsupported", "of an unsupported format "
                         "(not JPEG or PNG) cannot be checked; convert it", 0, len(raw))
            ]  # fmt: skip
    except (ValidationError, struct.error) as error:
        found = [_finding(Category.OTHER_ID, "image.unreadable", str(error), 0, len(raw))]
    return (*found, _FACES)


def strip_metadata(data: bytes) -> bytes:
    """Remove identifying metadata from a JPEG or PNG without re-encoding it.

    JPEG: drops APP1 (EXIF, XMP), APP13 (IPTC), COM and vendor APPn segments and any data
    after the end-of-image marker; keeps JFIF, the ICC profile and Adobe colour segments.
    PNG: drops tEXt, iTXt, zTXt, eXIf and tIME chunks. Every other byte, including all
    compressed pixel data (JPEG scans, PNG IDAT), is copied unchanged.

    Args:
        data: the image file's bytes.

    Returns:
        The cleaned file.

    Raises:
        TypeError: if ``data`` is not bytes-like.
        ValidationError: for DICOM, damaged files and formats other than JPEG and PNG.
    """
    raw = _bytes(data, "strip_metadata")
    if _is_dicom(raw):
        raise ValidationError(
            "DICOM files carry patient data in their header; export a JPEG or PNG instead"
        )
    try:
        if raw.startswith(_JPEG):
            return _jpeg_strip(raw)
        if raw.startswith(_PNG):
            return _png_strip(raw)
    except struct.error as error:
        raise ValidationError(f"image is damaged ({error}); re-export it") from error
    raise ValidationError("only JPEG and PNG metadata can be stripped; convert the image first")
