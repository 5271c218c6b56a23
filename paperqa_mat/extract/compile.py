"""Collection-level compilation: every reported value of a property across the indexed papers.

``compile_records(index, "band_gap", "BaZrS3")`` extracts records from every paper of an index (or
takes a list of records), keeps those of the property (and material, matched on reduced formula or
name aliases), converts them to one unit, and summarises per material: n values, n papers, min,
max, median, and a disagreement flag when the papers' values differ by more than the tolerance
(relative to the median, widened by the reported uncertainties).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from paperqa_mat.extract.materials import material_aliases, normalise_material
from paperqa_mat.extract.properties import PROPERTIES, resolve_property
from paperqa_mat.extract.records import Record, Source, extract_records
from paperqa_mat.extract.units import convert


@dataclass
class MaterialSummary:
    material: str
    property: str
    unit: str
    n_values: int
    n_papers: int
    min: float
    max: float
    median: float
    disagreement: bool
    note: str = ""
    citations: list[str] = field(default_factory=list)  # "key p.N"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class CompiledTable:
    property: str
    unit: str
    rows: list[dict[str, Any]]  # one per record, value in ``unit``
    summary: list[MaterialSummary]

    def to_dict(self) -> dict[str, Any]:
        return {
            "property": self.property,
            "unit": self.unit,
            "rows": self.rows,
            "summary": [s.to_dict() for s in self.summary],
        }


def index_sources(index: Any, keys: Sequence[str] | None = None) -> list[Source]:
    """:class:`Source` objects for the papers of an open index (page texts from ``index.pages``)."""
    from pathlib import Path

    out = []
    for paper in index.papers():
        if keys and paper.key not in keys:
            continue
        pages = [(p.number, p.text) for p in index.pages(paper.key)]
        path = Path(paper.path) if getattr(paper, "path", None) else None
        out.append(Source(doc=paper.doc, key=paper.key, pages=pages, path=path if path and path.exists() else None))
    return out


def _material_matches(record_material: str, wanted: set[str]) -> bool:
    return bool(material_aliases(record_material) & wanted)


def compile_records(
    index_or_records: Any,
    property: str,
    material: str | None = None,
    tolerance: float | None = None,
    settings: Any = None,
) -> CompiledTable:
    """Compile every value of ``property`` (optionally for one ``material``) with citations.

    ``index_or_records``: an open :class:`paperqa_mat.index.Index` or an iterable of :class:`Record`.
    ``tolerance``: relative disagreement threshold (default: the property's own, e.g. 5% for band gaps).
    """
    prop = resolve_property(property)
    pdef = PROPERTIES[prop]
    if hasattr(index_or_records, "papers"):
        records: Iterable[Record] = extract_records(index_sources(index_or_records), [prop], settings=settings, errors=[])
    else:
        records = index_or_records
    wanted = material_aliases(material) | {normalise_material(material)} if material else None
    rows: list[dict[str, Any]] = []
    by_mat: dict[str, list[tuple[Record, float]]] = defaultdict(list)
    names: dict[str, str] = {}
    for r in records:
        if r.property != prop:
            continue
        if wanted is not None and not _material_matches(r.material, wanted):
            continue
        try:
            v = convert(r.value, r.unit, pdef.unit)
        except ValueError:
            continue
        mkey = normalise_material(r.material)
        names.setdefault(mkey, r.material)
        by_mat[mkey].append((r, v))
        rows.append(
            {
                "material": r.material,
                "value": round(v, 6),
                "value_max": round(convert(r.value_max, r.unit, pdef.unit), 6) if r.value_max is not None else None,
                "unit": pdef.unit,
                "uncertainty": round(convert(r.uncertainty, r.unit, pdef.unit) - convert(0.0, r.unit, pdef.unit), 6)
                if r.uncertainty is not None
                else None,
                "conditions": "; ".join(f"{k}={val}" for k, val in r.conditions.items()),
                "key": r.key,
                "page": r.page,
                "source": r.source,
                "evidence": r.evidence,
            }
        )
    tol = pdef.tolerance if tolerance is None else tolerance
    summary = [_summarise(names[k], prop, pdef.unit, items, tol) for k, items in by_mat.items()]
    summary.sort(key=lambda s: (-s.n_papers, -s.n_values, s.material))
    rows.sort(key=lambda r: (normalise_material(r["material"]), r["value"]))
    return CompiledTable(prop, pdef.unit, rows, summary)


def _summarise(name: str, prop: str, unit: str, items: list[tuple[Record, float]], tol: float) -> MaterialSummary:
    values = [v for _, v in items]
    per_paper: dict[str, list[float]] = defaultdict(list)
    uncs: list[float] = []
    for r, v in items:
        per_paper[r.key or r.doc].append(v)
        if r.uncertainty is not None:
            uncs.append(abs(convert(r.uncertainty, r.unit, unit) - convert(0.0, r.unit, unit)))
    med = statistics.median(values)
    paper_meds = {k: statistics.median(v) for k, v in per_paper.items()}
    spread = (max(paper_meds.values()) - min(paper_meds.values())) if len(paper_meds) > 1 else 0.0
    allowed = tol * max(abs(med), 1e-12) + 2 * (max(uncs) if uncs else 0.0)
    disagree = len(paper_meds) > 1 and spread > allowed
    note = ""
    if disagree:
        lo = min(paper_meds, key=paper_meds.get)
        hi = max(paper_meds, key=paper_meds.get)
        note = f"papers disagree: {lo} reports {paper_meds[lo]:.4g}, {hi} reports {paper_meds[hi]:.4g} {unit} (spread {spread:.3g} > {allowed:.3g})"
    cites = sorted({f"{r.key or r.doc} p.{r.page}" if r.page else (r.key or r.doc) for r, _ in items})
    return MaterialSummary(
        material=name,
        property=prop,
        unit=unit,
        n_values=len(values),
        n_papers=len(per_paper),
        min=round(min(values), 6),
        max=round(max(values), 6),
        median=round(med, 6),
        disagreement=disagree,
        note=note,
        citations=cites,
    )
