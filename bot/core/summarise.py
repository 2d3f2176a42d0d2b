"""Bullets: for every section, its most important sentences, cleaned and kept short.

Extractive on purpose: a bullet is the article's own words (bot.core.compress), so it
cannot invent a fact. Importance mixes position (news puts the point first),
centrality (words the article keeps returning to) and overlap with title and heading.
What a desk editor would cut is never a bullet: a fragment without a main clause, a
question, a quote without its speaker, a sentence opening on a pronoun whose referent
is not in the bullet before it, the same point made twice. The lead's news comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain, islice

from bot.core.analysis import Analysis, Sentence
from bot.core.attributions import NEWS_AFTER, attributed_once, in_quote_marks, said_anew
from bot.core.budget import same_voice, within_budget
from bot.core.candidates import Bullets, Candidate, SectionStream, counts_on
from bot.core.clause_choice import checker_for
from bot.core.clauses import MainClauses
from bot.core.compress import MAX_BULLET_WORDS, clean_sentence, shorten
from bot.core.copies import echoes
from bot.core.full_names import introduced
from bot.core.given_names import with_full_given_names
from bot.core.going_on import kind_told, without_also
from bot.core.hyphens import said_once
from bot.core.match_reports import result_sentence
from bot.core.model import QUESTION
from bot.core.named_before import indefinite, orphans_of
from bot.core.news_turn import FIGURES_SHOWN, REPORTS_FIGURES, news_after_background
from bot.core.openings import PRONOUNS
from bot.core.pronoun_names import named_subjects
from bot.core.ranking import (
    bullets_wanted,
    item_paragraphs,
    prose_beside_list,
    score_sentences,
    section_words,
)
from bot.core.repeats import repeats
from bot.core.roles import with_roles
from bot.core.speakers import ATTRIBUTION, SPEECH_VERBS, is_quote, speaker_unknown

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
_LEAD_SEARCH = 8  # the lead is among the first sentences, or the article has none
_NEWS_AFTER_QUOTE = 2  # a quote on top gives way to news within this many sentences
_LEANS_ON_SPEAKER = re.compile(
    r"\b(?:[Hh]an|[Hh]un|[Hh]o|[Hh]ans|[Hh]ennes|[Hh]ennar|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|"
    r"[Tt]heir|[Dd]eira|[Dd]eres)\b"
)
# A sentence that goes on from one before it, which a page's excerpt may not have: no lead.
_GOES_ON = re.compile(
    # («Også 72-åringen er tiltalt …» is the news, «også» left out: bot.core.going_on)
    r"[«“\"–—-]?\s*(?:(?:Men|Og|But|And|Likevel|Dessuten|Dessutan|Yet)\b"
    r"|(?:Også|Òg)\b(?! [A-ZÆØÅ0-9])"
    r"|(?:\S+\s+){1,5}(?:dermed|derfor|difor|likevel|therefore|thus)\b)"
)
# «…, sier forsvareren.», «…, seier leiaren i laget.»: a role for a speaker
_SAID_BY = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+[a-zæøå][\w-]*[.!]?(?:\s+\S+){{0,4}}$")
# (Norwegian «I» is «in»: «I andre tertial måtte pasientane …, skriv P4» is the paper's news)
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:[Ww]e|I|[Oo]ur)\b"),
    "no": re.compile(r"\b(?:[Vv]i|[Jj]eg|[Ee]g|[Mm]e|[Vv]år|[Vv]årt)\b"),
}


# A paper's scoop line is its news, after however many lines of scene: «NRK kan nå avdekke
# at …», «VG kan i dag avsløre …», «The Guardian can reveal …».
_SCOOP = re.compile(
    r"(?:\b[A-ZÆØÅ][\w.]*|\b[Vv]i|\bMe|\bWe) (?:kan|kunne|can) "
    r"(?:nå |no |i dag |i kveld |now |today )?"
    r"(?:avsløre|avdekke|avdekkje|dokumentere|reveal|disclose)\b"
)


def _scoop(analysis: Analysis, scores: dict[int, float], made: Bullets) -> Candidate | None:
    """The first sentences' scoop line, if one makes a bullet: the lead."""
    top = max(scores.values(), default=0.0) + 1.0
    for sentence in islice(analysis.all_sentences, _LEAD_SEARCH):
        if _SCOOP.search(sentence.text) and (text := made.of(sentence, lead=True)) is not None:
            terms = sentence.content_lemmas
            return Candidate(text, sentence.section, sentence.position, top, 0, terms, lead=True)
    return None


