"""400 answers carry a real `detail` (the Autorisaties OAS requires one): Open Zaak repeats the title there."""

from __future__ import annotations

import httpx

URL = "/autorisaties/api/v1/applicaties"


async def test_rule_violation_has_detail(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, json={"clientIds": ["x"], "label": "X"}, headers=superuser)
    assert r.status_code == 400
    body = r.json()
    assert body == {
        "type": "http://testserver/ref/fouten/ValidationError/",
        "code": "invalid",
        "title": "Invalid input.",
        "status": 400,
        "detail": "Invalid input.",
        "instance": body["instance"],
        "invalidParams": [{"name": "nonFieldErrors", "code": "missing-authorizations",
                           "reason": "Specify either `heeftAlleAutorisaties` or `autorisaties`."}],
    }


async def test_schema_violation_has_detail(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, json={"clientIds": "x", "heeftAlleAutorisaties": True}, headers=superuser)
    assert r.status_code == 400
    body = r.json()
    assert (body["code"], body["title"], body["detail"]) == ("invalid", "Invalid input.", "Invalid input.")
    assert {p["name"] for p in body["invalidParams"]} >= {"label"}


async def test_bad_query_parameter_has_detail(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.get(URL, params={"page": "zero"}, headers=superuser)
    assert r.status_code == 400
    body = r.json()
    assert (body["title"], body["detail"]) == ("Invalid input.", "Invalid input.")
    assert body["invalidParams"] == [{"name": "page", "code": "invalid", "reason": "Een geldig getal is vereist."}]
