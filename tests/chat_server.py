"""A real HTTP server on 127.0.0.1 that speaks the Chat Completions API, scripted per test.

Each test queues what the next requests get: a reply (plain or streamed), a status with
headers (429 with Retry-After, 500), a delay, a dropped stream. Without a queued reply the
``default`` function answers. Every request body and header is recorded for assertions.
No test patches the openai client: it talks HTTP to this server.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    delay: float = 0.0
    headers: dict = field(default_factory=dict)
    drop: bool = False  # streamed: close the connection half way
    prompt_tokens: int = 50
    completion_tokens: int = 20


@dataclass
class Request:
    body: dict
    headers: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    @property
    def text(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages)


class ChatServer:
    def __init__(self, default: Callable[[Request], Reply] | None = None):
        self.queue: deque[Reply] = deque()
        self.requests: list[Request] = []
        self.default = default or (lambda request: Reply("Okay."))
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed-ACK stall)

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - the http.server API
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                request = Request(body, {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    server.requests.append(request)
                    reply = server.queue.popleft() if server.queue else None
                if reply is None:
                    reply = server.default(request)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._json(404, {"error": {"message": "not found"}})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    return self._json(reply.status, {"error": {"message": f"scripted {reply.status}", "type": "server_error"}}, reply.headers)
                if body.get("stream"):
                    return self._stream(body, reply)
                usage = {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                         "total_tokens": reply.prompt_tokens + reply.completion_tokens}
                self._json(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": body.get("model", "test"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content}, "finish_reason": "stop"}],
                    "usage": usage,
                })

            def _json(self, status, data, headers=None):
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(raw)

            def _stream(self, body, reply):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                words = reply.content.split(" ")
                pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
                for i, piece in enumerate(pieces):
                    if reply.drop and i >= len(pieces) // 2:
                        self.wfile.flush()
                        self.connection.close()
                        return
                    chunk = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "test"),
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                final = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "test"),
                         "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                                   "total_tokens": reply.prompt_tokens + reply.completion_tokens}}
                self.wfile.write(f"data: {json.dumps(final)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> ChatServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def push(self, *replies: Reply | str) -> None:
        for reply in replies:
            self.queue.append(Reply(reply) if isinstance(reply, str) else reply)
