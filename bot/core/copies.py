"""Text a page gives twice: a photo's caption and its alt text, a headline repeated, a
fact a bullet already told.

bot/core/structure.py flags furniture unit by unit; these are the flags a unit gets from
the units beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.core.caps_captions import bar_credit
from bot.core.captions import is_caption
from bot.core.furniture import is_furniture
from bot.core.match_reports import SCORE
from bot.core.speakers import SPEECH_VERBS, before_speaker
from bot.core.stems import short_stems, stems
from bot.core.text import headline_shaped


def flag_copies(texts: list[str], flags: list[bool]) -> None:
    """A line the page gives twice in a row is a photo caption and its alt text; on top
    of the page, a headline without a full stop given twice is still the headline. A
    sentence given twice in one unit («… on Saturday (May 13).Abington Street …») is a
    caption and its alt text run together, and so is each copy of it."""
    for i, text in enumerate(texts):
        half = _doubled(text)
        if half:
            flags[i] = True
            for j in range(i + 1, min(i + 3, len(texts))):
                again = texts[j] == half  # (or under its credit: «… Kirsten Major. | NHS»)
                again = again or (texts[j].startswith(half) and bar_credit(texts[j][len(half) :]))
                flags[j] = flags[j] or again
    for i, text in enumerate(texts):
        near = texts[i + 1 : i + _COPY_NEAR] if ": " in text[:_LABEL_CHARS] else ()
        if near and (caption := text.split(": ", 1)[1]) in near:
            # «I gang: Formannskapets møte …», its copy near: a picture's caption and alt text
            flags[i] = flags[texts.index(caption, i + 1)] = True
        if text.endswith(_CUT_OFF) and (j := _given_whole(texts, i)):
            flags[i] = True  # «WASHINGTON (AP) — Senate Democrats … government...»: a teaser
            flags[i + 1 : j] = [True] * (j - i - 1)  # (and a rail's line between it and its story)
    for i, text in enumerate(texts):
        if any(_trail_around(text, after) for after in texts[i + 1 : i + 4]):
            flags[i] = True  # «Home U.K. Heavy rain brings … homeowners U.K.» over the headline
    for i in range(len(texts) - 2):
        joined = len(texts[i]) == len(texts[i + 1]) + len(texts[i + 2]) + 1
        if joined and texts[i] == f"{texts[i + 1]} {texts[i + 2]}":
            flags[i] = True  # «STEVE DOWNES Parents have …» over «STEVE DOWNES» and «Parents …»
    # (a copy may differ by its spaces: «… in 2017.  He was …» over «… in 2017. He was …»)
    texts = [" ".join(text.split()) if "  " in text else text for text in texts]
    earlier: set[str] = set()  # a paragraph given again below without its stop: a caption
    for i, text in enumerate(texts):
        if text[-1:].isalnum() and f"{text}." in earlier:
            flags[i] = True  # («A&E waiting times are at their worst level …, … reveal»)
        elif text[-1:].isalnum() and _SHORT > text.count(" ") >= 3 and _opens_one(text, earlier):
            flags[i] = True  # «Police are appealing for witnesses»: the lead's words again
        if not flags[i]:  # (not the page's title bar over the headline: «X - Site» over «X»)
            earlier.add(text)
    for i in range(len(texts) - 1):
        after = texts[i + 1]
        if flags[i] and after.count(" ") >= 3 and texts[i].startswith(after):
            # «… utforkjørselen. Foto: Linn B.» over «… utforkjørselen.»: its copy, the credit gone
            flags[i + 1] = flags[i + 1] or is_furniture(texts[i][len(after) :].strip())
        j, text = i + 1, texts[i]  # a widget («1-MIN READ») may stand between the two
        if text.endswith(".") and (copy := _around_credit(texts, i)):
            flags[i] = flags[copy] = True  # a caption, its credit's lines, the caption again
            continue
        while j < len(texts) - 1 and flags[j] and not texts[j].startswith(text):
            j += 1
        following = texts[j]
        if not text or not following.startswith(text):
            continue
        # The copy may carry the credit: «… (Bilde: Aftenposten)»; a paragraph that only
        # opens with a heading's words («Reaksjoner» → «Reaksjoner kom raskt …») is no copy.
        rest = following[len(text) :].strip()
        on_top = _on_top(texts[:i], flags[:i])  # (there, its picture's caption gives it again)
        button = on_top and (is_furniture(rest) or _BUTTON.fullmatch(rest) is not None)
        if rest and j == i + 1 and flags[j] and not button:
            flags[i] = True  # «Deaths top 450,000» over its video «Deaths top 450,000 as … 03:47»
        elif not rest or button or is_caption(following) or is_furniture(rest):
            # (a headline on top; a standfirst under it and a label, given again as the lead)
            above = sum(not f for f in flags[:i])
            # (a standfirst is under the headline: over one, the copies are a caption's)
            standfirst = text[-1] == "." and not _headline_under(texts, flags, j)
            headline = (above <= 2 and text.count(" ") >= 8 and standfirst) or (
                on_top
                and not text.endswith(".")
                # not «The Guardian - UK» over every page (but «Cyberattack in Spain»)
                and _headline_words(text)
            )
            flags[j] = True
            # (a copy that adds a credit, «… June 3, 2021. (AP)», gives a photo's caption)
            credited = bool(rest) and rest[:1] == "(" and is_furniture(rest)
            flags[i] = flags[i] or not headline or credited or is_caption(text)


def _trail_around(text: str, headline: str) -> bool:
    """The headline below with a trail's sections around it: «Home U.K. Heavy rain brings flood
    risk warning for UK homeowners U.K.» over «Heavy rain brings …»."""
    if len(headline) < _HEADLINE_CHARS or len(text) <= len(headline) or headline not in text:
        return False
    if text.endswith(headline):
        return False  # («Home Health Rare virus hits …» over it: the trail's, read as one)
    # (its signs too: «Current:Home > Contact…» before it, «-StockSource» after it)
    rest = [word.strip(_TRAIL_SIGNS) for word in text.replace(headline, " ", 1).split()]
    return len(rest) <= _TRAIL_WORDS and all(word[:1].isupper() or not word for word in rest)


_TRAIL_SIGNS = "-–|>»:"
# The headline given again with a picture's buttons after it, or a syndicating site's line:
# «… – 56 evakuert Les mer Lukk», «… Speculation originally appeared on Parade.»
_BUTTON = re.compile(
    r"(?:Vis m(?:er|eir)|Les m(?:er|eir)|Show more)(?: Lukk| Close)?"
    r"|(?:originally|first) appeared (?:on|in) [^.]{2,40}\."
)


_HEADLINE_CHARS = 25
_TRAIL_WORDS = 4


def _opens_one(text: str, earlier: set[str]) -> bool:
    """The first words of a paragraph above, cut short: its picture's alt text, or a pulled
    line («Police are appealing for witnesses» under «Police are appealing for witnesses and
    information after a crash …»)."""
    opening = f"{text} "
    return any(above.startswith(opening) for above in earlier)


_SHORT = 10  # spaces: a pulled line is short


def _headline_words(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 5 or (len(words) >= 3 and any(w.islower() for w in words))


_CUT_OFF = ("...", "…")
_LABEL_CHARS = 30  # a caption's label and its colon
_COPY_NEAR = 8  # units: a caption's copy stands near it
# A line of a photo's credit: a name, a slash, an agency in capitals
_CREDIT_PIECE = re.compile(r"[/|]|[A-Z]{2,6}|(?:[A-ZÆØÅ][\w'’-]+ ){1,3}[A-ZÆØÅ][\w'’-]+")
_TEASER_CHARS = 40
_CREDIT_LINES = 3


def _around_credit(texts: list[str], i: int) -> int:
    """Where the line is given again under a photo's credit of a few lines, a slash or an
    agency among them («… in Raleigh.» «Ted Richardson» «/» «AP» «… in Raleigh.»); or 0."""
    for j in range(i + 1, min(i + 2 + _CREDIT_LINES, len(texts))):
        if texts[j] == texts[i]:
            between = texts[i + 1 : j]
            return j if any(t in ("/", "|") or t.isupper() for t in between) else 0
        if not _CREDIT_PIECE.fullmatch(texts[j]):
            return 0
    return 0


def _given_whole(texts: list[str], i: int) -> int:
    """Where the page gives whole, one or two lines on, a paragraph line `i` gives cut off
    («… of the U.S. government...» over «… of the U.S. government, approving …»); or 0."""
    stem = texts[i].rstrip(".… ")
    if len(stem) < _TEASER_CHARS:
        return 0
    return next((j for j in (i + 1, i + 2) if j < len(texts) and texts[j].startswith(stem)), 0)


def _headline_under(texts: list[str], flags: list[bool], j: int) -> bool:
    """Whether the next line kept under line `j` is a headline: short, no full stop, over
    more («Saksøker tapte mot Dagbladet» under a caption given twice, over the story)."""
    k = next((k for k in range(j + 1, len(texts) - 1) if not flags[k]), None)
    return k is not None and headline_shaped(texts[k])


def _on_top(texts: list[str], flags: list[bool]) -> bool:
    """Whether only furniture stands above a line, or the site's name alone: «Herold», or
    with its slogan: «London Daily» / «Focus on the big picture.»."""
    above = [text for text, flagged in zip(texts, flags, strict=True) if not flagged]
    return not above or (
        len(above) <= 2
        and above[0].count(" ") < 3
        and above[0][:1].isupper()
        and above[0][-1].isalnum()
        and all(text.count(" ") < _SLOGAN_SPACES for text in above[1:])
    )


_SLOGAN_SPACES = 6


def _doubled(text: str) -> str:
    """The sentence a text gives twice over, with or without a space between; or ""."""
    n = len(text)
    for gap in (0, 1):
        half = (n - gap) // 2
        if half >= _MIN_DOUBLED and n == 2 * half + gap and text[:half] == text[half + gap :]:
            return text[:half]
    return ""


_MIN_DOUBLED = 20  # characters: a caption, not a chant («Ja, ja»)


# A figure of thousands: «145 000», «144.888», «12,500», «30000» (not a year: «2022»).
_FIGURE = re.compile(  # (a digit first, what is before it after: the engine skips to it)
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[ \xa0.,]\d{3})+(?![\d.,]\d)|\d{4,})"
)
_NEAR = 0.02  # two figures this close are one, rounded


def same_figure(text: str, other: str) -> bool:
    """Whether two texts give one figure of thousands, rounded or not: «Nær 145 000» and
    «144 888»."""
    mine = _figures(text)
    theirs = _figures(other) if mine else ()
    return any(abs(a - b) <= _NEAR * max(a, b) for a in mine for b in theirs)


@lru_cache(maxsize=256)
def _figures(text: str) -> tuple[int, ...]:  # (a bullet is compared with each one kept)
    return tuple(int(_NOT_DIGIT.sub("", f)) for f in _FIGURE.findall(text))


_NOT_DIGIT = re.compile(r"\D")


_RUN = 6  # words in a row two bullets share: the same clause said twice
_WORD = re.compile(r"[^\W_]+")


def echoes(text: str, kept: Iterable[str]) -> bool:
    """Whether a kept bullet says a clause of this one word for word («… økte den lokale og
    nasjonale vindkraftmotstanden.» after a standfirst that said it), its speaker aside
    («…, sa statsminister Jonas Gahr Støre til NTB» ends many a quote)."""
    runs, counts, names = _runs(text), _counts(text), _names(text)
    score = _score(text)
    short = _short_clause(text)
    shares = _shares(text)
    long = _long_words(text) - _SHARE_WORDS if shares else set()
    tiny = short_stems(_words(text))
    return any(
        # «I Hamar vant Storhamar derbyet mot Lillehammer 7-5.» after «Storhamar slo
        # Lillehammer 7-5 …»: one match, its place aside
        (score is not None and score in _scores(other) and sum(n in other for n in names) >= 2)
        or (
            names <= _names(other)  # (a name the other lacks: the same words of another place)
            and (
                not runs.isdisjoint(_runs(other))
                or (  # «ni andre bustader blei evakuert» after «… frå ni bustader …»
                    not counts.isdisjoint(_counts(other))
                    and len(_long_words(text) & _long_words(other)) >= 2
                )
                # «… 144 888 personer står uten fast lege …» after «Nær 145 000 innbyggere …»
                or (bool(names) and same_figure(text, other))
                # «Til slutt endte kampen 31-22.» after «… vant til slutt 31-22 i Eliteserien …»
                or (score is not None and score in _scores(other))
                # «Shares were down 16.08 percent …» after «Shares … fell as much as 16 percent …»
                # (of the same subject: not «Arbeiderpartiet får 25 prosent …» after «Høyre får …»)
                or (
                    bool(shares)
                    and _same_share(shares, other)
                    and bool(long & _long_words(other))
                    and _words(text)[:1] == _words(other)[:1]
                )
                # «Ingen ble skadd i hendelsen.» after «Ingen ble skadd, men en mann …»
                or (short is not None and _told_in(short, other))
                # «Forfatteren døde 14. mars.» after «Forfatter Dag Solstad døde 14. mars …»
                or (tiny is not None and tiny <= stems(other))
            )
        )
        for other in kept
    )


_SHARE_WORDS = frozenset(("prosen", "percen"))  # (the share's own word shares nothing)
# A share: «16 percent», «16,5 prosent», «12 %».
_SHARE = re.compile(r"(\d(?<![\d.,]\d)\d{0,2}(?:[.,]\d{1,2})?) ?(?:%|prosent|per ?cent)")


@lru_cache(maxsize=4096)
def _shares(text: str) -> tuple[float, ...]:
    if "%" not in text and "pro" not in text and "per" not in text:
        return ()  # (most sentences: no share to read)
    return tuple(float(n.replace(",", ".")) for n in _SHARE.findall(text))


def _same_share(shares: tuple[float, ...], other: str) -> bool:
    """Whether the other gives one of the shares, rounded or not (16 and 16.08 percent)."""
    return any(abs(a - b) < 0.5 for a in shares for b in _shares(other))


def _score(text: str) -> tuple[str, str] | None:
    """A short bullet's score, all it tells beside a word or two («Kampen endte 2-1.»)."""
    if text.count(" ") > _SCORE_WORDS or ("-" not in text and "–" not in text):
        return None
    found = SCORE.search(text)
    return (found.group(1), found.group(2)) if found else None


