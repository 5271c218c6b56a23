"""Core CLI commands: index, search, ask, papers, remove, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from paperqa_mat.settings import get_settings

index_option = click.option("--index", "index_name", default=None, metavar="NAME|DIR",
                            help="Index name (under indexes/) or folder. Default: $PQM_INDEX or 'default'.")
json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")


def _open(index_name: str | None, **overrides):
    from paperqa_mat.index import Index, IndexError_

    settings = get_settings(**overrides)
    try:
        return Index.open(index_name, settings=settings)
    except IndexError_ as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV with path,doi,title,authors,year overriding detected metadata.")
@click.option("--workers", type=int, default=None, help="Parallel parser processes.")
@click.option("--embedder", default=None, help="'minilm' (default), 'openai:<model>' or 'hash'.")
@click.option("--no-prune", is_flag=True, help="Keep papers whose files were deleted from the folders.")
@click.option("--ann", type=click.Choice(["auto", "flat", "hnsw"]), default=None,
              help="FAISS index type: exact (flat), approximate (hnsw), or auto by size.")
@click.option("--online-metadata", is_flag=True, default=None,
              help="Look up title/authors/year on Crossref by DOI (needs network; off by default).")
@json_option
def index_cmd(paths, index_name, manifest, workers, embedder, no_prune, ann, online_metadata, as_json):
    """Index PDFs, .txt, .md and .html files or folders (recursively). Incremental and crash-safe."""
    from paperqa_mat.index import Index, IndexError_

    settings = get_settings(manifest=manifest, workers=workers, embedder=embedder, ann=ann,
                            online_metadata=online_metadata)
    try:
        idx = Index.open(index_name, settings=settings, create=True)
        report = idx.add(paths, prune=not no_prune, progress=not as_json)
    except IndexError_ as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _emit(report.to_json())
    else:
        click.echo(f"Indexed into {idx.root}: {report.added} added, {report.updated} updated, "
                   f"{report.removed} removed, {report.skipped} unchanged; {report.papers} papers, "
                   f"{report.chunks} chunks ({report.seconds:.1f} s).")
        for f in report.failed:
            click.echo(f"  FAILED {f['path']}: {f['error']}", err=True)
    if report.failed:
        sys.exit(1)


@click.command("search")
@click.argument("query")
@click.option("-k", "k", type=click.IntRange(1, 200), default=10, show_default=True)
@index_option
@json_option
def search_cmd(query, k, index_name, as_json):
    """Ranked passages for QUERY (hybrid dense + BM25)."""
    idx = _open(index_name)
    try:
        hits = idx.search(query, k=k)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _emit([h.to_json() for h in hits])
        return
    from paperqa_mat.qa import page_label

    if not hits:
        click.echo("No passages found.")
    for i, h in enumerate(hits, 1):
        text = h.text if len(h.text) < 400 else h.text[:397] + "..."
        click.echo(f"{i}. {h.key} {page_label(h.pages)} [{h.doc}] score={h.score:.4f}\n   {text}\n")


@click.command("ask")
@click.argument("question")
@index_option
@click.option("--mode", type=click.Choice(["auto", "extractive", "llm"]), default="auto", show_default=True,
              help="auto = LLM when PQM_LLM_BASE_URL is set, else extractive.")
@click.option("--llm-base-url", default=None, help="OpenAI-compatible endpoint (overrides PQM_LLM_BASE_URL).")
@click.option("--llm-model", default=None)
@click.option("--fallback", type=click.Choice(["extractive", "error"]), default=None,
              help="If the LLM endpoint is unreachable: answer offline, or fail.")
@json_option
def ask_cmd(question, index_name, mode, llm_base_url, llm_model, fallback, as_json):
    """Answer QUESTION with page citations and a reference list."""
    from paperqa_mat.llm import LLMError

    idx = _open(index_name, llm_base_url=llm_base_url, llm_model=llm_model, llm_fallback=fallback)
    try:
        ans = idx.ask(question, mode=mode)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    except LLMError as exc:
        raise click.ClickException(f"{exc} (use --fallback extractive to answer offline)") from exc
    if as_json:
        _emit(ans.to_json())
    else:
        click.echo(ans.formatted())


@click.command("papers")
@index_option
@json_option
def papers_cmd(index_name, as_json):
    """List the papers in an index."""
    idx = _open(index_name)
    papers = idx.papers()
    if as_json:
        _emit([p.to_dict() for p in papers])
        return
    for p in papers:
        click.echo(f"{p.key:<22} {p.year or '':<5} {p.n_pages:>3} p {p.n_chunks:>4} chunks  {p.title[:70]}  [{p.doc}]")
    click.echo(f"{len(papers)} papers, {idx.n_chunks} chunks in {idx.root}")


@click.command("remove")
@click.argument("keys", nargs=-1, required=True)
@index_option
@json_option
def remove_cmd(keys, index_name, as_json):
    """Remove papers (by citation key or file name) from an index."""
    idx = _open(index_name)
    try:
        report = idx.remove(keys)
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from exc
    if as_json:
        _emit(report.to_json())
    else:
        click.echo(f"Removed {report.removed} paper(s); {report.papers} papers, {report.chunks} chunks left.")


@click.command("demo")
@click.option("--folder", type=click.Path(path_type=Path), default=Path("samples"), show_default=True,
              help="Where to write the sample PDFs.")
@index_option
@click.option("--question", default="What is the band gap of BaZrS3 and how was it measured?", show_default=True)
def demo_cmd(folder, index_name, question):
    """Write a few sample PDFs, index them, and answer a question with citations."""
    from paperqa_mat.index import Index
    from paperqa_mat.samples import write_samples

    files = write_samples(folder)
    click.echo(f"Wrote {len(files)} sample PDFs to {folder}/")
    settings = get_settings()
    idx = Index.open(index_name or "demo", settings=settings, create=True)
    report = idx.add([folder])
    click.echo(f"Indexed: {report.papers} papers, {report.chunks} chunks in {idx.root} ({report.seconds:.1f} s)\n")
    click.echo(f"Q: {question}\n")
    click.echo(idx.ask(question).formatted())
    click.echo(f"\nTry: .venv/bin/pqm ask \"What is the superconducting Tc of the nickelate film?\" --index "
               f"{index_name or 'demo'}")
