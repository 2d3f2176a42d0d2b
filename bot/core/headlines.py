"""Whether the first short line of a text is its headline: a title without markup.

A page's text gives its headline as a line like any other; what tells it is its place
(first, over a longer paragraph), its length and its end (no stop, or a cry in quote).
"""

from __future__ import annotations

import re

from bot.core.bylines import is_name_line
from bot.core.clauses import clause_checker
from bot.core.furniture import is_furniture
from bot.core.model import LIST_ITEM, PARAGRAPH
from bot.core.page_words import ASKS_YOU, LEAD_PAST, SAID_HEADLINE
from bot.core.speakers import ANSWER_START, FIRST_PERSON_START, SAID_AFTER, SPEECH_VERBS
from bot.core.stamps import SCORE_LINE
from bot.core.structure import (
    HEADING,
    POINTING,
    TITLE,
    WRITER_LINE,
    Unit,
    is_heading,
    is_prose,
)
from bot.core.text import SENTENCE_END, headline_shaped, one_sentence, spaces
from bot.core.titles import QUOTE_START, has_verb, name_line, told_below

_QUOTE_HEADLINE = re.compile(r"^['‘\"“«][^'’\"”»]{3,80}['’\"”»]: [A-ZÆØÅ]")
# An answer in the first person: «When did you …?» over «I came to it fairly late.»
_NO_HEADLINE_START = POINTING | frozenset("på i ved etter under langs for on at in along".split())  # noqa: SIM905


_GOING_ON = frozenset("dessutan dessuten også òg likevel derfor difor also".split())  # noqa: SIM905
_SAID_BELOW = re.compile(rf"^(?:Det|Dette|Slik|Så|Sånn|That|This|So)\b|\b(?:{SPEECH_VERBS})\b")


_QUOTE_HEADLINE_WORDS = 12  # («– Jeg holdt på å ta feil ved å kjøpe billetter til Findings»)


_CRY_WORDS = 20


def _quote_headline(text: str, following: Unit) -> bool:
    """A quote as the headline, over the story rather than over a reply to it: a short
    one over a paragraph (dash_heading, below); a cry of one sentence over prose twice
    its length («– Dette var en deilig kamp!», not «– Hei! Kom inn.», which an interview
    goes on from); a short one without a stop over a short standfirst («– Grunneierne
    overkjøres» over «I Nordland sloss ti grunneiere mot Statkraft.»)."""
    if dash_heading(text, following):
        return True
    n_words = text.count(" ")  # (the dash is no word)
    # (over a quote that names its speaker, a longer one: the lead, not a reply)
    lead = following.text.count(" ") >= 2 * n_words and SAID_AFTER.search(following.text)
    if not lead and (following.kind != PARAGRAPH or following.text[:1] in '–—-«"“'):
        return False
    if text.endswith(("!", ".")):
        cry = n_words <= 10 and one_sentence(text)
        # (a statement too, «– Denne øya burde vera full av folk.», over prose that does
        # not go on to say who said it: «Det sier …», «…, sa han»)
        said = text.endswith(".") and _SAID_BELOW.search(following.text[:80]) is not None
        if cry and not said and following.text.count(" ") + 1 >= 1.5 * n_words:
            return is_prose(following.text)
        # (a longer cry, no speaker named: «– Kjem du att ein gong til, så forvent å få ein
        # kniv midt i trynet!» over «Ein mann i 60-åra oppfordra folk til …»)
        if text.endswith("!") and n_words <= _CRY_WORDS and not SAID_AFTER.search(text):
            return one_sentence(text) and is_prose(following.text) and not said
    return (
        1 <= n_words - 1 <= _QUOTE_HEADLINE_WORDS
        and not text.endswith((*SENTENCE_END, ",", ";", ":"))
        and following.text.endswith(SENTENCE_END)
    )


_PLACE_PICTURED = re.compile(
    r"(?:[A-ZÆØÅ][\w-]+ ){1,3}(?:tingrett|lagmannsrett|sjukehus|sykehus|rådhus|politihus|"
    r"stadion|kyrkje|kirke|skule|skole|hamn|havn)\."
)


# A picture's caption of its person: a post, the name, the body («Adm.direktør Per Jæger i
# Boligprodusentene.»), no verb
PERSON_PICTURED = re.compile(
    r"[A-ZÆØÅ][a-zæøå.-]+ (?:[A-ZÆØÅ][a-zæøå-]+ ){1,3}(?:i|ved|hos|på|in|at) "
    r"[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,3}\."
)


