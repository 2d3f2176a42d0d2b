"""Memory of fetching a compression bomb: a few KB of `gzip, gzip` that expand to gigabytes.

The bot fetches the bomb in a child process (the real `fetch_url`, through the fetch guard,
from a loopback server) and the child reports its peak RSS (ru_maxrss) and the refusal.
Before issue 9 the same response took 4.1 GB; the target is to stay near a bare process.

Run: .venv/bin/python bench/fetch_bomb.py [--gigabytes 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.bombs import gzip_in_gzip  # noqa: E402
from tests.fixtures.ingest_server import FixtureServer, Route  # noqa: E402

CHILD = """
import json, resource, sys, time
from bot.core.errors import InputError
from bot.fetch import fetch_url
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    fetch_url(sys.argv[1])
    outcome = "fetched"
except InputError as error:
    outcome = str(error)
print(json.dumps({
    "outcome": outcome,
    "seconds": time.perf_counter() - start,
    "baseline_kb": baseline,
    "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gigabytes", type=int, default=4)
    args = parser.parse_args()
    started = time.perf_counter()
    bomb = gzip_in_gzip(args.gigabytes * 1024)
    built = time.perf_counter() - started
    with FixtureServer() as server:
        server.routes["/bomb"] = Route(raw=bomb, headers={"Content-Encoding": "gzip, gzip"})
        result = subprocess.run(
            [sys.executable, "-c", CHILD, f"{server.base}/bomb"],
            capture_output=True,
            text=True,
            env={**os.environ, "DIGESTBOT_FETCH_ALLOW": "127.0.0.1"},
            cwd=ROOT,
            check=True,
        )
    figures = json.loads(result.stdout)
    print(f"bomb: {len(bomb):,} bytes, expanding to {args.gigabytes} GB (built in {built:.1f} s)")
    print(f"outcome: {figures['outcome']}")
    print(
        f"peak RSS {figures['peak_kb'] / 1024:.0f} MB "
        f"(after imports {figures['baseline_kb'] / 1024:.0f} MB), "
        f"refused in {figures['seconds']:.2f} s"
    )


if __name__ == "__main__":
    main()
