"""The words of names: what may stand before or after a name in one, and what makes it a
person's (bot.core.topic_places reads names with them)."""

from __future__ import annotations

import re

from bot.core.bylines import is_name_line
from bot.core.lexicon import Lexicon, lexicon
from bot.core.page_words import CALENDAR, INITIALLED_NAME, PAPER_NAME
from bot.core.speakers import QUOTE_OPEN
from bot.core.text import word_positions
from bot.core.word_rarity import NAME_PART_ZIPF, zipf

# «Middle East», «Bane Nor», «New York Times»; «Sogn og Fjordane», «Bank of England» (a
# small word between); «Nord-Irland», «Murray-Darling Basin» (a hyphen). A sentence's
# first «The» is no part of it; a title («President», «Kong») makes it a person's, who is
# asked for by surname.
NAME_BEFORE = re.compile(  # («St. Louis», «Mt. Everest»: a saint's or a mountain's)
    # (after a single quote mark that opens a quote: «'Big Beautiful Bill'»)
    r"(?:^|(?<=[^\w'’-])|(?<=\s['’]))"
    r"((?:(?:St|Mt|Ft|Ste)\.[ \xa0]|[A-ZÆØÅ][^\W\d_]*(?:-[A-ZÆØÅ][^\W\d_]*)?"
    r"(?:[ \xa0](?:og|and|of|de|du|del|di|da))?[ \xa0]){1,3}|[A-ZÆØÅ][^\W\d_]*-)$"
)
LONG_NAME_BEFORE = re.compile(NAME_BEFORE.pattern.replace("{1,3}", "{1,4}"))
# A common word's compound, an abbreviation or a name in front («OL-bronse», «KrF-lista»,
# «Nato-sjefen»): no name's word
COMMON_COMPOUND = r"[A-ZÆØÅ][\w'’]*-[a-zæøå]"
COMPOUND_WORD = re.compile(COMMON_COMPOUND)
# A work's title in quote marks, its words joined by «og» before a name's last: «Romeo og Julie»
_TITLE_BEFORE = re.compile(r"«[A-ZÆØÅ][^«»]{0,30} (?:og|and|&) $")


def with_particle(surname: str, text: str) -> str | None:
    """«van Gogh» where the text writes the surname after «van», «von», «dos» every time
    (in «Vincent van Goghs», «van Gogh-en», «Alison dos Santos»), «von der Leyen» after
    «von der»: a reader asks for the name with it."""
    if " van " not in text and " von " not in text and " dos " not in text:
        return None  # (most texts: no search)
    befores = {
        found.group(1).lower()
        if (found := _PARTICLE_BEFORE.search(text[max(0, at - 9) : at]))
        else ""
        for at in word_positions(surname, text)
    }
    if len(befores) != 1 or "" in befores:
        return None
    return f"{befores.pop()} {surname}"


# («Von der Leyen» opening a sentence is the same particle)
_PARTICLE_BEFORE = re.compile(r"(?:^|[\s(])((?i:v[ao]n)(?: der| den)?|dos) $")


def in_a_works_title(surface: str, text: str) -> bool:
    """Whether the text writes the name last in a work's title: «Romeo og Julie»."""
    return any(
        _TITLE_BEFORE.search(text, max(0, at - 40), at) for at in word_positions(surface, text)
    )


