"""The profile's indicators, one row each in ``data/indicators.csv``.

A row says what the indicator measures (in both languages), which chapter discusses it, and
either where its values are (a table, column and filter in ``data/``: ``available`` series or
``secondary`` point values) or who holds the data we do not have (``pending``).

* ``{indicator} key`` in a chapter: the indicator's card (definition, unit, İzmir's latest value
  and period, Türkiye's value for the same period, the change over about five years, source and
  caveat; for a pending indicator the "data pending" badge and the institution holding the data).
  The card is the link target of the overview. Each row must be placed exactly once, in its
  own chapter: a row never placed is a build error, so a gap cannot silently disappear.
* ``{indicator-overview}``: every indicator in one table per chapter, in the manner of the
  Fingertips profiles: latest value, period, Türkiye, higher or lower, trend, source.
* ``indicator_errors``: the registry's rules beyond its schema, checked with the data package.

Comparisons are plain arithmetic: the data carry no confidence intervals, so "higher" means
only that the number is larger, and the overview says so.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .data import DATA_DIR, PACKAGE, _read_table, format_statistic, localized, source_line
from .data_appendix import simple_table

logger = logging.getLogger(__name__)

REGISTRY = DATA_DIR / "indicators.csv"
IZMIR, TURKIYE = "TR-35", "TR"
TREND_YEARS = 5          # the trend compares the latest period with the one about 5 years earlier
SAME_WITHIN = 0.01       # a relative difference under 1% reads as "about the same"

LABELS = {
    "tr": {"definition": "Tanım", "unit": "Birim", "izmir": "İzmir", "turkiye": "Türkiye",
           "trend": "Eğilim", "source": "Kaynak", "note": "Not", "holder": "Veriyi tutan kurum",
           "pending": "Veri bekleniyor", "secondary": "İkincil kaynak",
           "who": "DSÖ Sağlıklı Şehirler temel göstergesi", "none": "—",
           "higher": "daha yüksek", "lower": "daha düşük", "same": "yaklaşık aynı",
           "rising": "artmış", "falling": "azalmış", "flat": "yaklaşık aynı kalmış",
           "no_trend": "tek dönem; eğilim yok",
           # overview
           "indicator": "Gösterge", "latest": "İzmir, son değer (dönem)",
           "compare": "İzmir, Türkiye'ye göre", "chapter": "Bölüm"},
    "en": {"definition": "Definition", "unit": "Unit", "izmir": "İzmir", "turkiye": "Türkiye",
           "trend": "Trend", "source": "Source", "note": "Note", "holder": "Data held by",
           "pending": "Data pending", "secondary": "Secondary source",
           "who": "WHO Healthy Cities core indicator", "none": "—",
           "higher": "higher", "lower": "lower", "same": "about the same",
           "rising": "risen", "falling": "fallen", "flat": "stayed about the same",
           "no_trend": "one period only; no trend",
           "indicator": "Indicator", "latest": "İzmir, latest value (period)",
           "compare": "İzmir compared with Türkiye", "chapter": "Chapter"},
}


@dataclass(frozen=True)
class Reading:
    """What the data say about one indicator in one area."""

    series: list[tuple[object, float]]   # (period, value), oldest first

    @property
    def latest(self) -> tuple[object, float] | None:
        return self.series[-1] if self.series else None

    def at(self, period: object) -> float | None:
        return dict(self.series).get(period)

    def earlier(self) -> tuple[object, float] | None:
        """The period about TREND_YEARS before the latest (the latest one at least that far
        back; the first one if the series is shorter), or None for a single period."""
        if len(self.series) < 2:
            return None
        last = self.series[-1][0]
        if isinstance(last, (int, float)):
            older = [item for item in self.series if item[0] <= last - TREND_YEARS]
            if older:
                return older[-1]
        return self.series[0]


def read_registry(path: Path = REGISTRY) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def label_of(key: str) -> str:
    """The link target of an indicator's card."""
    return "indicator-" + key.replace("_", "-")


def _period(value: object) -> object:
    """Years as integers (so they sort and subtract), any other period label as text."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def matching_rows(table, row: dict, area_id: str):
    """The rows of ``table`` for one area that the registry row's ``where`` filter selects."""
    rows = table[table["area_id"].astype(str) == area_id]
    for condition in filter(None, (c.strip() for c in row["where"].split(";"))):
        column, _, wanted = condition.partition("=")
        rows = rows[rows[column.strip()].astype(str) == wanted.strip()]
    return rows


def reading(row: dict, area_id: str, data_dir: Path = DATA_DIR) -> Reading:
    """The row's series for one area: every period with a value, oldest first."""
    path = data_dir / f"{row['table']}.csv"
    rows = matching_rows(_read_table(path, path.stat().st_mtime_ns), row, area_id)
    period_column = row["period_column"] or "year"
    series = []
    for period, value in zip(rows[period_column], rows[row["column"]]):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        series.append((_period(period), float(value)))
    series.sort(key=lambda item: (isinstance(item[0], str), item[0]))
    return Reading(series)


