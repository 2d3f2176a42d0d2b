"""Names a reader types whole: a royal's title with the name («Prince Harry»), a town
named for a royal («Prince George»), a place named for its owner («Hawke's Bay»), two plain
words a name capitalises («Natur og Ungdom»), a firm named for its place («Agder
Energi»), a name with its particle («von Trier»)."""

from __future__ import annotations

import pytest

from bot.core.analysis import analyse
from bot.core.digest import ask
from bot.core.parse import parse_text
from bot.core.topic_places import usual_name, whole_name
from bot.core.topics import derive_topics


def topic_commands(text: str) -> list[str]:
    """The topic commands of an article read from plain text, in their order."""
    return [topic.command for topic in derive_topics(analyse(parse_text(text)))[0]]


_TEXTS = {
    "prince_george": """Mill to close a pulp line in Prince George

Northwood Pulp says it will close a pulp line at its Prince George mill, cutting about 300
jobs.

The decision about the Prince George mill came after a long review of the supply of fibre
in the area, the company said.

Mill workers in Prince George said they were shocked. Prince George has lost three mills in
five years.
""",
    "prince_harry": """Prince Harry loses court bid over police protection

Prince Harry has lost his High Court challenge over the decision to change his security
arrangements when he visits Britain.

Harry had argued that the decision was unfair. The court said the committee had acted
lawfully. Harry said he would appeal.

A spokesman for Harry said the prince was disappointed.
""",
    "hawkes_bay": """Drought tightens its grip on Hawke's Bay farms

Farmers in Hawke's Bay are facing the worst drought in decades, the regional council says.

Rainfall since November was lower than in the 2013 drought almost everywhere in Hawke's
Bay, a council scientist said.

Sheep and beef farmers in Hawke's Bay have sold stock early. The council said water
restrictions would stay in place across Hawke's Bay until the autumn rain arrived.
""",
    "natur_og_ungdom": """Ungdommar vil ha meir makt i klimapolitikken

Natur og Ungdom i Nordfjord har fått tjue nye medlemmer i haust, seier lokallagsleiaren.

Det er viktig at vi er med og bestemmer korleis Natur og Ungdom skal jobbe lokalt, seier
leiaren i laget.

På Natur og Ungdom sitt landsmøte i helga skal medlemmene vedta eit nytt program for
klimaarbeidet.
""",
    "von_trier": """Melancholia review: a hypnotic end of the world

Lars von Trier’s new film was overshadowed by his remarks at the festival this year.

Much to von Trier’s distaste, the film is more mainstream than his earlier work, and the
cast is superb.

It is the best film von Trier has made in a decade, and the ending stays with you.
""",
}


@pytest.mark.parametrize("command", sorted(_TEXTS))
def test_a_name_with_its_royal_title_or_its_owner_is_one_topic(command: str) -> None:
    article = parse_text(_TEXTS[command].replace("\n", " ").replace("  ", "\n\n"))
    commands = [topic.command for topic in derive_topics(analyse(article))[0]]
    assert command in commands, commands
    for part in command.split("_"):
        assert part not in commands and part.rstrip("s") not in commands, commands
    assert ask(article, command), f"/{command} finds no sentence"


def test_an_owner_names_a_place_not_a_product() -> None:
    text = "Hawke's Bay is dry. Google's Gemini answered. Farms in Hawke's Bay wait for rain."
    assert whole_name("Bay", text, 0) == "Hawke's Bay"
    assert whole_name("Gemini", text, 0) is None


def test_two_parties_letters_joined_by_og_are_no_one_name() -> None:
    text = "Dei la fram eit felles framlegg frå H og AP. Etter møtet vart framlegget vedteke."
    assert whole_name("AP", text, 0) is None
    assert whole_name("Ungdom", "Leiaren i Natur og Ungdom. Natur og Ungdom vil ha meir.", 0) == (
        "Natur og Ungdom"
    )


def test_a_place_before_a_firm_word_is_read_as_the_firm() -> None:
    text = (
        "Eigarane i Agder Energi tok ut tre milliardar. Agder Energi er eigd av kommunane."
        " Utbyttet i Agder Energi blir lågare, seier ordføraren."
    )
    assert usual_name("Agder", text, "nn") == "Agder Energi"
    assert usual_name("Erna", "Erna Solberg talte. Erna Solberg svarte.", "nb") is None


def test_a_source_introduced_by_a_role_after_the_lead_is_no_topic() -> None:
    lead = (
        "Harstad vant klart over Landsås\n\n"
        "Harstad var best i torsdagens oppgjør i 3. divisjon og vant 30–12 over Landsås. "
        "Harstad leder serien, og Landsås har tapt alle kampene. Harstad møter Tromsø "
        "neste uke, og Landsås spiller borte mot Narvik.\n\n"
        "Landsås fikk likevel sitt nest beste resultat i høst, og publikum i Landsås-hallen "
        "heiet laget fram til siste slutt i den jevne andre omgangen.\n\n"
    )
    coach = (
        "Oppløftende\n\nLandsås-trener Kari Vikhammer smilte likevel bredt etter kampen.\n\n"
        "– Vi er fornøyde med tolv scoringer, og da skal vi smile, sier Vikhammer.\n\n"
        "– Vi skal jobbe videre med forsvaret og komme nærmere de beste lagene, sier "
        "Vikhammer.\n\n"
        "– Så lenge vi har det gøy, har vi nådd det viktigste målet denne sesongen, sier "
        "Vikhammer."
    )
    commands = topic_commands(lead + coach)
    assert not any("vikhammer" in c for c in commands), commands
    assert "harstad" in commands, commands
    # a party's leader is whom a political story is about
    party = coach.replace("Landsås-trener", "Ap-leder")
    commands = topic_commands(lead + party)
    assert "kari_vikhammer" in commands, commands


def test_a_sentence_run_on_without_its_stop_names_no_one() -> None:
    text = (
        "Verfta får nye oppdrag\n\nFakta: Skipsbygging i Norge Det er i dag rundt 50"
        " skipsverft i Norge med rundt 10 000 tilsette. Verfta i Norge byggjer no skip for"
        " cruisemarknaden. Dei største verfta i Norge ligg på Sunnmøre, og verfta i Norge har"
        " fleire oppdrag enn på mange år."
    )
    commands = topic_commands(text)
    assert not any("det" in c.split("_") for c in commands), commands


def test_a_name_and_its_plural_are_one_topic() -> None:
    text = (
        "All Blacks lose to Springboks in Durban\n\n"
        "The All Blacks lost 21-18 to the Springboks in Durban on Saturday. The All Blacks"
        " led at half-time, but the Springboks scored twice late on. The All Black camp did"
        " not talk before the game, and the All Black coach said the Springboks deserved it."
        " The All Blacks play Australia next week."
    )
    commands = topic_commands(text)
    assert "all_blacks" in commands and "all_black" not in commands, commands


def test_a_speaking_person_is_named_in_full_and_a_place_is_not() -> None:
    text = (
        "Solberg vil ha ny skatt\n\nHøyre-leder Erna Solberg vil innføre en ny skatt."
        " Solberg sier skatten skal gi penger til skolene. Solberg la fram planen i Bergen,"
        " og Solberg sier hun vil ha svar før jul.\n\nIn South Scotland the rain fell all day."
        " Scotland had floods, and Scotland closed roads. Scotland expects more rain in"
        " Scotland this week."
    )
    commands = topic_commands(text)
    assert "erna_solberg" in commands and "solberg" not in commands, commands
    assert "south_scotland" not in commands, commands


