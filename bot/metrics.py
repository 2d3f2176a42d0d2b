"""What `/metrics` shows (Prometheus text format), and the small calls that count it.

One registry per process, kept here: the counters are process-wide facts (as Prometheus
scrapes each process on its own), and counting must cost a caller one call, no wiring.
Label values are bounded: topic commands count as `topic`, words that name nothing as
`unknown`, so a chat cannot grow the series without end.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, exposition, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = exposition.CONTENT_TYPE_LATEST

COMMANDS = Counter(
    "digestbot_commands_answered",
    "Chat commands answered, by command and platform.",
    ["command", "platform"],
    registry=REGISTRY,
)
REPLY_SECONDS = Histogram(
    "digestbot_reply_seconds",
    "Time from a parsed command to its structured reply, by platform.",
    ["platform"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
DELIVERIES = Counter(
    "digestbot_deliveries",
    "Scheduled digest deliveries that ended, by state (sent, dead, failed, uncertain, ...).",
    ["state", "platform"],
    registry=REGISTRY,
)
PLATFORM_ERRORS = Counter(
    "digestbot_platform_errors",
    "Errors the platforms answered, by platform and kind (rate_limited is a 429).",
    ["platform", "kind"],
    registry=REGISTRY,
)
FEED_POLLS = Counter(
    "digestbot_feed_polls",
    "Feed polls, by result (ok, unchanged, failed).",
    ["result"],
    registry=REGISTRY,
)


def command_answered(command: str, platform: str, seconds: float) -> None:
    """Count one answered command and how long its reply took."""
    COMMANDS.labels(command=command, platform=platform).inc()
    REPLY_SECONDS.labels(platform=platform).observe(max(seconds, 0.0))


def delivery_ended(state: str, platform: str) -> None:
    """Count one delivery that reached `state`."""
    DELIVERIES.labels(state=state, platform=platform).inc()


def platform_error(platform: str, kind: str) -> None:
    """Count one error a platform answered; `kind` is `rate_limited` for a 429."""
    PLATFORM_ERRORS.labels(platform=platform, kind=kind).inc()


def feed_polled(result: str, count: int = 1) -> None:
    """Count `count` feed polls that ended with `result`."""
    if count > 0:
        FEED_POLLS.labels(result=result).inc(count)


def render() -> bytes:
    """The registry in Prometheus text format."""
    return generate_latest(REGISTRY)
