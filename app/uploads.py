"""Safe handling of uploaded files: allowed types, size limit, sanitised names, stored under the index."""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from paperqa_mat.ingest import file_sha256

# What the web UI accepts (a subset of what `pqm index` reads).
ALLOWED_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm")
MAX_NAME = 120


class UploadError(ValueError):
    """An upload that is refused, with a reason in plain words."""


@dataclass
class StoredFile:
    original: str  # the name the user's browser sent (for messages)
    path: Path  # where it now lives, under <index_dir>/files/
    reused: bool = False  # an identical file was already stored


def sanitize_filename(name: str) -> str:
    """A safe file name from whatever the browser sent: no directories, no dot-files, no odd characters.

    >>> sanitize_filename("../../etc/passwd.pdf")
    'passwd.pdf'
    """
    name = unicodedata.normalize("NFKD", str(name or "")).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("\x00", "")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-") or "upload"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix).lower()
    stem = stem[: MAX_NAME - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def check_upload(path: Path, original: str, max_mb: float) -> str:
    """Validate an uploaded temp file; returns the sanitised target name or raises :class:`UploadError`."""
    safe = sanitize_filename(original)
    suffix = Path(safe).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        kinds = ", ".join(s.lstrip(".").upper() for s in ALLOWED_SUFFIXES if s != ".htm")
        raise UploadError(f"{original}: this file type is not accepted (accepted: {kinds}).")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UploadError(f"{original}: the upload could not be read ({exc.strerror}).") from None
    if size == 0:
        raise UploadError(f"{original}: the file is empty.")
    if size > max_mb * 1024 * 1024:
        raise UploadError(f"{original}: the file is too large ({size / 1e6:.0f} MB; the limit is {max_mb:g} MB).")
    return safe


def store_upload(src: str | Path, original: str, files_dir: Path, max_mb: float) -> StoredFile:
    """Copy an uploaded temp file into ``files_dir`` under a sanitised, unique name.

    An identical file already stored is reused (no duplicate copy); a different file with the same
    name gets a numbered name. Nothing is ever written outside ``files_dir``.
    """
    src = Path(src)
    safe = check_upload(src, original, max_mb)
    files_dir.mkdir(parents=True, exist_ok=True)
    root = files_dir.resolve()
    digest = file_sha256(src)
    stem, suffix = Path(safe).stem, Path(safe).suffix
    for n in range(1, 1000):
        target = (root / (safe if n == 1 else f"{stem}-{n}{suffix}")).resolve()
        if target.parent != root:  # defence in depth: sanitize_filename already prevents this
            raise UploadError(f"{original}: invalid file name.")
        if target.exists():
            if target.is_file() and file_sha256(target) == digest:
                return StoredFile(original, target, reused=True)
            continue
        tmp = target.with_name(f".{target.name}.part")
        shutil.copyfile(src, tmp)
        tmp.replace(target)
        return StoredFile(original, target)
    raise UploadError(f"{original}: too many files with this name.")
