"""Image metadata: what check_image reports, and strip_metadata's lossless removal."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image, PngImagePlugin

import medtweet as mt
from medtweet.phi._image import _jpeg_segments, _png_chunks


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = "Jane Patient"  # Artist
    exif[0x0132] = "2024:03:14 10:22:01"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 36.0, 54.0)
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0x9003] = "2024:03:14 10:22:01"  # DateTimeOriginal
    exif_ifd[0xA431] = "SN123456789"  # BodySerialNumber
    return exif


def _image() -> Image.Image:
    image = Image.new("RGB", (32, 24))
    for x in range(32):
        for y in range(24):
            image.putpixel((x, y), (x * 8, y * 10, (x + y) * 4))
    return image


def make_jpeg() -> bytes:
    out = io.BytesIO()
    _image().save(out, "JPEG", exif=_exif(), comment=b"pt Jane Doe MRN 1234567", quality=90)
    data = out.getvalue()
    # add an XMP APP1 segment and trailing data after EOI
    xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><xmp:CreateDate>2024</xmp:CreateDate>"
    segment = b"\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp
    return data[:2] + segment + data[2:] + b"TRAILER-owner-data"


def make_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Patient")
    info.add_itxt("Comment", "seen 3/14", zip=True)
    info.add_text("Description", "long text", zip=True)
    out = io.BytesIO()
    _image().save(out, "PNG", pnginfo=info, exif=_exif())
    data = out.getvalue()
    stamp = struct.pack(">HBBBBB", 2024, 3, 14, 10, 22, 1)
    chunk = struct.pack(">I", 7) + b"tIME" + stamp + b"\0\0\0\0"
    at = data.index(b"IDAT") - 4
    return data[:at] + chunk + data[at:]


def rules(findings: tuple[mt.Finding, ...]) -> set[str]:
    return {f.rule for f in findings}


def test_jpeg_findings() -> None:
    found = mt.check_image(make_jpeg())
    assert {"image.gps", "image.date", "image.owner", "image.serial", "image.text"} <= rules(found)
    assert "image.trailer" in rules(found)
    assert found[-1].rule == "image.faces"
    assert not found[-1].blocking
    categories = {f.category for f in found}
    assert mt.Category.GEOGRAPHIC in categories
    assert mt.Category.DEVICE in categories


def test_jpeg_strip_is_lossless() -> None:
    data = make_jpeg()
    clean = mt.strip_metadata(data)
    assert [f.rule for f in mt.check_image(clean)] == ["image.faces"]
    sos = data.index(b"\xff\xda")
    eoi = data.rindex(b"\xff\xd9")
    assert clean.endswith(data[sos : eoi + 2])  # scan data byte-identical
    kept = [m for m, _, _ in _jpeg_segments(clean)]
    assert 0xE1 not in kept
    assert 0xFE not in kept
    with Image.open(io.BytesIO(clean)) as a, Image.open(io.BytesIO(data)) as b:
        assert a.tobytes() == b.tobytes()
    assert mt.strip_metadata(clean) == clean


def test_png_findings_and_strip() -> None:
    data = make_png()
    found = mt.check_image(data)
    assert {"image.owner", "image.text", "image.date", "image.gps"} <= rules(found)
    clean = mt.strip_metadata(data)
    assert [f.rule for f in mt.check_image(clean)] == ["image.faces"]
    idat = [body for kind, _, _, body in _png_chunks(data) if kind == b"IDAT"]
    assert idat
    assert idat == [body for kind, _, _, body in _png_chunks(clean) if kind == b"IDAT"]
    kinds = {kind for kind, _, _, _ in _png_chunks(clean)}
    assert not kinds & {b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"}
    with Image.open(io.BytesIO(clean)) as image:
        assert image.size == (32, 24)


def test_dicom_is_refused() -> None:
    dicom = b"\0" * 128 + b"DICM" + b"\x02\x00\x00\x00" * 8
    found = mt.check_image(dicom)
    assert found[0].rule == "image.dicom"
    assert found[0].blocking
    with pytest.raises(mt.ValidationError, match="DICOM"):
        mt.strip_metadata(dicom)


def test_bad_input() -> None:
    assert mt.check_image(b"GIF89a....")[0].rule == "image.unsupported"
    assert mt.check_image(make_jpeg()[:40])[0].rule == "image.unreadable"
    assert mt.check_image(b"")[-1].rule == "image.faces"
    with pytest.raises(mt.ValidationError):
        mt.strip_metadata(b"GIF89a")
    with pytest.raises(mt.ValidationError):
        mt.strip_metadata(make_png()[:50])
    with pytest.raises(TypeError, match="data"):
        mt.check_image("not bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="data"):
        mt.strip_metadata(None)  # type: ignore[arg-type]
