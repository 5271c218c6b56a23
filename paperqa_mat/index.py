"""The paper index: papers, pages and chunks in SQLite, vectors in FAISS, words in BM25.

On disk (``indexes/<name>/``)::

    CURRENT              -> name of the live snapshot (replaced atomically)
    snap-<time>/         one immutable snapshot: meta.json, docs.sqlite, vectors.npy, vectors.faiss, bm25/
    files/               uploaded files (web UI)
    .lock                writers take an exclusive lock

Every sync writes a complete new snapshot beside the old one and then flips ``CURRENT`` with an atomic
rename, so a crash or Ctrl-C mid-run leaves the previous index intact and usable. Embeddings are
cached by (model, chunk hash) outside the snapshot, committed batch by batch, so an interrupted run
resumes without recomputing.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np

from paperqa_mat import ingest
from paperqa_mat.chunking import Chunk, chunk_pages
from paperqa_mat.ingest import IngestError, Page, PaperMeta, ParsedDoc
from paperqa_mat.settings import Settings, get_settings

FORMAT_VERSION = 1


class IndexError_(RuntimeError):
    """A problem with the index a user can act on (missing, incompatible settings, locked)."""


class IndexNotFound(IndexError_):
    pass


class IncompatibleIndex(IndexError_):
    pass


@dataclass
class Paper:
    key: str
    doc: str
    path: str
    sha256: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    doi: str | None = None
    arxiv: str | None = None
    n_pages: int = 0
    n_chunks: int = 0
    size: int = 0
    mtime: float = 0.0
    added_at: float = 0.0

    def reference(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "authors": self.authors, "year": self.year,
                "doi": self.doi, "doc": self.doc}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Hit:
    chunk_id: int
    key: str
    doc: str
    title: str
    pages: list[int]
    score: float
    text: str
    cosine: float = 0.0
    page_starts: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "doc": self.doc, "title": self.title, "pages": self.pages,
                "score": round(self.score, 6), "text": self.text}

    def chunk(self) -> Chunk:
        return Chunk(self.text, self.pages, [tuple(p) for p in self.page_starts])


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    papers: int = 0
    chunks: int = 0
    seconds: float = 0.0
    added_keys: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "removed": self.removed, "skipped": self.skipped,
                "failed": self.failed, "papers": self.papers, "chunks": self.chunks}


# --------------------------------------------------------------------------- worker (separate process)
def _parse_worker(args: tuple[str, float]) -> tuple[str, ParsedDoc | None, str | None]:
    path, max_mb = args
    try:
        return path, ingest.parse_file(path, max_mb=max_mb), None
    except IngestError as exc:
        return path, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - any parser crash is reported for that file only
        return path, None, f"could not be parsed ({type(exc).__name__}: {exc})"


SCHEMA = """
CREATE TABLE papers (key TEXT PRIMARY KEY, doc TEXT, path TEXT, sha256 TEXT, title TEXT, authors TEXT,
    year INTEGER, doi TEXT, arxiv TEXT, n_pages INTEGER, n_chunks INTEGER, size INTEGER, mtime REAL, added_at REAL);
