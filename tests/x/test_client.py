"""XClient against the sandbox over loopback: auth, reads, posting, media, polls, errors,
rate limits and token hygiene. Every JSON body sent is validated against the spec."""

# ruff: noqa: S106

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest

import medtweet as mt
from medtweet.sandbox import SandboxServer

Make = Callable[..., mt.XClient]

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@attrs.frozen
class P:
    """A minimal post for the thread stand-in."""

    text: str
    media: tuple[Any, ...] = ()
    poll: Any = None


@attrs.frozen
class T:
    """A minimal thread: posts and no findings."""

    posts: tuple[P, ...]
    findings: tuple[Any, ...] = ()

    def check(self) -> tuple[Any, ...]:
        return self.findings


def thread(*texts: str) -> T:
    return T(tuple(P(t) for t in texts))


def live(sb: SandboxServer) -> list[Any]:
    return [p for p in sb.posts if not p.deleted]


# -- auth and reads ------------------------------------------------------------------------


def test_me(client: mt.XClient, sb: SandboxServer) -> None:
    me = client.me()
    assert me.id
    assert me.username


def test_post_and_read_back(
    make: Make, client: mt.XClient, sb: SandboxServer, recorder: Any
) -> None:
    created = client.post("Hello from medtweet")
    assert created.url.endswith(f"/status/{created.id}")
    assert [p.text for p in live(sb)] == ["Hello from medtweet"]
    reader = make(recorder, auth=sb.app_token)
    found = reader.get_posts([created.id, "1"])
    assert [d["id"] for d in found.data] == [created.id]
    assert found.errors, "the missing id must come back as a partial error"
    assert recorder.checked >= 1


def test_app_token_cannot_post(make: Make, sb: SandboxServer) -> None:
    client = make(auth=sb.app_token)
    with pytest.raises(mt.UnsupportedAuthError, match="user-context"):
        client.post("nope")
    assert sb.posts == ()


def test_wrong_token_is_an_auth_error(make: Make, sb: SandboxServer) -> None:
    client = make(auth=mt.OAuth2UserAuth(access_token="wrong-token-value"))
    with pytest.raises(mt.AuthError) as info:
        client.me()
    assert info.value.status == 401
    assert "wrong-token-value" not in str(info.value)


def test_oauth2_refresh_when_expired(make: Make, sb: SandboxServer) -> None:
    saved: list[mt.OAuth2UserAuth] = []
    auth = mt.OAuth2UserAuth(
        access_token="expired-token",
        refresh_token=sb.refresh_token,
        client_id=sb.client_id,
        expires_at=sb.clock.now() - timedelta(minutes=5),
        on_refresh=saved.append,
    )
    client = make(auth=auth)
    assert client.me().id
    assert len(saved) == 1
    assert isinstance(client.auth, mt.OAuth2UserAuth)
    assert client.auth.access_token not in {"expired-token", ""}
    assert client.auth.expires_at is not None
    assert client.auth.expires_at > sb.clock.now()


def test_oauth2_refresh_after_a_401(make: Make, sb: SandboxServer) -> None:
    auth = mt.OAuth2UserAuth(
        access_token="revoked", refresh_token=sb.refresh_token, client_id=sb.client_id
    )
    client = make(auth=auth)
    assert client.post("after refresh").id


def test_oauth1_user_context(make: Make, sb: SandboxServer) -> None:
    pytest.importorskip("requests_oauthlib")
    auth = mt.OAuth1UserAuth(**sb.oauth1)
    client = make(auth=auth)
    assert client.post("signed with OAuth 1.0a").id


# -- errors --------------------------------------------------------------------------------


def test_duplicate_post(client: mt.XClient, sb: SandboxServer) -> None:
    client.post("same text")
    with pytest.raises(mt.DuplicatePostError):
        client.post("same text")


def test_too_long_is_refused_before_the_network(client: mt.XClient, recorder: Any) -> None:
    with pytest.raises(mt.ValidationError, match="allows 280"):
        client.post("x" * 300)
    assert recorder.sent == []


def test_validation_error_from_the_server(client: mt.XClient) -> None:
    # Past the local checks (through the raw request method), X's 400 keeps its messages.
    with pytest.raises(mt.ApiValidationError) as info:
        client._call("POST", "/2/tweets", json={"text": "x" * 300}, need="user")
    assert info.value.parameter_errors


