"""Where a cut may not fall, and what a cut keeps: the patterns bot.core.compress reads."""

from __future__ import annotations

import re

from bot.core.clauses import MainClauses
from bot.core.speakers import SPEECH_VERBS

# An adjective's ending in front of a noun: a series of them («the outspoken, enigmatic
# Winston Churchill», «ein stor, tung og dyr båt») is one phrase, no place for a cut.
ADJECTIVE_NEXT = re.compile(
    r"[a-zæøå][\w-]*(?:ic|ive|ous|ful|less|al|ible|able|ant|ent|ish|ig|lig|isk|som|bar)"
    r"(?: and| og)? [\w-]+"
)
DETERMINER_WORD = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|en|ei|et|ein|eit|den|det|dei|de|sin|sitt|sine)"
    r" [a-zæøå][\w-]*$"
)
NAMES_EITHER_SIDE = re.compile(r"[A-ZÆØÅ][\w'’-]*\s*$")  # a name closing the head
NAME_NEXT = re.compile(r"\s*(?:and|og|&)?\s*(?:the |The )?[A-ZÆØÅ]")  # and one opening the rest
# A sentence that closes on whose account it is keeps it when cut: «…, the court was told».
REPORTED = re.compile(
    r",\s+(?:(?:the|a) (?:court|jury|inquest|tribunal|hearing) (?:was told|were told|heard)|"
    r"(?:retten|tingretten|lagmannsretten|juryen) (?:fikk høre|fekk høyre)|"
    r"(?:according to|ifølge|ifølgje) [^,.]{2,60})(?=[.!]?$)"
)
# «ikke bare …, men …», «not just … but …», «enten …, … – eller …»: the pair must not lose
# its second half.
NOT_ONLY = re.compile(
    r"\b(?:not (?:just|only|merely|simply)|ikke (?:bare|berre|kun)|ikkje (?:berre|bare)|"
    r"(?P<either>enten|either|verken|hverken|neither))\b",
    re.IGNORECASE,
)
BUT = re.compile(r"\b(?:but|men)\b", re.IGNORECASE)
OR = re.compile(r"\b(?:or|nor|eller)\b", re.IGNORECASE)
# (Not before «og», «men», «and»: «Lee, som ble fengslet i mars, og i juni dømt til ...»
# goes on with the clause, and without it the sentence falls apart.)
INSERTION = re.compile(
    r",\s+(?:som|der|hvor|kor|who|which|where|blant annet|bl\.a\.|ifølge|ifølgje|altså|dvs\.|"
    # (not before «while»: «its thread, which was an affair, while I …» says it no more)
    r"according to)\s[^,;:–—]*,(?=\s)(?!\s+(?:og|eller|samt|men|mens|medan|and|or|but|while|"
    # (nor a date's comma: «…, who was killed on Dec. 15, 1995, in Harrisburg»; nor before a
    # relative clause on its noun: «…, according to the NewsGuild, which represents …»)
    r"whereas|which|who|whom|whose|som|der|hvor|kor)\s|\s+\d"
    # (nor before what tells of its source: «…, according to analysis from Consumer
    # Intelligence, published in its latest indices.»)
    r"|\s+(?:published|released|carried out|conducted|commissioned|compiled|publisert)\s)"
)

# A subject's apposition opened by an article, between the name and its verb: «Bill Cosby,
# the award-winning actor … known as "America's Dad," has been …»; «Moe, ein tidlegare
# rådmann, seier …» (its verb is checked where it is dropped).
SUBJECT_APPOSITION = re.compile(
    r"((?:[A-ZÆØÅ][\w'’.-]*\s){0,3}[A-ZÆØÅ][\w'’-]*),\s(?:the|a|an|en|ei|et|ein|eit)\s"
    r"[^,;:–—()]{3,90},[\"”»]?(?=\s)"
)


# A number and the thing it counts, the last words before «og»; a number after it.
_NUMBER = (
    r"(?:\d[\d.,]*|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|"
    r"two|three|four|five|six|seven|eight|nine|ten)"
)
COUNTED = re.compile(rf"\b{_NUMBER} [\w-]+$")
COUNTED_NEXT = re.compile(rf"(?:og|and) {_NUMBER} ")
_TO_VERB = re.compile(r"\b(?:to|å) [a-zæøå]+$")

# A clause's opening word, then no verb to the cut: «… as Councillor Francis | and others …»
_CLAUSE_OPEN = re.compile(
    r"\b(?:as|when|while|because|since|although|though|whereas|"
    r"når|fordi|mens|dersom|hvis|viss|sidan|siden)\s+([^,;:]{1,40})$"
)


