"""Objects in external services, fetched with the service's credentials and checked for their shape.

Refusals carry Open Zaak's codes: `unknown-service` (no registered service of that API type holds the URL),
`bad-url` (no answer, or not a 200 with a JSON object) and `invalid-resource` (it answers, but not with the
resource the field expects: a zaaktype URL that answers a besluittype).
"""

from __future__ import annotations

from typing import Any

from zgw.domain.errors import UrlRefused
from zgw.domain.services import client, registry
from zgw.domain.services.documents import Service

# the required fields of each resource that every version of its OAS shares
ENKELVOUDIGINFORMATIEOBJECT = ("url", "identificatie", "bronorganisatie", "creatiedatum", "titel", "auteur", "taal",
                               "informatieobjecttype")
INFORMATIEOBJECTTYPE = ("url", "catalogus", "omschrijving", "vertrouwelijkheidaanduiding", "beginGeldigheid")
ZAAKINFORMATIEOBJECT = ("url", "informatieobject", "zaak")
OBJECTINFORMATIEOBJECT = ("url", "informatieobject", "object", "objectType")


def is_remote(ref: str | None) -> bool:
    return bool(ref) and str(ref).startswith(("http://", "https://"))


def unknown_service(url: str) -> UrlRefused:
    return UrlRefused("unknown-service", f"De URL {url} hoort niet bij deze installatie en er is geen externe "
                                         "service voor geconfigureerd.")


def bad_url(url: str) -> UrlRefused:
    return UrlRefused("bad-url", f"De URL {url} kon niet opgehaald worden.")


def invalid_resource(url: str, resource: str) -> UrlRefused:
    return UrlRefused("invalid-resource", f"De URL {url} resource lijkt niet op een `{resource}`. "
                                          "Geef een geldige URL op.")


async def service_for(url: str, api_type: str) -> Service:
    service = await registry.for_url(url, api_type)
    if service is None:
        raise unknown_service(url)
    return service


def shape(url: str, data: Any, fields: tuple[str, ...], resource: str) -> dict[str, Any]:
    if not isinstance(data, dict) or any(name not in data for name in fields):
        raise invalid_resource(url, resource)
    return data


async def fetch(url: str, api_type: str, fields: tuple[str, ...], resource: str, *,
                fresh: bool = False) -> dict[str, Any]:
    """The object at `url` in a registered service of `api_type`, if it looks like a `resource`."""
    service = await service_for(url, api_type)
    try:
        fetched = await client.get(service, url, fresh=fresh)
    except client.Unreachable:
        raise bad_url(url) from None
    if fetched.status != 200 or fetched.data is None:
        raise bad_url(url)
    return shape(url, fetched.data, fields, resource)


async def fetch_many(urls: list[str], api_type: str, fields: tuple[str, ...], resource: str, *,
                     fresh: bool = False) -> dict[str, dict[str, Any] | UrlRefused]:
    """Many objects at once: each distinct URL fetched once, concurrently; a refusal per URL that fails."""
    out: dict[str, dict[str, Any] | UrlRefused] = {}
    pairs = []
    wanted = list(dict.fromkeys(urls))
    for url in wanted:
        service = await registry.for_url(url, api_type)
        if service is None:
            out[url] = unknown_service(url)
        else:
            pairs.append((service, url))
    for url, result in (await client.get_many(pairs, fresh=fresh)).items():
        if isinstance(result, client.Unreachable) or result.status != 200 or result.data is None:
            out[url] = bad_url(url)
            continue
        try:
            out[url] = shape(url, result.data, fields, resource)
        except UrlRefused as refused:
            out[url] = refused
    return {url: out[url] for url in wanted}


async def read_many(urls: list[str], *, fresh: bool = False) -> dict[str, client.Fetched | client.Unreachable | None]:
    """Objects at URLs under any registered service (expand, GraphQL): each distinct URL fetched once,
    concurrently and cached, with its service's credentials. Per URL the answer (any status), Unreachable,
    or None when no registered service holds it."""
    out: dict[str, client.Fetched | client.Unreachable | None] = {}
    pairs = []
    wanted = list(dict.fromkeys(urls))
    for url in wanted:
        service = await registry.for_url(url) if is_remote(url) else None
        if service is None:
            out[url] = None
        else:
            pairs.append((service, url))
    out.update(await client.get_many(pairs, fresh=fresh))
    return {url: out[url] for url in wanted}


async def related(url: str, collection: str, api_type: str = "drc") -> list[dict[str, Any]] | None:
    """The objects of `collection` in the API that holds `url` that name it (`?informatieobject=url`: a remote
    document's gebruiksrechten, objectinformatieobjecten), as that API lists them for us; None when it cannot
    tell (no service, unreachable, an error, a refusal)."""
    service = await registry.for_url(url, api_type)
    if service is None:
        return None
    try:
        response = await client.request(service, "GET", service.api_root + collection,
                                        params={"informatieobject": url})
        body = response.json() if response.status_code == 200 else None
    except (client.Unreachable, ValueError):
        return None
    items = body.get("results") if isinstance(body, dict) else body
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else None
