"""Words, sentences and ASCII folding for Norwegian and English text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from bot.core.page_words import TITLE_ABBREVIATIONS
from bot.core.quote_marks import CLOSERS, QUOTED_END, outcry, quote_still_open
from bot.core.stopwords import stopwords

# (an apostrophe goes, straight or curly: «O'Toole» and «O’Toole» are one name)
_FOLD = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A", "'": "", "’": ""}
    # letters no decomposition reaches: «Akıncı», «Łódź», «Đoković», «Straße», «Þór»
    | {"ı": "i", "ł": "l", "đ": "d", "ß": "ss", "œ": "oe", "þ": "th", "ð": "d"}
)

# What ends a sentence or a paragraph that is one: a stop, a closing quote or bracket.
SENTENCE_END = tuple('.!?»”"…)')
# (an Irish or a French name is one word: «O'Toole», «D’Angelo»; «Norway's» is two)
WORD_RE = re.compile(r"(?:[A-Z]['’](?=[A-Z]))?[^\W\d_]+", re.UNICODE)
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")

if TYPE_CHECKING:
    from bot.core.splitter import SentenceSplitter


def fold(text: str) -> str:
    """Return `text` lower-cased in ASCII: æ→ae, ø→o, å→a, accents dropped."""
    text = text.lower().translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii())


@lru_cache(maxsize=1 << 16)  # lemmas and compound parts recur across words and articles
def match_key(word: str) -> str:
    """Return the key two spellings of one word share (`øvelse`, `ovelse`, `oevelse`).

    Users type ø as oe and å as aa on keyboards without them; the key folds those
    spellings too, on both sides. (Neither replacement can make a match for the other.) A
    run of a's is one a: «aå» folds to «aa», its command «aaa».
    """
    key = fold(word).replace("oe", "o")
    return _A_RUN.sub("a", key) if "aa" in key else key


_A_RUN = re.compile("a{2,}")


_LINKS = ("of", "og", "and", "for", "i", "pa")  # (words that join a name's parts)
_LINKED = re.compile(rf"_(?:{'|'.join(_LINKS)}|the)(?=_)")


def command_name(label: str) -> str:
    """Return a valid Telegram command name for a label (`øvelse` → `ovelse`)."""
    name = re.sub(r"[^a-z0-9_]+", "_", fold(label)).strip("_")
    if len(name) > 32 and len(bare := _LINKED.sub("", f"_{name}_").strip("_")) <= 32:
        return bare  # without the words that join its parts: /texas_department_public_safety
    if len(name) > 32:  # Telegram's limit: cut between words (/canterbury_christ_church)
        cut = name.rfind("_", 0, 33)
        name = name[:cut] if cut >= 8 else name[:32]
        # (a phrase cut inside names nothing: «national_bureau_of_criminal» is «national_bureau»)
        link = max(f"{name}_".rfind(f"_{word}_") for word in _LINKS)
        name = name[:link] if link >= 8 else name
    return name or "topic"


def words(text: str) -> list[str]:
    """Return the words of `text` (letters only; hyphens and digits split them)."""
    return WORD_RE.findall(text)


_T = TypeVar("_T")


class TokenMemo(dict[str, _T]):
    """What a pure function makes of a token (a run of text between spaces), memoised.

    Tokens («Stoltenberg,», «atomvåpen») recur across sentences and articles, and a word
    never spans a space: so a text's words are a look-up a token, at C speed
    (`map(memo.__getitem__, text.split())`), rather than a regular expression's scan.
    """

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[str], _T]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, token: str) -> _T:
        value = self[token] = self._make(token)
        return value


# Every character str.split() splits on but the space (tests/test_parse.py checks the list).
OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def single_spaced(text: str) -> str:
    """The text's words with one space between them: `" ".join(text.split())`.

    Most paragraphs are so already, and telling costs far less than splitting them
    (a look for each other space is a memchr, or nothing for a character wider than
    the text's).
    """
    if (
        "  " in text
        or text[:1] == " "
        or text[-1:] == " "
        or any(map(text.__contains__, OTHER_SPACES))
    ):
        return " ".join(text.split())
    return text


def word_count(text: str) -> int:
    return len(text.split())


_HEADLINE_SPACES = 16  # a headline is shorter


def headline_shaped(text: str) -> bool:
    """Whether a line has a headline's shape: short, and no sentence's end («Saksøker tapte
    mot Dagbladet»)."""
    return spaces(text, _HEADLINE_SPACES) < _HEADLINE_SPACES and not text.endswith(SENTENCE_END)


def one_sentence(text: str) -> bool:
    """No sentence ends inside the text (a stop and a space before its last character)."""
    return not any(stop in text[:-1] for stop in (". ", "! ", "? "))


def spaces(text: str, enough: int) -> int:
    """`text.count(" ")`, counted no further than `enough` spaces: exact below that, at
    least `enough` otherwise.

    Page furniture is told by a unit's length again and again (a caption, a label, a
    byline is short): a long paragraph is counted only as far as its first words (a word
    and its space take about seven characters), not to its end each time.
    """
    head = 8 * enough
    if len(text) > head and (found := text.count(" ", 0, head)) >= enough:
        return found
    return text.count(" ")


@lru_cache(maxsize=4)
def _splitter(language: str) -> SentenceSplitter:
    from bot.core.splitter import splitter  # imports punkt: only when text is split

    return splitter(language)


# «… sa han. – Vi …»: a quote dash after a stop starts a sentence (Punkt may glue the two).
# (not a clause after a quote's close: «… “strike fear into our enemies” – including Russia»)
_DASH_AFTER_STOP = re.compile(
    r"(?<=[.!?»”\"])(?<!\d\.)\s+(?=[–—]\s(?![a-zæøå]))|(?<=\d\.)\s+(?=[–—]\s+\D)"
)
_RANGE_ON = re.compile(r"[a-zæøå]|[–—-] ?\d")  # (not «17. – 19. september»: a range, no quote)


# «(!)», «(?)»: the writer's aside inside a sentence, no end.
_ASIDE_MARKS = ("(!)", "(?)", "(sic!)")


_THOUSANDS = re.compile(r"\d{3}(?: \d{3})* [a-zæøå]")
_FIGURE_LAST = re.compile(r"(?:^|\s)\d{1,3}\.$")


# A title in quote marks with a stop inside, a few words after it, the sentence going on after
# it (not a quote's second sentence: «… fylket. Natt til fredag vil nedbøren avta», skriver …).
_TITLE_GOES_ON = re.compile(r"(?:[^\s.!?«»“”,]+ ){0,3}[^\s.!?«»“”,]+,?[»”](?:,| [a-zæøå])")


def sentences(paragraph: str, language: str = "nb") -> list[str]:
    """Split one paragraph into sentences, keeping each sentence's own text."""
    paragraph = single_spaced(paragraph)
    if not paragraph:
        return []
    has_dash = "–" in paragraph or "—" in paragraph
    result: list[str] = []
    for part in _DASH_AFTER_STOP.split(paragraph) if has_dash else (paragraph,):
        for piece in map(str.strip, _splitter(language).tokenize(part)):
            before = result[-1] if result else ""
            if not before or (before[-1:] == "." and before[-2:-1].islower()):
                if piece[:1].islower() and _ABBREVIATED.search(before[-8:]):
                    result[-1] = f"{result[-1]} {piece}"  # «in Dayton, Ind. next year»
                elif (
                    _NEVER_LAST.search(before[-8:])
                    or _TITLE_LAST.search(before[-6:])
                    or (piece[:1].isdigit() and _NUMBER_SIGN.search(before[-6:]))
                ):
                    result[-1] = (
                        f"{result[-1]} {piece}"  # «fra bl.a. Jaga Jazzist», «No. 4», «Apr. 4»
                    )
                elif before.endswith(("a.m.", "p.m.")) and _HOUR_THEN_WHEN.match(piece):
                    result[-1] = f"{result[-1]} {piece}"  # «at 10 a.m. Tuesday»
                elif piece[:1] == ")" and before.count("(") > before.count(")"):
                    result[-1] += piece  # «(Urban search and rescue, journ.anm.), og deltok …»
                elif piece[:2] in ("»,", "”,", '",'):
                    result[-1] += piece  # «Han kom hjem.», sa hun.: the quote's close, its speaker
                elif (
                    ("«" in before or "“" in before)
                    and _TITLE_GOES_ON.match(piece)
                    and (
                        before.count("«") > before.count("»")
                        or before.count("“") > before.count("”")  # («titled “Ai-Petri. Crimea,”»)
                    )
                ):
                    result[-1] = f"{result[-1]} {piece}"  # «Nesten menneske. Biografien …», av
                elif piece:  # (most sentences end on a small letter and a stop: no join below)
                    result.append(piece)
            # (Most sentences end on a small letter: the pattern runs only after a capital.)
            elif before[-2:-1].isupper() and _initials_then_name(before, piece, language):
                result[-1] = f"{result[-1]} {piece}"  # «T.S.» «Eliot gjev ut …»: one name
            elif piece[:1].islower() and before.endswith(".)"):
                result[-1] = f"{result[-1]} {piece}"  # «3,5 millioner (eks. mva.) til …»
            elif before.endswith(_ASIDE_MARKS) and len(before) > 3:
                result[-1] = f"{result[-1]} {piece}"  # «sin åttende (!) EM-semifinale»
            elif before.endswith(QUOTED_END) and piece[:1] in CLOSERS:
                result[-1] += piece  # «aksjonen «Berg skulen vår!», skriver NRK.»: one
            elif before.endswith(QUOTED_END) and piece[:1].islower():
                result[-1] = f"{result[-1]} {piece}"  # «Han ropte «Stopp!» og løp.»
            elif before[-2:-1].isdigit() and before.endswith(".") and _RANGE_ON.match(piece):
                result[-1] = f"{result[-1]} {piece}"  # an ordinal: «10.–15. november», «17. – 19.»
            elif _THOUSANDS.match(piece) and _FIGURE_LAST.search(before[-5:]):
                result[-1] += piece  # «25. 000 kroner»: a figure's thousands after its stop
            elif before[-2:-1].isdigit() and language != "en" and _OWN_ORDINAL.search(before):
                result[-1] = f"{result[-1]} {piece}"  # «Peiffer tok sin 16. VM-medalje»
            elif before[-2:-1].isdigit() and _CAPS_ORDINAL.search(before) and _CAPS.match(piece):
                result[-1] = f"{result[-1]} {piece}"  # a match's label: «LILLESTRØM 2. LAG – …»
            elif piece[:1].islower() and before[-2:-1].isupper() and _INITIALS.search(before):
                result[-1] = f"{result[-1]} {piece}"  # «Konserten med D.D.E. i kveld …»
            elif piece[:2] in ("»,", "”,", '",'):
                result[-1] += piece  # «… og «The Man From U.N.C.L.E.», er død.»: a close
            elif piece[:2] in ("'s", "’s") and before.endswith("."):
                result[-1] += piece  # «in B.C.'s second-largest city»: a genitive, no stop
            elif before[-1:] in "!?" and piece[:1] not in "-–—" and outcry(before):
                result[-1] = f"{result[-1]} {piece}"  # «Shit! Tenk om …!» skriver …: one
            elif before.endswith(". . .") and quote_still_open(before):
                result[-1] = f"{result[-1]} {piece}"  # «“… pulled this off. . . . History …”»
            elif piece:
                result.append(piece)
    if ".m. " in paragraph:
        result = [cut for sentence in result for cut in _HOUR_THEN_SENTENCE.split(sentence)]
    return result


