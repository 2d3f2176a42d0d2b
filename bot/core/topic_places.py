"""Where an article writes a word that may be a topic: only where no topic is.

A first name before the surname («Henrik Asheim»), a unit after a number (950 hPa), a
verb after «å», «to» or a modal, a word only in a fact box's lines («Fødd i Modalen
1884»): bot/core/topics.py asks this of its few best-ranked keys' words only, since it
searches the article's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bot.core.analysis import Analysis, Word
from bot.core.bodies import BODY_HEADS
from bot.core.lexicon import lexicon
from bot.core.name_words import (
    COMPOUND_WORD,
    FIRM_WORDS,
    LONG_NAME_BEFORE,
    NAME_AFTER,
    NAME_BEFORE,
    OWNED,
    OWNER,
    PARTICLES,
    ROYAL,
    SMALL,
    in_a_works_title,
    is_title,
    one_name,
    small_before,
)
from bot.core.page_words import CALENDAR
from bot.core.stopwords import stopwords
from bot.core.text import word_positions
from bot.core.topic_sources import speaks_for_others
from bot.core.verbs import verb_forms
from bot.core.vox_pops import vox_pop
from bot.core.word_rarity import NAME_PART_ZIPF, zipf

# A name always before another: «David Moyes», «Møre og Romsdal», «Svein Olav B. Langåker».
_BEFORE_ANOTHER_NAME = re.compile(  # (an Irish or Italian surname too: «O'Herlihy», «D'Amato»)
    r"[ \xa0]+(?:og |and )?(?:[A-ZÆØÅ]\. )?[A-ZÆØÅ](?:['’][A-Z])?[^\W\d_]"
)
# A faith's or a party's people after a name are no surname: «Rohingya Muslims».
_GROUP = re.compile(r" (?:Muslims|Christians|Jews|Hindus|Sikhs|Buddhists|Catholics|Democrats)\b")
# A part of a name written with a hyphen: «Mette-Marit» (not «Nato-sjefen», «Nord-Korea»).
_HYPHEN_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:Nord|Sør|Aust|Øst|Vest|Midt|North|South|East|West|Central)-)[A-ZÆØÅ][^\W\d_]*-$"
)
_HYPHEN_AFTER = re.compile(r"-[A-ZÆØÅ]")
# A word after a number (950 hPa, 83 minutter) or a verb's marker (å finne, to go, kan finne).
_AFTER_NUMERAL = re.compile(r"\d[ \xa0]+$")
_VERB_MARKER = {
    "nb": re.compile(r"(?<![\w-])(?:å|vil|kan|skal|må|bør|kunne|skulle|ville|måtte|burde) $"),
    # (English has no dictionary of its verbs' forms: a past after a subject pronoun or
    # «who», a participle after «was» or «been» is a verb too: was shot, who shot at)
    "en": re.compile(
        r"(?<![\w-])(?i:to|will|would|can|could|may|might|must|should|shall|was|were|is|are|"
        r"be|been|being|he|she|they|we|who|it)(?: [a-z]+ly)? $|(?<![\w-])I $"
    ),
}
_VERB_MARKER["nn"] = _VERB_MARKER["nb"]
_WORD = re.compile(r"[^\W\d_]+")
# A fact box's line: short, a year or a label, no sentence (Fødd i Modalen 10. juli 1884).
_YEAR, _LABEL = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b"), re.compile(r"[A-ZÆØÅ][^\W\d_]+:")
_FACT_LINE_WORDS = 12


def placed_only(analysis: Analysis) -> Callable[[Word], bool]:
    """Whether the article writes a word only where it is no topic: before another name
    (a first name), after a number (a unit), after an infinitive marker or a modal (a
    verb), or in a fact box's lines. Asked of a few candidate topics' words only."""
    article = analysis.article
    text = article.text
    marker = _VERB_MARKER.get(article.language)
    # The title is headline language («Officer shot in Leeds»): the body decides a word.
    body = len(article.title) if article.title else 0
    facts: list[set[str]] = []
    verdicts: dict[str, bool] = {}
    title = article.title or ""

    def placed(word: Word) -> bool:
        surface = word.surface
        found = verdicts.get(surface)
        if found is None:
            if not facts:
                facts.append(_fact_box(analysis, text) | vox_pop(text))
            found = verdicts[surface] = (
                surface in facts[0]
                or _placed(surface, text, marker, body)
                or (surface[:1].isupper() and speaks_for_others(surface, text, title))
            )
        return found

    return placed


def _placed(surface: str, text: str, marker: re.Pattern[str] | None, body: int) -> bool:
    capital = surface[0].isupper()
    before_name = surname = alone = 0
    for start in word_positions(surface, text, body):
        before = text[max(0, start - 24) : start]
        if _AFTER_NUMERAL.search(before):
            continue
        if marker is not None and not capital and marker.search(before):
            continue
        after = start + len(surface)
        if (
            capital
            and (name := _BEFORE_ANOTHER_NAME.match(text, after))
            and not _GROUP.match(text, after)
        ):
            before_name += 1
            surname += " og " not in name.group() and " and " not in name.group()
            continue
        if capital and (
            _HYPHEN_BEFORE.search(before) or _HYPHEN_AFTER.match(text, start + len(surface))
        ):
            continue  # «Marit» of «Mette-Marit»
        if not capital:
            return False
        alone += 1
        if alone >= 2 and not surname:
            return False  # a name the article writes on its own (most): read no further
    if alone > surname:  # (not «Erling» of «Erling Braut Haaland», alone no more often)
        return False
    # Not a first name: «Rådmann Siri» opening a line, a word written in lower case too;
    # «Norges Bank», the genitive of a name the article writes on its own.
    return not before_name or not (
        _occurs(surface.lower(), text) or (surface[-1] == "s" and _occurs(surface[:-1], text))
    )


# A person's name: after a role or a speech verb («council leader Mary Dunmore», «said
# Alan Pryce», «samferdselssjef Liv Brekke»), or before «, who» («New Zealand said» too).
_ROLE = (
    r"sjef|leder|leiar|direktør|minister|ministar|ordfører|ordførar|rådgiver|rådgjevar|"
    r"forsker|forskar|professor|ekspert|analytiker|trener|trenar|kaptein|spiller|spelar|"
    r"leader|secretary|president|spokesman|spokeswoman|spokesperson|chief|director|"
    r"manager|officer|mayor|expert|analyst|coach|captain|player|chairman|chairwoman"
)
# (not «meiner», «mener»: «Mållaget meiner Sogn og Fjordane må …» is a clause's subject)
_SAID = r"sa|sier|seier|said|says|told|added|forteller|fortel|fortalde|fortalte"
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:{_SAID})|(?i:{_ROLE})|\b(?:ifølge|according to)|(?m:^)(?i:by|av))[ \xa0]+$"
)
_PERSON_AFTER = re.compile(r",[ \xa0]+(?:who|som)\b")
_PERSON_WORD_LETTERS = 12  # the longest word _PERSON_BEFORE ends on: «according to»


def _person_before(text: str, at: int) -> bool:
    """Whether a role or a speech verb stands right before `at`, in the 30 characters
    before it. A match ends on the spaces before `at` (or on a line's end), so it opens at
    most _PERSON_WORD_LETTERS before them: the search starts there, not at each of the 30."""
    start = max(0, at - 30)
    window = text[start:at]
    body = window[:-1] if window.endswith("\n") else window  # («$» before a last newline)
    bare = body.rstrip(" \xa0")
    if len(bare) == len(body):
        return False  # no space before `at`
    lo = max(start, start + len(bare) - _PERSON_WORD_LETTERS)
    return _PERSON_BEFORE.search(text, lo, at) is not None


def whole_names(analysis: Analysis) -> Callable[[str], str | None]:
    """`whole_name` in the article's body (the title is headline language)."""
    article = analysis.article
    body = len(article.title) if article.title else 0
    return lambda surface: whole_name(surface, article.text, body)


def whole_name(surface: str, text: str, body: int) -> str | None:
    """The whole name a name's last word is always written in, from `body` on: «New
    Zealand» for «Zealand»; None when the text also writes the word alone (Stoltenberg
    after «Jens Stoltenberg»), after other names, or names a person by it: a reader asks
    for «Pryce», not «Alan Pryce» («said Alan Pryce», «council leader Mary Dunmore»,
    «Mary Dunmore, who»)."""
    if COMPOUND_WORD.match(surface):
        return None  # «Lunde Pedersen OL-bronse»: a common word's compound ends no name
    fronts: list[list[str]] = []
    finite = verb_forms("nb").is_finite  # (a sentence's first word may be its verb)
    backs: list[str] = []  # the capitalised words after each occurrence
    for start in word_positions(surface, text, body):
        end = start + len(surface)
        backs.append(m.group() if (m := _CAPITALS_AFTER.match(text, end)) else "")
        particle = text[max(0, start - 5) : start] in PARTICLES  # «Lars von Trier»
        hyphened = end < len(text) and text[end] == "-" and not particle
        if hyphened and not text[end + 1 : end + 2].islower():  # (not «Tons of Rock-festivalen»)
            return None  # «Zealand-Auckland»: the word alone in a compound of names
        found = NAME_BEFORE.search(text, max(0, start - 40), start)
        owner = OWNER.search(text, max(0, start - 40), start) if surface in OWNED else None
        if found is None and owner:
            fronts.append([owner.group(1)])  # «Hawke's Bay»
            continue
        if found is None and particle:
            fronts.append([text[start - 4 : start - 1]])  # «Lars von Trier», «von Trier’s»
            continue
        if found is None:
            return None
        words = found.group(1).split()
        if words and finite(words[0].lower()) and _sentence_start(text, found.start()):
            del words[0]  # «Ber Gulating lagmannsrett behandle …»: the sentence's verb first
        opening = _sentence_start(text, found.start())  # (not «the Open Air Theatre»)
        while words and (words[0].lower() in SMALL or (opening and _front_word(words))):
            del words[0]  # «The United States», «Ekstremværet Gyda»: the sentence's first word
            opening = False
        if any(word[0].isupper() and word.lower() in SMALL for word in words):
            return None  # «Last Tango In Halifax»: a work's title in headline case, no place's
        if len(words) == 1 and words[0].lower() in ROYAL and not NAME_AFTER.match(text, end):
            pass  # «Prince George», «King Charles»: the title is the name's, as readers type it
            # (not in «Queen Elisabeth 2»: the name goes on)
        elif any(is_title(word) for word in words):
            return None  # «President Putin»: a person's name
        if _person_before(text, found.start()) or _PERSON_AFTER.match(text, end):
            return None
        fronts.append(words)
    # The words every occurrence has in front («Fylka Sogn og» and «i Sogn og»: «Sogn og»).
    common = fronts[0] if fronts else []
    for words in fronts[1:]:
        while common and words[-len(common) :] != common:
            common = common[1:]
    while common and common[0].lower() in ("og", "and", "of"):
        common = common[1:]
    if not common:
        return None
    joined = " ".join(common)
    if ("og" in common or "and" in common) and not (
        in_a_works_title(surface, text) or one_name(common, surface, text)  # «Romeo og Julie»
    ):
        return None  # «Bergen og Ålesund», «Ap og Sp», «Henning Kvitnes og Unni Wilhelmsen»
    # (a name's inner word, its last always after it: «New South» of «New South Wales»)
    # (not a surname the text also writes alone: «Palmesus Leif» and «… forteller Fosselie»)
    rest = backs[0] if backs and all(back == backs[0] for back in backs) else ""
    if rest and (text.count(rest[1:]) > len(backs) or rest[1:].lower() in CALENDAR):
        rest = ""  # (nor a day: «… school in Mexico City Wednesday morning»)
    return (f"{joined}{surface}" if joined.endswith("-") else f"{joined} {surface}") + rest


# (one word: more may be a person's name after a firm's, «Momentium Live Ronny Stokke»)
_CAPITALS_AFTER = re.compile(rf" (?!{COMPOUND_WORD.pattern})[A-ZÆØÅ][\w'’-]+(?![\w'’-]| [A-ZÆØÅ])")


def _front_word(words: list[str]) -> bool:
    """A definite noun, or a people's adjective before a given name (not «Norske Skog»)."""
    people = len(words) >= 2 and words[0].endswith("ske") and lexicon("nb").known(words[0].lower())
    return people or _definite_noun(words[0])  # («Russiske Anton Babikov skjøt feilfritt»)


def _definite_noun(word: str) -> bool:
    """A Norwegian noun in its definite form («Uværet»): a common word, not a name («Tromsø»)."""
    lower = word.lower()
    if not lower.endswith(("et", "en", "ene", "ane")):  # (not «Nova Scotia»)
        return False
    lemma = lexicon("nb").form_lemma(lower) or lexicon("nn").form_lemma(lower)
    return lemma is not None and lemma != lower and lower.startswith(lemma[:-1] or lemma)


def usual_name(
    surface: str, text: str, language: str, least: int = 1, *, loose: bool = False
) -> str | None:
    """The longer name a common word is written in at least as often as alone (twice, if
    ever alone): «Norges Bank» for «Bank», «Manchester City» for «City» (a reader types
    neither /bank nor /city); not «SK Brann» where the text mostly writes «Brann».

    `loose`: a common word as a name is read as the name it is part of («the Supreme
    Court» and «the Court»: /supreme_court, not /court), and counts as alone only where
    it is written with a capital, without «the» or a name before it."""
    if is_title(surface) and surface.lower() not in ROYAL:  # (but «Prince Harry»)
        return None  # «Senate Majority Leader John Thune»: a title names no one to ask for
    # A rarer word too, when the same name always follows it: «Bane Nor», «Fab 42».
    rare = zipf(surface, language) < NAME_PART_ZIPF
    # A name may follow a dictionary's word («Bank of England»), not a name («Mexico City»).
    opens = lexicon(language).known(surface.lower())
    names: Counter[str] = Counter()  # (or the name it opens: «Bank of England», «Helse Vest»)
    alone = 0
    before = LONG_NAME_BEFORE if loose else NAME_BEFORE  # («Canterbury Christ Church …»)
    for start in word_positions(surface, text):
        found = before.search(text, max(0, start - 40), start)
        words, at = (found.group(1).split(), found.start(1)) if found else ([], 0)
        while words and small_before(words[0], text, at):  # (not «the Four Hills»: its name)
            at += len(words.pop(0)) + 1
        if len(words) > 1 and found and _sentence_start(text, found.start()):
            # «Lettet Tom Hagen ble kjørt …»: the first word capitalised, the name written without
            rest = " ".join((*words[1:], surface))
            if text.count(rest) > text.count(f"{words[0]} {rest}"):
                del words[0]
        after = NAME_AFTER.match(text, start + len(surface))
        if after and (again := _same_again(after.group(), surface)):
            after = NAME_AFTER.match(text, after.start(), after.start() + again)  # two capes
        if after is not None and after.group()[:1] in "'’":
            names[surface + after.group()] += 1  # «Hawke's Bay»: a place, its owner's name
            continue
        joins = after.group().split()[0] if after is not None else ""
        lettered = len(joins) == 1 and text.count(f"{surface} {joins} ") > 1  # «Class A drugs»
        if joins.lower() in SMALL and not lettered:
            # «Skipsbygging i Norge Det er …»: a run-on (not «Tour de France», «Høgskulen på …»)
            body = joins in ("i", "på") and surface.endswith(("et", "en", "a")) and opens
            after = after if joins in ("de", "du", "des", "del") or body else None
        if after is not None and after.group()[1:2].isdigit() and surface.lower() in MONTHS:
            after = None  # «on May 3»: a date
        if after is not None and any(is_title(w) for w in after.group().split()):
            if loose and is_title(after.group().split()[0]):
                continue  # «Senate Majority Leader John Thune»: a post's words, no name
            after = None  # «Senate Majority Leader John Thune»: a person's title follows
        firm = after is not None and after.group().split()[-1] in FIRM_WORDS
        # (a rarer common word after a name is read as any word: «Telenor Arena»)
        partners = words[-1:] in (["og"], ["and"]) and one_name(words, surface, text)
        if rare and not partners and (after is not None or not opens or not words):
            particle = after is not None and after.group()[2:3] in "'’"  # («Val d'Isere»)
            if after is None or not (opens or firm or particle or after.group()[1:2].isdigit()):
                return None  # (a rare word alone, or before another name: a name of its own)
            front = " ".join(words) + " " if words and not words[-1].endswith("-") else ""
            names[front + surface + after.group()] += 1  # «Rock Band 2»
            continue
        if not loose and words and any(is_title(word) for word in words):
            alone += 1  # («King County»: a common word names no person)
        elif partners:  # «Natur og Ungdom», «Food and Drug Administration»: a body's head too
            tail = after.group() if after else ""
            tail = tail if tail and tail.split()[-1].lower() in BODY_HEADS else ""
            names[f"{words[-2]} {words[-1]} {surface}{tail}"] += 1
        elif words and found and _person_before(text, found.start()):
            continue
        elif words and not words[-1].endswith(("og", "and", "of")):
            link = max((i for i, w in enumerate(words) if w in ("and", "og")), default=0)
            # «Ishan Kishan and Cameron Green»: two people, the last is his; «Shropshire and
            # Mid Wales» where «Shropshire» is written alone too: two places
            apart = link >= 2 or (link and text.count(words[0]) > text.count(" ".join(words)))
            if apart and surface.lower() not in BODY_HEADS:  # (not «Mine Safety and Health …»)
                words = words[link + 1 :]
            joined = " ".join(words)
            whole = f"{joined}{surface}" if joined.endswith("-") else f"{joined} {surface}"
            tail = after.group() if loose and after else ""  # «Nature Climate Change»
            tail = "" if tail.split()[:1] and tail.split()[0].lower() in CALENDAR else tail
            names[whole + tail] += 1
        elif after and (opens or firm):
            names[surface + after.group()] += 1
        elif not (loose and text[max(0, start - 4) : start].lower() in ("the ", "den ", "det ")):
            # («Police say …»: a sentence's first word has its capital from its place)
            alone += not (loose and _sentence_start(text, start))
    if loose:  # (of names as often, the first written: «Adair County» before «Sullivan County»)
        # (no name ends on «Is»: «Festival Announcement Season Is Upon Us!», a headline's case)
        small = stopwords(language)
        name, n = max(
            (
                (name, n)
                for name, n in names.items()
                if name.rsplit(None, 1)[-1].lower() not in small
            ),
            key=lambda item: item[1],
            default=("", 0),
        )
        return name if n and n >= alone else None
    name, n = max(names.items(), key=lambda item: (item[1], item[0]), default=("", 0))
    alone += sum(1 for _ in word_positions(surface.lower(), text))  # «a heat health alert»
    return name if n >= max(least, 2 if alone else 1) and n >= alone else None


def _same_again(after: str, surface: str) -> int:
    """Where «and» brings the same word again («Cape Leeuwin and Cape Horn»: two), or 0."""
    found = re.search(rf" (?:and|og) {re.escape(surface)}(?![\w'’-])", after)
    return found.start() if found else 0


def _sentence_start(text: str, at: int) -> bool:
    """Whether the word at `at` opens a line or follows a sentence's stop."""
    return at == 0 or text[at - 1] == "\n" or text[at - 2 : at - 1] in (".", "!", "?")


def at_a_place(name: str, text: str) -> bool:
    """Whether the text writes the name as a place's: «i Trondheim», «in Lafayette»."""
    return any(_AT.search(text, max(0, at - 5), at) for at in word_positions(name, text))


_AT = re.compile(r"\b(?:i|på|ved|nær|in|at|near) $")  # (not «fra», «from»: «humour from Pasquale»)
MONTHS = CALENDAR | {"may"}  # (not in CALENDAR: a filler word too, «May» a name)


def _occurs(word: str, text: str) -> bool:
    return next(word_positions(word, text), None) is not None


def _fact_box(analysis: Analysis, text: str) -> set[str]:
    """Words written only in a fact box's lines: «Fødd i Modalen 10. juli 1884»,
    «Død: 1924» (short, a year or a label, and no sentence: no full stop)."""
    facts = [
        p
        for section in analysis.article.sections
        for p in section.paragraphs
        # (the ending first: most paragraphs end on a stop, and a split costs more)
        if not p.rstrip().endswith((".", "!", "?", "»", '"', "”"))
        and len(p.split()) <= _FACT_LINE_WORDS
        and (_YEAR.search(p) or _LABEL.match(p))
    ]
    if not facts:
        return set()
    inside = Counter(w for line in facts for w in _WORD.findall(line))
    # (the few words of the box found in the text with str.find, not every word counted)
    return {w for w, n in inside.items() if n >= sum(1 for _ in word_positions(w, text))}
