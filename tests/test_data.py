"""The data package is validated with clear errors, and numbers in the prose come from it."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import read_page
from izmir import data
from izmir.site import DOCS_DIR, ROOT


@pytest.mark.parametrize(("lang", "decimals", "percent", "value", "expected"), [
    ("tr", 0, False, 4504185, "4.504.185"),
    ("en", 0, False, 4504185, "4,504,185"),
    ("tr", 1, False, 12.5, "12,5"),
    ("en", 1, False, 12.5, "12.5"),
    ("tr", 1, True, 12.5, "%12,5"),
    ("en", 1, True, 12.5, "12.5%"),
])
def test_numbers_are_written_in_the_readers_convention(lang, decimals, percent, value, expected):
    assert data.format_statistic(value, lang=lang, decimals=decimals, percent=percent) == expected


def test_statistic_keys_are_the_dotted_toml_table_names(tmp_path):
    registry = tmp_path / "statistics.toml"
    registry.write_text('[a.b.2025]\ntable = "t"\ncolumn = "c"\nwhere = { year = 2025 }\n',
                        encoding="utf-8")
    assert data.load_statistics(registry) == {
        "a.b.2025": data.Statistic(key="a.b.2025", table="t", column="c", where={"year": 2025})}


def test_every_defined_statistic_finds_exactly_one_value():
    statistics = data.load_statistics(data.STATISTICS)
    assert statistics
    for stat in statistics.values():
        assert data.statistic_value(stat, data.DATA_DIR) >= 0, stat.key


def test_the_project_data_package_is_valid():
    assert data.validation_errors(data.DATA_DIR) == []


@pytest.fixture
def data_copy(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, copy)
    return copy


def edit_line(path, number, old, new):
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def test_a_bad_cell_is_reported_with_file_row_and_column(data_copy):
    edit_line(data_copy / "population_total.csv", 3, "3795978", "3.795.978")
    problems = data.validation_errors(data_copy)
    assert any("data/population_total.csv: row 3, column 'population'" in p for p in problems)


def test_a_duplicate_key_is_reported_with_its_row(data_copy):
    edit_line(data_copy / "population_total.csv", 3, ",2008,", ",2007,")
    problems = data.validation_errors(data_copy)
    assert any("data/population_total.csv: row 3" in p and "primary key" in p for p in problems)


def test_a_missing_column_is_reported_by_name(data_copy):
    table = data_copy / "population_total.csv"
    rows = [line.rsplit(",", 1)[0] for line in table.read_text(encoding="utf-8").splitlines()]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    problems = data.validation_errors(data_copy)
    assert any("data/population_total.csv" in p and "'female'" in p for p in problems)


def test_an_undescribed_file_is_reported(data_copy):
    (data_copy / "extra.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert "data/extra.csv: not described in data/datapackage.json" in data.validation_errors(data_copy)


# A number with four or more digits that is not a year (1900–2099) must come through {stat}.
NUMBER = re.compile(r"\d[\d.,]*\d|\d")
ROLE = re.compile(r"\{stat\}`[^`]*`")


def test_every_large_number_in_the_chapters_comes_from_the_data():
    offenders = []
    for chapter in sorted(DOCS_DIR.rglob("*.md")):
        if any(part.startswith("_") for part in chapter.relative_to(DOCS_DIR).parts):
            continue
        for number, line in enumerate(chapter.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith((":", "```", "{")):
                continue  # directive options and fences hold file names, not prose numbers
            for token in NUMBER.findall(ROLE.sub("", line)):
                digits = re.sub(r"\D", "", token)
                is_year = len(digits) == 4 and 1900 <= int(digits) <= 2099 and digits == token
                if len(digits) >= 4 and not is_year:
                    offenders.append(f"{chapter.relative_to(ROOT)}:{number}: {token}")
    assert not offenders, "write these numbers with {stat}: " + "; ".join(offenders)


def test_the_data_appendix_lists_every_table_in_each_language_with_a_working_download(site):
    import json

    package = json.loads(data.PACKAGE.read_text(encoding="utf-8"))
    for lang in ("tr", "en"):
        page = site / "html" / lang / "veri-ve-kaynaklar.html"
        text = page.read_text(encoding="utf-8")
        shown = read_page(page).texts
        for resource in package["resources"]:
            title = data.localized(resource, "title", lang).replace("'", "’")  # smart quotes
            assert title in shown, (lang, title)
            href = re.search(rf'href="([^"]*/{re.escape(resource["path"])})"', text)
            assert href, (lang, resource["path"])
            assert (page.parent / href.group(1)).resolve().read_bytes() == \
                (data.DATA_DIR / resource["path"]).read_bytes()
