"""From a sentence to a bullet: clean it, keep its speaker whole, and make it shorter.

A bullet is the article's own words, in order: the sentence, or the sentence without what can
go (a bracket, a relative clause between commas, the circumstances after the speaker), or its
first clauses. Every shortened bullet keeps a main clause (bot.core.clauses); a cut that leaves
none is not made."""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.core.asides import (
    closes_outer_aside,
    cut_inside_opening,
    goes_on,
    goes_on_after,
    joins_names,
    names_next,
    only_figures,
    quoted,
    told_as,
    verb_first,
)
from bot.core.attributions import cuts_off_saying, without_circumstances, without_speakers_role
from bot.core.caps_captions import print_caps, print_caps_names
from bot.core.clause_turns import credit_kept, keeps_the_turn
from bot.core.clauses import MainClauses
from bot.core.cut_words import (
    ADJECTIVE_NEXT,
    BUT,
    COUNTED,
    COUNTED_NEXT,
    DASH_ASIDE,
    DETERMINER_WORD,
    FRONTED_EN,
    INSERTION,
    LEANING_HEAD,
    NAME_NEXT,
    NAMES_EITHER_SIDE,
    NOT_ONLY,
    OPEN_PHRASE,
    OR,
    PAIRED,
    PARTY,
    PICTURED,
    POINTER,
    PREPOSITION,
    REPORTED,
    SOURCE_TAIL,
    SUBJECT_APPOSITION,
    SUBORDINATE_START,
    TOLL,
    VERB_THEN_ASIDE,
    aside,
    bare_phrase,
    clause_follows,
    no_verb_joined,
    splits_a_unit,
    verb_after_apposition,
    verb_last_after_phrase,
    without_fronted_phrase,
)
from bot.core.list_cuts import LIST_END, LIST_JOINS, announced, in_a_list
from bot.core.quote_marks import balance, opens_quote
from bot.core.spacing import n_words, single_spaced
from bot.core.speakers import ATTRIBUTION, SPEECH_VERBS, names_speaker

# A whole sentence reads better than a cut one: most news sentences fit.
MAX_BULLET_WORDS = 35
MIN_BULLET_WORDS = 4
MIN_CUT_WORDS = MIN_BULLET_WORDS + 2  # a cut bullet keeps at least this many words

_LEADING_DASH = re.compile(r"^[\s–—\-•*]+")
_DASHES = "–—-•*"


def _drop_leading_dash(text: str) -> str:
    """_LEADING_DASH.sub("", text); most texts open on a letter, and need no regex."""
    if text and (text[0] in _DASHES or text[0].isspace()):
        return _LEADING_DASH.sub("", text)
    return text


_QUESTION_END = re.compile(r"\?[»”\"’)\s]*$")


def _ends_cleanly(text: str) -> bool:
    """A full stop (or ! ? …), maybe inside closing quotes or a bracket; or a quote."""
    return text.rstrip("»”\"’')").endswith((".", "!", "?", "…")) or text.endswith(("»", "”", '"'))


def finish(text: str) -> str:
    """A capital first and a stop last; no bared quote dash."""
    text = _drop_leading_dash(text).rstrip(" ,;:–—-")
    if text[-2:] in (" .", " !", " ?", ".."):  # (not «...»: a text's, a teaser's cut)
        text = text if text[-3:] == "..." else text[:-2].rstrip() + text[-1]  # «kutta..», « .»
    if text and not _ends_cleanly(text):
        text += "."
    if text and text[0].islower():
        text = text[0].title() + text[1:]  # title case: «ß» → «Ss», not «SS»
    return text


