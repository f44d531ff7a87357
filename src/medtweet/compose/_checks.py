"""``Thread.check``: every finding, with a path, a message and whether it blocks posting."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medtweet.compose._model import ThreadFinding
from medtweet.text import extract_entities, parse_tweet
from medtweet.text._count import utf8_length

if TYPE_CHECKING:
    from medtweet.compose._thread import Thread

__all__ = ["check_thread"]

_CAMEL_MIN = 8


def _is_default(value: object) -> bool:
    return type(value).__name__ == "_Default"


def _blocking(path: str, rule: str, message: str) -> ThreadFinding:
    return ThreadFinding(path=path, message=message, blocking=True, rule=rule)


def _advice(path: str, rule: str, message: str) -> ThreadFinding:
    return ThreadFinding(path=path, message=message, blocking=False, rule=rule)


def _limits(thread: Thread) -> list[ThreadFinding]:
    found: list[ThreadFinding] = []
    platform = thread.platform
    for index, post in enumerate(thread.posts):
        path = f"posts[{index}].text"
        if not post.body.strip():
            found.append(
                _blocking(path, "empty", f"post {index + 1} has no text; write it or remove it")
            )
        stats = parse_tweet(post.text, platform)
        if stats.weighted_length > platform.max_length:
            over = stats.weighted_length - platform.max_length
            found.append(
                _blocking(
                    path,
                    "length",
                    f"post {index + 1} is {stats.weighted_length}/{platform.max_length} on "
                    f"{platform.name}; shorten it by {over} or split it",
                )
            )
        if platform.max_bytes is not None:
            size = utf8_length(post.text)
            if size > platform.max_bytes:
                found.append(
                    _blocking(
                        path,
                        "length.bytes",
                        f"post {index + 1} is {size} UTF-8 bytes; {platform.name} allows "
                        f"{platform.max_bytes}: shorten it",
                    )
                )
        if post.continued:
            found.append(
                _advice(
                    path,
                    "token.cut",
                    f"post {index + 1} ends inside a word or link longer than a whole post, "
                    "which the next post continues; shorten it (e.g. use a shorter link)",
                )
            )
    return found


def _media(thread: Thread) -> list[ThreadFinding]:
    found: list[ThreadFinding] = []
    platform = thread.platform
    for index, post in enumerate(thread.posts):
        if len(post.media) > platform.max_media:
            found.append(
                _blocking(
                    f"posts[{index}].media",
                    "media.count",
                    f"post {index + 1} has {len(post.media)} media; {platform.name} allows "
                    f"{platform.max_media}: move some to another post",
                )
            )
        for number, media in enumerate(post.media):
            path = f"posts[{index}].media[{number}]"
            if media.path is not None and not Path(media.path).is_file():
                found.append(
                    _blocking(path, "media.missing", f"the file {media.path} does not exist")
                )
            alt = media.alt_text
            if alt is None or not alt.strip():
                found.append(
                    _blocking(
                        f"{path}.alt_text",
                        "alt_text.missing",
                        "this image has no alt text; describe what it shows for screen-reader "
                        "users",
                    )
                )
            elif len(alt) > platform.max_alt_text:
                found.append(
                    _blocking(
                        f"{path}.alt_text",
                        "alt_text.too_long",
                        f"alt text is {len(alt)} characters; {platform.name} allows "
                        f"{platform.max_alt_text}: shorten it",
                    )
                )
    return found


def _polls(thread: Thread) -> list[ThreadFinding]:
    found: list[ThreadFinding] = []
    seen_poll = False
    for index, post in enumerate(thread.posts):
        if post.reveal and not seen_poll:
            found.append(
                _advice(
                    f"posts[{index}]",
                    "reveal.no_poll",
                    f"post {index + 1} is a reveal but no poll comes before it; add the poll "
                    "or drop the reveal mark",
                )
            )
        if post.poll is None:
            continue
        seen_poll = True
        path = f"posts[{index}].poll"
        if post.media:
            found.append(
                _blocking(
                    path,
                    "poll.with_media",
                    f"post {index + 1} has a poll and media; a post can carry one or the "
                    "other: move the media to the post before",
                )
            )
        found.extend(
            _blocking(path, "poll.invalid", problem)
            for problem in post.poll.problems(thread.platform)
        )
    return found


def _camel_case(thread: Thread) -> list[ThreadFinding]:
    found: list[ThreadFinding] = []
    seen: set[str] = set()
    for index, post in enumerate(thread.posts):
        for entity in extract_entities(post.text):
            tag = entity.value
            if entity.kind != "hashtag" or tag in seen or len(tag) < _CAMEL_MIN:
                continue
            if tag.isalpha() and (tag.islower() or tag.isupper()):
                seen.add(tag)
                found.append(
                    _advice(
                        f"posts[{index}].text",
                        "hashtag.camel_case",
                        f"#{tag}: capitalise each word (e.g. #MedTwitter rather than "
                        "#medtwitter) so screen readers read the words",
                    )
                )
    return found


def _live(thread: Thread, now: datetime | None) -> list[ThreadFinding]:
    found: list[ThreadFinding] = []
    if thread.embargo is not None:
        if now is None:
            found.append(
                _blocking(
                    "thread",
                    "live.embargo",
                    f"embargoed until {thread.embargo.isoformat()}; pass now= to check() to "
                    "confirm the embargo has lifted",
                )
            )
        elif now < thread.embargo:
            found.append(
                _blocking(
                    "thread",
                    "live.embargo",
                    f"not yet publishable: embargoed until {thread.embargo.isoformat()}",
                )
            )
    for index, post in enumerate(thread.posts):
        text = post.text.casefold()
        for opt in thread.opt_outs:
            names = [n for n in (opt.handle, opt.name) if n]
            who = " / ".join(names)
            hit = any(_mentions(text, name.casefold()) for name in names)
            if not hit:
                continue
            if opt.quote:
                found.append(
                    _blocking(
                        f"posts[{index}].text",
                        "live.opt_out.quote",
                        f"{who} asked not to be quoted or named; remove the attribution",
                    )
                )
            if opt.photo and post.media:
                found.append(
                    _blocking(
                        f"posts[{index}].media",
                        "live.opt_out.photo",
                        f"{who} asked not to be photographed; remove the photo of their talk",
                    )
                )
    return found


def _mentions(text: str, name: str) -> bool:
    return re.search(r"(?<![\w@])" + re.escape(name) + r"(?!\w)", text) is not None


def _findings_of(result: Any) -> Iterable[Any]:
    """A report's findings and notes, or the findings themselves when given as a sequence."""
    if hasattr(result, "findings"):
        return (*result.findings, *getattr(result, "notes", ()))
    return tuple(result or ())