def bare_phrase(head: str, checker: MainClauses) -> bool:
    """Whether the head ends on a few words after a comma with no verb: the first of the
    subjects the conjunction joins («…, the public | and journalists were prevented»), also
    a clause's («… as Councillor Francis | and others voiced concerns»); or on an
    infinitive whose object the pair shares («… to secure | and account for ballots»)."""
    if _TO_VERB.search(head[-30:]):
        return True
    clause = _CLAUSE_OPEN.search(head[-50:])
    if clause and not any(checker.is_finite(w.strip(",.«»").lower()) for w in clause[1].split()):
        return True
    comma = head.rfind(", ")
    last = head[comma + 2 :].split() if comma >= 0 else []
    return 0 < len(last) <= 3 and not any(checker.is_finite(w.strip(",.«»").lower()) for w in last)


# «I ei pressemelding frå Kvinnherad brann | og redning ber …»: a fronted phrase ending on a
# name, then one word taken for its verb; a main clause's subject would follow that verb.
_FRONTED_NO = re.compile(r"(?:I|På|Etter|Under|Frå|Fra|Med|Ved|Hos|Mot|Før|Ifølge|Ifølgje) ")


def verb_last_after_phrase(head: str) -> bool:
    words = head.split()
    last, name = words[-1:], words[-2:-1]
    fronted = _FRONTED_NO.match(head) is not None and len(words) >= 4
    return fronted and name[0][:1].isupper() and last[0][:1].islower() and last[0].isalpha()


def clause_follows(head: str, rest: str, checker: MainClauses) -> bool:
    """Whether «og» opens a clause of its own: a subject, then its verb (og bøndene må)."""
    words = rest.split()[1:5]  # after the conjunction (a capital is a name's: «and North Wales»)
    # (not a plural before a dash's list: «and storage projects - offshore wind, solar …»)
    bare = [
        w.strip(",.«»").lower()
        for n, w in enumerate(words[1:3], 1)
        if not w[:1].isupper() and not _listed(words, n)
    ]
    if len(words) < 2 or not any(map(checker.is_finite, bare)):
        return False
    if _OBJECT_OPEN.search(head[-40:]) and _BARE_NEXT.match(rest):
        # «disruption on road | and rail networks»: one object, not a clause («… died in
        # hospital | and police are investigating» is two)
        verbs = [w for w in bare if checker.is_finite(w)]
        return not all(v.endswith("s") and v not in _S_VERBS for v in verbs)
    return True


# A preposition and one bare word last, and one bare word after «and»: the words after
# it go on with the preposition's object («dependent on federal | and internal funding
# sources»), as a plural English also reads as a verb («networks», «sources») cannot show.
_OBJECT_OPEN = re.compile(
    r"\b(?:on|in|at|of|for|from|with|by|about|over|under|into|across|through|between) [a-z]+$"
)
_BARE_NEXT = re.compile(
    r"\s*and (?!(?:he|she|it|they|we|you|the|a|an|this|that|these|those|his|her|their|its|"
    r"our|there)\b)[a-z]+ [a-z]"
)
_S_VERBS = frozenset(("is", "was", "has", "does", "says"))


def _listed(words: list[str], n: int) -> bool:
    return words[n][-1:] == "s" and words[n + 1 : n + 2] in (["-"], ["–"], ["—"])


def no_verb_joined(rest: str, checker: MainClauses | None) -> bool:
    """Whether «and», «og» joins no verb but a noun's phrase («and coalition forces in Iraq»,
    «and available as a preprint»): a cut before it halves an object or a subject."""
    words = rest.split(maxsplit=3)[1:]
    if checker is None or not words:
        return False
    return not _verb_opens(" ".join(words), checker)


_APPOSITION_WORDS = 12


def verb_after_apposition(rest: str, checker: MainClauses) -> bool:
    """Whether the words after a cut are a verb, or an apposition and then a verb: the cut
    falls between a subject and its verb, and what is left of the clause has no verb."""
    if rest and _verb_opens(rest, checker):
        return True  # the cut right before the verb («…, the site of X’s office, | had been»)
    phrase, comma, after = rest.partition(", ")
    relative = _RELATIVE_FIRST.match(phrase) is not None  # (its own verb: longer)
    words = phrase.count(" ")
    if not comma or not after or words >= (_RELATIVE_WORDS if relative else _APPOSITION_WORDS):
        return False
    if not _verb_opens(after, checker):
        return False
    if relative:
        return True  # «pressures, | which policymakers watch, were strong»: its own verb
    return not any(checker.is_finite(bare_word(w)) for w in phrase.split())


