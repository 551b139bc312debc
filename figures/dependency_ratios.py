"""Young-age and old-age dependency ratios, İzmir and Türkiye, 2007–2025 (Nüfus bölümü).

Input: data/population_structure.csv (derived from TÜİK ADNKS by scripts/derive_data.py):
people aged 0–14 (young-age) and 65+ (old-age) per 100 people aged 15–64. Colour tells the
area (İzmir blue, Türkiye orange), the line style the ratio, and each line is labelled at its end.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from _style import PALETTE, number_formatter

TABLES = ["population_structure.csv"]

LABELS = {
    "tr": {"y": "15–64 yaştaki 100 kişiye", "x": "Yıl", "izmir": "İzmir", "turkiye": "Türkiye",
           "young": "genç (0–14)", "old": "yaşlı (65+)",
           "young_column": "genç bağımlılık oranı", "old_column": "yaşlı bağımlılık oranı"},
    "en": {"y": "Per 100 people aged 15–64", "x": "Year", "izmir": "İzmir", "turkiye": "Türkiye",
           "young": "young (0–14)", "old": "old (65+)",
           "young_column": "young-age dependency ratio",
           "old_column": "old-age dependency ratio"},
}
AREAS = {"izmir": "TR-35", "turkiye": "TR"}
RATIOS = {"young": "young_age_dependency_ratio", "old": "old_age_dependency_ratio"}
STYLES = {"young": "--", "old": "-"}


def series(data: dict[str, pd.DataFrame]) -> dict[tuple[str, str], pd.Series]:
    table = data["population_structure.csv"]
    return {(area, ratio): table[table["area_id"] == AREAS[area]].set_index("year")[column]
            .sort_index().round(1)
            for area in AREAS for ratio, column in RATIOS.items()}


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    figure = Figure(figsize=(7.0, 4.2))
    axes = figure.subplots()
    for (area, ratio), values in series(data).items():
        axes.plot(values.index, values, color=PALETTE[area], linestyle=STYLES[ratio],
                  linewidth=2)
        axes.annotate(f"{labels[area]}, {labels[ratio]}", (values.index[-1], values.iloc[-1]),
                      xytext=(6, 0), textcoords="offset points", va="center",
                      color=PALETTE[area], fontsize=9)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(0, None)
    axes.yaxis.set_major_locator(MultipleLocator(10))
    axes.yaxis.set_major_formatter(number_formatter(lang))
    years = data["population_structure.csv"]["year"]
    axes.set_xticks(range(int(years.min()), int(years.max()) + 1, 3))
    axes.set_xlim(years.min() - 0.5, years.max() + 7.5)  # room for the line labels
    axes.spines["bottom"].set_bounds(years.min(), years.max())
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    columns = {f"{labels[area]}: {labels[ratio + '_column']}": values.to_numpy()
               for (area, ratio), values in series(data).items()}
    years = series(data)[("izmir", "young")].index
    return pd.DataFrame({labels["x"]: years.astype(str), **columns})
