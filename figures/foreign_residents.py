"""Foreign nationals resident in İzmir, 2008–2025 (Nüfus bölümü).

Inputs: data/migration_foreign.csv (TÜİK, ADNKS: foreign nationals registered as resident on
31 December) and data/population_structure.csv (per 1,000 residents, derived by
scripts/derive_data.py). Bars: residents per 1,000; the data table also gives the counts.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["migration_foreign.csv", "population_structure.csv"]

LABELS = {
    "tr": {"x": "Yıl", "y": "1000 kişide yabancı uyruklu", "count": "yabancı uyruklu (kişi)",
           "rate": "1000 kişide yabancı uyruklu"},
    "en": {"x": "Year", "y": "Foreign nationals per 1,000 residents",
           "count": "foreign nationals (persons)", "rate": "per 1,000 residents"},
}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    counts = data["migration_foreign.csv"].set_index("year")[["foreign_population"]]
    structure = data["population_structure.csv"]
    rate = structure[structure["area_id"] == "TR-35"].set_index("year")["foreign_per_1000"]
    return counts.join(rate.round(1), how="left").sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = series(data)
    figure = Figure()
    axes = figure.subplots()
    axes.bar(table.index, table["foreign_per_1000"], color=PALETTE["izmir"], width=0.7)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(table.index.min()), int(table.index.max()) + 1, 2))
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    table = series(data)
    return pd.DataFrame({labels["x"]: table.index.astype(str),
                         labels["count"]: table["foreign_population"].to_numpy(),
                         labels["rate"]: table["foreign_per_1000"].to_numpy()})
