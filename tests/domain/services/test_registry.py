"""The services registry: validation, idempotent writes, the longest-prefix lookup, its per-process cache
invalidated by the Redis version, and secrets kept out of every printable form."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.perf.recorder import recorded
from zgw.core.settings import Settings
from zgw.domain.errors import ValidationFailed
from zgw.domain.services import registry
from zgw.domain.services.documents import Service

DRC = {"identifier": "dms", "label": "Extern DMS", "api_type": "drc", "api_root": "http://dms.example/documenten/api/v1",
       "auth_type": "zgw", "client_id": "zaken", "secret": "s3cret-value", "user_id": "zaken",
       "user_representation": "ZGW Gateway"}


async def test_put_is_idempotent_and_normalises(api: httpx.AsyncClient) -> None:
    service, changed = await registry.put(dict(DRC))
    assert changed and service.api_root == "http://dms.example/documenten/api/v1/"
    again, changed = await registry.put(dict(DRC))
    assert not changed and again.id == "dms"
    moved, changed = await registry.put({**DRC, "timeout": 3})
    assert changed and moved.timeout == 3.0
    stored = await Service.get("dms")
    assert stored is not None and stored.timeout == 3.0 and stored.secret == "s3cret-value"
    assert [s.id for s in await registry.listing()] == ["dms"]
    assert await registry.remove("dms") and await Service.get("dms") is None


async def test_other_is_orc_and_bad_configurations_are_refused(api: httpx.AsyncClient) -> None:
    other, _ = await registry.put({"identifier": "x", "api_type": "other", "api_root": "https://x.example/api/"})
    assert (other.api_type, other.auth_type, other.label) == ("orc", "no_auth", "x")
    with pytest.raises(ValidationFailed) as refused:
        await registry.put({"identifier": "bad slug", "api_type": "abc", "api_root": "ftp://x", "auth_type": "zgw"})
    assert sorted((p.name, p.code) for p in refused.value.params) == [
        ("api_root", "invalid"), ("api_type", "invalid_choice"), ("identifier", "invalid"), ("secret", "required")]


async def test_lookup_by_longest_prefix_and_type(api: httpx.AsyncClient) -> None:
    await registry.put({"identifier": "wide", "api_type": "orc", "api_root": "http://host.example/"})
    await registry.put(dict(DRC, api_root="http://host.example/documenten/api/v1/"))
    url = "http://host.example/documenten/api/v1/enkelvoudiginformatieobjecten/1"
    assert (await registry.for_url(url)).id == "dms"  # type: ignore[union-attr]
    assert (await registry.for_url(url, "drc")).id == "dms"  # type: ignore[union-attr]
    assert (await registry.for_url("http://host.example/zaken/api/v1/zaken/1")).id == "wide"  # type: ignore[union-attr]
    assert await registry.for_url(url, "ztc") is None
    assert await registry.for_url("http://elsewhere.example/documenten/api/v1/x") is None
    assert (await registry.for_url(url.replace("http://host.example", "HTTP://Host.Example"))).id == "dms"  # type: ignore[union-attr]
    assert (await registry.for_url("http://host.example/documenten/api/v10/x")).id == "wide"  # type: ignore[union-attr]


async def test_lookups_come_from_the_cache_until_the_version_moves(
        api: httpx.AsyncClient, settings: Settings, app_state: tuple[Any, dict[str, Any]]) -> None:
    await registry.put(dict(DRC))
    url = "http://dms.example/documenten/api/v1/enkelvoudiginformatieobjecten/1"
    assert await registry.for_url(url) is not None
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            for _ in range(20):
                assert await registry.for_url(url) is not None
        assert [c for _, c, _ in recorder.commands if c == "services"] == []
        # another process writes (here: straight into the database, then the version moves)
        await Service.get_pymongo_collection().delete_many({})
        await app_state[1]["redis"].set(registry.VERSION_KEY, "another-version")
        with recorder.recording():
            assert await registry.for_url(url) is None
            assert await registry.for_url(url) is None
        assert len([c for _, c, _ in recorder.commands if c == "services"]) == 1


async def test_secrets_are_never_in_the_public_form(api: httpx.AsyncClient) -> None:
    service, _ = await registry.put(dict(DRC, auth_type="api_key", header_key="Authorization",
                                         header_value="Token very-secret"))
    public = service.public()
    assert public["secret"] == "***" and public["header_value"] == "***"
    assert "s3cret-value" not in repr(public) and "very-secret" not in repr(public)
