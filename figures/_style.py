"""One look for every figure: colour-blind-safe palette, fonts, sizes and number formats.

Part of every figure's cache key: changing this file re-renders all figures.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from matplotlib.ticker import FuncFormatter

# Okabe–Ito palette: distinguishable with every common form of colour blindness.
PALETTE = {"izmir": "#0072B2", "turkiye": "#E69F00", "accent": "#009E73", "grey": "#6B6B6B"}

RC_PARAMS = {
    "figure.figsize": (7.0, 3.8),
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "svg.fonttype": "none",   # text stays text in the SVG: selectable and searchable
    "svg.hashsalt": "izmir",  # fixed ids, so the same figure gives the same bytes
}


def number_formatter(lang: str, *, decimals: int = 0) -> FuncFormatter:
    """Axis tick labels in the reader's convention: 4.500 / 3,9 in Turkish, 4,500 / 3.9 in English."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return FuncFormatter(lambda value, _pos: format_decimal(value, format=pattern, locale=lang))
