"""Light, fast pages: no script holds up the first paint, and the theme's unused files are not
published.

* Every script a page loads from a file is ``defer``: fetched while the page is read, run in
  order once it is parsed (the theme's and Sphinx's code all wait for DOMContentLoaded, which
  comes after deferred scripts). The theme's one-line inline scripts that fill in
  ``DOCUMENTATION_OPTIONS`` become ``type="module"``, which runs them in the same deferred
  queue, after ``documentation_options.js`` that defines it.
* Styles and scripts for content a page does not have are left out of it: sphinx-design's
  (cards, grids, tabs) unless the page uses one, the code colours (pygments.css) unless it
  shows code. Every stylesheet holds up the first paint.
* The search scripts (searchtools.js, language_data.js, searchindex.js) load on the search page
  only, deferred: see ``docs/_templates/layout.html`` and ``search.html``. Search fields submit
  to that page; search-as-you-type, which needs them everywhere, is off.
* After each HTML build, files the pages never load are deleted from ``_static/`` (the theme
  copies them on every build): ``UNUSED_THEME_FILES``.

``scripts/build.py`` writes the gzip twins (``.gz``) of the published text files; the tests in
``tests/test_speed.py`` hold all of this.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

# Paths under _static/ (glob patterns) that no page loads.
UNUSED_THEME_FILES = (
    # 1.5 MB that turns icon elements into inline SVG: the theme's CSS draws the same icons
    # with the Font Awesome web font (layout.html drops the script from every page).
    "scripts/fontawesome.js", "scripts/fontawesome.js.LICENSE.txt",
    # Source maps (3.5 MB): only a developer's browser tools ask for them.
    "**/*.map",
    # The theme's own gettext catalogues (740 kB) and its template macros, copied as if static.
    "locales", "webpack-macros.html", "sbt-webpack-macros.html",
)


# Assets only some pages need: file name -> what in a page's body HTML needs it.
CONTENT_ASSETS = {
    "sphinx-design.min.css": re.compile(r'class="[^"]*\bsd-'),
    "design-tabs.js": re.compile(r'class="[^"]*\bsd-tab-set'),
    "pygments.css": re.compile(r'class="[^"]*\bhighlight\b'),
}


def needed(asset: Any, body: str) -> bool:
    """False for an asset of CONTENT_ASSETS the page's body gives no use to."""
    name = Path(str(getattr(asset, "filename", asset) or "")).name
    return name not in CONTENT_ASSETS or bool(CONTENT_ASSETS[name].search(body))


def deferred(script: Any) -> Any:
    """The same script, run after the page is parsed instead of blocking it."""
    if not hasattr(script, "attributes"):  # a bare file name: Sphinx's old style, unused here
        return script
    attributes = dict(script.attributes)
    if script.filename:
        if "async" not in attributes:
            attributes["defer"] = "defer"
    elif "type" not in attributes:
        attributes["type"] = "module"
    return type(script)(script.filename, priority=script.priority, **attributes)


def lighten_page(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                 doctree: Any) -> None:
    body = context.get("body") or ""
    context["css_files"] = [css for css in context.get("css_files", []) if needed(css, body)]
    context["script_files"] = [deferred(script) for script in context.get("script_files", [])
                               if needed(script, body)]


def remove_unused_theme_files(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    for pattern in UNUSED_THEME_FILES:
        for path in sorted(static.glob(pattern)):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)


def setup(app: Sphinx) -> None:
    # After the theme's own handler, which adds its inline scripts to the page.
    app.connect("html-page-context", lighten_page, priority=900)
    app.connect("build-finished", remove_unused_theme_files)
