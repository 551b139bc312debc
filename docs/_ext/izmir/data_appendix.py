"""The "Data and sources" appendix, generated from ``data/datapackage.json``.

``{data-sources}`` writes one section per table: what it holds, its sources (publisher, title,
period, date accessed, how it was obtained), licence, primary key, a download link and the
schema (column, type, unit, description). Texts come from the package in the reader's language:
``title_tr``, ``description_tr``, ``unit_tr``... for Turkish where given, the standard English properties
otherwise. Generated text is not extracted for translation: its language comes from the data.
"""

from __future__ import annotations

import json

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .data import DATA_DIR, PACKAGE, localized
from .site import source_path

LABELS = {
    "tr": {"source": "Kaynak", "accessed": "Erişim tarihi", "obtained": "Nasıl elde edildi",
           "licence": "Lisans", "key": "Birincil anahtar", "file": "Dosya",
           "download": "indir (CSV)", "column": "Sütun", "type": "Tür", "unit": "Birim",
           "description": "Açıklama", "rows": "Satır sayısı"},
    "en": {"source": "Source", "accessed": "Accessed", "obtained": "How it was obtained",
           "licence": "Licence", "key": "Primary key", "file": "File",
           "download": "download (CSV)", "column": "Column", "type": "Type", "unit": "Unit",
           "description": "Description", "rows": "Rows"},
}


# Frictionless field types as a reader would name them.
TYPE_NAMES = {
    "tr": {"string": "metin", "integer": "tam sayı", "number": "sayı", "date": "tarih",
           "year": "yıl", "boolean": "evet/hayır"},
    "en": {"string": "text", "integer": "whole number", "number": "number", "date": "date",
           "year": "year", "boolean": "yes/no"},
}


def simple_table(headers: list[str], rows: list[list[str | list[nodes.Node]]],
                 widths: list[int]) -> nodes.table:
    """A table of texts, or of cells given as lists of nodes (several paragraphs, links)."""
    # "colwidths-given" makes the PDF honour the widths instead of squeezing long texts.
    table = nodes.table(classes=["data-schema", "colwidths-given"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    group += [nodes.colspec(colwidth=width) for width in widths]
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    for target, cells in ((head, headers), *((body, r) for r in rows)):
        row = nodes.row()
        for cell in cells:
            row += nodes.entry("", *([nodes.paragraph(text=cell)] if isinstance(cell, str) else cell))
        target += row
    return table


class DataSources(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        lang = self.config.language
        labels = LABELS[lang]
        self.env.note_dependency(str(PACKAGE))
        package = json.loads(PACKAGE.read_text("utf-8"))
        sections = []
        for resource in package["resources"]:
            self.env.note_dependency(str(DATA_DIR / resource["path"]))
            section = nodes.section(ids=[f"data-{resource['name'].replace('_', '-')}"])
            # Not for the catalogues: the title comes from the data in the reader's language.
            section += nodes.title(text=localized(resource, "title", lang), translatable=False)
            section += nodes.paragraph(text=localized(resource, "description", lang))
            facts = nodes.bullet_list()
            for source in resource.get("sources", []):
                cited = ", ".join(x for x in (source.get("publisher"),
                                              localized(source, "title", lang),
                                              localized(source, "period", lang)) if x)
                facts += self.fact(labels["source"], cited + (f" — {source['path']}"
                                                              if source.get("path") else ""))
                if source.get("accessed"):
                    facts += self.fact(labels["accessed"], source["accessed"])
                if localized(source, "obtained", lang):
                    facts += self.fact(labels["obtained"], localized(source, "obtained", lang))
            for licence in resource.get("licenses", package.get("licenses", [])):
                facts += self.fact(labels["licence"], localized(licence, "title", lang)
                                   or licence.get("name", ""))
            key = resource.get("schema", {}).get("primaryKey")
            if key:
                facts += self.fact(labels["key"], ", ".join([key] if isinstance(key, str) else key))
            facts += self.download(labels, resource["path"])
            section += facts
            fields = resource.get("schema", {}).get("fields", [])
            section += simple_table(
                [labels["column"], labels["type"], labels["unit"], labels["description"]],
                [[f["name"], TYPE_NAMES[lang].get(f.get("type", "string"), f.get("type", "")),
                  localized(f, "unit", lang), localized(f, "description", lang)]
                 for f in fields],
                widths=[3, 2, 2, 8])
            sections.append(section)
        return sections

    @staticmethod
    def fact(label: str, text: str) -> nodes.list_item:
        item = nodes.list_item()
        paragraph = nodes.paragraph()
        paragraph += nodes.strong(text=f"{label}: ")
        paragraph += nodes.Text(text)
        item += paragraph
        return item

    def download(self, labels: dict[str, str], path: str) -> nodes.list_item:
        item = nodes.list_item()
        paragraph = nodes.paragraph()
        paragraph += nodes.strong(text=f"{labels['file']}: ")
        target = source_path(DATA_DIR / path)
        paragraph += addnodes.download_reference(
            "", "", nodes.literal(text=f"{path} — {labels['download']}"), reftarget=target,
            refexplicit=True, refdoc=self.env.docname)
        item += paragraph
        return item


def setup(app: Sphinx) -> None:
    app.add_directive("data-sources", DataSources)
