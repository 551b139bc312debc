"""Derived population tables, computed from the committed TÜİK tables in ``data/``.

    python scripts/derive_data.py              rewrite the derived tables in data/
    python scripts/derive_data.py --out DIR    write them to DIR instead (tests compare the two)

Reads population_total, population_age_sex, district_population, district_population_age_sex,
migration_foreign and district_births_deaths; writes:

* ``population_pyramid.csv``: İzmir and Türkiye by 5-year age group and sex, with İzmir's
  75-79 … 90+ groups added up to Türkiye's top group 75+, and each cell's share of the total.
* ``population_structure.csv``: İzmir and Türkiye by year: annual growth rate, age structure,
  dependency ratios, net migration rate and foreign nationals per 1,000 (the last two İzmir only).
* ``district_indicators.csv``: the 30 districts by year: growth, age structure, dependency
  ratios, crude birth and death rates (single years and pooled over three years).
* ``district_inequality.csv``: for some of those indicators, the lowest and highest district
  each year, the gap between them and their ratio.

Formulas (‰ = per 1,000):
  annual growth rate   1000 · ln(P_t / P_t−1), P = population on 31 December (TÜİK's formula)
  dependency ratios    100 · (0–14 or 65+ or both) / (15–64)
  mid-year population  mean of the 31 December populations of year−1 and year
  crude rates          1000 · events / mid-year population
  3-year crude rates   1000 · events of years y−2…y / sum of their mid-year populations
  sex ratio            100 · males / females
  net migration rate   1000 · net inter-provincial migration / mid-year population
  foreign per 1,000    1000 · foreign nationals / population, both on 31 December

After a TÜİK update of the source tables, run this script, commit the changed files, and
``tests/test_derived_data.py`` will confirm they match. The layout: load inputs / process / save.
"""

from __future__ import annotations

import argparse
import math
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

OUTPUTS = ("population_pyramid.csv", "population_structure.csv", "district_indicators.csv",
           "district_inequality.csv")

# Türkiye's province file stops at 75+; İzmir (summed from the district file) goes to 90+.
TOP_GROUP = "75+"
OLDER_GROUPS = ("75-79", "80-84", "85-89", "90+")
CHILD_GROUPS = ("0-4", "5-9", "10-14")
OLD_GROUPS = ("65-69", "70-74", TOP_GROUP, *OLDER_GROUPS)

# District boundaries changed in 2008 (Bayraklı and Karabağlar were created from other
# districts), so district growth is measured from 2008 onwards only.
DISTRICT_GROWTH_FROM = 2009
GROWTH_BASE_YEAR = 2015


# -- Load --------------------------------------------------------------------------------------

def load(data_dir: Path) -> dict[str, pd.DataFrame]:
    names = ("population_total", "population_age_sex", "district_population",
             "district_population_age_sex", "migration_foreign", "district_births_deaths")
    return {name: pd.read_csv(data_dir / f"{name}.csv", keep_default_na=False, na_values=[""])
            for name in names}


# -- Process -----------------------------------------------------------------------------------

def lower_age(group: str) -> int:
    return int(group.rstrip("+").split("-")[0])


def broad_age(group: str) -> str:
    """0–14, 15–64 or 65+ for a 5-year group (or an open top group)."""
    if group in CHILD_GROUPS:
        return "0_14"
    if group in OLD_GROUPS:
        return "65_plus"
    return "15_64"


def growth_rate(population: pd.Series) -> pd.Series:
    """1000 · ln(P_t / P_t−1) along a series sorted by year (NaN for the first year)."""
    return 1000 * (population / population.shift(1)).map(math.log)


