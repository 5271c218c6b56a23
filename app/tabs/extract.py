"""Extract tab: tables and property records from indexed papers or uploaded PDFs, with CSV download."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Any

TITLE = "Extract data"
ORDER = 30

RECORD_COLUMNS = ["material", "property", "value", "unit", "conditions", "paper", "page", "source", "evidence"]
TABLE_COLUMNS = ["paper", "page", "table", "caption", "rows x cols"]


def paper_choices(state: Any) -> tuple[list[str], str]:
    """Labels "key — title" of the papers in the shared index, and a status line."""
    try:
        papers = state.index(create=False).papers()
    except Exception as exc:  # noqa: BLE001 - no index yet is a normal state for the UI
        return [], f"No index available ({exc}). Upload PDFs instead."
    labels = [f"{p.key} — {(p.title or p.doc)[:80]}" for p in papers]
    return labels, f"{len(labels)} paper(s) in the index."


def _sources(state: Any, chosen: list[str] | None, uploads: list[Any] | None) -> tuple[list[Any], list[str]]:
    from paperqa_mat.extract.compile import index_sources
    from paperqa_mat.extract.records import ExtractionError, source_from_path

    sources, errors = [], []
    keys = [c.split(" — ", 1)[0] for c in (chosen or [])]
    if keys:
        try:
            sources.extend(index_sources(state.index(create=False), keys))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"index: {exc}")
    for f in uploads or []:
        path = Path(str(getattr(f, "name", f)))
        try:
            sources.append(source_from_path(path))
        except ExtractionError as exc:
            errors.append(str(exc))
    return sources, errors


def run_extract(
    state: Any, chosen: list[str] | None, uploads: list[Any] | None, properties: list[str] | None, with_tables: bool
) -> tuple[list[list[Any]], list[list[Any]], str | None, str]:
    """(record rows, table rows, CSV path for download, status message). Never raises."""
    from paperqa_mat.extract.properties import parse_property_list
    from paperqa_mat.extract.records import FIELDS, extract_records

    if not chosen and not uploads:
        return [], [], None, "Pick papers from the index or upload PDF files."
    try:
        props = parse_property_list(properties or None)
    except ValueError as exc:
        return [], [], None, f"**Error:** {exc}"
    sources, errors = _sources(state, chosen, uploads)
    table_rows: list[list[Any]] = []
    records = []
    for src in sources:
        tables = None
        if with_tables and src.path is not None and src.path.suffix.lower() == ".pdf":
            try:
                from paperqa_mat.extract.tables import extract_tables

                tables = extract_tables(src.path)
            except Exception as exc:  # noqa: BLE001 - report and continue with the text
                errors.append(f"{src.doc}: tables: {exc}")
                tables = []
            for t in tables:
                shape = f"{len(t.rows)} x {max((len(r) for r in t.rows), default=0)}"
                table_rows.append([src.key, t.page, t.table_no, (t.caption or "")[:120], shape])
        src.tables = tables
        try:
            records.extend(extract_records([src], props, settings=state.settings, errors=errors, tables=with_tables))
        except Exception as exc:  # noqa: BLE001 - one bad file never aborts the batch
            errors.append(f"{src.doc}: {exc}")
    rows = [
        [
            r.material,
            r.property,
            f"{r.value:g}" + (f"–{r.value_max:g}" if r.value_max is not None else ""),
            r.unit,
            "; ".join(f"{k}={v}" for k, v in r.conditions.items()),
            r.key,
            r.page,
            r.source,
            r.evidence,
        ]
        for r in records
    ]
    csv_path = None
    if records:
        fh = tempfile.NamedTemporaryFile("w", suffix="_records.csv", delete=False, newline="", encoding="utf-8")
        with fh:
            w = csv.DictWriter(fh, fieldnames=FIELDS)
            w.writeheader()
            for r in records:
                w.writerow(r.flat())
        csv_path = fh.name
    msg = f"{len(records)} record(s) from {len(sources)} document(s)"
    if with_tables:
        msg += f", {len(table_rows)} table(s)"
    if not records and sources:
        msg += " — no values of the chosen properties were found"
    if errors:
        msg += "\n\n**Problems:**\n" + "\n".join(f"- {e}" for e in errors)
    return rows, table_rows, csv_path, msg


def build(state: Any) -> None:
    """Extract form (called inside ``with gr.Tab(TITLE):``)."""
    import gradio as gr

    from paperqa_mat.extract.properties import PROPERTIES

    gr.Markdown(
        "Extract **property records** (material, value, unit, conditions, page, evidence) and **tables** "
        "from papers in the index or from uploaded PDFs. Offline, rule-based; every value cites its page."
    )
    labels, status = paper_choices(state)
    with gr.Row():
        papers = gr.Dropdown(choices=labels, multiselect=True, label="Papers from the index", info=status)
        uploads = gr.File(label="…or upload PDFs", file_count="multiple", file_types=[".pdf", ".txt"])
    with gr.Row():
        props = gr.CheckboxGroup(
            choices=[(p.label, p.name) for p in PROPERTIES.values()], value=["band_gap"], label="Properties"
        )
        with_tables = gr.Checkbox(value=True, label="Also read tables")
    with gr.Row():
        refresh = gr.Button("Refresh paper list")
        go = gr.Button("Extract", variant="primary")
    msg = gr.Markdown()
    records = gr.Dataframe(headers=RECORD_COLUMNS, label="Records", interactive=False, wrap=True)
    tables = gr.Dataframe(headers=TABLE_COLUMNS, label="Tables found", interactive=False, wrap=True)
    download = gr.File(label="Download records (CSV)")

    def _refresh():
        choices, info = paper_choices(state)
        return gr.update(choices=choices, info=info)

    def _go(chosen, files, properties, tabs):
        return run_extract(state, chosen, files, properties, tabs)

    refresh.click(_refresh, outputs=papers)
    go.click(_go, inputs=[papers, uploads, props, with_tables], outputs=[records, tables, download, msg])
