"""Wire bodies -> domain data: snake_case names, local URLs as stored references."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from zgw.domain.catalogi.documents import ZaakType
from zgw.domain.errors import InvalidParam, UrlRefused, ValidationFailed
from zgw.domain.zaken.documents import Zaak
from zgw.rest.deps import RequestContext
from zgw.rest.urls import Resource, parse_hyperlink, parse_ref

ZAAKTYPE = Resource(ZaakType.PATH, "zaaktype")
ZAAK = Resource(Zaak.PATH, "zaak")


def non_nullable_problems(body: BaseModel) -> list[InvalidParam]:
    """PATCH: a null sent for a field that may not be null."""
    problems = []
    for name in body.model_fields_set:
        field = type(body).model_fields[name]
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        if getattr(body, name) is None and extra.get("nullable") is False:
            problems.append(InvalidParam(field.alias or name, "null", "Dit veld mag niet leeg zijn."))
    return problems


def ref(ctx: RequestContext, url: str, resource: Resource, name: str, problems: list[InvalidParam],
        *, allow_remote: bool = False) -> str | None:
    try:
        return parse_ref(url, resource, ctx.local_hosts())
    except UrlRefused as refused:
        if allow_remote and refused.code == "unknown-service":
            return url
        problems.append(refused.param(name))
        return None


def zaak_data(ctx: RequestContext, body: BaseModel, *, partial: bool) -> dict[str, Any]:
    problems = non_nullable_problems(body) if partial else []
    data: dict[str, Any] = body.model_dump(by_alias=False, exclude_unset=partial)
    # a zaaktype elsewhere is fetched and checked by the domain (bad-url, invalid-resource)
    if data.get("zaaktype"):
        data["zaaktype"] = ref(ctx, data["zaaktype"], ZAAKTYPE, "zaaktype", problems, allow_remote=True)
    if data.get("hoofdzaak"):  # a local zaak only, a hyperlink in Open Zaak (DRF): its path decides
        try:
            data["hoofdzaak"] = parse_hyperlink(data["hoofdzaak"], ZAAK)
        except UrlRefused as refused:
            problems.append(refused.param("hoofdzaak"))
    if data.get("relevante_andere_zaken"):
        for i, relevant in enumerate(data["relevante_andere_zaken"]):
            relevant["url"] = ref(ctx, relevant["url"], ZAAK, f"relevanteAndereZaken.{i}.url", problems,
                                  allow_remote=True) or relevant["url"]
            relevant["overige_relatie"] = relevant.get("overige_relatie") or ""
            relevant["toelichting"] = relevant.get("toelichting") or ""
    if "gerelateerde_zaken" in data and data["gerelateerde_zaken"] is not None:
        refs = []
        for i, item in enumerate(data["gerelateerde_zaken"]):
            found = ref(ctx, item["url"], ZAAK, f"gerelateerdeZaken.{i}.url", problems, allow_remote=True)
            if found:
                refs.append(found)
        data["gerelateerde_zaken"] = refs
    if data.get("opschorting") is not None:
        data["opschorting"] = {"indicatie": data["opschorting"].get("indicatie", False),
                               "reden": data["opschorting"].get("reden") or "", "eerdere_opschorting": False}
    if problems:
        raise ValidationFailed(problems)
    return data
