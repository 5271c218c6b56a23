"""Optional schema-constrained LLM extraction of property records (``--mode llm``).

Candidate sentences (those with a property word and a number with a unit) are sent in numbered
batches with a JSON schema in the prompt; the reply is parsed with :func:`paperqa_mat.llm.parse_json_reply`.
Every returned record is validated against its source sentence before it is kept: the material must
occur in the sentence, the number (and upper end) must be a number of that sentence, the unit must
be known and of the property's dimension, and the value must be plausible. Nothing is invented: a
record that fails any check is dropped. An unreachable endpoint falls back to the rule-based mode
(``settings.llm_fallback == "extractive"``) or raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from paperqa_mat.extract.properties import PROPERTIES
from paperqa_mat.extract.record_prompts import SYSTEM, user_prompt
from paperqa_mat.extract.records import (
    _UNITISH,
    Record,
    Source,
    _any_property_regex,
    _make,
    dedupe,
    prepare_text,
    records_from_source,
    split_sentences,
)
from paperqa_mat.extract.units import UNITS, canonical_unit, clean_text, find_quantities

BATCH = 12


def candidate_sentences(src: Source, props: Sequence[str]) -> list[tuple[int | None, str]]:
    rx = _any_property_regex(props)
    out = []
    for page, text in src.pages:
        for para in prepare_text(text).split("\n\n"):
            if not rx.search(para):
                continue
            for a, b in split_sentences(para):
                s = para[a:b]
                if rx.search(s) and _UNITISH.search(s):
                    out.append((page, s))
    return out


def _squash(s: str) -> str:
    return re.sub(r"[\s\-–]+", "", clean_text(s)).lower()


def validate(item: dict[str, Any], sentence: str, props: Sequence[str]) -> Record | None:
    """A record from one LLM item, or None when it is not supported by the sentence."""
    try:
        prop = str(item["property"])
        material = str(item["material"]).strip()
        value = float(item["value"])
        unit = canonical_unit(str(item["unit"]))
    except (KeyError, TypeError, ValueError):
        return None
    if prop not in props or not material or unit is None or UNITS[unit][0] not in PROPERTIES[prop].dimensions:
        return None
    if _squash(material) not in _squash(sentence):
        return None
    numbers = [q.value for q in find_quantities(clean_text(sentence))]
    vmax = item.get("value_max")

    def stated(x: float) -> bool:
        return any(abs(x - n) <= 1e-9 + 1e-6 * abs(n) for n in numbers)

    if not stated(value):
        return None
    try:
        vmax = float(vmax) if vmax not in (None, "") else None
    except (TypeError, ValueError):
        vmax = None
    if vmax is not None and not stated(vmax):
        vmax = None
    unc = item.get("uncertainty")
    try:
        unc = float(unc) if unc not in (None, "") else None
    except (TypeError, ValueError):
        unc = None
    cond = item.get("conditions") if isinstance(item.get("conditions"), dict) else {}
    cond = {str(k): v for k, v in cond.items() if v not in (None, "", [], {})}
    cond["extracted_by"] = "llm"
    return _make(material, prop, value, unit, unc, cond, sentence, vmax)


def llm_records_from_source(src: Source, props: Sequence[str], settings: Any) -> list[Record]:
    from paperqa_mat.llm import LLMClient, LLMError, parse_json_reply
    from paperqa_mat.settings import get_settings

    settings = settings or get_settings()
    if not settings.llm_enabled:
        raise LLMError("--mode llm needs an LLM: set PQM_LLM_BASE_URL (e.g. http://localhost:11434/v1)")
    client = LLMClient.from_settings(settings)
    cands = candidate_sentences(src, props)
    labels = {p: PROPERTIES[p].label for p in props}
    out: list[Record] = []
    try:
        for i in range(0, len(cands), BATCH):
            batch = cands[i : i + BATCH]
            reply = client.complete(SYSTEM, user_prompt([s for _, s in batch], labels))
            data = parse_json_reply(reply)
            items = data.get("records", []) if isinstance(data, dict) else data if isinstance(data, list) else []
            for item in items:
                if not isinstance(item, dict):
                    continue
                try:
                    n = int(item.get("sentence", 0))
                except (TypeError, ValueError):
                    continue
                if not 1 <= n <= len(batch):
                    continue
                page, sent = batch[n - 1]
                rec = validate(item, sent, props)
                if rec is not None:
                    rec.doc, rec.key, rec.page = src.doc, src.key, page
                    out.append(rec)
    except LLMError:
        if getattr(settings, "llm_fallback", "extractive") == "error":
            raise
        return records_from_source(src, props)
    return dedupe(out)
