"""Inter-provincial migration of İzmir, 2008–2025 (Nüfus bölümü).

Inputs: data/migration_foreign.csv (TÜİK, ADNKS: people who moved to İzmir from another
province and from İzmir to another province) and data/population_structure.csv (net migration
rate per 1,000, derived by scripts/derive_data.py). Top: arrivals and departures in thousands;
bottom: the net migration rate. Moves from and to other countries are not included.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from _style import PALETTE, number_formatter

TABLES = ["migration_foreign.csv", "population_structure.csv"]

LABELS = {
    "tr": {"x": "Yıl", "people": "Kişi (bin)", "in": "Başka illerden gelen (alınan göç)",
           "out": "Başka illere giden (verilen göç)", "rate": "Net göç hızı (binde)",
           "in_column": "alınan göç (kişi)", "out_column": "verilen göç (kişi)",
           "rate_column": "net göç hızı (binde)"},
    "en": {"x": "Year", "people": "People (thousands)", "in": "Arrived from other provinces",
           "out": "Left for other provinces", "rate": "Net migration rate (per 1,000)",
           "in_column": "in-migration (persons)", "out_column": "out-migration (persons)",
           "rate_column": "net migration rate (per 1,000)"},
}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    moves = data["migration_foreign.csv"].set_index("year")[["in_migration", "out_migration"]]
    structure = data["population_structure.csv"]
    rate = structure[structure["area_id"] == "TR-35"].set_index("year")["net_migration_rate"]
    return moves.join(rate.round(1), how="left").sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = series(data)
    figure = Figure(figsize=(7.0, 5.4))
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    top.plot(table.index, table["in_migration"] / 1000, color=PALETTE["izmir"], linewidth=2,
             marker="o", markersize=3, label=labels["in"])
    top.plot(table.index, table["out_migration"] / 1000, color=PALETTE["turkiye"], linewidth=2,
             linestyle="--", marker="o", markersize=3, label=labels["out"])
    top.set_ylim(0, None)
    top.set_ylabel(labels["people"])
    top.yaxis.set_major_formatter(number_formatter(lang))
    top.legend(frameon=False, loc="lower left")
    bottom.bar(table.index, table["net_migration_rate"], color=PALETTE["accent"], width=0.7)
    bottom.axhline(0, color="black", linewidth=0.8)
    bottom.set_ylabel(labels["rate"])
    bottom.yaxis.set_major_locator(MultipleLocator(2))
    bottom.yaxis.set_major_formatter(number_formatter(lang))
    bottom.set_xlabel(labels["x"])
    bottom.set_xticks(range(int(table.index.min()), int(table.index.max()) + 1, 2))
    figure.align_ylabels([top, bottom])
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    table = series(data)
    return pd.DataFrame({labels["x"]: table.index.astype(str),
                         labels["in_column"]: table["in_migration"].to_numpy(),
                         labels["out_column"]: table["out_migration"].to_numpy(),
                         labels["rate_column"]: table["net_migration_rate"].to_numpy()})