def title_like(unit: Unit, following: Unit | None) -> bool:
    """The first short line of a text is its title, even with a final full stop."""
    if unit.kind == TITLE:
        return True
    if unit.kind != PARAGRAPH or following is None:
        return False
    text = unit.text
    if text.endswith(":"):
        return False  # «Srirangapatna, Mandya:»: a dateline, or a line that leads into the next
    if is_heading(text, following.text):
        return True
    if (
        WRITER_LINE.fullmatch(text)
        and is_name_line(text)
        and not any(
            re.search(rf"\b{word}\b", following.text, re.IGNORECASE)
            for word in text.replace("-", " ").split()
        )
    ):
        return False  # «Alexandra Rogers» over a story that never names her: who wrote it
    n_words = text.count(" ") + 1
    quoted = text.startswith(QUOTE_START) or SAID_AFTER.search(text) is not None
    if (". " in text or "? " in text) and not quoted and _two_sentence_headline(text, following):
        return True  # «Storm, flom, skredfare og sprengkulde. 63 farevarsler på én gang i …»
    if text.endswith("?") and not text.startswith(QUOTE_START):
        answer = following.text.startswith(ANSWER_START) or FIRST_PERSON_START.match(following.text)
        if answer and ASKS_YOU.search(text):
            return False  # «Du er aktuell med?» over «– Singelen …»: an interview's question
        if text.count("? ") >= 2 or (n_words > 10 and (". " in text or "! " in text)):
            # «Kommer Löfven til å bli sittende? Får SD …? Hvem …?», «God aften! Da skal Norge
            # … . Klarer de …?»: a standfirst, a live page's first post
            return False
        # «Hvor langt strekker toleransen seg …?»; a longer one above a longer paragraph or
        # a crosshead («… Bør det vurderes lovlighetskontroll av vedtaket?» / «I. Sakens …»)
        longer = following.text.count(" ") >= n_words or spaces(following.text, 6) < 6
        return n_words <= 14 or (n_words <= 22 and longer)
    if text[:2] in ("– ", "— ") and _quote_headline(text, following):
        return True  # «– Jeg har aldri vært redd for å feile», «– Dette var en deilig kamp!»
    if (_QUOTE_HEADLINE.match(text) or SAID_HEADLINE.match(text)) and n_words <= 20:
        # «'Very constructive talks': Is a deal closer?», «Advarer mot storm: – Svært uvanlig!»
        # (with a stop after a headline's words: «Publikum drikker mye øl og har endret smak,
        # melder festivalene: – Mange har overtenning.», «Mistet sønnen i trafikken: - …»;
        # not a name's, nor a name's and role: «Kari Vik: – Ja.», «Kari Vik, rektor: – …»)
        kicker = text.split(": ", 1)[0]
        words = spaces(kicker, 5)
        return not text.endswith(".") or words >= 5 or (words >= 3 and "," not in kicker)
    if (
        # (a quoted word last is no stop: «… after all-night "vote-a-rama"»; nor a teaser's
        # quote cut off: «… – dette har ikke skjedd tidligere: «De kom…»»)
        (
            not text.rstrip('»”"').endswith((*SENTENCE_END, ",", ";", ":"))
            or text.endswith(("…»", "...»", '…"', "…”"))
        )
        # (a tabloid's headline of forty words over its list of points: «Burnley SACK manager
        # Sean Dyche after 10 years … as Clarets chairman Alan Pace says …»)
        and (n_words <= 25 or (n_words <= 50 and following.kind == LIST_ITEM))
        # («15 million-year-old», «£35,000 fine for restaurant …»)
        and (text.lstrip("‘'\"“«")[:1].isupper() or text[:1].isdigit() or text[:1] in "£$€")
        and not _LEAD_SENTENCE_FIRST.match(text)  # (a lead run into a line: no headline)
    ):
        # «‘Friction’ with EU … hit UK economy, minister admits – as it happened»: a
        # long headline first, without a stop, is still the headline.
        return following.kind != HEADING or following.text.count(" ") < n_words
    # (a quote; a comma and a stop: «… i eit sosialt lag, seier politiet.», not «…, gjer det!»)
    said = text.startswith(QUOTE_START) or (", " in text and text[-1] == ".")
    if not text.endswith((".", "!")) or n_words > _STOP_HEADLINE or ". " in text or said:
        return False
    if _PLACE_PICTURED.fullmatch(text) or PERSON_PICTURED.fullmatch(text):
        return False  # «Sunnhordland tingrett.», «Adm.direktør Per Jæger i Boligprodusentene.»
    first = text[0]
    longer = following.text.count(" ") + 1 >= 2 * n_words
    # Headlines speak in the present («… fikk melding om brannen.» is a lead), point
    # nowhere («Det er klart etter forhandlinger i dag.» goes on from the text before), and
    # open on no place or time before their verb («På E6 ved Dovreskogen har ein tankbil
    # snurra.» is a lead).
    if LEAD_PAST.search(text) or text.split(maxsplit=1)[0].lower() in _NO_HEADLINE_START:
        return False
    # «Til helga blir det dessutan kaldt.» goes on from the text before (not a cry: «Nå
    # kommer vinteren – også i sør!»)
    if text[-1] == "." and not _GOING_ON.isdisjoint(text[:-1].lower().split()):
        return False
    if _LEAD_TIME.search(text):
        return False  # «Utdanningsforbundet varsla i dag at …»: a lead tells when, today, who
    return (first.isupper() or first.isdigit()) and (unit.alone or longer)


