"""A local OpenAI-compatible HTTP server with scripted replies, for testing every LLM path offline.

    with FakeLLM(lambda req: "reply text") as llm:
        settings = get_settings(llm_base_url=llm.url)

The handler gets the parsed JSON request and returns either a string (the assistant's content) or a
full ``message`` dict (e.g. with ``tool_calls``). Every request is recorded in ``llm.requests``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = Callable[[dict[str, Any]], "str | dict[str, Any]"]


class FakeLLM:
    def __init__(self, handler: Handler, embed_dim: int = 8) -> None:
        self.handler = handler
        self.embed_dim = embed_dim
        self.requests: list[dict[str, Any]] = []
        outer = self

        class _H(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # /models, used by some clients as a health check
                self._send({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                outer.requests.append({"path": self.path, **body})
                if self.path.endswith("/embeddings"):
                    inputs = body.get("input") or []
                    inputs = [inputs] if isinstance(inputs, str) else inputs
                    data = [{"object": "embedding", "index": i,
                             "embedding": [float((hash(t) >> k) % 7) + 1.0 for k in range(outer.embed_dim)]}
                            for i, t in enumerate(inputs)]
                    self._send({"object": "list", "data": data, "model": body.get("model")})
                    return
                try:
                    out = outer.handler(body)
                except Exception as exc:  # noqa: BLE001 - a scripted failure becomes an HTTP 500
                    self.send_response(500)
                    self.end_headers()
                    self.wfile.write(str(exc).encode())
                    return
                message = out if isinstance(out, dict) else {"role": "assistant", "content": out}
                message.setdefault("role", "assistant")
                finish = "tool_calls" if message.get("tool_calls") else "stop"
                self._send({
                    "id": f"chatcmpl-{len(outer.requests)}", "object": "chat.completion", "created": 0,
                    "model": body.get("model", "fake-model"),
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                })

            def _send(self, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


def last_user_message(request: dict[str, Any]) -> str:
    """The content of the last user message of a chat request."""
    for m in reversed(request.get("messages", [])):
        if m.get("role") == "user":
            content = m.get("content")
            return content if isinstance(content, str) else json.dumps(content)
    return ""
