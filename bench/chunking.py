"""Chunk size vs what MiniLM actually reads: all-MiniLM-L6-v2 truncates at 256 word pieces.

    .venv/bin/python bench/chunking.py

For several (chunk_tokens, overlap) settings over ../shared/corpus/papers: number of chunks, word pieces
embedded in total (the indexing cost), and the share of chunks the embedder would truncate.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAPERS = Path(os.environ.get("PQM_SHARED_DIR", REPO.parent / "shared")) / "corpus" / "papers"


def main() -> None:
    if not PAPERS.exists():
        sys.exit(f"needs {PAPERS}")
    from tokenizers import Tokenizer

    from paperqa_mat.chunking import chunk_pages
    from paperqa_mat.ingest import parse_file
    from paperqa_mat.minilm import model_dir

    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.no_truncation()
    docs = [parse_file(p).pages for p in sorted(PAPERS.glob("*.pdf"))]
    print("| chunk_tokens | overlap | chunks | word pieces embedded | p95 / max word pieces | truncated (>256) |")
    print("|---|---|---|---|---|---|")
    for size, overlap in [(150, 30), (200, 20), (200, 40), (230, 30), (256, 40), (300, 50)]:
        chunks = [c for pages in docs for c in chunk_pages(pages, size, overlap)]
        lens = sorted(len(e.ids) for e in tok.encode_batch([c.text for c in chunks]))
        trunc = sum(n > 256 for n in lens) / len(lens)
        print(f"| {size} | {overlap} | {len(chunks)} | {sum(min(n, 256) for n in lens):,} | "
              f"{lens[int(0.95 * (len(lens) - 1))]} / {lens[-1]} | {trunc:.1%} |")


if __name__ == "__main__":
    main()
