"""Age-specific death rates in İzmir, three age groups, 2009–2025 (Sağlık durumu bölümü).

Input: data/deaths_age_groups.csv: deaths per 1000 mid-year population of the same age,
derived from TÜİK's deaths by age and the ADNKS population (see its description). One panel per
age group, each with its own scale starting at zero, since the rates differ by a factor of
about forty between the youngest and the oldest group.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["deaths_age_groups.csv"]
GROUPS = {"under_65": PALETTE["grey"], "65_74": PALETTE["turkiye"], "75_plus": PALETTE["izmir"]}

LABELS = {
    "tr": {"x": "Yıl", "y": "Binde (‰)", "unit": "binde",
           "under_65": "65 yaş altı", "65_74": "65–74 yaş", "75_plus": "75 yaş ve üzeri"},
    "en": {"x": "Year", "y": "Per 1,000", "unit": "per 1,000",
           "under_65": "Under 65", "65_74": "Aged 65–74", "75_plus": "Aged 75 and over"},
}


def rates(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["deaths_age_groups.csv"].sort_values("year").set_index("year")
    return table[[f"death_rate_{g}" for g in GROUPS]].set_axis(list(GROUPS), axis=1)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = rates(data)
    figure = Figure(figsize=(7.0, 7.0))
    for axes, (group, colour) in zip(figure.subplots(3, 1, sharex=True), GROUPS.items()):
        axes.plot(table.index, table[group], color=colour, marker="o", markersize=3, linewidth=2)
        axes.set_title(labels[group], loc="left", fontsize=10, fontweight="bold")
        axes.set_ylim(0, table[group].max() * 1.15)
        axes.set_ylabel(labels["y"])
        axes.yaxis.set_major_formatter(number_formatter(lang, decimals=1 if group == "under_65" else 0))
        axes.set_xticks(range(int(table.index.min()), int(table.index.max()) + 1, 2))
    axes.set_xlabel(labels["x"])
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    table = rates(data)
    return pd.DataFrame({labels["x"]: table.index.astype(str),
                         **{f"{labels[g]} ({labels['unit']})": table[g].to_numpy()
                            for g in GROUPS}})
