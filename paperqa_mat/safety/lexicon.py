"""The controlled-substance lexicon (``data/lexicon.json``) and the mention finder.

A *mention* is a span of the cleaned text that refers to a controlled agent, precursor, explosive,
drug or toxin: by name/synonym/IUPAC name (many languages), military code, CAS number, SMILES,
a typo of a name, or an indirect description. The index is built once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from paperqa_mat.safety import chem
from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety.normalize import Token, fold, tokenize
from paperqa_mat.safety.normalize import within_one_edit as _damerau1

DATA = Path(__file__).resolve().parent / "data"
TIER_RANK = {"agent": 3, "precursor": 2, "dual": 1, "ingredient": 0}

# words that are controlled-agent mentions unless a benign neighbour shows another sense
GUARDED = {
    "bomb", "bombs", "bomba", "bombas", "bombe", "bomben", "explosive", "explosives", "explosif", "explosifs",
    "explosivo", "explosivos", "sprengstoff", "sprengstoffe", "esplosivo",
}
GUARD_NEIGHBOURS = {
    "calorimeter", "calorimetry", "calorimetric", "parr", "teflon", "ptfe", "lined", "hydrothermal", "solvothermal",
    "autoclave", "digestion", "acid", "bath", "photo", "cyclone", "f", "love", "seed", "glitter", "stink", "smoke",
    "vacio", "calor", "agua", "pump", "pumps", "dosificadora", "inyeccion", "combustible", "growth", "increase",
    "rise", "expansion", "boiling", "decompression", "eruption", "eruptions", "evaporation", "nucleation",
    "crystallization", "crystallisation", "popularity", "demand", "interest", "development", "progress", "pace",
    "spread", "outbreak", "synthesis", "volcanic", "flavour", "flavor", "growths", "shelter", "proof", "squad",
    "detection", "detector", "detectors", "sniffer", "disposal", "threat", "threats", "trace", "traces", "residue",
    "residues", "vapour", "vapor", "dog", "dogs", "technician", "calorimetrie", "kalorimeter", "chemistry",
    "behaviour", "behavior", "percolation", "lithiation", "release", "weathering", "erosion", "nanoparticle",
    "emergence", "adoption", "uptake", "scaling", "kinetics", "onset",
    "calorimetrique", "aerosol", "insecticide",  # French vessels and spray cans ('bombe calorimétrique', 'bombe aérosol')
    "entrance", "start", "finale", "ending", "performance", "debut", "personality", "temper", "mood", "argument",
    "laughter", "success", "sound", "flavours", "flavors", "colour", "colours", "energy", "beat", "beats",
}
GUARD_BEFORE = {"parr", "teflon", "ptfe", "lined", "hydrothermal", "solvothermal", "digestion", "acid", "bath", "photo",
                "f", "love", "seed", "glitter", "stink", "smoke", "calorimetric", "oxygen", "pressure-vessel"}
GUARD_DE = {"calor", "vacio", "agua", "combustible", "inyeccion", "aceite", "gasolina", "chaleur", "eau", "vide", "calorimetre",
            "calorimetrica", "jeringa", "seringa", "infusion", "insulina", "aire", "ar", "pozo", "piscina", "bicicleta", "vacuo", "diafragma", "hidraulica", "cafe", "riego",
            "incendio",
            "bain", "peinture", "chantilly", "laque"}  # French products and spray cans: 'bombe de bain', 'bombe de peinture'
CW_CONTEXT = {
    "nerve", "agent", "agents", "gas", "gases", "chemical", "weapon", "weapons", "military", "soviet", "army",
    "war", "warfare", "munition", "munitions", "blister", "vesicant", "opcw", "cwc", "cac", "incapacitant", "incapacitating",
    "schedule", "sarin", "soman", "tabun", "vx", "novichok", "mustard", "lewisite", "phosgene", "glycolate",
    "organophosphate", "organophosphorus", "kampfstoff", "guerre", "guerra", "arme", "arma", "waffe", "combat",
    "artillery", "shell", "shells", "rocket", "rockets", "warhead", "warheads", "weaponise", "weaponize", "binary",
    "bomblet", "bomblets", "battlefield", "troops", "soldiers", "enemy", "trenches", "mortar", "mortars", "rounds",
    "ventilation", "hvac", "duct", "ducts",
    "projectile", "projectiles", "missile", "missiles", "grenades", "sprayer", "aerosol", "aerosolise", "aerosolize",
    "soviets", "russians", "wwi", "ww1", "wwii", "ww2", "stabiliser", "stabilisers", "stabilizer", "stabilizers",
    "precursor", "precursors", "reagents", "glassware", "reflux", "distillation", "fluorination", "vesicants", "choking",
    # munitions in the other languages ('rellenar proyectiles de artilleria', 'obus d'artillerie')
    "artilleria", "artillerie", "artiglieria", "artilharia", "proyectil", "proyectiles", "obus", "obuses", "municion", "municiones",
    "munizioni", "municoes", "granaten", "geschosse", "projektile",
}
DRUG_CONTEXT = {
    "cook", "cooking", "smoke", "smoking", "snort", "snorting", "inject", "injecting", "high", "sell", "selling",
    "dealer", "dealers", "street", "party", "rave", "recreational", "recreationally", "dose", "trip", "buzz",
    "addict", "addiction", "abuse", "illicit", "illegal", "dope", "clandestine", "lab", "kitchen", "meth",
    "narcotic", "narcotics",
}


@dataclass
class Mention:
    ref: str  # lexicon id / rule id
    cat: str  # cwa | precursor | explosive | drug | toxin
    tier: str  # agent | precursor | dual | ingredient
    start: int
    end: int
    text: str
    how: str  # name | code | cas | smiles | fuzzy | weak | anaphora
    weak: bool = False


@dataclass
class Lexicon:
    entries: list[dict]
    joined: dict[str, list[tuple[int, int, bool]]]  # joined tokens -> (entry index, name token count, weak)
    prefixes: set[str]
    max_tokens: int
    codes: re.Pattern
    code_map: dict[str, tuple[int, bool]]
    cas: dict[str, int]
    smiles: dict[str, tuple[str, str, str, str]]
    fuzzy: dict[str, set[str]]
    fuzzy_names: dict[str, int]
    fuzzy_stop: set[str]
    combos: list[dict]
    squeezed: dict[str, int]
    pair_fuzzy: dict[str, list[tuple[str, int]]] = None  # two-word agent names by last word ('nerv gas')
    ids: dict[str, int] = None  # entry id -> index
    collide: set[str] = None  # keys of weak codes that are also element symbols or words (code_collides)
    short_names: dict[str, int] = None  # single-word agent names of 5-7 letters (context-supported typos)
    swaps: dict[str, int] = None  # adjacent-letter swaps of short agent names ('herion' -> heroin)
    long_names: dict[str, list[str]] = None  # long single-word names by first two letters (edit distance 2)

    def entry(self, i: int) -> dict:
        return self.entries[i]


# element symbols and common words (EN/FR/DE/ES/IT) that military/drug codes collide with: 'Pd catalyst', 'GaN',
# 'Gd contrast agent', 'da' (it./de./pt.), 'tea', 'DC current', 'ng/mL', 'MD simulations'
_ELEMENTS = set(
    "h he li be b c n o f ne na mg al si p s cl ar k ca sc ti v cr mn fe co ni cu zn ga ge as se br kr rb sr y zr nb mo tc ru rh "
    "pd ag cd in sn sb te i xe cs ba la ce pr nd pm sm eu gd tb dy ho er tm yb lu hf ta w re os ir pt au hg tl pb bi po at rn fr "
    "ra ac th pa u np pu am cm bk cf es fm md no lr rf db sg bh hs mt ds rg cn nh fl mc lv ts og".split())
_CODE_WORDS = {"tea", "da", "ed", "dc", "gb", "vm", "ng", "df", "ve", "ps"}


def code_collides(code: str) -> bool:
    """An upper-case code ('PD', 'GA', 'TEA', 'DA') whose lower-case form is an element symbol or a common word: only the
    case-exact code is a mention."""
    return bool(re.fullmatch(r"[A-Z][A-Z0-9\-]*", code)) and code.lower() in _ELEMENTS | _CODE_WORDS


def _name_tokens(name: str) -> list[str]:
    return [t.text for t in tokenize(fold(name))]


_ALKYL = re.compile(r"^(?:o-)?((?:iso|n-|sec-|tert-|1-methyl|2-methyl|3,3-dimethylbutan-2-yl|pinacolyl|cyclohexyl|"
                    r"methyl|ethyl|propyl|isopropyl|propan-2-yl|butyl|pentyl|hexyl|phenyl|benzyl)+) (\S+?)ate$")


def _name_variants(name: str) -> list[str]:
    """Systematic variants: an ester name 'isopropyl methylphosphonofluoridate' -> 'methylphosphonofluoridic acid
    isopropyl ester' and the CAS-index form 'methylphosphonofluoridic acid, isopropyl ester'; '... agent' <-> '... gas'."""
    if name.endswith((" agent", " gas")) and " " in name:  # 'green cross agent' <-> 'green cross gas'
        stem = name.rsplit(" ", 1)[0]
        return [f"{stem} gas" if name.endswith(" agent") else f"{stem} agent"]
    if _BIS_LOCANT.match(name):  # 'bis(2-chloroethyl) sulfide' -> 'bis(chloroethyl) sulfide', 'bis(beta-chloroethyl) sulfide', 'di(2-...'
        return _locant_variants(name)
    m = _ALKYL.match(name)
    if not m:
        return []
    alkyl, stem = m.group(1), m.group(2)
    out = []
    for a in [alkyl, *_ALKYL_SYNONYMS.get(alkyl, ())]:
        out += [f"{stem}ic acid {a} ester", f"{stem}ic acid, {a} ester", f"{stem}ic acid {a}ester", f"{a} ester of {stem}ic acid"]
        if a != alkyl:
            out.append(f"{a} {stem}ate")
    return out


# a bis/tris substituent with its locant ('bis(2-chloroethyl) sulfide', 'tris(2-chlorovinyl)arsine'): the same compound is
# written without the locant ('the bis(chloroethyl) sulfide'), with a Greek one ('bis(beta-chloroethyl) sulfide') or with 'di'/'tri'
_BIS_LOCANT = re.compile(r"^(bis|tris)\((2)-")


def _locant_variants(name: str) -> list[str]:
    mult = {"bis": "di", "tris": "tri"}
    out = [re.sub(r"\(2-", "(", name), re.sub(r"\(2-", "(beta-", name)]
    out += [re.sub(r"^(bis|tris)\(", lambda g: mult[g.group(1)] + "(", v) for v in [name, *out]]
    return [v for v in out if v != name]


_ALKYL_SYNONYMS = {"isopropyl": ("1-methylethyl", "propan-2-yl"), "propan-2-yl": ("isopropyl", "1-methylethyl"),
                   "pinacolyl": ("1,2,2-trimethylpropyl", "3,3-dimethylbutan-2-yl"),
                   "3,3-dimethylbutan-2-yl": ("1,2,2-trimethylpropyl", "pinacolyl")}


# English acid-halide names -> the Romance forms (halide first, acid as an adjective or a genitive):
# 'methylphosphonic difluoride' -> es/it 'difluoruro metilfosfonico', fr 'difluorure methylphosphonique', pt 'difluoreto
# metilfosfonico', and 'difluoruro de metilfosfonilo' / 'difluoruro de acido metilfosfonico'
_ACID_HALIDE = re.compile(r"^((?:n,n-)?[a-z]+)(?:ic|yl|ic acid) (di|tri|mono)?(fluoride|chloride|bromide|iodide)$")
_HALIDE = {"fluoride": ("fluoruro", "fluorure", "fluoreto"), "chloride": ("cloruro", "chlorure", "cloreto"),
           "bromide": ("bromuro", "bromure", "brometo"), "iodide": ("ioduro", "iodure", "iodeto")}


