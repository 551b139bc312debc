"""The "edit this page" link in every page's header, for editors and translators.

On the Turkish site it opens the page's Markdown file in the repository's web editor; on a
translated site it opens the page's catalogue (``locales/<lang>/LC_MESSAGES/<page>.po``),
because that is where the translation lives. Saving there proposes the change as a pull request.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .catalogues import catalogue_path
from .site import ROOT, SOURCE_LANGUAGE, TITLES

# A placeholder until İzmir Büyükşehir Belediyesi's own repository exists: set
# izmir_repository_url (and izmir_repository_branch) in conf.py then.
DEFAULT_REPOSITORY_URL = "https://github.com/izmir-saglikli-kentler/kent-saglik-profili"
DEFAULT_BRANCH = "main"


def edited_file(*, docname: str, source_file: str, lang: str) -> str:
    """The file, relative to the repository, that holds this page's text in this language."""
    if lang == SOURCE_LANGUAGE:
        return f"docs/{source_file}"
    return catalogue_path(lang, docname).relative_to(ROOT).as_posix()


def edit_url(*, repository: str, branch: str, path: str) -> str:
    return f"{repository.rstrip('/')}/edit/{branch}/{path}"


def add_edit_link(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                  doctree: Any) -> None:
    if pagename not in app.env.all_docs:  # search page, index: generated, nothing to edit
        context["izmir_edit_href"] = None
        return
    lang = app.config.language
    path = edited_file(docname=pagename, lang=lang,
                       source_file=app.env.doc2path(pagename, base=False).as_posix())
    context["izmir_edit_href"] = edit_url(repository=app.config.izmir_repository_url,
                                          branch=app.config.izmir_repository_branch, path=path)
    context["izmir_edit_label"] = TITLES[lang]["edit_page"]
    context["izmir_edit_hint"] = TITLES[lang]["edit_page_hint"]


def setup(app: Sphinx) -> None:
    app.add_config_value("izmir_repository_url", DEFAULT_REPOSITORY_URL, "html", types=[str])
    app.add_config_value("izmir_repository_branch", DEFAULT_BRANCH, "html", types=[str])
    app.connect("html-page-context", add_edit_link)
