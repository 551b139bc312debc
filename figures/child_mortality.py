"""Infant and under-five mortality rates, İzmir and Türkiye, 2009–2025 (Sağlık durumu bölümü).

Input: data/vital_statistics.csv, columns infant_mortality_rate and under5_mortality_rate:
TÜİK's series, deaths per 1000 live births. Not to be mixed with the Ministry of Health's
yearbook series, which uses another source. Two panels, one per rate, on the same scale.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["vital_statistics.csv"]
RATES = ["infant_mortality_rate", "under5_mortality_rate"]

LABELS = {
    "tr": {"x": "Yıl", "y": "1000 canlı doğumda", "izmir": "İzmir", "turkiye": "Türkiye",
           "infant_mortality_rate": "Bebek ölüm hızı",
           "under5_mortality_rate": "Beş yaş altı ölüm hızı"},
    "en": {"x": "Year", "y": "Per 1,000 live births", "izmir": "İzmir", "turkiye": "Türkiye",
           "infant_mortality_rate": "Infant mortality rate",
           "under5_mortality_rate": "Under-five mortality rate"},
}


def series(data: dict[str, pd.DataFrame], column: str) -> pd.DataFrame:
    table = data["vital_statistics.csv"]
    return table.pivot(index="year", columns="area_id", values=column).sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    top = max(series(data, column).to_numpy().max() for column in RATES) * 1.1
    figure = Figure(figsize=(7.0, 6.0))
    for axes, column in zip(figure.subplots(2, 1, sharex=True), RATES):
        rates = series(data, column)
        axes.plot(rates.index, rates["TR-35"], color=PALETTE["izmir"], marker="o",
                  markersize=3, linewidth=2, label=labels["izmir"])
        axes.plot(rates.index, rates["TR"], color=PALETTE["turkiye"], marker="s",
                  markersize=3, linewidth=2, linestyle="--", label=labels["turkiye"])
        axes.set_title(labels[column], loc="left", fontsize=10, fontweight="bold")
        axes.set_ylim(0, top)
        axes.set_ylabel(labels["y"])
        axes.yaxis.set_major_formatter(number_formatter(lang))
        axes.set_xticks(range(int(rates.index.min()), int(rates.index.max()) + 1, 2))
        axes.legend(loc="lower left", frameon=False)
    axes.set_xlabel(labels["x"])
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    columns = {}
    for column in RATES:
        rates = series(data, column)
        columns[f"{labels[column]}: {labels['izmir']}"] = rates["TR-35"].to_numpy()
        columns[f"{labels[column]}: {labels['turkiye']}"] = rates["TR"].to_numpy()
    return pd.DataFrame({labels["x"]: rates.index.astype(str), **columns})
