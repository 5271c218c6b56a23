"""Validity checks for generated CIFs, in the spirit of CrystaLLM's ``is_valid``.

A generated dialect text (see :mod:`paperqa_mat.tools.cif_tokenizer`) is turned into a standard CIF
with the space group's symmetry operators (as CrystaLLM's ``replace_symmetry_operators``), parsed with
pymatgen's ``CifParser`` and checked:

- ``parsed``: the text follows the grammar and pymatgen builds a structure from it;
- ``sensible_cell``: lengths 0.5-1000 A, angles 10-170 deg (CrystaLLM ``is_sensible``) and a volume per
  atom of 3-150 A^3;
- ``formula_consistent``: the data_ formula, ``_chemical_formula_sum`` and the parsed structure have the
  same reduced composition, equal to the requested one when given;
- ``multiplicity_consistent``: stated site multiplicities add up to ``_chemical_formula_sum`` and each
  site's orbit under the space group really has the stated multiplicity;
- ``spacegroup_consistent``: ``SpacegroupAnalyzer(symprec=0.1)`` finds the stated space group (and the
  requested one when given);
- ``bond_lengths``: CrystaLLM-style bond-length reasonableness score (share of first-shell bonds within
  +-32 % of the sum of radii; ionic radii when the electronegativity difference exceeds 1.7, covalent
  otherwise; H bonds may be 2.5x shorter) must be 1.0; no two atoms closer than 0.5 A.

``valid`` is the conjunction of all checks.
"""

from __future__ import annotations

import functools
import io
import re
import warnings
from dataclasses import dataclass, field

import numpy as np
from paperqa_mat.tools.cif_tokenizer import CELL_KEYS, reduced_formula_parts

CHECK_NAMES = (
    "parsed",
    "sensible_cell",
    "formula_consistent",
    "multiplicity_consistent",
    "spacegroup_consistent",
    "bond_lengths",
)
SYMPREC = 0.1
SITE_TOLERANCE = 1e-2  # fractional; merges orbit images of 3-decimal coordinates
SNAP_TOL = 0.5  # angstrom; see snap_sites


@dataclass
class Parsed:
    """Fields of a dialect CIF."""

    data_formula: str
    spacegroup: str
    z: int
    formula_sum: dict[str, int]
    cell: tuple[float, float, float, float, float, float]
    sites: list[tuple[str, int, float, float, float]] = field(default_factory=list)


_NUM = r"(-?\d+(?:\.\d+)?)"


def parse_dialect(text: str) -> Parsed:
    """Parse dialect text; raises ``ValueError`` on anything malformed."""
    m = re.search(r"^data_(\S+)", text, re.M)
    if not m:
        raise ValueError("no data_ line")
    data_formula = m.group(1)
    m = re.search(r"^_symmetry_space_group_name_H-M\s+'?([^'\s]+)'?", text, re.M)
    if not m:
        raise ValueError("no space group")
    sg = m.group(1)
    m = re.search(r"^_cell_formula_units_Z\s+(\d+)", text, re.M)
    if not m:
        raise ValueError("no _cell_formula_units_Z")
    z = int(m.group(1))
    m = re.search(r"^_chemical_formula_sum\s+'([^']*)'", text, re.M)
    if not m:
        raise ValueError("no _chemical_formula_sum")
    fsum: dict[str, int] = {}
    for tok in m.group(1).split():
        mm = re.fullmatch(r"([A-Z][a-z]?)(\d*)", tok)
        if not mm:
            raise ValueError(f"bad formula sum token {tok!r}")
        fsum[mm.group(1)] = fsum.get(mm.group(1), 0) + int(mm.group(2) or 1)
    cell = []
    for key in CELL_KEYS:
        m = re.search(rf"^{key}\s+{_NUM}\s*$", text, re.M)
        if not m:
            raise ValueError(f"no {key}")
        cell.append(float(m.group(1)))
    head = text.find("_atom_site_fract_z")
    if head < 0:
        raise ValueError("no atom-site loop")
    sites = []
    for line in text[head:].splitlines()[1:]:
        if not line.strip():
            continue
        f = line.split()
        if len(f) != 5 or not re.fullmatch(r"[A-Z][a-z]?", f[0]):
            raise ValueError(f"bad atom-site line {line!r}")
        sites.append((f[0], int(f[1]), float(f[2]), float(f[3]), float(f[4])))
    if not sites:
        raise ValueError("no atom sites")
    return Parsed(data_formula, sg, z, fsum, tuple(cell), sites)  # type: ignore[arg-type]


