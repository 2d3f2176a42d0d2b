"""Who speaks in a sentence: quotes, their speakers, and sentences in the first person.

A quote is a bullet only with its speaker in it («..., sier X», «X: ...»); a sentence in the
first person needs who says it. bot/core/compress.py keeps an attribution whole in a cut."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING

from bot.core.case_blind import CaseBlind, alternatives, grouped, odd_case
from bot.core.page_words import ASKS_YOU, PARTICLES
from bot.core.quote_marks import own_words

if TYPE_CHECKING:
    from bot.core.clauses import MainClauses

_SPEECH_VERBS = (
    "sa|sier|seier|fortsatte|fortset|forteller|fortel|fortalde|fortalte|skriver|skriv|"
    "fortsetter(?= [A-ZÆØÅ])|"  # («…, fortsetter Hustad.»; not «Allikevel fortsetter jeg å …»)
    "understreker|understreket|understrekte|mener|meiner|meinte|mente|legger til|la til|"
    "uttalte|uttaler|påpeker|påpeika|påpekte|forklarer|forklarte|konkluderer|advarer|"
    "opplyser|opplyste|melder|meldte|bekrefter|bekreftet|bekrefta|stadfester|stadfesta|hevder|"
    "hevdet|hevda|svarer|svarte|innrømmer|innrømte|erkjenner|erkjente|konstaterer|konstaterte|"
    "presiserer|presiserte|poengterer|poengterte|fastslår|fastslo|utdyper|utdypet|utdjupar|"
    # (Nynorsk's own forms, and the rest of each verb's tenses: «…, åtvarar meteorologen.»)
    "åtvarar|åtvara|åtvarte|advarte|forklarar|understrekar|understreka|svarar|svara|hevdar|"
    "stadfestar|legg til|skrev|skreiv|påpeiker|påpeikar|konkluderte|vedgår|vedgikk|vedgjekk|"
    "medgir|medga|tilføyer|tilføyde|forsikrer|forsikret|forsikra|kommenterer|"
    "kommenterte|kommenterar|oppsummerer|oppsummerte|oppsummerar|"
    "ropte|roper|ropar|ropa|jublet|jubler|jublar|jubla|utbrøt|utbryter|skryter|skrøt|"  # (a shout)
    # («…, slår brannsjef Ola Nordmann fast.»: a particle verb, its «fast» after the name)
    r"slår(?=[^.!?]{1,80}\sfast\b)|slo(?=[^.!?]{1,80}\sfast\b)|"
    "said|says|told|added|warned|explained|confirmed|stated|insisted|admitted|claimed|noted|"
    "wrote|writes|tells|adds|stressed|argued|acknowledged|pointed out|recalled|replied|"
    "conceded|emphasised|emphasized|cautioned|responded|remarked|explains|warns|"
    "notes|insists|admits|argues|stresses|concluded|summed up|shouted|exclaimed|yelled|joked"
)
SPEECH_VERB_LIST = alternatives(_SPEECH_VERBS)
SPEECH_VERBS = grouped(_SPEECH_VERBS)  # (the same alternation, by first letter: 2x faster)
# The speech verbs of one word, as a set: a window's words are looked up, not matched.
ONE_WORD_SPEECH_VERBS = frozenset(verb for verb in SPEECH_VERB_LIST if verb.isalpha())
# «…, sier han.», «…, sa Iversen til NRK etter kampen.»: a quote's attribution after it.
SAID_AFTER = re.compile(rf"(?:,|(?<=\w)[!?])\s+(?:{SPEECH_VERBS})\s+\S", re.IGNORECASE)
# «…, oppsummerer HamKam-trener Jakob Michelsen til TV 2.»: a verb no list holds, and the
# full name of who said it (a quote with its own speaker is given in no other name).
SAID_BY_NAME = re.compile(
    r",\s+[a-zæøå]+(?:er|ar|te|et|a)\s+(?:[\w-]+\s+){0,3}[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+"
)
# A day or a month is no speaker: «, said Saturday that …», «, sier mandag at …» (not May: a name)
_CALENDAR_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"april|june|july|september|october|november|december|mandag|tirsdag|onsdag|"
    r"torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|januar|februar|mars|mai|"
    r"juni|juli|oktober|desember"
)
_CALENDAR = rf"(?:{_CALENDAR_WORDS})\b"
# The capital is looked for before the calendar words: tried at every position of a
# text, the case-blind look-ahead made a search 5x slower.
_NAME_WORD = rf"(?=[A-ZÆØÅ])(?!(?i:{_CALENDAR}))[A-ZÆØÅ][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{PARTICLES}{_NAME_WORD})*"
# Words between the verb and the name («sa Norges stjernespiller Ketil Kronberg», «sier
# Høyres leder Erna Solberg»): a genitive or a title, not a preposition or conjunction.
_TITLE_WORD = (
    r"(?!(?:da|når|i|på|til|etter|under|med|for|(?<!-\s)og|at|om|fra|frå|ved|in|on|to|after|"
    r"when|and|that|from|at|as|in)\b)[\w'’.-]+"
)
_PRONOUN_SPEAKER = r"(?:han|hun|ho|hen|he|she|de|dei|they)\b"
# «..., sa Jens Stoltenberg da han torsdag holdt pressemøte ...»: the speaker is kept
# whole, the circumstances of the saying are not news.
ATTRIBUTION = re.compile(
    rf",\s+(?:det\s+)?(?:{SPEECH_VERBS})\s+(?:(?:{_TITLE_WORD}\s+){{0,4}}{_NAME}(?![\w'’-])"
    # («sier de to sjåførene har …»: «de» of the two drivers, the words said)
    rf"|{_PRONOUN_SPEAKER}(?!\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\b|\s+\d))"
)


def before_speaker(text: str) -> str:
    """The sentence up to its speaker or source («…, sier X», «…, skriv NTB»), or whole."""
    said = ATTRIBUTION.search(text)
    return text[: said.start()] if said else text


# What may follow the speaker and go with the saying: «til NRK», «da han …», «on Monday»,
# an apposition. Anything else («, said Labour was winning …») is the sentence itself.
CIRCUMSTANCES = re.compile(
    rf"\s*(?:,|\(|(?:til|i|på|da|når|under|etter|ved|for|med|fra|frå|om|overfor|in|to|on|"
    rf"after|when|during|as|while|before|from|with|of|last|earlier|later|{_CALENDAR_WORDS}|"
    r"selv|sjølv|sjøl|himself|herself)\b"  # («…, sier Thingnes Bø selv til NRK»)
    # (English «at the briefing», not Norwegian «at det er …»: what he answered)
    rf"|at(?=\s+(?:the|a|an|his|her|their|(?-i:[A-Z]))\b))",
    re.IGNORECASE,
)
# A speaker named in the sentence: «..., sier forskeren», «Stoltenberg sier at ...». Each
# pattern with the words it needs (a speech verb's first word, ...), one of which the
# sentence must have (lower-cased): a search only for those that can match.
_SPEECH_WORDS = frozenset(re.split(r"[\s(]", verb)[0] for verb in SPEECH_VERB_LIST)
# («…, det seier Narve Heggheim»: «det» stands in for the quote)
_SPEAKER_AFTER = rf"(?:,\s+(?:det\s+)?|^|[.!?»”\"]\s+)(?:{SPEECH_VERBS})\s+(?!{_PRONOUN_SPEAKER})\w"
# «Stoltenberg sier …», not «Jeg mener …»: the speaker's own «I» names nobody.
_SPEAKER_BEFORE = rf"(?!(?:Jeg|Eg|Vi|Me|Du|Dere|We|I|You)\b){_NAME_WORD}"
_ACCORDING = r"\b(?:ifølge|ifølgje|according to)\s+\w"
_IT_SAYS = r"\b(?:står|stod|sto|heter|heiter) det i\s+\w"
_IT_SAYS_AFTER = re.compile(r", " + _IT_SAYS[2:])
_NAMED_SPEAKER = (
    # («I VG lørdag sier Støre at …»: a fronted phrase, then the verb and the name)
    (
        _SPEECH_WORDS,
        re.compile(
            rf"{_SPEAKER_AFTER}|{_SPEAKER_BEFORE}\s+(?:{SPEECH_VERBS})\b"
            rf"|\s(?:{SPEECH_VERBS})\s+(?!(?:Jeg|Eg|Vi|Me|Du|Dere|De|Dei|Han|Hun|Ho)\b)[A-ZÆØÅ]\w"
        ),
    ),
    (frozenset(("ifølge", "ifølgje", "according")), re.compile(_ACCORDING)),
    (frozenset(("står", "stod", "sto", "heter", "heiter")), re.compile(_IT_SAYS)),
)
# What a quote opens on: a dash or a quote mark.
QUOTE_OPEN = ("–", "—", "-", "«", '"', "“")
# A quote that answers the question above it (a list may follow a question heading).
ANSWER_START = ("–", "—", "- ", "«", '"', "“", "»")
FIRST_PERSON_START = re.compile(r"(?:I|We|Jeg|Eg|Vi|Me)\b")


def answered(question: str, following: str) -> bool:
    """An interviewer's question: answered by a quote, or put to «you» and answered in the
    first person («Morning Adele. How are you feeling?» over «I’m feeling good …»)."""
    if following.startswith(ANSWER_START):
        return True
    return FIRST_PERSON_START.match(following) is not None and ASKS_YOU.search(question) is not None


def is_quote(text: str) -> bool:
    """A sentence that opens with a quote dash or quote marks (not a name in quote marks)."""
    text = text.lstrip()
    return text.startswith(QUOTE_OPEN) and not _NAME_IN_QUOTES.match(text)


# «Football Manager 2009» er tilbake, «Rock Band 2» eller ...: a name in quote marks, and
# the sentence goes on; a quote is followed by its speaker or by nothing («...», sa X).
_NAME_IN_QUOTES = re.compile(rf"[«“\"][^«»“”\".!?]{{1,60}}[»”\"]\s+(?!(?:{SPEECH_VERBS})\b)[\w«“(]")


# A speaker's own words: «vi har jobbet lenge» after «..., sier Hansen.» is still the quote.
_PERSON_WORDS = frozenset(
    "jeg eg meg min mitt mine vi oss vår vårt våre du deg din ditt dine dere dykk dykkar "  # noqa: SIM905
    "we us our you your my".split()
)
_FIRST_OR_SECOND_PERSON = CaseBlind(rf"\b(?:{'|'.join(sorted(_PERSON_WORDS))})\b")


def _first_or_second_person(text: str, words: list[str]) -> bool:
    """_FIRST_OR_SECOND_PERSON.found(text), by the words (\\w+) of the lower-cased text."""
    if odd_case(text):
        return _FIRST_OR_SECOND_PERSON.found(text)
    return not _PERSON_WORDS.isdisjoint(words)


# «..., sier han.»: the quote has its speaker, though the bullet could not name him.
_PRONOUN_ATTRIBUTION = re.compile(
    rf",\s+(?:det\s+)?(?:{SPEECH_VERBS})\s+{_PRONOUN_SPEAKER}"
    rf"|,\s+(?:la|legg|legger)\s+{_PRONOUN_SPEAKER}\s+til\b"  # («…, la han til.»)
    # (and English's order: «“… at 19.0 percent,” he added.»)
    rf"|[,!?][»”\"’]?\s+(?:he|she|they)\s+(?:{SPEECH_VERBS})\b"
)


def told_by_pronoun(text: str, checker: MainClauses) -> bool:
    """«Laurdag blir fint, seier ho.»: words, quoted or not, their teller a pronoun (named
    in a sentence before); not «Fleire av dei som pendlar, seier dei er lei»: its verb."""
    found = _PRONOUN_ATTRIBUTION.search(text) if ", " in text else None
    return found is not None and checker.has_main_clause(text[: found.start()])


def said_by_pronoun(text: str) -> bool:
    """A quote whose speaker is a pronoun («…, sier han», «…,” he added»): named in the
    sentence before, so a bullet only right after that one."""
    return is_quote(text) and _PRONOUN_ATTRIBUTION.search(text) is not None


# A paragraph this long has lost its breaks (a page's text run together): a quote in it
# cannot be assumed to run on to the paragraph's end.
_RUN_TOGETHER = 8


def _left_open(text: str) -> bool:
    return (
        text.count('"') % 2 == 1
        or text.count("“") > text.count("”")
        or (text.count("«") > text.count("»"))
    )


def unattributed_quotes(sentences: Iterable[tuple[int, str]]) -> list[bool]:
    """For each (paragraph, text) in order: whether it is quoted without its speaker named.

    A quote opens with a quote dash or quote marks and runs to the sentence that names its
    speaker («..., sier X», «Det sa X», «..., sier han») or closes its marks, or to the
    paragraph's end. After its speaker, the paragraph's sentences in the first or second
    person still quote («– A, sier X. Vi har ...»); the others are the writer's again
    («Det sa X til NTB. Hun er leder for ...»). In a paragraph that lost its breaks, that
    is how an open quote is read too: its dashes and its first and second persons.
    """
    pairs = list(sentences)
    lengths = Counter(map(itemgetter(0), pairs))  # sentences a paragraph
    # (a paragraph an open quote runs into closes it: not one a stray mark left open above
    # it, «“House prices are in free fall! one commentator wrote.» and the story after it)
    closing = {p for p, text in pairs if "”" in text or "»" in text or '"' in text}
    result: list[bool] = []
    state = ""  # "", "open" (the speaker not yet named) or "said"
    paragraph: int | None = None
    told = ""  # the paragraph's sentences before this one that have quote marks (few do)
    left_open = False  # whether they leave a mark open
    for p_index, text in pairs:
        if p_index != paragraph:
            # (a quote whose marks the paragraph left open goes on in the next one: «"They
            # talked themselves up …» / «The All Black camp did not talk at all."»)
            # (the paragraph's marks, not its last sentence's: «"Kom an! | Watch this!" sa
            # Warholm …» closed its quote)
            carried = state == "open" and left_open and p_index in closing
            paragraph, state = p_index, "open" if carried else ""
            told, left_open = "", False
        opens = is_quote(text)
        # Inside marks a sentence before opened: «…, adding: “Air superiority has been
        # achieved. | The country's navy is now gone.”» quotes, its speaker not in it.
        inside = not opens and left_open
        if '"' in text or "“" in text or "”" in text or "«" in text or "»" in text:
            told = f"{told} {text}"
            left_open = _left_open(told)
        if inside:
            result.append(not _names_speaker(text, _WORDS.findall(text.lower())))
            continue
        if opens:
            state = "open"
        elif not state:
            result.append(False)  # most sentences: no quote to read (and no regex to run)
            continue
        words = _WORDS.findall(text.lower())  # (a speaker and a person are found by them)
        if state == "said":  # (its speaker matters only for a speaker's own words)
            own_words = opens or _first_or_second_person(text, words)
            result.append(own_words and not _names_speaker(text, words))
            continue
        named = _names_speaker(text, words)
        if named and opens and text[:1] in "–—" and not SAID_AFTER.search(text):
            # («– Trump hevdet at vår ledelse …»: its speaker later; «– …, heter det i dommen»)
            named = _IT_SAYS_AFTER.search(text) is not None
        result.append(
            not named
            and (lengths[p_index] <= _RUN_TOGETHER or opens or _first_or_second_person(text, words))
        )
        if (
            named
            or text.count("»") > text.count("«")
            or (not _SPEECH_WORDS.isdisjoint(words) and _PRONOUN_ATTRIBUTION.search(text))
        ):
            state = "said"
    return result


# Who speaks in the first person: «Vi kan ikke utelukke …», «We'd done enough …».
# Searched in lower case: \b(?:jeg|eg|vi|me|we)\b («we'd» too), spelt by first letter so the
# engine skips to a «j», «v», «m» or «w» (a pattern opening on \b tries every position);
# «eg» by its «g», rarer than «e», and a look back.
_FIRST_PERSON = re.compile(
    r"(?:j(?<!\wj)eg|g(?<=(?<!\w)eg)|v(?<!\wv)i|m(?<!\wm)e|w(?<!\ww)e)(?!\w)"
)
_FIRST_PERSON_WORDS = frozenset(("jeg", "eg", "vi", "me", "we"))
_I = re.compile(r"\bI\b(?![-–/])")  # (not a road's «I-25»)
# A sentence in Norwegian, whose «I» is the preposition: «I samarbeid med NRK …».
_NORWEGIAN = re.compile(
    r"[æøåÆØÅ]| (?:og|er|på|som|av|til|med|det|den|dei|de|ikke|ikkje|har|var|vart|ble|blei|om|"
    r"en|ei|et|eit|ein|seg|sin|sine|sitt|at|fra|frå|mot|etter|blir|kan|vil|skal) "
    # The preposition before a time, a place or a number: «I dag opna …», «I Oslo …».
    r"|^[«\"“–-]?\s*I (?:[A-ZÆØÅ\d]|(?:dag|går|morgon|morgen|fjor|kveld|natt|helga|helgen|"
    r"år|vår|haust|høst|sommar|sommer|vinter|tillegg|løpet|fleire|flere|mange|alle)\b)"
)


def reads_norwegian(text: str) -> bool:
    """Whether a sentence has Norwegian letters or small words («I fjor vart …» is no «I»),
    and no English ones («I would've been quite mediocre at that»: «at» is English too)."""
    return _NORWEGIAN.search(text) is not None and _ENGLISH.search(text) is None


_ENGLISH = re.compile(
    r" (?:the|a|an|and|was|were|would|that|of|with|this|have|been)\b|n't\b|'(?:ve|ll|re|m)\b"
)


_ANYONE = re.compile(r"\b(?:det|slik|alt|hva|sånn) (?:vi|me)\b|\b(?:what|as) we\b")


def speaker_unknown(text: str) -> bool:
    """A sentence in the first person that neither names nor points to its speaker: who
    «vi» or «I» is («, sier han» points to the bullet before)."""
    text = own_words(text)
    lower = text.lower()
    # (most sentences have none of the words: a substring test before the pattern)
    first_person = (
        ("I" in text and _I.search(text) is not None and not reads_norwegian(text))
        or (
            any(map(lower.__contains__, _FIRST_PERSON_WORDS))
            and _FIRST_PERSON.search(lower) is not None
            # («… i det vi har skrevet, er det …»: anyone's «we» in the writer's own clause)
            and (
                text[:1] in QUOTE_OPEN
                or len(_FIRST_PERSON.findall(lower)) > len(_ANYONE.findall(lower))
            )
        )
    )
    # («Our biggest document, the budget, is in parliament.»: whose, the reader cannot tell)
    first_person = first_person or (text[:2] in ("Ou", "My") and _OWN_FIRST.match(text) is not None)
    return first_person and _unattributed(text)


_OWN_FIRST = re.compile(r"(?:Our|My) (?!(?:correspondent|reporter|editor|analysis|own)\b)")


def to_the_reader(text: str) -> bool:
    """A sentence that speaks to the reader, no one quoted saying it: «Om du skal lese én
    skikkelig vintertest av elbiler, er det denne!», «…, tenker du kanskje.» A teaser, not
    news («– Du må …, sier Kari Moe» is a quote)."""
    lower = text.lower()
    if "du" not in lower and "you" not in lower:
        return False
    text = own_words(text)
    if "You" in text or "Du" in text:
        text = _TITLED_YOU.sub(r"\1", text)  # («… formerly Tougher Than You Thought»)
    return _YOU.search(text) is not None and _unattributed(text) and not text.startswith(QUOTE_OPEN)


def _unattributed(text: str) -> bool:
    """Neither naming its speaker nor pointing to one («, sier han»), nor after a label."""
    return (
        not names_speaker(text)
        and not _PRONOUN_ATTRIBUTION.search(text)
        and not _SPEAKER_LABEL.match(text)
    )


_YOU = re.compile(r"\b(?:[Dd]u|[Dd]eg|[Yy]ou)\b")
# «You» inside a name in capitals, a band's or a book's: «Tougher Than You Thought»
_TITLED_YOU = re.compile(r"\b([A-ZÆØÅ][\w'’]* )(?:You|Du) (?=[A-ZÆØÅ])")
# (after a word or a comma: «… for hans første spillefilm, «Som du ser meg».»)


# A speaker's name (two to four capitalised words, an initial among them: «Ole J. Berg»)
# and, after a comma, a role or club: «Kari Ås, Brann».
SPEAKER_NAME = rf"[A-ZÆØÅ][\w'’.-]+(?: {PARTICLES}[A-ZÆØÅ][\w'’.-]+){{1,3}}(?:, [^:]{{1,40}})?"
# An interview's speaker in front of the words: «David Moyes: The boys were …».
_SPEAKER_LABEL = re.compile(SPEAKER_NAME + r": \S")


# A transcript's turn as bot.core.transcript writes it: «Selyukh: …», «Dale Morrow: …».
# (a name's particles too: «Alf van der Hagen: …»)
_TURN_LABEL = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: {PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.-]+){{0,3}}: \S")


