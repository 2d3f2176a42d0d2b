"""A wire story opens on its dateline: what stands between the headline and it (a deck
the story tells again, the top picture's caption) is not its lead."""

from __future__ import annotations

import pytest

from bot.core.datelines import opens_on_dateline
from bot.core.digest import digest_article
from bot.core.parse import parse_text

_STORY = (
    "{dateline}Residents across three counties of the state spent Sunday counting the damage"
    " from storms that brought down power lines, flooded roads and tore the roofs off two"
    " schools and a fire station in the valley, killing at least four people.\n\n"
    "The storms moved east overnight and weakened before they reached the coast.\n\n"
    "The governor said the state would open shelters in four towns on Monday.\n\n"
    "Crews expect to restore power to most homes within three days."
)


def _bullets(text: str) -> list[str]:
    digest = digest_article(parse_text(text), max_words=90)
    return [bullet for section in digest.sections for bullet in section.bullets]


@pytest.mark.parametrize(
    "dateline",
    ["MILLBROOK, Ky. — ", "MILLBROOK, Ky. (AP) — ", "Millbrook — ", "MILLBROOK, Ky., March 3 — "],
)
def test_the_story_under_a_deck_opens_on_its_dateline(dateline: str) -> None:
    text = (
        "Four dead as storms sweep the valley\n\n"
        "The federal agency said Sunday it would send teams to help the counties recover.\n\n"
        + _STORY.format(dateline=dateline)
    )
    bullets = _bullets(text)
    assert bullets[0].startswith("Residents across three counties"), bullets
    assert not any("federal agency" in bullet for bullet in bullets), bullets


def test_the_top_pictures_caption_over_the_dateline_is_no_bullet() -> None:
    text = (
        "Four dead as storms sweep the valley\n\n"
        "By Ann Example\n\n"
        "Published: Monday, March 4 2024 6:00 a.m.\n\n"
        "A volunteer carries sandbags past a flooded house in Millbrook on Sept. 12, 2019."
        " The valley has flooded three times in five years.\n\n"
        "Jon Sample, Associated Press\n\n" + _STORY.format(dateline="MILLBROOK, Ky. — ")
    )
    bullets = _bullets(text)
    assert bullets[0].startswith("Residents across three counties"), bullets
    assert not any("sandbags" in bullet or "three times" in bullet for bullet in bullets)


def test_without_a_headline_over_it_the_first_paragraph_stays() -> None:
    # (nothing tells a deck from a headline ending in a full stop: both are kept)
    text = (
        "The federal agency said Sunday it would send teams to help the counties recover.\n\n"
        + _STORY.format(dateline="MILLBROOK, Ky. — ")
    )
    article = parse_text(text)
    assert article.sections[0].paragraphs[0].startswith("The federal agency said Sunday")


def test_a_dateline_deep_in_the_story_drops_nothing_above_it() -> None:
    paragraphs = [
        "Storms sweep the valley",
        "The storms moved east overnight and weakened before they reached the coast.",
        "The governor said the state would open shelters in four towns on Monday.",
        "Crews expect to restore power to most homes within three days.",
        "Schools in two counties will stay closed until Wednesday, officials said.",
        "Farmers said they had lost most of the winter wheat to the floods.",
        "FRANKFORT, Ky. — Lawmakers in the capital promised emergency funds on Monday.",
    ]
    article = parse_text("\n\n".join(paragraphs))
    kept = [p for section in article.sections for p in section.paragraphs]
    assert kept[0].startswith("The storms moved east"), kept
    assert len(kept) == 6, kept


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("WASHINGTON — The Senate passed the bill.", True),
        ("TACOMA, Wash. (AP) — The death toll rose to six.", True),
        ("OSLO (NTB): Regjeringen legger fram budsjettet.", False),
        ("Washington — The Senate passed the bill.", True),
        ("The Senate passed the bill — narrowly.", False),
        ("– Vi er klare, sier han.", False),
    ],
)
def test_a_wires_place_opens_the_story(text: str, dated: bool) -> None:
    assert opens_on_dateline(text) is dated


