"""Train the experimental band-gap model (matbench_expt_gap) -> tools/artifacts/band_gap/.

    .venv/bin/python tools/train_band_gap.py      # a few minutes on 2 cores

Classifier-gated regressor (P(gap > 0) gate + log1p(gap) regressor on non-zero gaps), a 5-fold
cross-fitted LightGBM ensemble on composition features, with an error model for calibrated intervals.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperqa_mat.tools import datasets as D  # noqa: E402
from paperqa_mat.tools.training import composition_matrix, elements_of, train_and_save  # noqa: E402

CONFIG: dict = {
    "kind": "gated",
    "rounds": 400,
    "params": {"learning_rate": 0.07, "num_leaves": 31, "min_data_in_leaf": 5, "feature_fraction": 0.15},
    "threshold": 0.5,
}


def main() -> None:
    formulas, y = D.matbench_expt_gap()
    X, names, ok = composition_matrix("expt_gap", formulas)
    ens, oof = train_and_save(
        "band_gap", X[ok], y[ok], names, elements_of([f for f, k in zip(formulas, ok, strict=True) if k]), CONFIG,
        {"property": "band_gap", "unit": "eV", "training_data": "matbench_expt_gap.csv (4,604)"},
    )  # fmt: skip
    print(f"out-of-fold MAE (training data, 5-fold): {np.abs(oof - y[ok]).mean():.4f} eV")


if __name__ == "__main__":
    main()
