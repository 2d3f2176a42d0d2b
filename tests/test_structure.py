"""Structure as a reader sees it: titles, headings, lists and live entries, in any layout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.digest import digest_article
from bot.core.errors import InputError
from bot.core.model import LIST_ITEM, LIVE_ENTRY, PARAGRAPH, Article
from bot.core.parse import guess_kind, parse_document, parse_markdown, parse_text
from bot.core.text import sentences

READER = Path(__file__).parent.parent / "bench" / "reader"
FIXTURES = Path(__file__).parent / "fixtures"

# The title and headings a reader sees in each bench sample (None: the lead).
# fmt: off
STRUCTURE: dict[str, tuple[str | None, tuple[str | None, ...]]] = {
    # An aggregator's promo, the site name twice, a section label and a shift byline
    # over a long live-blog headline without a stop.
    "structure-en-live-summary.txt": (
        "Ferry operator admits timetable chaos hit island trade, minister says – as it happened",
        ("Evening summary",),
    ),
    "structure-nb-nogaps.txt": (
        "Regjeringen vil bygge ny jernbane i nord.",
        (None, "Næringslivet jubler", "– Det blir en lang og blodig kamp"),
    ),
    "structure-nn-numbered.txt": (
        "Fire ting du bør vite om den nye skulereforma",
        (None, "1. Færre prøvar i ungdomsskulen", "2. Meir praktisk arbeid",
         "3. Ny time i veka til lesing"),
    ),
    "structure-en-setext.md": (
        "Council backs plan for car-free city centre",
        (None, "Shop owners are divided", "What happens next"),
    ),
    "structure-nb-liveblog.txt": ("Uværet på Vestlandet: Dette skjer nå", (None,)),
    "structure-en-live.html": ("Live: Election count under way", (None,)),
    "structure-nb-title.html": (
        "Nye regler for elsparkesykler i Oslo", (None, "Utleierne er kritiske"),
    ),
    "structure-nb-roundup.md": ("Morgenbriefen: Dette må du vite i dag", (None,)),
    "structure-nb-colon.txt": (
        "Støre: – Vi må stå sammen nå",
        (None, "Solberg: Regjeringen har vært for treg", "SV: Vil ha mer til sivil beredskap"),
    ),
    "structure-nb-heldout.txt": (
        "Dette er de viktigste endringene i statsbudsjettet",
        (None, "Skatten går ned for de fleste", "Dyrere å fly"),
    ),
    # sentences a web story breaks into blocks, a wire photo's caption and its label
    "structure-en-broken.txt": ("Grain traders cut exports as harvest fails", (None,)),
}
# fmt: on


def read(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return parse_document(text, kind=guess_kind(path.name, text), source=path.name)


@pytest.mark.parametrize("name", sorted(STRUCTURE))
def test_the_bench_samples_have_their_titles_and_headings(name: str) -> None:
    article = read(READER / name)
    title, headings = STRUCTURE[name]
    assert article.title == title
    assert tuple(s.heading for s in article.sections) == headings


def test_every_structure_sample_on_the_bench_is_listed_here() -> None:
    assert {p.name for p in READER.glob("structure-*")} == set(STRUCTURE)


# Headings without blank lines, dash headings, numbered headings, setext, a title with a stop.


def test_a_heading_directly_over_its_paragraph_is_a_heading() -> None:
    text = (
        "Lærerne streiker videre\n\n"
        "Streiken blant lærerne i Bergen går inn i sin tredje uke, og ingen møter er avtalt.\n"
        "Foreldrene er slitne\n"
        "Mange foreldre må ta fri fra jobb for å passe barna, og flere sier de snart går tom"
        " for feriedager.\n"
        "Kommunen vil ikke gi seg\n"
        "Byrådet sier det ikke er rom for et høyere tilbud i år."
    )
    article = parse_text(text)
    assert article.title == "Lærerne streiker videre"
    assert [s.heading for s in article.sections] == [
        None,
        "Foreldrene er slitne",
        "Kommunen vil ikke gi seg",
    ]


@pytest.mark.parametrize(
    ("head", "underline"),
    [("Mer om strømstøtten", "\n---"), ("Meir om valet", ""), ("More on the costs", "\n===")],
)
def test_more_on_over_a_paragraph_is_its_heading(head: str, underline: str) -> None:
    # Over other stories' headlines «Mer om …» heads a list of links; over prose, a section.
    text = (
        "Regjeringen vil dekke strømregningen\n\n"
        "Regjeringen la fram et nytt forslag om strømstøtte til husholdningene fredag.\n\n"
        f"{head}{underline}\n\n"
        "Forslaget innebærer at staten dekker 90 prosent av strømprisen over 70 øre. Det vil"
        " koste rundt 20 milliarder kroner.\n\n"
        f"{head}\n\n"
        "Slik blir strømstøtten neste år\n\n"
        "Dette må du vite om strømregningen\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None, head]
    assert "Slik blir" not in article.text and "Dette må du vite" not in article.text


@pytest.mark.parametrize("ad", ["Annonse", "Advertisement", "ANNONSE"])
def test_a_one_word_heading_under_an_ad_is_kept(ad: str) -> None:
    text = (
        "Kraftig uvær stenger veier\n\n"
        "Uværet har stengt flere fjelloverganger i Nordland natt til onsdag, og vegvesenet ber"
        " folk holde seg hjemme.\n\n"
        f"{ad}\n\n"
        "Strømbrudd\n"
        "Rundt 4000 kunder i Salten var uten strøm onsdag morgen, opplyser Nordlandsnett."
        " Nettselskapet har mannskaper ute.\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None, "Strømbrudd"]
    assert ad not in article.text


def test_a_wires_name_and_edition_over_the_headline_is_no_title() -> None:
    text = (
        "The Canadian Press - ONLINE EDITION\n\n"
        "Shares drop after quarter misses analyst expectations\n\n"
        "TORONTO - Tighter budgets at banks left the information company short of what"
        " analysts expected in its fourth quarter, and its shares fell six per cent.\n"
    )
    assert parse_text(text).title == "Shares drop after quarter misses analyst expectations"


def test_a_reviews_byline_and_date_are_not_taken_for_other_stories_headlines() -> None:
    """«By on March 24, 2013» is a stamp, so the lines above the review are not a rail of
    teasers whose last is the headline."""
    text = (
        "Stars In Stereo: Self-titled Album Review\n\n"
        "By on March 24, 2013\n\n"
        "Release Date: April 9th\n\n"
        "Label: Hundred Handed Inc.\n\n"
        "The band's upcoming self-titled album may be its first full-length record, and it"
        " is a confident one from the first song to the last.\n"
    )
    assert parse_text(text).title == "Stars In Stereo: Self-titled Album Review"


def test_a_live_pages_label_is_not_taken_for_the_last_of_other_stories_headlines() -> None:
    text = (
        "Does the council want to close the harbour for good?\n\n"
        "The county believes the council is letting the harbour decay to force a sale\n\n"
        "Breaking news: the harbour row\n\n"
        "Follow our coverage of the row over the harbour. The council voted on Monday night"
        " to stop all repairs, and the county has asked the minister to step in.\n"
    )
    assert parse_text(text).title == "Does the council want to close the harbour for good?"


def test_a_heading_over_hard_wrapped_paragraphs_is_found_and_the_lines_are_joined() -> None:
    text = (
        "Ny bru over fjorden\n\n"
        "Statens vegvesen har valgt entreprenør for den nye brua over fjorden, og\n"
        "arbeidet starter allerede i august. Brua skal stå ferdig om fire år og\n"
        "erstatte ferja som går i dag.\n"
        "Ferja blir borte\n"
        "Mannskapet på ferja får tilbud om ny jobb i rederiet, opplyser selskapet i\n"
        "en pressemelding. Rederiet vil bruke ferja på et annet samband.\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None, "Ferja blir borte"]
    assert article.sections[0].paragraphs == (
        "Statens vegvesen har valgt entreprenør for den nye brua over fjorden, og arbeidet"
        " starter allerede i august. Brua skal stå ferdig om fire år og erstatte ferja som"
        " går i dag.",
    )


def test_a_lead_on_one_long_line_over_hard_wrapped_lines_leaves_them_wrapped() -> None:
    text = (
        "Hockey roundup: Bears win in overtime\n"
        "Tom Lee scored 1:40 into overtime as the Bears rallied from two goals down to beat the"
        " visiting Wolves 3-2 on Friday night.\n"
        "Sam Berg tied the score in the third period, and Jon Moe also scored as the\n"
        "Bears ran their winning streak to six games. Their goalie stopped 26\n"
        "shots.\n"
        "Hawks 3, Owls 0\n"
        "Ali Khan scored his team-leading 12th goal, Ben Ray recorded his\n"
        "10th, and Max Holt needed to make just 24 saves for his second\n"
        "shutout as the Hawks won at home for the third time in a row this\n"
        "week.\n"
    )
    article = parse_text(text)
    assert article.title == "Hockey roundup: Bears win in overtime"
    assert [s.heading for s in article.sections] == [None, "Hawks 3, Owls 0"]
    assert (
        article.sections[1]
        .paragraphs[0]
        .startswith(
            "Ali Khan scored his team-leading 12th goal, Ben Ray recorded his 10th, and Max Holt"
        )
    )


@pytest.mark.parametrize(
    ("dash_heading", "heading"),
    [
        ("– Det blir en lang og blodig kamp", "– Det blir en lang og blodig kamp"),
        ("– Vi gir oss ikkje", "– Vi gir oss ikkje"),
        # (a quote's dash, shown as one: a hyphen and a space would read as a list's bullet)
        ("- We will not back down", "– We will not back down"),
        ("-Må vurdere utspelet", "– Må vurdere utspelet"),  # (its space put back)
        # a wire's crosshead between two dashes: no quote
        ("- Deal lowers tax rate -", "Deal lowers tax rate"),
    ],
)
def test_a_short_dash_line_alone_between_paragraphs_is_a_heading(
    dash_heading: str, heading: str
) -> None:
    text = (
        "Fagforeininga varslar streik\n\n"
        "Forhandlingane mellom partane brot saman natt til fredag, og fagforeininga varslar"
        " streik frå måndag morgon.\n\n"
        f"{dash_heading}\n\n"
        "Leiaren i fagforeininga seier medlemene er klare til å stå i ein lang konflikt, og"
        " at streikekassa er full etter fleire gode år."
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None, heading]


def test_a_dash_quote_inside_the_text_stays_a_paragraph() -> None:
    text = (
        "Fagforeningen varsler streik\n\n"
        "Forhandlingene brøt sammen natt til fredag.\n\n"
        "– Det blir en lang og blodig kamp, sier lederen.\n\n"
        "– Vi er klare\n\nSa hun."
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None]
    assert "– Det blir en lang og blodig kamp, sier lederen." in article.sections[0].paragraphs


def test_numbered_subheadings_are_headings_and_a_numbered_list_is_items() -> None:
    text = (
        "Tre grep for en billigere strømregning\n\n"
        "Strømprisen er høy, men det finnes grep som virker. Ekspertene anbefaler disse.\n\n"
        "1. Senk temperaturen om natten\n\n"
        "En grad lavere temperatur sparer rundt fem prosent av strømmen til oppvarming.\n\n"
        "2. Bytt til varmepumpe\n\n"
        "En luft-til-luft-varmepumpe kan halvere forbruket i et vanlig hus.\n\n"
        "Husk å sjekke disse punktene:\n"
        "1. Tettelister rundt vinduene\n"
        "2. Isolasjon på loftet\n"
        "3. Termostaten på badet\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [
        None,
        "1. Senk temperaturen om natten",
        "2. Bytt til varmepumpe",
    ]
    last = article.sections[-1]
    assert last.paragraphs[-3:] == (
        "Tettelister rundt vinduene",
        "Isolasjon på loftet",
        "Termostaten på badet",
    )
    assert [last.kind(i) for i in range(len(last.paragraphs))][-3:] == [LIST_ITEM] * 3


def test_markdown_setext_headings_are_title_and_headings() -> None:
    article = parse_markdown(
        "Brua opnar i morgon\n===================\n\n"
        "Den nye brua over sundet opnar for trafikk fredag, eitt år før planen.\n\n"
        "Bompengar i femten år\n---------------------\n\n"
        "Bilistane må betale bompengar i femten år for å nedbetale lånet.\n"
    )
    assert article.title == "Brua opnar i morgon"
    assert [s.heading for s in article.sections] == [None, "Bompengar i femten år"]
    assert article.language == "nn"


@pytest.mark.parametrize(
    "title",
    [
        "Regjeringen kutter i bistanden.",
        "Ferja står att i Florø.",
        "Council votes to close the library.",
        # a cry, «også» in it (not a sentence that goes on from one cut off above it)
        "Nå kommer vinteren – også i sør!",
        # a long question over a longer lead
        "Hvorfor har regjeringen ennå ikke lagt fram en plan for hvordan Norge skal nå "
        "klimamålene?",
        # two short sentences
        "Storm, flom, skredfare og sprengkulde. 63 farevarsler på én gang i romjulen.",
        "I 2019 jublet de over fullt gjennomslag i bystyret. Tre år senere er ingenting skjedd.",
        # (the second a question)
        "Bystyret valde leiar i strid med lova. Er Kari Vik framleis leiar?",
    ],
)
def test_a_short_first_line_is_the_title_even_with_a_full_stop(title: str) -> None:
    lead = (
        "Dette er ingressen til saken, og den er mye lengre enn tittelen fordi den forteller"
        " hva som har skjedd og hvorfor det betyr noe for leserne."
    )
    article = parse_text(f"{title}\n\n{lead}\n\nEt avsnitt til som forteller mer om saken.")
    assert article.title == title
    assert article.sections[0].paragraphs[0] == lead


def test_a_lead_run_into_its_next_sentence_without_a_stop_is_no_title() -> None:
    # A page whose headline is lost: its lead, with the start of the next sentence, on top.
    lead = (
        "Nettselskapet Tensios strømkunder i Trøndelag mistet søndag kveld strømmen som følge av"
        " uvær i regionen. Strømbruddene var fordelt over hele nettområdet"
    )
    article = parse_text(
        f"{lead}\n\nNoen timer ut i natten var antallet strømløse kunder imidlertid blitt"
        " betraktelig lavere, viser selskapets kart.\n\nMandag morgen hadde de fleste strøm."
    )
    assert article.title is None
    assert article.sections[0].paragraphs[0].startswith("Nettselskapet Tensios strømkunder")
    # (a long headline without a stop, whose words are no sentence, is still the title)
    headline = "Strømbrudd i hele Trøndelag etter uvær søndag kveld – tusenvis uten strøm i natt"
    assert parse_text(f"{headline}\n\n{lead}.\n\nMandag hadde de fleste strøm.").title == headline


def test_a_short_first_sentence_with_its_speaker_is_the_lead_not_the_title() -> None:
    article = parse_text(
        "Ulukka skal ha skjedd i eit sosialt lag, seier politiet.\n\n"
        "Ein mann i 30-åra vart send til sjukehus natt til søndag etter ulukka på hytta.\n\n"
        "Politiet har oppretta sak."
    )
    assert article.title is None


def test_two_short_sentences_that_go_on_from_each_other_are_the_lead_not_the_title() -> None:
    article = parse_text(
        "Letters to the editor\n\n"
        "Another leader chooses to pander to the loudest voices. He has lost my vote.\n\n"
        "A letter-writer wonders what is not to like about private health care. The answer is"
        " fewer nurses in public hospitals."
    )
    assert not (article.title or "").startswith("Another leader")
    assert [s.heading for s in article.sections] == [None]
    # (nor a lead's two sentences of what happened: «Politiet fekk melding om brannen …»)
    lead = parse_text(
        "Politiet fekk melding om brannen klokka 15.49 onsdag. Då brannvesenet kom, var fjøset"
        " overtent.\n\n"
        "– Ein reknar med at cirka 35 kyr har brunne inne, seier operasjonsleiar Kari Strand i"
        " Sørvest politidistrikt til avisa."
    )
    assert lead.title is None


def test_a_long_first_sentence_is_the_lead_not_the_title() -> None:
    article = parse_text(
        "Regjeringen la torsdag fram et forslag som vil kutte bistanden med to milliarder"
        " kroner neste år, og opposisjonen reagerer kraftig.\n\nEt avsnitt til her."
    )
    assert article.title is None


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Kommunen stenger skolen",
            "Kommunestyret vedtok i kveld å stenge skolen på Bø fra neste høst.",
        ),
        ("Fylket kuttar ferjer", "Fylkestinget vedtok tysdag å kutte tre ferjeruter frå nyttår."),
        ("Council closes library", "The council voted on Monday to close the library in May."),
    ],
)
def test_a_short_headline_with_a_verb_stays_the_title_over_a_short_lead(
    title: str, lead: str
) -> None:
    # A short line without a stop is a kicker over a headline only when it has no verb.
    article = parse_text(f"{title}\n\n{lead}\n\nEt avsnitt til som forteller mer om saken.")
    assert article.title == title
    assert article.sections[0].paragraphs[0] == lead


def test_a_verbless_kicker_over_a_headline_is_no_title() -> None:
    article = parse_text(
        "Krigen i Ukraina\n\nRussland trekker seg ut av Kherson\n\n"
        "De russiske styrkene forlot byen natt til fredag. Ukraina sier at byen er fri."
    )
    assert article.title == "Russland trekker seg ut av Kherson"


@pytest.mark.parametrize("trail", ["Heim Nyhende", "Forsiden Nyheter Innenriks", "Home News UK"])
def test_a_breadcrumb_trail_run_into_the_headline_is_not_part_of_the_title(trail: str) -> None:
    title = "Kan bli ny storkommune i fjorden"
    article = parse_text(
        f"{trail} {title}\n\n{title}\n\n"
        "Blir dei tre kommunane i fjorden ein kommune, kan namnet bli Fjord kommune. "
        "Ordføraren meiner namnet er godt kjent."
    )
    assert article.title == title
    assert all(section.heading != title for section in article.sections)


def test_a_short_title_the_trail_names_is_the_title_over_its_standfirst() -> None:
    article = parse_text(
        "Heim Nyhende Klar for hausten\n\nKlar for hausten\n\n"
        "No er den nye nettavisa snart klar til å møte lesarane.\n\n"
        "Redaktøren er nøgd med resultatet, og lanseringa blir i byrjinga av september."
    )
    assert article.title == "Klar for hausten"
    assert "No er den nye nettavisa snart klar" in article.text


def test_a_question_headline_over_its_lead_stays_a_heading() -> None:
    article = parse_text(
        "Prisene stiger igjen\n\nPrisen på strøm stiger kraftig denne uken.\n\n"
        "Hva gjør du nå?\n\nForbrukerrådet anbefaler å sammenligne avtaler før vinteren."
    )
    assert [s.heading for s in article.sections] == [None, "Hva gjør du nå?"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Betyr det at prisene blir høye hele vinteren?", "– Det er for tidlig å si, sier hun."),
        ("Kjem ferja tilbake?", "– Det veit vi ikkje enno, seier ordføraren."),
        ("Will prices stay high?", "“It is too early to say,” she said."),
        # a question put to the one who answers it in the first person, on the next line
        ("Morning Kari. How are you feeling?", "I’m feeling good and ready for the winter."),
        ("Hva gjør dere nå?", "Vi venter på svar fra departementet."),
    ],
)
def test_an_interviewers_question_answered_by_a_quote_is_no_heading(
    question: str, answer: str
) -> None:
    for gap in ("\n\n", "\n"):  # (a blank line between them, or none)
        article = parse_text(
            "Prisene stiger igjen\n\n"
            "Prisen på strøm stiger kraftig denne uken fordi magasinene er halvfulle.\n\n"
            f"{question}{gap}{answer}\n\n"
            "Regjeringen vurderer nå å forlenge strømstøtten ut neste år."
        )
        assert [s.heading for s in article.sections] == [None]
        bullets = [b for s in digest_article(article).sections for b in s.bullets]
        assert not any(b.endswith("?") for b in bullets)


# Lists and live blogs are units.


def test_a_list_of_news_items_is_one_unit_an_item() -> None:
    article = parse_markdown(
        "# Dette skjedde i helgen\n\n"
        "Her er de viktigste nyhetene fra helgen.\n\n"
        "* Statsministeren møtte EU-kommisjonens president i Brussel.\n"
        "* Ferjestreiken på Vestlandet er over etter tre dager.\n"
        "- Strømprisen falt til den laveste på et år.\n"
        "• Norge slo Sverige 3–1 i landskamp i fotball.\n"
        "* Et jordskjelv rystet Island natt til søndag.\n"
    )
    section = article.sections[0]
    assert len(section.paragraphs) == 6
    assert [section.kind(i) for i in range(6)] == [PARAGRAPH] + [LIST_ITEM] * 5
    assert section.paragraphs[3] == "Strømprisen falt til den laveste på et år."


def test_a_print_pages_ornament_goes_and_round_bullets_mark_a_list() -> None:
    article = parse_text(
        "Revyen tok salen med storm\n\n"
        "Lørdag var det premiere på årets revy i samfunnshuset, og salen var full.\n\n"
        "●● Noen hadde mer takknemlige roller enn andre, men alle gjorde en god jobb.\n\n"
        "Dette var høydepunktene:\n\n"
        "● Sketsjen om ferjekøen fikk stående applaus.\n"
        "● Kommunestyret ble parodiert med stor presisjon.\n"
    )
    section = article.sections[0]
    assert section.paragraphs[1].startswith("Noen hadde")
    assert [section.kind(i) for i in (3, 4)] == [LIST_ITEM, LIST_ITEM]
    assert section.paragraphs[3] == "Sketsjen om ferjekøen fikk stående applaus."


LIVE_OLDEST_FIRST = """Streiken i kollektivtrafikken – siste nytt

