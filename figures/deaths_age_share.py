"""Deaths in İzmir by broad age group, per cent of deaths of known age, 2009–2025
(Sağlık durumu bölümü).

Input: data/deaths_age_groups.csv, derived from TÜİK's deaths by age (see its description).
Stacked bars per year: under 65, 65–74, 75 and over. Deaths of unknown age (a few in 2009 and
2010) are left out of the shares; the table shows how many there were.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["deaths_age_groups.csv"]
GROUPS = {"under_65": PALETTE["grey"], "65_74": PALETTE["turkiye"], "75_plus": PALETTE["izmir"]}

LABELS = {
    "tr": {"x": "Yıl", "y": "Yaşı bilinen ölümlerin yüzdesi", "unknown": "Yaşı bilinmeyen ölüm",
           "under_65": "65 yaş altı", "65_74": "65–74 yaş", "75_plus": "75 yaş ve üzeri",
           "percent": "%"},
    "en": {"x": "Year", "y": "Per cent of deaths of known age", "unknown": "Deaths of unknown age",
           "under_65": "Under 65", "65_74": "Aged 65–74", "75_plus": "Aged 75 and over",
           "percent": "%"},
}


def shares(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["deaths_age_groups.csv"].sort_values("year").set_index("year")
    counts = table[[f"deaths_{g}" for g in GROUPS]]
    result = (100 * counts.div(counts.sum(axis=1), axis=0)).round(1)
    result.columns = list(GROUPS)
    result["unknown"] = table["deaths_age_unknown"]
    return result


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = shares(data)
    figure = Figure(figsize=(7.0, 4.4))
    axes = figure.subplots()
    bottom = pd.Series(0.0, index=table.index)
    for group, colour in GROUPS.items():
        axes.bar(table.index, table[group], bottom=bottom, color=colour, width=0.8,
                 label=labels[group], edgecolor="white", linewidth=0.5)
        bottom += table[group]
    axes.set_ylim(0, 100)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(table.index.min()), int(table.index.max()) + 1, 2))
    handles, names = axes.get_legend_handles_labels()
    axes.legend(handles, names, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3,
                frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    table = shares(data)
    return pd.DataFrame({labels["x"]: table.index.astype(str),
                         **{f"{labels[g]} ({labels['percent']})": table[g].to_numpy()
                            for g in GROUPS},
                         labels["unknown"]: table["unknown"].to_numpy()})
