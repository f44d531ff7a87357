"""Exactly-once posting, measured: randomized fault schedules, and a SIGKILLed poster."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medtweet as mt
from medtweet.sandbox import SandboxServer

REPO = Path(__file__).resolve().parents[2]


@attrs.frozen
class P:
    text: str
    media: tuple[Any, ...] = ()
    poll: Any = None


@attrs.frozen
class T:
    posts: tuple[P, ...]

    def check(self) -> tuple[Any, ...]:
        return ()


RECOVERABLE = [
    "drop",
    "drop_after_store",
    "server_error",
    "bad_gateway",
    "unavailable",
    "html_503",
    "not_visible",
    "rate_limit",
    "usage_cap",
]
MATCHES = ["POST /2/tweets", "GET /2/users/*", "/2/*"]


def _sensible(entry: dict[str, Any]) -> dict[str, Any]:
    # "not visible yet" is X's answer to a reply only.
    if entry["kind"] == "not_visible":
        return {**entry, "match": "POST /2/tweets", "only_replies": True}
    return entry


fault = st.fixed_dictionaries(
    {
        "match": st.sampled_from(MATCHES),
        "kind": st.sampled_from(RECOVERABLE),
        "times": st.integers(1, 3),
        "skip": st.integers(0, 6),
    }
).map(_sensible)


def assert_exactly_once(sb: SandboxServer, texts: list[str], ids: tuple[str, ...]) -> None:
    stored = [p for p in sb.posts if not p.deleted]
    assert [p.text for p in stored] == texts, "each post stored exactly once, in order"
    assert tuple(p.id for p in stored) == ids
    for parent, child in itertools.pairwise(stored):
        assert child.in_reply_to_id == parent.id
    assert stored[0].in_reply_to_id is None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedule=st.lists(fault, max_size=5), size=st.integers(1, 5))
def test_random_fault_schedules_post_each_post_exactly_once(
    schedule: list[dict[str, Any]], size: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    texts = [f"post {i + 1} of {size}" for i in range(size)]
    journal = tmp_path_factory.mktemp("j") / "thread.json"
    with SandboxServer() as sb:
        sb.faults.load(schedule)
        client = mt.XClient(
            mt.OAuth2UserAuth(access_token=sb.user_token),
            base_url=sb.base_url,
            clock=sb.clock.now,
            sleep=sb.clock.advance,
            timeout=(2, 5),
            seed=0,
        )
        posted = None
        for _ in range(20):  # a hard stop keeps the journal; calling again resumes
            try:
                posted = client.post_thread(T(tuple(P(t) for t in texts)), journal=journal)
                break
            except mt.DuplicatePostError:
                raise  # would mean the client re-sent a post X already had
            except (
                mt.TransportError,
                mt.ServerError,
                mt.RateLimitError,
                mt.UsageCapError,
                mt.ForbiddenError,
            ):
                continue
        assert posted is not None, f"never finished; faults left: {sb.faults.pending}"
        assert_exactly_once(sb, texts, posted.ids)
        # Calling again with the finished journal sends nothing.
        again = client.post_thread(T(tuple(P(t) for t in texts)), journal=journal)
        assert again.ids == posted.ids
        assert len([p for p in sb.posts if not p.deleted]) == size


POSTER = textwrap.dedent(
    """
    import sys, attrs, medtweet as mt

    @attrs.frozen
    class P:
        text: str
        media: tuple = ()
        poll: object = None

    @attrs.frozen
    class T:
        posts: tuple
        def check(self):
            return ()

    base_url, token, journal = sys.argv[1:4]
    texts = sys.argv[4:]
    client = mt.XClient(mt.OAuth2UserAuth(access_token=token), base_url=base_url)
    client.post_thread(T(tuple(P(t) for t in texts)), journal=journal, delay=0)
    """
)


def _wait_for(predicate: Any, what: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting; {what()}")
        time.sleep(0.01)


def _state(journal: Path, index: int) -> str | None:
    try:
        steps = json.loads(journal.read_text())["steps"]
    except (OSError, ValueError, KeyError):
        return None
    return str(steps[index]["state"])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_thread_then_resume(tmp_path: Path) -> None:
    texts = [f"killed thread {i}/5" for i in range(1, 6)]
    journal = tmp_path / "journal.json"
    with SandboxServer() as sb:
        # The third post hangs in the server; the poster is killed while it waits, and the
        # server stores the post afterwards: the journal says "sending", X has the post.
        hang = sb.faults.add("POST /2/tweets", "slow", skip=2, delay=0.5)
        proc = subprocess.Popen(
            [sys.executable, "-c", POSTER, sb.base_url, sb.user_token, str(journal), *texts],
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )
        try:
            # Kill once the third request has reached the server (the journal says
            # "sending" from just before the request leaves).
            _wait_for(
                lambda: hang.hits == 1 and _state(journal, 2) == "sending",
                lambda: (journal.exists() and journal.read_text(), proc.poll(), sb.posts),
            )
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL
        _wait_for(lambda: len(sb.posts) == 3, lambda: sb.posts)
        assert _state(journal, 2) == "sending"
        client = mt.XClient(
            mt.OAuth2UserAuth(access_token=sb.user_token),
            base_url=sb.base_url,
            clock=sb.clock.now,
            sleep=sb.clock.advance,
        )
        posted = client.post_thread(T(tuple(P(t) for t in texts)), journal=journal)
        assert_exactly_once(sb, texts, posted.ids)


def test_resume_when_the_unsure_post_never_arrived(tmp_path: Path) -> None:
    texts = ["never arrived 1/3", "never arrived 2/3", "never arrived 3/3"]
    journal = tmp_path / "journal.json"
    with SandboxServer() as sb:
        client = mt.XClient(
            mt.OAuth2UserAuth(access_token=sb.user_token),
            base_url=sb.base_url,
            clock=sb.clock.now,
            sleep=sb.clock.advance,
        )
        # The connection drops before the server reads the second post, and the process
        # dies before it can look: the journal is left saying "sending".
        sb.faults.add("POST /2/tweets", "drop", skip=1, times=None)
        with pytest.raises(mt.TransportError):
            client.post_thread(T(tuple(P(t) for t in texts)), journal=journal)
        assert _state(journal, 1) == "sending"
        sb.faults.clear()
        posted = client.post_thread(T(tuple(P(t) for t in texts)), journal=journal)
        assert_exactly_once(sb, texts, posted.ids)


def test_timeout_then_late_store_is_still_once() -> None:
    # The client gives up on a slow answer, finds nothing on the timeline yet, and posts
    # again; when the slow request finally reaches the store, X's duplicate check refuses it.
    texts = ["late 1/3", "late 2/3", "late 3/3"]
    with SandboxServer() as sb:
        client = mt.XClient(
            mt.OAuth2UserAuth(access_token=sb.user_token),
            base_url=sb.base_url,
            clock=sb.clock.now,
            sleep=sb.clock.advance,
            timeout=(2, 0.2),
        )
        sb.faults.add("POST /2/tweets", "slow", skip=1, delay=0.6)
        posted = client.post_thread(T(tuple(P(t) for t in texts)))
        time.sleep(0.8)  # let the slow request finish in the server
        assert_exactly_once(sb, texts, posted.ids)
