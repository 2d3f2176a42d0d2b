"""What one chat may see of the library: the private sources, and which of those it follows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    """A chat's view: articles of private sources it does not follow are hidden from it.

    `source_id in view` tells whether that source is hidden (so `x not in view` reads as
    before, when a view was the set of hidden sources); a view is true when it hides any.
    """

    private: frozenset[int] = frozenset()
    following: frozenset[int] = frozenset()  # the private sources the chat follows

    @classmethod
    def of(cls, private: frozenset[int], following: frozenset[int]) -> View:
        return cls(frozenset(private), frozenset(following) & frozenset(private))

    @property
    def hidden(self) -> frozenset[int]:
        return self.private - self.following

    def __contains__(self, source_id: object) -> bool:
        return source_id in self.private and source_id not in self.following

    def __bool__(self) -> bool:
        return bool(self.private - self.following)


EVERYTHING = View()
