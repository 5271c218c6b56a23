"""Token-aware chunking that keeps every sentence's page number.

Sentences are packed into chunks of at most ``chunk_tokens`` cl100k tokens with ``overlap`` tokens of
trailing sentences repeated in the next chunk. Each chunk stores the page on which each of its
characters starts (``page_starts``), so an answer can cite the exact page of a sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from paperqa_mat.ingest import Page

# Split after . ! ? (not after common abbreviations / initials / decimals), or at blank lines.
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z(\[\"'0-9])|\n\s*\n")
_ABBREV = re.compile(r"(?i)(?:\b(?:e\.g|i\.e|et al|fig|figs|eq|eqs|ref|refs|vs|cf|approx|ca|no|vol|pp|resp|sec|tab)\.|\b[A-Z]\.)$")


@functools.lru_cache(maxsize=1)
def encoding():
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


@dataclass
class Sentence:
    text: str
    page: int


@dataclass
class Chunk:
    text: str
    pages: list[int]
    page_starts: list[tuple[int, int]] = field(default_factory=list)  # (char offset, page)

    def page_at(self, offset: int) -> int:
        page = self.page_starts[0][1] if self.page_starts else self.pages[0]
        for start, p in self.page_starts:
            if start <= offset:
                page = p
            else:
                break
        return page


def split_sentences(text: str, max_chars: int = 400) -> list[str]:
    """Sentence split tuned for scientific text (keeps 'et al.', 'Fig.', initials, decimals).

    Unpunctuated runs (headers, tables, captions) longer than ``max_chars`` are cut at line breaks.
    """
    parts: list[str] = []
    buf = ""
    for piece in _SENT_SPLIT.split(text):
        if piece is None:
            continue
        buf = f"{buf}\n{piece}".strip() if buf else piece.strip()
        if buf and not _ABBREV.search(buf):
            parts.extend(_cut_long(buf, max_chars))
            buf = ""
    if buf:
        parts.extend(_cut_long(buf, max_chars))
    return [p for p in parts if p.strip()]


def _cut_long(text: str, max_chars: int) -> list[str]:
    if len(text) <= max_chars or "\n" not in text:
        return [re.sub(r"\s*\n\s*", " ", text)]
    out, cur = [], ""
    for line in text.split("\n"):
        if cur and len(cur) + len(line) > max_chars // 2:
            out.append(cur)
            cur = ""
        cur = f"{cur} {line.strip()}".strip()
    if cur:
        out.append(cur)
    return out


def page_sentences(pages: list[Page]) -> list[Sentence]:
    out: list[Sentence] = []
    for page in pages:
        for s in split_sentences(page.text):
            out.append(Sentence(s, page.number))
    return out


def _split_long(sentence: Sentence, max_tokens: int) -> list[Sentence]:
    enc = encoding()
    ids = enc.encode(sentence.text, disallowed_special=())
    if len(ids) <= max_tokens:
        return [sentence]
    return [Sentence(enc.decode(ids[i : i + max_tokens]), sentence.page) for i in range(0, len(ids), max_tokens)]


def chunk_pages(pages: list[Page], chunk_tokens: int = 200, overlap: int = 40) -> list[Chunk]:
    """Pack sentences into token-bounded chunks with sentence-level overlap."""
    sents: list[Sentence] = []
    for s in page_sentences(pages):
        sents.extend(_split_long(s, chunk_tokens))
    sizes = [count_tokens(s.text) + 1 for s in sents]
    chunks: list[Chunk] = []
    i = 0
    while i < len(sents):
        j, total = i, 0
        while j < len(sents) and (total + sizes[j] <= chunk_tokens or j == i):
            total += sizes[j]
            j += 1
        chunks.append(_make_chunk(sents[i:j]))
        if j >= len(sents):
            break
        # step back over trailing sentences worth <= overlap tokens (always advance by >= 1)
        k, back = j, 0
        while k - 1 > i and back + sizes[k - 1] <= overlap:
            k -= 1
            back += sizes[k]
        i = k
    return chunks


def _make_chunk(sents: list[Sentence]) -> Chunk:
    text, starts = "", []
    for s in sents:
        if text:
            text += " "
        if not starts or starts[-1][1] != s.page:
            starts.append((len(text), s.page))
        text += s.text
    pages = sorted({s.page for s in sents})
    return Chunk(text=text, pages=pages, page_starts=starts)