@pytest.mark.parametrize("dateline", ["LONDON • ", "— "])
def test_a_wire_story_whose_dateline_is_a_bullet_or_a_lone_dash_keeps_its_lead(
    dateline: str,
) -> None:
    # («LONDON • Manchester United …»; «— The suspect …», the page having lost the place)
    story = _STORY.format(dateline=dateline + "The ").replace("The Residents", "The residents")
    text = "Storms sweep the valley\n\n" + story
    bullets = _bullets(text)
    assert bullets[0].startswith("The residents across three counties"), bullets


def test_a_norwegian_quote_opening_on_a_dash_stays_a_quote() -> None:
    from bot.core.datelines import strip_dateline

    assert strip_dateline("— Det er en trist dag, sier ordføreren.") == (
        "— Det er en trist dag, sier ordføreren."
    )


@pytest.mark.parametrize("tag", ["(VG NETT) ", "(NTB) ", "(ANB) "])
def test_an_outlets_tag_in_brackets_opens_the_lead_and_goes(tag: str) -> None:
    from bot.core.datelines import strip_dateline

    lead = "Statsministeren stilte for få minutter siden kabinettsspørsmål i gasskraftsaken."
    assert strip_dateline(tag + lead) == lead
    # (not a bracket that explains a name: «(FHI) melder …» keeps what it has)
    assert strip_dateline("(Ap) og (H) stemte for.") == "(Ap) og (H) stemte for."


@pytest.mark.parametrize("dateline", ["PLANO (1080 KRLD)- ", "PLANO- ", "LAKEVIEW (WXYZ)— "])
def test_a_citys_capitals_and_its_stations_tag_before_a_glued_dash_go(dateline: str) -> None:
    from bot.core.datelines import strip_dateline

    lead = "The Plano City Council has repealed the Plano Tomorrow Plan after years of pressure."
    assert strip_dateline(dateline + lead) == lead
    # (not an acronym that opens a compound: «NATO- og EU-landene»)
    assert (
        strip_dateline("NATO- og EU-landene møttes i går.") == "NATO- og EU-landene møttes i går."
    )


_LOCAL = """Ny ordførar i Fjordvik: – Eg var spent

Det måtte ei pause til då kommunestyret i Fjordvik skulle velja formannskap torsdag.

{opening}Som venta vart Kari Lund (Ap) vald som ny ordførar, medan Per Dal (Sp) fekk vervet som \
varaordførar.

Då formannskapet skulle veljast, kravde Senterpartiet forholdsval.
"""


def test_a_local_papers_place_before_the_story_is_no_part_of_its_bullet() -> None:
    # «Fjordvik:» opens the story where the story names Fjordvik as a place («i Fjordvik»).
    bullets = _bullets(_LOCAL.format(opening="Fjordvik: "))
    assert any(b.startswith("Som venta vart Kari Lund (Ap) vald") for b in bullets), bullets
    assert not any("Fjordvik:" in b for b in bullets)


@pytest.mark.parametrize(
    "headline",
    [
        "Wimbledon: Federer, Murray, Serena, Venus advance to quarter-final",
        "Hamlet: The Star's the Thing",
    ],
)
def test_a_headlines_place_or_play_before_a_colon_is_part_of_the_title(headline: str) -> None:
    # The story names it as a place («at Wimbledon», «in Hamlet»): a lead's dateline, a
    # headline's own first words.
    text = (
        f"{headline}\n\nRoger Federer and Ruth Negga were at Wimbledon on Monday and went on to"
        " star in Hamlet, the play that opened on Broadway this week.\n\nBoth won praise.\n"
    )
    assert parse_text(text).title == headline


def test_a_place_before_an_acronym_that_opens_the_story_is_its_dateline() -> None:
    text = (
        "NATO agrees new aid plan\n\n"
        "Brussels: NATO defence ministers agreed on Thursday on a new plan to train Ukrainian"
        " soldiers, after Hungary said it would not block it.\n\n"
        "The ministers met for two days at the alliance's headquarters in Brussels."
    )
    bullets = _bullets(text)
    assert bullets[0].startswith("NATO defence ministers agreed on Thursday"), bullets


