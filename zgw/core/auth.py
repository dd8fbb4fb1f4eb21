"""ZGW authentication: a HS256 JWT signed with the secret of its `client_id` claim."""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass
from typing import Any

import jwt
from jwt.warnings import InsecureKeyLengthWarning

from zgw.core.settings import Settings
from zgw.domain.autorisaties import repository
from zgw.domain.autorisaties.documents import Applicatie
from zgw.domain.autorisaties.policy import Principal, principal_from_applicatie
from zgw.domain.errors import NotAuthenticated, PermissionDenied

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


# Open Zaak turns every other PyJWT failure into 403 "jwt-<exception class in lower case>".
_JWT_CODES: dict[type[jwt.PyJWTError], str] = {
    jwt.ExpiredSignatureError: "jwt-expiredsignatureerror",  # an `exp` claim in the past
    jwt.ImmatureSignatureError: "jwt-immaturesignatureerror",  # `iat` or `nbf` in the future
    jwt.InvalidIssuedAtError: "jwt-invalidissuedaterror",  # `iat` not a number
    jwt.MissingRequiredClaimError: "jwt-missingrequiredclaimerror",  # no `iat`
    jwt.InvalidAudienceError: "jwt-invalidaudienceerror",  # an `aud` claim: Open Zaak expects none
    jwt.InvalidAlgorithmError: "jwt-invalidalgorithmerror",  # not HS256
}
NOT_VALID = "Het JWT is niet geldig; controleer de claims `iat`, `nbf` en `exp` en het algoritme (HS256)."


def _jwt_code(exc: jwt.PyJWTError) -> str:
    for cls in type(exc).__mro__:
        if cls in _JWT_CODES:
            return _JWT_CODES[cls]
    return f"jwt-{type(exc).__name__.lower()}"


async def authenticate(authorization: str | None, settings: Settings, cache: ApplicatieCache) -> Principal:
    """Check the token in the order Open Zaak does: decode, client id, secret, signature and claims, expiry.

    Clock skew: `iat` and `nbf` may lie up to TIME_LEEWAY seconds in the future, `exp` and the expiry
    (`iat` + JWT_EXPIRY) up to TIME_LEEWAY seconds in the past; beyond that the token is refused.
    """
    token = bearer_token(authorization)
    try:
        unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _denied("JWT kon niet gedecodeerd worden. Mogelijk heeft u een kopieerfout gemaakt.",
                      "jwt-decode-error") from None
    if "client_id" not in unverified:
        raise _denied("Client identifier is niet aanwezig in JWT", "missing-client-identifier")
    client_id = unverified["client_id"]
    entry = await cache.get(client_id) if isinstance(client_id, str) and client_id else None
    if entry is None or not entry.secret:
        raise _denied("Client identifier bestaat niet", "invalid-client-identifier")
    try:
        claims: dict[str, Any] = jwt.decode(
            token, entry.secret, algorithms=["HS256"], leeway=settings.time_leeway, options={"require": ["iat"]},
        )
    except jwt.InvalidSignatureError:
        raise _denied("Client credentials zijn niet geldig", "invalid-jwt-signature") from None
    except jwt.PyJWTError as exc:
        raise _denied(NOT_VALID, _jwt_code(exc)) from None
    iat = claims["iat"]
    if isinstance(iat, str):  # PyJWT takes "123" (int() works); Open Zaak then fails on it — refuse cleanly
        raise _denied(NOT_VALID, "jwt-invalidissuedaterror")
    if time.time() - iat >= settings.jwt_expiry + settings.time_leeway:
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