def age_structure(age_sex: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Counts in the three broad age groups, shares (%) and dependency ratios, per ``keys``."""
    broad = (age_sex.assign(broad=age_sex["age_group"].map(broad_age))
             .pivot_table(index=keys, columns="broad", values="population", aggfunc="sum")
             .rename(columns=lambda c: f"population_{c}"))
    total = broad.sum(axis=1)
    working = broad["population_15_64"]
    return broad.assign(
        share_0_14=100 * broad["population_0_14"] / total,
        share_65_plus=100 * broad["population_65_plus"] / total,
        young_age_dependency_ratio=100 * broad["population_0_14"] / working,
        old_age_dependency_ratio=100 * broad["population_65_plus"] / working,
        total_dependency_ratio=100 * (broad["population_0_14"] + broad["population_65_plus"])
        / working,
    ).reset_index()


def sex_ratios(age_sex: pd.DataFrame) -> pd.DataFrame:
    """Males per 100 females, all ages and aged 65 and over, per area and year."""
    old = age_sex["age_group"].map(broad_age) == "65_plus"
    ratios = {}
    for name, rows in (("sex_ratio", age_sex), ("sex_ratio_65_plus", age_sex[old])):
        by_sex = rows.pivot_table(index=["area_id", "year"], columns="sex", values="population",
                                  aggfunc="sum")
        ratios[name] = 100 * by_sex["male"] / by_sex["female"]
    return pd.DataFrame(ratios).reset_index()


def pooled_rate(events: pd.Series, mid_year: pd.Series, years: pd.Series) -> pd.Series:
    """1000 · events over three consecutive years / their summed mid-year populations."""
    consecutive = years.diff(2) == 2
    rate = 1000 * events.rolling(3).sum() / mid_year.rolling(3).sum()
    return rate.where(consecutive)


def check_sums(age_sex: pd.DataFrame, totals: pd.DataFrame, keys: list[str], name: str) -> None:
    """The age groups must add up to the published totals: a changed source shows here first."""
    summed = age_sex.groupby(keys)["population"].sum()
    published = totals.set_index(keys)["population"]
    wrong = summed.reindex(published.index) != published
    if wrong.any():
        raise ValueError(f"{name}: age groups do not add up to the totals for "
                         f"{list(published.index[wrong])[:5]}")


def pyramid(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    age_sex = tables["population_age_sex"].copy()
    age_sex["age_group"] = age_sex["age_group"].replace(dict.fromkeys(OLDER_GROUPS, TOP_GROUP))
    cells = (age_sex.groupby(["area_id", "area", "year", "age_group", "sex"], sort=False)
             ["population"].sum().reset_index())
    totals = cells.groupby(["area_id", "year"])["population"].transform("sum")
    cells["share"] = 100 * cells["population"] / totals
    cells["order"] = cells["age_group"].map(lower_age)
    cells["area_order"] = cells["area_id"].map({"TR-35": 0, "TR": 1})
    cells = cells.sort_values(["area_order", "year", "order", "sex"])
    return cells[["area_id", "area", "year", "age_group", "sex", "population", "share"]]


def population_structure(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    totals = tables["population_total"].sort_values(["area_id", "year"])
    check_sums(tables["population_age_sex"], totals, ["area_id", "year"], "population_age_sex")
    frame = totals[["area_id", "area", "year", "population"]].copy()
    frame["annual_growth_rate"] = frame.groupby("area_id")["population"].transform(growth_rate)
    frame["mid_year"] = frame.groupby("area_id")["population"].transform(
        lambda p: (p + p.shift(1)) / 2)
    frame = frame.merge(age_structure(tables["population_age_sex"], ["area_id", "year"]),
                        on=["area_id", "year"], how="left")
    # Inter-provincial migration and foreign residents are published for İzmir only; for
    # Türkiye as a whole the net inter-provincial migration is zero by definition.
    migration = tables["migration_foreign"][["area_id", "year", "net_migration",
                                             "foreign_population"]]
    frame = frame.merge(migration, on=["area_id", "year"], how="left")
    frame["net_migration_rate"] = 1000 * frame["net_migration"] / frame["mid_year"]
    frame["foreign_per_1000"] = 1000 * frame["foreign_population"] / frame["population"]
    frame = frame.merge(sex_ratios(tables["population_age_sex"]), on=["area_id", "year"],
                        how="left")
    frame["area_order"] = frame["area_id"].map({"TR-35": 0, "TR": 1})
    frame = frame.sort_values(["area_order", "year"])
    return frame[["area_id", "area", "year", "population", "annual_growth_rate",
                  "population_0_14", "population_15_64", "population_65_plus", "share_0_14",
                  "share_65_plus", "young_age_dependency_ratio", "old_age_dependency_ratio",
                  "total_dependency_ratio", "sex_ratio", "sex_ratio_65_plus",
                  "net_migration_rate", "foreign_per_1000"]]


def district_indicators(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    totals = tables["district_population"].sort_values(["area_id", "year"])
    check_sums(tables["district_population_age_sex"], totals, ["area_id", "year"],
               "district_population_age_sex")
    frame = totals[["area_id", "area", "year", "population"]].copy()
    by_district = frame.groupby("area_id")["population"]
    frame["annual_growth_rate"] = by_district.transform(growth_rate)
    frame.loc[frame["year"] < DISTRICT_GROWTH_FROM, "annual_growth_rate"] = float("nan")
    base = frame[frame["year"] == GROWTH_BASE_YEAR].set_index("area_id")["population"]
    frame["growth_since_2015"] = 100 * (frame["population"] / frame["area_id"].map(base) - 1)
    frame.loc[frame["year"] < GROWTH_BASE_YEAR, "growth_since_2015"] = float("nan")
    previous = by_district.shift(1).where(frame["year"].diff() == 1)
    frame["mid_year"] = (frame["population"] + previous) / 2
    frame = frame.merge(age_structure(tables["district_population_age_sex"], ["area_id", "year"]),
                        on=["area_id", "year"], how="left")
    events = tables["district_births_deaths"][["area_id", "year", "live_births", "deaths"]]
    frame = frame.merge(events, on=["area_id", "year"], how="left")
    frame["crude_birth_rate"] = 1000 * frame["live_births"] / frame["mid_year"]
    frame["crude_death_rate"] = 1000 * frame["deaths"] / frame["mid_year"]
    # Small districts have few events a year: a three-year rate is steadier for comparisons.
    for rate, count in (("crude_birth_rate_3y", "live_births"), ("crude_death_rate_3y", "deaths")):
        frame[rate] = pd.concat(
            pooled_rate(rows[count], rows["mid_year"], rows["year"])
            for _, rows in frame.groupby("area_id", sort=False))
    return frame[["area_id", "area", "year", "population", "annual_growth_rate",
                  "growth_since_2015", "share_0_14", "share_65_plus",
                  "young_age_dependency_ratio", "old_age_dependency_ratio", "crude_birth_rate",
                  "crude_death_rate", "crude_birth_rate_3y", "crude_death_rate_3y"]]


# The district indicators compared in the inequalities chapter.
INEQUALITY_INDICATORS = ("share_65_plus", "old_age_dependency_ratio", "growth_since_2015",
                         "crude_birth_rate_3y", "crude_death_rate_3y")


def district_inequality(districts: pd.DataFrame) -> pd.DataFrame:
    """Lowest and highest district per indicator and year (all 30 districts needed)."""
    rows = []
    for indicator in INEQUALITY_INDICATORS:
        for year, values in districts.groupby("year"):
            values = values.dropna(subset=[indicator])
            if len(values) < districts["area_id"].nunique():
                continue
            low = values.loc[values[indicator].idxmin()]
            high = values.loc[values[indicator].idxmax()]
            rows.append({
                "area_id": "TR-35", "area": "İzmir", "indicator": indicator, "year": year,
                "lowest": low[indicator], "lowest_district": low["area"],
                "highest": high[indicator], "highest_district": high["area"],
                "gap": high[indicator] - low[indicator],
                # A ratio means little when the lowest value is zero or negative (growth).
                "ratio": high[indicator] / low[indicator] if low[indicator] > 0 else float("nan"),
            })
    return pd.DataFrame(rows)


# -- Save --------------------------------------------------------------------------------------

# Digits kept per column: enough that rounding the stored value again for display (to one or
# two digits, half to even as Babel does) gives the same result as rounding the exact value;
# to_csv checks it. Other columns are written as they are (text, whole numbers).
DIGITS = 8
DECIMALS = frozenset((
    "annual_growth_rate", "share", "share_0_14", "share_65_plus", "young_age_dependency_ratio",
    "old_age_dependency_ratio", "total_dependency_ratio", "net_migration_rate", "foreign_per_1000",
    "growth_since_2015", "crude_birth_rate", "crude_death_rate", "crude_birth_rate_3y",
    "crude_death_rate_3y", "sex_ratio", "sex_ratio_65_plus", "lowest", "highest", "gap", "ratio"))
COUNTS = {"population", "population_0_14", "population_15_64", "population_65_plus", "year"}
DISPLAY = (Decimal("0.1"), Decimal("0.01"))


def stored(value: float) -> str:
    text = f"{value:.{DIGITS}f}"
    for step in DISPLAY:
        if (Decimal(text).quantize(step, ROUND_HALF_EVEN)
                != Decimal(value).quantize(step, ROUND_HALF_EVEN)):
            raise ValueError(f"{value!r} stored as {text} would be displayed rounded the wrong "
                             f"way: raise DIGITS in {Path(__file__).name}")
    return text


def to_csv(frame: pd.DataFrame) -> str:
    """Fixed digits and no float noise, so the same inputs always give the same bytes."""
    out = frame.copy()
    for column in out.columns:
        if column in DECIMALS:
            out[column] = out[column].map(lambda v: "" if pd.isna(v) else stored(v))
        elif column in COUNTS:
            out[column] = out[column].map(lambda v: "" if pd.isna(v) else str(int(v)))
    return out.to_csv(index=False, lineterminator="\n")


def derive(data_dir: Path = DATA_DIR, out_dir: Path = DATA_DIR) -> list[Path]:
    tables = load(data_dir)
    districts = district_indicators(tables)
    results = {"population_pyramid.csv": pyramid(tables),
               "population_structure.csv": population_structure(tables),
               "district_indicators.csv": districts,
               "district_inequality.csv": district_inequality(districts)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in results.items():
        path = out_dir / name
        text = to_csv(frame)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR,
                        help="folder for the derived tables (default: data/)")
    args = parser.parse_args(argv)
    written = derive(DATA_DIR, args.out)
    for path in written:
        print(f"wrote {path}")
    if not written:
        print("derived tables already up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