# «Men dagens jubileum feires …», «And the council …»: a conjunction the sentence before it
# needed (no inversion follows; not «Men who …»); «Ja, vi vil satse mer …»: an answer's yes.
_ANSWER_STARTS = ("Ja, ", "Nei, ", "Jo, ", "Yes, ", "No, ", "Well, ")
_ANSWER = re.compile(  # (not before «he», «han»: it would point back with the yes gone)
    r"(?:Ja|Nei|Jo|Yes|No|Well), (?!(?:he|she|it|they|han|hun|ho|hen|det|den|de|dei) )"
    r"([a-zæøå](?=[a-zæøå]* \w)|I(?= \w))"
)
_CONJUNCTION_STARTS = ("Men ", "Og ", "But ", "And ", "Men, ", "But, ")
_LEADING_CONJUNCTION = re.compile(
    r"^([«“\"]?)(?:Men|Og|But|And),?\s+"
    r"(?!(?:who|were|are|and|in|with|at|from|of|have|had|on|aged)\b)"
    r"([a-zæøå]|[A-ZÆØÅ](?=[a-zæøå]))(?=[\w-]*\s)"  # («Men Norled skriv …»: a name next)
)


def clean_sentence(text: str) -> str:
    """Turn a sentence into a bullet: no quote dash, balanced quotes, a capital, a stop."""
    if text[-1:] == "!" and text[:1] not in '–—-«“"' and not any(m in text for m in '«»“”"'):
        text = text[:-1] + "."  # «… funne det eldste gardsbruket i Norge!»: the page's own cheer
    text = _drop_leading_dash(text)
    if text[:3] == "A: " and text[3:4] in '“"«':
        text = text[3:]  # «A: “I think you change it by example,” Bailey said.»: the answer's
    text = POINTER.sub("", text) if "(" in text else text
    if ", pictured" in text:
        text = PICTURED.sub("", text)  # «Pruaitch, pictured, said …»: where the photo is
    if text[:2].isupper() and (caps := _CAPS_OPENING.match(text)):
        if print_caps(caps.group()):
            text = caps.group().capitalize() + text[caps.end() :]  # «A ROAD connecting …»
        elif named := print_caps_names(caps.group(), text[caps.end() : caps.end() + 6]):
            text = named + text[caps.end() :]  # «A SOUTHALL man» → «A Southall man»
    text = "The" + text[3:] if text[:4] == "THE " else text  # «THE NHS A&Es …»: a drop cap
    text = "An" + text[2:] if text[:3] == "AN " and text[3:4].islower() else text  # «AN inspector»
    if text.lstrip('«“"').startswith(_CONJUNCTION_STARTS):  # (and «“But it is …,” East said.»)
        text = _LEADING_CONJUNCTION.sub(lambda m: m[1] + m[2].upper(), text, count=1)
    elif text.startswith(_ANSWER_STARTS) and (answer := _ANSWER.match(text)):
        text = answer.group(1).upper() + text[answer.end() :]  # «Ja, vi vil …» → «Vi vil …»
    text = without_circumstances(text)  # «…, sier X til NRK torsdag» → «…, sier X»
    dash = text[:1] in "DIT" and (" – " in text[:40] or " — " in text[:40])
    if dash and (turn := LEANING_HEAD.match(text)):
        text = turn.group(1)  # «Det hjelpte ikkje – Elverum vann til slutt 37–29.»: the news
    if "Melding om " in text[:40]:  # a police log's «(Leknes: )Melding om brann …»: what came in
        text = _REPORT_IN.sub(r"\1Det kom melding om ", text, count=1)
    if " that " in text[:70] and (told := _OUTLET_LEARNT.match(text)):  # «X gathers that …»
        text = text[told.end()].upper() + text[told.end() + 1 :]
    return finish(balance(text))


_REPORT_IN = re.compile(r"^((?:[A-ZÆØÅ][\w-]+(?:[ /][A-ZÆØÅ][\w-]+)?: )?)Melding om ")
_OUTLET_LEARNT = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (?:gathers|learnt) that (?=\w)")
# A local paper's lead opens in capitals: «A ROAD connecting …», «POLICE are …», «ABOUT 50 …».
_CAPS_OPENING = re.compile(
    r"^(?:[A-ZÆØÅ]+ ){0,2}[A-ZÆØÅ]{3,}(?:['’]S)?"  # (not «LILLESTRØM 2. LAG – …»: a label)
    r"(?=,? (?:[A-ZÆØÅ]?[a-zæøå]|\d(?!\S* [A-ZÆØÅ]{2,}\b)))"
)


