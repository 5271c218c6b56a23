"""Material mentions in a sentence: chemical formulas (validated with pymatgen), names and acronyms.

A formula token is accepted when, after removing a phase prefix ("a-", "β-", "2H-", "g-") and
replacing stoichiometry variables (x, y, δ) and common organic cations (MA, FA), pymatgen parses it
into real elements. Names come from element names, systematic inorganic names ("zinc oxide",
"titanium dioxide") and a small lexicon of common materials; acronyms defined in the document
("Cu2ZnSnS4 (CZTS)", "indium tin oxide (ITO)") are accepted everywhere in that document.
"""

from __future__ import annotations

import functools
import re
import warnings
from dataclasses import dataclass

from chemdataextractor.nlp.tokenize import ChemWordTokenizer

_TOKENIZER = ChemWordTokenizer()


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: str  # 'formula' | 'name' | 'acronym'


@functools.lru_cache(maxsize=1)
def _elements() -> tuple[frozenset[str], dict[str, str]]:
    from pymatgen.core.periodic_table import Element

    symbols = frozenset(e.symbol for e in Element if e.Z <= 103)
    names = {e.long_name.lower(): e.symbol for e in Element if e.Z <= 103}
    names.update({"aluminium": "Al", "sulphur": "S", "caesium": "Cs"})
    return symbols, names


# symbols that are also common English words / abbreviations: never a material on their own
_AMBIGUOUS_SINGLE = {
    "As", "At", "Be", "He", "In", "No", "Am", "Bi", "Ho", "Hf", "Es", "Md", "Pa", "Po", "Ra", "Re", "Sc",
    "Ga", "Ge", "Mo", "Nb", "Tm", "Ta", "Ti", "Cm", "Pm", "Pr", "Np", "Nd", "Lu", "Cf", "Ce", "Er", "Eu",
    "Ba", "Ca", "Co", "Cu", "Fe", "Mn", "Ni", "Cr", "Pd", "Pt", "Au", "Ag", "Zn", "Cd", "Hg", "Pb", "Sn",
    "Sb", "Te", "Se", "Si", "Al", "Mg", "Na", "Li", "Cs", "Rb", "Sr", "Zr", "Ru", "Rh", "Os", "Ir", "Tl",
    "Gd", "Tb", "Dy", "Sm", "La", "Yb", "Th", "Ar", "Ne", "Kr", "Xe", "Rn", "Cl", "Br", "Ac", "Tc", "Fr",
}
# single-element symbols accepted as materials (elemental solids commonly written as symbols)
_ELEMENTAL_OK = {
    "Si", "Ge", "Fe", "Co", "Ni", "Cu", "Al", "Au", "Ag", "Pt", "Pd", "Nb", "Pb", "Sn", "Bi", "Gd", "Cr",
    "Mn", "Zn", "Ti", "Mo", "Ta", "Se", "Te", "Sb", "Ga", "Mg", "Li", "Na", "Zr", "Hf", "Ru", "Rh", "Ir",
    "Os", "Re", "Tb", "Dy", "Er", "Ho", "Ce", "La", "Nd", "Sm", "Eu", "Yb", "Lu", "Tl", "Cd", "Hg", "Sr",
    "Ca", "Ba", "Cs", "Rb", "Sc",
}
# tokens made only of one-letter element symbols are usually acronyms (UV, PV, CN, SOC ...)
_ONE_LETTER_OK = {"BN", "SiC", "NaCl", "KCl", "HfO2"}
_STOP = {
    "DFT", "GGA", "LDA", "HSE", "PBE", "GW", "BSE", "SOC", "CBM", "VBM", "DOS", "PDOS", "ARPES", "STM", "XRD",
    "XPS", "TEM", "SEM", "UV", "IR", "NIR", "PL", "EL", "LED", "FET", "CVD", "MBE", "PLD", "ALD", "RT", "AFM",
    "FM", "PM", "SC", "CDW", "SDW", "TI", "QSH", "MIT", "IV", "VI", "II", "III", "CNT", "PCE", "NMR", "EPR",
    "ESR", "ZFC", "FC", "SQUID", "VSM", "PPMS", "HOMO", "LUMO", "BZ", "SI", "PBEsol", "SCAN", "LSDA", "TB",
    "Ref", "Refs", "Fig", "Figs", "Eq", "Eqs", "Tab", "Table", "Sec", "I", "A", "K", "In", "As", "At", "Be",
    "Fermi", "Dirac", "Weyl", "Hall", "Kerr", "Raman", "Curie", "Neel", "Néel", "Bohr", "Cooper", "Mott",
    "Hubbard", "Heisenberg", "Ising", "Landau", "Zeeman", "Rashba", "Brillouin", "Debye", "Einstein", "Bose",
    "HC2", "Hc2", "HC1", "Hc1", "Hz", "kHz", "MHz", "GHz", "THz", "Pa", "kPa", "GPa", "MPa", "Oe", "kOe",
}
_PREFIX = r"(?:[A-Z]{1,2}|alpha|beta|gamma|delta|[αβγδεκθλ]|[a-z]{1,3}|\d[A-Z]'?|[0-9]+[RHTCO]|1T'|1T|2H|3R|4H|6H)-"
_VAR = re.compile(r"(?<=[A-Za-z\d)\]])(?:[xyzδ](?![a-z])|1\s?-\s?[xyzδ]|[0-9.]+\s?[-+]\s?[xyzδ])")

