"""How a topic's label names its subject: a person without the role in front, a place's
court or school with it."""

from __future__ import annotations

import re
from collections import Counter

from bot.core.bodies import BODY_HEADS
from bot.core.clause_words import DEFINITE_ENDINGS
from bot.core.full_names import full_names
from bot.core.lexicon import lexicon
from bot.core.name_words import is_title, with_particle, written_bare
from bot.core.page_words import NAME_PARTICLES
from bot.core.stopwords import stopwords
from bot.core.text import word_positions
from bot.core.topic_compounds import open_compound, storm_named
from bot.core.topic_fillers import given_first, word_given
from bot.core.topic_names import inside_a_sentence
from bot.core.topic_places import MONTHS, at_a_place
from bot.core.verbs import PREPOSITIONS_NO
from bot.core.word_rarity import zipf_table


def without_role(label: str, language: str = "nb") -> str:
    """A person's name without the role in front: «Health Minister Simeon Brown» is «Simeon
    Brown» (a name of two words or more after it; else the label as it is: «Queen Elisabeth
    2», a ship)."""
    words = label.split()
    if len(words) >= 3 and _owner(words[0], language):
        words = words[1:]  # «Dagbladets Sigrid Hvidsten», «BBC's Nick Robinson»: whose she is
        label = " ".join(words)
    last = max((i for i, w in enumerate(words[:-1]) if is_title(w)), default=-1)
    body = words[-1].lower() in BODY_HEADS  # («Scottish Green Party»: no side, then a person)
    if body and is_title(words[0]):
        return label  # «King George Hospital», «Princess Royal Hospital»: a body's whole name
    while not body and last + 3 <= len(words) and _people_or_party(words[last + 1]):
        last += 1  # «Democrat Laura Kelly», «Liberal Democrats Liam McArthur»: whose side, who
    name = words[last + 1 :]
    person = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name)
    if len(name) == 1 and person and words[last].lower() in _HONORIFICS:
        return name[0]  # «Mr Hall»: the surname, which the story may give in full
    return " ".join(name) if 0 <= last < len(words) - 2 and person else label


_GIVEN_IN_S = frozenset(
    "Andreas Tobias Matias Mathias Elias Lukas Lucas Markus Marcus Nicolas Nikolas Thomas "  # noqa: SIM905
    "Tomas Klaus Magnus Jonas Agnes Doris Iris Frances Douglas Curtis Dennis Travis Louis "
    "Charles James Nicholas Cornelius Julius Rasmus Mons Amadeus Johannes Francis Lewis "
    "Marius Linus Darius Cyrus Silas Phyllis Gladys Brooks Atlas Ambrosius".split()
)
# «Mr Hall», «Dr Jones»: a surname after an honorific is the person (a rank before one
# word may be a ship's or a street's name: «Queen Mary», «King Street»)
_HONORIFICS = frozenset("mr mrs ms miss dr".split())  # noqa: SIM905
# A party's or a people's word capitalised before a name: «Democrat Laura Kelly», «American
# Allyson Felix» (named, not guessed by ending: «Brian», «Julian» end as «Canadian» does)
_SIDES = frozenset(
    "democrat republican democratic conservative labour tory liberal american british "  # noqa: SIM905
    "english scottish welsh irish french german russian chinese canadian australian swedish "
    "norwegian danish finnish dutch italian spanish japanese kenyan ethiopian jamaican "
    "ukrainian polish indian nigerian brazilian mexican austrian swiss belgian".split()
)


def _people_or_party(word: str) -> bool:
    lower = word.lower()  # (and a party's members: «Liberal Democrats Liam McArthur»)
    if word in _PARTIES:
        return True  # «Rødt Mímir Kristjánsson»: a Norwegian party's name before its member
    return lower in _SIDES or (lower[-1:] == "s" and lower[:-1] in _SIDES)


