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

_NAME = r"[A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){1,2}"
# «statsmeteorolog Magni Svanevik», «vakthavende meteorolog Rannveig Eikill», «Aps leder
# Jonas Gahr Støre», «police spokesman Tom Hale»: a role in lower case, then the name.
_ROLE_NAME = re.compile(
    rf"(?<![\w-])((?:[\w-]+s |(?:vakthavende|vakthavande|fungerende|fungerande|assisterende|"
    rf"assisterande|tidligere|tidlegare|former|acting|deputy|police|county|city) )?"
    rf"[a-zæøå][a-zæøå-]{{3,}}) ({_NAME})\b"
)
# Roles is_title does not know by their ending.
_ROLE_ENDINGS = (
    *("meteorolog", "rådgiver", "rådgivar", "advokat", "forsker", "forskar", "overlege"),
    *("professor", "økonom", "analytiker", "vakthavende", "vakthavande", "director"),
    *("manager", "officer", "spokeswoman", "spokesperson", "psykolog", "sekretær"),
)


def with_roles(bullets: list[list[str]], text: str, max_words: int | None) -> list[list[str]]:
    """The bullets with each person first named in full without a role given the role the
    article writes before the name, where the words allow."""
    roles: dict[str, str] = {}
    for found in _ROLE_NAME.finditer(text):
        role, name = found.group(1), found.group(2)
        if _is_role(role.rsplit(" ", 1)[-1]):
            roles.setdefault(name, role)
    if not roles:
        return bullets
    used = sum(len(b.split()) for section in bullets for b in section)
    named: set[str] = set()
    result = []
    for section in bullets:
        kept = []
        for bullet in section:
            for name, role in roles.items():
                at = bullet.find(name)
                if at < 0 or name in named:
                    continue
                named.add(name)
                before = bullet[:at].rstrip().rsplit(" ", 1)[-1].lower()
                after = bullet[at + len(name) : at + len(name) + 1]
                if _is_role(before) or before in role.split() or after in ",:" or after.isalpha():
                    continue  # its role said already, told after it («Kari Ås, leiar i …»), a
                    # turn's label («Mark Dunn: – …»), a genitive («Knausgårds «Min kamp»»)
                extra = role.count(" ") + 1
                if max_words is not None and used + extra > max_words:
                    continue
                said = role[:1].upper() + role[1:] if at == 0 else role
                bullet = f"{bullet[:at]}{said} {bullet[at:]}"
                used += extra
            kept.append(bullet)
        result.append(kept)
    return result


def _is_role(word: str) -> bool:
    return is_title(word) or word.endswith(_ROLE_ENDINGS)


# «Geir Marthinsen er UP-sjef i Nord-Norge.», «Emma Lae er leiar av ungdomsrådet.»: a person
# introduced by the role, and nothing more (not «Kari Ås er ny ordfører»: that is news).
_INTRODUCED = re.compile(
    r"(?:[A-ZÆØÅ][\w'’-]+ ){1,3}[A-ZÆØÅ][\w'’-]+ (?:er|is) ((?:[\w'’-]+ ){0,6}[\w'’-]+)\.$"
)
_NEW = frozenset("ny nytt nye new nyvalgt nyvald".split())  # noqa: SIM905


def introduces_only(text: str) -> bool:
    """Whether a sentence only says who a person is: a name, «er», a role and its place."""
    found = _INTRODUCED.match(text)
    if found is None:
        return False
    words = found.group(1).lower().split()
    return _NEW.isdisjoint(words) and any(_is_role(word) for word in words)
