"""Zaken 1.7.0: a zaakeigenschap whose waarde does not fit the specificatie is stored with an `X-Warning`;
with ZAAK_EIGENSCHAP_WAARDE_VALIDATION on it is refused (Open Zaak) and nothing is stored."""

from __future__ import annotations

import httpx
import pytest

from tests.rest.catalogi.factories import make_eigenschap
from tests.rest.zaken.sub.helpers import codes, setup
from zgw.core.settings import Settings
from zgw.domain.zaken.documents import ZaakEigenschap


async def _eigenschap(api: httpx.AsyncClient, h: dict[str, str]) -> tuple[str, str, str]:
    s = await setup(api, h)
    tekst = await make_eigenschap(api, h, s.zaaktype["url"])  # tekst, lengte 10
    getal = await make_eigenschap(api, h, s.zaaktype["url"], naam="bedrag",
                                  specificatie={"formaat": "getal", "lengte": "8", "kardinaliteit": "1"})
    return s.zaak["url"], tekst["url"], getal["url"]


async def test_stored_with_a_warning(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaak, tekst, getal = await _eigenschap(api, superuser)
    base = f"{zaak}/zaakeigenschappen"
    r = await api.post(base, headers=superuser, json={"zaak": zaak, "eigenschap": tekst, "waarde": "AB-12-CD"})
    assert r.status_code == 201, r.text
    assert "X-Warning" not in r.headers
    r = await api.post(base, headers=superuser,
                       json={"zaak": zaak, "eigenschap": tekst, "waarde": "veel te lang kenteken"})
    assert r.status_code == 201, r.text
    assert r.headers["X-Warning"] == ("De zaakeigenschap voldoet niet aan de specificatie van de eigenschap: "
                                      "De waarde is langer dan 10 tekens.")
    assert r.json()["waarde"] == "veel te lang kenteken"
    r = await api.post(base, headers=superuser, json={"zaak": zaak, "eigenschap": getal, "waarde": "twaalf"})
    assert r.status_code == 201
    assert r.headers["X-Warning"].endswith("De waarde is geen getal.")
    # an update that makes it fit answers without a warning, one that breaks it with one
    r = await api.patch(r.json()["url"], headers=superuser, json={"waarde": "12,50"})
    assert r.status_code == 200, r.text
    assert "X-Warning" not in r.headers
    r = await api.patch(r.json()["url"], headers=superuser, json={"waarde": "12 euro"})
    assert r.headers["X-Warning"].endswith("De waarde is geen getal.")
    assert await ZaakEigenschap.find().count() == 3


async def test_refused_when_validation_is_on(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "zaak_eigenschap_waarde_validation", True)
    zaak, tekst, _ = await _eigenschap(api, superuser)
    r = await api.post(f"{zaak}/zaakeigenschappen", headers=superuser,
                       json={"zaak": zaak, "eigenschap": tekst, "waarde": "veel te lang kenteken"})
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "waarde-incorrect-format")]
    assert "X-Warning" not in r.headers
    assert await ZaakEigenschap.find().count() == 0
    r = await api.post(f"{zaak}/zaakeigenschappen", headers=superuser,
                       json={"zaak": zaak, "eigenschap": tekst, "waarde": "AB-12-CD"})
    assert r.status_code == 201
    assert "X-Warning" not in r.headers
