"""The splitter: break order, sentence detection, atomic spans, numbering, platforms."""

from __future__ import annotations

import re

import pytest

import medtweet as mt
from medtweet.compose._atomic import atomic_spans
from medtweet.compose._numbering import CARRY_ON, NUMBERINGS, POSITIONS, decorate, decorations
from medtweet.compose._sentences import ends_sentence


def bodies(thread: mt.Thread) -> list[str]:
    return [post.body for post in thread.posts]


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


# -- break order ------------------------------------------------------------------------------


def test_short_text_is_one_post_without_label() -> None:
    thread = mt.compose_thread("Peaked T waves suggest hyperkalaemia.")
    assert bodies(thread) == ["Peaked T waves suggest hyperkalaemia."]
    assert thread.posts[0].text == "Peaked T waves suggest hyperkalaemia."


def test_explicit_break_always_splits() -> None:
    thread = mt.compose_thread("First idea.\n---\nSecond idea.\n---  \nThird idea.")
    assert bodies(thread) == ["First idea.", "Second idea.", "Third idea."]
    assert [p.text for p in thread.posts] == [
        "First idea. 1/3",
        "Second idea. 2/3",
        "Third idea. 3/3",
    ]


def test_paragraph_preferred_to_sentence() -> None:
    first = "One. " + words(30) + "."
    second = "Two. " + words(30) + "."
    third = "Three. " + words(30) + "."
    thread = mt.compose_thread(f"{first}\n\n{second}\n\n{third}")
    assert bodies(thread) == [first, second, third] or bodies(thread) == [
        f"{first}\n\n{second}",
        third,
    ]
    assert all(body.endswith(".") for body in bodies(thread))


def test_sentence_boundary_beats_a_fuller_word_break() -> None:
    sentences = [f"Sentence {n} " + words(14) + "." for n in range(8)]
    thread = mt.compose_thread(" ".join(sentences))
    for body in bodies(thread):
        assert body.endswith("."), body


def test_clause_used_when_a_sentence_is_too_long() -> None:
    clauses = [words(12, "clause") for _ in range(6)]
    thread = mt.compose_thread(", ".join(clauses) + ".")
    assert len(thread.posts) > 1
    for body in bodies(thread)[:-1]:
        assert body.endswith(","), body


def test_word_break_when_nothing_better() -> None:
    thread = mt.compose_thread(words(120, "abcde"))
    assert len(thread.posts) == 3
    assert all(re.fullmatch(r"(abcde ?)+", body) for body in bodies(thread))


def test_no_short_fragment_at_the_end() -> None:
    # one unpunctuated run just over one post: greedy would leave a word or two at the end
    text = words(57, "word")  # 57 * 5 - 1 = 284 characters
    thread = mt.compose_thread(text, numbering="none")
    assert len(thread.posts) == 2
    assert len(thread.posts[-1].body) >= 280 // 4


def test_over_long_token_is_cut_and_reported() -> None:
    token = "x" * 600
    thread = mt.compose_thread(f"see {token} here")
    assert "".join(bodies(thread)).replace(" ", "") == f"see{token}here"
    assert any(post.continued for post in thread.posts)
    findings = thread.check(phi=None, image_check=None)
    assert [f.rule for f in findings if f.rule == "token.cut"]
    assert all(not f.blocking for f in findings if f.rule == "token.cut")


def test_emoji_sequences_are_never_cut_inside_a_long_token() -> None:
    family = "👨‍👩‍👧‍👦"
    thread = mt.compose_thread(family * 200, platform=mt.X)
    for body in bodies(thread):
        assert body.replace(family, "") == "", body


# -- sentences --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "following", "expected"),
    [
        ("Dr.", "Lopez", False),
        ("Pt.", "Presented", False),
        ("e.g.", "Hyperkalaemia", False),
        ("i.e.", "The", False),
        ("vs.", "Placebo", False),
        ("al.", "Showed", False),
        ("Fig.", "2", False),
        ("approx.", "5", False),
        ("J.", "Smith", False),
        ("U.S.", "Data", False),
        ("1.", "Check", False),
        ("0.04", "The", False),
        ("p<0.05.", "The", True),
        ("hyperkalaemia.", "The", True),
        ("hyperkalaemia.", "then", False),
        ("why?", "Because", True),
        ("(see above).", "Next", True),
        ('"stop."', "Then", True),
        ("end.", None, True),
    ],
)
def test_sentence_detection(token: str, following: str | None, expected: bool) -> None:
    assert ends_sentence(token, following) is expected


