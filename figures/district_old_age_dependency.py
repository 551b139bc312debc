"""Old-age dependency ratio of the 30 districts of İzmir, latest year (Eşitsizlikler bölümü).

Inputs: data/district_indicators.csv and data/population_structure.csv (derived from TÜİK
ADNKS by scripts/derive_data.py): people aged 65+ per 100 aged 15–64, districts sorted, with
İzmir as a whole for reference. The latest district values (2025) are to be re-checked against
TÜİK (see the table's description).
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["district_indicators.csv", "population_structure.csv"]

LABELS = {
    "tr": {"x": "Yaşlı bağımlılık oranı, {year} (15–64 yaştaki 100 kişiye 65+ yaştaki kişi)",
           "district": "İlçe", "izmir": "İzmir geneli",
           "column": "Yaşlı bağımlılık oranı, {year}"},
    "en": {"x": "Old-age dependency ratio, {year} (people aged 65+ per 100 aged 15–64)",
           "district": "District", "izmir": "İzmir as a whole",
           "column": "Old-age dependency ratio, {year}"},
}


def latest(data: dict[str, pd.DataFrame]) -> tuple[int, pd.Series, float]:
    table = data["district_indicators.csv"]
    year = int(table["year"].max())
    ratios = (table[table["year"] == year].set_index("area")["old_age_dependency_ratio"]
              .sort_values().round(1))
    structure = data["population_structure.csv"]
    izmir = structure[(structure["area_id"] == "TR-35") & (structure["year"] == year)]
    return year, ratios, round(float(izmir["old_age_dependency_ratio"].iloc[0]), 1)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    year, ratios, izmir = latest(data)
    figure = Figure(figsize=(7.0, 7.6))
    axes = figure.subplots()
    colours = [PALETTE["izmir"] if value <= izmir else PALETTE["accent"] for value in ratios]
    axes.barh(range(len(ratios)), ratios, color=colours, height=0.7)
    for row, value in enumerate(ratios):
        axes.annotate(format_decimal(value, format="#,##0.0", locale=lang), (value, row),
                      xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    axes.axvline(izmir, color=PALETTE["grey"], linestyle="--", linewidth=1.2)
    axes.annotate(f"{labels['izmir']}: {format_decimal(izmir, format='#,##0.0', locale=lang)}",
                  (izmir, 0), xytext=(4, 0), textcoords="offset points",
                  color=PALETTE["grey"], va="center", fontsize=9)
    axes.set_yticks(range(len(ratios)), list(ratios.index))
    axes.set_ylim(-0.6, len(ratios) - 0.4)
    axes.set_xlim(0, ratios.max() * 1.12)
    axes.set_xlabel(labels["x"].format(year=year))
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    axes.set_axisbelow(True)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    year, ratios, izmir = latest(data)
    ordered = ratios[::-1]
    return pd.DataFrame({labels["district"]: [*ordered.index, labels["izmir"]],
                         labels["column"].format(year=year): [*ordered.to_numpy(), izmir]})
