"""The project's Sphinx extension: one module per concern, wired together here.

* ``data``: validation of data/ before anything is drawn, and the {stat} role for numbers.
* ``data_appendix``: the "Data and sources" appendix generated from data/datapackage.json.
* ``indicators``: the profile's indicators from data/indicators.csv: a card per indicator in its
  chapter, the indicator overview page, and the registry's own rules.
* ``plan``: the development plan's actions from data/ (action tables, status summary, drafts),
  and the plan's own data rules.
* ``figures``: figures drawn from data/ by the recipes in figures/, before pages are read.
* ``publication``: per-language title, dates and the LaTeX cover and metadata (config-inited).
* ``languages``: same-page language switcher, hreflang links and the PDF link (html-page-context).
* ``markdown_checks``: errors for Markdown slips MyST accepts silently (an unclosed directive).
* ``active_content``: errors for scripts, iframes, event handlers and javascript: links in chapters.
* ``page_metadata``: meta description and Open Graph tags in each page's language.
* ``page_speed``: scripts deferred, the theme's unused files left out of the output.
* ``edit_links``: the "edit this page" link: the Markdown file, or on a translated site its .po file.
* ``translation_notice``: a visible notice on pages whose translation is incomplete.
* ``search``: search languages that find Turkish words however they are typed (with search.js).
* ``js_translations``: the search page's JavaScript strings in the site's language.
* ``translation_status``: the translation status page, and the check that translations keep
  their roles and links (``catalogues`` holds the pure part, shared with scripts/translations.py).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from . import (
    active_content, data, data_appendix, edit_links, figures, indicators, js_translations,
    languages, markdown_checks, page_metadata, page_speed, plan, publication, search,
    translation_notice,
    translation_status,
)


def setup(app: Sphinx) -> dict[str, Any]:
    publication.setup(app)
    data.setup(app)
    data_appendix.setup(app)
    plan.setup(app)
    indicators.setup(app)
    markdown_checks.setup(app)
    active_content.setup(app)
    figures.setup(app)
    languages.setup(app)
    page_metadata.setup(app)
    page_speed.setup(app)
    edit_links.setup(app)
    translation_notice.setup(app)
    translation_status.setup(app)
    search.setup(app)
    js_translations.setup(app)
    return {"version": "0.1", "env_version": 14, "parallel_read_safe": True, "parallel_write_safe": True}
