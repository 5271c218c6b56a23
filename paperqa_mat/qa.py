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
_NUMERIC_Q = re.compile(r"(?i)\b(how (much|many|large|long|high|low|big|small|fast)|what (value|temperature|"
                        r"magnitude|concentration|ratio|number|percentage|fraction|size|energy|content|strength|"
                        r"frequency|pressure)|at what|which value|by how)\b")
_HAS_NUMBER = re.compile(r"\d")
_REF_LINE = re.compile(r"^\s*\[?\d{1,3}[\].]\s+[A-Z]|(?:et al\.?.*){2,}|\(\d{4}\)\.?\s*$")


@dataclass
class _Sent:
    text: str
    key: str
    doc: str
    page: int
    rank: int
    chunk_cos: float


def _candidate_sentences(hits: list[Hit]) -> list[_Sent]:
    """Sentences of the evidence chunks, each with the page it is printed on (split per page)."""
    out: list[_Sent] = []
    seen: set[str] = set()
    for rank, h in enumerate(hits):
        starts = list(h.page_starts) or [(0, h.pages[0] if h.pages else 1)]
        bounds = [*[b for b, _ in starts[1:]], len(h.text)]
        for (start, page), end in zip(starts, bounds, strict=True):
            for s in split_sentences(h.text[start:end]):
                norm = re.sub(r"\W+", "", s.lower())
                if norm in seen or not (25 <= len(s) <= 700) or _REF_LINE.search(s):
                    continue
                seen.add(norm)
                out.append(_Sent(s.strip(), h.key, h.doc, page, rank, h.cosine))
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
    return prose


def extractive_answer(index: Index, question: str, hits: list[Hit]) -> Answer:
    s = index.settings
    sents = _candidate_sentences(hits)
    if not sents:
        return _cannot(index, question, hits, 0.0, "extractive")
    lex = index._lex()
    q_terms = list(dict.fromkeys(tokenize(question)))
    weights = {t: max(lex.idf(t), 0.3) for t in q_terms}
    total_w = sum(weights.values()) or 1.0
    numeric = bool(_NUMERIC_Q.search(question))
    # 1) cheap lexical pre-score for every candidate; 2) embed only the best few (fast on 2 cores)
    pre = np.zeros(len(sents), np.float32)
    quality = np.zeros(len(sents), np.float32)
    for i, x in enumerate(sents):
        toks = set(tokenize(x.text))
        cover = sum(w for t, w in weights.items() if t in toks) / total_w
        quality[i] = _quality(x.text)
        n_tok = max(1, len(x.text.split()))
        pre[i] = cover / (1.0 + 0.25 * max(0.0, n_tok / 30 - 1)) + 0.15 * x.chunk_cos - 0.01 * x.rank
    keep = sorted(range(len(sents)), key=lambda i: -pre[i])[:12]  # MiniLM on CPU: ~20 MFLOP per token
    sents = [sents[i] for i in keep]
    pre, quality = pre[keep], quality[keep]
    qv = index.embed_query(question)
    sv = index.query_embedder().embed([x.text[:256] for x in sents])
    cos = sv @ qv
    scores = 0.5 * cos + 0.5 * pre - 0.25 * (1.0 - quality)
    if numeric:
        scores += np.array([0.06 if _UNIT_NUMBER.search(x.text) else -0.04 for x in sents], np.float32)
    order = list(np.argsort(-scores))
    best = order[0]
    score, _diag = answerability(index, question, hits, float(cos[best]))
    if score < s.min_relevance:
        return _cannot(index, question, hits, score, "extractive")
    chosen = [best]
    for i in order[1:]:
        if len(chosen) >= s.answer_sentences or scores[i] < scores[best] - 0.2:
            break
        if quality[i] >= 0.5 and max(float(sv[i] @ sv[j]) for j in chosen) < 0.9:
            chosen.append(i)
    parts, citations = [], []
    for i in chosen:
        x = sents[i]
        c = Citation(x.key, x.doc, [x.page], x.text)
        citations.append(c)
        text = x.text.rstrip()
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
