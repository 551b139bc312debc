"""Every internal link, anchor and asset of both sites resolves: pages, #fragments, images,
styles, scripts, the PDFs and the other language's page (the switcher) all exist in the build.
(The hreflang links in the head give the published address: test_languages checks them.)"""

from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import Page, read_page
from izmir.site import LANGUAGES

@functools.cache
def parsed(path: Path) -> Page:
    """Each page is read once, however many pages link to it."""
    return read_page(path)


def broken_references(page: Path, root: Path) -> list[str]:
    """The page's internal URLs whose file, or whose #fragment in that file, does not exist."""
    broken = []
    for url in parsed(page).urls:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:  # other sites, mailto:, data: are not ours to check
            continue
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or not target.is_relative_to(root):
            broken.append(f"{url} (no file {target})")
        elif parts.fragment and target.suffix == ".html" \
                and unquote(parts.fragment) not in parsed(target).ids:
            broken.append(f"{url} (no id {parts.fragment!r} in {target.name})")
    return broken


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_internal_link_anchor_and_asset_resolves(site, html_pages, lang):
    root = (site / "html").resolve()
    pages = html_pages[lang] + ([site / "html" / "index.html"] if lang == LANGUAGES[0] else [])
    broken = {page.relative_to(site).as_posix(): found for page in pages
              if (found := broken_references(page.resolve(), root))}
    assert broken == {}


def test_the_checker_finds_a_missing_file_and_a_missing_anchor(tmp_path):
    (tmp_path / "a.html").write_text('<p id="here"><a href="#here">x</a> <a href="b.html#gone">'
                                     '</a> <img src="missing.svg"> <a href="https://x.org/y">',
                                     encoding="utf-8")
    (tmp_path / "b.html").write_text('<p id="there">', encoding="utf-8")
    assert [b.split(" ")[0] for b in broken_references(tmp_path / "a.html", tmp_path)] \
        == ["b.html#gone", "missing.svg"]
