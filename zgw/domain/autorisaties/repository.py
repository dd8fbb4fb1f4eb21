"""Queries of applicaties, client-id claims and secrets."""

from __future__ import annotations

from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain.autorisaties.documents import Applicatie, ClientIdClaim, JWTSecret
from zgw.domain.repository import Repository

applicaties = Repository(Applicatie, "Applicatie")


async def by_client_id(client_id: str) -> Applicatie | None:
    return await Applicatie.find_one({"client_ids": client_id})


async def owners_of(client_ids: list[str], exclude: UUID | None = None) -> list[Applicatie]:
    query: dict[str, object] = {"client_ids": {"$in": client_ids}}
    if exclude is not None:
        query["_id"] = {"$ne": exclude}
    return await Applicatie.find(query).to_list()


async def claim_client_ids(applicatie: UUID, client_ids: list[str]) -> list[str]:
    """Claim each id for this applicatie; return the ids another applicatie holds."""
    taken: list[str] = []
    for client_id in client_ids:
        try:
            await ClientIdClaim(id=client_id, applicatie=applicatie).insert()
        except DuplicateKeyError:
            holder = await ClientIdClaim.get(client_id)
            if holder is not None and holder.applicatie != applicatie:
                taken.append(client_id)
    return taken


async def release_client_ids(applicatie: UUID, client_ids: list[str]) -> None:
    if client_ids:
        await ClientIdClaim.find({"_id": {"$in": client_ids}, "applicatie": applicatie}).delete()


async def secret_for(client_id: str) -> str | None:
    found = await JWTSecret.get(client_id)
    return found.secret if found else None


async def set_secret(client_id: str, secret: str) -> None:
    await JWTSecret.find({"_id": client_id}).upsert(
        {"$set": {"secret": secret}}, on_insert=JWTSecret(id=client_id, secret=secret)
    )


async def all_secrets() -> list[JWTSecret]:
    """Every stored secret, by client id (empty secrets, which authenticate nobody, left out)."""
    return await JWTSecret.find({"secret": {"$nin": ["", None]}}).sort("_id").to_list()


async def delete_secret(client_id: str) -> bool:
    result = await JWTSecret.find({"_id": client_id}).delete()
    return bool(result and result.deleted_count)