_ESTER = re.compile(r"^(?:o-)?([a-z0-9-]*yl) ([a-z]{8,})ate$")  # 'isopropyl methylphosphonofluoridate'
_SALT = re.compile(r"^((?:bis|tris)\([\w,-]+yl\)|[a-z0-9,-]+yl) (sulfide|sulphide|cyanide|chloride|fluoride)$")  # 'bis(2-chloroethyl) sulfide'
_ANION = {"sulfide": ("sulfuro", "sulfure", "solfuro", "sulfeto"), "sulphide": ("sulfuro", "sulfure", "solfuro", "sulfeto"),
          "cyanide": ("cianuro", "cyanure", "cianuro", "cianeto"), "chloride": ("cloruro", "chlorure", "cloruro", "cloreto"),
          "fluoride": ("fluoruro", "fluorure", "fluoruro", "fluoreto")}


def _lat(word: str) -> str:
    """English chemical spelling -> Spanish/Italian/Portuguese ('methylphosphono' -> 'metilfosfono', 'chloroethyl' -> 'cloroetil')."""
    return word.replace("ph", "f").replace("th", "t").replace("chlor", "clor").replace("y", "i")


def _with_vowel(sub: str, v: str) -> str:
    """'isopropil' + o -> 'isopropilo'; 'bis(2-cloroetil)' + o -> 'bis(2-cloroetilo)'."""
    return sub[:-1] + v + ")" if sub.endswith(")") else sub + v


_X_TOXIN = re.compile(r"^([a-z0-9-]{2,12}) (toxin|mycotoxin)$")  # 't-2 toxin' -> 'toxina t-2', 'toxine t-2', 't-2-toxin'


# 'X-yl alcohol' -> the Romance order, alcohol first and the alkyl as an adjective ('pinacolyl alcohol' -> es 'alcohol
# pinacolílico', pt 'álcool pinacolílico', it 'alcol pinacolilico', fr 'alcool pinacolylique'), and the German compound
_YL_ALCOHOL = re.compile(r"^([a-z0-9,()-]{3,}?)yl alcohol$")


def _alcohol_variants(name: str) -> list[str]:
    a = _YL_ALCOHOL.match(name)
    if not a:
        return []
    stem, lat = a.group(1), _lat(a.group(1))
    return [f"alcohol {lat}ilico", f"alcool {lat}ilico", f"alcol {lat}ilico", f"alcool {stem}ylique", f"{stem}ylalkohol"]


def _romance_variants(name: str) -> list[str]:
    if name.endswith(" alcohol"):
        return _alcohol_variants(name)
    t = _X_TOXIN.match(name)
    if t:  # noun-first order (es/pt/fr/it) and the German hyphenated compound
        x = t.group(1)
        return [f"toxina {x}", f"toxine {x}", f"tossina {x}", f"toxina de {x}", f"{x}-toxin", f"toksyna {x}"]
    e = _ESTER.match(name)
    if e:  # alkyl esters: 'metilfosfonofluoridato de isopropilo', 'methylphosphonofluoridate d'isopropyle', '... di isopropile'
        alk, stem = e.group(1), e.group(2)
        de = "d'" if alk[0] in "aeiou" else "de "
        return [f"{_lat(stem)}ato de {_with_vowel(_lat(alk), 'o')}", f"{_lat(stem)}ato di {_with_vowel(_lat(alk), 'e')}",
                f"{_lat(stem)}ato de {_with_vowel(_lat(alk), 'a')}", f"{stem}ate {de}{_with_vowel(alk, 'e')}"]
    sm = _SALT.match(name)
    if sm and len(sm.group(1)) >= 8:  # 'sulfuro de bis(2-cloroetilo)', 'sulfure de bis(2-chloroethyle)', 'solfuro di bis(2-cloroetile)'
        sub, (es, fr, it_, pt) = sm.group(1), _ANION[sm.group(2)]
        return [f"{es} de {_with_vowel(_lat(sub), 'o')}", f"{fr} de {_with_vowel(sub, 'e')}", f"{it_} di {_with_vowel(_lat(sub), 'e')}",
                f"{pt} de {_with_vowel(_lat(sub), 'a')}"]
    m = _ACID_HALIDE.match(name)
    if not m or len(m.group(1)) < 8:
        return []
    stem, mult, hal = m.group(1), m.group(2) or "", m.group(3)
    es, fr, pt = _HALIDE[hal]
    lat = stem.replace("ph", "f").replace("th", "t").replace("y", "i")  # methylphosphon -> metilfosfon
    return [f"{mult}{es} {lat}ico", f"{mult}{es} de {lat}ilo", f"{mult}{es} de acido {lat}ico",
            f"{mult}{fr} {stem}ique", f"{mult}{fr} de {stem}yle", f"{mult}{fr} d'acide {stem}ique",
            f"{mult}{pt} {lat}ico", f"{mult}{pt} de {lat}ila", f"{mult}{pt} de acido {lat}ico"]


# IUPAC substituent spellings: 'diisopropyl' -> 'di(propan-2-yl)', 'isopropyl' -> 'propan-2-yl' ('ethyl
# 2-[di(propan-2-yl)amino]ethyl methylphosphonite', '2-chloro-N,N-di(propan-2-yl)ethanamine')
_SUBSTITUENT = (("diisopropyl", "di(propan-2-yl)"), ("isopropyl", "propan-2-yl"), ("ethylamine", "ethanamine"))


def _substituent_variants(name: str) -> list[str]:
    out = [name]
    for old, new in _SUBSTITUENT:
        out += [v.replace(old, new) for v in out if old in v]
    return [v for v in out[1:] if v != name]


# amines, amino alcohols and thiols of the V-agent chain in Spanish/Italian/Portuguese ('2-cloro-N,N-diisopropiletilamina',
# '2-(diisopropilamino)etanol', '2-(diisopropilamino)etanotiol', it. '...etilammina')
def _romance_amine_variants(name: str) -> list[str]:
    if not any(c.isdigit() for c in name) and "," not in name:
        return []
    lat = _lat(name)
    if name.endswith("amine"):
        return [lat[: -len("amine")] + "amina", lat[: -len("amine")] + "ammina"]
    if name.endswith("ethanethiol"):
        return [lat[: -len("etanetiol")] + "etanotiol", lat[: -len("etanetiol")] + "etantiolo"]
    if name.endswith("ethanol"):
        return [lat, lat + "o"]
    return []


_FOREIGN_KEYS: set[str] = set()  # joined keys of names that only data/multilingual.json contributes
# generated other-language spellings ('codein'): whole words only, never two words run together ('code in', 'encode in')
_WHOLE_WORD_KEYS: set[str] = set()


def _merge_extra_names(entries: list[dict]) -> None:
    """Names in more languages (``data/multilingual.json``: Russian ... Indonesian) join their entries' names."""
    extra = ml.extra_names()
    own = {"".join(_name_tokens(n)) for e in entries for n in e["names"] + e.get("weak", [])}
    for e in entries:
        have = set(e["names"])
        more = list(extra.get(e["id"], ())) + ml.spelling_variants(e["names"])  # + 'alfa-pvp' for 'alpha-pvp'
        if e["cat"] in ("drug", "toxin") and e["tier"] == "agent":  # + 'Codein', 'batracotoxina' for 'codeine', 'batrachotoxin'
            spelt = ml.drug_spellings(e["names"])
            more += spelt
            _WHOLE_WORD_KEYS.update("".join(_name_tokens(n)) for n in spelt if n not in have)
        new = [n for n in more if n not in have and not have.add(n)]
        e["names"] = list(e["names"]) + new
        _FOREIGN_KEYS.update(k for k in ("".join(_name_tokens(n)) for n in new) if k not in own)


def _drop_foreign_fuzzy(fuzzy_names: dict[str, int], fuzzy: dict[str, set[str]], squeezed: dict[str, int], swaps: dict[str, int],
                        short_names: dict[str, int], pair_fuzzy: dict[str, list[tuple[str, int]]],
                        long_names: dict[str, list[str]]) -> None:
    """The typo matchers are for the core languages: a one-edit neighbour of a foreign name is usually an ordinary
    word ('risin' ~ 'rising', 'chat no' ~ 'that no'), so foreign-only names match exactly or inflected only."""
    keys = _FOREIGN_KEYS
    for d in (fuzzy_names, short_names):
        for k in [k for k in d if k in keys]:
            del d[k]
    for k in [k for k, i in swaps.items() if any(len(f) == len(k) and sorted(f) == sorted(k) for f in keys)]:
        del swaps[k]
    for k in [k for k in squeezed if k in {_squeeze(f) for f in keys} and k not in fuzzy_names]:
        del squeezed[k]
    for last, pairs in pair_fuzzy.items():
        pairs[:] = [(first, i) for first, i in pairs if first + last not in keys]
    for names in long_names.values():
        names[:] = [n for n in names if n not in keys]
    for cands in fuzzy.values():
        cands -= keys


@lru_cache(maxsize=1)
def _inflection_index() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """Name words (single tokens of strong names), stems of the multilingual ones ('bomb' <- 'bomba') and the
    three-letter heads a token must start with to be worth un-inflecting."""
    lex = load()
    extra = {t for v in ml.extra_names().values() for n in v for t in _name_tokens(n)}
    words = {t for e in lex.entries for n in e["names"] for t in _name_tokens(n)
             if len(t) >= 3 and not any(c.isdigit() for c in t)}
    stems: dict[str, str] = {}
    for t in sorted(extra & words):
        for k in ml.stem_keys(t):
            if len(k) >= 4 or (len(k) >= 3 and not k.isascii()):
                stems.setdefault(k, t)
    heads = frozenset(w[:3] for w in words | set(stems))
    return frozenset(words), stems, heads


