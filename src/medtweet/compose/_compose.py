"""From sections of text to posts: references, splitting, labels and attachments."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import sub
from typing import TYPE_CHECKING

import attrs

from medtweet._errors import ValidationError
from medtweet.compose import _numbering as numbering_mod
from medtweet.compose._measure import Meter
from medtweet.compose._model import Media, Post, Reference, Role
from medtweet.compose._numbering import CarryOn, LabelPosition, Numbering
from medtweet.compose._references import Registry, citation_lines
from medtweet.compose._splitter import Budget, Budgets, split
from medtweet.compose._tokens import TokenSeq, build
from medtweet.platform import Platform
from medtweet.text._count import utf8_length

if TYPE_CHECKING:
    from medtweet.poll import Poll

__all__ = ["Layout", "Section", "compose_sections", "relabel"]

_WIDEST_DIGITS = 7


@attrs.frozen(kw_only=True)
class Layout:
    """How a thread dresses its posts: numbering, label position, carried tags."""

    numbering: Numbering = "n/N"
    label_position: LabelPosition = "suffix"
    hashtags: tuple[str, ...] = ()
    hashtags_on: CarryOn = "last"


@attrs.frozen(kw_only=True)
class Section:
    """A stretch of text that starts a new post (a part between explicit breaks).

    Attributes:
        text: the text (reference markers still in it when ``markers`` is true).
        role: the role of the posts made from it.
        reveal: its posts answer a poll and go out after the poll closes.
        continued: its last post continues a cut token into the next section.
        media: ``(offset, media)``: attach to the post holding the text before ``offset``.
        polls: ``(offset, poll)``, the same way.
        first_line: the draft line the text starts on, for error messages.
    """

    text: str
    role: Role = "body"
    reveal: bool = False
    continued: bool = False
    media: tuple[tuple[int, Media], ...] = ()
    polls: tuple[tuple[int, Poll], ...] = ()
    first_line: int | None = None


def relabel(posts: Sequence[Post], layout: Layout) -> tuple[Post, ...]:
    """Return the posts with the labels and carried tags of their place in the thread."""
    total = len(posts)
    out = []
    for k, post in enumerate(posts, 1):
        prefix, suffix = numbering_mod.decorate(
            layout.numbering, layout.label_position, k, total, layout.hashtags, layout.hashtags_on
        )
        out.append(attrs.evolve(post, prefix=prefix, suffix=suffix))
    return tuple(out)


def _budget(meter: Meter, platform: Platform, prefix: str, suffix: str) -> Budget:
    decoration = prefix + suffix
    length = platform.max_length - (meter.length(decoration) if decoration else 0)
    room = None
    if platform.max_bytes is not None:
        room = platform.max_bytes - utf8_length(decoration)
    return Budget(max(length, 1), None if room is None else max(room, 4))


def _budgets(meter: Meter, platform: Platform, layout: Layout, digits: int) -> Budgets:
    total = int("9" * digits)

    def room(k: int, n: int) -> Budget:
        prefix, suffix = numbering_mod.decorate(
            layout.numbering, layout.label_position, k, n, layout.hashtags, layout.hashtags_on
        )
        return _budget(meter, platform, prefix, suffix)

    middle = room(max(total - 1, 2), total) if total > 2 else room(2, max(total, 3))
    return Budgets(
        first=room(1, max(total, 2)),
        middle=middle,
        last=room(max(total, 2), max(total, 2)),
        single=room(1, 1),
    )


def _min_budget(budgets: Budgets) -> Budget:
    parts = (budgets.first, budgets.middle, budgets.last)
    lengths = min(b.length for b in parts)
    sizes = [b.bytes for b in parts if b.bytes is not None]
    return Budget(lengths, min(sizes) if sizes else None)


def compose_sections(
    sections: Sequence[Section],
    *,
    platform: Platform,
    layout: Layout,
    labels: Mapping[tuple[str, str], str] | None = None,
    disclosure: str | None = None,
    disclosure_position: str = "last",
) -> tuple[tuple[Post, ...], tuple[Reference, ...]]:
    """Compose sections into labelled posts and the thread's reference list.

    Raises:
        ValidationError: there is no text at all.
        DraftError: a reference marker is malformed.
    """
    registry = Registry(labels=dict(labels or {}))
    prepared: list[Section] = []
    cites: list[list[tuple[int, int]]] = []
    for section in sections:
        text, found = registry.replace(section.text, first_line=section.first_line)
        if text.strip():
            prepared.append(_shift(section, text))
            cites.append(found)
        elif section.media or section.polls:
            raise ValidationError(
                "media or a poll stands in a part with no text; put it after the text of the "
                "post it belongs to"
            )
    if not prepared:
        raise ValidationError("the text is empty: write at least one post")
    references = tuple(registry.references)
    if references:
        lines = "\n".join(["References", *citation_lines(references)])
        at = len(prepared)
        while at > 0 and prepared[at - 1].role == "disclosure":
            at -= 1
        prepared.insert(at, Section(text=lines, role="references"))
        cites.insert(at, [])
    if disclosure and disclosure.strip():
        part = Section(text=disclosure.strip(), role="disclosure")
        if disclosure_position == "first":
            prepared.insert(0, part)
            cites.insert(0, [])
        else:
            prepared.append(part)
            cites.append([])

    made = _posts(_place(prepared, platform, layout), prepared, cites, references, layout)
    # Lengths add up across whitespace for every counting mode (a URL or an emoji sequence
    # never spans whitespace, and a token that counts otherwise after whitespace than first
    # in a post is counted both ways, never less than it counts), so posts are not
    # re-measured here; Thread.check() measures every post whole before anything is posted.
    return tuple(made), references


@attrs.frozen(kw_only=True)
class _Places:
    """Where each post's body lies.

    For each post: its section, its first and past-last character in the section's text,
    and whether it ends inside a cut token that the next post continues.
    """

    sections: list[int]
    starts: list[int]
    ends: list[int]
    continued: list[bool]


def _place(sections: list[Section], platform: Platform, layout: Layout) -> _Places:
    """Split the sections into posts.

    The token sequence is dropped on return, before any post is made: posts pile up
    objects that make the garbage collector run, and each run would walk its long lists.
    """
    meter = Meter(platform)
    seq, breaks = _tokens_and_breaks(
        [section.text for section in sections], meter, platform, layout
    )
    firsts = [0, *breaks[:-1]]  # each post's first token, and its last one
    lasts = list(map(sub, breaks, repeat(1)))
    numbers = list(map(sub, map(bisect_right, repeat(seq.sec_starts), firsts), repeat(1)))
    continued = [False] * len(breaks)
    if seq.cut or any(section.continued for section in sections):
        continued = [
            end in seq.cut
            or (sections[number].continued and (end == seq.n or seq.section_of(end) != number))
            for end, number in zip(breaks, numbers, strict=True)
        ]
    return _Places(
        sections=numbers,
        starts=seq.char_starts(firsts),
        ends=seq.char_ends(lasts),
        continued=continued,
    )


def _tokens_and_breaks(
    texts: list[str], meter: Meter, platform: Platform, layout: Layout
) -> tuple[TokenSeq, list[int]]:
    """The token sequence and its posts' breaks, a token cut only if too long beside the labels.

    Tokens are first cut at the room beside the widest labels allowed, before the post count
    is known; a thread whose tokens all fit (the common case) is built once, and so is one
    whose cut tokens each lie whole in a post. When a post ends inside a cut token and the
    thread's labels turn out narrower, the tokens are built again with the room beside labels
    that narrow and split again. Cutting less may take more posts: a try whose labels come
    out wider than its width is set aside and the width its count shows is tried, as
    :func:`_split_labelled` does; a try is kept once its labels are no wider than its width,
    so every token fits beside the label of its post. Each kept try narrows the kept width
    and each try set aside widens the next one, below the kept width, so the loop ends.
    """
    kept = _WIDEST_DIGITS
    room = _max_token(meter, platform, layout, kept)
    seq = _build_cut(texts, meter, room)
    breaks = _split_labelled(seq, meter, platform, layout)
    width = len(str(len(breaks)))
    while width < kept and _ends_inside_a_cut(seq, breaks):
        narrower = _max_token(meter, platform, layout, width)
        if narrower == room:  # labels of this width leave no more room: nothing would change
            break
        trial = _build_cut(texts, meter, narrower)
        trial_breaks = _split_labelled(trial, meter, platform, layout)
        shown = len(str(len(trial_breaks)))
        if shown <= width:
            seq, breaks, kept, room = trial, trial_breaks, width, narrower
        width = shown
    return seq, breaks


def _ends_inside_a_cut(seq: TokenSeq, breaks: list[int]) -> bool:
    """Whether a post ends inside a cut token (fragments sharing a post show it whole)."""
    return bool(seq.cut) and not seq.cut.isdisjoint(breaks)


def _build_cut(texts: list[str], meter: Meter, room: tuple[int, int | None]) -> TokenSeq:
    """The token sequence, each token longer than ``room`` (length, bytes) cut."""
    return build(texts, meter, max_token=lambda: room)


def _max_token(
    meter: Meter, platform: Platform, layout: Layout, digits: int
) -> tuple[int, int | None]:
    """The length and byte size a token may have to fit any post beside ``digits``-digit labels."""
    room = _min_budget(_budgets(meter, platform, layout, digits))
    return room.length, room.bytes


def _split_labelled(seq: TokenSeq, meter: Meter, platform: Platform, layout: Layout) -> list[int]:
    """Break the sequence with labels as wide as the post count they end up showing.

    The rule: try label width ``d = 1``; while the ``P(d)`` posts found need more digits,
    try ``d = len(str(P(d)))``; the first width that holds its own count wins. Done
    literally that takes two full splitter passes for any thread of ten posts or more. The
    same breaks come from one pass, starting at the width ``D`` of a lower bound:

    * Every post's body adds up to at most ``cap = max(max_length, 1, heaviest token)``
      without its gaps (a post ends within its budget, or is a single token), and every
      token lies in one post, so ``P(d) >= ceil(W / cap)`` for any ``d``, ``W`` being the
      tokens' total length. With ``D`` the digits of that bound, no width below ``D`` holds
      its own count: the rule never stops below ``D``.
    * The rule's second try is ``len(str(P(1)))``, which is ``>= D``. Wider labels leave less
      room, so the fewest posts never drop as ``d`` grows, and the splitter uses at most one
      post more than the fewest: ``P(1) <= fewest(1) + 1 <= fewest(D) + 1 <= P(D) + 1``.
      So when ``P(D) <= 10**D - 2``, ``P(1)`` has exactly ``D`` digits: the rule's second
      try is ``D``, and from there on both follow the same steps. Otherwise (``P(D)`` is
      ``10**D - 1`` or more) the rule is followed from ``d = 1``.
    """
    found: dict[int, list[int]] = {}

    def breaks_at(digits: int) -> list[int]:
        if digits not in found:
            found[digits] = split(seq, _budgets(meter, platform, layout, digits))
        return found[digits]

    cap = max(platform.max_length, 1, seq.heaviest)
    digits = len(str(-(-seq.total // cap)))
    if digits > 1 and len(breaks_at(digits)) > 10**digits - 2:
        digits = 1
    while True:
        breaks = breaks_at(digits)
        if len(str(len(breaks))) <= digits:
            return breaks
        digits = len(str(len(breaks)))


def _shift(section: Section, text: str) -> Section:
    """Keep attachment offsets meaningful after markers changed the text's length."""
    if text == section.text:
        return attrs.evolve(section, text=text)

    # attachments sit on their own lines between text; map by counting lines
    def moved(offset: int) -> int:
        line = section.text.count("\n", 0, offset)
        position = 0
        for _ in range(line):
            found = text.find("\n", position)
            if found < 0:
                return len(text)
            position = found + 1
        return position

    return attrs.evolve(
        section,
        text=text,
        media=tuple((moved(o), m) for o, m in section.media),
        polls=tuple((moved(o), p) for o, p in section.polls),
    )


