"""`zgw service add|list|remove|check` and setup-config's `zgw_consumers` keys: the external services registry.

Secrets (`secret`, `header_value`) are stored, never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import AsyncIterator
from typing import Any

import yaml

FIELDS = ("label", "api_type", "api_root", "oas", "auth_type", "client_id", "secret", "user_id",
          "user_representation", "header_key", "header_value", "oauth2_token_url", "oauth2_scope", "timeout",
          "connect_timeout", "client_certificate", "client_private_key", "server_certificate")


def add_parser(sub: Any) -> None:
    p = sub.add_parser("service", help="external services (another Documenten / Catalogi / ... API): add, list, "
                                       "remove, check")
    p.add_argument("action", choices=["add", "list", "remove", "check"])
    p.add_argument("slug", nargs="?", help="the service's identifier")
    for name in FIELDS:
        p.add_argument(f"--{name.replace('_', '-')}", dest=name,
                       type=float if name.endswith("timeout") else str, default=None)
    p.set_defaults(func=cmd_service)


def _line(public: dict[str, Any]) -> str:
    auth = public["auth_type"]
    if auth == "zgw":
        auth += f" ({public['client_id']}, secret {'set' if public['secret'] else 'missing'})"
    elif auth == "api_key":
        auth += f" ({public['header_key']}, value {'set' if public['header_value'] else 'missing'})"
    return f"{public['slug']:20} {public['api_type']:4} {public['api_root']:50} {auth}  {public['label']}"


async def check(slug: str) -> list[tuple[str, bool, str]]:
    """Call the API root and fetch + parse the OAS: (what, ok, detail) per step."""
    from zgw.domain.services import client, registry

    service = await registry.get(slug)
    if service is None:
        return [("service", False, f"no service {slug}")]
    steps: list[tuple[str, bool, str]] = []
    try:
        root = await client.request(service, "GET", service.api_root)
        # reachable with these credentials: any answer but 401/403 and server errors (not every API root
        # serves a document of its own)
        ok = root.status_code < 500 and root.status_code not in (401, 403)
        steps.append(("api root", ok, f"{service.api_root} answered {root.status_code}"))
    except client.Unreachable as exc:
        steps.append(("api root", False, str(exc)))
    oas_url = service.oas or service.api_root + "schema/openapi.yaml"
    try:
        oas = await client.request(service, "GET", oas_url)
    except client.Unreachable as exc:
        steps.append(("oas", False, str(exc)))
        return steps
    if oas.status_code != 200:
        steps.append(("oas", False, f"{oas_url} answered {oas.status_code}"))
        return steps
    try:
        document = yaml.safe_load(oas.text)
    except yaml.YAMLError as exc:
        steps.append(("oas", False, f"{oas_url}: not YAML/JSON ({type(exc).__name__})"))
        return steps
    if not isinstance(document, dict) or "openapi" not in document or not isinstance(document.get("paths"), dict):
        steps.append(("oas", False, f"{oas_url}: not an OpenAPI document"))
        return steps
    title = (document.get("info") or {}).get("title", "")
    steps.append(("oas", True, f"{oas_url}: OpenAPI {document['openapi']} {title!r}, {len(document['paths'])} paths"))
    return steps


@contextlib.asynccontextmanager
async def _versioned() -> AsyncIterator[None]:
    """Bind the registry to Redis, so a write here moves the version every API process checks."""
    import redis.asyncio as aioredis

    from zgw.core.settings import get_settings
    from zgw.domain.services import registry

    client = aioredis.Redis.from_url(get_settings().redis_url)
    registry.configure(client)
    try:
        yield
    finally:
        registry.configure(None)
        await client.aclose()


def cmd_service(args: argparse.Namespace) -> int:
    from zgw.domain.errors import ValidationFailed
    from zgw.domain.services import registry
    from zgw.gateway.cli import _async, _with_db

    async def run() -> int:
        async with _versioned():
            return await act()

    async def act() -> int:
        if args.action == "list":
            for service in await registry.listing():
                print(_line(service.public()))
            return 0
        if not args.slug:
            print(f"zgw service {args.action}: a slug is needed", file=sys.stderr)
            return 2
        if args.action == "add":
            current = await registry.get(args.slug)
            data = {k: v for k, v in current.config().items() if k != "id"} if current else {}
            data.update({k: getattr(args, k) for k in FIELDS if getattr(args, k) is not None})
            service, changed = await registry.put({"identifier": args.slug, **data})
            print(f"service {service.id}: {'stored' if changed else 'unchanged'}")
            return 0
        if args.action == "remove":
            removed = await registry.remove(args.slug)
            print(f"service {args.slug}: {'removed' if removed else 'not found'}")
            return 0 if removed else 1
        steps = await check(args.slug)
        for what, ok, detail in steps:
            print(f"{'ok  ' if ok else 'FAIL'} {what}: {detail}")
        return 0 if all(ok for _, ok, _ in steps) else 1

    try:
        result: int = _async(_with_db(run))
    except ValidationFailed as exc:
        print(f"zgw service {args.action}: " + json.dumps([p.as_dict() for p in exc.params]), file=sys.stderr)
        return 1
    return result


async def apply_config(config: dict[str, Any]) -> None:
    """setup-config: `zgw_consumers_config_enable: true` with `zgw_consumers.services: [...]` (Open Zaak's
    setup-configuration keys); each service created or updated, unchanged ones not written."""
    from zgw.domain.services import registry

    if not config.get("zgw_consumers_config_enable"):
        return
    async with _versioned():
        for item in (config.get("zgw_consumers") or {}).get("services") or []:
            service, changed = await registry.put(dict(item))
            print(f"service {service.id}: {'stored' if changed else 'unchanged'}")
