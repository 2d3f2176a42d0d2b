"""The words the clause reader (bot.core.clauses) knows: subordinators, determiners, subject
pronouns, and the verbs and nouns whose place decides what they are."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.verbs import PREPOSITIONS_NO

# Subordinate clauses run from their subordinator to the next comma, dash or stop.
SUBORDINATORS = {
    "nb": "som der hvor at når hvis dersom fordi mens ettersom inntil idet hva hvem "
    "hvordan hvorfor",
    "nn": "som der kor at når viss dersom fordi medan ettersom inntil kva kven korleis kvifor",
    "en": "who which whom whose where when if because while although though since unless until "
    "what how why",
}
# «Der møtte han ...», «Som leder har hun ...»: first in a sentence, these are adverbs.
ADVERB_FIRST = frozenset(
    "der som hva hvem hvordan hvorfor kva kven korleis kvifor what how why".split()  # noqa: SIM905
)
# A relative's verb may follow it at once («which sent», «som har»); other clauses
# open with their subject.
RELATIVES = frozenset(("som", "who", "which", "der", "hvor", "kor"))
CLAUSE_ADVERBS = frozenset(
    "ikke ikkje også òg aldri bare berre selv sjølv alltid nå no da då allerede".split()  # noqa: SIM905
)
# Words that only stand before a noun (not «det», «den», «de»: subjects too).
# («s»: an English genitive's, split from its name: «the sheriff’s policies»)
DETERMINERS = frozenset(
    "en ei et ein eit min mi mitt mine din di ditt dine sin si sitt sine hans hennes deres "  # noqa: SIM905
    "dens dets vår vårt våre a an the his its their our my your s".split()
)
# Finite verbs no noun is spelled like: after a name in -s («Gass er», «Foss går»,
# «Eksempelvis har») they are the verb, not a noun after a genitive («Høyres leder»).
NEVER_NOUNS = frozenset(
    "er var har hadde blir ble kan kunne skal skulle vil ville må måtte bør burde får fikk "  # noqa: SIM905
    "sier sa går gikk kommer kom tar tok gir ga gav vet visste finnes fantes "
    "vert vart fekk seier gjekk kjem tek gjev veit finst is are was were has had will would "
    "can could shall should must".split()
)
NEW_CLAUSE = frozenset((":", "«", "“", '"', "–", "—", "("))
# Open a clause before a subject and its verb: «om det bør», «etter dei fekk alarmen».
WHETHER = frozenset(("om", "hvorvidt", "whether", "etter", "før", "after", "before", "da", "då"))
SUBJECT_PRONOUNS = frozenset(
    "det den de dei han hun ho hen vi me jeg eg du dere de man it they we he she".split()  # noqa: SIM905
)
# What a subject noun ends in (brannvesenet, politiet, kommunen, regjeringa, dei tilsette).
DEFINITE_ENDINGS = ("en", "et", "a", "ene", "ane")
PRONOUN_SUBJECTS = {"en": frozenset("i you we they who".split())}  # noqa: SIM905
# «so, then» more often than «saw»; «water» more often than «won»: verbs only by their place.
# «…, but because of the fires, they could not …»: a phrase fronted after «but» waits for
# the clause its comma opens.
FRONTED_AFTER_BUT = re.compile(
    r", (?:but|yet|men) (?:because of|due to|despite|after|before|during|without|på grunn av|"
    r"etter|før|under|trass i|tross)\b(?!.*, (?:but|yet|men) )"
)
# A verb here only after its subject: «Bedriften ansatte 40 nye», not «Rundt 400 ansatte på
# kontorene …» (those employed: a participle as a noun).
EMPLOYED = ("ansatte", "tilsette", "tilsatte", "innsatte")
PLACE_DECIDES = {
    "nb": frozenset(("så", *EMPLOYED)),
    # («Kampen enda 2-1»: ended; «enda verre»: even)
    "nn": frozenset(("vann", "enda", *EMPLOYED)),
    "en": frozenset(),
}
# «… i Drangedal så langt i skoleåret»: «så» before these is «so», whatever stands before it.
SO_ADVERB = frozenset(
    "langt lenge mye mange godt snart fort mykje "  # noqa: SIM905
    # («enda høgare»: even; comparatives)
    "meir mer mindre fleire flere betre bedre verre større høgare høyere lågare lavere".split()
)
PREPOSITIONS_EN = frozenset(
    "of from in on at by with for about between into over under after before than like "  # noqa: SIM905
    "among against during without across through toward towards amid per including despite "
    "regarding concerning beyond within throughout unlike besides behind below above via "
    "following".split()
)
# Headline English drops the auxiliary: «43 troops killed as …», «Man found dead in
# river»: a verb that takes an object, with none after it, is a passive participle. (Some
# only before the words that follow them so: «told to leave», «found dead».)
AFTER_PASSIVE_EN = frozenset(
    "as after in on at by during when while over near following amid to with from , ; : – —".split()  # noqa: SIM905
)
PASSIVE_EN = dict.fromkeys(
    "killed injured wounded arrested detained jailed charged sentenced convicted stabbed "  # noqa: SIM905
    "rescued evacuated trapped sacked banned "
    # (a verb that takes its object first: «Workers involved in the dispute …», «… based in»)
    "involved based located employed affected".split(),
    AFTER_PASSIVE_EN,
) | {
    "found": frozenset(("dead", "alive", "guilty", "unconscious", "safe")),
    **dict.fromkeys(("told", "urged", "named", "elected", "appointed"), frozenset(("to", "as"))),
}
# An English verb cluster opens on one of these («who had crashed», «who was jailed»); two
# finite forms in a row are two clauses' verbs: «A driver who crashed was jailed».
AUXILIARIES_EN = frozenset(
    "am is are was were be been being has have had do does did will would shall should can "  # noqa: SIM905
    "could may might must get gets got".split()
)
# (and Norwegian's: a participle after one is no finite verb, «… er blitt stengt»)
AUXILIARIES_NO = frozenset("er var ble blei vart har hadde blir vert".split())  # noqa: SIM905
AUXILIARIES = AUXILIARIES_EN | AUXILIARIES_NO
COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())  # noqa: SIM905
# Words that open a relative clause («De som bor der vet …»: «der» may be «there» too)
RELATIVE_OPENERS = frozenset("som der hvor kor which who whom whose where that".split())  # noqa: SIM905
# A subordinator before a participle opens a clause without its verb: «while chatting».
REDUCED = ("ing", "ed")
# («temperatures and snow»: the dictionary reads «anded» as a verb's past)
CONJUNCTIONS_EN = frozenset(("and", "or", "but", "nor"))
# «Om glitter og møte med publikum»: a preposition's noun; «Som opplevde at …», «Som bur
# i …»: a relative clause cut from its noun (not «Som ventet», «Som forventa»: a
# participle, and the verb follows).
_NO_VERB_NEXT = PREPOSITIONS_NO | {"som"}


def no_verb_second(text: str, i: int, first: str, word: str) -> bool:
    """Whether a Norwegian text's second word (`i` 1), a finite verb's form, is no verb there
    (nor any after «å»: an infinitive, «å vera», no past of «vere»)."""
    if first == "å":
        return True
    if i != 1 or first not in _NO_VERB_NEXT or (first == "som" and word[-1] in "ta"):
        return False
    return text.split(None, 2)[1].lower().rstrip(",.:;!?") == word  # (not «I 2022 varsler»)


def relative_som(following: list[str], is_finite: Callable[[str], bool]) -> bool:
    """«som har», «som han», «som ikke»: «som» opens a clause; «som Afghanistan» is «as»."""
    if not following:
        return True
    word = following[0].lower()
    return word in SUBJECT_PRONOUNS or word in CLAUSE_ADVERBS or is_finite(word)


# English words in -s that are no plural: press, virus, crisis; news, series, species.
_NO_PLURAL = ("ss", "us", "is")
_SINGULAR_IN_S = frozenset("news series species means physics politics economics".split())  # noqa: SIM905


# English plurals without an -s, a plain verb after them finite: «Police warn of …»
_PLURALS_EN = frozenset("police people children men women cattle".split())  # noqa: SIM905
# An adverb before a participle that opens a sentence's phrase: «Sometimes described as …»
FRONTED_ADVERBS_EN = frozenset(
    "sometimes often once already widely long originally formerly previously recently newly "  # noqa: SIM905
    "first still".split()
)
# «…, as», «as soon as», «as long as»: an «as» after these opens a clause
AS_OPENS_AFTER = frozenset((",", "soon", "long"))


def plural_in_s(word: str) -> bool:
    """Whether an English word reads as a plural subject: «officials», not «news»; «police»."""
    return word in _PLURALS_EN or (
        word.endswith("s")
        and len(word) > 3
        and not word.endswith(_NO_PLURAL)
        and (word not in _SINGULAR_IN_S)
    )


# «på bakgrunn av det han omtalte», «om alt hun har gjort»: an object clause without its
# «som». Not after «etter»: «Etter det vi erfarer har …» is an idiom that opens the clause
# (nor after «under», «over»: «over det hele»).
_CLAUSE_OBJECTS = frozenset("det den dei de alt noe noko".split())  # noqa: SIM905
_CLAUSE_PREPOSITIONS = PREPOSITIONS_NO - {"etter", "under", "over"}


def object_clause(before: str, previous: str, word: str) -> bool:
    """Whether «det han …» after a preposition opens a clause that left out its «som»."""
    return (
        word in SUBJECT_PRONOUNS
        and previous in _CLAUSE_OBJECTS
        and before in _CLAUSE_PREPOSITIONS
        and word not in _CLAUSE_OBJECTS
    )


# «Having (not) prepared …»: a perfect participle's phrase, a clause only after its comma.
_HAVING = re.compile(r"(?:Not having|Having)(?: not)? (?:been|\w+(?:ed|en))\b")


# «Wearing a grey sweatshirt and jogging bottoms.»: a present participle first, its object or
# place after it, no comma to close the phrase (not «Housing costs soared.»: a noun's)
_ING_PHRASE = re.compile(
    r"[A-Z][a-z]{2,}ing (?:a|an|the|his|her|their|its|under|over|in|on|at|with|through|into|"
    r"across|along|past|from) [^,;:–—]*[.!]?$"
)


def participle_phrase(text: str, has_clause: Callable[[str], bool]) -> bool:
    """Whether the text is a participle's phrase and nothing more: a perfect one («Having not
    prepared a defence statement.»), or a present one whose only verb would be its last word,
    a noun in -s («… jogging bottoms.»; not «Wearing a mask protects others.»)."""
    if text[:4] in ("Havi", "Not "):  # (and its objects: «Having rejected a pay offer, plus …»)
        having = _HAVING.match(text)
        return having is not None and not has_clause(text[having.end() :])
    if text[:1] in "AaPpQ" and _ASKED.match(text):  # «Asked about whether polls had …, X denied»
        answer = text.partition(", ")[2]
        return not answer or not has_clause(answer)
    doing = _WITH_DOING.match(text) if text[:5] == "With " and "," not in text else None
    if doing:  # «With superfast broadband delivering programmes to …»: no clause after it
        rest = text[doing.end() :].split()  # (its object may be a noun in -s: «programmes»)
        return not has_clause(" ".join(rest[1:] if rest[:1] and rest[0][-1:] == "s" else rest))
    if "ing " not in text[:16] or not _ING_PHRASE.match(text):
        return False
    words = text.rstrip(".!").split()
    return words[-1].endswith("s") and not has_clause(" ".join(words[:-1]))


# A question put to the subject, its answer the main clause after the comma
_ASKED = re.compile(
    r"(?:Asked|Pressed|Questioned|Quizzed) (?:about|on|over|if|whether|why|how|what)\b"
)
_WITH_DOING = re.compile(r"With (?:[\w'’-]+ ){1,4}[a-z]+ing\b")
_AND_THAT = re.compile(  # (a clause of condition or time inside: not «Men at det skulle …,
    # trudde ingen.», whose main clause follows the comma)
    r"(?:Og|og|Men|men|And|and|But|but) (?:at|that) (?:dersom|hvis|viss|om|når|da|if|when|unless) "
)
# «Å ikkje lenger kunne møte …»: the infinitive's marker, its adverbs and modals, its verb
_INFINITIVE = re.compile(
    r"[Åå] (?:(?:ikke|ikkje|lenger|lengre|aldri|bare|berre|også|òg|heller|alltid|snart|"
    r"kunne|skulle|ville|måtte|få|bli|verte|ha) )*[a-zæøå]+"
)


# A name of two capitalised words opening the sentence, then a mark: a place's, no verb.
NAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+[,.(]")


def phrase_alone(
    text: str, language: str, has_clause: Callable[[str], bool], finite: Callable[[str], bool]
) -> bool:
    """Whether the text is a phrase and nothing more: a participle's (participle_phrase), or
    an infinitive's with no verb after it («Å ikkje lenger kunne møte henne, som alltid …»;
    not «Å reise er å leve.», whose infinitive is the subject), or a report's next «that»
    («Og at dersom ikkje noko skjer, vil ordninga rakne …»: what someone said, no clause)."""
    if text[:1] in "OoMmAaBb" and _AND_THAT.match(text):
        return True  # («Og at dersom …, vil …»: all of it what was said)
    if language == "en":
        return participle_phrase(text, has_clause)
    run = _INFINITIVE.match(text) if text[:2] in ("Å ", "å ") else None
    if run is None:
        return False
    rest = text[run.end() :].lstrip(" ,")
    first = rest.split(maxsplit=1)[0].strip(",.;:").lower() if rest else ""
    return not finite(first) and not has_clause(rest)


# Strong pasts that open a teaser's sentence without its subject: «Gikk bort forrige uke.»
# (a weak past ends in -te or -de and is told by its ending).
STRONG_PAST_NO = frozenset(
    "gikk gjekk kom fant fann tok sto stod ga gav lå satt slo dro drog skreiv skrev sa "  # noqa: SIM905
    "fløy flaug løp sprang vant brant falt traff forsvant forsvann sprakk".split()
)
# A verb that opens no statement: an auxiliary or «får», «fikk» first is a question, a
# condition (before a comma) or a headline's fragment (an English past in -ed first is a
# list item's: «Expressed confidence that …»). Not a verb that is also a noun («Forsker
# Ingrid Moen», «Engineers expect»): only these.
VERB_FIRST_NO = frozenset(
    "blir ble blei vart vert er var har hadde fikk får kan vil skal må kunne ville skulle "  # noqa: SIM905
    "måtte bør burde".split()
)
# After a verb first, a word that is no subject: a preposition, an article, «seg».
NO_SUBJECT_NEXT = frozenset(
    "av i på til fra frå med om over under ut inn opp ned etter mellom blant hos ved uten "  # noqa: SIM905
    "utan mot en ei et ein eit seg".split()
)
# Words that open a subordinate clause only: the main clause must follow its comma. (Not
# «hvis», «dersom», «fordi»: «Hvis dette får fortsette vil bygda …» often goes without.)
ONLY_SUBORDINATORS = frozenset(("at", "because", "although", "unless", "whereas"))
# After «at» first, the words that make it English: «At least 42 people …», «At the …»
ENGLISH_AT = frozenset(
    "least the a an first last this that times one home night noon midnight dawn once "  # noqa: SIM905
    "its his her their our".split()
)
