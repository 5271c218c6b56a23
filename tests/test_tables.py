"""Table extraction: synthetic PDFs with known cells (ruled + borderless), error paths, CLI, numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperqa_mat.extract.normalize import (
    convert,
    normalize_text,
    normalize_unit,
    parse_number,
    parse_quantity,
)
from paperqa_mat.extract.tables import Table, TableExtractionError, extract_tables
from paperqa_mat.extract.tables_cli import tables_cmd

PROSE = (
    "Perovskite oxides are studied for their ferroelectric and catalytic properties. In this work we report "
    "lattice parameters and band gaps measured on thin films grown by pulsed laser deposition on SrTiO3 "
    "substrates, and we compare them with density functional theory calculations."
)

RULED_HEADER = ["Compound", "a (Å)", "Eg (eV)", "dH (eV/atom)"]
RULED_BODY = [
    ["BaTiO3", "3.992(2)", "3.2 ± 0.1", "−1.52"],
    ["SrTiO3", "3.905(1)", "3.25", "−1.68"],
    ["CaTiO3", "3.84(3)", "3.5", "−1.71"],
]
BORDERLESS_HEADER = ["Material", "Tc (K)", "R (mOhm cm)", "Method"]
BORDERLESS_BODY = [
    ["MgB2", "39.0(5)", "0.38", "arc melting"],
    ["Nb3Sn", "18.3", "−0.12", "sputtering"],
    ["NbTi", "9.8", "1.7 ± 0.2", "cold drawn"],
    ["YBCO", "92", "140", "sol gel"],
]


def _font() -> str:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
    return "Vera"


def _prose(c, font: str, x: float, y: float, width: float = 450) -> float:
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(PROSE, font, 10, width):
        c.drawString(x, y, line)
        y -= 13
    return y


def make_tables_pdf(path: Path) -> Path:
    """Page 1: prose, caption, ruled table. Page 2: caption, borderless table, prose."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    y = _prose(c, font, 72, 780)
    c.drawString(72, y - 20, "Table 1. Lattice parameters and formation energies of titanates.")
    top = y - 40
    xs = [72, 170, 260, 350, 470]
    rows = [RULED_HEADER, *RULED_BODY]
    h = 18
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c.drawString(xs[j] + 4, top - (i + 1) * h + 5, cell)
    for i in range(len(rows) + 1):
        c.line(xs[0], top - i * h, xs[-1], top - i * h)
    for x in xs:
        c.line(x, top, x, top - len(rows) * h)
    c.showPage()
    c.setFont(font, 10)
    c.drawString(72, 790, "Table 2: Superconducting transition temperatures of selected compounds")
    xs = [72, 170, 250, 350]
    y = 760
    for row in [BORDERLESS_HEADER, *BORDERLESS_BODY]:
        for j, cell in enumerate(row):
            c.drawString(xs[j], y, cell)
        y -= 14
    _prose(c, font, 72, y - 30)
    c.showPage()
    c.save()
    return path


def make_prose_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    y = _prose(c, font, 72, 780)
    _prose(c, font, 72, y - 20)
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def tables_pdf(tmp_path_factory) -> Path:
    return make_tables_pdf(tmp_path_factory.mktemp("tables") / "films.pdf")


@pytest.fixture(scope="module")
def tables(tables_pdf) -> list[Table]:
    return extract_tables(tables_pdf)


def _norm(rows: list[list[str]]) -> list[list[str]]:
    return [[normalize_text(c) for c in r] for r in rows]


def test_finds_both_tables_with_pages_and_captions(tables):
    assert [(t.page, t.table_no) for t in tables] == [(1, 1), (2, 2)]
    assert tables[0].caption.startswith("Table 1. Lattice parameters")
    assert tables[1].caption.startswith("Table 2: Superconducting")
    assert tables[0].method == "ruled"
    assert tables[1].method == "text"


def test_ruled_table_cells(tables):
    t = tables[0]
    assert t.rows == _norm([RULED_HEADER, *RULED_BODY])
    assert t.header_rows == 1
    assert t.rows[1][3] == "-1.52"  # unicode minus normalised