def is_question(text: str) -> bool:
    return "?" in text and _QUESTION_END.search(text) is not None


# What a bullet can do without: (brackets), and an aside between commas (INSERTION).
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_SPEECH_NEXT = re.compile(rf"\s+(?:{SPEECH_VERBS})\b")
# After an aside, a list goes on with its next name: the aside's comma stays between them.
_NAME_LAST = re.compile(r"\b[A-ZÆØÅ][\w'’-]+$")
_LISTED_NAME = re.compile(r"\s+([\w'’-]+)[^,.;:]{0,60}? (?:and|og) ")  # (its first word no verb)


def compress(text: str, checker: MainClauses) -> str:
    """Drop asides (in brackets, dashes or commas) the main clause does not need."""
    if "(" in text:
        dropped = _BRACKETS.sub(aside, text)
        if dropped != text and checker.has_main_clause(dropped):
            text = dropped
    if " – " in text or " — " in text:
        # (an aside between two dashes goes as one in brackets)
        for match in reversed(list(DASH_ASIDE.finditer(text))):
            dropped = text[: match.start()] + text[match.end() :]
            if only_figures(match.group(), text) or joins_names(match) or quoted(match):
                continue  # (the news' figure; a road «Hol – Aurland», not an aside)
            if checker.has_main_clause(dropped):
                text = dropped
    for match in reversed(list(INSERTION.finditer(text))):
        if not told_as(match) and not goes_on(text, match.end(), checker):
            continue  # «…, which names Aston Martin, airline Emirates, …»: its list goes on
        if only_figures(match.group(), text) or quoted(match) or names_next(match):
            continue  # «The proposal, which passed 31 to 20 on Thursday, …»: the news' figure
        if _WHAT_HAPPENED.match(match.group()) and _VAGUE_EVENT.search(text, 0, match.start()):
            continue  # «… an incident at the cemetery, where a car was driven …»: what it was
        # «… svar, som de kan stole på, sier Brækhus»: the speaker keeps its comma (not
        # «Dalhaug, som er general, sier …»: a subject before its verb)
        said = _SPEECH_NEXT.match(text, match.end()) is not None
        said = said or SOURCE_TAIL.match(text, match.end()) is not None  # «…, the Herald reports.»
        gap = ", " if said and checker.has_main_clause(text[: match.start()]) else ""
        if not gap and closes_outer_aside(text, match, checker):
            gap = ", "  # «The plan, put forward by X[, which has 25 seats,] was …»: X's comma
        listed = ", " in text[max(0, match.start() - 60) : match.start()]  # (a list's item)
        listed = listed or bool(_NAME_LAST.search(text, max(0, match.start() - 30), match.start()))
        item = _LISTED_NAME.match(text, match.end()) if listed else None
        if item and not checker.is_finite(item.group(1).lower()):
            gap = ", "  # «… from Stephanie Robinson, [who had …,] Conservative councillors …»
        candidate = text[: match.start()] + gap + text[match.end() :].lstrip(" " if gap else "")
        if checker.has_main_clause(candidate):
            text = candidate
    apposition = SUBJECT_APPOSITION.match(text) if ", " in text[:60] else None
    if apposition is not None:
        # «Bill Cosby, the award-winning actor …, has been ruled …»: the subject and its verb
        rest = text[apposition.end() :].lstrip()
        verb = rest.split(maxsplit=1)[0].lower() if rest else ""
        candidate = f"{apposition.group(1)} {rest}"
        if checker.is_finite(verb) and checker.has_main_clause(candidate):
            text = candidate
    if text[:1] in "ABDFISW" and FRONTED_EN.match(text):
        text = without_fronted_phrase(text, checker)
    return text


