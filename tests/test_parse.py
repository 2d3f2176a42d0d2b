"""Reading articles: sections and headings as a reader sees them, metadata, languages, sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import InputError
from bot.core.model import Article
from bot.core.parse import guess_kind, is_heading, parse_document, parse_markdown, parse_text
from bot.core.text import OTHER_SPACES, sentences, single_spaced

FIXTURES = Path(__file__).parent / "fixtures"

HEADING_1 = "Stoltenberg: Vi tar atomtrusselen på alvor"
HEADING_2 = "Nato-sjefen om russisk atomøvelse: Vi overvåker nøye"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def read(name: str) -> Article:
    text = fixture(name)
    return parse_document(text, kind=guess_kind(name, text), source=name)


@pytest.fixture(scope="module")
def seed() -> Article:
    return read("seed_nato.txt")


# The seed article.


def test_the_seed_date_comes_from_its_leading_token_and_is_not_text(seed: Article) -> None:
    assert seed.date == "2022-10"
    assert "date" not in seed.text.split()
    assert "2022-10" not in seed.text
    first = seed.sections[0].paragraphs[0]
    assert first.startswith("– I går kveld ble Ukrainas forsvarsminister")


def test_the_seed_has_a_lead_and_two_headed_sections(seed: Article) -> None:
    assert [s.heading for s in seed.sections] == [None, HEADING_1, HEADING_2]
    assert seed.title is None
    assert [len(s.paragraphs) for s in seed.sections] == [3, 4, 4]


def test_quotes_opened_with_a_dash_are_paragraphs_not_headings(seed: Article) -> None:
    quotes = [p for s in seed.sections for p in s.paragraphs if p.startswith("– ")]
    assert len(quotes) == 5
    assert all(s.heading is None or not s.heading.startswith("–") for s in seed.sections)


def test_the_seed_is_bokmal(seed: Article) -> None:
    assert seed.language == "nb"


def test_the_seed_text_round_trips_through_the_parser(seed: Article) -> None:
    again = parse_text(seed.text, source="again")
    assert [s.heading for s in again.sections] == [s.heading for s in seed.sections]
    assert [s.paragraphs for s in again.sections] == [s.paragraphs for s in seed.sections]


@pytest.mark.parametrize(
    ("line", "following", "expected"),
    [
        (HEADING_1, "Jens Stoltenberg sier Nato tar trusselen på alvor.", True),
        ("Foreldra har køyrt borna sjølv", "Medan brua var stengd, måtte dei køyre.", True),
        ("Hva skjer nå?", "Ingen vet.", True),
        ("– Vi overvåker nøye", "Det sa han.", False),  # a quote
        ("Han understreket at all bruk av atomvåpen vil få konsekvenser.", "Neste.", False),
        ("kjernefysiske militærøvelser neste uke", "Neste avsnitt.", False),  # no capital
        ("Et spørsmål som er altfor langt til å være en overskrift her?", "Svar.", False),
        (HEADING_1, None, False),  # nothing follows it
        ("«Steadfast Noon»", "Øvelsen heter slik.", False),
    ],
)
def test_a_heading_is_a_short_capitalised_line_without_a_final_stop(
    line: str, following: str | None, expected: bool
) -> None:
    assert is_heading(line, following) is expected


def test_a_date_token_may_carry_a_day_and_other_text_has_none() -> None:
    article = parse_text("date 2023-05-17 Det var en fin dag i byen. Folk gikk i tog.")
    assert article.date == "2023-05-17"
    assert article.sections[0].paragraphs[0].startswith("Det var en fin dag")
    assert parse_text("Det var en fin dag i byen. Folk gikk i tog.").date is None


def test_lines_without_blank_lines_between_them_are_paragraphs() -> None:
    text = (
        "Tittel på saken\nFørste avsnitt sier noe.\nAndre avsnitt sier mer.\n"
        "Mellomtittel her\nTredje avsnitt."
    )
    article = parse_text(text)
    assert article.title == "Tittel på saken"
    assert [s.heading for s in article.sections] == [None, "Mellomtittel her"]


# Other kinds and languages.


def test_a_nynorsk_article_is_read_as_nynorsk_with_its_title_and_heading() -> None:
    article = read("core_nynorsk.txt")
    assert article.language == "nn"
    assert article.title == "Skulebussen køyrer igjen etter brua er reparert"
    assert [s.heading for s in article.sections] == [None, "Foreldra har køyrt borna sjølv"]
    assert article.sections[0].paragraphs[1].startswith("– Det har vore ei tung tid")


def test_an_english_article_is_read_as_english() -> None:
    article = read("core_english.txt")
    assert article.language == "en"
    assert article.title == "City council approves new cycle lanes"
    assert [s.heading for s in article.sections] == [None, "Shop owners worry about parking"]


def test_markdown_headings_lists_links_and_emphasis() -> None:
    article = read("core_markdown.md")
    assert article.title == "Ny ferje går på strøm"
    assert [s.heading for s in article.sections] == [
        None,
        "Ladinga tar ti minutt",
        "Passasjerane merkar lite",
    ]
    text = article.text
    assert "**" not in text and "](" not in text and "https://" not in text
    assert "ladar ho i ti minutt" in text
    assert article.sections[2].paragraphs[:2] == (
        "Ferja er like rask som før.",
        "Motorstøyen er borte, seier mannskapet.",
    )
    assert article.sections[2].paragraphs[2] == "Les meir på nettsida til fylket."


def test_a_markdown_code_block_is_not_text() -> None:
    article = parse_markdown("# Tittel\n\nEn setning her.\n\n```\nprint('hei')\n```\n\nSlutt.")
    assert "print" not in article.text


def test_html_keeps_the_article_and_its_h2_h3_headings_and_drops_the_rest() -> None:
    article = read("core_page.html")
    assert article.title == "Strømprisen stiger igjen i vinter"
    assert [s.heading for s in article.sections] == [
        None,
        "Magasinene er halvfulle",
        "Strømstøtten videreføres",
    ]
    assert article.language == "nb"
    text = article.text
    for dropped in (
        "Forsiden",
        "Kultur og underholdning",
        "Kjøp billige",
        "tracking-code",
        "dataLayer",
        "Les også",
        "ti enkle grep",
        "Ansvarlig redaktør",
        "display",
    ):
        assert dropped not in text, dropped
    assert article.sections[0].paragraphs[1].startswith("– Vi ber folk følge med")


def test_html_invents_no_date_from_a_copyright_line() -> None:
    assert read("core_page.html").date is None


@pytest.mark.parametrize(
    ("name", "content", "content_type", "kind"),
    [
        ("a.html", "x", None, "html"),
        ("a.md", "x", None, "markdown"),
        ("a.txt", "x", None, "text"),
        ("https://example.org/page", "x", "text/html; charset=utf-8", "html"),
        ("-", "<!DOCTYPE html><html><body>x</body></html>", None, "html"),
        ("-", "# Tittel\n\nTekst.", None, "markdown"),
        ("-", "Tittel\n\nTekst.", None, "text"),
    ],
)
def test_the_kind_of_a_source_is_guessed_from_name_type_or_content(
    name: str, content: str, content_type: str | None, kind: str
) -> None:
    assert guess_kind(name, content, content_type) == kind


# Bad input.


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n\t  ", "empty"),
        ("12345 !!! ---", "empty"),
        ("Hei\x00og hå", "binary"),
        ("x" * 2_000_001, "too long"),
    ],
)
def test_text_without_an_article_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_text(text)


def test_html_without_a_body_is_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        parse_document("<html><head><title>Tom</title></head></html>", kind="html")


def test_a_markdown_file_of_headings_only_has_no_article_text() -> None:
    with pytest.raises(InputError, match="no article text"):
        parse_markdown("# Tittel\n\n## Bare en mellomtittel")


# Sentences.


def test_norwegian_abbreviations_do_not_end_sentences() -> None:
    paragraph = fixture("core_abbreviations.txt").strip()
    assert sentences(paragraph) == [
        "Møtet starter kl. 12.00 i morgen, og det varer ca. to timer.",
        "Deltakerne skal bl.a. diskutere budsjettet, jf. vedtaket fra i fjor.",
        "Mange kommuner, f.eks. Bergen og Trondheim, har sendt innspill.",
        "Møtet ledes av dr. Hansen fra universitetet.",
        "– Vi håper på enighet, sa hun.",
        "– Det er viktig for alle.",
    ]


def test_a_quote_dash_after_a_closing_quote_starts_a_sentence() -> None:
    assert sentences("Han kalte det «en seier». – Nå går vi videre, sa han.") == [
        "Han kalte det «en seier».",
        "– Nå går vi videre, sa han.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The new warship can be used to “strike fear into the hearts of our enemies” –"
            " including two nuclear powers, the Defence Secretary has said.",
            "en",
        ),
        (
            "Ministeren ba lærerne unngå «unødig uro» – men forbundet kalte det et billig poeng.",
            "nb",
        ),
    ],
)
def test_a_clause_after_a_quotes_close_and_a_dash_goes_on_the_sentence(
    text: str, language: str
) -> None:
    assert sentences(text, language) == [text]


def test_a_dash_inside_a_sentence_does_not_split_it() -> None:
    text = "Jens Stoltenberg forsikrer at Nato – som alltid – vil følge nøye med."
    assert sentences(text) == [text]


def test_english_sentences_keep_titles_and_latin_abbreviations() -> None:
    text = "Dr. Smith said the work, e.g. one street, starts in March. It ends in May."
    assert sentences(text, "en") == [
        "Dr. Smith said the work, e.g. one street, starts in March.",
        "It ends in May.",
    ]
    # an abbreviation's genitive ends no sentence
    text = "Schools in B.C.'s second-largest city are full. The province will build more."
    assert sentences(text, "en") == [
        "Schools in B.C.'s second-largest city are full.",
        "The province will build more.",
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nn",
            "Lyrikaren T.S. Eliot gav ut diktet i 1922. Det vart lese over heile verda.",
            ["Lyrikaren T.S. Eliot gav ut diktet i 1922.", "Det vart lese over heile verda."],
        ),
        (
            "en",
            "The firm is based in the U.S. The board met on Friday.",
            ["The firm is based in the U.S.", "The board met on Friday."],
        ),
        (  # a Kansas school district's number after its letters
            "en",
            "Voters in U.S.D. 375 approved a bond issue. The vote was close.",
            ["Voters in U.S.D. 375 approved a bond issue.", "The vote was close."],
        ),
        (  # a state's short name, and the sentence goes on in lower case
            "en",
            "The firm will hire 500 workers in Dayton, Ind. next year. The board agreed.",
            ["The firm will hire 500 workers in Dayton, Ind. next year.", "The board agreed."],
        ),
        (  # a councillor's title before the name, whatever the name's first word
            "en",
            "Ford, seen alongside Coun. Jaye Robinson and Coun. Norm Kelly, voted against it."
            " “It undermines democracy,” Coun. Alejandra Bravo told council colleagues.",
            [
                "Ford, seen alongside Coun. Jaye Robinson and Coun. Norm Kelly, voted against it.",
                "“It undermines democracy,” Coun. Alejandra Bravo told council colleagues.",
            ],
        ),
        (  # a mountain's short title; Norwegian «hhv.» (respectively) before its figures
            "en",
            "The creek behind Mt. Zion Apartments rose well beyond its banks. Residents left.",
            ["The creek behind Mt. Zion Apartments rose well beyond its banks.", "Residents left."],
        ),
        (  # a property's land register number
            "nn",
            "Utvalet godkjende ein firemannsbustad på gbnr. 57/103 i Førde. Naboane klaga.",
            ["Utvalet godkjende ein firemannsbustad på gbnr. 57/103 i Førde.", "Naboane klaga."],
        ),
        (  # a work's title in English quote marks, a stop inside it
            "en",
            "The painting, titled “Ai-Petri. Crimea,” was stolen from the gallery. Police came.",
            [
                "The painting, titled “Ai-Petri. Crimea,” was stolen from the gallery.",
                "Police came.",
            ],
        ),
        (  # a saint's short title before a word Punkt saw open sentences
            "en",
            "The smoke reached the Twin Cities and St. Cloud, the agency said. Schools closed.",
            [
                "The smoke reached the Twin Cities and St. Cloud, the agency said.",
                "Schools closed.",
            ],
        ),
        (
            "nb",
            "Midt-Norge og Nord-Norge falt syv og seks prosent til hhv. 45.000 og 38.000 kroner."
            " Oslo steg.",
            [
                "Midt-Norge og Nord-Norge falt syv og seks prosent til hhv. 45.000 og 38.000"
                " kroner.",
                "Oslo steg.",
            ],
        ),
        (  # a case's parties: «et al.» goes on in lower case
            "en",
            "The judge ruled in Pablo Sequen et al. v. Albarran et al., finding ICE erred. It"
            " will appeal.",
            [
                "The judge ruled in Pablo Sequen et al. v. Albarran et al., finding ICE erred.",
                "It will appeal.",
            ],
        ),
        (  # an hour's stop before a capitalised word ends the sentence; before a day, not
            "en",
            "It ran well past 3 a.m. More than 700 votes were cast. Polls open at 7 a.m."
            " Tuesday and close at 8 p.m. Eastern Time.",
            [
                "It ran well past 3 a.m.",
                "More than 700 votes were cast.",
                "Polls open at 7 a.m. Tuesday and close at 8 p.m. Eastern Time.",
            ],
        ),
        (  # … nor before a time zone's letters
            "en",
            "At 1:54 p.m. ET on July 4, the probe went silent. Engineers were told at once.",
            ["At 1:54 p.m. ET on July 4, the probe went silent.", "Engineers were told at once."],
        ),
        (  # … nor before a month's abbreviation and its day
            "en",
            "Police responded just before 8:15 p.m. Oct. 18 at the transit hub. A man was hurt.",
            [
                "Police responded just before 8:15 p.m. Oct. 18 at the transit hub.",
                "A man was hurt.",
            ],
        ),
        (  # … nor before a small word, in a Norwegian paragraph as in an English one
            "nb",
            "He left at 3 a.m. on Friday. Then he came back.",
            ["He left at 3 a.m. on Friday.", "Then he came back."],
        ),
        (  # a band's initials, and the sentence goes on in lower case
            "nb",
            "Konserten med D.D.E. i kveld ble avlyst. Neste konsert er i mai.",
            ["Konserten med D.D.E. i kveld ble avlyst.", "Neste konsert er i mai."],
        ),
        (  # initials with a space between; a middle initial after a first name
            "nb",
            "Bak det står Idletechs og E. C. Dahls Eiendom. Kari E. Moe leder arbeidet. Det "
            "starter i gruppe A. Der er fem lag.",
            [
                "Bak det står Idletechs og E. C. Dahls Eiendom.",
                "Kari E. Moe leder arbeidet.",
                "Det starter i gruppe A.",
                "Der er fem lag.",
            ],
        ),
    ],
)
def test_a_names_initials_do_not_end_its_sentence(
    language: str, text: str, expected: list[str]
) -> None:
    assert sentences(text, language) == expected


def test_a_paragraph_is_split_single_spaced() -> None:
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace() and c != 0x20]
    assert "".join(spaces) == OTHER_SPACES  # every space single_spaced looks for
    for text in ["", " ", "a b", " a b", "a b ", "a  b", *(f"a{c}b" for c in spaces)]:
        assert single_spaced(text) == " ".join(text.split())
    text = "Ferja\u00a0er inne.\tDen  går snart. "
    assert sentences(text) == ["Ferja er inne.", "Den går snart."]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert sentences("Hvorfor nå? Fordi tiden er inne! Slik er det.") == [
        "Hvorfor nå?",
        "Fordi tiden er inne!",
        "Slik er det.",
    ]


def test_sentences_of_blank_text_are_none() -> None:
    assert sentences("   ") == []


def test_sentences_a_page_glued_together_are_read_apart() -> None:
    from bot.core.analysis import analyse
    from bot.core.digest import digest_of

    text = (
        "Støtta til nynorsktiltak held fram\n\n"
        "Fleire av tiltaka for born og unge får pengar, og lokalavisa er ein av "
        "bidragsytarane.Tiltaka stod utan støtte i haust, men fleirtalet på Stortinget "
        "ville vidareføre dei.- Dette er gode tiltak for born som les nynorsk, seier "
        "stortingspolitikar Kari Ås.\n\n"
        "Løyvinga gjeld for neste år og er del av semja om budsjettet i Stortinget."
    )
    article = parse_text(text)
    assert "bidragsytarane. Tiltaka stod" in article.text
    found = [b for s in digest_of(analyse(article), max_words=200).sections for b in s.bullets]
    # The quote keeps its own speaker; the sentence before is no part of it.
    assert not any("bidragsytarane" in b and "seier" in b for b in found)
    assert any(b.startswith("«Dette er gode tiltak") for b in found), found


def test_and_co_is_no_sentences_end() -> None:
    from bot.core.text import sentences

    text = "Treneren roser det Berge og co. har fått til i år. Neste kamp er mot Danmark."
    assert sentences(text, "nb")[0].endswith("har fått til i år.")
    text = "Den er sterk, sier adm. dir. Kari Moe i Eiendom Norge. Prisene steg."
    assert sentences(text, "nb")[0].endswith("Kari Moe i Eiendom Norge.")
    text = "I tillegg har Larsnes Mek. Verksted fått en ny kontrakt. Den er stor."
    assert sentences(text, "nb")[0].endswith("fått en ny kontrakt.")
    text = "De i den ene bilen (politibilen, red. anm) var uskadd. En person var svimmel."
    assert sentences(text, "nb")[0].endswith("(politibilen, red. anm) var uskadd.")
    text = "I salen satt blant annet H. M. kong Harald og statsministeren. Det var fullt."
    assert sentences(text, "nb")[0].endswith("kong Harald og statsministeren.")


def test_a_domain_or_an_abbreviation_is_not_taken_apart() -> None:
    article = parse_text("Nettstaden\n\nLes meir på framtida.no og nrk.no om saka i kveld.")
    assert "framtida.no og nrk.no" in article.text
    article = parse_text("Adressa\n\nHan bor i St.Olavs gate og jobbar for U.S.Army no.")
    assert "St.Olavs gate" in article.text and "U.S.Army" in article.text


def test_a_sentence_glued_to_an_acronyms_stop_is_read_apart() -> None:
    text = (
        "Ledigheten faller\n\n"
        "Det er nå 61.000 helt ledige, viser ferske tall fra NAV.Det tilsvarer 2,1 prosent"
        " av arbeidsstyrken, og ledigheten er den laveste på ti år."
    )
    assert "fra NAV. Det tilsvarer" in parse_text(text).text


def test_a_sentence_glued_to_a_short_names_or_a_years_stop_is_read_apart() -> None:
    text = (
        "Færre permitteringer\n\n"
        "Utsiktene ble bedre utover høsten, ifølge Nav.Industrien var hardest rammet i fjor."
        " Den sto for 40 prosent av varslene for 2009.Vestlandet merket krisen mest."
    )
    found = parse_text(text).text
    assert "ifølge Nav. Industrien var" in found
    assert "for 2009. Vestlandet merket" in found
    # (not a domain, a street or an acronym's dots: «St.Olavs gate», «U.S.Army»)
    assert "St.Olavs gate" in parse_text("Adressa\n\nHan bor i St.Olavs gate no.").text


def test_a_sections_label_glued_to_the_lead_is_read_apart() -> None:
    text = (
        "PST meiner risikoen for terror har vorte mindre\n\n"
        "SamfunnDet er «mogleg» at Noreg kan bli utsett for eit terrorangrep, meiner PST."
        " Tidlegare vurderte dei det som «sannsynleg».\n\n"
        "InnenriksHan sa at trusselen framleis er alvorleg."
    )
    found = parse_text(text).text
    assert "SamfunnDet" not in found and "Det er «mogleg» at Noreg" in found
    assert "InnenriksHan" not in found
    # (a name written so is no label: «YouTube», «PowerPoint»)
    assert "PowerPoint" in parse_text("Møtet\n\nPowerPoint er ikkje lov på møtet i dag.").text
    # (nor a section's name that opens a name the text writes again: «MediaTek», «NewsCorp»)
    chip = "MediaTek launches a chip\n\nMediaTek said the new chip saves power in tests."
    assert "MediaTek said" in parse_text(chip).text


def test_an_ordinal_glued_to_its_month_or_class_is_spaced() -> None:
    text = (
        "Samfunnshuset blir stengt frå 1.januar\n\n"
        "Kommunen stenger huset frå 1.januar 2024, og laget spelar i 6.divisjon. Møtet er kl."
        " 10.30, og renta er 2.5 prosent frå 12.12.2023."
    )
    article = parse_text(text)
    assert article.title == "Samfunnshuset blir stengt frå 1. januar"
    assert article.sections[0].paragraphs == (
        "Kommunen stenger huset frå 1. januar 2024, og laget spelar i 6. divisjon. Møtet er kl."
        " 10.30, og renta er 2.5 prosent frå 12.12.2023.",
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Butikkene holder stengt i støtte av aksjonen «Berg skulen vår!», skriver NRK. "
            "Aksjonen fortsetter.",
            [
                "Butikkene holder stengt i støtte av aksjonen «Berg skulen vår!», skriver NRK.",
                "Aksjonen fortsetter.",
            ],
        ),
        (
            "Han ropte «Stopp!» og løp mot bilen. Så kom politiet.",
            ["Han ropte «Stopp!» og løp mot bilen.", "Så kom politiet."],
        ),
        ("Kom igjen! Vi vinner i dag.", ["Kom igjen!", "Vi vinner i dag."]),
        (  # a title in quote marks with a stop inside it, the sentence going on after it
            "I sakprosa er «Nesten menneske. Biografien om Julius», av Alfred Fidjestøl, på"
            " plass. Også den er på nynorsk.",
            [
                "I sakprosa er «Nesten menneske. Biografien om Julius», av Alfred Fidjestøl,"
                " på plass.",
                "Også den er på nynorsk.",
            ],
        ),
        (  # (a quote of two sentences is two)
            "Han sa: «Vi kom. Vi såg.» Så gjekk han.",
            ["Han sa: «Vi kom.", "Vi såg.»", "Så gjekk han."],
        ),
        (  # an outcry that opens the quote: the quoted sentence goes on from it
            "«Shit! Tenk om jeg ikke hadde dratt dit!» skriver vår anmelder. Konserten var god.",
            [
                "«Shit! Tenk om jeg ikke hadde dratt dit!» skriver vår anmelder.",
                "Konserten var god.",
            ],
        ),
        (
            "Søndagen sier “Oh no! What did I miss?” and so it goes. Then I slept.",
            ["Søndagen sier “Oh no! What did I miss?” and so it goes.", "Then I slept."],
        ),
        (  # (a longer quoted sentence ends where it ends; a dash opens the next turn)
            "«Vi er glade! Det blir bra», sier han.",
            ["«Vi er glade!", "Det blir bra», sier han."],
        ),
        (
            "- Hvordan forklarer du tittelen «Min kamp? - Den var opptatt, sier han.",
            ["- Hvordan forklarer du tittelen «Min kamp?", "- Den var opptatt, sier han."],
        ),
    ],
)
def test_an_exclamation_inside_a_quote_does_not_end_the_sentence(
    paragraph: str, expected: list[str]
) -> None:
    from bot.core.text import sentences

    assert sentences(paragraph, "nb") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Kameraten er Erik Lie, fra bl.a. Jaga Jazzist og Nordvik Jazzorkester. Nå kommer"
            " de til Bergen.",
            [
                "Kameraten er Erik Lie, fra bl.a. Jaga Jazzist og Nordvik Jazzorkester.",
                "Nå kommer de til Bergen.",
            ],
        ),
        (
            "Han har spelt med m.a. Motorpsycho og Ulver. Det var i fjor.",
            ["Han har spelt med m.a. Motorpsycho og Ulver.", "Det var i fjor."],
        ),
        (  # (a list's «osv.» may end the sentence)
            "De selger epler, pærer osv. Butikken åpner klokka ni.",
            ["De selger epler, pærer osv.", "Butikken åpner klokka ni."],
        ),
    ],
)
def test_a_short_form_before_a_name_ends_no_sentence(paragraph: str, expected: list[str]) -> None:
    from bot.core.text import sentences

    assert sentences(paragraph, "nb") == expected


def test_an_ordinal_before_a_word_in_lower_case_ends_no_sentence() -> None:
    """«rundt 10.–15. november»: a range of dates, the month with it."""
    text = "Partia legg fram budsjetta sine rundt 10.–15. november. Så startar forhandlingane."
    assert sentences(text, "nn") == [
        "Partia legg fram budsjetta sine rundt 10.–15. november.",
        "Så startar forhandlingane.",
    ]
    # (nor a month's short form before its day: «at 11:03 a.m. on Apr. 4 in the …»)
    english = "The crash happened at 11:03 a.m. on Apr. 4 in the southbound lanes. It closed."
    assert sentences(english, "en") == [
        "The crash happened at 11:03 a.m. on Apr. 4 in the southbound lanes.",
        "It closed.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # a range of dates with spaces round its dash: no quote opens at the dash
            "Ranene skjedde på Jernbanetorget helgen 17. – 19. september. Politiet etterforsker.",
            "Ranene skjedde på Jernbanetorget helgen 17. – 19. september.",
        ),
        (
            "Festivalen går av stabelen 3. - 5. juni i år. Det kommer mange.",
            "Festivalen går av stabelen 3. - 5. juni i år.",
        ),
        (  # a quote after a year's stop still opens a sentence
            "Han vant gull i 2009. – Det var stort, sier han.",
            "Han vant gull i 2009.",
        ),
    ],
)
def test_a_range_of_dates_with_a_spaced_dash_ends_no_sentence(text: str, first: str) -> None:
    from bot.core.text import sentences

    assert sentences(text, "nb")[0] == first


def test_a_spaced_ellipsis_inside_a_quote_ends_no_sentence() -> None:
    from bot.core.text import sentences

    text = (
        "Dante Lauretta said he felt “transcendental, I mean I can’t believe we actually pulled"
        " this off. . . . History was made tonight.” The spacecraft backed away."
    )
    assert sentences(text, "en") == [
        "Dante Lauretta said he felt “transcendental, I mean I can’t believe we actually pulled"
        " this off. . . . History was made tonight.”",
        "The spacecraft backed away.",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Jentene er klare for sin sjuende (!) semifinale på rad. Neste kamp er fredag."),
        ("en", "The council spent (?) four million on the sign. Work starts in May."),
    ],
)
def test_a_writers_aside_in_brackets_does_not_end_a_sentence(language: str, text: str) -> None:
    first, second = text.split(". ", 1)
    assert sentences(text, language) == [first + ".", second]


def test_a_schools_short_form_does_not_end_a_sentence() -> None:
    text = "Det er ein klasse som Eid vgs. ikkje klarer å fylle i dag. Skulen vil ha fleire elevar."
    assert sentences(text, "nn") == [
        "Det er ein klasse som Eid vgs. ikkje klarer å fylle i dag.",
        "Skulen vil ha fleire elevar.",
    ]


def test_a_headline_opening_on_a_quotes_mojibake_is_still_the_title() -> None:
    article = parse_text(
        "'˜Option four' motion to save the libraries rejected by county council\n\n"
        "Councillors have rejected a bid to offer a 'save the libraries' option to the public"
        " as part of a plan to cut £10m from services. The motion was defeated by 32 votes"
        " to 10 on Thursday."
    )
    assert article.title == "‘Option four' motion to save the libraries rejected by county council"
    assert "˜" not in article.text


@pytest.mark.parametrize("label", ["Evening summary", "Closing summary", "Key events"])
def test_a_live_blogs_label_on_top_is_no_title(label: str) -> None:
    article = parse_text(
        f"{label}\n\nThe control of the House has not yet been decided, a week after the vote."
        "\n\nA federal court has blocked the plan to relieve some student debt, putting the"
        " effort on hold."
    )
    assert article.title is None


def test_a_line_of_questions_is_a_standfirst_and_a_long_question_over_a_crosshead_the_title() -> (
    None
):
    standfirst = parse_text(
        "Kommer statsministeren til å bli sittende? Får partiet økt innflytelse? Hvem får"
        " makta?\n\nTil tross for at de borgerlige partiene krever statsministerens avgang,"
        " sa han på valgnatta at han ikke vil gå av før Riksdagen har stemt over saken."
    )
    assert standfirst.title is None
    question = parse_text(
        "Ad vedtaket om skolenedleggingene i Kinn kommune: Bør det vurderes lovlighetskontroll"
        " av vedtaket?\n\nI. Sakens fremstilling.\n\nDen 14.10.2025 fremmet kommunedirektøren"
        " et forslag om å legge ned to skoler i kommunen, og forslaget ble vedtatt."
    )
    assert question.title is not None and question.title.endswith("av vedtaket?")


def test_two_names_alone_on_top_are_bylines_not_the_title() -> None:
    article = parse_text(
        "Hilde Kristin Strand\n\nErlend Spurkeland\n\nTil alt hell var det ingen heime då"
        " brannen braut ut like etter klokka 15.\n\nBrannvesenet måtte konsentrera seg om å"
        " redda to nabohus."
    )
    assert article.title is None
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs[0].startswith("Til alt hell"), paragraphs


def test_news_in_brief_under_bullet_headlines_are_sections() -> None:
    text = (
        "Næringslivet i Innlandet\n\n • Sier opp ansatte på Dokka\n\n  Elementpartner på Dokka"
        " sier opp samtlige av sine ansatte.\n\n  Rundt ti ansatte mister dermed jobben sin.\n\n"
        " • Skal bygge ny transformatorstasjon på Gjøvik\n\n  NVE har gitt Statnett tillatelse"
        " til å bygge en ny transformatorstasjon i Gjøvik kommune.\n\n"
        " • 30 mister jobben når hotell legges ned\n\n  Heia hotell i Våler legger ned drifta i"
        " neste uke, og 30 mister jobben."
    )
    article = parse_text(text)
    headings = [s.heading for s in article.sections]
    assert headings == [
        "Sier opp ansatte på Dokka",
        "Skal bygge ny transformatorstasjon på Gjøvik",
        "30 mister jobben når hotell legges ned",
    ], headings


def test_a_headline_of_few_words_over_its_standfirsts_sentence_is_the_title() -> None:
    article = parse_text(
        "Kommentar\n\nPinlig for Støre\n\nOpposisjonen plager statsministeren med"
        " kommunalministerens flaue opptreden.\n\nStortinget har stengt badstuen sin på grunn"
        " av de høye strømprisene. Onsdag kom statsministeren likevel til spørretimen."
    )
    assert article.title == "Pinlig for Støre"


def test_a_name_alone_over_a_paragraph_that_never_names_it_is_a_byline_not_a_heading() -> None:
    article = parse_text(
        "Trolley watch: 554 patients waiting for beds\n\nJames Cox\n\nA total of 554 admitted"
        " patients are waiting for hospital beds this morning, according to the nurses' union."
        "\n\nOf this group, 426 patients are waiting in the emergency department."
    )
    assert all(s.heading != "James Cox" for s in article.sections)
    roundup = parse_text(
        "Dette mener partilederne\n\nPartilederne svarte på tre spørsmål om skatt.\n\n"
        "Erna Solberg\n\nSolberg vil kutte formuesskatten og senke skatten på arbeid."
    )
    assert any(s.heading == "Erna Solberg" for s in roundup.sections)


def test_a_number_after_a_possessive_is_an_ordinal_that_ends_no_sentence() -> None:
    """«sin 16. VM-medalje»: the medal's count, not a sentence's end."""
    text = "Peiffer tok sølv og med det sin 16. VM-medalje. Han har fem gull frå før."
    assert sentences(text, "nn") == [
        "Peiffer tok sølv og med det sin 16. VM-medalje.",
        "Han har fem gull frå før.",
    ]


def test_a_stop_inside_brackets_ends_no_sentence() -> None:
    """«(Urban search and rescue, journ.anm.), og deltok …»: the sentence goes on."""
    text = (
        "Han har erfaring med USAR-arbeid (Urban search and rescue, journ.anm.), og deltok i"
        " redningsarbeidet i Nepal i 2015. Nå er han i Tyrkia."
    )
    assert len(sentences(text, "nb")) == 2
    assert sentences(text, "nb")[0].endswith("i Nepal i 2015.")


@pytest.mark.parametrize(
    "first",
    [
        "Til helga blir det dessutan kaldt.",  # it goes on from what the page cut off above it
        "Prisane stig også i år.",
    ],
)
def test_a_first_line_that_goes_on_from_a_sentence_before_is_no_title(first: str) -> None:
    text = (
        f"{first}\n\n"
        "– Det er nok greitt å ha ullundertøyet parat, seier statsmeteorolog Ida Fossli til NTB."
        "\n\nHo opplyser at det kjem ein del snø på Austlandet fram til fredag."
    )
    assert parse_text(text).title is None


def test_an_early_dessutan_that_leans_on_a_sentence_not_above_goes() -> None:
    from bot.core.going_on import without_also

    assert without_also("Til helga blir det dessutan kaldt.") == "Til helga blir det kaldt."


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_quote_headline_over_a_lead_quote_that_names_its_speaker_is_the_title(dash: str) -> None:
    text = (
        f"{dash} Arbeidslysta forsvann etter møtet\n\n"
        f"{dash} Det var ikkje mange som hadde gnisten til å jobbe etter allmøtet i går, seier"
        " Rita Langø etter at det vart kjent at Ekornes legg ned fabrikken på Stranda.\n\n"
        "For Rita Langø var torsdag ein tung dag på jobben."
    )
    assert parse_text(text).title in (
        "– Arbeidslysta forsvann etter møtet",
        "Arbeidslysta forsvann etter møtet",
    )


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("-Ikkje pengar til Olden-Innvik", "– Ikkje pengar til Olden-Innvik"),  # a dash glued on
        ("#Valg2019: Flere arbeidsplasser i distriktene!", "Flere arbeidsplasser i distriktene!"),
    ],
)
def test_a_headlines_glued_dash_or_hashtag_label_keeps_it_the_title(first: str, title: str) -> None:
    text = (
        f"{first}\n\n"
        "Fylkesordførar Nils Sandal gjev ikkje indre Nordfjord store voner om ekstraløyving til"
        " riksveg 60 no.\n\nDet var på spørsmål frå Johanna Nygjerd i fylkestinget at Sandal"
        " måtte svare."
    )
    assert parse_text(text).title == title


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Med et forrykende show overgår No. 4 forventingene. Det var bra.", "Med et"),
        ("Trioen No. 4 spilte i Storsalen lørdag. Salen var full.", "Trioen"),
    ],
)
def test_a_number_sign_before_its_number_ends_no_sentence(text: str, first: str) -> None:
    found = sentences(text, "nb")
    assert len(found) == 2 and found[0].startswith(first) and " 4 " in found[0]


def test_a_figures_thousands_after_a_stray_space_end_no_sentence() -> None:
    """«25. 000 kroner»: a page's slip in a figure; «2. plass. 100 personer …»: two sentences."""
    assert sentences("Vinnarane får 25. 000 kroner kvar. Prisen blir delt ut i mai.", "nn") == [
        "Vinnarane får 25.000 kroner kvar.",
        "Prisen blir delt ut i mai.",
    ]
    assert sentences("Han kom på 2. plass. 100 personer deltok.", "nb") == [
        "Han kom på 2. plass.",
        "100 personer deltok.",
    ]


