"""zaaknummer_reserveren and reserveer_zaaknummer: reserved numbers are used once, by their bronorganisatie,
and never generated for another zaak (also after the Redis counter was lost)."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID, uuid4

import httpx

from tests.conftest import make_client
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype, zaak_body
from tests.rest.zaken.sub.helpers import codes, grant
from zgw.domain.zaken import identificatie, zaaknummers
from zgw.domain.zaken.documents import Zaak, ZaakNummer

BRON = "517439943"
YEAR = datetime.now(UTC).year


def number(n: int) -> str:
    return f"ZAAK-{YEAR}-{n:010d}"


async def reserve(api: httpx.AsyncClient, h: dict[str, str], path: str = "zaaknummer_reserveren",
                  **body: object) -> httpx.Response:
    return await api.post(f"{ROOT}/{path}", headers=h, json={"bronorganisatie": BRON, **body})


async def test_one_or_many(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await reserve(api, superuser)
    assert r.status_code == 201, r.text
    assert r.json() == {"zaaknummer": number(1)}
    r = await reserve(api, superuser, aantal=3)
    assert r.json() == [{"zaaknummer": number(n)} for n in (2, 3, 4)]
    r = await reserve(api, superuser, "reserveer_zaaknummer", aantal=1)
    assert r.status_code == 201
    assert r.json() == {"zaaknummer": number(5)}
    r = await reserve(api, superuser, "reserveer_zaaknummer", aantal=2)
    assert r.json() == [{"zaaknummer": number(6)}, {"zaaknummer": number(7)}]
    stored = await ZaakNummer.find({"bronorganisatie": BRON}).sort("identificatie").to_list()
    assert [(z.identificatie, z.zaak, z.used) for z in stored] == [(number(n), None, False) for n in range(1, 8)]
    # another bronorganisatie has its own counter
    r = await api.post(f"{ROOT}/zaaknummer_reserveren", headers=superuser, json={"bronorganisatie": "123456782"})
    assert r.json() == {"zaaknummer": number(1)}


async def test_bad_input_and_scope(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(f"{ROOT}/zaaknummer_reserveren", headers=superuser, json={"bronorganisatie": "123"})
    assert r.status_code == 400
    assert codes(r) == [("bronorganisatie", "min_length")]
    assert codes(await reserve(api, superuser, aantal=0)) == [("aantal", "min_value")]
    r = await reserve(api, superuser, aantal=1001)
    assert r.status_code == 400
    assert codes(r) == [("aantal", "max_value")]
    assert (await api.post(f"{ROOT}/zaaknummer_reserveren", headers=superuser, json={})).status_code == 400
    assert await ZaakNummer.find().count() == 0
    zaaktype = await published_zaaktype(api, superuser)
    reader = await make_client("lezer", autorisaties=[grant(zaaktype["url"], "zaken.lezen")])
    assert (await reserve(api, reader)).status_code == 403
    maker = await make_client("maker", autorisaties=[grant(zaaktype["url"], "zaken.aanmaken")])
    assert (await reserve(api, maker)).status_code == 201


async def test_never_generated_for_another_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = (await published_zaaktype(api, superuser))["url"]
    reserved = [x["zaaknummer"] for x in (await reserve(api, superuser, aantal=2)).json()]
    first = await make_zaak(api, superuser, zaaktype)
    assert first["identificatie"] == number(3)
    # Redis lost the counter: generation starts over, skips the reserved numbers and the zaak's one
    await identificatie._redis.delete(f"zgw:zaken:identificatie:{BRON}:{YEAR}")
    second = await make_zaak(api, superuser, zaaktype)
    assert second["identificatie"] not in [*reserved, first["identificatie"]]
    # and a reservation after a lost counter skips numbers that zaken carry
    await identificatie._redis.delete(f"zgw:zaken:identificatie:{BRON}:{YEAR}")
    again = [x["zaaknummer"] for x in (await reserve(api, superuser, aantal=2)).json()]
    assert not set(again) & {*reserved, first["identificatie"], second["identificatie"]}


async def test_used_once_by_its_bronorganisatie(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = (await published_zaaktype(api, superuser))["url"]
    reserved = (await reserve(api, superuser)).json()["zaaknummer"]
    # the same text under another bronorganisatie is another identificatie: the reservation stays free
    elsewhere = await make_zaak(api, superuser, zaaktype, identificatie=reserved, bronorganisatie="123456782")
    assert elsewhere["identificatie"] == reserved
    assert (await ZaakNummer.get(ZaakNummer.key(BRON, reserved))).zaak is None  # type: ignore[union-attr]
    zaak = await make_zaak(api, superuser, zaaktype, identificatie=reserved)
    assert (zaak["identificatie"], zaak["bronorganisatie"]) == (reserved, BRON)
    stored = await ZaakNummer.get(ZaakNummer.key(BRON, reserved))
    assert stored is not None and (str(stored.zaak), stored.used) == (zaak["uuid"], True)
    r = await api.post(f"{ROOT}/zaken", headers={**superuser, **CRS}, json=zaak_body(zaaktype, identificatie=reserved))
    assert r.status_code == 400
    assert codes(r) == [("identificatie", "identificatie-niet-uniek")]
    # used once: not again after that zaak is gone
    assert (await api.delete(zaak["url"], headers=superuser)).status_code == 204
    r = await api.post(f"{ROOT}/zaken", headers={**superuser, **CRS}, json=zaak_body(zaaktype, identificatie=reserved))
    assert r.status_code == 400
    assert codes(r) == [("identificatie", "identificatie-niet-uniek")]
    assert await Zaak.find({"identificatie": reserved, "bronorganisatie": BRON}).count() == 0


async def test_a_claim_whose_zaak_was_never_written_is_taken_over(api: httpx.AsyncClient,
                                                                   superuser: dict[str, str]) -> None:
    """A writer that died between claiming the number and writing its zaak leaves the number usable."""
    zaaktype = (await published_zaaktype(api, superuser))["url"]
    reserved = (await reserve(api, superuser)).json()["zaaknummer"]
    ghost = uuid4()
    assert await zaaknummers.claim(BRON, reserved, ghost) is True
    zaak = await make_zaak(api, superuser, zaaktype, identificatie=reserved)
    stored = await ZaakNummer.get(ZaakNummer.key(BRON, reserved))
    assert stored is not None and (str(stored.zaak), stored.used) == (zaak["uuid"], True)
    # a zaak written but never marked used (a crash right after its insert): the number counts as used
    other = (await reserve(api, superuser)).json()["zaaknummer"]
    written = await make_zaak(api, superuser, zaaktype)
    await ZaakNummer.get_pymongo_collection().update_one({"_id": ZaakNummer.key(BRON, other)},
                                                         {"$set": {"zaak": UUID(written["uuid"])}})
    r = await api.post(f"{ROOT}/zaken", headers={**superuser, **CRS}, json=zaak_body(zaaktype, identificatie=other))
    assert r.status_code == 400
    assert codes(r) == [("identificatie", "identificatie-niet-uniek")]
    stored = await ZaakNummer.get(ZaakNummer.key(BRON, other))
    assert stored is not None and stored.used is True
