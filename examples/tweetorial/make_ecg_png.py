"""Draw the example's ECG strip (images/ecg.png) with the standard library only.

A 240x80 grayscale PNG: a pink-ish grid rendered in grey and a lead II-like trace with
peaked T waves (the tweetorial is about hyperkalaemia). Run it again to regenerate the file.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 240, 80


def _beat(x: float) -> float:
    """Height of the trace (in pixels above the baseline) at a phase x in [0, 1)."""
    p_wave = 4 * math.exp(-(((x - 0.15) / 0.03) ** 2))
    qrs = 26 * math.exp(-(((x - 0.30) / 0.012) ** 2)) - 6 * math.exp(-(((x - 0.33) / 0.01) ** 2))
    t_wave = 18 * math.exp(-(((x - 0.55) / 0.035) ** 2))  # tall, peaked
    return p_wave + qrs + t_wave


def render() -> bytes:
    """Return the PNG bytes."""
    pixels = [[255] * WIDTH for _ in range(HEIGHT)]
    for y in range(HEIGHT):
        for x in range(WIDTH):
            if x % 10 == 0 or y % 10 == 0:
                pixels[y][x] = 200
    baseline = 55
    previous = None
    for x in range(WIDTH):
        y = round(baseline - _beat((x % 80) / 80))
        lo, hi = (y, y) if previous is None else (min(y, previous), max(y, previous))
        for yy in range(max(lo, 0), min(hi, HEIGHT - 1) + 1):
            pixels[yy][x] = 0
        previous = y
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "images" / "ecg.png"
    target.write_bytes(render())
    print(f"wrote {target.name}: {target.stat().st_size} bytes")
