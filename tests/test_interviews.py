"""Question-and-answer interviews: the answers are bullets in the interviewee's name."""

from __future__ import annotations

import pytest

from bot.core.analysis import analyse
from bot.core.digest import digest_of
from bot.core.parse import parse_text

INTERVIEW = "\n\n".join(
    [
        "Ny rektor vil ha mobilfri skole",
        "Fra januar blir Solbakken skole mobilfri. Rektor Hilde Sætre forklarer hvorfor.",
        "Hvorfor innfører dere mobilforbud?",
        "– Elevene er mindre ute i friminuttene enn før, og lærerne ser at mobilen tar over.",
        "Hva sier foreldrene?",
        "– De fleste foreldrene støtter forbudet. På et møte stemte åtte av ti for.",
        "Hvordan skal dere håndheve det?",
        "– Mobilene skal ligge i et skap i klasserommet fra første til siste time.",
        "Forbudet gjelder alle trinn og blir evaluert etter ett år, opplyser kommunen.",
    ]
)


def _bullets(text: str, words: int = 400) -> list[str]:
    digest = digest_of(analyse(parse_text(text)), max_words=words)
    return [b for s in digest.sections for b in s.bullets]


def test_the_answers_are_bullets_with_the_interviewees_name() -> None:
    found = _bullets(INTERVIEW)
    answers = [b for b in found if b.startswith("Hilde Sætre: – ")]
    assert len(answers) >= 2
    assert any("Elevene er mindre ute" in b for b in answers)
    assert not any(b.endswith("?") for b in found)  # the interviewer's questions


def test_the_questions_are_no_headings() -> None:
    article = parse_text(INTERVIEW)
    assert all(section.heading is None for section in article.sections)


def test_with_two_people_introduced_no_answer_is_put_in_either_name() -> None:
    text = INTERVIEW.replace(
        "Rektor Hilde Sætre forklarer hvorfor.",
        "Rektor Hilde Sætre og inspektør Ola Brekke forklarer hvorfor.",
    )
    found = _bullets(text)
    assert not any(b.startswith(("Hilde Sætre:", "Ola Brekke:")) for b in found)
    assert not any(b.startswith("Elevene er mindre ute") for b in found)  # no speaker


def test_an_answer_after_another_speaker_is_said_in_that_speakers_name() -> None:
    text = "\n\n".join(
        [
            "Brann i enebolig",
            "– Mannskapene er på plass, sa Ola Brekke på 110-sentralen etter meldinga om brann.",
            "– Var det noen i huset da brannen startet?",
            "– Det var ikke folk i huset, og det er ikke fare for spredning, sier Brekke.",
            "Innsatsleder Kari Vik forteller at det fortsatt brenner i taket.",
            "– Det er kraftig røyk fra taket nå, sier Vik.",
            "– Står huset til å redde?",
            "– Det blir nok totalskadd, ja.",
            "– Hvor lenge blir dere her?",
            "– Vi blir her hele natta.",
        ]
    )
    found = _bullets(text)
    assert "Kari Vik: – Det blir nok totalskadd, ja." in found, found
    assert not any(b.startswith("Ola Brekke: – Det blir") for b in found)


@pytest.mark.parametrize(
    "intro",
    [
        "The singer is back with a new album and a new fiance, writes Kari Holm",
        "Sangeren er tilbake med nytt album. Av Kari Holm",
    ],
)
def test_the_writer_the_intro_names_is_not_who_answers(intro: str) -> None:
    text = "\n\n".join(
        [
            intro,
            "Q: Are you planning a trip to Australia any time soon?",
            "A: I was actually just there on tour a few months ago, and I loved the city.",
            "Q: So what did you do?",
            "A: Well, I was just cruising, doing the things I normally do on tour.",
        ]
    )
    assert not any("Kari Holm" in b for b in _bullets(text))


def test_an_answer_that_names_its_speaker_keeps_its_own_words() -> None:
    text = INTERVIEW.replace(
        "– Mobilene skal ligge i et skap i klasserommet fra første til siste time.",
        "– Mobilene skal ligge i et skap i klasserommet, sier Sætre.",
    )
    article = parse_text(text)
    assert "Hilde Sætre: – Mobilene" not in article.text
    assert "– Mobilene skal ligge i et skap i klasserommet, sier Sætre." in article.text


def test_questions_typed_with_a_dash_or_followed_by_a_remark_are_questions_too() -> None:
    text = "\n\n".join(
        [
            "Statsministeren svarte lesarane",
            "Lesarane fekk stille spørsmål til statsminister Erna Solberg onsdag kveld.",
            "– Kva gjer du i sommar?",
            "– Eg skal vere på hytta med familien og padle mykje i juli.",
            "Korleis vil de hjelpe unge med psykisk helse? Eg kjenner mange som ikkje får hjelp.",
            "– Kommunane må ha tilbod der unge kan få hjelp tidleg, utan ventetid.",
        ]
    )
    article = parse_text(text)
    assert "Erna Solberg: – Eg skal vere på hytta" in article.text
    assert "Erna Solberg: – Kommunane må ha tilbod" in article.text
    assert "Erna Solberg: – Kva gjer du" not in article.text
    assert all(section.heading is None for section in article.sections)


