"""CrystaLLM-style CIF dialect and tokenizer.

A structure is written as a short, canonical CIF (symmetrized asymmetric unit in the standard
conventional setting, symprec 0.1, fixed field order, 3-decimal coordinates,
2-decimal lengths, 1-decimal angles) and tokenized with a
closed vocabulary: CIF keywords (with their layout whitespace), element symbols, space-group symbols (as ``<sg>_sg`` tokens, as in
CrystaLLM), digits, ``.``, ``-``, ``'``, space and newline.

Example (LiFePO4, abridged)::

    data_LiFePO4
    loop_
     _atom_type_symbol
     _atom_type_electronegativity
     _atom_type_radius
     _atom_type_ionic_radius
     Li 0.98 1.45 0.90
     ...
    _symmetry_space_group_name_H-M Pnma
    _cell_formula_units_Z 4
    _chemical_formula_sum 'Li4 Fe4 P4 O16'
    _cell_length_a 10.33
    ...
    loop_
     _atom_site_type_symbol
     _atom_site_symmetry_multiplicity
     _atom_site_fract_x
     _atom_site_fract_y
     _atom_site_fract_z
     Li 4 0.000 0.000 0.000
     ...

The text up to and including the ``_atom_type`` block is fully determined by the composition (the
prompt); everything after it is generated.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

PAD, EOS, UNK = "<pad>", "<eos>", "<unk>"

ATOM_TYPE_HEADER = (
    "loop_\n _atom_type_symbol\n _atom_type_electronegativity\n _atom_type_radius\n _atom_type_ionic_radius\n"
)
ATOM_SITE_HEADER = (
    "loop_\n _atom_site_type_symbol\n _atom_site_symmetry_multiplicity\n _atom_site_fract_x\n"
    " _atom_site_fract_y\n _atom_site_fract_z\n"
)
CELL_KEYS = [
    "_cell_length_a",
    "_cell_length_b",
    "_cell_length_c",
    "_cell_angle_alpha",
    "_cell_angle_beta",
    "_cell_angle_gamma",
]
# Keywords are single tokens that carry their own layout whitespace (shorter sequences on a CPU budget).
KEYWORDS = (
    ["data_", "loop_\n"]
    + [line + "\n" for line in ATOM_TYPE_HEADER.splitlines()[1:]]
    + [
        k + " "
        for k in [
            "_symmetry_space_group_name_H-M",
            "_cell_formula_units_Z",
            "_chemical_formula_sum",
            *CELL_KEYS,
        ]
    ]
    + [line + "\n" for line in ATOM_SITE_HEADER.splitlines()[1:]]
)
PUNCT = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "-", "'", " ", "\n"]


def _elements() -> list[str]:
    from pymatgen.core.periodic_table import Element

    return [Element.from_Z(z).symbol for z in range(1, 95)]


@lru_cache(maxsize=1)
def space_group_symbols() -> list[str]:
    """The 230 short Hermann-Mauguin symbols (spglib convention, e.g. ``P2_1/c``, ``Fm-3m``), by number."""
    import spglib

    seen: dict[int, str] = {}
    for hall in range(1, 531):
        t = spglib.get_spacegroup_type(hall)
        seen.setdefault(int(t.number), str(t.international_short))
    return [seen[n] for n in range(1, 231)]


def canonical_sg_symbol(symbol: str) -> str | None:
    """Map a user's space-group symbol or number (``Pnma``, ``P 21/c``, ``P2_1/c``, ``62``) to ours."""
    syms = space_group_symbols()
    s = symbol.strip()
    if s.isdigit():
        n = int(s)
        return syms[n - 1] if 1 <= n <= 230 else None
    compact = s.replace(" ", "")
    if compact in syms:
        return compact
    # "P21/c" style (no underscores): compare with underscores removed
    plain = {x.replace("_", ""): x for x in syms}
    if compact.replace("_", "") in plain:
        return plain[compact.replace("_", "")]
    try:  # full symbols such as "P 1 21/c 1" via pymatgen
        from pymatgen.symmetry.groups import SpaceGroup

        return syms[SpaceGroup(s).int_number - 1]
    except Exception:
        return None


