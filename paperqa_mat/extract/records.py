"""Rule-based property-record extraction from text (and tables), with page provenance.

Public API::

    extract_records(inputs, properties=None, settings=None, mode="rules") -> list[Record]
    extract_from_text(text, doc="", key="", page=None, properties=None) -> list[Record]

The grammar, per sentence (sentences from chemdataextractor-lite's chemistry-aware splitter):

1. quantities: numbers with units, grouped into singles, ranges and lists (:mod:`.units`);
2. property mentions and competing *distractor* mentions of the same dimension (:mod:`.properties`);
   each value group is claimed by the nearest mention (preceding mentions preferred), so "exciton
   binding energy (60 meV)" never becomes a band gap;
3. materials (:mod:`.materials`): formulas validated with pymatgen, names, document acronyms; a
   value list is paired with an equally long material list in order ("2.1 and 2.3 eV for A and B"),
   otherwise the best-placed material ("band gap of X", "X has ...", "... eV for X") wins; with no
   material in the sentence, the last material of the previous sentence in the paragraph is used;
4. conditions: temperature, pressure, method (calculated/experimental + functional/technique),
   direct/indirect, bound (< or >).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from paperqa_mat.extract.materials import Mention, find_acronyms, find_materials, normalise_material
from paperqa_mat.extract.properties import PROPERTIES, mention_spans, parse_property_list
from paperqa_mat.extract.units import (
    SI_UNIT,
    UNITS,
    Group,
    clean_text,
    convert,
    group_quantities,
    to_si,
)

FIELDS = [
    "material", "property", "value", "value_max", "unit", "value_si", "value_si_max", "si_unit", "uncertainty",
    "conditions", "doc", "key", "page", "source", "evidence",
]


@dataclass
class Record:
    """One reported value of one property of one material, with where it was found."""

    material: str
    property: str
    value: float
    unit: str
    value_si: float
    uncertainty: float | None = None
    conditions: dict[str, Any] = field(default_factory=dict)
    doc: str = ""
    key: str = ""
    page: int | None = None
    source: str = "text"  # "text" | "table"
    evidence: str = ""
    value_max: float | None = None  # upper end of a range ("3.0-3.2 eV")
    value_si_max: float | None = None
    si_unit: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: d[k] for k in FIELDS}

    def value_in(self, unit: str) -> float:
        return convert(self.value, self.unit, unit)

    def flat(self) -> dict[str, Any]:
        """A CSV row: conditions flattened to ``key=value; ...``."""
        d = self.to_dict()
        d["conditions"] = "; ".join(f"{k}={v}" for k, v in self.conditions.items())
        return d


# ---------------------------------------------------------------- text preparation
def prepare_text(text: str) -> str:
    """PDF text -> clean text: de-hyphenate line breaks, keep paragraph breaks, normalise unicode."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    # LaTeX leftovers in abstracts: Li_2Fe_2SSe, {Li_2Fe_2SSe}, T_{C}
    text = re.sub(r"_\{([^{}]{1,10})\}", r"\1", text)
    text = re.sub(r"_(\d+(?:\.\d+)?|[xyzδ])", r"\1", text)
    text = re.sub(r"\{([A-Za-z0-9().,\-]+)\}", r"\1", text)
    text = re.sub(r"(\d)~(?=\s?(?:K|eV|meV|°|GPa|nm|Å)\b)", r"\1 ", text)  # LaTeX non-breaking space
    text = re.sub(r"\n\s*\n+", "\u2029", text)  # paragraph break marker
    text = text.replace("\n", " ")
    return "\n\n".join(clean_text(p) for p in text.split("\u2029") if p.strip())


