"""``pqm guard``: screen text with the safety guard."""

from __future__ import annotations

import json
import sys

import click


def _read_stdin_turns() -> list[str]:
    raw = sys.stdin.read()
    if not raw.strip():
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return [raw]
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("turns"), list):
        data = data["turns"]
    if isinstance(data, list):
        out = []
        for t in data:
            if isinstance(t, dict):
                t = t.get("content", "")
            if not isinstance(t, str):
                raise click.ClickException("stdin JSON must be a list of strings (or of {'content': ...} messages).")
            out.append(t)
        return out
    raise click.ClickException("stdin must be plain text or a JSON list of turns.")


@click.command(name="guard")
@click.argument("text", required=False)
@click.option("--turn", "turns", multiple=True, help="An earlier conversation turn (repeat, oldest first); TEXT is the last.")
@click.option("--output", "as_output", is_flag=True, help="Screen TEXT as a final answer (the --turn values are its context).")
@click.option("--tool", "tool_name", default=None, help="Screen TEXT as the arguments (JSON or text) of this tool.")
@click.option("--llm/--no-llm", "use_llm", default=None, help="Add the LLM judgement (default: when an LLM is configured).")
@click.option("--json", "as_json", is_flag=True, help='Print {"refuse", "category", "reason", "message"}.')
@click.option("--exit-code", is_flag=True, help="Exit with status 3 when the text is refused (default: 0 either way).")
def guard_cmd(text: str | None, turns: tuple[str, ...], as_output: bool, tool_name: str | None, use_llm: bool | None,
              as_json: bool, exit_code: bool) -> None:
    """Screen TEXT (or a conversation) with the safety guard.

    Multi-turn: repeat --turn for earlier turns, or pipe a JSON list of turns on stdin (TEXT omitted or '-').
    Exit status is 0 whether allowed or refused unless --exit-code is given (then 3 = refused).
    """
    from paperqa_mat.safety import refusal_message, screen, screen_output, screen_tool_call
    from paperqa_mat.settings import get_settings

    history = list(turns)
    if text is None or text == "-":
        if sys.stdin is None or sys.stdin.isatty():
            if text == "-" or not history:
                raise click.ClickException("Give TEXT, --turn options, or a JSON list of turns on stdin.")
            stdin_turns = []
        else:
            stdin_turns = _read_stdin_turns()
        history += stdin_turns
        if not history:
            raise click.ClickException("Nothing to screen: stdin was empty.")
        text = history.pop()
    settings = get_settings()
    if use_llm is None:
        use_llm = settings.llm_enabled
    if tool_name:
        try:
            args = json.loads(text)
        except ValueError:
            args = text
        verdict = screen_tool_call(tool_name, args, history, settings=settings, use_llm=use_llm)
    elif as_output:
        verdict = screen_output(text, history, settings=settings, use_llm=use_llm)
    else:
        verdict = screen([*history, text], settings=settings, use_llm=use_llm)
    if as_json:
        click.echo(json.dumps(verdict.to_dict(), ensure_ascii=False))
    elif verdict.refuse:
        click.echo(f"REFUSE [{verdict.category}] {verdict.reason}")
        click.echo(refusal_message(verdict))
    else:
        click.echo("ALLOW")
    if exit_code and verdict.refuse:
        sys.exit(3)
