"""Build both sites and both PDFs: ``python scripts/build.py`` (what ``nox -s build`` runs).

Everything is built in ``_build/stage/`` first; only when every language's site and PDF built
without a warning is the result moved into place, so a failed build leaves the last good one:

    _build/html/index.html        language choice (Turkish by default, English if preferred)
    _build/html/sitemap.xml       every page of both sites, with their counterparts
    _build/html/tr/, en/          the two sites
    _build/html/pdf/*.pdf         the PDFs, linked from every page of the sites
    _build/html/**/*.gz           gzip twin of every text file, for hosts that serve them
    _build/pdf/*-tr.pdf, -en.pdf  the same PDFs, for printing and sending

Options: ``--lang tr`` (repeatable) builds only some languages, ``--no-pdf`` skips LaTeX.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.site import (  # noqa: E402
    BUILD_DIR, DOCS_DIR, LANGUAGE_NAMES, LANGUAGES, ROOT, SITE_URL, SOURCE_LANGUAGE, TITLES,
    pdf_filename, source_date_epoch,
)

STAGE_DIR = BUILD_DIR / "stage"
DOCTREES_DIR = BUILD_DIR / "doctrees"
LATEX_OPTS = "-interaction=nonstopmode -halt-on-error -file-line-error"


class BuildFailed(Exception):
    """A step failed; its output (already printed) names the file and the line."""


def run(cmd: list[str], *, what: str, **kwargs) -> None:
    print(f"\n==> {what}\n    {' '.join(cmd)}", flush=True)
    if subprocess.run(cmd, **kwargs).returncode != 0:
        raise BuildFailed(what)


def source_documents() -> str:
    """The chapter files, one per line; hidden folders (``_ext``, ``_static``...) excluded."""
    return "\n".join(sorted(
        path.relative_to(DOCS_DIR).as_posix() for path in DOCS_DIR.rglob("*.md")
        if not any(part.startswith("_") for part in path.relative_to(DOCS_DIR).parts)
    ))


def sphinx_arguments(builder: str, lang: str, out: Path) -> list[str]:
    """What every Sphinx run of one language needs: builder, configuration, language, doctree
    folder, sources and output. ``scripts/preview.py`` passes the same to sphinx-autobuild."""
    return ["-b", builder, "-c", str(ROOT), "-D", f"language={lang}",
            "-d", str(DOCTREES_DIR / f"{builder}-{lang}"), str(DOCS_DIR), str(out)]


def sphinx(builder: str, lang: str) -> Path:
    """Run one Sphinx builder for one language, warnings as errors; return its output folder.

    The output folder is reused between builds (Sphinx then rewrites only what changed), except
    when a chapter was added, moved or removed: Sphinx never deletes the page of a removed
    chapter, so the folder is emptied and that stale page cannot be published.
    """
    out = STAGE_DIR / builder / lang
    manifest = STAGE_DIR / f"{builder}-{lang}.documents"
    documents = source_documents()
    if not manifest.exists() or manifest.read_text(encoding="utf-8") != documents:
        shutil.rmtree(out, ignore_errors=True)
    run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q",
         *sphinx_arguments(builder, lang, out)], what=f"{builder} build, language {lang}")
    manifest.write_text(documents, encoding="utf-8")
    return out


def latex_to_pdf(latex_dirs: dict[str, Path]) -> dict[str, Path]:
    """Compile every language's LaTeX with latexmk, in parallel (each run uses one core)."""
    env = {**os.environ, "LATEXOPTS": LATEX_OPTS, "LATEXMKOPTS": "-silent"}
    jobs = {lang: subprocess.Popen(["make", "-C", str(folder), "all-pdf"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for lang, folder in latex_dirs.items()}
    failed = []
    for lang, job in jobs.items():
        output, _ = job.communicate()
        if job.returncode != 0:
            print(output[-6000:])
            failed.append(lang)
    if failed:
        raise BuildFailed(f"PDF (LuaLaTeX) for {', '.join(failed)}; see the LaTeX log above")
    return {lang: folder / pdf_filename(lang) for lang, folder in latex_dirs.items()}


def language_choice_page() -> str:
    """``_build/html/index.html``: Turkish unless the browser prefers a language we publish."""
    links = " · ".join(
        f'<a href="{lang}/index.html" hreflang="{lang}" lang="{lang}">{LANGUAGE_NAMES[lang]}</a>'
        for lang in LANGUAGES
    )
    alternates = "".join(
        f'<link rel="alternate" hreflang="{lang}" href="{SITE_URL}{lang}/index.html">\n'
        for lang in LANGUAGES
    )
    title = escape(TITLES[SOURCE_LANGUAGE]["title"])
    return f"""<!DOCTYPE html>
<html lang="{SOURCE_LANGUAGE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{escape(TITLES[SOURCE_LANGUAGE]['title'])} / {escape(TITLES['en']['title'])}">
{alternates}<link rel="alternate" hreflang="x-default" href="{SITE_URL}{SOURCE_LANGUAGE}/index.html">
<link rel="icon" href="{SOURCE_LANGUAGE}/_static/favicon.svg">
<script>
(function () {{
  var published = {list(LANGUAGES)!r};
  var preferred = navigator.languages || [navigator.language || ""];
  var target = "{SOURCE_LANGUAGE}";
  for (var i = 0; i < preferred.length; i++) {{
    var lang = String(preferred[i]).toLowerCase().split("-")[0];
    if (published.indexOf(lang) !== -1) {{ target = lang; break; }}
  }}
  window.location.replace(target + "/index.html");
}})();
</script>
</head>
<body>
<h1>{title}</h1>
<p>{links}</p>
</body>
</html>
"""


# Generated pages that are no content of their own: left out of the sitemap.
NOT_IN_SITEMAP = {"search.html", "genindex.html"}


def sitemap(html_root: Path) -> str:
    """``sitemap.xml``: every page of every language, each with its counterparts (hreflang)."""
    pages = sorted({p.relative_to(html_root / lang).as_posix()
                    for lang in LANGUAGES if (html_root / lang).exists()
                    for p in (html_root / lang).rglob("*.html")
                    if not p.relative_to(html_root / lang).parts[0].startswith("_")
                    and p.name not in NOT_IN_SITEMAP})
    entries = []
    for page in pages:
        present = [lang for lang in LANGUAGES if (html_root / lang / page).exists()]
        alternates = "".join(
            f'    <xhtml:link rel="alternate" hreflang="{other}" href="{SITE_URL}{other}/{page}"/>\n'
            for other in present)
        entries += [f"  <url>\n    <loc>{SITE_URL}{lang}/{page}</loc>\n{alternates}  </url>\n"
                    for lang in present]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "".join(entries) + "</urlset>\n")


# Text files a host sends compressed. Beside each, the build writes its gzip twin (name + .gz),
# which hosts like nginx (gzip_static) send as they are, without compressing on every request.
COMPRESSED_SUFFIXES = frozenset({".html", ".css", ".js", ".svg", ".xml", ".json", ".txt", ".csv"})


def write_gzip_twins(folder: Path) -> None:
    """``page.html.gz`` beside ``page.html``: level 9, and a fixed header (time 0, no file
    name), so that two builds of one commit give the same bytes."""
    for path in sorted(folder.rglob("*")):
        if path.suffix in COMPRESSED_SUFFIXES and path.is_file():
            twin = path.with_name(path.name + ".gz")
            twin.write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def publish(html_dirs: dict[str, Path], pdfs: dict[str, Path]) -> None:
    """Assemble the new output next to the old one, then swap it in.

    A language or PDF not rebuilt this time (``--lang``, ``--no-pdf``) is carried over from the
    last good build, so a partial build never takes anything off the published site.
    """
    fresh = BUILD_DIR / "publish-new"
    shutil.rmtree(fresh, ignore_errors=True)
    for lang in LANGUAGES:
        source = html_dirs.get(lang, BUILD_DIR / "html" / lang)
        if source.exists():
            shutil.copytree(source, fresh / "html" / lang,
                            ignore=shutil.ignore_patterns(".buildinfo", ".doctrees"))
    (fresh / "html" / "index.html").write_text(language_choice_page(), encoding="utf-8")
    (fresh / "html" / "sitemap.xml").write_text(sitemap(fresh / "html"), encoding="utf-8")
    for lang in LANGUAGES:
        pdf = pdfs.get(lang, BUILD_DIR / "pdf" / pdf_filename(lang))
        if not pdf.exists():
            continue
        for folder in (fresh / "html" / "pdf", fresh / "pdf"):
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(pdf, folder / pdf_filename(lang))
    if (fresh / "html").exists():
        write_gzip_twins(fresh / "html")
    for name in ("html", "pdf"):
        if not (fresh / name).exists():
            continue
        old = BUILD_DIR / f"publish-old-{name}"
        shutil.rmtree(old, ignore_errors=True)
        if (BUILD_DIR / name).exists():
            (BUILD_DIR / name).rename(old)
        (fresh / name).rename(BUILD_DIR / name)
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(fresh, ignore_errors=True)


def build(languages: list[str], *, pdf: bool) -> None:
    # Dates in the sites and PDFs come from the last commit, so a rebuild is byte-identical.
    epoch = source_date_epoch()
    if epoch is not None:
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(epoch))
        os.environ.setdefault("FORCE_SOURCE_DATE", "1")
    html_dirs = {lang: sphinx("html", lang) for lang in languages}
    pdfs = latex_to_pdf({lang: sphinx("latex", lang) for lang in languages}) if pdf else {}
    publish(html_dirs, pdfs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES,
                        help="build only this language (repeatable); default: all")
    parser.add_argument("--no-pdf", action="store_true", help="build the sites only")
    args = parser.parse_args(argv)
    try:
        build(args.lang or list(LANGUAGES), pdf=not args.no_pdf)
    except BuildFailed as failure:
        print(f"\nBUILD FAILED: {failure}.\nThe last good build in {BUILD_DIR.relative_to(ROOT)}/ "
              "was left untouched.", file=sys.stderr)
        return 1
    print(f"\nBuilt: {BUILD_DIR.relative_to(ROOT)}/html/index.html"
          + (f" and {BUILD_DIR.relative_to(ROOT)}/pdf/" if not args.no_pdf else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
