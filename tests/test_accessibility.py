"""Accessibility: axe-core finds no WCAG 2.1 A or AA violation on any page of either site, in
the light and the dark colour scheme. axe-core is installed by ``npm ci`` in tests/ (the nox
tests session runs it; the version is pinned in tests/package-lock.json)."""

from __future__ import annotations

from pathlib import Path

import pytest

from izmir.site import LANGUAGES

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page) -> list[str]:
    """One line per failed rule on the loaded page: rule, impact and the first elements."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           WCAG_21_AA)
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
            for v in result["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_violates_wcag_21_aa(browser, served_site, html_pages, site, lang, scheme):
    assert AXE.exists(), "axe-core is missing: run npm ci --prefix tests"
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in html_pages[lang]:
        relative = path.relative_to(site / "html").as_posix()
        page.goto(f"{served_site}/{relative}", wait_until="networkidle")
        if problems := violations(page):
            found[relative] = problems
    context.close()
    assert found == {}
