"""Optional LLM judgement. It can only ADD a refusal to an allowed request; errors fall back to the rules."""

from __future__ import annotations

import json

from paperqa_mat.llm import LLMClient, LLMError, parse_json_reply
from paperqa_mat.safety.prompts import JUDGE_SYSTEM, JUDGE_USER


def judge(turns: list[str], settings):
    """Return a refusing Verdict when the LLM says refuse, else None (never an 'allow' override)."""
    from paperqa_mat.safety.guard import CATEGORIES, Verdict

    convo = "\n".join(f"[turn {i + 1}] {json.dumps(t, ensure_ascii=False)}" for i, t in enumerate(turns))
    try:
        reply = LLMClient.from_settings(settings).complete(JUDGE_SYSTEM, JUDGE_USER.format(conversation=convo))
    except LLMError:
        return None
    data = parse_json_reply(reply)
    if not isinstance(data, dict) or data.get("refuse") is not True:
        return None
    cat = data.get("category")
    if cat not in CATEGORIES:
        cat = "cwa" if not isinstance(cat, str) else next((c for c in CATEGORIES if c in cat.lower()), "cwa")
    reason = str(data.get("reason") or "flagged by the LLM safety judge")[:300]
    return Verdict(True, cat, f"LLM judge: {reason}", "llm", [])
