"""Topic commands a reader would type, and the excerpts that answer them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.analysis import Analysis, analyse, analyzer
from bot.core.digest import digest_article, topics_of
from bot.core.model import Article, Excerpt
from bot.core.parse import guess_kind, parse_document, parse_text
from bot.core.text import command_name, fold, match_key
from bot.core.topic_answers import excerpts, query_terms
from tests.fixtures.core_invariants import command_problems

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [
    "seed_nato.txt",
    "core_nynorsk.txt",
    "core_english.txt",
    "core_markdown.md",
    "core_page.html",
    "core_anatomi.txt",
]
NUCLEAR = "Stoltenberg: Vi tar atomtrusselen på alvor"
EXERCISE = "Nato-sjefen om russisk atomøvelse: Vi overvåker nøye"


def read(name: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return parse_document(text, kind=guess_kind(name, text), source=name)


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyse(read("seed_nato.txt"))


def ask(analysis: Analysis, query: str) -> list[Excerpt]:
    return excerpts(analysis, query)


def all_sentences(found: list[Excerpt]) -> list[str]:
    return [s for e in found for s in e.sentences]


# Topics.


def test_the_seed_has_atom_for_the_nuclear_section_and_ovelse_for_the_exercise() -> None:
    digest = digest_article(read("seed_nato.txt"))
    topics = {t.command: t for t in digest.topics}
    assert 1 in topics["atom"].sections
    assert 2 in topics["ovelse"].sections
    assert topics["ovelse"].label == "øvelse"
    assert "atom" in digest.sections[1].topics
    assert "ovelse" in digest.sections[2].topics


@pytest.mark.parametrize("name", SAMPLES)
def test_topic_commands_are_valid_unique_and_the_same_every_time(name: str) -> None:
    article = read(name)
    topics = topics_of(article)
    assert topics, "every sample has something to ask about"
    assert command_problems([t.command for t in topics]) == []
    assert topics_of(read(name)) == topics
    n_sections = len(article.sections)
    assert all(t.sections and all(0 <= i < n_sections for i in t.sections) for t in topics)


def test_topics_name_what_sections_are_about() -> None:
    nynorsk = {t.command for t in topics_of(read("core_nynorsk.txt"))}
    assert "buss" in nynorsk
    english = {t.command for t in topics_of(read("core_english.txt"))}
    assert "cycle_lanes" in english  # (the text writes «cycle» in «cycle lanes» each time)


def test_a_common_word_said_once_or_twice_in_no_title_is_no_topic() -> None:
    text = "\n\n".join(
        [
            "Brann i enebolig i Knarvik",
            "En enebolig i Knarvik brant ned natt til søndag. Brannvesenet kom etter ti "
            "minutter, men huset sto i full fyr. Brannen spredte seg ikke til naboene.",
            "Har kontakt med eierne",
            "Eierne er på ferie i utlandet, men politiet har fått kontakt med dem. Brannen "
            "startet trolig i garasjen. Teknikere skal undersøke brannstedet mandag.",
        ]
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "brann" in commands and "knarvik" in commands
    assert not commands & {"fyr", "kontakt", "eier", "garasje", "ferie"}


def test_a_command_never_shadows_a_chat_command() -> None:
    text = (
        "Hjelp til alle\n\nHjelp og start er viktig. Start hjelp nå. Hjelp start igjen.\n\n"
        "Digest av alt\n\nDigest digest digest er ordet. Topics topics er også et ord."
    )
    from bot.chat.commands import COMMANDS, RESERVED

    commands = {t.command for t in topics_of(parse_text(text), reserved=RESERVED)}
    assert {"digest", "topics"} <= {c.name for c in COMMANDS} <= RESERVED
    assert not commands & RESERVED


# Excerpts.


def test_atom_finds_the_nuclear_sentences_best_section_first_in_article_order(
    seed: Analysis,
) -> None:
    found = ask(seed, "atom")
    assert [e.heading for e in found] == [NUCLEAR, EXERCISE]
    nuclear = found[0].sentences
    assert any("atomtrusler" in s for s in nuclear)
    assert any("atomvåpen" in s for s in nuclear)
    assert any("atomkrig" in s for s in nuclear)
    article_order = [s.text for s in seed.all_sentences]
    for excerpt in found:
        positions = [article_order.index(s) for s in excerpt.sentences]
        assert positions == sorted(positions)
    assert all("atom" in s.lower() for s in all_sentences(found))


@pytest.mark.parametrize(
    "query", ["ovelse", "/ovelse", "øvelse", "oevelse", "Øvelse", "/ovelse@digestbot"]
)
def test_ovelse_finds_the_exercise_however_it_is_typed(seed: Analysis, query: str) -> None:
    found = ask(seed, query)
    assert found[0].heading == EXERCISE
    sentences = all_sentences(found)
    assert any("militærøvelser" in s for s in sentences)
    assert any("øvelsen" in s for s in sentences)
    assert all("øvelse" in s for s in sentences)


def test_excerpt_sentences_are_the_articles_own(seed: Analysis) -> None:
    own = {s.text for s in seed.all_sentences}
    for query in ("atom", "ovelse", "Ukraina", "konsekvenser"):
        assert set(all_sentences(ask(seed, query))) <= own


def test_atom_does_not_match_inside_anatomi() -> None:
    analysis = analyse(read("core_anatomi.txt"))
    sentences = all_sentences(ask(analysis, "atom"))
    assert sentences == [
        "Forskerne bruker også nye modeller av atomkjerner i fysikkfaget.",
        "Atomfysikk er et valgfag for studentene på andre året.",
    ]
    assert not any("anatomi" in s for s in sentences)
    assert all("anatomi" in s for s in all_sentences(ask(analysis, "anatomi")))


def test_several_words_rank_the_section_with_all_of_them_first(seed: Analysis) -> None:
    found = ask(seed, "atom øvelse")
    assert found[0].heading == EXERCISE
    assert {e.heading for e in found} == {NUCLEAR, EXERCISE}
    found = ask(seed, "Ukraina artilleri")
    assert found[0].heading is None


def test_inflections_are_found(seed: Analysis) -> None:
    assert any("truslene" in s for s in all_sentences(ask(seed, "trussel")))
    assert any("konsekvenser" in s for s in all_sentences(ask(seed, "konsekvens")))


@pytest.mark.parametrize("query", ["zzz", "", "/", "   ", "123", "anatomi"])
def test_nothing_is_found_for_words_the_article_does_not_have(seed: Analysis, query: str) -> None:
    assert ask(seed, query) == []


def test_english_and_nynorsk_excerpts() -> None:
    english = analyse(read("core_english.txt"))
    found = ask(english, "parking")
    assert found[0].heading == "Shop owners worry about parking"
    assert all("park" in s for s in all_sentences(found))  # «parking» and «car park»
    nynorsk = analyse(read("core_nynorsk.txt"))
    assert any("skulebuss" in s for s in all_sentences(ask(nynorsk, "buss")))


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("/atom", ["atom"]),
        ("atom øvelse", ["atom", "øvelse"]),
        ("atom, øvelse;krig", ["atom", "øvelse", "krig"]),
        ("  /  ", []),
        ("123 atom", ["atom"]),
    ],
)
def test_query_terms(query: str, terms: list[str]) -> None:
    assert query_terms(query) == terms


# Names stay whole; fillers and furniture are no topics.

PLACES = "\n\n".join(
    [
        "Russland øker aktiviteten utenfor Hammerfest",
        "Russland har hatt flere fartøy utenfor Hammerfest, opplyser Forsvaret til NRK. "
        "Ifølge Forsvaret er det nesten dobbelt så mange som i fjor.",
        "Foto: NRK",
        "Ordfører Terje Dalhaug i Hammerfest sier at innbyggerne er rolige. Dalhaug har bedt "
        "om et møte om beredskapen i Hammerfest. I tillegg vil kommunen øve på evakuering.",
        "Kronprinsen besøker Drammen",
        "Kronprins Haakon besøker Drammen på torsdag for å åpne brua. Drammen kommune har "
        "brukt fire år på brua, og i Drammen er det god stemning. Kronprinsen skal også "
        "møte elever i Drammen.",
    ]
)
SPLIT_NAMES = {"russ", "land", "hammer", "fest", "dal", "haug", "dram", "kron"}
FILLERS = {"god", "nesten", "tillegg", "bare", "ogsa", "foto", "nrk", "del", "lese"}


def test_names_stay_whole_and_fillers_are_no_topics() -> None:
    digest = digest_article(parse_text(PLACES))
    commands = {t.command for t in digest.topics} | {c for s in digest.sections for c in s.topics}
    assert "drammen" in commands
    assert not commands & SPLIT_NAMES
    assert not commands & FILLERS


def test_a_part_of_a_name_does_not_find_it() -> None:
    analysis = analyse(parse_text(PLACES))
    assert ask(analysis, "fest") == []
    assert ask(analysis, "russ") == []
    assert all_sentences(ask(analysis, "hammerfest"))
    assert all_sentences(ask(analysis, "russland"))


def test_a_name_in_one_article_is_an_ordinary_word_where_it_only_opens_a_sentence() -> None:
    analyzer.cache_clear()  # a new process: no form has been seen
    # Inside a sentence «Saltfjellet» is a name, found whole and not by its parts.
    first = parse_text("Vegvesenet stenger vegen over Saltfjellet i kveld. Det blåser mye.")
    assert ask(analyse(first), "fjell") == []
    # Opening a sentence (and nowhere else) it is a word like any other, parts and all.
    second = parse_text("Saltfjellet er stengt i kveld. Det blåser mye.")
    assert all_sentences(ask(analyse(second), "fjell")) == ["Saltfjellet er stengt i kveld."]
    assert ask(analyse(first), "fjell") == []


RATE = "\n\n".join(
    [
        "Norges Bank holder renten uendret",
        "Norges Bank holder styringsrenten uendret på 4,5 prosent, opplyste sentralbanken "
        "torsdag. Sentralbanksjef Ida Wolden Bache sier at renten trolig blir satt ned.",
        "Økonomer hadde ventet at Norges Bank ville holde renten i ro. Kronen styrket seg "
        "litt. Norges Bank har holdt renten uendret siden desember i fjor.",
    ]
)
DERBY = "\n\n".join(
    [
        "Manchester City beat Arsenal to go top",
        "Manchester City beat Arsenal 3-1 on Sunday to go top of the table. Erling "
        "Haaland scored twice, and City never looked back.",
        '"We played with courage," said City manager Pep Guardiola. Manchester City lead '
        "Arsenal by one point. City play Liverpool next.",
    ]
)
CLUB = "\n\n".join(
    [
        "Brann slo Molde",
        "Brann vant 2-0 over Molde søndag. SK Brann har nå vunnet fire kamper på rad, og "
        "Brann topper tabellen. Brann-treneren var fornøyd.",
        "Molde har tapt tre kamper. Brann møter SK Brann-fansen på Brann stadion til helgen,"
        " og Brann kan sikre gullet.",
    ]
)


BOE = "\n\n".join(
    [
        "Bank of England holds rates",
        "The Bank of England held rates at 5.25 per cent on Thursday. The Bank of England said"
        " inflation was falling, and the bank expects cuts next year.",
        "Governor Andrew Bailey said the Bank of England would wait until the spring.",
    ]
)
QUAKE = "\n\n".join(
    [
        "Quake hits Mexico",
        "A strong earthquake hit Mexico on Tuesday. Buildings fell in Mexico City, and Mexico"
        " City's airport closed. Mexico sent soldiers to Mexico City.",
    ]
)


ROAD = "\n\n".join(
    [
        "Bridge on Route 80 to close",
        "The bridge on Route 80 will close for repairs in May. Route 80 carries 20,000 cars a"
        " day, and the state says traffic on Route 80 will move to one lane.",
    ]
)


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (RATE, "norges_bank", "bank"),
        (DERBY, "manchester_city", "city"),
        (BOE, "bank_of_england", "bank"),
        (ROAD, "route_80", "route"),
    ],
)
def test_a_common_word_is_the_topic_of_the_name_it_is_written_in(
    text: str, whole: str, part: str
) -> None:
    commands = {t.command for t in digest_article(parse_text(text)).topics}
    assert whole in commands
    assert part not in commands
    assert all_sentences(ask(analyse(parse_text(text)), whole))


def test_a_questions_first_word_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Fredrikstad er klar for Eliteserien\n\n"
        "Fredrikstad rykket søndag opp til Eliteserien etter seieren over Kongsvinger.\n\n"
        "– Er Fredrikstad klar for det første møtet med Eliteserien?\n\n"
        "– Vi har gjort alt vi kan, sier treneren.\n\n"
        "– Er Fredrikstad god nok til å klare seg i Eliteserien?\n\n"
        "– Det får vi se, sier treneren."
    )
    commands = {t.command for t in digest_article(parse_text(text)).topics}
    assert "fredrikstad" in commands
    assert not any(c.startswith("er_") for c in commands)


FIRE = "\n\n".join(
    [
        "Enebolig totalskadd i natt",
        "Politiet fikk melding om brannen i eneboligen klokken halv tre. Brannvesenet "
        "rykket ut med fire biler, men huset sto i full fyr da de kom fram.",
        "Har kontakt med eierne",
        "Eierne er på ferie i utlandet, men politiet har fått kontakt med dem. Brannen "
        "startet trolig i garasjen, sier vaktleder Rikke Moe.",
        "Etterslukking til formiddagen",
        "Etterslukkingen varte til klokken ti. Branntomta blir undersøkt av teknikere "
        "tirsdag, og brannårsaken er ikke kjent.",
    ]
)


def test_the_word_every_section_shares_is_the_articles_first_topic() -> None:
    digest = digest_article(parse_text(FIRE))
    assert digest.topics[0].command == "brann"
    assert digest.topics[0].sections == (0, 1, 2)
    assert digest.sections[0].topics[0] == "brann"
    assert all_sentences(ask(analyse(parse_text(FIRE)), "brann"))


def test_those_who_speak_for_a_service_on_duty_are_no_topics() -> None:
    text = "\n\n".join(
        [
            "Brann i enebolig i Knarvik",
            "En enebolig i Knarvik brant ned natt til søndag. – Huset sto i full fyr da vi kom,"
            " sier vaktleder Rikke Lyngdal ved Vest politidistrikt.",
            "– Ingen ble skadd, sier Lyngdal. Lyngdal sier at brannvesenet kom etter ti minutter.",
            "Politiet etterforsker brannen. – Vi vet ikke hva som startet brannen, sier"
            " politifullmektig Marte Engesli.",
            "– Vi har avhørt eierne, sier Engesli. Engesli sier at Kripos er kontaktet.",
        ]
    )
    commands = {t.command for t in digest_article(parse_text(text)).topics}
    assert "brann" in commands
    assert not commands & {"lyngdal", "rikke", "engesli", "marte", "vaktleder", "politidistrikt"}


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("vaktkommandør", "Ole Jakob Hartvigsen"),
        ("politiets skadestedsleder", "Tor Erlend Imislund"),
        ("kommuneoverlege", "Sjur Widme Ohre"),
        ("TV2-journalisten", "Jan Henrik Børslid"),
    ],
)
def test_those_on_duty_at_a_scene_or_reporting_it_are_no_topics(role: str, name: str) -> None:
    surname = name.split()[-1]
    text = "\n\n".join(
        [
            "Brann i enebolig i Knarvik",
            f"En enebolig i Knarvik brant ned natt til søndag. – Huset sto i full fyr, sier {role}"
            f" {name}.",
            f"– Ingen ble skadd, sier {surname}. {surname} sier at brannvesenet kom raskt.",
            f"Brannen i Knarvik startet i garasjen. – Vi vet ikke hvorfor, sier {surname}.",
        ]
    )
    commands = {t.command for t in digest_article(parse_text(text)).topics}
    assert "knarvik" in commands or "brann" in commands
    assert not {c for c in commands if c in fold(surname).lower()}


def test_a_word_every_story_uses_is_a_topic_where_compounds_end_in_it_not_begin_with_it() -> None:
    ends = (
        "Nordvik får nye våpen\n\nHæren i Nordvik kjøper atomvåpen og kjernevåpen for milliarder."
        " Atomvåpnene skal lagres i fjellet, og kjernevåpnene i en bunker. Våpnene kommer i mai."
    )
    begins = (
        "Brann i Nordvik\n\nPolitiet i Nordvik rykket ut til en brann i natt. Politidistriktet"
        " sendte fire biler, og politimesteren kom selv. Politibilene sto der til morgenen."
        " Brannen i Nordvik var slukket klokken fem."
    )
    assert "vapen" in {t.command for t in topics_of(parse_text(ends))}
    assert "politi" not in {t.command for t in topics_of(parse_text(begins))}


def test_a_first_name_before_an_irish_surname_is_no_topic() -> None:
    text = (
        "Actor Kevin O'Dowd dies aged 70\n\nKevin O'Dowd, who played in three westerns, has"
        " died. Kevin O'Dowd was born in Dublin. O'Dowd moved to Los Angeles in 1975, and"
        " Kevin O'Dowd worked there until 2010."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "kevin" not in commands
    assert commands & {"odowd", "kevin_odowd"}, commands


def test_a_people_before_its_faith_is_a_topic_not_a_first_name() -> None:
    # («Rohingya Muslims»: a people and their faith, not a first name and a surname)
    text = (
        "Amnesty says army killed hundreds of Rohingya\n\nMyanmar security forces killed"
        " hundreds of Rohingya Muslims, Amnesty International said. More than 580,000"
        " Rohingya Muslims have fled to Bangladesh since August, when the army began a"
        " campaign against Rohingya villages. Rohingya Muslims have been denied citizenship."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "rohingya" in commands, commands


def test_a_point_of_the_compass_in_a_name_is_no_topic() -> None:
    text = (
        "Husbrann i Voss\n\nVest politidistrikt fikk melding om brannen i Voss klokken tre."
        " Vest politidistrikt sendte to patruljer, og Sørvest politidistrikt hjalp til. Brannen"
        " i Voss var slukket klokken seks, opplyser Vest politidistrikt."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "voss" in commands
    assert not commands & {"vest", "sorvest"}


def test_a_party_of_two_letters_is_a_topic() -> None:
    text = (
        "Måling\n\nSV og Sp faller begge på en ny måling. SV får 5,2 prosent, og SV er "
        "skuffet. Sp får 7 prosent, og Sp-leder Kari Vik sier at Sp skal jobbe hardere. "
        "Trafikken på Rv 7 var stengt, og Rv 7 åpnet igjen i kveld, men Rv 7 er glatt."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert {"sv", "sp"} <= commands
    assert "rv" not in commands


def test_the_paper_that_reports_is_no_topic_unless_the_title_names_it() -> None:
    body = (
        "Aftenbladet tok en prat med publikum før konserten i Stavanger. – Det var en sur"
        " kveld, sier Kari Vik til Aftenbladet. Konserten i Stavanger ble avlyst i fjor,"
        " skriver Aftenbladet, og Stavanger venter nå på ny dato."
    )
    about = "Aftenbladet kutter papiravisen\n\n" + body.replace("konserten", "Aftenbladet")
    commands = {t.command for t in topics_of(parse_text("Sur konsert i Stavanger\n\n" + body))}
    assert "stavanger" in commands
    assert "aftenbladet" not in commands
    assert "aftenbladet" in {t.command for t in topics_of(parse_text(about))}


def test_a_name_is_no_part_of_the_name_it_opens() -> None:
    commands = {t.command for t in topics_of(parse_text(QUAKE))}
    assert commands & {"mexico", "mexico_city"}
    assert "A strong earthquake hit Mexico on Tuesday." in all_sentences(
        ask(analyse(parse_text(QUAKE)), "mexico")
    )


def test_a_first_name_also_written_alone_gives_the_full_name() -> None:
    text = (
        "Treneren fikk sparken\n\nTorsdag kom beskjeden om at Kåre Ingebrigtsen hadde fått"
        " sparken. – Vi kastet Kåre fordi laget må bli bedre, sier styrelederen. – Av respekt"
        " for Kåre venter vi med å si hvem som tar over, sier han. Telenors Sigve Brekke og"
        " Høyres Erna Solberg kommenterte ikke saken."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "kare_ingebrigtsen" in commands or "kaare_ingebrigtsen" in commands
    assert not commands & {"kaare", "kare"}


def test_a_month_a_day_and_an_adjective_of_every_story_are_no_topics() -> None:
    text = (
        "Hospital waits grow\n\nHospital waits grew in November, the national figures show."
        " In November, 7.8 million people waited for hospital care, and national leaders said"
        " waits would grow until March. On Monday the national health service said November"
        " was the worst month for hospital waits."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "hospital" in commands
    assert not commands & {"november", "national", "monday", "march"}


def test_a_name_written_twice_or_more_names_the_compounds_of_its_word() -> None:
    text = (
        "Renten står stille\n\nNorges Bank holder renten i ro. Sentralbanksjefen sier at"
        " sentralbanken følger prisveksten nøye, og at sentralbanken kan sette opp renten."
        " Norges Bank møtes igjen i desember, og sentralbankens direktør er enig."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "norges_bank" in commands
    assert "bank" not in commands


def test_a_name_mostly_written_alone_stays_alone() -> None:
    commands = {t.command for t in digest_article(parse_text(CLUB)).topics}
    assert "brann" in commands
    assert "sk_brann" not in commands


VERBS_AND_ADJECTIVES = "\n\n".join(
    [
        "Kommunen vil leggje ned den vesle skulen",
        "Kommunestyret vedtok å leggje ned den vesle skulen i bygda. Den vesle skulen har "
        "berre tolv elevar, og kommunen vil leggje pengane i ein ny hall. Foreldra vil "
        "leggje fram ei klage, og skulen er viktig for bygda, seier dei.",
        "Liten skole, stor strid",
        "Den lille skolen i Nordvik er liten, men foreldrene mener en liten skole er trygg. "
        "Kommunen mener en liten skole er dyr, og det jødiske samfunnet i byen har også "
        "bedt om et møte om den jødiske skolen og dens framtid.",
    ]
)


def test_topics_are_things_not_verbs_or_adjectives() -> None:
    digest = digest_article(parse_text(VERBS_AND_ADJECTIVES))
    commands = {t.command for t in digest.topics} | {c for s in digest.sections for c in s.topics}
    assert not commands & {"leggje", "liten", "jodisk", "vesle"}
    assert commands & {"skule", "skole", "bygd", "hall"}


def test_adjectives_by_form_and_nynorsk_participle_lookalikes_are_no_topics() -> None:
    # «normalt» is an adjective's neuter; «føreseieleg» an adjective the dictionary lacks;
    # Nynorsk «skrive» has a participle «skriven» that looks like a noun's definite form.
    text = (
        "Kommunen vil skrive nye reglar for skulen\n\nKommunen vil skrive nye reglar. Det er "
        "normalt at kommunen vil skrive om reglane, men skulen meiner det må vere "
        "føreseieleg. Skulen vil ha føreseieleg drift, og det er normalt, seier rektor. "
        "Kommunen skal skrive eit nytt framlegg til skulen innan jul."
    )
    digest = digest_article(parse_text(text, language="nn"))
    commands = {t.command for t in digest.topics} | {c for s in digest.sections for c in s.topics}
    assert not commands & {"normal", "skrive", "foreseieleg"}
    assert commands & {"skule", "kommune", "regel"}


def test_a_common_nouns_genitive_opening_a_name_is_no_topic() -> None:
    text = (
        "Vegvesenet stenger kaia\n\nStatens vegvesen stenger fergekaia i Vardvik i åtte uker"
        " fordi kaia har sunket. Pendlerne må kjøre omveien, opplyser Statens vegvesen. Kaia"
        " har sunket flere centimeter siden i fjor, og vegvesenet vil reparere kaia i vinter."
    )
    digest = digest_article(parse_text(text))
    commands = {t.command for t in digest.topics}
    assert "statens" not in commands and "stat" not in commands


def commands_of(text: str) -> set[str]:
    digest = digest_article(parse_text(text))
    return {t.command for t in digest.topics} | {c for s in digest.sections for c in s.topics}


NOISE_WORDS = "\n\n".join(
    [
        "Finsk fergeselskap melder om forsinkelser",
        "Det finske fergeselskapet melder om lange forsinkelser på ruten over Bottenviken. "
        "Passasjerene må melde fra om endringer, og selskapet vil melde nye avganger i "
        "kveld. Den finske kapteinen sier at ferga besøker havnen i Vaasa to ganger i uka, "
        "og at ferga besøker Umeå i morgen.",
        "Johnsons rederi kjøper nye skip",
        "Johnsons rederi kjøper tre nye skip til ruten. Rederiet til Johnsons familie har "
        "seilt i hundre år, og rederiet skal bygge skipene ved et finsk verft. Skipene blir "
        "levert neste vår, skriver rederiet.",
    ]
)


def test_verb_forms_nationality_and_a_names_genitive_are_no_topics() -> None:
    commands = commands_of(NOISE_WORDS)
    assert not commands & {"melde", "besoker", "finsk", "finske", "johnsons"}
    assert commands & {"ferge", "rederi", "skip", "forsinkelse"}


def test_a_names_genitive_gives_the_names_topic_when_the_name_is_there() -> None:
    text = (
        "Ny leder i Kystklubben\n\nKlubben valgte Ola Johnson som ny leder torsdag. "
        "Johnson har seilt for klubben i tjue år. Johnsons første oppgave er å skaffe "
        "penger til en ny båt, og Johnson vil starte med en loddtrekning i mars."
    )
    commands = commands_of(text)
    assert "johnsons" not in commands
    assert all_sentences(ask(analyse(parse_text(text)), "johnson"))


def test_a_genitive_only_name_is_no_topic() -> None:
    text = (
        "Kirka feirer\n\nMenigheten feirer Kristi himmelfart med gudstjeneste i kirka. "
        "Etter gudstjenesten på Kristi himmelfart blir det kirkekaffe, og Kristi "
        "himmelfart er en fridag for mange. Kirka ble bygget i 1880."
    )
    assert "kristus" not in commands_of(text)


def test_a_noun_that_is_also_a_verb_form_is_a_topic_beside_its_other_forms() -> None:
    text = (
        "Lærerne krever mer tid\n\nLærerne på Nordvik skole krever mer tid til hver elev. "
        "En lærer har i dag over tjue elever, og lærerne mener det er for mange. Læreren "
        "Kari Dahl sier at hver lærer trenger færre elever for å følge dem opp."
    )
    assert "laerer" in commands_of(text)


def test_a_nouns_definite_form_that_looks_like_a_past_still_makes_its_topic() -> None:
    # «ferja» is the ferry and the past of «ferje»; «timar» the hours and «timar» (happens)
    text = (
        "Ferja står\n\nFerja over fjorden står i to uker. Ferja fikk motorstopp i går, og "
        "ferja må på verksted i Bergen. Pendlerne må kjøre rundt fjorden mens ferja står."
    )
    assert "ferje" in commands_of(text)
    nynorsk = (
        "Fleire timar i veka\n\nElevane får to nye timar i veka til lesing. Timane skal "
        "brukast til bøker elevane vel sjølv, og fleire timar gjev betre lesarar, meiner "
        "rektor."
    )
    assert "time" in commands_of(nynorsk)


# Hand-written: a storm warning whose compounds share generic heads (vannstand, vindkast),
# with times of day and a pronoun readers saw as topics on real pages.
STORM = "\n\n".join(
    [
        "Storm og høy vannstand i natt",
        "Meteorologene venter vindkast opp mot orkan styrke langs kysten i natt, og "
        "vannstanden kan bli en meter over det normale. Vindkastene er sterkest i kveld.",
        "Kommunen ber folk sikre båtene selv før vannstanden stiger, og vil stenge kaia i "
        "kveld. Vannstanden var like høy for ti år siden, da stormen tok flere naust.",
        "Atomkraft og atomvåpen",
        "Den nye atomavtalen gjelder atomvåpen og atomkraft. Atomavtalen skal signeres i "
        "Wien, og atomvåpnene skal telles hvert år.",
    ]
)


def test_a_compounds_generic_head_and_times_of_day_are_no_topics() -> None:
    digest = digest_article(parse_text(STORM))
    commands = {t.command for t in digest.topics} | {c for s in digest.sections for c in s.topics}
    assert not commands & {"stand", "kast", "natt", "kveld", "selv"}
    assert commands & {"vannstand", "vindkast", "storm"}
    assert "atom" in commands  # a part of several compounds still is one


def test_a_topic_is_a_word_a_reader_types_not_a_bad_lemma() -> None:
    """«vinden» is the wind, not the verb vinde; «flommen» is the flood; a comparative
    («høyere», «lettere») and a filler's form («vant», «våre», «hendelsene») give none."""
    text = (
        "Vinden tar til i kveld\n\n"
        "Vinden øker langs kysten, og flommen stiger i elvene. Meteorologen venter at "
        "vinden blir sterkest i høyere strøk, der flommen kan ta broer. I høyere strøk "
        "kommer vinden som kast, og flommen når toppen i morgen. Hendelsene har ført til "
        "at våre vakter er ute, og to ble lettere skadd. Laget vant kampen, og de lettere "
        "skadde ble sendt hjem. Våre naboer vant også over hendelsene."
    )
    commands = commands_of(text)
    assert "flom" in commands
    assert not commands & {"vinde", "flomme", "hoy", "lett", "vinne", "var", "hendelse"}


