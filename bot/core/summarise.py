"""Bullets: for every section, its most important sentences, cleaned and kept short.

Extractive on purpose: a bullet is the article's own sentence (or its first clause),
so it cannot invent a fact. Importance mixes position (news puts the point first),
centrality (words the article keeps returning to) and overlap with title and heading.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from bot.core.analysis import Analysis, SectionAnalysis, Sentence

MAX_BULLET_WORDS = 30
MIN_BULLET_WORDS = 4

_LEADING_DASH = re.compile(r"^[\s–—\-•*]+")
# Where a long sentence can end early and still read as a whole sentence.
_CLAUSE_BREAKS = re.compile(
    r"(?:;|:|\s+–\s+|,\s+(?=(?:men|og|mens|samtidig|fordi|så|som|der|hvor|kor|da|etter|"
    r"blant|deriblant|ifølge|noe|slik|and|but|while|as|which|who|where|after|according)\s))"
)
_ANY_COMMA = re.compile(r",\s")
_CONJUNCTION = re.compile(r"\s+(?=(?:og|men|samt|and|but)\s)")
_TERMINAL = tuple('.!?…»”")')
_SPEECH_VERBS = (
    "sa|sier|seier|fortsatte|forteller|fortalde|skriver|understreker|understreket|"
    "mener|meiner|said|says|told"
)
# «..., sa Jens Stoltenberg da han torsdag holdt pressemøte ...»: the speaker is kept,
# the circumstances of the saying are not news.
_ATTRIBUTION = re.compile(
    rf",\s+(?:{_SPEECH_VERBS})\s+"
    r"(?:(?:[A-ZÆØÅ][\w'’.-]*)(?:\s+(?:[A-ZÆØÅ][\w'’.-]*|de|von|van|der))*"
    r"|han|hun|ho|he|she)\b"
)
_OPENERS_CLOSERS = (("«", "»"), ("“", "”"), ("(", ")"))


@dataclass(frozen=True)
class Candidate:
    """A possible bullet: its text, where it comes from and how much it matters."""

    text: str
    section: int
    position: int
    score: float
    rank_in_section: int

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def _balance(text: str) -> str:
    for opener, closer in _OPENERS_CLOSERS:
        if text.count(opener) != text.count(closer):
            text = text.replace(opener, "").replace(closer, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def _ends_cleanly(text: str) -> bool:
    """A full stop (or ! ? …), maybe inside closing quotes or a bracket; or a quote."""
    return text.rstrip('»”"’)').endswith((".", "!", "?", "…")) or text.endswith(("»", "”", '"'))


def _finish(text: str) -> str:
    # Balancing quotes may have bared a dash: «( – Nato ...» → «– Nato ...».
    text = _LEADING_DASH.sub("", text).rstrip(" ,;:–—-")
    if text and not _ends_cleanly(text):
        text += "."
    if text and text[0].islower():
        text = text[0].title() + text[1:]  # title case: «ß» → «Ss», not «SS»
    return text


def clean_sentence(text: str) -> str:
    """Turn a sentence into a bullet: no quote dash, balanced quotes, a capital, a stop."""
    text = _LEADING_DASH.sub("", text)
    attribution = _ATTRIBUTION.search(text)
    if attribution and len(text) - attribution.end() > 12:
        text = text[: attribution.end()]
    return _finish(_balance(text))


# A head opening with these is a subordinate clause: cut off, it dangles.
_SUBORDINATE_START = re.compile(
    r"[«“\"(]*(?:(?:men|og|but|and)\s+)?(?:da|når|mens|medan|hvis|viss|dersom|fordi|om|"
    r"før|siden|sidan|ettersom|inntil|idet|selv om|sjølv om|etter at|til tross for|for at|"
    r"slik at|when|while|if|because|although|though|since|unless|until|whereas|after|before)\b",
    re.IGNORECASE,
)
# «mellom A og B», «både A og B»: the pair must not be cut at its «og».
_PAIRED = re.compile(
    r"\b(?:mellom|både|enten|verken|korkje|between|both|either|neither)\b", re.IGNORECASE
)
# «sammen med Dagfinn Høybråten og ...»: a preposition just before «og» governs both.
_PREPOSITION = re.compile(
    r"\b(?:av|på|i|til|med|for|om|fra|frå|mot|hos|under|over|etter|uten|utan|mellom|"
    r"of|in|on|to|with|for|from|at|by|about|between)\b",
    re.IGNORECASE,
)
# «den lange og ...»: a determiner and one word before «og» leave the phrase open.
_OPEN_PHRASE = re.compile(
    r"\b(?:den|det|de|dei|en|ein|et|eit|ei|sin|sitt|sine|hans|hennes|deres|dette|denne|"
    r"the|a|an|this|that|these|those|his|her|their|its)\s+\S+$",
    re.IGNORECASE,
)
# «På spørsmålet om ..., svarer han»: a verb and its subject after the comma mean the
# head was only the phrase put in front of the main clause (but «..., sa han» follows
# a whole quote).
_INVERTED = re.compile(
    r"\s*(?!(?:og|men|eller|and|but|or|"
    + _SPEECH_VERBS
    + r")\b)[^\W\d_]+\s+(?:han|hun|ho|de|dei|vi|me|jeg|eg|det|den|man|du|dere|"
    r"[A-ZÆØÅ][\w-]*)\b"
)
# Inside an enumeration: «Euna Lee (36), Laura Ling (32), Mary Smith (40), ...»,
# «lokalpolitiker, stortingsrepresentant, statsminister og ...». An item is a few words;
# one alone between commas may be an apposition («planlagt, døpt «Steadfast Noon», for»).
_ITEM = r"\s*(?:\S+\s+){0,2}\S+"
_AND = r"\s+(?:og|eller|and|or)\s"
_LIST_END = re.compile(r"," + _ITEM + r"$")  # the head ends with an item
_ITEM_NEXT = re.compile(_ITEM + r"(?:,|" + _AND + r")")  # an item follows the cut
_ITEMS_NEXT = re.compile(_ITEM + r"(?:" + _AND + r"|," + _ITEM + r"(?:,|" + _AND + r"))")


def _dangles(head: str, rest: str, pattern: re.Pattern[str]) -> bool:
    """Whether a cut leaves a fragment: a lone subordinate clause, half a pair, a list item."""
    if _SUBORDINATE_START.match(head):
        return True
    tail = " ".join(head.split()[-4:])
    if pattern is _CONJUNCTION:
        # «mellom A og B», «med A og B», «den lange og målbevisste veien», «Arbeiderpartiet
        # og SV», «A, B og C»: the pair or the list is cut.
        return bool(
            _PAIRED.search(tail)
            or _PREPOSITION.search(tail)
            or _OPEN_PHRASE.search(tail)
            or rest[:1].isupper()
            or _LIST_END.search(tail)
        )
    if pattern is _ANY_COMMA:
        return bool(
            _ITEMS_NEXT.match(rest)
            or (_LIST_END.search(tail) and _ITEM_NEXT.match(rest))
            or _INVERTED.match(rest)
        )
    return False


def shorten(text: str, limit: int) -> str | None:
    """Cut a bullet at its last clause break within `limit` words, or None if none fits."""
    if len(text.split()) <= limit:
        return text
    # A clause that ends where the grammar allows; failing that, any comma or conjunction.
    for pattern in (_CLAUSE_BREAKS, _ANY_COMMA, _CONJUNCTION):
        cuts: list[re.Match[str]] = []
        for match in pattern.finditer(text):
            n = len(text[: match.start()].split())
            if n > limit:
                break
            if n >= max(MIN_BULLET_WORDS + 2, limit // 3):
                cuts.append(match)
        # The longest head that does not dangle.
        for cut in reversed(cuts):
            if not _dangles(text[: cut.start()], text[cut.end() :], pattern):
                head = _balance(text[: cut.start()]).rstrip(" ,;:–—-")
                # A cut after a closing quote still needs its full stop: «... «Min Kamp».
                return _finish(head + "." if head.endswith(("»", "”", '"')) else head)
    return None


def _bullet(text: str, limit: int = MAX_BULLET_WORDS) -> str | None:
    stripped = text.rstrip()
    if not stripped.endswith(_TERMINAL) and len(stripped.split()) < 10:
        return None  # a crosshead or caption fragment, not a sentence
    cleaned = clean_sentence(text)
    if len(cleaned.split()) < MIN_BULLET_WORDS:
        return None
    return shorten(cleaned, limit)


def bullets_wanted(n_sentences: int, n_words: int) -> int:
    """One to three bullets a section; more only for long sections."""
    if n_sentences <= 2 or n_words < 60:
        return 1
    if n_sentences <= 5:
        return 2
    if n_words <= 400:
        return 3
    return min(6, 3 + (n_words - 400) // 250)


def score_sentences(analysis: Analysis) -> dict[int, float]:
    """Score every sentence of the article by position, centrality and title overlap."""
    # In how many sentences each lemma occurs.
    frequency = Counter(chain.from_iterable(s.content_lemmas for s in analysis.all_sentences))
    title_terms = {w.lemma for w in analysis.title_words if w.content}
    scores: dict[int, float] = {}
    for section in analysis.sections:
        heading_terms = {w.lemma for w in section.heading_words if w.content} | title_terms
        for sentence in section.sentences:
            scores[sentence.position] = _score(sentence, frequency, heading_terms)
    return scores


# Weights tuned on NorSumm dev with bench/quality.py (see the README's figures).
WEIGHTS = {
    "position": 2.0,
    "decay": 0.6,
    "lead": 0.6,
    "lead_decay": 0.15,
    "central": 0.1,
    "overlap": 0.5,
}


def _score(sentence: Sentence, frequency: Counter[str], heading_terms: set[str]) -> float:
    terms = sentence.content_lemmas
    if not terms:
        return 0.0
    centrality = sum(math.log(frequency[t]) for t in terms if frequency[t] > 1)
    centrality /= math.sqrt(len(terms)) + 1.0
    overlap = (
        len(terms & heading_terms) / (len(heading_terms) ** 0.5 + 1.0) if heading_terms else 0.0
    )
    w = WEIGHTS
    position = 1.0 / (1.0 + w["decay"] * sentence.index)
    lead = 1.0 / (1.0 + w["lead_decay"] * sentence.position)
    n = sentence.n_words
    length = 1.0 if 8 <= n <= 40 else 0.6
    return (
        w["position"] * position
        + w["lead"] * lead
        + w["central"] * centrality
        + w["overlap"] * overlap
    ) * length


def _section_candidates(
    s_index: int, section: SectionAnalysis, scores: dict[int, float]
) -> Iterator[Candidate]:
    """Yield a section's bullet candidates, best first, each made only when it is read."""
    ranked = sorted(section.sentences, key=lambda s: (-scores[s.position], s.position))
    rank = 0
    seen: set[str] = set()
    for sentence in ranked:
        text = _bullet(sentence.text)
        if text is None or text in seen:
            continue
        seen.add(text)
        yield Candidate(text, s_index, sentence.position, scores[sentence.position], rank)
        rank += 1


