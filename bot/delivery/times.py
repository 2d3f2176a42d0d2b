"""Daily times, time zones and the instants a daily digest falls due (DST included)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.i18n import ENGLISH_WORDS, N_, Said, Words

DEFAULT_TIME = "08:00"
_TIME = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?$")
# Looks like a time, even a wrong one ("25:00", "7:5"): an error, never a topic.
TIME_LIKE = re.compile(r"^\d{1,2}(?:[:.]\d{1,2})?$")
# Zones in the database that no chat means: aliases of the system's own settings.
_NOT_PLACES = {"Factory", "localtime", "posixrules", "posix/Factory"}


class TimeError(Said):
    """A time or time zone a user typed that cannot be used; the message says why."""


@dataclass(frozen=True, order=True)
class DailyTime:
    """A wall-clock time of day, minutes precise (`07:30`)."""

    hour: int
    minute: int

    @classmethod
    def parse(cls, text: str) -> DailyTime:
        """Read `07:30`, `7:30`, `07.30` or `7` (whole hour); refuse anything else."""
        match = _TIME.match(text.strip())
        if match is None:
            raise TimeError(
                N_("«%(text)s» is not a time; write it as HH:MM, e.g. 07:30."), text=text[:20]
            )
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour > 23 or minute > 59:
            raise TimeError(
                N_("«%(text)s» is not a time of day; use 00:00 to 23:59."), text=text[:20]
            )
        return cls(hour, minute)

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    def as_time(self) -> time:
        return time(self.hour, self.minute)


@cache
def zone(name: str) -> ZoneInfo:
    """Return the zone of an IANA name already known to be valid."""
    return ZoneInfo(name)


@cache
def _zone_names() -> dict[str, str]:
    """Map every place zone's lower-cased name to its proper spelling."""
    names = {n for n in available_timezones() if n not in _NOT_PLACES}
    return {n.lower(): n for n in names}


def resolve_zone(text: str) -> str:
    """Return the IANA name a user meant (`europe/oslo`, `Oslo`, `New York`), or raise.

    A wrong name's error suggests the closest valid names.
    """
    typed = "_".join(text.strip().split())
    if not typed:
        raise TimeError(N_("Name a time zone as AREA/CITY, e.g. /timezone Europe/Oslo"))
    names = _zone_names()
    exact = names.get(typed.lower())
    if exact is not None:
        return exact
    # A city alone ("Oslo", "new york") is enough when one zone ends with it.
    cities = [n for low, n in names.items() if low.rsplit("/", 1)[-1] == typed.lower()]
    if len(cities) == 1:
        return cities[0]
    raise _unknown_zone(typed, cities)


def _unknown_zone(typed: str, candidates: list[str]) -> TimeError:
    names = _zone_names()
    lowered = difflib.get_close_matches(typed.lower(), list(names), n=3, cutoff=0.6)
    suggestions = sorted(candidates)[:3] or [names[low] for low in lowered]
    if not suggestions:
        city = typed.lower().rsplit("/", 1)[-1]
        by_city = {low.rsplit("/", 1)[-1]: n for low, n in names.items()}
        suggestions = [by_city[c] for c in difflib.get_close_matches(city, list(by_city), n=3)]
    if suggestions:
        return TimeError(
            N_(
                "I don't know the time zone «%(zone)s». Did you mean %(suggestions)s? "
                "Write it as AREA/CITY, e.g. Europe/Oslo."
            ),
            zone=typed[:40],
            suggestions=", ".join(suggestions),
        )
    return TimeError(
        N_("I don't know the time zone «%(zone)s». Write it as AREA/CITY, e.g. Europe/Oslo."),
        zone=typed[:40],
    )


def is_valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _exists(wall: datetime) -> bool:
    """Tell whether a local wall-clock time happens at all (not in a spring-forward gap)."""
    round_trip = wall.astimezone(UTC).astimezone(wall.tzinfo)
    return round_trip.replace(tzinfo=None) == wall.replace(tzinfo=None)


def due_instant(day: date, at: DailyTime, zone_name: str) -> datetime:
    """Return the UTC instant of `at` on `day` in a zone.

    In a spring-forward gap (02:30 on Europe/Oslo's 2026-03-29) it is the first valid time
    after (03:00); on a fall-back day it is the first of the two (fold=0), so a digest is
    due once.
    """
    tz = zone(zone_name)
    wall = datetime.combine(day, at.as_time(), tzinfo=tz)  # fold=0: the first occurrence
    if not _exists(wall):
        # Gaps are whole minutes long (an hour, half an hour, or a skipped day).
        step = timedelta(minutes=1)
        while not _exists(wall):
            wall = (wall.replace(tzinfo=None) + step).replace(tzinfo=tz)
    return wall.astimezone(UTC)


def local_date(instant: datetime, zone_name: str) -> date:
    """Return the calendar date in a zone at an instant."""
    return instant.astimezone(zone(zone_name)).date()


def occurrences(
    at: DailyTime, zone_name: str, start: datetime, end: datetime
) -> list[tuple[date, datetime]]:
    """Return the (local date, due instant) of every daily time due in `[start, end]`."""
    first = local_date(start, zone_name) - timedelta(days=1)
    last = local_date(end, zone_name)
    found: list[tuple[date, datetime]] = []
    day = first
    while day <= last:
        due = due_instant(day, at, zone_name)
        if start <= due <= end:
            found.append((day, due))
        day += timedelta(days=1)
    return found


def next_occurrence(
    at: DailyTime, zone_name: str, after: datetime, *, taken: frozenset[date] = frozenset()
) -> tuple[date, datetime]:
    """Return the first (local date, due instant) after `after` whose date is not `taken`."""
    day = local_date(after, zone_name) - timedelta(days=1)
    while True:
        due = due_instant(day, at, zone_name)
        if due > after and day not in taken:
            return day, due
        day += timedelta(days=1)


def describe_when(
    due: datetime, zone_name: str, now: datetime, words: Words = ENGLISH_WORDS
) -> str:
    """Say a future instant as a person would: `today at 07:30`, `tomorrow at 07:30`, …"""
    _ = words.gettext
    local = due.astimezone(zone(zone_name))
    today = local_date(now, zone_name)
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return _("today at %(time)s") % {"time": clock}
    if local.date() == today + timedelta(days=1):
        return _("tomorrow at %(time)s") % {"time": clock}
    return _("%(day)s at %(time)s") % {"day": words.weekday_date(local.date()), "time": clock}
