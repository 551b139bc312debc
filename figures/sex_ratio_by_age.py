"""Men per 100 women by age group, İzmir, latest year (Eşitsizlikler bölümü).

Input: data/population_age_sex.csv (TÜİK, ADNKS): İzmir's 5-year age groups up to 90+, summed
from its districts. 100 · men / women in each group; below 100 women outnumber men.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["population_age_sex.csv"]

LABELS = {
    "tr": {"y": "100 kadına düşen erkek", "x": "Yaş grubu", "equal": "eşit sayı",
           "column": "100 kadına düşen erkek, {year}"},
    "en": {"y": "Men per 100 women", "x": "Age group", "equal": "equal numbers",
           "column": "Men per 100 women, {year}"},
}


def ratios(data: dict[str, pd.DataFrame]) -> tuple[int, pd.Series]:
    table = data["population_age_sex.csv"]
    izmir = table[table["area_id"] == "TR-35"]
    year = int(izmir["year"].max())
    rows = izmir[izmir["year"] == year]
    order = list(dict.fromkeys(rows["age_group"]))
    by_sex = rows.pivot_table(index="age_group", columns="sex", values="population",
                              aggfunc="sum").loc[order]
    return year, (100 * by_sex["male"] / by_sex["female"]).round(1)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    year, values = ratios(data)
    figure = Figure(figsize=(7.0, 4.0))
    axes = figure.subplots()
    colours = [PALETTE["izmir"] if value >= 100 else PALETTE["turkiye"] for value in values]
    axes.bar(range(len(values)), values - 100, bottom=100, color=colours, width=0.75)
    axes.axhline(100, color="black", linewidth=0.8)
    axes.annotate(labels["equal"], (len(values) - 0.5, 100), xytext=(0, 3),
                  textcoords="offset points", ha="right", va="bottom", fontsize=8)
    for position, value in enumerate(values):
        if value < 90:
            axes.annotate(format_decimal(value, format="#,##0", locale=lang), (position, value),
                          xytext=(0, -3), textcoords="offset points", ha="center", va="top",
                          fontsize=8)
    axes.set_xticks(range(len(values)), list(values.index), rotation=60, ha="right")
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(max(0, values.min() - 12), max(110, values.max() + 5))
    axes.yaxis.set_major_formatter(number_formatter(lang))
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    year, values = ratios(data)
    return pd.DataFrame({labels["x"]: list(values.index),
                         labels["column"].format(year=year): values.to_numpy()})