def test_borderless_table_cells(tables):
    t = tables[1]
    assert t.rows == _norm([BORDERLESS_HEADER, *BORDERLESS_BODY])
    assert t.header_rows == 1
    assert (t.n_rows, t.n_cols) == (5, 4)


def test_cell_values_with_uncertainty(tables):
    vals = tables[0].values()
    assert vals[1][1] == pytest.approx((3.992, 0.002))
    assert vals[1][2] == pytest.approx((3.2, 0.1))
    assert vals[2][3] == (-1.68, None)
    assert vals[0][0] is None
    assert tables[1].values()[1][1] == pytest.approx((39.0, 0.5))


def test_to_csv_and_dict_roundtrip(tables):
    import csv
    import io

    t = tables[1]
    assert list(csv.reader(io.StringIO(t.to_csv()))) == t.rows
    d = t.to_dict()
    assert {k: d[k] for k in ("doc", "page", "table_no", "n_rows", "n_cols")} == {
        "doc": "films.pdf", "page": 2, "table_no": 2, "n_rows": 5, "n_cols": 4}
    assert json.loads(json.dumps(d))["rows"] == t.rows


def test_pdf_without_tables_returns_empty(tmp_path):
    assert extract_tables(make_prose_pdf(tmp_path / "prose.pdf")) == []


def test_corrupt_pdf_raises_clear_error(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(TableExtractionError, match="broken.pdf: not a readable PDF"):
        extract_tables(bad)


def test_scanned_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(TableExtractionError, match="no text layer"):
        extract_tables(path)


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.drawString(72, 700, "confidential")
    c.showPage()
    c.save()
    with pytest.raises(TableExtractionError, match="encrypted"):
        extract_tables(path)


def test_cli_json_index_and_batch_errors(tables_pdf, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    prose = make_prose_pdf(tmp_path / "prose.pdf")
    out = tmp_path / "out"
    res = CliRunner().invoke(tables_cmd, [str(tables_pdf), str(bad), str(prose), "--out", str(out), "--json"])
    assert res.exit_code == 1  # one file failed, the others were still processed
    assert "bad.pdf" in res.output
    assert "prose.pdf: no tables found" in res.output
    index = json.loads((out / "index.json").read_text())
    assert [(e["doc"], e["page"], e["table_no"], e["n_rows"], e["n_cols"]) for e in index] == [
        ("films.pdf", 1, 1, 4, 4), ("films.pdf", 2, 2, 5, 4)]
    assert set(index[0]) == {"doc", "page", "table_no", "caption", "n_rows", "n_cols", "path"}
    assert index[1]["caption"].startswith("Table 2")
    first_csv = Path(index[0]["path"]).read_text(encoding="utf-8")
    assert first_csv.splitlines()[0] == "Compound,a (Å),Eg (eV),dH (eV/atom)"


def test_cli_ok_exit_and_json_format(tables_pdf, tmp_path):
    out = tmp_path / "o"
    res = CliRunner().invoke(tables_cmd, [str(tables_pdf), "--out", str(out), "--format", "json"])
    assert res.exit_code == 0, res.output
    files = sorted(out.glob("*.json"))
    assert [f.name for f in files] == ["films_p1_t1.json", "films_p2_t2.json", "index.json"]
    assert json.loads(files[1].read_text())["rows"][1][0] == "MgB2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.37(2)", (3.37, 0.02)),
        ("−1.5", (-1.5, None)),
        ("2.1 ± 0.1", (2.1, 0.1)),
        ("2.1 +/- 0.1", (2.1, 0.1)),
        ("12.345(15)", (12.345, 0.015)),
        ("1.2×10⁻³", (0.0012, None)),
        ("100 000", (100000.0, None)),
        ("12,345", (12345.0, None)),
        ("abc", None),
        ("-", None),
        ("3.4 eV", None),
    ],
)
def test_parse_number(text, expected):
    got = parse_number(text)
    if expected is None:
        assert got is None
    else:
        assert got[0] == pytest.approx(expected[0])
        assert (got[1] is None) == (expected[1] is None)
        if expected[1] is not None:
            assert got[1] == pytest.approx(expected[1])


