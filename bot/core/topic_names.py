"""Names the title or the lead gives and the story says again: where the news happens,
who or what it is about («Ankesaken mot 81-åringen fra Sarpsborg …», «the new festival
Festningen …»). A section counts its own words only, so a name said once in each of two
short sections was no topic of either; a reader types it first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bot.core.analysis import Analysis
from bot.core.full_names import TITLE_SMALL
from bot.core.lexicon import lexicon
from bot.core.name_words import COMMON_COMPOUND, ONE_NAME, TITLES, is_title, names_a_post
from bot.core.page_words import CALENDAR, OUTLETS
from bot.core.speakers import QUOTE_OPEN, SPEECH_VERBS
from bot.core.stopwords import stopwords
from bot.core.text import word_positions
from bot.core.topic_counts import SectionWords

_TIMES = CALENDAR | {"christmas", "easter", "jul", "påske", "halloween"}
_MOST = 1  # such names an article adds: where it happens or whom it is about, not its cast
# A name beside a speech verb is a source's: «sier Hansen», «Hansen said».
# (a role between: «sier daglig leder i Palmesus Leif Fosselie»)
# (a post between commas too: «sier ordfører i Stord, Harry Herstad»)
_SAID_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS})(?:[ \xa0]+(?:[^\s.;:!?–]+|[A-ZÆØÅ]\.)){{0,7}}[ \xa0]+$"
)
# «Ifølge Kjøren», «according to Hansen»
_ACCORDING_TO = re.compile(
    r"(?:[Ii]følge|[Ii]følgje|[Aa]ccording to)(?:[ \xa0]+[A-ZÆØÅ][\w'’.-]*){0,2}[ \xa0]+$"
)
# («sier daglig leder Odd Strøm i Nova Sea»: where the source works, a topic; not «sier
# daglig leder i Palmesus Leif Fosselie»: the source after it)
_WHERE = re.compile(
    r"(?<![\w-])(?:i|ved|fra|frå|hos|på|in|at|from|of)[ \xa0]+(?:[A-ZÆØÅ][\w'’.-]*[ \xa0]+)?$"
)
# («Oddbjørn Dyrdal, fortel at …», «Harry Herstad (Ap) sier», «Becker, now an assistant
# prosecutor in Trumbull County, said»)
_SAID_AFTER = re.compile(
    r"^(?:[ \xa0]+[A-ZÆØÅ][\w'’.-]*)*(?:[ \xa0]*\([^()]{1,20}\))?"
    # (and where the source works: «Berit Hannasvik i Averøy sa …»)
    r"(?:[ \xa0]+(?:i|ved|hos|frå|fra|in|at|of)(?:[ \xa0]+[A-ZÆØÅ][\w'’.-]*){1,3})?"
    rf"(?:,(?:[ \xa0]+[^\s,.!?]+){{1,10}},|,)?[ \xa0]+(?:{SPEECH_VERBS})\b"
)


_KICKER_WORDS = 12


def lead_names(
    analysis: Analysis,
    sections: list[SectionWords],
    plain: set[str],
    written: Callable[[str], bool],
    taken: Callable[[str], bool],
    least: int = 2,
    *,
    wide: bool = False,
) -> list[str]:
    """The keys of such names, most said first: in the title or the lead paragraph, said
    twice at least (`least`: once, for a story left without a topic), written inside a
    sentence, not beside a speech verb, nowhere only where no topic is (`written`) and not
    `taken` by a topic already."""
    if not sections:
        return []
    first = analysis.sections[0]
    lead = set(analysis.title_words)
    lead.update(w for s in first.sentences if s.paragraph == 0 for w in s.words if w.name)
    # (a lead of one short line naming no one, «På ingen måte noen nykommer lenger.», is a
    # kicker: the paragraph under it leads, its names said in two sentences at least)
    kicker = (
        not lead and sum(s.n_words for s in first.sentences if s.paragraph == 0) < _KICKER_WORDS
    )
    if kicker or wide:  # (`wide`: a page left without a topic, its second paragraph too)
        lead.update(w for s in first.sentences if s.paragraph == 1 for w in s.words if w.name)
    # (the lead is the first section's: only its names are read, most said first)
    said = {
        key: sum(section.count.get(key, 0) for section in sections)
        for key, words in sections[0].carriers.items()
        if not lead.isdisjoint(words)
        and key in plain
        and all(w.name for w in words)
        and (not kicker or sections[0].sentences_saying(key) >= 2)
    }
    text = analysis.article.text
    opening = _opening(first.sentences[0].text) if first.sentences else set()
    found = []
    for key in sorted(said, key=lambda k: -said[k]):  # (on a tie, the first written)
        if said[key] < least or taken(key):
            continue
        carriers = {w for s in sections for w in s.carriers.get(key, ())}
        if not all(w.name for w in carriers):
            continue
        surfaces = {w.surface for w in carriers}
        if {s.lower() for s in surfaces} & _TIMES or any(
            s.lower().endswith(_MEDIA) for s in surfaces
        ):
            continue  # (a date; a paper: «innlegg i Sunnmørsposten», the story's medium)
        places = _positions(surfaces, text)
        # (the lead's subject is no mere source: «Rishi Sunak has announced …», «RBA boss
        # Michele Bullock said …»)
        if not _inside_a_sentence(places, text):
            continue
        if (_said_by(places, text) and opening.isdisjoint(surfaces)) or not written(key):
            continue
        found.append(key)
        if len(found) == _MOST:
            break
    return found


def _opening(lead: str) -> set[str]:
    """The words a lead opens on, up to its fourth, where it states (not «– Vi anker, sier
    …», «Ifølge Hansen …»): its subject, if a name, is whom the story is about."""
    if lead.startswith(QUOTE_OPEN):
        return set()
    words = lead.split(",", 1)[0].split()[:4]
    if words and words[0].lower() in ("ifølge", "ifølgje", "according"):
        return set()
    opening = {word.strip(".:;!?»”'’") for word in words}
    return {word for word in opening if not is_title(word)}  # (not «Minister», «Chancellor»)


def _positions(surfaces: set[str], text: str) -> list[tuple[int, int]]:
    """Where each surface stands whole (not «Nato» of «Nato-sjefen»): (start, end)."""
    return [
        (at, at + len(surface))
        for surface in surfaces
        for at in word_positions(surface, text, joiners="-")
    ]


def _inside_a_sentence(places: list[tuple[int, int]], text: str) -> bool:
    """Capitalised where a sentence does not open: a name, not «Unge» first in a title."""
    return any(inside_a_sentence(text, start) for start, _ in places)


def inside_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` stands after a space inside a sentence, not first in it."""
    return (
        start > 1
        and text[start - 2 : start] not in (". ", "? ", "! ", ": ")
        and text[start - 1] == " "
    )


