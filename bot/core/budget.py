"""A digest's word budget: the most important bullets that fit, then shorter ones.

A whole sentence reads better than a cut one: a bullet is cut to fit only when no whole
one does (the lead excepted: its news comes first). Words left unused are news the reader
does not get: every candidate is tried before the budget counts as full. By then most are
too long for what is left, so a candidate is made only when the budget can take its words
(its draft tells how many), and one too long only when a cut could still make it fit.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import chain, islice
from typing import NamedTuple

from bot.core.analysis import Sentence
from bot.core.candidates import Bullets, Candidate, SectionStream
from bot.core.compress import MIN_BULLET_WORDS, MIN_CUT_WORDS
from bot.core.copies import echoes
from bot.core.repeats import repeats
from bot.core.spacing import n_words
from bot.core.speakers import ATTRIBUTION

_SCENE_WORDS = 5  # a sentence this short, with no figure or name, fills no budget
_MAX_CUTS = 8  # bullets tried for a cut when no whole sentence fits what is left
_LEAD_PART = 1.25  # the lead section's weight among the bullets after each section's best
_LEAD_SHARE = 0.55  # of the budget, the lead section may fill before the others get their best


class _Unmade(NamedTuple):
    """A candidate the budget has read but not made: the k-th sentence of its stream."""

    stream: SectionStream
    at: int  # its place in the stream's sentences
    sentence: Sentence


def within_budget(
    chosen: list[Candidate], streams: list[SectionStream], max_words: int, made: Bullets
) -> list[Candidate]:
    """Keep the most important bullets that fit `max_words`; fill what is left with shorter
    ones from the rest of each stream."""
    firsts: list[Candidate] = []
    rest: list[Candidate] = []
    for candidate in chosen:
        first = candidate.rank_in_section == 0 or _leads_news(candidate)
        (firsts if first else rest).append(candidate)
    firsts.sort(key=lambda c: (not c.lead, c.section != 0, -c.score))
    # (the rest of the lead's section before the others' seconds: the story's top tells the
    # news, a crosshead's part its details; its sentences are scored as if each opened one)
    rest.sort(key=lambda c: -c.score * (_LEAD_PART if c.section == 0 else 1.0))
    kept: list[Candidate] = []
    used = 0
    too_long: list[Candidate | _Unmade] = []  # cut only when no whole sentence fits
    # Every section's best bullet comes before any section's second one; the lead first.
    # The lead's section may give a second, its news after a scene, before the others'
    # best while it fills little more than half the budget: the lead is often the scene
    # («Sogndal held fram å imponere»), its result the next sentence («Heimelaget tukta
    # Molde med 2-1»), and the other sections still get their best.
    later: list[Candidate] = []
    for candidate in chain(firsts, later, rest):
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break  # a few words left: no bullet is that short
        if _told(candidate.terms, candidate.text, kept):
            continue  # («Til slutt endte kampen 31-22.» under the lead that gave the score)
        if (
            candidate.rank_in_section
            and candidate.n_words <= _SCENE_WORDS
            and _scene(candidate.text)
        ):
            continue  # (not a section's best: «Han viser med hendene.» after its scene)
        over_share = used + candidate.n_words > max_words * _LEAD_SHARE
        if over_share and _leads_news(candidate) and candidate not in later:
            later.append(candidate)  # (read again after the others' best)
            continue
        if candidate.n_words <= room:
            kept.append(candidate)
            used += candidate.n_words
        elif candidate.lead or (candidate.section == 0 and candidate.rank_in_section == 0):
            # The lead's news comes first, cut to the budget if it must be.
            text = made.shortened(candidate.text, room)
            if text is not None:
                kept.append(replace(candidate, text=text))
                used += n_words(text)
        else:
            too_long.append(candidate)
    # The others: never the lead nor a section's best (round one read those).
    for other in _others(streams, made):
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break
        if isinstance(other, Candidate):
            terms, text, length = other.terms, other.text, other.n_words
        else:
            terms = other.sentence.content_lemmas
            draft = made.draft(other.sentence)
            if draft is None:
                continue  # it makes no bullet
            text, length = draft, n_words(draft)
        if length <= _SCENE_WORDS and _scene(text):
            continue  # «Han viser med hendene.», «Då smilte og klappa folk.»: a scene's filler
        if _told(terms, text, kept):
            continue  # («Til retten har Opdahl opplyst at 15 vitner er frafalt.» after
            # «Forsvarerne har frafalt 15 vitner, …»: the same fact again)
        position = other.position if isinstance(other, Candidate) else other.sentence.position
        if same_voice(made, position, text, kept):
            continue
        if length > room:
            too_long.append(other)  # (if it is a candidate: made when it is cut)
            continue
        found = other if isinstance(other, Candidate) else other.stream.resolve(other.at)
        if found is not None:
            kept.append(found)
            used += length
    room = max_words - used
    if room < MIN_BULLET_WORDS or all(_no_cut(entry, room, made) for entry in too_long):
        return kept  # (room stays as it is when no cut is made)
    cuts = (c for entry in too_long if (c := _made(entry)) is not None)
    for candidate in islice(cuts, _MAX_CUTS):
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break
        text = made.shortened(candidate.text, room)
        if text is None or same_voice(made, candidate.position, text, kept):
            continue
        if not repeats(candidate.terms, kept, text):
            kept.append(replace(candidate, text=text))
            used += n_words(text)
    return kept


def same_voice(made: Bullets, position: int, text: str, kept: Iterable[Candidate]) -> bool:
    """A quote's paragraph gives one bullet: «A, sa Lund.» and «B, sa Lund.» are one voice
    (but an account with its times and figures may give more: «… klokka 23.34 …»)."""
    voice = made.voices.get(position)
    if voice is None or not ATTRIBUTION.search(text):
        return False
    if any(c.isdigit() for c in made.paragraphs[voice[0]][voice[1]]):
        return False
    return any(made.voices.get(k.position) == voice and ATTRIBUTION.search(k.text) for k in kept)


def _told(terms: frozenset[str], text: str, kept: list[Candidate]) -> bool:
    """Whether a kept bullet already tells what a candidate would: its point (`repeats`), or a
    clause or figure of it word for word (`echoes`)."""
    return repeats(terms, kept, text) or echoes(text, (c.text for c in kept))


def _leads_news(candidate: Candidate) -> bool:
    """The lead section's second bullet, where it tells a fact (a figure, a name): not the
    standfirst's colour («Som så ofte når det handler om promille, …»)."""
    return (
        candidate.section == 0
        and candidate.rank_in_section == 1
        and _FACT.search(candidate.text) is not None
    )


