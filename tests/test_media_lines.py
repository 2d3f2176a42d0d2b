"""A video or a picture on a page: its label over the headline, its title over the
player's button, its caption given twice; and a browser's notice over the headline."""

from __future__ import annotations

import pytest

from bot.core.digest import digest_article
from bot.core.parse import parse_text

_STORY = (
    "The suspect in the killing of a charity worker appeared in court by video this morning"
    " from the county jail, where he will be held without bond until his trial.\n\n"
    "Jon Harker, 19, is charged with capital murder in the shooting death of Paul Weston,"
    " who was killed outside a community centre in the north of the city.\n\n"
    "The hearing marked the first time since the arrest on Tuesday that officials said how"
    " investigators tied him to the crime.\n\n"
    "Harker is also charged in an unrelated robbery. Police say he confessed to it after"
    " his arrest."
)


def _digest(text: str) -> tuple[str | None, list[str], list[str]]:
    digest = digest_article(parse_text(text), max_words=90)
    bullets = [bullet for section in digest.sections for bullet in section.bullets]
    headings = [section.heading for section in digest.sections if section.heading]
    return digest.title, bullets, headings


@pytest.mark.parametrize("label", ["VIDEO: ", "WATCH: ", "SE VIDEO: "])
def test_a_media_label_over_the_headline_leaves_the_headline(label: str) -> None:
    title, _, _ = _digest(f"{label}Charity worker's killer appears in court\n\n{_STORY}")
    assert title == "Charity worker's killer appears in court"


def test_a_media_label_over_a_sentence_is_no_headline() -> None:
    title, _, _ = _digest(f"Court news\n\nVIDEO: He appears.\n\n{_STORY}")
    assert title == "Court news"


def test_a_caption_given_twice_with_where_he_stands_is_no_lead() -> None:
    caption = "Jon Harker, far right, appears by video in the district court this morning."
    title, bullets, _ = _digest(
        f"Charity worker's killer appears in court\n\n{caption}\n{caption}\n\n{_STORY}"
    )
    assert title == "Charity worker's killer appears in court"
    assert bullets[0].startswith("The suspect in the killing"), bullets
    assert not any("far right" in bullet for bullet in bullets), bullets


def test_a_videos_title_over_its_player_button_is_no_heading() -> None:
    paragraphs = _STORY.split("\n\n")
    video = ["Murder suspect appears in court", "Video available Watch Video"]
    text = "\n\n".join(["Charity worker's killer appears in court", *paragraphs[:2], *video])
    text += "\n\n" + "\n\n".join(paragraphs[2:])
    _, bullets, headings = _digest(text)
    assert "Murder suspect appears in court" not in headings
    assert not any("Watch Video" in bullet for bullet in bullets), bullets


def test_an_old_browsers_notice_over_the_headline_is_furniture() -> None:
    text = (
        "IE 11 is not supported. For an optimal experience visit our site on another browser."
        f"\n\nCharity worker's killer appears in court\n\n{_STORY}"
    )
    title, bullets, _ = _digest(text)
    assert title == "Charity worker's killer appears in court"
    assert not any("supported" in bullet for bullet in bullets), bullets


def test_captions_run_into_the_headline_line_go_and_the_headline_stays() -> None:
    # A page that lost its line breaks: headline, two captions with their labels and
    # credits, and the standfirst on one line.
    text = (
        "Brann i enebolig – familie på tre kom seg ut MYE RØYK: Huset er totalskadet av røyk."
        " (Foto: Jonas Fossum) MYE RØYK: Huset vil ikke brenne ned, men ingen kan bo der."
        " (Foto: Jonas Fossum) Det brenner i en enebolig i Skien. En familie på tre som bodde"
        " i huset har kommet seg ut.\n\nBoligen ligger på Bjørndalsjordet i Skien. Politiet"
        " fikk melding om brannen klokka 16.40 onsdag ettermiddag.\n\nBåde Skien og Porsgrunn"
        " brannvesen har rykket ut til stedet.\n\n– Han sier til NRK: Vi er glade, sa han."
    )
    title, bullets, _ = _digest(text)
    assert title == "Brann i enebolig – familie på tre kom seg ut"
    assert bullets[0] == "Det brenner i en enebolig i Skien.", bullets
    assert not any("RØYK" in bullet or "totalskadet" in bullet for bullet in bullets), bullets


