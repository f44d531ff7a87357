"""Post a tweetorial exactly once, offline: the sandbox stands in for X.

The composer splits the text, the checks run, the cost is estimated, and the thread goes
out with a journal. The sandbox drops the answer to one post after storing it; the client
looks it up instead of posting it twice. Swap the sandbox for real credentials
(``mt.x.auth_from_env()``) and ``base_url="https://api.x.com"`` to post for real.
"""

import tempfile
from pathlib import Path

import medtweet as mt
from medtweet.sandbox import SandboxServer

TEXT = (
    "Hyperkalaemia on the ECG: peaked T waves come first, then PR prolongation and loss of "
    "P waves. As potassium rises further the QRS widens and merges with the T wave into a "
    "sine-wave pattern, which is a pre-arrest rhythm. Treat the ECG, not the number: give "
    "calcium first to stabilise the membrane, then shift potassium into cells with insulin "
    "and glucose, and finally remove it from the body."
)

thread = mt.compose_thread(TEXT, hashtags=["#MedEd"])
print(thread.preview())

with SandboxServer() as sb, tempfile.TemporaryDirectory() as tmp:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=sb.user_token),
        base_url=sb.base_url,
        clock=sb.clock.now,
        sleep=sb.clock.advance,
    )

    def confirm(cost: mt.CostEstimate) -> bool:
        print(f"Posting costs {cost}")
        return True

    sb.faults.add("POST /2/tweets", "drop_after_store", skip=1)
    posted = client.post_thread(thread, journal=Path(tmp) / "journal.json", confirm=confirm)
    print(f"Posted {len(posted.ids)} posts; on X: {len(sb.posts)} (none twice)")
    for url in posted.urls:
        print(" ", url)