CREATE TABLE pages (key TEXT, number INTEGER, text TEXT, PRIMARY KEY (key, number));
CREATE TABLE chunks (id INTEGER PRIMARY KEY, key TEXT, pages TEXT, page_starts TEXT, text TEXT);
CREATE INDEX chunks_key ON chunks(key);
"""


class Index:
    """A folder of papers, searchable and answerable. Use :meth:`open`."""

    def __init__(self, root: Path, settings: Settings) -> None:
        self.root = Path(root)
        self.settings = settings
        self._snapshot: str | None = None
        self._db: sqlite3.Connection | None = None
        self._faiss = None
        self._lexical = None
        self._vectors: np.ndarray | None = None
        self._meta: dict[str, Any] = {}
        self._papers: dict[str, Paper] = {}
        self._query_cache: dict[str, np.ndarray] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, name_or_dir: str | Path | None = None, settings: Settings | None = None,
             create: bool = False) -> Index:
        """Open an index by name (under ``settings.index_root``) or path.

        ``create=True`` makes an empty index when none exists; otherwise a missing index raises
        :class:`IndexNotFound` telling the user to run ``pqm index``.
        """
        settings = settings or get_settings()
        root = settings.index_dir(str(name_or_dir) if name_or_dir is not None else None)
        idx = cls(root, settings)
        if not (root / "CURRENT").exists():
            if not create:
                raise IndexNotFound(
                    f"No index at {root}. Build one first: pqm index PATH_TO_PAPERS"
                    + (f" --index {name_or_dir}" if name_or_dir else "")
                )
            root.mkdir(parents=True, exist_ok=True)
            return idx
        idx._load()
        return idx

    def _current_snapshot(self) -> str | None:
        try:
            return json.loads((self.root / "CURRENT").read_text())["snapshot"]
        except (OSError, ValueError, KeyError):
            return None

    def _load(self) -> None:
        snap = self._current_snapshot()
        if snap is None:
            raise IndexError_(f"The index at {self.root} is damaged (no readable CURRENT file).")
        folder = self.root / snap
        try:
            meta = json.loads((folder / "meta.json").read_text())
        except (OSError, ValueError) as exc:
            raise IndexError_(f"The index at {self.root} is damaged: {exc}") from exc
        self._check_compatible(meta)
        self._meta = meta
        self._snapshot = snap
        if self._db is not None:
            self._db.close()
        self._db = sqlite3.connect(f"file:{folder / 'docs.sqlite'}?mode=ro", uri=True, check_same_thread=False)
        self._faiss = None
        self._lexical = None
        self._vectors = None
        self._papers = {p.key: p for p in self._read_papers()}

    def _check_compatible(self, meta: dict[str, Any]) -> None:
        if meta.get("format") != FORMAT_VERSION:
            raise IncompatibleIndex(f"The index at {self.root} has format {meta.get('format')}; this version "
                                    f"reads format {FORMAT_VERSION}. Re-index into a new folder.")
        wanted = self._settings_record()
        explicit = getattr(self.settings, "model_fields_set", set())
        clashes = []
        for key in ("embedder", "chunk_tokens", "chunk_overlap"):
            if key in explicit or key == "embedder":
                if str(meta.get(key)) != str(wanted[key]) and (key in explicit or "PQM_" + key.upper() in os.environ):
                    clashes.append(f"{key}: index has {meta.get(key)!r}, settings ask for {wanted[key]!r}")
        if clashes:
            raise IncompatibleIndex(
                f"The index at {self.root} was built with different settings ({'; '.join(clashes)}). "
                "Use matching settings, or build a new index with --index NEW_NAME (nothing was changed)."
            )
        # follow the index's own recorded settings from here on
        self.settings = self.settings.model_copy(update={
            "embedder": meta.get("embedder", self.settings.embedder),
            "chunk_tokens": meta.get("chunk_tokens", self.settings.chunk_tokens),
            "chunk_overlap": meta.get("chunk_overlap", self.settings.chunk_overlap),
        })

    def _settings_record(self) -> dict[str, Any]:
        s = self.settings
        return {"format": FORMAT_VERSION, "embedder": s.embedder, "chunk_tokens": s.chunk_tokens,
                "chunk_overlap": s.chunk_overlap}

    def refresh(self) -> None:
        """Pick up a newer snapshot written by another process."""
        snap = self._current_snapshot()
        if snap and snap != self._snapshot:
            self._load()

    # ------------------------------------------------------------------ reading
    @property
    def exists(self) -> bool:
        return self._snapshot is not None

    def _read_papers(self) -> list[Paper]:
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT key, doc, path, sha256, title, authors, year, doi, arxiv, n_pages, n_chunks, size, mtime, "
            "added_at FROM papers ORDER BY key"
        ).fetchall()
        return [Paper(r[0], r[1], r[2], r[3], r[4] or "", json.loads(r[5] or "[]"), r[6], r[7], r[8], r[9], r[10],
                      r[11], r[12], r[13]) for r in rows]

    def papers(self) -> list[Paper]:
        return list(self._papers.values())

    def paper(self, key: str) -> Paper:
        if key not in self._papers:
            raise KeyError(f"no paper with key {key!r} in this index")
        return self._papers[key]

    def pages(self, key: str) -> list[Page]:
        """All pages of one paper (1-based physical numbers)."""
        if self._db is None:
            return []
        self.paper(key)
        rows = self._db.execute("SELECT number, text FROM pages WHERE key=? ORDER BY number", (key,)).fetchall()
        return [Page(n, t) for n, t in rows]

    @property
    def n_chunks(self) -> int:
        return int(self._meta.get("n_chunks", 0))

    def _chunk_rows(self, ids: Iterable[int]) -> dict[int, tuple]:
        ids = list(ids)
        if not ids or self._db is None:
            return {}
        q = f"SELECT id, key, pages, page_starts, text FROM chunks WHERE id IN ({','.join('?' * len(ids))})"
        return {r[0]: r for r in self._db.execute(q, ids)}

    def _dense(self):
        if self._faiss is None:
            from paperqa_mat.retrieve import load_faiss

            self._faiss = load_faiss(self.root / self._snapshot / "vectors.faiss")
        return self._faiss

    def _lex(self):
        if self._lexical is None:
            from paperqa_mat.retrieve import Lexical

            self._lexical = Lexical.load(self.root / self._snapshot / "bm25")
        return self._lexical

    def vectors(self) -> np.ndarray:
        if self._vectors is None:
            self._vectors = np.load(self.root / self._snapshot / "vectors.npy", mmap_mode="r")
        return self._vectors

    def embed_query(self, text: str) -> np.ndarray:
        """Query vector (memoised: search, MMR and answer scoring share it)."""
        cached = self._query_cache.get(text)
        if cached is None:
            cached = self.query_embedder().embed([text])[0]
            if len(self._query_cache) > 256:
                self._query_cache.clear()
            self._query_cache[text] = cached
        return cached

    def query_embedder(self):
        """Fast embedder for queries/sentences: NumPy MiniLM (no torch import) or the index's embedder."""
        from paperqa_mat.embed import MINILM_SPECS

        if self.settings.embedder in MINILM_SPECS:
            from paperqa_mat.minilm import numpy_minilm

            return numpy_minilm()
        from paperqa_mat.embed import get_embedder

        return get_embedder(self.settings)

    # ------------------------------------------------------------------ search
    def search(self, query: str, k: int | None = None, candidates: int = 50) -> list[Hit]:
        """Hybrid search: dense + BM25 fused by reciprocal rank. Returns up to ``k`` hits."""
        from paperqa_mat.retrieve import dense_search, rrf

        query = (query or "").strip()
        if not query:
            raise ValueError("The query is empty.")
        k = k or self.settings.k
        if not self.exists or self.n_chunks == 0:
            return []
        qv = self.embed_query(query)
        dense = dense_search(self._dense(), qv, candidates)
        lexical = self._lex().search(query, candidates)
        fused = rrf([dense, lexical])[:k]
        rows = self._chunk_rows(i for i, _ in fused)
        cos = dict(dense)
        vecs = self.vectors()
        hits = []
        for cid, score in fused:
            r = rows.get(cid)
            if r is None:
                continue
            paper = self._papers.get(r[1])
            c = cos.get(cid)
            if c is None:
                c = float(np.dot(vecs[cid], qv))
            hits.append(Hit(cid, r[1], paper.doc if paper else "", paper.title if paper else "", json.loads(r[2]),
                            score, r[4], c, [tuple(x) for x in json.loads(r[3])]))
        return hits

    def ask(self, question: str, **kwargs):
        """Answer with page citations (extractive offline, or with the configured LLM)."""
        from paperqa_mat.qa import answer_question

        return answer_question(self, question, **kwargs)

    # ------------------------------------------------------------------ writing
    @contextlib.contextmanager
    def _writer_lock(self):
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise IndexError_(
                    f"Another process is writing to the index at {self.root}; try again shortly."
                ) from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def add(self, paths: Iterable[str | Path], prune: bool = True, progress: bool = True,
            on_progress: Callable[[str, float], None] | None = None) -> SyncReport:
        """Index new or changed files; with ``prune``, drop papers deleted from the given folders.

        Unchanged files (same size and mtime, or same content hash) are skipped. One bad file never
        aborts the batch: it is reported in ``SyncReport.failed`` with a reason.
        """
        t0 = time.time()
        paths = [Path(p) for p in paths]
        report = SyncReport()
        with self._writer_lock():
            self.refresh()
            files, problems = ingest.discover(paths)
            report.failed.extend({"path": str(p), "error": e} for p, e in problems)
            old = {p.key: p for p in self.papers()}
            by_path = {str(Path(p.path).resolve()): p for p in old.values()}
            by_hash = {p.sha256: p for p in old.values()}
            manifest = ingest.read_manifest(self.settings.manifest) if self.settings.manifest else {}

            to_parse: list[Path] = []
            for f in files:
                st = f.stat()
                prev = by_path.get(str(f.resolve()))
                if prev and prev.size == st.st_size and abs(prev.mtime - st.st_mtime) < 1e-3:
                    report.skipped += 1
                    continue
                to_parse.append(f)

            removed_keys: set[str] = set()
            if prune:
                folders = [p.resolve() for p in paths if p.is_dir()]
                for path_str, paper in by_path.items():
                    if not Path(path_str).exists() and any(Path(path_str).is_relative_to(d) for d in folders):
                        removed_keys.add(paper.key)

            parsed = self._parse_all(to_parse, report, progress, on_progress)
            new_docs: list[tuple[ParsedDoc, str | None]] = []  # (doc, key to reuse when updating)
            seen_hashes: set[str] = set()
            for doc in parsed:
                st = doc.path.stat()
                prev_at_path = by_path.get(str(doc.path.resolve()))
                same_content = by_hash.get(doc.sha256)
                if doc.sha256 in seen_hashes:
                    report.skipped += 1  # duplicate content within this batch
                    continue
                seen_hashes.add(doc.sha256)
                if same_content and same_content.key not in removed_keys:
                    if prev_at_path and prev_at_path.key == same_content.key:
                        # touched but identical: just refresh the stat record
                        same_content.size, same_content.mtime = st.st_size, st.st_mtime
                        new_docs.append((doc, "touch:" + same_content.key))
                    report.skipped += 1
                    continue
                if prev_at_path:
                    removed_keys.add(prev_at_path.key)
                    new_docs.append((doc, prev_at_path.key))
                    report.updated += 1
                else:
                    new_docs.append((doc, None))
                    report.added += 1
                if self.settings.online_metadata and doc.meta.doi and doc.path.name not in manifest:
                    doc.meta = ingest.apply_manifest(
                        doc.meta, ingest.crossref_metadata(doc.meta.doi, self.settings.crossref_url))
                doc.meta = ingest.apply_manifest(doc.meta, manifest.get(doc.path.name))

            touched = {k.split(":", 1)[1] for _, k in new_docs if k and k.startswith("touch:")}
            real_new = [(d, k) for d, k in new_docs if not (k and k.startswith("touch:"))]
            report.removed = len(removed_keys) - report.updated
            if not real_new and not removed_keys and not touched and self.exists:
                report.papers, report.chunks = len(old), self.n_chunks
                report.seconds = time.time() - t0
                return report
            self._write_snapshot(old, removed_keys, real_new, touched, report, progress, on_progress)
        report.seconds = time.time() - t0
        return report

    def _parse_all(self, files: list[Path], report: SyncReport, progress: bool,
                   on_progress: Callable[[str, float], None] | None) -> list[ParsedDoc]:
        from tqdm import tqdm

        out: list[ParsedDoc] = []
        if not files:
            return out
        bar = tqdm(total=len(files), desc="parse files", unit="file", disable=not progress, file=sys.stderr)
        jobs = [(str(f), self.settings.max_file_mb) for f in files]
        workers = max(1, min(self.settings.workers, len(files)))

        def handle(res: tuple[str, ParsedDoc | None, str | None]) -> None:
            path, doc, err = res
            if doc is None:
                report.failed.append({"path": path, "error": err or "unknown error"})
            else:
                out.append(doc)
            bar.update(1)
            if on_progress:
                on_progress("parse", bar.n / len(files))

        done: set[str] = set()
        if workers > 1 and len(files) >= 8:
            try:
                with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
                    for res in pool.map(_parse_worker, jobs, chunksize=1):
                        done.add(res[0])
                        handle(res)
            except BrokenProcessPool:
                # e.g. a script without an `if __name__ == "__main__"` guard: finish in this process
                pass
        for job in jobs:
            if job[0] not in done:
                handle(_parse_worker(job))
        bar.close()
        order = {str(f): i for i, f in enumerate(files)}
        out.sort(key=lambda d: order.get(str(d.path), 0))
        return out

    def _write_snapshot(self, old: dict[str, Paper], removed: set[str], new_docs: list[tuple[ParsedDoc, str | None]],
                        touched: set[str], report: SyncReport, progress: bool,
                        on_progress: Callable[[str, float], None] | None) -> None:
        from tqdm import tqdm

        from paperqa_mat.embed import EmbeddingCache, embed_with_cache, get_embedder
        from paperqa_mat.retrieve import Lexical, build_faiss, save_faiss

        s = self.settings
        taken = {k for k in old if k not in removed}
        planned: list[tuple[Paper, ParsedDoc, list[Chunk]]] = []
        for doc, reuse_key in new_docs:
            key = reuse_key if reuse_key and reuse_key not in taken else ingest.unique_key(
                ingest.citation_stem(doc.meta, doc.path.name), taken)
            taken.add(key)
            chunks = chunk_pages(doc.pages, s.chunk_tokens, s.chunk_overlap)
            st = doc.path.stat()
            m: PaperMeta = doc.meta
            paper = Paper(key=key, doc=doc.path.name, path=str(doc.path.resolve()), sha256=doc.sha256, title=m.title,
                          authors=m.authors, year=m.year, doi=m.doi, arxiv=m.arxiv, n_pages=doc.n_pages,
                          n_chunks=len(chunks), size=st.st_size, mtime=st.st_mtime, added_at=time.time())
            planned.append((paper, doc, chunks))
            report.added_keys.append(key)

        new_texts = [c.text for _, _, cs in planned for c in cs]
        new_vecs = np.zeros((0, 384), np.float32)
        if new_texts:
            embedder = get_embedder(s)
            cache = EmbeddingCache(s.cache_path() / "embeddings.sqlite")
            bar = tqdm(total=len(new_texts), desc="embed chunks", unit="chunk", disable=not progress, file=sys.stderr)
            if on_progress:
                class _Hook:
                    def update(self, n: int) -> None:
                        bar.update(n)
                        on_progress("embed", bar.n / max(1, len(new_texts)))
                hook: Any = _Hook()
            else:
                hook = bar
            try:
                new_vecs = embed_with_cache(embedder, new_texts, cache, progress=hook)
            finally:
                bar.close()
                cache.close()

        tmp = self.root / f".tmp-snap-{os.getpid()}-{int(time.time() * 1000)}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        try:
            db = sqlite3.connect(str(tmp / "docs.sqlite"))
            db.executescript(SCHEMA)
            vec_parts: list[np.ndarray] = []
            next_id = 0
            keep = [p for k, p in old.items() if k not in removed]
            if keep and self._db is not None:
                old_vecs = self.vectors()
                for paper in keep:  # (papers in `touched` carry their refreshed size/mtime already)
                    rows = self._db.execute("SELECT id, pages, page_starts, text FROM chunks WHERE key=? ORDER BY id",
                                            (paper.key,)).fetchall()
                    ids = [r[0] for r in rows]
                    db.executemany("INSERT INTO chunks VALUES (?,?,?,?,?)",
                                   [(next_id + i, paper.key, r[1], r[2], r[3]) for i, r in enumerate(rows)])
                    if ids:
                        vec_parts.append(np.asarray(old_vecs[ids], dtype=np.float32))
                    next_id += len(ids)
                    db.executemany("INSERT INTO pages VALUES (?,?,?)",
                                   [(paper.key, n, t) for n, t in self._db.execute(
                                       "SELECT number, text FROM pages WHERE key=?", (paper.key,))])
                    self._insert_paper(db, paper)
            for paper, doc, chunks in planned:
                db.executemany("INSERT INTO chunks VALUES (?,?,?,?,?)", [
                    (next_id + i, paper.key, json.dumps(c.pages), json.dumps(c.page_starts), c.text)
                    for i, c in enumerate(chunks)])
                db.executemany("INSERT INTO pages VALUES (?,?,?)", [(paper.key, p.number, p.text) for p in doc.pages])
                self._insert_paper(db, paper)
                next_id += len(chunks)
            if len(new_vecs):
                vec_parts.append(new_vecs)
            db.commit()
            texts = [r[0] for r in db.execute("SELECT text FROM chunks ORDER BY id")]
            db.close()
            dim = vec_parts[0].shape[1] if vec_parts else getattr(get_embedder(s), "dim", 384) if texts else 384
            vectors = np.concatenate(vec_parts) if vec_parts else np.zeros((0, dim), np.float32)
            assert len(vectors) == len(texts), "vector/chunk count mismatch"
            np.save(tmp / "vectors.npy", vectors.astype(np.float32))
            save_faiss(build_faiss(vectors, s.ann, s.ann_threshold), tmp / "vectors.faiss")
            (tmp / "bm25").mkdir()
            Lexical.build(texts).save(tmp / "bm25")
            meta = {**self._settings_record(), "n_chunks": len(texts), "n_papers": len(keep) + len(planned)
                    if self._db is not None else len(planned), "created": time.time(),
                    "ann": "hnsw" if (s.ann == "hnsw" or (s.ann == "auto" and len(texts) > s.ann_threshold)) else "flat"}
            (tmp / "meta.json").write_text(json.dumps(meta, indent=1))
            _fsync_dir(tmp)
            snap = f"snap-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{int(time.time() * 1000) % 100000}"
            os.replace(tmp, self.root / snap)
            cur_tmp = self.root / "CURRENT.tmp"
            cur_tmp.write_text(json.dumps({"snapshot": snap}))
            with open(cur_tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(cur_tmp, self.root / "CURRENT")
            _fsync_dir(self.root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        previous = self._snapshot
        self._load()
        report.papers, report.chunks = len(self._papers), self.n_chunks
        self._gc(keep_snapshot=snap, previous=previous)

    @staticmethod
    def _insert_paper(db: sqlite3.Connection, p: Paper) -> None:
        db.execute("INSERT INTO papers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            p.key, p.doc, p.path, p.sha256, p.title, json.dumps(p.authors), p.year, p.doi, p.arxiv, p.n_pages,
            p.n_chunks, p.size, p.mtime, p.added_at))

    def _gc(self, keep_snapshot: str, previous: str | None) -> None:
        """Delete older snapshots and leftovers of interrupted runs (readers hold open handles safely)."""
        for child in self.root.iterdir():
            if child.name.startswith(("snap-", ".tmp-snap-")) and child.name != keep_snapshot:
                shutil.rmtree(child, ignore_errors=True)

    def remove(self, keys: Iterable[str]) -> SyncReport:
        """Remove papers by key (or file name)."""
        report = SyncReport()
        with self._writer_lock():
            self.refresh()
            wanted = set(keys)
            hit = {p.key for p in self.papers() if p.key in wanted or p.doc in wanted}
            missing = wanted - hit - {p.doc for p in self.papers() if p.key in hit}
            if missing:
                raise KeyError(f"not in the index: {', '.join(sorted(missing))}")
            if hit:
                self._write_snapshot({p.key: p for p in self.papers()}, hit, [], set(), report, False, None)
            report.removed = len(hit)
        report.papers, report.chunks = len(self._papers), self.n_chunks
        return report


def _fsync_dir(path: Path) -> None:
    for f in path.rglob("*"):
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
