"""Timetable of the development plan's actions (İzleme ve değerlendirme bölümü).

Input: data/plan_actions.csv. One row per action, a bar from its start year to its end year,
coloured by status. An action still under way with no end year gets a one-year bar and an open
end; a draft with no timetable yet is listed with "to be set" instead of an invented bar.
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from _style import PALETTE

TABLES = ["plan_actions.csv"]

STATUS_COLOURS = {"done": PALETTE["izmir"], "under_way": PALETTE["turkiye"],
                  "approved": PALETTE["accent"], "proposed": PALETTE["grey"]}

LABELS = {
    "tr": {"x": "Yıl", "action": "Eylem", "start": "Başlangıç yılı", "end": "Bitiş yılı",
           "to_be_set": "takvim belirlenecek", "draft": "Taslak — onay bekliyor",
           "statuses": {"done": "tamamlandı", "under_way": "sürüyor", "approved": "onaylandı",
                        "proposed": "önerildi (taslak)"}},
    "en": {"x": "Year", "action": "Action", "start": "Start year", "end": "End year",
           "to_be_set": "timetable to be set", "draft": "Draft — awaiting approval",
           "statuses": {"done": "done", "under_way": "under way", "approved": "approved",
                        "proposed": "proposed (draft)"}},
}


def action_names(actions: pd.DataFrame, lang: str) -> list[str]:
    """Each action in the reader's language, drafts labelled as such."""
    draft = f" ({LABELS[lang]['draft']})"
    return [name + (draft if status == "proposed" else "")
            for name, status in zip(actions[f"action_{lang}"], actions["status"])]


def make_figure(data: dict[str, pd.DataFrame], lang: str) -> Figure:
    labels = LABELS[lang]
    actions = data["plan_actions.csv"]
    dated = actions["start"].dropna()
    first, last = int(dated.min()) - 1, int(pd.concat([dated, actions["end"].dropna()]).max()) + 2

    figure = Figure(figsize=(7.0, 0.55 * len(actions) + 1.4))
    axes = figure.subplots()
    rows = range(len(actions))[::-1]  # first action on top
    for row, (_, action) in zip(rows, actions.iterrows()):
        colour = STATUS_COLOURS[action["status"]]
        if pd.isna(action["start"]):
            axes.text(first + 0.2, row, labels["to_be_set"], va="center", color=colour,
                      fontstyle="italic")
            continue
        end = action["start"] if pd.isna(action["end"]) else action["end"]
        axes.barh(row, end - action["start"] + 1, left=action["start"], height=0.5, color=colour,
                  hatch="//" if pd.isna(action["end"]) else None, edgecolor="white")
    axes.set_yticks(list(rows))
    axes.set_yticklabels([textwrap.fill(name, 48) for name in action_names(actions, lang)],
                         fontsize=7)
    axes.set_xlim(first, last)
    axes.set_ylim(-0.7, len(actions) - 0.3)
    axes.set_xlabel(labels["x"])
    axes.grid(axis="x", color="#DDDDDD")
    axes.grid(axis="y", visible=False)
    present = [s for s in STATUS_COLOURS if (actions["status"] == s).any()]
    axes.legend(handles=[Patch(color=STATUS_COLOURS[s], label=labels["statuses"][s]) for s in present],
                loc="lower right", fontsize=7, frameon=False)
    figure.tight_layout()
    return figure


def make_table(data: dict[str, pd.DataFrame], lang: str) -> pd.DataFrame:
    """The plotted timetable: years as plain text (no thousands separator), empty when not set."""
    labels = LABELS[lang]
    actions = data["plan_actions.csv"]

    def years(column: str) -> list[str]:
        return ["" if pd.isna(year) else str(int(year)) for year in actions[column]]

    return pd.DataFrame({labels["action"]: action_names(actions, lang),
                         labels["start"]: years("start"), labels["end"]: years("end")})
