"""The LLM mode: a LangChain tool-calling loop over any OpenAI-compatible endpoint.

Our own loop (not a prebuilt agent executor) so that every call goes through the guard and the policy,
tool errors go back to the model as tool messages, and the run has a step and a time limit.
"""

from __future__ import annotations

import re
import time
from typing import Any

from paperqa_mat.agent import prompts
from paperqa_mat.agent.compose import collect_citations, compose
from paperqa_mat.agent.intents import requested_tools
from paperqa_mat.agent.result import AgentResult, ToolCall
from paperqa_mat.agent.runner import _docs, _files, execute
from paperqa_mat.agent.tools import AgentContext, for_model, langchain_tools
from paperqa_mat.llm import LLMError

MAX_BLOCKED = 2  # blocked calls before the run is stopped


def make_chat_model(settings: Any):
    """``ChatOpenAI`` for the configured endpoint (one setting group: llm_base_url / llm_model / llm_api_key)."""
    from langchain_openai import ChatOpenAI

    if not settings.llm_base_url:
        raise LLMError("No LLM configured: set PQM_LLM_BASE_URL (e.g. http://localhost:11434/v1).")
    return ChatOpenAI(base_url=settings.llm_base_url, api_key=settings.api_key, model=settings.llm_model,
                      timeout=settings.llm_timeout, max_retries=1, temperature=settings.llm_temperature)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content or "")


def tool_message_text(call: ToolCall) -> str:
    """What the model sees for one call: delimited data, or a clear error/blocked/policy message."""
    if call.status == "blocked":
        return prompts.BLOCKED_MESSAGE.format(category=(call.output or {}).get("category"))
    if call.status == "policy":
        return prompts.POLICY_MESSAGE.format(tool=call.tool)
    if call.status == "error":
        return prompts.ERROR_MESSAGE.format(tool=call.tool, error=call.result_summary)
    return prompts.wrap_tool_output(call.tool, for_model(call.tool, call.output or {}))


_CITE_GROUP = re.compile(r"\s?\(([^()]{2,200})\)")
_CITE_KEY = re.compile(r"^\s*([A-Z][A-Za-z'\-]{1,40}\d{4}[a-z]{0,2})(?:\s+(?:p\.|pages?)\s*\d+(?:\s*[-–]\s*\d+)?)?\s*$")


def strip_unknown_citations(answer: str, known: set[str]) -> tuple[str, int]:
    """Remove "(Key page N)" citations of papers that are not in the index or the tool outputs."""
    removed = 0

    def fix(m: re.Match) -> str:
        nonlocal removed
        parts = [p for p in m.group(1).split(";")]
        keys = [_CITE_KEY.match(p) for p in parts]
        if not any(keys):
            return m.group(0)  # an ordinary parenthesis
        kept = [p.strip() for p, k in zip(parts, keys, strict=True) if not k or k.group(1) in known]
        removed += len(parts) - len(kept)
        return f" ({'; '.join(kept)})" if kept else ""

    return _CITE_GROUP.sub(fix, answer), removed


def _final_citations(answer: str, calls: list[ToolCall], ctx: AgentContext) -> list[dict[str, Any]]:
    """Citations the reply uses: paper keys it names; else the evidence of an answer_from_papers call."""
    docs = _docs(ctx)
    every = collect_citations(calls, docs=docs)
    named = {c["key"] for c in every if c["key"] and c["key"] in answer}
    if named:
        return collect_citations(calls, only_keys=named, docs=docs)
    return [c for c in collect_citations([c for c in calls if c.tool == "answer_from_papers"], docs=docs)]


def run_llm(request: str, history: list[tuple[str, str]], ctx: AgentContext, max_steps: int = 6,
            tool_timeout: float = 300.0, max_seconds: float = 300.0) -> AgentResult:
    """Tool-calling loop. Raises :class:`LLMError` when the endpoint fails before any answer."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

    model = make_chat_model(ctx.settings).bind_tools(langchain_tools())
    messages: list[Any] = [SystemMessage(prompts.AGENT_SYSTEM)]
    for role, text in history:
        messages.append(HumanMessage(text) if role == "user" else AIMessage(text))
    messages.append(HumanMessage(request))
    allowed = requested_tools(ctx.user_turns)
    calls: list[ToolCall] = []
    notes: list[str] = []
    blocked = 0
    start = time.monotonic()
    for _step in range(max_steps):
        if time.monotonic() - start > max_seconds:
            notes.append(prompts.TIME_LIMIT_NOTE.format(seconds=max_seconds))
            break
        try:
            ai = model.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - openai/httpx errors of every kind
            raise LLMError(f"LLM endpoint {ctx.settings.llm_base_url} failed: {type(exc).__name__}: {exc}") from exc
        messages.append(ai)
        tool_calls = list(getattr(ai, "tool_calls", None) or [])
        invalid = list(getattr(ai, "invalid_tool_calls", None) or [])
        if not tool_calls and not invalid:
            answer = _content_text(ai.content).strip()
            if not answer:
                answer = compose(calls, ["The model returned an empty reply; these are the tool outputs."])
            known = set(_docs(ctx)) | {c["key"] for c in collect_citations(calls)}
            answer, n_removed = strip_unknown_citations(answer, known)
            if n_removed:
                notes.append(f"{n_removed} citation(s) of papers that are not in your index were removed.")
            return AgentResult(answer, False, None, calls, _final_citations(answer, calls, ctx), "llm", notes,
                               _files(calls))
        for bad in invalid:
            call = ToolCall(str(bad.get("name") or "?"), {"raw": bad.get("args")},
                            f"invalid tool call: {bad.get('error') or 'arguments are not valid JSON'}", "error")
            calls.append(call)
            messages.append(ToolMessage(tool_message_text(call), tool_call_id=bad.get("id") or "invalid"))
        for tc in tool_calls:
            call = execute(ctx, tc["name"], tc.get("args") or {}, allowed, tool_timeout)
            calls.append(call)
            blocked += call.status == "blocked"
            messages.append(ToolMessage(tool_message_text(call), tool_call_id=tc.get("id") or tc["name"],
                                        name=tc["name"]))
        if blocked >= MAX_BLOCKED:
            notes.append(prompts.REPEATED_BLOCK_NOTE)
            break
    else:
        notes.append(prompts.STEP_LIMIT_NOTE.format(n=max_steps))
    # stopped without a final answer: assemble the reply from what the tools returned
    executed = [c for c in calls if c.status == "ok"]
    stop = notes.pop() if notes else ""
    answer = compose(executed, intro=stop) if executed else stop
    return AgentResult(answer, False, None, calls, collect_citations(executed, docs=_docs(ctx)), "llm", notes,
                       _files(calls))
