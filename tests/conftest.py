"""Shared test setup: where the corpus is, the Hypothesis profiles, and the tests the compiled build skips."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import newsdoc

from _support import SEEDS

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite the expected files of tests/golden/ from the current output (read every one before committing)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """In the compiled build, skip the tests that hold for the pure package only, each with its reason."""
    for item in items:
        marker = item.get_closest_marker("incompatible_with_mypyc")
        if marker is None:
            continue
        reason = marker.kwargs.get("reason")
        if not isinstance(reason, str) or not reason:
            msg = f"{item.nodeid}: @pytest.mark.incompatible_with_mypyc needs reason='why it cannot hold compiled'"
            raise pytest.UsageError(msg)
        if newsdoc.COMPILED:
            item.add_marker(pytest.mark.skip(reason=f"pure Python only: {reason}"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, exactly as stored."""
    return (SEEDS / "000_4fd815950c55ca6a.txt").read_text(encoding="utf-8")
