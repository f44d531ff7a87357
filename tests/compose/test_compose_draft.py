"""The draft format: reading, writing, round trips and every bad input."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import medtweet as mt

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg=="
)

DRAFT = """\
title: Hyperkalaemia on the ECG
platform: x
numbering: (n/N)
label-position: prefix
hashtags: #MedTwitter @escardio
hashtags-on: every
disclosure: No conflicts of interest.
disclosure-position: first
paid-partnership: no
embargo: 2026-08-30T10:30:00+02:00
opt-out: @quietspeaker (no photo)
opt-out: Dr. Smith

What does this ECG show? [@pmid:31475794]

![Lead II strip with peaked T waves](images/ecg.png)

---
Vote before reading on.

```poll 1d
- Hyperkalaemia
- Hypokalaemia
```

--- reveal
Hyperkalaemia [@doi:10.1056/NEJMoa1911303].

[@pmid:31475794]: McMurray 2019, DAPA-HF
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "ecg.png").write_bytes(PNG)
    return tmp_path


def test_read_a_full_draft(folder: Path) -> None:
    thread = mt.Thread.from_draft(DRAFT, base_dir=folder)
    assert thread.title == "Hyperkalaemia on the ECG"
    assert thread.numbering == "(n/N)"
    assert thread.label_position == "prefix"
    assert thread.hashtags == ("#MedTwitter", "@escardio")
    assert thread.embargo == datetime(2026, 8, 30, 8, 30, tzinfo=UTC)
    assert thread.opt_outs == (
        mt.OptOut(handle="@quietspeaker", photo=True, quote=False),
        mt.OptOut(name="Dr. Smith", photo=True, quote=True),
    )
    roles = [post.role for post in thread.posts]
    assert roles == ["disclosure", "body", "body", "body", "references"]
    assert thread.posts[0].text == "(1/5) No conflicts of interest. #MedTwitter @escardio"
    hook = thread.posts[1]
    assert hook.body == "What does this ECG show? [1]"
    assert hook.media[0].alt_text == "Lead II strip with peaked T waves"
    assert hook.media[0].media_type == "image/png"
    assert hook.media[0].read() == PNG
    vote = thread.posts[2]
    assert vote.poll == mt.Poll(["Hyperkalaemia", "Hypokalaemia"], timedelta(days=1))
    assert thread.posts[3].reveal
    assert thread.posts[3].body == "Hyperkalaemia [2]."
    assert thread.references[0] == mt.Reference("pmid", "31475794", "McMurray 2019, DAPA-HF")
    assert thread.references[1].url == "https://doi.org/10.1056/NEJMoa1911303"


def test_draft_round_trip(folder: Path) -> None:
    thread = mt.Thread.from_draft(DRAFT, base_dir=folder)
    assert mt.Thread.from_draft(thread.to_draft()) == thread


def test_round_trip_of_awkward_content() -> None:
    text = (
        "![not an image](nowhere.png)\n---x\n```poll\n\\backslash line\n[@doi:10.1000/x]: not a "
        "definition\nnote: not a header\n\n" + "y" * 700
    )
    thread = mt.compose_thread("note: first line\n" + text, numbering="n/")
    thread = thread.add_media(0, mt.Media(data=PNG, media_type="image/png", alt_text="a ] b\nc"))
    thread = thread.with_poll(1, mt.Poll(["A", "B"], 30, multiple=True, hide_totals=True))
    thread = thread.add_reveal(1, "answer")
    again = mt.Thread.from_draft(thread.to_draft())
    assert again == thread
    assert any(post.continued for post in thread.posts)


def test_media_and_poll_attach_to_the_post_holding_the_text_before(folder: Path) -> None:
    long = " ".join(["word"] * 100)
    draft = f"{long}\n\n![alt](images/ecg.png)\n\nTail."
    thread = mt.Thread.from_draft(draft, base_dir=folder)
    holders = [i for i, post in enumerate(thread.posts) if post.media]
    assert len(holders) == 1
    assert "word" in thread.posts[holders[0]].body


def test_images_relative_to_the_draft_file(folder: Path) -> None:
    draft = folder / "thread.md"
    draft.write_text("Look.\n![strip](images/ecg.png)\n", encoding="utf-8")
    thread = mt.Thread.from_draft_file(draft)
    assert thread.posts[0].media[0].read() == PNG


def test_platform_override() -> None:
    thread = mt.Thread.from_draft("platform: x\n\nHello.", platform=mt.BLUESKY)
    assert thread.platform == mt.BLUESKY