def _inflected_view(toks: list[Token]) -> list[list[Token]]:
    """An extra token view where inflected / transliterated / article-prefixed words are replaced by the name word
    they inflect ('зарином' -> 'зарин', 'bombu' -> 'bomba', 'السارين' -> 'سارين', 'героина' -> 'героин'); [] when
    nothing changes."""
    words, stems, heads = _inflection_index()
    out, changed = [], False
    for t in toks:
        w = t.text
        if w in words or len(w) < 4 or not w.isalpha() and not ml.has_marks(w):
            out.append(t)
            continue
        base = ml.base_of(w, words, stems) if any(c[:3] in heads for c in ml.candidates(w)) else None
        if base is None and ml.is_cyrillic(w):
            base = ml.translit(w)  # a Latin spelling for the fuzzy matchers ('нитроглицерин' -> 'nitroglicerin')
        changed = changed or base is not None
        out.append(t if base is None else Token(base, t.start, t.end))
    return [out] if changed else []


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Load and index the lexicon (cached for the process)."""
    raw = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    entries = raw["entries"]
    _merge_extra_names(entries)
    joined: dict[str, list[tuple[int, int, bool]]] = {}
    prefixes: set[str] = set()
    codes: dict[str, tuple[int, bool]] = {}
    cas: dict[str, int] = {}
    collide: set[str] = set()
    fuzzy_names: dict[str, int] = {}
    max_tokens = 1
    for i, e in enumerate(entries):
        strong = list(e["names"]) + [v for n in e["names"] for v in _name_variants(n) + _romance_variants(n)]
        strong += [v for n in strong if e["cat"] == "precursor" for v in _substituent_variants(n) + _romance_amine_variants(n)]
        if e["tier"] == "agent":  # salts / anions of acid agents: '4-hydroxybutanoic acid' -> 'sodium 4-hydroxybutanoate'
            strong += [n[: -len("ic acid")] + "ate" for n in e["names"] if n.endswith("ic acid") and len(n) > 12]
        for weak, names in ((False, strong), (True, e.get("weak", []))):
            for name in names:
                toks = _name_tokens(name)
                if weak and code_collides(name):  # 'Pd', 'Ga', 'tea', 'da': only the upper-case code itself (the code pattern
                    collide.add("".join(toks))  # below) or a dotted/spaced spelling ('g.b.', 'G B') is a mention
                if not toks:
                    continue
                key = "".join(toks)
                joined.setdefault(key, []).append((i, len(toks), weak))
                for k in range(1, len(key) + 1):
                    prefixes.add(key[:k])
                max_tokens = max(max_tokens, len(toks))
                if not weak and len(toks) == 1 and len(key) >= 7 and e["tier"] in ("agent", "precursor"):
                    fuzzy_names.setdefault(key, i)
        for code in e.get("codes", []):
            codes[code] = (i, False)
            low = code.lower()
            if e["tier"] in ("agent", "precursor") and len(code) >= 3 and re.search(r"[A-Z]", code):
                toks = _name_tokens(low)
                key = "".join(toks)
                if len(key) >= 3:
                    joined.setdefault(key, []).append((i, len(toks), False))
                    for k in range(1, len(key) + 1):
                        prefixes.add(key[:k])
        for code in e.get("weak", []):
            if code.isupper() or re.fullmatch(r"[A-Z][A-Z0-9\-]*", code):
                codes[code] = (i, True)
        for c in e.get("cas", []):
            cas[c] = i
    smiles: dict[str, tuple[str, str, str, str]] = {}
    fuzzy: dict[str, set[str]] = {}
    squeezed: dict[str, int] = {}
    for key, hits in joined.items():
        for idx, ntok, weak in hits:
            if ntok == 1 and not weak and len(key) >= 4 and key.isalpha() and entries[idx]["tier"] in ("agent", "precursor"):
                squeezed.setdefault(_squeeze(key), idx)
    swaps: dict[str, int] = {}
    stop = set(raw.get("fuzzy_stop", []))
    for key, hits in joined.items():
        for idx, ntok, weak in hits:
            if ntok == 1 and not weak and 5 <= len(key) <= 6 and key.isalpha() and entries[idx]["tier"] == "agent":
                for k in range(len(key) - 1):
                    v = key[:k] + key[k + 1] + key[k] + key[k + 2 :]
                    if v != key and v not in joined and v not in stop:
                        swaps.setdefault(v, idx)
    short_names = {k: hits[0][0] for k, hits in joined.items() if 5 <= len(k) <= 7 and k.isalpha()
                   and any(n == 1 and not w and entries[x]["tier"] == "agent" and entries[x]["cat"] in ("cwa", "toxin")
                           for x, n, w in hits)}
    pair_fuzzy: dict[str, list[tuple[str, int]]] = {}  # last word -> [(first word, entry)] of two-word agent names
    for e_i, e in enumerate(entries):
        if e["tier"] != "agent":
            continue
        for name in e["names"]:
            toks = _name_tokens(name)
            # with a one-letter second word ('hall a', 'bont a', 'clark i') a short first word has common neighbours ('call: a',
            # 'clerk I'): only first words of six letters or more
            if len(toks) == 2 and len(toks[0]) >= (6 if len(toks[1]) == 1 else 4) and toks[0].isalpha() and toks[1].isalpha():
                pair_fuzzy.setdefault(toks[1], []).append((toks[0], e_i))
    long_names: dict[str, list[str]] = {}
    for key in fuzzy_names:
        if len(key) >= 10:
            long_names.setdefault(key[:2], []).append(key)
    for key in fuzzy_names:
        for d in _deletes(key):
            fuzzy.setdefault(d, set()).add(key)
    code_rx = re.compile(
        r"(?<![A-Za-z0-9])(" + "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True)) + r")(?![A-Za-z0-9])"
    )
    _drop_foreign_fuzzy(fuzzy_names, fuzzy, squeezed, swaps, short_names, pair_fuzzy, long_names)
    return Lexicon(
        entries=entries, joined=joined, prefixes=prefixes, max_tokens=max_tokens + 2, codes=code_rx,
        code_map=codes, cas=cas, smiles=smiles, fuzzy=fuzzy, fuzzy_names=fuzzy_names,
        fuzzy_stop=stop, combos=raw.get("combos", []), squeezed=squeezed, swaps=swaps, long_names=long_names, short_names=short_names, pair_fuzzy=pair_fuzzy,
        ids={e["id"]: i for i, e in enumerate(entries)}, collide=collide,
    )


@lru_cache(maxsize=1)
def exact_smiles() -> dict[str, tuple[str, str, str, str]]:
    """Canonical SMILES -> (id, cat, tier, name); built on first SMILES query (needs RDKit)."""
    lex = load()
    out: dict[str, tuple[str, str, str, str]] = {}
    for e in lex.entries:
        for s in e.get("smiles", []):
            can = chem.canonical(s)
            if can and can not in out:
                out[can] = (e["id"], e["cat"], e["tier"], e["names"][0] if e["names"] else e["id"])
    return out


def _squeeze(word: str) -> str:
    """Collapse doubled letters: 'sarrin' -> 'sarin'."""
    return re.sub(r"(.)\1+", r"\1", word)


def _lev_le2(a: str, b: str) -> bool:
    """Levenshtein distance <= 2 (banded dynamic programme)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > 2:
            return False
        prev = cur
    return prev[-1] <= 2


def _mk(lex: Lexicon, i: int, start: int, end: int, text: str, how: str, weak: bool) -> Mention:
    e = lex.entry(i)
    return Mention(e["id"], e["cat"], e["tier"], start, end, text, how, weak)


# a Hermann-Mauguin space-group symbol ('P6_3/mmc', 'P63/mmc', 'P4_2/mnm', 'Fm-3m'): a name read inside one ('3/mmc' as
# the cathinone 3-MMC) is part of the symbol
_SPACEGROUP = re.compile(r"(?<![\w/-])[PIFCABR](?:-?[1-6](?:_?[1-6])?(?:/[mnabcde])?|[mnabcde]){1,5}(?![\w/])")


def _inside_spacegroup(symbols: list[tuple[int, int]], m: Mention) -> bool:
    return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in symbols)


# German and Dutch compounds whose first element names the substance and whose head is its residue or form
# ('Sprengstoffrückstände', 'Kokainspuren', 'Heroinreste', 'springstofresten'), or the place it is made ('Kokainlabor', 'Heroinküche',
# 'Sprengstofffabrik'): the name inside the compound is a mention
_COMPOUND_HEADS = ("ruckstanden", "ruckstande", "ruckstand", "ruckstands", "spuren", "spur", "resten", "reste", "rest", "partikeln",
                   "partikel", "staub", "pulver", "dampfe", "dampfen", "geruch", "sporen", "residuen", "residu", "poeder",
                   "laboren", "labors", "labor", "kuchen", "kuche", "fabriken", "fabrik", "laboratorium")


def _compound_mentions(lex: Lexicon, toks: list[Token], folded: str) -> list[Mention]:
    out = []
    for t in toks:
        w = t.text
        if len(w) < 7 or not w.isalpha():
            continue
        for h in _COMPOUND_HEADS:
            if not w.endswith(h) or len(w) - len(h) < 3:
                continue
            stem = w[: -len(h)]
            for key in (stem, stem[:-1] if stem.endswith("s") else None):
                hits = [x for x in lex.joined.get(key or "", ()) if x[1] == 1 and not x[2]] if key and len(key) >= 3 else []
                if hits:
                    out.append(_mk(lex, hits[0][0], t.start, t.end, folded[t.start : t.end], "name", False))
                    break
            break
    return out


