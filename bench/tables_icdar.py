"""Table extraction on ICDAR 2013 (67 PDFs, human ground truth), ours vs pdfplumber's default.

Run: ``.venv/bin/python bench/tables_icdar.py [--data ../shared/corpus/tables/icdar2013] [--only pqm|pdfplumber]``

Ground truth: ``gt_csv/<stem>_table<N>_region<R>_page<P>.csv`` (one per table region; the ``*b`` files are a
second annotation of the same PDF and are not used). Measures:

- detection: a predicted table is correct when its character multiset overlaps one ground-truth region on the
  same page with IoU >= 0.5 (one-to-one, greedy by IoU). Precision = correct / predicted,
  recall = correct / ground truth. Content-based matching avoids page-rotation/coordinate issues.
- cell adjacency relations (ICDAR 2013): for every non-empty cell, the relation to its nearest non-empty
  neighbour to the right and below, as (content_a, content_b, direction), contents with all whitespace removed
  (after the same ``normalize_text`` on both sides). Relations of a matched pair are compared
  as multisets; relations of unmatched ground-truth tables are all missed and those of unmatched predicted
  tables are all false. Micro precision/recall/F1 over all relations (complete process: detection +
  structure). ``--structure`` also crops each ground-truth region (``*-reg.xml`` box) and measures
  structure alone.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from paperqa_mat.extract.normalize import normalize_text

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "corpus" / "tables" / "icdar2013"
_GT_RE = re.compile(r"^(?P<stem>.+)_table(?P<t>\d+)_region(?P<r>\d+)_page(?P<p>\d+)\.csv$")


@dataclass
class GtTable:
    doc: str
    page: int
    name: str
    rows: list[list[str]]


def norm_cell(s: str | None) -> str:
    """Cell content for comparison: ``normalize_text`` then all whitespace removed (the ground truth
    itself drops spaces in some documents, e.g. ``Publicelementaryandsecondaryschools``)."""
    return re.sub(r"\s+", "", normalize_text(s or ""))


def relations(rows: list[list[str]]) -> Counter:
    """Adjacency relations of a grid: nearest non-empty right and below neighbour of each non-empty cell."""
    grid = [[norm_cell(c) for c in r] for r in rows]
    n_cols = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (n_cols - len(r)) for r in grid]
    rel: Counter = Counter()
    for i, row in enumerate(grid):
        for j, a in enumerate(row):
            if not a:
                continue
            for jj in range(j + 1, n_cols):
                if row[jj]:
                    rel[(a, row[jj], "H")] += 1
                    break
            for ii in range(i + 1, len(grid)):
                if grid[ii][j]:
                    rel[(a, grid[ii][j], "V")] += 1
                    break
    return rel


def tokens(rows: list[list[str]]) -> Counter:
    """Characters of a table (whitespace removed), for content-based table matching."""
    return Counter(ch for r in rows for c in r for ch in norm_cell(c))


def load_gt(data: Path) -> tuple[dict[str, Path], list[GtTable]]:
    pdfs = {p.stem: p for p in sorted(data.glob("competition-dataset-*/*.pdf"))}
    gts = []
    for f in sorted((data / "gt_csv").glob("*.csv")):
        m = _GT_RE.match(f.name)
        if not m or m["stem"] not in pdfs:
            continue
        with open(f, newline="", encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh)]
        gts.append(GtTable(m["stem"], int(m["p"]), f.stem, rows))
    return pdfs, gts


def extract_pdfplumber(pdf_path: Path) -> list[tuple[int, list[list[str]]]]:
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                out.append((page.page_number, [[c or "" for c in r] for r in t]))
    return out


def extract_pqm(pdf_path: Path) -> list[tuple[int, list[list[str]]]]:
    from paperqa_mat.extract.tables import extract_tables

    return [(t.page, t.rows) for t in extract_tables(pdf_path)]


def gt_regions(data: Path, pdfs: dict[str, Path]) -> dict[str, tuple[float, float, float, float]]:
    """Ground-truth region boxes (PDF user space, origin bottom-left) keyed like the gt_csv file stems."""
    import xml.etree.ElementTree as ET

    out = {}
    for stem, pdf in pdfs.items():
        reg = pdf.with_name(f"{stem}-reg.xml")
        if not reg.exists():
            continue
        for table in ET.parse(reg).getroot().iter("table"):
            for region in table.iter("region"):
                bb = region.find("bounding-box")
                if bb is None:
                    continue
                key = f"{stem}_table{table.get('id')}_region{region.get('id')}_page{region.get('page')}"
                out[key] = tuple(float(bb.get(k)) for k in ("x1", "y1", "x2", "y2"))
    return out


def structure_rows(system: str, pdf_path: Path, page_no: int, box: tuple[float, float, float, float]) -> list[list[str]]:
    """Cells of the table in a known region: ours (``table_in_region``) or pdfplumber's ``extract_table``."""
    if system == "pqm":
        from paperqa_mat.extract.tables import table_in_region

        return table_in_region(pdf_path, page_no, box).rows
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[page_no - 1]
        x0, top, x1, bottom = box
        crop = page.crop((max(0, x0 - 2), max(0, top - 2), min(page.width, x1 + 2), min(page.height, bottom + 2)), strict=False)
        return [[c or "" for c in r] for r in (crop.extract_table() or [])]


