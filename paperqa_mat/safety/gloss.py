"""A word-by-word English gloss of requests written in other languages (``data/gloss.json``).

The learned backstop is trained mostly on English requests, and its character n-grams read little of a request in
Arabic, Hindi, Japanese or Korean script. The gloss maps the words of such a request onto a fixed list of English
concept words, like a dictionary ('ما هي أفضل طريقة لنشر غاز ...' -> 'what best way spread gas ...'), so that what the
classifier learnt from English requests carries over. It is a reading aid for the classifier only: no rule reads it
(the guard only asks how much of a text it covers, to let the classifier speak at its closed and guarded tiers).

The data file holds, per language, concept -> terms; a term is a word (a trailing '*' makes it a stem: any ending) or a
phrase. It is a dictionary lookup, not a pattern search: a word of a spaced script is looked up whole, then by its
longest listed stem (Arabic script also without a proclitic, vowel marks or a pronoun suffix), phrases word by word;
Japanese and Chinese runs are read by greedy longest match, and so are Korean words (a term of two syllables or more
anywhere in a compound, a shorter one at its start). A language written in Latin letters (Turkish, Polish, Vietnamese,
Indonesian) keeps its accents and is glossed only when the text is not English and its terms cover a good share of the
text's letters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from paperqa_mat.safety import multilingual as ml

DATA = Path(__file__).resolve().parent / "data"

_SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
}
_UNSPACED = ("kana", "han")
# a word: letters, digits, Devanagari signs and Arabic vowel marks (a Japanese or Chinese run is one word, scanned inside)
_WORD = re.compile(r"[\w\u0900-\u097f\u064b-\u065f\u0670]+")
_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_AR_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ل", "ب", "ك")
_AR_SUFFIXES = ("هما", "ها", "هم", "ون", "ين", "وا", "نا", "ه", "ي", "ن")
_LATIN_LETTERS = re.compile(r"[a-z]+")
# a text with this share of English function words is English: no Latin-script language is glossed in it
_EN_STOP = frozenset("the a an and or of to in on for with is are was be do does did i my me you your it this that "
                     "how what which can could would should will from at by as not".split())
_LATIN_COVER = 0.3


def _script(term: str) -> str:
    for name, rx in _SCRIPTS.items():
        if rx.search(term):
            return name
    return "latin"


@lru_cache(maxsize=1)
def data() -> dict:
    """The parsed data file (cached)."""
    return json.loads((DATA / "gloss.json").read_text(encoding="utf-8"))


def _lang_script(terms: list[str]) -> str:
    scripts = [_script(t) for t in terms]
    if "kana" in scripts:  # Japanese: kana and kanji
        return "kana"
    return max(set(scripts), key=scripts.count)


def _lower(text: str) -> str:
    """Lower case, one character per character (so offsets into the folded text hold): 'İ' stays."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass
class _Table:
    """One language's vocabulary: whole words, stems (a word start) and phrases, each -> concept."""

    script: str
    exact: dict[str, str] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]] = field(default_factory=dict)  # first word -> (words, star, concept)
    longest: int = 1


def _norm(term: str, script: str) -> str:
    """A data term as the text is read: Latin-script languages lower-cased with their accents, other scripts folded."""
    if script == "latin":
        return ml._nfkc(term)
    return _AR_MARKS.sub("", ml._fold(ml._nfkc(term)))


@lru_cache(maxsize=1)
def _tables() -> dict[str, _Table]:
    """Language -> its vocabulary. Latin-script languages keep their accents (Vietnamese tones tell words apart: 'từ'
    from, 'tù' prison) and are read from the lower-cased text; every other script is folded like the guard folds text."""
    out = {}
    for lang, entries in data()["langs"].items():
        terms = [t.strip().lower() for ts in entries.values() for t in ts if t.strip().rstrip("*")]
        if not terms:
            continue
        table = _Table(_lang_script(terms))
        for concept, ts in entries.items():
            for term in (t.strip().lower() for t in ts):
                star, bare = term.endswith("*"), _norm(term.rstrip("*"), table.script)
                words = tuple(w.rstrip("*") for w in bare.split())
                if not words:
                    continue
                if len(words) > 1 and _script(bare) not in _UNSPACED:
                    table.phrases.setdefault(words[0], []).append((words, star, concept))
                else:
                    key = "".join(words) if _script(bare) in _UNSPACED else words[0]
                    (table.stems if star else table.exact).setdefault(key, concept)
                    table.longest = max(table.longest, len(key))
        for v in table.phrases.values():
            v.sort(key=lambda p: -len(p[0]))
        out[lang] = table
    return out


def _lookup(word: str, table: _Table) -> str | None:
    """The concept of one word: the whole word, then its longest listed stem; Arabic script also without a proclitic,
    vowel marks or a pronoun/plural suffix."""
    forms = [word]
    if table.script == "arabic":
        word = _AR_MARKS.sub("", word)
        forms = [word] + [word[len(p):] for p in _AR_PROCLITICS if word.startswith(p) and len(word) - len(p) >= 2]
        forms += [f[: -len(s)] for f in list(forms) for s in _AR_SUFFIXES if f.endswith(s) and len(f) - len(s) >= 2]
    for f in forms:
        if f in table.exact:
            return table.exact[f]
    for f in forms:
        for n in range(len(f), 0, -1):
            if f[:n] in table.stems:
                return table.stems[f[:n]]
    return None