def test_a_person_named_in_full_on_a_sentences_first_word_is_named_in_full() -> None:
    # «London» opens the sentence and the dictionary has it, but the story never writes it
    # in lower case: a given name here.
    text = (
        "Breed wins mayor's race\n\nLondon Breed, president of the Board of Supervisors,"
        " claimed victory on Wednesday in the city's mayoral race.\n\n\"I will be your mayor"
        ' too," Breed said on the steps of City Hall. Breed spoke at a news conference, and'
        " Breed said the campaign was over."
    )
    commands = topic_commands(text)
    assert "london_breed" in commands and "breed" not in commands, commands


@pytest.mark.parametrize(
    ("text", "whole", "bare"),
    [
        (  # a role before the name: he never speaks in the story
            "Budsjettet strammes inn\n\nFinansminister Trygve Slagsvold Vedum legger fram"
            " budsjettet i dag. Vedum må stramme inn. Budsjettet til Vedum kutter i"
            " pengebruken, og Vedum vil bruke mindre oljepenger.",
            "trygve_slagsvold_vedum",
            "vedum",
        ),
        (  # a party after the name
            "Byrådet faller\n\nByrådsleiar Raymond Johansen (Ap) mistar fleirtalet."
            " Johansen har styrt i fire år. Partiet til Johansen går tilbake, og Johansen"
            " må finne nye vener.",
            "raymond_johansen",
            "johansen",
        ),
        (  # a headline gives his words after a colon
            "Lysbakken: – Håpar Raudt opnar døra\n\nAudun Lysbakken og partiet gjer det bra på"
            " målinga. Lysbakken er glad for tala. Målinga gir Lysbakken god grunn til å smile,"
            " og Lysbakken ventar meir.",
            "audun_lysbakken",
            "lysbakken",
        ),
    ],
)
def test_a_person_introduced_by_a_role_or_party_is_named_in_full(
    text: str, whole: str, bare: str
) -> None:
    commands = topic_commands(text)
    assert whole in commands and bare not in commands, commands


def test_a_source_named_with_where_she_works_and_a_platform_are_no_topics() -> None:
    text = (
        "Mann funnet død etter trusselsituasjon\n\nVæpnet politi rykket onsdag kveld ut til en"
        " privat adresse i Averøy. Ved politiets ankomst ble en mann funnet død, opplyser"
        " politiet på Twitter. Mannen var i 50-årene, og politiet kaller dødsfallet mistenkelig."
        "\n\nMulig krisestab\n\nRådmann Berit Hannasvik i Averøy sa onsdag kveld at hun ikke var"
        " orientert om saken. – Vi følger opp innbyggerne våre, sier Hannasvik."
    )
    commands = topic_commands(text)
    assert "berit_hannasvik" not in commands and "twitter" not in commands, commands


def test_a_firms_last_word_before_a_persons_name_is_no_given_name() -> None:
    text = (
        "Festivalen kjem tilbake\n\nJugendfest blir arrangert i november, seier dagleg leiar i"
        " Momentium Live Ronny Stokke. Stokke har venta i to år.\n\nBoligeier John Ivar"
        " Brennelien kjøpte billett med ein gong. – Eg gler meg, seier Brennelien. Stokke seier"
        " at Brennelien er ein av mange som har venta."
    )
    commands = topic_commands(text)
    assert "ronny_stokke" in commands and "live_ronny_stokke" not in commands, commands
    assert not any(c.startswith("ivar_") for c in commands), commands


def test_a_roles_compound_before_two_given_names_leaves_both() -> None:
    text = (
        "Haaland til Salzburg\n\nMolde-spissen Erling Haaland går til Salzburg etter sesongen."
        "\n\n– Det betyr mye for klubben at han får spille her ut året, sier Molde-manager Ole"
        " Gunnar Solskjær i en pressemelding.\n\n– Erling gjør en jobb for laget, fortsetter"
        " Solskjær.\n\nSolskjær har vært trener i Molde siden 2015."
    )
    commands = topic_commands(text)
    assert "gunnar_solskjaer" not in commands, commands
    assert "ole_gunnar_solskjaer" in commands, commands


def test_a_given_name_alone_is_named_by_the_double_surname_it_is_written_with() -> None:
    text = (
        "Fourcade vant jaktstarten\n\nMartin Fourcade vant jaktstarten i Oberhof søndag."
        " Johannes Thingnes Bø ble nummer to etter en bom på siste skyting.\n\n– Det var tungt"
        " å bomme, sa Johannes Thingnes Bø etter løpet.\n\nJohannes og Tarjei skal gå stafett"
        " neste helg. Og som Johannes han sjølv sa, heldt Johannes hovudet kaldt. Johannes"
        " håper på revansj. Fourcade leder verdenscupen."
    )
    commands = topic_commands(text)
    assert "johannes" not in commands, commands


def test_a_player_who_scores_is_named_in_full_by_a_given_name_no_dictionary_has() -> None:
    text = (
        "Brann slo Haugesund 2-0\n\nNiklas Castro satte ballen i mål fra straffemerket etter"
        " et kvarter. Castro har nå scoret ti mål denne sesongen.\n\nSeks minutter før pause"
        " økte Castro ledelsen etter en overgang, og Castro ble kampens spiller.\n\nIn South"
        " Scotland the rain fell all day. Scotland had floods, and Scotland closed roads."
    )
    commands = topic_commands(text)
    assert "niklas_castro" in commands and "castro" not in commands, commands
    assert "south_scotland" not in commands, commands


def test_a_names_inner_word_gives_the_whole_name() -> None:
    from bot.core.topic_places import whole_name

    text = (
        "Farmers in New South Wales and Queensland get drought aid. The New South Wales"
        " government asked for more, and New South Wales farmers welcomed the aid."
    )
    assert whole_name("South", text, 0) == "New South Wales"


def test_an_adverb_on_a_sentences_top_is_no_part_of_the_name_after_it() -> None:
    from bot.core.topic_places import whole_name

    text = (
        "Også Sogndal har slitt i år. Også Sogndal tapte forrige runde. Også Sogndal har ny trener."
    )
    assert whole_name("Sogndal", text, 0) is None


@pytest.mark.parametrize(
    "posted",
    [
        "skriver Meteorologene på Twitter",
        "skriv politiet på Facebook",
        "the police said on Twitter",
    ],
)
def test_the_platform_words_were_posted_on_is_no_topic(posted: str) -> None:
    text = (
        "Uvêret kjem\n\n"
        "Hovudredningssentralen ber folk med båt sjekke og doble fortøyingane før uvêret.\n\n"
        f"– Fest lause gjenstandar og ver førebudd på kraftig vind, {posted}.\n\n"
        "Bølgjene kan bli opptil ti meter høge utanfor kysten av Rogaland, og båtar kan slite"
        f" seg, {posted}.\n\n– Vi varslar høge bølgjer heile helga, {posted}."
    )
    commands = topic_commands(text)
    assert not {"twitter", "facebook"} & set(commands), commands


def test_a_platform_the_story_is_about_is_its_topic() -> None:
    text = (
        "Social network beats forecasts\n\n"
        "Shares of Twitter rose as much as 12 percent on Monday after the social network"
        " reported better-than-expected results.\n\n"
        "Twitter reported revenue of $548 million, down 8 percent year over year.\n\n"
        "In addition, Twitter said it had 328 million monthly active users, and analysts had"
        " expected Twitter to add about two million."
    )
    assert "twitter" in topic_commands(text)


