"""No active content in chapters: the sites run only the project's and the theme's scripts.

Markdown lets an editor paste raw HTML. A ``<script>``, an ``<iframe>``, an event-handler
attribute (``onclick=``...) or a ``javascript:`` link would run code, or load another site, in
every reader's browser; here each one is a build error at its file and line. The check reads the
doctree (raw HTML nodes and link targets), so a translation that adds such markup is caught too.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

ACTIVE_HTML = re.compile(
    r"<\s*(?P<tag>script|iframe)\b"                     # elements that run or embed
    r"|<[^>]*?\s(?P<handler>on[a-z]+)\s*="              # event-handler attribute on any tag
    r"|(?P<url>javascript\s*:)",                        # javascript: in an attribute or link
    re.IGNORECASE,
)


def active_content(html: str) -> list[str]:
    """What in a piece of HTML (or a link target) would run code: ``<script``, ``onclick``..."""
    return [next(value for value in found.groups() if value).lower()
            for found in ACTIVE_HTML.finditer(html)]


def check_doctree(app: Sphinx, doctree: nodes.document) -> None:
    candidates = [(node, node.astext()) for node in doctree.findall(nodes.raw)]
    candidates += [(node, node.get("refuri", "")) for node in doctree.findall(nodes.reference)]
    for node, text in candidates:
        for found in active_content(text):
            logger.error("active content %r is not allowed in a chapter: scripts, iframes, "
                         "event handlers (on...=) and javascript: links would run in every "
                         "reader's browser; remove it or ask the maintainers for a figure or "
                         "directive instead", found, location=node)


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", check_doctree)
