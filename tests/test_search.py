"""Search finds Turkish words however they are typed, on both sites.

Three layers: the key function alone (Python), the Python and JavaScript halves run on the same
words (the JavaScript really executed by Node), and real queries typed into the built sites in
headless Chromium.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import unicodedata

import pytest
from babel.messages.pofile import read_po

from izmir.js_translations import PREFIX, SUFFIX
from izmir.search import EnglishSearch, FoldingSearch, TurkishSearch, fold, lower, search_key
from izmir.site import DOCS_DIR, LOCALES_DIR, SOURCE_LANGUAGE

SEARCH_LANGUAGES = {"tr": TurkishSearch({}), "en": EnglishSearch({})}

# Words the corpus may lack: every Turkish letter in both cases, dotted and dotless I, circumflex.
TRICKY_WORDS = [
    "İzmir", "İZMİR", "IZMIR", "izmir", "Işık", "IŞIK", "ISIK", "ışık", "isik", "Iğdır", "IĞDIR",
    "Çiğli", "ÇİĞLİ", "Karşıyaka", "KARŞIYAKA", "Bayraklı", "Bornova", "Üsküdar", "Ödemiş",
    "Kültürpark", "KÜLTÜRPARK", "sağlığı", "sağlıklı", "sağlıksız", "sağlığın", "SAĞLIK",
    "nüfusun", "NÜFUS", "hastanelerimizden", "eşitsizliklerin", "öğrencilerimiz", "şehirleşme",
    "hâlâ", "kâr", "Hakkâri", "İnciraltı", "ılıman", "ILIMAN", "Ilıca", "içecek", "İÇECEK",
]

# What searchtools.js does with a query (Search._parseQuery), after our search.js is installed;
# searchKey alone too, to compare with Python's search_key.
NODE_DRIVER = r"""
const fs = require("fs"), vm = require("vm");
const [code, words] = JSON.parse(fs.readFileSync(0, "utf8"));
vm.runInThisContext(code, {filename: "language_data.js"});
const stemmer = new Stemmer();
const out = words.map((word) => [
  IzmirSearch.searchKey(word),
  splitQuery(word.trim()).map((term) => stemmer.stemWord(term.toLowerCase())),
]);
process.stdout.write(JSON.stringify(out));
"""


def turkish_upper(word: str) -> str:
    return word.replace("i", "İ").replace("ı", "I").upper()


def typed_forms(word: str) -> set[str]:
    """How readers type a word: as written, in capitals, without Turkish letters, both."""
    plain = fold(lower(word))
    return {word, lower(word), turkish_upper(word), plain, plain.upper(), plain.capitalize()}


@functools.cache
def corpus_words(lang: str) -> list[str]:
    """Every word of the language's text: the Turkish chapters, plus for a translation its
    catalogues (its pages keep Turkish names, and untranslated passages are shown in Turkish)."""
    texts = [path.read_text("utf-8") for path in DOCS_DIR.rglob("*.md")]
    if lang != SOURCE_LANGUAGE:
        for path in (LOCALES_DIR / lang / "LC_MESSAGES").rglob("*.po"):
            with path.open("rb") as handle:
                texts += [str(m.string) for m in read_po(handle) if m.id and m.string]
    words = {w for text in texts for w in re.findall(r"\w+", unicodedata.normalize("NFC", text))}
    return sorted(w for w in words | set(TRICKY_WORDS) if not w.isdigit() and "_" not in w)


def index_keys(language: FoldingSearch, word: str) -> set[str]:
    """The terms Sphinx stores for one word of a page (IndexBuilder.feed: stem, then lower)."""
    return {language.stem(part).lower() for part in language.split(word)}


def index_matches(query_key: str, keys: set[str]) -> bool:
    """searchtools.js's rule: the same term, or (three letters or more) a term containing it."""
    return any(query_key == key or (len(query_key) > 2 and query_key in key) for key in keys)


@functools.cache
def javascript_keys(lang: str) -> dict[str, tuple[str, list[str]]]:
    """For every typed form of every corpus word: (searchKey, the keys of the query path)."""
    node = shutil.which("node")
    assert node, "Node.js is needed to run the search JavaScript"
    words = sorted({form for word in corpus_words(lang) for form in typed_forms(word)})
    code = SEARCH_LANGUAGES[lang].js_stemmer_code  # exactly what language_data.js embeds
    result = subprocess.run([node, "-e", NODE_DRIVER], input=json.dumps([code, words]),
                            capture_output=True, text=True, check=True)
    return {word: (key, query) for word, (key, query) in zip(words, json.loads(result.stdout))}


# -- The key function -----------------------------------------------------------------------------

def test_turkish_capitals_lower_to_turkish_letters():
    assert lower("İZMİR") == lower("İzmir") == "izmir"
    assert lower("IŞIK") == "ışık"
    assert lower("i\u0307zmir") == "izmir"  # what generic lowercasing made of "İzmir"


