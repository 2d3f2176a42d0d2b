"""The words of every story no reader types as a topic: «saken», «november», «national».

bot.core.topic_words drops them (a name written like one, «Best», «November», too); a
person whose surname is one of them is named in full: «Theresa May», not /may.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.full_names import GIVEN, GIVEN_REST, full_names, named_words, speaks
from bot.core.lexicon import lexicon
from bot.core.name_words import COMPOUND_WORD, SMALL, is_title, written_bare
from bot.core.page_words import AGENCIES, CALENDAR, OUTLETS
from bot.core.stamps import TIME_ZONES
from bot.core.stopwords import GENERIC_NOUNS, stopwords
from bot.core.text import word_positions
from bot.core.verbs import verb_forms

# Nouns that carry no news of their own in any story: «saken», «forholdene».
# And Nynorsk's auxiliary «vert» (becomes), which the dictionary also has as a host.
# («NN»: a paper's stand-in for a person it does not name)
_FILLER_LEMMAS = frozenset({"sak", "forhold", "vert", "nn"})
# The calendar (a date is no topic: /november) and, in English, adjectives of every story
# no ending gives away (/national, /mayoral, /major).
_EVERY_STORY_ADJECTIVES = frozenset(
    "national local regional federal international general mayoral major minor former "  # noqa: SIM905
    "current public private central annual recent main senior junior".split()
)
# «on Nov. 2»: a month written short (not «May», «Mars»: names too)
_SHORT_MONTHS = frozenset("jan feb aug sep sept okt oct nov des dec".split())  # noqa: SIM905
# A season is a time, as a month is (/haust of «Det var haust …»).
_SEASONS = frozenset(
    "høst haust sommer sumar vinter spring summer autumn winter "  # noqa: SIM905
    # and a holiday is a date (/christmas_eve, /juledag of «the Christmas Eve slaying»)
    "julaften juleaften juledag romjul romjula romjulen nyttårsaften nyttårsdag "
    "påskeaften skjærtorsdag langfredag christmas easter thanksgiving halloween eve".split()
)
# «Sen. Tillis», «Rep. Rice», «Gov. Newsom»: a title written short is no name; nor is a
# match's «FT:» and «HT:» (full time, half time), nor the police's «OBS-melding»
_HONORIFICS = frozenset("sen rep gov lt sgt capt mr mrs ms dr prof ft ht obs".split())  # noqa: SIM905
# A name a paper took out: «XY (navn fjernet av VG)», «NN»; a clock's zone («9pm NZT»).
_PLACEHOLDERS = frozenset(("xy", "nn", "xx"))
# (not the zones that are words or names too: «cat», «PST», Norway's security police)
_ZONES = frozenset(TIME_ZONES.lower().split("|")) - {"cat", "eat", "et", "pt", "pst"}


@lru_cache(maxsize=8)
def fillers(language: str) -> frozenset[str]:
    found = stopwords(language) | _FILLER_LEMMAS | GENERIC_NOUNS.get(language, frozenset())
    found |= CALENDAR | _SHORT_MONTHS | _HONORIFICS | _SEASONS | _PLACEHOLDERS | _ZONES
    return found | (_EVERY_STORY_ADJECTIVES if language == "en" else frozenset())


def word_given(word: str, text: str, language: str) -> bool:
    """«Liss» of «Liss Marie Andreassen»: a word of the dictionary as a given name (not a
    party's genitive, «Aps Kari Undertun», «Høyres Erna Solberg»)."""
    return lexicon(language).known(word.lower()) and not written_bare(word, text)


def filler_name(name: str, text: str, language: str) -> str | None:
    """The full name a person is introduced by: readers know «Erna Solberg», «Kevin O'Dowd»,
    not /solberg (one of thousands); and a surname that is a word of every story is a
    person only so: «Theresa May»."""
    words = fillers(language)
    # (the fullest, then the first the story gives: «Aksel Lund Svindal», not his father
    # «Bjørn Svindal» said more often further down; «Karita Bekkemellem Orheim», not the
    # headline's «Bekkemellem Orheim»)
    found = []
    # (a look-up of the name, or its genitive, then the words before)
    for at in sorted((*word_positions(name, text), *word_positions(f"{name}s", text))):
        before = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
        end = at + len(name)
        # (or in the genitive: «Erna Solbergs regjering» gives her name in full too)
        goes_on = text[end : end + 1] in _WORD_GOES_ON and not _GENITIVE_END.match(text, end)
        if before and not goes_on:
            if _runs_on_as_name(text, end):
                continue  # «the National Immigration Forum»: a body's name, no person's
            names, start = before.group(1), before.start(1)
            if " " in names and (
                not _given(names, text, start, language)
                or _name_runs_on(text, start)
                or _plural_before(names, language)
            ):
                # «Statsminister Jens»: «Jens»; «Momentium Live Ronny Stokke»: «Ronny»
                start = at - len(names.split()[-1]) - 1
                names = names.split()[-1]
            if _given(names, text, start, language):
                found.append((-names.count(" "), start, names))
    fullest = min(found)[2] if found else ""
    # (a person: who speaks or is introduced so, or whose given name no dictionary has,
    # «Niklas Castro scoret»; not «South Scotland»)
    introduced = found and (
        _person(name, text)
        or any(_by_role(text, at) for _, at, _ in found)
        or not lexicon(language).known(fullest.split()[0].lower())
    )
    given = fullest if introduced else None
    if given:
        # (a given name the dictionary has too, opening the sentence that tells her post:
        # «Liss Marie Andreassen er breforskar …», not «Marie Andreassen»)
        at = text.find(f" {given} {name}")  # (only after a capitalised word: «Liss Marie …»)
        word_before = (text[:at].rsplit(None, 1) or [""])[-1] if at > 0 else ""
        capital = word_before[:1].isupper() and " " not in given
        whole = full_names(text, {name}).get(name, "") if capital else ""
        whole = whole if whole.endswith(f" {given} {name}") else ""
        return (
            whole if whole and word_given(whole.split()[0], text, language) else f"{given} {name}"
        )
    return named_words(text, words).get(name) if name.lower() in words else None


def _person(surname: str, text: str) -> bool:
    """Whether the story treats the name as a person's: he speaks («sier Solberg», «Crush
    told the court»), or his age is given («Stephen Crush, 45,», «Kari Ås (36)»); not a
    team's or a place's («Edmonton Oilers», «South Scotland»)."""
    # («Lysbakken: – Håpar …»: a headline gives the speaker's words after a colon)
    return (
        speaks(surname, text)
        or re.search(rf"{re.escape(surname)}(?:,? \(?\d{{1,3}}\b|: [–—«])", text) is not None
    )


def _name_runs_on(text: str, at: int) -> bool:
    """Whether another name, not a title, stands right before `at`: the first of two given
    names may be its last word («Momentium Live Ronny Stokke»)."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None or not before.group(1)[:1].isupper() or is_title(before.group(1)):
        return False
    if COMPOUND_WORD.match(before.group(1)):
        return False  # «Molde-manager Ole Gunnar Solskjær»: a role's compound, then his names
    # (not a sentence's first word, capitalised by its place: «Boligeier John Ivar …»)
    start = before.start(1)
    return start > 1 and text[start - 2 : start].strip() not in ("", ".", "!", "?", ":", "–", "«")


def _by_role(text: str, at: int) -> bool:
    """Whether the name at `at` is introduced as a person's: a role or a nationality before
    it («finansminister Trygve Slagsvold Vedum», «Italienske Federico Pellegrino»), or a
    party after it («Raymond Johansen (Ap)»)."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before and (is_title(word := before.group(1).lower()) or word.endswith(_ROLE_ENDINGS)):
        return True
    if before and word[:1] != before.group(1)[:1]:  # capitalised: an office's name, maybe
        # «Former Speaker of the Illinois House of Representatives Michael Madigan»
        office = _OFFICE_BEFORE.search(text, max(0, at - 80), at)
        if office is not None and any(map(is_title, office.group(1).split())):
            return True
    return _PARTY_AFTER.match(text, at) is not None


_WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]{3,}) $")
_OFFICE_WORD = r"(?:[A-ZÆØÅ][\w'’-]*|of|the|for|og|i|på)"
_OFFICE_BEFORE = re.compile(rf"(?<![\w'’-])({_OFFICE_WORD}(?: {_OFFICE_WORD}){{1,8}}) $")
_ROLE_ENDINGS = (
    *("trener", "trenar", "advokat", "forsvarer", "forsvarar", "aktor", "forsker", "forskar"),
    *("spiller", "spelar", "keeper", "rådmann", "professor", "ansvarlig", "ansvarleg"),
    *("italienske", "franske", "svenske", "finske", "tyske", "russiske", "amerikanske"),
)
# «Raymond Johansen (Ap)», «Trygve Slagsvold Vedum (Sp)», «Ted Cruz (R-Texas)»
_PARTY_AFTER = re.compile(
    r"[A-ZÆØÅ][\w'’ -]{2,40}? \((?:Ap|A|H|Sp|SV|Frp|FrP|KrF|V|MDG|R|Rødt|Raudt|[DR]-[A-Z][\w.]*)\)"
)


