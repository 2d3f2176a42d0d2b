"""Broadcast transcripts: each turn keeps its speaker, named as a reader writes the name."""

from __future__ import annotations

from bot.core.analysis import analyse
from bot.core.digest import digest_of
from bot.core.parse import parse_text

PHARMACIES = "\n\n".join(
    [
        "Why small towns are losing their pharmacies",
        "Across the rural Midwest, independent pharmacies close at a record pace. Host Anna "
        "Lind talks with pharmacist Dale Morrow and researcher Priya Shah.",
        "ANNA LIND, HOST: This is Morning Report. I'm Anna Lind.",
        "Dale Morrow has run the only pharmacy in Harlan, Nebraska, for 31 years.",
        "DALE MORROW: Thanks for having me.",
        "LIND: What is happening to pharmacies like yours?",
        "MORROW: The payments we get for filling prescriptions have dropped every year for "
        "a decade, and we now lose money on one in four prescriptions.",
        "LIND: And what happens to your customers if you close?",
        "MORROW: Many of them are elderly and cannot drive the hour to the city.",
        "PRIYA SHAH: That is what our research shows. When a rural pharmacy closes, fewer "
        "patients keep taking their heart medicine.",
        "LIND: Priya Shah studies rural health at the University of Iowa. What would help?",
        "SHAH: Congress could require the middlemen to pay pharmacies what the drugs cost.",
        "LIND: Dale Morrow and Priya Shah, thank you both.",
    ]
)
# The other way transcripts mark turns: a title and a role in brackets, surnames after.
BARBERSHOP = "\n\n".join(
    [
        "Barbershop: the week in sport",
        "I'm Mia Holt, and the guys are in the shop: writer Jon Berry and columnist Tom Vale.",
        "Mr. JON BERRY (Writer): Thanks, Mia. The league's new salary cap will change how "
        "every small club builds its team.",
        "Mr. TOM VALE (Columnist, Sports Weekly): I disagree. The cap only limits the rich "
        "clubs, and the small ones will spend as little as before.",
        "BERRY: The players' union has already said it will fight the cap in court.",
        "VALE: The union fought the last cap too, and it lost in every court.",
    ]
)


def _bullets(text: str, words: int = 400) -> list[str]:
    digest = digest_of(analyse(parse_text(text)), max_words=words)
    return [b for s in digest.sections for b in s.bullets]


def test_a_turns_label_becomes_the_speakers_full_name() -> None:
    article = parse_text(PHARMACIES)
    text = article.text
    assert "Dale Morrow: The payments we get" in text
    assert "Priya Shah: Congress could require" in text
    assert "MORROW:" not in text and "LIND:" not in text


def test_a_turn_is_no_heading_and_no_caption_and_the_sign_on_goes() -> None:
    article = parse_text(PHARMACIES)
    assert all(section.heading is None for section in article.sections)
    assert "Priya Shah: That is what our research shows." in article.text  # not a caption
    assert "This is Morning Report" not in article.text


def test_a_guests_words_are_bullets_with_the_guest_named() -> None:
    found = _bullets(PHARMACIES)
    assert any(b.startswith("Dale Morrow: The payments we get") for b in found)
    assert not any(b.startswith(("The payments", "Many of them", "MORROW")) for b in found)
    assert not any(b.endswith("?") for b in found)


def test_titles_and_roles_in_brackets_are_read_too() -> None:
    text = parse_text(BARBERSHOP).text
    assert "Jon Berry: The players' union has already said" in text
    assert "Tom Vale: I disagree." in text


def test_the_name_in_front_of_every_turn_is_no_topic() -> None:
    # The host's name is in front of every question; the text names her once.
    digest = digest_of(analyse(parse_text(PHARMACIES)), max_words=90)
    commands = {topic.command for topic in digest.topics}
    assert "lind" not in commands
    # (the guests are; beside names, a word as common as «pharmacy» is no topic)
    assert {"dale_morrow", "priya_shah"} <= commands


def test_caption_kickers_in_capitals_are_no_transcript() -> None:
    text = "\n\n".join(
        [
            "Flaumen stengde vegen",
            "Vegen over fjellet vart stengd i natt etter at elva gjekk over breidda ved Voss.",
            "STENGD: Vegvesenet sperra vegen ved brua i natt. Foto: Kari Ås / NTB",
            "Elva steig raskt etter to døgn med kraftig regn over heile Vestlandet.",
            "VÅTT: Bønder i dalen fekk vatn i kjellaren. Foto: Ola Berg / NTB",
            "Vegvesenet reknar med å opne vegen att tidlegast onsdag.",
            "OPPRYDDING: Mannskap frå kommunen rydda vegen. Foto: Per Li / NTB",
        ]
    )
    article = parse_text(text)
    assert "Stengd:" not in article.text and "STENGD" not in article.text
    assert "Foto" not in article.text


