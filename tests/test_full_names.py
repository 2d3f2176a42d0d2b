"""A person a bullet names by surname alone gets the full name the article gives."""

from __future__ import annotations

import pytest

from bot.core.full_names import full_names, introduce, introduced

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
            "Torsdag sa styreleder Ivar Koteng at klubben ikke har noen ny trener.",
            "«Vi må vinne», sier Koteng.",
        ]
    ]


def test_no_words_left_no_full_name() -> None:
    bullets = [["Torsdag sa Koteng at klubben ikke har noen ny trener."]]
    assert introduce(bullets, TEXT, 9) == bullets


def test_a_bullet_that_names_the_person_in_full_needs_nothing() -> None:
    bullets = [["Det var tungt, sa styreleder Ivar Koteng.", "Torsdag sa Koteng det igjen."]]
    assert introduce(bullets, TEXT, None) == bullets


def test_a_surname_inside_quotation_marks_is_left_as_quoted() -> None:
    # A title («the series "Koteng svarer"») and a speaker's words are given as written.
    text = 'Serien "Koteng svarer" har styreleder Ivar Koteng laget. Koteng liker den.'
    for bullet in (
        'Gjennom serien "Koteng svarer" har Ivar Koteng prøvd seg som journalist.',
        "Han sier: «Koteng er ikke ferdig», og går.",
    ):
        assert introduce([[bullet]], text, None) == [[bullet]]


def test_a_sentence_opening_word_is_no_first_name() -> None:
    bullets = [["Dette er vanlig, sier Støre."]]
    assert introduce(bullets, TEXT, None) == bullets


def test_an_early_also_that_leans_on_a_sentence_not_above_goes() -> None:
    from bot.core.going_on import without_also

    assert without_also("Offeret får også 5000 kroner i oppreisning.") == (
        "Offeret får 5000 kroner i oppreisning."
    )
    assert without_also("The council will also meet on Friday.") == (
        "The council will meet on Friday."
    )
    # (and «neither»: «Noen av togene … kjører heller ikke.»)
    assert without_also("Noen av togene mellom Oslo og Bergen kjører heller ikke.") == (
        "Noen av togene mellom Oslo og Bergen kjører ikke."
    )
    for kept in (
        # (a quote is the speaker's own words, as said)
        "«Tidspunktet for utvisningene er imidlertid ikke tilfeldig», sier Huitfeldt.",
        "“The council will also meet on Friday,” she said.",
        "– Togene kjører heller ikke i morgen, sier Bane NOR.",
        "Flere andre medier, også Aftenposten, har den samme informasjonen.",
        "Han er ikke bare trener, men også daglig leder.",
        "Også i år blir det fest i byen.",
    ):
        assert without_also(kept) == kept


def test_an_early_therefore_or_still_that_leans_on_a_sentence_not_above_goes() -> None:
    from bot.core.going_on import without_also

    assert without_also("Saken måtte derfor til hovedforhandling i tingretten.") == (
        "Saken måtte til hovedforhandling i tingretten."
    )
    assert without_also("Retten mener likevel at han gikk for langt.") == (
        "Retten mener at han gikk for langt."
    )
    # (a turn against the sentence before, first: «However, …»)
    assert without_also("However, no conditions were listed on the agenda item.") == (
        "No conditions were listed on the agenda item."
    )
    assert without_also("Likevel vant de kampen til slutt.") == "Likevel vant de kampen til slutt."
    assert without_also("Rapporten kan nemleg ikkje fastslå dødsårsaka.") == (
        "Rapporten kan ikkje fastslå dødsårsaka."
    )
    # («dermed», thereby: the outcome told without what brought it, the jury's «Ja»)
    assert without_also("27-åringen er dermed kjent skyldig i drapet på naboen.") == (
        "27-åringen er kjent skyldig i drapet på naboen."
    )
    assert without_also("Klæbo hadde dermed bare en parademarsj inn til gullet.") == (
        "Klæbo hadde bare en parademarsj inn til gullet."
    )
    # («forøvrig», by the way: on from what the sentence before told)
    assert without_also("Denne uka var det forøvrig møte mellom foreldrene og rektor.") == (
        "Denne uka var det møte mellom foreldrene og rektor."
    )


def test_an_at_the_same_time_or_however_past_the_first_words_goes() -> None:
    from bot.core.going_on import without_also

    # («samtidig», «imidlertid»: beside or against what the sentence before told)
    assert without_also("Tilsynet peker samtidig på at risikoen for flom er høy i vest.") == (
        "Tilsynet peker på at risikoen for flom er høy i vest."
    )
    assert without_also("Etter to tapsår venter imidlertid ikke styret noe utbytte.") == (
        "Etter to tapsår venter ikke styret noe utbytte."
    )
    # («derimot» far in: the sentence says its fact without it)
    assert without_also("Om lag halvparten av folket er derimot likegyldige til reforma.") == (
        "Om lag halvparten av folket er likegyldige til reforma."
    )
    # (not «samtidig som»: both sides told here)
    kept = "Strømprisen stiger samtidig som lønningene står stille."
    assert without_also(kept) == kept


def test_the_also_stays_when_the_sentence_it_adds_to_is_the_bullet_before() -> None:
    from bot.core.analysis import analyse
    from bot.core.digest import digest_of
    from bot.core.parse import parse_text

    text = (
        "Dømt for vold\n\nMannen ble dømt til 90 dagers fengsel for vold mot en nabo i Nordvik"
        " tingrett tirsdag, etter en lang rettssak om slagsmålet i Storgata i fjor sommer."
        " Offeret får også 5000 kroner i oppreisning fra den dømte mannen. Dommen kan ankes"
        " til lagmannsretten innen to uker, opplyser forsvareren hans til avisen. Saken"
        " startet med en anmeldelse fra naboen i august i fjor."
    )
    bullets = [b for s in digest_of(analyse(parse_text(text))).sections for b in s.bullets]
    assert "Offeret får også 5000 kroner i oppreisning fra den dømte mannen." in bullets


