"""A person a bullet names by surname alone gets the full name the article gives.

An article introduces «John Key» and goes on with «Key»; a digest that drops the
introduction would leave «… Key said.»: the first bullet on him says «John Key».
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from bot.core.lexicon import lexicon
from bot.core.name_words import (
    TITLES,
    a_word,
    honorific_before,
    is_title,
    other_name_before,
    role_before_name,
    written_bare,
    written_before,
)
from bot.core.quote_marks import opens_quote
from bot.core.spacing import edited_within
from bot.core.speakers import ATTRIBUTION, ONE_WORD_SPEECH_VERBS, SPEECH_VERBS, reads_norwegian
from bot.core.stopwords import stopwords
from bot.core.text import word_positions

# Two names in a row: «John Key», «Kåre Ingebrigtsen», «Marit Lie-Hansen».
# A name's small letters, a foreign name's too: «Chloë», «Müller», «José»
NAME_LOWER = "a-zæøåäöüéèëáàíóúñç"  # (not «ê», «ô»: Nynorsk's «uvêret», «fôr»)
GIVEN_REST = rf"[{NAME_LOWER}]+(?:-[A-ZÆØÅ][{NAME_LOWER}]+)?"  # (after its capital)
GIVEN = rf"[A-ZÆØÅ]{GIVEN_REST}"
_SECOND_NAME = re.compile(
    rf"[A-ZÆØÅ](?:[{NAME_LOWER}]+|(?<= [A-ZÆØÅ])\.) (?=([A-ZÆØÅ][\w'’-]+))"
)  # (overlapping: «Per Steinar Stamnes»)
_CAPITALISED = re.compile(rf"[A-ZÆØÅ](?<![\w'’-][A-ZÆØÅ])[{NAME_LOWER}][\w'’-]+(?![\w'’-])")
# One or two given names before a surname: «John Key», «Jonas Gahr Støre», «Hanne H. Bragstad»
_GIVEN_BEFORE = re.compile(  # (the capital first: the engine skips to one)
    rf"([A-ZÆØÅ](?<![\w'’-][A-ZÆØÅ]){GIVEN_REST}(?: {GIVEN}| [A-ZÆØÅ]\.)?) $"
)
# A given name and a name after it (overlapping: «Prime Minister Theresa May»).
# («Theresa May's repeated assertions»: a genitive's too)
_NAME_AFTER_GIVEN = re.compile(  # (the capital first, what is before it after: found fast)
    rf"([A-ZÆØÅ](?<![\w'’-].){GIVEN_REST})"
    rf" (?=([A-ZÆØÅ][{NAME_LOWER}]+)(?![\w-]|['’](?!s\b)))"
)


def named_words(text: str, words: frozenset[str]) -> dict[str, str]:
    """The `words` (of every story: «may») the text writes as a surname after a given name,
    each with its full name as most often written: «Theresa May»; not «In May»."""
    found = Counter(
        (surname, given)
        for given, surname in _NAME_AFTER_GIVEN.findall(text)
        if surname.lower() in words
        and given.lower() not in words
        and given.lower() not in TITLES
        and surname.lower() not in TITLE_SMALL  # («The Dog In The Night-Time»: a title's)
    )
    return {surname: f"{given} {surname}" for (surname, given), _ in reversed(found.most_common())}


def _pairs(surname: str, text: str) -> Iterator[tuple[str, int]]:
    """The given names written before the surname, and where; not before another name."""
    after = len(surname)
    for at in word_positions(surname, text):
        # (a capital opening the word before, or no name: a cheap test before the pattern)
        # (a paragraph may open on it: «\n\nTrond Lødøen er forskar …»)
        word_before = (
            max(text.rfind(" ", 0, max(0, at - 1)), text.rfind("\n", 0, max(0, at - 1))) + 1
        )
        named = at > 1 and text[at - 1] == " " and text[word_before : word_before + 1].isupper()
        end = at + after
        name_after = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        # («National Union of Journalists»: a body's name, no person's)
        name_after = name_after or (
            text.startswith(" of ", end) and text[end + 4 : end + 5].isupper()
        )
        # («felte Markus Nakkim Sogndal-innbytar …»: a club's word in a compound, no surname)
        name_after = name_after or (
            text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()
        )
        if named and not name_after:
            found = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
            if found:
                given, start = found.group(1), found.start()
                before = max(0, start - 40)
                if " " in given and (
                    _NAME_RUN_BEFORE.search(text, before, start)
                    or _PLACE_OF_WORK.search(text, before, start)  # «sjef i Avinor Thomas …»
                ):
                    # «dagleg leiar i Momentium Live Ronny Stokke»: a firm's name, then his
                    given, start = given.rsplit(" ", 1)[1], start + given.rindex(" ") + 1
                yield given, start


# Inside a sentence, a capitalised word before two given names: «i Momentium Live Ronny Stokke»
_NAME_RUN_BEFORE = re.compile(r"[a-zæøå,] [A-ZÆØÅ]\w+ $")  # (not «Lillehammer-studenten»: a role)
# … or a preposition: «operativ sjef i Avinor Thomas Wintervold» (the firm, then his name)
_PLACE_OF_WORK = re.compile(
    r"(?:leder|leiar|sjef|direktør|rådgiver|rådgjevar|talsperson|forsker|forskar|talsmann|"
    r"manager|director|officer|chief|spokesman|spokeswoman|spokesperson) (?:i|ved|hos|at|of) $"
)
# The words a post ends in: «statsadvokat», «operasjonsleder», «finansminister».
_POST_WORDS = (
    "advokat|minister|ministar|leder|leiar|sjef|direktør|ordfører|ordførar|trener|trenar|"
    "forsker|forskar|professor|rådgiver|rådgjevar|talsperson|inspektør"
)
# … or before a role between commas, or told: «Tor Gulbrandsen, operasjonsleder i …», «Liss
# Marie Andreassen er breforskar i NVE»
_ROLE_AFTER = re.compile(rf"(?:, | (?:er|var|is|was) )[a-zæøå][\w-]*(?:{_POST_WORDS})\b")
_POST_AFTER = re.compile(
    rf"(?:, | som er | som var )([a-zæøå][\w-]{{2,}}(?:{_POST_WORDS}|fører|førar))[ ,.]"
)
# a name right before: «Lund Svindal» (not «Ifølge Bragstad», «Det Vatne reagerer på …»)
_OPENERS = "Ifølge|Ifølgje|According|Det|Dette|Den|Da|Då|Men|Og|Som|Når|The|But|And|When"
_NAME_END = re.compile(rf"(?<!\w)(?!(?:{_OPENERS}) )[A-ZÆØÅ][\w'’.-]* $")
_PLACE_WORD = re.compile(r"\b(?:in|near|outside|across|i|nær|ved|utenfor|utanfor) $")  # _placed
_NAME_NEXT = re.compile(r"[ -][A-ZÆØÅ]")
_LONGEST_GIVEN = 13  # letters: «Konstantinos», «Christoffer»


def _placed(word: str, text: str) -> bool:
    """Whether the text writes the word alone as a place: «found near Leominster»."""
    return any(
        _PLACE_WORD.search(text, max(0, at - 9), at) and not _NAME_NEXT.match(text, at + len(word))
        for at in word_positions(word, text)
    )


def _a_word(names: str) -> bool:
    """Whether the first of the names is a word of the dictionaries («Ifølge», «Oslo»)."""
    return a_word(names.split()[0])


def full_names(text: str, wanted: set[str], *, topic: bool = False) -> dict[str, str]:
    """Each `wanted` surname written alone after its one first name → the full name (`topic`:
    for a label, a first name the dictionaries have too, «Bill Ackman», one who never speaks)."""
    firsts: dict[str, set[str]] = defaultdict(set)
    introduced: dict[str, int] = {}  # where each surname is first given in full
    introduced_by_role: set[str] = set()
    posts: dict[str, str] = {}
    places: dict[str, bool] = {}  # (whether the text writes the surname as a place)
    pairs = ((first, name, at) for name in wanted for first, at in _pairs(name, text))
    for first, surname, start in pairs:
        role, _, after_role = first.partition(" ")
        titled = bool(after_role) and is_title(role)
        # «Klubbleder Ingrid Bjørklund»; «Both Ravindra Jadeja and …»; a role a dictionary
        # knows before a given name none does: «Referee Johnny Murphy»
        linked = text[max(0, start - 4) : start] in _POST_LINKS  # («… for Policy John Rood»)
        titled = titled or (bool(after_role) and linked)
        if titled or (after_role and _not_given(role, after_role)):
            first, start = after_role, start + len(role) + 1
        elif not after_role and is_title(role):
            continue  # «Statsadvokat Jensen spilte av …»: the post, no given name
        genitive = surname.endswith(("'s", "’s")) or written_bare(surname, text)
        short = len(first) < (2 if topic else 3)  # («Ed Sheeran» for a topic)
        # («Vegtrafikksentralen Sogn og Fjordane»: a body's compound, no given name)
        short = short or (
            len(first) > _LONGEST_GIVEN and max(map(len, first.split())) > _LONGEST_GIVEN
        )
        if genitive or surname.isupper() or short or first in _NO_GIVEN:
            continue  # «Telenors», «NRK», «La …», «South Australia»: no person's given name
        if " " not in first and _placed(first, text):
            continue  # «Leominster Roman coin hoard» over «… found near Leominster»: a town's
        # (a given name the text also writes as a word: «Prime Minister»; not «Per Steinar»)
        if all(f" {given.lower()} " in text for given in first.split()):
            continue  # «Prime Minister»: a word the text also writes in lower case
        # A person's introduction: a role before the name, or a given name no dictionary
        # has («Trond Lødøen er forskar …»; not «Ifølge Støre», «Oslo Høyre»)
        role_before = role_before_name(text, start) or _ROLE_AFTER.match(
            text, start + len(first) + 1 + len(surname)
        )
        if (
            not titled
            and not role_before
            and _a_word(first)
            and not (topic and _given_inside(first, surname, text, start))
            and not honorific_before(text, start)  # («said Dr. Victoria Dorr»)
            and not _SAID_JUST_BEFORE.search(text, max(0, start - 50), start)  # («sier X-sjef …»)
        ):
            continue
        if surname not in places:
            places[surname] = _placed(surname, text)
        if places[surname]:
            continue  # «Environment Canada» and «Wildfires in Canada»: a body named by a place
        if role_before and role_before.group().endswith(", "):
            introduced_by_role.add(surname)  # a person by the role: «ekspertene i Norge, Pål …»
        firsts[surname].add(first)
        post = (
            None
            if surname in introduced or topic
            else _POST.search(text, max(0, start - 40), start)
        )
        if post is None and surname not in introduced and not topic:
            # («Edvin Waagø som er skipsfører …», «Tor Lie, operasjonsleder i …»: a compound post)
            post = _POST_AFTER.match(text, start + len(first) + 1 + len(surname))
        if post:  # «seier statsadvokat Alvar Randa»: his post too, and a person's
            posts[surname] = post.group(1)
            introduced_by_role.add(surname)
        introduced.setdefault(surname, start)
    names: dict[str, str] = {}
    for surname, given in firsts.items():
        if len(given) != 1:
            continue  # two people of one surname: the bullet must say which
        # Alone after the full name (an introduction comes first; not a nickname's «Søvnløs
        # Svindal» late in a story of «Aksel Lund Svindal»), and a person's: one who speaks,
        # or whom a role introduced.
        # (for a topic, alone anywhere: a heading before the text names him, «Thingnes Bø
        # nummer fem» over «Johannes Thingnes Bø opna …»)
        after = any(topic or at > introduced[surname] for at in _alone(surname, text))
        if after and (topic or surname in introduced_by_role or speaks(surname, text)):
            held = f"{posts[surname]} " if surname in posts else ""
            names[surname] = f"{held}{next(iter(given))} {surname}"
    return names


_POST_LINKS = frozenset((" of ", "for ", " to ", " til", " av "))
# No given name: a source's, a place's half («South Australia»), a possessive («Vårt Oslo»).
_NO_GIVEN = frozenset(
    "Ifølge Ifølgje South North East West New Sør Nord Øst Vest Vårt Vår Our".split()  # noqa: SIM905
)
# A post right before a person's given name: «statsadvokat», «finansminister», «forskar».
_POST = re.compile(
    # (with what qualifies it: «mangeårig partileiar», «tidligere statsminister», «former»)
    r"(?<![\w-])((?:(?:tidligere|tidlegare|mangeårig|mangeårige|fungerende|fungerande|"
    r"avtroppende|avtroppande|nyvalgt|nyvald|former|acting|interim|outgoing|assisterende|"
    r"assisterande|konstituert|påtroppende|påtroppande|deputy|assistant) )?"
    # (and a suspended compound's first part: «kunnskaps- og integreringsminister»)
    r"(?:[a-zæøå]{2,}- og )?"
    rf"[a-zæøå][\w-]*(?:{_POST_WORDS}|dommer|politimester|lensmann|aktor)) $"
)


def _given_inside(first: str, surname: str, text: str, start: int) -> bool:
    """A given name, though a word of the dictionaries: inside a sentence («activist investor
    Bill Ackman»), or first in it and never written but before the surname («Morten Gaustad
    ble stående i kø»; not «Ifølge Støre»), where the story names him the first time (not
    «Vinnar Warholm også …, tar han …» after «… hadde Warholm vunne …»: «if he wins»)."""
    if " " in first or first.lower() in _SMALL_FIRST:
        return False
    if len(first) > 6 and first.endswith("ing") and lexicon("en").known(first.lower()):
        return False  # «Addressing Labor party supporters …»: a verb's -ing, no given name
    if text[max(0, start - 2) : start - 1] not in ".!?:\n" and start > 0:
        return True
    if next(word_positions(surname, text), start) < start:
        return False
    return sum(1 for _ in word_positions(first, text)) == 1


def _not_given(word: str, given: str) -> bool:
    """Whether a capitalised word before a given name is no name of the person: a sentence's
    small word («Both»), or a role's word a dictionary knows before a given name none does."""
    lower = word.lower()
    if lower in _NOT_GIVEN:
        return True
    if lower in _SMALL_FIRST:
        return False  # «Per» of «Per Otto Dyb»: a small word, no role («per» in English)
    return lower.endswith(_ROLE_ENDS) and _a_word(word) and not _a_word(given)


