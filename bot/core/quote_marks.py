"""A bullet's quote marks and brackets balanced: a cut may have bared an opening one; and a
sentence's own words, without what it quotes inside them (bot.core.speakers)."""

from __future__ import annotations

import re

from bot.core.spacing import single_spaced

_OPENERS_CLOSERS = (("«", "»"), ("“", "”"), ("(", ")"))
_QUOTES_AND_BRACKETS = '«»“”()"'


# A quote's closing mark after its last words, its speaker after it: «…," Klaebo said.»,
# «…», sa han.», «…,” the minister added.»
_CLOSED_SAID = re.compile(
    r"\w(?:[,.!?][»”\"]|[»”\"][,!?]),? (?:[a-zæøå]+ )?"
    r"(?:[A-ZÆØÅ]|(?:he|she|they|han|hun|ho|hon|dei|de|sa|sier|seier|said|says|added|told)\b)"
)
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
        if opened == 0 and closed == 1 and opener != "(" and _CLOSED_SAID.search(text):
            # «I feel like … courses," Klaebo said.»: a quote's last sentence, its mark
            # opened in the one before
            text = opener + text
        elif opened == closed + 1 and opener in "«“" and text.rfind(opener) > text.rfind(closer):
            # «… at fylkeskommunen «har arbeidd grundig …»: a quote that runs on past the
            # sentence is closed at its end, still a quote
            text = text.rstrip(" ,;:")
            text += closer if text.endswith((".", "!", "?", "…")) else "." + closer
        elif opened != closed and not (opened == 0 and closer == "”" and closer_pairs(text)):
            # (a pair of «”» alone is a pair: «sidan song Knut Marius ”Silent Night” åleine»)
            text = text.replace(opener, "").replace(closer, "")
    if text.count('"') % 2:
        if text.count('"') == 1 and not text.startswith('"') and _CLOSED_SAID.search(text):
            text = '"' + text  # (as above, in straight marks)
        elif text.count('"') == 1 and _OPENS_QUOTE.search(text):
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


def double_quoted(text: str) -> str:
    """A page that quotes in single marks («'The bans will last …,' a spokeswoman said.»),
    its quotes in double marks, as the quote rules read them. An apostrophe stays («it's»,
    «the players' union»): a line's marks are changed only where each opening one before a
    capital is closed after a stop or a comma, the last perhaps left open at the paragraph's
    end, to run on into the next («'… first.» / «'Then …»). (Not a scare quote inside a
    sentence, «the 'Big Society' was», nor a title's «… species: 'We both knew …'», whose
    closing marks are a possessive's like.)"""
    if "'" not in text and "‘" not in text:
        return text
    if "‘" in text and "”" in text:  # («‘Houses prices are in free fall!” one commentator …»)
        text = _MISMATCHED.sub("“", text)
    return _LINE.sub(_line_double_quoted, text)


# A quote opened in a single mark and closed in a double one: its opening mark a typo's.
_MISMATCHED = re.compile(r"(?:^|(?<=[\s(:]))‘(?=[A-ZÆØÅ][^‘’“”\n]*”)")


_LINE = re.compile(r"^.*['‘].*$", re.MULTILINE)
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(:]))['‘](?=[A-ZÆØÅ])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])['’](?=\s|$)")


def _line_double_quoted(found: re.Match[str]) -> str:
    line = found.group()
    if '"' in line or "“" in line or "«" in line:
        return line  # (a page's double marks: a single one inside is a quote in a quote)
    opens = [m.start() for m in _SINGLE_OPEN.finditer(line)]
    if not opens:
        return line
    marks = sorted(
        [(at, True) for at in opens] + [(m.start(), False) for m in _SINGLE_CLOSE.finditer(line)]
    )
    if any(opening != (i % 2 == 0) for i, (_, opening) in enumerate(marks)):
        return line  # (not opening and closing in turn: apostrophes among them)
    last = marks[-1][0]
    if len(marks) % 2 and not (
        line.rstrip().endswith((".", "!", "?"))
        and (last == 0 or line[:last].rstrip().endswith((".", "!", "?", ":")))
        and "'" not in line[last + 1 :]
        and "’" not in line[last + 1 :]
    ):
        return line  # (the last left open, not a sentence's quote to its end: none runs on)
    chars = list(line)
    for at, _ in marks:
        chars[at] = '"'
    return "".join(chars)


def own_words(text: str) -> str:
    """The sentence without a title quoted in the writer's words («hit-singlene «Vi er
    perfekt»»: no speaker's «Vi»), nor a family's obituary's «My father, Bill Risby, who …»."""
    text = _KIN_FIRST.sub("", text) if text[:3] in ("My ", "Our") else text
    if "«" in text[1:] or "“" in text[1:] or '"' in text[1:]:
        return text[:1] + _QUOTED_INSIDE.sub("", text[1:])
    return text


_QUOTED_INSIDE = re.compile(r"(?<=[\w,] )(?:[«“][^«»“”]{1,80}[»”]|\"[^\"]{1,80}\")")
_KIN_FIRST = re.compile(
    r"^(?:My|Our) (?:late |dear )?(?:father|mother|husband|wife|partner|friend|colleague|"
    r"grandfather|grandmother|brother|sister|son|daughter|uncle|aunt)(?:-in-law)?, (?=[A-Z])"
)
