"""Does a semantic (sentence-embedding) backstop generalise better than the hashed n-gram one?

Leave-one-split-out CV over the project's labelled splits (tests/data/safety_cases.json splits A-I,
safety_fresh_*.json, safety_blind_B*.json; never ../shared/eval/safety_dev.json), with the templated requests of
bench/safety_train.py added to every training fold (never scored). For every held-out split, each model is trained on
the other splits and scores it; the COMBINED guard is rules OR (backstop_gate AND p >= t): the gated tier only (session 4;
production has had a second, open tier since session 8, see guard.backstop_tier).
Models:
- ngram: the current backstop (paperqa_mat.safety.learned.features, liblinear LR, C=30).
- semantic: LR over all-MiniLM-L6-v2 (int8 ONNX, offline) embeddings of the last turn (raw and with every lexicon
  mention replaced by a plain category phrase) and the mean of earlier turns (the feature code below).
- semantic-masked: the same without the raw last-turn block.
- concat: one liblinear LR over the n-gram features plus the embedding block (scaled by --alpha).
- mean / max: the average / maximum of the n-gram and semantic probabilities.
Also printed: the classifier alone (rule-independent), an ungated diagnostic, rule misses caught at matched false
refusals, and per-blind-fold figures.
Thresholds: the lowest t at which the classifier's own pooled CV false refusals stay <= the budget (as
bench/safety_train.py does, 0.5%), chosen (a) on all folds (pooled rows) and (b) on the non-blind folds only, then
applied to the blind folds B1, B2, ... (the honest held-out rows).

    nice -n 10 .venv/bin/python bench/safety_semantic.py
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
CACHE = Path("/tmp/pqm_safety_semantic_cache.npz")  # embeddings by text hash: re-runs skip the encoder

# --------------------------------------------------------------------------- semantic features
# The last turn is embedded twice, as written and with every lexicon mention replaced by a plain phrase for its
# category ("how do i make chemical weapon agent at home"); earlier turns are embedded (masked) and averaged.
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
    """Unit-norm MiniLM embeddings (n x 384) of a list of texts (the project's offline int8 ONNX all-MiniLM-L6-v2,
    one thread, loaded lazily), or None when the model is unavailable."""
    try:
        from paperqa_mat.onnx_minilm import OnnxMiniLM
        from paperqa_mat.settings import Settings

        mdl = OnnxMiniLM(Settings().cache_path(), "int8", threads=1)
    except Exception:  # noqa: BLE001  (no model files / no onnxruntime: the n-gram model carries on alone)
        return None
    return mdl.embed


def masked_text(doc) -> str:
    """Folded text with lexicon mentions replaced by a phrase for their category (weak mentions kept as written)."""
    from paperqa_mat.safety.learned import mask_mentions

    return " ".join(mask_mentions(doc, lambda m: None if m.weak else PHRASE.get((m.cat, m.tier), "controlled chemical")).split())


def features(turns: list[str], enc: Encoder) -> np.ndarray:
    """[last turn raw, last turn masked, mean of earlier turns masked, has-earlier flag] (3 * 384 + 1)."""
    from paperqa_mat.safety.guard import analyse

    masked = [masked_text(analyse(t)) for t in turns]
    v = enc([turns[-1], *masked])
    prev = v[2:].mean(0) if len(turns) > 1 else np.zeros(DIM, np.float32)
    return np.concatenate([v[0], v[1], prev, [float(len(turns) > 1)]]).astype(np.float32)


def fit_semantic(X: np.ndarray, y: np.ndarray, C: float = 4.0):
    """Balanced logistic regression (refuse = True)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(X, y)



def load_all() -> list[dict]:
    from safety import load_items  # bench/safety.py
    from safety_train import load_training

    items = load_training()
    have = {it["split"] for it in items}
    for path in sorted((REPO / "tests" / "data").glob("safety_blind_*.json")):  # unless load_training has them already
        split = path.stem.rsplit("_", 1)[-1]
        if split not in have:
            items += [dict(i, split=split) for i in load_items(path)]
    return items