def test_a_latin_neuter_is_its_whole_word_not_a_shorter_one() -> None:
    """«museet», «museene» are the museum, not «muse»; and «ask museum» finds them."""
    text = (
        "Museene får mer penger\n\n"
        "Museene i fylket får mer penger neste år. Kunstmuseet i byen skal bygge ut, og "
        "museet venter mange flere besøkende. Folkemuseet får også støtte, sier direktøren "
        "ved museet. Flere museer har ventet lenge på pengene."
    )
    commands = commands_of(text)
    assert "museum" in commands
    assert "muse" not in commands
    assert ask(analyse(parse_text(text)), "museum")


def test_a_common_word_written_after_a_name_is_topic_by_the_whole_name() -> None:
    """«Telenor Arena» thrice and «arenaen» once: /telenor_arena, not /arena."""
    text = (
        "Dårlig lyd på konserten\n\n"
        "Torsdag spilte bandet i Telenor Arena for et fullt hus. Lyden i Telenor Arena var "
        "grøtete fra første låt, og vokalen druknet helt. Mange forlot arenaen før pause. "
        "Arrangøren sier at Telenor Arena skal se på lydanlegget før neste konsert."
    )
    commands = commands_of(text)
    assert "telenor_arena" in commands
    assert "arena" not in commands


def test_an_institution_is_topic_by_its_whole_name_not_its_common_word() -> None:
    """«the Supreme Court» and «the Court» are /supreme_court; «Court» alone would be a
    word every legal story has. A weekday after the name is not part of it."""
    text = (
        "Justices decline to hear sentencing appeal\n\n"
        "The Supreme Court on Monday declined to hear an appeal from three men who said "
        "their sentences were too long. They had argued in a federal appeals court that "
        "the judge relied on charges the jury rejected. Their appeal pressed that "
        "argument again, but the Court declined review without comment. "
        "Three justices said the Court should have taken the case, and that the Supreme "
        "Court Wednesday left the question open for another appeal."
    )
    commands = commands_of(text)
    assert "court" not in commands
    assert "supreme_court" in commands


def test_a_long_name_makes_a_command_cut_between_words() -> None:
    from bot.core.text import command_name

    assert command_name("Canterbury Christ Church University") == "canterbury_christ_church"
    assert len(command_name("a" * 40)) == 32
    # (not inside a phrase of the name: «national_bureau_of_criminal» says half a thing)
    assert command_name("National Bureau of Criminal Investigation") == "national_bureau"
    assert (
        command_name("Senteret for komposittar og nanoteknologi i Noreg")
        == "senteret_for_komposittar"
    )
    # a name that fits without the words that join its parts is given whole without them
    assert command_name("Texas Department of Public Safety") == "texas_department_public_safety"
    assert command_name("Department of Public Safety") == "department_of_public_safety"  # (fits)


def test_a_word_every_court_story_has_is_no_topic_of_its_own() -> None:
    """«advokat» (as common as «politi» nearly) said three times is no topic; the trial's
    ship is."""
    text = (
        "Tiltalt for overgrep om bord\n\n"
        "En mann møter i retten torsdag, tiltalt for overgrep om bord på cruiseskipet "
        "Nordstjernen mens skipet lå ved kai i Ålesund. Advokaten hans sier mannen nekter "
        "straffskyld. Cruiseskipet seilte videre dagen etter, men mannen ble satt i land.\n\n"
        "Kvinnen var passasjer på cruiseskipet. Hennes advokat sier hun vil forklare seg "
        "i retten. En tredje advokat skal føre saken for rederiet, som eier Nordstjernen. "
        "Rederiet har ikke villet kommentere saken før rettssaken er over, men opplyser at "
        "mannskapet har fått oppfølging. Skipet har plass til 2000 passasjerer og går i "
        "fast rute langs kysten hele sommeren, med anløp i Bergen, Ålesund og Trondheim. "
        "Saken er berammet til tre dager, og dom ventes etter sommeren. Politiet i "
        "Ålesund etterforsket saken i over et år, og flere vitner fra mannskapet er kalt "
        "inn. Både tiltalte og fornærmede bor i utlandet og kom til Norge for å møte i "
        "retten denne uken."
    )
    commands = commands_of(text)
    assert "advokat" not in commands
    assert commands & {"cruiseskip", "nordstjernen"}


def test_a_name_the_story_only_quotes_is_its_source_not_a_topic() -> None:
    """«seier Ronny Sleire i Vegtrafikksentralen», «seier Sleire» each time: no /sleire;
    the place the slide hit is the topic."""
    text = (
        "Steinras stengde fylkesvegen\n\n"
        "Eit steinras gjekk over fylkesveg 180 ved Haukaneset fredag kveld, og vegen vart "
        "stengd for all trafikk. Steinane låg over begge køyrefelta.\n\n"
        "– Vi valde å stenge vegen fordi mørket gjorde det vanskeleg å sjå om det kan kome "
        "nye ras, seier Ronny Sleire i Vegtrafikksentralen.\n\n"
        "Ein geolog skal sjå på fjellsida laurdag morgon. Vegen kan opne att når geologen "
        "har gått gjennom området.\n\n"
        "– Det er ikkje så veldig stort, og dei største steinane kan bli rydda med traktor, "
        "seier Sleire.\n\n"
        "Fylkesvegen er den einaste vegen til bygda, og folk på Haukaneset må vente til "
        "laurdag. Skulebussen køyrer ikkje før vegen er opna att, opplyser kommunen.\n\n"
        "– Vi håper vegen er open før helga er over, seier Sleire.\n"
    )
    commands = commands_of(text)
    assert "sleire" not in commands
    assert "haukaneset" in commands


@pytest.mark.parametrize(
    ("first", "again"),
    [
        # a post between commas before the name; «Ifølge …» after
        ("seier stasjonssjef i Bøvik, Ronny Sleire.", "Ifølgje Sleire er vegen"),
        # the post between commas after the name, before the verb
        ("skriv Ronny Sleire i ei melding.", "Sleire, som leier vaktene, seier at vegen er"),
        ("seier Ronny Sleire (Sp).", "Stasjonssjef Ronny Sleire, fortel at vegen er"),
    ],
)
def test_a_source_named_with_his_post_or_after_ifolge_is_no_topic(first: str, again: str) -> None:
    text = (
        "Steinras stengde fylkesvegen\n\n"
        "Eit steinras gjekk over fylkesveg 180 ved Haukaneset fredag kveld, og vegen vart "
        "stengd for all trafikk. Steinane låg over begge køyrefelta.\n\n"
        f"– Vi valde å stenge vegen fordi det kan kome nye ras, {first}\n\n"
        "Ein geolog skal sjå på fjellsida ved Haukaneset laurdag morgon.\n\n"
        f"{again} open att til helga. Skulebussen køyrer ikkje før vegen er opna.\n"
    )
    commands = commands_of(text)
    assert "sleire" not in commands and "ronny_sleire" not in commands
    assert "haukaneset" in commands


def test_a_name_before_a_slash_is_half_of_a_name() -> None:
    """«Bodø/Glimt»: /glimt, never /bodo (the town is not what the match report is about)."""
    text = (
        "Bodø/Glimt snudde kampen\n\n"
        "Bodø/Glimt tapte 1-2 for Strømsgodset søndag, etter å ha ledet 2-0 til pause. "
        "Strømsgodset scoret to ganger etter hvilen.\n\n"
        "Bodø/Glimt har fortsatt ledelsen i Eliteserien, men forspranget er krympet til "
        "tre poeng. Bodø/Glimts trener var skuffet etter kampen, og Glimt møter Molde neste."
    )
    commands = commands_of(text)
    assert "bodo" not in commands
    assert "glimt" in commands


def test_a_word_capitalised_first_in_the_title_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Lettet Tom Hagen ble kjørt hjem\n\nMilliardær Tom Hagen ble løslatt fra varetekt"
        " torsdag. Tom Hagen ble kjørt til et familiemedlem. Politiet sier Hagen fortsatt er"
        " siktet. Hagen nekter straffskyld, sier forsvareren."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "tom_hagen" in commands and "lettet_tom_hagen" not in commands, commands


def test_a_common_word_only_in_a_post_before_a_name_is_no_longer_name() -> None:
    from bot.core.topic_places import usual_name

    text = (
        "The Senate passed the bill by a narrow majority on Tuesday. “In the end we got the"
        " job done,” Senate Majority Leader John Thune said."
    )
    assert usual_name("Majority", text, "en", loose=True) is None  # not «Senate Majority»
    assert usual_name("Court", "the Supreme Court ruled, and the Supreme Court", "en", loose=True)


