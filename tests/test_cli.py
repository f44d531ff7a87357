"""The ``medtweet`` command: in-process through ``main`` and a few runs of ``python -m``."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from medtweet import Thread
from medtweet._cli._demo import demo_draft, leaky_draft
from medtweet._cli._io import Console
from medtweet.cli import main
from medtweet.sandbox import SandboxServer
from medtweet.x import finding_key

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tweetorial"
LEAK = "Saw Mrs. Jane Doe from Springfield on 3/14 with K 7.1 mmol/L."
CLEAN = "Peaked T waves are the earliest ECG sign of hyperkalaemia."
ID = re.compile(r"^(\d{15,20}) https://x\.com/\S+/status/\1$", re.MULTILINE)


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("MEDTWEET_X_"):
            monkeypatch.delenv(name)


@pytest.fixture
def sandbox(no_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    with SandboxServer(seed="demo") as sb:
        monkeypatch.setenv("MEDTWEET_X_ACCESS_TOKEN", sb.user_token)
        yield sb


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A copy of the packaged tweetorial draft with its image."""
    folder = tmp_path / "draft"
    shutil.copytree(demo_draft().parent, folder)
    return folder / "tweetorial.md"


@pytest.fixture
def leaky(draft: Path) -> Path:
    """A case-based draft beside the tweetorial (same image) whose first post leaks PHI."""
    path = draft.with_name("leaky.md")
    path.write_text(leaky_draft(LEAK), encoding="utf-8")
    return path


def acks(draft: Path) -> list[str]:
    """``--acknowledge KEY`` for each PHI finding of a draft (the ECG image advice)."""
    keys = [
        finding_key(f) for f in Thread.from_draft_file(draft).check() if f.rule.startswith("phi.")
    ]
    return [arg for key in keys for arg in ("--acknowledge", key)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def post_json(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, draft: Path
) -> dict[str, Any]:
    """``medtweet post DRAFT --json`` to the sandbox, its findings acknowledged: the result."""
    code, out, _ = run(
        capsys,
        "post",
        str(draft),
        *acks(draft),
        "--sandbox",
        sandbox.base_url,
        "--yes",
        "--delay",
        "0",
        "--json",
    )
    assert code == 0
    result: dict[str, Any] = json.loads(out)
    return result


def no_stdin(monkeypatch: pytest.MonkeyPatch, text: str = "", *, tty: bool = False) -> None:
    stream = io.StringIO(text)
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", stream)


# -- demo ------------------------------------------------------------------------------------


def test_demo_runs_the_whole_job_and_ends_with_the_posted_ids(
    capsys: pytest.CaptureFixture[str], no_env: None
) -> None:
    started = time.perf_counter()
    code, out, err = run(capsys, "demo")
    elapsed = time.perf_counter() - started
    print(f"medtweet demo took {elapsed:.2f}s")  # shown with -s; no timed assert
    assert code == 0, err
    assert err == ""  # stderr is not a terminal here: no progress lines
    assert re.search(r"BLOCKED: [1-9]\d* findings", out)
    assert "NOT BLOCKED" not in out
    for step in (
        "Compose",
        "leaks a date, a name and a town",
        "BLOCKED",
        "[NAME]",
        "[GEOGRAPHIC]",
        "[DATE]",
        "Check the clean draft",
        "Post the thread",
        "#CardioCon26",
        "## Top posts",
        "Posted ids",
    ):
        assert step in out
    assert "[poll, 1 day]" in out
    assert "[reveal: after the poll closes]" in out
    assert "References" in out
    tail = out.split("Posted ids", 1)[1]
    ids = ID.findall(tail)
    assert len(ids) == len(Thread.from_draft_file(demo_draft()).posts)
    assert out.rstrip().endswith(ids[-1])


def test_packaged_demo_draft_matches_the_example() -> None:
    """The demo ships a copy of examples/tweetorial; re-copy it when the example changes."""
    packaged = demo_draft()
    assert packaged.read_text(encoding="utf-8") == (EXAMPLE / "hyperkalaemia.md").read_text(
        encoding="utf-8"
    )
    assert (packaged.parent / "images" / "ecg.png").read_bytes() == (
        EXAMPLE / "images" / "ecg.png"
    ).read_bytes()


# -- usage and errors ------------------------------------------------------------------------


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2
    assert "demo" in out
    assert "MEDTWEET_X_ACCESS_TOKEN" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["check"],
        ["compose", "x.md", "--json", "--markdown"],
        ["compose", "x.md", "--platform", "myspace"],
        ["search", "#x", "--max", "many"],
    ],
)
def test_usage_errors_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("medtweet")
    assert "Traceback" not in err