def test_a_numbered_questions_premise_is_no_bullet() -> None:
    text = "\n\n".join(
        [
            "Fem spørsmål til partileder Kari Holm",
            "1. Partiet ligger på fire prosent på målingene. Hva har dere gjort feil?",
            "– Vi har ikke nådd fram med saken om skolen, men vi skal jobbe hardere i høst.",
            "2. Regjeringen vil kutte i pendlerfradraget neste år. Er det riktig?",
            "– Nei. Folk i distriktene trenger fradraget for å komme seg på jobb hver dag.",
        ]
    )
    article = parse_text(text)
    assert all(section.heading is None for section in article.sections)
    found = _bullets(text)
    assert not any(b.startswith(("Partiet ligger på fire", "Regjeringen vil kutte")) for b in found)


@pytest.mark.parametrize(
    "turns",
    [
        [
            "1. Hvordan føles det å synge i domkirken?",
            "- Det er helt fantastisk. Klangen i kirken er helt spesiell og passer sangene.",
            "2. Hva betyr turneen for deg?",
            "- Den betyr alt. Turneen er den første for bandet etter et langt år uten konserter.",
            "3. Hva skjer etterpå?",
            "- Vi tar en pause i sommer, og så begynner vi på en ny plate til høsten.",
        ],
        # (and the interviewer's remark on a dash, and the reply to it)
        [
            "- Hvilke prosjekt har du på gang for tiden?",
            "- Det blir mye podkast. Det er det jeg lever av, og ellers lager jeg låter.",
            "- Det er jo mange som får færre ideer når de runder førti.",
            "- Ja, men det er gudskjelov ikke tilfellet her. Det ligger sikkert 60 låter her.",
            "- Hvorfor er du så opptatt av orden?",
            "- Jeg er livredd for at noen av ideene skal bli borte i rotet.",
        ],
    ],
)
def test_questions_and_dashed_answers_without_a_name_give_no_bullets(turns: list[str]) -> None:
    """An interview whose page never names the interviewee: the answers are someone's
    words, so none is a bullet in nobody's name."""
    article = parse_text("\n\n".join(turns), language="nb")
    bullets = [b for s in digest_of(analyse(article), max_words=90).sections for b in s.bullets]
    assert bullets == []
    assert not any(h for s in article.sections if (h := s.heading) and "?" in h)


def test_an_interview_with_the_post_the_title_names_is_said_by_that_post() -> None:
    """«Leiaren i Ungdomslaget om …»: the title names no person, but the post that answers."""
    turns = [
        "Leiaren i Ungdomslaget om glede og skuffelsar i 2017",
        "– Kva har gledd deg mest i 2017?",
        "– Politisk er den største gleda at over 300.000 menneske røysta på partiet i valet.",
        "– Kva har skuffa deg mest i 2017?",
        "– Eg er skuffa over at valkampen i så stor grad vart prega av spel og målingar.",
        "– Kva ønskjer du deg for 2018?",
        "– Det største ønsket mitt er eit år med mykje politikkutvikling og aktivitet.",
    ]
    bullets = _bullets("\n\n".join(turns))
    assert bullets and all(b.endswith(", seier leiaren i Ungdomslaget.") for b in bullets), bullets


PLAIN_QA = "\n\n".join(
    [
        "Coach expects a fun season",
        "We talked to head coach Mark Dunn about the season ahead.",
        "What are your expectations for the season?",
        "I'm expecting a fun season. The group has grown a lot during the winter program.",
        "Who are the players to watch?",
        "Patrick Jordan is one of the first guys that comes to mind for me.",
        "How hard was the break?",
        "It was tough, and I missed the players. The energy a coach gets comes from the team.",
    ]
)


def test_questions_on_their_lines_and_first_person_answers_are_an_interview() -> None:
    bullets = [
        b
        for s in digest_of(analyse(parse_text(PLAIN_QA)), max_words=90).sections
        for b in s.bullets
    ]
    assert bullets and all(b.startswith("Mark Dunn: ") for b in bullets)
    assert not any("?" in b for b in bullets)


