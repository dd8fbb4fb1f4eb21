"""`GET …/download`: the content of a version, streamed from GridFS, with `Range` (one byte range: 206, 416)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from zgw.domain.documenten import content
from zgw.domain.documenten.documents import EIOFields
from zgw.domain.errors import NotFound

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "OK", "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                  "format": "binary"}}}},
    206: {"description": "Partial content"},
    416: {"description": "Range not satisfiable"},
}


def _range(header: str | None, length: int) -> tuple[int, int] | bool | None:
    """(start, end exclusive) of a satisfiable single range; None: no (usable) range; False: unsatisfiable."""
    if not header:
        return None
    match = RANGE.match(header.strip())
    if not match or (not match.group(1) and not match.group(2)):
        return None  # not a single byte range: answer the whole content (RFC 9110 allows ignoring it)
    first, last = match.group(1), match.group(2)
    if not first:  # the last N bytes
        n = int(last)
        if n == 0 or length == 0:
            return False
        return max(0, length - n), length
    start = int(first)
    end = min(int(last) + 1, length) if last else length
    if start >= length or (last and int(last) < start):
        return False
    return start, end


def _disposition(name: str) -> str:
    if not name:
        return "attachment"
    ascii_name = name.encode("ascii", "replace").decode().replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


async def response(request: Request, version: EIOFields) -> Response:
    if not version.inhoud:
        raise NotFound("Dit informatieobject heeft (nog) geen inhoud.")
    stored = await content.info(version.inhoud)
    if stored is None:
        raise NotFound("De inhoud van dit informatieobject is niet gevonden.")
    headers = {"Content-Disposition": _disposition(version.bestandsnaam), "Accept-Ranges": "bytes"}
    media = version.formaat or "application/octet-stream"
    wanted = _range(request.headers.get("range"), stored.length)
    if wanted is False:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{stored.length}"})
    start, end = wanted if isinstance(wanted, tuple) else (0, stored.length)

    async def body() -> AsyncIterator[bytes]:
        async for piece in content.read(stored, start, end):
            yield piece

    headers["Content-Length"] = str(end - start)
    if isinstance(wanted, tuple):
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{stored.length}"
        return StreamingResponse(body(), status_code=206, media_type=media, headers=headers)
    return StreamingResponse(body(), media_type=media, headers=headers)
