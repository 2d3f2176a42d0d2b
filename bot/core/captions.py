"""Photo captions run into prose: keep the prose, drop the caption and its credit.

When a page loses its paragraph breaks (text copied from a page, NorSumm's blocks), a
photo's caption and credit run on from the paragraph before them: «Albania ble onsdag
tatt opp i NATO. Her i Tirana henger et banner. Foto: Reuters». The credit closes its
caption, and the caption is the sentence or two right before the credit:

- with a label («Noe i lufta: …», «JUBEL: …», 1–4 words, not a speaker's name), all
  from the label to the credit;
- without one, the last sentence before the credit if it is short (up to 20 words), and
  the one before it if it reads as a caption too: a deictic opening («Her …», «Bildet
  viser», «Pictured»), no finite verb, or no verb in the past tense (a caption describes
  what the photo shows).

A sentence in the past tense before the caption is the article's news and stays. When every
sentence reads as a caption the block is one, and bot.core.furniture drops it whole. A kicker
before the prose goes with the caption («Protesterer: Hundretusenvis i gatene. Streik.»).
"""

from __future__ import annotations

import re

from bot.core.case_blind import CaseBlind
from bot.core.clause_choice import main_clause_in_any_language
from bot.core.clauses import LANGUAGES, ClauseChecker, clause_checker
from bot.core.language import detect_language
from bot.core.lexicon import lexicon
from bot.core.page_words import LINK_ENDS, TRAILING_LINK
from bot.core.picture_words import PLACED_WORD, SHOWN_HERE
from bot.core.speakers import QUOTE_OPEN
from bot.core.text import sentences, spaces
from bot.core.wire_captions import dated_like_a_picture, is_wire_caption, posed_caption