class CIFTokenizer:
    """Closed-vocabulary tokenizer for the CIF dialect above."""

    def __init__(self, tokens: list[str] | None = None):
        if tokens is None:
            tokens = (
                [PAD, EOS, UNK] + PUNCT + KEYWORDS + _elements() + [s + "_sg" for s in space_group_symbols()]
            )
        self.tokens = tokens
        self.stoi = {t: i for i, t in enumerate(tokens)}
        self.pad_id, self.eos_id, self.unk_id = self.stoi[PAD], self.stoi[EOS], self.stoi[UNK]
        words = sorted(
            (t for t in tokens if t not in (PAD, EOS, UNK) and not t.endswith("_sg")), key=len, reverse=True
        )
        self._re = re.compile("|".join(re.escape(w) for w in words))
        self._sg_line = re.compile(r"(_symmetry_space_group_name_H-M )(\S+)")

    def __len__(self) -> int:
        return len(self.tokens)

    def tokenize(self, text: str) -> list[str]:
        """Split dialect text into tokens (space-group symbols become ``<sg>_sg`` tokens)."""
        out: list[str] = []
        pos = 0
        for m in self._sg_line.finditer(text):
            out += self._plain(text[pos : m.start(2)])
            tok = m.group(2) if m.group(2).endswith("_sg") else m.group(2) + "_sg"
            out.append(tok if tok in self.stoi else UNK)
            pos = m.end(2)
        return out + self._plain(text[pos:])

    def _plain(self, text: str) -> list[str]:
        out, pos = [], 0
        while pos < len(text):
            m = self._re.match(text, pos)
            if m is None:
                out.append(UNK)
                pos += 1
            else:
                out.append(m.group(0))
                pos = m.end()
        return out

    def encode(self, text: str) -> list[int]:
        return [self.stoi.get(t, self.unk_id) for t in self.tokenize(text)]

    def decode(self, ids) -> str:
        parts = []
        for i in ids:
            t = self.tokens[int(i)]
            if t == EOS:
                break
            if t == PAD:
                continue
            parts.append(t[:-3] if t.endswith("_sg") else t)
        return "".join(parts)

    def to_json(self) -> dict:
        return {"tokens": self.tokens}

    @classmethod
    def from_json(cls, d: dict) -> CIFTokenizer:
        return cls(d["tokens"])

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_json()))


# ---------------------------------------------------------------- composition / prompt


def _fmt(x: float, nd: int) -> str:
    s = f"{x:.{nd}f}"
    return "0." + "0" * nd if s.startswith("-0.") and float(s) == 0 else s


@lru_cache(maxsize=256)
def element_props(symbol: str) -> tuple[float, float, float]:
    """(electronegativity, atomic radius, average ionic radius) as in CrystaLLM's atom-type block."""
    from pymatgen.core.periodic_table import Element

    el = Element(symbol)
    x = el.X
    x = 0.0 if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)
    r = el.atomic_radius
    r = float(r) if r is not None else 0.0
    ir = el.average_ionic_radius
    ir = float(ir) if ir is not None else 0.0
    return x, r, ir


def reduced_formula_parts(formula: str) -> list[tuple[str, int]]:
    """[(element, count)] of the reduced formula, in pymatgen's reduced-formula order.

    Raises ``ValueError`` for an unparsable formula, unknown elements or fractional amounts.
    """
    from pymatgen.core import Composition

    known = set(_elements())
    try:
        comp = Composition(formula)
    except Exception as exc:
        raise ValueError(f"cannot parse composition {formula!r}: {exc}") from exc
    if len(comp) == 0:
        raise ValueError(f"empty composition {formula!r}")
    for el in comp.elements:
        sym = getattr(el, "symbol", str(el))
        if sym not in known:
            raise ValueError(f"unknown or unsupported element {sym!r} in {formula!r}")
    red, _ = comp.get_reduced_composition_and_factor()
    amounts = {el.symbol: red[el] for el in red.elements}
    if any(abs(a - round(a)) > 1e-6 for a in amounts.values()):
        raise ValueError(f"fractional (disordered) composition {formula!r} is not supported")
    order = re.findall(r"[A-Z][a-z]?", red.reduced_formula)
    seen: list[str] = []
    for el in order:
        if el in amounts and el not in seen:
            seen.append(el)
    seen += [el for el in amounts if el not in seen]
    return [(el, int(round(amounts[el]))) for el in seen]


def formula_string(parts: list[tuple[str, int]], mult: int = 1) -> str:
    return "".join(f"{el}{n * mult if n * mult != 1 else ''}" for el, n in parts)


def prompt_text(parts: list[tuple[str, int]]) -> str:
    """The deterministic prefix for a composition: data_ line and atom-type block."""
    lines = [f"data_{formula_string(parts)}\n", ATOM_TYPE_HEADER]
    for el, _ in parts:
        x, r, ir = element_props(el)
        lines.append(f" {el} {_fmt(x, 2)} {_fmt(r, 2)} {_fmt(ir, 2)}\n")
    return "".join(lines)


# ---------------------------------------------------------------- structure -> dialect


def structure_to_text(structure, symprec: float = 0.1) -> str | None:
    """Canonical dialect text for a pymatgen Structure, or None if it cannot be symmetrized cleanly."""
    return cell_to_text(structure.lattice.matrix, structure.frac_coords, [s.specie.symbol for s in structure], symprec)


