"""Training/evaluation data for the property predictors (from ../shared), with featurised-matrix caching.

Only used by the ``tools/train_*.py`` scripts and ``bench/predictor.py``; never at prediction time.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PQM_SHARED_DIR", REPO.parent / "shared"))
MATERIALS = SHARED / "data" / "materials"
CACHE_DIR = Path(os.environ.get("PQM_FEATURE_CACHE", "/tmp/pqm_feature_cache"))

MATBENCH_SEED = 18012019  # matbench v0.1: KFold(n_splits=5, shuffle=True, random_state=18012019)


def require(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"needs shared data: {path} not found (set PQM_SHARED_DIR)")
    return path


def matbench_expt_gap():
    """(formulas, gap in eV) of matbench_expt_gap (4,604 compositions)."""
    import pandas as pd

    df = pd.read_csv(require(MATERIALS / "matbench" / "matbench_expt_gap.csv"))
    return df["composition"].tolist(), df["gap expt"].to_numpy(float)


def matbench_expt_is_metal():
    """(formulas, 0/1 is_metal) of matbench_expt_is_metal (4,921 compositions)."""
    import pandas as pd

    df = pd.read_csv(require(MATERIALS / "matbench" / "matbench_expt_is_metal.csv"))
    return df["composition"].tolist(), df["is_metal"].astype(bool).to_numpy(int)


def formation_energy_train():
    """MP formation energies for training: MP-20 bi/ternary val split + MPTS-52 val/test.

    Rows whose material_id is in the held-out MP-20 bi/ternary test split are dropped.
    Returns a DataFrame with material_id, formula, cif, y (eV/atom), e_above_hull (eV/atom), source.
    """
    import pandas as pd

    test_ids = set(pd.read_csv(require(MATERIALS / "mp20_biternary" / "test_biternary.csv.gz")).material_id)
    frames = []
    val = pd.read_csv(require(MATERIALS / "mp20_biternary" / "val_biternary.csv.gz"))
    frames.append(
        pd.DataFrame(
            {
                "material_id": val.material_id,
                "formula": val.pretty_formula,
                "cif": val.cif,
                "y": val.formation_energy_per_atom,
                "e_above_hull": val.e_above_hull,
                "source": "mp20_val_biternary",
            }
        )  # fmt: skip
    )
    for split in ("val", "test"):
        d = pd.read_csv(require(MATERIALS / "mpts_52" / f"{split}.csv.gz"))
        frames.append(
            pd.DataFrame(
                {
                    "material_id": d.material_id,
                    "formula": None,
                    "cif": d.cif,
                    "y": d.formation_energy_per_atom,
                    "e_above_hull": d.energy_above_hull,
                    "source": f"mpts52_{split}",
                }
            )  # fmt: skip
        )
    df = pd.concat(frames, ignore_index=True)
    df = df[~df.material_id.isin(test_ids)].drop_duplicates("material_id").reset_index(drop=True)
    return df


def formation_energy_test():
    """Held-out MP-20 bi/ternary test split (evaluation only)."""
    import pandas as pd

    t = pd.read_csv(require(MATERIALS / "mp20_biternary" / "test_biternary.csv.gz"))
    return pd.DataFrame({"material_id": t.material_id, "formula": t.pretty_formula, "cif": t.cif,
                         "y": t.formation_energy_per_atom})  # fmt: skip


def _key(name: str, items: Sequence[str]) -> Path:
    h = hashlib.sha1("\n".join(items).encode()).hexdigest()[:12]
    return CACHE_DIR / f"{name}_{h}.npz"


def _featurise_rows(items: Sequence[str], featurise_one: Callable[[str], dict], desc: str):
    from tqdm import tqdm

    names: list[str] | None = None
    X = np.full((len(items), 0), np.nan, dtype=np.float32)
    ok = np.zeros(len(items), bool)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, it in enumerate(tqdm(items, desc=desc, mininterval=10)):
            try:
                r = featurise_one(it)
            except Exception:
                continue
            if names is None:
                names = [k for k, v in r.items() if isinstance(v, float | int) and not isinstance(v, bool)]
                X = np.full((len(items), len(names)), np.nan, dtype=np.float32)
            X[i] = [r.get(n, np.nan) for n in names]
            ok[i] = True
    return X, names or [], ok


def _featurise_chunk(args: tuple) -> None:
    """Worker: featurise one chunk and write its npz (used by ``cached_matrix(workers>1)``)."""
    sub, featurise_one, desc, cpath = args
    Xc, names_c, ok_c = _featurise_rows(sub, featurise_one, desc)
    tmp = cpath.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, X=Xc, names=np.array(names_c), ok=ok_c)
    tmp.replace(cpath)  # atomic: an interrupted run never leaves a truncated chunk


def cached_matrix(
    name: str,
    items: Sequence[str],
    featurise_one: Callable[[str], dict],
    version: str = "v1",
    chunk: int = 1000,
    workers: int = 1,
):
    """Featurise ``items`` (formulas or CIF texts) once and cache (X, names, ok) as npz under CACHE_DIR.

    Work is cached per chunk of ``chunk`` rows, so an interrupted run resumes; ``workers > 1``
    featurises missing chunks in that many processes. With the environment variable
    ``PQM_CACHE_SHARD=k/n`` a process only featurises chunks k, k+n, ... (parallel workers) and
    returns None.
    """
    path = _key(f"{name}_{version}", items)
    if path.exists():
        z = np.load(path, allow_pickle=False)
        return z["X"], list(z["names"]), z["ok"]
    shard = os.environ.get("PQM_CACHE_SHARD")
    k, n = (int(x) for x in shard.split("/")) if shard else (0, 1)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    if workers > 1 and not shard:
        import multiprocessing as mp

        jobs = []
        for ci, lo in enumerate(range(0, len(items), chunk)):
            sub = list(items[lo : lo + chunk])
            cpath = _key(f"{name}_{version}_chunk{ci}", sub)
            if not cpath.exists():
                jobs.append((sub, featurise_one, f"featurising {name} [{ci}]", cpath))
        if jobs:
            with mp.get_context("fork").Pool(min(workers, len(jobs))) as pool:
                list(pool.imap_unordered(_featurise_chunk, jobs))
    parts = []
    for ci, lo in enumerate(range(0, len(items), chunk)):
        sub = items[lo : lo + chunk]
        cpath = _key(f"{name}_{version}_chunk{ci}", sub)
        if cpath.exists():
            z = np.load(cpath, allow_pickle=False)
            parts.append((z["X"], list(z["names"]), z["ok"]))
            continue
        if ci % n != k:
            parts.append(None)
            continue
        Xc, names_c, ok_c = _featurise_rows(sub, featurise_one, f"featurising {name} [{ci}]")
        tmp = cpath.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, X=Xc, names=np.array(names_c), ok=ok_c)
        tmp.replace(cpath)  # atomic: an interrupted run never leaves a truncated chunk
        parts.append((Xc, names_c, ok_c))
    if shard:
        return None
    names = next(p[1] for p in parts if p is not None and p[1])
    X = np.full((len(items), len(names)), np.nan, dtype=np.float32)
    ok = np.zeros(len(items), bool)
    for ci, p in enumerate(parts):
        if p is None or not p[1]:
            continue
        idx = {nm: j for j, nm in enumerate(p[1])}
        X[ci * chunk : ci * chunk + len(p[2])] = p[0][:, [idx[nm] for nm in names]]
        ok[ci * chunk : ci * chunk + len(p[2])] = p[2]
    np.savez_compressed(path, X=X, names=np.array(names), ok=ok)
    return X, names, ok
