"""Households grew faster than the population, 2012–2025 (Yaşam koşulları bölümü).

Inputs: data/median_age_households.csv (number of households, TÜİK ADNKS, from 2012) and
data/population_total.csv (population, TÜİK ADNKS). Each series is drawn as an index, 2012 = 100,
so counts of different size can share one axis: İzmir's households, İzmir's population and, for
comparison, Türkiye's households. The data table gives the counts and the indices (whole numbers).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["median_age_households.csv", "population_total.csv"]

BASE_YEAR = 2012  # the first year with a household count

LABELS = {
    "tr": {"x": "Yıl", "y": f"Endeks ({BASE_YEAR} = 100)",
           "izmir_households": "İzmir: hane sayısı", "izmir_population": "İzmir: nüfus",
           "turkiye_households": "Türkiye: hane sayısı", "index": f"endeks, {BASE_YEAR} = 100"},
    "en": {"x": "Year", "y": f"Index ({BASE_YEAR} = 100)",
           "izmir_households": "İzmir: households", "izmir_population": "İzmir: population",
           "turkiye_households": "Türkiye: households", "index": f"index, {BASE_YEAR} = 100"},
}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per year from the base year: the three counts and their indices (base = 100)."""
    households = data["median_age_households.csv"]
    population = data["population_total.csv"]

    def count(table: pd.DataFrame, area_id: str, column: str) -> pd.Series:
        rows = table[(table["area_id"] == area_id) & (table["year"] >= BASE_YEAR)]
        return rows.set_index("year")[column].dropna()

    counts = pd.DataFrame({
        "izmir_households": count(households, "TR-35", "household_count"),
        "izmir_population": count(population, "TR-35", "population"),
        "turkiye_households": count(households, "TR", "household_count"),
    }).dropna().sort_index()
    # Whole numbers: the chart needs no more, and the table shows exactly what is drawn.
    indices = (counts / counts.loc[BASE_YEAR] * 100).round(0).astype("int64")
    return counts.astype("int64").join(indices.add_suffix("_index"))


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = series(data)
    years = table.index

    figure = Figure()
    axes = figure.subplots()
    styles = {
        "izmir_households": {"color": PALETTE["izmir"], "linestyle": "-", "marker": "o"},
        "izmir_population": {"color": PALETTE["accent"], "linestyle": "-", "marker": "s"},
        "turkiye_households": {"color": PALETTE["turkiye"], "linestyle": "--", "marker": "^"},
    }
    for name, style in styles.items():
        axes.plot(years, table[f"{name}_index"], linewidth=2, markersize=3, label=labels[name],
                  **style)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(years.min()), int(years.max()) + 1, 2))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """The counts and the plotted indices, for the data table under the figure and its CSV."""
    labels = LABELS[lang]
    table = series(data)
    columns = {labels["x"]: table.index.astype(str)}
    for name in ("izmir_households", "izmir_population", "turkiye_households"):
        columns[labels[name]] = table[name].to_numpy()
        columns[f"{labels[name]} ({labels['index']})"] = table[f"{name}_index"].to_numpy()
    return pd.DataFrame(columns)
