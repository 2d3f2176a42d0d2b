"""What a delivery run did and will do: its report, its retry back-off, its worker's name.

Pure: no database, no platform; `bot.delivery.engine` fills it in.
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal[
    "sending", "sent", "skipped", "failed", "retry", "dead", "lost", "uncertain", "released"
]
# How long a stopping worker lets the sends under way finish before it gives up on them.
STOP_GRACE = 10.0


@dataclass(frozen=True)
class RetryPolicy:
    """After how long a transient failure is tried again: the delays in turn, then the last
    one over and over; the misfire grace (not a count) decides when to give up."""

    delays: tuple[float, ...] = (5.0, 30.0, 120.0, 300.0)

    def delay(self, attempts: int) -> float:
        """Return the wait before the next attempt after `attempts` attempts."""
        return self.delays[min(max(attempts, 1), len(self.delays)) - 1]


@dataclass
class DeliveryReport:
    """What one run did."""

    planned: int = 0
    late: int = 0  # skipped at planning: later than the grace
    outcomes: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)  # due on platforms not reachable here
    unfinished: int = 0  # due here and neither sent nor settled when the run ended
    unavailable: dict[str, str] = field(default_factory=dict)  # platform: why it cannot send
    interrupted: bool = False

    def count(self, outcome: Outcome) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def __getitem__(self, outcome: str) -> int:
        return self.outcomes.get(outcome, 0)

    @property
    def complete(self) -> bool:
        """Tell whether every due digest was delivered or skipped by rule.

        "Maybe sent" is not delivered: nobody knows whether the chat got it, so a cron job
        hears about it (once: later runs do not send it again, nor count it).
        """
        troubles = self["failed"] + self["lost"] + self["uncertain"] + self["released"]
        waiting = sum(self.waiting.values())
        return not (troubles or waiting or self.unfinished or self.unavailable)

    def summary(self) -> str:
        parts = [f"planned {self.planned}"]
        if self.late:
            parts.append(f"skipped as late {self.late}")
        parts += [f"{name} {self[name]}" for name in ("sent", "skipped", "failed", "dead")]
        if self["uncertain"]:
            parts.append(f"maybe sent {self['uncertain']} (not sent again)")
        for name in ("retry", "lost"):
            if self[name]:
                parts.append(f"{name} {self[name]}")
        if self["released"]:
            parts.append(f"handed back {self['released']}")
        if self.unfinished:
            parts.append(f"undelivered {self.unfinished}")
        for platform, count in sorted(self.waiting.items()):
            why = "" if platform in self.unavailable else " (not configured here)"
            parts.append(f"{count} waiting for {platform}{why}")
        for platform, why in sorted(self.unavailable.items()):
            parts.append(f"{platform} unavailable: {why}")
        if self.interrupted:
            parts.append("interrupted")
        verdict = "all due digests delivered" if self.complete else "NOT all delivered"
        return f"{verdict}: " + ", ".join(parts)


def worker_name() -> str:
    """Name this worker in the ledger's `claimed_by`: host and pid for an operator reading
    it, and a random tag, since the heartbeat renews by name (a pid can come back)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"
