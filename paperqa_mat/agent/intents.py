"""Read a request: what the user wants done (intents), which materials (formulas) and which properties.

Everything here is deterministic and works on the USER's words only; text from papers or tools never
passes through it, so a document cannot change what the agent decides to do.

>>> r = parse_request("Predict the band gap of BaZrS3 and compare with what my papers report")
>>> [i.name for i in r.intents], r.formulas, r.predict_properties
(['predict', 'records', 'papers'], ['BaZrS3'], ['band_gap'])
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

# --------------------------------------------------------------------------- intents
# Each intent: regexes whose first match position orders the plan (what the user said first runs first).
# how many: digits, number words and quantity phrases ("a pair of", "half a dozen")
_COUNT = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:couple|pair)(?:\s+of)?|"
          r"couple\s+of|pair\s+of|half\s+a\s+dozen|a\s+dozen|dozen|a\s+few|few|several|some)")
# a formula as typed (case-sensitive even in case-insensitive patterns): two element tokens or more
_FORMULA_WORD = r"(?-i:[A-Z][a-z]?\d*(?:\.\d+)?[A-Z(][A-Za-z0-9().]*)"
_STRUCTURE_NOUN = r"(?:structures?|structs?|polymorphs?|cifs?|unit\s+cells?|crystal\s+structures?)"
_GEN_VERB = r"(?:(?:generat|propos|sampl|design|creat|build|enumerat|produc|giv|writ|output|make|suggest)\w*|gen)"
INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "generate": (
        rf"\b{_GEN_VERB}\s+(?:me\s+)?(?:{_COUNT}\s+)?"
        r"(?:(?:\d+|a|an|one|two|three|four|five|ten|few|some|several|new|candidate|possible|plausible|hypothetical|"
        r"the|novel|its?|their|more|additional|(?:[A-Z][A-Za-z0-9().]*))\s+){0,3}(?:crystal\s+|candidate\s+|trial\s+|new\s+)?"
        rf"{_STRUCTURE_NOUN}\b"
        r"(?!\s+(?:features?|descriptors?|fingerprints?|properties|data|types?)\b)",
        # "create 3 CsPbI3 candidates": a generation verb, a count and a formula make "candidates" structures
        rf"\b{_GEN_VERB}\s+(?:me\s+)?(?:{_COUNT}\s+)?(?:(?:new|more|possible|plausible|hypothetical)\s+)?"
        rf"{_FORMULA_WORD}\s+(?:candidates?|variants?)\b",
        # no verb: "I'd like four GaN structures", "3 new TiO2 polymorphs in I4_1/amd, please" (a wish, or the
        # count opens the request; "my papers compare 3 TiO2 structures" is not a request)
        r"(?:^\s*|(?<=[.!?;:])\s*|\b(?:i'?d\s+like|i\s+would\s+like|i\s+want|i\s+need|we\s+need|we'?d\s+like|"
        r"give\s+me|get\s+me|(?:can|could|may)\s+(?:i|we)\s+(?:get|have)|please)\s+)"
        rf"{_COUNT}\s+"
        rf"(?:(?:new|more|candidate|possible|plausible|hypothetical)\s+)?{_FORMULA_WORD}\s+"
        rf"(?:(?:crystal|candidate|trial)\s+)?(?:{_STRUCTURE_NOUN}|candidates?)\b",
        r"\b(?:crystal\s+)?structure\s+generat\w*",
        r"\bcandidate\s+(?:crystal\s+)?structures?\b",
        r"\bcifs?\s+(?:files?\s+)?for\b",
        r"\bgenerat\w*\b(?=.{0,60}\b(?:space\s+group|spacegroup|polymorph|cif)\b)",
        r"\bstructure\s+predict\w*",
        r"\b(?:generator|crystallm)\b",
    ),
    "featurise": (
        r"\bfeaturi[sz]\w*",
        r"\bdescriptors?\b",
        r"\bfeature\s+vectors?\b",
        r"\b(?:composition(?:al)?|magpie|structur(?:e|al))\s+features?\b",
        r"\bfeatures?\s+(?:of|for)\b",
        r"\bfingerprints?\b",
        r"\bembeddings?\s+(?:of|for)\b",
    ),
    "predict": (
        r"\bpredict(?!\w*\s+(?:crystal\s+)?structures?\b)\w*",
        r"\bestimat\w*",
        r"\bforecast\w*",
        r"\bmachine[-\s]learn\w*",
        r"\bml\s+(?:model|prediction|estimate)s?\b",
        r"\b(?:the\s+)?models?(?:'s)?\s+(?:predict|say|think|give|expect)\w*",
        r"\bwhat\s+would\s+(?:the|your|a)\s+model\b",
        r"\b(?:your|the|an?|our)\s+(?:ml\s+|prediction\s+|predictive\s+|trained\s+|machine[-\s]learning\s+)?models?\b"
        r"(?!\s+(?:system|compound|material|catalyst)s?\b)",
        r"\b(?:predictor|regressor|classifier)s?\b",
        r"\b(?:band[\s-]?gap|formation[\s-]energy|metal(?:licity)?|is_metal|property)\s+(?:prediction\s+)?models?\b",
        r"\bscreen\s+(?:these|the|some|them)\b",
        r"\brank\s+(?:these|the|them)\b",
    ),
    "search": (
        r"\b(?:find|search|locate|show|list|retrieve|look\s+up|pull\s+up|pull\s+out|get|give|fetch|bring\s+up|quote|dig\s+up|"
        r"surface|point\s+(?:me\s+)?to)\s+(?:me\s+)?(?:all|every|any|some)?\s*(?:of\s+)?(?:the\s+)?"
        r"(?:relevant\s+)?(?:passages?|excerpts?|paragraphs?|mentions?|pages?|snippets?|sentences?|quotes?|papers?)\b",
        r"\bsearch\s+(?:(?:through|in|within)\s+)?(?:my|the)\s+(?:papers?|library|index|pdfs?|documents?|corpus)\b",
        r"\bsearch\s+(?:for|through|across)\b",
        r"\b(?:mentions?|occurrences?)\s+of\b",
        r"\bwhich\s+(?:of\s+(?:my|the|these|our)\s+)?(?:papers?|pages?|documents?|pdfs?|articles?)\s+"
        r"(?:mention|discuss|talk|describe|cover|contain|use|report|study)",
        r"\bwhere\s+(?:in\s+my\s+papers\s+)?(?:is|are|do|does)\b.{0,60}\b(?:mentioned|discussed|described)\b",
        r"\bwhere\s+(?:exactly\s+)?(?:do|does|did)\s+(?:my|the|these|our|any\s+of\s+my)\s+(?:papers?|pdfs?|documents?|authors?|articles?)"
        r"\s+(?:discuss|mention|describe|talk|cover|report|use|show|measure)",
        r"\b(?:passages?|excerpts?|paragraphs?|snippets?|quotes?|sentences?)\s+(?:that|which|where)\s+(?:mention|discuss|describe|talk)",
        r"\b(?:find|show|locate|tell)\s+(?:me\s+)?(?:where|which\s+(?:pages?|passages?|papers?))\b",
    ),
    "records": (
        r"\b(?:compile|tabulate|collect|gather|extract|aggregate|list|summari[sz]e)\s+(?:\S+\s+){0,6}?"
        r"(?:values?|records?|data|numbers?|measurements?)\b",
        r"\b(?:all|every)\s+(?:the\s+)?(?:reported|published|measured)\s+(?:\S+\s+){0,3}?(?:values?|numbers?|measurements?)\b",
        r"\b(?:reported|published|literature|measured|experimental)\s+(?:\S+\s+){0,3}?values?\b",
        r"\bvalues?\s+(?:reported|published|measured|found)\b",
        # "what values of the band gap have been measured for X", "which Tc values were reported"
        r"\b(?:what|which)\s+(?:\S+\s+){0,3}?values?\b(?=.{0,80}\b(?:measured|reported|published|observed|obtained)\b)",
        r"\btable\s+of\b",
        r"\bwhich\s+(?:compositions?|materials?|compounds?|samples?|films?|phases?|perovskites?)\b",
        r"\bcompare\b.{0,80}\b(?:papers?|literature|reported|published|experiment\w*|measure\w*)\b",
        r"\b(?:papers?|literature)\b.{0,40}\bcompare\b",
        r"\bdo\s+(?:my|the)\s+papers?\s+(?:agree|disagree)\b",
        r"\b(?:agree|disagree|consistent)\b.{0,40}\b(?:papers?|literature|reported)\b",
    ),
    "papers": (
        r"\b(?:my|the|these|our|indexed)\s+(?:papers?|pdfs?|library|documents?|literature|articles?|sources?|corpus|index|"
        r"collection)\b",
        r"\bpapers?\s+(?:say|report|find|found|state|claim|show|mention|measure|give)\w*",
        r"\bliterature\b",
        r"\baccording\s+to\b(?!\s+(?:your|the|a|an|our)\s+(?:ml\s+|prediction\s+|trained\s+|machine[-\s]learning\s+)?models?\b)",
        r"\b(?:reported|published)\b",
        r"\bwhat\s+(?:do|does|did)\s+(?:the\s+)?(?:authors?|studies|study|papers?|experiments?)\b",
        r"\bwith\s+citations?\b|\bcite\b|\bcitations?\b|\breferences?\b",
        r"\bexperimental(?:ly)?\b",
    ),
}
_INTENT_RX = {k: [re.compile(p, re.I) for p in v] for k, v in INTENT_PATTERNS.items()}

# Property names a user may type for the three predictors.
PREDICT_PROPERTY_PATTERNS: dict[str, str] = {
    "band_gap": r"\bband[\s-]?gaps?\b|\bbandgaps?\b|\b(?:optical|electronic|energy)\s+gaps?\b|\bE_?g\b|\bgaps?\b",
    "formation_energy": r"\bformation[\s-]+(?:energy|energies|enthalpy|enthalpies)\b|\bheats?\s+of\s+formation\b|\bΔ\s?H_?f\b",
    "is_metal": r"\bmetallic(?:ity)?\b|\bis_metal\b|\b(?:a\s+)?metals?\s+or\s+(?:an?\s+)?(?:non-?metals?|insulators?|semiconductors?|not)\b|"
    r"\b(?:non-?metal|insulator|semiconductor)\s+or\s+(?:a\s+)?metal\b|\bmetal/non-?metal\b|\b(?:is|are)\s+(?:\w+\s+)?(?:a\s+)?metals?\b|"
    r"\b(?:be|being)\s+(?:a\s+)?metal(?:s|lic)?\b|\bas\s+(?:a\s+)?(?:metals?|metallic|non-?metals?|insulators?)\b",
}
_PREDICT_PROP_RX = {k: re.compile(v, re.I) for k, v in PREDICT_PROPERTY_PATTERNS.items()}
PREDICTABLE = tuple(PREDICT_PROPERTY_PATTERNS)

_PRONOUN = re.compile(r"\b(?:it|its|it's|this|that|these|those|them|they|their|same|the\s+(?:material|compound|"
                      r"composition|formula|phase)s?)\b", re.I)
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
              "a pair of": 2, "a pair": 2, "pair of": 2, "half a dozen": 6, "a dozen": 12, "dozen": 12, "a few": 3,
              "few": 3, "several": 5}

# --------------------------------------------------------------------------- formulas
_ELEMENT_TOKEN = r"[A-Z][a-z]?(?:\d+(?:\.\d+)?)?"
_GROUP = rf"\((?:{_ELEMENT_TOKEN})+\)(?:\d+(?:\.\d+)?)?"
_FORMULA = re.compile(rf"(?<![A-Za-z0-9_\-/])((?:{_ELEMENT_TOKEN}|{_GROUP})+)(?![A-Za-z0-9_])"
                      r"(?!-(?:doped|substituted|rich|poor|based|free|site|containing|alloyed|deficient|excess)\b)"
                      r"(?!\s*-?\s*(?:doping|dopants?|substitution|co-?doping|alloying|incorporation)\b)")
# bare element symbols accepted as materials (others read as words: In, As, Be, He, No ...)
_ELEMENTAL_OK = {"Si", "Ge", "Cu", "Fe", "Al", "Ni", "Co", "Ti", "Nb", "Sn", "Bi", "Se", "Te", "Mo", "Mg", "Zn", "Ag",
                 "Au", "Pt", "Pd", "Cr", "Mn", "Ta", "Zr", "Ga", "Li", "Na", "Pb", "Sb", "Cd", "Hf", "Ir", "Ru", "Rh",
                 "Ca", "Sr", "Ba", "La", "Ce", "Gd", "Nd", "Sm", "Eu", "Yb", "Re", "Os", "Sc"}
_ALLCAPS_OK = {"BN", "BP", "KF", "KI", "NaCl", "CO", "CS2", "HF"}


@lru_cache(maxsize=1)
def _element_symbols() -> frozenset[str]:
    from pymatgen.core.periodic_table import Element

    return frozenset(e.symbol for e in Element if e.Z <= 103)


def _is_formula(token: str) -> bool:
    symbols = re.findall(r"[A-Z][a-z]?", token)
    if not symbols or any(s not in _element_symbols() for s in symbols):
        return False
    has_digit = any(ch.isdigit() for ch in token)
    if len(set(symbols)) == 1 and not has_digit:
        return token in _ELEMENTAL_OK  # a bare element symbol: only common elemental solids
    if not has_digit and not any(ch.islower() for ch in token) and token not in _ALLCAPS_OK:
        return False  # CIF, ICP, UV, SOC, BCS ... are acronyms, not compounds
    try:
        from pymatgen.core import Composition

        comp = Composition(token)
    except Exception:  # noqa: BLE001 - pymatgen raises several types for odd strings
        return False
    return comp.num_atoms > 0 and all(getattr(e, "symbol", "") in _element_symbols() for e in comp.elements)


# organic cations written as abbreviations in hybrid perovskites ("MAPbI3", "FA0.85MA0.15PbI3")
ORGANIC_CATIONS = {"MA": "CH3NH3", "FA": "CH(NH2)2", "GA": "C(NH2)3", "PEA": "C6H5C2H4NH3"}
_ORGANIC_RX = re.compile(rf"(?<![A-Za-z])({'|'.join(sorted(ORGANIC_CATIONS, key=len, reverse=True))})(?=[A-Z(\d]|$)")


def expand_organic_cations(token: str) -> str:
    """"MAPbI3" -> "(CH3NH3)PbI3": abbreviations the models cannot read, spelled out as formulas."""
    return _ORGANIC_RX.sub(lambda m: f"({ORGANIC_CATIONS[m.group(1)]})", token)


def find_formulas(text: str) -> list[str]:
    """Chemical formulas in ``text`` (regex candidates validated with pymatgen), in order, de-duplicated.
    Organic-cation abbreviations (MA, FA, GA, PEA) are spelled out, so "MAPbI3" gives "(CH3NH3)PbI3"."""
    text = _strip_spacegroups(text or "")
    out: list[str] = []
    for m in _FORMULA.finditer(text):
        tok = m.group(1)
        if len(tok) > 40 or tok in out:
            continue
        if _is_formula(tok):
            out.append(tok)
            continue
        expanded = expand_organic_cations(tok)
        if expanded != tok and expanded not in out and _is_formula(expanded):
            out.append(expanded)
    return out


_STRUCTURE_FILE = re.compile(r"(?<![\w/.~-])((?:~|\.{1,2})?[\w./~-]*?(?:[\w-]+\.(?:cif|vasp|poscar)|(?:POSCAR|CONTCAR)[\w.-]*))"
                             r"(?![\w/])", re.I)


def find_structure_files(text: str) -> list[str]:
    """Structure files named in ``text`` ("featurise ./data/BaZrS3.cif", "predict for POSCAR")."""
    return list(dict.fromkeys(m.group(1) for m in _STRUCTURE_FILE.finditer(text or "")))


# --------------------------------------------------------------------------- space groups
_SG_CANDIDATE = re.compile(r"(?<![\w/])([PIFCABR](?:[\d\-_/]?[\dmcnabde/\-_]){0,10})(?![\w/])")
_SG_CONTEXT = re.compile(r"(?:space[\s-]?group|spacegroup|\bsg|symmetry)\s*(?:no\.?|number|#)?\s*$", re.I)
_SG_NUMBER = re.compile(r"(?:space[\s-]?group|spacegroup|\bsg)\s*(?:no\.?|number|#)?\s*(\d{1,3})\b", re.I)


@lru_cache(maxsize=1024)
def _valid_spacegroup(symbol: str) -> bool:
    from pymatgen.symmetry.groups import SpaceGroup

    try:
        SpaceGroup(symbol)
    except Exception:  # noqa: BLE001 - pymatgen raises ValueError/KeyError for unknown symbols
        return False
    return True


def _spacegroup_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _SG_CANDIDATE.finditer(text):
        sym = m.group(1).strip()
        if len(sym) < 2:
            continue
        plain = re.fullmatch(r"[PIFCABR]\d+", sym) is not None
        if plain and not _SG_CONTEXT.search(text[: m.start()]):
            continue  # P1, I4 ... only right after "space group"
        if re.fullmatch(r"[A-Z][a-z]?\d*", sym) and not plain:
            continue  # looks like an element (Ca, Br ...)
        if not _valid_spacegroup(sym):
            continue
        out.append((m.start(1), m.start(1) + len(sym), sym))
    return out


def spacegroup_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, symbol) of each space-group symbol in ``text`` ("P6_3/mmc", "Pnma", "Fm-3m"), e.g. to keep
    other readers from taking part of a symbol for a word or a name ("3/mmc" in "P6_3/mmc")."""
    return _spacegroup_spans(text or "")


