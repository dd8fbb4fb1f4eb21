"""Who may see and change a besluit: by besluittype (besluiten have no vertrouwelijkheidaanduiding)."""

from __future__ import annotations

from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import BESLUITEN, Scope
from zgw.domain.besluiten.documents import Besluit
from zgw.domain.errors import PermissionDenied

LEZEN = BESLUITEN["besluiten.lezen"]
AANMAKEN = BESLUITEN["besluiten.aanmaken"]
BIJWERKEN = BESLUITEN["besluiten.bijwerken"]
VERWIJDEREN = BESLUITEN["besluiten.verwijderen"]
AUDITTRAILS_LEZEN = BESLUITEN["audittrails.lezen"]
COMPONENT = "brc"


def may(policy: Policy, scope: Scope, besluit: Besluit) -> bool:
    return policy.allows_object(scope, COMPONENT, besluit.besluittype)


def may_type(policy: Policy, scope: Scope, besluittype: str) -> bool:
    return policy.allows_object(scope, COMPONENT, besluittype)


def require(policy: Policy, scope: Scope, besluit: Besluit) -> None:
    if not may(policy, scope, besluit):
        raise PermissionDenied()


def list_filter(policy: Policy, scope: Scope = LEZEN) -> dict[str, Any] | None:
    """The database filter of the besluiten a caller may list (None: all)."""
    return policy.query_filter(scope, COMPONENT, type_field="besluittype")
