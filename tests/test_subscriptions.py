"""The subscription commands in the chat, and the operator's `digestbot subscriptions`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.cli import main
from bot.delivery.subscriptions import SubscriptionError, parse_subscribe
from bot.delivery.times import DailyTime, TimeError, resolve_zone
from tests.fixtures.delivery_fakes import World, in_chat, make_world, oslo

WEDNESDAY_9 = oslo("2026-11-25 09:00")


@pytest.fixture
def world(db_engine: Engine) -> World:
    return make_world(db_engine, WEDNESDAY_9)


# --- reading what users type ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "time", "topics"),
    [
        ("", "08:00", ()),
        ("07:30", "07:30", ()),
        ("7:30", "07:30", ()),
        ("07.30", "07:30", ()),
        ("7", "07:00", ()),
        ("07:30 atom", "07:30", ("atom",)),
        ("atom øvelse", "08:00", ("atom", "ovelse")),
        ("6:05 /Øvelse, atom atom", "06:05", ("ovelse", "atom")),
    ],
)
def test_subscribe_reads_time_and_folded_topics(args: str, time: str, topics: tuple[str]) -> None:
    at, found = parse_subscribe(args)
    assert str(at) == time
    assert found == topics


@pytest.mark.parametrize("args", ["25:00", "7:75", "24.00", "atom 07:30", "07:3"])
def test_subscribe_refuses_what_is_no_time(args: str) -> None:
    with pytest.raises(SubscriptionError):
        parse_subscribe(args)


def test_daily_time_refuses_words() -> None:
    with pytest.raises(TimeError):
        DailyTime.parse("morgen")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/Oslo", "Europe/Oslo"),
        ("europe/oslo", "Europe/Oslo"),
        ("Oslo", "Europe/Oslo"),
        ("new york", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_time_zones_by_name_or_city(typed: str, zone: str) -> None:
    assert resolve_zone(typed) == zone


def test_a_wrong_time_zone_gets_the_closest_names() -> None:
    with pytest.raises(TimeError, match="Europe/Oslo"):
        resolve_zone("Europe/Olso")
    with pytest.raises(TimeError, match="Did you mean"):
        resolve_zone("Osloo")


# --- the chat commands -----------------------------------------------------------------------


def test_subscribe_in_a_forum_topic_says_when_the_next_digest_comes(world: World) -> None:
    topic = in_chat("-100500", thread="77", kind="group", admin=True)
    answer = world.say("/subscribe 07:30 atom", topic)
    assert "in this thread at 07:30 (Europe/Oslo)" in answer
    assert "only on /atom" in answer
    # It is 09:00: today's 07:30 has passed, so the first digest comes tomorrow.
    assert "next one comes tomorrow at 07:30" in answer

    shown = world.say("/subscriptions", topic)
    assert "07:30 (Europe/Oslo), on /atom" in shown
    assert "No digest has been delivered yet" in shown

    main_chat = in_chat("-100500", kind="group", admin=True)
    elsewhere = world.say("/subscriptions", main_chat)
    assert "No daily digest here" in elsewhere
    assert "1 more daily digest in other threads" in elsewhere


def test_subscribe_before_the_time_starts_today_and_defaults_to_eight(world: World) -> None:
    world.clock.set(oslo("2026-11-25 06:00"))
    answer = world.say("/subscribe øvelse", in_chat("10"))
    assert "here at 08:00 (Europe/Oslo), only on /ovelse" in answer
    assert "next one comes today at 08:00" in answer


def test_subscribe_again_changes_time_and_topics(world: World) -> None:
    chat = in_chat("11")
    world.say("/subscribe 07:30 atom", chat)
    answer = world.say("/subscribe 18:15", chat)
    assert "at 18:15" in answer and "only on" not in answer
    assert "next one comes today at 18:15" in answer
    subscription = world.repository.find(world.service_chat(chat))
    assert subscription is not None and subscription.topics == ()


def test_a_bad_time_is_explained(world: World) -> None:
    answer = world.say("/subscribe 25:00 atom", in_chat("12"))
    assert "00:00 to 23:59" in answer and "/subscribe 07:30" in answer
    assert world.repository.find(world.service_chat(in_chat("12"))) is None


def test_timezone_before_and_after_subscribing(world: World) -> None:
    chat = in_chat("13")
    wrong = world.say("/timezone Europe/Olso", chat)
    assert "Did you mean" in wrong and "Europe/Oslo" in wrong

    assert "Asia/Tokyo" in world.say("/timezone asia/tokyo", chat)
    answer = world.say("/subscribe 07:00", chat)
    assert "07:00 (Asia/Tokyo)" in answer

    changed = world.say("/timezone America/New_York", chat)
    assert "stays at 07:00, now America/New_York time" in changed
    assert "07:00 (America/New_York)" in world.say("/subscriptions", chat)
    assert "America/New_York" in world.say("/timezone", chat)


def test_unsubscribe_stops_and_says_so(world: World) -> None:
    chat = in_chat("14")
    assert "no daily digest here to stop" in world.say("/unsubscribe", chat)
    world.say("/subscribe 07:30", chat)
    assert "Unsubscribed" in world.say("/unsubscribe", chat)
    assert "No daily digest here" in world.say("/subscriptions", chat)


def test_only_admins_and_the_subscriber_change_a_group(world: World) -> None:
    member = in_chat("-200", kind="group", user="7")
    other = in_chat("-200", kind="group", user="8")
    admin = in_chat("-200", kind="group", user="9", admin=True)
    assert "Only administrators" in world.say("/subscribe 07:30", member)
    assert "Subscribed" in world.say("/subscribe 07:30", admin)
    assert "Only administrators" in world.say("/unsubscribe", other)
    # Anyone may look.
    assert "07:30" in world.say("/subscriptions", member)
    # Whoever subscribed may change it later, without being an admin.
    world.say("/unsubscribe", admin)
    assert "Subscribed" in world.say("/subscribe 06:00", admin)
    world.repository.stop(world.service_chat(admin))
    creator_ctx = in_chat("-200", kind="group", user="9")
    assert "Only administrators" in world.say("/subscribe 07:00", creator_ctx)
    world.say("/subscribe 06:00", admin)
    assert "Subscribed" in world.say("/subscribe 07:00", creator_ctx)


# --- the operator's command --------------------------------------------------------------------


def test_operator_adds_lists_and_removes_in_bulk(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", db_url)
    argv = ["subscriptions", "add", "--platform", "slack", "--chat", "C1,C2", "--time", "7.30"]
    assert main([*argv, "--zone", "oslo", "--topics", "atom", "øvelse"]) == 0
    assert (
        main(["subscriptions", "add", "--platform", "telegram", "--chat", "-1001", "--thread", "5"])
        == 0
    )
    capsys.readouterr()

    assert main(["subscriptions", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("platform\tchat")
    assert "slack\tC1\t-\t07:30\tEurope/Oslo\tatom,ovelse\tactive\t-" in lines
    assert "telegram\t-1001\t5\t08:00\tEurope/Oslo\t*\tactive\t-" in lines

    assert main(["subscriptions", "remove", "--platform", "slack", "--chat", "C2"]) == 0
    assert main(["subscriptions", "list", "--platform", "slack"]) == 0
    listed = capsys.readouterr().out
    assert "C1" in listed and "C2\t" not in listed

    assert main(["subscriptions", "remove", "--platform", "slack", "--chat", "C9"]) == 1
    assert main(["subscriptions", "add", "--platform", "slack"]) == 2
    assert (
        main(["subscriptions", "add", "--platform", "x", "--chat", "1", "--zone", "Mars/Base"]) == 2
    )
    errors = capsys.readouterr().err
    assert "no subscription for slack:C9" in errors
    assert "needs --platform and --chat" in errors
    assert "Mars/Base" in errors