def test_a_name_a_paper_took_out_is_no_topic() -> None:
    text = (
        "Fotballspiller dømt for slag\n\n"
        "En fotballspiller er dømt til fengsel for å ha slått en motspiller under en kamp på"
        " Østlandet.\n\n"
        "«XY (navn fjernet av VG) ble påført brudd i kjeven», heter det i dommen. XY måtte"
        " opereres.\n\nXY har forklart at han ikke forsto alvoret. Retten mente XY ble"
        " slått med vilje."
    )
    assert "xy" not in topic_commands(text)


def test_a_headline_in_title_case_makes_no_name_of_its_words() -> None:
    text = (
        "Texas Scientists Make Incredible Discovery That Changes Space As We Know It\n\n"
        "Space as we know it just got a whole lot bigger.\n\n"
        "Scientists with the University of Texas recently announced they have mapped over"
        " 180,000 new galaxies and nearly 5,000 possible black holes, a local station reports.\n\n"
        "They were able to do this using the Hobby-Eberly Telescope in West Texas, which can"
        " detect light sent out by hydrogen from ten billion light years away.\n\n"
        "Using this telescope, the scientists counted 181,028 galaxies, the station reported."
    )
    commands = topic_commands(text)
    assert not any(c.startswith("texas_scientists") for c in commands), commands
    assert "texas" in commands


@pytest.mark.parametrize(
    "headline",
    [
        "Council Republicans Pass Bus Fare Cut; Mayor Could Sign Tuesday",
        "‘A Ride For Everyone’: Council Republicans Pass Bus Fare Cut",
        "12 Council Republicans Pass Bus Fare Cut After Long Night",
    ],
)
def test_a_headline_in_title_case_past_its_colon_quotes_or_figure_makes_no_name(
    headline: str,
) -> None:
    text = (
        f"{headline}\n\n"
        "The city council passed a cut in bus fares on Monday night by 31 votes to 20. The"
        " Council Republicans had pushed for the cut since the spring, and Mayor Ann Dorsey"
        " said she would sign it.\n\n"
        "Fares in Riverton will fall by a quarter from March, the council said."
    )
    commands = topic_commands(text)
    assert not any("pass" in c.split("_") for c in commands), commands


def test_a_name_the_story_writes_in_small_letters_keeps_the_headlines_capitals() -> None:
    text = (
        "Lakeview Council Votes to Close the Old Mill Bridge\n\n"
        "The town council voted on Monday night to close the Old Mill bridge to all traffic"
        " after engineers found cracks in two of its steel beams.\n\n"
        "The Old Mill bridge carries about 9,000 cars a day, and the detour adds twenty"
        " minutes for drivers.\n\n"
        "Engineers will inspect the Old Mill bridge again in the spring."
    )
    assert "old_mill_bridge" in topic_commands(text)


def test_a_clubs_name_hyphened_to_a_word_is_no_players_surname() -> None:
    text = (
        "Mjøndalen berga plassen\n\n"
        "Med 13 minutt igjen felte Markus Nakkim Sogndal-innbytar Akor Adams, og dommaren"
        " peika på krittmerket.\n\n"
        "Sogndal scora på straffespark og leidde 2-1.\n\n"
        "Langt inn i tillegget heada Nakkim ballen i mål, og Mjøndalen spelar i Eliteserien"
        " neste år. Sogndal må prøve igjen."
    )
    assert "markus_nakkim_sogndal" not in topic_commands(text)


def test_a_verb_opening_the_sentence_is_no_word_of_the_name_after_it() -> None:
    text = (
        "Tidlegare fylkestopp godtek ikkje dommen\n\n"
        "Ber Gulating lagmannsrett behandle utruskapssaka på nytt.\n\n"
        "Den tidlegare fylkestoppen vart dømd for utruskap i tingretten i fjor, og anka"
        " dommen.\n\n"
        "Lagmannsretten nekta å sjå på saka, men no meiner forsvararen at retten gjorde feil."
    )
    commands = topic_commands(text)
    assert "ber_gulating_lagmannsrett" not in commands, commands


def test_a_name_opening_on_a_word_that_reads_as_a_norwegian_noun_stays_whole() -> None:
    # «Open» reads as the Nynorsk «open» (a definite form); in an English story's sentence it
    # is the name's first word, not the sentence's.
    text = """Theatre reviews roundup: The Glass Harbour

Critics split on drama about a fishing town

Adapting a novel by Ruth Olsen, Ella Brandt directs her first production for the Open Air
Theatre. The story is set in a town where the harbour has frozen for a decade. There was a
split in the critics' reaction to this staging of The Glass Harbour.

One critic called it bold, and The Glass Harbour was the talk of the week.
"""
    assert "open_air_theatre" in topic_commands(text)
    assert "air_theatre" not in topic_commands(text)


def test_a_word_before_a_bodys_name_is_no_persons_given_name() -> None:
    # «National Immigration Forum»: «National» is no first name of a Mr Immigration.
    text = """Groups condemn plan to halt immigration

Ali Noor of the National Immigration Forum said the plan would hurt hospitals.
The American Immigration Council said immigration was not the cause of the crisis.

Immigration fell sharply in the spring, and immigration lawyers say the plan will be
challenged in court. The White House defended the plan on immigration on Tuesday.
"""
    assert "national_immigration" not in topic_commands(text)


def test_a_bodys_name_of_four_words_keeps_its_first() -> None:
    text = """Homes refused

Fjordshire Coastal District Council refused plans for 33 homes on Monday.

The plans were submitted by Fjordshire Heritage Housing Association, which said it would
appeal. Fjordshire Coastal District Council said the site was too small.
"""
    found = topic_commands(text)
    assert "coastal_district_council" not in found
    assert any(c.startswith("fjordshire_coastal") for c in found), found  # (32 letters at most)


def test_a_person_named_after_her_bodys_acronym_is_a_topic_by_her_name() -> None:
    from bot.core.topic_labels import as_named

    text = (
        "Avdelingsdirektør i UDI Kari Wilhelmsen seier dei sender asylsøkjarar raskare"
        " tilbake. – Vi har kutta tida, seier Wilhelmsen."
    )
    assert as_named("UDI Kari Wilhelmsen", text, "nn") == "Kari Wilhelmsen"
    # (a body's name of an acronym and words, written so each time, stays whole)
    assert as_named("NHS Fjord Valley", "NHS Fjord Valley said. NHS Fjord Valley", "en") == (
        "NHS Fjord Valley"
    )


def test_a_word_of_a_works_title_is_no_topic() -> None:
    text = """Nynorskprisen til Kari Lund

Kari Lund får Fjordprisen for romanen «Reisa til Sorbus». Prisen på 50.000 kroner blir delt ut
i Fjordby i kveld.

Juryen skriv at «Reisa til Sorbus» er ei sterk forteljing om ei lita bygd. Lund fekk prisen
for ungdomsboka Reisa til Sorbus, som kom ut i fjor.
"""
    found = topic_commands(text)
    assert "sorbus" not in found and "reisa" not in found
    assert "kari_lund" in found


def test_a_name_in_single_quote_marks_keeps_its_first_word() -> None:
    text = """Senate passes the "Clean Harbour Bill" by one vote

The Senate passed the "Clean Harbour Bill" on Tuesday after a night of debate, sending the
measure back to the House. Critics of the 'Clean Harbour Bill' said it would cost ports
billions.

The House is expected to vote on the Clean Harbour Bill next week.
"""
    assert "clean_harbour_bill" in topic_commands(text)
    assert "harbour_bill" not in topic_commands(text)


