"""Plain mode: panels and tables read as headings and lists, with no box characters.

A screen reader reads a bordered table cell by cell along its borders; in plain mode
(`--plain`, `WALLETSUPPORT_PLAIN`, `TERM=dumb`, `plain = true` in the config) the same
content is printed in reading order instead: a panel's title becomes a heading line
above its content, each table row becomes one list line naming its columns, and a
rule becomes its title alone. Screens are written once, for rich; this console turns
them plain as they are printed, so no screen needs a second plain version.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

__all__ = ["PlainConsole", "flatten"]


def _as_text(cell: Any) -> Text | None:
    """A table cell as one text, or None when it holds a larger renderable."""
    if isinstance(cell, Text):
        return cell
    if isinstance(cell, str):
        return Text.from_markup(cell)
    return None


def _table(table: Table) -> list[RenderableType]:
    """A bordered table as a numbered list: each row one item, its columns named in order.

    A table with column headings (bordered or not: `cases list`, `flows list`) reads
    as a list whose items name their columns, so no value is split across columns;
    grids without headings (number and text, label and value) read in order already
    and are kept. A `#` or id column numbers its row instead of being read out.
    """
    if len(table.columns) < 2 or (table.box is None and not table.show_header):
        return [table]  # a grid: number and text, label and value
    out: list[RenderableType] = []
    if table.title:
        title = _as_text(table.title) or Text(str(table.title))
        title.stylize("bold")
        out.append(title)
    headers = [(_as_text(column.header) or Text("")).plain.strip() if table.show_header
               else "" for column in table.columns]
    cells = [list(column.cells) for column in table.columns]
    rows = max((len(column) for column in cells), default=0)
    items = Table.grid(padding=(0, 1))
    items.add_column(no_wrap=True)
    items.add_column(overflow="fold")
    nested: list[RenderableType] = []
    for row in range(rows):
        texts: list[tuple[str, Text]] = []
        for index, column in enumerate(cells):
            if row >= len(column):
                continue
            text = _as_text(column[row])
            if text is None:
                nested.extend(flatten(column[row]))
            elif text.plain.strip():
                texts.append((headers[index], text))
        if not texts:
            continue
        mark: str | Text = Text("-")
        body = Text("")
        if texts[0][0] == "#":
            number, *more = texts.pop(0)[1].split("\n")
            mark = number + "."
            for extra in more:  # a mark under the number, such as "best"
                body.append_text(extra)
                body.append(" ")
        for index, (header, text) in enumerate(texts):
            if index:
                body.append("\n")
            if header and header != "#":
                body.append(f"{header}: ")
            body.append_text(text)
        items.add_row(mark, body)
    out.append(items)
    out.extend(nested)
    return out


def flatten(renderable: Any) -> list[RenderableType]:
    """The renderable as a list of plain pieces in reading order, with no box drawing."""
    if isinstance(renderable, Panel):
        out: list[RenderableType] = []
        if renderable.title:
            title = _as_text(renderable.title) or Text(str(renderable.title))
            title.stylize("bold")
            out.append(title)
        out.extend(flatten(renderable.renderable))
        if renderable.subtitle:
            out.append(_as_text(renderable.subtitle) or Text(str(renderable.subtitle)))
        return out
    if isinstance(renderable, Table):
        return _table(renderable)
    if isinstance(renderable, Rule):
        if not renderable.title:
            return [Text("")]
        text = _as_text(renderable.title) or Text(str(renderable.title))
        text.stylize("bold")
        return [text]
    if isinstance(renderable, Group):
        return [piece for part in renderable.renderables for piece in flatten(part)]
    if isinstance(renderable, Padding):
        return flatten(renderable.renderable)
    return [renderable]


class PlainConsole(Console):
    """A rich console that prints panels, tables and rules as plain headings and lists."""

    def print(self, *objects: Any, **kwargs: Any) -> None:  # noqa: D102 - as Console.print
        if not any(isinstance(o, Panel | Table | Rule | Group | Padding) for o in objects):
            super().print(*objects, **kwargs)
            return
        for piece in (piece for o in objects for piece in flatten(o)):
            if not isinstance(piece, Table):
                super().print(piece, **kwargs)
                continue
            # A list's lines without the grid's padding at their ends, to copy cleanly.
            for line in self.render_lines(piece, self.options, pad=False):
                text = Text()
                for seg in line:
                    if not seg.control:
                        text.append(seg.text, seg.style)
                text.rstrip()
                super().print(text, crop=False, overflow="ignore", no_wrap=True)