def test_a_things_name_is_not_a_persons_surname() -> None:
    # «Yale University» said something; «the University of Toronto» is no person of it
    text = (
        "Astronomers found seven galaxies. “It was exciting,” said Allison Merritt from Yale"
        " University in the US. Van Dokkum built the telescope with astronomer Roberto Abraham"
        " from the University of Toronto. University staff said the find was a surprise."
    )
    bullets = [
        ["Van Dokkum built the telescope with Roberto Abraham from the University of Toronto."]
    ]
    assert introduce(bullets, text, None) == bullets


def test_a_bodys_name_is_no_given_name_and_surname() -> None:
    # «National Union of Journalists»: «Union leaders said …» are no «National Union»'s
    text = (
        "The BBC will cut 600 jobs, the National Union of Journalists said. Union leaders said"
        " the move threatened jobs and warned of strikes."
    )
    bullets = [["Union leaders said the move threatened jobs and warned of strikes."]]
    assert introduce(bullets, text, None) == bullets


def test_two_given_names_and_a_surname_ending_in_s_are_introduced_whole() -> None:
    """«Per Steinar Stamnes»: «Per» is a word too, «Steinar» is not; «Stamnes» ends in «s»
    and is no genitive (the text never writes «Stamne»)."""
    text = (
        "Tala er ikkje gode nok til at Per Steinar Stamnes i Industri Energi jublar. "
        "Han representerer 2100 medlemmar, og prisen per fat er låg. "
        "– Det mest positive er at den norske verksemda går bra, seier Stamnes."
    )
    bullets = [["Det mest positive er at den norske verksemda går bra, seier Stamnes."]]
    assert introduce(bullets, text, None) == [
        ["Det mest positive er at den norske verksemda går bra, seier Per Steinar Stamnes."]
    ]


def test_a_given_name_that_is_a_small_word_after_a_role_is_no_role() -> None:
    """«administrerende direktør Per Otto Dyb»: «Per» (English «per») is his first name,
    not a role's word before it («Referee Johnny Murphy»)."""
    text = (
        "– Vi er tilfreds med dommen, sier administrerende direktør Per Otto Dyb i selskapet."
        " Partene har to ukers ankefrist. Dyb sier selskapet vil vente med å feire."
    )
    bullets = [["Dyb sier selskapet vil vente med å feire."]]
    assert introduce(bullets, text, None) == [
        ["Per Otto Dyb sier selskapet vil vente med å feire."]
    ]


def test_a_bodys_compound_before_a_place_is_no_given_name() -> None:
    text = (
        "En strekning på E39 er stengt, opplyser Vegtrafikksentralen Sogn og Fjordane. Den"
        " første meldingen kom inn til veitrafikksentralen Sogn og Fjordane klokken 16.11."
    )
    bullets = [["Den første meldingen kom inn til veitrafikksentralen Sogn og Fjordane."]]
    assert introduce(bullets, text, None) == bullets


def test_a_genitive_is_still_no_surname() -> None:
    text = (
        "Styreleder Kari Telenor i selskapet Telenor sier Telenors kunder får ny pris. "
        "Telenor sier prisen stiger. Telenors sjef sier det samme."
    )
    bullets = [["Telenors sjef sier det samme."]]
    assert introduce(bullets, text, None) == bullets


def test_a_middle_initial_is_part_of_the_name_and_ifolge_is_no_given_name() -> None:
    text = (
        "– Dette er en svært tung dag, sier Hanne H. Bragstad, avdelingsdirektør ved "
        "redningssentralen. Ifølge Bragstad er det ennå ikke klart hva som har skjedd."
    )
    bullets = [["Ifølge Bragstad er det ennå ikke klart hva som har skjedd."]]
    assert introduce(bullets, text, None) == [  # (and her post, given after her name)
        ["Ifølge avdelingsdirektør Hanne H. Bragstad er det ennå ikke klart hva som har skjedd."]
    ]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (  # a compound post after the name: told, or between commas
            "Edvin Vang som er skipsfører om bord på redningsskøyta, fortel at båten sto fast."
            " – Det gjekk bra til slutt, seier Vang.",
            "skipsfører Edvin Vang",
        ),
        (
            "Tor Lie, operasjonsleder i Vest politidistrikt, sier at det brenner i to hus."
            " – Vi har kontroll nå, sier Lie.",
            "operasjonsleder Tor Lie",
        ),
    ],
)
def test_a_speakers_post_after_the_name_comes_with_the_full_name(text: str, full: str) -> None:
    surname = full.rsplit(" ", 1)[-1]
    assert full_names(text, {surname}) == {surname: full}


def test_a_possessive_is_no_surname_to_give_in_full() -> None:
    text = (
        "A winter storm pelted Ontario on Tuesday, with Canada’s weather agency warning"
        " residents. Environment Canada issued winter storm warnings across Ontario. The"
        " closures may be a sign of things to come, said Environment Canada meteorologist"
        " Gerald Cheng. The storm would then move east, Canada said."
    )
    bullets = [
        [
            "A winter storm pelted Ontario on Tuesday, with Canada’s weather agency warning.",
            "Environment Canada issued winter storm warnings across Ontario.",
        ]
    ]
    assert introduce(bullets, text, None) == bullets


def test_a_speaker_introduced_after_where_he_works_is_named_in_full_within_the_budget() -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    text = (
        "Teikn i hola gir verdsnyheit\n\nForskarar har funne eit 73 000 år gammalt teikn i ei"
        " hole i Sør-Afrika, det eldste teiknet som er kjent i verda.\n\nFunnet i hola vart"
        " gjort av ei gruppe forskarar frå Bergen, og prosjektleiar for senteret, Ståle"
        " Berglund, har leia arbeidet med analysane av steinane i fleire år.\n\n– Teiknet i hola"
        " er det eldste vi kjenner til, og det endrar synet på menneska, seier Berglund.\n\n"
        "Forskarane skal no granske fleire steinar frå den same hola i Sør-Afrika."
    )
    for max_words in (40, 45):
        digest = digest_article(parse_text(text), max_words=max_words)
        bullets = [b for s in digest.sections for b in s.bullets]
        assert sum(len(b.split()) for b in bullets) <= max_words
        # (with his post where the words allow: «seier prosjektleiar for senteret Ståle …»)
        assert any(b.endswith("Ståle Berglund.") and "seier" in b for b in bullets), bullets


