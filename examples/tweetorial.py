"""Compose the cardiology tweetorial draft, check it, and print the preview.

The draft (examples/tweetorial/hyperkalaemia.md) has an ECG image with alt text, a poll,
a reveal post, references and a disclosure. Runs offline.
"""

from pathlib import Path

import medtweet as mt

DRAFT = Path(__file__).resolve().parent / "tweetorial" / "hyperkalaemia.md"

thread = mt.Thread.from_draft_file(DRAFT)
findings = thread.check()
print(thread.preview(findings))

blocking = [f for f in findings if f.blocking]
print(f"Ready to post: {'no' if blocking else 'yes'}")

# the same draft for the other networks
for platform in (mt.X_PREMIUM, mt.BLUESKY, mt.MASTODON):
    other = mt.Thread.from_draft_file(DRAFT, platform=platform)
    print(f"{platform.name}: {len(other.posts)} posts")

# a round trip through the draft format and JSON gives the same thread
assert mt.Thread.from_draft(thread.to_draft(), base_dir=DRAFT.parent) == thread
assert mt.Thread.from_json(thread.to_json()) == thread
