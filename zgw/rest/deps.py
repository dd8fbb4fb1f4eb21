"""Request dependencies: the authenticated caller, its policy and how to render URLs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from zgw.core.auth import ApplicatieCache, authenticate
from zgw.core.settings import Settings
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.errors import PermissionDenied
from zgw.rest.urls import Urls, base_url, local_hosts


@dataclass
class RequestContext:
    request: Request
    settings: Settings
    principal: Principal
    policy: Policy
    urls: Urls

    def local_hosts(self) -> set[str]:
        return local_hosts(self.request, self.settings)

    @property
    def toelichting(self) -> str:
        return self.request.headers.get("x-audit-toelichting", "")


def app_settings(request: Request) -> Settings:
    settings: Settings = request.state.settings
    return settings


async def context(request: Request) -> RequestContext:
    settings = app_settings(request)
    cache: ApplicatieCache = request.state.applicatie_cache
    principal = await authenticate(request.headers.get("authorization"), settings, cache)
    return RequestContext(request, settings, principal, Policy(principal), Urls(base_url(request, settings)))


ScopedDependency = Callable[[Request], Awaitable[RequestContext]]


def requires(scope: Scope) -> ScopedDependency:
    """A dependency that authenticates and checks the operation's scopes."""

    async def dependency(request: Request) -> RequestContext:
        ctx = await context(request)
        if not ctx.policy.allows(scope):
            raise PermissionDenied()
        return ctx

    dependency.zgw_scope = scope  # type: ignore[attr-defined]  # read by the OAS generator
    return dependency


def scope_of(call: Any) -> Scope | None:
    return getattr(call, "zgw_scope", None)