def test_a_person_named_in_full_only_in_the_genitive_is_a_topic_by_the_full_name() -> None:
    text = """Sterk kritikk frå Stortinget

Opposisjonspartia stemte i ettermiddag for å gi Kari Nordviks regjering sterk kritikk for
arbeidet med sikring av bygg.

Nordvik, som opposisjonen meiner har feilinformert Stortinget, seier at regjeringa har gjort
det ho kan. Nordvik vil likevel svare på kritikken i ein ny debatt.

– Vi tek kritikken på alvor, seier Nordvik.
"""
    commands = topic_commands(text)
    assert "kari_nordvik" in commands, commands
    assert "nordvik" not in commands


def test_a_pairs_word_first_in_the_sentence_is_no_part_of_the_name() -> None:
    text = """Høgare bompengar vedteke

Bystyret i Fjordby vedtok onsdag høgare takstar i bomringen. Både Ap, Venstre og KrF
stemte for. Ap meiner takstane må opp for å betale for bybanen.

Ap vil likevel sjå på rabattar for dei som køyrer el-bil, seier gruppeleiaren i Ap.
"""
    commands = topic_commands(text)
    assert "bade_ap" not in commands, commands


@pytest.mark.parametrize(
    ("text", "name", "opener"),
    [
        (  # a common word that opens the sentence
            "Fjordvik vant cupkampen mot Sandnes\n\n"
            "Målsikre Ola Storhaug bomma på straffe, men Fjordvik sikra likevel siger mot"
            " Sandnes.\n\n"
            "I andre omgang sette Ola Storhaug inn 2-0 med hovudet, og publikum jubla.\n\n"
            "Trass bommen frå straffemerket var Ola Storhaug kampens beste spelar, sa treneren.\n",
            "ola_storhaug",
            "malsikre",
        ),
        (  # a small word that opens the sentence
            "Kommunen lanserer eget boligselskap\n\n"
            "Mandag ble Byhjem lansert. Selskapet er et ledd i byrådets boligpolitikk.\n\n"
            "Gjennom Byhjem skal kommunen hjelpe førstegangskjøpere inn på boligmarkedet.\n\n"
            "Byråden sier Byhjem skal være en alternativ vei inn på boligmarkedet.\n",
            "byhjem",
            "gjennom",
        ),
        (  # a common noun: «Nettselskapet Tensios kunder», the grid company, then its name
            "Strøm borte i Trøndelag\n\n"
            "Nettselskapet Tensios strømkunder i Trøndelag mistet strømmen søndag kveld.\n\n"
            "Noen timer ut i natten var antallet strømløse kunder lavere, viser Tensios kart.\n\n"
            "Tensio jobber med å rette feilene, og de fleste har strøm igjen mandag.\n",
            "tensio",
            "nettselskapet",
        ),
    ],
)
def test_a_word_that_opens_the_sentence_is_no_part_of_the_name(
    text: str, name: str, opener: str
) -> None:
    commands = topic_commands(text)
    assert name in commands, commands
    assert not any(c.startswith(opener) for c in commands), commands


@pytest.mark.parametrize(
    ("text", "command", "role"),
    [
        # a role that opens the sentence, then the person's full name; her surname after
        (
            "Festivalen får fransk musikk\n\n"
            "Festivalgeneral Kari Bjørkvik vil lokke publikum til Førde med fransk musikk.\n\n"
            "Bjørkvik trur gruppa frå Marseille blir ein av dei store slagerane.\n\n"
            "Billettane til festivalen blir selde frå måndag, seier Bjørkvik.\n",
            "kari_bjorkvik",
            "festivalgeneral",
        ),
        # a compound the dictionaries lack, its last part a noun's definite form
        (
            "Bedrift permitterer\n\n"
            "Smittevernbedrifta Renvask i Sykkylven må permittere alle tilsette frå nyttår.\n\n"
            "Renvask har produsert opp alt råmaterialet selskapet hadde på lager.\n\n"
            "Dagleg leiar seier Renvask håpar å få nye ordrar i vår.\n",
            "renvask",
            "smittevernbedrifta",
        ),
        # a post's last word after «for», «to» before the person's name
        (
            "Pentagon weighs more troops\n\n"
            "Undersecretary of Defense for Policy John Rood told senators the Pentagon is"
            " weighing more troops for the region.\n\n"
            "Rood would not say how large a force the Pentagon is considering, Rood said.\n",
            "john_rood",
            "policy",
        ),
        # a post's words after «for», each capitalised: «Minister for Emergency Services»
        (
            "Floods force thousands from homes\n\n"
            "New South Wales Minister for Emergency Services Steph Cooke said the floods were"
            " a life-threatening emergency.\n\n"
            '"Leave now," Cooke said on Monday. Cooke said more rain would fall overnight, and'
            " Cooke thanked the volunteers. Steph Cooke will visit the town on Tuesday.\n",
            "steph_cooke",
            "services",
        ),
        (
            "Farm aid arrives\n\n"
            "Agriculture Undersecretary Michael Scuse said the drought aid would reach farmers"
            " this month.\n\n"
            "Scuse said the aid covers feed and water, and Scuse will visit the state in May.\n",
            "michael_scuse",
            "undersecretary",
        ),
    ],
)
def test_a_role_or_a_kind_that_opens_the_sentence_is_no_part_of_the_name(
    text: str, command: str, role: str
) -> None:
    commands = topic_commands(text)
    assert command in commands, commands
    assert not any(c.startswith(role) for c in commands), commands


def test_a_given_name_that_opens_every_sentence_keeps_its_place() -> None:
    text = (
        "Svar til Bekkemellem Orheim om skolen\n\n"
        "Karita Bekkemellem Orheims innlegg i avisen viser at partiet mangler en skolepolitikk.\n\n"
        "Partiet vil bruke mer penger på mat i skolen enn på lærerne, skriver innsenderen.\n\n"
        "Bekkemellem Orheim svarer ikke på hva partiet vil gjøre med leksehjelpen.\n"
    )
    commands = topic_commands(text)
    assert "karita_bekkemellem_orheim" in commands, commands


def test_a_common_words_compound_after_a_name_is_no_part_of_it() -> None:
    # «Lunde Pedersen OL-bronse», «Vegard Rønning KrF-lista»: a medal, a list; not a name.
    from bot.core.topic_names import full_name

    text = (
        "For et år siden vant Sverre Lunde Pedersen OL-bronse på 5000 meter. Pedersen vant"
        " gull torsdag. Presten Vegard Rønning KrF-lista topper lista. Rønning er glad."
    )
    assert full_name("Pedersen", text, "nb") is None
    assert full_name("Rønning", text, "nb") is None
    assert whole_name("OL-bronse", text, 0) is None


def test_a_surname_after_van_is_asked_for_with_it() -> None:
    text = (
        "Tyv tatt for maleritjuveri\n\nPolitiet i Nederland mener de har tatt mannen som stjal"
        " Vincent van Goghs maleri fra et museum i mars. Han skal ha stjålet van Gogh-en om"
        " natten.\n\nMen van Gogh-maleriet er fortsatt borte, og politiet leter etter van"
        " Gogh-en i hele landet. Verdien av van Goghs bilde er over 50 millioner kroner."
    )
    commands = topic_commands(text)
    assert "gogh" not in commands, commands
    assert "van_gogh" in commands, commands


