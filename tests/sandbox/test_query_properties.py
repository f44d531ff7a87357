"""Properties of the sandbox's query evaluator."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from medtweet.sandbox._clock import SandboxClock
from medtweet.sandbox._query import QuerySyntaxError, parse_query
from medtweet.sandbox._state import PostRecord, Store

ALPHABET = st.sampled_from(list('ab #@$-()":ORisfrom lang:en has:links \u00e9\uff03'))
STORE = Store(SandboxClock(datetime(2026, 1, 1, tzinfo=UTC)))
AUTHOR = STORE.add_user("doc_a")
POST = PostRecord(
    id="1",
    text="Heart #AHA26 @doc_b https://example.org é",
    author_id=AUTHOR.id,
    created_at=datetime(2026, 1, 1, tzinfo=UTC),
    conversation_id="1",
)
STORE.posts["1"] = POST


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=40) | st.text(max_size=40))
def test_any_string_parses_or_fails_cleanly(source: str) -> None:
    position = None
    try:
        query = parse_query(source)
    except QuerySyntaxError as exc:
        position = exc.position
    if position is not None:
        assert 1 <= position <= max(len(source), 1) + 1
    else:
        assert isinstance(query.matches(POST, STORE), bool)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["heart", "#aha26", "@doc_b", "from:doc_a", "cats", "#other"]),
    st.sampled_from(["heart", "#aha26", "@doc_b", "from:doc_a", "cats", "#other"]),
)
def test_boolean_algebra(left: str, right: str) -> None:
    def match(query: str) -> bool:
        return parse_query(query).matches(POST, STORE)

    assert match(f"{left} {right}") == (match(left) and match(right))
    assert match(f"{left} OR {right}") == (match(left) or match(right))
    assert match(f"{left} -{right}") == (match(left) and not match(right))
    assert match(f"({left} OR {right}) {left}") == match(left)
