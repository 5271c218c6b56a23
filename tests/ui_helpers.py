"""Helpers for web UI tests: start ``pqm serve`` in a subprocess, drive Debian's Chromium with Playwright.

Usage::

    from tests.ui_helpers import browser_page, needs_chromium, serve

    @needs_chromium
    @pytest.mark.browser
    def test_something(tmp_path):
        with serve(tmp_path, {"PQM_EMBEDDER": "hash"}) as url, browser_page(url) as page:
            page.get_by_role("tab", name="Library").click()
            ...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("PQM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-dev-shm-usage"]
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Chromium at {CHROMIUM}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pqm() -> list[str]:
    exe = Path(sys.executable).parent / "pqm"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "paperqa_mat.cli"]


@contextlib.contextmanager
def serve(tmp_path: Path, env: dict[str, str] | None = None, args: list[str] | tuple[str, ...] = (),
          timeout: float = 150.0) -> Iterator[str]:
    """Run ``pqm serve`` on a free loopback port with its index root and cache under ``tmp_path``; yields the URL.

    The server's output goes to ``tmp_path/serve.log`` (shown in the failure message if it does not start).
    """
    port = free_port()
    full_env = {**os.environ, "PQM_INDEX_ROOT": str(tmp_path / "indexes"), "PQM_CACHE_DIR": str(tmp_path / "cache"),
                "OMP_NUM_THREADS": "2", "PQM_WORKERS": "1", "GRADIO_TEMP_DIR": str(tmp_path / "gradio"),
                **(env or {})}
    log_path = tmp_path / "serve.log"
    log = open(log_path, "wb")  # noqa: SIM115 - closed in finally
    proc = subprocess.Popen([*_pqm(), "serve", "--port", str(port), *args], cwd=str(REPO), env=full_env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"pqm serve exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}")
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline:
                raise RuntimeError(f"pqm serve did not start in {timeout:.0f} s:\n"
                                   + log_path.read_text(errors="replace"))
            time.sleep(0.3)
        yield url
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        log.close()


@contextlib.contextmanager
def browser() -> Iterator[object]:
    """A headless Chromium (Debian's, never a downloaded one)."""
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip(f"needs Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def open_app(b, url: str, width: int = 1400, height: int = 1000, timeout_ms: int = 60_000,
             requests: list[str] | None = None):
    """A new page (own browser context = own session) with the app loaded; URLs it fetches go to ``requests``."""
    ctx = b.new_context(viewport={"width": width, "height": height})
    ctx.set_default_timeout(timeout_ms)
    if requests is not None:
        ctx.on("request", lambda r: requests.append(r.url))
    page = ctx.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("#pqm-header", timeout=timeout_ms)
    return page


@contextlib.contextmanager
def browser_page(url: str, **kwargs) -> Iterator[object]:
    """Shortcut: a browser with one page of the app open."""
    with browser() as b:
        page = open_app(b, url, **kwargs)
        try:
            yield page
        finally:
            page.context.close()


def ask(page, question: str, mode: str | None = None, timeout_ms: int = 90_000):
    """Type a question in the Chat tab, send it, and wait for the answer bubble; returns its locator."""
    page.get_by_role("tab", name="Chat").click()
    if mode:
        page.locator("#pqm-mode-switch").get_by_label(mode).check()
    bots = page.locator("#pqm-chat [data-testid='bot']")
    before = bots.count()
    page.locator("#pqm-question textarea").fill(question)
    page.locator("#pqm-ask").click()
    page.wait_for_function(
        """([sel, n]) => {
             const all = document.querySelectorAll(sel);
             if (all.length <= n) return false;
             const last = all[all.length - 1];
             return !last.querySelector('.pqm-thinking') && last.textContent.trim().length > 0;
           }""",
        arg=["#pqm-chat [data-testid='bot']", before], timeout=timeout_ms)
    return bots.last


def upload_and_index(page, paths: list[Path], timeout_ms: int = 120_000) -> str:
    """Upload files in the Library tab, press "Index files" and wait; returns the status text."""
    page.get_by_role("tab", name="Library").click()
    page.locator("#pqm-upload input[type=file]").set_input_files([str(p) for p in paths])
    # wait until the upload component lists every file before indexing
    page.wait_for_function("n => document.querySelectorAll('#pqm-upload tr.file, #pqm-upload .file').length >= n",
                           arg=len(paths), timeout=timeout_ms)
    status = page.locator("#pqm-upload-status")
    previous = status.inner_html()
    page.locator("#pqm-index-btn").click()
    page.wait_for_function(
        """prev => { const s = document.querySelector('#pqm-upload-status');
                     return s && s.innerHTML !== prev && s.querySelector('.pqm-status-ok, .pqm-status-err'); }""",
        arg=previous, timeout=timeout_ms)
    return status.inner_text()