@pytest.mark.parametrize(
    ("credit", "heading"),
    [
        ("Foto: Kari SørbøGjenopptatt i 2022", "Gjenopptatt i 2022"),
        ("Foto: Ola Nordmann / NRKSaken ble anket", None),  # (an outlet's capitals: left)
        ("Foto: Ian McDonald", None),  # (a name's own capital is no crosshead)
    ],
)
def test_a_credits_line_run_into_the_crosshead_under_it_leaves_the_crosshead(
    credit: str, heading: str | None
) -> None:
    text = (
        "Frifunnet etter 47 år\n"
        "Sunnmøre tingrett frifant onsdag en 72 år gammel mann i en gjenopptatt sak.\n"
        "Frode Wisth representerer mannen som nå er frifunnet.\n"
        f"{credit}\n"
        "– Saken gjelder et overgrep som skal ha funnet sted i 1973, forteller førsteadvokat"
        " Unni Sandøy til NRK.\n"
        "Overgrepet skal ha skjedd i ei lita bygd i Trøndelag fem år tidligere."
    )
    _, _, headings = _digest(text)
    if heading is not None:
        assert headings == [heading], headings
    assert not any(h.startswith(("Foto", "McDonald", "Donald")) for h in headings), headings


_EXPORT = (
    "Ny rekord for eksporten\n\nTorsdag ble det satt ny rekord i eksporten av torsk fra Norge,"
    " og aldri før har det gått mer fisk ut på én dag.\n\n– Dette er den største dagen vi har"
    " hatt, sier analytiker Kari B. Lund i Fiskerådet.\n\n{caption}\n\nForrige rekord ble satt"
    " i 2019, da det ble eksportert 3.100 tonn på én dag.\n\nDe fleste kjøperne holder til i"
    " Portugal og Spania, der torsken blir til bacalao."
)


@pytest.mark.parametrize(
    "caption", ["Kari B. Lund, Fiskerådet", "Kari B. Lund", "Kari B. Lund, analytiker i Fiskerådet"]
)
def test_the_name_of_a_speaker_named_above_is_her_pictures_caption_not_a_heading(
    caption: str,
) -> None:
    _, bullets, headings = _digest(_EXPORT.format(caption=caption))
    assert headings == [], headings
    assert not any(bullet.startswith(caption) for bullet in bullets), bullets


def test_a_menus_last_link_as_a_list_item_over_the_headline_leaves_the_headline() -> None:
    headline = "Charity worker's killer appears in court"
    title, _, headings = _digest(f"• Directory of Taiwan\n\n{headline}\n\n{headline}\n\n{_STORY}")
    assert title == headline
    assert headings == []


def test_the_box_about_the_author_over_the_story_is_no_title_and_no_bullet() -> None:
    box = (
        "About the author\n\nSenior Reporter\n\nFrank Moss is the news director at KXYZ in"
        " Kansas City and a senior contributor to Prairie Public Media."
    )
    headline = "Charity worker's killer appears in court"
    title, bullets, _ = _digest(f"{headline}\n\nListen to this story\n\n{box}\n\n{_STORY}")
    assert title == headline
    assert bullets[0].startswith("The suspect in the killing"), bullets
    assert not any("news director" in bullet for bullet in bullets), bullets


@pytest.mark.parametrize("tag", ["Power Outage\n\n", ""])
def test_a_headline_under_its_update_kicker_is_the_title_over_its_tag_and_stamp(tag: str) -> None:
    text = (
        "UPDATED: Thunderstorm knocks out power to 8,000 customers\n\n"
        f"{tag}Update @ 2:45 p.m.\n\nThe utility says power is still out for 1,800 customers"
        " in the east end. Crews are working to restore it.\n\nAt 1:57 p.m., the utility"
        " reported an unplanned interruption to 8,000 customers in the east and west ends."
    )
    title, bullets, headings = _digest(text)
    assert title == "Thunderstorm knocks out power to 8,000 customers"
    assert headings == []
    assert not any("2:45" in bullet for bullet in bullets), bullets