def _scan(text: str, start: int, end: int, table: _Table, out: list, min_inner: int = 1) -> None:
    """Greedy longest match inside one run of characters: every position of a Japanese or Chinese run; in a Korean word
    (a noun or stem with its particles, or a compound) terms of ``min_inner`` syllables or more anywhere, shorter ones at
    its start. Stems match as written."""
    i = start
    while i < end:
        for n in range(min(table.longest, end - i), 0, -1):
            if n < min_inner and i != start:
                continue
            sub = text[i : i + n]
            c = table.exact.get(sub) or table.stems.get(sub)
            if c:
                out.append((i, i + n, c))
                i += n
                break
        else:
            i += 1


def _matches(table: _Table, text: str) -> list[tuple[int, int, str]]:
    """(start, end, concept) for every word or phrase of ``text`` the table knows, left to right, longest first."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        if table.script in _UNSPACED or (table.script == "hangul" and not table.phrases.get(w)):
            _scan(text, s, e, table, out, 2 if table.script == "hangul" else 1)
            i += 1
            continue
        hit = None
        for words_, star, concept in table.phrases.get(w if table.script != "arabic" else _AR_MARKS.sub("", w), ()):
            n = len(words_)
            got = [x[2] for x in words[i : i + n]]
            if len(got) == n and all(g == p for g, p in zip(got[:-1], words_[:-1], strict=True)) and (
                    got[-1] == words_[-1] or (star and got[-1].startswith(words_[-1]))):
                hit = (s, words[i + n - 1][1], concept, n)
                break
        if hit:
            out.append(hit[:3])
            i += hit[3]
            continue
        c = _lookup(w, table)
        if c:
            out.append((s, e, c))
        i += 1
    return out


def _english(folded: str) -> bool:
    words = _LATIN_LETTERS.findall(folded)
    return bool(words) and sum(w in _EN_STOP for w in words) >= 0.15 * len(words)


@lru_cache(maxsize=4096)
def spans(folded: str, clean: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """Non-overlapping (start, end, English concept) spans of a folded text, in text order (longest match first).
    ``clean``: the text before folding (same length), where Latin-script languages are read with their accents.
    Cached: the classifier's features and the guard's tier both ask for the same text."""
    tables = _tables()
    lowered = _lower(clean) if clean is not None and len(clean) == len(folded) else folded
    present = {name for name, rx in _SCRIPTS.items() if rx.search(folded)}
    found: list[tuple[int, int, str]] = []
    latin_best: list[tuple[int, int, str]] = []
    for table in tables.values():
        script = table.script
        if script == "latin":
            continue
        if script == "han" and "kana" in present:  # Japanese text: read by the Japanese table only
            continue
        if script not in present:
            continue
        found += _matches(table, folded)
    if not _english(folded):
        letters = sum(len(w) for w in _LATIN_LETTERS.findall(folded)) or 1
        best = 0.0
        for table in tables.values():
            if table.script != "latin":
                continue
            ms = _matches(table, lowered)
            cover = sum(len(w) for s, e, _ in ms for w in _LATIN_LETTERS.findall(folded[s:e])) / letters
            if cover >= _LATIN_COVER and cover > best:
                best, latin_best = cover, ms
    found += latin_best
    out: list[tuple[int, int, str]] = []
    end = -1
    for s, e, c in sorted(found, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s >= end:
            out.append((s, e, c))
            end = e
    return tuple(out)


# concepts of a defensive, medical, regulatory or historical reading, and concepts of harmful intent: a glossed request with
# one of the first and none of the second is read as asking about protection, treatment or the rules (``benign_reading``)
BENIGN = frozenset({"symptoms", "symptom", "treat", "treatment", "antidote", "detect", "detection", "sensor", "safe", "safety",
                    "decontaminate", "neutralize", "dispose", "destroy", "protect", "protective equipment", "convention", "treaty",
                    "regulation", "ban", "hospital", "doctor", "first aid", "emergency", "poison control", "history", "diagnosis",
                    "therapy", "inspection", "inspector", "disposal", "gloves", "mask", "goggles", "fume hood", "fire extinguisher"})
HARMFUL = frozenset({"kill", "harm", "hurt", "attack", "injure", "secretly", "unnoticed", "undetected", "noticing", "without",
                     "smuggle", "hide", "conceal", "disguise", "fake", "pretend", "bypass", "evade", "fool", "avoid", "victims",
                     "crowd", "maximum", "explode", "detonate", "spread", "release", "disperse", "spray", "slip", "inject", "pour",
                     "synthesize", "produce", "make", "build", "assemble", "cook", "grow", "extract", "purify", "distill",
                     "concentrate", "crystallize", "buy", "order", "obtain", "steal", "sell", "ship", "send", "transport",
                     "deliver", "scale up", "stabilize", "store", "enemy", "neighbor", "husband", "wife", "boss", "colleague",
                     "someone", "terrorist", "criminal", "weapon", "bomb", "recipe", "step by step", "instructions", "quantity",
                     "amount", "dose", "lethal", "deadly", "fatal", "kilogram", "grams"})


def benign_reading(folded: str, clean: str | None = None, harmless: bool = False) -> bool:
    """A glossed request whose English concepts include a defensive, medical, regulatory or historical one (symptoms,
    treatment, detection, safety, decontamination, a treaty ...), or that names a harmless product (``harmless``), and
    none of harmful intent (making, obtaining, hiding, harming, a person as target, a dose or quantity ...)."""
    concepts = {c for _, _, c in spans(folded, clean)}
    return bool(concepts) and (bool(concepts & BENIGN) or harmless) and not concepts & HARMFUL


def gloss(text: str) -> str:
    """The English gloss of a text: concept words in text order (a reading aid; '' when nothing is glossed)."""
    from paperqa_mat.safety.normalize import fold

    return " ".join(c for _, _, c in spans(fold(text), text))
