"""Boxes a page puts in or under a story: a summary box with its points, a person's card,
a list of related articles, a teaser for a subscriber's story."""

from __future__ import annotations

import pytest

from bot.core.digest import digest_article
from bot.core.parse import parse_text

_LEAD = (
    "Aksjen til robotselskapet Lagerbot gikk rett til bunns etter en skuffende"
    " kvartalsrapport torsdag."
)
_BODY = (
    "– Jeg skjønner dessverre at den faller kraftig i dag, sier Eva Hansen, som forvalter"
    " aksjefondet Norgesfondet.\n"
    "På Oslo Børs stupte aksjen torsdag 29 prosent, og kursen har aldri vært lavere.\n"
    "Det siste kursfallet kom etter at selskapet la fram tallene for første kvartal."
)


def _digest(text: str) -> tuple[list[str | None], list[str], list[str]]:
    digest = digest_article(parse_text(text, language="nb"), max_words=200)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    topics = [topic.command for topic in digest.topics]
    return [section.heading for section in digest.sections], bullets, topics


@pytest.mark.parametrize("label", ["Kortversjonen", "Kort fortalt", "Saken oppsummert"])
def test_a_summary_boxs_points_and_who_wrote_them_are_no_bullets(label: str) -> None:
    text = (
        f"Lagerbot stuper på børsen\n\n{_LEAD}\n{label}\n"
        "- Lagerbot-aksjen stupte 29 prosent på Oslo Børs etter en svak rapport.\n"
        "- Markedsverdien har falt fra 100 milliarder til 18 milliarder kroner.\n"
        "Oppsummeringen er laget av AI-verktøyet ChatGPT og kvalitetssikret av journalistene\n"
        f"{_BODY}"
    )
    headings, bullets, _ = _digest(text)
    assert not any("Markedsverdien" in bullet or "Oppsummeringen" in bullet for bullet in bullets)
    assert not any(b.startswith("Lagerbot-aksjen stupte") for b in bullets), bullets
    assert headings == [None]


@pytest.mark.parametrize("label", ["Kort oppsummert", "Overview"])
def test_a_summary_boxs_label_over_the_story_is_no_heading_nor_title(label: str) -> None:
    headings, bullets, _ = _digest(f"Lagerbot stuper på børsen\n\n{label}\n\n{_LEAD}\n{_BODY}")
    assert headings == [None]
    assert not any(label in bullet for bullet in bullets)
    # (on a page without its headline, the label is no title either)
    points = "\n".join(f"- {line}" for line in [_LEAD, *_BODY.splitlines()])
    assert parse_text(f"{label}\n{points}", language="nb").title is None


def test_a_persons_card_under_the_quote_is_no_heading() -> None:
    body = _BODY.replace("\nPå Oslo", "\nEva Hansen\nForvalter, Norgesfondet\nPå Oslo")
    headings, bullets, _ = _digest(f"Lagerbot stuper på børsen\n\n{_LEAD}\n{body}")
    assert headings == [None]
    assert any(b.startswith("På Oslo Børs stupte aksjen") for b in bullets), bullets


@pytest.mark.parametrize("label", ["Related Articles", "Les på E24+"])
def test_the_headlines_after_a_related_label_give_no_heading_nor_topic(label: str) -> None:
    text = (
        f"Lagerbot stuper på børsen\n\n{_LEAD}\n{_BODY}\n\n{label}\n\n"
        # (a teaser's headline over its copy, cut off)
        "Vestindia knust av Australia i andre test\nVestindia knust av Australia i andre\n"
    )
    from bot.core.digest import topics_of

    headings, _, _ = _digest(text)
    assert headings == [None]
    topics = [topic.command for topic in topics_of(parse_text(text, language="nb"))]
    assert not any(t in ("vestindia", "australia") for t in topics), topics