def test_an_explainers_questions_are_headings_over_its_answers() -> None:
    """Answered in the third person, the questions are the explainer's crossheads."""
    text = "\n\n".join(
        [
            "Dette må du vite om den nye bompengeringen",
            "Fra mars koster det mer å kjøre inn til sentrum.",
            "Hva koster det?",
            "En passering koster 45 kroner i rushtiden og 30 kroner ellers på dagen.",
            "Hvem slipper å betale?",
            "Elbiler og busser slipper å betale de første to årene etter at ringen åpner.",
        ]
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [
        None,
        "Hva koster det?",
        "Hvem slipper å betale?",
    ]
    bullets = [b for s in digest_of(analyse(article), max_words=90).sections for b in s.bullets]
    assert any(b.startswith("En passering koster 45 kroner") for b in bullets)


def test_an_explainer_that_asks_and_answers_in_the_writers_we_is_no_interview() -> None:
    """«So we have to wait?» «That's the plan …»: the writer's own questions and answers."""
    text = "\n\n".join(
        [
            "Britain votes to leave: what happens now?",
            "So the results are in. What happens next?",
            "We have now had statements from all the key figures, and they gave us an outline.",
            "So the prime minister is going to resign?",
            "Yes, he announced this morning that he will step down before the autumn.",
            "So we have to wait until October?",
            "That is the plan, and we will know more when the party meets in the autumn.",
        ]
    )
    bullets = [
        b for s in digest_of(analyse(parse_text(text)), max_words=90).sections for b in s.bullets
    ]
    assert any(b.startswith("Yes, he announced this morning") for b in bullets)


# An interview under a quote headline, its interviewee named only by the fact box.
FACT_BOX_INTERVIEW = "\n\n".join(
    [
        "– Jeg har aldri vært redd for å feile",
        "Hun har dirigert kor på tre kontinenter. Nå skal hun lede sitt første operahus.",
        "Hvem: Kari Nordvik (52)\nAktuell: Ny operasjef i Kristiansand fra mars.",
        "Hvorfor søkte du jobben?",
        "– Jeg hadde lyst til å bygge noe nytt i en by som har fått et flott hus.",
        "Hva blir det første du gjør?",
        "– Jeg skal reise rundt i hele landsdelen og lytte til publikum.",
    ]
)


def test_a_quote_headline_on_top_is_the_title() -> None:
    article = parse_text(FACT_BOX_INTERVIEW)
    assert article.title == "– Jeg har aldri vært redd for å feile"
    assert all(section.heading is None for section in article.sections)


def test_the_fact_box_names_the_interviewee_of_the_intro_and_the_answers() -> None:
    found = _bullets(FACT_BOX_INTERVIEW)
    assert found[0] == "Kari Nordvik har dirigert kor på tre kontinenter."
    assert any(b.startswith("Kari Nordvik: – Jeg hadde lyst") for b in found)
    assert not any("Hvem" in b or "Aktuell" in b for b in found)  # the box is furniture


def test_a_name_in_the_intro_before_the_pronoun_leaves_the_pronoun_alone() -> None:
    text = FACT_BOX_INTERVIEW.replace(
        "Hun har dirigert kor på tre kontinenter.",
        "Styreleder Per Holm ansatte henne i høst. Hun har dirigert kor på tre kontinenter.",
    )
    article = parse_text(text)
    assert "Kari Nordvik har dirigert" not in article.text
    assert "Hun har dirigert kor" in article.text


def test_a_fact_box_naming_two_people_names_nobody() -> None:
    text = FACT_BOX_INTERVIEW.replace(
        "Hvem: Kari Nordvik (52)", "Hvem: Kari Nordvik (52)\n\nHvem: Ola Vik (40)"
    )
    article = parse_text(text)
    assert "Kari Nordvik" not in article.text


def test_an_answer_that_leans_on_its_question_is_no_bullet_without_it() -> None:
    text = "\n\n".join(
        [
            "Dataangrep mot nettsidene til tilsynet",
            "Nettsidene til Nordvik tilsyn var mandag nede etter et nytt dataangrep.",
            "– Nettsidene våre er rammet av et tjenestenektangrep, sier fagdirektør Roar Thon i"
            " tilsynet til avisa.",
            "– Hva kan du si om dem som står bak?",
            "– De er ikke vårt hovedfokus. Vi skal forebygge.",
            "– Hvor alvorlig er det?",
            "– Det kan ramme alle – så handler det om hvilke tiltak man har for å komme opp igjen.",
            "– Når var første melding om at de var nede?",
            "– Jeg hørte først om det rundt klokken 10.30.",
        ]
    )
    found = _bullets(text, 90)
    assert any(b.startswith("Roar Thon: – Jeg hørte først om det") for b in found), found
    assert not any("De er ikke vårt hovedfokus" in b for b in found), found
    assert not any(b.startswith("Roar Thon: så handler") for b in found), found


SAID_AFTER_QUOTE = "\n\n".join(
    [
        "Nye mobilregler på Nordvik skole",
        "Nordvik skole har fått nye regler for mobilbruk i timene fra denne uka, etter en "
        "lang debatt blant foreldrene i hele kommunen.",
        "Elevene må levere telefonen i et skap når de kommer til klasserommet om morgenen, "
        "og de får den igjen etter siste time.",
        "– Det er som å hoppe på toget i fart. Det er mange endringer hele tiden, og vi må "
        "prøve oss fram.",
        "Det sier rektor Kari Vik ved Nordvik skole. Hun mener reglene må evalueres etter ett år.",
        "Foreldrerådet støtter forbudet, men flere elever har protestert mot at telefonen "
        "blir låst inne hele dagen.",
    ]
)


def test_a_quote_named_by_the_sentence_after_it_is_said_in_that_name() -> None:
    found = _bullets(SAID_AFTER_QUOTE)
    assert "Kari Vik, rektor ved Nordvik skole: – Det er som å hoppe på toget i fart." in found
    assert not any(b.startswith(("Det sier", "Det er mange endringer")) for b in found)


@pytest.mark.parametrize(
    "said",
    [
        "Så enkelt oppsummerer rektor Kari Vik den nye ordninga.",  # how, and what, it sums up
        "Slik beskriver rektor Kari Vik det.",
        "Så kort forklarer rektor Kari Vik de nye reglene.",
    ],
)
def test_a_quote_summed_up_by_the_sentence_after_it_is_said_in_that_name(said: str) -> None:
    text = SAID_AFTER_QUOTE.replace("Det sier rektor Kari Vik ved Nordvik skole.", said)
    found = _bullets(text)
    assert "Kari Vik, rektor: – Det er som å hoppe på toget i fart." in found
    assert not any(b.startswith(said[:12]) for b in found)


@pytest.mark.parametrize(
    "where", ["Kari Vik til NRK", "Kari Vik i en pressemelding", "Kari Vik i ei fråsegn"]
)
def test_where_the_quote_was_said_is_not_who_said_it(where: str) -> None:
    text = SAID_AFTER_QUOTE.replace("rektor Kari Vik ved Nordvik skole", where)
    assert "Kari Vik: – Det er som å hoppe på toget i fart." in _bullets(text)


def test_the_speakers_place_stays_and_where_it_was_said_goes_after_it() -> None:
    text = SAID_AFTER_QUOTE.replace(
        "rektor Kari Vik ved Nordvik skole", "Kari Vik i Nordvik skolekontor til NRK"
    )
    found = _bullets(text)
    assert "Kari Vik, i Nordvik skolekontor: – Det er som å hoppe på toget i fart." in found


def test_a_speaker_with_a_relative_clause_after_the_quote_is_still_its_speaker() -> None:
    # «Det seier Kari Vik, som filma uvêret.»: who she is, not her role
    text = SAID_AFTER_QUOTE.replace(
        "rektor Kari Vik ved Nordvik skole", "Kari Vik, som har vore rektor i ti år"
    )
    found = _bullets(text)
    assert "Kari Vik: – Det er som å hoppe på toget i fart." in found
    assert not any(b.startswith("Det sier") for b in found)


def test_a_post_with_a_comma_before_the_name_stays_the_speakers() -> None:
    text = SAID_AFTER_QUOTE.replace(
        "rektor Kari Vik ved Nordvik skole", "innsatsleder på stedet, Kari Vik"
    )
    found = _bullets(text)
    assert "Kari Vik, innsatsleder på stedet: – Det er som å hoppe på toget i fart." in found


@pytest.mark.parametrize("inside", [False, True])
def test_a_post_at_a_body_then_a_comma_and_the_name_is_the_speakers(inside: bool) -> None:
    # («Det sier leder i Pensjonistforbundet, Mellvin Steinsvoll.», in the quote's own
    # paragraph or the next)
    text = SAID_AFTER_QUOTE.replace(
        "rektor Kari Vik ved Nordvik skole", "leder i Foreldrerådet, Kari Vik"
    )
    if inside:  # (the sentence last in the quote's paragraph)
        text = text.replace("fram.\n\nDet sier", "fram. Det sier")
        text = text.replace(" Hun mener reglene må evalueres etter ett år.", "")
    found = _bullets(text)
    assert "Kari Vik, leder i Foreldrerådet: – Det er som å hoppe på toget i fart." in found
    assert not any(b.startswith("Det sier") for b in found)


def test_where_a_speaker_wrote_it_after_a_comma_is_no_part_of_the_speaker() -> None:
    # («Det skriver Karl Svor i Nordvik Energi, i en markedskommentar på ne.no.»)
    text = SAID_AFTER_QUOTE.replace(
        "Det sier rektor Kari Vik ved Nordvik skole.",
        "Det skriver Kari Vik i Nordvik skole, i en kommentar på nordvik.no.",
    )
    found = _bullets(text)
    assert "Kari Vik, i Nordvik skole: – Det er som å hoppe på toget i fart." in found, found


def test_the_place_of_a_speakers_post_stays_in_the_post_not_in_the_name() -> None:
    text = SAID_AFTER_QUOTE.replace(
        "rektor Kari Vik ved Nordvik skole", "kommunedirektør i Nordvik Kari Vik"
    )
    found = _bullets(text)
    assert "Kari Vik, kommunedirektør i Nordvik: – Det er som å hoppe på toget i fart." in found


INTRO_OVER_QUOTE = "\n\n".join(
    [
        "Lærerstreiken trappes opp",
        "Streiken blant lærerne i Nordvik ble trappet opp i dag, og nå er ni skoler berørt.",
        "Sondre Hegreberg går siste året på Nordvik videregående skole.",
        "– Jeg er redd for at karakterene mine blir dårligere når vi mister så mye"
        " undervisning før eksamen.",
        "Fylket og lærerne skal møtes til nye forhandlinger på mandag.",
    ]
)


def test_a_quote_under_the_sentence_that_brings_in_its_speaker_is_said_in_that_name() -> None:
    found = _bullets(INTRO_OVER_QUOTE)
    assert any(b.startswith("Sondre Hegreberg: – Jeg er redd for at karakterene") for b in found)


def test_a_quote_under_a_sentence_its_speaker_ends_is_that_speakers() -> None:
    # (not the firm the sentence opens on: «Båtbyggeren Nordvik: – …»)
    text = INTRO_OVER_QUOTE.replace(
        "Sondre Hegreberg går siste året på Nordvik videregående skole.",
        "Båtbyggeren Nordvik Verft sa i fjor opp 90 ansatte, men trenger nå flere folk, sier"
        " administrerende direktør, Dag Songe.",
    )
    found = _bullets(text)
    assert any(b.startswith("Dag Songe: – Jeg er redd for at karakterene") for b in found), found
    assert not any(b.startswith("Båtbyggeren Nordvik:") for b in found), found


@pytest.mark.parametrize(
    "intro",
    [
        "– Jeg må beklage til Lars for at vi tok ham inn, sa Kari Holm.",  # (a quote)
        "Laget tapte etappen med to sekunder i spurten, sa Kari Holm.",
    ],
)
def test_a_quote_with_its_own_speaker_is_not_put_in_the_name_the_line_above_ends_on(
    intro: str,
) -> None:
    text = INTRO_OVER_QUOTE.replace(
        "Sondre Hegreberg går siste året på Nordvik videregående skole.", intro
    ).replace(" undervisning før eksamen.", " undervisning før eksamen, innrømmet Nordhaug.")
    assert not any(b.startswith("Kari Holm: – Jeg er redd") for b in _bullets(text))


@pytest.mark.parametrize(
    "intro",
    [
        # a title first; several sentences; the quote names its own speaker
        "Statsminister Kari Ås besøkte skolen i dag.",
        "Sondre Hegreberg går siste året på skolen. Han har eksamen i mai.",
        # a small word first, then a name: «Noen Bjella i sentrum ble det ikke»
        "Noen Hegreberg på skolen ble det ikke i år.",
        # a source's «Ifølge», then its name's genitive: «Ifølge Telenors egne kart …»
        "Ifølge Nordviks egne tall går nesten alle elevene opp til eksamen.",
    ],
)
def test_a_quote_is_given_in_no_name_the_sentence_above_does_not_open_on(intro: str) -> None:
    text = INTRO_OVER_QUOTE.replace(
        "Sondre Hegreberg går siste året på Nordvik videregående skole.", intro
    )
    assert not any(": – Jeg er redd" in b for b in _bullets(text))


def test_a_quote_that_brings_in_its_own_speaker_is_not_put_in_the_name_above() -> None:
    text = INTRO_OVER_QUOTE.replace(
        " undervisning før eksamen.",
        " undervisning, smeller det fra sidekamerat Kari Lie (17) som hører på.",
    )
    assert not any("Sondre Hegreberg: –" in b for b in _bullets(text))


@pytest.mark.parametrize(
    "said",
    [
        # a speech verb no list holds, and a full name after it: the quote's own speaker
        ", gliser klassekamerat Kari Lie etter timen.",
        ", funderer fylkesleder i Elevorganisasjonen Per Holm.",
    ],
)
def test_a_quote_that_names_its_own_speaker_is_not_put_in_the_name_above(said: str) -> None:
    text = INTRO_OVER_QUOTE.replace(" undervisning før eksamen.", f" undervisning{said}")
    assert not any("Sondre Hegreberg: –" in b for b in _bullets(text))


def test_a_pronoun_after_the_quote_names_nobody_to_put_in_front() -> None:
    text = SAID_AFTER_QUOTE.replace("Det sier rektor Kari Vik ved Nordvik skole.", "Det sier hun.")
    assert not any(": – Det er som" in b for b in _bullets(text))


QA_WITH_LABELS = "\n\n".join(
    [
        "Q&A with Maria Holt",
        "Maria Holt is a ferry captain and the author of the new book Night Crossings, "
        "published by Harbour Press and Tide Books.",
        "Q: What made you write about the night ferries?",
        "A: I worked the night crossing for twelve years and saw the island change as the "
        "young people left.",
        "Q: How did the islanders react to the book?",
        "A: Great question, though I'm not sure how to answer it!",
        "Q: What are you working on now?",
        "A: I am writing a history of the harbour, which opens as a museum next spring.",
    ]
)


def test_a_qa_interview_with_a_and_q_labels_answers_in_the_name_its_title_gives() -> None:
    found = _bullets(QA_WITH_LABELS)
    assert (
        "Maria Holt: – I worked the night crossing for twelve years and saw the island "
        "change as the young people left." in found
    )
    assert not any("A:" in b or "Q:" in b for b in found)
    assert not any("Great question" in b for b in found)  # words on the question, not news


PORTRAIT = "\n\n".join(
    [
        "Namn: Ellen Vik\n\nAlder: 42 år\n\nBustad: Nordvik\n\nBil: Ein liten, raud Volvo",
        "\u2212 Fortel litt om jobben din.",
        "\u2212 Å vere rektor betyr at eg har ansvar for å drive og utvikle skulen med dei "
        "ressursane eg har fått tildelt.",
        "Ein del av tida underviser eg også, og det er sjølvsagt kjekt å vere i klasserommet.",
        "\u2212 Kvifor valde du dette yrket?",
        "\u2212 Eg ville alltid jobbe med menneske, og valet stod mellom lærar og sjukepleiar.",
    ]
)


def test_a_fact_box_name_and_a_prompt_make_a_portrait_an_interview() -> None:
    article = parse_text(PORTRAIT)
    assert [s.heading for s in article.sections] == [None]  # «Bil: …» is the box's line
    found = _bullets(PORTRAIT)
    assert any(b.startswith("Ellen Vik: – Å vere rektor betyr") for b in found)
    assert not any("Fortel litt" in b for b in found)  # the interviewer's prompt


def test_the_answers_plain_paragraph_in_the_first_person_is_the_interviewees_too() -> None:
    article = parse_text(PORTRAIT)
    assert "Ellen Vik: – Ein del av tida underviser eg også" in article.text


def test_an_interview_whose_answers_give_no_bullet_gives_the_facts_its_questions_open_on() -> None:
    """The page cut before it names the interviewee: the answers are nobody's words, but a
    fact the interviewer gives before asking is news, not «(No bullets)»."""
    text = "\n\n".join(
        [
            "Det kom inn 1036 bidrag til konkurransen, og ti av dem er med i finalen. Hvorfor ble"
            " du valgt ut?",
            "– Jeg har laget en poplåt sammen med en kollega, og juryen likte den.",
            "Finalen går i Kiev i mai. Hva slags låt er det?",
            "– Det er en klassisk, kommersiell poplåt som passer på radio.",
        ]
    )
    bullets = _bullets(text)
    assert any(b.startswith("Det kom inn 1036 bidrag") for b in bullets), bullets
    assert not any("poplåt" in b for b in bullets)


def test_a_pull_quotes_credit_names_the_interviewee() -> None:
    text = "\n\n".join(
        [
            "Hva er grunnen til at du takket ja til å bli med?",
            "– Jeg tenkte at dette blir en stor utfordring, og jeg liker utfordringer.",
            "Hva er målet for denne sesongen?",
            "– Man vil alltid vinne når man er med i en konkurranse, men jeg vil lære mest.",
            "Jeg elsker å danse med hele kroppen og miste det helt. — Kari Nordvik",
            "Hvordan vil du beskrive dansepartneren din?",
            "– Han er helt fantastisk, og han har så mye energi at jeg ler hele tiden.",
        ]
    )
    found = _bullets(text)
    assert any(b.startswith("Kari Nordvik: – Man vil alltid vinne") for b in found), found


def test_the_interviewee_the_first_question_calls_by_name_speaks_the_answers() -> None:
    text = "\n\n".join(
        [
            "Sigrid! Er det bare meg, eller er dette et «comeback?»",
            "– Hæhæ. Jeg er bare 24 år, men ja, det er litt det for min del.",
            "Er det ekstra press å slippe en låt når det er to år siden sist?",
            "– Det skulle ikke være en så lang pause. Presset er stort, men det er mest gøy.",
            "[ Henriette Steenstrup: – Er det noen barn skal såre, så er det mora si! ]",
        ]
    )
    bullets = _bullets(text)
    assert any(b.startswith("Sigrid: – ") for b in bullets), bullets
    assert not any("Steenstrup" in b for b in bullets)  # a link to another story


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "– Alf van der Hagen, du var med i den første redaksjonen i 1988. Hva husker du?",
            "Alf van der Hagen",
        ),
        ("Kari Holm, er det et comeback?", "Kari Holm"),
        ("Leonardo da Costa, hvordan begynte det hele?", "Leonardo da Costa"),
    ],
)
def test_an_interviewee_called_by_name_under_the_intro_speaks_the_answers(
    question: str, name: str
) -> None:
    text = "\n\n".join(
        [
            "Tidsskriftet fyller 35 år, og redaktøren har slått av en prat med en av dem som"
            " var med fra starten.",
            question,
            "– Vi var få og hadde lite penger, men jeg hadde aviserfaring, så det gikk bra.",
            "– Hvordan gikk det med studiene?",
            "– Jeg sluttet etter fullført grad og begynte å jobbe heltid frilans for NRK.",
        ]
    )
    bullets = _bullets(text)
    assert any(b.startswith(f"{name}: – ") for b in bullets), bullets


