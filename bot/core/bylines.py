"""Who wrote it: a byline («Av Kari Nordmann og Ola Hansen, NTB», «By Jane Doe»), a role
alone on its line («Social affairs editor»), and the names-only test credits share with it.

bot/core/furniture.py calls a byline furniture; these are the words a byline is made of.
"""

from __future__ import annotations

import re

from bot.core.page_words import (
    AGENCIES,
    FUNCTION,
    MONTHS,
    NAME_LINKS,
    PAGE_WORDS,
    ROLE_TAILS,
    ROLES,
)
from bot.core.text import spaces
from bot.core.verbs import verb_forms

_TOKEN = re.compile(r"[\w@’'-]+(?:\.\d+)*", re.UNICODE)
NUMERIC = re.compile(r"^\d[\d.:/-]*$")
_FROM_AGENCY = re.compile(r"^From (?:CNN|NBC|ABC|CBS|BBC|AP|Reuters|Fox)[’']s\s+(?=[A-Z])")
_CAMEL_JOIN = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ][a-zæøå])")


def word_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def page_token(token: str) -> bool:
    page = token in PAGE_WORDS or token in FUNCTION or token in MONTHS or token in AGENCIES
    return page or NUMERIC.match(token) is not None or token.startswith("@")


_BYLINE_HEADS = ("av ", "by ", "tekst: ", "text: ", "skrevet av ", "written by ", "review by ",
                 "photo by ", "photos by ", "photograph by ", "story by ", "words by ")  # fmt: skip
_KIND_OF_REVIEW = re.compile(
    r"^(?:theatre|theater|film|movie|book|concert|album|music) (?=review by )"
)


# A newsroom's desks, as a byline or a line under it gives them: «staff writer», «reporter».
_DESKS = r"reporter|correspondent|editor|writer|journalist"
_DESK_ROLE = re.compile(
    # (after the outlet's name: «By BBC music reporter Mark Savage»)
    rf"^\s*(?:[A-Z]{{2,}}\s)?(?:[a-z]+ ){{1,4}}(?:{_DESKS}|"
    r"commentator|photographer|journalistar|korrespondent|redaktør|medarbeidar|medarbeider) "
)


_CAPS_WRITERS = re.compile(
    r"[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){1,2} (?:OG|AND|&) [A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){1,2}"
    r"(?: [A-ZÆØÅ][a-zæøå]+)?"
)
_NAME_AGENCY = re.compile(  # a name and its agency: «Cameron MicallefNewsWire», «Kari Ås, NTB»
    r"(?:[A-ZÆØÅ][a-zæøåé'’-]+ ){1,3}[A-ZÆØÅ][a-zæøåé'’-]+(?:, ?| ?)"
    r"(?:NewsWire|AAP|NTB|NPK|AP|AFP|Reuters|Bloomberg|PA|dpa|TT|"
    r"(?<=[a-zæøå])(?:[A-Z][a-z]+){2})"  # (a site's name glued on: «Chris LeitchPerthNow»)
)


# A desk's role alone on its line, the whole line: «Social affairs editor» (not «The new
# editor», which tells of one).
_DESK_LINE = re.compile(
    r"(?!(?:The|A|An|Our|Its|His|Her|Their|New|Former) )[A-Z][a-z]+(?: [a-z]+){0,3} "
    rf"(?:{_DESKS}|commentator|photographer|analyst)"
)


_WORD = r"[A-ZÆØÅ][a-zæøåé'’-]+(?:-[A-ZÆØÅ][a-zæøåé'’]+)?"  # («Onyanga-Omara»)
_NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"
_NAME_LIST = re.compile(
    rf"{_NAME}(?:, {_NAME}){{2,}}(?:,? (?:and|og) {_NAME})?"
    rf"|{_NAME},? (?:and|og|&) {_NAME}"  # (two writers: «Kim Hjelmgaard, and Jane Onyanga-Omara»)
)


# Writers and their paper, no «By»: two names joined, or one with a middle initial (not a
# headline in capitals: «Trump Sues New York Times»).
_PAPERS = ("Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Chronicle", "Telegraph")
_WRITER = r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'’-]+"
_PAPER_BYLINE = re.compile(
    rf"(?:{_WRITER} (?:[Aa]nd|&) {_WRITER}|[A-Z][a-z]+ [A-Z]\. [A-Z][a-z'’-]+),? "
    rf"(?:[A-Z][a-z]+ ){{0,2}}(?:{'|'.join(_PAPERS)})"
)


