"""Bullets: for every section, its most important sentences, cleaned and kept short.

Extractive on purpose: a bullet is the article's own words (bot.core.compress), so it
cannot invent a fact. Importance mixes position (news puts the point first),
centrality (words the article keeps returning to) and overlap with title and heading.
What a desk editor would cut is never a bullet: a fragment without a main clause, a
question, a quote without its speaker, a sentence opening on a pronoun whose referent
is not in the bullet before it, the same point made twice. The lead's news comes first.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain

from bot.core.analysis import Analysis, SectionAnalysis, Sentence
from bot.core.clause_choice import checker_for
from bot.core.clauses import MainClauses
from bot.core.compress import (
    MAX_BULLET_WORDS,
    MIN_BULLET_WORDS,
    clean_sentence,
    compress,
    finish,
    is_question,
    is_quote,
    names_speaker,
    shorten,
)
from bot.core.ranking import (
    bullets_wanted,
    item_paragraphs,
    ranked,
    score_sentences,
    section_words,
)

__all__ = [
    "MAX_BULLET_WORDS",
    "bullets_wanted",
    "clean_sentence",
    "score_sentences",
    "select_bullets",
    "shorten",
]

# The lead's first sentence may run longer than other bullets: it carries the news.
MAX_LEAD_WORDS = 35
_MAX_LIST_BULLETS = 4  # a list gives this many of its items at most
_MAX_MISSES = 8  # candidates tried in vain before a budget counts as full
_LEAD_SEARCH = 8  # the lead is among the first sentences, or the article has none
_TERMINAL = tuple('.!?…»”")')
_ANNOUNCEMENT = re.compile(
    r"(?:here(?: is|’s|'s| are)|her er|dette er) (?:a |the |en |ei |eit |et )?"
    r"(?:summary|roundup|round-up|recap|oppsummering|samandrag|sammendrag|det viktigste)\b",
    re.IGNORECASE,
)
PERSONAL_PRONOUNS = frozenset(
    "han hun hen ho ham henne dem he she they it him her them".split()  # noqa: SIM905
)
# «Det er ...» points back; «Det sjette bindet ...» does not: a pronoun only before a verb.
DEMONSTRATIVES = frozenset(
    "det den de dei dette denne disse desse this these those that".split()  # noqa: SIM905
)
PRONOUNS = PERSONAL_PRONOUNS | DEMONSTRATIVES
# Two bullets share this much of the smaller one's content words: the same point twice.
_DUPLICATE_SHARE = 0.8


@dataclass(frozen=True)
class Candidate:
    """A possible bullet: its text, where it comes from and how much it matters."""

    text: str
    section: int
    position: int
    score: float
    rank_in_section: int
    terms: frozenset[str] = frozenset()
    pronoun: bool = False  # opens on a pronoun that points back
    # Read in every round of the budget; set once (a cached_property takes a lock).
    n_words: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "n_words", len(self.text.split()))


def opens_with_pronoun(text: str, checker: MainClauses) -> bool:
    """«Han påpeker ...», «Det er ...»: a first word whose referent is in a sentence before."""
    first, _, rest = text.partition(" ")
    first = first.strip("«»“”\"'(").lower()
    if first in PERSONAL_PRONOUNS:
        return True
    following = rest.split(maxsplit=1)[0].strip(",.«»").lower() if rest else ""
    return first in DEMONSTRATIVES and bool(following) and checker.is_finite(following)


def make_bullet(
    sentence: Sentence, checker: MainClauses, limit: int = MAX_BULLET_WORDS
) -> str | None:
    """The sentence as a bullet of at most `limit` words, or None if it must not be one."""
    text = sentence.text.rstrip()
    if text.endswith(("...", "…")):
        # A teaser cut off by its page («… i Ålesund kommune...»): whole only if a stop
        # stood before the dots.
        text = text.removesuffix("...").removesuffix("…").rstrip()
        if not text.endswith(_TERMINAL):
            return None
    if not text.endswith(_TERMINAL) and sentence.n_words < 10:
        return None  # a crosshead or caption fragment, not a sentence
    if is_question(text):
        return None  # an interviewer's question is no news
    if _ANNOUNCEMENT.match(text):
        return None  # «Here is a summary of the day’s news»: what follows is the news
    if (sentence.quoted or is_quote(text)) and not names_speaker(text):
        return None  # a quote without its speaker
    cleaned = clean_sentence(text)
    n_words = len(cleaned.split())
    if n_words < MIN_BULLET_WORDS or not checker.has_main_clause(cleaned):
        return None
    if n_words <= limit:
        return cleaned
    return shorten(finish(compress(cleaned, checker)), limit, checker)


class _Bullets:
    """Each sentence's bullet, made once per digest though selection may run again."""

    def __init__(self, checker: MainClauses, kinds: list[tuple[str, ...]]) -> None:
        self.checker = checker
        self.kinds = kinds  # each section's paragraph kinds
        self._made: dict[tuple[int, int], str | None] = {}
        self._short: dict[tuple[str, int], str | None] = {}

    def of(self, sentence: Sentence, limit: int = MAX_BULLET_WORDS) -> str | None:
        key = (sentence.position, limit)
        if key not in self._made:
            self._made[key] = make_bullet(sentence, self.checker, limit)
        return self._made[key]

    def shortened(self, text: str, limit: int) -> str | None:
        """`shorten`, once per text and limit: the budget is filled again in every round."""
        key = (text, limit)
        if key not in self._short:
            self._short[key] = shorten(text, limit, self.checker)
        return self._short[key]

    def pronoun(self, text: str) -> bool:
        return opens_with_pronoun(text, self.checker)

    def personal(self, text: str) -> bool:
        first = text.split(maxsplit=1)[0].strip("«»“”\"'(").lower() if text else ""
        return first in PERSONAL_PRONOUNS


