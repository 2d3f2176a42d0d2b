"""`/subscribe` reads the times people type and refuses what only looks like one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.delivery.subscriptions import SubscriptionError, parse_subscribe
from tests.fixtures.delivery_fakes import World, in_chat, make_world, oslo


@pytest.fixture
def world(sqlite_url: str) -> World:
    from bot.store.db import make_engine, migrate

    engine: Engine = make_engine(sqlite_url)
    migrate(engine)
    return make_world(engine, oslo("2026-11-25 09:00"))


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("07:30", "07:30"),
        ("7:30", "07:30"),
        ("7.30", "07:30"),
        ("19.05", "19:05"),
        ("7", "07:00"),
        ("kl. 7", "07:00"),
        ("kl 7.30", "07:30"),
        ("Kl.19:45", "19:45"),
        ("7:30pm", "19:30"),
        ("7pm", "19:00"),
        ("7:30 am", "07:30"),
        ("7 PM", "19:00"),
        ("12am", "00:00"),
        ("12:30pm", "12:30"),
        ("11 p.m.", "23:00"),
    ],
)
def test_subscribe_reads_the_usual_ways_to_write_a_time(typed: str, time: str) -> None:
    at, topics = parse_subscribe(f"{typed} atom")
    assert (str(at), topics) == (time, ("atom",))


@pytest.mark.parametrize(
    "typed",
    ["7.30pm", "-1:00", "07:30:99", "25:00", "7:60", "0730", "13pm", "0am", "7:5", "+7", "19h30"],
)
def test_what_looks_like_a_time_but_is_none_is_refused(typed: str) -> None:
    with pytest.raises(SubscriptionError):
        parse_subscribe(typed)


@pytest.mark.parametrize("typed", ["/7_30pm", "atom /7_30pm", "atom 7pm", "07:30 atom 7.30"])
def test_a_time_is_never_taken_for_a_topic(typed: str) -> None:
    with pytest.raises(SubscriptionError, match="looks like a time"):
        parse_subscribe(typed)


def test_words_next_to_am_and_pm_stay_topics() -> None:
    assert parse_subscribe("atom pm") == parse_subscribe("08:00 atom pm")
    assert parse_subscribe("atom pm")[1] == ("atom", "pm")


@pytest.mark.parametrize("typed", ["7.30pm", "-1:00", "07:30:99", "0730"])
def test_the_answer_names_the_accepted_forms_and_nothing_is_subscribed(
    world: World, typed: str
) -> None:
    chat = in_chat("20")
    answer = world.say(f"/subscribe {typed}", chat)
    assert f"«{typed}»" in answer
    assert "07:30" in answer and "7.30" in answer and "kl. 7.30" in answer and "7pm" in answer
    assert world.repository.find(world.service_chat(chat)) is None


def test_a_link_is_not_a_topic(world: World) -> None:
    chat = in_chat("21")
    answer = world.say("/subscribe 07:30 https://example.no/feed.xml", chat)
    assert "/add" in answer and "not a topic" in answer
    assert world.repository.find(world.service_chat(chat)) is None


def test_an_evening_time_in_am_pm_subscribes_at_that_hour(world: World) -> None:
    chat = in_chat("22")
    answer = world.say("/subscribe 7:30 pm atom", chat)
    assert "at 19:30 (Europe/Oslo), only on /atom" in answer
    answer = world.say("/subscribe kl. 6.15", chat)
    assert "at 06:15" in answer
