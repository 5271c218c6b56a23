"""Generate crystal structures for a composition with the CrystaLLM-style model.

Public API for the agent and the CLI: :func:`generate_structures` (one formula) and
:class:`StructureGenerator` (model loaded once, many formulas).

Decoding is constrained by the CIF grammar (CrystaLLM samples freely; we mask): the prompt fixes the
data_ line and atom-type block, the model chooses the space group (unless given), Z, cell and atom sites,
but only among tokens that keep the CIF well formed and consistent: Z and site multiplicities must add up
to the composition, the lattice obeys the crystal system of the chosen space group, coordinates are
written as 0.xxx. Every sample is then parsed with pymatgen and checked
(:mod:`paperqa_mat.tools.cif_checks`); only valid ones are returned.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections import Counter
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from paperqa_mat.tools.cif_checks import SNAP_TOL, _expected_bond, _sg_ops, check_text, public_report
from paperqa_mat.tools.cif_tokenizer import (
    ATOM_SITE_HEADER,
    CELL_KEYS,
    CIFTokenizer,
    canonical_sg_symbol,
    formula_sum,
    prompt_text,
    reduced_formula_parts,
)

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "generator"
MAX_N = 50  # structures per formula
MAX_ATOMS = 120  # conventional-cell atoms the model may place
MAX_REDUCED_ATOMS = 40  # atoms in the reduced formula (context limit)
MAX_ELEMENTS = 6

Action = tuple[str, object]  # ("force", token_id) | ("choose", list[int])


class GenerationError(ValueError):
    """Bad request (impossible composition, unknown space group, ...): a clear message for the user."""


@dataclass
class Request:
    formula: str
    spacegroup: str | None = None
    z: int | None = None


# ---------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=4096)
def _representable(count: int, mults: tuple[int, ...]) -> bool:
    """Can ``count`` be written as a sum of values from ``mults`` (with repetition)?"""
    if count == 0:
        return True
    ok = [True] + [False] * count
    for c in range(1, count + 1):
        ok[c] = any(m <= c and ok[c - m] for m in mults)
    return ok[count]


@functools.lru_cache(maxsize=8192)
def _min_sites(count: int, mults: tuple[int, ...]) -> int:
    """Fewest multiplicities from ``mults`` summing to ``count`` (a large number if impossible)."""
    inf = 10**6
    best = [0] + [inf] * count
    for c in range(1, count + 1):
        best[c] = min((best[c - m] + 1 for m in mults if m <= c), default=inf)
    return best[count]


SITE_TOKENS = 25  # upper bound of tokens per atom-site line
CELL_TOKENS = 70  # formula sum + cell block + atom-site header, upper bound


MERGE_TOL = SNAP_TOL  # images closer than this (angstrom) are the same atom (as in snap_sites)
CLASH_FACTOR = 0.68  # no two atoms closer than this times the expected bond length (bond-length check: 1 - 0.32)


@functools.lru_cache(maxsize=8192)
def _min_distance(a: str, b: str) -> float:
    from pymatgen.core.periodic_table import Element

    exp = _expected_bond(Element(a), Element(b))
    return exp / 2.5 if "H" in (a, b) else CLASH_FACTOR * exp


def _valid_last_coordinate(sg: str, lattice: np.ndarray, x: float, y: float, m: int, el: str,
                           atoms: list[tuple[str, np.ndarray]]) -> np.ndarray:
    """Boolean mask over z = 0.000..0.999: the site (x, y, z) has orbit size ``m`` and clashes with nothing."""
    rot, trans = _sg_ops(sg)
    pts = np.stack([np.full(1000, x), np.full(1000, y), np.arange(1000) / 1000], axis=1)
    imgs = np.einsum("nij,pj->pni", rot, pts) + trans
    d = imgs - pts[:, None, :]
    d -= np.round(d)
    dist = np.linalg.norm(d @ lattice, axis=2)  # (1000, n_ops)
    stab = (dist < MERGE_TOL).sum(axis=1)
    ok = stab * m == len(rot)
    ok &= ~((dist >= MERGE_TOL) & (dist < _min_distance(el, el))).any(axis=1)
    if atoms:
        other = np.array([f for _, f in atoms])
        dmin = np.array([_min_distance(el, e) for e, _ in atoms])
        dd = pts[:, None, :] - other[None, :, :]
        dd -= np.round(dd)
        ok &= (np.linalg.norm(dd @ lattice, axis=2) >= dmin[None, :]).all(axis=1)
    return ok


GRID = 48  # special positions of all space groups lie on multiples of 1/48 (1/3, 1/4, 1/6, 1/8, ...)
GRID_TOL = 0.01  # fractional tolerance around grid values for x and y


@functools.lru_cache(maxsize=512)
def _grid_orbit_sizes(sg: str) -> tuple[np.ndarray, np.ndarray]:
    """Grid points (k/48 in each axis) and their exact orbit sizes under the space group."""
    rot, trans = _sg_ops(sg)
    g = np.arange(GRID) / GRID
    pts = np.stack(np.meshgrid(g, g, g, indexing="ij"), axis=-1).reshape(-1, 3)
    sizes = np.empty(len(pts), dtype=np.int64)
    for i in range(0, len(pts), 4096):
        p = pts[i : i + 4096]
        d = np.einsum("nij,pj->pni", rot, p) + trans - p[:, None, :]
        d -= np.round(d)
        stab = (np.abs(d).max(axis=2) < 1e-6).sum(axis=1)
        sizes[i : i + 4096] = len(rot) // stab
    return pts, sizes


def _allowed_coordinate(sg: str, m: int, prefix: list[float], lattice: np.ndarray, el: str,
                        atoms: list[tuple[str, np.ndarray]]) -> np.ndarray:
    """Mask over 0.000..0.999 for the next coordinate (x, then y given x) of a site of multiplicity m."""
    pts, sizes = _grid_orbit_sizes(sg)
    cand = pts[sizes == m]
    for k, v in enumerate(prefix):
        dv = np.abs(cand[:, k] - v)
        cand = cand[np.minimum(dv, 1 - dv) < GRID_TOL + 1e-9]
    if len(cand) > 20000:
        cand = cand[np.random.default_rng(0).choice(len(cand), 20000, replace=False)]
    if len(cand) and atoms:  # drop grid points that clash with atoms already placed
        other = np.array([f for _, f in atoms])
        dmin = np.array([_min_distance(el, e) for e, _ in atoms])
        dd = cand[:, None, :] - other[None, :, :]
        dd -= np.round(dd)
        cand = cand[(np.linalg.norm(dd @ lattice, axis=2) >= dmin[None, :]).all(axis=1)]
    rot, trans = _sg_ops(sg)
    if 0 < len(cand) <= 6000 and m < len(rot):  # special position: its own images must not clash either
        d = np.einsum("nij,pj->pni", rot, cand) + trans - cand[:, None, :]
        d -= np.round(d)
        dist = np.linalg.norm(d @ lattice, axis=2)
        cand = cand[~((dist >= MERGE_TOL) & (dist < _min_distance(el, el))).any(axis=1)]
    if len(cand) == 0:
        return np.zeros(1000, dtype=bool)
    vals = np.unique(cand[:, len(prefix)])
    grid = np.arange(1000) / 1000
    d = np.abs(grid[:, None] - vals[None, :])
    return (np.minimum(d, 1 - d) < GRID_TOL + 1e-9).any(axis=1)


def _orbit(sg: str, lattice: np.ndarray, x: np.ndarray) -> list[np.ndarray]:
    """Distinct images of ``x`` in the conventional cell (images within MERGE_TOL merged)."""
    rot, trans = _sg_ops(sg)
    out: list[np.ndarray] = []
    for img in np.mod(np.einsum("nij,j->ni", rot, x) + trans, 1.0):
        if all(np.linalg.norm(((img - o) - np.round(img - o)) @ lattice) >= MERGE_TOL for o in out):
            out.append(img)
    return out


def cell_volume(cell) -> float:
    """Volume (A^3) from (a, b, c, alpha, beta, gamma) in angstrom and degrees."""
    a, b, c = cell[:3]
    ca, cb, cg = (np.cos(np.radians(x)) for x in cell[3:])
    return float(a * b * c * np.sqrt(max(1 - ca**2 - cb**2 - cg**2 + 2 * ca * cb * cg, 0.0)))


def _lattice_system(sg_number: int) -> str:
    if sg_number <= 2:
        return "triclinic"
    if sg_number <= 15:
        return "monoclinic"
    if sg_number <= 74:
        return "orthorhombic"
    if sg_number <= 142:
        return "tetragonal"
    if sg_number <= 194:
        return "hexagonal"  # trigonal groups are in the hexagonal setting (spglib standard)
    return "cubic"


class _Trie:
    """Allowed token sequences as a trie; ``None`` marks a complete string."""

    def __init__(self, seqs: Iterable[list[int]]):
        self.root: dict = {}
        for s in seqs:
            node = self.root
            for t in s:
                node = node.setdefault(t, {})
            node[None] = True


class StructureGenerator:
    """The generator with its model loaded once (thread-safe sampling)."""

    def __init__(self, model_dir: Path | str | None = None, threads: int = 1, seed: int = 0):
        import torch
        from paperqa_mat.tools.crystallm_model import load_model

        model_dir = Path(model_dir) if model_dir else ARTIFACTS
        if not (model_dir / "model.safetensors").exists():
            raise GenerationError(f"no generator weights in {model_dir}; train with tools/train_generator.py")
        torch.set_num_threads(threads)
        self.torch = torch
        self.model, self.meta = load_model(model_dir)
        self.tok = CIFTokenizer.from_json(json.loads((model_dir / "vocab.json").read_text()))
        self.block_size = self.model.cfg.block_size
        self.sg_mults: dict[str, tuple[int, ...]] = {
            k: tuple(v) for k, v in self.meta.get("sg_multiplicities", {}).items()
        }
        self.rng = torch.Generator().manual_seed(seed)
        self._lock = threading.Lock()
        t = self.tok
        self.digit_ids = [t.stoi[str(d)] for d in range(10)]
        self._tries: dict = {}
        self.geometry_constraints = True
        self.dead_ends: Counter = Counter()  # where constrained decoding found no valid continuation
        # backtracking budget per sample (0/0/0 = off): site rollbacks per cell, cell resamples per
        # space group, space-group (or Z) resamples
        self.max_backtracks = 10
        self.max_cell_retries = 3
        self.max_sg_retries = 4
        # decode-time validity search: the finished structure goes through the real checks
        # (cif_checks.check_text); a failure re-samples the last site (at most ``max_final_retries``
        # times), then the cell
        self.final_check = True
        self.max_final_retries = 3
        # cell-volume mask: volume per atom within ``volume_band`` x the additive element-volume estimate
        # (both fitted on training structures, ``volumes.json``); ``max_volume_retries`` cell re-samples
        vol_file = model_dir / "volumes.json"
        vol = json.loads(vol_file.read_text()) if vol_file.exists() else None
        self.element_volumes: dict[str, float] | None = vol["element_volumes"] if vol else None
        self.volume_band: tuple[float, float] = tuple(vol["ratio_band"]) if vol else (0.0, float("inf"))
        self.max_volume_retries = 20
        self.max_steps = 16 * self.block_size  # model calls per batch (rolled-back tokens count)
        self.compact_at = 2 * self.block_size  # cache slots before rolled-back ones are dropped

    # ------------------------------------------------------------ request validation

    def parse_request(self, req: Request) -> tuple[list[tuple[str, int]], str | None]:
        """Validate a request; returns (reduced formula parts, canonical space group or None)."""
        try:
            parts = reduced_formula_parts(req.formula)
        except ValueError as exc:
            raise GenerationError(str(exc)) from exc
        if len(parts) > MAX_ELEMENTS:
            raise GenerationError(f"{req.formula}: at most {MAX_ELEMENTS} elements are supported")
        n_atoms = sum(n for _, n in parts)
        if n_atoms > MAX_REDUCED_ATOMS:
            raise GenerationError(
                f"{req.formula}: {n_atoms} atoms per formula unit exceeds the model's context "
                f"(at most {MAX_REDUCED_ATOMS})"
            )
        sg = None
        if req.spacegroup:
            sg = canonical_sg_symbol(req.spacegroup)
            if sg is None:
                raise GenerationError(
                    f"unknown space group symbol {req.spacegroup!r} (try e.g. Pnma, P6_3/mmc, Fm-3m or 1-230)"
                )
        if req.z is not None and (req.z < 1 or req.z * n_atoms > MAX_ATOMS):
            raise GenerationError(
                f"formula units Z={req.z} must be >= 1 with at most {MAX_ATOMS} atoms per cell"
            )
        if not self._feasible_sgs(parts, sg, req.z):
            what = f"space group {sg}" if sg else "any space group the model knows"
            raise GenerationError(
                f"{req.formula}: no site multiplicities of {what} add up to this composition"
            )
        return parts, sg

    def _mults(self, sg: str) -> tuple[int, ...]:
        if sg in self.sg_mults:
            return self.sg_mults[sg]
        from pymatgen.symmetry.groups import SpaceGroup

        order = len(SpaceGroup(sg).symmetry_ops)
        return tuple(d for d in range(1, order + 1) if order % d == 0)

    def _feasible_z(self, parts, sg: str, z: int | None) -> list[int]:
        mults = self._mults(sg)
        per_fu = sum(n for _, n in parts)
        zs = [z] if z else range(1, MAX_ATOMS // per_fu + 1)
        return [zz for zz in zs if all(_representable(n * zz, mults) for _, n in parts)]

    def _feasible_sgs(self, parts, sg: str | None, z: int | None) -> list[str]:
        cands = [sg] if sg else list(self.sg_mults)
        return [s for s in cands if self._feasible_z(parts, s, z)]

    # ------------------------------------------------------------ grammar program

    def _ids(self, text: str) -> list[int]:
        return self.tok.encode(text)

    def _trie(self, key: str, strings: Iterable[str]) -> _Trie:
        if key not in self._tries:
            self._tries[key] = _Trie(self._ids(s) for s in strings)
        return self._tries[key]

    def _choose_from(self, trie: _Trie) -> Generator[Action, int, list[int]]:
        """Walk a trie, forcing single branches and choosing among several."""
        node, out = trie.root, []
        while True:
            kids = [k for k in node if k is not None]
            if not kids:
                return out
            if len(kids) == 1 and None not in node:
                t = yield ("force", kids[0])
            else:
                if None in node:  # complete string that is also a prefix: not used by our tries
                    return out
                t = yield ("choose", kids)
            out.append(t)
            node = node[t]

    def _force_text(self, text: str) -> Generator[Action, int, None]:
        for t in self._ids(text):
            yield ("force", t)

    def _program(self, parts, sg_fixed: str | None, z_fixed: int | None, seq: list[int]) -> Generator[Action, int, None]:
        """The CIF grammar as a coroutine; ``seq`` is the row's tokens so far (kept by the sampler)."""
        tok = self.tok
        yield from self._force_text(prompt_text(parts))
        L_sg, sg_excl = len(seq), set()
        for _ in range(self.max_sg_retries + 1):  # escalation: sites -> cell -> space group / Z
            if len(seq) > L_sg:
                yield ("rollback", L_sg)
            yield ("force", tok.stoi["_symmetry_space_group_name_H-M "])
            if sg_fixed:
                sg = sg_fixed
                yield ("force", tok.stoi[sg + "_sg"])
            else:
                allowed = [tok.stoi[s + "_sg"] for s in self._feasible_sgs(parts, None, z_fixed) if s not in sg_excl]
                if not allowed:
                    return
                t = yield ("choose", allowed)
                sg = tok.tokens[t][:-3]
            sg_excl.add(sg)
            yield ("force", tok.stoi["\n"])
            yield ("force", tok.stoi["_cell_formula_units_Z "])
            mults = self._mults(sg)
            budget = self.block_size - len(seq) - CELL_TOKENS
            zs = [z for z in self._feasible_z(parts, sg, z_fixed)
                  if sum(_min_sites(n * z, mults) for _, n in parts) * SITE_TOKENS <= budget]
            if not zs:  # nothing fits the context: another space group
                self.dead_ends['z'] += 1
                continue
            got = yield from self._choose_from(self._trie(f"z:{sg}:{parts}:{z_fixed}", [f"{z}\n" for z in zs]))
            z = int(tok.decode(got).strip())
            yield from self._force_text(f"_chemical_formula_sum '{formula_sum(parts, z)}'\n")
            L_cell = len(seq)
            for _ in range(self.max_cell_retries + 1):
                if len(seq) > L_cell:
                    yield ("rollback", L_cell)
                done = yield from self._cell_and_sites(parts, sg, z, mults, seq)
                if done:
                    yield ("force", tok.eos_id)
                    return
                self.dead_ends['cell_retry'] += 1
            self.dead_ends['sg_retry'] += 1

    def _cell_and_sites(self, parts, sg: str, z: int, mults: tuple[int, ...],
                        seq: list[int]) -> Generator[Action, int, bool]:
        """Cell block, atom-site header and sites; False (after yielding tokens) at a dead end."""
        tok = self.tok
        # cell, obeying the lattice system
        from paperqa_mat.tools.cif_tokenizer import space_group_symbols

        system = _lattice_system(space_group_symbols().index(sg) + 1)
        lengths = self._trie("len", [f"{v / 100:.2f}\n" for v in range(100, 10000)])
        angles = self._trie("ang", [f"{v / 10:.1f}\n" for v in range(300, 1501)])
        n_cell = sum(n for _, n in parts) * z
        vrange = self._volume_range(parts, n_cell)
        # the last free length fixes the volume when the angles are fixed by the crystal system
        last_free = {"cubic": "_cell_length_a", "tetragonal": "_cell_length_c", "hexagonal": "_cell_length_c",
                     "orthorhombic": "_cell_length_c"}.get(system)
        L_vol = len(seq)
        for _ in range(self.max_volume_retries + 1):
            if len(seq) > L_vol:
                yield ("rollback", L_vol)
            vals: dict[str, str] = {}
            for key in CELL_KEYS:
                yield ("force", tok.stoi[key + " "])
                fixed = None
                if key == "_cell_length_b" and system in ("tetragonal", "hexagonal", "cubic"):
                    fixed = vals["_cell_length_a"]
                elif key == "_cell_length_c" and system == "cubic":
                    fixed = vals["_cell_length_a"]
                elif key.startswith("_cell_angle") and system != "triclinic":
                    if system == "hexagonal" and key == "_cell_angle_gamma":
                        fixed = "120.0\n"
                    elif not (system == "monoclinic" and key == "_cell_angle_beta"):
                        fixed = "90.0\n"
                if fixed is not None:
                    yield from self._force_text(fixed)
                    vals[key] = fixed
                    continue
                trie = lengths if key.startswith("_cell_length") else angles
                if vrange is not None and key == last_free:
                    trie = self._length_trie(system, vals, vrange)
                    if trie is None:
                        break
                got = yield from self._choose_from(trie)
                vals[key] = tok.decode(got)
            if len(vals) == len(CELL_KEYS):
                vol = cell_volume([float(vals[k]) for k in CELL_KEYS])
                if vrange is None or vrange[0] <= vol <= vrange[1]:
                    break
            self.dead_ends["volume"] += 1
        else:
            return False
        yield from self._force_text(ATOM_SITE_HEADER)
        # atom sites: elements in formula order, multiplicities non-increasing per element, counts exact.
        # Backtracking: when the masks leave no valid token, roll back to the start of the site (or the
        # previous site) and resample with the failing choice excluded (at most ``max_backtracks`` times).
        remaining = {el: n * z for el, n in parts}
        from pymatgen.core import Lattice

        cell = [float(vals[k]) for k in CELL_KEYS]
        lattice = Lattice.from_parameters(*cell).matrix
        atoms: list[tuple[str, np.ndarray]] = []
        order = [el for el, _ in parts]
        cap, prev_el = max(mults), None
        space, dot, zero, nl = (tok.stoi[c] for c in (" ", ".", "0", "\n"))
        n_ops = len(_sg_ops(sg)[0])
        frames: list[dict] = []  # one per site: state at its start, its exclusions and its choice
        backtracks = 0

        def x_mask(m: int, prefix: list[int], excl: set) -> np.ndarray:
            ok = _allowed_coordinate(sg, m, [v / 1000 for v in prefix], lattice, el, atoms)
            for v in np.flatnonzero(ok):
                if (m, *prefix, int(v)) in excl:
                    ok[v] = False
            return ok

        final_retries = 0
        target = "".join(f"{e}{n}" for e, n in parts)
        while True:
            if not any(remaining.values()):  # complete: the real checks decide (decode-time search)
                if not self.final_check:
                    return True
                rep = check_text(tok.decode(seq), target_formula=target)
                if rep["valid"]:
                    return True
                self.dead_ends["final_" + next(c for c, ok in rep["checks"].items() if not ok)] += 1
                final_retries += 1
                if final_retries > self.max_final_retries:
                    return False
                fr = frames[-1]  # re-sample the last site, its Wyckoff line (m, x, y) excluded
                fr["excl"].add(fr["choice"][:3])
                fr["choice"] = None
                remaining, cap, prev_el = dict(fr["remaining"]), fr["cap"], fr["prev_el"]
                del atoms[fr["n_atoms"]:]
                yield ("rollback", fr["L"])
                continue
            if not frames or frames[-1]["choice"] is not None:  # a new site (not a retry)
                frames.append({"L": len(seq), "remaining": dict(remaining), "n_atoms": len(atoms), "cap": cap,
                               "prev_el": prev_el, "excl": set(), "choice": None})
            fr = frames[-1]
            fail: tuple | None = None  # the choice prefix that led to the dead end
            yield ("force", space)
            el = next(e for e in order if remaining[e] > 0)  # canonical order: sites grouped by element
            yield ("force", tok.stoi[el])
            if el != prev_el:
                cap, prev_el = max(mults), el
            yield ("force", space)
            rem = remaining[el]
            budget = self.block_size - len(seq) - 2
            others = sum(_min_sites(r, mults) for e, r in remaining.items() if e != el)
            ms = []
            for m in mults:
                # the training order lists an element's sites by non-increasing multiplicity; with geometry
                # masks that order is relaxed so a sample can still finish when special positions are taken
                below = mults if self.geometry_constraints else tuple(x for x in mults if x <= m)
                if (m,) in fr["excl"]:
                    continue
                if m <= (rem if self.geometry_constraints else min(rem, cap)) and _representable(rem - m, below):
                    if (others + _min_sites(rem - m, below)) * SITE_TOKENS + 20 <= budget:
                        # a special position must still have a free, clash-free grid point
                        if (not self.geometry_constraints or m == n_ops
                                or x_mask(m, [], fr["excl"]).any()):
                            ms.append(m)
            xyz: list[int] = []
            if not ms:
                self.dead_ends['multiplicity'] += 1
                fail = ()
            else:
                got = yield from self._choose_from(self._trie(f"m:{ms}", [f"{m} " for m in ms]))
                m = int(tok.decode(got).strip())
                for k in range(3):
                    yield ("force", zero)
                    yield ("force", dot)
                    if not self.geometry_constraints:
                        digits = []
                        for _ in range(3):
                            digits.append((yield ("choose", self.digit_ids)))
                    else:
                        if k < 2:  # x, y: only values near a grid point of a Wyckoff set with multiplicity m
                            ok = x_mask(m, xyz, fr["excl"])
                        else:  # last coordinate: only values giving the stated multiplicity and no clashes
                            ok = _valid_last_coordinate(sg, lattice, xyz[0] / 1000, xyz[1] / 1000, m, el, atoms)
                            for v in np.flatnonzero(ok):
                                if (m, *xyz, int(v)) in fr["excl"]:
                                    ok[v] = False
                        if not ok.any():
                            self.dead_ends['xy' if k < 2 else 'last_coordinate'] += 1
                            fail = (m, *xyz)
                            break
                        digits = yield from self._choose_from(_Trie(self._ids(f"{v:03d}") for v in np.flatnonzero(ok)))
                    xyz.append(int(tok.decode(digits)))
                    yield ("force", space if k < 2 else nl)
            if fail is not None:
                backtracks += 1
                if backtracks > self.max_backtracks:
                    return False
                if fail == ():  # nothing fits at this site: undo the previous site's choice
                    frames.pop()
                    if not frames:
                        return False
                fr = frames[-1]
                if fail != () or fr["choice"] is not None:
                    fr["excl"].add(fail if fail != () else fr["choice"])
                fr["choice"] = None
                remaining, cap, prev_el = dict(fr["remaining"]), fr["cap"], fr["prev_el"]
                del atoms[fr["n_atoms"]:]
                yield ("rollback", fr["L"])
                continue
            fr["choice"] = (m, *xyz)
            remaining[el] -= m
            cap = m
            atoms.extend((el, f) for f in _orbit(sg, lattice, np.array(xyz) / 1000))

    def _volume_range(self, parts, n_cell: int) -> tuple[float, float] | None:
        """Allowed cell volume (A^3) for ``n_cell`` atoms of this composition; None without estimates."""
        ev = self.element_volumes
        if not ev or any(e not in ev for e, _ in parts):
            return None
        per_fu = sum(n for _, n in parts)
        vpa = sum(ev[e] * n for e, n in parts) / per_fu
        if vpa <= 0:
            return None
        lo, hi = self.volume_band
        return lo * vpa * n_cell, hi * vpa * n_cell

    def _length_trie(self, system: str, vals: dict[str, str], vrange: tuple[float, float]) -> _Trie | None:
        """Values of the last free cell length (1.00-99.99) giving a volume inside ``vrange``."""
        a = float(vals["_cell_length_a"]) if "_cell_length_a" in vals else None
        if system == "cubic":
            lo, hi = (v ** (1 / 3) for v in vrange)
        else:
            base = a * (a if system in ("tetragonal", "hexagonal") else float(vals["_cell_length_b"]))
            if system == "hexagonal":
                base *= np.sqrt(3) / 2
            lo, hi = vrange[0] / base, vrange[1] / base
        vlo, vhi = max(100, int(np.ceil(lo * 100))), min(9999, int(np.floor(hi * 100)))
        if vlo > vhi:
            return None
        key = f"len:{vlo}:{vhi}"
        if key not in self._tries:
            if len(self._tries) > 5000:
                self._tries = {k: v for k, v in self._tries.items() if not k.startswith("len:")}
            self._tries[key] = _Trie(self._ids(f"{v / 100:.2f}\n") for v in range(vlo, vhi + 1))
        return self._tries[key]

    # ------------------------------------------------------------ sampling

    def sample(
        self,
        jobs: list[tuple[list[tuple[str, int]], str | None, int | None]],
        temperature: float = 0.8,
        top_k: int = 10,
        batch_size: int = 64,
    ) -> list[str | None]:
        """Sample one dialect text per job ((parts, spacegroup, z)); None where the context overflowed."""
        out: list[str | None] = []
        with self._lock:
            for i in range(0, len(jobs), batch_size):
                out += self._sample_batch(jobs[i : i + batch_size], temperature, top_k)
        return out

    def _sample_batch(self, jobs, temperature: float, top_k: int) -> list[str | None]:
        torch = self.torch
        B = len(jobs)
        seqs: list[list[int]] = [[] for _ in range(B)]
        slots: list[list[int]] = [[] for _ in range(B)]  # cache slot of each fed token (rollbacks leave gaps)
        progs = [self._program(*j, seqs[i]) for i, j in enumerate(jobs)]
        acts = [next(p) for p in progs]
        cur = [a[1] for a in acts]  # first actions are forced
        for i in range(B):
            seqs[i].append(cur[i])
        alive = list(range(B))
        failed = [False] * B
        caches = [dict() for _ in self.model.blocks]
        key_mask = torch.ones(B, 0, dtype=torch.bool)  # (alive rows, cache slots)
        masked = False  # any slot rolled back yet
        pos = steps = 0  # next cache slot, model calls
        V = len(self.tok)
        max_steps = self.max_steps
        with torch.inference_mode():
            while alive:
                over = [r for r, i in enumerate(alive) if len(seqs[i]) > self.block_size]
                if steps >= max_steps or over:
                    drop = set(alive) if steps >= max_steps else {alive[r] for r in over}
                    for i in drop:
                        failed[i] = True
                    self.dead_ends["step_limit" if steps >= max_steps else "context"] += len(drop)
                    keep = [r for r, i in enumerate(alive) if i not in drop]
                    if not keep:
                        break
                    key_mask, alive = _keep_rows(caches, key_mask, alive, keep)
                if masked and pos > self.compact_at:  # drop rolled-back slots from the cache
                    key_mask, pos = _compact_cache(caches, alive, slots)
                steps += 1
                x = torch.tensor([[cur[i]] for i in alive], dtype=torch.long)
                lpos = torch.tensor([[len(seqs[i]) - 1] for i in alive], dtype=torch.long)
                key_mask = torch.cat([key_mask, torch.ones(len(alive), 1, dtype=torch.bool)], dim=1)
                for i in alive:
                    slots[i].append(pos)
                logits, _ = self.model(x, caches=caches, pos0=pos, pos=lpos, key_mask=key_mask if masked else None)
                logits = logits[:, -1, :]
                pos += 1
                nxt: dict[int, int] = {}
                choose_rows, masks = [], []
                keep = []
                for r, i in enumerate(alive):
                    try:
                        act = progs[i].send(cur[i])
                        while act[0] == "rollback":  # undo tokens L.. of this row, then the grammar goes on
                            L = int(act[1])
                            key_mask[r, slots[i][L:]] = False
                            masked = True
                            del slots[i][L:]
                            del seqs[i][L:]
                            act = progs[i].send(None)
                            if act[0] == "choose":  # needs fresh logits: not produced by our grammar
                                raise RuntimeError("rollback must be followed by a forced token")
                    except StopIteration:
                        failed[i] = not seqs[i] or seqs[i][-1] != self.tok.eos_id  # grammar gave up
                        self.dead_ends["gave_up"] += failed[i]
                        continue
                    keep.append(r)
                    if act[0] == "force":
                        nxt[i] = int(act[1])
                    else:
                        choose_rows.append((r, i))
                        masks.append(act[1])
                if choose_rows:
                    rows = torch.tensor([r for r, _ in choose_rows])
                    lg = logits[rows] / max(temperature, 1e-4)
                    mask = torch.full((len(rows), V), float("-inf"))
                    for k, allowed in enumerate(masks):
                        mask[k, allowed] = 0.0
                    lg = lg + mask
                    if top_k:
                        kth = torch.topk(lg, min(top_k, V), dim=-1).values[:, -1:]
                        lg = torch.where(lg < kth, torch.full_like(lg, float("-inf")), lg)
                    probs = torch.softmax(lg, dim=-1)
                    picks = torch.multinomial(probs, 1, generator=self.rng).squeeze(1).tolist()
                    for (_, i), t in zip(choose_rows, picks, strict=True):
                        nxt[i] = int(t)
                for i, t in nxt.items():
                    cur[i] = t
                    seqs[i].append(t)
                if len(keep) < len(alive):
                    key_mask, alive = _keep_rows(caches, key_mask, alive, keep)
                # rows whose last token is EOS are done after the program ends on the next send
        self._last_seqs = seqs
        return [None if failed[i] else self.tok.decode(seqs[i]) for i in range(B)]

    # ------------------------------------------------------------ public

    def generate(
        self,
        requests: list[Request],
        n: int = 5,
        max_attempts: int | None = None,
        temperature: float = 0.8,
        top_k: int = 10,
        out_dir: Path | str | None = None,
        return_invalid: bool = False,
        progress: bool = False,
        fallback: bool = True,
    ) -> list[dict]:
        """Generate up to ``n`` valid structures per request (resampling up to ``max_attempts`` per request).

        Returns one dict per request: ``{"formula", "spacegroup", "structures": [...], "attempts",
        "n_valid", "error"}`` where each structure is ``{"path", "formula", "spacegroup", "valid", "checks",
        "details", "cif", "structure", "source"}`` (``structure`` is a pymatgen Structure, dropped by JSON
        output). ``source`` is ``"model"`` or ``"prototype"``: with ``fallback`` (default), requests with
        fewer than ``n`` valid model samples after ``max_attempts`` are filled with checked
        prototype-substitution structures (:mod:`paperqa_mat.tools.prototype_baseline`).
        Bad requests get ``error`` set and no structures; they never abort the batch.
        """
        if n < 1:
            raise GenerationError("n must be >= 1")
        if n > MAX_N:
            raise GenerationError(f"n={n} is too large: at most {MAX_N} structures per formula")
        max_attempts = max_attempts or max(10 * n, 20)
        results: list[dict] = []
        todo: list[tuple[int, list, str | None, int | None]] = []
        for k, req in enumerate(requests):
            res = {
                "formula": req.formula,
                "spacegroup": req.spacegroup,
                "structures": [],
                "attempts": 0,
                "n_valid": 0,
                "error": None,
            }
            results.append(res)
            try:
                parts, sg = self.parse_request(req)
            except GenerationError as exc:
                res["error"] = str(exc)
                continue
            todo.append((k, parts, sg, req.z))
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), desc="generate", unit="formula")
        while todo:
            jobs, owners = [], []
            for k, parts, sg, z in todo:
                need = n - results[k]["n_valid"]
                left = max_attempts - results[k]["attempts"]
                m = min(left, need if results[k]["attempts"] == 0 else max(need, 2 * need))
                jobs += [(parts, sg, z)] * m
                owners += [k] * m
            texts = self.sample(jobs, temperature=temperature, top_k=top_k)
            for k, (parts, sg, _), text in zip(owners, jobs, texts, strict=True):
                res = results[k]
                res["attempts"] += 1
                if res["n_valid"] >= n:
                    continue
                target = "".join(f"{el}{c}" for el, c in parts)
                rep = check_text(text, target_formula=target, target_spacegroup=sg) if text else None
                if rep is None:
                    rep = {
                        "valid": False,
                        "checks": {"parsed": False},
                        "details": {"error": "context overflow"},
                        "cif": None,
                        "structure": None,
                        "spacegroup": None,
                        "formula": None,
                    }
                if rep["valid"] or return_invalid:
                    res["structures"].append(self._entry(rep, text))
                res["n_valid"] += int(rep["valid"])
            still = []
            for item in todo:
                res = results[item[0]]
                if res["n_valid"] < n and res["attempts"] < max_attempts:
                    still.append(item)
                elif bar is not None:
                    bar.update(1)
            todo = still
        if bar is not None:
            bar.close()
        for res in results:
            res["n_model"] = res["n_valid"]
            res["n_prototype"] = 0
        if fallback:
            self._fill_with_prototypes(results, requests, n)
        if out_dir is not None:
            write_cifs(results, Path(out_dir))
        return results

    def _fill_with_prototypes(self, results: list[dict], requests: list[Request], n: int) -> None:
        """Top up results with fewer than ``n`` valid structures from the shipped prototype library."""
        from paperqa_mat.tools.prototype_baseline import load_library

        for res, req in zip(results, requests, strict=True):
            if res["error"] or res["n_valid"] >= n:
                continue
            try:
                parts, sg = self.parse_request(req)
                lib = load_library()
            except (GenerationError, FileNotFoundError):
                continue
            target = "".join(f"{el}{c}" for el, c in parts)
            for text in lib.generate(target, n=3 * n, spacegroup=sg, z=req.z):
                rep = check_text(text, target_formula=target, target_spacegroup=sg)
                if not rep["valid"]:
                    continue
                res["structures"].append({**self._entry(rep, text), "source": "prototype"})
                res["n_valid"] += 1
                res["n_prototype"] += 1
                if res["n_valid"] >= n:
                    break

    @staticmethod
    def _entry(rep: dict, text: str | None) -> dict:
        return {
            "source": "model",
            "path": None,
            "formula": rep.get("formula"),
            "spacegroup": rep.get("spacegroup"),
            **public_report(rep),
            "cif": _final_cif(rep),
            "structure": rep.get("structure"),
            "text": text,
        }