# A photo credit closing a caption: «… Foto: Ole Berg-Rusten / NTB», «… Photo / NZME», glued
# on («… CastleImage: Bernd von Jutrczenka/dpa»), after a word: «… junction Picture: ARCHANT».
CREDIT_TAIL = re.compile(
    r"(?:^|[\s.(]|(?<=[a-zæøå])(?-i:(?=[FPIB])))(?:foto|bilde|bilete|photo|photograph|illustrasjon(?:sfoto)?|grafikk|kart|video|kilde|credit|"
    r"image source|image(?=\s*[:©])|arkivfoto|faksimile|"  # («… Image © Kari Ås/Shutterstock»)
    r"(?:(?<=[.!?] )|^|(?<=[a-z] )(?=Picture: [A-Z]{3,}))(?-i:Picture))\s*(?:/\s*video\s*)?"
    r"(?: courtesy)?(?:[:,|]|(?<=\s)/|(?=©))\s*"  # («Photo courtesy: Twitter/@X»)
    # (a name, a site: «Photograph: guardian.co.uk», an empty field: «Foto: , Kari Ås, VG»)
    r"(?=[A-ZÆØÅ©(]|\d+-[A-ZÆØÅ]|, [A-ZÆØÅ]|(?-i:[a-z][\w-]+\.(?:no|com|net|org|co\.uk)$))"
    r"(?:(?:kart|grafikk)\s*:\s*)?"  # (an initial's stop, a site's: «… / KSU.NO»)
    r"(?:[^.!?:]|(?<=\s[A-ZÆØÅ])\.|(?<=\w)\.(?=(?:no|com|net|org|se|dk|co|uk)\b)){1,60}\)?\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_WORD = CaseBlind(
    r"foto|bild|bilete|photo|illustr|grafikk|kart|video|kilde|credit|image|fak|picture"
)
# A credit in brackets: «(Foto: Kari Ås / NTB)», «(Image: Archant)».
CREDIT_BRACKET = re.compile(
    r"\((?:[A-Z]{2,8}\s+)?(?:foto|bilde|bilete|photo|image|picture|illustrasjon|grafikk)"
    r"(?: by)?\s*[:/|]"  # («(Photo by: Local Democracy Reporting Service)»)
    r"[^)]{1,60}\)"
    # or what kind of picture it is: «(Representative photo)», «(Illustrasjonsfoto)»
    r"|\((?:representative|file|illustrative|stock)\s+(?:photo|image|picture)\)"
    r"|\((?:illustrasjons|arkiv)(?:foto|bilde|bilete)\)"
    # or whence a picture came, closing its caption: «… over his death. (Police Media)»,
    # «(Supplied: Jaye Hall)», «(Sean Kavanagh/CBC)»
    r"|\((?:Supplied|Police Media|Facebook|Instagram)\)\s*$"
    r"|\((?:Supplied|Submitted|Contributed|Courtesy)(?::| by) [^()]{2,50}\)\s*$"
    # an agency's or a broadcaster's photographer: «(AAP: Erik Anderson)», «(ABC News: Jo Li)»
    r"|\((?:AAP|AP|AFP|EPA|Reuters|Bloomberg|Getty Images|ABC(?: [A-Z][\w]+){0,2}): "
    r"[^()]{2,50}\)\s*$"
    r"|\((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+ ?/ ?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}\)"
    r"(?: \(PA (?:Wire|Media|Archive)\))?\s*$"  # («(Jacob King/PA) (PA Wire)»)
    r"|\(PA (?:Wire|Media|Archive)\)\s*$"
    r"|\((?<=[.!]\()(?:ABC News|AAP|AP|AFP|Reuters|Getty Images|Supplied|Twitter)\)\s*$",  # glued
    re.IGNORECASE,
)
# A credit without a label after a caption's stop: «Getty Images», «REUTERS/Ivan Alvarado»,
# «AP Photo/Jane Doe», «Kari Ås / NTB scanpix» (not a bare «NTB»: wire prose ends so).
_AGENCY_CREDIT = re.compile(
    r"(?<=[.!?»”])\s+(?:[A-ZÆØÅ][\w'’-]+\s+){0,3}(?:via\s+)?Getty Images\s*$"
    r"|(?<=[.!?»”])\s+(?:REUTERS|AP Photo|AFP|EPA|NTB|Reuters|Shutterstock|iStock|Alamy|UPI)"
    r"\s*/\s*[A-ZÆØÅ][\w .'’-]{2,40}(?:\s*\|\s*License Photo)?$"  # («… | License Photo»)
    r"|(?<=[.!?»”])\s+(?:[-–]\s+)?(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}/\s*(?:NTB|NTB scanpix|Scanpix|"
    r"Reuters|AP|AFP|EPA|NPK|Getty Images|Unsplash|Pexels|Pixabay)\s*$"  # («- Kari Ås / Unsplash»)
    # a photographer and his paper, the caption's stop glued on: «… Broadway. Elisha
    # Dacey/Global News», «… 3.75 per cent.BLAIR GABLE/Reuters»
    r"|(?<=[.!?»”])\s*(?:[A-ZÆØÅ][\w'’-]+\s+){1,2}[A-ZÆØÅ][\w'’-]+/[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*){0,2}\s*$"
    # a British paper's «… outside Downing Street. Picture: PA», «… flooding Picture: SARAH
    # LUCY BROWN Archant» (where the caption has no stop: the name in capitals, its paper)
    r"|(?<=[.!?»”])\s+Picture:\s*[A-Z][\w .&/'’-]{1,40}$"
    r"|(?<=[a-z])\s+Picture:\s*[A-Z]{2,}(?: [A-Z]{2,}){1,3}(?: [A-Z][a-z]+)?$"
    # (the Guardian's without a colon: «… uncertain futures. Photograph Sarah Lee for the Guardian»)
    r"|(?<=[.!?»”])\s+Photograph (?:[A-Z][\w'’-]+ ){1,3}for (?:the )?[A-Z][\w ]{1,30}$"
    # (a Chinese paper's agency after a slash alone: «… in its 117-year history. /VCG»)
    r"|(?<=[.!?»”])\s+/(?:VCG|Xinhua|CFP|IC|CNS|AFP|AP|Reuters|EPA)$"
)
# «Noe i lufta: », «JUBEL: », «Stolte: »: a caption's label of one to four words. (Possessive:
# giving a word back can never reach the colon, and backtracking through a paragraph is slow.)
_LABEL = re.compile(r"^([A-ZÆØÅ][\w’'-]*+(?:\s[\w’'-]++){0,3}+)\s*:\s+(?=\S)")
# A caption that says what the photo shows: «Her …», «Bildet viser …», «Pictured: …».
_DEICTIC = re.compile(
    r"^(?:her\b|bildet\b|biletet\b|på bildet\b|på biletet\b|dette bildet\b|pictured\b|"
    r"here\b|this (?:photo|picture|image)\b|the (?:photo|picture|image) shows\b)",
    re.IGNORECASE,
)
_CAPTION_WORDS = 45  # words: a caption is a sentence or two
_SHORT_CAPTION = 20  # words: two sentences this short over a credit are its caption
CAPTION_SENTENCE = 20  # words: a caption's sentence without a label is short
# English pasts that no ending tells: «took», «said».
# fmt: off
_PAST_EN = frozenset("""
was were had did said went came took gave saw stood knew found lay sat held won lost meant
got made told thought kept brought ran became shot spoke wrote
""".split())  # noqa: SIM905
# fmt: on
# Norwegian presents without an -r: «kan», «vil», «kjem», «ligg» (the rest end in -r or -s).
_PRESENT_NO = frozenset(
    "kan skal vil må bør vet veit kjem tek gjev ligg sit held vinn treng legg set fell "  # noqa: SIM905
    "gjeld ber".split()
)