def test_a_name_last_in_a_plays_title_is_asked_for_with_the_title() -> None:
    text = (
        "Teatrene slåss om klassikerne\n\nKlassikere som «Romeo og Julie» skal duellere om"
        " publikum i høst. Tre teatre spiller «Romeo og Julie» samtidig, og to av dem har"
        " solgt ut premieren.\n\nRegissøren sier «Romeo og Julie» passer for unge. Kritikerne"
        " venter at «Romeo og Julie» blir høstens store suksess i byen."
    )
    commands = topic_commands(text)
    assert "julie" not in commands, commands


def test_a_directors_title_is_no_part_of_his_topic() -> None:
    text = (
        "Museum turns visitors away\n\nThe Fjordby Museum turned away visitors on Monday"
        " after a record weekend. Museum Director Tom Hale said the museum was full by noon.\n\n"
        "Hale said the museum would open longer on Saturdays. Hale thanked the visitors for"
        " their patience and said Hale's staff had worked hard."
    )
    commands = topic_commands(text)
    assert not any(c.startswith("director") or "_director_" in c for c in commands), commands


def test_a_name_with_a_foreign_letter_is_asked_for_whole() -> None:
    # «Chloë Moretz», «Mötley Crüe»: a name's letters beyond Norwegian's are a name's still.
    text = (
        "Actors join the cast\n\nJuliette Binoche and Chloë Moretz are part of the cast of the"
        " new film, which opens in May.\n\nBinoche plays an actress, while Moretz takes the role"
        " of a young star. Moretz said she had wanted the part for years."
    )
    commands = topic_commands(text)
    assert "chloe_moretz" in commands, commands


def test_a_name_before_a_common_words_compound_is_still_the_whole_name() -> None:
    # «Tons of Rock-festivalen»: the festival's name is in the compound whole.
    text = (
        "Festival vant rettssak\n\nDa Tons of Rock ikke refunderte billetten, gikk en publikummer"
        " til retten. Tons of Rock vant saken i tingretten.\n\nTons of Rock-festivalen"
        " arrangeres i Oslo hver sommer, og Tons of Rock venter 30.000 publikummere i år."
    )
    commands = topic_commands(text)
    assert "tons_of_rock" in commands, commands
    assert "rock" not in commands and "tons" not in commands, commands


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "Kristoff vant etappen\n\nAlexander Kristoff spurtet inn til sin fjerde etappeseier"
            " i Tour de France tirsdag. Seieren i Tour de France er hans første i år.\n\nDen"
            " neste etappen i Tour de France går over fjellet onsdag.",
            "tour_de_france",
            ("tour", "france"),
        ),
        (  # (its first word the topic's key: «Tour» before «France»)
            "Berg beats rivals in the Alps to extend his Tour de France lead\n\n"
            "Ola Berg said it was going to be the hardest day of the Tour de France.\n\n"
            "He made it look easy.\n\n"
            "The race leader finished ahead of his rivals with a stage win on Wednesday.\n\n"
            '"It has been a fantastic day. I cannot describe it," Berg said.\n\n'
            "Jon Lie stayed on Berg's wheel, but Per Dal dropped back to fourth overall.",
            "tour_de_france",
            ("tour", "france"),
        ),
        (
            "Flom i storbyen\n\nKraftig regn førte til flom i Rio de Janeiro natt til søndag."
            " Over 300 mennesker i Rio de Janeiro måtte forlate hjemmene sine.\n\nMyndighetene"
            " i Rio de Janeiro ber folk holde seg innendørs.",
            "rio_de_janeiro",
            ("rio", "janeiro"),
        ),
        (  # (a surname after its «dos» every time)
            "Warholm vant igjen\n\nKarsten Warholm vant 400 meter hekk i Oslo torsdag. Likevel"
            " vant han bare med 46 hundredeler ned til Rai dos Santos.\n\nDet gjorde derimot"
            " bronsevinneren dos Santos, som er den tredje raskeste gjennom tidene.\n\n"
            "Warholm løp inn til 46,70, og dos Santos var 47,16.",
            "dos_santos",
            ("santos",),
        ),
    ],
)
def test_a_name_with_a_particle_inside_is_asked_for_whole(
    text: str, whole: str, parts: tuple[str, ...]
) -> None:
    commands = topic_commands(text)
    assert whole in commands, commands
    assert not any(part in commands for part in parts), commands


def test_a_councillors_abbreviated_title_is_no_topic() -> None:
    text = (
        "Council votes on the mayor's report\n\n"
        "Toronto Mayor Rob Ford, seen alongside Coun. Jaye Robinson and Coun. Norm Kelly, voted"
        " against a motion that passed at council on Tuesday.\n\n"
        "Coun. John Parker moved the motion, and Coun. Karen Stintz said council will now debate"
        " the report.\n\n"
        "Coun. Doug Ford was among the 13 members who voted against it.\n"
    )
    commands = topic_commands(text)
    assert "coun" not in commands, commands
    assert not any(c.startswith("coun_") for c in commands), commands


@pytest.mark.parametrize(
    ("text", "noise", "topic"),
    [
        (
            "Nytt prosjekt i Fjordvik\n\n"
            "Konsernet Fjordkraft starter et nytt prosjekt for havvind utenfor Fjordvik.\n\n"
            "Prosjektet skal gi strøm til 20.000 boliger, og konsernet venter svar i vår.\n\n"
            "Advokat Kari Lie sier prosjektet trenger en ny løsning for kabelen. Prosjektet"
            " kan gi 50 nye jobber i konsernet, og løsningen skal være klar i mai.\n",
            ("prosjekt", "konsern", "losning", "advokat"),
            "fjordvik",
        ),
        (
            "School board votes to move pupils\n\n"
            "The Westfield school board voted to move 300 children to a larger building.\n\n"
            "Shares in the district's bus contractor fell sharply after the board vote, and the"
            " board's budget for buses rose sharply.\n\n"
            "Parents said the children need the new building, and the board agreed.\n",
            ("board", "child", "children", "sharply", "budget"),
            "westfield",
        ),
        (
            "Alcaraz wins in five sets\n\n"
            "Carlos Alcaraz beat Frances Tiafoe in five sets in New York, the match ending at"
            " 4.10pm NZT.\n\nThe final starts at 8am NZT on Monday, and Alcaraz said he was"
            " ready. Fans in Auckland can watch the final from 8am NZT.\n",
            ("nzt",),
            "carlos_alcaraz",
        ),
        (  # (but «PST», Norway's security police, is no clock's zone)
            "PST etterforsker innbrudd\n\n"
            "PST etterforsker et innbrudd i datasystemet ved NTNU, opplyser PST.\n\n"
            "Etterforskningen er i en tidlig fase, sier PST, som ikke vil si mer.\n",
            ("nzt",),
            "pst",
        ),
    ],
)
def test_words_of_every_story_and_adverbs_are_no_topics(
    text: str, noise: tuple[str, ...], topic: str
) -> None:
    commands = topic_commands(text)
    assert topic in commands, commands
    assert not any(command in noise for command in commands), commands


