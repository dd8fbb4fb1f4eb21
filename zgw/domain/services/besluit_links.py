"""brc-005 / brc-006 across APIs: a besluit here, its zaak in an external Zaken API (a registered zrc) or
its document in an external Documenten API (a registered drc).

This side (the Besluiten API) leads, as for a local zaak or document (zgw.domain.besluiten.links): the
intent is stored, the besluit (or besluitinformatieobject) written, and then its mirror made in the other
API with the service's credentials: the zaakbesluit (`POST {zaak}/besluiten`) or the objectinformatieobject
(objectType `besluit`). The other API checks back with us before it accepts (the besluit exists and names
the zaak; the besluitinformatieobject exists), so the local write always comes first. When the remote call
fails the local write is undone and the request answers `pending-relations`; a mirror made anyway (a
timeout) is looked up and deleted, or left to the sweep (the intent stays). Deletes go local first (the
other API refuses to drop a mirror while our side still holds the relation), then remote.

Every call raises `RuntimeError` (with a reason) when the remote API gives no usable answer; the callers
keep their intent then, and beat's sweep finishes it once the API answers again.

The other direction (we are the Zaken / Documenten API of a remote Besluiten API) is
`zgw.domain.besluiten.zaakbesluiten` (a zaakbesluit of a remote besluit) and
`zgw.domain.services.links._related_remotely` (an objectinformatieobject of a remote besluit).
"""

from __future__ import annotations

import logging
from typing import Any

from zgw.domain.errors import UrlRefused, ValidationFailed
from zgw.domain.services import client, links, remote

logger = logging.getLogger(__name__)

PENDING = links.PENDING
# the required fields every version of the Zaken / Besluiten OAS shares
ZAAK = ("url", "uuid", "bronorganisatie", "zaaktype", "verantwoordelijkeOrganisatie", "startdatum")
BESLUIT = ("url", "verantwoordelijkeOrganisatie", "besluittype", "datum", "ingangsdatum")


def pending(name: str, message: str) -> ValidationFailed:
    return ValidationFailed.field(name, PENDING, message)


def absolute(ref: str) -> str:
    """A besluit's URL outside a request (the sweep): OPENZAAK_DOMAIN's."""
    return links._absolute(ref)


# --- fetching --------------------------------------------------------------------------------------------


async def fetch_zaak(url: str) -> dict[str, Any]:
    """The zaak in a registered Zaken API, read fresh (`zaak`: unknown-service, bad-url, invalid-resource)."""
    try:
        return await remote.fetch(url, "zrc", ZAAK, "Zaak", fresh=True)
    except UrlRefused as refused:
        raise ValidationFailed([refused.param("zaak")]) from None


async def fetch_informatieobject(url: str) -> dict[str, Any]:
    return await links.fetch_informatieobject(url)


async def fetch_besluit(url: str) -> dict[str, Any] | None:
    """A besluit in a registered Besluiten API, read fresh; None when that API says it is gone (404).
    UrlRefused when it cannot be read (unknown-service, bad-url, invalid-resource)."""
    service = await remote.service_for(url, "brc")
    try:
        fetched = await client.get(service, url, fresh=True)
    except client.Unreachable:
        raise remote.bad_url(url) from None
    if fetched.status == 404:
        return None
    if fetched.status != 200 or fetched.data is None:
        raise remote.bad_url(url)
    return remote.shape(url, fetched.data, BESLUIT, "Besluit")


async def reachable(url: str, api_type: str) -> None:
    """RuntimeError unless the API of `url` answers now (read fresh: 200 or 404)."""
    try:
        service = await remote.service_for(url, api_type)
        fetched = await client.get(service, url, fresh=True)
    except (UrlRefused, client.Unreachable) as exc:
        raise RuntimeError(str(exc)) from None
    if fetched.status not in (200, 404):
        raise RuntimeError(f"{service.id} answered {fetched.status}")


# --- the zaakbesluit in a remote Zaken API (brc-006) -------------------------------------------------------


def _items(response: Any) -> list[Any]:
    try:
        body = response.json()
    except ValueError:
        return []
    items = body.get("results", []) if isinstance(body, dict) else body
    return items if isinstance(items, list) else []


