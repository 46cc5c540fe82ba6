"""A proxy on 127.0.0.1 in front of the tests' llama-server that answers "busy" (429 or
503) to the first chat requests, or stalls them (says nothing), then passes requests
through, streamed: a server whose slots are all taken, that is still loading its model, or
whose slot is wedged, as rare events made on purpose."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import httpx

from tests.loopback_server import LoopbackServer


class BusyProxy(LoopbackServer):
    def __init__(self, upstream: str, busy: list, stall_s: float = 0.0):
        # what the first chat requests get: a status (429, 503) or "stall" (nothing at all
        # for stall_s, then the connection closes)
        self.upstream, self.busy, self.stall_s = upstream, list(busy), stall_s
        self.seen: list = []  # what each chat request got
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self._forward(b"")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path.endswith("/chat/completions") and proxy.busy:
                    status = proxy.busy.pop(0)
                    proxy.seen.append(status)
                    if status == "stall":
                        time.sleep(proxy.stall_s)  # this handler's own thread
                        self.close_connection = True
                        return
                    self.send_response(status)
                    self.send_header("Retry-After", "1")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path.endswith("/chat/completions"):
                    proxy.seen.append(200)
                self._forward(body)

            def _forward(self, body: bytes) -> None:
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "connection")}
                with httpx.Client(base_url=proxy.upstream, timeout=120, trust_env=False) as c, \
                        c.stream(self.command, self.path, content=body or None,
                                 headers=headers) as answer:
                    self.send_response(answer.status_code)
                    for key, value in answer.headers.items():
                        if key.lower() not in ("content-length", "transfer-encoding",
                                               "connection"):
                            self.send_header(key, value)
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for piece in answer.iter_raw():
                        self.wfile.write(piece)
                        self.wfile.flush()

        super().__init__(Handler)
