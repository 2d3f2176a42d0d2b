"""How a sentence opens: on a pronoun that points back, or on a subject that points nowhere.

«Han påpeika at ...», «Det sa Støre», «They said ...» need their referent in the bullet
before them. A formal subject does not (bot.core.formal_subjects).
"""

from __future__ import annotations

import re

from bot.core.formal_subjects import ADVERBS, FORMAL_SUBJECTS, SUBJECTS, FiniteVerbs, formal_subject
from bot.core.going_on import AGREEING, BACK, BACK_FIRST, FEW, goes_on, kind_told, one_of_those
from bot.core.speakers import reads_norwegian

PERSONAL_PRONOUNS = frozenset(
    "han hun hen ho ham henne dem he she they it him her them".split()  # noqa: SIM905
)
# «Det er ...» points back; «Det sjette bindet ...» does not: a pronoun only before a verb.
DEMONSTRATIVES = frozenset(
    "det den de dei dette denne disse desse this these those that".split()  # noqa: SIM905
)
PRONOUNS = PERSONAL_PRONOUNS | DEMONSTRATIVES

# «… deliver this.», «Sjølvsagt gjeld det forskarane òg.»: what the one before said, or more
# of it; «Jeg tror disse to får mange feider»: the two it named
_POINTING_END = (
    *(" this", " these", " dette", " disse", " desse", " også", " òg", " too", " as well"),
    *(" either", " sånt", " slikt", " of it"),  # («Gas giants can have a lot of it.»)
    # («Olsen har ledet sentralbanken i tolv av dem.»: of those the one before counted)
    *(" av dem", " av dei", " of them", " of those"),
    # («Søndag kveld er situasjonen den same.», «… gikk inn for det samme.»: as told before)
    *(" den samme", " det samme", " de samme", " den same", " det same", " dei same"),
    *(" the same", *AGREEING),
)
# («such a rate», «denne typen fisk»: what the one before gave; «Den ene hadde en kniv»: one
# of the two it named, not «Den ene av de to meddommerne»)
_KIND_WORDS = ("typen", "slags", "sorten", "kategorien", "gruppa", "gruppen")
_NAMED_JUST_BEFORE = re.compile(
    r"\b(?:disse|desse|these|those) (?:to|two)\b|^(?:\S+ ){0,4}[Ss]uch an? "
    r"|^(?:Den|Det) ene (?:hadde|har|var|er|ble|blei|vart|fikk|fekk|skal|skulle|måtte|døde)\b"
    r"|^The (?:resulting|ensuing|subsequent)\b|\b(?:this|that) (?:kind|type) of\b"
    rf"|\b(?:denne|dette|disse|desse) (?:{'|'.join(_KIND_WORDS)})\b",
    re.IGNORECASE,
)
_KINDS = (*_KIND_WORDS, "kind of", "type of")  # (a word each alternative above needs)


def _named_just_before(text: str) -> bool:
    """_NAMED_JUST_BEFORE's search, where a word every alternative needs is in the text."""
    lower = text.lower()
    if "sse t" in lower or "ese t" in lower or "ose t" in lower or "such a" in lower:
        return _NAMED_JUST_BEFORE.search(text) is not None
    if lower.startswith(("den ene ", "det ene ", "the resulting", "the ensuing", "the subseq")):
        return _NAMED_JUST_BEFORE.search(text) is not None
    return any(map(lower.__contains__, _KINDS)) and _NAMED_JUST_BEFORE.search(text) is not None


