"""A visible notice on every page of a translated build whose text is not fully translated.

Sphinx silently falls back to the Turkish original for a paragraph with no (or a fuzzy)
translation; readers of the English site must be told. Sphinx counts, per document, the
translatable nodes and how many of them were translated (``document['translation_progress']``).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from .site import SOURCE_LANGUAGE, TITLES

NOTICE_CLASS = "translation-notice"


def is_fully_translated(progress: dict[str, int] | None) -> bool:
    """A page with no catalogue at all has nothing translated, so it counts as untranslated."""
    if not progress or progress.get("total", 0) == 0:
        return False
    return progress["translated"] >= progress["total"]


def notice_node(*, lang: str, translated: int, total: int) -> nodes.admonition:
    texts = TITLES[lang]
    notice = nodes.admonition(classes=[NOTICE_CLASS, "warning"])
    notice += nodes.title(text=texts["untranslated_title"])
    notice += nodes.paragraph(
        text=texts["untranslated_body"].format(translated=translated, total=total)
    )
    return notice


def add_notice(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    lang = app.config.language
    if lang == SOURCE_LANGUAGE:
        return
    progress = doctree.get("translation_progress")
    if is_fully_translated(progress):
        return
    progress = progress or {}
    notice = notice_node(lang=lang, translated=progress.get("translated", 0),
                         total=progress.get("total", 0))
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        doctree.insert(0, notice)
    else:
        section.insert(1, notice)  # right below the page title


def setup(app: Sphinx) -> None:
    app.connect("doctree-resolved", add_notice)
