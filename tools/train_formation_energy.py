"""Train the formation-energy models -> tools/artifacts/formation_energy{,_structure}/.

    .venv/bin/python tools/train_formation_energy.py   # featurises ~19k CIFs once (cached), then trains

Training data: MP-20 bi/ternary *val* split + MPTS-52 val/test (Materials Project DFT formation energies),
minus every material_id of the held-out MP-20 bi/ternary test split (which is used only by
``bench/predictor.py``). perov_5 (different DFT reference) and carbon_24 (no formation energy) are not used.
Two models, each the mean of two 5-fold cross-fitted LightGBM ensembles (one on the target, one on the residual
over a ridge fit on element fractions): composition only (rows with energy above hull <= 0.08 eV/atom, so a
formula predicts its stable polymorph), and composition + structure features (all 18,867 structures). A
structure file is predicted by 0.4 x structure model + 0.6 x composition model (weight chosen by 5-fold CV on
the training data); the structure model's error model is fitted on that blend's out-of-fold residuals.
About 20 min of training on the loaded 2-core machine plus a one-off featurisation (~13 min, 2 processes).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperqa_mat.tools import datasets as D  # noqa: E402
from paperqa_mat.tools.modeling import Ensemble, fit_ensemble, fit_error_models, merge_ensembles  # noqa: E402
from paperqa_mat.tools.training import (  # noqa: E402
    ARTIFACTS,
    composition_matrix,
    elements_from_fractions,
    structure_matrix,
)  # noqa: E402

CONFIG: dict = {
    "kind": "regression",
    "rounds": 800,
    "k": 5,
    "params": {
        "learning_rate": 0.06,
        "num_leaves": 63,
        "min_data_in_leaf": 10,
        "feature_fraction": 0.1,
        "bagging_fraction": 0.7,
    },
}
BLEND_WEIGHT = 0.4  # structure-model share for structure inputs (5-fold CV on the training data)
MAX_E_ABOVE_HULL = 0.08  # MP-20's selection criterion; MPTS-52 also holds unstable hypothetical polymorphs
TRAINING_DATA = "MP-20 bi/ternary val + MPTS-52 val/test (held-out MP-20 bi/ternary test ids removed)"


def formula_of(formula: object, cif: str) -> str:
    """Reduced formula from the table column or the CIF's ``_chemical_formula_sum`` line."""
    from pymatgen.core import Composition

    if isinstance(formula, str) and formula:
        return Composition(formula).reduced_formula
    m = re.search(r"_chemical_formula_sum\s+'([^']+)'", cif)
    return Composition(m.group(1)).reduced_formula if m else ""


def fit_mixed(X: np.ndarray, y: np.ndarray, names: list[str]) -> tuple[Ensemble, np.ndarray]:
    """Mean of two cross-fitted ensembles: LightGBM on y, and LightGBM on the residual over a ridge fit of
    y on the element fractions (a per-element linear reference). Returns (ensemble, out-of-fold mean)."""
    plain, oof_p = fit_ensemble(X, y, names, error_model=False, **CONFIG)
    ref, oof_r = fit_ensemble(X, y, names, error_model=False, base_prefix="frac_", **CONFIG)
    return merge_ensembles([plain, ref]), (oof_p + oof_r) / 2


def save(ens: Ensemble, out_name: str, X: np.ndarray, names: list[str], meta: dict) -> None:
    """Attach the applicability reference and metadata, write tools/artifacts/<out_name>/."""
    ens.fit_reference(X, elements_from_fractions(X, names))
    ens.meta = dict(meta, config=CONFIG, members="5 plain + 5 linear-reference (frac_ ridge) LightGBM")
    ens.save(ARTIFACTS / out_name)
    size = sum(p.stat().st_size for p in (ARTIFACTS / out_name).iterdir())
    print(f"saved {ARTIFACTS / out_name} ({size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the formation-energy models.")
    parser.add_argument(
        "--max-structures",
        type=int,
        default=0,
        help="structure model: use only the first N training rows (MP-20 val, MPTS-52 val, then MPTS-52 "
        "test); default 0 = all rows",
    )
    parser.add_argument("--workers", type=int, default=2, help="processes for structure featurisation")
    args = parser.parse_args()
    t0 = time.time()
    df = D.formation_energy_train()
    y_all = df.y.to_numpy(float)
    meta = {"property": "formation_energy", "unit": "eV/atom", "training_data": TRAINING_DATA}
    # 1. composition model on (near-)stable entries: a formula stands for its stable polymorph, as in MP-20
    formulas = [formula_of(f, c) for f, c in zip(df.formula, df.cif, strict=True)]
    Xc_all, names_c, ok_c = composition_matrix("fe_train_comp", formulas)
    stable = ok_c & (df.e_above_hull.to_numpy(float) <= MAX_E_ABOVE_HULL)
    print(f"composition model: {int(stable.sum())} rows (e_above_hull <= {MAX_E_ABOVE_HULL} eV/atom)")
    Xc, yc = Xc_all[stable], y_all[stable]
    comp, oof_c = fit_mixed(Xc, yc, names_c)
    fit_error_models(comp, Xc, np.abs(oof_c - yc), CONFIG["k"])
    save(comp, "formation_energy", Xc, names_c, dict(meta, n_train=len(yc)))
    mp20_c = df.source.to_numpy()[stable] == "mp20_val_biternary"
    e = np.abs(oof_c - yc)
    print(
        f"composition model out-of-fold MAE: {e.mean():.4f} eV/atom (MP-20 val rows {e[mp20_c].mean():.4f})"
    )
    # 2. structure model (composition + structure features) on all structures
    n = min(args.max_structures or len(df), len(df))
    Xs, names_s, ok_s = structure_matrix("fe_train_struct", df.cif.tolist()[:n], workers=args.workers)
    X, y = Xs[ok_s], y_all[:n][ok_s]
    print(f"structure model: {len(y)} training rows (featurisation failed for {int((~ok_s).sum())})")
    struct, oof_s = fit_mixed(X, y, names_s)
    # 3. a structure file is predicted by BLEND_WEIGHT * structure + (1 - BLEND_WEIGHT) * composition model
    # (weight chosen by cross-validation); the error model is fitted on the blend's out-of-fold residuals
    comp_pred = comp.predict(Xc_all)["value"]  # rows outside the composition training set: out-of-sample
    comp_pred[stable] = oof_c
    blend = BLEND_WEIGHT * oof_s + (1 - BLEND_WEIGHT) * comp_pred[:n][ok_s]
    fit_error_models(struct, X, np.abs(blend - y), CONFIG["k"])
    blend_meta = {"with": "formation_energy", "weight": BLEND_WEIGHT}
    save(struct, "formation_energy_structure", X, names_s, dict(meta, n_train=len(y), blend=blend_meta))
    mp20 = df.source.to_numpy()[:n][ok_s] == "mp20_val_biternary"
    st = stable[:n][ok_s]
    for label, pred in (("structure model", oof_s), ("blend", blend)):
        e = np.abs(pred - y)
        print(f"{label} out-of-fold MAE: {e.mean():.4f} eV/atom (near-stable rows {e[st].mean():.4f}, "
              f"MP-20 val rows {e[mp20].mean():.4f})")  # fmt: skip
    print(f"total time {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
