"""Baseline generator: prototype substitution from the training structures.

For a target composition, training structures with the same stoichiometry pattern (e.g. ABC3 for
BaTiO3) are taken as prototypes. Elements are mapped by stoichiometric count, ties broken by
electronegativity order; the cell is scaled isotropically by the ratio of summed atomic volumes
(atomic radii cubed). Prototypes are ranked by how similar the substituted elements are
(electronegativity and radius), and the top ``n`` distinct ones are returned as dialect CIF text, so
the very same checks apply (:func:`paperqa_mat.tools.cif_checks.check_text`).
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from paperqa_mat.tools.cif_checks import parse_dialect
from paperqa_mat.tools.cif_tokenizer import (
    ATOM_SITE_HEADER,
    CELL_KEYS,
    element_props,
    formula_sum,
    prompt_text,
    reduced_formula_parts,
)

LIBRARY = Path(__file__).resolve().parent / "artifacts" / "generator" / "prototypes.json.gz"


def build_library(texts: list[str], out: Path = LIBRARY) -> int:
    """Write the shipped prototype library: distinct dialect texts (training splits only) as gzipped JSON."""
    seen, keep = set(), []
    for t in texts:
        head = t.split("_cell_length_a")[0]
        sites = "".join(line.split()[1] + line.split()[2] for line in t.split(ATOM_SITE_HEADER)[-1].splitlines()
                        if len(line.split()) >= 3)
        if (head, sites) in seen:  # same formula, space group, Z and Wyckoff multiplicities
            continue
        seen.add((head, sites))
        keep.append(t)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump({"format": "pqm-prototypes-1", "texts": keep}, fh, separators=(",", ":"))
    return len(keep)


@functools.lru_cache(maxsize=2)
def load_library(path: Path = LIBRARY) -> PrototypeBaseline:
    """The baseline over the shipped prototype library (built from the training splits)."""
    if not Path(path).exists():
        raise FileNotFoundError(f"no prototype library at {path}")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return PrototypeBaseline(data["texts"])


def _sg_of(text: str) -> str | None:
    m = re.search(r"_symmetry_space_group_name_H-M (\S+)", text)
    return m.group(1) if m else None


def _z_of(text: str) -> int | None:
    m = re.search(r"_cell_formula_units_Z (\d+)", text)
    return int(m.group(1)) if m else None


def _signature(parts: list[tuple[str, int]]) -> tuple[int, ...]:
    return tuple(sorted(n for _, n in parts))


@dataclass
class _Proto:
    parts: list[tuple[str, int]]
    text: str


def _mapping(src: list[tuple[str, int]], dst: list[tuple[str, int]]) -> dict[str, str] | None:
    """Map source elements to target elements with equal counts (electronegativity order within a count)."""
    by_n_src, by_n_dst = defaultdict(list), defaultdict(list)
    for el, n in src:
        by_n_src[n].append(el)
    for el, n in dst:
        by_n_dst[n].append(el)
    out = {}
    for n, els in by_n_src.items():
        tgt = by_n_dst.get(n, [])
        if len(tgt) != len(els):
            return None
        els = sorted(els, key=lambda e: element_props(e)[0])
        tgt = sorted(tgt, key=lambda e: element_props(e)[0])
        out.update(dict(zip(els, tgt, strict=True)))
    return out


class PrototypeBaseline:
    """Prototype-substitution generator built from dialect texts of the training structures."""

    def __init__(self, texts: list[str]):
        self.by_sig: dict[tuple[int, ...], list[_Proto]] = defaultdict(list)
        for t in texts:
            m = re.match(r"data_(\S+)", t)
            if not m:
                continue
            try:
                parts = reduced_formula_parts(m.group(1))
            except ValueError:
                continue
            self.by_sig[_signature(parts)].append(_Proto(parts, t))

    def generate(self, formula: str, n: int = 1, spacegroup: str | None = None, z: int | None = None) -> list[str]:
        """Up to ``n`` substituted dialect texts for ``formula``, best prototype first.

        ``spacegroup`` (canonical symbol) and ``z`` keep only prototypes with that space group / Z.
        """
        dst = reduced_formula_parts(formula)
        scored = []
        for proto in self.by_sig.get(_signature(dst), []):
            if spacegroup is not None and _sg_of(proto.text) != spacegroup:
                continue
            if z is not None and _z_of(proto.text) != z:
                continue
            mp = _mapping(proto.parts, dst)
            if mp is None:
                continue
            dist = 0.0
            for a, b in mp.items():
                xa, ra, _ = element_props(a)
                xb, rb, _ = element_props(b)
                dist += abs(xa - xb) + abs(ra - rb)
            scored.append((dist, proto, mp))
        scored.sort(key=lambda x: x[0])
        out, seen = [], set()
        for _, proto, mp in scored:
            text = self._substitute(proto, mp, dst)
            if text is None:
                continue
            key = re.sub(r"data_.*\n", "", text.split("_cell_length_a")[0])  # same space group/Z/formula
            key += "".join(line.split()[1] for line in text.split(ATOM_SITE_HEADER)[1].splitlines())
            if key in seen:
                continue
            seen.add(key)
            out.append(text)
            if len(out) >= n:
                break
        return out

    @staticmethod
    def _substitute(proto: _Proto, mp: dict[str, str], dst: list[tuple[str, int]]) -> str | None:
        try:
            p = parse_dialect(proto.text)
        except ValueError:
            return None
        vol = sum(n * element_props(el)[1] ** 3 for el, n in proto.parts)
        vol_new = sum(n * element_props(mp[el])[1] ** 3 for el, n in proto.parts)
        scale = (vol_new / vol) ** (1 / 3) if vol > 0 and vol_new > 0 else 1.0
        a, b, c, al, be, ga = p.cell
        order = {el: i for i, (el, _) in enumerate(dst)}
        sites = sorted(((order[mp[el]], -m, (x, y, z), mp[el], m) for el, m, x, y, z in p.sites))
        out = [prompt_text(dst), f"_symmetry_space_group_name_H-M {p.spacegroup}\n", f"_cell_formula_units_Z {p.z}\n",
               f"_chemical_formula_sum '{formula_sum(dst, p.z)}'\n"]
        for key, v in zip(CELL_KEYS, (a * scale, b * scale, c * scale, al, be, ga), strict=True):
            out.append(f"{key} {v:.{2 if key.startswith('_cell_length') else 1}f}\n")
        out.append(ATOM_SITE_HEADER)
        for _, _, (x, y, z), el, m in sites:
            out.append(f" {el} {m} {x:.3f} {y:.3f} {z:.3f}\n")
        return "".join(out)
