"""LightGBM cross-fitted ensembles with calibrated uncertainties, saved as gzipped LightGBM text + JSON/npz.

Used by ``tools/train_*.py`` (training), ``bench/predictor.py`` (benchmarks) and ``tools/predict.py``
(loading). No pickle: a model directory holds ``meta.json``, ``*.txt.gz`` LightGBM boosters and
``reference.npz`` (applicability-domain reference points).

Model kinds:

- ``regression``: K boosters, each trained on K-1 folds (a cross-fitted ensemble); prediction = mean.
- ``gated``: per fold a classifier ``P(y > 0)`` and a regressor of ``log1p(y)`` on the non-zero rows;
  prediction = regressor value if the ensemble probability exceeds ``threshold``, else 0 (many
  experimental band gaps are exactly 0).
- ``classifier``: K binary classifiers; value = mean probability.

Uncertainty (regression kinds): an error model (LightGBM on the features, cross-fitted) predicts the
absolute out-of-fold error; ``scale68``/``scale95`` turn it into 68 %/95 % half-widths, calibrated on
cross-fitted out-of-fold predictions of the training data only.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_PARAMS: dict[str, Any] = {
    "max_bin": 63,
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 5,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "feature_fraction": 0.3,
    "lambda_l2": 1.0,
    "verbosity": -1,
    "num_threads": 1,
}
ERROR_PARAMS: dict[str, Any] = {
    "objective": "regression",
    "max_bin": 63,
    "learning_rate": 0.05,
    "num_leaves": 7,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.15,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbosity": -1,
    "num_threads": 1,
}
REF_PREFIXES = ("magpie_mean_", "magpie_avg_dev_")  # applicability-domain space
KNN_K = 5


_DROP = (
    "split_gain=",
    "leaf_weight=",
    "leaf_count=",
    "internal_value=",
    "internal_weight=",
    "internal_count=",
)


def compact_model_string(text: str) -> str:
    """LightGBM model text without training statistics and with 9-digit floats (~2.4x smaller).

    Only prediction-relevant fields are kept; ``tree_sizes`` is recomputed so LightGBM can load it.
    """
    import re

    head, rest = text.split("\nTree=0\n", 1)
    trees_txt, tail = ("Tree=0\n" + rest).split("end of trees", 1)
    blocks = []
    for block in (b for b in re.split(r"(?m)^(?=Tree=\d+$)", trees_txt) if b):
        lines = [ln for ln in block.rstrip("\n").split("\n") if not ln.startswith(_DROP)]
        for i, ln in enumerate(lines):
            if ln.startswith(("threshold=", "leaf_value=")):
                key, vals = ln.split("=", 1)
                lines[i] = key + "=" + " ".join(f"{float(v):.9g}" for v in vals.split())
        blocks.append("\n".join(lines) + "\n\n\n")
    sizes = " ".join(str(len(b.encode())) for b in blocks)
    head = re.sub(r"(?m)^tree_sizes=.*$", "tree_sizes=" + sizes, head)
    return head + "\n" + "".join(blocks) + "end of trees" + tail


def _train(X: np.ndarray, y: np.ndarray, params: dict, rounds: int, seed: int):
    import lightgbm as lgb

    p = dict(params, seed=seed, feature_pre_filter=False)
    return lgb.train(p, lgb.Dataset(X, y, free_raw_data=True), num_boost_round=rounds)


def _folds(n: int, k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import KFold

    return list(KFold(k, shuffle=True, random_state=seed).split(np.arange(n)))


@dataclass
class Ensemble:
    """A trained cross-fitted ensemble (see module docstring)."""

    kind: str
    feature_names: list[str]
    models: list[Any] = field(default_factory=list)
    gates: list[Any] = field(default_factory=list)
    error_models: list[Any] = field(default_factory=list)
    threshold: float = 0.5
    scale68: float = 1.0
    scale95: float = 2.0
    platt: tuple[float, float] | None = None  # classifier: p -> sigmoid(a * logit(p) + b)
    meta: dict[str, Any] = field(default_factory=dict)
    ref_mean: np.ndarray | None = None
    ref_std: np.ndarray | None = None
    ref_points: np.ndarray | None = None
    ref_cols: list[int] = field(default_factory=list)
    knn_p95: float = np.inf
    knn_p99: float = np.inf
    train_elements: list[str] = field(default_factory=list)
    base_cols: list[int] = field(default_factory=list)  # linear reference: y ~ X[:, base_cols] @ base_coef
    base_coef: np.ndarray | None = None

    def _base(self, X: np.ndarray) -> np.ndarray:
        """Linear reference added to the boosters' output (zero when the model has none)."""
        if self.base_coef is None or not self.base_cols:
            return np.zeros(len(X))
        return np.nan_to_num(X[:, self.base_cols].astype(np.float64)) @ self.base_coef

    # ------------------------------------------------------------------ prediction
    def _raw(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(value, spread, prob) where prob is the gate/classifier probability (NaN when none)."""
        preds = np.array([m.predict(X) for m in self.models])
        prob = np.full(len(X), np.nan)
        if self.kind == "classifier":
            prob = preds.mean(axis=0)
            if self.platt is not None:
                logit = np.log(np.clip(prob, 1e-6, 1 - 1e-6) / np.clip(1 - prob, 1e-6, 1))
                prob = 1.0 / (1.0 + np.exp(-(self.platt[0] * logit + self.platt[1])))
            return prob, preds.std(axis=0), prob
        if self.kind == "gated":
            prob = np.array([g.predict(X) for g in self.gates]).mean(axis=0)
            reg = np.expm1(preds).clip(min=0)
            value = np.where(prob > self.threshold, reg.mean(axis=0), 0.0)
            return value, reg.std(axis=0), prob
        return preds.mean(axis=0) + self._base(X), preds.std(axis=0), prob

    def predict(self, X: np.ndarray) -> dict[str, np.ndarray]:
        """Point predictions plus ``sigma68``/``sigma95`` half-widths (regression) or probabilities."""
        value, spread, prob = self._raw(X)
        out = {"value": value, "spread": spread, "prob": prob}
        if self.error_models:
            err = np.array([m.predict(X) for m in self.error_models]).mean(axis=0).clip(min=1e-3)
            out["sigma68"] = self.scale68 * err
            out["sigma95"] = self.scale95 * err
        return out

    # ------------------------------------------------------------------ applicability domain
    def knn_distance(self, X: np.ndarray) -> np.ndarray:
        """Mean distance to the KNN_K nearest training points in the standardised reference space."""
        if self.ref_points is None:
            return np.zeros(len(X))
        q = (X[:, self.ref_cols] - self.ref_mean) / self.ref_std
        ref = self.ref_points.astype(np.float32)
        out = np.empty(len(q))
        for i in range(0, len(q), 256):
            chunk = q[i : i + 256].astype(np.float32)
            d2 = (chunk**2).sum(1)[:, None] - 2 * chunk @ ref.T + (ref**2).sum(1)[None, :]
            d = np.sqrt(np.clip(d2, 0, None))
            out[i : i + 256] = np.sort(np.partition(d, KNN_K, axis=1)[:, :KNN_K], axis=1).mean(1)
        return out

    def fit_reference(self, X: np.ndarray, elements: list[str]) -> None:
        self.ref_cols = [i for i, n in enumerate(self.feature_names) if n.startswith(REF_PREFIXES)]
        R = X[:, self.ref_cols].astype(np.float64)
        self.ref_mean = R.mean(0)
        self.ref_std = R.std(0) + 1e-9
        self.ref_points = ((R - self.ref_mean) / self.ref_std).astype(np.float16)
        # leave-one-out distances of the training points (drop the zero self-distance)
        q = self.ref_points.astype(np.float32)
        d_all = []
        for i in range(0, len(q), 512):
            c = q[i : i + 512]
            d2 = (c**2).sum(1)[:, None] - 2 * c @ q.T + (q**2).sum(1)[None, :]
            d = np.sqrt(np.clip(d2, 0, None))
            d_all.append(np.sort(np.partition(d, KNN_K + 1, axis=1)[:, : KNN_K + 1], axis=1)[:, 1:].mean(1))
        d_train = np.concatenate(d_all)
        self.knn_p95 = float(np.percentile(d_train, 95))
        self.knn_p99 = float(np.percentile(d_train, 99))
        self.train_elements = sorted(set(elements))

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("*.txt.gz"):
            old.unlink()
        for prefix, boosters in (("model", self.models), ("gate", self.gates), ("error", self.error_models)):
            for i, b in enumerate(boosters):
                with gzip.open(directory / f"{prefix}_{i}.txt.gz", "wt", compresslevel=9) as fh:
                    fh.write(compact_model_string(b.model_to_string()))
        meta = dict(self.meta)
        meta.update(
            kind=self.kind, feature_names=self.feature_names, threshold=self.threshold, scale68=self.scale68,
            scale95=self.scale95, n_models=len(self.models), n_gates=len(self.gates),
            n_error_models=len(self.error_models), platt=self.platt, knn_k=KNN_K, knn_p95=self.knn_p95, knn_p99=self.knn_p99,
            train_elements=self.train_elements,
            base_features=[self.feature_names[i] for i in self.base_cols],
            base_coef=None if self.base_coef is None else [float(c) for c in self.base_coef],
        )  # fmt: skip
        (directory / "meta.json").write_text(json.dumps(meta, indent=1))
        if self.ref_points is not None:
            np.savez_compressed(
                directory / "reference.npz", points=self.ref_points, mean=self.ref_mean, std=self.ref_std,
                cols=np.array(self.ref_cols),
            )  # fmt: skip

    @classmethod
    def load(cls, directory: Path) -> Ensemble:
        import lightgbm as lgb

        directory = Path(directory)
        meta = json.loads((directory / "meta.json").read_text())

        def boosters(prefix: str, n: int) -> list:
            out = []
            for i in range(n):
                with gzip.open(directory / f"{prefix}_{i}.txt.gz", "rt") as fh:
                    out.append(lgb.Booster(model_str=fh.read()))
            return out

        ens = cls(
            kind=meta["kind"], feature_names=meta["feature_names"], threshold=meta["threshold"],
            scale68=meta["scale68"], scale95=meta["scale95"], meta=meta, knn_p95=meta["knn_p95"],
            knn_p99=meta["knn_p99"], train_elements=meta["train_elements"],
        )  # fmt: skip
        ens.platt = tuple(meta["platt"]) if meta.get("platt") else None
        if meta.get("base_coef"):
            index = {n: i for i, n in enumerate(ens.feature_names)}
            ens.base_cols = [index[n] for n in meta["base_features"]]
            ens.base_coef = np.array(meta["base_coef"], dtype=np.float64)
        ens.models = boosters("model", meta["n_models"])
        ens.gates = boosters("gate", meta["n_gates"])
        ens.error_models = boosters("error", meta["n_error_models"])
        ref = directory / "reference.npz"
        if ref.exists():
            z = np.load(ref, allow_pickle=False)
            ens.ref_points, ens.ref_mean, ens.ref_std = z["points"], z["mean"], z["std"]
            ens.ref_cols = [int(c) for c in z["cols"]]
        return ens


def fit_ensemble(
    X: np.ndarray,
    y: np.ndarray,
    feature_names: list[str],
    kind: str,
    params: dict | None = None,
    rounds: int = 600,
    k: int = 5,
    seed: int = 0,
    objective: str = "regression",
    threshold: float = 0.5,
    error_model: bool = True,
    base_prefix: str | None = None,
    base_alpha: float = 1e-3,
    log=print,
) -> tuple[Ensemble, np.ndarray]:
    """Train a cross-fitted ensemble on (X, y); return it and its out-of-fold predictions.

    ``base_prefix`` (regression only): the boosters learn the residual over a ridge fit of y on the
    features whose names start with it (e.g. ``frac_``: a per-element linear reference, refitted on
    each training fold; the saved reference is the mean of the fold fits, which is exact for the
    ensemble mean because the model is linear).
    """
    params = dict(DEFAULT_PARAMS, **(params or {}))
    ens = Ensemble(kind=kind, feature_names=list(feature_names), threshold=threshold)
    if base_prefix and kind == "regression":
        ens.base_cols = [i for i, n in enumerate(feature_names) if n.startswith(base_prefix)]
    coefs = []
    oof = np.zeros(len(y))
    oof_prob = np.zeros(len(y))
    for f, (tr, te) in enumerate(_folds(len(y), k, seed)):
        if kind == "classifier":
            m = _train(X[tr], y[tr], dict(params, objective="binary"), rounds, seed + f)
            oof[te] = m.predict(X[te])
        elif kind == "gated":
            g = _train(X[tr], (y[tr] > 0).astype(float), dict(params, objective="binary"), rounds, seed + f)
            nz = tr[y[tr] > 0]
            m = _train(X[nz], np.log1p(y[nz]), dict(params, objective=objective), rounds, seed + f)
            ens.gates.append(g)
            oof_prob[te] = g.predict(X[te])
            oof[te] = np.where(oof_prob[te] > threshold, np.expm1(m.predict(X[te])).clip(min=0), 0.0)
        elif ens.base_cols:
            B = np.nan_to_num(X[:, ens.base_cols].astype(np.float64))
            w = np.linalg.solve(B[tr].T @ B[tr] + base_alpha * np.eye(B.shape[1]), B[tr].T @ y[tr])
            coefs.append(w)
            m = _train(X[tr], y[tr] - B[tr] @ w, dict(params, objective=objective), rounds, seed + f)
            oof[te] = m.predict(X[te]) + B[te] @ w
        else:
            m = _train(X[tr], y[tr], dict(params, objective=objective), rounds, seed + f)
            oof[te] = m.predict(X[te])
        ens.models.append(m)
        log(f"  fold {f + 1}/{k} done")
    if coefs:
        ens.base_coef = np.mean(coefs, axis=0)
    if kind == "classifier":
        # Platt scaling of the out-of-fold probabilities: calibrated P(wrong) for the uncertainty field
        from sklearn.linear_model import LogisticRegression

        logit = np.log(np.clip(oof, 1e-6, 1 - 1e-6) / np.clip(1 - oof, 1e-6, 1))
        lr = LogisticRegression(C=1e6).fit(logit[:, None], y.astype(int))
        ens.platt = (float(lr.coef_[0, 0]), float(lr.intercept_[0]))
    if kind != "classifier" and error_model:
        fit_error_models(ens, X, np.abs(oof - y), k, seed)
    return ens, oof


def fit_error_models(ens: Ensemble, X: np.ndarray, abs_res: np.ndarray, k: int = 5, seed: int = 0) -> None:
    """(Re)fit the cross-fitted error model on out-of-fold absolute residuals and calibrate 68/95 % scales."""
    ens.error_models = []
    err_oof = np.zeros(len(abs_res))
    for f, (tr, te) in enumerate(_folds(len(abs_res), k, seed + 100)):
        em = _train(X[tr], abs_res[tr], ERROR_PARAMS, 300, seed + 100 + f)
        err_oof[te] = em.predict(X[te])
        ens.error_models.append(em)
    ratio = abs_res / np.clip(err_oof, 1e-3, None)
    ens.scale68 = float(np.quantile(ratio, 0.68))
    ens.scale95 = float(np.quantile(ratio, 0.95))


def merge_ensembles(parts: list[Ensemble]) -> Ensemble:
    """One regression ensemble predicting the mean of ``parts`` (same features; error models not kept).

    Members are concatenated; a part's linear reference is scaled by its share of the members, which
    is exact because the merged value is the mean over all members plus the (linear) references.
    """
    if len({tuple(p.feature_names) for p in parts}) != 1 or any(p.kind != "regression" for p in parts):
        raise ValueError("merge_ensembles needs regression ensembles over the same features")
    out = Ensemble(kind="regression", feature_names=list(parts[0].feature_names))
    n_total = sum(len(p.models) for p in parts)
    for p in parts:
        out.models.extend(p.models)
        if p.base_coef is not None:
            if out.base_cols and out.base_cols != p.base_cols:
                raise ValueError("merge_ensembles: parts use different linear-reference features")
            out.base_cols = list(p.base_cols)
            share = p.base_coef * len(p.models) / n_total
            out.base_coef = share if out.base_coef is None else out.base_coef + share
    return out
