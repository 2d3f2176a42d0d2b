"""A person a bullet names by surname alone gets the full name the article gives."""

from __future__ import annotations

from bot.core.full_names import introduce

TEXT = (
    "Treneren fikk sparken torsdag. – Det var tungt, sa styreleder Ivar Koteng til avisen. "
    "Torsdag sa Koteng at klubben ikke har noen ny trener. Klubben i Oslo Høyre-byen er i "
    "krise. «Vi må vinne», sier Koteng. Ifølge Støre er dette vanlig, sier Støre."
)


def test_the_first_surname_alone_becomes_the_full_name() -> None:
    bullets = [
        ["Torsdag sa Koteng at klubben ikke har noen ny trener.", "«Vi må vinne», sier Koteng."]
    ]
    assert introduce(bullets, TEXT, None) == [
        [
            "Torsdag sa Ivar Koteng at klubben ikke har noen ny trener.",
            "«Vi må vinne», sier Koteng.",
        ]
    ]


def test_no_words_left_no_full_name() -> None:
    bullets = [["Torsdag sa Koteng at klubben ikke har noen ny trener."]]
    assert introduce(bullets, TEXT, 9) == bullets


def test_a_bullet_that_names_the_person_in_full_needs_nothing() -> None:
    bullets = [["Det var tungt, sa styreleder Ivar Koteng.", "Torsdag sa Koteng det igjen."]]
    assert introduce(bullets, TEXT, None) == bullets


def test_a_sentence_opening_word_is_no_first_name() -> None:
    bullets = [["Dette er vanlig, sier Støre."]]
    assert introduce(bullets, TEXT, None) == bullets