def test_not_found(client: mt.XClient) -> None:
    with pytest.raises(mt.NotFoundError):
        client.poll_results("12345")


def test_get_retries_5xx_and_html(client: mt.XClient, sb: SandboxServer) -> None:
    sb.faults.add("GET /2/users/me", "server_error")
    sb.faults.add("GET /2/users/me", "html_503")
    before = sb.clock.now()
    assert client.me().id
    assert sb.clock.now() > before  # backed off through the injected sleep


def test_get_gives_up_after_the_attempts(make: Make, sb: SandboxServer) -> None:
    client = make(retry=mt.x.RetryPolicy(attempts=2))
    sb.faults.add("GET /2/users/me", "unavailable", times=None)
    with pytest.raises(mt.ServerError) as info:
        client.me()
    assert info.value.status == 503


def test_post_is_not_retried_on_5xx(client: mt.XClient, sb: SandboxServer) -> None:
    sb.faults.add("POST /2/tweets", "server_error")
    with pytest.raises(mt.ServerError):
        client.post("once")
    assert live(sb) == []


def test_timeout_is_a_transport_error(make: Make, sb: SandboxServer) -> None:
    client = make(timeout=(1, 0.2))
    sb.faults.add("POST /2/tweets", "slow", delay=0.6)
    with pytest.raises(mt.TransportError):
        client.post("slow one")


def test_reply_restriction_is_explained(client: mt.XClient, sb: SandboxServer) -> None:
    sb.faults.add("POST /2/tweets", "reply_restricted", only_replies=True)
    with pytest.raises(mt.ForbiddenError, match="reply restriction"):
        client.post_thread(thread("one", "two"))


# -- rate limits ---------------------------------------------------------------------------


def test_rate_limits_are_parsed(client: mt.XClient) -> None:
    client.post("counting")
    limits = client.rate_limits["POST /2/tweets"]
    assert limits.window is not None
    assert limits.window.limit is not None
    assert limits.window.remaining is not None
    assert limits.window.reset_at is not None
    assert limits.user_24h is not None
    assert limits.app_24h is not None
    assert limits.user_24h.remaining is not None


def test_wait_policy_sleeps_until_reset(client: mt.XClient, sb: SandboxServer) -> None:
    sb.faults.add("GET /2/users/me", "rate_limit")
    before = sb.clock.now()
    assert client.me().id
    assert sb.clock.now() > before


def test_raise_policy(make: Make, sb: SandboxServer) -> None:
    client = make(on_rate_limit="raise")
    sb.faults.add("GET /2/users/me", "rate_limit")
    with pytest.raises(mt.RateLimitError) as info:
        client.me()
    assert info.value.reset_at is not None


def test_callback_policy(make: Make, sb: SandboxServer) -> None:
    seen: list[mt.RateLimitError] = []

    def policy(error: mt.RateLimitError) -> float:
        seen.append(error)
        return 1.0

    client = make(on_rate_limit=policy)
    sb.faults.add("POST /2/tweets", "rate_limit")
    assert client.post("after the callback").id
    assert len(seen) == 1
    assert len(live(sb)) == 1


def test_usage_cap_never_sleeps(make: Make, sb: SandboxServer) -> None:
    slept: list[float] = []
    client = make(sleep=slept.append)
    sb.faults.add("POST /2/tweets", "usage_cap")
    with pytest.raises(mt.UsageCapError):
        client.post("capped")
    assert slept == []


# -- media and polls -----------------------------------------------------------------------


def test_one_shot_upload_with_alt_text(
    client: mt.XClient, sb: SandboxServer, recorder: Any
) -> None:
    media_id = client.upload_media(PNG, alt_text="A chest X-ray, no identifiers")
    created = client.post("with an image", media=[media_id])
    assert live(sb)[0].media_ids == (media_id,)
    assert created.id
    paths = [path for _, path, _ in recorder.sent]
    assert "/2/media/upload" in paths
    assert "/2/media/metadata" in paths


