"""A quote named by the sentence after it («Det sier rektor Kari Vik.») or brought in by
the one before it.

A quote under the sentence that brings in its speaker: «Tatjana Knappen ved
Operasjonssentralen stadfestar dei faktiske forhold.» over «– Det er ein bil som har køyrd
ut …». The quote names no one, so it would be no bullet; its speaker is the one the sentence
above opens on, and it is given in that name, as a vox pop gives it («Tatjana Knappen: – …»).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.model import PARAGRAPH, TURN
from bot.core.speakers import SAID_AFTER, SAID_BY_NAME, said_by_pronoun
from bot.core.structure import Unit

# A person's name opening the sentence, then its verb or a role in lower case: «Sondre
# Hegreberg er …», «Kari Ås (45) bor …», «Ola J. Berg ved …» (not «Statsminister Jonas Gahr
# Støre …»: a title first, nor «Nye Veier AS …»).
_NAME_FIRST = re.compile(
    r"([A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)? (?:[A-ZÆØÅ]\. )?"
    r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?)(?: \(\d{1,3}\))? (?=[a-zæøå])"
)
_DASHES = ("– ", "— ")
_QUOTE_OPENS = ("– ", "— ", "«", '"', "“")
# A quote's own speaker at its end, by a verb no list holds: «…, innrømmet Nordhaug til TV 2.»
_OWN_SPEAKER = re.compile(r", [a-zæøå]+ (?:[a-zæøå]+ )?[A-ZÆØÅ][\w-]+(?: [^,.]{1,40})?[.!]$")
_SAID_AT_END = re.compile(
    r", (?:sier|seier|sa|says|said) (?:[a-zæøå][\w-]*,? ){0,4}"
    r"([A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){1,3})(?: (?:til|to) [^,.]{1,40})?\.$"
)
# Who said what follows, last before the colon: «…, the interim chief executive of NHS
# Providers, Saffron Cordery said:», «Ordføreren Kari Ås sa:», or a few words after the verb
# («Lars Lillo-Stenberg seier følgjande om bakgrunnen for nyversjonen:», «… said in a
# statement:»)
# (the verb and the few words after it, to the colon: one for both patterns below)
_SAID_TO_COLON = (
    r"(?:said|says|told|sa|sier|seier|skriv|skriver|fortel|forteller|fortalte|uttaler|uttalar)"
    r"(?: [^.!?:«»\"“”–]{1,60})?:$"
)
_SAID_COLON = re.compile(  # (a role in capitals with it: «Housing Secretary Angela Reed said:»)
    rf"(?<![\w-])([A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){{1,4}}),? {_SAID_TO_COLON}"
)
# (a name, then the post, then the verb: «Michael King, Local Government and Social Care
# Ombudsman, said:» is his, not the last capitals' «Social Care Ombudsman»)
_NAME_POST_SAID = re.compile(
    rf"([A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){{1,3}}), ([^,:]{{3,70}}), {_SAID_TO_COLON}"
)
_QUOTE_MARKS = '"“”«»'
_DETERMINERS = frozenset(  # (and a source's «ifølge»: «Ifølge Telenors egne …», no person)
    "noen nokon ingen inga mange alle flere fleire begge hver kvar some no many all every "  # noqa: SIM905
    "ifølge ifølgje according".split()
)

# A person brought in with their age after the quote: its speaker, another than the one above.
_AGED = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+)+ \(\d{1,3}\)")


def speakers_before_quotes(units: list[Unit]) -> list[Unit]:
    """Give a quote without its speaker in the name of the person the paragraph above opens
    on, when that paragraph is one sentence."""
    speaker = ""  # («… Saffron Cordery said:» over the quote's paragraphs: each is hers)
    for intro, quote in pairwise(units):
        # (a paragraph, or a line of eight words or more: a short «Newly appointed … Reed
        # said:» the page set as a heading stays one)
        brings = intro.kind == PARAGRAPH or intro.text.count(" ") >= 7
        colon = brings and intro.text[-1:] == ":"
        posted = _NAME_POST_SAID.match(intro.text) if colon else None
        said = _SAID_COLON.search(intro.text) if colon and not posted else None
        if posted:  # (a post of a few words goes with the name: «Kari Vik, rektor»)
            speaker = ", ".join(posted.groups()) if posted[2].count(" ") < 3 else posted[1]
        elif said:
            speaker = said.group(1)
        marked = quote.text[:1] in _QUOTE_MARKS  # (or a dash: «– Dette er en stor dag …»)
        if speaker and quote.kind == PARAGRAPH and (marked or _dash_answer(quote.text)):
            quote.text, quote.kind = f"{speaker}: {quote.text.strip(_QUOTE_MARKS)}", TURN
            continue
        speaker = ""
        if (
            quote.kind != PARAGRAPH
            or intro.kind != PARAGRAPH
            or not quote.text.startswith(_DASHES)
            or quote.text.endswith("?")  # («– Har du tid til å se på TV?»: the one who asks)
            or not intro.text.endswith(".")
            or ". " in intro.text  # (one sentence: the last of several need not bring it in)
            or SAID_AFTER.search(quote.text)
            or SAID_BY_NAME.search(quote.text)
            or said_by_pronoun(quote.text)
            or _AGED.search(quote.text)  # («…, smeller det fra sidekamerat Birge Nagel-Alne (22)»)
        ):
            continue
        # (a sentence its speaker ends goes on in the quote: «Livbåtprodusenten Norsafe … trenger
        # nå flere folk, sier administrerende direktør, Dag Songedal.», not «Norsafe: – …»)
        said_end = None if intro.text.startswith(_QUOTE_OPENS) else _SAID_AT_END.search(intro.text)
        if said_end and _OWN_SPEAKER.search(quote.text):
            continue  # («– Det var utrolig skuffende, innrømmet Nordhaug.»: its own)
        name = said_end or _NAME_FIRST.match(intro.text)
        if name is not None and name.group(1).split()[0].lower() not in _DETERMINERS:
            # (not a determiner first: «Noen Bjella i sentrum ble det ikke», no person)
            quote.text = f"{name.group(1)}: {quote.text}"
            quote.kind = TURN  # a bullet only in the sentence that names the speaker
    return units


def _dash_answer(text: str) -> bool:
    """«– Dette er en stor dag.», not the question someone else puts («– Har du tid?»)."""
    return text.startswith(_DASHES) and not text.endswith("?")


# «Det sier rektor Kari Vik ved Nordvik skole.» opening the paragraph after a quote (a
# role may have a comma: «Det sier innsatsleder på stedet, Thor Inge Oxvold Aas.»).
# («Så enkelt oppsummerer statsmeteorolog Ola Aashamar den komande veka.»: how it was said)
_SAID_BY = re.compile(
    r"(?:Det|Dette|Så enkelt|Så kort|Slik|Sånn) (?:sier|seier|sa|mener|meiner|forteller|fortel|"
    r"skriver|skriv|oppsummerer|oppsummerar|forklarer|forklarar|beskriver|beskriv) "
    r"((?:[a-zæøå][\w-]*,? ){0,4})([A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){0,3})"
    r"((?: (?:ved|i|på|hos|for|til|overfor) [^.!?]{1,40})?)"
    r"((?: (?:den|det|dei|de|dette)(?: [^.!?]{1,40})?)?)"
    # (where it was written, an address and all: «…, i en markedskommentar på ge.no.»)
    r"(?:, (?:i|på) (?:en |ei |et |eit )?[^!?,]{1,60}?(?=\.(?:\s|$)))?"
    r"(?:,? som [^.!?]{1,80})?\.(?:\s+|$)"  # (who filmed the storm: no role of theirs)
)
# Where it was said, no role: «i pressemeldingen», «i ei fråsegn», «i en e-post».
_SAID_IN = re.compile(
    r"i (?:en |ei |et |eit )?(?:presse)?(?:melding|e-?post|uttal|utsegn|fråsegn|kommentar|"
    r"innlegg|intervju|brev|sms|tekstmelding)"
)
_SAID_FIRST = ("De", "Så", "Sl")
_TO_MEDIUM = re.compile(r" (?:til|overfor) [^.!?]{1,30}$")
_ROLE_PLACE = frozenset(("i", "på", "ved", "hos", "for"))


def speakers_after_quotes(units: list[Unit]) -> list[Unit]:
    """«– Det er som å hoppe på toget i fart.» over «Det sier rektor Kari Vik. …»: the
    quote in its speaker's name («Kari Vik, rektor: – Det er …»), as a vox pop gives it."""
    kept: list[Unit] = []
    for unit in _said_apart(units):
        said = _SAID_BY.match(unit.text) if unit.text[:2] in _SAID_FIRST else None
        if said is None and unit.text[:2] == "De" and (named := _ROLE_THEN_NAME.match(unit.text)):
            said = named  # («Det sier leder i Pensjonistforbundet, Mellvin Steinsvoll.»)
        quote = kept[-1] if kept else None
        if (
            said is None
            or quote is None
            or unit.kind != PARAGRAPH
            or quote.kind != PARAGRAPH
            or not quote.text.startswith(("– ", "— ", "«"))
            or SAID_AFTER.search(quote.text)
        ):
            kept.append(unit)
            continue
        # (not where it was said: «til NRK», also after the place: «i HRS Nord-Norge til NRK»)
        tail = _TO_MEDIUM.sub("", said.group(3).strip())
        title, name = said.group(1).strip(" ,"), said.group(2)
        if title.rsplit(" ", 1)[-1] in _ROLE_PLACE and name.count(" ") >= 2:
            # «kommunedirektør i Hammerfest Elisabeth Paulsen»: the place is the role's
            place, name = name.split(" ", 1)
            title = f"{title} {place}"
        where = tail[:3] in ("til", "ove") or _SAID_IN.match(tail)
        role = " ".join(filter(None, (title, "" if where else tail)))
        quote.text = f"{name}{', ' + role if role else ''}: {quote.text}"
        quote.kind = TURN  # a bullet only in the sentence that names the speaker
        unit.text = unit.text[said.end() :].strip()
        if unit.text:
            kept.append(unit)
    return kept


