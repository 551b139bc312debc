"""Sphinx configuration for the İzmir City Health Profile and Development Plan.

Thin on purpose: language-dependent values (titles, dates, PDF name, cover) are set per build
by the ``izmir`` extension in ``docs/_ext/izmir/``; build both languages with ``nox -s build``.
Paths to templates and static files are relative to this file; ``locale_dirs`` to ``docs/``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "docs" / "_ext"))

# -- Project (title and author are replaced per language by izmir.publication) -------------
project = "İzmir Kent Sağlık Profili"
author = "İzmir Büyükşehir Belediyesi"

extensions = [
    "myst_parser",
    "sphinx_design",
    "izmir",
]

root_doc = "index"
exclude_patterns = ["_ext", "_templates", "_static", "**/README.md"]
templates_path = ["docs/_templates"]
myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline", "attrs_block"]
myst_heading_anchors = 3
nitpicky = True

# -- Languages: Turkish sources, English from gettext catalogues ---------------------------
language = "tr"
locale_dirs = ["../locales"]
gettext_compact = False
gettext_uuid = False
gettext_location = False  # keeps catalogue diffs to real text changes
translation_progress_classes = "untranslated"

# -- HTML ----------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_static_path = ["docs/_static"]
html_css_files = ["izmir.css"]
# The sun over the bay in white on the figures' İzmir blue, drawn for the project in three shapes:
# tabs and bookmarks show it, and browsers stop asking for a missing /favicon.ico.
html_favicon = "docs/_static/favicon.svg"
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False
html_theme_options = {
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "article_header_end": ["edit-link.html", "language-switcher.html", "pdf-link.html",
                           "article-header-buttons.html"],
    "show_toc_level": 2,
    # No "By <author>" line: its Turkish ("Tarafından …") is ungrammatical, and the copyright
    # line already names the publisher.
    "footer_content_items": ["copyright.html", "last-updated.html", "extra-footer.html"],
}

# -- PDF (LaTeX) -----------------------------------------------------------------------------
latex_engine = "lualatex"
latex_show_urls = "no"
latex_domain_indices = False
latex_toplevel_sectioning = "part"  # Part I the profile, Part II the plan; chapters inside
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "extraclassoptions": "openany",  # read mostly on screens: no blank pages before chapters
    # No ligatures: copying or searching "hedefleri" in the PDF must find "hedefleri", not "hedeﬂeri".
    "fontenc": r"\usepackage{fontspec}" "\n"
               r"\defaultfontfeatures[\rmfamily,\sffamily,\ttfamily]{Ligatures=NoCommon}",
    # Front matter numbered i, ii...: contents, then the list of figures. Figures are listed
    # at level 1, but with parts on top Sphinx sets tocdepth to chapters only, so it is raised
    # for the list alone. No index: the web site has search.
    "tableofcontents": "\n".join([
        r"\pagenumbering{roman}",
        r"\begingroup\parskip 0pt\sphinxtableofcontentshook\tableofcontents\endgroup\clearpage",
        r"\edef\izmirtocdepth{\arabic{tocdepth}}\setcounter{tocdepth}{1}",
        r"\listoffigures\clearpage",
        r"\setcounter{tocdepth}{\izmirtocdepth}",
        r"\pagenumbering{arabic}",
    ]),
    # LuaTeX computes the trailer /ID from the build folder's path and the time: without it two
    # builds of one commit are byte-identical wherever they run (an /ID is optional unencrypted).
    "preamble": r"\pdfvariable suppressoptionalinfo 512",
    "printindex": "",
    "makeindex": "",
}