def _verb_opens(text: str, checker: MainClauses) -> bool:
    """Whether the words open on a finite verb, perhaps after an adverb («only bought»)."""
    words = text.split(maxsplit=3)
    # «Bway, which bought it in March, | only purchased its assets»
    i = 1 if bare_word(words[0]) in _VERB_ADVERBS and len(words) > 1 else 0
    if words[i].endswith("ed") and words[i + 1 : i + 2] in (["as"], ["by"]):
        return False  # «…, “The Sense of an Ending”, | hailed as …»: a participle
    return checker.is_finite(bare_word(words[i]))


_RELATIVE_FIRST = re.compile(r"(?:which|who|whom|whose|som|der)\s")
_RELATIVE_WORDS = 24
_VERB_ADVERBS = frozenset(
    "only also still never not just already ikke ikkje også òg aldri bare berre nå no today "  # noqa: SIM905
    "yesterday tonight now".split()
)


def bare_word(token: str) -> str:
    return token.strip(_TOKEN_MARKS).lower()


_TOKEN_MARKS = ',.:;«»“”"'  # («said:» is «said»)


# A speaker's party or age in brackets: «Thorheim (H)», «Kari Ås (36)».
PARTY = re.compile(r"\s*\((?:[A-ZÆØÅ][\w.-]{0,12}|\d{1,3})\)")
_NAME_BEFORE = re.compile(r"[A-ZÆØÅ][\w'’.-]*$")


def aside(bracket: re.Match[str]) -> str:
    """Nothing, but a party or an age after a name: «Tone W. Trøen (H)», «Kari Ås (36)»; and
    a match and its score: «(Tromsø-Strømsgodset 0–1)», the result."""
    named = _NAME_BEFORE.search(bracket.string, 0, bracket.start()) and PARTY.fullmatch(bracket[0])
    if named or _MATCH_SCORE.search(bracket[0]):
        return bracket.group()
    # «nothing in the (city ordinances or state law) that requires …»: the noun its article
    # or preposition wants, no aside
    start = bracket.start()
    return bracket.group() if _WANTS_NOUN.search(bracket.string, max(0, start - 6), start) else ""


_MATCH_SCORE = re.compile(r"[A-ZÆØÅ][\w ./–-]{2,60} \d{1,2} ?[-–] ?\d{1,2}\)$")
_WANTS_NOUN = re.compile(
    r"\b(?:the|a|an|of|in|to|at|by|for|with|from|den|det|en|ei|et|ein|eit|i|på|av|til|med|frå|fra)$"
)


# A pointer to the page, which a bullet has not: «(sjå lista under)», «(see table below)»,
# «(pictured)».
POINTER = re.compile(
    r"\s*\((?:se|sjå|see|jf\.?)\s[^()]{0,40}\)|\s*\((?:pictured|bildet|biletet|above|below)\)"
    # a digest's citation of its source: «(Ostrom, Seattle Times, 5/29)»
    r"|\s*\([A-Z][\w'’-]+(?: et al\.)?, [A-Z][^()]{2,40}, \d{1,2}/\d{1,2}(?:/\d{2,4})?\)",
    re.IGNORECASE,
)


# A head opening with these is a subordinate clause: cut off, it dangles.
SUBORDINATE_START = re.compile(
    r"[«“\"(]*(?:(?:men|og|but|and)\s+)?(?:da|når|mens|medan|hvis|viss|dersom|fordi|om|"
    r"før|siden|sidan|ettersom|inntil|idet|selv om|sjølv om|etter at|til tross for|for at|"
    r"slik at|when|while|if|because|although|though|since|unless|until|whereas|after|before|as)\b",
    re.IGNORECASE,
)
# «mellom A og B», «både A og B»: the pair must not be cut at its «og».
PAIRED = re.compile(
    r"\b(?:mellom|både|enten|verken|korkje|between|both|either|neither)\b", re.IGNORECASE
)
# «sammen med Dagfinn Høybråten og ...»: a preposition just before «og» governs both.
PREPOSITION = re.compile(
    r"\b(?:av|på|i|til|med|for|om|fra|frå|mot|hos|under|over|etter|uten|utan|mellom|"
    r"of|in|on|to|with|for|from|at|by|about|between)\b",
    re.IGNORECASE,
)
# «den lange og ...»: a determiner and one word before «og» leave the phrase open.
OPEN_PHRASE = re.compile(
    r"\b(?:den|det|de|dei|en|ein|et|eit|ei|sin|sitt|sine|hans|hennes|deres|dette|denne|"
    r"the|a|an|this|that|these|those|his|her|their|its)\s+\S+$",
    re.IGNORECASE,
)
# An aside opened right after an auxiliary or «er» and still open: what the verb needs
# comes after the aside.
VERB_THEN_ASIDE = re.compile(
    r"\b(?:er|var|blir|ble|blei|vert|vart|har|hadde|vil|skal|kan|må|is|was|are|were|has|have|"
    r"had|will|would|can|could|should|must|may)\s*,[^,]*$"
)