@pytest.mark.parametrize(
    ("draft", "line", "hint"),
    [
        ("", 1, "empty"),
        ("   \n\n", 1, "empty"),
        ("title: T\nnote: hello\n\nText.", 2, "unknown header"),
        ("Text [@doi:nonsense] here.", 1, "DOI"),
        ("Line one.\nText [@pmid:12x].", 2, "PMID"),
        ("Text [@isbn:123].", 1, "[@doi:"),
        ("One.\nTwo [@doi:10.1/x and more", 2, "not closed"),
        ("Text.\n\n![alt](missing/ecg.png)", 3, "does not exist"),
        ("Vote.\n```poll 1d\n- Only one\n```", 2, "at least 2"),
        ("Vote.\n```poll 1d\n- A\n- B\n", 2, "never closed"),
        ("Vote.\n```poll 3 fortnights\n- A\n- B\n```", 2, "invalid poll"),
        ("One.\n---\n---\nTwo.", 2, "nothing between"),
        ("One.\n--- later\nTwo.", 2, "unknown word"),
        ("platform: myspace\n\nText.", 1, "unknown platform"),
        ("numbering: 1 of N\n\nText.", 1, "numbering"),
        ("hashtags: MedTwitter\n\nText.", 1, "hashtag"),
        ("embargo: tomorrow\n\nText.", 1, "ISO 8601"),
        ("embargo: 2026-08-30T10:30:00\n\nText.", 1, "time zone"),
        ("title: A\ntitle: B\n\nText.", 2, "twice"),
        ("paid-partnership: maybe\n\nText.", 1, "yes"),
        ("opt-out: @x (no selfies)\n\nText.", 1, "opt-out"),
        ("Text.\n[@pmid:123]:\n", 2, "no label"),
        ("Text [@pmid:1].\n[@pmid:1]: A\n[@pmid:1]: B", 3, "defined twice"),
        ("Text.\n\n[@pmid:123]: Unused 2020", 3, "never cited"),
        ("![alt](data:image/png;base64,@@@)", 1, "base64"),
        ("---\n![alt](data:image/png;base64,AAAA)\n---\nText.", 1, "no text"),
    ],
)
def test_bad_drafts_name_the_line(draft: str, line: int, hint: str) -> None:
    with pytest.raises(mt.DraftError) as raised:
        mt.Thread.from_draft(draft)
    assert raised.value.line == line
    assert f"line {line}:" in str(raised.value)
    assert hint.lower() in str(raised.value).lower()


def test_leading_blank_line_turns_header_like_text_into_text() -> None:
    thread = mt.Thread.from_draft("\nnote: this is text")
    assert thread.posts[0].body == "note: this is text"


def test_thread_numbering_alias_and_defaults() -> None:
    thread = mt.Thread.from_draft("numbering: thread\n\n" + " ".join(["word"] * 80))
    assert thread.numbering == "🧵"
    assert thread.posts[0].text.endswith(" 🧵")
    assert thread.platform == mt.X


def test_source_must_be_text() -> None:
    with pytest.raises(TypeError, match="source"):
        mt.Thread.from_draft(b"bytes")  # type: ignore[arg-type]


def test_every_problem_is_reported_at_once() -> None:
    draft = (
        "title: Quiz\n"
        "note: oops\n"
        "\n"
        "Text [@doi:nonsense].\n"
        "![alt](missing.png)\n"
        "--- later\n"
        "Vote.\n"
        "```poll 1d\n"
        "- Only one\n"
        "```\n"
        "More text.\n"
    )
    with pytest.raises(mt.DraftError) as raised:
        mt.Thread.from_draft(draft)
    error = raised.value
    assert error.line == 2
    assert str(error).startswith("line 2: unknown header")
    assert "4 more problem(s)" in str(error)
    assert [problem.split(":")[0] for problem in error.problems] == [
        "line 2",
        "line 4",
        "line 5",
        "line 6",
        "line 8",
    ]


def test_relative_image_paths(folder: Path) -> None:
    thread = mt.Thread.from_draft(DRAFT, base_dir=folder)
    draft = thread.to_draft(relative_to=folder)
    assert "](images/ecg.png)" in draft
    assert mt.Thread.from_draft(draft, base_dir=folder) == thread
    assert "](images/ecg.png)" in thread.to_markdown(relative_to=folder)
    assert "```poll 1 day" in draft
