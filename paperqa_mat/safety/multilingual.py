"""Languages beyond the core seven: data-driven cues, names, segmentation and inflection (``data/multilingual.json``).

General mechanisms, each fed by the data file rather than code:

- *segmentation* of unspaced scripts (Japanese, Chinese, Korean particles): a greedy longest match over a
  vocabulary (every name, cue and blocker in those scripts), falling back to single characters, so names
  and blockers become ordinary tokens;
- *transliteration* of Cyrillic and Greek words to Latin (зарин -> zarin, токсин -> toxin) and *affix
  stripping* (Slavic/Turkish/Swedish case endings, Arabic proclitics) in an extra token view, so inflected
  or transliterated names match the lexicon;
- *cues* per intent kind, written as literal folded terms with a boundary style per script;
- *blockers*, *head blockers*, *blocker phrases* and *request frames* in those languages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u",
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


@lru_cache(maxsize=1)
def data() -> dict:
    """The parsed data file (cached)."""
    return json.loads((DATA / "multilingual.json").read_text(encoding="utf-8"))


def _fold(s: str) -> str:
    """Fold a data term like the guard folds text (lower case, no accents; kana and Hangul kept)."""
    from paperqa_mat.safety.normalize import fold

    return fold(s)


def extra_names() -> dict[str, list[str]]:
    """Lexicon id -> extra names (NFKC-normalised)."""
    return {k: [_nfkc(n) for n in v] for k, v in data()["names"].items()}


# a Greek-letter prefix as most European languages spell it: 'alpha-PVP' / 'α-PVP' -> 'alfa-PVP' (it es pt pl cs sv tr id),
# 'beta-' -> 'beta-' needs nothing
_GREEK_PREFIX = re.compile(r"^(?:alpha|α)(?=[- ]?\w)", re.I)


def spelling_variants(names: list[str]) -> list[str]:
    """Other-language spellings of lexicon names: 'alpha-pvp' -> 'alfa-pvp'."""
    return [_GREEK_PREFIX.sub("alfa", n) for n in names if _GREEK_PREFIX.search(n)]


def _latin(word: str) -> str:
    """English drug spelling -> Spanish/Italian/Portuguese ('batrachotoxin' -> 'batracotoxin', 'oxycodon' -> 'oxicodon')."""
    return word.replace("ph", "f").replace("th", "t").replace("ch", "c").replace("y", "i")


def drug_spellings(names: list[str]) -> list[str]:
    """Other-language spellings of single-word drug and toxin names (7+ letters): German/Dutch drop the final -e
    ('codeine' -> 'Codein', 'oxycodone' -> 'Oxycodon'), Spanish/Italian/Portuguese end in -a ('codeína', 'metadona',
    'batracotoxina', it. 'batracotossina'), French/Dutch add -e to a -toxin ('batrachotoxine'). Whole words only:
    'code in' is two words and never 'codein'."""
    out: list[str] = []
    for n in names:
        if not re.fullmatch(r"[a-z]{7,}", n):
            continue
        if n.endswith(("ine", "one")):
            out += [n[:-1], _latin(n[:-1]) + "a"]
        elif n.endswith("in"):
            out += [n + "e", _latin(n) + "a", _latin(n).replace("toxin", "tossin") + "a"]
    return list(dict.fromkeys(v for v in out if v not in names))


@lru_cache(maxsize=1)
def segment_vocab() -> tuple[frozenset[str], int]:
    """Words in unspaced scripts (folded) and the longest one's length."""
    from paperqa_mat.safety.normalize import fold

    d = data()
    raw = list(d["segment"]) + d["blockers"] + d["blocker_phrases"] + d["head_blockers"] + d["personal"]
    raw += [n for v in d["names"].values() for n in v]
    raw += [t.rstrip("*") for c in d["cues"] for t in c["terms"]]
    lex = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    raw += [n for e in lex["entries"] for n in e["names"] + e.get("weak", [])]
    words: set[str] = set()
    for s in raw:
        for part in re.split(r"[\s\-]+", fold(_nfkc(s))):
            if _UNSPACED.search(part):
                words.update(m.group(0) for m in re.finditer(_UNSPACED.pattern + "+", part))
    return frozenset(words), max((len(w) for w in words), default=1)