def credit_tail(tail: str) -> re.Match[str] | None:
    """CREDIT_TAIL's search, after a cheap test for the words every credit has."""
    if not _CREDIT_WORD.found(tail):
        return None
    return CREDIT_TAIL.search(tail) or _BY_CREDIT.search(tail) or _BARE_FOTO.search(tail)


# «… skikkeleg feiring. Foto Jon Olav Ørsal»: no colon; «… travel problems. Photo:»: no credit
_BARE_FOTO = re.compile(
    r"(?<=[.!?] )(?:Foto|FOTO|Photo) [A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){1,3}\s*$"
    r"|(?<=[.!?] )(?:Foto|FOTO|Photo|Bilde|Image):\s*$"  # (or its credit left out)
)
# «… dentist office in Irondequoit. Video by Shawn Dowd Shawn Dowd»: a credit in words, after
# the caption's stop or bar (not «… a video by Ola Nordmann.»: the prose's; «| Image by Reddit»)
_BY_CREDIT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<= \| ))(?:Photo|Photograph|Picture|Video|Image) by "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,5}"
    r"(?:/[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4})?\s*$"  # («Photo by Bill Ingram/The Post.»)
)


def credit_start(text: str) -> int:
    """Where a photo credit closing the text starts, or -1: «… Foto: Reuters»."""
    tail = text[-90:]
    offset = len(text) - len(tail)
    found = credit_tail(tail)
    if found:
        return offset + found.start() + (found.group()[0] in " .")  # «(Foto: …)» from «(»
    if tail.endswith(")"):
        bracket = CREDIT_BRACKET.search(tail)
        if bracket and bracket.end() == len(tail.rstrip()):
            return offset + bracket.start()
    # (every agency credit has a slash, Getty's name or a «Photograph»: the pattern looks
    # behind at every position of a tail that has none)
    if tail[-1:].isalpha() and ("/" in tail or "Getty Images" in tail or "Photograph " in tail):
        agency = _AGENCY_CREDIT.search(tail)
        if agency:
            return offset + agency.start()
    return -1


def ends_in_agency_credit(unit: str) -> bool:
    """«… on Broadway. Elisha Dacey/Global News»: a photo's caption, its credit unlabelled."""
    tail = unit[-90:].removesuffix(".")
    if tail.endswith(_LONE_AGENCIES) and _AGENCY_ALONE.search(tail):
        return True  # «… 'create options for itself going forward'. AFP»
    return (
        tail[-1:].isalpha()
        and ("/" in tail or "Picture:" in tail or "Photograph " in tail)
        and _AGENCY_CREDIT.search(tail) is not None
    )


_LONE_AGENCIES = ("AFP", "AP", "Reuters", "REUTERS", "EPA", "Getty Images", "Bloomberg")
_AGENCY_ALONE = re.compile(rf"[.!?'’\"”] (?:{'|'.join(_LONE_AGENCIES)})$")