def test_a_person_introduced_on_a_paragraphs_first_words_or_after_a_title_is_named_in_full() -> (
    None
):
    from bot.core.full_names import full_names

    text = (
        "Funn i Olden\n\nArkeologane har gjort spennande funn.\n\nTrond Lødøen er forskar ved"
        " museet. – Vi fann eit sverd, fortel Lødøen.\n\nKlubbleder Ingrid Bjørklund"
        " kommenterer kuttene. – Det er tungt, sier Bjørklund."
    )
    assert full_names(text, {"Lødøen", "Bjørklund"}) == {
        "Lødøen": "Trond Lødøen",
        "Bjørklund": "Ingrid Bjørklund",
    }


def test_a_surname_with_its_courtesy_title_becomes_the_full_name() -> None:
    text = (
        "Heavy rain is expected to continue into next week.\n\nMarco Petagna, meteorologist at"
        " the Met Office, said: “It is a very slow moving band of rain.”\n\n“In those amber"
        " warning areas, we could see 200mm or more,” Mr Petagna added."
    )
    bullets = [["“In those amber warning areas, we could see 200mm or more,” Mr Petagna added."]]
    assert introduce(bullets, text, None) == [
        ["“In those amber warning areas, we could see 200mm or more,” Marco Petagna added."]
    ]


def test_a_person_a_role_and_its_place_introduce_is_named_in_full_though_he_never_speaks() -> None:
    text = (
        "Det er en dødsfarlig situasjon for redningsarbeiderne, sier en av de fremste"
        " USAR-ekspertene i Norge, Pål Kolbenstvedt, til Dagbladet.\n\n"
        "Kolbenstvedt er tidligere redningsleder i Oslo brann- og redningsetat."
    )
    bullets = [["Kolbenstvedt er tidligere redningsleder i Oslo brann- og redningsetat."]]
    assert introduce(bullets, text, None) == [
        ["Pål Kolbenstvedt er tidligere redningsleder i Oslo brann- og redningsetat."]
    ]


def test_the_budget_names_in_full_the_person_a_bullet_gives_first() -> None:
    # (whatever the order of a set of names: the same digest every run)
    text = (
        "Teens find two new scorpions.\n\nPrakrit Jain and Harper Forbes, both 18, found the"
        " scorpions in the desert.\n\nJain and Forbes have been interested in wildlife for"
        " years, Jain says. Forbes says the desert is full of life."
    )
    bullets = [["Jain and Forbes have been interested in wildlife for years, Jain says."]]
    words = len(bullets[0][0].split())
    assert introduce(bullets, text, words + 1) == [
        ["Prakrit Jain and Forbes have been interested in wildlife for years, Jain says."]
    ]


def test_a_speaker_introduced_by_a_role_on_a_place_is_named_in_full() -> None:
    text = (
        "En kvinne er stukket med kniv.\n\nMannen er pågrepet, bekrefter politiets innsatsleder"
        " på stedet, Frank Lisland, overfor NRK.\n\nLisland sier mannen ble pågrepet etter"
        " vitnebeskrivelser. – Han er siktet, sier Lisland."
    )
    bullets = [["Lisland sier mannen ble pågrepet etter vitnebeskrivelser."]]
    assert introduce(bullets, text, None) == [
        ["Frank Lisland sier mannen ble pågrepet etter vitnebeskrivelser."]
    ]


def test_a_speaker_whose_role_follows_his_name_between_commas_is_named_in_full() -> None:
    # («Tor» is a word of the dictionaries too: the role after the name introduces him)
    text = (
        "En mann er pågrepet etter et knivstikk.\n\nTor Gulbrud, operasjonsleder i Oslo"
        " politidistrikt, sier til TV 2 at de to kjente hverandre.\n\nGulbrud sier at alt tyder"
        " på at en kniv ble brukt."
    )
    bullets = [["Gulbrud sier at alt tyder på at en kniv ble brukt."]]
    assert introduce(bullets, text, None) == [
        ["Operasjonsleder Tor Gulbrud sier at alt tyder på at en kniv ble brukt."]
    ]


def test_a_speaker_after_a_place_role_and_two_given_names_is_named_in_full() -> None:
    text = (
        "– Vi skrur av lyset og lader telefonen på skolen, forteller Lillehammer-studenten"
        " Marte Andal Gråberg.\n\n"
        "Gråberg har nylig flyttet inn i et kollektiv, og må betale strøm."
    )
    bullets = [["Gråberg har nylig flyttet inn i et kollektiv, og må betale strøm."]]
    assert introduce(bullets, text, None) == [
        ["Marte Andal Gråberg har nylig flyttet inn i et kollektiv, og må betale strøm."]
    ]


def test_a_full_name_keeps_the_post_it_was_introduced_with() -> None:
    text = (
        "– Dommen var i tråd med påstanden, seier statsadvokat Alvar Rande til avisa.\n\n"
        "Rande meiner saka var alvorleg. Forsvararen vil vurdere anke, seier Rande."
    )
    bullets = [["Rande meiner saka var alvorleg."]]
    assert introduce(bullets, text, None) == [
        ["Statsadvokat Alvar Rande meiner saka var alvorleg."]
    ]
    # (a bullet that gives the post already does not give it twice)
    said = [["Forsvararen vil vurdere anke, seier statsadvokat Rande."]]
    assert introduce(said, text, None) == [
        ["Forsvararen vil vurdere anke, seier statsadvokat Alvar Rande."]
    ]
    # (nor one that gives it after the name: «I fjor vart Rande statsadvokat …»)
    became = [["I fjor vart Rande statsadvokat i Agder."]]
    assert introduce(became, text, None) == [["I fjor vart Alvar Rande statsadvokat i Agder."]]


