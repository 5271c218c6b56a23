"""Chat tab: questions answered from the papers with clickable page citations, or the tool-using agent."""

from __future__ import annotations

import logging
from typing import Any

from paperqa_mat.app import render

TITLE = "Chat"
ORDER = 10

log = logging.getLogger("paperqa_mat.app")

MODES = ["Papers", "Agent"]
SOURCE_EMPTY = ('<div class="pqm-panel-title">Source</div><div class="pqm-source-body">'
                '<div class="pqm-source-empty">Click a citation chip in an answer to see the cited passage, its page, '
                'and the PDF opened at that page.</div></div>')


def answer_papers(state: Any, question: str, progress: Any = None) -> str:
    """HTML answer to ``question`` from the shared index (never raises for user-level problems)."""
    from paperqa_mat.index import IndexError_

    if progress:
        progress(0.1, desc="Searching the papers")
    try:
        index = state.index()
    except IndexError_ as exc:
        return render.error_html(str(exc))
    if not index.papers():
        return render.answer_html({"cannot_answer": True, "citations": []})
    if progress:
        progress(0.4, desc="Composing a cited answer" + (" with the LLM" if state.settings.llm_enabled else ""))
    ans = index.ask(question)
    data = ans.to_json()
    data["notes"] = list(getattr(ans, "notes", []))
    if progress:
        progress(1.0, desc="Done")
    return render.answer_html(data, render.mode_label(index.settings) if not ans.cannot_answer else "")


def run_agent_messages(state: Any, request: str, history: list[str]) -> list[dict[str, Any]]:
    """Chat messages for an agent run, or a clear message when the agent is not installed."""
    try:
        from paperqa_mat.agent import run_agent
    except ImportError:
        return [{"role": "assistant", "content": render.error_html(
            "Agent mode is not available in this installation yet. Switch to “Papers” for cited answers.")}]
    try:
        index = state.index()
    except Exception:  # noqa: BLE001 - the agent can still use its non-paper tools
        index = None
    result = run_agent(request, history=history or None, index=index, settings=state.settings)
    data = result.to_json()
    data["notes"] = list(getattr(result, "notes", []) or [])
    calls = []
    for c, full in zip(data.get("tool_calls") or [], getattr(result, "tool_calls", []) or [], strict=False):
        calls.append({**c, "status": getattr(full, "status", "ok")})
    titles = {p.key: p.title for p in index.papers()} if index is not None else {}
    return render.agent_messages(data, calls or data.get("tool_calls") or [], titles)


def respond(state: Any, message: str, conv: list[dict[str, Any]] | None, asked: list[str] | None, mode: str,
            progress: Any = None):
    """Generator for the chat: (chat messages, conversation state, asked questions, textbox value)."""
    conv = list(conv or [])
    asked = list(asked or [])
    message = (message or "").strip()
    if not message:
        yield conv, conv, asked, ""
        return
    conv.append({"role": "user", "content": render.user_html(message)})
    waiting = "Running the agent…" if mode == "Agent" else "Searching the papers…"
    yield [*conv, {"role": "assistant", "content": render.thinking_html(waiting)}], conv, asked, ""
    try:
        if mode == "Agent":
            reply = run_agent_messages(state, message, list(asked))
        else:
            reply = [{"role": "assistant", "content": answer_papers(state, message, progress)}]
    except Exception as exc:  # noqa: BLE001 - show it in the UI, keep serving
        log.exception("chat request failed")
        reply = [{"role": "assistant", "content": render.error_html(_plain(exc))}]
    asked.append(message)
    conv.extend(reply)
    yield conv, conv, asked, ""


def _plain(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 400 else text[:397] + "…"


def build(state: Any) -> None:
    import gradio as gr

    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            with gr.Row(equal_height=True, elem_id="pqm-chat-bar"):
                mode = gr.Radio(MODES, value="Papers", show_label=False, container=False, elem_id="pqm-mode-switch",
                                scale=4)
                clear = gr.Button("New conversation", variant="secondary", scale=1, min_width=150, size="sm",
                                  elem_id="pqm-clear")
            chatbot = gr.Chatbot(elem_id="pqm-chat", height=640, sanitize_html=False, latex_delimiters=[],
                                 buttons=["copy"], feedback_options=None, show_label=False, layout="bubble",
                                 placeholder="<b>Ask a question about your papers.</b><br>Answers quote the papers "
                                             "and cite the exact page; click a citation to see the passage. "
                                             "Switch to <b>Agent</b> for materials tools.")
            with gr.Row(equal_height=True):
                box = gr.Textbox(placeholder="Ask about your papers, e.g. What is the band gap of BaZrS3?",
                                 show_label=False, scale=6, elem_id="pqm-question", lines=1, max_lines=4,
                                 autofocus=True, container=False)
                send = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="pqm-ask")
        with gr.Column(scale=2, min_width=300):
            gr.HTML(SOURCE_EMPTY, elem_id="pqm-source")

    conv = gr.State([])
    asked = gr.State([])

    def _respond(message, conv_v, asked_v, mode_v, progress=gr.Progress()):  # noqa: B008 - Gradio idiom
        yield from respond(state, message, conv_v, asked_v, mode_v, progress)

    ev = {"fn": _respond, "inputs": [box, conv, asked, mode], "outputs": [chatbot, conv, asked, box],
          "concurrency_limit": 4, "concurrency_id": "ask", "show_progress": "minimal"}
    box.submit(**ev)
    send.click(**ev)
    clear.click(lambda: ([], [], [], ""), outputs=[chatbot, conv, asked, box], queue=False)
