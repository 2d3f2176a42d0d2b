"""What a page runs into an article's text that is no writing of its own: its script
(«window.dotcom = window.dotcom || { cmd: [] }; …»), a foreign site's widgets in their own
script («Добавить новость», «星期六, 10 月 26, 2024»), and a rail of teasers for other
stories, each a headline, its blurb and a link («Notting Hill Carnival arrests: Met Police
update» / «Arrests and injuries confirmed …» / «Read the storyMore UK News»).
"""

from __future__ import annotations

import re

_SCRIPT = re.compile(
    r"\b(?:window|document|googletag)\.\w|=>|\bfunction ?\(|\b(?:var|let|const) \w+ ="
)
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_CODE_MARKS = 20  # letters to a bracket, a brace, a semicolon or an equals sign, at most


def is_script(text: str) -> bool:
    """A line of the page's script: its marks dense, its words a program's."""
    if "{" not in text and "=" not in text:  # (or a page's codes: «MX23RW : … | >> :600:139:»)
        return ">>" in text and 2 * sum(map(str.isalpha, text)) < len(text)
    return sum(map(text.count, "{}()[];=")) * _CODE_MARKS >= len(text) and bool(
        _SCRIPT.search(text)
    )


def foreign_script(text: str) -> bool:
    """Letters, none of them Latin: a foreign site's line in a Latin-script article."""
    return not _LATIN.search(text) and any(map(str.isalpha, text))


# A teaser's link, the line under its headline and blurb: «Read the story», «Read the
# storyMore UK News», «Les saken», «Les hele saken» (glued to the rail's next link or not)
_TEASER_LINK = re.compile(
    r"(?:read the (?:story|full story|article)|les (?:hele )?saken|les heile saka|les saka)"
    r"(?:$|[A-Z][\w ]{0,30}$)",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 14  # a teaser's headline, at most
_BLURB_WORDS = 40  # its blurb, at most
_TEASERS = 2  # teasers that make a rail


def teaser_rail(texts: list[str]) -> set[int]:
    """The units of a rail of teasers: each link with the headline and blurb over it, and the
    rail's own label and blurb over the first («UK News — Latest from EyeOnLondon» /
    «Explore today's headlines …»), where two teasers at least stand together."""
    links = [i for i, text in enumerate(texts) if i >= 2 and _TEASER_LINK.match(text.strip())]
    teasers = [i for i in links if _teaser(texts[i - 2], texts[i - 1])]
    if len(teasers) < _TEASERS:
        return set()
    found = {j for i in teasers for j in (i - 2, i - 1, i)}
    first = teasers[0] - 2
    if first >= 2 and _teaser(texts[first - 2], texts[first - 1]):
        found.update((first - 2, first - 1))  # the rail's label and its blurb
    return found


def _teaser(headline: str, blurb: str) -> bool:
    return (
        headline.count(" ") < _HEADLINE_WORDS
        and not headline.endswith((".", "!"))
        and blurb.count(" ") < _BLURB_WORDS
        and blurb.endswith((".", "!", "?"))
    )


_LONG_WORD = re.compile(r"\w{6,}")
_TAIL_LINES = 3  # one-line stories that make a list of teasers
_TAIL_WORDS = 45  # a teaser's words, at most
_STORY_PARAGRAPHS = 3  # the story above: paragraphs of their own, blank lines between


def trailing_teasers(texts: list[str], alone: list[bool]) -> set[int]:
    """A site's list of other stories run on after the article, a line each, no blank line
    between («Øya Bremangerlandet vil vere utan veg …» / «Over 3000 asylsøkjarar har
    forsvunne siste året.»), under a story whose paragraphs stand alone: its lines share
    hardly a word with the story."""
    run = next((k for k in range(len(texts)) if alone[len(texts) - 1 - k]), len(texts))
    start = len(texts) - run
    if run < _TAIL_LINES or sum(alone[:start]) < _STORY_PARAGRAPHS:
        return set()
    story = set(_LONG_WORD.findall(" ".join(texts[:start]).lower()))
    for text in texts[start:]:
        if text.count(" ") > _TAIL_WORDS or not text.endswith((".", "!", "?")):
            return set()
        if len(story.intersection(_LONG_WORD.findall(text.lower()))) > 1:
            return set()
    return set(range(start, len(texts)))