def to_cif(p: Parsed) -> str:
    """A standard CIF 1.1 text (asymmetric unit + the space group's symmetry operators)."""
    ops, int_number = _sg_xyz(p.spacegroup)
    a, b, c, al, be, ga = p.cell
    lines = [
        f"data_{p.data_formula}",
        f"_symmetry_space_group_name_H-M   '{p.spacegroup}'",
        f"_cell_length_a   {a:.4f}",
        f"_cell_length_b   {b:.4f}",
        f"_cell_length_c   {c:.4f}",
        f"_cell_angle_alpha   {al:.3f}",
        f"_cell_angle_beta   {be:.3f}",
        f"_cell_angle_gamma   {ga:.3f}",
        f"_symmetry_Int_Tables_number   {int_number}",
        f"_chemical_formula_sum   '{' '.join(f'{k}{v}' for k, v in p.formula_sum.items())}'",
        f"_cell_formula_units_Z   {p.z}",
        "loop_",
        " _symmetry_equiv_pos_site_id",
        " _symmetry_equiv_pos_as_xyz",
    ]
    lines += [f"  {i + 1}  '{op}'" for i, op in enumerate(ops)]
    lines += [
        "loop_",
        " _atom_site_type_symbol",
        " _atom_site_label",
        " _atom_site_symmetry_multiplicity",
        " _atom_site_fract_x",
        " _atom_site_fract_y",
        " _atom_site_fract_z",
        " _atom_site_occupancy",
    ]
    for i, (el, m, x, y, z) in enumerate(p.sites):
        lines.append(f"  {el}  {el}{i}  {m}  {x:.4f}  {y:.4f}  {z:.4f}  1")
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=256)
def _spacegroup(symbol: str):
    """pymatgen SpaceGroup, cached (its construction is slow)."""
    from pymatgen.symmetry.groups import SpaceGroup

    return SpaceGroup(symbol)


@functools.lru_cache(maxsize=256)
def _sg_xyz(symbol: str) -> tuple[list[str], int]:
    """Symmetry operators (as xyz strings) and number of a space group."""
    sg = _spacegroup(symbol)
    return [op.as_xyz_str() for op in sg.symmetry_ops], sg.int_number


@functools.lru_cache(maxsize=256)
def _sg_ops(symbol: str) -> tuple[np.ndarray, np.ndarray]:
    ops = _spacegroup(symbol).symmetry_ops
    return np.array([o.rotation_matrix for o in ops]), np.array([o.translation_vector for o in ops])


def snap_sites(p: Parsed, tol: float = SNAP_TOL) -> Parsed:
    """Move each generated site onto the special position it is closest to.

    The ops that map a site to within ``tol`` angstrom of itself are taken as its (approximate)
    stabilizer and the site is replaced by the average of its images under them (the projection onto
    the fixed subspace), iterated twice. Sites farther than ``tol`` from every special position are
    unchanged. This is the only post-processing of sampled coordinates.
    """
    from pymatgen.core import Lattice

    rot, trans = _sg_ops(p.spacegroup)
    lat = Lattice.from_parameters(*p.cell).matrix
    sites = []
    for el, m, *xyz in p.sites:
        x = np.array(xyz, dtype=float)
        for _ in range(2):
            imgs = np.einsum("nij,j->ni", rot, x) + trans
            d = imgs - x
            d -= np.round(d)
            dist = np.linalg.norm(d @ lat, axis=1)
            close = dist < tol
            x = x + d[close].mean(axis=0)
        x = np.mod(x, 1.0)
        sites.append((el, m, *(float(v) for v in x)))
    return Parsed(p.data_formula, p.spacegroup, p.z, p.formula_sum, p.cell, sites)


def cif_to_structure(cif: str):
    """Parse a CIF with pymatgen (first structure, no primitive reduction)."""
    from pymatgen.io.cif import CifParser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser = CifParser(io.StringIO(cif), site_tolerance=SITE_TOLERANCE, frac_tolerance=1e-3)
        structs = parser.parse_structures(primitive=False, on_error="raise")
    if not structs:
        raise ValueError("pymatgen found no structure")
    return structs[0]


def _expected_bond(a, b) -> float:
    """Expected bond length (CrystaLLM rule: cationic + anionic radius if electronegativities differ by
    >= 1.7, else the sum of atomic radii)."""
    xa, xb = a.X, b.X
    if xa == xa and xb == xb and abs(xa - xb) >= 1.7:
        cat, an = (a, b) if xa < xb else (b, a)
        rc, ra = cat.average_cationic_radius, an.average_anionic_radius
        if rc and ra:
            return float(rc + ra)
    ra = a.atomic_radius or a.atomic_radius_calculated or 1.5
    rb = b.atomic_radius or b.atomic_radius_calculated or 1.5
    return float(ra + rb)


def bond_length_score(structure, tolerance: float = 0.32, h_factor: float = 2.5) -> tuple[float, float]:
    """(share of reasonable first-shell bonds, minimum interatomic distance)."""
    n = len(structure)
    if n == 0:
        return 0.0, 0.0
    lat_min = min(structure.lattice.abc)
    cutoff = max(4.5, 0.0)
    nbrs = structure.get_all_neighbors(cutoff)
    good = total = 0
    dmin = np.inf
    for i, site in enumerate(structure):
        ns = nbrs[i]
        if not ns:
            # isolated atom within 4.5 A: count as one unreasonable bond unless the cell is tiny
            total += 1
            dmin = min(dmin, lat_min)
            continue
        d0 = min(nb.nn_distance for nb in ns)
        dmin = min(dmin, d0)
        for nb in ns:
            if nb.nn_distance > 1.15 * d0:
                continue
            exp = _expected_bond(site.specie, nb.specie)
            lo, hi = (1 - tolerance) * exp, (1 + tolerance) * exp
            if "H" in (site.specie.symbol, nb.specie.symbol):
                lo = exp / h_factor
            total += 1
            good += int(lo <= nb.nn_distance <= hi)
    return (good / total if total else 0.0), float(dmin)