# A sentence's first word is no part of the name after it: «The», «I», «Er Fredrikstad
# klar?», «Men Molde …», «Did Boeing …».
SMALL = frozenset(
    "one two three four five six seven eight nine ten to tre fire fem seks sju syv åtte ti "  # noqa: SIM905
    "the a an de den det dei in i på and og men så da når om hvis med mot fra til etter ifølge "
    "er var har hadde kan kunne vil skal blir ble får fikk må bør kva hva hvor kor hvem "
    "kven ifølgje but so when if at on from to with after for is was are were has have had do "
    "does did can could will would should what where who why how "
    # adverbs that open a sentence before a name: «Også Sogndal …», «Nå Brann …»
    "også òg nå no likevel dermed derfor difor then also even "
    # («Både Ap og Frp …», «Both Labour and …»: a pair's word, no part of the name)
    "både begge both either neither".split()
)
# A firm's last word: «Agder Energi», «Lyse Energi» (a place's name with it is the firm's).
FIRM_WORDS = frozenset(
    "Energi Energy Kraft Nett Bank Sparebank Invest Eiendom Holding Gruppen Group Seafood "  # noqa: SIM905
    "Havbruk Fisk Airlines Media Hydro Industrier Industries Tech Technologies Systems".split()
)
PARTICLES = frozenset((" von ", " van ", " dos ", "\nvon ", "\nvan "))  # (in a name, lower-case)
ROYAL = frozenset(("prince", "princess", "king", "queen", "pope"))
TITLES = frozenset(
    "mr mrs ms dr sir lord lady president prime "  # noqa: SIM905
    "minister secretary king queen prince princess pope senator governor general "
    "chancellor chief judge mayor coach captain kong dronning prins prinsesse kronprins "
    "kronprinsesse statsminister ordfører ordførar premier chair chairperson "
    # military ranks, and as abbreviated: «Lt Gen Sir Ralph Wooddisse», «Maj Gen Eirik Hansen»
    "lt gen col maj capt sgt cpl adm brig cdr cmdr "
    # a trade written as a title: «Broadcaster Tom Hale», «Singer Ed Sheeran»
    "broadcaster presenter singer actor actress author novelist comedian "
    # an office or a trade before the name: «Magistrate Faith McGusty», «Editor Linc Bedrosian»
    "magistrate editor commissioner councillor detective inspector superintendent sergeant "
    "constable professor reverend bishop senior deputy prodekan dekan prorektor foreman "
    "opposition cr cllr coun sen rep gov prof tem "  # («Cr Alan Tickle», «Coun. Norm Kelly»,
    # «Prof Sasha Roseneil», «Mayor Pro Tem Zwick»); a team's post: «Keeper Kristian Sæverås»
    "keeper målvakt kaptein kaptajn spiss goalkeeper striker "
    # a firm's post before the name: «CEO Tim Cook», «Founder Ola Nordmann»
    "ceo cfo coo cto founder gründer".split()
)

# The names that hold an «og» or «and» (a county, a country, a firm); any other is two.
ONE_NAME = frozenset(
    {
        "møre og romsdal",
        "sogn og fjordane",
        "troms og finnmark",
        "vestfold og telemark",
        "oslo og viken",  # (Fylkesmannen i Oslo og Viken, 2019–2020)
        "oslo og akershus",
        "nore og uvdal",  # (a municipality)
        "trinidad og tobago",
        "bosnia og hercegovina",
        "antigua og barbuda",
        "trinidad and tobago",
        "bosnia and herzegovina",
        "antigua and barbuda",
        "turks and caicos",
        "marks and spencer",
    }
)

# Norway's counties and regions, old and new: two of them joined by «og» are two names.
_REGIONS = frozenset(
    "nordland troms finnmark agder rogaland vestland trøndelag innlandet viken vestfold "  # noqa: SIM905
    "telemark østfold akershus buskerud hedmark oppland hordaland sogn fjordane møre "
    "romsdal oslo vestlandet østlandet sørlandet nord-norge".split()
)

# A place named for its owner: «Hawke's Bay», «St Michael's College».
OWNED = frozenset(
    "Bay Island Point Head Creek Harbour Hill Cove Park Beach College University Hospital "  # noqa: SIM905
    "Church Cathedral Cross Green Gate Wharf Landing Valley Cup Trophy".split()
)
OWNED_PLACE = rf"['’]s[ \xa0](?:{'|'.join(sorted(OWNED))})\b"
OWNER = re.compile(r"(?:^|(?<=[^\w'’-]))([A-ZÆØÅ][^\W\d_]*['’]s)[ \xa0]$")
# The names after a common word that make one name with it: «Bank of England», «Helse Møre
# og Romsdal», «Helse Vest» (not «Bank in London»: a place after a preposition); and an
# owner's place.
NAME_AFTER = re.compile(  # (or a number: «Route 80», «Highway 101»; «Tour de France»)
    rf"{OWNED_PLACE}|"
    r"[ \xa0]\d{1,4}\b(?![.,]\d|\.[ \xa0][a-zæøå]|[–−-]\d)"  # (no day «19. august», no «3–1»)
    # (nor a count: «styrte Arbeiderpartiet 37 av de 50», «Labour 40 per cent», a table's
    # «Arbeiderpartiet 111 −39»)
    r"(?![ \xa0]?%|[ \xa0][−–+-]\d|[ \xa0](?:av|of|prosent|percent|per|mot|against|seats|"
    r"mandater|stemmer)\b)"
    r"|(?:[ \xa0](?:of|og|for|de|du|des|del|i|på) [A-ZÆØÅ][\w-]*|[ \xa0][A-ZÆØÅ][\w-]*"
    r"|[ \xa0]d['’][A-ZÆØÅ][\w-]*)"  # («Val d'Isere», «Cortina d'Ampezzo»)
    r"(?:[ \xa0](?:og|and|of) [A-ZÆØÅ][\w-]*|[ \xa0][A-ZÆØÅ][\w-]*){0,2}"
)

