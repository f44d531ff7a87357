# ruff: noqa: S105, S106
"""Unit tests of the client's pure pieces: auth objects, rate-limit headers, error mapping,
the journal file and the posting gate."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import medtweet as mt
from medtweet.x import RetryPolicy, build_payload, error_from_response, finding_key
from medtweet.x._auth import as_auth
from medtweet.x._gate import gate
from medtweet.x._journal import Journal
from medtweet.x._problems import is_not_visible_yet, problem_suffix
from medtweet.x._ratelimit import endpoint_key, parse_rate_limits

SECRET = "AAAAsecret-token-1234567890"


# -- auth ----------------------------------------------------------------------------------


def test_str_is_an_app_bearer() -> None:
    auth = as_auth(SECRET)
    assert isinstance(auth, mt.AppAuth)
    assert auth.kind == "app"


def test_auth_kinds() -> None:
    user = mt.OAuth2UserAuth(access_token=SECRET, scopes="tweet.read tweet.write")
    assert user.kind == "user"
    assert user.scopes == frozenset({"tweet.read", "tweet.write"})
    assert not user.can_refresh
    assert mt.OAuth2UserAuth(access_token="a", refresh_token="r", client_id="c").can_refresh


@pytest.mark.parametrize(
    "auth",
    [
        mt.AppAuth(SECRET),
        mt.OAuth2UserAuth(access_token=SECRET, refresh_token=SECRET + "r", client_secret=SECRET),
        mt.OAuth1UserAuth(
            consumer_key=SECRET,
            consumer_secret=SECRET,
            access_token=SECRET,
            access_token_secret=SECRET,
        ),
    ],
)
def test_repr_hides_tokens(auth: object) -> None:
    assert SECRET not in repr(auth)
    assert "***" in repr(auth)
    client = mt.XClient(auth, base_url="http://127.0.0.1:9")  # type: ignore[arg-type]
    assert SECRET not in repr(client)


def test_oauth1_signs_with_requests_oauthlib() -> None:
    pytest.importorskip("requests_oauthlib")
    auth = mt.OAuth1UserAuth(
        consumer_key="ck", consumer_secret="cs", access_token="at", access_token_secret="as"
    )
    handler = auth.requests_auth()
    assert type(handler).__name__ == "OAuth1"


def test_bad_auth_type() -> None:
    with pytest.raises(TypeError, match="auth must be"):
        as_auth(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        as_auth("")


def test_client_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="on_rate_limit"):
        mt.XClient("t", on_rate_limit="sleep")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="dialect"):
        mt.XClient("t", dialect="v3")  # type: ignore[arg-type]


def test_app_token_cannot_post_and_fails_before_the_network() -> None:
    # Port 9 (discard) on loopback: if the client tried the network, it would get a
    # TransportError, not UnsupportedAuthError.
    client = mt.XClient(SECRET, base_url="http://127.0.0.1:9")
    with pytest.raises(mt.UnsupportedAuthError, match="user-context") as info:
        client.post("hello")
    assert SECRET not in str(info.value)
    with pytest.raises(mt.UnsupportedAuthError):
        client.me()
    with pytest.raises(mt.UnsupportedAuthError):
        client.upload_media(b"\x89PNG\r\n\x1a\nxxxx")


def test_missing_scope_fails_before_the_network() -> None:
    client = mt.XClient(
        mt.OAuth2UserAuth(access_token=SECRET, scopes=["tweet.read", "users.read"]),
        base_url="http://127.0.0.1:9",
    )
    with pytest.raises(mt.UnsupportedAuthError, match=r"tweet\.write"):
        client.post("hello")


# -- rate limits ---------------------------------------------------------------------------


def test_parse_rate_limit_headers() -> None:
    limits = parse_rate_limits(
        {
            "X-Rate-Limit-Limit": "100",
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": "1767225600",
            "x-user-limit-24hour-limit": "17",
            "x-user-limit-24hour-remaining": "16",
            "x-user-limit-24hour-reset": "1767300000",
        }
    )
    assert limits is not None
    assert limits.window == mt.x.RateLimit(
        limit=100, remaining=0, reset_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert limits.user_24h is not None
    assert limits.user_24h.remaining == 16
    assert limits.app_24h is None
    assert limits.exhausted == limits.window
    assert limits.reset_at == datetime(2026, 1, 1, tzinfo=UTC)


def test_no_or_garbled_headers() -> None:
    assert parse_rate_limits({"content-type": "text/html"}) is None
    limits = parse_rate_limits({"x-rate-limit-remaining": "lots"})
    assert limits is None


def test_endpoint_key() -> None:
    assert endpoint_key("post", "/2/tweets") == "POST /2/tweets"
    assert endpoint_key("DELETE", "/2/tweets/1445880548472328192") == "DELETE /2/tweets/{id}"
    assert endpoint_key("GET", "/2/users/12/tweets?x=1") == "GET /2/users/{id}/tweets"


def test_backoff_is_jittered_and_capped() -> None:
    import random

    policy = RetryPolicy(backoff=1, max_backoff=8)
    rng = random.Random(1)
    delays = [policy.delay(n, rng) for n in range(1, 8)]
    assert all(0 < d <= 8 for d in delays)
    assert 0.5 <= delays[0] <= 1
    assert len(set(delays)) == len(delays)


# -- error mapping -------------------------------------------------------------------------

TWITTER = "https://api.twitter.com/2/problems/"
XHOST = "https://api.x.com/2/problems/"


@pytest.mark.parametrize("host", [TWITTER, XHOST])
def test_usage_cap_by_type_whatever_the_host(host: str) -> None:
    error = error_from_response(
        429,
        {
            "title": "UsageCapExceeded",
            "detail": "Usage cap exceeded: Monthly product cap",
            "type": host + "usage-capped",
            "period": "Monthly",
        },
    )
    assert type(error) is mt.UsageCapError
    assert "will not help" in str(error)


def test_rate_limit_shapes() -> None:
    reset = datetime(2026, 1, 1, tzinfo=UTC)
    blank = error_from_response(
        429, {"title": "Too Many Requests", "type": "about:blank", "status": 429}, reset_at=reset
    )
    assert type(blank) is mt.RateLimitError
    assert blank.reset_at == reset
    v11 = error_from_response(429, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]})
    assert type(v11) is mt.RateLimitError
    assert "Rate limit exceeded" in str(v11)


def test_validation_error_keeps_parameter_messages() -> None:
    body = {
        "errors": [
            {"parameters": {"text": ["too long"]}, "message": "text is 300 characters"},
            {"parameters": {"poll.options": ["x"]}, "message": "too many options"},
        ],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": TWITTER + "invalid-request",
    }
    error = error_from_response(400, body)
    assert isinstance(error, mt.ApiValidationError)
    assert isinstance(error, ValueError)
    assert error.parameter_errors == {
        "text": ("text is 300 characters",),
        "poll.options": ("too many options",),
    }


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (
            401,
            {
                "title": "Unauthorized",
                "type": "about:blank",
                "status": 401,
                "detail": "Unauthorized",
            },
            mt.AuthError,
        ),
        (
            403,
            {
                "detail": "You are not allowed to create a Tweet with duplicate content.",
                "type": "about:blank",
                "title": "Forbidden",
                "status": 403,
            },
            mt.DuplicatePostError,
        ),
        (
            403,
            {
                "title": "Unsupported Authentication",
                "type": XHOST + "unsupported-authentication",
                "status": 403,
                "detail": "...",
            },
            mt.ForbiddenError,
        ),
        (
            404,
            {"title": "Not Found Error", "type": TWITTER + "resource-not-found"},
            mt.NotFoundError,
        ),
        (503, "<html><body>Over capacity</body></html>", mt.ServerError),
        (502, None, mt.ServerError),
        (418, {}, mt.ApiError),
    ],
)
def test_status_and_type_mapping(status: int, body: Any, kind: type[mt.ApiError]) -> None:
    error = error_from_response(status, body)
    assert type(error) is kind
    assert error.status == status
    assert isinstance(error, mt.MedtweetError)


def test_not_visible_yet_is_recognised() -> None:
    error = error_from_response(
        403,
        {
            "title": "Forbidden",
            "type": "about:blank",
            "detail": "You attempted to reply to a Tweet that is deleted or not visible to you.",
        },
    )
    assert is_not_visible_yet(error)
    assert not is_not_visible_yet(error_from_response(403, {"detail": "duplicate content"}))


def test_problem_suffix() -> None:
    assert problem_suffix(TWITTER + "usage-capped") == "usage-capped"
    assert problem_suffix("about:blank") is None
    assert problem_suffix(None) is None


# -- payloads ------------------------------------------------------------------------------


def test_payload_shapes() -> None:
    assert build_payload("hi") == {"text": "hi"}
    assert build_payload("re", reply_to="12", reply_settings="following") == {
        "text": "re",
        "reply": {"in_reply_to_tweet_id": "12"},
        "reply_settings": "following",
    }
    assert build_payload("", media_ids=["5"]) == {"text": "", "media": {"media_ids": ["5"]}}


def test_payload_collects_every_problem() -> None:
    with pytest.raises(mt.ValidationError) as info:
        build_payload(
            "x",
            reply_to="abc",
            poll={"options": ["a", "b"], "duration_minutes": 5},
            media_ids=["1"] * 5,
            reply_settings="everyone",
        )
    assert len(info.value.problems) == 4
    with pytest.raises(TypeError, match="text"):
        build_payload(b"x")  # type: ignore[arg-type]


# -- journal -------------------------------------------------------------------------------


def test_journal_round_trip_and_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "thread.journal.json"
    book = Journal.open(path, fingerprint="f1", count=3)
    assert not path.exists()
    book.user_id = "7"
    book.mark_sending(0, datetime(2026, 1, 1, tzinfo=UTC))
    book.mark_posted(0, "100")
    book.mark_sending(1, datetime(2026, 1, 1, tzinfo=UTC))
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left
    again = Journal.open(path, fingerprint="f1", count=3)
    assert again.ids == ("100",)
    assert [s.state for s in again.steps] == ["posted", "sending", "pending"]
    assert again.steps[1].attempts == 1
    assert again.user_id == "7"
    raw = json.loads(path.read_text())
    assert raw["format"] == "medtweet-journal"


def test_journal_of_another_thread_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    Journal.open(path, fingerprint="f1", count=2).save()
    with pytest.raises(ValueError, match="another thread"):
        Journal.open(path, fingerprint="f2", count=2)
    path.write_text("{not json")
    with pytest.raises(ValueError, match="not a readable"):
        Journal.open(path, fingerprint="f1", count=2)


# -- the gate ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FakeFinding:
    path: str
    message: str
    rule: str
    text: str = ""
    blocking: bool = True
    kind: str = "limit"


def test_gate_blocks_and_acknowledges_phi_one_by_one() -> None:
    mrn = FakeFinding(
        path="posts[1].text",
        message="looks like an MRN",
        rule="mrn",
        text="MRN 1234567",
        kind="phi",
    )
    date = FakeFinding(path="posts[2].text", message="a date", rule="date", text="3/4", kind="phi")
    warn = FakeFinding(path="posts[0].text", message="no hashtag", rule="style", blocking=False)
    with pytest.raises(mt.BlockedError) as info:
        gate([mrn, date, warn], ())
    assert info.value.findings == (mrn, date)
    assert finding_key(mrn) in str(info.value)
    assert "MRN 1234567" not in finding_key(mrn)
    with pytest.raises(mt.BlockedError) as info:
        gate([mrn, date, warn], [mrn])
    assert info.value.findings == (date,)
    gate([mrn, date, warn], [mrn, finding_key(date)])


def test_gate_never_passes_non_phi_blocking_findings() -> None:
    long = FakeFinding(path="posts[0].text", message="301 > 280", rule="length")
    with pytest.raises(mt.BlockedError, match="fix these first"):
        gate([long], [long, finding_key(long)])


def test_finding_key_is_stable_and_text_sensitive() -> None:
    a = FakeFinding(path="p", message="m", rule="r", text="one", kind="phi")
    assert finding_key(a) == finding_key(attrs.evolve(a))
    assert finding_key(a) != finding_key(attrs.evolve(a, text="two"))


def test_auth_from_env() -> None:
    from medtweet.x import auth_from_env

    assert auth_from_env({"MEDTWEET_X_BEARER_TOKEN": "b"}) == mt.AppAuth("b")
    user = auth_from_env(
        {
            "MEDTWEET_X_ACCESS_TOKEN": "a",
            "MEDTWEET_X_REFRESH_TOKEN": "r",
            "MEDTWEET_X_CLIENT_ID": "c",
            "MEDTWEET_X_SCOPES": "tweet.read tweet.write",
        }
    )
    assert isinstance(user, mt.OAuth2UserAuth)
    assert user.can_refresh
    assert user.scopes == frozenset({"tweet.read", "tweet.write"})
    one = auth_from_env(
        {
            "MEDTWEET_X_CONSUMER_KEY": "k",
            "MEDTWEET_X_CONSUMER_SECRET": "s",
            "MEDTWEET_X_ACCESS_TOKEN": "a",
            "MEDTWEET_X_ACCESS_TOKEN_SECRET": "t",
        }
    )
    assert isinstance(one, mt.OAuth1UserAuth)
    with pytest.raises(mt.UnsupportedAuthError, match="MEDTWEET_X_BEARER_TOKEN"):
        auth_from_env({})


def test_oauth1_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "requests_oauthlib", None)
    auth = mt.OAuth1UserAuth(
        consumer_key="k", consumer_secret="s", access_token="a", access_token_secret="t"
    )
    with pytest.raises(ImportError, match=r"medtweet\[oauth1\]"):
        auth.requests_auth()