Kl. 06.10: Busser og trikker står stille i hele Oslo etter at streiken startet i natt.

Kl. 07.45: Køene på innfartsårene er de lengste i år, melder Statens vegvesen.

Kl. 09.30: Partene er kalt inn til nytt møte hos riksmekleren klokken tolv.
"""


def test_live_entries_are_units_newest_first_without_their_stamps() -> None:
    article = parse_text(LIVE_OLDEST_FIRST)
    section = article.sections[0]
    assert [section.kind(i) for i in range(3)] == [LIVE_ENTRY] * 3
    assert section.paragraphs[0].startswith("Partene er kalt inn")
    assert section.paragraphs[-1].startswith("Busser og trikker")
    bullets = digest_article(article).sections[0].bullets
    assert bullets[0].startswith("Partene er kalt inn")
    assert not any("Kl." in b or "06.10" in b for b in bullets)


def test_a_twelve_hour_stamp_with_its_colon_opens_an_entry() -> None:
    article = parse_text(
        "Election night as it happened\n\n"
        "4.05pm: The first minister is facing the biggest decision of her career tonight.\n\n"
        "3.40pm: Turnout was higher than expected in most of the country's seats.",
        language="en",
    )
    assert article.sections[0].kind(0) == LIVE_ENTRY
    assert not any("pm:" in b for s in digest_article(article).sections for b in s.bullets)


def test_english_live_stamps_on_their_own_lines_are_not_text() -> None:
    article = parse_text(
        "Flooding live: rivers peak across the north\n\n"
        "published at 10:02 GMT\n\n"
        "The river in the city centre has reached its highest level since 2015, officials say.\n\n"
        "published at 09:40 GMT\n\n"
        "Schools in four towns have been closed for the day because of the flooding.\n"
    )
    section = article.sections[0]
    assert section.paragraphs[0].startswith("The river in the city centre")
    assert section.kinds == (LIVE_ENTRY, LIVE_ENTRY)
    assert "GMT" not in article.text


def test_twelve_hour_stamps_make_entries_read_newest_first() -> None:
    article = parse_text(
        "Storm latest: power cuts across the coast\n\n"
        "9:40 a.m. ET: Ferries between the islands have been cancelled for the day.\n\n"
        "11:05 a.m. ET: The utility says 40,000 homes are without power after the storm.\n\n"
        "1:15 p.m. ET: Crews have restored power to half of the homes, the utility says.\n"
    )
    section = article.sections[0]
    assert section.kinds == (LIVE_ENTRY,) * 3
    assert section.paragraphs[0].startswith("Crews have restored power")
    assert not any(p.startswith(("a.m.", "p.m.", "ET")) for p in section.paragraphs)


def test_a_twelve_hour_stamp_on_its_own_line_opens_the_entry_below_it() -> None:
    # A wire service's «The latest»: stamps on their own lines, entries between rules.
    article = parse_text(
        "Storm latest: power cuts across the coast\n\n"
        "The latest on the storm that hit the coast overnight. All times local.\n"
        "___\n"
        "1:15 p.m.\n"
        "Crews have restored power to half of the homes, the utility says.\n"
        "___\n"
        "11:05 a.m.\n"
        "The utility says 40,000 homes are without power after the storm.\n"
    )
    section = article.sections[0]
    assert [
        p for p, k in zip(section.paragraphs, section.kinds, strict=True) if k == LIVE_ENTRY
    ] == [
        "Crews have restored power to half of the homes, the utility says.",
        "The utility says 40,000 homes are without power after the storm.",
    ]
    assert not any(p.startswith(("a.m.", "p.m.")) for p in section.paragraphs)


# No article text.

NO_TEXT_PAGES = [
    # a photo with its caption
    """<html lang="nb"><head><title>Se bildet: Elgen på torget – Avisa</title></head><body>
<article><h1>Se bildet: Elgen på torget</h1><figure><img src="e.jpg">
<figcaption>Elgen ruslet over torget i Hamar tidlig søndag. Foto: Per Ås / Avisa</figcaption>
</figure></article></body></html>""",
    # a video page
    """<html lang="en"><head><title>Watch: Dog surfs a wave - BBC News</title></head><body>
<article><h1>Watch: Dog surfs a wave</h1><p>Video caption, A dog rides a wave in Cornwall</p>
<p>Published 5 hours ago</p><p>A dog rides a wave off the coast of Cornwall.</p>
</article></body></html>""",
    # only furniture
    """<html lang="nn"><head><title>Sjå video – NRK</title></head><body><article>
