"""A person a bullet names in full gets the role the article gives, where the digest first
names them.

An article introduces «statsmeteorolog Magni Svanevik» and later quotes «…, sier Magni
Svanevik»; a digest that keeps only the later sentence leaves a name a reader cannot place.
An editor writes the role at the first mention: «…, sier statsmeteorolog Magni Svanevik».
Only a role written in lower case right before the name is taken (with a qualifier or a
genitive before it: «vakthavende meteorolog», «Aps leder»), and only where the words allow.
"""

from __future__ import annotations

import re

from bot.core.name_words import is_title
from bot.core.spacing import edited_within

_NAME = re.compile(r"[A-ZÆØÅ](?<![\w'’-][A-ZÆØÅ])[\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){1,2}")
# «statsmeteorolog Magni Svanevik», «vakthavende meteorolog Rannveig Eikill», «Aps leder
# Jonas Gahr Støre», «police spokesman Tom Hale», «sportsleg leiar Trond Fylling»: a role in
# lower case, then the name. (Read
# right before a name a bullet gives: a search of the whole text costs more than the digest.)
_ROLE_BEFORE = re.compile(
    # (whole or not at all: not «leder» alone of «Sps parlamentariske leder»)
    r"(?<![\w-])(?<![a-zæøå]e )(?<![A-Za-zæøå]s )(?<!lig )(?<!leg )(?<!isk )"
    r"((?:(?:[A-ZÆØÅ][\w-]*s|[a-zæøå-]{2,}(?:ets|ens|ars|ers)|vakthavende|vakthavande|"
    r"fungerende|fungerande|assisterende|assisterande|tidligere|tidlegare|former|acting|deputy|"
    r"[Pp]olice|[Cc]ounty|[Cc]ity|[Cc]ouncil) )?(?:[a-zæøå]{3,}(?:e|lig|leg|isk) )?"
    r"(?:[a-zæøå]{2,}- og )?"
    r"([a-zæøå][a-zæøå-]{3,})) $"
)  # (and a suspended compound's first part: «kunnskaps- og integreringsminister»)
_OPENING_QUALIFIER = frozenset(("Police", "County", "City", "Council"))
_ROLE_CHARS = 60  # characters before a name a role and its qualifier take at most
# (or the post and where it is held, then a comma: «operasjonsleder i Trøndelag politidistrikt,
# Ole Petter Hollingen»)
_ROLE_HELD_BEFORE = re.compile(
    r"(?<![\w-])(([a-zæøå][a-zæøå-]{3,}) (?:i|ved|for|hos|på|in|at) [^,.;:«»]{2,40}), $"
)
# Roles is_title does not know by their ending.
_ROLE_ENDINGS = (
    *("meteorolog", "rådgiver", "rådgivar", "advokat", "forsker", "forskar", "overlege"),
    *("professor", "økonom", "analytiker", "vakthavende", "vakthavande", "director"),
    *("manager", "officer", "member", "spokeswoman", "spokesperson", "psykolog", "sekretær"),
    *("reporter", "correspondent", "journalist", "columnist", "redaktør", "editor"),
    *("politiker", "politikar", "talsmann", "talskvinne", "talsperson", "ekspert", "expert"),
)


def with_roles(bullets: list[list[str]], text: str, max_words: int | None) -> list[list[str]]:
    """The bullets with each person first named in full without a role given the role the
    article writes before the name, where the words allow; and a speaker given by the post
    alone named («…, sier politiadvokaten.» → «…, sier politiadvokat Kari Lie.»)."""
    bullets = _posts_named(bullets, text, max_words)
    roles = _roles(bullets, text)
    if not roles:
        return bullets
    named: set[str] = set()

    def with_role(bullet: str, room: int | None) -> tuple[str, int]:
        added = 0
        for name, role in roles.items():
            at = bullet.find(name)
            if at < 0 or name in named:
                continue
            named.add(name)
            before = bullet[:at].rstrip().rsplit(" ", 1)[-1].lower()
            after = bullet[at + len(name) : at + len(name) + 1]
            if is_role(before) or before in role.split() or after in ",:-" or after.isalpha():
                continue  # its role said already, told after it («Kari Ås, leiar i …»), a
                # turn's label («Mark Dunn: – …»), a genitive («Knausgårds «Min kamp»»), a
                # compound's first part («Erna Solberg-regjeringen»)
            if role.rsplit(" ", 1)[-1].lower() in bullet.lower():
                continue  # («operasjonsleiar ved Sør-Vest politidistrikt John Laurits Ask»,
                # «Tore Nielsen er hovedtillitsvalgt i NNN …»: the bullet gives it)
            extra = role.count(" ") + 1
            if room is not None and added + extra > room:
                continue
            said = role[:1].upper() + role[1:] if at == 0 else role
            bullet = f"{bullet[:at]}{said} {bullet[at:]}"
            added += extra
        return bullet, added

    return edited_within(bullets, max_words, with_role)


