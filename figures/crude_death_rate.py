"""Crude death rate, İzmir and Türkiye, 2009–2025 (Sağlık durumu bölümü).

Input: data/vital_statistics.csv, column crude_death_rate: deaths per 1000 mid-year
population, derived from TÜİK's counts and ADNKS populations (see the table's description).
Not age-standardised: it rises as the population ages even when the risk at each age falls.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _charts import izmir_and_turkiye_lines, izmir_and_turkiye_table

TABLES = ["vital_statistics.csv"]
COLUMN = "crude_death_rate"

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
    return izmir_and_turkiye_lines(series(data), LABELS[lang], lang)


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    return izmir_and_turkiye_table(series(data), LABELS[lang])