def _owner(word: str, language: str) -> bool:
    """A paper's, a party's or a broadcaster's genitive: «Dagbladets», «NRKs», «BBC's» (not a
    given name in -s: «Jonas», «Andreas»; nor an English name in -s, whose genitive has its
    apostrophe: «Columbus Police Department», «Minneapolis City Council»)."""
    if word.endswith(("'s", "’s")):
        return True
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < 2 or language == "en":
        return False
    if stem.isupper():
        return True
    # (a club's, a town's: «Vålerengas Andrine Tomter»; not a given name in -s: «Andreas»)
    return len(stem) >= 5 and (lexicon("nb").known(stem.lower()) or word not in _GIVEN_IN_S)


# A place's court, school or hospital, written with a small letter after its name: «Sogn
# tingrett», «Ve skole», «Hålogaland lagmannsrett»; a body's: «Meteorologisk institutt»,
# «Statens vegvesen», «Oslo universitetssykehus». Where the story names the place mostly
# so, the institution is its subject (a reader asks for /sogn_tingrett, not /sogn).
_INSTITUTIONS = frozenset(
    "tingrett lagmannsrett skole skule barneskole barneskule ungdomsskole ungdomsskule "  # noqa: SIM905
    "sykehus sjukehus kirke kyrkje stadion institutt vegvesen sentralbyrå universitet "
    "universitetssykehus høgskole høyskole".split()
)
_INSTITUTION_AFTER = re.compile(rf" ({'|'.join(sorted(_INSTITUTIONS))})\b")


def with_institution(label: str, text: str) -> str:
    if not all(word[:1].isupper() for word in label.split()):
        return label  # (a place's name: «Sogn», «Østre Innlandet»)
    after: Counter[str] = Counter()
    alone = 0
    for at in word_positions(label, text):
        found = _INSTITUTION_AFTER.match(text, at + len(label))
        if found is None:
            alone += 1
        else:
            after[found.group(1)] += 1
    if not after:
        return label
    institution, times = after.most_common(1)[0]
    return f"{label} {institution}" if times >= alone else label


def without_common_words(label: str, text: str, language: str) -> str:
    """A person's name without the common words a headline capitalises in front of it:
    «Primary Headteacher Sue East» is «Sue East» where the story writes «headteacher» and
    «primary» in lower case and names «Sue East» without them."""
    words = label.split()
    if len(words) == 2 and words[1].isupper() and len(words[1]) > 1 and words[0][1:].islower():
        # «New FCA rules …»: a common word opening the sentence, then the body's acronym
        return words[1] if _opens_only(words[0], text, language) else label
    if len(words) < (3 if language == "en" else 2):
        return label  # (English: «Pope Francis», «Daily News» are names of two words)
    # (two words: a Norwegian common word on top of a sentence, a name: «Nettselskapet Tensios»)
    front, name = (words[:-2], " ".join(words[-2:])) if len(words) > 2 else (words[:1], words[1])
    if front[-1] in NAME_PARTICLES or name.split()[0] in NAME_PARTICLES or name[:1].islower():
        return label  # («von der Leyen»: the particles are the name's; «Høgskulen på Vestlandet»)
    if len(words) == 2 and (front[0].lower() in _SMALL or front[0].lower() in stopwords(language)):
        # «Gjennom Oslobolig skal kommunen …»: a small word opening the sentence
        return words[1] if _opens_only(front[0], text, language) else label
    if len(words) == 2 and not _definite_noun(front[0].lower(), language):
        return label  # («Morten Gaustad»: a given name opening the sentence)
    if not all(f" {word.lower()} " in text or _opens_only(word, text, language) for word in front):
        return label  # («Worcestershire Royal Hospital»: a name's own words)
    # («Stein Erik Dalby blir …»: two given names, the first a word too; not «Då Sander …»)
    given = given_first(words[0], language) and words[0].lower() not in stopwords(language)
    if len(words) == 3 and given and f" {words[1].lower()} " not in text:
        return label
    if (
        len(words) == 3
        and word_given(words[0], text, language)
        and (full_names(text, {words[-1]}).get(words[-1]) == label)
    ):
        return label  # («Liss Marie Andreassen er breforskar …»: her given name a word too)
    alone = sum(1 for _ in word_positions(name, text))
    if " " in name and language != "en":  # («Festivalgeneral Hilde Bjørkum», then «Bjørkum»;
        # not «University College London», then «London»)
        alone = max(alone, sum(1 for _ in word_positions(name.rpartition(" ")[2], text)))
    return name if alone > sum(1 for _ in word_positions(f"{front[-1]} {name}", text)) else label


