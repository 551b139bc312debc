"""Light and fast pages (docs/_ext/izmir/page_speed.py, scripts/build.py): no script holds up
the first paint, search code loads on the search page only, the theme's unused files are not
published, every text file has a gzip twin, and pages have a favicon and a clean console.
The figures themselves (Lighthouse, bytes transferred) are printed by ``nox -s bench``."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from build import COMPRESSED_SUFFIXES
from conftest import read_page
from izmir.page_speed import CONTENT_ASSETS, deferred, needed
from izmir.site import LANGUAGES

SEARCH_SCRIPTS = ("searchtools.js", "language_data.js", "searchindex.js")


def all_pages(site: Path, html_pages: dict[str, list[Path]]) -> list[Path]:
    return [page for pages in html_pages.values() for page in pages] + [site / "html" / "index.html"]


def script_name(script: dict[str, str]) -> str:
    return urlsplit(script.get("src", "")).path.rsplit("/", 1)[-1]


def test_a_script_file_is_deferred_and_inline_code_runs_in_the_same_queue():
    from sphinx.builders.html._assets import _JavaScript

    assert deferred(_JavaScript("doctools.js")).attributes == {"defer": "defer"}
    assert "defer" not in deferred(_JavaScript("x.js", **{"async": "async"})).attributes
    inline = deferred(_JavaScript(None, body="DOCUMENTATION_OPTIONS.pagename = 'x';"))
    assert inline.attributes == {"body": "DOCUMENTATION_OPTIONS.pagename = 'x';", "type": "module"}


def test_styles_and_scripts_for_content_are_kept_for_the_pages_that_have_it():
    assert not needed("sphinx-design.min.css", "<p>Metin</p>")
    assert needed("sphinx-design.min.css", '<div class="sd-card sd-mb-3 docutils">')
    assert needed("design-tabs.js", '<div class="sd-tab-set docutils">')
    assert not needed("design-tabs.js", '<div class="sd-card docutils">')
    assert needed("pygments.css", '<div class="highlight-python notranslate">')
    assert not needed("pygments.css", '<span class="highlighted">sağlık</span>')
    assert needed("izmir.css", "") and needed("doctools.js", "")


def test_each_page_loads_the_content_styles_its_body_uses(site, html_pages):
    for page in all_pages(site, html_pages)[:-1]:
        html = page.read_text(encoding="utf-8")
        body = html.split('<article class="bd-article">', 1)[-1]
        loaded = {Path(urlsplit(url).path).name for url in read_page(page).urls}
        for name, use in CONTENT_ASSETS.items():
            assert (name in loaded) == bool(use.search(body)), (page, name)


def test_no_script_file_blocks_the_first_paint(site, html_pages):
    blocking = {}
    for page in all_pages(site, html_pages):
        found = [script["src"] for script in read_page(page).scripts if script.get("src")
                 and not ({"defer", "async"} & set(script) or script.get("type") == "module")]
        if found:
            blocking[page.relative_to(site).as_posix()] = found
    assert blocking == {}


def test_search_scripts_load_on_the_search_page_only_and_deferred(site, html_pages):
    for pages in html_pages.values():
        for page in pages:
            names = {script_name(s): s for s in read_page(page).scripts}
            if page.name == "search.html":
                assert all(name in names and "defer" in names[name] for name in SEARCH_SCRIPTS)
            else:
                assert not set(SEARCH_SCRIPTS) & set(names), page


def test_the_theme_files_no_page_loads_are_not_published(site, html_pages):
    for page in all_pages(site, html_pages):
        assert not [url for url in read_page(page).urls if "fontawesome.js" in url], page
    for lang in LANGUAGES:
        static = site / "html" / lang / "_static"
        assert not (static / "scripts" / "fontawesome.js").exists()
        assert not list(static.rglob("*.map")), "source maps are published"
        assert not (static / "locales").exists()
        # What the theme's stylesheet draws icons with stays.
        assert list(static.rglob("fa-solid-900.woff2"))


def test_no_page_preloads_a_script(site, html_pages):
    for page in all_pages(site, html_pages):
        assert not [link for link in read_page(page).links if link.get("rel") == "preload"], page


def test_every_text_file_has_a_gzip_twin_with_the_same_content(site):
    html = site / "html"
    texts = [p for p in html.rglob("*") if p.suffix in COMPRESSED_SUFFIXES and p.is_file()]
    assert len(texts) > 50 and any(p.suffix == ".svg" for p in texts)
    for path in texts:
        twin = path.with_name(path.name + ".gz")
        assert twin.is_file(), f"no {twin.relative_to(site)}"
        assert gzip.decompress(twin.read_bytes()) == path.read_bytes(), twin
        # A fixed header: no time (bytes 4-7) and no file name, so rebuilds give the same bytes.
        assert twin.read_bytes()[4:8] == b"\0\0\0\0", twin
    orphans = [p for p in html.rglob("*.gz") if not p.with_suffix("").is_file()]
    assert orphans == []


def test_every_page_links_a_favicon_that_exists_and_is_an_svg(site, html_pages):
    for page in all_pages(site, html_pages):
        icons = [link["href"] for link in read_page(page).links if link.get("rel") == "icon"]
        assert len(icons) == 1, page
        icon = (page.parent / icons[0]).resolve()
        assert icon.is_file() and icon.suffix == ".svg", (page, icons)
    root = ET.parse(site / "html" / LANGUAGES[0] / "_static" / "favicon.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_first_visit_logs_no_error_and_gets_the_readers_colour_scheme(browser, served_site,
                                                                          site, html_pages,
                                                                          scheme):
    """A fresh browser each time (nothing in localStorage): the theme used to log "Got invalid
    theme mode" then; a missing favicon logs a failed request."""
    problems = {}
    errors: list[str] = []
    for lang in LANGUAGES:
        root = site / "html" / lang
        chapter = next(p for p in html_pages[lang] if p.parent != root)
        for page_path in (root / "index.html", root / "search.html", chapter):
            context = browser.new_context(color_scheme=scheme)
            page = context.new_page()
            errors.clear()
            page.on("console", lambda message: errors.append(message.text)
                    if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            relative = page_path.relative_to(site / "html").as_posix()
            page.goto(f"{served_site}/{relative}", wait_until="networkidle")
            mode = page.evaluate("() => [document.documentElement.dataset.mode,"
                                 " document.documentElement.dataset.theme]")
            if errors or mode != ["auto", scheme]:
                problems[relative] = (list(errors), mode)
            context.close()
    assert problems == {}
