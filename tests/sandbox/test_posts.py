"""POST/DELETE/GET /2/tweets, users/me and the user timeline, checked against the spec."""

from __future__ import annotations

from datetime import timedelta

import pytest

from medtweet.sandbox import SandboxServer

from .conftest import Client


def _post(user: Client, text: str, **extra: object) -> str:
    response = user.post("/2/tweets", json={"text": text, **extra})
    assert response.status_code == 201, response.text
    return str(response.json()["data"]["id"])


def test_create_returns_201_with_id_text_and_edit_history(sb: SandboxServer, user: Client) -> None:
    response = user.post("/2/tweets", json={"text": "Grand rounds today #MedTwitter"})
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["text"] == "Grand rounds today #MedTwitter"
    assert data["edit_history_tweet_ids"] == [data["id"]]
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert [p.id for p in sb.posts] == [data["id"]]
    assert sb.posts[0].author_id == sb.user_id


def test_ids_increase_and_are_numeric_strings(user: Client) -> None:
    ids = [_post(user, f"post number {n}") for n in range(5)]
    assert all(i.isdigit() and len(i) <= 19 for i in ids)
    assert [int(i) for i in ids] == sorted(int(i) for i in ids)
    assert len(set(ids)) == 5


def test_text_over_280_weighted_is_a_400_with_parameters(user: Client) -> None:
    response = user.post("/2/tweets", json={"text": "a" * 281})
    assert response.status_code == 400
    body = response.json()
    assert body["title"] == "Invalid Request"
    assert body["type"].endswith("/2/problems/invalid-request")
    assert body["errors"][0]["parameters"] == {"text": ["a" * 281]}
    assert "281" in body["errors"][0]["message"]
    assert user.post("/2/tweets", json={"text": "a" * 280}).status_code == 201


def test_cjk_counts_double(user: Client) -> None:
    assert user.post("/2/tweets", json={"text": "心" * 140}).status_code == 201
    assert user.post("/2/tweets", json={"text": "心" * 141}).status_code == 400


def test_every_body_problem_is_reported_at_once(user: Client) -> None:
    body = {"text": 5, "poll": {"options": ["only one"], "duration_minutes": 3}, "nope": True}
    response = user.post("/2/tweets", json=body, validate=False)
    assert response.status_code == 400
    names = {name for e in response.json()["errors"] for name in e["parameters"]}
    assert {"text", "poll.options", "poll.duration_minutes", "nope"} <= names


def test_empty_text_without_media_is_rejected(user: Client) -> None:
    response = user.post("/2/tweets", json={"text": "   "})
    assert response.status_code == 400
    assert "text" in response.json()["errors"][0]["parameters"]


def test_not_json_is_a_400(sb: SandboxServer, user: Client) -> None:
    response = user.session.post(
        f"{sb.base_url}/2/tweets",
        data=b"{nope",
        headers={"content-type": "application/json"},
        timeout=5,
    )
    assert response.status_code == 400


def test_duplicate_content_403_then_allowed_after_window(sb: SandboxServer, user: Client) -> None:
    _post(user, "Same words twice")
    response = user.post("/2/tweets", json={"text": "Same words twice"})
    assert response.status_code == 403
    assert response.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }
    sb.clock.advance(timedelta(hours=25))
    assert user.post("/2/tweets", json={"text": "Same words twice"}).status_code == 201


def test_duplicate_check_ignores_deleted_posts(user: Client) -> None:
    first = _post(user, "Oops, typo")
    assert user.delete(f"/2/tweets/{first}").json() == {"data": {"deleted": True}}
    assert user.post("/2/tweets", json={"text": "Oops, typo"}).status_code == 201


def test_reply_chain_sets_conversation_and_references(sb: SandboxServer, user: Client) -> None:
    root = _post(user, "1/3 A tweetorial on troponin")
    second = _post(user, "2/3 High-sensitivity assays", reply={"in_reply_to_tweet_id": root})
    third = _post(user, "3/3 Delta matters", reply={"in_reply_to_tweet_id": second})
    assert [p.conversation_id for p in sb.posts] == [root, root, root]
    assert sb.post(third).in_reply_to_id == second
    body = user.get(
        f"/2/tweets/{third}",
        params={"tweet.fields": "conversation_id,referenced_tweets,in_reply_to_user_id"},
    ).json()
    assert body["data"]["conversation_id"] == root
    assert body["data"]["referenced_tweets"] == [{"type": "replied_to", "id": second}]
    assert body["data"]["in_reply_to_user_id"] == sb.user_id