# A possessive or an article before a number: its stop makes an ordinal («sin 16.
# VM-medalje», «det 3. året»), no sentence ends there.
_OWN_ORDINAL = re.compile(
    r"(?<![\w-])(?:sin|sitt|sine|hans|hennes|deira|deres|den|det|dei|de|hennar|[a-zæøå]{3,}s)"
    r" \d{1,3}\.$"  # (or a genitive: «karrierens 15. VM-gull»)
)
# A number between two words in capitals is a team's or a league's ordinal: «STABÆK 2. LAG».
_CAPS_ORDINAL = re.compile(r"(?<![\w-])[A-ZÆØÅ]{2,} \d{1,2}\.$")
_CAPS = re.compile(r"[A-ZÆØÅ]{2,}\b")
# Short forms no sentence ends on: «bl.a.», «f.eks.», «t.d.», «ca.», «kl.», «nr.» (not
# «osv.», «mv.»: a list's end may be the sentence's).
_NEVER_LAST = re.compile(
    r"(?<![\w.])(?:bl\.a|f\.eks|m\.a|t\.d|jf|ca|kl|nr|dvs|pga|ifm|iht|eks|inkl|hhv)\.$"
)
# A figure of three digits or more: an amount, not «2» of «Del 2», nor an hour's «i 14-tiden»
FIGURE = re.compile(r"\d[\d.,]*\d{2}")
# A title written short before a name, which Punkt may still take for a sentence's end when
# the name is a word it saw open sentences: «alongside Coun. Norm Kelly», «said Sen. Will Smith».
_TITLE_LAST = re.compile(
    rf"(?<![\w.])(?:{'|'.join(title.capitalize() for title in TITLE_ABBREVIATIONS)})\.$"
)
# A number's sign before its number: «overgår No. 4 forventingene» (not «… said no.»).
_NUMBER_SIGN = re.compile(
    r"(?<![\w.])(?:[Nn]o|Nr|Nos|[Nn]um|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)
# A capitalised word cut short, which no sentence after it opens in lower case: «Ind.»,
# «Calif.», «Corp.», «Jr.».
_ABBREVIATED = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]{1,4}|[ap]\.m|(?<=\bet )al|(?<=\d )(?:lbs?|oz|ft|in|yds?))\.$"
)  # «3 a.m.», «et al.», «26 lbs. of cocaine»
# «… past 3 a.m. More than 700 …»: the hour's stop ends the sentence before a capitalised
# word, unless that word says when (a day, a month, a time zone: «at 10 a.m. Tuesday»).
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Eastern|Central"
    r"|Pacific|Mountain|Atlantic|Local|Today|Tomorrow|Tonight|Yesterday"
    r"|[ECMP][SD]?T|GMT|UTC|BST|CES?T|AE[SD]T|(?:[A-Z][a-z]+ ){1,2}time)\b"  # («… ET on July 4»)
    r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. \d"  # («8:15 p.m. Oct. 18 at …»)
)
_HOUR_THEN_SENTENCE = re.compile(rf"(?<=\b[ap]\.m\.) (?=[A-Z][a-z]+\b)(?!{_WHEN})")
_HOUR_THEN_WHEN = re.compile(_WHEN)
# A name's initials that Punkt takes for a sentence's end: «T.S.», «J.R.R.».
_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZÆØÅ]\.){2,3}$")
_INITIAL = re.compile(r"(?<![\w.])[A-ZÆØÅ]\.$")
_INITIAL_FIRST = re.compile(r"[A-ZÆØÅ]\. [A-ZÆØÅ]")


