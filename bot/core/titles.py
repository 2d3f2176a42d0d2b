"""A page's title without the site name and date it puts after the headline, and how a line
reads beside the title: the title again, a byline's name, a headline told in the lead below."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.core.bylines import is_name_line
from bot.core.furniture import is_furniture
from bot.core.lexicon import lexicon
from bot.core.model import PARAGRAPH
from bot.core.page_words import NAV
from bot.core.speakers import SAID_AFTER, SPEECH_VERBS
from bot.core.text import SENTENCE_END, spaces
from bot.core.title_parts import site_part, tag_part
from bot.core.verbs import verb_forms

if TYPE_CHECKING:
    from bot.core.structure import Unit

# Titles: «… | DW | 19.01.2020», «… – NRK», «… - BBC News».
# (not a score's spaced dash: «Kolbotn - Trondheims-Ørn 1 - 2»)
_TITLE_SPLIT = re.compile(r"(?<!\d)\s+(?:\||–|—|-|::|·|⋆)\s+|\s+(?:\||–|—|-|::|·|⋆)\s+(?!\d)")
_TAGS_FIRST = re.compile(r"^[A-Z][a-z]+(?:, [A-Z][a-z]+)+ \| (?=[A-Z])")  # a page's tags
# A wire's slug in front of its headline: «Soccer-Young at the double …», «UPDATE 2-…».
_WIRE_SLUG = re.compile(  # (both: «UPDATE 1-Tennis-Unseeded Ostapenko stuns Halep …»)
    r"^(?:(?:CORRECTED|REFILE|RPT|EXCLUSIVE|UPDATE \d+|WRAPUP \d+)-)*"
    r"(?:(?:Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Cycling|Boxing|"
    r"Olympics|Motor racing|Formula One|Basketball|Baseball|NFL|NBA|NHL|Alpine skiing|"
    r"Nordic skiing|Cross-country skiing|Ski jumping|Biathlon|Swimming|Sailing|Handball|"
    r"Ice hockey|Equestrian|Rowing|Triathlon|Volleyball|Snooker|Darts)-)?(?<=-)(?=[A-Z])"
)
_UPDATE_FIRST = re.compile(  # (and a live label: «NÅ: Kronprinsesse Mette-Marit er syk …»)
    r"^(?:UPDATE|Update|Updated|Oppdatert|Breaking|NÅ|Nå|SISTE NYTT)\s*[–—:-]\s+(?=\S)", re.I
)
# A promise of the page's media or list after the headline: «… – mapped», «… – check if yours
# is on the list» (and a page's stamp run on: «… stay away Published duration 9 minutes ago»)
_MEDIA_TAIL = re.compile(
    r"\s+[–—-]\s+(?:mapped|video|in pictures|pictured|watch|(?:check|see|find out|sjekk) (?:if|"
    r"whether|how|where|which|what|om|the full list)\b[^–—|]{0,50}|se lista)$"
    r"|\s+Published(?: duration)? \d{1,2} (?:second|minute|hour|day)s? ago$"
    r"|:\s+(?:Report|Match report|Reaction|As it happened)$"  # («Darlington 2-1 Bury: Report»)
    r"|\s+\((?:video|VIDEO|Video|photos|PHOTOS|Photos|bilder|BILDER|pics|PICS)\)$"  # «… (video)»
    r"|, Latest (?:[A-Z][a-z]+ )?News$"  # («…, Latest Business News»: the site's section)
)
# The page's stamps run on after the headline: «09.09.2019 kl 20:57 (Oppdatert 10.09.2019 …)»
_STAMP_TAIL = re.compile(  # (after its stop, or with its update: not «Møtet startar 9.9. kl 20»)
    r"(?<=\S)(?:\.|(?= \S+ (?:kl\.? )?\S+ \((?:Oppdatert|Updated))) \d{1,2}\.\d{1,2}\.\d{4},? "
    r"(?:kl\.? )?\d{1,2}[:.]\d{2}(?: \((?:Oppdatert|Updated|Sist oppdatert)[^()]{0,40}\))?$"
)
# A site's section over its headline: «Education: Parent power …», «Men's Football Matic …»;
# its pictures' or video's label: «PIX: 10-man Manchester City go top …».
_SECTIONS = NAV - {"live", "direkte"} | {"photos", "pictures"}  # (not «Direkte: …», live)
_SECTION_FIRST = re.compile(
    r"^(?:([A-ZÆØÅ][a-zæøå]+): (?=[A-ZÆØÅ«\"“‘'])|(?:Men|Women)['’]s [A-Z][a-z]+ (?=[A-Z][a-z])"
    r"|(?:[A-Z][a-z]+ ){1,3}Article [-–—] (?=[A-Z])"  # («General Insurance Article - …»)
    r"|(?:PIX|PICS|PHOTOS|WATCH|VIDEO|SE VIDEO|SJÅ VIDEO|BILDER|SE BILDENE|From the Archives|"
    r"News Brief|NEWS BRIEF|Sjå direkte|Se direkte|SJÅ DIREKTE|SE DIREKTE)"
    r": (?=\S))"
)


def clean_title(title: str | None) -> str | None:
    """Drop the site name and date a page puts after its headline.

    «… | DW | 19.01.2020», «… – NRK», «… - BBC News», «… – NRK Norge – Oversikt over
    nyheter …»: everything from the first part that names a site or a date goes.
    """
    if not title:
        return None
    title = _WIRE_SLUG.sub("", " ".join(title.split()), count=1)
    title = _UPDATE_FIRST.sub("", title, count=1)  # «Update – PSNI arrest man …»
    title = _TAGS_FIRST.sub("", title, count=1)  # «Traffic, Accident | Collision accident …»
    title = _MEDIA_TAIL.sub("", title, count=1)  # «… to engulf homes – mapped»
    title = _STAMP_TAIL.sub("", title, count=1)  # «… i Seljord. 09.09.2019 kl 20:57 (Oppdatert …)»
    section = _SECTION_FIRST.match(title)
    if section and (section.group(1) is None or section.group(1).lower() in _SECTIONS):
        title = title[section.end() :]
    elif (slashed := _SLASHED_SECTION.match(title)) and _a_section(slashed.group(1)):
        title = title[slashed.end() :]  # «Council / More disruptions on Yell Sound ferry …»
    parts = _TITLE_SPLIT.split(title)
    # (a part after a colon is what someone said: «Observerte mann med kniv: – Ubehagelig»)
    cut = next(
        (
            i
            for i in range(1, len(parts))
            if (site_part(parts[i]) or tag_part(parts, i, title)) and not parts[i - 1].endswith(":")
        ),
        len(parts),
    )
    if cut == len(parts):
        return title
    end = 0
    for part in parts[:cut]:  # keep the original separators between the parts kept
        end = title.index(part, end) + len(part)
    return _MEDIA_TAIL.sub("", title[:end].strip(), count=1) or None  # (before the site's name)


# A section's label before a slash: «Council / More disruptions …» (a word of the dictionary
# or a site's menu, not a name: «Ukraine / Russia talks …»)
_SLASHED_SECTION = re.compile(r"([A-ZÆØÅ][a-zæøå]+) / (?=[A-ZÆØÅ«\"“‘'][^/]*(?: [^ /]+){3})")


def _a_section(word: str) -> bool:
    known = (lexicon(code) for code in ("en", "nb", "nn"))
    return word.lower() in _SECTIONS or any(
        book.known(word.lower()) and book.form_lemma(word) is None for book in known
    )


def repeats_title(text: str, title: str) -> bool:
    """The title again, or with a page's leftovers after it («… turmoil 150 150 admin»), or
    a live label in front («NOW: …»)."""
    text, title = " ".join(text.split()).casefold(), title.casefold()
    text = _LIVE_LABEL.sub("", text, count=1) if ":" in text[:8] else text
    if not text.startswith(title):
        return False
    rest = text[len(title) :].split()
    return (
        not rest
        or (
            text[len(title)] == " "
            and len(rest) <= 4
            # («… policy Text settings»: a reader's text size box run into it)
            and (any(c.isdigit() for c in text[len(title) :]) or rest == ["text", "settings"])
        )
        or all(word.strip(".") in NAV for word in rest)  # («… in New England News»: its section)
    )


def in_title(text: str, title: str) -> bool:
    """Words of the title over its first paragraph: a picture's label or the site's kicker
    («North District Hospital» under «Outbreak of Rare Virus Hits North District Hospital»)."""
    text = " ".join(text.split()).casefold()
    return text.count(" ") < title.count(" ") and f" {text} " in f" {title.casefold()} "


_LIVE_LABEL = re.compile(r"^(?:now|live|watch|video|update|updated|breaking): ")


def without_title_run_in(text: str, title: str) -> str:
    """A paragraph without the headline run into its start, given again or with a word
    changed: «Minneord for Lars Arne Høydal Med Lars Arne Høydal sin bortgang …» under
    «Minneord over Lars Arne Høydal» (the paragraph's own first word is capitalised)."""
    heads = title.split()
    if len(heads) < _RUN_IN_WORDS or not text.startswith(heads[0]):
        return text
    words = text.split(" ", len(heads) + 1)
    if len(words) <= len(heads) + 1 or not words[len(heads)][:1].isupper():
        return text
    if words[len(heads) - 1].endswith((".", "!", "?", ":", "»", '"')):
        return text  # («Lars Arne Høydal er død. Han …»: the paragraph's own first sentence)
    same = sum(a == b for a, b in zip(words, heads, strict=False))
    return " ".join(words[len(heads) :]) if same >= len(heads) - 1 else text


_RUN_IN_WORDS = 4  # a shorter headline's words open many a paragraph («Brann i Bergen Det …»)


def name_line(text: str) -> bool:
    """A person's name alone on its line: «Hilde Kristin Strand» (a byline, a credit)."""
    return 2 <= len(words := text.split()) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words)


