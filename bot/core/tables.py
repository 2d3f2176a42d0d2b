"""A table the page's text lost its cells from: rows of a label and its figures.

«MOLDE 208 192», «KINN 111 122», …, «SUM 1687 1565»: each row is a line of its own, and
the last would stand as the heading of the paragraph below it. None is a sentence.
"""

from __future__ import annotations

import re

# A label of words, then one to six figures (a count, an amount, a share, a change).
_ROW = re.compile(r"^[^\d.!?]{1,40}?(?:\s+[-+−–]?\d[\d.,:%]*){1,6}$")
_MIN_ROWS = 3  # rows in a run: two lines of figures may be a score and its scorers


def table_rows(texts: list[str]) -> set[int]:
    """The units that are rows of a table: runs of at least three, one after another."""
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if text[-1:].isdigit() and len(text) <= 80 and _ROW.match(text):
            run.append(i)
            continue
        if len(run) >= _MIN_ROWS:
            found.update(run)
        run = []
    return found