def test_reply_to_missing_post_is_the_not_visible_403(user: Client) -> None:
    response = user.post(
        "/2/tweets", json={"text": "hello", "reply": {"in_reply_to_tweet_id": "123"}}
    )
    assert response.status_code == 403
    assert "deleted or not visible" in response.json()["detail"]


def test_visibility_delay_makes_fast_replies_fail(sb: SandboxServer, user: Client) -> None:
    sb.settings.visibility_delay = timedelta(seconds=3)
    root = _post(user, "root")
    reply = {"text": "too fast", "reply": {"in_reply_to_tweet_id": root}}
    assert user.post("/2/tweets", json=reply).status_code == 403
    sb.clock.advance(3)
    assert user.post("/2/tweets", json=reply).status_code == 201


def test_reply_restriction_2026(sb: SandboxServer, user: Client) -> None:
    sb.settings.reply_restriction = True
    sb.seed(
        [
            {"key": "a", "author": "stranger", "text": "no mention here"},
            {"key": "b", "author": "friend", "text": "what do you think @sandbox_md?"},
        ]
    )
    stranger, friend = (p.id for p in sb.posts)
    denied = user.post(
        "/2/tweets", json={"text": "hi", "reply": {"in_reply_to_tweet_id": stranger}}
    )
    assert denied.status_code == 403
    assert "not been mentioned" in denied.json()["detail"]
    ok = user.post("/2/tweets", json={"text": "hi", "reply": {"in_reply_to_tweet_id": friend}})
    assert ok.status_code == 201
    own = ok.json()["data"]["id"]
    assert (
        user.post(
            "/2/tweets", json={"text": "thread", "reply": {"in_reply_to_tweet_id": own}}
        ).status_code
        == 201
    )
    sb.settings.self_replies_allowed = False
    assert (
        user.post(
            "/2/tweets", json={"text": "thread 2", "reply": {"in_reply_to_tweet_id": own}}
        ).status_code
        == 403
    )


def test_poll_validation_bounds(user: Client) -> None:
    def poll(options: list[str], minutes: int) -> int:
        return user.post(
            "/2/tweets",
            validate=False,
            json={
                "text": f"poll {options} {minutes}",
                "poll": {"options": options, "duration_minutes": minutes},
            },
        ).status_code

    assert poll(["a", "b"], 5) == 201
    assert poll(["a", "b", "c", "d"], 10080) == 201
    assert poll(["a"], 60) == 400
    assert poll(["a", "b", "c", "d", "e"], 60) == 400
    assert poll(["x" * 26, "b"], 60) == 400
    assert poll(["", "b"], 60) == 400
    assert poll(["a", "b"], 4) == 400
    assert poll(["a", "b"], 10081) == 400


def test_poll_results_follow_votes_and_clock(sb: SandboxServer, user: Client) -> None:
    post_id = _post(
        user,
        "Which first-line test?",
        poll={"options": ["ECG", "Troponin"], "duration_minutes": 60},
    )
    poll_id = sb.post(post_id).poll_id
    assert poll_id is not None
    sb.vote(poll_id, 1, 7)
    sb.vote(post_id, "Troponin", 3)
    params = {
        "ids": post_id,
        "expansions": "attachments.poll_ids",
        "poll.fields": "duration_minutes,end_datetime,id,options,voting_status",
    }
    poll = user.get("/2/tweets", params=params).json()["includes"]["polls"][0]
    assert poll["voting_status"] == "open"
    assert poll["duration_minutes"] == 60
    assert poll["options"] == [
        {"position": 1, "label": "ECG", "votes": 7},
        {"position": 2, "label": "Troponin", "votes": 3},
    ]
    sb.clock.advance(timedelta(minutes=60))
    poll = user.get("/2/tweets", params=params).json()["includes"]["polls"][0]
    assert poll["voting_status"] == "closed"
    with pytest.raises(ValueError, match="closed"):
        sb.vote(poll_id, 1)


def test_vote_rejects_unknown_poll_and_option(sb: SandboxServer, user: Client) -> None:
    post_id = _post(user, "poll", poll={"options": ["a", "b"], "duration_minutes": 5})
    with pytest.raises(KeyError):
        sb.vote("1", 1)
    with pytest.raises(KeyError):
        sb.vote(post_id, 3)
    with pytest.raises(KeyError):
        sb.vote(post_id, "c")