<h1>Sjå video: Flaumen i elva</h1><p>Video: Slik såg det ut då elva gjekk over</p>
<p>Del på Facebook</p><p>Foto: Ola Eide / NRK</p></article></body></html>""",
]


@pytest.mark.parametrize("page", NO_TEXT_PAGES)
def test_a_page_with_only_a_caption_or_a_video_title_has_no_article_text(page: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        parse_document(page, kind="html")


@pytest.mark.parametrize(
    "text",
    [
        "Se video\n\nSlik var stormen på Vestlandet",
        "Foto: NTB\n\nAv Kari Nordmann\n\nDel på Facebook",
        "# Flommen i bilder\n\nFoto: Ola Hansen / NTB\n\nVideo: Se flommen fra lufta",
    ],
)
def test_a_text_of_captions_and_short_lines_has_no_article_text(text: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        parse_document(text, kind=guess_kind("a.md" if text.startswith("#") else "a.txt", text))


def test_no_article_text_is_exit_2_with_one_line_from_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "video.html"
    page.write_text(NO_TEXT_PAGES[1], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "bot", "digest", str(page), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and "no article text" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in READER.glob("nocontent-*")))
def test_the_bench_pages_without_article_text_are_refused(name: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        read(READER / name)


def test_a_short_note_is_still_an_article() -> None:
    digest = json.loads(
        json.dumps(digest_article(parse_text("Møtet er flyttet til fredag.")).to_json())
    )
    assert digest["sections"][0]["bullets"] == ["Møtet er flyttet til fredag."]


def test_a_hard_wrapped_english_text_with_byline_and_stamp_lines() -> None:
    article = parse_text((FIXTURES / "structure_en_wrapped.txt").read_text(encoding="utf-8"))
    assert article.title == "Rail strike called off after late-night deal"
    assert [s.heading for s in article.sections] == [None, "What the deal means for passengers"]
    assert article.sections[0].paragraphs[0].startswith("Train drivers have called off")
    assert article.sections[0].paragraphs[0].endswith("on Wednesday.")
    assert "Daniel Price" not in article.text and "Published" not in article.text
    assert "Share" not in article.text


def test_nynorsk_live_entries_with_stamps_on_their_own_lines() -> None:
    article = parse_text((FIXTURES / "structure_nn_live.txt").read_text(encoding="utf-8"))
    assert article.title == "Direkte: Stormen over Nordland"
    section = article.sections[0]
    assert section.kinds == (LIVE_ENTRY,) * 3
    assert section.paragraphs[0].startswith("Vegvesenet stenger E6")
    assert "oppdatert" not in article.text.lower() and "Kl." not in article.text


def test_bold_stamps_of_an_html_live_blog_make_entries() -> None:
    page = (
        "<html lang='nb'><head><title>Direkte: Valgkvelden</title></head><body><article>"
        "<h1>Direkte: Valgkvelden</h1>"
        "<p><strong>22:15</strong> Arbeiderpartiet ligger an til å bli største parti med 27"
        " prosent av stemmene, viser den siste prognosen.</p>"
        "<p><strong>21:40</strong> Valgdeltakelsen er den høyeste siden 1989, opplyser"
        " valgdirektoratet i en pressemelding.</p>"
        "<p><strong>21:05</strong> De første resultatene fra forhåndsstemmene er klare, og"
        " de viser en jevn kamp mellom blokkene.</p>"
        "</article></body></html>"
    )
    article = parse_document(page, kind="html")
    section = article.sections[0]
    assert section.kinds == (LIVE_ENTRY,) * 3
    assert section.paragraphs[0].startswith("Arbeiderpartiet ligger an")
    assert "22:15" not in article.text


def test_a_paragraph_opening_on_a_date_is_no_numbered_item() -> None:
    article = parse_text(
        "Politiet skjøt en kvinne på Grønland\n\n18. september i fjor rykket fire politifolk"
        " inn i en bygård på Grønland i Oslo.\n\n45 sekunder etter ankomst hadde politiet"
        " skutt kvinnen, viser rapporten fra Spesialenheten."
    )
    assert article.sections[0].paragraphs[0].startswith("18. september i fjor")
    assert article.sections[0].kinds == ()


def test_a_section_label_over_the_story_is_no_title() -> None:
    article = parse_text(
        "Sport\n\n– Vi visste at det blei ein tung kamp, men vi står godt defensivt og skal"
        " vinne slike kampar, seier trenaren etter 2-0-sigeren på heimebane."
    )
    assert article.title is None


@pytest.mark.parametrize(
    "lead",
    [
        "Politiet fikk melding om brannen klokka tre natt til tirsdag.",
        "Brannvesenet fekk beskjed om brannen like før klokka 15.",
        "Police were called to the house shortly after midnight.",
    ],
)
def test_a_short_first_sentence_in_the_past_is_the_lead_not_a_title(lead: str) -> None:
    rest = (
        "– Det var mye røyk på stedet, og 22 personer ble evakuert fra bygget i natt, sier"
        " operasjonslederen til avisa."
    )
    article = parse_text(f"{lead}\n\n{rest}")
    assert article.title is None
    assert article.sections[0].paragraphs[0] == lead


def test_a_photo_block_goes_but_a_heading_or_paragraph_above_a_credit_stays() -> None:
    text = "\n\n".join(
        [
            "Vegen over fjellet stengd",
            "Fylkesvegen over Haukefjell er stengd etter eit steinras natt til fredag.",
            "Steinraset på Haukefjell",  # alt text: a few words, no verb
            "Raset tok med seg rekkverket på ei strekning på femti meter.",  # its caption
            "Foto: Ola Vik / NRK",
            "Bilistane må køyre omvegen",  # a heading says something; then a paragraph
            "Omkøyringa langs kysten tek ein time ekstra for alle som skal over fjellet.",
            "Foto: Ola Vik / NRK",  # and a photo without a caption
            "Fylkesvegvesenet sende to geologar til staden laurdag morgon for å sjå på lia.",
            "Fjellsida ved Haukefjell",  # alt text over a labelled caption
            "RASFARE: Geologane meiner meir stein kan losne.",
            "Foto: Ola Vik / NRK",
            "Geologar skal sjå på fjellsida før vegen og gangvegen kan opnast att.",
        ]
    )
    article = parse_text(text)
    seen = [article.title] + [s.heading for s in article.sections]
    seen += [p for s in article.sections for p in s.paragraphs]
    assert "Bilistane må køyre omvegen" in seen
    assert any(p and p.startswith("Omkøyringa langs kysten") for p in seen)
    assert not any(p and ("Steinraset på" in p or "rekkverket" in p) for p in seen)
    assert not any(p and ("Fjellsida ved" in p or "losne" in p) for p in seen)


def test_a_headline_repeated_over_its_story_is_the_title_not_a_heading() -> None:
    text = "\n\n".join(
        [
            "Ferja går igjen fra fredag",
            "17. november 2025 kl. 08:58",
            "Ferja går igjen fra fredag",
            "Rederiet har fått reservedeler, og ferja mellom Vikøy og fastlandet går etter "
            "vanlig rute fra fredag morgen, opplyser selskapet.",
            "Flere avganger i helgen",
            "I helgen setter rederiet inn to ekstra avganger for å ta igjen det tapte.",
        ]
    )
    article = parse_text(text)
    assert article.title == "Ferja går igjen fra fredag"
    assert [s.heading for s in article.sections] == [None, "Flere avganger i helgen"]


def test_a_line_that_announces_a_quote_is_no_heading() -> None:
    article = parse_text(
        "Uvær på vei mot kysten\n\n"
        "Meteorologene venter sterk vind langs hele kysten fra søndag kveld.\n\n"
        "Slik beskriver de været:\n\n"
        "«Et kraftig lavtrykk gir sterk sørlig vind i Nordsjøen og på kysten av Vestlandet.»\n\n"
        "Vinden kan nå orkan styrke på de mest utsatte stedene."
    )
    assert all(section.heading != "Slik beskriver de været" for section in article.sections)


@pytest.mark.parametrize(
    "teasers",
    [
        ["Slik kler du barna for vinteren uten at det koster mye"],
        # (and quote headlines: «- Det blir …»)
        ["- Det blir ny kontroll her snart", "Slik kler du barna for vinteren uten at det koster"],
    ],
)
def test_other_stories_headlines_over_the_story_are_no_title(teasers: list[str]) -> None:
    article = parse_text(
        "Snøfall stenger fjellovergangene i natt\n\n"
        + "".join(f"{teaser}\n\n" for teaser in teasers)
        + "Tor Erik våknet av et plask og reddet en mann fra elva\n\n"
        "Kommunen kutter i bussrutene fra nyttår\n\n"
        "Fra januar går bussen til Nordvik bare to ganger om dagen, har kommunen bestemt. "
        "Foreldre frykter at barna må gå langs en farlig vei til skolen.\n\n"
        "Rådmannen sier kuttet sparer kommunen for to millioner kroner i året."
    )
    assert article.title == "Kommunen kutter i bussrutene fra nyttår"
    assert "Snøfall" not in article.text and "kontroll" not in article.text


def test_a_list_of_points_over_the_story_is_no_rail_of_headlines() -> None:
    article = parse_text(
        "Kommunen kutter i bussrutene fra nyttår\n\n"
        "- Bussen til Nordvik går to ganger om dagen\n\n"
        "- Skolebussen blir som før\n\n"
        "- Nattbussen blir lagt ned\n\n"
        "Fra januar går bussen til Nordvik bare to ganger om dagen, har kommunen bestemt."
    )
    assert article.title == "Kommunen kutter i bussrutene fra nyttår"
    assert "Nattbussen" in article.text


@pytest.mark.parametrize(
    "top",
    [
        # a news ticker's line over its label (or run into it)
        "Mayor wins award for harbour clean-up\nBreaking News\n\n",
        "Mayor wins award for harbour clean-up\n\nBREAKING NEWS\n\n",
        "Mayor wins award for harbour clean-up Just In\n\n",
        "ACME 5.95 Increased By ▲ 0.04 (0.68%)\n",  # a stock ticker
        "NewsLocal NewsPortland News\n\nActions\n\n",  # a site's trail, run together
    ],
)
def test_a_ticker_or_a_run_together_trail_is_no_title_nor_heading(top: str) -> None:
    article = parse_text(
        f"{top}Bus fares rise again in January\n\nBus fares in the county will rise by ten"
        " percent from January, the council said on Tuesday. Parents fear that children"
        " will walk along a dangerous road instead.\n\nThe council says the rise pays for"
        " two new routes."
    )
    assert article.title == "Bus fares rise again in January"
    assert not any(s.heading for s in article.sections), article.sections
    assert not any(word in article.text for word in ("ACME", "NewsLocal", "Mayor")), article


def test_the_headline_under_a_standfirst_that_retells_it_is_the_title() -> None:
    article = parse_text(
        "Egypt and Qatar are once again trying to revive Gaza ceasefire talks.\nEgypt and Qatar"
        " attempt to revive Israel-Hamas ceasefire talks\nEgypt's foreign minister said on"
        " Monday that his Qatari counterpart had arrived in Cairo to discuss the stalled"
        " negotiations.\nA Hamas delegation has also held talks with both countries."
    )
    assert article.title == "Egypt and Qatar attempt to revive Israel-Hamas ceasefire talks"
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[0].paragraphs[0].startswith("Egypt and Qatar are once again")


def test_a_dateline_on_its_own_line_over_the_prose_is_no_title_nor_heading() -> None:
    article = parse_text(
        "Portland, Oregon:\nBus fares in the county will rise by ten percent from January,"
        " the council said on Tuesday. Parents fear that children will walk along a dangerous"
        " road instead.\n\nThe council says the rise pays for two new routes."
    )
    assert article.title is None
    assert not any(s.heading for s in article.sections), article.sections


@pytest.mark.parametrize(
    ("gap", "colon"), [("\n", ""), ("\n\n", ""), ("\n\n", ":")]
)  # («Klepp – Vålerenga: 1–3»: a colon before the score)
def test_the_last_row_of_a_results_table_is_no_heading_over_the_prose(gap: str, colon: str) -> None:
    rows = gap.join(
        [
            f"Strømsgodset - Brann{colon} 3–0",
            f"Viking - Rosenborg{colon} 1–5",
            f"Vålerenga - Tromsø{colon} 1–1",
        ]
    )
    article = parse_text(
        f"Bodø/Glimt vant serien\n\n{rows}\n\nBodø/Glimt hadde allerede sikret gullet i"
        " Eliteserien før siste runde søndag.\n\nBrann tok sølv etter opprykket i fjor, mens"
        " Tromsø tok bronse etter uavgjort mot Vålerenga."
    )
    assert [s.heading for s in article.sections] == [None], article.sections


def test_a_match_score_over_its_report_is_still_its_heading() -> None:
    article = parse_text(
        "Runden i Eliteserien\n\nBodø/Glimt vant serien etter storseier søndag.\n\n"
        "Molde – Haugesund 3-1 (2-1)\n\nEtzaz Hussain og Ola Brynhildsen sikret seieren for"
        " Molde, som tok andreplassen.\n\nVålerenga – Sarpsborg 1-1 (0-1)\n\nVålerenga"
        " sikret ett poeng hjemme mot Sarpsborg."
    )
    headings = [s.heading for s in article.sections]
    assert headings == [None, "Molde – Haugesund 3-1 (2-1)", "Vålerenga – Sarpsborg 1-1 (0-1)"]


def test_a_stamp_under_a_wrapped_line_is_not_run_into_it() -> None:
    article = parse_text(
        "Oil prices ease as investors await a decision\n\n"
        "  • Brent crude futures fell 23 cents, or 0.3%, to $66.77 a barrel on Friday\n"
        "Reuters Published 05 Sep, 2025 09:22am\n\n"
        "Oil prices drifted down in early trading on Friday for the third straight day as"
        " investors awaited a meeting this weekend that will consider output hikes.\n\n"
        "Brent crude futures fell 23 cents to $66.77 a barrel at 0012 GMT on Friday."
    )
    assert "Published" not in article.text


def test_a_live_pages_latest_posts_label_is_no_heading() -> None:
    article = parse_text(
        "Politikken direkte\n\nSiste innlegg\n\nSom ventet stemte et flertall i utvalget"
        " imot bybane i dagen i Ervik. Alle fire representanter fra Arbeiderpartiet stemte mot"
        " eget byråd i saken.\n\nFlertallet stemte for et forslag om å gå tilbake til tunnel."
    )
    assert not any(s.heading == "Siste innlegg" for s in article.sections), article.sections
    assert "Siste innlegg" not in article.text


def test_a_rail_of_other_stories_under_a_capital_label_ends_the_article() -> None:
    article = parse_text(
        "Fleire kommunar vil ha nynorsk\n\n"
        "Fleire kommunar i fylket vil no bruke nynorsk i alle brev til innbyggjarane sine, "
        "viser ei oversikt frå fylkeskommunen.\n\n"
        "Ordføraren seier at klart språk gjer det lettare for folk å forstå vedtaka.\n\n"
        "NYNORSK INSPIRASJON\n\n"
        "Bygda som fekk sitt eige språkkurs\n\n"
        "Tilsette i kommunen har gått på kurs i klarspråk, og no vil dei lære bort det dei\n\n"
        "Skulen som skreiv om læreboka\n\n"
        "Lærarane ved skulen ville ikkje vente på forlaget og skreiv om heile boka på ei.."
    )
    assert "språkkurs" not in article.text and "læreboka" not in article.text
    assert "klart språk" in article.text


def test_the_title_again_with_a_pages_leftovers_is_no_heading() -> None:
    article = parse_text(
        "Council backs new ferry timetable\n\n"
        "Council backs new ferry timetable 150 150 admin\n\n"
        "The island council voted on Tuesday to back the new ferry timetable from March.\n\n"
        "Council backs new ferry timetable after long debate\n\n"
        "Members debated the plan for three hours before the vote, the council said."
    )
    headings = [section.heading for section in article.sections]
    assert "Council backs new ferry timetable 150 150 admin" not in headings
    assert "Council backs new ferry timetable after long debate" in headings


@pytest.mark.parametrize(
    ("top", "title", "town"),
    [
        ("Nordvik Star", False, "town"),
        ("Nordvik Star", False, "Nordvik"),
        ("Kari Nordmann", True, "town"),
        ("The Standard (St. Nordvik)", False, "town"),  # (the paper's town in brackets)
    ],
)
def test_a_papers_name_over_the_headline_is_no_title(top: str, title: bool, town: str) -> None:
    # (the paper's place may be the story's: «Shropshire Star» over «… Shropshire school …»)
    text = (
        f"{top}\n\n"
        f"Facebook users help catch {town} thief after CCTV posted\n\n"
        "A burglar became a social media star after CCTV footage of him stealing a bike was"
        " posted on Facebook, magistrates heard.\n\n"
        "He admitted burglary and was given a community order."
    )
    if title:  # (a person's name on top that the story does not say: still no paper's)
        text = text.replace("A burglar", "Kari Nordmann said a burglar")
    article = parse_text(text, language="en")
    assert article.title == f"Facebook users help catch {town} thief after CCTV posted"


def test_words_of_the_title_over_its_first_paragraph_are_no_heading() -> None:
    article = parse_text(
        "Home Health Rare virus hits ward at Harbour Hospital\n\n"
        "Rare virus hits ward at Harbour Hospital\n\n"
        "Harbour Hospital\n\n"
        "An outbreak of a rare virus has struck a medical ward at Harbour Hospital, where four"
        " patients have tested positive.\n\n"
        "Rare virus\n\n"
        "The hospital said its staff had taken every step to contain the outbreak."
    )
    assert article.title == "Rare virus hits ward at Harbour Hospital"
    headings = [section.heading for section in article.sections]
    assert headings == [None, "Rare virus"]  # (under the first paragraph: a crosshead)


def test_a_quote_in_marks_or_after_a_dash_over_a_short_paragraph_is_a_heading() -> None:
    article = parse_text(
        "Høgskolen klager på vedtaket\n\n"
        "Høgskolen mener komiteen har gjort feil i sin vurdering av studiene.\n\n"
        "“Urimelig”\n\n"
        "Rektor mener innstillingen kan føre til usaklig forskjellsbehandling.\n\n"
        "– Brannfarlig område\n\n"
        "Brannvesenet rykket ut med åtte biler til adressen i sentrum."
    )
    headings = [section.heading for section in article.sections]
    assert "“Urimelig”" in headings
    assert "– Brannfarlig område" in headings


def test_a_headline_that_opens_on_a_quote_is_the_title() -> None:
    article = parse_text(
        "'Very good talks': Is the council closer to a deal on the ferry?\n"
        "In recent days, several councillors have voiced hope of a deal soon with the ferry "
        "company over the winter timetable and the price of tickets.\n"
        "The mayor said the talks would go on next week."
    )
    assert article.title == "'Very good talks': Is the council closer to a deal on the ferry?"


def test_a_long_headline_in_title_case_is_the_title_not_a_menu() -> None:
    article = parse_text(
        "Coach Releases Statement After Sacking, Thanks Fans For ‘Special’ Ten Months "
        "At The Club\n\n"
        "Chris Wright\n\n"
        "23rd, April 2014\n\n"
        "The coach has issued a statement following his sacking by the club on Monday, "
        "thanking the players and the fans for their support."
    )
    assert article.title is not None and article.title.startswith("Coach Releases Statement")
    assert "April 2014" not in article.text


def test_a_live_pages_summary_box_is_no_title() -> None:
    article = parse_text(
        "Summary\n\n"
        "* The biggest rail strike in thirty years has stopped most trains in the country\n"
        "* The union and the rail companies will hold new talks tomorrow\n"
        "* Another strike is planned for Thursday if the talks fail\n\n"
        "Commuters crowded onto buses in the capital on Tuesday morning as stations stayed shut."
    )
    assert article.title is None
    # (nor a heading: the box's label, over the story's own news)
    assert all(section.heading != "Summary" for section in article.sections)
    assert article.sections[0].paragraphs[0].startswith("The biggest rail strike")


def test_a_teams_name_in_capitals_over_long_paragraphs_is_no_rail_of_other_stories() -> None:
    text = (
        "Press conferences for the weekend\n\n"
        "Five bosses faced the media on Thursday, with the headline updates below.\n\n"
        "MANCHESTER UNITED\n\n"
        "Marcus Rashford, Tom Heaton and Scott McTominay have been back in training this week, "
        "but just as Rashford was on the cusp of a return, the England international has taken "
        "ill and may miss the trip.\n\n"
        "“He trained the whole week but today he reported he does not feel well” – the manager\n\n"
        "ARSENAL\n\n"
        "Three defenders are still sidelined, and the manager confirmed that two forwards "
        "would be out for the rest of the season"
    )
    article = parse_text(text)
    assert "Rashford" in article.text and "Arsenal" in [s.heading for s in article.sections]


def test_a_headline_with_its_quote_after_a_colon_is_the_title() -> None:
    headline = "Advarer mot «vinterstorm» i mai: – Dette er svært uvanlig!"
    text = (
        f"{headline}\nLavtrykket som treffer kysten fredag blir til et stormsenter.\n"
        "– Dette blir et uvær av den typen vi kjenner fra vinteren, sier meteorologen."
    )
    assert parse_text(text).title == headline


def test_a_first_sentence_that_points_back_is_no_title() -> None:
    text = (
        "Det er klart etter forhandlinger mellom partiene i dag.\n\nPartiene er enige om å"
        " skjerme skolene, men kuttet betyr at forbruket må ned med fire prosent i høst."
    )
    assert parse_text(text).title is None


def test_an_interviewers_question_answered_by_a_quote_is_no_title() -> None:
    text = (
        "Du er aktuell med?\n\n– Singelen «Sommerregn», som jeg har skrevet sammen med "
        "to venner fra Nordvik.\n\nHvor fant du ideen?\n\n– Den kom på en låtskrivercamp "
        "i fjor, der vi delte historier om kjærlighet og tap."
    )
    assert parse_text(text).title is None
    # (asked of «yours»: the headline above the interview is the title)
    yours = (
        "Holder det flytende\n\nHva handler boka di om?\n\n– Boka handler om to svært"
        " forskjellige hovedpersoner på flukt over havet.\n\nHvor fant du ideen?\n\n– Den kom"
        " på en lang seiltur i fjor, der jeg leste om tørke i Sør-Europa."
    )
    assert parse_text(yours).title == "Holder det flytende"


def test_a_long_quote_headline_over_its_standfirst_is_the_title() -> None:
    headline = "– Jeg holdt på å ta feil ved å kjøpe billetter til Findings"
    text = (
        f"{headline}\nFeelings-festivalen førte til en innholdsrik helg på Koengen.\n"
        "Publikum holdt på å kjøpe billett til feil festival, og regnet satte konsertene på"
        " vent i en time lørdag."
    )
    assert parse_text(text).title == headline


def test_a_question_headline_over_a_quote_is_still_the_title() -> None:
    text = (
        "Blir det streik i morgen?\n\n– Vi er langt fra hverandre, sier forhandlingsleder "
        "Kari Vik i Nordvik Arbeiderforening.\n\nMeklingen fortsetter natt til fredag."
    )
    assert parse_text(text).title == "Blir det streik i morgen?"


def test_sentences_a_page_breaks_into_blocks_are_joined_again() -> None:
    text = (
        "Cocoa makers cut output\n\nThe two largest grinders have paused processing in "
        "their factories due to rising bean costs,\n\nthe company said on Thursday, raising "
        "chocolate prices.\n\nThe export bank reported on Tuesday that both had been\n\n"
        "Like Save And Share\n\ndealing with harsh weather and pod diseases for months."
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs == (
        "The two largest grinders have paused processing in their factories due to rising "
        "bean costs, the company said on Thursday, raising chocolate prices.",
        "The export bank reported on Tuesday that both had been dealing with harsh weather "
        "and pod diseases for months.",
    )


def test_a_heading_over_a_paragraph_that_opens_in_lower_case_stays_a_heading() -> None:
    text = (
        "Nye regler for skolen\n\nMobilforbud i timene\n\niPhone-brukere må levere "
        "telefonen i et skap når timen starter, og får den igjen etter skoletid."
    )
    assert parse_text(text).sections[0].heading == "Mobilforbud i timene"


def test_the_pages_title_bar_over_the_headline_gives_the_headline() -> None:
    text = (
        "tracker Ferry strike ends after two days | Lakeview Daily News\n\nFerry strike "
        "ends after two days\n\nThe ferry crews in Lakeview went back to work on Monday "
        "after the union and the operator agreed on a new contract, both sides said."
    )
    article = parse_text(text)
    assert article.title == "Ferry strike ends after two days"
    assert "Lakeview Daily News" not in article.text


def test_a_quote_headline_typed_with_a_hyphen_is_the_title() -> None:
    text = (
        "Hopp til innhold\n\n- Skuffelsen er enorm\n\nNordvik hadde sjansen til å ta igjen "
        "serielederen, men formsterke Sørby ville det annerledes på hjemmebane søndag."
    )
    assert parse_text(text).title == "– Skuffelsen er enorm"


def test_a_road_number_after_its_abbreviation_ends_no_sentence() -> None:
    text = (
        "Ras stenger vegar\n\nPå fv. 337 i Sogn sperrar eit snøras vegen mellom Hafslo og "
        "Veitastrond. Statens vegvesen vurderer vegen igjen torsdag."
    )
    paragraph = parse_text(text, language="nn").sections[0].paragraphs[0]
    assert sentences(paragraph, "nn")[0].startswith("På fv. 337 i Sogn")


def test_a_paragraph_opening_on_a_holidays_ordinal_is_no_numbered_item() -> None:
    article = parse_text(
        "Artisten er død\n\n1. juledag kom meldingen om at artisten var død, bare 47 år"
        " gammel.\n\n2. påskedag blir det minnekonsert i Moss, opplyser familien.\n\n"
        "Han blir bisatt i Oslo domkirke 3. januar."
    )
    paragraphs = article.sections[0].paragraphs
    assert paragraphs[0].startswith("1. juledag kom meldingen")
    assert paragraphs[1].startswith("2. påskedag blir det")
    assert article.sections[0].kinds == ()


def test_a_lead_between_a_caption_and_a_share_button_is_the_lead() -> None:
    article = parse_text(
        "Gamleordføreren ble 103 år\n\n"
        "Kari Vik døde lille julaften, 103 år gammel. Foto: Privat\n\n"
        "Tidligere ordfører i Nordvik Kari Vik døde lille julaften, 103 år gammel.\n\n"
        "DEL\n\n"
        "Kari Vik var født i 1914, og hun var ordfører i Nordvik fra 1972 til 1981."
    )
    assert article.sections[0].paragraphs[0].startswith("Tidligere ordfører i Nordvik Kari Vik")


def test_a_standfirst_byline_and_credit_on_short_lines_are_not_one_paragraph() -> None:
    article = parse_text(
        "Quake toll rises in the city\n\n"
        "Rescuers try to reach those still trapped\n"
        "Kari Lee And Tom Berg Nordvik Times Reporters\n"
        "Associated Press photo\n\n"
        "Rubble surrounds the old station near the harbour, a day after the earthquake.\n"
        "(Full-size photo)(All photos)\n\n"
        "The death count from the earthquake was expected to climb past 75 on Wednesday, with"
        " 300 people still missing."
    )
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert not any("Rescuers try to reach those still trapped Kari Lee" in p for p in paragraphs)
    assert not any(p.startswith("Rubble surrounds") for p in paragraphs)
    assert any(p.startswith("The death count from the earthquake") for p in paragraphs)


def test_a_reviews_label_over_a_caption_and_its_credits_is_no_teaser_rail() -> None:
    credits = "\n".join(
        [
            "«Fangarane»",
            "Teatret Nordvik i samarbeid med Det Andre Teatret, Arbeideren, Nordvik",
            "Konsept og regi: Kari Lund Vik",
            "Scenografi og kostyme: Ola Berg Dahl",
            "Lysdesign: Anne Moe Strand",
            "Med: Kari Hansen, Per Lie og Siri Nes",
        ]
    )
    article = parse_text(
        "Fang ei historie\n\nTEATER\n\n"
        "FANGST: Verda er full av historier, og her har Per fått tak i ei. FOTO: KARI LIE\n\n"
        f"{credits}\n\n"
        "Teatret Nordvik har ei lita barne- og ungdomsavdeling som på fire år har fått tre"
        " nominasjonar og ein pris, og som har levert ei rekkje nyskapande og interaktive"
        " framsyningar for barn og ungdom i heile fylket.\n\n"
        "Urpremieren på laurdag tyder på at det framleis skal vere slik, og salen var full."
    )
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert any(
        p.startswith("Teatret Nordvik har ei lita barne- og ungdomsavdeling") for p in paragraphs
    )


def test_a_fact_box_run_into_one_line_is_its_label_and_its_items() -> None:
    text = (
        "Nye krav til fjøset\n\n"
        "Løsdriftskravet * I 2004 vedtok Stortinget at storfe skal stå i løsdrift innen 2014."
        " * Kravet er siden utsatt til 2034. * Det gjelder fjøs som er bygd før 2004.\n\n"
        "Melkebonden Kari Moe i Grimstad må bestemme seg for om hun skal bygge nytt fjøs."
    )
    article = parse_text(text, language="nb")
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert not any(" * " in p for p in paragraphs)
    assert any(p.startswith("I 2004 vedtok Stortinget") for p in paragraphs)


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        (  # the site's name in capitals over the story
            "nb",
            "NORDVIKSAVISA\n\n"
            "Musikeren Asmund Berg døde natt til mandag, 84 år gammel. Han var kjent for "
            "gammeldans.\n\nBerg spilte i over seksti år, og mange kolleger minnes ham i dag.",
            "Musikeren Asmund Berg døde",
        ),
        (  # a first sentence opening on a place: the lead
            "nn",
            "På E6 ved Dovreskogen har ein tankbil snurra.\n\n"
            "– Semitraileren fekk ein sleng på hengaren, seier operasjonsleiar Kari Moe i "
            "politiet. Ho trur vegen opnar att ganske snart, men ber folk køyre varsamt.",
            "På E6 ved Dovreskogen",
        ),
    ],
)
def test_a_line_on_top_that_no_headline_is_gives_no_title(
    language: str, text: str, first: str
) -> None:
    article = parse_text(text, language=language)
    assert article.title is None
    assert article.sections[0].paragraphs[0].startswith(first)


def test_a_headline_run_into_the_paragraph_under_it_is_the_title() -> None:
    """«… i fleire år Ho er 18 år …»: a capitalised «Ho» inside a sentence opens the
    paragraph the headline ran into; «Dei nynorske festspela» is a name, no such join."""
    text = (
        "Saksøker kommunen etter å ha blitt mobba i fleire år Ho er 18 år og greidde å"
        " gjennomføre ungdomsskulen. Etter fleire år med mobbing sit ho no igjen med diagnosen"
        " posttraumatisk stressliding.\n\n"
        "Advokaten hennar meiner kommunen visste om mobbinga i fleire år utan å gjere noko.\n"
    )
    article = parse_text(text)
    assert article.title == "Saksøker kommunen etter å ha blitt mobba i fleire år"
    assert article.sections[0].paragraphs[0].startswith("Ho er 18 år")
    named = parse_text(
        "Festspela er over\n\nFestspeldiktaren fortel at ho kjem til å minnast Dei nynorske"
        " festspela med stor glede og takksemd.\n"
    )
    assert "minnast Dei nynorske festspela" in named.text


def test_a_headline_in_few_words_over_the_lead_that_tells_it_is_the_title() -> None:
    # «E6 stengt ved Korgen»: a participle, no finite verb, but no label either: the lead
    # below says it again in a whole sentence.
    text = (
        "E6 stengt ved Korgen\n\nE6 er stengt ved Korgen i Hemnes etter et steinras.\n\nDet"
        " har gått et ras over vegen med flere steinblokker, ifølge Vegtrafikksentralen.\n\n"
        "Vegen blir tidligst åpnet i kveld."
    )
    article = parse_text(text)
    assert article.title == "E6 stengt ved Korgen"
    assert article.sections[0].paragraphs[0].startswith("E6 er stengt ved Korgen")


def test_a_label_over_a_headline_is_still_no_title() -> None:
    text = (
        "Nynorsk pressekontor\n\nKommunen legg ned skulen i Ytre Vik\n\nKommunestyret"
        " vedtok onsdag å leggje ned skulen frå hausten."
    )
    assert parse_text(text).title == "Kommunen legg ned skulen i Ytre Vik"


def test_a_police_logs_entries_stamped_with_their_place_are_entries() -> None:
    text = (
        "Politiloggen natt til lørdag\n\n"
        "Setermoen: 07.30: Et militært kjøretøy fikk stans på E6 sør for Setermoen. En bil"
        " måtte kjøre ut av veien for å unngå det. Føreren er sjekket på legevakten.\n\n"
        "Saltfjellet: 0446: Et vogntog står fast på E6 ved Viskisstigninga. Ett felt er åpent.\n\n"
        "Tromsø: 01.00: Knivstikking i sentrum. Politiet pågrep en kvinne med to kniver like"
        " etter midnatt. Tre personer er lettere skadd."
    )
    article = parse_text(text)
    assert article.sections[0].kinds == (LIVE_ENTRY, LIVE_ENTRY, LIVE_ENTRY)
    # no time left, and the place stays: the reader asks where it happened
    paragraphs = article.sections[0].paragraphs
    assert [p.split(":")[0] for p in paragraphs] == ["Setermoen", "Saltfjellet", "Tromsø"]
    assert not any(c.isdigit() for p in paragraphs for c in p[:15])
    bullets = digest_article(article).sections[0].bullets
    assert any("pågrep en kvinne" in b for b in bullets), bullets  # every entry has its turn
    assert any(b.startswith("Setermoen: ") for b in bullets), bullets


def test_an_update_stamp_opens_an_entry() -> None:
    text = (
        "Wildfire forces evacuations\n\nUpdate 9:40 p.m. EST Nov. 14: Crews have held the fire"
        " line north of the town overnight.\n\nUpdate 6:15 p.m. EST Nov. 14: The order to leave"
        " now covers 3,000 homes.\n\nUpdate 2:05 p.m. EST Nov. 14: The fire has crossed the"
        " highway."
    )
    paragraphs = parse_text(text, language="en").sections[0].paragraphs
    assert paragraphs[0].startswith("Crews have held") and paragraphs[1].startswith("The order")


def test_a_police_logs_entries_that_open_on_their_place_keep_it_and_lose_street_and_time() -> None:
    text = (
        "Politiloggen\n\n"
        "Fauske: Leivset cirka klokka 17.00. Bil kjørte ut av veien. Ingen personskade,"
        " melder Nordland politidistrikt.\n\n"
        "Valnesvatn: Riksvei 17. Cirka klokka 14.00. Nødetatene rykket ut til trafikkuhell."
        " En bil hadde kjørt inn i fjellveggen.\n\n"
        "Andselv: Personbil kjørte seg fast i snøfonn fredag formiddag. Sjåføren er mistenkt"
        " for promillekjøring.\n\n"
        "Ballstad: Lofoten. En bil kjørte utfor veien fredag. Politiet mistenker at føreren"
        " var beruset."
    )
    article = parse_text(text)
    paragraphs = article.sections[0].paragraphs
    assert [p.split(": ")[0] for p in paragraphs] == ["Fauske", "Valnesvatn", "Andselv", "Ballstad"]
    assert paragraphs[0].startswith("Fauske: Bil kjørte ut av veien.")
    assert paragraphs[1].startswith("Valnesvatn: Nødetatene rykket ut")
    bullets = digest_article(article).sections[0].bullets
    assert all(": " in b[:15] for b in bullets), bullets


def test_a_transcripts_turns_are_no_police_log() -> None:
    text = (
        "Snow day\n\nKaren Voss: We are clearing the main roads first.\n\nJohn Hale: The side"
        " streets will have to wait.\n\nKaren Voss: Yes. The city ordered six new ploughs.\n\n"
        "Mary Lund: None of them has come."
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[2].startswith("Karen Voss: Yes.") or "Yes." in " ".join(paragraphs)


def test_a_short_cry_in_quote_over_the_story_is_its_headline() -> None:
    text = (
        "– For en herlig seier!\n\n"
        "Treneren i Vestby var strålende fornøyd etter at laget slo serielederen Moss 2-1 på"
        " hjemmebane søndag.\n\n"
        "Seiersmålet kom fem minutter før slutt, da Jonas Lie satte ballen i mål på en corner."
    )
    article = parse_text(text)
    assert article.title == "– For en herlig seier!"
    bullets = digest_article(article).sections[0].bullets
    assert bullets[0].startswith("Treneren i Vestby var strålende fornøyd")


def test_a_cry_that_the_next_line_answers_is_no_headline() -> None:
    text = (
        "– Hei! Kom inn.\n\n"
        "– Takk, det er kaldt ute i dag, og vi har gått langt for å komme hit til dere.\n\n"
        "Ordføreren tar imot oss i gangen på rådhuset, der det henger bilder av alle som har"
        " styrt kommunen siden krigen."
    )
    assert parse_text(text).title is None


def test_a_place_alone_over_the_storys_prose_is_its_tag_not_its_headline() -> None:
    text = (
        "Vestby\n\n"
        "I brevet fra kommunen sto det at en faktura for det nye vinduet vil bli sendt til"
        " Kari Holm innen en måned.\n\n"
        "– Jeg har ikke penger til å betale et nytt vindu, sier hun."
    )
    article = parse_text(text)
    assert article.title is None
    assert not any(p == "Vestby" for s in article.sections for p in s.paragraphs)


def test_a_short_quote_over_a_short_standfirst_is_the_headline() -> None:
    text = (
        "Meny\n\n"
        "- Grunneierne blir overkjørt\n\n"
        "I Troms sloss ti grunneiere mot kraftselskapet.\n\n"
        "Ti små grunneiere vil bygge ut elva selv, men kraftselskapet har fått konsesjon til en"
        " større utbygging i det samme vassdraget."
    )
    assert parse_text(text).title == "– Grunneierne blir overkjørt"


def test_the_headline_over_the_byline_is_the_title_under_a_pages_weather_box() -> None:
    text = (
        "Frost Advisory issued March 3 at 4:12PM EST until March 4 at 9:00AM EST by NWS\n\n"
        "...FROST ADVISORY IN EFFECT FROM 2 AM TO 9 AM EST... * WHAT...Temperatures as low"
        " as 28 degrees. * WHERE...Portions of west central Ohio. * IMPACTS...Frost could"
        " harm sensitive plants left outside.\n\n"
        "-1° 12° slight chance Sat 19° Sun 29°\n\n"
        "Tuesday, March 3rd, 2022\n\n"
        "Board approves new school bus routes\n\n"
        "By Jane Whitfield\n\n"
        "A school bus waits outside Jefferson Elementary on Main St. . .\n\n"
        "LIMA - The school board on Monday night approved new bus routes for the fall term,"
        " cutting the longest ride by twenty minutes.\n\n"
        "Board members said the change would save the district about $40,000 a year in fuel."
    )
    article = parse_text(text)
    assert article.title == "Board approves new school bus routes"
    assert "Advisory" not in article.text and "FROST" not in article.text
    assert "waits outside" not in article.text  # the top picture's caption
    assert article.sections[0].paragraphs[0].startswith("The school board on Monday night")


def test_a_live_label_inside_the_headline_is_no_dateline_run_on() -> None:
    text = (
        "NSW bushfires LIVE: Fire bans declared ahead of catastrophic conditions\n\n"
        "Two firefighters taken to hospital after tree falls on truck roof\n\n"
        "Two firefighters on the Mid-North Coast were injured on Sunday afternoon after a tree"
        " fell on the roof of their truck."
    )
    title = parse_text(text).title
    assert title is not None and title.startswith("NSW bushfires"), title


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            [
                "– Denne øya burde vera full av folk.",
                "Kari Vik sit i ein liten motorbåt og drar i eit fiskesnøre ved kaia.",
                "Bak ho ligg Fedje, ei vill og forblåst øy heilt vest i havgapet.",
            ],
            "– Denne øya burde vera full av folk.",
        ),
        (  # a quote the paragraph below gives to its speaker is the story's, no headline
            [
                "– Dette er en trist dag for hele bygda.",
                "Det sier ordfører Kari Vik etter at fabrikken varslet nedleggelse torsdag.",
                "Over hundre ansatte mister jobben når fabrikken stenger til sommeren.",
            ],
            None,
        ),
    ],
)
def test_a_short_quote_on_top_over_prose_is_the_headline(
    lines: list[str], title: str | None
) -> None:
    assert parse_text("\n\n".join(lines)).title == title


def test_a_numbered_post_under_a_summarys_bullets_heads_its_story() -> None:
    """A live page's summary in bullets, then its first numbered post over its text."""
    text = "\n".join(
        [
            "Summary",
            "",
            "• A man has died after a tree fell on his van during the storm",
            "• Thousands of homes are without power",
            "",
            "1. Van driver killed by fallen tree as storm rages",
            "",
            "A van driver has been killed by a fallen tree, as strong winds and heavy rain"
            " continue across the country.",
            "",
            "Gusts of up to 90mph battered some areas earlier on Saturday.",
        ]
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == [None, "1. Van driver killed by fallen tree as storm rages"]


def test_a_work_under_its_makers_name_heads_its_review() -> None:
    """A round-up of new songs: «Artist - «Song»» over each review."""
    text = "\n\n".join(
        [
            "Nye låter denne uka",
            "Kari Lie og Ola Berg er blant dem som gir ut nye låter denne fredagen.",
            "Kari Lie - «Alle de tinga»",
            "Kari Lie har gitt ut en EP med tre låter fra tiden i bandet. Den er pent"
            " instrumentert, med cello og piano.",
            "Ola Berg & Bandet - «Love you less»",
            "Tvillingene fra Trofors synger bedre enn før. Låten er likevel litt for enkel.",
        ]
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == [None, "Kari Lie - «Alle de tinga»", "Ola Berg & Bandet - «Love you less»"]


@pytest.mark.parametrize("line", ["Han sa: «Vi kommer»", "Han sa - «Vi kommer igjen»"])
def test_a_quote_at_a_lines_end_is_no_heading(line: str) -> None:
    text = f"Møtet i kveld\n\nStyret møttes i kveld.\n\n{line}\n\nDe kom tilbake klokka ti."
    assert [s.heading for s in parse_text(text).sections] == [None]


def test_a_tabloids_long_headline_over_its_list_of_points_is_the_title() -> None:
    from bot.core.parse import parse_text

    headline = (
        "Lakeview SACK manager Sam Dyer after 10 years at Turf Park with club facing relegation"
        " from the Premier League as chairman Alan Pike says club's 'disappointing results' are"
        " behind the 'incredibly difficult decision'"
    )
    text = (
        f"{headline}\n"
        "- Lakeview have confirmed the departure of Sam Dyer as their manager\n"
        "- Dyer had been at the club since 2012 and leaves with club in relegation zone\n"
        "- The former player had been the longest-serving manager in the league\n"
        "Lakeview have sacked manager Sam Dyer after 10 years at Turf Park.\n"
        "The club have parted company with the 50-year-old after a 2-0 defeat on Saturday."
    )
    assert parse_text(text).title == headline


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Bjørgen avgjorde i Lahti og tok karrierens 15. VM-gull. Ingen har flere.",
            "Bjørgen avgjorde i Lahti og tok karrierens 15. VM-gull.",
        ),
        (
            "Det er bevilget 3,5 millioner (eks. mva.) til prosjektet. Nå trengs mer.",
            "Det er bevilget 3,5 millioner (eks. mva.) til prosjektet.",
        ),
        (
            "Prisen er 200 kroner inkl. moms for alle. Den gjelder fra mai.",
            "Prisen er 200 kroner inkl. moms for alle.",
        ),
        # a weight before what was weighed; a doctor's degree before the name
        (
            "I boligen fant politiet 8,5 kg. hasj. Mannen er siktet.",
            "I boligen fant politiet 8,5 kg. hasj.",
        ),
        (
            "Kanskje får vi svaret no, seier dr.philos. Åsmund Frøyland ved NIFES. Han ler.",
            "Kanskje får vi svaret no, seier dr.philos. Åsmund Frøyland ved NIFES.",
        ),
        # a match's label: a team's ordinal between words in capitals
        (
            "LYSAKER 2. LAG – TORSHOV 2. LAG 4–2 (1-0): Torshov var klare for nedrykk. Det gikk.",
            "LYSAKER 2. LAG – TORSHOV 2. LAG 4–2 (1-0): Torshov var klare for nedrykk.",
        ),
        # an editor's note in brackets, its «journ.» no stop
        (
            "Politiet har satt i verk en SAR-aksjon (søk og redning journ. anm). Det er kaldt.",
            "Politiet har satt i verk en SAR-aksjon (søk og redning journ. anm).",
        ),
        # (a weight at a sentence's end still ends it)
        ("Sekken veide 20 kg. Det var tungt.", "Sekken veide 20 kg."),
        # «ca.» written out with its stop
        (
            "De har arbeidsgiveransvar for cirka. 1500 sjåfører. Det er mange.",
            "De har arbeidsgiveransvar for cirka. 1500 sjåfører.",
        ),
        # a year's era
        (
            "Det er først frå 2400 f.Kr. at jordbruket slår gjennom her. Det er sant.",
            "Det er først frå 2400 f.Kr. at jordbruket slår gjennom her.",
        ),
    ],
)
def test_an_ordinal_after_a_genitive_and_a_short_form_end_no_sentence(
    text: str, first: str
) -> None:
    assert sentences(text, "nb")[0] == first


