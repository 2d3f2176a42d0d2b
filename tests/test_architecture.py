"""The layout holds: no import cycles in bot/, the core knows no platform, files stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "bot"
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # Alembic loads these by path, not by import
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The bot modules a module imports at run time, in functions too (not for type checks)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from bot.x import y` imports the module bot.x.y when there is one.
            names = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
            ]
        else:
            names = []
        found.update(n for n in names if n in known and n != module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return result


def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_check_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_core_imports_only_the_core() -> None:
    graph = _graph()
    for module, targets in graph.items():
        if module.startswith("bot.core"):
            outside = sorted(t for t in targets if not t.startswith("bot.core"))
            assert outside == [], f"{module} imports {outside}"


def test_the_core_and_chat_import_no_platform_library() -> None:
    code = (
        "import sys, bot.core.digest, bot.core.topics, bot.chat.service;"
        "import bot.platforms.console.renderer;"
        "bad = [m for m in ('telegram', 'slack_bolt', 'slack_sdk', 'apscheduler', 'sqlalchemy')"
        " if m in sys.modules]; print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_file_in_bot_is_longer_than_about_a_screenful_or_eight() -> None:
    long = {
        str(path.relative_to(PACKAGE.parent)): n
        for path in _modules().values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _names_assigned_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        targets = [node.target] if isinstance(node, ast.AnnAssign) else targets
        for name in (t.id for t in targets if isinstance(t, ast.Name)):
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_no_module_gives_one_name_two_values() -> None:
    # A pattern or limit defined again further down replaces the first for every function
    # that reads it, silently: twice a new rule took an old one's name and broke it.
    twice = {
        name: found
        for name, path in _modules().items()
        if (found := _names_assigned_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
    assert _names_assigned_twice("A = 1\nB = 2\nA = 3\n") == ["A"]


# Delivery's scheduling core: times, planning decisions, the engine and its report, the
# ports and the in-memory ledger. Storage (SQL) is reached only through the ports.
PURE_DELIVERY = (
    "bot.delivery.times",
    "bot.delivery.model",
    "bot.delivery.ports",
    "bot.delivery.planner",
    "bot.delivery.report",
    "bot.delivery.group_commit",
    "bot.delivery.content",
    "bot.delivery.engine",
    "bot.delivery.memory",
    "bot.delivery.memory_subscriptions",
)


def test_the_delivery_core_imports_no_database_library() -> None:
    code = (
        f"import sys, importlib; [importlib.import_module(m) for m in {PURE_DELIVERY!r}];"
        "bad = [m for m in ('sqlalchemy', 'alembic', 'psycopg') if m in sys.modules];"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
