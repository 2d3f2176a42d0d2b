"""The README tells the truth: its example commands work on the shipped samples, and every
setting the bot reads is in its table."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DIGESTBOT = Path(sys.executable).parent / "digestbot"
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")


def readme_commands() -> list[str]:
    """The `.venv/bin/digestbot` lines of the README's `sh` blocks, comments cut off."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            if ".venv/bin/digestbot" not in line:
                continue
            # A comment is ` # ...` outside quotes; the examples quote no `#`.
            commands.append(re.sub(r"\s+#\s.*$", "", line).strip())
    return commands


COMMANDS = readme_commands()


def test_the_readme_has_examples_to_try() -> None:
    assert len(COMMANDS) >= 6
    joined = "\n".join(COMMANDS)
    for wanted in ("digest examples/", "ask examples/", "topics examples/", "| "):
        assert wanted in joined


@pytest.mark.parametrize("command", COMMANDS, ids=range(len(COMMANDS)))
def test_each_readme_example_works_on_the_shipped_samples(command: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    env.update(
        HOME=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path}/bot.sqlite3",
        DIGESTBOT_CACHE_DIR=os.environ.get(
            "DIGESTBOT_CACHE_DIR", str(Path.home() / ".cache" / "digestbot")
        ),
    )
    env.pop("DIGESTBOT_ARTICLES", None)  # the default, `examples/`, as a newcomer has it
    env.pop("LOG_LEVEL", None)
    script = command.replace(".venv/bin/digestbot", str(DIGESTBOT))
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    assert result.stderr == ""
    assert result.stdout.strip()
    if "| " in command:  # the chat: every command answered, none misunderstood
        assert "I know no command or topic" not in result.stdout
        assert "Nothing on" not in result.stdout
        assert "Øvelsen har fått navnet «Steadfast Noon»" in result.stdout  # /search
        assert "Atomtrusselen fra Russland" in result.stdout  # /atom
    if " ask " in command:
        assert "øvelse" in result.stdout.lower()


def _names_read(path: Path) -> set[str]:
    """Environment variables a module reads: os.environ / os.getenv, and in settings.py
    the helpers `get("NAME")`, `number("NAME", ...)`, `positive("NAME", ...)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def literal(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value if ENV_NAME.match(node.value) else None
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = literal(node.args[0])
            function = ast.unparse(node.func)
            reads_environ = function in ("os.environ.get", "environ.get", "os.getenv", "getenv")
            if name and (reads_environ or path.name == "settings.py"):
                found.add(name)
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("os.environ", "environ"):
            name = literal(node.slice)
            if name:
                found.add(name)
    return found


def settings_read() -> set[str]:
    found: set[str] = set()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        found |= _names_read(path)
    return found


def test_every_setting_the_bot_reads_is_in_the_readme() -> None:
    names = settings_read()
    # The finder finds: the settings, the migrations' own look-up and the dictionary cache.
    assert {"DATABASE_URL", "LOG_LEVEL", "DIGESTBOT_ARTICLES", "DIGESTBOT_CACHE_DIR"} <= names
    section = README[README.index("## Settings") :]
    section = section[: section.index("\n## ")]
    undocumented = sorted(name for name in names if not re.search(rf"\b{name}\b", section))
    assert undocumented == [], f"read in bot/ but not in README.md's Settings: {undocumented}"
