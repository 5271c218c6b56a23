"""All configuration in one pydantic-settings object.

Precedence (highest first): explicit arguments / CLI flags, environment variables (prefix ``PQM_``),
a TOML config file (``$PQM_CONFIG``, else ``./pqm.toml``, else ``~/.config/paperqa-mat/config.toml``),
then the defaults below.

One LLM setting group serves every LLM role (evidence, answer, extraction, agent):
``PQM_LLM_BASE_URL``, ``PQM_LLM_MODEL``, ``PQM_LLM_API_KEY``. Without a base URL everything runs offline.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

REPO_ROOT = Path(__file__).resolve().parent.parent


def _config_file() -> Path | None:
    for candidate in (
        os.environ.get("PQM_CONFIG"),
        "pqm.toml",
        os.path.expanduser("~/.config/paperqa-mat/config.toml"),
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


class Settings(BaseSettings):
    """paperqa-mat settings. Every field can be set as ``PQM_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="PQM_", extra="ignore", validate_assignment=True)

    # --- where things live
    index_root: Path = Field(Path("indexes"), description="Folder holding named indexes.")
    index: str = Field("default", description="Index name (a folder under index_root) or a path.")
    cache_dir: Path | None = Field(None, description="Cache for embeddings/tiktoken (default ~/.cache/paperqa-mat).")

    # --- ingest
    workers: int = Field(max(1, min(4, os.cpu_count() or 1)), description="Parallel parser processes.")
    manifest: Path | None = Field(None, description="Optional CSV: path,doi,title,authors,year.")
    online_metadata: bool = Field(False, description="Look metadata up on Crossref by DOI (off by default).")
    crossref_url: str = Field("https://api.crossref.org", description="Crossref API base (used only when enabled).")
    max_file_mb: float = Field(200.0, description="Files larger than this are refused.")

    # --- chunking / embedding
    embedder: str = Field(
        "minilm-int8",
        description="'minilm-int8' (offline default: MiniLM on ONNX Runtime, int8), 'minilm' (the same model on "
        "torch bf16, slower), 'hash' (tests) or 'openai:<model>'. An existing index keeps its recorded embedder.",
    )
    chunk_tokens: int = Field(
        230, description="Chunk size in cl100k tokens; measured to stay within the 256 word pieces MiniLM reads."
    )
    chunk_overlap: int = Field(30, description="Overlap between chunks in tokens (whole sentences).")
    embed_batch: int = Field(64, description="Embedding batch size.")
    ann: Literal["auto", "flat", "hnsw"] = Field("auto", description="FAISS index type; auto = HNSW above ann_threshold.")
    ann_threshold: int = Field(50_000, description="Chunk count above which 'auto' switches to HNSW.")

    # --- retrieval / answering
    k: int = Field(10, description="Chunks returned by search.")
    evidence_k: int = Field(8, description="Chunks considered as evidence for an answer.")
    mmr_lambda: float = Field(0.7, description="MMR trade-off between relevance (1.0) and diversity (0.0).")
    answer_sentences: int = Field(3, description="Sentences in an extractive answer.")
    min_relevance: float = Field(0.33, description="Calibrated threshold below which we cannot answer.")

    # --- LLM (one group for every role)
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.")
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to the endpoint.")
    llm_api_key: str | None = Field(None, description="API key (also read from OPENAI_API_KEY).")
    llm_timeout: float = Field(60.0, description="Seconds per LLM request.")
    llm_fallback: Literal["extractive", "error"] = Field(
        "extractive", description="If the endpoint is unreachable: fall back to offline mode, or fail."
    )
    llm_temperature: float = Field(0.0)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        cfg = _config_file()
        if cfg is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=cfg))
        return tuple(sources)

    # --- derived helpers
    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url)

    @property
    def api_key(self) -> str:
        return self.llm_api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"

    def index_dir(self, name: str | None = None) -> Path:
        """Resolve an index name or path to its folder."""
        name = name or self.index
        p = Path(name).expanduser()
        if p.is_absolute() or os.sep in name or name.startswith("."):
            return p
        return Path(self.index_root) / name

    def cache_path(self) -> Path:
        root = self.cache_dir or Path(
            os.environ.get("PQM_CACHE_DIR")
            or os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "paperqa-mat")
        )
        root.mkdir(parents=True, exist_ok=True)
        return root


def get_settings(**overrides) -> Settings:
    """Build settings, applying non-None overrides (e.g. from CLI flags)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
