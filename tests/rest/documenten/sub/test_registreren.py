"""document_registreren: an informatieobject and its zaakinformatieobject in one request, all or nothing."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.documenten.sub.helpers import DOCUMENTEN, ZAKEN, linked_setup
from tests.rest.zaken.sub.helpers import codes, grant
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

URL = f"{DOCUMENTEN}/document_registreren"


def _body(iot: str, zaak: str, **eio: Any) -> dict[str, Any]:
    return {"enkelvoudiginformatieobject": {
        "bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "Aanvraag", "auteur": "Burger",
        "taal": "dut", "informatieobjecttype": iot, "bestandsnaam": "a.txt", "formaat": "text/plain",
        "inhoud": base64.b64encode(b"aanvraag").decode(), **eio},
        "zaakinformatieobject": {"zaak": zaak, "titel": "de aanvraag"}}


async def test_both_or_nothing(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    r = await api.post(URL, headers=superuser, json=_body(s.iot["url"], s.zaak["url"]))
    assert r.status_code == 201, r.text
    eio, zio = r.json()["enkelvoudiginformatieobject"], r.json()["zaakinformatieobject"]
    assert (eio["titel"], eio["versie"], zio["informatieobject"], zio["zaak"], zio["titel"]) == (
        "Aanvraag", 1, eio["url"], s.zaak["url"], "de aanvraag")
    stored = await ZaakInformatieObject.get(zio["uuid"])
    assert stored is not None and await oios.ObjectInformatieObject.get(oios.mirror_id(stored.id)) is not None
    assert (await api.get(zio["url"], headers=superuser)).json() == zio
    kanalen = {(m.kanaal, m.resource) for m in await OutboxMessage.find({}).to_list()}
    assert {("documenten", "enkelvoudiginformatieobject"), ("zaken", "zaakinformatieobject")} <= kanalen

    # a document type the zaaktype does not know: nothing is written
    before = await EnkelvoudigInformatieObject.find({}).count()
    r = await api.post(URL, headers=superuser, json=_body(s.other_iot["url"], s.zaak["url"]))
    assert (r.status_code, codes(r)) == (400, [("zaakinformatieobject.nonFieldErrors",
                                                "missing-zaaktype-informatieobjecttype-relation")])
    # a bad document body: nothing is written either
    r = await api.post(URL, headers=superuser, json=_body(s.iot["url"], s.zaak["url"], taal="nederlands"))
    assert r.status_code == 400
    assert all(name.startswith("enkelvoudiginformatieobject.") for name, _ in codes(r))
    missing = f"{ZAKEN}/zaken/6f9f0a5e-0000-4000-8000-000000000000"
    r = await api.post(URL, headers=superuser, json=_body(s.iot["url"], missing))
    assert (r.status_code, codes(r)) == (400, [("zaakinformatieobject.zaak", "does_not_exist")])
    assert await EnkelvoudigInformatieObject.find({}).count() == before


async def test_needs_both_components(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    drc = {"component": "drc", "scopes": ["documenten.aanmaken"],
           "informatieobjecttype": s.iot["url"].removeprefix("http://testserver"),
           "max_vertrouwelijkheidaanduiding": "zeer_geheim"}
    only_documents = await make_client("reg-drc", autorisaties=[drc])
    assert (await api.post(URL, headers=only_documents, json=_body(s.iot["url"], s.zaak["url"]))).status_code == 403
    both = await make_client("reg-both", autorisaties=[drc, grant(s.zaaktype["url"], "zaken.aanmaken")])
    r = await api.post(URL, headers=both, json=_body(s.iot["url"], s.zaak["url"]))
    assert r.status_code == 201, r.text
