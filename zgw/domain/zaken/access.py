"""Who may see and change a zaak: object checks, list filters, the closed-zaak rule.

Every Zaken resource is authorised through its zaak (zaaktype and vertrouwelijkheidaanduiding);
sub-resources call these with their zaak.
"""

from __future__ import annotations

from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import ZAKEN, Scope
from zgw.domain.errors import PermissionDenied
from zgw.domain.zaken.documents import Zaak

LEZEN = ZAKEN["zaken.lezen"]
AANMAKEN = ZAKEN["zaken.aanmaken"]
BIJWERKEN = ZAKEN["zaken.bijwerken"]
VERWIJDEREN = ZAKEN["zaken.verwijderen"]
GEFORCEERD_BIJWERKEN = ZAKEN["zaken.geforceerd-bijwerken"]
HEROPENEN = ZAKEN["zaken.heropenen"]
STATUSSEN_TOEVOEGEN = ZAKEN["zaken.statussen.toevoegen"]
AUDITTRAILS_LEZEN = ZAKEN["audittrails.lezen"]
ZAAK_CLOSED = "Je mag geen gegevens aanpassen van een gesloten zaak."


def may(policy: Policy, scope: Scope, zaak: Zaak) -> bool:
    return policy.allows_object(scope, "zrc", zaak.zaaktype, zaak.vertrouwelijkheidaanduiding)


def require(policy: Policy, scope: Scope, zaak: Zaak) -> None:
    """PermissionDenied unless the caller has `scope` for this zaak's zaaktype and confidentiality."""
    if not may(policy, scope, zaak):
        raise PermissionDenied()


def require_open_or_forced(policy: Policy, zaak: Zaak) -> None:
    """Changes to a closed zaak (or its sub-resources) need zaken.geforceerd-bijwerken.

    Open Zaak checks this after the body validated (in perform_create/update/destroy): a bad body on a
    closed zaak is a 400 first. The 403 is its plain permission_denied with ZaakClosed's detail.
    """
    if zaak.einddatum is not None and not may(policy, GEFORCEERD_BIJWERKEN, zaak):
        raise PermissionDenied(ZAAK_CLOSED)


def list_filter(policy: Policy, scope: Scope = LEZEN) -> dict[str, Any] | None:
    """The database filter of the zaken a caller may list (None: all)."""
    return policy.query_filter(scope, "zrc", type_field="zaaktype", va_field="vertrouwelijkheidaanduiding")