def _given(names: str, text: str, at: int, language: str) -> bool:
    """Whether the words are a person's given names: no title or role («Commissioner»), and
    not a sentence's first word the dictionary has («Ekstremværet Gyda»)."""
    words = names.lower().split()
    if words[0] in SMALL or any(is_title(word) for word in words):
        return False
    if words[0] in _SMALL_EN:
        return False  # «Although Microsoft has …», «Alongside Ofcom, …»: a sentence's small word
    if _not_people(words[0]) or not _NOT_GIVEN_WORDS.isdisjoint(words):
        return False  # «Aftenposten Espen Thomassen», «Høyre Erna Solberg»: whose, then who
    opens = at == 0 or text[max(0, at - 2) : at].strip() in ("", ".", "!", "?", ":", "–", "«")
    # (English: a word the story never writes in lower case is a name there, «London Breed
    # said»; a Norwegian one may be an adjective: «Dødssyke Hannah Jones»)
    named = language == "en" and not _in_lower_case(words[0], text)
    # (a short uninflected word before another given name is one too: «Per Olav Dalby»,
    # «Stein Erik Hagen», «Jan Terje Andersen»; not «Unge Ola Hansen»: «ung»'s form)
    named = named or (len(words) > 1 and given_first(words[0], language))
    aged = _AGED_AFTER.match(text, at + len(names)) is not None  # («Runar Espejord (23) er …»)
    if opens and not (named or aged) and language != "en" and _verb_first(words[0]):
        return False  # «Vinnar Warholm også 400-meteren, tar han …»: «if he wins», in Nynorsk
    return not (opens and lexicon(language).known(words[0]) and not named)