def test_the_theatre_the_intro_names_is_no_interviewee() -> None:
    text = "\n\n".join(
        [
            "Vi tok ein prat med skodespelarar på Det Norske Teateret om møtet med publikum.",
            "– Kva tenkjer de om møtet med oss?",
            "– Om eg er medviten på publikum, er eg då faktisk i rolla, spør Thomas Bye.",
            "– Er det annleis å stå på ei scene enn å spele i ein film?",
            "– Klart det er annleis å vise ein tanke på ei teaterscene, forklarar Teodor Janson.",
        ]
    )
    assert not any("Teateret:" in b for b in _bullets(text))


def test_glued_questions_are_split_and_answered_in_the_intros_name() -> None:
    text = "\n\n".join(
        [
            "Kari Holm er på turné med bandet sitt, og vi fikk en prat med henne på hotellet.",
            "– Har du tid til å se på TV?– Ja, det eneste tidspunktet jeg ser TV er på turné.",
            "– Hva ser du på?– Mest nyheter, men jeg liker quiz på fredager og lørdager.",
            "– Savner du hjemme?– Jeg savner hunden min, men turneen varer bare i tre uker.",
        ]
    )
    bullets = _bullets(text)
    assert any(b.startswith("Kari Holm: – ") for b in bullets), bullets
    assert not any("?" in b for b in bullets)