def _phi(
    thread: Thread,
    phi: Callable[..., Any] | None,
    context: Callable[[Sequence[str]], Any] | str | None,
    image_check: Callable[[bytes], Any] | None,
) -> list[ThreadFinding]:
    if _is_default(phi) or _is_default(context) or _is_default(image_check):
        defaults = _default_phi()
        phi = defaults[0] if _is_default(phi) else phi
        context = defaults[1] if _is_default(context) else context
        image_check = defaults[2] if _is_default(image_check) else image_check
    found: list[ThreadFinding] = []
    texts: list[tuple[str, str]] = []
    for index, post in enumerate(thread.posts):
        texts.append((f"posts[{index}].text", post.body))
        for number, media in enumerate(post.media):
            if media.alt_text:
                texts.append((f"posts[{index}].media[{number}].alt_text", media.alt_text))
    if phi is not None:
        story = context([text for _, text in texts]) if callable(context) else context
        if callable(context) and story != "patient":
            # Fail closed: a thread's context only ever adds the patient reading. A post
            # that tells a patient's story on its own is checked as one, however many
            # teaching posts surround it.
            story = None
        reports = [tuple(_findings_of(phi(text, context=story))) for _, text in texts]
        for (path, _), report in zip(texts, reports, strict=True):
            for finding in report:
                found.append(_phi_finding(path, finding))
        if phi is _default_phi()[0]:
            # a name found in one post is flagged where it recurs in the others
            from medtweet.phi._check import names_across

            extra = names_across([text for _, text in texts], reports)
            for (path, _), more in zip(texts, extra, strict=True):
                found.extend(_phi_finding(path, finding) for finding in more)
    if image_check is not None:
        for index, post in enumerate(thread.posts):
            for number, media in enumerate(post.media):
                if not media.is_image:
                    continue
                try:
                    data = media.read()
                except OSError:
                    continue  # reported as media.missing
                for finding in _findings_of(image_check(data)):
                    found.append(_phi_finding(f"posts[{index}].media[{number}]", finding))
    return found


def _phi_finding(path: str, finding: Any) -> ThreadFinding:
    category = getattr(finding, "category", "other")
    category = getattr(category, "value", category)
    message = getattr(finding, "message", str(finding))
    shown = getattr(finding, "text", None)
    if shown:
        message = f"{message} ({shown!r})"
    return ThreadFinding(
        path=path,
        message=message,
        blocking=bool(getattr(finding, "blocking", True)),
        rule=f"phi.{category}",
        phi=finding,
    )


def _default_phi() -> tuple[Any, Any, Any]:
    from medtweet.phi import check_image, check_phi, story_context

    return check_phi, story_context, check_image


def check_thread(
    thread: Thread,
    *,
    phi: Callable[..., Any] | None,
    context: Callable[[Sequence[str]], Any] | str | None,
    image_check: Callable[[bytes], Any] | None,
    now: datetime | None,
) -> tuple[ThreadFinding, ...]:
    """Run every check on ``thread``; see :meth:`Thread.check`."""
    found = [
        *_limits(thread),
        *_media(thread),
        *_polls(thread),
        *_camel_case(thread),
        *_live(thread, now),
        *_phi(thread, phi, context, image_check),
    ]
    return tuple(sorted(found, key=_order))


_POST_INDEX = re.compile(r"posts\[(\d+)\]")


def _order(finding: ThreadFinding) -> int:
    match = _POST_INDEX.match(finding.path)
    return int(match.group(1)) if match else -1