def test_a_speakers_name_before_a_colon_is_no_place() -> None:
    # A name the story never places anything in is a speaker's label, and stays.
    text = _LOCAL.format(opening="Lund: ")
    assert parse_text(text).text.count("Lund: Som venta") == 1


@pytest.mark.parametrize(
    ("paragraph", "stripped"),
    [
        ("SØNDAG KLOKKEN 21.50: Ingen av de fire ble alvorlig skadet.", "Ingen av de fire ble"),
        ("HAUGESUND (VG) «Ut og stjæle hester» vant fem priser.", "«Ut og stjæle hester» vant"),
        ("MANDAG var det mange som møtte opp på torget.", "MANDAG var det mange"),
        # the outlet's desk in brackets, a colon after it
        ("KVADRATUREN (Nettavisen Økonomi): Ferske tall viser at prisene falt.", "Ferske tall"),
        # a breaking story's stamp
        ("BREAKING - 4.40pm: The 49-year-old driver has been arrested.", "The 49-year-old"),
        # a press wire's slashes
        ("PITTSBURGH, July 11, 2011 /PRNewswire-USNewswire/ -- The union said it was sad.", "The"),
        # where the outlet told it from, a preposition first
        ("I LUFTEN (VG) Etter måneder uten regn er skogbrannfaren stor.", "Etter måneder"),
    ],
)
def test_a_days_stamp_in_capitals_and_a_place_with_its_outlet_are_no_part_of_the_text(
    paragraph: str, stripped: str
) -> None:
    from bot.core.datelines import strip_dateline

    assert strip_dateline(paragraph).startswith(stripped)


@pytest.mark.parametrize("title", ["Kristiansund — Hødd 2-1", "Brann — Molde 0-3"])
def test_a_matchs_two_teams_and_score_on_top_are_the_title_not_a_dateline(title: str) -> None:
    text = (
        f"{title}\n\n"
        "– Eit forferdeleg unødvendig tap. Me var best og hadde flest sjansar, seier trenaren.\n\n"
        "Etter ein svak første omgang løfta laget seg i andre omgang, men ballen ville ikkje i"
        " mål, og gjestene vann kampen."
    )
    assert digest_article(parse_text(text)).title == title


@pytest.mark.parametrize("dateline", ["Oslo (NTB): ", "Fjordvik (NPK): ", "Bergen (ANB): "])
def test_a_norwegian_agencys_dateline_in_mixed_case_is_no_part_of_the_lead(dateline: str) -> None:
    text = (
        "Regjeringen legger fram stramt budsjett\n\n"
        f"{dateline}Regjeringen la fram statsbudsjettet for neste år i Stortinget mandag.\n\n"
        "Finansministeren sa at budsjettet er det strammeste på mange år."
    )
    bullets = _bullets(text)
    assert bullets[0].startswith("Regjeringen la fram statsbudsjettet"), bullets


@pytest.mark.parametrize(
    ("place", "lead"),
    [
        ("ÅRNES", "En mann i 50-årene ble funnet død i Glomma ved Årnes søndag formiddag."),
        (
            "MO I RANA",
            "Et nytt batterifabrikkprosjekt i Mo i Rana er lagt på is, melder selskapet.",
        ),
        ("ST IVES", "Two men were rescued from the sea off St Ives in Cornwall on Sunday."),
    ],
)
def test_a_place_in_capitals_alone_over_a_lead_that_names_it_is_its_dateline(
    place: str, lead: str
) -> None:
    text = f"Headline of the story\n\n{place}\n\n{lead}\n\nThe rest of the story follows here."
    sections = parse_text(text).sections
    assert sections[0].heading is None, [s.heading for s in sections]
    assert not any(place in p for s in sections for p in s.paragraphs)


