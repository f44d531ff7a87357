"""post_thread with real composer threads: the PHI gate, media with alt text, poll reveals."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

import medtweet as mt
from medtweet.sandbox import SandboxServer
from medtweet.x import finding_key

Make = Callable[..., mt.XClient]


def png() -> bytes:
    """A valid 1x1 grey PNG without metadata."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TEXT = (
    "Hyperkalaemia on the ECG: peaked T waves come first, then PR prolongation and loss of "
    "P waves. As potassium rises further the QRS widens and merges with the T wave into a "
    "sine-wave pattern, which is a pre-arrest rhythm. Treat the ECG, not the number: give "
    "calcium first to stabilise the membrane, then shift potassium into cells with insulin "
    "and glucose, and finally remove it from the body. Recheck levels within two hours."
)


def test_composed_thread_is_posted_in_order(client: mt.XClient, sb: SandboxServer) -> None:
    thread = mt.compose_thread(TEXT)
    assert len(thread.posts) > 1
    posted = client.post_thread(thread)
    assert posted.complete
    assert [p.text for p in sb.posts] == [p.text for p in thread.posts]
    assert posted.ids == tuple(p.id for p in sb.posts)


def test_phi_blocks_until_each_finding_is_acknowledged(
    client: mt.XClient, sb: SandboxServer
) -> None:
    thread = mt.Thread(
        posts=(
            mt.Post(body="Teaching case: MRN 12345678, seen 3/4/2025."),
            mt.Post(body="Take-home: check potassium."),
        )
    )
    findings = [f for f in thread.check() if f.rule.startswith("phi.")]
    assert len(findings) >= 2
    with pytest.raises(mt.BlockedError) as info:
        client.post_thread(thread)
    assert set(info.value.findings) == set(findings)
    assert finding_key(findings[0]) in str(info.value)
    with pytest.raises(mt.BlockedError) as info:
        client.post_thread(thread, acknowledge=findings[:1])
    assert set(info.value.findings) == set(findings[1:])
    assert sb.posts == ()
    posted = client.post_thread(
        thread, acknowledge=[findings[0], *(finding_key(f) for f in findings[1:])]
    )
    assert len(posted.ids) == 2


def test_blocking_non_phi_findings_cannot_be_acknowledged(
    client: mt.XClient, sb: SandboxServer
) -> None:
    thread = mt.Thread(posts=(mt.Post(body="x" * 400),))
    findings = thread.check()
    assert any(f.blocking for f in findings)
    with pytest.raises(mt.BlockedError, match="fix these first"):
        client.post_thread(thread, acknowledge=findings)
    assert sb.posts == ()


def test_media_uploaded_with_alt_text(
    client: mt.XClient, sb: SandboxServer, tmp_path: Path
) -> None:
    image = tmp_path / "ecg.png"
    image.write_bytes(png())
    thread = mt.Thread(
        posts=(
            mt.Post(body="Spot the abnormality 1/2"),
            mt.Post(
                body="Peaked T waves in V2-V4 2/2",
                media=(mt.Media(path=str(image), alt_text="12-lead ECG with peaked T waves"),),
            ),
        )
    )
    # The image check asks a human to look at every picture: acknowledge after looking.
    phi = [f for f in thread.check() if f.rule.startswith("phi.")]
    posted = client.post_thread(thread, acknowledge=phi, journal=tmp_path / "j.json")
    media_ids = sb.posts[1].media_ids
    assert len(media_ids) == 1
    assert sb.alt_text(media_ids[0]) == "12-lead ECG with peaked T waves"
    assert len(posted.ids) == 2


def test_poll_reveal_waits_for_the_poll_to_close(
    client: mt.XClient, sb: SandboxServer, tmp_path: Path
) -> None:
    poll = mt.Poll(["Hyperkalaemia", "Hypokalaemia"], duration=timedelta(hours=1))
    thread = mt.Thread(
        posts=(
            mt.Post(body="ECG quiz 1/3"),
            mt.Post(body="What does this ECG show? 2/3", poll=poll),
            mt.Post(body="Answer: hyperkalaemia 3/3", reveal=True),
        )
    )
    journal = tmp_path / "quiz.json"
    first = client.post_thread(thread, journal=journal)
    assert not first.complete
    assert len(first.ids) == 2
    assert first.resume_at is not None
    assert sb.posts[1].poll_id is not None
    sb.clock.advance(timedelta(hours=1, minutes=1))
    second = client.post_thread(thread, journal=journal)
    assert second.complete
    assert second.ids[:2] == first.ids
    assert [p.text for p in sb.posts] == [p.text for p in thread.posts]
    assert sb.posts[2].in_reply_to_id == first.ids[1]


def test_cost_estimate_counts_url_posts(client: mt.XClient) -> None:
    thread = mt.Thread(
        posts=(mt.Post(body="Read the guideline: https://example.org/k"), mt.Post(body="Thanks"))
    )
    cost = client.estimate_cost(thread)
    assert (cost.posts, cost.url_posts) == (2, 1)
    assert str(cost.total) == "0.215"
    cheaper = mt.XClient("t", prices=mt.Prices(post="0.01", post_with_url="0.05"))
    assert str(cheaper.estimate_cost(thread).total) == "0.06"


def test_paid_partnership_flag_is_sent(client: mt.XClient, sb: SandboxServer) -> None:
    thread = mt.Thread(
        posts=(mt.Post(body="Sponsored teaching series 1/2"), mt.Post(body="Thanks 2/2")),
        paid_partnership=True,
    )
    client.post_thread(thread)
    assert all(p.paid_partnership for p in sb.posts)


def test_a_thread_for_another_network_is_refused(client: mt.XClient, sb: SandboxServer) -> None:
    thread = mt.compose_thread("A short post for Mastodon.", platform=mt.MASTODON)
    with pytest.raises(mt.ValidationError, match="composed for mastodon"):
        client.post_thread(thread)
    assert sb.posts == ()
