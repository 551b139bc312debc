"""Days with high PM10 at four İzmir stations in 2022, as reported from Kara Rapor 2024
(Fiziksel çevre bölümü).

Input: data/secondary_indicators.csv, rows indicator=pm10_days_above_daily_limit (Temiz Hava
Hakkı Platformu, Kara Rapor 2024, as reported by the press; for Karşıyaka the article speaks of
days "at a dangerous level"). These counts follow the news article's wording and were not checked
against the report: they are drawn on their own, never on one axis with the 2024 counts of the
İl Çevre Durum Raporu, whose definition (daily mean above 50 µg/m³) may differ.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["secondary_indicators.csv"]
INDICATOR = "pm10_days_above_daily_limit"
YEAR = 2022
DAYS_IN_YEAR = 366 if YEAR % 4 == 0 else 365

LABELS = {
    "tr": {"station": "İstasyon",
           "x": "Gün sayısı (2022; Kara Rapor 2024, Temiz Hava Hakkı Platformu)",
           "days": "Günlük sınır değerin aşıldığı bildirilen gün sayısı, 2022"},
    "en": {"station": "Station",
           "x": "Number of days (2022; Kara Rapor 2024, Temiz Hava Hakkı Platformu)",
           "days": "Days reported above the daily limit value, 2022"},
}


def station_rows(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["secondary_indicators.csv"]
    rows = table[(table["indicator"] == INDICATOR) & (table["year"] == YEAR)]
    return rows.sort_values(["value", "place"], ascending=[True, False])


def station_name(place: str) -> str:
    """"Karşıyaka station" (as stored) -> "Karşıyaka"."""
    return place.removesuffix(" station")


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rows = station_rows(data)
    figure = Figure(figsize=(7.0, 0.5 * len(rows) + 1.3))
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    bars = axes.barh([station_name(p) for p in rows["place"]], rows["value"], height=0.55,
                     color=PALETTE["accent"])
    axes.bar_label(bars, labels=[f"{int(v)}" for v in rows["value"]], padding=3)
    axes.set_xlabel(labels["x"])
    axes.set_xlim(0, DAYS_IN_YEAR)  # the whole year, so a bar reads as a share of it
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    rows = station_rows(data).iloc[::-1]  # largest first, as read from the top of the chart
    return pd.DataFrame({labels["station"]: [station_name(p) for p in rows["place"]],
                         labels["days"]: rows["value"].astype(int).tolist()})
