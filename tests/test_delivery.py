"""Planning and delivering the daily digest: once, on time, on topic, across processes."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from bot.delivery.ledger import DeliveryLedger
from bot.delivery.planner import plan_due
from bot.delivery.tables import DeliveryRow, SubscriptionRow
from bot.delivery.times import DailyTime, due_instant, local_date
from bot.platforms.base import DeliveryResult
from tests.fixtures.delivery_fakes import GRACE, World, in_chat, make_world, oslo

ROOT = Path(__file__).resolve().parent.parent
WORKER = "tests.fixtures.delivery_worker"
ATOM_TITLE = "Atomtrusselen bekymrer Norden"
EXERCISE_TITLE = "Store militærøvelser i Finnmark"
SNOW_TITLE = "Rekordmye snø i Bergen"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def world(db_engine: Engine) -> World:
    """Three articles and a clock at 06:00 in Oslo on Wednesday 25 November 2026."""
    world = make_world(db_engine, oslo("2026-11-25 06:00"))
    for key in ("atom", "ovelse", "snow"):
        world.add_article(key)
    return world


def subscribe(world: World, chat_id: str, args: str, **where: Any) -> None:
    reply = world.say(f"/subscribe {args}", in_chat(chat_id, **where))
    assert reply.startswith("Subscribed"), reply


def rows_of(world: World, chat_id: str) -> list[DeliveryRow]:
    with world.engine.connect() as connection:
        query = (
            select(DeliveryRow)
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(SubscriptionRow.chat_id == chat_id)
            .order_by(DeliveryRow.local_date)
        )
        return list(connection.execute(query))  # type: ignore[arg-type]


# --- due times, DST included ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "at", "due"),
    [
        ("2026-03-29", "02:30", "2026-03-29T01:00:00"),  # in the gap: the first valid, 03:00
        ("2026-03-29", "07:30", "2026-03-29T05:30:00"),  # summer time already
        ("2026-03-28", "02:30", "2026-03-28T01:30:00"),
        ("2026-10-25", "02:30", "2026-10-25T00:30:00"),  # twice that night: the first
        ("2026-10-25", "07:30", "2026-10-25T06:30:00"),  # winter time again
    ],
)
def test_due_instants_on_oslo_dst_days(day: str, at: str, due: str) -> None:
    assert due_instant(date.fromisoformat(day), DailyTime.parse(at), "Europe/Oslo") == utc(due)


ZONES = ["Europe/Oslo", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]


@settings(max_examples=200, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_a_due_instant_is_the_wall_time_or_the_first_valid_after(
    zone: str, day: date, hour: int, minute: int
) -> None:
    due = due_instant(day, DailyTime(hour, minute), zone)
    local = due.astimezone(ZoneInfo(zone))
    assert local.date() == day == local_date(due, zone)
    wanted = datetime(day.year, day.month, day.day, hour, minute)
    shown = local.replace(tzinfo=None)
    if shown != wanted:
        # Only in a spring-forward gap, and then at its end: a minute earlier is the old offset.
        assert shown > wanted
        before = (due - timedelta(minutes=1)).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        assert before < wanted
    else:
        # On a fall-back night the first of the two: an hour earlier is not the same wall time.
        assert due.astimezone(ZoneInfo(zone)).fold == 0


# --- planning ---------------------------------------------------------------------------------


def test_planning_twice_plans_once(world: World) -> None:
    for number in range(5):
        subscribe(world, str(100 + number), "07:30")
    at = oslo("2026-11-25 07:31")
    first = plan_due(world.ledger(), at, grace=GRACE)
    again = plan_due(world.ledger(), at, grace=GRACE)
    assert (first.planned, again.planned) == (5, 0)

    # And from many planners at once (threads here; processes below).
    subscribe(world, "200", "07:30")
    reports = []

    def plan() -> None:
        reports.append(plan_due(world.ledger(), at + timedelta(minutes=1), grace=GRACE))

    threads = [threading.Thread(target=plan) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.planned for r in reports) == 1
    assert len(world.deliveries()) == 6


def test_nothing_is_planned_before_its_time(world: World) -> None:
    subscribe(world, "1", "07:30")
    assert plan_due(world.ledger(), oslo("2026-11-25 07:29"), grace=GRACE).planned == 0
    assert plan_due(world.ledger(), oslo("2026-11-25 07:30"), grace=GRACE).planned == 1


# --- content ----------------------------------------------------------------------------------


async def test_a_topic_subscription_gets_only_its_news(world: World) -> None:
    subscribe(world, "-1001", "07:30 atom", thread="9", kind="group", admin=True)
    subscribe(world, "2", "07:30 øvelse")
    subscribe(world, "3", "07:30")
    report = await world.deliver_at(oslo("2026-11-25 07:30"))
    assert report["sent"] == 3

    (nuclear,) = world.adapter.to("-1001")
    assert nuclear.thread_id == "9"
    assert nuclear.titles == [ATOM_TITLE]
    (exercise,) = world.adapter.to("2")
    assert exercise.titles == [EXERCISE_TITLE]
    (everything,) = world.adapter.to("3")
    assert sorted(everything.titles) == sorted([ATOM_TITLE, EXERCISE_TITLE, SNOW_TITLE])


async def test_a_topic_keeps_only_its_sections(world: World) -> None:
    world.add_article("ovelse", suffix="Øvelsen avsluttes med en atomøvelse på Andøya neste uke.")
    subscribe(world, "4", "07:30 atom")
    await world.deliver_at(oslo("2026-11-25 07:30"))
    (digest,) = world.adapter.to("4")
    reply: Any = digest.reply
    by_title = {item.article.title: item for item in reply.items}
    assert set(by_title) == {ATOM_TITLE, EXERCISE_TITLE}
    mixed = by_title[EXERCISE_TITLE]
    assert 0 < len(mixed.sections) < 3  # the exercise article, but only where the atom is


async def test_a_broken_row_does_not_stop_the_others(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import update

    subscribe(world, "40", "07:30")
    subscribe(world, "41", "07:30")
    with world.engine.begin() as connection:
        connection.execute(
            update(SubscriptionRow)
            .where(SubscriptionRow.chat_id == "41")
            .values(timezone="Mars/Olympus_Mons")
        )
    with caplog.at_level(logging.ERROR, logger="bot.delivery.planner"):
        report = await world.deliver_at(oslo("2026-11-25 07:30"))
    assert report["sent"] == 1 and len(world.adapter.to("40")) == 1
    assert "bad time or zone" in caplog.text


async def test_nothing_new_posts_nothing_and_news_come_next_day(world: World) -> None:
    subscribe(world, "5", "07:30")
    await world.deliver_at(oslo("2026-11-25 07:30"))
    report = await world.deliver_at(oslo("2026-11-26 07:30"))
    assert report["skipped"] == 1 and len(world.adapter.to("5")) == 1
    assert "skipped (nothing new" in world.say("/subscriptions", in_chat("5"))

    world.clock.set(oslo("2026-11-26 12:00"))
    world.add_article("atom", suffix="Nytt møte om atomtrusselen i morgen.")
    await world.deliver_at(oslo("2026-11-27 07:30"))
    latest = world.adapter.to("5")[-1]
    assert latest.titles == [ATOM_TITLE]  # only the article that arrived since
    assert [r.status for r in rows_of(world, "5")] == ["sent", "skipped", "sent"]


async def test_digests_go_out_while_the_rest_are_still_being_planned(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Planning commits its rows a few at a time and the run claims the first of them at
    # once: every chat still gets its digest once, and the report counts them all.
    monkeypatch.setattr("bot.delivery.ledger.PLAN_COMMIT", 2)
    chats = [str(n) for n in range(30, 37)]
    for chat in chats:
        subscribe(world, chat, "07:30")
    report = await world.deliver_at(oslo("2026-11-25 07:30"))
    assert (report.planned, report["sent"], report.unfinished) == (7, 7, 0)
    assert sorted(world.adapter.calls) == sorted(chats)
    assert (await world.deliver_at(oslo("2026-11-25 07:31")))["sent"] == 0


async def test_the_digest_is_capped_newest_first(world: World) -> None:
    subscribe(world, "6", "07:30")
    await world.deliver_at(oslo("2026-11-25 07:30"), max_articles=2)
    (digest,) = world.adapter.to("6")
    assert digest.titles == [SNOW_TITLE, EXERCISE_TITLE]


async def test_a_subscription_after_todays_time_starts_tomorrow(world: World) -> None:
    world.clock.set(oslo("2026-11-25 09:00"))
    subscribe(world, "7", "08:00")
    assert (await world.deliver_at(oslo("2026-11-25 09:01")))["sent"] == 0
    await world.deliver_at(oslo("2026-11-26 08:00"))
    assert len(world.adapter.to("7")) == 1


async def test_unsubscribe_and_subscribe_again_the_same_day_sends_once(world: World) -> None:
    subscribe(world, "8", "07:30")
    await world.deliver_at(oslo("2026-11-25 07:30"))
    world.say("/unsubscribe", in_chat("8"))
    world.add_article("snow", suffix="Mer snø i kveld.")
    subscribe(world, "8", "18:00")
    await world.deliver_at(oslo("2026-11-25 18:00"))
    assert len(world.adapter.to("8")) == 1
    await world.deliver_at(oslo("2026-11-26 18:00"))
    assert len(world.adapter.to("8")) == 2


# --- DST days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "times"),
    [
        # Spring forward: 02:30 does not exist; it comes at 03:00 (01:00 UTC).
        ("2026-03-28T23:00:00", {"02:30": "2026-03-29T01:00:00", "07:30": "2026-03-29T05:30:00"}),
        # Fall back: 02:30 happens twice; once, at the first (00:30 UTC).
        ("2026-10-24T22:00:00", {"02:30": "2026-10-25T00:30:00", "07:30": "2026-10-25T06:30:00"}),
    ],
)
async def test_oslo_dst_days_deliver_once_at_the_intended_time(
    db_engine: Engine, start: str, times: dict[str, str]
) -> None:
    world = make_world(db_engine, utc(start))
    world.add_article("atom")
    for at in times:
        subscribe(world, at.replace(":", ""), at)
    delivery = world.delivery()
    moment = utc(start)
    while moment <= utc(start) + timedelta(hours=25):  # a tick every 10 minutes, all day
        world.clock.set(moment)
        await delivery.run(moment)
        moment += timedelta(minutes=10)
    for at, due in times.items():
        chat = at.replace(":", "")
        assert len(world.adapter.to(chat)) == 1, at
        (row,) = rows_of(world, chat)
        assert (row.status, row.due_at, row.sent_at) == ("sent", utc(due), utc(due))


# --- misfires ---------------------------------------------------------------------------------


async def test_a_digest_late_within_the_grace_is_delivered(world: World) -> None:
    subscribe(world, "9", "07:30")
    report = await world.deliver_at(oslo("2026-11-25 13:29"))  # down from 07:00 to 13:29
    assert report["sent"] == 1
    (row,) = rows_of(world, "9")
    assert row.due_at == oslo("2026-11-25 07:30")


async def test_a_digest_later_than_the_grace_is_skipped_and_logged(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    subscribe(world, "10", "07:30")
    with caplog.at_level(logging.WARNING, logger="bot.delivery.planner"):
        report = await world.deliver_at(oslo("2026-11-25 13:31"))
    assert (report.late, report["sent"]) == (1, 0)
    assert (
        "1 digest(s) for 2026-11-25 skipped, missed: 6.0 h late, more than the grace" in caplog.text
    )
    (row,) = rows_of(world, "10")
    assert row.status == "skipped"
    assert (await world.deliver_at(oslo("2026-11-25 20:00")))["sent"] == 0
    await world.deliver_at(oslo("2026-11-26 07:30"))
    assert len(world.adapter.to("10")) == 1


# --- the ledger's claims -------------------------------------------------------------------------


def test_a_claim_taken_over_after_its_lease_cannot_be_marked(world: World) -> None:
    from bot.delivery.model import Mark

    subscribe(world, "30", "07:30")
    at = oslo("2026-11-25 07:30")
    plan_due(world.ledger(), at, grace=GRACE)
    first = DeliveryLedger(world.engine, worker="a", lease=timedelta(seconds=30))
    second = DeliveryLedger(world.engine, worker="b", lease=timedelta(seconds=30))
    (mine,) = first.claim(due_by=at, now=at, limit=10, platforms={"telegram"})
    assert second.claim(due_by=at, now=at, limit=10, platforms={"telegram"}) == []
    later = at + timedelta(seconds=31)  # worker a is presumed dead
    (theirs,) = second.claim(due_by=at, now=later, limit=10, platforms={"telegram"})
    assert theirs.attempts == mine.attempts + 1
    assert first.record([Mark(mine, "sent", message_id="m1")], now=later) == [False]
    assert second.record([Mark(theirs, "sent", message_id="m2")], now=later) == [True]
    (row,) = rows_of(world, "30")
    assert (row.status, row.message_id, row.claimed_by) == ("sent", "m2", "b")


# --- chats that are gone, moved, or failing ---------------------------------------------------


async def test_a_blocked_chat_stops_its_subscription(world: World) -> None:
    subscribe(world, "11", "07:30")
    world.adapter.dead["11"] = "Forbidden: bot was blocked by the user"
    report = await world.deliver_at(oslo("2026-11-25 07:30"))
    assert report["dead"] == 1
    subscription = world.repository.find(world.service_chat(in_chat("11")))
    assert subscription is not None and not subscription.active
    assert subscription.dead_reason == "Forbidden: bot was blocked by the user"
    world.add_article("snow", suffix="Enda mer snø.")
    await world.deliver_at(oslo("2026-11-26 07:30"))
    assert world.adapter.calls == ["11"]  # never tried again
    assert "blocked by the user" in world.say("/subscriptions", in_chat("11"))


async def test_a_group_that_became_a_supergroup_is_followed(world: World) -> None:
    subscribe(world, "-400", "07:30", kind="group", admin=True)
    world.adapter.moved["-400"] = "-100400"
    await world.deliver_at(oslo("2026-11-25 07:30"))
    assert len(world.adapter.to("-100400")) == 1
    assert world.repository.find(world.service_chat(in_chat("-100400"))) is not None
    world.add_article("snow", suffix="Snøen smelter.")
    await world.deliver_at(oslo("2026-11-26 07:30"))
    assert len(world.adapter.to("-100400")) == 2


async def test_transient_failures_are_retried_until_the_grace_runs_out(world: World) -> None:
    flaky = DeliveryResult.failed("Telegram answered 502 (server error)", retryable=True)
    world.adapter.failures = {
        "12": [flaky, flaky],  # third time lucky
        "13": [flaky] * 10,  # a long outage: outlasted, not "failed for good after four tries"
        "14": [DeliveryResult.failed("Bad Request: message is too long", retryable=False)],
    }
    for chat in ("12", "13", "14"):
        subscribe(world, chat, "07:30")
    world.clock.ticking = True  # the back-offs are waited out in real time
    report = await world.deliver_at(oslo("2026-11-25 07:30"))
    assert (report["sent"], report["failed"], report["retry"]) == (2, 1, 12)
    ((sent,), (outlasted,), (refused,)) = (rows_of(world, c) for c in ("12", "13", "14"))
    assert (sent.status, sent.attempts) == ("sent", 3)
    assert (outlasted.status, outlasted.attempts) == ("sent", 11)
    assert (refused.status, refused.attempts) == ("failed", 1)
    assert not report.complete and "NOT all delivered" in report.summary()


async def test_a_failure_that_outlives_the_grace_is_recorded_failed(world: World) -> None:
    world.adapter.failures = {
        "15": [DeliveryResult.failed("Telegram answered 503", retryable=True)]
    }
    world.adapter.failures["15"] *= 10_000
    subscribe(world, "15", "07:30")
    world.clock.ticking = True
    report = await world.deliver_at(oslo("2026-11-25 07:30"), grace=timedelta(seconds=2))
    (row,) = rows_of(world, "15")
    assert row.status == "failed" and row.attempts > 4
    assert row.reason == "Telegram answered 503; still failing when the grace of 2 s ran out"
    assert report["failed"] == 1 and not report.complete


async def test_one_slow_chat_does_not_hold_up_the_others(world: World) -> None:
    world.adapter.delays["slow"] = 8.0  # long enough that 30 others finish on a busy machine
    subscribe(world, "slow", "07:30")
    for number in range(30):
        subscribe(world, f"fast{number}", "07:30")
    started = time.monotonic()
    await world.deliver_at(oslo("2026-11-25 07:30"), concurrency=8)
    fast = [s.at - started for s in world.adapter.sent if s.chat_id.startswith("fast")]
    (slow,) = world.adapter.to("slow")
    assert len(fast) == 30 and max(fast) < slow.at - started  # all done while it hung


# --- the scheduler inside serve ----------------------------------------------------------------


async def test_the_scheduler_sweeps_at_start_and_stops_cleanly(world: World) -> None:
    from bot.delivery.scheduler import DigestScheduler

    subscribe(world, "20", "07:30")
    subscribe(world, "21", "02:00")
    world.clock.set(oslo("2026-11-25 10:00"))  # down from 06:00 to 10:00
    world.clock.ticking = True
    scheduler = DigestScheduler(world.delivery(), grace=GRACE, clock=world.clock)
    await scheduler.start()
    try:
        deadline = time.monotonic() + 5
        while not world.adapter.to("20") and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
    finally:
        await scheduler.stop()
    assert len(world.adapter.to("20")) == 1  # 2.5 h late: delivered at start
    assert world.adapter.to("21") == []  # 8 h late: skipped
    assert [r.status for r in rows_of(world, "21")] == ["skipped"]


async def test_the_scheduler_is_built_for_the_bot(world: World) -> None:
    from bot.bootstrap import Application, build_scheduler
    from bot.settings import Settings

    app = Application(Settings(), world.store, world.library, world.service, world.chat)
    scheduler = build_scheduler(app, [world.adapter])
    ledger = scheduler.delivery.ledger
    assert isinstance(ledger, DeliveryLedger) and ledger.engine is world.engine
    assert scheduler.poll_feeds is not None
    await scheduler.poll()  # no feeds: nothing to fetch
    report = await scheduler.tick()
    assert report is not None and report["failed"] == 0


# --- several processes, and a crash ------------------------------------------------------------


def worker(db_url: str, due_at: datetime, record: Path, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", WORKER, db_url, due_at.isoformat(), str(record), *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def chats_in(record: Path) -> Counter[str]:
    return Counter(record.read_text().split()) if record.exists() else Counter()


def test_two_processes_at_once_deliver_each_digest_once(
    world: World, db_url: str, tmp_path: Path
) -> None:
    chats = [f"{900 + n}" for n in range(60)]
    for chat in chats:
        subscribe(world, chat, "07:30")
    record = tmp_path / "sent.txt"
    go = tmp_path / "go"
    due = oslo("2026-11-25 07:30")
    options = ("--delay", "0.02", "--concurrency", "8", "--start-when", str(go))
    workers = [worker(db_url, due, record, *options) for _ in "ab"]
    deadline = time.monotonic() + 30
    while len(list(tmp_path.glob("go.ready.*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)  # both are up, waiting at the line
    go.touch()
    outputs = [w.communicate(timeout=60) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    assert chats_in(record) == Counter(chats)
    assert {r.status for r in world.deliveries()} == {"sent"}
    sent = [int(out.split("sent ")[1].split(",")[0]) for out, _ in outputs]
    assert sum(sent) == 60 and min(sent) > 0, sent  # both took part, neither repeated


def test_a_worker_killed_mid_fan_out_loses_nothing(
    world: World, db_url: str, tmp_path: Path
) -> None:
    chats = [f"{700 + n}" for n in range(40)]
    for chat in chats:
        subscribe(world, chat, "07:30")
    record = tmp_path / "sent.txt"
    due = oslo("2026-11-25 07:30")
    options = ("--concurrency", "4", "--lease", "1.0")
    victim = worker(db_url, due, record, "--delay", "0.05", *options)
    deadline = time.monotonic() + 30
    while sum(chats_in(record).values()) < 12 and time.monotonic() < deadline:
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    before = chats_in(record)
    assert 12 <= sum(before.values()) < len(chats)
    held = [r for r in world.deliveries() if r.status in ("claimed", "sending")]
    assert len(held) <= 4  # only the sends in flight

    # At once: the survivor waits for the dead worker's leases to run out, then takes over.
    survivor = worker(db_url, due, record, *options)
    out, err = survivor.communicate(timeout=60)
    after = chats_in(record)
    statuses = {r.subscription_id: r.status for r in world.deliveries()}
    maybe = [sid for sid, status in statuses.items() if status == "uncertain"]
    assert max(after.values()) == 1  # none repeated: in-flight sends became "maybe sent"
    assert set(after) == set(chats)  # nothing lost: every chat got its digest
    assert set(statuses.values()) <= {"sent", "uncertain"}
    assert len(maybe) <= 4
    assert survivor.returncode == (1 if maybe else 0), (out, err)
    if maybe:
        assert f"maybe sent {len(maybe)}" in out


def test_sigterm_hands_back_the_claims_and_a_rerun_finishes_at_once(
    world: World, db_url: str, tmp_path: Path
) -> None:
    chats = [f"{600 + n}" for n in range(30)]
    for chat in chats:
        subscribe(world, chat, "07:30")
    record = tmp_path / "sent.txt"
    due = oslo("2026-11-25 07:30")
    options = ("--concurrency", "4", "--lease", "60")
    first = worker(db_url, due, record, "--delay", "0.05", *options)
    deadline = time.monotonic() + 30
    while sum(chats_in(record).values()) < 8 and time.monotonic() < deadline:
        time.sleep(0.01)
    first.send_signal(signal.SIGTERM)
    out, _ = first.communicate(timeout=30)
    assert first.returncode == 1 and "NOT all delivered" in out  # it did not finish: it says so
    assert not [r for r in world.deliveries() if r.status in ("claimed", "sending")]
    started = time.monotonic()
    rerun = worker(db_url, due, record, *options)
    out, _ = rerun.communicate(timeout=30)
    assert rerun.returncode == 0, out
    assert time.monotonic() - started < 30  # no 60 s lease to wait out
    assert chats_in(record) == Counter(chats)
    assert {r.status for r in world.deliveries()} == {"sent"}


def test_the_deliver_command_twice_and_at_once(world: World, db_url: str, tmp_path: Path) -> None:
    for number in range(6):
        subscribe(world, f"c{number}", "07:30 atom", platform="console")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    env.update(DATABASE_URL=db_url, PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    command = [sys.executable, "-m", "bot", "deliver", "--due-at", "2026-11-25T07:30:00+01:00"]
    runs = [
        subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    printed = "".join(r.communicate(timeout=60)[0] for r in runs)
    assert [r.returncode for r in runs] == [0, 0]
    assert printed.count(ATOM_TITLE) == 6
    assert EXERCISE_TITLE not in printed

    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert again.returncode == 0 and ATOM_TITLE not in again.stdout
    assert "sent 0" in again.stderr

    bad = subprocess.run(
        [*command[:-1], "tomorrow"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


# --- through the real adapters to the fake platforms -------------------------------------------


# PTB's RetryAfter warns about its int-or-timedelta attribute when it is built.
quiet_ptb = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@quiet_ptb
async def test_telegram_429_5xx_blocked_and_moved_chats(db_engine: Engine) -> None:
    from bot.platforms.telegram.flood import FloodControl
    from bot.platforms.telegram.listener import TelegramListener
    from bot.settings import Settings
    from tests.fakes.telegram_server import FakeTelegram

    world = make_world(db_engine, oslo("2026-11-25 06:00"))
    world.add_article("atom")
    async with FakeTelegram(retry_after=0.3) as fake:
        for chat in (901, 902, 904):
            fake.private_chat(chat)
        fake.block(902)
        fake.group(-903, supergroup=False, admins=(42,))
        fake.migrate(-903, -1000903)
        fake.group(-1000905, forum=True, admins=(42,))
        for chat in ("901", "902", "904"):
            subscribe(world, chat, "07:30 atom")
        subscribe(world, "-903", "07:30", kind="group", admin=True)
        subscribe(world, "-1000905", "07:30", thread="12", kind="group", admin=True)
        retry_after = {"retry_after": 0.3}
        fake.fail_next(
            "sendMessage", 429, "Too Many Requests: retry after 1", parameters=retry_after
        )
        fake.fail_next("sendMessage", 502, "Bad Gateway")
        settings = Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url)
        flood = FloodControl(backoff=0.02, chat_per_second=50.0, chat_burst=50)
        adapter = TelegramListener(settings, world.chat, None, flood=flood, poll_timeout=1.0)
        await adapter.start()
        try:
            report = await world.deliver_at(
                oslo("2026-11-25 07:30"), adapters={"telegram": adapter}
            )
        finally:
            await adapter.stop()
        sent = Counter((m.chat_id, m.thread_id) for m in fake.sent)
        statuses = Counter(c.status for c in fake.calls_of("sendMessage"))

    assert sent == {(901, None): 1, (904, None): 1, (-1000903, None): 1, (-1000905, 12): 1}
    assert statuses[429] == 1 and statuses[502] == 1  # waited out and repeated, not lost
    assert (report["sent"], report["dead"]) == (4, 1)
    moved = world.repository.find(world.service_chat(in_chat("-1000903")))
    assert moved is not None and moved.active
    blocked = world.repository.find(world.service_chat(in_chat("902")))
    assert blocked is not None and not blocked.active
    assert blocked.dead_reason == "Forbidden: bot was blocked by the user"


async def test_slack_429_5xx_and_a_dead_channel(db_engine: Engine) -> None:
    from bot.platforms.slack.listener import SlackListener
    from bot.settings import Settings
    from bot.web import WebServer
    from tests.fakes.slack_server import FakeSlack

    world = make_world(db_engine, oslo("2026-11-25 06:00"))
    world.add_article("atom")
    world.add_article("ovelse")
    fake = FakeSlack(retry_after="0")
    await fake.start()
    try:
        fake.dead_channels["C3"] = "channel_not_found"
        subscribe(world, "C1", "07:30 atom", platform="slack", kind="group", admin=True)
        subscribe(
            world, "C2", "07:30", thread="1700.01", platform="slack", kind="group", admin=True
        )
        subscribe(world, "C3", "07:30", platform="slack", kind="group", admin=True)
        fake.storm(1)
        fake.fail_next(1)
        settings = Settings(
            slack_bot_token=fake.token, slack_api_url=fake.api_url, slack_signing_secret="s3cret"
        )
        adapter = SlackListener(settings, world.chat, WebServer(port=0), backoff=0.01)
        report = await world.deliver_at(oslo("2026-11-25 07:30"), adapters={"slack": adapter})
    finally:
        await fake.stop()

    (atom,) = fake.in_channel("C1")
    assert ATOM_TITLE in atom.text and EXERCISE_TITLE not in atom.text
    (everything,) = fake.in_channel("C2")
    assert everything.thread_ts == "1700.01"
    assert fake.in_channel("C3") == []
    assert fake.status_count(429) == 1 and fake.status_count(503) == 1
    assert (report["sent"], report["dead"]) == (2, 1)


@quiet_ptb
async def test_the_deliver_command_sends_to_telegram_without_polling(db_url: str) -> None:
    from bot.entrypoints.deliver import _deliver
    from bot.settings import Settings
    from bot.store.db import make_engine, migrate
    from tests.fakes.telegram_server import FakeTelegram

    engine = make_engine(db_url)
    try:
        migrate(engine)
        world = make_world(engine, oslo("2026-11-25 06:00"))
        world.add_article("atom")
        subscribe(world, "951", "07:30 atom")
        async with FakeTelegram() as fake:
            fake.private_chat(951)
            settings = Settings(
                database_url=db_url,
                telegram_bot_token=fake.token,
                telegram_api_base_url=fake.base_url,
            )
            report = await _deliver(settings, oslo("2026-11-25 07:30"))
            methods = {call.method for call in fake.calls}
            (message,) = fake.sent
    finally:
        engine.dispose()
    assert report["sent"] == 1 and message.chat_id == 951
    assert ATOM_TITLE in message.text
    # Send-only: no getUpdates, no webhook changes that would disturb a running `serve`.
    assert methods <= {"getMe", "sendMessage"}, methods