def test_an_emoji_leaves_a_heading() -> None:
    text = (
        "Prisane stig\n\n"
        "Prisen på mat steig med 11,5 prosent i fjor, seier økonomen.\n\n"
        "Dei fleste har jobb 👨‍💻\n\n"
        "Arbeidsløysa er framleis låg, og dei fleste får løn kvar månad 🎉."
    )
    article = parse_text(text, language="nn")
    assert [s.heading for s in article.sections][1:] == ["Dei fleste har jobb"]
    assert "kvar månad" in article.text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # a sentence glued to an amount's stop
        (
            "Claims had fallen by 3,000.The size of the rise surprised economists.",
            "Claims had fallen by 3,000. The size of the rise surprised economists.",
        ),
        # a wire's underscore for a dash
        (
            "It was a first for the U.S. _ only Japan has done it before.",
            "It was a first for the U.S. – only Japan has done it before.",
        ),
        # a quote's mark on the wrong side of its space
        (
            "Han er geolog, og har derfor« litt peiling på stein», sier han.",
            "Han er geolog, og har derfor «litt peiling på stein», sier han.",
        ),
        # (a score's colon keeps its spaces)
        ("Kampen endte 2 : 1 til hjemmelaget.", "Kampen endte 2 : 1 til hjemmelaget."),
    ],
)
def test_what_a_page_typed_askew_is_read_as_meant(typed: str, read: str) -> None:
    article = parse_text(f"Nyheter fra dalen\n\n{typed}\n\nMer følger senere i dag.")
    assert article.sections[0].paragraphs[0] == read


