"""paperqa-mat: a literature-grounded research assistant for materials scientists.

Offline by default: parse a folder of papers, index it (FAISS + BM25), answer with page citations,
extract tables and property records, and run materials tools behind a safety guard.
"""

from paperqa_mat.offline import ensure_offline

ensure_offline()

__version__ = "0.1.0"

__all__ = ["__version__", "Index"]


def __getattr__(name: str):  # lazy: keep `import paperqa_mat` cheap
    if name == "Index":
        from paperqa_mat.index import Index

        return Index
    raise AttributeError(name)