def test_a_small_word_in_a_works_title_is_no_name_nor_part_of_a_place() -> None:
    text = (
        "Nicola Walker on her career\n\nLondon-born Nicola Walker starred in the drama"
        " Spooks. In 2013, she won an award for her role in The Curious Incident Of The Dog In"
        " The Night-Time. Her recent work includes Last Tango In Halifax and River.\n\nNicola"
        " Walker lives in London. In London she walks every day, and Walker says London is"
        " home. In 2016 she filmed in Halifax again."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert not any(c.startswith(("in_", "dog_in", "tango")) or c == "in" for c in commands)
    assert "nicola_walker" in commands, commands


def test_a_country_after_by_is_no_persons_name_to_cut() -> None:
    text = (
        "Oil prices rise\n\nBrent oil prices rose on Wednesday after Saudi Arabia agreed to"
        " make bigger cuts in output.\n\nSaudi Arabia, the biggest exporter, will cut its output"
        " in February. The cuts agreed by Saudi Arabia were part of a deal with other producers."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "saudi_arabia" in commands and "arabia" not in commands, commands


def test_a_filler_word_as_a_surname_given_once_in_the_genitive_is_the_person() -> None:
    text = (
        "Parliament to back snap election\n\nMPs will vote on the plans for a snap election,"
        " despite Theresa May's assertions she would not go to the country before 2020.\n\n"
        "Mrs May needs the support of two thirds of MPs. Mrs May must secure 434 votes, paving"
        " the way for the dissolution of Parliament on May 3. Critics accused Mrs May of"
        " breaking her word."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "theresa_may" in commands, commands
    assert not any(c.startswith("may") for c in commands), commands


def test_the_name_after_a_slash_is_a_name_though_never_written_alone() -> None:
    text = (
        "Seriemester etter storseier\n\n"
        "Bodø/Glimt feiret seriegullet ved å knuse Rosenborg 5-1 på Aspmyra søndag.\n\n"
        "Bodø/Glimt har scoret 90 mål i serien, og Rosenborg-treneren sa at Bodø/Glimt var"
        " best i år. Neste år spiller Bodø/Glimt i Europa."
    )
    commands = commands_of(text)
    assert "glimt" in commands and "bodo" not in commands, commands


def test_of_the_plain_words_a_story_keeps_the_one_it_weighs_most() -> None:
    """A police story says «politiet», «aksjonen», «helikopteret» over and over: a reader
    types one of them at most, beside the story's names."""
    text = (
        "Mann funnet etter stor leteaksjon\n"
        "\n"
        "Politiet i Agder startet tirsdag en stor aksjon etter melding om en mulig "
        "bortføring i Kristiansand. Beredskapstroppen og et helikopter fra Oslo deltok "
        "i aksjonen gjennom hele dagen.\n"
        "\n"
        "– Vi har søkt etter personen hele dagen, og i ettermiddag fant vi ham på en "
        "adresse i Kristiansand, sier stabssjef Morten Sjustøl i Agder politidistrikt.\n"
        "\n"
        "Helikopteret ble observert flere steder i byen, og politiet sperret av to "
        "gater mens aksjonen pågikk. Politiet har avhørt tre personer, og helikopteret "
        "returnerte til Oslo på kvelden.\n"
        "\n"
        "Politiet vil ikke si mer om hva som skjedde før avhørene er ferdige. Aksjonen "
        "ble avsluttet rundt klokken 18, og politiet takker publikum for tips. "
        "Helikopteret fra Oslo brukes ofte i slike aksjoner på Sørlandet.\n"
    )
    plain = {c for c in commands_of(text) if c in {"politi", "aksjon", "helikopter"}}
    assert len(plain) <= 1


@pytest.mark.parametrize(
    ("text", "command"),
    [
        (
            "Snøkaos på E39\n\nE39 ved Runaskaret i Bjerkreim var stengt hele morgenen etter at"
            " flere vogntog sto fast i snøen. Like over klokka 14 melder politiet at E39 er"
            " åpnet igjen mellom Vikeså og Ålgård.\n",
            "e39",
        ),
        (
            "Rv 7 stengt over Hardangervidda\n\nRv 7 over Hardangervidda er stengt på grunn av"
            " uvær, opplyser Vegtrafikksentralen. Vegvesenet venter ikke at rv. 7 åpner før"
            " torsdag, og bilister må kjøre over Hemsedal.\n",
            "rv_7",
        ),
        (
            "Three dead after crashes\n\nThree people are dead following two collisions on"
            " Highway 6 on Monday, police said. Highway 6 was closed for seven hours while"
            " officers examined the scene.\n",
            "highway_6",
        ),
    ],
)
def test_the_road_a_traffic_story_is_about_is_a_topic(text: str, command: str) -> None:
    assert command in commands_of(text)
    assert ask(analyse(parse_text(text)), f"/{command}")


def test_the_compound_the_title_names_is_the_topic_not_its_part() -> None:
    """«fastleger» in the title and «fastlegene» in the story: /fastlege, not /lege (which
    «legemangel» and «legevakt» also share)."""
    text = (
        "Kommunen mangler fastleger\n"
        "\n"
        "Trondheim kommune erklærer midlertidig legemangel. Over 4000 innbyggere står "
        "nå uten fastlege, og flere fastleger har sagt opp listene sine det siste året.\n"
        "\n"
        "– Det er en veldig presset situasjon for fastlegene, og de opplever det som "
        "svært krevende, sier kommuneoverlegen.\n"
        "\n"
        "Kommunen vil nå ansette flere fastleger med fast lønn, og tilbyr lån til unge "
        "leger som vil starte egen praksis. Legevakten har også fått flere pasienter "
        "det siste året, fordi mange uten fastlege går dit i stedet.\n"
        "\n"
        "Fastlegene i byen har lenge bedt om flere leger på listene. Legeforeningen "
        "mener kommunen har ventet for lenge med tiltakene, og at mangelen på leger vil"
        " vokse.\n"
    )
    commands = commands_of(text)
    assert "fastlege" in commands
    assert "lege" not in commands


def test_the_plain_word_the_title_names_and_the_story_repeats_is_a_topic() -> None:
    text = (
        "Derfor fikk vi kommuneopprøret mot vindkraft\n"
        "\n"
        "I 2019 og 2020 spredte et opprør mot vindkraft seg langs kysten. Hittil har "
        "134 ordførere signert oppropet mot vindkraft på land, og flere kommuner har "
        "sagt nei til nye anlegg.\n"
        "\n"
        "Forklaringene er mange, men mye dreier seg om konsesjonsordningen for "
        "vindkraft og om hvor lite kommunene får si. Staten gir konsesjon, og kommunen "
        "må ofte bare ta imot.\n"
        "\n"
        "I takt med økende utbygging av vindkraft økte også motstanden lokalt og "
        "nasjonalt. Først kom de grønne sertifikatene, som lot strømkundene betale for "
        "utbyggingen over strømregningen. Deretter kom en nasjonal ramme for vindkraft,"
        " som ble lagt bort etter store protester.\n"
    )
    assert "vindkraft" in commands_of(text)


def test_a_strong_verbs_other_stem_is_no_topic() -> None:
    """Nynorsk «sett» (of «sjå») in «stort sett» and «ser»: no /sja."""
    text = (
        "Ulven tek sauene på beite\n\n"
        "Ulven har teke over 70 sauer på Hadeland i sommar, og bøndene ser ingen ende på "
        "tapa. Dei har stort sett sett ulven berre på viltkamera.\n\n"
        "Regjeringa og politikarane har stort sett sett på at ulven tek sauene. Bøndene ser "
        "no at fleire gir opp, og mange vil slutte med sau etter denne sommaren.\n\n"
        "– Eg ser at det er tungt for mange, seier ein sauebonde på Hadeland."
    )
    assert "sja" not in commands_of(text)


def test_a_clubs_or_firms_suffix_is_no_topic() -> None:
    text = (
        "Sogndal FK vann heimekampen\n\n"
        "Sogndal FK slo Frigg Oslo FK 2-1 på Fosshaugane søndag. Sogndal FK leia 1-0 til pause,"
        " og Frigg Oslo FK utlikna like etter kvilen.\n\n"
        "Sigeren sende Sogndal FK opp på tredjeplass. Neste kamp for Sogndal FK er mot Åsane."
    )
    assert "fk" not in commands_of(text)


def test_a_names_particle_is_no_topic() -> None:
    text = (
        "Lars von Trier's Melancholia is his most mainstream film. Much to von Trier's "
        "distaste, the film is far more commercial than his earlier work.\n\n"
        "Kirsten Dunst plays a bride in Melancholia, and von Trier gives her the film's best "
        "scenes. Critics say von Trier has never made a film so calm."
    )
    assert "von" not in _commands(text, "en")


def test_a_hyphenated_number_or_name_fragment_is_no_topic() -> None:
    """«20-åringen» gives no /aring, «Nord-Korea» no /nord; Korea stays a name."""
    text = (
        "Toppmøte om Nord-Korea\n\n"
        "Lederne møttes for å snakke om Nord-Korea i går. Nord-Koreas naboer ønsker "
        "atomnedrustning, og en 20-åring demonstrerte utenfor. 20-åringen ble pågrepet, "
        "og 20-åringen sier at Nord-Korea må forhandle om atomvåpen."
    )
    commands = commands_of(text)
    assert not commands & {"nord", "aring"}


def test_a_capitalised_unknown_compound_is_a_name_not_its_parts() -> None:
    """Dalhaug, written only capitalised and unknown to the dictionary, gives neither
    /dal nor /haug, and «ask haug» does not find him as a part."""
    text = (
        "Ny sjef for skolen\n\n"
        "Skolen får ny rektor fra høsten. Dalhaug kommer fra en skole i nabokommunen. "
        "Dalhaug har ledet skolen der i ti år. Elevene i dalen gleder seg til å møte "
        "rektoren, og foreldrene på haugen er fornøyde med skolen."
    )
    commands = commands_of(text)
    assert not commands & {"dal", "haug"}


def test_a_folded_command_never_reads_as_another_word() -> None:
    """«mål» folded is «mal» (a template): the command is /maal, and typing it, or «mål»,
    finds the goals; a name folds plainly (/alesund)."""
    text = (
        "Mål i hver kamp\n\n"
        "Laget scoret tre mål i første omgang og to mål etter pause i Ålesund. Treneren "
        "roser spissen for målene, og publikum i Ålesund jublet for hvert mål. Neste kamp "
        "spilles i Ålesund på søndag, og laget jakter nye mål."
    )
    digest = digest_article(parse_text(text))
    commands = {t.command for t in digest.topics}
    assert "maal" in commands and "mal" not in commands
    assert "alesund" in commands
    analysis = analyse(parse_text(text))
    assert excerpts(analysis, "/maal") and excerpts(analysis, "mål")


# Noise classes a reader saw on real pages; hand-written sentences.
def _commands(text: str, language: str = "nb") -> set[str]:
    from bot.core.analysis import analyse
    from bot.core.model import Article, Section
    from bot.core.topics import derive_topics

    blocks = text.split("\n\n")
    sections = (Section(None, tuple(blocks[:2])), Section(None, tuple(blocks[2:])))
    article = Article(source="test", title=None, language=language, date=None, sections=sections)
    return {t.command for t in derive_topics(analyse(article))[0]}


def test_a_generic_compound_head_is_no_topic_unless_written_alone() -> None:
    text = (
        "Kjernekraftverket ved elva ble angrepet i natt.\n\n"
        "Kraftverket har seks reaktorer, og kjernekraftverket er det største i landet.\n\n"
        "Kraftverket ble stengt etter angrepet på kjernekraftverket."
    )
    found = _commands(text)
    assert not found & {"kraft", "verk"}


def test_a_head_that_compounds_share_after_different_parts_is_their_topic() -> None:
    text = (
        "Atomvåpen og kjernevåpen var tema da ministrene møttes i Brussel.\n\n"
        "Landene med atomvåpen lover å ikke bruke kjernevåpen først.\n\n"
        "Kjernekraftverket og atomkraftverket i nabolandet ble kontrollert."
    )
    found = _commands(text)
    assert "vapen" in found
    assert "verk" not in found


def test_a_verbs_present_past_and_participle_give_no_topic() -> None:
    text = (
        "Flere hus står i flammer etter brannen i Moen.\n\n"
        "Brannen har stått i hele natt, og et hus sto i brann i morges.\n\n"
        "Brannvesenet sier at brannen står stille nå, og at huset sto tomt."
    )
    found = _commands(text)
    assert "staa" not in found and "sta" not in found
    assert found & {"brann", "hus"}


def test_a_first_name_and_a_unit_are_no_topics() -> None:
    text = (
        "Trener Henrik Asheim var fornøyd etter kampen mot Brann.\n\n"
        "Henrik Asheim sa at laget spilte godt i vinden på 30 hPa.\n\n"
        "Vinden målte 40 hPa da Henrik Asheim gikk av banen, og Asheim smilte."
    )
    found = _commands(text)
    assert "henrik" not in found and "hpa" not in found


def test_a_person_word_a_verb_and_a_fact_box_give_no_topics() -> None:
    text = (
        "En mann ble pågrepet etter innbruddet. Politiet prøver å finne mannen som stakk av.\n\n"
        "Mannen var kjent for politiet. Politiet vil finne flere vitner til innbruddet, og "
        "innbruddet blir etterforsket.\n\n"
        "Født i Bergen 1950\n\nDød i Bergen 2020"
    )
    found = _commands(text)
    assert not found & {"mann", "finne", "fodt", "dod", "bergen"}
    assert "innbrudd" in found


def test_english_adjectives_and_verb_forms_give_no_topics() -> None:
    text = (
        "Armed men entered the town. The political crisis deepened as armed groups moved.\n\n"
        "Leaders expressed concern; many expressed anger at the political deal.\n\n"
        "We want to congratulate the team, and fans will congratulate them too."
    )
    found = _commands(text, "en")
    assert not found & {"arm", "political", "express", "congratulate"}


def test_a_name_whose_command_reads_as_a_word_keeps_its_letters() -> None:
    from bot.core.topic_words import topic_command

    assert topic_command("Støre", "nb") == "stoere"
    assert topic_command("Ålesund", "nb") == "alesund"


def test_an_english_adjective_by_its_degrees_is_no_topic() -> None:
    # «deep» has «deeper» and «deepest» in the dictionary; no noun has degrees.
    text = (
        "The deep cuts to the ferry budget came closer to a vote on Monday.\n\n"
        "Councillors said the cuts were deep and the ferry budget was closer to the limit.\n\n"
        "The deeper cuts would hit the ferry to the north island first, the council said."
    )
    from bot.core.analysis import analyse
    from bot.core.topic_words import topic_morphemes

    analysis = analyse(parse_text(text, language="en"))
    offers = topic_morphemes(analysis)
    words = {w.surface.lower(): w for s in analysis.sections for t in s.sentences for w in t.words}
    assert offers(words["deep"]) == () and offers(words["deeper"]) == ()
    assert offers(words["ferry"]) != ()


def test_an_english_verb_written_after_its_subject_or_was_is_no_topic_whatever_the_title() -> None:
    # No dictionary tells the past «shot» from the noun: the body writes it only where a
    # verb stands (was shot, who shot); the headline's «Officer shot» is headline language.
    text = (
        "Officer shot during traffic stop\n\n"
        "A police officer was shot during a traffic stop on the ring road on Friday.\n\n"
        "The officer was shot twice after stopping a car, and the man who shot at him fled.\n\n"
        "Police searched the streets for the car and the man all night.\n\n"
        "The car was found burned out in a field, and police asked for witnesses to the car."
    )
    found = {t.command for t in topics_of(parse_text(text, language="en"))}
    assert "shot" not in found
    assert "officer" in found


def test_a_middle_name_before_an_initial_and_a_part_of_a_hyphenated_name_are_no_topics() -> None:
    text = (
        "Redaktør Svein Olav B. Langåker leiar avisa, og kronprinsesse Mette-Marit "
        "besøkte redaksjonen.\n\n"
        "Mette-Marit fekk sjå korleis Svein Olav B. Langåker og avisa lagar nyhende.\n\n"
        "Langåker fortalde at Mette-Marit var nysgjerrig på avisa og nyhenda frå Nord-Korea, "
        "og avisa har skrive om Nord-Korea i mange år."
    )
    found = _commands(text, "nn")
    assert not found & {"olav", "marit", "mette"}
    # (the hyphenated name whole is a topic: the visitor, as a reader types her)
    assert found & {"korea", "langaker", "mette_marit"}


def test_what_every_story_has_is_no_topic() -> None:
    text = (
        "Vegen vart stengd på grunn av ras, og det er stor bekymring i bygda.\n\n"
        "På grunn av rasfaren er det ingen mulighet for å opne vegen, og bekymringa veks.\n\n"
        "Vegvesenet seier at rasfaren er på same nivå som i går, og at nivået kan stige."
    )
    found = _commands(text, "nn")
    assert not found & {"grunn", "bekymring", "mulighet", "niva"}
    asked = _commands(
        "Programleiaren fekk mange spørsmål om bompengar.\n\n"
        "Spørsmåla om bompengar kom frå bilistar, og programleiaren svara.\n\n"
        "Eit nytt spørsmål kom om rabatten for bilistar i bomringen, 44 kroner per passering.",
        "nn",
    )
    assert not asked & {"sporsmal", "programleiar", "programleiaren", "per"}


WHOLE_NAMES = (
    "Storms hit New Zealand and the Middle East\n\n"
    "Floods closed roads across New Zealand on Monday, and the army was called in.\n\n"
    "The government of New Zealand said the rain was the heaviest in fifty years. "
    "Insurers in New Zealand expect large claims.\n\n"
    "Heat and dust storms\n\n"
    "In the Middle East a heatwave closed schools. Farmers across the Middle East "
    "lost crops, and prices rose in the Middle East's markets."
)


def test_a_name_of_several_words_is_one_topic() -> None:
    """«New Zealand» gives /new_zealand, not the half a reader would never type."""
    found = _commands(WHOLE_NAMES, "en")
    assert {"new_zealand", "middle_east"} <= found
    assert not found & {"zealand", "east", "new", "middle"}


def test_a_whole_name_command_answers_with_its_sentences() -> None:
    analysis = analyse(parse_text(WHOLE_NAMES, language="en", source="storms"))
    answer = [s for e in ask(analysis, "/new_zealand") for s in e.sentences]
    assert answer and all("New Zealand" in s for s in answer)
    assert not any("Middle East" in s for s in answer)


def test_a_person_is_a_topic_by_the_full_name_the_story_introduces() -> None:
    """/alan_pryce, not /pryce (one of many): the name the story gives first, whole."""
    text = (
        "Union general secretary Alan Pryce said the offer was worth less than inflation. "
        "The strike begins on Friday, said Alan Pryce. Pryce has led the union since 2019.\n\n"
        "Jens Stoltenberg met ministers in Brussels. Stoltenberg said Nato was ready, "
        "and Stoltenberg thanked the ministers."
    )
    found = _commands(text, "en")
    assert "alan_pryce" in found and "pryce" not in found
    assert "jens_stoltenberg" in found and "stoltenberg" not in found
    analysis = analyse(parse_text(text))
    assert ask(analysis, "alan_pryce") and ask(analysis, "pryce")


def test_a_place_written_with_its_compass_part_or_its_pair_is_one_topic() -> None:
    """«Nord-Irland» is no /irland (another country), «Sogn og Fjordane» no /fjordane."""
    text = (
        "Norge må slå Nord-Irland over to kamper for å nå EM. Den første kampen mot "
        "Nord-Irland spilles i Belfast torsdag.\n\n"
        "Returkampen mot Nord-Irland spilles på Ullevaal tirsdag.\n\n"
        "Fylka Sogn og Fjordane og Hordaland vart slått saman. Folk i Sogn og Fjordane var "
        "mot samanslåinga.\n\n"
        "Mange i Sogn og Fjordane protesterte då Stortinget vedtok samanslåinga."
    )
    found = _commands(text)
    assert {"nord_irland", "sogn_og_fjordane"} <= found
    assert not found & {"irland", "fjordane"}


def test_a_common_word_opening_the_sentence_is_no_part_of_an_acronyms_name() -> None:
    text = (
        "Premiums jump\n\n"
        "New FSA rules that came into force in January have caused the biggest jump in"
        " premiums in years, according to Price Watch.\n\n"
        "The data shows home insurance rose 9 per cent in January."
    )
    found = {t.command for t in topics_of(parse_text(text))}
    assert "new_fsa" not in found
    assert "fsa" in found


def test_an_acronyms_genitive_is_the_acronym() -> None:
    text = (
        "NRKs måling viser at partiet står svakt. Ifølge NRKs tal har partiet 2 prosent.\n\n"
        "NRK har spurt 11.000 veljarar.\n\nMålinga til NRK kom fredag."
    )
    assert "nrks" not in _commands(text, "nn")


def test_a_prefix_glued_by_a_hyphen_and_the_nouns_of_every_story_are_no_topics() -> None:
    text = (
        "Counter-terrorism officers arrested a man in the morning. The counter-terrorism "
        "unit said the operation was planned.\n\n"
        "Police said the operation took place over the weekend, and the weekend raid was "
        "part of a terrorism inquiry.\n\nThe terrorism charge will be heard in the morning."
    )
    found = _commands(text, "en")
    assert not found & {"counter", "morning", "operation", "weekend"}
    assert "terrorism" in found


def test_a_weak_past_of_a_noun_lemma_gives_no_topic() -> None:
    text = (
        "Børsen falt kraftig torsdag\n\n"
        "Hovedindeksen endte på 863 poeng torsdag, og omsetningen endte på 4 milliarder "
        "kroner.\n\n"
        "Bruttoresultatet endte på minus to milliarder kroner for selskapet i kvartalet, "
        "og aksjen falt i handelen etter resultatet."
    )
    assert "ende" not in _commands(text)


def test_a_first_name_and_the_whole_name_are_one_topic() -> None:
    text = (
        "Ny rolle for skuespilleren\n\n"
        "Ingrid Berdal spiller rollen som Thea Koren i den nye serien. Thea Koren er en norsk "
        "politietterforsker som jobber på Svalbard.\n\n"
        "Serien ble spilt inn i Longyearbyen i fjor. Thea Koren møter den tyske detektiven "
        "Max, og sammen løser de saken.\n\n"
        "– Thea har opplevd mye, sier Berdal. Hun forteller at rollen som Thea var krevende."
    )
    found = _commands(text)
    assert len(found & {"thea", "koren", "thea_koren"}) == 1


def test_a_weak_participle_of_a_noun_lemma_gives_no_topic() -> None:
    text = (
        "Prisene stiger igjen\n\n"
        "Tallene for august viser at prisene stiger, og inflasjonen har vist seg å være "
        "sterkere enn ventet.\n\n"
        "Sentralbanken sier tallene viser at renten må opp, og at inflasjonen har vist seg "
        "seiglivet."
    )
    assert "vise" not in _commands(text)


def test_a_first_name_written_alone_as_often_as_before_the_surname_is_no_topic() -> None:
    text = (
        "Landslaget uten stjernen\n\n"
        "Erling Braut Haaland måtte melde forfall til kampen mot Færøyene på Ullevaal.\n\n"
        "Erling fikk seg en smell i kneet på trening, og landslaget måtte klare seg uten "
        "spissen.\n\n"
        "Uten Haaland vant landslaget likevel kampen 4-0 på Ullevaal."
    )
    assert "erling" not in _commands(text)


def test_an_english_adverb_is_no_topic() -> None:
    text = (
        "A new Richard III\n\n"
        "Martin Freeman ably heads up the cast, and the cast ably supports him in every scene.\n\n"
        "The production ably moves the play to a modern setting, and the audience loved it."
    )
    assert "ably" not in _commands(text, "en")


def test_a_present_participle_of_a_verb_gives_no_topic() -> None:
    text = (
        "Vogntog sto fast i bakken\n\n"
        "Flere vogntog har blitt stående i bakken over fjellet, og trafikken er stående.\n\n"
        "Vegvesenet sier at vogntogene blir stående til brøytebilen kommer i kveld."
    )
    assert "staa" not in _commands(text) and "sta" not in _commands(text)


def test_the_word_the_language_seldom_uses_comes_before_the_one_every_story_uses() -> None:
    text = (
        "Vindturbiner i fjellet\n\nKommunen vil bygge nye vindturbiner i fjellet ovenfor "
        "bygda. Kommunen har sendt planen på høring. De nye vindturbinene skal stå klare om "
        "tre år, og kommunen regner med store inntekter. Naboene frykter at vindturbinene "
        "vil bråke om natta."
    )
    topics = [t.command for t in topics_of(parse_text(text, language="nb"))]
    assert topics[0] == "vindturbin"
    assert "kommune" not in topics[:1]


def test_the_name_in_the_title_is_a_topic_though_the_story_names_it_twice() -> None:
    text = (
        "Rosenborg sparker treneren\n\nRosenborg har sagt opp hovedtreneren med umiddelbar "
        "virkning. Klubben ligger på ellevte plass i serien, og klubben har bare vunnet tre "
        "av de siste ti kampene.\n\nStyret i klubben vil ha en ny trener på plass før "
        "kampen mot Viking søndag, opplyser Rosenborg."
    )
    assert "rosenborg" in {t.command for t in topics_of(parse_text(text, language="nb"))}


def test_an_english_adverb_in_ly_is_no_topic() -> None:
    text = (
        "Review: a lavish revival\n\nThe revival is extravagantly staged, and the cast sings "
        "extravagantly well. The director has extravagantly rebuilt the second act around a "
        "new song, and the revival runs until March at the Playhouse."
    )
    assert "extravagantly" not in _commands(text, "en")


def test_an_english_verb_written_with_ed_and_s_is_no_topic() -> None:
    text = (
        "Council backs new harbour\n\nThe council approved the new harbour plan on Monday. "
        "The harbour board approves the budget every spring.\n\nThe plan was approved after "
        "a long debate about the harbour, and the council approved the money for the harbour."
    )
    commands = _commands(text, "en")
    assert "approve" not in commands
    assert "harbour" in commands


def test_an_english_verb_in_its_bare_form_too_is_no_topic_unless_used_as_a_noun() -> None:
    # «soar» in the headline, «soared» below, never «a soar»: a verb (/soar); «flood» after
    # «the» is the noun too
    text = (
        "Electricity prices soar as winter looms\n\nEuropean electricity prices soared to new"
        " records on Monday, and gas prices soared too.\n\nPrices have soared since the"
        " pipeline was shut, leaving the grid short of power for the winter.\n"
    )
    assert "soar" not in _commands(text, "en")
    noun = (
        "Flood hits the valley\n\nThe flood reached the town centre on Monday, and the river"
        " flooded two farms.\n\nThe flood is the worst in forty years, and the flooded farms"
        " lost their animals.\n"
    )
    assert "flood" in _commands(noun, "en")


def test_an_english_verb_written_as_a_participle_after_an_article_is_no_topic() -> None:
    # «an alleged robbery», «a stolen car» are adjectives; «will allege», «stole»: verbs
    text = (
        "Teenagers charged over robbery\n\nPolice have charged two teenagers after an alleged"
        " robbery at a store in Smithfield on Friday.\n\nPolice will allege the pair stole"
        " cigarettes and fled in a stolen car. The car was allegedly stolen from a street in"
        " Smithfield.\n\nPolice allege the pair then drove the stolen car to a second store.\n"
    )
    commands = _commands(text, "en")
    assert "allege" not in commands and "steal" not in commands, commands


VOX_POP = (
    "Publikum elsket festivalen\n\nPå gresset foran scenen møtte vi venninnene Caroline og "
    "Guro, som kom fra Mandal.\n\n– Festivalen har levert over forventningene, sier "
    "Caroline.\n\n– Det er utrolig koselig her, forteller Guro som reiste i tre timer. "
    "Guro har vært her hvert år.\n\nPå den andre siden av parken fant vi Øystein.\n\n– Jeg "
    "er veldig fornøyd med festivalen og konserten, sier Øystein.\n\nCaroline vil komme "
    "tilbake neste år, og festivalen har allerede solgt billetter til neste sommer."
)


def test_the_first_names_of_a_vox_pop_are_no_topics() -> None:
    commands = {t.command for t in topics_of(parse_text(VOX_POP, language="nb"))}
    assert not commands & {"caroline", "guro", "oystein"}
    assert "festival" in commands


def test_one_person_quoted_by_first_name_is_still_a_name() -> None:
    text = VOX_POP.replace(", sier Caroline", "").replace(", sier Øystein", "")
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert "guro" in commands or "caroline" in commands


def test_a_word_every_story_uses_is_a_topic_only_where_a_heading_names_it() -> None:
    body = (
        "Kommunen vil bygge nye vindturbiner i fjellet. Kommunen har sendt planen på høring, "
        "og kommunen regner med store inntekter fra vindturbinene. Hver vindturbin gir "
        "strøm til 500 hus."
    )
    headed = topics_of(parse_text(f"Kommunen satser på vind\n\n{body}", language="nb"))
    unheaded = topics_of(parse_text(f"Nye planer i fjellet\n\n{body}", language="nb"))
    assert "kommune" in {t.command for t in headed}
    assert "kommune" not in {t.command for t in unheaded}
    assert "vindturbin" in {t.command for t in unheaded}


def test_a_word_of_the_title_the_story_repeats_once_is_its_topic() -> None:
    text = (
        "Frikjent i lagmannsretten\n\nEn 34 år gammel mann fra Nordvik ble torsdag frikjent "
        "for innbrudd i to hytter. Lagmannsretten mente bevisene var for svake, og flertallet "
        "la vekt på mannens forklaring om hvor han var den natta."
    )
    assert "lagmannsrett" in {t.command for t in topics_of(parse_text(text, language="nb"))}


def test_a_disease_named_in_the_plural_keeps_its_name() -> None:
    text = (
        "Measles cases rise\n\nMeasles cases rose again this week, health officials said. Measles"
        " spreads fast in schools, and officials urged parents to check their children's"
        " vaccines before measles reaches more towns."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "measles" in commands
    assert not commands & {"measle", "official"}


def test_a_common_word_beside_its_specific_compound_gives_the_compound() -> None:
    # «skip», «prosjekt», «kraft»: words every story uses; what this one is about is
    # /vindkraft and /hurtigruten.
    text = (
        "Færre nye parker i fjellet\n\n"
        "Bare to nye prosjekter for vindkraft fikk konsesjon i år, viser tall fra NVE. "
        "Motstanden mot vindkraft har vokst i mange kommuner, og flere prosjekter er lagt "
        "bort. Hurtigruten sender samtidig to skip i opplag, fordi rederiet mangler kraft "
        "til drift av skipene i vinter.\n\n"
        "Hurtigruten sier at vindkraft fra nye parker kunne gitt rimeligere strøm."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert "vindkraft" in commands
    assert not commands & {"skip", "prosjekt", "kraft", "drift"}


def test_a_common_word_the_story_says_over_and_over_is_its_topic() -> None:
    body = " ".join(
        [
            "Legen på Morvik har 750 pasienter på listen.",
            "Ingen lege i bydelen tar imot nye pasienter, og en lege til ville hjelpe.",
            "Kommunen sier at den ikke har penger til en ny lege i år.",
            "En lege i bydelen sier at legene har for lange lister.",
            "Neste år kan kommunen lyse ut en stilling som lege.",
            "Da får bydelen en lege til, og legen kan ta 900 pasienter.",
        ]
    )
    commands = {t.command for t in topics_of(parse_text(f"Køen vokser\n\n{body}", language="nb"))}
    assert "lege" in commands


@pytest.mark.parametrize(
    ("language", "text", "noise"),
    [
        # a role, not the person who holds it
        (
            "nb",
            "Ordfører Kari Moe i Nordvik vil bygge ny skole. Ordføreren sier at skolen må stå "
            "klar i 2027, og varaordføreren er enig. Ordføreren legger fram planen i dag.",
            {"ordforer", "varaordforer"},
        ),
        (
            "en",
            "The mayor of Nordvik wants a new school. The mayor said the council would vote in "
            "May, and the mayor's office will publish the plan.",
            {"mayor"},
        ),
        # words of phrases: «stå bak», «den eine», «om bord»
        (
            "nn",
            "To menn er mistenkte for å stå bak innbrota. Politiet stoppa den eine bilen, og "
            "den eine mannen vart arrestert. Om bord på ferja var det ingen, og om bord på "
            "båten fann dei verktøy. Politiet meiner dei står bak fleire innbrot, og at den "
            "eine stod bak eit ran i fjor. Politiet gjekk om bord i ein tredje båt.",
            {"bak", "eine", "bord"},
        ),
    ],
)
def test_roles_and_the_words_of_set_phrases_are_no_topics(
    language: str, text: str, noise: set[str]
) -> None:
    commands = {t.command for t in topics_of(parse_text(text, language=language))}
    assert not commands & noise


def test_a_duty_officer_named_after_a_comma_or_a_second_role_is_no_topic() -> None:
    text = (
        "Innbrot i Førde\n\n"
        "Politiet arresterte to menn etter innbrot i fleire hus i Førde. "
        "– Vi stoppa all trafikk, seier innsatsleiar i Sunnfjord, politioverbetjent Gunnar "
        "Englund. Innbrota skjedde i natt.\n\n"
        "– Vi leitar framleis, seier Englund. Han seier at innbrota kan henge saman med "
        "fleire innbrot i Sogn, og Englund ber folk låse dørene."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nn"))}
    assert "englund" not in commands
    assert "innbrot" in commands


def test_a_nynorsk_present_of_a_je_verb_is_no_topic() -> None:
    text = (
        "Båten ligg ved kaia i Florø. Han ligg der til reparasjonen er ferdig, og mannskapet "
        "ligg på hotell. Reparasjonen av båten tek to veker."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nn"))}
    assert "ligg" not in commands


def test_a_rare_word_always_followed_by_the_same_name_is_that_name() -> None:
    text = (
        "Togstans på Østlandet\n\n"
        "Bane Nor meldte først at togene sto på grunn av en feil i signalanlegget. Bane Nor "
        "vurderer nå om togene kan kjøre igjen i kveld.\n\n"
        "Årsaken er ikke funnet, sier Bane Nors pressevakt, og tog til Drammen er innstilt. "
        "Togselskapene venter på Bane Nor, for sikkerheten på jernbanen kommer først. "
        "Intel vil bygge "
        "Fab 42 i Arizona, og Fab 42 skal stå klar i 2030."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert "bane_nor" in commands
    assert "bane" not in commands


def test_a_part_every_compound_shares_a_longer_word_with_is_no_topic() -> None:
    # «ringvirkninger» and «ringvirkningsanalyse» both say «ringvirkning»: no /ring
    text = (
        "Datasenter gir ringvirkninger\n\n"
        "Datasenteret gir store ringvirkninger i kommunen, og ringvirkningene kan bli større."
        " En ringvirkningsanalyse viser at bransjen kan gi 2000 nye jobber. Ordføreren venter"
        " ringvirkninger for hele regionen."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert "ring" not in commands


@pytest.mark.parametrize(
    "who",
    [
        "presse- og informasjonsoffiser Rune Haarstad i HV-12",
        "kraftanalytiker Rune Haarstad i Nordvik Kraft",
    ],
)
def test_one_who_explains_for_a_body_or_a_market_is_no_topic(who: str) -> None:
    text = (
        "Strømprisen faller\n\n"
        f"Strømprisen faller i vinter fordi magasinene er fulle, sier {who}. "
        "Strømprisen i Sør-Norge var i fjor den høyeste på ti år.\n\n"
        "– Vi venter lavere strømpriser i hele landet, sier Haarstad. Haarstad tror "
        "strømprisen holder seg lav til våren."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert "haarstad" not in commands
    assert not commands & {"analytiker", "informasjonsoffiser"}


def test_the_home_country_and_the_posts_of_any_story_are_no_topics() -> None:
    text = (
        "Ny avtale om torsk\n\n"
        "Norge og Russland er enige om kvotene for torsk i Barentshavet. Fiskeriminister Kari "
        "Moe sier avtalen er god for Norge, og statsråden møter fiskerne i Tromsø i morgen. "
        "Norge får 320.000 tonn torsk, og ministeren vil ha avtalen klar før jul. Sør-Norge får "
        "ingen kvote, men Sør-Norge får mer hyse."
    )
    commands = {t.command for t in topics_of(parse_text(text, language="nb"))}
    assert not commands & {"norge", "minister", "statsrad"}
    assert "torsk" in commands
    titled = "Norge vant VM-gull\n\nNorge vant gull i VM i håndball. Norge slo Danmark i finalen."
    assert "norge" in {t.command for t in topics_of(parse_text(titled, language="nb"))}
    # (nor the event every sports page names: /vm, /world_cup, unless the title names it)
    sport = (
        "Klæbo best i sprinten\n\nJohannes Høsflot Klæbo vant sprinten i VM i Falun. Klæbo"
        " slo Erik Valnes i finalen, og VM fortsetter med stafett søndag.\n\nKlæbo har nå"
        " vunnet fire gull i VM."
    )
    assert "vm" not in {t.command for t in topics_of(parse_text(sport, language="nb"))}
    english = (
        "Shiffrin wins again\n\nMikaela Shiffrin won the World Cup slalom in Levi on Saturday."
        " Shiffrin now leads the World Cup standings.\n\nThe World Cup moves to Austria next."
    )
    assert "world_cup" not in {t.command for t in topics_of(parse_text(english, language="en"))}


def test_a_post_a_unit_and_who_explains_a_case_are_no_topics() -> None:
    # /festival, not /festivalsjef; the slide, not its /meter; the case, not its /aktor
    found = commands_of(
        "Festivalen er nesten utsolgt\n\n"
        "Jazzfestivalen i Molde har solgt over 40 000 billetter, og festivalsjef Hans Solli er"
        " godt fornøyd med salget i år.\n\n"
        "– Vi har aldri solgt så mange billetter så tidlig, sier festivalsjefen.\n\n"
        "Festivalsjefen forteller at de fleste konsertene på festivalen er utsolgt allerede.\n\n"
        "Skredet stoppet få meter fra huset\n\n"
        "Et skred gikk i Fjærland natt til søndag og stoppet bare få meter fra et bolighus."
        " Skredet var omlag 400 meter bredt.\n\n"
        "Det stoppet omlag 50 meter fra vegen, og ingen ble skadet i skredet.\n\n"
        "Retten\n\n"
        "Aktor i saken, Tormod Bakke, vil legge fram nye bevis. Aktor sier saken er omfattende,"
        " og aktoratet har satt av seks uker."
    )
    assert {"festivalsjef", "meter", "aktor"}.isdisjoint(found)
    assert "festival" in found


def test_an_english_stopword_list_does_not_swallow_a_company() -> None:
    found = commands_of(
        "Microsoft posted quarterly results that missed expectations and said it would cut"
        " up to 5,000 jobs. Shares of Microsoft fell 8.5 percent in pre-market trading."
        " Microsoft posted a profit of $3.06 billion in its fiscal second quarter. To cut"
        " costs, Microsoft said it will eliminate jobs in research and marketing."
    )
    assert "microsoft" in found


def test_a_name_the_lead_gives_and_the_story_says_again_is_a_topic() -> None:
    # Once in each of two sections: no section's own topic, but where the news happens
    text = (
        "Dømt for drap i lagmannsretten\n\n"
        "Ankesaken mot 81-åringen fra Sarpsborg er ferdig behandlet i lagmannsretten. Retten"
        " kom frem til at mannen er skyldig i drapet på sin kone.\n\n"
        "Drapet i Sarpsborg\n\n"
        "Mannen ble pågrepet utenfor sin egen bolig i fjor. Han ble dømt til 13 års fengsel i"
        " tingretten, og dommen ble anket av forsvareren hans."
    )
    assert "sarpsborg" in {t.command for t in topics_of(parse_text(text))}


def test_a_source_the_lead_names_is_no_topic_for_being_named_twice() -> None:
    text = (
        "Festivalen selger godt\n\n"
        "Billettene til strandfesten går unna, sier daglig leder i Palmesus Leif Fosselie.\n\n"
        "Billetter\n\n"
        "Over 40 000 billetter er solgt til festivalen i Kristiansand, forteller Fosselie."
        " Festivalen har aldri solgt så mange billetter så tidlig før."
    )
    assert not {"fosselie", "palmesus_leif_fosselie", "leif"} & {
        t.command for t in topics_of(parse_text(text))
    }


def test_a_firms_post_and_a_road_of_any_story_are_no_topics() -> None:
    english = commands_of(
        "BlackBerry posts a loss\n\nBlackBerry posted a quarterly loss on Friday, Chief"
        " Executive John Chen said. The chief executive said BlackBerry would cut costs, and"
        " the chief financial officer said sales fell. Chief Executive Chen said BlackBerry"
        " would sell more software."
    )
    assert "chief" not in english and "blackberry" in english
    norwegian = commands_of(
        "Ras stengde vegen\n\nEit ras stengde fylkesvegen ved Sleire natt til laurdag. Vegen"
        " var stengd i fleire timar, og fylkesvegen vart opna att laurdag morgon. Raset i"
        " Sleire tok med seg ein del av vegen, og vegen må sikrast."
    )
    assert not {"veg", "fylkesveg"} & norwegian


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        (
            "Politiet etterforsker voldshendelse i Tromsø\n\n"
            "Politiet i Tromsø etterforsker en alvorlig voldshendelse ved Fylkeshuset natt "
            "til fredag. Politiet har pågrepet to personer. En mann er sendt til "
            "Universitetssykehuset i Tromsø. Politiet vil avhøre vitner i Tromsø i dag.",
            "politi",
        ),
        (
            "Fishing crew rescued from sinking vessel off Land's End\n\n"
            "Six crew were rescued from a sinking vessel off Land's End on Sunday. The crew "
            "sent a mayday when the vessel began to take on water near Land's End. A lifeboat "
            "from Sennen Cove took the crew ashore, and the vessel sank an hour later.",
            "crew",
        ),
        (
            "Trass stor innsats gjekk huset tapt i Sogndal\n\n"
            "Trass stor innsats frå brannmannskapa brann det gamle huset i Sogndal ned natt"
            " til laurdag. Innsatsen varte heile natta. Trass innsatsen stod berre grunnmuren"
            " att i Sogndal, og innsatsleiaren seier innsatsen var god.",
            "trass",
        ),
        (
            "Trass stor innsats gjekk huset tapt i Sogndal\n\n"
            "Trass stor innsats frå brannmannskapa brann det gamle huset i Sogndal ned natt"
            " til laurdag. Innsatsen varte heile natta. Trass innsatsen stod berre grunnmuren"
            " att i Sogndal, og innsatsleiaren seier innsatsen var god.",
            "innsats",
        ),
        (
            "Study finds hidden mammal species\n\n"
            "A new study of mammal species found hundreds of hidden species. The study used"
            " genetic analysis and machine learning. The study authors say the study shows"
            " that taxonomy needs more money. The study was published on Monday.",
            "study",
        ),
        (
            "Driver dies after crash with truck\n\n"
            "A driver died after a crash with a truck on Sunday. The driver was 38. Police said"
            " the driver lost control on the icy road before the crash. The truck driver was not"
            " hurt. Police have asked any driver who saw the crash to call them.",
            "driver",
        ),
        (
            "Dommen mot Kari Moe er anket\n\n"
            "Kari Moe ble dømt i Nordre Vestfold tingrett for underslag. Dommen var på ett år."
            " Moe har anket dommen, og anken skal behandles i Agder lagmannsrett til våren."
            " Forsvareren sier dommen er for streng.",
            "dom",
        ),
        (
            "Nordfjord snudde kampen i andreomgangen\n\n"
            "Nordfjord lå under 0-2 mot Stryn til pause, men snudde kampen i andre omgang."
            " Kari Moe scoret to mål i andreomgangen, og Nordfjord vant 3-2 i Nordfjordeid."
            " Stryn-treneren sa at laget falt sammen i andreomgangen.",
            "andreomgang",
        ),
        # the things any crime or crash story has: a knife, a seizure, the lorry
        (
            "Pasient døde etter feil på Haukeland\n\n"
            "En pasient døde etter en feil ved Haukeland universitetssjukehus i mars. Pasienten"
            " fikk feil medisin, viser en rapport fra Helsetilsynet. Haukeland har beklaget"
            " overfor familien til pasienten, og rutinene for medisin er endret.",
            "pasient",
        ),
        (
            "Militants attack army post in Kano\n\n"
            "Militants attacked an army post near Kano on Sunday, killing four soldiers. The"
            " militants fled before troops arrived, the army said. Troops are now searching the"
            " area around Kano for the militants.",
            "militant",
        ),
        (
            "Stor leteaksjon etter savnet mann i Verdal\n\n"
            "Politiet har satt i gang en stor leteaksjon etter en mann i 60-årene som er savnet"
            " i Verdal. Aksjonen startet natt til lørdag, og et helikopter fra"
            " Hovedredningssentralen deltar i aksjonen. Mannen ble sist sett ved hytta si i"
            " Verdal fredag kveld. Helikopteret søker langs elva.",
            "aksjon",
        ),
        (
            "Climber dies on Ben Nevis\n\n"
            "A climber has died after a fall on Ben Nevis on Saturday. The climber was part of"
            " a group of three climbers on the north face of Ben Nevis. Lochaber Mountain"
            " Rescue Team recovered the climber, and the other two climbers were unhurt.",
            "climber",
        ),
        (
            "Lastebil kjørte av E6 ved Dombås\n\n"
            "En lastebil kjørte av E6 ved Dombås natt til lørdag. Sjåføren av lastebilen ble"
            " sendt til sykehus. Lastebilen ble liggende på siden, og E6 ved Dombås var stengt"
            " i to timer mens lastebilen ble hentet.",
            "lastebil",
        ),
        (
            "Nytt utbrudd av fugleinfluensa i Rogaland\n\n"
            "Mattilsynet har bekreftet et nytt utbrudd av fugleinfluensa på en gård i Rogaland."
            " Utbruddet er det tredje i Rogaland i år, og Mattilsynet frykter at utbruddet kan"
            " spre seg til flere gårder i Rogaland.",
            "utbrudd",
        ),
        (
            "Crews clean up oil spill on the coast\n\n"
            "Crews worked through the night to clean up an oil spill near Refugio State Beach."
            " The spill covered four miles of coast. The oil came from a broken pipe, and"
            " cleaning up the spill could take weeks. Birds covered in oil from the spill were"
            " taken to a rescue centre.",
            "spill",
        ),
        (
            "Traktor velta i Sogndal\n\n"
            "Ein traktor velta i ein bratt bakke i Sogndal tysdag. Føraren av traktoren kom seg"
            " ut sjølv. Traktoren vart liggjande på taket, og politiet i Sogndal seier at ingen"
            " vart skadde. Traktoren skal hentast i morgon.",
            "traktor",
        ),
        (
            "Smoke detector saves family in Lakeview house fire\n\n"
            "A working smoke detector got a family out of their Lakeview home safely when fire"
            " broke out on Sunday. Firefighters said the smoke detector woke the family. The"
            " fire in Lakeview was put out in an hour, and the smoke damaged the house.",
            "smoke",
        ),
        (
            "Sjeldne funn på Hitra\n\n"
            "Arkeologar har gjort fleire sjeldne funn på Hitra i sommar. Funna er frå vikingtida,"
            " og eitt av funna er eit sverd. Funnet på Hitra skal no granskast ved museet.",
            "funn",
        ),
        (
            "Innsette klaga på fengsel i Fjordby\n\n"
            "Fleire innsette i fengselet i Fjordby klagar over maten. Fengselet har fått tre"
            " klager i år, og Kari Lund, som leier fengselet, seier at fengselet skal betre"
            " maten. Klagene gjeld også fengselet i Vik.",
            "fengsel",
        ),
        (
            "Levee fails near Riverton\n\n"
            "A levee on the Grand River failed near Riverton on Monday, and water from the"
            " levee flooded farmland around Riverton. Crews are working to repair the levee,"
            " and Riverton officials say the levee will hold until the rain stops.",
            "levee",
        ),
        (
            "Fjord Festival loses its headliner\n\n"
            "The headliner of Fjord Festival pulled out on Friday, two days before the festival"
            " in Vikby. Organisers in Vikby said a new headliner would be named on Monday, and"
            " that tickets for Fjord Festival would be refunded if fans asked.",
            "headliner",
        ),
        (
            "Fjordnett outage hits Vikby\n\n"
            "An outage at Fjordnett left customers in Vikby without mobile service on Monday."
            " Fjordnett said the outage was caused by a cable fault, and customers in Vikby"
            " should have service again by Tuesday. The outage also hit Nordby.",
            "outage",
        ),
    ],
)
def test_beside_names_a_word_every_story_uses_is_no_topic(text: str, noise: str) -> None:
    commands = commands_of(text)
    assert noise not in commands
    assert commands - {noise}, "the story's names are still topics"


def test_the_head_of_the_titles_compound_said_over_and_over_stays_a_topic_beside_names() -> None:
    text = (
        "Militærøvelser i Troms\n\n"
        "Nato holder store militærøvelser i Troms denne vinteren. Over 20 000 soldater deltar "
        "i øvelsen, og Russland følger øvelsen nøye. Øvelsen skal vise at alliansen kan "
        "forsvare Norge. Neste øvelse holdes i Finnmark om to år."
    )
    assert "ovelse" in commands_of(text)


def test_a_story_without_a_name_said_twice_gets_the_place_its_lead_names() -> None:
    text = (
        "Mann gikk amok med øks\n\n"
        "En mann gikk mandag ettermiddag amok i Nordkjosbotn og knuste vinduer i flere "
        "butikker.\n\n"
        "Politiet rykket ut med bevæpnet styrke. Mannen ble pågrepet etter en time, og ingen "
        "ble skadd. Politiet vil avhøre ham tirsdag."
    )
    assert "nordkjosbotn" in commands_of(text)


def test_a_definite_noun_first_in_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Flom og ras på Vestlandet\n\n"
        "Ekstremværet Gyda har gitt store regnmengder på Vestlandet. Elva i Eresfjord har gått "
        "over sine bredder, og 90 personer er evakuert.\n\n"
        "Ekstremværet Gyda skal gi seg torsdag, melder Meteorologisk institutt."
    )
    commands = commands_of(text)
    assert "ekstremvaeret_gyda" not in commands
    assert "gyda" in commands


def test_a_saints_town_is_named_whole() -> None:
    text = (
        "Snow expected across the Midwest\n\nThe weather service is tracking a winter storm"
        " that will reach the St. Louis region tonight. Roads around St. Louis may be icy by"
        " morning, and schools in St. Louis will open late on Friday, the service said."
    )
    commands = _commands(text, "en")
    assert "st_louis" in commands and "louis" not in commands


def test_a_title_a_count_and_a_peoples_adjective_are_no_part_of_a_topic() -> None:
    text = (
        "Senate passes the budget bill\n\nThree Republican senators joined the Democrats in"
        " voting against the bill on Tuesday. Senate Majority Leader John Thune of South"
        " Dakota said the party got the job done. Thune had worked for days to win the last"
        " votes. Canadian officials said the bill would raise Canadian borrowing costs, and"
        " Thune said he would meet them. Republican leaders praised Thune."
    )
    commands = _commands(text, "en")
    assert "john_thune" in commands, commands  # (the name whole, without its title)
    assert not any(
        c.startswith(("three", "senate_majority")) or c in ("canadian", "republican", "majority")
        for c in commands
    ), commands


@pytest.mark.parametrize(
    ("text", "command"),
    [
        (
            "Festivals announce their lineups\n\nThis year marks Ed Sheeran’s return to the"
            " festivals, as he headlines two of them. Sheeran last played a festival in 2019,"
            " and Sheeran will also tour the stadiums. Fans of Sheeran have bought most tickets.",
            "ed_sheeran",
        ),
        (
            "Lange køer på E6\n\nEn lastebil kjørte av veien på E6 ved Dovre i natt, og veien"
            " var stengt i tre timer.\n\nMorten Gaustad ble stående i kø i over to timer. Han"
            " var på vei hjem. Gaustad sier køen var lang. Politiet ba Gaustad og de andre"
            " vente i bilene.",
            "morten_gaustad",
        ),
        (  # «from» a person, not a place
            "Panto review: Cinderella at the Hippodrome\n\n"
            "It has all the hallmarks of a traditional show, with panto veteran Joe Pastorelli"
            " leading the proceedings as the hapless Buttons.\n\n"
            "There is plenty of toilet humour from Pastorelli throughout, and the children"
            " loved every minute of it. The dancers are superb and the sets are lavish.",
            "joe_pastorelli",
        ),
        (  # «Both» opens the sentence, no given name
            "Chennai win by six wickets\n\n"
            "Both Ravi Jadowski and Tushar Deshpande bowled tight spells as Chennai beat Mumbai"
            " at Wankhede on Sunday.\n\n"
            "Mumbai never recovered from the loss of early wickets, and Jadowski took two"
            " catches in the deep. Chennai chased the target with two overs to spare, and"
            " Jadowski finished unbeaten on 20.",
            "ravi_jadowski",
        ),
        (  # a role the dictionary knows before a given name it does not
            "Red card ends Loughmore's run\n\n"
            "Noel McGrath was sent off after ten minutes. Referee Johnny Murtagh made his way"
            " over at once.\n\nMurtagh called McGrath over and showed him the red card."
            " Murtagh had not seen the first blow, and Murtagh was booed at the final whistle.",
            "johnny_murtagh",
        ),
    ],
)
def test_a_person_called_by_surname_has_the_name_the_story_gave_as_topic(
    text: str, command: str
) -> None:
    commands = [t.command for t in topics_of(parse_text(text))]
    assert command in commands, commands


def test_a_verb_first_in_a_sentence_is_no_given_name_of_one_named_alone_before() -> None:
    # («Vinnar Warholm også …, tar han …»: «if Warholm wins», in Nynorsk)
    text = (
        "Satsar på dobbel\n\n"
        "Warholm vann finalen på 400 meter hekk i Byrkjelo. Tidlegare på dagen hadde Warholm"
        " vunne forsøksheatet på enkelt vis.\n\n"
        "Vinnar Warholm også 400-meteren i NM, tar han sitt femte strake NM-gull. Kongepokalen"
        " har Warholm hatt med seg heim frå NM dei tre siste åra."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "warholm" in commands and not any(c.startswith("vinnar") for c in commands), commands
    # (a given name that spells a verb too, and his age: «Runar», «runar» of «runa»)
    text = (
        "Espejord klar for Heerenveen\n\n"
        "Runar Espejord (23) er klar for nederlandske Heerenveen. Klubben bekrefter overgangen"
        " fredag, og Tromsø får fem millioner kroner.\n\n"
        "Mange klubber har vist interesse for Espejord, sønnen til tidligere Tromsø-spiller Lars"
        " Espejord. Espejord scoret 14 mål i år."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "runar_espejord" in commands, commands


@pytest.mark.parametrize(
    ("language", "text", "name", "opener"),
    [
        (  # a verb's -ing form
            "en",
            "Count goes on after close election\n\nNeither the Coalition nor the Labor party has"
            " won enough seats. With most votes counted, Labor leads the Coalition by two seats."
            " Analysts expect the Coalition to win more of the seats left than Labor.\n\n"
            "Addressing Labor party supporters on Sunday, the leader said the party was ready.",
            "labor",
            "addressing",
        ),
        (  # a conjunction the stop word lists lack
            "nb",
            "Oljeselskap taper milliarder\n\nEksperter som Nordoil selv bruker, ventet"
            " overskudd. Analytikerne stiller spørsmål ved Nordoils anslag for oljeprisen.\n\n"
            "Dersom Nordoil skrur ned anslaget sitt, må selskapet skrive ned verdier. For tre"
            " måneder siden skrev Nordoil ned verdier for milliarder.",
            "nordoil",
            "dersom",
        ),
    ],
)
def test_a_word_opening_a_sentence_is_no_given_name(
    language: str, text: str, name: str, opener: str
) -> None:
    commands = [t.command for t in topics_of(parse_text(text, language=language))]
    assert name in commands, commands
    assert not any(c.startswith(opener) for c in commands), commands


def test_the_name_a_lead_opens_on_is_the_subject_though_it_speaks() -> None:
    text = (
        "Marta Quill has announced a payment of up to £350 to help households cope with a rise"
        " in energy bills.\nPowergrid announced on Thursday that the price cap for households"
        " will rise by 54 per cent from April.\nIt means energy prices will rise by £693 a year"
        " for millions of households after the regulator Powergrid raised the price cap.\n"
        "Most households will receive £350 of support through council tax rebates for"
        " households.\nThe Government will step in to help households directly, the Chancellor"
        " said.\nMarta Quill said: “Powergrid announced this morning that the price cap will"
        " rise in April for households.\n“Without action, this could be tough for millions of"
        " households.”\nPowergrid said households on fixed deals are not affected.\nHouseholds"
        " in bands A to D get the rebate, Powergrid said."
    )
    commands = [t.command for t in topics_of(parse_text(text, language="en"))]
    assert "marta_quill" in commands, commands


def test_a_post_the_story_also_writes_in_lower_case_is_no_topic() -> None:
    from bot.core.topic_names import no_subject

    text = (
        "Norwegian foreign minister and minister of labour arrive in Kyiv on visit\n\n"
        "Norwegian Foreign Minister Espen Bakke Ek and Tone Brekk, Minister of Labour, have"
        " arrived in Kyiv on a visit."
    )
    label, words = "Foreign Minister", {"Foreign", "Minister"}
    assert no_subject(words, text, label, titled=False, quoted=False)
    person = {"Espen", "Bakke", "Ek"}
    assert not no_subject(person, text, "Espen Bakke Ek", titled=False, quoted=False)


def test_a_page_without_a_topic_takes_a_name_from_the_paragraph_under_its_lead() -> None:
    text = (
        "En 40-åring er dømt til tretti dagers fengsel for å ha slått ned en annen mann.\n\n"
        "— Vi anker, sier forsvarer Per Lunde etter dommen i Vestby tingrett.\n\n"
        "Klar nødverge\n\n"
        "— Jeg har snakket med klienten, og han mener det var nødverge, sier Lunde.\n\n"
        "Det er ikke dommerne enige i. De finner det bevist at mannen slo flere ganger.\n\n"
        "Brutalt\n\nOfferet får 5000 kroner i oppreisning. Flere vitner kalte volden brutal."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert commands == ["vestby_tingrett"], commands


def test_a_place_after_a_name_stays_the_place() -> None:
    text = (
        "Filmfest i Trondheim\n\nCinemateket Trondheim viser filmen fredag. Festivalen i"
        " Trondheim varer i fire dager, og Trondheim får besøk av regissøren. Trondheim"
        " har hatt festivalen siden 2001."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "trondheim" in commands, commands


def test_a_title_before_a_name_is_no_topic_nor_part_of_one() -> None:
    text = (
        "Man stabbed in Belfast\n\nDetectives have arrested a man after a stabbing in north"
        " Belfast. “A man in his 30s was stabbed in the neck as he walked along the street,”"
        " the PSNI’s Detective Sergeant Alexander said.\n\nMeasles emergency\n\nClark County"
        " Council Chair Eileen Quiring declared a health emergency on Friday after nineteen"
        " cases of measles in the county. Quiring said the county needs help from outside the"
        " region.\n\nSnap election\n\nMPs will vote on the plan on Wednesday. The Shadow"
        " Housing Secretary John Healey and Shadow Minister for Steel Gill Furniss criticised"
        " the decision."
    )
    commands = [t.command for t in topics_of(parse_text(text, language="en"))]
    assert "clark_county" in commands, commands
    assert not any("chair" in c or c.startswith(("detective", "shadow")) for c in commands), (
        commands
    )


def test_a_headlines_capitals_make_no_name_of_common_words() -> None:
    text = (
        "Leadoff: Festival Season Is Upon Us! And Not Many Stadium Acts Are Headlining\n\n"
        "The first festival lineups are out. Ed Sheeran headlines BottleRock, and the Jazz"
        " Festival in New Orleans has the Rolling Stones. Every festival wants a big act, but"
        " few stadium acts play a festival this year. Sheeran played no festival last year."
    )
    commands = _commands(text, "en")
    assert not any(c.startswith("festival_season") for c in commands), commands


def test_a_peoples_adjective_of_no_demonyms_ending_is_no_topic_beside_its_country() -> None:
    text = (
        "Wales win at Twickenham\n\nWelsh substitute Scott Williams scored late as Wales beat"
        " England 19-12 at Twickenham. The Welsh fans sang for an hour after the match. Welsh"
        " coach Warren Gatland said Wales had earned it. Thai and Dutch fans watched too, and"
        " Dutch television showed the match. Wales play Scotland next."
    )
    commands = _commands(text, "en")
    assert "wales" in commands, commands
    assert not {"welsh", "thai", "dutch"} & set(commands), commands


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Eit vogntog stod på tvers over vegen på E39 ved Rå i Lavik torsdag.", "lavik"),
        (
            "Ved 03-tiden brøt det ut brann i en boligblokk i Marviksveien i Kristiansand.",
            "kristiansand",
        ),
    ],
)
def test_the_place_the_lead_says_it_happens_in_is_a_topic(lead: str, place: str) -> None:
    text = (
        f"{lead} Arthur Bakke såg det heile, og Arthur Bakke ringde til politiet med ein gong."
        "\n\nBakke seier at vegen var glatt.\n\nBakke har budd der i mange år."
    )
    assert place in _commands(text)


def test_a_channel_the_lead_names_is_no_place_it_happens_in() -> None:
    text = (
        "Prisen ble delt ut under opptaket til talkshowet, som sendes fredag kveld på NRK."
        " Arthur Bakke fikk prisen, og Arthur Bakke takket juryen.\n\nBakke sier at han ble"
        " overrasket.\n\nBakke har laget musikk i mange år."
    )
    assert "nrk" not in _commands(text)


def test_the_town_an_english_lead_names_is_a_topic() -> None:
    text = (
        "Workers at the paint plant in Hubbard were told on Tuesday that it will close. Ana"
        " Ruiz of the union said Ana Ruiz had not been told before.\n\nRuiz said the workers"
        " were shocked.\n\nRuiz will meet the owners next month."
    )
    assert "hubbard" in _commands(text, "en")


def test_a_paper_the_lead_names_is_no_place() -> None:
    text = (
        "Kari Lie Nordmanns innlegg i Sunnmørsposten 19. august bekrefter at Arbeiderpartiet"
        " ikke har noen politikk for skolen.\n\nAp er for mer mat i skolen og bedre"
        " skolebygg.\n\nAlt dette er det bred enighet om, mener Nordmann."
    )
    assert not any(c.startswith("sunnmorsposten") for c in _commands(text))


def test_the_police_district_that_reports_the_story_is_no_topic() -> None:
    text = (
        "Ved 03-tiden i natt brøt det ut brann i en boligblokk i Marviksveien i Kristiansand."
        " Tre beboere ble sendt til sykehus, opplyser Petter Sandell ved Agder politidistrikt.\n\n"
        "Politiet har stengt oppgangen, sier Sandell.\n\nSandell vil ikke si mer om saken, og"
        " Agder politidistrikt ber om tips."
    )
    commands = _commands(text)
    assert "agder" not in commands and "kristiansand" in commands


def test_a_county_a_police_service_and_a_short_month_are_named_right() -> None:
    text = (
        "Homelessness rises in King County as shelters fill up. Shelters in King County"
        " turned away 300 people last week, and the count will be made again on Nov. 2.\n\n"
        "The Lakeview Police Service said two people were found in a car on Monday. Police say"
        " the shelters are full.\n\nPolice say they will count again. King County will open"
        " two more shelters before Nov. 30."
    )
    commands = _commands(text, "en")
    assert "king_county" in commands and "county" not in commands
    assert "nov" not in commands and "police" not in commands


def test_a_score_after_a_club_is_no_part_of_its_name() -> None:
    text = (
        "Bodø/Glimt slo Molde 3–1 på Aspmyra søndag og går fire poeng opp på tabellen.\n\n"
        "Molde-treneren raste mot dommeren etter kampen.\n\nMolde har nå tapt tre av de"
        " fire siste kampene, og Molde må vinne neste helg."
    )
    commands = _commands(text)
    assert not any(c.startswith("molde_") for c in commands), commands


def test_a_short_title_and_a_genitive_are_no_topics_of_their_own() -> None:
    text = (
        "Democratic Sen. Cortez Masto wins in Nevada, and Sen. Cortez Masto thanked the voters"
        " in Reno on Saturday.\n\nSen. Cortez Masto said Nevada had spoken.\n\nThe Senate will"
        " meet in January."
    )
    assert "sen" not in _commands(text, "en")
    text = (
        "Klæbo vant sprinten i Davos, og Klæbo var aldri truet.\n\nKlæbos sprint var den"
        " beste i år, sa treneren.\n\nKlæbos neste løp er på søndag, og Klæbo stiller."
    )
    assert "klaebos" not in _commands(text)


def test_a_name_the_story_writes_more_often_in_its_genitive_is_named_bare() -> None:
    text = (
        "Helseminister Kari Vold (H) stadfesta torsdag at departementet vurderte endringar i"
        " lova medan lova var eit heitt tema i KrFs debatt om vegval.\n\n"
        "– Dette stadfestar inntrykket vårt, nemleg at departementet har prøvd å påverke KrFs"
        " interne prosess, seier Per Lund til NTB.\n\n"
        "Han fekk svar på eit skriftleg spørsmål til Vold torsdag.\n\nLova viktig\n\n"
        "I brevet skriv Vold at juristane i departementet starta arbeidet etter at KrFs"
        " sentralstyre sette lova som eitt av tre hovudpunkt før landsmøtet.\n\n"
        "Seks av ti tillitsvalde i KrF meiner valet vart påverka av at regjeringa opna for å"
        " endre lova med KrF.\n\n– Eg stadfestar at departementet var involvert, seier Vold til"
        " NTB.\n\nLund meiner at Volds brev viser noko anna enn det regjeringa har sagt."
    )
    commands = _commands(text)
    assert "krfs" not in commands and "krf" in commands, commands


def test_a_name_the_story_writes_only_in_its_genitive_is_named_bare() -> None:
    from bot.core.digest import topics_of
    from bot.core.parse import parse_text
    from bot.core.topic_labels import uninflected

    text = (
        "Valgnederlag for Ap\n\n"
        "Aps katastrofevalg knuste drømmen om en ny regjering, og Aps kollaps førte til at"
        " flertallet forsvant mandag.\n\nStorbritannias statsminister Theresa May er ikkje"
        " invitert til toppmøtet om vegen vidare etter Storbritannias sorti.\n\n"
        "Hans Lund sier han er skuffet over resultatet i Paris."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "ap" in commands and not {"aps", "han", "pari"} & commands, commands
    # (a person's genitive, the surname written bare elsewhere)
    person = "Han kritiserte Jonas Gahr Støres tale. Rådgiveren til Støre svarte."
    assert uninflected("Jonas Gahr Støres", person) == "Jonas Gahr Støre"
    # (a country's name: the word lists write it bare far more often; not a given name)
    assert uninflected("Storbritannias", text) == "Storbritannia"
    for name in ("Hans", "Lars", "Paris", "Andreas", "Jonas"):
        assert uninflected(name, text) == name


def test_a_body_named_on_its_place_with_pa_is_one_topic() -> None:
    from bot.core.digest import topics_of
    from bot.core.parse import parse_text

    text = (
        "Fekk millionar til forsking\n\n"
        "Høgskulen på Vestlandet leier to forskingsprosjekt som har fått støtte frå"
        " Forskingsrådet.\n\nMålet er å styrke undervisninga i ingeniørutdanningane ved"
        " Høgskulen på Vestlandet, seier prorektor Kari Lid."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "hogskulen_pa_vestlandet" in commands, commands
    assert not {"hogskulen", "vestlandet"} & commands, commands


def test_the_last_two_names_of_a_list_are_no_one_name() -> None:
    from bot.core.topic_places import whole_name

    text = (
        "Serien ble bare slått av Nytt på Nytt, Farmen og Skavlan denne uka.\n\n"
        "Det er bare Nytt på Nytt, Farmen og Skavlan som har flere seere på lørdag."
    )
    assert whole_name("Skavlan", text, 0) is None


def test_two_names_of_a_kind_joined_by_og_are_no_one_name() -> None:
    text = (
        "Raset stengte vegen mellom Flåm og Aurland natt til fredag. Stengingen omfatter"
        " Fretheimtunnelen og Onstadtunnelen, og omkjøring er ikke mulig.\n\nVegvesenet"
        " venter å åpne Fretheimtunnelen og Onstadtunnelen igjen lørdag.\n\nGeologer skal"
        " undersøke fjellsida over Fretheimtunnelen og Onstadtunnelen i dag."
    )
    assert not any("_og" in c for c in _commands(text)), _commands(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Han vil ikke love at SV og Sp ikke stopper nye gasskraftverk.", "Sp"),
        (
            "Stengingen omfatter Fretheimtunnelen og Onstadtunnelen fram til fredag.",
            "Onstadtunnelen",
        ),
    ],
)
def test_two_names_of_a_kind_joined_by_og_are_two(text: str, word: str) -> None:
    from bot.core.topic_places import whole_name

    assert whole_name(word, text, 0) is None
    assert whole_name("Fjordane", "Fylket Sogn og Fjordane har fått ny fylkesordfører.", 0) == (
        "Sogn og Fjordane"
    )


def test_a_story_told_by_its_source_alone_keeps_the_source_as_its_topic() -> None:
    text = (
        "Two men have been charged after a shooting that left four people hurt, police said."
        " Chief Mark Ramer said the men were arrested on Monday.\n\nRamer said three guns were"
        " found at the scene.\n\nRamer said the shooting was gang-related."
    )
    assert _commands(text, "en"), "a digest with no topic at all"


def test_a_storm_named_like_a_word_is_a_topic() -> None:
    text = (
        "Fleire kommunar førebur seg på ekstremvêret «Hans». Politiet ber folk halde seg"
        " heime.\n\nUvêret Hans ventar med mykje regn i Sunndal og Surnadal.\n\nMeteorologane"
        " seier at Hans blir verst natt til tysdag."
    )
    assert "hans" in _commands(text, "nn")


def test_a_surname_that_is_a_common_word_is_a_topic_by_the_full_name() -> None:
    text = (
        "Theresa May faces new revolt over her deal\n\nPrime Minister Theresa May faced a fresh"
        " revolt from her own MPs on Tuesday as the Commons prepared to vote on the deal. More"
        " than 40 Conservative MPs said they would vote against the agreement, which May"
        " negotiated over two years. May told the Commons that the deal was the only one on"
        " the table. If May loses, she has three days to return with a new plan."
    )
    assert "theresa_may" in _commands(text, "en")


def test_a_month_after_a_small_word_or_a_title_is_no_person() -> None:
    text = (
        "Council approves new budget\n\nIn May, the council approved a new budget for the"
        " schools. Since May the mayor has warned of cuts to the school budget. Prime Minister"
        " May visited the town on 3 May. The council will meet again in June, and the"
        " budget will be read again in May."
    )
    assert not any("may" in command for command in _commands(text, "en"))


def test_a_word_commoner_than_its_parts_is_no_compound() -> None:
    # «kontroll» is no «kont» + «roll», «tjeneste» no «tjen» + «este»: no /kont is offered;
    # «atomvåpen» is still «atom» + «våpen», rarer than its head.
    text = (
        "Mange tatt i kontroll på E6\n\nPolitiet hadde fartskontroll og promillekontroll"
        " på E6 fredag. Bilister som ble stoppet i kontrollen, ble bedt om å kontakte"
        " politiet om de hadde spørsmål. Kontrollen varte i fire timer, og politiet vil ha"
        " flere kontroller før helgen. Tjenesten sier at kontrollene virker."
    )
    commands = _commands(text, "nb")
    assert not {"kont", "roll", "tjen", "este"} & set(commands), commands
    seed = analyse(parse_text((FIXTURES / "seed_nato.txt").read_text(encoding="utf-8")))
    assert excerpts(seed, "våpen")


def test_an_irish_name_is_one_topic_however_its_apostrophe_is_written() -> None:
    text = (
        "Tory leader courts Quebec\n\nConservative Leader Erin O'Toole met the premier in"
        " Montreal on Monday to talk about language laws. Critics said the talks went badly.\n\n"
        "Letters to the editor say O’Toole chose to pander to nationalists. One reader wrote"
        " that O’Toole would lose votes in the West."
    )
    commands = _commands(text, "en")
    assert "otoole" in commands and "toole" not in commands, commands
    found = excerpts(analyse(parse_text(text, language="en")), "otoole")
    assert sum(len(e.sentences) for e in found) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Vegen er stengd\n\nFerja er no raskaste veg mellom Bergen og Ålesund etter raset."
        " Bilistar må rekne med lang kø på ferjekaia.",
        "Konserten\n\nHenning Kvitnes og Unni Wilhelmsen spelte i to timer for fullt hus."
        " Publikum song med på dei gamle songane.",
    ],
)
def test_two_names_joined_by_og_are_no_one_name(text: str) -> None:
    from bot.core.topic_places import whole_name

    last = "Ålesund" if "Ålesund" in text else "Wilhelmsen"
    assert whole_name(last, text, 0) is None
    assert whole_name("Fjordane", "Fylket Sogn og Fjordane fekk ny fylkesordførar.", 0) == (
        "Sogn og Fjordane"
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Festspela opna\n\nFestspeldiktar Agnes Ravatn opna festspela i Ørsta torsdag."
            " Festspeldiktar Agnes Ravatn las frå den nye boka si for fullt hus.",
            "ravatn",
        ),
        (
            "Fire destroys town\n\nCommissioner Gregson said the fire had been a very"
            " challenging one for the crews. Commissioner Gregson believed the response had"
            " been good. The town will be rebuilt.",
            "gregson",
        ),
        (
            "Ekornes kuttar i Sykkylven\n\nHovudtillitsvalt Edvard Lie seier at dei tilsette"
            " er uroa. Hovudtillitsvalt Edvard Lie møter leiinga i Sykkylven i morgon.",
            "lie",
        ),
        (  # a board's seat, a trade
            "Ingen frå leiinga kom\n\nStyremedlem Anny Felde sa at styret hadde bestemt det."
            " Styremedlem Anny Felde møtte 300 personar på folkemøtet i Eid.",
            "felde",
        ),
        (
            "Minken Fosheim er død\n\nSkuespiller Minken Fosheim døde natt til torsdag."
            " Skuespiller Minken Fosheim var kjent for programmet God Bok på NRK.",
            "fosheim",
        ),
    ],
)
def test_a_role_in_front_of_a_name_is_no_part_of_its_topic(text: str, person: str) -> None:
    # (the person by name: /agnes_ravatn, introduced by her role, or /gregson; never with
    # the role: /festspeldiktar_agnes_ravatn, /commissioner_gregson)
    commands = [topic.command for topic in topics_of(parse_text(text))]
    named = [c for c in commands if c == person or c.endswith(f"_{person}")]
    firsts = ("agnes", "edvard", "anny", "minken")
    assert named == [person] or named in ([f"{first}_{person}"] for first in firsts), commands


def test_a_matchs_full_time_label_and_the_polices_obs_are_no_topics() -> None:
    live = (
        "Premier League results\n\nFT: Man City 2-3 Spurs. Kane responds in the final"
        " moments.\n\nFT: Liverpool 3-1 Norwich. Salah hits back for Liverpool.\n\n"
        "FT: Arsenal 2-1 Brentford. Saka scores for Arsenal. FT: West Ham 1-1 Newcastle."
    )
    assert "ft" not in _commands(live, "en")
    obs = (
        "Farevarsel for Østlandet\n\nPolitiet kommer med OBS-melding før helgen. OBS-meldinga"
        " gjeld alle båteigarar.\n\nPolitiet sender ut ei ny OBS-melding om stormen i kveld."
    )
    assert "obs" not in _commands(obs, "nb")


def test_an_outlet_is_a_topic_only_where_the_story_is_about_it() -> None:
    about = (
        "Nyheitsbyrået fyller 50 år\n\nLaurdag markerer NPK at det er 50 år sidan byrået vart"
        " stifta. I fjor produserte NPK 29 000 saker for lokalavisene.\n\nNPK er framleis"
        " organisert som ei stifting. I 2007 starta NPK eit nært samarbeid med eit anna byrå."
    )
    assert "npk" in _commands(about, "nn")
    source = (
        "Brann i bustadhus\n\nEit bustadhus brann ned natt til søndag, seier politiet til NTB."
        " Ingen kom til skade i brannen.\n\nBrannvesenet var raskt på staden, opplyser"
        " operasjonsleiaren til NTB. Brannen vart sløkt etter to timar, ifølgje NTB."
    )
    assert "ntb" not in _commands(source, "nn")
    scoop = (
        "Massedød i merdene\n\nNRK kan nå avdekke at det har vært massedød av laks på flere"
        " anlegg i høst. NRK har fått tak i bilder som viser død laks på bunnen av merdene."
        "\n\nSelskapet har innhentet analyser. Disse dokumentene har NRK fått tak i, og laksen"
        " var syk. Laksen døde av gjellesykdom, og mer laks kan dø, kunne NRK fortelle."
    )
    assert "nrk" not in _commands(scoop, "nb")
    # a channel the players spoke to, in Nynorsk too, and one whose pundit spoke
    spoken_to = (
        "Rosenborg vann i Molde\n\nRosenborg vann 2–0 borte mot Molde søndag.\n\n– Det har"
        " vore tungt, seier Per Ås til Sportkanalen etter kampen. – Eg er glad, var alt han"
        " ville sei til Sportkanalen.\n\n– Dei er proffe, sa fotballekspert i Sportkanalen,"
        " Kari Lie. Molde har tapt tre kampar på rad, og Rosenborg leiar serien."
    )
    assert "sportkanalen" not in _commands(spoken_to, "nn")


def test_an_outlet_of_two_words_the_story_is_told_through_is_no_topic() -> None:
    from bot.core.digest import topics_of
    from bot.core.parse import parse_text

    text = (
        "Finansdirektøren går\n\nElement-aksjen falt 20 prosent på Oslo Børs fredag."
        " Selskapet meldte at finansdirektøren går av, og det er via Dagens Næringsliv blitt"
        " kjent at myndighetene varsler søksmål mot styrelederen i Element.\n\nElement har"
        " hatt et tungt år. Elements største aksjonær Per Moe sier til Dagens Næringsliv at"
        " styrelederen i Element burde gå av umiddelbart."
    )
    commands = [topic.command for topic in topics_of(parse_text(text))]
    assert "element" in commands
    assert "dagens_naeringsliv" not in commands


def test_a_news_agency_is_a_topic_where_the_story_is_about_it_not_where_it_wrote_it() -> None:
    from bot.core.digest import topics_of
    from bot.core.parse import parse_text

    about = (
        "Investment to hit Reuters profits\n\n"
        "Shares in Reuters, the financial data and media group, fell 7% after it said profits"
        " would be hit by investment in new products.\n\nReuters is developing new systems for"
        " electronic share trading. Reuters said the costs would peak next year.\n\n"
        "Analysts said Reuters had cut too deep in earlier years."
    )
    assert "reuters" in [topic.command for topic in topics_of(parse_text(about))]
    wrote = (
        "Mill closes in Lakeview\n\n"
        "LAKEVIEW (Reuters) - The town's paper mill will close in March, its owner told Reuters"
        " on Monday.\n\nThe mill employs 400 people, according to Reuters calculations.\n\n"
        "The owner said the mill had lost money for five years."
    )
    assert "reuters" not in [topic.command for topic in topics_of(parse_text(wrote))]


def test_a_name_said_twice_in_one_sentence_only_is_a_passing_mention() -> None:
    text = (
        "Court blocks the debt plan\n\nA federal court has blocked the plan to relieve student"
        " debt, putting the effort on hold while the administration considers other options."
        " Prosecutors say no charges are expected from the inquiry into Rudy Giuliani's work"
        " abroad, which Giuliani's team calls a vindication. The administration said it would"
        " appeal the ruling on the debt plan. The White House said millions of borrowers"
        " would wait for relief, and the court will hear the appeal in spring."
    )
    assert not {"giuliani", "rudy_giuliani"} & _commands(text, "en")
    again = text.replace("The administration said", "Giuliani said the administration would")
    assert "rudy_giuliani" in _commands(again, "en")  # (by the name the story gave him)


def test_a_role_in_front_of_a_full_name_is_no_part_of_its_label() -> None:
    from bot.core.topic_labels import without_role

    assert without_role("Health Minister Simeon Brown") == "Simeon Brown"
    assert without_role("Queen Elisabeth 2") == "Queen Elisabeth 2"  # a ship
    assert without_role("Prime Minister") == "Prime Minister"
    # whose she is (a paper's, a broadcaster's genitive) is no part of her name either
    assert without_role("Dagbladets Sigrid Hvidsten") == "Sigrid Hvidsten"
    assert without_role("NRKs Fredrik Solvang") == "Fredrik Solvang"
    assert without_role("BBC's Nick Robinson") == "Nick Robinson"
    assert without_role("Jonas Gahr Støre") == "Jonas Gahr Støre"  # (a given name in -s)
    assert without_role("Andreas Bakke Hansen") == "Andreas Bakke Hansen"
    # whose side, in two words, is no part of it either; a body's name keeps its side
    assert without_role("Liberal Democrats Liam McArthur", "en") == "Liam McArthur"
    assert without_role("Australian Capital Territory", "en") == "Australian Capital Territory"
    assert without_role("Scottish Green Party", "en") == "Scottish Green Party"
    text = (
        "Hospital decision worth celebrating\n\nHealth Minister Simeon Brown announced on"
        " Thursday that the new hospital will be built in full. Health Minister Simeon Brown"
        " said the cuts planned last year were off the table."
    )
    commands = [topic.command for topic in topics_of(parse_text(text))]
    assert "simeon_brown" in commands and not any("minister" in c for c in commands), commands


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Brann i einebustad\n\nBrannvesenet rykka ut til ein brann i ein einebustad i Alver"
            " natt til søndag. Brannvesenet fekk kontroll etter to timar.\n\nBrannvesenet"
            " varsla naboane, og brannvesenet vil undersøkje huset i dag.",
            "nn",
            "brannvesen",
        ),
        (
            "Drought aid for farmers\n\nThe minister will ask cabinet for drought aid this week."
            " Cabinet rejected two earlier requests.\n\nFarmers say cabinet must act before"
            " winter, and cabinet will meet on Monday to decide.",
            "en",
            "cabinet",
        ),
        (
            "Brann i bustad i Alver\n\nEin bustad brann ned i Alver natt til søndag. Bustaden"
            " låg tett inntil fleire andre bustader.\n\nBrannvesenet evakuerte ein bustad til,"
            " og ingen bustader i nærleiken vart skadde.",
            "nn",
            "bustad",
        ),
        (
            "Fire destroys family home\n\nThe homeowner woke to smoke and got his family out."
            " The blaze spread to the roof within minutes.\n\nThe homeowner said the blaze"
            " started in the kitchen, and crews fought the blaze for two hours. The blaze was"
            " out by dawn, and the homeowner thanked the crews.",
            "en",
            "blaze",
        ),
        (
            "Mine workers rescued\n\nRescuers reached the trapped miners on Friday. A rescuer"
            " said the miners were calm.\n\nThe rescuers worked for two days, and the rescuers"
            " will be honoured by the town.",
            "en",
            "rescuer",
        ),
        (
            "Council backs new pool\n\nThe council held its vote on the new pool on Monday."
            " The vote passed 9-2, and a second vote will follow. Voters said the vote was fair.",
            "en",
            "vote",
        ),
        (
            "Fant savnet mann\n\nRedningen av mannen tok fem timer. Under redningen var det"
            " sterk vind.\n\nRedningen ble ledet av politiet, og redningen endte godt.",
            "nb",
            "redning",
        ),
    ],
)
def test_who_comes_to_every_fire_and_a_governments_cabinet_are_no_topics(
    text: str, language: str, word: str
) -> None:
    assert word not in _commands(text, language)


def test_a_hyphenated_name_in_front_is_part_of_the_whole_name() -> None:
    from bot.core.topic_places import whole_name

    text = (
        "Farmers in the Murray-Darling Basin want more water. The Murray-Darling Basin plan"
        " was signed off in 2012."
    )
    assert whole_name("Basin", text, 0) == "Murray-Darling Basin"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Dømt for knivstikking\n\nForsvarer Kari Ås sier at klienten vil anke. Forsvareren"
            " mener straffen er for streng.\n\nForsvareren vil be om ny sak, og forsvareren har"
            " tre uker på seg.",
            "nb",
            "forsvarer",
        ),
        (
            "Judge jails driver\n\nThe judge said the driver showed no remorse. The judge jailed"
            " him for six years.\n\nThe judge also banned him from driving, and the judge said"
            " the victims would never recover.",
            "en",
            "judge",
        ),
    ],
)
def test_the_roles_of_any_court_story_are_no_topics(text: str, language: str, word: str) -> None:
    assert word not in _commands(text, language)


