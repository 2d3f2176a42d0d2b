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

import msgpack

# Below the small lists' floor (Zipf 3): as rare as the rarest word they hold, or rarer.
RARE = 3.0


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


def zipf(word: str, language: str) -> float:
    return zipf_table(language).get(word.lower(), RARE)
