"""Text, number and unit normalisation shared by table and record extraction.

Public API (kept small and stable; other modules rely on it):

- ``normalize_text(s)``: clean text from PDFs: unicode minus/dashes before digits -> ``-``, odd spaces ->
  `` ``, ligatures split, ``+/-`` -> ``±``, superscripts -> ``^`` notation (``cm⁻¹`` -> ``cm^-1``),
  subscript digits -> digits (``H₂O`` -> ``H2O``), whitespace collapsed.
- ``parse_number(s) -> (value, uncertainty) | None``: ``"3.37(2)"`` -> ``(3.37, 0.02)``,
  ``"−1.5"`` -> ``(-1.5, None)``, ``"2.1 ± 0.1"`` -> ``(2.1, 0.1)``, ``"1.2×10⁻³"`` -> ``(0.0012, None)``,
  ``"100 000"`` -> ``(100000.0, None)``. The whole string must be a number (a trailing unit is not
  allowed here; use ``parse_quantity``).
- ``parse_quantity(s) -> Quantity | None``: number + optional qualifier (``~ < > ≈ ≤ ≥``) + unit,
  e.g. ``"~2.1 ± 0.1 eV"`` -> ``Quantity(2.1, 0.1, "eV", "~")``.
- ``normalize_unit(u) -> str``: canonical unit spelling (``"° C"`` -> ``"°C"``, ``"cm-1"`` -> ``"cm^-1"``,
  ``"Å"`` (angstrom sign) -> ``"Å"``, ``"kelvin"`` -> ``"K"``).
- ``convert(value, unit, target) -> float | None``: convert between units of one kind (energy, temperature,
  length, pressure, ...); ``None`` when the pair is unknown.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

__all__ = [
    "Quantity",
    "convert",
    "normalize_text",
    "normalize_unit",
    "parse_number",
    "parse_quantity",
]

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾", "0123456789+-=()")
_SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", "0123456789+-=()")
_SUP_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
# Characters used as a minus sign in PDFs.
_MINUSES = "\u2212\u2012\u2013\u2014\u2010\u2011\ufe63\uff0d"


def normalize_text(s: str) -> str:
    """Clean one string of PDF text (see module doc). Idempotent."""
    if not s:
        return ""
    s = s.translate(_SPACES).translate(_ZERO_WIDTH)
    for lig, rep in _LIGATURES.items():
        s = s.replace(lig, rep)
    s = s.replace("\u212b", "\u00c5")  # angstrom sign -> letter
    s = s.replace("\u00b5", "\u03bc")  # micro sign -> greek mu
    s = s.replace("+/-", "±").replace("+/−", "±").replace("+−", "±")
    # a unicode minus is always a minus; dashes only when they precede a digit and do not join two numbers
    s = s.replace("\u2212", "-").replace("\ufe63", "-").replace("\uff0d", "-")
    s = re.sub(rf"(?<![\w.)])[{_MINUSES}](?=\s?\d)", "-", s)
    s = re.sub(f"[{_SUP_CHARS}]+", lambda m: "^" + m.group(0).translate(_SUPERSCRIPT), s)
    s = s.translate(_SUBSCRIPT)
    return re.sub(r"\s+", " ", s).strip()


_NUM = r"[-+]?(?:\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_NUMBER_RE = re.compile(
    rf"""^\s*(?P<num>{_NUM})
    (?:\((?P<paren>\d+)\))?                                   # 3.37(2)
    (?:\s*[×xX*]\s*10\s*\^?\s*(?P<exp>[-+]?\d+))?             # 1.2 x 10^-3
    (?:\s*(?:±|\+/-|\+-)\s*(?P<pm>{_NUM})                     # 2.1 ± 0.1
       (?:\s*[×xX*]\s*10\s*\^?\s*(?P<pmexp>[-+]?\d+))?)?
    \s*$""",
    re.VERBOSE,
)


def _to_float(num: str) -> float:
    num = num.replace(" ", "")
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?([eE][-+]?\d+)?", num):
        num = num.replace(",", "")  # thousands separators
    else:
        num = num.replace(",", ".")  # decimal comma
    return float(num)


def parse_number(s: str) -> tuple[float, float | None] | None:
    """``(value, uncertainty)`` for a string that is exactly one number, else ``None``."""
    if not s:
        return None
    m = _NUMBER_RE.match(normalize_text(s).replace("^", "^"))
    if not m:
        return None
    try:
        value = _to_float(m["num"])
    except ValueError:
        return None
    unc: float | None = None
    if m["paren"]:
        mant = m["num"].split("e")[0].split("E")[0]
        decimals = len(mant.replace(",", ".").split(".")[1]) if "." in mant.replace(",", ".") else 0
        unc = int(m["paren"]) * 10.0 ** (-decimals)
        if "e" in m["num"].lower():
            unc *= 10.0 ** int(m["num"].lower().split("e")[1])
    scale = 10.0 ** int(m["exp"]) if m["exp"] else 1.0
    value *= scale
    if unc is not None:
        unc *= scale
    if m["pm"]:
        pm = abs(_to_float(m["pm"]))
        pm *= 10.0 ** int(m["pmexp"]) if m["pmexp"] else scale
        unc = pm
    if math.isnan(value) or math.isinf(value):
        return None
    return round(value, 12), (round(unc, 12) if unc is not None else None)


class Quantity(NamedTuple):
    """A parsed measurement: value, uncertainty (or None), canonical unit ('' if none), qualifier."""

    value: float
    uncertainty: float | None
    unit: str
    qualifier: str  # '', '~', '<', '>', '≤', '≥', '≈'


_QUAL_RE = re.compile(r"^\s*(?P<q>~|≈|∼|<|>|≤|≥|<=|>=|about|approx\.?|ca\.?)?\s*(?P<rest>.*)$", re.I)
_QUALS = {"∼": "~", "about": "~", "approx": "~", "approx.": "~", "ca": "~", "ca.": "~", "<=": "≤", ">=": "≥"}
_UNIT_TAIL_RE = re.compile(r"^(?P<num>.*?[\d)])\s*(?P<unit>(?:[^\d\s(±].*)?)$")


def parse_quantity(s: str) -> Quantity | None:
    """Number (with uncertainty, qualifier) and unit from e.g. ``"~2.1 ± 0.1 eV"``; ``None`` if no number."""
    text = normalize_text(s)
    m = _QUAL_RE.match(text)
    if not m:
        return None
    qual = (m["q"] or "").lower()
    qual = _QUALS.get(qual, qual)
    rest = m["rest"]
    full = parse_number(rest)
    if full:
        return Quantity(full[0], full[1], "", qual)
    # split off the longest unit tail that leaves a valid number
    for i in range(len(rest), 0, -1):
        head, tail = rest[:i], rest[i:]
        if tail and not (tail[0].isspace() or head[-1].isdigit() or head[-1] == ")"):
            continue
        if tail and tail.strip()[:1].isdigit():
            continue
        num = parse_number(head)
        if num is not None:
            unit = normalize_unit(tail)
            if unit and not re.search(r"[A-Za-zÅμΩ°%]", unit):
                return None
            if len(unit) > 20:
                return None
            return Quantity(num[0], num[1], unit, qual)
    return None


_UNIT_ALIASES = {
    "kelvin": "K", "k": "K", "°k": "K", "degc": "°C", "° c": "°C", "ºc": "°C", "oc": "°C", "celsius": "°C",
    "ev": "eV", "mev": "meV", "kev": "keV", "angstrom": "Å", "angstroms": "Å",
    "gpa": "GPa", "mpa": "MPa", "kpa": "kPa", "pa": "Pa", "kbar": "kbar", "bar": "bar",
    "nm": "nm", "pm": "pm", "um": "μm", "μm": "μm", "mm": "mm", "cm": "cm",
    "ev/atom": "eV/atom", "mev/atom": "meV/atom", "kj/mol": "kJ/mol", "kcal/mol": "kcal/mol",
    "s/cm": "S/cm", "ms/cm": "mS/cm", "percent": "%", "wt%": "wt%", "at%": "at%",
}


def normalize_unit(u: str) -> str:
    """Canonical spelling of a unit string; unknown units are returned cleaned but otherwise unchanged."""
    u = normalize_text(u).strip().strip(".,;")
    if not u:
        return ""
    u = re.sub(r"\s*\^\s*", "^", u)
    u = re.sub(r"(?<=[A-Za-z])-(\d)", r"^-\1", u)  # cm-1 -> cm^-1
    u = re.sub(r"°\s+([CFK])\b", r"°\1", u)
    return _UNIT_ALIASES.get(u.lower(), u) if u.lower() in _UNIT_ALIASES else u


# unit -> (kind, factor to SI-ish base, offset); temperature handled with offsets.
_UNITS: dict[str, tuple[str, float, float]] = {
    "eV": ("energy", 1.0, 0.0), "meV": ("energy", 1e-3, 0.0), "keV": ("energy", 1e3, 0.0),
    "J": ("energy", 6.241509074e18, 0.0), "kJ/mol": ("energy", 0.01036427, 0.0),
    "kcal/mol": ("energy", 0.0433641, 0.0),
    "eV/atom": ("energy_atom", 1.0, 0.0), "meV/atom": ("energy_atom", 1e-3, 0.0),
    "K": ("temperature", 1.0, 0.0), "°C": ("temperature", 1.0, 273.15),
    "Å": ("length", 1e-10, 0.0), "nm": ("length", 1e-9, 0.0), "pm": ("length", 1e-12, 0.0),
    "μm": ("length", 1e-6, 0.0), "mm": ("length", 1e-3, 0.0), "cm": ("length", 1e-2, 0.0), "m": ("length", 1.0, 0.0),
    "Pa": ("pressure", 1.0, 0.0), "kPa": ("pressure", 1e3, 0.0), "MPa": ("pressure", 1e6, 0.0),
    "GPa": ("pressure", 1e9, 0.0), "bar": ("pressure", 1e5, 0.0), "kbar": ("pressure", 1e8, 0.0),
    "S/cm": ("conductivity", 1.0, 0.0), "mS/cm": ("conductivity", 1e-3, 0.0), "S/m": ("conductivity", 1e-2, 0.0),
}


def convert(value: float, unit: str, target: str) -> float | None:
    """Convert ``value`` from ``unit`` to ``target`` (same kind), else ``None``."""
    a, b = _UNITS.get(normalize_unit(unit)), _UNITS.get(normalize_unit(target))
    if a is None or b is None or a[0] != b[0]:
        return None
    base = value * a[1] + a[2]
    return (base - b[2]) / b[1]