def test_folding_removes_exactly_the_turkish_letters():
    assert fold("çğıöşü ÇĞÖŞÜ") == "cgiosu CGOSU"
    assert fold("hâlâ") == "hala"
    assert fold("population") == "population"


@pytest.mark.parametrize("forms", [
    ("İzmir", "IZMIR", "izmir", "İZMİR"),
    ("Işık", "ISIK", "ışık", "isik"),
    ("Nüfus", "nufus", "NÜFUS", "nüfusu"),
    ("sağlık", "saglik", "SAĞLIK", "sağlığı", "sağlıkta"),
])
def test_every_spelling_of_a_turkish_word_has_one_key(forms):
    stem = SEARCH_LANGUAGES["tr"].snowball_stem
    assert len({search_key(form, stem) for form in forms}) == 1, forms


def test_stemming_still_joins_the_forms_of_a_word():
    turkish = SEARCH_LANGUAGES["tr"]
    query = turkish.stem("sağlık")
    for form in ("sağlığı", "sağlıklı", "sağlığın", "sağlıkta"):
        assert index_matches(query, index_keys(turkish, form)), form


def test_the_index_also_keeps_the_spelling_without_turkish_letters():
    # Turkish stemming needs the Turkish letters ("sagligi" stays "sagligi"), so the folded
    # spelling is indexed too and "sagligi" typed on a plain keyboard still finds "sağlığı".
    turkish = SEARCH_LANGUAGES["tr"]
    assert turkish.stem("sagligi") in index_keys(turkish, "sağlığı")
    assert "sagligi" in turkish.split("Sağlığı")


def test_english_search_folds_turkish_names():
    english = SEARCH_LANGUAGES["en"]
    assert english.stem("Karşıyaka") == english.stem("karsiyaka") == english.stem("KARŞIYAKA")
    assert english.stem("Kültürpark") == english.stem("kulturpark")
    assert english.stem("populations") == english.stem("Population")


# -- Python and JavaScript agree --------------------------------------------------------------------

@pytest.mark.parametrize("lang", sorted(SEARCH_LANGUAGES))
def test_python_and_javascript_give_every_word_the_same_key(lang):
    language = SEARCH_LANGUAGES[lang]
    keys = javascript_keys(lang)
    assert len(corpus_words(lang)) > 500 and len(keys) > 2000, "too few words to prove anything"
    differing = [(word, js_key, search_key(word, language.snowball_stem))
                 for word, (js_key, _) in keys.items()
                 if js_key != search_key(word, language.snowball_stem)]
    assert not differing, f"{len(differing)} words differ (word, JavaScript, Python): {differing[:20]}"


@pytest.mark.parametrize("lang", sorted(SEARCH_LANGUAGES))
def test_a_word_typed_any_way_finds_it_in_the_index(lang):
    language = SEARCH_LANGUAGES[lang]
    keys = javascript_keys(lang)
    missed = []
    for word in corpus_words(lang):
        indexed = index_keys(language, word)
        if not any(language.word_filter(key) for key in indexed):
            continue  # a stop word: neither indexed nor searched
        for form in typed_forms(word):
            query_keys = keys[form][1]
            if len(query_keys) != 1 or not index_matches(query_keys[0], indexed):
                missed.append((form, query_keys, sorted(indexed)))
    assert not missed, f"{len(missed)} typed forms miss their word: {missed[:20]}"


# -- The Turkish interface strings of the search page -----------------------------------------------

def test_the_turkish_result_count_line_is_translated(site):
    text = (site / "html" / "tr" / "_static" / "translations.js").read_text("utf-8").strip()
    catalogue = json.loads(text.removeprefix(PREFIX).removesuffix(SUFFIX))
    messages = catalogue["messages"]
    count = messages["Search finished, found one page matching the search query."]
    assert count[1] == "Arama tamamlandı, sorguyla eşleşen ${resultCount} sayfa bulundu."
    assert messages["Search Results"] == "Arama sonuçları"
    empty = [msgid for msgid, text in messages.items() if not text or not all(text)]
    assert not empty, f"empty translations hide the English text: {empty}"


# -- Real queries in the built sites ------------------------------------------------------------------

@pytest.fixture(scope="module")
def page(browser, served_site):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def type_query(page, base: str, lang: str, query: str) -> dict:
    """Type a query into the search page's field, press Enter, and read what the reader sees."""
    page.goto(f"{base}/{lang}/search.html")
    field = page.locator(".bd-search-container form.bd-search input[name=q]")
    field.fill(query)
    field.press("Enter")
    page.wait_for_url(re.compile(r"search\.html\?q="))
    page.wait_for_function(
        "() => { const status = document.querySelector('#search-results .search-summary');"
        " const items = [...document.querySelectorAll('#search-results ul.search li')];"
        " return status && status.innerText.trim()"
        " && items.every((li) => li.querySelector('p.context')); }",
        timeout=20000,
    )
    return page.evaluate("""() => ({
        status: document.querySelector('#search-results .search-summary').innerText.trim(),
        results: [...document.querySelectorAll('#search-results ul.search li')].map((li) => ({
            href: li.querySelector('a').getAttribute('href'),
            title: li.querySelector('a').innerText,
            excerpt: li.querySelector('p.context').innerText,
            highlighted: [...li.querySelectorAll('p.context span.highlighted')]
                .map((span) => span.innerText),
        })),
    })""")


