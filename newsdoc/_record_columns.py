"""The columns of the flat records: their names in order, and the pandas dtype of each.

Data only: :mod:`newsdoc._records` fills the records, in this order.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ATTRIBUTION_RECORD_DTYPES",
    "ATTRIBUTION_RECORD_KEYS",
    "PLACE_KEYS",
    "QUOTE_RECORD_DTYPES",
    "QUOTE_RECORD_KEYS",
    "SOURCE_KEYS",
]

PLACE_KEYS: Final = ("paragraph", "section", "section_key", "date")
"""Where the quote or attribution stands: the same four keys in both kinds of record."""
SOURCE_KEYS: Final = ("cue", "kind", "named", "count", "name", "role", "resolved", "speaker_resolved", "content")
"""The fields of an attribution, who spoke in one name, and what it credits: the same keys in both kinds of record."""

# pandas' nullable dtypes: a column with a None in it keeps its type (Int64, not float64).
_DTYPES: Final[dict[str, str]] = {
    "quote": "Int64",
    "attribution": "Int64",
    "paragraph": "int64",
    "section": "string",
    "section_key": "string",
    "date": "string",
    "text": "string",
    "partial": "bool",
    "speaker": "string",
    "source": "string",
    "cue": "string",
    "kind": "string",
    "named": "boolean",
    "count": "Int64",
    "name": "string",
    "role": "string",
    "resolved": "string",
    "speaker_resolved": "string",
    "content": "string",
    "rule": "string",
    "start": "Int64",
    "end": "Int64",
}

QUOTE_RECORD_KEYS: Final[tuple[str, ...]] = (
    "quote",
    *PLACE_KEYS,
    "text",
    "partial",
    "speaker",
    *SOURCE_KEYS,
    "attribution",
    "start",
    "end",
)
"""The keys of every :func:`~newsdoc.quote_records` record, in order."""
ATTRIBUTION_RECORD_KEYS: Final[tuple[str, ...]] = (
    "attribution",
    *PLACE_KEYS,
    "source",
    *SOURCE_KEYS,
    "rule",
    "quote",
    "start",
    "end",
)
"""The keys of every :func:`~newsdoc.attribution_records` record, in order."""

QUOTE_RECORD_DTYPES: Final[dict[str, str]] = {key: _DTYPES[key] for key in QUOTE_RECORD_KEYS}
"""The pandas dtype of each column of :func:`~newsdoc.quote_records`, in key order.

``pandas.DataFrame(records, columns=QUOTE_RECORD_KEYS).astype(QUOTE_RECORD_DTYPES)`` gives
every column its type, None as ``<NA>``: ``count`` is ``Int64`` (not ``float64``) and
``named`` is ``boolean`` (not ``object``). The ``quote`` number is never missing here,
but has the same dtype as in the attribution records, so that the two tables join.
"""
ATTRIBUTION_RECORD_DTYPES: Final[dict[str, str]] = {key: _DTYPES[key] for key in ATTRIBUTION_RECORD_KEYS}
"""The pandas dtype of each column of :func:`~newsdoc.attribution_records`, in key order.

As for :data:`QUOTE_RECORD_DTYPES`: pass it to ``DataFrame.astype``.
"""
