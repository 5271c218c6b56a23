"""Property predictors: committed artifacts load and give sane values, uncertainties, warnings, errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from paperqa_mat.tools.predict import ARTIFACTS, PredictError, Predictor, list_properties, predict

needs_models = pytest.mark.skipif(
    not all((ARTIFACTS / p / "meta.json").exists() for p in ("band_gap", "is_metal", "formation_energy")),
    reason="trained artifacts missing (run tools/train_*.py)",
)


def _nacl():
    from pymatgen.core import Lattice, Structure

    return Structure.from_spacegroup("Fm-3m", Lattice.cubic(5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])


def test_list_properties_units_and_data():
    props = {p["property"]: p for p in list_properties()}
    assert set(props) == {"band_gap", "is_metal", "formation_energy"}
    assert props["band_gap"]["unit"] == "eV" and props["formation_energy"]["unit"] == "eV/atom"
    assert all(p["training_data"] for p in props.values())


def test_unknown_property_is_clear():
    with pytest.raises(PredictError, match="unknown property 'density'.*band_gap"):
        Predictor.load("density")


@needs_models
def test_band_gap_sane_values_and_record_shape():
    out = predict(["NaCl", "Cu", "Si", "Xx2O"], "band_gap")
    assert [r["formula"] for r in out] == ["NaCl", "Cu", "Si", "Xx2O"]
    for r in out[:3]:
        assert set(r) == {"formula", "property", "value", "unit", "uncertainty", "warnings"}
        assert r["unit"] == "eV" and r["uncertainty"] > 0 and r["value"] >= 0
    nacl, cu, si = (r["value"] for r in out[:3])
    assert nacl > 4.0  # experimental 8.5 eV
    assert cu < 0.3  # metal
    assert 0.3 < si < 2.5  # 1.1 eV
    assert out[3]["value"] is None and "Xx" in out[3]["error"]


@needs_models
def test_intervals_and_applicability_warnings():
    pred = Predictor.load("band_gap")
    gaas, odd = pred.predict(["GaAs", "Og0.0001He"])[0], None
    assert gaas.interval68[0] <= gaas.value <= gaas.interval68[1]
    assert gaas.interval95[1] - gaas.interval95[0] >= gaas.interval68[1] - gaas.interval68[0]
    odd = pred.predict(["HeNe"])[0]  # noble-gas "compound": unseen elements, far from training data
    assert odd.error is None
    assert any("not in the training data" in w for w in odd.warnings)
    assert any("training data" in w and "kNN" in w for w in odd.warnings) or len(odd.warnings) >= 1


@needs_models
def test_is_metal_probabilities():
    out = Predictor.load("is_metal").predict(["Cu", "Al", "NaCl", "SiO2"])
    assert [p.value for p in out] == [True, True, False, False]
    for p in out:
        assert 0 <= p.uncertainty <= 0.5
        assert p.probability == pytest.approx(p.probability)


@needs_models
def test_formation_energy_from_formula_and_structure(tmp_path):
    cif = tmp_path / "NaCl.cif"
    _nacl().to(filename=str(cif))
    comp, struct = Predictor.load("formation_energy").predict(["NaCl", str(cif)])
    assert comp.unit == "eV/atom"
    assert -2.6 < comp.value < -1.4 and -2.6 < struct.value < -1.4  # MP: -2.07 eV/atom
    assert any("composition-only" in w for w in comp.warnings)
    assert not any("composition-only" in w for w in struct.warnings)
    assert struct.uncertainty > 0
    pred = Predictor.load("formation_energy")
    blend = pred.models["structure"].meta.get("blend")
    if blend:  # structure files: w * structure model + (1 - w) * composition model of the same composition
        from paperqa_mat.tools.featurise import featurise_structure

        f = featurise_structure(_nacl())
        s_val, c_val = (
            float(
                pred.models[v].predict(np.array([[f.get(n, np.nan) for n in pred.models[v].feature_names]]))[
                    "value"
                ][0]
            )
            for v in ("structure", "composition")
        )
        w = blend["weight"]
        assert 0 < w < 1 and struct.value == pytest.approx(w * s_val + (1 - w) * c_val, abs=2e-3)
        assert any("near-)stable structures" in w for w in struct.warnings)


@needs_models
def test_cli_predict_batch_and_errors(tmp_path):
    from paperqa_mat.tools.cli import predict_cmd

    r = CliRunner().invoke(predict_cmd, ["GaAs", "Xx2O", "ZnO", "--property", "band_gap", "--json"])
    assert r.exit_code == 1
    data = json.loads(r.output[: r.output.rindex("]") + 1])
    assert [d["formula"] for d in data] == ["GaAs", "Xx2O", "ZnO"]
    assert data[1]["error"] and data[0]["value"] is not None and np.isfinite(data[2]["value"])
    r = CliRunner().invoke(predict_cmd, ["GaAs", "--property", "hardness"])
    assert r.exit_code != 0 and "unknown property 'hardness'" in r.output
    r = CliRunner().invoke(predict_cmd, ["--list"])
    assert r.exit_code == 0 and "formation_energy" in r.output and "eV/atom" in r.output
    csv_in = tmp_path / "f.csv"
    csv_in.write_text("formula\nNaCl\nCu\n")
    r = CliRunner().invoke(
        predict_cmd, ["--from-csv", str(csv_in), "-p", "is_metal", "-p", "band_gap", "--json"]
    )
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.output)) == 4


def test_tools_tab_builds_and_handles_errors():
    gr = pytest.importorskip("gradio")
    from paperqa_mat.app.tabs import tools as tab

    assert tab.TITLE == "Materials tools"
    with gr.Blocks():
        tab.build(None)
    rows, msg = tab.run_featurise("Fe2O3 Xx2O", None, False)
    assert rows and rows[0][0] == "Fe2O3" and "Xx" in msg and "Errors" in msg
    rows, msg = tab.run_predict("", None, ["band_gap"])
    assert rows == [] and "Enter" in msg


def test_linear_base_reference_roundtrip(tmp_path):
    """A linear per-element reference is fitted under the boosters, saved in meta.json and reloaded."""
    from paperqa_mat.tools.modeling import Ensemble, fit_ensemble, merge_ensembles

    rng = np.random.default_rng(0)
    frac = rng.dirichlet(np.ones(4), size=300)
    X = np.hstack([frac, rng.normal(size=(300, 2))])
    names = ["frac_A", "frac_B", "frac_C", "frac_D", "noise_0", "noise_1"]
    y = frac @ np.array([-3.0, -1.0, 0.5, 2.0]) + 0.05 * X[:, 4]
    cfg = dict(kind="regression", rounds=30, k=3, params={"min_data_in_leaf": 5}, log=lambda *_: None)
    ens, oof = fit_ensemble(X, y, names, base_prefix="frac_", **cfg)
    plain, oof_plain = fit_ensemble(X, y, names, **cfg)
    assert ens.base_coef is not None and len(ens.base_cols) == 4
    assert np.abs(oof - y).mean() < 0.5 * np.abs(oof_plain - y).mean()  # linear part is learnt exactly
    ens.save(tmp_path / "m")
    back = Ensemble.load(tmp_path / "m")
    np.testing.assert_allclose(back.predict(X)["value"], ens.predict(X)["value"], rtol=1e-6)
    assert back.predict(X)["sigma68"].min() > 0
    merged = merge_ensembles([ens, plain])  # mean of a referenced and a plain ensemble, exactly
    expect = (ens.predict(X)["value"] + plain.predict(X)["value"]) / 2
    np.testing.assert_allclose(merged.predict(X)["value"], expect, rtol=1e-9, atol=1e-12)
