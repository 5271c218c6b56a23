"""Property-record extraction: grammar, units, materials, tables, compile, CLI, LLM mode, UI tab."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperqa_mat.extract.compile import compile_records
from paperqa_mat.extract.materials import find_materials, formula_composition, material_aliases
from paperqa_mat.extract.properties import parse_property_list, resolve_property
from paperqa_mat.extract.records import Source, extract_from_text, extract_records
from paperqa_mat.extract.records_cli import records_cmd
from paperqa_mat.extract.table_records import records_from_table
from paperqa_mat.extract.units import clean_text, convert, group_quantities, parse_number


def recs(text, props=None):
    return [(r.material, r.property, r.value, r.value_max, r.unit) for r in extract_from_text(text, properties=props)]


# ------------------------------------------------------------------ units and numbers
def test_parse_number_forms():
    assert parse_number("3.37(2)") == pytest.approx((3.37, 0.02))
    assert parse_number("2.0 ± 0.1") == (2.0, 0.1)
    v, _ = parse_number("1.2 × 10-3")
    assert v == pytest.approx(1.2e-3)
    assert parse_number("100")[0] == 100.0


def test_unit_conversion():
    assert convert(250, "meV", "eV") == pytest.approx(0.25)
    assert convert(25, "°C", "K") == pytest.approx(298.15)
    assert convert(1.0, "S/m", "S/cm") == pytest.approx(0.01)
    with pytest.raises(ValueError):
        convert(1.0, "eV", "K")


def test_groups_ranges_and_lists():
    g = group_quantities(clean_text("lowered to 1.43 eV, and 1.39 eV from 280 °C to 400 °C; 3.0–3.2 eV"))
    kinds = [(x.kind, x.unit, [q.value for q in x.quantities]) for x in g]
    assert ("list", "eV", [1.43, 1.39]) in kinds
    assert ("range", "°C", [280.0, 400.0]) in kinds
    assert ("range", "eV", [3.0, 3.2]) in kinds


# ------------------------------------------------------------------ materials
def test_formula_validation():
    assert formula_composition("Ca9La(PO4)7") is not None
    assert formula_composition("AlxGa1-xAs") is not None
    assert formula_composition("MAPbI3") == formula_composition("CH3NH3PbI3")
    for not_formula in ("DFT", "UV", "The", "HSE06", "In", "Tc", "VI2", "Eu3+"):
        assert formula_composition(not_formula) is None, not_formula


def test_material_names_and_acronyms():
    found = [m.text for m in find_materials("Cuprous oxide (Cu2O), zinc oxide, graphene and anatase TiO2")]
    assert found == ["Cuprous oxide", "Cu2O", "zinc oxide", "graphene", "TiO2"]
    assert "Cu2O" in material_aliases("Cuprous oxide (Cu2O)")


# ------------------------------------------------------------------ sentence grammar
def test_basic_band_gap_and_distractor():
    out = recs("ZnO has a large direct band gap (3.37 eV) and a high exciton binding energy (60 meV).")
    assert out == [("ZnO", "band_gap", 3.37, None, "eV")]


def test_respectively_lists_pair_in_order():
    out = recs("The band gaps are 2.1 and 2.3 eV for TiO2 and ZnO, respectively.", ["band_gap"])
    assert ("TiO2", "band_gap", 2.1, None, "eV") in out and ("ZnO", "band_gap", 2.3, None, "eV") in out
    assert len(out) == 2


def test_range_and_units():
    out = recs("The bandgap of BaZrS3 is reported in the range of 1.75–1.95 eV.")
    assert out == [("BaZrS3", "band_gap", 1.75, 1.95, "eV")]
    out = recs("Graphene on hBN opens a gap of 250 meV.", ["band_gap"])
    assert out and out[0][2] == 250 and out[0][4] == "meV"


def test_tc_curie_neel_and_conditions():
    r = extract_from_text("MgB2 superconducts at 39 K. Cr2Ge2Te6 is ferromagnetic with a Curie temperature of 66 K.")
    got = {(x.material, x.property, x.value) for x in r}
    assert ("MgB2", "tc_superconducting", 39.0) in got
    assert ("Cr2Ge2Te6", "curie_temperature", 66.0) in got
    r = extract_from_text("NiO is antiferromagnetic with a Néel temperature of 523 K.")
    assert [(x.material, x.property) for x in r] == [("NiO", "neel_temperature")]
    r = extract_from_text("The HSE06 band gap of GaN is 3.2 eV at 300 K and 2 GPa.", ["band_gap"])
    assert r[0].conditions["method"] == "calculated" and r[0].conditions["temperature"] == "300 K"
    assert r[0].conditions["pressure"] == "2 GPa"


def test_other_properties():
    text = (
        "The lattice parameters of SrTiO3 are a = 3.905(2) Å. The ionic conductivity of Li7La3Zr2O12 is "
        "1.2 × 10-3 S cm-1 at 25 °C. The CsPbI3 device reached a PCE of 21.3%. "
        "The melting point of NaCl is 801 °C. The formation energy of LiCoO2 is -1.5 eV/atom."
    )
    got = {(r.material, r.property): r for r in extract_from_text(text)}
    assert got[("SrTiO3", "lattice_parameter")].uncertainty == pytest.approx(0.002)
    assert got[("Li7La3Zr2O12", "ionic_conductivity")].value == pytest.approx(1.2e-3)
    assert got[("CsPbI3", "pce")].value == 21.3
    mp = got[("NaCl", "melting_point")]
    assert mp.unit == "°C" and mp.value_si == pytest.approx(1074.15)
    assert got[("LiCoO2", "formation_energy")].value == -1.5


def test_implausible_and_difference_values_dropped():
    assert recs("The band gap of TiO2 is underestimated by 1.02 eV.", ["band_gap"]) == []
    assert recs("The band gap of Si is 300 eV.", ["band_gap"]) == []


def test_unknown_property_is_clear():
    with pytest.raises(ValueError, match="unknown property"):
        parse_property_list("band_gap,colour")
    assert resolve_property("Tc") == "tc_superconducting"


# ------------------------------------------------------------------ tables
@dataclass
class FakeTable:
    rows: list
    header_rows: int = 1
    caption: str = "Table 1. Band gaps."
    page: int = 4
    table_no: int = 1


def test_table_records_both_layouts():
    t = FakeTable([["Compound", "Eg (eV)", "a (Å)"], ["GaAs", "1.42", "5.65"], ["InP", "1.34(2)", "5.87"]])
    out = records_from_table(t, "d.pdf", "d", None)
    got = {(r.material, r.property, r.value) for r in out}
    assert ("GaAs", "band_gap", 1.42) in got and ("InP", "band_gap", 1.34) in got
    assert ("GaAs", "lattice_parameter", 5.65) in got
    assert all(r.source == "table" and r.page == 4 for r in out)
    t2 = FakeTable([["", "MgB2", "Nb3Sn"], ["Tc (K)", "39", "18.3"]])
    out2 = records_from_table(t2, "d.pdf", "d", ["tc_superconducting"])
    assert {(r.material, r.value) for r in out2} == {("MgB2", 39.0), ("Nb3Sn", 18.3)}


# ------------------------------------------------------------------ compile
def test_compile_flags_disagreement():
    srcs = [
        Source("a.pdf", "a", [(3, "The band gap of BaZrS3 is 1.75 eV.")]),
        Source("b.pdf", "b", [(7, "We measure a band gap of 1.76 eV for BaZrS3.")]),
        Source("c.pdf", "c", [(2, "BaZrS3 has a band gap of 2.30 eV. The band gap of GaAs is 1.42 eV.")]),
    ]
    records = extract_records(srcs, ["band_gap"])
    table = compile_records(records, "band_gap", "BaZrS3")
    assert len(table.rows) == 3 and {r["key"] for r in table.rows} == {"a", "b", "c"}
    s = table.summary[0]
    assert (s.n_papers, s.min, s.max, s.median) == (3, 1.75, 2.3, 1.76)
    assert s.disagreement and "c" in s.note
    ok = compile_records(records[:2], "band_gap", "BaZrS3").summary[0]
    assert not ok.disagreement


class FakeIndex:
    def __init__(self, docs):
        self.docs = docs

    def papers(self):
        @dataclass
        class P:
            key: str
            doc: str
            path: str = ""

        return [P(k, f"{k}.pdf") for k in self.docs]

    def pages(self, key):
        @dataclass
        class Pg:
            number: int
            text: str

        return [Pg(i + 1, t) for i, t in enumerate(self.docs[key])]


def test_compile_from_index_object():
    idx = FakeIndex({"p1": ["intro", "The band gap of BaZrS3 is 1.8 eV."], "p2": ["BaZrS3 has a gap of 1.9 eV."]})
    table = compile_records(idx, "band_gap", "BaZrS3")
    assert sorted((r["key"], r["page"]) for r in table.rows) == [("p1", 2), ("p2", 1)]


# ------------------------------------------------------------------ CLI and bad input
def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in lines:
        c.drawString(72, 720, page)
        c.showPage()
    c.save()
    return path


def test_cli_pdf_csv_json_and_errors(tmp_path):
    pdf = _pdf(tmp_path / "p.pdf", ["Introduction.", "The band gap of CdTe is 1.5 eV at 300 K."])
    scanned = tmp_path / "scan.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(scanned))
    c.rect(100, 100, 200, 200, fill=1)
    c.showPage()
    c.save()
    runner = CliRunner()
    out_csv = tmp_path / "r.csv"
    res = runner.invoke(records_cmd, [str(pdf), str(scanned), str(tmp_path / "missing.pdf"), "--property", "band_gap", "--out", str(out_csv), "--no-tables"])
    assert res.exit_code == 0, res.output
    text = out_csv.read_text()
    assert "CdTe" in text and ",2," in text  # page 2
    assert "no text layer" in res.output and "not found" in res.output
    res = runner.invoke(records_cmd, [str(pdf), "--json", "--no-tables"])
    data = json.loads(res.stdout)
    assert data[0]["material"] == "CdTe" and data[0]["page"] == 2 and data[0]["source"] == "text"
    res = runner.invoke(records_cmd, [str(pdf), "--property", "colour"])
    assert res.exit_code != 0 and "unknown property" in res.output
    res = runner.invoke(records_cmd, [])
    assert res.exit_code != 0


# ------------------------------------------------------------------ LLM mode against a scripted local server
class _Handler(BaseHTTPRequestHandler):
    replies: list[str] = []
    seen: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.seen.append(body)
        reply = _Handler.replies.pop(0) if _Handler.replies else '{"records": []}'
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


def test_llm_mode_validates_against_sentence():
    from paperqa_mat.settings import get_settings

    server = HTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _Handler.replies = [
            "```json\n" + json.dumps({"records": [
                {"sentence": 1, "material": "GaN", "property": "band_gap", "value": 3.4, "unit": "eV", "conditions": {"gap_type": "direct"}},
                {"sentence": 1, "material": "AlN", "property": "band_gap", "value": 6.2, "unit": "eV"},  # not in text
                {"sentence": 1, "material": "GaN", "property": "band_gap", "value": 3.9, "unit": "eV"},  # wrong number
                {"sentence": 1, "material": "GaN", "property": "band_gap", "value": 3.4, "unit": "K"},  # wrong dimension
            ]}) + "\n```"
        ]
        settings = get_settings(llm_base_url=f"http://127.0.0.1:{server.server_port}/v1", llm_model="test")
        src = Source("x.txt", "x", [(5, "GaN has a direct band gap of 3.4 eV at room temperature.")])
        out = extract_records([src], ["band_gap"], settings=settings, mode="llm")
        assert [(r.material, r.value, r.page) for r in out] == [("GaN", 3.4, 5)]
        assert out[0].conditions["extracted_by"] == "llm"
        prompt = _Handler.seen[-1]["messages"][1]["content"]
        assert "JSON schema" in prompt and "GaN has a direct band gap" in prompt
    finally:
        server.shutdown()


# ------------------------------------------------------------------ UI tab
def test_extract_tab_builds_and_runs(tmp_path):
    gr = pytest.importorskip("gradio")
    from paperqa_mat.app.state import AppState
    from paperqa_mat.app.tabs import extract as tab

    from paperqa_mat.settings import get_settings

    state = AppState(settings=get_settings(index_root=tmp_path / "idx"), index_name="none")
    with gr.Blocks():
        tab.build(state)
    assert tab.TITLE == "Extract data"
    pdf = _pdf(tmp_path / "u.pdf", ["The band gap of CdTe is 1.5 eV."])
    rows, tables, csv_path, msg = tab.run_extract(state, [], [str(pdf)], ["band_gap"], False)
    assert rows[0][0] == "CdTe" and rows[0][6] == 1 and len(Path(csv_path).read_text().splitlines()) == 2
    rows, _, _, msg = tab.run_extract(state, [], [], ["band_gap"], False)
    assert rows == [] and "Pick papers" in msg


def test_table_subscript_rows_and_multi_value_cells():
    from paperqa_mat.extract.table_records import merge_subscript_rows

    assert merge_subscript_rows([["BaZr(S Se )", "1.76"], ["1-x x 3", ""], ["SrZrS (β phase)", "2.05"], ["3", ""]]) == [
        ["BaZr(S1-xSex)3", "1.76"],
        ["SrZrS3 (β phase)", "2.05"],
    ]
    t = FakeTable([["Compound/alloy", "Bandgap [eV]"], ["BaZrS", "1.75, [73] 1.82 [71]"], ["3", ""], ["BaHfS", "2.17 [24]"], ["3", ""]])
    got = [(r.material, r.value) for r in records_from_table(t, "d.pdf", "d", ["band_gap"])]
    assert got == [("BaZrS3", 1.75), ("BaZrS3", 1.82), ("BaHfS3", 2.17)]


def test_cli_index_compile(tmp_path, monkeypatch):
    index_mod = pytest.importorskip("paperqa_mat.index")
    monkeypatch.setenv("PQM_INDEX_ROOT", str(tmp_path / "indexes"))
    monkeypatch.setenv("PQM_EMBEDDER", "hash")
    from paperqa_mat.settings import get_settings

    a = _pdf(tmp_path / "a.pdf", ["Intro.", "The band gap of BaZrS3 is 1.75 eV."])
    b = _pdf(tmp_path / "b.pdf", ["We find that BaZrS3 has a band gap of 2.40 eV."])
    idx = index_mod.Index.open("t", settings=get_settings(), create=True)
    idx.add([a, b])
    res = CliRunner().invoke(records_cmd, ["--index", "t", "--property", "band_gap", "--material", "BaZrS3", "--json", "--no-tables"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert sorted((r["value"], r["page"]) for r in data["rows"]) == [(1.75, 2), (2.4, 1)]
    assert data["summary"][0]["disagreement"] is True and data["summary"][0]["n_papers"] == 2
    res = CliRunner().invoke(records_cmd, ["--index", "nope", "--property", "band_gap"])
    assert res.exit_code != 0 and "cannot open index" in res.output
