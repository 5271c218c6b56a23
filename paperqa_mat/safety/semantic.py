"""Semantic features for the guard's learned backstop: MiniLM sentence embeddings of the request.

The last turn is embedded twice, as written and with every lexicon mention replaced by a plain phrase for its
category ("how do i make chemical weapon agent at home"), so a wording learnt for one agent transfers to all of
them; earlier turns are embedded (masked) and averaged. The encoder is the project's offline int8 ONNX
all-MiniLM-L6-v2 (:mod:`paperqa_mat.onnx_minilm`), single-threaded and loaded lazily; when it cannot be loaded,
:func:`encoder` returns None and callers fall back to the n-gram model alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

DIM = 384
PHRASE = {("cwa", "agent"): "chemical weapon agent", ("cwa", "ingredient"): "chemical weapon ingredient",
          ("explosive", "agent"): "high explosive", ("explosive", "dual"): "explosive ingredient",
          ("explosive", "ingredient"): "explosive ingredient", ("drug", "agent"): "illegal drug",
          ("drug", "precursor"): "drug precursor", ("drug", "ingredient"): "drug precursor",
          ("toxin", "agent"): "biological toxin", ("toxin", "ingredient"): "biological toxin",
          ("precursor", "precursor"): "nerve agent precursor", ("precursor", "dual"): "dual-use chemical"}

Encoder = Callable[[list[str]], np.ndarray]


@lru_cache(maxsize=1)
def encoder() -> Encoder | None:
    """Unit-norm MiniLM embeddings (n x 384) of a list of texts, or None when the model is unavailable."""
    try:
        from paperqa_mat.onnx_minilm import OnnxMiniLM
        from paperqa_mat.settings import Settings

        mdl = OnnxMiniLM(Settings().cache_path(), "int8", threads=1)
    except Exception:  # noqa: BLE001  (no model files / no onnxruntime: the n-gram model carries on alone)
        return None
    return mdl.embed


def masked_text(doc) -> str:
    """Folded text with lexicon mentions replaced by a phrase for their category (weak mentions kept as written)."""
    text, out, pos = doc.folded, [], 0
    for m in sorted(doc.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < pos or m.start >= len(text) or m.weak:
            continue
        out.append(text[pos : m.start])
        out.append(PHRASE.get((m.cat, m.tier), "controlled chemical"))
        pos = max(pos, min(m.end, len(text)))
    out.append(text[pos:])
    return " ".join("".join(out).split())


def features(turns: list[str], enc: Encoder) -> np.ndarray:
    """[last turn raw, last turn masked, mean of earlier turns masked, has-earlier flag] (3 * 384 + 1)."""
    from paperqa_mat.safety.guard import analyse

    masked = [masked_text(analyse(t)) for t in turns]
    v = enc([turns[-1], *masked])
    prev = v[2:].mean(0) if len(turns) > 1 else np.zeros(DIM, np.float32)
    return np.concatenate([v[0], v[1], prev, [float(len(turns) > 1)]]).astype(np.float32)


def fit(X: np.ndarray, y: np.ndarray, C: float = 4.0):
    """Balanced logistic regression (refuse = True)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(X, y)
