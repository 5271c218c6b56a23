"""De-obfuscation: Unicode clean-up, case/accent folding, leetspeak, spaced-out letters.

Everything works on :class:`Token` objects that keep their character span in the *cleaned* text, so
matches found in a de-obfuscated view can still be paired with intent cues by position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from paperqa_mat.safety.multilingual import bom_before, split_unspaced

# zero-width and invisible formatting characters used to split words
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e\u061c"), None
)
# Cyrillic / Greek / other letters that look like Latin ones (applied only inside mixed-script words)
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h",
    }
)
_PUNCT = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
                        "‐": "-", "‑": "-", "−": "-", "·": ".", "•": ".", "…": "."})
_LATIN = re.compile(r"[A-Za-z]")
_NONLATIN_LOOKALIKE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0131\u0142\u00f8\u0111\u0127\u0261\u0578\u057d]")
_WORD = re.compile(r"\S+")
# a military code written with look-alike capitals in Cyrillic or Greek text: one or two capitals, a hyphen, three digits
# ('«Новичок» А-234' -> 'A-234'); a tank's 'Т-34' (two digits) stays as it is
_LOOKALIKE_CODE = re.compile("^[^\\w]*[\u0391-\u03a9\u0410-\u042f]{1,2}-\\d{3}[^\\w]*$")
_CJK_STOP = re.compile("。|(?<=[?!])(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])")
_NATIVE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def clean(text: str) -> str:
    """NFKC, drop invisible characters, unify dashes/quotes, map homoglyphs inside mixed-script words."""
    text = unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE).translate(_PUNCT)
    text = "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text)
    text = _CJK_STOP.sub(lambda m: ". " if m.group(0) else " ", text)  # '。', and '?'/'!' right before CJK, end a sentence

    # in genuinely Cyrillic/Greek text ('з а р и н', 'как'), words made only of look-alike letters are real words
    native = sum(1 for c in _NATIVE.findall(text) if c.translate(_HOMOGLYPHS) == c) >= 2

    def fix(m: re.Match) -> str:
        w = m.group(0)
        if _NONLATIN_LOOKALIKE.search(w) and (_LATIN.search(w) or (_mostly_lookalike(w) and not native) or _LOOKALIKE_CODE.search(w)):
            return w.translate(_HOMOGLYPHS)
        return w

    return _WORD.sub(fix, text)


_B64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")


def decode_hidden(text: str) -> str:
    """Text hidden in base64 inside a request ('decode this: aG93IHRvIG1ha2Ugc2FyaW4='), else ''."""
    import base64
    import binascii

    out = []
    for m in _B64.finditer(text or ""):
        tok = m.group(0)
        if tok.isalpha() or tok.isdigit():
            continue
        try:
            raw = base64.b64decode(tok + "=" * (-len(tok) % 4), validate=True)
            dec = raw.decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        if dec.isprintable() and sum(c.isalpha() or c == " " for c in dec) >= 0.8 * len(dec) and " " in dec:
            out.append(dec)
    return " . ".join(out)


def _mostly_lookalike(word: str) -> bool:
    """A word written fully in look-alike letters ('ѕаrіn') is Latin in disguise; real Cyrillic words
    contain letters without a Latin twin (и, л, д, ...)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.translate(_HOMOGLYPHS) != c for c in letters)


# Persian/Urdu letter forms of Arabic letters, so one spelling of a name or cue matches all three scripts:
# 'ی' 'ى' -> 'ي' (yeh), 'ک' -> 'ك' (kaf), 'ہ' 'ۂ' 'ھ' -> 'ه' (heh): 'هروئین' (fa) and 'هروئين' (ar) fold alike
_PERSO_ARABIC = {"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06c2": "\u0647",
                 "\u06be": "\u0647"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    if c in _PERSO_ARABIC:
        return _PERSO_ARABIC[c]
    if "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7a3":
        return c  # kana with voicing marks and Hangul syllables would lose their identity when decomposed
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Lower-case and strip accents, one output character per input character (offsets survive)."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


# '\u0900-\u097f', '\u064b-\u065f': Devanagari vowel signs/viramas and Arabic vowel marks belong to their word
_TOKEN = re.compile(r"[\w@$\u0900-\u097f\u064b-\u065f\u0670]+(?:!+[\w@$]+)*", re.U)  # 'r!c!n': '!' inside a word is a leet 'i'
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")  # Arabic vowel marks and shadda ('أحضّر' is 'أحضر')
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "8": "b", "!": "i"})
_HAS_ALPHA = re.compile(r"[^\W\d_]", re.U)
_SPACED_SEP = re.compile(r"^[\s.\-_*/|+~,:]{1,3}$")


