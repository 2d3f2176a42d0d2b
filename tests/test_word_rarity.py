"""How common a word is: read from the wordfreq lists that ship in the package."""

from __future__ import annotations

from bot.core.word_rarity import RARE, zipf


def test_common_words_rank_above_rare_ones_in_each_language() -> None:
    assert zipf("og", "nb") > zipf("kommune", "nb") > zipf("atom", "nb")
    assert zipf("the", "en") > zipf("council", "en") > zipf("asteroid", "en")


def test_nynorsk_reads_the_bokmal_list_and_an_unknown_word_is_rare() -> None:
    assert zipf("kommune", "nn") == zipf("kommune", "nb")
    assert zipf("Kommune", "nb") == zipf("kommune", "nb")
    assert zipf("atomtrusselsituasjonen", "nb") == RARE
