"""Core: ingest edge cases, incremental sync, crash safety, page-accurate citations, CLI, LLM path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperqa_mat.cli import cli
from paperqa_mat.index import IncompatibleIndex, Index, IndexNotFound
from paperqa_mat.ingest import IngestError, parse_file
from paperqa_mat.qa import (
    _ANAPHOR,
    _question_parts,
    _strip_heading,
    clean_citations,
    parse_evidence_reply,
    score_sentences,
)
from paperqa_mat.samples import SAMPLES, make_pdf, write_samples
from paperqa_mat.settings import get_settings
from tests.fake_llm import FakeLLM, last_user_message


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("PQM_CACHE_DIR", str(tmp_path / "cache"))
    return get_settings(index_root=tmp_path / "indexes", embedder="hash", workers=1)


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory):
    """The three sample papers indexed with the real default embedder (MiniLM)."""
    root = tmp_path_factory.mktemp("samples")
    import os

    os.environ["PQM_CACHE_DIR"] = str(root / "cache")
    folder = root / "papers"
    write_samples(folder)
    s = get_settings(index_root=root / "indexes")
    idx = Index.open("s", settings=s, create=True)
    report = idx.add([folder], progress=False)
    assert report.added == 3 and not report.failed
    return idx


# --------------------------------------------------------------------------- ingest
def test_pdf_pages_and_metadata(tmp_path):
    s = SAMPLES[0]
    pdf = make_pdf(tmp_path / s.filename, s.title, s.authors, s.pages, s.year, s.doi)
    doc = parse_file(pdf)
    assert doc.n_pages == 4
    assert "1.82 eV" in doc.pages[2].text and doc.pages[2].number == 3
    assert doc.meta.title.startswith("Optical band gap")
    assert doc.meta.authors[0] == "Kana Nishimura"
    assert doc.meta.doi == s.doi
    assert doc.meta.year == 2021


def test_metadata_from_first_page_without_pdf_info(tmp_path):
    pdf = make_pdf(tmp_path / "x.pdf", "Thermal transport in layered SnSe crystals at high temperature",
                   ["Ada Lovelace", "Alan Turing"], ["Body text about SnSe and phonons."], 2018,
                   set_metadata=False)
    doc = parse_file(pdf)
    assert "SnSe" in doc.meta.title
    assert doc.meta.authors[:1] == ["Ada Lovelace"]
    assert doc.meta.year == 2018


@pytest.mark.parametrize("kind", ["empty", "garbage", "truncated", "image_only", "encrypted", "unsupported"])
def test_bad_inputs_have_clear_reasons(tmp_path, kind):
    p = tmp_path / f"{kind}.pdf"
    if kind == "empty":
        p.write_bytes(b"")
        expect = "empty"
    elif kind == "garbage":
        p.write_bytes(b"this is not a pdf at all")
        expect = "not a PDF"
    elif kind == "truncated":
        good = make_pdf(tmp_path / "good.pdf", "A title long enough", ["A B"], ["text " * 50])
        p.write_bytes(good.read_bytes()[:300])
        expect = "corrupt"
    elif kind == "image_only":
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(p))
        c.rect(100, 100, 200, 200, fill=1)
        c.showPage()
        c.save()
        expect = "OCR"
    elif kind == "encrypted":
        from reportlab.lib import pdfencrypt
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(p), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
        c.drawString(100, 700, "Confidential band gap data")
        c.showPage()
        c.save()
        expect = "encrypted"
    else:
        p = tmp_path / "data.docx"
        p.write_bytes(b"PK\x03\x04")
        expect = "unsupported"
    with pytest.raises(IngestError, match=expect):
        parse_file(p)


def test_text_markdown_html(tmp_path):
    (tmp_path / "a.txt").write_text("Notes on MOF-5\n\nThe BET area of MOF-5 is 3800 m2/g.\fSecond page about ZIF-8.")
    (tmp_path / "b.md").write_text("# Garnet electrolytes\n\nLLZO conducts lithium ions.")
    (tmp_path / "c.html").write_text(
        "<html><head><title>x</title><meta name='citation_title' content='Perovskite stability'>"
        "<meta name='citation_author' content='Jane Roe'><meta name='citation_date' content='2022/01/02'>"
        "<script>var x=1;</script></head><body><p>MAPbI3 degrades in humid air.</p></body></html>")
    a, b, c = (parse_file(tmp_path / n) for n in ("a.txt", "b.md", "c.html"))
    assert [p.number for p in a.pages] == [1, 2] and "ZIF-8" in a.pages[1].text
    assert b.meta.title == "Garnet electrolytes"
    assert c.meta.title == "Perovskite stability" and c.meta.authors == ["Jane Roe"] and c.meta.year == 2022
    assert "var x" not in c.pages[0].text and "MAPbI3" in c.pages[0].text


# --------------------------------------------------------------------------- index / sync
def _papers(tmp_path) -> Path:
    folder = tmp_path / "papers"
    write_samples(folder)
    return folder


def test_incremental_sync_add_skip_update_delete_duplicate(tmp_path, settings):
    folder = _papers(tmp_path)
    idx = Index.open("t", settings=settings, create=True)
    r1 = idx.add([folder], progress=False)
    assert (r1.added, r1.papers, r1.failed) == (3, 3, [])
    keys = {p.key for p in idx.papers()}
    assert {"Nishimura2021", "Moreno2020", "Okafor2019"} == keys

    r2 = idx.add([folder], progress=False)
    assert (r2.added, r2.updated, r2.removed, r2.skipped) == (0, 0, 0, 3)

    shutil.copy(folder / SAMPLES[0].filename, folder / "copy_of_bazrs3.pdf")  # same content twice
    s1 = SAMPLES[1]
    make_pdf(folder / s1.filename, s1.title, s1.authors, [*s1.pages, "A new page: Tc rises to 21 K."], s1.year, s1.doi)
    (folder / SAMPLES[2].filename).unlink()
    r3 = idx.add([folder], progress=False)
    assert (r3.added, r3.updated, r3.removed, r3.skipped) == (0, 1, 1, 2)
    papers = {p.key: p for p in idx.papers()}
    assert set(papers) == {"Nishimura2021", "Moreno2020"}  # updated paper keeps its key
    assert papers["Moreno2020"].n_pages == 4
    assert any("21 K" in h.text for h in idx.search("Tc rises to 21 K", k=3))

    # re-opening from disk gives the same state
    again = Index.open("t", settings=settings)
    assert {p.key for p in again.papers()} == set(papers) and again.n_chunks == idx.n_chunks


def test_key_clash_gets_suffix_and_bad_file_does_not_abort(tmp_path, settings):
    folder = tmp_path / "p"
    for i in range(2):
        make_pdf(folder / f"smith{i}.pdf", f"Different paper number {i} on oxides", ["John Smith"],
                 [f"Unique content {i} about oxide number {i}."], 2020)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    idx = Index.open("k", settings=settings, create=True)
    r = idx.add([folder], progress=False)
    assert r.added == 2 and len(r.failed) == 1 and "broken.pdf" in r.failed[0]["path"]
    assert {p.key for p in idx.papers()} == {"Smith2020", "Smith2020a"}


def test_manifest_overrides_metadata(tmp_path, settings):
    folder = _papers(tmp_path)
    man = tmp_path / "m.csv"
    man.write_text(f"path,doi,title,authors,year\n{SAMPLES[2].filename},10.1/xyz,Custom title,Zed Zhang;Y Li,1999\n")
    idx = Index.open("m", settings=settings.model_copy(update={"manifest": man}), create=True)
    idx.add([folder], progress=False)
    p = next(p for p in idx.papers() if p.doc == SAMPLES[2].filename)
    assert (p.key, p.title, p.doi, p.year) == ("Zhang1999", "Custom title", "10.1/xyz", 1999)


def test_crash_mid_write_leaves_previous_index_usable(tmp_path, settings, monkeypatch):
    folder = _papers(tmp_path)
    idx = Index.open("c", settings=settings, create=True)
    idx.add([folder], progress=False)
    before = {p.key for p in idx.papers()}
    make_pdf(folder / "new.pdf", "A completely new paper on MXenes", ["Mia Wong"], ["Ti3C2 MXene conducts."], 2023)

    from paperqa_mat import retrieve

    def boom(*a, **k):
        raise KeyboardInterrupt  # Ctrl-C in the middle of writing the new snapshot

    monkeypatch.setattr(retrieve.Lexical, "build", classmethod(lambda cls, texts: boom()))
    with pytest.raises(KeyboardInterrupt):
        idx.add([folder], progress=False)
    monkeypatch.undo()
    # a hard kill can also leave a half-written folder behind
    (tmp_path / "indexes" / "c" / ".tmp-snap-999-1").mkdir()
    reopened = Index.open("c", settings=settings)
    assert {p.key for p in reopened.papers()} == before
    assert reopened.search("band gap BaZrS3", k=3)
    r = reopened.add([folder], progress=False)  # resumes: only the new paper is processed
    assert r.added == 1 and "Wong2023" in {p.key for p in reopened.papers()}
    assert not list((tmp_path / "indexes" / "c").glob(".tmp-snap-*"))
    assert len(list((tmp_path / "indexes" / "c").glob("snap-*"))) == 1


def test_incompatible_settings_is_a_clear_error(tmp_path, settings):
    idx = Index.open("i", settings=settings, create=True)
    idx.add([_papers(tmp_path)], progress=False)
    with pytest.raises(IncompatibleIndex, match="embedder"):
        Index.open("i", settings=settings.model_copy(update={"embedder": "minilm"}))
    with pytest.raises(IndexNotFound, match="pqm index"):
        Index.open("nope", settings=settings)


def test_remove_paper(tmp_path, settings):
    idx = Index.open("r", settings=settings, create=True)
    idx.add([_papers(tmp_path)], progress=False)
    rep = idx.remove(["Moreno2020"])
    assert rep.removed == 1 and {p.key for p in idx.papers()} == {"Nishimura2021", "Okafor2019"}
    assert all(h.key != "Moreno2020" for h in idx.search("nickelate superconducting Tc", k=10))


# --------------------------------------------------------------------------- answers (real MiniLM)
def test_answer_cites_the_right_page(sample_index):
    ans = sample_index.ask("What is the band gap of BaZrS3?")
    assert not ans.cannot_answer and ans.mode == "extractive"
    assert "1.82 eV" in ans.answer
    cite = next(c for c in ans.citations if "1.82" in c.text)
    assert (cite.key, cite.pages) == ("Nishimura2021", [3])
    assert "(Nishimura2021 page 3)" in ans.answer
    assert ans.references[0]["key"] == "Nishimura2021" and ans.references[0]["doi"] == SAMPLES[0].doi

    tc = sample_index.ask("What onset Tc was measured for the nickelate films at ambient pressure?")
    assert "15 K" in tc.answer and any(c.key == "Moreno2020" and c.pages == [2] for c in tc.citations)


def test_every_cited_label_is_in_citations(sample_index):
    ans = sample_index.ask("What ionic conductivity does Ta-doped LLZO reach at 25 °C?")
    assert "0.8 mS/cm" in ans.answer
    for c in ans.citations:
        assert f"({c.key} page" in ans.answer
        assert c.pages and all(1 <= p <= sample_index.paper(c.key).n_pages for p in c.pages)


def test_cannot_answer_when_papers_are_silent(sample_index):
    ans = sample_index.ask("What Curie temperature does the monolayer ferromagnet CrI3 have?")
    assert ans.cannot_answer
    assert ans.answer.startswith("I cannot answer")
    assert ans.citations  # the closest passages are listed


def test_search_hits_have_real_pages(sample_index):
    hits = sample_index.search("lattice parameters of orthorhombic BaZrS3", k=5)
    assert hits[0].key == "Nishimura2021" and 2 in hits[0].pages
    assert hits[0].to_json().keys() == {"key", "doc", "title", "pages", "score", "text"}


# --------------------------------------------------------------------------- CLI
def test_cli_index_search_ask_json(tmp_path, monkeypatch):
    monkeypatch.setenv("PQM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PQM_INDEX_ROOT", str(tmp_path / "indexes"))
    monkeypatch.setenv("PQM_EMBEDDER", "hash")
    folder = _papers(tmp_path)
    (folder / "bad.pdf").write_bytes(b"garbage")
    runner = CliRunner()
    r = runner.invoke(cli, ["index", str(folder), "--json"])
    assert r.exit_code == 1  # one file failed
    summary = json.loads(r.stdout)
    assert summary["added"] == 3 and summary["papers"] == 3 and summary["failed"][0]["path"].endswith("bad.pdf")
    assert set(summary) == {"added", "updated", "removed", "skipped", "failed", "papers", "chunks"}

    r = runner.invoke(cli, ["search", "garnet ionic conductivity", "--json", "-k", "3"])
    assert r.exit_code == 0, r.output
    hits = json.loads(r.stdout)
    assert hits[0]["key"] == "Okafor2019" and hits[0]["pages"]

    r = runner.invoke(cli, ["ask", "What ionic conductivity does the garnet reach?", "--json", "--mode", "extractive"])
    assert r.exit_code == 0, r.output
    ans = json.loads(r.stdout)
    assert set(ans) == {"question", "answer", "cannot_answer", "citations", "references", "mode"}
    for c in ans["citations"]:
        assert c["key"] in ans["answer"] and c["pages"]

    r = runner.invoke(cli, ["ask", "   "])
    assert r.exit_code != 0 and "empty" in r.output
    r = runner.invoke(cli, ["ask", "anything", "--index", "missing"])
    assert r.exit_code != 0 and "pqm index" in r.output


# --------------------------------------------------------------------------- LLM path
def test_evidence_parser_is_robust():
    assert parse_evidence_reply('{"summary": "gap 1.8 eV", "relevance_score": 8}') == ("gap 1.8 eV", 8)
    assert parse_evidence_reply('```json\n{"summary": "x", "relevance_score": "7"}\n```') == ("x", 7)
    assert parse_evidence_reply("The gap is 1.8 eV. Relevance score: 9/10")[1] == 9
    assert parse_evidence_reply("nonsense") == ("nonsense", 0)
    assert parse_evidence_reply('{"summary": "y", "relevance_score": 42}')[1] == 10


def test_llm_answer_strips_invented_citations(tmp_path, settings):
    idx = Index.open("l", settings=settings, create=True)
    idx.add([_papers(tmp_path)], progress=False)

    def handler(req):
        user = last_user_message(req)
        if "Excerpt from" in user:
            if "1.82" in user:
                return '{"summary": "BaZrS3 has a direct band gap of 1.82 eV (Tauc).", "relevance_score": 9}'
            return "I think this is not relevant. score: 1"
        assert "Nishimura2021 page" in user  # evidence labels are passed to the answer step
        return ("BaZrS3 has a direct gap of 1.82 eV (Nishimura2021 pages 3-4), confirmed elsewhere "
                "(Fake2099 pages 1-2; Nishimura2021 page 9).")

    with FakeLLM(handler) as llm:
        s = settings.model_copy(update={"llm_base_url": llm.url})
        ans = Index.open("l", settings=s).ask("What is the band gap of BaZrS3?")
    assert ans.mode == "llm" and not ans.cannot_answer
    assert "Fake2099" not in ans.answer and "1.82 eV" in ans.answer
    assert ans.citations and all(c.key == "Nishimura2021" for c in ans.citations)
    for c in ans.citations:
        assert 3 in c.pages and c.text


def test_llm_cannot_answer_and_unreachable_fallback(tmp_path, settings):
    idx = Index.open("u", settings=settings, create=True)
    idx.add([_papers(tmp_path)], progress=False)
    with FakeLLM(lambda req: '{"summary": "", "relevance_score": 0}') as llm:
        ans = Index.open("u", settings=settings.model_copy(update={"llm_base_url": llm.url})).ask("Curie point?")
    assert ans.cannot_answer and ans.mode == "llm"

    dead = settings.model_copy(update={"llm_base_url": "http://127.0.0.1:9/v1", "llm_timeout": 2})
    ans = Index.open("u", settings=dead).ask("What is the band gap of BaZrS3?")
    assert ans.mode == "extractive" and any("unreachable" in n for n in ans.notes)
    from paperqa_mat.llm import LLMError

    with pytest.raises(LLMError, match="unreachable"):
        Index.open("u", settings=dead.model_copy(update={"llm_fallback": "error"})).ask("band gap?")


def test_clean_citations_keeps_plain_parentheses():
    from paperqa_mat.index import Hit
    from paperqa_mat.qa import Evidence

    ev = [Evidence(Hit(0, "Lee2019", "lee.pdf", "t", [2, 3], 1.0, "text"), "sum", 8)]
    text, cites = clean_citations("Gap (indirect) is 2 eV (Lee2019 pages 2-3) (Wu2001 page 1).", ev)
    assert text == "Gap (indirect) is 2 eV (Lee2019 pages 2-3)." and [c.key for c in cites] == ["Lee2019"]


def test_crossref_lookup_only_when_enabled(tmp_path, settings):
    """Metadata lookup goes to Crossref only when enabled (here a local stand-in server)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    calls = []

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            calls.append(self.path)
            body = json.dumps({"message": {"title": ["Crossref title"], "author": [{"given": "Ann", "family": "Lee"}],
                                           "issued": {"date-parts": [[2011, 5]]}}}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    folder = tmp_path / "p"
    s0 = SAMPLES[0]
    make_pdf(folder / "a.pdf", s0.title, s0.authors, s0.pages[:1], s0.year, s0.doi)
    try:
        idx = Index.open("off", settings=settings.model_copy(update={"crossref_url": url}), create=True)
        idx.add([folder], progress=False)
        assert calls == [] and idx.papers()[0].key == "Nishimura2021"
        on = settings.model_copy(update={"crossref_url": url, "online_metadata": True})
        idx = Index.open("on", settings=on, create=True)
        idx.add([folder], progress=False)
        assert calls == [f"/works/{s0.doi}"]
        p = idx.papers()[0]
        assert (p.key, p.title, p.year) == ("Lee2011", "Crossref title", 2011)
    finally:
        srv.shutdown()


def _best(question: str, texts: list[str]) -> str:
    scores = score_sentences(question, texts, idf=lambda t: 1.0)
    return texts[max(range(len(texts)), key=lambda i: scores[i].score)]


def test_sentence_scoring_prefers_the_asked_value_over_a_restatement():
    q = "What 28-day flexural strength did the concrete with 30% fly ash reach?"
    restates = "The 28-day flexural strength of concrete with 30% fly ash was studied in this work."
    value = "After 28 days the mix with 30% fly ash reached 5.1 MPa in bending."
    assert _best(q, [restates, value]) == value
    s = score_sentences(q, [restates, value], idf=lambda t: 1.0)
    assert s[1].answer_type > 0 > s[0].answer_type  # a new quantity in the asked unit vs. none
    # a temperature question wants a temperature, not just any number
    q2 = "At what temperature is the micelle formation rate of the P-85 solution highest?"
    conc = "Micelle formation in the P-85 solution was followed over the concentration range from 0.5% to 30%."
    temp = "In this solution the formation rate is highest at 29 °C."
    assert _best(q2, [conc, temp]) == temp


def test_sentence_scoring_prefers_a_new_name_next_to_the_asked_noun():
    q = "Which public Boltzmann code was used to compute the CMB power spectra?"
    framing = "We want to investigate the CMB power spectra computed for a Boltzmann model of dark matter."
    named = "All the analysis was done using the public code CMBFAST."
    assert _best(q, [framing, named]) == named


def test_sentence_scoring_penalises_boilerplate():
    q = "What compressive strength did fly ash concrete reach?"
    keywords = "Keywords Fly Ash Concrete, Compressive Strength, Flexural Strength 1"
    title = "Compressive and Flexural Strengths for Considerable Volume Fly-Ash Concrete 22"
    prose = "The fly ash concrete reached a compressive strength of 30.9 MPa after 28 days."
    s = score_sentences(q, [keywords, title, prose], idf=lambda t: 1.0,
                        titles=["Compressive and Flexural Strengths for Considerable Volume Fly-Ash Concrete"] * 3)
    assert s[0].boiler > 0 and s[1].boiler > 0 and s[2].boiler == 0
    assert s[2].score > max(s[0].score, s[1].score)


def test_question_parts_and_anaphora():
    parts = _question_parts("What specimen size was used for the tests, and what strength did the 30% mix reach?")
    assert parts == ["What specimen size was used for the tests", "what strength did the 30% mix reach?"]
    assert _question_parts("What is the band gap of BaZrS3 and BaHfS3?") == ["What is the band gap of BaZrS3 and BaHfS3?"]
    assert _ANAPHOR.match("Nevertheless, this species showed the strongest reaction to the dust.")
    assert not _ANAPHOR.match("Isochrysis galbana showed the strongest reaction to the dust.")


def test_section_heading_is_stripped_from_the_first_sentence():
    s = "3.2 Effect of cement dust on growth rate The first experiment used 20 and 40 times the nominal dust level."
    assert _strip_heading(s).startswith("The first experiment")
    assert _strip_heading("CONCLUSIONS A universe dominated by bosonic dark matter could be possible.").startswith("A ")
    plain = "Isochrysis galbana showed the strongest reaction to the cement dust in both experiments."
    assert _strip_heading(plain) == plain