def test_a_heading_in_capitals_the_lead_does_not_name_stays() -> None:
    text = (
        "Headline of the story\n\nBAKGRUNN\n\n"
        "Kommunen har i flere år slitt med for få lærere i barneskolen.\n\n"
        "Nå skal det bli bedre, lover ordføreren."
    )
    assert parse_text(text).sections[0].heading == "Bakgrunn"  # (in a sentence's case)


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        ("London, April 18: ", "Two late goals gave the home side a 3-1 win over the visitors."),
        ("Nyheter: ", "Politiet har satt i gang en leteaksjon etter en savnet mann i byen."),
    ],
)
def test_a_place_and_date_or_a_sites_section_before_a_colon_are_no_part_of_the_lead(
    opening: str, lead: str
) -> None:
    text = f"Headline of the story here\n\n{opening}{lead}\n\nThe rest of the story follows."
    paragraphs = [p for s in parse_text(text).sections for p in s.paragraphs]
    assert paragraphs[0] == lead, paragraphs


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        (
            "NORE OG UVDAL/DRAMMEN: ",
            "Lørdag formiddag ble mannen som er siktet for grov kroppsskade framstilt for"
            " varetektsfengsling i tingretten.",
        ),
        (
            "(CBS/AP) DETROIT - ",
            "A man suspected of shooting two men had to turn himself in twice before police"
            " would arrest him.",
        ),
    ],
)
def test_a_dateline_of_two_places_or_after_two_agencies_leaves_the_lead(
    opening: str, lead: str
) -> None:
    text = f"Headline of the story\n\n{opening}{lead}\n\nThe case goes on next week, police said."
    assert parse_text(text).sections[0].paragraphs[0] == lead


def test_a_writers_name_after_a_lead_with_figures_and_quoted_words_goes() -> None:
    lead = (
        'BT has been fined £17.5m after the "catastrophic" failure of the emergency call'
        " network last year"
    )
    text = f"BT fined\n\n{lead}, writes Leah Monte.\n\nThe regulator found 14,000 calls were hit."
    assert parse_text(text).sections[0].paragraphs[0] == f"{lead}."


@pytest.mark.parametrize(
    "dateline",
    [
        "CAUTERETS-CAMBASQUE, France — ",  # a place of two words joined by a hyphen
        "SAINT-LAURENT-SUR-MER, France — ",  # (of four, two of them two letters)
        "Albuquerque, New Mexico • ",  # (a bullet's dot for its dash)
        "SEOUL/BARCELONA, Spain ― ",  # two cities, a horizontal bar
        "JERUSALEM/GAZA CITY —",  # (the dash glued to the lead)
        "ROME: ",  # a wire's city in capitals and a colon
        "ELMHURST, Queens  — ",  # two spaces before the dash
        "Millbrook Valley: ",  # a place of two words and a colon, the story naming it
        "Los Angeles, June 1 ",  # a place and a date, run into the lead without a sign
        "Los Angeles, June 1 (IANS) ",  # (and a wire's mark)
        "Washington, Feb 23 (IANS): ",  # (and a colon after it)
        "Canberra, May 16 (Ajitweekly News) ",  # (a news site's name)
        "Sonora, CA — ",  # a state's two letters
        "Beirut: ",  # a wire's city and a colon over the lead, the story not naming it
        "New Delhi: (Web Desk) ",  # (and the desk's mark)
        "(MENAFN- AzerNews) ",  # a syndicator's mark
        "Jan. 20, 2010 — -- ",  # a date and two dashes
        "[November 19, 2018] BUCHAREST (Reuters) - ",  # a date in brackets, then the dateline
        "(AP) -- ",  # a wire's mark and two hyphens
        "GÖTEBORG (VG) (Nederland-Norge 29-30) ",  # a place with «Ö», a paper and a score
        "Moscow/London, July 31,(dpa/GNA) – ",  # two places, a comma glued to the wires' marks
    ],
)
def test_a_dateline_is_no_part_of_the_first_bullet(dateline: str) -> None:
    text = (
        "Storms sweep the valley\n\n"
        + _STORY.format(dateline=dateline)
        + "\n\nSchools in Millbrook Valley stay shut."
    )
    bullets = _bullets(text)
    assert bullets[0].startswith("Residents across three counties"), bullets