def find_mentions(clean: str, folded: str, views: list[list[Token]]) -> list[Mention]:
    """All mentions in one text. ``views`` are token lists (plain and de-obfuscated)."""
    lex = load()
    out: list[Mention] = []
    seen: set[tuple[str, int, int]] = set()

    def add(m: Mention) -> None:
        k = (m.ref, m.start, m.end)
        if k not in seen:
            seen.add(k)
            out.append(m)

    for toks in views + _inflected_view(views[-1]):
        n = len(toks)
        for i in range(n):
            key = ""
            for j in range(i, min(n, i + lex.max_tokens)):
                key += toks[j].text
                if key not in lex.prefixes:
                    break
                for idx, ntok, weak in lex.joined.get(key, ()):
                    span = j - i + 1
                    if weak and key in lex.collide and not re.search(r"\w[.\s-]+\w", clean[toks[i].start : toks[j].end]):
                        continue  # 'Pd catalyst', 'GaN', 'da': an element symbol or a word, not the code
                    spelled = span == len(key) >= 2 and not weak and lex.entry(idx)["tier"] == "agent"  # 'v x', 'g b'
                    if span > 1 and ntok != span and len(key) < 6 and not spelled and not (
                        len(key) >= 5 and all(len(t.text) <= 3 for t in toks[i : j + 1])
                    ):
                        continue
                    if span != ntok and key in _WHOLE_WORD_KEYS and not all(len(t.text) == 1 for t in toks[i : j + 1]):
                        continue  # a generated spelling is one word ('Codein'), not two run together ('code in'); spaced out still counts
                    if span == 1 and ntok > 1 and len(key) <= 6 and not (len(key) >= 3 and any(c.isdigit() for c in key)):
                        continue  # a short word that spells a two-word name run together ('vegas' = 've gas'); a code
                        # with a digit run together is still the code ('3mmc', '2cb')
                    text = folded[toks[i].start : toks[j].end]
                    w = weak
                    if key == "meth" and j + 1 < n and toks[j + 1].text.startswith("acryl"):
                        continue  # '(meth)acrylate'
                    if not w and key in GUARDED and span == 1:
                        w = _guard_benign(toks, i, clean)
                        if w:
                            continue
                    add(_mk(lex, idx, toks[i].start, toks[j].end, text, "weak" if w else "name", w))
            t = toks[i].text
            sq = _squeeze(t)
            if sq != t and sq in lex.squeezed and t not in lex.joined:
                add(_mk(lex, lex.squeezed[sq], toks[i].start, toks[i].end, t, "fuzzy", False))
            if 4 <= len(t) <= 6 and t.isalpha() and t not in lex.joined and t not in lex.fuzzy_stop and _cw_neighbour(toks, i):
                for c, idx in lex.short_names.items():  # 'sarn gas', 'nerve agent somn': short names need context
                    if abs(len(c) - len(t)) <= 1 and _damerau1(t, c):
                        add(_mk(lex, idx, toks[i].start, toks[i].end, t, "fuzzy", False))
                        break
            if 5 <= len(t) <= 6 and t in lex.swaps and t not in lex.joined and t not in lex.fuzzy_stop:
                add(_mk(lex, lex.swaps[t], toks[i].start, toks[i].end, t, "fuzzy", False))  # 'herion', 'sarni'
            if len(t) >= 10 and t not in lex.joined and t not in lex.fuzzy_stop and t.isalpha():
                for c in lex.long_names.get(t[:2], ()):
                    # two typos in a long name; the ending must agree, since chemical names differ by a few letters
                    # ('chloromethane' is not 'chlormethine')
                    if abs(len(c) - len(t)) <= 2 and t[-3:] == c[-3:] and _lev_le2(t, c):
                        add(_mk(lex, lex.fuzzy_names[c], toks[i].start, toks[i].end, t, "fuzzy", False))
                        break
            if i + 1 < n and len(t) >= 4 and t.isalpha() and t not in lex.fuzzy_stop and toks[i + 1].text in lex.pair_fuzzy:
                # 'nerv gas', 'mustrad gas': one typo in the first word of a two-word name, the second word exact
                for first, idx in lex.pair_fuzzy[toks[i + 1].text]:
                    if t != first and abs(len(t) - len(first)) <= 1 and _damerau1(t, first):
                        add(_mk(lex, idx, toks[i].start, toks[i + 1].end, folded[toks[i].start : toks[i + 1].end], "fuzzy", False))
                        break
            if len(t) >= 7 and t not in lex.joined and t not in lex.fuzzy_stop and t.isalpha():
                cands = set(lex.fuzzy.get(t, ()))
                for d in _deletes(t):
                    cands |= lex.fuzzy.get(d, set())
                    if d in lex.fuzzy_names:
                        cands.add(d)
                for c in sorted(cands):
                    if _damerau1(t, c):
                        if c in GUARDED and _guard_benign(toks, i, clean):
                            break  # 'die Nachfrage wirklich explosiv machen': a benign sense of a guarded word, spelled another way
                        add(_mk(lex, lex.fuzzy_names[c], toks[i].start, toks[i].end, t, "fuzzy", False))
                        break
    for m in _compound_mentions(lex, views[0], folded):
        add(m)
    for m in lex.codes.finditer(clean):
        idx, weak = lex.code_map[m.group(1)]
        add(_mk(lex, idx, m.start(), m.end(), m.group(1), "code", weak))
    # a code of three letters or more spelled out with dots or spaces ('D.M.M.P', 'd m m p', 'Q.L'), read from the de-obfuscated
    # view: a plain lower-case word ('dmmp' typed as a word) is not a code, but a dotted or spaced one was written as an acronym
    for t in (views[-1] if len(views) > 1 else []):
        span = folded[t.start : t.end]
        if len(t.text) >= 3 and span != t.text and re.fullmatch(r"(?:[a-z0-9][. ]+){2,}[a-z0-9]\.?", span):
            hit = lex.code_map.get(t.text.upper())
            if hit and not hit[1]:
                add(_mk(lex, hit[0], t.start, t.end, t.text.upper(), "code", False))
    for cas, s, e in chem.find_cas(clean):
        if cas in lex.cas:
            add(_mk(lex, lex.cas[cas], s, e, cas, "cas", False))
    for m in _ENERGETIC.finditer(folded):  # systematic names of polynitro/polynitrate/peroxide explosives
        if not _ENERGETIC_BENIGN.search(m.group(0)) and not re.search(r"-(?:free|based|doped|coated|modified|containing|derived"
                                                                       r"|like|treated|loaded|sensitive|selective|imprinted)$", m.group(0)):
            add(Mention("energetic_iupac", "explosive", "agent", m.start(), m.end(), m.group(0), "iupac", False))
    drug_rx = [(rx, ref) for rx, ref in _CLASS_NAMES_DRUG if any(k in folded for k in _CLASS_KEYS[ref])]  # cheap literal prefilter
    for rx, ref in _CLASS_NAMES + drug_rx:  # systematic names of fentanyl-class opioids, nitazenes, phenethylamines ...
        for m in rx.finditer(folded):
            add(Mention(ref, "drug", "agent", m.start(), m.end(), m.group(0), "iupac", False))
    for m in _ATTRIBUTION.finditer(folded):  # 'the arsenical agent named after Roger Adams', 'the opioid Paul Janssen invented'
        ref = (_NAMED_AFTER if m.group("named") else _MADE_BY).get(m.group("who") or m.group("who2"))
        idx = lex.ids.get(ref or "")
        if idx is not None:
            add(_mk(lex, idx, m.start(), m.end(), m.group(0), "described", False))
    for m in _USED_IN_ATTACK.finditer(folded):  # 'the one used in Salisbury', 'the gas released in the Tokyo subway'
        add(_mk(lex, lex.ids[_ATTACK_PLACE[m.group("place").replace("-", " ")]], m.start(), m.end(), m.group(0), "described", False))
    for m in _USED_BY_GROUP.finditer(folded):  # 'the one the Aum guys used in Tokyo'
        add(_mk(lex, lex.ids["sarin"], m.start(), m.end(), m.group(0), "described", False))
    for m in _INITIATED_DEVICE.finditer(folded):  # 'the timer-initiated devices', 'a command-detonated charge': a bomb by its trigger
        add(_mk(lex, lex.ids["devices"], m.start(), m.end(), m.group(0), "described", False))
    for m in _ATTRIBUTED_PRONOUN.finditer(folded):  # 'the agent named after him' (the person named in an earlier turn): a class
        ref = next(r for k, r in (("cwa", "generic_cwa"), ("drug", "generic_drug"), ("exp", "devices"), ("tox", "generic_toxin")) if m.group(k))
        add(_mk(lex, lex.ids[ref], m.start(), m.end(), m.group(0), "described", False))
    for m in _BY_SMELL.finditer(folded):  # 'the gas that smells of new-mown hay', 'the agent that makes people vomit'
        key = next(k for k, v in m.groupdict().items() if v)
        add(_mk(lex, lex.ids[_SMELL_REF[key]], m.start(), m.end(), m.group(0), "described", False))
    for m in _PESTICIDE_ORIGIN.finditer(folded):  # 'the oily nerve compound that came out of British pesticide research in the 1950s'
        ref = "vx" if re.search(r"(?<![\w])(?:british|britain|uk|english|ici|porton|195\d|1950s|fifties|britanni\w*|britisch\w*|britanic\w*)(?![\w])",
                                m.group(0)) else "generic_cwa"
        add(_mk(lex, lex.ids[ref], m.start(), m.end(), m.group(0), "described", False))
    for m in _SERIES_TYPE.finditer(folded):  # 'the V-type thiophosphonate', 'tiofosfonato tipo V': a nerve agent by its series
        add(_mk(lex, lex.ids["generic_cwa"], m.start(), m.end(), m.group(0), "described", False))
    for m in _BECOMES_DRUG.finditer(folded):  # 'a cleaning solvent that turns into a sedative if you mix it with lye' (GBL to GHB)
        add(_mk(lex, lex.ids["ghb"], m.start(), m.end(), m.group(0), "described", False))
    for m in _VET_DISSOCIATIVE.finditer(folded):  # 'the dissociative anaesthetic vets use on horses' (ketamine)
        add(_mk(lex, lex.ids["dissociatives"], m.start(), m.end(), m.group(0), "described", False))
    for m in _SOURCE_ALKALOID.finditer(folded):  # 'the peyote alkaloid', 'the San Pedro cactus alkaloid' (mescaline)
        add(_mk(lex, lex.ids["psychedelics"], m.start(), m.end(), m.group(0), "described", False))
    for m in _TOXIN_BY_SOURCE.finditer(folded):  # 'the toxin made by the E. coli strain behind the 2011 sprout outbreak'
        ref = next(r for k, r in _TOXIN_OF_SOURCE if k in m.group(0))
        add(_mk(lex, lex.ids[ref], m.start(), m.end(), m.group(0), "described", False))
    for m in _PLANT_BY_LOOK.finditer(folded):  # 'the garden plant with the spiky red pods' (castor), 'red-and-black seeds' (rosary pea)
        add(_mk(lex, lex.ids["ricin" if m.group("ricin") else "abrin"], m.start(), m.end(), m.group(0), "described", False))
    for sm in _SENTENCE_SPAN.finditer(folded) if _CREATURE.search(folded) else ():  # 'the paralytic toxin' of red-tide mussels
        if c := _CREATURE.search(sm.group(0)):
            ref = _CREATURE_REF[next(k for k, v in c.groupdict().items() if v)]
            for m in _CREATURE_TOXIN.finditer(sm.group(0)):
                add(_mk(lex, lex.ids[ref], sm.start() + m.start(), sm.start() + m.end(), m.group(0), "described", False))
    cands = chem.smiles_candidates(clean)
    if cands:
        exact = exact_smiles()
        for smi, s, e in cands:
            hits = chem.classify_smiles(smi, exact)
            exact_hits = [h for h in hits if h.ref in {x[0] for x in exact.values()}]
            for h in exact_hits or hits[:1]:
                add(Mention(h.ref, h.cat, h.tier, s, e, smi, "smiles", False))
    out = [m for m in out if not _other_formula(lex, clean, m)]
    symbols = [m.span() for m in _SPACEGROUP.finditer(clean)]
    return [m for m in out if not _inside_spacegroup(symbols, m)] if symbols else out


_ELEMENT_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*)+")


def _other_formula(lex: Lexicon, clean: str, m: Mention) -> bool:
    """A formula written in element case that is not the agent's code, though it folds to it: 'CoCl2' (cobalt chloride),
    not 'COCl2' (phosgene). An all-lower-case 'cocl2' still counts."""
    span = clean[m.start : m.end]
    if m.how != "name" or span.islower() or not _ELEMENT_FORMULA.fullmatch(span):
        return False
    codes = lex.entry(lex.ids[m.ref]).get("codes", []) if m.ref in lex.ids else []
    return any(c.lower() == span.lower() for c in codes) and span not in codes


# agents described by the person they are named after or who first made them ('the arsenical vomiting agent named after
# Roger Adams', 'the explosive Wolffenstein discovered', 'el explosivo descubierto por Legler', 'der nach Lewis benannte Kampfstoff')
_NAMED_AFTER = {"adams": "arsenicals", "roger adams": "arsenicals", "lewis": "lewisite", "winford lewis": "lewisite",
                "winford lee lewis": "lewisite", "schrader": "sarin", "ambros": "sarin", "ritter": "sarin", "van der linde": "sarin",
                "linde": "sarin", "levinstein": "sulfur_mustard", "tammelin": "generic_cwa"}
_MADE_BY = {"roger adams": "arsenicals", "wieland": "arsenicals", "heinrich wieland": "arsenicals", "winford lewis": "lewisite",
            "winford lee lewis": "lewisite", "julius nieuwland": "lewisite", "nieuwland": "lewisite", "gerhard schrader": "tabun",
            "schrader": "tabun", "richard kuhn": "soman", "kuhn": "soman", "ranajit ghosh": "vx", "ghosh": "vx", "tammelin": "generic_cwa",
            "kirpichev": "novichok", "pyotr kirpichev": "novichok", "petr kirpichev": "novichok", "despretz": "sulfur_mustard",
            "albert hofmann": "lsd", "hofmann": "lsd", "paul janssen": "fentanyl", "janssen": "fentanyl", "sobrero": "ng",
            "ascanio sobrero": "ng", "wolffenstein": "tatp", "richard wolffenstein": "tatp", "legler": "hmtd", "tollens": "petn",
            "henning": "rdx", "georg friedrich henning": "rdx", "wilbrand": "tnt", "julius wilbrand": "tnt", "ogata": "meth",
            "akira ogata": "meth", "nagai": "meth", "nagayoshi nagai": "meth", "nagai nagayoshi": "meth", "shulgin": "psychedelics",
            "alexander shulgin": "psychedelics", "sasha shulgin": "psychedelics", "schonbein": "nitrocellulose", "howard": "fulminates",
            "edward howard": "fulminates", "curtius": "lead_azide", "theodor curtius": "lead_azide"}