def indicator_errors(data_dir: Path) -> list[str]:
    """The registry's rules beyond its schema, one message each, rows numbered as in
    frictionless (the header is row 1)."""
    problems = []
    for row_number, row in enumerate(read_registry(data_dir / "indicators.csv"), start=2):
        def problem(column: str, text: str) -> None:
            problems.append(f"data/indicators.csv: row {row_number}, column '{column}': {text}")

        if row["status"] == "pending":
            if not (row["holder_tr"] and row["holder_en"]):
                problem("holder_tr", "a pending indicator names the institution that holds its "
                                     "data, in both languages (holder_tr, holder_en)")
            continue
        if not row["table"] or not row["column"]:
            problem("table", f"a {row['status']} indicator names the table and column of its values")
            continue
        path = data_dir / f"{row['table']}.csv"
        if not path.is_file():
            problem("table", f"data/{path.name} does not exist")
            continue
        columns = set(_read_table(path, path.stat().st_mtime_ns).columns)
        wanted = [row["column"], row["period_column"] or "year", "area_id"]
        wanted += [c.partition("=")[0].strip() for c in row["where"].split(";") if c.strip()]
        missing = [name for name in wanted if name not in columns]
        if missing:
            problem("column" if row["column"] in missing else "where",
                    f"data/{path.name} has no column {missing[0]!r}")
            continue
        if not reading(row, IZMIR, data_dir).series:
            problem("where", f"no value for İzmir ({IZMIR}) in data/{path.name} matches this row")
    return problems


class IndicatorDirective(SphinxDirective):
    """Shared by the card and the overview: the registry and its tables (pages are rebuilt
    when they change) and the reader's language."""

    @property
    def lang(self) -> str:
        return self.config.language

    @property
    def labels(self) -> dict:
        return LABELS[self.lang]

    def registry(self) -> list[dict]:
        self.env.note_dependency(str(REGISTRY))
        self.env.note_dependency(str(PACKAGE))  # source lines come from the package
        rows = read_registry()
        for row in rows:
            if row["table"]:
                self.env.note_dependency(str(DATA_DIR / f"{row['table']}.csv"))
        return rows

    def number(self, row: dict, value: float) -> str:
        return format_statistic(value, lang=self.lang, decimals=int(row["decimals"] or 0))

    def values(self, row: dict) -> dict[str, str]:
        """The texts a card and an overview row share."""
        labels, none = self.labels, self.labels["none"]
        izmir, turkiye = reading(row, IZMIR), reading(row, TURKIYE)
        period, value = izmir.latest
        national = turkiye.at(period)
        texts = {"period": str(period), "izmir": self.number(row, value),
                 "turkiye": none, "compare": none, "trend": labels["no_trend"]}
        if national is not None:
            texts["turkiye"] = self.number(row, national)
            texts["compare"] = labels[direction(value, national, "higher", "lower")]
        earlier = izmir.earlier()
        if earlier:
            then, old = earlier
            texts["trend"] = (f"{then}: {self.number(row, old)} → {period}: "
                              f"{self.number(row, value)} "
                              f"({labels[direction(value, old, 'rising', 'falling', 'flat')]})")
        return texts

    def source(self, row: dict) -> str:
        if row["table"] == "secondary_indicators":
            # Each quoted value names its own publisher: cite the one behind the latest value.
            path = DATA_DIR / "secondary_indicators.csv"
            rows = matching_rows(_read_table(path, path.stat().st_mtime_ns), row, IZMIR)
            latest = rows.sort_values(row["period_column"] or "year").iloc[-1].to_dict()
            return localized(latest, "publisher", self.lang)
        return source_line([f"{row['table']}.csv"], self.lang)


def direction(value: float, reference: float, up: str, down: str, same: str = "same") -> str:
    if reference and abs(value - reference) / abs(reference) < SAME_WITHIN:
        return same
    return up if value > reference else down


def field(name: str, *body: nodes.Node | str) -> nodes.field:
    # Written in the build's language from the registry: not text for the catalogues, and not
    # "untranslated" passages of an English page either.
    item = nodes.field()
    item += nodes.field_name(text=name, translatable=False)
    paragraph = nodes.paragraph(translatable=False)
    paragraph += [nodes.Text(part) if isinstance(part, str) else part for part in body]
    item += nodes.field_body("", paragraph)
    return item


