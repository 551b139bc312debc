"""Preview one language's site while writing: ``python scripts/preview.py [tr|en] [--port N]``
(what ``nox -s preview -- en`` runs; Turkish by default).

Serves the site at http://127.0.0.1:8000 (this computer only) and rebuilds it and reloads the
browser whenever a chapter, a catalogue, a data table or a figure recipe is saved. Sphinx is
called with the same arguments as in ``scripts/build.py``, so the preview shows what the real
build will publish; warnings are printed but do not stop the preview (the real build refuses them).
"""

from __future__ import annotations

import argparse
import os
import sys

from build import sphinx_arguments  # also puts docs/_ext on the path, for izmir.site
from izmir.site import BUILD_DIR, LANGUAGES, ROOT, SOURCE_LANGUAGE  # noqa: E402

PREVIEW_DIR = BUILD_DIR / "preview"
# Besides docs/ (always watched): the English text, the data and the figure recipes.
WATCHED = ("locales", "data", "figures")


def autobuild_command(lang: str, *, port: int) -> list[str]:
    watched = [arg for folder in WATCHED for arg in ("--watch", str(ROOT / folder))]
    return [sys.executable, "-m", "sphinx_autobuild",
            *sphinx_arguments("html", lang, PREVIEW_DIR / lang),
            "--host", "127.0.0.1", "--port", str(port), *watched,
            # Sphinx compiles each .po into a .mo next to it; that must not trigger a rebuild.
            "--ignore", "*.mo"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", nargs="?", default=SOURCE_LANGUAGE, choices=LANGUAGES,
                        help=f"the language to preview (default: {SOURCE_LANGUAGE})")
    parser.add_argument("--port", type=int, default=8000, help="default: 8000")
    args = parser.parse_args(argv)
    print(f"Preview of the {args.lang} site: http://127.0.0.1:{args.port}/ (Ctrl+C to stop)",
          flush=True)
    os.chdir(ROOT)
    command = autobuild_command(args.lang, port=args.port)
    # Become the server rather than wait for it: stopping this process then stops the server.
    os.execv(command[0], command)


if __name__ == "__main__":
    sys.exit(main())