def _lead(
    analysis: Analysis, scores: dict[int, float], made: Bullets, ends: dict[int, int]
) -> Candidate | None:
    """The lead: the article's first sentence that makes a bullet and does not point back
    (`ends`: where each quote with its speaker ends, by its first sentence's position).

    Crossheads and captions above it make none, in its section or in sections before it
    (a page whose first block is only crossheads). «Det blir for snevert når ...» cannot
    point back when only they (no clause) come before it; «Det sier Støre» after a quote
    does. The lead is among the article's first sentences, or it has none.
    """
    clause_before = False
    untitled = not analysis.article.title
    top = max(scores.values(), default=0.0) + 1.0
    sentences = chain.from_iterable(
        ((s_index, sentence) for sentence in section.sentences)
        for s_index, section in enumerate(analysis.sections)
    )
    quoted: Candidate | None = None  # a quote on top, the lead unless news follows it
    quote_ends = 0
    told_of_speaker = False  # whether a sentence after it went on about its speaker
    for n, (s_index, sentence) in enumerate(islice(sentences, _LEAD_SEARCH)):
        if quoted is not None and n > quote_ends + _NEWS_AFTER_QUOTE:
            break
        if quoted is not None and n <= quote_ends:
            continue  # (the quote's own last sentence, «…, sier Siren Sundby.»: no news after it)
        text = made.of(sentence, lead=True)
        if text is not None and _GOES_ON.match(sentence.text):
            text = None  # «Men heilt avslappa er nok ikkje …», «… nærmer seg dermed …»
        # (with no title above it, the first sentence's «Det viser tall …», «Det avgjorde
        # tingretten i dag.» points at nothing)
        before = clause_before or (untitled and text is not None and _SOURCE_OF_IT.match(text))
        points_back = text is not None and (
            (made.pronoun(text) if before else made.personal(text) and not _says_what(text))
            or made.told(text)
            # (nor, with no title above it, «Mandag skjedde det igjen.», «A similar scenario
            # …»: the page's own start is lost)
            or (untitled and kind_told(text))
        )
        if text is not None and (not points_back or (n == 0 and counts_on(text))):
            found = Candidate(
                text, s_index, sentence.position, top, 0, sentence.content_lemmas, lead=True
            )
            # «– Vi hadde en stor utfordring, sier Tor Woldseth» over «Høyre, Frp og KrF er
            # enige om budsjettet»: a reader wants the news before a voice on it.
            # (but a body's report of figures is the news: «– … var strømprisen 199 øre per kWh
            # …, skriver NVE i sin nye ukesrapport»)
            said = _said(sentence.text, made.checker, analysis.article.language)
            if not said or REPORTS_FIGURES.search(text):
                if quoted is not None and (
                    (told_of_speaker and not FIGURES_SHOWN.search(text))
                    or _LEANS_ON_SPEAKER.search(text)
                    or _named_by_noun(text, analysis.all_sentences[quoted.position].text)
                ):
                    break  # «På målinga får partiet hans …»: it needs the quote naming him
                return news_after_background(analysis, made, found) or found
            if quoted is None:  # (the news may follow the quote's last sentence)
                quoted = replace(found, rank_in_section=n)
                quote_ends = n + max(
                    0, ends.get(sentence.position, sentence.position) - sentence.position
                )
        elif quoted is not None and points_back and _LEANS_ON_SPEAKER.match(sentence.text):
            # («– Eg skal gjere mitt beste, sa nyvald fylkesordførar Jon Askeland. Han vart
            # vald med 46 røyster.»: the story goes on from its quote, which leads)
            told_of_speaker = True
        clause_before = clause_before or made.checker.has_main_clause(sentence.text)
    return replace(quoted, rank_in_section=0) if quoted is not None else None