# What a role's word ends in: «Referee», «Goalkeeper», «Statsmeteorolog» (not «Lotta» of
# «Lotta Udnes Weng»: a given name the dictionary has too)
_ROLE_ENDS = ("er", "or", "ør", "ar", "ist", "ee", "log", "sjef", "leiar", "man")
# A sentence's first word before a person's given name, never a given name itself (not the
# stopword «Per» of «Per Steinar Stamnes»)
_NOT_GIVEN = frozenset(
    "both and but as with when then so also only både og men da når også bare".split()  # noqa: SIM905
)
# The small words a title in headline case capitalises: «Last Tango In Halifax»
TITLE_SMALL = frozenset("a an the in on at of to for with from by and or as into upon".split())  # noqa: SIM905
# «If SpaceX is ready», «Ifølge Støre»: a sentence's small first word, no given name
# (and the conjunctions the stop word lists lack: «Dersom Equinor skrur ned anslaget …»)
_SMALL_FIRST = (
    stopwords("nb")
    | stopwords("nn")
    | stopwords("en")
    | frozenset("dersom viss ettersom skjønt idet enda såfremt".split())  # noqa: SIM905
)


def introduce(bullets: list[list[str]], text: str, max_words: int | None) -> list[list[str]]:
    """The bullets, each person's first surname alone made the full name where words allow."""
    return introduced(bullets, text, max_words)[0]