_WHO = "|".join(sorted({re.escape(k) for k in (*_NAMED_AFTER, *_MADE_BY)}, key=len, reverse=True))
_DESCRIBED = (r"(?:agent|gas|weapon|compound|chemical|substance|explosive|toxin|poison|drug|stuff|molecule|arsenical|vesicant|one|thing"
              r"|psychedelic|opioid|stimulant|esters?|kampfstoff|sprengstoff|droge|gaz|explosif|produit|substance|drogue|agente|gas|explosivo"
              r"|droga|sostanza|esplosivo|sustancia|compuesto|composto|compose)s?")
_ATTRIBUTION = re.compile(
    r"(?<![\w])" + _DESCRIBED + r" (?:(?:that|which|who) )?(?:(?:was|were|is|are|got|first|originally|ever) )*(?:"
    r"(?P<named>named|called|christened|nicknamed|nommee?s?|baptisee?s?|llamad[oa]s?|nombrad[oa]s?|chiamat[oa]|intitolat[oa]|benannt\w*)"
    r" (?:after|for|in honou?r of|d'apres|en honor a|en l'honneur de|come|nach|in onore di|per)"
    r"|(?:discovered|invented|developed|created|synthesi[sz]ed|made|prepared|patented|isolated|decouvert\w*|invente\w*|mis au point|synthetise\w*"
    r"|entdeckt|erfunden|entwickelt|synthetisiert|hergestellt|descubiert[oa]s?|inventad[oa]s?|desarrollad[oa]s?|sintetizad[oa]s?|scopert[oa]"
    r"|inventat[oa]|sviluppat[oa]|sintetizzat[oa])(?: (?:first|originally|in \d{4}))? (?:by|par|von|por|da|dal|dalla))"
    r" (?:(?:the|its|their|his|her|chemists?|scientists?|professor|prof|dr|german|american|british|swiss|soviet|japanese|italian|french"
    r"|belgian|le|la|el|il|der|die|dem|chimiste|chemiker|quimico|chimico|inventor|discoverer|\w+'s)\.? ){0,4}"
    r"(?:[a-z]+ )?(?P<who>" + _WHO + r")(?![\w])"
    r"|(?<![\w])" + _DESCRIBED + r" (?:(?:that|which) )?(?:[a-z]+ )?(?P<who2>" + _WHO + r")(?: (?:first|originally))? (?:invented|discovered"
    r"|developed|created|synthesi[sz]ed|made|prepared|patented)(?![\w])"
)


# agents described by the attack they were used in ('which of those compounds was the one used in Salisbury'); a place
# followed by one of its ordinary nouns is the place ('the stone used in Salisbury Cathedral')
_ATTACK_PLACE = {"salisbury": "novichok", "amesbury": "novichok", "navalny": "novichok", "the skripals": "novichok",
                 "skripal": "novichok", "tokyo subway": "sarin", "tokyo metro": "sarin", "matsumoto": "sarin", "khan shaykhun": "sarin",
                 "khan sheikhoun": "sarin", "ghouta": "sarin", "kuala lumpur airport": "vx", "kuala lumpur": "vx", "kim jong nam": "vx",
                 "halabja": "indirect_cwa", "douma": "indirect_cwa", "ypres": "indirect_cwa"}
# a device or charge named by how it is set off ('timer-initiated devices', 'command-wire detonated charges', 'radio-detonated bombs',
# 'victim-operated devices', 'pressure-plate initiated', 'engins à retardement', 'ferngezündete Ladungen', 'artefactos de detonación
# remota'): an improvised explosive device whatever else it is called; 'a timer-controlled device' or 'a remote-controlled device' is not
_INITIATED_DEVICE = re.compile(
    r"(?<![\w])(?:(?:timer|time|clock|delay|radio|remote|remotely|command|command[- ]wire|wire|phone|mobile[- ]phone|cell[- ]phone|pager"
    r"|pressure[- ]plate|tripwire|trip[- ]wire|victim|mercury[- ]switch)[- ](?:initiated|detonated|fired)|(?:victim|tripwire|trip[- ]wire"
    r"|pressure[- ]plate|command[- ]wire|mercury[- ]switch)[- ](?:triggered|activated|operated)|command[- ]wire)"
    r" (?:[\w-]+ )?(?:devices?|charges?|bombs?|ieds?|mines?|explosives?)(?![\w])"
    r"|(?<![\w])(?:engins?|dispositifs?|charges?|bombes?) (?:explosi\w+ )?(?:a retardement|radiocommandee?s?|declenchee?s? a distance)(?![\w])"
    r"|(?<![\w])(?:fern|zeit|funk)gezundet\w* (?:ladung\w*|sprengsatz\w*|sprengkorper\w*|bomben?)(?![\w])"
    r"|(?<![\w])(?:artefactos?|cargas?|bombas?) (?:explosiv\w+ )?de (?:detonacion|activacion) (?:remota|a distancia|por temporizador)(?![\w])")
_USED_IN_ATTACK = re.compile(
    r"(?<![\w])" + _DESCRIBED + r" (?:(?:that|which) )?(?:(?:was|were|got|is|had been) )?(?:(?:actually|reportedly|later) )?"
    r"(?:used|released|deployed|sprayed|smeared|dispersed|applied|found) (?:in|at|on|against|during|to (?:kill|poison)) (?:the )?"
    r"(?P<place>" + "|".join(sorted((re.escape(k).replace("\\ ", "[ -]") for k in {"salisbury", "amesbury", "navalny", "the skripals",
                                     "skripal", "tokyo subway", "tokyo metro", "matsumoto", "khan shaykhun", "khan sheikhoun", "ghouta",
                                     "kuala lumpur airport", "kuala lumpur", "kim jong nam", "halabja", "douma", "ypres"}), key=len, reverse=True))
    + r")(?! (?:cathedral|plain|district|council|hospital|university|museum|city|market|station|fc|football|college|library|park))(?![\w])")

# ... or by the group that used it, the place left out or only a city ('the one the Aum guys used in Tokyo', 'the gas the Aum Shinrikyo
# cult released on the subway', 'le gaz qu'Aum a utilisé'): sarin
_USED_BY_GROUP = re.compile(
    r"(?<![\w])" + _DESCRIBED + r" (?:(?:that|which|que) |qu')?(?:the |le |la |el |die )?(?:aum(?: shinri ?kyo)?|shinri ?kyo|aleph)"
    r"(?: (?:guys|cult|sect|members|people|terrorists|secte|sekte|secta))? (?:(?:had|have|a|hat|ha|han) )?(?:actually |once )?"
    r"(?:used|released|deployed|sprayed|dispersed|made|cooked|brewed|utilise\w*|libere\w*|verwendet|eingesetzt|freigesetzt|uso|utilizo|libero)(?![\w])")

_ATTRIBUTED_PRONOUN = re.compile(
    r"(?<![\w])(?:(?P<cwa>(?:nerve |blister |war |poison )?(?:agent|gas|vesicant|arsenical|kampfstoff|gaz|agente))|(?P<drug>drug|opioid|psychedelic"
    r"|droge|drogue|droga)|(?P<exp>explosive|sprengstoff|explosif|explosivo|esplosivo)|(?P<tox>toxin|poison|toxine|tossina|veleno|veneno|gift))s?"
    r" (?:(?:that|which) )?(?:(?:was|is|got) )?(?:(?:named|called) (?:after|for) (?:him|her|them|this (?:guy|man|woman|chemist|scientist))"
    r"|(?:he|she|they|this (?:guy|man|woman|chemist|scientist)) (?:invented|discovered|developed|first made|synthesi[sz]ed|created|patented))(?![\w])")

# war gases described by their smell or effect; the smell words that name ordinary chemicals too (almonds, garlic, camphor)
# only after a war-gas noun ('the gas that smells of bitter almonds', not 'the compound that smells like almonds')
_SMELL_REF = {"geranium": "lewisite", "hay": "phosgene", "almond": "hcn", "garlic": "sulfur_mustard", "camphor": "soman",
              "vomit": "arsenicals"}
_GAS_NOUN = (r"(?:gas|gases|agent|agents|poison|weapon|vapou?rs?|fumes|war gas|gaz|agente|gift|giftgas|kampfstoff|veleno|veneno|poison)")
_ANY_NOUN = r"(?:" + _GAS_NOUN[3:-1] + r"|chemicals?|compounds?|substances?|stuff|liquids?|one|thing|produit|substance|sostanza|sustancia|stoff)"
_SMELLS = (r"(?:(?:that|which) )?(?:\w+ )?(?:smells?|smelling|smelled|smelt|reeks?|stinks?|sent|sentant|riecht|huele|odora|profuma) "
           r"(?:\w+ )?(?:like|of|a|le|la|les|l'|de|nach|di|del|della)? ?(?:(?:the|des|du|de|fresh(?:ly)?|new|newly|bitter|cut|mown|amere?s?|amargas?|amare) ?-?)*")
_BY_SMELL = re.compile(
    r"(?<![\w])" + _ANY_NOUN + r" " + _SMELLS + r"(?:(?P<geranium>geraniums?|geranien|geranios?|gerani)|(?P<hay>(?:new[- ]?mown |freshly cut |cut |mown )?hay"
    r"|(?:freshly )?cut grass|(?:foin|heno|fieno)(?: coupe| cortado| tagliato)?|heu))(?![\w])"
    r"|(?<![\w])" + _GAS_NOUN + r" " + _SMELLS + r"(?:(?P<almond>almonds?|amandes?|almendras?|mandorle|bittermandeln?)|(?P<garlic>garlic|horseradish|ail|ajo|aglio"
    r"|knoblauch|meerrettich)|(?P<camphor>camphor|camphre|alcanfor|canfora|kampfer))(?![\w])"
    r"|(?<![\w])(?:(?P<geranium2>geranium|geranien)|(?P<hay2>hay|new-mown-hay)|(?P<almond2>almond|bitter-almond)|(?P<garlic2>garlic)|(?P<camphor2>camphor))"
    r"[- ](?:smelling|scented) " + _GAS_NOUN + r"(?![\w])"
    r"|(?<![\w])" + _ANY_NOUN + r" (?:(?:that|which) )?(?:\w+ )?(?P<vomit>(?:causes?|induces?|provokes?) (?:\w+ ){0,2}?(?:vomiting|sneezing|nausea)"
    r"|makes? (?:\w+ ){0,4}?(?:vomit|throw up|sneeze))(?![\w])"
)
_SMELL_REF.update({k + "2": v for k, v in list(_SMELL_REF.items())})


# a nerve agent described by the pesticide research it came out of ('the persistent, amber, oily nerve compound that came out of
# British pesticide research in the 1950s', 'the nerve chemical found in insecticide work'): VX when British or of the 1950s, else a
# nerve agent; a pesticide itself is not ('the oily organophosphate pesticides developed by British research')
_PESTICIDE_ORIGIN = re.compile(
    r"(?<![\w])nerve[- ](?:compounds?|chemicals?|substances?|poisons?|liquids?|molecules?|stuff)(?: (?:that|which))?(?: (?:was|were|first))?"
    r" (?:came out of|comes out of|came from|emerged from|arose from|grew out of|was found in|found in|discovered in|developed in|born (?:of|in))"
    r" (?:[\w-]+ ){0,4}?(?:pesticides?|insecticides?|pest[- ]control|agrochemical|crop[- ]protection) (?:\w+ ){0,1}?(?:research|work|programmes?"
    r"|programs?|studies|projects?|labs?|chemistry)(?: (?:in|during) (?:the )?(?:\d{4}s?|fifties|thirties))?(?![\w])")


