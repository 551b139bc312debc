"""Facts about the publication that every part of the project reads: languages, titles, file names.

Kept free of Sphinx imports so that the build script, the noxfile and the tests can use it too.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOCS_DIR = ROOT / "docs"
LOCALES_DIR = ROOT / "locales"
BUILD_DIR = ROOT / "_build"

SOURCE_LANGUAGE = "tr"
# The source language first; every other language is built from its gettext catalogues.
LANGUAGES = ("tr", "en")
TRANSLATED_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)

# Each language's name written in that language, as a reader looks for it in a switcher.
LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}

PUBLISHER = {"tr": "İzmir Büyükşehir Belediyesi", "en": "İzmir Metropolitan Municipality"}

TITLES = {
    "tr": {
        "title": "İzmir Kent Sağlık Profili",
        "subtitle": "ve Kent Sağlık Gelişim Planı",
        "network": "DSÖ Avrupa Sağlıklı Şehirler Ağı",
        "status": "Çalışma taslağı: İzmir Büyükşehir Belediyesinin onayını bekliyor",
        "edition": "Yayın tarihi",
        "pdf_link": "PDF olarak indir",
        "switch_label": "Dil seçimi",
        "search_placeholder": "Ara…",
        "source": "Kaynak",
        "data_table": "Şeklin verileri (tablo)",
        "download_csv": "Verileri indir (CSV)",
        "untranslated_title": "Çeviri sürüyor",
        "untranslated_body": "Bu sayfanın bir bölümü henüz çevrilmedi ve özgün dilinde gösteriliyor "
                             "({translated}/{total} metin parçası çevrildi).",
        "status_summary": "{language}: {documents} sayfadan {complete} tanesi tamamen çevrildi.",
        "status_document": "Sayfa",
        "status_translated": "Çevrilen",
        "status_total": "Toplam",
        "status_todo": "Yapılacak",
        "status_complete": "Tamam",
        "status_untranslated": "{count} çevrilmemiş",
        "status_fuzzy": "{count} gözden geçirilecek (fuzzy)",
        "edit_page": "Bu sayfayı düzenle",
        "edit_page_hint": "Bu sayfanın Türkçe metnini (Markdown dosyası) depoda düzenleyin",
    },
    "en": {
        "title": "İzmir City Health Profile",
        "subtitle": "and City Health Development Plan",
        "network": "WHO European Healthy Cities Network",
        "status": "Working draft: awaiting approval by İzmir Metropolitan Municipality",
        "edition": "Edition of",
        "pdf_link": "Download as PDF",
        "switch_label": "Choose language",
        "search_placeholder": "Search…",
        "source": "Source",
        "data_table": "Data behind the figure (table)",
        "download_csv": "Download the data (CSV)",
        "untranslated_title": "Translation in progress",
        "untranslated_body": "Part of this page has not been translated yet and is shown in the "
                             "original Turkish ({translated} of {total} passages translated).",
        "status_summary": "{language}: {complete} of {documents} pages fully translated.",
        "status_document": "Page",
        "status_translated": "Translated",
        "status_total": "Total",
        "status_todo": "To do",
        "status_complete": "Complete",
        "status_untranslated": "{count} untranslated",
        "status_fuzzy": "{count} to review (fuzzy)",
        "edit_page": "Edit this translation",
        "edit_page_hint": "Edit this page's English translation (its .po file) in the repository",
    },
}

PDF_STEM = "izmir-kent-saglik"

# Where the sites are published (the folder holding tr/, en/ and pdf/): sitemap.xml and the
# pages' og:url need absolute addresses. A placeholder, like the repository's address in
# edit_links.py, until the municipality's own address exists.
SITE_URL = "https://izmir-saglikli-kentler.github.io/kent-saglik-profili/"

# Open Graph locale per language (og:locale).
OG_LOCALES = {"tr": "tr_TR", "en": "en_GB"}


def source_path(path: Path) -> str:
    """A file anywhere in the repository as a chapter names it to Sphinx: "/" means docs/, so
    ``data/x.csv`` becomes ``/../data/x.csv`` (images, downloads, figure_language_filename)."""
    return "/" + os.path.relpath(path, DOCS_DIR).replace(os.sep, "/")


def pdf_filename(lang: str) -> str:
    """The PDF's file name for one language, e.g. ``izmir-kent-saglik-tr.pdf``."""
    return f"{PDF_STEM}-{lang}.pdf"


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH if set, else the last commit's time; None outside a git checkout.

    Every date in the sites and PDFs derives from it, so two builds of one commit are identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        try:
            epoch = subprocess.run(
                ["git", "log", "-1", "--format=%ct"],
                cwd=ROOT, capture_output=True, text=True, check=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None
    return int(epoch) if epoch else None


def edition_date() -> dt.date:
    """The edition date printed on the cover and in page footers."""
    epoch = source_date_epoch()
    if epoch is None:
        return dt.date.today()
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).date()