def test_abbreviations_do_not_end_posts_early() -> None:
    text = (
        "Dr. Lopez et al. reported approx. 35% lower risk vs. placebo, e.g. in pts. with "
        "EF 35% (Fig. 2) and p<0.05 across i.e. all subgroups. "
    ) * 6
    thread = mt.compose_thread(text)
    for body in bodies(thread):
        assert not re.search(r"\b(Dr|et al|approx|vs|e\.g|Fig|pts|i\.e)\.$", body), body


# -- atomic spans -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "5 mg/kg",
        "Na 128 mmol/L",
        "120/80 mmHg",
        "EF 35%",
        "K 6.8 mmol/L",
        "QTc 480 ms",
        "p = 0.04",
        "PMID: 31475794",
        "doi: 10.1056/NEJMoa1911303",
        "[1, 2]",
        "(Smith et al., 2020)",
        "et al.",
        "Dr. Lopez",
        "0.5 mg",
        "95% CI 0.65-0.89",
    ],
)
def test_atomic_span_patterns(span: str) -> None:
    text = f"before {span} after"
    found = [text[a:b] for a, b in atomic_spans(text)]
    assert any(span in piece for piece in found), found


@pytest.mark.parametrize(
    "span", ["5 mg/kg", "Na 128 mmol/L", "120/80 mmHg", "EF 35%", "PMID: 31475794", "[1, 2]"]
)
def test_atomic_spans_never_split_at_any_offset(span: str) -> None:
    for filler in range(40, 80):
        text = words(filler, "abc") + f" {span} " + words(60, "xyz")
        thread = mt.compose_thread(text, numbering="none")
        assert any(span in body for body in bodies(thread)), (filler, bodies(thread))


def test_urls_mentions_hashtags_stay_whole() -> None:
    url = "https://www.nejm.org/doi/full/10.1056/NEJMoa1911303"
    for filler in range(50, 60):
        text = words(filler, "abcd") + f" {url} @escardio #CardioTwitter $LLY " + words(50, "ef")
        thread = mt.compose_thread(text, numbering="none")
        joined = "\n".join(bodies(thread))
        for entity in (url, "@escardio", "#CardioTwitter", "$LLY"):
            assert entity in joined


# -- numbering --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numbering", "position", "first", "second"),
    [
        ("n/N", "suffix", "{} 1/2", "{} 2/2"),
        ("n/N", "prefix", "1/2 {}", "2/2 {}"),
        ("n/", "prefix", "1/ {}", "2/ {}"),
        ("(n/N)", "suffix", "{} (1/2)", "{} (2/2)"),
        ("🧵", "suffix", "{} 🧵", "{}"),
        ("🧵", "prefix", "🧵 {}", "{}"),
        ("none", "suffix", "{}", "{}"),
    ],
)
def test_numbering_styles(numbering: str, position: str, first: str, second: str) -> None:
    thread = mt.compose_thread(
        "One.\n---\nTwo.",
        numbering=numbering,  # type: ignore[arg-type]
        label_position=position,  # type: ignore[arg-type]
    )
    assert [p.text for p in thread.posts] == [first.format("One."), second.format("Two.")]


def test_label_counted_when_n_gains_a_digit() -> None:
    # nine posts that are exactly full with a one-digit label: a tenth forces two digits
    text = "\n\n".join(words(55, "abcd") for _ in range(10))
    thread = mt.compose_thread(text)
    assert len(thread.posts) >= 10
    assert thread.posts[-1].text.endswith(f" {len(thread.posts)}/{len(thread.posts)}")
    for post in thread.posts:
        assert mt.weighted_length(post.text) <= 280