def introduced(
    bullets: list[list[str]], text: str, max_words: int | None
) -> tuple[list[list[str]], int]:
    """introduce's bullets, and how many words the names the budget left out wanted."""
    # (only the capitalised words of the bullets can be surnames to look up: a few)
    capitalised = {w for section in bullets for b in section for w in _CAPITALISED.findall(b)}
    # (only a name the text writes after another: one pass over it, then a few words; not
    # «Det», «The»: words; a surname is written twice at least, in full and alone)
    seconds = set(_SECOND_NAME.findall(text)) & capitalised
    wanted = {w for w in seconds if text.count(w) >= 2 and f" {w.lower()} " not in text}
    names = full_names(text, wanted) if wanted else {}
    if not names:
        return bullets, 0
    done: set[str] = set()
    left_out = 0  # words the names the budget could not take wanted

    def named_in_full(bullet: str, room: int | None) -> tuple[str, int]:
        nonlocal left_out
        added = 0
        # (in the order the bullet names them, so the budget's first goes to the first)
        for surname, whole in sorted(names.items(), key=lambda n: (bullet.find(n[0]), n[0])):
            if surname in done or surname not in bullet:
                continue
            done.add(surname)
            # (not inside quotation marks: «serien «Follestad melder seg»» is a title's or a
            # speaker's own words; nor before «, sa X»: «Trump hevdet at …, sa Ri», a quote in
            # Norwegian, where English «…, police said» may tell it in other words)
            said = ATTRIBUTION.search(bullet)
            quoted = said.start() if said and reads_norwegian(bullet) else 0
            alone = (
                a for a in _alone(surname, bullet) if a >= quoted and not opens_quote(bullet[:a])
            )
            at = next(alone, -1)
            if at > 0 and _PLACE_BEFORE.search(bullet, max(0, at - 14), at):
                at = -1  # «frå garden på Snøva»: the farm the family is named for
            if at < 0 or next(word_positions(surname, bullet, joiners="-"), at) < at:
                continue  # named in full already («om Ole Einar Bjørndalen enn Bjørndalen selv»)
            name = whole
            if name[:1].islower():  # «statsadvokat Alvar Randa», not «Alvar Randa» alone
                post = name.split(" ", 1)[0]
                said_there = bullet[:at].rstrip().lower().endswith(post)
                if said_there or post in bullet[at : at + 50].lower():
                    name = name[len(post) + 1 :]  # («sier statsadvokat Randa», «vart Meyer
                    # byrådsleiar»: said there)
                elif at == 0:
                    name = name[:1].upper() + name[1:]  # «Statsadvokat Alvar Randa sier …»
            start = at - honorific_before(bullet, at)  # «Mr Petagna» → «Marco Petagna»
            start, given = written_before(bullet, start, name[: -len(surname)].split())
            if not given:
                continue  # «Crown Prince Haakon» already: a title the whole name opens with
            if other_name_before(bullet[:start], _SMALL_FIRST):
                continue  # «the Premier League side»: not «Champions League» made «Premier …»
            extra = len(given)
            if room is not None and added + extra > room:
                left_out += extra  # no words left
                continue
            bullet = bullet[:start] + name + bullet[at + len(surname) :]
            added += extra
        return bullet, added

    return edited_within(bullets, max_words, named_in_full), left_out


