"""Reproducibility: two clean builds of the same sources, in two different folders, give
byte-identical sites and PDFs, so anyone can check that what is published is what the
repository holds. (The two builds run side by side; together about a minute and a half.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from izmir.site import source_date_epoch
from workspace import copy_of_repository


def published_files(repo: Path) -> dict[str, bytes]:
    out = repo / "_build"
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for folder in ("html", "pdf") for p in sorted((out / folder).rglob("*")) if p.is_file()}


def test_two_clean_builds_in_different_folders_are_byte_identical(tmp_path):
    # The copies are not git checkouts: give both the commit time the real build would use.
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch())}
    repos = [copy_of_repository(tmp_path / name) for name in ("first", "second")]
    builds = [subprocess.Popen([sys.executable, "scripts/build.py"], cwd=repo, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
              for repo in repos]
    for build in builds:
        output, _ = build.communicate()
        assert build.returncode == 0, output[-4000:]
    first, second = (published_files(repo) for repo in repos)
    assert sorted(first) == sorted(second)
    assert any(name.endswith(".pdf") for name in first) and any("/en/" in n for n in first)
    assert [name for name in first if first[name] != second[name]] == []
