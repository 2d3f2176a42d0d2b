"""From one sentence to its bullet, or to none: what a bullet may not be, and how long.

A bullet keeps a main clause and its speaker; a question, a quote without its speaker, a
sentence in the first person without who says it, an announcement of the news, a credit
run into a caption and the tail of a split sentence are none. bot/core/summarise.py
chooses among the bullets.
"""

from __future__ import annotations

import re

from bot.core.analysis import Sentence
from bot.core.attributions import NEWS_AFTER
from bot.core.clause_words import (
    DETERMINERS,
    ENGLISH_AT,
    NO_SUBJECT_NEXT,
    ONLY_SUBORDINATORS,
    STRONG_PAST_NO,
    SUBJECT_PRONOUNS,
    VERB_FIRST_NO,
)
from bot.core.clauses import MainClauses
from bot.core.compress import (
    MAX_BULLET_WORDS,
    MIN_BULLET_WORDS,
    clean_sentence,
    compress,
    finish,
    is_question,
    shorten,
)
from bot.core.drafts import TERMINAL, source_text
from bot.core.fact_lines import is_courtesy, subjectless
from bot.core.furniture import opens_with_label
from bot.core.names import HEADLINE_CASE
from bot.core.page_notes import ANNOUNCEMENT, elliptical, page_note, points_ahead
from bot.core.page_words import GREETING, POST_LABEL, RUN_TOGETHER, SEE_STORY, SIGN_ON
from bot.core.roles import introduces_only
from bot.core.spacing import n_words
from bot.core.speakers import (
    SPEECH_VERBS,
    before_speaker,
    is_quote,
    names_speaker,
    reads_norwegian,
    speaker_unknown,
    to_the_reader,
    turn_label,
)
from bot.core.verbs import verb_forms

# The lead's news comes first, whole: a lead longer than any other bullet loses what can go
# (a bracket, an insertion between commas, the circumstances after its speaker) and is kept
# whole up to 50 words, just over half a 90-word digest and twice the 25 words a news style
# guide asks of a sentence. A longer one is cut at its last safe break within 50 words; with
# none, it is kept whole up to 65. (Cut further only to fit a budget.)
MAX_LEAD_WORDS, _LONGEST_LEAD = 50, 65
# A link's words left in the text: «Les mer om … her.», «Read the full report here.»,
# «You can read our analysis at this link.», «Se hele intervjuet … øverst i saken.»
_POINTER = re.compile(
    r"(?:you can |du kan |de kan )?"
    r"(?:les|sjå|se|lytt|hør|klikk|trykk|read|see|watch|listen|click)\b.{0,80}$",
    re.IGNORECASE,
)
_POINTER_ENDS = tuple(
    f" {end}."
    for end in (
        *("her", "here", "this link", "the link below", "denne lenken", "denne lenka"),
        *("i saken", "i saka", "above", "below", "videovinduet"),
    )
)
# Where to watch, and who reports in the video: «Oppgjøret kan du se på VGTV.», «You can
# watch the match on BBC One.», «Al Jazeera's Cath Turner reports.» (short: a promo's words).
_PROMO = re.compile(
    r"\b(?i:kan du|kan de|kan dere|you can)\s+(?i:se|sjå|følge|følgje|høre|høyre|lytte|watch|"
    r"follow|listen to|stream)\b.{0,50}\b(?:på|on|via|hos)\s+(?:[A-Z\d]|(?:grafen|kartet|"
    r"videoen|nett|the (?:graph|map|video))\b)"
    r"|^(?:[\w.-]+\s+){0,3}[\w.-]+(?:'s|’s)\s+(?:[A-Z][\w'’.-]*\s+){1,3}reports"
    r"(?:\s+from\s+[^.]{2,40})?\.$"
    # «Hør podkasten «Seriesvindleren» om …», «Listen to the podcast …»: a promotion
    r"|^(?:Hør|Høyr|Lytt til|Listen to|Se|Sjå|Watch)\s+(?:på\s+)?(?:podkasten|podcasten|"
    r"episoden|dokumentaren|the podcast|the episode|our podcast)\b"
)
_PROMO_WORDS = 16


