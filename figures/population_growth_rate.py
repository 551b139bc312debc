"""Annual population growth rate, İzmir and Türkiye, 2008–2025 (Nüfus bölümü).

Input: data/population_structure.csv (derived from TÜİK ADNKS by scripts/derive_data.py):
1000 · ln(P_t / P_t−1), per 1,000 population.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from _style import PALETTE, number_formatter

TABLES = ["population_structure.csv"]

LABELS = {
    "tr": {"y": "Yıllık nüfus artış hızı (binde)", "x": "Yıl", "izmir": "İzmir",
           "turkiye": "Türkiye"},
    "en": {"y": "Annual population growth rate (per 1,000)", "x": "Year", "izmir": "İzmir",
           "turkiye": "Türkiye"},
}
AREAS = {"izmir": "TR-35", "turkiye": "TR"}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["population_structure.csv"].dropna(subset=["annual_growth_rate"])
    wide = table.pivot(index="year", columns="area_id", values="annual_growth_rate")
    return wide[[AREAS["izmir"], AREAS["turkiye"]]].round(1)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    wide = series(data)
    figure = Figure()
    axes = figure.subplots()
    for key, style in (("izmir", "-"), ("turkiye", "--")):
        axes.plot(wide.index, wide[AREAS[key]], color=PALETTE[key], linestyle=style, marker="o",
                  markersize=3, linewidth=2, label=labels[key])
    axes.axhline(0, color=PALETTE["grey"], linewidth=0.8)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(bottom=0)
    axes.yaxis.set_major_locator(MultipleLocator(5))
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(wide.index.min()), int(wide.index.max()) + 1, 2))
    axes.legend(frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    wide = series(data)
    return pd.DataFrame({labels["x"]: wide.index.astype(str),
                         f"{labels['izmir']} (‰)": wide[AREAS["izmir"]].to_numpy(),
                         f"{labels['turkiye']} (‰)": wide[AREAS["turkiye"]].to_numpy()})
