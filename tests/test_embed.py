"""Embedders: the int8 ONNX MiniLM agrees with the fp32 reference, is cached, and never mixes with other vectors."""

from __future__ import annotations

import numpy as np
import pytest

from paperqa_mat.embed import EmbeddingCache, embed_with_cache, get_embedder
from paperqa_mat.index import IncompatibleIndex, Index
from paperqa_mat.samples import SAMPLES, write_samples
from paperqa_mat.settings import get_settings

# real-looking passages of different lengths (short query-like to ~250 word pieces)
TEXTS = [p for s in SAMPLES for p in s.pages][:8] + [
    "Band gap of BaZrS3",
    "The films were annealed at 900 °C under H2S and the XRD patterns show the orthorhombic Pnma phase.",
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("embcache")


@pytest.fixture(scope="module")
def reference():
    from paperqa_mat.minilm import NumpyMiniLM  # fp32, matches sentence-transformers (cosine > 0.9999)

    return NumpyMiniLM().embed(TEXTS)


def test_onnx_fp32_graph_reproduces_reference(cache_dir, reference):
    from paperqa_mat.onnx_minilm import OnnxMiniLM

    v = OnnxMiniLM(cache_dir, "fp32", threads=1).embed(TEXTS)
    assert v.shape == (len(TEXTS), 384)
    assert (v * reference).sum(1).min() > 0.9999


def test_int8_agrees_with_reference_and_is_cached(cache_dir, reference):
    from paperqa_mat.onnx_minilm import OnnxMiniLM, model_file

    e = OnnxMiniLM(cache_dir, "int8", threads=2)
    v = e.embed(TEXTS)
    cos = (v * reference).sum(1)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert cos.mean() >= 0.99 and cos.min() >= 0.97, cos
    # one text per run: a vector does not depend on its neighbours or on thread count
    single = OnnxMiniLM(cache_dir, "int8", threads=1).embed(TEXTS[3:4])[0]
    assert float(single @ v[3]) > 0.99999
    # the built model file is reused, not rebuilt
    f = model_file(cache_dir, "int8")
    mtime = f.stat().st_mtime_ns
    assert model_file(cache_dir, "int8") == f and f.stat().st_mtime_ns == mtime
    assert len(list((cache_dir / "onnx").glob("*.onnx"))) == 2  # fp32 + int8, no temp files left


def test_cache_keys_differ_by_embedder(tmp_path, monkeypatch):
    monkeypatch.setenv("PQM_CACHE_DIR", str(tmp_path / "cache"))
    s = get_settings()
    assert s.embedder == "minilm-int8"
    int8 = get_embedder(s)
    hashed = get_embedder(s, "hash")
    assert int8.name.startswith("minilm-int8") and int8.name not in ("minilm", hashed.name)
    cache = EmbeddingCache(tmp_path / "emb.sqlite")
    texts = TEXTS[:3]
    v_int8 = embed_with_cache(int8, texts, cache)
    v_hash = embed_with_cache(hashed, texts, cache)
    keys = [EmbeddingCache.key(t) for t in texts]
    assert set(cache.get_many(int8.name, keys)) == set(keys)
    assert not cache.get_many("minilm", keys)  # the torch path's vectors live under another key
    assert v_hash.shape[1] != v_int8.shape[1]

    class NoCompute:  # same name as the int8 embedder but cannot embed: everything must come from the cache
        name, dim = int8.name, int8.dim

        def embed(self, texts):
            raise AssertionError("cache miss")

    again = embed_with_cache(NoCompute(), texts, cache)
    assert np.allclose(again, v_int8, atol=2e-3)
    cache.close()


def test_index_records_embedder_and_old_indexes_keep_theirs(tmp_path, monkeypatch):
    monkeypatch.setenv("PQM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PQM_EMBEDDER", raising=False)
    folder = tmp_path / "papers"
    write_samples(folder)
    # an index built with another embedder (stands in for an old 'minilm' index) keeps using it
    old = Index.open("old", settings=get_settings(index_root=tmp_path / "ix", embedder="hash", workers=1),
                     create=True)
    old.add([folder], progress=False)
    reopened = Index.open("old", settings=get_settings(index_root=tmp_path / "ix", workers=1))
    assert reopened.settings.embedder == "hash" and reopened.search("BaZrS3 band gap", k=3)
    with pytest.raises(IncompatibleIndex, match="embedder"):
        Index.open("old", settings=get_settings(index_root=tmp_path / "ix", embedder="minilm-int8"))
    # a new index uses the int8 default; queries (NumPy fp32 MiniLM) find the right paper
    new = Index.open("new", settings=get_settings(index_root=tmp_path / "ix", workers=1), create=True)
    new.add([folder], progress=False)
    assert Index.open("new", settings=get_settings(index_root=tmp_path / "ix")).settings.embedder == "minilm-int8"
    hits = new.search("optical band gap of chalcogenide perovskite thin films", k=3)
    assert hits and hits[0].doc == "nishimura2021_bazrs3.pdf"
