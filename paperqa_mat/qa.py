"""Answer questions from an index with page citations.

Offline (default): an extractive answer built from the most relevant sentences of the best evidence,
each cited with the exact page it comes from; "cannot answer" when a calibrated relevance score says
the papers do not support an answer. With an LLM: a PaperQA-style evidence step (each chunk summarised
and scored 0-10), then an answer that may cite only the given labels; invented citations are removed.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from paperqa_mat import prompts
from paperqa_mat.chunking import split_sentences
from paperqa_mat.retrieve import mmr, tokenize

if TYPE_CHECKING:
    from paperqa_mat.index import Hit, Index


@dataclass
class Citation:
    key: str
    doc: str
    pages: list[int]
    text: str

    def label(self) -> str:
        return f"{self.key} {page_label(self.pages)}"

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "doc": self.doc, "pages": self.pages, "text": self.text}


@dataclass
class Answer:
    question: str
    answer: str
    cannot_answer: bool
    citations: list[Citation]
    references: list[dict[str, Any]]
    mode: str
    score: float = 0.0
    notes: list[str] = field(default_factory=list)
    evidence: list[Hit] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"question": self.question, "answer": self.answer, "cannot_answer": self.cannot_answer,
                "citations": [c.to_json() for c in self.citations], "references": self.references,
                "mode": self.mode}

    def formatted(self) -> str:
        """Answer text followed by the reference list, as printed by ``pqm ask``."""
        lines = [self.answer, ""]
        if self.references:
            lines.append("References")
            for i, r in enumerate(self.references, 1):
                authors = ", ".join(r["authors"][:3]) + (" et al." if len(r["authors"]) > 3 else "")
                bits = [b for b in (authors, r.get("title"), str(r["year"]) if r.get("year") else "",
                                    f"doi:{r['doi']}" if r.get("doi") else "", r.get("doc")) if b]
                lines.append(f"{i}. ({r['key']}) " + ". ".join(bits))
        lines.extend(f"Note: {n}" for n in self.notes)
        return "\n".join(lines).rstrip()


def page_label(pages: list[int]) -> str:
    pages = sorted(set(pages))
    if not pages:
        return ""
    return f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"


# --------------------------------------------------------------------------- shared retrieval
def gather_evidence(index: Index, question: str, k: int | None = None, candidates: int = 30) -> list[Hit]:
    """Hybrid search then MMR for diversity: the chunks an answer may rest on."""
    s = index.settings
    hits = index.search(question, k=candidates)
    if not hits:
        return []
    vecs = np.asarray(index.vectors()[[h.chunk_id for h in hits]], dtype=np.float32)
    rel = np.array([h.score for h in hits], dtype=np.float32)
    order = mmr(index.embed_query(question), vecs, rel, k or s.evidence_k, s.mmr_lambda)
    return [hits[i] for i in order]


def _references(index: Index, keys: list[str]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for k in keys:
        if k not in seen:
            seen.add(k)
            try:
                out.append(index.paper(k).reference())
            except KeyError:
                continue
    return out


# --------------------------------------------------------------------------- extractive
# Questions whose answer is a quantity: a number (usually with a unit) that the question does not contain.
_NUMERIC_Q = re.compile(
    r"(?i)\b(how (much|many|large|long|high|low|big|small|fast|far|strong|thick|wide|negative|positive)|"
    r"what (\S+\s+){0,4}?(value|temperature|magnitude|concentration|ratio|number|percentage|fraction|size|energy|"
    r"content|strength|frequency|pressure|constant|yield|efficiency|recall|precision|accuracy|rate|spacing|"
    r"distance|thickness|field|gap|gaps|exponent|weight|mass|density|dose|time|duration|range|resistivity|"
    r"conductivity|modulus|tc|lc50|ic50|ki|kd|width|length|angle|mobility|capacity|loss|dimensions?|speed|"
    r"velocity|voltage|current|power|level|levels|order|amount)\b|"
    r"(at|to|from|up to|down to|in) what\b|which (value|temperature|pressure|concentration)|by how|"
    r"how many times)")
# Questions asking for a name: a code, package, method, compound, ... (the answer names something new).
_NAME_Q = re.compile(
    r"(?i)^\s*which\b|"
    r"\bwhich\s+(?!(?:the|a|an|is|are|was|were|we|it|they|has|have|had|can|could|may|will|would|this|these|"
    r"their|its|one|ones)\b)(?:[\w\-]+\s+){0,5}[\w\-]+\s*\?\s*$|"
    r"^\s*(?:what (?:kind|type|sort) of|name the|what (?:\S+\s+){0,3}?(?:code|package|software|program|method|"
    r"technique|model|mechanism|compound|compounds|ligand|catalyst|solvent|database|dataset|band|material|species|"
    r"instrument|approach|algorithm|structure|phase|reagent))\b")
_HAS_NUMBER = re.compile(r"\d")
_REF_LINE = re.compile(r"^\s*\[?\d{1,3}[\].]\s+[A-Z]|(?:et al\.?.*){2,}|\(\d{4}\)\.?\s*$")
# a reported quantity: a number with a unit, percent or degree, a decimal, a power of ten, or "= 12"
_VALUE = re.compile(
    r"(?<![\w.])[-−–+±~∼≈]?\d+(?:[.,]\d+)?(?:\s*[-−–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|°\s*[CK]?|‰|"
    r"(?:[kKMGTmµμnpf]?(?:eV|Hz|Pa|K|T|Oe|A|V|W|J|g|L|l|m|M|s|Å|mol|ppm|ppb|ppt|cm|mm|nm|µm|μm|GeV|MeV|keV|meV|"
    r"emu|wt|at|min|h|d|days?|hours?|years?|times|fold|GPa|MPa|kPa|bar|atm|dB|rpm|S|Ω|ohm|D)\b)|"
    r"(?:\s*[×x]\s*10))|(?<![\w.])\d+[.,]\d+(?![\w.])|[=≈∼~]\s*[-−]?\d|10\^?\s*[-−]?\d|\d+\s*-\s*fold|\b\d{2,}\s*times")
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")
# what kind of quantity a question asks for -> units a sentence's value should carry
_UNIT_CLASSES: list[tuple[re.Pattern, re.Pattern]] = [
    (re.compile(r"(?i)\b(temperatures?|tc|tn|curie|néel|neel|melting|onset|how (hot|cold)|°c)\b"),
     re.compile(r"\d\s*(°\s*[CFK]?|[mµμ]?K\b|kelvin)")),
    (re.compile(r"(?i)\bpressures?\b"), re.compile(r"\d\s*([kMG]?Pa|bar|kbar|atm|Torr)\b")),
    (re.compile(r"(?i)\b(strength|modulus|stress)\b"), re.compile(r"\d\s*([kMG]Pa|N/mm|psi)\b")),
    (re.compile(r"(?i)\b(energy|gap|gaps|coupling|splitting|binding|tension)\b"),
     re.compile(r"\d\s*([mkMG]?eV|[kK]?J|cm−1|cm-1)")),
    (re.compile(r"(?i)\b(frequency|frequencies)\b"), re.compile(r"\d\s*([kMGT]?Hz|cm−1|cm-1)\b")),
    (re.compile(r"(?i)\b(concentration|dose|content|solubility)\b"),
     re.compile(r"\d\s*(%|percent|ppm|ppb|[mµμnp]?M\b|[mµμn]?g\s*/\s*[mµμ]?[lL]|mol|wt|g/kg|mg|µg|μg)")),
    (re.compile(r"(?i)\b(how long|duration|time|lifetime|period)\b"),
     re.compile(r"\d\s*([mµμnp]?s\b|min|h\b|hours?|days?|weeks?|years?|d\b)")),
    (re.compile(r"(?i)\b(spacing|distance|thickness|length|size|dimensions?|diameter|width|radius|how far|"
                r"lattice)\b"), re.compile(r"\d\s*([nµμmck]?m\b|Å|A\b|mm|cm|inch)")),
    (re.compile(r"(?i)\bfield\b"), re.compile(r"\d\s*([mµμk]?T\b|Oe|kOe|G\b|V/m|V/nm)")),
    (re.compile(r"(?i)\b(yield|efficiency|percentage|recall|precision|accuracy|fraction)\b"),
     re.compile(r"\d\s*%|\b0\.\d+")),
    (re.compile(r"(?i)\b(how many times|fold|ratio)\b"), re.compile(r"\d\s*(-?\s*fold|times|×)|\d")),
]
_INTRO_FRAME = re.compile(r"(?i)^\s*(\d+(\.\d+)*\.?\s+)?(in this (letter|paper|work|article|study|review|report|"
                          r"section|contribution)|here(in)?,? we|we (want|aim|wish) to|the (aim|purpose|goal) of this|"
                          r"this (paper|work|article|study) (is|was|has|presents|reports|describes))\b")
_HEADING_START = re.compile(r"^\s*((\d+(\.\d+)*\.?|[IVX]+\.|[A-H]\.)\s+[A-Z][\w\- ,]{3,80}?\s+(?=[A-Z][a-z])|"
                            r"[A-Z][A-Z\- ]{4,}[A-Z]\s+(?=[A-Z][a-z]|[AI]\s+[a-z]))")
_META_START = re.compile(r"(?i)^\s*(key\s*words|keywords|abstract|pacs|contents|acknowledg|references|"
                         r"received|accepted|published|copyright|correspondence|e-?mail|cite this)\b")
_CITATION_ENTRY = re.compile(r"(?:\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+(?:[A-Z]\.\s*-?){1,3},?\s+(?:and\s+)?){2,}|"
                             r"\(\d{4}\)\s+[A-Z][^.]{10,}\.\s+[A-Z][\w. ]+\d+,\s*\d+")
_RECEIVED = re.compile(r"(?i)\b(received|accepted|published|revised)\s+(on\s+)?(\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d")
_CAPTION = re.compile(r"^\s*(fig(ure)?\.?|table|scheme|chart)\s*[0-9IVX]+[.:]?", re.I)


@dataclass
class _Sent:
    text: str
    key: str
    doc: str
    page: int
    rank: int
    chunk_cos: float
    table: bool = False
    prev: str = ""  # the sentence before it on the same page of the chunk (context for "this species ...")


def _strip_heading(text: str) -> str:
    """A sentence without the section heading the PDF text glued to its front ('3.2 Effect of dust ... The first
    experiment ...', 'CONCLUSIONS A universe ...'), when enough sentence remains."""
    m = _HEADING_START.match(text)
    if m and len(text) - m.end() >= 40:
        return text[m.end():].lstrip()
    return text


_CONTINUATION = re.compile(r"^(\d{1,3}[a-z]?\)[,;]?\s|[a-z][a-z]|[,;)]\s)")


def _candidate_sentences(hits: list[Hit], question: str = "") -> list[_Sent]:
    """Sentences of the evidence chunks, each with the page it is printed on (split per page).

    Table dumps (rows of numbers run together) also give short snippets around each question term they
    contain, so that a table cell ("CaO 59.64 4.91") can be the answer.
    """
    out: list[_Sent] = []
    seen: set[str] = set()
    q_terms = [t for t in dict.fromkeys(tokenize(question)) if len(t) >= 2]
    for rank, h in enumerate(hits):
        starts = list(h.page_starts) or [(0, h.pages[0] if h.pages else 1)]
        bounds = [*[b for b, _ in starts[1:]], len(h.text)]
        for (start, page), end in zip(starts, bounds, strict=True):
            prev = ""
            for s in split_sentences(h.text[start:end]):
                s = _strip_heading(s.strip())
                if prev and _CONTINUATION.match(s) and len(prev) + len(s) < 600:
                    s = f"{prev} {s}"  # a split after 'Tab.' / 'Fig.' or inside parentheses: one sentence
                    if out and out[-1].text == prev and out[-1].rank == rank:
                        out.pop()
                norm = re.sub(r"\W+", "", s.lower())
                before, prev = prev, s
                if norm in seen or not (25 <= len(s) <= 700) or _REF_LINE.search(s):
                    continue
                seen.add(norm)
                out.append(_Sent(s, h.key, h.doc, page, rank, h.cosine, prev=before))
                if q_terms and _quality(s) < 0.6:
                    for snip in _table_snippets(s, q_terms):
                        out.append(_Sent(snip, h.key, h.doc, page, rank, h.cosine, table=True))
                    prefix = _prose_prefix(s)
                    if prefix:
                        out.append(_Sent(prefix, h.key, h.doc, page, rank, h.cosine))
    return out


_GARBLE = re.compile(r"[\^•\\{}|]|^[^\w(]+$|^\(\d+\)$")


def _prose_prefix(text: str, min_words: int = 8) -> str | None:
    """The readable start of a 'sentence' that runs into formula or table debris, when it is long enough."""
    words = text.split()
    for i, w in enumerate(words):
        if _GARBLE.search(w) or (":" in w and i >= min_words):
            if i >= min_words and _quality(" ".join(words[:i])) >= 0.8:
                return " ".join(words[:i]).rstrip(",;:")
            return None
    return None


def _table_snippets(text: str, q_terms: list[str], before: int = 3, after: int = 5) -> list[str]:
    """Short windows of a table dump around question terms that are followed by numbers (a row)."""
    words = text.split()
    if sum(1 for w in words if _HAS_NUMBER.search(w)) < max(4, 0.25 * len(words)):
        return []  # not a table: too few numbers
    low = [w.lower().strip(",;:()[]") for w in words]
    out = []
    for i, w in enumerate(low):
        if w in q_terms and len(w) >= 2 and any(re.fullmatch(r"[-−±]?\d+(?:[.,]\d+)?%?|\d[A-Z0-9]{2,}", x)
                                                for x in words[i + 1 : i + 4]):
            head = " ".join(words[:4])
            snip = " ".join(words[max(0, i - before) : i + 1 + after])
            out.append(f"{head} ... {snip}" if i - before > 4 else snip)
        if len(out) >= 3:
            break
    return out


def _specific_terms(question: str) -> list[str]:
    """Terms that pin the question to something specific: formulas, codes, capitalised names, rare words."""
    out = []
    for raw in re.findall(r"[A-Za-z0-9][A-Za-z0-9\-.\u2032'′]*[A-Za-z0-9\u2032'′]|[A-Za-z0-9]", question):
        t = raw.lower().strip("-'′")
        if t in _SPEC_STOP or len(t) < 3:
            continue
        if re.search(r"\d", raw) or (raw[0].isupper() and raw.lower() != raw and len(raw) > 2) or len(t) >= 9:
            out.append(t)
    return out


_SPEC_STOP = {"what", "which", "how", "the", "for", "does", "did", "was", "were", "according", "reported", "paper",
              "papers", "value", "values", "when", "where", "why", "who", "with", "from", "that", "this", "these",
              "their", "there", "than", "into", "used", "using", "whose", "between", "temperature", "approximately"}


def answerability(index: Index, question: str, hits: list[Hit], best_sentence: float) -> tuple[float, dict]:
    """A single relevance score in [0, 1]: evidence similarity, discounted by specific question terms
    (formulas, names, rare words) that the evidence never mentions."""
    lex = index._lex()
    terms = _specific_terms(question)
    evidence_text = " ".join(h.text.lower() for h in hits[:5])
    evidence_tokens = set(tokenize(evidence_text))
    missing, absent_corpus = [], []
    evidence_tokens |= {t[:-1] for t in evidence_tokens if t.endswith("s")}
    for t in terms:
        toks = [tok[:-1] if tok.endswith("s") else tok for tok in tokenize(t)] or [t]
        if not all(tok in evidence_tokens for tok in toks):
            missing.append(t)
            if all(lex.idf(tok) == 0.0 for tok in toks):
                absent_corpus.append(t)
    top_cos = max((h.cosine for h in hits[:3]), default=0.0)
    score = 0.5 * best_sentence + 0.5 * top_cos
    if terms:
        score -= 0.25 * len(missing) / len(terms) + 0.15 * min(1, len(absent_corpus))
    return float(max(0.0, min(1.0, score))), {"terms": terms, "missing": missing, "absent": absent_corpus,
                                               "top_cos": top_cos, "best_sentence": best_sentence}


_UNIT_NUMBER = re.compile(r"\d(?:[\d.,]*)\s*(?:%|°|[a-zA-Zµμ]{1,5}\b|×|x\s*10)")


_FRONT_MATTER = re.compile(r"(?i)\b(universit\w*|department|institut\w*|laborator\w*|arxiv:|e-?mail|doi:|corresponding "
                           r"author|keywords|copyright|all rights reserved|vol\.|pp\.)|©|∗|†")


_FUNCTION_WORDS = frozenset("the a an is are was were be been of and or with for to by in on at we this that which "
                            "has have had from as it its shows show found gives".split())


def _quality(text: str) -> float:
    """How much a 'sentence' reads like prose (1.0) rather than a table dump or running header (0.0)."""
    toks = text.split()
    if not toks:
        return 0.0
    if len(_FRONT_MATTER.findall(text)) >= 1 and len(toks) > 12:
        return 0.2
    wordy = sum(1 for t in toks if re.fullmatch(r"[A-Za-z][a-z\-']{2,}[,.;:)]?", t))
    prose = min(1.0, wordy / len(toks) / 0.6)
    if len(toks) >= 6 and not _FUNCTION_WORDS.intersection(t.lower().strip(",.;:()") for t in toks):
        prose *= 0.5  # no function words at all: a table row or a list of labels, not a sentence
    if sum(1 for t in toks if re.search(r"[=^\\{}]", t)) > 0.1 * len(toks):
        prose *= 0.5  # formula debris from the PDF's equations
    return prose


def _values(text: str) -> set[str]:
    """The reported quantities of a text, as their leading numbers (years and bare reference numbers left out)."""
    out = set()
    for m in _VALUE.finditer(text):
        num = re.search(r"\d+(?:[.,]\d+)?", m.group(0))
        if num and not _YEARISH.match(num.group(0)):
            out.add(num.group(0).replace(",", "."))
    return out


_NAME_TOKEN = re.compile(r"(?<![\w-])([A-Za-z]*[A-Z][A-Za-z0-9\-+]*[0-9A-Z][A-Za-z0-9\-+]*|\d[A-Z][A-Z0-9]{2,}|[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+|"
                         r"[A-Z][a-z]{2,}(?=\s+(?:method|model|code|package|mechanism|equation|approach|program)))")


def _names(text: str) -> set[str]:
    """Name-like tokens (CMBFAST, Qwen2.5, JohnPhos, Coleman-Weinberg, Maple package) after the first word."""
    body = text.split(None, 1)[1] if " " in text else ""
    return {m.group(1).lower() for m in _NAME_TOKEN.finditer(body)} | {
        m.group(1).lower() for m in re.finditer(r"(?:package|code|program|software|database|ligand)\s+([A-Z][\w.\-]+)",
                                                text)}


_ASK_VERB = re.compile(r"(?i)\b(was|were|is|are|did|does|do|has|have|had|can|could|gave|give|gives|made|makes|"
                       r"performed|reacted|showed|shows|yielded|used|achieve[sd]?|reach(ed|es)?)\b")


def _asked_head(question: str) -> str | None:
    """The noun a 'which/what X' question asks for ('package' in 'Which symbolic computation package was ...')."""
    m = re.search(r"(?i)\b(?:which|what(?: kind| type| sort)?(?: of)?)\s+((?:[\w\-]+\s+){0,4}?[\w\-]+?)"
                  r"(?=\s+(?:was|were|is|are|did|does|do|has|have|had|can|could|gave|give|made|performed|reacted|"
                  r"showed|yielded|used|of|for|in|with|from)\b|\s*\?|$)", question)
    if not m:
        return None
    head = m.group(1).split()[-1].lower()
    if head in _SPEC_STOP or len(head) < 3:
        return None
    return head[:-1] if head.endswith("s") and len(head) > 4 else head


def _stem(tok: str) -> str:
    """A light stemmer for matching (plural, tense, British -ysed): 'analysed' ~ 'analyzed', 'gaps' ~ 'gap'."""
    if not tok.isalpha() or len(tok) <= 3:
        return tok
    tok = re.sub(r"ys(e|ed|es|ing|is)$", r"yz\1", tok)
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if tok.endswith(suf) and len(tok) - len(suf) >= 3 and not tok.endswith("ss"):
            return tok[: len(tok) - len(suf)] + rep
    return tok


@dataclass
class SentenceScore:
    """How well one candidate sentence answers the question, and why (for tests and debugging)."""
    score: float
    cover: float
    cos: float
    quality: float
    answer_type: float
    restates: float
    boiler: float


def score_sentences(question: str, texts: list[str], idf, cos: np.ndarray | None = None,
                    titles: list[str] | None = None, tables: list[bool] | None = None) -> list[SentenceScore]:
    """Score candidate answer sentences for ``question``.

    Combines IDF-weighted coverage of the question's content words, semantic similarity ``cos`` (when given),
    an answer-type prior (for "what value / how much" questions a quantity the question does not already
    contain, preferably in the asked kind of unit; for "which code / method / compound" questions a new name
    next to the asked noun), a penalty for sentences that only restate the question (high overlap, nothing
    new), and penalties for boilerplate (titles, running headers, keyword lists, "In this Letter we report",
    figure-only captions, table dumps). ``tables`` marks table-row snippets (judged as rows, not as prose).
    """
    q_terms = list(dict.fromkeys(tokenize(question)))
    weights = {t: max(idf(t), 0.3) for t in q_terms}
    total_w = sum(weights.values()) or 1.0
    numeric = bool(_NUMERIC_Q.search(question))
    naming = (not numeric) and bool(_NAME_Q.search(question))
    unit_res = [u for q, u in _UNIT_CLASSES if q.search(question)] if numeric else []
    head = _asked_head(question) if naming else None
    q_values = _values(question) | set(re.findall(r"\d+(?:\.\d+)?", question))
    q_specific_values = {v for v in q_values if "." in v or len(v) >= 2}
    q_names = _names(" x " + question) | {t.lower() for t in re.findall(r"[\w\-+.]+", question)}
    q_tokset = set(q_terms)
    q_stems = {t: _stem(t) for t in q_terms}
    q_joins: dict[str, list[str]] = {}  # "band gaps" also matches "bandgap"
    words = [w for w in re.findall(r"[A-Za-z]+", question.lower())]
    for a, b in zip(words, words[1:], strict=False):
        if a in q_stems and b in q_stems:
            q_joins.setdefault(a, []).append(_stem(a + b))
            q_joins.setdefault(b, []).append(_stem(a + b))
    asks_table = bool(re.search(r"(?i)\btables?\b", question))
    out = []
    for i, text in enumerate(texts):
        toks = tokenize(text)
        tokset = set(toks)
        stems = {_stem(t) for t in toks}
        cover = sum(w for t, w in weights.items() if t in tokset or q_stems[t] in stems or
                    any(j in stems for j in q_joins.get(t, ()))) / total_w
        n_tok = max(1, len(text.split()))
        cover /= 1.0 + 0.25 * max(0.0, n_tok / 30 - 1)
        is_table = bool(tables and tables[i])
        quality = 0.75 if is_table else _quality(text)
        # information the sentence adds beyond the question
        new = [t for t in tokset - q_tokset if len(t) > 2 and not t.isdigit()]
        new_mass = sum(min(idf(t), 4.0) for t in new)
        restates = max(0.0, cover - 0.5) * max(0.0, 1.0 - new_mass / 12.0)
        values = _values(text)
        new_values = values - q_values
        answer_type = 0.0
        if numeric:
            if new_values and unit_res and (is_table or any(u.search(text) for u in unit_res)):
                answer_type = 0.14
            elif new_values:
                answer_type = 0.08 if not unit_res else -0.02  # a quantity, but not of the asked kind
            else:
                answer_type = -0.08
        elif naming:
            new_names = _names(text) - q_names
            if head and new_names and _head_near_name(text, head, new_names):
                answer_type = 0.16
            elif new_names:
                answer_type = 0.06
            else:
                answer_type = -0.04
        if answer_type < 0:
            # a typed question (value or name) and the sentence lacks the slot: the more of the question it
            # repeats, the more it is a restatement of the question rather than an answer
            restates = max(restates, cover - 0.3)
        if is_table and asks_table:
            answer_type += 0.06
        if q_specific_values & values:
            answer_type += 0.06  # the sentence carries the question's own figure ("31% yield")
        boiler = 0.0
        if _META_START.search(text) or _CITATION_ENTRY.search(text):
            boiler += 0.3
        if _RECEIVED.search(text):
            boiler += 0.1
        if _INTRO_FRAME.search(text):
            boiler += 0.06
        if _HEADING_START.search(text):
            boiler += 0.04
        if _CAPTION.search(text) and not new_values:
            boiler += 0.04
        if titles and titles[i] and len(titles[i]) > 15:
            t0 = re.sub(r"\W+", " ", titles[i].lower()).strip()[:40]
            if t0 and t0 in re.sub(r"\W+", " ", text.lower()):
                boiler += 0.2  # the title, or a running header that repeats it
        c = float(cos[i]) if cos is not None else cover
        score = (0.5 * c + 0.5 * cover - 0.25 * (1.0 - quality) + answer_type - 0.5 * restates - boiler)
        out.append(SentenceScore(float(score), float(cover), c, quality, answer_type, restates, boiler))
    return out


def _head_near_name(text: str, head: str, names: set[str], window: int = 8) -> bool:
    """Whether a new name stands within ``window`` words of the asked noun ('the public code CMBFAST')."""
    words = [w.strip(",.;:()[]").lower() for w in text.split()]
    heads = [i for i, w in enumerate(words) if w.startswith(head)]
    if not heads:
        return False
    for i, w in enumerate(words):
        if any(n in w for n in names if len(n) > 2) and any(abs(i - h) <= window for h in heads):
            return True
    return False


@dataclass
class _Ranked:
    sents: list[_Sent]
    feats: list[SentenceScore]
    scores: np.ndarray
    cos: np.ndarray
    vecs: np.ndarray
    titles: list[str]


def rank_candidates(index: Index, question: str, hits: list[Hit], embed_top: int = 14) -> _Ranked | None:
    """Candidate answer sentences of the evidence (and the next few search hits), scored by
    :func:`score_sentences`; only the lexically best ``embed_top`` are embedded (MiniLM on CPU)."""
    s = index.settings
    # sentences of the evidence chunks, then of the next best search hits (a lexical match that MMR dropped)
    seen_ids = {h.chunk_id for h in hits}
    extra = [h for h in index.search(question, k=s.evidence_k + 4) if h.chunk_id not in seen_ids][:4]
    sents = _candidate_sentences([*hits, *extra], question)
    if not sents:
        return None
    lex = index._lex()
    titles: dict[str, str] = {}
    for x in sents:
        if x.key not in titles:
            try:
                titles[x.key] = index.paper(x.key).title or ""
            except KeyError:
                titles[x.key] = ""
    title_list = [titles[x.key] for x in sents]
    tables = [x.table for x in sents]
    # 1) cheap lexical pre-score for every candidate; 2) embed only the best few (~20 MFLOP per word piece)
    pre = score_sentences(question, [x.text for x in sents], lex.idf, titles=title_list, tables=tables)
    pre_s = np.array([p.score + 0.15 * x.chunk_cos - 0.01 * x.rank for p, x in zip(pre, sents, strict=True)],
                     np.float32)
    keep = sorted(range(len(sents)), key=lambda i: -pre_s[i])[:embed_top]
    sents = [sents[i] for i in keep]
    qv = index.embed_query(question)
    sv = index.query_embedder().embed([x.text[:200] for x in sents])
    cos = sv @ qv
    feats = score_sentences(question, [x.text for x in sents], lex.idf, cos, [title_list[i] for i in keep],
                            [tables[i] for i in keep])
    scores = np.array([f.score + 0.1 * x.chunk_cos - 0.005 * x.rank for f, x in zip(feats, sents, strict=True)],
                      np.float32)
    return _Ranked(sents, feats, scores, cos, sv, [title_list[i] for i in keep])


_ANAPHOR = re.compile(r"(?i)^\W*(\w+,?\s+){0,2}?(this|these|those|such|its|their|it|they)\s+(\w+\s+)?"
                      r"(species|compound|compounds|sample|samples|material|materials|strain|alga|algae|model|method|"
                      r"phase|value|values|one|ones|showed|shows|was|were|is|are|has|had|exhibit\w*|display\w*)\b")


def _question_parts(question: str) -> list[str]:
    """A question split into its parts at ', and what/how/which ...' (one part for a simple question)."""
    parts = re.split(r"(?i),?\s+and\s+(?=(?:what|how|which|at what|in what|where|when|whether)\b)", question)
    return [p.strip() for p in parts if len(p.split()) >= 3]


def extractive_answer(index: Index, question: str, hits: list[Hit]) -> Answer:
    s = index.settings
    ranked = rank_candidates(index, question, hits)
    if ranked is None:
        return _cannot(index, question, hits, 0.0, "extractive")
    sents, scores, cos, sv = ranked.sents, ranked.scores, ranked.cos, ranked.vecs
    quality = np.array([f.quality for f in ranked.feats], np.float32)
    order = list(np.argsort(-scores))
    best = order[0]
    # calibrated on the most similar candidate sentence (not the chosen one: the answer-type prior may pick a
    # less similar sentence that carries the value, which says nothing about whether the papers cover the topic)
    score, _diag = answerability(index, question, hits, float(cos.max()))
    if score < s.min_relevance:
        return _cannot(index, question, hits, score, "extractive")
    chosen = [best]
    # a question in several parts ("what dimensions ..., and what strength ...?"): the best sentence for each
    # part, when the overall best does not already answer it
    for part in _question_parts(question)[1:] if len(order) > 1 else []:
        pv = index.embed_query(part)
        feats = score_sentences(part, [x.text for x in sents], index._lex().idf, sv @ pv, ranked.titles,
                                [x.table for x in sents])
        part_scores = np.array([f.score for f in feats], np.float32)
        j = int(np.argmax(part_scores))
        if j not in chosen and feats[j].answer_type >= 0 and part_scores[j] >= part_scores[chosen].max() - 0.05:
            chosen.append(j)
    for i in order[1:]:
        if len(chosen) >= max(s.answer_sentences, len(chosen)) or scores[i] < scores[best] - 0.2:
            break
        if (quality[i] >= 0.5 or sents[i].table) and max(float(sv[i] @ sv[j]) for j in chosen) < 0.9:
            chosen.append(i)
    parts, citations = [], []
    for i in chosen:
        x = sents[i]
        text = x.text.rstrip()
        if x.prev and _ANAPHOR.match(text) and len(x.prev) <= 400:
            text = f"{x.prev.rstrip()} {text}"  # "this species showed ...": say which species
        c = Citation(x.key, x.doc, [x.page], text)
        citations.append(c)
        end = text[-1] if text[-1] in ".!?" else "."
        parts.append(f"{text.rstrip('.!?')} ({c.label()}){end}")
    return Answer(question, " ".join(parts), False, citations, _references(index, [c.key for c in citations]),
                  "extractive", score, evidence=hits)


def _cannot(index: Index, question: str, hits: list[Hit], score: float, mode: str, note: str | None = None) -> Answer:
    citations = []
    lines = [prompts.CANNOT_ANSWER]
    if hits:
        lines.append("The closest passages are:")
        for h in hits[:3]:
            excerpt = h.text if len(h.text) <= 300 else h.text[:297].rsplit(" ", 1)[0] + "..."
            c = Citation(h.key, h.doc, h.pages, excerpt)
            citations.append(c)
            lines.append(f'- "{excerpt}" ({c.label()})')
    ans = Answer(question, "\n".join(lines), True, citations, _references(index, [c.key for c in citations]),
                 mode, score, evidence=hits)
    if note:
        ans.notes.append(note)
    return ans


# --------------------------------------------------------------------------- LLM
@dataclass
class Evidence:
    hit: Hit
    summary: str
    score: int

    @property
    def label(self) -> str:
        return f"{self.hit.key} {page_label(self.hit.pages)}"


def parse_evidence_reply(text: str) -> tuple[str, int]:
    """Summary and 0-10 score from a model reply; tolerant of prose, fences and missing fields."""
    from paperqa_mat.llm import parse_json_reply

    data = parse_json_reply(text)
    if isinstance(data, dict):
        summary = str(data.get("summary") or data.get("text") or "").strip()
        raw = data.get("relevance_score", data.get("score", data.get("relevance")))
        try:
            score = int(round(float(raw)))
        except (TypeError, ValueError):
            score = 0
        return summary, max(0, min(10, score))
    m = re.search(r"(?i)(?:relevance[_ ]?score|score|relevance)\W{0,5}(\d+(?:\.\d+)?)", text or "")
    score = int(round(float(m.group(1)))) if m else 0
    summary = re.sub(r"(?i)(?:relevance[_ ]?score|score|relevance)\W{0,5}\d+(?:\.\d+)?(?:\s*/\s*10)?", "",
                     text or "").strip(" \n:-")
    return summary, max(0, min(10, score))


_CITE_GROUP = re.compile(r"\(([^()]{2,200})\)")
_CITE_PART = re.compile(r"^\s*([A-Z][A-Za-z'\-]{1,40}\d{4}[a-z]{0,2})(?:\s+pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?)?\s*$")


def clean_citations(answer: str, evidence: list[Evidence]) -> tuple[str, list[Citation]]:
    """Keep only citations of given evidence (with the evidence's real pages); strip invented ones."""
    by_key: dict[str, list[Evidence]] = {}
    for ev in evidence:
        by_key.setdefault(ev.hit.key, []).append(ev)
    cited: dict[tuple[str, tuple[int, ...]], Citation] = {}

    def fix(m: re.Match) -> str:
        parts = re.split(r";|,(?=\s*[A-Z][A-Za-z'\-]+\d{4})", m.group(1))
        if not any(_CITE_PART.match(p) for p in parts):
            return m.group(0)  # an ordinary parenthesis, not a citation
        kept = []
        for p in parts:
            cm = _CITE_PART.match(p)
            if not cm:
                continue
            key = cm.group(1)
            if key not in by_key:
                continue  # invented key: drop it
            pages_cited = set(range(int(cm.group(2)), int(cm.group(3) or cm.group(2)) + 1)) if cm.group(2) else set()
            evs = by_key[key]
            ev = next((e for e in evs if pages_cited & set(e.hit.pages)), evs[0])
            c = Citation(key, ev.hit.doc, sorted(ev.hit.pages), ev.summary or ev.hit.text[:300])
            cited.setdefault((key, tuple(c.pages)), c)
            kept.append(c.label())
        return f"({'; '.join(dict.fromkeys(kept))})" if kept else ""

    cleaned = _CITE_GROUP.sub(fix, answer)
    cleaned = re.sub(r"\s+([.,;])", r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip()
    return cleaned, list(cited.values())


def llm_answer(index: Index, question: str, hits: list[Hit]) -> Answer:
    from paperqa_mat.llm import LLMClient

    s = index.settings
    client = LLMClient.from_settings(s)

    def score_one(h: Hit) -> Evidence:
        reply = client.complete(prompts.EVIDENCE_SYSTEM, prompts.EVIDENCE_USER.format(
            question=question, citation=f"{h.key} {page_label(h.pages)}", text=h.text))
        summary, score = parse_evidence_reply(reply)
        return Evidence(h, summary, score)

    with ThreadPoolExecutor(max_workers=4) as pool:
        evidence = list(pool.map(score_one, hits))
    good = sorted([e for e in evidence if e.score >= 3 and e.summary], key=lambda e: -e.score)[:5]
    if not good:
        return _cannot(index, question, hits, 0.0, "llm")
    ev_text = "\n\n".join(f"{e.label}: {e.summary}" for e in good)
    reply = client.complete(prompts.ANSWER_SYSTEM, prompts.ANSWER_USER.format(
        evidence=ev_text, question=question, max_words=150))
    if not reply or re.search(r"(?i)cannot answer", reply):
        return _cannot(index, question, hits, good[0].score / 10, "llm")
    text, citations = clean_citations(reply, good)
    if not citations:
        # an uncited answer is not acceptable: attach the best evidence rather than trust the model blindly
        best = good[0]
        c = Citation(best.hit.key, best.hit.doc, sorted(best.hit.pages), best.summary)
        text, citations = f"{text.rstrip()} ({c.label()})", [c]
    return Answer(question, text, False, citations, _references(index, [c.key for c in citations]), "llm",
                  good[0].score / 10, evidence=hits)


# --------------------------------------------------------------------------- entry point
def answer_question(index: Index, question: str, mode: str = "auto") -> Answer:
    """Answer ``question`` from ``index``. ``mode``: 'auto' (LLM if configured), 'extractive' or 'llm'."""
    from paperqa_mat.llm import LLMError

    question = (question or "").strip()
    if not question:
        raise ValueError("The question is empty.")
    if mode not in ("auto", "extractive", "llm"):
        raise ValueError(f"unknown answer mode {mode!r} (auto, extractive, llm)")
    s = index.settings
    hits = gather_evidence(index, question)
    if not hits:
        return _cannot(index, question, [], 0.0, "extractive", "The index has no passages yet: run pqm index.")
    use_llm = mode == "llm" or (mode == "auto" and s.llm_enabled)
    if use_llm:
        try:
            return llm_answer(index, question, hits)
        except LLMError as exc:
            if s.llm_fallback == "error" or mode == "llm":
                raise
            ans = extractive_answer(index, question, hits)
            ans.notes.append(f"{exc} Answered offline (extractive) instead.")
            return ans
    return extractive_answer(index, question, hits)