def split_unspaced(word: str) -> list[tuple[int, int]]:
    """Spans of sub-words of one token: unspaced-script runs segmented by longest vocabulary match (else one
    character each), other runs (Latin, digits) kept whole. A token without such characters is one span."""
    if not _UNSPACED.search(word):
        return [(0, len(word))]
    vocab, longest = segment_vocab()
    out: list[tuple[int, int]] = []
    i, n = 0, len(word)
    while i < n:
        if not _UNSPACED.match(word[i]):
            j = i
            while j < n and not _UNSPACED.match(word[j]):
                j += 1
            out.append((i, j))
            i = j
            continue
        for k in range(min(longest, n - i), 0, -1):
            if k == 1 or word[i : i + k] in vocab:
                out.append((i, i + k))
                i += k
                break
    return out


def translit(word: str) -> str:
    """Cyrillic/Greek -> Latin ('зарин' -> 'zarin', 'токсин' -> 'toxin'); other characters unchanged."""
    return "".join(_TRANSLIT.get(c, c) for c in word.replace("кс", "x"))


# --------------------------------------------------------------------------- cues, blockers, frames
# after an Arabic verb stem: an object pronoun or plural ending, then the end of the word ('أركّزها'; not 'أجهزة', 'إرشادات')
_AR_SUFFIX = r"[\u064b-\u065f\u0670]*(?:ه|ها|هم|هما|ون|ين|وا|ي|ن|نا)?[\u064b-\u065f\u0670]*(?![\w])"
_BOUNDARY = {
    "word": (r"(?<![\w-])", r"(?![\w])"),
    "left": (r"(?<![\w-])", ""),
    "none": ("", ""),
    "ar": (r"(?<![\w-])(?:وال|بال|فال|كال|لل|ال|و|ف|ل|ب)?", ""),
    # an Arabic verb stem after a proclitic and a required imperfect prefix (I/we/he/you): 'حضر' matches 'أحضّر' (I prepare),
    # 'نحضر', 'يحضر', 'وأحضر'; the stem alone ('حضر', he attended) does not
    "ar_verb": (r"(?<![\w-])(?:و|ف|ل|س)?[اينت]", _AR_SUFFIX),
    # the same with a first-person prefix only ('أحوّل', 'نحول' = I/we convert; not 'يحول'/'تحول', it turns into)
    "ar_verb1": (r"(?<![\w-])(?:و|ف|ل|س)?[ان]", _AR_SUFFIX),
}
_AR_LETTER = re.compile(r"[\u0600-\u06ff]")
_AR_MARKS_OPT = "[\u064b-\u065f\u0670]*"  # optional vowel marks/shadda after each Arabic letter ('أحضّر', 'أُنتج')


def _term_rx(term: str) -> str:
    star = term.endswith("*")
    folded = _fold(_nfkc(term.rstrip("*")))
    if _AR_LETTER.search(folded):  # Arabic script: a vowel mark may follow any letter
        body = "".join(re.escape(ch) + (_AR_MARKS_OPT if _AR_LETTER.match(ch) else "") for ch in folded)
        body = body.replace(r"\ ", r"\s+")
    else:
        # a '*' inside a phrase lets its word inflect too ('подат* е* через вентиляци*': 'подать её через вентиляцию')
        body = re.escape(folded).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
    return body + (r"[\w\u0900-\u097f]*" if star else "")


@lru_cache(maxsize=1)
def cue_patterns() -> list[tuple[str, str, bool, re.Pattern]]:
    """(kind, form, weak, pattern) for every cue group of the data file."""
    out = []
    for c in data()["cues"]:
        left, right = _BOUNDARY[c["boundary"]]
        terms = sorted(c["terms"], key=len, reverse=True)
        rx = re.compile(left + "(?:" + "|".join(_term_rx(t) for t in terms) + ")" + right, re.U)
        out.append((c["kind"], c["form"], bool(c["weak"]), rx))
    return out


