"""Privacy: opening any page asks nothing of any other host than the site's own (no fonts,
scripts, styles or counters from CDNs), so a reader's visit is known to the site alone."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from izmir.site import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_requests_anything_from_another_host(browser, served_site, html_pages, site, lang):
    own = urlsplit(served_site).netloc
    context = browser.new_context()
    page = context.new_page()
    foreign: list[str] = []
    # data: and blob: URLs are made inside the page, not fetched from anywhere.
    page.on("request", lambda request: foreign.append(f"{page_path}: {request.url}")
            if urlsplit(request.url).scheme not in ("data", "blob")
            and urlsplit(request.url).netloc != own else None)
    paths = [p.relative_to(site / "html").as_posix() for p in html_pages[lang]]
    if lang == LANGUAGES[0]:
        paths.append("index.html")  # the language choice page
    for page_path in paths:
        page.goto(f"{served_site}/{page_path}", wait_until="networkidle")
    context.close()
    assert foreign == []