class IndicatorCard(IndicatorDirective):
    """``{indicator} key``: the card of one indicator of this chapter."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        key = self.arguments[0]
        rows = {row["indicator"]: row for row in self.registry()}
        if key not in rows:
            raise self.error(f"unknown indicator {key!r}: add a row for it to data/indicators.csv")
        row = rows[key]
        if row["chapter"] != self.env.docname:
            raise self.error(f"indicator {key!r} belongs to {row['chapter']} "
                             f"(column 'chapter' of data/indicators.csv), not {self.env.docname}")
        labels, lang = self.labels, self.lang
        placed = self.env.izmir_indicator_cards  # type: ignore[attr-defined]
        placed.setdefault(key, []).append((self.env.docname, self.lineno))

        node_id = label_of(key)
        card = nodes.container(ids=[node_id], classes=["indicator-card", f"indicator-{row['status']}"])
        self.env.get_domain("std").note_hyperlink_target(
            node_id, self.env.docname, node_id, localized(row, "name", lang))
        heading = nodes.paragraph(classes=["indicator-name"], translatable=False)
        heading += nodes.strong(text=localized(row, "name", lang))
        if row["status"] != "available":
            heading += nodes.Text(" ")
            heading += nodes.inline(text=labels[row["status"]],
                                    classes=["indicator-badge", f"indicator-badge-{row['status']}"])
        card += heading
        facts = nodes.field_list()
        facts += field(labels["definition"], localized(row, "definition", lang))
        if localized(row, "unit", lang):
            facts += field(labels["unit"], localized(row, "unit", lang))
        if row["status"] == "pending":
            facts += field(labels["holder"], localized(row, "holder", lang))
        else:
            values = self.values(row)
            facts += field(f"{labels['izmir']} ({values['period']})", values["izmir"])
            facts += field(f"{labels['turkiye']} ({values['period']})", values["turkiye"])
            facts += field(labels["trend"], values["trend"])
            facts += field(labels["source"], self.source(row))
        if localized(row, "note", lang):
            facts += field(labels["note"], localized(row, "note", lang))
        if row["who_core"]:
            facts += field(labels["who"], row["who_core"])
        card += facts
        return [card]


class IndicatorOverview(IndicatorDirective):
    """``{indicator-overview}``: one table per chapter, pending indicators included."""

    def run(self) -> list[nodes.Node]:
        labels = self.labels
        chapters: dict[str, list[dict]] = {}
        for row in self.registry():
            chapters.setdefault(row["chapter"], []).append(row)
        output: list[nodes.Node] = []
        for chapter, rows in chapters.items():
            heading = nodes.rubric(translatable=False)  # the chapter's title, filled in by Sphinx
            heading += addnodes.pending_xref("", nodes.inline(), refdomain="std", reftype="doc",
                                             reftarget="/" + chapter, refexplicit=False,
                                             refwarn=True, refdoc=self.env.docname)
            output.append(heading)
            table = simple_table(
                [labels["indicator"], labels["latest"], labels["turkiye"], labels["compare"],
                 labels["trend"], labels["source"]],
                [self.row(row) for row in rows], widths=[4, 2, 2, 2, 4, 4])
            table["classes"].append("indicator-overview")
            output.append(table)
        return output

    def row(self, row: dict) -> list[list[nodes.Node] | str]:
        labels, lang = self.labels, self.lang
        link = nodes.paragraph()
        link += addnodes.pending_xref("", nodes.inline(text=localized(row, "name", lang)),
                                      refdomain="std", reftype="ref", reftarget=label_of(row["indicator"]),
                                      refexplicit=True, refwarn=True, refdoc=self.env.docname)
        if row["status"] == "pending":
            badge = nodes.paragraph()
            badge += nodes.inline(text=labels["pending"],
                                  classes=["indicator-badge", "indicator-badge-pending"])
            none = labels["none"]
            return [[link], [badge], none, none, none,
                    f"{labels['holder']}: {localized(row, 'holder', lang)}"]
        values = self.values(row)
        name = [link]
        if row["status"] == "secondary":
            name.append(nodes.paragraph(text=f"({labels['secondary']})"))
        return [name, f"{values['izmir']} ({values['period']})", values["turkiye"],
                values["compare"], values["trend"], self.source(row)]


# -- Every row placed once, in its chapter ------------------------------------------------------

def init_cards(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    if not hasattr(env, "izmir_indicator_cards"):
        env.izmir_indicator_cards = {}


def purge_cards(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    cards = getattr(env, "izmir_indicator_cards", {})
    for key in list(cards):
        cards[key] = [place for place in cards[key] if place[0] != docname]
        if not cards[key]:
            del cards[key]


def merge_cards(app: Sphinx, env: BuildEnvironment, docnames: set[str],
                other: BuildEnvironment) -> None:
    for key, places in getattr(other, "izmir_indicator_cards", {}).items():
        env.izmir_indicator_cards.setdefault(key, []).extend(places)


def check_cards(app: Sphinx, env: BuildEnvironment) -> None:
    cards = getattr(env, "izmir_indicator_cards", {})
    for row_number, row in enumerate(read_registry(), start=2):
        places = cards.get(row["indicator"], [])
        chapter = f"docs/{row['chapter']}.md"
        if not places:
            logger.warning(f"data/indicators.csv: row {row_number}: indicator "
                           f"{row['indicator']!r} has no card in {chapter}: add "
                           f"```{{indicator}} {row['indicator']}``` where it is discussed")
        for docname, line in places[1:]:
            logger.warning(f"indicator {row['indicator']!r} has more than one card: each is "
                           f"placed once", location=(docname, line))


def setup(app: Sphinx) -> None:
    app.add_directive("indicator", IndicatorCard)
    app.add_directive("indicator-overview", IndicatorOverview)
    app.connect("env-before-read-docs", init_cards)
    app.connect("env-purge-doc", purge_cards)
    app.connect("env-merge-info", merge_cards)
    app.connect("env-check-consistency", check_cards)
