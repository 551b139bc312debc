"""The City Health Development Plan's actions, kept as data and drawn at build time.

``data/plan_goals.csv``, ``data/plan_actions.csv`` and ``data/institutions.csv`` hold the plan.
The schema in ``data/datapackage.json`` checks types, statuses, goals and lead institutions
(frictionless foreign keys); ``plan_errors`` adds the rules a schema cannot say (partner lists,
indicator keys, end before start, a baseline that differs from the data) with the same
``data/<file>: row R, column 'C'`` messages, so the build stops before anything is drawn.

Directives, with texts from the data in the reader's language (not from the catalogues):

* ``{plan-actions} <goal>``: the goal as a section with its action table;
* ``{plan-status}``: how many actions have each status;
* ``{plan-drafts}``: every proposed action, i.e. every draft awaiting approval.

A proposed action is a draft drawn from the profile's findings: it carries the draft label,
its institutions are shown as proposed, and an empty target reads "to be set".
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .data import (
    DATA_DIR, STATISTICS, DataError, format_statistic, load_statistics, localized,
    statistic_value,
)
from .data_appendix import simple_table
from .site import DOCS_DIR

STATUSES = ["proposed", "approved", "under_way", "done"]

LABELS = {
    "tr": {"draft": "Taslak — onay bekliyor",
           # table headers
           "action": "Hedef ve eylem", "institutions": "Sorumlu ve işbirliği yapılacak kurumlar",
           "timetable": "Takvim ve maliyet", "indicator": "Performans göstergesi",
           "status": "Durum",
           # institutions: committed by a source, or only proposed
           "lead": "sorumlu kurum", "proposed_lead": "önerilen sorumlu kurum",
           "partners": "işbirliği", "proposed_partners": "önerilen işbirliği",
           # cells
           "target": "Hedef", "to_be_set": "belirlenecek",
           "to_be_set_by": "belediyece belirlenecek", "open": "sürüyor",
           "cost": "Maliyet tahmini", "unknown": "bilinmiyor", "baseline": "Başlangıç",
           "target_value": "Hedef", "target_year": "hedef yılı", "latest": "Son değer",
           "discussed": "profilde", "source": "Kaynak", "none": "—",
           # status summary and drafts page
           "count": "Eylem sayısı", "total": "Toplam", "goal": "Stratejik amaç",
           "statuses": {"proposed": "önerildi (taslak)", "approved": "onaylandı",
                        "under_way": "sürüyor", "done": "tamamlandı"}},
    "en": {"draft": "Draft — awaiting approval",
           "action": "Target and action", "institutions": "Lead and partner institutions",
           "timetable": "Timetable and cost", "indicator": "Performance indicator",
           "status": "Status",
           "lead": "lead", "proposed_lead": "proposed lead",
           "partners": "partners", "proposed_partners": "proposed partners",
           "target": "Target", "to_be_set": "to be set",
           "to_be_set_by": "to be set by the municipality", "open": "continuing",
           "cost": "Cost estimate", "unknown": "not known", "baseline": "Baseline",
           "target_value": "Target", "target_year": "target year", "latest": "Latest value",
           "discussed": "in the profile", "source": "Source", "none": "—",
           "count": "Actions", "total": "Total", "goal": "Strategic goal",
           "statuses": {"proposed": "proposed (draft)", "approved": "approved",
                        "under_way": "under way", "done": "done"}},
}

PLAN_FILES = ["plan_goals.csv", "plan_actions.csv", "institutions.csv"]
PROFILE_DIR = DOCS_DIR / "profil"


@dataclass(frozen=True)
class Plan:
    goals: dict[str, dict]          # goal key -> row
    actions: list[dict]             # rows of plan_actions.csv, in file order
    institutions: dict[str, dict]   # institution key -> row


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_plan(data_dir: Path = DATA_DIR) -> Plan:
    return Plan(goals={g["goal"]: g for g in read_rows(data_dir / "plan_goals.csv")},
                actions=read_rows(data_dir / "plan_actions.csv"),
                institutions={i["key"]: i for i in read_rows(data_dir / "institutions.csv")})


def partner_keys(action: dict) -> list[str]:
    return [key.strip() for key in action["partners"].split(";") if key.strip()]


def plan_errors(data_dir: Path) -> list[str]:
    """The plan's rules beyond its schema, one message each, rows numbered as in frictionless
    (the header is row 1)."""
    plan = load_plan(data_dir)
    statistics = load_statistics(data_dir / "statistics.toml")
    problems = []
    for row_number, action in enumerate(plan.actions, start=2):
        def problem(column: str, text: str) -> None:
            problems.append(f"data/plan_actions.csv: row {row_number}, column '{column}': {text}")

        for key in partner_keys(action):
            if key not in plan.institutions:
                problem("partners", f"unknown institution {key!r}: add it to data/institutions.csv")
        if action["start"] and action["end"] and int(action["end"]) < int(action["start"]):
            problem("end", f"the action ends ({action['end']}) before it starts ({action['start']})")
        indicator = action["indicator"]
        if indicator and indicator not in statistics:
            problem("indicator", f"unknown statistic {indicator!r}: define it in data/statistics.toml")
        elif indicator and action["baseline_value"]:
            try:
                actual = statistic_value(statistics[indicator], data_dir)
            except DataError as error:
                problem("indicator", str(error))
                continue
            if float(action["baseline_value"]) != actual:
                problem("baseline_value", f"{action['baseline_value']} differs from the value of "
                                          f"{indicator!r} in data/ ({actual:g})")
    return problems


def is_draft(action: dict) -> bool:
    return action["status"] == "proposed"


def where_discussed(key: str) -> str | None:
    """The profile chapter that quotes the statistic (its first {stat} use), as a docname."""
    for chapter in sorted(PROFILE_DIR.glob("*.md")):
        if re.search(r"\{stat\}`\s*" + re.escape(key) + r"\s*`", chapter.read_text("utf-8")):
            return chapter.relative_to(DOCS_DIR).with_suffix("").as_posix()
    return None


def paragraph(*parts: nodes.Node | str) -> nodes.paragraph:
    node = nodes.paragraph()
    node += [nodes.Text(p) if isinstance(p, str) else p for p in parts]
    return node


def draft_label(lang: str) -> nodes.inline:
    return nodes.inline("", "", nodes.strong(text=LABELS[lang]["draft"]), classes=["plan-draft"])


class PlanDirective(SphinxDirective):
    """Shared by the plan's directives: the tables (the page is rebuilt when they change) and
    the reader's language."""

    def plan(self) -> Plan:
        for name in PLAN_FILES:
            self.env.note_dependency(str(DATA_DIR / name))
        self.env.note_dependency(str(STATISTICS))
        return load_plan()

    @property
    def lang(self) -> str:
        return self.config.language

    @property
    def labels(self) -> dict:
        return LABELS[self.lang]

    def action_title(self, action: dict) -> list[nodes.Node]:
        parts: list[nodes.Node] = [nodes.Text(localized(action, "action", self.lang))]
        if is_draft(action):
            parts += [nodes.Text(" "), draft_label(self.lang)]
        return parts