def _two_sentence_headline(text: str, following: Unit) -> bool:
    """A headline of two short sentences over a longer standfirst: «I 2019 jublet de over
    fullt gjennomslag i Oslo bystyre. Tre år senere er ingenting skjedd.»"""
    parts = re.split(r"(?<=[.?]) ", text)  # (either may ask: «… i strid med kommunelova. Er Ola
    return (  # Teigen framleis ordførar?», «Verste øyeblikk …? Støre og Solberg oppsummerer.»)
        len(parts) == 2
        and text[-1] in ".?"
        and all(2 <= part.count(" ") + 1 <= _TWO_SENTENCE_WORDS for part in parts)
        and parts[1][:1].isupper() | parts[1][:1].isdigit()
        and parts[1].split(maxsplit=1)[0].lower() not in _PRONOUNS  # («… He has lost my vote.»)
        and following.kind == PARAGRAPH
        and following.text.count(" ") > text.count(" ")
        and _LEAD_TIME.search(text) is None
        and LEAD_PAST.search(text) is None  # («Politiet fekk melding om brannen …. Då …»: a lead)
    )


_TWO_SENTENCE_WORDS = 10  # a headline's sentence is short
# A first sentence longer than a headline's, then the next: «Nettselskapet Tensios
# strømkunder i Trøndelag mistet søndag kveld strømmen som følge av uvær i regionen. Strøm…»
_LEAD_SENTENCE_FIRST = re.compile(
    rf"(?:\S+ ){{{_TWO_SENTENCE_WORDS},}}?\S*[a-zæøå]{{2}}[.!?] [A-ZÆØÅ]"
)
_PRONOUNS = frozenset(
    "han hun ho hen de dei det den dette vi me eg jeg he she they it we i".split()  # noqa: SIM905
)


# Words: a headline with its stop is short («Ferja står att i Florø.»); a lead's first
# sentence alone on top tells more («Bustadprisane er no 3,6 prosent høgare enn for eitt år
# sidan.», «Opphavleg kalla politikarane i Rogaland prosjektet for Bussveg 2020.»).
_STOP_HEADLINE = 8
_LEAD_TIME = re.compile(
    r"\b(?:i (?:dag|går|gær|kveld|natt|morgon|morgen|ettermiddag)|today|yesterday|tonight|"
    r"this (?:morning|afternoon|evening))\b"
    # (and who says so, what has been, the day first: «… skal ifølge Meteorologene …», «To
    # voksne og to barn har vært involvert i en ulykke.», «Mandag har det vært …»)
    r"|\b(?:ifølge|ifølgje|according to|har vært|har vore|has been|have been)\b"
    r"|^(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)\b"
    r"|\b(?:klokken|klokka|kl\.) \d{1,2}[.:]\d{2}\b",  # (a clock's time: «Klokken 10.30 torsdag …»)
    re.IGNORECASE,
)


