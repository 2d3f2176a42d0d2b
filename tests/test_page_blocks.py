"""Blocks of a page that are no article: a captioned photo on top, an image's file name,
a table's rows, a pointer to the page. None is a title, heading or bullet."""

from __future__ import annotations

import pytest

from bot.core.analysis import Sentence
from bot.core.bullets import make_bullet
from bot.core.clause_choice import checker_for
from bot.core.digest import digest_article
from bot.core.model import Digest
from bot.core.names import article_names
from bot.core.parse import parse_text


def digest(text: str) -> Digest:
    return digest_article(parse_text(text, source="page.txt"), max_words=90)


def bullets(result: Digest) -> list[str]:
    return [b for section in result.sections for b in section.bullets]


def shown(result: Digest) -> str:
    lines = [result.title or ""]
    for section in result.sections:
        lines += [section.heading or "", *section.bullets]
    return "\n".join(lines)


_COUNCIL = """The rates rise was approved on Tuesday.

This week the Riverton District Council approved an overall 7.7 per cent rates increase for \
its annual budget. The increase was approved by eleven councillors, with two against.

The charges are higher than those in the draft budget that went out for consultation in \
April, and ratepayers will see the change from July.
"""


def test_a_caption_with_its_credit_on_top_is_no_title() -> None:
    for credit in ("Photo / Riverton News", "Shutterstock/Jan Blom"):
        result = digest(f"The council chamber in Riverton on budget day. {credit}\n\n{_COUNCIL}")
        assert result.title != f"The council chamber in Riverton on budget day. {credit}"
        assert credit not in shown(result)
        assert "7.7 per cent rates increase" in shown(result)


def test_an_image_file_name_in_words_and_a_long_labelled_caption_are_no_article() -> None:
    text = """Havbruk felles bilde brygga foto kari 12
GODT LAG: Mange aktørar står bak satsinga. Her er dei samla på kaia. Frå venstre: Ola \
Nordheim og Kari Vik i Sparebanken Vest, Per Dahl i Eksfin, Nils Strand og Eva Berg frå \
Strand Verft og fire av gründerane Jan Rogne, Bjørn Lie, Stein Tvedt og Bernt Rogne. \
Foto: Kari Nes

– Gründerane på kysten gir seg ikkje

Talet på nye føretak langs kysten har vore jamt stigande, og fjoråret var ikkje noko unntak.

Over tusen nye føretak blei registrerte i kommunane i fjor, fleire enn året før.
"""
    result = digest(text)
    assert result.title == "– Gründerane på kysten gir seg ikkje"
    assert "foto kari" not in shown(result)
    assert "Frå venstre" not in shown(result) and "aktørar" not in shown(result)


def test_the_rows_of_a_table_are_no_heading_and_a_pointer_to_them_is_dropped() -> None:
    text = """Rekord for nye føretak i fjor

Over tusen nye føretak blei registrerte i kommunane i fjor (sjå lista under). Det er \
fleire enn nokon gong før.

Nye føretak i kommunane
MOLDE 208 192
KINN 111 122
SULA 85 53
SUM 404 367

Men ei av dei store utfordringane for dei nye føretaka er å overleve dei første åra.
"""
    result = digest(text)
    assert "SUM" not in shown(result) and "MOLDE" not in shown(result)
    assert "lista under" not in shown(result)
    assert "Over tusen nye føretak blei registrerte i kommunane i fjor." in shown(result)


def test_a_feed_of_other_stories_ends_the_article() -> None:
    story = """Skistad vant prologen på Beitostølen

Kristine Stavås Skistad vant lørdagens prolog på Beitostølen foran to svenske løpere.

Skistad var fire sekunder foran nummer to, og sa etterpå at formen er bedre enn i fjor.
"""
    feeds = (
        "Sportsnyheter\n\nBayern München raste over dommeren etter et mål på overtid\n\n"
        "Nesten tretten minutter på overtid satte Bayern München ballen i mål, men dommeren "
        "blåste av for offside like før.",
        "Similar News:You can also read news stories similar to this one that we have "
        "collected from other news sources.\n\nBayern München raste over dommeren etter et "
        "mål på overtid. Bayern München scoret, men dommeren blåste av for offside like før.",
    )
    for feed in feeds:
        result = digest(f"{story}\n{feed}\n")
        assert "Bayern" not in shown(result)
        assert "bayern_munchen" not in [t.command for t in result.topics]
        assert "Skistad var fire sekunder foran nummer to" in shown(result)


def bullet_of(text: str) -> str | None:
    """The bullet `make_bullet` makes of a sentence read as an English article's."""
    return make_bullet(Sentence(text, 0, 1, 1, ()), checker_for("en", [text]))


def test_a_line_in_headline_case_is_no_bullet_and_names_no_one() -> None:
    headline = "American Outfitters to Close Stores in Grim Week for Retailers"
    assert bullet_of(headline) is None
    assert bullet_of("Northern Outfitters said it will close stores in a grim week.")
    article = parse_text(
        "Retail news\n\nThe chain posted weak sales.\n\n"
        f"{headline}\n\nThe chain will close 150 stores, Northern Outfitters said."
    )
    assert {"Close", "Stores", "Grim"}.isdisjoint(article_names(article))
    assert {"Northern", "Outfitters"} <= article_names(article)


def test_a_pages_notes_on_itself_and_a_blogs_shortcodes_are_no_bullets() -> None:
    text = """Floods close roads across the region

Article content
Article content Heavy rain closed more than forty roads across the region on Friday, and \
hundreds of homes were evacuated.

[gallery] Emergency crews rescued twelve people from cars caught in floodwater overnight.

Look back at how the flood crisis unfolded on Friday. All times are in AEST.

The weather service expects the rain to ease on Sunday.

This article was first published in the Weekend Courier.
"""
    seen = shown(digest(text))
    for furniture in ("Article content", "[gallery]", "All times", "Look back", "first published"):
        assert furniture not in seen, furniture
    assert "Heavy rain closed more than forty roads" in seen
    assert "Emergency crews rescued twelve people" in seen
    norwegian = """Handelen i sentrum øker

Omsetningen i butikkene i sentrum økte med ti prosent i fjor, viser nye tall fra kommunen.

Reisetiden er kort, og det er enkelt å handle og parkere, sier senterlederen.

Artikkelen er hentet fra ukeavisen Byposten.
"""
    assert "hentet fra" not in shown(digest(norwegian))


def test_a_matchs_score_is_its_title() -> None:
    lead = (
        "Vikhammer IL scored twice in the last ten minutes to win the county final, their "
        "first title in twenty years.\n\nThe captain said the team had never given up."
    )
    standfirst = (
        "Det så ut til å gå mot tap, men to raske mål sørget for at det ble 3-3.\n\n"
        "Bergsvik-Nordmo 3-3\n\n"
        "En sterk sluttspurt sikret Nordmo ett poeng i trenerens debut.\n\n"
        "Bergsvik leide 3-1 med seks minutter igjen, men Nordmo scoret to mål."
    )
    blog = (
        "Anna Berg's Blog, page 12\n\nNorthfield 3-1 Westbury: league final – as it happened"
        "\n\nNorthfield won the final with ease, three goals before the break\n\n"
    )
    pages = {
        standfirst: "Bergsvik-Nordmo 3-3",  # a standfirst over the score line
        blog + lead: "Northfield 3-1 Westbury: league final – as it happened",
        "Northfield 3-25\n\nWestbury 0-20\n\n" + lead: "Northfield 3-25, Westbury 0-20",
    }
    for text, title in pages.items():
        assert digest(text).title == title


def test_a_quote_that_runs_on_into_the_next_paragraph_stays_a_quote() -> None:
    text = """Northfield coach praises young side after loss

Northfield coach Sam Berg praised his young side after the 21-18 loss to Westbury on \
Saturday.

The match-winning try came late in the second half, when Northfield were caught out in \
defence, Berg said.

"They talked themselves up and played very well.

Our camp did not talk at all."

Northfield play Eastvale at home next Saturday.
"""
    bullets = [b for s in digest(text).sections for b in s.bullets]
    assert not any(b.startswith(("They talked", "Our camp")) for b in bullets), bullets
    assert any(b.startswith("Northfield coach Sam Berg praised") for b in bullets), bullets


def test_a_live_pages_sign_off_is_no_bullet() -> None:
    text = """Northfield 3-1 Westbury: league final – as it happened

Northfield won the final with ease, three goals before the break

10.28pm

Anna Berg was at the ground to see this one. Her verdict has landed. Enjoy that report, \
and thanks for reading this one.

10.20pm

Northfield's coach Sam Berg says the first half was the best his side has played all year.

10.02pm

Full time: Northfield 3-1 Westbury. Northfield are champions for the first time.
"""
    seen = shown(digest(text))
    for note in ("to see this one", "verdict has landed", "thanks for reading"):
        assert note not in seen, note
    assert "Northfield are champions for the first time" in seen


