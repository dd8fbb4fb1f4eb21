"""problem+json responses exactly as Open Zaak shapes them."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from starlette.requests import Request

from zgw.domain.errors import DomainError, InvalidParam, ValidationFailed
from zgw.rest.jsonresponse import JSONResponse

logger = logging.getLogger(__name__)

PROBLEM = "application/problem+json"


def problem_body(request: Request | None, *, status: int, code: str, title: str, detail: str,
                 type_name: str, params: list[InvalidParam] | None = None) -> dict[str, Any]:
    base = f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}" if request else ""
    body: dict[str, Any] = {
        "type": f"{base}/ref/fouten/{type_name}/",
        "code": code,
        "title": title,
        "status": status,
        # Never empty (the OAS documents require a text): for validation errors Open Zaak repeats the
        # title there ("Invalid input."), and so do we for any error raised without a detail of its own.
        "detail": detail or title,
        "instance": f"urn:uuid:{uuid.uuid4()}",
    }
    if params is not None:
        body["invalidParams"] = [p.as_dict() for p in params]
    return body


def problem_response(request: Request | None, *, status: int, code: str, title: str, detail: str,
                     type_name: str, params: list[InvalidParam] | None = None,
                     headers: dict[str, str] | None = None) -> JSONResponse:
    body = problem_body(request, status=status, code=code, title=title, detail=detail,
                        type_name=type_name, params=params)
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def from_domain(request: Request | None, exc: DomainError) -> JSONResponse:
    params = exc.params if isinstance(exc, ValidationFailed) else None
    return problem_response(request, status=exc.status, code=exc.code, title=exc.title,
                            detail=exc.detail, type_name=exc.type_name, params=params)


def server_error(request: Request | None, exc: BaseException) -> JSONResponse:
    logger.exception("unhandled error", exc_info=exc)
    return problem_response(request, status=500, code="error", title="Er is een serverfout opgetreden.",
                            detail="Er is een serverfout opgetreden.", type_name="APIException")
