"""Benchmark: property-record extraction against three gold sets, next to ChemDataExtractor.

    .venv/bin/python bench/records.py [--set dong|psie|arxiv|all] [--show-errors N]

Matching criterion (the same for our records and for ChemDataExtractor's): a predicted record is
correct when it comes from the same document (sentence/abstract/paper), its material matches the
gold material (same reduced formula when both parse as formulas, else the same lower-cased
alphanumeric name; a gold "Name (Formula)" or "a; b" matches any of its aliases) and every number
of the predicted value lies within 1% (at least 0.01 eV / 0.5 K) of a number of the gold value after
conversion to eV / K (ranges and lists are sets of numbers). Records are deduplicated per document
on (material key, numbers). Precision = correct predictions / predictions; recall = gold records
matched by at least one prediction / gold records.

Development split (rules were developed looking only at these): even-numbered abstracts of both
BERT-PSIE sets, the first 80 distinct sentences of Dong & Cole, and arXiv papers with index <= 60.
Everything else is reported separately as held-out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from paperqa_mat.extract.materials import material_aliases  # noqa: E402
from paperqa_mat.extract.records import Source, extract_from_text, records_from_source  # noqa: E402
from paperqa_mat.extract.units import canonical_unit, clean_text, convert  # noqa: E402
from tests.conftest import SHARED  # noqa: E402

DATA = SHARED / "data" / "extraction"


def parse_value(raw: str, default_unit: str, target: str) -> tuple[float, ...]:
    """Gold/CDE value strings ("2.4-2.7eV.", "sim237meV", "2.0pm0.1", "0.7and4.2eV") -> numbers in target unit."""
    s = clean_text(str(raw)).replace("sim", "~").replace("approx", "~")
    s = re.sub(r"(\d)\s*pm\s*(\d+(?:\.\d+)?)", r"\1", s)
    s = re.sub(r"±\s*\d+(?:\.\d+)?", "", s)
    m = re.search(r"(m?eV|K|°C|℃)", s)
    unit = canonical_unit(m.group(1)) if m else default_unit
    nums = re.findall(r"(?<![\d.])-?\d+(?:\.\d+)?(?:\s\d+(?:\.\d+)?)?", s)
    out = []
    for n in nums:
        n = n.replace(" ", "")  # "78 5 K" -> 785
        try:
            out.append(round(convert(float(n), unit or default_unit, target), 6))
        except ValueError:
            continue
    return tuple(out)


def mat_keys(name: str) -> set[str]:
    s = str(name).strip().rstrip(".")
    keys = material_aliases(s)
    squeezed = re.sub(r"\s+", "", s)
    if squeezed != s:
        keys |= material_aliases(squeezed)
    return keys


def close(a: float, b: float, unit: str) -> bool:
    return abs(a - b) <= max(0.01 * abs(b), 0.01 if unit == "eV" else 0.5)


def score(pred: list[tuple], gold: list[tuple], unit: str) -> dict:
    """pred/gold: (doc, material, numbers)."""
    def norm(rows):
        seen, out = set(), []
        for doc, mat, nums in rows:
            if not nums:
                continue
            keys = frozenset(mat_keys(mat))
            k = (doc, tuple(sorted(keys)), tuple(sorted(nums)))
            if k not in seen:
                seen.add(k)
                out.append((doc, keys, nums, mat))
        return out

    P, G = norm(pred), norm(gold)

    def match(p, g):
        return p[0] == g[0] and (p[1] & g[1]) and all(any(close(x, y, unit) for y in g[2]) for x in p[2])

    tp_p = [p for p in P if any(match(p, g) for g in G)]
    tp_g = [g for g in G if any(match(p, g) for p in P)]
    prec = len(tp_p) / len(P) if P else 0.0
    rec = len(tp_g) / len(G) if G else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    fp = [p for p in P if p not in tp_p]
    fn = [g for g in G if g not in tp_g]
    return {"n_pred": len(P), "n_gold": len(G), "precision": prec, "recall": rec, "f1": f1, "fp": fp, "fn": fn}


# ------------------------------------------------------------------ sets
def run_psie(prop_file: str, prop: str, unit: str) -> dict:
    base = DATA / "BERT-PSIE-TC" / "comparison"
    abstracts = json.loads((base / f"abstracts_{prop_file}.json").read_text())["abstracts"]
    col = "Gap" if prop_file == "gap" else "Tc"
    gold = pd.read_csv(base / f"manual_{prop_file}.csv")
    cde = pd.read_csv(base / f"chem_data_{prop_file}.csv")
    bert = pd.read_csv(base / f"bert_{prop_file}.csv")
    preds = []
    for i, text in enumerate(abstracts):
        for r in extract_from_text(text, doc=str(i), properties=[prop]):
            nums = (convert(r.value, r.unit, unit),) + ((convert(r.value_max, r.unit, unit),) if r.value_max is not None else ())
            preds.append((i, r.material, tuple(round(x, 6) for x in nums)))

    def rows(df):
        return [(int(s), c, parse_value(v, unit, unit)) for c, v, s in zip(df.compound, df[col], df.source, strict=False)]

    out = {}
    for split, keep in (("dev", lambda d: d % 2 == 0), ("held-out", lambda d: d % 2 == 1), ("all", lambda d: True)):
        g = [x for x in rows(gold) if keep(x[0])]
        out[split] = {
            "ours": score([p for p in preds if keep(p[0])], g, unit),
            "ChemDataExtractor": score([x for x in rows(cde) if keep(x[0])], g, unit),
            "BERT-PSIE": score([x for x in rows(bert) if keep(x[0])], g, unit),
        }
    return out


def run_dong() -> dict:
    df = pd.read_excel(DATA / "BandgapDatabase1_Dong_Cole" / "evaluation.xlsx")
    df = df[df["text"].notna()].copy()
    sentences = list(dict.fromkeys(df["text"]))
    sid = {s: i for i, s in enumerate(sentences)}
    gold = [
        (sid[t], c, parse_value(f"{v} {u}", "eV", "eV"))
        for t, c, v, u in zip(df.text, df.compound, df.value, df.unit, strict=False)
        if isinstance(c, str)
    ]
    preds = []
    for i, s in enumerate(sentences):
        for r in extract_from_text(s, doc=str(i), properties=["band_gap"]):
            nums = (convert(r.value, r.unit, "eV"),) + ((convert(r.value_max, r.unit, "eV"),) if r.value_max is not None else ())
            preds.append((i, r.material, tuple(round(x, 6) for x in nums)))
    out = {}
    for split, keep in (("dev", lambda d: d < 80), ("held-out", lambda d: d >= 80), ("all", lambda d: True)):
        out[split] = {"ours": score([p for p in preds if keep(p[0])], [g for g in gold if keep(g[0])], "eV")}
    # CDE's own evaluation on the same sentences (columns of evaluation.xlsx, their manual judgement)
    full = pd.read_excel(DATA / "BandgapDatabase1_Dong_Cole" / "evaluation.xlsx")
    stats = {}
    for _, row in full.iterrows():
        if row.get("unit.1") in ("precision", "recall", "F-score"):
            stats[row["unit.1"]] = {"AutoSentenceParser": row["AutoSentenceParser"], "Snowball (dynamic)": row["tsim=dynamic"]}
    out["cde_reported"] = stats
    return out


def run_arxiv() -> dict:
    base = DATA / "bandgap_extraction_comparison" / "HOME_arxiv"
    man = pd.read_excel(base / "manual_arxiv.xlsx", sheet_name="manual")
    man = man[man.material.notna() & man.Manual.notna()]
    gold = [(int(i), m, parse_value(v, "eV", "eV")) for i, m, v in zip(man["index"], man.material, man.Manual, strict=False)]
    gold_text = [
        (int(i), m, parse_value(v, "eV", "eV"))
        for i, m, v, s in zip(man["index"], man.material, man.Manual, man.source, strict=False)
        if not str(s).lower().startswith(("table", "fig"))
    ]
    preds = []
    files = sorted(base.joinpath("TXT_fromPDF").glob("*.txt"), key=lambda p: int(p.name.split("_")[0]))
    for f in files:
        idx = int(f.name.split("_")[0])
        src = Source(doc=f.name, key=f.stem, pages=[(None, f.read_text(errors="replace"))])
        for r in records_from_source(src, ["band_gap"], tables=False):
            nums = (convert(r.value, r.unit, "eV"),) + ((convert(r.value_max, r.unit, "eV"),) if r.value_max is not None else ())
            preds.append((idx, r.material, tuple(round(x, 6) for x in nums)))
    out = {}
    for split, keep in (("dev", lambda d: d <= 60), ("held-out", lambda d: d > 60), ("all", lambda d: True)):
        p = [x for x in preds if keep(x[0])]
        out[split] = {
            "ours (all gold)": score(p, [g for g in gold if keep(g[0])], "eV"),
            "ours (gold from text only)": score(p, [g for g in gold_text if keep(g[0])], "eV"),
        }
    return out


def run_matextract() -> dict:
    """The chalcogenide-perovskite review PDF (corpus) against matextract's validated band gaps (text + tables)."""
    gold_rows = json.loads((DATA / "matextract" / "perovskite_validated_data.json").read_text())
    pdf = SHARED / "corpus" / "papers" / "matextract_perovskite_review.pdf"
    from paperqa_mat.extract.records import extract_records

    recs = extract_records([pdf], ["band_gap"])
    preds = [(0, r.material, (round(convert(r.value, r.unit, "eV"), 6),)) for r in recs]
    gold = [(0, g["formula"], (float(g["bandgap"]),)) for g in gold_rows]
    return {"all": {"ours (text + tables)": score(preds, gold, "eV")}}


