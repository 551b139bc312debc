"""Build-speed, size and page-speed figures, printed (not asserted: machines are noisy).
``nox -s bench`` runs it all; ``python scripts/bench.py --pages _build/html`` measures only the
pages of a site already built (weight and Lighthouse, about five minutes).

Works on a copy of the repository in a temporary folder, so your own _build/ is untouched:

* clean build of each language's site, and of the PDFs;
* a rebuild with nothing changed: time, and how many figures were drawn again;
* the same no-change rebuild of one site against plain ``sphinx-build`` on the same sources
  (target: under 1.5 times);
* a rebuild after editing one chapter;
* page weight: bytes a reader downloads, gzip-compressed as a web server sends them, for the
  home page and the heaviest chapter of each language (the page and everything it loads by
  href/src; web fonts a stylesheet pulls in are not counted: the icon font, fa-solid-900.woff2,
  adds about 115 kB, already compressed);
* Lighthouse, mobile profile (the default: a mid-range phone on a slow 4G line, simulated), on
  the same four pages in Debian's Chromium, served from 127.0.0.1 with gzip as a static host
  serves them (the pre-compressed ``.gz`` twin of a file when there is one): the median of
  ``--runs`` runs (3) of the performance, accessibility, best-practices and SEO scores, the
  bytes Chromium really transferred, the audits that fell short, and the main timings.
  Lighthouse comes from ``scripts/lighthouse/package-lock.json`` (``npm ci --prefix
  scripts/lighthouse``, which ``nox -s bench`` runs); without it only the weights are printed.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import mimetypes
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.site import LANGUAGES, ROOT  # noqa: E402
from workspace import copy_of_repository  # noqa: E402

EDITED_CHAPTER = Path("docs/profil/nufus.md")


def timed(repo: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=repo, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def figures_drawn(repo: Path) -> int:
    return sum(len(json.loads(p.read_text())) for p in (repo / "_build" / "figures").glob("drawn-*.json"))


# What a browser fetches when it opens a page: scripts, styles, preloads, images, objects.
# (Links to other pages and alternates are not fetched.)
FETCHED = re.compile(r"<(?:script|img|object|link(?=[^>]*rel=\"(?:stylesheet|preload|icon)\"))"
                     r"[^>]*?\s(?:src|href|data)=\"([^\"]+)\"")


def gzipped_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def page_weight(page: Path) -> int:
    """Gzip-compressed bytes of a page and of every file it loads, each counted once."""
    assets = {(page.parent / urlsplit(url).path).resolve()
              for url in FETCHED.findall(page.read_text(encoding="utf-8"))
              if not urlsplit(url).scheme and urlsplit(url).path}
    return gzipped_size(page) + sum(gzipped_size(a) for a in assets if a.is_file())


def measured_pages(html_root: Path) -> list[tuple[str, Path]]:
    """The home page and the heaviest chapter of each language, labelled."""
    pages = []
    for lang in LANGUAGES:
        site = html_root / lang
        chapters = [p for p in site.rglob("*.html") if not p.relative_to(site).parts[0].startswith("_")
                    and p.name not in ("index.html", "search.html", "genindex.html")]
        heaviest = max(chapters, key=page_weight)
        pages += [(f"{lang} home page", site / "index.html"),
                  (f"{lang} heaviest chapter ({heaviest.relative_to(site).as_posix()})", heaviest)]
    return pages


def weight_rows(html_root: Path) -> list[tuple[str, str]]:
    """Each measured page's gzip weight, counted from the files (no browser needed)."""
    return [(f"{label}, gzip transfer", f"{page_weight(page) / 1e3:.0f} kB")
            for label, page in measured_pages(html_root)]


# -- Lighthouse ------------------------------------------------------------------------------------

LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                  "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TIMINGS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "speed-index": "SI"}
COMPRESSIBLE = re.compile(r"^(text/|application/(javascript|json|xml)|image/svg\+xml)")


class GzipHandler(SimpleHTTPRequestHandler):
    """A static host: a file's ``.gz`` twin with ``Content-Encoding: gzip`` when the browser
    accepts gzip (nginx's gzip_static), other text compressed on the fly (GitHub Pages)."""

    protocol_version = "HTTP/1.1"  # keep-alive, as every real host

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if (not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not COMPRESSIBLE.match(content_type)):
            return super().send_head()
        twin = path.with_name(path.name + ".gz")
        body = twin.read_bytes() if twin.is_file() else gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def log_message(self, format, *args) -> None:
        pass


