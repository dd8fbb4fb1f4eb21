"""The GraphQL request context: the caller (authenticated as REST does), its policy, URLs and loaders."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.requests import Request
from strawberry.fastapi import BaseContext

from zgw.core.auth import ApplicatieCache, authenticate
from zgw.core.settings import Settings
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.errors import DomainError, PermissionDenied
from zgw.graphql.loaders import Loaders
from zgw.rest.urls import Urls, base_url, local_hosts


class Context(BaseContext):
    """One per request. Authentication runs once, up front; a failure is kept and raised by the first
    resolver that needs the caller (so GraphiQL and introspection load without a token, and the error
    arrives as a GraphQL error with REST's code)."""

    def __init__(self, request: Request, settings: Settings, principal: Principal | None,
                 auth_error: DomainError | None) -> None:
        super().__init__()
        self.request = request
        self.http_request = request
        self.settings = settings
        self.principal = principal
        self.auth_error = auth_error
        self.urls = Urls(base_url(request, settings))
        self.request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        self._policy = Policy(principal) if principal is not None else None
        self.loaders = Loaders(self.urls)
        self.cost = 0  # objects the query may return (set by the cost check)

    @property
    def policy(self) -> Policy:
        """The caller's policy; the authentication error when the token was refused."""
        if self._policy is None:
            raise self.auth_error or PermissionDenied()
        return self._policy

    def require(self, scope: Scope) -> Policy:
        """The policy, after the operation-level scope check REST's `requires(scope)` does."""
        policy = self.policy
        if not policy.allows(scope):
            raise PermissionDenied()
        return policy

    def local_hosts(self) -> set[str]:
        return local_hosts(self.http_request, self.settings)


async def get_context(request: Request) -> Context:
    """strawberry's `context_getter`: the same JWT check and Applicatie cache as zgw.rest.deps."""
    settings: Settings = request.state.settings
    cache: ApplicatieCache = request.state.applicatie_cache
    principal: Principal | None = None
    error: DomainError | None = None
    try:
        principal = await authenticate(request.headers.get("authorization"), settings, cache)
    except DomainError as exc:
        error = exc
    return Context(request, settings, principal, error)


def context_of(info: Any) -> Context:
    context: Context = info.context
    return context
