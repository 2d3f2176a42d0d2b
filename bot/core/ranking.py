"""Rank a section's sentences: position, centrality, title overlap; lists item by item.

News puts the point first, so position weighs most; centrality (lemmas the article
keeps returning to) and overlap with the title and heading break the ties. Under a
crosshead, where a part may open on its scene, what a sentence tells (a number, a name, an
outcome) weighs too. A list of news items or a live blog is read item by item, and a long
feature part by part.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain, repeat

from bot.core.analysis import Analysis, SectionAnalysis, Sentence
from bot.core.case_blind import CaseBlind
from bot.core.model import LIST_ITEM, LIVE_ENTRY
from bot.core.text import FIGURE

# Sections this long (features) get bullets from every part, not only from the top.
LONG_SECTION_WORDS = 2000
_MIN_LIST = 3  # list items or live entries that make a section a list
_HEADLINE_WORDS = 5  # an item's opener this short is its headline («Knivstikking i Tromsø.»)
_NO_WEIGHT = repeat(0.0)


def bullets_wanted(n_sentences: int, n_words: int) -> int:
    """One to three bullets a section; more only for long sections."""
    if n_sentences <= 2 or n_words < 60:
        return 1
    if n_sentences <= 5:
        return 2
    if n_words <= 400:
        return 3
    return min(6, 3 + (n_words - 400) // 250)


def score_sentences(analysis: Analysis, result: int | None) -> dict[int, float]:
    """Score every sentence of the article by position, centrality and title overlap;
    `result`, a match report's result sentence (bot.core.match_reports), above them all."""
    # In how many sentences each lemma occurs.
    frequency = Counter(chain.from_iterable(s.content_lemmas for s in analysis.all_sentences))
    # The log of each lemma's frequency, once an article rather than once a sentence.
    weights = {t: math.log(n) for t, n in frequency.items() if n > 1}
    title_terms = {w.lemma for w in analysis.title_words if w.content}
    tuned = WEIGHTS  # (read once a call, not once a sentence)
    w_position, w_lead, w_central = tuned["position"], tuned["lead"], tuned["central"]
    w_overlap, decay, lead_decay = tuned["overlap"], tuned["decay"], tuned["lead_decay"]
    scores: dict[int, float] = {}
    for s_index, section in enumerate(analysis.sections):
        own_terms = {w.lemma for w in section.heading_words if w.content}
        heading_terms = own_terms | title_terms
        heading_norm = len(heading_terms) ** 0.5 + 1.0
        # A crosshead's noun names what its sentences tell by the verb: «Full frifinnelse»
        # over «Tiltalte frifinnes på alle punkter».
        stems = {t[:_STEM] for t in own_terms if len(t) > _STEM} - {t[:_STEM] for t in title_terms}
        # (and its figure: «208.000 pukkellaks i 2021» over «Totalt ble 208.000 pukkellaks …»)
        figures = FIGURE.findall(section.heading) if s_index and section.heading else []
        for sentence in section.sentences:
            terms = sentence.content_lemmas
            if not terms:
                scores[sentence.position] = 0.0
                continue
            # A lemma without a weight adds 0.0, which changes no sum: look-ups at C speed.
            centrality = sum(map(weights.get, terms, _NO_WEIGHT))
            centrality /= math.sqrt(len(terms)) + 1.0
            shared = len(terms & heading_terms)
            if stems and not shared:
                shared = sum(1 for t in terms if t[:_STEM] in stems)
            overlap = shared / heading_norm if heading_terms else 0.0
            position = 1.0 / (1.0 + decay * sentence.index)
            lead = 1.0 / (1.0 + lead_decay * sentence.position)
            n = sentence.n_words
            # (a short sentence that gives a figure is news: «Inflasjonen er nå på 6,3 prosent.»)
            figure = 5 <= n < 8 and _AMOUNT.search(sentence.text) is not None
            length = 1.0 if 8 <= n <= 40 or figure else 0.6
            if _DEFINES_WORD.found(sentence.text[:60]) and _DEFINITION.match(sentence.text):
                length *= _DEFINITION_WEIGHT  # «Salmonella is a group of bacteria that …»
            # Under a crosshead a part may open on its scene; the lead's news comes first; and
            # the sentence that says the crosshead's own words is the one it announces
            # («Slo med spade» over «… skal så ha tatt en spade og forsøkt å slå …»).
            facts = _facts(sentence) if s_index else 0.0
            if s_index and own_terms and not terms.isdisjoint(own_terms):
                facts += ANNOUNCED_WEIGHT
            if figures and any(figure in sentence.text for figure in figures):
                facts += ANNOUNCED_WEIGHT
            scores[sentence.position] = (
                w_position * position
                + w_lead * lead
                + w_central * centrality
                + w_overlap * overlap
                + FACT_WEIGHT * facts
            ) * length
    # A match report's result comes before its colour («Dermed ender det 2-2»).
    if result is not None:
        scores[result] = max(scores.values()) + _RESULT_LEAD
    return scores


