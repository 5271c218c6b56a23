"""Hybrid retrieval: FAISS (dense, cosine) + BM25 (lexical), fused by reciprocal rank, then MMR.

Both indexes are stored in safe formats: FAISS native files and bm25s' numpy/JSON files.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-\+\.]*[A-Za-z0-9+]|[A-Za-z0-9]")
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does for from had has have how i if in into is it
    its itself may might more most of on or our such than that the their them then there these they this those
    to was we were what when where which while who whom why will with would you your about above after again
    against all also am any because before below between both during each few further here just nor not now
    once only other over own same so some still through too under until up very via within without yes
    reported report paper papers according used using use show shows shown found find obtained give given""".split()
)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens for BM25; keeps formulas and numbers (BaZrS3, 1.8, Tc)."""
    out = []
    for tok in _WORD.findall(text):
        t = tok.lower().rstrip(".")
        if t and t not in STOPWORDS:
            out.append(t)
            if "-" in t:  # "spin-orbit" also matches "spin orbit"
                out.extend(p for p in t.split("-") if p and p not in STOPWORDS)
    return out


# --------------------------------------------------------------------------- dense
def build_faiss(vectors: np.ndarray, kind: str = "auto", threshold: int = 50_000):
    """Exact inner-product index while small; HNSW above ``threshold`` (or when asked)."""
    import faiss

    n, dim = vectors.shape if vectors.size else (0, vectors.shape[1] if vectors.ndim == 2 else 384)
    use_hnsw = kind == "hnsw" or (kind == "auto" and n > threshold)
    if use_hnsw:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 128
    else:
        index = faiss.IndexFlatIP(dim)
    if n:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def save_faiss(index, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def load_faiss(path: Path):
    import faiss

    return faiss.read_index(str(path))


def dense_search(index, query_vec: np.ndarray, k: int) -> list[tuple[int, float]]:
    if index.ntotal == 0:
        return []
    scores, ids = index.search(np.ascontiguousarray(query_vec.reshape(1, -1), dtype=np.float32), min(k, index.ntotal))
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


# --------------------------------------------------------------------------- lexical
class Lexical:
    """BM25 (Lucene variant) over chunk texts. Built with bm25s; stored as its numpy + JSON files (no pickle).

    At query time the term-major score matrix is read directly with NumPy, so searching does not import
    bm25s (and numba): ``pqm ask`` starts faster.
    """

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, vocab: dict[str, int],
                 n_docs: int, retriever=None) -> None:
        self.data, self.indices, self.indptr, self.vocab_dict = data, indices, indptr, vocab
        self.n_docs = n_docs
        self.retriever = retriever  # the bm25s object when just built (for saving)

    @classmethod
    def build(cls, texts: list[str]) -> Lexical:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets its own logger to DEBUG
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [tokenize(t) or ["∅"] for t in texts] if texts else [["∅"]]
        retriever.index(corpus, show_progress=False)
        sc = retriever.scores
        return cls(np.asarray(sc["data"]), np.asarray(sc["indices"]), np.asarray(sc["indptr"]),
                   dict(retriever.vocab_dict), len(texts), retriever)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder), show_progress=False)
        (folder / "n_docs.txt").write_text(str(self.n_docs))

    @classmethod
    def load(cls, folder: Path) -> Lexical:
        import json

        return cls(np.load(folder / "data.csc.index.npy"), np.load(folder / "indices.csc.index.npy"),
                   np.load(folder / "indptr.csc.index.npy"),
                   json.loads((folder / "vocab.index.json").read_text(encoding="utf-8")),
                   int((folder / "n_docs.txt").read_text()))

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        scores = np.zeros(max(self.n_docs, 1), dtype=np.float32)
        for tok in tokens:
            tid = self.vocab_dict.get(tok)
            if tid is None:
                continue
            a, b = int(self.indptr[tid]), int(self.indptr[tid + 1])
            np.add.at(scores, self.indices[a:b], self.data[a:b])
        return scores

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        toks = [t for t in tokenize(query) if t in self.vocab_dict]
        if not toks or self.n_docs == 0:
            return []
        scores = self.get_scores(toks)
        k = min(k, self.n_docs)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a token (0 when absent from the index)."""
        tid = self.vocab_dict.get(term)
        if tid is None:
            return 0.0
        df = int(self.indptr[tid + 1] - self.indptr[tid])
        return float(np.log(1 + (self.n_docs - df + 0.5) / (df + 0.5)))


# --------------------------------------------------------------------------- fusion and diversity
def rrf(rankings: list[list[tuple[int, float]]], k: int = 60, weights: list[float] | None = None) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of several ranked lists of (id, score)."""
    fused: dict[int, float] = {}
    for r, ranking in enumerate(rankings):
        w = weights[r] if weights else 1.0
        for rank, (i, _) in enumerate(ranking):
            fused[i] = fused.get(i, 0.0) + w / (k + rank + 1)
    return sorted(fused.items(), key=lambda x: -x[1])


def mmr(query_vec: np.ndarray, cand_vecs: np.ndarray, relevance: np.ndarray, k: int, lam: float = 0.7) -> list[int]:
    """Maximal marginal relevance: indices into the candidates, relevant but not redundant."""
    if len(cand_vecs) == 0:
        return []
    rel = (relevance - relevance.min()) / (np.ptp(relevance) or 1.0)
    sim = cand_vecs @ cand_vecs.T
    chosen: list[int] = [int(np.argmax(rel))]
    while len(chosen) < min(k, len(cand_vecs)):
        rest = [i for i in range(len(cand_vecs)) if i not in chosen]
        scores = [lam * rel[i] - (1 - lam) * max(sim[i, j] for j in chosen) for i in rest]
        chosen.append(rest[int(np.argmax(scores))])
    return chosen