def _strip_spacegroups(text: str) -> str:
    for a, b, _ in reversed(_spacegroup_spans(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def find_spacegroup(text: str) -> str | None:
    """A space group named in ``text`` ("Pnma", "P6_3/mmc", "space group 62"), or None."""
    spans = _spacegroup_spans(text or "")
    if spans:
        return spans[0][2]
    m = _SG_NUMBER.search(text or "")
    if m and 1 <= int(m.group(1)) <= 230:
        from pymatgen.symmetry.groups import SpaceGroup

        return SpaceGroup.from_int_number(int(m.group(1))).symbol
    return None


# --------------------------------------------------------------------------- properties
def find_predict_properties(text: str) -> list[str]:
    """Predictor properties named in ``text`` (band_gap, formation_energy, is_metal), in order of mention."""
    hits = []
    for name, rx in _PREDICT_PROP_RX.items():
        m = rx.search(text or "")
        if m:
            hits.append((m.start(), name))
    return [n for _, n in sorted(hits)]


_NAMED_PROPERTY = re.compile(r"\b(?:predict|estimat|forecast|comput|calculat)\w*\s+(?:the\s+|its\s+|their\s+)?"
                             r"([a-z][a-z\- ]{2,40}?)\s+(?:of|for)\b"
                             # "what Seebeck coefficient does your model predict for X"
                             r"|\bwhat(?:'s|\s+is)?\s+(?:the\s+)?([a-z][a-z\- ]{2,40}?)\s+(?:does|do|would|will|did|can)\s+"
                             r"(?:the|your|a|an|our)\s+(?:\w+\s+)?models?\s+(?:predict|estimat|give|say|expect)", re.I)
_GENERIC_PROPERTY = re.compile(r"^(?:(?:key|main|basic|some|all|any|other|physical|material|electronic)\s+)*"
                               r"(?:propert(?:y|ies)|values?|behaviou?r|everything|characteristics|numbers?|results?)$", re.I)
_PROPERTY_SPELLINGS = {"band gap": "band_gap", "bandgap": "band_gap", "formation energy": "formation_energy",
                       "formation enthalpy": "formation_energy", "metallicity": "is_metal"}
_STABILITY = re.compile(r"^(?:(?:thermodynamic|energetic|phase)\s+)?(?:stability|energy)$", re.I)


def named_property(text: str) -> str | None:
    """The property a prediction request names when none of the predictors' properties is named:
    "formation_energy" for stability, None for generic words ("the properties of"), else the phrase
    ("bulk modulus") so the planner can say there is no model for it."""
    m = _NAMED_PROPERTY.search(text or "")
    if not m:
        return None
    phrase = " ".join((m.group(1) or m.group(2)).split())
    if _GENERIC_PROPERTY.match(phrase):
        return None
    if _STABILITY.match(phrase):
        return "formation_energy"
    close = difflib.get_close_matches(phrase.lower(), list(_PROPERTY_SPELLINGS), n=1, cutoff=0.8)
    if close:  # a typo of a predictable property ("formation enrgy")
        return _PROPERTY_SPELLINGS[close[0]]
    return phrase


def find_record_properties(text: str) -> list[str]:
    """Properties the record extractor knows (band_gap, tc_superconducting, ...) named in ``text``."""
    from paperqa_mat.extract.properties import PROPERTIES, mention_spans

    seen: dict[str, int] = {}
    for a, _b, prop in mention_spans(text or "", list(PROPERTIES)):
        if prop in PROPERTIES and prop not in seen:
            seen[prop] = a
    # "Tc" is matched as both superconducting Tc and Curie temperature: keep the one the words name
    if "tc_superconducting" in seen and "curie_temperature" in seen and not re.search(r"curie", text, re.I):
        del seen["curie_temperature"]
    return sorted(seen, key=seen.get)


def property_label(prop: str) -> str:
    try:
        from paperqa_mat.extract.properties import PROPERTIES

        if prop in PROPERTIES:
            return PROPERTIES[prop].label
    except ImportError:  # pragma: no cover
        pass
    return {"is_metal": "metal/non-metal character"}.get(prop, prop.replace("_", " "))


# --------------------------------------------------------------------------- the parsed request
@dataclass
class Intent:
    name: str
    position: int
    cue: str


@dataclass
class ParsedRequest:
    text: str
    intents: list[Intent] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    formulas_from_history: bool = False
    structures: list[str] = field(default_factory=list)  # structure files named in the request
    predict_properties: list[str] = field(default_factory=list)
    record_properties: list[str] = field(default_factory=list)
    spacegroup: str | None = None
    n_structures: int | None = None

    def has(self, name: str) -> bool:
        return any(i.name == name for i in self.intents)

    @property
    def names(self) -> list[str]:
        return [i.name for i in self.intents]


# tool verbs read through one-letter typos ("predcit", "genrate", "extarct"); words that merely start with
# one of the stems ("predicted", "searches") are spelled right already
_TOOL_VERBS = ("predict", "generate", "featurise", "featurize", "extract", "estimate", "search", "summarise",
               "summarize", "tabulate", "compile")
_TOOL_STEMS = ("predict", "generat", "featuri", "extract", "estimat", "search", "summari", "tabulat", "compil")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def fix_tool_verb_typos(text: str) -> str:
    """"predcit formation energy for X" -> "predict formation energy for X" (one typo, words of 6+ letters)."""
    def fix(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if len(low) < 6 or low.startswith(_TOOL_STEMS):
            return w
        for verb in _TOOL_VERBS:
            if low[0] == verb[0] and _one_edit(low, verb):
                return verb
        return w

    return re.sub(r"[A-Za-z]+", fix, text or "")


def detect_intents(text: str) -> list[Intent]:
    """Intents in order of their first cue in the text (tool verbs read through one-letter typos)."""
    text = fix_tool_verb_typos(text)
    found = []
    for name, rxs in _INTENT_RX.items():
        best = None
        for rx in rxs:
            m = rx.search(text or "")
            if m and (best is None or m.start() < best.start()):
                best = m
        if best is not None:
            found.append(Intent(name, best.start(), best.group(0)))
    return sorted(found, key=lambda i: i.position)


def _n_structures(text: str) -> int | None:
    m = re.search(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+a\s+dozen|"
                  r"a\s+dozen|dozen|a\s+(?:couple|pair)(?:\s+of)?|(?:couple|pair)\s+of|a few|several)\s+"
                  r"(?:\S+\s+){0,3}?(?:structures?|structs?|polymorphs?|cifs?|candidates?|samples?)\b", text, re.I)
    if not m:
        single = re.search(r"\b(?:a|an|one|a\s+single)\s+(?:\w+\s+){0,2}?(?:structure|struct|polymorph|cif|candidate)\b(?!s)",
                           text, re.I)
        return 1 if single else None
    raw = " ".join(m.group(1).lower().split())
    return int(raw) if raw.isdigit() else _NUM_WORDS.get(raw)


def parse_request(request: str, history: list[str] | None = None) -> ParsedRequest:
    """Intents, formulas, properties, space group and structure count of a request.

    Formulas come from the request; a follow-up that only says "it"/"them" takes the formulas of the
    most recent earlier user turn that named some.
    """
    text = request or ""
    r = ParsedRequest(text=text)
    r.intents = detect_intents(text)
    r.structures = find_structure_files(text)
    r.formulas = find_formulas(_STRUCTURE_FILE.sub(" ", text))
    if not r.formulas and not r.structures and history and _PRONOUN.search(text):
        for turn in reversed(history):
            f = find_formulas(turn)
            if f:
                r.formulas, r.formulas_from_history = f, True
                break
    r.predict_properties = find_predict_properties(text)
    r.record_properties = find_record_properties(text)
    if not r.predict_properties and not r.record_properties and r.formulas_from_history and history:
        r.record_properties = find_record_properties(history[-1])
        r.predict_properties = find_predict_properties(history[-1])
    r.spacegroup = find_spacegroup(text)
    r.n_structures = _n_structures(text)
    return r


def requested_tools(user_turns: list[str]) -> set[str]:
    """Tools with side effects the user asked for in their own words (policy for model-chosen calls)."""
    allowed: set[str] = set()
    for t in user_turns:
        names = {i.name for i in detect_intents(t)}
        if "generate" in names:
            allowed.add("generate_structures")
    return allowed