_SPLITTER = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (chemdataextractor-lite's chemistry-aware Punkt model)."""
    global _SPLITTER
    if _SPLITTER is None:
        from chemdataextractor.nlp.tokenize import ChemSentenceTokenizer

        _SPLITTER = ChemSentenceTokenizer()
    return list(_SPLITTER.span_tokenize(text))


def _any_property_regex(properties: Sequence[str]) -> re.Pattern[str]:
    pats = [p for name in properties for p in PROPERTIES[name].patterns]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


_UNITISH = re.compile(r"[\d)]\s*(?:m?eV|K\b|°|℃|Å|nm|pm|S|%|kJ|kcal|Angstrom)")

# ---------------------------------------------------------------- conditions
_METHOD_CALC = re.compile(
    r"\b(HSE06|HSE|PBE0|PBEsol|PBE|G0W0|GW0|GW|LDA\+U|GGA\+U|LDA|GGA|mBJ|TB-mBJ|SCAN|B3LYP|DFT\+U|DFT|"
    r"first[\s-]principles?|ab[\s-]initio|density[\s-]functional|calculat\w+|comput\w+|predict\w+|theoretical\w*|simulat\w+)"
)
_METHOD_EXP = re.compile(
    r"\b(UV-?vis\w*|diffuse\s+reflectance|Tauc|absorption\s+spectr\w+|photoluminescence|PL\b|ARPES|STS|"
    r"ellipsometry|optical\s+absorption|transmittance|resistivity|magnetization|susceptibility|"
    r"DSC|XRD|Rietveld|impedance|EIS|four[\s-]probe|Hall|measur\w+|experiment\w*|observ\w+|J-V)",
    re.I,
)
_PRESSURE = re.compile(r"(\d+(?:\.\d+)?)\s*(GPa|MPa|kbar|bar|atm)\b")
_AT_TEMP = re.compile(r"\bat\s+(?:~\s*)?(\d+(?:\.\d+)?)\s*(K|°C|mK)\b|\b(room\s+temperature|RT)\b")


def _conditions(sentence: str, prop: str, group: Group, mention: tuple[int, int, str]) -> dict[str, Any]:
    cond: dict[str, Any] = {}
    if prop not in ("tc_superconducting", "curie_temperature", "neel_temperature", "melting_point"):
        m = _AT_TEMP.search(sentence)
        if m:
            cond["temperature"] = "298 K" if m.group(3) else f"{m.group(1)} {m.group(2)}"
    m = _PRESSURE.search(sentence)
    if m:
        cond["pressure"] = f"{m.group(1)} {m.group(2)}"
    calc = _METHOD_CALC.search(sentence)
    exp = _METHOD_EXP.search(sentence)
    if calc and not (exp and exp.start() < calc.start() and "experiment" in exp.group(0).lower()):
        cond["method"] = "calculated"
        if re.match(r"[A-Z]", calc.group(1)):
            cond["method_detail"] = calc.group(1)
    elif exp:
        cond["method"] = "experimental"
        cond["method_detail"] = exp.group(1)
    if prop == "band_gap":
        window = sentence[max(0, mention[0] - 40) : mention[1] + 10].lower()
        for word in ("indirect", "direct", "optical", "fundamental"):
            if re.search(rf"\b{word}\b", window):
                cond["gap_type"] = word
                break
    if prop in ("tc_superconducting",):
        window = sentence[max(0, mention[0] - 30) : group.end + 20].lower()
        for word in ("onset", "zero"):
            if word in window:
                cond["criterion"] = word
    if group.bound:
        cond["bound"] = group.bound
    if any(q.approx for q in group.quantities):
        cond["approximate"] = True
    return cond


# ---------------------------------------------------------------- disambiguation
_SC = re.compile(r"superconduct", re.I)
_MAG = re.compile(
    r"(?<!anti)ferromagnet|ferrimagnet|\bCurie\b|\bmagnetic\s+(?:order|transition|phase)|\bFM\b|magnetocaloric|spintronic",
    re.I,
)


def _resolve_mentions(
    sentence: str, mentions: list[tuple[int, int, str]], doc_bias: str | None
) -> list[tuple[int, int, str]]:
    """Overlapping mentions: keep the longest; an ambiguous Tc-like mention ("Tc", "transition
    temperature") goes to superconducting or Curie by the nearest cue in the sentence, else by the
    document's bias."""
    ambiguous = {"tc_superconducting", "curie_temperature"}
    sc_cues = [m.start() for m in _SC.finditer(sentence)]
    mag_cues = [m.start() for m in _MAG.finditer(sentence)]

    def winner(m: tuple[int, int, str]) -> str | None:
        d_sc = min((abs(c - m[0]) for c in sc_cues), default=None)
        d_mag = min((abs(c - m[0]) for c in mag_cues), default=None)
        if d_sc is not None and (d_mag is None or d_sc < d_mag):
            return "tc_superconducting"
        if d_mag is not None:
            return "curie_temperature"
        return doc_bias

    kept: list[tuple[int, int, str]] = []
    for m in sorted(mentions, key=lambda m: (-(m[1] - m[0]), m[0])):
        if any(not (m[1] <= o[0] or m[0] >= o[1]) for o in kept):
            continue
        if m[2] in ambiguous and not re.search(r"Curie|ferro|ferri|superconduct", sentence[m[0] : m[1]], re.I):
            w = winner(m)
            if w is None:
                continue
            m = (m[0], m[1], w)
        kept.append(m)
    return sorted(kept)


def _paren_regions(text: str) -> list[tuple[int, int]]:
    """Spans of (possibly nested) parenthesised regions."""
    stack: list[int] = []
    out: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            out.append((stack.pop(), i + 1))
    return out


def _innermost(regions: list[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    inside = [r for r in regions if r[0] <= a and b <= r[1]]
    return min(inside, key=lambda r: r[1] - r[0]) if inside else None


def _claim(
    group: Group,
    mentions: list[tuple[int, int, str]],
    groups: list[Group],
    regions: list[tuple[int, int]],
    consumed: set[tuple[int, int, str]],
) -> tuple[int, int, str] | None:
    """The mention that owns a value group: nearest, preceding mentions preferred; a mention inside a
    parenthesis only reaches values in the same parenthesis; "U = 6 eV"-style distractors own one value."""
    best, best_d = None, 1e9
    for m in mentions:
        kind = m[2]
        dims = (kind.split(":", 1)[1],) if kind.startswith("distractor:") else PROPERTIES[kind].dimensions
        if group.dimension not in dims or m in consumed:
            continue
        reg = _innermost(regions, m[0], m[1])
        if reg is not None and not (reg[0] <= group.start and group.end <= reg[1]):
            continue
        if m[1] <= group.start:
            d = group.start - m[1]
            lo, hi = m[1], group.start
        elif m[0] >= group.end:
            d = (m[0] - group.end) * 1.6 + 6
            lo, hi = group.end, m[0]
        else:
            d = 0
            lo = hi = 0
        between = [g for g in groups if g is not group and g.dimension == group.dimension and lo <= g.start < hi]
        d += 15 * len(between)
        if d < best_d:
            best, best_d = m, d
    if best is None or best_d > 300:
        return None
    if best[2].startswith("distractor:") and 0 <= group.start - best[1] <= 4:
        consumed.add(best)
    return best


_LIST_SEP = re.compile(r"^\s*(?:,|, and|and|or|, or|/|;)\s*$")


def _material_lists(sentence: str, mats: list[Mention]) -> list[list[Mention]]:
    """Runs of materials joined by commas/and ("A, B and C")."""
    runs: list[list[Mention]] = []
    for m in mats:
        if runs and _LIST_SEP.match(sentence[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


_AFTER_PROP = re.compile(r"^\s*(?:of|for|in)\s+(?:the\s+|a\s+|an\s+|pure\s+|bulk\s+|pristine\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_AFTER_VAL = re.compile(r"^\s*\)?\s*(?:for|of|in|from|on)\s+(?:the\s+|a\s+|an\s+|pure\s+|bulk\s+|pristine\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_BEFORE_PROP = re.compile(
    r"\b(?:has|have|had|exhibits?|exhibited|shows?|showed|possess(?:es)?|with|is|are|was|were|displays?|displayed|reveals?|gives?|yields?|'s|’s|its|their)\b",
    re.I,
)


def _pick_material(sentence: str, mats: list[Mention], mention: tuple[int, int, str], group: Group) -> Mention | None:
    best, best_s = None, 1e9
    for mt in mats:
        if not (mt.end <= group.start or mt.start >= group.end):
            continue
        d_m = min(abs(mt.start - mention[1]), abs(mention[0] - mt.end))
        d_g = min(abs(mt.start - group.end), abs(group.start - mt.end))
        s = min(d_m, d_g)
        if mt.start >= mention[1] and _AFTER_PROP.match(sentence[mention[1] : mt.start]):
            s -= 60
        if mt.start >= group.end and _AFTER_VAL.match(sentence[group.end : mt.start]):
            s -= 50
        if mt.end <= mention[0] and _BEFORE_PROP.search(sentence[mt.end : mention[0]]):
            s -= 15
        if mt.start > group.end and mt.start > mention[1] and not _AFTER_VAL.match(sentence[group.end : mt.start]):
            s += 40
        if mt.end <= group.start and re.fullmatch(r"\s*(?:\(|of\s+|is\s+|=\s*|:\s*)\s*(?:~\s*)?", sentence[mt.end : group.start]):
            s -= 60
        if re.match(r"\s*(?:substrates?|electrodes?|contacts?|buffer|templates?|support)\b", sentence[mt.end : mt.end + 14], re.I):
            s += 80
        if mt.kind == "name" and mt.text.lower() in ("perovskite", "perovskites"):
            s += 10
        if s < best_s:
            best, best_s = mt, s
    return best


# ---------------------------------------------------------------- main text path
def extract_from_text(
    text: str,
    doc: str = "",
    key: str = "",
    page: int | None = None,
    properties: Sequence[str] | None = None,
    acronyms: dict[str, str] | None = None,
    doc_bias: str | None = None,
    context_fallback: bool = True,
    state: dict | None = None,
) -> list[Record]:
    """Records from one text (a page, an abstract or a sentence)."""
    props = parse_property_list(list(properties) if properties else None)
    text = prepare_text(text)
    if acronyms is None:
        acronyms = find_acronyms(text)
    if doc_bias is None:
        doc_bias = _doc_bias(text)
    any_prop = _any_property_regex(props)
    out: list[Record] = []
    state = state if state is not None else {}
    counts: Counter[str] = state.setdefault("counts", Counter())
    surface: dict[str, Mention] = state.setdefault("surface", {})
    for para in text.split("\n\n"):
        candidate_para = bool(any_prop.search(para) and _UNITISH.search(para))
        prev_mats: list[Mention] = []
        for a, b in split_sentences(para) if candidate_para else [(0, len(para))]:
            sent = para[a:b]
            if candidate_para and any_prop.search(sent) and _UNITISH.search(sent) and not _figure_like(sent):
                fallback = (
                    _fallback(prev_mats, counts, surface) if context_fallback and _ANAPHOR.search(sent) else None
                )
                recs, mats = _sentence_records(sent, props, acronyms, doc_bias, fallback)
                for r in recs:
                    r.doc, r.key, r.page = doc, key, page
                out.extend(recs)
            else:
                mats = find_materials(sent, acronyms) if re.search(r"[A-Z]|ene\b|ide\b", sent) else []
            for m_ in mats:
                k = normalise_material(m_.text)
                counts[k] += 1
                surface[k] = m_
            if mats:
                prev_mats = mats
    return dedupe(out)


_ANAPHOR = re.compile(
    r"\b(?:its|their|it|they|this|these|such|the\s+(?:\w+\s+)?(?:compounds?|materials?|system|alloys?|sheets?|"
    r"monolayers?|bilayers?|films?|crystals?|structures?|samples?|phases?|semiconductors?|insulators?|superconductors?|"
    r"magnets?|ferromagnets?|nanosheets?|layers?|heterostructures?|perovskites?))\b",
    re.I,
)


def _figure_like(sent: str) -> bool:
    """Axis labels and tick numbers read from a figure ("0 100 200 300 Temperature [K] 3 2 1 0 ...")."""
    numbers = len(re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])", sent))
    words = len(re.findall(r"\b[a-z]{3,}\b", sent))
    return numbers >= 8 and numbers > words


def _fallback(prev_mats: list[Mention], counts: Counter[str], surface: dict[str, Mention]) -> Mention | None:
    """Material for a sentence that names none: the previous sentence's only material, else the
    document's most mentioned material (at least twice)."""
    if prev_mats and len({normalise_material(m.text) for m in prev_mats}) == 1:
        return prev_mats[-1]
    # the document's main compound (elements alone are usually electrodes, dopants or substrates)
    for k, n in counts.most_common(3):
        if n >= 2 and len(re.findall(r"[A-Z]", surface[k].text)) >= 2:
            return surface[k]
    return None


def _doc_bias(text: str) -> str | None:
    sc, mag = len(_SC.findall(text)), len(_MAG.findall(text))
    if sc > mag:
        return "tc_superconducting"
    if mag > sc:
        return "curie_temperature"
    return None


def _sentence_records(
    sent: str, props: list[str], acronyms: dict[str, str], doc_bias: str | None, fallback: Mention | None
) -> tuple[list[Record], list[Mention]]:
    mats = find_materials(sent, acronyms)
    groups = [g for g in group_quantities(sent) if g.unit in UNITS]
    ambiguous = {"tc_superconducting", "curie_temperature"}
    search = list(props) + ([p for p in ambiguous if p not in props] if ambiguous & set(props) else [])
    mentions = _resolve_mentions(sent, mention_spans(sent, search), doc_bias)
    # values inside a material mention or a mention are not values
    groups = [g for g in groups if not any(m.start <= g.start < m.end for m in mats)]
    mats = [x for x in mats if not any(g.start <= x.start < g.end for g in groups)]
    regions = _paren_regions(sent)
    consumed: set[tuple[int, int, str]] = set()
    recs: list[Record] = []
    for g in groups:
        m = _claim(g, mentions, groups, regions, consumed)
        # a difference ("underestimated by 1.02 eV", "shifted by 0.1 eV") is not a value of the property
        if re.search(r"\bby\s*(?:about\s+|~\s*|ca\.\s*|only\s+|approximately\s+|nearly\s+)?$", sent[max(0, g.start - 20) : g.start]):
            continue
        if m is None or m[2].startswith("distractor:"):
            continue
        # ... "0.1 eV higher than the gap", "0.4 eV above the VBM": relative, not the property's value
        if re.match(r"\s*\)?\s*(?:higher|lower|larger|smaller|greater|wider|narrower|less|more|above|below|beneath|deeper|shallower)\b", sent[g.end : g.end + 14]):
            continue
        # "20%-40% H-doped", "5% Mn concentration": compositions, not property values
        if re.match(r"\s*(?:[A-Z][a-z]?[\s-]?)?(?:-?doped|doping|substitut\w*|content|concentration|excess|deficien\w*)", sent[g.end : g.end + 24]):
            continue
        prop = PROPERTIES[m[2]]
        if m[2] not in props or g.dimension not in prop.dimensions:
            continue
        cands = [x for x in mats if not (x.start < m[1] and x.end > m[0])]
        assigned: list[Mention | None]
        n = len(g.quantities)
        lists = [r for r in _material_lists(sent, cands) if len(r) == n] if n > 1 else []
        if lists and g.kind == "list":
            assigned = list(min(lists, key=lambda r: min(abs(r[0].start - g.end), abs(g.start - r[-1].end))))
        else:
            best = _pick_material(sent, cands, m, g)
            if best is None:
                best = fallback
            assigned = [best] * n
        cond = _conditions(sent, m[2], g, m)
        if g.kind == "range":
            q1, q2 = g.quantities
            mat = assigned[0]
            if mat is None:
                continue
            rec = _make(mat.text, m[2], q1.value, g.unit, q1.uncertainty, cond, sent, q2.value)
            if rec:
                recs.append(rec)
            continue
        for q, mat in zip(g.quantities, assigned, strict=False):
            if mat is None:
                continue
            rec = _make(mat.text, m[2], q.value, g.unit, q.uncertainty, dict(cond), sent)
            if rec:
                recs.append(rec)
    if "band_gap" in props:
        recs.extend(_zero_gap_records(sent, mats))
    return recs, mats


_ZERO_GAP = re.compile(r"\b(?:zero|vanishing)[\s-]+(?:band[\s-]*|energy[\s-]*)?gaps?\b|\bgapless\b", re.I)


def _zero_gap_records(sent: str, mats: list[Mention]) -> list[Record]:
    """"T-MoSe2 and SO-MoSe2 are zero band gap materials" -> 0 eV for each material of the subject list."""
    out: list[Record] = []
    for z in _ZERO_GAP.finditer(sent):
        runs = [r for r in _material_lists(sent, [m for m in mats if m.end <= z.start()]) if z.start() - r[-1].end <= 60]
        if not runs:
            continue
        clause = sent[runs[-1][-1].end : z.start()]
        if re.search(r"[;]|\bwhile\b|\bwhereas\b|\bbut\b", clause):
            continue
        for m in runs[-1]:
            rec = _make(m.text, "band_gap", 0.0, "eV", None, {"zero_gap": True}, sent)
            if rec:
                out.append(rec)
    return out


def _make(
    material: str, prop: str, value: float, unit: str, unc: float | None, cond: dict[str, Any], evidence: str,
    value_max: float | None = None,
) -> Record | None:
    pdef = PROPERTIES[prop]
    try:
        shown = convert(value, unit, pdef.unit)
    except ValueError:
        shown = None
    if shown is not None:
        lo, hi = pdef.plausible
        if not (lo <= shown <= hi):
            return None
        if prop == "band_gap" and unit == "meV" and shown > 5:
            return None
    if value_max is not None and value_max == value:
        value_max = None
    return Record(
        material=material,
        property=prop,
        value=value,
        unit=unit,
        value_si=to_si(value, unit),
        uncertainty=unc,
        conditions=cond,
        source="text",
        evidence=evidence.strip(),
        value_max=value_max,
        value_si_max=to_si(value_max, unit) if value_max is not None else None,
        si_unit=SI_UNIT[UNITS[unit][0]],
    )


def dedupe(records: Iterable[Record]) -> list[Record]:
    seen: set[tuple] = set()
    out: list[Record] = []
    for r in records:
        k = (r.material, r.property, round(r.value, 6), r.value_max, r.unit, r.page, r.source, r.evidence)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


# ---------------------------------------------------------------- documents, PDFs, tables
@dataclass
class Source:
    """One document to extract from: pages of text (1-based physical page numbers)."""

    doc: str
    key: str
    pages: list[tuple[int | None, str]]
    path: Path | None = None
    tables: list[Any] | None = None


class ExtractionError(RuntimeError):
    """A document could not be read (clear message, never a traceback)."""


def read_pdf_pages(path: Path) -> list[tuple[int, str]]:
    """Text of every page (1-based physical numbers); the core ingest parser when available."""
    try:
        from paperqa_mat.ingest import parse_file  # type: ignore[attr-defined]

        parsed = parse_file(path)
        return [(p.number, p.text) for p in parsed.pages]
    except ImportError:
        pass
    except Exception as exc:  # noqa: BLE001 - fall back to pypdf below
        last = exc
    else:
        last = None
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        pages = [(i + 1, page.extract_text() or "") for i, page in enumerate(reader.pages)]
    except Exception as exc:  # noqa: BLE001
        raise ExtractionError(f"{path.name}: cannot read PDF ({exc or last})") from exc
    return pages


def source_from_path(path: str | Path) -> Source:
    p = Path(path)
    if not p.exists():
        raise ExtractionError(f"{p}: file not found")
    if p.suffix.lower() == ".pdf":
        pages = read_pdf_pages(p)
        if not any(t.strip() for _, t in pages):
            raise ExtractionError(f"{p.name}: no text layer (scanned PDF?); run OCR first")
    elif p.suffix.lower() in (".txt", ".md", ".text"):
        pages = [(None, p.read_text(encoding="utf-8", errors="replace"))]
    else:
        raise ExtractionError(f"{p.name}: unsupported file type (PDF or text expected)")
    return Source(doc=p.name, key=p.stem, pages=pages, path=p)


def records_from_source(src: Source, properties: Sequence[str] | None = None, tables: bool = True) -> list[Record]:
    full = "\n\n".join(t for _, t in src.pages)
    clean_full = prepare_text(full)
    acronyms = find_acronyms(clean_full)
    bias = _doc_bias(clean_full)
    recs: list[Record] = []
    state: dict = {}
    for number, text in src.pages:
        recs.extend(
            extract_from_text(text, src.doc, src.key, number, properties, acronyms=acronyms, doc_bias=bias, state=state)
        )
    if tables and src.path is not None and src.path.suffix.lower() == ".pdf":
        from paperqa_mat.extract.table_records import records_from_tables

        recs.extend(records_from_tables(src.path, src.doc, src.key, properties, tables=src.tables))
    return dedupe(recs)


def extract_records(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    properties: Sequence[str] | str | None = None,
    settings: Any = None,
    mode: str = "rules",
    errors: list[str] | None = None,
    tables: bool = True,
) -> list[Record]:
    """Property records from PDFs, text files, raw texts or :class:`Source` objects.

    ``inputs``: a path, a text, a Source, or an iterable of them (a plain string that is not an
    existing file is treated as text). ``properties``: names or aliases ("band_gap,tc"); None = all.
    ``mode``: "rules" (offline default) or "llm" (schema-constrained LLM extraction, every record
    validated against its source sentence; needs ``settings.llm_enabled``). Files that fail are
    reported in ``errors`` (if given) and skipped; a batch never aborts on one file.
    """
    props = parse_property_list(properties if properties else None)
    if isinstance(inputs, (str, Path, Source)):
        inputs = [inputs]
    out: list[Record] = []
    for i, item in enumerate(inputs):
        try:
            if isinstance(item, Source):
                src = item
            elif isinstance(item, Path) or (isinstance(item, str) and len(item) < 4096 and "\n" not in item and Path(item).exists()):
                src = source_from_path(item)
            else:
                src = Source(doc=f"text{i + 1}", key=f"text{i + 1}", pages=[(None, str(item))])
            if mode == "llm":
                from paperqa_mat.extract.records_llm import llm_records_from_source

                out.extend(llm_records_from_source(src, props, settings))
            else:
                out.extend(records_from_source(src, props, tables=tables))
        except ExtractionError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
    return out