def _posts_named(bullets: list[list[str]], text: str, max_words: int | None) -> list[list[str]]:
    """A speaker the bullet gives by the post alone, in its definite form, named as the article
    introduces them, where it names one person so («politiadvokat Kari Lie»)."""
    named: set[str] = set()

    def with_name(bullet: str, room: int | None) -> tuple[str, int]:
        said = _SAID_BY_POST.search(bullet) if ", " in bullet else None
        if said is None or said.group(1) in named:
            return bullet, 0
        post = said.group(1)
        stem = next((post[: -len(e)] for e in _DEFINITE if post.endswith(e)), "")
        if not stem or not is_role(stem):
            return bullet, 0
        # («prosjektleder i Statens vegvesen, Halgeir Brudseth»: where the post is held too;
        # or after the name: «Catharina Solli, kommunikasjonssjef i Widerøe», «Jørgen
        # Grønneberg, vakthavende meteorolog ved …»)
        found = re.finditer(
            rf"\b{stem}(?: (?:i|ved|for|hos|på) [^,.]{{2,40}},)? {_FULL}"
            rf"|{_FULL}, (?:[a-zæøå]+ )?{stem}\b",
            text,
            re.I,
        )
        names = {m.group(1) or m.group(2) for m in found}
        if len(names) != 1 or (room is not None and len(next(iter(names)).split()) > room):
            return bullet, 0
        named.add(post)
        name = names.pop()
        return f"{bullet[: said.start(1)]}{stem} {name}{bullet[said.end(1) :]}", len(name.split())

    return edited_within(bullets, max_words, with_name)


# «…, sier politiadvokaten.», «…, svarer prosjektlederen.»: a post, no name.
_SAID_BY_POST = re.compile(
    r", (?:sier|seier|sa|svarer|svarar|forteller|fortel|opplyser|forklarer) ([a-zæøå-]{5,})\.$"
)
_DEFINITE = ("en", "et")
_FULL = r"((?-i:[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){1,2}))"


def _roles(bullets: list[list[str]], text: str) -> dict[str, str]:
    """The role the article first writes before each name the bullets give."""
    names = {found.group() for section in bullets for b in section for found in _NAME.finditer(b)}
    roles: dict[str, str] = {}
    for name in names:
        at = text.find(name)
        while at > 0:
            role = _ROLE_BEFORE.search(text, max(0, at - _ROLE_CHARS), at)
            end = text[at + len(name) : at + len(name) + 1]
            if role and _held_by_a_name(text, role.start(1)):
                role = None  # «Labour leader Jeremy Corbyn»: «leader» alone is no role of his
            if role and is_role(role.group(2)) and not (end.isalnum() or end in "'’-"):
                # («City manager Blaine Hill» opening a sentence: «city manager» inside one)
                said = role.group(1)
                qualifier = said.split(maxsplit=1)[0]
                roles[name] = said.lower() if qualifier in _OPENING_QUALIFIER else said
                break
            held = (
                _ROLE_HELD_BEFORE.search(text, max(0, at - _ROLE_CHARS - 20), at)
                if text[at - 2 : at] == ", "  # (only a name after a comma can be so)
                else None
            )
            if held and is_role(held.group(2)) and not end.isalnum():
                roles[name] = held.group(1)  # «operasjonsleder i Trøndelag politidistrikt, Ole …»
                break
            at = text.find(name, at + len(name))
        if name not in roles and (first := text.find(name)) >= 0:
            # (or the sentence after the one that names the person: «…, sier Sofie Bruun. Hun
            # er pressevakt i Ruter.»)
            stop = _STOP.search(text, first + len(name))
            who = _WHO_AFTER.match(text, stop.end()) if stop else None
            if who and is_role(who.group(1).split()[0]) and name.count(" ") >= 1:
                roles[name] = who.group(1)
    return roles


_STOP = re.compile(r"[.!?]\s+")
_WHO_AFTER = re.compile(r"(?:Hun|Han|Ho|She|He) (?:er|is) ((?:[\w-]+ ){0,5}[\w-]+)\.(?:\s|$)")


def is_role(word: str) -> bool:
    """A post's word: a title, or a word ending as one does («daglegvareekspert»)."""
    return is_title(word) or word.endswith(_ROLE_ENDINGS)


# «Geir Marthinsen er UP-sjef i Nord-Norge.», «Emma Lae er leiar av ungdomsrådet.»: a person
# introduced by the role, and nothing more (not «Kari Ås er ny ordfører»: that is news).
_INTRODUCED = re.compile(
    # («Mark Memmott is NPR's supervising senior editor for Standards & Practices.»)
    r"(?:(?:[A-ZÆØÅ][\w'’-]+ ){0,3}[A-ZÆØÅ][\w'’-]+|Han|Hun|Ho|He|She) (?:er|is) "
    # (or the one just named: «Hun er pressevakt i Ruter.», «Isaksen er konsernsjef i NSB.»,
    # «Han er leder av Norsk Lokomotivmannsforbund (NLF).»)
    r"((?:[\w'’&-]+ ){0,9}[\w'’-]+)(?: \([A-ZÆØÅ]{2,8}\))?\.$"
)
# (a choice is news: «Jon Hansen er for sjuende gang valgt som leder i Fylkespartiet.»)
_NEW = frozenset(
    "ny nytt nye new nyvalgt nyvald valgt vald gjenvalgt gjenvald utnevnt utnemnd ansatt tilsett "  # noqa: SIM905
    "elected re-elected appointed named hired".split()
)


def introduces_only(text: str) -> bool:
    """Whether a sentence only says who a person is: a name, «er», a role and its place."""
    found = _INTRODUCED.match(text)
    if found is None:
        return False
    words = found.group(1).lower().split()
    return _NEW.isdisjoint(words) and any(is_role(word) for word in words)


def _held_by_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before the role: a party's or a body's
    («Labour leader», «Tory chair»), or a qualifier on top of a sentence («Former leader»),
    which the role needs."""
    before = text[max(0, start - 30) : start].rstrip()
    word = before.rsplit(" ", 1)[-1] if before and before[-1:].isalpha() else ""
    return word[:1].isupper()
