"""Population pyramid of İzmir against Türkiye, latest year (Nüfus bölümü).

Input: data/population_pyramid.csv (derived from TÜİK ADNKS by scripts/derive_data.py). Bars:
İzmir's share of its total population in each 5-year age group, men to the left and women to
the right; the orange outline is Türkiye in the same year. İzmir's groups above 75 are added up
to 75+, Türkiye's top group in the source.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from _style import PALETTE
from babel.numbers import format_decimal

TABLES = ["population_pyramid.csv"]

LABELS = {
    "tr": {"x": "Toplam nüfus içindeki pay (%)", "age": "Yaş grubu", "men": "Erkek",
           "women": "Kadın", "izmir": "İzmir", "turkiye": "Türkiye"},
    "en": {"x": "Share of the total population (%)", "age": "Age group", "men": "Men",
           "women": "Women", "izmir": "İzmir", "turkiye": "Türkiye"},
}


def shares(data: dict[str, pd.DataFrame], area_id: str, year: int) -> pd.DataFrame:
    """Age groups (youngest first) × sex, in per cent of the area's total."""
    table = data["population_pyramid.csv"]
    rows = table[(table["area_id"] == area_id) & (table["year"] == year)]
    order = list(dict.fromkeys(rows["age_group"]))  # the table lists groups youngest first
    return rows.pivot(index="age_group", columns="sex", values="share").loc[order].round(2)


def latest_year(data: dict[str, pd.DataFrame]) -> int:
    return int(data["population_pyramid.csv"]["year"].max())


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    year = latest_year(data)
    izmir, turkiye = shares(data, "TR-35", year), shares(data, "TR", year)
    positions = range(len(izmir))

    figure = Figure(figsize=(7.0, 5.2))
    axes = figure.subplots()
    axes.barh(positions, -izmir["male"], height=0.85, color=PALETTE["izmir"], alpha=0.85,
              label=f"{labels['izmir']} {year}")
    axes.barh(positions, izmir["female"], height=0.85, color=PALETTE["izmir"], alpha=0.55)
    edges = [position - 0.5 for position in range(len(izmir) + 1)]
    for column, sign in (("male", -1), ("female", 1)):
        axes.stairs(sign * turkiye[column].to_numpy(), edges, orientation="horizontal",
                    baseline=None, color=PALETTE["turkiye"], linewidth=2,
                    label=f"{labels['turkiye']} {year}" if column == "male" else None)
    axes.axvline(0, color="black", linewidth=0.8)
    axes.set_yticks(list(positions), list(izmir.index))
    axes.set_ylabel(labels["age"])
    axes.set_xlabel(labels["x"])
    limit = max(izmir.to_numpy().max(), turkiye.to_numpy().max()) * 1.1
    axes.set_xlim(-limit, limit)
    axes.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: format_decimal(abs(value), format="#,##0.#", locale=lang)))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    axes.set_axisbelow(True)
    axes.text(0.02, 0.97, labels["men"], transform=axes.transAxes, ha="left", va="top",
              fontweight="bold")
    axes.text(0.98, 0.97, labels["women"], transform=axes.transAxes, ha="right", va="top",
              fontweight="bold")
    axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    labels = LABELS[lang]
    year = latest_year(data)
    izmir, turkiye = shares(data, "TR-35", year), shares(data, "TR", year)
    return pd.DataFrame({
        labels["age"]: list(izmir.index)[::-1],
        f"{labels['izmir']} {year}, {labels['men']} (%)": izmir["male"].to_numpy()[::-1],
        f"{labels['izmir']} {year}, {labels['women']} (%)": izmir["female"].to_numpy()[::-1],
        f"{labels['turkiye']} {year}, {labels['men']} (%)": turkiye["male"].to_numpy()[::-1],
        f"{labels['turkiye']} {year}, {labels['women']} (%)": turkiye["female"].to_numpy()[::-1],
    })
