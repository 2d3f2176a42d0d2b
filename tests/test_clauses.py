"""A bullet needs a main clause: a finite verb outside its subordinate clauses."""

from __future__ import annotations

import pytest

from bot.core.clauses import clause_checker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Han understrekte at Nato bidrar med avanserte systemer."),
        ("nb", "Neste uke planlegger både Nato og Russland en øvelse."),
        ("nb", "Fergeselskapet kaster ut passasjerene."),
        ("nb", "Hvis du er nybegynner kan du fort bli den nye stjernen."),
        ("nb", "Der møtte han statsministeren."),
        # a name in -s is no genitive before «er», «går», «har»: «Høyres leder» is one
        ("nb", "Gass er et brennbart tema i den lokale valgkampen."),
        ("nb", "Hennes meningsfelle Øyvind Foss går enda lenger."),
        ("nb", "Fiskeeksportørene i Troms sier at banen korter ned transporttiden."),
        # the s-form of a verb the dictionary files as a lemma of its own
        ("nb", "Politikere med stortingsambisjoner kappes om å være mest positive."),
        ("nb", "Et brøl høres foran TV-skjermen."),
        ("nn", "Ho påpeika at elevtalet har gått ned."),
        ("nn", "Regjeringa legg fram budsjettet."),
        ("nn", "Dei meiner det er for seint."),
        ("en", "The storm hit the coast."),
        ("en", "Officials warn of more floods."),
        ("en", "The council voted to close the plant."),
    ],
)
def test_a_sentence_has_a_main_clause(language: str, text: str) -> None:
    assert clause_checker(language).has_main_clause(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an apposition with its relative clause: the verb is inside «som ...»
        ("nb", "Arne Bård Dalhaug, som er pensjonert generalløytnant og tidligere sjef."),
        ("nb", "Skjerpede krav til bankene i Norge."),
        ("nb", "Jentene og guttene i klassen."),
        # a fronted phrase whose verb sits in an indirect question
        ("nn", "På fleire spørsmål om kva Nato vil gjere med medlemslanda."),
        ("nn", "Jenta i klassen."),
        ("en", "The minister, who resigned on Monday."),
    ],
)
def test_a_fragment_has_none(language: str, text: str) -> None:
    assert not clause_checker(language).has_main_clause(text)


def test_participles_are_not_finite_verbs() -> None:
    checker = clause_checker("nb")
    assert not checker.is_finite("pensjonert")
    assert not checker.is_finite("kastende")
    assert checker.is_finite("pensjonerte")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Rødts leder Bjørnar Moxnes og partiets nestleder.", False),  # «leder» the noun
        ("Den nye lederen og en leder fra Høyre.", False),
        ("Hun leder partiet fram mot valget.", True),  # «leder» the verb
        ("Kari Noem er minister og leder departementet.", True),
        ("Norges Bank hever renten igjen.", True),
        ("Det er en ny leder i partiet.", True),
    ],
)
def test_leder_after_a_genitive_or_article_is_the_noun(text: str, main: bool) -> None:
    assert clause_checker("nb").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # «rykket» is the noun «rykk» and the past of «rykke»: after a subject, the verb
        ("nb", "Ambulansen rykket ut til en ulykke på E6 i natt.", True),
        ("nb", "De rykket inn i byen før daggry.", True),
        ("nb", "Rykket i ryggen under treningen.", False),
        ("nb", "Det plutselige rykket i aksjekursen.", False),
        ("nb", "Bilen og huset ved fjorden.", False),
        # Nynorsk «sende», «melde»: the infinitive and the past are one form
        ("nn", "Lensmannen melde om glatte vegar i heile fylket.", True),
        ("nn", "Dei sende brevet til departementet.", True),
        ("nn", "Ein melde av same typen.", False),
        ("nn", "Kravet om å melde frå til kommunen.", False),
    ],
)
def test_a_verb_that_is_also_a_noun_or_an_infinitive_counts_after_its_subject(
    language: str, text: str, main: bool
) -> None:
    assert clause_checker(language).has_main_clause(text) is main
