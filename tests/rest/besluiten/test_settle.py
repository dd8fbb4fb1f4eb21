"""Settling intents that a writer left before its leading write (rolled back) and a delete left half way
(completed), as the sweep finds them; the roll-forward cases are tests/workers/test_bio_crash_e2e.py."""

from __future__ import annotations

from uuid import UUID, uuid4

import httpx

from tests.rest.besluiten.factories import RSIN, link, make_besluit, make_document, world, zaak_of
from zgw.domain.besluiten import links, zaakbesluiten
from zgw.domain.besluiten.documents import (
    Besluit,
    BesluitIdentificatie,
    BesluitInformatieObject,
    BesluitIntent,
    ZaakBesluit,
    ZaakBesluiten,
)
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject


def uid(url: str) -> UUID:
    return UUID(url.rsplit("/", 1)[-1])


def ref(url: str) -> str:
    return url.removeprefix("http://testserver")


async def test_a_besluit_never_written_is_rolled_back(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    besluit_id = uuid4()
    key = BesluitIdentificatie.key(RSIN, "B-9")
    # what a writer killed before the besluit itself leaves: intent, identificatie key, the zaak's name of it
    await links.begin(BesluitIntent(id=links.besluit_key(besluit_id), op="besluit-create", besluit=besluit_id,
                                    zaak=ref(zaak["url"]), identificatie_key=key, since=links.now()))
    await BesluitIdentificatie(id=key, besluit=besluit_id).insert()
    await zaakbesluiten.name(ref(zaak["url"]), besluit_id)
    assert await links.sweep(grace=0) == 1
    assert await BesluitIdentificatie.get(key) is None
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == []  # type: ignore[union-attr]
    assert await BesluitIntent.find({}).count() == 0
    # the identificatie is free again
    await make_besluit(api, superuser, w.besluittype, identificatie="B-9")


async def test_a_link_never_written_is_rolled_back(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    w = await world(api, superuser)
    besluit = await make_besluit(api, superuser, w.besluittype)
    doc = await make_document(api, superuser, w.iot)
    bio_id = uuid4()
    await links.begin(BesluitIntent(id=links.pair_key(ref(besluit["url"]), ref(doc["url"])), op="bio-create",
                                    besluit=uid(besluit["url"]), bio=bio_id, informatieobject=ref(doc["url"]),
                                    since=links.now()))
    await Besluit.get_pymongo_collection().update_one({"_id": uid(besluit["url"])},
                                                      {"$addToSet": {"besluitinformatieobjecten": bio_id}})
    await oios.name(uid(doc["url"]), "objectinformatieobjecten", oios.mirror_id(bio_id))
    assert await links.sweep(grace=0) == 1
    assert (await Besluit.get(uid(besluit["url"]))).besluitinformatieobjecten == []  # type: ignore[union-attr]
    assert (await EnkelvoudigInformatieObject.get(uid(doc["url"]))).objectinformatieobjecten == []  # type: ignore[union-attr]
    assert await BesluitIntent.find({}).count() == 0
    # and the pair can be linked now
    await link(api, superuser, besluit["url"], doc["url"])


async def test_a_delete_left_half_way_is_completed(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    besluit = await make_besluit(api, superuser, w.besluittype, zaak=zaak["url"])
    doc = await make_document(api, superuser, w.iot)
    bio = await link(api, superuser, besluit["url"], doc["url"])
    # a delete killed after its intent and the first mirror
    await links.begin(BesluitIntent(id=links.besluit_key(uid(besluit["url"])), op="besluit-delete",
                                    besluit=uid(besluit["url"]), zaak=ref(zaak["url"]), since=links.now()))
    await oios.discard(oios.mirror_id(uid(bio["url"])))
    assert await links.sweep(grace=0) == 1
    for model in (Besluit, BesluitInformatieObject, ZaakBesluit, BesluitIdentificatie, BesluitIntent):
        assert await model.find({}).count() == 0, model
    assert (await EnkelvoudigInformatieObject.get(uid(doc["url"]))).objectinformatieobjecten == []  # type: ignore[union-attr]
    # a young intent is left to its (living) writer
    await links.begin(BesluitIntent(id=uuid4(), op="besluit-delete", besluit=uuid4(), since=links.now()))
    assert await links.sweep() == 0
