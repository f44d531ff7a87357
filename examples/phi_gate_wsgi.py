"""A PHI gate inside another app: a web form's handler that refuses patient identifiers.

A tiny WSGI app (standard library only): POST a form with ``text``; it answers 200 with
``{"ok": true}`` when the text is clean, or 422 with the findings and a redacted version.
Here it is called in-process; serve it with ``wsgiref.simple_server.make_server`` if you like.
"""

import io
import json
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs, urlencode
from wsgiref.util import setup_testing_defaults

import medtweet as mt


def check_submission(text: str) -> tuple[int, dict[str, Any]]:
    """The gate as a plain function: an HTTP status and a JSON-ready body."""
    report = mt.check_phi(text)
    if report.ok:
        return 200, {"ok": True}
    findings = [
        {
            "category": f.category.value,
            "text": f.text,
            "start": f.start,
            "end": f.end,
            "message": f.message,
        }
        for f in report.findings
    ]
    return 422, {"ok": False, "findings": findings, "redacted": mt.redact(text)}


def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """POST /submit with a form field ``text``."""
    if environ["REQUEST_METHOD"] != "POST":
        start_response("405 Method Not Allowed", [("Allow", "POST")])
        return [b""]
    size = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(size).decode("utf-8"))
    status, body = check_submission(form.get("text", [""])[0])
    reason = {200: "OK", 422: "Unprocessable Content"}[status]
    payload = json.dumps(body).encode("utf-8")
    start_response(
        f"{status} {reason}",
        [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
    )
    return [payload]


def submit(text: str) -> tuple[str, dict[str, Any]]:
    """Call the app as a server would, with a form-encoded POST."""
    data = urlencode({"text": text}).encode("utf-8")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "CONTENT_LENGTH": str(len(data)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "wsgi.input": io.BytesIO(data),
    }
    setup_testing_defaults(environ)
    answer: dict[str, str] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answer["status"] = status

    body = b"".join(app(environ, start_response))
    return answer["status"], json.loads(body)


status, body = submit("Great grand rounds today on the new HFpEF guideline. #MedEd")
print(status, body)
assert status.startswith("200")

status, body = submit("Pt John Miller, 67, seen at Mercy Clinic in Dayton on 11/24 for CP.")
print(status)
for finding in body["findings"]:
    print(f"  {finding['category']}: {finding['text']!r}")
print("redacted:", body["redacted"])
assert status.startswith("422")
assert "John Miller" not in body["redacted"]
