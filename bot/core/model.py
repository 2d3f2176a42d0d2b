"""The values the core reads and produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def display_title(title: str | None, sections: tuple[Section | SectionDigest, ...]) -> str | None:
    """Name an article for a reader: its title, else the heading it opens with. A heading
    after the lead is a crosshead that names only its own part (the reader then sees the
    source's name)."""
    return title or next(
        (
            s.heading
            for s in sections[:1]
            # (a digest's first part may be a later one: its lead gave no bullet)
            if getattr(s, "index", 0) == 0
            # (a quote's words name their part only: «– Vi har bedre fotballspillere»)
            if s.heading and s.heading.lower() not in _LABELS and s.heading[0] not in '–—-«“"'
        ),
        None,
    )


# A live page's labels name a part, not the article: «Summary», «Key points».
_LABELS = frozenset(
    (
        "summary",
        "key points",
        "at a glance",
        "highlights",
        "sammendrag",
        "samandrag",
        "oppsummering",
        "kort fortalt",
    )
)


PARAGRAPH = "paragraph"
LIST_ITEM = "list-item"
LIVE_ENTRY = "live-entry"
QUESTION = "question"
TURN = "turn"


@dataclass(frozen=True)
class Section:
    """A part of an article: its heading (None for the lead) and its paragraphs.

    Every paragraph is a unit a reader sees on its own, and `kinds` says which kind,
    one entry a paragraph (empty means all are plain paragraphs):
    - "paragraph": running prose;
    - "list-item": one item of a list («* …», «- …», «• …», «1. …»); a list of five
      news items is five units, each a candidate bullet of its own;
    - "live-entry": one time-stamped entry of a live blog («16:48: …», «Kl. 16.48»,
      «08:46 GMT»), newest first, the stamp removed from its text;
    - "question": an interviewer's question, the turn before an answer: context for the
      answer and for excerpts, never a bullet (its premises are not the article's news);
    - "turn": a speaker's turn in a transcript or an interview, the name in front
      («Dale Morrow: …»): only its first sentence, which names the speaker, is a bullet.
    Page furniture (bylines, captions, «Les også», share buttons) is never in it.
    """

    heading: str | None
    paragraphs: tuple[str, ...]
    kinds: tuple[str, ...] = ()

    def kind(self, index: int) -> str:
        """Return the kind of paragraph `index` (paragraph, list-item, live-entry, ...)."""
        return self.kinds[index] if index < len(self.kinds) else PARAGRAPH

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Article:
    """A parsed article, ready to be summarised and indexed."""

    source: str
    title: str | None
    language: str
    date: str | None
    sections: tuple[Section, ...]
    url: str | None = None
    # The site or feed that published it («Testavisen»): og:site_name, a feed's title.
    site: str | None = None

    @property
    def text(self) -> str:
        """Return the article as plain text with its headings, as stored and re-parsed."""
        parts: list[str] = []
        if self.title:
            parts.append(self.title)
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for s in self.sections for p in s.paragraphs)

    @property
    def display_title(self) -> str | None:
        return display_title(self.title, self.sections)


@dataclass(frozen=True)
class Topic:
    """A topic command derived from the article, and the sections it is about."""

    command: str
    label: str
    sections: tuple[int, ...]


@dataclass(frozen=True)
class SectionDigest:
    """The bullets and topics of one section; `index` is that section's place in the article."""

    heading: str | None
    bullets: tuple[str, ...]
    topics: tuple[str, ...]
    index: int = 0


@dataclass(frozen=True)
class Digest:
    """The digest of one article."""

    source: str
    title: str | None
    language: str
    date: str | None
    sections: tuple[SectionDigest, ...]
    topics: tuple[Topic, ...]
    url: str | None = None

    @property
    def word_count(self) -> int:
        return sum(len(b.split()) for s in self.sections for b in s.bullets)

    @property
    def display_title(self) -> str | None:
        return display_title(self.title, self.sections)

    def to_json(self) -> dict[str, Any]:
        """Return the digest in the JSON shape of the interface page."""
        return {
            "source": self.source,
            "title": self.title,
            "language": self.language,
            "date": self.date,
            "sections": [
                {"heading": s.heading, "bullets": list(s.bullets), "topics": list(s.topics)}
                for s in self.sections
            ],
            "topics": [
                {"command": t.command, "label": t.label, "sections": list(t.sections)}
                for t in self.topics
            ],
        }


@dataclass(frozen=True)
class Excerpt:
    """The article's own sentences on a topic, from one section."""

    heading: str | None
    sentences: tuple[str, ...]
    section: int = 0
    score: float = field(default=0.0, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"heading": self.heading, "sentences": list(self.sentences)}
