"""``pqm extract tables PDF... [--out DIR] [--format csv|json] [--json]``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click


def _expand(paths: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.pdf")) if p.is_dir() else [p])
    return out


def _safe(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_") or "doc"


@click.command(name="tables")
@click.argument("pdfs", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="tables_out", show_default=True,
              help="Folder for one file per table plus index.json.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
              help="File format of each table (json keeps header rows, spans and bbox).")
@click.option("--json", "as_json", is_flag=True, help="Print the index (list of tables) as JSON on stdout.")
def tables_cmd(pdfs: tuple[str, ...], out_dir: str, fmt: str, as_json: bool) -> None:
    """Every table in the PDFs (or folders of PDFs) as CSV/JSON files, with an index.json of
    {doc, page, table_no, caption, n_rows, n_cols, path}. Pages are 1-based."""
    from tqdm import tqdm

    from paperqa_mat.extract.tables import TableExtractionError, extract_tables

    files = _expand(pdfs)
    if not files:
        raise click.ClickException("no PDF files found in the given paths")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    index: list[dict] = []
    failed: list[str] = []
    for path in tqdm(files, desc="tables", unit="pdf", file=sys.stderr, disable=len(files) < 2):
        try:
            tables = extract_tables(path)
        except TableExtractionError as exc:
            failed.append(str(path))
            click.echo(f"error: {exc}", err=True)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file never aborts the batch
            failed.append(str(path))
            click.echo(f"error: {path.name}: {type(exc).__name__}: {exc}", err=True)
            continue
        if not tables:
            click.echo(f"{path.name}: no tables found", err=True)
        stem = _safe(path.stem)
        for t in tables:
            dest = out / f"{stem}_p{t.page}_t{t.table_no}.{fmt}"
            if fmt == "csv":
                dest.write_text(t.to_csv(), encoding="utf-8")
            else:
                dest.write_text(json.dumps(t.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            index.append({"doc": t.doc, "page": t.page, "table_no": t.table_no, "caption": t.caption,
                          "n_rows": t.n_rows, "n_cols": t.n_cols, "path": str(dest)})
        if tables and not as_json:
            click.echo(f"{path.name}: {len(tables)} table(s)", err=True)
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    if as_json:
        click.echo(json.dumps(index, ensure_ascii=False, indent=1))
    else:
        click.echo(f"{len(index)} table(s) from {len(files) - len(failed)} file(s) -> {out}/ (index.json)")
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(files)} file(s) failed: {', '.join(failed)}")