def test_a_verbs_participle_gives_no_topic() -> None:
    text = (
        "Alle ble oppsagt\n\nAlle de 36 ansatte ved fabrikken ble oppsagt fredag. Også"
        " lederne er oppsagt.\n\nDe oppsagte får lønn i tre måneder, og fabrikken i Høyanger"
        " stenger. Fabrikken i Høyanger har gått med tap i fem år."
    )
    assert "oppsi" not in _commands(text, "nb")


def test_a_day_after_a_place_is_no_surname() -> None:
    text = (
        "Search goes on after quake\n\nRescuers searched for survivors in a collapsed school in"
        " Lima Wednesday morning, a day after the earthquake hit central Peru. Officials said"
        " the quake killed at least 80 people. In Lima Wednesday, soldiers cleared the rubble"
        " of a market. The earthquake struck at midday Tuesday, and Lima Wednesday was quiet."
    )
    assert not any("wednesday" in command for command in _commands(text, "en"))


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("Mustafa Akıncı", "mustafa_akinci"),
        ("Novak Đoković", "novak_dokovic"),
        ("Łukasz Kubot", "lukasz_kubot"),
        ("Ærlige Søstre", "aerlige_sostre"),
    ],
)
def test_a_name_is_typed_with_every_letter_folded(name: str, command: str) -> None:
    # (a letter no decomposition reaches must not vanish: /mustafa_aknc)
    assert command_name(name) == command
    assert match_key(name.split()[-1]) == match_key(command.split("_")[-1])