_SMALL = PREPOSITIONS_NO | frozenset(
    "gjennom blant mellom innen langs rundt før bak foran siden sidan through among between "  # noqa: SIM905
    "within along around before behind after during via".split()
)


def _definite_noun(word: str, language: str) -> bool:
    """«Nettselskapet», «Kommunen»: a compound, or a noun's definite form (not «Morten»)."""
    lex = lexicon(language)
    if len(lex.parts(word)) > 1:
        return True
    if not word.endswith(DEFINITE_ENDINGS):
        return False
    lemma = lex.form_lemma(word) or word
    return (lemma != word and len(lemma) >= 5) or _definite_compound(word)


def _definite_compound(word: str) -> bool:
    """«Smittevernbedrifta», «Sigøynargruppa»: a compound the dictionaries lack, a word in
    front of a known noun's definite form (a sentence's first word: the caller asks whether
    the text writes it capitalised anywhere else)."""
    lexicons = [lexicon(language) for language in ("nb", "nn")]
    return any(
        any((lex.form_lemma(word[i:]) or word[i:]) != word[i:] for lex in lexicons)
        for i in range(4, len(word) - 4)
    )


def _opens_only(word: str, text: str, language: str) -> bool:
    """«Målsikre» of «Målsikre Stefan Aase bomma …»: a common word (or a compound of two)
    capitalised only where it opens a sentence (not «Karita» of «Karita Bekkemellem …»)."""
    lower, lex = word.lower(), lexicon(language)
    if not (lex.known(lower) or len(lex.parts(lower)) > 1 or _definite_compound(lower)):
        return False
    return all(
        at < 2 or text[at - 2] in ".!?\n" or text[at - 1] == "\n"
        for at in word_positions(word, text)
    )


# A person and the country a wire gives him: two names before «of» (not «Bank of England»,
# «Church of Norway»: one word, a body's)
_PERSON_OF_COUNTRY = re.compile(
    r"([A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)+) of (?:the )?(?:Norway|Sweden|Finland|Denmark|"
    r"Germany|France|Italy|Austria|Switzerland|Russia|Canada|Britain|Great Britain|Japan|China|"
    r"Spain|Poland|Slovenia|Slovakia|Belarus|Ukraine|Kazakhstan|Estonia|Latvia|Czech Republic|"
    r"United States|U\.S\.|US|Netherlands|Belgium|Kenya|Ethiopia|Jamaica|Australia)"
)


def as_named(label: str, text: str, language: str) -> str:
    """The label as a reader names its subject: a person without the role in front
    («Health Minister Simeon Brown», «Primary Headteacher Sue East»), a place's court or
    school with it («Sogn tingrett»), a name too long for a command by the short name the
    text gives it."""
    named = without_post_word(without_role(label, language), text, language)
    words = named.split()
    acronym = len(words) >= 3 and len(words[0]) > 1 and words[0].isupper()
    if acronym and words[1][1:].islower() and text.count(words[-1]) > text.count(named):
        named = " ".join(words[1:])  # «UDI Christine Wilberg», then «Wilberg»: the person
    if " of " in named and (home := _PERSON_OF_COUNTRY.fullmatch(named)):
        named = home[1]  # «Emil Hegle Svendsen of Norway»: the person, where the wire says whose
    if " " not in named and " " in label:  # («Mr Hall»: «Stuart Hall», where the story says it)
        named = person_named(named, text) or named
    label = unglued(without_common_words(named, text, language), text)
    label = by_acronym(with_institution(label, text), text)
    if language == "en" and label.isalpha() and label.islower():
        return open_compound(label, text) or label  # «mental» of «mental health»
    if language == "en" and label.istitle() and (storm := storm_named(label, text)):
        return storm  # «Hurricane Maria», later «Maria»: /hurricane_maria, no person
    return label if language == "en" else uninflected(label, text)


