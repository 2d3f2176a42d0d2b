"""A quote of several sentences speaks through its first, with the speaker from its last.

«– Rosenborg har vunnet serien nå. Sarpsborg har kanskje en liten mulighet, sier
Molde-trener Ole Gunnar Solskjær.» The last sentence alone («Sarpsborg har kanskje …»)
leans on the ones before it; the first is the speaker's point, as a journalist orders a
quote. An editor moves the attribution: «Rosenborg har vunnet serien nå, sier Molde-trener
Ole Gunnar Solskjær.» The quote's last sentence is then no bullet of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from bot.core.analysis import SectionAnalysis, Sentence
from bot.core.no_news import credit_of
from bot.core.speakers import (
    ATTRIBUTION,
    CIRCUMSTANCES,
    SAID_AFTER,
    SPEECH_VERBS,
    is_quote,
    said_by_pronoun,
    unattributed_quotes,
)

_MIN_HEAD_WORDS = 6
_WHOLE_QUOTE_WORDS = 24  # a quote of two sentences this short, its figure in the second
_FIGURE = re.compile(
    r"(?<![\d.:])\d+(?![\d:]|\.\d)|\b(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds|thousands)\b",  # (no clock)
    re.IGNORECASE,
)
# A sentence that turns against the one before: the first alone would say the opposite.
_TURN = re.compile(
    r"[«“\"–—-]?\s*(?:Men|But|Likevel|Likevél|However|Yet|Nei|No|Derimot|Samtidig|Although)\b"
)
# A later sentence that denies what the first says: «… men det er jo ikkje sant», «but that
# is not true», «Det stemmer ikke».
_DENIES = re.compile(
    r"\b(?:(?:det|dette|that|this|it)(?:'s|’s)? (?:er|is|was|var)?\s?(?:jo |heilt |helt |simply )?"
    r"(?:ikkje|ikke|not) (?:sant|riktig|rett|true|correct|the case)"
    r"|(?:det|dette) stemmer (?:ikkje|ikke)"
    r"|(?:that|this|it) (?:is|was)n[’']t (?:true|correct|the case))\b",
    re.IGNORECASE,
)
_CLOSERS = {"«": "»", "“": "”", '"': '"'}
# A speaker by role alone, or a body: «…, sa leiar i Noregs Mållag då han delte ut prisen.»,
# «…, skriver Meteorologisk institutt.» (not «…, sier Ola at …»: more words said)
_SAID_BY = re.compile(
    rf",\s+(?:det\s+)?(?:{SPEECH_VERBS})\s+(?!.*\b(?:at|that)\b)\S+(?:\s+\S+){{0,9}}$"
)


@dataclass
class Quotes:
    """An article's quotes as bullets see them."""

    unattributed: set[int] = field(default_factory=set)  # positions quoted, no speaker named
    heads: dict[int, Sentence] = field(default_factory=dict)  # a first sentence, its speaker
    tails: dict[int, Sentence] = field(default_factory=dict)  # a last sentence → its head


def read_quotes(sections: Sequence[SectionAnalysis], language: str) -> Quotes:
    found = Quotes()
    found.heads.update(_vox_pop(sections, language))
    for section in sections:
        quoted = unattributed_quotes((s.paragraph, s.text) for s in section.sentences)
        found.unattributed.update(
            s.position for s, q in zip(section.sentences, quoted, strict=True) if q
        )
        for position, (head, tail) in quote_heads(section.sentences, quoted).items():
            found.heads[position] = found.tails[tail] = head
        for before, credit in pairwise(section.sentences):  # (not inside a quote: its own)
            if before.position in found.heads or before.position in found.unattributed:
                continue
            if told := _credited(before, credit):
                found.heads[before.position] = told
    return found


def _credited(sentence: Sentence, credit: Sentence) -> Sentence | None:
    """The sentence with its source from the credit after it folded in, as an editor does:
    «De konservative har ikke klart å levere det de har lovet.» / «Det har Øivind Bratberg
    tidligere sagt til Klar Tale.» → «…, ifølge Øivind Bratberg.»; not a quote («– …,» or
    with its speaker said), nor across a paragraph."""
    source = credit_of(credit.text)  # (first: most sentences are no credit)
    text = sentence.text
    if source is None or credit.paragraph != sentence.paragraph or not text.endswith("."):
        return None
    if is_quote(text) or SAID_AFTER.search(text) or "«" in text or '"' in text:
        return None
    return retold(sentence, f"{text[:-1]}, {source}.")


# A vox pop's speaker in front of their words: «Molly: Mamma er frå Ulsteinvik.»
_VOX_LABEL = re.compile(
    r"([A-ZÆØÅ][a-zæøåé'’-]+(?: [A-ZÆØÅ][a-zæøåé'’-]+){0,2})(?: \(\d{1,3}\))?: "
)


def _vox_pop(sections: Sequence[SectionAnalysis], language: str) -> dict[int, Sentence]:
    """In a vox pop (two or more people's words, each paragraph opening on its speaker's
    name: «Molly: Mamma er frå Ulsteinvik. … Nynorsk kan vere litt irriterande …»), a
    paragraph's later sentences said in that name («…, seier Molly.»), not in the digest's
    own voice. (The name goes last: a sentence opening on «Så ho …» still leans.)"""
    opening: dict[tuple[int, int], Sentence] = {}  # each paragraph's first sentence
    for section in sections:
        for s in section.sentences:
            opening.setdefault((s.section, s.paragraph), s)
    named = {
        where: found.group(1)
        for where, s in opening.items()
        if s.words and s.words[0].name and (found := _VOX_LABEL.match(s.text))
    }
    if len(set(named.values())) < 2:
        return {}
    says = _SAYS.get(language, "sier")
    return {
        s.position: retold(s, f"{s.text[:-1]}, {says} {named[where]}.")
        for section in sections
        for s in section.sentences
        if (where := (s.section, s.paragraph)) in named
        and s is not opening[where]
        and s.text.endswith(".")
        and not SAID_AFTER.search(s.text)
    }