# An event named vaguely, the aside after it telling what happened
_VAGUE_EVENT = re.compile(r"\b(?:incident|hendelse|hending(?:a|en)|episoden?)\b[^,]{0,40}$")
_WHAT_HAPPENED = re.compile(r",\s+(?:where|when|der|hvor|kor|da)\s")


# Where a long sentence can end early and still read as a whole sentence (not at a colon:
# what it announces is the news, «enige om det samme: klimakrisen var en trussel»).
_BREAK_AFTER_COMMA = (
    r",\s+(?=(?:men|og|mens|samtidig|fordi|så|som|der|hvor|kor|da|etter|"
    r"blant|deriblant|ifølge|noe|slik|and|but|while|as|which|who|where|after|according)\s)"
)
# «… sentenced to ten years | after being convicted of …», «… dømt | etter å ha slått …»: a
# participle's phrase of time, the news before it whole (not what was learned: the news).
_AFTER_HAVING = r"\s+(?=(?:after|before) (?:being|having) (?!told )|etter å ha (?!fått vite|hørt))"
_CLAUSE_BREAKS = re.compile(rf"(?:;|\s+–\s+|{_BREAK_AFTER_COMMA}|{_AFTER_HAVING})")
# Without a dash, a break opens on «;» or «,», which the engine skips to (\s only where a dash can).
_UNDASHED_BREAKS = re.compile(rf"(?:;|{_BREAK_AFTER_COMMA}|{_AFTER_HAVING})")
_ANY_COMMA = re.compile(r",\s")
_WORD_RUN = re.compile(r"\S+")  # a word as str.split() sees it
_CONJUNCTION = re.compile(r"(?<!-)\s+(?=(?:og|men|samt|and|but)\s)")  # (not «Vassdrags- og»)

# A verb that calls its object something: the «as …» («som …») after it is the point.
_CALLED = re.compile(
    r"\b(?:described|describes|called|calls|branded|brands|labell?ed|regarded|referred to|"
    r"portrayed|hailed|dismissed|beskrev|beskriver|kalte|kaller|omtalte|omtaler|stemplet)\b"
)
_AS_NEXT = re.compile(r"(?:[^,.]{1,90},\s*)?(?:as|som)\s")  # (after the object's apposition)
_BE = r"(?:er|var|blir|ble|vert|vart)"  # a cleft («er det X som …») runs to its «som»:
_CLEFT = re.compile(rf"\b(?:{_BE} det|[Dd]et {_BE})\s")
_CLEFT_POINT = re.compile(r"[^.,;:]{0,60}?\bsom\b")


# (a joining word, or one and its adverb, the clause after them cut: «… but otherwise», «og så»)
_JOIN_LAST = re.compile(
    r"\b(?:but|and|or|yet|men|og|eller|samt)"
    r"(?: (?:otherwise|then|also|still|so|instead|ellers|så|også|likevel|dermed|derfor|istedet))?$"
)