def fmt(name: str, s: dict) -> str:
    return f"| {name} | {s['n_pred']} | {s['n_gold']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="all", choices=["dong", "psie", "arxiv", "matextract", "all"])
    ap.add_argument("--show-errors", type=int, default=0, help="print N false positives/negatives per set (dev split)")
    ap.add_argument("--split", default="dev", help="split whose errors are shown")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"needs {DATA}")
    results: dict[str, dict] = {}
    t0 = time.time()
    if args.set in ("dong", "all"):
        results["Dong & Cole 2022 evaluation.xlsx (band gap, 160 sentences)"] = run_dong()
    if args.set in ("psie", "all"):
        results["BERT-PSIE abstracts_gap (band gap, 200 abstracts)"] = run_psie("gap", "band_gap", "eV")
        results["BERT-PSIE abstracts_Tc (Curie temperature, 200 abstracts)"] = run_psie("Tc", "curie_temperature", "K")
    if args.set in ("arxiv", "all"):
        results["HOME_arxiv (band gap, 200 full papers)"] = run_arxiv()
    if args.set in ("matextract", "all"):
        results["matextract perovskite review (band gap, 1 PDF, validated values)"] = run_matextract()
    for name, res in results.items():
        print(f"\n### {name}\n")
        print("| split / system | predicted | gold | precision | recall | F1 |\n|---|---|---|---|---|---|")
        for split in ("dev", "held-out", "all"):
            for sysname, s in res.get(split, {}).items():
                print(fmt(f"{split}: {sysname}", s))
        if "cde_reported" in res:
            st = res["cde_reported"]
            for k in ("AutoSentenceParser", "Snowball (dynamic)"):
                print(f"| all: ChemDataExtractor {k} (reported in evaluation.xlsx) | | 209 | {st['precision'][k]:.3f} | {st['recall'][k]:.3f} | {st['F-score'][k]:.3f} |")
        if args.show_errors:
            s = next(iter(res.get(args.split, res["all"]).values()))
            print("FP:")
            for p in s["fp"][: args.show_errors]:
                print("  ", p[0], p[3], p[2])
            print("FN:")
            for g in s["fn"][: args.show_errors]:
                print("  ", g[0], g[3], g[2])
    print(f"\n(total time {time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
