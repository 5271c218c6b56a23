"""The HTTP server: the Gradio UI mounted on a FastAPI app that also serves indexed papers by key.

Routes added here:

- ``GET /paper/{key}.pdf`` — the stored PDF of an indexed paper (``#page=N`` is handled by the viewer);
  ``/paper/{key}.txt`` for papers indexed from text/Markdown/HTML (always served as plain text);
- ``GET /paper/{key}/page/{n}.png`` — a rendered preview of one page of a PDF;
- ``GET /healthz`` — liveness for scripts and tests.

Only papers present in the index are served, looked up by key; keys that are not in the index, or that
are not plain keys (slashes, dots, ``..``), are answered with 404. Nothing else on disk is reachable.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from paperqa_mat.app.state import AppState

log = logging.getLogger("paperqa_mat.app")

KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,119}$")
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    host = (host or "").strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> (user, password); raises ValueError with a plain message."""
    if value is None or value == "":
        return None
    user, sep, password = value.partition(":")
    if not sep or not user.strip() or not password:
        raise ValueError("--auth must look like USER:PASSWORD (both non-empty).")
    return user.strip(), password


def check_bind(host: str, auth: tuple[str, str] | None) -> None:
    """Refuse to listen beyond this machine without a login (raises ValueError with the reason)."""
    if not is_loopback(host) and auth is None:
        raise ValueError(
            f"Refusing to listen on {host} without a login: anyone who can reach this machine could read your "
            "papers and change the index. Add --auth USER:PASSWORD (or set PQM_SERVE_AUTH), or keep the default "
            "--host 127.0.0.1."
        )


def resolve_paper(state: AppState, name: str) -> tuple[Path, str]:
    """Path and media type of an indexed paper's file from ``<key>.pdf`` / ``<key>.txt``; KeyError if not served."""
    key, dot, ext = name.rpartition(".")
    if not dot or ext not in ("pdf", "txt") or not KEY_RE.match(key):
        raise KeyError(name)
    try:
        paper = state.index().paper(key)
    except Exception:  # noqa: BLE001 - unknown key, no index: same answer
        raise KeyError(name) from None
    is_pdf = paper.doc.lower().endswith(".pdf")
    if (ext == "pdf") != is_pdf:
        raise KeyError(name)
    path = Path(paper.path)
    if not path.is_file():
        raise KeyError(name)
    return path, ("application/pdf" if is_pdf else "text/plain; charset=utf-8")


class PageImages:
    """Rendered page previews (PNG), cached in memory (small LRU)."""

    def __init__(self, size: int = 48) -> None:
        self.size = size
        self._cache: OrderedDict[tuple[str, int, float], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: Path, page: int, width: int = 900) -> bytes:
        key = (str(path), page, path.stat().st_mtime)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        png = render_page_png(path, page, width)
        with self._lock:
            self._cache[key] = png
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return png


_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe


def render_page_png(path: Path, page: int, width: int = 900) -> bytes:
    """PNG of one page (1-based) of a PDF, ``width`` pixels wide."""
    import io

    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                raise IndexError(page)
            pg = pdf[page - 1]
            scale = width / max(1.0, pg.get_width())
            image = pg.render(scale=min(scale, 3.0)).to_pil()
            pg.close()
        finally:
            pdf.close()
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _gradio_subapp(app: Any) -> Any | None:
    for route in getattr(app, "routes", []):
        sub = getattr(route, "app", None)
        if sub is not None and hasattr(sub, "tokens") and hasattr(sub, "cookie_id"):
            return sub
    return None


def create_app(state: AppState, auth: tuple[str, str] | None = None, blocks: Any = None) -> Any:
    """FastAPI app with the paper routes and the Gradio UI mounted at ``/``."""
    import gradio as gr
    from paperqa_mat.app import main

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    images = PageImages()

    def require_login(request: Request) -> None:
        if auth is None:
            return
        sub = _gradio_subapp(app)
        token = None
        if sub is not None:
            token = (request.cookies.get(f"access-token-{sub.cookie_id}")
                     or request.cookies.get(f"access-token-unsecure-{sub.cookie_id}"))
        if sub is None or token not in sub.tokens:
            raise HTTPException(status_code=401, detail="Log in first.")

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        return JSONResponse({"ok": True})

    @app.get("/paper/{name}")
    def paper_file(name: str, request: Request) -> FileResponse:
        require_login(request)
        try:
            path, media = resolve_paper(state, name)
        except KeyError:
            raise HTTPException(status_code=404, detail="No such paper in this index.") from None
        return FileResponse(path, media_type=media, content_disposition_type="inline",
                            filename=f"{name}", headers={"X-Content-Type-Options": "nosniff",
                                                         "Cache-Control": "private, max-age=60"})

    @app.get("/paper/{key}/page/{page}.png")
    def paper_page(key: str, page: int, request: Request) -> Response:
        require_login(request)
        try:
            path, media = resolve_paper(state, f"{key}.pdf")
            png = images.get(path, page)
        except (KeyError, IndexError):
            raise HTTPException(status_code=404, detail="No such page.") from None
        except Exception as exc:  # noqa: BLE001 - a broken PDF is a 404 for the preview, not a crash
            log.warning("page preview failed for %s p.%s: %s", key, page, exc)
            raise HTTPException(status_code=404, detail="This page cannot be previewed.") from None
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    blocks = blocks if blocks is not None else main.build_blocks(state)
    max_mb = int(state.settings.max_file_mb)
    return gr.mount_gradio_app(app, blocks, path="", auth=auth, show_error=False, max_file_size=f"{max_mb}mb",
                               theme=main.theme(), css=main.css(), js=main.js(), ssr_mode=False,
                               footer_links=[], allowed_paths=[], mcp_server=False,
                               auth_message="paperqa-mat: log in with the user name and password given to pqm serve.")


def serve(state: AppState, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None) -> None:
    """Run the server until interrupted."""
    import uvicorn

    check_bind(host, auth)
    app = create_app(state, auth=auth)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, timeout_graceful_shutdown=3)