def test_poll_media_quote_are_mutually_exclusive(user: Client) -> None:
    quoted = _post(user, "original")
    response = user.post(
        "/2/tweets",
        json={
            "text": "both",
            "quote_tweet_id": quoted,
            "poll": {"options": ["a", "b"], "duration_minutes": 5},
        },
    )
    assert response.status_code == 400
    assert "mutually exclusive" in response.json()["errors"][-1]["message"]


def test_quote_must_exist_and_is_referenced(sb: SandboxServer, user: Client) -> None:
    assert user.post("/2/tweets", json={"text": "q", "quote_tweet_id": "42"}).status_code == 400
    quoted = _post(user, "original")
    quote = _post(user, "quoting", quote_tweet_id=quoted)
    body = user.get(
        f"/2/tweets/{quote}",
        params={"tweet.fields": "referenced_tweets", "expansions": "referenced_tweets.id"},
    ).json()
    assert body["data"]["referenced_tweets"] == [{"type": "quoted", "id": quoted}]
    assert body["includes"]["tweets"][0]["id"] == quoted
    assert sb.post(quote).quote_id == quoted


def test_reply_settings_and_paid_partnership_are_stored(sb: SandboxServer, user: Client) -> None:
    post_id = _post(user, "sponsored", reply_settings="mentionedUsers", paid_partnership=True)
    data = user.get(
        f"/2/tweets/{post_id}", params={"tweet.fields": "reply_settings,paid_partnership"}
    ).json()["data"]
    assert data["reply_settings"] == "mentionedUsers"
    assert data["paid_partnership"] is True
    assert sb.post(post_id).paid_partnership
    bad = user.post("/2/tweets", json={"text": "x", "reply_settings": "everyone"}, validate=False)
    assert bad.status_code == 400


def test_edit_options_is_refused_clearly(user: Client) -> None:
    post_id = _post(user, "first")
    response = user.post(
        "/2/tweets", json={"text": "edited", "edit_options": {"previous_post_id": post_id}}
    )
    assert response.status_code == 400
    assert "not supported" in response.json()["errors"][0]["message"]


def test_delete_own_post_only(sb: SandboxServer, user: Client, api: object) -> None:
    mine = _post(user, "mine")
    sb.seed([{"author": "someone_else", "text": "theirs"}])
    theirs = sb.posts[-1].id
    assert user.delete(f"/2/tweets/{theirs}").status_code == 403
    assert user.delete(f"/2/tweets/{mine}").json() == {"data": {"deleted": True}}
    assert user.delete(f"/2/tweets/{mine}").status_code == 404
    assert [p.id for p in sb.deleted_posts] == [mine]
    assert user.get(f"/2/tweets/{mine}").json()["errors"][0]["resource_id"] == mine


def test_lookup_many_with_partial_errors(user: Client) -> None:
    a = _post(user, "a")
    b = _post(user, "b")
    body = user.get("/2/tweets", params={"ids": f"{a},999,{b}"}).json()
    assert [p["id"] for p in body["data"]] == [a, b]
    assert body["data"][0] == {"id": a, "text": "a", "edit_history_tweet_ids": [a]}
    [error] = body["errors"]
    assert error["resource_id"] == "999"
    assert error["title"] == "Not Found Error"
    assert error["detail"] == "Could not find tweet with id: [999]."
    assert error["type"] == "https://api.twitter.com/2/problems/resource-not-found"
    only_missing = user.get("/2/tweets", params={"ids": "999"}).json()
    assert "data" not in only_missing


@pytest.mark.parametrize("ids", ["", "abc", ",".join(["1"] * 101)])
def test_lookup_bad_ids_is_a_400(user: Client, ids: str) -> None:
    response = user.get("/2/tweets", params={"ids": ids})
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameters"].keys() == {"ids"}