# The last or the first of those the sentence before named, anywhere in the sentence: «Etter
# valget valgte sistnevnte å forlate …» (not «the former minister»; searched where it can be).
_NAMED_LAST = re.compile(
    r"\b(?:[Ss]istnevnte|[Ss]istnemnde|[Ff]ørstnevnte|[Ff]ørstnemnde|[Tt]he latter)\b"
    r"|\b[Tt]he former(?= (?:is|was|has|had|said|says|will|would)\b|[,.])"
)
# «Politiet melder at dette er på grunnlag av avhør …», «… because this was …»: a clause whose
# subject is what the sentence before told (not «at dette året …»: the time of the news).
_THAT_THIS = re.compile(  # (in lower case, as inside a sentence: a fast scan)
    r"(?:\b(?:at|that|fordi|because|men|but)|^(?:D[aå]|Når|When|After|Etter at)) "
    r"(?:dette|disse|desse|this|these) (\w+)"  # («Då dette vart avdekka, …»: what was told)
)
_CONFIRMS_THIS = re.compile(
    r"\b(?:bekrefter|bekreftet|bekrefta|stadfester|stadfestar|stadfesta|opplyser|opplyste|"
    r"confirms|confirmed|denies|denied|avkrefter|avkreftet|benekter|benektet) (?:dette|this)\b"
)
_MEANING = re.compile(  # «For fiskerne betyr det eit tøft år», «For many, this means …»
    r"\b(?:betyr|betydde|innebærer|inneber|innebar|medfører|medførte) (?:det|dette)\b"
    r"|\b[Tt]his (?:means|meant)\b"
)
_ANSWER_LABEL = re.compile(r"(?:[A-ZÆØÅ][\w-]+ ){0,3}[A-ZÆØÅ][\w-]+: (?:[–—-] )?(?=[\w«])")
# An answer's yes or no (and its speaker's label) on what was asked before it.
_ANSWERS = re.compile(  # («Ja, det …», «Nei, ikke …»: the asked; not «Yes, he announced …»)
    r"(?:[A-ZÆØÅ][\w-]+ ){0,2}(?:[A-ZÆØÅ][\w-]+: [–—-] )?(?:Ja|Nei|Jo|Yes|No),? "
    r"(?:det|dette|that|this|it|ikke|ikkje|not)\b"
)
_PLURAL_NOUN = re.compile(r"(?:ene|ane|s)$")  # («Begge mennene …», «Both men …»: named before)
_QUANTIFIERS = FEW | frozenset(
    "en ein éin one noen nokre nokon mange flere fleire få ingen alle begge halvparten some "  # noqa: SIM905
    "many few none all both most several".split()
)
# «Dette arbeidet vil …», «Desse tala …», «These figures …»: a thing named before (not
# «Denne uka», «This week»: the time of the news).
_DETERMINERS = frozenset("dette denne disse desse this these those".split())  # noqa: SIM905
_TIMES = frozenset(
    "uka uken veka veke helga helgen måneden månaden året sommeren sommaren vinteren "  # noqa: SIM905
    "høsten hausten våren morgenen kvelden natta natten tiden tida "
    "week month year morning evening afternoon weekend summer winter spring autumn fall "
    "season".split()  # (not «Denne gangen», «This time»: another time, told before)
)
_DAY_NOUNS = frozenset(
    "dagen kvelden natta natten morgenen helga helgen mandagen tirsdagen onsdagen torsdagen "  # noqa: SIM905
    "fredagen lørdagen søndagen måndagen tysdagen laurdagen sundagen day night evening "
    "morning weekend året uka veka måneden månaden year week month season".split()
)
# «Der vart det foreslått …», «Her bur det …»: the place named before, then the verb.
# («Der var …», «Sånn gikk julepraten …»: where, or how, the sentence before told)
_PLACES = frozenset(("der", "her", "there", "here", "sånn", "slik", "thus"))
_CONDITIONS = frozenset("if when hvis viss dersom om når".split())  # noqa: SIM905
_TOLD_SUBJECTS = frozenset("han hun ho he she they dette this that disse desse these".split())  # noqa: SIM905
_HAPPENS = re.compile(r"(?:skjer|skjedde|hender|hendte|happens|happened|occurs|occurred)\b")
_INVERTED_SUBJECTS = frozenset("han hun ho hen de dei dem he she they".split())  # noqa: SIM905
_PERSONS = _INVERTED_SUBJECTS - {"dem"}
_INVERTED_SUBJECTS |= {"denne", "desse", "disse", "dette"}  # («No er denne trekt.»)
# A time or a turn fronted (not a subject: «Foreningen sier de er skuffet»).
_FRONTED = frozenset(
    "nå no da då så deretter etterpå senere seinare seinere samtidig dessverre heldigvis "  # noqa: SIM905
    "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag "
    "now then later afterwards meanwhile yesterday today "
    # (an adverb is never the subject: «Snart låser han døren», «Suddenly she saw …»)
    "snart plutselig plutseleg endelig endeleg ofte alltid aldri sjelden sjeldan stadig "
    "hjemme heime ute borte først fyrst gjerne kanskje trolig truleg visstnok nettopp sammen "
    "nylig nyleg "  # («Nyleg besøkte han …»)
    "egentlig eigentleg faktisk fortsatt framleis fremdeles allerede allereie "
    "soon suddenly finally often always never rarely".split()
)
# «Av desse pusta fem …», «Blant dem …», «Of these, …»: a part of what was named before.
_PARTITIVES = frozenset("av blant blandt for med of among for with".split())  # noqa: SIM905
# A preposition first, then a pronoun as its object: both point back (not «For det første»).
_BEFORE_OBJECT = frozenset(
    "bak foran etter før mot hos til fra frå over under ved uten utan ifølge ifølgje "  # noqa: SIM905
    "rundt omkring around behind after before against without unlike beside besides".split()
)
_OBJECTS = frozenset(
    "han ham henne ho hen dem dei det dette denne disse desse him her them it this that".split()  # noqa: SIM905
)
_THE_OTHERS = frozenset((("the", "others"), ("de", "andre"), ("dei", "andre")))
_SHARES = frozenset(("prosent", "percent", "%"))  # («70 prosent av desse», «40 % of them»)
# («For» then a subject and its verb is «because»: «For det oppstod …», not «For de som …»)
_BECAUSE_SUBJECTS = frozenset("han hun ho hen det de dei vi me eg jeg".split())  # noqa: SIM905
_NAMED_BEFORE = frozenset("disse desse dem dei them these those".split())  # noqa: SIM905


