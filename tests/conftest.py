"""Shared fixtures: one real build of both sites and both PDFs, made once per test session."""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import build
from izmir.site import BUILD_DIR, LANGUAGES


@pytest.fixture(scope="session")
def site() -> Path:
    """The real output of ``scripts/build.py`` (what ``nox -s build`` runs), built once."""
    assert build.main([]) == 0, "the build failed: see its output above"
    return BUILD_DIR


@pytest.fixture(scope="session")
def html_pages(site: Path) -> dict[str, list[Path]]:
    """Every page of each language's site (search and index pages included, theme files not)."""
    pages = {lang: sorted(p for p in (site / "html" / lang).rglob("*.html")
                          if not p.relative_to(site / "html" / lang).parts[0].startswith("_"))
             for lang in LANGUAGES}
    assert all(pages.values()), "a site has no pages"
    return pages


@dataclass
class Page:
    """What the tests read from one built HTML page."""

    html_lang: str | None
    links: list[dict[str, str]]      # <link> attributes
    scripts: list[dict[str, str]]    # <script> attributes, with the inline code under "body"
    anchors: list[dict[str, str]]    # <a> attributes, with the link text under "text"
    texts: list[str]                 # visible text, one entry per text node
    labels: list[str]                # title, aria-label, placeholder and alt attributes
    metas: dict[str, str]            # <meta> content by name or property (og:title...)
    urls: list[str]                  # every href, src and <object data> of any element
    ids: set[str]                    # what a #fragment can point at: ids and (old-style) names


class _PageParser(HTMLParser):
    LABEL_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
    URL_ATTRIBUTES = ("href", "src", "data")  # data: <object data="figure.svg">

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page(html_lang=None, links=[], scripts=[], anchors=[], texts=[], labels=[],
                         metas={}, urls=[], ids=set())
        self._hidden_depth = 0
        self._anchor: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = {name: value for name, value in attrs if value is not None}
        self.page.urls += [given[a] for a in self.URL_ATTRIBUTES if a in given]
        self.page.ids |= {given[a] for a in ("id", "name") if tag != "meta" and given.get(a)}
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.page.html_lang = values.get("lang")
        elif tag == "link":
            self.page.links.append(values)
        elif tag == "a":
            self._anchor = {**values, "text": ""}
            self.page.anchors.append(self._anchor)
        elif tag == "meta" and (values.get("name") or values.get("property")):
            self.page.metas[values.get("name") or values["property"]] = values.get("content", "")
        elif tag in ("script", "style"):
            self._hidden_depth += 1
            if tag == "script":
                self.page.scripts.append({**values, "body": ""})
        self.page.labels += [values[a].strip() for a in self.LABEL_ATTRIBUTES if values.get(a)]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden_depth -= 1
        elif tag == "a":
            self._anchor = None

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script" and self._hidden_depth and self.page.scripts:
            self.page.scripts[-1]["body"] += data
        if self._hidden_depth or not data.strip():
            return
        self.page.texts.append(re.sub(r"\s+", " ", data).strip())
        if self._anchor is not None:
            self._anchor["text"] += data.strip()


def read_page(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (installed by scripts/system_packages.py)."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Chromium is missing: run python scripts/system_packages.py browser"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(site: Path):
    """The sites over HTTP on 127.0.0.1, as a reader gets them (search fetches pages, which
    file:// forbids); the URL of _build/html/, without a trailing slash."""
    handler = functools.partial(QuietHandler, directory=str(site / "html"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