def test_a_headlines_colon_spaced_as_in_french_is_closed_up() -> None:
    article = parse_text("Tak blåste vekk : – Vakna av at pipa var borte\n\nStormen tok taket.")
    assert article.title == "Tak blåste vekk: – Vakna av at pipa var borte"


def test_what_a_copy_of_a_page_leaves_in_its_text_is_repaired() -> None:
    # A tag whose «>» the copy lost, a broken character for a quote's dash, a comma run
    # into its next word or spaced from the one before, a print page's line-break hyphen.
    text = (
        "Skred stengte vegen\n\n"
        "<p40 personar i Bygdadalen er evakuerte etter skredet natt til fredag.</p\n\n"
        "� Vi tek ingen sjansar, seier ordføraren Kari Lien.\n\n"
        "Lastebilen var på veg til Halsa,og brannen tok til ved Nordmarka.\n\n"
        "Konserten med Karpe , Lemaitre og Bendik er avlyst på grunn av "
        "kapasitetsprobleme-ne på ferja."
    )
    paragraphs = list(parse_text(text).sections[0].paragraphs)
    assert paragraphs == [
        "40 personar i Bygdadalen er evakuerte etter skredet natt til fredag.",
        "– Vi tek ingen sjansar, seier ordføraren Kari Lien.",
        "Lastebilen var på veg til Halsa, og brannen tok til ved Nordmarka.",
        "Konserten med Karpe, Lemaitre og Bendik er avlyst på grunn av "
        "kapasitetsproblemene på ferja.",
    ]
    # a comma where a sentence ended, before a stop, before a quote's; a date's year run on
    slips = (
        "Danmark ledet 13-9 ved halvtid, Det ble til 13-13 tidlig i andre omgang.\n\n"
        "Oppfølgeren «Etter deg» , er den femte mest solgte boka i Oslo,.\n\n"
        "Born Feb. 11,1917, in Chicago, he was the first in his family to finish school."
    )
    assert [p for s in parse_text(f"Tittel her\n\n{slips}").sections for p in s.paragraphs] == [
        "Danmark ledet 13-9 ved halvtid. Det ble til 13-13 tidlig i andre omgang.",
        "Oppfølgeren «Etter deg», er den femte mest solgte boka i Oslo.",
        "Born Feb. 11, 1917, in Chicago, he was the first in his family to finish school.",
    ]
    # a dash without its spaces, a dash typed as two hyphens
    dashes = (
        "The pilot–89-year-old Dillard Powell–was found dead at the scene.\n\n"
        "Prices rose as economies emerged from the pandemic -- boosting demand."
    )
    assert [p for s in parse_text(f"Tittel her\n\n{dashes}").sections for p in s.paragraphs] == [
        "The pilot – 89-year-old Dillard Powell – was found dead at the scene.",
        "Prices rose as economies emerged from the pandemic – boosting demand.",
    ]
    # a no-break space read in the wrong code page
    glued = "BBC Breakfast┬ápresenter Kari Lund is leaving the show after 20 years."
    assert parse_text(f"Tittel her\n\n{glued}").sections[0].paragraphs[0] == (
        "BBC Breakfast presenter Kari Lund is leaving the show after 20 years."
    )
    # a colon and a quote's dash run together, a sum's unit given twice
    slips = "Prost Kari Lund:- Eg er glad for prisen.\n\nFrivilligprisen er på kr 5000 kroner."
    assert [p for s in parse_text(f"Tittel her\n\n{slips}").sections for p in s.paragraphs] == [
        "Prost Kari Lund: – Eg er glad for prisen.",
        "Frivilligprisen er på 5000 kroner.",
    ]
    # a stop glued to the next sentence; two apostrophes typed for a quote mark
    glued = "The plan was refused yesterday.Fjordby Council said the homes were too small."
    assert [p for s in parse_text(f"Tittel her\n\n{glued}").sections for p in s.paragraphs] == [
        "The plan was refused yesterday. Fjordby Council said the homes were too small."
    ]
    glued = "Skipet skal graves ut av arkeologer.I tillegg er det funnet graver."
    assert parse_text(f"Tittel her\n\n{glued}").sections[0].paragraphs[0] == (
        "Skipet skal graves ut av arkeologer. I tillegg er det funnet graver."
    )
    typed = "A large estate of ''affordable housing'' was refused."
    assert parse_text(f"Tittel her\n\n{typed}").sections[0].paragraphs[0] == (
        "A large estate of “affordable housing” was refused."
    )
    sites = "Visit Nettavisen.no or U.S.Army sites."
    assert parse_text(f"Tittel her\n\n{sites}").sections[0].paragraphs[0] == sites
    # a suspended compound's hyphen on the wrong side of its space
    suspended = "Alle ungdoms -og vidaregåande elevar skal ha ein samtale med helsesjukepleiar."
    assert parse_text(f"Tittel her\n\n{suspended}").sections[0].paragraphs[0] == (
        "Alle ungdoms- og vidaregåande elevar skal ha ein samtale med helsesjukepleiar."
    )
    kept = "Åpent 1990–2000 og Oslo–Bergen… Vent... nei."
    assert parse_text(f"Tittel her\n\n{kept}").sections[0].paragraphs[0] == kept
    # a dash quote's speaker after its last words with no comma (not «Det sier X.»)
    said = "– Dette er ei utfordring for alle. Staten må sjå på saka seier Askvik."
    assert parse_text(f"Tittel her\n\n{said}").sections[0].paragraphs[0] == (
        "– Dette er ei utfordring for alle. Staten må sjå på saka, seier Askvik."
    )
    said = "– Dette er ei utfordring for alle. Det seier Askvik."
    assert "Det, seier" not in parse_text(f"Tittel her\n\n{said}").text
    # a Joomla page's picture tag and ad tag
    tagged = "{mosimage}An inspection report published today reveals 57% of homes failed."
    assert parse_text(f"Tittel her\n\n{tagged}").sections[0].paragraphs[0] == (
        "An inspection report published today reveals 57% of homes failed."
    )
    tagged = "{mosads}– Vi har ikke noe valg, sier hun til avisa."
    assert "{mosads}" not in parse_text(f"Tittel her\n\n{tagged}").text
    # a sum's word glued to its figure, a fall's minus after its verb
    sums = "More than 500million accounts were hit.\n\nShares fell -0.15 pct, and Fjord fell -2%."
    assert [p for s in parse_text(f"Tittel her\n\n{sums}").sections for p in s.paragraphs] == [
        "More than 500 million accounts were hit.",
        "Shares fell 0.15 pct, and Fjord fell 2%.",
    ]
    kept = "The score was 3 -1 after 2,000 million viewers watched."
    assert parse_text(f"Tittel her\n\n{kept}").sections[0].paragraphs[0] == kept
    # (the slip's pronoun opening the block below)
    blocks = parse_text(
        "Tittel her\n\nDanmark ledet 13-9 ved halvtid etter en god start,\n\n"
        "Det ble til 13-13 tidlig i andre omgang, og Norge vant til slutt."
    )
    assert [p for s in blocks.sections for p in s.paragraphs] == [
        "Danmark ledet 13-9 ved halvtid etter en god start.",
        "Det ble til 13-13 tidlig i andre omgang, og Norge vant til slutt.",
    ]
    # (text that only looks so stays: a figure's comma, «<5 grader», «eleven-a-side»)
    kept = "Det var <5 grader og 1,5 meter snø.\n\nThey played an eleven-a-side game."
    assert [p for s in parse_text(kept).sections for p in s.paragraphs] == kept.split("\n\n")


