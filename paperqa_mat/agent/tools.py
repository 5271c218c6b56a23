"""The agent's tools: plain documented functions, a registry with pydantic argument schemas, and
LangChain ``StructuredTool`` wrappers built from the same registry.

Plain use (no LangChain, no agent)::

    from paperqa_mat.agent.tools import predict_property, search_papers
    predict_property(["BaZrS3"], "band_gap")
    search_papers("band gap of BaZrS3", index=Index.open("default"))

Each tool returns a JSON-ready dict. Heavy modules (index, extractors, predictors, generator) are
imported inside the functions so ``import paperqa_mat.agent`` stays light.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

MAX_RECORD_PAPERS = 6  # papers scanned by extract_records on a large index (the best search matches)


class ToolError(RuntimeError):
    """A tool could not do its job; the message goes back to the planner or the model."""


# --------------------------------------------------------------------------- plain functions
def search_papers(query: str, k: int = 5, *, index: Any) -> dict[str, Any]:
    """Search the indexed papers (hybrid dense + BM25). Returns the best passages with paper key and pages."""
    hits = index.search(query, k=k)
    return {"query": query, "hits": [{"key": h.key, "doc": h.doc, "title": h.title, "pages": h.pages,
                                      "text": h.text} for h in hits]}


def answer_from_papers(question: str, *, index: Any) -> dict[str, Any]:
    """Gather evidence from the indexed papers and answer ``question`` with page citations
    (extractive offline, PaperQA-style with the configured LLM). Says so when the papers cannot answer."""
    return index.ask(question).to_json()


def extract_records(property: str, material: str | None = None, *, index: Any, settings: Any = None) -> dict[str, Any]:
    """Every value of ``property`` (e.g. "band_gap", "tc") reported in the indexed papers, optionally for one
    ``material``, converted to one unit, with page citations and a per-material summary."""
    from paperqa_mat.extract.compile import compile_records, index_sources
    from paperqa_mat.extract.properties import PROPERTIES, resolve_property
    from paperqa_mat.extract.records import extract_records as _extract

    try:
        prop = resolve_property(property)
    except ValueError as exc:
        raise ToolError(str(exc)) from None
    papers = index.papers()
    keys = None
    if len(papers) > MAX_RECORD_PAPERS:  # big library: scan only the papers that search says are relevant
        hits = index.search(f"{material or ''} {PROPERTIES[prop].label}".strip(), k=40)
        keys = list(dict.fromkeys(h.key for h in hits))[:MAX_RECORD_PAPERS]
    sources = index_sources(index, keys)
    errors: list[str] = []
    records = _extract(sources, [prop], settings=settings, errors=errors)
    table = compile_records(records, prop, material)
    out = table.to_dict()
    out.update({"material": material, "papers_scanned": len(sources), "errors": errors})
    return out


def featurise(inputs: list[str]) -> dict[str, Any]:
    """Composition (Magpie statistics, element embeddings) or structure features for formulas or
    structure files. Returns one ``{"input", "features"}`` (or ``{"input", "error"}``) per input."""
    from paperqa_mat.tools.featurise import featurise as _featurise

    return {"results": _featurise(list(inputs))}


def predict_property(formulas: list[str], property: str) -> dict[str, Any]:
    """Predict ``property`` ("band_gap" in eV, "formation_energy" in eV/atom, "is_metal") for formulas with
    the project's trained models; each prediction has a calibrated uncertainty and warnings."""
    from paperqa_mat.tools.predict import PredictError
    from paperqa_mat.tools.predict import predict as _predict

    try:
        return {"property": property, "predictions": _predict(list(formulas), property)}
    except (PredictError, FileNotFoundError) as exc:
        raise ToolError(f"prediction of {property} is unavailable: {exc}") from None


def generate_structures(formula: str, spacegroup: str | None = None, n: int = 3,
                        out_dir: str | Path | None = None) -> dict[str, Any]:
    """Generate up to ``n`` valid crystal structures (CIF) for ``formula``, optionally in one space group,
    with the project's CrystaLLM-style model; each is checked (parse, cell, formula, symmetry, bonds)."""
    from paperqa_mat.tools import generator

    try:
        structures = generator.generate_structures(formula, spacegroup=spacegroup, n=n, out_dir=out_dir)
    except (ValueError, FileNotFoundError) as exc:
        raise ToolError(f"structure generation failed: {exc}") from None
    return {"formula": formula, "spacegroup": spacegroup, "structures": structures}


# --------------------------------------------------------------------------- argument schemas
class SearchArgs(BaseModel):
    query: str = Field(..., min_length=1, max_length=500, description="What to look for in the indexed papers.")
    k: int = Field(5, ge=1, le=20, description="Number of passages to return.")


