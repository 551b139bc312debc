"""Crude birth and death rates of the 30 districts of İzmir, ordered by age structure
(Eşitsizlikler bölümü).

Input: data/district_indicators.csv (derived from TÜİK by scripts/derive_data.py): births and
deaths of the latest three years per 1,000 mid-year population, pooled because small districts
have few events a year. Districts are ordered by their share of people aged 65+ (oldest at the
top), which shows that the crude death rate follows the age structure: it is not a ranking of
health.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["district_indicators.csv"]

LABELS = {
    "tr": {"x": "Binde, {first}–{year} (üç yıl birlikte)", "district": "İlçe",
           "birth": "Kaba doğum hızı", "death": "Kaba ölüm hızı", "old": "65+ yaş payı (%)",
           "order": "İlçeler 65+ yaştaki nüfusun payına göre sıralıdır (en yaşlı üstte)"},
    "en": {"x": "Per 1,000, {first}–{year} (three years pooled)", "district": "District",
           "birth": "Crude birth rate", "death": "Crude death rate",
           "old": "Share aged 65+ (%)",
           "order": "Districts ordered by the share of people aged 65+ (oldest at the top)"},
}


def latest(data: dict[str, pd.DataFrame]) -> tuple[int, pd.DataFrame]:
    table = data["district_indicators.csv"]
    year = int(table.dropna(subset=["crude_birth_rate_3y", "crude_death_rate_3y"])["year"].max())
    rows = (table[table["year"] == year].set_index("area")
            [["share_65_plus", "crude_birth_rate_3y", "crude_death_rate_3y"]]
            .sort_values("share_65_plus").round(1))
    return year, rows


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    year, rows = latest(data)
    positions = range(len(rows))
    figure = Figure(figsize=(7.0, 7.8))
    axes = figure.subplots()
    axes.hlines(positions, rows[["crude_birth_rate_3y", "crude_death_rate_3y"]].min(axis=1),
                rows[["crude_birth_rate_3y", "crude_death_rate_3y"]].max(axis=1),
                color="#BBBBBB", linewidth=1)
    axes.scatter(rows["crude_birth_rate_3y"], positions, color=PALETTE["izmir"], s=36,
                 marker="o", label=labels["birth"], zorder=3)
    axes.scatter(rows["crude_death_rate_3y"], positions, color=PALETTE["turkiye"], s=40,
                 marker="D", label=labels["death"], zorder=3)
    axes.set_yticks(list(positions), list(rows.index))
    axes.set_ylim(-0.6, len(rows) - 0.4)
    axes.set_xlim(0, None)
    axes.set_xlabel(labels["x"].format(first=year - 2, year=year))
    axes.set_title(labels["order"], fontsize=9, loc="left", color=PALETTE["grey"])
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    axes.set_axisbelow(True)
    axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    year, rows = latest(data)
    ordered = rows[::-1]
    return pd.DataFrame({
        labels["district"]: list(ordered.index),
        f"{labels['old']}, {year}": ordered["share_65_plus"].to_numpy(),
        f"{labels['birth']}, {year - 2}–{year} (‰)": ordered["crude_birth_rate_3y"].to_numpy(),
        f"{labels['death']}, {year - 2}–{year} (‰)": ordered["crude_death_rate_3y"].to_numpy(),
    })
