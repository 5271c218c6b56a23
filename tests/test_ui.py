"""Web UI without a browser: upload sanitising, the paper route, --host/--auth, tab discovery, rendering."""

from __future__ import annotations

import logging
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from paperqa_mat.app import render
from paperqa_mat.app.server import check_bind, is_loopback, parse_auth
from paperqa_mat.app.state import AppState
from paperqa_mat.app.uploads import UploadError, sanitize_filename, store_upload

from paperqa_mat.samples import SAMPLES, make_pdf
from paperqa_mat.settings import get_settings


@pytest.fixture
def state(tmp_path, monkeypatch):
    monkeypatch.setenv("PQM_CACHE_DIR", str(tmp_path / "cache"))
    return AppState(get_settings(index_root=tmp_path / "indexes", embedder="hash", workers=1), index_name="t")


def _pdf(folder: Path, i: int = 0) -> Path:
    s = SAMPLES[i]
    return make_pdf(folder / s.filename, s.title, s.authors, s.pages, s.year, s.doi)


# --------------------------------------------------------------------------- uploads
@pytest.mark.parametrize("raw, safe", [
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
    ("/abs/path/paper.PDF", "paper.pdf"),
    (".hidden.pdf", "hidden.pdf"),
    ("my paper (final) v2.pdf", "my_paper_final_v2.pdf"),
    ("..", "upload"),
    ("", "upload"),
    ("a\x00b.pdf", "ab.pdf"),
    ("Ünïcödé–name.md", "Unicode_name.md"),
])
def test_sanitize_filename(raw, safe):
    out = sanitize_filename(raw)
    assert out == safe
    assert "/" not in out and "\\" not in out and not out.startswith(".") and ".." not in out.split(".")[0]


def test_sanitize_filename_long_and_odd_names():
    out = sanitize_filename("x" * 500 + ".pdf")
    assert out.endswith(".pdf") and len(out) <= 120
    assert sanitize_filename("héllo wörld.pdf") == "hello_world.pdf"
    assert sanitize_filename("paper.tar.PDF ") == "paper.tar.pdf"


def test_store_upload_refuses_bad_types_sizes_and_stays_in_folder(tmp_path):
    files = tmp_path / "idx" / "files"
    src = tmp_path / "src"
    src.mkdir()
    for name in ("model.pkl", "run.py", "x.exe", "noext"):
        (src / name).write_bytes(b"data")
        with pytest.raises(UploadError, match="not accepted"):
            store_upload(src / name, name, files, max_mb=1)
    (src / "empty.pdf").write_bytes(b"")
    with pytest.raises(UploadError, match="empty"):
        store_upload(src / "empty.pdf", "empty.pdf", files, max_mb=1)
    (src / "big.pdf").write_bytes(b"%PDF" + b"0" * 2_000_000)
    with pytest.raises(UploadError, match="too large"):
        store_upload(src / "big.pdf", "big.pdf", files, max_mb=1)
    (src / "ok.pdf").write_bytes(b"%PDF-1.4 first")
    stored = store_upload(src / "ok.pdf", "../../../../evil/../ok.pdf", files, max_mb=1)
    assert stored.path == (files / "ok.pdf").resolve() and stored.path.read_bytes() == b"%PDF-1.4 first"
    again = store_upload(src / "ok.pdf", "ok.pdf", files, max_mb=1)
    assert again.reused and again.path == stored.path
    (src / "ok2.pdf").write_bytes(b"%PDF-1.4 different")
    other = store_upload(src / "ok2.pdf", "ok.pdf", files, max_mb=1)
    assert other.path.name == "ok-2.pdf" and not other.reused
    assert sorted(p.name for p in files.iterdir()) == ["ok-2.pdf", "ok.pdf"]
    assert not (tmp_path / "evil").exists()