_AGED_AFTER = re.compile(r" [A-ZÆØÅ][\w'’-]+ \(\d{1,3}\)")


def _verb_first(word: str) -> bool:
    return any(verb_forms(code).is_finite(word) for code in ("nb", "nn"))


def given_first(word: str, language: str) -> bool:
    """A short word the dictionary has uninflected, before another given name: a given name
    too («Per Olav», «Stein Erik», «Jan Terje»; not «Unge Ola»: «ung»'s form)."""
    lower = word.lower()
    return (
        len(lower) <= _GIVEN_LETTERS
        and (lexicon(language).form_lemma(lower) or "").lower() == lower
    )


_GIVEN_LETTERS = 6


# (English's small words, less those that are given names too: «Per Borten», «Will Smith»)
# (nor a name's particle: «Dos Santos», «De Bruyne», «Van Dijk»)
_SMALL_EN = stopwords("en") - frozenset(
    "per will may bill don sue pat jan ray kay dos das de da di du del van von der le la el".split()  # noqa: SIM905
)


def _plural_before(names: str, language: str) -> bool:
    """«… of Representatives Michael»: an English plural the dictionary has, an office's
    last word, before the given name."""
    first = names.split(maxsplit=1)[0].lower()
    return language == "en" and len(first) >= 6 and first[-1] == "s" and lexicon("en").known(first)


def _in_lower_case(word: str, text: str) -> bool:
    return any(text[at - 1 : at] in (" ", "\n") for at in word_positions(word, text))


# One or two given names right before a name: «Erna Solberg», «Marte Lien Sandvik».
# (not full_names' own, which takes an initial too: «Hanne H. Bragstad»)
_GIVEN_BEFORE = re.compile(rf"([A-ZÆØÅ](?<![\w'’.-][A-ZÆØÅ]){GIVEN_REST}(?: {GIVEN})?) $")
_WORD_GOES_ON = frozenset("-'’") | frozenset("abcdefghijklmnopqrstuvwxyzæøå")
_GENITIVE_END = re.compile(r"['’]?s(?![\w-])")
_NEXT_WORD = re.compile(r" ([A-ZÆØÅ][a-zæøå]+)\b")


def _runs_on_as_name(text: str, end: int) -> bool:
    """Whether a capitalised word the calendar does not have follows: the name goes on
    («… Immigration Forum»; not «said Solberg Tuesday»)."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() not in CALENDAR


# A paper or a party before a name: «Aftenposten Espen Thomassen», «Høyre Erna Solberg».
_NOT_PEOPLE = (
    OUTLETS
    | AGENCIES
    | frozenset(
        "høyre ap frp sv sp krf venstre mdg rødt raudt labour tory tories".split()  # noqa: SIM905
    )
    # and whose: «Aps Ogne Undertun», «Høgres Kari Ås» (the party's, then who)
    | frozenset("høyres høgres aps frps svs sps krfs venstres mdgs rødts raudts".split())  # noqa: SIM905
)


def _not_people(word: str) -> bool:
    """A party, an outlet or an agency, or whose: «Senterpartiets Marte Løvik»."""
    return word in _NOT_PEOPLE or word.endswith(("partiets", "partis"))


# A rank, a day, a point of the compass: «Garda Keegan», «Deputy James Driver», «Sunday the
# BoM», «West Central Ohio».
_NOT_GIVEN_WORDS = CALENDAR | frozenset(
    "garda officer deputy sheriff trooper agent corporal lieutenant colonel major doctor "  # noqa: SIM905
    "professor nurse reverend father sister brother pastor bishop saint st north south east "
    "west central northern southern eastern western nord sør øst vest".split()
)