# «BRANN: Eneboligen brant søndag. Håkon Glatved-Prahl»: a caption, its photographer's name
# after its stop and nothing after it; no paragraph of prose ends on a bare name. (In brackets
# too: «… i Oslo. (Jacob Krogvold)»; not after an initial's or a saint's stop: «…, U.N. Refugee
# Agency Says», «Baby Elephant Born at St. Louis Zoo».)
_BARE_CREDIT = re.compile(
    r"\w\w(?<!\b(?:St|Mt|Dr|Mr|Ft|Jr|Sr))[.!]\s(\()?(?:[A-ZÆØÅ][\w'’]+(?:-[A-ZÆØÅ][\w'’]+)?\s){1,2}"
    r"[A-ZÆØÅ][\w'’]+(?:-[A-ZÆØÅ][\w'’]+)?(?(1)\))$"
)
_BARE_CREDIT_WORDS = 40  # a caption is short


def ends_in_bare_credit(unit: str) -> bool:
    """«Huset brant søndag. Håkon Glatved-Prahl»: a caption, its photographer's name last."""
    return (
        (unit[-1:].isalpha() or unit[-1:] == ")")
        and unit.count(" ") < _BARE_CREDIT_WORDS
        and _BARE_CREDIT.search(unit[-70:]) is not None
    )


def ends_in_credit(unit: str) -> bool:
    """«… Foto: Ole Berg / NTB»: a caption's credit closes the unit."""
    return credit_tail(unit[-90:]) is not None


def prose_before_caption(text: str) -> str | None:
    """The prose of a text that ends in a photo caption and its credit, without them.

    None when the text has no credit at its end or is all caption (a caption alone, or a
    kicker and a caption): the furniture rules decide on it whole.
    """
    start = credit_start(text)
    if start <= 0:
        return None
    head = text[:start].rstrip()
    language = detect_language(head)  # for the splitter: a short caption may fool it
    parts = sentences(head, language if language in LANGUAGES else "nb")
    if len(parts) < 2 or (len(parts) == 2 and head.count(" ") < _SHORT_CAPTION):
        return None  # («Sigrid slo gjennom i 2017. Her fra Koengen i 2019. Foto: …»: all caption)
    start = _caption_start(parts)
    kept = _without_kicker(parts[:start]) if start >= 0 else []
    return " ".join(kept) if kept else None


def _caption_start(parts: list[str]) -> int:
    """The index of the caption's first sentence (its label, or the run that reads as one),
    or -1 when the sentence before the credit is too long to be a caption."""
    words = 0
    for i in range(len(parts) - 1, -1, -1):
        words += parts[i].count(" ") + 1
        if words > _CAPTION_WORDS:
            break
        label = _LABEL.match(parts[i])
        if label and _caption_label(label.group(1), parts[i][label.end() :]):
            return i
    # The sentence before the credit is its caption, and the one before it may be too; a
    # long one is the article's, and the credit alone goes (bot.core.furniture).
    start = len(parts) - 1
    if parts[start].count(" ") >= CAPTION_SENTENCE:
        return -1
    if start > 0 and _reads_as_caption(parts[start - 1]):
        start -= 1
    return start


def _caption_label(label: str, rest: str) -> bool:
    """«Noe i lufta», «JUBEL»: a label, not a speaker («Støre: – Vi …», «Kari Lie: …») and
    not a kicker over verbless lines («Protesterer: Hundretusenvis i gatene.»)."""
    if rest.startswith(QUOTE_OPEN):
        return False
    words = label.split()
    if len(words) >= 2 and all(w[0].isupper() for w in words) and not label.isupper():
        return False  # a name: «Kari Lie», «Jonas Gahr Støre»
    if any(w.lower() in c.finite_words for w in words[1:] for c in _checkers()):
        return False  # «Beskjeden var klar: …», «Han sa det slik: …» are sentences
    return main_clause_in_any_language(rest)


def _reads_as_caption(sentence: str) -> bool:
    """«Her i Tirana henger …», «Folk i gatene.», «Protesters march in Santiago.»."""
    if sentence.startswith(QUOTE_OPEN):
        return False  # a quote is the article's
    if _DEICTIC.match(sentence):
        return True
    tokens = {t.strip('.,;:!?»«”“"()').lower() for t in sentence.split()}
    return not any(_past(checker, t) for checker in _checkers() for t in tokens if t)


