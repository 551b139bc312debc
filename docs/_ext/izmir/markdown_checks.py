"""Checks of the Markdown as an editor wrote it, for slips that MyST accepts without a word.

An unclosed directive (a ```` ```{figure} ```` or ``:::{note}`` block with no closing fence)
is valid Markdown: the block runs to the end of the file and silently swallows the rest of the
chapter. Here it is an error at the line that opened the block.
"""

from __future__ import annotations

import re

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

# CommonMark fences (``` and ~~~) and MyST colon fences (:::), indented at most three spaces.
OPENING = re.compile(r"^ {0,3}(?P<marker>`{3,}|~{3,}|:{3,})(?P<info>.*)$")
CLOSING = re.compile(r"^ {0,3}(?P<marker>`{3,}|~{3,}|:{3,})\s*$")


def closes(line: str, marker: str) -> bool:
    """A closing fence uses the opening's character, at least as many times, and nothing else."""
    found = CLOSING.match(line)
    return bool(found) and found["marker"][0] == marker[0] and len(found["marker"]) >= len(marker)


def unclosed_fences(text: str) -> list[tuple[int, str]]:
    """``(line number, opening line)`` of every block that is never closed."""
    lines = text.splitlines()
    return _unclosed_between(lines, 0, len(lines))


def _unclosed_between(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    problems = []
    number = start
    while number < end:
        opening = OPENING.match(lines[number])
        # A backtick in a backtick fence's info string makes it inline code, not a fence.
        if opening is None or (opening["marker"][0] == "`" and "`" in opening["info"]):
            number += 1
            continue
        marker = opening["marker"]
        closing = next((n for n in range(number + 1, end) if closes(lines[n], marker)), None)
        if closing is None:
            return problems + [(number + 1, lines[number].strip())]  # it swallows the rest
        if opening["info"].strip().startswith("{"):  # a directive: its content is Markdown too
            problems += _unclosed_between(lines, number + 1, closing)
        number = closing + 1
    return problems


def check_fences(app: Sphinx, docname: str, source: list[str]) -> None:
    for line, opening in unclosed_fences(source[0]):
        marker = OPENING.match(opening)["marker"]
        logger.error("the block opened here with %r is never closed, so it swallows the rest of "
                     "the file: add a line with %s alone after the block's content",
                     opening, marker, location=(docname, line))


def setup(app: Sphinx) -> None:
    app.connect("source-read", check_fences)