def select_bullets(analysis: Analysis, *, max_words: int | None = None) -> list[list[str]]:
    """Choose each section's bullets, in article order; `max_words` caps them all together."""
    scores = score_sentences(analysis)
    # Candidates are made lazily: a digest reads a few of each section's, not all.
    streams = [
        _section_candidates(s_index, section, scores)
        for s_index, section in enumerate(analysis.sections)
    ]
    chosen = [
        candidate
        for section, stream in zip(analysis.sections, streams, strict=True)
        for candidate in islice(
            stream, bullets_wanted(len(section.sentences), section_words(section))
        )
    ]
    if max_words is not None:
        # The others, best first; on a tie, in article order (heapq.merge is stable).
        others = heapq.merge(*streams, key=lambda c: -c.score)
        chosen = _within_budget(chosen, others, max_words)
    by_section: list[list[Candidate]] = [[] for _ in analysis.sections]
    for candidate in chosen:
        by_section[candidate.section].append(candidate)
    return [[c.text for c in sorted(group, key=lambda c: c.position)] for group in by_section]


def section_words(section: SectionAnalysis) -> int:
    return sum(sentence.n_words for sentence in section.sentences)


def _within_budget(
    chosen: list[Candidate], others: Iterable[Candidate], max_words: int
) -> list[Candidate]:
    """Keep the most important bullets that fit; fill what is left with shorter ones."""
    first_rank = [c for c in chosen if c.rank_in_section == 0]
    rest = sorted((c for c in chosen if c.rank_in_section > 0), key=lambda c: -c.score)
    # Every section's best bullet comes before any section's second one; the lead first.
    ordered = chain(sorted(first_rank, key=lambda c: (c.section != 0, -c.score)), rest, others)
    kept: list[Candidate] = []
    used = 0
    for candidate in ordered:
        room = max_words - used
        if room < MIN_BULLET_WORDS:
            break
        text = candidate.text if candidate.n_words <= room else shorten(candidate.text, room)
        if text is None:
            continue
        kept.append(
            Candidate(
                text,
                candidate.section,
                candidate.position,
                candidate.score,
                candidate.rank_in_section,
            )
        )
        used += len(text.split())
    return kept