def test_a_script_in_capitals_gives_bullets_in_sentence_case() -> None:
    text = (
        "THE CITY COUNCIL HAS ADVANCED THE PROPOSED OPERATING BUDGET FOR THE NEXT FISCAL YEAR"
        " TO A PUBLIC HEARING.\n\nTHE COUNCIL VOTED 5-0 TO SET A FINAL VOTE FOR MARCH 13TH.\n\n"
        "COUNCILLOR DAN MOORE MOVED TO ADD FOUR POLICE OFFICERS TO THE BUDGET, AND IT PASSED BY"
        " A 4-1 VOTE.\n\nTHE NEW BUDGET ADDS AN I.T. POSITION AND A SPLASH PAD TO HEADINGTON"
        " PARK.\n"
    )
    article = parse_text(text, language="en")
    assert "I.T. position" in article.text and "Headington" in article.text  # (no word known)
    digested = digest_article(article, max_words=200)
    found = [b for section in digested.sections for b in section.bullets]
    assert found, "a script in capitals is an article, not a page of headings"
    assert any(b.startswith("The city council has advanced") for b in found), found
    assert any("March 13th" in b for b in found), found


def test_a_headline_over_a_lead_that_lost_its_drop_cap_stays_the_title() -> None:
    headline = "Thousands of flights cancelled as winter storm slams the coast"
    text = (
        f"{headline}\n\n\npowerful winter storm forced thousands of flight cancellations on"
        " Thursday, snarling travel plans across the country.\n\nThe airlines cancelled more"
        " than 3,500 flights from Wednesday to Friday.\n"
    )
    article = parse_text(text, language="en")
    assert article.title == headline
    assert not any(p.startswith("Thousands") for s in article.sections for p in s.paragraphs)


