"""Life expectancy at birth by sex, İzmir and Türkiye (Sağlık durumu bölümü).

Input: data/life_expectancy.csv (TÜİK life tables). Each value comes from a 3-year period life
table that the source repository stores under a single year label (period_label); only the
national label "2023" is confirmed as the 2021–2023 table. The labels are drawn as categories,
evenly spaced and named "label", never as calendar years on a time axis.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["life_expectancy.csv"]
AREAS = {"TR-35": "izmir", "TR": "turkiye"}
SEXES = {"female": ("o", "-"), "male": ("s", "--")}

LABELS = {
    "tr": {"x": "Hayat tablosu etiketi (3 yıllık dönem)", "y": "Beklenen yaşam süresi (yıl)", "label": "Etiket",
           "izmir": "İzmir", "turkiye": "Türkiye", "female": "kadın", "male": "erkek"},
    "en": {"x": "Life table label (3-year period)", "y": "Life expectancy (years)", "label": "Label",
           "izmir": "İzmir", "turkiye": "Türkiye", "female": "women", "male": "men"},
}


def values(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["life_expectancy.csv"].astype({"period_label": str})
    return table.pivot_table(index="period_label", columns=["area_id", "sex"],
                             values="life_expectancy_at_birth").sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    table = values(data)
    positions = range(len(table.index))
    figure = Figure()
    axes = figure.subplots()
    for area, key in AREAS.items():
        for sex, (marker, linestyle) in SEXES.items():
            axes.plot(positions, table[(area, sex)], color=PALETTE[key], marker=marker,
                      markersize=5, linewidth=1.5, linestyle=linestyle,
                      label=f"{labels[key]}, {labels[sex]}")
    axes.set_xticks(list(positions), list(table.index))
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.legend(loc="upper center", ncols=2, frameon=False, bbox_to_anchor=(0.5, 1.0))
    axes.set_ylim(70, 86.5)  # room for the legend above the women's values
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    table = values(data)
    columns = {f"{labels[key]}, {labels[sex]}": table[(area, sex)].to_numpy()
               for area, key in AREAS.items() for sex in SEXES}
    return pd.DataFrame({labels["label"]: list(table.index), **columns})