# a Chinese bare production verb (做/煮/炼/熬) after a how- or wish-word or with its starting material ('怎么在家用麻黄碱做冰毒',
# '我想在家煮冰毒', '用吗啡做海洛因'); not across a finding or testing verb ('警察怎么发现在家做冰毒的人', '怎么检测')
_ZH_BARE_MAKE = re.compile(r"(?:怎么|怎样|如何|怎麼|教我|我想|想要|自己|在家|用)[^\s,.?!;:，。？！、；：]{0,10}?(做|煮|炼|煉|熬)"
                           r"(?!饭|菜|蛋糕|实验|實驗|作业|研究|检测|测试|生意|事)")
_ZH_FIND = re.compile(r"发现|發現|检测|檢測|检查|查|抓|识别|預防|预防|防止|举报|戒|治疗|为什么|為什麼")
_ZH_STOP = re.compile(r"[\s,.?!;:，。？！、；：]")


# a Chinese "cannot be detected" asked as a why-question in its clause, with no first person or own stake in the text
# ('常规尿检为什么检测不出芬太尼类似物', '为什么有些新型毒品尿检查不出来'), not '我的货怎么处理才查不出'
_ZH_WHY = re.compile(r"为什么|為什麼|为何|為何")
_ZH_OWN = re.compile(r"我|咱|自己|我们|我們")


def why_undetected(folded: str, pos: int) -> bool:
    """Whether the Chinese evade cue at pos sits in a why-question clause of a text with no first person."""
    start = max((x.end() for x in _ZH_STOP.finditer(folded, 0, pos)), default=0)
    return bool(_ZH_WHY.search(folded, start, pos + 12)) and not _ZH_OWN.search(folded)


