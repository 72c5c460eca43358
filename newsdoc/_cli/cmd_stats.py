"""``newsdoc stats``: what a set of articles holds, as a table or as JSON."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections import Counter
from functools import partial

import attrs

from newsdoc._cli.console import Console, error_summary
from newsdoc._cli.inputs import Input, InputError, add_files_argument, add_sourcing_argument, article_of
from newsdoc._cli.jobs import add_jobs_argument
from newsdoc._model import Article, AttributionKind, label_key

__all__ = ["Tally", "register"]

_DESCRIPTION = """\
Count the articles, sections, paragraphs, labels, quotes and attributions of a set of
articles, the share of attributions whose source is unnamed, and the share that credit
content (the words or the claim they attribute). Labels are counted by
their key (case and punctuation aside) and shown in their most common spelling. With
--no-sourcing, quotes and attributions are not looked for, and shown as not read.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``stats`` command."""
    cmd = commands.add_parser("stats", help="count what articles hold", description=_DESCRIPTION)
    add_files_argument(cmd)
    cmd.add_argument("--json", action="store_true", help="write the counts as one JSON object")
    cmd.add_argument(
        "--top", type=_count, metavar="N", help="list only the N most frequent labels (default: every label)"
    )
    cmd.add_argument("--strict", action="store_true", help="exit 1 when some input has an error diagnostic")
    add_sourcing_argument(cmd, "count the layout only: quotes and attributions are shown as not read")
    add_jobs_argument(cmd)
    cmd.set_defaults(run=run, command_parser=cmd)


def _count(value: str) -> int:
    if not value.isdigit():
        msg = f"expected a whole number of labels, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(value)


def run(args: argparse.Namespace, console: Console) -> int:
    """Count every readable input and write the table (or JSON) once at the end, if any was read.

    An input with an error diagnostic is named on standard error as it is counted.
    """
    files: list[str] = args.files
    tally = Tally()
    count = partial(_count_one, args.sourcing, args.form)
    with contextlib.closing(console.processed(files, "stats", args.encoding, count, args.jobs)) as counts:
        for counted in counts:
            if isinstance(counted, InputError):
                continue
            item, (one, summary) = counted
            console.summarised(item, summary)
            tally.merge(one)
    findings: bool = args.strict and console.erroneous
    if tally.articles == 0:
        return console.status(findings=findings)
    if args.json:
        console.out(json.dumps(tally.to_dict(top=args.top), ensure_ascii=False, indent=2) + "\n")
    else:
        console.out(tally.render(top=args.top))
    return console.status(findings=findings)


def _count_one(sourcing: bool, form: str, item: Input, text: str) -> tuple[Tally, str | None]:
    """The counts of one input, and its errors (see :func:`error_summary`); in a worker process under ``--jobs``."""
    article = article_of(item, text, sourcing=sourcing, form=form)
    tally = Tally()
    tally.add(article)
    return tally, error_summary(article)


_NOT_READ = "not read"
"""What the table shows for a count of quotes or attributions when no article was read for them."""


@attrs.define
class Tally:
    """Running counts over articles.

    Quotes and attributions are counted over the articles read for them (``sourced``) only: an
    article read without sourcing adds to the layout counts and to none of the others. Where
    no article was read for them, their counts are None in :meth:`to_dict` and ``not read``
    in :meth:`render`, never 0, which would say none were found.
    """

    articles: int = 0
    sourced: int = 0
    """How many of the articles were read for their quotes and attributions."""
    sections: int = 0
    paragraphs: int = 0
    quotes: int = 0
    partial_quotes: int = 0
    by_kind: Counter[AttributionKind] = attrs.Factory(Counter)
    named: Counter[bool | None] = attrs.Factory(Counter)
    with_content: int = 0
    """How many attributions credit content (:attr:`Attribution.content <newsdoc.Attribution.content>` not empty)."""
    labels: Counter[str] = attrs.Factory(Counter)
    spellings: dict[str, Counter[str]] = attrs.Factory(dict)

    def add(self, article: Article) -> None:
        """Count one article."""
        self.articles += 1
        self.sections += len(article.sections)
        self.paragraphs += len(article.paragraphs)
        for section in article.sections:
            key = label_key(section.label)
            if key is not None and section.label is not None:
                self.labels[key] += 1
                self.spellings.setdefault(key, Counter())[section.label] += 1
        if not article.sourcing:
            return
        self.sourced += 1
        for quote in article.quotes:
            self.quotes += 1
            self.partial_quotes += quote.partial
        for attribution in article.attributions:
            self.by_kind[attribution.kind] += 1
            self.named[attribution.named] += 1
            self.with_content += bool(attribution.content)

    def merge(self, other: Tally) -> None:
        """Add the counts of ``other``: the same counts as adding its articles here, in their
        order, after the articles counted so far (labels keep the spellings first seen first)."""
        self.articles += other.articles
        self.sourced += other.sourced
        self.sections += other.sections
        self.paragraphs += other.paragraphs
        self.quotes += other.quotes
        self.partial_quotes += other.partial_quotes
        self.by_kind.update(other.by_kind)
        self.named.update(other.named)
        self.with_content += other.with_content
        self.labels.update(other.labels)
        for key, spellings in other.spellings.items():
            self.spellings.setdefault(key, Counter()).update(spellings)

    @property
    def sources_read(self) -> bool:
        """Whether the quote and attribution counts mean anything: some article was read for them, or none at all."""
        return self.sourced > 0 or self.articles == 0

    @property
    def attributions(self) -> int:
        """How many attributions were counted."""
        return sum(self.by_kind.values())

    @property
    def unnamed_share(self) -> float | None:
        """Unnamed attributions over all attributions, or None when there are none."""
        return self.named[False] / self.attributions if self.attributions else None

    @property
    def content_share(self) -> float | None:
        """Attributions that credit content over all attributions, or None when there are none."""
        return self.with_content / self.attributions if self.attributions else None

    def label_rows(self, top: int | None = None) -> list[tuple[str, str, int]]:
        """``(spelling, key, count)`` per label, most frequent first, then by key; the first ``top`` only, if given."""
        rows = [(self.spellings[key].most_common(1)[0][0], key, n) for key, n in self.labels.items()]
        return sorted(rows, key=lambda row: (-row[2], row[1]))[:top]

    def to_dict(self, top: int | None = None) -> dict[str, object]:
        """The counts as JSON-ready values (see the ``stats --json`` reference); ``top`` as for :meth:`label_rows`.

        ``quotes`` and ``attributions`` are null when no article was read for them (``sourced`` is 0);
        ``unnamed_share`` and ``content_share`` are null where there are no attributions.
        """
        read = self.sources_read
        return {
            "articles": self.articles,
            "sections": self.sections,
            "paragraphs": self.paragraphs,
            "labels": [{"label": label, "key": key, "count": n} for label, key, n in self.label_rows(top)],
            "sourced": self.sourced,
            "quotes": {"total": self.quotes, "partial": self.partial_quotes} if read else None,
            "attributions": {
                "total": self.attributions,
                "by_kind": {kind.value: self.by_kind[kind] for kind in AttributionKind},
                "named": self.named[True],
                "unnamed": self.named[False],
                "unclear": self.named[None],
                "with_content": self.with_content,
            }
            if read
            else None,
            "unnamed_share": self.unnamed_share,
            "content_share": self.content_share,
        }

    def render(self, top: int | None = None) -> str:
        """The counts as an aligned plain-text table; ``top`` as for :meth:`label_rows`.

        Where some articles were not read for their quotes and attributions, a row says how many
        were (``read for sources``); where none were, those counts are shown as ``not read``.
        """
        share, content_share = self.unnamed_share, self.content_share
        sourcing = [
            ("quotes", str(self.quotes)),
            ("  partial", str(self.partial_quotes)),
            ("attributions", str(self.attributions)),
            *((f"  {kind.value}", str(self.by_kind[kind])) for kind in AttributionKind),
            ("sources named", str(self.named[True])),
            ("sources unnamed", str(self.named[False])),
            ("sources unclear", str(self.named[None])),
            ("unnamed share", "n/a" if share is None else f"{share:.1%}"),
            ("with content", str(self.with_content)),
            ("content share", "n/a" if content_share is None else f"{content_share:.1%}"),
        ]
        if not self.sources_read:
            sourcing = [(name, _NOT_READ) for name, _ in sourcing]
        totals = [
            ("articles", str(self.articles)),
            *([("read for sources", str(self.sourced))] if self.sourced != self.articles else []),
            ("sections", str(self.sections)),
            ("paragraphs", str(self.paragraphs)),
            *sourcing,
        ]
        labels = [(label, str(n)) for label, _key, n in self.label_rows(top)]
        return _table(totals) + "\n" + _table([("label", "sections"), *labels])


def _table(rows: list[tuple[str, str]]) -> str:
    left = max(len(name) for name, _ in rows)
    right = max(len(value) for _, value in rows)
    return "".join(f"{name:<{left}}  {value:>{right}}\n" for name, value in rows)