_SAYS = {"nb": "sier", "nn": "seier", "en": "says"}


def quote_heads(
    sentences: Sequence[Sentence], unattributed: Sequence[bool]
) -> dict[int, tuple[Sentence, int]]:
    """For each quote that opens a paragraph, runs over sentences without its speaker and
    names a speaker (not a pronoun) at the end of its last: the first sentence's position →
    (that sentence with the speaker, the position of the last)."""
    heads: dict[int, tuple[Sentence, int]] = {}
    opened: Sentence | None = None  # a quote's first sentence, its speaker not yet named
    turns = False  # the sentence after it turns against it: «Men det er ikke sannsynlig»
    for sentence, quoted in zip(sentences, unattributed, strict=True):
        if opened is not None and sentence.paragraph != opened.paragraph:
            opened = None
        if opened is not None and sentence.index == opened.index + 1:
            turns = _TURN.match(sentence.text) is not None
        if opened is not None and sentence.index > opened.index and _DENIES.search(sentence.text):
            turns = True  # «Alle trur at vi … . Eg forstår det, men det er jo ikkje sant.»
        if quoted:
            if opened is None and is_quote(sentence.text):
                opened, turns = sentence, False
            continue
        if opened is not None and not turns and (head := _with_speaker(opened, sentence)):
            heads[opened.position] = (head, sentence.position)
        opened = None
    return heads


def _with_speaker(first: Sentence, last: Sentence) -> Sentence | None:
    """The quote's first sentence closed by the last's attribution, if both allow."""
    text, tail = first.text.rstrip(), last.text.rstrip()
    found = ATTRIBUTION.search(tail)
    if found is not None and not _at_end(tail, found.end()):
        found = None
    if found is None and (found := _SAID_BY.search(tail)) is None:
        return None
    if (
        not text.endswith(".")
        or text.endswith("..")
        or said_by_pronoun("– " + tail)  # «…, sier han»: the speaker is in another sentence
    ):
        return None
    words = text[:-1]
    if len(words.lstrip('–—-«“" ').split()) < _MIN_HEAD_WORDS:
        return None  # «– Det er herlig.», «– Ja, det er klart.»: a cry, the point comes after
    said = tail[: found.start()]
    close = max(said.rfind("”"), said.rfind("»"), said.rfind('"'))
    if close >= 0 and _NAME_WORD.search(said, close + 1):
        return None  # «…,” Nick Ashton, Equinor’s …, said in a statement.»: the name before it
    if (
        last.index == first.index + 1
        and len(f"{text} {said}".split()) <= _WHOLE_QUOTE_WORDS
        and _FIGURE.search(said)
        and not _FIGURE.search(text)
    ):  # «– En lastebil og en personbil har kollidert. To personer er omkomne, sa …»: the
        words = f"{text} {said.lstrip()}"  # second tells how many, the news: both are given
    opener = words.lstrip()[:1]
    closer = _CLOSERS.get(opener)
    if closer is not None and words.count(closer) < (2 if opener == closer else 1):
        words += closer  # «Vi tror det.» → «Vi tror det», sier …
    return retold(first, words + tail[found.start() :])


_NAME_WORD = re.compile(r"\b[A-ZÆØÅ][a-zæøå]")


def _at_end(text: str, end: int) -> bool:
    """Whether the attribution closes the sentence: its speaker, then only the saying's
    circumstances («til NRK», «da han …»), not more words said («…, sier Ola at …»)."""
    rest = text[end:]
    return not rest.strip(" .!»”") or CIRCUMSTANCES.match(rest) is not None


def continued_quotes(sections: Iterable[SectionAnalysis]) -> dict[int, str]:
    """The sentences that close a quote opened in a sentence before them, in the same
    paragraph, and the mark that opened it: «“I’m happy to have signed. Newcastle is a big
    club,” said Lejeune.»: its second sentence is a quote too, and a bullet of it opens on
    «“» again (or its closing mark would be dropped as unbalanced, and the speaker's
    words read as the paper's)."""
    found: dict[int, str] = {}
    for section in sections:
        paragraph, opened = -1, ""
        for sentence in section.sentences:
            text = sentence.text
            if sentence.paragraph != paragraph:
                paragraph, opened = sentence.paragraph, ""
            if opened:
                closer = _CLOSERS[opened]
                # («“Because … burden. While I'm not …," Waddell said.»: closed by a straight
                # mark, as pages often type it)
                straight = opened == "“" and closer not in text and text.count('"') == 1
                if (straight or closer in text) and text.lstrip()[:1] != opened:
                    found[sentence.position] = opened
                    closed = straight or text.count(closer) > text.count(opened)
                    opened = "" if closed else opened
                continue
            # (a straight «"» opens and closes alike: its count tells nothing here)
            opened = next((o for o, c in _CLOSERS.items() if text.count(o) > text.count(c)), "")
    return found


def reopened(sentence: Sentence, opener: str) -> Sentence:
    """The sentence with the quote mark that opened its quote in a sentence before."""
    return retold(sentence, opener + sentence.text.lstrip())


def retold(sentence: Sentence, text: str) -> Sentence:
    """The sentence in other words of its own, at its place (its words, for topics, as
    they were)."""
    return Sentence(
        text,
        sentence.section,
        sentence.index,
        sentence.position,
        sentence.words,
        sentence.paragraph,
        sentence.quoted,
    )