def test_a_person_named_after_a_long_office_is_a_topic_by_the_full_name() -> None:
    text = (
        "Former State Senate Leader Hale sentenced\n\n"
        "Former Leader of the Ohio State Senate of Representatives Walter Hale was sentenced"
        " to six years in prison Friday for taking bribes. Prosecutors had asked for ten years."
        " Hale, 71, was convicted in March. Hale's lawyers said they would appeal. The judge"
        " said Hale had betrayed the voters who trusted him for decades."
    )
    commands = _commands(text, "en")
    assert "walter_hale" in commands
    assert not any(c in commands for c in ("hale", "former_state_senate_leader", "former_leader"))


def test_a_premier_is_named_in_full_not_by_title_and_surname() -> None:
    text = (
        "Premier Lund wins second term\n\n"
        "Voters in the province returned Premier Lund for a second term on Sunday. Erik Lund"
        " won 54 percent of the vote after all ballots were counted. Premier Lund thanked his"
        " party and promised lower taxes. Lund's rival conceded before midnight."
    )
    commands = _commands(text, "en")
    assert "erik_lund" in commands
    assert "premier_lund" not in commands


def test_a_partys_genitive_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Ny ordfører i Vestby\n\nHøyre og Sp dannet allianse, og Aps Kari Undertun ble valgt som"
        " ny ordfører i Vestby tirsdag. Undertun fikk 18 av 31 stemmer. Undertun sier hun vil"
        " prioritere skolene. Undertun overtar etter Per Moe."
    )
    commands = _commands(text, "nb")
    assert "kari_undertun" in commands or "undertun" in commands
    assert not any(c.startswith("aps_") for c in commands)


