"""Shared helpers for the ``tools/train_*.py`` scripts: featurised matrices and saving a model."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from . import datasets as D
from .featurise import featurise_composition, featurise_structure, parse_composition
from .modeling import Ensemble, fit_ensemble

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def composition_matrix(name: str, formulas: list[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Cached composition-feature matrix (rows that fail to featurise are NaN with ok=False)."""
    return D.cached_matrix(name, formulas, featurise_composition)


def structure_matrix(
    name: str, cifs: list[str], workers: int = 1
) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Cached composition+structure feature matrix from CIF texts (``workers`` processes)."""
    return D.cached_matrix(name, cifs, featurise_structure, version="v2", workers=workers)


def elements_of(formulas: list[str]) -> list[str]:
    out: set[str] = set()
    for f in formulas:
        try:
            out.update(parse_composition(f).elements)
        except ValueError:
            pass
    return sorted(out)


def elements_from_fractions(X: np.ndarray, names: list[str]) -> list[str]:
    """Elements present (fraction > 0) in any row of a feature matrix with ``frac_<El>`` columns."""
    return sorted(n[5:] for i, n in enumerate(names) if n.startswith("frac_") and np.nanmax(X[:, i]) > 0)


def train_and_save(
    out_name: str, X: np.ndarray, y: np.ndarray, names: list[str], elements: list[str], config: dict,
    meta: dict,
) -> tuple[Ensemble, np.ndarray]:  # fmt: skip
    """Fit the cross-fitted ensemble on all rows, attach the applicability reference, save, return (ens, oof)."""
    t0 = time.time()
    ens, oof = fit_ensemble(X, y, names, **config)
    ens.fit_reference(X, elements)
    ens.meta = dict(meta, n_train=int(len(y)), config={k: v for k, v in config.items() if k != "log"})
    ens.save(ARTIFACTS / out_name)
    size = sum(p.stat().st_size for p in (ARTIFACTS / out_name).iterdir())
    print(f"saved {ARTIFACTS / out_name} ({size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")
    return ens, oof