def test_quantities_units_text():
    q = parse_quantity("~2.1 ± 0.1 eV")
    assert (q.value, q.uncertainty, q.unit, q.qualifier) == (2.1, 0.1, "eV", "~")
    assert parse_quantity("3.37(2) Å").unit == "Å"
    assert parse_quantity("< 5 meV/atom").qualifier == "<"
    assert parse_quantity("no number") is None
    assert normalize_unit("cm-1") == "cm^-1"
    assert normalize_unit("° C") == "°C"
    assert convert(25, "°C", "K") == pytest.approx(298.15)
    assert convert(1, "eV", "K") is None
    assert normalize_text("cm⁻¹ H₂O ﬁeld") == "cm^-1 H2O field"
    assert normalize_text("1–5") == "1–5"  # a range dash is not a minus


def test_table_in_known_region(tables_pdf, tables):
    from paperqa_mat.extract.tables import table_in_region

    t = table_in_region(tables_pdf, 2, tables[1].bbox)
    assert t.rows == tables[1].rows
    assert table_in_region(tables_pdf, 1, tables[0].bbox).method == "ruled"


def test_superscripts_and_subscripts_in_cells(tmp_path):
    from reportlab.pdfgen import canvas

    font = _font()
    path = tmp_path / "scripts.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(font, 10)
    c.drawString(72, 760, "Table 3. Conductivity of electrolytes")
    rows = [("Electrolyte", "Cond. (S cm", "−1", ")"), ("Li", "2.1", "", ""), ("Na", "0.8", "", ""), ("K", "0.4", "", "")]
    y = 730
    for name, val, sup, tail in rows:
        c.setFont(font, 10)
        if name != "Li":
            c.drawString(72, y, name)
        else:  # a subscript in the label: Li2S
            c.drawString(72, y, "Li")
            c.setFont(font, 7)
            c.drawString(72 + c.stringWidth("Li", font, 10), y - 2, "2")
            c.setFont(font, 10)
            c.drawString(72 + c.stringWidth("Li", font, 10) + c.stringWidth("2", font, 7), y, "S")
        c.drawString(200, y, val)
        if sup:
            x = 200 + c.stringWidth(val, font, 10)
            c.setFont(font, 7)
            c.drawString(x, y + 4, sup)
            c.setFont(font, 10)
            c.drawString(x + c.stringWidth(sup, font, 7), y, tail)
        y -= 16
    c.showPage()
    c.save()
    (t,) = extract_tables(path)
    assert t.caption.startswith("Table 3.")
    assert t.rows[0] == ["Electrolyte", "Cond. (S cm^-1)"]
    assert [r[0] for r in t.rows[1:]] == ["Li2S", "Na", "K"]
    assert t.values()[1][1] == (2.1, None)


def test_captions_below_tables_are_not_shared(tmp_path):
    from reportlab.pdfgen import canvas

    font = _font()
    path = tmp_path / "below.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(font, 10)
    y = 760
    for no, rows in ((1, [("Sample", "Tc (K)"), ("A1", "12.5"), ("A2", "13.1"), ("A3", "9.7")]),
                     (2, [("Sample", "Eg (eV)"), ("B1", "1.12"), ("B2", "0.67"), ("B3", "2.3")])):
        for name, val in rows:
            c.drawString(90, y, name)
            c.drawString(250, y, val)
            y -= 14
        c.drawString(90, y - 6, f"Table {no}: {'Transition temperatures' if no == 1 else 'Band gaps'} of the samples.")
        y -= 40
    c.showPage()
    c.save()
    tables = extract_tables(path)
    assert [t.caption for t in tables] == [
        "Table 1: Transition temperatures of the samples.", "Table 2: Band gaps of the samples."]
    assert [t.rows[1] for t in tables] == [["A1", "12.5"], ["B1", "1.12"]]
