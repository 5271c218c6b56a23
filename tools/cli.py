"""``pqm featurise`` and ``pqm predict``: batch inputs (arguments or ``--from-csv FILE --column NAME``)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click


def _inputs(args: tuple[str, ...], from_csv: str | None, column: str | None) -> list[str]:
    items = [a for a in args if a.strip()]
    if from_csv:
        path = Path(from_csv)
        if not path.exists():
            raise click.ClickException(f"CSV file not found: {from_csv}")
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            fields = reader.fieldnames or []
            col = column or (fields[0] if fields else None)
            if col not in fields:
                raise click.ClickException(f"column '{col}' not in {from_csv} (columns: {', '.join(fields)})")
            items += [row[col].strip() for row in reader if (row.get(col) or "").strip()]
    elif column:
        raise click.ClickException("--column needs --from-csv")
    if not items:
        raise click.ClickException(
            "no inputs: give formulas / structure files, or --from-csv FILE --column NAME"
        )
    return items


def _csv_text(records: list[dict]) -> str:
    names: list[str] = []
    seen: set[str] = set()
    for r in records:
        for k in r.get("features", {}):
            if k not in seen:
                seen.add(k)
                names.append(k)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["input", *names])
    for r in records:
        if "features" in r:
            w.writerow([r["input"], *[r["features"].get(n, "") for n in names]])
    return buf.getvalue()


@click.command("featurise")
@click.argument("inputs", nargs=-1)
@click.option("--from-csv", "from_csv", type=click.Path(dir_okay=False), help="Read inputs from a CSV file.")
@click.option("--column", help="CSV column with formulas or structure paths (default: first column).")
@click.option("--json", "as_json", is_flag=True, help='Print [{"input", "features": {name: value}}] as JSON.')
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (.json or .csv).")
@click.option(
    "--embeddings",
    default="mat2vec,skipatom,megnet16,oliynyk",
    show_default=True,
    help="Comma-separated element embeddings to pool (mat2vec, skipatom, megnet16, oliynyk; '' for none).",
)
def featurise_cmd(inputs, from_csv, column, as_json, output, embeddings) -> None:
    """Feature vectors for formulas (e.g. Fe2O3) or structures (CIF, POSCAR, pymatgen JSON).

    Composition: Magpie statistics, pooled element embeddings, stoichiometry/valence/oxidation features.
    Structures add space group, crystal system, density, volume/atom, coordination, RDF and sine-matrix
    eigenvalues. Default output is CSV on stdout (one row per input).
    """
    from .featurise import EMBEDDINGS, featurise

    items = _inputs(inputs, from_csv, column)
    embs = tuple(e.strip() for e in embeddings.split(",") if e.strip())
    bad = [e for e in embs if e not in EMBEDDINGS]
    if bad:
        raise click.ClickException(
            f"unknown embedding(s) {', '.join(bad)} (choose from {', '.join(EMBEDDINGS)})"
        )
    records = featurise(items, embeddings=embs)
    ok = [r for r in records if "features" in r]
    for r in records:
        if "error" in r:
            click.echo(f"error: {r['input']}: {r['error']}", err=True)
    if as_json or (output and output.lower().endswith(".json")):
        text = json.dumps(ok if not as_json else records, indent=1)
    else:
        text = _csv_text(ok)
    if output:
        Path(output).write_text(text)
        click.echo(f"wrote {len(ok)} feature vector(s) to {output}", err=True)
    elif ok or as_json:
        click.echo(text.rstrip("\n"))
    if len(ok) < len(records):
        raise click.ClickException(f"{len(records) - len(ok)} of {len(records)} input(s) failed")


def _list_text() -> str:
    from .predict import list_properties

    lines = []
    for p in list_properties():
        lines.append(f"{p['property']:<17} unit: {p['unit'] or '-':<8} {p['description']}")
        lines.append(f"{'':<17} trained on: {p['training_data']}")
    return "\n".join(lines)


@click.command("predict")
@click.argument("inputs", nargs=-1)
@click.option(
    "-p",
    "--property",
    "properties",
    multiple=True,
    help="band_gap, is_metal or formation_energy (repeatable).",
)
@click.option("--list", "list_only", is_flag=True, help="List the properties, units and training data.")
@click.option("--from-csv", "from_csv", type=click.Path(dir_okay=False), help="Read inputs from a CSV file.")
@click.option("--column", help="CSV column with formulas or structure paths (default: first column).")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print [{"formula", "property", "value", "unit", "uncertainty", "warnings"}] as JSON.',
)
def predict_cmd(inputs, properties, list_only, from_csv, column, as_json) -> None:
    """Predict properties of formulas or structure files, with uncertainty and applicability warnings.

    Example: pqm predict Fe2O3 GaAs --property band_gap
    """
    from .predict import PROPERTIES, PredictError, get_predictor, list_properties

    if list_only:
        click.echo(json.dumps(list_properties(), indent=1) if as_json else _list_text())
        return
    if not properties:
        raise click.ClickException(f"give --property ({', '.join(PROPERTIES)}); see pqm predict --list")
    for p in properties:
        if p not in PROPERTIES:
            raise click.ClickException(f"unknown property '{p}' (available: {', '.join(PROPERTIES)})")
    items = _inputs(inputs, from_csv, column)
    records = []
    for p in properties:
        try:
            predictor = get_predictor(p)
        except PredictError as exc:
            raise click.ClickException(str(exc)) from None
        records += [r.to_dict() for r in predictor.predict(items)]
    n_err = sum(1 for r in records if r.get("error"))
    if as_json:
        click.echo(json.dumps(records, indent=1))
    else:
        for r in records:
            if r.get("error"):
                click.echo(f"error: {r['formula']}: {r['error']}", err=True)
                continue
            if isinstance(r["value"], bool):
                val = f"{'metal' if r['value'] else 'non-metal'} (P(wrong) {r['uncertainty']:.2f})"
            else:
                val = f"{r['value']:.3f} ± {r['uncertainty']:.3f} {r['unit']}"
            click.echo(f"{r['formula']:<20} {r['property']:<17} {val}")
            for w in r["warnings"]:
                click.echo(f"{'':<20} warning: {w}")
    if n_err:
        click.echo(f"{n_err} of {len(records)} prediction(s) failed", err=True)
        sys.exit(1)
