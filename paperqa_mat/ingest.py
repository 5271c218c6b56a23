"""Parse papers into pages of text plus bibliographic metadata.

Parsers sit behind a small :class:`Parser` protocol (one per file type). PDF pages keep their physical
1-based page numbers, as a PDF viewer shows them. Bad input raises :class:`IngestError` with a reason a
person can act on (encrypted, corrupt, empty, image-only).
"""

from __future__ import annotations

import csv
import hashlib
import html as html_lib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", ".markdown", ".html", ".htm")


class IngestError(Exception):
    """A file could not be ingested; the message says why in plain words."""


@dataclass
class Page:
    number: int  # 1-based physical page number
    text: str


@dataclass
class PaperMeta:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    doi: str | None = None
    arxiv: str | None = None
    file_year: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ParsedDoc:
    path: Path
    sha256: str
    pages: list[Page]
    meta: PaperMeta

    @property
    def n_pages(self) -> int:
        return len(self.pages)


class Parser(Protocol):
    """Turns one file into pages of text and whatever metadata the file itself carries."""

    suffixes: tuple[str, ...]

    def parse(self, path: Path) -> tuple[list[Page], PaperMeta]: ...


# --------------------------------------------------------------------------- text clean-up
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_ACCENT_FIX = {"´ı": "í", "`ı": "ì", "¨ı": "ï", "ˆı": "î"}


