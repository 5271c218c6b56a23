"""The tool-using research assistant behind the safety guard.

>>> from paperqa_mat.agent import run_agent
>>> result = run_agent("Predict the band gap of BaZrS3 and compare with what my papers report")
>>> result.to_json()  # {"answer", "refused", "refusal", "tool_calls", "citations"}

Offline (default) a deterministic planner picks the tools from the request; with an LLM configured
(``PQM_LLM_BASE_URL``) a LangChain tool-calling model does. Heavy modules load on first use.
"""

from __future__ import annotations

from typing import Any

from paperqa_mat.agent.result import AgentResult, ToolCall

__all__ = ["AgentResult", "ToolCall", "run_agent"]


def run_agent(request: str, history: list[Any] | None = None, index: Any = None, settings: Any = None,
              **kwargs: Any) -> AgentResult:
    """Answer ``request`` with tools behind the safety guard; see :func:`paperqa_mat.agent.runner.run_agent`
    for the keyword options (mode, max_steps, out_dir, tool_timeout, max_seconds)."""
    from paperqa_mat.agent.runner import run_agent as _run

    return _run(request, history, index, settings, **kwargs)
