"""What a page's layout broke or glued: words broken at a line's end («par- keringsplassen»,
«årli- ge»), words its editing left twice («på oppdrag på oppdrag»), and a headline run into
the paragraph under it («Saksøker kommunen etter å ha blitt mobba i fleire år Ho er 18 år …»)."""

from __future__ import annotations

import re

from bot.core.lexicon import lexicon
from bot.core.verbs import verb_forms

_BROKEN = re.compile(r"([a-zæøå](?<!\w[a-zæøå])[a-zæøå]+)- ([a-zæøå]{2,})\b")
# «barne- og ungdomsskolen», «lese- eller skriveferdighet»: a hyphen that stands for a word.
_SUSPENDED = frozenset("og eller and or til enn samt som".split())  # noqa: SIM905
# A small word after the hyphen is a word of its own: «kolliderte- en omkommet» (a dash its
# space lost), not a word broken at a line's end.
_SMALL_WORDS = frozenset("en ei et ein eit i på av om å er var".split())  # noqa: SIM905
_LANGUAGES = ("nb", "nn")  # (English breaks no words so in the pages read: «well- known»)


# Two or three words said twice in a row: an edit left them («på oppdrag på oppdrag fra»).
_TWICE = re.compile(r"(?<![\w-])((?:[a-zæøå]+ ){1,2}[a-zæøå]{3,}) \1(?![\w-])")


def rejoin_hyphens(text: str) -> str:
    """The text with each word broken at a line's end whole again, where the dictionary
    knows the word whole (a compound by its parts)."""
    at = text.find("- ")
    while at > 0 and not (
        text[at - 1].islower()
        and text[at + 2 : at + 3].islower()
        and text[at + 2 : at + 7].split(" ", 1)[0] not in _SUSPENDED
    ):
        at = text.find("- ", at + 2)  # (most are a dash between words « - », or «barne- og»)
    text = _BROKEN.sub(_join, text) if at > 0 else text
    # a name's compound broken at the line's end: «Thon- pokalen» (not inside a line: a
    # writer's own hyphen, «ja-standpunkt», reads as a print page's break, «folke-musikk»)
    if "- " not in text:
        return text
    text = _NAME_BROKEN.sub(r"\1-\2", text)
    # a double given name broken so: «Mamma Anne- Kari Hetterud» (a name follows it; the
    # pattern opens on «- », a literal found fast, and reads the given name before it after)
    text = _GIVEN_BROKEN.sub(lambda m: _given_joined(m, text), text)
    # a figure's compound broken so: «ein 50- årsflaum» (not «50- og 60-talet»)
    return _FIGURE_BROKEN.sub(r"\1-\2", text)


_NOT_A_PART = "|".join(_SUSPENDED | _SMALL_WORDS | {"det", "den", "dei", "har", "the"})
_NAME_BROKEN = re.compile(
    rf"(?<![\w-])([A-ZÆØÅ][a-zæøå]+)- (?!(?:{_NOT_A_PART})\b)([a-zæøå]{{3,}})"
)

_GIVEN_BROKEN = re.compile(r"- (?=[A-ZÆØÅ][a-zæøå]{2,} [A-ZÆØÅ])")
_GIVEN_BEFORE = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]{2,}$")


def _given_joined(found: re.Match[str], text: str) -> str:
    start = found.start()
    return "-" if _GIVEN_BEFORE.search(text, max(0, start - 20), start) else found.group()


_FIGURE_BROKEN = re.compile(rf"(?<![\w,.-])(\d+)- (?!(?:{_NOT_A_PART})\b)([a-zæøå]{{3,}})")


# A small word twice («marking the the earliest onset»); not «that that», «had had».
_SMALL_TWICE = re.compile(
    r"(?<![\w-])(the|a|an|to|of|in|on|at|by|with|for|from|and|og|i|på|å|av|til|med|fra|frå|mot|ved|som|er|det"
    r"|ein|en|et|ble|blei|vart|har)"
    r" \1(?![\w-])(?! (?:saman|sammen)\b)",  # (not «til til saman 13.991»: «to a total of»)
    re.IGNORECASE,
)


