"""GraphQL errors: domain errors keep REST's problem `code` (and status, invalidParams) in
`extensions`; anything unexpected is masked and logged with the request's id."""

from __future__ import annotations

import logging
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from zgw.domain.errors import DomainError, UrlRefused, ValidationFailed

logger = logging.getLogger("zgw.graphql")
SERVER_ERROR = "Er is een serverfout opgetreden."


def extensions_of(exc: BaseException) -> dict[str, Any] | None:
    """REST's problem fields for a domain error; None for anything else."""
    if isinstance(exc, ValidationFailed):
        return {"code": exc.code, "status": exc.status, "title": exc.title,
                "invalidParams": [p.as_dict() for p in exc.params]}
    if isinstance(exc, DomainError):
        return {"code": exc.code, "status": exc.status, "title": exc.title}
    if isinstance(exc, UrlRefused):
        return {"code": "invalid", "status": 400, "title": "Invalid input.",
                "invalidParams": [{"name": "url", "code": exc.code, "reason": exc.reason}]}
    return None


# the limits' and the parser's own errors, with a code of their own
LIMIT_CODES = (("exceeds maximum operation depth", "query-too-deep"), ("aliases found. Allowed", "too-many-aliases"),
               ("tokens", "too-many-tokens"))


def _query_error_code(message: str) -> str:
    for needle, code in LIMIT_CODES:
        if needle in message:
            return code
    return "invalid-query"


class DomainErrors(MaskErrors):
    """Map domain errors; mask the rest (no stack traces, no internals), logging them with a request id."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=self._unexpected, error_message=SERVER_ERROR)

    @staticmethod
    def _unexpected(error: GraphQLError) -> bool:
        original = error.original_error
        return original is not None and extensions_of(original) is None and not isinstance(original, GraphQLError)

    def _request_id(self) -> str:
        context = self.execution_context.context
        return str(getattr(context, "request_id", "") or "")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        request_id = self._request_id()
        logger.error("GraphQL request %s failed at %s", request_id, error.path, exc_info=error.original_error)
        return GraphQLError(message=self.error_message, nodes=error.nodes, source=error.source,
                            positions=error.positions, path=error.path, original_error=None,
                            extensions={"code": "error", "status": 500, "requestId": request_id})

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        out: list[GraphQLError] = []
        for error in super()._process_errors(errors):
            original = error.original_error
            extra = extensions_of(original) if original is not None else None
            if original is None and not (error.extensions or {}).get("code"):
                code = _query_error_code(error.message)
                error = GraphQLError(message=error.message, nodes=error.nodes, source=error.source,
                                     positions=error.positions, path=error.path,
                                     extensions={**(error.extensions or {}), "code": code, "status": 400})
            elif extra is not None:
                message = getattr(original, "detail", None) or getattr(original, "reason", None) or str(original)
                error = GraphQLError(message=message, nodes=error.nodes, source=error.source,
                                     positions=error.positions, path=error.path, original_error=original,
                                     extensions={**(error.extensions or {}), **extra})
            out.append(error)
        return out
