"""Post the cardiology tweetorial (image, poll, references) and its reveal after the vote.

Reuses the draft of examples/tweetorial.py. The posts up to the poll go out first; votes
come in; once the poll has closed (the sandbox clock moves a day on), the results and the
reveal posts follow as replies. Offline: an in-process sandbox X API.
"""

from datetime import timedelta
from pathlib import Path

import medtweet as mt
from medtweet.sandbox import SandboxServer

DRAFT = Path(__file__).resolve().parent / "tweetorial" / "hyperkalaemia.md"

thread = mt.Thread.from_draft_file(DRAFT)
assert not [f for f in thread.check() if f.blocking]
first_reveal = next(i for i, post in enumerate(thread.posts) if post.reveal)
poll_index = next(i for i, post in enumerate(thread.posts) if post.poll is not None)


class FirstPart:
    """The posts before the reveal, checked as the whole thread is."""

    posts = thread.posts[:first_reveal]

    @staticmethod
    def check() -> tuple[mt.ThreadFinding, ...]:
        return thread.check()


with SandboxServer() as sandbox:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=sandbox.user_token), base_url=sandbox.base_url
    )
    posted = client.post_thread(FirstPart(), delay=0)
    poll_post = posted.ids[poll_index]
    print(f"posted {len(posted.ids)} posts; the poll is on {posted.urls[poll_index]}")

    for option, votes in (("Hyperkalaemia", 58), ("Hypokalaemia", 7), (3, 11), (4, 24)):
        sandbox.vote(poll_post, option, votes)
    sandbox.advance(timedelta(days=1, minutes=1))  # the poll closes

    results = client.poll_results(poll_post)
    print(f"poll closed: {results.total} votes, winner: {results.labels[results.winner or 0]}")
    reveal = results.to_post(correct=0, heading="The answer, with your votes:")
    previous = client.post(reveal, reply_to=posted.ids[-1]).id
    for post in thread.posts[first_reveal:]:
        previous = client.post(post, reply_to=previous).id

    stored = sandbox.posts
    print(reveal)
    print(f"the thread now has {len(stored)} posts, all in one conversation")
    assert len(stored) == len(thread.posts) + 1
    assert {p.conversation_id for p in stored} == {posted.ids[0]}
