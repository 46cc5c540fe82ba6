"""vLLM's HTTP dialect in front of the tests' real llama-server, for the parts where the two
differ: vLLM is not run here (it needs a GPU or a CPU build of its own). The answers, the
token counts and the template are the real server's; the shim only speaks as vLLM does
(vllm/entrypoints/openai/protocol.py: TokenizeCompletionRequest, TokenizeChatRequest,
TokenizeResponse; /v1/models with max_model_len):
- no /props and no /apply-template (404);
- /tokenize takes {"model", "prompt"} or {"model", "messages"}, answers {"count",
  "max_model_len", "tokens"}, and refuses llama.cpp's {"content"} with a 400;
- streamed chat chunks carry OpenAI `usage`, not llama.cpp's `timings`.
With `tokenize=False` it is a server with no /tokenize at all (404): the client must plan
from an estimate."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import httpx

from tests.loopback_server import LoopbackServer


class VllmShim(LoopbackServer):
    def __init__(self, upstream: str, max_model_len: int, *, tokenize: bool = True):
        self.upstream, self.max_model_len, self.tokenize = upstream, max_model_len, tokenize
        self.chat_bodies: list[dict] = []  # what the client asked to answer
        self.refused: list[str] = []  # requests in a shape vLLM refuses
        shim = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if self.path != "/v1/models":
                    return self._json(404, {"error": {"message": "Not Found", "code": 404}})
                with shim._http() as http:
                    models = http.get("/v1/models").json()
                for entry in models.get("data", []):
                    entry["max_model_len"] = shim.max_model_len
                self._json(200, models)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                if self.path == "/tokenize" and shim.tokenize:
                    return self._tokenize(body)
                if self.path == "/v1/chat/completions":
                    shim.chat_bodies.append(body)
                    return self._chat(body)
                self._json(404, {"error": {"message": "Not Found", "code": 404}})

            def _tokenize(self, body: dict) -> None:
                with shim._http() as http:
                    self._count(http, body)

            def _count(self, http: httpx.Client, body: dict) -> None:
                if "prompt" in body:
                    text, special = body["prompt"], body.get("add_special_tokens", True)
                elif "messages" in body:
                    text = http.post("/apply-template",
                                     json={"messages": body["messages"]}).json()["prompt"]
                    special = body.get("add_special_tokens", False)
                else:
                    shim.refused.append(json.dumps(body))
                    return self._json(400, {"error": {
                        "message": "1 validation error: prompt: Field required",
                        "type": "BadRequestError", "code": 400}})
                tokens = http.post("/tokenize", json={"content": text, "add_special": special,
                                                      "parse_special": True}).json()["tokens"]
                self._json(200, {"count": len(tokens), "max_model_len": shim.max_model_len,
                                 "tokens": tokens})

            def _chat(self, body: dict) -> None:
                with shim._http() as http, http.stream("POST", "/v1/chat/completions",
                                                       json=body) as answer:
                    self.send_response(answer.status_code)
                    self.send_header("Content-Type", answer.headers.get("content-type", ""))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for line in answer.iter_lines():
                        if line.startswith("data: {"):
                            chunk = json.loads(line[6:])
                            chunk.pop("timings", None)  # llama.cpp's own; vLLM sends usage
                            line = "data: " + json.dumps(chunk)
                        self.wfile.write(line.encode() + b"\n")
                        self.wfile.flush()

            def _json(self, status: int, value: dict) -> None:
                data = json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        super().__init__(Handler)

    def _http(self) -> httpx.Client:
        return httpx.Client(base_url=self.upstream, timeout=120, trust_env=False)
