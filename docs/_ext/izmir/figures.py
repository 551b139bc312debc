"""Figures drawn from ``data/`` at build time, one recipe per file in ``figures/``.

A recipe names its input tables (``TABLES``) and has a pure ``make_figure(data, lang)``
returning a matplotlib Figure. Before Sphinx reads any page (``builder-inited``), every recipe is
rendered for the build's language to ``_build/figures/<lang>/<name>.svg`` (HTML) and ``.pdf``
(LaTeX). A chapter writes ``/figures/<name>.*`` and ``figure_language_filename`` resolves it to
the rendered file of its language.

A recipe is drawn again only when its cache key changes (its source, its tables, the shared
style, matplotlib's version); an output file is rewritten only when its bytes change, so Sphinx
re-reads no page for nothing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import sys
from pathlib import Path
from types import ModuleType

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import SphinxError
from sphinx.util import logging

from .site import BUILD_DIR, DOCS_DIR, ROOT

logger = logging.getLogger(__name__)

RECIPES_DIR = ROOT / "figures"
DATA_DIR = ROOT / "data"
STYLE_FILE = RECIPES_DIR / "_style.py"
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
    for part in (recipe, STYLE_FILE, *(DATA_DIR / t for t in tables)):
        digest.update(part.read_bytes())
    digest.update(f"matplotlib {matplotlib.__version__} language {lang}".encode())
    return digest.hexdigest()


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
    outputs = [out_dir / f"{recipe.stem}.{fmt}" for fmt in FORMATS]
    if stamp.exists() and stamp.read_text() == key and all(p.exists() for p in outputs):
        return False
    data = {table: pd.read_csv(DATA_DIR / table) for table in module.TABLES}
    with matplotlib.rc_context(RC_PARAMS):
        figure = module.make_figure(data, lang)
        for fmt, metadata in FORMATS.items():
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, metadata=metadata)
            write_if_changed(out_dir / f"{recipe.stem}.{fmt}", buffer.getvalue())
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


def check_figure_references(app: Sphinx, doctree: nodes.document) -> None:
    """A chapter that names a figure with no recipe gets an error at the figure's line."""
    known = {p.stem for p in recipe_paths()}
    for image in doctree.findall(nodes.image):
        uri = image.get("original_uri", image["uri"])
        parts = Path(uri).parts
        if len(parts) >= 2 and parts[-2] == "figures" and Path(uri).stem not in known:
            logger.error("figure %r does not exist: there is no recipe figures/%s.py",
                         Path(uri).stem, Path(uri).stem, location=image)


def point_figures_to_build(app: Sphinx, config: Config) -> None:
    # Leading "/" = relative to docs/; the rendered files live outside it, under _build/.
    rendered = os.path.relpath(OUTPUT_DIR, DOCS_DIR).replace(os.sep, "/")
    config.figure_language_filename = f"/{rendered}/{{language}}/{{basename}}{{ext}}"


def setup(app: Sphinx) -> None:
    app.connect("config-inited", point_figures_to_build)
    app.connect("builder-inited", render_all)
    app.connect("doctree-read", check_figure_references)
