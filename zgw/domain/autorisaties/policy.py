"""What one caller may do: scope checks, per-object checks and MongoDB filters for lists."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from zgw.domain.autorisaties.scopes import TYPE_FIELD, GrantedScopes, Scope
from zgw.domain.common.vertrouwelijkheid import ORDER, levels_up_to, within

# Nothing matches this filter; used when a caller has no autorisatie for a list.
MATCH_NOTHING: dict[str, Any] = {"_id": {"$in": []}}


@dataclass(frozen=True)
class Grant:
    component: str
    scopes: frozenset[str]
    type_ref: str | None = None
    max_va: str | None = None


@dataclass(frozen=True)
class Principal:
    """The caller: its JWT claims and a snapshot of its Applicatie."""

    client_id: str
    applicatie_uuid: UUID | None = None
    applicatie_label: str = ""
    superuser: bool = False
    grants: tuple[Grant, ...] = ()
    alleen_is_gereed_voor_publicatie: bool = False
    user_id: str = ""
    user_representation: str = ""


@dataclass
class Policy:
    principal: Principal
    _granted: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        per: defaultdict[str, set[str]] = defaultdict(set)
        for grant in self.principal.grants:
            per[grant.component].update(grant.scopes)
        self._granted = {component: frozenset(s) for component, s in per.items()}

    @property
    def superuser(self) -> bool:
        return self.principal.superuser

    def granted(self, component: str) -> frozenset[str]:
        return self._granted.get(component, frozenset())

    def allows(self, required: Scope) -> bool:
        """Operation-level check: the scopes exist for some type of the component."""
        return self.superuser or required.satisfied_by(self.granted)

    def _matching_grants(self, component: str, type_ref: str | None, va: str | None) -> list[Grant]:
        out = []
        for grant in self.principal.grants:
            if grant.component != component:
                continue
            if component in TYPE_FIELD and grant.type_ref != type_ref:
                continue
            if va is not None and grant.max_va and not within(va, grant.max_va):
                continue
            if va is not None and component in ("zrc", "drc") and not grant.max_va:
                continue
            out.append(grant)
        return out

    def allows_object(self, required: Scope, component: str, type_ref: str | None, va: str | None = None) -> bool:
        """Object-level check: scopes granted for this object's type and confidentiality."""
        if self.superuser:
            return True
        scopes: set[str] = set()
        for grant in self._matching_grants(component, type_ref, va):
            scopes.update(grant.scopes)
        frozen = frozenset(scopes)
        granted_here = {component: frozen}
        return required.satisfied_by(lambda c: granted_here.get(c, self.granted(c)))

    def _with_grant(self, grant: Grant) -> GrantedScopes:
        """Scopes as if `grant` were the only autorisatie of its component."""

        def granted(component: str) -> frozenset[str]:
            return grant.scopes if component == grant.component else self.granted(component)

        return granted

    def query_filter(self, required: Scope, component: str, *, type_field: str,
                     va_field: str | None = None) -> dict[str, Any] | None:
        """A MongoDB filter selecting what the caller may see; None means no restriction."""
        if self.superuser:
            return None
        by_level: defaultdict[str | None, set[str]] = defaultdict(set)
        for grant in self.principal.grants:
            if grant.component != component or grant.type_ref is None:
                continue
            if not required.satisfied_by(self._with_grant(grant)):
                continue
            level = grant.max_va if va_field else None
            if va_field and (level is None or level not in ORDER):
                continue
            by_level[level].add(grant.type_ref)
        clauses: list[dict[str, Any]] = []
        for level, refs in sorted(by_level.items(), key=lambda kv: ORDER.get(kv[0] or "", -1)):
            clause: dict[str, Any] = {type_field: {"$in": sorted(refs)}}
            if va_field and level:
                clause[va_field] = {"$in": levels_up_to(level)}
            clauses.append(clause)
        if not clauses:
            return MATCH_NOTHING
        return clauses[0] if len(clauses) == 1 else {"$or": clauses}


def principal_from_applicatie(client_id: str, applicatie: Any, claims: dict[str, Any]) -> Principal:
    """Build the caller from its Applicatie document (or None when unknown) and JWT claims."""
    user_id = str(claims.get("user_id") or "")
    user_repr = str(claims.get("user_representation") or "")
    if applicatie is None:
        return Principal(client_id=client_id, user_id=user_id, user_representation=user_repr)
    grants = []
    for autorisatie in applicatie.autorisaties:
        type_attr = TYPE_FIELD.get(autorisatie.component)
        grants.append(Grant(
            component=autorisatie.component,
            scopes=frozenset(autorisatie.scopes),
            type_ref=getattr(autorisatie, type_attr) if type_attr else None,
            max_va=autorisatie.max_vertrouwelijkheidaanduiding or None,
        ))
    return Principal(
        client_id=client_id,
        applicatie_uuid=applicatie.id,
        applicatie_label=applicatie.label,
        superuser=applicatie.heeft_alle_autorisaties,
        grants=tuple(grants),
        alleen_is_gereed_voor_publicatie=applicatie.alleen_is_gereed_voor_publicatie,
        user_id=user_id,
        user_representation=user_repr,
    )
