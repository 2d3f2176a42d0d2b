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


def test_a_keys_weight_does_not_carry_a_names_raise_into_the_next_article() -> None:
    from bot.core.analysis import Word
    from bot.core.word_rarity import Rarities

    morphemes = (("street", "street"),)
    name = Word("Street", "Street", ("Street",), frozenset({"street"}), True, morphemes, True)
    word = Word("street", "street", ("street",), frozenset({"street"}), True, morphemes)
    rarities = Rarities("en")
    assert rarities.weight("street", name, morphemes) == 1.0  # a name: never weighed down
    assert rarities.weight("street", word, morphemes) < 1.0  # the word: as common as it is


def test_the_words_every_story_has_include_the_courtroom_and_the_newsroom() -> None:
    """«advokat», «stat», «sentence», «opposition»: readers call them noise as topics;
    «budsjett», «rente», «tornado» stay the story's own words; a name is never every
    story's."""
    from bot.core.analysis import Word
    from bot.core.word_rarity import EVERY_STORY, Rarities

    def weight(word: str, language: str, name: bool = False) -> float:
        morphemes = ((word, word),)
        surface = word.title() if name else word
        token = Word(surface, surface, (surface,), frozenset({word}), True, morphemes, name)
        return Rarities(language).weight(word, token, morphemes)

    for word, language in [("advokat", "nb"), ("stat", "nb"), ("politi", "nb")]:
        assert weight(word, language) <= EVERY_STORY
    for word, language in [("sentence", "en"), ("opposition", "en"), ("government", "en")]:
        assert weight(word, language) <= EVERY_STORY
    for word, language in [("budsjett", "nb"), ("rente", "nb"), ("tornado", "en")]:
        assert weight(word, language) > EVERY_STORY
    assert weight("stat", "nb", name=True) > EVERY_STORY