def opens_with_pronoun(text: str, checker: FiniteVerbs) -> bool:
    """«Han påpeker ...», «Det sa X ...»: a first word whose referent is in a sentence before.

    A formal subject («Det er lett å ...», «It is unclear whether ...») points to nothing.
    """
    if (text[:1] in "JNY" or ": " in text[:40]) and _ANSWERS.match(text):
        return True  # «Ja, det mener jeg.», «Sindre Molnes: – Nei, ikke så langt …»: asked
    if ": " in text[:40] and (label := _ANSWER_LABEL.match(text)):
        # An answer or a quote under its speaker's label that opens in lower case is a
        # sentence's tail («Roar Thon: så handler det om …»); one on «han», «they» leans
        first, _, rest = text[label.end() :].partition(" ")
        verb = rest.split(maxsplit=1)[:1]
        person = first.lower() in _PERSONS and checker.is_finite(verb[0] if verb else "")
        return not first[:1].isupper() or person
    first, _, rest = text.partition(" ")
    first = first.strip("«»“”\"'(,").lower()
    if first in BACK_FIRST and BACK.match(text.lower()):
        return True  # «Despite this, …», «Årsaken til det er …»: what the one before said
    if first in _THIS_IT and _CAUSE.match(rest):
        return True  # «Det kjem av at resten av kloden …»: the cause of what the one before told
    if goes_on(first, rest) or text.rstrip(' .!»”"').lower().endswith(_POINTING_END):
        return True  # («… whether any leader can now deliver this.»: what the one before said)
    if _named_just_before(text) or kind_told(text):
        return True
    if (first in _POINTING_PHRASE_FIRST or " etter" in text[:60]) and _POINTING_PHRASE.match(text):
        return True  # «I møtet gjentok …», «The move came after …»: the event told before
    if ("nevnte" in text or "nemnde" in text or "latter" in text or "former" in text) and (
        _NAMED_LAST.search(text)
    ):
        return True
    if _whose_first(first, rest, text):
        return True
    if ("bet" in text or "inneb" in text or "medfør" in text or "his mea" in text) and (
        _MEANING.search(text)
    ):
        return True
    cheap = "dette " in text or "sse " in text or "this " in text or "these " in text
    this = _THAT_THIS.search(text) if cheap else None
    if this and checker.is_finite(this.group(1).lower()):
        return True
    if cheap and _CONFIRMS_THIS.search(text):
        return True  # «Politiet bekrefter dette overfor NRK.»: what the one before told
    following = rest.split(maxsplit=1)[0].strip(",.«»").lower() if rest else ""
    if first in ("mellom", "blant", "among") and following in ("anna", "annet", "other"):
        return True  # «Mellom anna får Sunnfjord …»: an example of what the one before told
    if first in ("da", "då", "så") and following and checker.is_finite(following):
        return True  # «Da kan vi tape mot alle», «Så kom …»: «then», after what was said before
    if first == "så" and following in ("dette", "det", "den", *_INVERTED_SUBJECTS):
        return True  # «Så dette var en dårlig straffe …», «Så dei heldt fram.»: so, after it
    if first in _CONDITIONS and following in _DETERMINERS:
        return True  # «If those election results go badly …»: the ones the one before gave
    if first in _CONDITIONS and (
        following in _TOLD_SUBJECTS
        or (following in ("det", "it") and _HAPPENS.match(rest, len(following) + 1))
    ):
        return True  # «Om det skjer, …», «If it occurs often, …», «Hvis han vinner …»: told
    if first in ("den", "det", "that") and following.strip(",") in _DAY_NOUNS:
        return True  # «Den mandagen ble …», «That year, the number …»: the time told before
    if first == "that" and rest[:1].islower() and following not in SUBJECTS:
        return True  # «That wide gulf between the two cities meant …» (not «That he lied …»)
    if text.startswith(("So, ", "Så, ")):
        return True  # «So, two years ago, they lowered …»: what follows from the one before
    if first == "for" and following in _BECAUSE_SUBJECTS and _because(rest, checker):
        return True  # «For hun kom jublende over målstreken …»: because of what was told
    if first in _PARTITIVES:
        if first == "for" and following in _DETERMINERS:  # «For denne breisida fekk han …»
            noun = rest.split(maxsplit=2)[1:2]
            return bool(noun) and noun[0] not in _TIMES
        if following in _NAMED_BEFORE or first not in ("med", "with"):
            return following in _NAMED_BEFORE
        # («Med sin førsteplass sikret han …»: a phrase, then the pronoun as its subject)
    if first[:1].isdigit() and following in _SHARES:  # «70 prosent av desse har …»
        first, rest = following, rest.partition(" ")[2]
        following = rest.split(maxsplit=1)[0].strip(",.«»").lower() if rest else ""
    if (first in _QUANTIFIERS or first[:1].isdigit() or first in _SHARES) and (
        following in _PARTITIVES
    ):
        # «Noen av dem fikk …», «Two of them …», «25 av dem …» (not «Mange av de ansatte»)
        # (not «Fleire av dei som pendlar …»: those the clause names)
        word3, word4 = [*rest.lower().split(maxsplit=3)[1:3], "", ""][:2]
        # (nor «40 percent of those polled …»: those the participle names)
        named = word4 not in ("som", "who", "that") and not word4.endswith(("ed", "ing"))
        return word3.strip(",.") in _NAMED_BEFORE and named
    if (first, following) in _THE_OTHERS and checker.is_finite([*rest.split(" ", 2), ""][1]):
        return True  # «The others were five Aer Lingus flights …»: others than those told
    both = first in ("begge", "both") and rest[:1].islower() and following != "and"
    if (both and (checker.is_finite(following) or _PLURAL_NOUN.search(following))) or (
        first in ("de", "dei", "the", "alle", "all") and following in FEW
    ):
        return True  # «Begge fikk billettene …», «Dei to har …», «Alle tre kom …»: named before
    if one_of_those(first, following, rest, checker.is_finite):
        return True  # «Den første ble ferdigstilt …», «The last was …»: one named before
    if first in _BEFORE_OBJECT and following in _OBJECTS:
        # «Bak han på resultatlista …», «Etter dette …» (not «Etter det som/jeg …»)
        third = rest.split(maxsplit=2)[1:2]
        # (not «Etter det NRK kjenner til …»: what a name knows, a clause of its own)
        return not third or (
            third[0] != "som" and third[0].lower() not in SUBJECTS and not third[0][:1].isupper()
        )
    if first in _PLACES:
        return first != "there" and bool(following) and checker.is_finite(following)
    if first in _DETERMINERS and following and following not in _TIMES:
        return True
    if first not in PRONOUNS:
        return _person_after_fronted(first, rest, text, checker)
    if first in FORMAL_SUBJECTS and formal_subject(text.lstrip("«»“”\"'("), checker):
        return False
    if first in PERSONAL_PRONOUNS:
        return True
    return bool(following) and checker.is_finite(following)