def turn_label(text: str) -> str:
    """The speaker's name in front of a turn or a quote, one word or more, or ""."""
    if ": " not in text[:80]:
        return ""  # (most sentences)
    found = _TURN_LABEL.match(text)
    return found.group()[:-3] if found else speaker_label(text)


def speaker_label(text: str) -> str:
    """The speaker's name in front of a sentence («Dale Morrow: We …» → «Dale Morrow»), or ""."""
    found = _SPEAKER_LABEL.match(text) if ": " in text[:80] else None
    return found.group()[:-3] if found else ""


def names_speaker(text: str) -> bool:
    """Whether the sentence says who is speaking by name or role, not only «han»."""
    return _names_speaker(text, _WORDS.findall(text.lower()))


def _names_speaker(text: str, words: list[str]) -> bool:
    # Most sentences have none of the words a speaker is named with: no regex for them.
    if _SPEAKER_WORDS.isdisjoint(words):
        return False
    return any(
        pattern.search(text) for needed, pattern in _NAMED_SPEAKER if not needed.isdisjoint(words)
    )


# The words of what names a speaker (_NAMED_SPEAKER): a sentence needs one of them.
_SPEAKER_WORDS = frozenset().union(*(needed for needed, _ in _NAMED_SPEAKER))
_WORDS = re.compile(r"\w+")
