"""Learned backstop for the rule-based guard: a linear model over hashed features.

Features (all computed from the guard's own analysis, so they generalise across agents):
- character 3-5-grams of the folded text (catches obfuscation, misspellings and unlisted names),
- word uni-/bigrams of the text with every lexicon mention replaced by a placeholder for its category and
  tier (``how do i make zzcwaagent``), so a request learnt for one agent transfers to every agent in the lexicon,
- abstract structure tokens: mention categories/tiers/kinds, intent-cue kinds, turn position.

Logistic regression (refuse vs allow, plus a one-vs-rest category model), trained by
``bench/safety_train.py`` on the project's labelled cases only (never the shared dev set); weights are
shipped as ``data/classifier.npz`` (no pickle). The decision threshold is chosen there by
leave-one-split-out cross-validation. The classifier can only *add* a refusal to what the rules allow:
at ``threshold`` when the last turn asks for an action inside a request frame (``guard.backstop_gate``), at the
higher ``threshold_open`` for an action outside one, and at the highest, ``threshold_closed``, where no action cue
is left and no benign purpose is named (``guard.backstop_tier`` "closed"), and ``threshold_guarded`` where the rules read
an action as benign work (``guard.backstop_tier`` "guarded"; all four chosen by cross-validation).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from paperqa_mat.safety import gloss

DATA = Path(__file__).resolve().parent / "data"
WEIGHTS = DATA / "classifier.npz"
DIM = 1 << 18
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def mask_mentions(doc, label: Callable[[Any], str | None], extra: list[tuple[int, int, str]] = ()) -> str:
    """Folded text with each lexicon mention (longest first where they overlap) replaced by ``label(mention)``;
    a mention whose label is None stays as written. ``extra`` (start, end, text) spans are replaced too where no
    mention overlaps them."""
    text, out, pos = doc.folded, [], 0
    spans = [(m.start, m.end, label(m)) for m in doc.mentions]
    spans += [(s, e, f" {r} ") for s, e, r in extra if not any(m.start < e and s < m.end for m in doc.mentions)]
    for start, end, repl in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if start < pos or start >= len(text) or repl is None:
            continue
        out.append(text[pos:start])
        out.append(repl)
        pos = max(pos, min(end, len(text)))
    out.append(text[pos:])
    return "".join(out)


def _masked(doc, extra: list[tuple[int, int, str]] = ()) -> str:
    """Folded text with lexicon mentions replaced by 'zz<cat><tier>' placeholders (and ``extra`` spans by their text)."""
    return mask_mentions(doc, lambda m: f" zz{m.cat}{m.tier}{'weak' if m.weak else ''} ", extra)


def features(turns: list[str]) -> dict[int, float]:
    """Hashed, L2-normalised feature vector of a conversation (oldest turn first)."""
    from paperqa_mat.safety.guard import analyse

    counts: dict[int, float] = {}

    def add(key: str, w: float = 1.0) -> None:
        k = _h(key)
        counts[k] = counts.get(k, 0.0) + w

    n = len(turns)
    for i, t in enumerate(turns):
        doc = analyse(t)
        last = i == n - 1
        tag = "L" if last else "P"
        views = [doc.folded]
        if len(doc.views) > 1:
            views.append(" ".join(x.text for x in doc.views[-1]))
        glossed = gloss.spans(doc.folded, doc.clean)
        masked = _masked(doc, glossed)
        if glossed:  # another language: its English gloss is read like an English request (words and n-grams)
            views.append(" ".join(_WORD.findall(masked)))
            add(f"gloss{tag}")
        for v in views:
            s = f" {' '.join(v.split())} "
            for k in (3, 4, 5):
                for j in range(len(s) - k + 1):
                    add("c" + s[j : j + k], 0.5 if not last else 1.0)
        words = _WORD.findall(masked)
        for j, w in enumerate(words):
            add(f"w{tag}:{w}")
            add(f"w:{w}")
            if j + 1 < len(words):
                add(f"b:{w} {words[j + 1]}")
        for m in doc.mentions:
            add(f"m{tag}:{m.cat}:{m.tier}:{'weak' if m.weak else 'strong'}")
            add(f"mh:{m.how}")
        for q in doc.cues:
            add(f"q{tag}:{q.kind}:{'weak' if q.weak else 'strong'}{':strict' if q.strict else ''}")
        if doc.personal:
            add(f"personal{tag}")
    add(f"turns:{min(n, 3)}")
    # sublinear tf + L2 norm
    vec = {k: 1.0 + np.log(v) if v > 1 else v for k, v in counts.items()}
    norm = float(np.sqrt(sum(v * v for v in vec.values()))) or 1.0
    return {k: v / norm for k, v in vec.items()}


@lru_cache(maxsize=1)
def model() -> dict | None:
    """Binary weights (DIM), category weights (categories x DIM), biases, thresholds (gated, open); None when not shipped."""
    if not WEIGHTS.exists():
        return None
    z = np.load(WEIGHTS, allow_pickle=False)
    meta = json.loads(str(z["meta"]))
    return {"w": z["w"].astype(np.float32), "b": float(z["b"][0]), "Wc": z["Wc"].astype(np.float32),
            "bc": z["bc"].astype(np.float32), "classes": meta["classes"], "threshold": float(meta["threshold"]),
            "threshold_open": float(meta.get("threshold_open", 2.0)),  # no open tier in older weights
            "threshold_closed": float(meta.get("threshold_closed", 2.0)),  # nor a closed one
            "threshold_guarded": float(meta.get("threshold_guarded", 2.0)),  # nor a guarded one
            "threshold_glossed": float(meta.get("threshold_glossed", 2.0)), "meta": meta}  # nor a glossed one


def predict(turns: list[str]) -> tuple[float, str] | None:
    """(probability that the conversation should be refused, most likely harmful category)."""
    mdl = model()
    if mdl is None:
        return None
    f = features(turns)
    idx = np.fromiter(f.keys(), dtype=np.int64, count=len(f))
    val = np.fromiter(f.values(), dtype=np.float32, count=len(f))
    p = 1.0 / (1.0 + np.exp(-(float(mdl["w"][idx] @ val) + mdl["b"])))
    zc = mdl["Wc"][:, idx] @ val + mdl["bc"]
    return float(p), mdl["classes"][int(np.argmax(zc))]
