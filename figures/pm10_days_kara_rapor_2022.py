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

from _charts import station_days, station_days_table
from _style import PALETTE

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


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    return station_days(station_rows(data), LABELS[lang], lang, colour=PALETTE["accent"],
                        days_in_year=DAYS_IN_YEAR)


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    return station_days_table(station_rows(data), LABELS[lang])
