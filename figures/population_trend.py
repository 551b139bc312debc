"""Population of İzmir, 2007–2025 (Nüfus bölümü).

Input: data/population_total.csv (TÜİK, ADNKS). Drawn in millions with the reader's decimal mark;
the data table gives the exact counts.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["population_total.csv"]

LABELS = {
    "tr": {"y": "Nüfus (milyon kişi)", "y_persons": "nüfus (kişi)", "x": "Yıl", "izmir": "İzmir"},
    "en": {"y": "Population (million people)", "y_persons": "population (persons)", "x": "Year",
           "izmir": "İzmir"},
}


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = data["population_total.csv"]
    izmir = table[table["area_id"] == "TR-35"].sort_values("year")

    figure = Figure()
    axes = figure.subplots()
    axes.plot(izmir["year"], izmir["population"] / 1e6, color=PALETTE["izmir"], marker="o",
              markersize=3, linewidth=2, label=labels["izmir"])
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang, decimals=1))
    axes.set_xticks(range(int(izmir["year"].min()), int(izmir["year"].max()) + 1, 3))
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    table = data["population_total.csv"]
    izmir = table[table["area_id"] == "TR-35"].sort_values("year")
    return pd.DataFrame({labels["x"]: izmir["year"].astype(str),
                         f"{labels['izmir']}: {labels['y_persons']}": izmir["population"]})
