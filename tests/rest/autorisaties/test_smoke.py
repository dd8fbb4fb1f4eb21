import httpx


async def test_create_and_read(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    body = {"clientIds": ["app-1"], "label": "App 1", "heeftAlleAutorisaties": True}
    r = await api.post("/autorisaties/api/v1/applicaties", json=body, headers=superuser)
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    r = await api.get(url, headers=superuser)
    assert r.status_code == 200
    assert r.json()["clientIds"] == ["app-1"]
