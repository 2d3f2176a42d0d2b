"""Texts in single spaces, as bullets are: whitespace made plain, words counted by spaces.

A bullet's words are read again and again (how many fit the budget); splitting a text to
count them makes a string of every word, where counting its spaces makes none.
"""

from __future__ import annotations


def single_spaced(text: str) -> str:
    """`" ".join(text.split())`, without splitting a text that is so already (most are)."""
    return text if _single_spaced(text) else " ".join(text.split())


def n_words(text: str) -> int:
    """`len(text.split())`: one more than its spaces, for a text in single spaces."""
    return text.count(" ") + 1 if text and _single_spaced(text) else len(text.split())


def _single_spaced(text: str) -> bool:
    # Every whitespace character but the space is unprintable (a tab, a line break, a
    # no-break space); an unprintable character of another kind only costs a split.
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