_SCORE_WORDS = 7


def _scores(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in SCORE.finditer(text)}


def _long_words(text: str) -> set[str]:
    """«bustader», «evakuert»: the words that say what happened (not «To personer ble
    skadd» against «To personer ble pågrepet»: one word shared, two facts), by their first
    six letters («evakuert», «evakuerte»)."""
    return {w.lower()[:6] for w in _WORD.findall(text) if len(w) >= 5}


# A count and what it counts: «ni bustader», «ni andre bustader», «21 personar».
_COUNTED = re.compile(
    # (not «to», «fire»: English words too)
    r"\b(\d[\d.,]*|tre|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve) (?:(?:andre|nye|flere|fleire|other|more|new) )?"
    r"([a-zæøå]{4})[a-zæøå]*",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _counts(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((n.lower(), what.lower()) for n, what in _COUNTED.findall(text))


_NAME = re.compile(r"(?:(?<=[\w,] )|(?<=\w \())(?>[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)*)")
# (a name in brackets too: «Utrykningspolitiet (UP) beslagla …»)
# One who tells it is no name of the fact: «Til retten har Ola Opdahl opplyst at …» (but «Befalet
# i Tromsø sier …» is the officers of another place).
_TELLS = re.compile(rf" (?:{SPEECH_VERBS}|opplyst|sagt)\b")
_IN = (" i ", " på ", " ved ", " fra ", " frå ", " in ", " at ", " of ")


_without_speaker = lru_cache(maxsize=4096)(before_speaker)  # (read for each pair of bullets)


@lru_cache(maxsize=4096)  # (read for each pair of a candidate and a kept bullet)
def _names(text: str) -> frozenset[str]:
    """The names a sentence says, its speaker or source aside."""
    text = _without_speaker(text)
    names: set[str] = set()
    for found in _NAME.finditer(text):
        if not _TELLS.match(text, found.end()) or text[: found.start()].endswith(_IN):
            names.update(found.group().split())
    return frozenset(names)


@lru_cache(maxsize=4096)
def _runs(text: str) -> frozenset[tuple[str, ...]]:
    words = _words(text)
    return frozenset(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """A sentence's words in lower case, its speaker or source aside."""
    return tuple(_WORD.findall(_without_speaker(text).lower()))


# The event a short clause may name again: «Ingen ble skadd i hendelsen», «in the crash».
_EVENT_AGAIN = re.compile(
    r"\s(?:i|under|etter|in|during|after) (?:hendelsen|hendinga|ulykken|ulukka|brannen|"
    r"episoden|the incident|the crash|the accident|the fire|the attack)$"
)


@lru_cache(maxsize=4096)  # (read for every candidate the budget tries)
def _short_clause(text: str) -> tuple[str, ...] | None:
    """A bullet too short for a run of words, as its words, less the event they happened
    in that it names again («Ingen ble skadd i hendelsen.», «No one was hurt.»)."""
    said = _without_speaker(text).lower().rstrip(" .!")
    words = tuple(_WORD.findall(_EVENT_AGAIN.sub("", said)))
    if words[:1] and words[0] in _FRONTED:
        words = words[1:]  # «Da var Kristoff sterkest.» after «I Paris var Kristoff sterkest …»
    return words if 3 <= len(words) < _RUN else None


_FRONTED = frozenset("da då så nå no der her then there here".split())  # noqa: SIM905


def _told_in(clause: tuple[str, ...], other: str) -> bool:
    """Whether another bullet says the same words in a row."""
    words = _words(other)
    n = len(clause)
    return any(tuple(words[i : i + n]) == clause for i in range(len(words) - n + 1))