_MATERIAL_WORDS = {
    "graphene", "graphite", "diamond", "silicene", "germanene", "stanene", "stanane", "phosphorene",
    "borophene", "antimonene", "arsenene", "bismuthene", "tellurene", "plumbene", "graphyne", "graphdiyne",
    "hematite", "magnetite", "maghemite", "wustite", "goethite", "anatase", "rutile", "brookite", "quartz",
    "cristobalite", "corundum", "sapphire", "kesterite", "stannite", "chalcopyrite", "pyrite", "galena",
    "sphalerite", "zincblende", "wurtzite", "spinel", "perovskite", "perovskites", "fullerene", "fullerenes",
    "polyaniline", "polythiophene", "PEDOT:PSS", "P3HT", "PCBM", "Spiro-OMeTAD", "MXene", "MXenes",
    "black phosphorus", "blue phosphorus", "carbon nanotubes", "carbon nanotube", "nanotubes",
    "hexagonal boron nitride", "boron nitride", "steel", "brass", "bronze", "cuprates", "ferrite",
    "ferrites", "garnet", "olivine", "zeolite", "zeolites", "silica", "alumina", "zirconia", "ceria",
    "titania", "magnesia", "yttria", "MOF", "MOFs", "COF", "COFs", "protomene", "penta-graphene",
}
# widely used material acronyms (accepted without a definition in the document)
_ACRONYM_LEXICON = {
    "CZTS", "CZTSe", "CZTSSe", "CIGS", "CIGSe", "CIS", "ITO", "FTO", "AZO", "IGZO", "IZO", "PZT", "PMN-PT",
    "BST", "BTO", "STO", "LAO", "LSMO", "LCMO", "LSCO", "YBCO", "BSCCO", "LLZO", "LATP", "LAGP", "LGPS",
    "LiPON", "NMC", "NCM", "NCA", "LFP", "LCO", "LMO", "LTO", "LNMO", "BFO", "MAPI", "FAPI", "CNT", "CNTs",
    "SWCNT", "MWCNT", "SWNT", "MWNT", "rGO", "GO", "hBN", "h-BN", "YSZ", "GDC", "SDC", "BZY",
    "LSCF", "BSCF", "NBT", "KNN", "BNT", "BZT", "PVDF", "PEDOT", "PCBM", "P3HT", "PTAA", "CFO", "NFO", "YIG",
}
_ANION = r"(?:mono|di|tri|tetra|pent|penta|hexa|sesqui)?(?:oxides?|sulfides?|sulphides?|selenides?|tellurides?|nitrides?|carbides?|phosphides?|fluorides?|chlorides?|bromides?|iodides?|hydrides?|borides?|arsenides?|antimonides?|silicides?|hydroxides?|carbonates?|nitrates?|sulfates?|phosphates?|titanates?|niobates?|tantalates?|vanadates?|tungstates?|molybdates?|ferrites?|manganites?|cobaltites?|nickelates?|cuprates?|aluminates?|silicates?|germanates?|stannates?|zirconates?|hafnates?|chromates?|oxyhalides?|halides?|chalcogenides?|pnictides?)"
_CATION_ADJ = r"(?:cuprous|cupric|ferrous|ferric|stannous|stannic|plumbous|plumbic|mercurous|mercuric|cobaltous|cobaltic|manganous|manganic|nickelous|chromic|titanous|vanadous)"