def test_a_plain_word_said_over_and_over_in_words_of_its_own_is_the_theme() -> None:
    text = (
        "Det ble felt over 41 000 elg i Norge i høst, og elgjakta har aldri gitt mer. Elgen har"
        " spredd seg til nye fylker, og elgbestanden vokser fortsatt. Elg ble felt i alle"
        " fylker.\n\nKari Moe i Jegerforbundet sier at elgen trives i skogen. Elgen er ikke"
        " lenger sjelden i nord, og elgjegerne melder om mange elg. Moe tror elgen vil øke"
        " videre. Mange elg ble sett langs veiene, og elgfarer ble satt opp. Elgen er"
        " Norges viktigste jaktvilt, sier Moe. En elg kan veie 500 kilo."
    )
    assert "elg" in _commands(text, "nb")


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Mann pågrepet i Oslo", False),  # the title names no nightclub: /utested is noise
        ("Mann pågrepet på utested i Oslo", True),
    ],
)
def test_a_plain_word_is_a_topic_beside_names_only_where_the_title_names_it(
    title: str, topic: bool
) -> None:
    text = (
        f"{title}\n\nPolitiet pågrep en mann på et utested i Oslo natt til søndag. Utestedet"
        " ble stengt etter pågripelsen. Vaktene på utestedet hadde ringt politiet.\n\nEt vitne"
        " sier at mannen truet gjestene på utestedet. Utestedet åpner igjen mandag, sier Oslo"
        " politidistrikt."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert ("utested" in commands) is topic, commands


def test_a_nynorsk_word_is_as_common_as_its_bokmal_form() -> None:
    from bot.core.word_rarity import zipf

    for nynorsk, bokmal in (("skule", "skole"), ("straum", "strøm"), ("heim", "hjem")):
        assert zipf(nynorsk, "nn") == zipf(bokmal, "nb")


def test_a_place_the_story_names_by_its_court_or_school_is_the_institution() -> None:
    text = (
        "Frifunnet for spark\n\nEn mann i 40-årene ble frifunnet i Sunnfjord tingrett"
        " torsdag. Aktor i Sunnfjord tingrett ba om 60 dagers fengsel. Dommen fra Sunnfjord"
        " tingrett blir ikke anket.\n\nMannen ble tiltalt for å ha sparket sin tidligere kone."
        " Sunnfjord tingrett mente han ble provosert."
    )
    commands = _commands(text, "nb")
    assert "sunnfjord_tingrett" in commands
    assert "sunnfjord" not in commands


def test_a_body_named_by_a_word_and_a_small_one_after_it_is_named_whole() -> None:
    text = (
        "Snøen kommer\n\nDet er ventet mye snø på Østlandet i helgen, ifølge Meteorologisk"
        " institutt. I Oslo kan det komme 30 centimeter. Meteorologisk institutt sendte ut"
        " farevarsel torsdag.\n\nVegtrafikksentralen ber bilister vente med å kjøre. Østlandet"
        " får mest snø natt til lørdag, melder Meteorologisk institutt."
    )
    commands = _commands(text, "nb")
    assert "meteorologisk_institutt" in commands, commands
    assert "meteorologisk" not in commands


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        (
            "Ny ordfører i Stranda\n\nSenterpartiets Marte Lien ble valgt til ordfører i"
            " Stranda tirsdag. Lien fikk 14 stemmer. Lien sier hun vil satse på skolene. Lien"
            " tar over etter Per Moe.",
            "nb",
            "senterpartiets",
        ),
        (
            "Det var haust i bygda\n\nBorna kom til skulen ein kald haust. Hausten var våt,"
            " og haustferien kom seint. Rektor Kari Moe sa at hausten er fin.",
            "nn",
            "haust",
        ),
        (
            "Suspect appears in court\n\nThe suspect in the Christmas Eve killing of a charity"
            " worker appeared in court. The Christmas Eve killing shocked the city, and police"
            " said the Christmas Eve attack was planned, said Ann Lee.",
            "en",
            "christmas",
        ),
        (
            "Brann i Skien\n\nEn enebolig brant ned på juledag. Brannen på juledag startet i"
            " garasjen, og naboene var ute på juledag, sier Kari Moe.",
            "nb",
            "juledag",
        ),
        (
            "Power price soars\n\nA kilowatt now costs twice what it did. Each kilowatt is"
            " taxed, and the kilowatt price will rise again in June, said Ann Lee.",
            "en",
            "kilowatt",
        ),
    ],
)
def test_a_partys_genitive_a_season_and_a_unit_are_no_topics(
    text: str, language: str, absent: str
) -> None:
    assert not any(c.startswith(absent) for c in _commands(text, language))


