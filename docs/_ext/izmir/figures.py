"""Figures drawn from ``data/`` at build time, one recipe per file in ``figures/``.

A recipe names its input tables (``TABLES``) and has two pure functions: ``make_figure(data,
lang)`` returning a matplotlib Figure and ``make_table(data, lang)`` returning exactly the
plotted numbers as a DataFrame (column headers in the reader's language). Before Sphinx reads any page (``builder-inited``), every recipe is
rendered for the build's language to ``_build/figures/<lang>/<name>.svg`` (HTML) and ``.pdf``
(LaTeX), with ``<name>.csv`` and ``<name>.table.html`` from the table. A chapter writes ``/figures/<name>.*`` and ``figure_language_filename`` resolves it to
the rendered file of its language.

A recipe is drawn again only when its cache key changes (its source, its tables, the shared
style, matplotlib's version); an output file is rewritten only when its bytes change, so Sphinx
re-reads no page for nothing. Under each figure the build adds its source line (from
``data/datapackage.json``), the data table (HTML) and a link to download the CSV.
"""

from __future__ import annotations

import hashlib
import json
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

from html import escape

from babel.numbers import format_decimal
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import SphinxError
from sphinx.util import logging

from sphinx.transforms import SphinxTransform

from .data import PACKAGE, source_line
from .site import BUILD_DIR, ROOT, TITLES, source_path

logger = logging.getLogger(__name__)

RECIPES_DIR = ROOT / "figures"
DATA_DIR = ROOT / "data"
OUTPUT_DIR = BUILD_DIR / "figures"
FORMATS = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}  # no dates: same bytes each time


class FigureError(SphinxError):
    category = "Figure error"


def recipe_paths() -> list[Path]:
    return sorted(p for p in RECIPES_DIR.glob("*.py") if not p.name.startswith("_"))


def load_recipe(path: Path) -> ModuleType:
    if str(RECIPES_DIR) not in sys.path:
        sys.path.insert(0, str(RECIPES_DIR))  # recipes and this module import figures/_style.py
    spec = importlib.util.spec_from_file_location(f"izmir_figure_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cache_key(recipe: Path, tables: list[str], lang: str) -> str:
    import matplotlib

    digest = hashlib.sha256()
    shared = sorted(RECIPES_DIR.glob("_*.py"))  # _style.py and the chart shapes recipes share
    for part in (recipe, *shared, *(DATA_DIR / t for t in tables)):
        digest.update(part.read_bytes())
    digest.update(f"matplotlib {matplotlib.__version__} language {lang}".encode())
    return digest.hexdigest()


def recipe_name(uri: str) -> str | None:
    """``/figures/population_trend.*`` -> ``population_trend``; None for other images."""
    parts = Path(uri).parts
    return Path(uri).stem if len(parts) >= 2 and parts[-2] == "figures" else None


def html_table(table, lang: str) -> str:
    """The data table readers can open under a figure; numbers in their convention."""
    import pandas as pd

    def cell(value, numeric: bool) -> str:
        if pd.isna(value):
            return ""
        return format_decimal(value, format="#,##0.###", locale=lang) if numeric else str(value)

    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
    head = "".join(f'<th scope="col">{escape(str(c))}</th>' for c in table.columns)
    rows = "".join(
        "<tr>" + "".join(
            (f'<td class="numeric">{escape(cell(v, True))}</td>' if is_num
             else f'<th scope="row">{escape(cell(v, False))}</th>' if i == 0
             else f"<td>{escape(cell(v, False))}</td>")
            for i, (v, is_num) in enumerate(zip(row, numeric))) + "</tr>"
        for row in table.itertuples(index=False))
    return f'<table class="table figure-data-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def write_if_changed(path: Path, content: bytes) -> bool:
    if path.exists() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def render(recipe: Path, lang: str, out_dir: Path) -> bool:
    """Render one recipe for one language unless its cache key is unchanged; True if drawn."""
    import matplotlib
    import pandas as pd

    module = load_recipe(recipe)
    from _style import RC_PARAMS  # importable once a recipe is loaded
    key = cache_key(recipe, module.TABLES, lang)
    stamp = out_dir / f"{recipe.stem}.key"
    outputs = [out_dir / f"{recipe.stem}.{ext}" for ext in (*FORMATS, "csv", "table.html")]
    if stamp.exists() and stamp.read_text() == key and all(p.exists() for p in outputs):
        return False
    data = {table: pd.read_csv(DATA_DIR / table) for table in module.TABLES}
    with matplotlib.rc_context(RC_PARAMS):
        figure = module.make_figure(data, lang)
        for fmt, metadata in FORMATS.items():
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, metadata=metadata)
            write_if_changed(out_dir / f"{recipe.stem}.{fmt}", buffer.getvalue())
    table = module.make_table(data, lang)
    write_if_changed(out_dir / f"{recipe.stem}.csv", table.to_csv(index=False).encode("utf-8"))
    write_if_changed(out_dir / f"{recipe.stem}.table.html", html_table(table, lang).encode("utf-8"))
    write_if_changed(stamp, key.encode())
    return True