def test_a_spokesman_who_only_tells_what_happened_is_no_topic() -> None:
    from bot.core.model import Topic
    from bot.core.topic_sources import without_sources

    text = (
        "Four Westfield firefighters trying to save a family from a fire fell through a collapsing"
        " floor of the rowhouse early Saturday, a fall that killed two of them.\n\n"
        "The residents, a woman and her five children, had managed to escape out the back of the"
        " home. The woman and four of the children were treated for smoke inhalation.\n\n"
        "Two more firefighters were treated for burns to their hands and released from hospital"
        " in Newark later on Saturday.\n\n"
        '"This is a very tragic day for the Westfield Fire Department, to lose two of our'
        ' brothers," Fire Chief Tom Roache said.\n\n'
        '"All of our family is hurting," Roache said. "The entire city is hurting."\n\n'
        "At a briefing near the scene on Lakeview Road, Roache named those killed as Lt. Chris"
        " Leach, 41, and firefighter Jerry Fickes, 51.\n\n"
        '"Please keep those families in your prayers," Roache said.\n\n'
        "Roache said the firefighters were searching the house when the floor gave way.\n\n"
        "The Westfield Fire Department has lost four firefighters in fires since 2010."
    )

    chief = Topic("tom_roache", "Tom Roache", (0,))
    department = Topic("westfield_fire_department", "Westfield Fire Department", (0,))
    topics, per_section = without_sources(
        [chief, department], [("tom_roache", "westfield_fire_department")], parse_text(text)
    )
    assert topics == [department]
    assert per_section == [("westfield_fire_department",)]
    # (but a story told by its source alone keeps the source: a digest with no topic at all
    # helps no reader)
    assert without_sources([chief], [("tom_roache",)], parse_text(text))[0] == [chief]


def test_a_researcher_the_story_tells_of_stays_a_topic() -> None:
    text = (
        "Forsker fant ny art i fjorden\n\n"
        "Forsker Kari Vangsnes fant en ny sjøstjerne i Fjordvika i sommer.\n\n"
        "Vangsnes har lett etter arten i ti år, og funnet er det første i Norge.\n\n"
        "– Jeg ble målløs, sier Vangsnes.\n\n"
        "Vangsnes skal presentere funnet på et møte i Bergen i høst."
    )
    assert "kari_vangsnes" in topic_commands(text), topic_commands(text)


def test_a_passenger_who_only_tells_what_she_went_through_is_no_topic() -> None:
    from bot.core.model import Topic
    from bot.core.topic_sources import without_sources

    text = (
        "Snøkaos på Værnes\n\n"
        "Flere fly ble innstilt på Trondheim lufthavn Værnes torsdag etter kraftig snøfall.\n\n"
        "– Det står ingenting på skjermen om flyet vårt, sier passasjer Silje Graadahl.\n\n"
        "– Vi har ikke fått noe informasjon fra SAS, sier Graadahl.\n\n"
        "Avinor venter at trafikken er normal igjen fredag morgen."
    )
    passenger = Topic("silje_graadahl", "Silje Graadahl", (0,))
    airport = Topic("vaernes", "Værnes", (0,))
    topics, _ = without_sources(
        [airport, passenger], [("vaernes", "silje_graadahl")], parse_text(text)
    )
    assert topics == [airport]


def test_a_bodys_definite_noun_and_its_place_are_one_name() -> None:
    text = (
        "Rektor går av\n\n"
        "Rektor ved Universitetet i Fjordby, Kari Lund, går av etter fire år.\n\n"
        "Styret ved Universitetet i Fjordby skal tilsette ny rektor i vår, og Universitetet i"
        " Fjordby venter mange søkjarar.\n"
    )
    commands = topic_commands(text)
    assert "universitetet" not in commands, commands
    assert "universitetet_i_fjordby" in commands or "fjordby" in commands, commands


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (  # a number a name opens on inside a sentence
            "Kobayashi wins jumping tour\n\nRyoyu Kobayashi won the prestigious Four Hills ski"
            " jumping tour on Sunday. Kobayashi won the Four Hills by a record margin.\n\n"
            "Kobayashi said he was proud. Kobayashi will jump again in Austria next week.",
            "four_hills",
        ),
        (  # a letter after a name, always written so
            "Drugs seized in lorry\n\nOfficers discovered Class A drugs worth £2m in a lorry"
            " on the motorway. It is the biggest seizure of Class A drugs this year.\n\n"
            "Three men were arrested for supplying Class A drugs in the county.",
            "class_a",
        ),
        (  # a firm of two names, never the last alone
            "Ferry contract ends\n\nThe island's ferry was built by Harland and Wolff in"
            " Belfast. On Thursday, Harland and Wolff said it could not finish the ship.\n\n"
            "The council said Harland and Wolff had told it of the delay in March.",
            "harland_and_wolff",
        ),
        (  # a particle with an apostrophe
            "Four killed by avalanche\n\nFour skiers were killed by an avalanche in Val d'Isere"
            " on Tuesday. The resort of Val d'Isere closed its slopes after the slide.\n\n"
            "Rescuers searched the slopes above Val d'Isere for hours.",
            "val_disere",
        ),
        (  # two particles, and the name opening a sentence with them
            "EU stenger luftrommet\n\nEU-kommisjonens president Ursula von der Leyen sier at"
            " luftrommet blir stengt for russiske fly.\n\nVon der Leyen kaller det et"
            " vannskille.\n\nI tillegg forbyr EU russiske statsmedier, ifølge von der Leyen.",
            "von_der_leyen",
        ),
    ],
)
def test_a_name_is_whole_with_its_number_letter_partner_or_particle(text: str, whole: str) -> None:
    commands = topic_commands(text)
    assert whole in commands, commands


def test_a_sentences_small_first_word_is_no_given_name_of_the_name_after_it() -> None:
    text = (
        "Tech firm cuts jobs\n\n"
        "Although Microsoft has cut over 10,000 jobs, the company has announced a new studio."
        " Microsoft said the studio would open in Oslo.\n\n"
        "Alongside Ofcom, the regulator in Norway has written to the firms. Ofcom wants answers"
        " by April, and Microsoft must reply first."
    )
    commands = topic_commands(text)
    assert "microsoft" in commands, commands
    assert not any(c.startswith(("although", "alongside")) for c in commands), commands
    # (a name's particle stays: «Dos Santos»)
    text = (
        "Warholm vant\n\nKarsten Warholm vant finalen. Bronsen tok Alison dos Santos, som var"
        " nær rekorden.\n\nBåde Benjamin og Dos Santos satte rekord. Dos Santos var fornøyd."
    )
    assert "santos" not in topic_commands(text), topic_commands(text)


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        (  # a small word that opens an English sentence
            "Fraudsters jailed\n\nA court in Ljubljana has sentenced four Slovenians for fraud."
            " The money was wired to an account one of the convicted Slovenians opened in"
            " Slovenia.\n\nSeveral Slovenian newspapers have reported that the court handed"
            " down the sentences on 10 April.",
            "several_slovenian",
        ),
        (
            "Man City ace Haaland happy\n\nManchester City forward Erling Haaland has scored"
            " his 91st goal for the club.\n\nWhile City were not at their fluid best, they did"
            " overpower the home team to secure a 2-0 win.",
            "while_city",
        ),
        (  # (and a Norwegian adverb: «Spesielt Dale, som debuterte …»)
            "Norge vant stafetten\n\nNorge vant stafetten i Oslo søndag. Med på laget var"
            " Johannes Dale og Erlend Bjøntegaard.\n\nSpesielt Dale, som debuterte for Norge,"
            " fikk skryt av lagkameratene etter løpet.",
            "spesielt_dale",
        ),
        (  # a count after a name, no part of it
            "Ap mister ordførere\n\nArbeiderpartiet mister 39 ordførere etter valget.\n\nTil"
            " sammenligning styrte Arbeiderpartiet 37 av de 50 største kommunene i forrige"
            " periode, og Arbeiderpartiet 40 prosent av alle kommunene.",
            "arbeiderpartiet_37",
        ),
    ],
)
def test_no_name_takes_a_sentences_small_word_or_a_count(text: str, noise: str) -> None:
    commands = topic_commands(text)
    assert noise not in commands, commands


