"""The language of an article is the language of its own prose, not of what it quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.digest import digest_article
from bot.core.language import detect_language, detect_prose_language
from bot.core.parse import guess_kind, parse_document, parse_text

READER = Path(__file__).parent.parent / "bench" / "reader"
FIXTURES = Path(__file__).parent / "fixtures"

LANGUAGE: dict[str, str] = {
    "language-nb-english-quotes.txt": "nb",
    "language-nn-kommune.txt": "nn",
    "language-en-norwegian-quote.txt": "en",
    "language-nn-quotes-heldout.txt": "nn",
}


@pytest.mark.parametrize("name", sorted(LANGUAGE))
def test_the_bench_samples_keep_their_language(name: str) -> None:
    text = (READER / name).read_text(encoding="utf-8")
    article = parse_document(text, kind=guess_kind(name, text), source=name)
    assert article.language == LANGUAGE[name]
    assert digest_article(article).language == LANGUAGE[name]


def test_every_language_sample_on_the_bench_is_listed_here() -> None:
    assert {p.name for p in READER.glob("language-*")} == set(LANGUAGE)


NB_WITH_ENGLISH = (FIXTURES / "language_nb_with_english.txt").read_text(encoding="utf-8")

NB_WITH_UNMARKED_ENGLISH = (FIXTURES / "language_nb_with_unmarked_english.txt").read_text(
    encoding="utf-8"
)

NN_ARTICLE = (FIXTURES / "language_nn_article.txt").read_text(encoding="utf-8")

NN_WITH_NB_WORDS = (FIXTURES / "language_nn_with_nb_words.txt").read_text(encoding="utf-8")

EN_WITH_NORWEGIAN = (FIXTURES / "language_en_with_norwegian.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (NB_WITH_ENGLISH, "nb"),
        (NB_WITH_UNMARKED_ENGLISH, "nb"),
        (NN_ARTICLE, "nn"),
        (NN_WITH_NB_WORDS, "nn"),
        (EN_WITH_NORWEGIAN, "en"),
    ],
)
def test_an_article_is_detected_in_the_language_of_its_own_prose(text: str, language: str) -> None:
    assert parse_text(text).language == language


def test_an_article_of_quotes_only_still_gets_a_language() -> None:
    assert detect_prose_language(["«We will win this war,» he said.", "– Yes, we will."]) == "en"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Han sa at det ikke var noe mer å gjøre.", "nb"),
        ("Ho sa at det ikkje var noko meir å gjere.", "nn"),
        ("She said there was nothing more to be done.", "en"),
    ],
)
def test_one_sentence_is_enough_for_the_three_languages(sentence: str, language: str) -> None:
    assert detect_language(sentence) == language


def test_a_short_nynorsk_note_with_the_newsroom_box_is_nynorsk() -> None:
    from bot.core.parse import parse_text

    text = (
        "Leiaren møter statsministeren\n\nEtter det avisa erfarer skal Sp-leiar Kari Vik møte"
        " statsministeren torsdag.\n\nHo har sagt at ho vil snakke med alle partia i"
        " fleirtalet.\n\nNyhetstips 03030\n\nEr du der det skjer eller vet noe vi burde vite?"
        " Ta kontakt på 915 03030 eller tips@avisa.no"
    )
    assert parse_text(text).language == "nn"


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        # A short Bokmål story quoting a speaker's Nynorsk: the lead's few words decide.
        (
            [
                "Skolen i Aurland stenges fra mandag etter flommen.",
                "– Eg er lei meg for at det vart slik, men vi må tenkje på elevane, sier rektor.",
                "– Det er ikkje trygt å vere der no.",
            ],
            "nb",
        ),
        # And the other way round: a Nynorsk note quoting a minister's Bokmål.
        (
            [
                "Ministeren kjem til Førde på måndag.",
                "– Jeg gleder meg til å se hva de har fått til, og hvordan det går, sier hun.",
                "– Det er ikke noe jeg vil si mer om nå.",
            ],
            "nn",
        ),
    ],
)
def test_a_few_words_of_own_prose_outweigh_the_quotes(paragraphs: list[str], language: str) -> None:
    assert detect_prose_language(paragraphs) == language


def test_a_norwegian_pages_english_summary_box_is_no_section() -> None:
    from bot.core.analysis import analyse
    from bot.core.digest import digest_of
    from bot.core.parse import parse_text

    text = (
        "Kutt ved universitetene\n\n"
        "Sparekniven blir brukt på universiteter og høyskoler landet rundt, og mange må kutte.\n\n"
        "Summary in English: Cuts, cuts and more cuts\n\n"
        "Universities all over the country are being forced to save costs in the form of"
        " recruitment freezes and cuts in study programmes.\n\n"
        "Ved universitetet skal de kutte cirka 150 årsverk innen 2026, sier rektor Kari Moe.\n"
    )
    digest = digest_of(analyse(parse_text(text)))
    assert digest.language == "nb"
    shown = [s.heading or "" for s in digest.sections] + [
        b for s in digest.sections for b in s.bullets
    ]
    assert not any("English" in line or "Universities all over" in line for line in shown), shown
