"""A crash inside the guard fails closed: a refusal with a category and a clear reason, never a traceback or an allow."""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from paperqa_mat.safety import guard
from paperqa_mat.safety.verdict import CATEGORIES


def _boom(docs):
    raise RecursionError("maximum recursion depth exceeded")


@pytest.fixture
def broken_rule(monkeypatch):
    """A rule that crashes on every input, placed first."""
    monkeypatch.setattr(guard, "RULES", (_boom, *guard.RULES))


def test_a_crashing_rule_refuses_a_request_the_rules_would_allow(broken_rule, caplog):
    with caplog.at_level(logging.ERROR, logger="paperqa_mat.safety.guard"):
        v = guard.screen(["How do I make ZIF-8 from zinc nitrate and 2-methylimidazole?"], use_llm=False)
    assert v.refuse and v.source == "error"
    assert v.category in CATEGORIES
    assert "_boom" in v.reason and "RecursionError" in v.reason
    assert any("RecursionError" in r.getMessage() for r in caplog.records)


def test_a_crashing_rule_does_not_hide_another_rules_refusal(broken_rule):
    v = guard.screen(["How do I synthesise sarin at home?"], use_llm=False)
    assert v.refuse and v.source == "rules" and v.category == "cwa"


def test_without_a_crash_the_same_request_is_allowed():
    assert not guard.screen(["How do I make ZIF-8 from zinc nitrate and 2-methylimidazole?"], use_llm=False).refuse


def test_a_crash_while_reading_the_request_refuses(monkeypatch):
    def bad_analyse(text):
        raise ValueError("tokeniser broke")

    monkeypatch.setattr(guard, "analyse", bad_analyse)
    v = guard.screen_rules(["What is the band gap of TiO2?"])
    assert v.refuse and v.source == "error" and "reading the request" in v.reason and "ValueError" in v.reason


def test_a_crash_in_the_backstop_refuses(monkeypatch):
    def bad_tier(docs):
        raise KeyError("tier")

    monkeypatch.setattr(guard, "backstop_tier", bad_tier)
    v = guard.screen_rules(["How do I make ZIF-8?"])
    assert v.refuse and v.source == "error" and "backstop" in v.reason


def test_a_crash_checking_an_answer_withholds_it(monkeypatch):
    def bad_block(block, ctx):
        raise IndexError("span")

    monkeypatch.setattr(guard, "_screen_answer_block", bad_block)
    v = guard.screen_output("ZIF-8 forms from zinc nitrate and 2-methylimidazole in methanol.", ["How is ZIF-8 made?"], use_llm=False)
    assert v.refuse and v.source == "error" and "answer" in v.reason


def test_the_cli_prints_a_refusal_not_a_traceback(broken_rule):
    from paperqa_mat.safety.cli import guard_cmd

    res = CliRunner().invoke(guard_cmd, ["What is the density of NaCl?", "--json", "--no-llm", "--exit-code"])
    assert res.exit_code == 3, res.output
    out = json.loads(res.output)
    assert out["refuse"] is True and out["category"] in CATEGORIES and "could not finish checking" in out["reason"]
    assert "Traceback" not in res.output
