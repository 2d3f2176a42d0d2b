"""A bullet's quote marks and brackets balanced: a cut may have bared an opening one."""

from __future__ import annotations

import re

from bot.core.spacing import single_spaced

_OPENERS_CLOSERS = (("«", "»"), ("“", "”"), ("(", ")"))
_QUOTES_AND_BRACKETS = '«»“”()"'


_STRAIGHT_CLOSER = re.compile(r'(?<=[^\s“])"(?=[\s,.;:!?]|$)')


def balance(text: str) -> str:
    """Drop quotes and brackets that are not closed (a cut may have bared them)."""
    if not any(map(text.__contains__, _QUOTES_AND_BRACKETS)):  # most: nothing to count
        return single_spaced(text)
    if '"' in text and text.count("“") > text.count("”"):
        # «“We hope … new things," said …»: a curly quote closed with a straight one
        text = _STRAIGHT_CLOSER.sub("”", text, count=text.count("“") - text.count("”"))
    for opener, closer in _OPENERS_CLOSERS:
        opened, closed = text.count(opener), text.count(closer)
        if opened == closed + 1 and opener in "«“" and text.rfind(opener) > text.rfind(closer):
            # «… at fylkeskommunen «har arbeidd grundig …»: a quote that runs on past the
            # sentence is closed at its end, still a quote
            text = text.rstrip(" ,;:")
            text += closer if text.endswith((".", "!", "?", "…")) else "." + closer
        elif opened != closed and not (opened == 0 and closer == "”" and closer_pairs(text)):
            # (a pair of «”» alone is a pair: «sidan song Knut Marius ”Silent Night” åleine»)
            text = text.replace(opener, "").replace(closer, "")
    if text.count('"') % 2:
        if text.count('"') == 1 and _OPENS_QUOTE.search(text):
            # «… said: "Compass has delivered …»: a quote that runs on into the next paragraph
            text = text.rstrip(" ,;:")
            text += '"' if text.endswith((".", "!", "?", "…")) else '."'
        else:
            text = text.replace('"', "")
    return single_spaced(text)


_CLOSER_PAIR = re.compile(r"”[^”]*\w[^”]*”")


def closer_pairs(text: str) -> bool:
    """Whether the text's «”» come in pairs around words: «”Silent Night”» (not «” ”»)."""
    return len(_CLOSER_PAIR.findall(text)) * 2 == text.count("”")


_OPENS_QUOTE = re.compile(r'(?:^|: |\b(?:said|says|sa|sier|seier) )"(?=[A-ZÆØÅ])')


def opens_quote(text: str) -> bool:
    """Whether a quote opens in the text and does not close there: what follows is inside
    it (a cut there splits a quote; a name there is the speaker's or a title's words)."""
    return (
        text.count("«") > text.count("»")
        or text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
    )


def quote_still_open(text: str) -> bool:
    """Whether a quote opened in the text is still open: a spaced ellipsis in it («. . .»)
    leaves words out, it ends no sentence."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»")


def outcry(text: str) -> bool:
    """Whether the quote still open at the text's end opened on two words at most
    («Shit!», «Hva nå?»): an outcry the quoted sentence goes on from."""
    opened = max(text.rfind("«"), text.rfind("“"))
    return quote_still_open(text) and text.count(" ", opened) <= 1


# A «!» or «?» inside a quote, which Punkt takes for the sentence's end: what follows
# the closing mark («», skriver NRK.», «og løp.») goes on with the sentence.
QUOTED_END = ("!", "?", "!»", "?»", "!”", "?”", '!"', '?"')
CLOSERS = '»”’")]'
