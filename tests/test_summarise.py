"""Bullets a reader can trust: short, clean, in the article's own words, a few a section."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.analysis import analyse
from bot.core.digest import digest_article, digest_of
from bot.core.model import Article, Digest
from bot.core.named_before import indefinite
from bot.core.parse import guess_kind, parse_document, parse_text
from bot.core.summarise import bullets_wanted, clean_sentence, shorten
from tests.fixtures.core_invariants import bullet_problems, digest_problems, is_faithful

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [
    "seed_nato.txt",
    "core_nynorsk.txt",
    "core_english.txt",
    "core_markdown.md",
    "core_page.html",
    "core_anatomi.txt",
    "core_abbreviations.txt",
]


def read(name: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return parse_document(text, kind=guess_kind(name, text), source=name)


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {name: read(name) for name in SAMPLES}


@pytest.fixture(scope="module")
def seed_digest(articles: dict[str, Article]) -> Digest:
    return digest_article(articles["seed_nato.txt"])


def words(digest: Digest) -> int:
    return sum(len(b.split()) for s in digest.sections for b in s.bullets)


# Every sample, every budget.


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("max_words", [None, 15, 40, 90])
def test_every_digest_keeps_the_bullet_promises(
    articles: dict[str, Article], name: str, max_words: int | None
) -> None:
    analysis = analyse(articles[name])
    digest = digest_of(analysis, max_words=max_words)
    assert digest.sections, "a digest says something"
    assert digest_problems(digest, analysis) == []
    if max_words is not None:
        assert words(digest) <= max_words


@pytest.mark.parametrize("name", SAMPLES)
def test_a_section_gets_one_to_three_bullets_unless_it_is_long(
    articles: dict[str, Article], name: str
) -> None:
    analysis = analyse(articles[name])
    digest = digest_of(analysis)
    by_heading = {s.heading: s for s in analysis.sections}
    for section in digest.sections:
        source = by_heading[section.heading]
        n_words = sum(s.n_words for s in source.sentences)
        limit = 3 if n_words <= 400 else 6
        assert 1 <= len(section.bullets) <= limit


def test_a_digest_is_the_same_every_time(articles: dict[str, Article]) -> None:
    for article in articles.values():
        assert digest_article(article) == digest_article(article)
        assert digest_article(article, max_words=30) == digest_article(article, max_words=30)


# The seed, as a Norwegian reader sees it.


def test_the_seed_digest_has_its_three_sections(seed_digest: Digest) -> None:
    assert [s.heading for s in seed_digest.sections] == [
        None,
        "Stoltenberg: Vi tar atomtrusselen på alvor",
        "Nato-sjefen om russisk atomøvelse: Vi overvåker nøye",
    ]
    assert seed_digest.date == "2022-10"
    assert seed_digest.language == "nb"


def test_the_lead_bullet_drops_the_dash_and_the_press_conference(seed_digest: Digest) -> None:
    first = seed_digest.sections[0].bullets[0]
    assert first == (
        "«I går kveld ble Ukrainas forsvarsminister Oleksij Reznikov med oss og ga en "
        "oppdatering på situasjonen på slagmarken», sa Jens Stoltenberg."
    )


def test_the_nuclear_section_says_nato_takes_the_threat_seriously(seed_digest: Digest) -> None:
    bullets = seed_digest.sections[1].bullets
    assert bullets[0].startswith("Jens Stoltenberg sier Nato tar Russlands gjentatte atomtrusler")
    assert any("atomvåpen" in b and "konsekvenser" in b for b in bullets)


def test_no_seed_bullet_starts_with_a_quote_dash(seed_digest: Digest) -> None:
    bullets = [b for s in seed_digest.sections for b in s.bullets]
    assert bullets and not any(b.startswith(("–", "-")) for b in bullets)


# --max-words.


@pytest.mark.parametrize("max_words", [4, 10, 20, 25, 45, 60, 200])
def test_max_words_caps_the_digest_and_keeps_the_lead_first(
    articles: dict[str, Article], max_words: int
) -> None:
    analysis = analyse(articles["seed_nato.txt"])
    digest = digest_of(analysis, max_words=max_words)
    assert words(digest) <= max_words
    assert digest_problems(digest, analysis) == []
    # The lead is a quote: it fits with its speaker (22 words) from 25 words on.
    if max_words >= 25:
        assert digest.sections[0].heading is None
        assert digest.sections[0].bullets[0].startswith("«I går kveld ble Ukrainas")


def test_a_tight_budget_keeps_one_bullet_a_section_before_seconds(
    articles: dict[str, Article],
) -> None:
    digest = digest_article(articles["seed_nato.txt"], max_words=60)
    assert [len(s.bullets) for s in digest.sections] == [1, 1, 1]


def test_topic_indexes_follow_sections_dropped_by_a_budget(articles: dict[str, Article]) -> None:
    digest = digest_article(articles["seed_nato.txt"], max_words=20)
    assert len(digest.sections) < len(articles["seed_nato.txt"].sections)  # one was dropped
    for topic in digest.topics:
        assert topic.sections and all(0 <= i < len(digest.sections) for i in topic.sections)
        assert any(topic.command in digest.sections[i].topics for i in topic.sections)


# The pieces.


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "– Ukraina har framgang og presser de russiske invasjonsstyrkene tilbake i øst "
            "og i sør, fortsatte Stoltenberg.",
            "Ukraina har framgang og presser de russiske invasjonsstyrkene tilbake i øst "
            "og i sør, fortsatte Stoltenberg.",
        ),
        # a quote the sentence leaves open is closed at its end
        ("– han sier «Vi er klare nå", "Han sier «Vi er klare nå.»"),
        ('Han kalte det "en seier.', "Han kalte det en seier."),
        ("Prisen stiger (foreløpig)", "Prisen stiger (foreløpig)."),
        ("Prisen stiger (se grafen)", "Prisen stiger."),  # a pointer to the page goes
        ("Kommer de?", "Kommer de?"),
        ("Det sa «Steadfast Noon»", "Det sa «Steadfast Noon»"),
        # the paper the words were said to goes, the speaker's role stays
        (
            "– Vegen er open att, seier Kari Lid, trafikkoperatør i Vegvesenet til NRK.",
            "Vegen er open att, seier Kari Lid, trafikkoperatør i Vegvesenet.",
        ),
        (
            "– Det kunne tatt fyr, sier Ola Moe i Salten brannvesen til NTB.",
            "Det kunne tatt fyr, sier Ola Moe i Salten brannvesen.",
        ),
        (
            "– Det overrasket meg ikke, sier rektor Ola Moe ved Haugen skole til BT.",
            "Det overrasket meg ikke, sier rektor Ola Moe ved Haugen skole.",
        ),
        ("– Vi er glade, sier Kari Ås til NRK torsdag.", "Vi er glade, sier Kari Ås."),
    ],
)
def test_a_sentence_becomes_a_clean_bullet(sentence: str, bullet: str) -> None:
    assert clean_sentence(sentence) == bullet
    assert bullet_problems(bullet) == []


def test_a_long_sentence_is_cut_at_a_clause_break() -> None:
    sentence = (
        "Han har tidligere avvist at det er aktuelt å avlyse øvelsen som Nato har planlagt, "
        "døpt «Steadfast Noon», for å unngå at de to øvelsene skal foregå samtidig i den "
        "spente situasjonen som Europa er i."
    )
    bullet = shorten(sentence, 30)
    assert bullet is not None
    assert len(bullet.split()) <= 30
    assert bullet_problems(bullet) == []
    assert sentence.startswith(bullet[:-1])


@pytest.mark.parametrize(
    "sentence",
    [
        # a list: no cut between its items
        "De to amerikanske journalistene Euna Lee (36), Laura Ling (32), Mary Smith (40), "
        "John Doe (29), Ann Lee (41) og Per Hansen (50) ble arrestert ved grensen i mars.",
        # inside a dash's aside: the verb comes after it closes
        "Blackpool – with new head coach Ian Evatt at the helm after he replaced Steve Bruce, "
        "who was sacked earlier in October – took the lead when a saved shot hit the defender.",
        # a score: its sets are one item
        "Ruud slo Paul i tre strake sett 6-4, 7-6, 6-1 i tredje runde av French Open i Paris "
        "lørdag ettermiddag.",
        # a subordinate clause alone
        "Da Regjeringen gikk i gradvis indre oppløsning etter den nye valgseieren i 1969, "
        "var det fordi de politiske motsetningene mellom partiene ble for store til slutt.",
        # half a pair
        "Høyre fikk panikk da bildet av Erna Solberg sammen med Dagfinn Høybråten og Odd "
        "Einar Dørum ble kjent for alle velgerne over hele landet i den siste uka.",
    ],
)
def test_a_cut_never_leaves_a_dangling_fragment(sentence: str) -> None:
    assert shorten(sentence, 14) is None


def test_a_fragment_without_a_final_stop_is_no_bullet() -> None:
    analysis = analyse(
        parse_text("Bilde: Jens Stoltenberg på pressekonferansen\n\nEn setning her.")
    )
    assert all(not b.startswith("Bilde") for s in digest_of(analysis).sections for b in s.bullets)


def test_a_count_standfirst_without_a_verb_is_no_bullet() -> None:
    text = (
        "Kommunen får rekordmange varsler om mobbing\n\n"
        "41 varsler om mobbing ved skolene i Bøvik så langt i skoleåret.\n\n"
        "Kommunen har fått langt flere varsler enn i fjor, sier kommunalsjef Kari Lund. "
        "Hun mener skolene må følge opp hver sak raskere. "
        "Foreldre i bygda har bedt om et møte med rektorene før jul."
    )
    bullets = [b for s in digest_of(analyse(parse_text(text))).sections for b in s.bullets]
    assert bullets and not any(b.startswith("41 varsler") for b in bullets)
    assert any("Kari Lund" in b or "flere varsler" in b for b in bullets)


@pytest.mark.parametrize(
    ("n_sentences", "n_words", "wanted"),
    [(1, 30, 1), (2, 100, 1), (4, 50, 1), (4, 100, 2), (8, 300, 3), (20, 900, 5), (60, 3000, 6)],
)
def test_long_sections_get_more_bullets(n_sentences: int, n_words: int, wanted: int) -> None:
    assert bullets_wanted(n_sentences, n_words) == wanted


def test_a_bullet_made_up_of_other_words_is_not_faithful(articles: dict[str, Article]) -> None:
    analysis = analyse(articles["seed_nato.txt"])
    assert is_faithful("Nato tar Russlands gjentatte atomtrusler på alvor.", analysis) is False
    assert is_faithful("Ukraina har framgang.", analysis) is True


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The council said on Monday that a driver stopped after a crash into the gates of "
            "the old harbour, the oldest part of the town centre, had been charged with "
            "driving without a licence.",
            "en",
        ),
        (
            "Politiet opplyste tirsdag at mannen som ble stanset etter ulykken ved fergekaia, "
            "en kjent mann i bygda, hadde kjørt uten førerkort i flere år.",
            "nb",
        ),
    ],
)
def test_a_cut_never_parts_a_subject_from_its_verb(sentence: str, language: str) -> None:
    """Cut after the apposition, the clause the main verb announces has lost its verb."""
    from bot.core.clauses import clause_checker

    bullet = shorten(sentence, 22, clause_checker(language))
    assert bullet is None or "charged" in bullet or "kjørt" in bullet


def test_a_part_under_a_crosshead_gives_its_facts_before_its_scene() -> None:
    # The lead keeps the news first by its place; a part under a crosshead may open on its
    # scene, and the sentence with the result, the number or the name is its bullet.
    from bot.core.analysis import analyse
    from bot.core.digest import digest_of
    from bot.core.parse import parse_text

    text = (
        "Noreg til semifinale\n\nNoreg slo Ungarn 30–25 i kvartfinalen i EM i handball"
        " onsdag og er klar for semifinale på fredag.\n\nResten av gruppa\n\nStemninga i"
        " hallen var elektrisk heile kvelden lang i den gamle hallen. Serbia slo Sør-Korea"
        " 36–33, medan Tyskland vann 25–23 over Nederland. Folk dansa på tribunen etterpå."
    )
    digest = digest_of(analyse(parse_text(text, language="nn")))
    part = next(s for s in digest.sections if s.heading == "Resten av gruppa")
    assert part.bullets[0].startswith("Serbia slo Sør-Korea 36–33")


def test_a_noun_for_a_firm_named_in_a_sentence_left_out_is_no_bullet() -> None:
    # «Selskapet» after a bullet on another firm: the reader takes it for that one.
    text = (
        "Børsen faller\n\nHovedindeksen på Oslo Børs falt nesten én prosent torsdag etter en"
        " rekke kvartalsrapporter.\n\nLegemiddelselskapet Arcticzymes raser 25 prosent i tidlig"
        " handel etter at det la fram kvartalsrapporten.\n\nPanteselskapet Tomra stiger over to"
        " prosent. Selskapet leverte langt bedre enn ventet og økte inntektene kraftig i tredje"
        " kvartal.\n\nSeismikkselskapet PGS er opp én prosent. Selskapet tapte likevel nye 264"
        " millioner kroner i tredje kvartal, viser rapporten."
    )
    digest = digest_of(analyse(parse_text(text)))
    bullets = [b for s in digest.sections for b in s.bullets]
    for i, bullet in enumerate(bullets):
        if bullet.startswith("Selskapet"):
            firm = "Tomra" if "inntektene" in bullet else "PGS"
            assert firm in bullets[i - 1], bullets


def test_a_noun_the_lead_named_keeps_its_article_under_a_crosshead() -> None:
    # «Mannen ble hentet …» under a crosshead, after the lead's «en 34 år gammel mann»: the
    # same man, not «En mann», which reads as another
    text = (
        "Siktet for gullsmedranet\n\nNå er en 34 år gammel mann fra Litauen pågrepet og siktet"
        " for ranet av Gullhjørnet i Trysil. Butikken ble ranet av to maskerte menn i mars i"
        " fjor.\n\nHentet i København\n\nMannen ble hentet av norsk politi i København"
        " mandag og blir fremstilt for varetektsfengsling i Sør-Østerdal tingrett i dag."
        " Politiet vil begjære fire ukers fengsling."
    )
    digest = digest_of(analyse(parse_text(text)))
    part = next(s for s in digest.sections if s.heading == "Hentet i København")
    assert part.bullets[0].startswith("Mannen ble hentet av norsk politi"), part.bullets


_MATCH = """Sogndal snudde 0-1 til 2-1

