"""Numbers, uncertainties and units in running text, and their conversion to SI.

The grammar is deliberately small and general: a *quantity* is a number (optionally with a
parenthesised or ``±`` uncertainty, a ``× 10^n`` exponent and an approximate marker) followed by a
unit; a *group* is a run of quantities joined by ``,``/``and``/``or``/``to``/``-`` that share the last
unit ("1.43 eV, and 1.39 eV", "2.1 and 2.3 eV", "3.0–3.2 eV", "from 280 to 400 °C").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

EV = 1.602176634e-19  # J
N_A = 6.02214076e23

# unit (canonical spelling) -> (dimension, factor to SI, offset to SI)
UNITS: dict[str, tuple[str, float, float]] = {
    "eV": ("energy", EV, 0.0),
    "meV": ("energy", 1e-3 * EV, 0.0),
    "keV": ("energy", 1e3 * EV, 0.0),
    "eV/atom": ("energy_per_atom", EV, 0.0),
    "meV/atom": ("energy_per_atom", 1e-3 * EV, 0.0),
    "eV/f.u.": ("energy_per_fu", EV, 0.0),
    "kJ/mol": ("energy_per_atom", 1e3 / N_A, 0.0),
    "kcal/mol": ("energy_per_atom", 4184.0 / N_A, 0.0),
    "K": ("temperature", 1.0, 0.0),
    "mK": ("temperature", 1e-3, 0.0),
    "°C": ("temperature", 1.0, 273.15),
    "°F": ("temperature", 5.0 / 9.0, 255.3722222222),
    "Å": ("length", 1e-10, 0.0),
    "nm": ("length", 1e-9, 0.0),
    "pm": ("length", 1e-12, 0.0),
    "S/cm": ("conductivity", 100.0, 0.0),
    "mS/cm": ("conductivity", 0.1, 0.0),
    "µS/cm": ("conductivity", 1e-4, 0.0),
    "S/m": ("conductivity", 1.0, 0.0),
    "%": ("fraction", 0.01, 0.0),
}
SI_UNIT = {
    "energy": "J",
    "energy_per_atom": "J/atom",
    "energy_per_fu": "J/f.u.",
    "temperature": "K",
    "length": "m",
    "conductivity": "S/m",
    "fraction": "1",
}

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def clean_text(text: str) -> str:
    """Unicode-normalise: NFKC (ligatures), unify minus/dash, ``∼``/``≈`` -> ``~``."""
    text = unicodedata.normalize("NFKC", text).translate(_SUP).replace("\ufffe", "").replace("\u00ad", "")
    text = re.sub(r"[‐‑‒−﹣－]", "-", text)  # hyphens and minus signs
    text = text.replace("∼", "~").replace("≈", "~").replace("≃", "~").replace("˜", "~")
    text = text.replace("Ω", "Ω").replace("μ", "µ").replace("Å", "Å")
    text = re.sub(r"\s+", " ", text)
    return text


# spelled unit pattern -> canonical unit (order matters: longest/most specific first)
_UNIT_PATTERNS: list[tuple[str, str]] = [
    (r"meV\s*(?:/|per\s*)\s*atom|meV\s*atom-1", "meV/atom"),
    (r"eV\s*(?:/|per\s*)\s*atom|eV\s*atom-1", "eV/atom"),
    (r"eV\s*(?:/|per\s*)\s*(?:f\.?\s?u\.?|formula\s+unit)", "eV/f.u."),
    (r"kJ\s*(?:/|per\s*)\s*mol|kJ\s*mol-1", "kJ/mol"),
    (r"kcal\s*(?:/|per\s*)\s*mol|kcal\s*mol-1", "kcal/mol"),
    (r"meV", "meV"),
    (r"keV", "keV"),
    (r"eV", "eV"),
    (r"mS\s*(?:/\s*cm|cm-1)", "mS/cm"),
    (r"µS\s*(?:/\s*cm|cm-1)", "µS/cm"),
    (r"S\s*(?:/\s*cm|cm-1)|(?:Ω|ohm)-1\s*cm-1|\(Ω\s*cm\)-1", "S/cm"),
    (r"S\s*(?:/\s*m|m-1)\b", "S/m"),
    (r"mK", "mK"),
    (r"°\s?C|℃|oC(?![a-z])|degrees?\s+C(?:elsius)?\b", "°C"),
    (r"°\s?F", "°F"),
    (r"K(?:elvin)?(?![a-zA-Z])", "K"),
    (r"Å|Angstroms?|angstroms?|A˚", "Å"),
    (r"nm", "nm"),
    (r"pm(?!\s*\d)", "pm"),
    (r"%", "%"),
]
UNIT_RE = "|".join(f"(?:{p})" for p, _ in _UNIT_PATTERNS)
_UNIT_COMPILED = [(re.compile(p), u) for p, u in _UNIT_PATTERNS]


def canonical_unit(raw: str) -> str | None:
    """Map a unit as written ("S cm-1", "℃", "meV") to its canonical spelling, or None."""
    raw = clean_text(raw).strip()
    for rx, unit in _UNIT_COMPILED:
        if rx.fullmatch(raw):
            return unit
    return None


def to_si(value: float, unit: str) -> float:
    dim, factor, offset = UNITS[unit]
    return float(f"{value * factor + offset:.10g}")


def convert(value: float, unit: str, target: str) -> float:
    """Convert between two units of the same dimension (e.g. meV -> eV, °C -> K, S/m -> S/cm)."""
    if UNITS[unit][0] != UNITS[target][0]:
        raise ValueError(f"cannot convert {unit} to {target}")
    si = to_si(value, unit)
    _, factor, offset = UNITS[target]
    return (si - offset) / factor


def delta_to_si(value: float, unit: str) -> float:
    """An uncertainty (a difference) in SI: no offset."""
    return value * UNITS[unit][1]


_NUM = r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)"
_EXP = r"(?:\s*[x×·]\s*10\s*\^?\s*\(?\s*[-+]?\d+\)?|[eE][-+]?\d+)"
_UNC = r"(?:\s*(?:±|\+/-|\+-|pm)\s*(?:\d+(?:\.\d+)?|\.\d+))"
NUMBER_RE = rf"(?:~\s*|ca\.\s*|about\s+|approximately\s+)?(?<![\w.])(?:10\s*\^\s*[-+]?\d+|10\s*[-+]\d+(?=\s*(?:m?S|µS|Ω|ohm))|{_NUM}(?:\(\d+\))?{_EXP}?)(?![\d.]\d)"
QTY_RE = re.compile(rf"(?P<num>{NUMBER_RE})(?P<unc>{_UNC}{_EXP}?)?(?:\s*(?P<unit>{UNIT_RE}))?(?![A-Za-z0-9])")


@dataclass
class Quantity:
    value: float
    uncertainty: float | None
    unit: str | None
    start: int
    end: int
    approx: bool = False
    text: str = ""


@dataclass
class Group:
    """Quantities sharing a unit: ``kind`` is 'single', 'range' (low-high) or 'list'."""

    quantities: list[Quantity]
    kind: str
    unit: str
    start: int
    end: int
    bound: str | None = None  # '<' or '>' for "less than 2 eV"
    connectors: list[str] = field(default_factory=list)

    @property
    def dimension(self) -> str:
        return UNITS[self.unit][0]


def parse_number(text: str) -> tuple[float, float | None]:
    """Parse "3.37(2)", "1.2 × 10-3", "2.0 ± 0.1", "10^-4" into (value, uncertainty)."""
    t = clean_text(text).strip()
    t = re.sub(r"^(?:~|ca\.|about|approximately)\s*", "", t)
    unc: float | None = None
    m = re.search(r"\s*(?:±|\+/-|\+-|pm)\s*(\d+(?:\.\d+)?|\.\d+)", t)
    if m:
        unc = float(m.group(1))
        t = t[: m.start()] + t[m.end() :]
    m = re.fullmatch(r"10\s*\^\s*([-+]?\d+)|10\s*([-+]\d+)", t)
    if m:
        return 10.0 ** int(m.group(1) or m.group(2)), unc
    exp = 0
    m = re.search(r"\s*[x×·]\s*10\s*\^?\s*\(?\s*([-+]?\d+)\)?$|[eE]([-+]?\d+)$", t)
    if m:
        exp = int(m.group(1) or m.group(2))
        t = t[: m.start()]
    m = re.fullmatch(r"([-+]?\d*\.?\d+)\((\d+)\)", t)
    if m:
        num = m.group(1)
        decimals = len(num.split(".")[1]) if "." in num else 0
        unc = int(m.group(2)) * 10.0 ** (-decimals)
        t = num
    value = float(t) * 10.0**exp
    if unc is not None and exp:
        unc *= 10.0**exp
    return value, unc


_CONNECTOR = re.compile(r"^\s*(?:,|;|/|-|–|—|~|to|and|or|, and|, or|and/or|as well as)\s*$")
_RANGE_CONN = re.compile(r"^\s*(?:-|–|—|to|~)\s*$")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` (already :func:`clean_text`-ed), with its unit if one follows."""
    out: list[Quantity] = []
    for m in QTY_RE.finditer(text):
        raw = m.group("num") + (m.group("unc") or "")
        try:
            value, unc = parse_number(raw)
        except ValueError:
            continue
        unit = canonical_unit(m.group("unit")) if m.group("unit") else None
        approx = bool(re.match(r"~|ca\.|about|approx", m.group("num")))
        out.append(Quantity(value, unc, unit, m.start(), m.end(), approx, m.group(0)))
    return out