def _final_cif(rep: dict) -> str | None:
    """The CIF to hand out: pymatgen's symmetrized CifWriter output of the parsed structure."""
    s = rep.get("structure")
    if s is None:
        return rep.get("cif")
    try:
        from pymatgen.io.cif import CifWriter

        return str(CifWriter(s, symprec=0.1))
    except Exception:
        return rep.get("cif")


def write_cifs(results: list[dict], out_dir: Path) -> None:
    """Write each structure's CIF to ``out_dir/<formula>_<k>.cif`` and record the path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for res in results:
        safe = re.sub(r"[^A-Za-z0-9]+", "", res["formula"]) or "structure"
        for k, st in enumerate(res["structures"]):
            if not st.get("cif"):
                continue
            sg = re.sub(r"[^A-Za-z0-9-]+", "", st.get("spacegroup") or "")
            path = out_dir / f"{safe}_{sg}_{k + 1}.cif"
            path.write_text(st["cif"])
            st["path"] = str(path)


_DEFAULT: StructureGenerator | None = None
_DEFAULT_LOCK = threading.Lock()


def get_generator() -> StructureGenerator:
    """The shared generator with the committed weights (loaded on first use)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = StructureGenerator()
        return _DEFAULT


def generate_structures(
    formula: str,
    spacegroup: str | None = None,
    n: int = 5,
    out_dir: str | Path | None = None,
    z: int | None = None,
    temperature: float = 0.8,
    top_k: int = 10,
    max_attempts: int | None = None,
    fallback: bool = True,
) -> list[dict]:
    """Generate up to ``n`` valid crystal structures for ``formula`` (e.g. ``"LiFePO4"``).

    ``spacegroup`` (e.g. ``"Pnma"``) and ``z`` (formula units per conventional cell) constrain the
    output. Each returned dict has ``formula``, ``spacegroup``, ``valid`` (always True), ``checks``
    (parsed, sensible_cell, formula_consistent, multiplicity_consistent, spacegroup_consistent,
    bond_lengths), ``details``, ``cif`` (text), ``path`` (when ``out_dir`` is given) and ``source``
    (``"model"`` or ``"prototype"``). When the model yields fewer than ``n`` valid structures within
    ``max_attempts`` samples (default max(10n, 20)), prototype-substitution structures fill the rest
    (labelled ``"prototype"``) unless ``fallback=False``; fewer than ``n`` may still come back.
    Raises :class:`GenerationError` (a ``ValueError``) for an impossible composition, an unknown space
    group or too large ``n``.
    """
    gen = get_generator()
    res = gen.generate(
        [Request(formula, spacegroup, z)],
        n=n,
        max_attempts=max_attempts,
        temperature=temperature,
        top_k=top_k,
        out_dir=out_dir,
        fallback=fallback,
    )[0]
    if res["error"]:
        raise GenerationError(res["error"])
    return [{k: v for k, v in s.items() if k not in ("structure", "text")} for s in res["structures"]]