TITLE_ENDINGS = (
    *("minister", "ministar", "leader", "spokesman", "speaker", "commissioner", "councillor"),
    *("superintendent", "inspector", "sergeant", "constable", "detective", "diktar", "dikter"),
    *("leiar", "leder", "sjef", "direktør", "ordfører", "ordførar", "chairman", "chairwoman"),
    *("pressevakt", "talsperson", "talsmann", "talskvinne", "secretary"),  # («Undersecretary X»)
    *("tillitsvalgt", "tillitsvald", "tillitsvalt"),  # «Hovudtillitsvalt Edvard Lie»
    # «Council Member Tag Green», «Councilman Joe Buscaino», «Alderman Brian Hopkins»
    *("member", "councilman", "councilwoman", "alderman", "alderwoman", "director"),
    # «Deputy Prosecuting Attorney Caroline Bednar», «Camden County Prosecutor Jill Mayer»
    *("attorney", "prosecutor", "sheriff", "professor", "ambassador", "spokeswoman"),
    # «Commander Field Army», «Lieutenant Colonel Ann Berg»
    *("commander", "lieutenant", "colonel", "admiral", "brigadier", "marshal"),
    # «Styremedlem Anny Felde», «Skuespiller Minken Fosheim»: a board's seat, a trade
    *("medlem", "skuespiller", "skodespelar", "forfatter", "forfattar", "journalist"),
    *("redaktør", "advokat", "forsker", "forskar", "trener", "trenar", "rådmann", "biskop"),
    # «Fiskeribiolog Nils Hareide», «Sjeføkonom Kari Lund», «Rabbi Yehuda Ceitlin»
    *("biolog", "økonom", "analytiker", "analytikar", "rabbi", "imam", "pastor", "prest"),
)


def is_title(word: str) -> bool:
    """«Minister», «Leader», «Prince»: a title or a role, which names no one by itself
    («Senate Majority Leader John Thune», «Festspeldiktar Agnes Ravatn», «Commissioner
    Gregson» name a person after it)."""
    lower = word.lower()
    return lower in TITLES or lower.endswith(TITLE_ENDINGS)


# Words that only qualify a post: «Former Speaker», «Acting Governor», «fungerende ordfører».
_POST_QUALIFIERS = frozenset(
    "former acting deputy interim vice ex outgoing incoming then tidligere tidlegare shadow "  # noqa: SIM905
    "fungerende fungerande assisterende assisterande prosecuting".split()
)


def names_a_post(word: str) -> bool:
    """A word of a post, not of a person's name: «Former», «Speaker» (/former_speaker)."""
    return is_title(word) or word.lower() in _POST_QUALIFIERS


# «Canadian borrowing costs», «Three Republican senators»: an adjective of a people or a
# party, capitalised in English, which no reader types for the story.
_DEMONYM_ENDINGS = ("ian", "can", "ean", "ese", "ish")
# («Welsh midfield substitute», «Thai researchers»: the people's own, of no such ending)
_DEMONYMS = frozenset(
    "welsh french dutch thai swiss greek czech iraqi israeli pakistani saudi afghan "  # noqa: SIM905
    "filipino scots".split()
)


# A people by its nation in Norwegian, the lemmas the dictionary gives them («russerne»: russ,
# «nordmennene»: nordmann): no topic a reader types (the country is: /russland).
DEMONYMS_NO = frozenset(
    "russ russer nordmann svenske svensk dansk danske finne amerikaner brite tysker "  # noqa: SIM905
    "franskmann kineser ukrainer polakk spanjol italiener japaner inder iraner afghaner "
    "syrer somalier tyrker islending nederlender belgier palestiner israeler".split()
)


def demonym(lower: str, lex: Lexicon) -> bool:
    return (
        lex.language == "en"
        and (lower.endswith(_DEMONYM_ENDINGS) or lower in _DEMONYMS)
        and lex.form_lemma(lower) is not None
        and zipf(lower, "en") >= _COMMON_DEMONYM
    )


_COMMON_DEMONYM = 3.5  # Zipf: Canadian 4.7, Norwegian 4.0, Jamaican 3.6