# a nerve agent named by its series and a type word ('the V-type thiophosphonate', 'G-type agent', 'thiophosphonate de type V',
# 'tiofosfonato tipo V'); a type word before any other noun keeps its own sense ('V-type ATPase', 'G-type star')
_SERIES_NOUN = (r"(?:thiophosphonat\w*|tiofosfonat\w*|phosphonothio\w*|phosphonofluorid\w*|fluorophosphonat\w*|fluorofosfonat\w*"
                r"|organophosph\w*|organofosf\w*|(?:nerve[- ])?agents?|agente?s?|esters?|kampfstoff\w*|nervenkampfstoff\w*)")
_SERIES_TYPE = re.compile(
    r"(?<![\w-])(?:v|g|vx|gb|gd)[- ]?(?:type|typ|class|family)[- ]" + _SERIES_NOUN + r"(?![\w])"
    r"|(?<![\w-])" + _SERIES_NOUN + r" (?:de |del )?(?:type|tipo|typ|classe|clase) (?:v|g)(?![\w-])"
    # ... or by its series letter hyphenated to a bare compound word ('our last run of the V-compound', 'der V-Stoff', 'le composé V')
    r"|(?<![\w-])(?:v|g)-(?:compounds?|substances?|stoffe?|verbindung(?:en)?)(?![\w-])"
    r"|(?<![\w-])(?:composes?|compuestos?|compostos?|compost[oi]) (?:de type |du type |tipo |de tipo )?(?:v|g)(?![\w-])")

# a drug named by the household or industrial product it is made from and what that product becomes: 'a cleaning
# solvent that turns into a sedative if you mix it with lye', 'a wheel cleaner that becomes a date-rape drug' (GBL -> GHB)
_BECOMES_DRUG = re.compile(
    r"(?<![\w])(?:solvents?|cleaners?|strippers?|removers?|degreasers?|chemicals?|liquids?|products?)(?: (?:that|which))?(?: \w+){0,2}? "
    r"(?:turns?|becomes?|converts?|changes?|goes|is converted|gets converted|can be (?:turned|converted|made)) (?:\w+ )?(?:into |to )?(?:an? )?"
    r"(?:[\w-]+ )?(?:sedatives?|downers?|depressants?|date[- ]?rape drugs?|party drugs?|club drugs?|knock-?out drops|intoxicants?|hypnotics?"
    r"|liquid ecstasy|ghb)(?![\w])")


# ketamine named by its class and the animals vets use it on (`_VET_DISSOCIATIVE`): 'the dissociative anaesthetic vets use on horses',
# 'the horse anaesthetic', 'what vets use to knock out horses', "l'anesthésique dissociatif des vétérinaires", 'das dissoziative
# Narkosemittel der Tierärzte', 'el anestésico disociativo de los veterinarios'; an anaesthetic alone needs a horse or a cat
_DISSOC = r"(?:dissociati\w+|dissoziativ\w*|disociativ\w*)"
_VET = r"(?:vets?|veterinar\w*|tierarzt\w*|tierarzte\w*)"
_KETAMINE_ANIMAL = r"(?:horses?|ponies|cats?|chevaux|cheval|chats?|pferde?n?|katzen?|caballos?|gatos?)"
_ANAESTHETIC = (r"(?:anaesthetics?|anesthetics?|tranquil+i[sz]ers?|tranqs?|knock-?out|knock them out|anesthesiques?|tranquillisants?"
                r"|narkosemittel\w*|anasthetik\w*|anestesicos?|tranquilizantes?)")
_VET_DISSOCIATIVE = re.compile(
    r"(?<![\w])(?:" + _DISSOC + r" (?:[\w'-]+,? ){0,6}?(?:" + _VET + "|" + _KETAMINE_ANIMAL + r")|(?:" + _VET + r") (?:[\w'-]+ ){0,3}?" + _DISSOC
    + r"|" + _ANAESTHETIC + r" (?:[\w'-]+,? ){0,6}?" + _KETAMINE_ANIMAL + r"|(?<!my )(?<!our )(?<!his )(?<!her )(?<!give )(?<!gave )(?:horse|cat|pony) " + _ANAESTHETIC + r")(?![\w])")

# mescaline named by the cactus it comes from ('the cactus alkaloid', "l'alcaloide du peyotl", 'el alcaloide del San Pedro')
# a threat toxin described by the bacterium that makes it ('the toxin made by the E. coli strain behind the sprout outbreak',
# 'the toxin Clostridium botulinum produces', 'la toxine produite par Shigella'): Shiga, botulinum, enterotoxin B, anthrax toxin
_TOXIN_SOURCE = (r"(?:(?:e\.? ?|escherichia )coli|shigella(?: dysenteriae)?|stec|ehec|(?:c\.? ?|clostridium )botulinum"
                 r"|(?:s\.? ?|staphylococcus )aureus|staph|(?:b\.? ?|bacillus )anthracis|anthrax bacteri\w+)")
_TOXIN_BY_SOURCE = re.compile(
    r"(?<![\w])(?:toxins?|toxines?|toxinas?|toxine) (?:(?:that|which|qui|que|die|das) )?(?:[\w]+ )?(?:made|produced|secreted|released|formed"
    r"|produite?s?|producid[oa]s?|prodott[oa]|gebildet|produziert) (?:by|par|por|da|von|durch) (?:the |an? |la |le |el |il |der |den |dem )?"
    r"(?:\w+ )?" + _TOXIN_SOURCE + r"(?![\w])"
    r"|(?<![\w])" + _TOXIN_SOURCE + r" (?:\w+ ){0,8}?(?:produces|makes|secretes|releases) (?:its |the |a )?toxins?(?![\w])")
# the lexicon entry of the toxin each bacterium makes (Shiga toxin sits with the enterotoxins)
_TOXIN_OF_SOURCE = (("botulinum", "botulinum"), ("anthra", "bioagents"), ("", "enterotoxins"))
# a marine or animal toxin described by the creature it builds up in, the toxin word in the same sentence ('if someone collected
# mussels during a red tide, how could they concentrate the paralytic toxin', 'their poison' of pufferfish, 'das Gift aus Muscheln
# einer Roten Flut', 'la toxina de los mejillones'): saxitoxin, tetrodotoxin, the cone-snail and dart-frog toxins
_CREATURE = re.compile(r"(?<![\w])(?:(?P<stx>mussels?|clams?|oysters?|scallops?|cockles?|shellfish|red[- ]tides?|dinoflagellates?|moules?"
                       r"|palourdes?|huitres?|maree rouge|muscheln?|austern?|rote[nr]? flut|mejillon(?:es)?|almejas?|ostras?|marea roja"
                       r"|cozze|vongole)|(?P<ttx>puffer ?fish\w*|blowfish\w*|globefish\w*|fugu|blue-ringed octop\w+|rough-skinned newts?"
                       r"|poissons?[- ]globes?|kugelfisch\w*|pez globo|peces globo|pesce palla)|(?P<mar>cone snails?|conus snails?"
                       r"|poison dart frogs?|poison arrow frogs?|dart frogs?))(?![\w])")
_CREATURE_REF = {"stx": "saxitoxin", "ttx": "tetrodotoxin", "mar": "marine_toxins"}
_CREATURE_TOXIN = re.compile(r"(?<![\w])(?:(?:paralytic |nerve |neuro|deadly |lethal )?toxins?|(?:their |its |the )poisons?|neurotoxins?"
                             r"|toxines?|toxinas?|tossin[ae]|(?:das |ihr |sein )gift|(?:leur |son |le )poison|(?:su |el )veneno"
                             r"|(?:il |loro |suo )veleno)(?![\w])")
_SENTENCE_SPAN = re.compile(r"[^.?!;\n]+")
_SOURCE_ALKALOID = re.compile(
    r"(?<![\w])(?:(?:peyote|peyotl|san pedro|lophophora|trichocereus|echinopsis|cactus|cacti|kaktus)(?: cactus)? alkaloids?"
    r"|(?:alcaloides?|alkaloide?) (?:du |del |de la |de |des |dal |della |aus dem |aus |des )?(?:peyotl|peyote|san pedro|cactus|kaktus|cacto))(?![\w])")

# a toxic plant named only by its look (`_PLANT_BY_LOOK`): the castor plant's spiky red seed pods ('the garden plant with the spiky
# red pods', 'les gousses rouges épineuses', 'den stacheligen roten Kapseln', 'las vainas rojas espinosas') for ricin, the rosary
# pea's red-and-black seeds ('the shiny red-and-black seeds from the rosary vine', 'graines rouges et noires') for abrin
_SPIKY = r"(?:spiky|spiny|prickly|bristly|spiked|thorny|epineu\w*|herisse\w*|stachelig\w*|dornig\w*|espinos[oa]s?|erizad[oa]s?)"
_RED = r"(?:red|reddish|crimson|scarlet|rouges?|rot|rote[nrs]?|roj[oa]s?|rossi|rosse)"
_POD = (r"(?:(?:seed ?)?pods?|(?:seed ?)?capsules?|seed ?heads?|husks?|burrs?|fruits?|gousses?|capsules?|kapseln?|samenkapseln?|schoten?"
        r"|fruchte?n?|vainas?|capsulas?|frutos?)")
_PLANT_BY_LOOK = re.compile(
    rf"(?<![\w])(?P<ricin>{_SPIKY},? (?:and )?{_RED} {_POD}|{_RED},? (?:and )?{_SPIKY} {_POD}|{_POD} {_RED},? (?:et |y )?{_SPIKY}"
    rf"|{_POD} {_SPIKY},? (?:et |y )?{_RED})"
    r"|(?P<abrin>(?:red[- ]and[- ]black|scarlet[- ]and[- ]black|red,? black-?(?:spotted|tipped|eyed)|rouges? et noires?|rot-?schwarze\w*"
    r"|rojas? y negras?|rosse e nere) (?:seeds?|beans?|peas?|graines?|samen|semillas?|semi)|rosary (?:vines?|plants?))(?![\w])")


# an IUPAC-style name with three or more nitro/nitrate/nitramine groups, or a cyclic triperoxide:
_ENERGETIC = re.compile(
    r"[\w,\[\]()'-]*(?:(?:tri|tetra|penta|hexa|hepta|octa)nitr(?:o|ate|amine|oxy)|(?:tri|tetra|penta|hexa)kis\(nitrooxy|"
    r"bis\[\(nitrooxy\)|triperoxid|hexaoxonan)[\w,\[\]()'-]*"
)
_NAME_CHARS = r"[\w,\[\]()'-]*"
_CLASS_NAMES = [
    # 4-anilidopiperidines: a propanamide/(1-oxopropyl)phenylamino group on a 1-phenethylpiperidine
    (re.compile(_NAME_CHARS + r"(?:(?:oxopropyl|propanoyl|propionyl)\)?(?:phenyl|anilino)|phenylpropanamide|propananilide)" + _NAME_CHARS
                + r"(?:\s" + _NAME_CHARS + r"){0,3}?" + _NAME_CHARS + r"piperidin" + _NAME_CHARS), "fentanyl_iupac"),
    (re.compile(_NAME_CHARS + r"(?:phenylethyl|phenethyl)\)?" + _NAME_CHARS + r"piperidin" + _NAME_CHARS
                + r"(?:\s" + _NAME_CHARS + r"){0,3}?" + _NAME_CHARS + r"(?:propanamide|oxopropyl|propionyl|propanoyl|acetamide|butanamide|butyramide"
                r"|carboxamide|acrylamide|isobutyramide|oxobutyl|oxoethyl)" + _NAME_CHARS), "fentanyl_iupac"),
    # any N-phenyl amide on a 1-phenethylpiperidin-4-yl nitrogen (acetyl-, butyryl-, furanyl-, acryl-fentanyl ...)
    (re.compile(_NAME_CHARS + r"phenyl" + _NAME_CHARS + r"(?:phenethyl|phenylethyl)\)?" + _NAME_CHARS + r"piperidin-4-yl" + _NAME_CHARS
                + r"|" + _NAME_CHARS + r"(?:phenethyl|phenylethyl)\)?piperidin-4-yl\)?-n-phenyl" + _NAME_CHARS), "fentanyl_iupac"),
    # 2-benzyl-5-nitrobenzimidazoles with a diethylaminoethyl side chain (nitazenes)
    (re.compile(_NAME_CHARS + r"diethyl" + _NAME_CHARS + r"nitro" + _NAME_CHARS + r"benzimidazol" + _NAME_CHARS + r"|"
                + _NAME_CHARS + r"nitro" + _NAME_CHARS + r"benzimidazol" + _NAME_CHARS + r"diethyl" + _NAME_CHARS), "nitazene_iupac"),
]
# systematic names of controlled phenethylamines, ring-substituted amphetamines, N,N-dialkyl/alpha-alkyl tryptamines and
# cathinones (EN/ES/FR/DE/IT spellings after folding), listed or not. Plain phenethylamine/tryptamine, serotonin,
# 3,4-dimethoxyphenethylamine (a common reagent) and phenethylammonium salts (perovskites) do not match.
_AMINE_TAIL = (r"(?:phenethylamin|phenylethylamin|fenetilamin|feniletilamin|fenethylamin|phenyl\)?ethan-?(?:1-)?amin|fenil\)?etan-?(?:1-)?amin"
               r"|benzeneethanamin|amphetamin|anfetamin|amfetamin|phenyl\)?propan-2-amin|fenil\)?propan-2-amin"
               r"|phenyl\)?-?2-amino(?:ethan|propan|butan))\w*")  # old-style '1-(4-bromo-2,5-dimethoxyphenyl)-2-aminoethane' (2C-B)