_FACT = re.compile(r"\d|(?<=\w )[A-ZÆØÅ]")
# A short sentence that opens on a pronoun or a turn and tells no figure or name: a scene.
_SCENE_OPENERS = frozenset(
    "han hun ho hen det dei de den då så men og he she they it then so but there".split()  # noqa: SIM905
)


def _scene(text: str) -> bool:
    return text.split(" ", 1)[0].lower() in _SCENE_OPENERS and _FACT.search(text) is None


def _others(streams: list[SectionStream], made: Bullets) -> Iterable[Candidate | _Unmade]:
    """The candidates round one left, best first; on a tie, in section order."""
    if not made.by_score:
        # A list's items or a long feature's parts come in turn, not by score: which come
        # first across sections depends on which make bullets, so each is made when read.
        return heapq.merge(*streams, key=lambda c: -c.score)
    # Each stream by score: its sentences' order across streams is its candidates' order
    # (a stable sort, as heapq.merge's).
    unmade = [
        _Unmade(stream, k, stream.sentences[k])
        for stream in streams
        for k in range(stream.read, len(stream.sentences))
    ]
    unmade.sort(
        key=lambda u: (
            -u.stream.scores[u.sentence.position] * _LEAD_PART
            if u.sentence.section == 0
            else -u.stream.scores[u.sentence.position]
        )
    )
    return unmade


def _made(entry: Candidate | _Unmade) -> Candidate | None:
    return entry if isinstance(entry, Candidate) else entry.stream.resolve(entry.at)


def _no_cut(entry: Candidate | _Unmade, room: int, made: Bullets) -> bool:
    """Whether `shorten` surely finds no cut of a bullet too long for `room` (none made,
    room stays): a clause break leaves MIN_CUT_WORDS words at least, and the one cut
    without them (a quote's source after it) needs a closing quote mark."""
    text = entry.text if isinstance(entry, Candidate) else made.draft(entry.sentence)
    return room < MIN_CUT_WORDS and text is not None and "»" not in text and "”" not in text