# A fronted phrase on the meeting, the video, the speech told before («I møtet gjentok
# ambassadøren …», «In the video, the diplomat …»), a place gone back to («Tilbake i
# Philadelphia …»), and the event the sentence before told, coming after another («The move
# came after Adam Hug wrote …», «Beslutningen fra russiske myndigheter kom etter at …»).
_POINTING_PHRASE = re.compile(
    r"(?:I|Under|Hos|In|During|Ifølge|Ifølgje) (?:the )?(?:møtet|videoen|talen|opptaket|brevet|"
    r"intervjuet|dommen|domen|tiltalen|tiltala|"
    r"uttalelsen|uttalen|rapporten|protokollen|meldingen|meldinga|innlegget|kjennelsen|"
    r"kjennelsa|avtalen|avtala|vedtaket|pressemeldingen|pressemeldinga|kanalen|video|"
    r"speech|letter|statement|interview|ruling|footage|recording)\b"
    r"|Tilbake (?:i|på|hos) "
    r"|(?:The|Det|Den) (?:[\w-]+ ){1,3}?(?:came|comes|follows|followed) (?:after|in response)\b"
    r"|[A-ZÆØÅ][a-zæøå]+(?:en|et|a) (?:[\w-]+ ){0,4}?(?:kom|kommer|følger|fulgte) etter "
    r"(?:at|det|dette)\b"
)
_POINTING_PHRASE_FIRST = frozenset(
    "i under hos in during ifølge ifølgje tilbake the det den".split()  # noqa: SIM905
)
_THIS_IT = frozenset(("det", "dette", "that", "this", "it"))
_CAUSE = re.compile(
    r"(?:kjem|kommer|kom|kommer nok) av\b|skyldes\b|skuldast\b|"
    r"(?:is|was)(?: partly| largely| mainly)? (?:because|due to)\b"
)
_NUMBERED = FEW | frozenset(("første", "fyrste", "siste", "fleste", "fem", "seks", "ti"))


