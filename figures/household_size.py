"""Average household size, İzmir and Türkiye, 2008–2025 (Nüfus bölümü).

Input: data/median_age_households.csv (TÜİK, ADNKS): persons per household.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["median_age_households.csv"]

LABELS = {
    "tr": {"y": "Hane halkı başına kişi", "x": "Yıl", "izmir": "İzmir", "turkiye": "Türkiye"},
    "en": {"y": "Persons per household", "x": "Year", "izmir": "İzmir", "turkiye": "Türkiye"},
}
AREAS = {"izmir": "TR-35", "turkiye": "TR"}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["median_age_households.csv"].dropna(subset=["avg_household_size"])
    wide = table.pivot(index="year", columns="area_id", values="avg_household_size")
    return wide[[AREAS["izmir"], AREAS["turkiye"]]]


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    wide = series(data)
    figure = Figure()
    axes = figure.subplots()
    for key, style in (("izmir", "-"), ("turkiye", "--")):
        axes.plot(wide.index, wide[AREAS[key]], color=PALETTE[key], linestyle=style, marker="o",
                  markersize=3, linewidth=2, label=labels[key])
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(0, 4.5)
    axes.yaxis.set_major_formatter(number_formatter(lang, decimals=1))
    axes.set_xticks(range(int(wide.index.min()), int(wide.index.max()) + 1, 2))
    axes.legend(frameon=False, loc="lower left")
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    wide = series(data)
    return pd.DataFrame({labels["x"]: wide.index.astype(str),
                         labels["izmir"]: wide[AREAS["izmir"]].to_numpy(),
                         labels["turkiye"]: wide[AREAS["turkiye"]].to_numpy()})