def test_a_headings_stray_hyphen_at_its_end_goes() -> None:
    text = (
        "Bostøtten øker i november\n\nRegjeringen foreslår en ekstra utbetaling av bostøtte i"
        " november til husstander med høye strømregninger.\n\nNærmere 3.000 kroner ekstra-\n\n"
        "Hver husstand som får bostøtte, får 2.950 kroner ekstra i november.\n"
    )
    headings = [s.heading for s in parse_text(text, language="nb").sections]
    assert "Nærmere 3.000 kroner ekstra" in headings


def test_a_dash_that_lost_its_space_is_no_word_broken_at_a_lines_end() -> None:
    from bot.core.hyphens import rejoin_hyphens

    assert rejoin_hyphens("Lastebil og tog kolliderte- en omkommet") == (
        "Lastebil og tog kolliderte – en omkommet"
    )
    assert rejoin_hyphens("Bilen stod på par- keringsplassen") == "Bilen stod på parkeringsplassen"
    # a figure's compound: «ein 50- årsflaum» (not «50- og 60-talet», not «20- 30 personar»)
    assert rejoin_hyphens("meir enn ein 50- årsflaum") == "meir enn ein 50-årsflaum"
    for kept in ("på 50- og 60-talet", "mellom 20- 30 personar", "stod 3- 1 til pause"):
        assert rejoin_hyphens(kept) == kept


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a paywall's box over the story, its button last
        (
            "For å lese denne saken må du være abonnent\n\n"
            "Er du allerede abonnent?\n\nKJØP\n\n"
            "Stormen stenger fjellovergangene\n\n"
            "Meteorologene varsler full storm langs kysten, og flere fjelloverganger er stengt"
            " fra i kveld. Hurtigruten blir liggende til kai i Bodø.\n",
            "Stormen stenger fjellovergangene",
        ),
        # a headline that opens on a past verb, under a menu's button: no name
        (
            "NRK Meny\n\n"
            "Forsvarte Vestlandsfylket\n\n"
            "Fylkesordføraren snakka varmt om fylket i opningstalen sin til fylkestinget i"
            " Loen tysdag. Ho har teke initiativ til samtalar med nabofylka.\n",
            "Forsvarte Vestlandsfylket",
        ),
        # a headline about a site, not the site's masthead
        (
            "Historia bak Nynorskavisa.no\n\n"
            "Nynorskavisa.no er det viktigaste som har skjedd for nynorsk nettjournalistikk"
            " sidan år 2000. Her er historia om korleis avisa vart til.\n",
            "Historia bak Nynorskavisa.no",
        ),
    ],
)
def test_the_headline_under_a_paywall_or_a_menu_is_the_title(text: str, title: str) -> None:
    assert parse_text(text).title == title