_AGO = re.compile(
    r"\s+(?:\d{1,2}\s+(?:second|minute|hour|day|week|month)s?\s+ago"
    r"|for\s+\d{1,2}\s+(?:sekund|minutt|time|dag|uke|veke)(?:er|ar)?\s+siden)"
    r"(?:\s+in\s+[A-Z][\w&' ]{0,30})?$"
)


_DATED = re.compile(  # (or after a dash: «Theatre Review by Howard Miller - June 28, 2023»)
    r"\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? |[-–—] )(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$"
)


_DASH = re.compile(r"\s+[-–—]\s+")


_ROLE_TAIL = re.compile(rf",\s+[\w.'’ -]{{0,40}}\b(?:{_DESKS}|columnist)s?$", re.IGNORECASE)


# What the writer did, in brackets after the name: «(tekst og foto)», «(text and photos)».
_WORK_DONE = re.compile(
    r"\s*\((?:tekst|foto|text|words|photos?)"
    r"(?:(?: og | and | & )(?:foto|tekst|bilete|photos?))?\)$",
    re.IGNORECASE,
)


def is_byline(text: str) -> bool:
    """«Av Kari Nordmann og Ola Hansen, NTB», «By Jane Doe», «Kari Nordmann, journalist»."""
    if text[-1:] == ")" and (credit := _WORK_DONE.search(text)):
        named = text[: credit.start()]  # «ERLEND SPURKELAND (tekst og foto)»: who did what
        # (or a byline's names, then who took the pictures: «Av Kari Lie og Per Dal (foto)»)
        two = 2 <= len(named.split()) <= 4 and names_only(named, allow_roles=False)
        return two or (named[-1:].isalpha() and is_byline(named))
    if text[-1:].isalpha() and _NAME_AGENCY.fullmatch(text):
        return True
    if text[:2].isupper() and _CAPS_WRITERS.fullmatch(text):
        return True  # «ERLEND FRAFJORD OG ARVID BERENTSEN Stavanger»: two writers and their town
    text = _CAMEL_JOIN.sub(" ", text)  # a copied page's names run together: «Lee ChadwickAnn Ek»
    if text[-3:-2] in "’'" and text[-2:].isdigit():
        text = text[:-3].rstrip()  # «By Edith Tierney ’24»: a student writer's class year
    if "ago" in text or "siden" in text:
        text = _AGO.sub("", text)  # «By AFP     1 hour ago in World»: the stamp and section
    if text[-1:].isdigit() and (dated := _DATED.search(text)):
        named = text[: dated.start()]  # «Dan Griffin Thu, May 7»: the writer and the day
        alone = 2 <= len(named.split()) <= 4 and names_only(named, allow_roles=False)
        return alone or is_byline(named)  # («Review by X - June 28, 2023»)
    lowered = _KIND_OF_REVIEW.sub("", text.lower(), count=1)  # «Theatre Review by X»
    text = text[len(text) - len(lowered) :]
    for head in _BYLINE_HEADS:
        if lowered.startswith(head) or lowered.startswith(f"{head[:-1]}: "):  # «REVIEW BY: X»
            text = text.replace(":", "", 1) if lowered[len(head) - 1] == ":" else text
            # («By state political reporter Richard Willingham»: the desk's words first)
            rest = _DESK_ROLE.sub("", text[len(head) :], count=1)
            rest = _ROLE_TAIL.sub("", rest)  # («…, CNNMoney.com staff writer»: his desk)
            # («By DYLAN LOVAN and CAROLYN KASTER  -  AP»: the agency after a dash)
            return names_only(_DASH.sub(", ", rest), allow_roles=True)
    if text[:3] in ("For", "På ", "On ") and (signed := _ON_BEHALF.fullmatch(text)):
        # «For Oppdal bygdekvinnelag, leiar Randi Horvli»: who signs a letter or a memorial
        return names_only(signed[1], allow_roles=False)
    agency = _FROM_AGENCY.match(text)  # a live blog's entry byline: «From CNN's Evan Perez»
    if agency:
        return names_only(text[agency.end() :], allow_roles=True)
    if text.endswith(_PAPERS) and _PAPER_BYLINE.fullmatch(text):
        return True  # «John M. Glionna And Rich Connell Los Angeles Times»
    if (text.count(", ") >= 2 or " and " in text or " og " in text or " & " in text) and (
        text[-1:].isalpha() and _NAME_LIST.fullmatch(text)
    ):
        return True  # «Fabio Duarte, Sunil Midda, Alex Waite, Ryan Fisher»: a desk's writers
    if text[-1:].isalpha() and _DESK_LINE.fullmatch(text):
        return True  # «Social affairs editor» under «Alison Holt»
    tokens = word_tokens(text.replace("-", " ").replace("/", " "))
    if tokens and all(t.lower() in AGENCIES for t in tokens):
        return True  # «NTB», «(NTB)», «NTB-Reuters»
    if tokens and all(t.lower() in ROLES for t in tokens):
        return True  # «Nyheitsjournalist», «Political correspondent»
    return any(t.lower() in ROLES for t in tokens) and names_only(text, allow_roles=True)


