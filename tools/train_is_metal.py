"""Train the metal/non-metal classifier (matbench_expt_is_metal) -> tools/artifacts/is_metal/.

.venv/bin/python tools/train_is_metal.py      # a few minutes on 2 cores
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperqa_mat.tools import datasets as D  # noqa: E402
from paperqa_mat.tools.training import composition_matrix, elements_of, train_and_save  # noqa: E402

CONFIG: dict = {
    "kind": "classifier",
    "rounds": 300,
    "k": 3,
    "params": {"learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 5, "feature_fraction": 0.15},
}


def main() -> None:
    formulas, y = D.matbench_expt_is_metal()
    X, names, ok = composition_matrix("expt_is_metal", formulas)
    ens, oof = train_and_save(
        "is_metal", X[ok], y[ok].astype(float), names, elements_of([f for f, k in zip(formulas, ok, strict=True) if k]),
        CONFIG, {"property": "is_metal", "unit": "", "training_data": "matbench_expt_is_metal.csv (4,921)"},
    )  # fmt: skip
    print(f"out-of-fold accuracy (training data, cross-fitted): {np.mean((oof >= 0.5) == y[ok]):.4f}")


if __name__ == "__main__":
    main()
