"""A progress bar for long batches, shown only where a person watches (a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Iterator


def with_progress_bar(items: list[str], show: bool | None) -> Iterator[str]:
    """Yield the items, with a progress bar on stderr when asked or when stderr is a terminal."""
    if show is None:
        show = sys.stderr.isatty()
    if not show or len(items) < 2:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(items, file=sys.stderr, unit="source", leave=False, dynamic_ncols=True) as bar:
        for item in bar:
            bar.set_postfix_str(item[-40:], refresh=False)
            yield item