def parse_p1_cif(cif: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Fast reader for simple P1 CIFs as written by pymatgen (the CDVAE datasets): lattice, frac, symbols."""
    from pymatgen.core import Lattice

    vals = {}
    for key in ("a", "b", "c"):
        vals[key] = float(re.search(rf"_cell_length_{key}\s+([-\d.]+)", cif).group(1))
    for key in ("alpha", "beta", "gamma"):
        vals[key] = float(re.search(rf"_cell_angle_{key}\s+([-\d.]+)", cif).group(1))
    if "'x, y, z'" not in cif or re.search(r"_symmetry_Int_Tables_number\s+1\b", cif) is None:
        raise ValueError("not a P1 CIF")
    head = cif.find("_atom_site_occupancy")
    syms, frac = [], []
    for line in cif[head:].splitlines()[1:]:
        f = line.split()
        if len(f) < 7:
            continue
        if abs(float(f[6]) - 1.0) > 1e-6:
            raise ValueError("partial occupancy")
        syms.append(f[0])
        frac.append([float(f[3]), float(f[4]), float(f[5])])
    lat = Lattice.from_parameters(vals["a"], vals["b"], vals["c"], vals["alpha"], vals["beta"], vals["gamma"])
    return lat.matrix, np.array(frac), syms


def cell_to_text(lattice, frac, symbols: list[str], symprec: float = 0.1) -> str | None:
    """Canonical dialect text from a cell (spglib standardization: conventional cell, asymmetric unit)."""
    import spglib
    from pymatgen.core import Lattice
    from pymatgen.core.periodic_table import Element

    numbers = [Element(s).Z for s in symbols]
    try:
        d1 = spglib.get_symmetry_dataset((np.asarray(lattice), np.asarray(frac), numbers), symprec=symprec)
        std = (d1.std_lattice, d1.std_positions, d1.std_types)
        d2 = spglib.get_symmetry_dataset(std, symprec=symprec)
    except Exception:
        return None
    if d1 is None or d2 is None or d2.number != d1.number:
        return None
    sg = space_group_symbols()[d1.number - 1]
    std_syms = [Element.from_Z(int(z)).symbol for z in d2.std_types] if False else [
        Element.from_Z(int(z)).symbol for z in std[2]]
    from collections import Counter

    counts = Counter(std_syms)
    from pymatgen.core import Composition

    parts = reduced_formula_parts(Composition(dict(counts)).reduced_formula)
    z = counts[parts[0][0]] // parts[0][1]
    if z < 1 or any(counts[el] != n * z for el, n in parts):
        return None
    order = {el: i for i, (el, _) in enumerate(parts)}
    orbits: dict[int, list[int]] = {}
    for i, rep in enumerate(d2.equivalent_atoms):
        orbits.setdefault(int(rep), []).append(i)
    pos = np.asarray(std[1])
    sites = []
    for members in orbits.values():
        el = std_syms[members[0]]
        reps = [tuple(float(v) for v in np.round(np.mod(pos[i], 1.0), 3) % 1.0) for i in members]
        sites.append((order[el], -len(members), min(reps), el, len(members)))
    sites.sort()
    lat = Lattice(std[0])
    out = [prompt_text(parts)]
    out.append(f"_symmetry_space_group_name_H-M {sg}\n")
    out.append(f"_cell_formula_units_Z {z}\n")
    out.append(f"_chemical_formula_sum '{formula_sum(parts, z)}'\n")
    for key, v in zip(CELL_KEYS, (*lat.abc, *lat.angles), strict=True):
        out.append(f"{key} {_fmt(v, 2 if key.startswith('_cell_length') else 1)}\n")
    out.append(ATOM_SITE_HEADER)
    for _, _, rep, el, m in sites:
        out.append(f" {el} {m} {' '.join(_fmt(v, 3) for v in rep)}\n")
    return "".join(out)


def formula_sum(parts: list[tuple[str, int]], z: int) -> str:
    return " ".join(f"{el}{n * z}" for el, n in parts)


def parse_sg_multiplicities(texts: list[str]) -> dict[str, list[int]]:
    """Site multiplicities seen per space group in dialect texts (used to constrain decoding)."""
    out: dict[str, set[int]] = {}
    for t in texts:
        m = re.search(r"^_symmetry_space_group_name_H-M (\S+)", t, re.M)
        if not m:
            continue
        head = t.find("_atom_site_fract_z")
        mults = {int(line.split()[1]) for line in t[head:].splitlines()[1:] if line.strip()}
        out.setdefault(m.group(1), set()).update(mults)
    return {k: sorted(v) for k, v in sorted(out.items())}
