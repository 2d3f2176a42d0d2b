"""The words of the tokens of a text, read for the article at hand.

A token (a run of text between spaces: «Stoltenberg,», «atomvåpen») recurs across
sentences and articles, so its words are a look-up, at C speed. A capitalised form is a
name in one article and a plain word in another, so a token that holds one is read again
when an article reads it otherwise than the last one did; the rest are read once.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from typing import Generic, TypeVar

from bot.core.text import TokenMemo, words

_W = TypeVar("_W")


class ArticleTokens(Generic[_W]):
    """Token → its words, each form read by `plain`, or by `name` where the article names it.

    (A word is never false: words() drops the None of a token without one.)
    """

    def __init__(self, plain: Callable[[str], _W], name: Callable[[str], _W]) -> None:
        self._plain = plain
        self._name = name
        self._memo = TokenMemo(self._read)
        # The word of each token read that holds one (most do), or None for one that holds
        # none («–», «2009»): a sentence of such tokens is a look-up a token, with no tuple
        # of one word to iterate.
        self._single: dict[str, _W | None] = {}
        self._holding: dict[str, set[str]] = {}  # a capitalised form → the tokens holding it
        self._named: set[str] = set()  # the tokens whose stored words read a name
        self._mixed: set[str] = set()  # the tokens of two capitalised forms or more
        self._names: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self._memo)

    def clear(self) -> None:
        for memo in (self._memo, self._single, self._holding, self._named, self._mixed):
            memo.clear()

    def begin(self, names: frozenset[str], tokens: set[str]) -> None:
        """Begin an article: its `names` are read as names in the `tokens` it holds."""
        self._names = names
        holding = self._holding
        naming = set().union(*[holding[name] for name in names if name in holding]) & tokens
        # A token of one capitalised form reads it right if it reads it as a name just
        # when the form is one here; a token of more is read again.
        stale = (naming ^ (tokens & self._named)) | (tokens & self._mixed)
        memo, read = self._memo, self._read
        for token in stale:
            memo[token] = read(token)

    def words(self, tokens: list[str]) -> tuple[_W, ...]:
        """The words of a text split on spaces (tokens of the article `begin` named)."""
        try:
            return tuple(filter(None, map(self._single.__getitem__, tokens)))
        except KeyError:  # a token of several words, or one not read yet
            return tuple(chain.from_iterable(map(self._memo.__getitem__, tokens)))

    def _read(self, token: str) -> tuple[_W, ...]:
        found = self._read_forms(token)
        if len(found) <= 1:
            self._single[token] = found[0] if found else None
        else:
            self._single.pop(token, None)
        return found

    def _read_forms(self, token: str) -> tuple[_W, ...]:
        forms = words(token)
        capitalised = [form for form in forms if form[0].isupper()]
        for form in capitalised:
            self._holding.setdefault(form, set()).add(token)
        if len(capitalised) > 1:
            self._mixed.add(token)
        plain, names = self._plain, self._names
        if names.isdisjoint(capitalised):
            self._named.discard(token)
            return tuple(map(plain, forms))
        self._named.add(token)
        name = self._name
        return tuple([name(form) if form in names else plain(form) for form in forms])