class AnswerArgs(BaseModel):
    question: str = Field(..., min_length=1, max_length=1000, description="A question the indexed papers may answer.")


class RecordsArgs(BaseModel):
    property: str = Field(..., min_length=1, max_length=60, description=(
        "Property name or alias: band_gap, tc_superconducting (tc), curie_temperature, neel_temperature, "
        "melting_point, lattice_parameter, formation_energy, ionic_conductivity, electrical_conductivity, pce."))
    material: str | None = Field(None, max_length=100, description="Optional material (formula or name) to keep.")


class FeaturiseArgs(BaseModel):
    inputs: list[str] = Field(..., min_length=1, max_length=20, description="Formulas (e.g. 'BaZrS3') or structure files.")


class PredictArgs(BaseModel):
    formulas: list[str] = Field(..., min_length=1, max_length=50, description="Chemical formulas, e.g. ['BaZrS3', 'GaAs'].")
    property: Literal["band_gap", "formation_energy", "is_metal"] = Field(
        ..., description="band_gap (eV, experimental), formation_energy (eV/atom, DFT) or is_metal (true/false).")

    @field_validator("property", mode="before")
    @classmethod
    def _alias(cls, v: Any) -> Any:
        """Accept the names people use ("band gap", "bandgap", "Eg", "metallic")."""
        if isinstance(v, str):
            from paperqa_mat.agent.intents import find_predict_properties

            key = v.strip().lower().replace("-", "_").replace(" ", "_")
            if key in ("band_gap", "formation_energy", "is_metal"):
                return key
            found = find_predict_properties(v.replace("_", " "))
            return found[0] if len(found) == 1 else v
        return v


class GenerateArgs(BaseModel):
    formula: str = Field(..., min_length=1, max_length=60, description="Composition, e.g. 'BaZrS3'.")
    spacegroup: str | None = Field(None, max_length=20, description="Optional space group symbol or number, e.g. 'Pnma'.")
    n: int = Field(3, ge=1, le=10, description="How many structures to generate.")


# --------------------------------------------------------------------------- the registry
@dataclass
class AgentContext:
    """What tools may use during one agent run."""

    settings: Any
    index: Any = None
    out_dir: Path | None = None
    user_turns: list[str] = field(default_factory=list)
    _index_error: str | None = None

    def get_index(self) -> Any:
        """The open index (opened from settings on first use) or ToolError telling the user to build one."""
        if self.index is None and self._index_error is None:
            from paperqa_mat.index import Index, IndexError_

            try:
                self.index = Index.open(settings=self.settings)
            except IndexError_ as exc:
                self._index_error = str(exc)
        if self.index is None:
            raise ToolError(self._index_error or "no index is open")
        if not self.index.papers():
            raise ToolError("The index has no papers yet: add some with pqm index PATH_TO_PAPERS.")
        return self.index


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    args_model: type[BaseModel]
    run: Callable[[AgentContext, dict[str, Any]], dict[str, Any]]
    side_effects: bool = False  # generates/writes files: runs only when the user asked for it


def _gen_run(ctx: AgentContext, a: dict[str, Any]) -> dict[str, Any]:
    out_dir = None
    if ctx.out_dir is not None:
        out_dir = Path(ctx.out_dir)
    return generate_structures(a["formula"], a.get("spacegroup"), a.get("n", 3), out_dir=out_dir)


TOOLS: dict[str, ToolSpec] = {t.name: t for t in [
    ToolSpec("search_papers", "Search the user's indexed papers and return the most relevant passages with paper "
             "keys and page numbers. Use it to find where something is discussed.", SearchArgs,
             lambda ctx, a: search_papers(a["query"], a.get("k", 5), index=ctx.get_index())),
    ToolSpec("answer_from_papers", "Gather evidence from the user's indexed papers and answer a question with page "
             "citations (Key page N). Reports when the papers cannot answer.", AnswerArgs,
             lambda ctx, a: answer_from_papers(a["question"], index=ctx.get_index())),
    ToolSpec("extract_records", "Extract every reported value of a property (optionally for one material) from the "
             "indexed papers, in one unit, with page citations and a per-material summary (median, spread, "
             "disagreement).", RecordsArgs,
             lambda ctx, a: extract_records(a["property"], a.get("material"), index=ctx.get_index(),
                                            settings=ctx.settings)),
    ToolSpec("featurise", "Compute composition features (Magpie statistics, element embeddings) or structure "
             "features for formulas or structure files.", FeaturiseArgs,
             lambda ctx, a: featurise(a["inputs"])),
    ToolSpec("predict_property", "Predict a materials property (band_gap in eV, formation_energy in eV/atom, "
             "is_metal) for chemical formulas with trained ML models, with uncertainties and warnings.",
             PredictArgs, lambda ctx, a: predict_property(a["formulas"], a["property"])),
    ToolSpec("generate_structures", "Generate candidate crystal structures (validated CIFs) for a composition, "
             "optionally in a given space group. Only when the user explicitly asked for structures.",
             GenerateArgs, _gen_run, side_effects=True),
]}


