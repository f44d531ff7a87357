"""Thread.check: every rule, paths, blocking vs advice, the PHI hook and live-tweeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
import pytest

import medtweet as mt

PNG = b"\x89PNG\r\n\x1a\n"


def rules(findings: Sequence[mt.ThreadFinding]) -> list[tuple[str, str, bool]]:
    return [(f.rule, f.path, f.blocking) for f in findings]


def quiet(thread: mt.Thread, **kwargs: object) -> tuple[mt.ThreadFinding, ...]:
    return thread.check(phi=None, image_check=None, **kwargs)  # type: ignore[arg-type]


def image(alt: str | None = "An ECG strip") -> mt.Media:
    return mt.Media(data=PNG, media_type="image/png", alt_text=alt)


def test_clean_thread_has_no_findings() -> None:
    thread = mt.compose_thread("Peaked T waves.\n---\nThink potassium.").add_media(0, image())
    assert quiet(thread) == ()


def test_post_over_the_limit() -> None:
    thread = mt.compose_thread("Short.").replace_post(0, "x" * 300)
    assert rules(quiet(thread)) == [("length", "posts[0].text", True)]
    assert "300/280" in quiet(thread)[0].message


def test_bluesky_byte_limit() -> None:
    thread = mt.compose_thread("a", platform=mt.BLUESKY).replace_post(0, "👩🏽‍⚕️" * 250)
    assert ("length.bytes", "posts[0].text", True) in rules(quiet(thread))


def test_alt_text_missing_and_too_long() -> None:
    thread = mt.compose_thread("One.\n---\nTwo.")
    thread = thread.add_media(0, image(None), image("   ")).add_media(1, image("a" * 1001))
    assert rules(quiet(thread)) == [
        ("alt_text.missing", "posts[0].media[0].alt_text", True),
        ("alt_text.missing", "posts[0].media[1].alt_text", True),
        ("alt_text.too_long", "posts[1].media[0].alt_text", True),
    ]


def test_alt_text_limit_follows_the_platform() -> None:
    thread = mt.compose_thread("One.", platform=mt.BLUESKY).add_media(0, image("a" * 1500))
    assert quiet(thread) == ()


def test_too_many_media_and_missing_file(tmp_path: Path) -> None:
    thread = mt.compose_thread("One.").add_media(0, *[image() for _ in range(5)])
    assert ("media.count", "posts[0].media", True) in rules(quiet(thread))
    gone = mt.compose_thread("One.").add_media(
        0, mt.Media(path=str(tmp_path / "gone.png"), alt_text="x")
    )
    assert rules(quiet(gone)) == [("media.missing", "posts[0].media[0]", True)]


def test_poll_with_media_and_invalid_poll() -> None:
    poll = mt.Poll(["A", "B", "C", "D", "E"], "1d")
    thread = mt.compose_thread("Vote.").with_poll(0, poll).add_media(0, image())
    found = rules(quiet(thread))
    assert ("poll.with_media", "posts[0].poll", True) in found
    assert ("poll.invalid", "posts[0].poll", True) in found


def test_poll_on_a_platform_without_polls() -> None:
    thread = mt.compose_thread("Vote.", platform=mt.BLUESKY).with_poll(0, mt.Poll(["A", "B"], 60))
    assert rules(quiet(thread)) == [("poll.invalid", "posts[0].poll", True)]


def test_reveal_without_a_poll_is_advice() -> None:
    thread = mt.compose_thread("Question.").add_reveal(0, "Answer.")
    assert rules(quiet(thread)) == [("reveal.no_poll", "posts[1]", False)]


def test_camel_case_hashtag_advice_is_not_blocking() -> None:
    thread = mt.compose_thread("Join #medtwitter and #CardioTwitter and #MEDEDUCATION #ecg")
    assert rules(quiet(thread)) == [
        ("hashtag.camel_case", "posts[0].text", False),
        ("hashtag.camel_case", "posts[0].text", False),
    ]


def test_findings_come_in_thread_order_with_a_readable_str() -> None:
    thread = mt.compose_thread("One.\n---\nTwo.").add_media(1, image(None))
    thread = attrs.evolve(thread, embargo=datetime(2030, 1, 1, tzinfo=UTC))
    found = quiet(thread)
    assert [f.path for f in found] == ["thread", "posts[1].media[0].alt_text"]
    assert str(found[1]).startswith("posts[1].media[0].alt_text: ")
    assert "blocking" in str(found[1])


# -- the PHI hook ------------------------------------------------------------------------------


@attrs.frozen
class StubFinding:
    category: str
    start: int
    end: int
    text: str
    rule: str
    message: str


@attrs.frozen
class StubReport:
    findings: tuple[StubFinding, ...]


class StubChecker:
    """Flags 'MRN 123456' anywhere, and records the context it was given."""

    def __init__(self) -> None:
        self.contexts: list[object] = []
        self.texts: list[str] = []

    def __call__(self, text: str, *, context: object = None) -> StubReport:
        self.contexts.append(context)
        self.texts.append(text)
        at = text.find("MRN 123456")
        if at < 0:
            return StubReport(())
        finding = StubFinding("mrn", at, at + 10, "MRN 123456", "mrn.label", "a record number")
        return StubReport((finding,))


def test_phi_hook_checks_every_text_and_alt_text_with_one_context() -> None:
    thread = mt.compose_thread("Case: MRN 123456 presented.\n---\nTeaching point.")
    thread = thread.add_media(1, image("Scan, MRN 123456 visible"))
    checker = StubChecker()
    decided: list[Sequence[str]] = []

    def context(texts: Sequence[str]) -> str:
        decided.append(texts)
        return "patient"

    found = thread.check(phi=checker, context=context, image_check=None)
    assert len(decided) == 1
    assert list(decided[0]) == checker.texts
    assert checker.contexts == ["patient"] * 3
    assert rules(found) == [
        ("phi.mrn", "posts[0].text", True),
        ("phi.mrn", "posts[1].media[0].alt_text", True),
    ]
    assert found[0].phi.text == "MRN 123456"
    assert "record number" in found[0].message


def test_phi_hook_accepts_a_fixed_context_and_plain_lists() -> None:
    seen: list[object] = []

    def checker(text: str, *, context: object = None) -> list[StubFinding]:
        seen.append(context)
        return [StubFinding("name", 0, 4, text[:4], "name", "a name")]

    thread = mt.compose_thread("John has chest pain.")
    found = thread.check(phi=checker, context="professional", image_check=None)
    assert seen == ["professional"]
    assert rules(found) == [("phi.name", "posts[0].text", True)]


def test_image_check_hook() -> None:
    calls: list[bytes] = []

    def image_check(data: bytes) -> tuple[StubFinding, ...]:
        calls.append(data)
        return (StubFinding("other_id", 0, 0, "", "exif.gps", "GPS position in EXIF"),)

    thread = mt.compose_thread("Look.").add_media(0, image())
    found = thread.check(phi=None, image_check=image_check)
    assert calls == [PNG]
    assert rules(found) == [("phi.other_id", "posts[0].media[0]", True)]


def test_real_phi_checks_run_by_default() -> None:
    thread = mt.compose_thread(
        "My patient, MRN 4839201, came in with chest pain.\n---\nPeaked T waves on the ECG."
    )
    thread = thread.add_media(1, image("ECG of John Smith, DOB 01/02/1950"))
    found = thread.check()
    phi = [f for f in found if f.rule.startswith("phi.")]
    assert ("phi.mrn", "posts[0].text", True) in rules(phi)
    assert ("phi.date", "posts[1].media[0].alt_text", True) in rules(phi)
    for finding in phi:
        if finding.path.endswith("text"):
            assert isinstance(finding.phi, mt.Finding)
    mrn = next(f for f in phi if f.rule == "phi.mrn")
    assert mrn.phi.text == "4839201"
    assert thread.posts[0].body[mrn.phi.start : mrn.phi.end] == "4839201"


def test_real_phi_context_is_decided_once_for_the_thread() -> None:
    # the first post makes it a patient story, so every text is checked in that context
    seen: list[object] = []

    def spy(text: str, *, context: mt.phi.Context | None = None) -> mt.PhiReport:
        seen.append(context)
        return mt.check_phi(text, context=context)

    thread = mt.compose_thread("My patient came in yesterday.\n---\nTeaching point: T waves.")
    thread.check(phi=spy, image_check=None)
    assert seen == ["patient", "patient"]
    assert mt.story_context(["Teaching point: T waves."]) == "professional"


def test_a_case_post_among_teaching_posts_is_still_checked_as_a_story() -> None:
    # fail closed: the thread's context may add the patient reading, never remove it
    teaching = "\n---\n".join(
        f"Teaching point {n}: peaked T waves, then a wide QRS, then a sine wave. #MedEd"
        for n in range(1, 9)
    )
    case = "Saw Mrs. Jane Okafor from Springfield on 3/14 with K 7.1 mmol/L."
    thread = mt.compose_thread(f"{teaching}\n---\n{case}")
    found = [f for f in thread.check(image_check=None) if f.blocking and f.phi is not None]
    assert {str(f.phi.category) for f in found} >= {"name", "date"}


def test_image_advice_from_the_real_checker_does_not_block() -> None:
    thread = mt.compose_thread("Look.").add_media(0, image())
    found = thread.check(phi=None)
    assert found
    assert all(not f.blocking for f in found)


# -- live-tweeting ----------------------------------------------------------------------------


SESSION = mt.LiveSession(
    conference_tag="#ESC2026",
    session_tags=("#HeartFailure",),
    embargo=datetime(2026, 8, 30, 10, 30, tzinfo=UTC),
    opt_outs=(
        mt.OptOut(handle="@quietdoc", photo=True, quote=False),
        mt.OptOut(name="Prof. Chen", photo=False, quote=True),
    ),
)


def test_live_post_attribution_and_tags_on_every_post() -> None:
    speaker = mt.Speaker(name="Dr. Ana Lopez", handle="@analopez")
    thread = SESSION.compose(" ".join(["Finding."] * 60), speaker=speaker)
    assert thread.posts[0].text.startswith("Dr. Ana Lopez (@analopez): Finding.")
    assert all("#ESC2026 #HeartFailure" in post.text for post in thread.posts)
    assert thread.embargo == SESSION.embargo


def test_embargo_blocks_until_it_lifts() -> None:
    thread = SESSION.compose("Results of the trial.")
    before = SESSION.embargo - timedelta(minutes=1)  # type: ignore[operator]
    after = SESSION.embargo + timedelta(minutes=1)  # type: ignore[operator]
    assert rules(quiet(thread, now=before)) == [("live.embargo", "thread", True)]
    assert rules(quiet(thread)) == [("live.embargo", "thread", True)]
    assert quiet(thread, now=after) == ()


def test_opt_outs_photo_and_quote() -> None:
    after = datetime(2027, 1, 1, tzinfo=UTC)
    photo = SESSION.compose("Great slide from @quietdoc", media=[image()])
    assert rules(quiet(photo, now=after)) == [("live.opt_out.photo", "posts[0].media", True)]
    no_photo = SESSION.compose("Great talk by @quietdoc")
    assert quiet(no_photo, now=after) == ()
    quote = SESSION.compose("Trials must be bigger.", speaker=mt.Speaker(name="Prof. Chen"))
    assert rules(quiet(quote, now=after)) == [("live.opt_out.quote", "posts[0].text", True)]


def test_opt_out_needs_a_handle_or_name() -> None:
    with pytest.raises(ValueError, match="handle or a name"):
        mt.OptOut()


def test_media_needs_exactly_one_source() -> None:
    with pytest.raises(TypeError):
        mt.Media(alt_text="x")
    with pytest.raises(TypeError):
        mt.Media(data=b"x", path="x.png")
