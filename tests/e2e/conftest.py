"""End-to-end fixtures: two live instances of the API (tests/e2e/twoinstances.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.twoinstances import Pair, two_instances
from zgw.core.settings import Settings


@pytest.fixture(scope="module")
def pair(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    with two_instances(settings.mongodb_uri, settings.redis_url, tmp_path_factory.mktemp("two-instances")) as two:
        yield two