@pytest.mark.parametrize("tail", [": Sjekk alle her!", " – se lista her"])
def test_a_headlines_pointer_to_a_list_under_it_goes_and_the_headline_is_the_title(
    tail: str,
) -> None:
    text = (
        f"NRK Meny\nNormal\n\nNo får 23 nye bygder breiband{tail}\n\n23 bygdesamfunn i fylket"
        " får no tilbod om breiband og raskare internett, opplyser fylkeskommunen.\n\nPengane"
        " skal stimulere til utbygging i område der det ikkje er lønnsamt å bygge ut."
    )
    title, bullets, _ = _digest(text)
    assert title == "No får 23 nye bygder breiband"
    assert not any("her" in bullet.split() for bullet in bullets), bullets


@pytest.mark.parametrize(
    ("stamp", "headline", "story"),
    [
        (
            "Mandag 4. januar 2016 Kultur og medier",
            "Starter året med å kutte",
            "Avisen må kutte i alt 40 årsverk i år, opplyser sjefredaktøren til de ansatte.\n\n"
            "Mediebransjen fortsetter å kutte i kostnader etter fall i annonseinntekter.",
        ),
        ("June 26, 2010 in Business", "Rural stores pinched", _STORY),
    ],
)
def test_a_date_over_the_sites_sections_is_no_title(stamp: str, headline: str, story: str) -> None:
    title, _, _ = _digest(f"{stamp}\n\n{headline}\n\n{story}")
    assert title == headline


def test_a_quote_with_its_speaker_on_top_is_no_title() -> None:
    text = (
        "– Dette er kjempealvorlig, sier informasjonssjef Kari Lund i Telenor.\n\nLitt før"
        " klokken 11.30 fredag begynte kundene å ringe fordi de ikke kom seg på nett.\n\nDet"
        " viste seg etter hvert at feilen rammet kunder over hele landet."
    )
    title, _, _ = _digest(text)
    assert title is None


def test_a_videos_title_run_into_its_blurb_is_no_lead() -> None:
    video = (
        "Coast Guard Capt. Tom Sparks says the spill clean-up will continue Coast Guard Capt."
        " Tom Sparks, the coordinator for the oil spill, explains how the clean-up will go on."
    )
    title, bullets, _ = _digest(f"Clean-up will continue, Coast Guard says\n\n{video}\n\n{_STORY}")
    assert title == "Clean-up will continue, Coast Guard says"
    assert not any("explains how" in bullet for bullet in bullets), bullets


def test_a_short_alt_text_its_caption_says_again_over_a_credit_is_no_heading() -> None:
    text = (
        "Ras tok hus i Skåbu\n\nI Skåbu er et hus tatt av ras, og en mann er reddet ut og sendt"
        " til legevakten.\n\nHus tatt av flom\n\nHus tatt av flom langs riksveg 255"
        " Vinstra-Skåbu.\n\nFoto: Kari Lund\n\nVegen er stengt, og flere hus er evakuert,"
        " opplyser politiet."
    )
    _, bullets, headings = _digest(text)
    assert headings == [], headings
    assert not any("langs riksveg 255" in bullet for bullet in bullets), bullets


def test_a_pull_quotes_credit_under_it_is_no_heading() -> None:
    text = (
        "Huset raste\n\nI Skåbu er et hus tatt av ras, og en mann er reddet ut og sendt til"
        " legevakten.\n\nSå gikk det et nytt ras og jeg måtte bare løpe! Og dette raset tok"
        " med seg hele huset.\n\nKari Lund, Mesta\n\nHuset ligger på Kvikne, seks kilometer"
        " fra Vinstra, opplyser politiet."
    )
    _, bullets, headings = _digest(text)
    assert headings == [], headings
    assert any(bullet.startswith("Huset ligger på Kvikne") for bullet in bullets), bullets


def test_a_sentence_that_goes_on_from_one_before_it_on_top_is_no_title() -> None:
    title, bullets, _ = _digest(
        "But there's no news on an album yet.\n\nThe band have announced their first world tour"
        " since 2014.\n\nThe band will tour North America through May and June, before"
        " festival dates in Europe in July."
    )
    assert title is None
    assert bullets[0].startswith("The band have announced"), bullets


def test_a_caption_closed_by_an_image_copyright_credit_is_no_bullet() -> None:
    caption = (
        "Harbour Point in Westshire is home to one of the largest northern tern colonies in"
        " the world, and has been struck by the storm. Image © Kari Lund/Shutterstock"
    )
    first, rest = _STORY.split("\n\n", 1)
    article = parse_text(f"Charity worker's killer in court\n\n{first}\n\n{caption}\n\n{rest}")
    assert article.title == "Charity worker's killer in court"
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert not any("tern colonies" in paragraph for paragraph in paragraphs), paragraphs


