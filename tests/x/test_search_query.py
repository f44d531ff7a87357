"""Query: rendering, quoting, combining, validation and tier limits."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medtweet as mt
from medtweet.x._query import check_query, query_limit


def test_conference_query_renders_exactly() -> None:
    q = mt.Query().hashtags("AHA25", "#AHA2025").exclude_retweets().lang("en")
    assert str(q) == "(#AHA25 OR #AHA2025) -is:retweet lang:en"
    assert len(q) == len(str(q))


def test_builders_return_new_queries_and_values_are_frozen() -> None:
    base = mt.Query().hashtags("cardiotwitter")
    narrowed = base.has("links")
    assert str(base) == "#cardiotwitter"
    assert str(narrowed) == "#cardiotwitter has:links"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        base._root = None  # type: ignore[misc]


def test_all_operators() -> None:
    q = (
        mt.Query()
        .hashtags("medtwitter", "tweetiatricians", match="all")
        .keywords("heart", "failure")
        .phrase("ejection fraction")
        .from_("drjane", "@drjoe")
        .to("nejm")
        .mentions("ACCinTouch")
        .is_("reply")
        .is_("quote", negate=True)
        .has("media")
        .conversation("1234567890")
        .url("nejm.org")
        .without("spam")
        .lang("EN")
    )
    assert str(q) == (
        '#medtwitter #tweetiatricians heart failure "ejection fraction" (from:drjane OR '
        "from:drjoe) to:nejm @ACCinTouch is:reply -is:quote has:media conversation_id:1234567890 "
        "url:nejm.org -spam lang:en"
    )


def test_any_keywords_and_or_grouping() -> None:
    hf = mt.Query().keywords("HFpEF", "HFrEF", match="any")
    assert str(hf) == "HFpEF OR HFrEF"
    combined = mt.Query().hashtags("ESC25") & hf
    assert str(combined) == "#ESC25 (HFpEF OR HFrEF)"
    either = mt.Query().from_("a") | mt.Query().from_("b").is_("reply")
    assert str(either) == "from:a OR (from:b is:reply)"
    assert str(mt.Query.any_of(mt.Query().hashtags("x"), mt.Query().hashtags("y"))) == "#x OR #y"
    assert str(mt.Query.all_of(mt.Query().hashtags("x"), mt.Query().lang("en"))) == "#x lang:en"


def test_negating_a_group_is_pushed_down() -> None:
    q = mt.Query().hashtags("AHA25") & ~mt.Query().keywords("sponsored", "promo", match="any")
    assert str(q) == "#AHA25 -sponsored -promo"
    q2 = mt.Query().hashtags("AHA25") & ~mt.Query().keywords("a", "b")
    assert str(q2) == "#AHA25 (-a OR -b)"
    assert str(~~mt.Query().keywords("a", "b")) == "a b"


@pytest.mark.parametrize(
    ("word", "rendered"),
    [
        ("simple", "simple"),
        ("covid-19", "covid-19"),
        ("two words", '"two words"'),
        ("OR", '"OR"'),
        ("AND", '"AND"'),
        ("or", "or"),
        ("-minus", '"-minus"'),
        ("key:value", '"key:value"'),
        ("#tag", '"#tag"'),
        ("@user", '"@user"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("back\\slash x", '"back\\\\slash x"'),
        ("(paren)", '"(paren)"'),
        ("  spaced   out ", '"spaced out"'),
    ],
)
def test_keyword_quoting(word: str, rendered: str) -> None:
    assert str(mt.Query().keywords(word)) == rendered


def _tokens(query: str) -> list[str]:
    """A small reader for X's syntax: bare words and quoted phrases with backslash escapes."""
    out: list[str] = []
    i = 0
    while i < len(query):
        if query[i] == " ":
            i += 1
        elif query[i] == '"':
            i += 1
            buf = []
            while query[i] != '"':
                if query[i] == "\\":
                    i += 1
                buf.append(query[i])
                i += 1
            i += 1
            out.append("".join(buf))
        else:
            j = query.find(" ", i)
            j = len(query) if j < 0 else j
            out.append(query[i:j])
            i = j
    return out


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(min_size=1, max_size=20).filter(lambda s: s.split()), min_size=1, max_size=4)
)
def test_keywords_survive_rendering(words: list[str]) -> None:
    q = mt.Query().keywords(*words)
    assert _tokens(str(q)) == [" ".join(w.split()) for w in words]


