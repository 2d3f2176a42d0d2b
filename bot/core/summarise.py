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
from itertools import chain, islice

from bot.core.analysis import Analysis, SectionAnalysis, Sentence
from bot.core.bullets import TERMINAL, make_bullet
from bot.core.clause_choice import checker_for
from bot.core.clauses import MainClauses
from bot.core.compress import (
    MAX_BULLET_WORDS,
    MIN_BULLET_WORDS,
    clean_sentence,
    shorten,
)
from bot.core.full_names import introduce
from bot.core.model import LIST_ITEM, PARAGRAPH, QUESTION, TURN
from bot.core.openings import (
    PRONOUNS,
    opens_with_personal_pronoun,
    opens_with_pronoun,
    without_also,
)
from bot.core.quote_heads import read_quotes
from bot.core.ranking import (
    bullets_wanted,
    item_paragraphs,
    ranked,
    score_sentences,
    section_words,
)
from bot.core.speakers import (
    ATTRIBUTION,
    is_quote,
    said_by_pronoun,
    turn_label,
)

__all__ = [
    "MAX_BULLET_WORDS",
    "PRONOUNS",
    "bullets_wanted",
    "clean_sentence",
    "score_sentences",
    "select_bullets",
    "shorten",
]

_MAX_LIST_BULLETS = 4  # a list gives this many of its items at most
_MAX_CUTS = 8  # bullets tried for a cut when no whole sentence fits what is left
_LEAD_SEARCH = 8  # the lead is among the first sentences, or the article has none
_NEWS_AFTER_QUOTE = 2  # a quote on top gives way to news within this many sentences
_LEANS_ON_SPEAKER = re.compile(
    r"\b(?:[Hh]an|[Hh]un|[Hh]o|[Hh]ans|[Hh]ennes|[Hh]ennar|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|"
    r"[Tt]heir|[Dd]eira|[Dd]eres)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:[Vv]i|[Jj]eg|[Ee]g|[Mm]e|[Ww]e|I|[Oo]ur|[Vv]år|[Vv]årt)\b")
# Two bullets share this much of the smaller one's content words: the same point twice.
_DUPLICATE_SHARE = 0.8


@dataclass(slots=True)
class Candidate:
    """A possible bullet: its text, where it comes from and how much it matters (read-only
    once made, not frozen: a frozen one sets each field by object.__setattr__; we make dozens)."""

    text: str
    section: int
    position: int
    score: float
    rank_in_section: int
    terms: frozenset[str] = frozenset()
    pronoun: bool = False  # opens on a pronoun that points back
    lead: bool = False  # the article's lead: its news comes first
    # Read in every round of the budget; set once.
    n_words: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.n_words = len(self.text.split())


