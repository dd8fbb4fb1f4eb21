"""Besluiten across APIs against a real local HTTP server standing in for the other API (a registered zrc /
drc / brc): the exact calls made (bodies, credentials, Accept-Crs), the key lookups of our side, the undo
when the other API fails, and the sweep finishing an intent that had to wait for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.perf.recorder import recorded
from tests.rest.besluiten.factories import BESLUITEN, BIOS, besluit_body, world
from tests.rest.documenten.sub.helpers import ZAKEN
from tests.rest.zaken.factories import make_zaak
from zgw.core.settings import Settings
from zgw.domain.besluiten import links
from zgw.domain.besluiten.documents import (
    Besluit,
    BesluitIdentificatie,
    BesluitInformatieObject,
    BesluitIntent,
    ZaakBesluit,
    ZaakBesluiten,
)
from zgw.domain.services import client, registry


@pytest.fixture
def other() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def fresh(api: httpx.AsyncClient) -> AsyncIterator[None]:
    client.reset()
    yield
    client.reset()


async def _register(other: Api, slug: str, api_type: str, root: str) -> str:
    base = f"{other.base}{root}"
    await registry.put({"identifier": slug, "api_type": api_type, "api_root": base, "auth_type": "zgw",
                        "client_id": "gateway", "secret": "s", "timeout": 2})
    return base


def _zaak(other: Api, root: str, zaaktype: str) -> str:
    uuid = uuid4()
    url = f"{root}zaken/{uuid}"
    other.routes[f"GET {url.removeprefix(other.base)}"] = (200, {
        "url": url, "uuid": str(uuid), "bronorganisatie": "517439943", "zaaktype": zaaktype,
        "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"})
    return url


def _eio(other: Api, root: str, iot: str) -> str:
    url = f"{root}enkelvoudiginformatieobjecten/{uuid4()}"
    other.routes[f"GET {url.removeprefix(other.base)}"] = (200, {
        "url": url, "identificatie": "D1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
        "titel": "t", "auteur": "a", "taal": "nld", "informatieobjecttype": iot})
    return url


async def _nothing_left(besluit_id: UUID | None = None) -> None:
    assert await BesluitIntent.find_all().to_list() == []
    if besluit_id is not None:
        assert await Besluit.get(besluit_id) is None
        assert [k for k in await BesluitIdentificatie.find_all().to_list() if k.besluit == besluit_id] == []


async def test_a_besluit_on_a_remote_zaak_with_a_remote_document(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                  other: Api, fresh: None, settings: Settings,
                                                                  app_state: tuple[Any, dict[str, Any]]) -> None:
    w = await world(api, superuser)
    zrc = await _register(other, "zrc", "zrc", "/zaken/api/v1/")
    drc = await _register(other, "drc", "drc", "/documenten/api/v1/")
    zaak = _zaak(other, zrc, w.zaaktype)  # the remote zaak is of our zaaktype (brc-007 reads it here)
    eio = _eio(other, drc, w.iot)
    zaakbesluit = f"{zaak}/besluiten/{uuid4()}"
    oio = f"{drc}objectinformatieobjecten/{uuid4()}"
    zaak_path = zaak.removeprefix(other.base)
    other.routes[f"POST {zaak_path}/besluiten"] = (201, {"url": zaakbesluit})
    other.routes[f"DELETE {zaakbesluit.removeprefix(other.base)}"] = (204, None)
    other.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (201, {"url": oio})
    other.routes[f"DELETE {oio.removeprefix(other.base)}"] = (204, None)
    assert await registry.for_url(zaak) is not None  # the registry cached in this process

    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            r = await api.post(BESLUITEN, json=besluit_body(w.besluittype, zaak=zaak), headers=superuser)
            assert r.status_code == 201, r.text
            besluit = r.json()
            r = await api.post(BIOS, json={"besluit": besluit["url"], "informatieobject": eio}, headers=superuser)
            assert r.status_code == 201, r.text
            assert (await api.get(besluit["url"], headers=superuser)).json()["zaak"] == zaak
            patched = await api.patch(besluit["url"], json={"toelichting": "nieuw", "zaak": zaak}, headers=superuser)
            moved = await api.patch(besluit["url"], json={"zaak": f"{zrc}zaken/{uuid4()}"}, headers=superuser)
            assert (await api.delete(besluit["url"], headers=superuser)).status_code == 204
        ours = [(n, c, q) for n, c, q in recorder.scans() if c.startswith(("besluiten", "services"))]
        assert ours == []
        assert not any(c == "services" for _, c, _ in recorder.commands)

    assert patched.status_code == 200 and patched.json()["toelichting"] == "nieuw", patched.text
    assert moved.status_code == 400 and moved.json()["invalidParams"][0]["code"] == "wijzigen-niet-toegelaten"
    # the calls: the zaak read with Accept-Crs, the zaakbesluit and objectinformatieobject made and removed
    zaak_reads = [s for s in other.requests("GET") if s.path == zaak_path]
    assert zaak_reads and all(s.headers["Accept-Crs"] == "EPSG:4326" for s in zaak_reads)
    assert all(s.headers["Authorization"].startswith("Bearer ") for s in other.requests())
    assert [(s.path, s.body) for s in other.requests("POST")] == [
        (f"{zaak_path}/besluiten", {"besluit": besluit["url"]}),
        ("/documenten/api/v1/objectinformatieobjecten",
         {"object": besluit["url"], "informatieobject": eio, "objectType": "besluit"})]
    assert [s.path for s in other.requests("DELETE")] == [oio.removeprefix(other.base),
                                                          zaakbesluit.removeprefix(other.base)]
    await _nothing_left(UUID(besluit["url"].rsplit("/", 1)[-1]))
    assert await BesluitInformatieObject.find_all().to_list() == []


async def test_a_failing_zaken_api_undoes_the_besluit_and_the_sweep_finishes(
        api: httpx.AsyncClient, superuser: dict[str, str], other: Api, fresh: None) -> None:
    """The POST answers 500 and the lookup of a zaakbesluit made anyway too: our besluit is gone at once, the
    intent waits; once the API answers, the sweep removes the zaakbesluit it made and drops the intent."""
    w = await world(api, superuser)
    zrc = await _register(other, "zrc", "zrc", "/zaken/api/v1/")
    zaak = _zaak(other, zrc, w.zaaktype)
    path = zaak.removeprefix(other.base)
    other.routes[f"POST {path}/besluiten"] = (500, {"detail": "kapot"})
    other.routes[f"GET {path}/besluiten"] = (500, {"detail": "kapot"})
    r = await api.post(BESLUITEN, json=besluit_body(w.besluittype, zaak=zaak), headers=superuser)
    assert r.status_code == 400, r.text
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("zaak", "pending-relations")]
    assert await Besluit.find_all().to_list() == []
    assert await BesluitIdentificatie.find_all().to_list() == []
    [intent] = await BesluitIntent.find_all().to_list()
    assert (intent.op, intent.zaak) == ("besluit-delete", zaak)

    assert await links.sweep(grace=0) == 0  # still no answer: it waits
    assert len(await BesluitIntent.find_all().to_list()) == 1
    made = f"{zaak}/besluiten/{uuid4()}"
    other.routes[f"GET {path}/besluiten"] = (200, [{"url": made, "besluit": intent.besluit_url}])
    other.routes[f"DELETE {made.removeprefix(other.base)}"] = (204, None)
    client.reset()  # the breaker opened after the failures
    assert await links.sweep(grace=0) == 1
    assert [s.path for s in other.requests("DELETE")] == [made.removeprefix(other.base)]
    await _nothing_left()


async def test_unlinking_a_remote_document_while_its_api_fails_puts_the_link_back(
        api: httpx.AsyncClient, superuser: dict[str, str], other: Api, fresh: None) -> None:
    w = await world(api, superuser)
    drc = await _register(other, "drc", "drc", "/documenten/api/v1/")
    eio = _eio(other, drc, w.iot)
    oio = f"{drc}objectinformatieobjecten/{uuid4()}"
    other.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (201, {"url": oio})
    other.routes[f"DELETE {oio.removeprefix(other.base)}"] = (500, {"detail": "kapot"})
    r = await api.post(BESLUITEN, json=besluit_body(w.besluittype), headers=superuser)
    besluit = r.json()
    r = await api.post(BIOS, json={"besluit": besluit["url"], "informatieobject": eio}, headers=superuser)
    assert r.status_code == 201, r.text
    bio = r.json()
    r = await api.delete(bio["url"], headers=superuser)
    assert r.status_code == 400, r.text
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("informatieobject", "pending-relations")]
    assert (await api.get(bio["url"], headers=superuser)).json() == bio
    [stored] = await Besluit.find_all().to_list()
    assert stored.besluitinformatieobjecten == [UUID(bio["url"].rsplit("/", 1)[-1])]
    [kept] = await BesluitInformatieObject.find_all().to_list()
    assert kept.remote_relatie == oio
    await _nothing_left()
    other.routes[f"DELETE {oio.removeprefix(other.base)}"] = (204, None)
    client.reset()
    assert (await api.delete(bio["url"], headers=superuser)).status_code == 204
    assert await BesluitInformatieObject.find_all().to_list() == []


async def test_the_zaken_side_of_a_remote_besluit(api: httpx.AsyncClient, superuser: dict[str, str], other: Api,
                                                  fresh: None, settings: Settings,
                                                  app_state: tuple[Any, dict[str, Any]]) -> None:
    """We are the Zaken API of a remote Besluiten API: its zaakbesluit is accepted only for a besluit that
    exists there and names this zaak, and dropped only once the besluit no longer does."""
    w = await world(api, superuser)
    brc = await _register(other, "brc", "brc", "/besluiten/api/v1/")
    zaak = await make_zaak(api, superuser, w.zaaktype)
    besluit = f"{brc}besluiten/{uuid4()}"
    path = besluit.removeprefix(other.base)
    body = {"url": besluit, "verantwoordelijkeOrganisatie": "517439943", "besluittype": w.besluittype,
            "datum": "2024-03-01", "ingangsdatum": "2024-03-02", "zaak": f"{ZAKEN}/zaken/{uuid4()}"}
    other.routes[f"GET {path}"] = (200, body)
    r = await api.post(f"{zaak['url']}/besluiten", json={"besluit": besluit}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "inconsistent-relation", r.text
    other.routes[f"GET {path}"] = (200, {**body, "zaak": zaak["url"]})
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():  # the zaak's zaakbesluiten: key lookups only
            r = await api.post(f"{zaak['url']}/besluiten", json={"besluit": besluit}, headers=superuser)
            assert r.status_code == 201, r.text
            made = r.json()
            again = await api.post(f"{zaak['url']}/besluiten", json={"besluit": besluit}, headers=superuser)
            listed = (await api.get(f"{zaak['url']}/besluiten", headers=superuser)).json()
            one = (await api.get(made["url"], headers=superuser)).json()
        assert [(n, c, q) for n, c, q in recorder.scans() if c.startswith(("besluiten", "zaken", "services"))] == []
    assert made["besluit"] == besluit
    assert again.status_code == 201 and again.json() == made
    assert listed == [made] and one == made
    [named] = await ZaakBesluiten.find_all().to_list()
    assert (named.besluiten, [str(x) for x in named.remote]) == ([], [made["uuid"]])
    # a zaak that a besluit elsewhere names is not deleted
    r = await api.delete(zaak["url"], headers=superuser)
    assert r.status_code == 400, r.text
    r = await api.delete(made["url"], headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "remote-relation-exists", r.text
    other.routes[f"GET {path}"] = (404, {"detail": "Niet gevonden."})
    assert (await api.delete(made["url"], headers=superuser)).status_code == 204
    assert await ZaakBesluit.find_all().to_list() == []
    [named] = await ZaakBesluiten.find_all().to_list()
    assert named.remote == []
    # a besluit under no registered service
    r = await api.post(f"{zaak['url']}/besluiten", json={"besluit": f"http://127.0.0.1:9/besluiten/api/v1/"
                                                                    f"besluiten/{uuid4()}"}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "unknown-service", r.text


async def test_besluit_verwerken_is_all_or_nothing_across_apis(api: httpx.AsyncClient, superuser: dict[str, str],
                                                               other: Api, fresh: None) -> None:
    """The zaakbesluit is made, the document's objectinformatieobject fails: the besluit goes again, and with it
    the zaakbesluit in the Zaken API."""
    w = await world(api, superuser)
    zrc = await _register(other, "zrc", "zrc", "/zaken/api/v1/")
    drc = await _register(other, "drc", "drc", "/documenten/api/v1/")
    zaak = _zaak(other, zrc, w.zaaktype)
    eio = _eio(other, drc, w.iot)
    zaakbesluit = f"{zaak}/besluiten/{uuid4()}"
    other.routes[f"POST {zaak.removeprefix(other.base)}/besluiten"] = (201, {"url": zaakbesluit})
    other.routes[f"DELETE {zaakbesluit.removeprefix(other.base)}"] = (204, None)
    other.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (500, {"detail": "kapot"})
    other.routes["GET /documenten/api/v1/objectinformatieobjecten"] = (200, [])
    r = await api.post(f"{BESLUITEN.rsplit('/', 1)[0]}/besluit_verwerken", headers=superuser, json={
        "besluit": besluit_body(w.besluittype, zaak=zaak), "besluitinformatieobjecten": [{"informatieobject": eio}]})
    assert r.status_code == 400, r.text
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [
        ("besluitinformatieobjecten.0.informatieobject", "pending-relations")]
    assert [s.path for s in other.requests("DELETE")] == [zaakbesluit.removeprefix(other.base)]
    assert await Besluit.find_all().to_list() == []
    assert await BesluitInformatieObject.find_all().to_list() == []
    assert await BesluitIdentificatie.find_all().to_list() == []
    await _nothing_left()


async def test_besluit_verwerken_whose_zaakbesluit_fails_leaves_nothing(api: httpx.AsyncClient,
                                                                        superuser: dict[str, str], other: Api,
                                                                        fresh: None) -> None:
    w = await world(api, superuser)
    zrc = await _register(other, "zrc", "zrc", "/zaken/api/v1/")
    zaak = _zaak(other, zrc, w.zaaktype)
    other.routes[f"POST {zaak.removeprefix(other.base)}/besluiten"] = (500, {"detail": "kapot"})
    other.routes[f"GET {zaak.removeprefix(other.base)}/besluiten"] = (200, [])
    r = await api.post(f"{BESLUITEN.rsplit('/', 1)[0]}/besluit_verwerken", headers=superuser, json={
        "besluit": besluit_body(w.besluittype, zaak=zaak), "besluitinformatieobjecten": []})
    assert r.status_code == 400, r.text
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("besluit.zaak", "pending-relations")]
    assert await Besluit.find_all().to_list() == []
    assert await BesluitIdentificatie.find_all().to_list() == []
    await _nothing_left()
