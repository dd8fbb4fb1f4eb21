"""Wire shapes of the Autorisaties API."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from pydantic.alias_generators import to_camel

from zgw.domain.autorisaties.documents import Applicatie, Autorisatie
from zgw.domain.common.vertrouwelijkheid import VA
from zgw.rest.text import Text
from zgw.rest.urls import Urls
from zgw.rest.validation import register_union_tags

COMPONENT_LABELS = {
    "ac": "Autorisaties API", "nrc": "Notificaties API", "zrc": "Zaken API", "ztc": "Catalogi API",
    "drc": "Documenten API", "brc": "Besluiten API", "cmc": "Contactmomenten API", "kc": "Klanten API",
    "vrc": "Verzoeken API",
}
COMPONENT_DESCRIPTION = "Component waarop autorisatie van toepassing is.\n\nUitleg bij mogelijke waarden:\n\n" + (
    "\n".join(f"* `{k}` - {v}" for k, v in COMPONENT_LABELS.items()))

Url = Annotated[str, Field(max_length=1000, json_schema_extra={"format": "uri"})]
MaxVA = Literal[
    "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim",
    "zeer_geheim", "",
]
# plain strings take a JSON number as text, as Open Zaak's CharField (zgw.rest.text)
ScopeLabel = Annotated[Text, Field(min_length=1, max_length=100)]
ClientId = Annotated[Text, Field(min_length=1, max_length=50)]

_VA_VALUES = [va.value for va in VA]

# A type URL in a response: a URL, or "" when the autorisatie has none (as Open Zaak renders it).
UrlOrBlank = Annotated[str, WithJsonSchema({"oneOf": [
    {"type": "string", "format": "uri", "maxLength": 1000}, {"type": "string", "enum": [""]}]})]


class Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")


class AutorisatieBase(Wire):
    scopes: list[ScopeLabel] = Field(description="Lijst van scope labels.")


class AutorisatieZrc(AutorisatieBase):
    component: Literal["zrc"] = Field(description=COMPONENT_DESCRIPTION)
    zaaktype: Url = Field("", description="URL naar het zaaktype waarop de autorisatie van toepassing is.")
    max_vertrouwelijkheidaanduiding: MaxVA = Field(
        "", description="Maximaal toegelaten vertrouwelijkheidaanduiding (inclusief).")


class AutorisatieDrc(AutorisatieBase):
    component: Literal["drc"] = Field(description=COMPONENT_DESCRIPTION)
    informatieobjecttype: Url = Field(
        "", description="URL naar het informatieobjecttype waarop de autorisatie van toepassing is.")
    max_vertrouwelijkheidaanduiding: MaxVA = Field(
        "", description="Maximaal toegelaten vertrouwelijkheidaanduiding (inclusief).")


class AutorisatieBrc(AutorisatieBase):
    component: Literal["brc"] = Field(description=COMPONENT_DESCRIPTION)
    besluittype: Url = Field("", description="URL naar het besluittype waarop de autorisatie van toepassing is.")


class AutorisatieOther(AutorisatieBase):
    component: Literal["ac", "nrc", "ztc", "cmc", "kc", "vrc"] = Field(description=COMPONENT_DESCRIPTION)


AutorisatieIn = Annotated[
    AutorisatieZrc | AutorisatieDrc | AutorisatieBrc | AutorisatieOther, Field(discriminator="component")
]
register_union_tags(set(COMPONENT_LABELS))


class ApplicatieRequest(Wire):
    client_ids: list[ClientId] = Field(description="Lijst van consumer identifiers (hun 'client_id').")
    label: Text = Field(min_length=1, max_length=100, description="Een leesbare representatie van de applicatie.")
    heeft_alle_autorisaties: bool = Field(False, description="Indien alle autorisaties gegeven zijn.")
    alleen_is_gereed_voor_publicatie: bool = Field(
        False, description="Indien `true` mag de applicatie alleen documenten lezen die gereed zijn voor publicatie.")
    autorisaties: list[AutorisatieIn] = Field(default_factory=list)


class PatchedApplicatieRequest(Wire):
    client_ids: list[ClientId] | None = Field(None, json_schema_extra={"nullable": False})
    label: Text | None = Field(None, min_length=1, max_length=100)
    heeft_alle_autorisaties: bool | None = None
    alleen_is_gereed_voor_publicatie: bool | None = None
    autorisaties: list[AutorisatieIn] | None = None


# Response shapes (documentation of what `render` produces).
RO: dict[str, Any] = {"readOnly": True}


class AutorisatieOutBase(Wire):
    component: str = Field(json_schema_extra={"enum": list(COMPONENT_LABELS)}, description=COMPONENT_DESCRIPTION)
    component_weergave: str = Field(json_schema_extra=RO, description="Omschrijving van `component`.")
    scopes: list[str]
    zaaktype: UrlOrBlank | None = Field(None, json_schema_extra={"nullable": False})
    informatieobjecttype: UrlOrBlank | None = Field(None, json_schema_extra={"nullable": False})
    besluittype: UrlOrBlank | None = Field(None, json_schema_extra={"nullable": False})
    max_vertrouwelijkheidaanduiding: str | None = Field(
        None, json_schema_extra={"enum": [*_VA_VALUES, ""], "nullable": False})


class ApplicatieOut(Wire):
    url: Url = Field(json_schema_extra=RO, description="URL-referentie naar dit object.")
    client_ids: list[str]
    label: str
    heeft_alle_autorisaties: bool
    alleen_is_gereed_voor_publicatie: bool
    autorisaties: list[AutorisatieOutBase]


class PaginatedApplicatieList(Wire):
    count: int
    next: Url | None
    previous: Url | None
    results: list[ApplicatieOut]


# --- rendering -------------------------------------------------------------------------------

APPLICATIES_PATH = "/autorisaties/api/v1/applicaties"


def render_autorisatie(a: Autorisatie, urls: Urls) -> dict[str, Any]:
    out: dict[str, Any] = {
        "component": a.component,
        "componentWeergave": COMPONENT_LABELS.get(a.component, a.component),
        "scopes": a.scopes,
    }
    if a.component == "zrc":
        out["zaaktype"] = urls.of(a.zaaktype)
        out["maxVertrouwelijkheidaanduiding"] = a.max_vertrouwelijkheidaanduiding or ""
    elif a.component == "drc":
        out["informatieobjecttype"] = urls.of(a.informatieobjecttype)
        out["maxVertrouwelijkheidaanduiding"] = a.max_vertrouwelijkheidaanduiding or ""
    elif a.component == "brc":
        out["besluittype"] = urls.of(a.besluittype)
    return out


def render(app: Applicatie, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.resource(APPLICATIES_PATH, app.id),
        "clientIds": app.client_ids,
        "label": app.label,
        "heeftAlleAutorisaties": app.heeft_alle_autorisaties,
        "alleenIsGereedVoorPublicatie": app.alleen_is_gereed_voor_publicatie,
        "autorisaties": [render_autorisatie(a, urls) for a in app.autorisaties],
    }