def test_a_person_whose_given_name_is_a_word_is_named_in_full() -> None:
    text = (
        "Breane minkar\n\n"
        "Liv Marie Dahle er breforskar i NVE. Ho har målt breane på Vestlandet i tjue år.\n\n"
        "– Breane minkar raskare enn før, seier Dahle til avisa. Dahle meiner isen på"
        " Nigardsbreen vil forsvinne.\n\n"
        "– Det er grunn til å vere bekymra, seier Dahle."
    )
    commands = topic_commands(text)
    assert "liv_marie_dahle" in commands, commands
    assert "marie_dahle" not in commands


def test_a_peoples_adjective_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Bø vant sprinten\n\n"
        "Russiske Anton Babikov vant sprinten i Holmenkollen lørdag, 9,4 sekunder foran Bø.\n\n"
        "Tarjei Bø var feilfri på de tre første skytingene. Russiske Anton Babikov skjøt"
        " feilfritt, men gikk for sakte på siste runde."
    )
    commands = topic_commands(text)
    assert "russiske_anton_babikov" not in commands, commands


def test_a_given_name_opening_the_text_after_a_space_is_read_without_error() -> None:
    from bot.core.topic_fillers import filler_name

    text = "\n Marie Dahle er breforskar. Dahle seier at isen smeltar, seier Dahle til avisa."
    assert filler_name("Dahle", text, "nn") == "Marie Dahle"


def test_the_court_a_case_is_heard_in_is_no_topic_unless_the_title_names_it() -> None:
    text = (
        "Mann dømt for trusler mot naboen\n\n"
        "En mann i 40-årene fra Drammen ble torsdag dømt til 60 dagers fengsel i Buskerud"
        " tingrett for trusler mot naboen.\n\n"
        "Ifølge Buskerud tingrett truet mannen naboen med kniv. Buskerud tingrett mener"
        " truslene var alvorlige.\n\n"
        "Naboen Kari Lund sier hun er lettet. Lund har flyttet fra Drammen."
    )
    assert "buskerud_tingrett" not in topic_commands(text), topic_commands(text)
    titled = text.replace("Mann dømt for trusler mot naboen", "Buskerud tingrett dømte nabo")
    assert "buskerud_tingrett" in topic_commands(titled), topic_commands(titled)


@pytest.mark.parametrize(
    ("given", "command"),
    [
        # a first given name the dictionary has too, opening the sentence
        ("Per Olav", "per_olav_dalby"),
        ("Stein Erik", "stein_erik_dalby"),
        ("Jan Terje", "jan_terje_dalby"),
        # (not an adjective's form: «Unge Ola Dalby» is Ola Dalby; nor a team's post)
        ("Unge Ola", "ola_dalby"),
        ("Keeper Ola", "ola_dalby"),
    ],
)
def test_a_given_name_the_dictionary_has_too_stays_in_the_full_name(
    given: str, command: str
) -> None:
    text = (
        "Fylket får ny sjef\n\n"
        f"{given} Dalby blir ny fylkesdirektør i Fjordby. Dalby kommer fra en stilling i"
        " Helse Vest.\n\n"
        "Dalby starter i mars, opplyser fylkesordfører Kari Lee. Dalby har lang erfaring.\n"
    )
    assert command in topic_commands(text)


def test_two_counties_named_together_are_two_topics() -> None:
    text = (
        "Storm i Nordland og Troms\n\n"
        "Uværet har gjort skade i Nordland og Troms natt til fredag. Politiet i Nordland og Troms"
        " melder om mange tak som har blåst av.\n\n"
        "I Nordland og Troms er flere veier stengt.\n"
    )
    commands = topic_commands(text)
    assert "nordland_og_troms" not in commands, commands
    assert {"nordland", "troms"} & set(commands), commands


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Toget står mellom Nordvik og Sørli\n\n"
            "Togtrafikken er stengt mellom Nordvik og Sørli etter et ras natt til fredag.\n\n"
            "Bane Nor sier at sporet kan åpne igjen lørdag. Lokaltogene snur på Nordvik og"
            " Sørli til da.\n",
            "nordvik_og_sorli",
        ),
        (
            "Drought hits the south\n\n"
            "Millions face hunger in places like Zambesia and Lomaland, the agency said.\n\n"
            "The drought in Zambesia and Lomaland has lasted two years, and the harvest"
            " failed again this spring.\n",
            "zambesia_and_lomaland",
        ),
        (
            "Heat alert for Westshire\n\n"
            "A level three heat alert is in force for Westshire and Mid Vale from Monday.\n\n"
            "Hospitals in Westshire are ready, and the alert for Westshire and Mid Vale"
            " lasts until Friday. Westshire had its hottest day last year.\n",
            "westshire_and_mid_vale",
        ),
        (
            "Sailors round the capes\n\n"
            "The fleet sails round the three capes, the Cape of Storms, Cape Longrun and Cape"
            " Farewell, on its way home.\n\n"
            "Cape Farewell is the last and the hardest, the skipper said of Cape Farewell.\n",
            "cape_longrun_and_cape_farewell",
        ),
    ],
)
def test_two_places_named_together_make_no_one_topic(text: str, pair: str) -> None:
    assert pair not in topic_commands(text), topic_commands(text)


def test_a_cup_named_for_its_owner_is_one_topic() -> None:
    text = (
        "Kiwis keep the Harbour's Cup\n\n"
        "Team Nordwind has won the Harbour's Cup for the third time in a row.\n\n"
        "The Harbour's Cup is the oldest trophy in the sport. Team Nordwind won the last race"
        " by two minutes, and the Harbour's Cup stays in the club's hall.\n"
    )
    commands = topic_commands(text)
    assert "harbour" not in commands and "cup" not in commands, commands


def test_a_bodys_name_with_and_inside_it_stays_whole() -> None:
    text = (
        "Investigators arrive at the mine\n\n"
        "The Mine Safety and Health Administration has sent a team to the Nordvik mine after"
        " an explosion killed three miners on Monday.\n\n"
        "The Mine Safety and Health Administration said the team would start work on"
        " Wednesday. The company said it would help the Mine Safety and Health Administration.\n"
    )
    assert "health_administration" not in topic_commands(text), topic_commands(text)


def test_a_bodys_name_of_two_words_and_its_head_keeps_its_head() -> None:
    # «Food and Drug Administration», the common word «drug» the story's theme
    text = (
        "Drug shortages hit hospitals\n\n"
        "Hospitals across the country are running short of cancer drugs, and the drug"
        " shortages are the worst in a decade.\n\n"
        "As of Thursday, the Food and Drug Administration reported 184 drug shortages"
        " nationwide. Doctors say the drug shortages delay treatment.\n"
    )
    commands = topic_commands(text)
    assert "food_and_drug" not in commands, commands


def test_a_hospital_named_for_a_royal_keeps_the_royals_word() -> None:
    text = (
        "Hospital closes its emergency unit at night\n\n"
        "The Princess Royal Hospital in Millbrook will close its emergency unit at night from"
        " Monday, the trust said.\n\n"
        "Patients will go to the Princess Royal Hospital's sister site instead. Staff at the"
        " Princess Royal Hospital were told on Friday.\n"
    )
    commands = topic_commands(text)
    assert "royal_hospital" not in commands, commands


