"""How common a word is in the language at large: a topic is what an article says often
and the language says seldom («atom», «Rosenborg»), not what every story says («kommune»,
«verden», «public»).

The figures are wordfreq's small word lists (Zipf scale: 7 for «og», 3 for a word seen
once a million words), read straight from the package's data file: importing wordfreq
itself would load far more than a table of 30,000 words.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import msgpack

if TYPE_CHECKING:
    from bot.core.analysis import Word

# Below the small lists' floor (Zipf 3): as rare as the rarest word they hold, or rarer.
RARE = 3.0
# A word this common (Zipf 4.52 and up: «kamp», «politi», «skip», «prosjekt», «advokat»,
# «stat», «police», «party», «sentence», «opposition») is every story's: a topic only
# where a title or heading names it, where compounds end in it, or where the story says
# it over and over (a reader asks for what is specific: /vindkraft, not /kraft).
EVERY_STORY = 0.99
# A word this common is a part of a name more than a name of its own: «Norges Bank»,
# «Manchester City», «Labour Party».
NAME_PART_ZIPF = 4.5


@lru_cache(maxsize=2)
def zipf_table(language: str) -> dict[str, float]:
    """Word → Zipf frequency; Nynorsk reads Bokmål's list (most of its words are shared)."""
    code = "en" if language == "en" else "nb"
    data = resources.files("wordfreq").joinpath("data", f"small_{code}.msgpack.gz")
    # cBpack: a header, then the words of each centibel of frequency, most frequent first.
    buckets = msgpack.unpackb(gzip.decompress(data.read_bytes()), raw=False)[1:]
    table: dict[str, float] = {}
    for centibels, words in enumerate(buckets):
        for word in words:
            table.setdefault(word, 9.0 - centibels / 100)
    return table


# Nynorsk words of every story whose Bokmål form the list has: read as rare under their
# own spelling, /skule and /straum were topics where /skole and /strøm are not.
_BOKMAL = {
    "skule": "skole", "straum": "strøm", "vêr": "vær", "uvêr": "uvær", "heim": "hjem",
    "veg": "vei", "bustad": "bolig", "kyrkje": "kirke", "høgskule": "høgskole",
    "sjukehus": "sykehus", "fylkesveg": "fylkesvei", "born": "barn",
    "fleirtal": "flertall", "mindretal": "mindretall", "straumbrot": "strømbrudd",
    "innbyggjar": "innbygger", "tilsett": "ansatt", "spelar": "spiller", "leiar": "leder",
}  # fmt: skip


def zipf(word: str, language: str) -> float:
    table = zipf_table(language)
    lower = word.lower()
    found = table.get(lower, RARE)
    if language == "nn" and lower in _BOKMAL:
        found = max(found, table.get(_BOKMAL[lower], RARE))
    return found


class Rarities:
    """A topic key's weight by how seldom the language uses its word: 1.5 for the rarest,
    0.4 for the commonest; a name is never weighed down («West», «Brann»). A key's weight
    from the word lists is the same in every article: kept per language (a name's raise
    is not, since the same key is a name in one article and a word in the next)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.weights: dict[str, float] = {}

    @staticmethod
    @lru_cache(maxsize=4)
    def of(language: str) -> Rarities:
        return Rarities(language)

    def weight(self, key: str, word: Word, morphemes: tuple[tuple[str, str], ...]) -> float:
        found = self.weights.get(key)
        if found is None:
            if len(self.weights) > 100_000:
                self.weights.clear()
            spelling = next(label for k, label in morphemes if k == key)
            found = min(1.5, max(0.4, (6.5 - zipf(spelling, self.language)) / 2))
            self.weights[key] = found
        return max(found, 1.0) if word.name else found