def test_a_headline_its_pictures_caption_gives_again_with_its_buttons_is_the_title() -> None:
    text = (
        "Store skader etter ras og flom – 56 evakuert\n\n"
        "Store skader etter ras og flom – 56 evakuert Les mer Lukk\n\n"
        "56 personer på Stranda er evakuert fra sine hjem på grunn av rasfare.\n\n"
        "To bolighus ble truffet av ras torsdag, og politiet evakuerte hele boligområdet."
    )
    article = parse_text(text)
    assert article.title == "Store skader etter ras og flom – 56 evakuert"
    assert article.sections[0].paragraphs[0].startswith("56 personer på Stranda")


def test_a_pages_title_and_section_run_into_its_standfirst_go_from_it() -> None:
    text = (
        "Rise In Measles Cases Marks A Wake-Up Call : Shots - Health News The latest wave of"
        " measles cases is in Arizona, where 1,000 people may have been exposed.\n\n"
        "Rise In Measles Cases Marks A Wake-Up Call\n\n"
        "After a few cases here and there, measles is making a big push back.\n\n"
        "So far this year there have been 84 measles cases in 14 states."
    )
    paragraphs = [p for s in parse_text(text).sections for p in s.paragraphs]
    assert paragraphs[0].startswith("The latest wave of measles cases is in Arizona")
    # (the headline not given again below: it is the title, its section gone)
    alone = text.replace("Rise In Measles Cases Marks A Wake-Up Call\n\n", "", 1).replace(
        "Call : Shots", "Call: Shots"
    )
    article = parse_text(alone.replace("Rise In", "'Worried': Rise In", 1))
    assert article.title == "'Worried': Rise In Measles Cases Marks A Wake-Up Call", article.title
    first = article.sections[0].paragraphs[0]
    assert first.startswith("The latest wave of measles cases is in Arizona"), first
    # (a colon in a standfirst whose words are not the headline's stays)
    kept = "Ordføreren sier : Dette er en god dag for byen, og vi feirer.\n\nAndre avsnitt her."
    assert parse_text(kept).sections[0].paragraphs[0].startswith("Ordføreren sier")