# A figure with its unit: «6,3 prosent», «2.950 kroner», «$3.35» (not «Grunn nr. 3»)
_AMOUNT = re.compile(
    r"[$€£]\d|\d(?:[\d.,]*\d)? ?(?:%|prosent|per ?cent|kroner|kr\b|øre|dollars?|euros?|pounds?"
    r"|millioner|milliarder|mill\.|mrd\.|millions?|billions?)"
)
_STEM = 6  # letters two words of one stem share: «frifinnelse», «frifinnes»
# What a thing is, as a reference book tells it: background to any story about it, not news
# («Salmonella is one of the most common causes of …», «Most people with X develop …»).
_DEFINES_WORD = CaseBlind(r" is | are | er |^most people")
_DEFINITION = re.compile(
    r"(?:[A-Z][\w-]+ ){1,2}(?:is|are) (?:a|an|one of the)(?: \w+)?(?: \w+)? (?:group|type|kind|"
    r"family|class|form|causes?|sources?) of\b|Most people (?:with|who)\b"
    r"|(?:[A-ZÆØÅ][\w-]+ ){1,2}er (?:en|ei|et|ein|eit) (?:\w+ )?(?:gruppe|type|form|fellesnavn|"
    r"samlebetegnelse|samlenamn) (?:av|på|for)\b"
    # («Ei naudlanding er når …», «A recession is when …», «Kort forklart er styringsrenta …»)
    r"|(?:[A-ZÆØÅ][\w-]* )?[\w-]+ (?:er|is) (?:når|when)\b|(?:Kort|Enkelt) forklart (?:er|betyr)\b"
)
_DEFINITION_WEIGHT = 0.5
_RESULT_LEAD = 0.5  # above every sentence of the report (the lead, its own, stays first)

# Weights tuned on NorSumm dev with bench/quality.py (see the README's figures).
WEIGHTS = {
    "position": 2.0,
    "decay": 0.6,
    "lead": 0.6,
    "lead_decay": 0.15,
    "central": 0.1,
    "overlap": 0.5,
}


# Not tuned on NorSumm (its articles have no crossheads): read on the reader pages, where a
# part's scene («Stemninga i hallen var elektrisk») stood before its results.
FACT_WEIGHT = 0.8
ANNOUNCED_WEIGHT = 1.0  # (in FACT_WEIGHT's units)
_OUTCOME = frozenset(
    (  # noqa: SIM905 (a list of words reads best as words)
        "vant vann tapte tapa won beat lost dømt dømd dømde frifunnet frifunne henlagt henlagd "
        "siktet sikta tiltalt tiltala pågrepet pågripen arrestert arrested charged sentenced "
        "acquitted convicted vedtok vedtatt vedteke approved passed rejected avviste "
        "godkjente godkjende omgjort døde døydde omkom killed died skadd skadet injured "
        "evakuert evacuated resigned stengt stengd closed "
        # (a verdict, an election, a result as the news tells it: «Tiltalte frifinnes på alle
        # punkter», «Støre ble gjenvalgt», «Dermed sikret Godset sin første seier»)
        "frifinnes frifinnast frikjent frikjend domfelt domfelte dømmes dømast fined jailed "
        "cleared gjenvalgt gjenvald valgt vald elected re-elected utnevnt utnemnd appointed "
        "løslatt lauslatne sikret sikra seier siger victory defeat uendret unchanged"
    ).split()
)


