"""A scheduled digest on a topic keeps the very section the topic is in, not one named alike."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.chat.library import Library
from bot.core.analysis import analyse
from bot.core.digest import digest_of
from bot.core.parse import parse_document
from bot.delivery.content import DigestBuilder
from bot.delivery.model import ChatKey, Subscription
from bot.delivery.times import DailyTime
from bot.store.memory import InMemoryArticleStore

# Written for this test: two sections share the heading «Oppdatering»; only the second
# is about the atom.
TWO_UPDATES = """# Nytt fra kommunen

Kommunen legger fram budsjettet for neste år i dag. Skolene får mer penger enn i fjor.

## Oppdatering

Bussene i sentrum går etter vanlig rute igjen etter snøfallet. Brøytebilene har ryddet
gatene, og bussene holder tiden. Trafikksjefen takker bilistene for tålmodigheten.

## Oppdatering

Atomtrusselen preger møtet i kommunestyret. Flere representanter spør om beredskapen ved
en atomulykke. Ordføreren sier at planene for atomulykker blir oppdatert før jul.
"""


def _library() -> Library:
    store = InMemoryArticleStore()
    store.add(parse_document(TWO_UPDATES, kind="markdown", source="kommune.md"))
    library = Library(store)
    library.refresh()
    return library


def test_digest_sections_keep_the_index_of_their_article_section() -> None:
    analysis = analyse(parse_document(TWO_UPDATES, kind="markdown", source="kommune.md"))
    digest = digest_of(analysis)
    for section in digest.sections:
        assert analysis.sections[section.index].heading == section.heading
    assert [s.index for s in digest.sections] == sorted({s.index for s in digest.sections})


def test_a_topic_digest_gets_the_section_on_the_topic_among_two_alike_named() -> None:
    builder = DigestBuilder(_library(), max_articles=5)
    builder.refresh()
    subscription = Subscription(
        id=1,
        chat=ChatKey("telegram", "7", None),
        time=DailyTime.parse("07:30"),
        timezone="Europe/Oslo",
        topics=("atom",),
        created_by="42",
        active=True,
        created_at=datetime(2026, 11, 25, tzinfo=UTC),
    )
    content = builder.for_subscription(subscription)
    assert content.reply is not None
    (item,) = content.reply.items
    bullets = " ".join(b for s in item.sections for b in s.bullets)
    assert "atom" in bullets.lower()
    assert "Bussene" not in bullets


_CROSSHEAD_STORY = (
    "Lengre køer hos tannlegen\n\n"
    "Pandemien har gitt mye lengre ventelister hos de offentlige tannklinikkene i Fjordvik."
    " Det er nå opptil et halvt års ventetid.\n\n"
    "Tallene fra fylkestannlegen viser at 12.200 personer står på venteliste for å komme til"
    " en offentlig tannlege.\n\n"
    "– Hovedårsaken er at hele tjenesten var stengt i tre måneder i starten av pandemien,"
    " sier klinikksjef Svein Rustad.\n\n"
    "{heading}\n\n"
    "– Vi har mange ansatte som har vært og er syke. Også pasienter med korona som ikke"
    " kommer, bidrar til forsinkelser, sier han.\n\n"
    "– Ventetida varierer fra klinikk til klinikk. De fleste har ventetid på én til tre"
    " måneder, sier Rustad."
)


def _headings(text: str) -> list[str | None]:
    from bot.core.parse import parse_text

    digest = digest_of(analyse(parse_text(text)), max_words=90)
    return [section.heading for section in digest.sections]


def test_a_crosshead_over_bullets_on_something_else_is_left_out() -> None:
    # The section tells «Mange syke ansatte» in a sentence no bullet gives: over the bullet on
    # waiting times it would mislead.
    headings = _headings(_CROSSHEAD_STORY.format(heading="Mange syke ansatte"))
    assert "Mange syke ansatte" not in headings, headings


def test_a_crosshead_of_a_name_over_bullets_on_something_else_is_left_out() -> None:
    # («Chile neste» over bullets on the match after it: the section names Chile in a
    # sentence no bullet gives)
    text = _CROSSHEAD_STORY.replace(
        "– Vi har mange ansatte som har vært og er syke.", "– Klinikken i Oslo er neste."
    )
    headings = _headings(text.format(heading="Oslo neste"))
    assert "Oslo neste" not in headings, headings


def test_an_explainers_question_and_a_lists_numbered_step_stay_as_headings() -> None:
    # (a question the section answers, a numbered step: the page's structure, told or not)
    assert "2. Mange syke ansatte" in _headings(
        _CROSSHEAD_STORY.format(heading="2. Mange syke ansatte")
    )
    explainer = (
        "Why energy prices are soaring\n\n"
        "A global supply crunch for natural gas and slow winds in the North Sea have sent"
        " power prices soaring across Europe this autumn.\n\n"
        "Why is there a supply shortfall?\n\n"
        "Late summer in Europe is usually when gas stores are filled for winter. This year"
        " the stores had their lowest levels in a decade after a cold winter, and supplies"
        " from Russia were limited.\n\n"
        "What happens next?\n\n"
        "Governments are preparing to step in if prices rise further this winter."
    )
    headings = _headings(explainer)
    assert "Why is there a supply shortfall?" in headings, headings


def test_a_crosshead_the_section_does_not_tell_in_other_words_stays() -> None:
    # («Ventetid» is said by the bullet; «Resten av året» by no sentence: both stay.)
    for heading in ("Ventetid varierer", "Resten av året"):
        assert heading in _headings(_CROSSHEAD_STORY.format(heading=heading)), heading


def test_a_crosshead_a_bullet_repeats_word_for_word_is_left_out() -> None:
    text = (
        "Flere konkurser i høst\n\n"
        "Fjellhotellet i Vik er det siste hotellet som har gått konkurs, etter et år med høye"
        " strømpriser.\n\n"
        "– Vi kom fram til at det er umulig\n\n"
        "– Vi kom fram til at det er umulig å drive videre, sier eier Kari Lund.\n\n"
        "300 selskaper gikk konkurs i september\n\n"
        "300 selskaper gikk konkurs i september. Det er 40 prosent flere enn måneden før."
    )
    headings = _headings(text)
    assert "300 selskaper gikk konkurs i september" not in headings, headings
    assert not any(h and "umulig" in h for h in headings), headings
    # (a name's crosshead over the bullet that opens on the name stays)
    named = text.replace("300 selskaper gikk konkurs i september\n\n", "Fjord Kraft\n\n").replace(
        "300 selskaper gikk konkurs i september. Det er", "Fjord Kraft sa opp 300 tilsette. Det er"
    )
    assert "Fjord Kraft" in _headings(named), _headings(named)
