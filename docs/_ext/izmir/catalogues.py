"""The translation catalogues (``locales/<lang>/LC_MESSAGES/<document>.po``): how much of the
current Turkish text they translate, and whether each translation keeps the markup of its
original. Pure functions, used by the build (status page, markup check) and by
``scripts/translations.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from .site import LOCALES_DIR, ROOT


def catalogue_path(lang: str, document: str, locales_dir: Path = LOCALES_DIR) -> Path:
    """``profil/nufus`` -> ``locales/en/LC_MESSAGES/profil/nufus.po``."""
    return locales_dir / lang / "LC_MESSAGES" / f"{document}.po"


def read_catalogue(path: Path) -> dict[str, Message]:
    """The catalogue's entries by their Turkish text (msgid); empty if the file does not exist."""
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return {m.id: m for m in read_po(handle) if m.id}


@dataclass
class DocumentStatus:
    """How far one document's catalogue covers the current Turkish text."""

    document: str
    catalogue: Path
    total: int = 0
    translated: int = 0
    fuzzy: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.translated == self.total


def document_status(*, document: str, catalogue: Path, source_messages: Iterable[str]) -> DocumentStatus:
    """Count each distinct Turkish text once: translated, fuzzy (Sphinx ignores a fuzzy entry,
    so readers see the Turkish) or untranslated (no entry, an empty one, or text edited since)."""
    translations = read_catalogue(catalogue)
    status = DocumentStatus(document=document, catalogue=catalogue)
    for msgid in dict.fromkeys(m for m in source_messages if m):
        status.total += 1
        message = translations.get(msgid)
        if message is None or not message.string:
            status.untranslated.append(msgid)
        elif message.fuzzy:
            status.fuzzy.append(msgid)
        else:
            status.translated += 1
    return status


# -- Markup a translation must keep --------------------------------------------------------------

# Roles whose content is prose: the translation keeps the role but translates its text.
TEXT_ROLES = {"abbr", "sub", "sup", "kbd", "guilabel", "menuselection"}
ROLE = re.compile(r"\{(?P<name>[\w:.-]+)\}`(?P<content>[^`]*)`")
EXPLICIT_TARGET = re.compile(r"<([^<>]+)>\s*$")  # {doc}`the text <target>`
LINK = re.compile(r"\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)|<(?P<auto>https?://[^>\s]+)>")


def markup_tokens(text: str) -> Counter:
    """The parts of a text a translation must copy unchanged: each role with its target (a
    statistic's key, a referenced page), each link's address. Link and title text may change."""
    tokens: Counter = Counter()
    for role in ROLE.finditer(text):
        name, content = role["name"], role["content"]
        if name in TEXT_ROLES:
            tokens[f"{{{name}}}"] += 1
            continue
        target = EXPLICIT_TARGET.search(content)
        tokens[f"{{{name}}}`{target[1].strip() if target else content.strip()}`"] += 1
    for link in LINK.finditer(ROLE.sub("", text)):
        tokens[f"({link['url'] or link['auto']})"] += 1
    return tokens


@dataclass(frozen=True)
class MarkupProblem:
    """A translation that lost, changed or added a role or a link; ``line`` is its msgid's line."""

    catalogue: Path
    line: int
    message: str

    @property
    def location(self) -> str:
        path = self.catalogue.relative_to(ROOT) if self.catalogue.is_relative_to(ROOT) else self.catalogue
        return f"{path.as_posix()}:{self.line}"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def markup_difference(msgid: str, msgstr: str) -> str | None:
    """What an editor must fix in one translation, or None when the markup matches."""
    source, translation = markup_tokens(msgid), markup_tokens(msgstr)
    missing, extra = source - translation, translation - source
    if not missing and not extra:
        return None
    parts = []
    if missing:
        parts.append("the translation lacks " + ", ".join(sorted(missing.elements())))
    if extra:
        parts.append("it has " + ", ".join(sorted(extra.elements()))
                     + ", which the Turkish text does not")
    return ("; ".join(parts) + ". Copy each role and link address exactly as written in the "
            "msgid into the msgstr (only the words around them and a link's text are translated).")


def markup_problems(catalogue: Path) -> list[MarkupProblem]:
    """Every translated (not fuzzy) entry of one catalogue whose roles or links differ."""
    with catalogue.open("rb") as handle:
        messages = list(read_po(handle))
    problems = []
    for message in messages:
        if not message.id or not message.string or message.fuzzy:
            continue
        difference = markup_difference(message.id, message.string)
        if difference:
            problems.append(MarkupProblem(catalogue, message.lineno, difference))
    return problems


def catalogues_of(lang: str, locales_dir: Path = LOCALES_DIR) -> list[Path]:
    return sorted((locales_dir / lang / "LC_MESSAGES").rglob("*.po"))