@pytest.mark.parametrize("qualifier", ["mangeårig", "tidlegare", "fungerande"])
def test_a_full_name_keeps_what_qualifies_its_post(qualifier: str) -> None:
    # («partileiar Anne Enger» alone says she leads the party now)
    text = (
        f"Også {qualifier} partileiar Anne Enger seier ho hadde ønskt seg ei fleirtalsregjering."
        "\n\n– Politikk i mindretal er jo alltid krevjande, seier Enger til Nationen."
    )
    said = [["Politikk i mindretal er jo alltid krevjande, seier Enger."]]
    assert introduce(said, text, None) == [
        [f"Politikk i mindretal er jo alltid krevjande, seier {qualifier} partileiar Anne Enger."]
    ]


def test_a_firms_last_word_before_the_given_name_is_no_name_of_his() -> None:
    text = (
        "Festivalen er utsett tre gongar. Dagleg leiar i Momentium Live Ronny Stokke har venta"
        " på denne dagen lenge. – No blir det konsert i desember, seier Stokke letta."
    )
    bullets = [["No blir det konsert i desember, seier Stokke letta."]]
    assert introduce(bullets, text, None) == [
        ["No blir det konsert i desember, seier Ronny Stokke letta."]
    ]


def test_a_firm_after_the_role_before_the_given_name_is_no_name_of_his() -> None:
    text = (
        "Tåka stengte flyplassen. Det opplyser operativ sjef i Avinor Thomas Vik."
        " – Flyene må lande i Bergen i stedet, sier Vik."
    )
    bullets = [["Flyene må lande i Bergen i stedet, sier Vik."]]
    assert introduce(bullets, text, None) == [
        ["Flyene må lande i Bergen i stedet, sier Thomas Vik."]
    ]
    # (two given names after a preposition that follows no role are his: «Anne Grete»)
    text = "Konserten var en hyllest til Anne Grete Preus. – Hun var unik, sa Preus."
    bullets = [["Hun var unik, sa Preus."]]
    assert introduce(bullets, text, None) == [["Hun var unik, sa Anne Grete Preus."]]


def test_a_because_before_an_early_also_goes_with_it() -> None:
    from bot.core.going_on import without_also

    # («For pophåpet Skaar har …» still gives the reason for a sentence not above it)
    assert without_also("For også pophåpet Skaar – på Warner – har ein eigenart.") == (
        "Pophåpet Skaar – på Warner – har ein eigenart."
    )
    assert without_also("Så også i år vant hun løpet.") == "I år vant hun løpet."


@pytest.mark.parametrize("qualifier", ["assisterende", "konstituert", "fungerende"])
def test_a_post_is_given_with_what_qualifies_it(qualifier: str) -> None:
    # («assisterende stabssjef»: «Stabssjef Torkjel Rendal» would give him another post)
    text = (
        f"– Vi fikk melding klokken 20.57, sa {qualifier} stabssjef Torkjel Rendal i"
        " Sør-Trøndelag politidistrikt til NTB. Rendal sier at politiet etterforsker bredt."
        " – Vi utelukker ingenting, sier Rendal."
    )
    bullets = [["Rendal sier at politiet etterforsker bredt."]]
    assert introduce(bullets, text, None) == [
        [f"{qualifier.capitalize()} stabssjef Torkjel Rendal sier at politiet etterforsker bredt."]
    ]


def test_a_surname_after_its_post_is_named_in_full_where_the_post_introduced_him() -> None:
    from bot.core.full_names import full_names

    text = (
        "Han erklærte seg ikke skyldig etter at tiltalen ble lest opp av aktor, statsadvokat"
        " Kari Li Jensen.\n\n"
        "Statsadvokat Jensen spilte av et lydklipp fra samtalen med politiets"
        " operasjonssentral."
    )
    # («Statsadvokat» is her post, no given name of a second Jensen)
    assert full_names(text, {"Jensen"}) == {"Jensen": "statsadvokat Kari Li Jensen"}


def test_a_speaker_named_by_the_given_name_alone_is_named_in_full() -> None:
    from bot.core.given_names import with_full_given_names

    text = (
        "Seniorrådgivar Hilde Silkoset i Barneombodet meiner ventetida er for lang. "
        "– Vi er uroa for at mange barn må vente for lenge, seier Hilde."
    )
    bullets = [["Vi er uroa for at mange barn må vente for lenge, seier Hilde."]]
    assert with_full_given_names(bullets, text, None) == [
        ["Vi er uroa for at mange barn må vente for lenge, seier Hilde Silkoset."]
    ]
    # No words left, or two people of that given name, or a common word after it: as it was.
    assert with_full_given_names(bullets, text, 12) == bullets
    two = text + " Hilde Moe er einig med henne."
    assert with_full_given_names(bullets, two, None) == bullets
    english = "Joe Biden Administration officials met. – We will act, said Joe."
    assert with_full_given_names([["We will act, said Joe."]], english, None) == [
        ["We will act, said Joe."]
    ]
    assert with_full_given_names([["Vi er klare, sa Kari."]], "Kari Hansen sa det.", None) == [
        ["Vi er klare, sa Kari Hansen."]
    ]
    trump = "Det sa president Donald Trump i går. Han besøkte Trump Tower. – Nei, sa Trump."
    assert with_full_given_names([["Nei, sa Trump."]], trump, None) == [["Nei, sa Trump."]]