def test_a_place_called_in_the_first_question_is_no_interviewee() -> None:
    text = "\n\n".join(
        [
            "Oslo, er det en god by å bo i for unge?",
            "– Ja, jeg synes det, men det er dyrt å bo her.",
            "Hva er det beste med byen?",
            "– Det er folka og alle konsertene.",
        ]
    )
    assert not any(b.startswith("Oslo:") for b in _bullets(text))


def test_a_question_that_opens_on_who_you_are_gives_no_bullet() -> None:
    """The page never names who answers: the facts a question opens on are the digest, but
    not «Du kjem frå Harstad.»: the interviewer telling her who she is."""
    text = "\n\n".join(
        [
            "Du kjem frå Harstad i Troms. Korleis var det å vekse opp der?",
            "– Det var fint, men eg ville ut og sjå verda.",
            "Boka di kom ut i 28 land i fjor. Kva betyr det for deg?",
            "– Det betyr alt. Eg kan leve av skrivinga no.",
        ]
    )
    bullets = _bullets(text)
    assert not any(b.startswith("Du kjem") for b in bullets), bullets


VOX_POP = "\n\n".join(
    [
        "Kva meiner elevane om nynorsk?",
        "Kari, Ola og Siri går i sjuande klasse på Nordvik skule. Dei har bokmål som hovudmål.",
        "Kari: Mamma er frå Ulsteinvik på Vestlandet. Nynorsk kan vere litt irriterande, men"
        " det er trist viss nynorsken døyr ut.",
        "Ola: Eg møter nynorsk mest på skulen. Det er vanskeleg å forstå alt når eg les"
        " nynorsk, men det går betre kvart år.",
    ]
)