def test_invalid_parts_are_all_reported() -> None:
    with pytest.raises(mt.QueryError) as caught:
        mt.Query().hashtags("ok", "123", "bad tag", "")
    assert len(caught.value.problems) == 3
    assert isinstance(caught.value, ValueError)
    with pytest.raises(mt.QueryError, match="not a valid X username"):
        mt.Query().from_("this_name_is_far_too_long")
    with pytest.raises(mt.QueryError, match="lang:english"):
        mt.Query().lang("english")
    with pytest.raises(mt.QueryError, match="is:retweets is unknown"):
        mt.Query().is_("retweets")
    with pytest.raises(mt.QueryError, match="has:pictures"):
        mt.Query().has("pictures")
    with pytest.raises(mt.QueryError, match="not a post id"):
        mt.Query().conversation("abc")
    with pytest.raises(mt.QueryError, match="match must be"):
        mt.Query().hashtags("x", match="some")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="keywords must be str"):
        mt.Query().keywords(3)  # type: ignore[arg-type]


def test_check_needs_a_standalone_positive_term() -> None:
    with pytest.raises(mt.QueryError, match="empty"):
        mt.Query().check()
    with pytest.raises(mt.QueryError, match="standalone"):
        mt.Query().lang("en").exclude_retweets().check()
    with pytest.raises(mt.QueryError, match="standalone"):
        (~mt.Query().hashtags("x")).check()
    with pytest.raises(mt.QueryError, match="standalone"):
        (mt.Query().hashtags("x") | mt.Query().has("links")).check()
    q = mt.Query().hashtags("x").lang("en")
    assert q.check() is q


def test_length_limits_per_tier_name_the_overflow() -> None:
    assert query_limit("basic") == 512
    assert query_limit("pro") == 1024
    assert query_limit("enterprise") == 4096
    tags = [f"tag{i:04d}" for i in range(60)]  # 60 * "#tag0000 OR " ~ 720 characters
    q = mt.Query().hashtags(*tags)
    with pytest.raises(mt.QueryError) as caught:
        q.check("basic")
    message = str(caught.value)
    assert f"{len(q)} characters" in message
    assert f"{len(q) - 512} over the 512-character limit of the basic tier" in message
    assert q.check("pro") is q
    with pytest.raises(mt.QueryError, match="unknown access tier"):
        q.check("gold")  # type: ignore[arg-type]


def test_check_query_accepts_strings() -> None:
    assert check_query("#AHA25 -is:retweet") == "#AHA25 -is:retweet"
    with pytest.raises(mt.QueryError, match="1 over"):
        check_query("x" * 513)
    with pytest.raises(TypeError):
        check_query(5)  # type: ignore[arg-type]


def test_tags_lists_positive_hashtags() -> None:
    q = mt.Query().hashtags("AHA25", "AHA2025") & ~mt.Query().hashtags("spam")
    assert q.tags == ("AHA25", "AHA2025")
    assert repr(mt.Query().hashtags("x")) == "Query('#x')"


def test_url_and_raw_operators() -> None:
    assert str(mt.Query().url("nejm.org")) == "url:nejm.org"
    assert str(mt.Query().url("https://doi.org/10.1056")) == 'url:"https://doi.org/10.1056"'
    with pytest.raises(mt.QueryError, match="without spaces"):
        mt.Query().url("two words")
    q = mt.Query().hashtags("AHA25").raw("list:123456", standalone=False)
    assert str(q) == "#AHA25 list:123456"
    with pytest.raises(mt.QueryError):
        mt.Query().raw("   ")


def test_platform_query_limits_survive_json() -> None:
    custom = mt.Platform(name="x-custom", search_query_limits=[["basic", 100]])
    assert custom.search_query_limits == (("basic", 100),)
    assert query_limit("basic", custom) == 100
    with pytest.raises(mt.QueryError, match="unknown access tier"):
        query_limit("basic", mt.BLUESKY)