def _keep_rows(caches: list[dict], key_mask, alive: list[int], keep: list[int]):
    """Drop finished sample rows from the KV caches, the key mask and the list of live rows."""
    import torch

    idx = torch.tensor(keep, dtype=torch.long)
    for c in caches:
        if "k" in c:
            c["k"] = c["k"].index_select(0, idx)
            c["v"] = c["v"].index_select(0, idx)
    return key_mask.index_select(0, idx), [alive[r] for r in keep]


def _compact_cache(caches: list[dict], alive: list[int], slots: list[list[int]]):
    """Keep only each live row's current cache slots (rolled-back ones removed), left-aligned.

    Returns the new key mask (rows padded with False) and the next free slot."""
    import torch

    keep = [slots[i] for i in alive]
    width = max(len(k) for k in keep)
    idx = torch.zeros(len(alive), width, dtype=torch.long)
    mask = torch.zeros(len(alive), width, dtype=torch.bool)
    for r, k in enumerate(keep):
        idx[r, : len(k)] = torch.tensor(k, dtype=torch.long)
        mask[r, : len(k)] = True
    for c in caches:
        if "k" in c:
            b, h, _, d = c["k"].shape
            g = idx[:, None, :, None].expand(b, h, width, d)
            c["k"], c["v"] = c["k"].gather(2, g), c["v"].gather(2, g)
    for i, k in zip(alive, keep, strict=True):
        slots[i] = list(range(len(k)))
    return mask, width
