"""İzmir's PM10 stations: how many gave sufficient data and how many exceeded the national annual
limit, 2022 and 2023 (Fiziksel çevre bölümü).

Input: data/secondary_indicators.csv, the province rows pm10_stations_total,
pm10_stations_with_reliable_data and pm10_stations_above_national_annual_limit (Temiz Hava Hakkı
Platformu, Kara Rapor 2024, as reported by the press). The source gives the total number of
stations for 2023 only: 2022 shows no total bar rather than a guessed one.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["secondary_indicators.csv"]

SERIES = {  # indicator -> colour, hatch, in drawing order
    "pm10_stations_total": (PALETTE["grey"], None),
    "pm10_stations_with_reliable_data": (PALETTE["izmir"], None),
    "pm10_stations_above_national_annual_limit": (PALETTE["turkiye"], "//"),
}

LABELS = {
    "tr": {"x": "Yıl", "y": "İstasyon sayısı", "not_given": "kaynakta yok",
           "series": {"pm10_stations_total": "İstasyon sayısı (toplam)",
                      "pm10_stations_with_reliable_data": "Yeterli PM10 verisi veren istasyonlar",
                      "pm10_stations_above_national_annual_limit":
                          "Yıllık ortalaması ulusal sınır değeri aşan istasyonlar"}},
    "en": {"x": "Year", "y": "Number of stations", "not_given": "not given by the source",
           "series": {"pm10_stations_total": "Stations (total)",
                      "pm10_stations_with_reliable_data": "Stations with sufficient PM10 data",
                      "pm10_stations_above_national_annual_limit":
                          "Stations whose annual mean exceeded the national limit value"}},
}


def counts(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per year, one column per indicator; empty where the source gives no value."""
    table = data["secondary_indicators.csv"]
    rows = table[(table["area_id"] == "TR-35") & (table["place"] == "İzmir")
                 & table["indicator"].isin(list(SERIES))]
    wide = rows.pivot(index="year", columns="indicator", values="value")
    return wide.reindex(columns=list(SERIES)).sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    wide = counts(data)
    width = 0.26

    figure = Figure()
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    labelled: set[str] = set()
    for i, indicator in enumerate(SERIES):
        colour, hatch = SERIES[indicator]
        for j, (year, value) in enumerate(wide[indicator].items()):
            x = j + (i - 1) * width
            if pd.isna(value):
                axes.text(x, 0.3, labels["not_given"], rotation=90, ha="center", va="bottom",
                          fontsize=8, color=PALETTE["grey"], fontstyle="italic")
                continue
            first = indicator not in labelled  # one legend entry per series
            labelled.add(indicator)
            bar = axes.bar(x, value, width=width * 0.95, color=colour, hatch=hatch,
                           edgecolor="white", label=labels["series"][indicator] if first else None)
            axes.bar_label(bar, labels=[f"{int(value)}"], padding=2, fontsize=9)
    axes.set_xticks(range(len(wide)), [str(int(y)) for y in wide.index])
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(0, wide.max().max() * 1.45)  # room for the legend above the bars
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """The plotted counts per year; empty where the source gives no value."""
    labels = LABELS[lang]
    wide = counts(data)
    table = pd.DataFrame({labels["x"]: [str(int(y)) for y in wide.index]})
    for indicator in SERIES:
        table[labels["series"][indicator]] = wide[indicator].astype("Int64").tolist()
    return table