class _Bullets:
    """Each sentence's bullet, made once per digest though selection may run again."""

    def __init__(self, checker: MainClauses, analysis: Analysis, scores: dict[int, float]) -> None:
        self.checker = checker
        self.kinds = [section.kinds for section in analysis.article.sections]
        # Never a bullet: sentences inside a quote whose speaker is not named, and the
        # last words of a page cut off mid-sentence («… with the way democracy»).
        self.quotes = read_quotes(analysis.sections)
        self.excluded = set(self.quotes.unattributed)
        # A quote «…, sier han» leans on the sentence naming him: a bullet right after it.
        self.leaning = {
            s.position
            for s in analysis.all_sentences
            if s.position in self.excluded and said_by_pronoun(s.text)
        }
        self.excluded -= self.leaning
        last = analysis.all_sentences[-1] if analysis.all_sentences else None
        if last is not None and not last.text.rstrip().endswith(TERMINAL):
            self.excluded.add(last.position)
        self._made: dict[tuple[int, bool], str | None] = {}
        self._short: dict[tuple[str, int], str | None] = {}
        self._quotes: set[str] = set()  # bullets whose sentence opens on a quote
        self._pronouns: dict[str, bool] = {}
        # Each section's sentences, best first: once, though selection may run again.
        self.ranked = [
            ranked(section, scores, kinds)
            for section, kinds in zip(analysis.sections, self.kinds, strict=True)
        ]

    def of(self, sentence: Sentence, *, lead: bool = False) -> str | None:
        key = (sentence.position, lead)
        if key not in self._made and self._asked(sentence):
            self._made[key] = None  # an interviewer's question: context, no bullet
        if key not in self._made and self._speaks_through_head(key[0], lead):
            self._made[key] = None  # a quote's last sentence: it speaks through its first
        if key not in self._made:
            if (head := self.quotes.heads.get(key[0])) is not None:
                sentence = head  # «– A. B, sier X.» → «A, sier X.»
            quoted = key[0] in self.excluded and head is None
            item = self._kind(sentence) == LIST_ITEM
            made = self._made[key] = make_bullet(
                sentence, self.checker, quoted=quoted, lead=lead, item=item
            )
            if made is not None and is_quote(sentence.text):
                self._quotes.add(made)
        return self._made[key]

    def _speaks_through_head(self, position: int, lead: bool) -> bool:
        head = self.quotes.tails.get(position)
        said = self.of(head, lead=lead) if head is not None else None
        return said is not None and not self.pronoun(said)

    def _kind(self, sentence: Sentence) -> str:
        kinds = self.kinds[sentence.section]
        return kinds[sentence.paragraph] if sentence.paragraph < len(kinds) else PARAGRAPH

    def _asked(self, sentence: Sentence) -> bool:
        """An interviewer's question, or a speaker's turn after the sentence naming them."""
        kind = self._kind(sentence)
        return kind == QUESTION or (kind == TURN and not turn_label(sentence.text))

    def shortened(self, text: str, limit: int) -> str | None:
        """`shorten`, once per text and limit: the budget is filled again in every round."""
        key = (text, limit)
        if key not in self._short:
            self._short[key] = shorten(text, limit, self.checker, quote=text in self._quotes)
        return self._short[key]

    def pronoun(self, text: str) -> bool:
        if text not in self._pronouns:  # (selection runs again when a pronoun is orphaned)
            self._pronouns[text] = opens_with_pronoun(text, self.checker)
        return self._pronouns[text]

    def personal(self, text: str) -> bool:
        return opens_with_personal_pronoun(text, self.checker)


def _lead(analysis: Analysis, scores: dict[int, float], made: _Bullets) -> Candidate | None:
    """The lead: the article's first sentence that makes a bullet and does not point back.

    Crossheads and captions above it make none, in its section or in sections before it
    (a page whose first block is only crossheads). «Det blir for snevert når ...» cannot
    point back when only they (no clause) come before it; «Det sier Støre» after a quote
    does. The lead is among the article's first sentences, or it has none.
    """
    clause_before = False
    top = max(scores.values(), default=0.0) + 1.0
    sentences = chain.from_iterable(
        ((s_index, sentence) for sentence in section.sentences)
        for s_index, section in enumerate(analysis.sections)
    )
    quoted: Candidate | None = None  # a quote on top, the lead unless news follows it
    for n, (s_index, sentence) in enumerate(islice(sentences, _LEAD_SEARCH)):
        if quoted is not None and n > quoted.rank_in_section + _NEWS_AFTER_QUOTE:
            break
        text = made.of(sentence, lead=True)
        if text is not None and not (made.pronoun(text) if clause_before else made.personal(text)):
            found = Candidate(
                text, s_index, sentence.position, top, 0, sentence.content_lemmas, lead=True
            )
            # «– Vi hadde en stor utfordring, sier Tor Woldseth» over «Høyre, Frp og KrF er
            # enige om budsjettet»: a reader wants the news before a voice on it.
            if not _said(sentence.text):
                if quoted is not None and _LEANS_ON_SPEAKER.search(text):
                    break  # «På målinga får partiet hans …»: it needs the quote naming him
                return found
            quoted = quoted or replace(found, rank_in_section=n)
        clause_before = clause_before or made.checker.has_main_clause(sentence.text)
    return replace(quoted, rank_in_section=0) if quoted is not None else None


def _said(text: str) -> bool:
    """A quote: opened by a quote's mark, or in the first person and closed by its speaker
    («Vi hadde en stor utfordring, …, sier Tor Woldseth»; not «…, opplyser Forsvaret»)."""
    return is_quote(text) or bool(_FIRST_PERSON.search(text) and ATTRIBUTION.search(text))


