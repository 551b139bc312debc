"""Publishing metadata: a description and Open Graph tags on every page in its language, and a
sitemap of both sites with each page's counterparts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import read_page
from izmir.site import LANGUAGES, OG_LOCALES, SITE_URL, SOURCE_LANGUAGE

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_a_description_and_open_graph_tags(html_pages, lang):
    for path in html_pages[lang]:
        metas = read_page(path).metas
        description = metas.get("description", "")
        assert 40 <= len(description) <= 160, (path, description)
        assert metas.get("og:description") == description, path
        assert metas.get("og:title"), path
        assert metas.get("og:locale") == OG_LOCALES[lang], path
        assert metas.get("og:url", "").startswith(f"{SITE_URL}{lang}/"), path


def test_descriptions_and_titles_are_in_each_pages_language(site, html_pages):
    for path in html_pages[SOURCE_LANGUAGE]:
        relative = path.relative_to(site / "html" / SOURCE_LANGUAGE)
        original = read_page(path).metas
        for lang in LANGUAGES[1:]:
            translated = read_page(site / "html" / lang / relative).metas
            assert translated["description"] != original["description"], relative
            assert translated["og:title"] != original["og:title"], relative


def test_the_sitemap_lists_every_page_of_both_sites_with_its_counterparts(site, html_pages):
    root = ET.parse(site / "html" / "sitemap.xml").getroot()
    listed = {}
    for url in root.findall("s:url", SITEMAP):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP)}
        listed[url.findtext("s:loc", namespaces=SITEMAP)] = alternates
    expected = {f"{SITE_URL}{p.relative_to(site / 'html').as_posix()}"
                for lang in LANGUAGES for p in html_pages[lang]
                if p.name not in ("search.html", "genindex.html")}
    assert set(listed) == expected
    for loc, alternates in listed.items():
        assert sorted(alternates) == sorted(LANGUAGES) and loc in alternates.values(), loc