def test_a_caption_credited_without_a_colon_and_its_alt_line_are_no_heading() -> None:
    text = (
        "Charity worker's killer in court\n\n"
        "Westfield community centre, north side\n"
        "Staff at the centre join hundreds of mourners facing an uncertain week."
        " Photograph Kari Lund for the Guardian\n\n" + _STORY
    )
    title, bullets, headings = _digest(text)
    assert title == "Charity worker's killer in court"
    assert headings == [], headings
    assert not any("mourners" in bullet for bullet in bullets), bullets


def test_a_caption_closed_by_an_agency_after_a_slash_is_no_title() -> None:
    caption = "The shipping group posted the most profitable quarter in its history. /VCG"
    title, bullets, _ = _digest(f"{caption}\n{caption}\n{_STORY}")
    assert title is None or "history" not in title, title
    assert not any("/VCG" in bullet for bullet in bullets), bullets


def test_a_caption_placing_its_subject_in_the_picture_is_no_title() -> None:
    text = (
        "Police officer Jon Harker (C) leaves the county court after Reuters\n\n"
        "A jury found a police officer guilty of manslaughter for firing into a dark stairwell\n\n"
        + _STORY
    )
    title, _, _ = _digest(text)
    assert title is not None and not title.startswith("Police officer Jon Harker"), title


def test_a_senators_party_in_brackets_is_no_picture_caption() -> None:
    line = "Senator Jon Harker (R) voted against the bill, which passed the chamber on Monday."
    _, bullets, _ = _digest(f"Bill passes\n\n{line}\n\n{_STORY}")
    assert bullets[0] == line, bullets


def test_a_stocks_ticker_on_its_own_lines_leaves_the_sentence_whole() -> None:
    text = (
        "Westfield Corp. stock drops after earnings fall short\n\n"
        "Westfield Corp. shares fell in the extended session Thursday after the company's"
        " earnings missed Wall Street estimates.\n\n"
        "Westfield \nWFC,\n+0.72%\nshares fell as much as 8% after hours, following a 0.7% rise"
        " in the regular session.\n\n"
        "Westfield reported net income of $2.32 billion, or 84 cents a share."
    )
    _, bullets, _ = _digest(text)
    assert (
        "Westfield shares fell as much as 8% after hours, following a 0.7% rise in the"
        " regular session." in bullets
    ), bullets


def test_a_close_buttons_cross_before_the_headline_goes() -> None:
    text = f" date 2019-03-09 × Charity worker's killer in court\n\n{_STORY}"
    title, bullets, _ = _digest(text)
    assert title == "Charity worker's killer in court"
    assert not any("×" in bullet for bullet in bullets), bullets


def test_a_most_read_box_and_a_tickers_tag_leave_the_story() -> None:
    text = (
        "Warehouse workers vote on union\n\n"
        "A group of Westfield(s wfc) warehouse workers in Delaware voted against a union on"
        " Wednesday, the company said.\n\n"
        "Most Read Stories\n"
        "- Fourth man accuses the mayor of paying him\n"
        "- 5 shot, 1 woman fatally, in Central District VIEW\n\n"
        "The vote was 21 to 6 against the union, a labor board official said."
    )
    _, bullets, _ = _digest(text)
    assert bullets[0].startswith("A group of Westfield warehouse workers"), bullets
    assert not any("mayor" in bullet or "VIEW" in bullet for bullet in bullets), bullets