def _posts(
    places: _Places,
    sections: list[Section],
    cites: list[list[tuple[int, int]]],
    references: tuple[Reference, ...],
    layout: Layout,
) -> list[Post]:
    """The posts at their places, labelled for their place in the thread."""
    posts: list[Post] = []
    prefixes, suffixes = numbering_mod.decorations(
        layout.numbering,
        layout.label_position,
        len(places.sections),
        layout.hashtags,
        layout.hashtags_on,
    )
    for number, a, b, continued, prefix, suffix in zip(
        places.sections,
        places.starts,
        places.ends,
        places.continued,
        prefixes,
        suffixes,
        strict=True,
    ):
        section = sections[number]
        body = section.text[a:b]
        refs: tuple[Reference, ...] = ()
        found = cites[number]  # in offset order: two binary searches find this post's share
        if found:
            low = bisect_left(found, (a, 0))
            high = bisect_left(found, (b, 0), low)
            cited = [n for _, n in found[low:high]]
            refs = tuple(references[n - 1] for n in sorted(set(cited)))
        if section.role == "references":
            listed = [
                int(line[1 : line.index("]")]) for line in body.splitlines() if line[:1] == "["
            ]
            refs = tuple(references[n - 1] for n in listed)
        posts.append(
            Post(
                body=body,
                prefix=prefix,
                suffix=suffix,
                references=refs,
                role=section.role,
                reveal=section.reveal,
                continued=continued,
            )
        )
    by_section: dict[int, list[int]] = {}
    for index, number in enumerate(places.sections):
        by_section.setdefault(number, []).append(index)
    for number, section in enumerate(sections):
        indices = by_section.get(number, [])
        if not indices:
            continue
        starts = [places.starts[i] for i in indices]
        for offset, media in section.media:
            target = indices[max(bisect_left(starts, offset) - 1, 0)]
            posts[target] = attrs.evolve(posts[target], media=(*posts[target].media, media))
        for offset, poll in section.polls:
            target = indices[max(bisect_left(starts, offset) - 1, 0)]
            if posts[target].poll is not None:
                raise ValidationError(
                    f"two polls would land in post {target + 1}; separate them with '---'"
                )
            posts[target] = attrs.evolve(posts[target], poll=poll)
    return posts