def headline_under(standfirst: Unit, line: Unit, below: Unit) -> bool:
    """The headline under a standfirst: «Strømsgodset-Rosenborg 3-3», or one that the
    standfirst retells («Egypt and Qatar are once again trying to revive Gaza ceasefire
    talks.» over «Egypt and Qatar attempt to revive Israel-Hamas ceasefire talks»)."""
    if SCORE_LINE.match(line.text):
        return True
    if line.text.endswith(SENTENCE_END) or line.text.startswith(QUOTE_START):
        return False  # («– Fornøyd med at det ble to sett» under the lead: a quote's crosshead)
    if not title_like(line, below):
        return False
    if spaces(line.text, _HEADLINE_WORDS) >= _HEADLINE_WORDS:
        return False  # («Onsdag melder Meteorologene at …, og at …»: a sentence lost its stop)
    if _news_line_under(standfirst, line, below):
        return True  # «Fattige får dyrere husleie» under «Prissjokket … smitter over på …»
    # (or a headline of two halves that says a word of it: «Slo vekter – frikjent på grunn
    # av provokasjon» under «… Derfor er gjerningsmannen frikjent.»)
    told = told_below(line.text, standfirst.text) or (
        " – " in line.text and _shares_word(line.text, standfirst.text)
    )
    return told and is_prose(below.text, below.kind)


def _news_line_under(standfirst: Unit, line: Unit, below: Unit) -> bool:
    """A line of four to ten words, no stop, that says who did what under a standfirst or
    the top picture's caption of one or two long sentences, over the prose: the headline
    («Fattige får dyrere husleie»; a crosshead is a phrase, «Charging at both ends», or
    opens on its verb, «Frykter for kvaliteten»)."""
    text = line.text
    if not 3 <= spaces(text, 10) < 10 or text[-1:] in ":?!" or line.kind != PARAGRAPH:
        return False
    n_words = spaces(standfirst.text, 46)
    if not (12 <= n_words <= 45 and standfirst.text.count(". ") <= 1):
        return False
    if ": " in standfirst.text[:16]:
        return False  # («Ulukke: …»: a labelled caption, told by the rule that drops it)
    first = text.split(maxsplit=1)[0].lower()
    checkers = (clause_checker(language) for language in ("nb", "nn", "en"))
    return is_prose(below.text, below.kind) and any(
        checker.has_main_clause(text) and not checker.is_finite(first) for checker in checkers
    )


def take_headline(units: list[Unit]) -> str:
    """Remove and return the first unit, the headline, and its deck under it: a line of words
    without a stop that the story's first paragraph, right under it, tells («Thousands of
    passengers left stranded» over «Thousands of business travellers have had their journeys
    wrecked …»; a crosshead heads a later section, not the lead)."""
    title = units.pop(0).text
    if len(units) < 2 or units[0].kind != PARAGRAPH or units[0].text[-1:] in '.!?:»”"':
        return title
    deck, lead = units[0].text, units[1]
    if not 3 <= spaces(deck, 16) < 16 or not is_heading(deck, lead.text):
        return title
    if _shares_word(deck, lead.text) and is_prose(lead.text, lead.kind):
        del units[0]
    return title


def _shares_word(line: str, text: str) -> bool:
    return not set(_LONG_WORD.findall(line.lower())).isdisjoint(_LONG_WORD.findall(text.lower()))


_LONG_WORD = re.compile(r"\w{5,}")


_HEADLINE_WORDS = 16  # a headline under its standfirst is shorter


_TOP = 6  # a page's header (a weather box, a date, a menu) fills a few units at most


def headline_over_byline(units: list[Unit]) -> int:
    """Where the headline is when widgets of the page stand over it: the short line without a
    stop right over the byline («Council OKs levy renewal» / «By William Kincaid»), or over
    its deck there, which goes, near the top; 0 when it is the first unit, or no such line
    is there."""
    prose = 0  # (two paragraphs of prose above it: the story, a second piece under its byline)
    for k, unit in enumerate(units[:_TOP]):
        prose += unit.text.endswith((".", '."', ".”")) and is_prose(unit.text, unit.kind)
        if prose >= 2:
            return 0
        if unit.over_byline and unit.kind != LIST_ITEM:
            n_words = unit.text.count(" ") + 1
            stop = unit.text.endswith((".", ":", ";", ","))
            if not (2 <= n_words <= 20 and not stop and not name_line(unit.text)):
                return 0
            # (a deck that goes on from the headline: «And the haul could be worth $160,000»)
            over, deck = units[k - 1].text if k else "", unit.text
            cased = _cased_over(over) and not _cased_over(deck)  # («Path included …» under it)
            if k and (_over_deck(over, deck) or _GOES_ON.match(deck) or cased):
                del units[k]  # the deck goes: a phrase the story tells
                return k - 1
            return k
    return 0


