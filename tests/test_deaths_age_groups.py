"""The derived table data/deaths_age_groups.csv is exactly what its script computes from the
TÜİK tables, and its groups add up to the published death counts."""

from __future__ import annotations

import pandas as pd

import derive_deaths_age_groups as derive


def test_the_committed_table_is_what_the_script_derives_from_the_data():
    assert derive.main(["--check"]) == 0


def test_every_age_group_label_falls_in_one_broad_group():
    assert derive.broad_group("0") == derive.broad_group("1-4") == derive.broad_group("60-64") == "under_65"
    assert derive.broad_group("65-69") == derive.broad_group("70-74") == "65_74"
    assert derive.broad_group("75+") == derive.broad_group("75-79") == derive.broad_group("90+") == "75_plus"
    assert derive.broad_group("unknown") == "unknown"


def test_groups_add_up_to_the_deaths_of_the_vital_statistics():
    table = pd.read_csv(derive.OUTPUT)
    vital = pd.read_csv(derive.DATA / "vital_statistics.csv")
    vital = vital[vital["area_id"] == "TR-35"].set_index("year")["deaths"]
    groups = table[["deaths_under_65", "deaths_65_74", "deaths_75_plus", "deaths_age_unknown"]]
    assert (groups.sum(axis=1) == table["deaths"]).all()
    assert (table.set_index("year")["deaths"] == vital.loc[table["year"]]).all()


def test_a_rate_is_deaths_per_1000_mid_year_population_of_the_same_age():
    # One hand-checkable case: 75+ in 2025 from the raw rows.
    deaths = pd.read_csv(derive.DATA / "deaths_age_sex.csv", dtype={"age_group": str})
    population = pd.read_csv(derive.DATA / "population_age_sex.csv", dtype={"age_group": str})
    izmir = population[(population["area_id"] == "TR-35")
                       & population["age_group"].isin(["75-79", "80-84", "85-89", "90+"])]
    mid_year = izmir[izmir["year"].isin([2024, 2025])]["population"].sum() / 2
    died = deaths[(deaths["year"] == 2025) & (deaths["age_group"] == "75+")]["deaths"].sum()
    row = pd.read_csv(derive.OUTPUT).set_index("year").loc[2025]
    assert row["death_rate_75_plus"] == round(1000 * died / mid_year, 2)
