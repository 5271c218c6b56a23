"""Sample papers (written here, fictional) for the demo and tests, rendered as real PDFs with reportlab."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SamplePaper:
    filename: str
    title: str
    authors: list[str]
    year: int
    doi: str
    pages: list[str]  # paragraphs separated by blank lines; one string per PDF page
    tables: dict[int, tuple[str, list[list[str]]]] = field(default_factory=dict)  # page -> (caption, rows)


def make_pdf(path: str | Path, title: str, authors: list[str], pages: list[str], year: int | None = None,
             doi: str | None = None, tables: dict[int, tuple[str, list[list[str]]]] | None = None,
             set_metadata: bool = True) -> Path:
    """Write a multi-page PDF with a text layer: title block on page 1, one string per page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title if set_metadata else "",
                            author=", ".join(authors) if set_metadata else "")
    story = [Paragraph(title, styles["Title"]), Paragraph(", ".join(authors), styles["Normal"])]
    if doi or year:
        story.append(Paragraph(" ".join(x for x in (f"doi:{doi}" if doi else "", f"({year})" if year else "") if x),
                               styles["Italic"]))
    story.append(Spacer(1, 12))
    for i, text in enumerate(pages, 1):
        if i > 1:
            story.append(PageBreak())
        for para in text.strip().split("\n\n"):
            story.append(Paragraph(para.strip().replace("\n", " "), styles["BodyText"]))
            story.append(Spacer(1, 6))
        if tables and i in tables:
            caption, rows = tables[i]
            story.append(Paragraph(caption, styles["Normal"]))
            t = Table(rows)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
    doc.build(story)
    return path


SAMPLES = [
    SamplePaper(
        "nishimura2021_bazrs3.pdf",
        "Optical band gap and photoluminescence of chalcogenide perovskite BaZrS3 thin films",
        ["Kana Nishimura", "Rahul Mehta", "Elena Petrova"], 2021, "10.5555/pqm.demo.2021.001",
        [
            """Chalcogenide perovskites are stable, non-toxic alternatives to lead halide perovskites for
            photovoltaics. Among them BaZrS3 crystallises in the distorted GdFeO3-type structure (space group Pnma)
            and absorbs strongly in the visible range.

            In this work we grow BaZrS3 thin films by sulfurisation of BaZrO3 precursor films and study their
            optical properties by absorption and photoluminescence spectroscopy.""",
            """Films were deposited by pulsed laser deposition on quartz substrates and annealed in CS2 vapour at
            1000 °C for 4 h. X-ray diffraction confirmed phase-pure orthorhombic BaZrS3 with lattice parameters
            a = 7.06 Å, b = 9.98 Å and c = 7.03 Å.

            Absorption spectra were recorded from 300 to 1100 nm and photoluminescence was excited at 532 nm.""",
            """Tauc analysis of the absorption spectra gives a direct band gap of 1.82 eV for BaZrS3 at room
            temperature, and the photoluminescence peak is centred at 1.78 eV. The absorption coefficient exceeds
            1e5 cm-1 above 2.0 eV.

            Alloying with titanium lowers the gap: Ba(Zr0.9Ti0.1)S3 shows a band gap of 1.62 eV.""",
            """In conclusion, BaZrS3 films have a band gap close to the optimum for single-junction solar cells,
            and the small Stokes shift indicates few deep defects.""",
        ],
        {3: ("Table 1. Optical band gaps of the films.", [["Material", "Band gap (eV)", "Method"],
                                                           ["BaZrS3", "1.82", "Tauc"],
                                                           ["Ba(Zr0.9Ti0.1)S3", "1.62", "Tauc"]])},
    ),
    SamplePaper(
        "moreno2020_nickelate.pdf",
        "Superconductivity in infinite-layer nickelate thin films under strain",
        ["Lucia Moreno", "Tobias Keller"], 2020, "10.5555/pqm.demo.2020.002",
        [
            """Infinite-layer nickelates are structural analogues of the cuprate superconductors. We report
            transport measurements on Nd0.8Sr0.2NiO2 thin films grown on SrTiO3 substrates.""",
            """Resistivity measurements show a superconducting transition with an onset Tc of 15 K and zero
            resistance below 9 K at ambient pressure. Compressive strain raises the onset Tc to 18 K.

            The upper critical field extrapolates to about 30 T.""",
            """Hall measurements indicate a sign change of the dominant carriers near 50 K, consistent with
            multiband transport.""",
        ],
    ),
    SamplePaper(
        "okafor2019_llzo.pdf",
        "Lithium-ion conductivity of Ta-doped garnet Li7La3Zr2O12 solid electrolytes",
        ["Chidi Okafor", "Mei Lin"], 2019, "10.5555/pqm.demo.2019.003",
        [
            """Garnet-type Li7La3Zr2O12 (LLZO) is a promising solid electrolyte for lithium metal batteries. We
            stabilise the cubic phase by tantalum doping.""",
            """Pellets of Li6.4La3Zr1.4Ta0.6O12 were sintered at 1150 °C and reach 96% relative density. Impedance
            spectroscopy gives a total ionic conductivity of 0.8 mS/cm at 25 °C with an activation energy of
            0.35 eV.

            The electronic conductivity is below 1e-8 S/cm, so the material is an electronic insulator.""",
            """Symmetric Li cells cycle stably at 0.5 mA/cm2 for 500 h.""",
        ],
    ),
]


def write_samples(folder: str | Path) -> list[Path]:
    """Write the sample PDFs into ``folder`` (idempotent: existing files are kept)."""
    folder = Path(folder)
    out = []
    for s in SAMPLES:
        p = folder / s.filename
        if not p.exists():
            make_pdf(p, s.title, s.authors, s.pages, s.year, s.doi, s.tables)
        out.append(p)
    return out
