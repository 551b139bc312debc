"""Population change of the 30 districts of İzmir since 2015 (Nüfus bölümü).

Input: data/district_indicators.csv (derived from TÜİK ADNKS by scripts/derive_data.py):
100 · (P_latest / P_2015 − 1), sorted, with İzmir as a whole for reference. The latest
district values (2025) are to be re-checked against TÜİK (see the table's description).
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["district_indicators.csv", "population_total.csv"]

LABELS = {
    "tr": {"x": "Nüfus değişimi, 2015–{year} (%)", "district": "İlçe",
           "izmir": "İzmir geneli", "column": "2015–{year} değişim (%)"},
    "en": {"x": "Population change, 2015–{year} (%)", "district": "District",
           "izmir": "İzmir as a whole", "column": "Change 2015–{year} (%)"},
}


def latest(data: dict[str, pd.DataFrame]) -> tuple[int, pd.Series, float]:
    table = data["district_indicators.csv"]
    year = int(table["year"].max())
    growth = (table[table["year"] == year].set_index("area")["growth_since_2015"]
              .sort_values().round(1))
    totals = data["population_total.csv"]
    izmir = totals[totals["area_id"] == "TR-35"].set_index("year")["population"]
    return year, growth, round(100 * (izmir[year] / izmir[2015] - 1), 1)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    year, growth, izmir = latest(data)
    figure = Figure(figsize=(7.0, 7.6))
    axes = figure.subplots()
    colours = [PALETTE["izmir"] if value >= 0 else PALETTE["turkiye"] for value in growth]
    axes.barh(range(len(growth)), growth, color=colours, height=0.7)
    axes.set_yticks(range(len(growth)), list(growth.index))
    axes.axvline(0, color="black", linewidth=0.8)
    axes.axvline(izmir, color=PALETTE["grey"], linestyle="--", linewidth=1.2)
    # The bottom rows are the shrinking districts, so the label has room there.
    axes.annotate(f"{labels['izmir']}: {format_decimal(izmir, format='#,##0.0', locale=lang)}",
                  (izmir, 0), xytext=(4, 0), textcoords="offset points",
                  color=PALETTE["grey"], va="center", fontsize=9)
    for row, value in enumerate(growth):
        axes.annotate(format_decimal(value, format="#,##0.0", locale=lang), (value, row),
                      xytext=(3 if value >= 0 else -3, 0), textcoords="offset points",
                      ha="left" if value >= 0 else "right", va="center", fontsize=8)
    axes.set_xlabel(labels["x"].format(year=year))
    axes.set_ylim(-0.6, len(growth) - 0.4)
    axes.set_xlim(min(growth.min(), 0) - 8, growth.max() + 8)
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    axes.set_axisbelow(True)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    year, growth, izmir = latest(data)
    ordered = growth[::-1]
    return pd.DataFrame({labels["district"]: [*ordered.index, labels["izmir"]],
                         labels["column"].format(year=year): [*ordered.to_numpy(), izmir]})
