"""Every page's "edit" link opens the file that holds its text: Markdown in Turkish, .po otherwise."""

from __future__ import annotations

import re

from izmir.edit_links import DEFAULT_BRANCH, DEFAULT_REPOSITORY_URL, edit_url, edited_file
from izmir.site import ROOT, SOURCE_LANGUAGE


def test_turkish_pages_edit_their_markdown_and_english_pages_their_catalogue():
    assert edited_file(docname="profil/nufus", source_file="profil/nufus.md", lang="tr") == \
        "docs/profil/nufus.md"
    assert edited_file(docname="profil/nufus", source_file="profil/nufus.md", lang="en") == \
        "locales/en/LC_MESSAGES/profil/nufus.po"


def test_the_edit_url_opens_the_file_on_the_branch():
    assert edit_url(repository="https://example.org/r/", branch="main", path="docs/index.md") == \
        "https://example.org/r/edit/main/docs/index.md"


EDIT_LINK = re.compile(r'<a class="izmir-edit-link" href="([^"]+)"')


def test_every_page_with_a_source_links_to_an_existing_file_of_its_language(site, html_pages):
    prefix = f"{DEFAULT_REPOSITORY_URL}/edit/{DEFAULT_BRANCH}/"
    for lang, pages in html_pages.items():
        for path in pages:
            page = path.relative_to(site / "html" / lang).with_suffix("").as_posix()
            links = EDIT_LINK.findall(path.read_text(encoding="utf-8"))
            if page in ("search", "genindex"):
                assert links == [], path
                continue
            assert len(links) == 1, path
            assert links[0].startswith(prefix), path
            edited = links[0].removeprefix(prefix)
            assert (ROOT / edited).is_file(), f"{path} edits missing {edited}"
            expected = f"docs/{page}.md" if lang == SOURCE_LANGUAGE else f"locales/{lang}/LC_MESSAGES/{page}.po"
            assert edited == expected, path