def _promo(text: str) -> bool:
    lower = text.lower()  # (the pattern only where its words are: most sentences have none)
    return (
        "kan d" in lower
        or "you can" in lower
        or "reports" in lower
        or "pod" in lower
        or "episode" in lower
        or "dokumentar" in lower
    ) and bool(_PROMO.search(text))


# A call for tips with the number to call: «ønsker tips på tlf 02800», «call 101».
_PHONE = re.compile(r"\d{3}")
_TIP_WORDS = ("ips", "tlf", "elefon", "all ", "ing ", "hone", "ontact", "nformati", "pplysning")
_TIP_LINE = re.compile(
    r"\b(?:tips|tipse|opplysninger|informasjon|information|contact|call|ring|phone|telefon|"
    r"tlf)\b[^.]{0,40}?\b(?:tlf\.?|telefon|nummer|number|on|på)?\s*\+?\d[\d ]{1,}\d"
    r"(?=[,.;)]|$)",  # (the number ends the call: not «contact 300 households»)
    re.IGNORECASE,
)
# A saying of one or two words and its speaker: «Minst! seier Stine Øen.», «No! said Pep.»
_SHORT_SAYING = re.compile(
    rf"[–—\-«\"“\s]*(?:\S+\s+){{0,1}}\S*[,!?][»”\"]?\s+(?:{SPEECH_VERBS})\s", re.IGNORECASE
)
# An answer that talks of the question, not of the matter: «Great question, though …», «I
# have a couple different answers to this one», «Det er et godt spørsmål».
_ON_THE_QUESTION = re.compile(r"\b(?:question|answers?|spørsmål(?:et)?|svar(?:et)?)\b", re.I)
# Who told the news before it: «Dette opplyser politiet til NRK.», «That is according to BBC.»
_SOURCE_NOTE = re.compile(  # (and «Folkebladet snakka med stasjonssjef …»: the reporting)
    r"(?:(?:The\s+)?[A-ZÆØÅ][\w.]+\s+(?:har\s+|has\s+)?(?:snakka|snakket|spoke|talked|spoken)\s+(?:med|with|to)"
    # («Det er NRK som melder saka.», «It was the BBC that first reported it.»)
    r"|(?:Det|It)\s+(?:er|var|is|was)\s+(?:the\s+)?[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3}\s+"
    r"(?:som|that|who)\s+(?:først\s+|fyrst\s+|first\s+)?(?:meld\w*|skriv\w*|skrev|skreiv|"
    r"omtal\w*|fortel\w*|reported|broke)"
    r"|(?:Det|Dette|Slik|That|This|That's|This's)\s+(?:(?:kom|kjem|kommer|går|gjekk|gikk)(?: det)?"
    r" fr[ae]m|opplys\w*|bekreft\w*|melde[rt]?|meldte|skriv(?:er)?|skrev|skreiv|sier|seier|sa|"
    r"mener|meiner|mente|meinte|tror|trur|"
    r"fortel\w*|viser|viste|syner|synte|(?:is |was )?according to|(?:is |was )?(?:reported|"
    r"confirmed|said|told)(?: by)?|reports|says|shows|showed))\s"
)


