"""Poll checks: medtweet's Poll + to_payload(X) against validating the same payload with jsonschema.

The baseline is what a client without medtweet would do: build the JSON by hand and check it
against the X API spec's ``CreatePostsPoll`` schema. medtweet does more (NFC, stripping,
case-blind duplicates, duration parsing, messages) and should stay in the same range.
Prints per-call times and the ratio. Run: ``python benchmarks/bench_poll.py``.
"""

from __future__ import annotations

import json
import timeit
from pathlib import Path

import jsonschema

import medtweet as mt

SPEC = Path(__file__).resolve().parents[2] / "shared" / "specs" / "x-api-v2" / "openapi.json"
FALLBACK_SCHEMA = {  # CreatePostsPoll of the X API v2 spec 2.167, for checkouts without ../shared
    "type": "object",
    "required": ["options", "duration_minutes"],
    "properties": {
        "duration_minutes": {"type": "integer", "minimum": 5, "maximum": 10080},
        "options": {
            "type": "array",
            "minItems": 2,
            "maxItems": 4,
            "items": {"type": "string", "minLength": 1, "maxLength": 25},
        },
    },
    "additionalProperties": False,
}

OPTIONS = ["Observe", "Beta-blocker", "Amiodarone", "Cardioversion"]


def load_schema() -> dict[str, object]:
    if SPEC.exists():
        spec = json.loads(SPEC.read_text(encoding="utf-8"))
        return dict(spec["components"]["schemas"]["CreatePostsPoll"])
    return FALLBACK_SCHEMA


def main() -> None:
    validator = jsonschema.Draft4Validator(load_schema())

    def ours() -> object:
        return mt.Poll(OPTIONS, "1 day 12 hours").to_payload(mt.X)

    def baseline() -> object:
        payload = {"options": list(OPTIONS), "duration_minutes": 2160}
        validator.validate(payload)
        return payload

    assert ours() == baseline()
    number = 5000
    ours_s = min(timeit.repeat(ours, number=number, repeat=5)) / number
    base_s = min(timeit.repeat(baseline, number=number, repeat=5)) / number
    print(f"medtweet Poll(...).to_payload(X): {ours_s * 1e6:8.1f} us per poll")
    print(f"jsonschema on a hand-built dict:  {base_s * 1e6:8.1f} us per poll")
    print(f"ratio medtweet / jsonschema: {ours_s / base_s:.2f}")

    results = mt.PollResults(labels=OPTIONS, votes=[41, 212, 96, 120], closed=True)
    number = 20000
    lr_s = min(timeit.repeat(lambda: results.percentages, number=number, repeat=5)) / number
    naive_s = (
        min(
            timeit.repeat(
                lambda: [round(v * 100 / results.total) for v in results.votes],
                number=number,
                repeat=5,
            )
        )
        / number
    )
    print(
        f"largest-remainder percentages: {lr_s * 1e6:6.2f} us; naive round(): "
        f"{naive_s * 1e6:6.2f} us; ratio {lr_s / naive_s:.2f}"
    )


if __name__ == "__main__":
    main()
