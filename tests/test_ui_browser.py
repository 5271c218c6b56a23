"""The web UI in a real browser (Debian's Chromium via Playwright): upload, index, ask, click a citation.

One server (default MiniLM embedder, so answers are real) and one browser serve the whole module.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from paperqa_mat.samples import SAMPLES, make_pdf
from tests.ui_helpers import ask, browser, needs_chromium, open_app, serve, upload_and_index

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

FACT_PAGE = 3
PAGES = [
    "Magnesium antimonide is an earth-abundant thermoelectric material. We grow Mg3Sb2 nanowire arrays by templated "
    "electrodeposition and measure their transport properties.",
    "Nanowires were deposited into anodic alumina templates with 60 nm pores and annealed at 500 °C in argon. "
    "Transport was measured along the wire axis between 300 and 700 K.",
    "The Seebeck coefficient of the Mg3Sb2 nanowire arrays reaches 412 µV/K at 600 K. The thermal conductivity drops "
    "to 0.6 W/mK, and the figure of merit zT is 1.35.",
    "Nanostructuring is an effective route to high zT in Zintl antimonides.",
]


def _sample(folder: Path, stem: str) -> Path:
    s = next(x for x in SAMPLES if x.filename.startswith(stem))
    return make_pdf(folder / s.filename, s.title, s.authors, s.pages, s.year, s.doi, s.tables)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """A running server with three papers uploaded through the browser: (url, browser, page, status, requests)."""
    tmp = tmp_path_factory.mktemp("ui")
    papers = tmp / "papers"
    mine = make_pdf(papers / "duarte2022_mg3sb2.pdf", "Thermoelectric performance of Mg3Sb2 nanowire arrays",
                    ["Ines Duarte", "Kenji Sato"], PAGES, 2022)
    files = [mine, _sample(papers, "nishimura"), _sample(papers, "moreno")]
    with serve(tmp) as url, browser() as b:
        requests: list[str] = []
        page = open_app(b, url, requests=requests)
        status = upload_and_index(page, files, timeout_ms=180_000)
        yield {"url": url, "browser": b, "page": page, "status": status, "requests": requests, "root": tmp}


def test_upload_indexes_and_lists_papers(app):
    page = app["page"]
    assert "Added 3 paper(s)" in app["status"]
    table = page.locator("#pqm-papers")
    table.get_by_text("Duarte2022", exact=True).wait_for()
    text = table.inner_text()
    for key in ("Duarte2022", "Nishimura2021", "Moreno2020"):
        assert key in text
    assert "Thermoelectric performance of Mg3Sb2 nanowire arrays" in text
    assert "3 paper(s) · 11 pages" in page.locator("#pqm-lib-summary").inner_text()
    stored = sorted(p.name for p in (app["root"] / "indexes" / "default" / "files").iterdir())
    assert stored == ["duarte2022_mg3sb2.pdf", "moreno2020_nickelate.pdf", "nishimura2021_bazrs3.pdf"]


def test_cited_answer_chip_shows_passage_and_opens_pdf_page(app):
    page = app["page"]
    bot = ask(page, "What Seebeck coefficient do the Mg3Sb2 nanowire arrays reach?")
    assert "412" in bot.inner_text()
    chip = bot.locator("a.pqm-chip", has_text="Duarte2022").first
    assert chip.inner_text().strip() == f"Duarte2022 · p. {FACT_PAGE}"
    assert chip.get_attribute("href").endswith(f"/paper/Duarte2022.pdf#page={FACT_PAGE}")
    chip.click()
    panel = page.locator("#pqm-source")
    panel.locator(".pqm-passage").wait_for()
    assert "412 µV/K at 600 K" in panel.locator(".pqm-passage").inner_text().replace("μ", "µ")
    assert panel.locator(".pqm-source-page").inner_text() == f"page {FACT_PAGE}"
    assert panel.locator(".pqm-source-key").inner_text() == "Duarte2022"
    link = panel.locator("a.pqm-open")
    href = link.get_attribute("href")
    assert href.endswith(f"#page={FACT_PAGE}") and f"page {FACT_PAGE}" in link.inner_text()
    pdf = httpx.get(app["url"] + href.split("#")[0], timeout=30)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    img = panel.locator("img.pqm-page-img")
    page.wait_for_function("() => { const i = document.querySelector('#pqm-source img.pqm-page-img');"
                           " return i && i.complete && i.naturalWidth > 100; }")
    assert f"page/{FACT_PAGE}.png" in img.get_attribute("src")


def test_two_sessions_ask_at_once_and_get_their_own_answers(app):
    b, url = app["browser"], app["url"]
    other = open_app(b, url)
    try:
        questions = {app["page"]: "What is the band gap of BaZrS3?",
                     other: "What is the superconducting onset temperature of Nd0.8Sr0.2NiO2 films?"}
        before = {}
        for pg, q in questions.items():
            pg.get_by_role("tab", name="Chat").click()
            pg.locator("#pqm-question textarea").fill(q)
            before[pg] = pg.locator("#pqm-chat [data-testid=bot]").count()
        for pg in questions:  # both requests are in flight together
            pg.locator("#pqm-ask").click()
        answers = {}
        for pg in questions:
            pg.wait_for_function(
                """n => { const a = document.querySelectorAll('#pqm-chat [data-testid=bot]');
                          return a.length > n && a[a.length - 1].querySelector('.pqm-answer'); }""",
                arg=before[pg], timeout=120_000)
            answers[pg] = pg.locator("#pqm-chat [data-testid=bot]").last
        first, second = answers[app["page"]], answers[other]
        assert "1.82 eV" in first.inner_text()
        assert first.locator("a.pqm-chip", has_text="Nishimura2021 · p. 3").count() >= 1
        assert "Moreno2020" not in first.inner_text()
        assert "15 K" in second.inner_text()
        assert second.locator("a.pqm-chip", has_text="Moreno2020 · p. 2").count() >= 1
        assert "Nishimura2021" not in second.inner_text()
        # each session keeps only its own conversation
        assert "Seebeck" not in other.locator("#pqm-chat").inner_text()
        assert "Seebeck" in app["page"].locator("#pqm-chat").inner_text()
    finally:
        other.context.close()


def test_cannot_answer_is_clear_with_closest_passages(app):
    bot = ask(app["page"], "Who won the football world cup in 1998?")
    box = bot.locator(".pqm-cannot")
    assert "Cannot answer from the indexed papers" in box.inner_text()
    assert bot.locator(".pqm-closest li a.pqm-chip").count() >= 1


def test_corrupt_and_encrypted_uploads_are_explained_and_server_keeps_serving(app):
    from pypdf import PdfReader, PdfWriter

    folder = app["root"] / "bad"
    folder.mkdir()
    broken = folder / "broken.pdf"
    broken.write_bytes(b"this is not a pdf at all, just text with a .pdf name")
    plain = make_pdf(folder / "plain.pdf", "A secret paper title", ["A. Author"], ["secret text " * 40])
    writer = PdfWriter()
    for p in PdfReader(plain).pages:
        writer.add_page(p)
    writer.encrypt("pw")
    locked = folder / "locked.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    page = app["page"]
    upload_and_index(page, [broken, locked])
    errors = page.locator("#pqm-upload-errors")
    errors.wait_for()
    text = errors.inner_text()
    assert "2 file(s) could not be added" in text
    assert "broken.pdf: not a PDF file" in text
    assert "locked.pdf: the PDF is encrypted" in text
    assert "Traceback" not in page.content()
    files = {p.name for p in (app["root"] / "indexes" / "default" / "files").iterdir()}
    assert "broken.pdf" not in files and "locked.pdf" not in files
    # still serving: health, the library, and the paper route
    assert httpx.get(app["url"] + "/healthz", timeout=10).status_code == 200
    assert "3 paper(s)" in page.locator("#pqm-lib-summary").inner_text()
    assert httpx.get(app["url"] + "/paper/Duarte2022.pdf", timeout=10).status_code == 200
    assert httpx.get(app["url"] + "/paper/broken.pdf", timeout=10).status_code == 404


def test_nothing_is_fetched_from_other_hosts(app):
    assert app["requests"], "no requests were recorded"
    hosts = {urlparse(u).hostname for u in app["requests"] if urlparse(u).scheme in ("http", "https", "ws", "wss")}
    assert hosts == {"127.0.0.1"}, hosts