def test_a_pages_labels_corrections_links_and_wire_marks_are_no_article() -> None:
    english = """Northland man in court after assault on police officer

2 mins to read

Aug. 30 (BusinessDesk) - A 50-year-old man has appeared in court after a serious assault on \
a police officer at a farm near Kaikohe.

Media statement

He was remanded in custody until October 22, and the officer is recovering in hospital.

You can read the full court report here.
"""
    seen = shown(digest(english))
    for furniture in ("mins to read", "BusinessDesk", "Media statement", "read the full"):
        assert furniture not in seen, furniture
    assert "A 50-year-old man has appeared in court" in seen
    nynorsk = """Brann i einebustad på Sotra

Det vart klokka 20.50 meld om brann i ein einebustad i Øygarden kommune.

Bilde 1 av 3

Fire personar er registrerte som bebuarar i huset, og alle kom seg ut.

RETTING: I ein tidlegare versjon stod det at brannen var for tre dagar sidan.

Du kan lese meir om brannvernet på brannvern.no via denne lenkja.
"""
    seen = shown(digest(nynorsk))
    for furniture in ("Bilde 1 av 3", "tidlegare versjon", "via denne lenkja"):
        assert furniture not in seen, furniture
    assert "Fire personar er registrerte som bebuarar" in seen


def test_a_papers_note_on_names_it_keeps_back_and_a_pointer_to_updates_are_no_bullets() -> None:
    text = """Foreldre reagerer på mobbesak

Fleire foreldre ved ein ungdomsskule i Fjordvik meiner skulen har handtert ei mobbesak \
dårleg, og har klaga saka inn til statsforvaltaren.

NRK har valt å utelate namnet på skulen, av omsyn til personvernet.

NRK kjenner identiteten til dei involverte.

Bildet er fra Fjordvik skole i 2018 da elevene markerte skolestart.

Biletet er teke laurdag klokka 12.

Bruk gjerne kommentarfeltet under artikkelen til å si hva du mener.

Følg med her for å få oppdatert informasjon.

Rektor seier skulen har sett inn tiltak, og at saka no er løyst.
"""
    seen = shown(digest(text))
    notes = ("utelate namnet", "kjenner identiteten", "Følg med her", "Bildet er", "Biletet er")
    for note in (*notes, "kommentar"):
        assert note not in seen, note
    assert "Rektor seier skulen har sett inn tiltak" in seen


def test_a_pointer_to_more_under_its_label_is_no_bullet_or_heading() -> None:
    text = """Pet store mice may help lab research

Placing pet store mice in the same cages as laboratory mice could improve research into \
human diseases, a new study suggests.

The lab mice had a far stronger immune response to a bacterial infection, the study found.

More information

The Nordvik Institute of Health has more about mice and medical research.
"""
    seen = shown(digest(text))
    assert "has more about" not in seen and "More information" not in seen


def test_a_police_appeals_contact_lines_are_no_bullets() -> None:
    text = """Man seriously hurt in town centre attack

A man was taken to hospital with serious injuries after he was attacked in the town centre \
on Saturday night, police said.

Officers arrested a 24-year-old man nearby, and he remains in custody.

Anyone who has information should contact DC Jane Lee on jane.lee@police.example or the \
non-emergency number 101, quoting crime reference 41/1234/22.

Information can also be reported anonymously, via Crimestoppers, on 0800 555 111.
"""
    seen = shown(digest(text))
    assert "jane.lee" not in seen and "Crimestoppers" not in seen
    assert "arrested a 24-year-old man" in seen


def test_a_broadcasters_glued_mark_and_a_videos_teaser_are_no_article() -> None:
    text = """Storms hit the coast as rain spreads south

ABCSevere thunderstorms with large hail and heavy rain are spreading across the coast, the \
weather bureau says.

Eleven roads close as the rain finally arrives, with a car swept off a causeway | WATCH

Emergency crews rescued two people from floodwater overnight, and more rain is forecast.
"""
    seen = shown(digest(text))
    assert "ABCSevere" not in seen and "| WATCH" not in seen
    assert "Severe thunderstorms with large hail" in seen


def test_a_promos_line_a_match_box_and_a_blogs_masthead_are_no_headings() -> None:
    text = """Northfield hold Westbury to a draw

Northfield came back from a goal down to draw 1-1 with Westbury on Saturday.

Kamp slutt Slutt (1-1)

The Game Cricket 2023-24

After the break Westbury pressed Northfield back but made few real chances.

Kulturbloggen

Westbury's coach said the draw was fair, and Northfield's captain agreed.
"""
    seen = shown(digest(text))
    for furniture in ("Kamp slutt", "The Game Cricket", "Kulturbloggen"):
        assert furniture not in seen, furniture
    assert "Northfield came back from a goal down" in seen


def test_an_opinion_pieces_byline_on_top_is_no_title() -> None:
    text = """Debattinnlegg: Kari Nordvik, daglig leder i Nordfond

Som forvalter av offentlige midler er Nordfond forberedt på kritisk journalistikk.

Men artikkelen i lørdagsavisen gir et feil bilde av hvordan fondet investerer pengene.
"""
    result = digest(text)
    assert result.title is None or "Kari Nordvik" not in result.title
    assert "Kari Nordvik, daglig leder" not in shown(result)
    assert "Nordfond forberedt på kritisk journalistikk" in shown(result)


def test_a_caption_closed_by_its_photographers_bare_name_is_no_heading() -> None:
    text = """Huset brenn. Brannvesenet trekker seg ut

Ingen er skadet.

Klokken 11.10 kom det melding om brann i et bolighus på Solbakken i Sandvik. Huset \
var overtent da brannvesenet kom fram.

BRANN: Bolighuset på Solbakken brant søndag formiddag. Kari Nordvik-Hansen

Ifølge vaktlederen var ingen hjemme da brannen startet. Naboene ble evakuert.

Fire naboer sto ute i kulda i to timer før de fikk gå inn igjen.

The barn after the fire on Sunday. John Mills

The barn had stood in the valley since 1870, and neighbours had tried to save it.

The old mill burnt down in 1921. (Anna Lind)

The mill was never rebuilt, and the farm sold its grain in town from then on.
"""
    result = digest(text)
    assert "Kari Nordvik-Hansen" not in shown(result)
    assert "John Mills" not in shown(result)
    assert "Anna Lind" not in shown(result)
    assert "Naboene ble evakuert." in shown(result) or "ingen hjemme" in shown(result)


def test_a_stations_dateline_is_no_part_of_the_lead() -> None:
    for dateline in ("FALL RIVER (CBS/AP) —", "SAN FRANCISCO (CBS SF) --", "BOSTON (WBZ-TV) —"):
        text = (
            f"Man found guilty of murder\n\n{dateline} The jury found the former player guilty"
            " of first-degree murder on Wednesday.\n\nJurors had deliberated for more than 35"
            " hours before they reached their decision.\n"
        )
        result = digest(text)
        assert result.sections[0].bullets[0].startswith("The jury found"), shown(result)


def test_an_ads_countdown_a_print_pages_links_and_an_agencys_section_are_no_title() -> None:
    story = (
        "New dinosaur species found in museum vaults\n\nResearchers have found the remains of a"
        " new horned dinosaur species in the vaults of a British museum. The bones had lain"
        " in a drawer for nearly a century before anyone studied them.\n"
    )
    for furniture in (
        "This ad will auto close in 10 seconds",
        "Rediff.com« Back to articlePrint this article",
        "AP U.S.",
        "- Breaking",
    ):
        result = digest(f"{furniture}\n\n{story}")
        assert result.title == "New dinosaur species found in museum vaults", furniture
        assert furniture.strip("- ") not in shown(result)


def test_a_line_that_points_to_a_list_below_is_no_bullet() -> None:
    text = """Uvêr stengjer fjellvegane

Sterk vind og snø stengde fleire fjellvegar i Sør-Noreg søndag, og fleire bilistar \
måtte snu.

Klokka 10 søndag var dette status på dei viktigaste fjellvegane i Sør-Noreg.

I fjellet er det kraftig vind og tett snøvêr, og vegvesenet køyrer kolonne over Filefjell.

Her er heile lista over stengde vegar i fylket.
"""
    seen = shown(digest(text))
    assert "var dette status" not in seen and "Her er heile lista" not in seen, seen
    assert "kolonne over Filefjell" in seen
    english = """Waiting lists grow at busy hospitals

Use our search tool to find out: most patients at the busiest trusts have waited for more \
than 18 weeks for their treatment this year.

Sixty per cent of patients at the busiest hospital trusts are not treated within the time \
target, official figures show.
"""
    assert "search tool" not in shown(digest(english))


