"""From a sentence to a bullet: clean it, keep its speaker whole, and make it shorter.

A bullet is the article's own words, in order: the sentence, or the sentence without
what can go (a bracket, a relative clause between commas, the circumstances after the
speaker), or its first clauses. Every shortened bullet keeps a main clause
(bot.core.clauses); a cut that leaves none is not made.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter

from bot.core.clauses import MainClauses
from bot.core.text import CaseBlind, odd_case

# A whole sentence reads better than a cut one: most news sentences fit.
MAX_BULLET_WORDS = 35
MIN_BULLET_WORDS = 4

_LEADING_DASH = re.compile(r"^[\s–—\-•*]+")
_DASHES = "–—-•*"


def _drop_leading_dash(text: str) -> str:
    """_LEADING_DASH.sub("", text); most texts open on a letter, and need no regex."""
    if text and (text[0] in _DASHES or text[0].isspace()):
        return _LEADING_DASH.sub("", text)
    return text


_OPENERS_CLOSERS = (("«", "»"), ("“", "”"), ("(", ")"))
_QUOTES_AND_BRACKETS = '«»“”()"'
SPEECH_VERBS = (
    "sa|sier|seier|fortsatte|fortset|forteller|fortel|fortalde|fortalte|skriver|skriv|"
    "understreker|understreket|understrekte|mener|meiner|meinte|mente|legger til|la til|"
    "uttalte|uttaler|påpeker|påpeika|påpekte|forklarer|forklarte|konkluderer|advarer|"
    "said|says|told|added|warned|explained"
)
# A day or a month is no speaker: «, said Saturday that …», «, sier mandag at …» (not
# May, March or August: names too).
_CALENDAR_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"april|june|july|september|october|november|december|mandag|tirsdag|onsdag|"
    r"torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|januar|februar|mars|mai|"
    r"juni|juli|oktober|desember"
)
_CALENDAR = rf"(?:{_CALENDAR_WORDS})\b"
# The capital is looked for before the calendar words: tried at every position of a
# text, the case-blind look-ahead made a search 5x slower.
_NAME_WORD = rf"(?=[A-ZÆØÅ])(?!(?i:{_CALENDAR}))[A-ZÆØÅ][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|von|van|der|bin|al))*"
# Words between the verb and the name («sa Norges stjernespiller Ketil Kronberg», «sier
# Høyres leder Erna Solberg»): a genitive or a title, not a preposition or conjunction.
_TITLE_WORD = (
    r"(?!(?:da|når|i|på|til|etter|under|med|for|og|at|om|fra|frå|ved|in|on|to|after|"
    r"when|and|that|from|at|as|in)\b)[\w'’.-]+"
)
_PRONOUN_SPEAKER = r"(?:han|hun|ho|hen|he|she|de|dei|they)\b"
# «..., sa Jens Stoltenberg da han torsdag holdt pressemøte ...»: the speaker is kept
# whole, the circumstances of the saying are not news.
_ATTRIBUTION = re.compile(
    rf",\s+(?:{SPEECH_VERBS})\s+(?:(?:{_TITLE_WORD}\s+){{0,4}}{_NAME}(?![\w'’-])"
    rf"|{_PRONOUN_SPEAKER})"
)
# What may follow the speaker and go with the saying: «til NRK», «da han …», «on Monday»,
# an apposition. Anything else («, said Labour was winning …») is the sentence itself.
_CIRCUMSTANCES = re.compile(
    rf"\s*(?:,|\(|(?:til|i|på|da|når|under|etter|ved|for|med|fra|frå|om|overfor|in|to|on|at|"
    rf"after|when|during|as|while|before|from|with|of|last|earlier|later|{_CALENDAR_WORDS})\b)",
    re.IGNORECASE,
)
# A speaker named in the sentence: «..., sier forskeren», «Stoltenberg sier at ...». Each
# pattern with the words it needs (a speech verb's first word, ...), one of which the
# sentence must have (lower-cased): a search only for those that can match.
_SPEECH_WORDS = frozenset(verb.split()[0] for verb in SPEECH_VERBS.split("|"))
_SPEAKER_AFTER = rf"(?:,\s+|^|[.!?»”\"]\s+)(?:{SPEECH_VERBS})\s+(?!{_PRONOUN_SPEAKER})\w"
_ACCORDING = r"\b(?:ifølge|ifølgje|according to)\s+\w"
_IT_SAYS = r"\b(?:står|stod|sto|heter|heiter) det i\s+\w"
_NAMED_SPEAKER = (
    (_SPEECH_WORDS, re.compile(rf"{_SPEAKER_AFTER}|{_NAME_WORD}\s+(?:{SPEECH_VERBS})\b")),
    (frozenset(("ifølge", "ifølgje", "according")), re.compile(_ACCORDING)),
    (frozenset(("står", "stod", "sto", "heter", "heiter")), re.compile(_IT_SAYS)),
)
_QUOTE_OPEN = ("–", "—", "-", "«", '"', "“")
_QUESTION_END = re.compile(r"\?[»”\"’)\s]*$")


def balance(text: str) -> str:
    """Drop quotes and brackets that are not closed (a cut may have bared them)."""
    if not any(map(text.__contains__, _QUOTES_AND_BRACKETS)):  # most: nothing to count
        return " ".join(text.split())
    for opener, closer in _OPENERS_CLOSERS:
        if text.count(opener) != text.count(closer):
            text = text.replace(opener, "").replace(closer, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def _ends_cleanly(text: str) -> bool:
    """A full stop (or ! ? …), maybe inside closing quotes or a bracket; or a quote."""
    return text.rstrip('»”"’)').endswith((".", "!", "?", "…")) or text.endswith(("»", "”", '"'))


def finish(text: str) -> str:
    """A capital first and a stop last; no bared quote dash."""
    text = _drop_leading_dash(text).rstrip(" ,;:–—-")
    if text and not _ends_cleanly(text):
        text += "."
    if text and text[0].islower():
        text = text[0].title() + text[1:]  # title case: «ß» → «Ss», not «SS»
    return text


def clean_sentence(text: str) -> str:
    """Turn a sentence into a bullet: no quote dash, balanced quotes, a capital, a stop."""
    text = _drop_leading_dash(text)
    found = _ATTRIBUTION.search(text) if "," in text else None  # (it opens on a comma)
    if found is not None and _CIRCUMSTANCES.match(text, found.end()):
        text = text[: found.end()]  # «, sier X til NRK torsdag» → «, sier X»
    return finish(balance(text))


def is_question(text: str) -> bool:
    return "?" in text and _QUESTION_END.search(text) is not None


def is_quote(text: str) -> bool:
    """A sentence that opens with a quote dash or quote marks (not a name in quote marks)."""
    text = text.lstrip()
    return text.startswith(_QUOTE_OPEN) and not _NAME_IN_QUOTES.match(text)


# «Football Manager 2009» er tilbake, «Rock Band 2» eller ...: a name in quote marks, and
# the sentence goes on; a quote is followed by its speaker or by nothing («...», sa X).
_NAME_IN_QUOTES = re.compile(rf"[«“\"][^«»“”\".!?]{{1,60}}[»”\"]\s+(?!(?:{SPEECH_VERBS})\b)[\w«“(]")


# A speaker's own words: «vi har jobbet lenge» after «..., sier Hansen.» is still the quote.
_PERSON_WORDS = frozenset(
    "jeg eg meg min mitt mine vi oss vår vårt våre du deg din ditt dine dere dykk dykkar "  # noqa: SIM905
    "we us our you your my".split()
)
_FIRST_OR_SECOND_PERSON = CaseBlind(rf"\b(?:{'|'.join(sorted(_PERSON_WORDS))})\b")


def _first_or_second_person(text: str, words: list[str]) -> bool:
    """_FIRST_OR_SECOND_PERSON.found(text), by the words (\\w+) of the lower-cased text."""
    if odd_case(text):
        return _FIRST_OR_SECOND_PERSON.found(text)
    return not _PERSON_WORDS.isdisjoint(words)


# «..., sier han.»: the quote has its speaker, though the bullet could not name him.
_PRONOUN_ATTRIBUTION = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+{_PRONOUN_SPEAKER}")
# A paragraph this long has lost its breaks (a page's text run together): a quote in it
# cannot be assumed to run on to the paragraph's end.
_RUN_TOGETHER = 8


def unattributed_quotes(sentences: Iterable[tuple[int, str]]) -> list[bool]:
    """For each (paragraph, text) in order: whether it is quoted without its speaker named.

    A quote opens with a quote dash or quote marks and runs to the sentence that names its
    speaker («..., sier X», «Det sa X», «..., sier han») or closes its marks, or to the
    paragraph's end. After its speaker, the paragraph's sentences in the first or second
    person still quote («– A, sier X. Vi har ...»); the others are the writer's again
    («Det sa X til NTB. Hun er leder for ...»). In a paragraph that lost its breaks, that
    is how an open quote is read too: its dashes and its first and second persons.
    """
    pairs = list(sentences)
    lengths = Counter(map(itemgetter(0), pairs))  # sentences a paragraph
    result: list[bool] = []
    state = ""  # "", "open" (the speaker not yet named) or "said"
    paragraph: int | None = None
    for p_index, text in pairs:
        if p_index != paragraph:
            paragraph, state = p_index, ""
        opens = is_quote(text)
        if opens:
            state = "open"
        elif not state:
            result.append(False)  # most sentences: no quote to read (and no regex to run)
            continue
        words = _WORDS.findall(text.lower())  # (a speaker and a person are found by them)
        if state == "said":  # (its speaker matters only for a speaker's own words)
            own_words = opens or _first_or_second_person(text, words)
            result.append(own_words and not _names_speaker(text, words))
            continue
        named = _names_speaker(text, words)
        result.append(
            not named
            and (lengths[p_index] <= _RUN_TOGETHER or opens or _first_or_second_person(text, words))
        )
        if (
            named
            or text.count("»") > text.count("«")
            or (not _SPEECH_WORDS.isdisjoint(words) and _PRONOUN_ATTRIBUTION.search(text))
        ):
            state = "said"
    return result


def names_speaker(text: str) -> bool:
    """Whether the sentence says who is speaking by name or role, not only «han»."""
    return _names_speaker(text, _WORDS.findall(text.lower()))


def _names_speaker(text: str, words: list[str]) -> bool:
    # Most sentences have none of the words a speaker is named with: no regex for them.
    if _SPEAKER_WORDS.isdisjoint(words):
        return False
    return any(
        pattern.search(text) for needed, pattern in _NAMED_SPEAKER if not needed.isdisjoint(words)
    )


# The words of what names a speaker (_NAMED_SPEAKER): a sentence needs one of them.
_SPEAKER_WORDS = frozenset().union(*(needed for needed, _ in _NAMED_SPEAKER))
_WORDS = re.compile(r"\w+")


# Between commas, these open what a bullet can do without: «Dalhaug, som er pensjonert
# general, sier ...» → «Dalhaug sier ...»; (brackets) always can go.
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# (Not before «og», «men», «and»: «Lee, som ble fengslet i mars, og i juni dømt til ...»
# goes on with the clause, and without it the sentence falls apart.)
_INSERTION = re.compile(
    r",\s+(?:som|der|hvor|kor|who|which|where|blant annet|bl\.a\.|ifølge|ifølgje|"
    r"according to)\s[^,;:–—]*,(?=\s)(?!\s+(?:og|eller|samt|men|and|or|but)\s)"
)


_SPEECH_NEXT = re.compile(rf"\s+(?:{SPEECH_VERBS})\b")


def compress(text: str, checker: MainClauses) -> str:
    """Drop brackets and comma-enclosed insertions the main clause does not need."""
    if "(" in text:
        dropped = _BRACKETS.sub("", text)
        if dropped != text and checker.has_main_clause(dropped):
            text = dropped
    for match in reversed(list(_INSERTION.finditer(text))):
        # «… svar, som de kan stole på, sier Brækhus»: the speaker keeps its comma (not
        # «Dalhaug, som er general, sier …»: a subject before its verb)
        said = _SPEECH_NEXT.match(text, match.end()) is not None
        gap = ", " if said and checker.has_main_clause(text[: match.start()]) else ""
        candidate = text[: match.start()] + gap + text[match.end() :].lstrip(" " if gap else "")
        if checker.has_main_clause(candidate):
            text = candidate
    return text


# Where a long sentence can end early and still read as a whole sentence (not at a colon:
# what it announces is the news, «enige om det samme: klimakrisen var en trussel»).
_CLAUSE_BREAKS = re.compile(
    r"(?:;|\s+–\s+|,\s+(?=(?:men|og|mens|samtidig|fordi|så|som|der|hvor|kor|da|etter|"
    r"blant|deriblant|ifølge|noe|slik|and|but|while|as|which|who|where|after|according)\s))"
)
_ANY_COMMA = re.compile(r",\s")
_WORD_RUN = re.compile(r"\S+")  # a word as str.split() sees it
_CONJUNCTION = re.compile(r"\s+(?=(?:og|men|samt|and|but)\s)")
# A head opening with these is a subordinate clause: cut off, it dangles.
_SUBORDINATE_START = re.compile(
    r"[«“\"(]*(?:(?:men|og|but|and)\s+)?(?:da|når|mens|medan|hvis|viss|dersom|fordi|om|"
    r"før|siden|sidan|ettersom|inntil|idet|selv om|sjølv om|etter at|til tross for|for at|"
    r"slik at|when|while|if|because|although|though|since|unless|until|whereas|after|before|as)\b",
    re.IGNORECASE,
)
# «mellom A og B», «både A og B»: the pair must not be cut at its «og».
_PAIRED = re.compile(
    r"\b(?:mellom|både|enten|verken|korkje|between|both|either|neither)\b", re.IGNORECASE
)
# «sammen med Dagfinn Høybråten og ...»: a preposition just before «og» governs both.
_PREPOSITION = re.compile(
    r"\b(?:av|på|i|til|med|for|om|fra|frå|mot|hos|under|over|etter|uten|utan|mellom|"
    r"of|in|on|to|with|for|from|at|by|about|between)\b",
    re.IGNORECASE,
)
# «den lange og ...»: a determiner and one word before «og» leave the phrase open.
_OPEN_PHRASE = re.compile(
    r"\b(?:den|det|de|dei|en|ein|et|eit|ei|sin|sitt|sine|hans|hennes|deres|dette|denne|"
    r"the|a|an|this|that|these|those|his|her|their|its)\s+\S+$",
    re.IGNORECASE,
)
# Inside an enumeration: «Euna Lee (36), Laura Ling (32), ...». An item is a few words.
_ITEM = r"\s*(?:\S+\s+){0,2}\S+"
_AND = r"\s+(?:og|eller|and|or)\s"
_LIST_END = re.compile(r"," + _ITEM + r"$")  # the head ends with an item
_ITEM_NEXT = re.compile(_ITEM + r"(?:,|" + _AND + r")")  # an item follows the cut
_ITEMS_NEXT = re.compile(_ITEM + r"(?:" + _AND + r"|," + _ITEM + r"(?:,|" + _AND + r"))")


def _dangles(head: str, rest: str, pattern: re.Pattern[str], checker: MainClauses | None) -> bool:
    """Whether a cut leaves a fragment: a lone subordinate clause, half a pair, a list item."""
    if _SUBORDINATE_START.match(head):
        return True
    if checker is not None and _verb_first(head, checker):
        return True  # «Forsøker de å regjere i mindretall, …»: an «if», not a statement
    tail = " ".join(head.split()[-4:])
    if pattern is _CONJUNCTION and checker is not None and _clause_follows(rest, checker):
        return False  # «..., og bøndene må ...»: two main clauses, the first stands alone
    if pattern is _CONJUNCTION:
        return bool(
            _PAIRED.search(tail)
            or _PREPOSITION.search(tail)
            or _OPEN_PHRASE.search(tail)
            or rest[:1].isupper()
            or _LIST_END.search(tail)
        )
    if pattern is _ANY_COMMA:
        return bool(_ITEMS_NEXT.match(rest) or (_LIST_END.search(tail) and _ITEM_NEXT.match(rest)))
    return False


def _verb_first(head: str, checker: MainClauses) -> bool:
    """A finite verb, then its subject: a condition or a question, never a statement."""
    words = head.lstrip('«“"(–— ').split(maxsplit=2)
    if len(words) < 2:
        return False
    second = words[1].strip(",.«»").lower()
    return checker.is_finite(words[0].lower()) and second in _SUBJECTS


_SUBJECTS = frozenset(
    "jeg eg du han hun ho hen vi me dere de dei det den man i you he she it we they".split()  # noqa: SIM905
)


def _opens_quote(head: str) -> bool:
    """Whether a quote opens in the head and does not close there: a cut inside a quote."""
    return (
        head.count("«") > head.count("»")
        or head.count("“") > head.count("”")
        or head.count('"') % 2 == 1
    )


def _clause_follows(rest: str, checker: MainClauses) -> bool:
    """Whether «og» opens a clause of its own: a subject, then its verb (og bøndene må)."""
    words = rest.split()[1:4]  # after the conjunction
    return len(words) >= 2 and any(checker.is_finite(w.strip(",.«»").lower()) for w in words[1:3])


def shorten(
    text: str, limit: int, checker: MainClauses | None = None, *, quote: bool = False
) -> str | None:
    """Cut a bullet at its last clause break within `limit` words, or None if none fits.

    The head must keep a main clause; a quote keeps its speaker («– A, B, sa X» → «A, sa X»).
    `quote`: the bullet's sentence opened on a quote dash or quote marks (a bullet has
    lost them), so no cut may leave its speaker behind.
    """
    if len(text.split()) <= limit:
        return text
    speaker = ""
    found = _ATTRIBUTION.search(text)
    if found is not None and not re.search(r"\w", text[found.end() :]):
        speaker = found.group()
        text, limit = text[: found.start()], limit - len(speaker.split())
    # A quote whose speaker the regular expression cannot take apart («sier
    # litteraturkritiker i danske Jyllands-Posten Jon Helt Haarder når ...») is not cut
    # before its speaker: a quote is a bullet only with its speaker in it.
    keeps_speaker = not speaker and quote and names_speaker(text)
    # The words before a cut are the words that start before it. In words and single
    # spaces (as bullets are), one more than the spaces before the cut; else by a list
    # of where each word starts (one pass, not one a cut).
    spaced = text == " ".join(text.split())
    starts = [] if spaced else [word.start() for word in _WORD_RUN.finditer(text)]
    for pattern in (_CLAUSE_BREAKS, _ANY_COMMA, _CONJUNCTION):
        cuts: list[re.Match[str]] = []
        for match in pattern.finditer(text):
            at = match.start()
            n = text.count(" ", 0, max(at - 1, 0)) + (at > 0) if spaced else bisect_left(starts, at)
            if n > limit:
                break
            if n >= max(MIN_BULLET_WORDS + 2, limit // 3):
                cuts.append(match)
        # The longest head that does not dangle and keeps its main clause.
        for cut in reversed(cuts):
            head = text[: cut.start()]
            if _dangles(head, text[cut.end() :], pattern, checker):
                continue
            if _opens_quote(head):
                continue  # a quote is given whole or not at all
            if keeps_speaker and not names_speaker(head):
                continue
            if checker is not None and (
                not checker.has_main_clause(head) or checker.ends_in_open_clause(head)
            ):
                continue
            head = balance(head).rstrip(" ,;:–—-") + speaker
            # A cut after a closing quote still needs its full stop: «... «Min Kamp».
            return finish(head + "." if head.endswith(("»", "”", '"')) else head)
    return None
