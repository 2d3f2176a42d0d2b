"""Who speaks for the news or prints it, and so is no topic: those on duty for a service
(«vaktleder Rikke Lyngdal»), and the outlets the words were said to («… til Aftenbladet»).

bot/core/topic_places.py reads these names as written only where no topic is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.page_words import OUTLETS
from bot.core.speakers import ONE_WORD_SPEECH_VERBS
from bot.core.text import word_positions
from bot.core.word_rarity import zipf

if TYPE_CHECKING:
    from bot.core.model import Article, Topic

# Those who speak for a service on duty, whom no reader asks for: «vaktleder Rikke
# Lyngdal», «Kari Moe, pressetalsperson i …», «police spokesperson Tom Lee».
_DUTY = (
    r"(?:vakt|operasjons|innsats|etterforskings|etterforsknings)lei?d?ar|"
    r"(?:vakt|operasjons|innsats|etterforskings|etterforsknings)leder|vakthavande|vakthavende|"
    r"pressevakt|(?:presse)?talsperson|talsmann|talskvinne|kommunikasjonssjef|"
    r"kommunikasjonsrådgi(?:ver|var|jevar)|informasjonssjef|politiadvokat|påtaleansvarle[gi]g?|"
    r"politifullmektig|politiinspektør|detective (?:chief )?(?:inspector|superintendent)|"
    r"spokesperson|spokesman|spokeswoman|press officer|duty officer|"
    # and those who explain for a body or a market: «informasjonsoffiser», «kraftanalytiker»
    r"informasjonsoffiser|presseoffiser|pressekontakt|pressesjef|[a-zæøå]*analytik[ae]r|"
    r"(?:market |energy |oil )?analyst|"
    # on duty at a scene or for a town, and those who report it: «vaktkommandør Ole Moe»,
    # «kommuneoverlege i Tinn, Sjur Ohre», «area director Ross Stacey», «TV2-journalisten …»
    r"vaktkommand(?:ø|a)r|vaktkommandant|skadestedsle(?:der|iar)|kommuneoverlege|"
    r"(?:police )?superintendent|(?:area |regional |district )director|"
    r"journalist(?:en)?|reporter(?:en)?"
)
_PLACE = r"[A-ZÆØÅ][\w-]*(?:[ \xa0][a-zæøå][\w-]*)?"  # «i Vest politidistrikt»
# (One to three names; spelt to open on the capital, which lets the engine pass over a
# position without one before it sets up the repeat.)
_NAME_WORDS = r"([A-ZÆØÅ][^\W\d_]+(?:[ \xa0][A-ZÆØÅ][^\W\d_]+){0,2})"
_ON_DUTY = re.compile(
    # («operasjonsleder i Øst politidistrikt, Ronny Arstein», «…, politioverbetjent Gunnar …»)
    rf"\b(?i:{_DUTY})(?:[ \xa0](?:i|ved|hos|in|for|at)[ \xa0]{_PLACE})?,?[ \xa0]+"
    rf"(?:[a-zæøå][\w-]+[ \xa0])?{_NAME_WORDS}|"
    rf"{_NAME_WORDS},[ \xa0](?:\w+[ \xa0]){{0,2}}(?i:{_DUTY})\b"
)
_ABOUT_AN_OUTLET = 3  # times a story names an outlet, not as its source, that it is about
_AROUND = 60  # characters either side of a name where its role stands
# Every role above has one of these in it.
_DUTY_STEMS = (
    "lede",
    "leia",
    "vakt",
    "tals",
    "kommunikasjon",
    "informasjon",
    "advokat",
    "påtale",
    "fullmektig",
    "inspektør",
    "detective",
    "spokes",
    "officer",
    "offiser",
    "presse",
    "analyt",
    "analyst",
    "overlege",
    "superintendent",
    "director",
    "journalist",
    "reporter",
)

# An outlet or a source named only as where the words were said or printed: «sier hun
# til Aftenbladet», «ifølge NTB», «according to Reuters», «VG skriver», «NRK melder».
_SAID_TO = re.compile(
    r"\b(?:sier|sa|seier|sei|forteller|fortel|fortalte|fortalde|opplyser|bekrefter|stadfestar|"
    r"uttaler|uttalar|uttalte|said|says|told)\b[^.!?]{0,80}?\b(?:til|to|overfor)[ \xa0]+$"
    r"|\b(?:ifølge|ifølgje|according to)[ \xa0]+$"
)
# A channel's pundit: «…, sa fotballekspert i Discovery, Jonas Grønner».
_PUNDIT_AT = re.compile(
    r"\b(?:sier|sa|seier|said|says)[ \xa0]+\w*(?:ekspert|kommentator|commentator|pundit|"
    r"analyst)\w*[ \xa0]+(?:i|hos|for|on|at|with)[ \xa0]+$"
)
_PUNDITS = ("ekspert", "kommentator", "commentator", "pundit", "analyst")
# (and an outlet's own scoop: «NRK kan nå avdekke …», «Disse dokumentene har NRK fått tak i»,
# «kunne NRK fortelje»)
_PRINTS = re.compile(
    r"[ \xa0](?:kan[ \xa0](?:nå[ \xa0]|no[ \xa0])?|har[ \xa0])?"
    r"(?:skriver|skriv|melder|meldar|reports|reported|avdekke|avdekker|avdekkjer|avsløre|avslører|avslørte|avslørar|fortelje|fortelle|"
    r"melde|fått[ \xa0](?:tak|innsyn|vite)|sett|snakket|snakka|gjennomgått|kartlagt|"
    r"kjenner[ \xa0]til)\b"
)
# The words _SAID_TO ends on, before the spaces in front of the name.
_SAID_TO_ENDS = ("til", "to", "overfor", "ifølge", "ifølgje")


# Where words are printed or posted: an outlet, or a platform («opplyser politiet på Twitter»).
_PLATFORMS = frozenset("twitter facebook instagram tiktok youtube snapchat".split())  # noqa: SIM905
# (outlets named in two words or more: «skriv Stavanger Aftenblad», «via Dagens Næringsliv»)
_NAMED_OUTLETS = frozenset(
    (
        "dagens næringsliv", "stavanger aftenblad", "bergens tidende", "tv 2", "e24", "p4",
        "nationen", "vårt land", "morgenbladet", "nordlys", "fædrelandsvennen", "itromsø",
        "the guardian", "the times", "new york times", "the new york times", "washington post",
        "the washington post", "wall street journal", "the wall street journal",
        "financial times", "the financial times", "bbc news", "sky news", "al jazeera",
        "associated press", "the associated press", "the independent", "daily mail",
    )
)  # fmt: skip
_CHANNELS = OUTLETS | _PLATFORMS | _NAMED_OUTLETS


# A local paper's name: «Altaposten», «Firdaposten», «Vikebladet», «Lokalavisa».
_PAPER_ENDINGS = ("posten", "avisa", "avisen", "bladet", "tidende")


def _channel(lower: str) -> bool:
    return (
        lower in _CHANNELS
        or lower[:-1] in _CHANNELS
        or (len(lower) > 7 and " " not in lower and lower.endswith(_PAPER_ENDINGS))
    )


def speaks_for_others(surface: str, text: str, title: str) -> bool:
    """Whether a name is no topic as one who speaks or prints for others: a person on duty
    for a service anywhere in the text («vaktleder Rikke Lyngdal»), a news outlet the title
    does not name («Aftenbladet tok ein prat med …»), or a name written only as where words
    were said or printed («sier hun til Aftenbladet», «ifølge NTB», «VG skriver»)."""
    surface = _outlet_of(surface, text) or surface  # «Næringsliv» of «Dagens Næringsliv»
    lower = surface.lower()
    places = list(word_positions(surface, text, joiners="-"))
    if _channel(lower) and surface not in title:
        # (but the outlet a story is about, named as no source thrice: «I 2007 starta NPK …»)
        about = [at for at in places if not (_said_to(text, at) or _posted_on(text, at))]
        # (a platform prints no news: «Twitter reported revenue of …» is the firm's)
        return len(about) < _ABOUT_AN_OUTLET or (
            lower not in _PLATFORMS and any(_PRINTS.match(text, at + len(surface)) for at in about)
        )
    for at in places:
        near = text[max(0, at - _AROUND) : at + len(surface) + _AROUND]
        lowered = near.lower()
        if not any(map(lowered.__contains__, _DUTY_STEMS)):
            continue  # (most names: no role near, no regex run)
        if any(
            surface in name.split() for m in _ON_DUTY.finditer(near) for name in m.groups() if name
        ):
            return True
    return bool(places) and all(
        _said_to(text, at) or _PRINTS.match(text, at + len(surface)) for at in places
    )


# Each word of those outlets, to the outlets it is written in.
_OUTLET_WORDS: dict[str, list[str]] = {}
for _outlet in sorted(o for o in _NAMED_OUTLETS if " " in o):
    for _word in _outlet.split():
        _OUTLET_WORDS.setdefault(_word, []).append(_outlet)


def _outlet_of(surface: str, text: str) -> str | None:
    """The outlet of two words or more a word is written in, every time: «Dagens
    Næringsliv» for «Næringsliv»; as the text writes it."""
    for outlet in _OUTLET_WORDS.get(surface.lower(), ()):
        found = re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", text, re.IGNORECASE)
        if found and text.count(found.group()) >= text.count(surface):
            return found.group()
    return None


# Where words were posted: «…, skriver Meteorologene på Twitter», «skrev torsdag på Facebook».
_POSTED_ON = re.compile(
    r"\b(?:skriver|skriv|skrev|skreiv|melder|meldar|opplyser|writes|wrote|posted|said|says)\b"
    r"(?:[^.!?]|\.(?=\d)|(?<=kl)\.){0,60}?\b(?:på|on)[ \xa0]+$"  # («skrev kl. 11.19 på …»)
)


def _posted_on(text: str, at: int) -> bool:
    start = max(0, at - 80)
    on = text[start:at].endswith(("på ", "on "))
    return on and _POSTED_ON.search(text, start, at) is not None


def _said_to(text: str, at: int) -> bool:
    """Whether _SAID_TO ends right before `at` (in the 100 characters before it). Its match
    ends on «til», «to», … and the spaces before `at` (or before a line's end there): where
    the text has no such ending, the search, which tries every position, is not run."""
    start = max(0, at - 100)
    window = text[start:at]
    body = window[:-1] if window.endswith("\n") else window  # («$» before a last newline)
    bare = body.rstrip(" \xa0")
    if len(bare) == len(body):
        return False
    if any(map(window.__contains__, _PUNDITS)) and _PUNDIT_AT.search(text, start, at):
        return True
    return bare.endswith(_SAID_TO_ENDS) and _SAID_TO.search(text, start, at) is not None


# The posts of those a story asks to tell or explain what happened.
_SOURCE_ROLES = frozenset(
    "spokesman spokeswoman spokesperson chief captain lieutenant sergeant officer researcher "  # noqa: SIM905
    "professor scientist analyst economist expert strategist pressevakt pressetalsperson "
    "talsperson talsmann talskvinne kommunikasjonssjef kommunikasjonsdirektør "
    "kommunikasjonsrådgiver kommunikasjonsrådgjevar informasjonssjef informasjonsleder "
    "informasjonsleiar forsker forskar seniorforsker seniorforskar førsteamanuensis "
    "analytiker analytikar sjeføkonom økonom operasjonsleder operasjonsleiar innsatsleder "
    "innsatsleiar vaktsjef vakthavende vakthavande brannsjef politiadvokat ekspert "
    # (and one asked what he saw or went through: a passenger, a neighbour, a commentator)
    "passenger passengers traveller travellers traveler travelers resident residents witness "
    "passasjer passasjerer passasjerar reisende beboer bebuar nabo neighbour neighbor vitne "
    "commentator kommentator capt lt sgt".split()  # (a post written short: «fire Capt. …»)
)
_WORD = re.compile(r"\w+")
_QUOTED_AROUND = 50  # characters either side of a mention: the saying and the post


def only_a_source(label: str, text: str) -> bool:
    """Whether the person a topic names speaks at nearly every mention, and one of them gives
    a post a story asks to tell or explain (a spokesman, a fire chief, a researcher: the
    story's source, not its subject): «said Fire Chief Anthony Goode», «…, sier Thor
    Kamfjord, forsker i Norner» (not one the story tells of: «Kamfjord fant plasten …»)."""
    words = label.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    surname = words[-1]
    if max(zipf(surname, "en"), zipf(surname, "nb")) >= _COMMON_WORD:
        return False  # («Mediterranean Sea», «Fire Department»: no person's)
    role, mentions, speaking = False, 0, 0
    for at in word_positions(surname, text):
        near = _WORD.findall(
            text[max(0, at - _QUOTED_AROUND) : at + len(surname) + _QUOTED_AROUND].lower()
        )
        mentions += 1
        speaking += not ONE_WORD_SPEECH_VERBS.isdisjoint(near)
        role = role or not _SOURCE_ROLES.isdisjoint(near)
    # (a word of what he reports may be no speech verb: «Goode identified those killed …»)
    return role and speaking >= _SPEAKING_SHARE * mentions


_SPEAKING_SHARE = 0.75
_COMMON_WORD = 4.0  # Zipf: a word of every text (a surname that is one stays: «Brown»)


# A court of first instance or a police station where the case is heard or the suspect held:
# the venue, not the story (readers called /buskerud_tingrett, /gloucester_crown_court,
# /snaresbrook_crown_court and /auki_police_station noise). Not Høyesterett: it decides.
_VENUE = re.compile(
    r"(?:tingrett|[Cc]rown [Cc]ourt|[Mm]agistrates'? [Cc]ourt|[Ss]heriff [Cc]ourt|"
    r"[Dd]istrict [Cc]ourt|[Cc]ounty [Cc]ourt|[Pp]olice [Ss]tation|politistasjon)$"
)


def without_sources(
    topics: list[Topic], per_section: list[tuple[str, ...]], article: Article
) -> tuple[list[Topic], list[tuple[str, ...]]]:
    """The topics without the people a story only quotes to tell or explain (a reader asks
    for the fire, not for the fire chief), and without the court the case is heard in unless
    the title names it; unless they are all it has: a digest with no topic at all helps no
    reader."""
    text, title = article.text, article.title or ""
    sources = {topic.command for topic in topics if only_a_source(topic.label, text)}
    sources |= {t.command for t in topics if _VENUE.search(t.label) and t.label not in title}
    if not sources or len(sources) == len(topics):
        return topics, per_section
    kept = [topic for topic in topics if topic.command not in sources]
    return kept, [tuple(n for n in names if n not in sources) for names in per_section]