# --------------------------------------------------------------------------- library handlers
def test_index_uploads_reports_bad_files_in_plain_words(state, tmp_path):
    from paperqa_mat.app.tabs import library

    good = _pdf(tmp_path / "in")
    bad = tmp_path / "in" / "notes.pdf"
    bad.write_bytes(b"hello, not a pdf")
    evil = tmp_path / "in" / "payload.pkl"
    evil.write_bytes(b"\x80\x04K\x01.")
    seen: list[float] = []
    html, rows = library.index_uploads(state, [str(good), str(bad), str(evil)],
                                       progress=lambda f, desc="": seen.append(f))
    assert [r[0] for r in rows] == ["Nishimura2021"]
    assert rows[0][3] == 4 and rows[0][4] >= 1
    assert "notes.pdf: not a PDF file" in html and "payload.pkl: this file type is not accepted" in html
    assert "2 file(s) could not be added" in html and "Added 1 paper(s)" in html
    assert sorted(p.name for p in state.files_dir.iterdir()) == [good.name]  # the failed PDF is not kept
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)

    html2, rows2 = library.remove(state, ["Nishimura2021"])
    assert "Removed Nishimura2021" in html2 and rows2 == []
    assert list(state.files_dir.iterdir()) == []  # the stored upload is deleted with the paper
    html3, _ = library.remove(state, ["Nope2000"])
    assert "Nope2000" in html3 and "pqm-status-err" in html3


def test_readers_keep_working_while_index_is_replaced(state, tmp_path):
    first = _pdf(tmp_path / "a", 0)
    state.add_files([first])
    old = state.index()
    assert old.search("band gap BaZrS3", k=1)
    state.add_files([_pdf(tmp_path / "b", 1)])
    new = state.index()
    assert new is not old and len(new.papers()) == 2
    # the old object (held by an answer in flight) still answers after its snapshot was replaced
    assert old.search("band gap BaZrS3", k=1)[0].key == "Nishimura2021"


def test_papers_indexed_by_another_process_show_up(state, tmp_path):
    from paperqa_mat.app.tabs import library

    from paperqa_mat.index import Index

    state.add_files([_pdf(tmp_path / "a", 0)])
    assert [r[0] for r in library.paper_rows(state)] == ["Nishimura2021"]
    Index.open(state.index_dir, settings=state.settings).add([_pdf(tmp_path / "b", 1)], progress=False)  # "pqm index"
    assert [r[0] for r in library.paper_rows(state)] == ["Nishimura2021"]  # no reload without asking
    assert sorted(r[0] for r in library.paper_rows(state, reload=True)) == ["Moreno2020", "Nishimura2021"]
    assert not state.reload_if_changed()


# --------------------------------------------------------------------------- server routes
@pytest.fixture
def client(state, tmp_path):
    import gradio as gr
    from fastapi.testclient import TestClient
    from paperqa_mat.app.server import create_app

    state.add_files([_pdf(tmp_path / "p", 0)])
    with gr.Blocks() as blocks:
        gr.Markdown("test")
    app = create_app(state, blocks=blocks)
    with TestClient(app) as c:
        yield c