def test_a_speaker_named_by_a_double_surname_alone_is_named_in_full() -> None:
    from bot.core.given_names import with_full_given_names

    text = (
        "– Dette er reinska no, seier Kari Kvam Ytreland i Fjordferja til lokalavisa. "
        "Motoren er testa og funnen i orden, fortel Kvam Ytreland."
    )
    bullets = [["Motoren er testa og funnen i orden, fortel Kvam Ytreland."]]
    assert with_full_given_names(bullets, text, None) == [
        ["Motoren er testa og funnen i orden, fortel Kari Kvam Ytreland."]
    ]
    assert with_full_given_names(bullets, text, 0) == bullets  # (no words left)
    # (a post or a party before a name in full is no given name: the bullet names her)
    for before in ("Ordførar", "Høgres", "SV-leiar", "Ifølgje", "Lege", "Daglegvareekspert"):
        told = f"{before} Kari Lund opna møtet. – Vi er klare, seier Kari Lund."
        assert with_full_given_names([["Vi er klare, seier Kari Lund."]], told, None) == [
            ["Vi er klare, seier Kari Lund."]
        ]


def test_a_speaker_named_by_two_given_names_alone_is_named_in_full() -> None:
    from bot.core.given_names import with_full_given_names

    text = (
        "Kari Lund kjempet om seieren mot Anne Kjersti Kalvå. – Det var overraskende å vinne,"
        " sier Anne Kjersti til TV 2."
    )
    bullets = [["«Det var overraskende å vinne», sier Anne Kjersti."]]
    assert with_full_given_names(bullets, text, None) == [
        ["«Det var overraskende å vinne», sier Anne Kjersti Kalvå."]
    ]
    assert with_full_given_names(bullets, text, 0) == bullets  # (no word left for it)


def test_a_person_named_in_full_gets_the_role_the_article_gives_at_the_first_mention() -> None:
    from bot.core.roles import with_roles

    text = (
        "Det er uklart kvar kommunestyret skal møtast, seier ordførar Jarle Aas i Fjordvik. "
        "Jarle Aas ser ikkje bort ifrå at kommunen må leige salen på fylkeshuset. "
        "Statsmeteorolog Magni Lid ved Meteorologisk institutt varslar storm. "
        "Forfatter Kari Moe ga ut boka i fjor."
    )
    bullets = [
        ["Jarle Aas ser ikkje bort ifrå at kommunen må leige salen på fylkeshuset."],
        ["Salen er for liten, seier Jarle Aas.", "Kari Moes roman kom i fjor."],
    ]
    assert with_roles(bullets, text, None) == [
        ["Ordførar Jarle Aas ser ikkje bort ifrå at kommunen må leige salen på fylkeshuset."],
        ["Salen er for liten, seier Jarle Aas.", "Kari Moes roman kom i fjor."],
    ]
    assert with_roles(bullets, text, 18) == bullets  # no word left for the role


def test_a_role_a_partys_name_holds_is_not_given_without_it() -> None:
    from bot.core.roles import with_roles

    text = (
        "A speech to remember. Jeremy Lund has closed the party's conference with a speech to"
        " members. Later, Labour leader Jeremy Lund met the press, and Tory chair Kari Moe spoke."
    )
    bullets = [["Jeremy Lund has closed the party's conference with a speech to members."]]
    assert with_roles(bullets, text, None) == bullets  # (not «Leader Jeremy Lund has closed …»)
    # (nor on top of a sentence: «Labour leader Jeremy Lund met the press.»)
    on_top = text.replace("Later, Labour leader", "Later. Labour leader")
    assert with_roles(bullets, on_top, None) == bullets
    # (a role after a small word is still given: «…, seier ordførar Jarle Aas.»)
    text = "Vegen er stengd, seier ordførar Jarle Aas. Jarle Aas stengde vegen i går."
    assert with_roles([["Jarle Aas stengde vegen i går."]], text, None) == [
        ["Ordførar Jarle Aas stengde vegen i går."]
    ]


def test_a_role_of_a_genitive_and_an_adjective_is_given_whole_or_not_at_all() -> None:
    from bot.core.roles import with_roles

    text = (
        "Det er det eneste de er enige om, sa Sps parlamentariske leder Marit Aas på"
        " talerstolen. Opposisjonen spriker i alle retninger, sa Marit Aas."
    )
    bullets = [["«Opposisjonen spriker i alle retninger», sa Marit Aas."]]
    assert with_roles(bullets, text, None) == [
        ["«Opposisjonen spriker i alle retninger», sa Sps parlamentariske leder Marit Aas."]
    ]
    # (a role the pattern cannot take whole is left out, not cut to its last word)
    longer = text.replace("Sps parlamentariske", "partiets nyvalgte parlamentariske")
    assert with_roles(bullets, longer, None) == bullets
    # (an adjective in -leg, -lig, -isk is the role's: «sportsleg leiar», not «leiar» alone)
    for adjective in ("sportsleg", "daglig", "politisk"):
        sport = text.replace("Sps parlamentariske leder", f"klubbens {adjective} leder")
        said = f"sa klubbens {adjective} leder Marit Aas."
        whole = [[f"«Opposisjonen spriker i alle retninger», {said}"]]
        assert with_roles(bullets, sport, None) in (bullets, whole)
        alone = text.replace("Sps parlamentariske leder", f"{adjective} leder")
        assert with_roles(bullets, alone, None) == [
            [f"«Opposisjonen spriker i alle retninger», sa {adjective} leder Marit Aas."]
        ]


def test_a_role_that_opens_its_sentence_is_given_whole_and_in_lower_case() -> None:
    from bot.core.roles import with_roles

    text = (
        "City manager Dana Holt said the new fire station explains most of the rise. "
        "Council member Luke Ward was in favour of a smaller rise. "
        "Mayor Ann Moe and Dana Holt said the town had not raised the levy since 2017."
    )
    bullets = [["We can do with less, Luke Ward said.", "Ann Moe and Dana Holt said so."]]
    assert with_roles(bullets, text, None) == [
        [
            "We can do with less, council member Luke Ward said.",
            "Ann Moe and city manager Dana Holt said so.",
        ]
    ]


