"""Which API a command talks to, and with which credentials (``MEDTWEET_X_*`` variables)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping

from medtweet._cli._io import UsageError
from medtweet._errors import UnsupportedAuthError
from medtweet.x import XClient, auth_from_env
from medtweet.x._auth import ENV_PREFIX

__all__ = ["ENV_VARIABLES", "add_connection_args", "make_client"]

X_API = "https://api.x.com"

ENV_VARIABLES = (
    ("BEARER_TOKEN", "app-only bearer token: search, counts, poll results (read-only)"),
    ("ACCESS_TOKEN", "OAuth 2.0 user access token (posting needs tweet.write, media.write)"),
    ("REFRESH_TOKEN", "OAuth 2.0 refresh token (offline.access), to renew the access token"),
    ("CLIENT_ID", "OAuth 2.0 client id, needed to refresh"),
    ("CLIENT_SECRET", "OAuth 2.0 client secret (confidential clients)"),
    ("SCOPES", "the access token's scopes, space-separated (checked before any request)"),
    ("CONSUMER_KEY", "OAuth 1.0a consumer key (with the three below; extra medtweet[oauth1])"),
    ("CONSUMER_SECRET", "OAuth 1.0a consumer secret"),
    ("ACCESS_TOKEN_SECRET", "OAuth 1.0a access token secret (with MEDTWEET_X_ACCESS_TOKEN)"),
)
"""The credential variables (without the ``MEDTWEET_X_`` prefix), as the client reads them."""

_NO_CREDENTIALS = (
    "no X credentials: set MEDTWEET_X_ACCESS_TOKEN (posting) or MEDTWEET_X_BEARER_TOKEN "
    "(reading); to try offline, run `medtweet sandbox` and use the URL and token it prints "
    "with --sandbox URL"
)


def add_connection_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--sandbox URL`` to a command that talks to the API."""
    parser.add_argument(
        "--sandbox",
        metavar="URL",
        help="talk to a medtweet sandbox at URL (from `medtweet sandbox`) instead of X; "
        "credentials still come from the MEDTWEET_X_* variables it prints",
    )


def make_client(
    args: argparse.Namespace,
    *,
    environ: Mapping[str, str] | None = None,
    offline_ok: bool = False,
) -> XClient:
    """The client for ``args``: X or ``--sandbox URL``, credentials from the environment.

    Args:
        args: parsed arguments (``sandbox``).
        environ: the environment (default ``os.environ``).
        offline_ok: no request will be made (a dry run): missing credentials are fine.

    Raises:
        UsageError: no credentials, or a malformed ``--sandbox`` URL.
    """
    env = os.environ if environ is None else environ
    base_url = X_API
    sandbox = getattr(args, "sandbox", None)
    if sandbox:
        if not sandbox.startswith(("http://", "https://")):
            raise UsageError(
                f"--sandbox needs a URL such as http://127.0.0.1:8000, not {sandbox!r}"
            )
        base_url = sandbox
    try:
        auth = auth_from_env(env)
    except UnsupportedAuthError:
        if offline_ok:
            return XClient("dry-run-without-credentials", base_url=base_url)
        raise UsageError(_NO_CREDENTIALS) from None
    return XClient(auth, base_url=base_url)


def env_name(short: str) -> str:
    """``"ACCESS_TOKEN"`` → ``"MEDTWEET_X_ACCESS_TOKEN"``."""
    return ENV_PREFIX + short