WIRE = "\n\n".join(
    [
        "Q&A: the governor's interview",
        "Text of Governor Ann Reyes's interview Friday with a wire reporter:",
        "Q Many voters may not care about the bond vote, but your office calls it a "
        "catastrophe if it fails. How bad could it be?",
        "THE GOVERNOR: Well, first of all, I'm confident the bond will pass in March.",
        "And here's why. If it failed, you would see the state lose its credit rating.",
        "Q What happens to the bridges?",
        "THE GOVERNOR: The bridge repairs would stop within a month, and we'd have to close "
        "two of them.",
    ]
)


def test_a_wire_transcripts_questions_are_context_and_the_answers_keep_their_speaker() -> None:
    article = parse_text(WIRE)
    assert "The Governor: Well, first of all, I'm confident" in article.text
    found = _bullets(WIRE)
    assert any(b.startswith("The Governor: Well, first of all") for b in found)
    # The interviewer's premise, and the governor's words without the name in front
    assert not any("Many voters" in b or "catastrophe" in b for b in found)
    assert not any(b.startswith(("If it failed", "And here's why")) for b in found)


def test_a_guests_later_sentences_are_no_bullets_without_the_name() -> None:
    found = _bullets(PHARMACIES)
    assert not any(b.startswith(("We now lose", "When a rural pharmacy")) for b in found)


HOST_ASKS = "\n\n".join(
    [
        "Full transcript: Tom Berg and Lisa Hall",
        "The following is a transcript of Tom Berg's interview with the mayor, Lisa Hall.",
        "TOM BERG: Mayor, thanks for doing this.",
        "LISA HALL: Pleasure to be with you.",
        "TOM BERG: I am struck by how calm the city was after the flood. Why was that?",
        "LISA HALL: The warning came early, and every family knew where to go.",
        "TOM BERG: What was the hardest day?    LISA HALL: The hardest day was the second "
        "night, when the river broke through the wall at the harbour.",
        "TOM BERG: And what comes next?",
        "LISA HALL: The council will build a higher wall before next winter.",
    ]
)


def test_the_interviewers_every_turn_asks_and_a_turn_run_on_is_read_apart() -> None:
    found = _bullets(HOST_ASKS)
    assert not any(b.startswith("Tom Berg:") for b in found)  # the interviewer's
    assert any(b.startswith("Lisa Hall: The hardest day was the second night") for b in found)
    assert not any(b.startswith(("The following is", "Lisa Hall: Pleasure")) for b in found)
    # a label is split from the turn before it, not inside itself («TOM» / «BERG: …»)
    article = parse_text(HOST_ASKS)
    assert not any(p in ("TOM", "LISA") for s in article.sections for p in s.paragraphs)
    assert "Lisa Hall: The hardest day was" in article.text


def test_capital_labels_in_a_text_that_is_no_transcript_stay_as_they_were() -> None:
    text = (
        "Nato møtes i Brussel\n\n"
        "BRUSSEL (NTB): Forsvarsministrene møtes torsdag, og mange venter svar fra USA. "
        "Etter møtet sa ministeren at alliansen står samlet. USA: Vi stiller opp for våre "
        "allierte, heter det i en uttalelse fra Washington.\n\n"
        "Møtet varer i to dager."
    )
    article = parse_text(text)
    assert any("USA: Vi stiller opp" in p for s in article.sections for p in s.paragraphs)
    assert not any(p.startswith("USA:") for s in article.sections for p in s.paragraphs)


# A page that starts after the host's introduction: the labels are the only names, one
# of them with a letter outside English («NUÑEZ»), and a voice nobody names.
CUT_OFF = "\n\n".join(
    [
        "Council sits through the night to pass the budget",
        "Play Live Radio",
        "0:00 0:00",
        "UNIDENTIFIED PERSON #1: All those in favour, say aye.",
        "HOLM: Councillors voted through the night on dozens of amendments to the budget.",
        "UNIDENTIFIED PERSON #2: This amendment would cut the library's hours in half.",
        "HOLM: ...amendments to the budget coming one after another until dawn.",
        "HOLM: The final vote is expected this morning. Our reporter has been there all "
        "night. Good morning.",
        "NUÑEZ: Good morning. The council has rejected every amendment so far.",
        "HOLM: What happens next?",
        "NUÑEZ: The mayor says the budget will pass before noon, with the new tram line in it.",
    ]
)