def test_a_speaker_gets_the_role_the_sentence_after_the_quote_gives() -> None:
    from bot.core.roles import with_roles

    text = (
        "– Vi ber alle sjekke høstens rutetider før skolen startar, sier Sofie Lund.\n\n"
        "Hun er pressevakt i Ruter.\n\n"
        "Bussene går sjeldnere i høst."
    )
    bullets = [["«Vi ber alle sjekke høstens rutetider før skolen startar», sier Sofie Lund."]]
    assert with_roles(bullets, text, None) == [
        [
            "«Vi ber alle sjekke høstens rutetider før skolen startar», sier pressevakt i Ruter"
            " Sofie Lund."
        ]
    ]
    # (not what she is besides: «Hun er glad for …»)
    glad = text.replace("Hun er pressevakt i Ruter.", "Hun er glad for at folk tar bussen.")
    assert with_roles(bullets, glad, None) == bullets


def test_a_person_gets_the_post_and_where_it_is_held_written_before_a_comma() -> None:
    from bot.core.roles import with_roles

    text = (
        "Det opplyser operasjonsleder i Trøndelag politidistrikt, Ole Petter Holm. Bilen ble"
        " påført store skader, og Ole Petter Holm betegner den som totalvrak."
    )
    bullets = [["Bilen ble påført store skader, og Ole Petter Holm betegner den som totalvrak."]]
    assert with_roles(bullets, text, None) == [
        [
            "Bilen ble påført store skader, og operasjonsleder i Trøndelag politidistrikt Ole"
            " Petter Holm betegner den som totalvrak."
        ]
    ]
    # (not a list of people after a place: «… folk i Oslo, Ole Nord og Kari Lie»)
    listed = "Vi møtte folk i Oslo, Ole Nord og Kari Lie. Ole Nord sa ja."
    assert with_roles([["Ole Nord sa ja."]], listed, None) == [["Ole Nord sa ja."]]


def test_a_speaker_given_by_the_post_alone_is_named_as_the_article_introduces_them() -> None:
    from bot.core.roles import with_roles

    text = (
        "Politiadvokat Kari Lie i Sør-Aust politidistrikt seier at mannen er sikta. – Vi"
        " etterforskar breitt, seier politiadvokaten. Prosjektleder i Statens vegvesen, Per Ås,"
        " viser til planen."
    )
    bullets = [
        ["«Vi etterforskar breitt», seier politiadvokaten."],
        ["«Vi startar i haust», svarer prosjektlederen."],
    ]
    assert with_roles(bullets, text, None) == [
        ["«Vi etterforskar breitt», seier politiadvokat Kari Lie."],
        ["«Vi startar i haust», svarer prosjektleder Per Ås."],
    ]
    # (not where the article names two people so, nor with no word left for the name)
    two = text + " Politiadvokat Ola Nord fører saka i retten."
    assert with_roles(bullets[:1], two, None) == bullets[:1]
    assert with_roles(bullets[:1], text, 6) == bullets[:1]


def test_a_speaker_given_by_the_post_alone_is_named_where_the_post_follows_the_name() -> None:
    from bot.core.roles import with_roles

    text = (
        "– Det kan kjennast skremmande, seier Kari Solli, kommunikasjonssjef i Fjordfly, om"
        " hendinga. – Faren var nok ikkje så stor, seier kommunikasjonssjefen."
    )
    bullets = [["«Faren var nok ikkje så stor», seier kommunikasjonssjefen."]]
    assert with_roles(bullets, text, None) == [
        ["«Faren var nok ikkje så stor», seier kommunikasjonssjef Kari Solli."]
    ]
    # (the post qualified: «Jørgen Grønneberg, vakthavende meteorolog ved …»)
    text = (
        "– Vi venter full storm på kysten, sier Jens Grønli, vakthavende meteorolog ved"
        " Vervarslinga. – Det meste regnet kommer i morgen, sier meteorologen."
    )
    bullets = [["«Det meste regnet kommer i morgen», sier meteorologen."]]
    assert with_roles(bullets, text, None) == [
        ["«Det meste regnet kommer i morgen», sier meteorolog Jens Grønli."]
    ]


def test_a_role_with_its_place_before_the_name_is_not_given_again() -> None:
    from bot.core.roles import with_roles

    text = (
        "Personen blir tatt i vare, opplyser operasjonsleiar ved Vest politidistrikt Per Li. "
        "Personen er frakta til sjukehus, opplyser operasjonsleiar Per Li."
    )
    bullets = [
        ["Personen blir tatt i vare, opplyser operasjonsleiar ved Vest politidistrikt Per Li."]
    ]
    assert with_roles(bullets, text, None) == bullets


def test_a_role_the_bullet_gives_after_the_name_is_not_given_before_it() -> None:
    from bot.core.roles import with_roles

    text = (
        "Det visste ikke hovedtillitsvalgt Tore Nielsen før han leste avisen. Tore Nielsen er"
        " hovedtillitsvalgt i NNN og representerer 250 av de ansatte på fabrikken."
    )
    bullets = [["Tore Nielsen er hovedtillitsvalgt i NNN og representerer 250 av de ansatte."]]
    assert with_roles(bullets, text, None) == bullets


def test_a_town_after_a_street_is_no_surname() -> None:
    text = (
        "Woman denies abusing hospital staff\n\n"
        "A court heard Ms Hale, of Mill Road, Stroud, visited the hospital on December 27 and"
        " said she was not abusive to staff.\n\n"
        "Her defence lawyer, Stacy Stroud said: “Ms Hale admits being at the hospital.”\n\n"
        "Ms Hale denies the charge and will stand trial in March, Stroud told the court.\n"
    )
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    given = [b for s in digest_article(parse_text(text)).sections for b in s.bullets]
    assert any(b.startswith("A court heard Ms Hale") for b in given), given
    assert not any("Mill Road, Stacy Stroud" in b for b in given), given


