"""The catalogues keep up with the code: every message the bot can say is translated.

The message ids are extracted from bot/ with Babel's API now, as `make messages` does, so
a new English string without a Bokmål and Nynorsk translation fails here, and so does a
stale translation, a placeholder a translation dropped, or a .mo not compiled again.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALE_DIR, words

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _extracted() -> dict[str, tuple[str, ...]]:
    """The msgids in the code, as Babel extracts them with the project's mapping."""
    with open(ROOT / "config" / "babel.cfg", encoding="utf-8") as file:
        methods, options = parse_mapping_cfg(file)
    found: dict[str, tuple[str, ...]] = {}
    for _filename, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "bot"), methods, options
    ):
        ids = (message,) if isinstance(message, str) else tuple(m for m in message if m)
        found[ids[0]] = ids
    return found


EXTRACTED = _extracted()


def _catalogue(lang: str) -> Catalog:
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / "digestbot.po", "rb") as file:
        return read_po(file, locale=lang)


def _key(message: Message) -> str:
    return message.id[0] if isinstance(message.id, tuple | list) else message.id


def _strings(message: Message) -> tuple[str, ...]:
    if isinstance(message.string, tuple | list):
        return tuple(message.string)
    return (message.string,)


def test_the_code_has_messages_to_translate() -> None:
    # A broken extraction (a wrong mapping) would make every other test here pass vacuously.
    assert len(EXTRACTED) > 100
    assert "Sorry, something went wrong on my side. Please try again in a moment." in EXTRACTED
    assert "the language of my words in this chat" in EXTRACTED  # N_() in the command table


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_in_the_code_is_in_the_catalogue(lang: str) -> None:
    catalogue = {_key(m) for m in _catalogue(lang) if m.id}
    missing = sorted(set(EXTRACTED) - catalogue)
    assert missing == [], f"run `make messages` and translate these in {lang}: {missing}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_catalogue_has_no_message_the_code_no_longer_says(lang: str) -> None:
    unused = sorted(_key(m) for m in _catalogue(lang) if m.id and _key(m) not in EXTRACTED)
    assert unused == [], f"remove these from {lang} (`make messages` does): {unused}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(lang: str) -> None:
    untranslated = [
        _key(m)
        for m in _catalogue(lang)
        if m.id and (m.fuzzy or not all(s.strip() for s in _strings(m)))
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_the_placeholders_of_their_message(lang: str) -> None:
    wrong = []
    for message in _catalogue(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in _strings(message):
            if set(PLACEHOLDER.findall(string)) != wanted:
                wrong.append((_key(message), string))
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_up_to_date(lang: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue(lang))
    shipped = (LOCALE_DIR / lang / "LC_MESSAGES" / "digestbot.mo").read_bytes()
    assert shipped == compiled.getvalue(), "run `make messages` (pybabel compile)"


def test_the_bot_speaks_each_language_from_the_shipped_files() -> None:
    message = "No articles yet."
    said = {lang: words(lang).gettext(message) for lang in LANGUAGES}
    assert said == {"nb": "Ingen artikler ennå.", "nn": "Ingen artiklar enno.", "en": message}
    plural = ("%(count)d article (%(new)d new)", "%(count)d articles (%(new)d new)")
    assert words("nn").ngettext(*plural, 1) % {"count": 1, "new": 1} == "1 artikkel (nye: 1)"
    assert words("nn").ngettext(*plural, 3) % {"count": 3, "new": 0} == "3 artiklar (nye: 0)"
