"""Helpers shared by the safety guard's tests."""

from __future__ import annotations

from paperqa_mat.safety import screen


def refused(*turns: str) -> bool:
    """The rule-based guard (with its learned backstop, no LLM) refuses this conversation (oldest turn first)."""
    return screen(list(turns), use_llm=False).refuse
