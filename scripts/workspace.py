"""A throw-away copy of the repository, for tests that break files and for benchmarks that must
not touch your own _build/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from izmir.site import ROOT  # noqa: E402


def copy_of_repository(destination: Path) -> Path:
    """The project's files (committed or not, ignored ones left out) copied to destination."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    return destination
