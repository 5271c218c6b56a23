"""Helpers shared by the safety guard's tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from paperqa_mat.safety import screen


def refused(*turns: str) -> bool:
    """The rule-based guard (with its learned backstop, no LLM) refuses this conversation (oldest turn first)."""
    return screen(list(turns), use_llm=False).refuse


def case_tests(refuse: list, allow: list) -> tuple[Callable, Callable]:
    """The pair of parametrised tests every mechanism file needs: each case of ``allow`` is allowed, each of ``refuse``
    refused. Use as ``test_allowed, test_refused = case_tests(REFUSE, ALLOW)`` at module level."""

    @pytest.mark.parametrize("turns", allow)
    def test_allowed(turns):
        assert not refused(*turns)

    @pytest.mark.parametrize("turns", refuse)
    def test_refused(turns):
        assert refused(*turns)

    return test_allowed, test_refused