def test_a_headline_in_headline_case_run_into_the_standfirst_is_the_title() -> None:
    text = (
        "A Surge In Asylum Claims Is Overwhelming The System The system is overwhelmed, says"
        " Kari Lee, director of the border task force.\n\n"
        "The number of people stopped at the border in February was the highest in a decade."
    )
    article = parse_text(text)
    assert article.title == "A Surge In Asylum Claims Is Overwhelming The System"
    assert article.sections[0].paragraphs[0].startswith("The system is overwhelmed")
    # (a name's words before its verb are no headline: «Former US President Donald J Trump said»)
    lead = "Former US President Donald J Trump said on Monday that he would run again in 2028."
    assert parse_text(f"Trump to run\n\n{lead}").sections[0].paragraphs[0] == lead


def test_a_crosshead_in_capitals_is_written_in_a_sentences_case() -> None:
    text = (
        "Bil i brann i Hammerfest\n\n"
        "En bil tok fyr i Hammerfest sentrum natt til søndag, og brannvesenet rykket ut.\n\n"
        "KRAFTIG RØYKUTVIKLING\n\n"
        "Det var kraftig røykutvikling da mannskapene kom fram, og folk ble bedt om å holde"
        " vinduene lukket.\n\n"
        "STORBRANN I HAMMERFEST\n\n"
        "Brannen spredte seg ikke til nabohusene, opplyser politiet.\n\n"
        "NAV SVARER\n\n"
        "Kontoret holder stengt mandag.\n\n"
        "ZELENSKYJ FORDØMMER ANGREPET\n\n"
        "President Zelenskyj kalte angrepet et terrorangrep.\n\n"
        "TETTPAKKET\n\n"
        "Det kokte blant publikum da festen åpnet på stranda lørdag.\n\n"
        "UNESCO\n\n"
        "Organisasjonen har ikke svart."
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == [
        None,
        "Kraftig røykutvikling",
        "Storbrann i Hammerfest",
        "NAV SVARER",  # (an acronym first: as written)
        "Zelenskyj fordømmer angrepet",  # (a name first, as the story writes it)
        "Tettpakket",  # (one word, longer than an acronym)
        "UNESCO",
    ]


def test_a_pages_character_references_in_text_are_the_characters() -> None:
    text = (
        "Whaling resumes\n\n"
        "The country&#8217;s fisheries agency set the quota at 227 whales &amp; more.\n\n"
        "&#8220;We hope the hunt will go well,&#8221; the minister said on Monday.\n\n"
        "AT&T; and R&D are no references.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0] == "The country’s fisheries agency set the quota at 227 whales & more."
    assert paragraphs[1] == "“We hope the hunt will go well,” the minister said on Monday."
    assert paragraphs[2] == "AT&T; and R&D are no references."


def test_a_pages_markup_saved_as_text_is_read_as_html() -> None:
    content = (
        '<div class="ad">\n  <span>Advertisements</span>\n</div>'
        "<p>Commercial whaling has begun again after a break of 31 years.</p>\n"
        "<p>The boats left port on Monday, the agency&#8217;s officials said.</p>\n"
    )
    assert guess_kind("page.txt", content) == "html"
    assert guess_kind("notes.txt", "<Name> wrote: the boats left.\nNo markup here.") == "text"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The U.S. Mine Safety and Health Administration has sent a team. It arrived today.",
            [
                "The U.S. Mine Safety and Health Administration has sent a team.",
                "It arrived today.",
            ],
        ),
        (
            "He lived in the U.S. Many Americans agree with him.",
            ["He lived in the U.S.", "Many Americans agree with him."],
        ),
        (  # an alderman's title before his name ends no sentence
            "An associate of former Ald. Edward Lunde has pleaded guilty. He will be sentenced.",
            [
                "An associate of former Ald. Edward Lunde has pleaded guilty.",
                "He will be sentenced.",
            ],
        ),
    ],
)
def test_a_name_after_the_us_goes_on_and_a_sentence_after_it_does_not(
    paragraph: str, expected: list[str]
) -> None:
    assert sentences(paragraph, "en") == expected