class PlanActions(PlanDirective):
    """``{plan-actions} goal-key``: a section titled with the goal, and its action table."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        plan, key = self.plan(), self.arguments[0]
        if key not in plan.goals:
            raise self.error(f"unknown goal {key!r}: the goals are in data/plan_goals.csv "
                             f"({', '.join(plan.goals)})")
        section = nodes.section(ids=[f"goal-{key}"])
        section += nodes.title(text=localized(plan.goals[key], "title", self.lang), translatable=False)
        labels = self.labels
        actions = [action for action in plan.actions if action["goal"] == key]
        table = simple_table([labels["action"], labels["institutions"], labels["timetable"],
                              labels["indicator"], labels["status"]],
                             [self.row(action, plan) for action in actions], widths=[6, 4, 3, 4, 4])
        # Row ids let readers (and tests) point at one action.
        for body_row, action in zip(list(table.findall(nodes.row))[1:], actions):
            body_row["ids"].append(f"action-{action['action_id']}")
            if is_draft(action):
                body_row["classes"].append("plan-draft-row")
        section += table
        return [section]

    def row(self, action: dict, plan: Plan) -> list[list[nodes.Node]]:
        labels, lang = self.labels, self.lang
        draft = is_draft(action)
        target = [paragraph(nodes.strong(text=f"{labels['target']}: "),
                            localized(action, "target", lang)),
                  paragraph(*self.action_title(action))]

        def names(keys: list[str]) -> str:
            return ", ".join(localized(plan.institutions[k], "name", lang) for k in keys)

        institutions = [paragraph(names([action["lead"]]),
                                  f" ({labels['proposed_lead' if draft else 'lead']})")]
        if partner_keys(action):
            institutions.append(paragraph(names(partner_keys(action)),
                                          f" ({labels['proposed_partners' if draft else 'partners']})"))
        start = action["start"] or labels["to_be_set"]
        end = action["end"] or (labels["to_be_set"] if draft or not action["start"] else labels["open"])
        timetable = [paragraph(start if start == end else f"{start}–{end}"),
                     paragraph(f"{labels['cost']}: ",
                               self.number(action["cost_estimate_try"]) + " TL"
                               if action["cost_estimate_try"] else labels["unknown"])]
        status = [paragraph(nodes.strong(text=labels["statuses"][action["status"]]))]
        if localized(action, "status_note", lang):
            status.append(paragraph(localized(action, "status_note", lang)))
        status.append(paragraph(f"{labels['source']}: {localized(action, 'source', lang)}"))
        return [target, institutions, timetable, self.indicator(action), status]

    def number(self, text: str, decimals: int = 0) -> str:
        return format_statistic(float(text), lang=self.lang, decimals=decimals)

    def indicator(self, action: dict) -> list[nodes.Node]:
        labels, key = self.labels, action["indicator"]
        if not key:
            return [paragraph(labels["none"])]
        stat = load_statistics(STATISTICS)[key]
        self.env.note_dependency(str(DATA_DIR / f"{stat.table}.csv"))

        def number(value: float) -> str:  # in the indicator's own format, like {stat}
            return format_statistic(value, lang=self.lang, decimals=stat.decimals,
                                    percent=stat.percent)

        value = number(statistic_value(stat, DATA_DIR))
        baseline = labels["to_be_set"]
        if action["baseline_value"]:
            baseline = f"{number(float(action['baseline_value']))} ({action['baseline_year']})"
        target = labels["to_be_set_by"]
        if action["target_value"]:
            target = number(float(action["target_value"]))
        if action["target_year"]:
            target += f" ({action['target_year']})"
        elif action["target_value"]:  # a standard gives the value; the year is the city's choice
            target += f" ({labels['target_year']}: {labels['to_be_set']})"
        cell = [paragraph(localized(asdict(stat), "title", self.lang) or key),
                paragraph(f"{labels['baseline']}: {baseline}"),
                paragraph(f"{labels['target_value']}: {target}")]
        latest = paragraph(f"{labels['latest']}: ",
                           nodes.inline(text=value, classes=["stat", "plan-latest"]))
        for chapter in PROFILE_DIR.glob("*.md"):  # the link follows the {stat} if it moves
            self.env.note_dependency(str(chapter))
        chapter = where_discussed(key)
        if chapter:
            latest += nodes.Text(f" ({labels['discussed']}: ")
            latest += addnodes.pending_xref("", nodes.inline(), refdomain="std", reftype="doc",
                                            reftarget="/" + chapter, refexplicit=False,
                                            refwarn=True, refdoc=self.env.docname)
            latest += nodes.Text(")")
        cell.append(latest)
        return cell


class PlanStatus(PlanDirective):
    """``{plan-status}``: the number of actions in each status, drafts first."""

    def run(self) -> list[nodes.Node]:
        actions, labels = self.plan().actions, self.labels
        counts = [[labels["statuses"][status], str(sum(a["status"] == status for a in actions))]
                  for status in STATUSES]
        return [simple_table([labels["status"], labels["count"]],
                             counts + [[labels["total"], str(len(actions))]], widths=[6, 2])]


class PlanDrafts(PlanDirective):
    """``{plan-drafts}``: every proposed action with its goal, each labelled as a draft."""

    def run(self) -> list[nodes.Node]:
        plan, labels = self.plan(), self.labels
        drafts = nodes.bullet_list(classes=["plan-drafts"])
        for action in filter(is_draft, plan.actions):
            goal = localized(plan.goals[action["goal"]], "title", self.lang)
            item = nodes.list_item(ids=[f"draft-{action['action_id']}"])
            item += paragraph(*self.action_title(action))
            item += paragraph(f"{labels['goal']}: {goal}")
            drafts += item
        return [drafts]


def setup(app: Sphinx) -> None:
    app.add_directive("plan-actions", PlanActions)
    app.add_directive("plan-status", PlanStatus)
    app.add_directive("plan-drafts", PlanDrafts)
