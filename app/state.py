"""State shared by all tabs of the web UI."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from paperqa_mat.settings import Settings


@dataclass
class AppState:
    """What every tab may use: settings and the open index (opened lazily, shared, thread-safe)."""

    settings: Settings
    index_name: str | None = None
    _index: object | None = field(default=None, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @property
    def index_dir(self) -> Path:
        return self.settings.index_dir(self.index_name)

    def index(self, create: bool = True):
        """The shared :class:`paperqa_mat.index.Index` (created empty if missing and ``create``)."""
        from paperqa_mat.index import Index

        with self._lock:
            if self._index is None:
                self._index = Index.open(self.index_dir, settings=self.settings, create=create)
            return self._index
