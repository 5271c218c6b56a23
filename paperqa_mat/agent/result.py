"""What an agent run returns: the reply, the refusal (if any), the tool calls made and the citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ToolCall:
    """One tool call the agent made (or tried to make).

    ``status``: "ok", "error" (the tool failed; the message went back to the planner/model),
    "blocked" (the safety guard stopped it; it did not run) or "policy" (the user did not ask for
    what the tool does, e.g. structure generation; it did not run).
    """

    tool: str
    args: dict[str, Any]
    result_summary: str
    status: str = "ok"
    output: Any = None  # the tool's full (screened) result, for the UI; not part of to_json()

    def to_json(self) -> dict[str, Any]:
        return {"tool": self.tool, "args": self.args, "result_summary": self.result_summary}


@dataclass
class AgentResult:
    """The outcome of :func:`paperqa_mat.agent.run_agent`. ``to_json()`` is the ``pqm agent --json`` shape."""

    answer: str
    refused: bool = False
    refusal: dict[str, str] | None = None  # {"category", "reason"} when refused
    tool_calls: list[ToolCall] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)  # {"key", "doc", "pages", "text"}
    mode: str = "offline"  # "offline" (deterministic planner) or "llm" (tool-calling model)
    notes: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # files the tools wrote (e.g. generated CIFs)

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "refused": self.refused,
            "refusal": self.refusal,
            "tool_calls": [c.to_json() for c in self.tool_calls],
            "citations": self.citations,
        }

    def formatted(self) -> str:
        """The reply followed by a numbered source list, as printed by ``pqm agent``."""
        lines = [self.answer]
        if self.citations:
            lines += ["", "Sources"]
            seen: set[str] = set()  # several cited passages can share a page: list each place once
            for c in self.citations:
                pages = c.get("pages") or []
                where = f" p.{pages[0]}" if len(pages) == 1 else (f" pp.{pages[0]}-{pages[-1]}" if pages else "")
                entry = f"{c.get('key')}{where} ({c.get('doc')})"
                if entry not in seen:
                    seen.add(entry)
                    lines.append(f"{len(seen)}. {entry}")
        lines += [f"Note: {n}" for n in self.notes]
        return "\n".join(lines).rstrip()
