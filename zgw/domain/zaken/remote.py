"""Objects in other APIs that a zaak refers to by URL, checked as Open Zaak checks them (zrc-001, zrc-010, zrc-011).

Open Zaak fetches such a URL: when that fails (no answer, not a 200) the URL is `bad-url`; when the
object does not have the resource's required fields it is `invalid-resource`. The fetching and its
cache are the selectielijst's, which reads a URL under a registered service (zgw.domain.services) through
the one outbound client, with that service's credentials.
A gerelateerde zaak that does resolve elsewhere is still refused (`unknown-service`: the relation is kept
on both sides). A zaaktype elsewhere is read by zgw.domain.catalogi.remote.
"""

from __future__ import annotations

from typing import Any

from zgw.domain.catalogi import selectielijst
from zgw.domain.errors import UrlRefused

# the required fields of each resource in its OAS that every version shares (Open Zaak's obj_has_shape)
ZAAK = ("url", "uuid", "bronorganisatie", "zaaktype", "verantwoordelijkeOrganisatie", "startdatum")
COMMUNICATIEKANAAL = ("url", "naam", "omschrijving")


def _refused_shape(url: str, resource: str) -> UrlRefused:
    return UrlRefused("invalid-resource",
                      f"De URL {url} resource lijkt niet op een `{resource}`. Geef een geldige URL op.")


async def fetch(url: str, fields: tuple[str, ...], resource: str) -> dict[str, Any]:
    """The object at `url` if it looks like a `resource`; UrlRefused (bad-url, invalid-resource) otherwise."""
    data = await selectielijst.get_json(url)
    if data is None:
        raise UrlRefused("bad-url", f"De URL {url} kon niet opgehaald worden.")
    if any(name not in data for name in fields):
        raise _refused_shape(url, resource)
    return data


async def external(url: str, fields: tuple[str, ...], resource: str) -> UrlRefused:
    """Why an external `resource` URL is refused: bad-url or invalid-resource, else unknown-service."""
    try:
        await fetch(url, fields, resource)
    except UrlRefused as refused:
        return refused
    return UrlRefused("unknown-service", f"De URL {url} hoort niet bij deze installatie en er is geen externe "
                                         "service voor geconfigureerd.")


async def communicatiekanaal(root: str, url: str) -> None:
    """zrc-010: a communicatiekanaal of the Referentielijsten API (SELECTIELIJST_API_ROOT_URL); empty root: no check."""
    if not root or not url:
        return
    data = await selectielijst.fetch(root, url, "communicatiekanalen")
    if any(name not in data for name in COMMUNICATIEKANAAL):
        raise _refused_shape(url, "CommunicatieKanaal")
