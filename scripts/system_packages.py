"""Debian packages the PDF build and the browser tests need, and a check that installs them.

One list, read by ``nox -s build``, ``nox -s tests`` and ``.ci/run``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# LuaLaTeX with Turkish hyphenation, latexmk, xindy, the FreeFont OpenType fonts Sphinx uses
# with LuaLaTeX, poppler (pdffonts/pdftotext, used by the tests), Chromium (browser tests) and
# Node.js (runs the search JavaScript next to its Python twin) with npm (installs axe-core, the
# accessibility checker, from tests/package-lock.json).
PDF_PACKAGES = ("texlive-luatex", "texlive-latex-extra", "texlive-lang-european", "latexmk",
                "xindy", "fonts-freefont-otf", "poppler-utils", "make")
BROWSER_PACKAGES = ("chromium", "nodejs", "npm")
# Needed only when their command is missing: NodeSource's nodejs package ships npm itself and
# conflicts with Debian's npm package.
COMMAND_ONLY = {"npm"}

# One command per package that tells whether it is installed.
PROBES = {"texlive-luatex": "lualatex", "latexmk": "latexmk", "xindy": "xindy",
          "poppler-utils": "pdffonts", "chromium": "chromium", "nodejs": "node",
          "make": "make", "npm": "npm"}
FILE_PROBES = {"fonts-freefont-otf": "/usr/share/fonts/opentype/freefont/FreeSerif.otf"}


def missing(packages: tuple[str, ...]) -> list[str]:
    """Packages not installed, judged by dpkg where there is one, else by their commands."""
    lacking_commands = [p for p in packages if p in COMMAND_ONLY and not shutil.which(PROBES[p])]
    packages = tuple(p for p in packages if p not in COMMAND_ONLY)
    return lacking_commands + _missing(packages)


def _missing(packages: tuple[str, ...]) -> list[str]:
    if shutil.which("dpkg-query"):
        lacking = []
        for package in packages:
            result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                    capture_output=True, text=True)
            if "install ok installed" not in result.stdout:
                lacking.append(package)
        return lacking
    return [p for p in packages
            if (p in PROBES and not shutil.which(PROBES[p]))
            or (p in FILE_PROBES and not os.path.exists(FILE_PROBES[p]))]


def install_command(packages: list[str]) -> list[str]:
    return ["apt-get", "install", "-y", "--no-install-recommends", *packages]


def ensure(packages: tuple[str, ...]) -> None:
    """Install what is missing as root or with password-less sudo; otherwise stop and say how."""
    lacking = missing(packages)
    if not lacking:
        return
    prefix: list[str] | None = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        prefix = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"],
                                                 capture_output=True).returncode == 0:
        prefix = ["sudo", "-n"]
    if prefix is None or not shutil.which("apt-get"):
        sys.exit("These Debian packages are needed and could not be installed automatically:\n"
                 f"  sudo apt-get install -y --no-install-recommends {' '.join(lacking)}\n"
                 "Run that line, then run the command again.")
    print(f"Installing Debian packages: {' '.join(lacking)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, *install_command(lacking)], check=True, env=env)


if __name__ == "__main__":
    groups = {"pdf": PDF_PACKAGES, "browser": BROWSER_PACKAGES}
    chosen = sys.argv[1:] or list(groups)
    unknown = [name for name in chosen if name not in groups]
    if unknown:
        sys.exit(f"unknown package group(s) {unknown}; choose from {list(groups)}")
    ensure(tuple(p for name in chosen for p in groups[name]))
