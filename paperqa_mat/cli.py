"""The ``pqm`` command line. Subcommands load lazily so ``pqm ask`` starts fast.

Each feature module owns its commands; this file only maps names to ``module:attribute``.
"""

from __future__ import annotations

import importlib
import sys

import click

# name -> "module:click_command"; adding a feature touches one line here and nothing else.
COMMANDS: dict[str, str] = {
    "index": "paperqa_mat.cli_core:index_cmd",
    "search": "paperqa_mat.cli_core:search_cmd",
    "ask": "paperqa_mat.cli_core:ask_cmd",
    "papers": "paperqa_mat.cli_core:papers_cmd",
    "remove": "paperqa_mat.cli_core:remove_cmd",
    "demo": "paperqa_mat.cli_core:demo_cmd",
    "extract": "paperqa_mat.extract.cli:extract_group",
    "featurise": "paperqa_mat.tools.cli:featurise_cmd",
    "predict": "paperqa_mat.tools.cli:predict_cmd",
    "generate": "paperqa_mat.tools.generator_cli:generate_cmd",
    "guard": "paperqa_mat.safety.cli:guard_cmd",
    "agent": "paperqa_mat.agent.cli:agent_cmd",
    "serve": "paperqa_mat.app.cli:serve_cmd",
}

HELP = {
    "index": "Index PDFs/txt/md/html (incremental).",
    "search": "Ranked passages for a query.",
    "ask": "Answer a question with page citations.",
    "papers": "List indexed papers.",
    "remove": "Remove papers from an index.",
    "demo": "Make sample PDFs, index them and ask a question.",
    "extract": "Extract tables and property records.",
    "featurise": "Composition/structure features.",
    "predict": "Predict materials properties.",
    "generate": "Generate crystal structures (CIF).",
    "guard": "Screen text with the safety guard.",
    "agent": "Tool-using research assistant.",
    "serve": "Start the chat web UI.",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when used."""

    commands_map: dict[str, str] = COMMANDS
    help_map: dict[str, str] = HELP

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands_map)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = self.commands_map.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            reason = f"'{name}' is not available in this installation: {exc}"

            @click.command(name=name)
            def unavailable() -> None:
                raise click.ClickException(reason)

            unavailable.help = self.help_map.get(name, "")

            return unavailable

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(n, self.help_map.get(n, "")) for n in self.commands_map])


def lazy_group(commands: dict[str, str], helps: dict[str, str]) -> type[LazyGroup]:
    """Make a LazyGroup subclass for a nested command group (e.g. ``pqm extract``)."""
    return type("Lazy", (LazyGroup,), {"commands_map": commands, "help_map": helps})


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="paperqa-mat")
def cli() -> None:
    """paperqa-mat: page-cited answers, data extraction and materials tools, offline by default."""


def main() -> None:
    try:
        cli.main(prog_name="pqm", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
