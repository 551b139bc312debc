"""Deaths in İzmir by age group and sex, latest year (Sağlık durumu bölümü).

Input: data/deaths_age_sex.csv (TÜİK, deaths by the deceased's residence). Back-to-back bars:
men to the left, women to the right, age groups as published ("0" = under 1 year, "1-4", 5-year
groups, open "75+"). Deaths whose age was not stated ("unknown") cannot be placed on the age
axis; if the year has any, their number is written under the chart and kept in the table.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from _style import PALETTE

TABLES = ["deaths_age_sex.csv"]
AGES = ["0", "1-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
        "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75+", "unknown"]

LABELS = {
    "tr": {"x": "Ölüm sayısı", "age": "Yaş grubu", "male": "Erkek", "female": "Kadın",
           "ages": {"0": "0 (1 yaş altı)", "unknown": "bilinmiyor"},
           "unknown_note": "Yaşı bilinmeyen ölümler: {count}", "year": "{year}"},
    "en": {"x": "Deaths", "age": "Age group", "male": "Men", "female": "Women",
           "ages": {"0": "0 (under 1)", "unknown": "unknown"},
           "unknown_note": "Deaths of unknown age: {count}", "year": "{year}"},
}


def latest(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["deaths_age_sex.csv"].astype({"age_group": str})
    year = table["year"].max()
    counts = table[table["year"] == year].pivot(index="age_group", columns="sex", values="deaths")
    return counts.reindex([a for a in AGES if a in counts.index]).fillna(0).astype(int)


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    counts = latest(data)
    known = counts.drop(index="unknown", errors="ignore")
    names = [labels["ages"].get(a, a) for a in known.index]
    figure = Figure(figsize=(7.0, 5.6))
    axes = figure.subplots()
    rows = range(len(known))
    axes.barh(rows, -known["male"], color=PALETTE["izmir"], label=labels["male"])
    axes.barh(rows, known["female"], color=PALETTE["accent"], label=labels["female"])
    axes.set_yticks(list(rows), names)
    axes.set_ylabel(labels["age"])
    axes.set_xlabel(labels["x"])
    axes.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: format_decimal(abs(value), format="#,##0", locale=lang)))
    limit = known.to_numpy().max() * 1.05
    axes.set_xlim(-limit, limit)
    axes.axvline(0, color="black", linewidth=0.8)
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    axes.legend(loc="lower right", frameon=False)
    if "unknown" in counts.index:
        axes.annotate(labels["unknown_note"].format(count=format_decimal(
            counts.loc["unknown"].sum(), locale=lang)), xy=(0, -0.12), xycoords="axes fraction")
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    counts = latest(data)
    return pd.DataFrame({labels["age"]: [labels["ages"].get(a, a) for a in counts.index],
                         labels["male"]: counts["male"].to_numpy(),
                         labels["female"]: counts["female"].to_numpy()})
