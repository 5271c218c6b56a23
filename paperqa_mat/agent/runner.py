"""Run the agent: screen the request, plan (offline) or let a model call tools (LLM), execute every tool
call through the guard and the side-effect policy, screen tool outputs and the final reply.

Safety layers (in order):
1. the user's request, in its conversation (history + request), with :func:`paperqa_mat.safety.screen`;
2. every tool call's arguments, with :func:`~paperqa_mat.safety.screen_tool_call`, before it runs;
3. tools with side effects (structure generation) run only if the user's own words asked for them;
4. passages in tool outputs that carry a procedure for a controlled substance are withheld;
5. the final reply, with :func:`~paperqa_mat.safety.screen_output`.
"""

from __future__ import annotations

import concurrent.futures as cf
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from paperqa_mat.agent import prompts
from paperqa_mat.agent.result import AgentResult, ToolCall
from paperqa_mat.agent.tools import TOOLS, AgentContext, ToolError, summarise

DEFAULT_TOOL_TIMEOUT = 300.0


# --------------------------------------------------------------------------- conversation
def split_history(history: list[Any] | None) -> tuple[list[str], list[tuple[str, str]]]:
    """User turns (for the guard and the planner) and role-tagged messages (for the model).

    Accepts plain strings (earlier user turns, oldest first), ``{"role", "content"}`` dicts, or
    ``(user, assistant)`` pairs as used by chat UIs.
    """
    users: list[str] = []
    messages: list[tuple[str, str]] = []
    for item in history or []:
        if isinstance(item, str):
            if item.strip():
                users.append(item)
                messages.append(("user", item))
        elif isinstance(item, dict):
            role, content = item.get("role", "user"), item.get("content")
            if isinstance(content, list):  # multimodal content parts
                content = " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
            if not isinstance(content, str) or not content.strip():
                continue
            if role == "user":
                users.append(content)
                messages.append(("user", content))
            elif role == "assistant":
                messages.append(("assistant", content))
        elif isinstance(item, list | tuple) and len(item) == 2:
            u, a = item
            if isinstance(u, str) and u.strip():
                users.append(u)
                messages.append(("user", u))
            if isinstance(a, str) and a.strip():
                messages.append(("assistant", a))
    return users, messages


# --------------------------------------------------------------------------- guarded execution
def _redact(value: Any, counter: list[int]) -> Any:
    """Withhold text fields that carry a procedure for a controlled substance (papers are data, not trusted)."""
    from paperqa_mat.safety import screen_output

    if isinstance(value, str):
        if len(value) >= 40:
            v = screen_output(value, [], use_llm=False)
            if v.refuse:
                counter.append(1)
                return prompts.WITHHELD.format(category=v.category)
        return value
    if isinstance(value, dict):
        return {k: (v if k in ("cif", "path", "key", "doc") else _redact(v, counter)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v, counter) for v in value]
    return value


def _run_with_timeout(fn, timeout: float) -> Any:
    pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pqm-tool")
    try:
        return pool.submit(fn).result(timeout=timeout)
    except cf.TimeoutError:
        raise ToolError(f"timed out after {timeout:.0f} s") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _tool_context(user_turns: list[str], args: dict[str, Any]) -> list[str]:
    """The conversation a tool call is screened in. When the arguments repeat the request verbatim (the
    planner passes the question on), the request is not added twice: the guard would read the repetition
    as a second turn."""
    text = " ".join(str(v) for v in args.values() if isinstance(v, str)).strip()
    if user_turns and text and text in user_turns[-1]:
        return user_turns[:-1]
    return user_turns


def execute(ctx: AgentContext, name: str, args: Any, allowed_side_effects: set[str],
            timeout: float = DEFAULT_TOOL_TIMEOUT) -> ToolCall:
    """Validate, screen, policy-check and run one tool call. Never raises: problems become the call's status."""
    from paperqa_mat.safety import screen_tool_call

    raw_args = args if isinstance(args, dict) else {"input": args}
    spec = TOOLS.get(name)
    if spec is None:
        return ToolCall(str(name), raw_args, f"unknown tool {name!r}; available: {', '.join(TOOLS)}", "error")
    try:
        parsed = spec.args_model.model_validate(raw_args)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or 'args'}: {e['msg']}" for e in exc.errors())
        return ToolCall(name, raw_args, f"invalid arguments ({problems})", "error")
    clean = parsed.model_dump(exclude_none=True)
    verdict = screen_tool_call(name, clean, _tool_context(ctx.user_turns, clean), use_llm=False)
    if verdict.refuse:
        return ToolCall(name, clean, f"blocked by the safety guard (category {verdict.category}): not executed",
                        "blocked", {"category": verdict.category, "reason": verdict.reason})
    if spec.side_effects and name not in allowed_side_effects:
        return ToolCall(name, clean, "the user did not ask for this; not executed", "policy")
    try:
        out = _run_with_timeout(lambda: spec.run(ctx, clean), timeout)
    except ToolError as exc:
        return ToolCall(name, clean, str(exc), "error")
    except Exception as exc:  # noqa: BLE001 - any tool failure goes back to the planner/model, never crashes
        return ToolCall(name, clean, f"{type(exc).__name__}: {exc}", "error")
    withheld: list[int] = []
    out = _redact(out, withheld)
    summary = summarise(name, out)
    if withheld:
        summary += f"; {len(withheld)} passage(s) withheld by the safety guard"
    return ToolCall(name, clean, summary, "ok", out)