def _dangles(head: str, rest: str, pattern: re.Pattern[str], checker: MainClauses | None) -> bool:
    """Whether a cut leaves a fragment: a lone subordinate clause, half a pair, a list item."""
    if SUBORDINATE_START.match(head) or _JOIN_LAST.search(head[-24:]):
        return True  # (or «… redid 500 N but otherwise»: a joining word's clause cut off)
    maybe = "ot " in head or "kke " in head or "kkje " in head or "en " in head or "her " in head
    not_only = NOT_ONLY.search(head) if maybe else None  # («not», «ikke», «enten», «either» …)
    if not_only and not (OR if not_only["either"] else BUT).search(head, not_only.end()):
        return True  # «shocked not just by the law breaking, | but by the response»
    if "," in head and VERB_THEN_ASIDE.search(head):
        return True  # «Ofrene er, i likhet med gjerningsmannen, | unge menn»: the verb's rest
    if announced(head):
        return True  # «De fire andre som er nominert, er | – A, B og C»: the list is the point
    inner = head.lstrip("–—- ")
    if inner.count(" – ") % 2 or inner.count(" — ") % 2:
        return True  # «Blackpool – with … after he replaced Steve Bruce»: a dash's aside open
    if checker is not None and (verb_first(head, checker) or cut_inside_opening(head, checker)):
        return True  # «Forsøker de å regjere i mindretall, …»: an «if», not a statement
    if checker is not None and verb_after_apposition(rest, checker):
        return True  # «… that a man arrested …, the site of X’s office, had been charged»
    cleft = _CLEFT.search(head) if _CLEFT_POINT.match(rest) else None
    if cleft and " som " not in head[cleft.end() :]:
        return True  # «Denne gongen er det kunstnaren Rut | og den rastlause Gorm som står …»
    if (_AS_NEXT.match(rest.lstrip(", ")) and _CALLED.search(head)) or goes_on_after(rest):
        return True  # «she described X(, Theresa May,) | as a "shield"»; «…, | altså …, X»
    tail = " ".join(head.split()[-4:])
    if rest.lstrip(", ").startswith(LIST_JOINS) and LIST_END.search(tail):
        return True  # «a plan for the short, medium, | and long term»: a list's last item
    if pattern is _CONJUNCTION and checker is not None and bare_phrase(head, checker):
        return True  # «…last October, the public | and journalists were prevented …»
    if pattern is _CONJUNCTION and verb_last_after_phrase(head):
        return True  # «I ei pressemelding frå Kvinnherad brann | og redning ber …»: no subject
    if pattern is _CONJUNCTION and checker is not None and clause_follows(head, rest, checker):
        return False  # «..., og bøndene må ...»: two main clauses, the first stands alone
    if pattern is _CONJUNCTION and NAMES_EITHER_SIDE.search(head) and NAME_NEXT.match(rest):
        return True  # «the Everly Pregnant Brothers | and Reverend and the Makers»: a list
    if pattern is _CONJUNCTION and COUNTED.search(tail) and COUNTED_NEXT.match(rest.lstrip()):
        return True  # «åtte jentenamn | og to gutenamn»: the count's other half
    if pattern is _CONJUNCTION:
        return bool(
            PAIRED.search(tail)
            or PREPOSITION.search(tail)
            or OPEN_PHRASE.search(tail)
            or rest[:1].isupper()
            or LIST_END.search(tail)
            or no_verb_joined(rest, checker)  # «targeted US | and coalition forces in …»
        )
    if pattern is _ANY_COMMA:
        if TOLL.search(rest):
            return True  # «…, killing at least 14 people …»: the toll is the news, kept
        if head[-1:].isdigit() and rest.lstrip()[:1].isdigit():
            return True  # «6-4, 7-6»: a score or a list of figures is one item
        if DETERMINER_WORD.search(head) and ADJECTIVE_NEXT.match(rest.lstrip()):
            return True  # «So it fell to the outspoken, | enigmatic Winston Churchill»
        return in_a_list(head, rest, tail)
    return False