@pytest.mark.parametrize(
    ("word", "text", "label"),
    [
        (
            "wage",
            "More than a million workers will get a pay rise when the minimum wage goes up by"
            " 50p. The minimum wage for workers over 21 will be £11.44. Employers say minimum"
            " wages rise too fast.",
            "minimum wage",
        ),
        (
            "mental",
            "Young people wait 66 days for mental health help. The charity said mental health"
            " services were stretched.",
            "mental health",
        ),
        (
            "reef",
            "Heat has bleached the coral reefs again. Scientists say coral reefs need cooler"
            " water, and the reef off the coast is the worst hit.",
            "coral reefs",
        ),
        ("wage", "The wage went up. Each wage is paid monthly, and a wage slip is sent.", "wage"),
    ],
)
def test_an_english_word_the_text_writes_in_an_open_compound_is_named_by_it(
    word: str, text: str, label: str
) -> None:
    from bot.core.topic_labels import as_named

    assert as_named(word, text, "en") == label


def test_a_word_beside_a_name_makes_no_compound() -> None:
    text = (
        "Jockey wins the cup\n\n"
        "The jockey Kari Lunde won the Millbrook Cup on Tuesday, her first win in the race.\n\n"
        "The jockey said it was the best day of her life. The jockey rode a horse of six.\n"
    )
    assert not any(c.startswith("jockey_kari") for c in topic_commands(text)), topic_commands(text)


def test_a_storm_is_named_by_its_kind_and_name() -> None:
    from bot.core.topic_labels import as_named

    text = (
        "Hurricane Maria hit the island on Wednesday. Two months after Maria, half of the"
        " homes are still without power."
    )
    assert as_named("Maria", text, "en") == "Hurricane Maria"
    assert as_named("Maria", "Maria Lunde said the power came back on Friday.", "en") == "Maria"


def test_a_label_with_a_patterns_marks_and_a_word_after_a_line_break_break_nothing() -> None:
    from bot.core.topic_compounds import open_compound, storm_named

    assert storm_named("Nordvik)", "Storm Nordvik) hit the coast.") is None  # (no error)
    assert open_compound("wage", "\n wage fell.\n wage went up. The minimum wage rose.") is None


def test_a_firms_name_with_an_ampersand_keeps_its_letters_before_it() -> None:
    text = (
        "Ferry firm sacks 800 crew\n\n"
        "P&O Ferries has sacked 800 seafarers without notice, and its ships stayed in port on"
        " Thursday.\n\n"
        "P&O Ferries said the move would secure its future. Unions said P&O Ferries had broken"
        " the law.\n"
    )
    commands = topic_commands(text)
    assert "o_ferries" not in commands and "p_o_ferries" in commands, commands


def test_a_month_after_a_day_before_a_given_name_is_no_part_of_the_name() -> None:
    text = (
        "Man jailed for pub killing\n\n"
        "A man has been jailed for life for killing Terry Taylor in a pub in Cockermouth.\n\n"
        '"On Saturday, 30th May Terry met up with some friends," the officer said. "Terry died'
        ' of his injuries. Terry and his family loved Cumbria. Nothing will bring Terry back."\n'
    )
    commands = topic_commands(text)
    assert "may_terry" not in commands, commands


def test_a_persons_whole_name_after_of_stays_whole() -> None:
    text = (
        "Snowmobiler killed in avalanche\n\n"
        "The body of Brett Howard Warner, 38, of Highland was recovered on Tuesday after an"
        " avalanche in Pole Canyon.\n\n"
        "Warner was caught and buried in the slide. A relative who was with Warner called for"
        " help, and Warner was found under the snow.\n"
    )
    assert "brett_howard_warner" in topic_commands(text), topic_commands(text)


def test_a_first_given_name_stays_before_the_second_given_name() -> None:
    # («Marius» alone, then «Eirik Marius Djupvik» in full: the full name has both)
    text = (
        "Djupvik vant Stjernekamp\n\n"
        "Eirik Marius Djupvik (32) knuste Sandra Lyng i finalen av Stjernekamp lørdag kveld.\n\n"
        "– Jeg er ubeskrivelig glad, sier Marius etter finalen. Marius har sunget i kor siden han"
        " var seks år, og Marius skal nå ut på turné.\n"
    )
    commands = topic_commands(text)
    assert "marius_djupvik" not in commands, commands


def test_a_post_before_a_firms_name_is_no_given_name() -> None:
    text = (
        "Naboer mot utbygging på Elverhøy\n\n"
        "Etter at planene om utbygging på Elverhøy ble kjent i vår, har innvendinger kommet fra"
        " flere hold. Utbygger Elverhøy Terasse/K4 Eiendomsutvikling leverte privat forslag til"
        " reguleringsplan.\n\n"
        "– Vi er imot bruk av mindre friområder på Elverhøy, sier nabo Per Gunnar Hansen.\n"
    )
    assert not any(c.startswith("utbygger") for c in topic_commands(text)), topic_commands(text)


def test_a_small_word_that_opens_the_sentence_is_no_given_name() -> None:
    text = (
        "Sagosen kåra til banas beste\n\n"
        "Då Sander Sagosen blei ropt opp som banas beste i kampen mot Argentina, rista han på"
        " hovudet.\n\n"
        "– Det var eit lagarbeid, sa Sagosen etter kampen. Sagosen scora ni mål, og Sagosen"
        " var ikkje i tvil om kven som fortente prisen.\n"
    )
    commands = topic_commands(text)
    assert not any(c.startswith("da_") for c in commands), commands


def test_a_bodys_name_after_an_ampersand_and_a_word_keeps_both() -> None:
    text = (
        "Maternity unit may close\n\n"
        "Mid & South Essex NHS Foundation Trust is reviewing maternity care at St Peter's"
        " Hospital in Maldon.\n\n"
        "Mid & South Essex NHS Foundation Trust said no decision had been made. Campaigners"
        " said Mid & South Essex NHS Foundation Trust had closed the unit before.\n"
    )
    commands = topic_commands(text)
    assert "mid_south_essex_nhs_foundation" in commands, commands


def test_a_place_before_a_persons_name_is_no_part_of_it() -> None:
    text = (
        "Mann ranet på gaten\n\n"
        "En mann ble ranet på åpen gate i natt, sier vaktleder ved krimvakta i Oslo Øyvind"
        " Torgersen.\n\n"
        "– Vi har ingen informasjon om hvem fornærmede er, sier Torgersen. Torgersen ber"
        " vitner ta kontakt, og Torgersen sier politiet leter etter to menn.\n"
    )
    commands = topic_commands(text)
    assert not any(c.startswith("oslo_") for c in commands), commands
    # (not a park's name after «in»: «in Yellowstone National Park»)
    park = (
        "Hiker killed by grizzly\n\n"
        "A grizzly bear attacked a hiker who was found dead in Yellowstone National Park in"
        " Wyoming, officials said.\n\n"
        "Rangers closed trails in Yellowstone National Park on Sunday. Visitors to Yellowstone"
        " National Park were told to carry bear spray.\n"
    )
    assert "yellowstone_national_park" in topic_commands(park), topic_commands(park)
    # (nor a clinic's name after «ved»: «ved Nordhordland Vaksenpsykiatriske Poliklinikk»)
    clinic = (
        "Lang kø for psykisk helsehjelp\n\n"
        "Køen er lang ved Nordhordland Vaksenpsykiatriske Poliklinikk, forteller daglig leder"
        " Petter Lingjerde.\n\n"
        "Også ved Nordhordland Vaksenpsykiatriske Poliklinikk venter pasientene i et år. Bjørgvin"
        " DPS Poliklinikk har også lang kø, sier Lingjerde.\n"
    )
    assert not any(c.startswith("vaksen") for c in topic_commands(clinic)), topic_commands(clinic)
