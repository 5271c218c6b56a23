"""Property predictors: experimental band gap, metal/non-metal, DFT formation energy.

Plain API (used by the CLI, the web UI and the agent)::

    from paperqa_mat.tools.predict import predict, list_properties
    predict(["Fe2O3", "GaAs"], "band_gap")
    # -> [{"formula": "Fe2O3", "property": "band_gap", "value": 2.1, "unit": "eV",
    #      "uncertainty": 0.3, "warnings": []}, ...]

``uncertainty`` is the half-width of a calibrated 68 % interval for the regressions (``Prediction``
also carries the 95 % interval) and, for ``is_metal``, the probability that the predicted label is
wrong. ``warnings`` flags elements absent from the training data and inputs far from it (mean distance
to the 5 nearest training compositions above the training set's 99th percentile). Inputs may be
formulas or structure files (CIF/POSCAR/pymatgen JSON); ``formation_energy`` uses a structure model for
structures and a composition model for formulas. Models are committed LightGBM text files under
``tools/artifacts/`` (trained by ``tools/train_*.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .featurise import (
    FeaturiseError,
    featurise_composition,
    featurise_structure,
    is_structure_input,
    load_structure,
    missing_embedding_elements,
    parse_composition,
)

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# a structure model may be blended with the composition model: value = w * structure + (1 - w) * composition
# (meta.json "blend": {"with": "formation_energy", "weight": w}); its error model is fitted on the blend

PROPERTIES: dict[str, dict[str, str]] = {
    "band_gap": {
        "unit": "eV",
        "description": "experimental band gap (from composition)",
        "training_data": "matbench_expt_gap: 4,604 experimental band gaps (Zhuo et al. 2018)",
        "model": "band_gap",
    },
    "is_metal": {
        "unit": "",
        "description": "metal (true) or non-metal (false), experimental classification (from composition)",
        "training_data": "matbench_expt_is_metal: 4,921 compositions (Zhuo et al. 2018)",
        "model": "is_metal",
    },
    "formation_energy": {
        "unit": "eV/atom",
        "description": "DFT (Materials Project) formation energy per atom, from a structure or a composition",
        "training_data": "Materials Project DFT: composition model on 16,950 near-stable entries (MP-20 bi/ternary val + "
        "MPTS-52), structure model on 18,867 structures (same sources) blended 0.4/0.6 with the composition model; "
        "MP-20 bi/ternary test held out",
        "model": "formation_energy",
    },
}


class PredictError(ValueError):
    """User-facing predictor error (unknown property, missing model)."""


def list_properties() -> list[dict[str, str]]:
    """Available properties with unit, description and training data."""
    return [{"property": k, **{kk: v for kk, v in p.items() if kk != "model"}} for k, p in PROPERTIES.items()]


@dataclass
class Prediction:
    """One prediction; ``to_dict()`` gives the JSON record used by the CLI/API."""

    formula: str
    property: str
    value: float | bool | None
    unit: str
    uncertainty: float | None
    warnings: list[str] = field(default_factory=list)
    input: str = ""
    interval68: tuple[float, float] | None = None
    interval95: tuple[float, float] | None = None
    probability: float | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "formula": self.formula,
            "property": self.property,
            "value": self.value,
            "unit": self.unit,
            "uncertainty": self.uncertainty,
            "warnings": list(self.warnings),
        }
        if self.error:
            d["error"] = self.error
        return d


def _round(x: float, nd: int = 4) -> float:
    return float(round(float(x), nd))


class Predictor:
    """A loaded model for one property. ``Predictor.load("band_gap").predict(["GaAs", "NaCl"])``."""

    def __init__(self, prop: str, models: dict[str, Any]):
        self.property = prop
        self.unit = PROPERTIES[prop]["unit"]
        self.models = models  # "composition" and optionally "structure" -> modeling.Ensemble

    @classmethod
    def load(cls, prop: str, artifacts: Path | None = None) -> Predictor:
        from .modeling import Ensemble

        if prop not in PROPERTIES:
            raise PredictError(f"unknown property '{prop}' (available: {', '.join(PROPERTIES)})")
        root = Path(artifacts or ARTIFACTS)
        name = PROPERTIES[prop]["model"]
        models: dict[str, Any] = {}
        for variant, sub in (("composition", name), ("structure", f"{name}_structure")):
            if (root / sub / "meta.json").exists():
                models[variant] = Ensemble.load(root / sub)
        if "composition" not in models:
            raise PredictError(f"no trained model for '{prop}' in {root} (run tools/train_{name}.py)")
        return cls(prop, models)

    def _features(self, items: Sequence[Any]) -> list[tuple[str, str, dict | None, str | None]]:
        """(label, variant, features, error) per input."""
        out = []
        for item in items:
            label = str(item) if isinstance(item, str) else "<structure>"
            try:
                if not isinstance(item, str) or is_structure_input(item):
                    s = load_structure(item)
                    formula = s.composition.reduced_formula
                    if "structure" in self.models:
                        out.append((formula, "structure", featurise_structure(s), None))
                    else:
                        out.append((formula, "composition", featurise_composition(s.composition), None))
                else:
                    pc = parse_composition(item)
                    out.append((pc.formula, "composition", featurise_composition(item), None))
            except FeaturiseError as exc:
                out.append((label, "", None, str(exc)))
        return out

    def predict(self, inputs: Iterable[Any]) -> list[Prediction]:
        """Predict for formulas / structure paths / Structures; bad inputs get ``error`` set, never raise."""
        items = list(inputs)
        rows = self._features(items)
        results: list[Prediction | None] = [None] * len(items)
        for i, (label, _, _, err) in enumerate(rows):
            if err is not None:
                results[i] = Prediction(
                    label, self.property, None, self.unit, None, input=str(items[i]), error=err
                )
        for variant, ens in self.models.items():
            idx = [i for i, r in enumerate(rows) if r[1] == variant]
            if not idx:
                continue
            X = np.array(
                [[rows[i][2].get(n, np.nan) for n in ens.feature_names] for i in idx], dtype=np.float64
            )
            out = ens.predict(X)
            blend = ens.meta.get("blend")
            if variant == "structure" and blend:
                comp = self.models["composition"]
                Xc = np.array(
                    [[rows[i][2].get(n, np.nan) for n in comp.feature_names] for i in idx], dtype=np.float64
                )
                w = float(blend["weight"])
                out["value"] = w * out["value"] + (1.0 - w) * comp.predict(Xc)["value"]
            knn = ens.knn_distance(X)
            for j, i in enumerate(idx):
                results[i] = self._make(rows[i][0], str(items[i]), variant, ens, out, j, knn[j])
        return [r for r in results if r is not None]

    def _make(self, formula: str, label: str, variant: str, ens, out: dict, j: int, knn: float) -> Prediction:
        warnings: list[str] = []
        elements = parse_composition(formula).elements
        unseen = [e for e in elements if ens.train_elements and e not in ens.train_elements]
        if unseen:
            warnings.append(f"element(s) {', '.join(unseen)} not in the training data: prediction unreliable")
        imputed = [e for e in missing_embedding_elements(formula) if e not in unseen]
        if imputed:
            warnings.append(f"no learned embedding for {', '.join(imputed)} (mean vector used)")
        if knn > ens.knn_p99:
            warnings.append(
                f"far from the training data (kNN distance {knn:.2f} > 99th percentile {ens.knn_p99:.2f})"
            )
        elif knn > ens.knn_p95:
            warnings.append(f"at the edge of the training data (kNN distance {knn:.2f} > 95th percentile)")
        if self.property == "formation_energy" and variant == "composition":
            warnings.append("composition-only estimate (no structure given; assumes a stable polymorph)")
        if variant == "structure" and ens.meta.get("blend"):
            warnings.append(
                "blended with the composition model: tuned for (near-)stable structures; a high-energy "
                "polymorph is pulled towards the stable-polymorph energy"
            )
        if ens.kind == "classifier":
            p = float(out["value"][j])
            return Prediction(formula, self.property, bool(p >= 0.5), self.unit, _round(min(p, 1 - p), 3),
                              warnings, label, probability=_round(p, 3))  # fmt: skip
        v = float(out["value"][j])
        s68, s95 = float(out["sigma68"][j]), float(out["sigma95"][j])
        lo = 0.0 if self.property == "band_gap" else -np.inf
        i68 = (_round(max(v - s68, lo)), _round(v + s68))
        i95 = (_round(max(v - s95, lo)), _round(v + s95))
        prob = float(out["prob"][j]) if np.isfinite(out["prob"][j]) else None
        if prob is not None and self.property == "band_gap" and 0.2 < prob < 0.8:
            warnings.append(f"metal/semiconductor ambiguous (P(gap > 0) = {prob:.2f})")
        return Prediction(formula, self.property, _round(v, 3), self.unit, _round(s68, 3), warnings, label,
                          interval68=i68, interval95=i95, probability=prob)  # fmt: skip


_CACHE: dict[str, Predictor] = {}


def get_predictor(prop: str) -> Predictor:
    """Cached Predictor.load (models are loaded once per process)."""
    if prop not in _CACHE:
        _CACHE[prop] = Predictor.load(prop)
    return _CACHE[prop]


def predict(formulas: Sequence[Any] | str, property: str) -> list[dict[str, Any]]:
    """Predict ``property`` for formulas or structure files; list of JSON-ready dicts (errors per item)."""
    if isinstance(formulas, str):
        formulas = [formulas]
    return [p.to_dict() for p in get_predictor(property).predict(formulas)]