@pytest.mark.parametrize("label", ["Nyheter", "Nyheiter", "News"])
def test_a_sites_section_under_the_top_picture_is_no_heading(label: str) -> None:
    text = (
        "Ekstremværet stenger vegar\n\n"
        "Hardast råka av ekstremværet er Møre og Romsdal, der fleire vegar er stengde.\n\n"
        "Det vart meldt om rekordhøg vassføring i elva. Foto: Kari Moe\n\n"
        f"{label}\n\n"
        "Seint torsdag kveld blei ekstremværet erklært som over. Meteorologisk institutt sende"
        " ut fleire farevarsel knytt til regn og vind, flaumfare og jordskred.\n"
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None]
    assert label not in article.text


def test_a_kicker_over_its_headline_is_one_title_with_it() -> None:
    # «Over 2100 døde …:» over «– Folk graver …»: one headline in two lines, no bullet
    text = (
        "Over 2100 døde etter skjelvet i Marokko:\n\n"
        "– Folk graver med bare hendene\n\n"
        "I Marokko pågår et intenst arbeid med å redde overlevende etter jordskjelvet som så"
        " langt har tatt over 2100 liv.\n"
    )
    article = parse_text(text)
    assert article.title == (
        "Over 2100 døde etter skjelvet i Marokko: – Folk graver med bare hendene"
    )
    assert [s.heading for s in article.sections] == [None]


def test_a_box_between_the_headline_and_the_dateline_is_not_the_story() -> None:
    # the headline, its deck, writers and paper with no «By»; a box's heading and paragraph;
    # then the wire's dateline opens the story
    text = (
        "Flood toll rises in river valley\n\n"
        "Crews trying to reach villages still cut off\n\n"
        "Anna K. Berg And Tom Hale Chicago Tribune\n\n"
        "Record rain\n\n"
        "Forecasters said the rain was the heaviest on record. The gauge at the dam measured"
        " twice the monthly average in two days, said Lee Ward, a hydrologist with the"
        " U.S. Geological Survey.\n\n"
        "DENVER, Colo. – The death toll from the floods was expected to climb past 40 with 200"
        " people still missing as crews searched the valley on Tuesday.\n\n"
        "The governor declared a state of emergency and asked for federal help.\n\n"
        "Officials said only 30 of the 40 dead had been identified so far."
    )
    article = parse_text(text)
    assert article.title == "Flood toll rises in river valley"
    assert "Crews trying" not in article.text and "Tribune" not in article.text
    assert "Record rain" not in article.text and "gauge" not in article.text
    assert article.sections[0].heading is None
    assert article.sections[0].paragraphs[0].startswith("The death toll from the floods")


def test_writers_and_their_paper_are_a_byline_a_headline_naming_a_paper_is_not() -> None:
    from bot.core.bylines import is_byline

    assert is_byline("Anna K. Berg And Tom Hale Chicago Tribune")
    assert is_byline("Anna K. Berg Los Angeles Times")
    assert not is_byline("Trump Sues New York Times")


def test_a_radio_players_lines_and_a_captions_two_copies_are_not_the_story() -> None:
    text = (
        "Play Live Radio\nNext Up:\n0:00\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n"
        "Oregon Governor Signs Disputed Water Bill\n\n"
        "Oregon Gov. Ann Berg speaks to farmers at the state fair in August in Salem.\n"
        "Tom Reed\n/\nAP\n"
        "Oregon Gov. Ann Berg speaks to farmers at the state fair in August in Salem.\n\n"
        "Oregon Gov. Ann Berg signed into law Monday a disputed measure that changes how the"
        " state shares river water. It caps what farms may draw in a dry summer.\n\n"
        "Berg, a Democrat, called it a fair deal and said it would protect the rivers."
    )
    article = parse_text(text)
    assert article.title == "Oregon Governor Signs Disputed Water Bill"
    assert "state fair" not in article.text and "Tom Reed" not in article.text
    assert LIVE_ENTRY not in article.sections[0].kinds  # (no entry under «0:00»)
    assert article.sections[0].paragraphs[0].startswith("Oregon Gov. Ann Berg signed")


def test_a_galleries_buttons_over_the_headline_are_not_its_title() -> None:
    text = (
        "forrige\n\n\n\n"
        "fullskjerm neste GRÅTER: En kvinne og et barn på flukt venter ved grensen."
        " 1 av 3 Foto: Kari Ås / AP\n\n"
        "FN: Over en million har flyktet fra landet\n\n"
        "FN har ikke sett en større bølge av flyktninger på mange år. De frykter at flere"
        " vil flykte de neste ukene.\n\n"
        "Høykommissæren er tirsdag i Norge for å møte regjeringen."
    )
    assert parse_text(text).title == "FN: Over en million har flyktet fra landet"


@pytest.mark.parametrize("headline", ["Amtrak Derails In Ohio", "Mayor Resigns After Vote"])
def test_a_headline_in_title_case_under_a_networks_button_is_the_title(headline: str) -> None:
    text = (
        f"Watch CBSN Live\n\n{headline}\n\n"
        "A passenger train derailed and toppled on its side in rural Ohio on Tuesday, injuring"
        " at least 20 people, officials said.\n\n"
        "The train was travelling from Chicago to New York when it left the track."
    )
    assert parse_text(text).title == headline


def test_a_search_boxs_lines_between_the_headline_and_its_copy_are_no_box_story() -> None:
    text = (
        "Fuel Report: Pump Prices Are Flat\n\n"
        "Press enter to search\nClose search\nOpen Menu\n\n"
        "Fuel Report: Pump Prices Are Flat\n\n\n"
        "WASHINGTON, D.C. – Drivers have seen little change in gas prices in recent days, the"
        " club's weekly report says.\n\n"
        "The national average rose a fraction of a cent to $3.35 this week."
    )
    article = parse_text(text)
    assert article.title == "Fuel Report: Pump Prices Are Flat"
    assert "search" not in article.text and "Menu" not in article.text


def test_a_reading_time_ends_the_menu_so_the_headline_under_it_is_the_title() -> None:
    text = (
        "Nyheter\nSport\nKultur\nDebatt\nKommunen\nHytter\nVæret\n"
        "KULTUR\n2 minutter lesetid\n\nJulekonsert i kulturhuset\n\n"
        "Et bilde som inneholder scene, person Automatisk generert beskrivelse\n"
        "Publisert: 17 desember, 2021 09:25\n\n"
        "Kari Ås og Per Li skapte ei fin og varm stemning i kulturhuset torsdag kveld.\n\n"
        "Publikum fekk høyre kjende julesongar, og det vart nokre overraskingar undervegs."
    )
    article = parse_text(text)
    assert article.title == "Julekonsert i kulturhuset"
    assert "Automatisk" not in article.text


def test_a_labelled_caption_given_again_without_its_label_leaves_the_headline_the_title() -> None:
    text = (
        "I gang: Formannskapets møte tysdag, der budsjetta er viktigaste saka, er i gang.\n\n"
        "Legg fram budsjettforslaga klokka 13 i dag\n\n"
        "Tidspunktet for framlegginga av budsjettforslaga i formannskapet i dag skapte debatt"
        " mellom partia.\n\n"
        "Formannskapets møte tysdag, der budsjetta er viktigaste saka, er i gang.\n\n"
        "Ordføraren kom fyrst med forslag om å leggja handsaminga til slutt i møtet."
    )
    article = parse_text(text)
    assert article.title == "Legg fram budsjettforslaga klokka 13 i dag"
    assert "er i gang" not in article.text


def test_a_sections_label_over_the_headline_and_its_byline_is_not_the_title() -> None:
    text = (
        "Weekend Box Office\n\n"
        "Box Office Wrapup: Open Season Shoots Up To A Big First Place\n\n"
        "By Kari Lund\n\n"
        "The animated film Open Season took first place at the weekend box office, earning"
        " an estimated $23.6 million in its first three days.\n\n"
        "The comedy beat the thriller that had led the chart for two weeks."
    )
    assert parse_text(text).title == "Box Office Wrapup: Open Season Shoots Up To A Big First Place"


def test_a_pages_stamp_run_on_to_the_title_and_a_links_prompt_run_on_to_a_sentence_go() -> None:
    text = (
        "Derelict building fire: People urged to stay away Published duration 9 minutes ago\n\n"
        "A fire broke out in a derelict building in the town centre on Monday night, and"
        " people are urged to stay away.\n\n"
        "Sykehusa har svært ulike ventetider - sjekk ditt sykehus her.\n\n"
        "Crews remained at the scene on Tuesday morning."
    )
    article = parse_text(text, language="en")
    assert article.title == "Derelict building fire: People urged to stay away"
    assert "Sykehusa har svært ulike ventetider." in article.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a headline of words, then a quote with its stop
        (
            "Publikum drikker mye øl og har endret smak, melder festivalene: – Mange har"
            " overtenning.\n\n"
            "Den første festivalsommeren etter pandemien er godt i gang, og mye har endret"
            " seg.\n\n"
            "– Folk er mer søkende nå enn for fem år siden, sier festivalsjef Kari Lund.",
            "Publikum drikker mye øl",
        ),
        # a short kicker, then a quote after a hyphen
        (
            "Mistet sønnen i trafikken: - Alle tenker at «det skjer ikke oss», men det kan"
            " det.\n\n"
            "Dette er de vanligste dødsulykkene på norske veier, og tiltaket mot dem er"
            " dyrt.\n\n"
            "Foreldrene besøker ofte graven hans, og de vil at flere skal kjøre forsiktig.",
            "Mistet sønnen i trafikken",
        ),
        # a longer cry in quote marks on top, no speaker named
        (
            "– Kjem du att ein gong til, så forvent å få ein kniv midt i trynet!\n\n"
            "Ein mann i 60-åra oppfordra folk til å knivstikke politifolk i ei direktesending"
            " på Facebook.\n\n"
            "Mannen vart dømd til varetektsfengsling i fire veker, seier politiadvokaten.",
            "– Kjem du att ein gong til",
        ),
    ],
)
def test_a_headline_that_quotes_someone_is_the_title(text: str, title: str) -> None:
    assert parse_text(text).title.startswith(title)


def test_a_headline_of_two_halves_under_its_standfirst_is_the_title() -> None:
    text = (
        "Tingretten mener volden ble provosert fram av vekteren. Derfor er mannen frikjent.\n\n"
        "Slo vekter – frikjent på grunn av provokasjon\n\n"
        "Før mannen ble lagt i håndjern, slo han vekteren i ansiktet utenfor et utested i"
        " fjor høst.\n\n"
        "Retten la vekt på at vekteren først hadde dyttet ham."
    )
    article = parse_text(text)
    assert article.title == "Slo vekter – frikjent på grunn av provokasjon"
    assert article.sections[0].heading is None


def test_a_local_papers_tag_in_brackets_is_no_part_of_the_lead() -> None:
    text = (
        "Må velge leder på nytt\n\n"
        "(Driva) Da lederen i kontrollutvalget flyttet fra kommunen, måtte kommunestyret"
        " velge en ny leder tidligere i år."
    )
    assert parse_text(text).sections[0].paragraphs[0].startswith("Da lederen")


def test_a_headline_given_twice_under_the_sites_name_and_slogan_is_the_title() -> None:
    text = (
        "London Daily\n\nFocus on the big picture.\nFriday, Feb 20, 2026\n\n"
        "Calls for windfall tax as oil and gas profits soar\n\n"
        "Calls for windfall tax as oil and gas profits soar\n\n"
        "Bumper payouts and soaring profits: the oil and gas industry has bounced back from"
        " the pandemic with a vengeance.\n\n"
        "After a difficult 2020, crude recovered in 2021 and gas prices soared in Europe."
    )
    assert parse_text(text).title == "Calls for windfall tax as oil and gas profits soar"


def test_a_regions_label_over_the_headline_is_not_the_title() -> None:
    text = (
        "South West Wales\n\n"
        "Steelworks future to be discussed by its owners\n\n"
        "The future of the steelworks will be discussed when the owners meet union officials"
        " in the coming days, the union has been told.\n\n"
        "The union said it expected talks on the industry this week."
    )
    assert parse_text(text).title == "Steelworks future to be discussed by its owners"


def test_a_headline_ending_on_an_agencys_name_after_an_initials_stop_is_the_title() -> None:
    text = (
        "60 Million People Displaced By World Conflicts, U.N. Refugee Agency Says\n\n"
        "Nearly 60 million people in the world have been uprooted by war and persecution,"
        " a report says.\n\n"
        "The agency says aid groups cannot meet the needs."
    )
    assert parse_text(text).title.startswith("60 Million People Displaced")


def test_a_gallerys_captions_under_labels_in_capitals_leave_the_headline_the_title() -> None:
    text = (
        "Bus driver arrested over fatal smash\n\n"
        "Bus driver arrested over fatal smash\n\n"
        "CARNAGE: The lorry collided with the rear of the bus\n\n"
        "FATAL: The lorry was embedded in the bus\n\n"
        "A man has been killed and two others seriously injured in a crash after a coach broke"
        " down on the motorway in thick fog.\n\n"
        "The 49-year-old bus driver has been arrested on suspicion of dangerous driving."
    )
    article = parse_text(text)
    assert article.title == "Bus driver arrested over fatal smash"
    assert "lorry" not in article.text


def test_the_top_pictures_labelled_caption_over_the_headline_is_not_the_lead() -> None:
    text = (
        "Ulukke: Ein person er stadfesta omkomen, og ulukka har fått verst tenkjeleg utfall.\n\n"
        "MC-førar omkom etter ulukke\n\n"
        "Politiet stadfestar at ein person er død etter ei trafikkulukke på E39 ved Søfteland.\n\n"
        "Ein bil og ein motorsykkel kolliderte, og ulukka vart meld klokka 13.50."
    )
    article = parse_text(text, language="nn")
    assert article.title == "MC-førar omkom etter ulukke"
    assert "verst tenkjeleg" not in article.text


def test_the_top_pictures_caption_under_a_label_in_capitals_and_with_a_quote_is_no_lead() -> None:
    text = (
        "KNUST: Bilen til Per Dal ble knust av et tak som blåste av i Bodø. – Slikt skjer alltid"
        " når det passer som dårligst, men en bil er bare en ting og heldigvis er det ingen som"
        " ble skadet, det er det viktigste. Bilen kan erstattes, sier Dal.\n\n"
        "Uværet skaper kaos i nord: Ras, stengte veier og strømbrudd\n\n"
        "Tusener av husstander er uten strøm etter uværet som herjer i Nordland lørdag kveld.\n\n"
        "Flere fjelloverganger er stengt, og båtavganger er innstilt.\n\n"
        "I Bodø fikk bileier Per Dal et tak blåst over bilen sin."
    )
    article = parse_text(text)
    assert article.title == "Uværet skaper kaos i nord: Ras, stengte veier og strømbrudd"
    assert "Bilen til Per Dal ble knust" not in article.text
    # (a place's dateline in capitals on top is the lead, not a caption)
    lead = text.replace("KNUST: Bilen til Per Dal", "BODØ: Bilen til Per Dal", 1)
    assert "Bilen til Per Dal" in parse_text(lead).text