def serve(html_root: Path) -> ThreadingHTTPServer:
    """Serve html_root on 127.0.0.1 (a free port) from a background thread."""
    mimetypes.add_type("image/svg+xml", ".svg")
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(GzipHandler, directory=str(html_root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def lighthouse(url: str) -> dict:
    """One Lighthouse run (mobile, simulated throttling) of url: its JSON report."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}",
                        "--quiet", f"--only-categories={','.join(CATEGORIES)}",
                        f"--chrome-flags={CHROMIUM_FLAGS} --user-data-dir={tmp}/profile"],
                       env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True,
                       stdout=subprocess.DEVNULL)
        return json.loads(report.read_text(encoding="utf-8"))


def shortfalls(report: dict) -> dict[str, float]:
    """The weighted audits of the scored categories that did not pass, with their scores."""
    return {ref["id"]: report["audits"][ref["id"]]["score"]
            for category in CATEGORIES for ref in report["categories"][category]["auditRefs"]
            if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
            and report["audits"][ref["id"]]["score"] is not None}


def median(reports: list[dict], *keys: str) -> float:
    """The median over the reports of the value at keys (``"audits", "speed-index", ...``)."""
    values = []
    for report in reports:
        for key in keys:
            report = report[key]
        values.append(report)
    return statistics.median(values)


def lighthouse_rows(html_root: Path, runs: int) -> Iterator[tuple[str, str]]:
    """Median scores, bytes transferred and timings of each measured page over ``runs`` runs,
    and the audits that fell short in any run (with their median score)."""
    if not LIGHTHOUSE.exists():
        yield ("Lighthouse", "not installed: npm ci --prefix scripts/lighthouse")
        return
    server = serve(html_root)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for label, page in measured_pages(html_root):
            url = f"{base}/{page.relative_to(html_root).as_posix()}"
            reports = [lighthouse(url) for _ in range(runs)]
            yield (f"{label}, Lighthouse", " ".join(
                f"{name} {median(reports, 'categories', name, 'score') * 100:.0f}"
                for name in CATEGORIES))
            transfer = median(reports, "audits", "total-byte-weight", "numericValue")
            timings = ", ".join(
                f"{short} {median(reports, 'audits', audit, 'numericValue'):.0f} ms"
                for audit, short in TIMINGS.items())
            yield (f"{label}, transferred / timings", f"{transfer / 1e3:.0f} kB; {timings}")
            failed = [shortfalls(report) for report in reports]
            yield (f"{label}, audits short of 1", ", ".join(
                f"{audit} {statistics.median(f.get(audit, 1.0) for f in failed):.2f}"
                for audit in sorted(set().union(*failed))) or "none")
    finally:
        server.shutdown()
        server.server_close()


def print_rows(rows: Iterable[tuple[str, str]], width: int = 70) -> None:
    """One line per figure, printed as soon as it is measured."""
    for label, value in rows:
        print(f"{label:<{width}}  {value}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, metavar="HTML_DIR",
                        help="measure only the pages of this built site (e.g. _build/html)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    args = parser.parse_args(argv)
    if args.pages:
        print_rows(weight_rows(args.pages))
        print_rows(lighthouse_rows(args.pages, args.runs))
        return
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        repo = copy_of_repository(Path(tmp) / "repo")
        build = ["scripts/build.py"]
        for lang in LANGUAGES:
            rows.append((f"clean build, {lang} site", f"{timed(repo, *build, '--no-pdf', '--lang', lang):.1f} s"))
        rows.append(("PDFs of both languages (sites up to date)", f"{timed(repo, *build):.1f} s"))
        rows.append(("no-change rebuild, everything", f"{timed(repo, *build):.1f} s"))
        rows.append(("figures drawn on that rebuild", str(figures_drawn(repo))))
        for lang in LANGUAGES:
            ours = timed(repo, *build, "--no-pdf", "--lang", lang)
            plain_args = ["-m", "sphinx", "-b", "html", "-q", "-c", ".", "-D", f"language={lang}",
                          "-d", f"_bench/doctrees-{lang}", "docs", f"_bench/html-{lang}"]
            timed(repo, *plain_args)  # first, clean run of plain sphinx-build
            plain = timed(repo, *plain_args)
            rows.append((f"no-change rebuild, {lang} site / plain sphinx-build",
                         f"{ours:.1f} s / {plain:.1f} s = {ours / plain:.2f}x"))
        chapter = repo / EDITED_CHAPTER
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\nDeğişiklik.\n", encoding="utf-8")
        rows.append((f"rebuild after editing {EDITED_CHAPTER}, both sites",
                     f"{timed(repo, *build, '--no-pdf'):.1f} s"))
        rows.append(("figures drawn on that rebuild", str(figures_drawn(repo))))
        sizes = {p.name: p.stat().st_size for p in (repo / "_build" / "pdf").glob("*.pdf")}
        for lang in LANGUAGES:
            site = repo / "_build" / "html" / lang
            total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
            rows.append((f"size of the {lang} site", f"{total / 1e6:.1f} MB"))
        rows += [(f"size of {name}", f"{size / 1e3:.0f} kB") for name, size in sorted(sizes.items())]
        rows += weight_rows(repo / "_build" / "html")
        print_rows(rows)
        print_rows(lighthouse_rows(repo / "_build" / "html", args.runs))


if __name__ == "__main__":
    main()
