"""Find and read every table in a PDF, with page, caption, header rows and spanning cells.

Two detectors run on each page (pdfplumber gives the characters, words and ruling lines):

1. **Ruled tables**: cells from ruling lines/rectangles (pdfplumber's lattice finder). A ruled grid is kept
   only when it is a real grid: no cell hides an unruled column, no ruled row holds a stacked list of
   numbers, and no short unruled text sits right beside it on its rows; otherwise the area is read as text.
2. **Borderless tables** from text alignment: words -> lines -> segments (word runs split at gaps of about
   one em). Runs of lines with two or more segments (plus short header/label lines between them) form
   regions; multi-column page layouts are first cut at the edges of running-text columns. Columns are gaps
   in the region's text-coverage profile; rows are text lines, merged for wrapped header cells and wrapped
   row labels; centred group labels span the columns beneath them. Stacked or side-by-side tables with a
   repeated header are split; prose, charts (sparse rows), equations and letter-spaced figure text are
   rejected (uncaptioned candidates face stricter checks).

Captions ("Table 2. ...", "TABLE II", "Tab. 3:") are matched one per table, above or below by the page's
convention. Cell text goes through :func:`paperqa_mat.extract.normalize.normalize_text` (unicode minus,
ligatures, ``^`` superscripts...); raised/lowered small text is joined to its word (``cm^-1``, ``Li2S``);
``Table.values()`` parses cells with :func:`paperqa_mat.extract.normalize.parse_number`.

API: ``extract_tables(pdf_path, pages=None) -> list[Table]``; ``table_in_region(pdf_path, page, bbox)`` for a
table whose box is known; errors: :class:`TableExtractionError` (unreadable, encrypted, no text layer).
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperqa_mat.extract.normalize import normalize_text, parse_number

__all__ = ["Table", "TableExtractionError", "extract_tables", "find_caption", "table_in_region"]

CAPTION_RE = re.compile(  # any letter case: small-caps fonts give "tABLE 3."
    r"^\s*(?:Table|Tab\.|Tabelle|Tableau)\s*(?:[A-Z]?\d+[A-Z]?(?:\.\d+)?|[IVXLC]+)\b\s*[.:|\-–—]?",
    re.IGNORECASE,
)


class TableExtractionError(Exception):
    """A PDF that cannot be read for tables (corrupt, encrypted, no text layer)."""


@dataclass
class Table:
    """One table: ``rows`` is a rectangular grid of cell strings (a spanning cell's text sits in its first
    row/column; the cells it covers are ``""`` and listed in ``spans``)."""

    doc: str
    page: int  # 1-based physical page
    table_no: int  # 1-based order of the table in the document
    caption: str
    header_rows: int
    rows: list[list[str]]
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x0, top, x1, bottom (pt, top-left origin)
    method: str = "text"  # "ruled" or "text"
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row, col, n_rows, n_cols)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @property
    def header(self) -> list[list[str]]:
        return self.rows[: self.header_rows]

    @property
    def body(self) -> list[list[str]]:
        return self.rows[self.header_rows :]

    def values(self) -> list[list[tuple[float, float | None] | None]]:
        """Each cell parsed with ``parse_number``: ``(value, uncertainty)`` or ``None`` for non-numbers."""
        return [[parse_number(c) for c in r] for r in self.rows]

    def to_csv(self) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(self.rows)
        return buf.getvalue()

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "page": self.page,
            "table_no": self.table_no,
            "caption": self.caption,
            "n_rows": self.n_rows,
            "n_cols": self.n_cols,
            "header_rows": self.header_rows,
            "rows": self.rows,
            "spans": [list(s) for s in self.spans],
            "bbox": [round(v, 1) for v in self.bbox],
            "method": self.method,
        }


# ----------------------------------------------------------------------------------------------- geometry
@dataclass
class _Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float

    @property
    def h(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def em(self) -> float:
        """Font size, or the glyph height when the reported size is implausible (scaled text matrices)."""
        return self.size if 0.6 * self.h <= self.size <= 1.6 * self.h else self.h


@dataclass
class _Seg:
    words: list[_Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        out = self.words[0].text
        for prev, w in zip(self.words, self.words[1:], strict=False):
            out += ("" if w.x0 - prev.x1 < 0.1 * min(prev.em, w.em) else " ") + w.text  # touching words
        return out


@dataclass
class _Line:
    words: list[_Word]
    segs: list[_Seg] = field(default_factory=list)
    caption: bool = False  # part of a "Table N ..." caption paragraph

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def em(self) -> float:
        return statistics.median(w.em for w in self.words)


def _group_lines(words: list[_Word]) -> list[_Line]:
    """Cluster words into text lines by vertical overlap."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        for ln in reversed(lines[-3:]):
            if ln.top - 0.5 <= mid <= ln.bottom + 0.5 and abs(w.top - ln.top) < 0.6 * max(w.h, 1.0):
                ln.words.append(w)
                break
        else:
            lines.append(_Line([w]))
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _segments(words: list[_Word], gap_em: float) -> list[_Seg]:
    segs: list[_Seg] = []
    for w in words:
        if segs:
            prev = segs[-1].words[-1]
            em = max(min(prev.em, w.em), 1.0)
            if w.x0 - prev.x1 < gap_em * em:
                segs[-1].words.append(w)
                continue
        segs.append(_Seg([w]))
    return segs