def test_a_feed_of_other_headlines_on_top_gives_no_title_when_none_is_the_storys() -> None:
    story = (
        "Johannes Høsflot Klæbo var eneste nordmann i sprintfinalen. Klæbo rykket i bakken og"
        " gikk alene inn på stadion.\n\nSeieren er hans sjuende i verdenscupen denne sesongen.\n"
    )
    feed = (
        "Weng gikk videre med et nødskrik i Lahti\n\nNorge sender rundt 40 militære til Niger"
        "\n\nMerkel til Paris for å drøfte EUs framtid med Macron\n\nTo personer til sykehus"
        " etter trafikkulykke på Heimdal\n\nSør-Afrikas ekspresident blir tiltalt for korrupsjon"
    )
    result = digest(f"Bilder med tillatelse fra NRK Sport!\n\n{feed}\n\n{story}")
    assert result.title is None, result.title
    assert "Sør-Afrikas" not in shown(result) and "tillatelse" not in shown(result)
    assert "Klæbo var eneste nordmann i sprintfinalen" in shown(result)
    # (the last of the feed is the story's own headline when the story says its words)
    own = digest(f"{feed}\n\nKlæbo vant sprinten i Drammen\n\n{story}")
    assert own.title == "Klæbo vant sprinten i Drammen"


def test_a_photos_alt_line_its_agency_caption_and_a_desk_byline_are_no_article() -> None:
    text = """Hospitals hit with $93 million budget cut

By state political reporter Jane Willis and Tom Silva
Posted , updated
Mark Foley speaks at a press conference.
Mark Foley said he was disappointed there was no money for the hub.(AAP: Erik Anderson)

The state's Health Minister Mark Foley says there will be fewer nurses in the hospitals \
after a $93 million funding cut was revealed in the federal budget.

The federal government pledged $133.6 billion to the states last year, with the money \
flowing to emergency departments and hospitals.
"""
    seen = shown(digest(text))
    for furniture in ("political reporter", "press conference", "disappointed", "AAP"):
        assert furniture not in seen, furniture
    assert "fewer nurses in the hospitals" in seen


def test_a_pictures_note_a_sources_credit_a_fact_box_and_a_link_are_no_bullets() -> None:
    text = """Hurtigruta fikk motorstans ved Hustadvika

Hurtigruteskipet fikk motorstans utenfor Hustadvika tirsdag kveld, og fire helikoptre ble \
sendt til stedet.

Klokken 21:25 publiserte skipet dette bildet fra webkamera om bord.

Det var Hovedredningssentralen for Sør-Norge (HRS) som meldte like etter klokken 21 at \
skipet hadde fått maskinstans.

Sunnmørsposten omtalte saken først.

(Artikkelen held fram under biletet).

Les: Skipet fikk motorstans også i fjor

Bygget: 2002 ved Fosen verft.

Tittel: «Når landet mørknar»

Mannskapet fikk motoren i gang igjen etter en time, og skipet gikk videre til Kristiansund.
"""
    seen = shown(digest(text))
    for note in ("dette bildet", "omtalte saken", "held fram", "Les:", "Bygget:", "Tittel:"):
        assert note not in seen, note
    assert "Det var Hovedredningssentralen for Sør-Norge (HRS) som meldte" in seen


def test_a_wires_glued_dateline_and_a_signed_caption_are_no_article() -> None:
    for dateline in ("Cheltenham, UK, May 28--", "Sydney | Reuters — "):
        text = (
            f"Jobs cut at the plant\n\n{dateline}Union leaders have reacted with fury to the"
            " news that the plant is cutting a quarter of its 900-strong workforce.\n\nThe"
            " company said the cuts were needed to keep the plant open.\n"
        )
        assert digest(text).sections[0].bullets[0].startswith("Union leaders have reacted")
    text = """Sunak to announce support for households

The Prime Minister will lead a Downing Street press conference today. (PA)

Codie Taylor makes a break during the match at Eden Park on August 07, 2021 in \
Auckland, New Zealand.

The Chancellor will set out a package of support for households as energy prices rise by \
more than half in April.
"""
    seen = shown(digest(text))
    assert "(PA)" not in seen and "Codie Taylor" not in seen, seen
    assert "package of support for households" in seen


def test_a_long_line_without_its_stop_under_the_lead_is_no_headline() -> None:
    result = digest(
        "Meteorologisk institutt har sendt ut rødt farevarsel for kraftige vindkast i deler av"
        " Nordfjord, Møre og Romsdal og Trøndelag. Fra onsdag ettermiddag ventes orkan på"
        " kysten.\n\n"
        "Onsdag melder meteorologene at den sterkeste vinden vil treffe kysten lengre nord, og at"
        " Trøndelag og Nordland er mest utsatt\n\n"
        "Det kan også komme vindkast i indre strøk, og det er sendt ut gult farevarsel for Lesja"
        " og Dovre."
    )
    assert result.title != (
        "Onsdag melder meteorologene at den sterkeste vinden vil treffe kysten lengre nord, og at"
        " Trøndelag og Nordland er mest utsatt"
    )
    assert "rødt farevarsel" in shown(result)


def test_a_lead_that_says_today_is_no_headline() -> None:
    result = digest(
        "Utdanningsforbundet varsla i dag at lærarstreiken blir trappa opp nok ein gong.\n\n"
        "Neste veke tar dei ut ytterlegare 1800 lærarar i streik, og no blir også"
        " barneskulane ramma.\n\n"
        "Frå og med måndag vil dermed 128 000 barn og unge vere ramma av streiken."
    )
    assert result.title is None
    assert "Utdanningsforbundet varsla i dag" in shown(result)


def test_a_caption_that_says_where_the_picture_was_taken_is_no_bullet() -> None:
    result = digest(
        "Laksen biter igjen\n\n"
        "Etter tidenes dårligste sesong i fjor biter igjen laksen i norske elver, og mange"
        " fiskere har fått sin første laks.\n\n"
        "Kari Moe (14) fikk sin første laks for noen dager siden. Høy vannføring i mange elver,"
        " som her i Stordalselva, har gitt et bedre fiske.\n\n"
        "Publisert: For mindre enn 1 time siden\n\n"
        "I mange elver er det ikke lov å fange mer enn én laks om dagen, og fisket stenger"
        " tidligere enn før."
    )
    assert "som her i Stordalselva" not in shown(result)
    assert "én laks om dagen" in shown(result)


def test_a_matchs_minutes_and_share_buttons_are_no_part_of_the_entries() -> None:
    result = digest(
        "Norge mot Nord-Irland\n\n"
        "20′ DEL Martin Ødegaard slår et langt innlegg, men keeperen tar ballen sikkert.\n\n"
        "19′ DEL Stefan Strandberg fører fremover, men blir taklet av Martin Ødegaard.\n\n"
        "17′ DEL Nord-Irland er ikke ivrige på å sette i gang spillet igjen.\n\n"
        "14 ′ Josh Magennis drar seg innover og skyter rett på André Hansen.\n\n"
        "12′ DEL Erling Haaland er inne igjen etter behandling på sidelinjen."
    )
    text = shown(result)
    assert "′" not in text and "DEL " not in text, text
    assert "Erling Haaland er inne igjen" in text
    assert not any("del_" in t.command for t in result.topics)


def test_an_interviews_first_question_over_its_answer_is_no_title() -> None:
    result = digest(
        "When did you realize you first wanted to become an actor?\n\n"
        "I came to it fairly late. It only came to me when I was about 16, when my girlfriend"
        " dared me to audition for the school play.\n\n"
        "What was your first big role?\n\n"
        "I played a detective in a crime series that ran for three seasons on the BBC."
    )
    assert result.title is None


@pytest.mark.parametrize(
    ("text", "title", "gone"),
    [
        (  # a radio show's hours: no live entry's stamp
            "Current show\n\nThe Morning Hustle\n\n5:00 am 9:00 am\n\n"
            "Jury begins deliberations in fraud trial\n\n"
            "The jury in the fraud trial of the former mayor began its deliberations on"
            " Wednesday after five weeks of testimony.\n\n"
            "The judge told jurors they could take as long as they needed to reach a verdict.",
            "Jury begins deliberations in fraud trial",
            "9:00 am",
        ),
        (  # a score on two lines over the reporter's byline: the score is the title
            "Kilkenny 0-18\n\nTipperary 0-17\n\nJohn Fallon reports from Semple Stadium\n\n"
            "Goalkeeper Eoin Murphy struck a winning free from 75 metres in injury-time to"
            " snatch a dramatic victory for Kilkenny at Semple Stadium.\n\n"
            "Tipperary looked set for victory when Noel McGrath edged them in front in added"
            " time.",
            "Kilkenny 0-18, Tipperary 0-17",
            "John Fallon",
        ),
        (  # under a site's tag, the top picture's caption over the headline
            "Samfunn\n\n"
            "Nobelprisvinner Kari Moe viser frem forskningen sin til kronprinsessen i 2015.\n\n"
            "Fremgang for norsk forskning\n\n"
            "Forskningsrådets årlige indikatorrapport viser at den beste forskningen foregår ved"
            " sykehusene.\n\n"
            "Rapporten viser at forskningen ved sykehusene er mest sitert her i landet, foran"
            " universitetene i Bergen og Oslo.",
            "Fremgang for norsk forskning",
            "kronprinsessen",
        ),
        (  # a series label in capitals over a short headline
            "SOMMErSELFIE MED NYE REKTORER\n\n"
            "Tar en mental sats før høsten\n\n"
            "Kari Moe har så langt brukt ferien til gåturer, men innrømmer at hun føler på"
            " ansvaret som venter henne i august.\n\n"
            "Elleve universiteter og høgskoler har fått ny rektor i løpet av året.",
            "Tar en mental sats før høsten",
            "SOMMErSELFIE",
        ),
        (  # the top picture's caption, a sentence that says no word of the story, on top
            "Advokat Kari Moe i Advokatfirmaet Lund representerte klienten.\n\n"
            "Tingretten ble satt uten meddommere - nå er dommen opphevet\n\n"
            "Nordre Vestfold tingrett var satt uten meddommere, til tross for at straffen"
            " kunne bli fengsel i inntil to år.\n\n"
            "Lagmannsretten nektet anken fremmet, men Høyesterett har nå opphevet nektelsen.",
            "Tingretten ble satt uten meddommere - nå er dommen opphevet",
            "representerte klienten",
        ),
        (  # a site's slogan over what is left of its menu, then the headline
            "Riverton's First English Language Newspaper\n\n"
            "Arts - Entertainment - Lifestyles\nBook Review\nHealth & Wellbeing\n\n"
            "Flood closes the river road for a week\n\n"
            "The river road will stay closed for a week after the flood washed out a bridge,"
            " the county said on Tuesday.\n\n"
            "Drivers must take the mountain road, which adds forty minutes to the trip.",
            "Flood closes the river road for a week",
            "Newspaper",
        ),
    ],
)
def test_a_pages_line_over_the_headline_leaves_the_headline_the_title(
    text: str, title: str, gone: str
) -> None:
    result = digest(text)
    assert result.title == title
    assert gone not in shown(result)