def _docs(ctx: AgentContext) -> dict[str, str]:
    try:
        return {p.key: p.doc for p in ctx.index.papers()} if ctx.index is not None else {}
    except Exception:  # noqa: BLE001
        return {}


def _files(calls: list[ToolCall]) -> list[str]:
    return [s["path"] for c in calls if c.tool == "generate_structures" and c.status == "ok"
            for s in c.output.get("structures", []) if s.get("path")]


def _refusal(verdict, mode: str, calls: list[ToolCall] | None = None) -> AgentResult:
    from paperqa_mat.safety import refusal_message

    return AgentResult(refusal_message(verdict), True, {"category": verdict.category, "reason": verdict.reason},
                       calls or [], [], mode)


# --------------------------------------------------------------------------- offline
def run_offline(request: str, ctx: AgentContext, history_users: list[str],
                timeout: float = DEFAULT_TOOL_TIMEOUT) -> AgentResult:
    """Deterministic planner: intents and materials from the user's words -> tools in order -> one reply."""
    from paperqa_mat.agent.compose import collect_citations, compose
    from paperqa_mat.agent.intents import requested_tools
    from paperqa_mat.agent.planner import plan

    p = plan(request, history_users)
    allowed = requested_tools(ctx.user_turns)
    calls: list[ToolCall] = []
    for step in p.steps:
        args = dict(step.args)
        if step.on_generated:
            # chain: the generated structures (saved CIFs) become inputs next to the composition
            key = "inputs" if step.tool == "featurise" else "formulas"
            args[key] = list(dict.fromkeys([*args[key], *_files(calls)]))[:50]
        call = execute(ctx, step.tool, args, allowed, timeout)
        calls.append(call)
        if call.status == "blocked":
            # the arguments came from the user's own words: the request itself asks for something refused
            from paperqa_mat.safety.guard import Verdict

            return _refusal(Verdict(True, call.output["category"], call.output["reason"]), "offline", calls)
    answer = compose(calls, p.notes)
    return AgentResult(answer, False, None, calls, collect_citations(calls, docs=_docs(ctx)), "offline",
                       files=_files(calls))


# --------------------------------------------------------------------------- entry point
def run_agent(request: str, history: list[Any] | None = None, index: Any = None, settings: Any = None, *,
              mode: str = "auto", max_steps: int = 6, out_dir: str | Path | None = None,
              tool_timeout: float = DEFAULT_TOOL_TIMEOUT, max_seconds: float = 300.0) -> AgentResult:
    """Answer a research request with tools, behind the safety guard.

    ``history``: earlier turns, oldest first (strings = user turns, or role dicts / (user, bot) pairs).
    ``index``: an open :class:`paperqa_mat.index.Index` (default: ``settings.index``, opened when a paper
    tool needs it). ``mode``: "auto" (LLM tool-calling agent when ``settings.llm_base_url`` is set, else
    offline), "offline" or "llm". ``out_dir``: where generated CIFs are written (not written if None).
    """
    from paperqa_mat.llm import LLMError
    from paperqa_mat.safety import screen, screen_output
    from paperqa_mat.settings import get_settings

    if mode not in ("auto", "offline", "llm"):
        raise ValueError(f"unknown agent mode {mode!r} (auto, offline, llm)")
    request = (request or "").strip()
    if not request:
        raise ValueError("The request is empty.")
    settings = settings or (index.settings if index is not None else get_settings())
    history_users, history_msgs = split_history(history)
    user_turns = [*history_users, request]
    use_llm = mode == "llm" or (mode == "auto" and settings.llm_enabled)
    mode_name = "llm" if use_llm else "offline"

    verdict = screen(user_turns, settings=settings, use_llm=None if use_llm else False)
    if verdict.refuse:
        return _refusal(verdict, mode_name)

    ctx = AgentContext(settings=settings, index=index, out_dir=Path(out_dir) if out_dir else None,
                       user_turns=user_turns)
    if use_llm:
        from paperqa_mat.agent.llm_agent import run_llm

        try:
            result = run_llm(request, history_msgs, ctx, max_steps=max_steps, tool_timeout=tool_timeout,
                             max_seconds=max_seconds)
        except LLMError as exc:
            if mode == "llm" or settings.llm_fallback == "error":
                raise
            result = run_offline(request, ctx, history_users, tool_timeout)
            result.notes.append(prompts.FALLBACK_NOTE.format(error=str(exc).rstrip(".") + "."))
    else:
        result = run_offline(request, ctx, history_users, tool_timeout)

    if not result.refused:
        final = screen_output(result.answer, user_turns, use_llm=False)
        if final.refuse:
            refused = _refusal(final, result.mode, result.tool_calls)
            refused.notes = result.notes
            return refused
    return result
