"""The data package in ``data/``: validated before anything is drawn, and the only source of
the numbers in the prose.

* Validation (``builder-inited``, before the figures): every CSV is described in
  ``data/datapackage.json`` and matches its schema (types, required values, primary keys). Any
  problem stops the build with one message naming the file, row and column.
* ``{stat}`key```: a number from a table, written in the reader's convention by Babel
  (``4.504.185`` and ``12,5`` in Turkish, ``4,504,185`` and ``12.5`` in English). Keys are
  defined in ``data/statistics.toml``; a translation keeps the role, so a data update never
  makes a translation stale. Pages using a statistic are rebuilt when its table changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.numbers import format_decimal, format_percent
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import SphinxError

from .site import BUILD_DIR, ROOT

DATA_DIR = ROOT / "data"
PACKAGE = DATA_DIR / "datapackage.json"
STATISTICS = DATA_DIR / "statistics.toml"
VALIDATED_DIR = BUILD_DIR / "validated-data"


class DataError(SphinxError):
    category = "Data error"


# -- Validation --------------------------------------------------------------------------------

def package_digest(data_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(data_dir.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def validation_errors(data_dir: Path) -> list[str]:
    """Every problem in the package, one line each: ``data/<file>: row R, column 'C': what``."""
    from frictionless import Package

    package_path = data_dir / "datapackage.json"
    try:
        described = {r["path"] for r in json.loads(package_path.read_text("utf-8"))["resources"]}
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [f"data/datapackage.json: cannot be read as a data package ({error})"]
    problems = [f"data/{path.name}: not described in data/datapackage.json"
                for path in sorted(data_dir.glob("*.csv")) if path.name not in described]
    problems += [f"data/{path}: described in data/datapackage.json but missing"
                 for path in sorted(described) if not (data_dir / path).is_file()]
    if problems:
        return problems
    report = Package(str(package_path)).validate()
    for task in report.tasks:
        for error in task.errors:
            where = []
            if getattr(error, "row_number", None):
                where.append(f"row {error.row_number}")
            if getattr(error, "field_name", None):
                where.append(f"column '{error.field_name}'")
            elif getattr(error, "field_names", None):  # a foreign key names its columns in a list
                where.append("column " + ", ".join(f"'{name}'" for name in error.field_names))
            place = (", ".join(where) + ": ") if where else ""
            problems.append(f"data/{task.place}: {place}{error.message}")
    # The plan's and the indicators' own rules read typed values, so they come after the schema.
    if not problems:
        from .indicators import indicator_errors
        from .plan import plan_errors

        problems += plan_errors(data_dir) + indicator_errors(data_dir)
    return problems


def validate_package(app: Sphinx) -> None:
    """Stop the build before anything is drawn if the data are not valid (checked once per
    content: an unchanged package is not validated again)."""
    marker = VALIDATED_DIR / package_digest(DATA_DIR)
    if marker.exists():
        return
    problems = validation_errors(DATA_DIR)
    if problems:
        raise DataError("the data in data/ are not valid, so nothing was built:\n  "
                        + "\n  ".join(problems))
    VALIDATED_DIR.mkdir(parents=True, exist_ok=True)
    for old in VALIDATED_DIR.iterdir():
        old.unlink()
    marker.touch()


def localized(item: dict, name: str, lang: str) -> str:
    """A package text in the reader's language: ``title_tr`` for Turkish, else ``title``."""
    return item.get(f"{name}_{lang}") or item.get(name) or ""


def source_line(tables: list[str], lang: str, data_dir: Path = DATA_DIR) -> str:
    """"Title, period" of each table's sources, as printed under a figure."""
    resources = {r["path"]: r for r in json.loads((data_dir / "datapackage.json")
                                                   .read_text("utf-8"))["resources"]}
    parts = []
    for table in tables:
        for source in resources[table].get("sources", []):
            text = ", ".join(x for x in (localized(source, "title", lang),
                                         localized(source, "period", lang)) if x)
            if text not in parts:
                parts.append(text)
    return "; ".join(parts)


# -- Statistics in the prose --------------------------------------------------------------------

@dataclass(frozen=True)
class Statistic:
    """One number in the prose: the single row of ``table`` matching ``where``, its ``column``."""

    key: str
    table: str
    column: str
    where: dict = field(default_factory=dict)
    decimals: int = 0
    percent: bool = False  # the value is in per cent (12.5 means 12.5%)
    title: str = ""     # what the number measures, where the plan names it as an indicator
    title_tr: str = ""


def load_statistics(path: Path) -> dict[str, Statistic]:
    """Flatten ``[population.izmir.2025]`` style TOML tables into ``{"population.izmir.2025": …}``."""
    with path.open("rb") as handle:
        tree = tomllib.load(handle)
    found: dict[str, Statistic] = {}

    def walk(prefix: str, node: dict) -> None:
        if "table" in node:
            found[prefix] = Statistic(key=prefix, **node)
            return
        for name, child in node.items():
            walk(f"{prefix}.{name}" if prefix else name, child)

    walk("", tree)
    return found


@functools.lru_cache(maxsize=32)
def _read_table(path: Path, _mtime_ns: int):
    import pandas as pd

    return pd.read_csv(path, keep_default_na=False, na_values=[""])


def statistic_value(stat: Statistic, data_dir: Path) -> float:
    path = data_dir / f"{stat.table}.csv"
    if not path.is_file():
        raise DataError(f"statistic {stat.key!r}: table data/{path.name} does not exist")
    table = _read_table(path, path.stat().st_mtime_ns)
    if stat.column not in table.columns:
        raise DataError(f"statistic {stat.key!r}: data/{path.name} has no column {stat.column!r}")
    rows = table
    for column, wanted in stat.where.items():
        rows = rows[rows[column] == wanted]
    if len(rows) != 1:
        raise DataError(f"statistic {stat.key!r}: {len(rows)} rows of data/{path.name} match "
                        f"{stat.where} (exactly one is needed)")
    value = rows.iloc[0][stat.column]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise DataError(f"statistic {stat.key!r}: data/{path.name} has no value for {stat.where}")
    return float(value)


def format_statistic(value: float, *, lang: str, decimals: int = 0, percent: bool = False) -> str:
    digits = "#,##0" + ("." + "0" * decimals if decimals else "")
    if percent:
        # The locale decides where the sign goes: "%12,5" in Turkish, "12.5%" in English.
        pattern = Locale.parse(lang).percent_formats[None].pattern.replace("#,##0", digits, 1)
        return format_percent(value / 100, format=pattern, locale=lang)
    return format_decimal(value, format=digits, locale=lang)


def stat_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    env = inliner.document.settings.env
    key = text.strip()
    env.note_dependency(str(STATISTICS))
    try:
        stat = load_statistics(STATISTICS).get(key)
        if stat is None:
            raise DataError(f"unknown statistic {key!r}: define it in data/statistics.toml")
        env.note_dependency(str(DATA_DIR / f"{stat.table}.csv"))
        value = statistic_value(stat, DATA_DIR)
    except (DataError, OSError, tomllib.TOMLDecodeError, TypeError) as error:
        message = inliner.reporter.error(str(error), line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    formatted = format_statistic(value, lang=env.config.language, decimals=stat.decimals,
                                 percent=stat.percent)
    return [nodes.inline(rawtext, formatted, classes=["stat"])], []


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", validate_package, priority=400)  # before figures (500)
    app.add_role("stat", stat_role)