def _named_by_noun(text: str, quote: str) -> bool:
    """Whether a sentence opens on the quote's speaker by the noun the quote gave him
    («Teatersjefen trur …» after «…, seier Lyngstad, som tek til som ny teatersjef …»)."""
    first = text.split(maxsplit=1)[0].lower()
    stem = next((first[: -len(end)] for end in _DEFINITE_ENDS if first.endswith(end)), "")
    return len(stem) >= _NOUN_STEM and stem in quote.lower()


_DEFINITE_ENDS = ("en", "et", "a", "ane", "ene")
_NOUN_STEM = 6  # letters: a role's noun («teatersjef», «ordførar»), not a small word


# Where what the sentence before (or the title) said comes from: «Det viser tall …», «Dette
# kommer fram i …», «That's according to …».
_SOURCE_OF_IT = re.compile(
    r"(?:Det|Dette|That|This|It)(?:['’]s| is)? (?:viser|kom fram|kommer fram|går fram|gjekk fram|"
    r"bekrefter|stadfestar|opplyser|melder|skriver|skriv|sier|seier|according to|was revealed|"
    # (a court's or a board's decision, told in the headline: «Det avgjorde tingretten»)
    r"avgjorde|avgjer|bestemte|vedtok|besluttet|slo fast|fastslo|konkluderte|bekreftet|"
    r"stadfesta|decided|ruled|confirmed|announced|"
    # (an announcement, or who said it: «Det kunngjorde EU-kommisjonens president søndag.»)
    r"kunngjorde|annonserte|varslet|varsla|uttalte|sa|fortalte|fortalde)\b"
)


def _said(text: str, checker: MainClauses, language: str) -> bool:
    """A quote: opened by a quote's mark, or in the first person or without a verb and
    closed by its speaker («Vi hadde en stor utfordring, …, sier Tor Woldseth», «En gledens
    dag, sier forsvareren»; not «…, opplyser Forsvaret»)."""
    if is_quote(text):
        return True
    found = ATTRIBUTION.search(text) or _SAID_BY.search(text)
    if found is None:
        return False
    first_person = _FIRST_PERSON["en" if language == "en" else "no"]
    return bool(first_person.search(text)) or not checker.has_main_clause(text[: found.start()])


def select_bullets(analysis: Analysis, *, max_words: int | None = None) -> list[list[str]]:
    """Choose each section's bullets, in article order; `max_words` caps them all together."""
    result = result_sentence(analysis)  # (a match report's; read once a digest)
    scores = score_sentences(analysis, result)
    checker = checker_for(analysis.article.language, [s.text for s in analysis.all_sentences])
    bullets = _select(analysis, scores, Bullets(checker, analysis, scores), max_words, result)
    if not any(bullets) and any(QUESTION in s.kinds for s in analysis.article.sections):
        # An interview whose answers give none: the facts its questions open on.
        made = Bullets(checker, analysis, scores, premises=True)
        bullets = _select(analysis, scores, made, max_words, result)
    if not any(bullets) and any(
        speaker_unknown(s.text) and not is_quote(s.text) for s in analysis.all_sentences
    ):
        # A letter, a column or a club's match report in the writer's own «we» and «I»: his
        # words (a quote still needs its speaker).
        made = Bullets(checker, analysis, scores, own_voice=True)
        bullets = _select(analysis, scores, made, max_words, result)
    return bullets


def _says_what(text: str) -> bool:
    """«Dette er ein sorgens dag», seier X etter å ha fått vite at …: a cry on top whose
    sentence says what «dette» is, not what the headline said."""
    first = text.split(maxsplit=1)[0].strip('«“"').lower()
    return first in ("dette", "this") and NEWS_AFTER.search(text) is not None