Sogndal held fram å imponere i serien. Heimelaget slo Molde 2-1 laurdag, etter å ha \
lege under 0-1 i over 50 minutt. Det var tredje sigeren på rad for laget.

Over 3000 tilskodarar var på plass på Fosshaugane i Sogndal, og stemninga var god heile \
kvelden. \
Laget ligg no på fjerdeplass i serien, to poeng bak Brann, før kampen mot Vålerenga.

La om planane

Etter pause kom Sogndal sterkare i gang, og trenaren var nøgd med laget sitt.

Ulrik Flo sette inn sigersmålet på eit innlegg frå Eirik Skaasheim tre minutt seinare.

Molde tok føringa

Molde var det førande laget før kvilen, og gjestene tok føringa på eit hjørnespark.

Martin Linnes sette ballen i eige mål etter ein time, og då snudde kampen.
"""


def test_the_leads_result_after_its_scene_comes_before_a_crossheads_best() -> None:
    digest = digest_article(parse_text(_MATCH), max_words=45)
    lead = digest.sections[0].bullets
    assert lead[0] == "Sogndal held fram å imponere i serien."
    assert any(b.startswith("Heimelaget slo Molde 2-1") for b in lead), lead
    # (and each other section still gets its best, or as many as the budget allows)
    assert len(digest.sections) >= 2


def test_a_papers_scoop_line_is_the_lead_after_its_scene() -> None:
    text = (
        "Massedød i merdene\n\nNorsk laks markedsføres som prima vare fra rene fjorder."
        " Den selges for hundrevis av kroner kiloen i butikken.\n\nOppdrettsfisken er en av"
        " landets mest verdifulle eksportvarer.\n\nAvisa kan nå avdekke at det i høst har vært"
        " massedød av laks på flere anlegg langs kysten av Trøndelag.\n\nSelskapet bekrefter"
        " at unormalt mange laks har dødd på anleggene i høst."
    )
    digest = digest_article(parse_text(text), max_words=40)
    assert digest.sections[0].bullets[0].startswith("Avisa kan nå avdekke at det i høst")


def test_a_bullet_on_what_the_sentence_before_told_needs_that_sentence() -> None:
    text = (
        "Dømt for vold på fest\n\nEn 40-åring er dømt til tretti dagers fengsel for å ha slått"
        " ned en annen mann på en fest.\n\nIfølge tiltalen skal mannen ha slått offeret flere"
        " ganger i hodet med knyttneven mens han lå på bakken foran huset, før vennene hans dro"
        " ham vekk og ringte etter både politi og ambulanse.\n\nResultatet var et sår i"
        " tinningen som måtte sys med fem sting på Haukeland.\n\nRetten la vekt på at volden"
        " var grov og at den skjedde uten noen grunn."
    )
    sections = digest_article(parse_text(text), max_words=40).sections
    bullets = [b for s in sections for b in s.bullets]
    for at, bullet in enumerate(bullets):
        if bullet.startswith("Resultatet"):
            assert at > 0 and bullets[at - 1].startswith("Ifølge tiltalen"), bullets


@pytest.mark.parametrize(
    ("text", "opening", "told"),
    [
        (
            "Nytt bygg ved skolen i Lunde\n\nKommunestyret i Nome vedtok torsdag å bygge en ny"
            " gymsal ved Lunde skole, etter flere år med klager fra foreldre og elever.\n\n"
            "Bygget skal stå ferdig høsten 2027 og koste 80 millioner kroner.\n\n"
            "Anken\n\nEn nabo har klaget på reguleringsplanen fordi han mener den nye gymsalen"
            " vil skygge for hagen hans og gi mer trafikk i det smale boligfeltet om kveldene.\n\n"
            "Saken skal behandles av Statsforvalteren i Vestfold og Telemark i løpet av våren."
            "\n\nRådmannen tror ikke klagen vil stanse byggingen av gymsalen ved Lunde skole.",
            "Saken",
            "En nabo har klaget",
        ),
        (  # the background to what the sentence before told
            "Ber folk spare på straumen\n\nNVE publiserte onsdag den ferske statistikken over"
            " fyllingsgraden i vassmagasina i Sør-Noreg.\n\nOlje- og energiministeren ber alle"
            " husstandar spare på straumen gjennom hausten og vinteren, og vil ha meir"
            " informasjon ut til folk i heile landet.\n\nBakgrunnen er den rekordlave fyllinga"
            " i magasina på Sør-Vestlandet.\n\nFyllingsgraden var i førre veke på 67,4 prosent.",
            "Bakgrunnen",
            "Olje- og energiministeren",
        ),
    ],
)
def test_a_bullet_on_the_case_needs_the_sentence_that_told_of_it(
    text: str, opening: str, told: str
) -> None:
    for max_words in (30, 40, 50, 60, 90):
        sections = digest_article(parse_text(text), max_words=max_words).sections
        bullets = [b for s in sections for b in s.bullets]
        for at, bullet in enumerate(bullets):
            if bullet.startswith(opening):
                assert at > 0 and bullets[at - 1].startswith(told), bullets


def test_a_bullet_on_the_film_needs_the_film_named_before_it() -> None:
    text = (
        "Regissør på besøk i Trondheim\n\nCinemateket i Trondheim får besøk av den danske"
        " regissøren Joachim Trier fredag, som skal møte publikum etter visningen.\n\n"
        "Fredag viser kinoen «Louder Than Bombs», som Trier laget i New York for tre år"
        " siden med et stort internasjonalt mannskap og mange kjente navn.\n\n"
        "Filmen er Triers første engelskspråklige spillefilm og har kjente skuespillere.\n\n"
        "Cinemateket vil få flere regissører til byen, men mangler tid og penger."
    )
    for max_words in (30, 45, 60):
        sections = digest_article(parse_text(text), max_words=max_words).sections
        bullets = [b for s in sections for b in s.bullets]
        for at, bullet in enumerate(bullets):
            if bullet.startswith("Filmen"):
                assert any("film" in b.lower() or "Louder" in b for b in bullets[:at]), bullets


def test_an_altsa_as_said_is_dropped_not_a_reason_to_leave_the_news_out() -> None:
    text = (
        "Kaldt vær gir dyrere strøm\n\nSol og lite vind er fint for turen. Prisen får du på"
        " strømregningen.\n\n– Det blir dyrere enn det har vært, for med kjøligere vær kommer"
        " forbruket, og det er lite vind i hele Nord-Europa, sier analytiker Tor Lien.\n\n"
        "Neste uke er det altså varslet høyere strømpriser i hele landet som følge av kulda."
        "\n\nMeteorologen venter nordavind og kald luft i Sør-Norge i flere dager."
    )
    for max_words in (30, 60):
        sections = digest_article(parse_text(text), max_words=max_words).sections
        bullets = [b for s in sections for b in s.bullets]
        news = "Neste uke er det varslet høyere strømpriser i hele landet som følge av kulda."
        assert news in bullets, bullets


def test_the_news_now_leads_over_what_happened_before_and_a_short_cry() -> None:
    text = (
        "Frifunnet i lagmannsretten\n\n– En gledens dag, sier forsvareren.\n\nEn mann i"
        " 40-årene fikk i oktober i fjor en dom på tre års fengsel i Sogn tingrett for vold"
        " mot samboeren.\n\nNå har Gulating lagmannsrett frikjent mannen på alle punkter, og"
        " han slipper å betale erstatning.\n\nBevisene holdt ikke\n\n– Jeg har hele tiden ment"
        " at bevisene ikke holdt, sier mannens advokat Robert Fonn."
    )
    lead = digest_article(parse_text(text), max_words=60).sections[0].bullets
    assert lead[0].startswith("Nå har Gulating lagmannsrett frikjent mannen"), lead


@pytest.mark.parametrize(
    ("text", "result"),
    [
        (
            "Brann - Rosenborg 2-2 (2-1)\n\nEit Brann i desperat poengjakt trengte poeng då"
            " Rosenborg kom til Bergen laurdag kveld.\n\nBrann var i føringa til pause, men to"
            " mål i første omgang heldt ikkje til tre poeng for bergensarane.\n\nCarlo Holse"
            " ville sette ein demper på festkvelden. Tidleg i andre omgang utlikna dansken, og"
            " det kom ingen fleire mål i kampen. Dermed endar det 2-2.\n\nSnudde kampen\n\n"
            "Drøye kvarteret ut i kampen førte Emil Ceide bortelaget opp i leiinga. Ceide sto"
            " heilt umarkert på bakarste stolpe og kunne enkelt sette ballen i mål.",
            "Dermed endar det 2-2.",
        ),
        (  # no score in the title: the sentence that says how the match ended
            "Hjemmelaget kom tilbake etter en uvanlig straffe\n\nStrømsgodset kjemper mot"
            " nedrykk, og hadde håpet på tre poeng mot Rosenborg på hjemmebane.\n\nPå et"
            " tidspunkt så det lyst ut. Rosenborg tok ledelsen, men Strømsgodset snudde kampen"
            " og ledet 2-1 midtveis i andre omgang.\n\nLedelsen varte til det var igjen 20"
            " minutter, da Mike Jensen utlignet på straffe. Rosenborg ledet igjen etter et"
            " selvmål, men på overtid scoret Lars Sætra for hjemmelaget.\n\nDermed endte det"
            " 3-3 i en ellevill kamp på Marienlyst. Sætra er glad for at det ikke endte med tap.",
            "Dermed endte det 3-3 i en ellevill kamp på Marienlyst.",
        ),
        (  # «til slutt»: how it ended, in a final's report
            "Ein stor del av æra for triumfen må Josef Pujol få. Svensken var svært"
            " tonegivande med fleire lekre pasningar og tre mål på tre forsøk for laget.\n\n"
            "Fire spelarar skåra seks mål kvar for Elverum i kampen. Sist sesong vart det"
            " NM-triumf for Elverum etter ein hårfin siger over Haslum i cupfinalen.\n\n"
            "Til pause stod det 19–15. Kvarteret ut i andre omgang måtte Nærbø ta timeout etter"
            " at Elverum gjekk frå å leie 27–23 til 31–23. Det hjelpte ikkje – Elverum vann til"
            " slutt 37–29.",
            "Elverum vann til slutt 37–29.",
        ),
        (  # a round-up: the lead's own match, its last score, not the others' «endte»
            "Cupen\n\nVoss var det beste laget før pause, men satte ikke sjansene sine. Odda"
            " tok ledelsen 1-0 på hjørnespark i det 59. minutt.\n\nKun to minutter senere var"
            " lagene like langt. Kristian Lie gjorde ingen feil alene med keeper og satte inn"
            " utligningen.\n\nVoss presset på og scoret igjen etter 67 minutter. Odda fikk"
            " sjanser på overtid, men Voss holdt unna. Da de fire tillagte minuttene var"
            " unnagjort, sto det"
            " fortsatt 2-1.\n\nLett for Brann\n\nBrann gjorde kort prosess med Stord. Kampen"
            " endte 4-0 etter to mål før pause.",
            "Da de fire tillagte minuttene var unnagjort, sto det fortsatt 2-1.",
        ),
    ],
)
def test_a_match_reports_result_is_a_bullet(text: str, result: str) -> None:
    bullets = [
        b for s in digest_article(parse_text(text), max_words=60).sections for b in s.bullets
    ]
    assert result in bullets, bullets


def _lead_over_colon(lead: str) -> list[str]:
    text = (
        "Nytt vern for språket\n\n"
        f"{lead}\n\n"
        "– Norsk er hovedspråket i landet, og bokmål og nynorsk er likestilte skriftspråk.\n\n"
        "Alle partiene utenom to står bak forslaget, som skal behandles neste år.\n\n"
        "– Dette er en viktig dag for språket, sier lederen i Språkrådet Kari Holm."
    )
    digest = digest_article(parse_text(text), max_words=90)
    return [bullet for section in digest.sections for bullet in section.bullets]


def test_a_lead_that_tells_its_news_before_a_colon_is_the_first_bullet() -> None:
    bullets = _lead_over_colon("Representanter fra seks partier foreslår en ny paragraf i loven:")
    assert bullets[0] == "Representanter fra seks partier foreslår en ny paragraf i loven."


@pytest.mark.parametrize(
    "lead",
    [
        "Statsråden sa dette til avisen på en pressekonferanse:",
        "Partiene i komiteen vil nå ha gjennomslag for å:",
        "Språkrådet skriver følgende i en pressemelding fredag:",
    ],
)
def test_a_colon_that_only_opens_what_follows_is_no_bullet(lead: str) -> None:
    bullets = _lead_over_colon(lead)
    assert not any(bullet.startswith(lead[:20]) for bullet in bullets), bullets


def test_a_quote_the_page_cuts_off_in_its_speaker_gives_no_bullet() -> None:
    text = (
        "Avisen vant i retten\n\n"
        "Mannen som saksøkte avisen for ærekrenkelser, tapte i tingretten torsdag.\n\n"
        "Han må betale saksomkostninger på til sammen 400.000 kroner.\n\n"
        "– For oss er det gledelig at kilden også ble frifunnet. Det er viktig for pressens"
        " tilgang på kilder, skriver avisens"
    )
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    assert not any("avisens." in bullet or "gledelig" in bullet for bullet in bullets), bullets


def test_a_person_the_story_named_before_by_a_noun_is_introduced_not_left_out() -> None:
    text = (
        "Knivstikking i sentrum\n\n"
        "Politiet rykket tirsdag morgen ut med store styrker etter en knivstikking i sentrum"
        " av byen.\n\n"
        "Det var mange folk ute i gatene da det skjedde, og flere butikker holdt stengt resten"
        " av dagen. Gatene rundt ble sperret i flere timer. Det ble satt opp telt for å skjerme"
        " åstedet. En mann ble etter kort tid pågrepet i en bakgård like ved.\n\n"
        "Siktet for drapsforsøk\n\n"
        "Mannen er nå siktet for drapsforsøk etter knivstikkingen. Han er godt kjent av"
        " politiet fra før."
    )
    digest = digest_article(parse_text(text), max_words=60)
    charged = [s.bullets for s in digest.sections if s.heading == "Siktet for drapsforsøk"]
    assert charged and charged[0][0] == "En mann er nå siktet for drapsforsøk etter knivstikkingen."


def test_a_quotes_words_on_the_man_are_not_retold() -> None:
    text = (
        "Krev erstatning etter frifinning\n\n"
        "Ein 50-åring vart frikjend for overgrep i lagmannsretten i fjor.\n\n"
        "Frikjend\n\n"
        "Han krev no 300.000 kroner i erstatning frå staten. Saka kjem opp i mars.\n\n"
        "Vanskeleg\n\n"
        "Retten har sett av to dagar til saka. Alle vitna skal møte.\n\n"
        "– Mannen fekk det svært vanskeleg etter at skuldingane blei reist mot han, seier"
        " advokaten hans, Kari Lund, til avisa."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=90).sections for b in s.bullets
    ]
    assert not any("Ein mann fekk" in b for b in bullets), bullets


@pytest.mark.parametrize(
    ("text", "language", "retold"),
    [
        ("Kvinna er sikta for drapet.", "nn", "Ei kvinne er sikta for drapet."),
        ("The man was taken to hospital.", "en", "A man was taken to hospital."),
        ("Mannens bil brant.", "nb", None),
        ("Selskapet har gått konkurs.", "nb", None),
        ("Føreren var alene i bilen.", "nb", None),  # (the car's driver, not another one)
        # (a named person's epithet: «Jenta fra Dalsbygda» is Johaug, no girl of her own)
        ("Jenta fra Dalsbygda satte høy fart fra start.", "nb", None),
        ("The man from Leeds scored twice.", "en", None),
    ],
)
def test_only_a_person_named_by_a_noun_is_retold_in_the_indefinite(
    text: str, language: str, retold: str | None
) -> None:
    assert indefinite(text, language) == retold


def test_a_lead_opening_on_the_preposition_i_and_credited_to_a_paper_leads() -> None:
    text = (  # (a page without its headline)
        "I andre tertial måtte pasientane i snitt vente i 60 dagar, skriv P4 om tala. Auken er"
        " på to dagar samanlikna med same periode i fjor.\n\n"
        "I somatisk sektor var ventetida 61 dagar, ein auke på to dagar frå i fjor.\n\n"
        "Det er pasientane i vest som ventar lengst, medan pasientane i midt har kortast ventetid."
    )
    digest = digest_article(parse_text(text), max_words=90)
    assert digest.sections[0].bullets[0].startswith("I andre tertial måtte pasientane")


def test_a_person_the_bullets_before_may_already_tell_of_is_not_introduced_again() -> None:
    text = (
        "Bil kjørte inn i hus\n\n"
        "En bil kjørte av veien og inn i et hus natt til søndag, og pasienten satt fastklemt i"
        " over en time.\n\n"
        "Brannvesenet brukte lang tid på å få pasienten ut av bilen, opplyser politiet.\n\n"
        "Skadet\n\n"
        "Det var ingen personer i huset da ulykken skjedde. Mannen var alene i bilen og ved"
        " bevissthet."
    )
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    assert not any(bullet.startswith("En mann") for bullet in bullets), bullets
    # (one on the road: «A motorist was killed …» over «The man was pronounced dead …» is he)
    text = (
        "Motorist killed in level crossing crash\n\n"
        "A motorist was killed today after a high-speed train hit a car on a level crossing in"
        " Somerset.\n\n"
        "The barriers were lowered at the time of the crash, witnesses said.\n\n"
        "The man was pronounced dead at the scene shortly after the crash at around 6.30am."
    )
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    assert not any(bullet.startswith("A man") for bullet in bullets), bullets


def test_a_person_the_bullet_before_names_with_her_age_is_the_one_the_noun_tells_of() -> None:
    text = (
        "Politiet vurderer hjelp frå Kripos\n\n"
        "Søket etter den sakna Kari Fjellstad (46) i Vik held fram både på fjorden og på land."
        " Kvinna vart meldt sakna laurdag, men trass omfattande leiting står politiet heilt"
        " utan spor.\n\n"
        "Politiet vurderer også å be om hjelp frå Kripos.\n"
    )
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    assert bullets[1].startswith("Kvinna vart meldt sakna laurdag"), bullets


def test_a_crossheads_verdict_outranks_the_procedure_before_it() -> None:
    # «Full frifinnelse» over the case's steps: the acquittal, said by its verb, is news the
    # heading names by its noun.
    text = (
        "Retten vurderte saken på nytt\n\nLovendringen i fjor har ført til at halvparten av de"
        " alvorligste straffesakene nektes ankebehandling i lagmannsretten.\n\nFull frifinnelse"
        "\n\nEtter at Høyesterett opphevet ankenektelsen, ble spørsmålet vurdert på nytt av"
        " lagmannsretten. Denne gangen endte det med at saken ble fremmet til ny behandling"
        " i høst. Fredag kom dommen: Tiltalte frifinnes på alle punkter i saken fra"
        " sommeren 2019. Et vesentlig bevis"
        " har dukket opp siden forrige runde i retten."
    )
    digest = digest_article(parse_text(text), max_words=50)
    part = next(s for s in digest.sections if s.heading == "Full frifinnelse")
    assert any("frifinnes på alle punkter" in bullet for bullet in part.bullets), part.bullets


_DERMED = (
    "Godset slo Sandefjord\n\n– Det er helt sykt, og det er så bra jobbet av hele laget,"
    " sa Hanssen etter kampen.\n\nDermed sikret Godset sin første seier siden 1-0 over"
    " Aalesund i seriestarten. {next}\n\nTreneren var godt fornøyd med laget etter"
    " kampen på Marienlyst."
)


def test_a_result_told_with_dermed_and_its_named_subject_stands_on_its_own() -> None:
    text = _DERMED.format(next="Laget har slitt tungt i hele høst.")
    bullets = [
        b for s in digest_article(parse_text(text), max_words=40).sections for b in s.bullets
    ]
    assert "Godset sikret sin første seier siden 1-0 over Aalesund i seriestarten." in bullets


def test_dermed_before_a_pronoun_still_leans_on_the_sentence_before() -> None:
    from bot.core.going_on import goes_on, without_also

    assert goes_on("dermed", "ble det ingen kamp i helgen.")
    assert not goes_on("dermed", "sikret Godset sin første seier.")
    assert without_also("Dermed ble det ingen kamp.") == "Dermed ble det ingen kamp."
    assert without_also("Dermed er Rosenborg klar for finalen.") == (
        "Rosenborg er klar for finalen."
    )
    # (a name and its place are one subject: not «Trevarefest er i Henningsvær Norges …»)
    placed = "Dermed er Trevarefest i Henningsvær Norges raskest utselde festival."
    assert without_also(placed) in (
        placed,
        "Trevarefest i Henningsvær er Norges raskest utselde festival.",
    )


_MARKET = (
    "Kraftig oppgang på Oslo Børs\n\n"
    "Optimismen råder på Oslo Børs tirsdag. Av hovedindeksens 69 selskaper er det bare fire"
    " som peker nedover. Hovedindeksen på Oslo Børs stiger 2,12 prosent etter en drøy times"
    " handel. Alle de 20 største selskapene på Børsen stiger i formiddagstimene.\n\n"
    "Oljeprisen stiger\n\nOljeprisen har tatt sats og har steget rundt 2,50 dollar fatet siden"
    " Børsen stengte mandag ettermiddag. Et fat nordsjøolje koster ved ti-tiden 74,48 dollar,"
    " opp 1,03 prosent fra midnatt. Det bidrar til oppgang blant oljeselskapene på Oslo Børs."
    " Equinor er Børsens mest omsatte aksje med en oppgang på 2,61 prosent.\n\n"
    "Oppgang i Europa\n\nUtover på kontinentet er det grønne piler. Den brede samleindeksen"
    " Stoxx Europe 600 stiger 1,52 prosent. I Frankfurt stiger DAX-indeksen 1,63 prosent,"
    " mens CAC 40 i Paris stiger 1,44 prosent.\n\n"
    "Renta holdes i ro\n\nNorges Bank holder renta uendret på 4,5 prosent, slik analytikerne"
    " hadde ventet. Sentralbanksjefen sier at renta trolig blir liggende der en stund."
    " Kronekursen styrket seg litt etter beskjeden."
)


def test_the_leads_section_gives_its_news_before_a_crossheads_second_bullet() -> None:
    # The top of the story tells the news; a part under a crosshead its details.
    digest = digest_article(parse_text(_MARKET), max_words=80)
    lead, *parts = [section.bullets for section in digest.sections]
    assert any("stiger 2,12 prosent" in bullet for bullet in lead), lead
    assert all(len(lead) >= len(part) for part in parts), [lead, *parts]


def test_a_quote_on_top_that_the_story_goes_on_about_leads() -> None:
    # «Han vart vald …» goes on about the quote's speaker: the quote's paragraph is the lead,
    # not the runner-up's votes after it.
    text = (
        "– Eg skal gjere mitt beste for oss alle i den første perioden, sa nyvald"
        " fylkesordførar Jon Askeland (Sp) på det første fylkestinget. Han vart vald med 46"
        " røyster. Silje Bjørkly (H) fekk 19 røyster.\n\n"
        "Anne Hestetun leia fylkestinget fram til valet av ny fylkesordførar var klart.\n\n"
        "Askeland vart vald med røystene til Ap, Sp, MDG, KrF og SV."
    )
    digest = digest_article(parse_text(text, language="nn"), max_words=60)
    assert digest.sections[0].bullets[0].startswith("«Eg skal gjere mitt beste")


def test_a_quote_on_top_whose_speaker_the_next_sentence_names_by_his_role_leads() -> None:
    text = (
        "Teateret flyttar til byen\n\n– Forventningane er at den nye plasseringa skal gjera"
        " teateret meir synleg i heile fylket, seier Lyngstad, som 1. januar tek til som ny"
        " teatersjef for Fylkesteatret.\n\nTeatersjefen trur flyttinga til sentrum også vil"
        " gjera det meir interessant for gode skodespelarar å spela på teateret.\n\n"
        "Fylkesteatret har lenge hatt planar om å flytta til sentrum av byen."
    )
    digest = digest_article(parse_text(text, language="nn"), max_words=60)
    assert digest.sections[0].bullets[0].startswith("«Forventningane er at")


def test_a_person_the_bullets_before_tell_of_by_a_role_is_no_new_one() -> None:
    # «domfelte» above: «Gutten» is he, and «En gutt» would read as another boy.
    text = (
        "Fengsel for ran\n\n"
        "Lagmannsretten gjør unntak fra lovens utgangspunkt om at barn ikke skal i fengsel.\n\n"
        "Bakgrunnen er en sak der domfelte i en alder av 15 år ranet en jevngammel jente på"
        " en buss i Fjordby.\n\n"
        "Straffen\n\n"
        "Gutten erkjente straffskyld i tingretten, og anket derfor bare straffen."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=90).sections for b in s.bullets
    ]
    assert not any(b.startswith("En gutt erkjente") for b in bullets), bullets


@pytest.mark.parametrize(
    ("sentence", "language", "leans"),
    [
        ("Denne gangen var det Nederland som scoret, da Depay utlignet.", "nb", True),
        ("This time the council voted against the plans.", "en", True),
        ("Då dette vart avdekka, mista forskaren stillinga si i Ankara.", "nn", True),
        ("When this happened, police arrived within minutes.", "en", True),
        ("Denne uka kom det over en halv meter snø i Tromsø.", "nb", False),
        ("Da dette året startet, var det ingen som trodde på opprykk.", "nb", False),
    ],
)
def test_another_time_and_a_this_in_a_clause_first_lean_on_the_sentence_before(
    sentence: str, language: str, leans: bool
) -> None:
    from bot.core.clause_choice import checker_for
    from bot.core.openings import opens_with_pronoun

    assert opens_with_pronoun(sentence, checker_for(language, [])) is leans


def test_a_man_the_bullets_before_tell_of_as_a_father_is_no_other_man() -> None:
    text = (
        "– Ristingen førte til dødelige hodeskader og blant annet ribbeinsbrudd og blødning i"
        " øynene, skriver lagmannsretten i et sammendrag av dommen, som falt tirsdag.\n\n"
        "Den rundt ti uker gamle gutten døde av skadene faren påførte ham.\n\n"
        "Lagmannsretten påpeker at faren også hadde ristet sønnen to-tre uker tidligere og"
        " derfor måtte forstå at spedbarnets tilstand skyldtes farens handlinger.\n\n"
        "Tre år kortere straff\n\n"
        "Dommen på 14 års fengsel er tre år kortere enn det mannen ble dømt til da han ble"
        " funnet skyldig i tingretten. Mannen er også dømt til å betale 200.000 kroner i"
        " erstatning til barnets mor.\n\n"
        "Sønnen døde i desember 2014. Babyen ble brakt til sykehuset med alvorlige skader og"
        " døde etter tre dager.\n"
    )
    given = [b for s in digest_article(parse_text(text)).sections for b in s.bullets]
    assert not any(b.startswith("En mann") for b in given), given


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Ordføreren går av\n\n"
            "Ordfører Kari Lund i Sandnes går av etter ti år, kunngjorde hun på et pressemøte"
            " mandag.\n\n"
            "– Det er på tide med nye krefter. Jeg har gitt alt jeg har, sa Lund.\n\n"
            "Hun sier at beslutningen ble tatt i samråd med familien i sommer.\n\n"
            "Partiet skal velge ny ordførerkandidat på et møte i oktober. Varaordfører Per"
            " Hansen er nevnt som en mulig etterfølger.",
            "sa Lund",
        ),
        (
            "Mill to close after 90 years\n\n"
            "The paper mill in Halden will close in March, its owner said on Monday, and 140"
            " people will lose their jobs.\n\n"
            '"This is a sad day for the town. We did everything we could," said mayor Tom Berg.'
            "\n\nThe owner blamed high energy prices and falling demand for newsprint.\n\n"
            "Unions will meet the owner on Thursday to discuss severance pay. The mill opened"
            " in 1934 and once employed more than 600 people.",
            "said mayor Tom Berg",
        ),
        (
            "Flommen stenger veier i Innlandet\n\n"
            "Oransje nivå betyr fare for store oversvømmelser og skader på veier. Hus og hytter"
            " står allerede under vann flere steder, blant annet i Lom.\n\n"
            "– Det ser ut til at vi kan få mer regn og mer snøsmelting enn ventet. Særlig"
            " områder ved øvre deler av Otta er utsatt, og vi har derfor hevet farenivået i"
            " disse områdene, sier Kari Nes, vakthavende hydrolog i NVE.\n\n"
            "Det er store vannmengder i flere elver på Østlandet, blant annet i Vågå, Lom og"
            " Sel. Både i Lom og Vågå er folk blitt evakuert. Mange har fått vann i kjelleren,"
            " og flere veier er stengt.\n\n"
            "– NVE har vært i kontakt med kommunene for å gi råd og få oversikt over"
            " situasjonen. Vi har også folk på vei til de mest utsatte kommunene, sier Nes.",
            "sier Kari Nes",
        ),
    ],
)
def test_a_quotes_paragraph_gives_one_bullet_and_the_news_after_it_its_place(
    text: str, voice: str
) -> None:
    # «A. B, sa Lund.» told as «A, sa Lund.» and «B, sa Lund.» is one voice heard twice.
    for max_words in (None, 60, 90, 200):  # (and when the budget reads on past each best)
        digest = digest_article(parse_text(text), max_words=max_words)
        bullets = [b for s in digest.sections for b in s.bullets]
        assert sum(voice in b for b in bullets) == 1, (max_words, bullets)
    after = text[text.index(voice) :]
    assert any(b[:30] in after for b in bullets), bullets  # the story after the quote


@pytest.mark.parametrize("max_words", [None, 90])
def test_a_long_lead_no_cut_shortens_is_still_the_news_first(max_words: int | None) -> None:
    text = (
        "Ny bru over Sognefjorden\n\n"
        "Statens vegvesen har etter mange års utredninger og en lang og opphetet debatt i"
        " fylkestinget nå bestemt at den nye brua over Sognefjorden skal bygges mellom Lavik og"
        " Oppedal med byggestart i 2027 og åpning for trafikk i løpet av høsten 2032 dersom"
        " Stortinget gir klarsignal til finansieringen i neste års statsbudsjett.\n\n"
        "Han påpeker at brua vil korte ned reisetiden mellom Bergen og Førde med nesten en"
        " time.\n\n"
        "Ferjesambandet Lavik–Oppedal blir lagt ned når brua åpner. Kommunene i Sunnfjord er"
        " fornøyde med vedtaket."
    )
    digest = digest_article(parse_text(text), max_words=max_words)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert bullets[0].startswith("Statens vegvesen har etter mange års utredninger"), bullets


@pytest.mark.parametrize(
    ("language", "text", "bullet"),
    [
        # the speaker's own «vi», «eg»: his words in quote marks, his dash gone with the start
        (
            "nb",
            "Togtrafikken er i gang igjen\n\n"
            "Togene går igjen mellom Oslo og Drammen etter en signalfeil fredag morgen.\n\n"
            "– Vi beklager ulempene dette har skapt for de reisende, skriver Bane Nor.",
            "«Vi beklager ulempene dette har skapt for de reisende», skriver Bane Nor.",
        ),
        (
            "nn",
            "Vegen er open att\n\n"
            "Fylkesvegen over fjellet er open att etter raset natt til måndag.\n\n"
            "– Eg trur vegen er trygg no, men vi følgjer med, seier geolog Kari Nes.",
            "«Eg trur vegen er trygg no, men vi følgjer med», seier geolog Kari Nes.",
        ),
        # the speaker a role and its workplace, a noun, a description; a name quoted inside
        (
            "nb",
            "Sykehusene er fulle\n\n"
            "Sykehusene i hele landet melder om flere pasienter enn noen gang i vinter.\n\n"
            "– Allerede nå har vi pasienttall som vi ventet først i 2025, forteller leder i"
            " Norsk sykepleierforbund Lill Berg.",
            "«Allerede nå har vi pasienttall som vi ventet først i 2025», forteller leder i"
            " Norsk sykepleierforbund Lill Berg.",
        ),
        (
            "nb",
            "Bil i grøfta på E6\n\n"
            "En bil kjørte av veien på E6 ved Dombås natt til søndag.\n\n"
            "– Bilen havnet på jordet, og vi fikk melding om at ingen var skadd, opplyser"
            " operasjonssentralen.",
            "«Bilen havnet på jordet, og vi fikk melding om at ingen var skadd», opplyser"
            " operasjonssentralen.",
        ),
        (
            "nn",
            "Flykta frå krigen\n\n"
            "Ein mann frå Kharkiv har budd i Førde sidan i vår.\n\n"
            "– Eg hadde ikkje pengar til husleige eller mat, forklarer den 60 år gamle mannen.",
            "«Eg hadde ikkje pengar til husleige eller mat», forklarer den 60 år gamle mannen.",
        ),
        (
            "nb",
            "Fire reddet fra skjær\n\n"
            "Fire personer ble reddet fra et skjær utenfor Røst natt til lørdag.\n\n"
            "– Vi sendte ut RS «Skuld» og to lokale båter, sier redningsleder Tor Moe.",
            # (a name in marks inside the quote in single marks, as Norwegian sets them)
            "«Vi sendte ut RS ‘Skuld’ og to lokale båter», sier redningsleder Tor Moe.",
        ),
        # no first person, but the dash: the speaker's own words all the same
        (
            "nb",
            "Togtrafikken er i gang igjen\n\n"
            "Togene går igjen mellom Oslo og Drammen etter en signalfeil fredag morgen.\n\n"
            "– Feilen er rettet, og togene går som normalt, opplyser Bane Nor.",
            "«Feilen er rettet, og togene går som normalt», opplyser Bane Nor.",
        ),
        (
            "nn",
            "Biskopen vitja Arnafjord\n\n"
            "Biskop Halvor Nordhaug vitja Arnafjord kyrkje torsdag for å tala om gudstenester.\n\n"
            "– Dette er ein veldig fin plass å vitja, seier Nordhaug.",
            "«Dette er ein veldig fin plass å vitja», seier Nordhaug.",
        ),
        # (the speaker's words as a site tells them: «ifølgje cyclingnews.com»)
        (
            "nn",
            "Viviani vann etappen\n\n"
            "Elia Viviani vann den andre etappen i Dubai onsdag, med Kristoff på sjuandeplass.\n\n"
            "– At det var bursdagen min, gjorde meg berre meir motivert, sa Viviani, ifølgje"
            " cyclingnews.com.",
            "«At det var bursdagen min, gjorde meg berre meir motivert», sa Viviani, ifølgje"
            " cyclingnews.com.",
        ),
        # (a speaker's role, name and where it was said, each after a comma)
        (
            "nn",
            "Fleire metodar innført\n\n"
            "Avgjerdsforum innførte 64 nye metodar i sjukehusa i fjor, viser nye tal.\n\n"
            "– Eg er glad for at tala viser at vi innfører fleire metodar, seier leiar i"
            " Avgjerdsforum, Stig A. Slørdahl, i ei pressemelding.",
            "«Eg er glad for at tala viser at vi innfører fleire metodar», seier leiar i"
            " Avgjerdsforum, Stig A. Slørdahl, i ei pressemelding.",
        ),
        # no dash and no first person: the paper tells what the speaker says, as it is
        (
            "nb",
            "Togtrafikken er i gang igjen\n\n"
            "Togene går igjen mellom Oslo og Drammen etter en signalfeil fredag morgen.\n\n"
            "Feilen er rettet, og togene går som normalt, opplyser Bane Nor.",
            "Feilen er rettet, og togene går som normalt, opplyser Bane Nor.",
        ),
    ],
)
def test_a_quote_a_dash_opened_or_in_the_first_person_is_given_in_quote_marks(
    language: str, text: str, bullet: str
) -> None:
    digest = digest_article(parse_text(text, language=language))
    assert bullet in [b for s in digest.sections for b in s.bullets]


def test_a_short_sentence_with_the_figure_is_not_left_for_the_procedure_before_it() -> None:
    # «Inflasjonen er nå på 6,3 prosent.» is six words, and the news the procedure promises
    text = (
        "Prisveksten kan ha nådd toppen\n\n"
        "Prisane på matvarer og straum har auka kraftig den siste tida. Ein må tilbake til "
        "80-talet for å finna liknande prisvekst.\n\n"
        "Fredag klokka åtte oppdaterte Statistisk sentralbyrå konsumprisindeksen. "
        "Inflasjonen er nå på 6,3 prosent. I januar var han på 7 prosent.\n\n"
        "– Me meiner me truleg har nådd toppen, seier forskingsleiar Kari Vik i SSB.\n\n"
        "Samtidig som prisane framleis er høge, trur ho situasjonen nå vil snu. Renta vil "
        "likevel bli heva vidare fram mot sommaren.\n"
    )
    digest = digest_of(analyse(parse_text(text)), max_words=50)
    assert "Inflasjonen er nå på 6,3 prosent." in digest.sections[0].bullets


def test_the_sentence_that_says_a_crossheads_words_is_the_one_it_announces() -> None:
    text = (
        "Prisene stiger mest på 34 år\n\n"
        "Det siste året har prisene i Norge økt med 6,8 prosent, viser ferske tall fra SSB."
        " Inflasjonen er den høyeste siden 1988.\n\n"
        "Mel og fisk dyrere\n\n"
        "Matprisene bidrar tydelig til den sterke prisveksten i år, ifølge byrået. Det henger"
        " sammen med at leverandørene justerer prisene sine hvert år i juli. Mel har blitt 21"
        " prosent dyrere, og fryst fisk har gått opp med 20,9 prosent.\n"
    )
    digest = digest_of(analyse(parse_text(text)), max_words=40)
    under = digest.sections[1].bullets
    assert under and under[0].startswith("Mel har blitt 21 prosent dyrere"), under


def test_a_quote_that_goes_on_under_its_speakers_name_has_its_speaker() -> None:
    text = (
        "Ordføreren svarer på kritikken\n\n"
        "– Kommunestyret har delegert myndighet til valgstyret for å avgjøre stemmekretser."
        " Hadde partiet gjort jobben sin, så hadde saka kommet opp i kommunestyret,"
        " fortsetter Hustad.\n\n"
        "– Trist\n\n"
        "Allikevel fortsetter jeg å gå på møtene, skriver en leser."
    )
    bullets = [b for s in digest_article(parse_text(text)).sections for b in s.bullets]
    # (its first sentence not the bullet before: «fortsetter» is told plainly)
    assert any(b.endswith(", sier Hustad.") for b in bullets), bullets


def test_what_a_thing_is_as_a_reference_book_tells_it_yields_to_the_news() -> None:
    text = (
        "Foods recalled over salmonella\n\nSeveral foods have been recalled in recent weeks"
        " over potential salmonella contamination from a whey powder.\n\nSalmonella is one of"
        " the most common causes of food poisoning in the country, according to health"
        " officials. Most people with salmonella infections develop fever and cramps.\n\n"
        "Cracker sandwiches from Lakeview Foods also contain the recalled whey powder.\n\n"
        "Harbor Foods Inc. is recalling frozen chicken dinners because of the contaminated"
        " whey powder.\n\nA pasta salad sold in 244 grocery stores was recalled on Friday."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=60).sections for b in s.bullets
    ]
    assert not any(b.startswith(("Salmonella is", "Most people")) for b in bullets), bullets


def test_a_fact_a_quote_ends_on_is_a_bullet_of_its_own_beside_its_first_sentence() -> None:
    # The statement's last sentence holds news its first does not (no stroke); it names
    # its speaker itself, in the statement's quote marks. A last sentence in the speaker's
    # own «we» stays in the quote.
    statement = (
        "– Ordfører Kari Lund ble i dag tidlig innlagt på Haukeland universitetssjukehus."
        " Hun er nå til undersøkelse. {last}, opplyser kommunen på nettsidene sine."
    )
    rest = (
        "Innleggelsen var ikke planlagt, og varaordfører Per Dahl overtar møtene denne uken."
        "\n\nKommunestyret skal etter planen behandle budsjettet for neste år på torsdag."
        "\n\nDahl sier at budsjettmøtet går som planlagt."
    )

    def bullets(last: str) -> list[str]:
        text = f"Ordføreren innlagt på sykehus\n\n{statement.format(last=last)}\n\n{rest}"
        digest = digest_article(parse_text(text, language="nb"), max_words=90)
        return [b for s in digest.sections for b in s.bullets]

    fact = bullets("Det er allerede avklart at hun ikke har hatt hjerneslag")
    assert fact[0].startswith("«Ordfører Kari Lund ble i dag tidlig innlagt")
    assert any(  # (in quote marks: the statement's words)
        b.startswith("«Det er allerede avklart at hun ikke har hatt hjerneslag»") for b in fact
    )
    own = bullets("Vi vet ikke mer om tilstanden hennes nå")
    assert own[0].startswith("«Ordfører Kari Lund ble i dag tidlig innlagt")
    assert not any("Vi vet ikke mer" in b for b in own)


def test_the_sentence_with_its_crossheads_figure_is_the_one_it_announces() -> None:
    from bot.core.ranking import score_sentences

    text = (
        "Rekordmange pukkellaks i elvene\n\n"
        "Så langt i år er det tatt ut over 200.000 pukkellaks i elvene i Finnmark, melder"
        " Miljødirektoratet.\n\n"
        "Fellene i elvene har fungert godt, og mange frivillige har vært med på uttaket.\n\n"
        "208.000 pukkellaks i 2021\n\n"
        "Sommeren i år var det ventet at et stort antall pukkellaks ville ta seg opp i elvene i"
        " nord. Det var forventet at det kunne komme opp mot en million pukkellaks i elvene i"
        " Finnmark foran årets sesong. Foreløpig har innsiget vært noe lavere enn forventet,"
        " sier seniorrådgiver Eirik Lund.\n\n"
        "Totalt ble 208.000 pukkellaks registrert fanget og observert i norske elver og"
        " kystfarvann i 2021. Av dem ble 104.000 fisket ved uttaksfiske i elv."
    )
    analysis = analyse(parse_text(text, language="nb"))
    scores = score_sentences(analysis, None)
    by_text = {s.text[:20]: scores[s.position] for s in analysis.all_sentences}
    assert by_text["Totalt ble 208.000 p"] > by_text["Det var forventet at"]


def test_an_untitled_page_that_opens_on_it_again_leads_with_the_news_after_it() -> None:
    # A page cut off above its headline: «Mandag skjedde det igjen.» points at what is lost.
    text = (
        "Mandag skjedde det igjen.\n\n"
        "Fjordbanken satte opp renta på boliglån med 0,25 prosentpoeng, for tredje gang i år.\n\n"
        "Økningen gjelder nye lån fra i dag og eksisterende lån fra midten av neste måned."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=60).sections for b in s.bullets
    ]
    assert bullets[0].startswith("Fjordbanken satte opp renta"), bullets
    assert not any("igjen" in bullet for bullet in bullets), bullets


def test_what_a_word_means_yields_to_the_news() -> None:
    # «Ei sikkerheitslanding er når …», «Kort forklart er …»: an explainer's line, not news,
    # though it opens its section.
    text = (
        "Fly nødlandet på Vigra\n\nEit fly med 93 passasjerar landa på Vigra etter ein"
        " motorfeil søndag kveld.\n\nMå undersøke flyet\n\nEi sikkerheitslanding er når flyet"
        " ikkje er i umiddelbar fare, men landar for å førebygge ein meir alvorleg situasjon."
        " Havarikommisjonen skal no undersøke motoren, og selskapet set inn eit nytt fly"
        " måndag.\n\nRenta\n\nKort forklart er styringsrenta den renta bankane får på innskot i"
        " sentralbanken. Sentralbanken sette opp renta med eit halvt prosentpoeng torsdag."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=45).sections for b in s.bullets
    ]
    assert any(b.startswith("Havarikommisjonen") for b in bullets), bullets
    assert not any(b.startswith(("Ei sikkerheitslanding", "Kort forklart")) for b in bullets)


def test_a_bokmal_lead_over_a_nynorsk_quote_is_a_bullet() -> None:
    # (the quote's Nynorsk may make the text read as Nynorsk: «besluttet» is still a verb)
    text = (
        "Nøytralt skriftspråk i Lidal\n\n"
        "Et enstemmig kommunestyre i Lidal besluttet torsdag kveld at administrasjonsspråket i"
        " kommunen skal være nøytralt.\n\n"
        "– Eg synes det er synd at denne saka har kome på bordet, eg som er nynorskbrukar."
    )
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert any(b.startswith("Et enstemmig kommunestyre i Lidal besluttet") for b in bullets), (
        bullets
    )


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        (
            "Nordbank is banning staff from using chatbots such as Copilot after engineers"
            " pasted client records into one, dealing a blow to the spread of such tools at"
            " work.",
            "The Bergen-based bank told staff in its largest division about the new rule in a"
            " memo on Monday.",
        ),
        (
            "Kommunestyret i Vågå vedtok torsdag å forby mobiltelefoner i alle skolene fra"
            " høsten, og rektorene mener slike forbud gir mer ro i timene.",
            "Forbudet gjelder både i timene og i friminuttene, opplyser kommunen.",
        ),
    ],
)
def test_a_lead_that_names_the_kind_its_such_speaks_of_leads_without_a_title(
    lead: str, after: str
) -> None:
    # «such tools» after the clause that named them points at nothing before the page.
    text = f"{lead}\n\n{after}\n\nMore details will follow later this week, the board said."
    digest = digest_of(analyse(parse_text(text)), max_words=60)
    assert digest.title is None
    assert digest.sections[0].bullets[0] == lead
    # (a «such» that opens a sentence still points back: «Such incidents are rare»)
    leaning = "Such rules are rare in the region, the union said. " + text
    assert digest_of(analyse(parse_text(leaning)), max_words=60).sections[0].bullets[0] != (
        "Such rules are rare in the region, the union said."
    )


def test_a_cut_leaves_no_speech_verb_without_its_words() -> None:
    # «…, stating, "…"»: the cut goes before «stating», never after it
    text = (
        "Gas prices jump\n\nEuropean gas prices rose by 8% on Monday after an outage at a"
        " Norwegian gas plant.\n\nOle Hansen, head of commodities strategy at Saxo Bank,"
        " stressed the outage's weight for the market, stating, \"The outage in Norway once"
        " again shows Europe's need for imports.\"\n"
    )
    for max_words in (30, 35, 40, 45):
        for bullet in bullets_of(text, max_words):
            assert not bullet.endswith(("stating.", "stating")), bullet
    # «X said as soon as the video cut off, | it deleted itself»: what he said is after it
    scam = (
        "Scam warning\n\nPolice warn of a new scam that uses fake videos of relatives asking"
        " for money.\n\nPolice chief Tom Quinn said as soon as the video cut off, it deleted"
        " itself, but he kept the payment tag that asked for the money and gave it to the"
        " detectives on the case.\n"
    )
    for max_words in range(26, 41):
        found = bullets_of(scam, max_words)
        assert found[0].startswith("Police warn of a new scam"), found
        assert "Quinn said as soon as the video cut off." not in found, found


def bullets_of(text: str, max_words: int | None = None, language: str | None = None) -> list[str]:
    digest = digest_of(analyse(parse_text(text, language=language)), max_words=max_words)
    return [b for s in digest.sections for b in s.bullets]


def test_a_point_told_again_with_a_names_word_as_its_first_is_one_bullet() -> None:
    # «Airlines» opens the sentence and is a name's word («American Airlines»): the same word
    text = (
        "Global IT outage\n\n"
        "Airlines, banks, broadcasters and many shops are affected, causing major disruption.\n\n"
        "A faulty software update made computers across the world crash on Friday.\n\n"
        "The issue affected airlines, broadcasters, banks and many other shops.\n\n"
        "American Airlines and Delta grounded their flights for three hours.\n"
    )
    found = bullets_of(text, 90)
    assert "The issue affected airlines, broadcasters, banks and many other shops." not in found
    assert found[0].startswith("Airlines, banks, broadcasters"), found


def test_a_consequence_opening_on_therefore_is_told_bare_where_its_cause_is_not_kept() -> None:
    text = (
        "Rates rise again\n\n"
        "Inflation in the euro area stayed high in February, the bank's figures show.\n\n"
        "The bank's board, which met in Frankfurt on Thursday for the second time this month,"
        " spent most of the day on the figures and on the turmoil in the banking sector.\n\n"
        "Therefore, interest rates are being raised by half a point to 3.5 per cent.\n"
    )
    found = bullets_of(text, 30)
    assert "Interest rates are being raised by half a point to 3.5 per cent." in found, found
    # (but «Therefore, it …» still leans on the sentence before)
    leaning = text.replace("interest rates are being raised", "it is raising rates")
    assert not any(b.startswith("It is raising") for b in bullets_of(leaning, 30))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (  # a quote in single marks, closed inside its comma
            "'The bans will last for the foreseeable future,' a spokeswoman said.",
            '"The bans will last for the foreseeable future," a spokeswoman said.',
        ),
        (  # two in one paragraph, and a quote's paragraph that runs on into the next
            "'It is bad,' she said. 'It is worse than last year.\n\n'We need rain.'",
            '"It is bad," she said. "It is worse than last year.\n\n"We need rain."',
        ),
        # apostrophes stay
        ("The players' union said it's too early.", "The players' union said it's too early."),
        ("He said the 'Big Society' was dead.", "He said the 'Big Society' was dead."),
        ("In the '90s 'rock 'n' roll' ruled.", "In the '90s 'rock 'n' roll' ruled."),
    ],
)
def test_single_quote_marks_are_read_as_quotes(line: str, read: str) -> None:
    from bot.core.quote_marks import double_quoted

    assert double_quoted(line) == read


def test_a_quote_opened_in_a_single_mark_and_closed_in_a_double_leaves_the_rest_prose() -> None:
    text = (
        "‘House prices are in free fall!” one commentator wrote on Twitter. He was reacting to"
        " figures showing that — based on mortgage data — prices fell 1.4 per cent in November,"
        " having fallen 0.9 per cent in October.\n\n"
        "The drop in November was the biggest since February 2009. Prices are now 2.5 per cent"
        " below the peak in August, with the average house almost £10,000 cheaper."
    )
    bullets = bullets_of(text, language="en")
    assert any(b.startswith(("The drop", "Prices are now")) for b in bullets), bullets


@pytest.mark.parametrize("opening", ["“", "«", '"'])
def test_a_quote_mark_left_open_is_read_to_its_paragraphs_end_only(opening: str) -> None:
    text = (
        f"{opening}House prices are in free fall! one commentator wrote on Twitter. He was"
        " reacting to figures showing that prices fell 1.4 per cent in November.\n\n"
        "The drop in November was the biggest since February 2009. Prices are now 2.5 per cent"
        " below the peak in August, with the average house almost £10,000 cheaper."
    )
    bullets = bullets_of(text, language="en")
    assert any(b.startswith(("The drop", "Prices are now")) for b in bullets), bullets


def test_a_quote_in_single_marks_is_no_bullet_without_its_speaker() -> None:
    text = (
        "Hosepipe ban for Sussex\n\n"
        "Southern Water imposed a hosepipe ban in parts of Sussex after its reservoir fell to"
        " half its normal level.\n\n"
        "'The last six or seven months have all been below average. Even though it has rained"
        " recently, that has only helped to suppress demand,' a spokeswoman for the water"
        " company said.\n\n"
        "Last month another company introduced restrictions on garden sprinklers."
    )
    bullets = bullets_of(text, language="en")
    assert not any(b.startswith("'") or b.endswith("average.") for b in bullets), bullets


@pytest.mark.parametrize(
    ("bullet", "read"),
    [
        (
            'I feel like Granaasen has some really tough courses," Klaebo said.',
            '"I feel like Granaasen has some really tough courses," Klaebo said.',
        ),
        (
            "Vi må vinne neste kamp», sa treneren.",
            "«Vi må vinne neste kamp», sa treneren.",
        ),
        ("Ein «stor» dag.", "Ein «stor» dag."),
    ],
)
def test_a_quotes_last_sentence_keeps_its_marks(bullet: str, read: str) -> None:
    from bot.core.quote_marks import balance

    assert balance(bullet) == read


def test_a_dash_quotes_last_sentence_is_given_in_quote_marks() -> None:
    text = (
        "Florø tapte 1–5 heime\n\n"
        "Etter å ha vore det beste laget på bana før pause hadde Florø eit håp om å snu 0–1"
        " etter første omgang.\n\n"
        "Men med fire scoringar på dryge 20 minutt kunne Strømmen ta med seg alle poenga.\n\n"
        "– Heilt klart årsverste. Ein kollektiv kollaps etter pause, seier Florø-trenar"
        " Terje Rognsø.\n\n"
        "Florø står no utan siger på ni kampar, og siste dei vann var i midten av august.\n\n"
        "Dei tre første måla vart scora av Simen Berg Melby, Ulrich Ness og Stian Rasch."
    )
    bullets = bullets_of(text, language="nn")
    said = [b for b in bullets if "kollaps" in b]
    assert said == ["«Ein kollektiv kollaps etter pause», seier Florø-trenar Terje Rognsø."], (
        bullets
    )


def test_a_profile_boxs_lines_without_a_subject_are_no_bullets() -> None:
    text = (
        "Labour vann valet\n\n"
        "Labour-partiet fekk fleirtal i Parlamentet og sikra seg ein historisk siger i valet.\n\n"
        "Dette er den nye statsministeren Kari Moe.\n\n"
        "Utdannet jurist ved universitetene i Leeds og Oxford.\n\n"
        "Ble slått til ridder av dronningen i 2013.\n\n"
        "Har sittet i Underhuset siden 2015, da hun ble valgt inn i London.\n\n"
        "Toryene har mista alle sine parlamentsmedlemar i Wales.\n\n"
        "Blir det regn på valdagen, kjem færre til vallokala, seier forskarane."
    )
    bullets = bullets_of(text, language="nn")
    assert not any(b.startswith(("Utdannet", "Ble slått", "Har sittet")) for b in bullets), bullets
    assert any(b.startswith("Toryene har mista") for b in bullets), bullets


@pytest.mark.parametrize(
    "courtesy",
    [
        "Ordføreren gratulerer alle med dagen.",
        "The council chairman thanked the parties that had worked on the proposed service.",
    ],
)
def test_a_ceremonys_courtesy_to_all_is_no_bullet(courtesy: str) -> None:
    from bot.core.bullets import make_bullet
    from bot.core.clauses import clause_checker

    language = "nb" if "gratulerer" in courtesy else "en"
    article = parse_text(f"Tunnelen er åpnet\n\n{courtesy}", language=language)
    sentence = analyse(article).all_sentences[0]
    assert make_bullet(sentence, clause_checker(language)) is None
    news = "Statsministeren gratulerte Trump med valgsigeren."  # whom, on what: news
    sentence = analyse(parse_text(f"Valget\n\n{news}", language="nb")).all_sentences[0]
    assert make_bullet(sentence, clause_checker("nb")) == news


@pytest.mark.parametrize(
    ("text", "fact_line"),
    [
        ("Har sittet i Underhuset siden 2015.", True),
        ("Utdannet jurist ved universitetene i Leeds og Oxford.", True),
        # a subject first, though its word reads as a verb too
        ("Dansk politi etterforsker saken sammen med tysk politi.", False),
        ("Møtet starter klokka 12 i morgen.", False),
        ("Så langt har ingen meldt seg.", False),  # (an adverb first)
        ("Blir det regn, kommer færre.", False),  # (its subject after the verb)
    ],
)
def test_a_verb_first_without_a_subject_is_a_fact_boxs_line(text: str, fact_line: bool) -> None:
    from bot.core.clauses import clause_checker
    from bot.core.fact_lines import subjectless

    assert subjectless(text, clause_checker("nb"), "nb") is fact_line


def test_a_quotes_last_sentence_that_repeats_its_first_is_no_second_bullet() -> None:
    text = (
        "Ordføraren ber folk evakuere\n\n"
        "Elva har gått over breiddene, og situasjonen i bygda eskalerer.\n\n"
        "– Dei som føler seg utrygge bør no dra til Fretheim hotell så raskt som mogleg."
        " Vatnet stig ytterlegare og situasjonen blir forverra. Dei som kan, må dra til"
        " Fretheim hotell, seier ordføraren klokka 18.45.\n\n"
        "Kommuneleiinga har sett krisestab, og skulen held stengd onsdag.\n\n"
        "Jernbanen er stengd, og bygda er isolert grunna stengde vegar."
    )
    bullets = bullets_of(text, language="nn")
    assert sum("Fretheim hotell" in b for b in bullets) == 1, bullets


def test_a_clubs_own_match_report_in_its_we_gets_bullets_beside_its_quotes() -> None:
    """A club's page tells its match in its own «me» (we), its coach quoted: its narrative
    sentences are its own words (the quote still needs its speaker), not «No bullets»."""
    text = (
        "Fjordvik – Årdal\n\n"
        "Etter ein skikkeleg kalddusj av ein start, henta me oss godt inn att – men det heldt"
        " ikkje heilt denne gongen.\n\n"
        "Etter sju minutt hadde heimelaget Fjordvik skåra to gonger, medan me framleis heldt på"
        " med oppvarminga.\n\n"
        "Trass i at me henta oss inn mot slutten av første omgang, enda det med 4-2-tap.\n\n"
        "– Utruleg surt å få to mål imot seg på den måten etter sju minutt.\n\n"
        "– Me må berre slutta med å sleppa inn slike mål!"
    )
    shown = [b for s in digest_article(parse_text(text, language="nn")).sections for b in s.bullets]
    assert any("heimelaget Fjordvik skåra to gonger" in b for b in shown), shown
    assert not any("Utruleg surt" in b for b in shown)  # (a quote with no speaker)


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Tørken rammer bøndene\n\n"
            "Bonde Ola Nordvik trekker i gresstustene på jordet sitt i Gjesdal og rister på"
            " hodet over avlingen.\n\n"
            "Ifølge Nordvik skulle graset ha vært nesten en halvmeter høyere nå i juli.\n\n"
            "Han viser med hendene.\n\n"
            "Bondelaget ber regjeringen om en krisepakke på 500 millioner kroner til bøndene.\n",
            "Han viser med hendene.",
        ),
        (
            "Bandet vann talentkonserten\n\n"
            "Juryen kåra bandet Nordlys frå Eid til vinnar av talentkonserten laurdag.\n\n"
            "Vokalisten sa frå scena at dei skulle erobre verda.\n\n"
            "Då smilte og klappa folk.\n\n"
            "Bandet får 50.000 kroner og skal spele inn ei plate i haust.\n",
            "Då smilte og klappa folk.",
        ),
    ],
)
def test_a_short_scene_sentence_fills_no_budget(text: str, scene: str) -> None:
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert scene not in bullets, bullets


def test_a_short_sentence_with_its_news_still_fills_the_budget() -> None:
    text = (
        "Raset stengte banen\n\n"
        "Et ras stengte jernbanen mellom Nordvik og Sørli natt til fredag.\n\n"
        "Bane Nor sendte folk for å sjekke sporet tidlig fredag morgen.\n\n"
        "Banen er åpnet igjen.\n"
    )
    digest = digest_article(parse_text(text), max_words=90)
    assert "Banen er åpnet igjen." in [b for s in digest.sections for b in s.bullets]


def test_a_roads_name_is_no_first_person_and_a_weights_stop_ends_no_sentence() -> None:
    text = (
        "Drugs seized on the interstate\n\n"
        "A man is in custody, and about 26 pounds of cocaine was seized this week along I-25.\n\n"
        "Officers pulled a driver over on northbound I-25 earlier this week, police said.\n\n"
        "A search of the vehicle found 26 lbs. of cocaine in a bag under the seat.\n\n"
        "The driver was identified as John Millbrook, 41.\n"
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=90).sections for b in s.bullets
    ]
    assert bullets[0].startswith("A man is in custody"), bullets
    assert not any(b.endswith("26 lbs.") for b in bullets), bullets


def test_a_familys_obituary_leads_on_the_writers_my_father() -> None:
    text = (
        "Bill Hale obituary\n\n"
        "My father, Bill Hale, who has died aged 78 in a car accident, was a Labour councillor"
        " for Moston for more than 30 years and became lord mayor in 1993.\n\n"
        "Bill was born in Manchester to an English father and an Irish mother. From the age of"
        " 14 he worked as a photo engraver.\n\n"
        "He is survived by his wife, Ann, and by me."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=90).sections for b in s.bullets
    ]
    assert bullets[0].startswith("My father, Bill Hale, who has died aged 78"), bullets