def test_a_wires_update_note_and_a_sources_anonymity_are_no_bullets() -> None:
    text = """RIVERTON, Maine (AP) — At least six people were hurt when a grain silo collapsed \
in Riverton on Wednesday, two fire officials told The Associated Press.

The silo stood beside the town's rail yard.

The officials were not authorized to publicly discuss the investigation and spoke to AP on \
condition of anonymity.

THIS IS A BREAKING NEWS UPDATE. AP’s earlier story follows below.

RIVERTON, Maine (AP) — Several people were hurt Wednesday when a grain silo collapsed in \
Riverton, officials said.

Crews were still searching the rubble late in the evening. An official, who spoke on \
condition of anonymity, said the silo had been due for repairs this spring.
"""
    seen = shown(digest(text))
    for note in ("not authorized", "BREAKING NEWS UPDATE", "earlier story follows"):
        assert note not in seen, note
    assert "At least six people were hurt" in seen
    assert "said the silo had been due for repairs" in seen  # what the source said is news


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("nb", "Da kan Ola Berg ønske dere velkommen til Nordfjord stadion og dagens kamp."),
        ("en", "From all of us here, have a peaceful evening."),
        ("nb", "Kari Berg takker for følget og ønsker alle en riktig god helg!"),
        ("nb", "Kilden ønsker ikke å stå fram med navn."),
        ("en", "The official spoke on condition of anonymity because talks are private."),
    ],
)
def test_a_live_pages_welcome_and_good_night_and_a_sources_wish_are_no_bullets(
    language: str, note: str
) -> None:
    assert make_bullet(Sentence(note, 0, 1, 1, ()), checker_for(language, [note])) is None


def test_a_caption_label_run_into_its_caption_and_the_alt_text_above_are_no_title() -> None:
    text = """How do councils set the rates?

Town hall clock tower (file pic)
Image caption Councils weigh several costs before they set the rates

The Riverton council raised its rates by 7.7 per cent this week, more than any council \
in the region. Eleven councillors voted for the rise and two against.
"""
    result = digest(text)
    assert result.title == "How do councils set the rates?"
    seen = shown(result)
    assert "Image caption" not in seen
    assert "Town hall clock tower" not in seen
    assert "raised its rates by 7.7 per cent" in seen


def test_a_headline_that_says_no_word_of_its_lead_is_still_the_title() -> None:
    text = """Tidenes comeback

Nordfjord lå under med tre mål til pause, men vant likevel 4-3 over Stryn på søndag.

Kari Moe skåret to av målene i andre omgang.
"""
    assert digest(text).title == "Tidenes comeback"


def test_a_title_over_a_crosshead_stays_the_title() -> None:
    text = """Beredskap i nord

Øvelsen ved Bodø

Soldatene ved Bodø øvde i flere døgn på å ta imot allierte forsterkninger i kulde og mørke.

Øvelsen ved Alta

Soldatene ved Alta øvde i to døgn, og kommunen sier samarbeidet gikk godt.
"""
    result = digest(text)
    assert result.title == "Beredskap i nord"
    assert result.sections[0].heading == "Øvelsen ved Bodø"


def test_an_images_description_over_its_labelled_caption_and_credit_is_no_article() -> None:
    text = """Uklar dødsårsak etter at mann døydde i Volda

Politiet opplyser at det vil ta om lag to månader å få svar på årsaka til at ein mann døydde \
i Volda. Politiet var involvert i eit basketak med mannen i forkant av dødsfallet.

Fleire bukettar med blomar og lys er lagt ned ved kaia i Volda sentrum. Rosene er raude og er \
opplyst av ei låg vintersol. Ute av fokus, nede i gata, ser vi lysa til bilar som kjem \
køyrande. Det eine lyset er tent.

MINNESTAD: Politiet går no ut med resultatet frå obduksjonen etter at ein mann døydde i Volda.

Foto: Kari Ås / NRK

Obduksjonsrapporten kan ikkje sikkert fastslå dødsårsaka. Difor blir det gjort fleire analysar.

Fylkesveg 60 ved Dalsvatnet i Volda er stengd etter ras

STENGD: Fylkesveg 60 ved Dalsvatnet er mellom vegane som er stengde. Han blir opna i morgon.

Foto: Per Li / NRK

Familien til mannen har fått tilbod om bistandsadvokat, opplyser politiet.
"""
    seen = shown(digest(text))
    for line in ("bukettar", "Rosene er raude", "Fylkesveg 60 ved Dalsvatnet i Volda", "STENGD"):
        assert line not in seen, line
    assert "Obduksjonsrapporten kan ikkje sikkert fastslå dødsårsaka" in seen
    assert "bistandsadvokat" in seen


def test_a_pages_stamp_over_a_caption_in_one_block_is_no_bullet() -> None:
    text = """Northfield and Westbury share the points after a late equaliser at the Riverside

Sat 2 Oct 2021 09.55 EDTFirst published on Sat 2 Oct 2021 06.30 EDT
Westbury's Sam Berg celebrates scoring.
Westbury's Sam Berg celebrates scoring. Photograph: Anna Lind/Reuters
Westbury's Sam Berg celebrates scoring. Photograph: Anna Lind/Reuters

Northfield led through an early goal, but Westbury drew level ten minutes from time when \
Sam Berg finished a fast counter-attack.

Northfield have now won only one of their last six league games.
"""
    result = digest(text)
    seen = shown(result)
    assert "EDT" not in seen
    assert "celebrates scoring" not in seen
    assert "drew level ten minutes from time" in seen
    assert "sat_2" not in [topic.command for topic in result.topics]


def test_a_reviews_teaser_over_its_films_headings_stays_the_title() -> None:
    text = """Sjekk hva anmelderne mener om ukens premierefilmer.

1 2 3 4 5 6 «Fjellet»

«Fjellet» er den tredje filmen om klatrerne fra Lom, og den beste til nå.

1 2 3 4 5 6 «Havet»

For et under av en film dette er! Regissøren har laget sitt beste verk.
"""
    result = digest(text)
    assert result.title == "Sjekk hva anmelderne mener om ukens premierefilmer."
    assert [s.heading for s in result.sections] == ["«Fjellet»", "«Havet»"]


def test_a_name_over_its_photos_labelled_caption_is_no_heading() -> None:
    text = """Nordfjord vann toppkampen

Nordfjord har stø kurs mot seriegullet etter 2-0 over Stryn på laurdag.

Kari Moe

AVGJORDE: Kari Moe stupte inn målet som gav Nordfjord 2–0 og eit klart overtak i kampen

Nordfjord har vunne ti av elleve kampar, og har ein uavgjort.
"""
    result = digest(text)
    assert [s.heading for s in result.sections] == [None]
    assert "Kari Moe stupte inn målet" in shown(result)  # the caption tells the news


def test_a_share_button_a_wire_pictures_dated_caption_and_the_latest_rail_are_no_article() -> None:
    text = """Northfield beats Westbury in straight sets for the county title

SHARE Northfield beats Westbury in straight sets for the county title
afp_qm59q_70062805.jpg

Northfield's Anna Berg celebrates after winning against Westbury's Kari Lind during their \
final match at the county courts in Riverton, on July 15, 2017.
Berg won 7-5, 6-0. / AFP PHOTO / Glyn KIRK / Getty Images

RIVERTON — Anna Berg overcame two set points to win the first set en route to a 7-5, 6-0 \
victory over Kari Lind in the county final on Saturday.

Berg, who lost the final two years ago, did not lose another game after the first set.

The Latest
The Bears put the figure at $4.7 billion.
"""
    seen = shown(digest(text))
    for line in ("SHARE", "celebrates after winning", "AFP PHOTO", "The Bears"):
        assert line not in seen, line
    assert "7-5, 6-0" in seen


