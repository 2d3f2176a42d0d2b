"""Lemmas and compound parts from simplemma's dictionaries (shipped in its wheel).

simplemma decodes a whole language (640,000 Bokmål forms) in about 0.4 s, which is
more than a one-article `digestbot digest` may take. So the first use transcribes the
dictionary into an SQLite file in the user's cache folder, and later processes look
words up there one by one (a few microseconds each). A batch or a server calls
`preload()` to hold the whole dictionary in memory instead.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from bot.core.word_rarity import zipf

# Linking letters between compound parts: forsvar-s-minister, jul-e-tre.
_LINKS = ("s", "e")
_MIN_PART = 3
# No word is longer; the compound search is quadratic in the length, so a run of
# letters pasted as one "word" is not searched.
_MAX_LETTERS = 64
# Endings that are known words but, at the end of a known word, are a suffix, not a
# head: minist-er is not mini + ster, and konkurranse-evne is, but regn-ing is not.
_SUFFIX_LIKE = frozenset(
    "ster else sjon sjonen het heit skap ning ling ende ande isme ikk ert ist ent ant "  # noqa: SIM905
    "inne erske iker ører ator ator itet".split()
)
# A noun's definite and plural endings, longest first: a compound's head ends in one.
_NOUN_ENDINGS = ("ene", "ane", "en", "et", "a")
_EUM_ENDINGS = frozenset(("et", "er", "ene"))
_UNSEEN = ""  # not a form: marks a look-up not made yet (the cache holds None for misses)
_DICTIONARY_LANGUAGES = {"nb": "nb", "nn": "nn", "en": "en", "da": "da", "sv": "sv", "de": "de"}


def _cache_dir() -> Path:
    configured = os.environ.get("DIGESTBOT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "digestbot"


def _decode(language: str) -> Mapping[bytes, bytes]:
    from simplemma.strategies.dictionaries import dictionary_factory

    return dictionary_factory._load_dictionary_from_disk(language)


def _simplemma_version() -> str:
    from importlib.metadata import version

    return version("simplemma")


def _build_cache(language: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(tmp)
        with connection:
            connection.execute(
                "CREATE TABLE forms (form TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID"
            )
            connection.executemany(
                "INSERT OR IGNORE INTO forms VALUES (?, ?)",
                ((k.decode(), v.decode()) for k, v in _decode(language).items()),
            )
        connection.close()
        os.replace(tmp, path)  # atomic: concurrent builders never see half a file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Lexicon:
    """Word forms → lemmas for one language, and compound splitting on top."""

    def __init__(self, language: str) -> None:
        self.language = _DICTIONARY_LANGUAGES.get(language, "nb")
        self._memory: Mapping[bytes, bytes] | None = None
        self._db: sqlite3.Connection | None = None
        self._lemma_cache: dict[str, str | None] = {}
        self._parts_cache: dict[str, tuple[str, ...]] = {}

    def preload(self) -> None:
        """Hold the whole dictionary in memory: for batches and servers."""
        if self._memory is None:
            self._memory = _decode(self.language)

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None:
            path = _cache_dir() / f"lexicon-{self.language}-{_simplemma_version()}.sqlite3"
            try:
                if not path.exists():
                    _build_cache(self.language, path)
                # The file is written once (to a temporary name, then renamed) and never
                # changed: `immutable` spares SQLite a file lock on every look-up (4x faster).
                self._db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                    uri=True,
                    check_same_thread=False,
                )
            except (OSError, sqlite3.Error):
                self.preload()  # no writable cache: fall back to memory
                return None
        return self._db

    def _lookup(self, form: str) -> str | None:
        cached = self._lemma_cache.get(form, _UNSEEN)
        if cached is not _UNSEEN:
            return cached
        lemma: str | None
        if self._memory is not None:
            raw = self._memory.get(form.encode())
            lemma = raw.decode() if raw is not None else None
        else:
            db = self._connect()
            if db is None:
                return self._lookup(form)
            row = db.execute("SELECT lemma FROM forms WHERE form = ?", (form,)).fetchone()
            lemma = row[0] if row else None
        if len(self._lemma_cache) > 200_000:
            self._lemma_cache.clear()
        self._lemma_cache[form] = lemma
        return lemma

    def form_lemma(self, form: str) -> str | None:
        """Return the lemma the dictionary gives a form, or None if it has no entry."""
        return self._lookup(form) if len(form) <= _MAX_LETTERS else None

    def known(self, form: str) -> bool:
        return self._lookup(form) is not None

    def nominal(self, lemma: str) -> bool | None:
        """Whether a Norwegian lemma has a noun's forms (skolen, møtet, ungdommen, jenta);
        None when the dictionary does not know it. Verbs (leggje, opplyse) and adjectives
        (liten, jødisk) have none: they make no topic a reader would type."""
        known = self.form_lemma
        if known(lemma) is None:
            return None
        if lemma.endswith("er"):
            return True  # bompenger, foreldrer: a noun known only in the plural
        if lemma.endswith("um") and known(lemma[:-2] + "et") in (lemma, lemma[:-2]):
            return True  # museum → museet, laboratorium → laboratoriet
        endings = ("en", "et", "a", "ene", "ane", "er", "ar", lemma[-1:] + "en")
        if any(known(lemma + ending) == lemma for ending in endings):
            return True
        # bakke → bakken; but Nynorsk's skriven is a participle: a noun has a plural too.
        plural = known(lemma + "ne") == lemma or known(lemma[:-1] + "ane") == lemma
        return plural and known(lemma + "n") == lemma

    def _known_lemma(self, form: str) -> str | None:
        """The dictionary's lemma of a form, itself its own lemma: «vinden» → «vinde» →
        «vind» (the dictionary files the noun's form under the verb vinde, whose lemma
        it gives as vind)."""
        found = self._lookup(form)
        if found is None or found == form:
            return found
        if found.startswith(form) and self._noun_forms(form):
            return form  # «flom» is the noun (flommen), not the verb flomme's imperative
        again = self._lookup(found)
        shorter = again is not None and len(again) < len(found) and form.startswith(again)
        return again if shorter else found

    def _noun_forms(self, stem: str) -> bool:
        """Whether the dictionary has a noun's definite form of a stem (flom: flommen)."""
        endings = ("en", "et", "a", "ene", stem[-1:] + "en", stem[-1:] + "et")
        return any(self._lookup(stem + ending) == stem for ending in endings)

    def lemma(self, word: str) -> str:
        """Return the dictionary form of a lower-cased word, or the word itself."""
        if len(word) > _MAX_LETTERS:
            return word
        found = self._known_lemma(word)
        if found is not None:
            return self._latin_neuter(word, found)
        # An unknown compound inflects like its head: atomøvelsene → atom + øvelse.
        for start in range(_MIN_PART, len(word) - _MIN_PART):
            head = self._lookup(word[start:])
            if head is not None and len(word) - start >= 4 and self._is_modifier(word[:start]):
                return self._latin_neuter(word, word[:start] + self._noun_head(word[start:], head))
        return word

    def _latin_neuter(self, form: str, lemma: str) -> str:
        """«museet», «museer», «museene» are forms of «museum» (and «jubileet» of
        «jubileum»), which the dictionary files under «muse» and «jubile»."""
        ending = form[len(lemma) :]
        if lemma[-1:] != "e" or not form.startswith(lemma) or ending not in _EUM_ENDINGS:
            return lemma
        head = self.parts(lemma)[-1]
        return lemma + "um" if self._lookup(head + "um") == head + "um" else lemma

    def _noun_head(self, form: str, lemma: str) -> str:
        """The head of a compound is a noun: «målforma» is mål + form, not the verb forme
        (whose past tense «forma» also is)."""
        for ending in _NOUN_ENDINGS:
            stem = form[: -len(ending)]
            if form.endswith(ending) and stem != lemma and self._lookup(stem) == stem:
                return stem
        return lemma

    def _is_modifier(self, text: str) -> bool:
        if len(text) >= _MIN_PART and self.known(text):
            return True
        return len(text) > _MIN_PART and text[-1] in _LINKS and self.known(text[:-1])

    def parts(self, lemma: str) -> tuple[str, ...]:
        """Split a compound lemma into its parts (`militærøvelse` → militær, øvelse).

        A word is split where the head is a known word and the modifier is a known
        word (maybe with a linking s or e) or a compound itself; the longest head wins,
        so `anatomi` (known whole, no known head) stays whole.
        """
        cached = self._parts_cache.get(lemma)
        if cached is not None:
            return cached
        if len(lemma) > _MAX_LETTERS:
            return (lemma,)
        result: tuple[str, ...] = (lemma,)
        # A known word splits only into parts of four letters or more, so that
        # `president` and `konsekvens` stay whole; an unknown one (atomøvelse) may
        # have a three-letter modifier (bil, fly, tog).
        shortest = 4 if self.known(lemma) else _MIN_PART
        for start in range(shortest, len(lemma) - 4 + 1):
            head, modifier = lemma[start:], lemma[:start]
            if not self.known(head) or (shortest == 4 and head in _SUFFIX_LIKE):
                continue
            if self.known(modifier):
                result = (*self.parts(modifier), *self.parts(head))
                break
            if modifier[-1] in _LINKS and len(modifier) > shortest and self.known(modifier[:-1]):
                if modifier[-1] == "e" and head == "ring":
                    continue  # «plassering», «parkering»: a verb's noun in -ering, no «ring»
                result = (*self.parts(modifier[:-1]), *self.parts(head))
                break
        if len(result) > 1 and shortest == 4 and _commoner_than_its_parts(lemma, result, self):
            result = (lemma,)  # «kontroll» is no «kont» + «roll», nor «tjeneste» «tjen» + «este»
        if len(self._parts_cache) > 100_000:
            self._parts_cache.clear()
        self._parts_cache[lemma] = result
        return result


def _commoner_than_its_parts(lemma: str, parts: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a word the dictionary knows is written more often than each of its parts: a
    word of its own, not a compound (a compound is rarer than its head: «atomvåpen»)."""
    language = lex.language
    return zipf(lemma, language) > max(zipf(part, language) for part in parts)


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon:
    """Return the shared lexicon of a language."""
    return Lexicon(language)
