"""HTML for chat answers: inline citation chips, "cannot answer" boxes, agent steps, mode badge.

Everything user- or paper-derived is HTML-escaped here; the chat renders this HTML as is.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from paperqa_mat.qa import page_label


def esc(text: Any) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _para(text: str) -> str:
    """Escaped text with line breaks kept and no blank lines (so the Markdown renderer keeps the HTML)."""
    return "<br>".join(esc(line) for line in str(text).strip().splitlines() if line.strip())


def paper_url(key: str, doc: str = "", page: int | None = None) -> str:
    """URL of the stored file for a paper (``/paper/<key>.pdf#page=N`` for PDFs)."""
    ext = ".pdf" if not doc or doc.lower().endswith(".pdf") else ".txt"
    url = f"/paper/{quote(key, safe='')}{ext}"
    return f"{url}#page={int(page)}" if page and ext == ".pdf" else url


def chip(c: dict[str, Any], title: str = "", label: str | None = None) -> str:
    """A clickable citation chip; clicking it (see assets/app.js) shows the passage and opens the page."""
    key, doc = str(c.get("key", "")), str(c.get("doc", ""))
    pages = [int(p) for p in (c.get("pages") or [])]
    page = pages[0] if pages else None
    text = label or (f"{key} · {page_label(pages).replace('page ', 'p. ').replace('pages ', 'pp. ')}" if pages else key)
    attrs = {
        "class": "pqm-chip",
        "href": paper_url(key, doc, page),
        "target": "_blank",
        "rel": "noopener",
        "data-key": key,
        "data-doc": doc,
        "data-page": str(page or ""),
        "data-pages": page_label(pages),
        "data-title": title,
        "data-passage": str(c.get("text", "")),
        "data-pdf": paper_url(key, doc, page),
        "data-img": f"/paper/{quote(key, safe='')}/page/{page}.png" if page and doc.lower().endswith(".pdf") else "",
        "title": "Show the cited passage",
    }
    return "<a " + " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items()) + f">{esc(text)}</a>"


_GROUP = re.compile(r"\(([^()]{2,400})\)")


def _with_chips(text: str, citations: list[dict[str, Any]], titles: dict[str, str]) -> str:
    """Escape ``text`` and turn "(Key page 3; Key2 pages 4-5)" groups into chips."""
    by_label: dict[str, dict[str, Any]] = {}
    for c in citations:
        pages = [int(p) for p in (c.get("pages") or [])]
        by_label.setdefault(f"{c.get('key')} {page_label(pages)}".strip(), c)
        by_label.setdefault(f"{c.get('key')} p.{pages[0]}" if pages else str(c.get("key")), c)
    used: set[str] = set()

    def repl(m: re.Match) -> str:
        parts = [p.strip() for p in m.group(1).split(";")]
        if not all(html.unescape(p) in by_label for p in parts):
            return m.group(0)
        chips = []
        for p in parts:
            c = by_label[html.unescape(p)]
            used.add(id(c))
            chips.append(chip(c, titles.get(str(c.get("key")), "")))
        return " " + " ".join(chips)

    body = _GROUP.sub(repl, _para(text))
    body = re.sub(r"\s+(<a class=\"pqm-chip\")", r" \1", body)
    extra = [c for c in citations if id(c) not in used]
    if extra:  # citations the text does not mention inline: show them after the answer
        body += '<div class="pqm-extra">' + " ".join(chip(c, titles.get(str(c.get("key")), "")) for c in extra) + "</div>"
    return body


def references_html(refs: Iterable[dict[str, Any]]) -> str:
    items = []
    for r in refs:
        bits = [f"<b>{esc(r.get('key'))}</b>", esc(r.get("title") or r.get("doc") or "")]
        if r.get("year"):
            bits.append(f"({esc(r['year'])})")
        items.append("<li>" + " ".join(b for b in bits if b) + "</li>")
    return f'<details class="pqm-refs"><summary>Sources ({len(items)})</summary><ol>{"".join(items)}</ol></details>' \
        if items else ""


def answer_html(ans: dict[str, Any], mode_label: str = "") -> str:
    """HTML for an :meth:`Answer.to_json` dict (plus optional ``notes``)."""
    refs = ans.get("references") or []
    titles = {str(r.get("key")): str(r.get("title") or "") for r in refs}
    cites = ans.get("citations") or []
    notes = "".join(f'<div class="pqm-note">{esc(n)}</div>' for n in ans.get("notes") or [])
    if ans.get("cannot_answer"):
        closest = "".join(
            f'<li><span class="pqm-quote">“{esc(c.get("text", ""))}”</span> {chip(c, titles.get(str(c.get("key")), ""))}</li>'
            for c in cites)
        body = ('<div class="pqm-cannot"><div class="pqm-cannot-title">Cannot answer from the indexed papers</div>'
                '<div>None of the passages supports an answer to this question. '
                + ("The closest passages are below; they may help you rephrase." if cites else
                   "There are no papers in the index yet: add some in the Library tab.")
                + "</div></div>" + (f'<ul class="pqm-closest">{closest}</ul>' if closest else ""))
        return f'<div class="pqm-answer">{body}{notes}</div>'
    body = _with_chips(str(ans.get("answer", "")), cites, titles)
    foot = f'<div class="pqm-meta">{esc(mode_label)}</div>' if mode_label else ""
    return f'<div class="pqm-answer"><div class="pqm-text">{body}</div>{references_html(refs)}{notes}{foot}</div>'


def error_html(message: str) -> str:
    return f'<div class="pqm-error"><b>Something went wrong.</b> {esc(message)}</div>'


def thinking_html(text: str = "Searching the papers…") -> str:
    return f'<div class="pqm-thinking"><span class="pqm-dot"></span>{esc(text)}</div>'


def user_html(text: str) -> str:
    return _para(text)


# --------------------------------------------------------------------------- agent
def tool_step(call: dict[str, Any]) -> dict[str, Any]:
    """A collapsible chat message for one tool call."""
    status = call.get("status", "ok")
    icon = {"ok": "🔧", "error": "⚠️", "blocked": "⛔", "policy": "⛔"}.get(status, "🔧")
    args = json.dumps(call.get("args") or {}, indent=1, ensure_ascii=False, default=str)
    content = (f'<div class="pqm-step"><div class="pqm-step-label">Arguments</div><pre>{esc(args)}</pre>'
               f'<div class="pqm-step-label">Result</div><div>{_para(call.get("result_summary", "")) or "—"}</div></div>')
    return {"role": "assistant", "content": content,
            "metadata": {"title": f"{icon} {call.get('tool', 'tool')}" + ("" if status == "ok" else f" ({status})"),
                         "status": "done"}}


def agent_messages(result: dict[str, Any], tool_calls: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Chat messages for an agent result (``AgentResult.to_json()``): one step per tool call, then the reply."""
    msgs = [tool_step(c) for c in (tool_calls if tool_calls is not None else result.get("tool_calls") or [])]
    if result.get("refused"):
        ref = result.get("refusal") or {}
        cat = str(ref.get("category") or "safety").replace("_", " ")
        reply = (f'<div class="pqm-refusal"><div class="pqm-cannot-title">Request refused ({esc(cat)})</div>'
                 f'<div>{_para(ref.get("reason", ""))}</div>'
                 + (f'<div class="pqm-text">{_para(result.get("answer", ""))}</div>' if result.get("answer") else "")
                 + "</div>")
    else:
        cites = result.get("citations") or []
        reply = f'<div class="pqm-answer"><div class="pqm-text">{_with_chips(str(result.get("answer", "")), cites, {})}</div></div>'
    msgs.append({"role": "assistant", "content": reply})
    return msgs


# --------------------------------------------------------------------------- mode
def mode_label(settings: Any) -> str:
    if getattr(settings, "llm_enabled", False):
        return f"LLM · {settings.llm_model}"
    return "Offline · extractive"


def mode_badge(settings: Any) -> str:
    """A one-line badge: offline extractive, or the configured LLM endpoint."""
    if getattr(settings, "llm_enabled", False):
        return (f'<div class="pqm-badge pqm-badge-llm" id="pqm-mode" title="Answers are written by the model and cite '
                f'only retrieved passages">LLM mode · <b>{esc(settings.llm_model)}</b> at '
                f'<code>{esc(settings.llm_base_url)}</code></div>')
    return ('<div class="pqm-badge pqm-badge-offline" id="pqm-mode" title="No model endpoint configured: answers are '
            'sentences quoted from the papers">Offline mode · <b>extractive</b> answers quoted from the papers '
            '(no LLM configured)</div>')
