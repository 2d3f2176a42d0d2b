"""A source's slip of one letter, mended in a bullet: «milloner» → «millioner», «forstatt» →
«fortsatt», «grunnlegende» → «grunnleggende».

An editor mends such a slip before the bullet is published. A word is mended only where no
dictionary of the three languages knows it, it is no genitive nor a known word with «u-» in
front, and exactly one common word (Zipf 3.5 and up) lies one letter away: a letter left out
or doubled, two letters swapped, one letter too many inside the word. (Not a letter changed:
a rare word one letter from a common one is too often a word of its own.) Names (capitalised)
and words joined by a hyphen are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.glued_words import opening_parted, parted, unglue_figures, written_again
from bot.core.lexicon import lexicon
from bot.core.verbs import LANGUAGES, verb_forms
from bot.core.word_rarity import zipf_table

_COMMON = 3.5  # the Zipf frequency the mended word must have: a word the writer meant
_LETTERS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "nb": "abcdefghijklmnoprstuvyæøå",
    "nn": "abcdefghijklmnoprstuvyæøå",
}
_WORD = re.compile(r"(?<![\w-])[a-zæøå]{5,}(?![\w-])")
_DIGIT = re.compile(r"\d")
_COLON_GLUED = re.compile(r"(?<=[a-zæøå]{2}):(?=[A-ZÆØÅ][a-zæøå])")
# A print page's drop cap, the rest of its word in capitals: «G ARBINE», «W HEN» (not «A»,
# «I»: words of their own)
_DROP_CAP = re.compile(r"([B-HJ-Z]) ([A-Z]{3,})\b")


def mend_spelling(text: str, language: str, article: str = "") -> str:
    """The bullet with every slip of one letter mended, and words run together parted; not a
    word the `article` writes again, as it is or inflected («talmann», «talmannen»): a slip is
    made once, a word the writer means is written each time."""
    norwegian = language in ("nb", "nn")
    text = unglue_figures(text) if _DIGIT.search(text) else text
    if norwegian:
        text = opening_parted(text, language, article)
        if "mill" in text or " prosent" in text or " mrd." in text:  # («2.8 millioner»: 2,8)
            text = _ENGLISH_POINT.sub(r"\1,\2", text)
    elif language == "en" and ("a " in text or "A " in text):  # («A iceberg measuring …»)
        text = _A_BEFORE_VOWEL.sub(r"\1n ", text)
    if ":" in text:  # «Glenn Frey:The Eagles co-founder …»: the colon's space lost
        text = _COLON_GLUED.sub(": ", text)
    if text[1:2] == " " and (cap := _DROP_CAP.match(text)):  # «G ARBINE Muguruza won …»
        text = cap[1] + cap[2].lower() + text[cap.end() :]

    def mend(found: re.Match[str]) -> str:
        two = parted(found.group(), language) if norwegian and len(found.group()) > 5 else None
        mended = two or _mended(found.group(), language)
        if mended is None or (article and written_again(found.group(), article)):
            return found.group()
        before = text[: found.start()].rstrip().rpartition(" ")
        if before[2][:1].isupper() and before[0] and not verb_forms(language).is_finite(mended):
            return found.group()  # «Amalie skram»: a name's word, written small (not a verb
            # after the name: «Kari Kalvå avluttet helgen» is «avsluttet»)
        return mended

    return _WORD.sub(mend, text)


# «A» before a word that opens on a vowel's sound (not «A one-off», «A European», «A US»)
_A_BEFORE_VOWEL = re.compile(
    r"(?:^|(?<=[.!?»”\"] )|(?<=[a-z,] ))([Aa]) (?=(?:[aio]|e(?!u|we))[a-z]{2})"
    r"(?!(?:one|once|is|it|its|in|on|at|of|as|if|and|or|are|en|et|og|i)\b)"
)
# A decimal point in a Norwegian text's amount: «2.8 millioner hotellovernattinger» (a
# thousands' point has three digits after it: «2.800»)
_ENGLISH_POINT = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{1,2})(?= (?:millioner|milliarder|millionar|milliardar|prosent|"
    r"mill\.|mrd\.)\b)"
)


@lru_cache(maxsize=4096)
def _mended(word: str, language: str) -> str | None:
    table = zipf_table(language)
    if word in table or any(lexicon(code).known(word) for code in LANGUAGES):
        return None
    lex = lexicon(language)
    if (word[-1] == "s" and lex.known(word[:-1])) or (word[0] == "u" and lex.known(word[1:])):
        return None  # «sakens», «uforutsigbarhet»: a genitive, a known word's opposite
    if language == "en" and (glued := _GLUED.fullmatch(word)):
        return f"{glued[1]} {glued[2]}"  # «bythe»: a preposition and an article run together
    if _two_common_words(word, table):
        return None  # «formlaget»: a compound of two common words, not «forlaget» misspelt
    letters = _LETTERS.get(language, _LETTERS["en"])
    # (a word of the dictionary, not a name the frequency list has in lower case: «canners»
    # is no slip for «cannes»)
    found = {e for e in _edits(word, letters) if table.get(e, 0.0) >= _COMMON and lex.known(e)}
    if language == "nn":  # (Bokmål's list: «sikkerheit» less its «i» is Bokmål, no slip)
        found = {edit for edit in found if len(edit) == len(word) or _doubled_less(word, edit)}
    # (a common word without the first or the last letter too: «dsatt» is «satt» as likely
    # as «datt», and no mend is better than a wrong one)
    ends = (word[1:], word[:-1])
    blocked = any(table.get(edit, 0.0) >= _COMMON and edit not in found for edit in ends)
    return found.pop() if len(found) == 1 and not blocked else None


# (English only: Norwegian writes its compounds as one word, «storseier»)
_GLUED = re.compile(r"(by|of|to|in|on|at|for|from|with|into)(the|a|an|this|their|his|her)")
_PART = 4  # letters, and a Zipf of _PART_ZIPF or more: a compound's part a writer means
_PART_ZIPF = 4.5


def _two_common_words(word: str, table: dict[str, float]) -> bool:
    """Whether the word is two common words written together («form» + «laget»)."""
    return any(
        table.get(word[:i], 0.0) >= _PART_ZIPF and table.get(word[i:], 0.0) >= _PART_ZIPF
        for i in range(_PART, len(word) - _PART + 1)
    )


def _doubled_less(word: str, edit: str) -> bool:
    """Whether the edit is the word with a doubled letter's copy left out («blittt»)."""
    return any(
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == edit for i in range(len(word) - 1)
    )


def _edits(word: str, letters: str) -> set[str]:
    """The words one letter away: a letter inserted, two swapped, one inside left out (not
    the first, not the last: «jevnlige» is «jevnlig» inflected, not a slip). The first two
    letters are not swapped: a writer seldom slips there, and «vastand» (for «vasstand», the
    water's level) is no «avstand»."""
    edits = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    edits.update(word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
    edits.update(word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in letters)
    edits.discard(word)
    return edits
