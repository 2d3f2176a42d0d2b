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
        if len(text) > 80 and run_together(text):
            found.add(i)  # («Parti Endring −0,2 R 3,3 % … Kilde: Norstat»: a poll's table)
        row = text[-1:].isdigit() and _ROW.match(text)
        if len(text) <= 80 and (row or (": " in text[:20] and _LABELLED_ROW.match(text))):
            run.append(i)
            continue
        if len(run) >= _MIN_ROWS:
            found.update(run)
        run = []
    return found


# A row as label and value: «Januar: 6,1 °C over», «Mai: 1,1 °C under»
_LABELLED_ROW = re.compile(r"[A-ZÆØÅ][\wæøå]+: [^.!?:]{0,20}\d[^.!?:]{0,30}$")
_FIGURE = re.compile(r"[-+−–]?\d[\d.,:–-]*%?$|%$")
_FIGURES = 12  # figures at least, and half the words or more: a table's cells run together


def run_together(text: str) -> bool:
    """A table whose cells the page ran together into one paragraph: figures more than words."""
    if text.count("%") < 3 and text.count(",") < _FIGURES:
        return False  # (most paragraphs: no figures to count)
    words = text.split()
    figures = len(list(filter(None, map(_FIGURE.match, words))))  # (in C: no frame a word)
    return figures >= _FIGURES and 2 * figures >= len(words)