# ----------------------------------------------------------------------------------------------- detection
_SEG_GAP_EM = 0.9  # gap (in ems) that separates two cells on a line when looking for tables
_CELL_GAP_EM = 0.45  # inside a found table, smaller gaps can separate columns


def _is_caption(line: _Line) -> bool:
    return line.caption or bool(CAPTION_RE.match(line.text))


def _mark_captions(lines: list[_Line]) -> None:
    """Flag caption lines and their continuation lines (same font, tight spacing)."""
    for i, ln in enumerate(lines):
        if not CAPTION_RE.match(ln.text):
            continue
        ln.caption = True
        prev = ln
        for nxt in lines[i + 1 : i + 5]:
            if nxt.top - prev.bottom > 0.4 * prev.em or abs(nxt.em - prev.em) > 0.6 or nxt.x0 < ln.x0 - 3:
                break
            if len(_segments(nxt.words, _SEG_GAP_EM)) >= 3:
                break
            nxt.caption = True
            prev = nxt


def _is_prose_seg(seg: _Seg, page_width: float) -> bool:
    """A wide run of many words, mostly without digits: a line of running text."""
    if len(seg.words) < 6 or (seg.x1 - seg.x0) <= 0.28 * page_width:
        return False
    wordy = sum(1 for w in seg.words if not any(ch.isdigit() for ch in w.text))
    return wordy >= 0.6 * len(seg.words)


def _tabular(line: _Line, page_width: float) -> bool:
    return len(line.segs) >= 2 and not _is_caption(line) and not any(_is_prose_seg(s, page_width) for s in line.segs)


def _clusters(values: list[float], tol: float) -> list[list[float]]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return out


def _prose_cuts(lines: list[_Line], page_width: float) -> list[tuple[float, float, float]]:
    """Vertical cuts ``(x, top, bottom)`` beside blocks of running text in a multi-column layout: the
    aligned left edges of a right-hand prose column and the aligned right edges of a left-hand one."""
    prose = [(ln, sg) for ln in lines for sg in ln.segs if _is_prose_seg(sg, page_width)]
    if len(prose) < 4:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    cuts: list[tuple[float, float, float]] = []
    for edge, side in (("x0", "start"), ("x1", "end")):
        vals = [getattr(sg, edge) for _, sg in prose]
        for cl in _clusters(vals, 2.5):
            if len(cl) < 4:
                continue
            x = (min(cl) - 1.0) if side == "start" else (max(cl) + 1.0)
            if (side == "start" and x < left + 0.15 * page_width) or (side == "end" and x > right - 0.15 * page_width):
                continue  # the page margin, not a column boundary
            members = sorted(
                (ln for ln, sg in prose if abs(getattr(sg, edge) - (x + (1.0 if side == "start" else -1.0))) <= 3.5),
                key=lambda ln: ln.top,
            )
            cuts.append((x, members[0].top, members[-1].bottom))
    # one boundary per x (within 15 pt; leftmost x), spanning all its members
    merged: list[tuple[float, float, float]] = []
    for x, top, bottom in sorted(cuts):
        if merged and x - merged[-1][0] <= 15:
            mx, mt, mb = merged[-1]
            merged[-1] = (mx, min(mt, top), max(mb, bottom))
        else:
            merged.append((x, top, bottom))
    return merged


def _split_streams(lines: list[_Line], page_width: float) -> list[list[_Line]]:
    """Split lines at multi-column-layout cuts so each column is searched for tables on its own."""
    cuts = _prose_cuts(lines, page_width)
    if not cuts:
        return [lines]
    streams: dict[tuple, list[_Line]] = {}
    for ln in lines:
        pieces: list[tuple[tuple, list[_Word]]] = [((), ln.words)]
        for ci, (x, top, bottom) in enumerate(cuts):
            if not (top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1):
                continue
            nxt: list[tuple[tuple, list[_Word]]] = []
            for key, ws in pieces:
                if any(w.x0 < x < w.x1 for w in ws):
                    nxt.append((key, ws))
                    continue
                lw = [w for w in ws if w.x1 <= x]
                rw = [w for w in ws if w.x0 >= x]
                if lw:
                    nxt.append(((*key, (ci, 0)), lw))
                if rw:
                    nxt.append(((*key, (ci, 1)), rw))
            pieces = nxt
        for key, ws in pieces:
            piece = _Line(ws, _segments(ws, _SEG_GAP_EM), ln.caption) if ws is not ln.words else ln
            streams.setdefault(key, []).append(piece)
    return list(streams.values())


def _find_regions(lines: list[_Line], page_width: float) -> list[list[_Line]]:
    """Runs of tabular lines (allowing short single-segment lines inside) -> candidate table regions."""
    regions: list[list[_Line]] = []
    cur: list[_Line] = []
    pending: list[_Line] = []  # non-tabular lines that may belong to the current region
    for ln in lines:
        gap_ref = cur[-1].bottom if cur else 0.0
        if pending:
            gap_ref = pending[-1].bottom
        too_far = cur and (ln.top - gap_ref) > 2.2 * ln.em
        if too_far:
            regions.append(cur)
            cur, pending = [], []
        if _tabular(ln, page_width):
            cur.extend(pending)
            pending = []
            cur.append(ln)
        elif cur and not _is_caption(ln) and not any(_is_prose_seg(s, page_width) for s in ln.segs) and len(pending) < 3:
            pending.append(ln)
        else:
            if cur:
                regions.append(cur)
            cur, pending = [], []
    if cur:
        regions.append(cur)
    return regions