@pytest.mark.parametrize(
    "line",
    [
        "Helio Dilowa - Unsplash",  # a photographer and the stock site, on a line of its own
        "Kari Nordmann – NTB",
        "NBCUniversal Media, LLC",  # a copyright holder
        "Provided by Fjord County Sheriff’s Office",  # a picture's credit and its kind
        "Representational image. File picture",
        "ALAMY",  # an agency's name alone under its picture
        "Kildehenvisning må benyttes ved kopiering av alt innhold fra dette nettstedet.",
        "Aug 27, 2024 04:22 PM IST",  # a page's stamp in another time zone
        "September 24, 2019 - 12:10 AMT",
        "Oct 3, 2023 9:15 AM AEST",
        "In short:",  # a summary box's label
        "TL;DR",
        "HOUSTON, Apr. 21",  # a wire's dateline and date alone on a line
        "Additional resources",  # a resource box's heading
        "Link: Gas prices in Europe 2021",  # a link's label
        "NYY gas prices.pdf",  # a file's name
        "Gas workers at the Nyhamna plant, pictured in 2021 [Reuters]",  # a caption's agency
        "Gas workers repair a pipe at the Nyhamna plant in Aukra\nAFP",  # on its last line
        "Flames rise at the Nyhamna plant in Aukra, Norway, August 17, 2023Image source, Kari"
        " Lund/via REUTERS",  # a picture's source run into its caption
        "Summary",  # a live page's box label
        "Council spokeswoman",  # a pull quote's credit
        "A gas tanker seen at night in Aukra",  # a caption
        "1461\nstock image",  # a view counter and a picture's label
        "Facebook Twitter Google+ Reddit",  # share buttons
        "Etter publisering har NRK justert ned tallet fra 200 til 100.",  # an editor's note
        "Help us to continue to invest in independent journalism. For an introductory offer of"
        " just £70 a year, or £10 per month, get access to all our daily news stories and"
        " opinion. If you are already a registered user, please login below.",  # a paywall
        "Se DN Tv: Rekordstor søkermasse til brannvesenet",  # a video channel's promo
        "This image is AI-generated and does not depict any real-life event or location.",
        "Du kan kommentere under fullt navn eller med kallenavn. Bruk BankID for automatisk"
        " oppretting av brukerkonto.",  # a comment box's rules
    ],
)
def test_a_credit_a_stamp_or_a_summary_label_on_its_own_line_is_no_heading(line: str) -> None:
    text = (
        "Gas prices jump after outage\n\n"
        "European gas prices rose by 8% on Monday after an unplanned outage at a Norwegian"
        " gas plant.\n\n"
        f"{line}\n\n"
        "Traders said the outage at the Nyhamna plant would last at least two days.\n\n"
        "Europe has relied more on Norwegian gas since Russian supplies were cut.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "Gas prices jump after outage"
    shown = " ".join([*headings, *bullets])
    assert line.rstrip(":") not in shown
    assert any(b.startswith("Traders said the outage") for b in bullets), bullets


@pytest.mark.parametrize(
    "over",
    [
        "Support 100 years of independent journalism.",  # a paper's appeal over the page
        "Home » Samfunnssikkerhet og beredskap » Streiken på sokkelen er over",  # a long trail
        "Her ser du et bilde av oljeplattformen Johan Sverdrup i Nordsjøen.",  # the photo's alt
        "Open this photo in gallery",  # a gallery's button
        "– Posted by: Sokkel team",  # a blog's byline
        "Welcome to Sokkelnytt",  # a site's greeting
        "10.2 C",  # a weather box's temperature
        "Se møtet hos Riksmekleren i videovinduet øverst!",  # a video's pointer
        "Kari Lund15:42, 08/20/231 min.137",  # a byline run into its stamp and read time
        "Please enter your login details",  # a login box
        "Headlines: December 13th, 2005",  # a dated page's title
    ],
)
def test_a_line_of_the_page_over_the_headline_leaves_the_headline_the_title(over: str) -> None:
    text = (
        f"{over}\n\n"
        "Streiken på sokkelen er over\n\n"
        "Lederne og Norsk olje og gass kom til enighet hos Riksmekleren fredag, og streiken på"
        " sokkelen avsluttes umiddelbart.\n\n"
        "Bildet ovenfor: 43 medlemmer på plattformen ble tatt ut i streik onsdag.\n\n"
        "Forbundet krevde tariffavtale for medlemmer som skal arbeide i kontrollrom på land.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "Streiken på sokkelen er over", (title, headings)
    assert not headings, headings
    assert not any("Bildet ovenfor" in b for b in bullets), bullets


def test_another_storys_headline_over_the_headline_is_no_title() -> None:
    text = (
        "Riverside schools sweep team titles at state chess championship\n\n"
        "Former Mayor Convicted in Bribery Case\n\n"
        "Former mayor Tom Harlan was convicted on Wednesday of taking bribes from two builders"
        " while in office.\n\n"
        "A jury in Lakeview deliberated for five days before finding Harlan guilty of 11 of 16"
        " counts of bribery.\n\n"
        "Harlan faces up to 20 years in prison when he is sentenced in October.\n"
    )
    title, _, headings = _digest(text)
    assert title == "Former Mayor Convicted in Bribery Case", (title, headings)
    assert not any("chess" in h for h in headings)


def test_the_pages_title_bar_over_the_headline_leaves_the_headline_the_title() -> None:
    text = (
        "Brannfare selv om det kommer noen skurer - Norges Skogeierforbund\n\n"
        "Brannfare selv om det kommer noen skurer\n\n"
        "Går vi mot enda en brannsommer? 24 helikopter er i beredskap, men rask innsats er ofte"
        " avgjørende.\n\n"
        "Denne uken satte DSB fokus på skogbrannberedskapen. Hver brannsjef har ansvaret.\n"
    )
    title, _, headings = _digest(text)
    assert title == "Brannfare selv om det kommer noen skurer", (title, headings)


def test_a_headings_double_spaces_and_a_titles_language_label_go() -> None:
    text = (
        "Nye tal for klimagassutslepp er no tilgjengeleg. (nynorsk)\n\n"
        "Utsleppa av klimagassar gjekk ned i dei fleste kommunane i fjor, viser nye tal.\n\n"
        "Små  og  store  endringar\n\n"
        "I Bergen gjekk utsleppa ned med ti prosent, medan dei auka i Førde.\n"
    )
    title, _, headings = _digest(text)
    assert title == "Nye tal for klimagassutslepp er no tilgjengeleg."
    assert "Små og store endringar" in headings, headings


def test_a_label_of_two_words_over_the_headline_is_no_title() -> None:
    text = (
        "Road races\n\n"
        "Kenyans rule the roads abroad\n\n"
        "Kibet posted a new course record of 2:09:44 in Istanbul on Sunday, ahead of Ethiopia's"
        " Atnafu.\n\n"
        "Kisorio broke away in the final ten kilometres to win the Beijing Marathon.\n"
    )
    title, _, headings = _digest(text)
    assert title == "Kenyans rule the roads abroad", (title, headings)


def test_a_kicker_the_headline_under_it_opens_on_is_no_title() -> None:
    text = (
        "Ferry Strike\n\n"
        "Ferry Strike On The Island Routes Ends After Two Weeks\n\n"
        "The ferry workers' union accepted a new pay offer on Thursday, and sailings to the"
        " islands will resume on Saturday.\n\n"
        "The strike had cut the islands off for two weeks.\n"
    )
    title, _, headings = _digest(text)
    assert title == "Ferry Strike On The Island Routes Ends After Two Weeks", (title, headings)


def test_a_quotes_crosshead_under_the_lead_is_no_title() -> None:
    text = (
        "Casper Ruud la grunnlaget for seieren med et kruttsterkt førstesett. Motstanderen ble"
        " nedsablet 6-1 i første sett.\n\n"
        "– Fornøyd med at det ble to sett\n\n"
        "Ruud satte karrierebeste med 22. plass på verdensrankingen denne uken.\n"
    )
    title, _, _ = _digest(text)
    assert title is None


def test_a_caption_closed_by_an_agency_alone_is_no_title() -> None:
    text = (
        "Pentagon unveils biggest aid package for Ukraine\n\n"
        "Multibillion-dollar military package was unlocked after Congress approved extra"
        " spending for Kyiv\n\n"
        "US Defence Secretary Tom Hale said new military aid will let Ukraine 'create options"
        " for itself going forward'. AFP\n"
        "Powered by automated translation\n\n"
        "The Pentagon on Friday unveiled its biggest aid package yet for Kyiv, unlocking $6"
        " billion for missiles and ammunition.\n\n"
        "The aid is the second package announced in three days.\n"
    )
    title, bullets, _ = _digest(text)
    assert title == "Pentagon unveils biggest aid package for Ukraine", title
    assert not any(b.endswith("AFP") for b in bullets), bullets


def test_a_papers_membership_box_under_the_story_is_no_heading_nor_bullet() -> None:
    text = (
        "More disruptions on the island ferry\n\n"
        "The ferry service across the sound tonight has been cancelled due to crew sickness,"
        " the council has announced.\n\n"
        "The last ferry of the day will depart from Ulsta at 6.30pm and from Toft at 6.55pm.\n\n"
        "Become a member of Island News\n\n"
        "Island News is asking its many readers to consider paying for membership to get"
        " additional features and services: -\n"
        "- Remove non-local ads;\n- Bookmark posts to read later;\n"
        "- Hide membership messages;\n- Comments open for discussion.\n\n"
        "If you appreciate what we do, then please become a member of Island News by making a"
        " single payment.\n"
    )
    _, bullets, headings = _digest(text)
    assert not headings, headings
    assert not any("member" in b or "Comments" in b for b in bullets), bullets


def test_a_video_credited_to_its_source_and_the_share_buttons_are_no_headings() -> None:
    text = (
        "News World US House swept away in fresh flood crisis\n"
        "Updated:\n\n"
        "House swept away in fresh flood crisis\n\n"
        "Flooding in Ruidoso\n\n"
        "Source: Kari Lund\n\n"
        "Share\n"
        "Twitter Facebook Reddit Pinterest Email\n\n"
        "A house has been swept away and at least three people are missing as a flood"
        " emergency hits a second state.\n\n"
        "Emergency crews made at least 85 swift water rescues in the area on Tuesday.\n\n"
        "Rescuers were scouring the town late on Tuesday, after the floods receded.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "House swept away in fresh flood crisis"
    assert not headings, headings
    assert bullets[0].startswith("A house has been swept away"), bullets


def test_another_storys_headline_between_the_paragraphs_is_no_heading_nor_bullet() -> None:
    text = (
        "Four astronauts return to Earth\n\n"
        "Four astronauts safely returned to Earth on Saturday after a five-month mission at the"
        " space station.\n\n"
        "Their capsule splashed down in the Pacific Ocean a day after departing the station.\n\n"
        "Rocket firm swiftly delivers four astronauts to station within 15 hours of launch\n\n"
        "Before leaving, the commander reflected on the challenges faced on the mission.\n\n"
        "Back in Houston, the crew looked forward to hot showers and a few quiet days.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "Four astronauts return to Earth"
    assert not headings, headings
    assert not any("swiftly" in b for b in bullets), bullets


def test_the_pages_headline_below_a_promo_stays_over_its_story() -> None:
    text = (
        "Our reporters visited the old house in Krakow last month for another story.\n\n"
        "The house is being turned into a centre to fight extremism, its owners said.\n\n"
        "Salmon company lashes out at own industry over honesty on lice numbers\n\n"
        "A salmon company has accused other producers of failing to report lice numbers"
        " honestly, according to emails.\n\n"
        "The company was defending itself against a crackdown by inspectors.\n"
    )
    _, bullets, headings = _digest(text)
    headline = "Salmon company lashes out at own industry over honesty on lice numbers"
    assert headline in headings, (headings, bullets)


@pytest.mark.parametrize(
    "line",
    [
        "You have /5 articles left.",  # a paywall's counter
        "Forklar ord med symboler",  # a reader's widget
        "Läs mer",
        "Les ukens e-avis",  # an e-paper's menu
        "Andre tjenester",
        "Play Brightcove video",  # a video player's label
        "Lurer du på hvordan trafikken er? Se lenger ned i saken.",  # a pointer down the page
        "Vise bilder",  # a reader's settings
        "Som abonnent på Klar Tale får du:",  # a paper's offer, its colon
    ],
)
def test_a_widgets_line_over_the_headline_is_no_title_nor_heading(line: str) -> None:
    text = (
        f"{line}\n\n"
        "Gas prices jump after outage\n\n"
        "European gas prices rose by 8% on Monday after an unplanned outage at a Norwegian"
        " gas plant.\n\n"
        f"{line}\n\n"
        "Traders said the outage at the Nyhamna plant would last at least two days.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "Gas prices jump after outage", title
    assert not headings and not any(line[:12] in b for b in bullets), (headings, bullets)


@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        ("(BBC News, 5 Feb 2019) ", "The closure of coal plants has helped cut UK emissions."),
        ("Law360 -- ", "Two groups of lawmakers have filed bills to fight deepfake videos."),
        ("Newsflash: ", "The UK's inflation rate has fallen to its lowest level since 2022."),
    ],
)
def test_a_source_stamp_or_a_live_label_opening_the_lead_goes(opening: str, rest: str) -> None:
    _, bullets, _ = _digest(
        f"News\n\n{opening}{rest}\n\nMinisters said more would follow in the spring budget.\n"
    )
    assert bullets[0] == rest, bullets


def test_a_caption_over_its_agency_and_a_list_of_other_stories_are_no_headings() -> None:
    text = (
        "First troops arrive for the exercise\n\n"
        "The first troops have arrived in the country as part of a taskforce.\n\n"
        "800 troops will be deployed to the country\nPA Images\n\n"
        "An initial 120 soldiers will set up the headquarters before the rest join in April.\n\n"
        "EXCL Shadow minister: I would use the deterrent if we had to\n\n"
        "Washington warns allies over commitment in defence spending row\n\n"
        "Prime minister echoes president by telling leaders to spend more on defence\n\n"
        "The ministry has issued advice about possible provocations during the deployment.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "First troops arrive for the exercise", title
    assert not headings, headings
    assert not any("PA Images" in b or "spending row" in b for b in bullets), bullets


def test_a_headline_over_its_photographers_agency_credit_stays_the_title() -> None:
    text = (
        "Evenepoel keeps Vuelta lead as Vine wins another stage\n\n"
        "Kari Lund/Getty Images\n\n"
        "Jay Vine won his second stage of the Vuelta on Saturday, two days after his first.\n\n"
        "Remco Evenepoel kept the leader's red jersey by crossing the line in fifth place.\n"
    )
    title, _, _ = _digest(text)
    assert title == "Evenepoel keeps Vuelta lead as Vine wins another stage"


@pytest.mark.parametrize(
    "over",
    [
        "CO₂ i atmosfæren 415 ppm 1,5-gradersmålet +1,01°C Les mer om klima",  # a topic box
        "Headlines: December 13th, 2005",  # a dated page's title
    ],
)
def test_a_box_over_a_page_without_headline_is_no_title(over: str) -> None:
    text = (
        f"{over}\n\n"
        "Isbreane i Noreg smeltar raskare enn nokon gong, viser nye målingar frå NVE.\n\n"
        "Sidan 2000 har breane mista ein femtedel av arealet sitt, og smeltinga går stadig"
        " raskare.\n"
    )
    title, bullets, headings = _digest(text)
    assert not title, title
    assert not headings and over not in " ".join(bullets), (headings, bullets)


def test_a_live_pages_link_under_the_standfirst_is_no_title() -> None:
    text = (
        "'Stay indoors': severe flood warnings as storms lash Wales\n\n"
        "This article is more than 5 years old\n"
        "Dozens of trains are cancelled, drivers are told to watch for debris on roads and"
        " thousands of homes are left without power\n\n"
        "Read the latest updates on the storms\n\n"
        "The latest in this winter's series of Atlantic storms has lashed Wales, causing travel"
        " chaos on the roads and more flooding.\n\n"
        "Winds of more than 90mph prompted the agency to issue nine severe flood warnings.\n"
    )
    title, bullets, headings = _digest(text)
    assert title == "'Stay indoors': severe flood warnings as storms lash Wales", title
    assert "Read the latest" not in " ".join([*headings, *bullets])


@pytest.mark.parametrize(
    "caption",
    [
        "Kari Lund of Norway wins a women's World Cup downhill at Lake Louise AFP",
        "Flames rise in Kelowna, British Columbia, Canada August 17, 2023Image source, Kari"
        " Lund/via REUTERS",
        "CO341-17 Lee Harding Lee Harding",  # a picture's alt text and caption, one name twice
    ],
)
def test_a_caption_closed_by_its_agency_or_its_source_is_furniture(caption: str) -> None:
    from bot.core.furniture import is_furniture

    assert is_furniture(caption)
    # (an agency told something, in prose, is none)
    assert not is_furniture("Kari Lund said she would race again on Sunday, she told AFP.")


def test_a_glossary_box_after_the_story_is_no_section() -> None:
    text = (
        "Gas plant closed after leak\n\n"
        "A gas plant in Norway has been closed after a leak was found on Monday.\n\n"
        "Engineers say the leak came from a valve that had been repaired last year.\n\n"
        "What do the words mean?\n"
        "- Valve - A part that controls how gas or liquid flows through a pipe.\n"
        "- Leak - When gas or liquid escapes through a hole or crack.\n"
    )
    _, bullets, headings = _digest(text)
    assert "What do the words mean?" not in headings, headings
    assert not any(b.startswith(("Valve", "Leak")) for b in bullets), bullets