def _section_candidates(
    s_index: int,
    section: SectionAnalysis,
    scores: dict[int, float],
    made: _Bullets,
    banned: frozenset[int],
) -> Iterator[Candidate]:
    """Yield a section's bullet candidates, best first, each made only when it is read."""
    rank = 0
    seen: set[str] = set()
    if s_index == 0:
        # The lead's news first: the article's first sentence that makes a bullet (crossheads
        # and captions above it do not) and does not point back to something before it.
        for sentence in section.sentences[:_LEAD_SEARCH]:
            text = None if sentence.position in banned else made.of(sentence, MAX_LEAD_WORDS)
            if text is None:
                continue
            # «Det blir for snevert når ...» cannot point back when only crossheads and
            # captions (no clause) come before it; «Det sier Støre» after a quote does.
            first = not any(
                made.checker.has_main_clause(s.text) for s in section.sentences[: sentence.index]
            )
            if not (made.personal(text) if first else made.pronoun(text)):
                top = max(scores.values(), default=0.0) + 1.0
                yield Candidate(text, 0, sentence.position, top, 0, sentence.content_lemmas)
                seen.add(text)
                banned = banned | {sentence.position}
                rank = 1
                break
    for sentence in ranked(section, scores, made.kinds[s_index]):
        if sentence.position in banned:
            continue
        text = made.of(sentence)
        if text is None or text in seen:
            continue
        pronoun = made.pronoun(text)
        if pronoun and (
            sentence.index == 0 or made.of(section.sentences[sentence.index - 1]) is None
        ):
            continue  # the sentence it points back to can never be the bullet before it
        seen.add(text)
        yield Candidate(
            text,
            s_index,
            sentence.position,
            scores[sentence.position],
            rank,
            sentence.content_lemmas,
            pronoun,
        )
        rank += 1


def select_bullets(analysis: Analysis, *, max_words: int | None = None) -> list[list[str]]:
    """Choose each section's bullets, in article order; `max_words` caps them all together."""
    scores = score_sentences(analysis)
    made = _Bullets(
        checker_for(analysis.article.language, [s.text for s in analysis.all_sentences]),
        [section.kinds for section in analysis.article.sections],
    )
    banned: frozenset[int] = frozenset()
    # A bullet opening on «Han» whose referent was not chosen is replaced, and so on.
    for _ in range(4):
        chosen = _choose(analysis, scores, made, banned, max_words)
        orphans = _pronoun_orphans(chosen)
        if not orphans:
            break
        banned |= orphans
    else:
        chosen = [c for c in chosen if c.position not in _pronoun_orphans(chosen)]
    by_section: list[list[Candidate]] = [[] for _ in analysis.sections]
    for candidate in chosen:
        by_section[candidate.section].append(candidate)
    return [[c.text for c in sorted(group, key=lambda c: c.position)] for group in by_section]


