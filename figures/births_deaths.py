"""Live births and deaths in İzmir, 2009–2025 (Sağlık durumu bölümü).

Input: data/vital_statistics.csv (TÜİK; births by the mother's residence, deaths by the
deceased's residence). Two lines of counts: the gap between them is the natural increase.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["vital_statistics.csv"]

LABELS = {
    "tr": {"x": "Yıl", "y": "Kişi", "births": "Canlı doğumlar", "deaths": "Ölümler"},
    "en": {"x": "Year", "y": "Persons", "births": "Live births", "deaths": "Deaths"},
}


def izmir(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["vital_statistics.csv"]
    return table[table["area_id"] == "TR-35"].sort_values("year")


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rows = izmir(data)
    figure = Figure()
    axes = figure.subplots()
    axes.plot(rows["year"], rows["live_births"], color=PALETTE["izmir"], marker="o",
              markersize=3, linewidth=2, label=labels["births"])
    axes.plot(rows["year"], rows["deaths"], color=PALETTE["turkiye"], marker="s",
              markersize=3, linewidth=2, linestyle="--", label=labels["deaths"])
    axes.set_ylim(0, rows[["live_births", "deaths"]].to_numpy().max() * 1.1)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(rows["year"].min()), int(rows["year"].max()) + 1, 2))
    axes.legend(loc="lower left", frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    rows = izmir(data)
    return pd.DataFrame({labels["x"]: rows["year"].astype(str),
                         labels["births"]: rows["live_births"],
                         labels["deaths"]: rows["deaths"]})