def _section_candidates(
    s_index: int,
    section: SectionAnalysis,
    scores: dict[int, float],
    made: _Bullets,
    banned: frozenset[int],
    lead: Candidate | None,
) -> Iterator[Candidate]:
    """Yield a section's bullet candidates, best first, each made only when it is read."""
    rank = 0
    seen: set[str] = set()
    if lead is not None and lead.section == s_index:
        yield lead  # the lead's news first
        seen.add(lead.text)
        banned = banned | {lead.position}
        rank = 1
    for sentence in made.ranked[s_index]:
        if sentence.position in banned:
            continue
        text = made.of(sentence)
        if text is None or text in seen:
            continue
        pronoun = made.pronoun(text) or sentence.position in made.leaning
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
        analysis,
        scores,
    )
    banned: frozenset[int] = frozenset()
    lead = _lead(analysis, scores, made)
    # A bullet opening on «Han» whose referent was not chosen is replaced, and so on.
    for _ in range(4):
        chosen = _choose(analysis, scores, made, banned, lead, max_words)
        orphans = _pronoun_orphans(chosen)
        if not orphans:
            break
        banned |= orphans
    else:
        chosen = [c for c in chosen if c.position not in _pronoun_orphans(chosen)]
    by_section: list[list[Candidate]] = [[] for _ in analysis.sections]
    for candidate in chosen:
        by_section[candidate.section].append(candidate)
    chosen_at = {c.position for c in chosen}
    bullets = [
        [
            c.text if c.position - 1 in chosen_at else without_also(c.text)
            for c in sorted(group, key=lambda c: (not c.lead, c.position))  # the lead first
        ]
        for group in by_section
    ]
    return introduce(bullets, analysis.article.text, max_words)


def _choose(
    analysis: Analysis,
    scores: dict[int, float],
    made: _Bullets,
    banned: frozenset[int],
    lead: Candidate | None,
    max_words: int | None,
) -> list[Candidate]:
    # Candidates are made lazily: a digest reads a few of each section's, not all.
    streams = [
        _section_candidates(s_index, section, scores, made, banned, lead)
        for s_index, section in enumerate(analysis.sections)
    ]
    chosen: list[Candidate] = []
    for s_index, (section, stream) in enumerate(zip(analysis.sections, streams, strict=True)):
        # A lead of two sentences is the news and its point: both come first.
        pair = s_index == 0 and len(section.sentences) == 2
        wanted = 2 if pair else bullets_wanted(len(section.sentences), section_words(section))
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
            chosen.append(replace(candidate, rank_in_section=0 if pair else picked))
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
        if terms.isdisjoint(other.terms):
            continue  # (most pairs: no set to make)
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
    whole one does (the lead excepted: its news comes first). Words left unused are news
    the reader does not get: every candidate is tried before the budget counts as full.
    """
    first_rank = [c for c in chosen if c.rank_in_section == 0]
    rest = sorted((c for c in chosen if c.rank_in_section > 0), key=lambda c: -c.score)
    # Every section's best bullet comes before any section's second one; the lead first.
    ordered = chain(
        sorted(first_rank, key=lambda c: (not c.lead, c.section != 0, -c.score)), rest, others
    )
    kept: list[Candidate] = []
    used = 0
    too_long: list[Candidate] = []  # cut only when no whole sentence fits
    for candidate in ordered:
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break  # a few words left: no bullet is that short
        if _repeats(candidate, kept):
            continue
        if candidate.n_words <= room:
            kept.append(candidate)
            used += candidate.n_words
        elif candidate.lead or (candidate.section == 0 and candidate.rank_in_section == 0):
            # The lead's news comes first, cut to the budget if it must be.
            text = made.shortened(candidate.text, room)
            if text is not None:
                kept.append(replace(candidate, text=text))
                used += len(text.split())
        else:
            too_long.append(candidate)
    for candidate in too_long[:_MAX_CUTS]:
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break
        text = made.shortened(candidate.text, room)
        if text is not None and not _repeats(candidate, kept):
            kept.append(replace(candidate, text=text))
            used += len(text.split())
    return kept
