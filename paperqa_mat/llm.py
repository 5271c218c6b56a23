"""A small client for any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp server).

One setting group (``Settings.llm_*``) configures every role. Errors become :class:`LLMError` with a
clear message; callers decide whether to fall back to offline mode.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from paperqa_mat.settings import Settings


class LLMError(RuntimeError):
    """The LLM endpoint could not be reached or returned something unusable."""


@dataclass
class LLMClient:
    base_url: str
    model: str
    api_key: str = "not-needed"
    timeout: float = 60.0
    temperature: float = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMClient:
        if not settings.llm_base_url:
            raise LLMError("No LLM configured: set PQM_LLM_BASE_URL (e.g. http://localhost:11434/v1).")
        return cls(
            base_url=settings.llm_base_url.rstrip("/"),
            model=settings.llm_model,
            api_key=settings.api_key,
            timeout=settings.llm_timeout,
            temperature=settings.llm_temperature,
        )

    def chat_raw(self, messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        """POST /chat/completions and return the first choice's message dict."""
        import httpx

        payload: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": self.temperature}
        payload.update({k: v for k, v in extra.items() if v is not None})
        url = f"{self.base_url}/chat/completions"
        try:
            r = httpx.post(
                url, json=payload, timeout=self.timeout, headers={"Authorization": f"Bearer {self.api_key}"}
            )
        except httpx.HTTPError as exc:
            raise LLMError(f"LLM endpoint {self.base_url} is unreachable: {exc}") from exc
        if r.status_code >= 400:
            raise LLMError(f"LLM endpoint {self.base_url} answered HTTP {r.status_code}: {r.text[:300]}")
        try:
            return r.json()["choices"][0]["message"]
        except (ValueError, KeyError, IndexError) as exc:
            raise LLMError(f"LLM endpoint {self.base_url} returned an unexpected response: {r.text[:300]}") from exc

    def chat(self, messages: list[dict[str, Any]], **extra: Any) -> str:
        """Return the text content of the reply."""
        return (self.chat_raw(messages, **extra).get("content") or "").strip()

    def complete(self, system: str, user: str, **extra: Any) -> str:
        return self.chat([{"role": "system", "content": system}, {"role": "user", "content": user}], **extra)


def parse_json_reply(text: str) -> Any:
    """Parse JSON from a model reply, tolerating code fences and prose around it. Returns None on failure."""
    if not text:
        return None
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    candidates = [fenced.group(1)] if fenced else []
    candidates.append(text)
    for cand in candidates:
        cand = cand.strip()
        try:
            return json.loads(cand)
        except ValueError:
            pass
        for open_, close in (("{", "}"), ("[", "]")):
            i, j = cand.find(open_), cand.rfind(close)
            if 0 <= i < j:
                try:
                    return json.loads(cand[i : j + 1])
                except ValueError:
                    continue
    return None
