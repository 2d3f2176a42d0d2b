"""The console as a person meets it: `chat` and `serve` in a real terminal (tmux), keys typed.

Each test starts `.venv/bin/digestbot` in a detached tmux session on a tmux server of its
own, types `/digest`, Enter, Up arrow, Enter and Ctrl-D, and reads the screen: a prompt,
the reply, the recalled command, no log line, and the process gone after Ctrl-D.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "atomovelse-nato.txt"
TITLE = "Nato øver på atomavskrekking mens atomtrusselen preger Europa"
PROMPT = "digestbot> "
TMUX = shutil.which("tmux") or "/usr/bin/tmux"
DIGESTBOT = Path(sys.executable).parent / "digestbot"
# A log line as `LOG_FORMAT=text` writes it, and the chatty libraries' names.
LOG_LINE = re.compile(r"\b(DEBUG|INFO|WARNING|ERROR|CRITICAL)\b|alembic|apscheduler", re.I)
WAIT = 90.0  # seconds: start-up reads the sample and a busy machine is slow


@dataclass
class Terminal:
    """A tmux server of this test's own; each session runs one command in one pane."""

    socket: Path
    config: Path
    session: str = "bot"

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            [TMUX, "-S", str(self.socket), "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout

    def start(self, command: list[str], env: dict[str, str], *, session: str = "bot") -> None:
        """Run `command` in a new session; a shell around it writes its exit status down."""
        self.session = session
        self.status_file.unlink(missing_ok=True)
        # The shell reaps the process itself: the tmux server sometimes leaves it a zombie
        # without a status, so `#{pane_dead_status}` cannot be relied on.
        script = f"{shlex.join(command)}; echo $? > {shlex.quote(str(self.status_file))}"
        line = shlex.join(["env", "-i", *(f"{k}={v}" for k, v in env.items()), "sh", "-c", script])
        self.tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "60", line)

    @property
    def status_file(self) -> Path:
        return self.socket.with_name(f"{self.session}.status")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def screen(self) -> str:
        """Everything the pane shows, scroll-back included, long lines joined (-J)."""
        return self.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", self.session)

    def wait_for(self, what: str, ready: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + WAIT
        screen = self.screen()
        while not ready(screen):
            if time.monotonic() > deadline:
                pytest.fail(f"waited {WAIT:.0f} s for {what}; the screen:\n{screen}")
            time.sleep(0.2)
            screen = self.screen()
        return screen

    def wait_until_ended(self) -> str:
        """Wait for the process to end; return its exit status."""
        deadline = time.monotonic() + WAIT
        while not (ended := self.status_file).exists() or not ended.read_text().strip():
            if time.monotonic() > deadline:
                pytest.fail(f"still running {WAIT:.0f} s after Ctrl-D:\n{self.screen()}")
            time.sleep(0.2)
        return ended.read_text().strip()


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    config = tmp_path / "tmux.conf"
    # The pane stays when its process ends, so that the last screen can be read.
    config.write_text("set-option -g remain-on-exit on\n", encoding="utf-8")
    term = Terminal(tmp_path / "tmux.sock", config)
    try:
        yield term
    finally:
        if term.socket.exists():
            subprocess.run(
                [TMUX, "-S", str(term.socket), "kill-server"], capture_output=True, timeout=30
            )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SAMPLE, articles / SAMPLE.name)
    home = tmp_path / "home"
    home.mkdir()
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TERM": "screen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3",
        "DIGESTBOT_ARTICLES": str(articles),
        "DIGESTBOT_CACHE_DIR": os.environ.get(
            "DIGESTBOT_CACHE_DIR", str(Path.home() / ".cache" / "digestbot")
        ),
        "PORT": "0",  # any free port: /healthz is not what this test is about
    }


def prompts(screen: str) -> int:
    return sum(line.startswith(PROMPT) for line in screen.splitlines())


def digest_recall_and_leave(terminal: Terminal) -> str:
    """Type /digest, Enter, Up, Enter, Ctrl-D; return the screen after the process ended."""
    terminal.wait_for("the prompt", lambda s: s.rstrip().endswith(PROMPT.rstrip()))
    terminal.type("/digest")
    terminal.keys("Enter")
    terminal.wait_for("the digest", lambda s: TITLE in s and prompts(s) >= 2)
    terminal.keys("Up")
    terminal.wait_for(
        "the recalled command",
        lambda s: s.rstrip().splitlines()[-1] == PROMPT + "/digest",
    )
    terminal.keys("Enter")
    terminal.wait_for("the second digest", lambda s: s.count(TITLE) >= 2 and prompts(s) >= 3)
    terminal.keys("C-d")
    status = terminal.wait_until_ended()
    assert status == "0"
    return terminal.screen()


def assert_a_person_sees_a_quiet_console(screen: str) -> None:
    lines = screen.splitlines()
    # The banner first, naming commands that work here; nothing logged before or after it.
    assert lines[0].startswith("Digestbot"), screen
    assert "/digest" in lines[0] and "/help" in screen.split(PROMPT)[0]
    assert [line for line in lines if LOG_LINE.search(line)] == [], screen
    assert "Traceback" not in screen
    # Both commands were answered: typed, then recalled with the Up arrow (not `^[[A`).
    typed = [line for line in lines if line.startswith(PROMPT + "/digest")]
    assert typed == [PROMPT + "/digest", PROMPT + "/digest"], screen
    assert "^[[A" not in screen
    assert screen.count(TITLE) == 2
    assert "• " in screen  # the digest's bullets


def test_chat_in_a_terminal_has_a_prompt_history_and_leaves_on_ctrl_d(
    terminal: Terminal, env: dict[str, str]
) -> None:
    terminal.start([str(DIGESTBOT), "chat"], env)
    screen = digest_recall_and_leave(terminal)
    assert_a_person_sees_a_quiet_console(screen)

    # The history outlives the session: the next chat recalls /digest with the Up arrow.
    history = Path(env["HOME"]) / ".digestbot_history"
    assert "/digest" in history.read_text(encoding="utf-8").splitlines()
    terminal.start([str(DIGESTBOT), "chat"], env, session="again")
    terminal.wait_for("the prompt", lambda s: s.rstrip().endswith(PROMPT.rstrip()))
    terminal.keys("Up")
    terminal.wait_for("the command of the last session", lambda s: PROMPT + "/digest" in s)
    terminal.keys("C-u", "C-d")
    assert terminal.wait_until_ended() == "0"


def test_serve_without_tokens_is_the_same_console_and_ctrl_d_stops_it(
    terminal: Terminal, env: dict[str, str]
) -> None:
    terminal.start([str(DIGESTBOT), "serve"], env)
    screen = digest_recall_and_leave(terminal)
    assert_a_person_sees_a_quiet_console(screen)
