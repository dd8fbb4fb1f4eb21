"""ETag, HEAD and If-None-Match for catalogue resources (computed on the JSON representation)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from zgw.rest.jsonresponse import JSONResponse

ETAG_HEADER = {
    "ETag": {"schema": {"type": "string"},
             "description": "De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag "
                            "hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching "
                            "te implementeren."}
}
IF_NONE_MATCH_DESCRIPTION = (
    "Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die "
    "de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan "
    "antwoordt de provider met een lege HTTP 304 request. Zie "
    "[MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie."
)


def etag_of(body: Any) -> str:
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return f'"{hashlib.md5(raw, usedforsecurity=False).hexdigest()}"'


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in tags or etag in tags


def cached_response(request: Request, body: Any, *, head: bool = False) -> Response:
    etag = etag_of(body)
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers={"ETag": etag})
    if head:
        return Response(status_code=200, headers={"ETag": etag, "Content-Type": "application/json"})
    return JSONResponse(body, headers={"ETag": etag})
