"""Featuriser: Magpie parity with matminer, embedding pooling, structure descriptors, bad input, CLI."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest
from click.testing import CliRunner
from paperqa_mat.tools.featurise import (
    EMBEDDINGS,
    FeaturiseError,
    _package_dir,
    featurise,
    featurise_composition,
    featurise_structure,
    magpie_features,
    parse_composition,
    sine_matrix_eigenvalues,
)


def _nacl():
    from pymatgen.core import Lattice, Structure

    return Structure.from_spacegroup("Fm-3m", Lattice.cubic(5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])


@pytest.mark.parametrize("formula", ["Fe2O3", "(Li0.5La0.5)TiO3", "CuInGaSe2", "NaCl", "U3O8", "Si"])
def test_magpie_matches_matminer(formula):
    from matminer.featurizers.composition import ElementProperty
    from pymatgen.core import Composition

    ep = ElementProperty.from_preset("magpie", impute_nan=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = np.array(ep.featurize(Composition(formula)))
    ours = magpie_features(parse_composition(formula))
    assert len(ours) == len(expected) == 132
    np.testing.assert_allclose(np.array(list(ours.values())), expected, rtol=1e-9, atol=1e-9)
    # same ordering of names as matminer (property-major, stat-minor)
    labels = ep.feature_labels()
    assert list(ours)[0] == "magpie_" + labels[0].split(" ", 1)[1].replace(" ", "_")


def test_embedding_pooling_is_fraction_weighted():
    import pandas as pd

    path = _package_dir("elementembeddings") / "data" / "element_representations" / EMBEDDINGS["mat2vec"]
    df = pd.read_csv(path).set_index("element")
    f = featurise_composition("Fe2O3", embeddings=("mat2vec",))
    mean = np.array([f[f"mat2vec_mean_{i}"] for i in range(200)])
    mx = np.array([f[f"mat2vec_max_{i}"] for i in range(200)])
    np.testing.assert_allclose(mean, 0.4 * df.loc["Fe"].to_numpy() + 0.6 * df.loc["O"].to_numpy(), atol=1e-9)
    np.testing.assert_allclose(mx, np.maximum(df.loc["Fe"], df.loc["O"]), atol=1e-9)
    one = featurise_composition("Fe", embeddings=("mat2vec",))
    assert all(one[f"mat2vec_std_{i}"] == 0 for i in range(200))


def test_composition_features_named_and_finite():
    f = featurise_composition("Fe2O3")
    assert len(f) > 1500
    assert all(np.isfinite(v) for v in f.values())
    assert f["stoich_n_elements"] == 2
    assert f["oxi_balanced"] == 1.0 and f["oxi_max"] == 3 and f["oxi_min"] == -2
    assert f["frac_O"] == pytest.approx(0.6)
    assert featurise_composition("NaCl")["oxi_balanced"] == 1.0
    # unbalanced with common oxidation states
    assert featurise_composition("NaCl2")["oxi_balanced"] == 0.0


@pytest.mark.parametrize(
    "bad,needle",
    [("Xx2O", "unknown element"), ("", "empty"), ("Fe2O3+", "invalid formula"), ("Og2", "unsupported")],
)
def test_invalid_formula_clear_message(bad, needle):
    with pytest.raises(FeaturiseError, match=needle):
        featurise_composition(bad)


def test_structure_features_rock_salt(tmp_path):
    s = _nacl()
    f = featurise_structure(s)
    assert f["spacegroup_number"] == 225 and f["crystal_system"] == "cubic"
    assert f["coord_mean"] == 6 and f["coord_std"] == 0
    assert f["density"] == pytest.approx(s.density)
    assert f["volume_per_atom"] == pytest.approx(5.64**3 / 8)
    assert f["nn_dist_min"] == pytest.approx(2.82, abs=1e-6)
    # same features from CIF, POSCAR and pymatgen JSON files
    s.to(filename=str(tmp_path / "NaCl.cif"))
    s.to(filename=str(tmp_path / "POSCAR"))
    (tmp_path / "NaCl.json").write_text(json.dumps(s.as_dict()))
    for name in ("NaCl.cif", "POSCAR", "NaCl.json"):
        g = featurise_structure(tmp_path / name)
        assert g["spacegroup_number"] == 225
        assert g["sine_eig_0"] == pytest.approx(f["sine_eig_0"], rel=1e-5)


def test_sine_matrix_matches_dscribe():
    from dscribe.descriptors import SineMatrix
    from pymatgen.io.ase import AseAtomsAdaptor

    s = _nacl()
    sm = SineMatrix(n_atoms_max=len(s), permutation="eigenspectrum", sparse=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = sm.create(AseAtomsAdaptor.get_atoms(s))
    np.testing.assert_allclose(sine_matrix_eigenvalues(s, n=len(s)), ref, rtol=1e-6)


def test_malformed_and_partial_cif(tmp_path):
    good = tmp_path / "good.cif"
    _nacl().to(filename=str(good))
    text = good.read_text()
    (tmp_path / "partial.cif").write_text(text[: text.index("_atom_site")])  # cell but no atoms
    (tmp_path / "garbage.cif").write_text("this is not a cif\n")
    for name in ("partial.cif", "garbage.cif"):
        with pytest.raises(FeaturiseError) as exc:
            featurise_structure(tmp_path / name)
        assert name in str(exc.value)
    with pytest.raises(FeaturiseError, match="not found"):
        featurise_structure(tmp_path / "missing.cif")


def test_real_world_iucr_cifs(shared):
    folder = shared / "data" / "materials" / "iucr_cifs"
    if not folder.exists():
        pytest.skip("needs ../shared/data/materials/iucr_cifs")
    paths = sorted(folder.glob("*.cif"))[:6]
    records = featurise([str(p) for p in paths])
    assert len(records) == len(paths)
    ok = [r for r in records if "features" in r]
    assert len(ok) >= 4
    for r in ok:
        assert 1 <= r["features"]["spacegroup_number"] <= 230
        assert r["features"]["density"] > 0.5
    for r in records:
        assert "features" in r or r["error"]


def test_batch_continues_after_bad_input():
    out = featurise(["Fe2O3", "Xx2O", "NaCl"])
    assert [("features" in r) for r in out] == [True, False, True]
    assert "Xx" in out[1]["error"]


def test_cli_featurise_json_and_csv(tmp_path):
    from paperqa_mat.tools.cli import featurise_cmd

    r = CliRunner().invoke(featurise_cmd, ["Fe2O3", "GaAs", "--json", "--embeddings", "megnet16"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [d["input"] for d in data] == ["Fe2O3", "GaAs"]
    assert "megnet16_mean_0" in data[0]["features"] and "mat2vec_mean_0" not in data[0]["features"]
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("name,formula\na,NaCl\nb,Xx2O\n")
    r = CliRunner().invoke(
        featurise_cmd, ["--from-csv", str(csv_in), "--column", "formula", "-o", str(tmp_path / "o.csv")]
    )
    assert r.exit_code != 0 and "Xx" in r.output
    lines = (tmp_path / "o.csv").read_text().splitlines()
    assert len(lines) == 2 and lines[1].startswith("NaCl,")
    r = CliRunner().invoke(featurise_cmd, ["--from-csv", str(csv_in), "--column", "nope"])
    assert r.exit_code != 0 and "column 'nope'" in r.output


def test_fast_p1_cif_reader_matches_cifparser(tmp_path):
    from paperqa_mat.tools.featurise import _fast_p1_cif
    from pymatgen.core import Lattice, Structure
    from pymatgen.io.cif import CifParser

    s = Structure(Lattice.from_parameters(4.1, 5.2, 6.3, 80, 95, 101), ["Li", "Fe", "O", "O"],
                  [[0, 0, 0], [0.5, 0.4, 0.3], [0.21, 0.77, 0.1], [0.6, 0.13, 0.85]])  # fmt: skip
    text = s.to(fmt="cif")
    fast = _fast_p1_cif(text)
    ref = CifParser.from_str(text).parse_structures(primitive=False)[0]
    assert fast is not None and fast.composition == ref.composition
    np.testing.assert_allclose(fast.lattice.abc, ref.lattice.abc, rtol=1e-7)
    assert fast.matches(ref)
    # symmetry-expanded or disordered CIFs are left to CifParser
    assert _fast_p1_cif(text.replace("'x, y, z'", "'-x, -y, -z'")) is None