_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


def names_line(text: str) -> bool:
    """Two to five people's names on a line: «Åshild Slåen, Birgitte Vågnes Bakken, Oda
    Sundgot», «Kari Ås og Per Li» (a byline; not a headline in title case, «Coastal Storm Hits
    Hard, Thousands Without Power»)."""
    people = _BETWEEN_NAMES.split(text)
    if not (2 <= len(people) <= 5 and all(name_line(person) for person in people)):
        return False
    english = verb_forms("en")
    inside = (w for person in people for w in person.split()[1:-1])  # (a verb inside a part)
    return not any(w[-1] == "s" and english.is_finite(w.lower()) for w in inside)


_BETWEEN_NAMES = re.compile(r", | og | and | & ")


def caption_heading(
    unit: Unit, following: str | None, texts: Sequence[str] = (), at: int = 0
) -> bool:
    """«Stig Amdam og Kari Lie» over «Amdam og meg.», «Mora mi ved inngang:» over «Torill
    Vågenes»: a picture's caption between the paragraphs, no section's heading. (`texts`
    and `at`: the units the line stands among, and where.)"""
    text = unit.text
    if following is None:
        return False
    if at and pictured_speaker(text, texts[max(0, at - 8) : at], following):
        return True
    if text[:4] == "Her " and _HERE_IT_HAPPENS.match(text):
        return True  # «Her landar redningshelikopteret i Aurland»: what a picture or video shows
    if not unit.alone and following.endswith(".") and spaces(following, 8) < 8:
        return names_line(text)  # (its caption under it, in one block)
    # (not «Dette blir billigere:» over «Barnehage»: a list's first item)
    named = text.endswith(":") and " " in following and is_name_line(following)
    return named and spaces(text, 6) < 6