def _said_by(places: list[tuple[int, int]], text: str) -> bool:
    """A source's name: beside a speech verb at least every other time it is written."""
    said = sum(_beside_speech(text, start, end) for start, end in places)
    return 2 * said >= len(places)


def _beside_speech(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end stands beside a speech verb: «sier … Hansen» (not «sier
    daglig leder Odd Strøm i Nova Sea»: where the source works), «Hansen said»."""
    near = max(0, start - 40)
    window = text[near:start]  # («Ifølge Bragstad»: looked for only where its words are)
    according = ("følg" in window or "ccording" in window) and _ACCORDING_TO.search(
        text, near, start
    )
    return bool(
        (
            (_SAID_BEFORE.search(text, max(0, start - 80), start) or according)
            and not _WHERE.search(text, near, start)
        )
        or _SAID_AFTER.match(text[end : end + 60])
    )


def only_a_source(surfaces: set[str], text: str) -> bool:
    """A name beside a speech verb wherever it is written («… seier Ronny Sleire i
    Vegtrafikksentralen», «…, seier Sleire»), or introduced by its role where it is not
    («Landsås-trener Ida Marie Sørensen smilte bredt»): whose words the story gives, not
    whom it is about."""
    places = _positions(surfaces, text)
    said = [_beside_speech(text, start, end) for start, end in places]
    return any(said) and all(
        quoted or (start > _LEAD_CHARS and _ROLE_BEFORE.search(text, max(0, start - 60), start))
        for quoted, (start, _) in zip(said, places, strict=True)
    )


# A role in front of a name: «Landsås-trener Ida Marie Sørensen», «sentralbanksjef Øystein
# Olsen» (not a party's leader: in politics, whom the story is about), after the lead
# (there the story says whom it is about: «… sikret Rosenborg-trener Åge Hareide ett poeng»).
_LEAD_CHARS = 400
_ROLE_BEFORE = re.compile(
    r"(?i:trener|trenar|sjef|direktør|talsperson|coach|manager|spokes(?:wo)?man)"
    r"(?:[ \xa0]+[A-ZÆØÅ][\w'’.-]*){0,3}[ \xa0]+$"
)


def only_before_a_slash(surfaces: set[str], text: str) -> bool:
    """A name written only as the first of two joined by a slash («Bodø/Glimt»): the pair
    is the name, and its second word the one a reader types (/glimt, not /bodo)."""
    places = _positions(surfaces, text)
    return bool(places) and all(
        text[end : end + 1] == "/" and text[end + 1 : end + 2].isupper() for _, end in places
    )


# A work's title in quote marks: a few words, a capital first, no sign of a sentence inside.
_WORKS_TITLE = re.compile(r"[«“\"]([A-ZÆØÅ][^«»“”\"\n,.!?:;]{1,60})[»”\"]")
_TITLE_WORDS = 6


def only_in_a_works_title(label: str, text: str) -> bool:
    """A name written only inside a work's title in quote marks, with more words: /oz of
    «Trollmannen frå Oz», /engel of «Engel i snøen» (the whole title names the work; the
    story may write it again without the marks: «ungdomsboka Engel i snøen»)."""
    if "«" not in text and "“" not in text and '"' not in text:
        return False
    places = _positions({label}, text)
    titles = {t for t in _WORKS_TITLE.findall(text) if " " in t and t.count(" ") < _TITLE_WORDS}
    spans = [(at, at + len(title)) for title in titles for at in word_positions(title, text)]
    return bool(places) and all(
        any(start <= at and end <= stop and stop - start > end - at + 1 for start, stop in spans)
        for at, end in places
    )


# Where the lead says it happens: «… ved Rå i Lavik», «… på Stangenes i Randesund, utenfor
# Kristiansand», «… in Hubbard»: a chain of places, the widest last.
_PLACE_CHAIN = re.compile(
    r"\b(?:i|ved|på|utanfor|utenfor|nær|in|at|near|outside) ((?:[A-ZÆØÅ][\w-]+ )?[A-ZÆØÅ][\w-]+)"
    r"(?:,? (?:i|ved|på|utanfor|utenfor|nær|in|outside) ((?:[A-ZÆØÅ][\w-]+ )?[A-ZÆØÅ][\w-]+))*"
)


_JOINED = re.compile(r" ((?:og|and) [A-ZÆØÅ][\w-]+)")
_MEDIA = ("posten", "avisa", "avis", "bladet", "tidende", "times", "post", "herald", "journal")


def lead_place(analysis: Analysis, sections: list[SectionWords], plain: set[str]) -> str | None:
    """The key of the place the lead's first sentence says the story happens in, the
    widest of a chain («i Marviksveien i Kristiansand»: Kristiansand), if a name."""
    first = next((s for s in analysis.sections[0].sentences if s.paragraph == 0), None)
    if first is None or not sections:
        return None
    found = _PLACE_CHAIN.search(first.text)
    if found is None:
        return None
    place = found.group(found.lastindex or 1).split()[-1]
    if (
        place.lower().endswith(_MEDIA)
        or place.lower() in OUTLETS  # («… som sendes fredag kveld på NRK»: a channel)
        or first.text[found.end() : found.end() + 2].strip()[:1].isdigit()
    ):
        return None  # «innlegg i Sunnmørsposten 19. august»: a paper, a date: no place
    joined = _JOINED.match(first.text, found.end())
    if joined and f"{place} {joined.group(1)}".lower() in ONE_NAME:
        return None  # «i Sogn og Fjordane», «i Oslo og Viken»: a county, not /sogn
    for key, words in sections[0].carriers.items():
        if key in plain and any(w.surface == place and w.name for w in words):
            return key
    return None


# «Agder politidistrikt», «Vest politidistrikt»: the district of the police who report it.
_OFFICE_AFTER = re.compile(
    r"[ \xa0](?:politidistrikt|sivilforsvarsdistrikt|brann og redning|police district)\b"
)


def only_an_office(surfaces: set[str], text: str) -> bool:
    """A name written only as the district of the police or fire service who report the
    story («opplyser … ved Agder politidistrikt»): the story happens in one of its towns;
    or only before a title, as a post's («Senate Majority Leader John Thune»)."""
    places = _positions(surfaces, text)
    return bool(places) and all(
        _OFFICE_AFTER.match(text, end) or _before_a_title(text, end) for _, end in places
    )


def _before_a_title(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    return following is not None and is_title(following.group(1))


_NEXT_WORD = re.compile(r"[ \xa0]([A-ZÆØÅ][\w-]*)")


def no_subject(surfaces: set[str], text: str, label: str, *, titled: bool, quoted: bool) -> bool:
    """A name the story is not about: a source it only quotes (`quoted`: unless the title
    names it), half of a name before a slash (/glimt of «Bodø/Glimt», not /bodo), a word of a
    work's title («Trollmannen frå Oz»), the office of the police who report it, or a post
    with no one in it («Former Speaker»)."""
    return (
        (quoted and only_a_source(surfaces, text))
        or only_before_a_slash(surfaces, text)
        or only_in_a_works_title(label, text)
        or (not titled and only_an_office(surfaces, text))
        or all(map(names_a_post, label.split()))
        # («Foreign Minister» the story also writes «foreign minister»: a post, no one in it)
        or (names_a_post(label.rsplit(" ", 1)[-1]) and f" {label.lower()} " in text)
    )


# (not a common word's compound: «Lunde Pedersen OL-bronse»; a double surname whole: «Johannes
# Thingnes Bø», its two words and no third)
_SURNAME_AFTER = re.compile(
    rf"[ \xa0](?!{COMMON_COMPOUND})([A-ZÆØÅ][\w'’-]+"
    rf"(?:[ \xa0](?!{COMMON_COMPOUND})[A-ZÆØÅ][\w'’-]+)?)(?![\w-])(?![ \xa0][A-ZÆØÅ])"
)


def full_name(first: str, text: str, language: str) -> str | None:
    """The full name a first name is written in, where the text also writes the first name
    alone («vi kastet Kåre» after «Kåre Ingebrigtsen»): a reader types the person's name."""
    # (two names and no third: not «Telenor Sigve Brekke», «Høyre Erna Solberg»)
    found = Counter(
        m.group(1)
        for at in word_positions(first, text)
        if (m := _SURNAME_AFTER.match(text, at + len(first)))
    )
    if not found or first.lower() in TITLES or first.lower() in TITLE_SMALL:
        return None  # (nor «In» of «Last Tango In Halifax»: a title's small word)
    surname = max(found.items(), key=lambda item: (item[1], item[0]))[0]
    # (a double surname's last word for a genitive, its first for a word: «Thingnes Bø»)
    word, last = surname.split()[0], surname.split()[-1]
    if last.endswith("s") or surname.isupper() or lexicon(language).known(word.lower()):
        return None  # «Brann Stadion», «Oslo Sentrum», «Ondrasek Tromsøs»: no person's
    # (and the given name before it, where the text always writes one: «Eirik Marius Djupvik»)
    whole = f"{first} {surname}"
    before = {_GIVEN_BEFORE.search(text, max(0, at - 20), at) for at in word_positions(whole, text)}
    given = {m.group(1) if m else None for m in before}
    name = next(iter(given)) if len(given) == 1 else None
    # (no word of the dictionaries: «Utbygger Elverhøy Terasse» is the developer's post)
    if name is None or lexicon(language).known(name.lower()):
        return whole
    return whole if name.lower() in stopwords(language) else f"{name} {whole}"


_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[\s«\"“(]))([A-ZÆØÅ][a-zæøåé]+) $")
