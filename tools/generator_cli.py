"""``pqm generate``: CrystaLLM-style crystal structure generation from a composition."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from paperqa_mat.tools.generator import MAX_N


def _read_csv_column(path: Path, column: str) -> list[str]:
    import pandas as pd

    try:
        df = pd.read_csv(path)
    except Exception as exc:
        raise click.ClickException(f"cannot read {path}: {exc}") from exc
    if column not in df.columns:
        raise click.ClickException(f"column {column!r} not in {path} (columns: {', '.join(map(str, df.columns))})")
    return [str(v).strip() for v in df[column].dropna().tolist() if str(v).strip()]


@click.command("generate")
@click.argument("formulas", nargs=-1)
@click.option("--spacegroup", "-s", default=None, help="Space group symbol or number (e.g. Pnma, P6_3/mmc, 225).")
@click.option("-n", "n", default=5, show_default=True, help=f"Valid structures per formula (at most {MAX_N}).")
@click.option("--z", "z", type=int, default=None, help="Formula units per conventional cell.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Directory for the CIF files (default: ./generated).")
@click.option("--from-csv", "csv_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Read formulas from a CSV file.")
@click.option("--column", default="formula", show_default=True, help="CSV column with the formulas.")
@click.option("--temperature", default=0.8, show_default=True, type=click.FloatRange(0.01, 5.0))
@click.option("--top-k", default=10, show_default=True, type=click.IntRange(0, 1000))
@click.option("--max-attempts", type=click.IntRange(1, 1000), default=None,
              help="Samples tried per formula before giving up (default 10n, at least 20).")
@click.option("--seed", default=0, show_default=True)
@click.option("--fallback/--no-fallback", default=True, show_default=True,
              help="Fill missing structures with prototype substitution (labelled source=prototype).")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
def generate_cmd(formulas: tuple[str, ...], spacegroup: str | None, n: int, z: int | None, out_dir: Path | None,
                 csv_path: Path | None, column: str, temperature: float, top_k: int, max_attempts: int | None,
                 seed: int, fallback: bool, as_json: bool) -> None:
    """Generate crystal structures (CIF) for FORMULAS, e.g. ``pqm generate LiFePO4 --spacegroup Pnma -n 5``.

    Every structure is parsed with pymatgen and checked (cell, space group, multiplicities, formula,
    bond lengths); only valid ones are returned, resampling up to --max-attempts. If the model finds
    fewer than -n, checked prototype-substitution structures fill the rest (source "prototype"; turn off
    with --no-fallback).
    """
    from paperqa_mat.tools.generator import GenerationError, Request, StructureGenerator

    names = list(formulas)
    if csv_path is not None:
        if not csv_path.exists():
            raise click.ClickException(f"no such file: {csv_path}")
        names += _read_csv_column(csv_path, column)
    if not names:
        raise click.ClickException("give at least one formula (or --from-csv FILE --column NAME)")
    if n < 1:
        raise click.ClickException("-n must be at least 1")
    if n > MAX_N:
        raise click.ClickException(f"-n {n} is too large: at most {MAX_N} structures per formula")
    try:
        gen = StructureGenerator(seed=seed)
    except GenerationError as exc:
        raise click.ClickException(str(exc)) from exc
    requests = [Request(f, spacegroup, z) for f in names]
    out_dir = out_dir or Path("generated")
    try:
        results = gen.generate(requests, n=n, max_attempts=max_attempts, temperature=temperature, top_k=top_k,
                               out_dir=out_dir, progress=len(requests) > 1, fallback=fallback)
    except GenerationError as exc:
        raise click.ClickException(str(exc)) from exc
    failed = [r for r in results if r["error"] or not r["structures"]]
    if as_json:
        payload = [
            {
                "formula": r["formula"],
                **({"error": r["error"]} if r["error"] else {}),
                "n_model": r.get("n_model", 0),
                "n_prototype": r.get("n_prototype", 0),
                "structures": [
                    {"path": s["path"], "formula": s["formula"], "spacegroup": s["spacegroup"], "valid": s["valid"],
                     "source": s["source"], "checks": s["checks"]}
                    for s in r["structures"]
                ],
            }
            for r in results
        ]
        click.echo(json.dumps(payload, indent=1))
    else:
        for r in results:
            if r["error"]:
                click.echo(f"{r['formula']}: error: {r['error']}", err=True)
                continue
            extra = f" + {r['n_prototype']} from prototypes" if r.get("n_prototype") else ""
            click.echo(f"{r['formula']}: {r.get('n_model', len(r['structures']))} valid of {r['attempts']} "
                       f"sampled{extra}")
            for s in r["structures"]:
                click.echo(f"  {s['source']:<9} {s['spacegroup']:<10} {s['formula']:<14} {s['path']}")
            if not r["structures"]:
                click.echo(f"  no valid structure within {r['attempts']} attempts", err=True)
    if failed:
        msgs = "; ".join(f"{r['formula']}: {r['error'] or 'no valid structure found'}" for r in failed)
        if len(failed) == len(results):
            raise click.ClickException(msgs)
        click.echo(f"warning: {len(failed)} of {len(results)} formulas failed ({msgs})", err=True)
        sys.exit(1)
