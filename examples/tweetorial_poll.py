"""A tweetorial poll: check it for X, build the request, then post the reveal from the results.

Offline: the X response is a recorded example. Run: ``python examples/tweetorial_poll.py``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import medtweet as mt

poll = mt.Poll(["Observe", "Beta-blocker", "Amiodarone", "Cardioversion"], "24h")
body = {"text": "AF with RVR, BP 128/76, no HF. Next best step? (1/6)", "poll": poll.to_payload()}
print("POST /2/tweets", json.dumps(body, ensure_ascii=False))

posted = poll.posted(datetime(2026, 3, 2, 14, 0, tzinfo=UTC), post_id="1899000000000000001")
print("voting closes", posted.ends_at.isoformat())

try:
    poll.validate(mt.BLUESKY)
except mt.PollError:
    print("\nBluesky has no polls; posting this instead:\n")
    print(poll.as_text(mt.BLUESKY, question="AF with RVR, BP 128/76, no HF. Next best step?"))

response = {
    "data": [{"id": "1899000000000000001", "attachments": {"poll_ids": ["1899000000000000002"]}}],
    "includes": {
        "polls": [
            {
                "id": "1899000000000000002",
                "voting_status": "closed",
                "duration_minutes": 1440,
                "end_datetime": "2026-03-03T14:00:00.000Z",
                "options": [
                    {"position": 1, "label": "Observe", "votes": 41},
                    {"position": 2, "label": "Beta-blocker", "votes": 212},
                    {"position": 3, "label": "Amiodarone", "votes": 96},
                    {"position": 4, "label": "Cardioversion", "votes": 120},
                ],
            }
        ]
    },
}
results = mt.PollResults.from_x(response)
print()
print(results.to_post(mt.X, correct=1))