def test_a_caption_given_twice_the_second_time_with_its_credit_is_no_article() -> None:
    text = """Westbury winner was a lucky goal, says Northfield coach Kari Lind

Kari Lind
Thursday 01 October 2015 12:29 BST
Comments
Lind, above, was frustrated by her side's surrender of an early lead
Lind, above, was frustrated by her side's surrender of an early lead (Getty Images)

Northfield coach Kari Lind called Westbury's winner in Wednesday night's cup tie a lucky \
goal, despite the fine pass that set it up.

Westbury had equalised from the penalty spot before half-time.
"""
    result = digest(text)
    assert result.title == "Westbury winner was a lucky goal, says Northfield coach Kari Lind"
    assert "frustrated" not in shown(result)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nb", "Som bildet over viser var det en glad og lettet gjeng som feiret i garderoben."),
        ("en", "As the photo above shows, the crowd outside the court was huge on Monday."),
    ],
)
def test_a_sentence_on_the_pages_picture_above_is_no_bullet(language: str, sentence: str) -> None:
    from bot.core.analysis import analyse
    from bot.core.digest import digest_of
    from bot.core.parse import parse_text

    text = (
        "Opprykk for Vik\n\nVik sikret opprykk til 2. divisjon med seier 3–1 borte mot Bryne"
        f" søndag.\n\nFeiringen\n\n{sentence}"
    )
    digest = digest_of(analyse(parse_text(text, language=language)))
    bullets = [b for s in digest.sections for b in s.bullets]
    assert not any(b.startswith(("Som bildet", "As the photo")) for b in bullets), bullets


_PROBE = """Lake Ormen survey finds a fish thought extinct

Grey shape under the survey boat is the char thought to be lost
Grey shape under the survey boat is the char thought to be lost
Lake Ormen
Lake Ormen

Biologists surveying Lake Ormen with a towed sonar have found a population of Ormen char, \
a fish last recorded in the lake in 1961.

The team from the regional university counted at least forty fish in the deepest basin, \
and a net sample confirmed the species on Thursday.

"We had given up hope of ever seeing one alive," said team leader Hilde Marstrand.
"""


def test_a_caption_and_its_alt_text_each_given_twice_in_one_block_are_no_title() -> None:
    # Each line of the picture's block is given twice, and the block's lines are as long as
    # a wrapped paragraph's: none may run into the next and stop being a copy.
    result = digest(_PROBE)
    assert result.title == "Lake Ormen survey finds a fish thought extinct"
    assert "Grey shape" not in shown(result)
    assert all(section.heading != "Lake Ormen" for section in result.sections)


def test_a_caption_ending_on_its_credits_empty_bar_is_no_title_or_heading() -> None:
    page = (
        "Sealed with a wave: Ormen's divers celebrate the find. |\n"
        + _PROBE.split("\n\n", 2)[2].replace("\n\n", "\n")
        + "Divers lift the net at dawn. |\n"
        + "The fish will be counted again next summer, the university said.\n"
    )
    text = shown(digest(page))
    assert "Sealed with a wave" not in text
    assert "Divers lift the net" not in text
    assert "Biologists surveying Lake Ormen" in text


def test_a_sites_slogan_over_the_headline_is_no_title_once_its_menu_is_gone() -> None:
    page = (
        "Nyheter for alle som jobber i skolen\n\n • Abonnere\n • Annonsere\n • Kontakt oss\n"
        " • Nyhetsbrev\n • Logg inn\n\n"
        "Kartlegging blant 900 lærere: – Vi rekker ikke å rette prøvene\n\n"
        "Tre av fire lærere i ungdomsskolen sier de ikke rekker å rette prøver i arbeidstiden. "
        "Det viser en kartlegging som Utdanningsforbundet har gjort blant 900 lærere.\n\n"
        "Kartleggingen legges frem på et møte med kunnskapsministeren mandag.\n"
    )
    result = digest(page)
    assert result.title == "Kartlegging blant 900 lærere: – Vi rekker ikke å rette prøvene"
    assert "Nyheter for alle" not in shown(result)


@pytest.mark.parametrize("mark", [":", "?", "!"])
def test_a_captions_label_that_asks_or_calls_out_makes_it_no_bullet(mark: str) -> None:
    page = (
        f"MER REGN{mark} Sentrum i Fjordby sto under vann tirsdag. Torsdag kommer det mer.\n\n"
        "Flomvarsel for hele Vestlandet: – Hold dere unna elvene\n\n"
        "Torsdag ventes det opptil 80 millimeter nedbør på Vestlandet, og NVE har sendt ut "
        "oransje farevarsel for flom.\n\n"
        "– Det kan bli stengte veier og jordskred, sier vakthavende hydrolog Per Tveit.\n"
    )
    result = digest(page)
    assert result.title == "Flomvarsel for hele Vestlandet: – Hold dere unna elvene"
    assert "Sentrum i Fjordby" not in shown(result)


_MEMORIAL = """Minneord over Kari Marie Brekke

Minneord for Kari Marie Brekke Med Kari Marie Brekkes bortgang har Fjordvik Senterparti \
mistet en av sine mest trofaste tillitsvalgte. Hun satt i kommunestyret i tjue år og var \
varaordfører i to perioder. Hun var opptatt av skolene i bygda og av veiene som bandt den \
sammen. Vi lyser fred over hennes minne. Fjordvik Senterparti

DEL
Minneord over Ola Haugen
Minneord over Ola Haugen
Minneord over Kari Marie Brekke
Minneord over Kari Marie Brekke
Minneord over Kari Marie Brekke
"""


def test_a_headline_a_rail_of_links_gives_again_stays_the_title() -> None:
    # Copies in a row are one rail's links, no live page's tag on every entry.
    assert digest(_MEMORIAL).title == "Minneord over Kari Marie Brekke"


def test_a_headline_run_into_the_first_paragraph_with_a_word_changed_is_no_bullet() -> None:
    first = bullets(digest(_MEMORIAL))[0]
    assert first.startswith("Med Kari Marie Brekkes bortgang har Fjordvik Senterparti"), first


def test_a_first_sentence_that_says_the_headline_is_kept() -> None:
    page = (
        "Kari Marie Brekke er død\n\n"
        "Kari Marie Brekke er død. Hun ble 81 år gammel og satt i kommunestyret i Fjordvik i "
        "tjue år.\n\nHun var varaordfører i to perioder.\n"
    )
    assert "Kari Marie Brekke er død. Hun ble 81 år" in parse_text(page).text


@pytest.mark.parametrize(
    "signature",
    ["For Fjordvik bygdekvinnelag, leiar Kari Lund", "På vegne av Fjordvik Arbeiderparti, Per Dal"],
)
def test_who_signs_a_memorial_on_a_bodys_behalf_is_no_title(signature: str) -> None:
    page = (
        f"Meninger\n\n{signature}\n\n"
        "Ingrid Haugen var fødd 3. mars 1941 og døydde 2. januar i år. Ho var medlem av laget i "
        "tretti år, og i mange av dei var ho kasserar. Ho stilte alltid opp på dugnadene våre.\n\n"
        "Vi lyser fred over minnet hennar.\n"
    )
    result = digest(page)
    assert result.title != signature
    assert signature not in shown(result)


@pytest.mark.parametrize(
    "caption",
    [
        "Ann Lowe poses with the harbour trophy after winning the Fairhaven regatta on Sunday.",
        "Tom Ek celebrates after scoring the winner during the derby against Vik on Saturday.",
        # (a win celebrated in the picture, its date and credit after; as a heading, no stop)
        "Ann Lowe of Fairhaven celebrates winning the harbour regatta in Fairhaven, on June 9,"
        " 2019. (Photo by AFP)",
        "Ann Lowe celebrates winning the Fairhaven regatta",
        # (a picture taken from a video, its credit after)
        "Ann Lowe speaks to reporters after the regatta in Fairhaven, June 9, 2019 in this"
        " screengrab taken from video. (Harbour TV via REUTERS)",
    ],
)
@pytest.mark.parametrize("top", [True, False])
def test_a_pictures_pose_told_in_the_present_is_no_bullet(caption: str, top: bool) -> None:
    page = (
        "Lowe wins third regatta in a row\n\n"
        f"{caption if top else ''}\n\n"
        "Ann Lowe won her third Fairhaven regatta in a row on Sunday, beating the defending"
        " champion by four minutes in strong winds.\n\n"
        f"{'' if top else caption}\n\n"
        "Lowe had lost to the same rival just a week earlier, but changed her tactics for the"
        " final.\n\n"
        '"I knew I had to start fast," Lowe said.\n'
    )
    text = shown(digest(page))
    assert caption.split(". (")[0] not in text, text
    assert "Ann Lowe won her third Fairhaven regatta" in text