def test_unknown_query_parameter_is_a_400(user: Client) -> None:
    response = user.get("/2/tweets", params={"ids": "1", "tweet_fields": "x"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith(
        "The query parameter [tweet_fields] is not one of ["
    )


def test_unknown_field_value_is_a_400(user: Client) -> None:
    post_id = _post(user, "x")
    response = user.get(f"/2/tweets/{post_id}", params={"tweet.fields": "colour"})
    assert response.status_code == 400
    assert "[colour]" in response.json()["errors"][0]["message"]


def test_fields_and_expansions_with_deduplicated_includes(sb: SandboxServer, user: Client) -> None:
    root = _post(user, "root #ACC26 https://example.org/paper @sandbox_md")
    a = _post(user, "reply a", reply={"in_reply_to_tweet_id": root})
    b = _post(user, "reply b", reply={"in_reply_to_tweet_id": root})
    body = user.get(
        "/2/tweets",
        params={
            "ids": f"{a},{b},{root}",
            "tweet.fields": "author_id,created_at,entities,public_metrics,lang,source",
            "expansions": "author_id,referenced_tweets.id,referenced_tweets.id.author_id,"
            "in_reply_to_user_id,entities.mentions.username",
            "user.fields": "created_at,description,public_metrics,verified",
        },
    ).json()
    assert [u["id"] for u in body["includes"]["users"]] == [sb.user_id]
    assert body["includes"]["users"][0]["public_metrics"]["tweet_count"] == 3
    assert [t["id"] for t in body["includes"]["tweets"]] == [root]
    root_data = body["data"][2]
    assert root_data["public_metrics"]["reply_count"] == 2
    assert root_data["entities"]["hashtags"] == [{"start": 5, "end": 11, "tag": "ACC26"}]
    assert root_data["entities"]["urls"][0]["expanded_url"] == "https://example.org/paper"
    assert root_data["created_at"].endswith("Z")


def test_2026_dialect_answers_in_2026_names(user: Client) -> None:
    root = _post(user, "root")
    reply = _post(user, "reply", reply={"in_reply_to_tweet_id": root})
    body = user.get(
        "/2/tweets",
        params={
            "ids": reply,
            "post.fields": "referenced_posts,public_metrics",
            "expansions": "referenced_posts",
        },
    ).json()
    data = body["data"][0]
    assert data["edit_history_post_ids"] == [reply]
    assert data["referenced_posts"] == [{"type": "replied_to", "id": root}]
    assert "repost_count" in data["public_metrics"]
    assert [p["id"] for p in body["includes"]["posts"]] == [root]
    assert "tweets" not in body["includes"]


def test_classic_dialect_rejects_2026_only_field_names(user: Client) -> None:
    post_id = _post(user, "x")
    response = user.get(f"/2/tweets/{post_id}", params={"tweet.fields": "referenced_posts"})
    assert response.status_code == 400


def test_users_me(sb: SandboxServer, user: Client) -> None:
    body = user.get("/2/users/me", params={"user.fields": "created_at,verified"}).json()
    assert body["data"]["id"] == sb.user_id
    assert body["data"]["username"] == "sandbox_md"
    assert body["data"]["verified"] is False


def test_user_timeline_is_newest_first_and_paginates(sb: SandboxServer, user: Client) -> None:
    ids = []
    for n in range(12):
        ids.append(_post(user, f"post {n}"))
        sb.clock.advance(60)
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params = {"max_results": "5", "tweet.fields": "created_at"}
        if token:
            params["pagination_token"] = token
        body = user.get(f"/2/users/{sb.user_id}/tweets", params=params).json()
        pages += 1
        seen += [p["id"] for p in body["data"]]
        assert body["meta"]["newest_id"] == body["data"][0]["id"]
        assert body["meta"]["oldest_id"] == body["data"][-1]["id"]
        token = body["meta"].get("next_token")
        if token is None:
            break
    assert seen == ids[::-1]
    assert pages == 3
    again = user.get(f"/2/users/{sb.user_id}/tweets", params={"max_results": "5"}).json()
    replay = user.get(
        f"/2/users/{sb.user_id}/tweets",
        params={"max_results": "5", "pagination_token": again["meta"]["next_token"]},
    ).json()
    assert [p["id"] for p in replay["data"]] == ids[::-1][5:10]


def test_user_timeline_filters(sb: SandboxServer, user: Client) -> None:
    root = _post(user, "root")
    reply = _post(user, "reply", reply={"in_reply_to_tweet_id": root})
    newer = _post(user, "newer")
    base = f"/2/users/{sb.user_id}/tweets"
    assert [p["id"] for p in user.get(base, params={"exclude": "replies"}).json()["data"]] == [
        newer,
        root,
    ]
    assert [p["id"] for p in user.get(base, params={"since_id": root}).json()["data"]] == [
        newer,
        reply,
    ]
    assert [p["id"] for p in user.get(base, params={"until_id": newer}).json()["data"]] == [
        reply,
        root,
    ]
    assert user.get(base, params={"max_results": "4"}).status_code == 400
    assert user.get(base, params={"pagination_token": "zzzz"}).status_code == 400
    assert user.get(base, params={"start_time": "yesterday"}).status_code == 400


def test_timeline_of_unknown_user_and_empty_timeline(sb: SandboxServer, user: Client) -> None:
    body = user.get("/2/users/42/tweets").json()
    assert body["errors"][0]["resource_type"] == "user"
    assert user.get(f"/2/users/{sb.user_id}/tweets").json() == {"meta": {"result_count": 0}}


def test_unknown_route_and_method(sb: SandboxServer, user: Client) -> None:
    assert user.get("/2/nothing/here").status_code == 404
    assert user.request("PUT", "/2/tweets", validate=False).status_code == 405


def test_concurrent_posts_get_unique_increasing_ids(sb: SandboxServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    import requests

    def post(n: int) -> str:
        response = requests.post(
            sb.base_url + "/2/tweets",
            json={"text": f"parallel {n}"},
            headers={"Authorization": f"Bearer {sb.user_token}"},
            timeout=10,
        )
        assert response.status_code == 201
        return str(response.json()["data"]["id"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(post, range(40)))
    assert len(set(ids)) == 40
    stored = [p.id for p in sb.posts]
    assert stored == sorted(stored, key=int)
    assert {p.text for p in sb.posts} == {f"parallel {n}" for n in range(40)}


def test_access_level_header(user: Client, app: Client) -> None:
    assert user.get("/2/users/me").headers["x-access-level"] == "read-write"
    assert app.get("/2/tweets", params={"ids": "1"}).headers["x-access-level"] == "read"


def test_default_dialect_2026(sb: SandboxServer, user: Client) -> None:
    sb.settings.default_dialect = "2026"
    created = user.post("/2/tweets", json={"text": "new names"}).json()["data"]
    assert created["edit_history_post_ids"] == [created["id"]]
    plain = user.get(f"/2/tweets/{created['id']}").json()["data"]
    assert "edit_history_post_ids" in plain
    classic = user.get(f"/2/tweets/{created['id']}", params={"tweet.fields": "lang"}).json()
    assert "edit_history_tweet_ids" in classic["data"]


def test_expansions_bring_their_fields(sb: SandboxServer, user: Client) -> None:
    root = _post(user, "root")
    reply = _post(
        user,
        "reply",
        reply={"in_reply_to_tweet_id": root},
        poll={"options": ["a", "b"], "duration_minutes": 5},
    )
    data = user.get(
        f"/2/tweets/{reply}",
        params={"expansions": "author_id,referenced_tweets.id,attachments.poll_ids"},
    ).json()["data"]
    assert data["author_id"] == sb.user_id
    assert data["referenced_tweets"] == [{"type": "replied_to", "id": root}]
    assert data["attachments"] == {"poll_ids": [sb.post(reply).poll_id]}
    assert "created_at" not in data


def test_unhydratable_reference_is_a_partial_error(sb: SandboxServer, user: Client) -> None:
    root = _post(user, "will be deleted")
    reply = _post(user, "still here", reply={"in_reply_to_tweet_id": root})
    user.delete(f"/2/tweets/{root}")
    body = user.get(f"/2/tweets/{reply}", params={"expansions": "referenced_tweets.id"}).json()
    assert body["data"]["referenced_tweets"] == [{"type": "replied_to", "id": root}]
    assert "includes" not in body
    [error] = body["errors"]
    assert error["resource_id"] == root
    assert error["parameter"] == "referenced_tweets.id"


def test_lenient_params_when_not_strict(sb: SandboxServer, user: Client) -> None:
    sb.settings.strict_params = False
    assert user.get("/2/users/me", params={"colour": "red"}).status_code == 200


def test_parent_reply_settings_are_enforced(sb: SandboxServer, user: Client) -> None:
    sb.seed(
        [
            {
                "key": "m",
                "author": "host_md",
                "text": "Only @guest_md may reply",
                "reply_settings": "mentionedUsers",
            },
            {
                "key": "o",
                "author": "host_md",
                "text": "Mentioned only, but not you",
                "reply_settings": "mentionedUsers",
            },
            {
                "key": "v",
                "author": "host_md",
                "text": "Verified only",
                "reply_settings": "verified",
            },
        ]
    )
    mentioned, other, verified = (p.id for p in sb.posts)
    token, _ = sb.issue_user_token(username="guest_md")
    guest = Client(sb, token, None)

    def reply(client: Client, post_id: str, text: str) -> int:
        return client.post(
            "/2/tweets", json={"text": text, "reply": {"in_reply_to_tweet_id": post_id}}
        ).status_code

    assert reply(guest, mentioned, "thanks!") == 201
    assert reply(user, mentioned, "me too") == 403
    assert reply(guest, other, "hi") == 403
    assert reply(user, verified, "hello") == 403
    own = user.post("/2/tweets", json={"text": "mine", "reply_settings": "verified"})
    assert reply(user, own.json()["data"]["id"], "my own thread") == 201
