"""How long a SandboxServer takes to start, serve one request and stop.

Baseline: a bare stdlib ThreadingHTTPServer doing the same in the same run. Prints both
medians and the ratio (sandbox / bare server).
"""

from __future__ import annotations

import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from medtweet.sandbox import SandboxServer

ROUNDS = 20


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"{}"
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def bare() -> float:
    start = time.perf_counter()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    requests.get(f"http://127.0.0.1:{server.server_address[1]}/", timeout=5)
    server.shutdown()
    server.server_close()
    thread.join()
    return time.perf_counter() - start


def sandbox() -> float:
    start = time.perf_counter()
    with SandboxServer() as sb:
        requests.get(
            sb.base_url + "/2/users/me",
            timeout=5,
            headers={"Authorization": f"Bearer {sb.user_token}"},
        )
    return time.perf_counter() - start


def sandbox_demo_seed() -> float:
    start = time.perf_counter()
    with SandboxServer(seed="demo") as sb:
        requests.get(
            sb.base_url + "/2/users/me",
            timeout=5,
            headers={"Authorization": f"Bearer {sb.user_token}"},
        )
    return time.perf_counter() - start


def main() -> None:
    sandbox()  # warm imports
    base = statistics.median(bare() for _ in range(ROUNDS))
    ours = statistics.median(sandbox() for _ in range(ROUNDS))
    seeded = statistics.median(sandbox_demo_seed() for _ in range(ROUNDS))
    print(f"bare ThreadingHTTPServer start+request+stop: {base * 1000:.1f} ms")
    print(
        f"SandboxServer start+request+stop:            {ours * 1000:.1f} ms "
        f"(ratio {ours / base:.2f}x)"
    )
    print(
        f"SandboxServer(seed='demo') start+request+stop: {seeded * 1000:.1f} ms "
        f"(ratio {seeded / base:.2f}x)"
    )


if __name__ == "__main__":
    main()