def _extend_up(region: list[_Line], lines: list[_Line], page_width: float) -> list[_Line]:
    """Add short header lines just above a region (stopping at captions, prose and big gaps)."""
    idx = lines.index(region[0])
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.x1 for ln in region)
    added: list[_Line] = []
    top = region[0].top
    for ln in reversed(lines[max(0, idx - 4) : idx]):
        if top - ln.bottom > 1.5 * ln.em or _is_caption(ln):
            break
        if any(_is_prose_seg(s, page_width) for s in ln.segs):
            break
        if ln.x0 < x0 - 2 * ln.em or ln.x1 > x1 + 2 * ln.em:
            break
        if ln.x1 - ln.x0 > 0.8 * (x1 - x0) and len(ln.segs) == 1 and len(ln.words) > 5:
            break
        added.insert(0, ln)
        top = ln.top
    return added + region


def _split_repeated_header(region: list[_Line]) -> list[list[_Line]]:
    """A header line repeated further down starts a new table (stacked tables with one layout)."""
    heads = {ln.text for ln in region[:3] if not any(ch.isdigit() for ch in ln.text)}
    parts: list[list[_Line]] = [[]]
    for i, ln in enumerate(region):
        if i >= 3 and ln.text in heads and len(parts[-1]) >= 3:
            parts.append([])
        parts[-1].append(ln)
    return parts


def _split_side_by_side(region: list[_Line]) -> list[list[_Line]]:
    """Tables set side by side with the same header (e.g. "Age | Total | Age | Total") become separate tables."""
    left = min(ln.x0 for ln in region)
    for ln in region[:4]:
        segs = _segments(ln.words, _CELL_GAP_EM)
        if len(segs) < 4 or segs[0].x0 > left + ln.em:
            continue  # the repeated header must start with the stub (row-label) column
        starts = [sg.x0 for sg in segs if sg.text == segs[0].text]
        if len(starts) < 2 or any(ch.isdigit() for ch in segs[0].text):
            continue
        cuts = [x - 1.0 for x in starts[1:]]
        if any(w.x0 < x < w.x1 for line in region for w in line.words for x in cuts):
            continue  # a word crosses the cut: not independent blocks
        parts: list[list[_Line]] = [[] for _ in range(len(cuts) + 1)]
        for line in region:
            buckets: list[list[_Word]] = [[] for _ in parts]
            for w in line.words:
                buckets[sum(1 for x in cuts if w.x0 >= x)].append(w)
            for part, ws in zip(parts, buckets, strict=True):
                if ws:
                    part.append(_Line(ws, _segments(ws, _SEG_GAP_EM)))
        return [p for p in parts if len(p) >= 2]
    return [region]


def _compatible(a: list[_Line], b: list[_Line]) -> bool:
    """Do two regions share their column layout (same table split by a blank line, rule or section row)?
    Most text segments of the smaller region must each fall inside one column of the larger one."""
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    cols = _columns(big, _CELL_GAP_EM)
    if len(cols) < 2:
        return False
    segs = [sg for ln in small for sg in _segments(ln.words, _CELL_GAP_EM)]
    hits = [_col_of(sg.x0, sg.x1, cols) for sg in segs]
    fitting = [h[0] for h in hits if len(h) == 1]
    return len(fitting) >= 0.75 * len(segs) and len(set(fitting)) >= min(2, len(cols))


def _merge_regions(regions: list[list[_Line]], lines: list[_Line], page_width: float) -> list[list[_Line]]:
    """Join consecutive regions separated by a small gap (plus at most two short lines) with equal columns."""
    out: list[list[_Line]] = []
    pos = {id(ln): i for i, ln in enumerate(lines)}
    for reg in regions:
        if out:
            prev = out[-1]
            between = lines[pos[id(prev[-1])] + 1 : pos[id(reg[0])]]
            ok_between = len(between) <= 2 and not any(
                _is_caption(ln) or any(_is_prose_seg(sg, page_width) for sg in ln.segs) for ln in between
            )
            if ok_between and reg[0].top - prev[-1].bottom < 5 * reg[0].em and _compatible(prev, reg):
                out[-1] = prev + between + reg
                continue
        out.append(reg)
    return out


def _columns(region: list[_Line], gap_em: float) -> list[tuple[float, float]]:
    """Column x-ranges from the text coverage profile of the region's multi-segment lines."""
    multi = [ln for ln in region if len(ln.segs) >= 2] or region
    x0 = int(min(ln.x0 for ln in region)) - 1
    x1 = int(max(ln.x1 for ln in region)) + 2
    cover = [0] * (x1 - x0 + 1)
    for ln in multi:
        for s in _segments(ln.words, gap_em):
            for x in range(int(s.x0) - x0, int(s.x1) - x0 + 1):
                cover[x] += 1
    thr = max(1 if len(multi) >= 5 else 0, int(0.1 * len(multi)))
    cols: list[tuple[float, float]] = []
    start = None
    for i, c in enumerate(cover + [0]):
        if c > thr and start is None:
            start = i
        elif c <= thr and start is not None:
            cols.append((start + x0, i - 1 + x0))
            start = None
    # drop slivers produced by a single stray line
    return [c for c in cols if c[1] - c[0] >= 2] or cols