def _facts(sentence: Sentence) -> float:
    """What a sentence tells beyond its scene: a number, a name, an outcome (0 to 1)."""
    names = sum(1 for t in sentence.content_lemmas if t[:1].isupper())
    number = any(c.isdigit() for c in sentence.text)
    outcome = any(w.surface.lower() in _OUTCOME for w in sentence.words)
    return (min(names, 2) / 2 + number + outcome) / 3


def item_paragraphs(kinds: tuple[str, ...]) -> list[int]:
    """The paragraphs that are list items or live entries, when a section has a list."""
    items = [i for i, kind in enumerate(kinds) if kind in (LIST_ITEM, LIVE_ENTRY)]
    return items if len(items) >= _MIN_LIST else []


def prose_beside_list(section: SectionAnalysis, kinds: tuple[str, ...]) -> list[Sentence]:
    """A section's own prose of two sentences or more beside its list («Frp og Høyre stemte
    mot. …» before «Dette skjer nå: 1. … 2. …»); none for a live blog, whose text beside
    its entries is its summary."""
    if LIVE_ENTRY in kinds or LIST_ITEM not in kinds:
        return []
    prose = [s for s in section.sentences if kinds[s.paragraph] not in (LIST_ITEM, LIVE_ENTRY)]
    return prose if len(prose) >= 2 else []


def ranked(
    section: SectionAnalysis, scores: dict[int, float], kinds: tuple[str, ...] = ()
) -> list[Sentence]:
    """A section's sentences, best first; a long one's taken in turn from each of its parts."""
    sentences = section.sentences
    n_words = section_words(section)
    by_score = lambda s: (-scores[s.position], s.position)  # noqa: E731
    items = item_paragraphs(kinds)
    if items:
        # A list of news or a live blog: each item's opening sentence, in the order the
        # page gives them (a blog newest first), then the rest by score.
        # An item that opens on a headline's few words («Knivstikking i Tromsø sentrum.»)
        # gives its next sentence in the same turn: the opener makes no bullet.
        by_item: dict[int, list[Sentence]] = {}
        for sentence in sentences:
            if sentence.paragraph in items:
                by_item.setdefault(sentence.paragraph, []).append(sentence)
        firsts: list[Sentence] = []
        for opener, *rest in by_item.values():
            firsts.append(opener)
            if rest and opener.n_words <= _HEADLINE_WORDS:
                firsts.append(rest[0])
        # The section's own news before its list's items.
        prose = prose_beside_list(section, kinds)
        if prose:
            firsts.insert(0, min(prose, key=by_score))
        taken = {s.position for s in firsts}
        return firsts + sorted((s for s in sentences if s.position not in taken), key=by_score)
    if n_words < LONG_SECTION_WORDS:
        return sorted(sentences, key=by_score)
    n_parts = bullets_wanted(len(sentences), n_words)
    parts: list[list[Sentence]] = [[] for _ in range(n_parts)]
    running = 0
    for sentence in sentences:
        parts[min(n_parts - 1, running * n_parts // n_words)].append(sentence)
        running += sentence.n_words
    ranked_parts = [sorted(part, key=by_score) for part in parts]
    # Round robin: the best of every part, then the second of every part, ...
    return [s for row in _zip_longest(ranked_parts) for s in row]


def _zip_longest(lists: list[list[Sentence]]) -> Iterator[list[Sentence]]:
    for i in range(max((len(x) for x in lists), default=0)):
        yield [x[i] for x in lists if i < len(x)]


def section_words(section: SectionAnalysis) -> int:
    return sum(sentence.n_words for sentence in section.sentences)
