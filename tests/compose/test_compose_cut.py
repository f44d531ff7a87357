"""Cutting over-long tokens: only a token longer than the room beside the thread's labels."""

from __future__ import annotations

import medtweet as mt

X40 = mt.X.with_limits(max_length=40, name="x-40")


def fits(thread: mt.Thread) -> bool:
    return all(mt.weighted_length(post.text) <= 40 for post in thread.posts)


def test_a_word_that_fits_beside_the_actual_label_is_not_cut() -> None:
    thread = mt.compose_thread("ab ab ab a.ad漢漢漢 the", platform=X40)
    assert [post.text for post in thread.posts] == ["ab ab ab 1/2", "a.ad漢漢漢 the 2/2"]
    assert not any(post.continued for post in thread.posts)
    assert "token.cut" not in {finding.rule for finding in thread.check()}


def test_a_word_that_fits_only_beside_a_one_digit_label_stays_whole() -> None:
    word = "b" * 36  # 40 less " 2/3"; beside the widest label only 24 would fit
    thread = mt.compose_thread(f"aa {word} cc", platform=X40)
    assert [post.body for post in thread.posts] == ["aa", word, "cc"]
    assert not any(post.continued for post in thread.posts)
    assert fits(thread)


def test_a_word_that_fits_beside_a_two_digit_label_stays_whole() -> None:
    word = "c" * 33  # 40 less " 10/12"
    text = " ".join(["Filler words here."] * 20 + [word] + ["More filler."] * 4)
    thread = mt.compose_thread(text, platform=X40)
    assert 10 <= len(thread.posts) <= 99
    assert word in [post.body for post in thread.posts]
    assert not any(post.continued for post in thread.posts)
    assert fits(thread)


def test_a_word_longer_than_any_post_is_still_cut_and_marked_continued() -> None:
    word = "d" * 37  # one more than a post holds beside " 1/2"
    thread = mt.compose_thread(f"aa {word} cc", platform=X40)
    assert fits(thread)
    assert any(post.continued for post in thread.posts)
    assert "".join(post.body for post in thread.posts).count("d") == 37
    # it is cut beside the label the thread shows, not the widest one: one piece holds 36
    assert max(post.body.count("d") for post in thread.posts) == 36
    findings = [finding for finding in thread.check() if finding.rule == "token.cut"]
    assert findings
    assert all(not finding.blocking for finding in findings)


def test_a_word_that_fits_a_lone_post_is_one_post_without_label() -> None:
    word = "e" * 38
    thread = mt.compose_thread(word, platform=X40)
    assert [post.text for post in thread.posts] == [word]
    assert not thread.posts[0].continued