def test_a_places_label_over_a_crosshead_stays_the_lead() -> None:
    text = (
        "Bergen: Politiet rykket ut til Bryggen etter melding om slagsmål natt til søndag.\n\n"
        "Flere skadet\n\n"
        "To personer ble sendt til legevakten med kutt i ansiktet, opplyser politiet."
    )
    assert "Politiet rykket ut til Bryggen" in parse_text(text).text


def test_a_line_that_ends_its_quote_after_the_stop_is_prose_not_a_heading() -> None:
    # «he answered ‘brandy.’»: the single quote closes after the stop, as in British papers
    text = (
        "A man accused of breaking into a former mayor's home told jurors he was never there.\n"
        "Prosecutors claim that the 20-year-old raided the house in July.\n"
        "Asked which drink he preferred he answered ‘brandy.’\n"
        "He went on to tell jurors that after his arrest he was ‘shocked’ and ‘confused’.\n"
        "Asked where he was that night he said 'at home.'\n"
        "The trial continues on Monday, when the jury will hear from a forensic scientist."
    )
    digest = digest_article(parse_text(text))
    assert [section.heading for section in digest.sections] == [None]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Alexandra Rogers", None),  # who wrote it: the story never names her
        ("Kari Nordmann", None),
        ("Kari Nordmann", "Kari Nordmann"),  # a profile's headline: the story names her
        # words in title case that the story says in lower case: a headline, no one's name
        ("Timetable Misery Continues", "Timetable Misery Continues"),
        ("Timetable Sticker Shock", "Timetable Sticker Shock"),
    ],
)
def test_a_name_alone_on_top_is_the_title_only_when_the_story_names_it(
    first: str, title: str | None
) -> None:
    named = "Kari Nordmann er" if title == first == "Kari Nordmann" else "Rail operators have"
    text = (
        f"{first}\n\n{named} said they are extremely sorry for the misery and sticker shock that"
        " new timetable changes have caused passengers over the last eleven days.\n\n"
        "The network has been dogged by delays, cancellations and overcrowding."
    )
    assert digest_article(parse_text(text)).title == title


@pytest.mark.parametrize(
    "top",
    [
        "BBC NEWS Americas Africa Europe Middle East South Asia Asia Pacific",
        "35m agoPassengers to wait years for end of rip off tickets\n"
        "35m ago'I'm a carer to my two sons - they need help to live'\n"
        "35m agoGirls drinking and vaping more than boys",
        # a rail's items aged in words, as a list
        "  • 3 minutes E-car sales collapse\n"
        "  • 11 minutes Perovskites, a cheap alternative to silicon, got more efficient\n"
        "  • 4 hours Bad news for e-cars keeps coming",
    ],
)
def test_a_news_rails_stamped_titles_or_a_world_menu_over_the_headline_are_no_title(
    top: str,
) -> None:
    headline = "Tuition fees frozen as minister vows to cut funding for some courses"
    text = (
        f"{top}\n\n{headline}\n\nStudent protest\n\nStudents have protested against the fees\n\n"
        "Tuition fees will be frozen at £9,250 for at least a year, the government has"
        " announced.\n\n"
        "The department said a longer-term decision on fee levels would be put off."
    )
    digest = digest_article(parse_text(text))
    assert digest.title == headline
    assert not any(
        w in b
        for w in ("ago", "Africa", "minutes", "hours")
        for s in digest.sections
        for b in s.bullets
    )


@pytest.mark.parametrize(
    "top",
    [
        "Express & Star",  # the paper's masthead, which the story never says
        "Support our Nation today - please donate here",
        "Create a free account to continue",
        "Login to access your account\n\nConnecting cycling and walking with journeys on clean"
        " buses and trains Partner content\nTime is running out to save airport communities"
        " Partner content",
        "Your browser appears to have cookies disabled. For the best experience of this"
        " website, please enable cookies in your browser\n\nWe'll assume we have your consent"
        " to use cookies, for example so you won't need to log in each time.\nLearn more",
    ],
)
def test_a_masthead_or_a_sites_notice_over_the_headline_is_no_title(top: str) -> None:
    headline = "150 jobs at risk as Rugeley power station announces closure"
    text = (
        f"{top}\n\n{headline}\n\n"
        "Rugeley power station will close this summer with the loss of 150 jobs, its owner"
        " has revealed in a shock announcement.\n\n"
        "The plant has produced power for the region since 1970."
    )
    digest = digest_article(parse_text(text))
    assert digest.title == headline
    assert [section.heading for section in digest.sections] == [None]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Fattige får dyrere husleie", True),  # who did what: the headline
        ("Dette fant norske arkeologer i 2022", True),
        ("Rammes av prishopp", False),  # a crosshead opens on its verb
        ("Historisk økning i fjor", False),  # a crosshead's phrase
    ],
)
def test_a_news_line_under_the_standfirst_on_top_is_the_title(line: str, title: bool) -> None:
    text = (
        "Prissjokket i det private leiemarkedet smitter over på kommunale boliger. I Indre"
        " Østfold skrus kommunal leie opp med 600-1000 kroner i måneden.\n\n"
        f"{line}\n\n"
        "Kommuner lar inflasjon og leieprisene i det private markedet bestemme leia i"
        " kommunale boliger, og folk må regne med store hopp i leia i 2023.\n\n"
        "– Dette er ikke riktig, sier kommunestyrerepresentant Åse Heien (SV)."
    )
    digest = digest_article(parse_text(text))
    assert (digest.title == line) is title
    assert "Prissjokket i det private leiemarkedet smitter over på kommunale boliger." in [
        bullet for section in digest.sections for bullet in section.bullets
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Ekstremværet skal ifølge meteorologene fortsette utover onsdag.",
        "To voksne og to barn har vært involvert i en ulykke.",
        "Mandag har det vært ekstraordinært fylkesting i Vestland.",
        # a lead's first sentence, longer than a headline with its stop
        "Bustadprisane er no 3,6 prosent høgare enn for eitt år sidan.",
        "Opphavleg kalla politikarane i Rogaland prosjektet for Bussveg 2020.",
    ],
)
def test_a_leads_sentence_on_top_of_a_page_without_its_headline_is_no_title(lead: str) -> None:
    text = (
        f"{lead}\n\n"
        "Bygninger og veier er ødelagt, og mange personer er evakuert de siste dagene.\n\n"
        "Fylkesordføreren frykter at liv kan gå tapt, og ber staten om hjelp."
    )
    article = parse_text(text)
    assert article.title is None
    assert article.sections[0].paragraphs[0] == lead


def test_a_deck_under_the_headline_that_the_lead_tells_is_no_heading() -> None:
    text = (
        "Hole on runway causes chaos at city airport\n\n"
        "Thousands of passengers left stranded\n\n"
        "Thousands of business travellers have had their journeys wrecked because of a hole in"
        " the runway at the city airport.\n\n"
        "The airport failed to open this morning and issued a statement on its website."
    )
    digest = digest_article(parse_text(text))
    assert digest.title == "Hole on runway causes chaos at city airport"
    assert [section.heading for section in digest.sections] == [None]
    assert digest.sections[0].bullets[0].startswith("Thousands of business travellers")


def test_a_short_headline_given_twice_over_a_wires_dateline_is_the_title() -> None:
    text = (
        "Cyberattack in Spain\n\nCyberattack in Spain\n\n"
        "MADRID (AP) — A ransomware attack on one of Barcelona's main hospitals has crippled its"
        " computer system and forced the cancellation of 150 operations, officials said.\n\n"
        "The attack on Sunday shut down computers at the hospital's laboratories and pharmacy."
    )
    assert digest_article(parse_text(text)).title == "Cyberattack in Spain"


def test_a_wire_sites_menus_stamp_and_credit_leave_the_headline_and_the_whole_story() -> None:
    headline = "Turkey seeks to establish truce in Syria before year end"
    text = (
        "Back to Main page\nWorld\nSport\nNews Feed\nUse filter\nYou can filter your feed,\n"
        "by choosing only interesting\nsections.\nGo to Search\nLoading\nMore news\n\n"
        f"{headline}\n\nWorld\nDecember 29, 11:09 UTC+3 ANKARA\n1 pages in this article\n"
        "© AP Photo/Emrah Gurel\n\n"
        "ANKARA, December 29. /TASS/. Turkey is seeking to establish a ceasefire in Syria before"
        " the end of the year, the foreign minister has said.\n\n"
        "Read also\nTurkey, Russia agree on Syria ceasefire plan — media\n\n"
        "The minister stressed that peace talks will begin in Astana after the truce comes into"
        " force."
    )
    article = parse_text(text)
    assert article.title == headline
    assert [section.heading for section in article.sections] == [None]
    assert "Astana" in article.text and "filter" not in article.text and "UTC" not in article.text


@pytest.mark.parametrize(
    ("headline", "text", "caption"),
    [
        (
            "Rail delays: Train operators warn of more disruption",
            "Sunday, 28 December 2014\n\nHEADLINE\n\n"
            "Crowds at Finsbury Park\n"
            "Finsbury Park station was temporarily closed following police advice\n\n"
            "Rail passengers have been told to expect more disruption on Sunday at some London"
            " stations.\n\n"
            "Network Rail said trains are now able to run to and from King's Cross station.\n\n"
            "But operators warned that trains would be extremely busy.",
            "temporarily closed",
        ),
        # (a paper's slogan over the headline and its long deck: the headline, not the deck)
        (
            "State research funding uncertainty halts progress, limits doctoral student"
            " recruitment",
            "Serving the College Community Since 1890\n\nHEADLINE\n\n"
            "Uncertainty about the continuation of state research funding — beginning with cuts"
            " this spring — has created distress among College researchers\n\n"
            "The state government cut over $6 million in research grant funding to the College"
            " in February, while other colleges faced cuts.\n\n"
            "The fallout of these cuts has materialized in frozen grant money for many College"
            " researchers.",
            "Uncertainty about the continuation",
        ),
        # (a caption that retells the story's sentence word for word is no headline)
        (
            "Hilltop solar park plan rejected",
            "Page last updated at 17:21 GMT, Thursday, 2 July 2009\n\nHEADLINE\n\n"
            "How the solar park would look\n"
            "Brightfield wanted to build 40,000 panels on the hill\n\n"
            "A solar park will not be built on a hilltop near Marston after councillors voted to"
            " throw out the plans.\n\n"
            "Brightfield wanted to build the 40,000 panels on the hill above the village.\n\n"
            "Hundreds of people packed the meeting in the village hall.",
            "How the solar park",
        ),
    ],
)
def test_a_headline_over_its_pictures_alt_and_caption_is_the_title(
    headline: str, text: str, caption: str
) -> None:
    digest = digest_article(parse_text(text.replace("HEADLINE", headline)))
    assert digest.title == headline
    assert [section.heading for section in digest.sections] == [None]
    assert not any(caption in b for b in digest.sections[0].bullets)


@pytest.mark.parametrize("top", ["enhanced by Google\n\nlatest music news", "latest music news"])
def test_a_search_box_and_a_menus_label_in_lower_case_are_no_title(top: str) -> None:
    text = (
        f"{top}\n\n500 homes evacuated as river swells\n\n"
        "Hundreds of people were urged to flee their homes today after a river reached record"
        " levels and surged through flood defences.\n\n"
        "Householders have already evacuated 900 properties after the deluges."
    )
    digest = digest_article(parse_text(text))
    assert digest.title == "500 homes evacuated as river swells"


def test_the_last_line_the_story_tells_over_its_captions_is_the_headline_not_its_kicker() -> None:
    headline = "MPs vote to seize control of parliamentary business"
    text = (
        f"Unprecedented move in Commons\n\n{headline}\n\nTheresa May 29 Jan 2019\n\n"
        "Theresa May: rapidly losing friends\n\n"
        "MPs have delivered another blow to the prime minister's authority by taking control of"
        " Commons business for a day in an unprecedented move.\n\n"
        "The vote was won by a majority of 27."
    )
    assert digest_article(parse_text(text)).title == headline


def test_a_headline_in_title_case_with_its_verb_over_a_stamp_is_the_title() -> None:
    headline = "Council Loses Legal Battle"
    text = (
        f"{headline}\n\n2 August 2016, 10:21 | Updated: 2 August 2016, 15:19\n\n"
        "Three appeal judges have backed a local group opposed to plans to build 39 new"
        " sheltered apartments in the town.\n\n"
        "It is over a note on a consultation put out by the district council."
    )
    assert parse_text(text).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Ifølge politiet var det personbilen som kom over i motgående felt og traff motorsykkelen",
        "According to the police the car had crossed into the other lane before the crash",
    ],
)
def test_a_sentence_that_says_who_tells_it_without_its_stop_is_no_heading(line: str) -> None:
    text = (
        "Mann skadd i trafikkulykke\n\n"
        "En mann i 60-årene er fløyet til sykehus etter en kollisjon mellom en bil og en"
        " motorsykkel på riksvei 7 onsdag kveld.\n\n"
        f"{line}\n\n"
        "Riksveien var stengt i en periode, men ett kjørefelt ble åpnet etter halvannen time."
    )
    assert all(s.heading is None for s in parse_text(text).sections)


def test_a_sentence_over_a_rounds_results_is_no_title_with_the_first_result() -> None:
    text = (
        "Det skjer etter disse resultatene i seriens siste runde søndag kveld:\n\n"
        "Fjordby - Nordvik 3–0\n\nSørvik - Vestby 1–5\n\nØstby - Dalen 1–1\n\n"
        "Nordvik hadde allerede sikret seriegullet før den siste runden.\n\n"
        "Alle de tre lagene som kjempet om medaljene, tapte poeng i siste runde."
    )
    title = parse_text(text).title
    assert title is None or "Fjordby - Nordvik" not in title, title


@pytest.mark.parametrize(
    "line", ["Here is how board members voted:", "The post read:", "They are:", "Slik stemte de:"]
)
def test_a_short_clause_with_its_colon_leads_into_what_follows_and_heads_nothing(
    line: str,
) -> None:
    text = (
        "Board votes to close two schools\n\n"
        "The school board voted on Tuesday to close two primary schools in the district at the"
        " end of the year.\n\n"
        f"{line}\n\n"
        "For the closure: Ann Berg, Tom Lee and Kari Dahl.\n\n"
        "Against the closure: Per Moe and Eva Strand."
    )
    assert all(s.heading is None for s in parse_text(text).sections)


def test_a_short_label_with_its_colon_over_its_paragraph_is_a_heading() -> None:
    text = (
        "Board votes to close two schools\n\n"
        "The school board voted on Tuesday to close two primary schools in the district.\n\n"
        "Background:\n\n"
        "The district has lost a fifth of its pupils in ten years, and two schools are half"
        " empty."
    )
    assert [s.heading for s in parse_text(text).sections][-1] == "Background"


def test_a_short_caption_over_the_headline_is_no_title_and_no_lead() -> None:
    text = (
        "Kari Lund ble 91 år gammel.\n"
        "Hele bygdas lærer er død\n"
        "Den kjente læreren og forfatteren Kari Lund er død, 91 år gammel.\n"
        "Datteren opplyser til avisen at Kari Lund sovnet inn natt til mandag.\n"
        "Hun underviste ved skolen i Fjordby i over førti år."
    )
    article = parse_text(text)
    assert article.title == "Hele bygdas lærer er død"
    assert not any("ble 91 år gammel" in p for s in article.sections for p in s.paragraphs)


