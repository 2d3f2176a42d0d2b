"""Instructions per digest, counted by callgrind: the speed figure to compare between versions.

Wall-clock times on a shared machine swing by a half between runs; an instruction count does
not. This runs the digest of every NorSumm dev article under `valgrind --tool=callgrind` twice:
once with one warm-up pass alone, once with the warm-up and PASSES more passes. The difference,
divided by the digests made in those passes, is what one warm digest costs (start-up, imports
and the warm-up cancel out).

Run: .venv/bin/python bench/instructions.py [PASSES]   (needs valgrind; PASSES defaults to 2)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _digest_passes(passes: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from quality import load, ours

    items = load()
    for _ in range(1 + passes):  # the first pass warms caches and lazy imports
        for item in items:
            ours(item)


def _instructions(passes: int, folder: str) -> int:
    out = os.path.join(folder, f"callgrind.{passes}")
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--inner",
            str(passes),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    with open(out, encoding="utf-8") as lines:
        for line in lines:
            if match := re.match(r"(?:summary|totals):\s+(\d+)", line):
                return int(match.group(1))
    raise SystemExit(f"no instruction total in {out}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--inner"]:
        _digest_passes(int(argv[1]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    passes = int(argv[0]) if argv else 2
    sys.path.insert(0, str(ROOT / "bench"))
    from quality import load

    articles = len(load())
    with tempfile.TemporaryDirectory() as folder:
        base = _instructions(0, folder)
        total = _instructions(passes, folder)
    per_digest = (total - base) / (passes * articles)
    print(
        f"{per_digest / 1e6:.2f} M instructions a digest "
        f"({passes} passes over {articles} NorSumm dev articles, warm-up and start-up subtracted)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
