"""Client credentials apart from Applicaties, as Open Zaak keeps its JWTSecrets apart."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.conftest import make_client
from tests.gateway.test_cli import zgw
from zgw.core.auth import make_token
from zgw.core.settings import Settings
from zgw.domain.autorisaties import credentials
from zgw.domain.autorisaties.documents import Applicatie, JWTSecret
from zgw.domain.errors import NotFound, ValidationFailed

URL = "/autorisaties/api/v1/applicaties"
DENIED = "U heeft geen toestemming om deze actie uit te voeren."


def _bearer(client_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_token(client_id, secret)}"}


def _assert_denied(r: httpx.Response) -> None:
    """Open Zaak: authenticated, but no applicatie, so `has_auth` is false: DRF's PermissionDenied."""
    assert r.status_code == 403, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body == {"type": "http://testserver/ref/fouten/PermissionDenied/", "code": "permission_denied",
                    "title": DENIED, "status": 403, "detail": DENIED, "instance": body["instance"]}


async def test_secret_without_applicatie_authenticates_then_403(api: httpx.AsyncClient) -> None:
    secret, changed = await credentials.add("loose-client", "s3cret")
    assert (secret, changed) == ("s3cret", True)
    stored = await JWTSecret.get("loose-client")
    assert stored is not None and stored.secret == "s3cret"
    assert await Applicatie.find_all().to_list() == []
    for url in (URL, "/zaken/api/v1/zaken", "/catalogi/api/v1/zaaktypen"):
        headers = {**_bearer("loose-client", "s3cret"), "Accept-Crs": "EPSG:4326"}
        _assert_denied(await api.get(url, headers=headers))
    # The wrong secret is still an authentication failure, not a missing autorisatie.
    r = await api.get(URL, headers=_bearer("loose-client", "other"))
    assert (r.status_code, r.json()["code"]) == (403, "invalid-jwt-signature")


async def test_applicatie_created_later_takes_over(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    await credentials.add("later", "s3cret")
    body = {"clientIds": ["later"], "label": "Later", "heeftAlleAutorisaties": True}
    assert (await api.post(URL, json=body, headers=superuser)).status_code == 201
    assert (await api.get(URL, headers=_bearer("later", "s3cret"))).status_code == 200


async def test_deleting_applicatie_through_api_keeps_the_secret(api: httpx.AsyncClient,
                                                               superuser: dict[str, str]) -> None:
    """Open Zaak's API destroy leaves the JWTSecret (only its admin deletes it): the client then gets 403."""
    headers = await make_client("doomed", superuser=True, secret="d-secret")
    found = (await api.get(URL, params={"clientIds": "doomed"}, headers=superuser)).json()["results"][0]
    assert (await api.delete(found["url"], headers=superuser)).status_code == 204
    stored = await JWTSecret.get("doomed")
    assert stored is not None and stored.secret == "d-secret"
    _assert_denied(await api.get(URL, headers=headers))


async def test_add_is_idempotent_and_replaces(api: httpx.AsyncClient) -> None:
    assert await credentials.add("c1", "one") == ("one", True)
    assert await credentials.add("c1", "one") == ("one", False)
    assert await credentials.add("c1", "two") == ("two", True)
    generated, changed = await credentials.add("c2")
    assert changed and len(generated) >= 24
    assert [(s.id, s.secret) for s in await JWTSecret.find_all().sort("_id").to_list()] == [
        ("c1", "two"), ("c2", generated)]


@pytest.mark.parametrize(("client_id", "secret", "name"), [("", "x", "clientId"), (" c", "x", "clientId"),
                                                           ("c", "", "secret")])
async def test_add_refuses_blank(api: httpx.AsyncClient, client_id: str, secret: str, name: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        await credentials.add(client_id, secret)
    assert [p.name for p in info.value.params] == [name]
    assert await JWTSecret.find_all().to_list() == []


async def test_remove(api: httpx.AsyncClient) -> None:
    await credentials.add("gone", "s")
    await credentials.remove("gone")
    assert await JWTSecret.get("gone") is None
    with pytest.raises(NotFound):
        await credentials.remove("gone")
    r = await api.get(URL, headers=_bearer("gone", "s"))
    assert (r.status_code, r.json()["code"]) == (403, "invalid-client-identifier")


async def test_cli_add_list_remove(api: httpx.AsyncClient, settings: Settings) -> None:
    await make_client("with-app", superuser=True, secret="app-secret")
    added = zgw(settings, "credentials", "add", "cli-client", "--secret", "cli-secret")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"clientId": "cli-client", "secret": "cli-secret"}
    generated = json.loads(zgw(settings, "credentials", "add", "cli-generated").stdout)["secret"]
    listing = zgw(settings, "credentials", "list")
    assert listing.returncode == 0, listing.stderr
    assert [line.split(None, 1) for line in listing.stdout.splitlines()] == [
        ["cli-client", "(geen applicatie)"], ["cli-generated", "(geen applicatie)"], ["with-app", "with-app"]]
    for secret in ("cli-secret", generated, "app-secret"):
        assert secret not in listing.stdout
    _assert_denied(await api.get(URL, headers=_bearer("cli-client", "cli-secret")))

    removed = zgw(settings, "credentials", "remove", "cli-client")
    assert removed.returncode == 0, removed.stderr
    assert await JWTSecret.get("cli-client") is None
    again = zgw(settings, "credentials", "remove", "cli-client")
    assert again.returncode == 1 and "cli-client" in again.stderr
    missing = zgw(settings, "credentials", "add")
    assert missing.returncode == 2 and "needs a client id" in missing.stderr


async def test_setup_config_credentials(api: httpx.AsyncClient, settings: Settings, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("""
credentials:
  - client_id: portaal
    secret: portaal-secret
applicaties:
  - client_id: beheer
    secret: beheer-secret
    heeft_alle_autorisaties: true
""")
    first = zgw(settings, "setup-config", str(config))
    assert first.returncode == 0, first.stderr
    assert "credentials portaal: stored" in first.stdout and "portaal-secret" not in first.stdout
    second = zgw(settings, "setup-config", str(config))
    assert "credentials portaal: unchanged" in second.stdout
    assert [(s.id, s.secret) for s in await JWTSecret.find_all().sort("_id").to_list()] == [
        ("beheer", "beheer-secret"), ("portaal", "portaal-secret")]
    assert [a.client_ids for a in await Applicatie.find_all().to_list()] == [["beheer"]]
    _assert_denied(await api.get(URL, headers=_bearer("portaal", "portaal-secret")))

    config.write_text("credentials:\n  - client_id: no-secret\n")
    bad = zgw(settings, "setup-config", str(config))
    assert bad.returncode == 1 and "needs `client_id` and `secret`" in bad.stderr
    assert await JWTSecret.get("no-secret") is None