def test_a_wires_instrument_code_leaves_the_text() -> None:
    text = (
        "Bank fined\n\nA regulator fined Millbrook Bank [MILBK.UL] $100 million on Tuesday"
        " for failing to enforce its controls, and shares in Nordvik Corp [NORD.O] fell.\n"
    )
    paragraph = parse_text(text).sections[0].paragraphs[0]
    assert "[" not in paragraph and "Millbrook Bank $100 million" in paragraph


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("BIRDWATCHERS FROM all over the country", "Birdwatchers from all over the country"),
        ("TWENTY-FIVE people from all over the country", "Twenty-five people from all over"),
        ("NATO said people from all over the country", "NATO said people from all over"),
        ("NRK SUPER viser folk fra hele landet", "NRK SUPER viser folk fra hele landet"),
        # a short one of words of four or five letters; not an acronym's length («US», «IT»)
        ("RAIL operators from all over the country", "Rail operators from all over"),
        ("A DRUG dealer from the town and others", "A drug dealer from the town"),
        ("US troops from all over the country", "US troops from all over"),
        ("IT workers from all over the country", "IT workers from all over"),
    ],
)
def test_a_print_pages_opening_words_in_capitals_are_set_in_sentence_case(
    opening: str, expected: str
) -> None:
    text = f"Rare bird seen on the coast\n\n{opening} are flocking to the village to see it.\n"
    assert parse_text(text).sections[0].paragraphs[0].startswith(expected)