def _past(checker: ClauseChecker, word: str) -> bool:
    """A finite verb in the past tense: «ble», «vedtok», «jublet», «samla», «welcomed»."""
    if checker.language == "en":
        return word in _PAST_EN or (word.endswith("ed") and checker.is_finite(word))
    if word in _PRESENT_NO or word.endswith(("r", "s")):
        return False  # «er», «krever», «samles», «finst»: a present
    return checker.is_finite(word)


def _without_kicker(parts: list[str]) -> list[str]:
    """Drop a kicker in front of the prose: «Protesterer: Hundretusenvis i gatene.» and the
    verbless lines after it («Generalstreik.»)."""
    label = _LABEL.match(parts[0]) if parts else None
    if not label or main_clause_in_any_language(parts[0][label.end() :]):
        return parts
    rest = 1
    while rest < len(parts) and not main_clause_in_any_language(parts[rest]):
        rest += 1
    return parts[rest:]


def _checkers() -> tuple[ClauseChecker, ...]:
    """Bokmål's, Nynorsk's and English's: a block too short to tell its language is read by all."""
    return tuple(clause_checker(code) for code in LANGUAGES)


# A caption's label alone on its line, the caption on the next: BBC's «Media caption,».
_CAPTION_LABEL_LINE = re.compile(
    r"^(?:image|media|video|photo) caption\s*[,:]?$|^(?:bildetekst|bilettekst)\s*:?$",
    re.IGNORECASE,
)


_CAPTION_LABEL_END = re.compile(r"(?:image|media|video|photo) caption\s*[,:]?$", re.IGNORECASE)


def label_of_words(words: list[str]) -> bool:
    """Whether a label in capitals says words the dictionary knows («RAS», «DRAPSDØMT»): a
    photo's label; a place's name («NAMDALSEID», «MARNARDAL») is a dateline."""
    return any(lexicon(language).known(word) for language in LANGUAGES for word in words)


def is_caption_label(text: str) -> bool:
    """«Image caption,», «Bildetekst:» alone, or ending the alt text's line it was run into
    («… Question 3Image source, Getty Images Image caption,»): the line below is a caption."""
    if len(text) < 20:
        return _CAPTION_LABEL_LINE.match(text) is not None
    return text.endswith((",", ":", "n")) and _CAPTION_LABEL_END.search(text[-20:]) is not None


# A photographer's name in brackets closing a name or a sentence: a short caption's credit.
_SHOT_BY = re.compile(
    r"(?:[A-ZÆØÅ][a-zæøåé]+|\.) \([A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé-]+){1,2}\)$"
)


_FROM_LEFT = re.compile(  # who stands where, from the left
    r"(?:F\.v\.|Fra v\.|Frå v\.|Fra venstre|Frå venstre|From left|L-R|\(L-R\))[:,]? "
    # (or where the picture stands on the page: «Øvst: Rektor …», «Midten: …», «Top: …»)
    r"|(?:Øvst|Øverst|Nedst|Nederst|Midten|Top|Above|Below|Inset): (?=[A-ZÆØÅ])"
)
_MAP_CREDIT = re.compile(  # (and a picture's agency: «… first elected president in 2010 [AFP]»)
    r" \[(?:File: )?(?:Google|Google Maps|Google Street View|Getty Images|PA|AFP|AP|Reuters|EPA|"
    r"EPA-EFE|Al Jazeera|Anadolu|Xinhua)\]$"
)
_IN_THIS_PHOTO = re.compile(  # (its file label first: «**FILE** In this May 25, 2010 file photo»)
    r"(?:\*\*FILE\*\* |FILE ?[-–—] )?"
    r"In (?:this|these|an?) (?:[\w.,]+ ){0,5}?(?:photo|image|picture|photograph|frame grab|"
    r"video grab|still)s?(?=[ ,])"
)

_DRAWN = re.compile(
    r"(?:Artist(?:'s|’s)? (?:conception|impression|rendering|illustration)|Illustration|"
    r"Illustrasjon|An? (?:artist(?:'s|’s)? |aerial |CGI )?(?:conception|impression|rendering"
    r"|visualisation) (?:of|shows))\b"  # («An aerial impression of the planned development»)
)