def _select(
    analysis: Analysis,
    scores: dict[int, float],
    made: Bullets,
    max_words: int | None,
    result: int | None,
    reserved: int = 0,
) -> list[list[str]]:
    """The bullets; `result` is a match report's result sentence; `reserved` words of
    `max_words` are kept for the names a bullet's bare surname is written out to («…, seier
    Berglund» → «…, seier Ståle Berglund»)."""
    budget = None if max_words is None else max_words - reserved
    banned: frozenset[int] = frozenset()
    # A quote's first sentence said with its speaker ends where its last did («– A. B, sier
    # X.» → «A, sier X.»): «– C, sier hun.» after it points to X.
    ends = {head.position: tail for tail, head in made.quotes.tails.items()}
    lead = _scoop(analysis, scores, made) or _lead(analysis, scores, made, ends)
    # (the title, then each section's heading: where a noun may name its thing first)
    headings = [analysis.article.title, *(s.heading for s in analysis.article.sections)]
    titles = [(heading or "").lower() for heading in headings]
    texts = [(s.section, s.text.lower()) for s in analysis.all_sentences]
    # A bullet opening on «Han» whose referent was not chosen is replaced, and so on (not a
    # match's result: «Dermed ender det 2-2» says it on its own).
    kept_whole = frozenset(() if result is None else (result,))
    for _ in range(4):
        chosen = _choose(analysis, scores, made, banned, lead, budget)
        orphans = orphans_of(chosen, titles, texts, ends, analysis.all_sentences) - kept_whole
        if not orphans:
            break
        if not _introduce(analysis, chosen, orphans, made):
            banned |= orphans  # (else chosen again, as they now read: «En mann …» is longer)
    else:
        orphans = orphans_of(chosen, titles, texts, ends, analysis.all_sentences) - kept_whole
        chosen = [c for c in chosen if c.position not in orphans]
    by_section: list[list[Candidate]] = [[] for _ in analysis.sections]
    for candidate in chosen:
        by_section[candidate.section].append(candidate)
    chosen_at = {c.position for c in chosen}
    # (and the sentence after the lead with it: «Derfor har de …» goes on from it)
    after_lead = {c.position + 1 for c in chosen if c.lead}
    ordered = [
        sorted(group, key=lambda c: (not c.lead and c.position not in after_lead, c.position))
        for group in by_section
    ]
    bullets = [  # (the lead first)
        [
            said_anew(c.text, True)
            if c.position - 1 in chosen_at
            else said_anew(without_also(c.text), False)
            for c in group
        ]
        for group in ordered
    ]
    every = analysis.all_sentences
    # («Han ble tidlig hengt av.» → «Pellegrino ble …»: whom the sentence before named)
    before = [[every[c.position - 1].text if c.position else None for c in g] for g in ordered]
    bullets = named_subjects(bullets, before, analysis.article.language)
    # (words an edit left twice, said once: read in the chosen bullets alone)
    named, left_out = introduced(bullets, analysis.article.text, max_words)
    named = with_full_given_names(named, analysis.article.text, max_words)
    named = with_roles(named, analysis.article.text, max_words)
    if left_out and not reserved and max_words is not None and left_out < max_words // 4:
        # A reader needs whom a surname names: with no words left for the full name, the
        # bullets are chosen again with room for it.
        return _select(analysis, scores, made, max_words, result, left_out)
    once = attributed_once([[said_once(bullet) for bullet in section] for section in named])
    # (a quote a dash opened, its dash gone with the bullet's start: in quote marks)
    unsaid = made.quotes.unattributed
    spoken = [[_dash_quoted(every, c.position, unsaid) for c in group] for group in ordered]
    return in_quote_marks(once, analysis.article.language, spoken)


def _dash_quoted(every: Sequence[Sentence], position: int, unsaid: set[int]) -> bool:
    """Whether a quote's dash opened the sentence, or its paragraph, the quote not closed by
    a speaker before it (`unsaid`: the sentences quoted, their speaker not yet named): «–
    Heilt klart årsverste. | Ein kollektiv kollaps etter pause, seier Florø-trenar Terje
    Rognsø.» is his quote too (not B of «– A, sier X. B, sa han til NRK.»: the writer's)."""
    sentence = every[position]
    if sentence.text.startswith(_DASHES):
        return True
    at = position
    while at > 0 and (every[at - 1].section, every[at - 1].paragraph) == (
        sentence.section,
        sentence.paragraph,
    ):
        at -= 1
        if at not in unsaid:
            return False
    return at < position and every[at].text.startswith(_DASHES)


