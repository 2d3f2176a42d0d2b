"""Two words a source ran together, parted in a bullet: «Itillegg» → «I tillegg»,
«Økningenfølger» → «Økningen følger», «fra2009» → «fra 2009».

A Norwegian compound is one word too («storseier», «avstengningen»), so a word is parted
only where no dictionary knows it and its first part cannot open a compound: «i» or an
article («et driftsoverskudd»), or a definite or genitive form («konsernets årsrapport»), and
the second part is a word the dictionary knows. A year or an amount is parted from the word
it was run into.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.lexicon import lexicon
from bot.core.word_rarity import zipf_table

_SMALL = frozenset(("i", "et", "en", "ei", "ein", "eit"))
_PREPOSITIONS = frozenset(("ved", "av", "på", "til", "med", "fra", "frå", "mot", "etter", "seg"))
_HEAD_LETTERS = 4
# Words of one piece the dictionaries lack: Nynorsk «eingong» (even), «eigentleg»
_WHOLE = frozenset(
    ("eingong", "eingongen", "eigentleg", "eigentlege", "einkvan", "eitkvart", "einslege")
)  # («einslege mindreårige», unaccompanied minors: no «ein slege»)
_DEFINITE = ("ene", "ane", "ets", "ens", "en")  # (not «-et», «-a»: a past too, «pendla»)
# Places named in a definite form, a compound's first word: «Sydenværet», «Nordenturen»
_PLACES_DEFINITE = ("syden", "norden", "østen", "austen", "vesten")
# (after a definite form, the short words that follow a subject: «Driftsinntektenevar»)
_NEXT = frozenset("var er ble vart blei har hadde og som".split())  # noqa: SIM905
_FIGURES = re.compile(
    r"(?<![\w,.])(fra|frå|til|siden|sidan|etter|før|i)(\d{4})\b|\b(\d{4})(var|er|ble|vart|blei)\b"
    r"|(\d)(millioner|milliarder|millionar|milliardar|kroner|kronar|prosent|seconds|minutes)\b"
    r"|\b(millioner|milliarder|millionar|milliardar)(kroner|kronar|dollar|euro)\b"
)


def unglue_figures(text: str) -> str:
    """«fra2009», «2009var», «228,2millioner», «millionerkroner»: a figure's words parted."""
    return _FIGURES.sub(lambda m: " ".join(g for g in m.groups() if g), text)


def opening_parted(text: str, language: str, article: str = "") -> str:
    """The text with its first word parted, if a source ran it into the next: «Itillegg …»
    (a capital inside the sentence is a name's: «… sier Eivind Hellesund»); not a word the
    `article` writes again («Tøyenparken får …», «… i Tøyenparken»), nor a name it writes
    inside a sentence («… sier bonde John-Sverre Sonensen», then «Han» given as «Sonensen»)."""
    found = _OPENING.match(text)
    two = parted(found[1], language) if found else None
    if found and two and article and (written_again(found[1], article) or named(found[1], article)):
        return text
    return f"{text[: found.start(1)]}{two}{text[found.end(1) :]}" if found and two else text


def written_again(word: str, article: str) -> bool:
    """Whether the article writes the word twice, or once more with an ending: a slip is
    made once, a word the writer means is written each time."""
    found = re.findall(rf"(?<![\w-]){word}(\w{{0,3}})(?![\w-])", article, re.IGNORECASE)
    return len(found) >= 2 or any(found)


def named(word: str, article: str) -> bool:
    """Whether the article writes the capitalised word after a word of the same sentence."""
    return re.search(rf"(?<=[\w,] ){word}(?![\w-])", article) is not None


_OPENING = re.compile(r"[«“\"'(–— ]*([A-ZÆØÅ][a-zæøå]{5,})(?![\w-])")


@lru_cache(maxsize=4096)
def parted(word: str, language: str) -> str | None:
    """The word as the two words a source ran together, or None (Norwegian only)."""
    lex = lexicon(language)
    lower = word.lower()
    known = lower in _WHOLE or lower in zipf_table(language)
    if known or any(lexicon(code).known(lower) for code in ("nb", "nn")):
        return None  # (a word or a name the word lists know: «Rosenborg», «Eivind»)
    for tail in _PREPOSITIONS:  # «stengtved», «grunnav», «spredteseg»: a word, then a small one
        head = lower[: -len(tail)]
        if lower.endswith(tail) and len(head) >= _HEAD_LETTERS and lex.known(head):
            return f"{word[: len(head)]} {word[len(head) :]}"
    for at in range(1, len(lower) - 2):
        head, tail = lower[:at], lower[at:]
        if head in _SMALL:
            found = len(tail) >= 4 and lex.known(tail)
        elif at >= 5 and head.endswith(_DEFINITE) and head not in _PLACES_DEFINITE:
            inflected = lex.known(head) and (lex.form_lemma(head) or head) != head
            # («verdens» is «verden» and a compound's linking s: «verdensrankingen» stays)
            inflected = inflected and not (
                head[-1] == "s" and lex.form_lemma(head[:-1]) == head[:-1]
            )
            found = (inflected and lex.known(tail) and len(tail) >= 3) or tail in _NEXT
            # (not a compound whose first word ends a letter on: «lisens|jakta», not
            # «lisen sjakta»)
            found = found and not (lex.known(head + tail[0]) and lex.known(tail[1:]))
        else:
            continue
        if found:
            return f"{word[:at]} {word[at:]}"
    return None
