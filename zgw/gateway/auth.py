"""ZGW authentication: a HS256 JWT signed with the secret of its `client_id` claim."""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass
from typing import Any

import jwt
from jwt.warnings import InsecureKeyLengthWarning

from zgw.domain.autorisaties import repository
from zgw.domain.autorisaties.documents import Applicatie
from zgw.domain.autorisaties.policy import Principal, principal_from_applicatie
from zgw.domain.errors import NotAuthenticated, PermissionDenied
from zgw.gateway.settings import Settings

# ZGW clients choose their own secrets and Open Zaak accepts short ones; so must we.
warnings.filterwarnings("ignore", category=InsecureKeyLengthWarning)


def _denied(detail: str, code: str) -> PermissionDenied:
    return PermissionDenied(detail, code=code)


@dataclass
class _Entry:
    secret: str | None
    applicatie: Applicatie | None
    loaded_at: float


class ApplicatieCache:
    """Secrets and applicaties per client id, kept for a second so changes spread quickly."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._entries: dict[str, _Entry] = {}

    async def get(self, client_id: str) -> _Entry:
        now = time.monotonic()
        entry = self._entries.get(client_id)
        if entry is None or now - entry.loaded_at > self.ttl:
            entry = _Entry(await repository.secret_for(client_id), await repository.by_client_id(client_id), now)
            self._entries[client_id] = entry
            if len(self._entries) > 10_000:
                self._entries.clear()
        return entry

    async def forget(self, client_ids: list[str]) -> None:
        for client_id in client_ids:
            self._entries.pop(client_id, None)


def bearer_token(authorization: str | None) -> str:
    if not authorization:
        raise NotAuthenticated()
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated()
    return token.strip()


async def authenticate(authorization: str | None, settings: Settings, cache: ApplicatieCache) -> Principal:
    token = bearer_token(authorization)
    try:
        header = jwt.get_unverified_header(token)
        unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _denied("JWT kon niet gedecodeerd worden. Mogelijk heeft u een kopieerfout gemaakt.",
                      "jwt-decode-error") from None
    if header.get("alg") != "HS256":
        raise _denied("Alleen JWT's ondertekend met HS256 worden geaccepteerd.", "jwt-decode-error")
    client_id = unverified.get("client_id")
    if not client_id or not isinstance(client_id, str):
        raise _denied("Client identifier is niet aanwezig in JWT", "missing-client-identifier")
    entry = await cache.get(client_id)
    if entry.secret is None:
        raise _denied("Client identifier bestaat niet", "invalid-client-identifier")
    try:
        claims: dict[str, Any] = jwt.decode(
            token, entry.secret, algorithms=["HS256"], leeway=settings.time_leeway,
            options={"require": ["iat"], "verify_aud": False},
        )
    except jwt.InvalidSignatureError:
        raise _denied("Client credentials zijn niet geldig", "invalid-jwt-signature") from None
    except jwt.ExpiredSignatureError:
        raise _denied("Het JWT is verlopen.", "jwt-expired") from None
    except jwt.ImmatureSignatureError:
        raise _denied("Het JWT is nog niet geldig (iat of nbf ligt in de toekomst).", "jwt-decode-error") from None
    except jwt.MissingRequiredClaimError:
        raise _denied("Het JWT bevat geen 'iat' claim.", "jwt-decode-error") from None
    except jwt.PyJWTError:
        raise _denied("JWT kon niet gedecodeerd worden.", "jwt-decode-error") from None
    iat = claims.get("iat")
    if not isinstance(iat, int | float):
        raise _denied("De 'iat' claim is geen tijdstip.", "jwt-decode-error")
    if iat + settings.jwt_expiry + settings.time_leeway < time.time():
        raise _denied("Het JWT is verlopen.", "jwt-expired")
    return principal_from_applicatie(client_id, entry.applicatie, claims)


def make_token(client_id: str, secret: str, *, user_id: str = "", user_representation: str = "",
               iat: float | None = None) -> str:
    payload = {
        "iss": client_id,
        "iat": int(iat if iat is not None else time.time()),
        "client_id": client_id,
        "user_id": user_id,
        "user_representation": user_representation,
    }
    return jwt.encode(payload, secret, algorithm="HS256")
