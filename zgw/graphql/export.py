"""The streamed export of zaken for spreadsheets and notebooks: `GET /graphql/export/zaken.csv` and
`/graphql/export/zaken.ndjson`, taking the GraphQL `ZaakFilter` as JSON in `?filter=`.

Read from the analytics copy (zgw.domain.analytics) in keyset batches, with the caller's
authorisation in the query: flat columns, flat memory, no scan of the document store. Authenticated
and authorised as REST (`zaken.lezen`; per zaaktype and vertrouwelijkheidaanduiding).
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from graphql import GraphQLError, GraphQLInputType, Undefined, coerce_input_value
from graphql.utilities.validate_input_value import validate_input_value
from strawberry.types.arguments import convert_argument

from zgw.core.auth import ApplicatieCache, authenticate
from zgw.core.settings import Settings
from zgw.domain.analytics import statistiek
from zgw.domain.autorisaties.policy import Policy
from zgw.domain.catalogi.documents import ResultaatType, StatusType, ZaakType
from zgw.domain.catalogi.repository import by_refs
from zgw.domain.errors import InvalidParam, PermissionDenied, ValidationFailed
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Zaak
from zgw.rest.urls import Urls, base_url, local_hosts

router = APIRouter(prefix="/graphql/export", include_in_schema=False)

COLUMNS = (
    "uuid", "url", "identificatie", "bronorganisatie", "omschrijving", "zaaktype", "zaaktypeIdentificatie",
    "zaaktypeOmschrijving", "registratiedatum", "startdatum", "einddatum", "einddatumGepland",
    "uiterlijkeEinddatumAfdoening", "publicatiedatum", "archiefactiedatum", "archiefnominatie", "archiefstatus",
    "vertrouwelijkheidaanduiding", "statustype", "statustypeOmschrijving", "resultaattype",
    "resultaattypeOmschrijving", "doorlooptijdDagen", "overUiterlijkeEinddatum",
)
BATCH = 5000


def criteria_from_json(raw: str | None, hosts: set[str] | None = None) -> dict[str, Any]:
    """The domain criteria of a `ZaakFilter` given as JSON (GraphQL's own input coercion and conversion)."""
    from zgw.graphql.filters import ZaakFilter, criteria
    from zgw.graphql.schema import schema

    if not raw:
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ValidationFailed.field("filter", "parse_error", "Het filter is geen geldige JSON.") from None
    problems: list[InvalidParam] = []

    def on_error(error: GraphQLError, path: list[str | int]) -> None:
        name = ".".join(["filter", *(str(p) for p in path)])
        problems.append(InvalidParam(name, "invalid", error.message))

    graphql_type: GraphQLInputType = schema._schema.get_type("ZaakFilter")  # type: ignore[assignment]
    validate_input_value(data, graphql_type, on_error)
    coerced = coerce_input_value(data, graphql_type) if not problems else Undefined
    if problems or coerced is Undefined:
        raise ValidationFailed(problems or [InvalidParam("filter", "invalid", "Ongeldig filter.")])
    value = convert_argument(coerced, ZaakFilter, schema.schema_converter.scalar_registry, schema.config)
    return criteria(value, hosts)


async def _policy(request: Request) -> Policy:
    settings: Settings = request.state.settings
    cache: ApplicatieCache = request.state.applicatie_cache
    principal = await authenticate(request.headers.get("authorization"), settings, cache)
    policy = Policy(principal)
    if not policy.allows(access.LEZEN):
        raise PermissionDenied()
    return policy


def _check_parameters(request: Request) -> None:
    unknown = sorted(set(request.query_params) - {"filter"})
    if unknown:
        raise ValidationFailed.non_field("unknown-parameters",
                                         f"Onbekende query parameters: {', '.join(unknown)}")


async def _flat(batches: AsyncIterator[list[dict[str, Any]]], urls: Urls) -> AsyncIterator[list[dict[str, Any]]]:
    """Rows of the copy as the export's flat records (URLs absolute, catalogue names beside them)."""
    async for batch in batches:
        zaaktypen = await by_refs(ZaakType, {r["zaaktype"] for r in batch}, shared=True)
        statustypen = await by_refs(StatusType, {r["status_statustype"] for r in batch}, shared=True)
        resultaattypen = await by_refs(ResultaatType, {r["resultaat_resultaattype"] for r in batch}, shared=True)
        out = []
        for r in batch:
            z, s, t = (zaaktypen.get(r["zaaktype"]), statustypen.get(r["status_statustype"]),
                       resultaattypen.get(r["resultaat_resultaattype"]))
            out.append({
                "uuid": r["id"], "url": urls.resource(Zaak.PATH, r["id"]), "identificatie": r["identificatie"],
                "bronorganisatie": r["bronorganisatie"], "omschrijving": r["omschrijving"],
                "zaaktype": urls.of(r["zaaktype"]), "zaaktypeIdentificatie": z.identificatie if z else "",
                "zaaktypeOmschrijving": z.omschrijving if z else "",
                "registratiedatum": r["registratiedatum"], "startdatum": r["startdatum"],
                "einddatum": r["einddatum"], "einddatumGepland": r["einddatum_gepland"],
                "uiterlijkeEinddatumAfdoening": r["uiterlijke_einddatum_afdoening"],
                "publicatiedatum": r["publicatiedatum"], "archiefactiedatum": r["archiefactiedatum"],
                "archiefnominatie": r["archiefnominatie"], "archiefstatus": r["archiefstatus"],
                "vertrouwelijkheidaanduiding": r["vertrouwelijkheidaanduiding"],
                "statustype": urls.of(r["status_statustype"]), "statustypeOmschrijving": s.omschrijving if s else "",
                "resultaattype": urls.of(r["resultaat_resultaattype"]),
                "resultaattypeOmschrijving": t.omschrijving if t else "",
                "doorlooptijdDagen": r["doorlooptijd_dagen"],
                "overUiterlijkeEinddatum": bool(r["over_uiterlijke_einddatum"]),
            })
        yield out


def _csv(batch: list[dict[str, Any]], header: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    for record in batch:
        writer.writerow([_cell(record[c]) for c in COLUMNS])
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, date) else value


def _ndjson(batch: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(record) + b"\n" for record in batch)


async def _records(request: Request) -> tuple[list[dict[str, Any]] | None, AsyncIterator[list[dict[str, Any]]]]:
    """The first batch (so that a refused request is a problem+json, not a broken stream) and the rest."""
    _check_parameters(request)
    policy = await _policy(request)
    settings: Settings = request.state.settings
    found = criteria_from_json(request.query_params.get("filter"), local_hosts(request, settings))
    batches = _flat(statistiek.export(policy, found, batch=BATCH), Urls(base_url(request, settings)))
    first = await anext(batches, None)
    return first, batches


@router.get("/zaken.csv")
async def zaken_csv(request: Request) -> StreamingResponse:
    first, rest = await _records(request)

    async def body() -> AsyncIterator[str]:
        yield _csv(first or [], header=True)
        async for batch in rest:
            yield _csv(batch, header=False)

    return StreamingResponse(body(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="zaken.csv"'})


@router.get("/zaken.ndjson")
async def zaken_ndjson(request: Request) -> StreamingResponse:
    first, rest = await _records(request)

    async def body() -> AsyncIterator[bytes]:
        if first:
            yield _ndjson(first)
        async for batch in rest:
            yield _ndjson(batch)

    return StreamingResponse(body(), media_type="application/x-ndjson")
