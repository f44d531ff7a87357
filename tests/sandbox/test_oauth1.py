"""The sandbox checks OAuth 1.0a signatures like X: HMAC-SHA1 over RFC 5849's base string."""

from __future__ import annotations

import time

import pytest
import requests

from medtweet.sandbox import SandboxServer
from medtweet.sandbox._oauth1 import signature

requests_oauthlib = pytest.importorskip("requests_oauthlib")

# The worked example of X's "Creating a signature" guide.
GUIDE = {
    "oauth_consumer_key": "xvz1evFS4wEEPTGEFPHBog",
    "oauth_nonce": "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
    "oauth_signature_method": "HMAC-SHA1",
    "oauth_timestamp": "1318622958",
    "oauth_token": "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
    "oauth_version": "1.0",
}


def test_the_published_worked_example() -> None:
    got = signature(
        method="POST",
        host="api.twitter.com",
        path="/1.1/statuses/update.json",
        query=[("include_entities", "true")],
        oauth=GUIDE,
        form=b"status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21",
        consumer_secret="kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",  # noqa: S106
        token_secret="LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",  # noqa: S106
        scheme="https",
    )
    assert got == "hCtSmYh+iHYCEqBWrE7C7hYmtUk="


def _signer(sb: SandboxServer, **changes: str) -> requests.auth.AuthBase:
    creds = {**sb.oauth1, **changes}
    auth: requests.auth.AuthBase = requests_oauthlib.OAuth1(
        creds["consumer_key"],
        creds["consumer_secret"],
        creds["access_token"],
        creds["access_token_secret"],
    )
    return auth


def test_requests_signed_by_an_independent_client_pass(sb: SandboxServer) -> None:
    auth = _signer(sb)
    posted = requests.post(sb.base_url + "/2/tweets", json={"text": "signed"}, auth=auth, timeout=5)
    assert posted.status_code == 201
    query = {"query": "signed", "max_results": "10"}
    found = requests.get(
        sb.base_url + "/2/tweets/search/recent", params=query, auth=auth, timeout=5
    )
    assert found.status_code == 200
    assert found.json()["meta"]["result_count"] == 1


@pytest.mark.parametrize("secret", ["consumer_secret", "access_token_secret"])
def test_a_signature_made_with_a_wrong_secret_is_refused(sb: SandboxServer, secret: str) -> None:
    auth = _signer(sb, **{secret: "not-the-secret"})
    response = requests.get(sb.base_url + "/2/users/me", auth=auth, timeout=5)
    assert response.status_code == 401


def test_a_request_changed_after_signing_is_refused(sb: SandboxServer) -> None:
    signed = requests.Request(
        "GET",
        sb.base_url + "/2/tweets/search/recent",
        params={"query": "#AHA26"},
        auth=_signer(sb),
    ).prepare()
    assert signed.url is not None
    signed.url = signed.url.replace("AHA26", "ESC26")
    with requests.Session() as session:
        assert session.send(signed, timeout=5).status_code == 401


def test_a_replayed_request_is_refused(sb: SandboxServer) -> None:
    # the same signed request sent twice: the second reuses the nonce (RFC 5849 section 3.3)
    signed = requests.Request("GET", sb.base_url + "/2/users/me", auth=_signer(sb)).prepare()
    with requests.Session() as session:
        assert session.send(signed, timeout=5).status_code == 200
        assert session.send(signed, timeout=5).status_code == 401


@pytest.mark.parametrize("skew", [-3600, 3600])
def test_a_timestamp_far_from_the_clock_is_refused(sb: SandboxServer, skew: int) -> None:
    creds = sb.oauth1
    auth = requests_oauthlib.OAuth1(
        creds["consumer_key"],
        creds["consumer_secret"],
        creds["access_token"],
        creds["access_token_secret"],
        timestamp=str(int(time.time()) + skew),
    )
    response = requests.get(sb.base_url + "/2/users/me", auth=auth, timeout=5)
    assert response.status_code == 401