def is_signature(text: str, following: str | None) -> bool:
    """«Lena R. Fidjestad», «Tribune Chronicle», «TERJE ULVEDAL» on a line of their own: who
    wrote or shot the text, or where it ran; not a vox pop's speaker over his quote."""
    if len(text) > 40 or (following is not None and following.startswith(QUOTE_OPEN)):
        return False
    if INITIALLED_NAME.fullmatch(text) or PAPER_NAME.fullmatch(text):
        return True  # (and a paper's name over a picture the page lost: «Hampshire Chronicle:»)
    return (
        following is not None
        and _CAPS_NAME.fullmatch(text) is not None
        and _byline(text, following)
    )


_CAPS_NAME = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ-]+(?: [A-ZÆØÅ][A-ZÆØÅ-]+){1,2}")


def _byline(caps: str, following: str) -> bool:
    """A name in capitals over text that names neither of its words: a given name no word
    of the language («TERJE ULVEDAL»), not a headline («NATO-TOPPMØTE I VILNIUS» over a
    lead on the summit, «BRANN PÅ HAMAR»)."""
    words = caps.lower().split()
    # (a word its own lemma: «brann»; «kari» read as «kar», «ola» as «ole» are names)
    if any(lexicon(language).form_lemma(words[0]) == words[0] for language in ("nb", "nn", "en")):
        return False
    return not _named_below(words, following)


def writer_in_capitals(text: str, following: str | None) -> bool:
    """A name in capitals under the headline that the story never writes: its writer's byline,
    though a dictionary knows the given name («ARNE HEIMESTØL»; a crosshead names its story)."""
    if not text.isupper() or not 1 <= text.count(" ") <= 2 or following is None:
        return False
    return is_name_line(text.title()) and not _named_below(text.lower().split(), following)


def _named_below(words: list[str], following: str) -> bool:
    """Whether the text under a line in capitals writes one of its words."""
    return any(word in following.lower() for word in words)


def written_bare(word: str, text: str) -> bool:
    """Whether a word that ends in «s» is also written whole without it: a genitive («KrFs»
    beside «KrF», «Telenors» beside «Telenor»; not «Stamnes», «Jones»: no «Stamne» alone)."""
    return word.endswith("s") and next(word_positions(word[:-1], text), -1) >= 0


# A person is introduced after a role («styreleder Ivar Koteng», «appeaser Neville
# Chamberlain») and speaks («sier Koteng»): not «Oslo Høyre» nor «Ifølge Støre».
_ROLE_BEFORE = re.compile(
    # (not an article: «the Forward Italy party» is a body's name, no one's role)
    r"(?:^|[\s(])(?!(?:the|a|an) $)[a-zæøå][\w-]*(?:leder|leiar|sjef|minister|ministar|ordfører|"
    r"ordførar|direktør|president|trener|trenar|coach|manager|leader|secretary|chief|professor|forsker|forskar|"
    r"rådgiver|talsperson|spokesman|spokeswoman|kaptein|captain|actor|skuespiller|artist|"
    r"singer|player|spiller|spelar|advokat|lawyer|dommer|judge|er|ar|or|ist)? $"
    # (a role of a place or a club: «Lillehammer-studenten», «Molde-trener», «Ap-politiker»)
    r"|(?:^|[\s(])[A-ZÆØÅ][\w]*-[a-zæøå][\w-]* $"
)
# (or where the role is held, then the name: «prosjektleiar for SapienCE, Ståle Berglund»)
_ROLE_HELD = re.compile(
    r"[a-zæøå][\w-]*(?:leder|leiar|sjef|direktør|operatør|forsker|forskar|er|ar|or|ør|ene|ane) "
    r"(?:i|for|ved|hos|på|in|at|of|on) [^,.]{2,40}, $"  # («… ekspertene i Norge, Pål Kolbenstvedt»)
)


def role_before_name(text: str, start: int) -> re.Match[str] | None:
    """A role right before the name at `start` («styreleder Ivar Koteng», «… ekspertene i
    Norge, Pål Kolbenstvedt»), each pattern searched only where it can end: after a comma, or
    after a word."""
    pattern = _ROLE_HELD if text[start - 2 : start] == ", " else _ROLE_BEFORE
    return pattern.search(text, max(0, start - 70), start)


def honorific_before(text: str, at: int) -> int:
    """The length of the courtesy title before `at` («Mr », «Mrs », «Dr »), or 0."""
    found = _HONORIFIC.search(text, max(0, at - 5), at)
    return len(found.group()) if found else 0


_HONORIFIC = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.) $")


def written_before(bullet: str, start: int, given: list[str]) -> tuple[int, list[str]]:
    """Where the full name goes, and the words of it the bullet does not write before the
    surname already: «Prince Haakon» takes «Crown» (the name then starts at «Prince»)."""
    while given:
        head = bullet[:start].rstrip()
        word = given[-1]
        if not head.lower().endswith(word.lower()) or head[-len(word) - 1 : -len(word)].isalnum():
            break
        start, given = len(head) - len(word), given[:-1]
    return start, given


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten to tre fire fem seks sju syv åtte ti".split()  # noqa: SIM905
)


