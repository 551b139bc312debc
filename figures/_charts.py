"""Chart shapes more than one recipe draws: a recipe passes its data and labels, the shape draws
it in the project's style. Part of every figure's cache key, like _style.py."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter


def izmir_and_turkiye_lines(rates: pd.DataFrame, labels: dict[str, str], lang: str) -> Figure:
    """İzmir (TR-35) and Türkiye (TR) by year, from zero; ``rates`` is indexed by year."""
    figure = Figure()
    axes = figure.subplots()
    axes.plot(rates.index, rates["TR-35"], color=PALETTE["izmir"], marker="o", markersize=3,
              linewidth=2, label=labels["izmir"])
    axes.plot(rates.index, rates["TR"], color=PALETTE["turkiye"], marker="s", markersize=3,
              linewidth=2, linestyle="--", label=labels["turkiye"])
    axes.set_ylim(0, rates.to_numpy().max() * 1.1)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang))
    axes.set_xticks(range(int(rates.index.min()), int(rates.index.max()) + 1, 2))
    axes.legend(loc="lower left", frameon=False)
    figure.tight_layout()
    return figure


def izmir_and_turkiye_table(rates: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Exactly the numbers izmir_and_turkiye_lines plots."""
    return pd.DataFrame({labels["x"]: rates.index.astype(str),
                         f"{labels['izmir']} ({labels['unit']})": rates["TR-35"].to_numpy(),
                         f"{labels['turkiye']} ({labels['unit']})": rates["TR"].to_numpy()})


def station_days(rows: pd.DataFrame, labels: dict[str, str], lang: str, *, colour: str,
                 days_in_year: int) -> Figure:
    """Days counted at each monitoring station as horizontal bars over the whole year, so a bar
    reads as a share of it; ``rows`` are secondary_indicators rows, smallest first."""
    figure = Figure(figsize=(7.0, 0.5 * len(rows) + 1.3))
    axes = figure.subplots()
    axes.set_axisbelow(True)  # grid lines behind the bars
    bars = axes.barh([station_name(p) for p in rows["place"]], rows["value"], height=0.55,
                     color=colour)
    axes.bar_label(bars, labels=[f"{int(v)}" for v in rows["value"]], padding=3)
    axes.set_xlabel(labels["x"])
    axes.set_xlim(0, days_in_year)
    axes.xaxis.set_major_formatter(number_formatter(lang))
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    figure.tight_layout()
    return figure


def station_days_table(rows: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Exactly the numbers station_days plots, largest first as read from the top."""
    rows = rows.iloc[::-1]
    return pd.DataFrame({labels["station"]: [station_name(p) for p in rows["place"]],
                         labels["days"]: rows["value"].astype(int).tolist()})


def station_name(place: str) -> str:
    """"Karşıyaka station" (as stored) -> "Karşıyaka"."""
    return place.removesuffix(" station")
