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

from _charts import station_days, station_days_table
from _style import PALETTE

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


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    return station_days(station_rows(data), LABELS[lang], lang, colour=PALETTE["izmir"],
                        days_in_year=DAYS_IN_YEAR)


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    return station_days_table(station_rows(data), LABELS[lang])