def shorten(
    text: str, limit: int, checker: MainClauses | None = None, *, quote: bool = False
) -> str | None:
    """Cut a bullet at its last clause break within `limit` words, or None if none fits.

    The head must keep a main clause; a quote keeps its speaker («– A, B, sa X» → «A, sa X»).
    `quote`: the bullet's sentence opened on a quote dash or quote marks (a bullet has
    lost them), so no cut may leave its speaker behind.
    """
    if n_words(text) <= limit or n_words(text := without_speakers_role(text)) <= limit:
        return text  # (or without the role between a quote's speaker and the verb)
    speaker = ""
    found = ATTRIBUTION.search(text) or REPORTED.search(text)
    if found is not None:
        party = PARTY.match(text, found.end())  # «… sier Tone W. Trøen (H).»
        end = party.end() if party else found.end()
        if not re.search(r"\w", text[end:]):
            # (a court's account keeps saying so: «…, the court was told», «…, ifølge
            # tiltalen»)
            speaker = text[found.start() : end]
            text, limit = text[: found.start()], limit - len(speaker.split())
    # A quote whose speaker the regular expression cannot take apart («sier
    # litteraturkritiker i danske Jyllands-Posten Jon Helt Haarder når ...») is not cut
    # before its speaker: a quote is a bullet only with its speaker in it.
    # So is a sentence whose speaker the circumstances follow («…, for det var så lett å
    # gå, sier Thingnes Bø selv til NRK.»): what it says is his, not the paper's.
    keeps_speaker = not speaker and (quote or found is not None) and names_speaker(text)
    # The words before a cut are the words that start before it. In words and single
    # spaces (as bullets are), one more than the spaces before the cut; else by a list
    # of where each word starts (one pass, not one a cut).
    spaced = text == single_spaced(text)
    starts = [] if spaced else [word.start() for word in _WORD_RUN.finditer(text)]
    breaks = _CLAUSE_BREAKS if "–" in text else _UNDASHED_BREAKS
    for pattern in (breaks, _ANY_COMMA, _CONJUNCTION):
        cuts: list[re.Match[str]] = []
        for match in pattern.finditer(text):
            at = match.start()
            n = text.count(" ", 0, max(at - 1, 0)) + (at > 0) if spaced else bisect_left(starts, at)
            if n > limit:
                break
            if n >= max(MIN_CUT_WORDS, limit // 3):
                cuts.append(match)
        # The longest head that does not dangle and keeps its main clause.
        for cut in reversed(cuts):
            head = text[: cut.start()]
            if cut.group().strip() == "–" and (" – " in text[cut.end() :] or head.count(" - ") % 2):
                continue  # «… the end of the week | – seven days after … – before power is back»
            if _dangles(head, text[cut.end() :], pattern, checker):
                continue
            if opens_quote(head):
                continue  # a quote is given whole or not at all
            if splits_a_unit(head, text, cut.end(), and_cut=pattern is _CONJUNCTION):
                continue
            if (keeps_speaker and not names_speaker(head)) or _SPEAKER_NO_VERB.search(
                head, max(0, len(head) - 60)
            ):
                continue  # («"…," Kari Lund | , a co-author …, said»: the verb after her role)
            if checker is not None and (
                not checker.has_main_clause(head)
                or checker.ends_in_open_clause(head)
                or cuts_off_saying(head, checker)
            ):
                continue
            if keeps_the_turn(head, text, cut.end(), cut.start()):
                continue  # «X så ut til å bli matchvinner, | men Y utlignet»: the «men» is the news
            head = balance(head).rstrip(" ,;:–—-") + credit_kept(speaker, text[cut.start() :])
            # A cut after a closing quote still needs its full stop: «... «Min Kamp».
            return finish(head + "." if head.endswith(("»", "”", '"')) else head)
    if quote and not speaker:
        # ««…,» står det i pressemeldingen som Høyre la ut …»: the source's own relative
        # clause may go, after the quote and its attribution.
        closed = max(text.rfind("»"), text.rfind("”"))
        late = _SOURCE_RELATIVE.search(text, closed) if closed > 0 else None
        if late is not None:
            head = text[: late.start()]
            n_head = len(head.split())
            if n_head <= limit and names_speaker(head[closed:]):
                return finish(head)
    return None


_SPEAKER_NO_VERB = re.compile(r"[,!?][\"”»’] (?:[A-ZÆØÅ][\w.'’-]+ ?){1,4}$")
_SOURCE_RELATIVE = re.compile(r",?\s+(?:som|who|which)\s")