def test_a_sentence_a_picture_cut_in_two_is_one_again_and_no_heading() -> None:
    page = (
        "Kvinne skadd i utforkøyring\n\n"
        "Ei 70 år gammal kvinne er moderat skadd etter ei utforkøyring på riksveg 15 onsdag.\n\n"
        "Kom utfor vegen\n\n"
        "Ulykkesstaden ligg mellom Vik og Dal i Nordfjord.\n\n"
        "Politiførstebetjent Kari Dal, som jobbar i Utrykkingspolitiet, var på\n\n"
        "Hjulspora etter ulykka\n\n"
        "I FJELLET: Hjulspora viser tydeleg bilen si ferd i fjellveggen.\n\n"
        "Foto: Per Moe / NRK\n\n"
        "ulykkesstaden onsdag.\n\n"
        "– Bilen har komme utfor vegkanten og har treft fjellveggen, seier Dal.\n"
    )
    result = digest(page)
    assert all("var på" not in (section.heading or "") for section in result.sections)
    text = parse_text(page).text
    assert "Utrykkingspolitiet, var på ulykkesstaden onsdag." in text
    # (a line cut off for good is no bullet either)
    cut = page.replace(
        "Foto: Per Moe / NRK\n\nulykkesstaden onsdag.\n\n", "Foto: Per Moe / NRK\n\n"
    )
    assert not any(b.endswith("var på.") for b in bullets(digest(cut)))


def test_a_headline_over_a_bare_credit_that_opens_on_its_verb_is_the_title() -> None:
    page = (
        "Får Fjordprisen\n\nFoto: Per Moe\n\n"
        "Kari Lund får Fjordprisen i klassen Årets roman. Ola Dal vinner i Åpen klasse.\n\n"
        "Det ble klart da juryen offentliggjorde vinnerne i ettermiddag.\n"
    )
    assert digest(page).title == "Får Fjordprisen"


def test_a_sections_name_under_the_headline_is_no_part_of_the_title() -> None:
    page = (
        "Harbour board backs the ferry company's £4.5bn takeover deal\nNews\n\n"
        "Harbour board backs the ferry company's £4.5bn takeover deal\n\n"
        "The harbour board has approved the takeover of Fjord Ferries by a larger rival, as"
        " reports emerged that 200 jobs will go once the deal is closed.\n\n"
        "The deal is expected to close in June.\n"
    )
    result = digest(page)
    assert result.title == "Harbour board backs the ferry company's £4.5bn takeover deal"
    assert all(section.heading is None for section in result.sections)


def test_a_long_headline_that_opens_on_a_number_is_the_title() -> None:
    page = (
        "15 million-year-old fish — with its last meal inside — is a new species in Fjordland\n\n"
        "Researchers working at a fossil site called Vik Flat discovered the bones of an ancient"
        " fish species, according to a study published in March.\n\n"
        "The fish lived in a freshwater lake between 11 and 16 million years ago.\n"
    )
    assert digest(page).title == (
        "15 million-year-old fish — with its last meal inside — is a new species in Fjordland"
    )


def test_a_title_over_a_crosshead_that_shares_no_word_with_it_stays_the_title() -> None:
    # («Beredskap i nord, del 0» over «Øvelsen ved Bodø nummer 0»: no slogan, no caption)
    page = (
        "Beredskap i nord, del 0\n\nØvelsen ved Bodø nummer 0\n\n"
        "Soldatene ved Bodø øvde i flere døgn på å ta imot allierte forsterkninger i kulde og"
        " mørke, og befolkningen i Bodø fulgte med fra veikanten.\n\n"
        "Øvelsen ved Alta nummer 1\n\n"
        "Soldatene ved Alta øvde i flere døgn, og kommunen sier at samarbeidet gikk godt.\n"
    )
    result = digest(page)
    assert result.title == "Beredskap i nord, del 0"
    assert result.sections[0].heading == "Øvelsen ved Bodø nummer 0"


def test_a_second_piece_under_its_own_byline_leaves_the_story_above_it() -> None:
    page = (
        "Harbour pool closes after 90 years\n\n"
        "Fairhaven's harbour pool, which opened in 1934, has closed for good, the council said.\n\n"
        "Tributes have come from swimmers who learned there as children.\n\n"
        "The quiet heart of the harbour\n\n"
        "By BBC local reporter Ann Lowe\n\n"
        "The pool was never the grandest in the county. Instead, it was where the town met.\n"
    )
    assert any(b.startswith("Fairhaven's harbour pool") for b in bullets(digest(page)))


def test_a_polls_table_run_together_into_one_paragraph_is_no_article() -> None:
    page = (
        "date 2018-11 – Målingen er gledelig for oss. Jeg tror den er et resultat av hardt"
        " arbeid. Vi får fram politikken vår, sier partileder Kari Lund til avisen.\n\n"
        "Månedens partibarometer for Fjordposten. Periode 20.11.18–25.11.18. 900 intervjuer."
        " Feilmarginer fra 1–3,4 pp. Parti Endring −0,2 R 3,3 % −0,2 +0,3 SV 7,0 % +0,3 +2,5"
        " AP 29,7 % +2,5 −0,7 SP 11,4 % −0,7 −0,4 MDG 2,8 % −0,4 −0,7 KRF 3,2 % −0,7 −0,9"
        " H 24,7 % +0,4 −1,0 FRP 13,1 % −1,0 Kilde: Norstat\n\n"
        "På Fjordpostens ferske måling svarer 29,7 prosent at de ville stemt på Arbeiderpartiet"
        " dersom det var valg i morgen. Det er opp 2,5 prosentpoeng fra forrige måling.\n\n"
        "Høyre går tilbake til 24,7 prosent.\n"
    )
    given = bullets(digest(page))
    assert given[0].startswith("På Fjordpostens ferske måling svarer 29,7 prosent"), given
    assert not any("Kilde: Norstat" in b or "Endring" in b for b in given)


def test_a_caption_under_its_label_over_the_headline_is_no_title() -> None:
    page = (
        "ØKS: Politiet fant en øks ved naustet torsdag.\n\n"
        "Politiet har pågrepet kvinne etter brannen i Lenvik\n\n"
        "Politiet har pågrepet en kvinne i 30-årene som er siktet for brannen i Lenvik torsdag.\n\n"
        "Hun ble pågrepet hjemme rundt klokken 14 i dag, og sitter nå i arresten i Finnsnes.\n"
    )
    result = digest(page)
    assert result.title == "Politiet har pågrepet kvinne etter brannen i Lenvik"
    assert "ØKS" not in shown(result)


def test_a_wire_stamp_and_a_rail_over_the_headline_again_are_no_heading() -> None:
    page = (
        "Harbour firm cuts 80 jobs after losses\n\n"
        "Sections\n\nMarkets\n\n"
        "Why small caps may lead the next rally\n\nFunds\n\n"
        "Why small caps may lead the next rally\n\n"
        "June 4, 2019 / 9:05 AM / in 3 years\n\n"
        "Harbour firm cuts 80 jobs after losses\n\n"
        "Shares in Harbour Logistics fell 12 percent on Tuesday after the port operator cut its"
        " profit outlook and said it would cut 80 jobs.\n\n"
        "The company blamed weaker container traffic through its two southern terminals.\n"
    )
    result = digest(page)
    assert result.sections[0].heading is None, shown(result)
    assert "small caps" not in shown(result) and "AM" not in shown(result)


def test_a_video_prompt_between_the_paragraphs_is_no_heading() -> None:
    page = (
        "Council worker used council van for private removals\n\n"
        "A council worker in Harwick used a council van for private removals, a court heard.\n\n"
        "Tom Ridley, 41, of Mill Lane, admitted misconduct in a public office on Monday.\n\n"
        "You may also want to watch\n\n"
        "The court heard he charged customers £40 a load over eleven months.\n"
    )
    assert "You may also want to watch" not in shown(digest(page))


def test_a_symbol_fonts_bullet_read_as_a_letter_is_no_part_of_the_item() -> None:
    page = (
        "Bystyret vedtok bompengeringen\n\n"
        "Bystyret i Fjordvik vedtok onsdag den nye bompengeringen med 31 mot 20 stemmer.\n\n"
        "Motstanderne\n\n"
        "N SV mente altfor mye penger gikk til nye veier rundt sentrum.\n\n"
        "N Frp gikk mot, fordi partiet mener staten skal betale for veiene.\n"
    )
    given = bullets(digest(page))
    assert any(b.startswith("SV mente altfor mye penger") for b in given), given
    assert not any(b.startswith("N ") for b in given)


def test_a_teasers_verb_without_its_subject_is_no_bullet() -> None:
    page = (
        "Visesangeren er død\n\n"
        "Gikk bort forrige uke.\n\n"
        "Visesangeren Arne Lid er død, skriver Fjordposten. Han ble 84 år.\n\n"
        "Lid gikk bort på et sykehus i Bergen med familien ved sin side, skriver avisen.\n"
    )
    given = bullets(digest(page))
    assert given and not any(b.startswith("Gikk bort") for b in given), given


