"""``pqm serve``: start the chat web UI."""

from __future__ import annotations

import logging
import os
import sys

import click


@click.command("serve")
@click.option("--index", "index_name", default=None, help="Index name (under the index root) or path.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. Anything but loopback needs --auth.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535))
@click.option("--auth", envvar="PQM_SERVE_AUTH", default=None, metavar="USER:PASSWORD",
              help="Require a login (also read from PQM_SERVE_AUTH). Required with a non-loopback --host.")
def serve_cmd(index_name: str | None, host: str, port: int, auth: str | None) -> None:
    """Start the chat web UI (Chat, Library and the other tabs) on http://HOST:PORT."""
    from paperqa_mat.app.server import check_bind, parse_auth

    from paperqa_mat.settings import get_settings

    try:
        creds = parse_auth(auth)
        check_bind(host, creds)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    settings = get_settings()
    os.environ.setdefault("GRADIO_TEMP_DIR", str(settings.cache_path() / "gradio-uploads"))
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)

    from paperqa_mat.app.server import serve
    from paperqa_mat.app.state import AppState

    state = AppState(settings=settings, index_name=index_name)
    try:
        index = state.index()
    except Exception as exc:  # noqa: BLE001 - e.g. incompatible index: say so and stop
        raise click.ClickException(str(exc)) from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"paperqa-mat UI: index {state.index_dir} ({len(index.papers())} papers), "
               f"{'LLM ' + settings.llm_model if settings.llm_enabled else 'offline extractive mode'}", err=True)
    if creds:
        click.echo(f"Login required (user {creds[0]!r}).", err=True)
    click.echo(f"Running on http://{shown}:{port}  (Ctrl-C to stop)", err=True)
    try:
        serve(state, host=host, port=port, auth=creds)
    except OSError as exc:
        raise click.ClickException(f"Cannot listen on {host}:{port}: {exc.strerror or exc}") from None