def _col_of(x0: float, x1: float, cols: list[tuple[float, float]]) -> list[int]:
    """Columns a horizontal extent overlaps (by at least a little)."""
    hit = [i for i, (a, b) in enumerate(cols) if min(x1, b) - max(x0, a) > 0.5]
    if hit:
        return hit
    mid = (x0 + x1) / 2
    return [min(range(len(cols)), key=lambda i: min(abs(mid - cols[i][0]), abs(mid - cols[i][1])))]


def _line_cells(ln: _Line, cols: list[tuple[float, float]], gap_em: float) -> tuple[list[str], list[tuple[int, int]]]:
    """Cell texts of one line and the spanning segments (col, n_cols) on it."""
    cells = [""] * len(cols)
    spans: list[tuple[int, int]] = []
    for seg in _segments(ln.words, gap_em):
        hit = _col_of(seg.x0, seg.x1, cols)
        cells[hit[0]] = f"{cells[hit[0]]} {seg.text}".strip()
        if len(hit) > 1:  # a segment crossing a column gap spans those columns; text sits in the first
            spans.append((hit[0], len(hit)))
    return cells, spans


_CONT_END = re.compile(r"(?:[-,(/&]|\b(?:and|or|of|the|in|for|to|with|by|a|an))$", re.I)


def _joins_previous(
    i: int, first_body: int, cells: list[str], f: set[int], spans: list, prev: list[str], pf: set[int], pspans: list
) -> bool:
    """Should text line ``i`` be merged into the row above (wrapped header cell or wrapped row label)?"""
    if 0 < i < first_body:
        # wrapped header cells: the filled columns of the two lines nest; spanning lines stay apart
        return not spans and not pspans and (f <= pf or pf <= f)
    if i > first_body:
        # continuation line with only column-0 text
        if f == {0} and (cells[0][:1].islower() or bool(_CONT_END.search(prev[0] or ""))):
            return True
        # label wrapped onto the line carrying the values
        if 0 in f and pf == {0} and cells[0][:1].islower():
            return True
    return False


def _center_group_labels(
    ln: _Line, cols: list[tuple[float, float]], gap_em: float
) -> tuple[list[str], list[tuple[int, int]]]:
    """Group labels centred over several columns ("Actual" over four year columns) in a sparse header
    line: each label spans the run of columns whose middle is closest to the label's middle; its text goes
    to the first column of the run."""
    segs = _segments(ln.words, gap_em)
    hits = [_col_of(sg.x0, sg.x1, cols)[0] for sg in segs]
    cells = [""] * len(cols)
    spans: list[tuple[int, int]] = []
    start = 1
    for k, (sg, hit) in enumerate(zip(segs, hits, strict=True)):
        limit = hits[k + 1] - 1 if k + 1 < len(hits) else len(cols) - 1
        mid = (sg.x0 + sg.x1) / 2
        best = (abs((cols[hit][0] + cols[hit][1]) / 2 - mid), hit, hit)
        for a in range(min(start, hit), hit + 1):
            for b in range(hit, max(hit, limit) + 1):
                d = abs((cols[a][0] + cols[b][1]) / 2 - mid)
                if d < best[0] - 0.5:
                    best = (d, a, b)
        _, a, b = best
        cells[a] = f"{cells[a]} {sg.text}".strip()
        if b > a:
            spans.append((a, b - a + 1))
        start = b + 1
    return cells, spans


def _build_grid(region: list[_Line], gap_em: float) -> tuple[list[list[str]], int, list[tuple[int, int, int, int]]]:
    cols = _columns(region, gap_em)
    rows: list[list[str]] = []
    row_spans: list[list[tuple[int, int]]] = []
    filled_sets: list[set[int]] = []
    for ln in region:
        cells, spans = _line_cells(ln, cols, gap_em)
        rows.append(cells)
        row_spans.append(spans)
        filled_sets.append({i for i, c in enumerate(cells) if c})
    n_cols = len(cols)
    # header zone: lines before the first line with >= 60% of columns filled including column 0
    first_body = 0
    for i, f in enumerate(filled_sets):
        if 0 in f and len(f) >= max(2, 0.6 * n_cols):
            first_body = i
            break
    for i in range(first_body):
        nxt = filled_sets[i + 1] if i + 1 < len(filled_sets) else set()
        if filled_sets[i] and 0 not in filled_sets[i] and not row_spans[i] and len(filled_sets[i]) < len(nxt):
            rows[i], row_spans[i] = _center_group_labels(region[i], cols, gap_em)
            filled_sets[i] = {j for j, c in enumerate(rows[i]) if c}
    # merge header lines whose filled columns nest (wrapped header cells); keep spanning lines apart
    merged: list[list[str]] = []
    merged_spans: list[list[tuple[int, int]]] = []
    merged_sets: list[set[int]] = []
    for i, (cells, spans, f) in enumerate(zip(rows, row_spans, filled_sets, strict=True)):
        if merged and _joins_previous(i, first_body, cells, f, spans, merged[-1], merged_sets[-1], merged_spans[-1]):
            merged[-1] = [f"{a} {b}".strip() for a, b in zip(merged[-1], cells, strict=True)]
            merged_sets[-1] = merged_sets[-1] | f
            merged_spans[-1] = merged_spans[-1] + spans
            continue
        merged.append(cells)
        merged_spans.append(spans)
        merged_sets.append(f)
    # header rows = rows before the first body row after merging
    header_rows = 0
    for i, f in enumerate(merged_sets):
        if 0 in f and len(f) >= max(2, 0.6 * n_cols):
            header_rows = i
            break
    spans_out = [(r, c, 1, n) for r, sp in enumerate(merged_spans) for c, n in sp]
    return merged, header_rows, spans_out