# («mellom Førde og Sande»: the town, not the health trust «Helse Førde» the text names)
_PLACE_BEFORE = re.compile(  # (and the town after a street: «of Stratford Road, Stroud»)
    r"\b(?:på|i|ved|frå|fra|til|mot|mellom|nær|utenfor|utanfor|at|in|to|from|between|near)\s+"
    r"(?:hele\s+|heile\s+|all\s+|across\s+)?$"  # («i heile Noreg», not «Telenor Noreg»)
    r"|(?:Road|Street|Avenue|Lane|Close|Drive|Way|veien|vegen|gata|gate),\s+$"
)


def _alone(surname: str, text: str) -> Iterator[int]:
    """Where the text has the surname whole with no name before it («Key said»)."""
    n = len(surname)
    for at in word_positions(surname, text, joiners="-"):  # (not «Midt-Norge»)
        name_after = text[at + n : at + n + 1] == " " and text[at + n + 1 : at + n + 2].isupper()
        if name_after:
            continue
        if text[at - 2 : at] == ") " and _NICKNAME.search(text, max(0, at - 40), at):
            continue  # «Terence (Terry) Taylor»: the given name and what he was called
        before = _NAME_END.search(text, max(0, at - 30), at)
        # («Mr Petagna added», «Statsadvokat Jensen spilte»: alone, with a courtesy title or post)
        if before and not honorific_before(text, at) and not is_title(before.group().strip()):
            continue
        if text[at + n : at + n + 2] in ("'s", "’s"):
            continue  # «Canada’s weather agency»: whose, not who (nor «Environment Canada’s»)
        # «the University of Toronto», «Berge og Co»: a thing's name, a firm's, no person's
        thing = _THING_BEFORE.search(text, max(0, at - 5), at) or _THING_AFTER.match(text, at + n)
        if not thing:
            yield at


_NICKNAME = re.compile(r"[A-ZÆØÅ][\w'’-]+ \([A-ZÆØÅ][\w'’-]+\) $")
_THING_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Dd]en|[Dd]et) $")
_THING_AFTER = re.compile(r" of [A-ZÆØÅ]| (?:og|and|&) (?:[Cc]o\b|Sønn|Søn|Sons|Partners|Company)")


def speaks(surname: str, text: str) -> bool:
    """Whether the text has the surname say something: «sier Koteng», «Churchill said»."""
    for at in word_positions(surname, text):
        near = text[max(0, at - 40) : at + len(surname) + 20].lower()
        if not ONE_WORD_SPEECH_VERBS.isdisjoint(_WORD.findall(near)):
            return True
        if _SAID_BY_NAMED.search(text, max(0, at - 70), at):
            return True  # «forteller Lillehammer-studenten Maren Andal Stenbakken»
    return False


_SAID_JUST_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}) (?:\S+ ){{0,2}}$")
# A speech verb, then a role and given names, each capitalised, right before the surname.
_SAID_BY_NAMED = re.compile(rf"\b(?:{SPEECH_VERBS})\s(?:[A-ZÆØÅ][\w-]*\s){{1,3}}$")
_WORD = re.compile(r"\w+")
