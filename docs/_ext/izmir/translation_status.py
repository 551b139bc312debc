"""What the translation catalogues cover, shown and checked at build time.

* ``translation-status`` directive: a table, per document, of how many of its Turkish texts the
  catalogue of each translated language translates (the same count as
  ``scripts/translations.py status``, from ``izmir.catalogues``). The Turkish texts are taken
  from each document as it is read, before Sphinx translates it, so both sites show the same
  numbers. The page is re-read whenever any document or catalogue changes.
* Markup check: in a translated build, a catalogue entry whose translation lost, changed or
  added a role or a link is an error at that entry's line in the ``.po`` file.
"""

from __future__ import annotations

from babel import Locale
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import extract_messages

from .catalogues import DocumentStatus, catalogue_path, catalogues_of, document_status, markup_problems
from .translation_notice import in_front_matter
from .site import SOURCE_LANGUAGE, TITLES, TRANSLATED_LANGUAGES

logger = logging.getLogger(__name__)


class RecordSourceMessages(SphinxTransform):
    """Keeps each document's Turkish texts, as the gettext builder would extract them."""

    default_priority = 19  # before Sphinx's Locale transform (20) replaces them

    def apply(self, **kwargs) -> None:
        if not hasattr(self.env, "izmir_source_messages"):
            self.env.izmir_source_messages = {}
        self.env.izmir_source_messages[self.env.docname] = [
            message for node, message in extract_messages(self.document)
            if not in_front_matter(node)]


class status_placeholder(nodes.General, nodes.Element):
    """Replaced by the tables once every document has been read."""


class TranslationStatusDirective(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        if not hasattr(self.env, "izmir_status_pages"):
            self.env.izmir_status_pages = set()
        self.env.izmir_status_pages.add(self.env.docname)
        for lang in TRANSLATED_LANGUAGES:
            for catalogue in catalogues_of(lang):
                self.env.note_dependency(str(catalogue))
        return [status_placeholder()]


def statuses(env: BuildEnvironment, lang: str) -> list[DocumentStatus]:
    return [document_status(document=docname, catalogue=catalogue_path(lang, docname),
                            source_messages=messages)
            for docname, messages in sorted(getattr(env, "izmir_source_messages", {}).items())]


def status_table(app: Sphinx, fromdocname: str, lang: str) -> list[nodes.Node]:
    texts = TITLES[app.config.language]
    rows = statuses(app.env, lang)
    table = nodes.table(classes=["translation-status"])
    group = nodes.tgroup(cols=4)
    table += group
    group.extend(nodes.colspec(colwidth=width) for width in (50, 15, 15, 20))
    header = nodes.thead()
    group += header
    header += row_of([nodes.Text(texts[key]) for key in
                      ("status_document", "status_translated", "status_total", "status_todo")])
    body = nodes.tbody()
    group += body
    for status in rows:
        title = app.env.titles[status.document].astext() if status.document in app.env.titles else status.document
        link = nodes.reference("", title, internal=True,
                               refuri=app.builder.get_relative_uri(fromdocname, status.document))
        todo = [texts["status_untranslated"].format(count=len(status.untranslated))] if status.untranslated else []
        todo += [texts["status_fuzzy"].format(count=len(status.fuzzy))] if status.fuzzy else []
        body += row_of([link, nodes.Text(str(status.translated)), nodes.Text(str(status.total)),
                        nodes.Text(", ".join(todo) or texts["status_complete"])])
    complete = sum(status.complete for status in rows)
    summary = nodes.paragraph(text=texts["status_summary"].format(
        language=Locale.parse(lang).get_display_name(app.config.language), complete=complete, documents=len(rows)))
    return [summary, table]


def row_of(cells: list[nodes.Node]) -> nodes.row:
    row = nodes.row()
    for content in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", content)
        row += entry
    return row


def fill_status_pages(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for placeholder in list(doctree.findall(status_placeholder)):
        placeholder.replace_self([node for lang in TRANSLATED_LANGUAGES
                                  for node in status_table(app, docname, lang)])


def reread_status_pages(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
                        removed: set[str]) -> list[str]:
    """Any document added, edited or removed changes the counts on the status page."""
    if added or changed or removed:
        return sorted(getattr(env, "izmir_status_pages", set()))
    return []


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "izmir_source_messages", {}).pop(docname, None)
    getattr(env, "izmir_status_pages", set()).discard(docname)


def merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    if not hasattr(env, "izmir_source_messages"):
        env.izmir_source_messages = {}
    if not hasattr(env, "izmir_status_pages"):
        env.izmir_status_pages = set()
    env.izmir_source_messages.update(getattr(other, "izmir_source_messages", {}))
    env.izmir_status_pages |= getattr(other, "izmir_status_pages", set())


def check_catalogue_markup(app: Sphinx) -> None:
    """A translation that dropped a {stat} would silently lose its number: refuse it."""
    lang = app.config.language
    if lang == SOURCE_LANGUAGE:
        return
    for catalogue in catalogues_of(lang):
        for problem in markup_problems(catalogue):
            logger.error(problem.message, location=problem.location)


def setup(app: Sphinx) -> None:
    app.add_transform(RecordSourceMessages)
    app.add_node(status_placeholder)
    app.add_directive("translation-status", TranslationStatusDirective)
    app.connect("doctree-resolved", fill_status_pages)
    app.connect("env-get-outdated", reread_status_pages)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("builder-inited", check_catalogue_markup)