def test_a_standfirsts_byline_is_no_bullet() -> None:
    page = (
        "Parents close down village school\n\n"
        "A village primary school faces closure after parents withdrew all 21 pupils following"
        " a critical report. Anna Kerr reports on an unusual show of parent power.\n\n"
        "Inspectors said teaching at Elmfield First School was unsatisfactory in July.\n\n"
        "The council said it would now consult on closing the school at the end of term.\n"
    )
    assert not any("reports on" in b for b in bullets(digest(page)))


def test_a_matchs_result_and_round_in_brackets_is_no_part_of_the_lead() -> None:
    page = (
        "Fjordvik vidare i cupen\n\n"
        "(Fjordvik-Sandnes 2-0, 1. runde, NM-cupen) Fjordvik slo Sandnes framfor 900 tilskodarar"
        " og gjekk vidare til andre runde.\n\n"
        "Ola Storhaug sette inn begge måla for heimelaget i andre omgang.\n"
    )
    given = bullets(digest(page))
    assert given[0].startswith("Fjordvik slo Sandnes"), given


@pytest.mark.parametrize(
    "note",
    [
        "Dommen ble først omtalt av Fjordposten.",
        "Det var Fjordposten som først meldte om at verftet må permittere.",
        "Dette er det vi vet.",
        "Here's what we know so far.",
    ],
)
def test_who_reported_it_first_and_a_pointer_to_what_is_known_are_no_bullets(note: str) -> None:
    page = (
        "Verft permitterer 80\n\n"
        "Fjordvik Verft permitterer nesten alle de 80 ansatte fra januar, opplyser"
        " verftet.\n\n"
        f"{note}\n\n"
        "Verftet har ikke fått nye kontrakter siden i sommer, sier daglig leder Kari Lunde.\n"
    )
    assert not any(b.startswith(note[:20]) for b in bullets(digest(page)))


def test_an_english_genitive_is_no_verb_and_a_relative_clause_first_is_no_bullet() -> None:
    page = (
        "Deputy placed on leave after shooting\n\n"
        "A sheriff's deputy shot a man during a traffic stop in Marlow on Sunday, the sheriff's"
        " office said.\n\n"
        "The deputy has been placed on administrative leave. In accordance with sheriff’s"
        " policies and procedures.\n\n"
        "The man was taken to hospital with injuries that are not life-threatening.\n"
    )
    assert not any(b.startswith("In accordance") for b in bullets(digest(page)))
    nynorsk = (
        "Trailer køyrde av vegen\n\n"
        "Ein trailer køyrde av riksveg 15 i Stryn natt til måndag, og føraren vart lettare"
        " skadd.\n\n"
        "Politiet har starta etterforsking av ulykka.\n\n"
        "Som reknar med at det kan gå ei veke før årsaka til ulykka er klarlagt.\n"
    )
    assert not any(b.startswith("Som reknar") for b in bullets(digest(nynorsk)))


def test_a_rail_between_the_pages_title_and_the_headline_again_is_no_bullet() -> None:
    page = (
        "Ceasefire in Harbour Valley extended for one week\n\n"
        "Sections\n\nFeatured\n\n"
        "How a carmaker lost its way - and the plan to find it again\n\nAutos\n\n"
        "How a carmaker lost its way - and the plan to find it again\n\n"
        "Ceasefire in Harbour Valley extended for one week\n\n"
        "A fragile ceasefire in Harbour Valley has been extended by one week on condition that"
        " both sides keep to the truce, the foreign minister said on Sunday.\n\n"
        "The minister made the announcement to reporters in Geneva, where talks ended earlier"
        " on Sunday.\n"
    )
    given = bullets(digest(page))
    assert given[0].startswith("A fragile ceasefire"), given
    assert not any("carmaker" in b for b in given)


def test_a_pictures_alt_text_and_a_bare_stamp_are_no_bullet_or_heading() -> None:
    page = (
        "Bildet viser forskerne Kari Lunde og Per Moe på laboratoriet.\n"
        "Kari Lunde og Per Moe er blant de mest siterte i verden. Foto: Ola Dahl, NTNU\n\n"
        "NTNU-forskere blant verdens mest siterte\n\n"
        "Publisert Publisert Nå nettopp\n\n"
        "Sju forskere ved NTNU er blant den ene prosenten som blir mest sitert i verden på"
        " sine felt.\n\n"
        "Tre av dem forsker på bærekraft, opplyser universitetet.\n"
    )
    result = digest(page)
    assert result.title == "NTNU-forskere blant verdens mest siterte", shown(result)
    assert "Bildet viser" not in shown(result) and "Nå nettopp" not in shown(result)


def test_a_view_counter_a_fact_boxs_buttons_and_a_maps_caption_are_no_part_of_the_digest() -> None:
    page = (
        "Map reveals the longest waits at A&E\n\n"
        "416 views\n\n"
        "LES FAKTALUKK FAKTA\n\n"
        "1 Map shows: The A&Es in England where the most patients waited more than four"
        " hours, according to NHS data.\n\n"
        "THE NHS A&Es where patients waited longest last month have been revealed in new"
        " figures published on Thursday.\n\n"
        "At Harbour General, 41 per cent of patients waited more than four hours.\n"
    )
    result = digest(page)
    text = shown(result)
    assert "views" not in text and "FAKTA" not in text and "Map shows" not in text, text
    assert bullets(result)[0].startswith("The NHS A&Es where patients waited longest"), text


def test_a_quotes_close_and_its_speaker_stay_with_the_quote() -> None:
    page = (
        "Ung mann frifunnet for vold\n\n"
        "En 19 år gammel mann ble torsdag frifunnet for vold mot en jevnaldrende i Fjordvik"
        " sentrum i fjor sommer.\n\n"
        "«Ved flere anledninger drar tiltalte vennene sine vekk fra fornærmede, og lager en"
        " «vegg» med kroppen sin for å beskytte ham.», står det i dommen.\n"
    )
    given = bullets(digest(page))
    assert not any(b.startswith(("»", "«»", "«»,")) for b in given), given
    assert not any(b.startswith("«»") or "«», står" in b for b in given), given


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        (
            "nb",
            "Skuespiller Tom Berg, best kjent fra TV-serien «The Man From U.N.C.L.E.», er død."
            " Han ble 90 år gammel.",
            "Skuespiller Tom Berg, best kjent fra TV-serien «The Man From U.N.C.L.E.», er død.",
        ),
        (
            "en",
            "He starred in “The Man From U.N.C.L.E.”, a spy show of the sixties. He died.",
            "He starred in “The Man From U.N.C.L.E.”, a spy show of the sixties.",
        ),
    ],
)
def test_a_quotes_close_after_initials_ends_no_sentence(
    language: str, text: str, first: str
) -> None:
    from bot.core.text import sentences

    assert sentences(text, language)[0] == first


def test_an_acronym_that_opens_a_sentence_keeps_its_capitals() -> None:
    page = (
        "Ny satellitt skal finne planeter\n\n"
        "En ny satellitt ble skutt opp fra Florida onsdag for å lete etter planeter rundt"
        " andre stjerner.\n\n"
        "NASA venter at satellitten vil finne rundt 20 000 nye planeter de neste to årene.\n"
    )
    given = bullets(digest(page))
    assert any(b.startswith("NASA venter") for b in given), given


def test_a_short_cry_keeps_when_it_was_said_and_a_culture_stream_is_no_part_of_the_story() -> None:
    page = (
        "Filmen vant fem priser\n\n"
        "«Fjordlys» vant fem priser av elleve mulige på kveldens Amandautdeling i Haugesund.\n\n"
        "AKKURAT NÅ LESER ANDRE OGSÅ\n\n"
        "– En god start, sa Kari Lund da hun mottok prisen for beste regi.\n\n"
        "Kulturstrøm\n\n"
        "Popstjernen Ann Lee krever at regjeringen slutter å bruke musikken hennes.\n"
    )
    result = digest(page)
    given = bullets(result)
    assert any(b.endswith("da hun mottok prisen for beste regi.") for b in given), given
    assert "AKKURAT" not in shown(result) and not any("Ann Lee" in b for b in given)


def test_a_caption_under_an_illustration_credit_is_no_title() -> None:
    page = (
        "Lampekjeden må legge ned halvparten av butikkene sine. Illustrasjonsfoto: Kari Ås/NTB\n\n"
        "Lampekjede legger ned halvparten av butikkene\n\n"
        "Lampekjeden Fjordlys legger ned 21 av sine 40 butikker. Rundt 50 ansatte rammes.\n\n"
        "Butikkene som legges ned, er de som har manglende lønnsomhet, sier daglig leder Kari"
        " Lund.\n"
    )
    result = digest(page)
    assert result.title == "Lampekjede legger ned halvparten av butikkene", shown(result)


