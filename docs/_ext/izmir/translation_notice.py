"""A visible notice on every page of a translated build whose text is not fully translated.

Sphinx silently falls back to the Turkish original for a paragraph with no (or a fuzzy)
translation; readers of the English site must be told. Sphinx counts, per document, the
translatable nodes and how many of them were translated (``document['translation_progress']``).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from .site import SOURCE_LANGUAGE, TITLES

NOTICE_CLASS = "translation-notice"
SOURCE_ALT = "izmir_source_alt"


# Sphinx (up to 9.0 at least) translates an image's alt text but leaves the image marked as
# untranslated, so every page with a translated figure would count as incomplete. The two
# transforms below run around Sphinx's Locale transform (priority 20) and mark an image
# translated when its alt text changed, before the progress is counted (priority 25).
class RememberSourceAlt(SphinxTransform):
    default_priority = 19

    def apply(self, **kwargs) -> None:
        for image in self.document.findall(nodes.image):
            if "alt" in image:
                image[SOURCE_ALT] = image["alt"]


class MarkTranslatedAlt(SphinxTransform):
    default_priority = 21

    def apply(self, **kwargs) -> None:
        for image in self.document.findall(nodes.image):
            source = image.attributes.pop(SOURCE_ALT, None)
            if source is not None and image.get("alt") != source:
                image["translated"] = True


def in_front_matter(node: nodes.Node) -> bool:
    """Front matter (``orphan: true``...) is read by Sphinx, never shown, never extracted.

    Until docutils turns it into ``docinfo`` (after translation), it is a field list placed
    directly in the document, before the first section.
    """
    while node.parent is not None:
        if isinstance(node, (nodes.docinfo, nodes.field_list)) and isinstance(node.parent, nodes.document):
            return True
        node = node.parent
    return False


class IgnoreFrontMatter(SphinxTransform):
    """Sphinx counts the front matter's values as untranslated text; they are not text."""

    default_priority = 21  # after the Locale transform marks nodes, before progress is counted

    def apply(self, **kwargs) -> None:
        for node in self.document.findall(nodes.Element):
            if "translated" in node and in_front_matter(node):
                del node["translated"]


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
    app.add_transform(RememberSourceAlt)
    app.add_transform(MarkTranslatedAlt)
    app.add_transform(IgnoreFrontMatter)
    app.connect("doctree-resolved", add_notice)
