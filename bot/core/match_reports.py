"""A match report's result: the sentence that gives the final score.

A report of a match tells its goals in turn, and readers want the result first: «Dermed
ender det 2-2», «2-0 ble det til hjemmelaget». The last score its title gives is the
result, and the first sentence that gives it the report's result sentence.
"""

from __future__ import annotations

import re

from bot.core.analysis import Analysis

# «2-2», «1–0», «24-24»; not a time, a formation («4-4-2»), «18-14-scoringen», a range of
# a number («10–15 flasker» is no score in a title) or a share («2-3 prosent»)
SCORE = re.compile(  # (the first digit, then what is before it: the engine skips to a digit)
    r"(\d(?<![\d.,:/(–-]\d)\d?) ?[-–] ?(\d{1,2})"
    r"(?!\d|[-–)]|[.,:/]\d| ?(?:%|prosent|per cent|år|years))"
)
# How a match ended: «Dermed endte det 3-3», «Kampen endet 1-1», «It finished 2-1».
_ENDED = re.compile(
    r"\b(?:endte|endet|enda|slutta|sluttet|ended|finished|full[- ]time|til slutt|til sist|"
    r"in the end|final score)\b",  # («Det hjelpte ikkje – Elverum vann til slutt 37–29»)
    re.IGNORECASE,
)
# Words of a match: a report has two at least.
_MATCH_WORDS = re.compile(
    r"\b(?:kamp(?:en)?|omgang(?:en)?|scor(?:et|a|ed|es)|skåra|mål(?:et)?|utligna|utlignet|"
    r"innbyt(?:ter|tar)|keeper(?:en)?|match|half|goal|goals|scored|equaliser|penalty|straffe)\b",
    re.IGNORECASE,
)


def result_sentence(analysis: Analysis) -> int | None:
    """The position of the sentence that gives a match report's final score, if the article
    is one and its title gives the score (or, with none in its title, a sentence says how
    the match ended with one); None for any other article."""
    # (the title's last score: «Sogndal snudde 0-1 til 2-1»; not the half-time score in
    # brackets, «Brann - Rosenborg 2-2 (2-1)»)
    scores = list(SCORE.finditer(analysis.article.title or ""))
    if scores:
        if not _of_a_match(analysis):
            return None
        final = (scores[-1].group(1), scores[-1].group(2))
        return next(
            (
                s.position
                for s in analysis.all_sentences
                if any((m.group(1), m.group(2)) == final for m in SCORE.finditer(s.text))
            ),
            None,
        )
    ended = _ended(analysis)
    if ended is not None and _of_a_match(analysis):
        return ended
    return _race_result(analysis)


def _ended(analysis: Analysis) -> int | None:
    """With no score in the title: the last sentence that says how the match ended, «Dermed
    endte det 3-3 i en ellevill kamp», «The match finished 2-1»; the lead's own first (a
    round-up tells the other matches under their headings), and where the lead gives scores
    but says no end, its last score («… sto det fortsatt 2-1»). (A score is looked for
    first, and the article's words only then: most sentences and articles have none.)"""
    scored = [
        s
        for s in analysis.all_sentences
        if ("-" in s.text or "–" in s.text) and SCORE.search(s.text)
    ]
    ends = [s for s in scored if _ENDED.search(s.text) is not None]
    lead = [s.position for s in scored if s.section == 0]
    told = [s.position for s in ends if s.section == 0] or (lead[-1:] if len(lead) >= 2 else [])
    found = told or [s.position for s in ends]
    return found[-1] if found else None


# A race's result: its winner's time as the story tells the finish («… og kom i mål på
# krutsterke 47,07», «Warholm sprang inn til 48,22 og ny norsk rekord», «… avsluttet på
# tiden 47,26», «… won in 9.76 seconds»)
_FINISHED = re.compile(
    r"\b(?:kom i mål på|gikk i mål på|gjekk i mål på|sprang inn til|løp inn til|(?:avsluttet|"
    r"avslutta) på tiden|(?:vant|vann|won|finished|clocked|crossed the line)(?: [\w'’]+){0,6} "
    r"in)(?: [\w'’-]+){0,3} \d{1,2}(?:[.:]\d{2})?[.,:]\d{2}\b"
)
# Words of a race, as the text writes them (looked for as text: most articles tell no race,
# and neither a pattern nor a lower-cased copy of the text is made for them)
_RACE_WORDS = (
    *(" løp", "hekk", "meter", "metres", "sekund", "seconds", " race", "sprint", " heat"),
    *("finale", " final", "Diamond League", "erdscup", "erdenscup", "World Cup"),
)


def _race_result(analysis: Analysis) -> int | None:
    """The first sentence that tells a race's finish with its time, in a race's report."""
    text = analysis.article.text
    if sum(word in text for word in _RACE_WORDS) < 3:
        return None
    return next(
        (s.position for s in analysis.all_sentences if _FINISHED.search(s.text) is not None),
        None,
    )


def _of_a_match(analysis: Analysis) -> bool:
    """Whether the article says two words of a match at least."""
    return len(set(_MATCH_WORDS.findall(analysis.article.text.lower()))) >= 2
