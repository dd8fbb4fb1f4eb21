"""Who may see and change an informatieobject: by informatieobjecttype and maximum vertrouwelijkheidaanduiding."""

from __future__ import annotations

from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import DOCUMENTEN, Scope
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.errors import PermissionDenied

LEZEN = DOCUMENTEN["documenten.lezen"]
AANMAKEN = DOCUMENTEN["documenten.aanmaken"]
BIJWERKEN = DOCUMENTEN["documenten.bijwerken"]
VERWIJDEREN = DOCUMENTEN["documenten.verwijderen"]
LOCK = DOCUMENTEN["documenten.lock"]
GEFORCEERD_UNLOCK = DOCUMENTEN["documenten.geforceerd-unlock"]
GEFORCEERD_BIJWERKEN = DOCUMENTEN["documenten.geforceerd-bijwerken"]
AUDITTRAILS_LEZEN = DOCUMENTEN["audittrails.lezen"]
COMPONENT = "drc"


def may(policy: Policy, scope: Scope, eio: EnkelvoudigInformatieObject) -> bool:
    return policy.allows_object(scope, COMPONENT, eio.informatieobjecttype, eio.vertrouwelijkheidaanduiding)


def require(policy: Policy, scope: Scope, eio: EnkelvoudigInformatieObject) -> None:
    if not may(policy, scope, eio):
        raise PermissionDenied()


def list_filter(policy: Policy, scope: Scope = LEZEN) -> dict[str, Any] | None:
    """The database filter of the informatieobjecten a caller may list (None: all)."""
    return policy.query_filter(scope, COMPONENT, type_field="informatieobjecttype",
                               va_field="vertrouwelijkheidaanduiding")