def test_a_label_given_to_two_turns_names_its_speaker_and_an_unnamed_voice_is_no_bullet() -> None:
    article = parse_text(CUT_OFF, language="en")
    assert article.title == "Council sits through the night to pass the budget"
    assert "Nuñez: The mayor says the budget will pass" in article.text
    bullets = _bullets(CUT_OFF)
    assert bullets and not any("UNIDENTIFIED" in b or "library" in b for b in bullets)
    assert not any("until dawn" in b for b in bullets)  # the tail of a sentence cut off
    assert any(b.startswith("Nuñez: The mayor says") for b in bullets)


# A radio report: the host's label alone on its line, the reporter's turns the story.
REPORT = "\n\n".join(
    [
        "Towns run short of snow ploughs as the first storm arrives",
        "A MARTÍNEZ, HOST:",
        "Towns across the northern states are short of snow ploughs as the first winter "
        "storm arrives. Officials in Duluth say half their fleet is waiting for repairs.",
        "ÅSE ORDOÑEZ, BYLINE: The city ordered new ploughs in March, but none has come. "
        "Crews worked through the night on Sunday with eleven trucks.",
        "KAREN VOSS: We are clearing the main roads first, and the side streets will wait.",
        "ORDOÑEZ: Voss runs the city's road department. The state has promised loans.",
        "MARTÍNEZ: Åse, what are other towns doing?",
        "ORDOÑEZ: Fargo has hired farmers with tractors to clear the side streets.",
        "MARTÍNEZ: That's Åse Ordoñez. Thank you.",
    ]
)


def test_a_reporters_turns_are_the_story_and_a_lone_label_is_no_heading() -> None:
    article = parse_text(REPORT)
    assert all(section.heading is None for section in article.sections)
    bullets = _bullets(REPORT, 90)
    assert bullets[0].startswith("Towns across the northern states are short of snow ploughs")
    assert "The city ordered new ploughs in March, but none has come." in bullets
    assert not any("Ordoñez:" in b or "ORDOÑEZ" in b for b in bullets)
    assert any(b.startswith("Karen Voss: We are clearing the main roads") for b in bullets)
    assert not any(b.endswith("?") for b in bullets)


def test_the_hosts_sign_off_names_no_topic() -> None:
    from bot.core.digest import topics_of

    article = parse_text(REPORT)
    assert "That's Åse Ordoñez" not in article.text
    commands = {t.command for t in topics_of(article)}
    assert not commands & {"ase", "ordonez", "ase_ordonez"}


# A radio report whose reporter is named by the host's line and the sign-off only.
NAMED_REPORT = "\n".join(
    [
        "KARI LUND, Host:",
        "From Nordvik Public Radio, Tom Berg reports.",
        "TOM BERG: On Tuesday morning, Ann Dahl(ph), the union chief at the plant, came home"
        " exhausted after a night of meetings with her members.",
        "ANN DAHL: We have held meetings on all three shifts, and the members are angry.",
        "BERG: Ola Vik(ph), who owns a shop in the town, says earlier cuts have already hurt.",
        "OLA VIK: There are a lot of closed buildings on the main street already.",
        "BERG: For Nordvik Public Radio News, I'm Tom Berg.",
    ]
)


def test_a_reporter_named_by_the_host_or_the_sign_off_tells_the_story() -> None:
    article = parse_text(NAMED_REPORT)
    assert article.title != "KARI LUND, Host:"
    bullets = _bullets(NAMED_REPORT)
    assert not any(b.startswith("Tom Berg:") or "reports." in b for b in bullets)
    assert any(b.startswith("On Tuesday morning, Ann Dahl, the union chief") for b in bullets)
    assert not any("(ph)" in b or "I'm Tom Berg" in b for b in bullets)


def test_captions_given_twice_with_their_labels_are_no_transcript() -> None:
    """A feature's captions, each with its label in capitals and given twice (the caption
    and its copy): no speakers, and the story's paragraphs are still bullets."""
    caption_a = "STORHAVET RETT INN: Grenda har Shetland og Færøyane som næraste naboar."
    caption_b = (
        "TRAVELT: Det byrjar haste for kameratane. – Vi har ikkje noko val, seier ungdomane."
    )
    text = "\n\n".join(
        [
            "BYGDA SOM GAV KOMMUNEN NAMNET",
            caption_a,
            caption_a,
            "Dei fem kommunane skal slå seg saman til ein ny kommune frå nyttår.",
            "Den nye kommunen får meir enn 60.000 innbyggjarar og eit nytt namn.",
            caption_b,
            caption_b,
            "Bøndene i grenda leverer åleine innpå halvparten av mjølka i kommunen.",
        ]
    )
    article = parse_text(text)
    digest = digest_of(analyse(article), max_words=90)
    bullets = [b for s in digest.sections for b in s.bullets]
    assert any(b.startswith("Dei fem kommunane skal slå seg saman") for b in bullets), bullets