def test_carried_tags_first_last_every() -> None:
    text = "One.\n---\nTwo.\n---\nThree."
    tags = ("#ESC2026", "@escardio")
    first = mt.compose_thread(text, hashtags=tags, hashtags_on="first", numbering="none")
    last = mt.compose_thread(text, hashtags=tags, hashtags_on="last", numbering="none")
    every = mt.compose_thread(text, hashtags=tags, hashtags_on="every", numbering="none")
    assert [p.text for p in first.posts] == ["One. #ESC2026 @escardio", "Two.", "Three."]
    assert [p.text for p in last.posts] == ["One.", "Two.", "Three. #ESC2026 @escardio"]
    assert all(p.text.endswith("#ESC2026 @escardio") for p in every.posts)


def test_carried_tags_are_counted() -> None:
    tags = ("#ThisIsALongConferenceHashtag2026",)
    thread = mt.compose_thread(words(200, "abcd"), hashtags=tags, hashtags_on="every")
    for post in thread.posts:
        assert post.text.endswith(tags[0] + f" {thread.posts.index(post) + 1}/{len(thread)}")
        assert mt.weighted_length(post.text) <= 280


# -- platforms --------------------------------------------------------------------------------


def test_same_text_for_every_platform() -> None:
    text = " ".join(
        f"Point {n}: hyperkalaemia shows peaked T waves, see https://example.org/ecg/{n} ."
        for n in range(30)
    )
    counts = {}
    for platform in (mt.X, mt.X_PREMIUM, mt.BLUESKY, mt.MASTODON):
        thread = mt.compose_thread(text, platform=platform)
        counts[platform.name] = len(thread.posts)
        for post in thread.posts:
            assert mt.weighted_length(post.text, platform) <= platform.max_length
    assert counts["x-premium"] == 1
    assert counts["mastodon"] < counts["x"]


def test_bluesky_counts_links_as_written_and_bytes() -> None:
    url = "https://example.org/" + "a" * 150
    thread = mt.compose_thread(f"{url} {url} {url}", platform=mt.BLUESKY, numbering="none")
    assert len(thread.posts) == 3
    heavy = "👩🏽‍⚕️ " * 290  # 290 graphemes but 15 bytes each
    emoji_thread = mt.compose_thread(heavy, platform=mt.BLUESKY)
    for post in emoji_thread.posts:
        assert len(post.text.encode()) <= 3000
        assert mt.weighted_length(post.text, mt.BLUESKY) <= 300


def test_mastodon_mentions_count_only_the_user_part() -> None:
    mention = "@cardiologist@very-long-instance-name.example.social"
    text = " ".join([mention] * 40)
    thread = mt.compose_thread(text, platform=mt.MASTODON, numbering="none")
    assert len(thread.posts) == 2  # 40 * len("@cardiologist ") = 560: two posts, not five


def test_mastodon_instance_limits() -> None:
    platform = mt.Platform.from_mastodon_instance(
        {"domain": "med.example", "configuration": {"statuses": {"max_characters": 5000}}}
    )
    text = words(800, "abcd")
    assert len(mt.compose_thread(text, platform=platform).posts) == 1
    assert len(mt.compose_thread(text, platform=mt.MASTODON).posts) > 1


# -- references, disclosure ----------------------------------------------------------------------


def test_reference_markers_become_numbers_and_a_references_post() -> None:
    thread = mt.compose_thread(
        "SGLT2i help in HFrEF [@doi:10.1056/NEJMoa1911303]. Also [@pmid:31475794] and "
        "again [@doi:10.1056/NEJMoa1911303; @url:https://www.acc.org/guidelines].",
        reference_labels={"doi:10.1056/NEJMoa1911303": "McMurray 2019, DAPA-HF"},
    )
    body = thread.posts[0].body
    assert body == "SGLT2i help in HFrEF [1]. Also [2] and again [1, 3]."
    assert [r.kind for r in thread.references] == ["doi", "pmid", "url"]
    assert thread.posts[0].references == thread.references
    refs = thread.posts[-1]
    assert refs.role == "references"
    assert refs.body.splitlines() == [
        "References",
        "[1] McMurray 2019, DAPA-HF https://doi.org/10.1056/NEJMoa1911303",
        "[2] PMID:31475794 https://pubmed.ncbi.nlm.nih.gov/31475794/",
        "[3] https://www.acc.org/guidelines",
    ]


