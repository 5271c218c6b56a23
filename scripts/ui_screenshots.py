"""Regenerate the web UI screenshots in docs/img/ (needs /usr/bin/chromium).

    .venv/bin/python scripts/ui_screenshots.py [--out docs/img]

Starts ``pqm serve`` on a temporary index, uploads the sample papers through the browser, asks questions
and saves ``chat.png``, ``library.png`` and ``agent.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from paperqa_mat.samples import write_samples  # noqa: E402
from tests.ui_helpers import ask, browser, open_app, serve, upload_and_index  # noqa: E402

QUESTIONS = ["What is the superconducting onset temperature of Nd0.8Sr0.2NiO2 films?",
             "What is the total ionic conductivity of Li6.4La3Zr1.4Ta0.6O12 at 25 °C?"]
AGENT_REQUEST = "Predict the band gap of BaZrS3 and compare with what my papers report"


def _scroll_chat_top(page) -> None:
    page.evaluate("() => document.querySelector('#pqm-chat [data-testid=user]')"
                  "?.scrollIntoView({block: 'start', behavior: 'instant'})")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "img")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        pdfs = write_samples(tmp / "papers")
        with serve(tmp) as url, browser() as b:
            page = open_app(b, url, width=1360, height=960)
            print(upload_and_index(page, pdfs, timeout_ms=300_000))
            page.locator("#pqm-papers").get_by_text("Okafor2019", exact=True).wait_for()
            page.screenshot(path=str(args.out / "library.png"))
            bot = None
            for q in QUESTIONS:
                bot = ask(page, q)
            bot.locator("a.pqm-chip").first.click()
            page.wait_for_function("() => { const i = document.querySelector('#pqm-source img.pqm-page-img');"
                                   " return i && i.complete && i.naturalWidth > 0; }")
            page.mouse.move(0, 0)
            _scroll_chat_top(page)
            page.screenshot(path=str(args.out / "chat.png"))
            agent = open_app(b, url, width=1360, height=960)
            bot = ask(agent, AGENT_REQUEST, mode="Agent", timeout_ms=300_000)
            chips = bot.locator("a.pqm-chip")
            if chips.count():
                chips.first.click()
            step = agent.locator("#pqm-chat").get_by_text("Tool · predict_property")
            if step.count():
                step.first.click()  # expand one step
            agent.mouse.move(0, 0)
            _scroll_chat_top(agent)
            agent.screenshot(path=str(args.out / "agent.png"))
    print(f"wrote {args.out}/chat.png, library.png, agent.png")


if __name__ == "__main__":
    main()