def is_caption(unit: str) -> bool:
    """«JUBEL: Spillerne feiret. (Foto: Kari Ås / NTB)»: a short text with a bracketed credit;
    a wire photo's caption: «Smoke rises …, in Gaza City May 12, 2021. REUTERS/Jane Doe»."""
    if is_wire_caption(unit) or dated_like_a_picture(unit) or posed_caption(unit):
        return True
    if unit[:3] in ("In ", "FIL", "**F") and _IN_THIS_PHOTO.match(unit) and spaces(unit, 150) < 150:
        return True  # «In this handout photo provided by NASA, …»: an agency picture's words
    if unit[:1] in "FL(ØNMTAIB" and _FROM_LEFT.match(unit) and spaces(unit, 60) < 60:
        return True  # «F.v. administrerende direktør Stein Lier-Hansen …»: who stands where
    if unit[:1] in "AI" and _DRAWN.match(unit) and spaces(unit, 60) < 60:
        return True  # «Artist conception: using a network of small telescopes, …»: a drawing's
    if unit.endswith("]") and _MAP_CREDIT.search(unit[-28:]) and spaces(unit, 40) < 40:
        return True  # «The M40 northbound … was closed … [Google]»: a map's picture
    if "/" in unit[:40] and _CREDIT_FIRST.match(unit) and spaces(unit, 40) < 40:
        return True  # «Johan Persson/PA Wire The cast of …»: a picture's credit, its caption
    if unit.endswith("| License Photo"):
        return True  # «… in the country. UPI/Ali Bitar | License Photo»: a wire picture's
    if spaces(unit, 60) < 60 and SHOWN_HERE.search(unit):
        return True  # «…, her sammen med Carl von Hessen … Vis mer»: a picture's caption
    if "(" not in unit or spaces(unit, 60) >= 60:
        return False
    # Where a person stands in a picture: only a caption says it. (Abbreviations and «i
    # midten» are looked for as strings first: most captions have neither.)
    if "(t." in unit or "(f." in unit or "(i m" in unit or PLACED_WORD.search(unit):
        return True  # «… Osmund Faremo (i midten) saman med Ulf Sand (t.v.) …»: who stands where
    if spaces(unit, 45) >= 45:
        return False
    if spaces(unit, 12) < 12 and _SHOT_BY.search(unit):
        return True  # «Stein Torleif Bjella (Hilde Unosen)»: who is shown, and who shot it
    if unit.endswith(")") and _NAMED_CREDIT.search(unit[-70:]):
        return True  # «… on Tuesday. (City of Saint John)», «(Joe Smith/CBC)»: who gave it
    if spaces(unit, 30) >= 30:  # a longer one only with the credit closing it
        return unit.endswith(")") and CREDIT_BRACKET.search(unit[-70:]) is not None
    return CREDIT_BRACKET.search(unit) is not None


# A photographer and an agency in front of a caption: «Johan Persson/PA Wire The cast …»
_CREDIT_FIRST = re.compile(
    r"(?:[A-ZÆØÅ][\w'’-]+ ){1,3}?[A-ZÆØÅ][\w'’-]+ ?/ ?(?:PA Wire|PA Media|PA|Reuters|REUTERS|AP|"
    r"AFP|EPA|NTB|Getty Images|Shutterstock|Alamy)\b"
)
# A credit after a caption's stop: capitalised words only, two or more or with a slash.
_NAMED_CREDIT = re.compile(
    r"[.!?] \((?:[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|and|for)){1,5}"
    r"|[A-Z][\w.'’-]*/[A-Z][\w.'’ -]*)\)$"
)


def strip_tail(text: str) -> str:
    """A long paragraph is prose even with a credit or a «Les også: …» stuck to its end."""
    head, tail = text[:-160], text[-160:]
    if "les" in tail.lower() or "read" in tail.lower() or tail.endswith(LINK_ENDS):
        tail = TRAILING_LINK.sub("", tail)
    end = tail[-90:]
    credit = credit_tail(end)
    if credit:
        stop = "." if credit.group()[0] == "." else ""
        tail = tail[: len(tail) - len(end) + credit.start()] + stop
    return (head + tail).rstrip()