def clean_text(text: str) -> str:
    """Normalise PDF text: ligatures (NFKC), de-hyphenate line breaks, tidy whitespace."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # pdfium marks line-break hyphenation with U+FFFE (soft hyphen U+00AD elsewhere): join the word
    text = re.sub(r"[\ufffe\u00ad\u2010]?[\ufffe\u00ad]\s*\n?\s*", "", text)
    for bad, good in _ACCENT_FIX.items():
        text = text.replace(bad, good)
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACES.sub(" ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --------------------------------------------------------------------------- parsers
class PdfParser:
    """PDF text layer via pdfium (fast); pypdf reads metadata and is the fallback extractor."""

    suffixes = (".pdf",)

    def parse(self, path: Path) -> tuple[list[Page], PaperMeta]:
        raw = path.read_bytes()
        if not raw.lstrip()[:5].startswith(b"%PDF"):
            raise IngestError("not a PDF file (no %PDF header); the file may be corrupt or mislabelled")
        meta = PaperMeta()
        try:
            pages, info = self._pdfium(path)
        except IngestError:
            raise
        except Exception:  # noqa: BLE001 - pdfium failed; try the pure-python reader
            pages, info = self._pypdf(path)
        meta.title = _plausible_title(info.get("Title", ""))
        author = (info.get("Author") or "").strip()
        if author and not re.search(r"(?i)unknown|administrator|user|^\W*$", author):
            meta.authors = [a.strip() for a in re.split(r";|,| and ", author) if a.strip()][:20]
        m = re.match(r"D:(\d{4})", info.get("CreationDate") or "")
        if m:
            meta.file_year = int(m.group(1))  # last resort: often the date the PDF was generated
        if not any(p.text.strip() for p in pages):
            raise IngestError(
                f"no text layer in any of its {len(pages)} page(s): it looks scanned/image-only "
                "(OCR is not supported; run it through an OCR tool such as ocrmypdf first)"
            )
        if pages and (not meta.title or not meta.authors):
            head_title, head_authors = _first_page_title_authors(path, pages[0].text)
            meta.title = meta.title or head_title
            meta.authors = meta.authors or head_authors
        return pages, meta

    @staticmethod
    def _pdfium(path: Path) -> tuple[list[Page], dict]:
        import pypdfium2 as pdfium

        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            msg = str(exc).lower()
            if "password" in msg or "security" in msg:
                raise IngestError("the PDF is encrypted (password-protected); decrypt it first") from exc
            raise IngestError(f"corrupt or unreadable PDF ({exc})") from exc
        try:
            if len(doc) == 0:
                raise IngestError("the PDF has no pages")
            pages = []
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                pages.append(Page(i + 1, clean_text(tp.get_text_range())))
                tp.close()
                page.close()
            return pages, doc.get_metadata_dict()
        finally:
            doc.close()

    @staticmethod
    def _pypdf(path: Path) -> tuple[list[Page], dict]:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception:  # noqa: BLE001
                    ok = 0
                if not ok:
                    raise IngestError("the PDF is encrypted (password-protected); decrypt it first")
            pages = [Page(i + 1, clean_text(p.extract_text() or "")) for i, p in enumerate(reader.pages)]
            info = {k.lstrip("/"): str(v) for k, v in (reader.metadata or {}).items()}
        except IngestError:
            raise
        except (PdfReadError, ValueError, KeyError, OSError) as exc:
            raise IngestError(f"corrupt or unreadable PDF ({exc})") from exc
        if not pages:
            raise IngestError("the PDF has no pages")
        return pages, info


class TextParser:
    """Plain text and Markdown; form feeds (\\f) split pages, otherwise one page per ~3000 chars."""

    suffixes = (".txt", ".md", ".markdown")

    def parse(self, path: Path) -> tuple[list[Page], PaperMeta]:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            text = path.read_text(encoding="latin-1")
        return _split_pages(text), _text_meta(text)


class HtmlParser:
    """HTML: visible text (scripts and styles dropped); <title> and citation_* meta tags."""

    suffixes = (".html", ".htm")

    def parse(self, path: Path) -> tuple[list[Page], PaperMeta]:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_bytes(), "lxml")
        meta = PaperMeta()
        for tag in soup.find_all("meta"):
            name, content = (tag.get("name") or "").lower(), (tag.get("content") or "").strip()
            if name == "citation_title":
                meta.title = content
            elif name == "citation_author":
                meta.authors.append(content)
            elif name in ("citation_date", "citation_publication_date") and re.search(r"\d{4}", content):
                meta.year = int(re.search(r"\d{4}", content).group())
            elif name == "citation_doi":
                meta.doi = content
        if not meta.title and soup.title and soup.title.string:
            meta.title = soup.title.string.strip()
        for bad in soup(["script", "style", "noscript", "nav", "footer"]):
            bad.decompose()
        text = html_lib.unescape(soup.get_text("\n"))
        return _split_pages(text), meta


PARSERS: list[Parser] = [PdfParser(), TextParser(), HtmlParser()]


def _split_pages(text: str, page_chars: int = 3000) -> list[Page]:
    if "\f" in text:
        parts = text.split("\f")
    else:
        paras, parts, cur = re.split(r"\n\s*\n", text), [], ""
        for para in paras:
            if cur and len(cur) + len(para) > page_chars:
                parts.append(cur)
                cur = ""
            cur = f"{cur}\n\n{para}" if cur else para
        parts.append(cur)
    return [Page(i + 1, clean_text(p)) for i, p in enumerate(parts)]


def _text_meta(text: str) -> PaperMeta:
    meta = PaperMeta()
    for line in text.splitlines():
        s = line.strip().lstrip("#").strip()
        if s:
            meta.title = s[:300]
            break
    return meta


# --------------------------------------------------------------------------- metadata heuristics
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)\]])", re.I)
ARXIV_RE = re.compile(r"arXiv:\s*(\d{4}\.\d{4,5})(v\d+)?", re.I)
ARXIV_OLD_RE = re.compile(r"arXiv:\s*([a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NOT_TITLE = re.compile(
    r"(?i)^(arxiv|apS/|preprint|submitted|accepted|received|journal|vol\.|volume|doi|http|www\.|"
    r"copyright|©|page \d|\d+$|article|research article|original paper|letter|abstract|[a-z\-]+(\.[A-Z]{2})?/\d{7})"
)


def _plausible_title(t: str) -> str:
    t = (t or "").strip()
    if len(t) < 8 or re.search(r"(?i)\.(dvi|pdf|docx?|tex|eps|ps)$|^\.?/|^microsoft|^untitled|^paper$", t):
        return ""
    return t


def _first_page_title_authors(path: Path, first_text: str) -> tuple[str, list[str]]:
    """Title = the largest-font text near the top of page 1; authors = the line(s) after it."""
    title = ""
    try:
        title = _largest_font_title(path)
    except Exception:  # noqa: BLE001 - heuristics only
        title = ""
    lines = [ln.strip() for ln in first_text.splitlines() if ln.strip()]
    if not title:
        for ln in lines[:12]:
            if len(ln) > 15 and not _NOT_TITLE.search(ln) and not DOI_RE.search(ln):
                title = ln
                break
    authors: list[str] = []
    if title:
        norm = re.sub(r"\W+", "", title.lower())
        idx = next((i for i, ln in enumerate(lines) if norm and norm[:25] in re.sub(r"\W+", "", ln.lower())), -1)
        for ln in lines[idx + 1 : idx + 6] if idx >= 0 else []:
            if re.sub(r"\W+", "", ln.lower()) and re.sub(r"\W+", "", ln.lower()) in norm:
                continue  # continuation of a wrapped title
            names = _author_names(ln)
            if names:
                authors = names
                break
    return title[:300], authors


def _author_names(line: str) -> list[str]:
    """Split a plausible author line into names; [] if it doesn't look like one."""
    if len(line) > 400 or re.search(r"(?i)universit|institut|department|laborator|abstract|school|college", line):
        return []
    line = re.sub(r"[\d∗*†‡§¶,]+(?=\s|,|$)", ",", line)
    parts = [p.strip(" ,;") for p in re.split(r",|;|\band\b|&", line)]
    names = [p for p in parts if re.fullmatch(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}", p or "")]
    names = [n for n in names if len(n.split()) >= 2]
    return names[:30] if names and len(names) >= max(1, len([p for p in parts if p]) // 2) else []


def _largest_font_title(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text or not text.strip():
            return
        scale = (tm[3] if tm[3] else 1.0) * (cm[3] if cm[3] else 1.0)
        size = abs(font_size * scale)
        y = tm[5] * (cm[3] or 1) + cm[5]
        runs.append((size, y, text))

    page.extract_text(visitor_text=visit)
    runs = [r for r in runs if r[1] > height * 0.35 and len(r[2].strip()) > 1]
    if not runs:
        return ""
    body = sorted(r[0] for r in runs)[len(runs) // 2]
    big = max(r[0] for r in runs)
    if big < body * 1.15:
        return ""
    title = " ".join(r[2].strip() for r in runs if r[0] >= big * 0.92)
    title = clean_text(title).replace("\n", " ")
    return title if 10 <= len(title) <= 300 and not _NOT_TITLE.search(title) else ""


def extract_ids(pages: list[Page], meta: PaperMeta, filename: str) -> PaperMeta:
    """Fill DOI / arXiv id / year from the first pages and the file name."""
    head = "\n".join(p.text for p in pages[:2])
    if not meta.doi:
        m = DOI_RE.search(head) or DOI_RE.search(filename.replace("_", "/"))
        if m:
            meta.doi = re.sub(r"(?i)\.pdf$", "", m.group(1).rstrip("."))
    m = ARXIV_RE.search(head) or re.search(r"(?<!\d)(\d{4}\.\d{4,5})(?!\d)", filename)
    if m:
        meta.arxiv = m.group(1)
        yy, mm = int(meta.arxiv[:2]), int(meta.arxiv[2:4])
        if 7 <= yy <= 40 and 1 <= mm <= 12:
            meta.year = 2000 + yy  # arXiv ids encode the submission year
    elif (m := ARXIV_OLD_RE.search(head)) is not None:
        meta.arxiv = m.group(1)
    if meta.year is None:
        years = [int(y) for y in YEAR_RE.findall(pages[0].text if pages else "")]
        if years:
            meta.year = max(set(years), key=years.count)
    if meta.year is None:
        meta.year = meta.file_year
    return meta


def citation_stem(meta: PaperMeta, filename: str) -> str:
    """`Surname2020` from the first author (or the title / file name) and the year."""
    surname = ""
    if meta.authors:
        first = re.sub(r"\(.*?\)", "", meta.authors[0]).strip()
        if "," in first:  # "Surname, Given"
            first = first.split(",")[0]
            surname = first.split()[-1] if first.split() else ""
        else:
            surname = first.split()[-1] if first.split() else ""
    if not surname and meta.title:
        words = [w for w in re.findall(r"[A-Za-z]{4,}", meta.title) if w.lower() not in _STOP]
        surname = words[0] if words else ""
    if not surname:
        surname = re.sub(r"[^A-Za-z]", "", Path(filename).stem)[:20] or "Paper"
    surname = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode() or "Paper"
    surname = re.sub(r"[^A-Za-z\-]", "", surname)
    return f"{surname[:1].upper()}{surname[1:]}{meta.year or ''}"


_STOP = {"with", "from", "this", "that", "study", "using", "the", "effect", "effects", "towards", "analysis"}


def unique_key(stem: str, taken: set[str]) -> str:
    """Suffix a, b, c... when two papers share a key (Smith2020, Smith2020a, Smith2020b...)."""
    if stem not in taken:
        return stem
    for i in range(1, 1000):
        suffix = ""
        n = i
        while n:
            n, r = divmod(n - 1, 26)
            suffix = chr(97 + r) + suffix
        if stem + suffix not in taken:
            return stem + suffix
    raise IngestError(f"too many papers share the key {stem}")


# --------------------------------------------------------------------------- entry points
def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def parser_for(path: Path) -> Parser:
    suffix = path.suffix.lower()
    for parser in PARSERS:
        if suffix in parser.suffixes:
            return parser
    raise IngestError(f"unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")


def parse_file(path: str | Path, max_mb: float = 200.0) -> ParsedDoc:
    """Parse one file into pages and metadata; raises IngestError with a clear reason."""
    path = Path(path)
    if not path.exists():
        raise IngestError("file not found")
    if not path.is_file():
        raise IngestError("not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise IngestError("the file is empty (0 bytes)")
    if size > max_mb * 1e6:
        raise IngestError(f"the file is {size / 1e6:.0f} MB, above the {max_mb:.0f} MB limit")
    parser = parser_for(path)
    pages, meta = parser.parse(path)
    if not any(p.text.strip() for p in pages):
        raise IngestError("no extractable text")
    meta = extract_ids(pages, meta, path.name)
    return ParsedDoc(path=path, sha256=file_sha256(path), pages=pages, meta=meta)


def discover(paths: list[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand folders recursively; return (supported files, [(path, problem)])."""
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    found.append(f)
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(p)
            else:
                problems.append((p, f"unsupported file type '{p.suffix}'"))
        else:
            problems.append((p, "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in found:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, problems


def read_manifest(path: str | Path) -> dict[str, PaperMeta]:
    """Manifest CSV with columns path,doi,title,authors,year (authors separated by ';')."""
    out: dict[str, PaperMeta] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "path" not in reader.fieldnames:
            raise IngestError(f"manifest {path} needs a 'path' column (path,doi,title,authors,year)")
        for row in reader:
            year = (row.get("year") or "").strip()
            out[Path(row["path"]).name] = PaperMeta(
                title=(row.get("title") or "").strip(),
                authors=[a.strip() for a in (row.get("authors") or "").split(";") if a.strip()],
                year=int(year) if year.isdigit() else None,
                doi=(row.get("doi") or "").strip() or None,
            )
    return out


def apply_manifest(meta: PaperMeta, override: PaperMeta | None) -> PaperMeta:
    if override is None:
        return meta
    return PaperMeta(
        title=override.title or meta.title,
        authors=override.authors or meta.authors,
        year=override.year or meta.year,
        doi=override.doi or meta.doi,
        arxiv=meta.arxiv,
    )


def crossref_metadata(doi: str, base_url: str = "https://api.crossref.org", timeout: float = 10.0) -> PaperMeta | None:
    """Title/authors/year for a DOI from Crossref. Only called when ``online_metadata`` is enabled."""
    import httpx

    try:
        r = httpx.get(f"{base_url.rstrip('/')}/works/{doi}", timeout=timeout)
        r.raise_for_status()
        msg = r.json()["message"]
    except (httpx.HTTPError, ValueError, KeyError):
        return None
    year = None
    for field_name in ("published-print", "published-online", "issued", "created"):
        parts = (msg.get(field_name) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and parts[0][0]:
            year = int(parts[0][0])
            break
    authors = [" ".join(x for x in (a.get("given"), a.get("family")) if x) for a in msg.get("author", [])]
    return PaperMeta(title=(msg.get("title") or [""])[0], authors=[a for a in authors if a], year=year, doi=doi)
