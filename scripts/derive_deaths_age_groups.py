"""Deaths in İzmir by broad age group: counts, shares and age-specific death rates.

    python scripts/derive_deaths_age_groups.py          write data/deaths_age_groups.csv
    python scripts/derive_deaths_age_groups.py --check  exit 1 if the committed file differs

Used by the "Sağlık durumu / Health status" chapter. Inputs (both TÜİK, in data/):

* deaths_age_sex.csv: deaths of İzmir residents by sex and age group at death ("0", "1-4",
  5-year groups, an open "75+" and "unknown" = age not stated);
* population_age_sex.csv: İzmir's population on 31 December by sex and 5-year age group (to 90+).

Outputs, one row per year, both sexes together:

* deaths, deaths_age_unknown: all deaths and those whose age was not stated;
* deaths_under_65, deaths_65_74, deaths_75_plus: deaths of known age in three groups;
* share_65_plus, share_75_plus: per cent of the deaths of known age (unknown ages left out);
* death_rate_under_65, death_rate_65_74, death_rate_75_plus: deaths of the group per 1000
  mid-year population of the same age; mid-year population = mean of the 31 December
  populations of the previous and the current year (the method of vital_statistics.csv).

Shares and rates are rounded to 2 decimals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OUTPUT = DATA / "deaths_age_groups.csv"
IZMIR = "TR-35"

GROUPS = ("under_65", "65_74", "75_plus")


def broad_group(age_group: str) -> str:
    """"0", "1-4", "5-9" … "90+" -> under_65, 65_74 or 75_plus; "unknown" stays unknown."""
    if age_group == "unknown":
        return "unknown"
    lower = int(age_group.replace("+", "-").split("-")[0])
    return "under_65" if lower < 65 else "65_74" if lower < 75 else "75_plus"


def derive(deaths: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    deaths = deaths[deaths["area_id"] == IZMIR].assign(
        group=lambda t: t["age_group"].astype(str).map(broad_group))
    population = population[population["area_id"] == IZMIR].assign(
        group=lambda t: t["age_group"].astype(str).map(broad_group))

    counts = deaths.groupby(["year", "group"])["deaths"].sum().unstack(fill_value=0)
    counts = counts.reindex(columns=[*GROUPS, "unknown"], fill_value=0)
    on_31_december = population.groupby(["year", "group"])["population"].sum().unstack()
    mid_year = (on_31_december + on_31_december.shift(1)) / 2  # years are consecutive (checked)
    assert list(on_31_december.index) == list(range(on_31_december.index.min(),
                                                    on_31_december.index.max() + 1))

    known = counts[list(GROUPS)].sum(axis=1)
    table = pd.DataFrame({
        "area_id": IZMIR,
        "area": "İzmir",
        "year": counts.index,
        "deaths": counts.sum(axis=1).to_numpy(),
        "deaths_age_unknown": counts["unknown"].to_numpy(),
        **{f"deaths_{g}": counts[g].to_numpy() for g in GROUPS},
        "share_65_plus": (100 * (counts["65_74"] + counts["75_plus"]) / known).to_numpy(),
        "share_75_plus": (100 * counts["75_plus"] / known).to_numpy(),
        **{f"death_rate_{g}": (1000 * counts[g] / mid_year.loc[counts.index, g]).to_numpy()
           for g in GROUPS},
    })
    rounded = [c for c in table.columns if c.startswith(("share_", "death_rate_"))]
    table[rounded] = table[rounded].round(2)
    return table.reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed file instead of writing it")
    args = parser.parse_args(argv)

    deaths = pd.read_csv(DATA / "deaths_age_sex.csv", dtype={"age_group": str})
    population = pd.read_csv(DATA / "population_age_sex.csv", dtype={"age_group": str})
    text = derive(deaths, population).to_csv(index=False, lineterminator="\n")

    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is not what the script derives: run "
                  f"python scripts/{Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