# «Det sier leder i Pensjonistforbundet, Mellvin Steinsvoll.»: a role at a body, then the name
_ROLE_THEN_NAME = re.compile(
    r"(?:Det|Dette) (?:sier|seier|sa|forteller|fortel|skriver|skriv) "
    r"([a-zæøå][\w-]* (?:i|på|ved|hos|for) [A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*){0,2},) "
    r"([A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){0,3})()()\.(?:\s+|$)"
)
# «– Quote. Det sier X.» in one paragraph: the quote, then the sentence that names its speaker
_SAID_INSIDE = re.compile(r"(?<=[.!]) (?=(?:Det|Dette) (?:sier|seier|sa|forteller|fortel) )")


def _said_apart(units: list[Unit]) -> list[Unit]:
    """Each paragraph that opens on a quote's dash and ends on the sentence naming its
    speaker, as two: the quote, and the sentence (as the page gives them most often; not a
    paragraph the story goes on in after it, whose breaks the page lost)."""
    parted: list[Unit] = []
    for unit in units:
        cut = _SAID_INSIDE.search(unit.text) if unit.text.startswith(_DASHES) else None
        at, rest = (cut.start(), unit.text[cut.end() :]) if cut is not None else (0, "")
        named = _SAID_BY.match(rest) or _ROLE_THEN_NAME.match(rest)
        last = named is not None and not rest[named.end() :].strip()  # (the paragraph's end)
        if not last or unit.kind != PARAGRAPH or "«" in unit.text[:at]:
            parted.append(unit)
            continue
        parted += [Unit(unit.text[:at]), Unit(rest)]
    return parted
