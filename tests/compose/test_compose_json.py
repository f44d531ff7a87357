"""The JSON form: versioned schema, round trips, and refusals."""

from __future__ import annotations

import json

import pytest

import medtweet as mt


def sample() -> mt.Thread:
    thread = mt.compose_thread(
        "Hook [@pmid:31475794].\n---\nVote.\n---\nAnswer.",
        hashtags=("#MedTwitter",),
        disclosure="No COI.",
        title="T",
        paid_partnership=True,
    )
    thread = thread.add_media(0, mt.Media(data=b"\x89PNG", media_type="image/png", alt_text="a"))
    return thread.with_poll(1, mt.Poll(["A", "B", "C"], "2h"))


def test_schema_fields() -> None:
    document = json.loads(sample().to_json())
    assert document["format"] == "medtweet.thread"
    assert document["version"] == 1
    assert document["platform"] == {"name": "x"}
    post = document["posts"][0]
    assert set(post) == {
        "text",
        "body",
        "prefix",
        "suffix",
        "role",
        "reveal",
        "continued",
        "references",
        "media",
        "poll",
    }
    assert post["references"] == [1]
    assert post["media"][0] == {"media_type": "image/png", "alt_text": "a", "data": "iVBORw=="}
    assert document["posts"][1]["poll"] == {
        "options": ["A", "B", "C"],
        "duration_minutes": 120,
        "multiple": False,
        "hide_totals": False,
    }
    assert document["references"][0]["url"] == "https://pubmed.ncbi.nlm.nih.gov/31475794/"


def test_round_trip() -> None:
    thread = sample()
    assert mt.Thread.from_json(thread.to_json()) == thread
    assert mt.Thread.from_json(json.loads(thread.to_json(indent=None))) == thread


def test_custom_platform_round_trips() -> None:
    platform = mt.Platform.from_mastodon_instance(
        {"domain": "med.example", "configuration": {"statuses": {"max_characters": 1000}}}
    )
    thread = mt.compose_thread("Hello.", platform=platform)
    assert mt.Thread.from_json(thread.to_json()) == thread


@pytest.mark.parametrize(
    ("document", "hint"),
    [
        ("{not json", "not JSON"),
        ('{"format": "other"}', "not a medtweet thread"),
        ('{"format": "medtweet.thread", "version": 2, "posts": []}', "version 2"),
        ('{"format": "medtweet.thread", "version": 1}', "cannot be read"),
        (
            '{"format": "medtweet.thread", "version": 1, "platform": {"name": "myspace"}, '
            '"posts": []}',
            "unknown platform",
        ),
    ],
)
def test_bad_json_is_refused(document: str, hint: str) -> None:
    with pytest.raises(mt.DraftError, match=hint):
        mt.Thread.from_json(document)
