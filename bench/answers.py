"""Answer-quality scorer for one or more question files (no cold index, no CLI timing).

    .venv/bin/python bench/answers.py                                  # qa_dev + bench/data/qa_own.json
    .venv/bin/python bench/answers.py --qa bench/data/qa_own.json -v   # one file, print each miss

Reuses the benchmark index of bench/core.py (/tmp/pqm-bench, built there when missing). Reports, per file:
retrieval page-hit@5 and MRR@10, extractive answer matches a gold pattern (anywhere / in its first sentence),
answer cites a gold page,
answerable wrongly refused, unanswerable -> "cannot answer", ask latency; plus our extra unanswerable questions.
bench/data/qa_own.json is a check set: it was written before tuning and is never tuned on.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core import EXTRA_UNANSWERABLE, QA, REPO, WORK, page_hit, pct  # noqa: E402

OWN = REPO / "bench" / "data" / "qa_own.json"


def score_file(idx, path: Path, verbose: bool = False) -> dict:
    """Retrieval and extractive-answer figures for one question file."""
    qa = json.loads(path.read_text())
    answerable = [q for q in qa if q["kind"] != "unanswerable"]
    unanswerable = [q for q in qa if q["kind"] == "unanswerable"]
    hit5, rr, ok, first, cited, refused, ms = [], [], [], [], [], [], []
    for q in answerable:
        hits = idx.search(q["question"], k=10)
        hit5.append(page_hit(hits[:5], q["doc"], q["pages"]))
        rank = next((i + 1 for i, h in enumerate(hits) if h.doc == q["doc"] and set(h.pages) & set(q["pages"])), None)
        rr.append(1 / rank if rank else 0.0)
        t0 = time.perf_counter()
        ans = idx.ask(q["question"], mode="extractive")
        ms.append((time.perf_counter() - t0) * 1000)
        good = (not ans.cannot_answer) and any(re.search(p, ans.answer, re.I) for p in q["answer_patterns"])
        ok.append(good)
        first.append(good and bool(ans.citations) and
                     any(re.search(p, ans.citations[0].text, re.I) for p in q["answer_patterns"]))
        refused.append(ans.cannot_answer)
        cited.append(any(c.doc == q["doc"] and set(c.pages) & set(q["pages"]) for c in ans.citations))
        if verbose and not good:
            print(f"--- MISS {q['id']} ({q['kind']}, hit@5={hit5[-1]}): {q['question']}\n    gold: {q['answer']}"
                  f"\n    got: {ans.answer[:600]}\n")
    cannot = [idx.ask(q["question"], mode="extractive").cannot_answer for q in unanswerable]
    n = max(1, len(answerable))
    return {"file": path.name,
            "answerable": len(answerable), "page_hit_at_5": round(sum(hit5) / n, 3), "mrr_at_10": round(sum(rr) / n, 3),
            "answer_pattern_match": round(sum(ok) / n, 3), "first_sentence_matches": round(sum(first) / n, 3),
            "answer_cites_gold_page": round(sum(cited) / n, 3),
            "answerable_refused": round(sum(refused) / n, 3),
            "unanswerable_cannot": f"{sum(cannot)}/{len(cannot)}",
            "ask_p50_ms": round(pct(ms, 0.5), 1), "ask_p95_ms": round(pct(ms, 0.95), 1),
            "missed": [q["id"] for q, g in zip(answerable, ok, strict=True) if not g]}


def open_index():
    """The benchmark index of bench/core.py, built (cold) when missing."""
    os.environ["PQM_CACHE_DIR"] = str(WORK / "cache")
    from paperqa_mat.index import Index
    from paperqa_mat.settings import get_settings

    if not (WORK / "indexes" / "bench" / "CURRENT").exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "core.py"), "--no-docs"], check=True)
    return Index.open("bench", settings=get_settings(index_root=WORK / "indexes"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qa", action="append", type=Path, help="question file (repeatable; default qa_dev + qa_own)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every missed answer")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "answers.json",
                    help="write the figures as JSON here (default bench/results/answers.json)")
    args = ap.parse_args()
    files = args.qa or [QA, OWN]
    idx = open_index()
    idx.ask("warm up question about band gaps")
    res = [score_file(idx, f, args.verbose) for f in files]
    extra = [idx.ask(q, mode="extractive").cannot_answer for q in EXTRA_UNANSWERABLE]
    out = {"files": res, "extra_unanswerable_cannot": f"{sum(extra)}/{len(extra)}",
           "load_avg_1min": round(os.getloadavg()[0], 2), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    print(json.dumps(out, indent=1))
    if args.out and not args.qa:  # only the standard pair of files is recorded
        args.out.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