def _choose(
    analysis: Analysis,
    scores: dict[int, float],
    made: _Bullets,
    banned: frozenset[int],
    max_words: int | None,
) -> list[Candidate]:
    # Candidates are made lazily: a digest reads a few of each section's, not all.
    streams = [
        _section_candidates(s_index, section, scores, made, banned)
        for s_index, section in enumerate(analysis.sections)
    ]
    chosen: list[Candidate] = []
    for s_index, (section, stream) in enumerate(zip(analysis.sections, streams, strict=True)):
        wanted = bullets_wanted(len(section.sentences), section_words(section))
        items = item_paragraphs(made.kinds[s_index])
        if items:
            wanted = max(wanted, min(len(items), _MAX_LIST_BULLETS))
        picked = 0
        while picked < wanted:  # test first: a candidate pulled is gone from the stream
            candidate = next(stream, None)
            if candidate is None:
                break
            if _repeats(candidate, chosen):
                continue
            chosen.append(replace(candidate, rank_in_section=picked))
            picked += 1
    if max_words is not None:
        # The others, best first; on a tie, in article order (heapq.merge is stable).
        others = heapq.merge(*streams, key=lambda c: -c.score)
        chosen = _within_budget(chosen, others, max_words, made)
    return chosen


def _repeats(candidate: Candidate, kept: Iterable[Candidate]) -> bool:
    """Whether a kept bullet already makes the candidate's point (the same quote twice)."""
    terms = candidate.terms
    if len(terms) < 3:
        return False
    for other in kept:
        shared = terms & other.terms
        if not shared or len(shared) < _DUPLICATE_SHARE * min(len(terms), len(other.terms)):
            continue
        # A name the other lacks makes it another fact (the same drill at another place).
        smaller = terms if len(terms) <= len(other.terms) else other.terms
        if all(t in shared for t in smaller if t[:1].isupper()):
            return True
    return False


def _pronoun_orphans(chosen: list[Candidate]) -> frozenset[int]:
    """Bullets opening on a pronoun whose bullet before is not the sentence just before."""
    orphans: set[int] = set()
    by_section: dict[int, list[Candidate]] = {}
    for candidate in chosen:
        by_section.setdefault(candidate.section, []).append(candidate)
    for group in by_section.values():
        group.sort(key=lambda c: c.position)
        for before, candidate in zip([None, *group], group, strict=False):
            if not candidate.pronoun:
                continue
            if before is None or candidate.position - before.position != 1:
                orphans.add(candidate.position)
    return frozenset(orphans)


def _within_budget(
    chosen: list[Candidate], others: Iterable[Candidate], max_words: int, made: _Bullets
) -> list[Candidate]:
    """Keep the most important bullets that fit; fill what is left with shorter ones.

    A whole sentence reads better than a cut one: a bullet is cut to fit only when no
    whole one does (the lead excepted: its news comes first).
    """
    first_rank = [c for c in chosen if c.rank_in_section == 0]
    rest = sorted((c for c in chosen if c.rank_in_section > 0), key=lambda c: -c.score)
    # Every section's best bullet comes before any section's second one; the lead first.
    ordered = chain(sorted(first_rank, key=lambda c: (c.section != 0, -c.score)), rest, others)
    kept: list[Candidate] = []
    used = 0
    misses = 0
    too_long: list[Candidate] = []  # cut only when no whole sentence fits
    for candidate in ordered:
        room = max_words - used
        # A few words left that nothing fits: the rest of the article is not worth reading.
        if room < MIN_BULLET_WORDS or misses >= _MAX_MISSES:
            break
        if _repeats(candidate, kept):
            continue
        if candidate.n_words <= room:
            kept.append(candidate)
            used += candidate.n_words
        elif candidate.section == 0 and candidate.rank_in_section == 0:
            # The lead's news comes first, cut to the budget if it must be.
            text = made.shortened(candidate.text, room)
            if text is not None:
                kept.append(replace(candidate, text=text))
                used += len(text.split())
        else:
            too_long.append(candidate)
            misses += 1
    for candidate in too_long:
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break
        text = made.shortened(candidate.text, room)
        if text is not None and not _repeats(candidate, kept):
            kept.append(replace(candidate, text=text))
            used += len(text.split())
    return kept
