"""Reading the console's lines: a prompt with line editing and history when a person types.

At a terminal, lines are read with `input()` over readline: arrow keys edit the line, Up
recalls earlier commands, and the history is kept in `~/.digestbot_history` (the last
1,000 lines). From a pipe or a file, lines are read as they are: no prompt, no history.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

PROMPT = "digestbot> "
HISTORY_FILE = ".digestbot_history"
HISTORY_LENGTH = 1000

log = logging.getLogger(__name__)


def history_path() -> Path:
    """Where the console's history lives: the user's home folder."""
    return Path.home() / HISTORY_FILE


def _readline() -> ModuleType | None:
    try:
        import readline
    except ImportError:  # Windows without pyreadline: a prompt without line editing
        return None
    return readline


class LineReader:
    """Read command lines from stdin: with a prompt and history when a person types there."""

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        *,
        history: Path | None = None,
    ) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        # `input()` edits lines only on the process's own terminal.
        self.interactive = (
            self.stdin is sys.stdin
            and self.stdout is sys.stdout
            and _isatty(self.stdin)
            and _isatty(self.stdout)
        )
        self.history = history if history is not None else history_path()
        self._readline: ModuleType | None = None
        self._terminal: list[Any] | None = None
        self._reading = threading.Event()
        self._lock = threading.Lock()

    def open(self) -> None:
        """Load the history and remember the terminal's mode (to restore it at the end)."""
        if not self.interactive:
            return
        with contextlib.suppress(Exception):
            import termios

            self._terminal = termios.tcgetattr(self.stdin.fileno())
        readline = self._readline = _readline()
        if readline is None:
            return
        readline.set_history_length(HISTORY_LENGTH)
        try:
            if self.history.is_file():
                readline.read_history_file(str(self.history))
            # Written back at once, so the file is bounded even when the process is killed.
            self.history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(str(self.history))
        except OSError as error:
            log.warning("console history %s: %s", self.history, error.strerror or error)

    def read(self) -> str | None:
        """Return the next line (without its line break), or None at the end of input."""
        if not self.interactive:
            raw = self.stdin.readline()
            return raw.rstrip("\r\n") if raw else None
        line: str | None
        self._reading.set()
        try:
            line = input(PROMPT)
        except EOFError:
            line = None
        finally:
            self._reading.clear()
        if line is None:
            self.write("")  # Ctrl-D: the shell's prompt starts on a line of its own
            return None
        if line.strip() and self._readline is not None:
            with contextlib.suppress(OSError):
                self._readline.append_history_file(1, str(self.history))
        return line

    def write(self, text: str) -> None:
        """Print a line, whole; at a waiting prompt, above it (the prompt is drawn again)."""
        with self._lock:
            if self.interactive and self._reading.is_set():
                typed = self._readline.get_line_buffer() if self._readline is not None else ""
                self.stdout.write(f"\r\x1b[K{text}\n{PROMPT}{typed}")
            else:
                self.stdout.write(text + "\n")
            self.stdout.flush()

    def close(self) -> None:
        """Give the terminal back as it was, even when a read is still waiting."""
        if self._terminal is None:
            return
        with contextlib.suppress(Exception):
            import termios

            termios.tcsetattr(self.stdin.fileno(), termios.TCSADRAIN, self._terminal)
        if self._reading.is_set():
            with self._lock:
                self.stdout.write("\n")
                self.stdout.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # a closed or detached stream
        return False
