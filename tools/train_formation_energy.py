"""Train the formation-energy models -> tools/artifacts/formation_energy{,_structure}/.

    .venv/bin/python tools/train_formation_energy.py   # featurises ~19k CIFs once (cached), then trains

Training data: MP-20 bi/ternary *val* split + MPTS-52 val/test (Materials Project DFT formation energies),
minus every material_id of the held-out MP-20 bi/ternary test split (which is used only by
``bench/predictor.py``). perov_5 (different DFT reference) and carbon_24 (no formation energy) are not used.
Two 5-fold cross-fitted LightGBM ensembles: composition + structure features (all rows), and composition
only (rows with energy above hull <= 0.08 eV/atom, so a formula predicts its stable polymorph).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperqa_mat.tools import datasets as D  # noqa: E402
from paperqa_mat.tools.training import (  # noqa: E402
    composition_matrix,
    elements_from_fractions,
    structure_matrix,
    train_and_save,
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
MAX_E_ABOVE_HULL = 0.08  # MP-20's selection criterion; MPTS-52 also holds unstable hypothetical polymorphs
TRAINING_DATA = "MP-20 bi/ternary val + MPTS-52 val/test (held-out MP-20 bi/ternary test ids removed)"


def formula_of(formula: object, cif: str) -> str:
    """Reduced formula from the table column or the CIF's ``_chemical_formula_sum`` line."""
    from pymatgen.core import Composition

    if isinstance(formula, str) and formula:
        return Composition(formula).reduced_formula
    m = re.search(r"_chemical_formula_sum\s+'([^']+)'", cif)
    return Composition(m.group(1)).reduced_formula if m else ""


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the formation-energy models.")
    parser.add_argument("--only", choices=["composition", "structure"], help="train one of the two models")
    parser.add_argument(
        "--max-structures",
        type=int,
        default=0,
        help="structure model: use only the first N training rows (MP-20 val, MPTS-52 val, then MPTS-52 "
        "test); default 0 = all rows",
    )
    args = parser.parse_args()
    df = D.formation_energy_train()
    y_all = df.y.to_numpy(float)
    meta = {"property": "formation_energy", "unit": "eV/atom", "training_data": TRAINING_DATA}
    if args.only != "structure":
        formulas = [formula_of(f, c) for f, c in zip(df.formula, df.cif, strict=True)]
        X, names, ok = composition_matrix("fe_train_comp", formulas)
        # a formula stands for its stable polymorph: keep (near-)stable entries, as MP-20 does
        stable = ok & (df.e_above_hull.to_numpy(float) <= MAX_E_ABOVE_HULL)
        X, y = X[stable], y_all[stable]
        print(f"composition model: {len(y)} training rows (e_above_hull <= {MAX_E_ABOVE_HULL} eV/atom)")
        ens, oof = train_and_save(
            "formation_energy", X, y, names, elements_from_fractions(X, names), CONFIG, meta
        )  # fmt: skip
        print(f"composition model out-of-fold MAE: {np.abs(oof - y).mean():.4f} eV/atom")
    if args.only != "composition":
        n = min(args.max_structures or len(df), len(df))
        X, names, ok = structure_matrix("fe_train_struct", df.cif.tolist()[:n])
        X, y = X[ok], y_all[:n][ok]
        print(f"structure model: {len(y)} training rows (featurisation failed for {int((~ok).sum())})")
        ens, oof = train_and_save(
            "formation_energy_structure", X, y, names, elements_from_fractions(X, names), CONFIG, meta
        )  # fmt: skip
        print(f"structure model out-of-fold MAE: {np.abs(oof - y).mean():.4f} eV/atom")


if __name__ == "__main__":
    main()
