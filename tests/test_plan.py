"""The development plan is drawn from data/: every action in its goal's table on both sites,
drafts unmistakable, indicator values equal to the data, and a malformed action row stopped
with its file, row and column."""

from __future__ import annotations

import csv
import html
import re
import shutil

import pytest

from izmir import data, plan
from izmir.site import LANGUAGES

ACTIONS = plan.load_plan().actions
DRAFT = plan.LABELS  # the draft label and "proposed lead" in each language


def page(site, lang: str, name: str) -> str:
    return (site / "html" / lang / "plan" / f"{name}.html").read_text(encoding="utf-8")


def visible(fragment: str) -> str:
    """A fragment's text as a reader sees it (tags dropped, entities and smart quotes undone)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("’", "'")
    return " ".join(text.split())


def action_row(text: str, action_id: str) -> str:
    match = re.search(rf'<tr[^>]*id="action-{re.escape(action_id)}".*?</tr>', text, flags=re.S)
    assert match, f"no table row for action {action_id}"
    return match.group(0)


# -- Malformed rows ----------------------------------------------------------------------------

@pytest.fixture
def data_copy(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, copy)
    return copy


def edit_action(data_dir, index: int, **changes: str) -> None:
    path = data_dir / "plan_actions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns, rows = reader.fieldnames, list(reader)
    rows[index].update(changes)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# The first row is a documented action with start and end 2007 and no indicator.
@pytest.mark.parametrize(("changes", "column"), [
    ({"lead": "no-such-institution"}, "lead"),
    ({"partners": "izmir-valiligi;no-such-institution"}, "partners"),
    ({"start": "2012", "end": "2010"}, "end"),
    ({"status": "promised"}, "status"),
    ({"indicator": "no.such.statistic"}, "indicator"),
    ({"indicator": "pm10.izmir.2023", "baseline_value": "12.5"}, "baseline_value"),
])
def test_a_malformed_action_row_is_reported_with_file_row_and_column(data_copy, changes, column):
    edit_action(data_copy, 0, **changes)
    problems = data.validation_errors(data_copy)
    assert any(p.startswith(f"data/plan_actions.csv: row 2, column '{column}'") for p in problems), \
        problems


def test_the_project_plan_has_no_problems():
    assert plan.plan_errors(data.DATA_DIR) == []


def test_a_malformed_action_row_stops_the_build(data_copy, monkeypatch, tmp_path):
    edit_action(data_copy, 0, status="promised")
    monkeypatch.setattr(data, "DATA_DIR", data_copy)
    monkeypatch.setattr(data, "VALIDATED_DIR", tmp_path / "validated")
    with pytest.raises(data.DataError, match=r"data/plan_actions.csv: row 2, column 'status'"):
        data.validate_package(None)


# -- The built sites ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_action_is_in_its_goals_table(site, lang):
    text = page(site, lang, "stratejik-amaclar")
    goals = dict(re.findall(r'<section id="goal-([^"]+)">(.*?)(?=<section id="goal-|$)', text,
                            flags=re.S))
    assert set(goals) == {action["goal"] for action in ACTIONS}
    for action in ACTIONS:
        row = action_row(goals[action["goal"]], action["action_id"])
        assert data.localized(action, "action", lang) in visible(row), (lang, action["action_id"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_proposed_action_and_only_those_carry_the_draft_label(site, lang):
    text = page(site, lang, "stratejik-amaclar")
    labels = DRAFT[lang]
    for action in ACTIONS:
        row = visible(action_row(text, action["action_id"]))
        proposed = action["status"] == "proposed"
        assert (labels["draft"] in row) == proposed, (lang, action["action_id"])
        # An institution is never shown as committed to a proposal.
        assert (f"({labels['proposed_lead']})" in row) == proposed, (lang, action["action_id"])
        assert (f"({labels['lead']})" in row) != proposed, (lang, action["action_id"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_drafts_page_lists_exactly_the_proposed_actions(site, lang):
    text = page(site, lang, "taslaklar")
    items = dict(re.findall(r'<li id="draft-([^"]+)">(.*?)</li>', text, flags=re.S))
    proposed = [a for a in ACTIONS if a["status"] == "proposed"]
    assert proposed, "the plan has no drafts: this test would check nothing"
    assert set(items) == {a["action_id"] for a in proposed}
    for action in proposed:
        shown = visible(items[action["action_id"]])
        assert data.localized(action, "action", lang) in shown and DRAFT[lang]["draft"] in shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_linked_indicator_values_equal_the_data_and_link_to_the_profile(site, lang):
    text = page(site, lang, "stratejik-amaclar")
    statistics = data.load_statistics(data.STATISTICS)
    linked = [a for a in ACTIONS if a["indicator"]]
    assert linked, "no action has an indicator: this test would check nothing"
    for action in linked:
        stat = statistics[action["indicator"]]
        expected = data.format_statistic(data.statistic_value(stat, data.DATA_DIR), lang=lang,
                                         decimals=stat.decimals, percent=stat.percent)
        row = action_row(text, action["action_id"])
        latest = re.search(r'<span class="stat plan-latest">([^<]*)</span>', row)
        assert latest and latest.group(1) == expected, (lang, action["action_id"])
        chapter = plan.where_discussed(action["indicator"])
        assert chapter and f'href="../{chapter}.html' in row, (lang, action["action_id"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_status_summary_counts_the_actions(site, lang):
    text = visible(page(site, lang, "izleme"))
    for status, label in plan.LABELS[lang]["statuses"].items():
        count = sum(a["status"] == status for a in ACTIONS)
        assert f"{label} {count}" in text, (lang, status)
    assert f"{plan.LABELS[lang]['total']} {len(ACTIONS)}" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_timeline_has_its_data_table_and_csv_with_every_action(site, lang):
    text = page(site, lang, "izleme")
    href = re.search(r'href="([^"]*plan_timeline\.csv)"', text)
    assert href, "the timeline has no CSV download"
    path = (site / "html" / lang / "plan" / href.group(1)).resolve()
    rows = list(csv.reader(path.open(encoding="utf-8")))[1:]
    draft = f" ({DRAFT[lang]['draft']})"
    assert [row[0] for row in rows] == [data.localized(a, "action", lang)
                                        + (draft if a["status"] == "proposed" else "") for a in ACTIONS]
    assert [row[1:] for row in rows] == [[a["start"], a["end"]] for a in ACTIONS]
    assert 'class="figure-data"' in text
