"""Every figure of the digest core in one run: quality, speed in a batch, start-up time.

- the quality table of bench/quality.py (NorSumm dev, ROUGE at 90 words; digestbot,
  LEAD and sumy's TextRank and LexRank with Norwegian stop words in the same run, with
  ms per article, warm, the best of 7 rounds; paired bootstrap intervals of the RLsum
  difference to LEAD and the better sumy);
- the first pass over the same articles in a fresh process (every word new to it);
- a batch of the 30 articles through the command line, `digestbot digest --format
  jsonl`, minus a one-article call: the cost of one more article end to end;
- `digestbot digest SEED`, process start included: the median of 5, with the SQLite
  lexicon cache already built.

Run: .venv/bin/python bench/run.py   (or `make bench`)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import quality  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "seed_nato.txt"
TARGET_MS = 2.0  # a ~600-word article in a batch
TARGET_RATIO = 10.0  # at least this many times faster than sumy LexRank
TARGET_START_S = 0.5  # `digestbot digest SEED`, process start included


def digestbot() -> list[str]:
    """The installed command, or the package run by this Python."""
    script = Path(sys.executable).parent / "digestbot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def timed_run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def startup_seconds(runs: int = 5) -> float:
    command = [*digestbot(), "digest", str(SEED)]
    timed_run(command)  # builds the SQLite lexicon cache if it is not there yet
    return statistics.median(timed_run(command) for _ in range(runs))


def first_pass_ms() -> float:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--first-pass"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return float(result.stdout.strip())


def cli_batch_ms(items: list[dict[str, str]], runs: int = 3) -> tuple[float, float]:
    """Return the time of one batch call over all articles, and the cost of each extra one."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, item in enumerate(items):
            path = Path(folder) / f"{i:03d}.txt"
            body = item["body"].replace(" | ", "\n\n")
            path.write_text(f"{item['title']}\n\n{body}\n", encoding="utf-8")
            paths.append(str(path))
        command = [*digestbot(), "digest", "--format", "jsonl", "--max-words", "90"]
        timed_run([*command, *paths])  # warm the file cache
        batch = statistics.median(timed_run([*command, *paths]) for _ in range(runs))
        single = statistics.median(timed_run([*command, paths[0]]) for _ in range(runs))
    return batch, (batch - single) / (len(paths) - 1) * 1000


def target(label: str, ok: bool) -> None:
    print(f"  {label:<52}{'ok' if ok else 'MISSED'}")


def main() -> None:
    items = quality.load()
    rows, intervals = quality.table(items)
    first = first_pass_ms()
    batch_s, extra_ms = cli_batch_ms(items)
    start_s = startup_seconds()

    ours, lexrank, lead = rows["digestbot"], rows["sumy LexRank"], rows["LEAD"]
    ratio = lexrank.ms / ours.ms
    ahead = ours.r1 >= lead.r1 and ours.r2 >= lead.r2 and ours.rlsum >= lead.rlsum
    print()
    print("Speed (NorSumm dev articles, ~580 words)")
    print(f"  in a batch, warm (best of 7 rounds)        {ours.ms:8.2f} ms/article")
    print(f"  in a batch, first pass (fresh process)     {first:8.2f} ms/article")
    print(f"  sumy LexRank / digestbot                   {ratio:8.1f} x")
    print(f"  CLI batch of {len(items)} (`digest --format jsonl`)  {batch_s:8.2f} s")
    print(f"  CLI, each article after the first          {extra_ms:8.2f} ms")
    print(f"  `digestbot digest SEED`, process included  {start_s:8.3f} s (median of 5)")
    print()
    print("Targets")
    target("quality at least LEAD's on R1, R2 and RLsum", ahead)
    for other, (_, low, _) in intervals.items():
        target(f"RLsum clearly above {other} (interval > 0)", low > 0)
    target(f"at most {TARGET_MS:g} ms an article in a batch (warm)", ours.ms <= TARGET_MS)
    target(f"at least {TARGET_RATIO:g}x faster than sumy LexRank", ratio >= TARGET_RATIO)
    target(
        f"one digest under {TARGET_START_S:g} s, process start included", start_s < TARGET_START_S
    )


if __name__ == "__main__":
    main()