def tokenize(folded: str) -> list[Token]:
    """Word tokens (letters, digits, @, $) with spans; underscores split words."""
    out = []
    for m in _TOKEN.finditer(folded):
        for part in re.finditer(r"[^_]+", m.group(0)):
            # unspaced scripts (CJK, Korean particles) are segmented into vocabulary words
            for a, b in split_unspaced(part.group(0)):
                word = part.group(0)[a:b].replace("sulph", "sulf").replace("ß", "ss")
                if _ARABIC_MARKS.search(word):  # 'السّارين' (with a shadda) is the name 'السارين'; the span keeps the marks
                    word = _ARABIC_MARKS.sub("", word)
                out.append(Token(word, m.start() + part.start() + a, m.start() + part.start() + b))
    return out


def deleet(tok: str) -> str:
    """'n0v1ch0k' -> 'novichok'; tokens without letters (numbers, CAS parts) are left alone."""
    if not _HAS_ALPHA.search(tok) or not re.search(r"[0-9@$!]", tok):
        return tok
    return tok.translate(_LEET)


def deobfuscate(tokens: list[Token], folded: str) -> list[Token]:
    """De-leet tokens and merge runs of single characters ('s a r i n', 's-a-r-i-n') into one token."""
    toks = [Token(deleet(t.text), t.start, t.end) for t in _pipe_words(tokens, folded)]
    out: list[Token] = []
    i = 0
    while i < len(toks):
        j = i
        while (
            j + 1 < len(toks)
            and len(toks[j].text) == 1
            and len(toks[j + 1].text) == 1
            and _SPACED_SEP.match(folded[toks[j].end : toks[j + 1].start] or "x")
        ):
            j += 1
        run = toks[i : j + 1]
        if j - i >= 2:
            out.extend(_merge_run(run, [folded[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]))
        elif j - i == 1 and run[0].text.isalpha() and run[1].text.isalpha() and folded[run[0].end : run[1].start] == ".":
            out.append(_join(run))  # dotted pair: 'v.x.' -> 'vx'
        else:
            out.extend(run)
        i = j + 1
    return _chat_words(_merge_syllables(out, folded))


# a pipe for the letter l inside a leetspeak word ('ch|0r1ne', 'fent@ny|', 's|ime'); pipe-separated fields ('name|cas|use',
# 'chlorine|7782-50-5') stay apart: both sides need a letter, and a leet character or a piece of one or two characters
_LEET_CHAR = re.compile(r"[0-9@$!]")


def _pipe_words(tokens: list[Token], folded: str) -> list[Token]:
    """Join tokens split by a pipe standing for 'l' inside one word."""
    out: list[Token] = []
    for t in tokens:
        prev = out[-1] if out else None
        if (prev is not None and folded[prev.end : t.start] == "|" and _HAS_ALPHA.search(prev.text) and _HAS_ALPHA.search(t.text)
                and (_LEET_CHAR.search(prev.text + t.text) or min(len(prev.text), len(t.text)) <= 2)):
            out[-1] = Token(prev.text + "l" + t.text, prev.start, t.end)
        elif (prev is None or folded[prev.end : t.start] != "|") and _LEET_CHAR.search(t.text) and folded[t.end : t.end + 1] == "|" \
                and not folded[t.end + 1 : t.end + 2].strip():
            out.append(Token(t.text + "l", t.start, t.end + 1))  # a final pipe: 'fent@ny| at'
        else:
            out.append(t)
    return out


# chat-speak ('hw 2 mak3 it', 'how 2 b0mb', 'can u') -> words; '2' only between two words
_CHAT = {"hw": "how", "hwo": "how", "u": "you", "ur": "your", "wat": "what", "wht": "what", "pls": "please",
         "plz": "please", "thx": "thanks", "howto": "how to", "sumthing": "something", "sth": "something", "w": "with",
         "mk": "make", "mke": "make", "mak": "make", "hom": "home",
         "purif": "purification", "synth": "synthesis", "extr": "extraction", "prep": "preparation", "gimme": "give me",
         # negations typed without their apostrophe ('so forensic swabs dont pick up', 'so the cops cant find')
         "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "wouldnt": "wouldn't",
         "couldnt": "couldn't", "shouldnt": "shouldn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't"}


# request words hidden by syllable splitting ('syn the sis', 'rec ipe'): merged when their pieces are short
_SPLIT_WORDS = {"synthesis", "synthesize", "synthesise", "recipe", "production", "produce", "instructions",
                "procedure", "extraction", "manufacture", "preparation", "purification", "tutorial",
                # the isolation verbs ('how 2 ex tract n pur ify it', 'con cen trate'); a piece may have five letters ('tract')
                "extract", "purify", "isolate", "concentrate"}


def _merge_syllables(toks: list[Token], folded: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(toks):
        for n in (4, 3, 2):
            group = toks[i : i + n]
            if (len(group) == n and all(t.text.isalpha() and len(t.text) <= 5 for t in group)
                    and all(folded[a.end : b.start] == " " for a, b in zip(group, group[1:], strict=False))
                    and "".join(t.text for t in group) in _SPLIT_WORDS):
                out.append(_join(group))
                i += n
                break
        else:
            out.append(toks[i])
            i += 1
    return out


# g-dropped request verbs ('makin', 'cookin'): restored only for these
_G_DROP = {"making", "cooking", "building", "producing", "synthesizing", "synthesising", "mixing", "brewing", "getting",
           "buying", "releasing", "spreading", "using", "growing", "extracting", "preparing", "packing", "rigging",
           "wiring", "poisoning", "killing", "blowing", "setting", "putting", "loading", "gassing"}
_MISSPELT = {"gass": "gas", "gasss": "gas", "gaz": "gas", "bombb": "bomb", "bommb": "bomb"}
# 'bom' is Portuguese 'good': read as 'bomb' only after a device word or a production verb
_BOM_BEFORE = {"pipe", "cooker", "nail", "car", "letter", "truck", "time", "dirty", "fertilizer", "fertiliser", "homemade",
               "make", "mak", "build", "a", "the", "this", "that", "my", "nuclear", "suicide", "smoke", "big", "mail"}


def _chat_words(toks: list[Token]) -> list[Token]:
    out = []
    for k, t in enumerate(toks):
        word = _CHAT.get(t.text) or _MISSPELT.get(t.text)
        if word is None and t.text.endswith("in") and t.text + "g" in _G_DROP:
            word = t.text + "g"
        if word is None and t.text in ("bom", "bomm") and k > 0 and (toks[k - 1].text in _BOM_BEFORE or toks[k - 1].text in bom_before()):
            word = "bomb"
        if (t.text in ("2", "to") and 0 < k < len(toks) - 1 and toks[k - 1].text.isalpha() and toks[k + 1].text.isalpha()
                and len(toks[k + 1].text) >= 3 and toks[k + 1].text not in ("mol", "mmol", "eq", "equiv", "min", "wt", "vol")):
            word = "to"
        out.append(Token(word, t.start, t.end) if word else t)
    return out


_CLAUSE_SEP = re.compile(r"[,:;]\s+")


def _merge_run(run: list[Token], seps: list[str]) -> list[Token]:
    """Join single letters: 'h.o.w t.o' -> how, to (dots join, spaces split); 's y n t h' -> synth."""
    # letters one space apart and words two or more apart ('h o w  t 0  m a k e  t.a.t.p'): the wider gaps end words
    widths = {len(sep) for sep in seps if not sep.strip()}
    narrow = min(widths) if len(widths) > 1 else None
    groups: list[list[Token]] = [[run[0]]]
    word_start = [False]
    for tok, sep in zip(run[1:], seps, strict=False):
        if _CLAUSE_SEP.fullmatch(sep):  # a comma or colon before a space ends the word ('p r e p,  s t e p' is 'prep', 'step')
            groups.append([tok])
            word_start.append(True)
        elif sep.strip():
            groups[-1].append(tok)
        else:
            groups.append([tok])
            word_start.append(narrow is not None and len(sep) > narrow)
    out: list[Token] = []
    singles: list[Token] = []

    def flush() -> None:
        if singles:
            out.extend([_join(singles)] if len(singles) >= 3 or (narrow is not None and len(singles) == 2) else singles)
            singles.clear()

    for g, new_word in zip(groups + [[]], word_start + [True], strict=False):
        if new_word:
            flush()
        if len(g) == 1:
            singles.append(g[0])
            continue
        flush()
        if g:
            out.append(_join(g))
    return out


def _join(group: list[Token]) -> Token:
    # a digit among the letters is leet once they are joined: 's.a.r.1.n' -> 'sar1n' -> 'sarin'
    return Token(deleet("".join(t.text for t in group)), group[0].start, group[-1].end)


def is_obfuscated(tokens: list[Token], deob: list[Token]) -> bool:
    return len(tokens) != len(deob) or any(a.text != b.text for a, b in zip(tokens, deob, strict=False))


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (insert, delete, substitute, transpose)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]
