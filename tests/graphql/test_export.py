"""The streamed export: content, authorisation, the filter, batches, errors as problem+json."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import httpx
import orjson

from tests.conftest import make_client
from tests.domain.analytics.dataset import build, copy_dir, ref, restricted
from zgw.domain.analytics import statistiek, store
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.graphql.export import COLUMNS

__all__ = ["copy_dir"]

URL = "http://testserver/graphql/export/zaken"


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_csv_and_ndjson_content(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    data = await build(api, h)
    await store.rebuild()
    r = await api.get(f"{URL}.csv", headers=h)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.text.splitlines()[0] == ",".join(COLUMNS)
    rows = parse_csv(r.text)
    assert len(rows) == 7
    # newest first, as GET /zaken
    assert [x["uuid"] for x in rows] == [data.zaken[n]["uuid"] for n in ("c1", "b2", "b1", "a4", "a3", "a2", "a1")]
    a1 = next(x for x in rows if x["uuid"] == data.zaken["a1"]["uuid"])
    assert {k: a1[k] for k in ("url", "identificatie", "zaaktype", "zaaktypeIdentificatie", "zaaktypeOmschrijving",
                               "startdatum", "einddatum", "uiterlijkeEinddatumAfdoening", "statustype",
                               "statustypeOmschrijving", "resultaattype", "resultaattypeOmschrijving",
                               "doorlooptijdDagen", "overUiterlijkeEinddatum", "vertrouwelijkheidaanduiding")} == {
        "url": data.zaken["a1"]["url"], "identificatie": data.zaken["a1"]["identificatie"],
        "zaaktype": data.zaaktypen["A"], "zaaktypeIdentificatie": "ZT-A", "zaaktypeOmschrijving": "Zaaktype A",
        "startdatum": "2024-01-10", "einddatum": "2024-01-20", "uiterlijkeEinddatumAfdoening": "2024-01-15",
        "statustype": data.statustypen["A"]["eind"], "statustypeOmschrijving": "Afgerond",
        "resultaattype": data.resultaattypen["A"], "resultaattypeOmschrijving": "Toegekend",
        "doorlooptijdDagen": "10", "overUiterlijkeEinddatum": "true", "vertrouwelijkheidaanduiding": "openbaar"}
    c1 = next(x for x in rows if x["uuid"] == data.zaken["c1"]["uuid"])
    assert (c1["einddatum"], c1["statustype"], c1["doorlooptijdDagen"], c1["overUiterlijkeEinddatum"]) == (
        "", "", "", "false")
    r = await api.get(f"{URL}.ndjson", headers=h)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/x-ndjson"
    records = [orjson.loads(line) for line in r.text.splitlines()]
    assert [x["uuid"] for x in records] == [x["uuid"] for x in rows]
    first = next(x for x in records if x["uuid"] == data.zaken["a1"]["uuid"])
    assert (first["doorlooptijdDagen"], first["overUiterlijkeEinddatum"], first["einddatum"]) == (
        10, True, "2024-01-20")


async def test_filter_and_authorisation(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    data = await build(api, h)
    await store.rebuild()
    beperkt = await restricted(data)
    r = await api.get(f"{URL}.csv", headers=beperkt)
    assert r.status_code == 200
    assert sorted(x["uuid"] for x in parse_csv(r.text)) == sorted(
        data.zaken[n]["uuid"] for n in ("a1", "a2", "a4", "b1"))
    wanted = json.dumps({"zaaktype": data.zaaktypen["A"], "isOpen": False})
    r = await api.get(f"{URL}.ndjson", headers=h, params={"filter": wanted})
    assert sorted(orjson.loads(x)["uuid"] for x in r.text.splitlines()) == sorted(
        data.zaken[n]["uuid"] for n in ("a1", "a2"))
    betrokkene = json.dumps({"betrokkene": {"bsn": "111222333"}})
    r = await api.get(f"{URL}.csv", headers=beperkt, params={"filter": betrokkene})
    assert [x["uuid"] for x in parse_csv(r.text)] == [data.zaken["a1"]["uuid"]]
    # nothing for a caller without zaken.lezen, nor without a token; the header alone when nothing matches
    r = await api.get(f"{URL}.csv", headers=h, params={"filter": json.dumps({"zaaktype": data.zaaktypen["C"],
                                                                              "isOpen": False})})
    assert r.text == ",".join(COLUMNS) + "\n"
    r = await api.get(f"{URL}.csv")
    assert (r.status_code, r.headers["content-type"], r.json()["code"]) == (
        403, "application/problem+json", "not_authenticated")
    catalogi_only = await make_client("catalogi", autorisaties=[{"component": "ztc", "scopes": ["catalogi.lezen"]}])
    assert (await api.get(f"{URL}.csv", headers=catalogi_only)).status_code == 403


async def test_bad_requests_are_problems(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    r = await api.get(f"{URL}.csv", headers=h)
    assert (r.status_code, r.json()["code"]) == (503, "analytics-not-ready")
    await store.rebuild()
    for params, name, code in (
        ({"filter": "{nope"}, "filter", "parse_error"),
        ({"filter": json.dumps({"startdatum__gte": "gisteren"})}, "filter.startdatum__gte", "invalid"),
        ({"filter": json.dumps({"onbekend": 1})}, "filter", "invalid"),
        ({"filter": json.dumps({"kenmerk": "a:b"})}, "kenmerk", "unsupported-filter"),
        ({"pageSize": "10"}, "nonFieldErrors", "unknown-parameters"),
    ):
        r = await api.get(f"{URL}.csv", headers=h, params=params)
        assert r.status_code == 400, (params, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        first = r.json()["invalidParams"][0]
        assert first["code"] == code and first["name"].startswith(name), (params, r.text)


async def test_batches_are_keyset_pages(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    data = await build(api, h)
    await store.rebuild()
    superuser = Policy(Principal(client_id="super", superuser=True))
    batches = [b async for b in statistiek.export(superuser, {}, batch=2, today=date(2026, 12, 2))]
    assert [len(b) for b in batches] == [2, 2, 2, 1]
    ids = [row["id"] for b in batches for row in b]
    assert ids == [data.zaken[n]["uuid"] for n in ("c1", "b2", "b1", "a4", "a3", "a2", "a1")]
    only_a = [b async for b in statistiek.export(superuser, {"zaaktype": ref(data.zaaktypen["A"])}, batch=3)]
    assert [len(b) for b in only_a] == [3, 1]