def _initials_then_name(before: str, piece: str, language: str) -> bool:
    if _INITIALS.search(before) is not None:
        return _name_after(piece, language)
    if _INITIAL.search(before) is None:
        return False
    # «E.» «C. Dahls Eiendom …»: initials with spaces; «Kari E.» «Moe sier …»: a middle one
    words = before.rsplit(maxsplit=2)
    first_name = len(words) == 3 and words[1][:1].isupper() and words[1][1:].islower()
    return _INITIAL_FIRST.match(piece) is not None or (first_name and _name_after(piece, language))


def _name_after(piece: str, language: str) -> bool:
    """«Eliot gjev ut …» goes on from «T.S.»; «The company …» after «the U.S.» does not; a
    name of capitals whose first word is a small one too does («the U.S. Mine Safety …»)."""
    first, second = [*piece.split(maxsplit=2), "", ""][:2]
    if not first[:1].isupper():
        return False
    small = first.lower() in stopwords(language)
    return not small or (second[:1].isupper() and first.lower() not in _OPENERS)


_OPENERS = frozenset(  # (words that open a sentence: «… the U.S. Many Americans agree.»)
    "the a an this that these those it he she they we i you there here his her their our its "  # noqa: SIM905
    "my your many most some all both each every no one two three several more few other such "
    "what when where while but and so if as after before in on at for from by with since until "
    "during despite although though because yet also then now today".split()
)


def word_positions(word: str, text: str, begin: int = 0, joiners: str = "") -> Iterator[int]:
    """Where the text has the word whole, from `begin` on: not inside another word, nor
    joined to one by a character of `joiners` («-»: not «Nato» in «Nato-sjefen»)."""
    n, end = len(word), len(text)
    at = text.find(word, begin)
    while at >= 0:
        after = at + n
        before_ok = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in joiners)
        if before_ok and (after == end or not (text[after].isalnum() or text[after] in joiners)):
            yield at
        at = text.find(word, after)
