"""Which of İzmir's 23 air-quality stations measured PM2.5, 1 January 2023 – 22 September 2026
(Fiziksel çevre bölümü).

Input: data/air_quality_stations_pm25.csv: the stations of the Ministry of Environment's
continuous monitoring network (SİM) with the share of days that had a PM2.5 value, as summarised
by the third-party repository TolgaARSLANN/havauyari. A station without PM2.5 is drawn as such,
not as a zero measurement: it may still measure PM10 or other pollutants.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal, format_percent
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["air_quality_stations_pm25.csv"]

LABELS = {
    "tr": {"station": "İstasyon (SİM adı)", "type": "Bölge ve kaynak türü",
           "x": "PM2.5 değeri bulunan günlerin payı (%), 1.1.2023–22.9.2026",
           "coverage": "PM2.5 değeri bulunan günlerin payı (%)",
           "coverage_12": "Son 12 ayda PM2.5 değeri bulunan günlerin payı (%)",
           "mean": "Ortalama PM2.5 (µg/m³, üçüncü taraf hesabı)",
           "none": "PM2.5 ölçümü yok", "mean_label": "ort. {v} µg/m³",
           "area": {"Kentsel": "kentsel", "Kent Çevresi": "kent çevresi", "Kırsal": "kırsal"},
           "source": {"Trafik": "trafik", "Sanayi": "sanayi", "Isınma": "ısınma",
                      "Arka Plan": "arka plan"}},
    "en": {"station": "Station (SİM name)", "type": "Area and source type",
           "x": "Share of days with a PM2.5 value (%), 1 Jan 2023 – 22 Sep 2026",
           "coverage": "Share of days with a PM2.5 value (%)",
           "coverage_12": "Share of days with a PM2.5 value in the last 12 months (%)",
           "mean": "Mean PM2.5 (µg/m³, third-party calculation)",
           "none": "no PM2.5 measured", "mean_label": "mean {v} µg/m³",
           "area": {"Kentsel": "urban", "Kent Çevresi": "suburban", "Kırsal": "rural"},
           "source": {"Trafik": "traffic", "Sanayi": "industry", "Isınma": "heating",
                      "Arka Plan": "background"}},
}


TURKISH_ORDER = "abcçdefgğhıijklmnoöprsştuüvyz"


def turkish_key(name: str) -> list[int]:
    """Alphabetical order as a Turkish reader expects it (Ç after C, Ö after O, Ş after S)."""
    lower = name.replace("I", "ı").replace("İ", "i").lower()
    return [TURKISH_ORDER.index(c) if c in TURKISH_ORDER else 100 + ord(c) for c in lower]


def short_name(station: str) -> str:
    """SİM names without the repeated "İzmir - " prefix: "İzmir - Konak" -> "Konak"."""
    if station.startswith("EMEP - İzmir "):
        return station.removeprefix("EMEP - İzmir ") + " (EMEP)"
    for prefix in ("İzmir - ", "İzmir-", "İzmir "):
        if station.startswith(prefix):
            return station.removeprefix(prefix)
    return station


def stations(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Stations with PM2.5 first (highest coverage on top), then the others by name."""
    table = data["air_quality_stations_pm25.csv"].copy()
    table["name"] = table["station"].map(short_name)
    table["order"] = table["name"].map(turkish_key)
    return (table.sort_values("order", kind="stable")
                 .sort_values("pm25_coverage_pct", ascending=False, kind="stable"))


def station_type(row: pd.Series, lang: str) -> str:
    labels = LABELS[lang]
    return f"{labels['area'][row['area_type']]}, {labels['source'][row['source_type']]}"


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = stations(data)
    figure = Figure(figsize=(7.0, 0.3 * len(table) + 1.4))
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    rows = list(range(len(table)))[::-1]  # first station on top
    for row, (_, station) in zip(rows, table.iterrows()):
        coverage = station["pm25_coverage_pct"]
        if coverage > 0:
            axes.barh(row, coverage, height=0.6, color=PALETTE["izmir"])
            mean = format_decimal(station["pm25_mean"], format="#,##0.0", locale=lang)
            axes.text(coverage + 1.5, row,
                      format_percent(coverage / 100, format="#,##0.0%", locale=lang),
                      va="center", fontsize=8)
            axes.text(coverage + 13, row, labels["mean_label"].format(v=mean), va="center",
                      fontsize=8, color=PALETTE["grey"])
        else:
            axes.plot([0], [row], marker="|", markersize=8, color=PALETTE["grey"])
            axes.text(1.5, row, labels["none"], va="center", fontsize=8, color=PALETTE["grey"],
                      fontstyle="italic")
    axes.set_yticks(rows, [f"{station['name']} ({station_type(station, lang)})"
                           for _, station in table.iterrows()], fontsize=8)
    axes.set_xlim(0, 100)
    axes.set_ylim(-0.7, len(table) - 0.3)
    axes.set_xlabel(labels["x"])
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Every station with its type, PM2.5 coverage and, where measured, mean."""
    labels = LABELS[lang]
    table = stations(data)
    return pd.DataFrame({
        labels["station"]: table["station"].tolist(),
        labels["type"]: [station_type(s, lang) for _, s in table.iterrows()],
        labels["coverage"]: table["pm25_coverage_pct"].tolist(),
        labels["coverage_12"]: table["pm25_coverage_last_12_months_pct"].tolist(),
        labels["mean"]: table["pm25_mean"].tolist(),
    })