def test_a_country_is_not_written_out_to_a_state_named_for_it() -> None:
    text = (
        "Heatwave grips the south\n\n"
        "Severe heatwaves will grip swathes of Australia, bringing conditions not seen in"
        " years.\n\n"
        "For some areas across South Australia and Victoria, temperatures will reach 42C, the"
        " weather bureau warns.\n\n"
        "Starting on Wednesday, South Australia will cop the brunt of the heat, while inland"
        " Australia could reach 45C.\n"
    )
    bullets = [["Severe heatwaves will grip swathes of Australia, bringing conditions."]]
    assert introduce(bullets, text, None) == bullets


def test_a_suspended_compounds_role_is_given_whole_and_no_role_goes_inside_a_compound() -> None:
    from bot.core.roles import with_roles

    text = (
        "– Talet går nedover, seier kunnskaps- og integreringsminister Guri Melby (V). "
        "– Det er bra, seier Melby vidare. Statsminister Erna Solberg la fram planen. "
        "Erna Solberg-regjeringen er den største på lenge."
    )
    bullets = [["Det er bra, seier Melby vidare."]]
    named, _ = introduced(bullets, text, None)
    assert named == [["Det er bra, seier kunnskaps- og integreringsminister Guri Melby vidare."]]
    bullets = [["Planen kom frå Erna Solberg-regjeringen i går."]]
    assert with_roles(bullets, text, None) == bullets


def test_a_name_inside_a_hyphened_place_is_not_written_out() -> None:
    text = (
        "– Det lønner seg ikke i Midt-Norge, sier rådgiver Lars Bockman i Fornybar Norge. "
        "Ifølge strømprisindeksen til Fornybar Norge har regningen i Midt-Norge vært 8000 kroner."
    )
    bullets = [["Ifølge indeksen til Fornybar Norge har regningen i Midt-Norge vært 8000 kroner."]]
    named, _ = introduced(bullets, text, None)
    assert "Midt-Norge" in named[0][0] and "Midt-Fornybar" not in named[0][0]


def test_a_surname_after_the_full_name_in_the_same_bullet_is_not_named_again() -> None:
    text = (
        "Ole Einar Bjørndalen vant fire gull i Salt Lake City. Statistikeren Per Lund kan mer"
        " om Ole Einar Bjørndalen enn Bjørndalen selv, sier trenerne. Bjørndalen ler av det."
    )
    bullet = "Per Lund kan mer om Ole Einar Bjørndalen enn Bjørndalen selv, sier trenerne."
    assert introduce([[bullet]], text, None) == [[bullet]]


def test_a_role_the_bullet_gives_before_the_name_gets_no_second_one() -> None:
    from bot.core.roles import with_roles

    text = (
        "Dette er det billigste forliket noen gang, sier SVs finanspolitiker Kari Lid til NTB."
        " Senere i debatten gikk SVs finanspolitiske talsmann Kari Lid hardt ut mot avtalen."
    )
    bullets = [["Dette er det billigste forliket noen gang, sier SVs finanspolitiker Kari Lid."]]
    assert with_roles(bullets, text, None) == bullets


@pytest.mark.parametrize(
    ("bullet", "named"),
    [
        # The title the whole name opens with is written already: nothing to add.
        (
            "Crown Prince Haakon called the charges serious on Wednesday.",
            "Crown Prince Haakon called the charges serious on Wednesday.",
        ),
        # Part of it is: the rest goes before, not a second title.
        (
            "Prince Haakon called the charges serious on Wednesday.",
            "Crown Prince Haakon called the charges serious on Wednesday.",
        ),
        ("Haakon called them serious.", "Crown Prince Haakon called them serious."),
    ],
)
def test_a_name_the_bullet_titles_already_is_not_titled_twice(bullet: str, named: str) -> None:
    text = (
        "Police charged the son of the Crown Princess. Crown Prince Haakon called the charges"
        " serious. “It is a serious case,” said Crown Prince Haakon. Haakon left for Paris."
    )
    assert introduce([[bullet]], text, None) == [[named]]


def test_a_country_after_a_preposition_and_whole_is_no_surname() -> None:
    # «Telenor Noreg» is the firm; «i heile Noreg» the country
    text = (
        "Telenor Noreg kuttar. Telenor har i dag 3.400 tilsette fordelte på 23 kontor i heile"
        " Noreg. Telenor Noreg seier dei kuttar."
    )
    bullet = "Telenor har i dag 3.400 tilsette fordelte på 23 kontor i heile Noreg."
    assert introduce([[bullet]], text, None) == [[bullet]]


def test_a_party_after_the_is_no_given_name_of_a_country() -> None:
    # «the Forward Italy party»: «Italy» alone is no surname to write out in full
    text = (
        "The coalition led by the Brothers of Italy party is the winner of the elections. The"
        " strongest member is the Brothers of Italy party, while the weakest member is the"
        " Forward Italy party of Silvio Berlusconi. Meloni will reshape Italy, she says."
    )
    bullets = [["The coalition led by the Brothers of Italy party is the winner of the elections."]]
    assert introduce(bullets, text, None) == bullets


def test_a_town_before_a_word_in_the_title_is_no_given_name() -> None:
    # «Leominster Roman coin hoard» reads like «John Key», but the story places the town.
    text = (
        "Leominster Roman coin hoard found by metal detector pair\n\n"
        "A hoard of more than 500 Roman coins was found in a field. The coins, found near"
        " Leominster, were hidden in a bag. I spotted he had a handful of Roman coins.\n\n"
        '"I said, stop," he said.'
    )
    bullets = [["A hoard of more than 500 Roman coins was found in a field."]]
    assert introduce(bullets, text, None) == bullets


