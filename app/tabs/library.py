"""Library tab: upload papers (drag and drop, several at once), index them with progress, list and remove."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from paperqa_mat.app.render import esc
from paperqa_mat.app.uploads import ALLOWED_SUFFIXES, UploadError, store_upload

TITLE = "Library"
ORDER = 20

log = logging.getLogger("paperqa_mat.app")

COLUMNS = ["key", "title", "year", "pages", "chunks", "file"]
STAGES = {"parse": (0.10, 0.45, "Reading files"), "embed": (0.45, 0.95, "Embedding passages")}


def paper_rows(state: Any, reload: bool = False) -> list[list[Any]]:
    try:
        if reload:
            state.reload_if_changed()
        papers = state.index().papers()
    except Exception as exc:  # noqa: BLE001 - shown as an empty library with the reason logged
        log.warning("cannot list papers: %s", exc)
        return []
    return [[p.key, p.title or "(untitled)", p.year or "", p.n_pages, p.n_chunks, p.doc] for p in papers]


def summary(rows: list[list[Any]]) -> str:
    if not rows:
        return '<div class="pqm-lib-summary">No papers yet. Drop PDF files above and press “Index files”.</div>'
    pages = sum(int(r[3] or 0) for r in rows)
    chunks = sum(int(r[4] or 0) for r in rows)
    return f'<div class="pqm-lib-summary">{len(rows)} paper(s) · {pages} pages · {chunks} indexed passages</div>'


def status_html(ok: list[str], errors: list[str]) -> str:
    out = ""
    if ok:
        out += f'<div class="pqm-status-ok">{" ".join(esc(x) for x in ok)}</div>'
    if errors:
        items = "".join(f"<li>{esc(e)}</li>" for e in errors)
        out += (f'<div class="pqm-status-err" id="pqm-upload-errors"><b>{len(errors)} file(s) could not be '
                f"added:</b><ul>{items}</ul></div>")
    return out


def index_uploads(state: Any, files: list[Any] | None, progress: Any = None) -> tuple[str, list[list[Any]]]:
    """Store uploads under ``<index_dir>/files/`` and index them. Returns (status HTML, paper rows)."""
    files = [f for f in (files or []) if f]
    if not files:
        return status_html([], ["Choose or drop one or more files first."]), paper_rows(state)
    if state.writing and progress:
        progress(0.0, desc="Waiting for the indexing already in progress")
    errors: list[str] = []
    stored: dict[str, str] = {}  # stored path -> original name
    for f in files:
        src = Path(str(getattr(f, "path", None) or getattr(f, "name", None) or f))
        original = getattr(f, "orig_name", None) or src.name
        try:
            s = store_upload(src, original, state.files_dir, state.settings.max_file_mb)
            stored[str(s.path)] = original
        except UploadError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{original}: could not be saved ({exc.strerror or exc}).")
    ok: list[str] = []
    if stored:
        def on_progress(stage: str, fraction: float) -> None:
            lo, hi, desc = STAGES.get(stage, (0.0, 1.0, stage))
            if progress:
                progress(lo + (hi - lo) * max(0.0, min(1.0, fraction)), desc=desc)

        if progress:
            progress(0.05, desc=f"Indexing {len(stored)} file(s)")
        try:
            report = state.add_files(list(stored), on_progress=on_progress)
        except Exception as exc:  # noqa: BLE001 - e.g. another process writing; shown in plain words
            log.exception("indexing failed")
            errors.append(f"Indexing failed: {exc}")
        else:
            for fail in report.failed:
                name = stored.get(fail["path"], Path(fail["path"]).name)
                errors.append(f"{name}: {fail['error']}")
                if fail["path"] in stored:  # do not keep files that cannot be indexed
                    Path(fail["path"]).unlink(missing_ok=True)
            if report.added or report.updated:
                ok.append(f"Added {report.added + report.updated} paper(s)"
                          + (f": {', '.join(report.added_keys)}." if report.added_keys else "."))
            if report.skipped:
                ok.append(f"{report.skipped} file(s) were already in the library.")
        if progress:
            progress(1.0, desc="Done")
    return status_html(ok, errors), paper_rows(state)


def remove(state: Any, keys: list[str] | None) -> tuple[str, list[list[Any]]]:
    keys = [k for k in (keys or []) if k]
    if not keys:
        return status_html([], ["Pick one or more papers to remove."]), paper_rows(state)
    try:
        state.remove_papers(keys)
    except KeyError as exc:
        return status_html([], [str(exc.args[0]) if exc.args else str(exc)]), paper_rows(state)
    except Exception as exc:  # noqa: BLE001
        log.exception("remove failed")
        return status_html([], [f"Could not remove: {exc}"]), paper_rows(state)
    return status_html([f"Removed {', '.join(keys)}."], []), paper_rows(state)


def build(state: Any) -> None:
    import gradio as gr

    accepted = [s for s in ALLOWED_SUFFIXES]
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=320):
            gr.HTML('<div class="pqm-lib-head"><b>Add papers</b><span>Drop PDF, TXT, Markdown or HTML files '
                    "(several at once), then press “Index files”.</span></div>")
            upload = gr.File(show_label=False, file_count="multiple", file_types=accepted, type="filepath",
                             elem_id="pqm-upload", height=170)
            go = gr.Button("Index files", variant="primary", elem_id="pqm-index-btn")
            status = gr.HTML("", elem_id="pqm-upload-status")
            gr.HTML(f'<div class="pqm-lib-note">Files are kept in <code>{esc(state.files_dir)}</code>; '
                    f"at most {state.settings.max_file_mb:g} MB each.</div>")
            with gr.Accordion("Remove papers", open=False):
                pick = gr.Dropdown([], multiselect=True, label="Papers to remove", elem_id="pqm-remove-pick")
                rm = gr.Button("Remove selected", variant="stop", size="sm", elem_id="pqm-remove-btn")
        with gr.Column(scale=5, min_width=420):
            info = gr.HTML(summary([]), elem_id="pqm-lib-summary")
            table = gr.Dataframe(headers=COLUMNS, value=[], interactive=False, wrap=True, elem_id="pqm-papers",
                                 column_widths=["15%", "43%", "7%", "8%", "9%", "18%"], show_label=False)
            refresh = gr.Button("Refresh", size="sm", variant="secondary")

    def _after(rows: list[list[Any]]):
        return summary(rows), rows, gr.update(choices=[r[0] for r in rows], value=[])

    def _index(files, progress=gr.Progress()):  # noqa: B008 - Gradio idiom
        html, rows = index_uploads(state, files, progress)
        return html, *_after(rows), None

    def _remove(keys):
        html, rows = remove(state, keys)
        return html, *_after(rows)

    def _list():
        return _after(paper_rows(state, reload=True))

    outs = [info, table, pick]
    go.click(_index, inputs=[upload], outputs=[status, *outs, upload], concurrency_limit=1,
             concurrency_id="write", show_progress="full")
    rm.click(_remove, inputs=[pick], outputs=[status, *outs], concurrency_limit=1, concurrency_id="write")
    refresh.click(_list, outputs=outs, queue=False)
    # fill the table when the page opens
    root = gr.context.Context.root_block
    if root is not None:
        root.load(_list, outputs=outs, queue=False)
