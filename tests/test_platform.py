"""Platform values: the documented limits, and Mastodon instances read from their JSON."""

from datetime import timedelta

import attrs
import pytest

import medtweet as mt
from medtweet import platform


def test_x_follows_twitter_text_v3() -> None:
    assert mt.X.max_length == 280
    assert mt.X.scale == 100
    assert mt.X.default_weight == 200
    assert mt.X.url_length == 23
    assert mt.X.emoji_parsing


def test_premium_only_changes_length() -> None:
    assert attrs.evolve(mt.X_PREMIUM, name="x", max_length=280) == mt.X


def test_older_configs() -> None:
    assert platform.TWITTER_TEXT_V1.max_length == 140
    assert platform.TWITTER_TEXT_V1.ranges == ()
    assert not platform.TWITTER_TEXT_V2.emoji_parsing


def test_bluesky_has_no_polls() -> None:
    assert mt.BLUESKY.poll is None
    assert mt.BLUESKY.max_bytes == 3000


def test_mastodon_instance() -> None:
    instance = {
        "domain": "med.example",
        "configuration": {
            "statuses": {
                "max_characters": 1000,
                "characters_reserved_per_url": 30,
                "max_media_attachments": 6,
            },
            "polls": {
                "max_options": 6,
                "max_characters_per_option": 100,
                "min_expiration": 300,
                "max_expiration": 2629746,
            },
        },
    }
    built = mt.Platform.from_mastodon_instance(instance)
    assert built.name == "mastodon:med.example"
    assert (built.max_length, built.url_length, built.max_media) == (1000, 30, 6)
    assert built.poll is not None
    assert built.poll.max_options == 6
    assert built.poll.max_duration == timedelta(seconds=2629746)


def test_mastodon_instance_defaults() -> None:
    assert mt.Platform.from_mastodon_instance({}) == mt.MASTODON


def test_platforms_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mt.X.max_length = 10  # type: ignore[misc]