def test_a_vox_pops_later_sentences_are_said_in_their_speakers_name() -> None:
    found = _bullets(VOX_POP)
    said = [b for b in found if "Nynorsk kan vere litt irriterande" in b]
    assert said == [
        "Nynorsk kan vere litt irriterande, men det er trist viss nynorsken døyr ut, seier Kari."
    ], found
    assert not any(b.startswith("Det er vanskeleg å forstå") and "Ola" not in b for b in found)


def test_one_label_is_no_vox_pop() -> None:
    # («Bakgrunn: …» opens one paragraph: no speakers, its sentences as they are)
    text = VOX_POP.replace("Ola: Eg møter", "Eg møter")
    found = _bullets(text)
    assert not any(b.endswith("seier Kari.") for b in found), found


def test_a_short_reply_to_a_question_the_story_asks_is_no_bullet() -> None:
    text = (
        "Ordføreren vil stille til gjenvalg\n\n"
        "Ordfører Kari Lunde i Fjordvik sier hun stiller til gjenvalg uansett hvordan partiet"
        " gjør det i valget mandag.\n\n"
        "Partiet ligger an til å få 21 prosent av stemmene, viser en måling fra søndag.\n\n"
        "– Tror du det holder til å bli største parti i kommunen?\n\n"
        "– Det blir spennende å se, sier Lunde til Fjordposten.\n\n"
        "– Hvor stort nederlag vil det være om Høyre blir størst?\n\n"
        "– Nå skal vi kommentere valget når det kommer. Vi vil være størst mulig.\n\n"
        "Hun understreker at det fremdeles er tid igjen til å stemme for dem som ikke har"
        " bestemt seg.\n"
    )
    given = [b for s in digest_of(analyse(parse_text(text))).sections for b in s.bullets]
    assert given and not any(
        b.startswith(("Det blir spennende", "Nå skal vi", "– Det blir", "– Nå skal")) for b in given
    ), given