async def _call(url: str, api_type: str, method: str, target: str, **kwargs: Any) -> Any:
    try:
        service = await remote.service_for(url, api_type)
    except UrlRefused as refused:
        raise RuntimeError(refused.reason) from None
    try:
        response = await client.request(service, method, target, **kwargs)
    except client.Unreachable as exc:
        raise RuntimeError(str(exc)) from None
    return service, response


async def zaakbesluit_urls(zaak_url: str, besluit_url: str) -> list[str]:
    """The zaakbesluiten of this besluit in the zaak's API (RuntimeError when it cannot tell)."""
    service, response = await _call(zaak_url, "zrc", "GET", zaak_url.rstrip("/") + "/besluiten")
    if response.status_code == 404:  # the zaak is gone: so are its zaakbesluiten
        return []
    if response.status_code != 200:
        raise RuntimeError(f"{service.id} answered {response.status_code}")
    return [i["url"] for i in _items(response)
            if isinstance(i, dict) and i.get("besluit") == besluit_url and isinstance(i.get("url"), str)]


async def create_zaakbesluit(zaak_url: str, besluit_url: str, *, look_first: bool = False) -> str:
    """The besluit's zaakbesluit in the zaak's API; its URL. `look_first` (a retry, the sweep): one made by an
    earlier attempt is kept."""
    found = await zaakbesluit_urls(zaak_url, besluit_url) if look_first else []
    if found:
        return found[0]
    service, response = await _call(zaak_url, "zrc", "POST", zaak_url.rstrip("/") + "/besluiten",
                                    json={"besluit": besluit_url})
    if response.status_code != 201:
        raise RuntimeError(f"{service.id} answered {response.status_code}")
    return _url(service, response)


def _url(service: Any, response: Any) -> str:
    body = _body(response)
    url = body.get("url") if isinstance(body, dict) else None
    if not isinstance(url, str):
        raise RuntimeError(f"{service.id} answered without a url")
    return url


def _body(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


async def _delete(url: str, api_type: str, target: str) -> None:
    service, response = await _call(url, api_type, "DELETE", target)
    if response.status_code not in (204, 404):  # 404: gone already (an earlier attempt)
        raise RuntimeError(f"{service.id} answered {response.status_code}")


async def remove_zaakbesluit(zaak_url: str, besluit_url: str, known: str | None = None) -> None:
    """Delete the besluit's zaakbesluit(en) in the zaak's API, by the known URL or looked up."""
    for url in [known] if known else await zaakbesluit_urls(zaak_url, besluit_url):
        await _delete(zaak_url, "zrc", url)


# --- the objectinformatieobject in a remote Documenten API (brc-005) ---------------------------------------


async def oio_urls(eio_url: str, besluit_url: str) -> list[str]:
    """The objectinformatieobjecten of this pair in the document's API (RuntimeError when it cannot tell)."""
    try:
        return await links._remote_oio_urls(eio_url, besluit_url)
    except UrlRefused as refused:
        raise RuntimeError(refused.reason) from None


async def create_oio(eio_url: str, besluit_url: str, *, look_first: bool = False) -> str:
    """The objectinformatieobject (objectType besluit) in the document's API; its URL (`look_first`: as
    `create_zaakbesluit`)."""
    found = await oio_urls(eio_url, besluit_url) if look_first else []
    if found:
        return found[0]
    try:
        collection = (await links._oio_collection(eio_url))[1]
    except UrlRefused as refused:
        raise RuntimeError(refused.reason) from None
    service, response = await _call(eio_url, "drc", "POST", collection,
                                    json={"object": besluit_url, "informatieobject": eio_url,
                                          "objectType": "besluit"})
    if response.status_code != 201:
        raise RuntimeError(f"{service.id} answered {response.status_code}")
    return _url(service, response)


async def remove_oio(eio_url: str, besluit_url: str, known: str | None = None) -> None:
    for url in [known] if known else await oio_urls(eio_url, besluit_url):
        await _delete(eio_url, "drc", url)
