"""A failed build names the problem and leaves the last good site in place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workspace import copy_of_repository
from izmir.site import ROOT


def build_turkish_site(repo: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/build.py", "--no-pdf", "--lang", "tr"],
                          cwd=repo, capture_output=True, text=True)


def test_a_broken_cross_reference_fails_the_build_and_keeps_the_last_good_site(tmp_path):
    repo = copy_of_repository(tmp_path / "repo")
    assert build_turkish_site(repo).returncode == 0
    good_page = repo / "_build" / "html" / "tr" / "profil" / "nufus.html"
    good_bytes = good_page.read_bytes()

    chapter = repo / "docs" / "profil" / "nufus.md"
    chapter.write_text(chapter.read_text(encoding="utf-8")
                       + "\nAyrıntılar için {doc}`olmayan-bolum` sayfasına bakın.\n",
                       encoding="utf-8")
    failed = build_turkish_site(repo)

    assert failed.returncode == 1
    output = failed.stdout + failed.stderr
    assert "nufus.md" in output and "olmayan-bolum" in output
    assert "last good build" in output
    assert good_page.read_bytes() == good_bytes


def test_building_one_language_keeps_the_other_languages_site_and_pdfs(site):
    english_home = site / "html" / "en" / "index.html"
    pdfs = sorted(p.name for p in (site / "pdf").glob("*.pdf"))
    completed = subprocess.run([sys.executable, "scripts/build.py", "--no-pdf", "--lang", "tr"],
                               cwd=ROOT, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert english_home.is_file()
    assert sorted(p.name for p in (site / "pdf").glob("*.pdf")) == pdfs
    assert sorted(p.name for p in (site / "html" / "pdf").glob("*.pdf")) == pdfs


def test_a_malformed_data_row_fails_the_build_and_keeps_the_last_good_site(tmp_path):
    repo = copy_of_repository(tmp_path / "repo")
    assert build_turkish_site(repo).returncode == 0
    good_page = repo / "_build" / "html" / "tr" / "profil" / "nufus.html"
    good_bytes = good_page.read_bytes()

    table = repo / "data" / "population_total.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = "TR-35,İzmir,2010,çok,1,1\n"  # row 5 (the header is row 1): not a number
    table.write_text("".join(lines), encoding="utf-8")
    failed = build_turkish_site(repo)

    assert failed.returncode == 1
    output = failed.stdout + failed.stderr
    assert "data/population_total.csv: row 5, column 'population'" in output
    assert "last good build" in output
    assert good_page.read_bytes() == good_bytes
