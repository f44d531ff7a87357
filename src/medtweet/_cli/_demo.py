"""``medtweet demo``: the whole job, offline, against an in-process sandbox.

Compose the packaged tweetorial draft (ECG image, poll, reveal, references), preview it,
check a leaky variant (blocked: date, name, town) and the clean one, post it to the sandbox,
follow the sandbox's conference hashtag and print a digest. No account, token or network.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from importlib import resources
from pathlib import Path

from medtweet._cli._io import EXIT_OK, Console
from medtweet.compose import Thread
from medtweet.phi import check_phi, redact
from medtweet.sandbox import SandboxServer
from medtweet.x import OAuth2UserAuth, XClient, digest, finding_key

__all__ = ["DEMO_HASHTAG", "LEAK", "cmd_demo", "demo_draft", "leaky_draft", "run_demo"]

DEMO_HASHTAG = "CardioCon26"
"""The synthetic conference whose posts the sandbox's demo seed holds."""

LEAK = (
    "Last Tuesday, March 3, Mrs. Eleanor Whitfield from Millbrook came in with "
    "K 7.1 mmol/L and exactly this strip."
)
"""A case post that identifies a patient: a date, a name and a town."""

_RULE = "─" * 60


def demo_draft() -> Path:
    """The packaged tweetorial draft (its image sits beside it)."""
    return Path(str(resources.files("medtweet._cli") / "data" / "tweetorial.md"))


def leaky_draft(leak: str = LEAK) -> str:
    """A short case-based draft, with the ECG image, whose first post leaks ``leak``."""
    return (
        "title: An instructive case\n"
        "hashtags: #MedEd\n\n"
        "![Rhythm strip, lead II: tall, narrow, peaked T waves.](images/ecg.png)\n"
        f"{leak}\n\n"
        "---\n"
        "The strip: tall, narrow, peaked T waves. Calcium first, then insulin with glucose, "
        "then removal.\n"
    )


def _section(console: Console, number: int, title: str) -> None:
    console.print("")
    console.print(f"{number}. {title}")
    console.print(_RULE)


def run_demo(console: Console) -> tuple[str, ...]:
    """Run the demo, writing to ``console``; return the posted ids."""
    started = time.perf_counter()
    path = demo_draft()
    source = path.read_text(encoding="utf-8")
    console.print("medtweet demo: the whole job offline, against a local sandbox X API.")
    console.print("No account, no token, no network.")
    with SandboxServer(seed="demo") as sandbox, tempfile.TemporaryDirectory() as scratch:
        _section(console, 1, "The sandbox")
        console.print(f"A local X API v2 at {sandbox.base_url}, signed in as @{sandbox.username},")
        console.print(f"seeded with synthetic posts from the #{DEMO_HASHTAG} conference.")

        _section(console, 2, "Compose the tweetorial draft")
        console.print(f"draft: {path.name} (an ECG image with alt text, a poll, a reveal,")
        console.print("references and a disclosure), composed for X:")
        thread = Thread.from_draft(source, base_dir=path.parent)
        findings = thread.check()
        console.print(thread.preview(findings).rstrip("\n"))

        _section(console, 3, "Check a draft that leaks a date, a name and a town")
        console.print(f"A case-based draft whose first post reads:\n  {LEAK}")
        leaky = Thread.from_draft(leaky_draft(), base_dir=path.parent)
        blocking = [f for f in leaky.check() if f.blocking]
        if blocking:
            console.print(f"BLOCKED: {len(blocking)} findings stop this thread from being posted:")
        else:  # pragma: no cover - would mean the PHI checks regressed
            console.print("NOT BLOCKED: the checks found nothing here; report this as a bug.")
        for finding in blocking:
            console.print(f"  - {finding.path}: {finding.message}")
        console.print("The case post redacted (medtweet.redact):")
        console.print(f"  {redact(LEAK)}")
        report = check_phi(LEAK)
        kinds = sorted({str(f.category.value) for f in report.findings})
        console.print(f"  categories found: {', '.join(kinds)}")

        _section(console, 4, "Check the clean draft")
        blocking = [f for f in findings if f.blocking]
        console.print(f"{len(blocking)} blocking, {len(findings) - len(blocking)} advice:")
        for finding in findings:
            console.print(f"  - {finding}")
        # Posting needs every PHI finding acknowledged by a person, advice included: here
        # the image advice, after looking at the strip (no face, tattoo or label).
        acknowledged = [finding_key(f) for f in findings if f.rule.startswith("phi.")]
        if blocking:
            console.print("Blocking findings remain; the post step will refuse.")
        for key in acknowledged:
            console.print(f"The ECG strip shows no face, tattoo or label: acknowledged {key}")

        _section(console, 5, "Post the thread to the sandbox")
        client = XClient(
            OAuth2UserAuth(access_token=sandbox.user_token),
            base_url=sandbox.base_url,
            clock=sandbox.clock.now,  # the client lives on the sandbox's (movable) clock
            sleep=sandbox.clock.advance,
        )
        journal = Path(scratch) / "tweetorial.journal.json"
        first = client.post_thread(thread, journal=journal, acknowledge=acknowledged, delay=0)
        console.print(f"cost on X: {first.cost}")
        console.print(f"posted {len(first.ids)} posts up to the poll; the reveal waits for the")
        console.print(f"poll to close ({first.resume_at:%Y-%m-%d %H:%M} UTC).")
        poll_index = next(i for i, p in enumerate(thread.posts) if p.poll is not None)
        for option, votes in ((1, 57), (2, 8), (3, 12), (4, 23)):
            sandbox.vote(first.ids[poll_index], option, votes)
        sandbox.advance(timedelta(days=1, minutes=1))
        results = client.poll_results(first.ids[poll_index])
        console.print("A day later on the sandbox clock the poll has closed:")
        console.print(results.to_post(correct=0).rstrip("\n"))
        posted = client.post_thread(thread, journal=journal, acknowledge=acknowledged, delay=0)
        console.print(
            f"the same call with the same journal posted the other "
            f"{len(posted.ids) - len(first.ids)} posts, each a reply to the one before."
        )

        _section(console, 6, f"Follow #{DEMO_HASHTAG} and digest what you missed")
        query = f"#{DEMO_HASHTAG} -is:retweet"
        state = Path(scratch) / "follow.json"
        new = list(client.follow(query, interval=0, state=state, start_time="2d", max_polls=1))
        console.print(f"follow {query!r}: {len(new)} new posts in the last two days")
        console.print(digest(new, followed=[DEMO_HASHTAG], title=f"#{DEMO_HASHTAG}", top=3))

        _section(console, 7, "Posted ids")
        for post_id, url in zip(posted.ids, posted.urls, strict=True):
            console.print(f"{post_id} {url}")
    console.progress(f"demo finished in {time.perf_counter() - started:.1f}s")
    return posted.ids


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    """``medtweet demo``."""
    run_demo(console)
    return EXIT_OK
