"""GET /zaken and POST /zaken/_zoek: every filter and ordering of the spec, exact results, both paths agree."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.zaken.factories import CRS, make_zaak
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup

EHERKENNING = "urn:etoegang:core:assurance-class:"
DIGID = "urn:oasis:names:tc:SAML:2.0:ac:classes:"
ARCHIVED_B = {"archiefnominatie": "vernietigen", "archiefstatus": "gearchiveerd", "archiefactiedatum": "2030-01-01"}
ARCHIVED_C = {"archiefnominatie": "blijvend_bewaren", "archiefstatus": "overgedragen",
              "archiefactiedatum": "2035-01-01"}


async def _status(api: httpx.AsyncClient, h: dict[str, str], zaak: str, statustype: str, when: str) -> None:
    r = await api.post(f"{ROOT}/statussen", headers=h,
                       json={"zaak": zaak, "statustype": statustype, "datumStatusGezet": when})
    assert r.status_code == 201, r.text


async def _resultaat(api: httpx.AsyncClient, h: dict[str, str], zaak: str, resultaattype: str) -> None:
    r = await api.post(f"{ROOT}/resultaten", headers=h, json={"zaak": zaak, "resultaattype": resultaattype})
    assert r.status_code == 201, r.text


def _query(params: dict[str, Any]) -> dict[str, str]:
    """The query-string form of a _zoek body: lists comma-separated, booleans lower-case."""
    out = {}
    for key, value in params.items():
        if isinstance(value, list):
            out[key] = ",".join(value)
        elif isinstance(value, bool):
            out[key] = str(value).lower()
        else:
            out[key] = value
    return out


class Finder:
    def __init__(self, api: httpx.AsyncClient, h: dict[str, str]) -> None:
        self.api, self.h = api, {**h, **CRS}

    async def zoek(self, body: dict[str, Any]) -> list[str]:
        r = await self.api.post(f"{ROOT}/zaken/_zoek", json=body, headers=self.h)
        assert r.status_code == 200, r.text
        assert r.json()["count"] == len(r.json()["results"])
        return [z["url"] for z in r.json()["results"]]

    async def __call__(self, **params: Any) -> list[str]:
        """The urls GET /zaken answers, in order, after checking _zoek answers the same."""
        r = await self.api.get(f"{ROOT}/zaken", params=_query(params), headers=self.h)
        assert r.status_code == 200, r.text
        listed = [z["url"] for z in r.json()["results"]]
        assert r.json()["count"] == len(listed)
        assert await self.zoek(params) == listed, params
        return listed


async def test_status_resultaat_and_rol_loa(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser, catalogus=s.zaaktype["catalogus"], identificatie="ZT-2")
    h = superuser
    closed, current, bare = s.zaak["url"], (await make_zaak(api, h, s.zaaktype["url"]))["url"], \
        (await make_zaak(api, h, s.zaaktype["url"]))["url"]
    # `closed` had the begin status first, then the eindstatus; `current` has the begin status now
    await _status(api, h, closed, s.begin["url"], "2024-03-02T10:00:00Z")
    await _resultaat(api, h, closed, s.resultaattype["url"])
    await _status(api, h, closed, s.eind["url"], "2024-03-03T10:00:00Z")
    await _status(api, h, current, s.begin["url"], "2024-03-02T10:00:00Z")
    await _resultaat(api, h, other.zaak["url"], other.resultaattype["url"])
    found = Finder(api, h)
    assert await found(status__statustype=s.begin["url"]) == [current]
    assert await found(status__statustype=s.eind["url"]) == [closed]
    assert await found(status__statustype=other.begin["url"]) == []
    assert await found(resultaat__resultaattype=s.resultaattype["url"]) == [closed]
    assert await found(resultaat__resultaattype=other.resultaattype["url"]) == [other.zaak["url"]]
    assert await found(einddatum__isnull=True) == [bare, current, other.zaak["url"]]
    assert await found(einddatum__isnull=False) == [closed]
    assert await found(einddatum="2024-03-03") == [closed]

    async def rol(zaak: str, kind: str, ident: dict[str, Any], context: dict[str, Any] | None) -> None:
        body = {"zaak": zaak, "betrokkeneType": kind, "roltype": s.initiator["url"] if zaak != other.zaak["url"]
                else other.initiator["url"], "roltoelichting": "t", "betrokkeneIdentificatie": ident}
        if context:
            body["authenticatieContext"] = context
        r = await api.post(f"{ROOT}/rollen", headers=h, json=body)
        assert r.status_code == 201, r.text

    await rol(closed, "natuurlijk_persoon", {"inpBsn": "111222333"},
              {"source": "digid", "levelOfAssurance": DIGID + "MobileTwoFactorContract"})
    await rol(current, "natuurlijk_persoon", {"inpBsn": "111222333"},
              {"source": "digid", "levelOfAssurance": DIGID + "Smartcard"})
    await rol(bare, "natuurlijk_persoon", {"inpBsn": "111222333"}, None)
    await rol(other.zaak["url"], "niet_natuurlijk_persoon", {"kvkNummer": "12345678"},
              {"source": "eherkenning", "levelOfAssurance": EHERKENNING + "loa2plus",
               "actingSubject": "4B75A0EA107B3D36"})
    # "at most this level", per scheme; a rol without authenticatieContext never matches
    assert await found(rol__machtiging__loa=DIGID + "PasswordProtectedTransport") == []
    assert await found(rol__machtiging__loa=DIGID + "MobileTwoFactorContract") == [closed]
    assert await found(rol__machtiging__loa=DIGID + "SmartcardPKI") == [current, closed]
    assert await found(rol__machtiging__loa=EHERKENNING + "loa2") == []
    assert await found(rol__machtiging__loa=EHERKENNING + "loa2plus") == [other.zaak["url"]]
    assert await found(rol__machtiging__loa=EHERKENNING + "loa4") == [other.zaak["url"]]
    # together with another rol__ filter, on the same rol
    assert await found(rol__machtiging__loa=DIGID + "SmartcardPKI",
                       rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn="111222333") == [current, closed]
    assert await found(rol__machtiging__loa=DIGID + "SmartcardPKI", rol__betrokkeneType="vestiging") == []


async def _fields_setup(api: httpx.AsyncClient, h: dict[str, str],
                        archived: bool = True) -> tuple[Setup, list[dict[str, Any]]]:
    """Zaken B, C, A (creation order): dates sort B < C < A, identificaties A < B < C."""
    s = await setup(api, h)
    zt = s.zaaktype["url"]
    await api.delete(s.zaak["url"], headers=h)
    made = [
        await make_zaak(api, h, zt, identificatie="Z-B", bronorganisatie="111222333", startdatum="2024-01-10",
                        registratiedatum="2024-01-11", einddatumGepland="2024-02-01",
                        uiterlijkeEinddatumAfdoening="2024-03-01", publicatiedatum="2024-01-20",
                        vertrouwelijkheidaanduiding="openbaar",
                        kenmerken=[{"bron": "crm", "kenmerk": "K1"}, {"bron": "erp", "kenmerk": "E1"}],
                        **(ARCHIVED_B if archived else {})),
        await make_zaak(api, h, zt, identificatie="Z-C", bronorganisatie="517439943", startdatum="2024-02-10",
                        registratiedatum="2024-02-11", einddatumGepland="2024-03-01",
                        uiterlijkeEinddatumAfdoening="2024-04-01", publicatiedatum="2024-02-20",
                        vertrouwelijkheidaanduiding="vertrouwelijk", kenmerken=[{"bron": "crm", "kenmerk": "K2"}],
                        **(ARCHIVED_C if archived else {})),
        await make_zaak(api, h, zt, identificatie="Z-A", bronorganisatie="999990019", startdatum="2024-03-10",
                        registratiedatum="2024-03-11", einddatumGepland="2024-04-01",
                        uiterlijkeEinddatumAfdoening="2024-05-01", publicatiedatum="2024-03-20",
                        vertrouwelijkheidaanduiding="geheim",
                        **({"archiefactiedatum": "2032-01-01"} if archived else {})),
    ]
    return s, made


async def test_field_filters(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    _, (b, c, a) = await _fields_setup(api, superuser)
    found = Finder(api, superuser)
    A, B, C = a["url"], b["url"], c["url"]
    assert await found(identificatie="Z-C") == [C]
    assert await found(identificatie="Z") == []
    assert await found(bronorganisatie__in=["111222333", "999990019"]) == [A, B]
    assert await found(bronorganisatie="517439943") == [C]
    assert await found(kenmerk="crm:K2") == [C]
    assert await found(kenmerk="erp:K1") == []  # bron and kenmerk of one item
    assert await found(kenmerk__bron="erp") == [B]
    assert await found(kenmerk__bron="crm") == [C, B]
    assert await found(archiefactiedatum__lt="2032-01-01") == [B]
    assert await found(archiefactiedatum__gt="2030-01-01") == [A, C]
    assert await found(archiefactiedatum="2035-01-01") == [C]
    assert await found(archiefactiedatum__isnull=False) == [A, C, B]
    assert await found(archiefstatus__in=["overgedragen", "gearchiveerd"]) == [C, B]
    assert await found(archiefstatus__in=["nog_te_archiveren"]) == [A]
    assert await found(archiefstatus="gearchiveerd") == [B]
    assert await found(archiefnominatie__in=["blijvend_bewaren"]) == [C]
    assert await found(startdatum="2024-02-10") == [C]
    assert await found(startdatum__gt="2024-02-10") == [A]
    assert await found(startdatum__gte="2024-02-10") == [A, C]
    assert await found(startdatum__lt="2024-02-10") == [B]
    assert await found(startdatum__lte="2024-02-10") == [C, B]
    assert await found(startdatum__gt="2024-01-10", startdatum__lt="2024-03-10") == [C]
    assert await found(registratiedatum="2024-02-11") == [C]
    assert await found(registratiedatum__gt="2024-02-11") == [A]
    assert await found(registratiedatum__lt="2024-02-11") == [B]
    assert await found(einddatumGepland="2024-03-01") == [C]
    assert await found(einddatumGepland__gt="2024-03-01") == [A]
    assert await found(einddatumGepland__lt="2024-03-01") == [B]
    assert await found(uiterlijkeEinddatumAfdoening="2024-04-01") == [C]
    assert await found(uiterlijkeEinddatumAfdoening__gt="2024-04-01") == [A]
    assert await found(uiterlijkeEinddatumAfdoening__lt="2024-04-01") == [B]
    assert await found(maximaleVertrouwelijkheidaanduiding="openbaar") == [B]
    assert await found(maximaleVertrouwelijkheidaanduiding="vertrouwelijk") == [C, B]
    assert await found(maximaleVertrouwelijkheidaanduiding="zeer_geheim") == [A, C, B]


async def test_archiefactiedatum_isnull(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    dated = await make_zaak(api, superuser, s.zaaktype["url"], archiefactiedatum="2030-01-01")
    found = Finder(api, superuser)
    assert await found(archiefactiedatum__isnull=True) == [s.zaak["url"]]
    assert await found(archiefactiedatum__isnull=False) == [dated["url"]]


async def test_ordering_on_every_listed_field(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s, (b, c, a) = await _fields_setup(api, superuser, archived=False)
    found = Finder(api, superuser)
    # einddatum: close B on 2024-03-05 and C on 2024-03-04, A on 2024-03-06
    for zaak, day in ((b, "05"), (c, "04"), (a, "06")):
        await _resultaat(api, superuser, zaak["url"], s.resultaattype["url"])
        await _status(api, superuser, zaak["url"], s.eind["url"], f"2024-03-{day}T10:00:00Z")
    A, B, C = a["url"], b["url"], c["url"]
    # closing derives archiefactiedatum (einddatum + 10 years): C 2034-03-04, B 2034-03-05, A 2034-03-06
    expected = {
        "startdatum": [B, C, A], "registratiedatum": [B, C, A], "publicatiedatum": [B, C, A],
        "identificatie": [A, B, C], "einddatum": [C, B, A], "archiefactiedatum": [C, B, A],
    }
    for field, order in expected.items():
        assert await found(ordering=[field]) == order, field
        assert await found(ordering=["-" + field]) == order[::-1], field
    # more than one key; ties fall back to newest first
    assert await found(ordering=["-startdatum", "identificatie"]) == [A, C, B]
    r = await api.get(f"{ROOT}/zaken", params={"ordering": "omschrijving"}, headers={**superuser, **CRS})
    assert r.status_code == 400
    assert [p["name"] for p in r.json()["invalidParams"]] == ["ordering"]


async def test_zoek_on_uuid_and_zaaktype_lists(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser, catalogus=s.zaaktype["catalogus"], identificatie="ZT-2")
    third = await setup(api, superuser, catalogus=s.zaaktype["catalogus"], identificatie="ZT-3")
    extra = await make_zaak(api, superuser, s.zaaktype["url"])
    found = Finder(api, superuser)
    S, OT, T, E = s.zaak["url"], other.zaak["url"], third.zaak["url"], extra["url"]
    assert await found.zoek({"uuid__in": [extra["uuid"], other.zaak["uuid"]]}) == [E, OT]
    assert await found.zoek({"uuid__in": ["00000000-0000-4000-8000-000000000000"]}) == []
    assert await found.zoek({"zaaktype__in": [s.zaaktype["url"], third.zaaktype["url"]]}) == [E, T, S]
    assert await found.zoek({"zaaktype__not_in": [s.zaaktype["url"]]}) == [T, OT]
    assert await found.zoek({"zaaktype__in": [s.zaaktype["url"], other.zaaktype["url"]],
                             "zaaktype__not_in": [other.zaaktype["url"]],
                             "uuid__in": [s.zaak["uuid"], other.zaak["uuid"], third.zaak["uuid"]]}) == [S]
    r = await api.post(f"{ROOT}/zaken/_zoek", json={"uuid__in": ["geen-uuid"]}, headers={**superuser, **CRS})
    assert r.status_code == 400
    assert [p["name"] for p in r.json()["invalidParams"]] == ["uuid__in.0"]
