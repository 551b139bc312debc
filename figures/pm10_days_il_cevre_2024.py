"""Days with a daily mean PM10 above 50 µg/m³ at three İzmir stations in 2024, from the İl Çevre
Durum Raporu (Fiziksel çevre bölümü).

Input: data/secondary_indicators.csv, rows indicator=pm10_days_above_daily_limit_50 (İzmir Çevre,
Şehircilik ve İklim Değişikliği İl Müdürlüğü, 2024 İl Çevre Durum Raporu, as reported by the
press). Drawn on its own, never on one axis with the 2022 counts reported from Kara Rapor 2024,
which follow a news article's wording and may use another definition.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["secondary_indicators.csv"]
INDICATOR = "pm10_days_above_daily_limit_50"
YEAR = 2024
DAYS_IN_YEAR = 366 if YEAR % 4 == 0 else 365

LABELS = {
    "tr": {"station": "İstasyon",
           "x": "Gün sayısı (2024; İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü)",
           "days": "Günlük ortalama PM10'un 50 µg/m³'ü aştığı gün sayısı, 2024"},
    "en": {"station": "Station",
           "x": "Number of days (2024; İzmir Provincial Directorate of Environment)",
           "days": "Days with a daily mean PM10 above 50 µg/m³, 2024"},
}


def station_rows(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["secondary_indicators.csv"]
    rows = table[(table["indicator"] == INDICATOR) & (table["year"] == YEAR)]
    return rows.sort_values(["value", "place"], ascending=[True, False])


def station_name(place: str) -> str:
    """"Menemen station" (as stored) -> "Menemen"."""
    return place.removesuffix(" station")


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rows = station_rows(data)
    figure = Figure(figsize=(7.0, 0.5 * len(rows) + 1.3))
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    bars = axes.barh([station_name(p) for p in rows["place"]], rows["value"], height=0.55,
                     color=PALETTE["izmir"])
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