# An English sentence that opens on the background before its news: «After perhaps the most
# tumultuous year in the district's history — one that saw … — the Eugene School Board
# approved …». (Not Norwegian: its verb comes before the subject after a fronted phrase.)
FRONTED_EN = re.compile(
    r"(?:After|Before|Despite|Following|Amid|Amidst|Since|In the wake of|As part of)\b"
)
_BOUNDARY = re.compile(r", | — | – ")
_SUBJECT_START = re.compile(r"(?:the|a|an|The|A|An) \w|[A-Z][a-z]+ (?:[A-Z][\w'’-]+ )*[a-z]")


def without_fronted_phrase(text: str, checker: MainClauses) -> str:
    """The sentence from its subject on, where what comes before it is a phrase of time or
    cause and the rest is a whole sentence: «The Eugene School Board approved …»."""
    for boundary in _BOUNDARY.finditer(text):
        front, rest = text[: boundary.start()], text[boundary.end() :]
        asides = front.count(" — ") + front.count(" – ")
        # (after a comma outside any aside, or after the dash that closes one)
        closes = asides % 2 == 1 if boundary.group() != ", " else asides % 2 == 0
        if closes and _SUBJECT_START.match(rest) and checker.has_main_clause(rest):
            return rest[:1].upper() + rest[1:]
    return text


# The dead and hurt a participle's phrase counts: «killing at least 14 people», «leaving
# two dead», «og drepte minst 14 personer».
TOLL = re.compile(
    r"\b(?:killing|leaving|injuring|wounding|drepte|skadde) (?:at least |more than |"
    r"nearly |about |some |minst |over |rundt )?(?:\d[\d,.]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|en|to|tre|fire|fem|seks|sju|åtte|ni|ti)\b"
)
# A place, then its comma: «… in Joplin, | Missouri, on Sunday»: the state or country follows.
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|i|ved|fra|frå) [A-ZÆØÅ][\w.-]+,\s*$")


# An aside between two dashes, which goes like one in brackets: «… 6-1 – a break down – and …».
DASH_ASIDE = re.compile(r"(?<=\S) ([–—]) [^–—«»“”\"]{3,120}? \1(?= \w)")
# Where the photo is: «Pruaitch, pictured, said …».
PICTURED = re.compile(r", pictured(?: above| below| left| right)?,(?= )")
# The paper's attribution after an aside: «…, according to a study …, the Herald reports.»
SOURCE_TAIL = re.compile(
    rf"\s+(?:the |The )?(?:[A-ZÆØÅ][\w.'’-]*\s+){{1,4}}(?:{SPEECH_VERBS}|reports|reported)"
    r"\.?[»”\"]?$"
)


# A short clause that leans on the sentence before, then a dash and the news on its own:
# «Det hjelpte ikkje – Elverum vann til slutt 37–29.», «It did not help – the visitors won.»
LEANING_HEAD = re.compile(
    r"(?:Det|Dette|It|That|This) [\w ]{3,30}? [–—] ([A-ZÆØÅ][\w-]*(?: [\w.,–—-]+){3,}[.!])$"
)


def splits_a_unit(head: str, text: str, at: int, *, and_cut: bool) -> bool:
    """Whether a cut at `at` splits what goes together: a town and its state («Washington, |
    D.C. to block the bill»), a pair a word asks for («prisen henholdsvis 44 | og 49»), a
    conjunction and what it joins («… their careers and, | in extreme cases, their lives»),
    a verb and what it agreed to do («agreed, | voting 14 to 6, to reject …»), a joined
    clause of time or condition and the clause it waits for («… but when the ball came back
    out, | the whole crowd were delighted …»)."""
    return (
        _STATE_AFTER.match(text, at) is not None
        or (and_cut and _PAIR_OPENED.search(head) is not None)
        or _JOIN_LAST.search(head[-50:]) is not None
        or (_to_do(text, at) and _AGREED_LAST.search(head[-90:]) is not None)
        or (_joined(head[-120:]) and _JOINED_WHEN.search(head[-120:]) is not None)
        or (head[-1:].isdigit() and text[at : at + 1].islower() and _dated(head[-16:]))
        # (a route: «traveling from Newark, New Jersey, | to Billy Bishop Toronto City Airport»)
        or (_ROUTE_FROM.search(head[-60:]) is not None and _ROUTE_TO.search(text[at:]) is not None)
        or (and_cut and _NAME_AFTER.match(text, at) is not None and _named_last(head))
        # (a count of others joined on: «… 67 people in California | and six other states»)
        or (and_cut and _OTHERS_AFTER.match(text, at) is not None)
        or (
            and_cut
            and _BARE_LAST.search(head[-30:]) is not None
            and _SHARED_VERB.match(text, at) is not None
        )
    )


