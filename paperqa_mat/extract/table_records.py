"""Property records from tables (tables from :func:`paperqa_mat.extract.tables.extract_tables`).

A column whose header names a property ("Eg (eV)", "Tc [K]", "a (Å)") and a column of materials
(cells that are formulas/names) give one record per row; the transposed layout (materials across
the header, properties down the first column) is read the same way. The unit comes from the header
("(eV)", "[K]", "/ meV"), else from the caption, else the property's default unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from paperqa_mat.extract.materials import find_materials
from paperqa_mat.extract.properties import PROPERTIES, mention_spans, parse_property_list
from paperqa_mat.extract.units import UNITS, canonical_unit, clean_text, find_quantities


def _header_property(text: str, props: list[str]) -> str | None:
    # bare cell-axis headers: "a (Å)", "c [nm]", "a0"
    if "lattice_parameter" in props and re.match(r"^\s*[abc]\s*_?0?\s*(?:[(\[/]|$)", text):
        u = _header_unit(text)
        if u is None or UNITS[u][0] == "length":
            return "lattice_parameter"
    if re.search(r"[Δ∆]|\bratio\b|\bwidth\b|\w\s*/\s*T|T\s?_?\s?[A-Za-z]*\s*/", text):
        return None  # ratios and widths ("T/TC", "ΔTc", "Tc/TF") are not the property itself
    spans = [m for m in mention_spans(text, props) if not m[2].startswith("distractor:")]
    distract = [m for m in mention_spans(text, props) if m[2].startswith("distractor:")]
    if not spans or (distract and min(d[0] for d in distract) < min(s[0] for s in spans)):
        return None
    return max(spans, key=lambda m: m[1] - m[0])[2]


def _header_unit(text: str) -> str | None:
    for m in re.finditer(r"[(\[]([^()\[\]]{1,12})[)\]]|/\s*(\S{1,8})\s*$", text):
        u = canonical_unit((m.group(1) or m.group(2) or "").strip())
        if u:
            return u
    return None


def _material_of(cell: str) -> str | None:
    cell = clean_text(cell).strip()
    if not cell or len(cell) > 60:
        return None
    # subscripts separated by a space inside the cell: "UGe 2" -> "UGe2"
    joined = re.sub(r"(?<=[A-Za-z)])\s+(\d+(?:\.\d+)?)(?=\s|$|[A-Z(])", r"\1", cell)
    if joined != cell and find_materials(joined) and find_materials(joined)[0].text == joined.split(" ")[0]:
        cell = joined
    mats = find_materials(cell)
    if not mats:
        return None
    first = mats[0].text
    if len(re.findall(r"[A-Z]", first)) == 1 and not re.search(r"\d", first) and len(re.findall(r"[A-Z]", cell)) > 1:
        return None  # "Ba ZrS (RP ...)": a formula broken by lost subscripts
    return cell if len(mats) == 1 and len(cell) <= 40 else first


def _cell_values(cell: str) -> list[tuple[float, float | None, float | None]]:
    """(value, uncertainty, value_max) for each value of a numeric cell: "3.37(2)", "2.1 ± 0.1",
    "1.2-1.5", "1.75, [73] 1.82 [71]" (citations in brackets are dropped; a comma list gives several)."""
    text = clean_text(re.sub(r"\[[\d,\s–-]+\]", " ", cell)).strip().strip(",;")
    if not text or not re.match(r"^[~<>≈]?\s*-?\d", text):
        return []
    out = []
    for part in re.split(r"\s*[,;]\s+|\s{2,}|\s*/\s*", text):
        qs = find_quantities(part)
        if not qs:
            continue
        if len(qs) >= 2 and re.fullmatch(r"\s*(?:-|–|to)\s*", part[qs[0].end : qs[1].start]):
            out.append((qs[0].value, None, qs[1].value))
        else:
            out.append((qs[0].value, qs[0].uncertainty, None))
    return out


_SUB_TOKEN = r"(?:\d{1,2}(?:\.\d+)?|[xyzδ]|\d?-[xyzδ]|\d(?:\.\d+)?[-+][xyzδ])"


def _apply_subscripts(cell: str, subs: list[str]) -> str | None:
    pieces = cell.split(" ")
    out: list[str] = []
    k = 0
    for i, piece in enumerate(pieces):
        if k < len(subs) and re.search(r"[A-Za-z)\]]$", piece) and (re.search(r"[A-Z]", piece) or piece in (")", "]")):
            out.append(piece + subs[k])
            k += 1
            if k == len(subs):
                rest = " ".join(pieces[i + 1 :])
                return "".join(out) + (" " + rest if rest else "")
        else:
            if k:  # a non-chemical piece between subscripted ones: give up
                return None
            out.append(piece + " ")
    return None


def merge_subscript_rows(rows: list[list[str]]) -> list[list[str]]:
    """PDF tables often put formula subscripts on their own line ("BaZrS" / "3", "BaZr(S Se )" /
    "1-x x 3"): glue them back into the formula above ("BaZrS3", "BaZr(S1-xSex)3")."""
    out: list[list[str]] = []
    for row in rows:
        cells = [c.strip() for c in row]
        filled = [c for c in cells if c]
        if out and filled and all(re.fullmatch(rf"{_SUB_TOKEN}(?:\s+{_SUB_TOKEN})*", c) for c in filled):
            prev = out[-1]
            for j, c in enumerate(cells):
                if not c or j >= len(prev) or not prev[j]:
                    continue
                merged = _apply_subscripts(prev[j], c.split())
                if merged is not None:
                    prev[j] = merged
            continue
        out.append(list(row))
    return out


def records_from_table(table: Any, doc: str, key: str, properties: Sequence[str] | None = None) -> list:
    """Records from one table object (``rows``, ``header_rows``, ``caption``, ``page``, ``table_no``)."""
    from paperqa_mat.extract.records import _make

    props = parse_property_list(list(properties) if properties else None)
    nh = max(1, int(getattr(table, "header_rows", 1) or 1))
    raw: list[list[str]] = [list(map(str, r)) for r in (table.rows or [])]
    rows = raw[:nh] + merge_subscript_rows(raw[nh:])
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return []
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    caption = clean_text(getattr(table, "caption", "") or "")
    header = [" ".join(clean_text(rows[i][j]) for i in range(min(nh, len(rows)))).strip() for j in range(ncol)]
    body = rows[nh:]
    label = f"Table {getattr(table, 'table_no', '?')}"
    cap_no = re.match(r"\s*(?:Table|TABLE|Tab\.)\s*([A-Z]?\d+|[IVXLC]+)", caption)
    if cap_no:
        label = f"Table {cap_no.group(1)}"
    out = []

    def emit(material: str, prop: str, cell: str, unit: str, hdr: str, row_label: str) -> None:
        comp = re.findall(r"\(\s*([a-zδ]\s*=\s*[\d.]+)\s*\)", cell)
        cond = {"composition": ", ".join(comp)} if len(comp) == 1 else {}
        for value, unc, vmax in _cell_values(cell):
            rec = _make(material, prop, value, unit, unc, dict(cond), f"{label}: {row_label} | {hdr} = {cell}", vmax)
            if rec is not None:
                rec.source, rec.doc, rec.key, rec.page = "table", doc, key, getattr(table, "page", None)
                out.append(rec)

    # layout 1: materials down a column, properties across the header
    mat_col = None
    for j in range(ncol):
        # data rows only (a row with something besides this cell)
        cells = [r[j] for r in body if r[j].strip() and any(x.strip() for k, x in enumerate(r) if k != j)]
        if cells and sum(_material_of(c) is not None for c in cells) >= max(1, 0.5 * len(cells)):
            mat_col = j
            break
    if mat_col is not None:
        for j in range(ncol):
            if j == mat_col:
                continue
            prop = _header_property(header[j], props)
            if prop is None:
                continue
            unit = _header_unit(header[j]) or _header_unit(caption) or PROPERTIES[prop].default_unit
            if unit is None or UNITS[unit][0] not in PROPERTIES[prop].dimensions:
                continue
            for r in body:
                mat = _material_of(r[mat_col])
                if mat:
                    emit(mat, prop, r[j], unit, header[j], r[mat_col])
    # layout 2: materials across the header, properties down the first column
    head_mats = [_material_of(h) for h in header]
    if sum(m is not None for m in head_mats[1:]) >= 1:
        for r in body:
            prop = _header_property(clean_text(r[0]), props)
            if prop is None:
                continue
            unit = _header_unit(r[0]) or _header_unit(caption) or PROPERTIES[prop].default_unit
            if unit is None or UNITS[unit][0] not in PROPERTIES[prop].dimensions:
                continue
            for j in range(1, ncol):
                if head_mats[j]:
                    emit(head_mats[j], prop, r[j], unit, r[0], header[j])
    return out


def records_from_tables(
    path: Path, doc: str, key: str, properties: Sequence[str] | None, tables: list[Any] | None = None
) -> list:
    """Records from every table of a PDF; a PDF without tables (or unreadable tables) gives []."""
    if tables is None:
        try:
            from paperqa_mat.extract.tables import extract_tables

            tables = extract_tables(path)
        except Exception:  # noqa: BLE001 - tables are a bonus; text records still come back
            return []
    out: list = []
    for t in tables:
        out.extend(records_from_table(t, doc, key, properties))
    return out
