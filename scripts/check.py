"""Fast checks that need no build, run by pre-commit and ``nox -s check``:

    python scripts/check.py data         the data package in data/ is valid
    python scripts/check.py catalogues   every translation keeps its roles and links
    python scripts/check.py              both

Each problem is printed with its file and line (a data table's row); exit 1 if there is any.
The build makes the same checks, with the same messages, so a commit that passes here does
not fail the build for these reasons.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.catalogues import catalogues_of, markup_problems  # noqa: E402
from izmir.site import TRANSLATED_LANGUAGES  # noqa: E402


def data_problems() -> list[str]:
    from izmir.data import DATA_DIR, validation_errors

    return validation_errors(DATA_DIR)


def catalogue_problems() -> list[str]:
    return [str(problem) for lang in TRANSLATED_LANGUAGES for catalogue in catalogues_of(lang)
            for problem in markup_problems(catalogue)]


CHECKS = {"data": data_problems, "catalogues": catalogue_problems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checks", nargs="*", help=f"any of {', '.join(CHECKS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.checks if name not in CHECKS]
    if unknown:
        parser.error(f"unknown check {', '.join(unknown)}: choose from {', '.join(CHECKS)}")
    problems = [problem for name in args.checks or CHECKS for problem in CHECKS[name]()]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