def evaluate_structure(data: Path, pdfs: dict[str, Path], gts: list[GtTable], system: str) -> dict:
    """Structure only: each ground-truth region is given; micro P/R/F1 of adjacency relations."""
    boxes = gt_regions(data, pdfs)
    tp = fp = fn = 0
    t0 = time.time()
    heights: dict[tuple[str, int], float] = {}
    for g in gts:
        if g.name not in boxes:
            fn += sum(relations(g.rows).values())
            continue
        x1, y1, x2, y2 = boxes[g.name]
        key = (g.doc, g.page)
        if key not in heights:
            with pdfplumber.open(pdfs[g.doc]) as pdf:
                heights[key] = float(pdf.pages[g.page - 1].height)
        h = heights[key]
        try:
            rows = structure_rows(system, pdfs[g.doc], g.page, (x1, h - y2, x2, h - y1))
        except Exception as exc:  # noqa: BLE001
            print(f"{g.name}: failed: {exc}", file=sys.stderr)
            rows = []
        gr, pr = relations(g.rows), relations(rows)
        inter = sum((gr & pr).values())
        tp += inter
        fn += sum(gr.values()) - inter
        fp += sum(pr.values()) - inter
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"rel_p": p, "rel_r": r, "rel_f1": 2 * p * r / (p + r) if p + r else 0.0, "seconds": time.time() - t0}


def _iou(a: Counter, b: Counter) -> float:
    inter = sum((a & b).values())
    union = sum((a | b).values())
    return inter / union if union else 0.0


def evaluate(pdfs: dict[str, Path], gts: list[GtTable], extractor, verbose: bool = False) -> dict:
    tp_rel = fp_rel = fn_rel = 0
    n_pred = n_correct = 0
    per_doc = {}
    t0 = time.time()
    for stem, path in pdfs.items():
        doc_gts = [g for g in gts if g.doc == stem]
        try:
            preds = extractor(path)
        except Exception as exc:  # noqa: BLE001 - a benchmark records failures and goes on
            print(f"{stem}: extractor failed: {exc}", file=sys.stderr)
            preds = []
        n_pred += len(preds)
        pairs = []
        for gi, g in enumerate(doc_gts):
            gt_tok = tokens(g.rows)
            for pi, (page, rows) in enumerate(preds):
                if page == g.page:
                    pairs.append((_iou(gt_tok, tokens(rows)), gi, pi))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        match: dict[int, int] = {}
        for iou, gi, pi in pairs:
            if iou < 0.5 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            match[gi] = pi
        n_correct += len(match)
        d_tp = d_fp = d_fn = 0
        for gi, g in enumerate(doc_gts):
            gr = relations(g.rows)
            if gi in match:
                pr = relations(preds[match[gi]][1])
                inter = sum((gr & pr).values())
                d_tp += inter
                d_fn += sum(gr.values()) - inter
                d_fp += sum(pr.values()) - inter
            else:
                d_fn += sum(gr.values())
        for pi, (_, rows) in enumerate(preds):
            if pi not in used_p:
                d_fp += sum(relations(rows).values())
        tp_rel += d_tp
        fp_rel += d_fp
        fn_rel += d_fn
        f1 = 2 * d_tp / (2 * d_tp + d_fp + d_fn) if d_tp else 0.0
        per_doc[stem] = (len(doc_gts), len(preds), len(match), f1)
        if verbose:
            print(f"{stem:10s} gt={len(doc_gts)} pred={len(preds)} ok={len(match)} relF1={f1:.3f}"
                  f" tp={d_tp} fp={d_fp} fn={d_fn}", file=sys.stderr)
    p = tp_rel / (tp_rel + fp_rel) if tp_rel + fp_rel else 0.0
    r = tp_rel / (tp_rel + fn_rel) if tp_rel + fn_rel else 0.0
    return {
        "tables_gt": len(gts),
        "tables_pred": n_pred,
        "det_p": n_correct / n_pred if n_pred else 0.0,
        "det_r": n_correct / len(gts) if gts else 0.0,
        "rel_p": p,
        "rel_r": r,
        "rel_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "seconds": time.time() - t0,
        "per_doc": per_doc,
    }


