"""The interface strings of Sphinx's JavaScript (search page, highlighting) in the site's language.

Those strings come from ``_static/translations.js``, a copy of Sphinx's bundled ``sphinx.js``
catalogue, not from the ``.mo`` files. Sphinx's Turkish one translates "Search finished, found
... page(s)" to an empty string, so the Turkish result count line was blank. After each HTML
build, ``translations.js`` is rewritten: Sphinx's messages without the empty ones, then the
project's own catalogue (``locales/<lang>/LC_MESSAGES/sphinx.po``) on top.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel.messages.pofile import read_po
from sphinx import package_dir
from sphinx.application import Sphinx

from .site import LOCALES_DIR

PREFIX = "Documentation.addTranslations("
SUFFIX = ");"


def bundled_catalogue(lang: str) -> dict:
    """Sphinx's own ``sphinx.js`` for ``lang`` as a dict (empty if Sphinx has none)."""
    path = Path(package_dir) / "locale" / lang / "LC_MESSAGES" / "sphinx.js"
    if not path.is_file():
        return {"locale": lang, "messages": {}, "plural_expr": "(n != 1)"}
    text = path.read_text("utf-8").strip()
    return json.loads(text.removeprefix(PREFIX).removesuffix(SUFFIX))


def project_messages(po_path: Path) -> tuple[dict[str, str | list[str]], str]:
    """The translated, non-fuzzy messages of a ``.po`` file, and its plural expression."""
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    messages: dict[str, str | list[str]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        if message.pluralizable:
            if all(message.string):
                messages[message.id[0]] = list(message.string)
        elif message.string:
            messages[message.id] = message.string
    return messages, catalogue.plural_expr


def merged_catalogue(lang: str, po_path: Path) -> dict:
    """Sphinx's messages with the empty ones removed (so they fall back to English rather than
    show nothing), overridden by the project's."""
    catalogue = bundled_catalogue(lang)
    messages = {msgid: text for msgid, text in catalogue["messages"].items()
                if text and (isinstance(text, str) or all(text))}
    ours, plural_expr = project_messages(po_path)
    messages.update(ours)
    # doctools.js indexes the translations with the expression's value, and "(n != 1)" gives
    # true/false, which index nothing: Number() makes it 0/1 (and leaves a numeric one alone).
    return {"locale": lang, "messages": messages, "plural_expr": f"Number({plural_expr})"}


def translations_js(catalogue: dict) -> str:
    return PREFIX + json.dumps(catalogue, ensure_ascii=False, indent=1, sort_keys=True) + SUFFIX + "\n"


def write_translations(app: Sphinx, exception: Exception | None) -> None:
    po_path = LOCALES_DIR / app.config.language / "LC_MESSAGES" / "sphinx.po"
    if exception is not None or app.builder.format != "html" or not po_path.is_file():
        return
    target = Path(app.outdir) / "_static" / "translations.js"
    # Sphinx copies its own file on every build, so this one is rewritten every time too.
    target.write_text(translations_js(merged_catalogue(app.config.language, po_path)),
                      encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.connect("build-finished", write_translations)
