"""State shared by all tabs of the web UI."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperqa_mat.settings import Settings


@dataclass
class AppState:
    """What every tab may use: settings and the open index (opened lazily, shared, thread-safe).

    Reads (``state.index().search/ask/papers``) run concurrently. Writes (:meth:`add_files`,
    :meth:`remove_papers`) are serialised by a lock and build the new snapshot on a separate
    :class:`~paperqa_mat.index.Index` object, swapped in when complete, so answers keep flowing
    from the previous snapshot while a batch is being indexed.
    """

    settings: Settings
    index_name: str | None = None
    _index: object | None = field(default=None, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def index_dir(self) -> Path:
        return self.settings.index_dir(self.index_name)

    @property
    def files_dir(self) -> Path:
        """Where uploaded files are stored: ``<index_dir>/files/``."""
        return self.index_dir / "files"

    def index(self, create: bool = True):
        """The shared :class:`paperqa_mat.index.Index` (created empty if missing and ``create``)."""
        from paperqa_mat.index import Index

        with self._lock:
            if self._index is None:
                self._index = Index.open(self.index_dir, settings=self.settings, create=create)
            return self._index

    def reload_if_changed(self) -> bool:
        """Pick up a snapshot written by another process (e.g. ``pqm index``); True if one was loaded."""
        from paperqa_mat.index import Index

        current = self.index()
        if current._current_snapshot() in (None, current._snapshot) or not self._write_lock.acquire(blocking=False):
            return False
        try:
            _warm(current)
            fresh = Index.open(self.index_dir, settings=self.settings, create=True)
            with self._lock:
                self._index = fresh
            return True
        finally:
            self._write_lock.release()

    @property
    def writing(self) -> bool:
        """True while a batch is being indexed or papers are being removed."""
        return self._write_lock.locked()

    def _write(self, job: Callable[[Any], Any]) -> Any:
        from paperqa_mat.index import Index

        with self._write_lock:
            current = self.index()
            _warm(current)  # readers holding it keep working after old snapshot files are deleted
            writer = Index.open(self.index_dir, settings=self.settings, create=True)
            result = job(writer)
            with self._lock:
                self._index = writer
            return result

    def add_files(self, paths: Iterable[str | Path],
                  on_progress: Callable[[str, float], None] | None = None):
        """Index ``paths`` (files only, no pruning); returns the :class:`SyncReport`."""
        paths = [Path(p) for p in paths]
        return self._write(lambda idx: idx.add(paths, prune=False, progress=False, on_progress=on_progress))

    def remove_papers(self, keys: Iterable[str]):
        """Remove papers by key; files stored under :attr:`files_dir` are deleted too."""
        keys = list(keys)

        def job(idx):
            stored = {p.key: Path(p.path) for p in idx.papers() if p.key in keys}
            report = idx.remove(keys)
            files_dir = self.files_dir.resolve()
            for path in stored.values():
                if path.resolve().is_relative_to(files_dir):
                    path.unlink(missing_ok=True)
            return report

        return self._write(job)


def _warm(index: Any) -> None:
    """Load the lazily opened search structures so they survive the snapshot being replaced."""
    if not getattr(index, "exists", False) or not index.n_chunks:
        return
    try:
        index._dense()
        index._lex()
        index.vectors()
    except Exception:  # noqa: BLE001 - a cold index only costs a reload later
        pass
