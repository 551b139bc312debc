"""Editors' common slips: each makes the build (what ``nox -s build`` runs) fail with a message
that names the file and the line and says what to do.

Every slip is made in one copy of the repository, built once beforehand, and undone afterwards.
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from workspace import copy_of_repository
from izmir.catalogues import markup_difference
from izmir.active_content import active_content
from izmir.markdown_checks import unclosed_fences

CHAPTER = Path("docs/profil/nufus.md")
CATALOGUE = Path("locales/en/LC_MESSAGES/profil/nufus.po")


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    copy = copy_of_repository(tmp_path_factory.mktemp("editor") / "repo")
    result = build(copy, "tr", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def build(repo: Path, *languages: str) -> subprocess.CompletedProcess:
    options = [arg for lang in languages for arg in ("--lang", lang)]
    return subprocess.run([sys.executable, "scripts/build.py", "--no-pdf", *options],
                          cwd=repo, capture_output=True, text=True)


@contextmanager
def slip(repo: Path, relative: Path, old: str, new: str):
    """Replace the first ``old`` in a file by ``new``; yield the 1-based line it is on."""
    path = repo / relative
    original = path.read_text(encoding="utf-8")
    assert old in original, f"{old!r} not in {relative}"
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    try:
        yield original[:original.index(old)].count("\n") + 1
    finally:
        path.write_text(original, encoding="utf-8")


def failed_output(repo: Path, *languages: str) -> str:
    result = build(repo, *languages)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    return output


def test_a_figure_name_without_recipe_names_chapter_line_and_the_missing_recipe(repo):
    with slip(repo, CHAPTER, "/figures/population_trend.*", "/figures/population_trends.*") as line:
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert "there is no recipe figures/population_trends.py" in output


def test_an_unknown_statistic_names_chapter_line_and_where_to_define_it(repo):
    # MyST gives a role the line its paragraph starts on: this role starts its list item.
    with slip(repo, CHAPTER, "population.izmir.2025", "population.izmir.2026") as line:
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert "unknown statistic 'population.izmir.2026': define it in data/statistics.toml" in output


def test_an_unclosed_directive_names_the_line_that_opened_it(repo):
    figure = "```{figure} /figures/population_trend.*"
    path = repo / CHAPTER
    text = path.read_text(encoding="utf-8")
    closing = text.rindex("```")  # the figure is the chapter's last block
    with slip(repo, CHAPTER, text[closing:], "\n"):
        line = text[:text.index(figure)].count("\n") + 1
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert "is never closed" in output and "add a line with ``` alone" in output


def test_a_broken_cross_reference_names_chapter_line_and_the_missing_page(repo):
    with slip(repo, CHAPTER, "## Temel mesajlar",
              "Bkz. {doc}`olmayan-bolum`.\n\n## Temel mesajlar") as line:
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert "unknown document: 'olmayan-bolum'" in output


@pytest.mark.parametrize(("html", "found"), [
    ("<script>alert(1)</script>", "script"),
    ('<iframe src="https://example.org"></iframe>', "iframe"),
    ('<span onclick="alert(1)">x</span>', "onclick"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
])
def test_active_html_in_a_chapter_names_chapter_and_line(repo, html, found):
    with slip(repo, CHAPTER, "## Temel mesajlar", f"{html}\n\n## Temel mesajlar") as line:
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert f"active content {found!r} is not allowed" in output


def test_an_unknown_indicator_names_chapter_line_and_where_to_add_it(repo):
    with slip(repo, CHAPTER, "## Temel mesajlar",
              "```{indicator} no_such_indicator\n```\n\n## Temel mesajlar") as line:
        output = failed_output(repo, "tr")
    assert f"{CHAPTER}:{line}" in output
    assert "unknown indicator 'no_such_indicator': add a row for it to data/indicators.csv" in output


def test_an_indicator_without_its_card_names_the_registry_row_and_the_chapter(repo):
    # A gap listed in the registry cannot silently vanish from its chapter.
    row = "forgotten_gap,profil/nufus,,pending,Unutulan,Forgotten,Tanım.,Definition.,,,,,,,,TÜİK,TurkStat,,"
    with slip(repo, Path("data/indicators.csv"), "note_en\n", f"note_en\n{row}\n"):
        output = failed_output(repo, "tr")
    assert "data/indicators.csv: row 2: indicator 'forgotten_gap' has no card in " \
           "docs/profil/nufus.md" in output


def test_a_malformed_data_row_names_table_row_and_column(repo):
    with slip(repo, Path("data/population_total.csv"), ",2010,", ",yirmi on,"):
        output = failed_output(repo, "tr")
    assert "data/population_total.csv: row " in output and "column 'year'" in output
    assert "nothing was built" in output


def test_a_translation_that_drops_a_statistic_names_the_catalogue_entry(repo):
    with slip(repo, CATALOGUE, "{stat}`population.izmir.2007` in 2007", "3.7 million in 2007"):
        text = (repo / CATALOGUE).read_text(encoding="utf-8")
        line = text[:text.index('"2025 sonunda İzmir')].count("\n")  # the msgid "" line above
        output = failed_output(repo, "en")
        status = subprocess.run([sys.executable, "scripts/translations.py", "status"],
                                cwd=repo, capture_output=True, text=True)
    expected = f"{CATALOGUE}:{line}"
    assert expected in output and "lacks {stat}`population.izmir.2007`" in output
    assert status.returncode == 1
    assert expected in status.stdout and "lacks {stat}`population.izmir.2007`" in status.stdout


# -- The checks behind the last two messages, one case each ------------------------------------

@pytest.mark.parametrize(("msgid", "msgstr", "problem"), [
    ("{stat}`a.b` kişi", "{stat}`a.b` people", None),
    ("{stat}`a.b` kişi", "many people", "lacks {stat}`a.b`"),
    ("{stat}`a.b` kişi", "{stat}`a.c` people", "lacks {stat}`a.b`; it has {stat}`a.c`"),
    ("{doc}`Nüfus <nufus>` bölümü", "the {doc}`Population <nufus>` chapter", None),
    ("{doc}`Nüfus <nufus>` bölümü", "the {doc}`Population <population>` chapter", "lacks {doc}`nufus`"),
    ("[TÜİK](https://data.tuik.gov.tr)", "[TurkStat](https://data.tuik.gov.tr)", None),
    ("[TÜİK](https://data.tuik.gov.tr)", "TurkStat", "lacks (https://data.tuik.gov.tr)"),
    ("{abbr}`DSÖ (Dünya Sağlık Örgütü)`", "{abbr}`WHO (World Health Organization)`", None),
])
def test_a_translation_must_keep_roles_and_link_addresses(msgid, msgstr, problem):
    found = markup_difference(msgid, msgstr)
    if problem is None:
        assert found is None
    else:
        assert found is not None and found.startswith("the translation " + problem)


def test_only_active_html_is_active_content():
    assert active_content('<span class="x" title="online">x</span> <a href="https://x.org">') == []
    assert active_content("<b>Bilgi</b> <!-- not. -->") == []
    assert active_content('<IMG SRC=x OnError = "a()">') == ["onerror"]
    assert active_content("<svg><script >x</script></svg>") == ["script"]


def test_only_a_fence_without_closing_is_reported_with_its_line():
    text = "\n".join([
        "# Başlık",                # 1
        "````{note}",              # 2  closed on line 7, by a longer fence than its inner one
        "```python",               # 3
        ":::{warning}",            # 4  inside code: not a directive
        "```",                     # 5
        "metin",                   # 6
        "````",                    # 7
        ":::{figure} x.png",       # 8  never closed
        "```{note}",               # 9
        "```",                     # 10
    ])
    assert unclosed_fences(text) == [(8, ":::{figure} x.png")]
    assert unclosed_fences("```{note}\n:::{tip}\nx\n```\n") == [(2, ":::{tip}")]
    assert unclosed_fences("``` `x` ```\n") == []
