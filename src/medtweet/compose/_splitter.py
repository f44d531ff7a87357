"""Where posts break: the fewest posts plus at most one, at the strongest boundaries.

The splitter works on a :class:`~medtweet.compose._tokens.TokenSeq`. ``L[m]`` is the earliest
break position from which the rest of the thread fits in ``m`` posts (built backwards, one
binary search per post). Going forwards, each post ends at the strongest boundary that keeps
the whole thread within ``fewest + 1`` posts; a boundary that leaves the post less than a third
full counts as weaker than a word boundary, and a closing fragment shorter than a quarter post
is avoided. Every step is a binary search, so the cost is linear in the number of tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import attrs

from medtweet.compose import _sentences as s
from medtweet.compose._tokens import TokenSeq

__all__ = ["Budget", "Budgets", "fewest_posts", "split"]

MIN_FILL = 1 / 3
SHORT_TAIL = 1 / 4


@attrs.frozen
class Budget:
    """Room for a post body: length and, on platforms with a byte limit, UTF-8 bytes."""

    length: int
    bytes: int | None = None


@attrs.frozen(kw_only=True)
class Budgets:
    """Room for the body of the first, middle and last posts, and of a lone post."""

    first: Budget
    middle: Budget
    last: Budget
    single: Budget


def _fits(seq: TokenSeq, i: int, j: int, budget: Budget) -> bool:
    if seq.length(i, j) > budget.length:
        return False
    return budget.bytes is None or seq.byte_length(i, j) <= budget.bytes


def _reach(seq: TokenSeq, i: int, budget: Budget, end: int) -> int:
    """The furthest break ``j`` in ``(i, end]`` such that tokens ``i..j-1`` fit."""
    j = _last_end_within(seq, i, seq.prefix[i] + budget.length, end)
    if budget.bytes is not None:
        j = min(
            j, bisect_right(seq.byte_ends_at, seq.byte_prefix[i] + budget.bytes, i + 1, end + 1) - 1
        )
    if not seq.breakable(j):  # also when `end` was pulled back from the thread's end
        j = seq.group_of(j)
    return j if j > i else i + 1


def _last_end_within(seq: TokenSeq, i: int, room: int, end: int) -> int:
    """The furthest ``j`` in ``(i, end]`` with ``seq.end_at(j) <= room`` (else ``i``)."""
    # An end is its token's prefix sum less the gap after it: every j up to the last prefix
    # sum within room fits, and so may the next one (the one after cannot, its token
    # coming after the whole gap)
    prefix = seq.prefix
    # (tokens usually weigh 1 or more with their gap: look first among the next few)
    hi = min(end, i + 1 + room - prefix[i])
    if hi < 0 or prefix[hi] <= room:
        hi = end
    j = bisect_right(prefix, room, i + 1, hi + 1) - 1
    if j < end and seq.end_at(j + 1) <= room:
        j += 1
    return j


def _earliest(seq: TokenSeq, x: int, budget: Budget) -> int:
    """The earliest start ``i`` such that tokens ``i..x-1`` fit one post."""
    floor, _ = seq.section_bounds(x - 1)
    prefix = seq.prefix
    least = seq.end_at(x) - budget.length
    # (tokens usually weigh 1 or more with their gap: look first among the last few)
    lo = max(floor, x - 1 - budget.length)
    if prefix[lo] >= least:
        lo = floor
    i = bisect_left(prefix, least, lo, x)
    if budget.bytes is not None:
        i = max(i, bisect_left(seq.byte_prefix, seq.byte_ends_at[x] - budget.bytes, floor, x))
    while i < x - 1 and not seq.breakable(i):
        i += 1
    return min(i, x - 1)


def _chain(
    seq: TokenSeq,
    budgets: Budgets,
    stop: int,
    upto: int | None = None,
    chain: list[int] | None = None,
) -> list[int]:
    """``L[m]`` for ``m = 0, 1, ...`` until ``L[m] <= stop`` (or ``m == upto``).

    A ``chain`` computed before (with a later ``stop``) is extended in place.
    """
    chain = chain if chain is not None else [seq.n]
    budget = budgets.last if len(chain) == 1 else budgets.middle
    while chain[-1] > stop and (upto is None or len(chain) <= upto):
        chain.append(_earliest(seq, chain[-1], budget))
        budget = budgets.middle
    return chain


def _single(seq: TokenSeq, budgets: Budgets) -> bool:
    return len(seq.sec_starts) == 2 and _fits(seq, 0, seq.n, budgets.single)


def _first_reach(seq: TokenSeq, budgets: Budgets) -> int:
    _, end = seq.section_bounds(0)
    reach = _reach(seq, 0, budgets.first, end)
    if reach >= seq.n and seq.n > 1:
        reach = _reach(seq, 0, budgets.first, seq.n - 1)
    return reach


def fewest_posts(seq: TokenSeq, budgets: Budgets) -> int:
    """The fewest posts that can hold the sequence, breaking only between groups."""
    if seq.n == 0:
        return 0
    if _single(seq, budgets):
        return 1
    return len(_fewest_chain(seq, budgets))


def _fewest_chain(seq: TokenSeq, budgets: Budgets) -> list[int]:
    """The chain up to the first post's reach: its length is the fewest posts."""
    return _chain(seq, budgets, _first_reach(seq, budgets))