def _introduce(
    analysis: Analysis, chosen: list[Candidate], orphans: frozenset[int], made: Bullets
) -> bool:
    """Orphans that open on a person the story named before by a noun («Mannen er nå siktet
    for drapsforsøk.») open on the indefinite from now on («En mann er nå siktet …»): the
    digest's first word on him. Whether any did."""
    found = False
    for candidate in chosen:
        if candidate.position in orphans and not candidate.lead:
            before = " ".join(c.text for c in chosen if c.position < candidate.position)
            if _SOMEONE.search(before):
                continue  # («… få mannen ut av bilen»: he may be the one; «En mann» another)
            sentence = analysis.all_sentences[candidate.position]  # (not a quote's «– Mannen»)
            text = None if sentence.text.startswith(_QUOTED) else made.of(sentence)
            retold = indefinite(text, analysis.article.language) if text else None
            if retold is not None:
                made.retell(candidate.position, retold)
                found = True
    return found


# A person the bullets before already tell of, whom «Mannen» may be: a personal pronoun, a
# patient, a driver, a victim, one charged, a father, one of the people a crash involved.
_SOMEONE = re.compile(
    r"\b(?:[Hh]an|[Hh]un|[Hh]o|[Hh]e|[Ss]he|\w*(?:mannen|kvinnen|kvinna|pasienten|sjåføren|"
    r"føreren|føraren|offeret|siktede|sikta|patient|driver|victim|suspect|tiltalte|domfelte|"
    r"dømde|dømte|åringen|defendant|accused|teenager|faren|father|personer|personar|people|"
    # (one on the road, at sea, in the mountains: «A motorist was killed …» over «The man …»)
    r"motorist|cyclist|pedestrian|passenger|rider|biker|hiker|climber|swimmer|bilist|"
    r"bilisten|syklist|syklisten|fotgjenger|fotgjengeren|passasjer|passasjeren|motorsyklist"
    r"|motorsyklisten|turgåer|turgåeren|fører))\b"
)


def _choose(
    analysis: Analysis,
    scores: dict[int, float],
    made: Bullets,
    banned: frozenset[int],
    lead: Candidate | None,
    max_words: int | None,
) -> list[Candidate]:
    # Candidates are made lazily: a digest reads a few of each section's, not all.
    streams = [
        SectionStream(s_index, section, scores, made, banned, lead)
        for s_index, section in enumerate(analysis.sections)
    ]
    chosen: list[Candidate] = []
    for s_index, (section, stream) in enumerate(zip(analysis.sections, streams, strict=True)):
        # A lead of two sentences is the news and its point: both come first.
        pair = s_index == 0 and len(section.sentences) == 2
        wanted = 2 if pair else bullets_wanted(len(section.sentences), section_words(section))
        items = item_paragraphs(made.kinds[s_index])
        if items:
            # (and one more for the section's own news, if it makes a bullet: not «God morgen!»)
            prose = prose_beside_list(section, made.kinds[s_index])
            beside = bool(prose) and made.of(made.ranked[s_index][0]) is not None
            wanted = max(wanted, min(len(items), _MAX_LIST_BULLETS) + beside)
        picked = 0
        while picked < wanted:  # test first: a candidate pulled is gone from the stream
            candidate = stream.next()
            if candidate is None:
                break
            told = repeats(candidate.terms, chosen, candidate.text)
            if told or echoes(candidate.text, (c.text for c in chosen)):
                continue
            if same_voice(made, candidate.position, candidate.text, chosen):
                continue
            chosen.append(replace(candidate, rank_in_section=0 if pair else picked))
            picked += 1
    if max_words is not None:
        chosen = within_budget(chosen, streams, max_words, made)
    return chosen


_DASHES = ("–", "—", "-")  # a quote's dash, as the page wrote it
_QUOTED = (*_DASHES, "«", "“", '"')
