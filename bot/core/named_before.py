"""Bullets that open on a thing the story named before: «Selskapet …», «The talks …».

A reader takes «the talks» for talks he was told of; a bullet opening so needs the title,
its heading or a bullet before it to have named them, or the sentence that did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.analysis import Sentence, Word
from bot.core.candidates import Candidate

# «Selskapet …», «Den polske sjåføren …», «The driver …»: a thing or person the story named
# before by a noun; a bullet opening so needs that noun in the title or a bullet before it.
_NOUN_NAMED_BEFORE = {
    "selskapet": "selskap", "firmaet": "firma", "bedriften": "bedrift", "konsernet": "konsern",
    "hendelsen": "hendelse", "hendinga": "hending", "episoden": "episode", "ulykken": "ulykke",
    "ulukka": "ulukk", "mannen": "mann", "kvinnen": "kvinn", "kvinna": "kvinn",
    "sjåføren": "sjåfør", "føreren": "fører", "føraren": "førar", "gutten": "gutt",
    "jenta": "jent", "company": "company", "firm": "firm", "incident": "incident",
    "accident": "accident", "driver": "driver", "victim": "victim", "suspect": "suspect",
    # an airline, a festival, a study, a fine, a deal named before by its name
    "gebyret": "gebyr", "boten": "bot", "avtalen": "avtal", "festivalen": "festival",
    "studien": "studie", "rapporten": "rapport", "carrier": "carrier", "airline": "airline",
    "aksjen": "aksje", "filmen": "film", "boka": "bok", "boken": "bok",
    "event": "event", "festival": "festival",
    # a person the story named before by a noun: «The man received minor injuries.»
    "man": "man", "woman": "woman", "boy": "boy", "girl": "girl", "teenager": "teen",
    "couple": "couple", "pair": "pair", "personen": "person", "vedkommende": "person",
    "vedkommande": "person", "paret": "par", "tenåringen": "tenåring",
    # a court's verdict the story named before: «Dommen var i tråd med påstanden.»
    "dommen": "dom",
    # a statement, a decision, a fire named before: «I meldingen heter det …», «Vedtaket …»
    "meldingen": "melding", "meldinga": "melding", "pressemeldingen": "pressemelding",
    "pressemeldinga": "pressemelding", "statement": "statement", "vedtaket": "vedtak",
    "decision": "decision", "brannen": "brann", "uttalelsen": "uttal", "fråsegna": "fråsegn",
    # a change or a closure named before: «Endringen kommer etter …», «Nedleggingen var …»
    "endringen": "endring", "endringa": "endring", "nedleggingen": "nedlegg",
    "nedlegginga": "nedlegg", "nedleggelsen": "nedlegg",
    # a plane, a permit, an alarm, statements named before: «Flyet tok av fra Flesland …»
    "flyet": "fly", "plane": "plane", "aircraft": "aircraft", "tillatelsen": "tillatels",
    "løyvet": "løyv", "alarmen": "alarm", "uttalelsene": "uttalels", "permit": "permit",
    # a band, an actor, a series, a quota, a find, a slide named before: «Bandet er blant …»
    "bandet": "band", "duoen": "duo", "band": "band", "duo": "duo", "actor": "actor",
    "skuespilleren": "skuespiller", "skodespelaren": "skodespelar", "actress": "actress",
    "serien": "serie", "series": "series", "kvoten": "kvote", "quota": "quota",
    "funnet": "funn", "raset": "ras", "skredet": "skred", "landslide": "landslide",
    # a survey's answers, a plan, a rule, a club, a recall named before: «Svarene er gitt i …»
    "svarene": "svar", "svara": "svar", "undersøkelsen": "undersøk", "undersøkinga": "undersøk",
    "survey": "survey", "handlingsplanen": "handlingsplan", "forskriften": "forskrift",
    "forskrifta": "forskrift", "klubben": "klubb", "club": "club", "kvantumet": "kvantum",
    "statistikken": "statistikk", "recall": "recall", "derailment": "derail",
    "avsporingen": "avsporing", "avsporinga": "avsporing", "announcement": "announce",
    # a union, a scheme, an offer, a drug, a proposal named before: «Forbundet er skuffet …»
    "forbundet": "forbund", "ordningen": "ordning", "ordninga": "ordning", "tilbudet": "tilbud",
    "tilbodet": "tilbod", "legemiddelet": "legemiddel", "forslaget": "forslag", "union": "union",
    "scheme": "scheme", "drug": "drug", "proposal": "proposal", "tiltaket": "tiltak",
}  # fmt: skip
# «Resultatet var sår i tinningen …», «Årsaken var …», «The move comes …»: what the sentence
# just before told; a bullet opening so needs that sentence before it (or the title's word).
_POINTS_BACK = {
    "resultatet": "resultat", "årsaken": "årsak", "grunnen": "grunn", "straffen": "straff",
    "straffa": "straff", "reaksjonen": "reaksjon", "konsekvensen": "konsekvens",
    "følgen": "følge", "oppfordringen": "oppfordring", "oppmodinga": "oppmoding",
    "result": "result", "reason": "reason", "move": "move", "response": "response",
    # «Saken skal opp i lagmannsretten»: the case the sentence before told of
    "saken": "sak", "saka": "sak", "case": "case",
    # «Bakgrunnen er den rekordlave fyllingen»: the background to what the sentence before told
    "bakgrunnen": "bakgrunn", "background": "background",
    # «Utviklingen viser …», «Tallene viser …»: the trend or the figures the one before gave
    "utviklingen": "utvikling", "utviklinga": "utvikling", "tallene": "tall", "tala": "tal",
    # «De gode resultatene skyldes …»: the results the one before gave
    "resultatene": "resultat", "resultata": "resultat", "results": "result",
}  # fmt: skip
# («I meldingen heter det …», «In the statement, …»: the thing where its words are)
_DEFINITE_OPENING = re.compile(
    r"(?:(?:I|In|Ifølge|Ifølgje|According to)\s+)?(?:(Den|Dei|De|The)\s+(?:[\w-]+\s+){0,3}?)?"
    r"([\w-]+)\b",
    re.IGNORECASE,
)


def _opening_noun(text: str) -> str:
    """The word a bullet opens on, or after «De», «The» the first of its next few words that
    names what the sentence before told: «resultatene» of «De gode resultatene skyldes …»."""
    found = _DEFINITE_OPENING.match(text)
    if found is None:
        return ""
    word = found.group(2).lower()
    if found.group(1) and word not in _POINTS_BACK and word not in _NOUN_NAMED_BEFORE:
        # (not a person the one before named by name: «The Spanish teenager …» of Alcaraz)
        for after in text[found.end() :].split(maxsplit=3)[:3]:
            if (noun := after.strip(",.").lower()) in _POINTS_BACK:
                return noun
    return word


def definite_orphans(
    chosen: list[Candidate],
    titles: list[str],
    texts: list[tuple[int, str]],
    sentences: Sequence[Sentence] = (),
) -> set[int]:
    """Bullets opening on such a noun («Selskapet har …») that neither the title, nor their
    section's heading, nor a bullet before in their section names: the reader takes it for
    another («Selskapet» read as the firm the section before named). So are those whose
    noun the story last named in a sentence left out («Panteselskapet Tomra …» before
    «Selskapet har blitt …», under a bullet on another firm). (`texts`: each sentence's
    section and its text in lower case, by position; `sentences`: the article's, by position.)"""
    orphans: set[int] = set()
    given = {c.position for c in chosen}
    by_position = {c.position: c.text for c in chosen}
    for candidate in chosen:
        word = _opening_noun(candidate.text)
        if word in _POINTS_BACK and not candidate.lead:
            told = _POINTS_BACK[word]
            headed = told in titles[0] or told in titles[candidate.section + 1]
            if candidate.position - 1 not in given and not headed:
                orphans.add(candidate.position)
            continue
        if _AGED.fullmatch(word) and not candidate.lead:
            # «24-åringen …», «The 31-year-old …»: whom? (the age said before: «(24)», «24 år»)
            age = re.compile(rf"\b{word[: word.index('-')]}\b")
            said = [c.text for c in chosen if c.position < candidate.position]
            aged = any(age.search(text) for _, text in texts[: candidate.position])
            if aged and not any(age.search(text) for text in (titles[0], *said)):
                orphans.add(candidate.position)  # (the story's only name for him: it stays)
            continue
        stem = _NOUN_NAMED_BEFORE.get(word) or _event_told(word, candidate.text)
        if stem is None and (role := _role_told(word, candidate.text)):
            # («DNB-økonom Kari Moe tror …» given just before «Sjeføkonomen mener …»: her)
            stem = None if candidate.position - 1 in given else role
        loose = stem is None and not candidate.lead
        if loose and (
            (candidate.position - 1 not in given and _told_just_before(candidate, titles, texts))
            or _named_earlier(candidate, chosen, titles, texts, sentences)
        ):
            orphans.add(candidate.position)  # «The talks began this month.», «Varselskuddet …»
            continue
        if stem is None or candidate.lead:
            continue
        before = [
            c.text.lower()
            for c in chosen
            if c.position < candidate.position
            # (a section before's only where it introduced the thing, indefinite: «Mannen ble
            # hentet …» under a crosshead, after the lead's «en 34 år gammel mann»)
            and (
                c.section == candidate.section or re.search(rf"{re.escape(stem)}\b", c.text.lower())
            )
        ]
        named = (titles[0], titles[candidate.section + 1], *before)  # (all in lower case)
        if not any(stem in text for text in named):
            just_before = by_position.get(candidate.position - 1, "")
            if stem in _PERSONS and _AGED_NAME.search(just_before):
                continue  # «… den sakna Marita Sælen (46) …» just before «Kvinna vart meldt …»
            orphans.add(candidate.position)
            continue
        # The sentence that last named it (not one that points back to it as well).
        at = candidate.position - 1
        while at >= 0 and texts[at][0] == candidate.section:
            if stem in texts[at][1] and not texts[at][1].startswith(word):
                if at not in given:
                    orphans.add(candidate.position)
                break
            at -= 1
    return orphans


# A person the noun names, and one named with her age: «Marita Sælen (46)»
_PERSONS = frozenset("mann kvinn gutt jent person tenåring man woman boy girl teen".split())  # noqa: SIM905
_AGED_NAME = re.compile(r"[A-ZÆØÅ][\w'’-]+ \(\d{1,3}\)")


# «The talks began this month.», «The ad, which runs on …», «The peak had been expected
# …»: English «the» and a noun the sentence just before introduced («UAW contract talks»).
# (Not the bodies every story names so without an introduction: «The police said».)
_THE_NOUN = re.compile(r"The ([a-z][a-z-]+)\b")
_KNOWN_BODIES = frozenset(
    "police government court council city state country president prime minister army "  # noqa: SIM905
    "military public world company weather fire storm prosecution defence defense "
    "judge jury family families men women central federal national local".split()
)


def _told_just_before(
    candidate: Candidate, titles: list[str], texts: list[tuple[int, str]]
) -> bool:
    """Whether a bullet opens on «The» and a noun only the sentence just before it, left
    out, names: not the title, the section's heading or a sentence earlier still."""
    found = _THE_NOUN.match(candidate.text)
    if found is None or (noun := found.group(1)) in _KNOWN_BODIES:
        return False
    at = candidate.position - 1
    if at < 0 or texts[at][0] != candidate.section:
        return False
    stem = noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun
    named = re.compile(rf"\b{re.escape(stem)}")
    if named.search(titles[0]) or named.search(titles[candidate.section + 1]):
        return False
    if not named.search(texts[at][1]):
        return False
    # (named earlier too: the reader may know it from a bullet before; the rule above asks)
    return not any(named.search(text) for _, text in texts[max(0, at - 3) : at])


def orphans_of(
    chosen: list[Candidate],
    titles: list[str],
    texts: list[tuple[int, str]],
    ends: dict[int, int],
    sentences: Sequence[Sentence],
) -> frozenset[int]:
    """Bullets opening on a pronoun whose bullet before is not the sentence just before, or
    on a noun for a thing named before that no bullet before names. (`ends`: a quote's first
    sentence given with its speaker → its last, whose words it ends on.)"""
    orphans: set[int] = definite_orphans(chosen, titles, texts, sentences)
    by_section: dict[int, list[Candidate]] = {}
    for candidate in chosen:
        by_section.setdefault(candidate.section, []).append(candidate)
    for group in by_section.values():
        group.sort(key=lambda c: c.position)
        for before, candidate in zip([None, *group], group, strict=False):
            if not candidate.pronoun:
                continue
            if (
                before is None
                or candidate.position - ends.get(before.position, before.position) != 1
            ):
                orphans.add(candidate.position)
    return frozenset(orphans)


# A noun's definite endings after its lemma (or the lemma less its last «e»: «kvinna»).
_DEFINITE_ENDS = ("en", "et", "a", "n", "t", "ene", "ane", "ne", "na")
# Bodies every story names so without an introduction, though a sentence before named them
# («… hjelp fra politi og ambulanse.» over «Politiet rykket ut …», «Sentralbanken …»).
_KNOWN_BODIES_NO = frozenset(
    "politi regjering kommune rett tingrett lagmannsrett stat storting brannvesen "  # noqa: SIM905
    "ambulanse helsevesen sykehus sjukehus sentralbank fylkeskommune kommunestyre bystyre "
    "formannskap statsforvalter fylkesmann vegvesen kystverk barnevern legevakt "
    "redningssentral".split()
)


def _named_earlier(
    candidate: Candidate,
    chosen: list[Candidate],
    titles: list[str],
    texts: list[tuple[int, str]],
    sentences: Sequence[Sentence],
) -> bool:
    """Whether a bullet opens on a noun in its definite form («Reforma seier at …», «The
    inspectors then listed …») that a sentence earlier in its section, left out, named
    («… pensjonsreforma i 2011.», «Inspectors visited the unit …»), and that neither the
    title, its heading nor a bullet before it names: the reader was never told of it.
    (Not the bodies every story names so: «Politiet», «The police».)"""
    if not sentences or not (sentence := sentences[candidate.position]).words:
        return False
    first = sentence.words[0]
    the = _THE_NOUN.match(candidate.text)
    if the and the.group(1) not in _KNOWN_BODIES and len(sentence.words) > 1:
        first = sentence.words[1]  # «The inspectors then listed …»: those the story sent
        if first.name or not first.content:
            return False
    elif first.name or not first.content or not _definite(first.surface, first):
        return False
    lemma = first.lemma
    if not the and not candidate.text.startswith(first.surface):
        return False  # (a bullet retold: «En mann …» for «Mannen …»)
    if lemma in _KNOWN_BODIES_NO or lemma in titles[0] or lemma in titles[candidate.section + 1]:
        return False
    start = candidate.position - sentence.index

    def names(s: Sentence) -> bool:  # (or a Norwegian compound of it: «pensjonsreforma»)
        if lemma not in texts[s.position][1]:
            return False  # (most sentences: not a letter of it)
        lemmas = s.content_lemmas
        return lemma in lemmas or (not the and any(n.endswith(lemma) for n in lemmas))

    if any(names(sentences[c.position]) for c in chosen if c.position < candidate.position):
        return False
    return any(names(s) for s in sentences[start : candidate.position])


def _definite(surface: str, word: Word) -> bool:
    surface, lemma = surface.lower(), word.lemma
    return surface != lemma and any(
        surface.endswith(end) and surface[: -len(end)] in (lemma, lemma[:-1])
        for end in _DEFINITE_ENDS
    )


# «Avgjørelsen ble anket.», «Siktelsen lyder på drap.», «Fellingstillatelsen gjelder …»: an event's
# noun, its definite form first, tells of a decision or a charge the story told before (not
# «Utbyggingen av E39 starter …»: what it is of, said with it).
# (Of «-else» only: «-ing» names a state or a scheme as often, «Fastlegeordningen»; nor a
# body, «Ledelsen», «Stiftelsen».)
_EVENT_ENDS = ("elsen", "elsa")
_BODIES = ("ledels", "stiftels", "bevegels")
_OF = (" av ", " of ", " til ", " for ", " om ", " på ")


def _event_told(word: str, text: str) -> str | None:
    if len(word) < 9 or not word.endswith(_EVENT_ENDS) or text[:1].lower() != word[:1]:
        return None  # (and first in the bullet: not «Ifølge tiltalebeslutningen»)
    if text[len(word) : len(word) + 5].lower().startswith(_OF):
        return None
    stem = word[: word.rindex("els") + 3]
    # (its last letters: «Fellingstillatelsen» after «… ga tillatelse til felling»)
    return None if stem.endswith(_BODIES) else stem[-9:]


def _role_told(word: str, text: str) -> str | None:
    """«Sjeføkonomen mener …», «Forsvareren sier …»: the person the story named before by a
    role, first in the bullet (its stem, «sjeføkonom», what a bullet before must say)."""
    if not word.endswith("en") or len(word) < 7 or text[:1].lower() != word[:1]:
        return None
    stem = word[:-2]
    return stem if stem.endswith(_ROLE_NOUNS) else None


# A person by age: «24-åringen», «the 31-year-old», «den 15 år gamle gutten»
_AGED = re.compile(r"\d{1,3}-(?:åringen|åringa|year-old|year-old's|year-old’s)")
# (someone's, whom the story named: not an office its place has one of, «Ordføraren i
# kommunen», «Helseministeren»)
_ROLE_NOUNS = ("økonom", "forsvarer", "forsvarar", "trener", "trenar", "advokat", "aktor")


# A person the story named before by a noun, in the indefinite: «Mannen er nå siktet …» as
# the digest's first word on him is «En mann er nå siktet …» (Nynorsk «Ein mann», «Ei
# kvinne»; English «A man»). (Not a thing: «Selskapet» is one the reader must know; nor a
# role a thing told of implies: «Føreren var alene i bilen» is the car's driver, not «En
# fører», another one.)
_INDEFINITE = {
    "nb": {
        "Mannen": "En mann", "Kvinnen": "En kvinne", "Kvinna": "En kvinne",
        "Gutten": "En gutt", "Jenta": "Ei jente", "Personen": "En person",
        "Tenåringen": "En tenåring",
    },
    "nn": {
        "Mannen": "Ein mann", "Kvinna": "Ei kvinne", "Kvinnen": "Ei kvinne",
        "Guten": "Ein gut", "Gutten": "Ein gut", "Jenta": "Ei jente",
        "Personen": "Ein person",
    },
    "en": {
        "The man": "A man", "The woman": "A woman", "The boy": "A boy", "The girl": "A girl",
        "The teenager": "A teenager",
    },
}  # fmt: skip


def indefinite(text: str, language: str) -> str | None:
    """The bullet opening on its person in the indefinite, if it opens on one the story
    named before by a noun («Mannen er nå siktet …» → «En mann er nå siktet …»)."""
    forms = _INDEFINITE.get(language, {})
    first = text.split(" ", 2)
    for opening in (first[0], " ".join(first[:2])):
        if opening in forms and len(first) > 1:
            if _EPITHET.match(text, len(opening)):
                return None  # «Jenta fra Dalsbygda …»: a named person's epithet, no new one
            return forms[opening] + text[len(opening) :]
    return None


_EPITHET = re.compile(r" (?:fra|frå|from) [A-ZÆØÅ]")