def without_post_word(label: str, text: str, language: str) -> str:
    """A person's name without a post's last word before it: «Policy John Rood» of
    «Undersecretary of Defense for Policy John Rood», «Washington Anatoly Antonov» of
    «Ambassador to Washington Anatoly Antonov» (wherever the text writes it so)."""
    if not label[:1].isupper():
        return label
    places = list(word_positions(label, text))
    firm = [_FIRM_AMPERSAND.search(text, max(0, at - 12), at) for at in places]
    if firm and all(firm) and (found := firm[0]) is not None:
        return found.group() + label  # «O Ferries» of «P&O Ferries»
    month, _, person = label.partition(" ")
    if person and month.lower() in MONTHS and all(_DAY.search(text, 0, at) for at in places):
        return person  # «May Terry» of «On Saturday, 30th May Terry met …»: a date, then him
    # (after a post's capitalised word: not «The body of Brett Howard Warner»; word by word:
    # «Minister for Emergency Services Steph Cooke»)
    # (nor a place before a person: «vektleder ved krimvakta i Oslo Øyvind Torgersen»)
    while label.count(" ") >= 2 and places:
        # (a person after it: no word of the dictionaries either; not «Tour» of «i Tour de
        # France», nor «Yellowstone» of «in Yellowstone National Park»)
        first, rest = label.split(" ", 1)
        known = lexicon(language).known
        place = rest[:1].isupper() and not known(first.lower())
        given = rest.split(" ", 1)[0]  # (a given name's length: not «Vaksenpsykiatriske»)
        place = place and len(given) <= _GIVEN_LETTERS and not known(given.lower())
        # (and the text names him by his surname alone too: not «ved Nordhordland
        # Vaksenpsykiatriske Poliklinikk»)
        surname = label.rsplit(" ", 1)[1]
        place = place and sum(1 for _ in word_positions(surname, text)) > len(places)
        linked = (_POST_LINK, _AT_PLACE) if place else (_POST_LINK,)
        if not all(any(p.search(text, max(0, at - 40), at) for p in linked) for at in places):
            break
        label = label.split(" ", 1)[1]
        places = list(word_positions(label, text))
    return label


_GIVEN_LETTERS = 10
_AT_PLACE = re.compile(r"\b(?:i|på|ved|in|at) $")
_POST_LINK = re.compile(
    r"\b[A-Z][a-z]+ (?:of|for|to) (?:[A-Z][a-z]+ )?$"
)  # («for Emergency Services»)


_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? $")
_FIRM_AMPERSAND = re.compile(
    r"(?<![\w&])(?:[A-Z]{1,3}&|[A-Z][a-z]+ & (?:[A-Z][a-z]+ )?)$"
)  # «Mid & South …»


def uninflected(label: str, text: str) -> str:
    """A Norwegian name in its genitive where the text writes it bare too: «KrFs» → «KrF»,
    «Høies» → «Høie» (not «Hans», «Lars»: the text has no «Han», no «Lar»); or where the
    genitive is all the text writes of a party or of a name far more often written bare
    («Aps katastrofevalg», «etter Storbritannias sorti»)."""
    if label[:-1] in _PARTIES and label[-1:] == "s":
        return label[:-1]
    if not label[-2:-1].isalpha() or len(label.split()[-1]) < _BARE + 1:
        return label
    last = label.rpartition(" ")[2]  # («Jonas Gahr Støres», «Støre» written bare)
    bare = written_bare(label, text) or (last != label and written_bare(last, text))
    return label[:-1] if bare or _bare_far_more(label) else label


_BARE = 3  # letters: a name's bare form («KrF», «Høie»)
_PARTIES = frozenset("Ap Frp FrP Sp SV KrF MDG Høgre Høyre Venstre Rødt Raudt".split())  # noqa: SIM905
_BARE_ZIPF = 4.3  # (a place, a country: «Storbritannia» 4.56; not «Andrea» 3.94 of «Andreas»)


def _bare_far_more(label: str) -> bool:
    """Whether a one-word name in «s» is far more often written without it, and that bare form
    is no word of the dictionary («Storbritannias», «Oslos»; not «Hans», «Lars», «Paris»)."""
    if " " in label or label[-1:] != "s":
        return False
    bare, table = label[:-1].lower(), zipf_table("nb")
    return (
        table.get(bare, 0) >= _BARE_ZIPF
        and table.get(bare, 0) >= table.get(label.lower(), 0) + 0.4
        and not any(lexicon(code).known(bare) for code in ("nb", "nn"))
    )