_OTHERS_AFTER = re.compile(
    r"(?:og|and) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|to|tre|fire|"
    r"fem|seks|sju|syv|åtte|ni|ti|flere|fleire) (?:other|more|andre|fleire|flere)\b"
)
_ROUTE_FROM = re.compile(r"\b(?:from|fra|frå) [A-ZÆØÅ][^,.;]*(?:, [A-ZÆØÅ][^,.;]*)?$")
_ROUTE_TO = re.compile(r"^(?:[A-ZÆØÅ][^,.;]*, )?(?:to|til) [A-ZÆØÅ]")
# Two bare nouns joined, the next verb's subject: «… kan bli stengt og båter | og fly kan bli …»
_BARE_LAST = re.compile(r"\b(?:og|and) [a-zæøå]{3,}$")
_SHARED_VERB = re.compile(
    r"(?:og|and) [a-zæøå]{3,} (?:kan|skal|vil|må|kunne|skulle|ville|er|var|blir|ble|vart|har|"
    r"hadde|can|could|will|would|may|might|must|are|were|have|had)\b"
)


# Two names joined, the subject of the verb after them: «… jordvernet Bondelaget | og
# Naturvernforbundet mener …» (not «… sa Støre, | og Vedum …»: a comma joins clauses).
_NAME_AFTER = re.compile(r"(?:og|and) [A-ZÆØÅ][\w-]+")
_NAME_LAST = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][\w-]+$")


def _named_last(head: str) -> bool:
    return head[-1:].isalpha() and _NAME_LAST.search(head[-40:]) is not None


# A date last before a comma whose noun follows: «affirmed a Dec. 6, 2018, | ruling by …»
_DATE_LAST = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$")


def _to_do(text: str, at: int) -> bool:
    rest = text[at:]
    return ("to " in rest or "å " in rest) and _TO_DO.match(text, at) is not None


def _dated(tail: str) -> bool:
    return _DATE_LAST.search(tail) is not None


def _joined(tail: str) -> bool:
    return " and " in tail or " but " in tail or " og " in tail or " men " in tail


# A verb whose object is what was agreed or chosen to do, last before the cut: «agreed».
_AGREED_LAST = re.compile(
    r"\b(?:agreed|decided|voted|refused|promised|pledged|vowed|chose|opted|planned|resolved|"
    r"sought|tried|failed|ble enige|blei einige|vart samde|bestemte|bestemde|valgte|valde|"
    r"lovet|lova)(?:, [^,]{1,40}){0,2}$"  # (its asides after it: «agreed, voting 14 to 6»)
)
_TO_DO = re.compile(r"[^.;]*?\b(?:to|å) [a-zæøå]{2,}")
# «… and when …», «… men da …» last: a clause of time or condition that waits for its main
# clause after the comma
_JOINED_WHEN = re.compile(
    r"\b(?:and|but|og|men) (?:when|if|once|after|before|because|although|while|as soon as|"
    r"da|når|hvis|dersom|fordi|etter at|før|sjølv om|selv om)\b[^,;:]*$"
)


# A conjunction last, or its aside («and, in extreme cases,»): what it joins is after the cut.
_JOIN_LAST = re.compile(r"\b(?:and|or|but|og|eller|men|samt)(?:, [^,]{1,40})?,?$")
# A state cut short after its town's comma: «Washington, D.C.», «Dayton, Ind.», «Ore.».
_STATE_AFTER = re.compile(r"(?:[A-Z]\.){2}\s|[A-Z][a-z]{1,4}\.\s+[a-z]")
# A word that asks for a pair joined by «og», «and»: «henholdsvis 44 og 49», «mellom 6 og 9»
_PAIR_OPENED = re.compile(r"\b(?:henholdsvis|respectively|både|mellom|between|both)\b[^,;]*$")
