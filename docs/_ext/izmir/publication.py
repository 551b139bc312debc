"""Per-language publication settings: titles, dates, the PDF file name, cover and metadata.

``-D language=en`` is applied after conf.py runs, so everything that depends on the language is
set here, at ``config-inited``, from the facts in ``site.py``.
"""

from __future__ import annotations

from babel.dates import format_date
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.util.texescape import escape as tex

from .site import LANGUAGES, PDF_STEM, PUBLISHER, TITLES, edition_date

# BCP 47 tags for the PDF's /Lang entry (screen readers choose their voice by it).
PDF_LANG_TAGS = {"tr": "tr-TR", "en": "en-GB"}


def latex_cover(*, title: str, subtitle: str, network: str, status: str, publisher: str,
                edition_line: str) -> str:
    """The LaTeX cover page, which also writes the PDF's title, author and subject metadata."""
    return rf"""
\hypersetup{{pdftitle={{{tex(title)} {tex(subtitle)}}}, pdfauthor={{{tex(publisher)}}},
  pdfsubject={{{tex(network)}}}}}
\begin{{titlepage}}
  \centering
  {{\large\sffamily {tex(network)}\par}}
  \vspace*{{0.28\textheight}}
  {{\Huge\bfseries\sffamily {tex(title)}\par}}
  \vspace{{0.8em}}
  {{\LARGE\sffamily {tex(subtitle)}\par}}
  \vspace{{2em}}
  {{\large\itshape {tex(status)}\par}}
  \vfill
  {{\Large\sffamily {tex(publisher)}\par}}
  \vspace{{0.6em}}
  {{\large {tex(edition_line)}\par}}
\end{{titlepage}}
\clearpage
"""


def apply_language(app: Sphinx, config: Config) -> None:
    lang = config.language
    if lang not in LANGUAGES:
        raise ConfigError(
            f"language {lang!r} is not one of the publication's languages {LANGUAGES} "
            "(docs/_ext/izmir/site.py)"
        )
    titles = TITLES[lang]
    publisher = PUBLISHER[lang]
    # British order for the English edition ("23 November 2026"), as the translation is British.
    date_text = format_date(edition_date(), format="long", locale={"en": "en_GB"}.get(lang, lang))

    config.project = titles["title"]
    config.author = publisher
    config.copyright = f"{edition_date().year}, {publisher}"
    config.today = date_text
    config.html_title = titles["title"]
    config.html_theme_options = {**config.html_theme_options,
                                 "search_bar_text": titles["search_placeholder"]}
    config.latex_documents = [
        (config.root_doc, f"{PDF_STEM}-{lang}.tex", f"{titles['title']} {titles['subtitle']}",
         publisher, "manual"),
    ]
    config.latex_elements = {
        **config.latex_elements,
        "maketitle": latex_cover(
            title=titles["title"], subtitle=titles["subtitle"], network=titles["network"],
            status=titles["status"], publisher=publisher,
            edition_line=f"{titles['edition']} {date_text}",
        ),
        # The document language in the PDF catalogue (/Lang); hyperref needs it at load time.
        "passoptionstopackages": rf"\PassOptionsToPackage{{pdflang={PDF_LANG_TAGS[lang]}}}{{hyperref}}",
    }


def setup(app: Sphinx) -> None:
    app.connect("config-inited", apply_language)
