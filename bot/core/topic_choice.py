"""Which of an article's ranked keys become its topic commands.

bot/core/topics.py ranks each section's keys by how much they tell that section apart;
these are the choices it makes from the ranking, and the one key it adds for the article
as a whole: its subject, which most sections share and so tells none of them apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from bot.core.name_words import names_a_post
from bot.core.text import match_key
from bot.core.topic_counts import SectionWords, carriers_of
from bot.core.word_rarity import EVERY_STORY

if TYPE_CHECKING:
    from bot.core.analysis import Word

# The subject is written this often in the article's text (its headings aside).
_SUBJECT_TIMES = 4


def article_subject(
    counts: list[dict[str, int]],
    in_text: list[dict[str, int]],
    weight: Callable[[str], float | None],
    written: Callable[[str], bool],
    taken: Collection[str],
) -> str | None:
    """The key at least half the sections (two or more) write, the most often by its
    weight, when it is not a topic already: /brann in a fire's four sections, each of
    which ranks its own words first (/branntomt, /eier, /etterslukking). `weight` is None
    for a key that can be no topic."""
    if len(counts) < 2:
        return None
    spread = Counter(key for count, keys in zip(counts, in_text, strict=True) for key in keys)
    needed = max(2, (len(counts) + 1) // 2)
    ranked: list[tuple[float, str]] = []
    for key, n_sections in spread.items():
        if n_sections < needed:
            continue
        times = sum(count.get(key, 0) for count in counts)
        if times < _SUBJECT_TIMES or (found := weight(key)) is None:
            continue
        ranked.append((times * found, key))
    for _, key in sorted(ranked, key=lambda item: (-item[0], item[1])):
        if key in taken:
            return None  # the subject is a section's topic already
        if written(key):
            return key
    return None


def same_name(one: str, other: str) -> bool:
    """Whether one command is a part of the other's name: /thea and /thea_koren; or its
    genitive or plural: /klaebos of «Klæbos», beside /klaebo."""
    if len(one) >= 4 and (one == f"{other}s" or other == f"{one}s"):
        return True  # (/all_black of «the All Black camp», beside /all_blacks)
    if "_" not in one and "_" not in other:
        return False
    parts, others = one.split("_"), other.split("_")
    if parts[-1] == others[-1] and (_rank(parts[0]) or _rank(others[0])):
        return True  # /garda_farrell beside /elaine_farrell: one person
    return set(parts) <= set(others) or set(others) <= set(parts)


# A person's rank or form of address before the surname: «Garda Farrell», «Ms Lee».
_RANKS = frozenset("garda officer trooper sheriff ms mr mrs miss dr".split())  # noqa: SIM905


def _rank(word: str) -> bool:
    return word in _RANKS or names_a_post(word)


def fuller_name(one: str, other: str) -> bool:
    """Whether one command names the person more fully than the other: more names, or a
    given name where the other has a rank (/elaine_farrell, not /garda_farrell)."""
    if one.count("_") != other.count("_"):
        return one.count("_") > other.count("_")
    return _rank(other.split("_")[0]) and not _rank(one.split("_")[0])


def written_best(
    ranked: list[tuple[float, str]], written: Callable[[str], bool]
) -> list[tuple[float, str]]:
    """The ranked keys written where a topic is, down to 0.4 of the best of them."""
    kept: list[tuple[float, str]] = []
    for score, key in ranked:
        if kept and score < 0.4 * kept[0][0]:
            break
        if written(key):
            kept.append((score, key))
    return kept


def drop_nested(keys: list[str]) -> list[str]:
    """Keep `atom` and drop `atomvapen` when both rank: the shorter part already covers it."""
    kept: list[str] = []
    for key in keys:
        if any(key != k and (key.startswith(k) or key.endswith(k)) for k in kept):
            continue
        kept.append(key)
    return kept


# A plain word's weight (bot.core.word_rarity) from Zipf 3.7 down: «lakselus», «forlis»
_PLAIN_RARITY = 1.4
_THEME_WORDS = 3  # the words of the story that carry the title's plain word, at least
_SAID_THEME = 4  # times the story says the title's word alone, at least
_SAID_ALONE_THEME = 9


def theme(key: str, sections: list[SectionWords], said_alone: Callable[[str], int]) -> bool:
    """Whether the story says a plain word over and over, alone and in words of its own:
    /elg of «elgen» ten times, «elgjakta», «elgbestanden»."""
    said = said_alone(key)
    # (or said alone still more, in its own forms: /ulv of «ulv», «ulven» nine times)
    words = 1 if said >= _SAID_ALONE_THEME else _THEME_WORDS
    return said >= 2 * _SAID_THEME and len(carriers_of(key, sections)) > words


def too_common(
    keys: Iterable[str],
    sections: list[SectionWords],
    weight: Callable[[str, SectionWords], float],
    title_words: Iterable[Word],
    said_alone: Callable[[str], int],
) -> list[str]:
    """The plain words, of those a story beside its names would make topics, that are as
    common as «politi», «kommune», «camp», «rescue»: not what a reader types for one story,
    title or no title. Readers called such topics noise 52 times in 62 on pages 1156–1215.

    Kept: a word compounds end in (/ovelse of «atomøvelse», «militærøvelse»; /brann of
    «husbrann», «skogbrann»), and the word the title says in its plain form when the
    story's words are made of it (/strom of «strømpris», «strømstøtte» under «Dyrere strøm
    i vinter»; not «Politiet vil …»: a definite noun in a title mostly names who acts),
    or the head of the title's compound that the story says alone over and over, when not
    as common as every story's words (/ovelse of «Militærøvelser i nord», «øvelsen» four
    times and more).
    """
    title_words = list(title_words)
    plain_in_title = {match_key(w.lemma) for w in title_words if w.surface.lower() == w.lemma}
    title_heads = {match_key(w.parts[-1]) for w in title_words if len(w.parts) > 1}
    dropped: list[str] = []
    for key in keys:
        carried_in = [section for section in sections if section.carriers.get(key)]
        found = weight(key, carried_in[0]) if carried_in else _PLAIN_RARITY
        if found >= _PLAIN_RARITY or sum(section.heads(key) for section in carried_in) >= 2:
            continue
        if found > EVERY_STORY and key in title_heads and said_alone(key) >= _SAID_THEME:
            continue
        if found > EVERY_STORY and theme(key, carried_in, said_alone):
            continue  # /hjort of «hjorten» ten times, «hjortejakta», «hjortebestanden»: its theme
        if key not in plain_in_title or len(carriers_of(key, carried_in)) < _THEME_WORDS:
            dropped.append(key)
    return dropped


# A word's weight this low (a Zipf frequency of 5.2 and more, «price», «skole», «road»):
# readers called all 11 such topics noise on pages 10851–11170. From 4.52 on («drug»,
# «plan», «forslag»), 27 of 30 on pages 10851–11330 (the good three: /skatt, /forskning,
# /cancer): there, a word the story makes its theme stays.
_EVERY_STORYS = 0.65
_SECTIONS_ALL = 3  # sections: a word in every one of three or more is the story's thread


def every_storys(
    keys: Iterable[str],
    sections: list[SectionWords],
    weight: Callable[[str, SectionWords], float],
    title_words: Iterable[Word],
    said_alone: Callable[[str], int],
) -> list[str]:
    """The plain words as common as every story's words, names beside them or none: /price,
    /skole, /barn, /plan. Kept: a word the title names (/kommune under «Kommunen satser på
    vind»), or ends a compound of (/buss under «Skulebussen køyrer igjen …»); one not quite
    so common that the story makes its theme (/brann in every section, or said over and over;
    not /plan of «reguleringsplan», «kommuneplan»: readers called it noise)."""
    title_words = list(title_words)
    in_title = {match_key(w.lemma) for w in title_words}
    in_title |= {match_key(w.parts[-1]) for w in title_words if len(w.parts) > 1}
    # (a title's compound that opens on it, the story's words made of it: /strom of
    # «strømprisen», «strømregningen», «strømstøtten» under «Strømprisen stiger …»)
    opens_title = {match_key(w.parts[0]) for w in title_words if len(w.parts) > 1}
    dropped: list[str] = []
    for key in keys:
        carried_in = [section for section in sections if section.carriers.get(key)]
        if not carried_in or key in in_title:
            continue
        found = weight(key, carried_in[0])
        if found > EVERY_STORY:
            continue
        if found > _EVERY_STORYS and (
            theme(key, carried_in, said_alone)
            or len(carried_in) == len(sections) >= _SECTIONS_ALL
            or (key in opens_title and len(carriers_of(key, carried_in)) >= _THEME_WORDS)
        ):
            continue
        dropped.append(key)
    return dropped


def plain_noise(
    keys: list[str],
    sections: list[SectionWords],
    weight: Callable[[str, SectionWords], float],
    title_words: Iterable[Word],
    said_alone: Callable[[str], int],
    named: bool,
) -> set[str]:
    """The plain words no reader types: beside names, those too_common finds; with names or
    none, those as common as every story's words (every_storys)."""
    title_words = list(title_words)
    common = too_common(keys, sections, weight, title_words, said_alone) if named else []
    plain = every_storys(keys, sections, weight, title_words, said_alone)
    if not named and plain and set(keys) <= set(plain):
        # (a story of such words alone keeps the rarest: some topic to ask for)
        rarest = max(plain, key=lambda key: _first_weight(key, sections, weight))
        return set(plain) - {rarest}
    return {*common, *plain}


def _first_weight(
    key: str, sections: list[SectionWords], weight: Callable[[str, SectionWords], float]
) -> float:
    return next((weight(key, s) for s in sections if s.carriers.get(key)), 0.0)
