"""``pqm extract records``: property records from PDFs/text files or from every paper of an index."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from paperqa_mat.extract.records import FIELDS, ExtractionError, Record, extract_records, source_from_path


def _write(records: list[Record], out: Path | None, as_json: bool) -> None:
    if out is not None:
        if out.suffix.lower() == ".json":
            out.write_text(json.dumps([r.to_dict() for r in records], indent=2, ensure_ascii=False), encoding="utf-8")
        elif out.suffix.lower() == ".csv":
            with out.open("w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, fieldnames=FIELDS)
                w.writeheader()
                for r in records:
                    w.writerow(r.flat())
        else:
            raise click.ClickException(f"--out must end in .csv or .json, not {out.name!r}")
        click.echo(f"wrote {len(records)} records to {out}", err=True)
        return
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in records], indent=2, ensure_ascii=False))
        return
    if not records:
        click.echo("no property records found", err=True)
        return
    for r in records:
        val = f"{r.value:g}" + (f"-{r.value_max:g}" if r.value_max is not None else "") + f" {r.unit}"
        where = f"{r.key} p.{r.page}" if r.page else r.key
        ev = r.evidence if len(r.evidence) <= 110 else r.evidence[:107] + "..."
        click.echo(f"{r.material}\t{r.property}\t{val}\t[{where}, {r.source}]\t{ev}")


def records_to_csv(records: list[Record]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS)
    w.writeheader()
    for r in records:
        w.writerow(r.flat())
    return buf.getvalue()


@click.command(name="records")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--index", "index_name", default=None, help="Extract from every paper of this index instead of PATHS.")
@click.option("--property", "properties", default=None, help="Comma-separated properties (default: all): band_gap, tc_superconducting, curie_temperature, "
              "neel_temperature, melting_point, lattice_parameter, formation_energy, ionic_conductivity, "
              "electrical_conductivity, pce (aliases like tc, curie, neel accepted).")
@click.option("--material", default=None, help="Only this material; with --index and one --property: compiled table.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Write FILE.csv or FILE.json.")
@click.option("--json", "as_json", is_flag=True, help="Print records as JSON.")
@click.option("--mode", type=click.Choice(["rules", "llm"]), default="rules", show_default=True,
              help="Rule-based grammar (offline) or schema-constrained LLM extraction (needs PQM_LLM_BASE_URL).")
@click.option("--compile", "compile_", is_flag=True, help="Summarise per material (min/max/median, disagreements).")
@click.option("--tolerance", type=float, default=None, help="Relative disagreement tolerance for --compile.")
@click.option("--no-tables", is_flag=True, help="Text only (skip table extraction).")
def records_cmd(paths, index_name, properties, material, out, as_json, mode, compile_, tolerance, no_tables) -> None:
    """Property records (material, property, value, unit, conditions, page, evidence) from papers.

    \b
    pqm extract records paper.pdf --property band_gap --out gaps.csv
    pqm extract records --index mylib --property band_gap --material BaZrS3
    """
    from paperqa_mat.extract.properties import PROPERTIES, parse_property_list
    from paperqa_mat.settings import get_settings

    try:
        props = parse_property_list(properties)
    except ValueError as exc:
        raise click.ClickException(f"{exc}") from exc
    if not paths and not index_name:
        raise click.ClickException("give PDF/text files or --index NAME")
    settings = get_settings(index=index_name) if index_name else get_settings()
    if mode == "llm" and not settings.llm_enabled:
        raise click.ClickException("--mode llm needs an LLM endpoint: set PQM_LLM_BASE_URL (and PQM_LLM_MODEL)")
    errors: list[str] = []
    sources = []
    if index_name:
        from paperqa_mat.extract.compile import index_sources

        try:
            from paperqa_mat.index import Index

            index = Index.open(index_name, settings=settings)
        except Exception as exc:  # noqa: BLE001 - any failure to open is a user-facing message
            raise click.ClickException(f"cannot open index {index_name!r}: {exc}") from exc
        sources = index_sources(index)
        if not sources:
            raise click.ClickException(f"index {index_name!r} has no papers")
    for p in paths:
        try:
            sources.append(source_from_path(p))
        except ExtractionError as exc:
            errors.append(str(exc))
    from tqdm import tqdm

    records: list[Record] = []
    for src in tqdm(sources, desc="extracting", unit="doc", file=sys.stderr, disable=len(sources) < 2):
        try:
            records.extend(extract_records([src], props, settings=settings, mode=mode, errors=errors, tables=not no_tables))
        except Exception as exc:  # noqa: BLE001 - one bad file never aborts the batch
            errors.append(f"{src.doc}: {exc}")
    for e in errors:
        click.echo(f"warning: {e}", err=True)
    if material and len(props) == 1:
        compile_ = True
    if compile_:
        from paperqa_mat.extract.compile import compile_records

        if len(props) != 1:
            raise click.ClickException("--compile needs exactly one --property")
        table = compile_records(records, props[0], material, tolerance)
        _write_compiled(table, out, as_json)
        return
    if material:
        from paperqa_mat.extract.materials import material_aliases

        wanted = material_aliases(material)
        records = [r for r in records if material_aliases(r.material) & wanted]
    if not records and errors and not sources:
        raise click.ClickException("no readable input: " + "; ".join(errors))
    _write(records, out, as_json)
    if not records and out is None and not as_json:
        names = ", ".join(PROPERTIES[p].label for p in props)
        click.echo(f"(searched for: {names})", err=True)


def _write_compiled(table, out: Path | None, as_json: bool) -> None:
    if out is not None:
        if out.suffix.lower() == ".json":
            out.write_text(json.dumps(table.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        elif out.suffix.lower() == ".csv":
            with out.open("w", newline="", encoding="utf-8") as fh:
                cols = ["material", "value", "value_max", "unit", "uncertainty", "conditions", "key", "page", "source", "evidence"]
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                w.writerows(table.rows)
        else:
            raise click.ClickException(f"--out must end in .csv or .json, not {out.name!r}")
        click.echo(f"wrote {len(table.rows)} values to {out}", err=True)
    if as_json:
        click.echo(json.dumps(table.to_dict(), indent=2, ensure_ascii=False))
        return
    if out is not None:
        return
    if not table.rows:
        click.echo(f"no {table.property} values found", err=True)
        return
    click.echo(f"{table.property} ({table.unit}): {len(table.rows)} values")
    for r in table.rows:
        v = f"{r['value']:g}" + (f"-{r['value_max']:g}" if r["value_max"] is not None else "")
        click.echo(f"  {r['material']}\t{v}\t[{r['key']} p.{r['page']}]\t{r['conditions']}")
    click.echo("summary (per material):")
    for s in table.summary:
        flag = "  DISAGREE: " + s.note if s.disagreement else ""
        click.echo(
            f"  {s.material}: n={s.n_values} papers={s.n_papers} min={s.min:g} median={s.median:g} max={s.max:g} {s.unit}{flag}"
        )
