"""``pqm agent "REQUEST"``: the tool-using research assistant from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("agent")
@click.argument("request")
@click.option("--index", "index_name", default=None, metavar="NAME|DIR",
              help="Index name (under indexes/) or folder. Default: $PQM_INDEX or 'default'.")
@click.option("--turn", "turns", multiple=True, metavar="TEXT",
              help="An earlier user turn of the conversation (repeat, oldest first).")
@click.option("--mode", type=click.Choice(["auto", "offline", "llm"]), default="auto", show_default=True,
              help="auto = LLM tool-calling agent when PQM_LLM_BASE_URL is set, else the offline planner.")
@click.option("--llm-base-url", default=None, help="OpenAI-compatible endpoint (overrides PQM_LLM_BASE_URL).")
@click.option("--llm-model", default=None, help="Model name (overrides PQM_LLM_MODEL).")
@click.option("--max-steps", type=click.IntRange(1, 30), default=6, show_default=True,
              help="Most model turns (LLM mode).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write generated CIFs here (only when the request asks for structures).")
@click.option("--json", "as_json", is_flag=True,
              help='JSON: {"answer", "refused", "refusal", "tool_calls", "citations"}.')
def agent_cmd(request, index_name, turns, mode, llm_base_url, llm_model, max_steps, out_dir, as_json):
    """Answer REQUEST with tools: paper search and cited answers, property records, featurisation,
    property prediction and structure generation, behind the safety guard. Offline by default.

    Example: pqm agent "Predict the band gap of BaZrS3 and compare with what my papers report"
    """
    from paperqa_mat.agent.runner import run_agent
    from paperqa_mat.llm import LLMError
    from paperqa_mat.settings import get_settings

    if not request.strip():
        raise click.ClickException("The request is empty.")
    settings = get_settings(llm_base_url=llm_base_url, llm_model=llm_model)
    index = None
    if index_name is not None:  # named explicitly: it must exist; otherwise opened when a paper tool needs it
        from paperqa_mat.index import Index, IndexError_

        try:
            index = Index.open(index_name, settings=settings)
        except IndexError_ as exc:
            raise click.ClickException(str(exc)) from exc
    if mode == "llm" and not settings.llm_enabled:
        raise click.ClickException("--mode llm needs an endpoint: set PQM_LLM_BASE_URL or pass --llm-base-url.")
    try:
        result = run_agent(request, list(turns), index, settings, mode=mode, max_steps=max_steps, out_dir=out_dir)
    except (ValueError, LLMError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(result.formatted())
        if result.tool_calls:
            click.echo("\nTools used:", err=True)
            for c in result.tool_calls:
                click.echo(f"  {c.tool}({json.dumps(c.args, ensure_ascii=False)}) -> {c.result_summary}", err=True)
