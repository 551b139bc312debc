/*
 * Search that understands Turkish: the query-time half of docs/_ext/izmir/search.py.
 *
 * searchKey here and search_key there are one function written twice, fold(stem(lower(word))):
 * a query finds a page when the keys meet. tests/test_search.py runs both on the same words.
 *
 * search.py embeds this file in language_data.js, after Sphinx's Snowball stemmer and after
 * searchtools.js, then calls IzmirSearch.install(stemmer, options). install() replaces the
 * three hooks searchtools.js offers: Stemmer, splitQuery and Search.makeSearchSummary.
 */
var IzmirSearch = (() => {
  // Sphinx's default word splitter (searchtools.js), as a pattern for whole words.
  const WORD = /[\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu;

  // Turkish case rules before the generic ones: "İZMİR" -> "izmir", "IŞIK" -> "ışık". The
  // generic rules turn "İ" into "i" + U+0307, which a browser's toLowerCase() may already have done.
  // A plain ASCII word was typed without Turkish letters: its "I" may stand for i or ı
  // ("EKONOMI", "ISIK"), so it is lowercased plainly and meets the index's folded spellings.
  const lower = (word) => {
    word = word.normalize("NFC");
    if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
    return word
      .replaceAll("İ", "i")
      .replaceAll("I", "ı")
      .toLowerCase()
      .replaceAll("i\u0307", "i");
  };

  // ç ğ ı ö ş ü -> c g i o s u (and any other mark), so "saglik" meets "sağlık".
  const fold = (text) =>
    text.replaceAll("ı", "i").normalize("NFKD").replace(/\p{M}/gu, "");

  let snowball = null;
  let stemFolded = false; // fold before stemming: for a stemmer that knows no Turkish letters

  const stem = (word) => snowball.stemWord(stemFolded ? fold(word) : word);

  const searchKey = (word) => fold(stem(lower(word)));

  // Every query word in its lowercase form; searchtools.js then calls Stemmer.stemWord on it.
  const splitQuery = (query) => (query.normalize("NFC").match(WORD) || []).map(lower);

  // How the index matches a query term (searchtools.js, performTermsSearch): the same key or,
  // for terms of three letters or more, a key that contains it. The index holds each word's key
  // and its folded spelling's key (search.py), so a page word is checked both ways.
  const matchesAny = (word, terms) => {
    const keys = [searchKey(word), searchKey(fold(lower(word)))];
    return keys.some((key) =>
      terms.some((term) => key === term || (term.length > 2 && key.includes(term))),
    );
  };

  // The text an excerpt is cut from. Sphinx reads all of [role="main"], which in this theme also
  // holds the language switcher, the PDF link and the previous/next links: only the article
  // (or the section a result points to) is read here.
  const pageText = (htmlText, anchor) => {
    const page = new DOMParser().parseFromString(htmlText, "text/html");
    page.querySelectorAll(".headerlink, script, style").forEach((el) => el.remove());
    const part = anchor
      ? page.getElementById(anchor.slice(1))
      : page.querySelector("article.bd-article");
    return part ? part.textContent : Search.htmlToText(htmlText, anchor);
  };

  // The excerpt under each result: the text around the first word the query found, with every
  // found word highlighted, however it was typed ("saglik" highlights "sağlığı").
  const makeSearchSummary = (htmlText, keywords, anchor) => {
    const text = pageText(htmlText, anchor).replace(/\s+/g, " ").trim();
    if (text === "") return null;
    const terms = [...keywords];
    const found = new Map();
    const isFound = (word) => {
      if (!found.has(word)) found.set(word, matchesAny(word, terms));
      return found.get(word);
    };
    const words = [...text.matchAll(WORD)];
    const first = words.find((match) => isFound(match[0]));
    const start = first ? Math.max(first.index - 120, 0) : 0;
    const end = Math.min(start + 240, text.length);

    const summary = document.createElement("p");
    summary.classList.add("context");
    if (start > 0) summary.append("...");
    let written = start;
    for (const match of words) {
      const wordEnd = match.index + match[0].length;
      if (match.index < start || wordEnd > end || !isFound(match[0])) continue;
      const mark = document.createElement("span");
      mark.classList.add("highlighted");
      mark.textContent = match[0];
      summary.append(text.slice(written, match.index), mark);
      written = wordEnd;
    }
    summary.append(text.slice(written, end));
    if (end < text.length) summary.append("...");
    return summary;
  };

  const install = (stemmer, options) => {
    snowball = stemmer;
    stemFolded = options.stemFolded;
    globalThis.Stemmer = function () {
      this.stemWord = searchKey;
    };
    globalThis.splitQuery = splitQuery;
    if (typeof Search !== "undefined") Search.makeSearchSummary = makeSearchSummary;
  };

  return { lower, fold, searchKey, splitQuery, install };
})();