def _prune_grid(rows: list[list[str]]) -> list[list[str]]:
    keep = [j for j in range(max((len(r) for r in rows), default=0)) if any(j < len(r) and r[j] for r in rows)]
    out = [[r[j] if j < len(r) else "" for j in keep] for r in rows]
    return [r for r in out if any(r)]


def _looks_like_table(rows: list[list[str]], page_width: float, width: float) -> bool:
    if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
        return False
    multi = sum(1 for r in rows if sum(1 for c in r if c) >= 2)
    if multi < 2:
        return False
    cells = [c for r in rows for c in r if c]
    words_per_cell = sum(len(c.split()) for c in cells) / len(cells)
    if words_per_cell > 6:
        return False
    n_cols = len(rows[0])
    if n_cols == 2 and len(rows) < 3:
        return False
    # charts (axis ticks, legends) give sparse grids; real tables have mostly well-filled rows
    dense = sum(1 for r in rows if sum(1 for c in r if c) >= 0.6 * n_cols)
    if dense < 0.45 * len(rows):
        return False
    # two-column prose: two wide columns of many words
    if n_cols == 2 and words_per_cell > 3.5:
        return False
    # multi-column prose: several columns of sentence fragments, often hyphenated at line ends
    prose_cols = sum(_prose_column([r[j] for r in rows if j < len(r)]) for j in range(n_cols))
    hyphenated = sum(1 for c in cells if re.search(r"[a-z]-$", c))
    return not (prose_cols >= 2 or (prose_cols >= 1 and hyphenated >= 2))


def _prose_column(col: list[str]) -> bool:
    """Most cells are long runs of words (line fragments of running text)."""
    cells = [c for c in col if c]
    if len(cells) < 3:
        return False
    texty = [c for c in cells if len(c.split()) >= 3 and len(c) >= 20 and sum(ch.isalpha() for ch in c) >= 0.7 * len(c)]
    return len(texty) >= 0.6 * len(cells)


# ----------------------------------------------------------------------------------------------- ruled
_LATTICE = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "intersection_tolerance": 3, "snap_tolerance": 6}


def _ruled_tables(page, words: list[_Word]) -> list[tuple[tuple[float, float, float, float], list[list[str]], list]]:
    out = []
    try:
        found = page.find_tables(_LATTICE)
    except Exception:  # noqa: BLE001 - odd vector graphics must not stop text detection
        return out
    for t in found:
        x0, top, x1, bottom = t.bbox
        raw = t.extract()
        if not raw or len(raw) < 2 or max(len(r) for r in raw) < 2:
            continue
        # a cell whose words show a wide gap on one line hides an unruled column -> not a real lattice
        hidden = 0
        for cell in t.cells:
            cx0, ctop, cx1, cbottom = cell
            inside = [w for w in words if w.x0 >= cx0 - 1 and w.x1 <= cx1 + 1 and w.top >= ctop - 1 and w.bottom <= cbottom + 1]
            if _hides_column(_group_lines(inside)):
                hidden += 1
        if hidden > max(1, 0.1 * len(t.cells)):
            continue
        # rows whose cells hold lists of numbers (one per line) were not ruled: read the area as text instead
        stacked = False
        for row in t.rows:
            multi = 0
            for cell in row.cells:
                if cell is None:
                    continue
                cx0, ctop, cx1, cbottom = cell
                inside = [w for w in words if w.x0 >= cx0 - 1 and w.x1 <= cx1 + 1 and w.top >= ctop - 1 and w.bottom <= cbottom + 1]
                cell_lines = _group_lines(inside)
                if len(cell_lines) >= 4 and sum(_is_numeric(ln.text) for ln in cell_lines) >= 0.6 * len(cell_lines):
                    multi += 1
            if multi >= 2:
                stacked = True
                break
        others = [o.bbox for o in found if o is not t]
        free = [w for w in words if not any(_inside(w, b) for b in others)]
        if stacked or _partial_lattice((x0, top, x1, bottom), len(raw), free):
            continue
        rows = [[normalize_text(c or "") for c in r] for r in raw]
        spans = []
        for ri, r in enumerate(raw):
            for ci, c in enumerate(r):
                if c is None:
                    continue
                n = 1
                while ci + n < len(r) and r[ci + n] is None:
                    n += 1
                if n > 1:
                    spans.append((ri, ci, 1, n))
        rows, spans = _prune_with_spans(rows, spans)
        if len(rows) < 2 or max(len(r) for r in rows) < 2 or sum(1 for r in rows for c in r if c) < 4:
            continue
        out.append(((x0, top, x1, bottom), rows, spans))
    return out