def split(seq: TokenSeq, budgets: Budgets, *, slack: int = 1) -> list[int]:
    """Break positions (token indices, ending with ``n``) of each post.

    Args:
        seq: the tokens.
        budgets: room for each kind of post.
        slack: how many posts more than the fewest may be used to break at better places.
    """
    n = seq.n
    if n == 0:
        return []
    if _single(seq, budgets):
        return [n]
    # the chain that counts the fewest posts is the start of the one the breaks follow
    chain = _fewest_chain(seq, budgets)
    allowed = len(chain) + slack
    chain = _chain(seq, budgets, 0, upto=allowed, chain=chain)
    breaks: list[int] = []
    i = 0
    k = 1
    while i < n:
        _, sec_end = seq.section_bounds(i)
        if k > 1 and sec_end == n and _fits(seq, i, n, budgets.last):
            breaks.append(n)
            break
        budget = budgets.first if k == 1 else budgets.middle
        end = sec_end if sec_end < n else n - 1
        reach = _reach(seq, i, budget, end) if end > i else i + 1
        remaining = allowed - k
        low = chain[remaining] if 0 <= remaining < len(chain) else i + 1
        low = max(low, i + 1)
        if low > reach:  # cannot happen when the chain is exact; stay safe
            low = reach
        j = _choose(seq, i, low, reach, sec_end, budget, budgets)
        breaks.append(j)
        i = j
        k += 1
    return breaks


def _tail_budget(seq: TokenSeq, sec_end: int, budgets: Budgets) -> Budget:
    return budgets.last if sec_end == seq.n else budgets.middle


def _short_tail(seq: TokenSeq, j: int, sec_end: int, budgets: Budgets) -> bool:
    if j >= sec_end:
        return False
    budget = _tail_budget(seq, sec_end, budgets)
    size = seq.length(j, sec_end)
    return size <= budget.length and size < SHORT_TAIL * budget.length


def _choose(
    seq: TokenSeq,
    i: int,
    low: int,
    reach: int,
    sec_end: int,
    budget: Budget,
    budgets: Budgets,
) -> int:
    if reach == sec_end:
        return reach
    for level in (s.PARAGRAPH, s.SENTENCE, s.CLAUSE):
        positions = seq.levels[level]
        index = bisect_right(positions, reach) - 1
        if index < 0 or positions[index] < low:
            continue
        j = positions[index]
        if level != s.PARAGRAPH and seq.length(i, j) < MIN_FILL * budget.length:
            continue
        if (
            level < s.SENTENCE
            and seq.strength[j] < s.SENTENCE
            and _short_tail(seq, j, sec_end, budgets)
        ):
            continue
        return j
    j = reach
    if seq.strength[j] == s.CUT:
        # a cut is the weakest boundary: end before the cut token if the bound allows
        k = j
        while k > low and seq.strength[k] == s.CUT:
            k -= 1
        if seq.strength[k] != s.CUT and seq.breakable(k):
            j = k
    if _short_tail(seq, j, sec_end, budgets):
        tail = _tail_budget(seq, sec_end, budgets)
        wanted = SHORT_TAIL * tail.length
        # the latest break that leaves at least a quarter post for the tail (not a cut: a
        # cut token is not cut elsewhere to lengthen the tail)
        k = bisect_right(seq.prefix, seq.end_at(sec_end) - wanted, i + 1, j + 1) - 1
        while k > i and (not seq.breakable(k) or seq.strength[k] == s.CUT):
            k -= 1
        if k >= low and k > i:
            j = k
    return j
