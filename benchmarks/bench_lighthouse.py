"""Lighthouse 12 scores (mobile) for every page type of the exported demo in two languages.

The demo is exported into a temporary folder and served on 127.0.0.1 the way a static host
serves it (404.html for a missing address); Lighthouse (npm devDependency,
node_modules/.bin/lighthouse) drives Debian's chromium (CHROME_PATH=/usr/bin/chromium),
three times per page; the figures are the medians. Goals: performance >= 98 on mobile,
accessibility, best practices and SEO 100 on every page, but for the SEO of the cart and
the offline page (noindex, as intended). A table of the medians (with CLS, LCP and
Lighthouse's benchmarkIndex of the host, which falls when the machine is busy) and the
audits below a full score go to stderr.

Usage: python benchmarks/bench_lighthouse.py [--runs N] [--pages home,cart] [--languages en]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.store import ShopStore
from weidian_desktop.demo import build_demo
from weidian_desktop.export import export_shop

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "export"))
from shop_browser import serve  # noqa: E402  (the tests' static host: 404.html for a miss)

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LANGUAGES = {"zh-CN": "", "en": "en/"}  # the demo's default language and one other
# Page type -> path in a language's folder (the post is the language's latest due one).
PAGES = {"home": "", "product": "p/silk-scarf/", "collection": "c/home/",
         "drop-live": "d/leather-bag-day/", "drop-upcoming": "d/blue-and-white-winter-release/",
         "drop-ended": "d/osmanthus-tea-day/", "posts": "posts/", "post": None,
         "about": "about/", "search": "search/?q=mug", "cart": "cart/", "offline": "offline/"}
NOINDEX = {"cart", "offline"}  # pages kept out of search engines on purpose
GOALS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}


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


def post_paths(shop: Path) -> dict[str, str]:
    """Per language: its latest post that is out (a post is written in one language)."""
    sql = ("SELECT slug FROM posts WHERE status = 'published' AND language = ? "
           "AND publish_at <= ? ORDER BY publish_at DESC LIMIT 1")
    with ShopStore.open(shop, read_only=True) as store:
        return {lang: f"posts/{store.scalar(sql, (lang, utc_now()))}/" for lang in LANGUAGES}


def missed(page: str, medians: dict[str, float]) -> list[str]:
    """The goals a page's medians miss."""
    return [c for c, goal in GOALS.items()
            if medians[c] < goal and not (c == "seo" and page in NOINDEX)]


def run(runs: int = 3, pages: list[str] | None = None,
        languages: list[str] | None = None) -> list[tuple[str, float, str]]:
    """Export the demo, serve it, score each page ``runs`` times; the medians 0-100."""
    if not LIGHTHOUSE.exists() or shutil.which(CHROME) is None:
        print("# lighthouse (npm ci) or /usr/bin/chromium missing: skipped", file=sys.stderr)
        return []
    figures: list[tuple[str, float, str]] = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shop = build_demo(root / "demo.weidian")
        export_shop(shop, root / "site")
        posts = post_paths(shop)
        with serve(root / "site") as base:
            for name in pages or list(PAGES):
                for lang in languages or list(LANGUAGES):
                    url = base + LANGUAGES[lang] + (PAGES[name] or posts[lang])
                    reports = [lighthouse(url, root / f"{name}-{n}.json") for n in range(runs)]
                    medians = {c: statistics.median(r["categories"][c]["score"] * 100
                                                    for r in reports) for c in CATEGORIES}
                    cls = statistics.median(r["audits"]["cumulative-layout-shift"]
                                            ["numericValue"] for r in reports)
                    lcp = statistics.median(r["audits"]["largest-contentful-paint"]
                                            ["numericValue"] for r in reports)
                    # Lighthouse's measure of the host's speed as it ran: a busy machine
                    # scores lower, and its tasks (total blocking time) take longer
                    host = statistics.median(r["environment"]["benchmarkIndex"] for r in reports)
                    for category in CATEGORIES:
                        figures.append((f"lighthouse.{name}.{lang}.{category}",
                                        round(medians[category], 1), "score"))
                    figures.append((f"lighthouse.{name}.{lang}.cls", round(cls, 4), "cls"))
                    rows.append((name, lang, medians, cls, lcp, host, missed(name, medians)))
                    for line in sorted({s for r in reports for s in shortfalls(r)}):
                        print(f"# {name} {lang}: {line}", file=sys.stderr)
    print(table(rows, runs), file=sys.stderr)
    return figures


def table(rows: list, runs: int) -> str:
    """The medians as a Markdown table, each missed goal marked."""
    lines = [f"| page | language | performance | accessibility | best practices | SEO | CLS "
             f"| LCP ms | host index | (median of {runs}) |", "| --- " * 10 + "|"]
    for name, lang, medians, cls, lcp, host, misses in rows:
        cells = [f"{medians[c]:.0f}{' ✗' if c in misses else ''}" for c in CATEGORIES]
        note = "noindex (intended)" if name in NOINDEX else ""
        lines.append(f"| {name} | {lang} | {' | '.join(cells)} | {cls:.3f} | {lcp:.0f} "
                     f"| {host:.0f} | {note} |")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", help=f"comma-separated, of: {', '.join(PAGES)}")
    parser.add_argument("--languages", help=f"comma-separated, of: {', '.join(LANGUAGES)}")
    args = parser.parse_args()
    for figure, value, unit in run(args.runs, args.pages.split(",") if args.pages else None,
                                   args.languages.split(",") if args.languages else None):
        print(f"{figure}: {value:g} {unit}")