def test_missing_credentials_say_which_variables(
    capsys: pytest.CaptureFixture[str], no_env: None
) -> None:
    code, _, err = run(capsys, "search", "#CardioCon26")
    assert code == 2
    assert "MEDTWEET_X_BEARER_TOKEN" in err
    assert "medtweet sandbox" in err
    assert err.count("\n") == 1


def test_bad_query_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer
) -> None:
    code, _, err = run(capsys, "search", "#x " * 300, "--sandbox", sandbox.base_url)
    assert code == 2
    assert err.count("\n") == 1
    assert "512" in err


def test_api_errors_exit_1_in_one_line(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer
) -> None:
    code, out, err = run(
        capsys, "poll-results", "999999999999999999", "--sandbox", sandbox.base_url
    )
    assert code == 1
    assert out == ""
    assert err.startswith("medtweet poll-results: ")
    assert err.count("\n") == 1


def test_python_dash_m_runs_the_command() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDTWEET_X_")}
    done = subprocess.run(
        [sys.executable, "-m", "medtweet", "check", LEAK, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert report["ok"] is False
    bad = subprocess.run(
        [sys.executable, "-m", "medtweet", "post", "missing-draft.md", "--yes"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.strip() == "medtweet: error: no such draft file: missing-draft.md"


# -- check -----------------------------------------------------------------------------------


def test_check_clean_text_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", CLEAN)
    assert code == 0
    assert out.strip().endswith("clean")


def test_check_text_with_phi_exits_1_and_redacts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", LEAK, "--redact")
    assert code == 1
    assert "BLOCKING" in out
    assert "Jane Doe" in out
    redacted = out.split("redacted:\n", 1)[1]
    assert "Jane Doe" not in redacted
    assert "Springfield" not in redacted
    assert "[NAME]" in redacted
    assert "[GEOGRAPHIC]" in redacted
    assert "[DATE]" in redacted


def test_check_json_shape(capsys: pytest.CaptureFixture[str], draft: Path) -> None:
    image = draft.parent / "images" / "ecg.png"
    code, out, _ = run(capsys, "check", str(draft), str(image), LEAK, "--json", "--redact")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"version", "ok", "inputs"}
    assert report["version"] == 1
    assert report["ok"] is False
    kinds = [item["kind"] for item in report["inputs"]]
    assert kinds == ["draft", "image", "text"]
    for item in report["inputs"]:
        assert {"input", "kind", "ok", "findings"} <= set(item)
        for finding in item["findings"]:
            assert set(finding) == {
                "path",
                "rule",
                "message",
                "blocking",
                "phi",
                "category",
                "text",
                "start",
                "end",
                "key",
                "acknowledged",
            }
    draft_result, image_result, text_result = report["inputs"]
    assert draft_result["ok"] is True
    assert image_result["ok"] is True
    assert text_result["ok"] is False
    assert "redacted" in text_result
    assert "Jane Doe" not in text_result["redacted"]
    name = next(f for f in text_result["findings"] if f["category"] == "name")
    assert LEAK[name["start"] : name["end"]] == name["text"]
    assert "Jane Doe" in name["text"]


def test_check_draft_with_phi_blocks_until_each_finding_is_acknowledged(
    capsys: pytest.CaptureFixture[str], leaky: Path
) -> None:
    code, out, _ = run(capsys, "check", str(leaky), "--json")
    assert code == 1
    findings = json.loads(out)["inputs"][0]["findings"]
    keys = [f["key"] for f in findings if f["blocking"] and f["phi"]]
    assert len(keys) >= 3
    code, _, _ = run(capsys, "check", str(leaky), "--acknowledge", keys[0])
    assert code == 1
    acks = [arg for key in keys for arg in ("--ack", key)]
    code, out, _ = run(capsys, "check", str(leaky), *acks)
    assert code == 0
    assert "acknowledged" in out


def test_check_refuses_dicom_images(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dicom = tmp_path / "scan.dcm"
    dicom.write_bytes(b"\0" * 128 + b"DICM" + b"\0" * 64)
    code, out, _ = run(capsys, "check", str(dicom))
    assert code == 1
    assert "DICOM" in out


def test_check_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "drafts/missing.md")
    assert code == 2
    assert out == ""
    assert "no such file: drafts/missing.md" in err


def test_check_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_stdin(monkeypatch, LEAK)
    code, out, _ = run(capsys, "check", "-", "--json")
    assert code == 1
    assert json.loads(out)["inputs"][0]["input"] == "-"


def test_check_as_a_pre_commit_hook(tmp_path: Path, draft: Path, leaky: Path) -> None:
    """A hook runs the command on the staged files and fails the commit on findings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDTWEET_X_")}
    command = [sys.executable, "-m", "medtweet", "check"]
    ok = subprocess.run(
        [*command, str(draft)], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        [*command, str(draft), str(leaky)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert bad.returncode == 1
    assert "Eleanor" not in bad.stdout  # the leak here is Jane Doe
    assert "Jane Doe" in bad.stdout


# -- compose ---------------------------------------------------------------------------------


def test_compose_previews(capsys: pytest.CaptureFixture[str], draft: Path) -> None:
    code, out, _ = run(capsys, "compose", str(draft))
    assert code == 0
    assert "Post 1" in out
    assert "/280" in out
    assert "[poll, 1 day]" in out


@pytest.mark.parametrize("platform", ["x", "x-premium", "bluesky", "mastodon"])
def test_compose_json_is_the_thread(
    capsys: pytest.CaptureFixture[str], draft: Path, platform: str
) -> None:
    code, out, _ = run(capsys, "compose", str(draft), "--platform", platform, "--json")
    assert code == 0
    thread = Thread.from_json(out)
    assert thread.platform.name == platform
    assert thread == Thread.from_json(thread.to_json())


def test_compose_markdown(capsys: pytest.CaptureFixture[str], draft: Path) -> None:
    code, out, _ = run(capsys, "compose", str(draft), "--markdown")
    assert code == 0
    assert out.startswith("# Peaked T waves")
    assert "doi.org" in out


def test_compose_bad_draft_names_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("title: fine\nflavour: unknown header\n\nSome text.\n", encoding="utf-8")
    code, out, err = run(capsys, "compose", str(bad))
    assert code == 2
    assert out == ""
    assert "line 2" in err
    assert err.count("\n") == 1


# -- post ------------------------------------------------------------------------------------


def test_post_to_the_sandbox_waits_for_the_poll_then_resumes(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, draft: Path
) -> None:
    before = len(sandbox.posts)
    argv = [
        "post",
        str(draft),
        *acks(draft),
        "--sandbox",
        sandbox.base_url,
        "--yes",
        "--delay",
        "0",
    ]
    thread = Thread.from_draft_file(draft)
    first_reveal = next(i for i, p in enumerate(thread.posts) if p.reveal)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    first = ID.findall(out)
    assert len(first) == first_reveal  # up to the poll; the reveal waits for it to close
    assert "cost estimate" in err
    assert "run the same command again after" in err
    journal = draft.with_name("tweetorial.md.journal.json")
    assert journal.is_file()
    # before the poll closes, running again posts nothing new
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert ID.findall(out) == first
    sandbox.advance(timedelta(days=1, minutes=1))
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    ids = ID.findall(out)
    assert ids[: len(first)] == first
    assert len(ids) == len(thread.posts)
    stored = {p.id: p for p in sandbox.posts}
    assert len(sandbox.posts) == before + len(ids)
    assert [stored[i].text for i in ids] == [p.text for p in thread.posts]
    # a finished journal: the same command again posts nothing twice
    code, again, _ = run(capsys, *argv)
    assert code == 0
    assert ID.findall(again) == ids
    assert len(sandbox.posts) == before + len(ids)


def test_post_needs_the_image_advice_acknowledged(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, draft: Path
) -> None:
    before = len(sandbox.posts)
    code, out, err = run(capsys, "post", str(draft), "--sandbox", sandbox.base_url, "--yes")
    assert code == 1
    assert out == ""
    assert "check the image yourself" in err
    assert f"[key {acks(draft)[1]}]" in err
    assert len(sandbox.posts) == before
    code, out, _ = run(capsys, "check", str(draft))
    assert code == 0  # advice does not fail `check`; `post` wants it acknowledged
    assert f"--acknowledge {acks(draft)[1]}" in out


def test_post_json_shape(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, draft: Path
) -> None:
    result = post_json(capsys, sandbox, draft)
    assert set(result) == {
        "version",
        "dry_run",
        "ids",
        "urls",
        "journal",
        "cost",
        "complete",
        "resume_at",
    }
    assert result["dry_run"] is False
    assert result["complete"] is False  # the reveal waits for the poll
    assert result["resume_at"] is not None
    assert result["journal"].endswith("tweetorial.md.journal.json")
    assert len(result["ids"]) == len(result["urls"]) == 2
    assert result["cost"]["posts"] == 9
    assert set(result["cost"]) == {"posts", "url_posts", "total_usd"}


def test_post_dry_run_needs_no_credentials(
    capsys: pytest.CaptureFixture[str], no_env: None, draft: Path
) -> None:
    code, out, _ = run(capsys, "post", str(draft), *acks(draft), "--dry-run")
    assert code == 0
    assert out.startswith("dry run: nothing posted; 9 posts")
    assert not list(draft.parent.glob("*.journal.json"))


def test_post_refuses_without_a_terminal_or_yes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: SandboxServer,
    draft: Path,
) -> None:
    no_stdin(monkeypatch)
    before = len(sandbox.posts)
    code, out, err = run(capsys, "post", str(draft), *acks(draft), "--sandbox", sandbox.base_url)
    assert code == 2
    assert out == ""
    assert "--yes" in err
    assert err.count("\n") == 1
    assert len(sandbox.posts) == before


@pytest.mark.parametrize(("answer", "posted"), [("y\n", True), ("n\n", False), ("", False)])
def test_post_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: SandboxServer,
    draft: Path,
    answer: str,
    posted: bool,
) -> None:
    no_stdin(monkeypatch, answer, tty=True)
    before = len(sandbox.posts)
    code, out, err = run(
        capsys, "post", str(draft), *acks(draft), "--sandbox", sandbox.base_url, "--delay", "0"
    )
    assert code == 0
    assert "? [y/N]" in err
    assert "about $" in err
    assert (len(sandbox.posts) > before) is posted
    assert bool(ID.findall(out)) is posted


def test_post_blocks_phi_until_acknowledged(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, leaky: Path
) -> None:
    before = len(sandbox.posts)
    code, out, err = run(
        capsys, "post", str(leaky), "--sandbox", sandbox.base_url, "--yes", "--delay", "0"
    )
    assert code == 1
    assert out == ""
    assert "not posting the thread" in err.splitlines()[-1]
    assert "Jane Doe" in err
    assert len(sandbox.posts) == before
    keys = re.findall(r"\[key (\S+)\]", err)
    assert keys
    acks = [arg for key in keys for arg in ("--acknowledge", key)]
    code, out, err = run(
        capsys, "post", str(leaky), "--sandbox", sandbox.base_url, "--yes", "--delay", "0", *acks
    )
    assert code == 0, err
    assert ID.findall(out)


# -- search, follow, counts, digest, poll results --------------------------------------------


def test_search_prints_posts(capsys: pytest.CaptureFixture[str], sandbox: SandboxServer) -> None:
    code, out, err = run(
        capsys, "search", "#CardioCon26 -is:retweet", "--max", "7", "--sandbox", sandbox.base_url
    )
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 7
    assert all("#cardiocon26" in line.lower() for line in lines)
    assert err.strip() == "7 posts"


def test_search_json_lines(capsys: pytest.CaptureFixture[str], sandbox: SandboxServer) -> None:
    code, out, _ = run(
        capsys, "search", "#CardioCon26", "--max", "3", "--json", "--sandbox", sandbox.base_url
    )
    assert code == 0
    posts = [json.loads(line) for line in out.splitlines()]
    assert len(posts) == 3
    assert all({"id", "text", "created_at", "author_username"} <= set(p) for p in posts)


def test_search_archive_then_digest(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, tmp_path: Path
) -> None:
    archive = tmp_path / "cardiocon.jsonl"
    code, out, _ = run(
        capsys,
        "search",
        "#CardioCon26 -is:retweet",
        "--since",
        "2d",
        "--jsonl",
        str(archive),
        "--sandbox",
        sandbox.base_url,
    )
    assert code == 0
    written = int(out.split()[0])
    assert written > 10
    assert archive.is_file()
    code, out, _ = run(capsys, "digest", str(archive), "--title", "CardioCon26, day 2")
    assert code == 0
    assert out.startswith("# CardioCon26, day 2")
    assert f"{written} posts" in out
    assert "## Top posts" in out
    assert "#CardioCon26 (" not in out.split("## Co-occurring hashtags", 1)[1]


def test_digest_of_a_missing_archive(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "digest", "nowhere.jsonl")
    assert code == 2
    assert "no such archive" in err


def test_counts_json_shape(capsys: pytest.CaptureFixture[str], sandbox: SandboxServer) -> None:
    code, out, _ = run(
        capsys,
        "counts",
        "#CardioCon26",
        "--granularity",
        "day",
        "--json",
        "--sandbox",
        sandbox.base_url,
    )
    assert code == 0
    series = json.loads(out)
    assert set(series) == {"version", "query", "granularity", "total", "buckets"}
    assert series["granularity"] == "day"
    assert series["total"] == sum(b["count"] for b in series["buckets"]) > 0
    code, out, _ = run(capsys, "counts", "#CardioCon26", "--sandbox", sandbox.base_url)
    assert code == 0
    assert f"{series['total']} posts matching" in out
    assert "│" in out


def test_follow_never_prints_a_post_twice(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, tmp_path: Path
) -> None:
    state = tmp_path / "follow.json"
    argv = [
        "follow",
        "#CardioCon26",
        "--since",
        "1d",
        "--interval",
        "0",
        "--max-polls",
        "1",
        "--state",
        str(state),
        "--sandbox",
        sandbox.base_url,
    ]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    first = out.splitlines()
    assert first
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out == ""


def test_poll_results(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, draft: Path
) -> None:
    poll_post = post_json(capsys, sandbox, draft)["ids"][1]
    code, out, _ = run(capsys, "poll-results", poll_post, "--json", "--sandbox", sandbox.base_url)
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"version", "id", "closed", "total", "winner", "options"}
    assert next(o["label"] for o in result["options"]) == "Hyperkalaemia"
    assert result["closed"] is False
    code, out, _ = run(capsys, "poll-results", poll_post, "--sandbox", sandbox.base_url)
    assert code == 0
    assert "1. Hyperkalaemia: 0" in out


# -- sandbox ---------------------------------------------------------------------------------


def test_sandbox_command_serves_until_stopped(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDTWEET_X_")}
    with subprocess.Popen(
        [sys.executable, "-m", "medtweet", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as server:
        try:
            assert server.stdout is not None
            banner = [server.stdout.readline() for _ in range(3)]
            url = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
            token = re.search(r"MEDTWEET_X_ACCESS_TOKEN=(\S+)", banner[2])
            assert url, banner
            assert token, banner
            client_env = {**env, "MEDTWEET_X_ACCESS_TOKEN": token.group(1)}
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "medtweet",
                    "search",
                    "#CardioCon26",
                    "--max",
                    "2",
                    "--sandbox",
                    url.group(0),
                ],
                capture_output=True,
                text=True,
                timeout=60,
                env=client_env,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            assert len(done.stdout.splitlines()) == 2
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_progress_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet, loud = io.StringIO(), Tty()
    Console(io.StringIO(), quiet).progress("posting 1/9")
    Console(io.StringIO(), loud).progress("posting 1/9")
    assert quiet.getvalue() == ""
    assert loud.getvalue() == "… posting 1/9\n"


def test_posting_progress_shows_on_a_terminal_stderr(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: SandboxServer,
    draft: Path,
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    argv = ["post", str(draft), *acks(draft), "--sandbox", sandbox.base_url, "--yes"]
    code, out, err = run(capsys, *argv, "--delay", "0")
    assert code == 0
    assert "… " in err  # the client's steps, as progress lines
    assert "… " not in out
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    code, _, err = run(capsys, *argv, "--delay", "0")
    assert code == 0
    assert "… " not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("medtweet 0.")
    assert main(["post", "--help"]) == 0
    assert "MEDTWEET_X_ACCESS_TOKEN" in capsys.readouterr().out


def test_a_case_post_inside_a_teaching_thread_is_flagged(draft: Path) -> None:
    source = draft.read_text(encoding="utf-8")
    leaky = source.replace("\n---\n", f"\n---\n{LEAK}\n\n---\n", 1)
    thread = Thread.from_draft(leaky, base_dir=draft.parent)
    assert [f for f in thread.check() if f.blocking]
