"""What an aside between commas or dashes holds that the sentence cannot lose, and where a
cut would leave a clause without its verb."""

from __future__ import annotations

import re

from bot.core.clauses import MainClauses
from bot.core.cut_words import PLACE_BEFORE
from bot.core.quote_marks import opens_quote
from bot.core.stopwords import stopwords


def only_figures(insertion: str, text: str) -> bool:
    """Whether an insertion holds the sentence's only figures."""
    if not any(c.isdigit() for c in insertion):
        return False
    return not any(c.isdigit() for c in text.replace(insertion, ""))


# A name, a spaced dash and a name: a stretch of road or a route («fylkesveg 50 Hol – Aurland»,
# «the Oslo – Bergen line»), not a dash opening an aside.
_NAMES_DASHED = re.compile(r"\b[A-ZÆØÅ][\w-]* [–—] [A-ZÆØÅ]")


def joins_names(aside: re.Match[str]) -> bool:
    """Whether one of a dash aside's dashes joins two names: «50 Hol – Aurland og 53 Tyin –
    Årdal» names two roads; dropping «– Aurland og 53 Tyin –» would leave a road that is not."""
    text, start, end = aside.string, aside.start(), aside.end()
    return any(
        _NAMES_DASHED.match(text, text.rfind(" ", 0, at - 1) + 1, at + 4) is not None
        for at in (start + 1, end - 1)
    )


def names_next(aside: re.Match[str]) -> bool:
    """Whether an aside names the one the words after it describe: «…, according to Dr
    Anthony Fauci, the government's top expert, who said …» (without him, his apposition is
    left behind); or gives the figure they measure: «…, which it has cut by 60 million tonnes
    a year since 2012, the equivalent of taking 30 million cars off the road» (without it,
    the cars measure what the sentence said before)."""
    if any(c.isdigit() for c in aside.group()) and _MEASURE_NEXT.match(aside.string, aside.end()):
        return True
    return bool(_NAME_LAST.search(aside.group())) and bool(
        _APPOSITION_NEXT.match(aside.string, aside.end())
    )


_MEASURE_NEXT = re.compile(
    r" ?(?:the equivalent|equivalent|equal|enough|roughly the|about the|or about|or roughly|"
    r"tilsvarende|tilsvarande|nok til|det samme som|like mye som)\b"
)


_NAME_LAST = re.compile(r"[A-ZÆØÅ][\w'’-]+,$")
_APPOSITION_NEXT = re.compile(r" (?:the|a|an|en|ei|et|ein|eit) [^,.;:]{2,80},")


def quoted(aside: re.Match[str]) -> bool:
    """Whether an aside lies inside quote marks: a speaker's words are not ours to shorten
    in the middle («… would occur, where children were playing, where families were …» had
    lost its «where children were playing»)."""
    return opens_quote(aside.string[: aside.start()])


# An aside that says what a word means: «…, altså dei som kan jobbe, arbeidslause.»
_TOLD_AS = ("altså ", "dvs. ")


def told_as(aside: re.Match[str]) -> bool:
    """Whether an aside between commas says what a word means: the sentence goes on after
    its comma, whatever the next word («…, altså dei som kan jobbe, | arbeidslause.»)."""
    return aside.group()[1:].lstrip().startswith(_TOLD_AS)


def goes_on_after(rest: str) -> bool:
    """Whether the words after a cut open such an aside, the sentence going on after it: a
    cut there loses the sentence's end («… av arbeidsstyrken, | altså …, arbeidslause.»)."""
    rest = rest.lstrip(", ")
    return rest.startswith(_TOLD_AS) and "," in rest


def closes_outer_aside(text: str, match: re.Match[str], checker: MainClauses) -> bool:
    """Whether the aside's comma must stay: it closes one that opened after the subject («The
    plan, put forward by X, which …, was …»: the outer aside may go as one), or it closes an
    English fronted phrase («After the attack, which …, the man …»)."""
    first = text.find(",")
    if first == match.start() and _FRONTED.match(text):
        # «After the attack[, which authorities did not describe,] the man …»: the phrase's
        return not checker.has_main_clause(text[:first])
    if first < 0 or first >= match.start() or not _SUBJECT_HEAD.match(text, 0, first):
        return False  # (not a fronted phrase's comma: «After the attack, which …, the man, …»)
    after = text[match.end() :].split(maxsplit=1)
    return (
        bool(after)
        and checker.is_finite(after[0].lower())
        and not checker.has_main_clause(text[:first])
    )


