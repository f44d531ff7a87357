"""Media upload v2 (one-shot and chunked), processing state, alt text, posting with media."""

from __future__ import annotations

import base64
import struct
from datetime import timedelta

from medtweet.sandbox import SandboxServer

from .conftest import Client

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 640, 480) + b"\x00" * 40


def _upload(user: Client) -> str:
    response = user.post(
        "/2/media/upload",
        json={"media": base64.b64encode(PNG).decode(), "media_category": "tweet_image"},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["data"]["id"])


def test_one_shot_image(user: Client) -> None:
    response = user.post(
        "/2/media/upload",
        json={"media": base64.b64encode(PNG).decode(), "media_category": "tweet_image"},
    )
    data = response.json()["data"]
    assert data["media_key"] == f"3_{data['id']}"
    assert data["image"] == {"image_type": "image/png", "w": 640, "h": 480}
    assert data["size"] == len(PNG)
    assert data["expires_after_secs"] == 86400


def test_one_shot_multipart(sb: SandboxServer, user: Client) -> None:
    response = user.session.post(
        sb.base_url + "/2/media/upload",
        files={"media": ("x.png", PNG, "image/png")},
        data={"media_category": "tweet_image"},
        timeout=5,
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["image"]["w"] == 640


def test_one_shot_rejects_bad_input(user: Client) -> None:
    missing = user.post("/2/media/upload", json={"media_category": "tweet_image"}, validate=False)
    assert missing.status_code == 400
    bad64 = user.post("/2/media/upload", json={"media": "***", "media_category": "tweet_image"})
    assert bad64.status_code == 400
    category = user.post(
        "/2/media/upload", validate=False, json={"media": "AAAA", "media_category": "poster"}
    )
    assert category.status_code == 400


def test_chunked_video_processing_then_post(sb: SandboxServer, user: Client) -> None:
    video = b"\x00\x00\x00\x18ftypmp42" + b"v" * 1000
    init = user.post(
        "/2/media/upload/initialize",
        json={
            "media_type": "video/mp4",
            "total_bytes": len(video),
            "media_category": "tweet_video",
        },
    )
    media_id = init.json()["data"]["id"]
    assert init.json()["data"]["media_key"] == f"7_{media_id}"
    for index, start in enumerate(range(0, len(video), 400)):
        chunk = base64.b64encode(video[start : start + 400]).decode()
        appended = user.post(
            f"/2/media/upload/{media_id}/append", json={"media": chunk, "segment_index": index}
        )
        assert appended.status_code == 200, appended.text
        assert appended.json()["data"]["expires_at"] > sb.clock.now().timestamp()
    early = user.post("/2/tweets", json={"text": "video", "media": {"media_ids": [media_id]}})
    assert early.status_code == 400
    final = user.post(f"/2/media/upload/{media_id}/finalize").json()["data"]
    assert final["processing_info"]["state"] == "pending"
    assert final["processing_info"]["check_after_secs"] >= 1
    assert final["size"] == len(video)
    not_ready = user.post("/2/tweets", json={"text": "video", "media": {"media_ids": [media_id]}})
    assert not_ready.status_code == 400
    assert "not ready" in not_ready.json()["errors"][0]["message"]
    states = []
    for _ in range(5):
        status = user.get("/2/media/upload", params={"command": "STATUS", "media_id": media_id})
        states.append(status.json()["data"]["processing_info"]["state"])
        sb.clock.advance(1)
    assert states[0] == "pending"
    assert "in_progress" in states
    assert states[-1] == "succeeded"
    posted = user.post("/2/tweets", json={"text": "video", "media": {"media_ids": [media_id]}})
    assert posted.status_code == 201
    assert sb.posts[-1].media_ids == (media_id,)


def test_chunked_checks_segments_and_size(user: Client) -> None:
    init = user.post(
        "/2/media/upload/initialize", json={"media_type": "image/png", "total_bytes": 10}
    )
    media_id = init.json()["data"]["id"]
    user.post(
        f"/2/media/upload/{media_id}/append",
        json={"media": base64.b64encode(b"12345").decode(), "segment_index": 1},
    )
    gap = user.post(f"/2/media/upload/{media_id}/finalize")
    assert gap.status_code == 400
    user.post(
        f"/2/media/upload/{media_id}/append",
        json={"media": base64.b64encode(b"1").decode(), "segment_index": 0},
    )
    short = user.post(f"/2/media/upload/{media_id}/finalize")
    assert short.status_code == 400
    assert "mismatch" in short.json()["errors"][0]["message"]
    bad_index = user.post(
        f"/2/media/upload/{media_id}/append",
        validate=False,
        json={"media": "AA==", "segment_index": 1000},
    )
    assert bad_index.status_code == 400
    assert user.post("/2/media/upload/initialize", json={"total_bytes": 1}).status_code == 400


def test_failed_processing_and_unknown_media(sb: SandboxServer, user: Client) -> None:
    init = user.post(
        "/2/media/upload/initialize",
        json={"media_type": "image/gif", "total_bytes": 1, "media_category": "tweet_gif"},
    ).json()["data"]
    user.post(
        f"/2/media/upload/{init['id']}/append",
        json={"media": base64.b64encode(b"G").decode(), "segment_index": 0},
    )
    user.post(f"/2/media/upload/{init['id']}/finalize")
    sb.fail_media_processing(init["id"])
    status = user.get("/2/media/upload", params={"media_id": init["id"]}).json()
    assert status["data"]["processing_info"]["state"] == "failed"
    assert user.get("/2/media/upload", params={"media_id": "123"}).status_code == 404
    assert (
        user.post("/2/tweets", json={"text": "x", "media": {"media_ids": ["123"]}}).status_code
        == 400
    )


def test_media_expires(sb: SandboxServer, user: Client) -> None:
    media_id = _upload(user)
    sb.clock.advance(timedelta(hours=24))
    response = user.post("/2/tweets", json={"text": "late", "media": {"media_ids": [media_id]}})
    assert response.status_code == 400
    assert "expired" in response.json()["errors"][0]["message"]


def test_media_of_another_user_is_refused(sb: SandboxServer, user: Client) -> None:
    media_id = _upload(user)
    token, _ = sb.issue_user_token(username="other_doc")
    other = Client(sb, token, None)
    response = other.post("/2/tweets", json={"text": "x", "media": {"media_ids": [media_id]}})
    assert response.status_code == 400


def test_alt_text_and_media_expansion(sb: SandboxServer, user: Client) -> None:
    media_id = _upload(user)
    meta = user.post(
        "/2/media/metadata",
        json={"id": media_id, "metadata": {"alt_text": {"text": "Chest X-ray, no identifiers"}}},
    )
    assert meta.status_code == 200
    assert meta.json()["data"]["id"] == media_id
    assert sb.alt_text(media_id) == "Chest X-ray, no identifiers"
    post_id = user.post("/2/tweets", json={"text": "", "media": {"media_ids": [media_id]}}).json()[
        "data"
    ]["id"]
    body = user.get(
        f"/2/tweets/{post_id}",
        params={
            "tweet.fields": "attachments",
            "expansions": "attachments.media_keys",
            "media.fields": "alt_text,width,height,type",
        },
    ).json()
    assert body["data"]["attachments"]["media_keys"] == [f"3_{media_id}"]
    assert body["includes"]["media"] == [
        {
            "media_key": f"3_{media_id}",
            "type": "photo",
            "width": 640,
            "height": 480,
            "alt_text": "Chest X-ray, no identifiers",
        }
    ]


def test_alt_text_longer_than_1000_is_rejected(user: Client) -> None:
    media_id = _upload(user)
    response = user.post(
        "/2/media/metadata",
        validate=False,
        json={"id": media_id, "metadata": {"alt_text": {"text": "a" * 1001}}},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameters"].keys() == {"metadata.alt_text.text"}
    ok = user.post(
        "/2/media/metadata", json={"id": media_id, "metadata": {"alt_text": {"text": "a" * 1000}}}
    )
    assert ok.status_code == 200


def test_at_most_four_media(user: Client) -> None:
    ids = [_upload(user) for _ in range(5)]
    response = user.post(
        "/2/tweets", validate=False, json={"text": "five", "media": {"media_ids": ids}}
    )
    assert response.status_code == 400
    assert (
        user.post("/2/tweets", json={"text": "four", "media": {"media_ids": ids[:4]}}).status_code
        == 201
    )


def test_additional_owners_may_attach(sb: SandboxServer, user: Client) -> None:
    token, _ = sb.issue_user_token(username="co_author")
    other = Client(sb, token, None)
    other_id = other.get("/2/users/me").json()["data"]["id"]
    response = user.post(
        "/2/media/upload",
        json={
            "media": base64.b64encode(PNG).decode(),
            "media_category": "tweet_image",
            "additional_owners": other_id,
        },
    )
    media_id = response.json()["data"]["id"]
    posted = other.post("/2/tweets", json={"text": "shared", "media": {"media_ids": [media_id]}})
    assert posted.status_code == 201


def test_chunked_multipart_append(sb: SandboxServer, user: Client) -> None:
    init = user.post(
        "/2/media/upload/initialize", json={"media_type": "image/png", "total_bytes": len(PNG)}
    )
    media_id = init.json()["data"]["id"]
    for index, start in enumerate(range(0, len(PNG), 20)):
        response = user.session.post(
            f"{sb.base_url}/2/media/upload/{media_id}/append",
            files={"media": ("blob", PNG[start : start + 20], "application/octet-stream")},
            data={"segment_index": str(index)},
            timeout=5,
        )
        assert response.status_code == 200, response.text
    final = user.post(f"/2/media/upload/{media_id}/finalize").json()["data"]
    assert final["size"] == len(PNG)
    assert final["image"] == {"image_type": "image/png", "w": 640, "h": 480}
    assert "processing_info" not in final
    again = user.post(
        f"/2/media/upload/{media_id}/append", json={"media": "AA==", "segment_index": 9}
    )
    assert again.status_code == 400