def test_a_quote_under_its_speaker_and_a_colon_is_given_in_the_speakers_name() -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    text = (
        "Trusts urge realism over waiting list target\n\n"
        "Responding to a speech by the prime minister on waiting times, the chief executive of"
        " the trusts' body, Saffron Cordery said:\n\n"
        '"Trust leaders are doing everything they can to ensure patients get care as quickly as'
        " possible. They are working with their teams to reduce delays.\n\n"
        '"Our survey showed many have doubts about being able to meet the 18-week target over'
        ' the next five years."\n\n'
        "The government said the target would be met by the end of the parliament."
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=90).sections for b in s.bullets
    ]
    assert any(b.startswith("Saffron Cordery: Trust leaders are doing") for b in bullets), bullets
    assert any("18-week target" in b and "Saffron Cordery" in b for b in bullets), bullets


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "Council to build a new school\n\n"
            "The council approved plans on Thursday to build a new primary school for 600"
            " pupils on the old airfield site.\n\nHousing Secretary Angela Reed said:\n\n"
            '"This is exactly the kind of ambition we need to see from councils everywhere.\n\n'
            "Opponents say the roads near the site cannot take the extra traffic.",
            "Housing Secretary Angela Reed: This is exactly the kind of ambition",
        ),
        (
            "Kommunen bygger ny skole\n\n"
            "Kommunestyret vedtok torsdag å bygge en ny barneskole på Nordvik til 300 millioner"
            " kroner.\n\nOrdfører Kari Ås sa:\n\n"
            "– Dette er en stor dag for hele bygda, og vi har ventet lenge på skolen.\n\n"
            "Opposisjonen stemte mot og mener prisen er altfor høy.",
            "Ordfører Kari Ås: – Dette er en stor dag for hele bygda",
        ),
    ],
)
def test_a_quote_under_a_short_line_that_names_its_speaker_is_given_in_that_name(
    text: str, given: str
) -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    digest = digest_article(parse_text(text), max_words=200)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert any(b.startswith(given) for b in bullets), bullets
    assert all(s.heading is None for s in digest.sections), [s.heading for s in digest.sections]