def _hides_column(lines: list[_Line]) -> bool:
    """Does a ruled cell contain an unruled column: a very wide gap on a line, or wide gaps at the same x
    on two or more lines (justified text has wide gaps too, but not aligned)?"""
    gaps: list[tuple[float, float]] = []
    for ln in lines:
        segs = _segments(ln.words, 1.5)
        for a, b in zip(segs, segs[1:], strict=False):
            if b.x0 - a.x1 > 3 * ln.em:
                return True
            gaps.append((a.x1, b.x0))
    return any(
        min(g[1], h[1]) - max(g[0], h[0]) > 2 for i, g in enumerate(gaps) for h in gaps[i + 1 :]
    )


def _partial_lattice(bbox: tuple[float, float, float, float], n_rows: int, words: list[_Word]) -> bool:
    """Short, non-prose text right beside a ruled grid, on its rows: the rules cover only part of the table."""
    x0, top, x1, bottom = bbox
    beside = [
        w for w in words
        if top <= (w.top + w.bottom) / 2 <= bottom and (x0 - 60 <= w.x1 <= x0 + 1 or x1 - 1 <= w.x0 <= x1 + 60)
    ]
    if len(beside) < max(2, 0.5 * n_rows):
        return False
    lines = _group_lines(beside)
    return sum(len(ln.words) for ln in lines) / len(lines) <= 4


def _prune_with_spans(rows: list[list[str]], spans: list) -> tuple[list[list[str]], list]:
    n = max((len(r) for r in rows), default=0)
    keep_c = [j for j in range(n) if any(j < len(r) and r[j] for r in rows)]
    keep_r = [i for i, r in enumerate(rows) if any(r)]
    cmap = {j: k for k, j in enumerate(keep_c)}
    rmap = {i: k for k, i in enumerate(keep_r)}
    new_rows = [[rows[i][j] if j < len(rows[i]) else "" for j in keep_c] for i in keep_r]
    new_spans = []
    for r, c, nr, nc in spans:
        if r in rmap and c in cmap:
            covered = [j for j in range(c, c + nc) if j in cmap]
            if len(covered) > 1:
                new_spans.append((rmap[r], cmap[c], nr, len(covered)))
    return new_rows, new_spans


# ----------------------------------------------------------------------------------------------- captions
def find_caption(lines: list[_Line], bbox: tuple[float, float, float, float]) -> str:
    """Caption line(s) starting with "Table N" just above (preferred) or below a table's box."""
    x0, top, x1, bottom = bbox
    best = None
    for i, ln in enumerate(lines):
        if not _is_caption(ln) or ln.x1 < x0 - 20 or ln.x0 > x1 + 20:
            continue
        if ln.bottom <= top + 2:
            dist = top - ln.bottom
            if dist < 12 * ln.em and (best is None or dist < best[0]):
                best = (dist, i)
        elif ln.top >= bottom - 2:
            dist = (ln.top - bottom) + 3 * ln.em  # prefer captions above
            if dist < 6 * ln.em and (best is None or dist < best[0]):
                best = (dist, i)
    if best is None:
        return ""
    i = best[1]
    parts = [lines[i].text]
    for ln in lines[i + 1 : i + 4]:
        if ln.top - lines[i].bottom > 1.6 * ln.em * len(parts) or _is_caption(ln):
            break
        if ln.top >= top - 1 and lines[i].bottom <= top + 2:
            break
        if ln.bottom > top - 1 and ln.top < bottom:
            break
        parts.append(ln.text)
    return normalize_text(" ".join(parts))


def _caption_text(lines: list[_Line], i: int, boxes: list[tuple[float, float, float, float]]) -> str:
    """The caption line plus its continuation lines (tight spacing, not inside a table, not tabular)."""
    # only the caption's own column: text beyond a gutter-sized gap belongs to the next column
    head = _segments(lines[i].words, 1.8)[0]
    x0, x1 = head.x0 - lines[i].em, head.x1 + lines[i].em
    parts = [head.text]
    prev = lines[i]
    for ln in lines[i + 1 : i + 5]:
        if ln.top - prev.bottom > 0.6 * ln.em or _is_caption(ln):
            break
        if any(ln.bottom > b[1] and ln.top < b[3] and ln.x1 > b[0] and ln.x0 < b[2] for b in boxes):
            break
        words = [w for w in ln.words if w.x0 >= x0 and w.x1 <= x1]
        if not words or len(_segments(words, _SEG_GAP_EM)) >= 3:
            break
        parts.append(_Seg(words).text)
        prev = ln
    return normalize_text(" ".join(parts))


