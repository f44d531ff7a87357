"""digest: sections, ranking, papers first, co-occurring tags, charts (ASCII and PNG)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import medtweet as mt
from medtweet.x import classify_link

T0 = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def post(
    n: int,
    *,
    user: str = "drjane",
    likes: int = 0,
    tags: tuple[str, ...] = ("AHA25",),
    urls: tuple[str, ...] = (),
    mentions: tuple[str, ...] = (),
    minutes: int = 0,
    retweet: bool = False,
) -> mt.XPost:
    return mt.XPost(
        id=str(100 + n),
        text=f"post {n} " + " ".join("#" + t for t in tags),
        created_at=T0 + timedelta(minutes=minutes),
        author_id=str(n),
        author_username=user,
        hashtags=tags,
        urls=urls,
        mentions=mentions,
        metrics=mt.PostMetrics(likes=likes),
        referenced=(mt.ReferencedPost(kind="retweeted", id="1"),) if retweet else (),
    )


def sample() -> list[mt.XPost]:
    return [
        post(
            1, likes=50, urls=("https://www.nejm.org/doi/full/10.1056/NEJMoa2500001?utm_source=x",)
        ),
        post(2, user="drjoe", likes=5, tags=("AHA25", "HFpEF"), mentions=("drjane", "DrJane")),
        post(3, user="drjoe", likes=500, retweet=True),
        post(
            4,
            user="fellow",
            likes=20,
            tags=("aha25", "HFpEF", "cardiotwitter"),
            urls=("https://example.org/slides", "https://pubmed.ncbi.nlm.nih.gov/12345678/"),
            minutes=125,
        ),
        post(
            5,
            user="fellow",
            likes=1,
            urls=("https://www.nejm.org/doi/full/10.1056/NEJMoa2500001",),
            mentions=("drjoe",),
            minutes=130,
        ),
        post(5, user="fellow", likes=1),  # a duplicate id is counted once
    ]


def test_digest_sections() -> None:
    text = mt.digest(sample(), followed=mt.Query().hashtags("AHA25"), title="AHA 2025", top=3)
    assert text.startswith("# AHA 2025\n")
    assert "5 posts by 3 accounts, 2026-11-24 14:00 to 2026-11-24 16:10 UTC." in text
    for heading in (
        "## Top posts",
        "## Papers",
        "## Most-shared links",
        "## Most active accounts",
        "## Most mentioned accounts",
        "## Co-occurring hashtags",
        "## Activity per hour",
    ):
        assert heading in text
    top = text.split("## Top posts")[1].split("##")[0]
    assert top.index("@drjane") < top.index("@fellow") < top.index("@drjoe")
    assert "500 likes" not in top
    assert "(50 likes, 0 reposts, 0 replies)" in top  # reposts are not ranked
    papers = text.split("## Papers")[1].split("##")[0]
    assert papers.index("nejm.org") < papers.index("pubmed")
    assert "(DOI, shared 2\u00d7)" in papers
    assert "utm_source" not in text
    assert "https://example.org/slides" in text.split("## Most-shared links")[1].split("##")[0]
    assert "- @fellow: 2 posts" in text
    assert "- @drjane: 1 post" in text.split("## Most mentioned accounts")[1]
    tags = text.split("## Co-occurring hashtags")[1].split("##")[0]
    assert "\\#HFpEF (2)" in tags
    assert "AHA25" not in tags
    chart = text.split("```text")[1].split("```")[0]
    assert chart.strip().splitlines()[0].startswith("2026-11-24 14:00 │")
    assert len(chart.strip().splitlines()) == 3


def test_digest_of_nothing_and_long_spans() -> None:
    assert "No posts." in mt.digest([])
    spread = [post(i, minutes=i * 24 * 60) for i in range(5)]
    text = mt.digest(iter(spread))
    assert "## Activity per day (UTC)" in text
    with pytest.raises(mt.ValidationError):
        mt.digest([], top=0)


def test_markdown_is_escaped() -> None:
    tricky = mt.XPost(id="1", text="a | b *c* [d](e)\nnext", author_username="x_y")
    text = mt.digest([tricky])
    assert "a \\| b \\*c\\* \\[d\\](e) next" in text


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://doi.org/10.1001/jama.2025.1", "doi"),
        ("https://www.ahajournals.org/doi/10.1161/CIR.0000000000001", "doi"),
        ("https://pubmed.ncbi.nlm.nih.gov/12345678/", "pubmed"),
        ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123456/", "pubmed"),
        ("https://www.thelancet.com/journals/lancet/article/x", "journal"),
        ("https://www.medrxiv.org/content/abc", "journal"),
        ("https://x.com/drjane/status/1", "post"),
        ("https://example.org/", "other"),
    ],
)
def test_classify_link(url: str, kind: str) -> None:
    assert classify_link(url) == kind


def test_activity_and_ascii_chart() -> None:
    series = mt.activity(sample(), "hour")
    assert [b.count for b in series.buckets] == [4, 0, 2]  # the duplicate is counted here
    lines = mt.ascii_chart(series, width=8).splitlines()
    assert lines[0] == "2026-11-24 14:00 │████████ 4"
    assert lines[1] == "2026-11-24 15:00 │ 0"
    assert lines[2] == "2026-11-24 16:00 │████ 2"
    assert mt.ascii_chart(mt.activity([])) == "(no posts)"
    assert mt.activity(sample(), "day").total == 6
    with pytest.raises(mt.ValidationError):
        mt.activity([], "year")  # type: ignore[arg-type]


def test_plot_counts_writes_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = mt.plot_counts(mt.activity(sample()), tmp_path / "aha.png", title="#AHA25")
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_plot_counts_without_matplotlib_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"medtweet\[plot\]"):
        mt.plot_counts(mt.activity(sample()), tmp_path / "x.png")