@pytest.mark.parametrize(
    "paragraph",
    [
        "Johnson: We will get Brexit done, and we will do it by the end of January this year.",
        "Solberg: Vi skal bygge flere sykehjem i alle kommuner i landet de neste fire årene.",
    ],
)
def test_a_speakers_label_over_a_colon_stays(paragraph: str) -> None:
    text = f"Storms sweep the valley\n\n{paragraph}\n\nThe rest of the story follows here."
    assert parse_text(text).sections[0].paragraphs[0] == paragraph


def test_a_stations_name_in_brackets_is_no_part_of_the_lead() -> None:
    text = (
        "Consumer Confidence: Home insurance hikes\n"
        "(ABC 6 News) — Homeowners across the state are facing a crisis of rising insurance"
        " premiums or policies cancelled outright, even in areas considered “low risk.”\n"
        "Millions of people are finding out their policies are about to cost more.\n"
        "Insurers blame storms, floods and the cost of building materials."
    )
    assert _bullets(text)[0].startswith("Homeowners across the state"), _bullets(text)


@pytest.mark.parametrize(
    "dateline", ["September 27, 2010 – ", "CHATHAM, MA – September 27, 2010 – "]
)
def test_a_press_releases_date_is_no_part_of_the_first_bullet(dateline: str) -> None:
    bullets = _bullets("Storms sweep the valley\n\n" + _STORY.format(dateline=dateline))
    assert bullets[0].startswith("Residents across three counties"), bullets


@pytest.mark.parametrize("label", ["FILE PHOTO: ", ""])
def test_a_wire_pictures_dated_caption_run_into_the_lead_goes(label: str) -> None:
    lead = "The president said on Friday he would send the army to fight the fires in the forest."
    text = (
        "Fires rage in the rainforest\n\n"
        f"{label}Aerial picture showing a burnt piece of land near the river, about 60 km from"
        f" the city, on August 23, 2019. – {lead}\n\nThe fires have spread for three weeks."
    )
    assert parse_text(text).sections[0].paragraphs[0] == lead


def test_a_sites_tag_before_the_lead_goes() -> None:
    lead = "Qualcomm shares rose more than 3% on Friday, a day after the company showed a new chip."
    text = f"Qualcomm shares rise\n\nInvesting.com – {lead}\n\nAnalysts expect more gains."
    assert parse_text(text).sections[0].paragraphs[0] == lead


@pytest.mark.parametrize(
    "dateline",
    [
        "MILLBROOK-ON-HUDSON, Virginia -- ",  # a place of three words joined by hyphens
        "MILL CREEK VALLEY, United States — ",  # a country of two words
        "(Mill Creek, IA) -- ",  # a town and its state's code in brackets
        "iStock/Thinkstock(MILLBROOK, Va.) — ",  # the picture's credit run into the dateline
        "Millbrook, Virginia -- ",  # a city in mixed case and two hyphens
        "April 18 ",  # a wire's month and day, its agency's mark lost
        "MILLBROOK (Valley News / Wire - 27th April, 2022) ",  # a wire's mark with its date
    ],
)
def test_a_wire_dateline_of_more_words_or_under_a_credit_is_no_part_of_the_lead(
    dateline: str,
) -> None:
    text = "Storms sweep the valley\n\n" + _STORY.format(dateline=dateline)
    assert _bullets(text)[0].startswith("Residents across three counties"), _bullets(text)


def test_a_tennis_results_sets_in_brackets_are_no_part_of_the_lead() -> None:
    lead = "Kari Nordmann (22) slo den kanadiske tenniskollegaen sin i semifinalen i Genève."
    text = (
        "Nordmann til finale\n\n"
        f"(Kari Nordmann – Jane Doe 7–6(6), 6–4) {lead}\n\n"
        "Finalen spilles lørdag, og vinneren får 800.000 kroner i premie."
    )
    assert parse_text(text).sections[0].paragraphs[0] == lead


@pytest.mark.parametrize(
    "dateline",
    [
        "ST. PAUL—",  # an em dash glued to the city and to the story
        "NEW YORK − ",  # a minus sign for the dash
    ],
)
def test_a_wires_city_before_a_glued_or_odd_dash_goes(dateline: str) -> None:
    text = (
        "Health officials investigate outbreak\n\n"
        f"{dateline}The state health department is investigating an outbreak of"
        " Legionnaires' disease after five cases were confirmed on Monday.\n\n"
        "All five patients live in the same county, officials said.\n"
    )
    assert _bullets(text)[0].startswith("The state health department is investigating")