def _assign_captions(lines: list[_Line], boxes: list[tuple[float, float, float, float]]) -> list[str]:
    """One caption per table and one table per caption. Whether captions sit above or below their tables
    is decided per page from captions that have a table on one side only (default: above)."""
    cands = []  # (table index, line index, side, distance)
    for k, (x0, top, x1, bottom) in enumerate(boxes):
        for i, ln in enumerate(lines):
            if not CAPTION_RE.match(ln.text) or ln.x1 < x0 - 20 or ln.x0 > x1 + 20:
                continue
            if ln.bottom <= top + 2 and top - ln.bottom < 12 * ln.em:
                cands.append((k, i, "above", top - ln.bottom))
            elif ln.top >= bottom - 2 and ln.top - bottom < 6 * ln.em:
                cands.append((k, i, "below", ln.top - bottom))
    sides: dict[int, set[str]] = {}
    for _, i, side, _ in cands:
        sides.setdefault(i, set()).add(side)
    n_above = sum(1 for v in sides.values() if v == {"above"})
    n_below = sum(1 for v in sides.values() if v == {"below"})
    prefer = "below" if n_below > n_above else "above"
    out = [""] * len(boxes)
    used: set[int] = set()
    for k, i, _, _ in sorted(cands, key=lambda c: (c[2] != prefer, c[3])):
        if out[k] or i in used:
            continue
        out[k] = _caption_text(lines, i, boxes)
        used.add(i)
    return out


# ----------------------------------------------------------------------------------------------- main API
def _page_words(page) -> list[_Word]:
    """Words of upright text (rotated chart/axis labels are left out unless the whole page is rotated)."""
    chars = page.chars
    if chars and sum(1 for c in chars if c.get("upright", True)) >= 0.5 * len(chars):
        page = page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True))
    raw = page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False, extra_attrs=["size"])
    words = [
        _Word(float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), normalize_text(w["text"]), float(w.get("size") or 0))
        for w in raw
        if normalize_text(w["text"])
    ]
    return _attach_scripts(words)


def _attach_scripts(words: list[_Word]) -> list[_Word]:
    """Join raised/lowered smaller text to the word it follows: ``cm`` + raised ``-1`` -> ``cm^-1``,
    ``H`` + lowered ``2`` -> ``H2``."""
    by_end: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        by_end.setdefault(round(w.x1), []).append(i)
    absorbed: set[int] = set()
    for i, w in enumerate(words):
        if len(w.text) > 6:
            continue
        for x in (round(w.x0) - 1, round(w.x0), round(w.x0) + 1):
            for j in by_end.get(x, []):
                base = words[j]
                if j == i or j in absorbed or abs(w.x0 - base.x1) > 1.2 or not (w.em < 0.85 * base.em):
                    continue
                if not (w.bottom > base.top and w.top < base.bottom):
                    continue
                if w.bottom < base.bottom - 0.2 * base.h:  # raised: superscript
                    base.text = f"{base.text}^{w.text.lstrip('^')}"
                elif w.top > base.top + 0.2 * base.h:  # lowered: subscript
                    base.text = f"{base.text}{w.text}"
                else:
                    continue
                base.x1 = max(base.x1, w.x1)
                absorbed.add(i)
                break
            if i in absorbed:
                break
    return [w for i, w in enumerate(words) if i not in absorbed]


def _inside(w: _Word, bbox: tuple[float, float, float, float], pad: float = 1.0) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return x0 - pad <= cx <= x1 + pad and top - pad <= cy <= bottom + pad


def _page_tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str]], int, list, str, str]]:
    """(bbox, rows, header_rows, spans, method, caption) for each table on one page."""
    words = _page_words(page)
    if not words:
        return []
    page_width = float(page.width)
    all_lines = _group_lines(words)
    found = []
    ruled = _ruled_tables(page, words)
    for bbox, rows, spans in ruled:
        found.append((bbox, rows, _guess_header_rows(rows), spans, "ruled", find_caption(all_lines, bbox)))
    rest = [w for w in words if not any(_inside(w, b) for b, _, _ in ruled)]
    lines = _group_lines(rest)
    for ln in lines:
        ln.segs = _segments(ln.words, _SEG_GAP_EM)
    _mark_captions(lines)
    regions = []
    for stream in _split_streams(lines, page_width):
        found_here = [_extend_up(r, stream, page_width) for r in _find_regions(stream, page_width)]
        regions.extend(_merge_regions(found_here, stream, page_width))
    regions.sort(key=lambda r: (r[0].top, r[0].x0))
    for region in (sub for reg in regions for part in _split_repeated_header(reg) for sub in _split_side_by_side(part)):
        rows, _, spans = _build_grid(region, _CELL_GAP_EM)
        pruned = _prune_grid(rows)
        bbox = (min(ln.x0 for ln in region), region[0].top, max(ln.x1 for ln in region), region[-1].bottom)
        if not _looks_like_table(pruned, page_width, bbox[2] - bbox[0]):
            continue
        caption = find_caption(all_lines, bbox)
        if not caption and not _plausible_uncaptioned(pruned):
            continue
        if pruned != rows:
            rows, spans = _prune_with_spans(rows, [(r, c, nr, nc) for r, c, nr, nc in spans])
            rows = [r for r in rows if any(r)]
        found.append((bbox, rows, _guess_header_rows(rows), spans, "text", caption))
    captions = _assign_captions(all_lines, [f[0] for f in found])
    return [(*f[:5], cap) for f, cap in zip(found, captions, strict=True)]


_MATH_CHARS = set("+=<>()[]{}|/^_∑∫∂∆∇αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ≈≤≥∞∝")
_EQ_NUMBER = re.compile(r"^\(\d{1,3}[a-z]?\)$")


