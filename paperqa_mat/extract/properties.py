"""Property definitions: names, synonyms (as regexes), dimensions, display units and plausible ranges.

Add a property by adding one :class:`PropertyDef` to :data:`PROPERTIES`. ``DISTRACTORS`` lists other
quantities of the same dimension ("exciton binding energy", "annealing temperature") that compete
for nearby values so that they are not mistaken for a target property.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PropertyDef:
    name: str
    label: str
    patterns: tuple[str, ...]
    dimensions: tuple[str, ...]
    unit: str  # display / comparison unit
    plausible: tuple[float, float]  # in ``unit``
    default_unit: str | None = None  # unit assumed for a bare number in a table with a known header
    tolerance: float = 0.05  # relative disagreement tolerance used by compile_records


_GAP_Q = r"(?:direct|indirect|optical|electronic|fundamental|energy|band|transport|quasi-?particle|HOMO-LUMO|HSE|PBE|GW|Kohn-Sham|DFT|calculated|measured|experimental|minimum|nontrivial|topological|insulating|semiconducting|Mott|charge[- ]transfer|bulk|global|Γ-Γ|wide|narrow|small|large|sizable|sizeable)"
PROPERTIES: dict[str, PropertyDef] = {
    p.name: p
    for p in [
        PropertyDef(
            "band_gap",
            "band gap",
            (
                r"band[\s-]?gaps?",
                r"bandgaps?",
                r"energy[\s-]gaps?",
                r"optical[\s-]gaps?",
                rf"{_GAP_Q}(?:[\s-]+{_GAP_Q})*[\s-]+gaps?",
                r"\bE\s?_?\s?g(?:ap)?(?:\s?\((?:opt|dir|ind|direct|indirect|HSE|PBE|GW)\))?(?![a-zA-Z])",
                r"\bE\s?_?\s?(?:opt|gap)\b",
                r"\bgap(?:\s+(?:energy|value|size|width))\b",
                r"\b(?:opens?|opening|opened)\s+(?:up\s+)?(?:an?\s+)?(?:\w+\s+)?gaps?\b",
                r"(?<![\w-])gaps?(?=\s+(?:of|is|was|=|~|amounts|reaches|around|about|approaching)\b)",
                r"(?:is|was|are|were|becomes?|as|an?|of|with)\s+(?:\w+\s+){0,2}(?:semiconductor|insulator)s?",
            ),
            ("energy",),
            "eV",
            (0.0, 15.0),
            "eV",
        ),
        PropertyDef(
            "tc_superconducting",
            "superconducting transition temperature",
            (
                r"superconducting\s+(?:transition\s+|critical\s+|onset\s+)?(?:temperatures?|Tc|T_?c)",
                r"(?:critical|transition)\s+temperatures?",
                r"\bT\s?_?\s?c(?:\s?(?:onset|zero|,\s?onset|,\s?zero|\^?\s?(?:onset|zero)))?(?![a-zA-Z])",
                r"\bT\s?_?\s?c\s?(?:\(\w+\))?",
                r"superconduct\w*\s+(?:at|below|up to|above|around|near)",
            ),
            ("temperature",),
            "K",
            (0.0, 300.0),
            "K",
        ),
        PropertyDef(
            "curie_temperature",
            "Curie temperature",
            (
                r"Curie\s+(?:temperatures?|points?|transitions?)",
                r"\b(?:ferromagnetic|ferrimagnetic|FM)\s+(?:ordering\s+|transition\s+|Curie\s+|phase\s+transition\s+)?(?:temperatures?|Tc|T_?C)",
                r"\bT\s?_?\s?(?:Curie|curie|FM)(?![a-zA-Z])",
                r"(?:critical|transition|ordering)\s+temperatures?",
                r"\bT\s?_?\s?C(?![a-zA-Z])",
                r"\bT\s?_?\s?c(?![a-zA-Z])",
                r"\b(?:ferromagnetic|ferrimagnetic|ferromagnetism)\s+(?:\w+\s+){0,3}(?:at|below|up to|above|around|near|of)",
            ),
            ("temperature",),
            "K",
            (0.0, 2000.0),
            "K",
        ),
        PropertyDef(
            "neel_temperature",
            "Néel temperature",
            (
                r"N[ée]el\s+(?:temperatures?|points?|transitions?)",
                r"(?:antiferromagnetic|AFM|AF)\s+(?:ordering\s+|transition\s+|phase\s+transition\s+)?(?:temperatures?|T_?N)",
                r"\bT\s?_?\s?(?:N|Neel|Néel|AFM)(?![a-zA-Z])",
                r"antiferromagnet\w*\s+(?:\w+\s+){0,4}(?:at|below|around|near|of)",
            ),
            ("temperature",),
            "K",
            (0.0, 1500.0),
            "K",
        ),
        PropertyDef(
            "melting_point",
            "melting point",
            (r"melting\s+(?:points?|temperatures?)", r"\bT\s?_\s?m(?![a-zA-Z])", r"\bmelts?\s+at", r"\bm\.\s?p\."),
            ("temperature",),
            "K",
            (1.0, 5000.0),
            "K",
        ),
        PropertyDef(
            "lattice_parameter",
            "lattice parameter",
            (
                r"lattice\s+(?:parameters?|constants?|spacings?)",
                r"(?:unit[\s-])?cell\s+(?:parameters?|constants?|dimensions?|edges?)",
                r"(?<![\w.])[abc]\s?(?:_?0)?\s?=(?=\s*[\d.]+\s*(?:\(\d+\))?\s*(?:Å|nm|pm|Angstrom))",
                r"(?<![\w.])a\s?=\s?b\s?=(?=\s*[\d.]+)",
            ),
            ("length",),
            "Å",
            (1.0, 100.0),
            "Å",
            0.01,
        ),
        PropertyDef(
            "formation_energy",
            "formation energy",
            (
                r"formation\s+(?:energy|energies|enthalpy|enthalpies)",
                r"(?:energy|energies|enthalpy|enthalpies|heats?)\s+of\s+formation",
                r"ΔH_?f|ΔH\s?_?\s?f|\bE\s?_?\s?(?:f|form)(?![a-zA-Z])",
            ),
            ("energy_per_atom", "energy_per_fu"),
            "eV/atom",
            (-20.0, 10.0),
            "eV/atom",
        ),
        PropertyDef(
            "ionic_conductivity",
            "ionic conductivity",
            (
                r"ionic\s+conductivit(?:y|ies)",
                r"(?:Li|Na|K|Mg|Zn|proton|oxide[- ]ion|oxygen[- ]ion|lithium[- ]ion|sodium[- ]ion|ion|Li\+|Na\+|H\+|O2-)[\s-]+(?:ion\s+)?conductivit(?:y|ies)",
                r"total\s+conductivit(?:y|ies)",
            ),
            ("conductivity",),
            "S/cm",
            (1e-14, 1e3),
            "S/cm",
            0.1,
        ),
        PropertyDef(
            "electrical_conductivity",
            "electrical conductivity",
            (
                r"(?:electrical|electronic|electric|DC|dc|room[\s-]temperature)\s+conductivit(?:y|ies)",
                r"(?<!ionic\s)(?<!thermal\s)(?<!ion\s)\bconductivit(?:y|ies)",
                r"\bσ(?:\s?_?\s?(?:e|el|DC|RT))?(?![a-zA-Z])",
            ),
            ("conductivity",),
            "S/cm",
            (1e-14, 1e8),
            "S/cm",
            0.1,
        ),
        PropertyDef(
            "pce",
            "power-conversion efficiency",
            (
                r"power[\s-]conversion\s+efficienc(?:y|ies)",
                r"\bPCEs?\b",
                r"(?:conversion|solar[\s-]cell|device|cell|photovoltaic)\s+efficienc(?:y|ies)",
                r"\befficienc(?:y|ies)\s+(?:of|as high as|up to|reaching|exceeding|above)",
            ),
            ("fraction",),
            "%",
            (0.0, 100.0),
            "%",
        ),
    ]
}

# Competing quantities of the same dimension (not extracted; they only claim nearby values).
DISTRACTORS: dict[str, tuple[str, ...]] = {
    "energy": (
        r"binding\s+energ(?:y|ies)",
        r"work\s+functions?",
        r"Fermi\s+(?:level|energy)",
        r"photon\s+energ(?:y|ies)",
        r"(?:activation|adsorption|exchange|cohesive|kinetic|ionization|excitation|formation|migration|barrier|cutoff|cut-off|charging|reorganization|correlation|Zeeman|Rashba|hopping|phonon|plasmon|Urbach|Coulomb|Hubbard|total|interaction|magnetic|anisotropy|defect|trap|transition|emission|absorption|photoluminescence|PL|peak|pump|probe|laser|incident|band|valence|conduction|resonance|Debye|Fermi|electron|hole)\s+energ(?:y|ies)",
        r"(?:energy\s+)?barriers?",
        r"band\s*widths?|bandwidths?",
        r"(?:spin[\s-]orbit|crystal[\s-]field|exchange|valley|Zeeman|Rashba|Davydov|band)\s+splittings?",
        r"splittings?",
        r"(?:band|conduction[\s-]band|valence[\s-]band)\s+offsets?",
        r"electron\s+affinit(?:y|ies)",
        r"(?:superconducting|spin|charge|pseudo|Zeeman|hybridi[sz]ation|Mott-Hubbard|Haldane|SC|pairing|Dirac|exchange|mass|phonon|magnon|spin-wave|CDW|Peierls|Kondo|Landau)\s*-?\s*gaps?",
        r"pseudogaps?",
        r"\b(?:U|J|U_?eff|Ueff|J_?H|Δ_?SO|λ|t)\s*=",
        r"(?:VBM|CBM|valence[\s-]band\s+maximum|conduction[\s-]band\s+minimum)",
        r"(?:peak|peaks|maximum|onset|edge)\s+(?:at|located|centered|positioned|around)",
        r"(?:shift|shifted|shifts|raises?|lowers?|moves?|reduc\w+|increas\w+|decreas\w+|narrow\w*|widen\w*)\s+(?:\w+\s+){0,4}by",
        r"\bDelta\s?E|\bΔ\s?E",
        r"h\s?[νv]|ħ\s?ω",
        r"exciton(?:ic)?\s+(?:peak|resonance|binding|energy|level)",
        r"(?:stabilization|relaxation|stacking|surface|cleavage|Gibbs|free)\s+energ(?:y|ies)",
        r"\bmagnetic\s+anisotrop\w+",
        r"Urbach(?:\s+(?:tail|energy|energies|edge|parameter))?|\bE\s?_?\s?U\b",
    ),
    "temperature": (
        r"(?:annealing|annealed|growth|grown|substrate|sintering|sintered|calcination|calcined|deposition|deposited|synthesis|synthesized|reaction|heated|heating|cooled|cooling|processing|treatment|treated|decomposition|evaporation|crystallization|Debye|glass[\s-]transition|blocking|freezing|spin[\s-]glass|Verwey|structural|charge[\s-]ordering|Kondo|coherence|Morin|spin[\s-]reorientation|CDW|Peierls|Boiling|boiling|temperature\s+of\s+measurement)\s+(?:\w+\s+){0,2}(?:at|temperatures?|of|to|from|up\s+to|between|for)?",
        r"(?:measured|recorded|performed|obtained|taken|collected|carried\s+out|held|kept|operated|operating|stable|stability)\s+(?:\w+\s+){0,3}(?:at|up\s+to|below|above)",
        r"\bT\s?_?\s?(?:D|g|B|f|s|CO|MI|MIT|CDW|SDW|V|K|coh|max|min|sub|ann|onset\s+of)(?![a-zA-Z])",
        r"\bΘ\s?_?\s?(?:D|CW|p)|\bθ\s?_?\s?(?:D|CW|p)",
        r"Curie[\s-]Weiss\s+temperatures?|Weiss\s+temperatures?|paramagnetic\s+Curie",
        r"\b(?:from|between)\b",
        r"metal[\s-]insulator\s+transition|Verwey\s+transition|structural\s+transition|charge[\s-]order\w*",
        r"[Δ∆]\s?T\s?_?\s?[A-Za-z]*|transition\s+widths?|\bwidths?\b",
        r"(?<![\w.])T\s?=(?=\s*~?\s*\d)",
    ),
    "length": (
        r"(?:thickness|thick|diameter|radius|size|length|width|height|wavelength|distance|spacing|roughness|depth|separation|bond\s+lengths?|bond|period|pitch|layer|film|particle|grain|crystallite|interlayer|d-spacing)",
        r"(?:Mn|Fe|Co|Ni|Cu|Ti|O|Li|Na)-(?:O|N|S|Se)\b",
    ),
    "conductivity": (r"thermal\s+conductivit(?:y|ies)",),
    "fraction": (
        r"(?:yield|porosity|doping|concentration|content|fraction|loading|percentage|humidity|strain|selectivity|retention|Coulombic\s+efficiency|coulombic\s+efficiency|quantum\s+(?:yield|efficiency)|EQE|IQE|fill\s+factor|FF|transmittance|reflectance|absorbance|absorption|increase|decrease|improvement|enhancement|reduction|degradation|loss|error|deviation|accuracy|precision|recall|wt|at\.|mol|vol|weight|atomic|molar)",
        r"\b(?:by|of\s+about|about|nearly|almost|over)\s*$",
    ),
    "energy_per_atom": (r"(?:adsorption|binding|migration|activation|vacancy|defect|segregation|cohesive|surface|decomposition|hull)\s+energ(?:y|ies)", r"above\s+(?:the\s+)?(?:convex\s+)?hull"),
}

ALIASES = {
    "bandgap": "band_gap",
    "gap": "band_gap",
    "eg": "band_gap",
    "tc": "tc_superconducting",
    "superconducting_tc": "tc_superconducting",
    "superconducting_temperature": "tc_superconducting",
    "critical_temperature": "tc_superconducting",
    "curie": "curie_temperature",
    "curie_point": "curie_temperature",
    "neel": "neel_temperature",
    "néel_temperature": "neel_temperature",
    "melting_temperature": "melting_point",
    "tm": "melting_point",
    "lattice_constant": "lattice_parameter",
    "lattice_parameters": "lattice_parameter",
    "lattice_constants": "lattice_parameter",
    "formation_enthalpy": "formation_energy",
    "ionic_conduct": "ionic_conductivity",
    "conductivity": "electrical_conductivity",
    "electronic_conductivity": "electrical_conductivity",
    "power_conversion_efficiency": "pce",
    "efficiency": "pce",
}

def resolve_property(name: str) -> str:
    """Canonical property name for a user-given name ("Band gap", "Tc", "néel") or ValueError."""
    key = re.sub(r"[\s\-]+", "_", name.strip().lower())
    if key in PROPERTIES:
        return key
    if key in ALIASES:
        return ALIASES[key]
    raise ValueError(f"unknown property {name!r}; known: {', '.join(sorted(PROPERTIES))}")


def parse_property_list(spec: str | list[str] | None) -> list[str]:
    """"band_gap,tc" -> ['band_gap', 'tc_superconducting']; None -> all properties."""
    if not spec:
        return list(PROPERTIES)
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    return list(dict.fromkeys(resolve_property(s) for s in items if s.strip()))


def mention_spans(text: str, properties: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, property-or-'distractor:<dim>') for every property/distractor mention in ``text``."""
    out: list[tuple[int, int, str]] = []
    dims: set[str] = set()
    for name in properties:
        p = PROPERTIES[name]
        dims.update(p.dimensions)
        for pat in p.patterns:
            flags = 0 if _is_symbol(pat) else re.I
            for m in _rx(pat, flags).finditer(text):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), name))
    for dim in dims:
        for pat in DISTRACTORS.get(dim, ()):
            flags = 0 if _is_symbol(pat) else re.I
            for m in _rx(pat, flags).finditer(text):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), f"distractor:{dim}"))
    return out


_RX: dict[tuple[str, int], re.Pattern[str]] = {}


def _rx(pat: str, flags: int) -> re.Pattern[str]:
    key = (pat, flags)
    if key not in _RX:
        _RX[key] = re.compile(pat, flags)
    return _RX[key]


def _is_symbol(pat: str) -> bool:
    """Patterns for symbols (Tc, TN, E_g, σ, a =) must keep their case."""
    return pat.startswith(r"\bT") or pat.startswith(r"\bE") or pat.startswith("(?<![\\w.])") or pat.startswith(
        r"\bσ"
    ) or pat.startswith(r"\bΘ") or pat.startswith("ΔH") or pat.startswith(r"\b(?:U|J") or pat.startswith(
        r"\bPCE"
    ) or pat.startswith(r"\bDelta") or pat.startswith(r"\bη") or pat.startswith("(?:VBM")