def test_a_place_and_its_day_alone_on_a_line_is_no_heading() -> None:
    text = (
        "United win late\n\n"
        "Manchester United beat Burnley 2-1 on Saturday with a goal in added time.\n\n"
        "Manchester, Sep 18\n\n"
        "The winner came from a corner in the 94th minute, and the home fans stayed to sing.\n"
    )
    digest = digest_article(parse_text(text), max_words=90)
    assert all(section.heading != "Manchester, Sep 18" for section in digest.sections)


@pytest.mark.parametrize(
    "dateline",
    [
        "Millbrook (United States) (AFP) - ",  # the country in brackets, then the agency
        "SAINT-MARTIN-DE-VALLEE, France–",  # a long city, its country, the dash glued on
        "Feb 13 ",  # a wire's short month and day
        "Published atMILLBROOK, Utah (KSL.com) — ",  # a stamp run into a station's dateline
        "MILLBROOK, March 12 ",  # a city with its full month
        "Millbrook // ",
    ],
)
def test_a_wire_dateline_of_other_forms_goes(dateline: str) -> None:
    text = "Storms sweep the valley\n\n" + _STORY.format(dateline=dateline)
    assert _bullets(text)[0].startswith("Residents across three counties"), _bullets(text)


@pytest.mark.parametrize(
    ("place", "lead"),
    [
        # a city in mixed case before an en dash or a hyphen, then an English sentence
        (
            "Millbrook – ",
            "The storms that crossed three counties on Sunday brought down power lines and tore"
            " the roofs off two schools, killing at least four people.",
        ),
        (
            "Millbrook - ",
            "Talks on forming a coalition government have collapsed, leaving the prime minister"
            " facing her biggest challenge in twelve years.",
        ),
        # a place and its country in brackets before a colon
        (
            "Millbrook (Syria): ",
            "A convoy carrying food and medicine entered the besieged town today, the second"
            " delivery this week.",
        ),
    ],
)
def test_a_place_before_an_english_lead_leaves_it(place: str, lead: str) -> None:
    text = f"Storms sweep the valley\n\n{place}{lead}\n\nCrews will work through the night.\n"
    assert _bullets(text)[0].startswith(lead[:25]), _bullets(text)


def test_a_norwegian_place_before_a_quotes_dash_stays() -> None:
    text = (
        "Ny bru opna\n\n"
        "Nordvik – det er ein stor dag for bygda, sa ordføraren då brua opna laurdag.\n\n"
        "Brua har kosta 80 millionar kroner og kortar vegen til sentrum med ti minutt.\n"
    )
    assert _bullets(text)[0].startswith("Nordvik – det er ein stor dag"), _bullets(text)


def test_a_wires_city_before_a_hyphen_glued_to_initials_goes() -> None:
    text = "Storms sweep the valley\n\n" + _STORY.format(dateline="MILLBROOK -").replace(
        "MILLBROOK -Residents", "MILLBROOK -A.J. Lunde said residents"
    )
    assert _bullets(text)[0].startswith("A.J. Lunde said residents"), _bullets(text)


def test_a_wires_city_in_capitals_without_a_mark_leaves_the_lead_when_the_story_names_it() -> None:
    text = (
        "Huawei unveils chip to take on rivals\n\n"
        "BERLIN Huawei aims to use artificial intelligence to take on rivals when it launches"
        " its new phone next month, a top executive said.\n\n"
        "At the annual consumer electronics fair in Berlin on Saturday, the chief executive"
        " showed the new chip.\n"
    )
    assert _bullets(text)[0].startswith("Huawei aims to use artificial intelligence")
    # (not a body's acronym in capitals: «NATO Secretary General …» is the subject)
    nato = text.replace("BERLIN Huawei aims", "NATO Allies aim").replace("in Berlin", "in Oslo")
    assert _bullets(nato)[0].startswith("NATO Allies aim")