@pytest.mark.parametrize(
    "widget",
    [
        # a paper's appeal, five sentences long
        "From local news to climate change to Big Tech, The Courier is on the ground when the"
        " story is developing. Whether it is investigating the finances of a billionaire or"
        " producing our latest documentary, which shines a light on women fighting for their"
        " rights, we know how important it is to parse out the facts from the messaging. At"
        " such a critical moment, we need reporters on the ground. Your donation allows us to"
        " keep sending journalists to speak to both sides of the story.",
        "This article was originally on a blog post platform and may be missing photos,"
        " graphics or links. See About archive blog posts.",
        # a reader poll run together, its button last
        "Er det innafor å snakke mens en artist opptrer? Ja, folk må slutte å være festbrems!"
        " Hvorfor er dette en sak engang? Nei, jeg har betalt for å høre artisten. Vis resultat",
        "Rapporterer fra Folkets Hus i Oslo torsdag 3. april kl. 18:29",
    ],
)
def test_an_appeal_a_blogs_note_a_poll_and_a_reporters_line_are_no_bullets(widget: str) -> None:
    lead = "Jon Hansen er for sjuende gang valgt som leder i Fylkespartiet."
    rest = (
        "Han ble valgt med stående applaus av landsmøtet torsdag ettermiddag.\n\n"
        "For bare noen måneder siden var det ingen selvfølge at han fikk en ny periode."
    )
    headings, bullets, _ = _digest(f"Fylkespartiet valgte leder\n\n{widget}\n\n{lead}\n\n{rest}")
    assert headings == [None]
    assert bullets[0] == lead
    assert not any(word in " ".join(bullets) for word in ("Courier", "blog", "innafor", "Folkets"))


def test_a_stamp_run_into_the_lead_goes_and_the_lead_stays() -> None:
    text = (
        "Fylkespartiet valgte leder\n\n"
        "Jon Hansen er for sjuende gang valgt som leder i Fylkespartiet.\nRapporterer fra"
        " Folkets Hus i Oslo torsdag 3. april kl. 18:29Hansen ble valgt med stående applaus"
        " av landsmøtet torsdag ettermiddag.\nFor bare noen måneder siden var det ingen"
        " selvfølge at han fikk en ny periode."
    )
    headings, bullets, _ = _digest(text)
    assert headings == [None]
    assert "Hansen ble valgt med stående applaus av landsmøtet torsdag ettermiddag." in bullets


@pytest.mark.parametrize(
    "widget",
    [
        "Get 40% Off",
        "ContributorsPublishersAdvertisers",
        "Sign up to get the daily politics email, with analysis every weekday evening Email"
        " address is invalid Thank you for subscribing! Sorry, there was a problem.",
    ],
)
def test_an_offer_a_menu_run_together_and_a_sign_up_box_are_no_title_nor_bullet(
    widget: str,
) -> None:
    text = (
        f"{widget}\n\nFylkespartiet valgte leder\n\n"
        "Jon Hansen er for sjuende gang valgt som leder i Fylkespartiet.\n\n"
        f"{widget}\n\nHan ble valgt med stående applaus av landsmøtet torsdag ettermiddag."
    )
    digest = digest_article(parse_text(text, language="nb"), max_words=200)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    assert digest.title == "Fylkespartiet valgte leder"
    assert not any(word in " ".join(bullets) for word in ("Off", "Contributors", "subscrib"))


def test_a_caption_that_says_who_is_pictured_given_twice_is_no_bullet() -> None:
    caption = (
        "Entra melder at selskapet opplever interesse for et oppkjøp. Avbildet: Kari Holm,"
        " daglig leder i Entra."
    )
    text = (
        f"{caption}\n\n{caption}\n\nStyret i Entra har mottatt interesse fra ukjente"
        " interessenter for et oppkjøp av samtlige aksjer i selskapet.\n\nAksjonærer får råd"
        " om ikke å gjøre noe med aksjene sine i Entra nå."
    )
    _, bullets, _ = _digest(text)
    assert bullets[0].startswith("Styret i Entra har mottatt interesse"), bullets
    assert not any("Avbildet" in bullet for bullet in bullets), bullets