def test_a_sentence_that_only_says_who_a_person_is_is_no_bullet() -> None:
    page = (
        "Mann tatt i fartskontroll\n\n"
        "En mann i 30-årene ble målt til 160 km/t i 80-sonen på E6 ved Narvik søndag.\n\n"
        "Geir Moe er UP-sjef i Nord-Norge.\n\n"
        "Førerkortet ble beslaglagt på stedet, og mannen blir anmeldt.\n"
    )
    given = bullets(digest(page))
    assert given and not any(b.startswith("Geir Moe er UP-sjef") for b in given), given
    from bot.core.roles import introduces_only

    assert not introduces_only("Kari Ås er ny ordfører i Fjordvik.")
    # (nor the writer's box under the story)
    assert introduces_only("Tom Berg is the Fjord Magazine world news reporter.")
    assert introduces_only("Mark Hale is NPR's senior editor for Standards & Practices.")
    assert introduces_only("Kari Moe er journalist i Fjordposten.")
    # (or the one the quote before named: «…», sier Sofie Moe. / «Hun er pressevakt i Ruter.»)
    assert introduces_only("Hun er pressevakt i Ruter.")
    # (by surname alone, with the body's letters, as an expert)
    assert introduces_only("Isaksen er konsernsjef i NSB.")
    assert introduces_only("Han er leder av Norsk Lokomotivmannsforbund (NLF).")
    assert introduces_only("Han er ekspert på britisk politikk.")
    assert not introduces_only("Oslo er hovedstaden i Norge.")
    assert introduces_only("She is a spokeswoman for the council.")
    assert not introduces_only("Han er tiltalt for drapet.")


def test_an_outlets_dateline_and_an_archives_notice_are_no_part_of_the_digest() -> None:
    page = (
        "Museums sell works at auction\n\n"
        "NEW YORK (NYT NEWS SERVICE).- Fifteen objects from museums were sold at auction on"
        " Wednesday, showing that the debate over selling art goes on.\n\n"
        "Please look at the time stamp on the story to see when it was last updated.\n\n"
        "The sales raised more than 30 million dollars for the museums' collections.\n"
    )
    result = digest(page)
    given = bullets(result)
    assert given[0].startswith("Fifteen objects from museums"), given
    assert "time stamp" not in shown(result)


@pytest.mark.parametrize(
    "line",
    [
        "Det er forskning.no som skriv om saka.",
        "The comet is seen by the telescope in this view captured on July 25.",
        "In this Dec. 13, 1978 file photo, the governor-elect waves from the Capitol steps.",
        "Sports Personality of the Year – in pictures",
        "Gjennopplev kampen minutt-for-minutt",
    ],
)
def test_a_source_credit_a_pictures_view_and_a_gallerys_link_are_no_bullet(line: str) -> None:
    page = (
        "Funna i Selje kåra til årets funn\n\n"
        "Funna på hotelltomta i Selje vart torsdag kåra til årets funn i norsk arkeologi på"
        " arkeologmøtet i Tromsø.\n\n"
        f"{line}\n\n"
        "Funna er frå mellomalderen og vart gjort då tomta skulle byggjast ut i fjor.\n"
    )
    result = digest(page)
    assert line[:25] not in shown(result), shown(result)


def test_a_file_images_caption_is_no_heading() -> None:
    page = (
        "Free school meals for all pupils\n\n"
        "Harbour Council will give every secondary pupil free school meals from September,"
        " after the plan was approved at a meeting on Wednesday.\n\n"
        "KATU file image\n\n"
        "The council already pays for free meals for primary school children.\n"
    )
    headings = [s.heading for s in digest(page).sections]
    assert "KATU file image" not in headings, headings


def test_a_summary_boxs_points_under_the_headline_leave_the_headline_the_title() -> None:
    page = (
        "First area gives free secondary school meals for all\n"
        "At a glance\n"
        "A London borough council becomes the first in England to fund free meals for all pupils\n"
        "The £5.7m plan was approved at a council meeting this week\n"
        "It is already funding free school meals for primary school children\n"
        "- Published\n"
        "An east London council is set to become the first in England to fund free school meals"
        " for all secondary school pupils.\n\n"
        "The council will roll out the scheme from September, after it was approved on"
        " Wednesday.\n"
    )
    result = digest(page)
    assert result.title == "First area gives free secondary school meals for all", shown(result)


def test_a_caption_cut_short_over_itself_whole_is_no_story_before_more_stories() -> None:
    # The cut copy read as the story's prose let «More Stories» end the page before the story
    page = (
        "Nation and World\n\n"
        "Fighting goes on amid hope for talks\n\n"
        "A woman and a child walk through a replica of a tunnel in the city centre, ...\n"
        "A woman and a child walk through a replica of a tunnel in the city centre, ahead of a"
        " weekly protest by families of hostages, in the capital on Saturday. (AP Photo/Kari"
        " Lund)\n"
        "More Stories\n"
        "Mediators hold new talks and hope to head off a wider war\n"
        "The Associated Press\n\n"
        "An airstrike killed at least 18 people on Saturday, according to the city's hospital,"
        " where the casualties were taken. The strike came hours after mediators spoke of hope"
        " for a deal.\n\n"
        "The military said it struck targets where rockets had been fired in recent weeks.\n"
    )
    assert any(
        b.startswith("An airstrike killed at least 18 people") for b in bullets(digest(page))
    )


@pytest.mark.parametrize(
    "caption",
    [
        # a video's blurb of two sentences, its day and agency last
        "The health agency says there have been more than 90 cases of the disease since the"
        " start of the year, with more than half in one county. But officials say the"
        " outbreak is boosting vaccination and awareness (Feb. 14) AP",
        # an artist's picture of the news, under a label in capitals
        "DISTANT WORLD. Artist’s impression of a newly found planet, flanked by dust, as it"
        " circles its star.",
        # a file picture's, its agency after it
        "A file photograph of an observatory on a mountain in Chile. Reuters",
    ],
)
def test_a_video_blurb_and_an_artists_picture_are_captions(caption: str) -> None:
    text = (
        f"Tiny telescope finds far planet\n\n{caption}\n\n"
        "Astronomers using a small telescope have found a planet circling a star 500"
        " light-years from Earth, they said on Monday.\n\n"
        "The planet is about the size of Jupiter and takes three days to go round its star."
    )
    article = parse_text(text)
    assert article.sections[0].paragraphs[0].startswith("Astronomers using a small telescope")


def test_a_tabloids_caption_with_a_label_and_an_ellipsis_is_no_bullet() -> None:
    text = (
        "Knifeman jailed for life\n\n"
        "A knifeman who slashed a stranger's throat in the street has been jailed for life,"
        " a court heard on Friday.\n\n"
        "JAILED FOR LIFE ... Tom Hale used a six-inch blade to attack a student.\n\n"
        "The judge said Hale was a danger to the public and must serve at least 20 years."
    )
    assert "JAILED" not in parse_text(text).text


def test_the_pages_first_line_over_the_top_pictures_caption_and_the_story_is_the_title() -> None:
    text = (
        "Fest og spel og nynorskfolk\n"
        "Festspelsjefen fekk velfortent merksemd under opninga. (Foto: Kari Lund)\n"
        "Det var både regn og sol over tunet under opninga onsdag kveld, men ingen let seg"
        " stresse av vêret.\n\n"
        "Festspela held fram heile helga med konsertar, foredrag og teater."
    )
    article = parse_text(text)
    assert article.title == "Fest og spel og nynorskfolk"
    assert "merksemd" not in article.text


def test_a_table_of_labelled_rows_gives_no_heading_to_the_prose_under_it() -> None:
    rows = "\n\n".join(
        f"{month}: {value} °C over"
        for month, value in (
            ("Januar", "6,1"),
            ("Februar", "4,0"),
            ("Mars", "2,4"),
            ("April", "1,2"),
        )
    )
    text = (
        "Året er det varmeste som er målt\n\n"
        "Gjennomsnittstemperaturen i Norge har ligget rundt 2,5 grader over normalen i år."
        f" Slik har temperaturen fordelt seg gjennom året:\n\n{rows}\n\n"
        "Forskeren understreker at ett enkelt varmt år ikke nødvendigvis skyldes klimaendringer."
    )
    article = parse_text(text)
    assert all(section.heading is None for section in article.sections)
    assert "6,1 °C" not in article.text


def test_an_alerts_sign_up_box_and_an_old_storys_warning_are_no_title_heading_or_bullet() -> None:
    text = """Få varsel ved oppdateringer av «Kommunen stenger badeplassen etter algeoppblomstring»

Hvor ofte ønsker du å motta varsler fra kommunen.no? (Gjelder alle dine varsler)

E-postadressen du registrerer her vil kun bli brukt til å sende ut nyhetsvarsler du har bedt \
om, og du kan når som helst avslutte varslene dine.

Denne nyheten er eldre enn 30 dager og informasjonen kan være utdatert
Ta meg til forsiden

Kommunen stenger badeplassen ved Storvatnet etter at det er funnet giftige blågrønnalger i \
vannet.

Prøvene ble tatt mandag, og kommuneoverlegen råder folk til å holde hunder unna vannet.
"""
    result = digest(text)
    seen = shown(result)
    for box in ("Få varsel", "Hvor ofte", "E-postadressen", "eldre enn 30 dager", "forsiden"):
        assert box not in seen, box
    assert "Kommunen stenger badeplassen ved Storvatnet" in seen
