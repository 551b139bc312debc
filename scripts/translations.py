"""Translation catalogues: refresh them from the Turkish sources and report what is missing.

    python scripts/translations.py update   extract the Turkish text, update every catalogue
                                            (sphinx-intl), then report
    python scripts/translations.py status   report only; exit 1 if any entry is untranslated
                                            or fuzzy
Both exit 1 if a translation lost, changed or added a role ({stat}, {doc}...) or a link address:
the build refuses such an entry, so it is named with its catalogue and line.

The report compares each catalogue with text freshly extracted from the sources, so a Turkish
paragraph edited after the last update shows up as untranslated even before the catalogue is
refreshed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.catalogues import (  # noqa: E402
    DocumentStatus, catalogue_path, catalogues_of, document_status, markup_problems,
)
from izmir.site import BUILD_DIR, DOCS_DIR, LOCALES_DIR, ROOT, TRANSLATED_LANGUAGES  # noqa: E402


def extract_templates(pot_dir: Path) -> None:
    """Write one .pot per document with every translatable Turkish text (gettext builder)."""
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "gettext", "-q", "-W", "--keep-going",
         "-c", str(ROOT), "-d", str(pot_dir / ".doctrees"), str(DOCS_DIR), str(pot_dir)],
    )
    if result.returncode != 0:
        sys.exit("Extracting the Turkish text failed: see the warnings above.")


def catalogue_status(pot_dir: Path, lang: str) -> list[DocumentStatus]:
    statuses = []
    for pot in sorted(pot_dir.rglob("*.pot")):
        document = pot.relative_to(pot_dir).with_suffix("").as_posix()
        with pot.open("rb") as handle:
            wanted = [m.id for m in read_po(handle) if m.id]
        statuses.append(document_status(document=document, catalogue=catalogue_path(lang, document),
                                        source_messages=wanted))
    return statuses


def report(statuses: list[DocumentStatus], lang: str) -> str:
    lines = [f"Translation status, language {lang}:"]
    width = max((len(s.document) for s in statuses), default=10)
    for s in statuses:
        percent = 100 * s.translated // s.total if s.total else 100
        lines.append(f"  {s.document:<{width}}  {s.translated:>4}/{s.total:<4} {percent:>3}%"
                     + (f"  untranslated {len(s.untranslated)}" if s.untranslated else "")
                     + (f"  fuzzy {len(s.fuzzy)}" if s.fuzzy else ""))
        for msgid in s.untranslated + s.fuzzy:
            kind = "fuzzy" if msgid in s.fuzzy else "untranslated"
            preview = msgid.replace("\n", " ")[:70]
            lines.append(f"      {kind}: {s.catalogue.relative_to(ROOT)}: \"{preview}\"")
    return "\n".join(lines)


def update_catalogues(pot_dir: Path) -> None:
    """sphinx-intl merges the new text in; entries whose Turkish is gone are then dropped, so a
    translator never works on text that no longer exists (git keeps the history)."""
    for lang in TRANSLATED_LANGUAGES:
        subprocess.run([sys.executable, "-m", "sphinx_intl", "update", "-p", str(pot_dir),
                        "-d", str(LOCALES_DIR), "-l", lang, "-w", "100"], check=True)
        for po_path in catalogues_of(lang):
            with po_path.open("rb") as handle:
                catalogue = read_po(handle)
            if catalogue.obsolete:
                with po_path.open("wb") as handle:
                    write_po(handle, catalogue, width=100, ignore_obsolete=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "status"])
    args = parser.parse_args(argv)
    BUILD_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=BUILD_DIR) as tmp:
        pot_dir = Path(tmp)
        extract_templates(pot_dir)
        if args.command == "update":
            update_catalogues(pot_dir)
        complete = True
        for lang in TRANSLATED_LANGUAGES:
            statuses = catalogue_status(pot_dir, lang)
            print(report(statuses, lang))
            complete &= all(s.complete for s in statuses)
    problems = [problem for lang in TRANSLATED_LANGUAGES for po in catalogues_of(lang)
                for problem in markup_problems(po)]
    for problem in problems:
        print(f"  markup: {problem}")
    if args.command == "status" and not complete:
        print("\nSome text is not translated: fill in the entries above "
              "(for example with Poedit) and remove their 'fuzzy' flags.", file=sys.stderr)
    if problems:
        print("\nSome translations lost or changed a role or a link: fix the entries above "
              "(the build refuses them).", file=sys.stderr)
    return 1 if problems or (args.command == "status" and not complete) else 0


if __name__ == "__main__":
    sys.exit(main())
