"""Build-speed figures, printed (not asserted: machines are noisy). ``nox -s bench`` runs it.

Works on a copy of the repository in a temporary folder, so your own _build/ is untouched:

* clean build of each language's site, and of the PDFs;
* a rebuild with nothing changed: time, and how many figures were drawn again;
* the same no-change rebuild of one site against plain ``sphinx-build`` on the same sources
  (target: under 1.5 times);
* a rebuild after editing one chapter;
* page weight: bytes a reader downloads, gzip-compressed as a web server sends them, for the
  home page and the heaviest chapter of each language (the page and everything it loads by
  href/src; web fonts a stylesheet pulls in are not counted: the icon font, fa-solid-900.woff2,
  adds about 115 kB, already compressed).
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.site import LANGUAGES  # noqa: E402
from workspace import copy_of_repository  # noqa: E402

EDITED_CHAPTER = Path("docs/profil/nufus.md")


def timed(repo: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=repo, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def figures_drawn(repo: Path) -> int:
    return sum(len(json.loads(p.read_text())) for p in (repo / "_build" / "figures").glob("drawn-*.json"))


# What a browser fetches when it opens a page: scripts, styles, preloads, images, objects.
# (Links to other pages and alternates are not fetched.)
FETCHED = re.compile(r"<(?:script|img|object|link(?=[^>]*rel=\"(?:stylesheet|preload|icon)\"))"
                     r"[^>]*?\s(?:src|href|data)=\"([^\"]+)\"")


def gzipped_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def page_weight(page: Path) -> int:
    """Gzip-compressed bytes of a page and of every file it loads, each counted once."""
    assets = {(page.parent / urlsplit(url).path).resolve()
              for url in FETCHED.findall(page.read_text(encoding="utf-8"))
              if not urlsplit(url).scheme and urlsplit(url).path}
    return gzipped_size(page) + sum(gzipped_size(a) for a in assets if a.is_file())


def weight_rows(html_root: Path) -> list[tuple[str, str]]:
    """The home page and the heaviest chapter of each language, in kB transferred with gzip."""
    rows = []
    for lang in LANGUAGES:
        site = html_root / lang
        chapters = [p for p in site.rglob("*.html") if not p.relative_to(site).parts[0].startswith("_")
                    and p.name not in ("index.html", "search.html", "genindex.html")]
        heaviest = max(chapters, key=page_weight)
        for label, page in (("home page", site / "index.html"),
                            (f"heaviest chapter ({heaviest.relative_to(site).as_posix()})", heaviest)):
            rows.append((f"{lang} {label}, gzip transfer", f"{page_weight(page) / 1e3:.0f} kB"))
    return rows


def main() -> None:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        repo = copy_of_repository(Path(tmp) / "repo")
        build = ["scripts/build.py"]
        for lang in LANGUAGES:
            rows.append((f"clean build, {lang} site", f"{timed(repo, *build, '--no-pdf', '--lang', lang):.1f} s"))
        rows.append(("PDFs of both languages (sites up to date)", f"{timed(repo, *build):.1f} s"))
        rows.append(("no-change rebuild, everything", f"{timed(repo, *build):.1f} s"))
        rows.append(("figures drawn on that rebuild", str(figures_drawn(repo))))
        for lang in LANGUAGES:
            ours = timed(repo, *build, "--no-pdf", "--lang", lang)
            plain_args = ["-m", "sphinx", "-b", "html", "-q", "-c", ".", "-D", f"language={lang}",
                          "-d", f"_bench/doctrees-{lang}", "docs", f"_bench/html-{lang}"]
            timed(repo, *plain_args)  # first, clean run of plain sphinx-build
            plain = timed(repo, *plain_args)
            rows.append((f"no-change rebuild, {lang} site / plain sphinx-build",
                         f"{ours:.1f} s / {plain:.1f} s = {ours / plain:.2f}x"))
        chapter = repo / EDITED_CHAPTER
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\nDeğişiklik.\n", encoding="utf-8")
        rows.append((f"rebuild after editing {EDITED_CHAPTER}, both sites",
                     f"{timed(repo, *build, '--no-pdf'):.1f} s"))
        rows.append(("figures drawn on that rebuild", str(figures_drawn(repo))))
        sizes = {p.name: p.stat().st_size for p in (repo / "_build" / "pdf").glob("*.pdf")}
        for lang in LANGUAGES:
            site = repo / "_build" / "html" / lang
            total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
            rows.append((f"size of the {lang} site", f"{total / 1e6:.1f} MB"))
        rows += [(f"size of {name}", f"{size / 1e3:.0f} kB") for name, size in sorted(sizes.items())]
        rows += weight_rows(repo / "_build" / "html")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