# «Her landar …», «Her raser brannen»: a picture's or a video's title (not «Her er planen»)
_HERE_IT_HAPPENS = re.compile(
    r"Her (?!(?:er|var|blir|vart|kan|skal|vil|må|får|har|kjem du|kommer du)\b)[a-zæøå]{3,}(?:ar|er)"
    r" (?:[a-zæøå]+(?:en|et|a|ane|ene|ne)\b|[A-ZÆØÅ])"
)
_PERSON = re.compile(r"[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ]\.)? [A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?")
_AGED = re.compile(r"(.+) \((\d{1,3})\)")
_FIRST_PERSON = re.compile(r"\b(?:jeg|eg|vi|me|I|we)\b")  # (a pull quote's words, its credit below)
# A speaker's name in a quote's attribution: «…, sier sjømatanalytiker Paul T. Aandahl».
_SPEAKER_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}) (?:\S+ ){{0,3}}$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(rf"^,? (?:{SPEECH_VERBS})\b", re.IGNORECASE)


def pictured_speaker(text: str, above: Sequence[str], following: str) -> bool:
    """«Paul T. Aandahl, Norges Sjømatråd» under his quote: the caption of a picture of a
    speaker the story named in full above it, no heading (a vox pop's name heads words it
    has not yet given; a profile's heading opens the paragraph on the name)."""
    if len(text) > 60 or text.endswith((".", "?", "!", ":")):
        return False
    if text[-1:] == ")" and above and above[-1][:1] in "«“" and above[-1][-1:] in "»”":
        aged = _AGED.fullmatch(text)  # «Henrik Nedrebø (28)» under «Økonomien må bli betre.»
        # (not over the words on that person: «Emilie Moi Eikje (36)» / «36-åringen har …»)
        if aged is None or _PERSON.fullmatch(aged[1]) is None:
            return False
        return f"{aged[2]}-år" not in following and aged[1].rsplit(" ", 1)[1] not in following
    name, _, where = text.partition(", ")
    if not _PERSON.fullmatch(name) or where.count(" ") > 3:
        return False
    if following.startswith(name):
        return False
    if where and above and _FIRST_PERSON.search(above[-1]) and not SAID_AFTER.search(above[-1]):
        return True  # «Så gikk det et nytt ras og jeg måtte bare løpe! …» / «Bjørn Heide, Mesta»
    # (named in full above it; below it, by the surname its attribution gives)
    told = [(said, name) for said in above] + [(following, name.rsplit(" ", 1)[1])]
    for said, named in told:
        start = said.find(named)
        if start < 0:
            continue
        end = start + len(named)
        if _SPEAKER_BEFORE.search(said[max(0, start - 60) : start]) or _SPEAKER_AFTER.match(
            said[end : end + 20]
        ):
            return True
    return False