def test_chunked_upload(client: mt.XClient, sb: SandboxServer, recorder: Any) -> None:
    media_id = client.upload_media(PNG * 4, alt_text="chunked", chunk_size=100)
    paths = [path for _, path, _ in recorder.sent]
    assert "/2/media/upload/initialize" in paths
    assert sum(p.endswith("/append") for p in paths) == 3
    assert client.post("chunked image", media=[media_id]).id


def test_alt_text_limit_is_checked_before_upload(client: mt.XClient, recorder: Any) -> None:
    with pytest.raises(mt.ValidationError, match="alt text"):
        client.upload_media(PNG, alt_text="x" * 1001)
    assert recorder.sent == []


def test_poll_post_and_results(client: mt.XClient, sb: SandboxServer) -> None:
    poll = mt.Poll(["Aspirin", "Clopidogrel"], duration=60)
    created = client.post("Which one?", poll=poll)
    results = client.poll_results(created.id)
    assert isinstance(results, mt.PollResults)
    assert results.labels == ("Aspirin", "Clopidogrel")
    assert not results.closed


# -- threads -------------------------------------------------------------------------------


def test_post_thread_chains_replies(client: mt.XClient, sb: SandboxServer, recorder: Any) -> None:
    posted = client.post_thread(thread("1/3 root", "2/3 middle", "3/3 end"))
    stored = live(sb)
    assert [p.text for p in stored] == ["1/3 root", "2/3 middle", "3/3 end"]
    assert posted.ids == tuple(p.id for p in stored)
    assert stored[0].in_reply_to_id is None
    assert stored[1].in_reply_to_id == stored[0].id
    assert stored[2].in_reply_to_id == stored[1].id
    assert len(posted.urls) == 3
    assert posted.cost is not None
    assert posted.cost.posts == 3
    assert recorder.checked >= 3


def test_post_thread_with_media_uploads_just_in_time(
    client: mt.XClient, sb: SandboxServer, recorder: Any
) -> None:
    @attrs.frozen
    class Img:
        data: bytes
        alt_text: str

    t = T((P("root"), P("image", media=(Img(PNG, "an ECG strip"),))))
    client.post_thread(t)
    order = [path for _, path, _ in recorder.sent if path.startswith(("/2/tweets", "/2/media"))]
    assert order.index("/2/media/upload") > order.index("/2/tweets")
    assert live(sb)[1].media_ids


def test_dry_run_and_cost(client: mt.XClient, sb: SandboxServer, recorder: Any) -> None:
    t = thread("see https://example.org/guideline", "no link here")
    result = client.post_thread(t, dry_run=True)
    assert result.dry_run
    assert result.ids == ()
    assert result.cost is not None
    assert result.cost.url_posts == 1
    assert str(result.cost.total) == "0.215"
    assert recorder.sent == []


def test_confirm_can_cancel(client: mt.XClient, sb: SandboxServer) -> None:
    seen: list[mt.CostEstimate] = []

    def no(cost: mt.CostEstimate) -> bool:
        seen.append(cost)
        return False

    assert client.post_thread(thread("a", "b"), confirm=no).dry_run
    assert live(sb) == []
    assert seen[0].posts == 2


def test_blocking_findings_stop_before_the_network(make: Make, sb: SandboxServer) -> None:
    @attrs.frozen(kw_only=True)
    class F:
        path: str = "posts[0].text"
        message: str = "looks like a medical record number"
        rule: str = "mrn"
        text: str = "MRN 123"
        kind: str = "phi"
        blocking: bool = True

    client = make(auth=sb.app_token)  # would fail anyway: the gate comes first
    t = T((P("MRN 123"),), findings=(F(),))
    with pytest.raises(mt.BlockedError) as info:
        client.post_thread(t)
    assert info.value.findings == (F(),)


def test_not_visible_yet_is_retried(client: mt.XClient, sb: SandboxServer) -> None:
    sb.faults.add("POST /2/tweets", "not_visible", only_replies=True, times=2)
    posted = client.post_thread(thread("root", "reply"))
    assert len(posted.ids) == 2
    assert [p.text for p in live(sb)] == ["root", "reply"]


def test_dropped_connection_after_store_is_not_reposted(
    client: mt.XClient, sb: SandboxServer
) -> None:
    sb.faults.add("POST /2/tweets", "drop_after_store", skip=1)
    posted = client.post_thread(thread("one", "two", "three"))
    assert [p.text for p in live(sb)] == ["one", "two", "three"]
    assert posted.ids == tuple(p.id for p in live(sb))