_ALK = r"(?:methyl|metil|ethyl|etil|propyl|propil|isopropyl|isopropil|allyl|alil|butyl|butil)"
_CLASS_NAMES_DRUG = [
    # trivial names of acyl- and ring-substituted fentanyls, listed or not ('4-fluoroisobutyrylfentanyl', 'methoxyacetylfentanyl',
    # 'ortho-fluorofentanyl', 'thiofentanyl'); the metabolite norfentanyl and 'non-/anti-fentanyl' do not match
    (re.compile(r"(?<![\w-])(?:[\w,()'-]*[a-z])?(?:yl|o|butyr|acryl)fentan(?:yl|il|ilo)s?(?![\w])"), "fentanyl_iupac"),
    (re.compile(_NAME_CHARS + r"(?:2,5-di|3,4,5-tri|2,4,5-tri|2,4,6-tri)(?:methoxy|metoxi|metossi)" + _NAME_CHARS + _AMINE_TAIL), "phenethylamine_iupac"),
    (re.compile(_NAME_CHARS + r"(?:methylenedioxy|metilendioxi|metilenediossi|benzodioxol-5-yl)" + _NAME_CHARS + r"(?:" + _AMINE_TAIL
                + r"|\)?-?(?:n-(?:methyl|ethyl)-?)?(?:propan|butan)-2-amin\w*|aminopropan\w*|aminobutan\w*)"), "phenethylamine_iupac"),
    (re.compile(_NAME_CHARS + r"n-\(2-methoxybenzyl\)" + _NAME_CHARS + _AMINE_TAIL), "phenethylamine_iupac"),
    # described by its ring substituents without locants ('the trimethoxylated phenethylamine', 'a trimethoxy substituted
    # amphetamine', 'la fenetilamina trimetoxilada'); a dimethoxy one without locants may be the common reagent
    (re.compile(r"(?<![\w-])tri(?:methoxy|metoxi|metossi)\w*(?:[ -](?:substituted|sustituid[ao]|substitue|ring))?[ -]" + _AMINE_TAIL
                + r"|(?<![\w-])" + _AMINE_TAIL + r" tri(?:methoxy|metoxi|metossi)\w*"), "phenethylamine_iupac"),
    (re.compile(_NAME_CHARS + r"\d-(?:fluoro|chloro|bromo|iodo|methoxy|methylthio|ethoxy|methyl|ethyl)(?:meth)?amphetamin\w*"), "phenethylamine_iupac"),
    (re.compile(_NAME_CHARS + r"(?:n,n-)?di" + _ALK + r"(?:tryptamin|triptamin)\w*|" + _NAME_CHARS + r"n,n-di" + _ALK + r"-[\w,-]*"
                + r"(?:tryptamin|triptamin)\w*|" + _NAME_CHARS + r"n-" + _ALK + r"-n-" + _ALK
                + r"(?:tryptamin|triptamin)\w*|" + _NAME_CHARS + r"(?:alpha|a)-(?:methyl|ethyl|metil|etil)(?:tryptamin|triptamin)\w*"), "tryptamine_iupac"),
    # shorthand of ring-substituted tryptamines ('4-HO-MET', '4-AcO-DMT', '5-MeO-DiPT', 'MiPT')
    (re.compile(r"(?<![\w-])(?:[4-7]-(?:ho|aco|meo|po|oh|meth?oxy|hydroxy|acetoxy)-(?:dmt|det|dpt|dipt|mipt|met|eipt|malt|dalt|pyr|pip|mpt|ept|amt|mmt|nmt|dbt|dsbt|mibt)|dipt|mipt|eipt|dalt)(?![\w-])"),
     "tryptamine_short"),
    (re.compile(_NAME_CHARS + r"\[2-\(di" + _ALK + r"amino\)ethyl\]" + _NAME_CHARS + r"indol" + _NAME_CHARS + r"|" + _NAME_CHARS
                + r"indol-3-yl\)?-n,n-di" + _ALK + r"ethan\w*amine"), "tryptamine_iupac"),
    # arylcyclohexylamines: ketamine/methoxetamine-type 2-aryl-2-(alkylamino)cyclohexanones and PCP-type 1-(1-arylcyclohexyl)amines
    (re.compile(_NAME_CHARS + r"phenyl\)?-2-\(?(?:methylamino|ethylamino|propylamino|amino)\)?-?cyclohexan-?(?:1-)?one" + _NAME_CHARS + r"|"
                + _NAME_CHARS + r"\(?(?:methylamino|ethylamino|propylamino)\)?-2-\(?[\w,-]*phenyl\)?-?cyclohexan-?(?:1-)?one" + _NAME_CHARS
                + r"|" + _NAME_CHARS + r"1-\(1-(?:phenyl|[\w,-]+phenyl|thiophen-2-yl)cyclohexyl\)(?:piperidin|pyrrolidin|morpholin|ethanamin)\w*"),
     "arylcyclohexylamine_iupac"),
    (re.compile(_NAME_CHARS + r"(?:methylamino|ethylamino|dimethylamino|diethylamino|pyrrolidin-1-yl|pyrrolidinyl)\)?-1-" + _NAME_CHARS
                + r"(?:phenyl|benzodioxol-5-yl|thiophen-2-yl)\)?-?(?:propan|butan|pentan|hexan)-1-one" + _NAME_CHARS + r"|" + _NAME_CHARS
                + r"(?:phenyl|benzodioxol-5-yl|thiophen-2-yl)\)?-2-\(?(?:methylamino|ethylamino|dimethylamino|diethylamino|pyrrolidin-1-yl)\)?"
                + r"-?(?:propan|butan|pentan|hexan)-1-one" + _NAME_CHARS + r"|2-amino-1-phenylpropan-1-one|" + _NAME_CHARS
                + r"(?:pyrovaleron|pyrrolidino(?:valero|propio|butio|hexano|pentio)phenon)\w*"), "cathinone_iupac"),
]
# literals every match of a _CLASS_NAMES_DRUG pattern contains (most texts skip the patterns entirely)
_CLASS_KEYS = {"fentanyl_iupac": ("fentan",), "phenethylamine_iupac": ("amin",), "tryptamine_iupac": ("ptamin", "indol"),
               "tryptamine_short": ("-ho-", "-aco-", "-meo-", "-po-", "-oh-", "oxy-", "dipt", "mipt", "eipt", "dalt"),
               "cathinone_iupac": ("-1-one", "pyrovaleron", "pyrrolidino"), "arylcyclohexylamine_iupac": ("cyclohex",)}
_ENERGETIC_BENIGN = re.compile(r"sulfon|sulphon|hydrazin|benzoyl|crown|cyclodextrin|glycol ether")


_CW_NEAR = {"gas", "gases", "nerve", "agent", "agents", "toxin", "poison", "weapon", "weapons", "chemical", "warfare"}


_MAKE_NEAR = {"make", "making", "synthesise", "synthesize", "synthesising", "synthesizing", "produce", "producing",
              "prepare", "preparing", "manufacture", "extract", "purify", "cook", "brew", "buy", "order"}


def _cw_neighbour(toks: list[Token], i: int) -> bool:
    """A chemical-weapon/toxin word right before or after token i ('sarn gas', 'nerve agent somn'), or a
    production verb right before it ('synthesise somon')."""
    near = [toks[j].text for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(toks)]
    return any(w in _CW_NEAR for w in near) or (i > 0 and toks[i - 1].text in _MAKE_NEAR)


# words that cannot be the noun an adjective 'explosive' modifies: after them 'explosive' is itself the noun
_NOUN_FOLLOWERS = {"that", "which", "who", "whose", "used", "they", "he", "she", "we", "i", "you", "is", "was", "were", "are",
                   "would", "could", "can", "should", "will", "might", "must", "to", "from", "at", "for", "with", "like",
                   "as", "than", "behind", "hidden", "hid", "planted", "found", "made", "did", "do", "does", "then",
                   "que", "qui", "dont", "das", "der", "den", "welcher", "welches", "cual", "utilizado", "usado", "usato",
                   "utilise", "verwendet", "benutzt", "of", "the", "a", "an", "my", "his", "her", "their", "it", "them"}


# an adverb in -ly after 'explosive' shows the noun ('detonate the explosive remotely', 'a chlorate-based explosive automatically'),
# not the words in -ly that are nouns or adjectives ('explosive family', 'explosive early growth', 'explosive daily sales')
_MANNER_ADVERB = re.compile(r"(?!(?:family|supply|assembly|anomaly|rally|italy|july|poly|jelly|belly|monopoly|reply|ally|lily|early|daily"
                            r"|weekly|monthly|yearly|hourly|nightly|likely|lonely|lovely|friendly|costly|ugly|holy|silly|orderly|elderly"
                            r"|curly|fly|only)$)[a-z]{2,}ly")


# a Romance article before 'explosif'/'explosivo' and a genitive after it: the noun ('l'explosif des poseurs de bombes')
_ROMANCE_ARTICLE = {"l", "le", "el", "il", "lo", "del", "du", "au", "al", "dell", "dello"}
_ROMANCE_OF = {"de", "des", "du", "del", "d", "di", "dei", "degli", "della", "do", "da", "dos", "das"}


_VERB_FOLLOWERS = {"gives", "has", "makes", "needs", "works", "requires", "produces", "creates", "causes", "goes", "yields", "packs",
                   "burns", "leaves", "fits", "gets", "uses", "contains", "destroys", "kills", "breaks", "cuts", "blows", "lasts",
                   "detonates", "explodes", "travels", "passes", "evades", "avoids", "beats"}


# the subject or adverb before the verb 'bomb out' (to fail, to crash): not a determiner or an adjective of a device
_BOMB_OUT_SUBJECT = {"it", "they", "that", "which", "job", "run", "simulation", "code", "script", "program", "solver", "calculation", "model",
                     "build", "test", "compile", "relaxation", "optimisation", "optimization", "md", "dft", "just", "then", "always", "often",
                     "sometimes", "usually", "eventually", "will", "would", "could", "can", "might", "may", "keep", "keeps", "kept", "tend",
                     "tends", "still", "also", "never"}