def test_a_person_by_rank_and_by_name_is_one_topic_by_name() -> None:
    text = (
        "Two county hurlers were remanded on bail at Cork District Court yesterday, "
        "charged with several offences including damage to a garda's car.\n"
        "Tom Reilly and Sean Burke were arrested on Oliver Plunkett Street in Cork by "
        "Garda Elaine Moran at 2.30 a.m. yesterday and taken to Anglesea Street Garda "
        "station, where each was charged with three offences.\n"
        "They were charged with being drunk in a public place, contrary to Section 4 of "
        "the Criminal Justice (Public Order) Act 1994; with threatening behaviour, "
        "contrary to Section 6 of the same Act; and with damage to a car, the property of "
        "Garda Moran, contrary to Section 2 of the Criminal Damage Act 1991.\n"
        "Garda Moran gave evidence of arresting the two men and said they were charged in "
        "her presence by Garda Sgt Paul Hayes."
    )
    commands = _commands(text, "en")
    assert "elaine_moran" in commands
    assert not any(c.startswith("garda_") for c in commands), commands


def test_a_name_too_long_for_a_command_is_the_short_name_the_story_gives() -> None:
    from bot.core.topic_labels import as_named

    text = (
        "Using the Commonwealth Scientific and Industrial Research Organization (CSIRO) Parkes"
        " telescope, astronomers found 883 galaxies behind the Milky Way."
    )
    long_name = "Commonwealth Scientific and Industrial Research Organization"
    assert as_named(long_name, text, "en") == "CSIRO"
    assert as_named("Milky Way", text, "en") == "Milky Way"
    # (without the short name in brackets, the name stays, cut to a command's length)
    assert as_named(long_name, text.replace(" (CSIRO)", ""), "en") == long_name


def test_a_spokesperson_at_a_paragraphs_start_is_named_without_the_post() -> None:
    text = (
        "Et fly på vei til Island måtte lande på Sola lørdag etter røykutvikling om bord.\n\n"
        "Pressevakt Kari-Anne Lund i Widerøe presiserer overfor NTB at det ikke har vært snakk"
        " om noen nødlanding, men en kontrollert sikkerhetslanding.\n\n"
        "– Det oppsto røykutvikling i en ovn på kjøkkenet, sier Lund.\n\n"
        "Lund sier at flyet deretter setter kurs mot Reykjavik."
    )
    commands = _commands(text, "nb")
    assert not any(c.startswith("pressevakt") for c in commands), commands


@pytest.mark.parametrize("post", ["Council Member", "Councilwoman", "Alderman"])
def test_a_council_seat_before_a_name_is_no_part_of_the_topic(post: str) -> None:
    text = (
        "Residents packed the council chambers on Tuesday to oppose the new zoning plan.\n\n"
        f"“Nobody wants to change your zoning right now,” {post} Tag Bristow said. Bristow and"
        f" fellow {post} Chris Whatley voted against the plan, which passed four to three.\n\n"
        "Bristow said the plan would come back to the council in the spring."
    )
    commands = _commands(text, "en")
    assert "tag_bristow" in commands, commands
    assert not any(c.endswith("_tag_bristow") for c in commands)


@pytest.mark.parametrize(
    "post", ["Deputy Prosecuting Attorney", "County Prosecutor", "Sheriff", "Professor"]
)
def test_a_legal_or_academic_post_before_a_name_is_no_part_of_the_topic(post: str) -> None:
    text = (
        "A man was charged with murder on Tuesday after a shooting outside a community centre.\n\n"
        f"“He was identified by witnesses in the area,” {post} Carla Bednar told the court."
        f" {post} Carla Bednar asked that no bond be set for the man.\n\n"
        "Bednar said the investigation would go on for weeks."
    )
    commands = _commands(text, "en")
    assert "carla_bednar" in commands, commands
    assert not any(c.endswith("_carla_bednar") or "prosecut" in c for c in commands), commands


def test_a_local_paper_that_tells_the_story_is_no_topic() -> None:
    text = (
        "Bil kjørte av vegen\n\nEn bil kjørte av vegen ved Elvebakken i Alta natt til søndag."
        " Vestposten får i 23-tiden kontakt med operasjonssentralen, som bekrefter ulykken."
        " Fire personer satt i bilen, skriver Vestposten.\n\nAmbulanse og brannvesen rykket ut"
        " til Elvebakken, og alle fire ble sjekket av lege."
    )
    assert "vestposten" not in _commands(text, "nb")


def test_a_name_after_a_quoted_title_and_its_comma_is_a_name() -> None:
    from bot.core.names import article_names

    text = (
        "Konsertanmeldelse: Kvelvo, Sentrum Scene\n\n"
        "Si hva du vil om «Sølvnetter», Kvelvos doble album fra i fjor, men det er verken"
        " spesielt mørkt eller spesielt sølvblankt. Låten “Tåke”, Kvelvos største hit, kom"
        " sist."
    )
    assert article_names(parse_text(text)) >= {"Kvelvos"}


