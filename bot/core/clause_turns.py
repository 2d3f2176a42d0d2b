"""The clause after «men», «but» (or «og», «and») that a cut before it must not lose.

A bullet too long is cut at its last clause break; the clause a cut drops is often a detail,
but not when it turns what the head says («… working well with the private sector but a lot
were not») or gives the toll («… were injured in the crash and 275 people died»).
"""

from __future__ import annotations

import re

# What looked set to happen or what one admits, and the «men» that turns it: the turn is the
# news («Guten har vedgått at han var på staden, men held fast på at han ikkje …»).
BUT_NEXT = re.compile(r",?\s+(?:men|but|however)\s")  # («…, however a late equaliser …»)
EXPECTED = re.compile(
    r"\b(?:så ut til|såg ut til|var på vei|var på veg|looked set|looked like|seemed set|"
    r"appeared set|was heading for|were heading for|kunne ha|could have|vedgått|vedgår|innrømmet|"
    r"innrømmer|innrømma|erkjent|erkjenner|admitted|admits|conceded|i utgangspunktet|riktignok|"
    # (what was to be: «Egentlig skulle de hatt seks …, men i stedet har de bare fire»)
    r"[Ee]gentlig|[Ee]igentleg|skulle ha|skulle hatt|(?:was|were) supposed to|should have|"
    # (what held for a while: «Alves had matched Ruud's power game for about an hour but …»)
    r"for (?:about |nearly |almost |more than )?(?:an hour|a set|a half|half an hour)|"
    r"i (?:nesten |omtrent )?(?:en time|ein time|ein halvtime|en halvtime))\b"
)
DENIED = re.compile(  # (what a head denies, which the «men» after it turns)
    r"\b(?:ikke|ikkje|not|never|aldri|no longer|ingen|inga|intet|cannot|can't|against|opposed|"
    r"imot)\b"
)


def turns_the_news(head: str, text: str, at: int) -> bool:
    """Whether the «men», «but» clause at `at` is the news a cut before it would lose: what
    looked set to happen turned («X så ut til å vinne, men Y utlignet»), a denial turned
    («Retten kan ikkje prøve …, men dei kan prøve …»), the turn's figure («…, men tapte 11–10»)."""
    if EXPECTED.search(head) or DENIED.search(head):
        return True
    end = text.find(",", at)
    turn = text[at : end if end > 0 else len(text)]
    # (or how badly someone is hurt: «…, men skal ikke være alvorlig skadd»; how it ended)
    return any(c.isdigit() for c in turn) or HARM.search(turn) is not None


HARM = re.compile(  # (and how it ended: «… at large for months but was apprehended»)
    r"\b(?:skadd|skadet|skada|uskadd|uskadet|livstruende|livstruande|injured|injuries|hurt|"
    r"unhurt|uninjured|life-threatening|apprehended|arrested|caught|captured|found|rescued|"
    r"released|charged|convicted|pågrepet|pågripen|arrestert|funnet|funne|reddet|redda|"
    r"løslatt|tiltalt|tiltala|dømt|dømd)\b"
)


AND_NEXT = re.compile(r",?\s+(?:og|and)\s")
_BUT_ALSO = re.compile(r",?\s+(?:men|but)\s+(?:også|òg|also)\s")
# A race's or a contest's result: «… endte han på femteplass», «… and finished second»
_PLACED = re.compile(
    r"\b(?:endte|enda|kom|ble|vart|finished|ended|came|placed) (?:han |ho |hun |hon |she |he |"
    r"de |dei |they )?(?:på |in )?(?:\w+plass|\d+\.? plass|first|second|third|fourth|fifth|"
    r"sixth|\d+(?:st|nd|rd|th))\b"
)
_TURN_WORDS = 6  # a «but» clause this short turns the head whole: «…, but a lot were not»
# (how many died: «… and 275 people died», «… og to omkom»)
DEATHS = re.compile(
    r"\b(?:died|dead|killed|døde|døydde|omkom|omkomne|drept|drepne|drepte|mista livet|"
    r"mistet livet|lost their lives)\b"
)


# What someone died of, after a comma: «…, etter komplikasjoner», «…, of cancer» (not «…,
# etter det NRK erfarer»: a source)
_CAUSE_NEXT = re.compile(r",\s+(?:etter|after|of|from|av)\s(?!det\b|it\b|what\b)")
_COUNT = re.compile(
    r"\d|\b(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|two|three|four|five|six|seven|eight|nine|"
    r"ten|one|ein|en|ei|a|an)\b"
)


# A condition: «…, if Russia would try to convince the Assad regime …». Without it the
# head tells as done what was only offered on terms.
CONDITION_NEXT = re.compile(
    r",?\s+(?:if|unless|provided|on condition|hvis|dersom|viss|såframt|såfremt|forutsatt|"
    r"føresett|på vilkår)\s"
)


# A fronted phrase alone, its noun's own: «In its closing statements last week, | the defense
# admitted …» (a plural read as a verb: the cut would drop the whole main clause)
_PHRASE_ONLY = re.compile(
    r"(?:In|On|At|After|Before|During|With|Under|For|From|By|Through|Despite|I|På|Etter|Før|"
    r"Med|Ved|Gjennom|Trass i|Tross) (?:its|his|her|their|our|the|a|an|this|that|these|"
    r"those|sin|sitt|sine|si|hans|hennes|deres|dykkar|den|det|dei|de|ein|eit|en|ei|et)\b[^,;:]*$"
)


def keeps_the_turn(head: str, text: str, at: int, cut_at: int) -> bool:
    """Whether the clause the cut at `cut_at` (its words from `at`) drops is the news."""
    if CONDITION_NEXT.match(text, cut_at) or _PHRASE_ONLY.match(head):
        return True
    if BUT_NEXT.match(text, cut_at):
        if _BUT_ALSO.match(text, cut_at):
            return True  # «… kan få større inntekter, | men også «kostnadssjokk» …»: the other half
        short = text.count(" ", at) < _TURN_WORDS
        return short or turns_the_news(head, text, at)
    if DEATHS.search(head) and _CAUSE_NEXT.match(text, cut_at):
        return True  # («Han døde i sitt hjem, | etter komplikasjoner …»: what he died of)
    if AND_NEXT.match(text, cut_at):  # («… and 275 people died»: the toll)
        turn = text[at:]
        if _PLACED.search(turn):
            return True  # («X gikk bra i sporet, | og … endte han på femteplass»: the result)
        return DEATHS.search(turn) is not None and _COUNT.search(turn) is not None
    return False


def credit_kept(speaker: str, dropped: str) -> str:
    """The sentence's credit after the cut, unless it is a source's «according to» and the
    cut dropped a figure: the source gave the figure («… in a war that has killed at least
    5,100 people, according to the United Nations»), not what the head tells."""
    if speaker and _CREDIT.match(speaker) and any(c.isdigit() for c in dropped):
        return ""
    return speaker


_CREDIT = re.compile(r",?\s*(?:according to|ifølge|ifølgje|i følge|etter det)\b", re.IGNORECASE)