def check_text(text: str, target_formula: str | None = None, target_spacegroup: str | None = None,
               snap: bool = True) -> dict:
    """Run every check on a generated dialect text (after :func:`snap_sites` when ``snap``).

    Returns ``{"valid", "checks": {name: bool}, "details": {...}, "cif", "structure", "spacegroup", "formula"}``;
    never raises.
    """
    checks = dict.fromkeys(CHECK_NAMES, False)
    rep: dict = {
        "valid": False,
        "checks": checks,
        "details": {},
        "cif": None,
        "structure": None,
        "spacegroup": None,
        "formula": None,
    }
    try:
        p = parse_dialect(text)
        if snap:
            p = snap_sites(p)
        cif = to_cif(p)
        s = cif_to_structure(cif)
    except Exception as exc:
        rep["details"]["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return rep
    checks["parsed"] = True
    rep["cif"], rep["structure"], rep["spacegroup"] = cif, s, p.spacegroup
    return _check_structure(rep, p, s, target_formula, target_spacegroup)


def _check_structure(rep, p: Parsed, s, target_formula, target_spacegroup) -> dict:
    from pymatgen.core import Composition
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    checks, det = rep["checks"], rep["details"]
    rep["formula"] = s.composition.reduced_formula
    # cell
    a, b, c, al, be, ga = p.cell
    vpa = s.volume / max(len(s), 1)
    det["volume_per_atom"] = round(float(vpa), 2)
    checks["sensible_cell"] = bool(
        all(0.5 <= x <= 1000 for x in (a, b, c))
        and all(10 <= x <= 170 for x in (al, be, ga))
        and 3 <= vpa <= 150
    )
    # formula
    try:
        red_data = Composition(p.data_formula).reduced_composition
        red_sum = Composition(p.formula_sum).reduced_composition
        red_struct = s.composition.reduced_composition
        ok = red_data.almost_equals(red_sum) and red_sum.almost_equals(red_struct)
        if target_formula:
            ok = ok and Composition(target_formula).reduced_composition.almost_equals(red_struct)
        # Z times the reduced formula equals the formula sum
        parts = reduced_formula_parts(p.data_formula)
        ok = (
            ok
            and all(p.formula_sum.get(el, 0) == n * p.z for el, n in parts)
            and len(parts) == len(p.formula_sum)
        )
    except Exception:
        ok = False
    checks["formula_consistent"] = bool(ok)
    # multiplicities: stated sums and real orbit sizes
    stated: dict[str, int] = {}
    for el, m, *_ in p.sites:
        stated[el] = stated.get(el, 0) + m
    actual = {el.symbol: int(round(v)) for el, v in s.composition.items()}
    checks["multiplicity_consistent"] = bool(stated == p.formula_sum and actual == p.formula_sum)
    det["site_counts"] = actual
    # space group
    try:
        found = SpacegroupAnalyzer(s, symprec=SYMPREC).get_space_group_symbol()
    except Exception:
        found = None
    det["spacegroup_found"] = found
    ok = found == p.spacegroup
    if target_spacegroup:
        ok = ok and p.spacegroup == target_spacegroup
    checks["spacegroup_consistent"] = bool(ok)
    # bonds
    score, dmin = bond_length_score(s)
    det["bond_length_score"] = round(score, 3)
    det["min_distance"] = round(dmin, 3)
    checks["bond_lengths"] = bool(score >= 1.0 and dmin >= 0.5)
    rep["valid"] = all(checks.values())
    return rep


def check_structure(structure, target_formula: str | None = None, symprec: float = SYMPREC) -> dict:
    """The same checks for a ready pymatgen Structure (used by the prototype baseline)."""
    from paperqa_mat.tools.cif_tokenizer import structure_to_text
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    text = structure_to_text(structure, symprec=symprec)
    if text is None:
        rep = {
            "valid": False,
            "checks": dict.fromkeys(CHECK_NAMES, False),
            "details": {"error": "cannot symmetrize"},
            "cif": None,
            "structure": structure,
            "spacegroup": None,
            "formula": structure.composition.reduced_formula,
        }
        try:
            rep["spacegroup"] = SpacegroupAnalyzer(structure, symprec=symprec).get_space_group_symbol()
        except Exception:
            pass
        return rep
    return check_text(text, target_formula=target_formula)


def public_report(rep: dict) -> dict:
    """JSON-safe subset of a check report (no Structure object)."""
    return {"valid": rep["valid"], "checks": dict(rep["checks"]), "details": dict(rep.get("details", {}))}