def test_a_lead_over_a_heading_is_no_caption_over_a_title() -> None:
    text = (
        "Fjordby will replace its two diesel ferries with battery ferries next spring.\n\n"
        "Charging at both ends\n\n"
        "Each ferry will charge for six minutes at every quay in Fjordby and Nordvik."
    )
    assert parse_text(text).title != "Charging at both ends"


def test_a_headline_in_title_case_that_opens_on_home_is_no_breadcrumb() -> None:
    text = (
        "fbpx\n\nHome Burglary Suspect Arrested After Standoff\n\n"
        "Home Burglar Arrested After Standoff\n"
        "Hillside Police Department Unit | Image by Reddit\n\n"
        "Police ended a tense standoff in Hillside on Monday after an alleged intruder"
        " barricaded himself inside a house for several hours.\n\n"
        "Officers arrested the man after negotiations failed."
    )
    article = parse_text(text)
    assert article.title == "Home Burglary Suspect Arrested After Standoff"
    assert not any("Image by" in p for s in article.sections for p in s.paragraphs)


def test_a_paragraph_that_ends_on_a_colon_is_no_half_of_the_title() -> None:
    text = (
        "Instituttet la i dag fram klimastatusen for landet. Her er noen av hovedpunktene:\n\n"
        "Svalbard: 73 måneder på rad varmere enn normalt\n\n"
        "151 varmerekorder og 8 kulderekorder ble målt i fjor.\n\n"
        "Forskerne mener rekordene viser at klimaendringene er i full gang."
    )
    title = parse_text(text).title
    assert title is None or "hovedpunktene" not in title, title


def test_short_lines_each_alone_under_a_colon_are_a_lists_items_not_a_heading() -> None:
    text = (
        "Nå er ledelsen valgt\n\n"
        "Partiets landsmøte valgte både fornyelse og fortsettelse:\n\n"
        "Kari Lund er gjenvalgt som partileder\n\n"
        "Per Dal er ny nestleder\n\n"
        "Eva Berg er gjenvalgt som partisekretær\n\n"
        "Lund ble klappet og heiet opp på talerstolen.\n\n"
        "Hun takket for tilliten og lovet en valgkamp for hele landet."
    )
    sections = parse_text(text).sections
    assert all(s.heading is None for s in sections), [s.heading for s in sections]
    assert LIST_ITEM in sections[0].kinds


def test_a_short_line_alone_under_a_paragraph_without_a_colon_may_head_its_section() -> None:
    text = (
        "Nå er ledelsen valgt\n\n"
        "Partiets landsmøte valgte både fornyelse og fortsettelse i helgen.\n\n"
        "Gjenvalgt som leder\n\n"
        "Kari Lund ble gjenvalgt som partileder uten motkandidat søndag ettermiddag."
    )
    assert [s.heading for s in parse_text(text).sections][-1] == "Gjenvalgt som leder"


def test_a_works_name_in_quote_marks_over_its_date_line_heads_the_section_with_it() -> None:
    text = (
        "Filmvåren\n\nNorsk film har hatt eit godt år, og i vår kjem fleire nye filmar på kino"
        " over heile landet.\n\n«Tvillingane – Saman om draumen»\n\nPremiere 20. januar\n\n"
        "Dokumentar om tvillingbrørne som er villige til å ofre alt for kvarandre og musikken."
        "\n\n«Fjordbyen»\n\nPremiere 27. januar\n\nKari Lund spelar journalisten som kjem på"
        " sporet av sanninga om gruveulukka på Svalbard."
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == [
        None,
        "«Tvillingane – Saman om draumen» – Premiere 20. januar",
        "«Fjordbyen» – Premiere 27. januar",
    ]


def test_a_list_line_closed_by_a_bracket_under_a_colon_is_an_item_not_a_heading() -> None:
    text = (
        "Ny avtale i kommunen\n\nFire parti er enige om ein avtale for dei neste fire åra, og"
        " Sp får ordføraren.\n\nLegg ned driftsutvalet\n\nDei fire partia er einige om å leggje"
        " ned driftsutvalet. Den politiske organiseringa blir slik:\n\nUtval for kultur og"
        " frivilligheit (leiar SV, nestleiar Sp)\n\nUtval for helse og oppvekst (leiar KrF)\n\n"
        "I tillegg kjem kontrollutvalet, som får leiar frå eit av dei andre partia."
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == [None, "Legg ned driftsutvalet"], headings


def test_a_headline_and_standfirst_given_twice_leave_the_headline_the_title() -> None:
    headline = "Hose bans loom as reservoirs dry up"
    standfirst = "Despite recent rain, the driest winter on record has brought controls"
    text = (
        f"{headline}\n\n{standfirst}\n\n{headline}\n\n{standfirst}\n\n"
        "A water company imposed the first hosepipe ban of the year on Friday.\n\n"
        "Its main reservoir was reduced to nearly half its normal level.\n"
    )
    article = parse_text(text, language="en")
    assert article.title == headline


def test_a_deck_that_goes_on_from_the_headline_over_the_byline_is_no_title() -> None:
    text = (
        "Amateur Treasure Hunter Finds Hoard of Roman Coins\n\n"
        "And the haul could be worth $160,000\n"
        "By Kari Lund, Staff\n"
        "Posted Oct 18, 2012 2:14 PM CDT\n\n"
        "An amateur treasure hunter in Britain struck gold while using a cheap metal detector.\n\n"
        "He found 40 Roman gold coins buried in the woods, the paper reports.\n"
    )
    article = parse_text(text, language="en")
    assert article.title == "Amateur Treasure Hunter Finds Hoard of Roman Coins"


def test_a_headline_ending_on_a_teasers_cut_quote_is_the_title() -> None:
    headline = "Kronprinsparet på offisiell tur – dette har ikke skjedd tidligere: «De kom…»"
    text = (
        f"Foto: Kari Lund / NTB\n\n{headline}\n\n"
        "Kronprinsparet besøker i disse dager nabolandet Sverige.\n\n"
        "Det er første gang paret reiser på offisielt besøk til landet sammen.\n"
    )
    assert parse_text(text, language="nb").title == headline


@pytest.mark.parametrize(
    "labels",
    [
        ["Speed Reads", "medical milestones"],  # a section's name, then a kicker in lower case
        ["expensive tastes"],  # a kicker whose last word is a verb's form too
    ],
)
def test_a_kicker_in_lower_case_over_the_headline_leaves_the_headline_the_title(
    labels: list[str],
) -> None:
    text = "\n\n".join(
        [
            *labels,
            "Man jailed for stealing £90,000 from the council to fund a life of fast cars",
            "A 48-year-old former clerk admitted the fraud after an inquiry by the county's"
            " fraud unit.",
            "He had set up a firm and listed himself as its director, the court heard on Tuesday.",
        ]
    )
    article = parse_text(text)
    assert article.title == (
        "Man jailed for stealing £90,000 from the council to fund a life of fast cars"
    )
    assert all(section.heading is None for section in article.sections)


def test_a_pictured_places_name_with_a_stop_on_top_is_no_title() -> None:
    """«Sunnhordland tingrett.» over the story: the caption of the court's picture."""
    text = (
        "Fjordby tingrett.\n\n"
        "Den omfattande saka gjekk for Fjordby tingrett i fem dagar i slutten av november."
        " Heile 19 vitne vart kalla inn.\n\n"
        "Kvinna i starten av 40-åra kom til Noreg som asylsøkjar i 2008."
    )
    assert parse_text(text).title != "Fjordby tingrett."


def test_a_pictured_persons_post_name_and_body_on_top_are_no_title() -> None:
    """«Adm.direktør Per Jæger i Boligprodusentene.» over the headline: a picture's caption."""
    text = (
        "Adm.direktør Kari Lund i Boligbyggerne.\n\nIgangsetting i 2019 på 2014-nivå\n\n"
        "Samlet igangsetting av nye boliger i 2019 ble 25.037 som er på 2014-nivå."
        " Igangsettingen har falt kontinuerlig siden høsten 2017.\n\n0\n\n– Samlet"
        " igangsetting for 2019 er ned 15 % i forhold til 2018, sier Kari Lund, administrerende"
        " direktør i Boligbyggernes Forening.\n\nSalget av nye boliger er ned 3 % i 2019.\n"
    )
    assert parse_text(text).title == "Igangsetting i 2019 på 2014-nivå"


def test_two_sentences_that_tell_the_clock_are_a_lead_not_a_headline() -> None:
    text = (
        "Klokken 10.30 torsdag startet fengslingsmøtet i Fjordby tingrett. Politiet ba om fire"
        " ukers varetekt.\n\n"
        "– Vår begrunnelse går på gjentakelsesfaren, sier politiinspektør Kari Lee til NRK etter"
        " møtet i retten torsdag formiddag.\n\n"
        "Forsvareren sier at klienten vil anke en eventuell kjennelse om fengsling."
    )
    article = parse_text(text)
    assert article.title is None or not article.title.startswith("Klokken 10.30"), article.title


def test_a_tables_row_is_no_heading() -> None:
    from bot.core.structure import is_heading

    below = "Oversikten viser antallet studenter på venteliste per 1. august i år."
    assert not is_heading("Studentsamskipnaden i Gjøvik, Ålesund og Trondheim: 1955", below)
    assert not is_heading("Studentsamskipnaden på Vestlandet (Vestland fylke): 3407", below)
    assert is_heading("Fra lesesal til sovesal", below)
    assert is_heading("Lønn 2024", below)  # (a figure alone last, no colon: a heading)
    # a row of figures, and the header over such rows (not a heading with a date in it)
    assert not is_heading("Tromsø (NO4) 71,5 74,8 -4 %", below)
    assert not is_heading("Prisområde Søndag Lørdag Endring", "Oslo (NO1) 271,2 268,8 1 %")
    assert is_heading("2 dager igjen til 17. mai 2024", below)
    assert is_heading("Prisene stiger", "Strømprisen i Oslo stiger med 12 prosent til 271 øre.")


def test_a_lists_lead_in_is_no_heading() -> None:
    from bot.core.structure import is_heading

    assert not is_heading("Among the findings were", "A lack of staff training in the home.")
    assert not is_heading("The inspectors' concerns include", "Staff shortages at night.")
    assert is_heading("What the inspectors found", "A lack of staff training in the home.")


def test_a_sites_section_label_goes_from_the_headline() -> None:
    from bot.core.titles import clean_title

    # (and a local station's sections and town after it)
    listed = "Robbery suspect caught wearing the bandanna - News, Weather, Sports, Toledo, OH"
    assert clean_title(listed) == "Robbery suspect caught wearing the bandanna"

    title = "Home Insurance Article - New pricing rule lifts premiums by the most in years"
    assert clean_title(title) == "New pricing rule lifts premiums by the most in years"
    assert clean_title("Fine Article - the shop") == "Fine Article - the shop"  # (no headline)


TRIAL = (
    "Det gjorde han klart i sluttinnlegget sitt i lagmannsretten mandag morgen, der saken mot"
    " den 27 år gamle mannen fra Fjordby går mot slutten.\n\n"
    "– Mitt syn er at dette ikke var nødverge, og at tiltalte er skyldig i forsettlig drap,"
    " sa statsadvokat Kari Lund.\n\n"
    "For en uke siden fikk ankesaken en oppsiktsvekkende start da forsvareren fortalte retten"
    " at klienten ville endre forklaring. Fra å ha nektet for drap i over ett år, erkjente"
    " mannen å ha stukket kameraten sin med kniv.\n\n"
    "Han hevdet imidlertid at dette skjedde i nødverge. En handling som ellers ville vært"
    " straffbar, kan være lovlig etter straffeloven under visse vilkår.\n\n"
    "Mandag holdt først aktor og deretter forsvarerne sine innlegg om skyldspørsmålet, og"
    " juryen skal svare på spørsmålene tirsdag.\n\n"
    "Forsvarerne ba juryen legge vekt på at mannen selv ringte politiet etter hendelsen, og"
    " at han har forklart seg likt om det som skjedde den natten.\n\n"
    "Etter planen skal dommen i saken falle før jul, opplyser lagmannsretten."
)


def test_another_storys_headline_on_top_of_a_long_text_is_no_title() -> None:
    # (a rail's teaser: none of its words is in the trial's text below)
    article = parse_text(f"Skiskytteren tapte medaljen – men fikk et plaster på såret\n\n{TRIAL}")
    assert article.title is None
    assert article.sections[0].paragraphs[0].startswith("Det gjorde han klart")
    # (the story's own headline says its words: it stays)
    own = parse_text(f"Aktor ber juryen svare ja til drap i lagmannsretten\n\n{TRIAL}")
    assert own.title == "Aktor ber juryen svare ja til drap i lagmannsretten"


def test_a_headline_in_title_case_under_the_players_lines_is_the_title() -> None:
    # («Coastal Storm Hits Hard, Thousands Without Power»: no byline of two names)
    text = (
        "Next Up:\n\n0:00 0:00\n\nAvailable On Air Stations\n\n"
        "Winter Storm Hits Coast, Thousands Without Power\n\n"
        "A strong storm hit the coast on Wednesday night and went on through Thursday, with"
        " gusts of up to 80 miles per hour.\n\n"
        "At its peak the storm left more than 100,000 homes without power across the state."
    )
    assert parse_text(text).title == "Winter Storm Hits Coast, Thousands Without Power"


def test_a_standfirst_over_the_headline_and_again_under_it_leaves_the_headline_the_title() -> None:
    standfirst = (
        "Hver dag havner store mengder dårlig renset kloakk i fjordene. Flere kommuner bryter"
        " rensekravene, viser en kartlegging."
    )
    text = (
        f"{standfirst}\n\nDen usynlige kloakken\n\n{standfirst}\n\n"
        "Et lite rødmalt hus står nede ved fjæra i bygda. På utsiden høres en jevn durelyd fra"
        " ei pumpe som sender kloakken ut i fjorden.\n\n"
        "Kommunen sier den skal bygge et nytt renseanlegg innen fem år."
    )
    digest = digest_article(parse_text(text))
    assert digest.title == "Den usynlige kloakken"
    assert [section.heading for section in digest.sections] == [None]


def test_a_headline_over_deck_lines_that_tell_the_story_too_is_the_title() -> None:
    # (every line over the prose says the story's words: the first is the headline, the lines
    # under it its deck, given as sentences; not the last, as under others' headlines)
    text = (
        "Tour of Fjordland: Kari Lund wins opening stage\n"
        "Fjord Cycling rider takes the first leader's jersey\n"
        "Stage 1: Eikefjord - Sandvik\n"
        "Kari Lund (Fjord Cycling) won the opening stage at the Tour of Fjordland. Lund"
        " outsprinted Ida Berg on the uphill finish to Sandvik.\n"
        "Lund takes the leader's jersey into stage 2 on Friday.\n"
    )
    digest = digest_article(parse_text(text))
    assert digest.title == "Tour of Fjordland: Kari Lund wins opening stage"
    assert not any("Stage 1" in (s.heading or "") for s in digest.sections)
