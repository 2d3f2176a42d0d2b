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
        elif opened != closed and not (opened == 0 and closer == "”" and closed % 2 == 0):
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


_OPENS_QUOTE = re.compile(r'(?:^|: |\b(?:said|says|sa|sier|seier) )"(?=[A-ZÆØÅ])')
