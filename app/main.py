"""Build the Gradio app: a header with the answering mode, then one tab per module in ``app/tabs/``."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

from paperqa_mat.app import render
from paperqa_mat.app.state import AppState

log = logging.getLogger("paperqa_mat.app")

ASSETS = Path(__file__).resolve().parent / "assets"
TABS_PACKAGE = "paperqa_mat.app.tabs"
SYSTEM_FONTS = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial",
                "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"]


def discover_tabs(package: str = TABS_PACKAGE) -> list[ModuleType]:
    """Tab modules in ``app/tabs/`` sorted by ``ORDER``; a module that fails to import is skipped with a warning."""
    pkg = importlib.import_module(package)
    tabs = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        try:
            mod = importlib.import_module(f"{package}.{info.name}")
        except Exception as exc:  # noqa: BLE001 - one broken tab must not take the app down
            log.warning("UI tab %r skipped: import failed (%s: %s)", info.name, type(exc).__name__, exc)
            continue
        if not callable(getattr(mod, "build", None)):
            log.warning("UI tab %r skipped: it has no build(state) function", info.name)
            continue
        tabs.append(mod)
    return sorted(tabs, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def theme():
    import gradio as gr

    return gr.themes.Soft(primary_hue="indigo", secondary_hue="slate", neutral_hue="slate",
                          font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def css() -> str:
    return (ASSETS / "app.css").read_text(encoding="utf-8")


def js() -> str:
    return (ASSETS / "app.js").read_text(encoding="utf-8")


def header_html(state: AppState) -> str:
    name = state.index_name or state.settings.index
    return (f'<div id="pqm-header"><div><h1>paperqa-mat</h1><div class="pqm-sub">Page-cited answers from your '
            f'materials papers · index <code>{render.esc(name)}</code></div></div>{render.mode_badge(state.settings)}'
            "</div>")


def build_blocks(state: AppState, tabs: list[ModuleType] | None = None) -> Any:
    """The whole UI as a ``gr.Blocks`` (queue configured; not launched)."""
    import gradio as gr

    tabs = discover_tabs() if tabs is None else tabs
    with gr.Blocks(title="paperqa-mat", analytics_enabled=False, fill_width=False) as demo:
        gr.HTML(header_html(state))
        with gr.Tabs():
            for mod in tabs:
                title = str(getattr(mod, "TITLE", mod.__name__.rsplit(".", 1)[-1].title()))
                with gr.Tab(title, id=mod.__name__.rsplit(".", 1)[-1]):
                    try:
                        mod.build(state)
                    except Exception as exc:  # noqa: BLE001 - show the problem in that tab only
                        log.warning("UI tab %r failed to build: %s: %s", title, type(exc).__name__, exc)
                        gr.Markdown(f"**This tab could not be loaded:** {render.esc(exc)}")
    # Answers run in worker threads: several sessions at once, the page never blocks on one of them.
    demo.queue(default_concurrency_limit=2, max_size=64)
    return demo