def group_quantities(text: str, quantities: list[Quantity] | None = None) -> list[Group]:
    """Join adjacent quantities into groups sharing the last unit; unit-less leftovers are dropped."""
    qs = quantities if quantities is not None else find_quantities(text)
    runs: list[list[Quantity]] = []
    for q in qs:
        if runs and _CONNECTOR.match(text[runs[-1][-1].end : q.start]):
            runs[-1].append(q)
        else:
            runs.append([q])
    groups: list[Group] = []
    for run in runs:
        segs: list[list[Quantity]] = []
        seg: list[Quantity] = []
        for q in run:
            seg.append(q)
            if q.unit is not None:
                for s in seg:
                    s.unit = s.unit or q.unit
                if segs and segs[-1][-1].unit == q.unit:
                    segs[-1].extend(seg)
                else:
                    segs.append(seg)
                seg = []
        for seg in segs:
            groups.append(_make_group(text, seg))
    return groups


def _make_group(text: str, seg: list[Quantity]) -> Group:
    conns = [text[a.end : b.start] for a, b in zip(seg, seg[1:], strict=False)]
    pre = text[max(0, seg[0].start - 16) : seg[0].start].lower()
    kind = "single" if len(seg) == 1 else "list"
    if len(seg) == 2 and (_RANGE_CONN.match(conns[0]) or re.search(r"\b(?:from|between)\s*$", pre)):
        kind = "range"
    g = Group(list(seg), kind, seg[-1].unit or "", seg[0].start, seg[-1].end, connectors=conns)
    if re.search(r"(<|less than|lower than|smaller than|below|under|up to|at most)\s*$", pre):
        g.bound = "<"
    elif re.search(r"(>|more than|greater than|larger than|higher than|above|over|exceeding|at least)\s*$", pre):
        g.bound = ">"
    return g