def _source_note(text: str, checker: MainClauses) -> bool:
    """Only a source: the opening says who told it, and no verb after it tells more."""
    match = _SOURCE_NOTE.match(text)
    if match is None:
        return False
    if _reports(match.group()):
        return True  # «Folkebladet snakka med stasjonssjef …»: how the paper reported it
    rest = text[match.end() :].split()  # (a capital is a name's or a day's: no verb)
    if any(w in _NEWS_FOLLOWS for w in rest):
        return False  # «Det viser tall at ledigheten har falt»: the news after the source
    # A short rest has no room for news: «Det opplyser mannens forsvarar, Anders Green, til
    # NTB.», «Det viser nye tall Helsedirektoratet har publisert i dag.» (a source's verb).
    # (not «politiet, som etterforsker brannen»: what the source does is news)
    short = len(rest) <= _SOURCE_ONLY_WORDS and not _TELLS_MORE.search(text, match.end())
    return short or (
        len(rest) <= 14
        and not any(w[:1].islower() and checker.is_finite(w.strip(',.!«»"')) for w in rest)
    )


def _reports(head: str) -> bool:
    """«Folkebladet snakka med …», «The Herald spoke to …» («spoken» too; str tests: every
    sentence)."""
    return "snakk" in head or "spoke" in head or "talked" in head


_NEWS_FOLLOWS = frozenset(("at", "that", "om", "if", "whether"))
_SOURCE_ONLY_WORDS = 8
_TELLS_MORE = re.compile(r", (?:som|who|which)\b")
# A sentence opening in lower case (not «iPhone»): the tail of one split after its «!», «?».
_TAIL = re.compile(r"[\s«“\"(–—-]*[a-zæøåäöü](?![\w-]*[A-ZÆØÅ])")
# A relative clause on the sentence before, set off as a sentence of its own.
_RELATIVE_FIRST = re.compile(
    r"[«“\"–—-]?\s*(?:Noe som|Noko som|Noe de|Something (?:that|which)|Which)\b"
)
# Most sentences open on a capital, which _TAIL cannot match first: no regex for them.
_CAPITAL_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


