"""A bullet opening on «Han», «Hun», «He», «She» names the person, as an editor writes it."""

from __future__ import annotations

import pytest

from bot.core.analysis import analyse
from bot.core.digest import digest_of
from bot.core.parse import parse_text
from bot.core.pronoun_names import named_subjects, the_person


def bullets(text: str) -> list[str]:
    digest = digest_of(analyse(parse_text(text)), max_words=None)
    return [b for s in digest.sections for b in s.bullets]


SPRINT = "\n\n".join(
    [
        "Klæbo vant sprinten i Trondheim",
        "Johannes Høsflot Klæbo spurtet fra konkurrentene og vant lørdagens sprint i Ski Tour i"
        " Trondheim.",
        "Italias Federico Pellegrino var eneste utlending i sprintfinalen i Trondheim. Han ble"
        " hengt av allerede i den første bakken i finalen.",
        "Finn-Hågen Krogh klarte ikke å holde følge med landsmennene og ble nummer fem, 19"
        " sekunder bak Klæbo.",
        "Pål Golberg ble nummer to, Erik Valnes nummer tre og Emil Iversen nummer fire i"
        " sprintfinalen.",
        "Ski Tour-lederen Aleksandr Bolsjunov falt i semifinalen og tapte viktige sekunder i"
        " sammendraget.",
        "Touren fortsetter søndag med fellesstart i Granåsen, der Klæbo er favoritt igjen.",
    ]
)


def test_a_bullet_on_he_names_the_person_the_sentence_before_named() -> None:
    found = bullets(SPRINT)
    assert "Pellegrino ble hengt av allerede i den første bakken i finalen." in found
    assert not any(b.startswith("Han ") for b in found)


@pytest.mark.parametrize(
    ("before", "bullet", "language", "named"),
    [
        (  # (the speaker of the quote before)
            "«Det har vært mange ulykker i år», sier Emma Julseth Barfod i NVE.",
            "Hun forteller at NVE nå vil nå ut til turistene.",
            "nb",
            "Barfod forteller at NVE nå vil nå ut til turistene.",
        ),
        (
            "Transport Secretary Louise Haigh visited the rail depot in Leeds on Monday.",
            "She said the line would open in 2030.",
            "en",
            "Haigh said the line would open in 2030.",
        ),
        (  # (Nynorsk's «Ho»)
            "Ordførar Kari Holmøy opna den nye skulen i Vik måndag.",
            "Ho meiner skulen er den beste i fylket.",
            "nn",
            "Holmøy meiner skulen er den beste i fylket.",
        ),
        (  # (not «Han og kona …»: two people, the pronoun one of them)
            "Ola Bakken fylte 100 år i helga.",
            "Han og kona feira med familien.",
            "nb",
            "Han og kona feira med familien.",
        ),
        (  # (the name already in the bullet)
            "Ola Bakken fylte 100 år i helga.",
            "Han sier Bakken-familien er stor.",
            "nb",
            "Han sier Bakken-familien er stor.",
        ),
    ],
)
def test_the_pronoun_names_the_subject_or_the_speaker_before_it(
    before: str, bullet: str, language: str, named: str
) -> None:
    assert named_subjects([[bullet]], [[before]], language) == [[named]]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # (someone unnamed the pronoun may mean: «en mann», «a 40-year-old»)
        ("Politiet pågrep en mann etter at Kari Nordmann ringte nødnummeret.", "nb"),
        ("Police said a 40-year-old was arrested after Mary Smith called them.", "en"),
        # (two people named: which one? One by surname alone, one in his genitive)
        ("Ola Hansen møtte Kari Nordmann i Oslo.", "nb"),
        ("«President Vladimir Putins atomretorikk er uansvarlig», sa Stoltenberg.", "nb"),
        # (a person neither subject nor speaker: «frå advokat Halfdan Melbye»)
        ("I går fekk helseministeren ei utgreiing frå advokat Halfdan Melbye i Bergen.", "nn"),
        # (no person: a club, an agency)
        ("The Environment Agency warned Manchester United fans to stay away.", "en"),
    ],
)
def test_no_name_where_the_sentence_before_does_not_tell_whom(sentence: str, language: str) -> None:
    assert the_person(sentence, language) is None


@pytest.mark.parametrize(
    ("sentence", "language", "surname"),
    [
        ("Statsminister Jonas Gahr Støre sier regjeringen vil legge fram saken.", "nb", "Støre"),
        ("«Operasjonen gikk fint», sier broren Pål W. Olsen til avisen.", "nb", "Olsen"),
        (
            "Commission President Ursula von der Leyen said the ban was final.",
            "en",
            "von der Leyen",
        ),
        ("Får dø hjemme: Kreftsyke Hannah Jones (13) slapp operasjonen.", "nb", "Jones"),
    ],
)
def test_the_person_is_the_subject_or_the_speaker(
    sentence: str, language: str, surname: str
) -> None:
    assert the_person(sentence, language) == surname
