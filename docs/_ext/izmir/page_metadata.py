"""What search engines and link previews read: a meta description and Open Graph tags on every
page, in the page's language.

The description is the page's first paragraph of running text (not a notice, figure or table),
cut at a word near 160 characters; pages without one (search, index) describe the publication.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from .site import OG_LOCALES, SITE_URL, TITLES

DESCRIPTION_LENGTH = 160


def trimmed(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def first_paragraph(doctree: nodes.Node | None) -> str:
    """Text of the first paragraph that sits directly in the page's sections."""
    for paragraph in doctree.findall(nodes.paragraph) if doctree is not None else ():
        if isinstance(paragraph.parent, (nodes.section, nodes.document)) and paragraph.astext().strip():
            return paragraph.astext()
    return ""


def metadata_tags(*, title: str, description: str, lang: str, url: str) -> str:
    tags = [("name", "description", description), ("property", "og:title", title),
            ("property", "og:description", description), ("property", "og:type", "website"),
            ("property", "og:locale", OG_LOCALES[lang]), ("property", "og:url", url),
            ("property", "og:site_name", TITLES[lang]["title"])]
    return "".join(f'<meta {kind}="{name}" content="{escape(value)}" />\n'
                   for kind, name, value in tags)


def add_metadata(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                 doctree: Any) -> None:
    lang = app.config.language
    site_title = TITLES[lang]["title"]
    description = trimmed(first_paragraph(doctree)
                          or f"{site_title} {TITLES[lang]['subtitle']}. {TITLES[lang]['network']}.")
    page_title = re.sub(r"<[^>]+>", "", context.get("title") or site_title)
    # The home page's title already starts with the publication's; others get it appended.
    title = page_title if page_title.startswith(site_title) else f"{page_title} – {site_title}"
    context["metatags"] = context.get("metatags", "") + metadata_tags(
        title=title, description=description, lang=lang, url=f"{SITE_URL}{lang}/{pagename}.html")


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", add_metadata)