def found_pages(shown: dict) -> set[str]:
    return {result["href"].split("#")[0].removesuffix(".html") for result in shown["results"]}


TURKISH_QUERIES = {
    "izmir": {"index", "profil/giris"},
    "IZMIR": {"index", "profil/giris"},
    "İzmir": {"index", "profil/giris"},
    "nufus": {"profil/nufus"},
    "Nüfus": {"profil/nufus"},
    "NUFUS": {"profil/nufus"},
    "saglik": {"profil/saglik-durumu", "profil/halk-sagligi-politikalari", "profil/index"},
    "sağlık": {"profil/saglik-durumu", "profil/halk-sagligi-politikalari", "profil/index"},
    "esitsizlikler": {"profil/esitsizlikler"},
    "yasam kosullari": {"profil/yasam-kosullari"},
}

ENGLISH_QUERIES = {
    "Kültürpark": {"profil/giris"},
    "kulturpark": {"profil/giris"},
    "KULTURPARK": {"profil/giris"},
    "İzmir": {"index", "profil/giris"},
    "izmir": {"index", "profil/giris"},
    "population": {"profil/nufus"},
    "Population": {"profil/nufus"},
    "inequalities": {"profil/esitsizlikler"},
}


@pytest.mark.parametrize("lang, query, expected", [
    *(("tr", q, e) for q, e in TURKISH_QUERIES.items()),
    *(("en", q, e) for q, e in ENGLISH_QUERIES.items()),
])
def test_a_typed_query_finds_its_chapters_with_a_highlighted_excerpt(page, served_site, lang,
                                                                     query, expected):
    shown = type_query(page, served_site, lang, query)
    missing = expected - found_pages(shown)
    assert not missing, f"{query!r} on the {lang} site did not find {missing}: {shown['status']}"
    # Every result shows its title and an excerpt with the found word highlighted, however the
    # reader spelt it ("saglik" highlights "Sağlık", "sağlığı"...).
    words = [fold(lower(word)) for word in query.split()]
    for result in shown["results"]:
        assert result["title"].strip(), result
        assert result["highlighted"], f"no highlighted word in the excerpt of {result['href']}"
        for mark in result["highlighted"]:
            assert any(fold(lower(mark)).startswith(w[:4]) for w in words), (query, mark)


def test_the_turkish_result_count_line_is_shown_in_turkish(page, served_site):
    shown = type_query(page, served_site, "tr", "nüfus")
    assert re.fullmatch(r"Arama tamamlandı, sorguyla eşleşen (bir|\d+) sayfa bulundu\.",
                        shown["status"]), shown["status"]


def test_the_excerpts_are_in_the_readers_language(page, served_site):
    turkish = type_query(page, served_site, "tr", "nufus")
    english = type_query(page, served_site, "en", "population")
    assert any("Nüfus" in r["highlighted"] or "nüfus" in r["highlighted"] for r in turkish["results"])
    assert any("population" in [m.lower() for m in r["highlighted"]] for r in english["results"])
    # The glossary gives every term's Turkish form on purpose (ADNKS = Adrese Dayalı Nüfus...).
    assert not any("Nüfus" in r["excerpt"] for r in english["results"]
                   if "sozluk.html" not in r["href"])


@pytest.mark.parametrize("lang", sorted(SEARCH_LANGUAGES))
def test_every_chapter_is_found_by_the_words_of_its_title_typed_any_way(page, served_site, lang):
    """Runs the site's own search code in the browser (searchtools.js and search.js with the
    built index) for each word of each chapter title, in every typed form."""
    page.goto(f"{served_site}/{lang}/search.html")
    page.wait_for_function("() => Search.hasIndex()")
    titles = dict(zip(*page.evaluate("() => [Search._index.docnames, Search._index.titles]")))
    language = SEARCH_LANGUAGES[lang]
    queries = sorted({(docname, form) for docname, title in titles.items()
                      for word in re.findall(r"\w+", title)
                      if len(word) > 3 and lower(word) not in language.stopwords
                      for form in typed_forms(word)})
    assert len(queries) > 50
    found = page.evaluate("""(queries) => queries.map(([docname, query]) => {
        const [q, terms, excluded, highlight, objects] = Search._parseQuery(query);
        return Search._performSearch(q, terms, excluded, highlight, objects)
            .some((result) => result[0] === docname);
    })""", [list(q) for q in queries])
    missed = [query for query, ok in zip(queries, found) if not ok]
    assert not missed, f"chapters not found by their title words: {missed}"
