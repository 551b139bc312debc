"""Tasks for the İzmir City Health Profile: ``nox -l`` lists them.

    nox -s build       both sites and both PDFs into _build/ (extra arguments go to
                       scripts/build.py, e.g. ``nox -s build -- --no-pdf``)
    nox -s tests       a real build, then every test against it
    nox -s translate   refresh the English catalogues and report what is untranslated
    nox -s preview     serve one language's site on 127.0.0.1, rebuilt on every save
                       (``nox -s preview -- en``; Turkish by default)
    nox -s check       the fast checks pre-commit runs: data package, catalogues
    nox -s bench       build-speed, size and Lighthouse figures (printed, not asserted)
"""

from __future__ import annotations

import nox

nox.options.reuse_venv = "yes"
nox.options.sessions = ["build"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


@nox.session
def build(session: nox.Session) -> None:
    """Build the Turkish and English sites and PDFs into _build/."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "docs"))
    if "--no-pdf" not in session.posargs:
        session.run("python", "scripts/system_packages.py", "pdf")
    session.run("python", "scripts/build.py", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Build everything for real and run the test suite against it."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "test"))
    session.run("python", "scripts/system_packages.py", "pdf", "browser")
    # axe-core, the accessibility checker the browser tests inject, at its locked version.
    session.run("npm", "ci", "--prefix", "tests", "--no-audit", "--no-fund", external=True)
    session.run("pytest", *session.posargs)


@nox.session
def translate(session: nox.Session) -> None:
    """Update locales/ from the Turkish sources and print per-document completeness."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "docs"))
    session.run("python", "scripts/translations.py", "update")


@nox.session
def preview(session: nox.Session) -> None:
    """Serve one language's site at http://127.0.0.1:8000, rebuilt on every save (default tr)."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "preview"))
    session.run("python", "scripts/preview.py", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fast checks without a build: the data package and the translation catalogues."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "docs"))
    session.run("python", "scripts/check.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Print build times, figures redrawn, output sizes, page weights and Lighthouse scores."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "docs"))
    session.run("python", "scripts/system_packages.py", "pdf", "browser")
    # Lighthouse at its locked version, in its own folder: the tests do not need its 185 MB.
    session.run("npm", "ci", "--prefix", "scripts/lighthouse", "--no-audit", "--no-fund",
                external=True)
    session.run("python", "scripts/bench.py", *session.posargs)