def _because(rest: str, checker: FiniteVerbs) -> bool:
    """Whether «For» and its subject go on with a finite verb: «For det oppstod …»."""
    verb = rest.split(maxsplit=2)[1:2]
    return bool(verb) and checker.is_finite(verb[0].strip(",.").lower())


def _person_after_fronted(first: str, rest: str, text: str, checker: FiniteVerbs) -> bool:
    """A pronoun as the subject after what is fronted: «Nå ber han regjeringen …», «Snart
    låser han døren …» (one word, the verb, the pronoun), «Etter møtet sa hun …»."""
    following, third = [*(w.strip(",.«»").lower() for w in rest.split(maxsplit=2)[:2]), "", ""][:2]
    fronted = first in _FRONTED or first[:1].isdigit()  # («200.000 fikk dem begge utbetalt»)
    if fronted and third in _INVERTED_SUBJECTS and checker.is_finite(following):
        # (not a determiner before a number: «Lørdag ble de to første av tolv raketter …»)
        fourth = rest.split(maxsplit=3)[2:3]
        number = bool(fourth) and (fourth[0].lower() in _NUMBERED or fourth[0][:1].isdigit())
        return not (third in ("de", "dei") and number)
    if text.startswith("I ") and not reads_norwegian(text):
        return False  # «I think he …»: the English «I»
    return first in _PHRASE_OPENERS and _subject_after_phrase(text, checker)


