"""Post the cardiology tweetorial (image, poll, references), then its reveal after the vote.

Reuses the draft of examples/tweetorial.py. ``post_thread`` stops before the reveal posts
and says when the poll closes; votes come in; once the sandbox clock has moved a day on,
the same call with the same journal posts the rest. Offline: an in-process sandbox X API.
"""

import tempfile
from datetime import timedelta
from pathlib import Path

import medtweet as mt
from medtweet.sandbox import SandboxServer

DRAFT = Path(__file__).resolve().parent / "tweetorial" / "hyperkalaemia.md"

thread = mt.Thread.from_draft_file(DRAFT)
findings = thread.check()
assert not [f for f in findings if f.blocking]
# The image advice ("check the image yourself") is PHI: a person looks, then acknowledges it.
looked_at = [f for f in findings if f.rule.startswith("phi.")]
poll_index = next(i for i, post in enumerate(thread.posts) if post.poll is not None)

with SandboxServer() as sandbox, tempfile.TemporaryDirectory() as folder:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=sandbox.user_token),
        base_url=sandbox.base_url,
        clock=sandbox.clock.now,
        sleep=sandbox.clock.advance,
    )
    journal = Path(folder) / "tweetorial.journal.json"
    first = client.post_thread(thread, journal=journal, acknowledge=looked_at, delay=0)
    print(f"posted {len(first.ids)} posts; the reveal waits until {first.resume_at:%H:%M} UTC")
    assert not first.complete

    poll_post = first.ids[poll_index]
    for option, votes in (("Hyperkalaemia", 58), ("Hypokalaemia", 7), (3, 11), (4, 24)):
        sandbox.vote(poll_post, option, votes)
    sandbox.advance(timedelta(days=1, minutes=1))  # the poll closes
    results = client.poll_results(poll_post)
    print(results.to_post(correct=0, heading="The answer, with your votes:"))

    done = client.post_thread(thread, journal=journal, acknowledge=looked_at, delay=0)
    print(f"the same call posted the other {len(done.ids) - len(first.ids)} posts")
    assert done.complete
    assert [sandbox.post(i).text for i in done.ids] == [p.text for p in thread.posts]
    assert {sandbox.post(i).conversation_id for i in done.ids} == {done.ids[0]}
