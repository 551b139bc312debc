"""Total fertility rate, İzmir and Türkiye, 2009–2025 (Sağlık durumu bölümü).

Input: data/vital_statistics.csv, columns total_fertility_rate and tfr_quality. İzmir's values
are TÜİK's; Türkiye's rows are flagged "estimated" (computed by the source repository, not
TÜİK), so that line is dashed and labelled as an estimate. The dotted line at 2.1 children per
woman is the replacement level, demographers' usual benchmark, not data.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from _style import PALETTE, number_formatter

TABLES = ["vital_statistics.csv"]
REPLACEMENT_LEVEL = 2.1  # children per woman; a demographic benchmark, not a data value

LABELS = {
    "tr": {"x": "Yıl", "y": "Kadın başına çocuk", "izmir": "İzmir (TÜİK)",
           "turkiye": "Türkiye (veri deposunun tahmini)", "estimated": "tahmin",
           "replacement": "Yenileme düzeyi ({value}), demografların ölçütü"},
    "en": {"x": "Year", "y": "Children per woman", "izmir": "İzmir (TÜİK)",
           "turkiye": "Türkiye (estimated by the data repository)", "estimated": "estimate",
           "replacement": "Replacement level ({value}), demographers' benchmark"},
}


def series(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    table = data["vital_statistics.csv"]
    return table.pivot(index="year", columns="area_id", values="total_fertility_rate").sort_index()


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    rates = series(data)
    figure = Figure()
    axes = figure.subplots()
    axes.axhline(REPLACEMENT_LEVEL, color=PALETTE["grey"], linestyle=":", linewidth=1.5)
    axes.text(rates.index.max(), REPLACEMENT_LEVEL + 0.05,
              labels["replacement"].format(value=format_decimal(REPLACEMENT_LEVEL, locale=lang)),
              ha="right", va="bottom", color=PALETTE["grey"])
    axes.plot(rates.index, rates["TR-35"], color=PALETTE["izmir"], marker="o", markersize=3,
              linewidth=2, label=labels["izmir"])
    axes.plot(rates.index, rates["TR"], color=PALETTE["turkiye"], marker="s", markersize=3,
              markerfacecolor="white", linewidth=2, linestyle="--", label=labels["turkiye"])
    axes.set_ylim(0, 2.6)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.yaxis.set_major_formatter(number_formatter(lang, decimals=1))
    axes.set_xticks(range(int(rates.index.min()), int(rates.index.max()) + 1, 2))
    axes.legend(loc="lower left", frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """Exactly the plotted numbers, for the data table under the figure and its CSV download."""
    labels = LABELS[lang]
    rates = series(data)
    return pd.DataFrame({labels["x"]: rates.index.astype(str),
                         labels["izmir"]: rates["TR-35"].to_numpy(),
                         labels["turkiye"]: rates["TR"].to_numpy()})
