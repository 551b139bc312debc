"""English catalogues are complete, and readers are told when a page is not."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from babel.messages.pofile import read_po, write_po

import translations
from conftest import read_page
from izmir.catalogues import document_status
from izmir.site import DOCS_DIR, LOCALES_DIR, ROOT, SOURCE_LANGUAGE, TRANSLATED_LANGUAGES
from izmir.translation_notice import NOTICE_CLASS, is_fully_translated


def test_progress_counts_a_page_without_catalogue_as_untranslated():
    assert not is_fully_translated(None)
    assert not is_fully_translated({"total": 0, "translated": 0})
    assert not is_fully_translated({"total": 5, "translated": 4})
    assert is_fully_translated({"total": 5, "translated": 5})


def test_every_english_catalogue_translates_every_current_turkish_text(tmp_path):
    translations.extract_templates(tmp_path)
    for lang in TRANSLATED_LANGUAGES:
        statuses = translations.catalogue_status(tmp_path, lang)
        assert statuses, "no documents were extracted"
        problems = translations.report([s for s in statuses if not s.complete], lang)
        assert all(s.complete for s in statuses), problems


def test_fully_translated_english_pages_carry_no_notice(html_pages):
    for lang in TRANSLATED_LANGUAGES:
        for path in html_pages[lang]:
            assert NOTICE_CLASS not in path.read_text(encoding="utf-8"), path


def test_a_page_with_an_untranslated_paragraph_shows_the_notice(tmp_path):
    """Blank one translation in a copy of the catalogues and build the English site with it."""
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    catalogue_path = locales / "en" / "LC_MESSAGES" / "profil" / "nufus.po"
    with catalogue_path.open("rb") as handle:
        catalogue = read_po(handle)
    blanked = next(m for m in catalogue if m.id and m.string and m.id.startswith("İzmir'in nüfusu"))
    blanked.string = ""
    with catalogue_path.open("wb") as handle:
        write_po(handle, catalogue)

    out = tmp_path / "html"
    subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(ROOT),
                    "-D", "language=en", "-D", f"locale_dirs={locales}",
                    "-d", str(tmp_path / "doctrees"), str(DOCS_DIR), str(out)], check=True)

    population = (out / "profil" / "nufus.html").read_text(encoding="utf-8")
    assert NOTICE_CLASS in population
    assert "Translation in progress" in read_page(out / "profil" / "nufus.html").texts
    assert "artmıştır" in population  # the Turkish original is what readers see
    assert NOTICE_CLASS not in (out / "profil" / "saglik-durumu.html").read_text(encoding="utf-8")


def test_status_command_fails_and_names_the_catalogue_when_text_is_untranslated(tmp_path):
    new_chapter = DOCS_DIR / "profil" / "_test_untranslated.md"
    new_chapter.write_text("---\norphan: true\n---\n\n# Deneme başlığı\n\nÇevrilmemiş bir paragraf.\n",
                           encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"),
                                 "status"], capture_output=True, text=True)
    finally:
        new_chapter.unlink()
    assert result.returncode == 1
    assert "locales/en/LC_MESSAGES/profil/_test_untranslated.po" in result.stdout
    assert "Çevrilmemiş bir paragraf." in result.stdout


def test_a_figure_whose_alt_text_is_translated_counts_as_translated(site):
    # Sphinx marks such an image untranslated; the izmir extension corrects it.
    page = (site / "html" / "en" / "profil" / "nufus.html").read_text(encoding="utf-8")
    assert 'alt="Line chart of İzmir' in page
    assert 'class="untranslated"' not in page and NOTICE_CLASS not in page


def test_document_status_counts_translated_fuzzy_and_untranslated_texts(tmp_path):
    catalogue = tmp_path / "page.po"
    catalogue.write_text('msgid "Bir"\nmsgstr "One"\n\n#, fuzzy\nmsgid "İki"\nmsgstr "Two"\n\n'
                         'msgid "Üç"\nmsgstr ""\n', encoding="utf-8")
    status = document_status(document="page", catalogue=catalogue,
                             source_messages=["Bir", "İki", "Üç", "Dört (yeni)", "Bir"])
    assert (status.translated, status.total) == (1, 4)  # a repeated text counts once
    assert status.fuzzy == ["İki"]
    assert status.untranslated == ["Üç", "Dört (yeni)"]
    assert not status.complete


STATUS_PAGE = "ceviri-durumu"  # at the site's root, so its links are document names + ".html"
STATUS_ROW = re.compile(r'<tr[^>]*><td><p><a[^>]*href="([^"]*)"[^>]*>.*?</a></p></td>\s*'
                        r'<td><p>(\d+)</p></td>\s*<td><p>(\d+)</p></td>', re.S)


def test_the_status_page_shows_the_same_counts_as_the_status_command(site, tmp_path):
    translations.extract_templates(tmp_path)
    for lang in TRANSLATED_LANGUAGES:
        expected = {s.document: (s.translated, s.total)
                    for s in translations.catalogue_status(tmp_path, lang)}
        for site_lang in (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES):  # shown on every site
            page = (site / "html" / site_lang / f"{STATUS_PAGE}.html").read_text(encoding="utf-8")
            shown = {(href.removesuffix(".html") if href != "#" else STATUS_PAGE): (int(done), int(total))
                     for href, done, total in STATUS_ROW.findall(page)}
            assert shown == expected, site_lang