def test_a_country_a_bodys_name_ends_on_is_no_surname() -> None:
    # «Environment Canada» reads like «John Key», but the story writes «across Canada»
    text = (
        "Wildfires in Canada force evacuations\n\n"
        "Smoke from the fires has caused Environment Canada to issue an air quality statement."
        " Thousands across Canada have been urged to leave their homes, Canada said."
    )
    assert full_names(text, {"Canada"}) == {}
    bullets = [["Thousands across Canada have been urged to leave their homes."]]
    assert introduce(bullets, text, None) == bullets


def test_a_person_told_by_her_post_is_introduced_though_her_given_name_is_a_word() -> None:
    # («Liv» is a word too; «er breforskar» tells that she is a person)
    text = (
        "Liv Marie Dahle er breforskar i NVE. Ho har målt breane i tjue år.\n\n"
        "– Breane minkar raskare enn før, seier Dahle til avisa."
    )
    assert full_names(text, {"Dahle"}) == {"Dahle": "Liv Marie Dahle"}


def test_a_name_the_bullet_writes_with_another_first_word_is_left_alone() -> None:
    # «League» is given in full as «Champions League»; «the Premier League side» is
    # another name, and «the Premier Champions League side» a made-up one.
    text = (
        "Ravens have signed striker Tom Hale from Lisbon, the Premier League side said on "
        "Monday.\n\nHe scored his first Champions League goal in the group stage.\n\n"
        "Hale said it was his dream to play in the Premier League."
    )
    bullets = [["Ravens have signed striker Tom Hale from Lisbon, the Premier League side said."]]
    assert introduce(bullets, text, None) == bullets
    # (a post before a surname still takes the given name)
    text = "Speaker Jane Rusk opened the debate.\n\nLater, Speaker Rusk said she would stay."
    assert introduce([["Later, Speaker Rusk said she would stay."]], text, None) == [
        ["Later, Speaker Jane Rusk said she would stay."]
    ]
    # (nor a surname after a given name and the one he went by: «Terence (Terry) Taylor»)
    text = (
        'Hale denied murdering Terence (Terry) Taylor.\n\nThe judge said: "You did not mean to'
        ' kill Terry Taylor."\n\nHe could not recall the night which saw Mr Taylor, of Oldham,'
        " end up beaten to death in a pub."
    )
    bullets = [["Hale denied murdering Terence (Terry) Taylor."]]
    assert introduce(bullets, text, None) == bullets
    # (nor a possessive before a place: «Vårt Oslo», a news site's name, is no person)
    text = (
        "Høyre, Venstre, KrF og Frp ble enige om et budsjett for Oslo.\n\n"
        "Bystyret setter av 210 millioner kroner til barnevern neste år. Det har Vårt Oslo"
        " meldt.\n\n– Budsjettet endrer ikke Oslo fra et rødgrønt paradis, sa Kari Lund,"
        " gruppeleder i Oslo Arbeiderparti."
    )
    bullets = [["Partiene ble enige om et budsjett for Oslo."]]
    assert introduce(bullets, text, None) == bullets
    # (nor a post's last word before the given name: «… for Policy John Rood»)
    text = (
        'Pentagon weighs more troops\n\n"We are looking at it," Undersecretary of Defense for'
        " Policy John Rood told senators on Tuesday.\n\nRood wouldn't say how large a force"
        " the Pentagon is considering."
    )
    assert introduce([["Rood wouldn't say how large a force it is."]], text, None) == [
        ["John Rood wouldn't say how large a force it is."]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Båten sank\n\nEin fiskebåt med tre mann om bord sank utanfor Nordøya natt til"
            " onsdag, og alle vart berga.\n\n– Det gjekk fort, på under minuttet, og vi hadde knapt"
            " tid til å få på oss draktene før båten var borte, sier «Havbris»-skipper Ole Morten"
            " Nordvik til avisa.\n\nIfølge Nordvik låg båten på sida i ein halvtime før han gjekk"
            " ned.\n\nMannskapet er henta opp av sjøen.\n",
            "Ifølge Ole Morten Nordvik",
        ),
        (
            'Flu cases rise\n\n"Get your shot now," said Dr. Victoria Millbrook with the county'
            " hospital.\n\nCases have doubled this month. Millbrook said it isn't too late to get"
            " a flu shot this winter.\n\nThe hospital has limited visits.\n",
            "Victoria Millbrook said",
        ),
    ],
)
def test_a_person_introduced_after_a_speech_verb_or_a_courtesy_title_is_named_in_full(
    text: str, expected: str
) -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    bullets = [
        b for s in digest_article(parse_text(text), max_words=200).sections for b in s.bullets
    ]
    assert any(expected in b for b in bullets), bullets


def test_a_firm_named_for_a_person_is_no_surname_and_its_speaker_heads_the_quote() -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    text = (
        "Elbilane tek over\n\n"
        "Sju av ti nye bilar som vart selde i august, var elektriske.\n\n"
        "I landet sett under eitt er veksten i salet av nye elbilar 36 prosent på eitt år.\n\n"
        "Men i distrikta og i fylka i nord er veksten langt høgare.\n\n"
        "– Myten er vekke\n\n"
        "I Nordfylket auka elbil-andelen til 51 prosent av nybilane i august.\n\n"
        "– Det syner at myten om at du må ha dieselbil for å bu i distrikta er vekke no, meiner"
        " marknadssjef Tore Nordvik hos Lunde og Co, den største bilforhandlaren i fylket.\n\n"
        "Han meiner at skepsisen er vekke blant dei aller fleste kundane.\n\n"
        "Utfordrar regjeringa\n\n"
        "– Målet må vere at dei få som vel dieselbil, sluttar med det.\n\n"
        "Det seier Kari Lunde, kommunikasjonsleiar i Elbilforeininga.\n\n"
        "– Eg vil gjerne utfordre regjeringa på å kvitte seg med myten, seier Lunde.\n"
    )
    digest = digest_article(parse_text(text), max_words=200)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert not any("Kari Lunde og Co" in b for b in bullets), bullets
    assert "Nordvik: – Myten er vekke" in [s.heading for s in digest.sections]
