"""Search that understands Turkish, on both sites.

Sphinx lowercases "İzmir" to "i̇zmir" (with U+0307), so ``izmir`` found nothing, and readers who
type without Turkish letters (``saglik``, ``nufus``) found nothing either. Every word, in the
index and in the query, goes through one function, written twice: ``search_key`` here (index
time) and ``searchKey`` in ``search.js`` (query time, in the browser)::

    search key = fold(stem(lower(word)))

* ``lower``: Unicode NFC, then Turkish case rules (İ -> i, I -> ı) unless the word is plain ASCII.
* ``stem``: the Snowball stemmer Sphinx ships for the language, in Python and JavaScript.
* ``fold``: compatibility decomposition, marks dropped, ı -> i: "sağlık" -> "saglik".

Turkish stems *before* folding, because its suffix rules need the Turkish letters ("sağlığı" ->
"sağlık", but "sagligi" stays "sagligi"). So that a reader typing without them still finds every
form, the index also stores the key of each word's folded spelling: "sağlığı" is indexed as
"saglik" (typed with Turkish letters, any suffix) and "sagligi" (typed without). English has no
Turkish suffixes, so its stemmer folds first and both spellings give one key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import snowballstemmer
from sphinx import package_dir
from sphinx.application import Sphinx
from sphinx.search import SearchLanguage
from sphinx.search.en import SearchEnglish

# The Snowball stemmers Sphinx ships for the browser: JavaScript twins of snowballstemmer's.
SPHINX_STEMMERS_JS = Path(package_dir) / "search" / "minified-js"
SEARCH_JS = Path(__file__).with_name("search.js")

_WORD = re.compile(r"\w+")


def lower(word: str) -> str:
    """Lowercase by Turkish rules: "İZMİR" and "İzmir" -> "izmir", "IŞIK" -> "ışık".

    A word in plain ASCII was typed without Turkish letters, so its "I" may stand for i or ı
    ("EKONOMI", "ISIK"): it is lowercased plainly and meets the index's folded spellings.
    """
    word = unicodedata.normalize("NFC", word)
    if word.isascii():
        return word.lower()
    return word.replace("İ", "i").replace("I", "ı").lower().replace("i\u0307", "i")


def fold(text: str) -> str:
    """Drop diacritics so that "sağlık" and "saglik" meet: ç ğ ı ö ş ü -> c g i o s u."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def search_key(word: str, stem: Callable[[str], str]) -> str:
    """The term stored in the index and looked up by a query (``searchKey`` in search.js)."""
    return fold(stem(lower(word)))


class FoldingSearch(SearchLanguage):
    """Base for both sites: words and their folded spellings, keyed by ``search_key``."""

    snowball_name = ""
    stem_folded = False  # True: fold before stemming (a stemmer that knows no Turkish letters)

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self.snowball = snowballstemmer.stemmer(self.snowball_name)

    def split(self, input: str) -> list[str]:
        # Each word, plus its folded spelling where it differs: see the module docstring.
        words = []
        for word in _WORD.findall(unicodedata.normalize("NFC", input)):
            words.append(word)
            folded = fold(lower(word))
            if folded != lower(word):
                words.append(folded)
        return words

    def stem(self, word: str) -> str:
        return search_key(word, self.snowball_stem)

    def snowball_stem(self, word: str) -> str:
        return self.snowball.stemWord(fold(word) if self.stem_folded else word)

    @property
    def js_stemmer_code(self) -> str:  # type: ignore[override]
        """Embedded by Sphinx in language_data.js, which every page loads after searchtools.js."""
        parts = [(SPHINX_STEMMERS_JS / name).read_text("utf-8")
                 for name in ("base-stemmer.js", f"{self.snowball_name}-stemmer.js")]
        parts.append(SEARCH_JS.read_text("utf-8"))
        parts.append(f"IzmirSearch.install(new {self.language_name}Stemmer(), "
                     f"{{stemFolded: {'true' if self.stem_folded else 'false'}}});")
        return "\n".join(parts)


class TurkishSearch(FoldingSearch):
    lang = "tr"
    language_name = "Turkish"
    snowball_name = "turkish"
    stopwords = frozenset()  # Sphinx has no Turkish stop words either


class EnglishSearch(FoldingSearch):
    lang = "en"
    language_name = "English"
    snowball_name = "english"
    stem_folded = True
    stopwords = SearchEnglish.stopwords


def key_function_digest() -> str:
    """Changes with this file or search.js. Sphinx updates the index only for pages it rewrites;
    as an HTML setting this digest makes it rewrite (and re-index) every page when keys change."""
    return hashlib.sha256(Path(__file__).read_bytes() + SEARCH_JS.read_bytes()).hexdigest()[:16]


def setup(app: Sphinx) -> None:
    app.add_config_value("izmir_search_key_digest", key_function_digest(), "html",
                         types=frozenset({str}))
    app.add_search_language(TurkishSearch)
    app.add_search_language(EnglishSearch)
