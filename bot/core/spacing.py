"""Texts in single spaces, as bullets are: whitespace made plain, words counted by spaces.

A bullet's words are read again and again (how many fit the budget); splitting a text to
count them makes a string of every word, where counting its spaces makes none.
"""

from __future__ import annotations

from collections.abc import Callable


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


def edited_within(
    bullets: list[list[str]],
    max_words: int | None,
    edit: Callable[[str, int | None], tuple[str, int]],
) -> list[list[str]]:
    """The bullets in order, each as `edit` makes it: `edit` gets a bullet and the words the
    budget has left for it (None: no budget), and gives the bullet and the words it added (a
    person's full name or role, where the digest first names them)."""
    used = sum(len(b.split()) for section in bullets for b in section)
    result = []
    for section in bullets:
        kept = []
        for bullet in section:
            edited, added = edit(bullet, None if max_words is None else max_words - used)
            used += added
            kept.append(edited)
        result.append(kept)
    return result
