"""``pqm extract tables|records``: subcommands live in their own modules."""

from __future__ import annotations

import click

from paperqa_mat.cli import lazy_group

COMMANDS = {
    "tables": "paperqa_mat.extract.tables_cli:tables_cmd",
    "records": "paperqa_mat.extract.records_cli:records_cmd",
}
HELP = {
    "tables": "Every table in the PDFs as CSV/JSON, with page and caption.",
    "records": "Property records (material, property, value, unit, page) from papers or an index.",
}


@click.group(name="extract", cls=lazy_group(COMMANDS, HELP))
def extract_group() -> None:
    """Extract tables and property records from the literature, with page provenance."""
