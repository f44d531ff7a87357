"""preview() and to_markdown()."""

from __future__ import annotations

import medtweet as mt


def thread() -> mt.Thread:
    base = mt.compose_thread(
        "What does this ECG show? [@doi:10.1056/NEJMoa1911303]\n---\nVote.\n---\nHyperkalaemia.",
        title="Peaked T waves",
        disclosure="No COI.",
        reference_labels={"doi:10.1056/NEJMoa1911303": "McMurray 2019"},
    )
    base = base.add_media(
        0, mt.Media(data=b"\x89PNG", media_type="image/png", alt_text="Lead II, tall T waves")
    )
    base = base.add_media(1, mt.Media(data=b"\x89PNG", media_type="image/png"))
    return base.with_poll(2, mt.Poll(["Hyperkalaemia", "Hypokalaemia"], "1d"))


def test_preview_shows_posts_counts_media_poll_and_findings() -> None:
    example = thread()
    shown = example.preview(example.check(phi=None, image_check=None))
    assert "Peaked T waves — 5 posts for x" in shown
    assert "Post 1  " in shown
    assert "/280" in shown
    assert "alt: Lead II, tall T waves" in shown
    assert "alt: (no alt text)" in shown
    assert "1. Hyperkalaemia" in shown
    assert "BLOCKING: posts[1].media[0].alt_text" in shown
    assert "[references]" in shown
    assert "Findings: 1 blocking, 0 advice" in shown


def test_preview_runs_the_default_checks() -> None:
    shown = thread().preview()
    assert "posts[0].media[0]: medtweet cannot see faces" in shown  # the real image check


def test_preview_with_given_findings() -> None:
    shown = thread().preview(findings=())
    assert "Findings: 0 blocking, 0 advice" in shown


def test_markdown_export() -> None:
    text = thread().to_markdown()
    assert text.startswith("# Peaked T waves\n")
    assert "1. What does this ECG show? [1]" in text
    assert "![Lead II, tall T waves]" in text
    assert "- Hypokalaemia" in text
    assert "## References" in text
    assert "1. McMurray 2019. <https://doi.org/10.1056/NEJMoa1911303>" in text
    assert "## Disclosure\n\nNo COI." in text
