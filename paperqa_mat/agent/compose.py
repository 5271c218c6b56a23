"""Compose one reply from the tool outputs: sections per tool, a model-vs-papers comparison, citations."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from paperqa_mat.agent.intents import property_label
from paperqa_mat.agent.result import ToolCall

MAX_ROWS = 8


def _excerpt(text: str, n: int = 240) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[: n - 3].rsplit(" ", 1)[0] + "..."


def _num(x: Any) -> str:
    return f"{x:.3g}" if isinstance(x, float) else str(x)


def _pred_line(p: dict[str, Any]) -> str:
    if p.get("error"):
        return f"- {p.get('formula')}: could not predict ({p['error']})"
    v = p.get("value")
    if isinstance(v, bool):
        line = f"- {p['formula']}: {'metal' if v else 'non-metal'}"
        if p.get("uncertainty") is not None:
            line += f" (probability the label is wrong: {_num(p['uncertainty'])})"
    else:
        line = f"- {p['formula']}: {_num(v)} {p.get('unit', '')}".rstrip()
        if p.get("uncertainty") is not None:
            line += f" ± {_num(p['uncertainty'])} (68% interval)"
    if p.get("warnings"):
        line += f"; warnings: {'; '.join(p['warnings'])}"
    return line


def section(call: ToolCall) -> str:
    """The part of the reply for one tool call."""
    out = call.output or {}
    if call.status == "blocked":
        return f"{call.tool} was blocked by the safety guard and not run."
    if call.status == "policy":
        return f"{call.tool} was not run: {call.result_summary}"
    if call.status == "error":
        return f"{call.tool} failed: {call.result_summary}"
    if call.tool == "predict_property":
        prop = out.get("property", "")
        lines = [f"Model prediction ({property_label(prop)}):"]
        inputs = list(call.args.get("formulas") or [])
        preds = out.get("predictions", [])
        for i, p in enumerate(preds):
            src = inputs[i] if len(inputs) == len(preds) else ""
            # a structure file is labelled with its file name next to the formula
            label = f" ({Path(src).name})" if src and src != p.get("formula") and ("/" in src or "." in src) else ""
            lines.append(_pred_line({**p, "formula": f"{p.get('formula')}{label}"}))
        return "\n".join(lines)
    if call.tool == "extract_records":
        label = property_label(out.get("property", ""))
        mat = out.get("material")
        rows = out.get("rows", [])
        head = f"Values reported in your papers ({label}{' of ' + mat if mat else ''}):"
        if not rows:
            return f"{head}\nNo reported values found in the {out.get('papers_scanned', 0)} paper(s) scanned."
        lines = [head]
        for r in rows[:MAX_ROWS]:
            cond = f", {r['conditions']}" if r.get("conditions") else ""
            page = f" page {r['page']}" if r.get("page") else ""
            src = " [table]" if r.get("source") == "table" else ""
            lines.append(f"- {r['material']}: {_num(r['value'])} {r['unit']}{cond}{src} ({r['key']}{page})")
        if len(rows) > MAX_ROWS:
            lines.append(f"- ... {len(rows) - MAX_ROWS} more")
        for s in out.get("summary", []):
            if s["n_values"] > 1:
                lines.append(f"Summary for {s['material']}: median {_num(s['median'])} {s['unit']} over "
                             f"{s['n_values']} values from {s['n_papers']} paper(s)"
                             + (f"; {s['note']}" if s.get("note") else "") + ".")
        return "\n".join(lines)
    if call.tool == "answer_from_papers":
        return f"From your papers:\n{out.get('answer', '').strip()}"
    if call.tool == "search_papers":
        hits = out.get("hits", [])
        if not hits:
            return f"Passages for '{out.get('query')}':\nNo matching passages."
        lines = [f"Passages for '{out.get('query')}':"]
        for h in hits:
            pages = h.get("pages") or []
            where = f"page {pages[0]}" if len(pages) == 1 else (f"pages {pages[0]}-{pages[-1]}" if pages else "")
            lines.append(f'- ({h["key"]} {where}) "{_excerpt(h.get("text", ""))}"')
        return "\n".join(lines)
    if call.tool == "featurise":
        lines = ["Features:"]
        for r in out.get("results", []):
            if "error" in r:
                lines.append(f"- {r['input']}: {r['error']}")
                continue
            f = r["features"]
            keys = [k for k in ("magpie_mean_Electronegativity", "magpie_range_Electronegativity",
                                "magpie_mean_NValence", "magpie_mean_AtomicWeight", "stoich_n_elements",
                                "oxi_balanced") if k in f]
            preview = ", ".join(f"{k} = {_num(f[k])}" for k in keys[:4])
            lines.append(f"- {r['input']}: {len(f)} features" + (f" ({preview}, ...)" if preview else ""))
        lines.append("The full feature vectors are in the tool output (pqm featurise writes CSV/JSON).")
        return "\n".join(lines)
    if call.tool == "generate_structures":
        st = out.get("structures", [])
        lines = [f"Generated structures for {out.get('formula')}"
                 + (f" (space group {out['spacegroup']})" if out.get("spacegroup") else "") + ":"]
        if not st:
            lines.append("No valid structure was found within the sampling limit.")
        for i, s in enumerate(st, 1):
            where = f" -> {s['path']}" if s.get("path") else ""
            origin = {"model": "generated by the model", "prototype": "prototype substitution (fallback)"}.get(
                s.get("source", ""), "")
            lines.append(f"- {i}. {s.get('formula')} in {s.get('spacegroup') or '?'}: passed all validity checks"
                         + (f"; {origin}" if origin else "") + where)
        if st and not any(s.get("path") for s in st):
            lines.append("The CIF texts are in the tool output (pqm agent --out-dir DIR writes them to files).")
        lines.append("Generated structures are hypotheses: relax and check them (e.g. DFT) before use.")
        return "\n".join(lines)
    return f"{call.tool}: {call.result_summary}"


def comparisons(calls: list[ToolCall]) -> list[str]:
    """Model-vs-papers lines where a prediction and reported values exist for the same material/property."""
    preds: dict[tuple[str, str], dict[str, Any]] = {}
    for c in calls:
        if c.tool == "predict_property" and c.status == "ok":
            for p in c.output.get("predictions", []):
                if not p.get("error") and not isinstance(p.get("value"), bool):
                    preds[(c.output["property"], _norm(p["formula"]))] = p
    lines = []
    for c in calls:
        if c.tool != "extract_records" or c.status != "ok":
            continue
        for s in c.output.get("summary", []):
            p = preds.get((s["property"], _norm(s["material"])))
            if p is None:
                continue
            diff = p["value"] - s["median"]
            unc = p.get("uncertainty")
            verdict = ""
            if unc:
                verdict = (" - within the model's 68% uncertainty" if abs(diff) <= unc else
                           " - outside the model's 68% uncertainty" if abs(diff) <= 2 * unc else
                           " - well outside the model's uncertainty; trust the measurement")
            lines.append(f"- {s['material']}: model {_num(p['value'])} {p.get('unit', '')} vs. papers "
                         f"{_num(s['median'])} {s['unit']} (median of {s['n_values']}): difference "
                         f"{diff:+.2f} {s['unit']}{verdict}.")
    return lines


def _norm(material: str) -> str:
    try:
        from paperqa_mat.extract.materials import normalise_material

        return normalise_material(material)
    except Exception:  # noqa: BLE001 - fall back to the plain string
        return material.replace(" ", "")


def collect_citations(calls: list[ToolCall], only_keys: set[str] | None = None,
                      docs: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Citations ({key, doc, pages, text}) from the paper tools' outputs, de-duplicated, in call order.
    ``docs`` maps paper keys to file names (records carry only the key)."""
    docs = docs or {}
    out: list[dict[str, Any]] = []
    seen: set[tuple] = set()

    def add(key: str, doc: str, pages: list[int], text: str) -> None:
        if only_keys is not None and key not in only_keys:
            return
        sig = (key, tuple(pages), _excerpt(text, 80))
        if key and sig not in seen:
            seen.add(sig)
            out.append({"key": key, "doc": doc, "pages": list(pages), "text": text})

    for c in calls:
        if c.status != "ok" or not c.output:
            continue
        if c.tool == "answer_from_papers" and not c.output.get("cannot_answer"):
            for ci in c.output.get("citations", []):
                add(ci["key"], ci.get("doc", ""), ci.get("pages", []), ci.get("text", ""))
        elif c.tool == "extract_records":
            for r in c.output.get("rows", [])[:MAX_ROWS]:
                add(r["key"], docs.get(r["key"], r.get("doc", "")), [r["page"]] if r.get("page") else [],
                    r.get("evidence", ""))
        elif c.tool == "search_papers":
            for h in c.output.get("hits", []):
                add(h["key"], h.get("doc", ""), h.get("pages", []), _excerpt(h.get("text", ""), 300))
    return out


def compose(calls: list[ToolCall], notes: list[str] | None = None, intro: str | None = None) -> str:
    """The offline reply: one section per tool call (in plan order), the comparison and notes."""
    parts = [intro] if intro else []
    have_values = any(c.tool == "extract_records" and c.status == "ok" and c.output.get("rows") for c in calls)
    for c in calls:
        if c.tool == "answer_from_papers" and c.status == "ok" and c.output.get("cannot_answer") and have_values:
            parts.append("From your papers:\nBeyond the values listed above, the papers give no direct answer.")
        else:
            parts.append(section(c))
    comp = comparisons(calls)
    if comp:
        parts.append("Model vs. papers:\n" + "\n".join(comp))
    parts += list(notes or [])
    text = "\n\n".join(p for p in parts if p)
    return text or HELP


HELP = ("I can search your indexed papers, answer questions with page citations, compile reported property "
        "values, featurise compositions, predict band gaps, formation energies and metallicity, and generate "
        "candidate crystal structures. For example: 'Predict the band gap of BaZrS3 and compare with what my "
        "papers report'.")
