"""The derived population tables in data/ are exactly what scripts/derive_data.py computes from
the TÜİK tables, and a few of their values agree with an independent calculation."""

from __future__ import annotations

import csv
import math

import pytest

import derive_data
from izmir.data import DATA_DIR


def rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def one(name: str, **where: str) -> dict[str, str]:
    found = [row for row in rows(name) if all(row[k] == v for k, v in where.items())]
    assert len(found) == 1, (name, where, len(found))
    return found[0]


@pytest.mark.parametrize("name", derive_data.OUTPUTS)
def test_the_committed_derived_tables_equal_a_fresh_derivation(name, tmp_path):
    derive_data.derive(DATA_DIR, tmp_path)
    assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), (
        f"data/{name} is stale: run python scripts/derive_data.py and commit the result")


def test_every_derived_table_is_described_in_the_data_package():
    import json

    described = {r["path"] for r in json.loads((DATA_DIR / "datapackage.json").read_text("utf-8"))
                 ["resources"]}
    assert set(derive_data.OUTPUTS) <= described


def age_sum(area_id: str, year: str, lowest: int, highest: int) -> int:
    """Population of ``area_id`` in the 5-year groups starting between ``lowest`` and ``highest``."""
    return sum(int(row["population"]) for row in rows("population_age_sex.csv")
               if row["area_id"] == area_id and row["year"] == year
               and lowest <= int(row["age_group"].rstrip("+").split("-")[0]) <= highest)


@pytest.mark.parametrize("area_id", ["TR-35", "TR"])
def test_the_dependency_ratios_of_2025_follow_from_the_raw_age_groups(area_id):
    children, working, old = (age_sum(area_id, "2025", 0, 10), age_sum(area_id, "2025", 15, 60),
                              age_sum(area_id, "2025", 65, 200))
    derived = one("population_structure.csv", area_id=area_id, year="2025")
    assert float(derived["old_age_dependency_ratio"]) == pytest.approx(100 * old / working, abs=0.005)
    assert float(derived["young_age_dependency_ratio"]) == pytest.approx(100 * children / working,
                                                                      abs=0.005)
    assert int(derived["population_65_plus"]) == old


def test_izmirs_65_plus_count_matches_the_figures_reported_from_tuik_releases():
    # AA/TÜİK news quoted in the shared data SOURCES.md §5.
    for year, reported in (("2019", 493673), ("2023", 573856), ("2024", 598004)):
        assert int(one("population_structure.csv", area_id="TR-35", year=year)
                   ["population_65_plus"]) == reported


def test_izmirs_growth_rates_round_to_the_ones_tuik_published():
    # TÜİK's published annual growth rates for İzmir, 2022–2025 (shared data SOURCES.md §1).
    for year, published in (("2022", 8.2), ("2023", 3.9), ("2024", 3.1), ("2025", 2.4)):
        population = {r["year"]: int(r["population"]) for r in rows("population_total.csv")
                      if r["area_id"] == "TR-35"}
        own = 1000 * math.log(population[year] / population[str(int(year) - 1)])
        assert round(own, 1) == published
        assert float(one("population_structure.csv", area_id="TR-35", year=year)
                     ["annual_growth_rate"]) == pytest.approx(own, abs=0.005)


def test_izmirs_pyramid_top_group_adds_up_the_groups_from_75_to_90_plus():
    for sex in ("female", "male"):
        detailed = sum(int(r["population"]) for r in rows("population_age_sex.csv")
                       if r["area_id"] == "TR-35" and r["year"] == "2025" and r["sex"] == sex
                       and r["age_group"] in {"75-79", "80-84", "85-89", "90+"})
        top = one("population_pyramid.csv", area_id="TR-35", year="2025", age_group="75+", sex=sex)
        assert int(top["population"]) == detailed


def test_a_district_crude_death_rate_is_deaths_per_1000_of_the_mid_year_population():
    population = {r["year"]: int(r["population"]) for r in rows("district_population.csv")
                  if r["area"] == "Karaburun"}
    deaths = int(one("district_births_deaths.csv", area="Karaburun", year="2024")["deaths"])
    expected = 1000 * deaths / ((population["2023"] + population["2024"]) / 2)
    derived = one("district_indicators.csv", area="Karaburun", year="2024")
    assert float(derived["crude_death_rate"]) == pytest.approx(expected, abs=0.005)