def _plausible_uncaptioned(rows: list[list[str]]) -> bool:
    """Stricter test for a text-aligned grid without a "Table N" caption: not an equation or figure text."""
    if len(rows) < 3:
        return False
    cells = [c for r in rows for c in r if c]
    if any("(cid:" in c for c in cells):
        return False
    if any(_EQ_NUMBER.match(r[-1]) for r in rows if r and r[-1]):
        return False  # numbered display equations
    if sum(1 for c in cells if "=" in c) > 0.1 * len(cells):
        return False
    if sum(1 for c in cells if len(c) == 1 and c in _MATH_CHARS) > 0.2 * len(cells):  # math fragments
        return False
    spaced = sum(1 for c in cells if len(c.split()) >= 3 and len(c.replace(" ", "")) < 1.6 * len(c.split()))
    if spaced > 0.15 * len(cells):  # letter-spaced figure labels such as "1 . 5" or "2 M - W S"
        return False
    return True


def _open_error(exc: BaseException) -> str:
    """A one-line reason for a PDF that cannot be opened."""
    chain = [exc, *exc.args, exc.__cause__, exc.__context__]
    names = " ".join(type(e).__name__ for e in chain if isinstance(e, BaseException))
    if "Password" in names or "Encrypt" in names or "password" in str(exc).lower():
        return "encrypted PDF (password required)"
    detail = str(exc) or type(exc).__name__
    return f"not a readable PDF ({detail})"


def _is_numeric(cell: str) -> bool:
    if not cell:
        return False
    if parse_number(cell) is not None:
        return True
    digits = sum(ch.isdigit() for ch in cell)
    return digits >= 0.5 * len(cell.replace(" ", ""))


def _guess_header_rows(rows: list[list[str]]) -> int:
    """Leading rows before the first row with a numeric cell outside column 0 (1 for all-text tables)."""
    for i, row in enumerate(rows):
        if any(_is_numeric(c) for c in row[1:]):
            return i
    return 1 if len(rows) > 1 else 0


def extract_tables(pdf_path: str | Path, pages: list[int] | None = None) -> list[Table]:
    """Every table in ``pdf_path`` (optionally only the given 1-based ``pages``), in reading order.

    Raises :class:`TableExtractionError` when the file cannot be opened (corrupt, encrypted) or has no
    text layer at all (a scanned PDF); a readable PDF without tables returns ``[]``.
    """
    import pdfplumber

    path = Path(pdf_path)
    if not path.exists():
        raise TableExtractionError(f"{path}: file not found")
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on bad input
        raise TableExtractionError(f"{path.name}: {_open_error(exc)}") from exc
    tables: list[Table] = []
    any_text = False
    try:
        try:
            page_list = list(pdf.pages)
        except Exception as exc:  # noqa: BLE001
            raise TableExtractionError(f"{path.name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
        for page in page_list:
            if pages and page.page_number not in pages:
                continue
            try:
                if page.chars:
                    any_text = True
                found = _page_tables(page)
            except TableExtractionError:
                raise
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                    raise TableExtractionError(f"{path.name}: encrypted PDF (password required)") from exc
                continue
            finally:
                page.close()  # drop the page's parsed objects: long PDFs stay within memory
            found.sort(key=lambda f: (round(f[0][1]), f[0][0]))
            for bbox, rows, header_rows, spans, method, caption in found:
                tables.append(
                    Table(
                        doc=path.name,
                        page=page.page_number,
                        table_no=len(tables) + 1,
                        caption=caption,
                        header_rows=header_rows,
                        rows=rows,
                        bbox=bbox,
                        method=method,
                        spans=spans,
                    )
                )
    finally:
        pdf.close()
    if not any_text and not tables:
        raise TableExtractionError(f"{path.name}: no text layer (scanned PDF?); run OCR first")
    return tables


def table_in_region(pdf_path: str | Path, page_no: int, bbox: tuple[float, float, float, float]) -> Table:
    """Read the table known to fill ``bbox`` (x0, top, x1, bottom in pt, top-left origin) on 1-based page
    ``page_no``: ruling lines when they grid the area, else text alignment without detection filters."""
    import pdfplumber

    path = Path(pdf_path)
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # noqa: BLE001
        raise TableExtractionError(f"{path.name}: {_open_error(exc)}") from exc
    with pdf:
        page = pdf.pages[page_no - 1]
        x0, top, x1, bottom = bbox
        box = (max(0.0, x0 - 2), max(0.0, top - 2), min(float(page.width), x1 + 2), min(float(page.height), bottom + 2))
        crop = page.crop(box, strict=False)
        words = _page_words(crop)
        rows: list[list[str]] = []
        spans: list = []
        method = "text"
        ruled = _ruled_tables(crop, words)
        area = (box[2] - box[0]) * (box[3] - box[1])
        big = [r for r in ruled if (r[0][2] - r[0][0]) * (r[0][3] - r[0][1]) >= 0.5 * area]
        if big:
            _, rows, spans = big[0]
            method = "ruled"
        elif words:
            lines = _group_lines(words)
            for ln in lines:
                ln.segs = _segments(ln.words, _SEG_GAP_EM)
            rows, _, spans = _build_grid(lines, _CELL_GAP_EM)
            rows, spans = _prune_with_spans(rows, spans)
        return Table(path.name, page_no, 1, "", _guess_header_rows(rows), rows, box, method, spans)