def unglued(label: str, text: str) -> str:
    """A name and a word of another run together: «Tiril Eckhoff Norge» (of «gikk Tiril
    Eckhoff Norge inn til en 1. plass»), «Eirik Ingebrigtsen Nynorsk» (of «får Eirik
    Ingebrigtsen Nynorsk litteraturpris»): the name alone, where the text writes its surname
    alone and the glued word on its own."""
    words = label.split()
    if len(words) >= 2 and words[-1] == words[-2]:
        return " ".join(words[:-1])  # «Hege Marie Lavik Lavik»: a page's word given twice
    if len(words) < 3 or not all(word[:1].isupper() for word in words):
        return label  # (two: «Frode Ødegaard», «Herøy Høgre», however the text writes them)
    surname, glued = words[-2], words[-1]
    alone = any(
        not text[at + len(surname) + 1 : at + len(surname) + 2].isupper()
        for at in word_positions(surname, text)
    )
    apart = any(
        text[max(0, at - len(surname) - 1) : at].strip() != surname
        for at in word_positions(glued, text)
    )
    return " ".join(words[:-1]) if alone and apart else label


_COMMAND_LETTERS = 32  # Telegram's limit for a command


def by_acronym(label: str, text: str) -> str:
    """«Commonwealth Scientific and Industrial Research Organization (CSIRO)»: /csiro, not
    /commonwealth_scientific cut at the command's limit."""
    if len(label) <= _COMMAND_LETTERS:
        return label
    found = re.search(rf"{re.escape(label)} \(([A-ZÆØÅ][A-ZÆØÅ0-9]{{1,9}})\)", text)
    return found.group(1) if found else label


def person_named(surname: str, text: str) -> str | None:
    """The full name of a person the story calls by surname, as it gave it: «Ed Sheeran»
    for «Sheeran», «van Gogh» for «Gogh» (not for a place it writes «i Trondheim» after
    «Cinemateket Trondheim»)."""
    if at_a_place(surname, text):
        return None
    return full_names(text, {surname}, topic=True).get(surname) or with_particle(surname, text)


def joined_name(surface: str, text: str) -> str | None:
    """The one name of capitalised words joined by hyphens or «&» a word is always written
    in: «Rolls-Royce» for «Royce», «Mette-Marit» for «Marit», «Marcus & Martinus» for either;
    None where the text writes it alone or in two such names («Nord-Korea», «Sør-Korea»)."""
    if not any(j in text for j in (f"{surface}-", f"-{surface}", f"& {surface}", f"{surface} &")):
        return None  # (most names: no search)
    wholes = {
        found.group(1)
        for found in re.finditer(
            rf"(?<![\w-])((?:[A-ZÆØÅ][^\W\d_]*(?:-| & ))*{re.escape(surface)}"
            r"(?:(?:-| & )[A-ZÆØÅ][^\W\d_]*)*)(?:s|'s|’s)?(?![\w-])",
            text,
        )
    }
    whole = wholes.pop() if len(wholes) == 1 else None
    return whole if whole is not None and whole != surface else None


def a_surname(word: str, text: str) -> bool:
    """Whether the text writes the word as a person's surname, a given name before it
    inside a sentence: «George Duke» (the obituary's «Duke died …»; not «Duke Ellington»)."""
    for at in word_positions(word, text):
        before = _GIVEN_BEFORE.search(text, max(0, at - 24), at)
        if before is None or is_title(given := before.group(1)):
            continue
        start = before.start(1)
        if not inside_a_sentence(text, start):
            continue  # (a sentence's first word, capitalised by its place)
        # (not a common word, nor the middle of a longer run: «… til Ukraina Byen Kursk er …»,
        # a box's sentences run together)
        previous = text[max(0, start - 24) : start - 1].rsplit(" ", 1)[-1]
        if not lexicon("nb").known(given.lower()) and not previous[:1].isupper():
            return True
    return False


_GIVEN_BEFORE = re.compile(r"([A-ZÆØÅ](?<![\w'’-][A-ZÆØÅ])[a-zæøåé]+) $")
