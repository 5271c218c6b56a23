"""Composition and structure featurisers (offline, fast, no heavy imports at module load).

Composition features (``featurise_composition``):

- ``magpie_<stat>_<prop>``: matminer's ``ElementProperty`` "magpie" preset (22 elemental properties x
  minimum, maximum, range, mean, avg_dev, mode), computed with the same data tables and statistics but
  vectorised (identical values, checked in the tests);
- ``<emb>_<pool>_<i>``: fraction-weighted pooling (mean, max, min, std) of learned element embeddings
  shipped with ``elementembeddings`` (mat2vec, skipatom, megnet16, oliynyk); the data files are read
  directly so the slow ``elementembeddings`` import is avoided;
- ``stoich_*``, ``valence_*``, ``ionic_*``, ``oxi_*``: stoichiometry norms, valence-orbital fractions,
  ionic character and oxidation-state (charge balance) features;
- ``frac_<El>``: element fractions (H..Lr).

Structure features (``featurise_structure``) add space group, crystal system, density, volume per atom,
packing fraction, coordination statistics, nearest-neighbour distances, a radial distribution
histogram and the sine-matrix eigenvalue spectrum (fixed length) to the composition features.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MAX_Z = 103  # elements up to Lr are accepted
MAGPIE_PROPS = [
    "Number", "MendeleevNumber", "AtomicWeight", "MeltingT", "Column", "Row", "CovalentRadius",
    "Electronegativity", "NsValence", "NpValence", "NdValence", "NfValence", "NValence", "NsUnfilled",
    "NpUnfilled", "NdUnfilled", "NfUnfilled", "NUnfilled", "GSvolume_pa", "GSbandgap", "GSmagmom",
    "SpaceGroupNumber",
]  # fmt: skip
MAGPIE_STATS = ["minimum", "maximum", "range", "mean", "avg_dev", "mode"]
EMBEDDINGS = {
    "mat2vec": "mat2vec.csv",
    "skipatom": "skipatom_20201009_induced.csv",
    "megnet16": "megnet16.json",
    "oliynyk": "oliynyk_preprocessed.csv",
}
DEFAULT_EMBEDDINGS = ("mat2vec", "skipatom", "megnet16", "oliynyk")
POOLS = ("mean", "max", "min", "std")
CRYSTAL_SYSTEMS = ["triclinic", "monoclinic", "orthorhombic", "tetragonal", "trigonal", "hexagonal", "cubic"]
RDF_BINS = np.arange(0.0, 8.01, 0.5)  # 16 bins of 0.5 A
N_SINE = 20  # sine-matrix eigenvalues kept (largest |lambda| first, zero padded)


class FeaturiseError(ValueError):
    """Bad input for a featuriser (invalid formula, unreadable structure); the message is user-facing."""


# --------------------------------------------------------------------------- element data tables


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FeaturiseError(f"Python package '{name}' is not installed")
    return Path(list(spec.submodule_search_locations)[0])


@lru_cache(maxsize=1)
def symbols() -> list[str]:
    """Element symbols indexed by Z-1 (H..Og)."""
    from pymatgen.core.periodic_table import Element

    return [Element.from_Z(z).symbol for z in range(1, 119)]


@lru_cache(maxsize=1)
def magpie_table() -> np.ndarray:
    """(119, 22) array of Magpie elemental properties, row Z (row 0 unused), NaNs imputed as in matminer."""
    data_dir = _package_dir("matminer") / "utils" / "data_files" / "magpie_elementdata"
    table = np.full((119, len(MAGPIE_PROPS)), np.nan)
    for j, prop in enumerate(MAGPIE_PROPS):
        lines = (data_dir / f"{prop}.table").read_text().splitlines()
        for z in range(1, 119):
            try:
                table[z, j] = float(lines[z - 1])
            except (ValueError, IndexError):
                pass
        col = table[1:, j]
        col[np.isnan(col)] = np.nanmean(col)
    return table


@cache
def embedding_table(name: str) -> tuple[np.ndarray, np.ndarray]:
    """(119, dim) embedding matrix by Z and a boolean mask of elements that have a vector.

    Elements without a vector get the mean vector (so features stay finite); the mask lets callers warn.
    """
    path = _package_dir("elementembeddings") / "data" / "element_representations" / EMBEDDINGS[name]
    vectors: dict[str, list[float]] = {}
    if path.suffix == ".json":
        vectors = {k: v for k, v in json.loads(path.read_text()).items() if k != "Null"}
    else:
        lines = path.read_text().splitlines()
        for line in lines[1:]:
            parts = line.split(",")
            if parts and parts[0]:
                vectors[parts[0]] = [float(x) if x not in ("", "nan") else math.nan for x in parts[1:]]
    dim = len(next(iter(vectors.values())))
    table = np.full((119, dim), np.nan)
    index = {s: i + 1 for i, s in enumerate(symbols())}
    for sym, vec in vectors.items():
        if sym in index:
            table[index[sym]] = vec
    known = ~np.isnan(table).all(axis=1)
    known[0] = False
    col_means = np.nanmean(table[known], axis=0)
    rows, cols = np.where(np.isnan(table))
    table[rows, cols] = col_means[cols]
    return table, known


@lru_cache(maxsize=1)
def _common_oxidation_states() -> list[tuple[int, ...]]:
    from pymatgen.core.periodic_table import Element

    out: list[tuple[int, ...]] = [()]
    for z in range(1, 119):
        out.append(tuple(Element.from_Z(z).common_oxidation_states))
    return out


# --------------------------------------------------------------------------- compositions


@dataclass(frozen=True)
class ParsedComposition:
    """A validated composition: atomic numbers and fractions (sum 1)."""

    formula: str
    z: np.ndarray
    frac: np.ndarray
    amounts: np.ndarray

    @property
    def elements(self) -> list[str]:
        return [symbols()[int(z) - 1] for z in self.z]


def parse_composition(formula: Any) -> ParsedComposition:
    """Parse and validate a formula (str or pymatgen Composition); raise FeaturiseError with a clear message."""
    from pymatgen.core import Composition

    if isinstance(formula, Composition):
        comp = formula
    else:
        text = str(formula).strip()
        if not text:
            raise FeaturiseError("empty formula")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                comp = Composition(text)
        except Exception as exc:  # pymatgen raises ValueError/KeyError variants
            raise FeaturiseError(f"invalid formula '{text}': {exc}") from None
    els = list(comp.element_composition.items())
    bad = [
        getattr(e, "symbol", str(e)) for e, _ in els if not getattr(e, "Z", None) or not 1 <= int(e.Z) <= 118
    ]
    if bad or (hasattr(comp, "valid") and not comp.valid):
        bad = bad or [
            getattr(e, "symbol", str(e)) for e in comp.elements if not 1 <= int(getattr(e, "Z", 0)) <= 118
        ]
        raise FeaturiseError(f"invalid formula '{formula}': unknown element(s) {', '.join(bad) or '?'}")
    too_heavy = [str(e) for e, _ in els if int(e.Z) > MAX_Z]
    if too_heavy:
        raise FeaturiseError(f"unsupported element(s) {', '.join(too_heavy)} in '{formula}' (Z > {MAX_Z})")
    if not els or comp.num_atoms <= 0:
        raise FeaturiseError(f"invalid formula '{formula}': no atoms")
    z = np.array([int(e.Z) for e, _ in els])
    amounts = np.array([float(a) for _, a in els])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymatgen warns about missing electronegativities (noble gases)
        reduced = comp.reduced_formula
    return ParsedComposition(reduced, z, amounts / amounts.sum(), amounts)


def _weighted_std(values: np.ndarray, w: np.ndarray, mean: np.ndarray) -> np.ndarray:
    return np.sqrt(np.maximum(w @ (values - mean) ** 2, 0.0))


def magpie_features(pc: ParsedComposition) -> dict[str, float]:
    """matminer ElementProperty.from_preset('magpie') values for a parsed composition."""
    vals = magpie_table()[pc.z]  # (n_el, 22)
    w = pc.frac
    mean = w @ vals
    stats = {
        "minimum": vals.min(axis=0),
        "maximum": vals.max(axis=0),
        "range": vals.max(axis=0) - vals.min(axis=0),
        "mean": mean,
        "avg_dev": w @ np.abs(vals - mean),
        "mode": np.where(np.isclose(w, w.max())[:, None], vals, np.inf).min(axis=0),
    }
    return {f"magpie_{s}_{p}": float(stats[s][j]) for j, p in enumerate(MAGPIE_PROPS) for s in MAGPIE_STATS}


def embedding_features(pc: ParsedComposition, name: str) -> dict[str, float]:
    """Fraction-weighted mean/max/min/std pooling of one element embedding."""
    table, _ = embedding_table(name)
    vals = table[pc.z]
    mean = pc.frac @ vals
    pooled = {
        "mean": mean,
        "max": vals.max(axis=0),
        "min": vals.min(axis=0),
        "std": _weighted_std(vals, pc.frac, mean),
    }
    return {f"{name}_{p}_{i}": float(v) for p in POOLS for i, v in enumerate(pooled[p])}


def _oxidation_features(pc: ParsedComposition) -> dict[str, float]:
    """Charge balance with common oxidation states (cheap enumeration, <= 6 elements)."""
    en = magpie_table()[pc.z, MAGPIE_PROPS.index("Electronegativity")]
    states = [_common_oxidation_states()[int(z)] or (0,) for z in pc.z]
    best: tuple[float, float, tuple[int, ...]] | None = None
    if len(states) <= 6 and math.prod(len(s) for s in states) <= 4096:
        for combo in itertools.product(*states):
            charge = abs(float(np.dot(pc.frac, combo)))
            # prefer balanced assignments where anions are the more electronegative elements
            ox = np.array(combo, dtype=float)
            order_penalty = float(np.mean(ox * (en - en.mean()) > 0)) if len(ox) > 1 else 0.0
            key = (charge, order_penalty, combo)
            if best is None or key[:2] < best[:2]:
                best = key
    if best is None:
        return {"oxi_balanced": 0.0, "oxi_min_charge": 1.0, "oxi_mean_abs": 0.0, "oxi_max": 0.0,
                "oxi_min": 0.0, "oxi_en_anion_minus_cation": 0.0}  # fmt: skip
    charge, _, combo = best
    ox = np.array(combo, dtype=float)
    cat, an = ox > 0, ox < 0
    en_diff = 0.0
    if cat.any() and an.any():
        en_diff = float(np.average(en[an], weights=pc.frac[an]) - np.average(en[cat], weights=pc.frac[cat]))
    return {
        "oxi_balanced": float(charge < 1e-6),
        "oxi_min_charge": float(charge),
        "oxi_mean_abs": float(pc.frac @ np.abs(ox)),
        "oxi_max": float(ox.max()),
        "oxi_min": float(ox.min()),
        "oxi_en_anion_minus_cation": en_diff,
    }


def extra_features(pc: ParsedComposition) -> dict[str, float]:
    """Stoichiometry, valence-orbital, ionic-character and oxidation-state features."""
    tab = magpie_table()[pc.z]
    col = {p: tab[:, j] for j, p in enumerate(MAGPIE_PROPS)}
    w = pc.frac
    out: dict[str, float] = {"stoich_n_elements": float(len(pc.z))}
    for p in (2, 3, 5, 7, 10):
        out[f"stoich_l{p}_norm"] = float(np.sum(w**p) ** (1.0 / p))
    out["stoich_max_frac"] = float(w.max())
    out["stoich_min_frac"] = float(w.min())
    out["stoich_atoms_per_fu"] = float(pc.amounts.sum() / _gcd_amounts(pc.amounts))
    tot = float(w @ col["NValence"]) or 1.0
    for orb in "spdf":
        out[f"valence_frac_{orb}"] = float(w @ col[f"N{orb}Valence"]) / tot
        out[f"valence_unfilled_frac_{orb}"] = float(w @ col[f"N{orb}Unfilled"]) / (
            float(w @ col["NUnfilled"]) or 1.0
        )
    en = col["Electronegativity"]
    if len(en) > 1:
        diff = en[:, None] - en[None, :]
        ic = 1.0 - np.exp(-0.25 * diff**2)
        out["ionic_max_char"] = float(ic.max())
        out["ionic_mean_char"] = float(w @ ic @ w)
    else:
        out["ionic_max_char"] = 0.0
        out["ionic_mean_char"] = 0.0
    out.update(_oxidation_features(pc))
    return out


def _gcd_amounts(amounts: np.ndarray) -> float:
    if np.allclose(amounts, np.round(amounts)) and (amounts >= 1).all():
        return float(np.gcd.reduce(np.round(amounts).astype(int)))
    return 1.0


def fraction_features(pc: ParsedComposition) -> dict[str, float]:
    """Element fractions for H..Lr (``frac_<El>``)."""
    vec = np.zeros(MAX_Z)
    vec[pc.z - 1] = pc.frac
    return {f"frac_{s}": float(v) for s, v in zip(symbols()[:MAX_Z], vec, strict=True)}


def featurise_composition(
    formula: Any, embeddings: Sequence[str] = DEFAULT_EMBEDDINGS, fractions: bool = True
) -> dict[str, float]:
    """Named composition feature vector for one formula (raises FeaturiseError on bad input)."""
    pc = parse_composition(formula)
    feats = magpie_features(pc)
    for name in embeddings:
        if name not in EMBEDDINGS:
            raise FeaturiseError(f"unknown embedding '{name}' (choose from {', '.join(EMBEDDINGS)})")
        feats.update(embedding_features(pc, name))
    feats.update(extra_features(pc))
    if fractions:
        feats.update(fraction_features(pc))
    return feats


def missing_embedding_elements(formula: Any, embeddings: Iterable[str] = DEFAULT_EMBEDDINGS) -> list[str]:
    """Elements of ``formula`` with no vector in one of the embeddings (their vector was imputed)."""
    pc = parse_composition(formula)
    missing = set()
    for name in embeddings:
        _, known = embedding_table(name)
        missing.update(s for s, z in zip(pc.elements, pc.z, strict=True) if not known[z])
    return sorted(missing)


# --------------------------------------------------------------------------- structures


def load_structure(source: Any):
    """A pymatgen Structure from a Structure, a CIF/POSCAR/JSON path, or CIF text; FeaturiseError if unreadable."""
    from pymatgen.core import Structure

    if isinstance(source, Structure):
        return source
    if isinstance(source, dict):
        try:
            return Structure.from_dict(source)
        except Exception as exc:
            raise FeaturiseError(f"not a pymatgen Structure dict: {exc}") from None
    text = str(source)
    path = Path(text)
    is_path = "\n" not in text and len(text) < 4096 and path.exists()
    if not is_path and "\n" not in text:
        raise FeaturiseError(f"file not found: {text}")
    name = path.name if is_path else "<cif text>"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if is_path and path.suffix.lower() == ".json":
                return Structure.from_dict(json.loads(path.read_text()))
            if is_path and path.suffix.lower() == ".cif" or not is_path:
                return _structure_from_cif(path.read_text(errors="replace") if is_path else text)
            return Structure.from_file(str(path))
    except FeaturiseError as exc:
        raise FeaturiseError(f"{name}: {exc}") from None
    except Exception as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FeaturiseError(f"{name}: could not read a crystal structure ({msg})") from None


def _fast_p1_cif(text: str):
    """Structure from a simple single-block P1 CIF (e.g. pymatgen-written), or None to use CifParser."""
    from pymatgen.core import Lattice, Structure

    if text.count("data_") != 1 or "'x, y, z'" not in text or "_symmetry_equiv_pos_as_xyz" not in text:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    if sum(ln.startswith("_symmetry_equiv_pos_site_id") for ln in lines) != 1:
        return None
    cell: dict[str, float] = {}
    for ln in lines:
        for key in ("a", "b", "c", "alpha", "beta", "gamma"):
            tag = "_cell_length_" + key if len(key) == 1 else "_cell_angle_" + key
            if ln.startswith(tag + " "):
                cell[key] = float(ln.split()[1])
    try:
        start = lines.index("_atom_site_type_symbol")
    except ValueError:
        return None
    header = []
    i = start
    while i < len(lines) and lines[i].startswith("_atom_site"):
        header.append(lines[i])
        i += 1
    need = ["_atom_site_type_symbol", "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z"]
    if len(cell) != 6 or not all(h in header for h in need) or lines[i - len(header) - 1] != "loop_":
        return None
    col = {h: header.index(h) for h in header}
    species, coords = [], []
    for ln in lines[i:]:
        if not ln or ln.startswith(("_", "loop_", "#", "data_")):
            break
        parts = ln.split()
        if len(parts) != len(header):
            return None
        if "_atom_site_occupancy" in col and float(parts[col["_atom_site_occupancy"]]) != 1.0:
            return None
        species.append(parts[col["_atom_site_type_symbol"]])
        coords.append([float(parts[col[h]]) for h in need[1:]])
    if not species:
        return None
    lat = Lattice.from_parameters(cell["a"], cell["b"], cell["c"], cell["alpha"], cell["beta"], cell["gamma"])
    return Structure(lat, species, coords)


def _structure_from_cif(text: str):
    """First readable structure of a (possibly multi-block, partly broken) CIF."""
    from pymatgen.io.cif import CifParser

    try:
        fast = _fast_p1_cif(text)
    except (ValueError, KeyError, IndexError):
        fast = None
    if fast is not None:
        return fast

    if "_cell_length_a" not in text and "_atom_site" not in text:
        raise FeaturiseError("not a CIF (no _cell_length_a / _atom_site data)")
    try:
        parser = CifParser.from_str(text, occupancy_tolerance=1.05)
        structures = parser.parse_structures(primitive=False, on_error="ignore")
    except Exception as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FeaturiseError(f"malformed CIF ({first})") from None
    if not structures:
        raise FeaturiseError(
            "no complete crystal structure in the CIF (needs cell lengths/angles, symmetry and atom sites)"
        )
    return structures[0]


def _site_z(structure) -> np.ndarray:
    """Effective atomic number per site (occupancy-weighted for disordered sites)."""
    return np.array([sum(sp.Z * occ for sp, occ in site.species.items()) for site in structure])


def sine_matrix_eigenvalues(structure, n: int = N_SINE) -> np.ndarray:
    """Eigenvalues of the sine Coulomb matrix (Faber et al. 2015), largest |lambda| first, length ``n``."""
    z = _site_z(structure)
    frac = structure.frac_coords
    lat = structure.lattice.matrix
    diff = frac[:, None, :] - frac[None, :, :]
    vec = (np.sin(np.pi * diff) ** 2) @ lat  # (n, n, 3)
    dist = np.linalg.norm(vec, axis=-1)
    with np.errstate(divide="ignore"):
        m = np.outer(z, z) / dist
    np.fill_diagonal(m, 0.5 * z**2.4)
    eig = np.linalg.eigvalsh(m)
    eig = eig[np.argsort(-np.abs(eig))][:n]
    out = np.zeros(n)
    out[: len(eig)] = eig
    return out


def _site_properties(structure) -> np.ndarray:
    """(n_sites, 22) Magpie properties per site (occupancy-weighted average for disordered sites)."""
    tab = magpie_table()
    out = np.zeros((len(structure), tab.shape[1]))
    for i, site in enumerate(structure):
        occ = sum(site.species.values()) or 1.0
        out[i] = sum(tab[sp.Z] * o for sp, o in site.species.items()) / occ
    return out


def local_environment_features(
    structure, centers: np.ndarray, points: np.ndarray, dists: np.ndarray, d_min: np.ndarray,
    r_site: np.ndarray,
) -> dict[str, float]:  # fmt: skip
    """First-shell chemistry from a neighbour list (after Ward et al. 2017, with a distance cutoff).

    Neighbours of site i get a smooth weight that falls from 1 to 0 around 1.25 x its nearest distance.
    ``lpd_<stat>_<prop>``: per-site weighted mean |P_i - P_j| over neighbours for the 22 Magpie
    properties, then mean / avg_dev / min / max over sites; plus effective coordination, bond-length
    spread, bond length over the sum of covalent radii and the fraction of like-element neighbours.
    """
    n = len(structure)
    props = _site_properties(structure)
    w = 1.0 / (1.0 + np.exp((dists / d_min[centers] - 1.25) / 0.025)) if len(dists) else dists
    keep = w > 1e-3
    c, p, d, w = centers[keep], points[keep], dists[keep], w[keep]
    wsum = np.bincount(c, weights=w, minlength=n)
    wsafe = np.where(wsum > 0, wsum, 1.0)
    lpd = np.zeros((n, props.shape[1]))
    np.add.at(lpd, c, w[:, None] * np.abs(props[c] - props[p]))
    lpd /= wsafe[:, None]
    feats: dict[str, float] = {}
    mean = lpd.mean(axis=0)
    stats = {"mean": mean, "avg_dev": np.abs(lpd - mean).mean(axis=0), "min": lpd.min(axis=0),
             "max": lpd.max(axis=0)}  # fmt: skip
    for s_name, vals in stats.items():
        for j, prop in enumerate(MAGPIE_PROPS):
            feats[f"lpd_{s_name}_{prop}"] = float(vals[j])
    feats["ecn_mean"], feats["ecn_std"] = float(wsum.mean()), float(wsum.std())
    feats["ecn_min"], feats["ecn_max"] = float(wsum.min()), float(wsum.max())
    d_mean = np.bincount(c, weights=w * d, minlength=n) / wsafe
    spread = np.bincount(c, weights=w * np.abs(d - d_mean[c]), minlength=n) / wsafe / np.maximum(d_mean, 1e-6)
    feats["bond_spread_mean"], feats["bond_spread_max"] = float(spread.mean()), float(spread.max())
    rel = d / np.maximum(r_site[c] + r_site[p], 0.3) if len(d) else np.ones(1)
    wr = w if len(d) else np.ones(1)
    rel_mean = float(np.average(rel, weights=wr))
    feats["bond_rel_mean"] = rel_mean
    feats["bond_rel_std"] = float(np.sqrt(np.average((rel - rel_mean) ** 2, weights=wr)))
    feats["bond_rel_max"] = float(rel.max())
    same = np.abs(props[c, 0] - props[p, 0]) < 1e-6 if len(d) else np.zeros(1, bool)
    feats["like_neighbour_frac"] = float(np.average(same, weights=wr))
    # electronegativity difference to the first shell, signed (anion-like sites have positive values)
    en = props[:, MAGPIE_PROPS.index("Electronegativity")]
    den = np.bincount(c, weights=w * (en[c] - en[p]), minlength=n) / wsafe
    feats["en_diff_signed_max"], feats["en_diff_signed_min"] = float(den.max()), float(den.min())
    return feats


def structure_features(structure) -> dict[str, Any]:
    """Structure-only descriptors (no composition part)."""
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    n = len(structure)
    if n == 0:
        raise FeaturiseError("structure has no atoms")
    feats: dict[str, Any] = {}
    try:
        sga = SpacegroupAnalyzer(structure, symprec=0.1)
        sg_num = int(sga.get_space_group_number())
        feats["spacegroup_symbol"] = sga.get_space_group_symbol()
        feats["crystal_system"] = sga.get_crystal_system()
    except Exception:
        sg_num, feats["spacegroup_symbol"], feats["crystal_system"] = 1, "P1", "triclinic"
    feats["spacegroup_number"] = float(sg_num)
    feats["crystal_system_index"] = float(CRYSTAL_SYSTEMS.index(feats["crystal_system"]))
    vol = float(structure.volume)
    n_atoms = float(structure.composition.num_atoms)
    feats["density"] = float(structure.density)
    feats["volume_per_atom"] = vol / n_atoms
    radii = magpie_table()[:, MAGPIE_PROPS.index("CovalentRadius")] / 100.0  # pm -> A
    occ = np.array([sum(site.species.values()) for site in structure])
    r_site = np.array([sum(radii[sp.Z] * o for sp, o in site.species.items()) for site in structure])
    feats["packing_fraction"] = float(np.sum(4.0 / 3.0 * np.pi * r_site**3 * np.where(occ > 0, 1, 0)) / vol)
    # neighbours: coordination = neighbours within 1.1 x the site's nearest distance
    centers, points, _, dists = structure.get_neighbor_list(r=8.0)[:4]
    d_min = np.full(n, np.inf)
    np.minimum.at(d_min, centers, dists)
    cn = np.bincount(centers[dists <= 1.1 * d_min[centers] + 1e-6], minlength=n).astype(float)
    d_min[~np.isfinite(d_min)] = 8.0
    feats.update({
        "coord_mean": float(cn.mean()), "coord_std": float(cn.std()),
        "coord_min": float(cn.min()), "coord_max": float(cn.max()),
        "nn_dist_mean": float(d_min.mean()), "nn_dist_min": float(d_min.min()),
        "nn_dist_max": float(d_min.max()), "nn_dist_std": float(d_min.std()),
    })  # fmt: skip
    # nearest distance relative to the sum of covalent radii of the two atoms
    order = np.lexsort((dists, centers))
    first = order[np.r_[True, centers[order][1:] != centers[order][:-1]]] if len(order) else order
    rel_a = dists[first] / np.maximum(r_site[centers[first]] + r_site[points[first]], 0.3)
    rel_a = rel_a if len(rel_a) else np.ones(1)
    feats["nn_rel_mean"] = float(rel_a.mean())
    feats["nn_rel_min"] = float(rel_a.min())
    feats.update(local_environment_features(structure, centers, points, dists, d_min, r_site))
    # radial distribution histogram: neighbours per atom per shell volume, normalised by density
    hist, _ = np.histogram(dists, bins=RDF_BINS)
    shell = 4.0 / 3.0 * np.pi * (RDF_BINS[1:] ** 3 - RDF_BINS[:-1] ** 3)
    rdf = hist / n / shell / (n / vol)
    for lo, v in zip(RDF_BINS[:-1], rdf, strict=True):
        feats[f"rdf_{lo:.1f}"] = float(v)
    eig = sine_matrix_eigenvalues(structure) / max(n, 1)
    for i, v in enumerate(eig):
        feats[f"sine_eig_{i}"] = float(v)
    feats["n_sites"] = float(n)
    feats["is_ordered"] = float(structure.is_ordered)
    return feats


STRING_FEATURES = ("spacegroup_symbol", "crystal_system")


def featurise_structure(source: Any, embeddings: Sequence[str] = DEFAULT_EMBEDDINGS) -> dict[str, Any]:
    """Composition + structure features of a Structure or a CIF/POSCAR/pymatgen-JSON file.

    Values are floats except ``spacegroup_symbol``, ``crystal_system`` (strings) and ``formula``.
    """
    s = load_structure(source)
    feats: dict[str, Any] = {"formula": s.composition.reduced_formula}
    feats.update(structure_features(s))
    feats.update(featurise_composition(s.composition, embeddings=embeddings))
    return feats


def is_structure_input(text: str) -> bool:
    """True when a CLI/API input names a structure file rather than a formula."""
    p = Path(str(text))
    return (
        p.suffix.lower() in {".cif", ".json", ".vasp", ".poscar"}
        or p.name.upper().startswith(("POSCAR", "CONTCAR"))
        or (p.exists() and p.is_file())
    )


def featurise(inputs: Iterable[Any], embeddings: Sequence[str] = DEFAULT_EMBEDDINGS) -> list[dict[str, Any]]:
    """Featurise formulas and/or structure files; one ``{"input", "features"}`` or ``{"input", "error"}`` each."""
    out: list[dict[str, Any]] = []
    for item in inputs:
        label = item if isinstance(item, str) else getattr(item, "formula", str(item))
        try:
            if not isinstance(item, str) or is_structure_input(item):
                feats = featurise_structure(item, embeddings=embeddings)
            else:
                feats = featurise_composition(item, embeddings=embeddings)
            out.append({"input": str(label), "features": feats})
        except FeaturiseError as exc:
            out.append({"input": str(label), "error": str(exc)})
    return out
