"""Errors of the analytics copy."""

from __future__ import annotations

from zgw.domain.errors import DomainError


class NotReady(DomainError):
    """No snapshot yet (a new installation, or the copy is being rebuilt after it was lost)."""

    status = 503
    code = "analytics-not-ready"
    title = "De analysekopie van de zaken wordt opgebouwd; probeer het over enkele ogenblikken opnieuw."
    type_name = "ServiceUnavailable"