def prepared(turns: list[str]) -> list[str]:
    """The turns exactly as guard.screen_rules hands them to the backstop."""
    from paperqa_mat.safety.guard import prepare_turns

    return prepare_turns(turns)


def rules_and_gate(ts: list[str]) -> tuple[bool, bool]:
    from paperqa_mat.safety import guard

    docs = [guard.analyse(t) for t in ts]
    rules = guard.rules_verdict(docs) is not None
    return rules, guard.backstop_gate(docs)


class CachedEncoder:
    def __init__(self) -> None:
        self.enc = encoder()
        self.memo: dict[str, np.ndarray] = {}
        if CACHE.exists():
            z = np.load(CACHE, allow_pickle=False)
            self.memo = dict(zip([str(k) for k in z["keys"]], z["vecs"], strict=True))
        self.new = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        miss = [i for i, k in enumerate(keys) if k not in self.memo]
        if miss:
            for i, v in zip(miss, self.enc([texts[i] for i in miss]), strict=True):
                self.memo[keys[i]] = v
            self.new += len(miss)
        return np.stack([self.memo[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        if self.new:
            np.savez(CACHE, keys=np.array(list(self.memo)), vecs=np.stack(list(self.memo.values())).astype(np.float32))


def pick(p, gated, is_allow, budget: float) -> float:
    for t in np.arange(0.30, 0.991, 0.01):
        if ((p >= t) & gated & is_allow).sum() <= budget * is_allow.sum():
            return round(float(t), 2)
    return 0.99


def auc(p: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=0.005, help="classifier-added CV false-refusal budget")
    ap.add_argument("--C-sem", type=float, default=4.0)
    ap.add_argument("--alpha", type=float, default=1.0, help="scale of the embedding block in the concat model")
    ap.add_argument("--save", help="write the CV scores to this .npz (for further analysis)")
    ap.add_argument("--show", type=int, default=0, help="print up to N blind misses/false refusals per model")
    args = ap.parse_args()

    from safety_train import augmented, fit, labels, matrix, p_refuse

    t0 = time.time()
    items = load_all()
    aug = augmented()
    allitems = items + aug
    for it in allitems:
        it["_ts"] = prepared(it["_turns"])
    splits = np.array([it["split"] for it in allitems])
    real = splits != "aug"
    is_ref = np.array([it["label"] == "refuse" for it in allitems])
    rg = np.array([rules_and_gate(it["_ts"]) for it in allitems])
    rules, gated = rg[:, 0], rg[:, 1]
    print(f"guard analysis {time.time() - t0:.0f}s", file=sys.stderr)
    Xn = matrix([{"_turns": it["_ts"]} for it in allitems])
    print(f"n-gram features {time.time() - t0:.0f}s", file=sys.stderr)
    enc = CachedEncoder()
    t1 = time.time()
    Xs = np.stack([features(it["_ts"], enc) for it in allitems])
    enc.save()
    print(f"semantic features {time.time() - t1:.0f}s ({enc.new} new encodings)", file=sys.stderr)
    y = np.array(labels(allitems))
    folds = sorted(set(splits[real]))
    from scipy.sparse import csr_matrix, hstack

    Xc = hstack([Xn, csr_matrix(Xs * args.alpha)]).tocsr()  # one LR over n-grams and the embedding block
    masked_cols = np.r_[DIM:3 * DIM + 1]  # the masked last turn + earlier turns (no raw text)
    cv = {"ngram": np.zeros(len(allitems)), "semantic": np.zeros(len(allitems)), "semantic-masked": np.zeros(len(allitems)),
          "concat": np.zeros(len(allitems))}
    for s in folds:
        te = splits == s
        cv["ngram"][te] = p_refuse(fit(Xn[~te], y[~te], 30.0, categories=False), Xn[te])
        cv["semantic"][te] = fit_semantic(Xs[~te], y[~te] != "allow", args.C_sem).predict_proba(Xs[te])[:, 1]
        Xm = Xs[:, masked_cols]
        cv["semantic-masked"][te] = fit_semantic(Xm[~te], y[~te] != "allow", args.C_sem).predict_proba(Xm[te])[:, 1]
        cv["concat"][te] = p_refuse(fit(Xc[~te], y[~te], 30.0, categories=False), Xc[te])
        print(f"fold {s} {time.time() - t0:.0f}s", file=sys.stderr)
    cv["mean"] = (cv["ngram"] + cv["semantic"]) / 2
    cv["max"] = np.maximum(cv["ngram"], cv["semantic"])

    blind = np.array([bool(re.fullmatch(r"B\d+", s)) for s in splits]) & real  # split "B" of safety_cases is not blind
    nonblind = real & ~blind
    bnames = ",".join(f for f in folds if re.fullmatch(r"B\d+", f))
    r_all, a_all = is_ref & real, ~is_ref & real
    print(f"{real.sum()} labelled items ({r_all.sum()} refuse, {a_all.sum()} allow) in {len(folds)} splits "
          f"({len(aug)} templated training-only items); blind {bnames}: {(blind & is_ref).sum()} refuse, {(blind & ~is_ref).sum()} allow")
    print(f"classifier false-refusal budget {args.budget:.1%}; rules alone: pooled recall {rules[r_all].mean():.3f} "
          f"FR {rules[a_all].mean():.3f}; blind recall {rules[blind & is_ref].mean():.3f} FR {rules[blind & ~is_ref].mean():.3f}\n")
    print("| backstop | t (all folds) | pooled recall | pooled FR | t (non-blind) | blind recall | blind FR | blind misses caught |")
    print("|---|---|---|---|---|---|---|---|")
    for name, p in cv.items():
        t_all = pick(p[real], gated[real], ~is_ref[real], args.budget)
        comb = rules | (gated & (p >= t_all))
        t_nb = pick(p[nonblind], gated[nonblind], ~is_ref[nonblind], args.budget)
        combb = rules | (gated & (p >= t_nb))
        caught = int((combb & ~rules & blind & is_ref).sum())
        print(f"| {name} | {t_all:.2f} | {comb[r_all].mean():.3f} ({comb[r_all].sum()}/{r_all.sum()}) | "
              f"{comb[a_all].mean():.3f} ({comb[a_all].sum()}/{a_all.sum()}) | {t_nb:.2f} | "
              f"{combb[blind & is_ref].mean():.3f} ({combb[blind & is_ref].sum()}/{(blind & is_ref).sum()}) | "
              f"{combb[blind & ~is_ref].mean():.3f} ({combb[blind & ~is_ref].sum()}/{(blind & ~is_ref).sum()}) | "
              f"{caught}/{int((~rules & blind & is_ref).sum())} |")
        if args.show:
            for i in np.where(blind & (combb != is_ref) & (is_ref | ~rules))[0][: args.show]:
                it = allitems[i]
                print(f"    {'MISS' if is_ref[i] else 'FR  '} {it['id']} gate={gated[i]} p={p[i]:.2f} {str(it['_turns'])[:110]}")
    print("\nclassifier alone (gate AND p >= t, t from all folds), what the rules miss, and ranking quality:")
    print("| backstop | clf recall | clf FR | rule misses caught (all / blind) | FR added (all / blind) | AUC on gated items |")
    print("|---|---|---|---|---|---|")
    for name, p in cv.items():
        t_all = pick(p[real], gated[real], ~is_ref[real], args.budget)
        hit = gated & (p >= t_all)
        g = gated & real
        print(f"| {name} | {hit[r_all].mean():.3f} | {hit[a_all].mean():.4f} | "
              f"{(hit & ~rules & r_all).sum()}/{(~rules & r_all).sum()} / {(hit & ~rules & blind & is_ref).sum()}/{(~rules & blind & is_ref).sum()} | "
              f"{(hit & ~rules & a_all).sum()} / {(hit & ~rules & blind & ~is_ref).sum()} | {auc(p[g], is_ref[g]):.4f} |")
    print("\nungated diagnostic (p >= t alone, t for the same budget over all allow items): clf recall / FR / rule misses caught")
    for name, p in cv.items():
        t_u = pick(p[real], np.ones(real.sum(), bool), ~is_ref[real], args.budget)
        hit = p >= t_u
        print(f"  {name}: t={t_u:.2f} {hit[r_all].mean():.3f} / {hit[a_all].mean():.4f} / {(hit & ~rules & r_all).sum()}/{(~rules & r_all).sum()}"
              f" (blind {(hit & ~rules & blind & is_ref).sum()}/{(~rules & blind & is_ref).sum()}, FR added {(hit & ~rules & a_all).sum()}"
              f" / blind {(hit & ~rules & blind & ~is_ref).sum()})")
    print("\nmatched false refusals: rule misses caught (of " + str(int((~rules & r_all).sum())) + ") when the backstop may add at most k"
          " false refusals to the rules' pooled " + str(int((rules & a_all).sum())) + " (best threshold per k, gated | ungated)")
    ks = (0, 2, 4, 6, 8, 12)
    print("| backstop | " + " | ".join(f"k={k}" for k in ks) + " |")
    print("|---|" + "---|" * len(ks))
    for name, p in cv.items():
        cells = []
        for k in ks:
            best = []
            for gate in (gated, np.ones_like(gated)):
                ok = [int((gate & (p >= t) & ~rules & r_all).sum()) for t in np.arange(0.05, 1.0, 0.005)
                      if (gate & (p >= t) & ~rules & a_all).sum() <= k]
                best.append(max(ok, default=0))
            cells.append(f"{best[0]} \\| {best[1]}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\nper blind fold (threshold from non-blind folds): recall / FR")
    for s in [f for f in folds if re.fullmatch(r"B\d+", f)]:
        te = splits == s
        row = []
        for name, p in cv.items():
            t_nb = pick(p[nonblind], gated[nonblind], ~is_ref[nonblind], args.budget)
            c = rules | (gated & (p >= t_nb))
            row.append(f"{name} {c[te & is_ref].mean():.3f}/{c[te & ~is_ref].mean():.3f}")
        print(f"  {s}: rules {rules[te & is_ref].mean():.3f}/{rules[te & ~is_ref].mean():.3f}  " + "  ".join(row))
    print("\nclassifier alone per blind fold (gate AND p >= t, t from non-blind folds; independent of the rules,"
          " which were fixed from these splits): recall / FR")
    for s in [f for f in folds if re.fullmatch(r"B\d+", f)]:
        te = splits == s
        row = []
        for name, p in cv.items():
            t_nb = pick(p[nonblind], gated[nonblind], ~is_ref[nonblind], args.budget)
            h = gated & (p >= t_nb)
            row.append(f"{name} {h[te & is_ref].mean():.3f}/{h[te & ~is_ref].mean():.3f}")
        print(f"  {s}: " + "  ".join(row))
    row = []
    for name, p in cv.items():
        t_nb = pick(p[nonblind], gated[nonblind], ~is_ref[nonblind], args.budget)
        h = gated & (p >= t_nb)
        row.append(f"{name} {h[blind & is_ref].mean():.3f}/{h[blind & ~is_ref].mean():.4f}")
    print("  pooled: " + "  ".join(row))
    if args.save:
        np.savez(args.save, splits=splits, is_ref=is_ref, gated=gated, rules=rules, real=real, **cv)
    print(f"\ntotal {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
