"""Figures are drawn from data at build time: per-language number formats, same bytes every
time, drawn again only when an input changes, and a clear error for a figure that does not exist."""

from __future__ import annotations

import csv
import re
import shutil
import sys

import pytest

from izmir import figures

sys.path.insert(0, str(figures.RECIPES_DIR))
from _style import number_formatter  # noqa: E402


@pytest.mark.parametrize(("lang", "decimals", "value", "expected"), [
    ("tr", 0, 4504185, "4.504.185"),
    ("en", 0, 4504185, "4,504,185"),
    ("tr", 1, 4.5, "4,5"),
    ("en", 1, 4.5, "4.5"),
])
def test_axis_numbers_follow_the_readers_language(lang, decimals, value, expected):
    assert number_formatter(lang, decimals=decimals)(value, 0) == expected


@pytest.fixture
def recipe():
    return figures.recipe_paths()[0]


def test_the_same_figure_renders_to_the_same_bytes(recipe, tmp_path):
    assert figures.render(recipe, "tr", tmp_path / "a")
    assert figures.render(recipe, "tr", tmp_path / "b")
    for fmt in figures.FORMATS:
        first = (tmp_path / "a" / f"{recipe.stem}.{fmt}").read_bytes()
        assert first == (tmp_path / "b" / f"{recipe.stem}.{fmt}").read_bytes()


def test_an_unchanged_figure_is_not_drawn_again_and_keeps_its_file_time(recipe, tmp_path):
    assert figures.render(recipe, "en", tmp_path)
    svg = tmp_path / f"{recipe.stem}.svg"
    before = svg.stat().st_mtime_ns
    assert not figures.render(recipe, "en", tmp_path)
    assert svg.stat().st_mtime_ns == before


def test_a_changed_input_table_changes_the_cache_key(recipe, tmp_path, monkeypatch):
    module = figures.load_recipe(recipe)
    before = figures.cache_key(recipe, module.TABLES, "tr")
    data = tmp_path / "data"
    shutil.copytree(figures.DATA_DIR, data)
    table = data / module.TABLES[0]
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(figures, "DATA_DIR", data)
    assert figures.cache_key(recipe, module.TABLES, "tr") != before


def figure_blocks(page_text: str) -> list[str]:
    return re.findall(r"<figure.*?</figure>", page_text, flags=re.S)


def as_csv_value(text: str, lang: str) -> str:
    """A number as a float's repr, whatever its spelling: "13,27" (tr), "13.27" (en) and the CSV's
    "13.27" all give "13.27"; the page's "7" and the CSV's "7.0" both give "7.0" (the page drops
    a zero decimal part). Texts stay as they are."""
    group, decimal = {"tr": (".", ","), "en": (",", "."), "csv": ("", ".")}[lang]
    plain = (text.replace(group, "") if group else text).replace(decimal, ".")
    try:
        number = float(plain)
    except ValueError:
        return text
    return repr(number)


def test_every_figure_shows_its_source_its_data_table_and_a_working_csv_download(html_pages):
    seen = 0
    for lang, pages in html_pages.items():
        for path in pages:
            for block in figure_blocks(path.read_text(encoding="utf-8")):
                seen += 1
                source = re.search(r'class="figure-source">([^<]*)<', block)
                assert source and len(source.group(1)) > len("Kaynak: ."), path
                # Every data cell, numbers and texts (the plan's years are text, not 2.011).
                cells = re.findall(r'<td[^>]*>([^<]*)</td>', block)
                assert cells, f"{path}: a figure without its data table"
                href = re.search(r'class="reference download internal"[^>]*href="([^"]+\.csv)"',
                                 block).group(1)
                rows = list(csv.reader((path.parent / href).resolve().open(encoding="utf-8")))
                plotted = [value for row in rows[1:] for value in row[1:]]
                assert [as_csv_value(c, lang) for c in cells] == [
                    as_csv_value(v, "csv") for v in plotted], path
    assert seen >= 2, "no figures found in the sites"
