"""Same-page language switcher, hreflang links and the PDF link, added to every HTML page.

Every language is built from the same sources into a sibling folder (``_build/html/tr``,
``_build/html/en``), so a page's counterpart has the same path in the other folder and can be
reached with a relative URL: the switcher works in previews from any folder and on any host.
The ``<link rel="alternate" hreflang>`` tags in the head, read by search engines and never
followed by a browser, give the published address (``SITE_URL``): search engines ignore relative
ones, and Lighthouse's SEO audit fails them.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .site import LANGUAGE_NAMES, LANGUAGES, SITE_URL, TITLES, pdf_filename


def site_root_prefix(pagename: str) -> str:
    """Relative URL from a page to the folder that holds every language's site.

    ``index`` -> ``../``; ``profil/nufus`` -> ``../../``.
    """
    return "../" * (pagename.count("/") + 1)


def page_alternates(*, pagename: str, current: str) -> list[dict[str, Any]]:
    """One entry per language: the same page's relative URL there and whether it is this one."""
    prefix = site_root_prefix(pagename)
    return [
        {
            "lang": lang,
            "name": LANGUAGE_NAMES[lang],
            "href": f"{prefix}{lang}/{pagename}.html",
            "current": lang == current,
        }
        for lang in LANGUAGES
    ]


def hreflang_tags(*, pagename: str) -> str:
    """The page in every language, at its published address."""
    return "".join(
        f'<link rel="alternate" hreflang="{lang}" href="{SITE_URL}{lang}/{pagename}.html" />\n'
        for lang in LANGUAGES
    )


def add_language_context(app: Sphinx, pagename: str, templatename: str,
                         context: dict[str, Any], doctree: Any) -> None:
    lang = app.config.language
    alternates = page_alternates(pagename=pagename, current=lang)
    context["izmir_alternates"] = alternates
    context["izmir_switch_label"] = TITLES[lang]["switch_label"]
    context["izmir_pdf_href"] = f"{site_root_prefix(pagename)}pdf/{pdf_filename(lang)}"
    context["izmir_pdf_label"] = TITLES[lang]["pdf_link"]
    context["metatags"] = context.get("metatags", "") + hreflang_tags(pagename=pagename)


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", add_language_context)
