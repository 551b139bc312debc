"""nox -s preview serves one language with the build's own Sphinx arguments, on this computer only."""

from __future__ import annotations

import subprocess
import sys

import build
import preview
from izmir.site import LANGUAGES, ROOT


def test_the_preview_runs_sphinx_with_the_same_arguments_as_the_build():
    for lang in LANGUAGES:
        command = preview.autobuild_command(lang, port=8000)
        expected = build.sphinx_arguments("html", lang, preview.PREVIEW_DIR / lang)
        start = command.index(expected[0])
        assert command[start:start + len(expected)] == expected


def test_the_preview_listens_on_this_computer_only():
    command = preview.autobuild_command("tr", port=8123)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--port") + 1] == "8123"


def test_an_unknown_language_stops_with_the_list_of_languages():
    result = subprocess.run([sys.executable, "scripts/preview.py", "de"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "invalid choice: 'de'" in result.stderr
    assert all(f"'{lang}'" in result.stderr for lang in LANGUAGES)
