"""The profile's indicators (data/indicators.csv): one card each in its chapter on both sites,
every WHO core indicator present (with data or shown as pending), every indicator in the
overview with the value the data give, and registry slips stopped with file, row and column."""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from babel.numbers import format_decimal

from izmir import data, indicators
from izmir.site import LANGUAGES
from test_plan import visible

with (data.DATA_DIR / "indicators.csv").open(encoding="utf-8", newline="") as handle:
    ROWS = list(csv.DictReader(handle))

# The 32 WHO Healthy Cities core indicators: A health, B health services, C environment,
# D socioeconomic.
WHO_CORE = ({f"A{n}" for n in range(1, 4)} | {f"B{n}" for n in range(1, 8)}
            | {f"C{n}" for n in range(1, 15)} | {f"D{n}" for n in range(1, 9)})


def page(site, lang: str, docname: str) -> str:
    return (site / "html" / lang / f"{docname}.html").read_text(encoding="utf-8")


def card(text: str, key: str) -> str:
    """The card's HTML: from its opening tag to the end of its field list."""
    anchor = "indicator-" + key.replace("_", "-")
    match = re.search(rf'<div[^>]*id="{anchor}".*?</dl>', text, flags=re.DOTALL)
    assert match, f"no card for {key}"
    return match.group(0)


def test_the_registry_answers_every_who_core_indicator():
    answered = {row["who_core"] for row in ROWS if row["who_core"]}
    assert sorted(WHO_CORE - answered) == [], "WHO core indicators missing from the profile"
    assert answered <= WHO_CORE


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_indicator_has_one_card_in_its_chapter_in_the_readers_language(site, lang):
    assert ROWS
    pending = indicators.LABELS[lang]["pending"]
    for row in ROWS:
        text = page(site, lang, row["chapter"])
        anchor = "indicator-" + row["indicator"].replace("_", "-")
        assert text.count(f'id="{anchor}"') == 1, row["indicator"]
        shown = visible(card(text, row["indicator"]))
        assert row[f"name_{lang}"].replace("’", "'") in shown
        assert row[f"definition_{lang}"].replace("’", "'") in shown
        if row["status"] == "pending":
            assert pending in shown and row[f"holder_{lang}"].replace("’", "'") in shown
        else:
            assert pending not in shown


def latest_izmir_value(row: dict) -> tuple[str, float]:
    """Read straight from the CSV with the csv module: the last period with a value."""
    with (data.DATA_DIR / f"{row['table']}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    wanted = dict(c.split("=", 1) for c in row["where"].split(";") if c)
    period = row["period_column"] or "year"
    found = [(r[period], float(r[row["column"]])) for r in rows
             if r["area_id"] == "TR-35" and r[row["column"]]
             and all(r[k] == v for k, v in wanted.items())]
    return max(found, key=lambda item: item[0])  # years, or period labels of equal length


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_overview_lists_every_indicator_with_its_latest_value_and_a_link(site, lang):
    text = page(site, lang, "profil/gostergeler")
    for row in ROWS:
        anchor = "indicator-" + row["indicator"].replace("_", "-")
        chapter = row["chapter"].split("/")[-1]
        match = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*href="{chapter}\.html#{anchor}".*?</tr>',
                          text, flags=re.DOTALL)
        assert match, f"{row['indicator']} is not linked from the overview"
        shown = visible(match.group(0))
        if row["status"] == "pending":
            assert indicators.LABELS[lang]["pending"] in shown
            continue
        period, value = latest_izmir_value(row)
        decimals = int(row["decimals"] or 0)
        number = format_decimal(value, format="#,##0" + ("." + "0" * decimals if decimals else ""),
                                locale=lang)
        assert f"{number} ({period})" in shown, (row["indicator"], shown)


# -- Registry slips ----------------------------------------------------------------------------

@pytest.fixture
def data_copy(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, copy)
    return copy


def add_row(data_dir, **values: str) -> int:
    """Append a registry row; return its row number as frictionless counts (header = 1)."""
    path = data_dir / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, count = reader.fieldnames, sum(1 for _ in reader)
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=fields, lineterminator="\n").writerow(
            {name: values.get(name, "") for name in fields})
    return count + 2


BASE = {"indicator": "test_indicator", "chapter": "profil/nufus", "name_tr": "Deneme",
        "name_en": "Test", "definition_tr": "Deneme.", "definition_en": "Test."}


@pytest.mark.parametrize("changes, column", [
    ({"status": "pending"}, "holder_tr"),
    ({"status": "available", "table": "population_total", "column": "populaton"}, "column"),
    ({"status": "available", "table": "population_totals", "column": "population"}, "table"),
    ({"status": "available", "table": "population_total", "column": "population",
      "where": "sex=female"}, "where"),
])
def test_a_registry_slip_is_reported_with_file_row_and_column(data_copy, changes, column):
    row_number = add_row(data_copy, **BASE, **changes)
    problems = data.validation_errors(data_copy)
    assert any(p.startswith(f"data/indicators.csv: row {row_number}, column '{column}'")
               for p in problems), problems


def test_the_project_registry_has_no_problems():
    assert indicators.indicator_errors(data.DATA_DIR) == []
