"""The Turkish site speaks Turkish: no theme interface string is left in English."""

from __future__ import annotations

from babel.messages.pofile import read_po

from conftest import read_page
from izmir.site import LOCALES_DIR, SOURCE_LANGUAGE

UI_CATALOGUE = LOCALES_DIR / SOURCE_LANGUAGE / "LC_MESSAGES" / "sphinx.po"


def english_interface_strings() -> set[str]:
    """The theme strings our Turkish catalogue translates (those without placeholders)."""
    with UI_CATALOGUE.open("rb") as handle:
        catalogue = read_po(handle)
    strings = set()
    for message in catalogue:
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        if msgid and "%" not in msgid and "<" not in msgid:
            strings.add(msgid.strip())
    return strings


def test_the_catalogue_covers_the_strings_readers_see_first():
    strings = english_interface_strings()
    for expected in ("Skip to main content", "Back to top", "Search", "On this page",
                     "Light", "Dark", "Color mode", "Toggle primary sidebar"):
        assert expected in strings


def test_no_english_interface_string_appears_on_turkish_pages(html_pages):
    english = english_interface_strings()
    for path in html_pages[SOURCE_LANGUAGE]:
        page = read_page(path)
        shown = set(page.texts) | set(page.labels)
        leftovers = sorted(shown & english)
        assert not leftovers, f"{path}: English interface text {leftovers}"
        assert not {"Search...", "Search…"} & shown, path


def test_turkish_pages_show_the_turkish_interface(site):
    index = read_page(site / "html" / SOURCE_LANGUAGE / "index.html")
    shown = set(index.texts) | set(index.labels)
    for turkish in ("Ana içeriğe geç", "Başa dön", "Ara…"):
        assert turkish in shown, turkish


def test_turkish_pages_carry_no_ungrammatical_by_line(html_pages):
    # The book theme renders "By <author>" as "Tarafından <author>"; the footer leaves it out.
    for path in html_pages[SOURCE_LANGUAGE]:
        assert not any(text.startswith("Tarafından") for text in read_page(path).texts), path