def render_all(app: Sphinx) -> None:
    lang = app.config.language
    drawn = []
    for recipe in recipe_paths():
        try:
            if render(recipe, lang, OUTPUT_DIR / lang):
                drawn.append(recipe.stem)
        except Exception as error:  # a recipe's own bug: name the recipe and the cause
            raise FigureError(f"figures/{recipe.name} failed for language {lang}: "
                              f"{type(error).__name__}: {error}") from error
    logger.info("figures drawn for %s: %s", lang, ", ".join(drawn) or "none (all up to date)")
    # What this run drew, for scripts/bench.py (not published).
    write_if_changed(OUTPUT_DIR / f"drawn-{lang}.json", json.dumps(drawn).encode())


def check_figure_references(app: Sphinx, doctree: nodes.document) -> None:
    """A chapter that names a figure with no recipe gets an error at the figure's line."""
    known = {p.stem for p in recipe_paths()}
    for image in doctree.findall(nodes.image):
        name = recipe_name(image.get("original_uri", image["uri"]))
        if name is not None and name not in known:
            logger.error("figure %r does not exist: there is no recipe figures/%s.py",
                         name, name, location=image)


class FigureCompanions(SphinxTransform):
    """Adds, under every drawn figure, its source line, its data table and its CSV download."""

    default_priority = 500  # after translation (20), before Sphinx collects downloads

    def apply(self, **kwargs) -> None:
        lang = self.config.language
        recipes = {p.stem: p for p in recipe_paths()}
        for figure in self.document.findall(nodes.figure):
            image = next(iter(figure.findall(nodes.image)), None)
            name = recipe_name(image["uri"]) if image is not None else None
            if name in recipes:
                figure += self.companions(name, recipes[name], lang)

    def companions(self, name: str, recipe: Path, lang: str) -> nodes.legend:
        texts = TITLES[lang]
        rendered = OUTPUT_DIR / lang / name
        legend = nodes.legend(classes=["figure-companions"])
        self.env.note_dependency(str(PACKAGE))  # the source line comes from the package
        legend += nodes.paragraph(text=f"{texts['source']}: {source_line(load_recipe(recipe).TABLES, lang)}.",
                                  classes=["figure-source"])
        html_only = addnodes.only(expr="html")
        table_path = rendered.with_suffix(".table.html")
        self.env.note_dependency(str(table_path))
        html_only += nodes.raw("", f'<details class="figure-data"><summary>{texts["data_table"]}'
                                   f"</summary>{table_path.read_text('utf-8')}</details>",
                               format="html")
        download = nodes.paragraph(classes=["figure-download"])
        csv_target = source_path(rendered.with_suffix(".csv"))
        download += addnodes.download_reference("", "", nodes.inline(text=texts["download_csv"]),
                                                reftarget=csv_target, refexplicit=True,
                                                refdoc=self.env.docname)
        html_only += download
        legend += html_only
        return legend


def point_figures_to_build(app: Sphinx, config: Config) -> None:
    # Leading "/" = relative to docs/; the rendered files live outside it, under _build/.
    config.figure_language_filename = f"{source_path(OUTPUT_DIR)}/{{language}}/{{basename}}{{ext}}"


def setup(app: Sphinx) -> None:
    app.connect("config-inited", point_figures_to_build)
    app.connect("builder-inited", render_all)
    app.connect("doctree-read", check_figure_references)
    app.add_transform(FigureCompanions)
