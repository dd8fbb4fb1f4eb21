"""Domain errors: each carries its HTTP status, code and title; rest/ renders them as problem+json."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "code": self.code, "reason": self.reason}


class UrlRefused(Exception):
    """An incoming URL that does not point to an acceptable object; `.param(name)` reports it."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def param(self, name: str) -> InvalidParam:
        return InvalidParam(name, self.code, self.reason)


class DomainError(Exception):
    status: int = 500
    code: str = "error"
    title: str = "Er is een serverfout opgetreden."
    type_name: str = "APIException"

    def __init__(self, detail: str | None = None, *, code: str | None = None, title: str | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail if detail is not None else self.title
        if code:
            self.code = code
        if title:
            self.title = title


class ValidationFailed(DomainError):
    """400 with invalidParams; `nonFieldErrors` for object-level problems."""

    status = 400
    code = "invalid"
    title = "Invalid input."
    type_name = "ValidationError"

    def __init__(self, params: list[InvalidParam], detail: str = "") -> None:
        super().__init__(detail)
        self.params = params

    @classmethod
    def field(cls, name: str, code: str, reason: str) -> ValidationFailed:
        return cls([InvalidParam(name, code, reason)])

    @classmethod
    def non_field(cls, code: str, reason: str) -> ValidationFailed:
        return cls([InvalidParam("nonFieldErrors", code, reason)])


class Problems:
    """Collects field problems so a request hears of all of them at once (one 400)."""

    def __init__(self) -> None:
        self.items: list[InvalidParam] = []

    def add(self, name: str, code: str, reason: str) -> None:
        self.items.append(InvalidParam(name, code, reason))

    def raise_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)


class NotFound(DomainError):
    status = 404
    code = "not_found"
    title = "Niet gevonden."
    type_name = "NotFound"


class NotAuthenticated(DomainError):
    # Open Zaak answers missing credentials with 403, not 401.
    status = 403
    code = "not_authenticated"
    title = "Authenticatiegegevens zijn niet opgegeven."
    type_name = "NotAuthenticated"


class PermissionDenied(DomainError):
    status = 403
    code = "permission_denied"
    title = "U heeft geen toestemming om deze actie uit te voeren."
    type_name = "PermissionDenied"


class Conflict(DomainError):
    status = 409
    code = "conflict"
    title = "Conflict."
    type_name = "Conflict"


class PreconditionFailed(DomainError):
    status = 412
    code = "precondition_failed"
    title = "Precondition failed"
    type_name = "PreconditionFailed"


class NotAcceptable(DomainError):
    status = 406
    code = "not_acceptable"
    title = "Kan niet voldoen aan de opgegeven Accept header."
    type_name = "NotAcceptable"


class UnsupportedMediaType(DomainError):
    status = 415
    code = "unsupported_media_type"
    title = "Ongeldige media type in aanvraag."
    type_name = "UnsupportedMediaType"