def said_once(sentence: str) -> str:
    """A sentence with words an edit left twice said once (read for bullets only: a search
    over every word of every article would cost more than the digest)."""
    if "-" in sentence:
        sentence = _TAIL_TWICE.sub(_tail_once, sentence)
    words = sentence.lower().split()
    # (a word one, two or three places after itself: only then can anything repeat)
    if not any(a == b for gap in (1, 2, 3) for a, b in zip(words, words[gap:], strict=False)):
        return sentence
    return _SMALL_TWICE.sub(_small_once, _TWICE.sub(_once, sentence))


# A compound's last part said again as the next word: «NVE-direktør direktør Kjetil Lund».
_TAIL_TWICE = re.compile(r"(?<=\w-)([a-zæøå]{4,}) \1\b")


def _tail_once(found: re.Match[str]) -> str:
    word = found.group(1)  # (not a verb's form: «Ap-leder leder partiet»)
    return (
        word if not any(verb_forms(lang).is_finite(word) for lang in _LANGUAGES) else found.group()
    )


def _small_once(found: re.Match[str]) -> str:
    """The small word once, where both are the same word (not «i İ», nor «İ İ»: the case-blind
    match takes a dotted capital I, a Turkish letter, for an «i»; nor two initials, «A A
    Milne»)."""
    first, second = found.group().split(" ")
    if len(second) == 1 and second.isupper():
        return found.group()
    return first if first.lower() == second.lower() and "İ" not in first else found.group()


# A span's end said with its start's word: «frå natt til laurdag til laurdag føremiddag».
_SPAN_FROM = re.compile(r"\b(?:fra|frå|from)\b(?: \S+){1,3} $")


def _once(found: re.Match[str]) -> str:
    words = found.group(1)
    if words.startswith(("til ", "to ", "until ")) and _SPAN_FROM.search(
        found.string[max(found.start() - 40, 0) : found.start()]
    ):
        return found.group()
    return words


def _join(found: re.Match[str]) -> str:
    head, tail = found.group(1), found.group(2)
    if tail in _SMALL_WORDS:
        return f"{head} – {tail}"  # (the dash it was)
    if tail in _SUSPENDED:
        return found.group()
    word = head + tail
    for language in _LANGUAGES:
        dictionary = lexicon(language)
        if dictionary.known(word) or dictionary.lemma(word) != word:
            return word
    english = lexicon("en")  # («multi- family»: an English compound's hyphen, its space lost)
    return f"{head}-{tail}" if english.known(head) and english.known(tail) else found.group()


# A Norwegian sentence's first word never stands capitalised inside one: after a line with
# no stop, it opens the paragraph the headline above it ran into.
_OPENERS = ("Ho", "Han", "Hun", "Vi", "Eg", "Jeg", "Me")  # (not «Dei nynorske festspela»)
_GLUED_HEADLINE = re.compile(
    rf"([A-ZÆØÅ«][^.!?:;«»\"]{{8,120}}?[a-zæøå0-9]) ((?:{'|'.join(_OPENERS)}) [a-zæøå])"
)
_HEADLINE_WORDS = (3, 15)


def glued_headline(text: str) -> tuple[str, str]:
    """The headline a paragraph opens on, run into it without a stop, and the paragraph;
    ("", text) when there is none."""
    if not any(f" {opener} " in text[:140] for opener in _OPENERS):
        return "", text
    found = _GLUED_HEADLINE.match(text)
    if found is None:
        return "", text
    head = found.group(1)
    low, high = _HEADLINE_WORDS
    if not low <= head.count(" ") + 1 <= high:
        return "", text
    return head, text[found.start(2) :]
