"""Lighthouse 12 scores (mobile) for the exported demo's home page and a product page.

The demo is exported into a temporary folder and served by Python's http.server on
127.0.0.1; Lighthouse (npm devDependency, node_modules/.bin/lighthouse) drives Debian's
chromium (CHROME_PATH=/usr/bin/chromium). Goals: performance >= 98 on mobile,
accessibility, best practices and SEO 100. Audits below a full score are listed on stderr.
Usage: python benchmarks/bench_lighthouse.py
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from weidian_desktop.demo import build_demo
from weidian_desktop.export import export_shop

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {"home": "", "product": "p/silk-scarf/"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the exported folder without logging every request."""

    def log_message(self, *args: object) -> None:
        pass


def lighthouse(url: str, out: Path) -> dict:
    """Run Lighthouse once on ``url`` (mobile form factor, the default) and return its report."""
    env = dict(os.environ, CHROME_PATH=CHROME)
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile",
                    f"--chrome-flags={CHROME_FLAGS}", "--max-wait-for-load=60000"],
                   check=True, env=env, timeout=600, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def shortfalls(report: dict) -> list[str]:
    """The scored audits of our four categories that are not at 1.0, with their titles."""
    audits = report["audits"]
    seen: list[str] = []
    for category in report["categories"].values():
        for ref in category["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) and audit.get("score") is not None and audit["score"] < 1:
                seen.append(f"{category['id']}/{ref['id']} ({audit['score']}): "
                            f"{audit.get('displayValue', '')} {audit['title']}")
    return seen


def run() -> list[tuple[str, float, str]]:
    """Export the demo, serve it, score home and a product page; the scores 0-100."""
    if not LIGHTHOUSE.exists() or shutil.which(CHROME) is None:
        print("# lighthouse (npm ci) or /usr/bin/chromium missing: skipped", file=sys.stderr)
        return []
    figures: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        export_shop(build_demo(root / "demo.weidian"), root / "site")
        handler = functools.partial(_Quiet, directory=str(root / "site"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            for name, path in PAGES.items():
                report = lighthouse(base + path, root / f"{name}.json")
                for category in CATEGORIES:
                    score = report["categories"][category]["score"]
                    figures.append((f"lighthouse.{name}.{category}", round(score * 100, 1),
                                    "score"))
                for line in shortfalls(report):
                    print(f"# {name}: {line}", file=sys.stderr)
        finally:
            server.shutdown()
    return figures


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure}: {value:.0f} {unit}")