# «BA skriv at dommen er …», «Police say that …»: who tells it and what, a sentence.
_REPORTED = re.compile(
    r"\b(?:skriv|skriver|skreiv|skrev|sier|seier|sa|melder|meldar|opplyser|say|says|said|"
    r"report|reports|writes|wrote) (?:at|that) \w+ \w+"
)


def opens_story(name: str, below: list[str]) -> bool:
    """Whether a paragraph just below opens on the name: «Anders Frivold døde …»."""
    return any(text.startswith(f"{name} ") and text.endswith(SENTENCE_END) for text in below)


def has_verb(text: str) -> bool:
    """Whether a word after the first is a finite verb in Bokmål, Nynorsk or English."""
    words = re.findall(r"\w+", text.lower())[1:]
    return any(verb_forms(lang).is_finite(w) for lang in ("nb", "nn", "en") for w in words)


def lead_in(line: str, following: str) -> bool:
    """A line with its colon that leads into what follows: long, over the quote it announces
    («Slik beskriver de været:»), or a clause («Here is how members voted:», «The post
    read:», «They are:»); no heading."""
    if line.count(" ") > 5 or following.lstrip().startswith(QUOTE_START):
        return True
    return line[:-1].rsplit(" ", 1)[-1].lower() in _SAYS or has_verb(line)


# What a text says, last before its words: «The post read:», «Meldingen lyder:»
_SAYS = frozenset(
    ("read", "reads", "said", "says", "wrote", "writes", "stated", "states", "lyder", "heter")
)


QUOTE_START = ("–", "—", "-", "«", '"', "“", "”", "'", "»", "*", "•")  # a quote's or a list's


def reported(line: str) -> bool:
    if line.startswith(_ACCORDING) and line.count(" ") >= 5:
        return True  # «Ifølge politiet var det personbilen som kom over i motgående felt …»
    return (" at " in line or " that " in line) and _REPORTED.search(line) is not None


_ACCORDING = ("Ifølge ", "I følge ", "According to ")


def told_below(line: str, below: str) -> bool:
    """«E39 stengt i Nordhordland» over «E39 er stengt mellom … i Nordhordland.»: a
    headline in few words (a participle, no finite verb) over the lead that tells it, no
    label over a headline. A label shares at most a word with what it stands over."""
    words = {w for w in re.findall(r"\w{3,}", line.lower())}
    return len(words) >= 2 and len(words & set(re.findall(r"\w{3,}", below.lower()))) >= 2


