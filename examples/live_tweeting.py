"""Live-tweet a conference session: tags on every post, attribution, opt-outs, an embargo.

Posts go to an in-process sandbox X API: no account, no token, no network.
"""

from datetime import UTC, datetime, timedelta

import medtweet as mt
from medtweet.sandbox import SandboxServer

embargo = datetime.now(UTC) + timedelta(minutes=30)  # late-breaking results at the top of the hour
session = mt.LiveSession(
    conference_tag="#CardioCon26",
    session_tags=("#HeartFailure",),
    embargo=embargo,
    opt_outs=(mt.OptOut(handle="@dr_quinn_hf", name="Dr. Sam Quinn"),),
)
lopez = mt.Speaker(name="Dr. Ana Lopez", handle="@analopez_md")
quinn = mt.Speaker(name="Dr. Sam Quinn", handle="@dr_quinn_hf")

update = session.compose(
    "In the pooled trials, SGLT2 inhibitors cut heart-failure hospitalisation by about a "
    "third, across the whole ejection-fraction range.",
    speaker=lopez,
)
print(update.posts[0].text)

# Before the embargo lifts the update is not publishable; afterwards nothing blocks.
early = [f for f in update.check(now=embargo - timedelta(minutes=5)) if f.blocking]
late = [f for f in update.check(now=embargo + timedelta(minutes=1)) if f.blocking]
print("5 minutes before the embargo:", "; ".join(f.message for f in early))
print("1 minute after:", late or "nothing blocks")
assert early
assert not late

# Quoting a speaker who opted out is a finding, whatever the time.
quoted = session.compose("Our registry data were less rosy.", speaker=quinn)
opt_out = [f for f in quoted.check(now=embargo + timedelta(minutes=1)) if f.blocking]
print("quoting an opted-out speaker:", opt_out[0].message)
assert any(f.rule.startswith("live.opt_out") for f in opt_out)

# post_thread checks the embargo against the client's clock: refused now, posted later.
with SandboxServer() as sandbox:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=sandbox.user_token),
        base_url=sandbox.base_url,
        clock=sandbox.clock.now,
        sleep=sandbox.clock.advance,
    )
    try:
        client.post_thread(update, delay=0)
    except mt.BlockedError as error:
        print("posting now:", str(error).splitlines()[-1].strip())
    else:
        raise AssertionError("the embargo should have stopped the post")
    sandbox.clock.set(embargo + timedelta(seconds=30))
    posted = client.post_thread(update, delay=0)
    print("posted after the embargo:", *posted.urls)
    assert [p.text for p in sandbox.posts] == [p.text for p in update.posts]