def test_a_double_given_name_broken_at_its_hyphen_is_whole_again() -> None:
    text = (
        "Barnehagen stenger uteområdet\n\n"
        "Mamma Anne- Kari Lunde meiner det er leit at uteområdet er stengt om kvelden.\n"
    )
    assert parse_text(text).sections[0].paragraphs[0].startswith("Mamma Anne-Kari Lunde meiner")


def test_an_icons_name_a_legal_sites_link_labels_and_a_tripled_quote_mark_leave_the_text() -> None:
    text = (
        "Reef survey\n\n"
        "Media_cameraA diver is towed along a section of the reef during the survey.\n\n"
        "[JURIST] Governor Kari Lunde [official website] on Monday signed into law"
        " [press release] a bill [text] raising the state's minimum wage [AP report].\n\n"
        '"“"This is not a dangerous asteroid,” said the astronomer.\n'
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0].startswith("A diver is towed"), paragraphs
    assert paragraphs[1] == (
        "Governor Kari Lunde on Monday signed into law a bill raising the state's minimum wage."
    )
    assert paragraphs[2].startswith("“This is not a dangerous asteroid,”"), paragraphs


def test_a_links_note_and_a_stop_glued_after_a_quote_mark_are_mended() -> None:
    text = (
        "Ships lose containers\n\n"
        "The Nordvik Star lost 750 containers (opens a new window) on January 16 while sailing"
        " to Los Angeles.\n\n"
        "Rents still rise near ‘double-digit territory’.But despite the cost, tenants stay.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0].startswith("The Nordvik Star lost 750 containers on January 16")
    assert "territory’. But despite" in paragraphs[1]


def test_a_print_bylines_address_run_into_the_paragraph_leaves_it() -> None:
    text = (
        "Sykehuset kan drives bedre\n\n"
        "KARI LUNDEkari.lunde@avisa.no I likhet med direktøren gir overlegen professoren rett"
        " på ett punkt: sykehuset kunne vært drevet mer effektivt.\n\n"
        "By Ann Lee ann.lee@post.com Police said the road was closed for five hours.\n\n"
        "Kari Lunde ved sykehuset i Bergen svarte i går på en e-post til kari@avisa.no at hun"
        " er enig i kritikken.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0].startswith("I likhet med direktøren gir overlegen"), paragraphs
    assert paragraphs[1].startswith("Police said the road"), paragraphs
    assert paragraphs[2].startswith("Kari Lunde ved sykehuset"), paragraphs


def test_an_apostrophe_and_quotes_the_copy_lost_are_read_again() -> None:
    text = (
        "Sewage spill in the river\n\n"
        "Regulators do not expect damage from the treatment plant\ufffds release of sewage.\n\n"
        "They saw \ufffddiscoloration\ufffd in the water."
        " \ufffdWe don\ufffdt expect a big impact,\ufffd the director said.\n\n"
        "Avisa skreiv at bonden p\ufffd garden h\ufffdrte lyden.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert "the treatment plant’s release" in paragraphs[0], paragraphs
    assert "They saw “discoloration” in the water" in paragraphs[1], paragraphs
    assert "“We don’t expect a big impact,” the director said" in paragraphs[1], paragraphs
    # (a letter lost inside a Norwegian word is no quote mark)
    assert "bonden p\ufffd garden h\ufffdrte" in paragraphs[2], paragraphs


def test_a_wire_pictures_credit_glued_to_the_next_paragraph_goes_with_its_caption() -> None:
    text = (
        "France win the world title\n\n"
        "France beat Norway 33-26 in the final in Paris on Sunday to win a sixth world title.\n\n"
        "Handball – France v Norway – Final – Paris – France’s players react on the podium."
        " REUTERS/Benoit TessierNorway got off to a solid start, leading 10-7 after 15 minutes.\n\n"
        "Senator John Hale thanked the team (AP/John McCain) on Monday.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[1].startswith("Norway got off to a solid start"), paragraphs
    assert not any("podium" in p for p in paragraphs), paragraphs
    assert "(AP/John McCain) on Monday" in paragraphs[2], paragraphs


def test_a_fact_boxs_label_run_into_its_first_line_leaves_it() -> None:
    text = (
        "Norge selger mer gass\n\n"
        "Fakta om norsk gasseksport I takt med at Russland har strupet eksporten, har Norge"
        " trappet opp produksjonen.\n\n"
        "Fakta om saken er at ingen har sett regningen ennå.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0].startswith("I takt med at Russland"), paragraphs
    assert paragraphs[1].startswith("Fakta om saken er at"), paragraphs


def test_curly_quotes_read_in_the_wrong_code_page_are_read_again() -> None:
    text = (
        "Broadband down for thousands\n\n"
        "A major ìpower failureî by the broadband firm left customers across the UK without"
        " internet.\n\n"
        "The UKís biggest telecoms firm said: ìWe can confirm that some customers are"
        " affected.î\n"
    )
    found = parse_text(text).text
    assert "A major “power failure” by" in found and "The UK’s biggest" in found, found
    assert "“We can confirm that some customers are affected.”" in found, found


def test_a_pictures_file_name_run_into_the_paragraph_leaves_it() -> None:
    text = (
        "Rail network: afternoon update\n\n"
        "Mid-German-S-Bahn-network-150x150Rail services are beginning to recover from last"
        " night's storms.\n\n"
        "The 1920x1080 screens at the station show the times again.\n"
    )
    paragraphs = parse_text(text).sections[0].paragraphs
    assert paragraphs[0].startswith("Rail services are beginning to recover"), paragraphs
    assert paragraphs[1].startswith("The 1920x1080 screens"), paragraphs


def test_a_search_links_mark_leaves_the_text() -> None:
    text = (
        'Grid fails\n\n"Nobody saw this coming," said Kari Lunde of Nordnett (search), the'
        " grid operator.\n"
    )
    assert "(search)" not in parse_text(text).sections[0].paragraphs[0]