@functools.lru_cache(maxsize=1)
def _name_regex() -> re.Pattern[str]:
    _, names = _elements()
    el = "|".join(sorted(names, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(_MATERIAL_WORDS, key=len, reverse=True))
    systematic = rf"(?:(?:{el}|{_CATION_ADJ})(?:\s*\((?:I|II|III|IV|V|VI)\))?(?:[\s-]+(?:{el}))*\s+{_ANION})"
    polymer = r"poly(?:\s?\([^()]{2,40}\)|[a-z]{4,})"
    pat = rf"(?<![\w-])(?:{systematic}|{polymer}|(?:{words})|(?:{el}))(?![\w-])"
    return re.compile(pat, re.I)


# element names that are gases or everyday words ("lead to", "hydrogen atmosphere") are not materials alone
_NOT_SOLID_NAMES = {
    "lead", "hydrogen", "helium", "nitrogen", "oxygen", "fluorine", "chlorine", "neon", "argon", "krypton",
    "xenon", "radon", "bromine", "mercury",
}
_COMPOSITE = re.compile(r"(?<![\w-])[A-Za-z][\w()]*(?:\s?[–/-]\s?[A-Za-z][\w()]*)+")

_ORGANIC = [("MA", "CH3NH3"), ("FA", "CHN2H4"), ("PEA", "C8H12N"), ("BA", "C4H12N"), ("GA", "CH6N3")]


@functools.lru_cache(maxsize=20000)
def formula_composition(token: str) -> str | None:
    """Reduced formula if ``token`` is a valid chemical formula (variables allowed), else None."""
    t = token.strip().strip(",;:.")
    if not t or len(t) > 60 or t.endswith(("-", "–")) or t.startswith("-") or not re.search(r"[A-Z]", t):
        return None
    t, n_prefix = re.subn(rf"^{_PREFIX}", "", t)
    t = re.sub(r"[-−]?(?:monolayers?|bilayers?|ML|BL|NPs?|NWs?|QDs?|films?|bulk)$", "", t)
    if re.search(r"\d?[+]|\d[+-]$|^(?:[IVX]+)\d*$", t):  # ions ("Eu3+"), roman numerals ("VI2")
        return None
    if t in _STOP or not re.fullmatch(r"[A-Za-z0-9().,\[\]·:/+\-−δ' ]+", t):
        return None
    core = t.replace("·", "").replace(" ", "")
    if re.search(r"[a-z]{3,}", re.sub(r"[xyzδ]", "", core)):  # words, not formulas
        return None
    for abbr, full in _ORGANIC:
        core = re.sub(rf"(?<![A-Za-z]){abbr}(?=[A-Z(]|$|\d)", f"({full})", core)
    core = _VAR.sub("1", core)
    core = core.replace("−", "-").replace("'", "")
    core = core.replace("[", "(").replace("]", ")")
    core = re.sub(r"[-+/:,]", "", core)
    if not core or not re.fullmatch(r"[A-Za-z0-9().]+", core):
        return None
    symbols, _ = _elements()
    parts = re.findall(r"[A-Z][a-z]?", core)
    if not parts or any(p not in symbols for p in parts):
        return None
    if re.search(r"[a-z]", re.sub(r"[A-Z][a-z]?", "", core)):
        return None
    has_digit = bool(re.search(r"\d", core))
    if len(parts) == 1 and not has_digit:
        phase = n_prefix and re.match(r"^(?:[αβγδε]|alpha|beta|gamma|delta)-", token.strip())
        if (parts[0] not in _ELEMENTAL_OK and not phase) or token.strip() in ("I", "In", "As", "At", "Be", "He", "No"):
            return None
    elif not has_digit and all(len(p) == 1 for p in parts) and t not in _ONE_LETTER_OK:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pymatgen.core import Composition

            comp = Composition(core)
            return comp.reduced_formula if comp.num_atoms > 0 else None
    except Exception:  # noqa: BLE001 - any parse failure means "not a formula"
        return None


def is_formula(token: str) -> bool:
    return formula_composition(token) is not None


_ACRONYM_DEF = re.compile(r"([A-Za-z][\w\-(),·' ]{1,60}?)\s*\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*\)")


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined for materials in ``text``: {"CZTS": "Cu2ZnSnS4", "ITO": "indium tin oxide"}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        long, abbr = m.group(1).strip(), m.group(2)
        if is_formula(abbr) or abbr in _STOP:
            continue
        last = long.split()[-1] if long.split() else ""
        if is_formula(last):
            out[abbr] = last
            continue
        nm = None
        for nm_m in _name_regex().finditer(long):
            nm = nm_m
        if nm is not None and nm.end() >= len(long) - 1:
            # initials must be compatible: first letter of the abbreviation appears in the name
            words = nm.group(0).split()
            if abbr[0].lower() in "".join(w[0].lower() for w in words if w):
                out[abbr] = nm.group(0)
    return out


def find_materials(sentence: str, acronyms: dict[str, str] | None = None) -> list[Mention]:
    """Material mentions in a sentence, in order, not overlapping."""
    acronyms = acronyms or {}
    found: list[Mention] = []
    spans = list(_TOKENIZER.span_tokenize(sentence))
    # re-join formulas split at hyphens ("AlxGa1 - xAs", "Cu2ZnSn(S,Se)4")
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a == merged[-1][1] and (sentence[a] in "-−" or sentence[merged[-1][1] - 1] in "-−"):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    for a, b in merged:
        tok = sentence[a:b]
        if is_formula(tok):
            single = len(re.findall(r"[A-Z]", tok)) == 1 and not re.search(r"\d", tok)
            if single and (
                re.match(
                    r"[\s-]*(?:alloy\w*|dop\w*|excess|deficien\w*|substitut\w*|content|atoms?|ions?|adatoms?|vacanc\w*|rich|poor|based|layers?|substrates?|sites?|concentration|incorporat\w*|addition|impurit\w*)",
                    sentence[b : b + 20],
                )
                or re.search(r"(?:%|\bat\.?|\bwt\.?|\bmol\.?)\s*$", sentence[max(0, a - 6) : a])
                or re.search(r"(?:excess|extra|doped\s+with|substitut\w+\s+(?:of|by|with)|deficien\w+|deficit)\s*$", sentence[max(0, a - 24) : a], re.I)
                or re.match(r"\s*(?:K\s?[αβa]|Kalpha|radiation|tubes?|targets?|anodes?|foils?|wires?|electrodes?|contacts?|capping)", sentence[b : b + 14])
            ):
                continue
            # unit exponents ("mJ/mol K2", "J mol-1 K-2") are not materials
            if re.search(r"(?:mol|mJ|J|/|cm|µB|emu|Oe)\s*$", sentence[max(0, a - 6) : a]):
                continue
            # structural units are not materials: "ZrS6 octahedra", "PO4 tetrahedra", "CuO2 planes"
            if re.match(r"[\s-]*(?:octahedr\w*|tetrahedr\w*|polyhedr\w*|units?\b|clusters?|groups?\b|chains?|planes?\b|sublattices?|moiet\w+|anions?|cations?|ligands?|molecules?\b|bonds?\b|dimers?|trimers?)", sentence[b : b + 16]):
                continue
            found.append(Mention(tok.rstrip(",;:."), a, a + len(tok.rstrip(",;:.")), "formula"))
        elif tok in acronyms or tok in _ACRONYM_LEXICON:
            found.append(Mention(tok, a, b, "acronym"))
        elif "-" in tok and not tok.startswith("-"):
            # hyphenated compounds: "WS2-WSe2", "graphene/hBN", "Ag-CNT"
            pieces = [p for p in re.split(r"[-/]", tok) if p]
            if len(pieces) >= 2 and all(is_formula(p) or p.lower() in _MATERIAL_WORDS for p in pieces):
                found.append(Mention(tok, a, b, "formula"))
    # composites: "Ag–CNT", "PAni–CNT–V2O5", "G/hBN", "WS2/MoS2"
    for m in _COMPOSITE.finditer(sentence):
        pieces = [p for p in re.split(r"\s?[–/-]\s?", m.group(0)) if p]
        known = [p for p in pieces if is_formula(p) or p.lower() in _MATERIAL_WORDS or p in _ACRONYM_LEXICON or p in acronyms]
        if len(pieces) >= 2 and len(known) >= 1 and all(
            p in known or re.fullmatch(r"[A-Z][A-Za-z]{0,4}", p) for p in pieces
        ) and not all(re.fullmatch(r"[IVX]+\d*|[A-Z][a-z]?", p) for p in pieces):
            found = [f for f in found if f.end <= m.start() or f.start >= m.end()]
            found.append(Mention(m.group(0), m.start(), m.end(), "formula"))
    names: list[Mention] = []
    for m in _name_regex().finditer(sentence):
        if any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
            continue
        # a structural/trivial name right next to a formula ("anatase TiO2", "zinc blende InP") is a modifier
        if any(0 <= f.start - m.end() <= 8 and re.fullmatch(r"\s*(?:blende|phase|type|structured?)?\s*", sentence[m.end() : f.start]) for f in found) or any(0 <= m.start() - f.end <= 1 for f in found):
            continue
        text = m.group(0)
        if text.lower() in _NOT_SOLID_NAMES:
            continue
        _, el_names = _elements()
        if text.lower() in el_names and not re.search(r"\b(?:of|in|for|pure|bulk|elemental|crystalline|amorphous|metallic|solid|liquid)\s+$", sentence[max(0, m.start() - 14) : m.start()], re.I) and m.start() > 0:
            # bare element names mid-sentence are usually adjectives ("iron atoms", "silicon substrate")
            nxt = sentence[m.end() : m.end() + 12].lower()
            if re.match(r"\s+(?:atoms?|ions?|sites?|substrates?|wafers?|dop\w*|content|layers?|based|vacanc\w*|-based|concentration|nanoparticles?|clusters?|doped|oxides?|adatoms?)", nxt):
                continue
        names.append(Mention(text, m.start(), m.end(), "name"))
    found.extend(names)
    found.sort(key=lambda x: x.start)
    return found


def normalise_material(name: str) -> str:
    """Comparison key: reduced formula when it parses, else a lower-cased alphanumeric form."""
    s = name.strip()
    f = formula_composition(s)
    if f:
        return f
    return re.sub(r"[^a-z0-9]", "", s.lower())


def material_aliases(name: str) -> set[str]:
    """Keys under which a material as written may be matched: "Cuprous oxide (Cu2O)" -> {cuprousoxide, Cu2O}."""
    keys: set[str] = set()
    for alt in re.split(r"\s*;\s*", str(name)):
        alt = alt.strip()
        if not alt:
            continue
        keys.add(normalise_material(alt))
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", alt)
        if m:
            keys.add(normalise_material(m.group(1)))
            keys.add(normalise_material(m.group(2)))
        for tok in re.split(r"[\s,]+", alt):
            f = formula_composition(tok)
            if f and len(re.findall(r"[A-Z]", tok)) >= 2:
                keys.add(f)
    keys.discard("")
    return keys