def goes_on(text: str, end: int, checker: MainClauses) -> bool:
    """Whether the sentence goes on after an aside's closing comma: with a verb or a small word
    («…, som er general, sier …»), not more of the aside («…, which names Aston Martin, …»)."""
    rest = text[end:].split(maxsplit=1)
    word = rest[0].strip(',.;:«»"“”') if rest else ""
    lower = word.lower()
    if word[:1].isupper() and (
        (_PLACE_NEXT.match(text, end) and PLACE_BEFORE.search(text, 0, end))
        or _PLACE_LAST.fullmatch(text, end)
    ):  # «…, in Joplin, | Missouri, on …», «…, in Penarth, | South Wales, in 1899 …»
        return False  # a place and its state or country: more of the aside (or «| Norge.»)
    return not word or not word.islower() or checker.is_finite(lower) or lower in _SMALL_WORDS


_SMALL_WORDS = stopwords("nb") | stopwords("nn") | stopwords("en")
_PLACE_NEXT = re.compile(r"\s*[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,2},")  # its state or region
_PLACE_LAST = re.compile(r"\s*[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?[.!]?")  # the aside's country


# A subject before its apposition's comma: «The planned measure», «Kari Lund» (not a fronted
# phrase: «After the attack», «I fjor»).
_SUBJECT_HEAD = re.compile(
    r"(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|Den|Det|De|Dei|Denne|Dette|En|Ei|"
    r"Et|Eit)\b[^,]*$|[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)*$"
)
_FRONTED = re.compile(
    r"(?:After|Before|During|Following|Since|Despite|In|On|At|With|Without|Under|From|Amid|When|"
    r"While|Although|Though|Because)\b"  # (English: Norwegian sets no comma after the phrase)
)


# A purpose fronted: «So to spare the fireworks …,», «For å spare fyrverkeriet …,».
_PURPOSE_FIRST = re.compile(r"(?:(?:So|And|But|Så|Og|Men) )?(?:[Tt]o|[Ff]or å) [a-zæøå]+\b")
_JOINS = (" and ", " og ", " but ", " men ")
# A clause's opener and a name: its subject, the verb after the cut («comes as Jake Sullivan,
# national security advisor to …, | holds talks»; not «known as Jake Sullivan»)
_OPENER_THEN_NAME = re.compile(
    r"(?<!known )(?<!such )(?<![a-z]ed )\b(?:as|while|when|because|whereas|mens|fordi|når|da)"
    r" (?:[A-ZÆØÅ][\w'’.-]*[ -]?){1,4}$"
)


def cut_inside_opening(head: str, checker: MainClauses) -> bool:
    """Whether a cut's head ends before its last clause has its verb: a fronted purpose its
    main clause never follows («So to spare the fireworks, which cost $15,000, or to keep the
    deputy chief», the council's choice cut), or a subject after «and» left in its aside
    («… was not over and Siebatcheu's strike, timed at 94 minutes», its «was the latest …»
    cut), or after an opener («comes as Jake Sullivan», his «holds talks» cut) or «but»."""
    if head[:1] in "TtSAfFBMO" and _PURPOSE_FIRST.match(head):
        _, comma, rest = head.partition(", ")
        if not (comma and checker.has_main_clause(rest)):
            return True
    if _OPENER_THEN_NAME.search(head, max(0, len(head) - 60)):
        return True
    but = head.rfind(" but " if checker.language == "en" else " men ")
    clause = head[but + 5 :] if but > 0 else ""
    if " " in clause and "," not in clause and not checker.has_main_clause(clause):
        return True  # «… to a two-game advantage but the Japanese third seed», her verb cut
    if ", " not in head:
        return False
    join = max(head.rfind(word) for word in _JOINS)
    subject, comma, aside = head[join + 1 :].partition(", ")
    return (
        join > 0
        and bool(comma)
        and ", " not in aside
        and not checker.has_main_clause(subject)
        and not checker.has_main_clause(aside)
    )


def verb_first(head: str, checker: MainClauses) -> bool:
    """A finite verb, then its subject: a condition or a question, never a statement."""
    words = head.lstrip('«“"(–— ').split(maxsplit=2)
    if len(words) < 2:
        return False
    second = words[1].strip(",.«»").lower()
    return checker.is_finite(words[0].lower()) and second in _SUBJECTS


_SUBJECTS = frozenset(
    "jeg eg du han hun ho hen vi me dere de dei det den man i you he she it we they".split()  # noqa: SIM905
)
