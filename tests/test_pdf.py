"""The PDFs are real publications: cover, contents, bookmarks, metadata, A4, embedded fonts."""

from __future__ import annotations

import calendar
import subprocess

import pypdf
import pytest
from babel.dates import format_date

from izmir.publication import PDF_LANG_TAGS
from izmir.site import LANGUAGES, PUBLISHER, TITLES, edition_date, pdf_filename

A4_POINTS = (595.28, 841.89)
# Chapter titles each PDF's bookmarks must contain (the WHO headings, in each language).
CHAPTERS = {"tr": ["Kent Sağlık Profili", "Nüfus", "Sağlık durumu", "Kent Sağlık Gelişim Planı"],
            "en": ["City Health Profile", "Population", "Health status",
                   "City Health Development Plan"]}
LIST_OF_FIGURES = {"tr": "Şekil Listesi", "en": "List of Figures"}
CONTENTS = {"tr": "İçindekiler", "en": "Contents"}


@pytest.fixture(scope="module", params=LANGUAGES)
def pdf(request, site):
    path = site / "pdf" / pdf_filename(request.param)
    assert path.is_file(), f"missing {path}"
    return request.param, path


def pdftotext(path, *pages: int) -> str:
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *span, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def bookmark_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        titles += bookmark_titles(item) if isinstance(item, list) else [item.title]
    return titles


def test_pdf_file_name_ends_with_its_language(pdf):
    lang, path = pdf
    assert path.name.endswith(f"-{lang}.pdf")


def test_the_site_serves_the_same_pdf(pdf, site):
    lang, path = pdf
    assert (site / "html" / "pdf" / path.name).read_bytes() == path.read_bytes()


def test_cover_has_title_subtitle_publisher_and_edition_date(pdf):
    lang, path = pdf
    cover = " ".join(pdftotext(path, 1).split())
    assert TITLES[lang]["title"] in cover
    assert TITLES[lang]["subtitle"] in cover
    assert PUBLISHER[lang] in cover
    day = edition_date()
    # Day before month in both: "23 Kasım 2026", and British "23 November 2026".
    expected = (format_date(day, format="long", locale="tr") if lang == "tr"
                else f"{day.day} {calendar.month_name[day.month]} {day.year}")
    assert expected in cover


# A figure caption each list of figures must show.
FIGURE_CAPTION = {"tr": "İzmir’in nüfusu, 2007–2025", "en": "Population of İzmir, 2007–2025"}


def test_contents_and_list_of_figures_follow_the_cover(pdf):
    lang, path = pdf
    front = pdftotext(path, 2, 4)
    assert CONTENTS[lang].upper() in front.upper()
    assert LIST_OF_FIGURES[lang].upper() in front.upper()
    list_of_figures = front.upper().split(LIST_OF_FIGURES[lang].upper(), 1)[1]
    assert FIGURE_CAPTION[lang].upper() in " ".join(list_of_figures.split())


def test_bookmarks_list_the_parts_and_chapters(pdf):
    lang, path = pdf
    titles = bookmark_titles(pypdf.PdfReader(path).outline)
    for chapter in CHAPTERS[lang]:
        assert any(chapter in title for title in titles), (chapter, titles)


def test_metadata_names_title_author_and_language(pdf):
    lang, path = pdf
    reader = pypdf.PdfReader(path)
    assert TITLES[lang]["title"] in reader.metadata.title
    assert reader.metadata.author == PUBLISHER[lang]
    assert reader.trailer["/Root"]["/Lang"] == PDF_LANG_TAGS[lang]


def test_every_page_is_a4(pdf):
    _, path = pdf
    for page in pypdf.PdfReader(path).pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=1)


def test_all_fonts_are_embedded(pdf):
    _, path = pdf
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        # columns: name type [type] encoding emb sub uni object-id
        emb, sub, uni = row.split()[-5:-2]
        assert emb == "yes", row
        assert uni == "yes", row  # a ToUnicode map, so text can be copied out


# Words with Turkish letters each PDF contains (the English one keeps Turkish names).
TURKISH_WORDS = {"tr": ["Sağlık", "İzmir", "Büyükşehir", "Eşitsizlikler"],
                 "en": ["İzmir", "Türkiye", "Kültürpark", "Yaşar"]}


def test_turkish_text_copies_out_as_written(pdf):
    lang, path = pdf
    text = pdftotext(path)
    for word in TURKISH_WORDS[lang]:
        assert word in text, word
    # No ligature glyphs: searching the PDF for "hedefleri" must find it.
    assert not set("ﬀﬁﬂﬃﬄ") & set(text)
    assert "İzmir" in pypdf.PdfReader(path).pages[0].extract_text()
