"""The last word of a body's name: «… Party», «… Department», «… Administration». A name
that ends on one may have «and» inside it («Mine Safety and Health Administration»)."""

from __future__ import annotations

BODY_HEADS = frozenset(
    "party guard territory government council conference service department agency office "  # noqa: SIM905
    "court commission union league association authority board institute university college "
    "school hospital police church ministry committee federation assembly parliament "
    "administration bureau foundation trust society corporation directorate".split()
)