_SOCIAL = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}|(?<![\w&#])#[A-Za-zÆØÅæøå]\w{2,}|://|\bwww\.")


def make_bullet(
    sentence: Sentence,
    checker: MainClauses,
    limit: int = MAX_BULLET_WORDS,
    *,
    quoted: bool | None = None,
    lead: bool = False,
    item: bool = False,
    own_voice: bool = False,
) -> str | None:
    """The sentence as a bullet of at most `limit` words, or None if it must not be one.

    `quoted`: whether the sentence is inside a quote whose speaker is not named (see
    `unattributed_quotes`); by default, whether it opens one. `lead`: the article's lead,
    kept whole up to MAX_LEAD_WORDS once what can go is gone. `item`: a list's item.
    `own_voice`: the writer's «we» and «I» are his own (a letter, a column).
    """
    text = source_text(sentence.text)
    if text is None:
        return None  # a teaser cut off by its page, a fact box about a person
    if ("..." in text[:60] or "…" in text[:60]) and _opens_mid_sentence(text):
        return None  # «Selyukh: ...Republicans and Democrats voting …»: a sentence's tail
    if not text.endswith(TERMINAL) and (sentence.n_words < 10 or RUN_TOGETHER.search(text)):
        return None  # a crosshead or caption fragment, a fact box's lines run together
    if is_question(text) or subjectless(text, checker, checker.language) or is_courtesy(text):
        return None  # an interviewer's question, a fact box's line, «X gratulerer alle …»
    if ("@" in text or "#" in text or "/" in text or "www." in text) and _SOCIAL.search(text):
        return None  # a post embedded («… @SimonLederman … #Vote2014»), a link («https://…»)
    if text.endswith(":") or points_ahead(text) or elliptical(text):
        return None  # «LO vil få gjennomslag for å:», «Presten beskriver henne slik.»: what
        # it introduces is the news (or before it: «Bauer would love to.»)
    if text[:1] not in _CAPITAL_FIRST and _TAIL.match(text):
        return None  # «Nå ble jeg glad! jubler SVs Bjørn Jacobsen.»: the end of a sentence
    if text[:1] in ",;:)]":
        return None  # «), og deltok …»: a sentence's tail cut off at a stop inside brackets
    if text[:1] == "(" and text.rstrip(".!").endswith(")") and text.count("(") == 1:
        return None  # «(Nesbø bor i Oslo, men er fra Molde. red.anm.)»: an aside, not the news
    if _RELATIVE_FIRST.match(text):
        return None  # «– Noe som i seg selv viser at …»: the sentence before, gone on
    # (here, dette, slik, this, the following, text of; a dateline: «CHICAGO — Text of …»)
    if (text[:1] in "hHdDsStTfFI" or text[:2].isupper()) and ANNOUNCEMENT.match(text):
        return None  # «Here is a summary of the day’s news»: what follows is the news
    if page_note(text):
        return None  # «Yahoo Finance's live blog … has now concluded.», «Det skriver VG.»
    if (text.endswith(_POINTER_ENDS) and _POINTER.match(text)) or (
        (sentence.n_words <= 14 or text.startswith(_GUIDES)) and SEE_STORY.match(text)
    ):
        return None  # «Les mer om trenerens tirade her.», «Se sak for …»: a link's words
    if text.startswith(("This is ", "You", "Du h", "From ")) and SIGN_ON.match(text):
        return None  # «This is TALK OF THE NATION.»: a programme's ident
    bare = text.lstrip('–—-«“" ')
    if bare[:1] in "GTWNHKCgtwnhkc" and GREETING.match(bare) and not NEWS_AFTER.search(text):
        return None  # «Good morning, Brian, great to be back with you …»: a guest's greeting
    if sentence.n_words <= _PROMO_WORDS and _promo(text):
        return None  # «Kampen kan du se på TV 2.»: where to watch, no news
    if any(map(text.__contains__, _TIP_WORDS)) and _PHONE.search(text) and _TIP_LINE.search(text):
        return None  # «… og ønsker tips på tlf 02800»: a call for tips, no news
    if (":" in text[:25] or "," in text[:25]) and opens_with_label(text):
        return None  # «Foto: Kari Ås / NTB Politimester …»: a credit run into a caption
    if ": " in text[:50] and POST_LABEL.match(text):
        return None  # «Mann på Facebook: …»: a post quoted, its writer unnamed
    if (
        sentence.n_words <= 14
        and ": " in text[:50]
        and _ON_THE_QUESTION.search(text)
        and turn_label(text)
    ):
        return None  # «Sara Rauch: – Great question …»: an answer's words on the question
    if text[:3] == "Q: " and text[3:4].isupper():
        return None  # «Q: There's been a sense that …»: the interviewer's, however it ends
    if sentence.n_words <= 8 and _SHORT_SAYING.match(text):
        return None  # «Minst! seier Stine Øen.»: a quote's last cry, its point said before
    if sentence.n_words <= _INTRODUCTION_WORDS and introduces_only(text):
        return None  # «Geir Marthinsen er UP-sjef i Nord-Norge.»: who he is, no news
    if (text[:1] in "DSTI" or _reports(text[:40])) and _source_note(text, checker):
        return None  # «Det kom fram i en pressemelding …»: who told the news, not the news
    if quoted is None:
        quoted = is_quote(text) and not names_speaker(text)
    if not own_voice and to_the_reader(text):
        return None  # «Om du skal lese én skikkelig vintertest, er det denne!»: a teaser
    if quoted or (speaker_unknown(text) and not own_voice):
        return None  # a quote without its speaker; «vi», «I» without who they are
    if text[-1:].isalpha() and HEADLINE_CASE.match(text):
        return None  # «American Eagle to Close Stores in Glum Day for Retailers»: a headline
    cleaned = clean_sentence(text)
    words = n_words(cleaned)
    if words < MIN_BULLET_WORDS or not checker.has_main_clause(cleaned):
        return None
    if _subjectless(cleaned, checker) or (item and _infinitive_first(cleaned)):
        return None  # («Redusere antall døgn …»: a list's item, its verb in the line above)
    if words <= limit:
        return cleaned
    compressed = finish(compress(cleaned, checker))
    if lead:
        limit = max(limit, MAX_LEAD_WORDS)
    shorter = shorten(compressed, limit, checker, quote=is_quote(text))
    return compressed if shorter is None and lead and words <= _LONGEST_LEAD else shorter


_SAID = frozenset(("said", "says"))
_AND_BUT = re.compile(r", (?:men|og|but|and) ")
_VERB_FIRST_EN = frozenset("will would can could should shall must might".split())  # noqa: SIM905
_SUBJECT_AFTER_COMMA = re.compile(r", (?:(?:the|a|an|his|her|their|he|she|they|it|we|I)\b|[A-Z])")


def _subjectless(text: str, checker: MainClauses) -> bool:
    """«Expressed confidence that …», «Blir ikkje opna i dag.»: a verb first and no comma
    after which a clause could give the subject (a list's item or a headline whose subject
    is elsewhere; a question ends in «?» and is no bullet either)."""
    first, _, rest = text.partition(" ")
    first = first.strip("«“\"'(").lower()
    if first == "at" and (rest[:1].isdigit() or rest.split(maxsplit=1)[0].lower() in ENGLISH_AT):
        return False  # «At least 42 people were killed …»: English «at», a preposition
    if first in ONLY_SUBORDINATORS:
        # «At alle kan gå trygt på stadion.»: a list's item, the clause it hangs on above
        return not _clause_after_comma(text, checker)
    if first in VERB_FIRST_NO or (first in _VERB_FIRST_EN and not text.endswith("?")):
        # «Blir det regn, …»: a condition, then the statement; «Will be sadly missed.»
        # («Var ligafavoritt …, men Molde har …»: the first clause still has no subject)
        return ", " not in text or _AND_BUT.match(text, text.index(", ")) is not None
    second = rest.split(maxsplit=1)[0] if rest else ""
    if first in ("som", "who") and checker.is_finite(second.lower()):  # «Som reknar med …»:
        # a relative clause, its noun before (not «Som venta vart …», «Som forvalter av …»:
        # «as», a role of something; a relative clause's verb takes its object without «av»)
        third = (rest.split(maxsplit=2)[1:2] or [""])[0].lower()
        role = third == "av" and second.endswith(("er", "ar"))
        return not (second.lower() in _AS_EXPECTED or checker.is_finite(third) or role)
    strong = first in STRONG_PAST_NO  # («Gikk bort …»: Norwegian, whatever the words after)
    if (
        # a present, a passive or a weak past: not the noun «Bruk av …» («Tapte mot …»)
        (first.endswith(("r", "es", "as", "te", "de")) or strong)
        and "," not in text
        and second
        and (strong or reads_norwegian(text))
        and checker.is_finite(first)
    ):
        if second.lower() in NO_SUBJECT_NEXT or second[:1].isdigit():
            # («Leder av komiteen sier …»: a noun, the verb later)
            return not checker.has_main_clause(rest)  # «Består av åtte episoder …»: an item
        if second.isalpha() and second.islower() and second not in SUBJECT_PRONOUNS:
            # «Bruker tid og drar ned tempoet.»: a commentator's line, no subject after the
            # verb (not «Billetter må …»: a plural noun, its verb after it)
            return second not in DETERMINERS and not checker.is_finite(second)
    # «Med blide og fine folk, sier …»: no clause (not «På …, svarte 43,6 prosent at …»)
    speaker = _SPEAKER_AFTER_COMMA.search(text) if first in _FRAGMENT_OPENERS else None
    if first in _ARTICLES and " som " in text:  # «Ein lekkasje som breier om seg, seier …»:
        speaker = _SPEAKER_AFTER_COMMA.search(text)  # a quote's rest, its sentence gone
    if (
        speaker
        and reads_norwegian(text)
        and _NEWS_FOLLOWS.isdisjoint(text[speaker.end() :].split())
    ):
        return not checker.has_main_clause(text[: speaker.start()])
    if (said := _saying_end(text)) and reads_norwegian(text):
        # «Gir store ringvirkninger, sier varaordføreren.»: a headline's words, no subject
        saying = text[:said].split()
        return (
            checker.is_finite(first)
            and len(saying) > 1
            and saying[1].lower() not in _SUBJECTS_NB
            and not checker.has_main_clause(" ".join(saying[1:]))
        )
    if first in _SAID or (first.endswith("ed") and checker.is_finite(first)):
        # «Asked about the plan, Smith said …»: a participle's clause, then the subject;
        # «Flooded homes are being evacuated»: a participle before its noun, the verb after
        return _SUBJECT_AFTER_COMMA.search(text) is None and not (
            first not in _SAID and _verb_after_noun(text, checker)
        )
    return False


def _infinitive_first(text: str) -> bool:
    """A Norwegian verb's infinitive first, which is no noun too (redusere; not «møte»)."""
    forms, first = verb_forms("nb"), text.split(maxsplit=1)[0].lower()
    infinitive = forms.is_infinitive(first) and forms.lexicon.nominal(first) is not True
    return infinitive and reads_norwegian(text)


# The page's guide to itself, however long: «Her kan du få oversikt over forslaget, kva …»
_GUIDES = ("Her kan du", "Her kan de", "Here you can", "Use our ", "Try our ")
# A saying's end: its comma, then its speaker («…, sier varaordføreren.»)
_SPEAKER_AFTER_COMMA = re.compile(rf", (?:{SPEECH_VERBS}) ")


def _saying_end(text: str) -> int:
    """Where a saying with no comma inside it ends, if its speaker follows (else 0): at the
    first comma (read there, not by ^[^,]+, which backs up over every character)."""
    comma = text.find(",")
    return comma if comma > 0 and _SPEAKER_AFTER_COMMA.match(text, comma) else 0


# A phrase said on its own, a quote's tail: «Med blide og fine folk, sier …».
_ARTICLES = frozenset(("en", "ei", "et", "ein", "eit"))
_FRAGMENT_OPENERS = frozenset("med uten utan for til etter før i på ikke ikkje".split())  # noqa: SIM905
_SUBJECTS_NB = frozenset("jeg eg vi me du dere de dei han hun ho det dette den".split())  # noqa: SIM905
_INTRODUCTION_WORDS = 12
_AS_EXPECTED = frozenset("venta ventet forventa forventet nevnt nemnt kjent kjend sagt".split())  # noqa: SIM905


def _clause_after_comma(text: str, checker: MainClauses) -> bool:
    """«Fordi det regna, vart kampen utsett.»: a finite verb within three words of a comma
    (not a speaker's: «At dei har vinterdekk …, seier Andreas Larsen.»)."""
    for part in before_speaker(text).split(", ")[1:]:
        if any(checker.is_finite(w.strip(",.«»“”\"'").lower()) for w in part.split()[:3]):
            return True
    return False


def _opens_mid_sentence(text: str) -> bool:
    label = turn_label(text)
    return text[len(label) + 2 if label else 0 :].lstrip("«“\"'(– ").startswith(("...", "…"))


def _verb_after_noun(text: str, checker: MainClauses) -> bool:
    """«Flooded homes along the river are …»: a finite verb a few words on, before any word
    that opens a clause of its own (not «Expressed confidence that the deal would …»)."""
    for word in text.split()[2:8]:
        bare = word.strip(",.«»“”\"'").lower()
        if bare in _CLAUSE_OPENERS or word.endswith(","):
            return False
        if checker.is_finite(bare):
            return True
    return False


_CLAUSE_OPENERS = frozenset("that which who whom whose if when because while as".split())  # noqa: SIM905
