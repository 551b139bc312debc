"""Every page of each site declares its language and links to itself in every other language."""

from __future__ import annotations

from pathlib import Path

from conftest import read_page
from izmir.languages import page_alternates, site_root_prefix
from izmir.site import LANGUAGES, SITE_URL, pdf_filename


def test_root_prefix_climbs_out_of_the_page_folder_and_the_language_folder():
    assert site_root_prefix("index") == "../"
    assert site_root_prefix("profil/nufus") == "../../"


def test_alternates_point_to_the_same_page_in_each_language():
    alternates = page_alternates(pagename="plan/izleme", current="en")
    assert [a["href"] for a in alternates] == [f"../../{lang}/plan/izleme.html" for lang in LANGUAGES]
    assert [a["current"] for a in alternates] == [lang == "en" for lang in LANGUAGES]


def test_every_page_has_html_lang_of_its_build(html_pages):
    for lang, pages in html_pages.items():
        for path in pages:
            assert read_page(path).html_lang == lang, path


def test_switcher_links_to_the_same_page_in_the_other_language_and_it_exists(site, html_pages):
    for lang, pages in html_pages.items():
        root = site / "html" / lang
        for path in pages:
            relative = path.relative_to(root)
            switcher = [a for a in read_page(path).anchors
                        if "izmir-language-link" in a.get("class", "")]
            targets = {a["hreflang"]: (path.parent / a["href"]).resolve() for a in switcher}
            expected = {other: (site / "html" / other / relative).resolve()
                        for other in LANGUAGES if other != lang}
            assert targets == expected, path
            assert all(target.is_file() for target in targets.values()), path
            assert all(not a["href"].startswith(("/", "http")) for a in switcher), path


def test_every_page_declares_hreflang_alternates_for_all_languages(site, html_pages):
    # Absolute, at the published address: search engines ignore relative ones (Lighthouse's
    # SEO audit fails them). Each names a page of the build.
    for lang, pages in html_pages.items():
        for path in pages:
            alternates = {link["hreflang"]: link["href"] for link in read_page(path).links
                          if link.get("rel") == "alternate" and "hreflang" in link}
            relative = path.relative_to(site / "html" / lang).as_posix()
            assert alternates == {other: f"{SITE_URL}{other}/{relative}"
                                  for other in LANGUAGES}, path
            assert all((site / "html" / href.removeprefix(SITE_URL)).is_file()
                       for href in alternates.values()), path


def test_every_page_links_to_its_languages_pdf_and_the_pdf_exists(site, html_pages):
    for lang, pages in html_pages.items():
        for path in pages:
            pdf_links = [a["href"] for a in read_page(path).anchors if a["href"].endswith(".pdf")]
            assert pdf_links, f"no PDF link on {path}"
            for href in pdf_links:
                target = (path.parent / href).resolve()
                assert target.name == pdf_filename(lang), path
                assert target.is_file(), f"{path} links to missing {target}"


def test_language_choice_page_offers_every_language_without_javascript(site):
    page = read_page(site / "html" / "index.html")
    hrefs = {a["href"] for a in page.anchors}
    assert hrefs == {f"{lang}/index.html" for lang in LANGUAGES}
    assert all((site / "html" / href).is_file() for href in hrefs)


def _landing_url(site: Path, browser, locale: str) -> str:
    context = browser.new_context(locale=locale)
    try:
        page = context.new_page()
        page.goto((site / "html" / "index.html").as_uri())
        page.wait_for_url("**/index.html")
        page.wait_for_load_state()
        return page.url
    finally:
        context.close()


def test_language_choice_page_sends_readers_to_the_language_their_browser_prefers(site, browser):
    assert _landing_url(site, browser, "tr-TR").endswith("/tr/index.html")
    assert _landing_url(site, browser, "en-GB").endswith("/en/index.html")
    # A language we do not publish falls back to Turkish, the original.
    assert _landing_url(site, browser, "de-DE").endswith("/tr/index.html")