def _cased_over(line: str) -> bool:
    """A headline in title case («Total Eclipse Was 'Greatest Ever' for Astronomers»)."""
    long = [w for w in line.split() if len(w) > 3]
    capitals = sum(w[:1].isupper() for w in long)
    return 4 <= line.count(" ") + 1 <= 16 and capitals >= 3 and capitals * 4 >= 3 * len(long)


_GOES_ON = re.compile(  # (or leans on it: «The number is feared to be an underestimate»)
    r"(?:And|But|Plus|Og|Men) [a-zæøå]|(?:It|They|This|These|Det|Dette|Tallet) [a-zæøå]|The "
    r"(?:number|figure|toll|total|move|decision|deal|plan|ruling|verdict|findings|report) [a-z]"
)


def _over_deck(line: str, deck: str) -> bool:
    """«New Zealand quake toll rises» over «Rescuers trying to reach those still trapped»
    over the byline: a headline of words over its longer deck (not a date or a box's
    figures: «Tuesday, March 3rd, 2022»; nor a section's label in capitals: «Weekend Box
    Office» over «Box Office Wrapup: Open Season Shoots Up #1 Opening»)."""
    if not (2 <= spaces(line, 15) < 15 and len(deck) > len(line) and line[-1:].isalpha()):
        return False
    lower = any(word[:1].islower() for word in line.split())
    return lower and not any(c.isdigit() or c in ":|" for c in line)  # (a comma: «long, secret»)


def dash_heading(line: str, following: Unit | None) -> bool:
    """«– Det blir en lang og blodig kamp» alone before a paragraph: a quote as a heading;
    so is a word or two in quote marks: «“Urimelig”», ««Sviktende grunnlag»»."""
    if following is None or following.kind == HEADING or spaces(following.text, 7) < 7:
        return False
    if line[:1] in '«“"' and line[-1:] in '»”"' and line.count(" ") < 8:
        inner = line[1:-1].strip()
        return inner[:1].isupper() and not inner.endswith((*SENTENCE_END, ",", ";", ":"))
    body = line[1:].lstrip()  # «– Må vurdere», or a page's «-Må vurdere» without its space
    ends = line.endswith((*SENTENCE_END, ",", ";", ":"))
    return line[:1] in "–—-" and 1 <= body.count(" ") <= 9 and not ends and body[:1].isupper()


# A media label over the page's headline: «VIDEO: Salvation Army murder suspect appears in
# court», «SE VIDEO: …». (Alone, or over a link in a rail, the label is furniture.)
_MEDIA_LABEL = re.compile(
    r"^(?:VIDEO|WATCH|PHOTOS|LISTEN|SE VIDEO|SJÅ VIDEO|SE BILDENE|SJÅ BILETA|VIDEO OG BILDER)"
    r" ?[:|] +(?=[A-ZÆØÅ0-9«\"“‘'])|^\[(?:VIDEO|WATCH|PHOTOS|LISTEN)\] +(?=[A-Z0-9\"“‘'])"
)


def unlabel_headline(units: list[Unit]) -> list[Unit]:
    """The page's headline without its media label, where it is the first line that is not
    furniture and reads as a headline of four words or more."""
    for k, unit in enumerate(units[:_TOP]):
        label = _MEDIA_LABEL.match(unit.text) if unit.text[:1] in "VWPLS[" else None
        if label:
            rest = unit.text[label.end() :]
            headline = unit.alone and rest.count(" ") >= 3 and headline_shaped(rest)
            if headline and all(is_furniture(above.text) for above in units[:k]):
                unit.text = rest
            break
    return units


def kicker(unit: Unit) -> bool:
    """«Utdanning», «Nynorsk pressekontor»: a short label over a headline.

    A short line with a finite verb («Kommunen stenger skolen») is the headline itself,
    not a label over the lead below it.
    """
    text = unit.text
    return (
        unit.kind == PARAGRAPH
        and text.count(" ") < 4
        and not text.endswith(SENTENCE_END)
        and not text.startswith(QUOTE_START)
        # («Her er lista:» over its headline; a region's label: «South West Wales»)
        and (text.endswith(":") or _REGION.match(text) is not None or not has_verb(text))
    )


_REGION = re.compile(r"(?:North|South|East|West|Mid)(?: (?:East|West))? [A-Z][a-z]+$")


def in_capitals(text: str) -> bool:
    """Nearly all its letters capitals («SOMMErSELFIE MED NYE REKTORER»: a typo's one)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