def langchain_tools(ctx: AgentContext | None = None) -> list[Any]:
    """The registry as LangChain ``StructuredTool`` objects (pydantic argument schemas, docstrings).

    With a context the tools run directly; the agent loop itself only uses them for their schemas
    (``bind_tools``) and runs every call through :func:`paperqa_mat.agent.runner.execute` (guard + policy).
    """
    from langchain_core.tools import StructuredTool

    out = []
    for spec in TOOLS.values():
        def _fn(_spec: ToolSpec = spec, **kwargs: Any) -> str:
            if ctx is None:
                raise ToolError("this tool object carries no context; run it through run_agent")
            return json.dumps(_spec.run(ctx, kwargs), default=str)

        out.append(StructuredTool.from_function(func=_fn, name=spec.name, description=spec.description,
                                                args_schema=spec.args_model))
    return out


# --------------------------------------------------------------------------- summaries
def _fmt_value(p: dict[str, Any]) -> str:
    if p.get("error"):
        return f"{p.get('formula')}: error ({p['error']})"
    v = p.get("value")
    if isinstance(v, bool):
        return f"{p.get('formula')}: {'metal' if v else 'non-metal'}"
    unc = p.get("uncertainty")
    return f"{p.get('formula')}: {v} {p.get('unit', '')}".rstrip() + (f" ± {unc}" if unc is not None else "")


def summarise(tool: str, out: dict[str, Any]) -> str:
    """One line saying what a tool returned (the ``result_summary`` of the JSON output)."""
    if tool == "search_papers":
        hits = out.get("hits", [])
        where = ", ".join(f"{h['key']} p.{h['pages'][0]}" for h in hits[:3] if h.get("pages"))
        return f"{len(hits)} passage(s)" + (f": {where}" if where else "")
    if tool == "answer_from_papers":
        if out.get("cannot_answer"):
            return "the papers do not answer this"
        keys = sorted({c["key"] for c in out.get("citations", [])})
        return f"answered with {len(out.get('citations', []))} citation(s) from {', '.join(keys) or 'no paper'}"
    if tool == "extract_records":
        s = out.get("summary", [])
        parts = [f"{m['material']}: median {m['median']:.4g} {m['unit']} ({m['n_values']} value(s), {m['n_papers']} paper(s))"
                 for m in s[:3]]
        return f"{len(out.get('rows', []))} record(s) of {out.get('property')}" + (f"; {'; '.join(parts)}" if parts else "")
    if tool == "featurise":
        res = out.get("results", [])
        ok = [r for r in res if "features" in r]
        n = len(ok[0]["features"]) if ok else 0
        return f"{len(ok)}/{len(res)} input(s) featurised ({n} features each)"
    if tool == "predict_property":
        return f"{out.get('property')}: " + "; ".join(_fmt_value(p) for p in out.get("predictions", [])[:5])
    if tool == "generate_structures":
        st = out.get("structures", [])
        sgs = ", ".join(dict.fromkeys(s.get("spacegroup") or "?" for s in st))
        return f"{len(st)} valid structure(s) for {out.get('formula')}" + (f" ({sgs})" if sgs else "")
    return "done"


def for_model(tool: str, out: dict[str, Any], limit: int = 6000) -> str:
    """A compact JSON view of a tool result for the model (features and CIFs shortened)."""
    view: Any = out
    if tool == "featurise":
        view = {"results": [
            {"input": r.get("input"), "error": r["error"]} if "error" in r else
            {"input": r.get("input"), "n_features": len(r["features"]),
             "features_preview": dict(list(r["features"].items())[:15])}
            for r in out.get("results", [])]}
    elif tool == "generate_structures":
        view = {**out, "structures": [{k: (v[:800] + " ...") if k == "cif" and isinstance(v, str) and len(v) > 800 else v
                                       for k, v in s.items() if k != "details"} for s in out.get("structures", [])]}
    elif tool == "extract_records":
        view = {**out, "rows": out.get("rows", [])[:25]}
    text = json.dumps(view, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + " ...(truncated)"