# a nanomaterial a 'bomb' nickname stands for ('ZnO nano-bombs (hollow nanospheres)', "'bombs' (hollow CeO2 microspheres)")
_NANO_FORM = re.compile(r"(?:nano|micro)(?:spheres?|particles?|capsules?|cages?|shells?|reactors?|carriers?|structures?|boxes|frames?)"
                        r"|vesicles?|liposomes?|micelles?|yolk")
# an energetic fill beside it keeps the weapon sense ('nano-bombs of aluminium nanoparticles')
_ENERGETIC_FILL = re.compile(r"alumin\w*|thermite|magnesium|\w*nitrat\w*|\w*chlorat\w*|powders?|fuels?|shrapnel|nails")


def _nano_nickname(toks: list[Token], i: int, clean: str) -> bool:
    """'how 2 make ZnO nano-bombs (hollow nanospheres) w/ carbon templates': a bomb word with a nano prefix or in scare
    quotes, glossed by a nanomaterial form beside it, names a material, not a device."""
    if toks[i].text not in ("bomb", "bombs", "bombe", "bomben", "bomba", "bombas"):
        return False
    prefixed = i > 0 and toks[i - 1].text in ("nano", "micro") and toks[i - 1].end >= toks[i].start - 1
    start = toks[i - 1].start if prefixed else toks[i].start
    quoted = bool(re.search(r"['\"‘“«]\s*$", clean[max(0, start - 2) : start]))
    near = [t.text for t in toks[max(0, i - 4) : i + 7]]
    return (prefixed or quoted) and any(_NANO_FORM.fullmatch(w) for w in near) and not any(_ENERGETIC_FILL.fullmatch(w) for w in near)


# a lab pressure vessel named in the text, and words that would make a 'bomb' beside it a device after all
_VESSEL_WORDS = {"autoclave", "autoclaves", "autoklav", "autoklaven", "calorimeter", "calorimetre", "kalorimeter", "parr",
                 "teflon", "ptfe", "hydrothermal", "hydrothermale", "solvothermal", "solvothermale", "hidrotermal", "digestion"}
_VESSEL_LINING = {"teflon", "ptfe", "pfa"}  # a lining that names a lab vessel when it follows 'bombe' ('une bombe en Téflon')
_VESSEL_MODIFIERS = {"lined", "steel", "stainless", "ml", "high", "pressure", "acid", "reaction", "sealed"}
_DEVICE_WORDS = re.compile(r"pipe|pipes|powder|gunpowder|pulver|polvora|poudre|detonat\w*|shrapnel|nails|fuse|fuses|timer|anfo|tatp|blast\w*"
                           r"|explod\w*|frag\w*|kill\w*|crowd|casualt\w*|victims?|target|cocotte|pressure-cooker|cooker")


def _vessel_reference(toks: list[Token], i: int) -> bool:
    """Vessel reading: a definite bare 'bomb' in a text that names a lab pressure vessel is that vessel ('the reviewer flagged
    the bomb step ... transfer into the 50 mL Teflon-lined bomb', 'the bomb step in my solvothermal synthesis: 30 mL DMF in a
    40 mL autoclave'), unless device words come with it ('turn the autoclave into a bomb with black powder')."""
    words = [t.text for t in toks]
    # ... or any determiner with the vessel's lining or metal between ("a Teflon-lined steel 'bomb'", 'a 50 mL PTFE-lined bomb')
    k = i - 1
    while k >= 0 and k >= i - 5 and (words[k] in _VESSEL_WORDS or words[k] in _VESSEL_MODIFIERS or words[k].isdigit()):
        k -= 1
    if k < i - 1 and k >= 0 and words[k] in ("a", "an", "the", "our", "my", "this", "une", "un", "eine", "einer", "una") \
            and any(w in _VESSEL_WORDS for w in words[k + 1 : i]) and not any(_DEVICE_WORDS.fullmatch(w) for w in words):
        return True
    # ... or its lining named after it in French, Spanish or German ('une bombe en Téflon', 'una bomba de teflón', 'eine Bombe
    # aus PTFE'): the Romance and German word order of 'a Teflon bomb'
    if words[i + 1 : i + 2] and words[i + 1] in ("en", "de", "aus") and words[i + 2 : i + 3] and words[i + 2] in _VESSEL_LINING \
            and not any(_DEVICE_WORDS.fullmatch(w) for w in words):
        return True
    return (i > 0 and words[i - 1] in ("the", "this", "that", "our", "my", "la", "le", "die", "der", "el")
            and any(w in _VESSEL_WORDS for w in words) and not any(_DEVICE_WORDS.fullmatch(w) for w in words))


# a pastry or dessert called a bomb ('bomba alla crema', 'bombe glacée', 'bomba de crema', 'bombe au chocolat'): a filling or
# flavour after a preposition, or 'glacée' itself
_FOOD_BOMB_PREP = {"alla", "alle", "al", "allo", "ai", "di", "de", "au", "aux", "a", "con"}
_FOOD_BOMB_FILLING = {"crema", "creme", "cream", "cioccolato", "chocolate", "chocolat", "nutella", "marmellata", "confettura", "nata",
                      "vaniglia", "vainilla", "vanille", "pistacchio", "ricotta", "gelato", "helado", "glace", "fragola", "fresa",
                      "frutta", "frutas", "dulce", "pastelera", "patate", "papas", "carne"}
_FOOD_BOMB_AFTER = {"glacee", "glacees", "glace", "fritte", "fritta", "dolci", "dolce"}


def _food_bomb(toks: list[Token], i: int) -> bool:
    """A pastry or dessert called a bomb: 'bomba alla crema', 'bombe glacée', 'bombas de crema'."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2].text if i + 2 < len(toks) else ""
    return nxt in _FOOD_BOMB_AFTER or (nxt in _FOOD_BOMB_PREP and nxt2 in _FOOD_BOMB_FILLING)


# 'explosive' said of a surging quantity, a degree word or a copula before it ('make demand for them truly explosive', 'rendre la
# demande vraiment explosive', 'die Nachfrage wirklich explosiv machen'): the quantity's growth, not a substance
_SURGE_NOUNS = {"demand", "growth", "sales", "market", "markets", "interest", "popularity", "adoption", "uptake", "revenue", "revenues",
                "demande", "croissance", "ventes", "marche", "nachfrage", "wachstum", "absatz", "markt", "umsatz", "demanda", "crecimiento",
                "ventas", "mercado", "domanda", "crescita", "vendite", "mercato"}
_SURGE_DEGREE = {"truly", "really", "genuinely", "absolutely", "so", "very", "more", "quite", "pretty", "even", "again", "become", "became",
                 "becomes", "be", "is", "was", "get", "gets", "got", "turn", "turns", "vraiment", "tres", "plus", "devenir", "wirklich",
                 "sehr", "noch", "werden", "wird", "verdaderamente", "realmente", "muy", "mas", "fuera", "sea", "sera", "davvero", "molto"}


def _surging_quantity(toks: list[Token], i: int) -> bool:
    """'explosive' after a degree word, a surge noun ('demand', 'growth', 'sales') a few words before it: see ``_SURGE_NOUNS``."""
    if not (toks[i].text.startswith(("explosiv", "esplosiv")) or toks[i].text == "explosif") or i == 0 or toks[i - 1].text not in _SURGE_DEGREE:
        return False
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return nxt not in _DEVICE_NOUNS and any(t.text in _SURGE_NOUNS for t in toks[max(0, i - 8) : i - 1])


_DEVICE_NOUNS = {"device", "devices", "charge", "charges", "mixture", "mixtures", "powder", "compound", "material", "vest", "belt"}


def _guard_benign(toks: list[Token], i: int, clean: str = "") -> bool:
    """'bomb calorimeter', 'explosive growth', 'Teflon-lined bomb', 'ZnO nano-bombs (hollow nanospheres)': not a weapon sense."""
    if clean and _nano_nickname(toks, i, clean):
        return True
    if toks[i].text in ("bomb", "bombs", "bombe", "bomba") and _vessel_reference(toks, i):
        return True
    if toks[i].text in ("bomb", "bombs", "bombe", "bombes", "bomba", "bombas") and _food_bomb(toks, i):
        return True  # 'come si prepara la bomba alla crema', 'une bombe glacée': a pastry
    prev = toks[i - 1].text if i > 0 else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2].text if i + 2 < len(toks) else ""
    if prev in GUARD_BEFORE or nxt in GUARD_NEIGHBOURS or (nxt in ("de", "a") and nxt2 in GUARD_DE):
        return True
    if toks[i].text in ("bomb", "bombs") and nxt == "out" and (prev in _BOMB_OUT_SUBJECT or (prev.endswith("ly") and len(prev) > 4) or (
            toks[i].text == "bomb" and prev.endswith("s") and prev not in ("is", "was", "his", "its", "this", "has", "as", "us", "gas", "yes", "pas"))):
        return True  # 'the islands basically bomb out of the box', 'the run bombs out after 1e5 steps': the verb 'to fail'
    if _surging_quantity(toks, i):
        return True  # 'which market would make demand for them truly explosive': growth, not a substance
    word = toks[i].text
    if word.startswith("explosiv") or word == "explosif":
        # singular adjective use: 'explosive <noun>' where the noun is not a weapon noun
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        weapon_nouns = {"device", "devices", "charge", "charges", "material", "materials", "compound", "compounds",
                        "mixture", "mixtures", "substance", "substances", "powder", "belt", "vest", "ordnance",
                        "formulation", "train", "filler", "payload", "cord", "lens", "lenses", "plastique", "casero",
                        "artisanal", "artisanaux", "improvise", "improvised", "caseiro", "caseira", "caseros", "artigianale",
                        "improvvisato", "improvisado", "improvisada", "fatto", "hecho", "selbstgebaut", "selbstgemacht"}
        if nxt in _NOUN_FOLLOWERS:
            return False  # noun use: 'the same explosive that ...', 'which explosive would they make', 'the explosive used in'
        if _MANNER_ADVERB.fullmatch(nxt):
            return False  # noun use: 'set off a fertiliser-based explosive remotely' (an adjective is not followed by an adverb)
        if prev == "based" and clean and re.match(r"[\s'\"’”]*[,;:.?!)]", clean[toks[i].end :]):
            return False  # noun use: 'make an MEKP-based explosive, and how do I wire a timer' (an adjective does not end its phrase)
        if word in ("explosive", "explosif", "explosivo", "esplosivo") and nxt and nxt.isalpha() and nxt not in weapon_nouns:
            prev = toks[i - 1].text if i > 0 else ""
            if nxt in _VERB_FOLLOWERS:
                return False  # 'which explosive gives the biggest blast'
            if word != "explosive" and prev in _ROMANCE_ARTICLE and nxt in _ROMANCE_OF:
                return False  # noun use: 'l'explosif des poseurs de bombes de Londres', 'el explosivo de los terroristas' (article + noun + of)
            # (a noun after an interrogative in any language: 'which explosive', '¿qué explosivo es ...?', 'quel explosif')
            return prev not in {"an", "un", "una", "ein", "high", "plastic", "military", "homemade", "improvised", "which", "what",
                                "liquid", "primary", "secondary", "powerful", "stable", "the", "my", "this", "that",
                                "que", "cual", "quel", "quelle", "welcher", "welches", "welchen", "quale"} and not (
                prev.endswith("est") or prev in ("most", "good", "strong", "cheap", "simple", "easy", "first", "best"))
    return False
