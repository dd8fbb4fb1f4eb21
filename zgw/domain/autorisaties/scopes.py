"""Scopes: labels per component, composable with `|` (any) and `&` (all) per operation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

GrantedScopes = Callable[[str], frozenset[str]]  # component -> scope labels granted there


@dataclass(frozen=True)
class Scope:
    label: str
    component: str
    children: tuple[Scope, ...] = ()
    operator: str | None = None  # "and" / "or" for composed scopes

    def __or__(self, other: Scope) -> Scope:
        return Scope(f"({self.label} | {other.label})", "", (self, other), "or")

    def __and__(self, other: Scope) -> Scope:
        return Scope(f"({self.label} & {other.label})", "", (self, other), "and")

    def satisfied_by(self, granted: GrantedScopes) -> bool:
        if self.operator == "or":
            return any(child.satisfied_by(granted) for child in self.children)
        if self.operator == "and":
            return all(child.satisfied_by(granted) for child in self.children)
        return self.label in granted(self.component)

    def leaves(self) -> list[Scope]:
        if not self.children:
            return [self]
        return [leaf for child in self.children for leaf in child.leaves()]

    def labels(self) -> list[str]:
        return sorted({leaf.label for leaf in self.leaves()})


def _scopes(component: str, *labels: str) -> dict[str, Scope]:
    return {label: Scope(label, component) for label in labels}


ZAKEN = _scopes(
    "zrc",
    "zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.verwijderen",
    "zaken.heropenen", "zaken.statussen.toevoegen", "zaken.geforceerd-bijwerken",
    "notities.lezen", "notities.aanmaken", "notities.bijwerken", "notities.verwijderen",
    "audittrails.lezen",
)
DOCUMENTEN = _scopes(
    "drc",
    "documenten.lezen", "documenten.aanmaken", "documenten.bijwerken", "documenten.verwijderen",
    "documenten.lock", "documenten.geforceerd-unlock", "documenten.geforceerd-bijwerken",
    "audittrails.lezen",
)
BESLUITEN = _scopes(
    "brc",
    "besluiten.lezen", "besluiten.aanmaken", "besluiten.bijwerken", "besluiten.verwijderen",
    "audittrails.lezen",
)
CATALOGI = _scopes(
    "ztc",
    "catalogi.lezen", "catalogi.schrijven", "catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen",
)
AUTORISATIES = _scopes("ac", "autorisaties.lezen", "autorisaties.bijwerken")
NOTIFICATIES = _scopes("nrc", "notificaties.consumeren", "notificaties.publiceren")

BY_COMPONENT: dict[str, dict[str, Scope]] = {
    "zrc": ZAKEN, "drc": DOCUMENTEN, "brc": BESLUITEN, "ztc": CATALOGI, "ac": AUTORISATIES, "nrc": NOTIFICATIES,
}

# Components whose autorisaties are bound to a type, and the field that names it.
TYPE_FIELD: dict[str, str] = {"zrc": "zaaktype", "drc": "informatieobjecttype", "brc": "besluittype"}