def evaluate_tabula(root: Path, system: str) -> tuple[int, float]:
    """Extra dev data: tabula-java's expected CSVs (one table per PDF, sometimes only one page of it). For each
    file the best-matching extracted table is compared (adjacency relations, micro F1 over files)."""
    tp = fp = fn = n = 0
    for f in sorted((root / "csv").glob("*.csv")):
        pdf = root / f"{f.stem}.pdf"
        if not pdf.exists():
            continue
        n += 1
        with open(f, newline="", encoding="utf-8", errors="replace") as fh:
            gr = relations(list(csv.reader(fh)))
        try:
            found = [rows for _, rows in (extract_pqm(pdf) if system == "pqm" else extract_pdfplumber(pdf))]
        except Exception:  # noqa: BLE001
            found = []
        best = (0, 0)
        for rows in found:
            pr = relations(rows)
            inter = sum((gr & pr).values())
            if inter > best[0]:
                best = (inter, sum(pr.values()) - inter)
        tp += best[0]
        fp += best[1]
        fn += sum(gr.values()) - best[0]
    return n, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only", choices=["pqm", "pdfplumber"], default=None)
    ap.add_argument("--doc", default=None, help="restrict to PDFs whose stem starts with this")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--structure", action="store_true", help="also measure structure alone on the given regions")
    ap.add_argument("--tabula", action="store_true", help="also score on ../tabula_java (extra dev data)")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"data not found: {args.data}")
    pdfs, gts = load_gt(args.data)
    if args.doc:
        pdfs = {k: v for k, v in pdfs.items() if k.startswith(args.doc)}
        gts = [g for g in gts if g.doc in pdfs]
    systems = {"pqm extract tables": extract_pqm, "pdfplumber extract_tables()": extract_pdfplumber}
    if args.only:
        systems = {k: v for k, v in systems.items() if k.startswith(args.only)}
    print(f"ICDAR 2013: {len(pdfs)} PDFs, {len(gts)} ground-truth table regions\n")
    print("| system | tables found | detection P | detection R | adjacency P | adjacency R | adjacency F1 | s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fn in systems.items():
        res = evaluate(pdfs, gts, fn, verbose=args.verbose)
        print(f"| {name} | {res['tables_pred']} | {res['det_p']:.3f} | {res['det_r']:.3f} | {res['rel_p']:.3f} |"
              f" {res['rel_r']:.3f} | {res['rel_f1']:.3f} | {res['seconds']:.0f} |", flush=True)
    if args.structure:
        print("\nStructure only (ground-truth regions given):\n")
        print("| system | adjacency P | adjacency R | adjacency F1 | s |")
        print("|---|---|---|---|---|")
        for name in systems:
            key = "pqm" if name.startswith("pqm") else "pdfplumber"
            label = "pqm `table_in_region`" if key == "pqm" else "pdfplumber `crop(region).extract_table()`"
            res = evaluate_structure(args.data, pdfs, gts, key)
            print(f"| {label} | {res['rel_p']:.3f} | {res['rel_r']:.3f} | {res['rel_f1']:.3f} | {res['seconds']:.0f} |",
                  flush=True)
    tabula = args.data.parent / "tabula_java"
    if args.tabula and tabula.exists():
        print("\ntabula-java expected CSVs (best-matching table per file):\n")
        print("| system | files | adjacency F1 |")
        print("|---|---|---|")
        for name in systems:
            n, f1 = evaluate_tabula(tabula, "pqm" if name.startswith("pqm") else "pdfplumber")
            print(f"| {name} | {n} | {f1:.3f} |", flush=True)


if __name__ == "__main__":
    main()