def test_paper_route_serves_only_indexed_keys(client, tmp_path):
    r = client.get("/paper/Nishimura2021.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf" and r.content[:4] == b"%PDF"
    (tmp_path / "secret.pdf").write_bytes(b"%PDF secret")
    for bad in ("/paper/Unknown2000.pdf", "/paper/Nishimura2021.txt", "/paper/Nishimura2021",
                "/paper/..%2F..%2Fsecret.pdf", "/paper/%2E%2E.pdf", "/paper/../secret.pdf",
                "/paper/Nishimura2021.pdf%00.txt", "/paper/.pdf", "/paper/nishimura2021_bazrs3.pdf"):
        resp = client.get(bad)
        assert resp.status_code == 404, bad
        assert b"secret" not in resp.content
    png = client.get("/paper/Nishimura2021/page/3.png")
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/paper/Nishimura2021/page/99.png").status_code == 404
    assert client.get("/paper/Unknown2000/page/1.png").status_code == 404


def test_paper_route_needs_login_when_auth_is_set(state, tmp_path):
    import gradio as gr
    from fastapi.testclient import TestClient
    from paperqa_mat.app.server import create_app

    state.add_files([_pdf(tmp_path / "p", 0)])
    with gr.Blocks() as blocks:
        gr.Markdown("test")
    with TestClient(create_app(state, auth=("ana", "s3cret"), blocks=blocks)) as c:
        assert c.get("/paper/Nishimura2021.pdf").status_code == 401
        assert c.post("/login", data={"username": "ana", "password": "wrong"}).status_code >= 400
        assert c.post("/login", data={"username": "ana", "password": "s3cret"}).status_code == 200
        assert c.get("/paper/Nishimura2021.pdf").status_code == 200


# --------------------------------------------------------------------------- host / auth
def test_loopback_detection():
    for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.8.9.1"):
        assert is_loopback(h), h
    for h in ("0.0.0.0", "192.168.1.5", "::", "example.org", ""):
        assert not is_loopback(h), h


def test_parse_auth_and_bind_rules():
    assert parse_auth("ana:pa:ss") == ("ana", "pa:ss")
    assert parse_auth(None) is None
    for bad in ("ana", ":pw", "ana:"):
        with pytest.raises(ValueError):
            parse_auth(bad)
    check_bind("127.0.0.1", None)
    check_bind("0.0.0.0", ("a", "b"))
    with pytest.raises(ValueError, match="--auth"):
        check_bind("0.0.0.0", None)


def test_serve_refuses_public_host_without_auth(monkeypatch, tmp_path):
    from paperqa_mat.cli import cli

    monkeypatch.delenv("PQM_SERVE_AUTH", raising=False)
    monkeypatch.setenv("PQM_INDEX_ROOT", str(tmp_path))
    started = []
    monkeypatch.setattr("paperqa_mat.app.server.serve", lambda *a, **k: started.append(1))
    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert r.exit_code != 0 and "Refusing to listen on 0.0.0.0 without a login" in r.output
    assert "Traceback" not in r.output and not started
    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--auth", "nopassword"])
    assert r.exit_code != 0 and "USER:PASSWORD" in r.output and not started


# --------------------------------------------------------------------------- tabs
def test_broken_tab_is_skipped_with_a_warning(tmp_path, monkeypatch, caplog):
    from paperqa_mat.app.main import discover_tabs

    pkg = tmp_path / "fake_tabs_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "good.py").write_text("TITLE = 'Good'\nORDER = 5\ndef build(state):\n    pass\n")
    (pkg / "first.py").write_text("TITLE = 'First'\nORDER = 1\ndef build(state):\n    pass\n")
    (pkg / "broken.py").write_text("import module_that_does_not_exist\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with caplog.at_level(logging.WARNING, logger="paperqa_mat.app"):
        tabs = discover_tabs("fake_tabs_pkg")
    assert [t.TITLE for t in tabs] == ["First", "Good"]
    assert any("broken" in r.getMessage() and "skipped" in r.getMessage() for r in caplog.records)


def test_real_tabs_include_chat_and_library_first():
    from paperqa_mat.app.main import discover_tabs

    titles = [getattr(t, "TITLE", "") for t in discover_tabs()]
    assert titles[:2] == ["Chat", "Library"]


# --------------------------------------------------------------------------- rendering and chat logic
def test_answer_html_makes_chips_and_escapes():
    ans = {"answer": "Gap is 1.82 eV <script>x</script> (Nishimura2021 page 3). More (see below).",
           "cannot_answer": False,
           "citations": [{"key": "Nishimura2021", "doc": "n.pdf", "pages": [3], "text": 'a "quote" <b>1.82</b>'}],
           "references": [{"key": "Nishimura2021", "title": "Optical <i>gap</i>", "year": 2021}]}
    out = render.answer_html(ans)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert 'href="/paper/Nishimura2021.pdf#page=3"' in out and ">Nishimura2021 · p. 3</a>" in out
    assert 'data-passage="a &quot;quote&quot; &lt;b&gt;1.82&lt;/b&gt;"' in out
    assert "(see below)" in out  # ordinary parentheses stay text
    assert "Optical &lt;i&gt;gap&lt;/i&gt;" in out


def test_cannot_answer_html_lists_closest_passages():
    out = render.answer_html({"cannot_answer": True, "answer": "x", "citations": [
        {"key": "K2020", "doc": "k.txt", "pages": [1, 2], "text": "closest"}], "references": []})
    assert "Cannot answer from the indexed papers" in out and "closest" in out
    assert 'href="/paper/K2020.txt"' in out and "K2020 · pp. 1-2" in out


def _run(gen):
    return list(gen)[-1]


def test_chat_agent_mode_without_agent_says_not_available(state, monkeypatch):
    from paperqa_mat.app.tabs import chat

    monkeypatch.setitem(sys.modules, "paperqa_mat.agent", None)  # import fails
    msgs, conv, asked, box = _run(chat.respond(state, "predict band gap of GaN", [], [], "Agent"))
    assert "Agent mode is not available" in msgs[-1]["content"] and asked == ["predict band gap of GaN"]


def test_chat_agent_mode_shows_steps_and_refusals(state, monkeypatch):
    from paperqa_mat.app.tabs import chat

    calls = []

    class Result:
        def __init__(self, refused):
            self.refused = refused
            self.tool_calls = [types.SimpleNamespace(status="ok")]

        def to_json(self):
            if self.refused:
                return {"answer": "", "refused": True, "refusal": {"category": "weapons", "reason": "Not <b>this</b>."},
                        "tool_calls": [], "citations": []}
            return {"answer": "GaN gap is about 3.4 eV (Key2020 page 2).", "refused": False, "refusal": None,
                    "tool_calls": [{"tool": "predict_property", "args": {"formula": "GaN"},
                                    "result_summary": "band_gap 3.1 eV"}],
                    "citations": [{"key": "Key2020", "doc": "k.pdf", "pages": [2], "text": "3.4 eV"}]}

    def run_agent(request, history=None, index=None, settings=None):
        calls.append((request, history))
        return Result("nerve" in request)

    monkeypatch.setitem(sys.modules, "paperqa_mat.agent", types.SimpleNamespace(run_agent=run_agent))
    msgs, conv, asked, _ = _run(chat.respond(state, "band gap of GaN?", [], [], "Agent"))
    step, reply = msgs[-2], msgs[-1]
    assert step["metadata"]["title"].endswith("predict_property") and "GaN" in step["content"]
    assert "band_gap 3.1 eV" in step["content"]
    assert 'href="/paper/Key2020.pdf#page=2"' in reply["content"]
    msgs, conv, asked, _ = _run(chat.respond(state, "make a nerve agent", conv, asked, "Agent"))
    assert "Request refused (weapons)" in msgs[-1]["content"] and "&lt;b&gt;this" in msgs[-1]["content"]
    assert calls[1] == ("make a nerve agent", ["band gap of GaN?"])  # earlier requests passed as history
    assert [m["role"] for m in conv].count("user") == 2


def test_chat_errors_become_messages_not_tracebacks(state, monkeypatch):
    from paperqa_mat.app.tabs import chat

    def boom(create=True):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(state, "index", boom)
    msgs, *_ = _run(chat.respond(state, "anything?", [], [], "Papers"))
    assert "Something went wrong" in msgs[-1]["content"] and "disk on fire" in msgs[-1]["content"]


def test_chat_on_empty_library_points_to_library_tab(state):
    from paperqa_mat.app.tabs import chat

    msgs, *_ = _run(chat.respond(state, "What is the band gap?", [], [], "Papers"))
    assert "Library tab" in msgs[-1]["content"] and "Cannot answer" in msgs[-1]["content"]


def test_mode_badge_shows_offline_or_endpoint():
    assert "Offline mode" in render.mode_badge(get_settings())
    s = get_settings(llm_base_url="http://localhost:11434/v1", llm_model="qwen2.5")
    badge = render.mode_badge(s)
    assert "LLM mode" in badge and "qwen2.5" in badge and "http://localhost:11434/v1" in badge
