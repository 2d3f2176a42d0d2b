"""Openings that go on from the sentence before: «Derfor …», «I tillegg …», «Despite this, …».

Like a pronoun, such a sentence needs the one it goes on from as the bullet before it
(bot.core.openings reads the pronouns).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

FEW = frozenset("to tre fire two three four".split())  # noqa: SIM905
# «Ola Elvestuen er òg samd.», «The minister agreed.»: with what the one before said.
AGREEING = (" enig", " einig", " samd", " agrees", " agreed")  # (a dissent is news of its own)
# «Derfor foreslår vi …», «Likevel …», «However, …»: a sentence that goes on from the one
# before it, like a pronoun, needs that one as the bullet before it. (A bullet drops a
# leading «Men», «Og»: bot.core.compress.)
_CONTINUING = frozenset(
    "derfor difor dermed likevel dessuten dessutan attåt attpåtil dertil også òg therefore "  # noqa: SIM905
    "thus however also "
    "nevertheless moreover furthermore besides sistnevnte sistnemnde førstnevnte "
    "førstnemnde and another altså altso yet instead dernest samtidig meanwhile igjen again "
    "isteden istedet istaden og derfra dit derimot imidlertid samstundes videre uansett "
    "anyway".split()  # («Dit kom …», «Videre sier han …», «Uansett kan kuttforslaget …»)
)
_AUXILIARY_NEXT = frozenset("did does do was were is are has have had could would can".split())  # noqa: SIM905
# «Eit tredje steinras …», «A second attempt …»: one more of what the sentences before
# counted (not «The second half …», «Den andre omgangen …»: the match's, not one more).
_ARTICLES = frozenset("en ei eit et a an".split())  # noqa: SIM905
_ORDINALS = frozenset("annen anna annet andre tredje fjerde femte second third".split())  # noqa: SIM905
# Two words that go on from the sentence before: «I tillegg …», «Andre steder …», «The
# latter …».
_GOING_ON_TWO = frozenset(
    tuple(pair.split("_"))
    for pair in "i_tillegg in_addition andre_steder andre_stader the_latter the_former "  # noqa: SIM905
    "other_places i_stedet i_staden i_steden of_course til_dømes til_dæmes til_eksempel "
    "by_then med_det med_dette with_that with_this inn_dit ut_dit opp_dit ned_dit".split()
) | frozenset(  # «Størst er faren i Møre og Romsdal.»: the most of what the one before told
    (most, verb)
    for most in "størst verst flest høyest høgast lavest lågast sterkest worst".split()  # noqa: SIM905
    for verb in "er var blir ble vart blei is was".split()  # noqa: SIM905
)
_ADDED_TO = re.compile(
    r"(?:tillegg til|addition to) (?!(?:dette|det|denne|den|dei|de|disse|desse|this|that|these|"
    r"those|them|it|all)\b)"
)
# «The former was …» points back; «The former chair of …» is an adjective before its noun.
_FORMER_VERBS = frozenset("is was has had said says will would also and".split())  # noqa: SIM905
# Among the first words: what the sentence before said, turned or drawn on («Komiteen
# ynskjer derimot …», «Klæbo hadde dermed bare en parademarsj …»).
_CONTRAST = frozenset(("derimot", "imidlertid", "however", "therefore", "thus"))
_CONTRAST_WORDS = 4  # (later, a bullet goes without it: without_also)
# «Lundby har heller ikke oversikt …», «Ei heller pappa …»: neither, after the one before
_NEITHER = re.compile(r"(?:^|\s)(?:heller ikke|heller ikkje|ei heller)\b")
# «For etter …», «For da …», «For han …»: «for» as «because» (not «For første gang», nor
# «For de sørlige prisområdene …»: «de» there opens a phrase).
_FOR_BECAUSE = frozenset(
    "etter da då når nå no så her der han hun ho vi me jeg eg du selv sjølv".split()  # noqa: SIM905
)
_EXAMPLE = frozenset(("eksempel", "example", "instance"))
# «I så tilfelle», «I så fall», «Året etter», «Dagen etter»: the case or time before.
_GOING_ON = frozenset(
    [("i", "så", "tilfelle"), ("i", "så", "fall"), ("in", "that", "case")]
    # («I den forbindelse skal …», «In this regard …»: as to what the one before told)
    + [("i", which, "forbindelse") for which in ("den", "denne", "dette")]
    + [("i", "så", "måte"), ("in", "this", "regard"), ("in", "that", "regard")]
    # («At that stage, Fritz had won 40 of 52 points»: the moment the one before told)
    + [("at", "that", when) for when in ("stage", "point", "time", "moment")]
    + [("by", "that", "time")]
    # («Med andre ord viser tallene …», «På denne måten oppsummerer …», «Ikkje minst skaper
    # …»: what the sentence before said, summed up or added to)
    + [("med", "andre", "ord"), ("in", "other", "words")]
    + [
        ("på", which, way)
        for which in ("denne", "den", "samme", "same")
        for way in ("måten", "måte")
    ]
    + [
        (no, "minst", verb)
        for no in ("ikke", "ikkje")
        for verb in ("skaper", "skapar", "er", "har")
    ]
    + [("not", "least", "because"), ("not", "least", "the")]
    + [
        (when, "etter", verb)
        for when in "året dagen uka veka uken måneden månaden kvelden natta helga helgen".split()  # noqa: SIM905
        for verb in "kom var ble vart blei gikk gjekk fikk fekk".split()  # noqa: SIM905
    ]
)
_GOING_ON_FIRST = frozenset(first for first, *_ in _GOING_ON)
# A phrase on what the sentence before said: «Despite this», «Til tross for dette»,
# «Årsaken til det er …», «Because of that».
BACK = re.compile(
    r"(?:despite|because of|as a result of|in spite of|til tross for|trass i|tross|trass|"
    r"på grunn av|som følge av|årsaka til|årsaken til|grunnen til|bakgrunnen for|"
    r"på bakgrunn av|med bakgrunn i|based on|in light of|in the light of|"
    r"the reason for|the cause of) (?:this|that|these|those|dette|det|disse|desse)\b(?! som)"
)
BACK_FIRST = frozenset(
    "despite because as in til trass tross på som årsaka årsaken grunnen bakgrunnen the med "  # noqa: SIM905
    "based".split()
)


# «Like etterpå …», «Samme mann …», «Five minutes later, …», «That's …»: right after, or the
# one, that the sentence before told of.
_AFTER_THAT = re.compile(
    r"(?:like|kort tid|rett|litt) (?:etterpå\b|etter,? (?:dette|det|kom|var|ble|blei|vart|"
    r"gikk|gjekk|fikk|fekk|sa|kunne|måtte|meldte|melde)\b)|litt (?:seinare|senere)\b|"
    r"etterpå\b|deretter\b|samme (?:mann|kvinne|person|spiller|spelar|dag|kveld)\b|"
    r"(?:\w+ )?(?:seconds|minutes|hours|moments|days) later\b|"
    r"later,? (?!this|next|today|tonight|in\b)|"
    r"(?:shortly|soon) after(?:wards)?,|that['’]s\b"
)
_AFTER_THAT_FIRST = frozenset(
    "like kort rett litt etterpå deretter samme seconds minutes hours moments days later "  # noqa: SIM905
    "shortly soon that's that’s".split()
)


def goes_on(first: str, rest: str) -> bool:
    """«Derfor …», «For etter knappe tre minutter …» («for» as «because»), «I så tilfelle
    …», «Året etter kom …»: a sentence that goes on from what the one before said."""
    if first in ("neither", "nor"):
        return rest.partition(" ")[0] in _AUXILIARY_NEXT  # «Neither did …», not «Neither side»
    if first in _CONTINUING:
        if first in ("også", "òg") and _SUBJECT_FIRST.match(rest):
            return False  # «Også 72-åringen er tiltalt …»: the news, told without «også»
        if first in ("samtidig", "samstundes") and rest.startswith("som "):
            return False  # «Samtidig som prisene stiger, øker …»: both told here
        if first in ("therefore", "thus") and _THEREFORE_NEWS.match(rest):
            return False  # «Therefore, interest rates are now being raised …»: the news, told bare
        return first != "dermed" or _NAMED_RESULT.match(rest) is None
    if (first == "as" and rest.startswith("a result,")) or (
        first == "after" and rest[:4] == "all,"
    ):
        return True  # «As a result, the party …», «After all, City …» (not «As a result of …»)
    if ("heller" in rest[:40] or first == "heller") and _NEITHER.search(f"{first} {rest[:40]}"):
        return True
    if first in _AFTER_THAT_FIRST or (rest[:3] != "" and _LATER in rest[:20].lower()):
        # (not a new one: «Litt senere samme natt oppsøkte en mann i 30-årene politiet …»)
        start = f"{first} {rest[:40].lower()}"
        later = first not in ("samme", "that's", "that’s")
        if _AFTER_THAT.match(start) and not (later and _NEW_ONE.search(start)):
            return True
    if any(map(rest.__contains__, _CONTRAST)) and not _CONTRAST.isdisjoint(
        w.strip(",.") for w in rest.lower().split()[:_CONTRAST_WORDS]
    ):
        return True  # «Komiteen ynskjer derimot ikkje …»: against what the one before said
    if first == "for":
        following = rest.split(maxsplit=1)
        # («For eksempel …», «For example, …»: an example of what the one before said)
        return bool(following) and following[0].strip(",") in _FOR_BECAUSE | _EXAMPLE
    following = rest.lower().split(maxsplit=2)[:2]
    if (first, following[0].strip(",") if following else "") in _GOING_ON_TWO:
        if _ADDED_TO.match(rest.lower()):
            return False  # «I tillegg til Moron Police er Sløtface …»: what it adds to, named
        # (not «The former chair of …»: an adjective, its noun next)
        return following[0] != "former" or len(following) < 2 or following[1] in _FORMER_VERBS
    if first in _ARTICLES and following and following[0] in _ORDINALS:
        return True
    # «Over 4000 fleire skal ut på beite», «Two more bodies were found»: more of them
    words = [first, *following]
    if any(
        (word[:1].isdigit() or word in _NUMBER_WORDS) and after.strip(",.") in _MORE
        for word, after in pairwise(words)
    ):
        return True
    if (first in _TIME_FIRST or first[:1].isdigit()) and _TIME_COUNTED.match(
        f"{first} {rest[:40].lower()}"
    ):
        return True
    if first in _REASON and following and following[0] in ("er", "var", "is", "was"):
        return True  # «Årsaka er at politiet ikkje er sikre …»: the reason for what it told
    return first in _GOING_ON_FIRST and (first, *(w.strip(",") for w in following)) in _GOING_ON


# «Et kvarter senere melder politiet …», «To timar seinare …», «Året før var det …», «The
# day before, …», «A year earlier …»: a time counted from what the sentence before told
# (not «Dagen før valget»: a time of its own).
_TIME_COUNTED = re.compile(
    r"(?:(?:et|eit|ett|en|ein|ei|to|tre|fire|fem|seks|ti|\d+|noen|nokre|få|a|an|the|two|"
    r"three|four|five|ten|a few) )?"
    r"(?:sekund(?:er|ar)?|minutt(?:er|ar)?|kvarter|time[rn]?|timar|døgn|dag(?:er|ar)?|uker?|"
    r"veker?|måned(?:er)?|månad(?:er)?|år|året|dagen|uka|uken|veka|måneden|månaden|kvelden|natta|"
    r"natten|helga|helgen|seconds?|minutes?|hours?|days?|weeks?|months?|years?|night)"
    r"(?: (?:senere|seinare|seinere|tidligere|tidlegare|earlier)\b| (?:før|etter),? "
    r"(?:var|ble|blei|vart|kom|hadde|fikk|fekk|gikk|gjekk|skjedde|døde|meldte|sa)\b| before,)"
    r"|the (?:previous|preceding) (?:day|week|month|year|night)\b"
)
_TIME_FIRST = frozenset(
    "et eit ett en ein ei to tre fire fem seks ti noen nokre få a an the two three four five "  # noqa: SIM905
    "ten året dagen uka veka uken måneden månaden kvelden natta natten helga helgen".split()
)


_REASON = frozenset(
    "årsaka årsaken grunnen bakgrunnen forklaringa forklaringen reason explanation".split()  # noqa: SIM905
)
_LATER = " later"
_NEW_ONE = re.compile(r" (?:en|ei|et|ein|eit|a|an|another) ")
_NUMBER_WORDS = FEW | frozenset(
    "fem seks sju syv åtte ni ti five six seven ten dozens hundreds thousands dusinvis "  # noqa: SIM905
    "hundrevis tusenvis many mange".split()
)
_MORE = frozenset("flere fleire andre more other further".split())  # noqa: SIM905


# «Året før var det 595 slike varsler», «any such plan»: the kind the one before told of (not
# «slike som …», «such as …»: the kind this one names); «De samme ekspertene forventet …»,
# «The same day …»: the ones the one before named. (Looked for where a word of it is.)
_JUST_THAT = ("akkurat ", "nettopp ", "exactly ", "precisely")  # (as _KIND_TOLD opens; cased)
_KIND_TOLD = re.compile(
    r"\b(?:slike|slikt|sånne)\b(?! som\b)|\bsuch (?!as\b|an?\b)[a-z]"
    r"|^(?:De|Dei|Den|Det|The) (?:samme|same)\b"
    # («Akkurat det gjorde de …», «Exactly that happened …»: just what the one before said)
    rf"|^(?:{'|'.join(word.strip() for word in _JUST_THAT)}) (?:det|dette|that|this)\b"
    # («Households will repay this in £40 instalments», «… drøftet dette i to år»: what it
    # told, a pronoun before a preposition)
    r"|\b(?:this|these|dette|disse|desse) (?:in|on|at|for|with|by|i|på|med|til|av|fra|frå)\b"
    # («In the 15 years since then, …», «Sidan då har …»: a time counted from what it told)
    r"|\bsince then\b|\b(?:siden|sidan) (?:da|då|den gang|den gong)\b(?! \w+ (?:var|er|vart)\b)",
    re.IGNORECASE,
)
# «Ut i same heat rauk …», «A similar scenario unfolded …», «Mandag skjedde det igjen.»: the
# one or the like of what it told, or it again (read at the start; «again» where it happens).
_SAME_OR_LIKE = re.compile(
    r"(?:(?:ut |inn )?i|in|på|on|at) (?:the )?(?:samme|same)\b(?! (?:\w+ )?(?:som|as)\b)"
    r"|(?:an? )?similar\b|(?:en|ei|et|ein|eit) (?:lignende|liknande|liknende)\b",
    re.IGNORECASE,
)
_SAME_WORDS = ("amme ", "same ", "imilar", "ikn", "ignende")  # (what each branch has)
_WORSE_WORDS = ("verre", "bedre", "betre", "enda", "endå", "worse", "better", "even", "still")
_WORSE = re.compile(
    r"(?:(?:Enda|Endå|Even|Still) )?(?:verre|bedre|betre|worse|better) "
    r"(?:skulle|skal|ble|blei|vart|var|er|gikk|gjekk|kom|was|were|got|came|is|would)\b",
    re.IGNORECASE,
)
_AGAIN_WORDS = ("kjedde", "kjer ", "hendte", "appen")
_AGAIN = re.compile(
    r"\b(?:skjedde|skjer|hendte|happened|happens) (?:det |it )?(?:igjen|også|òg|again|too)\b"
)


def kind_told(text: str) -> bool:
    # (a cheap test first: a piece of each alternative's word, or its word with the capital
    # a sentence's first has, so «Sånne …», «This in …», «Dette i …» are read as it says;
    # «samme», «same» only where the pattern has them, after a sentence's first word)
    cheap = "lik" in text or "ånne" in text or "uch " in text or "amme" in text[:10]
    cheap = cheap or "ame" in text[:9]
    cheap = cheap or text[:9].lower().startswith(_JUST_THAT) or "this " in text or "ese " in text
    cheap = cheap or "sse " in text
    cheap = cheap or "dette " in text or "This " in text or "Dette " in text
    cheap = cheap or "ince then" in text or "iden d" in text or "idan d" in text
    if any(map(text[:14].__contains__, _SAME_WORDS)) and _SAME_OR_LIKE.match(text):
        return True
    if any(map(text.__contains__, _AGAIN_WORDS)) and _AGAIN.search(text):
        return True
    if text[:12].lower().startswith(_WORSE_WORDS) and _WORSE.match(text):
        return True  # «Verre skulle det bli.», «Worse was to come.»: than what it told
    if (" came " in text[:40] or " k" in text[:30]) and _TOLD_BY_NOUN.match(text):
        return True
    if not cheap:
        return False
    return any(not _kind_named_before(text, found) for found in _KIND_TOLD.finditer(text))


_QUOTE_AFTER = re.compile(r": ?[«“\"–]")


def _kind_named_before(text: str, found: re.Match[str]) -> bool:
    """Whether «such»/«slike» speaks of a kind its own sentence named: in a clause after a
    comma that follows one of its own («Samsung is banning AI tools like ChatGPT …, dealing
    a setback to the spread of such technology»; not «Last year, such attacks rose»)."""
    if found.group()[:2].lower() in ("th", "de", "di") and _QUOTE_AFTER.search(text, found.end()):
        return True  # («Politiet meldte dette på Twitter kl. 16:53: «…»: the quote it gives)
    if found.group()[:2].lower() not in ("su", "sl", "så"):
        return False
    comma = text.rfind(", ", 0, found.start())
    return comma > 0 and text.count(" ", 0, comma) + 1 >= _OWN_CLAUSE_WORDS


_OWN_CLAUSE_WORDS = 8  # words before the comma: a clause of its own that named the kind


# What the one before told, by its noun: «Åtvaringa kom berre ei veke før …», «The approval
# came during a special meeting …».
_TOLD_BY_NOUN = re.compile(
    r"(?:The (?:approval|decision|announcement|warning|ruling|verdict|move|news|call) came"
    r"|(?:Vedtaket|Beslutningen|Avgjørelsen|Avgjerda|Beskjeden|Åtvaringa|Advarselen|Varselet|"
    r"Kunngjøringen|Kunngjeringa) (?:kom|kjem|kommer))\b"
)


_DEFINITE = frozenset(("den", "det", "de", "dei", "the"))
_ORDERED = frozenset("første fyrste siste andre neste first last second next".split())  # noqa: SIM905
_MOST_EN = frozenset("biggest largest smallest oldest youngest best worst latest newest".split())  # noqa: SIM905


def one_of_those(first: str, following: str, rest: str, is_finite: Callable[[str], bool]) -> bool:
    """«Den første ble ferdigstilt …», «The last was found …», «Det største er …»: one of
    those the sentence before named, then its verb (not «Den første dagen …»: a phrase of its
    own)."""
    if first not in _DEFINITE:
        return False
    # (or the most of them: «Det største er bare ett år gammelt», «The oldest was 12»)
    most = (following.endswith("ste") and len(following) > 5) or following in _MOST_EN
    if following not in _ORDERED and not most:
        return False
    third = [w for w in rest.split(maxsplit=3)[1:3] if w not in ("one", "ones")]  # («The last one»)
    return bool(third) and is_finite(third[0].strip(",.").lower())


# «også», «òg», «also» early in a sentence, adding to the one before: «Offeret får også
# 5000 kroner». Without that sentence above it the word leans on nothing, and an editor
# strikes it (not «men også», «not only … but also», «, også Aftenposten,»: a phrase's).
# So for «derfor», «likevel», «nemleg» (therefore, still, namely): «Saken måtte derfor til
# hovedforhandling» says the news without the reason the bullet before it would have given
# («27-åringen er dermed kjent skyldig i drapet»: the verdict, without the jury's «Ja»);
# «altså» (as said) adds nothing: «Neste uke er det altså varslet høyere priser»; nor does
# «forøvrig» (by the way): «Denne uka var det forøvrig tillyst møte …»; nor «samtidig»,
# «imidlertid» (at the same time, however) past the first words: «PST påpeker samtidig at …».
_ALSO = re.compile(
    r"^((?:[\w«»'’.-]+ ){1,6}?)"  # («Om lag halvparten av folket er derimot likegyldige …»)
    r"(?:også|òg|also|derfor|difor|dermed|likevel|nemlig|nemleg|dessuten|dessutan|therefore|altså|"
    r"altso|derimot|"
    r"forøvrig|for øvrig|forresten|imidlertid|samtidig(?! som)) (?=[\w«])"
)
# «Therefore, interest rates are now …»: what follows, its own subject (not «it», «they»)
# (and a turn against the sentence before: «However, no conditions were listed …»)
_THEREFORE = re.compile(
    r"(?:Therefore|Thus|However|Nevertheless|Likevel|Imidlertid|Derimot), (?=[a-zæøå])"
)
_THEREFORE_NEWS = re.compile(r"(?!(?:it|they|he|she|this|that|these|those|we)\b)[a-z]+ [a-z]+ ")
_TURN_OPENS = ("Ther", "Thus", "Howe", "Neve", "Like", "Imid", "Deri")
_ALSO_KEPT = ("men", "but", "og", "and", "bare", "only", "ikkje", "ikke", "not")


# «Dermed sikret Godset sin første seier»: the outcome, its subject named after the verb.
# It stands on its own (not «Dermed ble det …»), and is told subject first without the
# sentence before it: «Godset sikret sin første seier».
_NAMED_RESULT = re.compile(
    r"([a-zæøå]+) ((?:[A-ZÆØÅ][\w’'-]+)(?: [A-ZÆØÅ][\w’'-]+){0,3}) (?=[a-zæøå0-9«])"
    r"(?!(?:i|på|fra|frå|ved|til) [A-ZÆØÅ])"  # (not «er Trevarefest i Henningsvær …»: its place)
)


# After a first «Også», the subject it adds to the one before (a name, a figure's «72-åringen»;
# not a verb: «Også er det …»)
_SUBJECT_FIRST = re.compile(r"[A-ZÆØÅ0-9][\w.-]*")


def without_also(text: str) -> str:
    """The bullet without an early «også», «derfor», «also» that leans on the sentence
    before it; «Dermed sikret Godset …» told «Godset sikret …»."""
    if text[:1] in _QUOTE_OPENS or text[:2] in ("– ", "— "):
        return text  # a quote is the speaker's own words: «… er imidlertid ikke tilfeldig»
    if text[:4] in _TURN_OPENS and (bare := _THEREFORE.match(text)):
        return text[bare.end()].upper() + text[bare.end() + 1 :]  # «Therefore, rates are …»
    if text[:7] == "Dermed " and (result := _NAMED_RESULT.match(text, 7)):
        verb, subject = result.groups()
        return f"{subject} {verb} {text[result.end() :]}"
    if text[:5] in ("Også ", "Òg ") and (subject := _SUBJECT_FIRST.match(text, text.find(" ") + 1)):
        return text[subject.start() :]  # «Også 72-åringen fra Østfold er tiltalt …»
    if " heller ik" in text:  # «… kjører heller ikke.»: not, as the one before said
        text = _NOT_EITHER.sub(r"\1", text, count=1)
    found = _ALSO.match(text)
    if found is None or found.group(1).rstrip().lower().endswith(_ALSO_KEPT):
        return text
    if "," in found.group(1):
        return text  # «Flere andre medier, også Aftenposten, …», «Ikke bare det, han …»
    if found.group(1) in ("For ", "Så "):  # «For også pophåpet Skaar har …»: «because» too
        rest = text[found.end() :]
        return rest[:1].upper() + rest[1:]
    return found.group(1) + text[found.end() :]


_QUOTE_OPENS = frozenset("«“\"‘'„")
_NOT_EITHER = re.compile(r"\bheller (ikke|ikkje)\b")
