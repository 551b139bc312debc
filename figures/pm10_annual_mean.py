"""Annual mean PM10 in İzmir, 2022 and 2023, against two standards (Fiziksel çevre bölümü).

Input: data/secondary_indicators.csv, rows indicator=pm10_annual_mean, place=İzmir: the
city-wide value of Temiz Hava Hakkı Platformu's Kara Rapor 2024 (mean of the stations with
sufficient data, from the Ministry's SİM measurements), as reported by the press. Secondary
quality: two point values, not a series. The two horizontal lines are fixed standards, not data.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["secondary_indicators.csv"]

# Standards (constants, not data), both for the annual mean of PM10 in µg/m³:
NATIONAL_ANNUAL_LIMIT = 40  # Türkiye, Hava Kalitesi Değerlendirme ve Yönetimi Yönetmeliği: annual limit value
WHO_2021_GUIDELINE = 15     # WHO global air quality guidelines (2021): annual guideline level

LABELS = {
    "tr": {"y": "Yıllık ortalama PM10 (µg/m³)", "x": "Yıl",
           "value": "İzmir, yıllık ortalama PM10 (µg/m³)",
           "national": "Ulusal yıllık sınır değer (µg/m³)",
           "who": "DSÖ 2021 kılavuz değeri (µg/m³)",
           "national_line": "Ulusal yıllık sınır değer: {v} µg/m³",
           "who_line": "DSÖ 2021 kılavuz değeri: {v} µg/m³"},
    "en": {"y": "Annual mean PM10 (µg/m³)", "x": "Year",
           "value": "İzmir, annual mean PM10 (µg/m³)",
           "national": "National annual limit value (µg/m³)",
           "who": "WHO 2021 guideline (µg/m³)",
           "national_line": "National annual limit value: {v} µg/m³",
           "who_line": "WHO 2021 guideline: {v} µg/m³"},
}


def pm10_rows(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["secondary_indicators.csv"]
    rows = table[(table["indicator"] == "pm10_annual_mean") & (table["place"] == "İzmir")
                 & (table["area_id"] == "TR-35")]
    return rows.sort_values("year")


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rows = pm10_rows(data)
    years = rows["year"].astype(int).astype(str).tolist()

    figure = Figure()
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    bars = axes.bar(years, rows["value"], width=0.5, color=PALETTE["izmir"])
    axes.bar_label(bars, labels=[format_decimal(v, format="#,##0.00", locale=lang)
                                 for v in rows["value"]], padding=3)
    for level, style, colour, text in (
            (NATIONAL_ANNUAL_LIMIT, "--", PALETTE["turkiye"], labels["national_line"]),
            (WHO_2021_GUIDELINE, ":", PALETTE["accent"], labels["who_line"])):
        axes.axhline(level, linestyle=style, linewidth=2, color=colour)
        axes.annotate(text.format(v=level), xy=(len(years) - 0.55, level), xytext=(0, 4),
                      textcoords="offset points", ha="left", va="bottom", fontsize=9)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_ylim(0, max(rows["value"].max(), NATIONAL_ANNUAL_LIMIT) * 1.2)
    axes.set_xlim(-0.6, len(years) + 1.3)  # room on the right for the reference lines' labels
    axes.yaxis.set_major_formatter(number_formatter(lang))
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """The plotted values and the two reference levels, per year."""
    labels = LABELS[lang]
    rows = pm10_rows(data)
    return pd.DataFrame({labels["x"]: rows["year"].astype(int).astype(str).tolist(),
                         labels["value"]: rows["value"].tolist(),
                         labels["national"]: NATIONAL_ANNUAL_LIMIT,
                         labels["who"]: WHO_2021_GUIDELINE})