def names_only(text: str, *, allow_roles: bool) -> bool:
    """Capitalised words, name links (og, von), agencies and roles, nothing else."""
    tokens = word_tokens(text)
    if not tokens or len(tokens) > 16:
        return False
    names = 0
    for token in tokens:
        lower = token.lower().strip(".")
        if lower in NAME_LINKS or lower in AGENCIES or page_token(lower):
            continue
        link, _, rest = token.partition("-")
        if rest[:1].isupper() and link.lower() in NAME_LINKS:
            token = rest  # al-Mughrabi, el-Sisi
        if allow_roles and (lower in ROLES or lower.endswith(ROLE_TAILS)):
            continue  # (and a role's compound: «nynorskbloggar», «kulturjournalist»)
        if not token[0].isupper():
            return False
        names += 1
    return names >= 1 or any(t.lower() in AGENCIES for t in tokens)


_ON_BEHALF = re.compile(
    r"(?:For|På vegne av|På vegner av|On behalf of) [^,.:!?\s]+ [^,.:!?]{2,60}, "
    r"(?:(?!sier |seier |sa |says |said |skriv)[a-zæøå-]+ ){0,2}"  # (a role: «leiar»)
    r"([A-ZÆØÅ][\w.-]+(?: [A-ZÆØÅ][\w.-]+){1,3})"
)


_COMPOUND_TAIL = re.compile(r"\w-[a-zæøå]| [–—-] ")  # («The Audience – Review»: a title)


def is_name_line(text: str) -> bool:
    """A short line of names only («Kari Nordmann»): furniture beside a byline or role."""
    tokens = word_tokens(text)
    if tokens and any(verb_forms(lang).is_finite(tokens[0].lower()) for lang in ("nb", "nn")):
        return False  # «Får Bokbloggerprisen», «Forsvarte Vestlandsfylket»: a headline's verb
    english = verb_forms("en")
    if any(t in _TITLE_PREPOSITIONS for t in tokens[2:]) and any(
        english.is_finite(t.lower()) for t in tokens[1:-1]
    ):
        return False  # «Amtrak Derails In Mississippi»: a headline in title case
    if any(t[-1:] == "s" and t[-2:] != "'s" and english.is_finite(t.lower()) for t in tokens[1:-1]):
        return False  # «Council Loses Legal Battle»: its verb in the present
    # «Iversen-show på Lerkendal» is a headline: a preposition joins no name to a name.
    lower_words = (t for t in tokens if t[0].islower() and t not in NAME_LINKS | ROLES)
    links = sum(t.lower() in ("og", "and", "&") for t in tokens)  # («X Y And Z W»: two)
    return (
        1 <= len(tokens) <= (7 if links == 1 else 4)
        and not _COMPOUND_TAIL.search(text)  # «Norwegian-opptur»: a heading, no name
        and not text.endswith((".", "?", "!"))  # «Astronomers Discover New Planet?»
        and names_only(text, allow_roles=True)
        and next(lower_words, None) is None
    )


_TITLE_PREPOSITIONS = frozenset(("In", "On", "At", "To", "For", "After", "Over", "Into", "From"))


# A reporter's name after a paragraph's first sentence, a local paper's byline: «Cheshire
# East councillors have narrowly agreed to consult on …, writes Belinda Ryan.»
_WRITES = re.compile(
    # (a figure's stop and quoted words inside it: «£17.5m», «the "catastrophic" failure»)
    r"^((?:[^.!?]|(?<=\d)\.(?=\d)){40,}?)(?<![«»\"“”]), writes (?!The )"
    r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+\.(?= |$)"
)