# Words that open a sentence before a name and are none of it: «While City were …»,
# «Several Slovenian newspapers …», «Spesielt Dale, som debuterte …» (not «New», «Great»,
# «First»: a name's own, «New York»).
_OPENERS = frozenset(
    "while although though whereas several many some most few since because unless until "  # noqa: SIM905
    "whether meanwhile however alongside despite unlike once both either neither each every "
    "all any such these those yesterday today tonight still yet only just perhaps instead "
    "earlier later another without within across against amid among between during including "
    "like as by spesielt særlig særleg især heldigvis dessverre trolig kanskje dessuten "
    "tidligere tidlegare først fyrst allerede allereie nettopp bare berre".split()
)


def small_before(word: str, text: str, at: int) -> bool:
    """Whether a word before a name is a small word, no part of it («The», «In», «Også»,
    «While» opening a sentence); a number is part of it inside a sentence («the Four
    Hills», «Big Four»)."""
    lower = word.lower()
    if lower not in SMALL and lower not in _OPENERS:
        return False
    before = text[:at].rstrip(" \xa0")
    opening = not before or before[-1] in '.!?:\n«“"–—'
    return opening if lower in _NUMBER_WORDS or lower not in SMALL else True


def a_word(word: str) -> bool:
    """Whether a word is one of the dictionaries' (Bokmål, Nynorsk or English), in any case:
    «Ifølge», «Oslo», «Storbrann»."""
    lower = word.lower()
    return any(lexicon(language).known(lower) for language in ("nb", "nn", "en"))


def common_word(surface: str, language: str) -> bool:
    """A word the dictionary has in lower case and every text uses: «Court», «Police»."""
    return zipf(surface, language) >= NAME_PART_ZIPF and lexicon(language).known(surface.lower())


# A capitalised word right before the surname: the bullet names someone or something else
# («the Premier League side» where the article also writes «Champions League»), unless it
# is a post («President Biden»; a thing's name after an article: «the Premier League»), or
# a sentence's small first word («Then Biden said …»).
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s«“\"(]))([A-ZÆØÅ][\w'’-]*) $")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Dd]en|[Dd]et|[Dd]ei|[Dd]e) $")


def other_name_before(head: str, small_first: frozenset[str]) -> bool:
    """Whether the bullet writes the name before `head`'s end with another first word."""
    found = _WORD_BEFORE.search(head, max(0, len(head) - 30))
    if not found:
        return False
    word = found.group(1)
    if _ARTICLE_BEFORE.search(head, max(0, found.start() - 5), found.start()):
        return True
    first = not head[: found.start()].strip(' •–-«“"(')
    return not is_title(word) and not (first and word.lower() in small_first)


def last_of_a_list(words: str, text: str) -> bool:
    """Words a list ends on, after a name and a comma («Nytt på Nytt, Farmen og Skavlan»; not
    a day's: «On Thursday, Harland and Wolff»), or two places («mellom Åsen og Skatval»)."""
    two = r"\b(?:mellom|between|like|such as) "  # (not «from Marks and Spencer»)
    found = re.search(rf"([A-ZÆØÅ][\w'’-]*), {re.escape(words)}|{two}{re.escape(words)}", text)
    return found is not None and (found[1] or "").lower() not in CALENDAR


def one_name(front: list[str], surface: str, text: str) -> bool:
    """«Sogn og Fjordane», two plain words a name capitalises («Natur og Ungdom»), or two
    names always written so («Harland and Wolff»: never «Wolff» alone); not a list's last two
    («Nytt på Nytt, Farmen og Skavlan»), nor two parties' letters («H og AP», «SV og Sp»)."""
    pair = (*(front[-2:-1] if front[-1:] in (["og"], ["and"]) else []), surface)
    plain = len(pair) == 2 and all(len(word) > 2 and word[1:].islower() for word in pair)
    whole = f"{' '.join(front)} {surface}"
    together = plain and text.count(whole) == text.count(surface) == text.count(pair[0]) > 1
    if whole.lower() in ONE_NAME:
        return True
    if len(pair) == 2 and all(word.lower() in _REGIONS for word in pair):
        return False  # «Nordland og Troms»: two counties named together, each its own topic
    if together and not last_of_a_list(whole, text):
        return True
    return plain and all(any(common_word(w, code) for code in ("nb", "en")) for w in pair)