def test_a_box_of_data_run_into_one_line_with_its_sources_is_no_section() -> None:
    text = (
        "Skulane forsvinn\n\nTjue skular i to kommunar er lagde ned sidan 1986, viser tal frå"
        " kommunane.\n\nNedlagde skular * Volda: Lid skule, Dale skule, Hjartå skule. * Ørsta:"
        " Urke skule, Bjørke skule, Lystad skule. (Kjelder: Ørsta og Volda kommunar)\n\nMen"
        " også Folkestad skule lever no utrygt med synkande elevtal, seier rektor Kari Lund."
    )
    article = parse_text(text)
    assert [s.heading for s in article.sections] == [None]
    assert not any("Lid skule" in p for s in article.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    ("heading", "note"),
    [
        (
            "Fjordposten trenger din hjelp",
            "NB: Dette er helt separat fra Fjordposten-abonnement og gir ikke tilgang til"
            " abonnementsinnhold.",
        ),
        ("The Harbour Times needs your support", "Støtt oss med et fast beløp hver måned."),
    ],
)
def test_a_sites_donation_box_is_no_heading_nor_bullet(heading: str, note: str) -> None:
    text = (
        "Flere får familiegjenforening\n\n"
        "Regjeringen har fått nye tall som viser at 2400 flere familiemedlemmer vil få"
        " oppholdstillatelse de neste tre årene.\n\n"
        "Det er en økning på 30 prosent fra den gamle prognosen, skriver avisen.\n\n"
        f"{heading}\n\n"
        "Du kan støtte oss på Vipps nummer 124526.\n\n"
        f"{note}\n"
    )
    headings, bullets, _ = _digest(text)
    assert heading not in headings, headings
    assert not any(note[:20] in b for b in bullets), bullets


def test_a_summary_boxs_label_run_into_its_point_and_its_machine_note_go() -> None:
    text = (
        "Lundefuglen på Røst\n\n"
        "Saken oppsummert Etter 16 år med nesten total død blant lundefuglunger på Røst har det"
        " vært en positiv utvikling de siste to årene.\n\n"
        "Forskerne er optimistiske for fremtiden. Oppsummeringen er laget av en KI-tjeneste fra"
        " OpenAI. Innholdet er kvalitetssikret av journalistene før publisering.\n\n"
        "– I mange år har det vært elendige hekkesesonger for lundefugl på Røst, sier forsker"
        " Tone Reiertsen.\n\n"
        "I år har flertallet av ungene forlatt reirene sine, viser tellingene.\n"
    )
    _, bullets, _ = _digest(text)
    assert not any("Saken oppsummert" in b or "KI-tjeneste" in b for b in bullets), bullets


def test_a_fact_box_on_what_the_story_is_about_is_no_part_of_the_digest() -> None:
    text = (
        "Fiskeørna får hjelp\n\n"
        "Biolog Rune Aae har klatret til topps i et digert furutre i Sarpsborg for å hente en"
        " fiskeørnunge som skal sendes til Sveits.\n\n"
        "Fakta om fiskeørn\n\n"
        "Fiskeørnen er den eneste arten i fiskeørnfamilien.\n\n"
        "Fiskeørnen er en stor rovfugl og en trekkfugl.\n\n"
        "Vingespennet er på 145-170 cm.\n\n"
        "Fødselshjelp\n\n"
        "Organisasjonen Nos Oiseaux vil bygge opp bestanden i Sveits igjen, og ungene settes i bur"
        " før de slippes fri."
    )
    article = parse_text(text)
    assert not any("Fiskeørnen er" in p for s in article.sections for p in s.paragraphs)
    assert "Fakta om fiskeørn" not in [s.heading for s in article.sections]
    assert any("Nos Oiseaux" in p for s in article.sections for p in s.paragraphs)