def test_under_a_lead_of_one_short_line_naming_no_one_the_next_paragraph_names_the_subject() -> (
    None
):
    text = (
        "På ingen måte noen nykommer lenger.\n\n"
        "Med fjorårets suksess og to hitsingler har 22-åringen Vestavind markert seg som en av"
        " landets beste tekstforfattere. Singlene er med på det nye albumet, og danner sammen med"
        " resten av låtene et tematisk sammenhengende album.\n\n"
        "Introlåta er en sakte avduking av resten av albumet, og etter et strykermellomspill kommer"
        " en oppstemt låt som en skarp kontrast til forrige låt. Den tredje låta er min favoritt,"
        " med strykere, messing og dype orgeltoner.\n\n"
        "Mot midten av albumet taper det seg noe. Låtene blir like, og strykerne forsvinner.\n\n"
        "Sammenliknet med det forrige albumet leker Vestavind seg mer med melankolske låter."
        " Albumet er en fornøyelig suksess. Orgelet bærer resten av albumet, og orgeltonene og"
        " orgelpartiene gjør resten av jobben. Resten er fyllstoff."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "vestavind" in commands, commands


def test_a_song_title_in_capitals_makes_no_topic_of_alt() -> None:
    text = (
        "Vestavind slipper nytt album\n\n"
        "Rapperen Vestavind slipper albumet «Er Dette Alt» fredag. «Er Dette Alt» er laget i"
        " Bergen sammen med Unge Nordlys.\n\n"
        "Vestavind sier at alt på albumet er skrevet i fjor. Alt i alt har han skrevet 30"
        " låter, og elleve kom med. Vestavind turnerer i Bergen og Oslo til våren."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert not any(c == "alt" or c.endswith("_alt") for c in commands), commands


def test_beside_names_the_theme_is_a_topic_though_a_rarer_plain_word_weighs_more() -> None:
    # «fyrvokter», «fyrvokteren», «fyrvokterboligen» … over and over: the feature's theme
    commands = [t.command for t in topics_of(read("core_long_feature.txt"))]
    assert "fyrvokter" in commands, commands
    assert "anne_karin_lovo" in commands


def test_a_person_a_heading_names_by_two_surnames_is_named_in_full() -> None:
    text = (
        "Lægreid tok gullet\n\nSturla Lægreid vant VM-gullet på 20 kilometer i Pokljuka"
        " torsdag, foran Arnd Peiffer og Johannes Dale.\n\nPeiffer tok sølv, og Dale tok"
        " bronse. Lægreid skaut fullt hus.\n\nThingnes Bø nummer fem\n\nJohannes Thingnes Bø"
        " opna med fullt hus, men bomma to gonger og fekk to tilleggsminutt. Thingnes Bø"
        " var skuffa etter løpet, og Thingnes Bø sa at skytinga svikta."
    )
    commands = [t.command for t in topics_of(parse_text(text, language="nn"))]
    assert "johannes_thingnes_bo" in commands, commands
    assert "thingnes_bo" not in commands


def test_a_page_without_its_headline_keeps_the_plain_word_its_lead_and_story_repeat() -> None:
    text = (
        "Meteorologisk institutt har sendt ut rødt farevarsel om kraftige vindkast for Nordfjord,"
        " Trøndelag og Helgeland. Fra onsdag ettermiddag ventes orkan på kysten og vindkast på"
        " 35-50 m/s. De kraftigste vindkastene ventes i ytre strøk fra Stad til Helgeland.\n\n"
        "Onsdag melder meteorologene at den sterkeste vinden vil treffe kysten lengre nord.\n\n"
        "Det kan også komme vindkast i indre strøk, og det er sendt ut gult farevarsel for"
        " vindkast i Lesja og Dovre. På Bjorli målestasjon er det meldt vindkast opp til 29 m/s"
        " onsdag ettermiddag. Lesja og Dovre kommer inn under områdene med gult farevarsel."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert commands[0] == "vindkast", commands


def test_two_people_joined_by_and_are_no_one_name() -> None:
    text = (
        "Chennai beat Mumbai by six wickets\n\n"
        "Mumbai's decision to change the batting order, opening with Tom Ashby and Cameron"
        " Green, did not pay off. Green was bowled by Tushar Deshpande in the third over, and"
        " Green walked off slowly.\n\n"
        "Chennai chased the target with two overs to spare. Green had also dropped a catch in"
        " the field, and Mumbai never recovered from the poor start."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "cameron_green" in commands, commands
    assert not any("_and_" in c for c in commands)


def test_a_headlines_capitalised_role_before_a_name_is_no_part_of_the_topic() -> None:
    text = (
        "Beloved head's coffin covered in pupils' drawings\n\n"
        "As tributes are paid at the funeral of Leeds headteacher Sue West, her pupils say she"
        " lit up every room\n\n"
        "Primary Headteacher Sue West's Coffin Was Covered With Her Pupils' Drawings\n\n"
        "A former primary school head has been laid to rest in a coffin covered in drawings by"
        " her pupils.\n\nSue West, headteacher of St Mary's School, Leeds, died in December."
        " Mrs West led the school for twelve years, and the primary school closed for the day."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "sue_west" in commands, commands
    assert not any(c.endswith("_sue_west") for c in commands)


def test_a_topics_label_does_not_depend_on_the_hash_seed() -> None:
    """Two names written once each around one key («Westshire Acute Hospitals», «Westshire
    Royal Hospital»): the same topics in every process, whatever order a set gives."""
    import os
    import subprocess
    import sys

    script = (
        "from bot.core.digest import topics_of; from bot.core.parse import parse_text\n"
        "text = ('Ambulances queue outside hospital\\n\\nThe chief executive of Westshire Acute"
        " Hospitals has apologised after ambulances queued for hours outside Westshire Royal"
        " Hospital on Monday.\\n\\nThe hospital said it had seen record numbers of patients,"
        " and the hospital trust has opened extra beds. Staff at the hospital worked through"
        " the night.\\n\\nPatients waited up to nine hours, the hospital said, and the trust"
        " will review the delays.')\n"
        "print([t.command for t in topics_of(parse_text(text, language='en'))])\n"
    )
    root = Path(__file__).resolve().parent.parent
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen


def test_a_compound_the_title_names_stays_beside_the_subject_it_ends_in() -> None:
    # «kommune» is the story's subject, in compounds across its sections; «nynorskkommune», a
    # word of the title, stays a topic beside it (it went under /kommune, which went too)
    text = (
        "Heimkommunen til Hauge er årets nynorskkommune\n\n"
        "Volda kommune er årets nynorskkommune 2015. Det er ikkje tilfeldig, seier "
        "ordførar Per Tore Lid (Ap).\n\n"
        "Volda\n\n"
        "Volda kommune, på Søre Sunnmøre, blei kåra til årets nynorskkommune 2015.\n\n"
        "Foto: Kari Nes\n\n"
        "Ordførar Per Tore Lid saman med statsråden og Ola Berg.\n\n"
        "– Ein må søke for å få prisen, og vi bestemte oss tidleg i år. Nettopp i "
        "jubileumsåret ville vi ha prisen.\n\n"
        "Ordføraren pratar med NRK i kommunehuset like etter at statsråden har delt ut "
        "prisen.\n\n"
        "Juryen grunngjev avgjerda med at Volda driv eit systematisk arbeid for nynorsk i"
        " kommuneskulen.\n\n"
        "Ikkje overraska\n\n"
        "Volda-ordførar Per Tore Lid seier at kommunen i år har jobba godt med "
        "søknaden.\n\n"
        "– Vi ville vise kor medvitne vi er på nynorsk, og vi fekk prisen. Det er eg glad"
        " for.\n\n"
        "Lid fortel at han hadde blitt imponert om ein annan kommune hadde gjort meir for"
        " nynorsken i kommunen sin.\n\n"
        "– Men det hadde gleda meg, slår ordføraren fast.\n\n"
        "Det er første gong prisen går til ein kommune i fylket, men kvifor har ikkje "
        "Volda fått prisen før?\n\n"
        "– Vi har ikkje søkt. Vi bestemte oss for at om det er eitt år vi vil ha prisen, "
        "så er det i jubileumsåret, fortel ordføraren.\n\n"
        "– Nynorsk er identitet\n\n"
        "No har prisen hamna på Søre Sunnmøre, der nynorsken betyr mykje.\n\n"
        "– Språk er identitet, og nynorsk er ein del av kven vi er, seier ordføraren."
    )
    commands = [t.command for t in topics_of(parse_text(text, language="nn"))]
    assert "nynorskkommune" in commands, commands


# A story's subject stays a topic; what is no one's subject does not take its place:
# «Norge» (every Norwegian story is in it), a county's first name, the office that decided
# («Fylkesmannen i Oslo og Viken»), a paper's stand-in «NN» for a person it does not name.
_SUBJECT_CASES = {
    "norway": (
        "nb",
        "fastlege",
        "norge",
        (
            "Hva gjør du uten fastlege?\n\n"
            "Over 100 000 innbyggere i Norge står uten fastlege, viser nye tall. Mangelen på"
            " fastleger er størst i små kommuner.\n\n"
            "Mange fastleger slutter fordi arbeidspresset er høyt, og færre unge leger vil bli"
            " fastlege. Pasienter uten fastlege må ringe legevakten eller kommunen.\n\n"
            "Norge har hatt fastlegeordningen siden 2001, og aldri har så mange i Norge stått uten"
            " fastlege."
        ),
    ),
    "county": (
        "nn",
        "senterpartiet",
        "sogn",
        (
            "Senterpartiet er den store valvinnaren i Sogn og Fjordane med åtte ordførarar. Her er"
            " heile ordførarkabalen for kommunane i fylket.\n\n"
            "Senterpartiet fekk ordføraren i Luster, Lærdal og Gloppen, og Høgre fekk ordføraren"
            " i Stryn. Senterpartiet styrer no fleire kommunar enn nokon gong, og Høgre har to."
        ),
    ),
    "animal": (
        "nb",
        "ulv",
        "oslo",
        (
            "Fylkesmannen i Oslo og Viken ga søndag tillatelse til å skyte én ulv i Nannestad og"
            " Gjerdrum. Det har vært store tap av sau til ulv i området.\n\n"
            "Ulven skal ha tatt minst tolv sau i mai. Fylkesmannen mener ulven vil gjøre mer skade"
            " når 20.000 sau og lam slippes på beite. Området ligger utenfor sonen for ulv.\n\n"
            "Jegerne kan felle ulv fram til 7. juni. Det er tredje gang på to år at en ulv blir"
            " felt i området, og Fylkesmannen sier at ulv ikke skal ha fast tilhold der. Ulven"
            " ble sist sett ved Hurdalsjøen, og jegerne leter etter ulv i helgen."
        ),
    ),
    "stand_in": (
        "nb",
        None,
        "nn",
        (
            "Dømt for vold mot motspiller\n\n"
            "En mann i 20-årene er dømt til fengsel i 60 dager for å ha slått en motspiller under"
            " en fotballkamp på Østlandet. Det var NN som slo til etter en takling.\n\n"
            "NN forklarte i retten at han ble provosert, men retten mente slaget var grovt. NN har"
            " anket dommen, opplyser forsvareren."
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(_SUBJECT_CASES))
def test_a_storys_subject_is_a_topic_and_no_ones_subject_is_none(case: str) -> None:
    language, subject, nobody, text = _SUBJECT_CASES[case]
    commands = [t.command for t in topics_of(parse_text(text, language=language))]
    assert subject is None or subject in commands, commands
    assert nobody not in commands, commands


@pytest.mark.parametrize(
    ("text", "language", "command"),
    [
        (
            "Shares in Rolls-Royce jumped on Thursday after the engine maker said profits had"
            " doubled.\n\nRolls-Royce said it expects more orders from airlines next year.\n\n"
            "Analysts said Rolls-Royce was now in far better shape after years of losses.",
            "en",
            "rolls_royce",
        ),
        (
            "Kronprinsesse Mette-Marit besøkte skulen i Nordvik torsdag.\n\nMette-Marit fekk"
            " sjå korleis elevane lagar avis.\n\nElevane fortalde at Mette-Marit var nysgjerrig"
            " på avisa deira.",
            "nn",
            "mette_marit",
        ),
    ],
)
def test_a_name_of_hyphens_is_one_topic(text: str, language: str, command: str) -> None:
    found = _commands(text, language)
    assert command in found, found
    assert not found & {"royce", "rolls", "marit", "mette"}


def test_a_name_written_in_two_hyphenated_names_keeps_its_own_topic() -> None:
    text = (
        "Nord-Korea skaut opp ein rakett torsdag.\n\nSør-Korea seier raketten fall i havet.\n\n"
        "Nord-Korea har skote opp fleire rakettar i år, og Sør-Korea har kalla inn til"
        " krisemøte."
    )
    found = _commands(text, "nn")
    assert "korea" in found, found


def test_a_duo_joined_by_an_ampersand_is_one_topic() -> None:
    text = (
        "Kari & Marte gir ut ny låt fredag.\n\nTvillingene fra Trofors har jobbet med låten"
        " i to år.\n\nKari & Marte spiller i Oslo Spektrum i desember, og Kari & Marte har"
        " allerede solgt ut to konserter."
    )
    found = _commands(text, "nb")
    assert "kari_marte" in found, found
    assert not found & {"kari", "marte"}


def test_a_posts_words_before_its_holders_name_are_no_topic() -> None:
    # «Turkish Foreign Minister Mevlut Cavusoglu»: /turkish_foreign names no one
    text = (
        "Turkey says no second day of talks\n\n"
        "The talks had been expected to resume on Wednesday, but Turkish Foreign Minister"
        " Mevlut Cavusoglu said the two sides were taking the proposals back to their capitals."
        " Turkish Foreign Minister Mevlut Cavusoglu said he expected a meeting of the two"
        " foreign ministers soon. Turkey has hosted two rounds of talks."
    )
    commands = [topic.command for topic in topics_of(parse_text(text))]
    assert "turkish_foreign" not in commands, commands


def test_a_verbs_noun_in_ering_is_no_compound_of_ring() -> None:
    # «plassering», «parkering», «finansiering»: no /ring for a reader to type, nor an
    # excerpt for /ring to find; «gullring» is still a ring
    from bot.core.lexicon import lexicon

    books = lexicon("nb")
    assert books.parts("plassering") == ("plassering",)
    assert "ring" not in books.parts("sentrumsparkering")
    assert books.parts("gullring") == ("gull", "ring")
    text = (
        "Ny hall på Rørvik\n\nFormannskapet vil ha hallen på skoletomta. Plasseringen av hallen"
        " ble vedtatt etter lang debatt om parkering. Parkeringen skal løses med ny"
        " sentrumsparkering, og finansieringen er klar. Plasseringen får støtte fra idrettslaget."
    )
    commands = [topic.command for topic in topics_of(parse_text(text))]
    assert "ring" not in commands, commands


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Norge vant stafetten\n\nTidligere i dag gikk Tiril Eckhoff Norge inn til en"
            " 1. plass på stafetten i Oberhof. Norge var bak etter første etappe, men"
            " Røiseland sendte Eckhoff ut i teten. Eckhoff gikk først ut på siste skyting.",
            "tiril_eckhoff",
        ),
        (  # a full name beside another of the same given name stays whole
            "Kupp i Mali\n\nSoldater sendt av kuppleder Amadou Sanogo pågrep statsministeren."
            " Kaptein Sanogo gjennomførte kuppet mot president Amadou Toure i fjor. Sanogo"
            " nekter å gå av.",
            "amadou_sanogo",
        ),
        (  # two words are a person's name, though the text writes the given name alone
            "Sjelden maur funnet\n\nInsektforsker Frode Ødegaard fant mauren i en felle i"
            " Aremark. Ødegaard hadde lett i mange år. – Jeg ble glad, sier Frode til NRK."
            " Ødegaard skal nå lete videre i området.",
            "frode_odegaard",
        ),
        (  # a page's word given twice: «Hege Marie Lavik Lavik»
            "Butikken i dalen\n\nHege Marie Lavik kjøpte butikken i 2017. Hege Marie Lavik"
            " Lavik er i permisjon. Lavik styrer butikken frå mobiltelefonen.",
            "lavik",
        ),
    ],
)
def test_a_name_run_into_the_word_after_it_is_the_name(text: str, person: str) -> None:
    commands = [topic.command for topic in topics_of(parse_text(text))]
    assert person in commands or f"hege_marie_{person}" in commands, commands
    assert "lavik_lavik" not in commands, commands


@pytest.mark.parametrize(
    ("text", "language", "noise"),
    [
        (
            "Mann pågrepet etter skudd\n\nPolitiet rykket ut med flere patruljer natt til"
            " lørdag. Politiet fikk melding om skudd klokken tre. Politiet pågrep en mann i"
            " 30-årene, opplyser politiet.",
            "nb",
            "politi",
        ),
        (
            "Skulen blir ståande\n\nKommunestyret gjorde torsdag vedtak om å halde fram"
            " drifta. Elevane jubla då vedtaket kom. Vedtaket var samrøystes.",
            "nn",
            "vedtak",
        ),
    ],
)
def test_the_police_and_what_any_council_decides_are_no_norwegian_topic(
    text: str, language: str, noise: str
) -> None:
    assert noise not in _commands(text, language)


def test_a_people_by_its_nation_is_no_topic() -> None:
    # («russerne»: the dictionary's lemma is «russ», which a reader reads as a school's
    # leavers or a piece of «Russland»)
    text = (
        "I minst tre år skal journalisten Kari Lie ha Russland som sitt nye hjem når hun tar"
        " over etter Per Ås.\n\n"
        "Hun har vært korrespondent i landet én gang før, og gleder seg til å komme tilbake.\n\n"
        "Viktig rolle\n\n"
        "Hun tror det er viktig å være på plass i Moskva nå.\n\n"
        "– Det er for å høre hva russerne tenker. Det er få som uttaler seg til oss, så det er"
        " viktig å snakke med russerne, sier hun.\n\n"
        "– Og det er viktig å følge med i russiske medier for å vite hva russerne får vite og"
        " ikke vite."
    )
    commands = [t.command for t in topics_of(parse_text(text))]
    assert "russland" in commands
    assert not {"russ", "russer"} & set(commands)


@pytest.mark.parametrize(
    ("text", "wanted", "glued"),
    [
        (  # a party's word in front of the name
            "Democrats pick up governorships\n\nDemocrats won the governor's race in Vermont,"
            " where Democrat Mary Lund had opened a large lead over Secretary of State Tom Berg."
            "\n\nLund, 52, thanked her voters. Lund will take office in January.",
            "mary_lund",
            "democrat_mary_lund",
        ),
        (  # a people's word
            "Cole wins again\n\nAthletics: American Jessie Cole defended her 200 metres world"
            " title in style today, winning gold by half a second.\n\nCole said she was happy."
            " Cole ran the fastest time of the year.",
            "jessie_cole",
            "american_jessie_cole",
        ),
        (  # a rank, abbreviated
            "Troops visited\n\nLt Gen Ralph Moore visited the troops in Estonia on Monday."
            " Lt Gen Moore met soldiers from the Royal Welsh.\n\nLt Gen Moore said the exercise"
            " had gone well.",
            "ralph_moore",
            "lt_gen_moore",
        ),
    ],
)
def test_a_party_people_or_rank_is_no_part_of_a_persons_topic(
    text: str, wanted: str, glued: str
) -> None:
    commands = _commands(text, "en")
    assert glued not in commands
    assert wanted in commands


def test_a_trade_written_as_a_title_is_no_part_of_a_persons_topic() -> None:
    text = (
        "Tom Hale rape trial: Broadcaster not giving evidence\n\nTom Hale Image copyright"
        " AFP/KARI LUND/Getty Images\n\nImage caption Tom Hale denies 20 charges of rape and"
        " indecent assault\n\nBroadcaster Tom Hale will not give evidence from the witness box"
        " in his own defence, a jury has been told.\n\nMr Hale is on trial at Lakeview Crown"
        " Court for 20 historical charges against two girls.\n\nHis lawyer told the jury that"
        " Mr Hale would not be called. The judge said the jury must not hold that against"
        " him.\n\nMr Hale, 83, denies all the charges. The trial continues."
    )
    assert [t.command for t in digest_article(parse_text(text)).topics][:1] == ["tom_hale"]


def test_a_persons_side_or_honorific_goes_only_before_a_name() -> None:
    from bot.core.topic_labels import as_named, without_role

    assert without_role("Democrat Laura Kelly") == "Laura Kelly"
    assert without_role("Rødt Kari Kristjánsson") == "Kari Kristjánsson"  # (a Norwegian party)
    assert without_role("Rødt Kors") == "Rødt Kors"  # (no name after it)
    assert without_role("Brian Paul Kemp") == "Brian Paul Kemp"  # (a given name, not a side)
    assert without_role("Mr Hall") == "Hall"
    assert without_role("CEO Tim Cook") == "Tim Cook"  # (a firm's post)
    assert without_role("King Street") == "King Street"  # (a rank before one word: a street)
    text = "Stuart Hall will not give evidence. Mr Hall is on trial. Mr Hall denies it."
    assert as_named("Mr Hall", text, "en") == "Stuart Hall"  # (by the name the story gives)


def test_a_word_the_story_writes_as_a_surname_is_the_persons_topic_not_anothers_given_name() -> (
    None
):
    text = (
        "Jazz pianist dies at 67\n\nLAKEVIEW (AP) — A representative says Grammy-winning jazz"
        " keyboardist and producer George Duke has died. He was 67.\n\nThe representative said"
        " Duke died on Monday in Los Angeles. Duke appeared on many albums over forty years and"
        " played in several bands.\n\nDuke began taking piano lessons when he was 4 years old,"
        " after seeing Duke Ellington perform."
    )
    commands = [t.command for t in digest_article(parse_text(text)).topics]
    assert "george_duke" in commands and "duke_ellington" not in commands
    from bot.core.topic_labels import a_surname

    assert not a_surname("Kursk", "Fylket ligger ved grensen til Ukraina Byen Kursk er byen.")
    assert not a_surname("Kåre", "Vi kastet Kåre ut av laget, sa Kåre Ingebrigtsen.")


@pytest.mark.parametrize(
    ("office", "glued"),
    [
        ("Magistrate", "magistrate_faith_mcgusty"),
        ("Senior Editor", "editor_faith_mcgusty"),
        ("Cr", "cr_faith_mcgusty"),  # (an Australian councillor)
        ("Rabbi", "rabbi_faith_mcgusty"),
    ],
)
def test_an_office_written_as_a_title_is_no_part_of_a_persons_topic(
    office: str, glued: str
) -> None:
    text = (
        "Bail refused for factory worker\n\nA factory worker accused of a stabbing in the town"
        f" centre was refused bail on Wednesday.\n\n{office} Faith McGusty said the case was"
        " too serious for the court to deal with, and sent it to the crown court.\n\nThe man,"
        " 46, will appear there on March 7. McGusty remanded him in custody until then."
    )
    commands = _commands(text, "en")
    assert glued not in commands
    assert "faith_mcgusty" in commands


@pytest.mark.parametrize("place", ["Columbus", "Minneapolis"])
def test_an_english_name_in_s_before_an_institution_is_no_genitive(place: str) -> None:
    # (English writes its genitive with an apostrophe: «Columbus Police Department» is one
    # name, not «Police Department» owned by a «Columbu»)
    text = (
        f"Council news\n\nThe {place} Police Department said on Monday that the plan would go"
        f" ahead.\n\nThe {place} Police Department has met twice this year. The {place} Police"
        " Department will meet again in May."
    )
    commands = _commands(text, "en")
    assert f"{place.lower()}_police_department" in commands
    assert "police_department" not in commands


def test_a_norwegian_trade_written_as_a_title_is_no_part_of_a_persons_topic() -> None:
    text = (
        "Fant plast i magen til hvalen\n\nEn død nebbhval ble funnet i fjæra ved Sotra i helgen,"
        " og nå er magen undersøkt.\n\nFiskeribiolog Nils-Roar Hareide har gått gjennom"
        " magesekken, og forteller at han fant plast. Hareide sier at hvalen trolig døde av"
        " sult.\n\nSjeføkonom Kari Vold i banken sier funnet er trist."
    )
    commands = _commands(text, "nb")
    assert "fiskeribiolog_nils_roar_hareide" not in commands
    assert "nils_roar_hareide" in commands


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Earth is on track for 3 degrees Celsius of warming, and humanity needs to make deep"
            " emission cuts this decade to have a chance of meeting the goals of the climate"
            " agreement, a report said on Monday.\n\nThe findings come amid record global"
            " temperatures and as the amount of warming pollution in the air reaches new heights.",
            "celsius",
        ),
        (
            "Førre veke regna det fleire terawattimar (TWh) ned i vasskraftmagasina våre."
            " Fyllingsgraden auka med 4 prosentpoeng til nærmare 70 prosent, mens normalen for"
            " årstida ligg rundt 85 prosent.\n\n– Dette hjelper godt på kraftproduksjonen i"
            " Noreg, som består av 96 prosent vasskraft, seier rådgivar Lars Ragnar Solberg.",
            "twh",
        ),
    ],
)
def test_a_unit_of_heat_or_energy_is_no_topic(text: str, unit: str) -> None:
    assert unit not in [t.command for t in digest_article(parse_text(text)).topics]


def test_a_municipality_named_with_og_is_one_topic() -> None:
    text = (
        "Ein mann vart stukken med kniv i Nore og Uvdal fredag kveld. Politiet i Nore og"
        " Uvdal pågreip ein mann i 20-åra.\n\nMannen vart laurdag framstilt for fengsling i"
        " tingretten.\n\nFolk i Nore og Uvdal er sjokkerte over knivstikkinga."
    )
    found = _commands(text, "nn")
    assert "nore_og_uvdal" in found
    assert not found & {"nore", "uvdal"}


@pytest.mark.parametrize(
    ("label", "person"),
    [
        ("Vålerengas Andrine Tomter", "Andrine Tomter"),
        ("Prodekan Roger Midtstraum", "Roger Midtstraum"),
        ("Foreman Anthony Walker", "Anthony Walker"),
        ("Opposition Mallikarjun Kharge", "Mallikarjun Kharge"),
        ("Andreas Wahl Hansen", "Andreas Wahl Hansen"),  # (a given name in -s stays)
    ],
)
def test_a_clubs_genitive_or_an_office_is_no_part_of_a_persons_label(
    label: str, person: str
) -> None:
    from bot.core.topic_labels import without_role

    assert without_role(label) == person


def test_a_word_as_common_as_every_storys_is_no_topic_unless_the_title_names_it() -> None:
    from pathlib import Path

    sample = Path(__file__).parent.parent / "bench" / "reader" / "structure-nn-numbered.txt"
    commands = {t.command for t in topics_of(parse_text(sample.read_text(encoding="utf-8")))}
    assert "skulereform" in commands
    assert "skule" not in commands  # (as common as «skule» is, every story's word)
    # (the title naming it, it stays: /kommune under «Kommunen satser på vind», above)


def test_a_plain_word_of_every_storys_frequency_is_no_topic_and_alone_the_rarest_stays() -> None:
    # «plan» (Zipf 4.9), «forslag» (5.0): readers called 27 of 30 such topics noise. By
    # the word's weight: (6.5 - Zipf) / 2.
    from types import SimpleNamespace
    from typing import Any

    from bot.core.topic_choice import plain_noise
    from bot.core.word_rarity import zipf

    words = {"plan": "plan", "forslag": "forslag", "parkering": "parkering"}
    section: Any = SimpleNamespace(carriers={key: [key] for key in words}, heads=lambda _: 0)
    other: Any = SimpleNamespace(carriers={}, heads=lambda _: 0)

    def weight(key: str, _: object) -> float:
        return min(1.5, max(0.4, (6.5 - zipf(words[key], "nb")) / 2))

    def said_alone(_: str) -> int:
        return 1

    keys = list(words)
    # (in a story without names; beside names, too_common drops them as well)
    assert plain_noise(keys, [section, other], weight, [], said_alone, False) == {
        "plan",
        "forslag",
    }
    # (a story of such words alone keeps one, the rarest, to ask for; not all of them)
    plain = ["plan", "forslag"]
    assert plain_noise(plain, [section, other], weight, [], said_alone, False) == {"forslag"}


def test_a_plain_word_a_titles_compound_opens_on_and_the_story_is_made_of_stays() -> None:
    # «strøm» (Zipf 4.6) under «Strømprisen stiger …», in «strømprisen», «strømregningen»,
    # «strømstøtten»: the story's theme, though as common as every story's words.
    text = (
        "Strømprisen stiger før vinteren\n\n"
        "Kraftselskapene varsler at strømprisen blir høyere i vinter. Strømprisen i Sør-Norge"
        " ventes å bli dobbelt så høy som i fjor. Mange husholdninger gruer seg til"
        " strømregningen.\n\n"
        "Slik sparer du strøm\n\n"
        "Husholdninger kan spare strøm ved å senke innetemperaturen om natta. Strømstøtten"
        " dekker en del av strømregningen. Rådet er å bruke mindre strøm om kvelden."
    )
    commands = {t.command for t in topics_of(parse_text(text))}
    assert "strom" in commands, commands


def test_a_persons_country_after_of_is_no_part_of_the_topic() -> None:
    """«Kari Lund Berg of Norway won …»: the wire says whose she is; the topic is the person
    (not «Bank of England»: one word before «of», a body's name)."""
    text = (
        "Berg wins pursuit in Oberhof\n\n"
        "OBERHOF, Germany (AP) — Kari Lund Berg of Norway won the women's pursuit at a World"
        " Cup meet on Saturday, her second win in two days.\n\n"
        "Lund Berg of Norway missed one target but held off the chasing group. Kari Lund Berg"
        " now leads the overall standings.\n\n"
        "The Bank of England said nothing; the Bank of England rarely does."
    )
    commands = commands_of(text)
    assert not any("of_norway" in c for c in commands), commands
    assert any(c.endswith("lund_berg") for c in commands), commands


def test_a_compounds_first_part_before_og_is_no_topic() -> None:
    """«Barne- og ungdomspsykiatrisk poliklinikk»: «barne» is half a word (and a print page
    sets a long dash for its hyphen: «Barne— og …»)."""
    text = (
        "Køen ved BUP på Voss veks\n\n"
        "Dette er situasjonen ved Barne— og ungdomspsykiatrisk poliklinikk (BUP) på Voss:"
        " ventetida er gått opp frå tolv til atten veker.\n\n"
        "Dei yngste som treng hjelp må fangast opp av barne- og ungdomspsykiatrien. Men BUP på"
        " Voss har ikkje kontor nok, og påbygget er ikkje bygt. Barne- og ungdomspsykiatrien"
        " har venteliste, seier leiaren."
    )
    commands = commands_of(text)
    assert "barne" not in commands, commands
    assert "bup" in commands or "voss" in commands, commands


def test_a_common_compounds_first_part_before_og_still_counts() -> None:
    text = (
        "Kirkemøtet vedtok ny liturgi for vigsel\n\n"
        "Kirkemøtet vedtok torsdag en ny liturgi for vigsel av likekjønnede par. Vigsel av"
        " likekjønnede par kan skje fra februar.\n\n"
        "Et mindretall ønsker ikke vigsel av likekjønnede par. De nye vigsels- og"
        " forbønnsliturgiene kommer i tillegg til de gamle, og prestene kan velge selv."
    )
    assert "vigsel" in commands_of(text), commands_of(text)