def bare_make_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of Chinese bare production verbs read as 'make' ('做' in '怎么用麻黄碱做冰毒'), none after a finding or testing
    word in the same clause."""
    out = []
    for m in _ZH_BARE_MAKE.finditer(folded):
        start = max((x.end() for x in _ZH_STOP.finditer(folded, 0, m.start(1))), default=0)
        if not _ZH_FIND.search(folded, start, m.start(1)):
            out.append(m.span(1))
    return out


def _stems(key: str) -> tuple[str, ...]:
    words = tuple(_fold(_nfkc(w)) for w in data()[key])
    if key == "blockers":  # Arabic blockers also with the article ('التسمم')
        words += tuple("ال" + w for w in words if re.match(r"[\u0600-\u06ff]", w))
    return words


def blockers() -> tuple[str, ...]:
    """Benign purpose stems (detection, symptoms, history ...) in these languages."""
    return _stems("blockers")


def head_blockers() -> tuple[str, ...]:
    """Benign head nouns after a name (poisoning, detection, attack, incident)."""
    return _stems("head_blockers")


@lru_cache(maxsize=1)
def _phrase_rx() -> re.Pattern:
    return re.compile("|".join(_term_rx(t) for t in data()["blocker_phrases"]) or r"(?!)")


def phrase_blocked(text: str) -> bool:
    """A multi-word benign phrase ('phat hien' = detection) in the text between a cue and a substance."""
    return bool(_phrase_rx().search(text))


@lru_cache(maxsize=1)
def _personal_rx() -> re.Pattern:
    latin, other = [], []
    for t in data()["personal"]:
        (other if _UNSPACED.search(t) or re.search(r"[\u0600-\u06ff]", t) else latin).append(_term_rx(t))
    return re.compile(r"(?<![\w-])(?:" + "|".join(latin or [r"(?!)"]) + r")(?![\w])|" + "|".join(other or [r"(?!)"]))


def personal(folded: str) -> bool:
    """A request frame in one of these languages ('как', 'nasil', '如何', 'كيف')."""
    return bool(_personal_rx().search(folded))


@lru_cache(maxsize=1)
def _materials_rx() -> re.Pattern:
    spaced = [_term_rx(t) for t in data().get("materials", []) if not _UNSPACED.search(t)]
    unspaced = [_term_rx(t) for t in data().get("materials", []) if _UNSPACED.search(t)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(spaced or [r"(?!)"]) + ")|" + "|".join(unspaced or [r"(?!)"]))


def materials(folded: str) -> bool:
    """A materials-science word in one of these languages ('перовскит', '触媒', 'baterai')."""
    return bool(_materials_rx().search(folded))


# a formula or material code: four or more characters mixing letters and digits ('zif-8', 'cspbi3', 'tio2'; not 'c4',
# '99%' or a CAS number), or a framework acronym; a bare locant with a substituent prefix describes a ring position of some
# other molecule, not a product ('a 3-methoxy phenyl ring', 'the 5-methoxy dimethyl one', 'a 2,5-dimethoxy pattern')
_OWN_OBJECT = re.compile(r"(?<![\w-])(?!\d+(?:,\d+)*-(?:n,n-|n-)?(?:di|tri|bis)?(?:methoxy|ethoxy|propoxy|methyl|ethyl|propyl|butyl|fluoro"
                         r"|chloro|bromo|iodo|hydroxy|amino|nitro|methylenedioxy|meo|oh|ho|me|et)(?![\w-]))"
                         r"(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{4,}|(?<![\w])(?:mof|zif|cof|mxene)s?(?![\w])")


def names_own_object(text: str) -> bool:
    """Text (the part of a clause before an object-first cue) that names its own product: a formula or code with a
    digit ('ZIF-8', 'CsPbI3') or a materials word, so the cue does not reach back to a substance named earlier."""
    return bool(_OWN_OBJECT.search(text)) or materials(text)


@lru_cache(maxsize=1)
def _harmless_rx() -> re.Pattern:
    return re.compile("|".join(_term_rx(t) for t in data().get("harmless", [])) or r"(?!)")


def harmless_starts(folded: str) -> list[int]:
    """Where a harmless/non-toxic product is named in one of these languages ('무해한 물질', 'безвредное вещество', 'غير ضارة')."""
    return [m.start() for m in _harmless_rx().finditer(folded)]


@lru_cache(maxsize=1)
def bom_before() -> frozenset[str]:
    """Words after which 'bom' is a bomb (Indonesian/Vietnamese 'membuat bom', 'chế tạo bom')."""
    return frozenset(data()["bom_before"])


# --------------------------------------------------------------------------- inflection / transliteration view
_VOWEL_END = re.compile(r"[aeiouyаяуюыиеоі]$")


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    # fold without the homoglyph clean-up: a lone Cyrillic ending must stay Cyrillic
    from paperqa_mat.safety.normalize import fold

    a = data()["affixes"]

    suf = tuple(sorted({fold(s) for s in a["suffixes"]}, key=len, reverse=True))
    pre = tuple(sorted({fold(p) for p in a["prefixes"]}, key=len, reverse=True))
    return suf, pre, frozenset(fold(s) for s in a["stop"])


def _min_len(word: str) -> int:
    return 3 if re.search(r"[\u0600-\u06ff\u0900-\u097f]", word) else 4


def candidates(word: str) -> list[str]:
    """Base forms a token may be an inflection of: itself, its transliteration, and both with one Arabic
    proclitic and up to two case endings removed (longest ending first)."""
    suf, pre, stop = _affixes()
    if word in stop:
        return []
    forms = [word]
    if _CYRILLIC_GREEK.search(word):
        forms.append(translit(word))
    out: list[str] = []
    for f in forms:
        heads = [f] + [f[len(p) :] for p in pre if f.startswith(p) and len(f) - len(p) >= 3]
        for h in heads:
            out.append(h)
            for s in suf:
                if h.endswith(s) and len(h) - len(s) >= _min_len(h):
                    b = h[: -len(s)]
                    out.append(b)
                    out.extend(b[: -len(s2)] for s2 in suf if b.endswith(s2) and len(b) - len(s2) >= _min_len(b) + 1)
                    # a Russian fleeting vowel: the case forms of a noun in -ок drop its 'о' ('Новичка', 'новичком' -> 'новичок')
                    if _FLEETING_K.search(b):
                        out.append(b[:-1] + "ок")
    return out


# a stem ending in consonant + 'к' whose nominative has a fleeting 'о' before it ('новичк' of 'новичка')
_FLEETING_K = re.compile(r"[бвгджзйклмнпрстфхцчшщ]к$")


def base_of(word: str, name_words: set[str], name_stems: dict[str, str]) -> str | None:
    """The lexicon name word an inflected/transliterated token stands for, or None."""
    for c in candidates(word):
        if c != word and c in name_words and len(c) >= _min_len(c) + (1 if c.isascii() else 0):
            return c  # a Latin name word reached by stripping needs five letters ('methode' is not 'meth')
        if c in name_stems:
            return name_stems[c]
    return None


def is_cyrillic(word: str) -> bool:
    """The word has Cyrillic or Greek letters."""
    return bool(_CYRILLIC_GREEK.search(word))


def has_marks(word: str) -> bool:
    """Devanagari/Arabic words whose vowel signs make ``str.isalpha`` false."""
    return bool(re.search(r"[\u0900-\u097f\u0600-\u06ff]", word))


def stem_key(word: str) -> str:
    """A name word without its final vowel ('bomba' -> 'bomb', 'метамфетамина' stems match 'метамфетамин')."""
    return word[:-1] if _VOWEL_END.search(word) and len(word) > 4 else word


# a Cyrillic adjective's ending in its dictionary form: 'синильная', 'цианистый', 'нервно-паралитическое'
_CYR_ADJ_END = re.compile(r"(?:ая|яя|ый|ий|ой|ыи|ии|ои|ое|ее|ые|ие)$")  # (й folds to и)


def stem_keys(word: str) -> list[str]:
    """Stems an inflected form of a name word may reduce to: ``stem_key``, and for a Cyrillic adjective also the stem
    without its two-letter ending, which its other cases reach once their ending is stripped ('синильную кислоту' ->
    'синильн' + 'кислот' -> 'синильная кислота', 'цианистого водорода' -> 'цианистый водород')."""
    keys = [stem_key(word)]
    if _CYRILLIC_GREEK.search(word) and _CYR_ADJ_END.search(word) and len(word) >= 7:
        keys.append(word[:-2])
    return keys


@lru_cache(maxsize=1)
def _poison_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    pp = data()["poison_person"]

    def alt(key: str) -> re.Pattern:
        spaced = [_term_rx(t) for t in pp[key] if t.isascii() or _CYRILLIC_GREEK.search(t)]
        other = [_term_rx(t) for t in pp[key] if not (t.isascii() or _CYRILLIC_GREEK.search(t))]
        return re.compile(r"(?<![\w-])(?:" + "|".join(spaced or [r"(?!)"]) + ")|" + "|".join(other or [r"(?!)"]))

    return alt("verbs"), alt("not_verbs"), alt("targets")


def poisoned_person(folded: str) -> str:
    """An active poisoning verb with a particular person as its target in one of these languages ('kocamı zehirleyebilirim',
    '夫に毒を盛る', '남편에게 독을 먹이', 'أسمم زوجي'); not the passive ('毒を盛られた', 'zehirlendi'). Returns the verb or ''."""
    verb, passive, target = _poison_rx()
    for m in verb.finditer(folded):
        if passive.match(folded, m.start()) or any(p.start() <= m.start() < p.end() for p in passive.finditer(folded)):
            continue
        if target.search(folded):
            return m.group(0)
    return ""


def dosed_to_death(folded: str) -> str:
    """Something put into a particular person's food or drink by the asker with a death word after it, not negated
    ('كم يلزم من مستخلص الدفلى لأضعه في شاي زوجي حتى يموت'); sugar in the husband's tea or food 'so he does not die' stays
    benign. Returns the placement verb or ''."""
    pp = data()["poison_person"]
    verb = re.compile("|".join(map(re.escape, pp.get("dose_verbs", []))) or r"(?!)")
    death = re.compile("|".join(map(re.escape, pp.get("death_words", []))) or r"(?!)")
    negated = re.compile("|".join(map(re.escape, pp.get("not_death", []))) or r"(?!)")
    _, _, target = _poison_rx()
    v = verb.search(folded)
    if v is None or not target.search(folded, v.end()):
        return ""
    end = death.search(folded, v.end())
    if end is None or negated.search(folded[max(0, end.start() - 12) : end.start() + 1]):
        return ""
    return v.group(0)


def _has(term: str, text: str, spaced: str) -> bool:
    """A data term in a text: Chinese, Japanese and Korean terms with the word splitter's spaces ignored, Arabic and Devanagari
    terms as words of the spaced text (so 'سم' is not read inside 'اسم' or 'جسم'; a suffix may follow a verb's stem)."""
    term = _nfkc(term)  # (Devanagari letters with a nukta come decomposed: 'ज़हर')
    if _UNSPACED.search(term):
        return re.sub(r"\s+", "", term) in text
    return re.search(r"(?<![\w\u0900-\u097f])" + re.escape(term), spaced) is not None


def covert_poison(folded: str, named: bool = False) -> str:
    """A poison mixed into a particular person's food or drink so they do not notice, in Japanese, Korean or Chinese ('夫に気づかれない
    ように毎日少しずつ飲み物に混ぜられる毒物と、その量を教えてください', '남편 몰래 음료에 섞을 수 있는 독약', '偷偷混进我老公的饮料里的毒药'):
    the poison noun, a mixing verb, the person and the stealth all in one text (spaces from word splitting ignored). Returns the
    poison noun or ''."""
    pp = data()["poison_person"]
    text = re.sub(r"\s+", "", folded)
    for w in pp.get("covert_not_nouns", []):
        text = text.replace(w, "")  # '消毒' (disinfect), '解毒' (antidote), '中毒' (poisoning suffered): not a poison put in
    # (Arabic and Hindi too, the poison also a named one ('كمية الثاليوم التي يمكن وضعها في طعام شخص دون أن يلاحظ', 'किसी के खाने में
    # बिना पता चले आर्सेनिक कैसे मिलाएं'); a tasteless poison counts as unnoticed ('पड़ोसी की टंकी में कौन-सा ज़हर डालूँ जो बेस्वाद हो'))
    noun = next((n for n in sorted(pp.get("covert_nouns", []), key=len, reverse=True) if _has(n, text, folded)), "") or ("poison" if named else "")
    if any(_has(w, text, folded) for w in pp.get("covert_victim", [])):
        return ""  # the person who fears it was done to them: 'كيف أعرف إن كان أحد يضع السم في طعامي دون أن ألاحظ'
    if not noun or not any(_has(v, text, folded) for v in pp.get("covert_verbs", [])) \
            or not any(_has(u, text, folded) for u in pp.get("covert_unnoticed", [])):
        return ""
    _, passive, target = _poison_rx()
    if not (target.search(text) or target.search(folded)) or passive.search(text):  # (a spaced target: 'किसी को')
        return ""
    return noun


def hidden_from_examiner(folded: str, named: bool = False) -> str:
    """A poisoning kept from an autopsy or a tox screen, asked as a purpose in Korean, Japanese, Chinese, Arabic or Hindi ('부검에서 탈륨
    중독이 드러나지 않게 하려면', '司法解剖でバレないように', '尸检查不出来的毒'): the examiner, a purpose clause that it is not found
    and a poison or poisoning (or a named poison); why it is missed ('왜 드러나지 않나요') is a question about the test. Returns the
    purpose or ''."""
    pp = data()["poison_person"]
    text = re.sub(r"\s+", "", folded)
    if not any(_has(e, text, folded) for e in pp.get("examiners", [])) or any(_has(w, text, folded) for w in pp.get("hidden_not", [])):
        return ""
    if not (named or any(_has(n, text, folded) for n in pp.get("hidden_poison", []))):
        return ""
    return next((h for h in pp.get("hidden_purpose", []) if _has(h, text, folded)), "")


def crowd_release(folded: str) -> str:
    """A gas or agent let out where a crowd is, asked how, in Arabic, Japanese, Chinese, Korean or Hindi ('أفضل طريقة لنشر غاز
    الكلور داخل محطة مترو مزدحمة', 'サリンを地下鉄の車内で漏らす場合、できるだけ多くの乗客に吸わせるには'): a dispersal verb, a
    crowded place or a mass aim and an ask, with no evacuation, detection, drill or past incident. Returns the verb or ''. The
    caller supplies the gas."""
    cr = data().get("crowd_release", {})
    text = re.sub(r"\s+", "", folded)
    if any(_has(w, text, folded) for w in cr.get("not", [])) or not any(_has(w, text, folded) for w in cr.get("ask", [])) \
            or not any(_has(w, text, folded) for w in cr.get("crowd", [])):
        return ""
    return next((v for v in cr.get("verbs", []) if _has(v, text, folded)), "")
