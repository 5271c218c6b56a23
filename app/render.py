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
_LABEL = re.compile(r"^([A-Z][A-Za-z'\-]{1,40}\d{4}[a-z]{0,2})\s+(?:p\.\s*(\d+)|pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?)"
                    r"(?:\s*,\s*([^;]{1,40}))?$")


def _mini_markdown(text: str) -> str:
    """Escaped text with **bold**, "- " bullet lists and line breaks; never raw HTML from the input."""
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in str(text).strip().splitlines():
        line = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(raw.strip()))
        if not line:
            flush()
            continue
        if line.startswith(("- ", "* ")):
            items.append(line[2:])
        else:
            flush()
            out.append(f"<div>{line}</div>")
    flush()
    return "".join(out)


def _with_chips(text: str, citations: list[dict[str, Any]], titles: dict[str, str]) -> str:
    """Escape ``text`` and turn "(Key page 3; Key2 pages 4-5)" groups into chips."""
    by_label: dict[tuple[str, tuple[int, ...]], dict[str, Any]] = {}
    by_key: dict[str, dict[str, Any]] = {}
    for c in citations:
        pages = tuple(int(p) for p in (c.get("pages") or []))
        by_label.setdefault((str(c.get("key")), pages), c)
        by_key.setdefault(str(c.get("key")), c)
    used: set[int] = set()

    def find(part: str) -> tuple[dict[str, Any], str] | None:
        m = _LABEL.match(html.unescape(part).strip())
        if not m or m.group(1) not in by_key:
            return None
        key = m.group(1)
        first = int(m.group(2) or m.group(3))
        pages = tuple(range(first, int(m.group(4) or first) + 1))
        c = by_label.get((key, pages))
        if c is None:  # a page the citations list does not hold: link the page, no passage
            c = {"key": key, "doc": by_key[key].get("doc", ""), "pages": list(pages), "text": ""}
        return c, (m.group(5) or "").strip()

    def repl(m: re.Match) -> str:
        found = [find(p) for p in m.group(1).split(";")]
        if not found or any(f is None for f in found):
            return m.group(0)
        bits = []
        for c, extra in found:  # type: ignore[misc]
            used.add(id(c))
            bits.append(chip(c, titles.get(str(c.get("key")), ""))
                        + (f' <span class="pqm-cite-extra">{esc(extra)}</span>' if extra else ""))
        return " " + " ".join(bits)

    body = _GROUP.sub(repl, _mini_markdown(text))
    body = re.sub(r"\s+(<a class=\"pqm-chip\")", r" \1", body)
    extra = [c for c in citations if id(c) not in used]
    if extra:  # citations the text does not mention inline: show them after the answer
        seen, chips = set(), []
        for c in extra:
            k = (c.get("key"), tuple(c.get("pages") or []))
            if k not in seen and k not in {(u.get("key"), tuple(u.get("pages") or [])) for u in citations
                                           if id(u) in used}:
                seen.add(k)
                chips.append(chip(c, titles.get(str(c.get("key")), "")))
        if chips:
            body += '<div class="pqm-extra">' + " ".join(chips) + "</div>"
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
    args = json.dumps(call.get("args") or {}, indent=1, ensure_ascii=False, default=str)
    content = (f'<div class="pqm-step"><div class="pqm-step-label">Arguments</div><pre>{esc(args)}</pre>'
               f'<div class="pqm-step-label">Result</div><div>{_para(call.get("result_summary", "")) or "—"}</div></div>')
    return {"role": "assistant", "content": content,
            "metadata": {"title": f"Tool · {call.get('tool', 'tool')}" + ("" if status == "ok" else f" ({status})"),
                         "status": "done"}}


def agent_messages(result: dict[str, Any], tool_calls: list[dict[str, Any]] | None = None,
                   titles: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Chat messages for an agent result (``AgentResult.to_json()``): one step per tool call, then the reply."""
    msgs = [tool_step(c) for c in (tool_calls if tool_calls is not None else result.get("tool_calls") or [])]
    if result.get("refused"):
        ref = result.get("refusal") or {}
        cat = str(ref.get("category") or "safety").replace("_", " ")
        reply = (f'<div class="pqm-refusal"><div class="pqm-cannot-title">Request refused ({esc(cat)})</div>'
                 + (f'<div class="pqm-text">{_para(result.get("answer", ""))}</div>' if result.get("answer") else "")
                 + f'<div class="pqm-reason">Why: {_para(ref.get("reason", ""))}</div></div>')
    else:
        cites = result.get("citations") or []
        reply = f'<div class="pqm-answer"><div class="pqm-text">{_with_chips(str(result.get("answer", "")), cites, titles or {})}</div>'
        reply += "".join(f'<div class="pqm-note">{esc(n)}</div>' for n in result.get("notes") or []) + "</div>"
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