# A live page's label over its entries: «Breaking news: Ukraine-Russia war», «Siste nytt: …»
_LIVE_PAGE_LABEL = re.compile(r"(?i:breaking(?: news)?|live|siste nytt|direkte):")


def live_label(text: str) -> bool:
    return _LIVE_PAGE_LABEL.match(text) is not None


def masthead(text: str) -> bool:
    """«Express & Star»: a paper's name of three words at most, each in capitals."""
    return spaces(text, 3) < 3 and all(word[0].isupper() or word == "&" for word in text.split())


def tag_line(text: str) -> bool:
    """One name on a line of its own («Orkland»): over a story's prose, the page's tag; or
    the places the story is told from («Srirangapatna, Mandya:»), its dateline."""
    if " " not in text and text[:1].isupper() and text.replace("-", "").isalpha():
        return True
    return len(text) <= 60 and _DATELINE_LINE.fullmatch(text) is not None


_DATELINE_LINE = re.compile(r"[A-ZÆØÅ][\w.'’-]+(?:,? [A-ZÆØÅ][\w.'’-]+){0,3}:")


# A paper's name and its edition in brackets: «The Guardian (USA)», «Aftenposten (Norge)»; or
# its town: «The Standard (St. Catharines)»
_PAPER_EDITION = re.compile(
    r"(?:The )?((?:[A-ZÆØÅ][\w&.'’-]+ ){0,3}[A-ZÆØÅ][\w&.'’-]+) \((?:(USA|US|UK|EU|Australia|"
    r"Canada|Europe|Asia|Africa|International|Online|Norge|Norway|[A-Z][a-z]+ [Ee]dition)|"
    r"[A-Z][\w.'’ -]{1,30})\)"
)


def site_name(units: list[Unit]) -> bool:
    """A wire's or a site's name, with its edition, over the page: «The Canadian Press -
    ONLINE EDITION»; or a paper's name alone that the story below never says («Shropshire
    Star» over «Facebook users help catch Telford thief …»: not a person's, whom it tells of)."""
    text = units[0].text
    if text.endswith(")") and (edition := _PAPER_EDITION.fullmatch(text)):
        return bool(edition[2]) or not _PAPER_WORDS.isdisjoint(edition[1].lower().split())
    name = clean_title(text)
    if name is not None and name != text and is_furniture(name):
        return True
    words = text.split()
    below = " ".join(unit.text for unit in units[1:])
    paper = [word for word in words if word.lower() in _PAPER_WORDS]  # (its place may be told)
    return (
        2 <= len(words) <= 3
        and bool(paper)
        and name_line(text.replace(" & ", " "))  # («Express & Star»)
        and not any(word in below for word in paper)
    )


# The words of a paper's name: «Shropshire Star», «Bergens Tidende», «Nordlys Avis».
_PAPER_WORDS = frozenset(
    (  # noqa: SIM905 (a list of words reads best as words)
        "star times post herald echo mail news express gazette chronicle telegraph journal "
        "tribune mirror standard observer courier advertiser argus sentinel tidende avis avisa "
        "blad bladet posten dagblad tidend"
    ).split()
)


def page_title_over(unit: Unit, following: Unit) -> bool:
    """The page's title bar (the headline with the site's name) over the headline alone."""
    text, title = unit.text, following.text
    if unit.kind != PARAGRAPH or len(title) < 12 or text == title or title not in text:
        return False
    rest = text.replace(title, " ", 1)
    return rest.count(" ") <= 8 and ("|" in rest or " - " in rest or " – " in rest)


def breadcrumb_over(unit: Unit, following: Unit) -> bool:
    """A page's trail of links run into the headline that the next line gives alone."""
    text, title = unit.text, following.text
    if unit.kind != PARAGRAPH or len(title) < 12 or text == title or not text.endswith(title):
        return False
    trail = text[: -len(title)].split()
    return 0 < len(trail) <= 5 and not text[: -len(title)].rstrip().endswith(SENTENCE_END)