@pytest.mark.parametrize(
    ("intro", "quote", "given"),
    [
        (
            "Ivar Lunde seier følgjande om bakgrunnen for den nye plata:",
            "– Nokon sa til meg at dei hadde likt å høyre songen igjen, og det inspirerte meg"
            " til å skrive han om.",
            "Ivar Lunde: – Nokon sa til meg at dei hadde likt å høyre songen igjen",
        ),
        (
            "Kari Ås sa til Fjordposten etter møtet:",
            "– Dette er en stor dag for hele bygda, og vi har ventet lenge på skolen.",
            "Kari Ås: – Dette er en stor dag for hele bygda",
        ),
        (
            "Head teacher Mary Stone told parents in a letter on Monday:",
            '"We are proud of every pupil who worked so hard for these results this year."',
            "Mary Stone: We are proud of every pupil who worked so hard",
        ),
    ],
)
def test_a_quote_under_its_speaker_a_verb_and_a_few_words_is_given_in_that_name(
    intro: str, quote: str, given: str
) -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    after = (
        "The school's results were published on Friday."
        if quote.startswith('"')
        else "Bandet gav ut plata fredag."
    )
    text = f"{intro}\n\n{quote}\n\n{after}"
    digest = digest_article(parse_text(text), max_words=200)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert any(b.startswith(given) for b in bullets), bullets


def test_a_question_under_a_line_that_names_a_speaker_is_not_put_in_that_name() -> None:
    from bot.core.parse import parse_text

    text = (
        "Ny skole i bygda\n\n"
        "Kommunestyret vedtok torsdag å bygge en ny barneskole på Nordvik for 600 elever.\n\n"
        "Ordfører Kari Ås sa:\n\n– Blir skolen ferdig til skolestart i 2028?\n\n"
        "Det svarte hun ikke på."
    )
    assert not any("Kari Ås: –" in p for s in parse_text(text).sections for p in s.paragraphs)


def test_a_shouted_quote_is_the_shouters_not_the_person_the_paragraph_above_names() -> None:
    from bot.core.digest import digest_article
    from bot.core.parse import parse_text

    text = (
        "Dobbel norsk seier i storslalåm\n\n"
        "Henrik Kristoffersen vant sitt tredje renn på rad i storslalåm lørdag.\n\n"
        "– Det er så deilig! ropte Rasmus Windingstad da han løftet opp Kristoffersen i"
        " målområdet.\n\n"
        "Windingstad kjørte inn til sin første pallplass i karrieren."
    )
    paragraphs = [p for s in parse_text(text).sections for p in s.paragraphs]
    assert not any(p.startswith("Henrik Kristoffersen:") for p in paragraphs), paragraphs
    bullets = [b for s in digest_article(parse_text(text)).sections for b in s.bullets]
    assert not any("Kristoffersen: – Det er så deilig" in b for b in bullets), bullets


@pytest.mark.parametrize(
    ("intro", "given"),
    [
        # a long post with «and» in it: the name, not the post's last capitals
        ("Anna Berg, Regional Housing and Social Care Ombudsman, said:", "Anna Berg: "),
        ("Anna Berg, the chief inspector, said:", "Anna Berg, the chief inspector: "),
    ],
)
def test_a_quote_under_a_name_and_its_post_is_given_in_the_name(intro: str, given: str) -> None:
    from bot.core.digest import digest_article

    text = (
        "Care home told to refund a family\n\n"
        "A care provider has been told to refund a family after an elderly resident was"
        f" neglected at its home in Millbrook.\n\n{intro}\n\n"
        "“Choosing a care home is a hard time for families, and they must be able to trust"
        " the home to look after their relative.\n\n"
        "“I asked the provider to waive the fees for the months she lived in the home.”\n"
    )
    bullets = [
        b for s in digest_article(parse_text(text), max_words=200).sections for b in s.bullets
    ]
    quoted = [b for b in bullets if "waive the fees" in b or "hard time" in b]
    assert quoted and all(b.startswith(given) for b in quoted), bullets