def without_writer(text: str) -> str:
    """The paragraph without its writer's name run on after its first sentence."""
    return _WRITES.sub(r"\1.", text, count=1) if ", writes " in text[:400] else text


AUTHOR_BOX = frozenset(
    ("about the author", "om forfatteren", "om skribenten", "om artikkelforfattaren")
)
# The writer's bio under the box's label: «Frank Morris is the news director at KCUR …»
_BIO = re.compile(r"(?:[A-ZÆØÅ][\w'’.-]+ ){1,3}(?:is|was|er|var) (?:an?|the|en|ei|et|eit)? ?\w")


def author_box(texts: list[str], i: int) -> range:
    """The label, the role's short lines under it and the writer's bio (one sentence)."""
    end = i + 1
    while end < len(texts) and spaces(texts[end], 5) < 5 and not texts[end].endswith("."):
        end += 1  # «Senior Reporter»
    if end < len(texts) and _BIO.match(texts[end]) and texts[end].count(". ") == 0:
        end += 1
    return range(i, end)


# A body's own box under the story: «Key facts about the RNLI» / «The RNLI charity saves
# lives at sea. …», «Notes to editors» / «About Acme: …» (what it always says of itself).
_ABOUT_BODY = re.compile(
    r"(?:Key facts|Fast facts|Facts|About|Notes to editors?)(?: about| on)? (?:the )?"
    r"([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
)


def about_box(texts: list[str], i: int) -> range:
    """An author's box (its label, role and bio), or a body's box about itself: its label
    and the paragraph under it that names the body; else nothing."""
    if texts[i].lower() in AUTHOR_BOX:
        return author_box(texts, i)
    body = _ABOUT_BODY.fullmatch(texts[i])
    if body is None or i + 1 >= len(texts) or body.group(1) not in texts[i + 1][:80]:
        return range(0)
    return range(i, i + 2)


def fact_box(texts: list[str], i: int) -> range:
    """A fact box on what the story is about: «Fakta om fiskeørn» over its lines, each on
    the thing it names («Fiskeørnen er en stor rovfugl …», «Vingespennet er …»), up to the
    next heading or a line on something else; else nothing."""
    label = _FACT_BOX.search(texts[i]) if "akta om " in texts[i][-50:] else None
    if label is None:
        return range(0)
    stem = label.group(1).split()[0].lower()[:5]
    end = i + 1
    while end < len(texts) and end - i <= _FACT_LINES:
        words = texts[end].split()
        if len(words) < 3 or (not words[0].lower().startswith(stem) and end - i > 2):
            break  # (the first lines may open otherwise: «Vingespennet er på 145-170 cm.»)
        end += 1
    # (a box on the thing it names, not one on the story's case: «Fakta om trygdeskandalen»)
    named = any(texts[j].lower().startswith(stem) for j in range(i + 1, end))
    return range(i, end) if named else range(0)


_FACT_BOX = re.compile(r"(?:^|(?<= ))(?:Fakta|FAKTA) om ([a-zæøåA-ZÆØÅ][\w -]{2,40})$")
_FACT_LINES = 6


def byline_run_in(text: str) -> int:
    """Where a print page's byline run into the paragraph's first words ends, or 0: its
    dateline or its address glued on («RAGNHILD HOVKnarvikKommunen vil …», «MAGNUS VOLLSET
    magnus.vollset@bt.noMandag …», «KARI LUNDEkari.lunde@avisa.no I likhet med …», «By Ann Lee
    ann.lee@post.com Police said …»)."""
    if text[1:2].isupper() and (caps := _CAPS_BYLINE_RUN.match(text)):
        return caps.end()
    mail = _BYLINE_MAIL.match(text) if "@" in text else None
    return mail.end() if mail else 0


_CAPS_BYLINE_RUN = re.compile(
    r"[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){1,2}(?:[A-ZÆØÅ][a-zæøå]+| [\w.-]+@[\w-]+\.[a-z]{2,3})"
    r"(?=[A-ZÆØÅ][a-zæøå])"
)
_BYLINE_MAIL = re.compile(
    r"(?:(?:[Aa]v|[Bb]y) )?(?:[A-ZÆØÅ][\w.'’-]*(?: [A-ZÆØÅ][\w.'’-]*){0,3} ?)?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}[ \t]+(?=[A-ZÆØÅ«\"“–])"
)
