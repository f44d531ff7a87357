"""Follow a (synthetic) conference hashtag against the offline sandbox: no credentials needed."""

from collections import Counter

import requests

from medtweet.sandbox import SandboxServer

with SandboxServer(seed="demo") as sb:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {sb.app_token}"
    params = {
        "query": "#CardioCon26 -is:retweet",
        "max_results": 100,
        "expansions": "author_id",
        "tweet.fields": "created_at,public_metrics,entities",
    }
    posts, users = [], {}
    while True:
        page = session.get(f"{sb.base_url}/2/tweets/search/recent", params=params,
                           timeout=10).json()
        posts += page.get("data", [])
        users.update({u["id"]: u["username"] for u in page.get("includes", {}).get("users", [])})
        if "next_token" not in page["meta"]:
            break
        params["next_token"] = page["meta"]["next_token"]

    print(f"{len(posts)} original posts tagged #CardioCon26 in the last 7 days")
    top = max(posts, key=lambda p: p["public_metrics"]["like_count"])
    print(f"most liked, by @{users[top['author_id']]}: {top['text'][:80]}")
    tags = Counter(
        h["tag"].lower() for p in posts for h in p.get("entities", {}).get("hashtags", [])
    )
    print("co-occurring hashtags:", ", ".join(f"#{t}" for t, _ in tags.most_common(5)[1:]))