def _whose_first(first: str, rest: str, text: str) -> bool:
    """The subject is someone's named before: «His wife said …», «12 av sauene hans er
    døde», «Kona hennes sier …» (not «Sauene til Per Ulven og hans nabo …»: named here);
    or what was said before: «This, despite mounting pressure …»."""
    if first in _POSSESSIVES_EN or (first in _THIS_THAT and text.partition(" ")[0][-1:] == ","):
        return True
    if first in _POSSESSIVES_NB and rest[:1].islower():
        return True  # «Hans draumeregjering …» (not «Hans Petter Olsen …»: a name)
    for word in rest.split(maxsplit=3)[:3]:
        if word[:1].isupper():
            return False
        if word.strip(",.") in _POSSESSIVES_NB:
            return True
    return False


_POSSESSIVES_EN = frozenset(("his", "their", "its"))
_THIS_THAT = frozenset(("this", "that", "dette", "det"))
_POSSESSIVES_NB = frozenset(("hans", "hennes", "deres", "dets"))
# A fronted phrase of time or place: «Later on Friday he said …», «Etter møtet sa hun …».
_PHRASE_OPENERS = _FRONTED | frozenset(
    "i på etter før under tidligere tidlegare seinere later earlier on in at after before "  # noqa: SIM905
    "med with uten utan without "
    "during late early akkurat hver hvert kvar kvart every each".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "  # noqa: SIM905
    "april may june july august september october november december".split()
)
# Only a person: «de» and «dei» may open a noun phrase («Etter valet er dei fleste …»).
_PHRASE_SUBJECTS = frozenset("han hun ho hen".split())  # noqa: SIM905
_ENGLISH_SUBJECTS = frozenset(("he", "she", "they"))
_SAYING = frozenset(("said", "says", "say", "told", "added", "announced", "confirmed"))
_AFTER_THEY = ADVERBS | frozenset("så veldig svært helt heilt".split())  # noqa: SIM905


def _subject_after_phrase(text: str, checker: FiniteVerbs) -> bool:
    """A pronoun as the subject after a fronted phrase: after its verb in Norwegian
    («Etter møtet sa hun …»), before it in English («Later on Friday he said …»). A name
    before the pronoun may be its referent («After Støre arrived, he said …»)."""
    words = [w.strip(",.«»“”\"'()") for w in text.split(maxsplit=8)[1:8]]
    for i, word in enumerate(words[:-1]):
        lower, after = word.lower(), words[i + 1].lower()
        if word[:1].isupper() and lower not in _CALENDAR:
            return False
        if after in _PHRASE_SUBJECTS and checker.is_finite(lower):
            return True  # «sa hun»
        they = after in ("de", "dei") and i + 2 < len(words) and words[i + 2].lower() in _AFTER_THEY
        if they and checker.is_finite(lower):
            return True  # «Akkurat i dag er de så høye …» (not «er dei fleste»)
        if lower in _ENGLISH_SUBJECTS and checker.is_finite(after):
            # «he said» (not «police said they had …»: the words said, their speaker named)
            return not any(w.lower() in _SAYING for w in words[max(0, i - 2) : i])
    return False


def opens_with_personal_pronoun(text: str, checker: FiniteVerbs) -> bool:
    """«Han ...», «They ...», «It was a blow»: a person or thing named before (not «It is
    unclear whether ...»)."""
    first, _, rest = text.partition(" ")
    first = first.strip("«»“”\"'(,").lower()
    if goes_on(first, rest):
        return True  # «Derfor …», «For nå …», «I så fall …» first: what the headline said
    if _whose_first(first, rest, text):
        return True
    if first in _THIS:
        # «Dette vert sagt nærast på autopilot …» first: what the headline said
        following = text.split(maxsplit=2)[1:2]
        return bool(following) and checker.is_finite(following[0].lower())
    if first not in PERSONAL_PRONOUNS:
        # «Snart låser han døren for helgen.»: on top, he is someone the reader meets later
        return first not in PRONOUNS and _person_after_fronted(first, rest, text, checker)
    return not (first in FORMAL_SUBJECTS and formal_subject(text.lstrip("«»“”\"'("), checker))


_THIS = frozenset(("dette", "this"))
