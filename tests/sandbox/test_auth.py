"""Bearer vs user tokens, scopes, expiry, the token endpoints, OAuth 1.0a."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest
import requests

from medtweet.sandbox import SandboxServer

from .conftest import Client

UNAUTHORIZED = {
    "title": "Unauthorized",
    "type": "about:blank",
    "status": 401,
    "detail": "Unauthorized",
}


def _get(sb: SandboxServer, path: str, headers: dict[str, str]) -> requests.Response:
    return requests.get(sb.base_url + path, headers=headers, timeout=5)


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer "])
def test_missing_or_wrong_credentials_get_401(sb: SandboxServer, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = _get(sb, "/2/users/me", headers)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_app_token_cannot_post(app: Client) -> None:
    response = app.post("/2/tweets", json={"text": "hello"})
    assert response.status_code == 403
    assert response.json() == {
        "title": "Unsupported Authentication",
        "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this "
        "endpoint.  Supported authentication types are [OAuth 1.0a User Context, "
        "OAuth 2.0 User Context].",
        "type": "https://api.twitter.com/2/problems/unsupported-authentication",
        "status": 403,
    }


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("DELETE", "/2/tweets/1"),
        ("GET", "/2/users/me"),
        ("POST", "/2/media/upload"),
        ("POST", "/2/media/metadata"),
    ],
)
def test_app_token_is_refused_on_user_endpoints(app: Client, method: str, path: str) -> None:
    response = app.request(method, path, json={}, validate=False)
    assert response.status_code == 403
    assert response.json()["type"].endswith("/unsupported-authentication")


def test_app_token_reads(app: Client, user: Client) -> None:
    post_id = user.post("/2/tweets", json={"text": "readable"}).json()["data"]["id"]
    assert app.get(f"/2/tweets/{post_id}").json()["data"]["text"] == "readable"


def test_missing_scope_is_a_403(sb: SandboxServer) -> None:
    token, refresh = sb.issue_user_token(["tweet.read", "users.read"])
    assert refresh == ""
    client = Client(sb, token, None)
    response = client.post("/2/tweets", json={"text": "hi"})
    assert response.status_code == 403
    assert "tweet.write" in response.json()["detail"]
    assert client.get("/2/users/me").status_code == 200
    assert client.post("/2/media/metadata", json={"id": "1"}).status_code == 403


def test_issued_tokens_expire_after_two_hours(sb: SandboxServer) -> None:
    token, _ = sb.issue_user_token()
    headers = {"Authorization": f"Bearer {token}"}
    assert _get(sb, "/2/users/me", headers).status_code == 200
    sb.clock.advance(timedelta(hours=2))
    assert _get(sb, "/2/users/me", headers).json() == UNAUTHORIZED


def test_revoked_token_gets_401(sb: SandboxServer) -> None:
    token, _ = sb.issue_user_token()
    sb.revoke(token)
    assert _get(sb, "/2/users/me", {"Authorization": f"Bearer {token}"}).status_code == 401


def test_other_users_token_posts_as_that_user(sb: SandboxServer) -> None:
    token, _ = sb.issue_user_token(username="resident_two")
    client = Client(sb, token, None)
    me = client.get("/2/users/me").json()["data"]
    assert me["username"] == "resident_two"
    client.post("/2/tweets", json={"text": "hello from two"})
    assert sb.posts[-1].author_id == me["id"] != sb.user_id


def test_refresh_grant_rotates_tokens(sb: SandboxServer) -> None:
    url = sb.base_url + "/2/oauth2/token"
    form = {
        "grant_type": "refresh_token",
        "refresh_token": sb.refresh_token,
        "client_id": sb.client_id,
    }
    response = requests.post(url, data=form, timeout=5)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"  # noqa: S105 - a token type, not a secret
    assert body["expires_in"] == 7200
    assert set(body["scope"].split()) >= {"tweet.write", "offline.access"}
    assert body["refresh_token"] != sb.refresh_token
    new_headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert _get(sb, "/2/users/me", new_headers).status_code == 200
    again = requests.post(url, data=form, timeout=5)
    assert again.status_code == 400
    assert again.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the token was invalid.",
    }
    sb.clock.advance(7200)
    assert _get(sb, "/2/users/me", new_headers).status_code == 401


def test_refresh_with_basic_client_auth(sb: SandboxServer) -> None:
    basic = base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()
    response = requests.post(
        sb.base_url + "/2/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": sb.refresh_token},
        headers={"Authorization": f"Basic {basic}"},
        timeout=5,
    )
    assert response.status_code == 200


def test_token_endpoint_errors(sb: SandboxServer) -> None:
    url = sb.base_url + "/2/oauth2/token"
    wrong_client = requests.post(
        url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": sb.refresh_token,
            "client_id": "someone",
        },
        timeout=5,
    )
    assert wrong_client.status_code == 401
    grant = requests.post(
        url, data={"grant_type": "password", "client_id": sb.client_id}, timeout=5
    )
    assert grant.json()["error"] == "unsupported_grant_type"


def test_client_credentials_give_the_app_bearer(sb: SandboxServer) -> None:
    basic = base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()
    response = requests.post(
        sb.base_url + "/oauth2/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
        timeout=5,
    )
    assert response.json() == {"token_type": "bearer", "access_token": sb.app_token}


def test_oauth1_header_without_a_valid_signature_is_refused(sb: SandboxServer) -> None:
    creds = sb.oauth1
    header = (
        f'OAuth oauth_consumer_key="{creds["consumer_key"]}", '
        f'oauth_token="{creds["access_token"]}", oauth_signature_method="HMAC-SHA1", '
        'oauth_signature="unchecked"'
    )
    response = requests.post(
        sb.base_url + "/2/tweets",
        json={"text": "signed"},
        headers={"Authorization": header},
        timeout=5,
    )
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_tokens_differ_between_sandboxes() -> None:
    with SandboxServer() as one, SandboxServer() as two:
        assert one.user_token != two.user_token
        assert one.port != two.port
        response = _get(two, "/2/users/me", {"Authorization": f"Bearer {one.user_token}"})
        assert response.status_code == 401
