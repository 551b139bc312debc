"""Crude birth rate, İzmir and Türkiye, 2009–2025 (Sağlık durumu bölümü).

Input: data/vital_statistics.csv, column crude_birth_rate: live births per 1000 mid-year
population, derived from TÜİK's counts and ADNKS populations (see the table's description).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["vital_statistics.csv"]
COLUMN = "crude_birth_rate"

LABELS = {
    "tr": {"x": "Yıl", "y": "Binde (‰)", "izmir": "İzmir", "turkiye": "Türkiye",
           "unit": "binde"},
    "en": {"x": "Year", "y": "Per 1,000 population", "izmir": "İzmir", "turkiye": "Türkiye",
           "unit": "per 1,000"},
}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["vital_statistics.csv"]
    return table.pivot(index="year", columns="area_id", values=COLUMN).sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rates = series(data)
    figure = Figure()
    axes = figure.subplots()
    axes.plot(rates.index, rates["TR-35"], color=PALETTE["izmir"], marker="o", markersize=3,
              linewidth=2, label=labels["izmir"])
    axes.plot(rates.index, rates["TR"], color=PALETTE["turkiye"], marker="s", markersize=3,
              linewidth=2, linestyle="--", label=labels["turkiye"])
    axes.set_ylim(0, rates.to_numpy().max() * 1.1)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(rates.index.min()), int(rates.index.max()) + 1, 2))
    axes.legend(loc="lower left", frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    rates = series(data)
    return pd.DataFrame({labels["x"]: rates.index.astype(str),
                         f"{labels['izmir']} ({labels['unit']})": rates["TR-35"].to_numpy(),
                         f"{labels['turkiye']} ({labels['unit']})": rates["TR"].to_numpy()})