def test_delete_thread_in_reverse(client: mt.XClient, sb: SandboxServer, recorder: Any) -> None:
    posted = client.post_thread(thread("a1", "a2", "a3"))
    deleted = client.delete_thread(posted)
    assert deleted == tuple(reversed(posted.ids))
    assert live(sb) == []
    deletes = [path for method, path, _ in recorder.sent if method == "DELETE"]
    assert deletes == [f"/2/tweets/{i}" for i in reversed(posted.ids)]
    assert client.delete_thread(posted) == ()


# -- tokens never leak ---------------------------------------------------------------------


def test_tokens_never_in_repr_logs_or_errors(
    make: Make, sb: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    auth = mt.OAuth2UserAuth(
        access_token=sb.user_token, refresh_token=sb.refresh_token, client_id=sb.client_id
    )
    client = make(auth=auth)
    secrets = {sb.user_token, sb.refresh_token, sb.app_token}
    texts = [repr(client), repr(auth)]
    sb.faults.add("GET /2/users/me", "unavailable", times=None)
    sb.faults.add("POST /2/tweets", "usage_cap")
    for call in (client.me, lambda: client.post("x")):
        with pytest.raises(mt.MedtweetError) as info:
            call()
        texts += [str(info.value), repr(info.value)]
    bad = make(auth=mt.OAuth2UserAuth(access_token="leaky-secret-123"))
    with pytest.raises(mt.AuthError) as info2:
        bad.me()
    texts.append(str(info2.value))
    texts += [record.getMessage() for record in caplog.records]
    joined = "\n".join(texts)
    for secret in [*secrets, "leaky-secret-123"]:
        assert secret not in joined


def test_quote_and_reply_settings(client: mt.XClient, sb: SandboxServer) -> None:
    original = client.post("A paper worth reading")
    quoting = client.post("Agree with this", quote=original.id, reply_settings="following")
    stored = sb.post(quoting.id)
    assert stored.quote_id == original.id
    assert stored.reply_settings == "following"


def test_2026_dialect_resumes_too(make: Make, sb: SandboxServer, recorder: Any) -> None:
    client = make(dialect="2026")
    sb.faults.add("POST /2/tweets", "drop_after_store", skip=1)
    posted = client.post_thread(thread("d1", "d2", "d3"))
    assert [p.text for p in live(sb)] == ["d1", "d2", "d3"]
    assert posted.ids == tuple(p.id for p in live(sb))
    lookups = [p for m, p, _ in recorder.sent if m == "GET" and p.endswith("/tweets")]
    assert lookups, "the unsure post was looked up on the timeline"


def test_media_scope_is_checked_before_the_network(
    make: Make, recorder: Any, sb: SandboxServer
) -> None:
    token, _ = sb.issue_user_token(["tweet.read", "tweet.write", "users.read"])
    client = make(auth=mt.OAuth2UserAuth(access_token=token, scopes="tweet.read tweet.write"))
    with pytest.raises(mt.UnsupportedAuthError, match=r"media\.write"):
        client.upload_media(PNG)
    assert recorder.sent == []


def test_the_sandbox_refuses_a_missing_scope_too(make: Make, sb: SandboxServer) -> None:
    # Without scopes= the client cannot know; X (and the sandbox) answer 403.
    token, _ = sb.issue_user_token(["tweet.read", "users.read"])
    client = make(auth=mt.OAuth2UserAuth(access_token=token))
    with pytest.raises(mt.ForbiddenError):
        client.post("no write scope")
    assert live(sb) == []


def test_delete_a_half_posted_thread_from_its_journal(
    client: mt.XClient, sb: SandboxServer, tmp_path: Path
) -> None:
    journal = tmp_path / "half.json"
    sb.faults.add("POST /2/tweets", "reply_restricted", skip=2)
    with pytest.raises(mt.ForbiddenError):
        client.post_thread(thread("h1", "h2", "h3", "h4"), journal=journal)
    assert [p.text for p in live(sb)] == ["h1", "h2"]
    deleted = client.delete_thread(journal)
    assert len(deleted) == 2
    assert live(sb) == []
    posted = client.post_thread(thread("h1", "h2", "h3", "h4"), journal=journal)
    assert [p.text for p in live(sb)] == ["h1", "h2", "h3", "h4"]
    assert posted.complete
    with pytest.raises(TypeError):
        client.delete_thread("123")


def test_confidential_client_refresh_uses_basic_auth(make: Make, sb: SandboxServer) -> None:
    auth = mt.OAuth2UserAuth(
        access_token="expired",
        refresh_token=sb.refresh_token,
        client_id=sb.client_id,
        client_secret=sb.client_secret,
        expires_at=sb.clock.now() - timedelta(seconds=1),
    )
    client = make(auth=auth)
    assert client.me().id
    assert client.auth != auth
    assert sb.client_secret not in repr(client.auth)


def test_failed_refresh_is_an_auth_error_without_secrets(make: Make, sb: SandboxServer) -> None:
    auth = mt.OAuth2UserAuth(
        access_token="expired-access",
        refresh_token="spent-refresh-token",
        client_id=sb.client_id,
        expires_at=sb.clock.now() - timedelta(seconds=1),
    )
    client = make(auth=auth)
    with pytest.raises(mt.AuthError, match="Authorize the app again") as info:
        client.me()
    assert "spent-refresh-token" not in str(info.value)
    assert "expired-access" not in str(info.value)


def test_get_posts_as_xposts(client: mt.XClient, sb: SandboxServer) -> None:
    created = client.post("Lookup me #MedEd")
    found = client.get_posts([created.id], fields=["created_at", "entities", "author_id"])
    (post,) = found.posts
    assert isinstance(post, mt.XPost)
    assert post.id == created.id
    assert post.text == "Lookup me #MedEd"


def test_from_env(sb: SandboxServer) -> None:
    env = {"MEDTWEET_X_ACCESS_TOKEN": sb.user_token, "MEDTWEET_X_BASE_URL": sb.base_url}
    client = mt.XClient.from_env(env, clock=sb.clock.now)
    assert client.base_url == sb.base_url
    assert client.me().id
    assert mt.XClient.from_env({"MEDTWEET_X_BEARER_TOKEN": "b"}).base_url == "https://api.x.com"


def test_client_is_a_context_manager(sb: SandboxServer) -> None:
    with mt.XClient(mt.OAuth2UserAuth(access_token=sb.user_token), base_url=sb.base_url) as c:
        assert c.me().id


def test_wait_policy_refuses_absurd_waits(make: Make, sb: SandboxServer) -> None:
    slept: list[float] = []
    client = make(retry=mt.x.RetryPolicy(max_rate_limit_wait=10), sleep=slept.append)
    sb.faults.add("GET /2/users/me", "rate_limit")
    with pytest.raises(mt.RateLimitError, match="max_rate_limit_wait"):
        client.me()
    assert slept == []


def test_real_window_exhaustion_is_waited_out(make: Make, sb: SandboxServer) -> None:
    sb.rate_limits.set_limit("create_post", user=2)
    client = make()
    before = sb.clock.now()
    for i in range(3):
        client.post(f"window post {i}")
    assert len(live(sb)) == 3
    assert sb.clock.now() - before >= timedelta(minutes=1)


MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 300


def test_video_waits_for_processing(client: mt.XClient, sb: SandboxServer, recorder: Any) -> None:
    before = sb.clock.now()
    media_id = client.upload_media(MP4, alt_text="Echo loop", chunk_size=128)
    statuses = [p for m, p, _ in recorder.sent if m == "GET" and p == "/2/media/upload"]
    assert statuses, "the client asked for the processing status"
    assert sb.clock.now() > before  # waited check_after_secs on the injected sleep
    assert client.post("Echo of the week", media=[media_id]).id


def test_failed_processing_is_an_error(make: Make, sb: SandboxServer, recorder: Any) -> None:
    def fail_then_advance(seconds: float) -> None:
        finalize = [p for _, p, _ in recorder.sent if p.endswith("/finalize")]
        sb.fail_media_processing(finalize[-1].split("/")[-2])
        sb.clock.advance(seconds)

    client = make(sleep=fail_then_advance)
    with pytest.raises(mt.ApiError, match="could not process"):
        client.upload_media(MP4, chunk_size=128)