def test_many_references_fill_several_posts() -> None:
    markers = " ".join(f"[@pmid:{30000000 + n}]" for n in range(25))
    thread = mt.compose_thread(f"Evidence: {markers}")
    ref_posts = [p for p in thread.posts if p.role == "references"]
    assert len(ref_posts) > 1
    assert sum(len(p.references) for p in ref_posts) == 25
    for post in thread.posts:
        assert mt.weighted_length(post.text) <= 280


@pytest.mark.parametrize(
    "text",
    [
        "see [@doi:nonsense]",
        "see [@pmid:12ab]",
        "see [@isbn:123]",
        "see [@doi:10.1/x",
        "[@url:ftp://x]",
    ],
)
def test_malformed_markers_raise(text: str) -> None:
    with pytest.raises(mt.DraftError) as raised:
        mt.compose_thread(text)
    assert "line 1" in str(raised.value)


def test_disclosure_first_or_last_and_paid_partnership() -> None:
    last = mt.compose_thread("Body.", disclosure="Consultant for X Corp.", paid_partnership=True)
    assert [(p.role, p.body) for p in last.posts] == [
        ("body", "Body."),
        ("disclosure", "Consultant for X Corp."),
    ]
    assert last.paid_partnership
    first = mt.compose_thread("Body.", disclosure="No COI.", disclosure_position="first")
    assert first.posts[0].role == "disclosure"


# -- bad input, edits ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t ", "---\n---"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(mt.ValidationError):
        mt.compose_thread(text)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="text"):
        mt.compose_thread(b"bytes")  # type: ignore[arg-type]


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="numbering"):
        mt.compose_thread("x", numbering="1-of-N")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="hashtags"):
        mt.compose_thread("x", hashtags=["ESC 2026"])
    with pytest.raises(TypeError, match="hashtags"):
        mt.compose_thread("x", hashtags="#ESC2026")
    with pytest.raises(ValueError, match="hashtags_on"):
        mt.compose_thread("x", hashtags_on="middle")  # type: ignore[arg-type]


def test_edits_return_new_threads_and_relabel() -> None:
    thread = mt.compose_thread("One.\n---\nTwo.")
    longer = thread.insert_post(1, "One and a half.")
    assert [p.text for p in thread.posts] == ["One. 1/2", "Two. 2/2"]
    assert [p.text for p in longer.posts] == ["One. 1/3", "One and a half. 2/3", "Two. 3/3"]
    assert [p.text for p in longer.remove_post(0).posts] == ["One and a half. 1/2", "Two. 2/2"]
    assert longer.replace_post(0, "Uno.").posts[0].text == "Uno. 1/3"
    relabelled = thread.with_layout(numbering="(n/N)", label_position="prefix")
    assert relabelled.posts[0].text == "(1/2) One."
    poll = mt.Poll(["Yes", "No"], "1d")
    with_poll = thread.with_poll(0, poll).add_reveal(0, "The answer.")
    assert with_poll.posts[0].poll == poll
    assert with_poll.posts[1].reveal
    assert thread.posts[0].poll is None


def test_atomic_span_at_the_very_end_stays_whole() -> None:
    # the last post cannot hold the rest, so the post before ends early: never inside the dose
    text = " ".join(["x" * 100] * 33 + ["y" * 472, "presented K 6.8 mmol/L"])
    thread = mt.compose_thread(text, platform=mt.MASTODON)
    assert thread.posts[-1].body.endswith("K 6.8 mmol/L")
    assert all("mmol/L" not in post.body or "K 6.8 mmol/L" in post.body for post in thread.posts)


def test_labels_for_all_posts_match_each_post_label() -> None:
    for style in NUMBERINGS:
        for position in POSITIONS:
            for carry_on in CARRY_ON:
                for tags in [(), ("#ESC2026",), ("#A", "@b")]:
                    for n in range(6):
                        prefixes, suffixes = decorations(style, position, n, tags, carry_on)  # type: ignore[arg-type]
                        each = [
                            decorate(style, position, k, n, tags, carry_on)  # type: ignore[arg-type]
                            for k in range(1, n + 1)
                        ]
                        assert list(zip(prefixes, suffixes, strict=True)) == each
