"""The words an article treats as names: capitalised inside a sentence.

A capitalised word inside a sentence is a name until proven otherwise (bot/core/analysis
keeps it whole: Hammerfest gives no /hammer and /fest).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.model import Article

# A line in headline case, without its stop: every word capitalised but the short ones.
_SMALL_WORD = r"(?:a|an|the|to|in|on|at|for|of|and|or|as|by|with|from|vs?\.?)\b"
HEADLINE_CASE = re.compile(
    rf"^(?:[A-Z][\w'’.-]*|{_SMALL_WORD})(?: (?:[A-Z0-9$£€][\w'’.,%-]*|{_SMALL_WORD})){{4,}}$"
)

# A capital after a word (or a comma, after a quote too) inside a sentence: «til Hammerfest»,
# «i Drammen», «om «Profound Mysteries», Röyksopps tredelte album»;
# a run of them («sa Jens Stoltenberg», «Erin O'Toole») is one match. The pattern opens
# on a space, which the regular expression engine finds fast, and looks for the capital
# after it before looking behind (a look-behind at every position, or at every space, is
# slow).
_MID_SENTENCE_NAMES = re.compile(
    r" (?=[A-ZÆØÅ])(?:(?<=[^\W_] )|(?<=[^\W_][,;)»”’] )|(?<=[)»”’\"][,;] ))"
    r"({name}(?: {name})*)".format(name=r"[A-ZÆØÅ](?:['’](?=[A-ZÆØÅ]))?[^\W\d_]+")
)


def article_names(article: Article) -> frozenset[str]:
    """The words the article capitalises inside a sentence: a name until proven otherwise."""
    # One search over the paragraphs joined by line breaks (no name runs across one: a run
    # is words and spaces, and what a line break follows can precede no name), and the
    # runs' words split once.
    # (a line in headline case capitalises its words for its case: «… to Close Stores …»)
    text = "\n".join(
        [
            p
            for section in article.sections
            for p in section.paragraphs
            if not (p[-1:].isalnum() and HEADLINE_CASE.match(p))
        ]
    )
    runs = _MID_SENTENCE_NAMES.findall(text)
    if "/" in text:
        runs += _AFTER_SLASH.findall(text)  # «Bodø/Glimt»: a name's second word
    return frozenset(" ".join(runs).split(" ")) - _SENTENCE_OPENERS if runs else frozenset()


# A capital after a slash after a word: «Bodø/Glimt», «AC/DC».
_AFTER_SLASH = re.compile(r"[A-ZÆØÅ](?<=[^\W\d_]/[A-ZÆØÅ])[^\W\d_]+")  # (the capital first)


# A sentence run on without its stop («Skipsbygging i Norge Det er i dag …»): its first
# word is no name.
_SENTENCE_OPENERS = frozenset(
    ("Det", "Den", "Dei", "Dette", "The", "This", "It")
)  # (not «De Bruyne»)


def cased_text(article: Article) -> Callable[[str], bool]:
    """Whether a name is written in the article's prose, in any case, where a line is in
    headline case (whose capitals are the case's: «Texas Scientists Make Incredible
    Discovery»; but «Old Mill Bridge» of «the Old Mill bridge» is a name)."""
    lines = [article.title or "", *(section.heading or "" for section in article.sections)]
    if not any(map(in_headline_case, lines)):
        return lambda _: True
    cased = [line for line in lines if line and not in_headline_case(line)]
    paragraphs = (p for section in article.sections for p in section.paragraphs)
    prose = "\n".join([*cased, *paragraphs]).lower()
    return lambda name: name.lower() in prose


def in_headline_case(line: str) -> bool:
    """Whether a title is in headline case, past its quote marks, its colon or semicolon and a
    figure it opens on: «‘Conclave With Champagne’: Cannes Film Festival Jury Reveals
    Winners», «21 Charged with Alleged Internet-Based Fraud Scheme»."""
    bare = _HEADLINE_SIGNS.sub("", _HEADLINE_BREAK.sub(" ", line)).lstrip(" 0123456789,.")
    return HEADLINE_CASE.match(bare) is not None


_HEADLINE_BREAK = re.compile(r"\s*[;:]\s+")
_HEADLINE_SIGNS = re.compile(r"[‘’“”\"«»]")
